"""Find quantity mentions: a numeral with its qualifier, multiplier and unit, minus the look-alikes.

Works on the length-preserving analysis copy (see normalize.py), so every index is also an index
into the original text.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from decimal import Decimal
from dataclasses import dataclass
from functools import lru_cache

from .segments import CLAUSE_BREAK, SENTENCE_END
from .numerals import (ARABIC_PATTERN, CHINESE_PATTERN, OVER_CHARS, VAGUE_CHARS, has_neighbouring_digits,
                       parse_arabic, parse_chinese)
from .vocab import (QUALIFIER_VERB_REACH, Vocabulary, line_spans, might_match, optional_as_branch, screen_class,
                    skipping_finditer)

RANGE_JOINERS = r"至|到|~|-|—|–|～"
QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "‘": "’", "《": "》", "『": "』"}
SLOGAN_MAX_CHARS = 14  # a quoted span this short around a number is a name or slogan
_QUOTE_OPENERS = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
# 约占46%, 约占提案总数的33.4%: a qualifier linked to the number by a verb (and the whole it is a share of)
_LINKED_QUALIFIER = re.compile(r"(?P<qualifier>大约|约|近|将近|超过)(?:占|为|是)(?:[^\d,，。;；、:：\s]{1,10}的)?$")
_LINKED_QUALIFIER_REACH = 16  # characters before a number the linked qualifier may start


class Spans:
    """Non-overlapping [start, end) spans in text order, for fast overlap tests."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, end - 1) - 1  # the last span starting before ``end``
        return index >= 0 and self.ends[index] > start


@dataclass
class RawMention:
    char_start: int  # numeral only, as the contract defines the span
    char_end: int
    phrase_start: int  # qualifier + numeral + multiplier + unit
    phrase_end: int
    numeral: str
    numeral_kind: str  # arabic | chinese
    value: float
    unit: str
    unit_kind: str
    approx: str
    is_range: bool
    duty: str = ""  # an item of an “N个一” campaign's list: the subject naming the duty (“五个一”活动要求提提案)
    campaign: str = ""  # that campaign's name with its words up to its clause's end (“六个一”精准帮扶活动)


_GAP = r"(?:[ \t]{0,3}(?:\n[ \t]*)?)"  # what may part a number from its 余/万/unit
_WRAPPED_LINE_MIN = 10  # non-space characters before a number on its line: a wrapped line, not a heading
_PDF_INDENT_MAX = 60  # spaces a PDF copy may put before the first word of a wrapped line
MULTIPLIER_ONLY_KINDS = frozenset({"text"})  # 45万字 counts text; 24字 alone names a slogan (八字方针)
_CHINESE_DIGITS = "零〇一二两三四五六七八九十"
_NUMBER_START_CHARS = _CHINESE_DIGITS + "百千万数几廿卅"  # where a number (or 百分之) can start, besides \d
_NUMBER_START = f"[\\d{_NUMBER_START_CHARS}]"
_number_starts = re.compile(screen_class([r"\d", *_NUMBER_START_CHARS]))  # (its scan: \d as a table)


@lru_cache(maxsize=4)
def _candidate_regex(unit_pattern: str) -> re.Pattern[str]:
    number = rf"(?:{ARABIC_PATTERN})|(?:{CHINESE_PATTERN})"
    # (its optional groups as branches: tried at every figure, a repeat each cost most of its time)
    return re.compile(optional_as_branch(
        f"(?={_NUMBER_START})"
        rf"(?:(?P<pct>百分之)|(?P<den>[二三四五六七八九十]+)分之)?(?P<num>{number})"
        # 10几个城市: an Arabic tens with 几 after it is an estimate (as 十几), the span on its digits
        r"(?:(?<=\d)(?P<vague>几))?"
        rf"(?:\s*(?P<joiner>{RANGE_JOINERS})\s*(?P<num2>{number}))?"
        # web copies put a stray space between a number and its unit (298 件, 98.7 %); PDF copies
        # spaces and a line break (60 余篇, 43000⏎    册)
        rf"(?:{_GAP}(?P<after1>余|多|来))?(?:{_GAP}(?P<mult>万|亿){_compound_rest(unit_pattern)})?"
        rf"(?P<after2>余|多)?(?P<big>大)?"
        rf"(?:{_GAP}(?P<unit>{unit_pattern}))?(?P<after3>以上|左右|上下)?"
    ))


