"""What a figure means: its sentence, subject (what was counted), category and period."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .mentions import RawMention
from .vocab import Vocabulary, alternation

SENTENCE_END = "。！？!?\n"
CLAUSE_BREAK = ",，;；。！？!?:：\n"
SUBJECT_MAX_CHARS = 20
_PUNCT_STOP = re.compile(r"[,，;；。！？!?:：\n()（）…\d]|、(?![\u4e00-\u9fff])")
_POST_STOP = re.compile(r"等|的|和|及|并|以上|左右|其中|共|达|占|被|获|分别|同比|就|成立|建立|先后")
_QUOTED_RUN_END = re.compile(r"(?:“?[^“”,]{1,12}”[、和及]?){2,}$")
_NEXT_COUNT = re.compile(r"\d+(?:\.\d+)?(?:余|多)?[\u4e00-\u9fff]{1,2}?(?=[\u4e00-\u9fff])")
_TRAILING_FILLERS = ["达到", "达", "为", "共", "等", "总计", "合计", "先后", "已", "累计"]
# a predicate of result after the counted noun belongs to the subject: 65名委员获得…荣誉
_RESULT_PREDICATE = re.compile(r"^(?:获得|获|被|荣登|得到|入选)")
_COORDINATION_END = ("、", "和", "及", "与", "以及")
_LEADING_PUNCT = "“”\"'‘’《》()（）[]【】 \t、…-—的"
_TIME_SCOPE = re.compile(r"^(?:近)?(?:\d+|[一二三四五六七八九十两]+)(?:年|个月)(?:来|以来)?")
ACTIVITY_UNITS = {"次", "场次", "场", "人次", "项"}
_RATE = re.compile(r"([\u4e00-\u9fff“”]{0,6}率)(?:达到|达|为|是|超过|提高到|提升至)?$")


class Segmenter:
    """Sentence and clause boundaries of one text, found once and looked up by bisection."""

    def __init__(self, text: str):
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


@lru_cache(maxsize=64)
def _word_run(words: tuple[str, ...], leading: bool, protected: tuple[str, ...]) -> re.Pattern[str]:
    words_regex = alternation(words)
    if not leading:
        return re.compile(f"(?:{words_regex})+$")
    guard = f"(?!{alternation(protected)})" if protected else ""
    return re.compile(f"^(?:{guard}(?:{words_regex}))+")


def _strip_words(phrase: str, words: list[str], leading: bool = True, protected: list[str] = ()) -> str:
    """Drop any run of ``words`` from the start (or the end) of ``phrase``; a word in ``protected``
    (对口, 共青团) is never cut into."""
    return _word_run(tuple(words), leading, tuple(protected)).sub("", phrase, count=1)


@dataclass
class Subject:
    text: str  # what was counted, with what the sentence leaves implicit filled in
    local: str  # only the words around the figure itself (keywords there decide the category)
    inherited: str = ""  # the subject of the figure before, when this one borrows from it
    examples: str = ""  # 谈心谈话、走访慰问等活动: the examples before 等, a weaker category cue


@dataclass
class PreviousMention:
    subject: str
    unit: str


def _post_phrase(text: str, mention: RawMention, vocab: Vocabulary) -> tuple[str, str, str]:
    """(noun phrase after the unit, its head noun, the predicate after it): NUM+UNIT+NOUN, or
    NUM+UNIT+被…刊载."""
    window = text[mention.phrase_end:mention.phrase_end + SUBJECT_MAX_CHARS + 8]
    if window.startswith("、"):
        return "", "", ""  # 274件、社情民意信息420条: what follows is the next figure's
    stacked = _NEXT_COUNT.match(window)  # 3方面10条意见建议: the noun comes after the next count
    if stacked:
        window = window[stacked.end():]
    window = window[:SUBJECT_MAX_CHARS]
    end = _PUNCT_STOP.search(window)
    window = window[: end.start()] if end else window
    stop = _POST_STOP.search(window)
    cut = stop.start() if stop else len(window)
    for word in vocab.subject_stops:
        found = window.find(word)
        if 0 <= found < cut:
            cut = found
    verb = vocab.verb_regex.search(window, 1, cut)  # 4名干部派驻长沙镇: the head noun ends at a verb
    head_end = verb.start() if verb else cut
    return (window[:cut].strip(_LEADING_PUNCT), window[:head_end].strip(_LEADING_PUNCT),
            window[cut:].strip(_LEADING_PUNCT))


def _after_last_verb(pre: str, vocab: Vocabulary) -> str:
    """The clause from its last activity verb on: 围绕…等开展学习交流 → 开展学习交流."""
    best = -1
    for found in vocab.verb_regex.finditer(pre):
        if found.end() < len(pre):
            best = found.start()
    return pre[best:] if best > 0 else pre


def subject_of(text: str, mention: RawMention, begin: int, vocab: Vocabulary,
               previous: "PreviousMention | None" = None) -> "Subject":
    """What was counted, from the clause: VERB+OBJ+NUM+UNIT, NUM+UNIT+NOUN or NOUN率+达+NUM%.

    ``previous`` (the figure before, in the same sentence) fills what Chinese leaves out:
    `形成信息5536篇,…,采用127期` counts 信息 that were 采用.
    """
    raw_pre = text[begin:mention.phrase_start].strip()
    pre = raw_pre.strip(_LEADING_PUNCT)
    if mention.unit == "%":
        rate = _RATE.search(pre)
        if rate:
            return Subject(rate.group(1).strip("“”"), rate.group(1).strip("“”"))
    # 甲、乙等意见建议 → 意见建议: the enumeration is examples, not the subject, unless what
    # follows 等 is too generic to stand alone (巡展、宣讲等各类活动); it never decides the category
    # “敬业有我”“履职有我”3条履职赛道: quoted names listed before a count are examples too
    if _QUOTED_RUN_END.search(raw_pre):
        pre = _QUOTED_RUN_END.sub("", raw_pre).strip(_LEADING_PUNCT)
    after_examples = pre[pre.rfind("等") + 1:] if "等" in pre else pre
    examples = pre[:pre.rfind("等")] if "等" in pre else ""
    if after_examples not in vocab.generic_heads:
        pre = after_examples
    if previous and raw_pre.endswith(_COORDINATION_END):
        pre = ""  # 13次学习会、42次党组会议: what stands between belongs to the figure before
    noun, head_noun, predicate = _post_phrase(text, mention, vocab)

    pre = _TIME_SCOPE.sub("", pre)
    pre = _strip_words(pre, _TRAILING_FILLERS, leading=False)
    core = _strip_words(_after_last_verb(pre, vocab), vocab.subject_fillers, protected=vocab.subject_keep)
    core = _strip_words(core, _TRAILING_FILLERS, leading=False)
    core = core.strip(_LEADING_PUNCT)
    if len(core) > 14:
        core = core[-14:]
    subject = core + noun
    if _RESULT_PREDICATE.match(predicate) and subject:
        subject += predicate[:12]
    local = (_strip_words(after_examples, vocab.subject_fillers, protected=vocab.subject_keep)
             if after_examples != pre else core) + head_noun
    inherited = ""
    head = _strip_words(core, vocab.subject_verbs) + noun  # 提出意见建议 → 意见建议
    if not subject or head in vocab.generic_heads:
        if previous and not subject:
            subject = previous.subject + predicate  # 其中6篇被…刊载: the 6 are of the thing before
            inherited = subject
        elif previous and (head in vocab.bare_verbs or previous.unit in ACTIVITY_UNITS) \
                and not previous.subject.endswith(head):
            subject = previous.subject + head  # 视察27场次,提出意见建议86条 → 视察意见建议
            inherited = subject
    if not subject:
        subject = noun or predicate or pre[-10:]
    if mention.unit == "方面" and not subject.endswith("方面"):
        subject += "方面"  # 3方面10条意见建议: the 3 counts aspects of the suggestions
    subject = subject.replace("《", "").replace("》", "")
    return Subject(subject[:SUBJECT_MAX_CHARS].strip(_LEADING_PUNCT), local, inherited, examples)


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
