"""Vocabularies as data: every word list the extractor uses lives in a CSV under seeds/reference/.

A domain expert extends the extractor by editing those files; this module only reads them.
"""
from __future__ import annotations

import csv
import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .places import Gazetteer

DEFAULT_REFERENCE_DIR = Path(__file__).resolve().parents[3] / "seeds" / "reference"
QUALIFIER_VERB_REACH = 8  # characters of verb (and adverbs) a qualifier such as 至少 reaches over


def reference_dir() -> Path:
    return Path(os.environ.get("LVZHI_REFERENCE_DIR", DEFAULT_REFERENCE_DIR))


def _kind_regex(rows: list[dict[str, str]], kind: str) -> re.Pattern[str] | None:
    """One regex of the patterns of a file's rows of ``kind`` (None: no such row)."""
    patterns = [r["pattern"] for r in rows if r["kind"] == kind]
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _rows(directory: Path, name: str) -> list[dict[str, str]]:
    path = directory / name
    if not path.exists():
        raise FileNotFoundError(f"vocabulary file missing: {path}")
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if None in row:  # more fields than the header: usually an unquoted comma in a regex
                raise ValueError(f"{path}, line {len(rows) + 2}: too many fields; quote values that hold commas")
            rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


@dataclass(frozen=True)
class Unit:
    text: str
    kind: str
    needs_cue_before: re.Pattern[str] | None


@dataclass(frozen=True)
class Exclusion:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    reason: str


@dataclass(frozen=True)
class PeriodCue:
    pattern: re.Pattern[str]
    period: str
    scope: str  # before | clause | sentence | whole_sentence | after (the rest of the figure's clause)