def _compound_rest(unit_pattern: str) -> str:
    """The lower part of a number written across its multipliers (1亿2000万元, 3119万1000元): the
    digits below 亿 before 万, or the last three or four after 万 when a unit follows (3万1名 is
    two numbers)."""
    return (r"(?:(?<=亿)(?P<rest_wan>\d{1,4})万"
            rf"|(?<=万)(?P<rest>\d{{3,4}})(?=[ \t]*(?:{unit_pattern})))?")


def _compound_part(match: re.Match[str]) -> tuple[int, int]:
    """(value, end) of the lower part of a compound number (2000万 in 1亿2000万元), else (0, 0)."""
    if match.group("rest_wan"):
        return int(match.group("rest_wan")) * 10_000, match.end("rest_wan")
    if match.group("rest"):
        return int(match.group("rest")), match.end("rest")
    return 0, 0


def _is_chinese(token: str) -> bool:
    return not token[0].isdigit()


def _value(token: str) -> Decimal | float | None:
    return parse_chinese(token) if _is_chinese(token) else parse_arabic(token)


def _inside_short_quote(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside a short quoted or titled span (a name or a slogan)."""
    window_start = max(0, start - SLOGAN_MAX_CHARS)
    left = text[window_start:start]
    if _QUOTE_OPENERS.search(left) is None:
        return False  # most figures have no quote mark before them: one scan, not one per pair
    for opener, closer in QUOTE_PAIRS.items():
        pos = left.rfind(opener)
        if pos < 0 or (opener == closer and left.count(opener) % 2 == 0):
            continue
        if closer in left[pos + 1:]:
            continue
        close = text.find(closer, end, end + SLOGAN_MAX_CHARS)
        if close >= 0 and (close - (window_start + pos)) <= SLOGAN_MAX_CHARS + 2:
            return True
    return False


def _excluded(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    before = text[max(0, start - 8):start]
    after = text[end:end + 8]
    one_sided = vocab.one_sided_exclusions
    if one_sided.before and one_sided.before.search(before) or one_sided.after and one_sided.after.search(after):
        return True
    screen = vocab.two_sided_after_screen  # (one search rules out every rule for most figures)
    if screen is not None and screen.search(after) is None:
        return False
    for rule in vocab.two_sided_exclusions:
        if rule.before and not rule.before.search(before):
            continue
        if rule.after and not rule.after.search(after):
            continue
        return True
    return False


def _qualifier_before(text: str, start: int, vocab: Vocabulary) -> tuple[str, int]:
    """(approx, start of the qualifier) for a qualifier right before the numeral (spaces allowed)."""
    probe = start
    while probe > 0 and text[probe - 1] == " ":
        probe -= 1
    found = vocab.qualifier_before_regex.search(text, max(0, probe - 8), probe)
    if found:
        return vocab.qualifiers_before[found.group()], found.start()
    return "", start


def _qualifier_over_verb(text: str, phrase_start: int, vocab: Vocabulary) -> str:
    """The approx of a qualifier that reaches over a short verb to the number (至少参加2次), else ""."""
    window_start = max(0, phrase_start - QUALIFIER_VERB_REACH - 2)
    found = vocab.qualifier_over_verb_regex.search(text, window_start, phrase_start)
    return vocab.qualifiers_before_verb[found.group("qualifier")] if found else ""


def find_mentions(text: str, vocab: Vocabulary) -> list[RawMention]:
    """All quantity mentions in ``text`` (an analysis copy), in reading order."""
    regex = _candidate_regex(vocab.unit_pattern)
    blocked = Spans([m.span() for m in vocab.fixed_phrase_regex.finditer(text)])
    link_lists = Spans(_link_lists(text, vocab))
    duties = _campaign_items(text, vocab)
    found: list[RawMention] = []
    range_end = 0  # the second half of a range whose unit is written twice (1%-2%) is no mention
    for match in _candidates(regex, text):
        if match.start() < range_end or link_lists.starts and link_lists.overlaps(match.start(), match.start() + 1):
            continue
        mention = _judge(text, match, vocab, blocked, duties)
        if mention is not None:
            range_end = _second_half_of_range(text, mention)
            if range_end:
                mention.approx, mention.is_range = "about", True
            found.append(mention)
    return found


_RANGE_TAIL = re.compile(rf"[ \t]*(?:{RANGE_JOINERS})[ \t]*(?:{ARABIC_PATTERN})[ \t]*(?P<mult>万|亿)?[ \t]*")


def _second_half_of_range(text: str, mention: RawMention) -> int:
    """End of ``-2%`` after ``1%`` (a range written with its unit twice), else 0."""
    if not mention.unit or mention.is_range or mention.numeral_kind != "arabic":
        return 0
    tail = _RANGE_TAIL.match(text, mention.phrase_end)
    if tail and text.startswith(mention.unit, tail.end()):
        return tail.end() + len(mention.unit)
    return 0


_LINK_LINE_MAX = 40  # non-space characters of a headline in a list of links
_LINK_LIST_ENDS = re.compile("[。，,；;]")  # the analysis copy folds full-width marks


def _link_lists(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Lists of links to other pages under a heading (相关新闻⏎- ·…1218万人次): the short lines
    without a full stop that follow the heading line, up to the first line of prose."""
    spans: list[tuple[int, int]] = []
    if not might_match(vocab.link_list_heading_regex, text):
        return spans  # (a web page's link list: most texts have none)
    for heading_start, heading_end in line_spans(vocab.link_list_heading_regex, text):
        if spans and heading_start < spans[-1][1]:
            continue  # a second heading inside the same list
        end = heading_end
        while end < len(text):
            line_end = text.find("\n", end + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[end:line_end]
            if _LINK_LIST_ENDS.search(line) or len("".join(line.split())) > _LINK_LINE_MAX:
                break  # prose: a full stop, or clauses joined by a comma (a headline has none)
            end = line_end
        spans.append((heading_start, end))
    return spans


def _candidates(regex: re.Pattern[str], text: str):
    """``regex.finditer(text)``, tried only where a number can start (the candidate pattern opens with
    a look-ahead, which the engine would try at every position)."""
    return skipping_finditer(regex, text, screen=_number_starts)


def _judge(text: str, match: re.Match[str], vocab: Vocabulary,
           blocked: "Spans", duties: dict[int, tuple[str, str]] | None = None) -> RawMention | None:
    # the groups read in one call (a candidate is judged by most of them; most candidates fail early)
    numeral, unit, pct, den, joiner, mult, big = match.group("num", "unit", "pct", "den", "joiner", "mult", "big")
    chinese = _is_chinese(numeral)
    # 三分之一: a share written as a fraction, in percent like 百分之五
    percent_word = bool(pct or den)
    if percent_word:
        unit = "%"
    elif not unit:
        if joiner:
            return None  # 2025-02-15 and the like: a range needs a unit
        if not mult and not (big and not chinese):
            return None  # a bare number is no measurement (list markers, codes, dates)
        if chinese and big:
            return None  # 二十大, 四大: names, not counts
        unit = ""
    start, end = match.span("num")
    if not _gaps_allowed(text, match):
        return None
    # an “N个一” campaign's item counts its duty, quoted or not, whatever 一批 elsewhere is (a vague batch)
    duty, campaign = duties.get(start, ("", "")) if duties else ("", "")
    if not duty and blocked.overlaps(start, match.end()):
        return None
    if not duty and _inside_short_quote(text, start, end):
        return None
    if _excluded(text, start, end, vocab):
        return None
    unit_info = vocab.units.get(unit)
    if unit_info and unit_info.kind in MULTIPLIER_ONLY_KINDS and not (
            mult or (chinese and ("万" in numeral or "亿" in numeral))):
        return None
    if unit_info and unit_info.needs_cue_before is not None:
        if not unit_info.needs_cue_before.search(text[max(0, start - 6):start]):
            return None  # 2024年, 5年来, 10个月内: years and time scopes
    # 百分之五 is a percentage and 一至两个 a range of counts, whatever precedes them; 九成以上 a share
    share_with_qualifier = bool(unit_info and unit_info.kind == "percent" and match.group("after3"))
    if chinese and not percent_word and not joiner and not share_with_qualifier and not duty \
            and not _chinese_numeral_is_count(text, start, numeral, vocab, unit):
        return None
    value = _value(numeral)
    # (no more characters than a double holds: no more digits either, and no need to count them)
    if value is None or (not chinese and len(numeral) > MAX_SIGNIFICANT_DIGITS
                         and significant_digits(numeral) > MAX_SIGNIFICANT_DIGITS):
        return None  # more digits than a double holds exactly: a code or noise, not a figure
    # a Chinese numeral carries its own 万/亿 (三万); only a separate multiplier group scales here
    multiplier = {"万": 10_000, "亿": 100_000_000}.get((mult or "").strip(), 1)
    # decimal arithmetic: 1.13万 is 11300 exactly; a value beyond a double (500 digits) is no count
    value = float(Decimal(value) * multiplier if isinstance(value, Decimal) else value * multiplier)
    lower, lower_end = _compound_part(match)
    if lower_end:  # 3119万1000元: the span takes the whole number as written, short of its last 万
        value, end, numeral = value + lower, lower_end, text[start:lower_end]
    if not math.isfinite(value):
        return None
    if den:
        value = round(value / (parse_chinese(den) or 1) * 100, 2)
    negative = not chinese and _minus_before(text, start)
    if negative:
        value = -value  # -5%, 减少-3件; 下降5% stays 5: its direction is in the words

    approx, phrase_start = _qualifier_before(text, match.start(), vocab)
    if not approx and chinese and numeral[0] in "百千万" and text[start - 1:start] in vocab.qualifiers_before_power:
        approx, phrase_start = vocab.qualifiers_before_power[text[start - 1]], start - 1
    if not approx:
        phrase_start = match.start() - (1 if negative else 0)
        for group in ("after1", "after2", "after3"):
            word = match.group(group)
            if word:
                approx = vocab.qualifiers_after.get(word, "")
                break
    if not approx:  # 约占46%, 约为30%: a qualifier linked to the number by a verb
        linked = _LINKED_QUALIFIER.search(text, max(0, phrase_start - _LINKED_QUALIFIER_REACH), phrase_start)
        if linked:
            approx = vocab.qualifiers_before.get(linked.group("qualifier"), "")
    if not approx:  # 至少组织一次, 至少已经有12位: a qualifier before the verb of the count
        approx = _qualifier_over_verb(text, phrase_start, vocab)
    if chinese and not approx:
        if VAGUE_CHARS & set(numeral) or has_neighbouring_digits(numeral):
            approx = "about"
        elif OVER_CHARS & set(numeral):
            approx = "over"
    if joiner or (not approx and match.group("vague")):
        approx = "about"
    # a Chinese numeral absorbs a trailing 余/多 (and a multiplier after it: 两千余万); keep the
    # span on the digits proper
    if chinese:
        proper = numeral.rstrip("万亿")
        if len(proper) > 1 and proper[-1] in OVER_CHARS:
            end -= len(numeral) - len(proper) + 1
            numeral = proper[:-1]
    if den:  # the span takes the whole fraction
        start, numeral = match.start("den"), text[match.start("den"):end]
    phrase_end = match.end()
    if unit and text.startswith("(次)", phrase_end) and unit + "次" in vocab.units:
        unit, phrase_end = unit + "次", phrase_end + 3  # 27人(次): 人次 written with a bracket
        unit_info = vocab.units[unit]
    if unit_info and unit_info.kind == "duration" and _HALF_AFTER.match(text, phrase_end):
        # 会期4天半, 历时2年半: a half past the unit; in a range (会期3-4天半) the half is the upper end's,
        # and a range's value is its first number: the phrase takes the half, the value stays
        value, phrase_end = value + (0 if joiner else 0.5), phrase_end + 1
    return RawMention(
        char_start=start, char_end=end, phrase_start=phrase_start, phrase_end=phrase_end,
        numeral=numeral, numeral_kind="chinese" if chinese else "arabic", value=value,
        unit=unit, unit_kind=unit_info.kind if unit_info else "none", approx=approx or "exact",
        is_range=bool(joiner), duty=duty, campaign=campaign,
    )


MAX_SIGNIFICANT_DIGITS = 15  # what a double holds exactly
# 4天半 is four and a half days; 半数 after a figure is a word of its own, and so is a half of a time
# unit (历时10天半个月, 用时两天半天, 坚持3年半月一次: a second duration, not a half; 5年半年均 keeps it)
_HALF_AFTER = re.compile("半(?!数|个|天|月|小时|年(?!均))")
MINUS_SIGNS = "-−"  # the analysis copy has folded the full-width －
_DIGIT_JUST_BEFORE = re.compile(r"\d\D{0,2}$")


def significant_digits(numeral: str) -> int:
    """Digits of an Arabic numeral without separators and leading zeros (0.05 → 1, 1,234 → 4)."""
    return len("".join(ch for ch in numeral if ch.isdigit()).lstrip("0"))


def _gaps_allowed(text: str, match: re.Match[str]) -> bool:
    """A line break inside the quantity phrase joins a PDF copy's wrapped line, never a heading or
    a short line (a date or page number above the next paragraph)."""
    if "\n" not in match.group() or "\n" not in text[max(match.end("num"), match.end("num2")):match.end()]:
        return True  # (most phrases hold no break at all: one test of the whole match first)
    line_start = text.rfind("\n", 0, match.start()) + 1
    line = text[line_start:match.start()]
    return len(line) - line.count(" ") - line.count("\t") >= _WRAPPED_LINE_MIN


def _minus_before(text: str, start: int) -> bool:
    """A minus sign right before the digits, not a dash after a number (3-5次, 27日-29日)."""
    if start == 0 or text[start - 1] not in MINUS_SIGNS:
        return False
    return not _DIGIT_JUST_BEFORE.search(text[max(0, start - 4):start - 1])


def _text_before(text: str, start: int, size: int) -> str:
    """The ``size`` characters before ``start`` without spaces and line breaks: a PDF copy wraps a
    line between a cue and its numeral (共⏎    八册)."""
    return "".join(text[max(0, start - size - _PDF_INDENT_MAX):start].split())[-size:]


_SMALL_DIGITS = frozenset("三四五六七八九")  # 一 is mostly an article, 二 a name (二次会议), 两 has its rule


def _counts_people(text: str, start: int) -> bool:
    """A digit before 名/位 counts people, except in a ranking (前三名) or a slogan (三位一体)."""
    return text[start - 1:start] != "前" and not text.startswith(("一体", "数"), start + 2)


def _chinese_numeral_is_count(text: str, start: int, numeral: str, vocab: Vocabulary, unit: str = "") -> bool:
    """Chinese numerals are mostly names (四个意识, 五届四次); accept the clear counts only."""
    if len(numeral) >= 2 and numeral not in {"一一"}:
        return True
    if numeral == "两" and unit in vocab.units_counting_with_two:
        return True  # 两次大会发言, 两名委员: 两 counts; a name takes 二 or 个 (二次会议, 两个维护)
    if numeral in _SMALL_DIGITS and unit in vocab.person_units and _counts_people(text, start):
        return True  # 九位台胞代表, 五名委员: people counted
    before = _text_before(text, start, 4)
    if numeral in "百千万" and before[-1:] in vocab.qualifiers_before_power:
        return True  # 上百, 上千: the regex takes a bare power word only after a qualifier
    if before.endswith(tuple(vocab.chinese_numeral_cues)):
        return True
    if unit and _qualifier_over_verb(text, start, vocab):
        return True  # 至少帮扶一个学生: a bound on what is done counts it
    # (not 二: before a unit that counts with 两 it names a session or an ordinal, 二次会议, even in a list)
    if numeral != "二" and unit in vocab.units_counting_with_two and _parallel_count_before(
            text, start, vocab.units_counting_with_two):
        return True  # 一场大会发言、三次分组讨论: an item of a list of counts of events
    return numeral != "一" and before.endswith(tuple(vocab.chinese_numeral_plural_cues))


_PARALLEL_REACH = 24  # a list item before the numeral: its own count, a few words and 、


@lru_cache(maxsize=4)
def _parallel_item_regex(units: frozenset[str]) -> re.Pattern[str]:
    """The list item just before a 、 or comma: a Chinese count with a unit that counts with 两 (场,
    次, 名), then the thing counted; not an ordinal or a session number (第一次、届一次会议)."""
    alternatives = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    return re.compile(rf"(?<![第届\d{_CHINESE_DIGITS}百千])[一两三四五六七八九十][一二两三四五六七八九十]{{0,2}}(?:{alternatives})"
                      rf"[^、，,。；;：:！？\s\d{_CHINESE_DIGITS}]{{1,15}}[、，,]$")


def _parallel_count_before(text: str, start: int, units: frozenset[str]) -> bool:
    """The numeral opens a list item after one that opens with a count of the same kind
    (安排了一场大会发言、三次分组讨论; 两次大会发言,一次联组讨论): parallel items count alike."""
    return text[start - 1:start] in "、，," and bool(
        _parallel_item_regex(units).search(text, max(0, start - _PARALLEL_REACH), start))


# An “N个一” campaign (“五个一”活动) names N duties each worded with 一 and a unit (提一件提案,反映一条社情民意…).
# Its list is the sentence or clause the list words open right after the one naming it (…开展“五个一”活动。即:…),
# or the naming sentence's words before it when the name follows 的 (…为民办一件实事好事的“五个一”活动).
_CAMPAIGN_NAME = re.compile(r"[“\"「](?P<n>[两二三四五六七八九十])[个個]一[”\"」]")
_CAMPAIGN_TAIL_MAX = 16  # words after the name before the punctuation that ends its clause (精准帮扶活动的开展)
_CAMPAIGN_LIST_MAX = 240  # characters a list of duties runs to at most
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_END)}]")
_ITEM_SEPARATORS = "、,，;；:：\n"


