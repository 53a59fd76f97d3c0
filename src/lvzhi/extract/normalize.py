"""Length-preserving normalization: a copy of the text for analysis whose indices equal the original's.

Full-width ASCII folds to half-width and traditional characters map to simplified ones character by
character, so an offset found in the analysis copy is an offset into the text as decoded.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_FULLWIDTH_OFFSET = 0xFEE0


@lru_cache(maxsize=1)
def _translation_table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp - _FULLWIDTH_OFFSET) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "  # ideographic space
    table.update(_traditional_to_simplified())
    return table


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


def analysis_text(text: str) -> str:
    """Return a same-length copy of ``text`` in half-width, simplified script."""
    normalized = text.translate(_translation_table())
    assert len(normalized) == len(text)
    return normalized


def traditional_share(text: str, sample: int = 20000) -> float:
    """Share of CJK characters in ``text`` that the traditional→simplified map changes."""
    table = _traditional_to_simplified()
    chunk = text[:sample]
    cjk = [c for c in chunk if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(1 for c in cjk if ord(c) in table) / len(cjk)
