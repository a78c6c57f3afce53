"""WARC files for the harvest tests, written with warcio: a mixed crawl whose pages in scope are known.

The pages in scope are three saved clinic pages of tests/fixtures/html_pages (FAQPage JSON-LD,
microdata, and an accordion without markup) and a page written here (bold questions, no markup);
everything else is a way a record must be refused.
"""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HTML_PAGES = Path(__file__).parent / "fixtures" / "html_pages"

TMJ_FAQ = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Jaw Pain and TMJ Massage: Your Questions | Cobblestone Bodywork</title></head><body>
<header><nav><a href="/">Home</a> <a href="/book">Book a session</a></nav></header>
<main><h1>Jaw pain and TMJ massage</h1>
<p>Clenching, grinding and long days at a desk leave the jaw muscles tight. Our massage therapists
see many clients with jaw pain, and these are the questions they ask us most often before a first visit.</p>
<p><strong>Can massage help a TMJ disorder?</strong></p>
<p>Massage of the masseter and temporalis muscles often eases the muscle tension behind jaw pain. A
TMJ disorder has many causes, so we work alongside your dentist or physical therapist rather than
instead of them. Many clients notice less clenching and fewer tension headaches after a few sessions.</p>
<p><strong>Does intraoral massage hurt?</strong></p>
<p>Pressure on a trigger point in the jaw can feel intense for a few seconds, but it should never be
sharp. Your massage therapist wears gloves, checks in with you throughout, and stops whenever you ask.</p>
<p><strong>How many sessions will I need?</strong></p>
<p>Most clients book three to five sessions a week apart. We also teach you gentle stretches and
self-massage for the jaw and neck so that the relief lasts between visits.</p>
<p><strong>Should I see a doctor first?</strong></p>
<p>See your doctor or dentist first if your jaw locks, if you cannot open your mouth fully, or if
the pain follows an injury. Massage is for muscle pain, not for a dislocated joint.</p>
</main><footer><p>Cobblestone Bodywork, 12 Mill Lane. Call {phone}.</p></footer></body></html>"""

GERMAN_FAQ = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Dry Needling: Häufige Fragen | Physiotherapie am Markt</title></head><body><main>
<h1>Dry Needling – häufige Fragen</h1>
<h2>Was ist Dry Needling?</h2>
<p>Beim Dry Needling sticht die Therapeutin eine dünne Nadel direkt in einen Triggerpunkt im Muskel.
Dry Needling ist keine Akupunktur: es folgt den Muskeln und nicht den Meridianen.</p>
<h2>Tut Dry Needling weh?</h2>
<p>Die meisten Patienten spüren ein kurzes Zucken des Muskels und danach einen leichten Muskelkater,
der nach ein bis zwei Tagen verschwindet. Massage und Wärme helfen danach.</p>
<h2>Wer darf Dry Needling anbieten?</h2>
<p>In Deutschland dürfen Ärzte und Heilpraktiker nadeln; Physiotherapeuten brauchen dafür eine
sektorale Heilpraktikererlaubnis. Fragen Sie uns gern nach unserer Ausbildung im Dry Needling.</p>
</main></body></html>"""