@lru_cache(maxsize=4)
def _campaign_regexes(openers: tuple[str, ...], unit_pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the list words after the name's clause, an item: 一 and a unit, not inside a longer number or an ordinal)."""
    opener = "|".join(sorted(map(re.escape, openers), key=len, reverse=True)) or "(?!)"
    after_name = re.compile(rf"[^。,，;；:：!?！？\n“”\"]{{0,{_CAMPAIGN_TAIL_MAX}}}[。,，;；:：][ \t]*(?:{opener})(?!说)[:：,，]?")
    item = re.compile(rf"(?<![第每\d{_CHINESE_DIGITS}百千万几])一(?:{unit_pattern})")
    return after_name, item


def _campaign_items(text: str, vocab: Vocabulary) -> dict[int, tuple[str, str]]:
    """Start of each 一 that is an item of a campaign's list → (the subject naming its duty, the campaign's
    name with its words). A list counts only when it holds exactly the N items its name promises, and
    only when the name's head is no thing built (campaign_heads.csv: a “三个一”工程's 建设一个平台 is a part
    set up, not a member's duty); an item's words written again elsewhere (a headline: “在贫困户家中吃好
    一顿饭”) are the same duty."""
    if text.find("个一") < 0:
        return {}  # (a str.find: most texts name no such campaign)
    after_name, item = _campaign_regexes(vocab.campaign_list_openers, vocab.unit_pattern)
    duties: dict[int, tuple[str, str]] = {}
    for name in _CAMPAIGN_NAME.finditer(text):
        words = _campaign_words(text, name.start(), name.end())
        if _campaign_head(words, vocab) == "built":
            continue
        opened = after_name.match(text, name.end())
        if opened:
            begin = opened.end()
            stop = _SENTENCE_END.search(text, begin, begin + _CAMPAIGN_LIST_MAX)
            if stop is None:
                continue
            end = stop.start()
        elif text[name.start() - 1:name.start()] == "的":
            end = name.start() - 1
            begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, end - _CAMPAIGN_LIST_MAX), end)),
                        default=max(0, end - _CAMPAIGN_LIST_MAX))
        else:
            continue
        items = [m.span() for m in item.finditer(text, begin, end)]
        if len(items) != parse_chinese(name.group("n")):
            continue
        label = f"“{name.group()[1:-1]}”{'活动' if text.startswith('活动', name.end()) else ''}要求"
        for index, (one, unit_end) in enumerate(items):
            duty = _duty_words(text, items, index, begin, end).removeprefix("要求")  # (the label says it)
            duties[one] = label + duty, words
            key = _repeat_key(text, one, unit_end)
            if key:
                at = text.find(key[0])
                while at >= 0:
                    if not _REPEAT_COUNTED.search(text, at + len(key[0]), _clause_end(text, at + len(key[0]))):
                        duties.setdefault(at + key[1], (label + duty, words))
                    at = text.find(key[0], at + 1)
    return duties