@dataclass(frozen=True)
class DocTypeCue:
    doc_type: str
    scope: str  # line (any of the first lines) | line3 | first_line | opening (the first lines joined)
    pattern: re.Pattern[str]
    unless_news: bool  # a news mark (记者, 日电 …) in the head overrides it
    # the cue marks an entry of a reference book (gazetteer chapter, yearbook section, chronicle),
    # which reports the latest year it records rather than the year of its first session
    entry: bool = False
    # words one of which every match holds (required_words), None when none are known: a line without
    # them is not tried. Read once here: the lru_cache of required_words hashes the compiled pattern,
    # its whole code, on every call, which per line costs more than the screen saves
    words: tuple[str, ...] | None = field(init=False, default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", required_words(self.pattern))

    def may_match(self, line: str) -> bool:
        """False when ``line`` holds none of ``words``: the cue cannot match there."""
        return self.words is None or any(word in line for word in self.words)


@dataclass(frozen=True)
class CountedHead:
    head: str
    kind: str  # member | sector | facility | class (a class of members, read only standing alone)
    category: str
    units: frozenset[str]


@dataclass
class Vocabulary:
    units: dict[str, Unit]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    exclusions: list[Exclusion]
    fixed_phrases: list[str]
    # (traditional phrase, simplified phrase) a traditional copy writes and OpenCC's phrase lists
    # lack (traditional_spellings.csv): 辦覆 is 办复, though 覆 alone stays 覆 (覆盖)
    traditional_spellings: frozenset[tuple[str, str]]
    category_keywords: list[tuple[str, str]]
    # keyword → the categories it gives way to when a keyword of one of them comes before it in the
    # same phrase (社情民意信息获批示 is public_opinion); "*" gives way to any (专题协商会议)
    keyword_defers_to: dict[str, frozenset[str]]
    sentence_category_rules: list[tuple[str, str, frozenset[str]]]  # keyword, category, units
    period_cues: list[PeriodCue]
    subject_fillers: list[str]
    subject_verbs: list[str]
    content_verbs: list[str]  # verbs that say what was done to a generic head (解决问题), unlike 提出
    output_verbs: list[str]  # verbs of a stage the reader tracks (收到提案, 报送信息): subjects keep them
    subject_keep: list[str]
    subject_stops: list[str]
    # words that hold a stop word but end no noun (首都, 成都, 都江堰): stop_keep rows of subject_fillers.csv
    stop_keep: tuple[str, ...]
    # adverbs that end the noun only where a predicate follows them (42个乡镇都有, 9个专委会也建立):
    # a predicate_opener (有, 是, 在 …) or a subject verb; predicate_adverb rows of subject_fillers.csv
    predicate_stops: tuple[str, ...]
    predicate_openers: tuple[str, ...]
    generic_heads: list[str]
    bare_verbs: list[str]
    topic_heads: list[str]
    dependent_heads: list[str]
    listed_heads: list[str]  # heads whose 等-list names the thing (视察、调研等履职活动), no generic head else
    provinces: list[tuple[str, str]]
    admin_divisions: list[dict[str, str]]  # the gazetteer's rows (places.py reads them)
    chinese_numeral_cues: list[str] = field(default_factory=list)
    # verbs of making after which 一 is an article (建立了一套机制), so only 两 and up count
    chinese_numeral_plural_cues: list[str] = field(default_factory=list)
    # words opening the list of an “N个一” campaign's duties (即:提一件提案,…), see mentions._campaign_items
    campaign_list_openers: tuple[str, ...] = ()
    # the head of an “N个一” campaign's name → duties (活动, 行动: its list names members' duties) or built
    # (工程, 机制, 平台: its list names things set up, no duties), see mentions._campaign_items
    campaign_heads: dict[str, str] = field(default_factory=dict)
    # qualifiers that only go before a bare power word (上百件, 上千人): 会上5名 is no estimate
    qualifiers_before_power: dict[str, str] = field(default_factory=dict)
    # qualifiers that reach over the verb to the number (至少组织一次, 至少已经有12位)
    qualifiers_before_verb: dict[str, str] = field(default_factory=dict)
    activity_types: dict[str, tuple[str, str]] = field(default_factory=dict)  # keyword → (type, form)
    activity_verbs: list[str] = field(default_factory=list)
    mobilising_verbs: list[str] = field(default_factory=list)  # 组织50名委员,对…视察
    dispatch_verbs: tuple[str, ...] = ()  # 4名干部选派到…专班: people posted somewhere are organization
    staff_nouns: tuple[str, ...] = ()  # 信息员, 顾问: what an appointment's object ends in (聘任特邀信息员28名)
    doing_verbs: list[str] = field(default_factory=list)  # 就…进行考察: what is done with a figure
    activity_stop_phrases: list[str] = field(default_factory=list)
    # role (noun, verb, adverb, thing) → words of the bodies that handle documents (handlers.csv)
    handler_words: dict[str, list[str]] = field(default_factory=dict)
    # a handled thing → the category of the bodies counted as its handlers (提案 → proposals)
    handler_thing_categories: dict[str, str] = field(default_factory=dict)
    counted_heads: list[CountedHead] = field(default_factory=list)
    # (body, term) → year of the term's first plenary session; body is 全国 or a province's short name
    session_calendar: dict[tuple[str, int], int] = field(default_factory=dict)
    year_cues: list[tuple[re.Pattern[str], str]] = field(default_factory=list)  # (pattern, kind)
    # a year in which prefecture and county terms begin (their five-year rhythm), from the calendar
    local_rhythm_year: int | None = None
    # the latest year a text may report on when it writes no later date (session_calendar.csv, level
    # reference): undated texts are placed by it, never by the clock, so a result does not change with it
    reference_year: int | None = None
    # (pattern, first year, last year): words current only in some years (新时代, 十三五 …)
    era_cues: list[tuple[re.Pattern[str], int | None, int | None]] = field(default_factory=list)
    # (pattern, year): a one-year campaign or plenum (三严三实 → 2015) whose words run on past its year;
    # a text naming it is most likely from that year (era_cues.csv, peak_year)
    era_peaks: list[tuple[re.Pattern[str], int]] = field(default_factory=list)
    # (what was founded or began, its year): a national anniversary a text celebrates dates it
    # (新中国成立70周年 → 2019); the pattern names the event, the years module reads its count
    anniversary_years: list[tuple[str, int]] = field(default_factory=list)
    doc_type_cues: list[DocTypeCue] = field(default_factory=list)  # first that holds decides
    author_words: list[str] = field(default_factory=list)  # who submits (个人, 联名, 民主党派)
    # the bodies among them (民主党派, 工商联, 界别): proposals of a roll of two or more are collective ones
    body_author_words: list[str] = field(default_factory=list)
    # words that make a figure the worth of a thing (价值5万元的药品): the thing is named around them
    worth_words: list[str] = field(default_factory=list)
    # verbs of giving: money right before 的+thing after them is that thing's worth (赠送了近1万元的农资)
    giving_verbs: list[str] = field(default_factory=list)
    # giving verbs and the verbs of giving money (捐款, 捐资: gift rows), which name what was given
    gift_verbs: tuple[str, ...] = ()
    # titles of donors besides the body_cues name titles (会长, 董事长): title + name before a giving verb is the giver
    giver_titles: tuple[str, ...] = ()
    # what ends a donor's name (罗梓文委员, 省直中医院, 委员工作室): those words before a giving verb are who gave
    giver_heads: tuple[str, ...] = ()
    # words ending where counted people come from (部门, 单位, 领域): such a description before 的 is kept
    affiliation_ends: tuple[str, ...] = ()
    # adverbs besides the predicate adverbs that may stand between a donor and the giving verb (便, 还)
    giver_adverbs: tuple[str, ...] = ()
    # endings of things that are money themselves (慰问金, 善款): their sum is no thing's worth
    money_things: list[str] = field(default_factory=list)
    # what a body does with partners it counts (与45家企业…结对开展活动): the figure names them by it
    partner_verbs: tuple[str, ...] = ()
    # how people did what they are counted by (298名常委按时提交…, 5位委员分别作…): no part of what they did
    predicate_adverbs: list[str] = field(default_factory=list)
    # verbs that open what counted people did without being a subject verb (5位委员分别作大会发言)
    person_verbs: list[str] = field(default_factory=list)
    # verbs that end in a place preposition's character (集中在, 分布在, 存在): after them the count is
    # the verb's object, not a place or party something was done in or to
    preposition_verbs: tuple[str, ...] = ()
    # words that open a predicate like a person verb without naming a deed (5名委员作为代表: a role)
    not_person_verbs: tuple[str, ...] = ()
    # prepositions of place or party before a count (在8个乡镇, 向33个部门, 来自52个县市)
    place_prepositions: list[str] = field(default_factory=list)
    # verbs that open a clause naming only the theme of the next (围绕经济建设,委员提出提案893件)
    theme_verbs: list[str] = field(default_factory=list)
    # list openers that may stand before such a theme clause (其中, 一是)
    theme_clause_openers: list[str] = field(default_factory=list)
    rate_stems: list[str] = field(default_factory=list)  # 满意, 办复: end the name of a rate before a percentage
    surnames: frozenset[str] = frozenset()  # family names: 董广平 is a person, not 广平县
    # (同心同德, 同德), (大同心圆, 大同): phrases that spell a place (its short name) in passing
    place_stock_phrases: tuple[tuple[str, str], ...] = ()
    township_names: frozenset[str] = frozenset()  # 永丰镇, 南新乡: townships that hold a county's short name
    link_list_headings: list[str] = field(default_factory=list)  # 相关新闻: other pages' headlines follow
    # (cue, kind) of a web page's furniture lines (breadcrumb, 来源:/发布时间:, 分享到): page_chrome_cues.csv
    page_chrome_cues: list[tuple[str, str]] = field(default_factory=list)
    units_counting_with_two: frozenset[str] = frozenset()  # 两次, 两名: units after which 两 is a count
    person_units: frozenset[str] = frozenset()  # 九位, 五名: units after which any digit counts people
    # (pattern, scope clause|after|seats|not_after|not_clause|not_sentence): a count of people (or of seats
    # by 个, 名额仍为七个) that is a body's membership (共有委员737名); not_* vetoes it (共有委员60余人参加)
    membership_cues: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    # (pattern, scope noun|clause|not_clause|not_after): a count by 个 of a body's standing parts (共有30个界别,
    # 设…等10个专门委员会): standing_structures.csv
    standing_structures: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    # (seat_stakes.csv) a member's lapse in the figure's clause (缺席) and, in the rest of its sentence,
    # the seat put at stake (劝其辞去): a rule of membership; None when the file has no row of the kind
    seat_lapse_regex: re.Pattern[str] | None = None
    seat_stake_regex: re.Pattern[str] | None = None
    # role → the alternation of its patterns (body_cues.csv): the words around a body's name that say
    # whether it is at work (a member's post after it, a verb of another's act before it, 我县 …)
    body_cues: dict[str, str] = field(default_factory=dict)
    # the democratic parties (democratic_parties.csv): (short name, full name, the names a text writes)
    democratic_parties: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # 30名列席人员, 40名应邀列席的…代表: a stop word (列席) right before a people noun (people_after_stop
    # rows of subject_fillers.csv) or right after an invitation (invited_before_stop) ends no noun
    people_after_stop: tuple[str, ...] = ()
    invited_before_stop: tuple[str, ...] = ()

    def sentence_rules_for(self, unit: str) -> list[tuple[str, str]]:
        """(keyword, category) of the sentence rules that govern figures in ``unit``, in file order
        (sorted out once per unit: every figure asks)."""
        found = self._sentence_rules_by_unit.get(unit)
        if found is None:
            found = self._sentence_rules_by_unit[unit] = [
                (keyword, category) for keyword, category, units in self.sentence_category_rules if unit in units]
        return found

    @cached_property
    def _sentence_rules_by_unit(self) -> dict[str, list[tuple[str, str]]]:
        return {}

    @cached_property
    def year_cue_patterns(self) -> dict[str, str]:
        """The pattern of each year-cue kind (term_review, previous_year_review, session_count …): its
        rows' patterns as one alternation, to be compiled by the caller (year_cue_regex) or written into a
        larger pattern (years.py's term total after a term's number)."""
        return _named_patterns([(pattern.pattern, kind) for pattern, kind in self.year_cues])

    @cached_property
    def year_cue_regex(self) -> dict[str, re.Pattern[str]]:
        """One regex per year-cue kind (term_review, previous_year_review, session_count …)."""
        return {kind: fast_regex(pattern) for kind, pattern in self.year_cue_patterns.items()}

    def era_cues_in(self, text: str) -> list[tuple[re.Pattern[str], int | None, int | None]]:
        """The era cues that occur in ``text``, in file order: one scan for the places where any
        cue can match (each cue's own search would scan the whole text, ~50 scans a document),
        and at each only the cues that can open with the one to three characters there (a hit on
        十 tries the cues of 十八大 or 十四五, not the 37 cues that open with 十)."""
        screen, by_opening, anywhere = self._era_screen
        if screen is None:
            return [cue for cue in self.era_cues if cue[0].search(text)]
        found: set[int] = set()
        at = 0
        while len(found) < len(self.era_cues) and (hit := screen.search(text, at)) is not None:
            start = hit.start()
            for index in (*by_opening.get(text[start], ()), *by_opening.get(text[start:start + 2], ()),
                          *by_opening.get(text[start:start + ERA_PREFIX_LENGTH], ()), *anywhere):
                if index not in found and self.era_cues[index][0].match(text, start):
                    found.add(index)
            at = start + 1  # cues may overlap: every start is tried
        return [cue for index, cue in enumerate(self.era_cues) if index in found]

    @cached_property
    def _era_screen(self) -> tuple[re.Pattern[str] | None, dict[str, list[int]], list[int]]:
        """(a regex that matches wherever any era cue does, and maybe elsewhere, cue indexes by the
        openings they can start with (up to ERA_PREFIX_LENGTH characters; only the first character
        where the later ones are not known one by one), the indexes of cues whose first characters
        are not known one by one)."""
        from re import _parser  # type: ignore[attr-defined]  # private: no stub
        patterns = [pattern.pattern for pattern, _, _ in self.era_cues]
        if not patterns or any(re.search(r"\\[1-9]|\(\?P", p) for p in patterns) \
                or any(pattern.flags & ~re.UNICODE for pattern, _, _ in self.era_cues):
            return None, {}, []  # groups or flags would clash once joined: cue by cue
        # the words the cues open with, as a bare alternation, the engine skips to in C; the cues
        # joined whole open with look-behinds (十六大 unless 二十六大) and make it try every position
        words = [start_words(pattern, length=ERA_PREFIX_LENGTH) for pattern in patterns]
        by_opening: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for index, pattern in enumerate(patterns):
            cue_words = words[index]
            if cue_words and all(len(item) == 1 for word in cue_words for item in word):  # (no \d, no escaped mark)
                openings = {"".join(word) for word in cue_words}
                # (an opening that extends a shorter one of the same cue adds no start: 十八 covers 十八届)
                for opening in openings:
                    if not any(opening[:size] in openings for size in range(1, len(opening))):
                        by_opening.setdefault(opening, []).append(index)
                continue
            try:
                first = _first_chars(list(_parser.parse(pattern)))
            except Exception:  # pragma: no cover - an unusual pattern: tried everywhere
                first = None
            if first is None or any(len(char) != 1 for char in first):  # \d, an escaped mark
                anywhere.append(index)
                continue
            for char in first:
                by_opening.setdefault(char, []).append(index)
        if all(words):
            return words_screen({word for cue_words in words for word in cue_words}), by_opening, anywhere
        try:
            return joined_regex(patterns), by_opening, anywhere
        except re.error:  # pragma: no cover
            return None, {}, []

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer(self.admin_divisions, self.surnames, self.body_cues.get("name_title", ""),
                         self.place_stock_phrases, self.township_names, self.body_cues.get("post_title", ""),
                         # (the row is an alternation of single characters: its Han characters are the set)
                         frozenset(re.findall("[\u4e00-\u9fff]", self.body_cues.get("not_family_name", ""))))

    @cached_property
    def category_by_keyword(self) -> dict[str, str]:
        # first row wins when a keyword is listed twice
        return {k: c for k, c in reversed(self.category_keywords)}

    def head_category(self, heads: list[re.Match[str]]) -> str:
        """The category of a phrase's head keyword: its rightmost (Chinese phrases are head-final),
        unless that one gives way to a keyword before it (vocab ``defers_to``)."""
        by_keyword = self.category_by_keyword
        for index in range(len(heads) - 1, -1, -1):
            defers = self.keyword_defers_to.get(heads[index].group())
            if not defers:
                return by_keyword[heads[index].group()]
            earlier = [by_keyword[h.group()] for h in heads[:index]]
            if not any("*" in defers or category in defers for category in earlier):
                return by_keyword[heads[index].group()]
        return by_keyword[heads[-1].group()]

    @cached_property
    def keyword_rank(self) -> dict[str, int]:
        """File order, generic keywords (defers_to *) last: in a clause they decide only alone."""
        weak = len(self.category_keywords)
        return {k: i + (weak if "*" in self.keyword_defers_to.get(k, ()) else 0)
                for i, (k, _) in reversed(list(enumerate(self.category_keywords)))}

    @cached_property
    def handler_regex(self) -> re.Pattern[str]:
        """Bodies counted with what they do to documents, the noun after a figure: 单位具体承办,
        部门和单位办理市政协提案 (groups: who, verb, rest)."""
        words = self.handler_words
        if not words.get("noun") or not words.get("verb"):
            return re.compile("(?!)")
        return re.compile(f"^(?P<who>[\u4e00-\u9fff]{{0,5}}?(?:{alternation(words['noun'])}))"
                          f"(?:{alternation(words.get('adverb', [])) or '(?!)'})?"
                          f"(?P<verb>{alternation(words['verb'])})(?P<rest>.*)$")

    @cached_property
    def handler_subject_regex(self) -> re.Pattern[str]:
        """A subject naming bodies by what they do to a document (承办提案的部门, 办理提案的部门和单位),
        as the handler reading writes it: verb, thing, 的, the bodies (group: thing)."""
        words = self.handler_words
        if not words.get("noun") or not words.get("verb") or not words.get("thing"):
            return re.compile("(?!)")
        return re.compile(f"^(?:{alternation(words['verb'])})(?P<thing>{alternation(words['thing'])})的"
                          f"[\u4e00-\u9fff、和]{{0,8}}?(?:{alternation(words['noun'])})$")

    @cached_property
    def counted_head_regex(self) -> re.Pattern[str]:
        """A counted head ending a subject, before a trailing 各, 中, 等 or adverb (科技界、卫生界各, 港澳委员就)."""
        heads = (h.head for h in self.counted_heads if h.kind != "class")
        return re.compile(f"(?:{alternation(heads) or '(?!)'})(?=[各中等就也都均]?$)")

    @cached_property
    def member_class_regex(self) -> re.Pattern[str]:
        """A class of members standing alone as all the words before a count (中共党员256名, 妇女184名,
        民盟2名, 中华全国总工会63人, 港澳代表人士32名, 经济界130人): a line of the body's make-up. Class rows
        of counted_heads.csv, the democratic parties' names, or a short bare phrase ending in 人士 or 界."""
        parties = [name for _, full, aliases in self.democratic_parties for name in (full, *aliases)]
        classes = [h.head for h in self.counted_heads if h.kind == "class"] + parties
        return re.compile(f"^\\s*(?:其中[,，:：]?)?\\s*(?:(?:{alternation(classes) or '(?!)'})"
                          f"|[^\\d,，;；。:：、的]{{1,8}}(?:人士|界))$")

    @cached_property
    def dispatch_object_regex(self) -> re.Pattern[str]:
        """A dispatch verb whose object runs to the end of the text before a figure (聘任特邀信息员|28名,
        选派|3名干部): the people counted are the ones posted or appointed. The object is empty or a short
        noun phrase that ends in a post held by people (staff_nouns.csv): 选派干部慰问困难群众|500人 counts
        the people visited, not cadres."""
        return re.compile(f"(?:{alternation(self.dispatch_verbs) or '(?!)'})了?"
                          f"(?:[^\\d,，;；。:：、]{{0,8}}?(?:{alternation(self.staff_nouns) or '(?!)'}))?$")

    @cached_property
    def gift_verb_regex(self) -> re.Pattern[str]:
        """The giving verbs (giving and gift rows): one search tells whether a subject names a gift."""
        return re.compile(alternation(self.gift_verbs) or "(?!)")

    @cached_property
    def giver_regex(self) -> re.Pattern[str]:
        """A title and a name that end the words before a giving verb (委员陈美清, 会长王能)."""
        family = "".join(sorted(name for name in self.surnames if len(name) == 1))
        titles = "|".join(filter(None, (self.body_cues.get("name_title", ""), *self.giver_titles)))
        return re.compile(f"(?:{titles})[{family}][\u4e00-\u9fff]{{1,2}}$")

    @cached_property
    def giver_head_regex(self) -> re.Pattern[str]:
        """A donor's head word (a person or a body: giver_head rows) that ends the words before a giving
        verb, then at most the adverbs that may stand before the verb (委员工作室便捐赠, 罗梓文委员捐赠了):
        the predicate adverbs and the giver_adverb rows (便, 还, 又)."""
        heads = alternation(self.giver_heads) or "(?!)"
        adverbs = alternation([*self.predicate_adverbs, *self.giver_adverbs]) or "(?!)"
        return re.compile(f"(?:{heads})(?:{adverbs})*$")

    @cached_property
    def affiliation_end_regex(self) -> re.Pattern[str]:
        """Where counted people come from, ending a description before 的 (市直有关部门、各县区政协的负责同志,
        医疗卫生、教育领域的专家): affiliation rows."""
        return re.compile(f"(?:{alternation(self.affiliation_ends) or '(?!)'})$")

    @cached_property
    def member_head_regex(self) -> re.Pattern[str]:
        """A member word inside a longer phrase (300多名市政协委员肩负…): the person noun ends there,
        unless it starts a compound (委员会, 委员企业, 委员工作室)."""
        heads = [h.head for h in self.counted_heads if h.kind == "member"]
        return re.compile(f"(?:{alternation(heads) or '(?!)'})(?![会长企工之小活履联界])")

    @cached_property
    def counted_head_by_word(self) -> dict[str, CountedHead]:
        return {h.head: h for h in self.counted_heads}

    @cached_property
    def one_sided_exclusions(self) -> Exclusion:
        """Rules with only a before (or only an after) pattern, merged into one regex each."""
        befores = [r.before.pattern for r in self.exclusions if r.before and not r.after]
        afters = [r.after.pattern for r in self.exclusions if r.after and not r.before]
        # (asked only whether one holds: a presence form the engine skips through in C where it can)
        return Exclusion(presence_regex("|".join(f"(?:{p})" for p in befores)) if befores else None,
                         presence_regex("|".join(f"(?:{p})" for p in afters)) if afters else None, "merged")

    @cached_property
    def two_sided_after_screen(self) -> re.Pattern[str] | None:
        """A regex that finds a match wherever one of the two-sided rules' after patterns does (they
        joined), when every such rule has one: a figure it misses is excluded by none of them."""
        afters = [rule.after.pattern if rule.after else None for rule in self.two_sided_exclusions]
        if not afters or None in afters:
            return None
        return re.compile("|".join(f"(?:{pattern})" for pattern in afters))

    @cached_property
    def keywords_deferring_to_proposals(self) -> tuple[str, ...]:
        return tuple(k for k, defers in self.keyword_defers_to.items() if "proposals" in defers)

    @cached_property
    def keywords_deferring_to_proposals_regex(self) -> re.Pattern[str]:
        """Any of keywords_deferring_to_proposals (a literal alternation: one search per subject)."""
        return re.compile(alternation(self.keywords_deferring_to_proposals) or "(?!)")

    @cached_property
    def two_sided_exclusions(self) -> list[Exclusion]:
        return [r for r in self.exclusions if r.before and r.after]

    @cached_property
    def unit_pattern(self) -> str:
        return alternation(self.units)

    @cached_property
    def keyword_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(k for k, _ in self.category_keywords))

    @cached_property
    def doing_regex(self) -> re.Pattern[str]:
        """A doing verb, then (after at most a few modifier characters, no quote or title) an activity
        keyword: ``keyword`` is the activity done (就…进行了专题考察)."""
        return re.compile(f"(?:{alternation(self.doing_verbs) or '(?!)'})了?[^,，;；。、《》“”]{{0,4}}?"
                          f"(?P<keyword>{self.strong_keyword_regex.pattern})")

    @cached_property
    def strong_keyword_regex(self) -> re.Pattern[str]:
        """Keywords that name an activity by themselves: all but the generic ones (defers_to *)."""
        return re.compile(alternation(k for k, _ in self.category_keywords
                                      if "*" not in self.keyword_defers_to.get(k, ())))

    @cached_property
    def keyword_end_regex(self) -> re.Pattern[str]:
        """A category keyword that ends a phrase (反映社情民意: the phrase names its own thing)."""
        return re.compile(f"(?:{alternation(k for k, _ in self.category_keywords)})$")

    @cached_property
    def verb_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(self.subject_verbs))

    @cached_property
    def qualifier_over_verb_regex(self) -> re.Pattern[str]:
        """A qualifier a few words before the window's end, with no numeral, clause mark or 的 between
        (至少3名委员参加了2次: the 2 is exact; 人数最少的界别有5人: 最少 is a superlative): the words
        between are the verb it reaches over."""
        words = alternation(self.qualifiers_before_verb) or "(?!)"
        gap = "[^\\d零〇一二两三四五六七八九十百千万的,，。;；、:：!?！？()（）\\s]"
        return re.compile(f"(?P<qualifier>{words}){gap}{{1,{QUALIFIER_VERB_REACH}}}$")

    @cached_property
    def qualifier_before_regex(self) -> re.Pattern[str]:
        """A qualifier ending where the search window ends (longest first): 近, 超过, 不到 …"""
        return re.compile(f"(?:{alternation(self.qualifiers_before) or '(?!)'})$")

    @cached_property
    def period_cues_by_scope(self) -> dict[str, list[PeriodCue]]:
        return {scope: [cue for cue in self.period_cues if cue.scope == scope]
                for scope in ("before", "clause", "sentence")}

    @cached_property
    def period_before_screen(self) -> re.Pattern[str] | None:
        """One regex that matches where any ``before`` cue does (they read the few characters right before a
        figure, and most figures have none of them): one search rules them all out. None when a cue cannot
        be joined (a back-reference, a flag): each is then searched on its own."""
        cues = self.period_cues_by_scope["before"]
        if len(cues) < 2 or any(cue.pattern.flags != re.UNICODE or re.search(r"\\[1-9]|\(\?P=", cue.pattern.pattern)
                                for cue in cues):
            return None
        try:
            return re.compile("|".join(f"(?:{cue.pattern.pattern})" for cue in cues))
        except re.error:  # a group name used twice
            return None

    @cached_property
    def period_cue_first_chars(self) -> list[frozenset[str] | None]:
        """Per period cue (in file order), the characters its matches start with, or None when that
        is not a known set of plain characters: a text holding none of them holds no match."""
        from re import _parser  # type: ignore[attr-defined]  # private: no stub
        out: list[frozenset[str] | None] = []
        for cue in self.period_cues:
            try:
                first = _first_chars(list(_parser.parse(cue.pattern.pattern, cue.pattern.flags)))
            except Exception:  # pragma: no cover - an unusual pattern: searched every time
                first = None
            # class items are escaped (re.escape): a plain character is one of length one; a cue
            # that ignores case may start with the other case
            plain = first is not None and all(len(item) == 1 for item in first) \
                and not cue.pattern.flags & re.IGNORECASE
            out.append(frozenset(first) if first is not None and plain else None)
        return out

    @cached_property
    def period_cue_first_classes(self) -> list[re.Pattern[str] | None]:
        """period_cue_first_chars as one class regex per cue (None: not known): one search tells whether
        a text holds any of them."""
        return [None if chars is None else re.compile(screen_class(chars) if chars else "(?!)")
                for chars in self.period_cue_first_chars]

    @cached_property
    def period_cue_prefilters(self) -> list[re.Pattern[str] | None]:
        """Per period cue (in file order), a regex a text must hold somewhere for the cue to match in it
        (None: not known), searched before the cue: the class of its first characters
        (period_cue_first_classes) when known, else the literal words one of which every match holds
        (required_words: 目标 for a cue that reads a clause from its start, ^…目标是…)."""
        out: list[re.Pattern[str] | None] = []
        for cue, first in zip(self.period_cues, self.period_cue_first_classes):
            if first is None and self.period_cue_first_chars_unknown(cue):
                words = required_words(cue.pattern)
                first = re.compile(alternation(words)) if words else None
            out.append(first)
        return out

    @staticmethod
    def period_cue_first_chars_unknown(cue: PeriodCue) -> bool:
        """Whether the characters ``cue``'s matches start with are not known (a cue anchored at its scope's
        start, ^…, or at a clause start, (?:^|[,，])…): such a cue may match from any character."""
        from re import _parser  # type: ignore[attr-defined]  # private: no stub
        try:
            return _first_chars(list(_parser.parse(cue.pattern.pattern, cue.pattern.flags))) is None
        except Exception:  # pragma: no cover - an unusual pattern
            return True

    @cached_property
    def period_cue_screens(self) -> dict[str, tuple[re.Pattern[str], frozenset[int]]]:
        """Per scope, one regex that matches wherever any of the cues it joins does (and maybe elsewhere:
        the cues are then tried one by one), and the indexes
        (in period_cues) of those cues: a clause or sentence it misses holds none of them, so most
        figures skip their cue-by-cue search. A cue with a back-reference stays out (it would point
        at another cue's group once joined) and is searched on its own; so does a cue whose first
        characters are not known (^…目标是…): joined, it would have the engine try the whole
        alternation at every position of every sentence (a sixth more instructions for four such
        cues); on its own it is tried after its prefilter (period_cue_prefilters), and a ^ is tried
        at the start only."""
        patterns: dict[str, list[tuple[int, str]]] = {}
        for index, cue in enumerate(self.period_cues):
            if cue.scope != "before" and not re.search(r"\\[1-9]|\(\?P=", cue.pattern.pattern) \
                    and not self.period_cue_first_chars_unknown(cue):
                patterns.setdefault(cue.scope, []).append((index, cue.pattern.pattern))
        screens = {}
        for scope, found in patterns.items():
            if len(found) < 2:
                continue  # one cue is its own screen
            # the words the cues open with, a bare alternation the engine skips to in C (it tries the
            # cues joined whole, which open with look-ahead and look-behinds, at every position)
            words = [start_words(pattern) for _, pattern in found]
            try:
                joined = words_screen({word for cue_words in words for word in cue_words}) if _literal(words) \
                    else presence_regex("|".join(f"(?:{pattern})" for _, pattern in found))
            except re.error:  # a group name used twice, a flag mid-pattern: no screen
                continue
            screens[scope] = (joined, frozenset(index for index, _ in found))
        return screens

    @cached_property
    def _period_cue_lists(self) -> dict[Collection[str], list[tuple[PeriodCue, re.Pattern[str] | None]]]:
        return {}

    def period_cues_to_try(self, hit_scopes: Collection[str]) -> list[tuple[PeriodCue, re.Pattern[str] | None]]:
        """The clause and sentence cues (with their prefilter, period_cue_prefilters: a text it misses
        holds no match) that can hold when, of the scopes' screens, only
        those of ``hit_scopes`` matched: in file order, every cue of those scopes and every cue no screen
        joins. Made once per set of scopes (as the caller spells it: a tuple in the screens' order)."""
        found = self._period_cue_lists.get(hit_scopes)
        if found is None:
            screens = self.period_cue_screens
            found = self._period_cue_lists[hit_scopes] = [
                (cue, first)
                for index, (cue, first) in enumerate(zip(self.period_cues, self.period_cue_prefilters))
                if cue.scope != "before" and (cue.scope in hit_scopes or cue.scope not in screens
                                              or index not in screens[cue.scope][1])]
        return found

    @cached_property
    def verb_scan_regex(self) -> re.Pattern[str]:
        """Verbs, with the kept words (政协组织, 组织生活) matched first so no verb is found inside one;
        a match is a verb when its ``verb`` group is set."""
        return re.compile(f"{alternation(self.subject_keep) or '(?!)'}|(?P<verb>{alternation(self.subject_verbs)})")

    @cached_property
    def _verb_scan(self) -> re.Pattern[str]:
        """``verb_scan_regex`` without its group, merged on first characters (a faster scan): a
        match is a verb when it is no kept word."""
        return re.compile(ordered_alternation(self.subject_keep, self.subject_verbs) or "(?!)")

    @cached_property
    def _kept_words(self) -> frozenset[str]:
        return frozenset(self.subject_keep)

    @cached_property
    def _kept_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(self.subject_keep) or "(?!)")

    @cached_property
    def _kept_longest(self) -> int:
        return max((len(word) for word in self.subject_keep), default=0)

    def _past_kept_word(self, phrase: str, start: int) -> int:
        """Where a scan from ``start`` may begin: past a kept word that began before ``start`` and runs
        over it (12个社会组织参与…, scanned from 会: 组织 is inside 社会组织, no verb)."""
        for back in range(1, min(start, self._kept_longest - 1) + 1):
            kept = self._kept_regex.match(phrase, start - back)
            if kept and kept.end() > start:
                return kept.end()
        return start

    def verbs(self, phrase: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        if start:
            start = self._past_kept_word(phrase, start)
        scan = self._verb_scan.finditer(phrase, start, len(phrase) if end is None else end)
        return [found for found in scan if found.group() not in self._kept_words]

    @cached_property
    def content_verb_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(self.content_verbs) or "(?!)")

    @cached_property
    def kept_verb_regex(self) -> re.Pattern[str]:
        """Verbs a subject keeps before its object: content verbs and output verbs."""
        return re.compile(alternation([*self.content_verbs, *self.output_verbs]) or "(?!)")

    @cached_property
    def person_verb_regex(self) -> re.Pattern[str]:
        """A verb that opens what counted people did: the subject verbs, the stop words (参加) and the
        person verbs (作大会发言)."""
        return re.compile(alternation([*self.subject_verbs, *self.subject_stops, *self.person_verbs]))

    @cached_property
    def place_lead_regex(self) -> re.Pattern[str]:
        """A preposition of place or party right before a count (在8个乡镇, 向33个部门, 对全区23个界别组,
        从7个驻地, 来自四川省52个县市), with at most a scope or a province between."""
        return re.compile(f"(?P<preposition>{alternation(self.place_prepositions) or '(?!)'})"
                          r"(?:全[省市县区州镇]|[\u4e00-\u9fff]{1,4}?[省市县区州])?$")

    @cached_property
    def theme_clause_regex(self) -> re.Pattern[str]:
        """A clause that only names the theme of the next one (其中,围绕经济建设,委员提出提案893件)."""
        openers = alternation(self.theme_clause_openers) or "(?!)"
        verbs = alternation(self.theme_verbs) or "(?!)"
        return re.compile(rf"(?:^|[,，;；。:：\n])(?:{openers})?[,，]?"
                          rf"(?P<theme>(?:{verbs})[^,，;；。:：\n“”\d]{{2,14}})$")

    @cached_property
    def stop_word_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(self.subject_stops))

    @cached_property
    def _stop_scan(self) -> re.Pattern[str]:
        return re.compile(ordered_alternation(self.stop_keep, [*self.subject_stops, *self.predicate_stops])
                          or "(?!)")

    @cached_property
    def _stop_kept(self) -> frozenset[str]:
        return frozenset(self.stop_keep)

    @cached_property
    def _predicate_opener_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(self.predicate_openers) or "(?!)")

    @cached_property
    def people_after_stop_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(self.people_after_stop) or "(?!)")

    @cached_property
    def invited_before_stop_regex(self) -> re.Pattern[str]:
        """An invitation word ending the searched span (search it up to the stop word)."""
        return re.compile(f"(?:{alternation(self.invited_before_stop) or '(?!)'})$")

    def stop_word(self, phrase: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first stop word in ``phrase[start:end]`` that is no part of a kept word (成都 holds 都); an
        adverb (都, 也) is one only before a predicate (18个民族都有人选, not 3个都江堰灌区)."""
        kept, adverbs = self._stop_kept, self.predicate_stops
        for found in self._stop_scan.finditer(phrase, start, len(phrase) if end is None else end):
            word = found.group()
            if word in kept:
                continue
            if word in adverbs and not (self._predicate_opener_regex.match(phrase, found.end())
                                        or self._opens_with_verb(phrase, found.end())):
                continue
            return found
        return None

    def _opens_with_verb(self, phrase: str, at: int) -> bool:
        verb = self._verb_scan.match(phrase, at)
        return verb is not None and verb.group() not in self._kept_words

    @cached_property
    def activity_regex(self) -> re.Pattern[str]:
        """Activity keywords and stop phrases; a match in ``activity_stop_set`` is a stop phrase.
        Stop phrases first: a match on one consumes its characters, so 政治协商 never yields 协商."""
        return re.compile(ordered_alternation(self.activity_stop_phrases, self.activity_types))

    @cached_property
    def activity_stop_set(self) -> frozenset[str]:
        return frozenset(self.activity_stop_phrases)

    @cached_property
    def activity_verb_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(self.activity_verbs) or "(?!)")

    @cached_property
    def fixed_phrase_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(self.fixed_phrases))

    @cached_property
    def names_kept_in_script(self) -> frozenset[str]:
        """The gazetteer's names (乾县, 乾安县, 乾安): written in simplified script as they stand, so a
        traditional text's conversion keeps them even where a character of theirs maps to another
        (乾 → 干 is for 乾燥, not for a place)."""
        return frozenset(row[column] for row in self.admin_divisions for column in ("name", "short_name", "body_name")
                         if len(row[column]) > 1)

    @cached_property
    def page_chrome_regex(self) -> re.Pattern[str]:
        """A line of a web page's furniture, matched from its (stripped) start: a breadcrumb, a field
        of the page's record (来源: …发布时间: …), a fixed label (分享到, 版权所有)."""
        def cues(kind: str) -> str:
            return alternation(cue for cue, cue_kind in self.page_chrome_cues if cue_kind == kind) or "(?!)"
        return re.compile(f"[ \\t【\\[(]*(?:(?:{cues('path')})[^\\n]*[>»]|(?:{cues('field')})[ \\t]*:|{cues('line')})")

    @cached_property
    def upload_page_regex(self) -> re.Pattern[str]:
        """A line by which a page says it is a user's upload to a template or essay site: a notice
        (upload: 一文来源于网友上传, not a news page's bare disclaimer 不代表本站观点 or 本站信息由网友上传)
        anywhere on the line, or a collection's word ending a title (collection: 提案工作报告范文, …范文第1篇, …范文(3篇)). Such a page's stamp (时间:2022-04-02
        05:48:00) is when a copy was uploaded, not when the text was written."""
        notices = alternation(cue for cue, kind in self.page_chrome_cues if kind == "upload") or "(?!)"
        titles = alternation(cue for cue, kind in self.page_chrome_cues if kind == "collection") or "(?!)"
        # (a title: no colon on the line, which a link line has (相关推荐:…范文); not 规范文, 示范文)
        return re.compile(f"(?:{notices})|^[^:：\\n]*(?<![规示模典])(?:{titles})"
                          f"(?:第[\\d一二三四五六七八九十]+篇|[(（]?[\\d一二三四五六七八九十]+篇[)）]?)?[ \\t]*$", re.M)

    @cached_property
    def link_list_heading_regex(self) -> re.Pattern[str]:
        """A line that only holds a link-list heading (相关新闻:, 热点推荐更多>>)."""
        return re.compile(f"^[ \\t\\-·>]*(?:{alternation(self.link_list_headings) or '(?!)'})"
                          "[ \\t:：]*(?:更多)?[ \\t>»\\r]*$", re.M)  # \\r: a Windows copy's line end


def _digits_by_table() -> str:
    """What ``\\d`` matches, for a character class: the decimal digits of the Basic Multilingual Plane
    written out, and the astral planes as one range. The engine looks a character up in a class of
    written-out characters by table, where ``\\d`` is a Unicode category test of each character: a scan
    for such a class is two to three times faster. As a screen's item it passes every digit (and the
    rare astral character, which the pattern tried next rules out)."""
    digits = [ord(char) for char in re.findall(r"\d", "".join(map(chr, range(0x10000))))]
    runs: list[list[int]] = []  # (first, last) of each run of consecutive code points: 0-9, ٠-٩ …
    for code in digits:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(f"{chr(first)}-{chr(last)}" for first, last in runs) + "\U00010000-\U0010ffff"


DIGITS_BY_TABLE = _digits_by_table()
# one character ``\d`` matches, in the form a scan skips through fastest: the table, then ``\d`` read
# back over the one character the table passed (an astral one may be no digit)
DIGIT_FIRST = f"[{DIGITS_BY_TABLE}](?<=\\d)"


def screen_class(items) -> str:
    """A character class of ``items`` (escaped characters, ``\\d``) that holds at least what they
    match, ``\\d`` written as DIGITS_BY_TABLE: for a screen, which only says where a match may start."""
    return "[" + "".join(DIGITS_BY_TABLE if item == r"\d" else item for item in sorted(items)) + "]"


def _first_chars(items) -> set[str] | None:
    """The characters a parsed regex can start with, as character-class items (大, \\d), or None
    when that is not a small known set."""
    from re import _constants as c, _parser  # type: ignore[attr-defined]  # noqa: F401 (no stub)
    items = list(items)
    for index, (op, arg) in enumerate(items):
        if op is c.ASSERT_NOT or op is c.ASSERT or op is c.AT or _zero_width([(op, arg)]):
            continue  # zero-width (a look-behind, or a group of them: (?:(?<=政协)|(?<=届))): the next item starts the match
        if op is c.LITERAL:
            return {re.escape(chr(arg))}
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind is c.LITERAL:
                    chars.add(re.escape(chr(value)))
                elif kind is c.RANGE and value[1] - value[0] < 64:
                    chars.update(re.escape(chr(v)) for v in range(value[0], value[1] + 1))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    chars.add(r"\d")
                else:
                    return None
            return chars
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] == 0:  # optional: it or what follows starts
            inner, rest = _first_chars(arg[2]), _first_chars(items[index + 1:])
            return None if inner is None or rest is None else inner | rest
        if op is c.SUBPATTERN:
            return _first_chars(arg[-1])
        if op is c.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                found = _first_chars(branch)
                if found is None:
                    return None
                union |= found
            return union
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            return _first_chars(arg[2])
        return None
    return None


