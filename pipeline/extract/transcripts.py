"""Transcripts: interviews, podcasts and chats, where each turn opens with its speaker's label.

A page is a transcript when at least two speakers open MIN_TURNS lines or more each with the same
label ("Interviewer:", "[18:03] Priya S.:", "**Host:**"), or head as many messages with a line of
their name and its time ("Dr. Ana Ruiz, [04.02.26 18:31]" of Telegram, a name over "2/9/2026 8:58
AM" in Teams, or over a bare "9:06 AM" under a day's divider in Mattermost, where writers write
again). The asker is the speaker whose turns end with a question most often, and clearly more
often than anyone else's: a podcast's host, a chat's customer, whose questions another speaker
answers in the next turn. In a group's chat with one expert (many ask, one answers), everyone
but the expert asks. The askers' questions are the page's questions; the other speakers' turns that follow are the answer, which ends where the asker speaks again or an answerer asks something back ("Is there
anything else I can help with?"). A line wholly in brackets is a stage direction ("[Caller on
hold]"), in no answer. A label used once ("Customer: Priya S.") is a header, not a
speaker; "Q:" and "A:" are the question finder's own labels, not speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, cached_property

from pipeline.extract.furniture import CALLOUT, MAIL_FIELD, MAIL_FROM, QUOTE_INTRO, RULE_LINE, Page
from pipeline.memos import text_memo
from pipeline.rules import read_rows

MIN_TURNS = 2  # lines a label must open for its speaker to count
MIN_ASKED = 2  # question turns of the asker
ANSWER_TURN_WORDS = 30  # an answerer's turn this long that ends asking, before the asker's next question, asked nobody
RESUMED_WORDS = 8  # an answerer's turn this long after an asker's backchannel ("Mm-hm.") goes on with the answer
ECHO_WORDS = 3  # words of an asker's remark that echoes the answer ("The famous twitch.")
_ECHO_FILLERS = frozenset(("the", "a", "an", "so", "oh", "ah", "and", "that", "this"))
ANSWER_WORDS_RATIO = 3  # how much longer the answers to one speaker's questions are than to the other's
MIN_GROUP_ASKERS = 2  # speakers one expert answers, for a chat to be a group's with its expert
MAX_SPEAKER_CHARS = 40
_NUMBERED_VOICE = re.compile(r"([A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+)?)[ \t]+\d{1,2}")  # a transcriber's name for a voice: "Parent 2", "Audience Member 3"
_SPOKEN_ONCE = re.compile(r"(?:\S+[ \t]+){7,}\S*[.!?]")  # a turn's sentence of eight words or more
MIN_UNPUNCTUATED_WORDS, MAX_UNPUNCTUATED_WORDS = 3, 15  # an interviewer's question printed without "?" ("What about insurance")
_OPENS_QUESTION = re.compile(r"(?i:so|and|but|whats?|wheres|whos|how|why|who|when|where|which|can|could|do|does|did|is|are|was|were|will|would|should|has|have)\b")
MIN_UNMARKED_WORDS = 4  # of a message's last sentence that asks without "?" ("Can do" is no question)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY = rf"\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}},?[ \t]+)?{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}},?[ \t]+)?\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}"  # "2/9/2026", "Mar 14, 2023", Element's "Thu, 5 Jun 2025"
_CLOCK_READ = r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,3})?)?"  # a transcript's time: "00:09:20.870" of Tactiq, Sonix's "[00:23:01]" after a speaker's label, "00:01:40"
_TIMESTAMP = rf"(?:[\[(<]?(?:(?:{_DAY}),?[ \t]+)?{_CLOCK_READ}(?:[ \t]+-->[ \t]+{_CLOCK_READ})?(?:[ \t\u202f]*[AaPp]\.?[Mm]\.?)?[\])>]?[ \t]*(?:[-–—|][ \t]*)?)?"  # "00:09:20.870" of Tactiq too, MacWhisper's "[00:27:10.300 --> 00:27:16.020]", Jitsi's "<12:03:40>"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]*[AaPp]\.?[Mm]\.?)?(?![ \t\u202f]*[AaPp]\.?[Mm]\b)"  # a message's time after its writer: "10:14 AM", all of it
_CLOCK_IN_BRACKETS = rf"(?:\[(?:[^\[\]()\d\n]{{1,4}}[ \t]*)?{_CLOCK}\]|\((?:(?:{_DAY}|{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH}),?[ \t]+)?{_CLOCK}\))"  # "[10:14 AM]", KakaoTalk's "[오전 10:14]", "(10:14)", "(Mar 4, 2:14 PM)", "(4 Mar, 2:14 PM)"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday"
_CREDENTIALS = r"(?:L\.?Ac\.?|DACM|[LRC]MT|[DM]?PT|OTR/L|OT|MD|DO|DC|F?NP|APRN|ARNP|CRNA|PA-C|PA|RN|BSN|DNP|CNM|ND|N\.D\.|DDS|DMD|MSc|MS|MA|PhD|ATC|CSCS|OCS|SCS|RD|LPN)"  # a speaker's letters after the name ("Wen Adair, L.Ac.:"), not part of it
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-Ž"  # a name's first letter: "Élodie Rochat", "Łukasz Nowak" too
_PARTICLES = r"(?:am|im|zum|zur|de|des|der|den|ten|ter|van|von|la|las|le|los|du|da|di|del|della|dos|das|y)"
_PARTICLE = rf"{_PARTICLES}(?=[ \t]+(?:[{_CAPITAL}]|{_PARTICLES}[ \t]))"  # a name's lower-case word: "Praxis am Rheinweg", "Ana de la Cruz"
_IRC_LINE = rf"[ \t]*(?:{_MONTH}[ \t]+\d{{1,2}}[ \t]+|\[(?:{_DAY})\][ \t]+|\[\d{{4}}-\d{{2}}-\d{{2}}[ \t]+(?=\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]))?" + r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+<[ @+%~&]?(?P<nick>[A-Za-z_\[\]\\^{}|`][\w\[\]\\^{}|`.-]{0,29})>[ \t]+(?=\S)"  # "[21:04] <kneadle> it's ...", Irssi's "19:02 < tkoval> ...", HexChat's "Apr 03 19:02:31 <tallpine><TAB>...", Konversation's "[Tue Apr 16 2024] [19:01:48] <mossbank><TAB>...", Quassel's "[2024-03-02 20:01:12] <kestrel_mod> ..."
_HANDLE = r"[\w.-]{2,32}"  # a chat's user name: "sorelegs_sam", "mia.t"
_ROLE_TAG = r"(?:(?<=[\])\d][ \t])|(?<=[\])\d][ \t]{2})|(?<=[-–—|][ \t]))\[(?!(?i:system|info|warn|warning|error|debug|notice|alert|log)\])[A-Z][A-Za-z0-9_]{1,11}\][ \t]+"  # "[STAFF]", "[Agent_2]" after a message's time (not a system line's "[SYSTEM]", "[INFO]")
_SPEAKER_LABEL = re.compile(
    rf"[ \t]*(?:>[ \t]*)?(?:\*\*|__)?{_TIMESTAMP}(?:{_ROLE_TAG})?(?:\*\*|__)?"  # a role's tag after the time: "[04/08/2024 15:22] [STAFF] Kim (front desk): ..."; Castmagic's bold time and name: "**[00:01:15] Jenna Ortiz:** ..."
    r"(?:(?P<speaker>[" + _CAPITAL + r"][\w.'’&-]*(?:[ \t]+(?:[(" + _CAPITAL + r"][\w.'’()&-]*|\d{1,2}|#\d{1,8}|" + _PARTICLE + r")){0,4}(?:[ \t]+\([^()\n:]{1,30}\))?)(?:,[ \t]+" + _CREDENTIALS + r"){0,3}(?:(?:,|[ \t]+[-–—])[ \t]+[" + _CAPITAL + r"][a-z][\w'’-]*(?:[ \t]+[" + _CAPITAL + r"][\w'’-]*){0,3})?(?:[ \t]+\(@[\w.=-]{1,40}:[\w.-]{1,60}\))?(?:[ \t]+(?P<clock_before>" + _CLOCK_IN_BRACKETS + r"))?(?:[ \t]*[✓✔☑✅⭐]\uFE0F?)?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+(?P<clock_after>\[" + _CLOCK_READ + r"\]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?(?=[ \t])))?"  # "Maya (Front desk):" of a chat transcript too; Element's "Kiri Hemara (@kiri.myo:matrix.org):"; "Visitor (2:14 PM):"; Sonix's "Tobias Reyne: [00:23:01] ..."; a chat widget's "Visitor #48213:"; a renamed speaker's role: "Owen Price, Osteopath:", "Claire - Chair:"; a verified badge: Revolt's "Dr Sarah Lum (Osteopath) ✔:"
    r"|\[(?P<bracketed>[" + _CAPITAL + r"][" + _CAPITAL + r".'’&-]*(?:[ \t]+[" + _CAPITAL + r"][" + _CAPITAL + r".'’&-]*){0,3})\]"  # "[HOST] ...", "[DR. PATEL] ...", "[ÉLODIE ROCHAT] ..."
    r"|\[(?P<stamped>(?!(?i:" + _WEEKDAYS + r")\]|(?:" + _DAY + r")\])[^\W\d_][^\[\]\n:]{1,39})\][ \t]+(?:" + _CLOCK_IN_BRACKETS + r"|" + _CLOCK + r"[ \t]*:?)"  # a chat export's "[Grace Lim] [10:14 AM] ...", "[Grace Lim] (10:14)", "[Grace Lim] 10:14 AM:" (not a checklist's "[x] 9:00 AM", a timetable's "[Monday] 9:00 AM", a log's date "[Tue Apr 16 2024] [19:01:48]")
    r")"
    r"[ \t]+(?=\S)"
    rf"|[ \t]*[\[(](?:(?:{_DAY}),?[ \t]+)?{_CLOCK_READ}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])][ \t]*(?:[-–—|][ \t]*)?(?:\*\*|__)?(?:@|(?=[a-zß-öø-ÿ\d_]))(?P<user>(?=[\w.-]*[^\W\d_]){_HANDLE}(?:[ \t]+\([^()\n:]{{1,30}}\))?)(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=\S)"  # a user name after the message's time, in lower case or after "@": Rocket.Chat's "[2024-02-05 14:10] mia.t (Women's Soccer): ...", "(14:10) @Kim_H: ..."
    r"|[ \t]*<v(?:\.[\w-]+)*[ \t]+(?P<voiced>[^<>\n]{1,40})>[ \t]*(?=\S)"  # a WebVTT cue's voice: "<v Dr. Okafor>Sure. ..."
    rf"|{_IRC_LINE}"
    r"|[ \t]*(?:\d{4}-\d{2}-\d{2}[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?\t[@+%~&]?(?P<tabbed>[^\t\n]{1,40})\t(?=\S)"  # a LINE chat export's "10:14<TAB>Hana Whitlock<TAB>...", WeeChat's "2024-03-14 19:03:05<TAB>@dpatel_pt<TAB>..."
)
_STAMP = rf"[\[(]?(?:(?:{_DAY}|(?i:today|yesterday)),?[ \t]+(?:at[ \t]+)?)?\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:[.,:]\d{{1,3}})?)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?"  # "9:19 AM", "Mar 14, 2023, 9:19 AM", Discord's "Today at 9:06 AM", a podcast host's "(00:12:31)", Happy Scribe's "00:16:49.15", SimonSays' frames "00:01:05:15"
_ROLE = r"\((?:[^()\n]|\([^()\n]{1,8}\)){1,40}\)"  # a speaker's role in brackets, which may hold its own: "(Devon Clarke, CAT(C))"
_NAME = r"(?![AaPp]\.?[Mm]\b)(?![^\n]*\.(?i:mp3|mp4|m4a|wav|mov|webm)\b)(?:(?i:spk|spkr|speaker)_\d{1,2}|[" + _CAPITAL + r"][\w.'’&-]*(?:[ \t]+(?:[(" + _CAPITAL + r"][\w.'’()&-]*|&|\d{1,2}(?=[ \t]+[\[(]?\d|[ \t]+" + _ROLE + r"|[ \t]*$))){0,3})"  # not a time's "AM" nor a recording's file name; a transcriber's "Speaker 3", "Speaker 1 (00:00:02):", a phone-in's "Caller 2 (Declan):", Happy Scribe's "00:00:03.10 - Speaker 1"; "Tidemark Chiropractic & Massage"; a speech service's label ("spk_0 [00:00:02]", Amazon Transcribe)
_MESSAGE_HEADER = re.compile(  # "Tom B., [04.02.26 18:34]", DingTalk's "Daniel Tan (Senior Physiotherapist) [Admin] 2024-05-13 19:05:40", Fireflies' "Priya Nair - 00:03:12", Happy Scribe's "00:16:49.15 - Marcus Hill"; Zoom's "10:05:10 From Renee Baptiste, LMT to Everyone:"; Chanty's "[10:02] Sam Patel, PT, DPT (Physical Therapist):"; Schoology's "[REPLY] Dana Whitfield, MS, ATC (Course Admin) - Tue Mar 25, 2025 at 8:02 am"; a chat export's user handle
    rf"[ \t]*(?:\[[A-Z]{{3,10}}\][ \t]+)?(?:(?P<name>{_NAME}(?:,[ \t]+{_NAME})?)(?:,[ \t]+{_CREDENTIALS}){{0,3}}(?:[ \t]+{_ROLE})?(?:[ \t]+\[[A-Za-z][\w ]{{0,14}}\])?,?(?:[ \t]+[-–—|·•])?[ \t]+{_STAMP}|{_STAMP}(?:[ \t]+[-–—|·•])?[ \t]+(?:From[ \t]+(?P<sender>[^\n]{{1,60}}?)[ \t]+to[ \t]+[^\n:]{{1,40}}:|(?P<after>{_NAME}(?:,[ \t]+{_CREDENTIALS}){{0,3}}(?:,[ \t]+[A-Z][a-z]{{3,}}(?:[ \t]+[A-Z][a-z]+){{0,2}})?(?:[ \t]+\([^()\n]{{1,40}}\))?))"
    r"|\[(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[AaPp][Mm]|\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?)\][ \t]+@?(?P<handle>" + _HANDLE + r"(?:[ \t]+\([^()\n]{1,60}\))?)(?:[ \t]+\[[a-z]{3,12}\])?"  # Discord's "[3/12/2026 8:02 PM] sorelegs_sam", Keybase's "[2024-05-18 18:41:07] @tessa_r (admin) [pinned]:", Gitter's "[2024-03-14 19:21] @lena_myo (Lena Ortiz, Myotherapist, Brisbane)"
    r"|(?P<poster>" + _HANDLE + r")(?:[ \t]+" + _ROLE + r")?[ \t]+(?i:posted|wrote|replied)(?:[ \t]+on)?[ \t]+" + _STAMP + r")[ \t]*"  # a printed forum thread's "woolgatherer_kt  (Thunder Bay, Ontario)   posted 3 Feb 2024, 19:02"
    r"(?:[ \t]*\((?i:edited)\))?:?[ \t]*"  # Zulip's "11:20 AM (EDITED)"; Signal's "[08:41] Me:" over the message
)
_SAYS = re.compile(r"[.!?…][\"”’')\]]*[ \t]*$")  # words under a speaker's name end as a sentence does
_YOU_SENT = re.compile(r"[ \t]*You sent[ \t]*")
_REPLIED_TO_YOU = re.compile(r"[ \t]*Replied to you[ \t]*")
_YOU_REPLIED = re.compile(r"[ \t]*You replied to [^\n]{1,40}")
_TIMED = re.compile(r"[ \t]*[\[(<]?(?:\d{1,2}:)?\d{1,2}:\d{2}")  # a transcript line's time before its label
_DATED = re.compile(rf"[ \t]*[\[(]?(?:{_DAY}),?[ \t]+\d{{1,2}}:\d{{2}}")  # a message's date and time before its writer: a chat export (WhatsApp, Element)
_CROSSTALK = re.compile(r"[ \t]*\[(?i:crosstalk|cross-talk|overlapping)\b")  # a turn spoken over another: "[crosstalk 00:02:31] Agree with that."
_TRAILING_DIRECTION = re.compile(r"\s*\[[^\[\]\n]{1,40}\]\s*$")  # a transcriber's "[crosstalk 00:05:32]" after the words
_CUT_OFF = frozenset(("is", "are", "there", "the", "a", "an", "to", "and", "or", "of", "with", "for", "if", "that", "you", "your", "my", "do", "does", "can", "about"))  # a question broken off ("is there")
_QUOTE_BUTTON = re.compile(r"[ \t]*(?:Quote|Quoted|Quoting)[ \t]*:?[ \t]*")
_READ_OUT = re.compile(r"(?:\b(?:from|asks|asked|wants to know|wonders|writes)\b|\bquestion from\b)[^?!.]{0,40}[:,][ \t]+[^?\n]{3,}\?", re.IGNORECASE)  # "From Ray: And the cost?", "Priya asks, will it hurt?"
_QUOTED_QUESTION = re.compile(r"[\"“][^\"“”\n]{3,}\?[\"”][ \t]*$")  # a question read out in quotation marks, ending the turn
_DATE = re.compile(_DAY)  # a header's date
_ROOM_AGAIN = re.compile(r"\W*(?:(?:ok(?:ay)?|so|and|right)\W+)?(?:(?:how|what) about now|is (?:that|this|it) better(?: now)?|(?:can|do) you see (?:it|that|them|this|me) now)\W*", re.IGNORECASE)
_ROOM = re.compile(r"\b(?:screen|camera|slides?|audio|mic|microphone|hear|sharing|share|sound|video|muted|frozen)\b", re.IGNORECASE)  # what a room check is about
_BADGE = re.compile(r"[ \t]{2,}\S.*")  # what a forum sets after its member's name ("@NoraQuinnPT  Creator", "SueM_RGN  CareCircle Moderator")
_SIGN_OFF = re.compile(r"[ \t]*(?:[-–—~][ \t]*)?(?P<first>[A-Z][a-z]+)(?:[ \t]+[A-Z][\w.'’-]*)?(?:[ \t]*\([^()\n]{1,60}\)|,[ \t]*[A-Z][\w .,]{1,40})?[ \t]*")  # "Sue (moderator, RGN)", "— Tom H., physio"
_STAMP_LINE = re.compile(  # a date and time under a name: "2/9/2026 8:58 AM" (Teams), "Feb 18, 2025 6:12 PM" (Canvas)
    r"[ \t]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?(?:[ \t]+\d{4},?)?)[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]*[AaPp]\.?[Mm]\.?)?[ \t]*"
)
_TIMED_LABEL_LINE = re.compile(rf"[ \t]*[\[(]?{_CLOCK_READ}[\])]?[ \t]+(?P<name>[{_CAPITAL}][\w.'’&-]*(?:[ \t]+[{_CAPITAL}][\w.'’&-]*){{0,3}}(?:[ \t]+\d{{1,2}})?)[ \t]*:[ \t]*")  # a speaker's label with its time, over the words (Deepgram's "[00:00:27.640] Speaker 1:")
_TIME_LINE = re.compile(rf"[ \t]*[\[(]?{_CLOCK_READ}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*")  # a recording's time alone on its line
_CLOCK_LINE = re.compile(rf"[ \t]*{_CLOCK}[ \t]*")  # the time alone under a name, the day on a divider above (Mattermost's "9:06 AM" under "Tue, Mar 04, 2025")
_DAY_DIVIDER = re.compile(rf"[ \t]*(?:[-—–=]+[ \t]*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{{0,6}},?[ \t]+)?(?:{_DAY}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|(?i:today|yesterday))[ \t]*(?:[-—–=]+)?[ \t]*")
_RECORD_WRITER = re.compile(r"[ \t]*(?:Creator|Author|Sender|From|User):[ \t]+(?P<name>[^\n]{1,60}?)[ \t]*")  # a chat export's record of a message, field by field (Google Chat's takeout)
_RECORD_STAMP = re.compile(r"[ \t]*(?:Date|Time|Sent|Timestamp|Created|Posted):[ \t]+\S[^\n]*")  # a record's time: "Date: Tue, Oct 8, 2024, 3:12:44 PM UTC"
_RECORD_TEXT = re.compile(r"(?P<label>[ \t]*(?:Text|Message|Content|Body):[ \t]*)[^\n]*")
_SAID_LINE = re.compile(r"[ \t]*(?P<name>[A-Z][\w.'’&() -]{0,40}?)[ \t]+said:[ \t]*")  # "You said:", "Maria (Billing) said:"
_HANDLE_LINE = re.compile(r"[ \t]*(?:(?!(?i:pinned|liked|hearted|reposted|replying|reply)\b)[^\s@][^\n@]{0,60}?[ \t]+|(?=@[^@\s]+@))(?P<handle>@[\w.]{1,30}(?:@[\w-]+(?:\.[\w-]+)+)?)[ \t]*")  # a social post's author: "Theo 🚲 @bikepacker_dev@fosstodon.org", or a fediverse handle alone (not YouTube's "Pinned by @NoraQuinnPT")
_DISCLOSURE = re.compile(r"[ \t]*(?i:show (?:less|more)|see more)[ \t]*")
_NAME_LINE = re.compile(rf"[ \t]*(?:Reply from[ \t]+)?(?P<name>{_NAME})(?:[ \t]+\([^()\n]{{1,30}}\))?[ \t]*")  # "Reply from Renee Alvarado (Instructor)"
_REMARK = re.compile(r"(?i:^[ \t]*(?:will do|what an?\b)|\b(?:thanks|thank you|thx|lol|haha)\b)")  # "will do, thanks", "what a relief": no question
_ASKS_WITHOUT_MARK = re.compile(r"(?i:can|could|do|does|is|are|will|would|should|may|how|what|whats|who|whos|when|where|wheres|why)\b[^.!?\n]{3,120}")  # a chat message left without its "?"
READ_ALOUD_LEAD = r"[^:?!]{1,80}(?::|\b(?i:asks|asked|asking|wants\s+to\s+know|wonders|writes),?)\s+"  # "Next question, from Priya: ", "Priya asks, ", "Someone's asking, ", a caption's "SHE WANTS TO\nKNOW, "
_READ_ALOUD_LEAD = re.compile(READ_ALOUD_LEAD)
_ASKS_OF_SOMEONE = re.compile(  # an auxiliary with its subject ("How many ...", "Will it ..."), not a statement that drops it ("Will book one")
    r"(?i:how|what|who|when|where|why|which|(?:can|could|do|does|did|is|are|will|would|should|may)[ \t]+(?:i|you|it|we|they|he|she|this|that|these|those|there|my|your|our|the|a|an|any|people|insurance)\b)")
_UNMARKED_ASK = re.compile(  # an auxiliary first, or a question word with an auxiliary or "much/many/long": not "so how I handle it is ..."
    r"(?i:(?:can|could|do|does|did|is|are|will|would|should|may|has|have)\b|(?:how|what|who|when|where|why)['’]s\b|(?:what|where|who)s\b|(?:what|how) about\b"
    r"|(?:how|what|who|when|where|why|which)[ \t]+(?:(?:even|exactly|really|actually)[ \t]+)?(?:much|many|long|often|soon|is|are|was|were|do|does|did|can|could|will|would|should|may|might|has|have)\b)")
_LEAD_WORDS = re.compile(r"(?i:(?:ok|okay|oh|so|and|also|hmm|um|well|hi|hey|(?:q|question)(?=:)|(?:one|last|another|final|quick) (?:more )?(?:thing|question|q))\b[ \t,!.:]*)+")  # "ok", "last thing, how long ...", a message's own "Q: does it ..."
_ASIDE = re.compile(r"[ \t]*(?i:honestly|really|seriously|truthfully|the short answer|short answer|you know what)")
_SENTENCE_END = re.compile(r"[.!][\"”’')\]]*[ \t]+(?=[A-Z])")
_CHAT_SENTENCE_END = re.compile(r"[.!][\"”’')\]]*[ \t]+(?=[A-Za-z])")
_REPORTED_ASK = re.compile(  # "Someone is asking whether ...", "A listener wants to know if ...", "Priya asks how long ..."
    r"(?i:(?:some(?:one|body)|a (?:viewer|listener|caller|reader|patient|member|parent)|(?-i:[A-Z])[\w'’-]+)(?: (?:in|from) [\w' ,-]{1,40})?"
    r" (?:is |was )?(?:asking|asks|asked|wants to know|wanted to know|would like to know|wonders|wondered|writes in to ask|wrote in to ask)"
    r" (?:whether|if|how|what|who|why|when|where|which)\b[^.?!]{3,200})\.?")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+(?=[A-Z])")  # across a wrapped turn's lines too
MENTION = re.compile(r"@[\w.-]{2,32}[,:]?[ \t]+")  # a reply's "@sorelegs_sam " before its words
_ADDRESSEE = re.compile(r"(?P<nick>[\w\[\]\\^{}|`.-]{2,30})[:,][ \t]+(?=\S)")  # a chat line's "kneadle: how often ...", to whom it speaks
_DIRECTION = re.compile(r"[ \t]*(?:\[[^\[\]\n]*\]|\([^()\n]*\))[ \t]*")
ASKED = re.compile(r"\?+[\"”’')\]]*(?=(?:</v>)?(?:\s|$))")  # the end of a question asked (before a WebVTT voice's closing tag too)
_REACTION = re.compile(r"[ \t]*Reacted to [\"“].*[\"”] with \S")
_MEDIA_ONLY = re.compile(r"[ \t]*\[(?:Sticker|Photo|Image|Video|GIF|File|Album|Voice message|Emoji)\][ \t]*")  # a message that only sends a sticker or a photo (LINE, WhatsApp)
_COMMENTED_ON = re.compile(r"[ \t]*(?:Commented[ \t]+on|Replied[ \t]+to|Replying[ \t]+to|In[ \t]+reply[ \t]+to)[ \t]+[^\n:]{1,60}?(?:['’]s?[ \t]+(?:message|post|comment|thread))?[ \t]*:[^\n]*")  # a reply over its words: Mattermost's "Commented on Lab Bench Ben's message: is there ...?", "Replied to Ben: ..."
_REPLYING_TO = re.compile(r"[ \t]*Replying to [\"“](.{8,80}?)[ \t]*(?:\.\.\.|…)?[\"”][ \t]*$")
CHEVRON = re.compile(r"[ \t]*>>>?[ \t]*(?=[^\s>])")  # a caption's change of speaker (">>>", of story)
_QUOTED_ONCE = re.compile(r"^[ \t]*>(?!>)", re.MULTILINE)
_FINDER_LABEL = re.compile(r"(?i:q|question|faq|a|ans|answer)[ \t]*\d{0,3}")


@dataclass(frozen=True)
class Turn:
    speaker: str
    text_start: int  # where the turn's words begin, after its label
    asks: bool  # the turn asks a question (a chat message may go on after it: "Does my plan cover it? That's my card")
    last_line: int  # the turn's first paragraph, hard-wrapped over lines, ends on this line
    words: int = 0  # of that paragraph


@dataclass(frozen=True)
class Transcript:
    turns: dict[int, Turn]  # line index -> the turn that line opens
    askers: frozenset[str]
    directions: frozenset[int]  # lines wholly in brackets, and messages' headers
    backchannels: frozenset[int] = frozenset()  # an asker's "Mm-hm." while the answer goes on (cues/backchannels.csv), or a host's answer to a question they read out
    put: frozenset[int] = frozenset()  # turns of others than the askers that ask the thread something, and are answered
    chaired: frozenset[int] = frozenset()  # a chair's turns (who speaks more than once, but neither asks nor ever replies to a question: "Lovely. One more from the back."), each ending the answer above (a turn's closing words, "that's time, thanks everyone", the answer's own furniture check reads)

    def question_lines(self) -> list[int]:
        return [i for i, turn in self.turns.items() if (turn.speaker in self.askers or i in self.put) and turn.asks]

    @cached_property
    def _word_starts(self) -> list[int]:
        return sorted(turn.text_start for turn in self.turns.values())

    def words_on(self, start: int, end: int) -> int | None:
        """Where a turn's words begin on the line text[start:end], when a turn's do (asked of each
        answer's first line: a search, not a walk over a long chat's every turn)."""
        at = bisect_left(self._word_starts, start)
        return self._word_starts[at] if at < len(self._word_starts) and self._word_starts[at] < end else None

    def ends_answer(self, index: int) -> bool:
        """An asker speaking again (more than a backchannel), another speaker asking back, or the chair."""
        turn = self.turns.get(index)
        return turn is not None and ((turn.speaker in self.askers and index not in self.backchannels) or turn.asks or index in self.chaired)


@cache
def _not_speakers() -> frozenset[str]:
    """Labels that set off an answer word, a note or a tip, not a speaker (not_speakers.csv)."""
    return frozenset(row["label"] for row in read_rows("not_speakers.csv"))


def _label(text: str, start: int, end: int) -> tuple[str, int, bool] | None:
    """The speaker a line's label names, where the words begin, and whether the label holds a time
    (before its name, or beside it: Sonix's "Tobias Reyne: [00:23:01]")."""
    found = _SPEAKER_LABEL.match(text, start, end)
    speaker = (found.group("speaker") or found.group("bracketed") or found.group("voiced") or found.group("nick") or found.group("tabbed") or found.group("stamped") or found.group("user")) if found else ""
    if not speaker or len(speaker) > MAX_SPEAKER_CHARS or _FINDER_LABEL.fullmatch(speaker) or speaker.lower() in _not_speakers():
        return None
    timed = bool(found.group("clock_before") or found.group("clock_after")) or _TIMED.match(text, start, end) is not None
    return speaker, found.end(), timed


def spoken_words(text: str, start: int, end: int) -> int | None:
    """Where the words of a line opened by a speaker's label begin ("Leanne: We've got time ...")."""
    label = _label(text, start, end)
    return label[1] if label else None


def _chat_label(text: str, line) -> bool:
    """A chat log's label: a user name after the message's time ("<kneadle>" of IRC, Pidgin's "(10:02:05 AM) jlopez:", a tab-separated log's)."""
    found = _SPEAKER_LABEL.match(text, line.start, line.end)
    return found is not None and bool(found.group("nick") or found.group("user") or found.group("tabbed"))


def answer_labels(page: Page, first_lines: list[int]) -> dict[int, int]:
    """The answers' first lines that open with a speaker's label used for MIN_TURNS answers or more
    (an interview whose questions are "Q:" and whose answers are "**Kara Lindqvist:** ..."), each
    with where its words begin."""
    labelled = {i: label for i in first_lines if (label := _label(page.text, page.lines[i].start, page.lines[i].end))}
    counts = Counter(speaker for speaker, _, _ in labelled.values())
    return {i: start for i, (speaker, start, _) in labelled.items() if counts[speaker] >= MIN_TURNS}


def _quoted_headers(page: Page) -> set[int]:
    """The lines under a "Quote" button: the header of a message quoted in a reply (Mumsnet's "Quote" over "PhysioPippa · 14/03/2026 10:05")."""
    if "Quot" not in page.text:
        return set()  # most pages: no quote button
    return {below for i in range(len(page.lines)) if _QUOTE_BUTTON.fullmatch(page.content(i)) and (below := page.next_content(i)) is not None}


def _asking_paragraph(page: Page, after: int, before: int, quoted: set[int]) -> tuple[int, int] | None:
    """The first paragraph of a message's lines (after, before) that asks: where its words begin and its last line."""
    index = after + 1
    while index < before and page.actions[index] not in ("end", "section", "stop") and not (_MESSAGE_HEADER.fullmatch(page.content(index)) and index not in quoted):  # not what follows the thread ("Related discussions"), nor another post
        if page.blank[index] or page.actions[index]:
            index += 1
            continue
        last = index
        while last + 1 < before and not page.blank[last + 1] and not page.actions[last + 1]:
            last += 1
        start = _words_start(page, index)
        if _asks(page.text, start, page.lines[last].end):
            return start, last
        index = last + 1
    return None


def _words_start(page: Page, index: int) -> int:
    """Where a message's words begin on its first line: after a reply's "@sorelegs_sam "."""
    words = page.content(index).lstrip()
    words = words[m.end():] if (m := MENTION.match(words)) and m.end() < len(words) else words
    return page.lines[index].end - len(words)


def _sign_offs(page: Page, turns: dict[int, Turn], order: list[int]) -> set[int]:
    """The line that signs a post with its writer's name ("Sue (CareCircle moderator, RGN)" under
    SueM_RGN's reply), the last of the message: it answers nothing."""
    found = set()
    for index, following in zip(order, [*order[1:], len(page.lines)]):
        last = next((i for i in range(following - 1, turns[index].last_line, -1) if not page.blank[i] and not page.actions[i]), None)
        signed = _SIGN_OFF.fullmatch(page.content(last)) if last is not None else None
        if signed and re.sub(r"\W", "", turns[index].speaker.lower()).startswith(signed.group("first").lower()):
            found.add(last)
    return found


def _message_headers(page: Page, quoted: set[int]) -> dict[int, tuple[str, int, int]]:
    """Lines that head a message with its writer's name and time, alone: line -> (speaker, the
    header's last line, where the message begins); `quoted`: headers of messages a reply quotes, none of them."""
    text, lines, headers, spaced, clocked = page.text, page.lines, {}, {}, {}
    senders = _senders(page)
    divider = next((i for i in range(len(lines)) if not page.blank[i] and _DAY_DIVIDER.fullmatch(text, lines[i].start, lines[i].end)), None)
    for index, line in enumerate(lines):
        if index in senders:
            headers[index] = senders[index]
            continue
        if index in quoted:
            continue
        if index in page.posts and (message := page.next_answer_line(index)) is not None:
            headers[index] = (page.posts[index], message - 1, _words_start(page, message))  # a social post: its name, "@handle", "·", date, "Replying to @..."
            continue
        if index in page.bylines and (message := page.next_content(page.bylines[index])) is not None:
            while (RULE_LINE.fullmatch(page.content(message)) or page.actions[message] in ("answer", "skip")) and (below := page.next_content(message)) is not None and message not in page.bylines:
                message = below  # a web page's post header set apart from its words by a rule, a "Best Answer" badge, a "Posted March 2"
            if message in page.bylines or any(index < other < message for other in page.bylines):
                continue  # a post with no words of its own ("Following"): the next post's are not its
            name = page.byline_names.get(index) or _BADGE.sub("", page.content(index).strip().removeprefix("- ").removeprefix("u/"))
            headers[index] = (name, page.bylines[index], _words_start(page, message))  # a forum comment's writer over "3 yr. ago"
            continue
        if page.blank[index] or (page.actions[index] and not _HANDLE_LINE.fullmatch(text, line.start, line.end) and not MAIL_FROM.fullmatch(text, line.start, line.end)) or index + 1 >= len(lines):  # a saved thread's first "From:", in the file's header block, heads its message too
            continue
        if (sender := MAIL_FROM.fullmatch(text, line.start, line.end)) and MAIL_FIELD.fullmatch(page.content(index + 1)):
            last = index + 1  # a digest's or an archive's message: "From: Beth Ann Kowalski <...>" over "Date: ..." and "Url: ..."
            while last + 1 < len(lines) and MAIL_FIELD.fullmatch(page.content(last + 1)):
                last += 1
            if (message := page.next_content(last)) is not None:
                headers[index] = (sender.group("name").strip().strip("\"'"), last, _words_start(page, message))
            continue
        if (writer := _RECORD_WRITER.fullmatch(text, line.start, line.end)) and (record := _record(page, index)):
            headers[record[0]] = (writer.group("name").strip(), *record[1:])
            continue
        header = _MESSAGE_HEADER.fullmatch(text, line.start, line.end)
        if header and (not page.blank[index + 1] or (_DATE.search(header.group()) and page.next_text(index) is not None)):
            message = index + 1
            if page.blank[index + 1]:  # a web page's blocks: a blank line under a dated header
                message = page.next_text(index)
                if not header.group("poster"):  # "... posted 3 Feb 2024" heads a post, whichever day
                    spaced[index] = _DATE.search(header.group()).group()
            following = page.next_text(index)
            if page.actions[message] and following is not None and not _MESSAGE_HEADER.fullmatch(text, lines[following].start, lines[following].end):
                message = following  # below a line that quotes what it replies to
            message = _past_quote(page, message)
            headers[index] = ((header.group("name") or header.group("sender") or header.group("after") or header.group("handle") or header.group("poster")).strip(), index, _words_start(page, message))
        elif (said := _SAID_LINE.fullmatch(text, line.start, line.end)) and (message := page.next_content(index)) is not None:
            headers[index] = (said.group("name").strip(), index, lines[message].start)  # a web chat copied: "You said:" over the message
        elif ((handle := _HANDLE_LINE.fullmatch(text, line.start, line.end)) and (message := page.next_content(index)) is not None
              and (page.content(index).lstrip()[:1] != "@" or index == 0 or page.blank[index - 1])):  # a handle alone heads a post set apart (Mastodon), not one under its author's name (Lemmy)
            if (shown := page.next_content(message)) is not None and shown - message <= 2 and _DISCLOSURE.fullmatch(page.content(shown)):
                message = page.next_content(shown) or message  # a post behind its content warning ("needles" / "Show less")
            stamp = page.previous_content(index)
            first = stamp if stamp is not None and _STAMP_LINE.fullmatch(page.content(stamp)) else index  # the post's time above its author
            headers[first] = (handle.group("handle"), index, _words_start(page, message))
        elif ((name := _NAME_LINE.fullmatch(text, line.start, line.end)) and index + 1 < len(lines)
              and ((dated := _STAMP_LINE.fullmatch(page.content(index + 1))) or (divider is not None and divider < index and _CLOCK_LINE.fullmatch(page.content(index + 1))))
              and (message := page.next_content(index + 1)) is not None):
            headers[index] = (name.group("name").strip(), index + 1, lines[_past_quote(page, message)].start)
            if not dated:
                clocked[index] = headers[index][0]
    days = Counter(spaced.values())  # a conversation's messages share their day; an events list's dates differ ("Open House Mar 14, 2023, 9:00 AM")
    writers = Counter(clocked.values())  # under a day's divider, a conversation's writers write again; a timetable's classes do not ("Back Care" / "9:00 AM")
    talkative = sum(count >= MIN_TURNS for count in writers.values()) >= 2
    return {index: header for index, header in headers.items() if (index not in spaced or days[spaced[index]] >= MIN_TURNS) and (index not in clocked or talkative)}


def _record(page: Page, writer: int) -> tuple[int, int, int] | None:
    """A chat export's record of a message, field by field, around its writer's line ("Creator:
    Jordan Pike" and "Date: ..." over "Text: who does the needling?", Google Chat's takeout): its
    first line, its header's last, and where the message's words begin (after "Text:", or on the line below it)."""
    first = writer
    while first > 0 and _RECORD_STAMP.fullmatch(page.content(first - 1)):
        first -= 1
    last = writer
    while last + 1 < len(page.lines) and _RECORD_STAMP.fullmatch(page.content(last + 1)):
        last += 1
    said = _RECORD_TEXT.fullmatch(page.content(last + 1)) if last + 1 < len(page.lines) else None
    if said is None:
        return None
    line = page.lines[last + 1]
    if line.start + said.end("label") < line.end:
        return first, last, line.start + said.end("label")
    below = page.next_content(last + 1)
    return (first, last + 1, page.lines[below].start) if below is not None else None


def _past_quote(page: Page, message: int) -> int:
    """Where a reply's words begin: below the line that quotes the message it answers ("Commented on Ben's message: ...")."""
    below = page.next_content(message) if _COMMENTED_ON.fullmatch(page.content(message)) else None
    return below if below is not None else message


def _senders(page: Page) -> dict[int, tuple[str, int, int]]:
    """A Messenger chat copied as text: "You sent" over each of your messages, the other side's
    name (a line it repeats) over theirs; a reply that quotes a message ("Replied to you" over the
    message again) asks that message once more, right above its answer, and your own reply to
    theirs ("You replied to Harbor Physio" over their message) is yours."""
    lines, found = page.lines, {}
    yours = [i for i in range(len(lines)) if _YOU_SENT.fullmatch(page.content(i))]
    if len(yours) < MIN_TURNS:
        return found
    names = Counter(page.content(i).strip() for i in range(len(lines)) if not page.blank[i] and _NAME_LINE.fullmatch(page.content(i)))
    for index in range(len(lines)):
        content = page.content(index).strip()
        if _YOU_REPLIED.fullmatch(content) and (quoted := page.next_content(index)) is not None and (words := page.next_content(quoted)) is not None:
            found[index] = ("You", quoted, lines[words].start)  # your reply to one of their messages, quoted over it
            continue
        speaker = "You" if index in yours else content if names[content] >= MIN_TURNS and _NAME_LINE.fullmatch(content) else None
        words = page.next_content(index) if speaker else None
        if words is None or words in yours:
            continue
        if _REPLIED_TO_YOU.fullmatch(page.content(words)) and (asked := page.next_content(words)) is not None and (reply := page.next_content(asked)) is not None:
            found[words] = ("You", words, lines[asked].start)
            found[reply] = (speaker, asked, lines[reply].start)  # a turn from its own first line, the message quoted above it being yours
        else:
            found[index] = (speaker, index, lines[words].start)
    return found


def _askers(turns: dict[int, Turn]) -> frozenset[str]:
    """Where one speaker answers the questions of several others (a group's chat with an expert),
    everyone but that speaker; else the speaker who asks clearly most often, when others answer."""
    order = [turns[i] for i in sorted(turns)]
    answered = [(turn.speaker, reply.speaker, reply.words) for turn, reply in zip(order, order[1:]) if turn.asks and reply.speaker != turn.speaker and not reply.asks]
    expert, replies = Counter(replier for _, replier, _ in answered).most_common(1)[0] if answered else (None, 0)
    if replies >= MIN_ASKED and len({asker for asker, replier, _ in answered if replier == expert}) >= MIN_GROUP_ASKERS:
        replied = Counter(replier for asker, replier, _ in answered if asker != expert)
        asking = Counter(turn.speaker for turn in order if turn.asks)
        panel = {replier for replier, count in replied.items() if count >= asking[replier]}  # who answers the others too (a panel's second expert), not an asker who once replies ("OP here. Booked an eval ...")
        return frozenset(turn.speaker for turn in order) - {expert} - panel
    askers, repliers = {asker for asker, _, _ in answered}, {replier for _, replier, _ in answered}
    if len(answered) >= MIN_GROUP_ASKERS * MIN_ASKED and len(askers) >= MIN_GROUP_ASKERS and len(repliers) >= MIN_GROUP_ASKERS and not askers & repliers:
        return frozenset(askers)  # a group's chat with a panel: each asker answered by one expert or another, no expert asking
    asked = Counter(turn.speaker for turn in order if turn.asks).most_common(2)
    if asked and asked[0][1] >= MIN_ASKED and len(asked) > 1 and asked[1][1] * 2 > asked[0][1]:
        answers = Counter()  # both ask (a caller, and an agent who checks their details): the asker's questions get the long answers
        for asker, _, words in answered:
            answers[asker] += words
        ranked = answers.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= ANSWER_WORDS_RATIO * ranked[1][1]):
            asked = [(ranked[0][0], sum(turn.speaker == ranked[0][0] and turn.asks for turn in order))]
    if not asked or asked[0][1] < MIN_ASKED or (len(asked) > 1 and asked[1][1] * 2 > asked[0][1]):
        return frozenset()
    if sum(asker == asked[0][0] for asker, _, _ in answered) < MIN_ASKED:
        return frozenset()  # labels of topics ("Insurance: ...?", "Scheduling: ...?"), not turns that ask and answer
    return frozenset({asked[0][0]})


