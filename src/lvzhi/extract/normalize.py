"""The analysis copy of a text: half-width, simplified, without invisible noise, plus an offset map.

Full-width ASCII folds to half-width and traditional characters map to simplified ones character by
character; invisible characters that web copies scatter inside numbers (zero-width spaces, soft
hyphens, ``&nbsp;``) are dropped. ``AnalysisText.origin`` maps every analysis index back to the
index in the text as decoded, so offsets always point into the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# zero-width characters, HTML space entities, stray spaces and marks between two Chinese characters
# (a web copy's 工 作推进会), doubled punctuation; newlines stay, they end headings and paragraphs
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]+|&nbsp;|&#160;"
                        r"|(?<=[\u4e00-\u9fff])[ \t\u00a0]+(?=[\u4e00-\u9fff])"
                        # a stray mark inside a phrase (消费▲帮扶, 65份■调研报告), a doubled comma or 、
                        r"|(?<=[\u4e00-\u9fff\d])[■□▲△▼▽●○◆◇★☆|*#]+(?=[\u4e00-\u9fff\d])"
                        r"|(?<=,),+|(?<=、)、+|(?<=;);+|(?<=。)。+")

_FULLWIDTH_OFFSET = 0xFEE0


@lru_cache(maxsize=1)
def _translation_table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp - _FULLWIDTH_OFFSET) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "  # ideographic space
    table.update(_traditional_to_simplified())
    return table


@lru_cache(maxsize=1)
def _traditional_map() -> dict[int, str]:
    return _traditional_to_simplified()


def _traditional_to_simplified() -> dict[int, str]:
    """One-to-one character map from OpenCC's TSCharacters dictionary (ships with the package)."""
    try:
        import opencc  # opencc-python-reimplemented: pure data, no download
    except ImportError:  # pragma: no cover - dependency is pinned
        return {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    mapping: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2 or len(parts[0]) != 1:
            continue
        target = parts[1].split(" ")[0]
        if len(target) == 1 and target != parts[0]:
            mapping[ord(parts[0])] = target
    return mapping


@dataclass
class AnalysisText:
    text: str
    _origin: list[int] | None  # None: the identity map (nothing was dropped)

    def origin(self, index: int) -> int:
        """Index in the original text of analysis index ``index`` (``len`` maps to the end)."""
        if self._origin is None:
            return index
        return self._origin[index]

    def origin_end(self, end: int) -> int:
        """Original end offset for an analysis span ending (exclusively) at ``end``."""
        return end if self._origin is None else self._origin[end - 1] + 1


_FULLWIDTH = re.compile(r"[\uff01-\uff5e\u3000]+")
# one traditional-only character in the samples is enough to convert the whole text (a simplified
# text has none; converting costs a pass over every character, so pure simplified texts skip it)


def _fold_fullwidth(text: str) -> str:
    table = _translation_table()
    return _FULLWIDTH.sub(lambda m: m.group().translate(table), text)


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(chr(code) for code in _traditional_map())


def _is_traditional(text: str) -> bool:
    """Judged on samples (2,000 characters every 200,000), so long simplified texts stay cheap."""
    traditional = _traditional_chars()
    return any(not traditional.isdisjoint(text[i:i + 2000]) for i in range(0, len(text), 200_000))


def analysis_text(text: str) -> AnalysisText:
    """Half-width, simplified copy of ``text`` without invisible noise, with its offset map."""
    folded = text.translate(_translation_table()) if _is_traditional(text) else _fold_fullwidth(text)
    if not _INVISIBLE.search(folded):
        return AnalysisText(folded, None)
    pieces: list[str] = []
    origin: list[int] = []
    cursor = 0
    for match in _INVISIBLE.finditer(folded):
        pieces.append(folded[cursor:match.start()])
        origin.extend(range(cursor, match.start()))
        cursor = match.end()
    pieces.append(folded[cursor:])
    origin.extend(range(cursor, len(folded)))
    origin.append(len(folded))
    return AnalysisText("".join(pieces), origin)


def traditional_share(text: str, sample: int = 20000) -> float:
    """Share of CJK characters in ``text`` that the traditional→simplified map changes."""
    table = _traditional_map()
    chunk = text[:sample]
    cjk = [c for c in chunk if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(1 for c in cjk if ord(c) in table) / len(cjk)
