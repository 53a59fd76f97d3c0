"""Text files: one streaming pass (hash, blank check, detection sample), then a strict decode.

A byte-order mark decides UTF-32/UTF-16/UTF-8; else UTF-8 is tried (a few broken bytes replaced:
``_mostly_utf8``);
else charset-normalizer ranks GB18030, Big5, Big5-HKSCS (or, when NULs show a wide encoding,
BOM-less UTF-16/32) on a 1 MiB sample that starts at the first non-blank byte, and the whole file
is decoded strictly with the first that fits.
"""
from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import Unreadable

CHUNK_BYTES = 1 << 20
SAMPLE_BYTES = 1 << 20
# a UTF-8 text with a few broken bytes (a damaged web copy) keeps its text, the bytes replaced: at most
# this share of its characters, or in a file of any length up to MAX_INVALID_UTF8_FEW broken places
# besides a last character cut off at the end (a truncated download) when its well-formed multi-byte
# characters outnumber the broken places MIN_VALID_PER_INVALID times (the cut-off one: 8 suffice).
# GB18030 or Big5 read as UTF-8 breaks at nearly every Chinese character and forms hardly any.
MAX_INVALID_UTF8_SHARE = 0.005
MAX_INVALID_UTF8_FEW = 3
MIN_VALID_PER_INVALID = 8
# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one
_BOMS = [(b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
BINARY_SIGNATURES = [b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0"]
_DOUBLE_BYTE = ["gb18030", "big5", "big5hkscs"]
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]  # without a mark: only when NULs show it
_BLANK = b" \t\r\n\x0b\x0c"


@dataclass
class Scan:
    """What one pass over the bytes tells: digest, size, head, a detection sample, any non-blank byte."""
    sha256: str
    size: int
    head: bytes
    sample: bytes
    blank: bool


def scan(path: Path) -> Scan:
    digest, size, head, sample, start = hashlib.sha256(), 0, b"", b"", -1
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            if len(head) < 4096:
                head += chunk[: 4096 - len(head)]
            if start < 0 and (stripped := chunk.lstrip(_BLANK)):
                start = (len(chunk) - len(stripped)) & ~3  # aligned for UTF-16/32
                sample = chunk[start:]
            elif start >= 0 and len(sample) < SAMPLE_BYTES:
                sample += chunk[: SAMPLE_BYTES - len(sample)]
            size += len(chunk)
    return Scan(digest.hexdigest(), size, head, sample[:SAMPLE_BYTES], start < 0)


def decode_stream(path: Path, encoding: str, errors: str = "strict") -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    parts: list[str] = []
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            parts.append(decoder.decode(chunk))
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def _mostly_utf8(path: Path, size: int) -> bool:
    """Whether the bytes are UTF-8 but for a few broken ones (see MAX_INVALID_UTF8_SHARE): streams, and
    stops as soon as the count passes what any rule allows (the text is never longer than the bytes)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    invalid = length = ascii_chars = 0
    allowed = max(MAX_INVALID_UTF8_SHARE * size, MAX_INVALID_UTF8_FEW)
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            part = decoder.decode(chunk)
            invalid, length = invalid + part.count("\ufffd"), length + len(part)
            ascii_chars += len(part.encode("ascii", errors="ignore"))
            if invalid > allowed:
                return False
    cut = decoder.decode(b"", final=True).count("\ufffd")  # a last character cut off by the end of the file
    if invalid + cut <= MAX_INVALID_UTF8_SHARE * max(1, length):
        return True
    multi_byte = length - ascii_chars - invalid  # well-formed characters of two to four bytes
    return invalid <= MAX_INVALID_UTF8_FEW and multi_byte >= MIN_VALID_PER_INVALID * max(invalid, cut)


def _common_share(text: str, encoding: str) -> float:
    """Share of non-ASCII characters among the ~5,000 most used of the script ``encoding`` implies
    (GB2312 level 1, Big5 level 1): the other double-byte codec's reading of the same bytes is rare
    characters. Decides GB18030 against Big5 where both decode, even on short texts."""
    reference, low, high = ("gb2312", 0xB0, 0xD7) if encoding == "gb18030" else ("big5", 0xA4, 0xC6)
    seen = common = 0
    for char in text[:20000]:
        if char < "\x80":
            continue
        seen += 1
        try:
            encoded = char.encode(reference)
        except UnicodeEncodeError:
            continue
        common += len(encoded) == 2 and low <= encoded[0] <= high
    return common / seen if seen else 0.0


def _candidates(sample: bytes, full: bool) -> list[str]:
    """Codecs charset-normalizer finds plausible for the sample, the likeliest first."""
    wide = b"\x00" in sample  # a text of ASCII or CJK in UTF-16/32 has NUL bytes (line ends, digits)
    if full and not wide:  # cut the sample after a line end, never inside a character
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    elif full:
        sample = sample[: len(sample) & ~3]
    candidates = _WIDE if wide else _DOUBLE_BYTE
    names = [codecs.lookup(m.encoding).name for m in from_bytes(sample, cp_isolation=candidates)]
    names = list(dict.fromkeys(names))
    chinese = [n for n in names if n in {"gb18030", "big5", "big5hkscs"}]
    if len(chinese) > 1:  # both double-byte readings are valid: the one of common characters wins
        readings = {n: sample.decode(n, errors="ignore") for n in chinese}
        best = max(chinese, key=lambda n: (_common_share(readings[n], "gb18030" if n == "gb18030" else "big5"),
                                           -_DOUBLE_BYTE.index(n)))
        names.remove(best)
        names.insert(0, best)
    return names


def read(path: Path, seen: Scan) -> tuple[str, str]:
    """(text, encoding) of a text file, or Unreadable with the reason."""
    if seen.blank:
        raise Unreadable("empty file")
    for bom, encoding in _BOMS:
        if seen.head.startswith(bom):
            try:
                return decode_stream(path, encoding), encoding
            except UnicodeDecodeError as error:
                raise Unreadable(f"invalid {encoding} despite its byte-order mark: {error.reason}") from None
    if any(seen.head.startswith(sig) for sig in BINARY_SIGNATURES):
        raise Unreadable("binary file, not text")
    has_nul = b"\x00" in seen.sample
    if not has_nul:
        try:
            return decode_stream(path, "utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        if _mostly_utf8(path, seen.size):
            replaced = decode_stream(path, "utf-8", errors="replace")
            return replaced, f"utf-8 ({replaced.count(chr(0xFFFD))} invalid bytes replaced)"
    full = len(seen.sample) >= SAMPLE_BYTES
    for encoding in _candidates(seen.sample, full) or ([] if has_nul else ["gb18030"]):
        try:
            return decode_stream(path, encoding), encoding
        except UnicodeDecodeError:
            continue
    if has_nul:
        raise Unreadable("binary file, not text")
    raise Unreadable("undecodable: not UTF-8, GB18030, Big5 or UTF-16/32")