def _asks(text: str, start: int, end: int) -> bool:
    """The turn asks something; an aside that opens an answer ("Honestly? It does, a bit.") does
    not, nor a host's check of the room, invitation or rhetorical opener ("Can everyone hear me?",
    "Questions?", "Who hasn't woken up with a crick in their neck?": cues/setup_checks.csv)."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    return any(
        (not _ASIDE.fullmatch(text, start, mark.start()) or mark.end() >= last) and not _setup_check().fullmatch(text, _sentence_start(text, start, mark.start()), mark.start())
        for mark in ASKED.finditer(text, start, end)
    )


def _sentence_start(text: str, start: int, end: int) -> int:
    return max((m.end() for m in _SENTENCE_BREAK.finditer(text, start, end)), default=start)


@cache
def _setup_check() -> re.Pattern:
    return re.compile(rf"\W*(?:(?:ok(?:ay)?|so|alright|all right|hi+|hiya|hello+|hey+|heya|yo|um|uh|all|everyone|everybody|folks)\W+)*(?:{'|'.join(row['pattern'] for row in read_rows('cues/setup_checks.csv'))})(?:\W+(?:ok(?:ay)?|alright|all right|now|fine|there))?\W*", re.IGNORECASE)


@cache
def _backchannels() -> frozenset[str]:
    return frozenset(row["backchannel"] for row in read_rows("cues/backchannels.csv"))


def _backchannel(text: str, start: int, end: int, said_before: str) -> bool:
    """A listener's "Mm-hm." or "Right, right." (backchannels.csv, not "Thanks!" nor "Okay."), or a
    few words that echo some of what was just said ("The famous twitch." after "... a little twitch")."""
    phrases = [p.strip() for p in re.sub(r"[^\w' -]+", ",", text[start:end].lower()).split(",") if p.strip()]
    if phrases and all(p in _backchannels() for p in phrases):
        return True
    words = [w for w in re.findall(r"[\w'-]+", text[start:end].lower()) if w not in _ECHO_FILLERS]
    return 0 < len(words) <= ECHO_WORDS and bool(set(words) & set(re.findall(r"[\w'-]+", said_before.lower())))


def _opens_asking(text: str, turn: Turn) -> bool:
    """The turn's first sentence asks ("Could an osteopath do this for me? I'm in Leeds ...")."""
    first = ASKED.search(text, turn.text_start)
    return first is not None and not _SENTENCE_END.search(text, turn.text_start, first.start()) and "\n\n" not in text[turn.text_start:first.start()]