def _zero_width(items) -> bool:
    """Whether the parsed sequence ``items`` only holds look-arounds and anchors, directly or in groups
    and alternatives of them: it consumes no character, whichever alternative matches."""
    from re import _constants as c  # type: ignore[attr-defined]  # private: no stub
    for op, arg in items:
        if op is c.SUBPATTERN:
            if not _zero_width(arg[-1]):
                return False
        elif op is c.BRANCH:
            if not all(_zero_width(branch) for branch in arg[1]):
                return False
        elif not (op is c.ASSERT_NOT or op is c.ASSERT or op is c.AT):
            return False
    return True


PREFIX_LENGTH = 2  # characters of a match's opening read for a screen: a pair is rare where one character is common
# … and a triple where a pair is a common word: the era cues open with 学习, 中国, 群众 …, which a report
# writes dozens of times, each a stop of the screen and a try of the cues (-1.1% instructions)
ERA_PREFIX_LENGTH = 3
_PREFIX_CLASS_MAX = 12  # a character class of up to this many characters is read as its characters
_PREFIX_COUNT_MAX = 400  # more opening words than this make no cheaper screen than a character class


def start_words(pattern: str, flags: int = 0, length: int = PREFIX_LENGTH) -> tuple[tuple[str, ...], ...] | None:
    """The openings (of up to ``length`` characters, each a character-class item: 大, \\d) one of
    which every match of ``pattern`` starts with, look-arounds and anchors ignored (the screen they make
    finds every match's start, and some other places), or None when they are not a small known set or a
    match may start anywhere."""
    from re import _parser  # type: ignore[attr-defined]  # private: no stub
    if flags & re.IGNORECASE:
        return None
    try:
        words = _opening_words(list(_parser.parse(pattern, flags)), length)
    except Exception:  # pragma: no cover - an unusual pattern: no screen
        return None
    if words is None or () in words or len(words) > _PREFIX_COUNT_MAX:
        return None
    return tuple(sorted(words))


