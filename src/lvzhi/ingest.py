"""Discover and decode source files. Pure Python: files in, documents and rejections out."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ".htm", ".html"}
_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_BINARY_SIGNATURES = [b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0"]


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


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) or ValueError with the reason the bytes are not a text document."""
    if not data.strip():
        raise ValueError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise ValueError(f"invalid {encoding} despite its byte-order mark: {error.reason}") from None
    if any(data.startswith(sig) for sig in _BINARY_SIGNATURES) or b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable: neither UTF-8 nor GB18030")


def load(paths: list[Path], source: Path) -> tuple[list[Document], list[Rejection]]:
    documents: list[Document] = []
    rejections: list[Rejection] = []
    owners: dict[str, str] = {}
    now = datetime.now(timezone.utc)
    for path in paths:
        shown = str(path)
        if path.suffix.lower() not in TEXT_SUFFIXES:
            rejections.append(Rejection(shown, f"unsupported file type {path.suffix or '(none)'}", now))
            continue
        document_id = path.stem
        if document_id in owners:
            rejections.append(Rejection(shown, f"document_id clash: {document_id} is already {owners[document_id]}", now))
            continue
        data = path.read_bytes()
        try:
            text, encoding = decode(data)
        except ValueError as error:
            rejections.append(Rejection(shown, str(error), now))
            continue
        owners[document_id] = shown
        documents.append(Document(document_id, shown, encoding, hashlib.sha256(data).hexdigest(), text, now))
    return documents, rejections
