"""The gazetteer: China's provinces, prefectures and counties with their codes and parents.

The table is seeds/reference/admin_divisions.csv, generated from jionlp's data by
scripts/build_admin_divisions.py. A place is looked up by any of its spellings: the official name
(黔东南苗族侗族自治州), the form a body's name uses (黔东南州) and, where it is no common word, the
short name (黔东南, 大连). One spelling may name several places (普陀区: Shanghai and Zhoushan);
``Gazetteer.settle`` picks the one the document's other places point to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, TypeAlias

# place weights by division code: a Counter (its + keeps what is positive) whose counts are floats, which
# typeshed's Counter (int counts only) cannot say
Weights: TypeAlias = Any

# names of zones that several cities have: never read as a place alone
_GENERIC = frozenset({"城区", "郊区", "矿区", "市辖区", "新区", "开发区", "高新区", "示范区", "产业园", "工业园", "航空港"})
_match_start = re.Match.start  # (mapped over a scan: no bytecode per match)
# a level word that can stand for a place's suffix (省政协, 自治州政协 …), longest first
_BODY_WORD = re.compile("政协|政府|人大|委员会")
# what ends a person's name in a list of officials (副主席董广平、王建平等出席)
_NAME_END = re.compile(r"[、,，。;；:：\s等）)]|$")
LEVEL_WORDS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "省", "市", "区", "县", "州", "旗", "盟")
_LEVEL_CHARS = frozenset(word[-1] for word in LEVEL_WORDS)
_JOINERS = frozenset("和及与")
_CLOSING_MARKS = frozenset("》」』”’)）")  # a title or quotation that ends right before a joiner
# 新 before a place in a slogan (建设富裕新安康, 现代化新宁波): when 新 and the place's first character
# spell another place (新安, 新宁) with no level word after, the place that follows is the one meant
_SLOGAN_NEW = "新"
# a county's short name that goes on into a commune, township or village name (龙山桥公社, 龙山镇) names
# that smaller place, which shares the county's spelling only in part; 城镇, 乡村, 乡镇 are common words
# (家乡, 城乡, 乡村, 乡亲, 新乡贤 are common words too)
_TOWNSHIP_AFTER = re.compile(r"(?:(?![的和与及家故同下返各全城老])[\u4e00-\u9fff])?(?:公社|大队|镇|乡)(?<!乡镇)"
                             r"(?![村镇亲贤土愁里下音])")
# a county's short name written right before 社区 or 村 names a community or a village (龙岗社区, 古城村); after a
# name ending in 乡 or 镇, 村 starts 乡村 or 村级 (萍乡村级组织: 萍乡's villages), and 村镇 is villages and towns
_COMMUNITY_AFTER = re.compile("社区|村(?!镇)")
# the units a township's or village's name ends in (永丰镇, 南新乡, 东马村)
_TOWNSHIP_UNITS = frozenset("镇乡村")
# a variant a traditional-script copy writes that the converter leaves alone (陜西 for 陕西): the place
# is looked up by that spelling too
_VARIANTS = str.maketrans({"陕": "陜"})


@dataclass(frozen=True)
class Division:
    code: str
    name: str  # official: 大连市, 黔东南苗族侗族自治州
    short_name: str  # 大连, 黔东南
    body_name: str  # as a body's name writes it: 黔东南州, 长阳县, 重庆市
    level: str  # province | city | county
    province: str  # short: 辽宁
    prefecture: str  # a county's prefecture: 大连市 ('' for a municipality's districts)
    parent_code: str
    former: bool = False
    common_word: bool = False  # the short name is also an everyday word (光明, 长安)

    @property
    def org_name(self) -> str:
        return f"{self.body_name}政协"

    def has_level(self, word: str) -> bool:
        """Whether a body named by level only (市政协, 州政协) can be this place's."""
        if word == "镇":  # a township's unit: any county-level place
            return self.level == "county"
        if word == "自治区":
            return self.level == "province" and self.name.endswith("自治区")
        if word == "区":
            return self.level == "county" and self.name.endswith("区")
        if word == "州":
            return self.body_name.endswith("州") and self.level == "city"
        if word == "省":
            return self.level == "province" and self.name.endswith("省")
        return self.name.endswith(word) or self.body_name.endswith(word)