def _opening_words(items: list, length: int) -> set[tuple[str, ...]] | None:
    """The openings of up to ``length`` characters the parsed sequence ``items`` can start with (() where
    nothing is known from there on: a prefix of every match), or None when there are too many."""
    from re import _constants as c  # type: ignore[attr-defined]  # private: no stub
    if not items or length == 0:
        return {()}
    (op, arg), rest = items[0], items[1:]
    if op is c.ASSERT or op is c.ASSERT_NOT or op is c.AT:
        return _opening_words(rest, length)  # zero-width: dropping it only widens the screen
    if op is c.SUBPATTERN:
        if arg[1] & re.IGNORECASE:
            return {()}
        return _opening_words(list(arg[-1]) + rest, length)
    if op is c.BRANCH:
        alternatives = [_opening_words(list(branch) + rest, length) for branch in arg[1]]
        return None if any(words is None for words in alternatives) else set().union(*alternatives)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, part = arg
        if part.getwidth()[0] == 0:
            return {()}  # a part that may match nothing: openings not followed further
        # one repeat, then the others (optional) and the rest; or none, when the part may be left out
        again = [(op, (max(0, low - 1), high if high is c.MAXREPEAT else high - 1, part))] if high != 1 else []
        once = _opening_words(list(part) + again + rest, length)
        if low >= 1 or once is None:
            return once
        after = _opening_words(rest, length)
        return None if after is None else once | after
    chars = _class_items(op, arg)
    if chars is None:
        return {()}
    after = _opening_words(rest, length - 1)
    if after is None or len(chars) * len(after) > _PREFIX_COUNT_MAX:
        return {(char,) for char in chars}
    return {(char, *word) for char in chars for word in after}


