"""Numeral parsing: Arabic (with thousands separators) and Chinese (两, 十几, 千余, 数百, 三万)."""
from __future__ import annotations

from decimal import Decimal

ARABIC_PATTERN = r"\d+(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?"
# A Chinese numeral starts with a digit word, with 数/几 before a power word (数百, 几十), or is a
# bare power word with 余/多 (千余, 万余) or after a qualifier (近千, 逾万, 上百).
# 廿 (20) and 卅 (30) are the old written tens (廿八 = 28), still found in Hong Kong and Macao copies.
CHINESE_PATTERN = (r"(?:[数几](?=[十百千万])|[百千万](?=[余多])|(?<=[近约逾超上])[百千万]|[零〇一二两三四五六七八九十百千廿卅])"
                   r"[零〇一二两三四五六七八九十百千万亿几余多廿卅]*")

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_TENS = {"廿": 20, "卅": 30}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
VAGUE_CHARS = frozenset("几数")
OVER_CHARS = frozenset("余多")


def parse_arabic(token: str) -> Decimal:
    """Exact: 1.13 stays 1.13, so 1.13万 is 11300 and not 11299.999999999998."""
    return Decimal(token.replace(",", ""))


def has_neighbouring_digits(token: str) -> bool:
    """三四十, 七八个, 一两次: two neighbouring digits written together make an estimate."""
    return any(a in _DIGITS and b in _DIGITS and _DIGITS[a] > 0 and _DIGITS[b] == _DIGITS[a] + 1
               for a, b in zip(token, token[1:]))


def parse_chinese(token: str) -> float | None:
    """Value of a Chinese numeral; vague digits (几, 数) and 余/多 count as zero (十几 → 10)."""
    total = 0
    section = 0
    digit: int | None = None
    for char in token:
        if char in _DIGITS:
            if digit and _DIGITS[char] == digit + 1:
                continue  # 三四十, 十七八: two neighbouring digits give a range; it counts from the first
            digit = _DIGITS[char]
        elif char in VAGUE_CHARS or char in OVER_CHARS:
            digit = None  # 数百 = 100, 十几 = 10, 千余 = 1000
        elif char in _TENS:
            section += _TENS[char]  # 廿八 = 28
            digit = None
        elif char in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[char]
            digit = None
        elif char in _BIG_UNITS:
            section += digit or 0
            total += (section or 1) * _BIG_UNITS[char]
            section = 0
            digit = None
        else:
            return None
    return float(total + section + (digit or 0))
