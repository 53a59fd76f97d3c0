"""PDF files: the text layer, read with pypdf. Pages end with a line break; a line that runs to the
right margin without ending a sentence is joined to the next (a wrapped paragraph is one line).
A PDF without a text layer (a scan) is rejected: there is no OCR."""
from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .errors import Unreadable

logging.getLogger("pypdf").setLevel(logging.ERROR)  # font and xref warnings are noise here

_ENDS_BLOCK = set("。！？；：!?;:…”’」』）)】")
FULL_LINE = 0.85  # a line at least this share of the page's longest line reached the margin


def _paragraphs(page_text: str) -> str:
    """Join the wrapped lines of a page's paragraphs (Chinese needs no space between them)."""
    lines = [line.rstrip() for line in page_text.splitlines()]
    longest = max((len(line.strip()) for line in lines), default=0)
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and out:
            gap = " " if out[-1][-1:].isascii() and line.lstrip()[:1].isascii() else ""
            out[-1] += gap + line.lstrip()
        else:
            out.append(line)
        bare = line.strip()
        joining = bool(bare) and len(bare) >= FULL_LINE * longest and bare[-1] not in _ENDS_BLOCK and longest >= 10
    return "\n".join(out)


def read(path: Path) -> str:
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
    return "\n".join(_paragraphs(page) for page in pages)