def _class_items(op, arg) -> list[str] | None:
    """What one parsed item matches as character-class items (escaped characters, \\d), when it is a
    literal or a small class."""
    from re import _constants as c  # type: ignore[attr-defined]  # private: no stub
    if op is c.LITERAL:
        return [re.escape(chr(arg))]
    if op is not c.IN:
        return None
    chars: list[str] = []
    for kind, value in arg:
        if kind is c.LITERAL:
            chars.append(re.escape(chr(value)))
        elif kind is c.RANGE and value[1] - value[0] < _PREFIX_CLASS_MAX:
            chars.extend(re.escape(chr(v)) for v in range(value[0], value[1] + 1))
        elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
            chars.append(r"\d")
        else:
            return None  # a negated class, a wide range
    return chars if len(chars) <= _PREFIX_CLASS_MAX else None


def _literal(openings: list[tuple[tuple[str, ...], ...] | None]) -> bool:
    """Whether every pattern's openings are known and literal: a screen of them is exact enough to
    replace the patterns joined whole (a class of digits first would pass most clauses that hold a figure)."""
    return all(words and all(r"\d" not in word for word in words) for words in openings)


def words_screen(words) -> re.Pattern[str]:
    """A regex that matches where any of the openings ``words`` (start_words) does, and that the engine
    skips through in C: a bare alternation of literal words, skipped to on their first characters; else,
    when some opening is a class (\\d), the class of their first items followed by one of their second
    ones, or by anything after an opening of one item (it matches some other pairs too: a screen)."""
    words = {tuple(word) for word in words}
    if not any(item == r"\d" for word in words for item in word):
        # as a trie (alternation): at every position a word can start at, the engine tries a flat
        # list's words one by one, the trie's first characters (fewer) and then one branch; the match
        # starts where the list's would (an escaped character's last is itself)
        return re.compile(alternation("".join(item[-1] for item in word) for word in words))
    firsts = screen_class({word[0] for word in words})
    seconds = {word[1] for word in words if len(word) > 1}
    alone = {word[0] for word in words if len(word) == 1}  # openings of one character
    # (the class opens the screen whole: alternatives around it would make the engine try every position)
    if not seconds:
        return re.compile(firsts)
    if alone:
        return re.compile(f"{firsts}(?:{screen_class(seconds)}|(?<={screen_class(alone)}))")
    return re.compile(f"{firsts}{screen_class(seconds)}")


