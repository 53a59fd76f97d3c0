"""PDF files: the text layer, read with pypdf. Pages and paragraphs end with a line break; a line that
runs to the right margin without ending a sentence is joined to the next (a wrapped paragraph, also
one that goes on over a page break, is one line).
A PDF without a text layer (a scan) is rejected: there is no OCR."""
from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

from .errors import Unreadable

logging.getLogger("pypdf").setLevel(logging.ERROR)  # font and xref warnings are noise here

_ENDS_SENTENCE = set("。！？；：!?;:…")
_CLOSING = "”’」』）)】"
FULL_LINE = 0.85  # a line at least this share of the page's longest line reached the margin


def _width(line: str) -> int:
    """Display width: a Chinese or full-width character counts 2, any other 1."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


def _lines(pages: list[str]) -> list[str]:
    """The pages' lines, a paragraph's wrapped lines joined (Chinese needs no space between them),
    also across a page break when the page's last line runs to the margin (no footer below it)."""
    out: list[str] = []
    joining = False
    for page in pages:
        lines = [line.rstrip() for line in page.splitlines()]
        longest = max((_width(line.strip()) for line in lines), default=0)
        for line in lines:
            if joining and out:
                gap = " " if out[-1][-1:].isascii() and line.lstrip()[:1].isascii() else ""
                out[-1] += gap + line.lstrip()
            else:
                out.append(line)
            bare = line.strip()
            ending = bare.rstrip(_CLOSING)[-1:]  # 。” ends a sentence, “…” inside one does not
            joining = (bool(bare) and longest >= 20 and _width(bare) >= FULL_LINE * longest
                       and ending not in _ENDS_SENTENCE)
    return out


def read(path: Path) -> str:
    from pypdf import PdfReader  # imported here: a run without PDFs does not pay for it
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("encrypted PDF (needs a password)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, NotImplementedError) as error:
        raise Unreadable(f"unreadable PDF: {type(error).__name__}: {error}") from None
    if not any(page.strip() for page in pages):
        raise Unreadable(f"scanned PDF without a text layer ({len(pages)} pages; no OCR)")
    return "\n".join(_lines(pages))
