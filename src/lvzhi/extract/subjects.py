"""What a figure counts (its subject), read from the clause around it.

The structures: VERB+OBJ+NUM+UNIT (开展学习交流34次), NUM+UNIT+NOUN (13次党组理论学习中心组学习会),
NOUN+NUM+UNIT (委员宣讲团20个), NOUN率+达+NUM% (满意率达97.9%), people counted by what they did
(4名干部派驻长沙镇…), and figures that borrow what the sentence leaves implicit from the figure
before (被全国政协采用156篇) or from the activity just named (受益群众达500余人次).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .mentions import RawMention
from .normalize import AnalysisText
from .segments import CLAUSE_BREAK, SENTENCE_END
from .vocab import Vocabulary, alternation
from .words import word_around

# (the module's patterns are compiled once here: a ``re.split(pattern, …)`` call in a per-figure path
# pays for building the pattern string and the ``re`` cache lookup every time)
_CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")
_NUMBER_RUN = re.compile(r"\d[\d.]*")
_DE_OR_DIGIT = re.compile(r"[的\d]")
_AGENT_BREAK = re.compile(r"[,，;；。:：\n]")
_CHANGE_END = re.compile("(?:增加|减少)$")
# 将 as a verb taking an object (not 即将, 将来, 将军, 将乐县); {} adds what else may not follow it
_JIANG_AS_VERB = "(?<![即必终也还亦并])将(?![来军领士帅近乐{}])"
_DISPOSAL = re.compile(_JIANG_AS_VERB.format("要于"))  # (将要, 将于: a plan, not a handing on)
# the letters of an outcome class (A类, 甲类): a regex character class's body
_OUTCOME_CLASS_LETTERS = "A-Ea-e甲乙丙丁"
# an outcome class's label in brackets right before its count (已经解决的(A类)22件, …(B类)有38件): the
# label is a word of the name (已经解决的A类提案), not an aside to drop half of; in brackets a
# numbered class (一类) is a label too, while bare 一类 may be a count (一类问题)
_BRACKETED_CLASS = re.compile(rf"[(（]([{_OUTCOME_CLASS_LETTERS}一二三四五]类)[)）](?=有?$)")


@lru_cache(maxsize=64)
def _regex(pattern: str) -> re.Pattern[str]:
    """A vocabulary-built pattern, compiled once."""
    return re.compile(pattern)

SUBJECT_MAX_CHARS = 20
QUOTE_SLACK = 6  # a subject may run this far past its limit to close a quoted name
# (a digit inside a model name, N95口罩, is no next count)
_PUNCT_STOP = re.compile(r"[,，;；。！？!?:：\n()（）…]|(?<![A-Za-z\d])\d|、(?![\u4e00-\u9fff])")
# 和/及 join two counts (3个党派和10个区县), not two nouns (12卷概述和纲目初稿); 中 after a noun
# makes it the pool the next figure is taken from (257件提案中初选18件)
_POST_STOP = re.compile(r"每(?<=[\u4e00-\u9fff]{3})(?:人|名|位|户)|中(?<=[\u4e00-\u9fff]{3})(?<![初高]中)(?![心央国共小学华医部])|等(?![次级])|(?:和|及|(?<!参)与)(?=$|[一二三四五六七八九十两几数])|并|(?<!规模)以上|左右|其中|共|达|占|被|获|分别|同比|就|成立|建立|先后|" + _JIANG_AS_VERB.format(""))
# a joiner a few words before the next number (5万元和价值5万元); not 与 (参与调研3次, 与会) nor the
# words 及时, 和美 (the same joiners as _ITEM_JOIN)
_NEXT_ITEM_LEAD = re.compile(r"(?:以及|及(?![时早])|和(?![美谐平睦]))[\u4e00-\u9fff]{1,3}$")
_JOINER_AT_END = re.compile(r"(?:以及|及|和|与)$")
# (a title may be long and hold commas: the clause then opens inside one, …发展的建议》和《关于…》5件提案,
# and that fragment is an item of the run too)
_QUOTED_RUN_END = re.compile(r"(?:“?[^“”,]{1,12}”[、和及]?){2,}$|(?:《[^《》,]{1,60}》[、和及]?){2,}$"
                             r"|^[^《》]{1,60}》[、和及]?(?:《[^《》,]{1,60}》[、和及]?)+$")
_NEXT_COUNT = re.compile(r"\d+(?:\.\d+)?(?:余|多)?[\u4e00-\u9fff]{1,2}?(?=[\u4e00-\u9fff])")
_TRAILING_FILLERS = ["达到", "达", "为", "共有", "共", "等", "总计", "合计", "先后", "已", "累计"]
# a predicate of result: after the counted noun it belongs to the subject (工作信息5次荣登…榜);
# opening a clause of its own, it is about the figure before (报送信息…,被全国政协采用156篇)
_RESULT_PREDICATE = re.compile(r"^(?:获得|获|被|荣登|得到|入选)")
_ENDORSED = re.compile(r"^[\u4e00-\u9fff]{0,6}批示$")
_COORDINATION_END = ("、", "和", "及", "与", "以及")
# after a figure these open the next item (not 与: 与会; nor the words 及时, 和美, 和谐, 和平)
_ITEM_JOIN = re.compile(r"、|以及|及(?![时早])|和(?![美谐平睦])")
_LEADING_PUNCT = "“”\"'‘’《》()（）[]【】 \t、…-—的■□▲△▼▽●○◆◇★☆|*#"
# 全国政协常委会2015年办复提案: a year frames the figure; what was counted starts after it
_YEAR_LEAD = re.compile(r"^.*?(?<!\d)(?:19|20)\d{2}年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[上中下]旬|底|初)?(?=[\u4e00-\u9fff“])")
# 政协旌德县第一届委员会设16个界别: the body and its term frame the figure, like a year
_MONTH_LEAD = re.compile(r"^(?<!\d)\d{1,2}月(?:\d{1,2}日)?(?:[上中下]旬|底|初)?(?=[\u4e00-\u9fff])")
_TERM_LEAD = re.compile(r"^[^,，、;；]{0,12}?第[一二三四五六七八九十]+届(?:委员会|政协)?(?=[\u4e00-\u9fff])")
_TIME_SCOPE = re.compile(r"^(?:近)?(?:\d+|[一二三四五六七八九十两]+)(?:年|个月)(?:来|以来)?")
ACTIVITY_UNITS = {"次", "场次", "场", "人次", "项"}
PEOPLE_UNITS = {"人", "名", "位"}
# topic + 已 + verb + count: 立案提案已办结994件
_TOPIC_DONE = re.compile(r"^(?P<topic>[\u4e00-\u9fff“”]{2,10}?)(?:已经|均已|已全部|已)(?P<verb>[\u4e00-\u9fff]{2,4})$")
_DIGIT = re.compile(r"\d")
_PARENTHETICAL = re.compile(r"[(（][^()（）]{1,8}[)）]")  # 28个县(市、区)开展…
_GENERIC_PREFIX = re.compile(r"^(?:各类|各项|各种)")
# what may stand between a rate's name and its figure: adverbs (均, 分别, 大幅) and a verb (达到, 提升至)
_RATE_LINK = (r"(?:均|都|也|已|始终|继续|分别|大幅|进一步)*"
              r"(?:达到了|达到|高达|达|为|是|在|超过|超|提高到|提高至|提升到|提升至|上升到|上升至|升至|保持在|稳定在)?")
_RATE = re.compile(rf"([\u4e00-\u9fff“”、]{{0,20}}(?:率|比例|比重))”?{_RATE_LINK}$")
# 民生类提案所占比例, 集体提案的比重: a share named by its holder, worded like 占比 shares
_PROPORTION = re.compile(r"(?:所占|的)?(?:比例|比重)$")
_LINK_ONLY = re.compile(rf"^{_RATE_LINK}$")
# 经济建设类提案约占46%, 占总数的33.4%, 占比7%, 社会类约为30%: a share, named after what it is a share of
_SHARE = re.compile(r"(?:约|大约|分别|各|均|共|仅|已)?(?:占[^,;。占]{0,12}|为|是)$")
# 港澳委员30人,比上届少3人 / 同比增加12件: a count that is the change of the figure before
_COUNT_CHANGE = re.compile(r"^(?:比|较)?(?:上届|本届|今届|上年|去年|上一年|同期|同比)?(?:相比)?"
                           r"(?P<verb>增加了|增加|减少了|减少|多了|少了|多|少)$")
# 占94.9%,比上届高了2.5个百分点: a clause saying only what a share is compared with, and which way it went
_POINT_CHANGE = re.compile(r"^(?:比|较|与)(?:[^,，;；。]{0,12}?(?:届|年|年度|同期|期|会议))?(?:时|相比)?(?P<verb>高出|高了|高|提高了?|增加了?|上升了?|低了|低|下降了?|减少了?)$")
# 收到提案312件,增长9%: a change of the figure before
_CHANGE = re.compile(r"(?:同比|比上年|较上年|比去年|较去年|比上届|较上届)?(?P<verb>增长|增加|提高|提升|下降|减少)(?:了)?$")
# a clause without a figure that ranks a kind first (经济方面的提案最多): the holder of the share after it
_RANKED_CLAUSE = re.compile(r"(?:^|[,，;；。])(?:其中)?,?(?P<holder>[^,，;；。\d]{2,18}?)(?:数量)?(?:最多|最高|居多|较多|为主|居首位?|排名第一|位居第一)$")
_RATE_HOLDER = re.compile(r"^.*?(?:对|的)(?=.{3})")  # 委员对办理结果满意率: the rate is of 办理结果


@lru_cache(maxsize=64)
def _word_run(words: tuple[str, ...], leading: bool, protected: tuple[str, ...]) -> re.Pattern[str]:
    words_regex = alternation(words)
    if not leading:
        return re.compile(f"(?:{words_regex})+$")
    guard = f"(?!{alternation(protected)})" if protected else ""
    return re.compile(f"^(?:{guard}(?:{words_regex}))+")


# the run regex of each (word list, leading, protected list), keyed by the lists' identity: copying
# and hashing a vocabulary list cost more than the strip itself (a few hundred strips a document).
# The entry holds the lists, so their ids stay theirs; word lists are vocabulary, never changed.
_RUNS: dict[tuple[int, bool, int], tuple[object, object, re.Pattern[str], tuple[str, ...]]] = {}


def _strip_words(phrase: str, words: list[str], leading: bool = True, protected: Sequence[str] = ()) -> str:
    """Drop any run of ``words`` from the start (or the end) of ``phrase``; a word in ``protected``
    (对口, 共青团) is never cut into."""
    entry = _RUNS.get((id(words), leading, id(protected)))
    if entry is None or entry[0] is not words or entry[1] is not protected:
        if len(_RUNS) > 64:  # lists made per call would pile up: start over
            _RUNS.clear()
        entry = (words, protected, _word_run(tuple(words), leading, tuple(protected)), tuple(words))
        _RUNS[(id(words), leading, id(protected))] = entry
    if leading:  # anchored at the start: a match is the run itself
        found = entry[2].match(phrase)
        return phrase[found.end():] if found else phrase
    if not phrase.endswith(entry[3]) and not phrase.endswith("\n"):  # ($ also matches before a final \n)
        return phrase  # no run can end the phrase (most phrases): the regex would try every offset
    return entry[2].sub("", phrase, count=1)


@dataclass
class Subject:
    text: str  # what was counted, with what the sentence leaves implicit filled in
    local: str  # only the words around the figure itself (keywords there decide the category)
    inherited: str = ""  # the subject of the figure before, when this one borrows from it
    examples: str = ""  # 谈心谈话、走访慰问等活动: the examples before 等, a weaker category cue
    headless: bool = False  # 解决的有60件: a relative clause whose noun the passage leaves out


LIST_FOLLOW_ITEMS = 8  # how many items on a list of counts is followed to reach the predicate they share
_SHARED_LEAD = re.compile(r"共同|联合|一起|一道|携手|均|都|分别")  # (the adverbs that make a list's verb all items')
# the adverbs of a total (691位委员共提出…). Not derived from _TRAILING_FILLERS: that list strips
# other words too (达, 为, 等) and lacks 共计/一共, so merging the two would change what subjects keep
_TOTAL_WORDS = ("共计", "总计", "累计", "一共", "共")
_SHARED_BEFORE = re.compile(f"(?:{'|'.join(_TOTAL_WORDS)})$")
# (共 alone only where it is no word's first character: 共同, 共享, 共建, 共青团 …)
_TOTAL_LEAD = re.compile(f"^(?:{'|'.join(_TOTAL_WORDS[:-1])}|共(?![同享建青产识商治赢计]))")


@dataclass
class PreviousMention:
    subject: str
    unit: str
    root: str = ""  # the subject it borrowed from, if it did (信息 for 信息被采用)


def _post_phrase(text: str, start: int, vocab: Vocabulary, follow_coordination: int = LIST_FOLLOW_ITEMS,
                 people: bool = False, named_before: bool = True,
                 words_end: int | None = None) -> tuple[str, str, str, str]:
    """(noun phrase after the unit that ends at ``start``, its head noun, the predicate after it,
    the whole predicate after the head noun up to the clause's end): NUM+UNIT+NOUN,
    NUM+UNIT+被…刊载, 4名干部派驻长沙镇…工作; 3个党派和10个区县政协联合调研 shares the predicate,
    and so does each item of a longer list (16个党派、30个界别、691位委员共提出提案), up to
    ``follow_coordination`` items on."""
    if text.startswith("、", start) or (named_before and _ITEM_JOIN.match(text, start)):
        # 274件、社情民意信息420条 / 提案120件及社情民意信息80条 / 选入文章17篇及征集…选题: what
        # follows a joiner is the next item, not this figure's noun (when words before name it)
        return "", "", "", ""
    stacked = _NEXT_COUNT.match(text, start)  # 3方面10条意见建议: the noun comes after the next count
    offset = stacked.end() - start if stacked else 0
    reach_end = start + offset + SUBJECT_MAX_CHARS + QUOTE_SLACK + 8
    reach = _PARENTHETICAL.sub("", text[start + offset:min(reach_end, words_end or reach_end)])  # (a headline's next phrase: words_end)
    reach = reach[:SUBJECT_MAX_CHARS + QUOTE_SLACK]
    end = _PUNCT_STOP.search(reach)
    reach = reach[: end.start()] if end else reach
    if people:
        reach = _without_description(reach, vocab)
    joiner_reach = reach  # (before the next item is cut off: what joins this item to it)
    if end and end.group().isdigit():
        # 5万元的药品及消毒用品、王超委员现场捐款5000元 / 5万元和价值5万元: the item after the last 、
        # (or a 和 a few words before the next number) is the next figure's
        # (15位市委、市政协省部级领导和6位…: a joiner right before the next count parts the two items,
        # and the 、 inside the first one stays)
        joined = _JOINER_AT_END.search(reach)
        reach = reach[:joined.start()] if joined and "、" in reach \
            else reach[:reach.rfind("、")] if "、" in reach else _NEXT_ITEM_LEAD.sub("", reach)
    window = reach[:_past_keyword(reach, SUBJECT_MAX_CHARS, vocab)]  # …作典型经验推介: never cut a keyword
    # 14个“亮就亮吧”: a quoted name right after the unit is one noun, whatever words it holds
    named = 0
    if window.startswith("“"):
        named = window.find("”") + 1
    stop = _POST_STOP.search(window, named)
    cut = stop.start() if stop else len(window)
    # 围绕, 参与, 予以 … end the noun too, and so do the adverbs that open a predicate (56个民族都有人选…)
    stop_word = vocab.stop_word(window, named, cut)
    if stop_word and (stop_word.start() == named or window.endswith("、", 0, stop_word.start())) \
            and vocab.people_after_stop_regex.match(window, stop_word.end()):
        # 30名列席人员, 118名特邀、列席人员到场: a kind of people, named by what they attend
        stop_word = vocab.stop_word(window, stop_word.end(), cut)
    elif stop_word and vocab.invited_before_stop_regex.search(window, 0, stop_word.start()) \
            and window.startswith("的", stop_word.end()):
        # 40名应邀列席的港澳台侨代表组成…: the invited people's clause qualifies the noun after 的
        stop_word = vocab.stop_word(window, stop_word.end(), cut)
    if stop_word:
        cut = stop_word.start()
    verbs = vocab.verbs(window, named or 1, cut)  # 4名干部派驻长沙镇: the head noun ends at a verb
    head_end = verbs[0].start() if verbs else cut
    member = vocab.member_head_regex.search(window, 0, head_end) if people else None
    # 300多名市政协委员肩负…: a person noun ends at its member word, unless what follows names what
    # they did (530名政协委员参与委员议事厅: the relative clause counts them)
    if member and member.end() < head_end and not vocab.strong_keyword_regex.search(reach, member.end()):
        cut = head_end = member.end()
    tail = reach[head_end:].lstrip(_LEADING_PUNCT).rstrip(_LEADING_PUNCT.replace("”", ""))
    # 691位委员共提出提案1648件: a total's adverb opens the predicate; the verb after it is still theirs
    tail = _TOTAL_LEAD.sub("", tail)
    if end and end.group().isdigit():
        # 589人参与专题网络议政提出建言855条: 提出建言 is the next figure's own verb and object (a verb
        # that opens the predicate, 委员提出提案1648件, is still what the counted did)
        last_verb = vocab.verbs(tail, 1)
        tail = tail[:last_verb[-1].start()] if last_verb else tail
    joiner = joiner_reach[head_end:].strip()
    # (a 、 right before the next count ends the reach itself: 16个党派团体、10个…)
    listed = end is not None and (end.group().isdigit() and joiner in _COORDINATION_END
                                  or end.group() == "、" and not joiner)
    if follow_coordination and listed:
        digit = _DIGIT.search(text, start + offset)
        assert digit is not None  # the end is a digit, or a 、 before one
        next_count = _NEXT_COUNT.match(text, digit.start())
        if next_count and text[start + offset:digit.start()].rstrip().endswith(("、", *_COORDINATION_END)):
            shared = _post_phrase(text, next_count.end(), vocab, follow_coordination - 1)[3]
            at = text.find(shared, next_count.end()) if shared else -1
            # a list joined by 、 shares its last verb only when a total or joint adverb says so (16个党派、
            # 691位委员共提出提案, 6个小组、40名委员联合调研); 12个工作室、8个联络组、50名委员下沉基层: the last one's
            # (or when the next item counts the same people by their attendances: 410名委员、2900余人次参加…)
            attendances = "人次" in text[next_count.start():next_count.end() + 1]
            adverb = at >= 0 and bool(_SHARED_LEAD.match(shared) or _SHARED_BEFORE.search(text, max(0, at - 2), at))
            if end.group() != "、" or attendances or adverb:
                tail = shared
    return (window[:cut].strip(_LEADING_PUNCT), window[:head_end].strip(_LEADING_PUNCT),
            window[cut:].strip(_LEADING_PUNCT), tail)


DESCRIPTION_MAX_CHARS = 8  # a plain description of people longer than this crowds out whom it describes


def _without_description(reach: str, vocab: Vocabulary) -> str:
    """People after their count with a long or listed plain description before 的 (40名山区九县家庭困难、
    品学兼优的高考学生): the noun after 的 is who is counted, and the description is dropped; a
    description that names a deed or a thing (已建设委员工作室的委员, 委员捐赠的) is a relative
    clause and is kept, and so is one that already names them (16名市政协委员肩负…的期望) or says where they
    come from (市直有关部门、各县区政协的负责同志: affiliation rows), and one before a bare two-character noun."""
    de = reach.find("的")
    description = reach[:de]
    if de < 0 or len(reach) - de <= 3 or not ("、" in description or len(description) > DESCRIPTION_MAX_CHARS):
        return reach
    if (vocab.affiliation_end_regex.search(description) or _DIGIT.search(description) or "“" in description
            or vocab.verbs(description)
            or vocab.keyword_regex.search(description) or vocab.person_verb_regex.search(description)
            or vocab.member_head_regex.search(description) or vocab.counted_head_regex.search(description)):
        return reach
    return reach[de + 1:]


def _cut_outside_quotes(phrase: str, limit: int) -> str:
    """``phrase`` cut to about ``limit`` characters, never inside a quoted name: the cut moves to
    the closing quote when it is near, else before the opening one."""
    limit = max(0, limit)
    cut = phrase[:limit]
    if len(phrase) > limit and cut.rfind("、") > limit // 2:
        cut = cut[:cut.rfind("、")]  # a list loses its last items, not half of one
    opened = cut.rfind("“")
    if opened < 0 or "”" in cut[opened:]:
        return cut
    closing = phrase.find("”", limit)
    if 0 <= closing < limit + QUOTE_SLACK:
        return phrase[:closing + 1]
    return cut[:opened]


def _balance_quotes(phrase: str) -> str:
    """Drop a closing quote that opens nothing and an opening quote that nothing closes."""
    if "“" not in phrase and "”" not in phrase:
        return phrase
    kept: list[str] = []
    open_at: list[int] = []
    for char in phrase:
        if char == "”" and not open_at:
            continue
        if char == "“":
            open_at.append(len(kept))
        elif char == "”":
            open_at.pop()
        kept.append(char)
    for index in reversed(open_at):
        del kept[index]
    return "".join(kept)


def _clause_object(text: str, begin: int, vocab: Vocabulary) -> str:
    """What the clause before ``begin`` (in the same sentence) did, without its verb and figures:
    开展义诊、健康宣传等活动, → 义诊、健康宣传等活动."""
    if begin < 1 or text[begin - 1] not in ",，;；":
        return ""
    before = text[max(0, begin - 1 - SUBJECT_MAX_CHARS * 2):begin - 1].rstrip(CLAUSE_BREAK)  # ,, in a web copy
    before = _CLAUSE_BREAK.split(before)[-1]
    # 帮助农户销售葡萄300余单 → 销售葡萄; 深入28个县开展专项民主监督 → 开展专项民主监督
    parts = _NUMBER_RUN.split(before)
    before = parts[-1] if len(parts) > 1 and vocab.verbs(parts[-1], 1) else parts[0]
    phrase = _after_last_verb(before, vocab)
    return _drop_verb(_strip_words(phrase, vocab.subject_fillers, protected=vocab.subject_keep),
                      vocab).strip(_LEADING_PUNCT)


# an adverb of total after who acted (共, not 共同/共建/公共/中共)
_DEED_REACH = 2  # characters between the adverb and its deed's verb (共整理|上报)
_HOLDER_END = re.compile(r"共计|总计|累计|先后|一共|(?<![中公总])共(?![同享建青产识商治赢计])")


def _modifier_before(pre: str, core: str, text: str, begin: int, vocab: Vocabulary) -> str:
    """The activity named before ``core`` in its clause, else in the clause before, without the
    examples listed before 等 (听取…等情况通报 → 情况通报)."""
    before = pre[:pre.rfind(core)] if core in pre else ""
    if before:
        # 民建市委会共整理|上报信息, 服务站自2023年创设以来|开展活动: who acted (before 共, 累计, 先后, when
        # a deed of its own follows) and when (…以来) name no activity; only what follows them can
        # (参与专题网络议政共提出…: an activity before 共 is still the activity)
        frame = before.rfind("以来")
        before = before[frame + 2:] if frame >= 0 else before
        holder = _last_match(_HOLDER_END, before)
        # (a holder alone before the verb still sets the activity apart: 该区委员工作室累计开展活动; and the
        # adverb is one only when its deed follows within a word, 共整理上报: 共富工坊开展, 同心共话议事会 hold no 共)
        deeds = vocab.verbs(before[holder.end():] + core) if holder else []
        if holder and holder.end() < len(before) and deeds and deeds[0].start() <= _DEED_REACH \
                and not vocab.verbs(before, 0, holder.start()):
            before = before[holder.end():]
        if not before:
            return ""
        phrase = _strip_words(_after_last_verb(before, vocab), vocab.subject_fillers, protected=vocab.subject_keep)
        phrase = _drop_verb(phrase, vocab).strip(_LEADING_PUNCT)
    else:
        phrase = _clause_object(text, begin, vocab)
    return _strip_words(phrase.rpartition("等")[2], _TRAILING_FILLERS, leading=False)[-12:]


def _drop_verb(phrase: str, vocab: Vocabulary) -> str:
    """开展重点协商 → 重点协商: the leading verb goes when what is left names the thing (three
    characters or more, not a generic head); 销售葡萄, 提出意见建议 and 解决实际问题 keep theirs."""
    rest = _strip_words(phrase, vocab.subject_verbs).lstrip(_LEADING_PUNCT)
    if vocab.kept_verb_regex.search(phrase, 0, len(phrase) - len(rest)):
        return phrase  # (助推)解决实际问题, 收到提案: the verb is what was done
    if "的" in rest and _names_people(rest, vocab):
        return phrase  # 提出提案的委员: people named by what they did keep the verb that says it
    return rest if len(rest) >= 3 and rest not in vocab.generic_heads else phrase


# 等 that closes a list (甲、乙等意见), not 等 inside a word (一等奖, 均等化, 高等教育, 等级)
# (等 first and the character before it read behind it: the same matches, and a literal first lets the
# engine skip to each 等 instead of trying every position)
_ETC = re.compile(r"等(?<![一二三四五六七八九十特优同平均高中初上下头]等)(?![奖级次第])")


def _etc_at(phrase: str) -> int:
    """Where the last list-closing 等 of ``phrase`` stands, else -1."""
    if "等" not in phrase:
        return -1  # (most phrases: no scan of every match)
    found = _last_match(_ETC, phrase)
    return found.start() if found else -1


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last of ``pattern``'s matches in ``text``, else None."""
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _shorten(phrase: str, limit: int = 14) -> str:
    """At most ``limit`` characters, keeping the end (the head); a list of examples before 等 loses
    its last items instead, so each kept one stays whole (美术作品巡展、送文化下乡等各类活动)."""
    if len(phrase) <= limit:
        return phrase
    etc = _etc_at(phrase)
    examples, head = (phrase[:etc], phrase[etc + 1:]) if etc >= 0 else ("", phrase)
    items = examples.split("、") if etc >= 0 else []
    while items and len("、".join(items)) + 1 + len(head) > SUBJECT_MAX_CHARS:
        items.pop()
    if items:
        return "、".join(items) + "等" + head
    return phrase[_item_start(phrase, len(phrase) - limit, limit):]


LIST_ITEM_KEPT = 6  # a list item this short is kept whole when a cut falls inside it (开展专项视察)
LIST_FRAGMENT = 1  # one character left of a longer item is a broken word (部分市区政协委|员): dropped
LIST_SLACK = 2  # how far past its limit a phrase may run to keep a short item whole
_LIST_MARKS = "、，,;；：:"  # a cut right after one of these starts at a whole item already


_CLOSING_ASIDE = re.compile(r"[^(（]*?[)）]")  # (matched at the cut: the rest of an aside)


def _item_start(phrase: str, start: int, limit: int) -> int:
    """``start`` moved off the middle of a bracketed aside (委员(常州吉|春医用器材有限公司)捐赠口罩):
    past its closing bracket; and off the middle of a list item (区域、界|别、个人; 部分市区政协委|员、
    信息骨干): back to the start of a short item while the phrase stays about ``limit`` long, past a
    long item's broken last word; a cut elsewhere moves off the middle of a word (_word_cut)."""
    if start <= 0:
        return start
    aside = _CLOSING_ASIDE.match(phrase, start)
    if aside and aside.end() < len(phrase) - 1:
        return aside.end()
    if phrase[start - 1] in _LIST_MARKS:
        return start
    comma = phrase.find("、", start, start + LIST_ITEM_KEPT)
    if comma < 0:
        return _word_cut(phrase, start, limit)
    item_start = phrase.rfind("、", 0, start) + 1
    if comma - item_start <= LIST_ITEM_KEPT and len(phrase) - item_start <= limit + LIST_SLACK:
        return item_start
    return comma + 1 if comma - start <= LIST_FRAGMENT else _word_cut(phrase, start, limit)


_JOINERS = "和与及"  # (one character: 以及 is a word of its own to jieba)


def _word_cut(phrase: str, start: int, limit: int) -> int:
    """``start`` moved off the middle of a word (承|办人大代表建议, 积|极反映社情民意): back to the word's
    start while the phrase stays within LIST_SLACK of ``limit``, else past the word's end; and past a
    joiner it would start with (人民团|体和省政协专门委员会集体提案 → 省政协专门委员会集体提案)."""
    cut = start
    word = word_around(phrase, start)
    if word is not None:
        word_start, word_end = word
        if len(phrase) - word_start <= limit + LIST_SLACK:
            return word_start
        cut = word_end
    if cut < len(phrase) - 1 and phrase[cut] in _JOINERS:
        cut += 1
    return cut if cut < len(phrase) else start


def _shorten_at_word(phrase: str, vocab: Vocabulary, limit: int = 14) -> str:
    """``_shorten``, but a cut that would fall inside a keyword falls after it instead: 提案所提问题
    已经解决或基本解决的 loses 提案 (the passage's topic, added back after it), not 提 alone."""
    if len(phrase) <= limit or "等" in phrase:
        return _shorten(phrase, limit)
    start = len(phrase) - limit
    for found in vocab.keyword_regex.finditer(phrase):
        if found.start() >= start:
            break
        if start < found.end():
            return phrase[found.end():]
    return phrase[_item_start(phrase, start, limit):]


def _before_list(examples: str) -> str:
    """What precedes an enumeration: its items are about as long as each other, so the first
    item is taken to be as long as the shortest of the rest, which never cuts into the verb
    before it (向区委请示报告|年度协商计划、重点调研课题)."""
    first, *rest = examples.split("、")
    rest = [item for item in rest if item]  # 、、 in a noisy copy
    if not rest:
        return first
    item_length = min(len(item) for item in rest)
    return first[:-item_length] if len(first) > item_length else ""


def _relative_clause(tail: str, vocab: Vocabulary) -> str:
    """The predicate after a counted noun when it says what those counted did or had done to them
    (派驻…, 围绕…发言, 得到…批示, 出席开幕式: a roll call's attendance words, year_cues.csv); empty
    when ``tail`` does not start with a verb."""
    if len(tail) < 4:
        return ""  # 5次集中走访: a verb inside a compound
    if _attends(tail, vocab):
        return "" if "的" in tail else _SECOND_PREDICATE.split(tail)[0]
    # 298名常委按时提交履职报告: how they did it is no part of what they did
    predicate = _strip_words(tail, vocab.predicate_adverbs)
    opening = vocab.person_verb_regex.match(predicate)
    if not opening or len(predicate) < 3 or predicate.startswith(vocab.not_person_verbs):
        return ""
    predicate = _SECOND_PREDICATE.split(predicate)[0]  # 提供义诊、并建立健康档案: the first thing they did names them
    verb = opening.group().rstrip("了")
    if "的" in predicate:
        # 组成的“…”, 提出建议的调研报告: the clause qualifies another noun; a verb with 了 (参加了各社区开展的
        # 民生接待日活动) says what they did, and the verb and the thing after the inner 的 name it
        thing = predicate[predicate.rfind("的") + 1:]
        done = opening.group().endswith("了") or predicate.startswith("了", opening.end())
        if not done or len(thing) < 2:
            return ""
        return verb + thing
    done = predicate[opening.end():].lstrip("了")
    # 参加了调研 → 参加调研; a verb alone (…进行了, its object cut off by the next figure) says nothing they did
    return verb + done if len(verb + done) >= RELATIVE_MIN_CHARS else ""


def _thing_before(text: str, begin: int, vocab: Vocabulary) -> str:
    """The thing the clause before ``begin`` ends in (全市政协系统采写的新闻稿件, → 新闻稿件), when
    that clause holds no figure and ends in a keyword noun; else empty."""
    if begin < 2 or text[begin - 1] not in ",，":
        return ""
    before = _CLAUSE_BREAK.split(text[max(0, begin - 1 - SUBJECT_MAX_CHARS * 2):begin - 1])[-1]
    thing = _DE_OR_DIGIT.split(before)[-1]  # 采写的新闻稿件 → 新闻稿件
    if len(thing) < 2 or not vocab.keyword_end_regex.search(thing) or vocab.verbs(thing):
        return ""
    return thing


_DONE_PREDICATE = re.compile(r"(?:已经|已|均已|均|都已|全部|现已)")


def _compound_head(tail: str, vocab: Vocabulary) -> str:
    """The rest of a compound noun when ``tail`` reads VERB+KEYWORD then a completion predicate
    (办理意见|已全部办结): the verb qualifies the keyword noun rather than opening a clause."""
    for found in vocab.keyword_regex.finditer(tail, 0, 8):
        if found.start() > 0 and _DONE_PREDICATE.match(tail, found.end()):
            return tail[:found.end()]
    return ""


def _inside_quotes(phrase: str, at: int) -> bool:
    """Whether ``at`` falls inside a quoted name that closes later in ``phrase``."""
    opened = phrase.rfind("“", 0, at)
    return opened >= 0 and "”" not in phrase[opened:at] and "”" in phrase[at:]


def _after_last_verb(pre: str, vocab: Vocabulary, noun_follows: bool = False) -> str:
    """The clause from its last activity verb (or run of verbs) on: 围绕…等开展学习交流 → 开展学习交流,
    主席会议成员带头走访联系委员 → 走访联系委员. A verb that starts a list item (谈心谈话、走访慰问) is not the clause's verb; a verb that ends the clause is,
    when its object follows the number (…发展提出13项针对性建议)."""
    best = -1
    # (组织生活 is a noun: a kept word is never split at its verb; nor is a quoted name, “委员接待日”)
    verbs = [found for found in vocab.verbs(pre) if not _inside_quotes(pre, found.start())]
    for found in verbs:
        if (found.end() < len(pre) or noun_follows) and pre[found.start() - 1:found.start()] != "、":
            best = found.start()
    for found in reversed(verbs):  # 走访联系委员: a run of verbs is one predicate
        if found.end() == best:
            best = found.start()
    return pre[best:] if best > 0 else pre


def _names_thing(words: str, vocab: Vocabulary) -> bool:
    """Whether ``words`` end in 的 or in the name of a thing (重点提案), not in a verb (已经解决)."""
    head = vocab.keyword_end_regex.search(words)
    return words.endswith("的") or (head is not None and head.group() not in vocab.subject_verbs)


def subject_of(text: str, mention: RawMention, begin: int, vocab: Vocabulary,
               previous: "PreviousMention | None" = None, words_end: int | None = None) -> "Subject":
    """What was counted, from the clause that starts at ``begin``: VERB+OBJ+NUM+UNIT,
    NUM+UNIT+NOUN, NOUN+NUM+UNIT, NOUN率+达+NUM%, NUM+UNIT+NOUN+predicate.

    ``previous`` (the figure before, in the same sentence) fills what Chinese leaves out:
    `形成信息5536篇,…,采用127期` counts 信息 that were 采用.
    """
    raw_pre = text[begin:mention.phrase_start].strip()
    if "将" in raw_pre:
        # 局长白清元将各方汇集的76.7万元款物转交…, 市政协将1281名委员下沉到…: what 将 takes is counted;
        # who handed it on is no part of it
        disposal = _last_match(_DISPOSAL, raw_pre)
        if disposal:
            begin = mention.phrase_start - len(raw_pre) + disposal.end()
            raw_pre = raw_pre[disposal.end():]
    if "类" in raw_pre:
        # (所提问题已经解决(A类)4件: after a clause the bracket stands where 的 would, 已经解决的A类提案;
        # after a thing's name, 重点提案(A类), it is only a label)
        raw_pre = _BRACKETED_CLASS.sub(lambda found: ("" if _names_thing(raw_pre[:found.start()], vocab) else "的")
                                       + found.group(1), raw_pre)
    pre = raw_pre.strip(_LEADING_PUNCT)
    if mention.unit_kind == "percent":  # 98.7%, 超过四成
        clause_before = text[max(0, begin - 1 - SUBJECT_MAX_CHARS):begin - 1] if begin else ""
        rate = _rate_subject(pre, previous, clause_before, vocab)
        if rate:
            rate.text = _tidy(rate.text, mention.unit)
            return rate
    if mention.unit == "字" and previous and previous.unit != "字" and _WORD_COUNT_LEAD.fullmatch(pre):
        # 征集稿件705篇,计318万字 / 选登文史资料42篇,共计15万字: the words of what the figure before counts
        name = _tidy(previous.subject, mention.unit) + "字数"
        return Subject(name, name, previous.subject)
    # (a growth rate's points are left alone: 增长6.5%,比全省高0.8个百分点 is a gap, not the share's change)
    point = (_POINT_CHANGE.match(pre) if previous and previous.unit == "%" and mention.unit.endswith("百分点")
             and not _CHANGE.search(previous.subject) else None)
    if point and previous is not None:  # 女委员占17.8%,比上届提高1.2个百分点: the change of that share
        way = "下降" if point.group("verb")[0] in "低下减" else "提高"
        return Subject(_shorten(previous.subject, SUBJECT_MAX_CHARS - 2) + way, previous.subject, previous.subject)
    change = _COUNT_CHANGE.match(pre) if previous and previous.unit == mention.unit else None
    if change and previous is not None:  # 港澳委员30人,比上届少3人: the change of the figure before
        name = previous.subject + ("减少" if "少" in change.group("verb") else "增加")
        return Subject(name, previous.subject, previous.subject)
    pre, after_examples, examples, topic_with_verb = _without_examples(raw_pre, pre, vocab)
    noun, head_noun, predicate, tail = _post_phrase(text, mention.phrase_end, vocab,
                                                    people=mention.unit in PEOPLE_UNITS, named_before=bool(pre),
                                                    words_end=words_end)
    if (previous or noun) and raw_pre.endswith(_COORDINATION_END):
        # 13次学习会、42次党组会议: what stands between belongs to the figure before; 带领部分常委和80余名
        # 民主人士: the item before 和 is another group, not a word of this one's name
        pre = ""
        list_item = bool(noun)
    else:
        list_item = False
    if noun.endswith("率") and mention.unit_kind != "percent":
        noun = head_noun = ""  # 办复提案4272件 办复率99.84%: a headline's next rate names no counted thing
    # 列入计划解决的有25件: a relative clause without its noun is kept whole, verbs and all
    headless = not noun and bool(_HEADLESS_END.search(raw_pre))
    core = _core(pre, bool(noun), topic_with_verb, vocab, headless)
    counts_things = mention.unit_kind == "count" and mention.unit not in ACTIVITY_UNITS
    lead = _lead_before_count(raw_pre, vocab) if noun and counts_things else ""
    if lead == "place":
        # 逐步在8个街镇联络组设立…, 向33个职能部门派出…, 来自52个县市的…: the number counts the place or
        # party after the preposition; who acted, before it, is no part of them
        core, noun = "", _place_after_preposition(noun, raw_pre)
        if len(noun) < len(head_noun):  # 来自52个县市的县政协党外副主席…: what follows is the others' deed
            head_noun, tail = noun, ""
    elif lead == "verb":
        # 提案内容主要集中在6个方面 counts aspects of 提案内容: the verb, and how (主要), name no part of them
        core = _holder_before_verb(core, vocab)

    if "成" in core:  # (a test first: most cores hold no forming verb)
        # 县政协组成3个工作组, 委员组成城建、教育3个工作组: the groups formed are counted, not who formed
        # them; 由47名委员组成(中共党员8名;…): a breakdown of the members counts its own kind
        core = _FORMED.split(core)[-1]
    subject = _drop_verb(core + noun, vocab)
    local = (_strip_words(after_examples, vocab.subject_fillers, protected=vocab.subject_keep)
             if after_examples != pre and not topic_with_verb else core) + head_noun
    relative = _relative_clause(tail, vocab) if counts_things else ""
    compound = _compound_head(tail, vocab) if relative else ""
    if compound:
        # 16件限时办理意见已全部办结 counts 限时办理意见: a verb inside a compound noun, then the predicate
        subject, relative = head_noun + compound, ""
        local = subject
    if relative and subject:
        # 4名干部派驻长沙镇参与乡村振兴工作 counts 派驻长沙镇参与乡村振兴工作的干部 (5次组织委员…
        # is different: with an activity unit the number counts the action that follows)
        head = _strip_words(core, vocab.subject_verbs).lstrip("了")  # 组织200余名委员深入基层…
        # 各承办单位对交付的520件提案全部办复 counts 交付提案: who dealt with them (…对) is no part of them
        head = _HANDLED_BY.sub("", head) + head_noun
        head = _strip_words(head, vocab.predicate_adverbs, leading=False)  # 12名委员准时|参加了…: how, not who
        room = SUBJECT_MAX_CHARS - len(head) - 1
        if room >= min(len(relative), RELATIVE_MIN_CHARS):  # (a name too long to leave room keeps its words)
            subject = _cut_outside_quotes(relative, room) + "的" + head
            local = subject  # people counted by what they did: 联合调研的党派 are research
        else:  # (what they did still tells what they are: 投资的5家企业进行考察 are research)
            local, relative = local + relative, ""
    elif _RESULT_PREDICATE.match(predicate) and subject:
        subject += predicate[:12]  # 工作信息5次荣登…榜

    # 已经得到解决的有132件 names what sets its figure apart; the thing comes from the passage
    # 经济建设类依然是关注焦点,共137件 / 城建类的提案最多,有90件: a bare count after a clause that
    # ranks a class counts that class, not what the figure before it counts
    bare = not subject and not noun and not predicate and not _strip_words(_HAS_END.sub("", pre), _TRAILING_FILLERS)
    leading = _class_before(text, begin) if bare else ""
    borrowed = None if headless or leading else _borrowed(subject, core, noun, predicate, mention, previous,
                                                          text, begin, pre, vocab)
    inherited = ""
    if borrowed:
        subject, inherited, local = borrowed[0], borrowed[1], borrowed[2] or local
    if leading:
        subject = leading
    if not borrowed and not previous and not noun and subject.startswith("被") and not headless:
        # 采写的新闻稿件,被人民政协报采用3篇: what was adopted is what the clause before names
        thing = _thing_before(text, begin, vocab)
        if thing:
            thing = _shorten(thing, SUBJECT_MAX_CHARS - len(subject))
            subject, inherited = thing + subject, thing
            local = subject
    if not subject:
        subject = noun or predicate or pre[-10:]
    if subject in vocab.dependent_heads:
        activity = _clause_object(text, begin, vocab)
        if not _names_people(activity, vocab):  # (参与委员超过2.1万人次,服务群众…: no activity named)
            subject = _shorten(activity + subject, SUBJECT_MAX_CHARS)
    partner = "" if borrowed else _partner_subject(text, mention, vocab.partner_verbs)  # (before a relative clause: 开展了活动 is what all did)
    if partner:
        subject = local = partner
    limit = SUBJECT_MAX_CHARS + (QUOTE_SLACK if relative else 0)
    open_kind = not borrowed and not relative and _names_no_topic(subject, vocab)
    # (a class heads a breakdown of proposals only: 乡村振兴领域,围绕产业发展,开展调研15次 keeps its theme)
    heading = _class_heading(text, begin, vocab) if open_kind and "提案" in subject else ""
    theme = "" if heading else _theme_before(text, begin, vocab) if open_kind else ""
    themed = bool(theme) and len(theme) + len(subject) <= SUBJECT_MAX_CHARS
    if heading:
        # 经济建设方面,围绕…等,提出提案152件: the class that heads the item sets the kind apart (经济建设方面
        # 提案), as a class before the number does; the verb and the theme's examples are no part of it
        subject = _shorten(heading + (_strip_words(subject, vocab.subject_verbs) or subject), SUBJECT_MAX_CHARS)
        themed = True
    elif themed:
        # 围绕经济建设,政协委员和各参加单位提出提案893件: the theme, not who submitted, sets them apart
        subject = theme + subject
    elif not borrowed and not relative and mention.unit not in ACTIVITY_UNITS:
        # who submitted sets documents apart (委员个人提案); who held an activity (办公厅、专委会开展
        # 督办活动90次) names no kind of activity
        subject = _with_author(subject, raw_pre, vocab, part=previous is not None)
    if not borrowed and not relative and not themed:  # (a theme too long to be kept leaves the means)
        subject = _with_means(subject, raw_pre, core, vocab)
    handler = _handler_subject(noun, text, begin, mention.phrase_start, vocab) if counts_things and noun else ""
    if handler:
        subject = handler
    if previous and not noun:
        subject = _roll_call_people(subject, previous, mention.unit, vocab)
    if mention.unit == "人次" and not noun and not borrowed and not relative:
        subject = _who_took_part(subject, pre, vocab)
    if subject.startswith("方面") and _COUNTED_ASPECTS.search(text, max(0, begin - 8), mention.phrase_start):
        subject = subject[2:]  # 四个方面共30条建议: 方面 is the noun of the count before; the 30 are 建议
    subject = _tidy(subject, mention.unit)
    if subject[2:3] == "了" and subject[:2] in vocab.subject_verbs:
        subject = subject[:2] + subject[3:]  # 报送了社情民意信息
    worth = _worth_of(text, begin, raw_pre, noun, vocab) or _given_worth(
        text, mention, raw_pre, noun, previous, vocab) if mention.unit_kind == "money" else ""
    if worth:
        subject = worth
    if not noun and not borrowed and not relative and _is_bare_verb(subject, vocab):
        # 读书活动已成功举办了四期 / 委员议事厅⏎举办87场: the verb alone names no thing; the topic
        # the clause (or the heading line just above it) opens with does
        topic = _topic_of_verb(text, begin, mention.phrase_start, subject, vocab)
        if topic:
            subject = topic + subject
    if headless and previous and previous.unit == mention.unit and mention.unit_kind != "percent":
        # 视察活动43项,其中关注民生的有26项: a part named by a relative clause alone counts the thing
        # the figure before counts (关注民生的视察活动), as 解决的有132件 counts 解决的提案
        thing = _subset_thing(previous, mention.unit, vocab)
        # (a part that names a thing of its own, 立为提案的有185件 or 已解决的, keeps its words: the
        # passage's topic completes those, see with_topic)
        names_own = mention.unit not in PEOPLE_UNITS and vocab.keyword_regex.search(subject) is not None
        if thing and thing not in subject and not names_own:
            part = subject.rstrip("的")  # (经济建设方面的43件: a class is written before its thing)
            subject = part + ("" if _CLASS_END.search(part) else "的") + thing
            if mention.unit not in PEOPLE_UNITS:  # (people keep their own reading: 出席开幕式的委员)
                inherited = thing
    if local.endswith("有"):
        local = _HAS_END.sub("", local)  # 常委有4名: the counted head ends the words, as in the subject
    if vocab.gift_verb_regex.search(subject):
        # (a figure after the verb is the gift, 委员工作室捐赠了500个口罩, unless its donors are counted
        # themselves, 23名委员捐款1.2万元; a figure before it counts the donors, 126名委员捐款)
        lead = _CLAUSE_TAIL.search(text, max(0, mention.phrase_start - GIFT_REACH), mention.phrase_start).group()
        giving = vocab.gift_verb_regex.search(lead)
        counts_gift = giving is not None and not _COUNTED_DONOR.search(lead, 0, giving.start())
        subject = _gift_only(subject, vocab, counts_gift)
    if not noun and not borrowed and not relative:
        founded = _founded_thing(text, mention.phrase_start, subject, vocab)
        if founded:
            # “委员议事厅”是…平台。自2014年创办以来,共举办87场: what was founded is what held them
            subject = founded + (subject if _is_bare_verb(subject, vocab) else "")
    if list_item and previous and not borrowed and not relative and len(subject) <= SHORT_ITEM_MAX_CHARS:
        subject = _with_list_verb(subject, previous.subject, raw_pre)
    limit = _past_keyword(subject, limit, vocab)
    return Subject(_close_bracket(subject[:limit].strip(_LEADING_PUNCT)), local, inherited, examples, headless)


SHORT_ITEM_MAX_CHARS = 3  # a list item's bare noun this short (贫困户, 企业) names no deed of its own
LIST_VERB_MAX_CHARS = 6  # the words a list's first item has before its noun: longer is more than its verb


def _with_list_verb(subject: str, first: str, raw_pre: str) -> str:
    """深入22个市地、87家企业 / 联系帮扶了131个贫困村、2560户贫困户: a later item of a list of counts is
    governed by the verb that opens the list; its bare noun takes that verb, as the item before did
    (``first``, its subject: the words before its noun, which stands between the two counts)."""
    before = raw_pre.rstrip("、和及与以")
    if not before or not first.endswith(before) or _DIGIT.search(first):
        return subject
    verb = first[:-len(before)].rstrip("了的")
    if not verb or len(verb) > LIST_VERB_MAX_CHARS or subject.startswith(verb) or _NO_DEED_VERB.search(verb):
        return subject
    return verb + subject


# words before a list that name no deed of its items (全市有14个乡镇、65家企业; 参加人员包括12名常委、30名委员):
# a later item does not take them
_NO_DEED_VERB = re.compile(r"(?:有|包括|包含|涵盖|涉及|是|为)$")


# 自2014年2月创办以来: a frame counted from when something was founded
_FOUNDED_FRAME = re.compile(r"(?:自|从)[^,，。;；]{0,16}?(?:创设|创办|创建|成立|设立|开通|启动|开办|组建|建立)以来")
_SENTENCE_END = re.compile(f"[{SENTENCE_END}]")
FOUNDED_TOPIC_MAX_CHARS = 12
_QUOTED_NAME = re.compile(r"“[^”]{2,}”|\"[^\"]{2,}\"")


def _founded_thing(text: str, end: int, subject: str, vocab: Vocabulary) -> str:
    """What the figure's sentence counts since it was founded, when the sentence opens with such a frame
    and its own words name no thing (a bare verb or a generic head: 举办, 开展活动): the topic of the
    sentence before, the words before its 是 (“委员议事厅”是市政协搭建的…平台). Else ""."""
    if text.find("以来", max(0, end - _LAST_FIGURE_REACH), end) < 0:
        return ""  # (asked of most figures: no frame can open their sentence without its 以来)
    thing = _strip_words(subject, vocab.subject_verbs)
    if thing and thing not in vocab.generic_heads and not _is_bare_verb(subject, vocab):
        return ""
    window = max(0, end - _LAST_FIGURE_REACH)
    stop = _last_match(_SENTENCE_END, text[window:end])
    start = window + stop.end() if stop else 0  # (a sentence longer than the window opens with no frame)
    if start < 2 or not _FOUNDED_FRAME.match(text, start, end):
        return ""
    before = text[max(0, start - 1 - _LAST_FIGURE_REACH):start - 1]
    stop = _last_match(_SENTENCE_END, before)
    sentence = before[stop.end() if stop else 0:]
    if "是" not in sentence:
        return ""
    topic = re.split(r"[,，:：;；]", sentence.partition("是")[0])[-1].strip()
    # only a name in quotes is a founded thing (“委员议事厅”是…): 今年是建党100周年, 无论是城区还是乡村,
    # 主要内容是… name none
    if not _QUOTED_NAME.search(topic):
        return ""
    topic = topic.replace("“", "").replace("”", "").replace('"', "")
    if not 2 <= len(topic) <= FOUNDED_TOPIC_MAX_CHARS or _DIGIT.search(topic):
        return ""
    return topic


# 与 + the partners listed before this figure (与45家企业、12个村和…): the figure is one of them
_PARTNER_BEFORE = re.compile(r"(?:与|同)(?:\d[\d.]*[余多]?[\u4e00-\u9fff]{1,8}?[、和及])*$")
_CLAUSE_AFTER = re.compile(r"[,，。;；:：!！?？\n]")
_LIST_ITEM_AFTER = re.compile(r"[、和及](?=\d)")


def _partner_subject(text: str, mention: RawMention, partner_verbs: tuple[str, ...]) -> str:
    """The partners a figure counts (与45家企业、12个村和15个社区结对开展活动, 同60余名群众面对面座谈),
    named by the deed done with them (partner_verb rows of subject_fillers.csv): 结对的企业 for
    与45家企业…结对. Empty unless 与 (同) opens the list the figure is in and the clause then names one."""
    start = mention.phrase_start
    before = text[max(0, start - 30):start]
    if "与" not in before and "同" not in before:
        return ""  # (a test first: most figures have no partner before them)
    if not _PARTNER_BEFORE.search(before.rstrip()):
        return ""
    stop = _CLAUSE_AFTER.search(text, mention.phrase_end)
    rest = text[mention.phrase_end:stop.start() if stop else len(text)]
    found = [(rest.find(verb), verb) for verb in partner_verbs if verb in rest]
    if not found:
        return ""
    at, verb = min(found)
    item_end = _LIST_ITEM_AFTER.search(rest, 0, at)
    noun = rest[:item_end.start() if item_end else at]
    noun = noun.removesuffix("面对面").strip(_LEADING_PUNCT)
    if not 1 <= len(noun) <= 14 or _DIGIT_IN.search(noun) or _DEED_IN_NOUN.search(noun):
        return ""  # (与5个省外政协建立友好交流关系: another deed comes first, the partner verb is inside its object)
    deed = rest[at:].replace("了", "")
    return (deed if len(deed) <= PARTNER_DEED_MAX_CHARS else verb) + "的" + noun  # 签订帮扶协议的企业


_DIGIT_IN = re.compile(r"\d")
_FORMED = re.compile("(?:组成|(?<!汇)编成|分成)(?!部门|单位|人员)")  # (汇编成册: a compilation, no group)
_DEED_IN_NOUN = re.compile("建立|开展|进行|签订|达成|举办|召开|组织")
PARTNER_DEED_MAX_CHARS = 6  # 签订帮扶协议 names the deed whole; 结对开展了活动 is cut to 结对
_OPEN_AT_END = re.compile(r"([(（])[\u4e00-\u9fff]{1,4}$")
_CLOSING = {"(": ")", "（": "）"}


def _close_bracket(subject: str) -> str:
    """委员工作室(站)近3000个: the closing bracket of an alternative the subject ends in went with the
    punctuation stripped off its end; it comes back."""
    if "(" not in subject and "（" not in subject:  # (a test first: most subjects hold no bracket)
        return subject
    found = _OPEN_AT_END.search(subject)
    return subject + _CLOSING[found.group(1)] if found else subject


_QUALIFIER_WORDS: dict[int, tuple[object, list[str]]] = {}


def _qualifier_words(vocab: Vocabulary) -> list[str]:
    """The qualifiers that go before a count (超过, 逾, 近), as one list kept per vocabulary: a list
    made per call would miss the cache of word runs (_RUNS is keyed by the list's identity)."""
    entry = _QUALIFIER_WORDS.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        entry = _QUALIFIER_WORDS[id(vocab)] = (vocab, list(vocab.qualifiers_before))
    return entry[1]


def _names_people(phrase: str, vocab: Vocabulary) -> bool:
    """Whether ``phrase`` (the words before a count, 参与委员超过) ends in a member word once the
    qualifiers of the count are dropped: it counts people, and names no activity."""
    if not phrase or vocab.member_head_regex.search(phrase) is None:  # (most phrases name no member)
        return False
    phrase = _strip_words(phrase, _qualifier_words(vocab), leading=False)
    people = _last_match(vocab.member_head_regex, phrase)
    return people is not None and people.end() == len(phrase)


def _subset_thing(previous: "PreviousMention", unit: str, vocab: Vocabulary) -> str:
    """What the figure before counts, for a part of it named by a relative clause alone: its
    thing without the verb that produced it (开展视察活动 → 视察活动, 收到提案 → 提案); for people,
    the member word it ends in (委员); empty when it names no thing (关注民生, a part itself)."""
    root = previous.root or previous.subject
    if unit in PEOPLE_UNITS:
        people = _last_match(vocab.member_head_regex, root)
        return people.group() if people else ""
    if root.endswith("占比") or not vocab.keyword_regex.search(root):
        return ""
    # the keyword noun it ends in (立案办复提案 → 提案), else the words after its verb (开展视察活动 → 视察活动)
    thing = _thing_of(root, vocab) or _strip_words(_before_passive(root), vocab.subject_verbs).lstrip("了")
    return thing if 2 <= len(thing) <= SUBJECT_MAX_CHARS // 2 else ""


_COUNTED_ASPECTS = re.compile(r"(?:\d+|[一二三四五六七八九十两几]+)个?方面(?:共|共计|计)?$")  # 四个方面共|30条


_FROM_PLACE = re.compile(r"来自[^的]{0,6}$")  # 来自52个县市的县政协党外副主席: the places, then whom they sent


def _lead_before_count(raw_pre: str, vocab: Vocabulary) -> Literal["place", "verb", ""]:
    """"place" when the words before a count end in a preposition of place or party (在8个街镇,
    向33个部门: subject_fillers.csv, place_preposition; not 到 or 给, which end verbs: 收到, 交给);
    "verb" when what ends them is a verb that only ends in the same character (集中在6个方面,
    分布在24个界别: subject_fillers.csv, preposition_verb), whose object the count is; else "".
    (针对12个问题开展调研 is no such verb: like a preposition it names what the next verb is done to.)"""
    lead = vocab.place_lead_regex.search(raw_pre)
    if lead is None:
        return ""
    preposition_end = lead.start() + len(lead.group("preposition"))
    return "verb" if raw_pre[:preposition_end].endswith(vocab.preposition_verbs) else "place"


def _holder_before_verb(core: str, vocab: Vocabulary) -> str:
    """What a preposition verb's count belongs to: the words before the verb (提案内容 of 提案内容主要
    集中在), without the adverbs of how (主要, 均); the whole ``core`` when it does not end in the verb."""
    verb = next((verb for verb in vocab.preposition_verbs if core.endswith(verb)), "")
    if not verb:
        return core
    return _strip_words(core[:-len(verb)], vocab.predicate_adverbs, leading=False)


def _place_after_preposition(noun: str, before: str) -> str:
    """The place counted after a preposition: 县市 of 来自52个县市的县政协党外副主席 (the people after 的
    come from them); elsewhere a 的 qualifies the counted noun (对32名考核优秀的委员), which is kept."""
    qualified = noun.find("的")
    return noun[:qualified] if qualified >= 2 and _FROM_PLACE.search(before) else noun


def _attends(phrase: str, vocab: Vocabulary) -> bool:
    """Whether ``phrase`` opens with a roll call's attendance words (出席开幕式, 实到; year_cues.csv)."""
    attendance = vocab.year_cue_regex.get("attendance")
    return attendance is not None and attendance.match(phrase) is not None


def _roll_call_people(subject: str, previous: "PreviousMention", unit: str, vocab: Vocabulary) -> str:
    """Attendance words alone (实到188名, 因病请假5人 after 应到委员202名) count the people the figure
    before named: 实到委员. The attendance words are the year cues' (year_cues.csv, attendance)."""
    attendance = vocab.year_cue_regex.get("attendance")
    if unit not in PEOPLE_UNITS or previous.unit not in PEOPLE_UNITS or attendance is None:
        return subject
    last = _last_match(attendance, subject)
    if last is None or last.end() != len(subject):
        return subject
    people = _last_match(vocab.member_head_regex, previous.subject)  # (应到委员 → 委员, 列席会议的常委 → 常委)
    return subject + people.group() if people else subject


def _worth_of(text: str, begin: int, raw_pre: str, noun: str, vocab: Vocabulary) -> str:
    """NOUN价值 for a figure that is the worth of a thing (价值8万元的柴油发电机组, 捐赠了新春大礼包,
    价值2.3万元): the thing named after the figure, else (when the clause names nothing before the
    worth word, unlike 海参捐物价值135万元) the last thing the clause before ends in."""
    # the longest worth word the words end in (总价值, not its tail 价值, which would leave 总 as the clause's own)
    word = max((word for word in vocab.worth_words if raw_pre.endswith(word)), key=len, default="")
    if not word:
        return ""
    thing = noun.lstrip("的")
    own = _strip_words(raw_pre[:-len(word)], _TRAILING_FILLERS, leading=False).strip(_LEADING_PUNCT + "和及与")
    if not thing and own:
        return ""  # 老尹家海参捐物价值135万元: the clause names what is worth it itself
    if not thing and begin >= 2 and text[begin - 1] in ",，":
        before = _CLAUSE_BREAK.split(text[max(0, begin - 1 - SUBJECT_MAX_CHARS * 2):begin - 1])[-1]
        # the object after the clause's last verb, activity word or 了 (送去了棉被等过冬物资)
        ends = [found.end() for found in (*vocab.verbs(before), *vocab.keyword_regex.finditer(before))]
        ends += [before.rfind("了") + 1] if "了" in before else []
        thing = before[max(ends):].lstrip("了") if ends else ""
        thing = thing[_etc_at(thing) + 1:] if _etc_at(thing) >= 0 else thing  # 米面油等新春大礼包
    if not 2 <= len(thing) <= SUBJECT_MAX_CHARS - 2 or _DIGIT.search(thing):
        return ""
    return thing + "价值"


def _given_worth(text: str, mention: RawMention, raw_pre: str, noun: str,
                 previous: "PreviousMention | None", vocab: Vocabulary) -> str:
    """Money right before 的+thing, after a verb of giving (免费发放了三千余元的药品 -> 发放药品价值) or
    as the next item of a worth (价值近3万元的药品、近1万元的农资 -> 农资价值): the thing's worth. Not
    when the thing is money itself (发放了2000元的慰问金: the sum given, no worth)."""
    if not noun or not text.startswith("的", mention.phrase_end) or noun.endswith(tuple(vocab.money_things)):
        return ""
    if raw_pre.endswith(_COORDINATION_END) and previous and previous.subject.endswith("价值"):
        return noun + "价值"
    pre = raw_pre.rstrip("了")
    given = [verb for verb in vocab.giving_verbs if pre.endswith(verb)]
    return given[0] + noun + "价值" if given and len(noun) <= SUBJECT_MAX_CHARS - 4 else ""


# what may stand between a topic and its verb: 读书活动|已成功|举办了四期
_TOPIC_LINK = re.compile(r"(?:已经|已|均已|均|都|共|共计|累计|先后|总共|全年|成功|顺利|陆续|分别|相继)*$")
_HEADING_MAX_CHARS = 16  # a line this short without sentence marks heads what follows (委员议事厅)


def _is_bare_verb(subject: str, vocab: Vocabulary) -> bool:
    """Whether ``subject`` is one verb and nothing else (举办, 合并, 印刷)."""
    found = vocab.verbs(subject)
    return len(found) == 1 and found[0].group() == subject


def _topic_of_verb(text: str, begin: int, end: int, verb: str, vocab: Vocabulary) -> str:
    """The thing a bare verb was done to: the words of its clause before it, when they end in a
    keyword (全国政协委员读书活动|已成功|举办了); else a heading line right above a clause that
    opens a line (委员议事厅⏎举办87场). Empty when neither names a counted thing."""
    clause = text[begin:end]
    at = clause.rfind(verb)
    if at > 0:
        before = _strip_words(_TIME_SCOPE.sub("", clause[:at].strip(_LEADING_PUNCT)), vocab.subject_fillers)
        before = _TOPIC_LINK.sub("", before)
        thing = _DE_OR_DIGIT.split(before)[-1]
        verbs = vocab.verbs(thing)
        # a noun phrase (读书活动), not a clause that ends in a verb of its own (组织委员视察)
        if len(thing) >= 2 and vocab.keyword_regex.search(thing) and not (verbs and verbs[-1].end() == len(thing)):
            return _shorten(thing, SUBJECT_MAX_CHARS - len(verb))
        return ""
    line_start = text.rfind("\n", 0, begin)
    if at < 0 or line_start < 1 or text[line_start + 1:begin].strip():
        return ""
    heading = text[text.rfind("\n", 0, line_start) + 1:line_start].strip()
    if 2 <= len(heading) <= _HEADING_MAX_CHARS and not _CLAUSE_BREAK.search(heading) \
            and vocab.keyword_regex.search(heading):
        return heading
    return ""


def list_item_start(text: str, begin: int, end: int, after_figure: bool, vocab: Vocabulary) -> int:
    """Where the words naming a figure start: ``begin``, or just past the last 、 in ``text[begin:end]``
    when what precedes it is the item before (a count of its own, 夏凉被200床、, or the tail of the
    figure before, 5万元的药品及消毒用品、) and what follows has a verb or an activity of its own
    (王超委员现场捐款): in a list of who gave what, each item names its own figure."""
    at = text.rfind("、", begin, end)
    if at < 0 or not (vocab.verbs(text, at + 1, end) or vocab.keyword_regex.search(text, at + 1, end)):
        return begin
    # the figure before ends the words up to the 、 only when they are one item (5万元的药品及消毒用品、),
    # not a list of their own (20多个界别参与美术作品巡展、送文化下乡、宣讲…等各类活动52场次)
    if (after_figure and text.rfind("、", begin, at) < 0) or _DIGIT.search(text, begin, at):
        return at + 1
    return begin


# a mark that makes a line a sentence rather than a headline (a headline may hold a colon after its
# speaker, an exclamation mark after its first phrase)
_SENTENCE_MARK = re.compile(r"[,，。;；]")
_HEADLINE_SPACES = " \u3000\u00a0"
HEADLINE_MAX_CHARS = 160  # a line longer than this is read as prose, not a headline
_HEADLINE_WORD_REACH = 6  # the characters each side of a joined space that tell a word from two phrases


def headline_breaks(text: str, original: str, analysis: AnalysisText, start: int, end: int) -> list[int]:
    """Where, between ``start`` and ``end`` in a headline line (a line without sentence marks), the
    analysis copy joined a space that stood between two words: 会议开幕| 五年提案4348件, 河北两会期间|
    港澳委员…捐款近70万元, 编辑出版文史类图书4200万字| 贾庆林:… (phrases a headline sets apart with a
    space); not one inside a word (编辑出版文 史类图书: a stray space). ``analysis`` is the copy
    ``text`` of ``original``, with its map of dropped characters."""
    # (a headline is a short line: the ends are looked for that far only, so a long paragraph costs no scan)
    reach_start = max(0, start - HEADLINE_MAX_CHARS)
    line_start = text.rfind("\n", reach_start, start) + 1 or reach_start
    line_end = text.find("\n", start, start + HEADLINE_MAX_CHARS)
    line_end = line_end if line_end >= 0 else min(len(text), start + HEADLINE_MAX_CHARS)
    if line_end - line_start >= HEADLINE_MAX_CHARS or _SENTENCE_MARK.search(text, line_start, line_end):
        return []  # a sentence (in the copy, whose lines a hard wrap cut are joined): its marks part its phrases
    breaks = []
    origin = analysis.origin
    # (only where the copy dropped characters can a space have been joined: those places are read,
    # not every character of the line)
    for at in analysis.cuts_in(start + 1, min(end, line_end)):
        gap = original[origin(at - 1) + 1:origin(at)]
        if not gap or gap.strip(_HEADLINE_SPACES) or not ("\u4e00" <= text[at - 1] <= "\u9fff" and "\u4e00" <= text[at] <= "\u9fff"):
            continue  # (a line break the copy joined is a wrap, not a headline's space)
        window_start = max(line_start, at - _HEADLINE_WORD_REACH)
        if word_around(text[window_start:at + _HEADLINE_WORD_REACH], at - window_start) is None:
            breaks.append(at)
    return breaks


HANDLER_REACH = 60  # how far back the document handed to the counted bodies is looked for
# ... or back to the head of the figure's own sentence, when a long roll of recipients stands between
# (立案的提案,分别送交中共中央、国务院…各省、自治区、直辖市党委和人民政府…共163个承办单位办理)
HANDLER_SENTENCE_REACH = 200


def _handler_reach(text: str, begin: int) -> int:
    """Where the look-back for the handled document opens: HANDLER_REACH before the figure, or the
    start of its sentence if that lies farther (within HANDLER_SENTENCE_REACH; a longer run is no
    sentence read as one, and keeps the near window)."""
    near = max(0, begin - HANDLER_REACH)
    far = max(0, begin - HANDLER_SENTENCE_REACH)
    stop = _last_match(_SENTENCE_END, text[far:begin])
    if stop is None:
        return 0 if far == 0 else near  # (the text's first sentence opens at 0)
    return min(near, far + stop.end())


# the bodies' verb ends its clause (…共128个承办单位办理。/ 研究办理、推动落实): it has no object of its own
_BARE_HANDLING = re.compile(r"^(?:$|[、,，;；。])")


def _handler_subject(noun: str, text: str, begin: int, end: int, vocab: Vocabulary) -> str:
    """承办提案的单位 for 交由31个单位具体承办 (after 收到提案146件): bodies counted by what they do
    to the documents the passage is about, not the clause that hands them over (交由…承办). The
    document is the one named after the verb, else the last one named before the figure; with none
    named the verb is another errand (帮助23家单位办理了相关手续), and the reading does not apply."""
    found = vocab.handler_regex.match(noun)
    if not found:
        return ""
    things = vocab.handler_words.get("thing", [])
    named = [thing for thing in things if thing in found.group("rest")]
    if not named:
        # (a verb with an object of its own, 帮助56家单位办理了各类审批手续, looks only near: the document
        # a sentence opened with, far back, is not what it handles)
        reach = _handler_reach(text, begin) if _BARE_HANDLING.match(found.group("rest")) \
            else max(0, begin - HANDLER_REACH)
        before = text[reach:end]
        places = [(before.rfind(thing), thing) for thing in things if thing in before]
        named = [max(places)[1]] if places else []
    return f"{found.group('verb')}{named[0]}的{found.group('who')}" if named else ""


def _past_keyword(phrase: str, limit: int, vocab: Vocabulary) -> int:
    """``limit``, moved past a keyword it would cut (作典型经验推|介): the keyword names the thing."""
    if len(phrase) <= limit:
        return limit  # nothing to cut (most phrases): no scan
    for keyword in vocab.keyword_regex.finditer(phrase, max(0, limit - 6)):
        if keyword.start() < limit < keyword.end():
            return keyword.end()
        if keyword.start() >= limit:
            break
    return limit


_AUTHOR_LEAD = re.compile(r"^(?:其中|其余|另有|由|各|共|全体)+")


AUTHOR_MAX_CHARS = 16  # a longer agent is a whole roll of submitters: the total's, named by its verb alone


_AGENT_ADVERBS = ["共", "共计", "累计", "先后", "已"]


def _with_author(subject: str, raw_pre: str, vocab: Vocabulary, part: bool = False) -> str:
    """委员个人或联名提出提案95件 counts 委员个人或联名提出提案, not any 提出提案: who submitted (an
    author word before the subject's verb: 个人, 联名, 民主党派) stays in front of the verb. A longer
    list of submitters names a part (``part``: a figure after another in its sentence, 委员…557件,
    占68%;各民主党派、人民团体、专门委员会和界别提出提案259件), kept as far as its last items fit."""
    if not vocab.author_words:
        return subject
    at = raw_pre.rfind(subject)
    if at <= 0:
        return subject
    agent = _AGENT_BREAK.split(raw_pre[:at])[-1]
    agent = _AUTHOR_LEAD.sub("", agent.strip(_LEADING_PUNCT))
    longest = AUTHOR_MAX_CHARS
    if part and len(agent) > AUTHOR_MAX_CHARS and "、" in agent:
        agent = _shorten(agent, SUBJECT_MAX_CHARS - len(subject))
        longest = SUBJECT_MAX_CHARS - len(subject) + LIST_SLACK  # (a short last item is kept whole)
    # the cheap tests first: most clauses name no author word, and then no verb need be read
    if not 2 <= len(agent) <= longest or not _regex(alternation(vocab.author_words)).search(agent):
        return subject
    starts_with_verb = any(found.start() == 0 for found in vocab.verbs(subject))
    ends_with_verb = any(found.end() == len(agent) for found in vocab.verbs(agent))
    if not (starts_with_verb or ends_with_verb):
        return subject
    # 提案组共收到提案: 共 and its like say the figure is a total, they are no part of the agent
    return _strip_words(agent, _AGENT_ADVERBS, leading=False) + subject


# 通过委员办公平台提交提案, 聚焦城市建设开展履职活动: how or on what the thing was done sets it apart
_MEANS_LEAD = re.compile(r"(?<!审议)(?<!表决)(?<!讨论)(?P<lead>通过(?![了过])|围绕|聚焦|依托|借助)"
                         r"(?P<what>[^,，;；。:：\n\d]{2,60})$")
MEANS_MAX_CHARS = 14  # a theme longer than this (after the examples before 等) is a clause, not a name
# the head after a list's 等 names a theme when it says more than a kind (主题, 形式, 热点问题)
MEANS_HEAD_MIN_CHARS = 5
THEMED_MAX_CHARS = 6  # a subject this short names no topic of its own (提出提案, 专题调研): a theme sets it apart
THEMED_PREFIX_CHARS = 2  # … when at most this much stands before its kind of thing (系列|履职活动)
THEME_REACH = 24  # how far back the clause that names a theme is looked for


def _with_means(subject: str, raw_pre: str, core: str, vocab: Vocabulary) -> str:
    """``subject`` with the means or theme phrase (通过…, 围绕…, 聚焦…) that stands right before it
    (or before its verb, when the noun follows the number: 聚焦…开展7项履职活动)."""
    verb = ""
    if raw_pre.endswith(subject):
        at = len(raw_pre) - len(subject)
    elif core and raw_pre.endswith(core):
        at = len(raw_pre) - len(core)
        verb = "" if subject.startswith(core) else core  # 开展|7项|履职活动: the verb went with the number
    else:
        return subject
    start = 0
    while at > 0 and (found := _MEANS_LEAD.search(raw_pre, start, at)) is not None:
        # 围绕推进A、B等事关长远发展的重大问题: a list of examples gives way to its head after 等
        what = found.group("what")
        etc = _etc_at(what) if "、" in what else -1
        if etc >= 0:  # (with no list the phrase is the theme itself: 围绕生态宜居南宁建设, 聚焦农村供水等主题)
            what = what[etc + 1:]
            verbs = vocab.verbs(what)
            head = what[:verbs[0].start()] if verbs else what
            if len(head) < MEANS_HEAD_MIN_CHARS or _CLASS_WORD_LEAD.match(head):
                return subject  # 围绕…等主题开展协商, …等方面提交: the head says only what kind of thing the examples were
        if len(what) <= MEANS_MAX_CHARS and not ("、" in what and len(what) > MEANS_MAX_CHARS // 2):
            return found.group("lead") + what + verb + subject
        # a clause too long to be a theme may hold a shorter means nearer the subject (围绕…重点难点问题|通过
        # 委员履职平台|提交提案): the search goes on from inside it, as it did when the phrase read was short
        start = found.start("what")
    return subject


def _names_no_topic(subject: str, vocab: Vocabulary) -> bool:
    """Whether ``subject`` is a verb and a kind of thing and little else (提出提案, 专题调研, 系列履职
    活动), which a theme sets apart; 建言经济发展 names its topic itself."""
    thing = _strip_words(subject, vocab.subject_verbs)
    head = vocab.keyword_end_regex.search(thing) if 0 < len(subject) <= THEMED_MAX_CHARS else None
    return head is not None and head.start() <= THEMED_PREFIX_CHARS


CLASS_HEADING_REACH = 120  # how far back the class that heads an item (经济建设方面,) is looked for


def _class_heading(text: str, begin: int, vocab: Vocabulary) -> str:
    """The class that heads the item the figure's clause belongs to (经济建设方面,围绕…等,提出提案152件 →
    经济建设方面): a clause of its own that is only a class name (…方面, …类, …领域), opening a sentence or
    a semicolon's item, then the figure's clause, or a theme clause (围绕/聚焦/针对…) and then it; else empty.
    A connective is no class (一方面,…;另一方面,…;这方面,…), nor a side that submits or handles, nor a
    stage (委员方面, 政府方面, 办理方面)."""
    if begin < 2 or text[begin - 1] not in ",，":
        return ""
    verbs = alternation(vocab.theme_verbs) or "(?!)"
    found = _class_heading_regex(verbs).search(text, max(0, begin - CLASS_HEADING_REACH), begin)
    return found.group("label") if found else ""


@lru_cache(maxsize=8)
def _class_heading_regex(theme_verbs: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|[。;；\n])[ \t\u3000]*(?:其中[,，]?)?(?![在从对就于])(?!(?:另一|一|这|那|此|该|各|多|两|诸)(?:方面|类|领域)[,，])"
                      # (nor a side, those who submit or handle, or a stage: 委员方面, 政府方面, 党派团体方面, 办理方面)
                      r"(?![\u4e00-\u9fff]{0,4}?(?:委员|政府|党派|团体|界别|部门|单位|承办|办理|交办|督办|具体|总体|整体|数量|质量)方面[,，])(?P<label>[\u4e00-\u9fff、]{2,14}?(?:方面|类|领域))[,，]"
                      rf"(?:(?:{theme_verbs})[^,，;；。:：\n\d]{{2,90}}[,，])?$")


def _theme_before(text: str, begin: int, vocab: Vocabulary) -> str:
    """The theme a clause of its own names right before the figure's clause (其中,围绕经济建设,委员提出
    提案893件 → 围绕经济建设), else empty; a clause that does something (围绕乡村振兴开展专题调研) is
    no bare theme."""
    if begin < 2 or text[begin - 1] not in ",，":
        return ""
    found = vocab.theme_clause_regex.search(text, max(0, begin - 1 - THEME_REACH), begin - 1)
    return found.group("theme") if found and not vocab.verbs(found.group("theme"), 2) else ""


_ROLL_JOINER = re.compile("[、和及与]")
_ROLL_TAIL = re.compile(r"(?:[(（][^()（）]{1,8}[)）])?等?(?:名义)?(?:提出|提交|报送|所提)?了?的?(?:集体)?提案$")


def _collective(holder: str, vocab: Vocabulary) -> str:
    """各民主党派、工商联、人民团体等提出提案 → 集体提案: proposals whose holder rolls up two or more
    submitting bodies (body_author rows; 党派 inside 民主党派 counts once) are the collective ones, which
    is what a share of them names however the roll is worded. A roll lists (、 和 及); a compound name
    such as 党派团体提案 is its own short name and stays."""
    if not holder.endswith("提案") or not vocab.body_author_words or not _ROLL_JOINER.search(holder):
        return holder
    named = {word for word in vocab.body_author_words if word in holder}
    named = {word for word in named if not any(word != other and word in other for other in named)}
    last = max((holder.rfind(word) + len(word) for word in named), default=0)
    return "集体提案" if len(named) >= 2 and _ROLL_TAIL.match(holder, last) else holder


def _rate_subject(pre: str, previous: "PreviousMention | None", clause_before: str,
                  vocab: Vocabulary) -> "Subject | None":
    """满意率达97.9% → 满意率 (also when the name ends the clause before: 更换率,达到62%);
    经济建设类提案约占46% → 经济建设类提案占比; 采纳917件、占92.3% → the share that the figure
    before is of its total; 收到提案312件,增长9% → 收到提案增长率."""
    if previous and previous.unit == "%" and pre in ("", "和", "及", "与", "、"):
        return Subject(previous.subject, previous.subject)  # 分别占11%、25%和12%: the same measure
    rate = _RATE.search(pre)
    if not rate and _LINK_ONLY.match(pre):
        rate = _RATE.search(clause_before)
    if rate:
        name = rate.group(1).replace("“", "").replace("”", "").strip("、")
        name = _strip_words(name, vocab.subject_fillers, protected=vocab.subject_keep) or name  # 全年办结率
        if _PROPORTION.search(name):
            holder = _PROPORTION.sub("", name)
            return Subject(holder + "占比", holder) if len(holder) >= 2 else None
        name = _RATE_HOLDER.sub("", name) if len(name) > 7 else name
        return Subject(name, name)
    stage = _stage_rate(pre, vocab)
    if stage:
        return Subject(stage, stage)
    share = _SHARE.search(pre)
    if share:
        holder = _core(pre[:share.start()], False, False, vocab) if share.start() else ""
        if len(holder) >= 2:
            return Subject(_shorten(_collective(holder, vocab), SUBJECT_MAX_CHARS - 2) + "占比", holder)
        ranked = _RANKED_CLAUSE.search(clause_before) if not share.start() else None
        if ranked:  # 其中经济方面的提案最多,占35%: the share is of what the clause before ranks
            holder = _core(ranked.group("holder"), False, False, vocab)
            if len(holder) >= 2:
                return Subject(_shorten(_collective(holder, vocab), SUBJECT_MAX_CHARS - 2) + "占比", holder)
        if previous:
            return Subject(_shorten(_collective(previous.subject, vocab), SUBJECT_MAX_CHARS - 2) + "占比", pre,
                           inherited=previous.subject)
    change = _CHANGE.search(pre)
    if change and previous and not pre[:change.start()].strip(_LEADING_PUNCT):
        base = _CHANGE_END.sub("", previous.subject)  # 增加29件,增长9%: the same change
        name = _shorten(base, SUBJECT_MAX_CHARS - 3) + change.group("verb") + "率"
        return Subject(name, pre, inherited=previous.subject)
    return None


@lru_cache(maxsize=8)
def _stage_rate_regex(stems: tuple[str, ...]) -> re.Pattern[str]:
    stem = alternation(stems)
    return re.compile(rf"^(?P<name>[\u4e00-\u9fff、“”]{{0,16}}?(?:{stem})(?:[或和及、](?:{stem}))?)的?{_RATE_LINK}$")


def _stage_rate(pre: str, vocab: Vocabulary) -> str:
    """委员满意或基本满意达99% → 委员满意或基本满意率: a verb of judging or of a handling stage right
    before a percentage names the rate (the figure is the share who judged so, not a thing)."""
    if not vocab.rate_stems or not pre:
        return ""
    found = _stage_rate_regex(tuple(vocab.rate_stems)).match(pre)
    if not found:
        return ""
    name = _strip_words(found.group("name"), vocab.subject_fillers, protected=vocab.subject_keep)
    return (name or found.group("name")) + "率"


# 科技、教育等方面的提案68件: the items name the class of the thing counted before the number; with the
# class word alone (“打造…平台”等方面50余条建议) the thing follows the number and the items are examples
_CLASS_WORD_LEAD = re.compile(r"^(?:方面|领域|类别?|行业)(?=.)")
_CLASS_WORD_ONLY = re.compile(r"^(?:方面|领域|类别?|行业)$")


def _names_submitters(examples: str, vocab: Vocabulary) -> bool:
    """民主党派、人民团体和界别等提案: items naming who submitted set the things apart as a class, they
    are no examples. Every item after the first must name one (an author word, or a 组 such as 小组):
    the first may carry the clause before the list (各专委会、界别就甲、乙等10项项目 lists no submitters)."""
    items = examples.split("、")[1:]
    if not items or not vocab.author_words:
        return False
    author = _regex(alternation(vocab.author_words))
    return all(author.search(item) or item.endswith("组") for item in items)


def _without_examples(raw_pre: str, pre: str, vocab: Vocabulary) -> tuple[str, str, str, bool]:
    """(what is left of the words before the number, the head after 等, the examples before 等,
    whether the examples are topics that give way to the verb before them).

    甲、乙等意见建议 → 意见建议: the enumeration is examples, not the subject, unless what follows 等
    is too generic to stand alone (巡展、宣讲等各类活动); “敬业有我”“履职有我”3条履职赛道: quoted names
    listed before a count are examples too, and so are titles (《关于…的建议》《关于…的建议》两份集体提案); 向区委请示报告年度协商计划、…等事项 → 向区委请示报告事项.
    """
    if ("”" in raw_pre or "》" in raw_pre) and _QUOTED_RUN_END.search(raw_pre):  # cheap test first
        pre = _QUOTED_RUN_END.sub("", raw_pre).strip(_LEADING_PUNCT)
    etc = _etc_at(pre)
    after_examples = pre[etc + 1:] if etc >= 0 else pre
    examples = pre[:etc] if etc >= 0 else ""
    head_word = _GENERIC_PREFIX.sub("", after_examples)
    topic_with_verb = head_word in vocab.topic_heads and "、" in examples
    if topic_with_verb:
        pre = _before_list(examples) + after_examples
    elif head_word not in vocab.generic_heads and head_word not in vocab.listed_heads \
            and not _CLASS_WORD_LEAD.match(after_examples) and not (
            raw_pre.endswith("的") and _CLASS_WORD_ONLY.match(after_examples)) and not _names_submitters(examples, vocab):
        # 科技、教育等方面的提案 / 政法、统战等方面的93件: the items name the class, they are no examples
        pre = after_examples
    return pre, after_examples, examples, topic_with_verb


# who took part, then the deed, ending the words before a count of person-times (委员参加各项活动570余人次)
_TOOK_PART = re.compile(r"(?:参加|参与)了?(?P<deed>[^,，;；。:：\d]{2,12})$")


def _who_took_part(subject: str, pre: str, vocab: Vocabulary) -> str:
    """委员参加各项活动570余人次 counts 委员参加各项活动: person-times count the people, so a member head
    right before the taking-part verb stays with the deed the subject kept (各项活动 alone loses who)."""
    took = _TOOK_PART.search(pre)
    if took is None or not subject.lstrip("了") or subject.lstrip("了") not in took.group("deed"):
        return subject
    who = vocab.member_head_regex.search(pre, max(0, took.start() - 4), took.start())
    if who is None or who.end() != took.start():
        return subject
    return who.group() + took.group()[:2] + took.group("deed")  # (参加 or 参与, as written; no 了)


def _core(pre: str, noun_follows: bool, topic_with_verb: bool, vocab: Vocabulary, headless: bool = False) -> str:
    """The words before the number that name what was counted: from the clause's last verb on,
    without time scopes and fillers; a headless relative clause (列入计划解决的有) whole."""
    if noun_follows and _BENEFICIARY_END.search(pre):
        return ""  # 为全市800多名失独父母提供义诊: those served are counted, not who served them
    if noun_follows and pre.endswith(("对", "年", "的")):
        acted_on = _OBJECT_MARKER_END.search(pre)
        if acted_on:  # 对2010年的30件重点提案进行督察: the things the verb acts on are counted (and their year)
            return acted_on.group("year") or ""
    if pre.startswith("经"):
        pre = _REVIEWER_LEAD.sub("", pre)  # 经提案委员会审查立案125件: who reviewed them is no part of the thing
    # (each pattern is tried only when the character it cannot match without is there: most
    # clauses hold no date, no term and no 有)
    if noun_follows and "有" in pre:
        pre = _FRAME_HAS.sub("", pre)  # 三期“下午茶”活动共有27家企业: the frame holds what is counted
    pre = _TIME_SCOPE.sub("", pre)
    if "年" in pre:
        pre = _YEAR_LEAD.sub("", pre)
    if "月" in pre:
        pre = _MONTH_LEAD.sub("", pre)
    if "届" in pre:
        pre = _TERM_LEAD.sub("", pre)
    pre = _strip_words(pre, _TRAILING_FILLERS, leading=False)
    core = pre if topic_with_verb or headless else _after_last_verb(pre, vocab, noun_follows)
    session = _SESSION_END.search(pre, 0, len(pre) - len(core)) if core != pre else None
    label = _CLASS_BEFORE.search(pre, 0, len(pre) - len(core)) if core != pre else None
    core = _strip_words(core, vocab.subject_fillers, protected=vocab.subject_keep)
    core = _strip_words(core, _TRAILING_FILLERS, leading=False)
    core = core.strip(_LEADING_PUNCT)
    if len(core) > 14 and "等" in core:
        core = _drop_verb(core, vocab)  # a long list keeps its items rather than its verb
    core = _shorten_at_word(core, vocab)
    if session and core:
        core = session.group("session") + core
    elif label and core:
        # 围绕经济建设方面提出提案94件 counts 经济建设方面提案: the class the things fall in, not the verb
        thing = _strip_words(core, vocab.subject_verbs)
        if thing and thing != core:
            core = _CLASS_LEAD.sub("", label.group("label")) + thing  # 五届三次会议收到提案223件: the session is part of what was counted
    done = _TOPIC_DONE.match(core) if not noun_follows and not headless else None
    if done and not vocab.keyword_end_regex.search(done.group("topic")):
        # 该协会已累计筹款: a topic that names no counted thing (a body, a time scope) is not kept
        return done.group("verb")
    if done:
        # 立案提案已办结994件 counts 办结提案: the verb, then the topic's head word (its last two
        # characters), so the phrase stays head-final (办结, not 立案, is what happened to them)
        topic = done.group("topic")
        core = done.group("verb") + (topic[-2:] if len(topic) >= 4 else topic)
    return core


def _borrowed(subject: str, core: str, noun: str, predicate: str, mention: RawMention,
              previous: "PreviousMention | None", text: str, begin: int, pre: str,
              vocab: Vocabulary) -> tuple[str, str, str] | None:
    """(subject, what it borrowed, the phrase that decides its category or "") when the figure
    leaves its subject implicit, else None."""
    object_part = _strip_words(core, vocab.subject_verbs)
    head = object_part + noun  # 提出意见建议 → 意见建议
    # one light verb (提出) says nothing of its own; 协调解决问题 does, and keeps its subject
    light_verb = not core.startswith(tuple(vocab.content_verbs))
    endorsed = bool(previous and previous.unit == mention.unit and _ENDORSED.search(core)
                    and not _RESULT_PREDICATE.match(core))
    if previous and not noun and (_RESULT_PREDICATE.match(core) or endorsed) \
            and not previous.subject.endswith(core):
        # 报送信息3120篇,被全国政协采用156篇: what was adopted is the figure before's
        # (被全国政协采用3条,市领导批示3条: so is what a leader endorsed); what is counted is
        # still 信息, whoever adopted it, and that decides the category
        root = previous.root or previous.subject
        if root.endswith("批示"):  # 省领导批示7次,市级领导批示11次: a run of endorsements, no thing named
            return core, "", root
        core = "获" + core if endorsed else core
        if _RESULT_PREDICATE.match(root):  # 被人民政协报采用1篇,被政协报采用49篇: no thing to borrow
            return core, "", root
        # (named by the thing, not by an adoption before this one: 信息被…采用 → 信息被省政协采用)
        return _shorten(_before_passive(root), SUBJECT_MAX_CHARS - len(core)) + core, root, root
    if previous and subject and not head and previous.unit != "%":
        # 收到社情民意76条,编发6期21条: a verb alone acts on the thing the figure before counts
        thing = _thing_of(previous.root or previous.subject, vocab)
        if thing and not thing.startswith(core):
            return core + thing, previous.subject, thing
    if subject and not (head in vocab.generic_heads and light_verb):
        return None
    if previous and not subject:
        # 其中6篇被…刊载: the 6 are of the thing before. In a run of such items (1条被…批示,5条被…采用)
        # each is named by the thing the run is about, not by the item before's own passive
        # predicate; the words the category is read from stay the whole run's
        named = previous.subject
        if predicate and named.startswith(predicate + "的"):
            # 799名委员、6500余人次参加各类履职活动: the people before are named by this same deed
            named = named[len(predicate) + 1:]
        borrowed = named + predicate
        return _before_passive(named) + predicate, borrowed, ""
    # (an activity before lends its name to what it produced, but a figure before that names no activity,
    # 参与委员 or a part 关注民生的, lends none: 参与委员2.1万人次,服务群众400万人次 counts 服务群众; nor does
    # one before a semicolon, which opens an item of its own: 视察43项;委员们…提出意见建议45条. A bare
    # verb acts on the thing the figure before counts, whatever its words: 报送581期,采用127期)
    lends_activity = bool(previous) and head not in vocab.bare_verbs and previous.unit in ACTIVITY_UNITS \
        and vocab.keyword_regex.search(previous.subject) is not None and not _after_semicolon(text, begin) \
        and not _names_people(previous.subject, vocab)  # (义诊活动参与委员 names its activity, yet counts people)
    if previous and (head in vocab.bare_verbs or lends_activity) and not previous.subject.endswith(head):
        borrowed = previous.subject + head  # 视察27场次,提出意见建议86条 → 视察意见建议
        return borrowed, borrowed, ""
    if core != object_part and head in vocab.generic_heads and head not in vocab.bare_verbs:
        # 参与专题网络议政提出建言855条: the suggestions of the activity just before the verb
        modifier = _modifier_before(pre, core, text, begin, vocab)
        if modifier:
            return _shorten(modifier + core + noun, SUBJECT_MAX_CHARS), "", ""
    return None


# 被 as the passive marker, not the 被 of bedding (棉被, 夏凉被, 被服, 被褥), which relief goods often count:
# 采购被服150套,其中60套被送往… borrows 采购被服, not 采购
_PASSIVE = re.compile(r"被(?<![棉毛凉丝]被)(?![子褥服单套罩])")  # (被 first: a fast scan, same matches)
PASSIVE_THING_MIN = 2  # 信息被采用: at least a word before 被 to be the thing


_LAST_FIGURE_REACH = SUBJECT_MAX_CHARS * 3  # how far back the figure before is looked for


def _after_semicolon(text: str, begin: int) -> bool:
    """Whether a semicolon stands between the figure before (its last digit, within reach) and the
    clause that starts at ``begin``."""
    window = text[max(0, begin - _LAST_FIGURE_REACH):begin]
    digit = _last_match(_DIGIT, window)
    return digit is not None and ("；" in window[digit.end():] or ";" in window[digit.end():])


def _before_passive(subject: str) -> str:
    """The thing a subject worded in the passive counts (反映的社情民意被全国政协采用 → 反映的社情民意):
    what a later figure borrows from it is the thing, not the passive predicate it was given."""
    passive = _PASSIVE.search(subject, PASSIVE_THING_MIN)
    return subject[:passive.start()] if passive else subject


def _thing_of(subject: str, vocab: Vocabulary) -> str:
    """The thing a subject counts: the longest keyword it ends in (收到委员反映的社情民意信息 →
    社情民意信息); a subject that ends in no keyword (办结) names no thing to borrow."""
    keywords = vocab.category_by_keyword
    start = next((at for at in range(len(subject)) if subject[at:] in keywords), -1)
    if start < 0:
        return ""
    # 社情民意 overlaps 民意信息: keywords that run into the thing's first one belong to it
    moved = True
    while moved:
        moved = False
        for at in range(max(0, start - 6), start):
            if any(subject.startswith(k, at) and at + len(k) > start for k in keywords if subject[at:at + 1] == k[:1]):
                start, moved = at, True
                break
    return subject[start:]


# a clause that names a class and says it leads (经济建设类依然是关注焦点): the class a bare count after it counts
_CLASS_LEADS = re.compile(r"(?:^|[,，;；。:：])(?:其中|从[^,，;；。]{1,10}看)?,?(?:有关|关于|涉及)?"
                          r"(?P<label>[\u4e00-\u9fff、]{2,14}?(?:类|方面|领域))(?:的)?(?:提案|建议)?的?(?:数量)?"
                          # (经济建设方面的提案占近一半,达2252件: a share in words, no figure, ranks it too)
                          r"(?:(?:依然|仍然|依旧|仍|也|始终|继续)?(?:是|为|成为|占据|占)[^,，;；。\d%％]{0,8}"
                          r"|最多|最高|居多|较多|居首位?|排名第一|位居第一|(?:位?居|排)第[一二三四五六七八九十]位?)$"
                          # 其次是计划人事类的,有81件 / 占第二位的是教科文卫体方面的提案,达1488件: the class ranked next
                          r"|(?:^|[,，;；。:：])(?:其次是|其次为|再次是|接下来是|(?:居|占|排)第[二三四五六七八九十]位的是)"
                          r"(?:有关|关于|涉及)?"
                          r"(?P<next>[\u4e00-\u9fff、]{2,12}?(?:类|方面|领域))(?:的)?(?:提案|建议)?$")


def _class_before(text: str, begin: int) -> str:
    """The class the clause before ``begin`` (in the same sentence) names as leading, if any."""
    if begin < 2 or text[begin - 1] not in ",，;；":
        return ""
    found = _CLASS_LEADS.search(text[max(0, begin - 1 - SUBJECT_MAX_CHARS * 2):begin - 1])
    return (found.group("label") or found.group("next")) if found else ""


_SECOND_PREDICATE = re.compile(r"、?(?:并且|并|同时)")
# who dealt with the things, before the verb of a relative clause that names them (各承办单位对|交付的)
_HANDLED_BY = re.compile(r"^.*(?<![一面点])对(?![口外一面点])(?=[\u4e00-\u9fff]{2,4}的?$)")
RELATIVE_MIN_CHARS = 3  # what counted people did, in fewer characters, is a verb without its object
# 列入计划解决的有25件, 得到解决的A类43件: a relative clause, alone or before an outcome class's label
_HEADLESS_END = re.compile(rf"的(?:[{_OUTCOME_CLASS_LETTERS}]类件?)?有?$")
_CLASS_END = re.compile(r"(?:方面|类|领域)$")
_CLASS_ITEM_END = re.compile(rf"[{_OUTCOME_CLASS_LETTERS}]类件有?$")
_HAS_END = re.compile(r"有(?<![共拥具没所只还都均占]有)$")  # 解决的有132件, 即A类提案有362件
_STAGE_RATE_CHARS = 3  # 办结率, 满意率: a rate this short names no holder


def with_topic(subject: Subject, topic: str, topic_category: str, vocab: Vocabulary) -> Subject:
    """The subject of a figure that names no thing of its own, completed with the thing the
    passage counts (``topic``, 提案 for 件 after a sentence about proposals): 解决的有132件 →
    解决的提案, 经济建设方面134件 → 经济建设方面提案, 立案987件 → 立案提案, 办复率 → 提案办复率.
    A subject that ends in a keyword of another category names a thing of its own (反映社情民意)."""
    text = subject.text
    if not text or topic in text or text.endswith(("占比", "字数")):
        return subject  # a share (a word count) is named after the figure it is a share of (the words of)
    if _CLASS_ITEM_END.search(text):  # 得到解决的A类件有45件: 件 after a class's label is the thing itself
        return Subject(_HAS_END.sub("", text), subject.local, subject.inherited, subject.examples, subject.headless)
    head = vocab.keyword_end_regex.search(text)
    if head and vocab.category_by_keyword[head.group()] != topic_category and head.group() not in vocab.subject_verbs:
        return subject  # 反映社情民意 names a thing; 列入计划解决 does not
    if text.endswith("率"):
        if len(text) > _STAGE_RATE_CHARS:
            return subject
        text = topic + text
    else:
        text = _HAS_END.sub("", text)
        if _CLASS_END.search(text) or (len(text) <= 2 and not subject.headless):
            text += topic  # 经济建设方面提案, 立案提案
        else:
            text += "的" + topic
    return Subject(text, subject.local + topic, subject.inherited, subject.examples, subject.headless)


def from_pool(subject: Subject, topic: str) -> Subject:
    """立案提案中得到解决的有78件 counts 得到解决的提案: a figure taken out of a pool of the thing
    the passage counts (``topic``) is named by what sets it apart, then the thing."""
    pool = subject.text.find(topic + "中")
    part = subject.text[pool + len(topic) + 1:] if pool >= 0 else ""
    if len(part) < 2 or part.endswith("占比"):
        return subject
    if topic in part:  # 提案中初选出优秀提案: the part names the thing itself
        text = part
    else:
        text = part + topic if len(part) <= 2 or part.endswith("的") else part + "的" + topic
    return Subject(text, subject.local, subject.inherited, subject.examples)


# a sentence that opens by naming its topic and saying it went well (社情民意信息工作扎实开展,
# 全年收到信息2.5万篇,编报4471期): its figures count that topic
_TOPIC_OPENING = re.compile(r"^(?P<topic>[\u4e00-\u9fff“”\"]{2,16}?)(?:工作)?"
                            r"(?:扎实|深入|持续|稳步|有序|有效|全面|广泛)(?:开展|推进|展开)[,，;；]")


def with_sentence_topic(subject: Subject, opening: str, vocab: Vocabulary) -> Subject:
    """A bare verb (编报4471期) or a generic head (开展活动3407项) in a sentence that opens with its
    topic (``opening``: the sentence up to the figure's clause) counts that topic."""
    found = _TOPIC_OPENING.match(opening.lstrip())  # a paragraph's indent (　　) is no part of it
    if not found:
        return subject
    topic = found.group("topic").strip("“”\"")
    text = subject.text
    head = _strip_words(text, vocab.subject_verbs)
    verb = text[:len(text) - len(head)]
    if head and not (head in vocab.generic_heads and topic.endswith(head)):
        return subject
    return Subject(verb + topic, subject.local + topic, subject.inherited, subject.examples, subject.headless)


_SESSION_END = re.compile(r"(?P<session>(?:[一二三四五六七八九十]+届)?[一二三四五六七八九十]+次(?:全体)?会议(?:期间|以来)?)"
                          r"(?:共|共计|累计|先后|已)?$")
# a chronicle's entries (a gazetteer's 全委会 section): one opens at a date (1992年3月22~26日,召开了…) or
# at a later session of the same term (第二次会议于1985年1月…召开); a session named inside an entry is its own
_ENTRY_OPENING = re.compile(r"(?<=[。\n])\s*(?:(?:19|20)\d{2}\s*年"
                            r"|第?(?P<number>[一二三四五六七八九])次(?:全体)?会议)")
# ... and one closes at a heading (第三节 视察, 【机关建设】, a short line): a new section is no entry of the last session
_ENTRY_HEADING = re.compile(r"【|(?<=\n)[ \t\u3000]*(?:第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、"
                            r"|[^\n。,，;；:：]{1,20}(?=\n))")
_CHINESE_DIGITS = "〇一二三四五六七八九"


def _chinese_count(n: int) -> str:
    """1..99 in Chinese numerals, as a session is written (十一届四次)."""
    tens, ones = divmod(n, 10)
    lead = (("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十") if tens else ""
    return lead + (_CHINESE_DIGITS[ones] if ones or not tens else "")


def chronicle_sessions(text: str, sessions: Sequence[tuple[int, int, int]], offsets: Sequence[int]) -> list[str]:
    """For each offset in a chronicle of plenary sessions (``sessions``: (start, term, number) of each one
    it names), the session whose entry it stands in (三届二次会议), or '' before the first, after an
    entry opened by a date that names none, or where the chronicle names only one session: there a
    roll call (与会委员156人) or an election (副主席5名) reads the same from entry to entry unless its
    subject names the session it belongs to."""
    if len({(term, number) for _, term, number in sessions}) < 2:
        return ["" for _ in offsets]
    openings = [(found.start(), 0, _CHINESE_DIGITS.index(found.group("number")) if found.group("number") else -1)
                for found in _ENTRY_OPENING.finditer(text)]
    openings += [(found.start(), 0, -1) for found in _ENTRY_HEADING.finditer(text)]
    marks = sorted([*sessions, *openings])
    labels, current, index = [], (0, 0), 0
    for offset in offsets:  # (offsets come in reading order)
        while index < len(marks) and marks[index][0] < offset:
            _, term, number = marks[index]
            if term:
                current = (term, number)  # a session named
            elif number > 0 and current[0]:
                current = (current[0], number)  # 第二次会议于…: the next session of the same term
            else:
                current = (0, 0)  # an entry opened by a date: until it names its session, none
            index += 1
        term, number = current
        labels.append(f"{_chinese_count(term)}届{_chinese_count(number)}次会议" if term else "")
    return labels


# another organ's session, named in a 会期's own sentence: a 人大's, the Party's congress (中共某县第十五次代表
# 大会), the Youth League's, the Women's Federation's, the workers' congress → its short name
_OTHER_ORGAN_SESSION = re.compile(
    "(?P<人大>人大|人民代表大会)|(?P<党代会>党代会|党代表大会|中共[^,，。;；:：、]{0,12}?代表大会)"
    "|(?P<团代会>团代会|共青团[^,，。;；:：、]{0,12}?代表大会)|(?P<妇代会>妇代会|妇女代表大会)"
    "|(?P<职代会>职代会|职工代表大会)")
_CPPCC_NAMED = re.compile("政协|政治协商|委员(?!会)")


def session_length(sessions: Sequence[tuple[int, int, int]], begin: int, at: int, sentence_head: str = "") -> str:
    """The subject of a plenary session's length (会期6天): the last session named between ``begin`` (the
    sentence before the figure's) and the figure (``sessions``: (start, term, number)) with 会期, e.g.
    十四届二次会议会期; plain 会期 where none is named. A length whose own sentence up to it
    (``sentence_head``) names another organ's session after its last word of a 政协's is that session's
    (市十七届人大二次会议会期5天 → 人大会期), not the 政协 session the sentence before names."""
    organs = list(_OTHER_ORGAN_SESSION.finditer(sentence_head))
    if organs and not _CPPCC_NAMED.search(sentence_head, organs[-1].end()):
        return f"{organs[-1].lastgroup}会期"
    named = [(term, number) for start, term, number in sessions if begin <= start < at]
    if not named:
        return "会期"
    term, number = named[-1]
    return f"{_chinese_count(term)}届{_chinese_count(number)}次会议会期"


# 会议选举主席, 大会增选常委: the session is that 会议 (a 会议室 is not)
_MEETING_LEAD = re.compile(r"^(?:本次|这次)?(?:会议|大会)(?=选举|增选|补选|表彰|通过|听取|共?收到)")


def with_session(subject: str, label: str) -> str:
    """``subject`` led by its chronicle entry's session, unless it names a session of its own."""
    if not label or not subject or "届" in subject or "次会议" in subject:
        return subject
    if subject.startswith(("会议", "大会", "会场")) and not _MEETING_LEAD.match(subject):
        return subject  # (会议室可容纳200人: the room, not the session)
    return label + _MEETING_LEAD.sub("", subject)


_FRAME_HAS = re.compile(r"^.*(?:共有|共计有|累计有|先后有|总共有)(?=.{0,4}$)")
# (or 向 with a place: 委员向沙沟乡100名困境儿童捐赠…, 为到场10名委员授牌)
_BENEFICIARY_END = re.compile(r"(?:为(?<![成作认称行更因]为)|向(?<![方转面走投导倾趋意志动去内外]向))"
                              r"(?:全[市县区省州镇]|当地|辖区|基层|到场|在场|[\u4e00-\u9fff]{1,4}(?<![发建设])(?:乡|镇|村|社区|街道))?$")
# 对(2010年的)N件…: the object a verb after the count acts on (not 针对, 面对, 相对, 反对, 绝对, 一对…)
_OBJECT_MARKER_END = re.compile(r"(?<![针面相反绝核应比校配一])对(?:(?P<year>(?:19|20)\d{2}年度?)的?)?$")
# 经提案委员会审查立案: the reviewer before the review verb
_REVIEWER_LEAD = re.compile(r"^经(?!济)[\u4e00-\u9fff]{2,12}(?=审查|审核)")
_CLASS_BEFORE = re.compile(r"(?P<label>[\u4e00-\u9fff、]{2,12}?(?:方面|领域|类))的?$")
_CLASS_LEAD = re.compile(r"^.*?(?:围绕|关于|涉及|聚焦|针对|就|在)")
_TRAILING_POOL = re.compile(r"中(?<=[\u4e00-\u9fff]{3})(?<![其集期初高]中)$")  # 委员2237人中


# (…全体队员共计120余人: a total's adverb left between the thing and its figure)
_ADVERB_END = re.compile(r"(?:就|即|也|还|共计|合计|总计|累计)(?<=[\u4e00-\u9fff]{4})$")
# a level a figure is held at (满意率保持在98%以上, 订阅份数都稳定在7000份): the verb is no part of the thing
_LEVEL_END = re.compile(r"(?:都|均|一直|始终)?(?:保持在|稳定在|维持在)(?<=[\u4e00-\u9fff]{5})$")
# 邀请了8位台胞, 增加了, (提案)中所提问题, 接待过20余个…: an aspect particle left of the verb that went
_PARTICLE_EDGE = re.compile(r"^了(?!解)|了$|^中(?=[所有已的])|^过(?![去程渡])")


_CURRENCY = re.compile("人民币|港币")
# what may stand between a count of texts and the count of their words (计, 共计, 约有, 达): no thing of its own
_WORD_COUNT_LEAD = re.compile(r"(?:共计|合计|总计|共|计|约有|约|达到|达|逾|超过|近|有)*")
_RECIPIENT_END = re.compile(r"(?<![方导意倾走])[向给][^,，;；。、\d]{2,14}$")


def _gift_only(subject: str, vocab: Vocabulary, counts_gift: bool = False) -> str:
    """A gift named by its giving verb (捐资, 捐赠 …: giving and gift rows of subject_fillers.csv), tidied:
    the currency (捐资人民币), the aspect particle (捐赠了) and the adverbs before the verb (便, 纷纷) go;
    who gave it and to whom stay, as they set the gift apart (labels of the mini dev sets and build gold
    alike: 社会界别政协委员捐款, 向群众赠送的药品价值); a person named by title and name keeps those alone
    (雷州商会会长王能捐赠 → 会长王能捐赠). A donor named by a head word (县人民医院, 委员工作室) is read
    as one only where the figure is the gift (``counts_gift``: it stands after the verb) and no 为/向/给
    before the head makes that a recipient (县政协为企业捐赠物资200箱)."""
    subject = _CURRENCY.sub("", subject) or subject
    verb = min((at for at in (subject.find(word) for word in vocab.gift_verbs) if at > 0), default=-1)
    if verb < 0 or "每" in subject[:verb]:
        return subject
    before = subject[:verb]
    if not (_RECIPIENT_END.search(before) or vocab.giver_regex.search(before)
            or counts_gift and _head_giver(before, vocab)):
        return subject
    gift = subject[verb:]
    giving = vocab.gift_verb_regex.match(gift)
    if giving and gift[giving.end():giving.end() + 1] == "了":
        # 捐赠了消毒液: the aspect particle is no part of the gift
        gift = giving.group() + gift[giving.end() + 1:]
    # who gave (社会界别的政协委员捐款) and to whom (向地震灾区捐款捐物) set a gift apart from the others
    # in its passage: they stay, without the adverbs before the verb (委员工作室便捐赠); a person named
    # by title and name keeps those alone (雷州商会会长王能捐赠 → 会长王能捐赠)
    adverbs = [*vocab.giver_adverbs, *vocab.predicate_adverbs]
    before = _strip_words(before, adverbs, leading=False)
    person = vocab.giver_regex.search(before)
    if person:
        return person.group() + gift
    # the reporting body itself names no giver (省政协还向贫困群众发放 → 向贫困群众发放, as gold's
    # 向群众赠送的药品价值); its members or staff do (县政协机关干部捐献)
    itself = _BODY_ITSELF.match(before)
    if itself and (itself.end() == len(before) or _RECIPIENT_MARK.match(before, itself.end())):
        before = before[itself.end():]
    if _LIST_TAIL.match(before):  # 向人大代表,…以及热爱文史工作的同志赠送: the tail of a list cut at a comma
        before = ""
    return before + gift


_RECIPIENT_MARK = re.compile("[为向给]")
_LIST_TAIL = re.compile("以及|、")  # (not 和/及/与: 和平区, 及时 begin names and adverbs)
_BODY_ITSELF = re.compile("(?:本|我|全)?(?:自治区|[省市县区州旗])?政协(?:还|也|又|便|已|共|先后|积极|分别)*")
GIFT_REACH = 24  # how far back a figure's clause is read for a giving verb and its donors
_CLAUSE_TAIL = re.compile(r"[^,，;；。:：!！?？、\n]*$")  # the figure's clause (list item) up to it
_COUNTED_DONOR = re.compile("\\d|[两三四五六七八九十百][名位家个]")  # 23名委员捐款: donors with a count of their own
RECIPIENT_REACH = 12  # how far before a donor's head word a 为/向/给 makes it the recipient


def _head_giver(before: str, vocab: Vocabulary) -> bool:
    """The words before a giving verb end in a donor's head word (委员工作室便): not one a 为/向/给 just
    before names as the recipient (爱心人士为委员工作室捐赠)."""
    head = vocab.giver_head_regex.search(before)
    return head is not None and not _RECIPIENT_MARK.search(before, max(0, head.start() - RECIPIENT_REACH),
                                                           head.start())


def _tidy(subject: str, unit: str) -> str:
    subject = _TRAILING_POOL.sub("", subject)
    if subject.endswith(("有", "\n")):  # A类提案有362件 (a test first: most subjects end otherwise)
        subject = _HAS_END.sub("", subject)
    subject = _ADVERB_END.sub("", subject)  # 重要政治协商活动就有105场
    if subject.endswith("在"):  # (a test first: most subjects end otherwise)
        subject = _LEVEL_END.sub("", subject)  # 订阅份数都保持在7000份左右
    subject = _PARTICLE_EDGE.sub("", subject)
    if subject.startswith("方面") and len(subject) > 2:
        subject = subject[2:] + "方面"  # 6个方面意见建议 counts aspects of the suggestions
    if unit == "方面" and not subject.endswith("方面"):
        subject += "方面"  # 3方面10条意见建议: the 3 counts aspects of the suggestions
    subject = subject.replace("《", "").replace("》", "")
    return _balance_quotes(subject)  # 组建“委员宣讲团”20个: a half-quoted name