def might_start(regex: re.Pattern[str], text: str) -> bool:
    """False when ``text`` holds none of the literal words ``regex``'s matches open with (二〇, 一九 for
    a year in Chinese numerals): a few substring tests instead of a scan that stops at every 一 and 二."""
    words = _literal_openings(regex)
    return words is None or any(word in text for word in words)


@lru_cache(maxsize=64)
def _literal_openings(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    words = start_words(regex.pattern, regex.flags)
    if not words or any(item == r"\d" for word in words for item in word):
        return None
    return tuple("".join(item[-1] for item in word) for word in words)  # (an escaped character's last is itself)


def might_match(regex: re.Pattern[str], text: str) -> bool:
    """False when ``text`` lacks every word one of which each match of ``regex`` must hold (去年 in
    ``(?:^|[。,])…(去年)``): the whole-text scan is then skipped. A pattern that opens with a look-behind
    or ``^|…`` makes the engine try it at every position, a few times slower than the substring
    tests (the words are read from the pattern, so they follow its edits)."""
    words = required_words(regex)
    return words is None or any(word in text for word in words)


@lru_cache(maxsize=256)
def required_words(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words one of which every match of ``regex`` holds, or None when none are known."""
    from re import _parser  # type: ignore[attr-defined]  # private: no stub
    if regex.flags & re.IGNORECASE:
        return None
    try:
        words = _words_in_sequence(list(_parser.parse(regex.pattern, regex.flags)))
    except Exception:  # pragma: no cover - an unusual pattern: never screened
        return None
    return tuple(sorted(words)) if words else None


def _words_in_sequence(items) -> set[str] | None:
    """Of the word sets every match of the parsed sequence ``items`` must hold one of, the most
    selective (its shortest word longest), or None."""
    from re import _constants as c  # type: ignore[attr-defined]  # private: no stub
    found: list[set[str]] = []
    run = ""  # consecutive literal characters
    for op, arg in list(items) + [(None, None)]:
        if op is c.LITERAL:
            run += chr(arg)
            continue
        if run:
            found.append({run})
            run = ""
        inner = None
        if op is c.SUBPATTERN and not arg[1] & re.IGNORECASE:  # (?i:…) may match other cases
            inner = _words_in_sequence(arg[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            inner = _words_in_sequence(arg[2])
        elif op is c.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                words = _words_in_sequence(branch)
                if not words:
                    union = set()
                    break
                union |= words
            inner = union or None
        if inner:
            found.append(inner)
    return max(found, key=lambda words: min(map(len, words)), default=None)


def fast_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with a look-ahead on its possible first characters when they are known:
    the scan then skips most positions cheaply (Python's engine does not find this by itself for an
    alternation with look-behinds)."""
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]  # private: no stub
    try:
        tree = _parser.parse(pattern)
        parsed = list(tree)
        first = _first_chars(parsed)
        # a literal start, or alternatives that each start with one, the engine skips to by itself
        # (a look-ahead would make it try every position instead)
        skips = bool(parsed and parsed[0][0] is _constants.LITERAL) or bool(_compiler._get_charset_prefix(tree, 0))
    except Exception:  # pragma: no cover - an unusual pattern: no prefilter
        first, skips = None, False
    if not first or skips:
        return re.compile(pattern)
    return re.compile("(?=" + screen_class(first) + ")(?:" + pattern + ")")


def optional_as_branch(pattern: str) -> str:
    """``pattern`` with each optional group ``(?:X)?`` written ``(?:X|)`` (and ``(?P<n>X)?``, ``(X)?`` as
    ``(?:(?P<n>X)|)``): the same matches, tried in the same order (X, then nothing), but the engine
    enters a ``?`` on a group through a repeat it allocates memory for at every try, and a branch
    without. Lazy (``??``) and possessive (``?+``) groups, look-arounds and groups with flags stay."""
    out: list[str] = []
    opened: list[int] = []  # where in ``out`` each group still open begins
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index:index + 2])
            index += 2
            continue
        index += 1
        if in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True  # (a ] first, or after ^, is a literal inside the class)
            out.append(char)
            for literal in ("^", "]"):
                if pattern.startswith(literal, index):
                    out.append(literal)
                    index += 1
        elif char == "(":
            opened.append(len(out))
            out.append(char)
        elif char == ")":
            start = opened.pop()
            group = "".join(out[start:]) + ")"
            del out[start:]
            greedy_optional = pattern.startswith("?", index) and not pattern.startswith(("??", "?+"), index)
            if greedy_optional and group.startswith("(?:"):
                group, index = group[:-1] + "|)", index + 1
            elif greedy_optional and (group.startswith("(?P<") or not group.startswith("(?")):
                group, index = f"(?:{group}|)", index + 1
            out.append(group)
        else:
            out.append(char)
    return "".join(out)


