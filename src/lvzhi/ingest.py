"""Discover and decode source files. Pure Python: files in, documents and rejections out.

Files are read in chunks (hashing and decoding as they stream), decoded as UTF-8 (with or without
BOM), UTF-16 with BOM or GB18030/GBK; an HTML page keeps its text without tags. A file whose bytes
repeat another file's is one document with both paths.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ".htm", ".html"}
CHUNK_BYTES = 1 << 20
# a UTF-8 text with a few broken bytes (a damaged web copy) keeps its text, the bytes replaced
MAX_INVALID_UTF8_SHARE = 0.005
_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
_BINARY_SIGNATURES = [b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0"]
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.I)


class SourceError(Exception):
    """The source directory cannot be read as a corpus (missing, empty, not a directory)."""


@dataclass
class Document:
    document_id: str
    source_path: str
    encoding: str
    content_sha256: str
    text: str
    loaded_at: datetime
    other_paths: list[str] = field(default_factory=list)  # files with the same bytes


@dataclass
class Rejection:
    source_path: str
    reason: str
    detected_at: datetime


def discover(source: Path) -> list[Path]:
    """Every regular file under ``source`` (recursive, hidden files skipped), sorted."""
    if not source.exists():
        raise SourceError(f"source directory does not exist: {source}")
    if not source.is_dir():
        raise SourceError(f"source is not a directory: {source}")
    files = sorted(p for p in source.rglob("*")
                   if p.is_file() and not any(part.startswith(".") for part in p.relative_to(source).parts))
    if not files:
        raise SourceError(f"source directory holds no files: {source}")
    return files


def _read(path: Path) -> tuple[bytes, str]:
    """(head of the file, sha256 of all of it), reading in chunks; the head sniffs the encoding."""
    digest = hashlib.sha256()
    head = b""
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            if len(head) < 4096:
                head += chunk[: 4096 - len(head)]
    return head, digest.hexdigest()


def _decode_stream(path: Path, encoding: str, errors: str = "strict") -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    parts: list[str] = []
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            parts.append(decoder.decode(chunk))
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def decode_file(path: Path, head: bytes) -> tuple[str, str]:
    """(text, encoding) or ValueError with the reason the file is not a text document."""
    if not head.strip():
        raise ValueError("empty file")
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            try:
                return _decode_stream(path, encoding), encoding
            except UnicodeDecodeError as error:
                raise ValueError(f"invalid {encoding} despite its byte-order mark: {error.reason}") from None
    if any(head.startswith(sig) for sig in _BINARY_SIGNATURES) or b"\x00" in head:
        raise ValueError("binary file, not text")
    try:
        return _decode_stream(path, "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    replaced = _decode_stream(path, "utf-8", errors="replace")
    invalid = replaced.count("\ufffd")
    if invalid <= MAX_INVALID_UTF8_SHARE * max(1, len(replaced)):
        return replaced, f"utf-8 ({invalid} invalid bytes replaced)"
    try:
        return _decode_stream(path, "gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise ValueError("undecodable: neither UTF-8 nor GB18030") from None


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page; block elements end lines, script and style are dropped."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in {"script", "style", "noscript"}:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "noscript"}:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def is_html(path: Path, text: str) -> bool:
    return path.suffix.lower() in {".htm", ".html"} or bool(_HTML_START.match(text[:2000]))


def read_text(path: Path) -> tuple[str, str]:
    """(text, encoding) of one file, decoded and stripped of HTML as ``load`` does."""
    head, _ = _read(path)
    text, encoding = decode_file(path, head)
    if is_html(path, text):
        return html_to_text(text), f"{encoding}+html"
    return text, encoding


def load(paths: list[Path]) -> tuple[list[Document], list[Rejection]]:
    documents: list[Document] = []
    rejections: list[Rejection] = []
    by_id: dict[str, Document] = {}
    by_content: dict[str, Document] = {}
    now = datetime.now(timezone.utc)
    for path in paths:
        shown = str(path)
        if path.suffix.lower() not in TEXT_SUFFIXES:
            rejections.append(Rejection(shown, f"unsupported file type {path.suffix or '(none)'}", now))
            continue
        try:
            head, sha = _read(path)
        except OSError as error:
            rejections.append(Rejection(shown, f"unreadable: {error.strerror or error}", now))
            continue
        if sha in by_content:  # the same bytes under another name: one document, both paths
            by_content[sha].other_paths.append(shown)
            continue
        document_id = path.stem
        if document_id in by_id:
            rejections.append(Rejection(shown, f"document_id clash: {document_id} is already {by_id[document_id].source_path}", now))
            continue
        try:
            text, encoding = decode_file(path, head)
        except ValueError as error:
            rejections.append(Rejection(shown, str(error), now))
            continue
        if is_html(path, text):
            text, encoding = html_to_text(text), f"{encoding}+html"
            if not text.strip():
                rejections.append(Rejection(shown, "HTML page without text", now))
                continue
        document = Document(document_id, shown, encoding, sha, text, now)
        by_id[document_id] = by_content[sha] = document
        documents.append(document)
    return documents, rejections
