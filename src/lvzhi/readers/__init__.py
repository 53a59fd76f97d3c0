"""Readers: one module per kind of file, each turning a file into the text stored for it.

``read(path, scan)`` returns (text, how it was read) or raises Unreadable with the reason. Offsets
of figures refer to this text as stored (an HTML page's visible text, a PDF's text layer, ...).
"""
from __future__ import annotations

import math
from pathlib import Path

from charset_normalizer.md import mess_ratio

from . import pdf, plain, webpage, word
from .errors import Unreadable
from .plain import Scan, scan

__all__ = ["SUFFIXES", "Scan", "Unreadable", "read", "scan", "check_text"]

TEXT_SUFFIXES = {".txt", ".text", ".md", ".htm", ".html"}
SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx", ".doc"}
MAX_NUL_SHARE = 0.05
# charset-normalizer's chaos ratio: real reports measure ≤ 0.05 (a short mixed line up to ~0.4),
# mojibake (Big5 read as GB18030, UTF-8 read as Latin-1) 1.1 and more
MAX_MESS = 0.8
CHECKED_CHARS = 200_000
# A wrong codec garbles a whole file, not a stretch of it: a head that reads clean (well under the
# ratio of real reports' mixed lines) speaks for the rest, and the body is measured only when it does
# not. Measuring every body was ~40% of ingest's CPU; 100 MB corpus: 0.87 -> 0.20 s. Same decisions on
# 2,292 real texts and 1,800 garbled copies of them. The body is measured whole (no threshold to stop
# at): a running ratio stops at a garbled head, and a web page's garbled menu line above a clean report
# (a stretch of site chrome in another codec: whole ratio ~0.15-0.3) would reject the report; a wrong
# codec measures 3-5 over the whole file.
HEAD_CHARS = 2_000
CLEAN_MESS = 0.2


def _text_file(path: Path, seen: Scan) -> tuple[str, str]:
    text, encoding = plain.read(path, seen)
    if webpage.is_html(path, text):
        return webpage.html_to_text(text), f"{encoding}+html"
    return text, encoding


def _legacy_doc(path: Path, seen: Scan) -> tuple[str, str]:
    kind = word.legacy_doc_kind(seen.head)
    if kind == "docx":
        return word.read_docx(path), "docx"
    if kind == "ole":
        raise Unreadable("legacy Word .doc (binary) is not read: save it as .docx or PDF")
    if kind in {"rtf", "mht"}:
        raise Unreadable(f"{kind.upper()} file named .doc is not read: save it as .docx or PDF")
    return _text_file(path, seen)  # a web page or text saved as .doc


def check_text(text: str, how: str) -> None:
    """Unreadable when the decoded text is blank, mostly NULs or mojibake (a wrong encoding)."""
    if not text.strip():
        raise Unreadable("empty file" if "+html" not in how else "HTML page without text")
    body = text.lstrip()[:CHECKED_CHARS]
    if body.count("\x00") > MAX_NUL_SHARE * len(body):
        raise Unreadable(f"read as {how}, the text is mostly NUL characters (wrong encoding?)")
    if _looks_garbled(body):
        raise Unreadable(f"read as {how}, the text looks like mojibake (chaos ratio ≥ {MAX_MESS}; wrong encoding?)")


def _looks_garbled(body: str) -> bool:
    """Whether charset-normalizer's chaos ratio of the whole body reaches MAX_MESS; a long body whose
    head measures under CLEAN_MESS is clean without measuring the rest (that count stops once past
    its threshold)."""
    if len(body) > HEAD_CHARS and mess_ratio(body[:HEAD_CHARS], CLEAN_MESS) < CLEAN_MESS:
        return False
    return mess_ratio(body, math.inf) >= MAX_MESS


def read(path: Path, seen: Scan) -> tuple[str, str]:
    if seen.blank:
        raise Unreadable("empty file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text, how = pdf.read(path), "pdf"
    elif suffix == ".docx":
        text, how = word.read_docx(path), "docx"
    elif suffix == ".doc":
        text, how = _legacy_doc(path, seen)
    else:
        text, how = _text_file(path, seen)
    check_text(text, how)
    return text, how