def _ends_asking(text: str, start: int, end: int) -> bool:
    """The turn's last sentence asks: a speaker waiting for a reply, not one who asks and answers
    ("And why would numbing a knot help for weeks? We think ...")."""
    if direction := _TRAILING_DIRECTION.search(text, start, end):
        end = direction.start()  # "... are you on the three o'clock? [crosstalk 00:05:32]"
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".!?…"):
        end -= 1  # closing quotes, brackets, an emoji
    return text[end - 1:end] == "?"


def _asks_unmarked(text: str, page: Page, turn: Turn) -> bool:
    """A one-line message that asks without its "?", whole or in its last sentence of a few words
    ("Thanks. Next one, from Marcus. How many injections do people usually need")."""
    end = page.lines[turn.last_line].end
    if turn.asks or turn.last_line != page.line_of(turn.text_start):
        return False
    lead = _LEAD_WORDS.match(text, turn.text_start, end)  # "ok what does it actually do"
    start = lead.end() if lead else turn.text_start
    if (_ASKS_WITHOUT_MARK.fullmatch(text, start, end) and _UNMARKED_ASK.match(text, start, end)
            and not _REMARK.search(text[start:end]) and not _REMARK.search(text, turn.text_start, end)):
        return True
    last = max((m.end() for m in _CHAT_SENTENCE_END.finditer(text, turn.text_start, end)), default=turn.text_start)  # "ok thanks. is it true the marks are bruises": a chat's sentences in lower case too
    last = lead.end() if (lead := _READ_ALOUD_LEAD.match(text, last, end)) else last  # "Um, someone asks, how long does it last"
    return (last > turn.text_start and len(text[last:end].split()) >= MIN_UNMARKED_WORDS and not _REMARK.search(text[last:end])
            and _ASKS_WITHOUT_MARK.fullmatch(text, last, end) is not None and _ASKS_OF_SOMEONE.match(text, last, end) is not None)