class Gazetteer:
    def __init__(self, rows: list[dict[str, str]], surnames: frozenset[str] = frozenset(), name_titles: str = "",
                 stock_phrases: tuple[tuple[str, str], ...] = (), township_names: frozenset[str] = frozenset(),
                 post_titles: str = "", not_family_names: frozenset[str] = frozenset()):
        self.surnames = surnames
        # verbs and prepositions that lead to a place after a title (市领导到惠东): never an unlisted family name
        self._not_family_names = not_family_names
        # townships named by one character and a county's short name (永丰镇 holds 丰镇 of 丰镇市)
        self._township_names = township_names
        # everyday phrases of the genre that spell a place across two words (画出最大同心圆 holds 大同,
        # 同心同德 holds 同德): a place found inside one is none, though the place's name still counts
        # elsewhere (unlike a short name that is itself an everyday word, which never counts alone).
        # (phrase, short name) pairs: a phrase hides only the place that starts where its short name
        # stands (湘西山区 hides 西山区, not 湘西 written at its start)
        phrases = [phrase for phrase, _ in stock_phrases]
        self._stock_phrases = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))) \
            if stock_phrases else None
        self._stock_place_at = {phrase: phrase.find(short_name) for phrase, short_name in stock_phrases}
        self._stock_reach = max(map(len, phrases), default=0)  # how far a phrase may run past a place
        # the spellings a phrase can hide: a hidden place starts where the phrase's short name does and
        # ends inside the phrase, so it opens the phrase's rest from there (None: a short name the
        # phrase does not hold, where no such set is known)
        self._hideable: frozenset[str] | None = None if any(at < 0 for at in self._stock_place_at.values()) \
            else frozenset(phrase[at:at + size] for phrase, at in self._stock_place_at.items()
                           for size in range(1, len(phrase) - at + 1))
        # titles before a family name (副主席郑文成): the name after them is a person's, whatever follows
        self._titled = re.compile(f"(?:{name_titles})$") if name_titles else None
        # posts before a name that opens with a place's short name (主席黄平林): no verb among them (代表邢台)
        self._posted = re.compile(f"(?:{post_titles})$") if post_titles else None
        self.divisions = [Division(r["code"], r["name"], r["short_name"], r["body_name"], r["level"],
                                   r["province"], r["prefecture"], r["parent_code"], r["status"] == "former",
                                   r.get("common_word") == "yes")
                          for r in rows]
        self.divisions = self._with_city(self.divisions)
        self.by_code = {d.code: d for d in self.divisions if not d.former}
        spellings: dict[str, list[Division]] = {}
        scan: dict[str, list[Division]] = {}  # spellings safe to look for anywhere in a text
        for d in self.divisions:
            forms = {d.name, d.body_name}
            if len(d.short_name) >= 2 and d.short_name not in _GENERIC:
                forms.add(d.short_name)
            forms |= {form.translate(_VARIANTS) for form in forms}
            for form in forms - _GENERIC:
                spellings.setdefault(form, []).append(d)
                # a short name that is an everyday word (和平, 长安) names no place in running text
                if form.translate(_VARIANTS) != d.short_name.translate(_VARIANTS) or not d.common_word:
                    scan.setdefault(form, []).append(d)
        self.spellings = spellings
        self._scan_words = scan
        self.longest = max(map(len, spellings))

    @staticmethod
    def _with_city(divisions: list[Division]) -> list[Division]:
        """A district whose name is a zone's (阳泉市城区, 铜陵市郊区) is named with its city: its body is
        阳泉市城区政协, spelt 阳泉市城区 or 阳泉城区 (城区 alone is any city's)."""
        short = {d.code: d.short_name for d in divisions}
        out = []
        for d in divisions:
            if d.name in _GENERIC and d.prefecture:
                d = replace(d, short_name=short.get(d.parent_code, "") + d.name, body_name=d.prefecture + d.name,
                            common_word=False)
            out.append(d)
        return out

    def named(self, spelling: str) -> list[Division]:
        return self.spellings.get(spelling, [])

    def parent(self, division: Division) -> Division | None:
        return self.by_code.get(division.parent_code)

    def lineage(self, division: Division) -> tuple[Division, ...]:
        """The division and the ones above it, nearest first (walked once per division: every place
        a page writes asks for it)."""
        found = self._lineages.get(division)
        if found is None:
            out, seen = [division], {division.code}
            while (up := self.parent(out[-1])) is not None and up.code not in seen:
                out.append(up)
                seen.add(up.code)
            found = self._lineages[division] = tuple(out)
        return found

    @cached_property
    def _lineages(self) -> dict[Division, tuple[Division, ...]]:
        return {}

    @cached_property
    def _lengths_by_ending(self) -> dict[str, tuple[int, ...]]:
        """Last two characters of a spelling → the lengths of the spellings they end, longest first."""
        lengths: dict[str, set[int]] = {}
        for word in self.spellings:
            lengths.setdefault(word[-2:], set()).add(len(word))
        return {ending: tuple(sorted(found, reverse=True)) for ending, found in lengths.items()}

    def place_before(self, text: str, end: int, start: int = 0) -> tuple[int, list[Division]] | None:
        """The longest spelling that ends at ``end`` (and starts at or after ``start``)."""
        if end - start < 2:
            return None
        for length in self._lengths_by_ending.get(text[end - 2:end], ()):
            if length <= end - start:
                found = self.spellings.get(text[end - length:end])
                if found:
                    return end - length, found
        return None

    @cached_property
    def _children(self) -> dict[str, tuple[Division, ...]]:
        """A division's code → the current divisions right under it."""
        out: dict[str, list[Division]] = {}
        for division in self.divisions:
            if not division.former:
                out.setdefault(division.parent_code, []).append(division)
        return {code: tuple(found) for code, found in out.items()}

    def misspelt_child(self, text: str, end: int, start: int = 0) -> tuple[int, Division] | None:
        """A county's name miscopied by one character right under its prefecture (陕西省商洛市丹风县政协: 丹凤县):
        a name ending at ``end`` in a level word, written right after a place above it, that names no place
        itself and differs from exactly one of that place's children of its length in one character other
        than the level word. (start, the child), or None. A zone's name (高新区) is never one, nor a name of
        one character and the level word (锦州市各县政协: 各县 is one character from 义县, as any 某县 is), nor
        one that opens with the place's own level word (长治市城区: 城区 under 长治, not 潞城区 miscopied)."""
        if text[end - 1] not in _LEVEL_CHARS:
            return None
        for size in (3, 4, 5):
            begin = end - size
            if begin - 2 < start or text[begin] in _LEVEL_CHARS:
                continue
            written = text[begin:end]
            if written in _GENERIC or written.endswith("新区") or self.spellings.get(written):
                continue
            parent = self.place_before(text, begin, start)
            if parent is None:
                continue
            near = [child for division in parent[1] for child in self._children.get(division.code, ())
                    if len(child.name) == size and child.name[-1] == written[-1]
                    and sum(a != b for a, b in zip(child.name, written)) == 1]
            if len(near) == 1:
                return begin, near[0]
        return None

    @cached_property
    def _scan_lengths(self) -> dict[str, tuple[int, ...]]:
        """First two characters of a spelling → the lengths of the spellings they start, longest first."""
        lengths: dict[str, set[int]] = {}
        for word in self._scan_words:
            lengths.setdefault(word[:2], set()).add(len(word))
        return {prefix: tuple(sorted(found, reverse=True)) for prefix, found in lengths.items()}

    @cached_property
    def _scan_starts(self) -> re.Pattern[str]:
        """A character that starts a spelling followed by one that can be its second: the engine
        skips the other positions (most of a text) without a probe from Python."""
        def char_class(chars: set[str]) -> str:
            return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"
        prefixes = self._scan_lengths
        return re.compile(f"{char_class({p[0] for p in prefixes})}(?={char_class({p[1] for p in prefixes})})")

    def places_in(self, text: str) -> list[tuple[int, str]]:
        """(offset, spelling) of every place written in ``text``, longest first, left to right; a
        match that runs into a body's name (和政 in 建议和政协提案) is none. A dictionary probe per
        likely start: far faster than one regex of 6,000 names."""
        found: list[tuple[int, str]] = []
        prefixes = self._scan_lengths
        # most starts begin no spelling's first two characters: a dictionary test in one comprehension
        # (the screen's pair of classes passes ten times more starts than there are places)
        starts = [at for at in map(_match_start, self._scan_starts.finditer(text)) if text[at:at + 2] in prefixes]
        index = 0  # where the next place may start: past the last one found
        for at in starts:
            if at < index:
                continue
            word = self._place_at(text, at)
            if word:
                found.append((at, word))
                index = at + len(word)
        return self._outside_stock_phrases(text, found) if found and self._stock_phrases else found

    def _outside_stock_phrases(self, text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The places of ``found`` that lie in no stock phrase of the genre (同心同德 holds 同德)."""
        if self._hideable is not None and not any(word in self._hideable for _, word in found):
            return found  # no place found is one a phrase can hide (most texts): the text is not scanned
        stock = self._stock_phrases
        hidden = {phrase.start() + self._stock_place_at[phrase.group()]: phrase.end()
                  for phrase in stock.finditer(text)} if stock is not None else {}
        return [(at, word) for at, word in found if not at + len(word) <= hidden.get(at, -1)]

    def in_stock_phrase(self, text: str, start: int, end: int) -> bool:
        """Whether the place spelt at [start, end) of ``text`` lies in a stock phrase (共办理县政协提案 holds
        理县): read right before an organ's name (政协, 人大, 政府), it names none. One search of the few
        characters around it."""
        stock = self._stock_phrases
        if stock is None:
            return False
        return any(found.start() + self._stock_place_at[found.group()] == start and end <= found.end()
                   for found in stock.finditer(text, max(0, start - self._stock_reach), min(len(text), end + self._stock_reach)))

    def place_opening(self, text: str) -> str | None:
        """The place ``text`` opens with, as ``places_in(text)`` reads it: its first find, at offset 0."""
        return self._place_at(text, 0) if len(text) > 1 else None

    def place_opening_at(self, text: str, at: int) -> str | None:
        """``place_opening(text[at:at + longest])``, without the slice where no spelling starts with the
        two characters at ``at`` (most clause starts)."""
        if text[at:at + 2] not in self._scan_lengths:
            return None
        return self.place_opening(text[at:at + self.longest])

    def _place_at(self, text: str, index: int) -> str | None:
        """The longest spelling that starts at ``index`` (not a slogan's 新, nor running into a body's
        name), for a scan that has reached ``index``."""
        sizes = self._scan_lengths.get(text[index:index + 2])
        if not sizes or self._slogan_new(text, index, sizes):
            return None
        for size in sizes:
            word = text[index:index + size]
            if word in self._scan_words and not _BODY_WORD.match(text, index + size - 1):
                if self._names_township(text, index + size, word) or self._reads_as_joiner(text, index, word) \
                        or self._ends_township(text, index, word):
                    return None
                return word
        return None

    def _reads_as_joiner(self, text: str, index: int, word: str) -> bool:
        """Whether a two-character short name that opens with a joiner is the joiner between two words
        (龙鹄村和龙江路段: 村 和 龙江路, not 和龙): a word runs into the joiner, no place ends right before
        it (新疆和田 stays 和田), no level word follows (和龙市), and the text writes the place nowhere as a
        place, neither in full nor by a place above it (延边, 吉林). (A shared reading of places: figures
        and the page's body read it alike.)"""
        if len(word) != 2 or text[index] not in _JOINERS or index == 0 or not "\u4e00" <= text[index - 1] <= "\u9fff" \
                or text[index + 2:index + 3] in _LEVEL_CHARS or self.place_before(text, index) is not None:
            return False
        return not any(self.writes_place(text, division) for division in self.named(word))

    def writes_place(self, text: str, division: Division) -> bool:
        """Whether ``text`` writes ``division`` as a place: its full name, or a place above it by its full
        or short name (a short name that is an everyday word, 友好, 和平, says nothing). ``division``'s
        own short name is the spelling in doubt, so it does not count."""
        return any(up.name in text or (up is not division and not up.common_word and up.short_name in text)
                   for up in self.lineage(division))

    def _names_township(self, text: str, end: int, word: str) -> bool:
        """Whether a place's short name ending at ``end`` goes on into a township's or a commune's name
        (龙山桥公社, 龙山镇), or a community's or a village's (龙岗社区, 古城村): a full name (龙山县)
        names the county whatever follows."""
        if word[-1] in _LEVEL_CHARS:
            return False
        return _TOWNSHIP_AFTER.match(text, end) is not None \
            or (word[-1] not in _TOWNSHIP_UNITS and _COMMUNITY_AFTER.match(text, end) is not None
                and any(d.level == "county" for d in self.named(word)))  # 成都社区治理 is the city's

    def _ends_township(self, text: str, index: int, word: str) -> bool:
        """Whether a short name ending in a township's unit (丰镇, 新乡) at ``index`` is the end of a
        township's name with the character before it (永丰镇 of another county, 南新乡), not the county or
        city: unless a place ends right before it (河南新乡, 湖南宁乡: the province, then the city)."""
        return word[-1] in _TOWNSHIP_UNITS and index > 0 and text[index - 1] + word in self._township_names \
            and self.place_before(text, index) is None

    def _slogan_new(self, text: str, index: int, sizes: tuple[int, ...]) -> bool:
        """Whether a two-character place at ``index`` is a slogan's 新 plus the start of the place after
        it (新安康: 安康, not 新安县): no level word follows, and a place starts one character on."""
        if text[index] != _SLOGAN_NEW or 2 not in sizes or text[index:index + 2] not in self._scan_words \
                or text[index + 2:index + 3] in _LEVEL_CHARS:
            return False
        after = self._scan_lengths.get(text[index + 1:index + 3], ())
        return any(text[index + 1:index + 1 + size] in self._scan_words for size in after)

    def in_person_name(self, text: str, offset: int, spelling: str) -> bool:
        """Whether a short name at ``offset`` is a person's given name: a family name right before it
        and a list mark after it (副主席杨万新、董广平等: 广平 is no place), or a title before the family
        name (副主席郑文成一行: 文成 is no place)."""
        if len(spelling) != 2 or offset == 0 \
                or not any(spelling == division.short_name for division in self.named(spelling)):
            return False
        titled = self._titled is not None and self._titled.search(text, max(0, offset - 9), offset - 1) is not None
        if text[offset] in self.surnames and self._posted is not None and offset + 2 < len(text) \
                and "\u4e00" <= text[offset + 2] <= "\u9fff" and text[offset + 2] not in _LEVEL_CHARS \
                and self._posted.search(text, max(0, offset - 8), offset) is not None:
            return True  # a name that opens with the place, right after a title (市政协主席黄平林率队: no 黄平)
        if text[offset - 1] not in self.surnames:
            # a family name the list lacks (县领导楚惠东、朱某某): a name between a title and a list mark
            return titled and "\u4e00" <= text[offset - 1] <= "\u9fff" and text[offset - 1] not in self._not_family_names \
                and _NAME_END.match(text, offset + 2) is not None
        return titled or _NAME_END.match(text, offset + 2) is not None

    def joined_level(self, text: str, start: int, end: int) -> bool:
        """Whether a two-character place is a joiner and a level word inside running text (建议和县政协:
        和 + 县政协, not 和县): a word, or a title or quotation it closes (《政府工作报告》和县人大常委会
        工作报告), runs into it, and no place is written right before it (安徽和县)."""
        return end - start == 2 and text[start] in _JOINERS and text[start + 1] in _LEVEL_CHARS \
            and start > 0 and ("\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _CLOSING_MARKS) \
            and self.place_before(text, start) is None

    def support(self, division: Division, context: Weights) -> float:
        """How much the document's other places (``context``: code → weight) point to ``division``: the
        places above it, and those within it (库尔勒市 and 和静县 say which 巴州 a text means)."""
        above = sum(context.get(up.code, 0) for up in self.lineage(division)[1:])
        within = sum(weight for code, weight in context.items()
                     if code != division.code and (d := self.by_code.get(code)) is not None
                     and d.parent_code == division.code)
        return above + within + context.get(division.code, 0) * 0.01

    def settle(self, candidates: list[Division], context: Weights) -> Division:
        """The candidate whose lineage the document's other places name most; a current name before a
        former one, then the lowest code."""
        return min(candidates, key=lambda d: (-self.support(d, context), d.former, d.code))

    def settled(self, candidates: list[Division], context: Weights) -> bool:
        """Whether ``context`` tells the candidates apart."""
        scores = sorted((self.support(d, context) for d in candidates), reverse=True)
        return len(scores) < 2 or scores[0] > scores[1]
