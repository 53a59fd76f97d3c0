"""Word boundaries inside a short Chinese phrase, from jieba's dictionary (a pinned dependency).

A subject cut to a length must not start inside a word: the last fourteen characters of
承办人大代表建议和政协委员提案 start at 办, and of 积极反映社情民意 at 极. Chinese writes no spaces,
so only a dictionary knows where 承办 ends; the tokenizer is built once per process, on first use
(most phrases are never cut and never pay for it).
"""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    logging.getLogger("jieba").setLevel(logging.WARNING)  # (it announces building its prefix dict)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@lru_cache(maxsize=4096)
def word_starts(phrase: str) -> tuple[int, ...]:
    """The offsets where the words of ``phrase`` start, and its length (dictionary words only, no
    guessing of unknown ones: a name it does not know falls apart into characters, which cuts anywhere)."""
    starts, at = [], 0
    for word in _tokenizer().cut(phrase, HMM=False):
        starts.append(at)
        at += len(word)
    starts.append(at)
    return tuple(starts)


def word_around(phrase: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the word that ``at`` falls strictly inside, or None when ``at`` is a boundary."""
    if at <= 0 or at >= len(phrase):
        return None
    starts = word_starts(phrase)
    for start, end in zip(starts, starts[1:]):
        if start < at < end:
            return start, end
    return None