def _reported(text: str, page: Page, turn: Turn) -> bool:
    """A turn whose last sentence tells what someone asks ("Someone is asking whether Medicare pays
    for this."): a question put without its "?"."""
    body = text[turn.text_start:page.lines[turn.last_line].end].strip()
    return _REPORTED_ASK.fullmatch(_SENTENCE_BREAK.split(body)[-1]) is not None


def _unpunctuated(text: str, page: Page, turn: Turn) -> bool:
    """A turn of one short line that ends in a word, without "." or "?", and opens as a question
    does, perhaps after a word of lead-in ("What about ...", "So it's ...", "ok. does it hurt";
    not "See you Thursday"); or a longer turn whose last sentence so ends and asks ("... this
    one. Who is allowed to do dry needling here in Iowa")."""
    body = text[turn.text_start:page.lines[turn.last_line].end]
    one_line = turn.last_line == page.line_of(turn.text_start)
    if one_line and not _OPENS_QUESTION.match(body) and (lead := _LEAD_WORDS.match(body)) and not _REMARK.search(body):
        body = body[lead.end():]  # "ok. does it hurt"
    last = body if one_line else _SENTENCE_BREAK.split(body)[-1]
    words = last.split()
    opens = (_OPENS_QUESTION.match(words[0]) if one_line else _UNMARKED_ASK.match(last)) if words else None
    return (MIN_UNPUNCTUATED_WORDS <= len(words) <= MAX_UNPUNCTUATED_WORDS and words[-1][-1].isalnum() and opens is not None
            and words[-1].lower() not in _CUT_OFF)  # "..., is there" broken off by a dropped line asks nothing