GYM_FAQ = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Membership FAQ | Ironworks Fitness Club</title></head><body><main>
<h1>Membership questions</h1>
<h2>Can I freeze my membership?</h2>
<p>Yes. You can freeze your membership for up to three months a year for a small monthly fee. Ask at
the front desk or use the app, and tell us the date you want the freeze to start and to end. A
freeze keeps your rate, your locker and any training sessions you have already paid for.</p>
<h2>Is there a stretching area?</h2>
<p>The second floor has a stretching area with mats, foam rollers and two massage chairs, open to every
member during staffed hours. Towels are provided, and lockers are free for the length of your visit.
The massage chairs take fifteen-minute bookings at the desk.</p>
<h2>Do you offer personal training?</h2>
<p>Our coaches offer single sessions and packages of ten. Every new member gets one free introductory
session with a coach to plan a routine, learn the machines and set goals for the first three months.
A physical therapist from the clinic next door runs a free stretching class on Saturday mornings, and
a sports massage therapist visits on the first Monday of the month.</p>
<h2>What are your opening hours?</h2>
<p>We open at five in the morning and close at eleven at night on weekdays, and open from seven to
nine on weekends. Holiday hours are posted in the app two weeks ahead of each public holiday, and the
pool closes half an hour before the rest of the club.</p>
</main></body></html>"""

TRIGGER_POINT_ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Understanding Trigger Points and Myofascial Pain | Northfield Physical Therapy</title></head><body><main>
<h1>Understanding trigger points and myofascial pain</h1>
<p>A trigger point is a tight, tender spot in a taut band of muscle. Pressing it often sends pain to
another place: a trigger point in the upper trapezius can cause a headache behind the eye, and one in
the gluteus medius can feel like sciatica. Myofascial pain syndrome is the name for pain that comes
from trigger points like these.</p>
<p>Physical therapists treat trigger points with manual therapy, dry needling, stretching and
strengthening. Massage therapists use sustained pressure, and physicians may offer a trigger point
injection when other care has not helped. Most people improve within a few weeks of regular care.</p>
<p>Good posture, regular breaks from the desk and gentle stretching keep trigger points from coming
back. Heat before stretching and a short walk every hour help the muscles of the neck and back.</p>
</main></body></html>"""

BAKERY_FAQ = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>FAQ | Rye & Crumb Bakery</title>
<style>{style}</style></head><body><main><h1>Bakery FAQ</h1>
<h2>Do you bake gluten-free bread?</h2><p>We bake a gluten-free loaf on Fridays in a separate oven.</p>
<h2>Can I order a birthday cake?</h2><p>Order at least three days ahead, in the shop or by phone.</p>
<h2>Do you deliver?</h2><p>We deliver within five miles on weekday mornings for a small fee.</p>
</main><script>{script}</script></body></html>"""

LOGIN_SHELL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Trigger point injection FAQ - Patient Portal</title>
<meta name="description" content="Trigger point injection FAQ: trigger point injections, dry needling and myofascial pain"></head>
<body><div id="app">Loading...</div>
<noscript>Turn on JavaScript to read our trigger point injection FAQ and our dry needling aftercare notes.</noscript></body></html>"""


def html_page(name: str) -> bytes:
    return (HTML_PAGES / name).read_bytes()


def tmj_faq(phone: str = "555-0147", eastside: bool = False) -> bytes:
    """The page written above; the Eastside studio's copy differs in its footer and in one sentence."""
    page = TMJ_FAQ.replace("{phone}", phone)
    if eastside:
        page = page.replace("Most clients book three to five sessions a week apart.", "At our Eastside studio most clients book four sessions, one every ten days.")
    return page.encode("utf-8")


def bakery_faq(number: int = 0) -> bytes:
    return BAKERY_FAQ.replace("{style}", f".b{number}{{color:#a52}}" * 200).replace("{script}", "var cart=[];" * 300).encode("utf-8")


@dataclass(frozen=True)
class Capture:
    url: str
    body: bytes
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    date: str = "2025-03-14T09:30:00Z"
    headers: tuple[tuple[str, str], ...] = ()
    gzipped: bool = False  # served with Content-Encoding: gzip


# The harvest's verdict on each response of the mixed crawl, by its address.
EXPECTED = {
    "https://www.riverbendpainspine.com/patient-resources/trigger-point-injection-faq/": "kept",
    "https://harborpointpt.com/dry-needling-faq/": "kept",
    "https://www.granitepeaksportsmed.com/patient-education/trigger-points-faq": "kept",
    "https://cobblestonebodywork.example/faq/tmj-massage": "kept",
    "http://harborpointpt.com/dry-needling-faq/?utm_source=newsletter": "duplicate",
    "https://cobblestonebodywork.example/eastside/faq/tmj-massage": "near_duplicate",
    "https://physio-am-markt.example/dry-needling-fragen": "not_english",
    "https://ironworks.example/membership-faq": "out_of_scope",
    "https://northfieldpt.example/blog/understanding-trigger-points": "no_faq",
    "https://ryeandcrumb.example/faq": "prefilter",
    "https://portal.example/trigger-point-injection-faq": "unusable",
    "https://riverbendpainspine.com/brochures/tpi.pdf": "not_html",
    "https://riverbendpainspine.com/old-faq": "status",
    "https://harborpointpt.com/missing": "status",
    "https://ryeandcrumb.example/menu.pdf": "not_html",
}


