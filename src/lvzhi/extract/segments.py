"""Sentences and clauses of a text, found once and looked up by bisection."""
from __future__ import annotations

import re
from bisect import bisect_left

SENTENCE_END = "。！？!?\n"
CLAUSE_BREAK = ",，;；。！？!?:：\n"
LIST_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAK)}、﹔﹐]")  # after a figure, 、 ends its clause too


class Segmenter:
    """Sentence and clause boundaries of one text, found once and looked up by bisection."""

    def __init__(self, text: str):
        self.text = text
        self.length = len(text)
        self.sentence_ends = [m.start() for m in re.finditer(f"[{re.escape(SENTENCE_END)}]", text)]
        self.clause_breaks = [m.start() for m in re.finditer(f"[{re.escape(CLAUSE_BREAK)}]", text)]

    def sentence_bounds(self, start: int) -> tuple[int, int]:
        """[begin, end) of the sentence holding ``start`` (end includes its punctuation)."""
        index = bisect_left(self.sentence_ends, start)
        begin = self.sentence_ends[index - 1] + 1 if index > 0 else 0
        end = self.sentence_ends[index] + 1 if index < len(self.sentence_ends) else self.length
        return begin, end

    def clause_start(self, start: int, floor: int) -> int:
        index = bisect_left(self.clause_breaks, start)
        return max(floor, self.clause_breaks[index - 1] + 1 if index > 0 else 0)

    def clause_rest(self, start: int, ceiling: int) -> str:
        """The words from ``start`` up to the next clause or list break, and never past ``ceiling``."""
        rest = self.text[start:max(start, ceiling)]
        found = LIST_BREAK.search(rest)
        return rest[:found.start()] if found else rest