def _replied_to(text: str, page: Page, turns: dict[int, Turn]) -> set[int]:
    """The messages that a later one quotes as the one it answers (Zoom's 'Replying to "how long is
    a typical visit if ..."'), by their first words."""
    replied = set()
    for index, line in enumerate(page.lines):
        if (reply := _REPLYING_TO.match(text, line.start, line.end)):
            quoting = [i for i in turns if i < index and text.startswith(reply.group(1), turns[i].text_start)]
            if quoting:
                replied.add(max(quoting))  # the latest message that opens with the quoted words
    return replied


def _addressed(text: str, turn: Turn, speakers: set[str]) -> Turn:
    addressee = _ADDRESSEE.match(text, turn.text_start)
    return replace(turn, text_start=addressee.end()) if addressee and addressee.group("nick") in speakers else turn


_QUOTE_MARKS = re.compile(r"[ \t]*(>(?:[ \t]?>)*)[ \t]*")  # an e-mail's quotation marks, as many as the quote is deep
_MAIL_HEADER = re.compile(r"^(?:From|Sent|Date|To|Cc|Subject):[ \t]+\S", re.MULTILINE)
MIN_MAIL_HEADERS = 2  # an e-mail's "From:" and "Subject:" lines, or a reply's "On ... wrote:"
_QUOTED_ITEM = re.compile(r"(?:\(?\d{1,3}[.)]|[-*•])[ \t]+")  # "> 3. How sore will I be ...?"