_CAMPAIGN_WORDS_END = re.compile("[。,，;；:：!?！？\n]")


def _campaign_words(text: str, start: int, end: int) -> str:
    """The campaign's name (text[start:end]) with the words after it up to its clause's end, at most
    _CAMPAIGN_TAIL_MAX of them (“六个一”精准帮扶活动, “三个一”工程)."""
    stop = _CAMPAIGN_WORDS_END.search(text, end, end + _CAMPAIGN_TAIL_MAX)
    return text[start:stop.start() if stop else min(len(text), end + _CAMPAIGN_TAIL_MAX)]


def _campaign_head(words: str, vocab: Vocabulary) -> str:
    """The kind of the first head word (campaign_heads.csv) in a campaign's words: duties, built or ""."""
    found = [(words.find(head), kind) for head, kind in vocab.campaign_heads.items() if head in words]
    return min(found)[1] if found else ""


_DUTY_BEFORE_MAX = 10  # words of a duty kept before its 一 (the list's preamble aside: 开展每个委员年内撰写)


def _duty_words(text: str, items: list[tuple[int, int]], index: int, begin: int, end: int) -> str:
    """The words of one item, less its 一 and unit: from its clause's start (or the 和 after the item
    before it in the same clause) to its clause's end (or the last 和 before the next item)."""
    one, unit_end = items[index]
    left = max(begin, max((text.rfind(sep, begin, one) + 1 for sep in _ITEM_SEPARATORS), default=begin))
    if index and items[index - 1][0] >= left:
        previous_end = items[index - 1][1]
        joiner = text.rfind("和", previous_end, one)
        left = joiner + 1 if joiner >= 0 else previous_end
    right = min([end] + [at for at in (text.find(sep, unit_end, end) for sep in _ITEM_SEPARATORS) if at >= 0])
    if index + 1 < len(items) and items[index + 1][0] < right:
        following = items[index + 1][0]
        joiner = text.rfind("和", unit_end, following)
        right = joiner if joiner >= 0 else following
    return (text[left:one][-_DUTY_BEFORE_MAX:] + text[unit_end:right]).strip()


# a repeat followed in its clause by a figure is what that figure counts (联系一个村的委员达80名, 提出一条
# 建议的有50人: the members who did it), not the duty again
_REPEAT_COUNTED = re.compile(r"\d")
_CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")


def _clause_end(text: str, at: int) -> int:
    stop = _CLAUSE_END.search(text, at)
    return stop.start() if stop else len(text)


_REPEAT_BEFORE = 2  # characters of an item's verb a repeat must write too (吃好一顿饭)
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _repeat_key(text: str, one: int, unit_end: int) -> tuple[str, int] | None:
    """(the item as a repeat writes it, its 一's offset in it): two characters before the 一, one after
    its unit, all words; else None."""
    start = one - _REPEAT_BEFORE
    key = text[start:unit_end + 1]
    if start < 0 or len(key) != unit_end + 1 - start or not all(_WORD_CHAR.match(ch) for ch in key):
        return None
    return key, _REPEAT_BEFORE
