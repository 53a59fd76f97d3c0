"""What a figure means: its sentence, subject (what was counted), category and period."""
from __future__ import annotations

import re

from .mentions import RawMention
from .vocab import Vocabulary

SENTENCE_END = "。！？!?\n"
CLAUSE_BREAK = ",，;；。！？!?:：\n"
SUBJECT_MAX_CHARS = 20
_POST_STOP = re.compile(r"[,，;；。！？!?:：、\n()（）]|等|的|和|及|以上|左右|其中|共|达|占|被|获|分别|同比")
_LEADING_PUNCT = "“”\"'‘’《》()（）[]【】 \t、"
_RATE = re.compile(r"([\u4e00-\u9fff“”]{0,6}率)(?:达到|达|为|是|超过|提高到|提升至)?$")


def sentence_bounds(text: str, start: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in SENTENCE_END) + 1
    right_candidates = [p for p in (text.find(c, start) for c in SENTENCE_END) if p >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return left, right


def clause_start(text: str, start: int, floor: int) -> int:
    return max(floor, max(text.rfind(c, 0, start) for c in CLAUSE_BREAK) + 1)


def _strip_words(phrase: str, words: list[str], leading: bool = True) -> str:
    changed = True
    while changed and phrase:
        changed = False
        for word in words:
            if leading and phrase.startswith(word):
                phrase, changed = phrase[len(word):], True
            elif not leading and phrase.endswith(word):
                phrase, changed = phrase[: -len(word)], True
    return phrase


def subject_of(text: str, mention: RawMention, floor: int, vocab: Vocabulary) -> str:
    """What was counted, from the clause: VERB+OBJ+NUM+UNIT, NUM+UNIT+NOUN or NOUN率+达+NUM%."""
    begin = clause_start(text, mention.phrase_start, floor)
    pre = text[begin:mention.phrase_start].strip(_LEADING_PUNCT)
    if mention.unit == "%":
        rate = _RATE.search(pre)
        if rate:
            return rate.group(1).strip("“”")
    post_text = text[mention.phrase_end:mention.phrase_end + SUBJECT_MAX_CHARS]
    stop = _POST_STOP.search(post_text)
    post = post_text[: stop.start()] if stop else post_text
    post = post.strip(_LEADING_PUNCT)

    core = _strip_words(pre, vocab.subject_fillers + vocab.subject_verbs)
    core = _strip_words(core, ["达到", "达", "为", "共", "等", "总计", "合计"], leading=False)
    core = core.strip(_LEADING_PUNCT)
    if len(core) > 14:
        core = core[-14:]
    subject = core + post if core else post
    if not subject:
        subject = pre[-10:]
    return subject[:SUBJECT_MAX_CHARS].strip(_LEADING_PUNCT)


def category_of(subject: str, clause: str, sentence: str, vocab: Vocabulary) -> str:
    for scope in (subject, clause, sentence):
        for keyword, category in vocab.category_keywords:
            if keyword in scope:
                return category
    return "other"


def period_of(text: str, mention: RawMention, clause_begin: int, sentence_begin: int,
              in_plan_section: bool, vocab: Vocabulary) -> str:
    clause = text[clause_begin:mention.phrase_start]
    sentence = text[sentence_begin:mention.phrase_start]
    just_before = text[max(0, mention.phrase_start - 4):mention.phrase_start]
    if mention.unit_kind in {"area", "length"}:
        return "context"
    for cue in vocab.period_cues:
        if cue.scope == "before" and cue.pattern.search(just_before):
            return cue.period
    for cue in vocab.period_cues:
        scope = clause if cue.scope == "clause" else sentence if cue.scope == "sentence" else None
        if scope is not None and cue.pattern.search(scope):
            return cue.period
    if in_plan_section:
        return "target"
    return "actual"