def _quote_depth(page: Page, index: int) -> tuple[int, int]:
    """How deep a line is quoted (0: not), and where its words begin."""
    line = page.lines[index]
    marks = _QUOTE_MARKS.match(page.text, line.start, line.end)
    return (marks.group(1).count(">"), marks.end()) if marks else (0, line.start)


def _inline_replies(page: Page) -> Transcript | None:
    """An e-mail answered inline: each paragraph of the reply stands below the quoted question it
    answers ("> 2. Does it hurt? I'm a baby about needles." and the answer unquoted beneath). The
    quoted writer asks; an older message quoted deeper, and lines of bare quotation marks, are in
    no answer."""
    text, lines = page.text, page.lines
    if len(_MAIL_HEADER.findall(text)) < MIN_MAIL_HEADERS and not QUOTE_INTRO.search(text):
        return None  # blockquotes on a web page (a tip, a testimonial) answer nothing
    turns: dict[int, Turn] = {}
    directions: set[int] = set()
    above, broken = 0, True  # the quote depth of the last line of words; whether a blank line came since
    for index, line in enumerate(lines):
        depth, words = _quote_depth(page, index)
        if page.blank[index] or (depth and words >= line.end):
            if depth:
                directions.add(index)  # ">" alone: a blank line inside the quote
            broken = True
            continue
        if depth > 1:
            directions.add(index)
        elif depth == 1 and (above != 1 or broken):
            if CALLOUT.search(text, line.start, line.end):
                return None  # an Obsidian note's callouts quote their own answers
            item = _QUOTED_ITEM.match(text, words, line.end)
            start = item.end() if item else words
            last = index
            while last + 1 < len(lines) and _quote_depth(page, last + 1)[0] == 1 and _quote_depth(page, last + 1)[1] < lines[last + 1].end:
                last += 1
            asks = bool(ASKED.search(text, start, lines[last].end)) or (
                last == index and _ASKS_WITHOUT_MARK.fullmatch(text, start, line.end) is not None and not _REMARK.search(text, start, line.end))
            turns[index] = Turn("quoted", start, asks, last, len(text[start:lines[last].end].split()))
        elif depth == 0 and above > 0 and not page.actions[index]:
            last = index
            while last + 1 < len(lines) and not page.blank[last + 1] and not _quote_depth(page, last + 1)[0]:
                last += 1
            turns[index] = Turn("reply", line.start, bool(ASKED.search(text, line.start, lines[last].end)), last, len(text[line.start:lines[last].end].split()))
        above, broken = depth, False
    order = sorted(turns)
    answered = sum(turns[i].speaker == "quoted" and turns[i].asks and turns[j].speaker == "reply" for i, j in zip(order, order[1:]))
    return Transcript(turns, frozenset({"quoted"}), frozenset(directions)) if answered >= MIN_ASKED else None


