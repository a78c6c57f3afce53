"""FAQ exports as comma-, semicolon- or tab-separated rows: each published row a pair, spans the file's own."""

from pipeline.extract.delimited import delimited_pairs
from pipeline.extract.pairs import document_pairs
from pipeline.sources import read_bytes

EXPORT = (
    'entry_id,topic,question,answer,post_status\n'
    '7,Cupping,"Do the cup marks hurt?","Not usually. The round marks can look dramatic, but most people feel nothing.\n\n'
    'They fade within a week or so.",publish\n'
    '8,Prices,How much is a session?,"A 45-minute session is $70, which includes ""cupping add-ons"" on request.",publish\n'
    '9,Prices,"Do you sell gift cards?","Yes, in any amount. TODO check expiry",draft\n'
)


def test_each_published_row_is_a_pair_whose_spans_are_the_files_characters():
    pairs = delimited_pairs(EXPORT)
    assert [p.question for p in pairs] == ["Do the cup marks hurt?", "How much is a session?"]
    assert pairs[0].answer.endswith("They fade within a week or so.")
    assert pairs[1].answer == 'A 45-minute session is $70, which includes ""cupping add-ons"" on request.'
    for pair in pairs:
        assert EXPORT[pair.question_start:pair.question_end] == pair.question
        assert EXPORT[pair.answer_start:pair.answer_end] == pair.answer


def test_a_semicolon_export_is_read_too():
    text = "Frage;question;answer\n1;Is massage covered?;Some extended plans cover it.\n2;Can a PT dry needle?;Yes, with training.\n"
    assert [(p.question, p.answer) for p in delimited_pairs(text)] == [
        ("Is massage covered?", "Some extended plans cover it."), ("Can a PT dry needle?", "Yes, with training."),
    ]


def test_a_text_that_only_mentions_questions_and_answers_is_no_export():
    text = "Questions and answers, as our patients ask them\n\nDoes cupping hurt?\n\nNot usually.\n"
    assert delimited_pairs(text) is None
    assert [p.question for p in document_pairs(read_bytes(text.encode(), "faq.txt", "faq.txt"))] == ["Does cupping hurt?"]


def test_an_export_read_from_a_text_file_gives_its_pairs():
    doc = read_bytes(EXPORT.encode(), "export.txt", "export.txt")
    assert [p.question for p in document_pairs(doc)] == ["Do the cup marks hurt?", "How much is a session?"]


DECK = (
    "#separator:tab\n#html:true\n#deck column:1\n#tags column:4\n"
    "Clinic FAQ\tDoes cupping leave marks?\tUsually, yes.<br><br>The round marks fade within a week.\tcupping::aftercare\n"
    'Clinic FAQ\tWhat should I wear?\t"Anything loose.\nShorts help for leg work."\tfirst_visit\n'
)


def test_an_anki_deck_gives_a_pair_per_note_its_front_and_back():
    pairs = delimited_pairs(DECK)
    assert [(p.question, p.answer) for p in pairs] == [
        ("Does cupping leave marks?", "Usually, yes.<br><br>The round marks fade within a week."),
        ("What should I wear?", "Anything loose.\nShorts help for leg work."),  # a quoted field holds its line break
    ]
    for pair in pairs:
        assert DECK[pair.answer_start:pair.answer_end] == pair.answer


def test_a_markdown_page_opening_with_a_heading_is_no_anki_deck():
    text = "# Cupping FAQ\n\nDoes cupping hurt?\n\nNot usually.\n"
    assert delimited_pairs(text) is None


def test_a_claim_of_an_exports_answer_ends_where_the_answer_ends():
    from pipeline.extract.nlp import default_nlp
    from pipeline.extract.records import document_records

    deck = "#separator:tab\n#tags column:3\nDoes cupping hurt?\tNot usually. The marks fade within a week.\tcupping::aftercare\n"
    doc = read_bytes(deck.encode(), "deck.txt", "deck.txt")
    claims = document_records(doc, default_nlp()(doc.text))["claims"]
    assert [(row["text"], bool(row["qa_id"])) for row in claims] == [("The marks fade within a week.", True)]


def test_round_45_a_sheet_downloaded_as_tsv_with_its_title_row_above_the_header():
    text = ("Osprey Point FAQ (rows where show_on_site = TRUE)\t\t\t\r\n\t\t\t\r\n"
            "order\tquestion\tanswer\tshow_on_site\r\n"
            "1\tDo you treat trigger points?\tAll the time.\tTRUE\r\n"
            "2\tIs parking free?\tYes, behind the building.\tFALSE\r\n"
            "3\tDo you do dry needling\tNot at this time.\tTRUE\r\n")
    assert [(p.question, p.answer) for p in delimited_pairs(text)] == [
        ("Do you treat trigger points?", "All the time."), ("Do you do dry needling", "Not at this time.")]


def test_round_46_review_a_title_row_that_names_questions_and_answers_is_passed_over_for_the_header():
    text = ("Osprey Point website questions and answers\t\t\t\r\n"
            "order\tquestion\tanswer\tshow_on_site\r\n"
            "1\tDo you treat trigger points?\tAll the time.\tTRUE\r\n"
            "2\tIs parking free?\tYes, behind the building.\tTRUE\r\n")
    assert [p.question for p in delimited_pairs(text)] == ["Do you treat trigger points?", "Is parking free?"]