def presence_regex(pattern: str) -> re.Pattern[str]:
    """A regex that finds a match wherever ``pattern`` has one, for a caller that asks only whether it
    has one (its spans are not ``pattern``'s): with its possible first characters known, a class of them
    opens it and ``pattern`` is tried by a look-ahead inside a look-behind of that character, so the
    engine skips to them in C; ``fast_regex``'s look-ahead first makes it try every position."""
    from re import _parser  # type: ignore[attr-defined]  # private: no stub
    try:
        tree = _parser.parse(pattern)
        first = _first_chars(list(tree)) if tree.getwidth()[0] > 0 else None
    except Exception:  # pragma: no cover - an unusual pattern: the plain form
        first = None
    if not first:
        return fast_regex(pattern)
    chars = screen_class(first)
    return re.compile(f"{chars}{_second_screen(pattern)}(?<=(?=(?:{optional_as_branch(pattern)})){chars})")


def _second_screen(pattern: str) -> str:
    """A look-ahead at the character after a match's first, from the words matches open with
    (start_words), when they are known: ``pattern`` is then tried only where the pair can open it,
    not at every character that can start it (a digit, 一, 年: most characters of a report)."""
    words = start_words(pattern)
    if not words:
        return ""
    seconds = {word[1] for word in words if len(word) > 1}
    alone = {word[0] for word in words if len(word) == 1}  # openings of one character: anything may follow
    if not seconds:
        return ""
    return f"(?:(?={screen_class(seconds)})|(?<={screen_class(alone)}))" if alone else f"(?={screen_class(seconds)})"