def _chevron_turns(page: Page) -> dict[int, tuple[str, int, int]]:
    """Broadcast captions mark each change of speaker with ">>" and name nobody: two people taking
    turns (a host and a guest) are speakers 1 and 2 in turn. An e-mail's ">>" quotes a quote, line
    after line: no turns."""
    text, lines = page.text, page.lines
    marked = [i for i, line in enumerate(lines) if CHEVRON.match(text, line.start, line.end)]
    if len(marked) < 2 * MIN_TURNS or _QUOTED_ONCE.search(text) or QUOTE_INTRO.search(text):
        return {}  # an e-mail quotes once before it quotes a quote, under "On ... wrote:"
    return {i: (f"speaker {n % 2 + 1}", i, CHEVRON.match(text, lines[i].start, lines[i].end).end()) for n, i in enumerate(marked)}


def _name_lines(page: Page) -> dict[int, tuple[str, int, int]]:
    """An interview laid out with each speaker's name alone on a line over their words (a podcast's
    transcript page: "Maren Okafor" / "Welcome to Loose Ends ..."): a name that heads MIN_TURNS
    sentences or more, or one with the time it speaks at under it, for two speakers at least."""
    text, lines, found, timed = page.text, page.lines, {}, set()
    for index, line in enumerate(lines):
        if page.blank[index] or page.actions[index] or not (name := _NAME_LINE.fullmatch(text, line.start, line.end) or _TIMED_LABEL_LINE.fullmatch(text, line.start, line.end)):
            continue
        words, label_end = page.next_content(index), index
        if words is not None and _TIME_LINE.fullmatch(page.content(words)):
            label_end, words = words, page.next_content(words)  # the time the speaker begins at, under the name (Google's Recorder: "Speaker 1" / "18:22")
        if words is None or _NAME_LINE.fullmatch(page.content(words)) or page.actions[words] or not _SAYS.search(page.content(words)):
            continue
        found[index] = (name.group("name").strip(), label_end, lines[words].start)
        if label_end != index:
            timed.add(found[index][0])
    counts = Counter(speaker for speaker, _, _ in found.values())
    speakers = {speaker for speaker, count in counts.items() if (count >= MIN_TURNS or speaker in timed) and speaker.lower() not in _not_speakers()}
    return {index: turn for index, turn in found.items() if turn[0] in speakers} if len(speakers) >= 2 else {}