def test_round_46_review_a_faq_exported_as_csv_keeps_each_answers_claims_in_its_pair():
    from pipeline.extract.nlp import default_nlp
    from pipeline.extract.records import document_records

    export = ('question,answer,category\nDo chiropractors treat knots?,"Yes, with adjustments and trigger point massage.",Providers\n'
              'Can massage therapists do dry needling?,"No, only physical therapists may.",Providers\n')
    doc = read_bytes(export.encode(), "faq.txt", "faq.txt")
    records = document_records(doc, default_nlp()(doc.text))
    assert [(row["text"], bool(row["qa_id"])) for row in records["claims"]] == [
        ("Yes, with adjustments and trigger point massage.", True), ("No, only physical therapists may.", True)]
    assert [row["answer_polarity"] for row in records["qa_pairs"]] == ["yes", "no"]


def test_a_webinar_reports_question_table_under_its_other_sections():
    report = (
        "Question And Answer Report\n"
        "Topic,Webinar ID,# Question\n"
        "Knots and needles,'812 0000 1111,3\n"
        "Panelist Details\n"
        "Attended,User Name (Original Name),Email\n"
        'Yes,"Ana Ruiz, DPT (Physical Therapist)",ana@example.org\n'
        "Question Details\n"
        "#,Question,Asker Name,Asker Email,Answer(s)\n"
        '1,Does dry needling hurt? I am nervous,Sam,,"Ana Ruiz, DPT (Physical Therapist) - A little. Most people feel a brief cramp."\n'
        '2,is it covered by medicare,Jo,,"Billing Team - Not when a physical therapist does it."\n'
        '3,will the slides be shared?,Lee,,"Host Account - live answered"\n'
    )
    pairs = delimited_pairs(report)
    assert [(p.question, p.answer) for p in pairs] == [
        ("Does dry needling hurt?", "A little. Most people feel a brief cramp."),
        ("is it covered by medicare", "Not when a physical therapist does it."),
    ]
    assert all(report[p.answer_start:p.answer_end] == p.answer for p in pairs)


def test_a_spreadsheets_answer_that_opens_with_capitalised_words_and_a_dash_keeps_them():
    sheet = 'Question,Answer\n"Do you offer dry needling?","Physical Therapy - yes, two of our physiotherapists needle."\n'
    assert [p.answer for p in delimited_pairs(sheet)] == ["Physical Therapy - yes, two of our physiotherapists needle."]


def test_columns_named_for_questions_and_answers_with_a_word_before():
    sheet = ('Row ID,Category,Client Question,Approved Answer,Owner\n'
             '1,Billing,Do you bulk bill?,"No. Clients claim on their extras cover.",Kim\n'
             '2,Safety,Is cupping safe on blood thinners?,"It depends on the dose.\nAsk the client first.",Kim\n')
    assert [(p.question, p.answer) for p in delimited_pairs(sheet)] == [
        ("Do you bulk bill?", "No. Clients claim on their extras cover."),
        ("Is cupping safe on blood thinners?", "It depends on the dose.\nAsk the client first."),
    ]


CARDS = (
    "Can an RMT do dry needling?\tNo. It is outside the massage therapy scope in Ontario.\n"
    "What is a trigger point\tA tender spot in a taut band of muscle.\n"
    "Client asks: will my benefits cover massage?\tMost extended health plans do, up to a yearly limit.\r\n"
    "Is cupping safe on blood thinners\tIt depends. Bruising can be larger, so ask the client's doctor first.\n"
)


def test_a_headerless_set_of_cards_whose_fronts_ask_gives_a_pair_per_line():
    pairs = delimited_pairs(CARDS)
    assert [(p.question, p.answer) for p in pairs] == [
        ("Can an RMT do dry needling?", "No. It is outside the massage therapy scope in Ontario."),
        ("What is a trigger point", "A tender spot in a taut band of muscle."),
        ("will my benefits cover massage?", "Most extended health plans do, up to a yearly limit."),  # the asker's lead left out
        ("Is cupping safe on blood thinners", "It depends. Bruising can be larger, so ask the client's doctor first."),
    ]
    for pair in pairs:
        assert CARDS[pair.question_start:pair.question_end] == pair.question and CARDS[pair.answer_start:pair.answer_end] == pair.answer


def test_a_glossary_of_terms_or_a_table_with_other_lines_is_no_set_of_cards():
    glossary = "Trigger point\tA tender spot in a taut band.\nFascia\tThe tissue around muscles.\nCupping\tSuction cups on the skin.\n"
    assert delimited_pairs(glossary) is None
    with_a_title = "Clinic questions\n" + CARDS
    assert delimited_pairs(with_a_title) is None


