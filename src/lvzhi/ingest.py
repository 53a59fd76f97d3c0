"""Discover and read source files. Pure Python: files in, documents and rejections out.

Every entry under the source folder is accounted for: a readable file becomes a document, anything
else (a dangling or looping link, an unsupported, empty, binary, undecodable or mis-decoded file, a
scanned PDF) a rejection with its reason. How each kind of file is read: ``lvzhi.readers``. A file
whose bytes repeat another file's is one document with both paths.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from . import readers
from .readers import Unreadable

TEXT_SUFFIXES = readers.TEXT_SUFFIXES
SUFFIXES = readers.SUFFIXES


class SourceError(Exception):
    """The source directory cannot be read as a corpus (missing, empty, not a directory)."""


@dataclass
class Document:
    document_id: str
    source_path: str
    encoding: str  # how the text was read: a codec, or pdf / docx, +html for a web page's text
    content_sha256: str
    text: str
    loaded_at: datetime
    other_paths: list[str] = field(default_factory=list)  # files with the same bytes


@dataclass
class Rejection:
    source_path: str
    reason: str
    detected_at: datetime


def _walk(folder: Path, visited: set[str], found: list[Path]) -> None:
    """Every non-hidden entry under ``folder``; links to folders are followed unless already visited."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:  # an unreadable folder is listed, then rejected with the reason
        found.append(folder)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:  # a link loop on some Pythons; ``entry_problem`` names it
            is_dir = False
        if not is_dir:
            found.append(entry)
            continue
        real = os.path.realpath(entry)
        if real in visited:  # a link back to a folder already read: listed, then rejected
            found.append(entry)
            continue
        visited.add(real)
        _walk(entry, visited, found)


def discover(source: Path) -> list[Path]:
    """Every entry under ``source`` (recursive, hidden names skipped), in walk order: files, and links
    that cannot be read as files so that ``load`` rejects them with the reason."""
    if not source.exists():
        raise SourceError(f"source directory does not exist: {source}")
    if not source.is_dir():
        raise SourceError(f"source is not a directory: {source}")
    found: list[Path] = []
    _walk(source, {os.path.realpath(source)}, found)
    if not found:
        raise SourceError(f"source directory holds no files: {source}")
    return found


def entry_problem(path: Path) -> str | None:
    """Why a discovered entry is not a regular file to read, or None."""
    try:
        mode = path.stat().st_mode  # one stat answers every question below (is_dir/is_file stat again)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return f"symbolic link loop ({os.readlink(path)})"
        if path.is_symlink():
            return f"dangling symbolic link to {os.readlink(path)}"
        return f"unreadable: {error.strerror or error}"
    if stat.S_ISDIR(mode):
        if path.is_symlink():
            return f"link to a folder already read ({os.readlink(path)}): a loop, not followed"
        return "unreadable folder (permission denied?)"
    if not stat.S_ISREG(mode):
        return "not a regular file"
    return None


def read_text(path: Path) -> tuple[str, str]:
    """(text, how it was read) of one file, as ``load`` stores it; Unreadable with the reason."""
    return readers.read(path, readers.scan(path))


@dataclass
class Duplicate:
    """A file whose bytes repeat an earlier document's: one more path of that document."""
    document_id: str
    source_path: str


Entry = Document | Duplicate | Rejection


def entries(paths: list[Path], needs_text: Callable[[str, str, str], bool] | None = None,
            owners: dict[str, tuple[str, str]] | None = None) -> Iterator[Entry]:
    """Each discovered path as a document, a duplicate of an earlier one, or a rejection, in walk
    order and one at a time (a caller that stores each document as it comes holds no corpus).
    ``needs_text(document_id, source_path, sha256)`` False: the file is hashed but not read (its
    document has empty text), for a caller comparing with what is stored already.
    ``owners`` ({document_id: (source_path, content_sha256)} of the published warehouse): a published
    document keeps its id while its file is still there, whatever the walk order; another file of
    that name (other bytes) is the one rejected as a clash."""
    by_id: dict[str, str] = {}  # document_id -> its source path
    present = {str(path) for path in paths}
    reserved = {d: owner for d, owner in (owners or {}).items() if owner[0] in present}
    by_content: dict[str, str] = {}  # sha256 -> document_id
    now = datetime.now(timezone.utc)
    for path in paths:
        shown = str(path)
        problem = entry_problem(path)
        if problem:
            yield Rejection(shown, problem, now)
            continue
        if path.suffix.lower() not in SUFFIXES:
            yield Rejection(shown, f"unsupported file type {path.suffix or '(none)'}", now)
            continue
        try:
            seen = readers.scan(path)
        except OSError as error:
            yield Rejection(shown, f"unreadable: {error.strerror or error}", now)
            continue
        # the same bytes under another name: one document, both paths. Only a copy read as a document
        # enters by_content, so the first such copy in walk order names it (README, "Bad input")
        if seen.sha256 in by_content:
            yield Duplicate(by_content[seen.sha256], shown)
            continue
        document_id = path.stem
        owner = reserved.get(document_id)
        # (a copy of the owner's published bytes may take the id only while the owner's file still holds
        # those bytes: then the owner is its duplicate; the owner's file edited, the old copy is the clash)
        if owner is not None and owner[0] != shown and (owner[1] != seen.sha256 or _edited(owner)):
            yield Rejection(shown, f"document_id clash: {document_id} belongs to {owner[0]}, published; "
                                   f"rename one of them", now)
            continue
        if document_id in by_id:
            yield Rejection(shown, f"document_id clash: {document_id} is already {by_id[document_id]}", now)
            continue
        if needs_text is not None and not needs_text(document_id, shown, seen.sha256):
            text, how = "", ""
        else:
            try:
                text, how = readers.read(path, seen)
            except Unreadable as error:
                yield Rejection(shown, str(error), now)
                continue
            except OSError as error:
                yield Rejection(shown, f"unreadable: {error.strerror or error}", now)
                continue
        by_id[document_id], by_content[seen.sha256] = shown, document_id
        yield Document(document_id, shown, how, seen.sha256, text, now)


def _edited(owner: tuple[str, str]) -> bool:
    """Whether the owner's file (source_path, published sha256) no longer holds the published bytes."""
    try:
        return readers.scan(Path(owner[0])).sha256 != owner[1]
    except OSError:
        return True


def load(paths: list[Path]) -> tuple[list[Document], list[Rejection]]:
    """Every document (with its text) and every rejection at once; the flow streams ``entries``."""
    documents: dict[str, Document] = {}
    rejections: list[Rejection] = []
    for entry in entries(paths):
        if isinstance(entry, Document):
            documents[entry.document_id] = entry
        elif isinstance(entry, Duplicate):
            documents[entry.document_id].other_paths.append(entry.source_path)
        else:
            rejections.append(entry)
    return list(documents.values()), rejections