@text_memo(maxsize=1)  # a page is read for its questions, then for its claims: one search serves both
def find_transcript(page: Page) -> Transcript | None:
    text, lines = page.text, page.lines
    labelled: dict[int, tuple[str, int, int]] = {}  # line -> (speaker, the label's last line, where the words begin)
    timed = set()  # lines whose label holds a time
    for index, line in enumerate(lines):
        if not page.blank[index] and not page.actions[index] and (label := _label(text, line.start, line.end)):
            labelled[index] = (label[0], index, label[1])
            if label[2]:
                timed.add(index)
    dated = {index: label for index, label in labelled.items() if _DATED.match(text, lines[index].start, lines[index].end)}
    if len(dated) * 2 > len(labelled):  # a chat export's messages, under its "Room:" and "Topic:"
        labelled = dated
    quoted = _quoted_headers(page)
    headers = _message_headers(page, quoted)
    in_headers = {i for index, (_, _, start) in headers.items() for i in range(index, page.line_of(start) + 1)}
    if len(headers) > len(labelled.keys() - in_headers):  # "Creator:" and "Text:" of a record name no speakers
        labelled = headers
    chevrons = _chevron_turns(page)
    if len(chevrons) > len(labelled):
        labelled = chevrons
    named = _name_lines(page)
    if len(named) > len(labelled):
        labelled = named
    counts = Counter(speaker for speaker, _, _ in labelled.values())
    chat = labelled is headers or labelled is dated or (bool(labelled) and all(_chat_label(text, lines[index]) for index in labelled))
    alone, turns_alone = counts.most_common(1)[0] if counts else ("", 0)
    first_alone = min((index for index, (speaker, _, _) in labelled.items() if speaker == alone), default=0)
    monologue = not chat and turns_alone >= 2 * MIN_TURNS and all(index < first_alone for index, (speaker, _, _) in labelled.items() if speaker != alone)  # a video's one speaker reading out questions and answering each in the next turn (a header's "Duration:" above names nobody)
    if not monologue and ((len(counts) < 2 or len(labelled) < 2 * MIN_TURNS) if chat else sum(count >= MIN_TURNS for count in counts.values()) < 2):
        return _inline_replies(page)
    speakers = {speaker for speaker, count in counts.items() if count >= MIN_TURNS or chat}  # a chat message is a turn even when its writer speaks once
    speakers |= {speaker for index, (speaker, _, _) in labelled.items() if index in timed}  # so is a timed line's ("[00:05:31] Speaker 4: Claire, sorry, ...", "Audience Member 3: [00:23:24] ...")
    speakers |= {  # and, among speakers, a guest's one turn of a sentence or more ("Ben: All the time, especially ..."), not a header's "Customer: Priya S."
        speaker for index, (speaker, _, start) in labelled.items() if not chat and _SPOKEN_ONCE.match(text, start, lines[index].end)}
    voices = Counter(voice.group(1) for speaker in counts if (voice := _NUMBERED_VOICE.fullmatch(speaker)))
    speakers |= {speaker for speaker in counts if (voice := _NUMBERED_VOICE.fullmatch(speaker)) and voices[voice.group(1)] >= 2}  # and each of a transcriber's numbered voices ("Parent 2", "Parent 3"), who may speak once
    turns, first_paragraphs = {}, {}
    for index, (speaker, label_end, start) in labelled.items():
        if speaker in speakers and not _REACTION.match(text, start):  # a message that only reacts ("Reacted to ... with 👍") says nothing
            last = page.line_of(start)  # a text file may wrap a turn: its lines run to a blank line or the next label
            while last + 1 < len(lines) and not page.blank[last + 1] and not page.actions[last + 1] and last + 1 not in labelled:
                last += 1
            asks = _asks(text, start, lines[last].end) and page.actions[page.line_of(start)] != "skip"  # "Want the slides? https://...": an invitation
            if chat and not asks and (later := _asking_paragraph(page, last, min((i for i in labelled if i > index), default=len(lines)), quoted)):
                first_paragraphs[index] = Turn(speaker, start, asks, last, len(text[start:lines[last].end].split()))
                start, last, asks = *later, True  # a forum post's question after its story: "A friend had it done ... Who actually does dry needling?"
            turns[index] = Turn(speaker, start, asks, last, len(text[start:lines[last].end].split()))
    order = sorted(turns)
    for before, index in zip(order, order[1:]):  # "Can you see my screen?" "Not yet." "How about now?": the room checked again
        turn = turns[index]
        if turn.asks and _ROOM_AGAIN.fullmatch(text, turn.text_start, lines[turn.last_line].end) and _ROOM.search(text, turns[before].text_start, lines[turns[before].last_line].end):
            turns[index] = replace(turn, asks=False)
    if chat:  # a message addressed to someone ("kneadle: how often ...") speaks from after the name
        turns = {index: _addressed(text, turn, speakers) for index, turn in turns.items()}
    unmarked = {index: replace(turn, asks=True) for index, turn in turns.items() if chat and _asks_unmarked(text, page, turn)}
    turns |= {index: unmarked[index] for index in _replied_to(text, page, turns) if index in unmarked}  # a message someone answers "Replying to" asks
    askers = _askers(turns)
    if monologue:
        order = sorted(turns)
        askers = frozenset({alone}) if sum(turns[a].asks and not turns[b].asks for a, b in zip(order, order[1:])) >= MIN_ASKED else askers
    turns |= {index: turn for index, turn in first_paragraphs.items() if turn.speaker not in askers}  # an answer that ends asking back ("Have you asked your GP yet?") is an answer
    if not askers and unmarked:  # a chat log whose questions mostly go without "?"
        askers = _askers({**turns, **unmarked})
    if not askers:
        return _inline_replies(page)
    if chat:  # an asker's one-line message may ask without its "?" ("Can they use their HSA card for massage")
        turns = {index: unmarked[index] if index in unmarked and turn.speaker in askers else turn for index, turn in turns.items()}
    order = sorted(turns)
    put = set()  # a thread's question from someone who also answers others, that the next writer answers
    for index, following in zip(order, order[1:]):  # an answerer who asks and goes on ("So what does that mean for you?") asks nobody
        if chat and turns[index].asks and turns[index].speaker not in askers and _opens_asking(text, turns[index]) and (
                turns[following].speaker != turns[index].speaker and turns[following].speaker not in askers and not turns[following].asks):
            put.add(index)  # "Could an osteopath do this for me? I'm in Leeds ..." and an expert replies
        elif turns[index].asks and turns[index].speaker not in askers and (
            turns[following].speaker == turns[index].speaker or not _ends_asking(text, turns[index].text_start, lines[turns[index].last_line].end)
            or (turns[following].speaker in askers and turns[following].asks and turns[index].words >= ANSWER_TURN_WORDS)
        ):  # "... Why jump to a needle when stretching hasn't been tried?" and the host goes on to the next question: nobody was asked
            turns[index] = replace(turns[index], asks=False)
        elif not chat and turns[index].speaker in askers and turns[following].speaker not in askers and (_unpunctuated(text, page, turns[index]) or _reported(text, page, turns[index])):
            turns[index] = replace(turns[index], asks=True)  # an interviewer's line printed without its "?" ("So it's just a fancy word for a knot")
    self_answered = frozenset(  # a host who reads out a listener's question ("From Ray: And the cost? ...") and answers it in the next turn
        index for before, index in zip(order, order[1:])
        if turns[before].speaker == turns[index].speaker in askers and turns[before].asks and not turns[index].asks
        and (monologue or any(read.search(text, turns[before].text_start, lines[turns[before].last_line].end) for read in (_READ_OUT, _QUOTED_QUESTION)))  # or 'First one: "What goes into ...?"'
    )
    directions = {i for i, line in enumerate(lines) if _DIRECTION.fullmatch(text, line.start, line.end)}
    directions |= {index for index, turn in turns.items() if _MEDIA_ONLY.fullmatch(text, turn.text_start, lines[turn.last_line].end)}
    if labelled is headers:
        directions |= {i for index, (_, label_end, start) in headers.items() for i in range(index, max(label_end + 1, page.line_of(start)))}  # a content warning too
        following = dict(zip(order, [*order[1:], len(lines)]))
        directions |= {  # the rest of an asker's message, and what stands between it and the reply (an expert's profile card), answers nothing
            i for index, turn in turns.items() if turn.speaker in askers and index not in self_answered for i in range(turn.last_line + 1, following[index])
        }
    directions |= _sign_offs(page, turns, order)
    directions |= {  # "[crosstalk 00:02:31] Agree with that.": a second voice over the answer, not part of it
        i for index, turn in turns.items() if not turn.asks and turn.words < RESUMED_WORDS and _CROSSTALK.match(text, turn.text_start)
        for i in range(index, turn.last_line + 1)}
    if chat:  # a bystander's "thanks both! thread archived" after an answer adds nothing to it
        directions |= {i for index, turn in turns.items() if turn.speaker not in askers and not turn.asks and turn.words < RESUMED_WORDS
                       and _REMARK.search(text, turn.text_start, lines[turn.last_line].end) for i in range(index, turn.last_line + 1)}
    backchannels = frozenset(
        index for before, index, after in zip(order, order[1:], order[2:])
        if turns[index].speaker in askers and not turns[index].asks
        and _backchannel(text, turns[index].text_start, lines[turns[index].last_line].end, text[turns[before].text_start:lines[turns[before].last_line].end])
        and turns[before].speaker == turns[after].speaker not in askers and turns[after].words >= RESUMED_WORDS
        and all(page.blank[i] or page.actions[i] for i in range(turns[index].last_line + 1, after))  # nothing unlabelled between ("What should I avoid?")
    )
    repliers = {turns[index].speaker for before, index in zip(order, order[1:]) if turns[before].asks}
    spoken = Counter(turn.speaker for turn in turns.values())
    chaired = {  # not a guest who joins in once ("Can I jump in on that one? ...")
        index for index, turn in turns.items() if turn.speaker not in askers and turn.speaker not in repliers and spoken[turn.speaker] >= MIN_TURNS}
    return Transcript(turns, askers, frozenset(directions), backchannels | self_answered, frozenset(put), frozenset(chaired))