def test_a_sheets_footer_row_that_fits_its_columns_but_asks_nothing_is_no_pair():
    sheet = ('"ID";"Question";"Answer"\n"1";"Does dry needling hurt?";"A brief cramp."\n"2";"Is it covered?";""\n'
             '"Rows: 2";"LibreOffice Calc 7.6";""\n')
    assert [(p.question, p.answer) for p in delimited_pairs(sheet)] == [("Does dry needling hurt?", "A brief cramp."), ("Is it covered?", "")]


def test_a_question_cells_own_label_is_no_part_of_the_question():
    sheet = ("Row\tTopic\tMember question\tApproved answer\n1\tBasics\tQ: What is a trigger point injection?\tA small shot into a knot.\n"
             "2\tCost\tQ: How much will I pay?\tA: Twenty percent after your deductible.\n")
    assert [(p.question, p.answer) for p in delimited_pairs(sheet)] == [
        ("What is a trigger point injection?", "A small shot into a knot."), ("How much will I pay?", "Twenty percent after your deductible.")]


def test_a_webinar_reports_questions_log_ends_at_its_sections_blank_row_and_skips_unanswered_questions():
    report = ("Generated: Apr 18, 2024 04:31 PM EDT\nWebinar Name,Webinar ID,# Attended\n\"Your Benefits\",812-447-903,131\n\n"
              "Attendee Details\nAttended,First Name,Email Address\n(attendee list removed)\n\nQuestions Log\n"
              "Question Asked By,Question,Asked At,Answer,Answered By,Answered At\n"
              '"Marisol T.","Does my plan cover massage without a doctor\'s note? My old employer needed one.","12:09 PM","Yes, for most of you.","Colleen Park","12:11 PM"\n'
              '"Anonymous","Who actually does dry needling?","12:24 PM","Physiotherapists, once trained.","Dr. Anika Rao, PT","12:27 PM"\n'
              '"Tom K.","Can I see the slides afterwards?","12:50 PM","","",""\n\n'
              "Polls\nPoll 1: Which benefit do you use most? Massage 61%, Physio 24%, None 15%\n\nReport generated by GoTo Webinar.\n")
    assert [(p.question, p.answer) for p in delimited_pairs(report)] == [
        ("Does my plan cover massage without a doctor's note?", "Yes, for most of you."), ("Who actually does dry needling?", "Physiotherapists, once trained."),
    ]


def test_a_publish_column_s_n_keeps_a_row_off_the_site():
    sheet = ('"ID";"Question";"Answer";"Publish?"\n"FAQ-01";"How much is a session?";"€65 for 30 minutes.";"Y"\n'
             '"FAQ-02";"Do you do home visits?";"TBC - check with Ciarán";"N"\n')
    assert [p.question for p in delimited_pairs(sheet)] == ["How much is a session?"]


def test_a_cell_that_asks_on_after_its_question_mark_is_one_question_and_a_row_kept_off_the_faq_is_no_pair():
    sheet = ("Timestamp\tYour question\tStaff answer\tPublish to FAQ?\n"
             "3/6/2024 18:03\thow much is a session? and is it covered by my benefits\t$40, and most plans do not pay for students.\tYes\n"
             "3/7/2024 09:12\tDoes it hurt? I bruise easily.\tNot usually.\tYes\n"
             "3/9/2024 11:40\tcan I bring my own oil?\t\tPending\n"
             "3/12/2024 13:20\tBoost your ranking! cheap links\t\tNo (spam)\n"
             "3/14/2024 16:05\tIs cupping offered?\tYes, by our senior students.\tNo (duplicate)\n")
    assert [(p.question, p.answer) for p in delimited_pairs(sheet)] == [
        ("how much is a session? and is it covered by my benefits", "$40, and most plans do not pay for students."),
        ("Does it hurt?", "Not usually."),  # the asker's remark after the question still goes
    ]


def test_a_sheet_printed_as_a_table_in_text_gives_a_pair_a_row_among_its_other_columns():
    printed = ("$ csvlook faq.csv\n| id | topic | question | answer | updated |\n| -- | ----- | -------- | ------ | ------- |\n"
               "| 1 | Cupping | Do the cup marks hurt? | Not usually. | 2024-05-01 |\n| 2 | Prices | How much is a session | A 45-minute session is $70. | 2024-05-01 |\n"
               "| 3 | Staff | Who does the cupping? | Our massage therapists. | 2024-05-02 |\n")
    pairs = document_pairs(read_bytes(printed.encode(), "faq.txt", "faq.txt"))
    assert [(p.question, p.answer) for p in pairs] == [
        ("Do the cup marks hurt?", "Not usually."), ("How much is a session", "A 45-minute session is $70."), ("Who does the cupping?", "Our massage therapists."),
    ]
    assert all(printed[p.question_start:p.question_end] == p.question and printed[p.answer_start:p.answer_end] == p.answer for p in pairs)


def test_a_rows_asker_lead_before_its_question_is_no_part_of_it():
    text = "id,question,answer\n1,Client asks: is dry needling the same as acupuncture,\"No, it targets trigger points.\"\n2,Is ACC cover available?,\"Yes, after an injury.\"\n"
    assert [p.question for p in delimited_pairs(text)] == ["is dry needling the same as acupuncture", "Is ACC cover available?"]
