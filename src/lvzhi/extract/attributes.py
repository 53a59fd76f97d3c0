"""What a figure means beyond its subject: its category and period, and 其中 sub-totals."""
from __future__ import annotations

from .mentions import RawMention
from .subjects import Subject
from .vocab import Vocabulary


def category_of(subject: Subject, clause: str, sentence: str, sentence_before: str, unit: str,
                vocab: Vocabulary) -> str:
    """A sentence rule for the unit (件 in a sentence about 提案 counts proposals), else the category
    of the rightmost keyword in the subject (Chinese phrases are head-final), else of the first
    keyword in the clause, else in the sentence."""
    for keyword, category, units in vocab.sentence_category_rules:
        if unit in units and keyword in sentence:
            return category
    keywords = vocab.keyword_regex
    category_by_keyword = vocab.category_by_keyword
    for phrase in (subject.local, subject.inherited, subject.examples):
        heads = list(keywords.finditer(phrase))
        if heads:
            return category_by_keyword[heads[-1].group()]
    rank = vocab.keyword_rank
    found = {m.group() for m in keywords.finditer(clause)}
    if found:
        return category_by_keyword[min(found, key=rank.__getitem__)]
    nearest = list(keywords.finditer(sentence_before))
    if nearest:
        return category_by_keyword[nearest[-1].group()]
    for scope in (sentence,):
        found = {m.group() for m in keywords.finditer(scope)}
        if found:
            return category_by_keyword[min(found, key=rank.__getitem__)]
    return "other"


def period_of(text: str, mention: RawMention, clause_begin: int, sentence_begin: int,
              in_plan_section: bool, vocab: Vocabulary, term_review: bool = False) -> str:
    """A cue before the figure (全区…: context), else the first clause or sentence cue that holds;
    a target or context cue always wins, and inside a review of a whole term (五年来 …, see
    years.py) every other figure is cumulative; else a plan section makes it a target."""
    clause = text[clause_begin:mention.phrase_start]
    sentence = text[sentence_begin:mention.phrase_start]
    just_before = text[max(0, mention.phrase_start - 4):mention.phrase_start]
    if mention.unit_kind in {"area", "length"}:
        return "context"
    cues = vocab.period_cues_by_scope
    for cue in cues["before"]:
        if cue.pattern.search(just_before):
            return cue.period
    found = None
    whole = None  # the whole sentence, for cues that look past the figure (whole_sentence)
    for cue in vocab.period_cues:  # clause and sentence cues in file order: the first that holds wins
        if cue.scope == "before":
            continue
        if cue.scope == "whole_sentence":
            if whole is None:
                stop = min(len(text), mention.phrase_end + 200)  # the rest of the sentence, bounded
                ends = [i for i in (text.find("。", mention.phrase_end, stop), text.find("\n", mention.phrase_end, stop))
                        if i >= 0]
                whole = text[sentence_begin:min(ends) if ends else stop]
            scope_text = whole
        else:
            scope_text = clause if cue.scope == "clause" else sentence
        if cue.pattern.search(scope_text):
            found = cue.period
            break
    if found in ("target", "context"):
        return found
    if term_review:
        return "cumulative"
    if found:
        return found
    if in_plan_section:
        return "target"
    return "actual"


SUBTOTAL_MARKERS = ("其中",)


def subtotal_parents(text: str, mentions: list[RawMention], sentence_starts: list[int],
                     categories: list[str]) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """({child: parent}, [(child, total) conflicts]) for 其中 sub-totals.

    After 其中, each figure belongs to the nearest figure before the 其中 (same or previous sentence)
    with the same unit and a value at least as large, preferring one of the same category; figures
    after the first one in the same sentence (其中A 5件、B 3件) too. When the sentence states exactly
    one figure of that unit before 其中 and the part exceeds it, the report contradicts itself: a
    conflict, read with high confidence.
    """
    parents: dict[int, int] = {}
    conflicts: list[tuple[int, int]] = []
    boundary: int | None = None  # index of the first figure after the current 其中
    for index, mention in enumerate(mentions):
        if index == 0:
            continue
        s_begin = sentence_starts[index]
        between = text[max(mentions[index - 1].phrase_end, s_begin - 1):mention.phrase_start]
        if any(marker in between for marker in SUBTOTAL_MARKERS):
            boundary = index
        elif boundary is None or sentence_starts[boundary] != s_begin:
            boundary = None
            continue
        same_unit = []
        for candidate in range(boundary - 1, -1, -1):
            if mentions[candidate].phrase_end < s_begin - 200:
                break
            if mentions[candidate].unit == mention.unit:
                same_unit.append(candidate)
        fitting = [c for c in same_unit if mentions[c].value >= mention.value]
        same_kind = [c for c in fitting if categories[c] == categories[index]]
        if fitting:
            parents[index] = (same_kind or fitting)[0]
        in_sentence = [c for c in same_unit if sentence_starts[c] == s_begin]
        if len(in_sentence) == 1 and mentions[in_sentence[0]].value < mention.value \
                and mention.approx == "exact" and mentions[in_sentence[0]].approx == "exact":
            conflicts.append((index, in_sentence[0]))
    return parents, conflicts