def mixed_captures() -> list[Capture]:
    """The responses of the mixed crawl, in the order they are written."""
    return [
        Capture("https://www.riverbendpainspine.com/patient-resources/trigger-point-injection-faq/", html_page("01_wordpress_yoast_tpi.html"),
                headers=(("Link", '<https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"'),), gzipped=True),
        Capture("https://ryeandcrumb.example/faq", bakery_faq()),
        Capture("https://riverbendpainspine.com/brochures/tpi.pdf", b"%PDF-1.7\n% trigger point injection brochure\n", content_type="application/pdf"),
        Capture("https://harborpointpt.com/dry-needling-faq/", html_page("02_elementor_dry_needling.html"), date="2025-03-15T11:00:00Z"),
        Capture("https://riverbendpainspine.com/old-faq", b"<html><body>Moved</body></html>", "301 Moved Permanently",
                headers=(("Location", "https://www.riverbendpainspine.com/patient-resources/trigger-point-injection-faq/"),)),
        Capture("https://physio-am-markt.example/dry-needling-fragen", GERMAN_FAQ.encode("utf-8")),
        Capture("https://ironworks.example/membership-faq", GYM_FAQ.encode("utf-8")),
        Capture("https://harborpointpt.com/missing", html_page("02_elementor_dry_needling.html").replace(b"Dry Needling FAQ", b"Page not found"), "404 Not Found"),
        Capture("https://www.granitepeaksportsmed.com/patient-education/trigger-points-faq", html_page("10_microdata_sports_medicine.html"), date="2025-03-16T08:00:00Z"),
        Capture("https://northfieldpt.example/blog/understanding-trigger-points", TRIGGER_POINT_ARTICLE.encode("utf-8")),
        Capture("http://harborpointpt.com/dry-needling-faq/?utm_source=newsletter", html_page("02_elementor_dry_needling.html")),
        Capture("https://portal.example/trigger-point-injection-faq", LOGIN_SHELL.encode("utf-8")),
        Capture("https://cobblestonebodywork.example/faq/tmj-massage", tmj_faq()),
        Capture("https://ryeandcrumb.example/menu.pdf", b"%PDF-1.4\n", content_type="text/html"),
        Capture("https://cobblestonebodywork.example/eastside/faq/tmj-massage", tmj_faq("555-0199", eastside=True)),
    ]


def _http_headers(capture: Capture, body: bytes) -> StatusAndHeaders:
    headers = [("Content-Type", capture.content_type), ("Content-Length", str(len(body))), *capture.headers]
    if capture.gzipped:
        headers.append(("Content-Encoding", "gzip"))
    return StatusAndHeaders(capture.status, headers, protocol="HTTP/1.1")


def write_warc(path: Path, captures: list[Capture], *, extras: bool = True) -> Path:
    """A WARC file of the captures' responses; with `extras`, also a warcinfo record, a request
    before each response and a revisit of the first page, as crawlers write them."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        if extras:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests/warc_pages.py"}))
        for capture in captures:
            body = gzip.compress(capture.body, mtime=0) if capture.gzipped else capture.body
            warc_headers = {"WARC-Date": capture.date}
            if extras:
                request = StatusAndHeaders(f"GET {capture.url} HTTP/1.1", [("Host", capture.url.split("/")[2])], is_http_request=True)
                writer.write_record(writer.create_warc_record(capture.url, "request", http_headers=request, warc_headers_dict=dict(warc_headers)))
            writer.write_record(writer.create_warc_record(
                capture.url, "response", payload=io.BytesIO(body), length=len(body), http_headers=_http_headers(capture, body),
                warc_headers_dict=dict(warc_headers),
            ))
        if extras:
            first = captures[0]
            revisit = writer.create_revisit_record(first.url, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", refers_to_uri=first.url,
                                                   refers_to_date=first.date, warc_headers_dict={"WARC-Date": "2025-04-01T00:00:00Z"})
            writer.write_record(revisit)
    return path