def joined_regex(patterns: list[str]) -> re.Pattern[str]:
    """One regex that matches wherever any of ``patterns`` does (none may hold a back-reference).
    Joined bare (a|b|c) when every alternative then starts with a literal: the engine skips to the
    characters they start with by itself, a few times faster over a whole text than
    ``fast_regex``'s look-ahead, which it takes otherwise."""
    from re import _compiler, _parser  # type: ignore[attr-defined]  # private: no stub
    bare = "|".join(patterns)
    try:
        if _compiler._get_charset_prefix(_parser.parse(bare), 0):
            return re.compile(bare)
    except Exception:  # a group name used twice once joined, an unusual pattern: wrapped
        pass
    return fast_regex("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=64)
def _start_screen(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex that matches where ``regex``'s matches can start (and maybe elsewhere), when that is
    known and no match is empty; else None: the words they open with (start_words) when known, which
    stop the scan less often than the class of their first characters (年来, 本届 rather than every 年)."""
    from re import _parser  # type: ignore[attr-defined]  # private: no stub
    try:
        tree = _parser.parse(regex.pattern, regex.flags)
        first = _first_chars(list(tree)) if tree.getwidth()[0] > 0 else None
        words = start_words(regex.pattern, regex.flags) if first else None
    except Exception:  # pragma: no cover - an unusual pattern: no screen
        first, words = None, None
    if words:
        return words_screen(words)
    return re.compile(screen_class(first)) if first else None


def skipping_finditer(regex: re.Pattern[str], text: str, screen: re.Pattern[str] | None = None):
    """``regex.finditer(text)``, tried only where a match can start. A pattern that opens with a
    group of alternatives ((人大)…|(政协)…) makes the engine try it at every position; a character
    class alone it skips through in C (the screen is derived from the pattern, so it follows edits)."""
    screen = screen or _start_screen(regex)  # ``screen``: where a match can start, when the caller knows
    if screen is None:
        yield from regex.finditer(text)
        return
    at = 0
    while (start := screen.search(text, at)) is not None:
        match = regex.match(text, start.start())
        if match is None:
            at = start.start() + 1
            continue
        yield match
        at = match.end()  # never empty: the scan goes on from its end, as finditer's does


def line_spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """``[found.span() for found in regex.finditer(text)]`` for a multi-line pattern that opens with
    ``^`` and whose matches never hold a line break (a heading or link line): the engine tries such a
    pattern at every position, while the same pattern written after a line break (a literal first)
    it skips to by itself; a match at the text's start is tried on its own."""
    after_break = _after_line_break(regex)
    if after_break is None:
        return [found.span() for found in regex.finditer(text)]
    first = regex.match(text)
    spans = [first.span()] if first else []
    spans.extend((found.start() + 1, found.end()) for found in after_break.finditer(text, first.end() if first else 0))
    return spans


@lru_cache(maxsize=16)
def _after_line_break(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` (``^…``, multi-line) with its ``^`` written as the line break before it, or None
    when it does not open with ``^`` for all its alternatives."""
    from re import _constants as c, _parser  # type: ignore[attr-defined]  # private: no stub
    if not regex.flags & re.MULTILINE or not regex.pattern.startswith("^"):
        return None
    parsed = list(_parser.parse(regex.pattern, regex.flags))
    if not parsed or parsed[0] != (c.AT, c.AT_BEGINNING):  # (^|…) or ^a|b: not one anchor for all
        return None
    return re.compile("\n(?:" + regex.pattern[1:] + ")", regex.flags)


def skipping_search(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``regex.search(text)`` the way ``skipping_finditer`` scans: worth it for a pattern whose
    first characters are rare in running text (截至, 共), not for one that starts with digits."""
    return next(skipping_finditer(regex, text), None)


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (so 场次 wins over 场).

    Written as a trie (会议|会见 → 会(?:议|见)): Python's engine tries alternatives one by one, so a
    list of 100 words costs 100 tests at every position; the trie tests each character once, and a
    pattern that starts with it lets the engine skip positions no word starts at. A word that is a
    prefix of another is an optional tail tried after the longer ones, so the longest still wins."""
    return _alternation(tuple(words))


@lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> str:
    """``alternation`` memoised: callers build patterns from vocabulary lists per figure."""
    return _trie_pattern(_trie(words))


_WORD_END = None  # marks a trie node where a word ends


def _trie(words) -> dict:
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_WORD_END] = True
    return trie


def ordered_alternation(*word_lists) -> str:
    """An alternation of several word lists where, at any position, every word of an earlier list
    is tried before any word of a later one (each list longest first), as ``"|".join`` of their
    ``alternation`` would; merged on the first character, so the engine can skip positions no word
    starts at. The match is from the earliest list that holds its text."""
    tries = [_trie(words) for words in word_lists]
    if any(_WORD_END in trie for trie in tries):  # an empty word: keep the plain form
        return "|".join(f"(?:{alternation(words) or '(?!)'})" for words in word_lists)
    branches = []
    for char in dict.fromkeys(char for trie in tries for char in trie):
        rests = [_trie_pattern(trie[char]) for trie in tries if char in trie]
        branches.append(re.escape(char) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})"))
    return "|".join(branches)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char is not _WORD_END]
    if not branches:
        return ""
    pattern = "|".join(branches)
    if _WORD_END in node:  # a shorter word ends here: the longer ones first (greedy ?, see optional_as_branch)
        return f"(?:{pattern}|)"
    return f"(?:{pattern})" if len(branches) > 1 else pattern


def _compile(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def _grouped(rows: list[dict[str, str]], key: str, value: str) -> dict[str, list[str]]:
    """key → its rows' values, in file order."""
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row[key], []).append(row[value])
    return out


def _alternations(rows: list[dict[str, str]], key: str) -> dict[str, str]:
    """key → its rows' patterns as one alternation, each row a group of its own."""
    out: dict[str, list[str]] = {}
    for row in rows:
        re.compile(row["pattern"])  # a broken row fails here, naming itself in the traceback
        out.setdefault(row[key], []).append(f"(?:{row['pattern']})")
    return {name: "|".join(patterns) for name, patterns in out.items()}


def _named_patterns(rows: list[tuple[str, str]]) -> dict[str, str]:
    """(pattern, kind) rows as one alternation per kind, in file order."""
    kinds: dict[str, list[str]] = {}
    for pattern, kind in rows:
        kinds.setdefault(kind, []).append(pattern)
    return {kind: "|".join(f"(?:{p})" for p in patterns) for kind, patterns in kinds.items()}


_NAMED_CUE = re.compile(r"\(\?&(\w+)\)")


def _with_named_cues(pattern: str, named: dict[str, str], where: str) -> str:
    """``pattern`` with each ``(?&kind)`` (PCRE's call of a named subpattern; Python's re has no such
    syntax) written out as the year cues' pattern of that kind (year_cues.csv): a pattern two readers
    share is kept in one row (term_total: the words after a term's number that make the term the
    subject of a total, read by years.py and by the term total's row of period_cues.csv)."""
    def written(found: re.Match[str]) -> str:
        if found.group(1) not in named:
            raise ValueError(f"{where}: no year cue of kind {found.group(1)!r} for {found.group(0)}")
        return f"(?:{named[found.group(1)]})"
    return _NAMED_CUE.sub(written, pattern)


@lru_cache(maxsize=4)
def load_vocabulary(directory: str | None = None) -> Vocabulary:
    base = Path(directory) if directory else reference_dir()
    year_rows = _rows(base, "year_cues.csv")
    named_year_cues = _named_patterns([(r["pattern"], r["kind"]) for r in year_rows])
    units = {r["unit"]: Unit(r["unit"], r["kind"], _compile(r["needs_cue_before"]))
             for r in _rows(base, "units.csv")}
    qualifiers = _rows(base, "qualifiers.csv")
    fillers = _rows(base, "subject_fillers.csv")
    heads = _rows(base, "counted_heads.csv")
    stakes = _rows(base, "seat_stakes.csv")
    generic = _rows(base, "generic_heads.csv")
    return Vocabulary(
        units=units,
        qualifiers_before={r["text"]: r["approx"] for r in qualifiers if r["position"] == "before"},
        qualifiers_after={r["text"]: r["approx"] for r in qualifiers if r["position"] == "after"},
        exclusions=[Exclusion(_compile(r["before_regex"]), _compile(r["after_regex"]), r["reason"])
                    for r in _rows(base, "exclusions.csv")],
        fixed_phrases=[r["phrase"] for r in _rows(base, "fixed_phrases.csv")],
        traditional_spellings=frozenset((r["written"], r["simplified"])
                                        for r in _rows(base, "traditional_spellings.csv")),
        category_keywords=[(r["keyword"], r["category"]) for r in _rows(base, "category_keywords.csv")
                           if not r["units_in_sentence"]],
        keyword_defers_to={r["keyword"]: frozenset(r["defers_to"].split("|"))
                           for r in _rows(base, "keyword_defers.csv") if r["defers_to"]},
        sentence_category_rules=[(r["keyword"], r["category"], frozenset(r["units_in_sentence"].split("|")))
                                 for r in _rows(base, "category_keywords.csv") if r["units_in_sentence"]],
        period_cues=[PeriodCue(fast_regex(_with_named_cues(r["pattern"], named_year_cues, "period_cues.csv")),
                               r["period"], r["scope"])
                     for r in _rows(base, "period_cues.csv")],
        subject_fillers=[r["word"] for r in fillers if r["kind"] == "filler"],
        subject_verbs=[r["word"] for r in fillers if r["kind"] in ("verb", "content_verb", "output_verb")],
        content_verbs=[r["word"] for r in fillers if r["kind"] == "content_verb"],
        output_verbs=[r["word"] for r in fillers if r["kind"] == "output_verb"],
        # a facility is a noun (社情民意征集点, 委员联系点): no verb is found inside its name
        subject_keep=[r["word"] for r in fillers if r["kind"] == "keep"]
        + [r["head"] for r in heads if r["kind"] == "facility"],
        author_words=[r["word"] for r in fillers if r["kind"] in ("author", "body_author")],
        body_author_words=[r["word"] for r in fillers if r["kind"] == "body_author"],
        worth_words=[r["word"] for r in fillers if r["kind"] == "worth"],
        giving_verbs=[r["word"] for r in fillers if r["kind"] == "giving"],
        gift_verbs=tuple(r["word"] for r in fillers if r["kind"] in ("giving", "gift")),
        giver_titles=tuple(r["word"] for r in fillers if r["kind"] == "giver_title"),
        giver_heads=tuple(r["word"] for r in fillers if r["kind"] == "giver_head"),
        affiliation_ends=tuple(r["word"] for r in fillers if r["kind"] == "affiliation"),
        giver_adverbs=tuple(r["word"] for r in fillers if r["kind"] == "giver_adverb"),
        money_things=[r["word"] for r in fillers if r["kind"] == "money_thing"],
        partner_verbs=tuple(r["word"] for r in fillers if r["kind"] == "partner_verb"),
        predicate_adverbs=[r["word"] for r in fillers if r["kind"] == "adverb"],
        person_verbs=[r["word"] for r in fillers if r["kind"] == "person_verb"],
        preposition_verbs=tuple(r["word"] for r in fillers if r["kind"] == "preposition_verb"),
        not_person_verbs=tuple(r["word"] for r in fillers if r["kind"] == "not_person_verb"),
        place_prepositions=[r["word"] for r in fillers if r["kind"] == "place_preposition"],
        theme_verbs=[r["word"] for r in fillers if r["kind"] == "theme_verb"],
        theme_clause_openers=[r["word"] for r in fillers if r["kind"] == "theme_clause_opener"],
        rate_stems=[r["stem"] for r in _rows(base, "rate_stems.csv")],
        subject_stops=sorted({r["word"] for r in fillers if r["kind"] == "stop"}, key=len, reverse=True),
        stop_keep=tuple(r["word"] for r in fillers if r["kind"] == "stop_keep"),
        predicate_stops=tuple(r["word"] for r in fillers if r["kind"] == "predicate_adverb"),
        predicate_openers=tuple(r["word"] for r in fillers if r["kind"] == "predicate_opener"),
        people_after_stop=tuple(r["word"] for r in fillers if r["kind"] == "people_after_stop"),
        invited_before_stop=tuple(r["word"] for r in fillers if r["kind"] == "invited_before_stop"),
        generic_heads=[r["head"] for r in generic if r["kind"] != "listed"],
        listed_heads=[r["head"] for r in generic if r["kind"] == "listed"],
        bare_verbs=[r["head"] for r in generic if r["kind"] == "verb"],
        topic_heads=[r["head"] for r in generic if r["kind"] == "topic"],
        dependent_heads=[r["head"] for r in generic if r["kind"] == "dependent"],
        provinces=[(r["name"], r["short_name"]) for r in _rows(base, "provinces.csv")],
        admin_divisions=_rows(base, "admin_divisions.csv"),
        surnames=frozenset(r["surname"] for r in _rows(base, "surnames.csv")),
        place_stock_phrases=tuple((r["phrase"], r["short_name"]) for r in _rows(base, "place_stock_phrases.csv")),
        township_names=frozenset(r["name"] for r in _rows(base, "township_names.csv")),
        link_list_headings=[r["heading"] for r in _rows(base, "link_list_headings.csv")],
        page_chrome_cues=[(r["cue"], r["kind"]) for r in _rows(base, "page_chrome_cues.csv")],
        units_counting_with_two=frozenset(r["unit"] for r in _rows(base, "chinese_two_units.csv")),
        person_units=frozenset(r["unit"] for r in _rows(base, "chinese_person_units.csv")),
        membership_cues=[(re.compile(r["pattern"]), r["scope"]) for r in _rows(base, "membership_cues.csv")],
        standing_structures=[(re.compile(r["pattern"]), r["scope"]) for r in _rows(base, "standing_structures.csv")],
        seat_lapse_regex=_kind_regex(stakes, "lapse"),
        seat_stake_regex=_kind_regex(stakes, "stake"),
        chinese_numeral_cues=[r["word"] for r in _rows(base, "chinese_numeral_cues.csv")],
        chinese_numeral_plural_cues=[r["word"] for r in _rows(base, "chinese_numeral_plural_cues.csv")],
        campaign_list_openers=tuple(r["word"] for r in _rows(base, "campaign_list_openers.csv")),
        campaign_heads={r["head"]: r["kind"] for r in _rows(base, "campaign_heads.csv")},
        qualifiers_before_power={r["text"]: r["approx"] for r in qualifiers if r["position"] == "before_power"},
        qualifiers_before_verb={r["text"]: r["approx"] for r in qualifiers if r["position"] == "before_verb"},
        activity_types={r["keyword"]: (r["activity_type"], r["form"]) for r in _rows(base, "activity_types.csv")},
        activity_verbs=[r["verb"] for r in _rows(base, "activity_verbs.csv")],
        mobilising_verbs=[r["verb"] for r in _rows(base, "mobilising_verbs.csv")],
        dispatch_verbs=tuple(r["verb"] for r in _rows(base, "dispatch_verbs.csv")),
        staff_nouns=tuple(r["noun"] for r in _rows(base, "staff_nouns.csv")),
        doing_verbs=[r["verb"] for r in _rows(base, "doing_verbs.csv")],
        activity_stop_phrases=[r["phrase"] for r in _rows(base, "activity_stop_phrases.csv")],
        handler_words=_grouped(_rows(base, "handlers.csv"), "role", "word"),
        handler_thing_categories={r["word"]: r["category"] for r in _rows(base, "handlers.csv")
                                  if r["role"] == "thing" and r["category"]},
        counted_heads=[CountedHead(r["head"], r["kind"], r["category"], frozenset(r["units"].split("|")))
                      for r in heads],
        session_calendar={(r["body"], int(r["term"])): int(r["first_year"])
                          for r in _rows(base, "session_calendar.csv") if r["level"] not in ("local", "reference")},
        local_rhythm_year=next((int(r["first_year"]) for r in _rows(base, "session_calendar.csv")
                                if r["level"] == "local"), None),
        reference_year=next((int(r["first_year"]) for r in _rows(base, "session_calendar.csv")
                             if r["level"] == "reference"), None),
        year_cues=[(re.compile(r["pattern"]), r["kind"]) for r in year_rows],
        era_cues=[(re.compile(r["pattern"]), int(r["from_year"]) if r["from_year"] else None,
                   int(r["to_year"]) if r["to_year"] else None) for r in _rows(base, "era_cues.csv")],
        era_peaks=[(re.compile(r["pattern"]), int(r["peak_year"]))
                   for r in _rows(base, "era_cues.csv") if r.get("peak_year")],
        anniversary_years=[(r["pattern"], int(r["founded"])) for r in _rows(base, "anniversary_years.csv")],
        body_cues=_alternations(_rows(base, "body_cues.csv"), "role"),
        democratic_parties=tuple((r["short_name"], r["full_name"], tuple(r["aliases"].split("|")))
                                 for r in _rows(base, "democratic_parties.csv")),
        doc_type_cues=[DocTypeCue(r["doc_type"], r["scope"], re.compile(r["pattern"]), r["unless_news"] == "y",
                                  r.get("entry") == "y")
                       for r in _rows(base, "doc_type_cues.csv")],
    )
