"""Sentences and clauses of a text, found once and looked up by bisection."""
from __future__ import annotations

import re
from bisect import bisect_left

SENTENCE_END = "。！？!?\n"
CLAUSE_BREAK = ",，;；。！？!?:：\n"
SENTENCE_MAX_CHARS = 1000  # longer than any sentence of a real report seen (the longest: ~420)
FIGURE_CLEARANCE = 32  # a window never ends closer than this after the figure's start
_SENTENCE_END_SET = frozenset(SENTENCE_END)
assert _SENTENCE_END_SET <= frozenset(CLAUSE_BREAK)
LIST_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAK)}、﹔﹐]")  # after a figure, 、 ends its clause too


def _clause_breaks(text: str) -> list[int]:
    """Where ``text`` holds a clause break (every sentence end is one too), in order: ``str.find`` per
    break character, the positions sorted once. (A regex scan of the class costs the engine a restart
    and a match object per break: over a report, a fifth more instructions than these finds.)"""
    breaks: list[int] = []
    find, add = text.find, breaks.append
    for mark in CLAUSE_BREAK:
        at = find(mark)
        while at >= 0:
            add(at)
            at = find(mark, at + 1)
    breaks.sort()
    return breaks


class Segmenter:
    """Sentence and clause boundaries of one text, found once and looked up by bisection."""

    def __init__(self, text: str):
        self.text = text
        self.length = len(text)
        self.clause_breaks = _clause_breaks(text)
        self.sentence_ends = [at for at in self.clause_breaks if text[at] in _SENTENCE_END_SET]

    def sentence_bounds(self, start: int) -> tuple[int, int]:
        """[begin, end) of the sentence holding ``start`` (end includes its punctuation), at most
        SENTENCE_MAX_CHARS long: a text without sentence punctuation is read in windows around each
        figure, so work and the stored sentences grow with the text, not with its square."""
        index = bisect_left(self.sentence_ends, start)
        begin = self.sentence_ends[index - 1] + 1 if index > 0 else 0
        end = self.sentence_ends[index] + 1 if index < len(self.sentence_ends) else self.length
        if end - begin <= SENTENCE_MAX_CHARS:
            return begin, end
        return self._window(begin, end, start)

    def _window(self, begin: int, end: int, start: int) -> tuple[int, int]:
        """At most SENTENCE_MAX_CHARS of [begin, end) around ``start``, cut after clause marks."""
        half = SENTENCE_MAX_CHARS // 2
        low = max(begin, start - half)
        high = min(end, low + SENTENCE_MAX_CHARS)
        low = max(begin, high - SENTENCE_MAX_CHARS)
        # keep the most words: start after the first clause mark in the window, end after the last
        # one that stands clear of the figure (1,234 holds a comma)
        first = bisect_left(self.clause_breaks, low)
        if first < len(self.clause_breaks) and self.clause_breaks[first] < start:
            low = self.clause_breaks[first] + 1
        last = bisect_left(self.clause_breaks, high) - 1
        if last >= 0 and self.clause_breaks[last] > start + FIGURE_CLEARANCE:
            high = self.clause_breaks[last] + 1
        return low, high

    def clause_start(self, start: int, floor: int) -> int:
        index = bisect_left(self.clause_breaks, start)
        return max(floor, self.clause_breaks[index - 1] + 1 if index > 0 else 0)

    def clause_end(self, start: int) -> int:
        """Where the clause holding ``start`` ends: its next clause break (or the text's end)."""
        index = bisect_left(self.clause_breaks, start)
        return self.clause_breaks[index] if index < len(self.clause_breaks) else self.length

    def clause_rest(self, start: int, ceiling: int) -> str:
        """The words from ``start`` up to the next clause or list break, and never past ``ceiling``."""
        rest = self.text[start:max(start, ceiling)]
        found = LIST_BREAK.search(rest)
        return rest[:found.start()] if found else rest
