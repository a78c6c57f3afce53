"""Small MedQuAD XML documents written by the tests themselves, in the archive's own format."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path
from xml.sax.saxutils import escape


def medquad_xml(focus: str, pairs: list[tuple[str, str, str]], url: str = "https://www.ninds.nih.gov/page",
                source: str = "NINDS", doc_id: str = "0000001") -> bytes:
    """A MedQuAD <Document>; pairs are (question, qtype, answer), an answer may be empty."""
    body = "".join(
        f'<QAPair pid="{i}"><Question qid="{doc_id}-{i}" qtype="{qtype}">{escape(question)}</Question>'
        f"<Answer>{escape(answer)}</Answer></QAPair>\n"
        for i, (question, qtype, answer) in enumerate(pairs, start=1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Document id="{doc_id}" source="{source}" url="{url}">\n'
        f"<Focus>{escape(focus)}</Focus>\n<FocusAnnotations></FocusAnnotations>\n<QAPairs>\n{body}</QAPairs>\n</Document>\n"
    ).encode("utf-8")


BACK_PAIN = [
    ("What is (are) Back Pain ?", "information",
     "Back pain is one of the most common medical problems.    It can range from a dull ache to a sharp pain."),
    ("What are the treatments for Back Pain ?", "treatment",
     "Treatment includes physical therapy, massage and stretching.\n   \nSome people need a trigger point injection."),
    ("What is the outlook for Back Pain ?", "outlook", ""),
]
COLD = [("What is (are) Common Cold ?", "information", "A cold is a viral infection of the nose and throat that lasts about a week.")]
NECK_PAIN = [
    ("What is (are) Neck Pain ?", "information", "Neck pain often comes from tight muscles and poor posture."),
    ("What are the treatments for Neck Pain ?", "treatment", "Massage, chiropractic care and physical therapy help neck pain."),
]


def write_archive(path: Path, members: dict[str, bytes]) -> Path:
    """A gzipped tar archive like MedQuAD.tar.gz, members in the given order."""
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path
