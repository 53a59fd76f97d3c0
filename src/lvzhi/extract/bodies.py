"""Which 政协 a text names, and which body each stretch of it is about.

A body is a real place + 政协 (大连市中山区政协, 苏州政协, 政协迪庆州委员会) or 全国政协; the place is
looked up in the gazetteer (places.py), so words that merely precede 政协 (据, 选举, 广大) never make
a body. A body named by its level only (市政协, 州政协, 省政协) is the place of that level the text
itself names: a body named in full, a place in the title or the text, or the prefecture or province
above a place it names (a county's page that speaks of 市政协 means its prefecture's). Nothing
found: no body.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import accumulate
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .places import LEVEL_WORDS, Division, Gazetteer, Weights
from .vocab import DIGIT_FIRST, line_spans, might_match

NATIONAL = "全国政协"
_TERM = r"(?:第?[一二三四五六七八九十]+届)"
_TERM_AT_EDGE = re.compile(rf"^{_TERM}|{_TERM}$")
_ENDS_SENTENCE = re.compile(r"[。！？!?;；]$")
_ENDS_FULL_STOP = re.compile(r"[。！？!?]$")
# 中国人民政治协商会议 [第N届] 重庆市开州区 [第N届] 委员会, or 政协大连市中山区第十一届委员会
_FORMAL = re.compile(rf"(?:中国人民政治协商会议|政协)\s*{_TERM}?\s*(?P<place>[\u4e00-\u9fff]{{2,20}}?)\s*{_TERM}?委员会")
_COMMITTEE = re.compile("委员会")
_SHORT = re.compile("政协")
_LOOKBACK = 14  # characters before 政协 where its place may be written
_FORMAL_WORD_WIDTH = 4  # how far before an organ's name a formal name's word (人民) is looked for
_LEVEL_LAST = frozenset(word[-1] for word in LEVEL_WORDS)
_LEVELS = frozenset(LEVEL_WORDS)
_RENAMED_LEVELS = frozenset("县市区旗")
_SCAN_LIMIT = 4000  # the place scan reads the title, dateline and opening paragraphs, not a whole book
# places a body travels to (赴上海、杭州等地考察, 到黔西南州调研) say little about where it is from
_DESTINATIONS = re.compile(r"(?:赴|前往|到|去|至)(?:[^\s,;:。！？!?]{2,12}?[、和及与]){0,8}[^\s,;:。！？!?、]{2,12}?"
                           r"(?:等地|等省|等市|等县|等区|考察|学习|调研|参观|交流|视察|对接|开展|走访|观摩)")
_DESTINATION_WEIGHT = 0.2
# a byline's names (记者 江山, 通讯员 吴江) are people, not places
_BYLINE = re.compile(r"(?:(?:记者|通讯员|作者|编辑|摄影|撰稿|供稿人)[\s:：/]*|(?<![\u4e00-\u9fff])[文图]\s*[:：/]\s*)$")
_SCAN_TAIL = 300  # … and the closing lines of a longer text, where web copies put 来源 and 责任编辑
_ENDS_IN_TAIL = re.compile("[。！？!?]")  # a sentence after a closing byline: the article (or another) goes on
_LINE = re.compile(r"[^\n]+")
# … but a line of the page's own after the byline: a labelled one (地址:…, 电话:…, 版权所有:…), one with a date
# (曲靖新闻网 2023-12-05), a photo's caption (图为…): its places are the page's
_PAGE_OWN_LINE = re.compile(r"[:：]|(?:19|20)\d{2}\s*[-/.年]\s*\d|^\s*图为")
_TIE = 1e-9  # weights of places this close are equal (sums of halves and quarters in another order)
# before a level word: another level word (区县, 省市) or a word for many (各, 全, 基层): many bodies
# (or a count of places of another level before it: 三省一市政协, 六省一市, 三市一区 name several bodies at once)
# (\Z, not $: $ also matches before a line break, and a title line may end in a level word: 松阳县⏎县政协)
# (a level word in brackets before it, 各县(市)区政协, is one more of the levels named)
_PLURAL = re.compile(r"(?:[省市区县州旗盟各全诸两三基层级]|[省市区县州旗盟][一二两三四五六七八九十\d]+|[省市区县州旗盟][)）])\Z")
_MANY = frozenset("各全诸两三")  # words for many before a level word (全州, 各县)
# words ending in a level character that name no place (西部地区, 社区, 城市)
# (港区政协委员, 澳区委员: Hong Kong's and Macao's members of a mainland body, not a district's)
_NOT_A_PLACE = re.compile(r"(?:[地社园景辖城郊矿片街校山湾新港澳]区|[城都超]市)$")  # 雄安新区 is no 安新县
# a figure whose own words name its body: 省政协提案5件, 市人大代表建议215件 (a page listing the
# bodies whose proposals and suggestions a government handles)
# (县人大代表共提出建议136件: a 人大's items however its deputies' act is worded; a 政协 member's
# submission to another body's session, 我县全国政协委员提交提案3件, stays with the page's body)
_OWNED = re.compile(r"(?:(人大)(?:常委会)?(?:代表)?(?:共|累计)?(?:(?:领衔)?提出|提交)?(?:建议|议案)"
                    r"|(政协)(?:常委会)?(?:委员)?(?:建议|提案|议案))(?:共|计)?(?=\d)")
# where an _OWNED match can start: both words whole (a screen of 人 or 政 alone stops at every 人员, 人民)
_OWNED_STARTS = ("人大", "政协")
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_WRAPPED_SENTENCE = re.compile(r"[^。！？!?]+")
_NUMBER = re.compile(r"\d+")
# (来源 as a label, 来源:人民政协网; not the word in 资金来源主要为…, 收入来源)
_BREADCRUMB = re.compile(r"当前位置|首页|>|来源[:：\s]|发布时间|访问量|作者[:：]|编辑[:：]")
# the part of a line that says where the page comes from: 来源:宜城市融媒体中心, 当前位置:首页 > 宜城新闻
# (each alternative opens with a literal, (来源|稿源)[:：\s] written out as 来源[:：\s]|稿源[:：\s]: the
# engine then skips to the characters they start with instead of trying every position)
_SOURCE_LINE = re.compile(r"(?:来源[:：\s]|信息来源[:：\s]|稿源[:：\s]"
                          r"|当前位置[:：\s]*|您的位置[:：\s]*|您所在的位置[:：\s]*)[^\n]{0,40}")
# a township's 政协 unit (东泉镇政协委员联络组, 城东街道政协工委) works for its county's body; 各乡镇,
# 城镇 and the like name no township
_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)$")
_TOWNSHIP_LAST = frozenset("镇乡道\n")  # what ends a _TOWNSHIP match (or the break its $ may stand before)
_NOT_A_TOWNSHIP = frozenset("城村市集各全乡镇个区县下返回在家老故同")  # 下乡, 家乡, 同乡 …
_LIST_JOINERS = "和、及与"
_LISTED_BODY = re.compile(rf"[{_LIST_JOINERS}][\u4e00-\u9fff]{{1,8}}?政协")
# a body on a visit: 省政协在苏州考察调研…, 市政协调研组来我县调研, 某县政协考察团一行来到我县考察 (the
# place visited, then the verb). The party may be counted and led first, past a comma (副主席某某一行11人,来…;
# 研究会一行8人在某某会长的带领下,来…), and the place may be followed by what the visit is on before its
# verb (来我市就贯彻落实《…》进行考察调研): the place then ends at 就/围绕, and the topic runs to 进行/开展
# before the verb, holding no meeting (省政协在杭州市就…召开协商会,会后赴…调研 is the visitor's own meeting;
# 就…调研成果作了反馈 is no visit; nor is a place a meeting is held at: 在某市委召开的座谈会上就…调研成果).
_VISIT = re.compile(r"(?:[^\s。！？!?,;:、]{0,24}?(?:一行|等)(?P<party>\d+)[人名](?:在[^\s。！？!?,;:、]{1,12}?(?:带领|率领)下)?[,，]?"
                    r"|[^\s。！？!?,;:、]{0,10}?)"
                    r"(?:在|来到|来|到|赴|前往|莅临|深入)(?P<place>(?:(?!召开|举行|举办)[^\s。！？!?,;:、]){1,24}?)"
                    r"(?:(?:就|围绕)(?:(?!召开|举行|举办)[^。！？!?\n]){1,60}?(?:进行|开展)[\u4e00-\u9fff]{0,2}?)?"
                    r"(?:考察|调研|视察|督导|走访|检查|指导)")
# a higher body's session used as a time frame (全国政协十四届二次会议期间, 省政协全会上, on a county's
# page): it dates the page's work but does not make it that body's
_SESSION_FRAME = re.compile(r"(?:第?[一二三四五六七八九十\d]+届)?(?:[一二三四五六七八九十\d]+次)?(?:全体)?(?:会议|全会)"
                            r"(?:期间|上|前|后|召开(?:期间|前|后)?|闭幕后|开幕前)")
_RANKS = {"national": 0, "province": 1, "city": 2, "county": 3}
# (a place's own 讯 before a space or the date, 大新讯 2月29日,…, opens a roundup's item as 本报讯 does)
_NEWS_OPENING = re.compile(r"(?:本报讯|[\u4e00-\u9fff]{1,8}?[网台社报]讯|[\u4e00-\u9fff]{2,6}?讯(?=\s|\d{1,2}月)"
                           r"|新华社[^\s,。]{0,12}?电|\([^()]{0,40}\)|【[^】]{0,20}】|\s)*")
_CLAUSE_MARKS = ",;:，；："
_OPENING_WIDTH = 14  # how far past a paragraph's news opening a body's name opens the paragraph
_CLAUSE_MARK = re.compile(f"[{_CLAUSE_MARKS}]")
# a heading's list mark: 一、 (三) 3. 第二部分
_HEADING_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|"
                           r"第[一二三四五六七八九十\d]+(?:部分|章|节|篇)|[①-⑳])?\s*")
# a figure with its measure word, not a code (13&ZD005); \d\d* rather than \d+: a pattern that opens
# with a character class the engine skips to, one that opens with a repeat it tries at every position
_COUNT = re.compile(DIGIT_FIRST + r"\d*(?:\.\d+)?[多余]?[\u4e00-\u9fff]")  # (\d\d*…: DIGIT_FIRST scans faster)
_OFFICER_GAP = 12  # a post and a name between two officers' titles (主席孙某某,)
_LIST_JOINER = re.compile(r"[、和及与]|以及")
# a 政协's items joined to a 人大's before them (代表建议和政协提案共156件, 人大建议、县政协提案, 全国人大代表建议和
# 全国政协提案): the count is both's
_JOINED_TO_CONGRESS_ITEMS = re.compile(rf"(?:建议|议案)(?:{_LIST_JOINER.pattern})(?:全国|[省市区县州旗])?$")
# words that make a phrase count a 人大's items (代表建议, 议案) or a 政协's (委员提案); 意见建议 and
# 对策建议 are anyone's advice, 建议案 a 政协's (every branch opens with its word, so the engine skips
# to the characters they start with)
_CONGRESS_WORDS = re.compile(r"人大|代表|议案|建议(?<!意见建议)(?<!对策建议)(?<!工作建议)(?!案)")
_CPPCC_WORDS = re.compile(r"政协|委员(?!会)|提案|建议案")
_ANY_CPPCC = re.compile(r"政协|政協|政治协商|政治協商")  # a page that writes any 政协 is read as one's
_HANDLED_ITEMS = re.compile(r"建议(?<!意见建议)(?<!对策建议)(?!案)|议案")
_HANDLED_OR_OPINIONS = re.compile(r"建议(?!案)|议案|意见")  # what a 人大's deputies submit
_BREAKDOWN = re.compile(r"\s*其中")  # a clause that breaks down the figure before it
_FOLLOWS_ON = re.compile(_BREAKDOWN.pattern + r"|\s*(?:另外|此外)")  # a clause that goes on from the one before
# a figure's unit joined by 、/和/及/与 to the next figure of its clause (提案25件、建议40件): the later one is a
# list's tail, and a 其中 after it breaks down the whole list
_LIST_JOIN = re.compile(r"[^\d,;:，；：。、和及与]{0,4}[、和及与]")
_FIRST_PERSON_LEVELS = {"县": "county", "区": "county", "旗": "county", "市": "city", "州": "city"}
_ANAPHORIC = re.compile("(?<!应)该$")  # before a level word (该县政协): the body of that level just named; not 应该
# a body that takes up what another sends it (市政协采用18篇, 省政协转来提案5件, 市政协领导批示3次): the
# figure counts the sender's work, so the body opens no clause of its own
_RECEIVES = re.compile(r"(?:[、和及与](?:中央|国务院|[省市县区州]?(?:委|政府|人大)(?:办公厅)?))*"  # 全国政协、市委共采用
                       r"(?:主要)?(?:领导|主席)?(?:全文|分别|共|先后)?"
                       r"(?:采用|采纳|录用|刊用|选用|刊发|转来|转交|批示|肯定|表彰|通报表扬|约稿)")
# what may stand between a clause's start and a body that is its subject: time words and the like
# (今年以来,市政协…; 2023年市政协…; 同时区政协…); anything else (向市政协报送, 配合省政协) makes the
# body an object, not the one at work (该 before a level word that points back to a body just named,
# 该县政协, opens its clause as 我 and 本 do: see _subject_place)
_SUBJECT_LEAD = re.compile(
    r"(?:\s|[\d一二三四五六七八九十〇零两]+(?:年|个?月|日)(?:份|度|来|以来|中|底|初|内)?|今年|去年|当年|全年|年内|"
    r"近年|近期|近日|日前|目前|上半年|下半年|一年来|以来|期间|本届|同时|此外|另外|其中|其次|首先|最后|"
    r"据统计|据悉|据了解|截至|截止|至今|我|本|新一届|"
    # a news opening: 本报讯, 华龙网讯, (记者 王某), 【两会】
    r"(?:本报|[\u4e00-\u9fff]{1,6}[网台])?讯|\([^()]{0,30}\)|【[^】]{0,20}】)*")


@dataclass(frozen=True)
class BodyCues:
    """The words around a body's name that say whether it is at work (seeds body_cues.csv), set in the
    patterns that place them."""
    # a person's post right after a body's name (省政协委员, 市政协秘书长): the person, not the body
    person_post: re.Pattern[str]
    # words right before a body that make it the object of another's act (向市政协报送, 配合省政协,
    # 传达学习了全国政协…精神): a paragraph or headline opening so starts no stretch of that body
    object_before: re.Pattern[str]
    # a body named as the source of a 精神 to study (全国政协十四届二次会议精神在我县政协引起反响)
    spirit_after: re.Pattern[str]
    # first-person words for the page's own place (我县, 本县, 我区): the level of the page's own body
    first_person: re.Pattern[str]
    # a higher body's visit to the page's own place (来我县调研, 莅临我区视察): a page on that body's work
    hosted: re.Pattern[str]
    # a member's post, a name and the delegation they lead (副主席刘旭光一行11人); a list mark ends it,
    # so of 全国政协常委、四川省政协副主席某某 only the nearer body leads
    delegation: re.Pattern[str]
    # the delegation a body sends (安源区政协一行12人, 省政协调研组一行8人)
    body_delegation: re.Pattern[str]
    # what a body selects, right after its name (市政协评出的30名先进个人)
    selected: re.Pattern[str]
    # 住鄂 before 全国政协委员, 在甬 before 省政协委员: a higher body's members living in a place, at
    # work as a group at its session
    resident_member: re.Pattern[str] | None = None
    # a count of the national body's members right before their title (新疆共有36人担任新一届全国政协委员,
    # 12名住川全国政协委员): the count (group "count") is that body's, on whichever place's page
    national_members: re.Pattern[str] | None = None
    # 住泉港市政协委员, 驻临朐的潍坊市政协委员: the word before a place of any length where a higher body's
    # members live (住, 驻), and the one that needs 的 after the place to say so (在香港的全国政协委员)
    resident_verb: re.Pattern[str] | None = None
    resident_at: re.Pattern[str] | None = None
    # a first-person place ending where a residence ends (驻我县 + 市政协委员): the page's own place, its
    # level word captured (the residence must lie below the body whose members live there)
    own_place: re.Pattern[str] | None = None
    # a sentence on a touring group's stops (考察团参观了兰州、敦煌…, 课题组先后在苏州…考察): its places are
    # where the body travels, like a destination's
    tour_sentence: re.Pattern[str] | None = None
    # what may follow a place that is no clause's subject: a possessive or a list, another body or office
    # (县委, 市人大, 县政府), the place as a name's part (鹿寨县城), an organisation (某某集团, 工作室)
    not_place_subject: re.Pattern[str] | None = None
    # the provinces (short names) with no 政协 of their own (香港, 澳门): 澳门政协委员 are members of the
    # national or a provincial body, so such a place before 政协 names no body
    bodiless_province: re.Pattern[str] | None = None
    # a line of links to the site's other pages (上一篇: … || 下一篇: …): their headlines, not this page
    link_line: re.Pattern[str] | None = None
    # a medium right after a body's name (四川政协报 2017-07-06): the publisher, not a body at work
    medium: re.Pattern[str] | None = None
    # the closing byline of an article, ending its line: a reporter's in brackets ((某某日报记者某某), (记者 王某)) or
    # an editor's line (责任编辑:某某); the last one in the closing lines ends the article (see trailing_spans)
    closing_byline: re.Pattern[str] | None = None
    # a 人大 named as the deputies' own (全国人大代表, 县人大二次会议代表议案): the 人大 whose items a later
    # sentence on deputies counts
    deputies_congress: re.Pattern[str] | None = None
    # what a sentence counts when it counts a 人大's deputies' items (议案, 代表建议, N名代表…提出建议)
    deputies_items: re.Pattern[str] | None = None
    # a verb right before a body's title that says what a person is or becomes (她是全国政协委员, 增补为区政协常委)
    status_before: re.Pattern[str] | None = None
    # a guest's verb after a person's titles (全国政协副秘书长某某应邀授课)
    guest: re.Pattern[str] | None = None
    # the verb closing a roll call of those present (…等参加义卖活动), and another organ's official in one
    # (区委常委, 州政府秘书长, 致公党市委主委)
    attendance: re.Pattern[str] | None = None
    other_organ_post: re.Pattern[str] | None = None
    # a local body taking part from home in a national session or course (收看开幕会, 通过视频参加培训)
    remote_attendance: re.Pattern[str] | None = None
    # a report's speaker and the standing committee it speaks for (我代表政协第八届某县委员会常务委员会, 我受
    # 政协某市第十届委员会常务委员会委托): the body between them (group "body") is the report's own
    report_speaker: re.Pattern[str] | None = None
    # the end of a line's words that quote another before a speaker line (汪洋在报告中说:, 他说:“): that 我代表…
    # is the quoted speaker's, not the page's report
    quoted_speaker: re.Pattern[str] | None = None
    # a person leading a party, without its count (某某一行来我市, 某某率调研组): what makes the nearer of two
    # 政协 posts listed before a name the one the person acts in
    leads: re.Pattern[str] | None = None
    # an officer leading or accompanying a visiting party, in the clause the officer's title opens
    visit_lead: re.Pattern[str] | None = None
    # a study trip out, from the traveller's side (…带队赴某县、某县考察学习): the places it goes to (group
    # "places"), up to what it goes to do; a first-person place (赴我县) is the host's word, not a trip out
    study_trip: re.Pattern[str] | None = None
    # a trip of a body named by its level alone (市政协副主席某某率队到梧州市苍梧县…考察): its wider verbs (到 too)
    # up to the place right after them (group "places" runs on to what the body goes to do)
    level_trip: re.Pattern[str] | None = None
    # a democratic party's body named in full (民革中央, 民盟广安市委, 九三学社成都市郫都区委员会): groups party,
    # place, organ; and one named by its level alone (市委会), the party last named
    party: re.Pattern[str] | None = None
    party_own_organ: re.Pattern[str] | None = None
    party_cppcc_work: re.Pattern[str] | None = None  # a party's work inside a 政协 (提案, 大会发言): the 政协's
    # an honour (先进, 优秀): the 政协's work in a sentence that names a 政协, else the party's own
    party_cppcc_honour: re.Pattern[str] | None = None
    # a clause that totals the clauses before it (合计24项): it keeps their reading
    summing: re.Pattern[str] | None = None
    # a government that says it received or handles documents (县政府承办…, 交由县政府系统办理的…), from its 政府
    handling_government: re.Pattern[str] | None = None
    # what a sentence's work serves, right before a 政府 (围绕市委市政府中心工作): that 政府 handles nothing
    government_topic: re.Pattern[str] | None = None
    # the word a formal name sets between a place and its organ (巩留县人民政府, 县人民政府): the place before it
    # is the organ's
    formal_organ_word: re.Pattern[str] | None = None
    # a 人大's standing committee at work (人大常委会): on a page that writes no 政协, the 人大 is the page's body
    congress_page: re.Pattern[str] | None = None
    # a government department right after its place (莒南县 + 卫生健康局) in a page's head: on a page that
    # places no 政协 and whose head has a title-like line with 提案 (no 。), the place's 政协 is the page's
    # body (the department handles its proposals)
    department_page: re.Pattern[str] | None = None
    # what follows a place that is part of a national venue's name (北京人民大会堂): the place is no page's own
    national_venue: re.Pattern[str] | None = None
    parties: dict[str, tuple[str, str]] = field(default_factory=dict)  # a name as written → (short, full)

    def link_spans(self, text: str) -> list[tuple[int, int]]:
        """[start, end) of each line of links to other pages."""
        if self.link_line is None:
            return []
        return line_spans(self.link_line, text)  # (a line never holds a break: see line_spans)

    def trailing_spans(self, text: str) -> list[tuple[int, int]]:
        """[start, end) of each line after the article's closing byline ((某某日报记者某某), 责任编辑:某某) in the
        closing lines, when no sentence ends after it: other pages' headlines, run together on a line of related
        links, whose places say nothing of this page's. A source line among them (来源:…) is the page's own and
        is kept; the byline itself (its outlet's place: 某某日报) too."""
        if self.closing_byline is None:
            return []
        bylines = list(self.closing_byline.finditer(text, max(0, len(text) - _SCAN_TAIL)))
        if not bylines or _ENDS_IN_TAIL.search(text, bylines[-1].end()):
            return []
        return [line.span() for line in _LINE.finditer(text, bylines[-1].end())
                if line.group().strip() and not _SOURCE_LINE.search(line.group())
                and not _PAGE_OWN_LINE.search(line.group())]


@lru_cache(maxsize=4)
def _compile_cues(words: tuple[tuple[str, str], ...],
                  parties: tuple[tuple[str, str, tuple[str, ...]], ...] = ()) -> BodyCues:
    cue = dict(words)
    written = {alias: (short, full) for short, full, aliases in parties for alias in aliases}
    # the longest name first (中国农工民主党 before 农工党); the place between name and organ is checked
    # against the gazetteer when read (_party_body)
    names = "|".join(sorted(map(re.escape, written), key=len, reverse=True))
    party = re.compile(f"(?P<party>{names})(?P<place>[\\u4e00-\\u9fff]{{0,12}}?){_TERM}?"
                       f"(?P<organ>{cue['party_organ']})") if written and "party_organ" in cue else None
    session = r"(?:第?[一二三四五六七八九十\d]+届)?(?:[一二三四五六七八九十\d]+次)?(?:全体)?(?:会议|全会)"
    levels = "".join(_FIRST_PERSON_LEVELS)
    return BodyCues(
        person_post=re.compile(f"(?:{cue['person_post']})"),
        object_before=re.compile(f"(?:{cue['object_verb']})了?$"),
        spirit_after=re.compile(f"(?:{cue.get('spirit_meeting', '(?!)')})?{session}[^,;:，；：。！？!?\\n]{{0,12}}?"
                                f"(?:{cue['spirit_word']})"),
        first_person=re.compile(f"(?:{cue['first_person']})([{levels}])(?![委长])"),
        hosted=re.compile(f"(?:{cue['host_verb']})(?:{cue['first_person']})[{levels}]"),
        delegation=re.compile(f"[^,;:、。！？!?\\n]{{1,24}}?(?:{cue['delegation_word']})(\\d+)(?:人|名)"),
        body_delegation=re.compile(f"(?:{cue['delegation_group']})?(?:{cue['delegation_word']})(\\d+)(?:人|名)"),
        selected=re.compile(f"(?:{cue['selecting_verb']})的(?:共|全部)?(\\d+)"),
        resident_member=re.compile(cue["resident_member"]) if "resident_member" in cue else None,
        national_members=re.compile(f"(?P<count>\\d+)[多余]?[名位人](?:{cue['member_count_verb']})?"
                                    f"(?:新一届|本届|{_TERM})?(?:中国)?$") if "member_count_verb" in cue else None,
        resident_verb=re.compile(f"(?:{cue['resident_verb']})$") if "resident_verb" in cue else None,
        resident_at=re.compile(f"(?:{cue['resident_at']})$") if "resident_at" in cue else None,
        own_place=re.compile(f"(?:{cue['first_person']})([{levels}])$"),
        tour_sentence=re.compile(f"(?<=[。！？!?\\n])\\s*(?:{cue['touring_group']})[^。！？!?\\n]*")
        if "touring_group" in cue else None,
        not_place_subject=re.compile(
            f"[的、和与及,，;；:：\\s(（]|{cue['organ_after_place']}"
            f"|[\\u4e00-\\u9fff]{{0,6}}?(?:{cue['organisation_word']})")
        if "organ_after_place" in cue and "organisation_word" in cue else None,
        bodiless_province=re.compile(f"(?:{cue['bodiless_province']})$") if "bodiless_province" in cue else None,
        medium=re.compile(f"(?:{cue['medium']})") if "medium" in cue else None,
        # (a list's bullet may open the line: - 下一篇: …)
        link_line=re.compile(f"^[ \\t]*(?:[-·•*][ \\t]*)?(?:{cue['link_line']})[^\\n]*", re.M)
        if "link_line" in cue else None,
        closing_byline=re.compile(f"(?:[(（][^()（）\\n]{{0,24}}?(?:{cue['byline_word']})[^()（）\\n]{{0,16}}[)）]"
                                  f"|^[ \\t]*(?:{cue['byline_label']})[:：\\s][^\\n]{{0,12}}?)[ \\t]*$", re.M)
        if "byline_word" in cue and "byline_label" in cue else None,
        deputies_congress=re.compile(f"人大(?:{session})?(?:的|期间)?(?:{cue['deputies_congress']})")
        if "deputies_congress" in cue else None,
        deputies_items=re.compile(f"(?:{cue['deputies_items']})") if "deputies_items" in cue else None,
        # (a term and 中国 may stand between the verb and the body: 她是第九届中国全国政协委员)
        status_before=re.compile(f"(?:{cue['status_verb']})(?:第?[一二三四五六七八九十\\d]+届)?(?:中国)?$")
        if "status_verb" in cue else None,
        guest=re.compile(f"(?:{cue['guest_verb']})") if "guest_verb" in cue else None,
        attendance=re.compile(f"(?:{cue['attendance_verb']})") if "attendance_verb" in cue else None,
        remote_attendance=re.compile(f"(?:{cue['remote_attendance']})") if "remote_attendance" in cue else None,
        report_speaker=re.compile(f"(?:{cue['report_speaker']})(?P<body>[^,;:，；：。！？!?\\n]{{2,40}}?)"
                                  f"(?:{cue['report_committee']})")
        if "report_speaker" in cue and "report_committee" in cue else None,
        quoted_speaker=re.compile(f"(?:{cue['quoting_verb']})[:：,，]?\\s*[“\"「]?$|[“\"「]$")
        if "quoting_verb" in cue else None,
        other_organ_post=re.compile(f"(?:{cue['other_organ_post']})") if "other_organ_post" in cue else None,
        leads=re.compile(f"[^,;:、。！？!?\\n]{{1,24}}?(?:{cue['delegation_word']}|{cue['leading_verb']})")
        if "leading_verb" in cue else None,
        visit_lead=re.compile(f"[^,;:，；：。！？!?\\n]{{0,30}}?(?:{cue['visit_lead']})") if "visit_lead" in cue else None,
        study_trip=re.compile(f"[^。！？!?\\n]{{0,60}}?(?:{cue['trip_out_verb']})(?!(?:{cue['first_person']})[{levels}])"
                              f"(?P<places>[^。！？!?\\n]{{2,60}}?)(?:{cue['study_trip']})")
        if "trip_out_verb" in cue and "study_trip" in cue else None,
        level_trip=re.compile(f"[^。！？!?\\n]{{0,60}}?(?:{cue['level_trip_verb']})(?!(?:{cue['first_person']})[{levels}])"
                              f"(?P<places>[^。！？!?\\n]{{2,60}}?)(?:{cue['level_trip_purpose']})")
        if "level_trip_verb" in cue and "level_trip_purpose" in cue else None,
        party=party,
        party_own_organ=re.compile(f"(?:{cue['party_own_organ']})") if "party_own_organ" in cue else None,
        party_cppcc_work=re.compile(f"(?:{cue['party_cppcc_work']})") if "party_cppcc_work" in cue else None,
        party_cppcc_honour=re.compile(f"(?:{cue['party_cppcc_honour']})") if "party_cppcc_honour" in cue else None,
        summing=re.compile(f"(?:{cue['summing_word']})") if "summing_word" in cue else None,
        handling_government=re.compile(cue["handling_government"]) if "handling_government" in cue else None,
        government_topic=re.compile(f"(?:{cue['government_topic']})[^,;:，；：。！？!?]{{0,8}}$")
        if "government_topic" in cue else None,
        formal_organ_word=re.compile(f"(?:{cue['formal_organ_word']})$") if "formal_organ_word" in cue else None,
        congress_page=re.compile(f"(?:{cue['congress_page']})") if "congress_page" in cue else None,
        department_page=re.compile(f"(?:{cue['department_page']})") if "department_page" in cue else None,
        national_venue=re.compile(f"(?:{cue['national_venue']})") if "national_venue" in cue else None,
        parties=written,
    )


def body_cues(words: dict[str, str], parties: tuple[tuple[str, str, tuple[str, ...]], ...] = ()) -> BodyCues:
    """The cues of a vocabulary's body_cues rows (role → alternation) and its democratic parties
    (democratic_parties.csv), compiled once."""
    return _compile_cues(tuple(sorted(words.items())), parties)


@dataclass
class Body:
    org_name: str  # 开州区政协, 全国政协
    level: str  # national | province | city | county
    division: Division | None = None
    kind: str = "政协"  # 人大 or 政府 beside the 政协, when a figure's words make it theirs; 党派 a party's
    party_full_name: str = ""  # a party's (中国国民党革命委员会), when kind is 党派

    @property
    def province(self) -> str:
        return self.division.province if self.division else ""

    @property
    def city(self) -> str:
        """The prefecture-level city (大连市): its own name, or a county's prefecture."""
        if self.division is None or self.level == "province":
            return ""
        return self.division.name if self.level == "city" else self.division.prefecture

    @property
    def county(self) -> str:
        return self.division.name if self.division and self.level == "county" else ""

    @property
    def code(self) -> str:
        return self.division.code if self.division else ""


@dataclass
class Mention:
    start: int  # where the body's name starts (analysis offsets)
    end: int
    candidates: list[Division] = field(default_factory=list)  # the place, when named
    level_word: str = ""  # 市 in 市政协: named by level only
    national: bool = False
    member: bool = False  # 省政协委员: a person's title, not the body at work
    residence: str = ""  # 住泉港市政协委员: the code of the place its members live in, when one is written
    body: Body | None = None  # once resolved
    anaphoric: bool = False  # 该县政协: resolved to the body of its level named last before it

    @property
    def resolved(self) -> Body:
        """The body of a mention past ``Resolver.resolve`` (the lists of resolved mentions hold no other)."""
        assert self.body is not None, "an unresolved mention"
        return self.body


def find_mentions(text: str, gazetteer: Gazetteer, cues: BodyCues,
                  links: list[tuple[int, int]] | None = None) -> tuple[list[Mention], Weights]:
    """Every body named in ``text`` and the places written right before them (code → count); the
    analysis copy carries no inline pinyin (normalize.py drops 政协(xié)'s gloss). ``links``:
    cues.link_spans(text), when the caller has them."""
    t = text
    mentions: list[Mention] = []
    context: Weights = Counter()
    formal_spans: list[tuple[int, int]] = []
    # a formal name ends in 委员会: look back from each for its opening words
    starts: list[int] = []
    for ending in _COMMITTEE.finditer(t):
        begin = max(0, ending.start() - 40)
        at = max(t.rfind("政协", begin, ending.start()), t.rfind("中国人民政治协商会议", begin, ending.start()))
        if at != -1 and (not starts or starts[-1] != at):
            starts.append(at)
    if links is None:
        links = cues.link_spans(t)  # once: a regex over the whole text, not one a formal name
    for at in starts:
        formal = _FORMAL.match(t, at)
        if formal is None or (links and _within(links, at)):
            continue
        place = _TERM_AT_EDGE.sub("", formal.group("place").strip())
        mention = _mention_of(place, len(place), gazetteer, context, cues)
        if mention is None:
            continue
        mention.start, mention.end = formal.start(), formal.end()
        mentions.append(mention)
        formal_spans.append(formal.span())
    formal_spans.sort()
    for short in _SHORT.finditer(t):
        at = short.start()
        if links and _within(links, at):
            continue  # 下一篇:上栗县政协召开…: another page's headline
        inside = bisect_right(formal_spans, (at, len(t) + 1)) - 1  # the formal name starting last before it
        if inside >= 0 and formal_spans[inside][0] <= at < formal_spans[inside][1]:
            continue
        resident = _resident_by_level(t, at, gazetteer, cues, context)
        if resident is not None:
            resident.end = short.end()
            mentions.append(resident)
            continue
        window_start = max(0, at - _LOOKBACK)
        mention = _mention_of(t[window_start:at], at - window_start, gazetteer, context, cues, page=t) \
            or _township(t, at)
        if mention is None:
            continue
        if mention.level_word != "镇":
            mention.start = window_start + mention.start
        mention.end = short.end()
        # a person's post after the body, or after the next body it is listed with (全国政协和省政协领导)
        # (a joiner's character first: most names are followed by none, and the match is not tried)
        listed = _LISTED_BODY.match(t, short.end()) if t[short.end():short.end() + 1] in _LIST_JOINERS else None
        mention.member = cues.person_post.match(t, listed.end() if listed else short.end()) is not None
        if mention.member and t.startswith("委员", short.end()):
            if mention.national or mention.level_word == "省":
                _as_resident_group(t, mention, cues)
            elif mention.candidates:
                _as_resident_of_named_body(t, mention, gazetteer, cues, context)
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    return mentions, context


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


def _as_resident_group(text: str, mention: Mention, cues: BodyCues) -> None:
    """住鄂全国政协委员, 在甬省政协委员 (提交提案90件, 大会发言11篇): a higher body's members living in a
    place, as a group at its session, do that body's work wherever the page is published; the name
    then runs from 住, so a clause it opens is that body's."""
    if cues.resident_member is None:
        return
    resident = cues.resident_member.search(text, max(0, mention.start - 2), mention.start)
    if resident is not None and resident.end() == mention.start:
        mention.member, mention.start = False, resident.start()
        # a list of where they live (住川、住渝全国政协委员): the group's name runs from the first
        while mention.start > 0 and text[mention.start - 1] == "、":
            listed = cues.resident_member.search(text, max(0, mention.start - 3), mention.start - 1)
            if listed is None or listed.end() != mention.start - 1:
                break
            mention.start = listed.start()


# the level words of a body whose members a place before them may house (住泉港 + 市政协委员)
_RESIDENT_LEVELS = {"全国": "national", "省": "province", "市": "city", "州": "city"}


def _resident_by_level(text: str, at: int, gazetteer: Gazetteer, cues: BodyCues,
                       context: Weights) -> Mention | None:
    """住泉港市政协委员, 驻吕梁市省政协委员, 在香港的全国政协委员: a body named by its level (or 全国) right
    after where its members live, as a group at work for it (``at``: where 政协 starts). Read first,
    because a place before a level word otherwise makes one name (泉港市 as 泉港区 renamed, a body that
    is not theirs) or none (吕梁市省)."""
    if not text.startswith("委员", at + 2):
        return None
    for word, level in _RESIDENT_LEVELS.items():
        if at >= len(word) and text.startswith(word, at - len(word)):  # (a negative start reads the end)
            found = _residence(text, at - len(word), _RANKS[level], gazetteer, cues, context)
            if found is None:
                return None
            start, residence = found
            at_work = _group_at_work(text, at + 4)
            if word == "全国":
                return Mention(start, at, national=True, member=not at_work, residence=residence)
            return Mention(start, at, level_word=word, member=not at_work, residence=residence)
    return None


# what may follow a group's name when the group is listed or addressed, not at work (…、住天长的滁州市政协委员:
# a notice's addressees; 走访看望了驻我县市政协委员, visited)
_GROUP_NAME_ENDS = re.compile(r"[,，、:：;；。！？!?\n)）]|$")


def _group_at_work(text: str, after: int) -> bool:
    """Whether the words after a resident group's name (住泉港市政协委员|共提交提案) go on to what it does."""
    return _GROUP_NAME_ENDS.match(text, after) is None


def _as_resident_of_named_body(text: str, mention: Mention, gazetteer: Gazetteer, cues: BodyCues,
                               context: Weights) -> None:
    """驻临朐的潍坊市政协委员, 住天长的滁州市政协委员: a body named in full after a lower place where its
    members live; like 住鄂全国政协委员 they are that body's group at work, the name running from 驻."""
    rank = min(_RANKS[division.level] for division in mention.candidates)
    found = _residence(text, mention.start, rank, gazetteer, cues, context)
    if found is not None:
        mention.start, mention.residence = found
        mention.member = not _group_at_work(text, mention.end + 2)


def _residence(text: str, end: int, body_rank: int, gazetteer: Gazetteer, cues: BodyCues,
               context: Weights) -> tuple[int, str] | None:
    """Where 住/驻 (or 在 with 的) opens a place ending at ``end`` (before 的, when written) that lies
    below a body of ``body_rank``, and the place's code when the gazetteer knows one place of that
    spelling (none for 我县); None when no such residence is written there. The place counts in
    ``context`` as one the page speaks of: a bare 市政协 on the page is the one above it (驻竹溪市政协委员
    on a page of 竹溪: 十堰's)."""
    if cues.resident_verb is None or cues.resident_at is None or cues.own_place is None:
        return None
    written_of = end > 0 and text[end - 1] == "的"
    place_end = end - 1 if written_of else end
    place = gazetteer.place_before(text, place_end, max(0, place_end - _LOOKBACK))
    if place is not None:
        start = place[0]
        # a residence lies below the body (a county under its city); 泉州 before 市政协 is the body's own place
        if not any(_RANKS[division.level] > body_rank for division in place[1]):
            return None
    else:
        own = cues.own_place.search(text, max(0, place_end - 3), place_end)
        if own is None or _RANKS[_FIRST_PERSON_LEVELS[own.group(1)]] <= body_rank:
            return None
        start = own.start()
    verb = cues.resident_verb.search(text, max(0, start - 4), start)
    if verb is None and written_of:
        verb = cues.resident_at.search(text, max(0, start - 4), start)
    if verb is None:
        return None
    code = place[1][0].code if place is not None and len(place[1]) == 1 else ""
    if code:
        context[code] += 1
    return verb.start(), code


def _township(text: str, at: int) -> Mention | None:
    """A township's unit before 政协 at ``at`` (东泉镇政协): its county's body, named by level."""
    if at and text[at - 1] not in _TOWNSHIP_LAST:
        return None  # (most 政协 follow no township: no regex search for them)
    found = _TOWNSHIP.search(text, max(0, at - 6), at)
    suffix = 2 if text.startswith("街道", at - 2) else 1
    if found is None or text[at - suffix - 1] in _NOT_A_TOWNSHIP:
        return None
    return Mention(at - suffix - 2, at, level_word="镇")


def _mention_of(before: str, end: int, gazetteer: Gazetteer, context: Weights,
                cues: BodyCues | None = None, page: str = "") -> Mention | None:
    """The body whose name ends at ``end`` of ``before`` (the text just before 政协, or a formal
    name's place), with ``start`` relative to ``before``; ``page``: the whole text, where a place whose
    short name is an everyday word must be written as a place too (see _everyday_word)."""
    if before.endswith("全国"):
        return Mention(end - 2, end, national=True)
    place = gazetteer.place_before(before, end)
    if place is not None and gazetteer.in_stock_phrase(before, place[0], end):
        place = None  # 办理县政协提案: 理县 lies in the verb and 县政协, no place's name
    if place is not None and cues is not None and cues.bodiless_province is not None \
            and all(cues.bodiless_province.match(d.province) for d in place[1]):
        return None  # 澳门政协委员: no 澳门 body; the members' own body is named elsewhere
    if place is not None and (gazetteer.joined_level(before, place[0], end) or _whole_of_level(before, place, end)
                              or (page and _everyday_word(before[place[0]:end], place[1], page, gazetteer))):
        place = None
    if place is not None and place[0] == end - 2 and before[end - 1] in _RENAMED_LEVELS:
        # 遵义县, 武威县, 咸宁县: a place's short name before the level word, read over a county whose
        # name is one character and the level word (义县, 威县, 宁县): the place renamed (see above)
        longer = gazetteer.place_before(before, end - 1)
        if longer is not None and longer[0] < place[0] and len(longer[1]) == 1 and longer[1][0].level != "province" \
                and longer[1][0].short_name == before[longer[0]:end - 1] and not longer[1][0].has_level(before[end - 1]):
            context[longer[1][0].code] += 1
            return Mention(longer[0], end, candidates=[_as_renamed(longer[1][0], before[end - 1])])
    if place is not None:
        start, candidates = place
        # the places written before it (大连市 in 大连市中山区, 江西 in 江西鹰潭市) say which one it is
        up = gazetteer.place_before(before, start)
        if up is not None:
            for division in up[1]:
                context[division.code] += 1
        if len(candidates) == 1:
            context[candidates[0].code] += 1
        return Mention(start, end, candidates=candidates)
    if end == 0 or before[end - 1] not in _LEVEL_LAST:
        return None
    misspelt = gazetteer.misspelt_child(before, end)
    if misspelt is not None:  # 商洛市丹风县政协: 丹凤县's, one character miscopied under its prefecture
        context[misspelt[1].code] += 1
        return Mention(misspelt[0], end, candidates=[misspelt[1]])
    for size in (5, 3, 1):
        word = before[end - size:end]
        if word in _LEVELS:
            # 兖州县, 奉化市: a city's or county's short name with another of the words 县, 市, 区, 旗
            # is that place, renamed or upgraded (a prefecture's with 县, 宣城县, the county it grew from)
            renamed = gazetteer.place_before(before, end - len(word)) if word in _RENAMED_LEVELS else None
            if renamed is not None and not (len(renamed[1]) == 1 and renamed[1][0].level != "province"
                                            and renamed[1][0].short_name == before[renamed[0]:end - len(word)]):
                renamed = None
            # bodies of many places (区县政协, 各市政协, 全省政协系统): no one body; but a county's short name
            # that ends in 州 (兖州, 冀州, 宜州) is no level word before the one written after it (兖州县政协,
            # 宜州市政协: the county renamed, not 州 and 县)
            zhou_county = renamed is not None and renamed[1][0].level == "county" and before[end - len(word) - 1] == "州"
            if (_PLURAL.search(before, 0, end - len(word)) and not zhou_county) or _NOT_A_PLACE.search(before, 0, end):
                return None
            if renamed is not None:
                context[renamed[1][0].code] += 1
                return Mention(renamed[0], end, candidates=[_as_renamed(renamed[1][0], word)])
            return Mention(end - len(word), end, level_word=word)
    return None


def _as_renamed(division: Division, word: str) -> Division:
    """The place a short name with another level word names: ``division`` itself, renamed or upgraded
    (兖州县 is today's 兖州区), except a prefecture's name with 县 (宣城县, 九江县, 六安县): the county
    that prefecture grew from, a county-level body of its own (today a district whose name the gazetteer
    does not tie to it), so named as written and placed under the prefecture; never the prefecture's
    body. (It gets no code of its own: the prefecture's would make it the prefecture again.)"""
    if division.level != "city" or word != "县":
        return division
    written = division.short_name + word
    return replace(division, code="", name=written, short_name=written, body_name=written, level="county",
                   prefecture=division.name, parent_code=division.code, former=True, common_word=False)


def _everyday_word(spelling: str, candidates: list[Division], page: str, gazetteer: Gazetteer) -> bool:
    """Whether a short name before 政协 that is an everyday word (友好政协结对: friendly bodies paired, not
    友好区's) reads as that word: the page writes the place nowhere as a place, neither its full name
    (友好区) nor a place above it (伊春, 黑龙江). (光明政协 on a page that names 深圳 stays 光明区's.)"""
    if not all(d.common_word and spelling == d.short_name for d in candidates):
        return False
    return not any(gazetteer.writes_place(page, d) for d in candidates)


def _whole_of_level(before: str, place: tuple[int, list[Division]], end: int) -> bool:
    """Whether a short name that is an everyday word reads as 'all of' a level (全州政协系统, 全州政协委员:
    the whole prefecture's, not 全州县's): a word for many, then a level word, and nothing more."""
    start, candidates = place
    spelling = before[start:end]
    return len(spelling) == 2 and spelling[0] in _MANY and spelling[1] in _LEVEL_LAST \
        and all(d.common_word and d.short_name == spelling for d in candidates)


def _body(division: Division) -> Body:
    return Body(division.org_name, division.level, division)


class Resolver:
    """Settles each mention's place; reads the text's other places only when a mention needs them."""

    def __init__(self, text: str, head_end: int, gazetteer: Gazetteer, cues: BodyCues):
        self.text, self.head_end, self.gazetteer, self.cues = text, head_end, gazetteer, cues
        self.links = cues.link_spans(text)  # lines of links to other pages: read once, for the names and the scan
        self.mentions, self.context = find_mentions(text, gazetteer, cues, self.links)
        self._scanned = False
        self._levels: dict[tuple[str, bool, frozenset[str]], Body | None] = {}
        self._site: list[Body] | None = None
        self._site_places: list[Division] | None = None
        self.renamed: dict[str, str] = {}  # code → the level word the text writes after its short name
        self.spots: list[tuple[int, str, float]] = []  # (offset, code, weight) of each place the scan read
        self.home: Counter = Counter()  # places, and those above them, the scan read outside a trip
        # the candidates of each spelling the scan read that names several places (南山区: 深圳's and 鹤岗's)
        self.ambiguous: list[tuple[Division, ...]] = []
        self._beside: tuple[int, Weights] | None = None  # (spots read, weight outside mentions by code)

    @property
    def scanned(self) -> bool:
        return self._scanned

    def scan(self) -> None:
        """Places written in the text's opening and closing lines count once, in the head (title,
        dateline) thrice."""
        if self._scanned:
            return
        self._scanned = True
        tail_start = max(_SCAN_LIMIT, len(self.text) - _SCAN_TAIL)
        found_places = self.gazetteer.places_in(self.text[:_SCAN_LIMIT]) + \
            [(tail_start + at, word) for at, word in self.gazetteer.places_in(self.text[tail_start:])]
        trips = [found.span() for begin, end in ((0, _SCAN_LIMIT), (tail_start, len(self.text)))
                 for pattern in (_DESTINATIONS, self.cues.tour_sentence)
                 # (a window without the words a match holds is not scanned: most heads name no trip)
                 if pattern is not None and might_match(pattern, self.text[begin:end])
                 for found in pattern.finditer(self.text, begin, end)]
        # a name once shown to be a person's (副主席郑文成) is that person wherever the page repeats it
        # (郑文成一行听取…), titled or not
        people = {self.text[offset - 1:offset + len(spelling)] for offset, spelling in found_places
                  if self.gazetteer.in_person_name(self.text, offset, spelling)}
        # another page's headline says nothing of this one's place: a line of links, or the headlines after
        # the article's closing byline
        links = self.links + self.cues.trailing_spans(self.text)
        for offset, spelling in found_places:
            if _within(links, offset) or _BYLINE.search(self.text, max(0, offset - 6), offset) \
                    or self.text[max(0, offset - 1):offset + len(spelling)] in people \
                    or self.gazetteer.joined_level(self.text, offset, offset + len(spelling)):
                continue
            found = self.gazetteer.named(spelling)
            weight = (3 if offset < self.head_end else 1) / len(found)
            travelled = any(start < offset < end for start, end in trips)
            # a place written as a national venue's part (北京人民大会堂: cue national_venue) is where another
            # body's session sits, not the page's ground (全国政协…在北京人民大会堂开幕。市政协…收看)
            venue = self.cues.national_venue
            if travelled or (venue is not None and venue.match(self.text, offset)):
                weight *= _DESTINATION_WEIGHT
            else:
                self.home.update(up.code for division in found for up in self.gazetteer.lineage(division))
            if len({division.code for division in found}) > 1:
                self.ambiguous.append(tuple(found))
            level = self.text[offset + len(spelling):offset + len(spelling) + 1]
            for division in found:
                if spelling == division.short_name and level in _RENAMED_LEVELS \
                        and division.level != "province" and not division.has_level(level):
                    # 兖州县 in an old entry (兖州 is a district now): its 县政协 is that place's, under
                    # today's name like any renamed place (奉化市政协 → 奉化区政协)
                    self.renamed[division.code] = level
                # a short name (大连, 松江) says less than a full one (大连市)
                spot = weight if spelling != division.short_name else weight / 2
                self.context[division.code] += spot
                self.spots.append((offset, division.code, spot))

    def support_beside_mentions(self, code: str) -> float:
        """How much the places written outside the bodies' own names point to ``code``: a body named
        once in full (江西省新余市政协) has its place written once, which its count already holds.
        Summed for every place in one pass over the spots (read once per page, not per candidate)."""
        if self._beside is None or self._beside[0] != len(self.spots):
            spans = sorted((m.start, m.end) for m in self.mentions)
            starts = [start for start, _ in spans]
            reach = list(accumulate((end for _, end in spans), max))  # furthest end among spans so far
            beside: Weights = Counter()
            for offset, spot_code, weight in self.spots:
                at = bisect_right(starts, offset) - 1
                if at < 0 or offset >= reach[at]:
                    beside[spot_code] += weight
            self._beside = (len(self.spots), beside)
        return self._beside[1][code]

    def resolve(self) -> list[Mention]:
        for mention in self.mentions:
            if mention.national:
                mention.body = Body(NATIONAL, "national")
            elif len(mention.candidates) == 1:
                mention.body = _body(mention.candidates[0])
        for mention in self.mentions:
            if mention.body is None and mention.candidates:
                if not self.gazetteer.settled(mention.candidates, self.context):
                    self.scan()
                mention.body = _body(self.gazetteer.settle(mention.candidates, self.context))
        for index, mention in enumerate(self.mentions):
            if mention.body is None and mention.level_word:
                mention.body = self._named_before(index)
                mention.anaphoric = mention.body is not None
        for mention in self.mentions:
            if mention.body is None and mention.level_word:
                # the page's places, not only the bodies it names in full: a bare 市政协 beside 张家港市政协
                # on a page about 苏州 is 苏州's
                self.scan()
                mention.body = self.by_level(mention.level_word)
        return self.mentions

    def _named_before(self, index: int) -> Body | None:
        """The body a level word after 该 points back to (大新县政协八届三次会议上,该县政协…; 玉州区政协…该区政协):
        the last body of that level named in full before it, on a page that may name several (a roundup of
        county bodies, whose most named county is not this item's); on a page naming no such body, the place of
        that level written in full last before it (凌云县召开政协会议。该县政协…). None without 该, or when a
        place of that level other than the body's is written between them (田林县召开政协会议,该县政协…
        after 凌云县政协…: which one is meant is left to the page's other cues)."""
        mention = self.mentions[index]
        if _ANAPHORIC.search(self.text, max(0, mention.start - 2), mention.start) is None:
            return None
        named = None
        for before in reversed(self.mentions[:index]):
            division = before.body.division if before.body is not None else None
            if before.candidates and division is not None and division.has_level(mention.level_word):
                named = before
                break
        since = named.end if named is not None else 0
        for _, spelling in reversed(self.gazetteer.places_in(self.text[since:mention.start])):
            places = [d for d in self.gazetteer.named(spelling)
                      if not d.former and spelling.endswith(mention.level_word) and d.has_level(mention.level_word)]
            if named is not None and places and named.body.division not in places:
                return None
            if named is None and places:
                return _body(self.gazetteer.settle(places, self.context))
        return named.body if named is not None else None

    def by_level(self, word: str, without: frozenset[str] = frozenset()) -> Body | None:
        """The place of that level the text names most: named bodies first, then places and the
        prefectures and provinces above them; ``without``: codes of places not to count (a visiting
        body's own)."""
        key = (word, self._scanned, without)
        if key not in self._levels:
            self._levels[key] = self._best_of_level(word, without)
        return self._levels[key]

    def site_bodies(self) -> list[Body]:
        """Bodies named in the head's breadcrumb or source line (靖江政协->工作动态, 来源:XX政协): the
        site's own body, whose 市政协 or 县政协 the page speaks of."""
        if self._site is None:
            self._site = []
            tail_start = len(self.text) - _SCAN_TAIL
            for m in self.mentions:
                if self.head_end <= m.start < tail_start:
                    continue  # the head's breadcrumb, or the closing lines' 来源
                if m.candidates and m.body is not None and m.body.division is not None and not m.member:
                    line_start = self.text.rfind("\n", 0, m.start) + 1
                    line_end = self.text.find("\n", m.end)
                    if _BREADCRUMB.search(self.text, line_start, line_end if line_end != -1 else len(self.text)):
                        self._site.append(m.body)
        return self._site

    def site_places(self) -> list[Division]:
        """Places named in the head's or closing lines' source line (来源:宜城市融媒体中心, 首页 > 宜城
        新闻): the publisher's place, whose 市政协 a page that names a higher 市 in full (襄阳市政协副主席
        到会) speaks of."""
        if self._site_places is None:
            self._site_places = []
            tail_start = len(self.text) - _SCAN_TAIL
            for begin, end in ((0, self.head_end), (max(self.head_end, tail_start), len(self.text))):
                for line in _SOURCE_LINE.finditer(self.text, begin, end):
                    for offset, spelling in self.gazetteer.places_in(line.group()):
                        at = line.start() + offset
                        if _BYLINE.search(self.text, max(0, at - 6), at) \
                                or self.gazetteer.in_person_name(self.text, at, spelling):
                            continue
                        self._site_places.extend(self.gazetteer.named(spelling))
        return self._site_places

    def _best_of_level(self, word: str, without: frozenset[str] = frozenset()) -> Body | None:
        site = {body.code: body for body in self.site_bodies() if body.division and body.division.has_level(word)}
        if len(site) == 1:
            return next(iter(site.values()))
        places = {d.code: d for d in self.site_places() if not d.former and d.has_level(word)}
        if not site and len(places) == 1:
            code = next(iter(places))
            as_named = [m.body for m in self.mentions if m.candidates and m.body and m.body.code == code]
            return as_named[0] if as_named else _body(places[code])
        # a member's title (泰州市政协研究室副主任) names a place, not a body at work on the page
        named = Counter(m.body.division.code for m in self.mentions
                        if m.candidates and m.body and m.body.division and not m.member)
        weights: Weights = Counter()
        for code, count in (self.context + named).items():
            division = self.gazetteer.by_code.get(code)
            if division is None or code in without:
                continue
            for rank, up in enumerate(self.gazetteer.lineage(division)):
                weights[up.code] += count * (1.0 if rank == 0 else 0.5) + (2 * named[code] if rank == 0 else 0)
        # a place the text names by a former name of that level (阿城市政协, now 阿城区): its 市政协 too
        named_at_level = {m.body.code for m in self.mentions if m.candidates and m.body and m.body.division
                          and m.body.division.former and m.body.division.has_level(word)}
        # where a higher body's members live (驻竹溪市政协委员) is the page's own ground, not a trip's stop;
        # its level word is the body's (住泉港市政协委员: 泉州's), not the place's written as renamed
        residences = {m.residence for m in self.mentions if m.residence}
        fitting = [(w, code) for code, w in weights.items()
                   if (d := self.gazetteer.by_code.get(code)) is not None
                   and (d.has_level(word) or (self.renamed.get(code) == word and code not in residences)
                        or code in named_at_level)]
        if not fitting and word == "区":
            # 区政协 in a text of an autonomous region that names no district: the region's (西藏, 广西)
            fitting = [(w, code) for code, w in weights.items()
                       if (d := self.gazetteer.by_code.get(code)) is not None and d.has_level("自治区")]
        if not fitting:
            return None
        top, code = max(fitting, key=lambda item: (item[0], -int(item[1])))
        tied = {other for w, other in fitting if top - w < _TIE}
        if self._unsettled_tie(tied):
            return None  # 鼓楼区 alone: 南京's, 徐州's, 福州's or 开封's, and the text says none
        code = self._settled_pick(tied) or code  # 福建省…鼓楼区: 福州's, not the lowest code's 南京
        if self._scanned and not self.home[code] and not any(
                code in {up.code for up in self.gazetteer.lineage(self.gazetteer.by_code[named_code])}
                for named_code in set(named) | residences if named_code in self.gazetteer.by_code):
            return None  # 市政协考察团赴吐鲁番、兰州…: a place named only where the body travels is not its own
        # a place named by a former name (襄樊市政协 … 市政协): the body as the text names it
        as_named = [m.body for m in self.mentions if m.candidates and m.body and m.body.code == code]
        if as_named:
            return as_named[0]
        division = self.gazetteer.by_code[code]
        return _body(_as_renamed(division, word) if self.renamed.get(code) == word else division)

    def _settled_pick(self, tied: set[str]) -> str | None:
        """The one code among places that weigh the same (``tied``) that the text's other places pick out
        as the place of a spelling naming several (福建省 … 鼓楼区: 福州's), or None."""
        if len(tied) < 2:
            return None
        for candidates in self.ambiguous:
            if not self.gazetteer.settled(list(candidates), self.context):
                continue
            best = max(candidates, key=lambda division: self.gazetteer.support(division, self.context))
            picked = tied & {up.code for up in self.gazetteer.lineage(best)}
            if len(picked) == 1:
                return picked.pop()
        return None

    def _unsettled_tie(self, tied: set[str]) -> bool:
        """Whether places of one level that weigh the same (``tied``: codes) are the candidates of a spelling
        that names several places (南山区: 深圳's and 鹤岗's), which the text's other places do not tell apart
        (Gazetteer.settled): the lowest code would be an arbitrary pick, not the text's place. A tie of
        places the text names each by a spelling of its own keeps the lowest code."""
        if len(tied) < 2:
            return False
        lineages: dict[Division, set[str]] = {}
        for candidates in self.ambiguous:
            if self.gazetteer.settled(list(candidates), self.context):
                continue
            for division in candidates:
                if division not in lineages:
                    lineages[division] = {up.code for up in self.gazetteer.lineage(division)}
            if all(any(code in lineages[division] for division in candidates) for code in tied):
                return True
        return False


def _most_named(mentions: list[Mention], resolver: Resolver) -> Body:
    resolver.scan()
    # the bodies at work, not those acted upon (我县3件提案被省政协采纳), when the page names any
    mentions = [m for m in mentions if not _in_passing(resolver.text, m, resolver.cues)] or mentions
    counts = Counter(m.resolved.org_name for m in mentions)
    bodies = {m.resolved.org_name: m.resolved for m in mentions}
    order = {name: i for i, name in reversed(list(enumerate(m.resolved.org_name for m in mentions)))}

    def weight(name: str) -> tuple:
        division = bodies[name].division
        place = resolver.support_beside_mentions(division.code) if division else 0
        return (counts[name] + place, -order[name])

    return bodies[max(counts, key=weight)]


def _is_heading(line: str, wrap: int = 0) -> bool:
    """A short line that ends no sentence; in a text wrapped at ``wrap`` characters (a PDF's copy),
    only one clearly shorter than a wrapped line."""
    stripped = line.strip()
    if wrap and len(stripped) >= wrap * 0.8:
        return False
    return 0 < len(stripped) <= 40 and not _ENDS_SENTENCE.search(stripped)


def _is_title_line(line: str, wrap: int = 0) -> bool:
    """A page's first line is its title when it reads as a heading; in a wrapped text (a PDF's copy)
    one that stops short of the width was not cut, so even a long report title (中国人民政治协商会议
    第十五届某某县委员会常务委员会工作报告, 32 characters in a 40-character wrap) stands on its own;
    one longer than the width is lines the analysis copy rejoined (a title cut at 30 characters)."""
    stripped = line.strip()
    if wrap and abs(len(stripped) - wrap) > WRAP_WIDTH_TOLERANCE:
        return _is_heading(stripped)
    return _is_heading(stripped, wrap)


WRAP_WIDTH_TOLERANCE = 3  # a wrapped line's length within 3 of the width: digits are half as wide


def wrap_width(lines: list[tuple[int, str]]) -> int:
    """The width a hard-wrapped text (a PDF's copy) breaks its lines at, or 0: most lines of some
    length are of one length (within 3 characters: digits are half as wide)."""
    # distinct lines: a page header repeated on every page is no wrapped text
    lengths = [len(line) for line in dict.fromkeys(line.strip() for _, line in lines) if len(line) >= 15]
    if len(lengths) < 6:
        return 0
    counts = Counter(lengths)

    def near(width: int) -> int:  # by the counts of the 7 lengths within 3, not line by line
        return sum(counts.get(length, 0) for length in range(width - 3, width + 4))

    # the commonest length; of several as common, the one most lines lie near, then the widest (a
    # tie left to Counter's order would follow a set's hash-seeded order: the result changed per run)
    # (only the commonest lengths can win: ``near`` is summed for those alone)
    top = max(counts.values())
    width = max((length for length, count in counts.items() if count == top),
                key=lambda length: (near(length), length))
    return width if near(width) >= 0.5 * len(lengths) and near(width) >= 6 else 0


@dataclass
class Bodies:
    main: Body | None
    scopes: list[tuple[int, str]]  # (start offset, org_name) ascending
    by_name: dict[str, Body]
    owners: dict[int, str] = field(default_factory=dict)  # a figure's offset → the body its words name
    scope_sources: list[str] = field(default_factory=list)  # why each scope holds: title, head, heading …
    subjects: list[tuple[int, str, bool]] = field(default_factory=list)  # (offset, org_name, opens its sentence)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # [start, end) of each sentence
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # [start, end) of each line
    respective: dict[int, str] = field(default_factory=dict)  # a figure after 分别 → its listed body
    _scope_starts: list[int] = field(default_factory=list, repr=False)
    _span_starts: dict[str, list[int]] = field(default_factory=dict, repr=False)  # sentences', paragraphs' starts

    # the lookup tables at() builds on its first call (_build_lookup): a class attribute, not a field
    _lookup = None

    def at(self, offset: int) -> tuple[str, str]:
        """The body of a figure at ``offset`` and why: its own words (owner), a body its sentence
        names as subject before it (sentence), one an earlier sentence of its paragraph opens with
        (previous_sentence), else the stretch it lies in (paragraph, heading) or the page's body
        (title, head, document)."""
        owner = self.owners.get(offset)
        if owner is not None:
            return owner, "owner"
        listed = self.respective.get(offset)
        if listed is not None:
            return listed, "sentence"
        scope_starts, sentence_starts, paragraph_starts, subject_starts, last_opener = self._lookup or self._build_lookup()
        scope = bisect_right(scope_starts, offset) - 1
        if scope >= 0:
            floor, name = self.scopes[scope]
            source = self.scope_sources[scope]
        else:
            floor, name, source = 0, "", ""
        # the sentence and the paragraph (line) holding the figure: the subjects read lie in them
        at = bisect_right(sentence_starts, offset) - 1
        sentence_start = sentence_starts[at] if at >= 0 and offset < self.sentences[at][1] else offset
        at = bisect_right(paragraph_starts, offset) - 1
        floor = max(paragraph_starts[at] if at >= 0 and offset < self.paragraphs[at][1] else offset, floor)
        index = bisect_left(subject_starts, offset) - 1  # the last subject before the figure
        if index < 0 or subject_starts[index] < floor:
            return name, source
        if subject_starts[index] >= sentence_start:
            return self.subjects[index][1], "sentence"
        # a sentence before it in the stretch that opens with a body speaks for the ones after it
        opener = last_opener[index]
        if opener >= 0 and subject_starts[opener] >= floor:
            named = self.subjects[opener][1]
            return (named, "previous_sentence") if named != name else (name, source)
        return name, source

    def _build_lookup(self) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
        """The starts of the scopes, sentences, paragraphs and subjects, and for each subject the index
        of the last one up to it that opens its sentence (-1: none): built once per page, so a figure
        finds its subject by bisection instead of walking the page's subjects back."""
        self._scope_starts = [start for start, _ in self.scopes]
        self._span_starts = {"sentences": [start for start, _ in self.sentences],
                             "paragraphs": [start for start, _ in self.paragraphs]}
        last_opener, opener = [], -1
        for index, (_, _, opens_sentence) in enumerate(self.subjects):
            opener = index if opens_sentence else opener
            last_opener.append(opener)
        self._lookup = (self._scope_starts, self._span_starts["sentences"], self._span_starts["paragraphs"],
                        [at for at, _, _ in self.subjects], last_opener)
        return self._lookup


def _above(body: Body, main: Body | None) -> bool:
    return main is not None and _RANKS.get(body.level, 9) < _RANKS.get(main.level, 9)


def _frames_by_session(text: str, mention: Mention, main: Body | None) -> bool:
    """Whether a body above the page's is named only to date its work by that body's session."""
    return mention.body is not None and _above(mention.body, main) and _SESSION_FRAME.match(text, mention.end) is not None


def _is_object(text: str, mention: Mention, cues: BodyCues) -> bool:
    """Whether the body is named as the object of another's act (向市政协报送, 市政协采用我县信息)."""
    return cues.object_before.search(text, max(0, mention.start - 5), mention.start) is not None \
        or _RECEIVES.match(text, mention.end) is not None or cues.spirit_after.match(text, mention.end) is not None


_POINT_BACK_REACH = 30  # how far past a paragraph's framing body its 该县政协 may open the main clause


def _pointed_back_to(text: str, opening: Mention, mentions: list[Mention], starts: list[int],
                     cues: BodyCues) -> Body | None:
    """The body a paragraph is about when its opening names it only as a frame (在某县政协八届三次会议闭幕会上,
    该县政协对…予以表彰): the 该县政协 that opens the main clause right after points back to it.
    ``starts``: the mentions' starts (sorted), to find those just after the opening without a walk."""
    if opening.body is None:
        return None
    end = _SENTENCE_END.search(text, opening.end, opening.end + _POINT_BACK_REACH)
    stop = end.start() if end else opening.end + _POINT_BACK_REACH
    for mention in mentions[bisect_left(starts, opening.end):bisect_left(starts, stop)]:
        if mention.anaphoric and mention.body is not None and mention.body.org_name == opening.body.org_name \
                and not _in_passing(text, mention, cues):
            return mention.body
    return None


def _is_medium(text: str, mention: Mention, cues: BodyCues) -> bool:
    """Whether the body's name is a medium's (四川政协报, 深圳政协网): a line naming it says where the
    page was published, so it starts no stretch of that body's work."""
    return cues.medium is not None and cues.medium.match(text, mention.end) is not None


def _in_passing(text: str, mention: Mention, cues: BodyCues) -> bool:
    """Whether a body is named only as another's object or as the session that dates the work."""
    return _is_object(text, mention, cues) or _SESSION_FRAME.match(text, mention.end) is not None


_ROLL_CALL = 150  # characters a roll call of those present may run before its closing verb
_NAME_SIZES = (2, 3, 4)  # a person's name after a title (王某, 张秋俭, 欧阳某某)
_SENTENCE_END = re.compile(r"[。！？!?;；\n]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
_NEXT_ITEM = re.compile(r"[^,，、。；;\n]{0,16}")  # the next item of a 、-list of posts, up to a name's length past it


def _title_in_passing(text: str, mention: Mention, cues: BodyCues) -> bool:
    """Whether a person's title (a member mention) names only where the person sits, not a body at work
    on the page: a status (她是全国政协委员), a concurrent post listed before the one the person acts in
    (全国政协常委、四川省政协副主席某某一行), or a guest at another's event (see _guest_in_roll_call)."""
    if not mention.member:
        return False
    if cues.status_before is not None and cues.status_before.search(text, max(0, mention.start - 8), mention.start):
        return True
    post = cues.person_post.match(text, mention.end)
    if post is None:
        return False
    # the same body's posts listed one after another (市政协党组书记、主席某某): the name follows the last
    while text.startswith("、", post.end()) and (next_post := cues.person_post.match(text, post.end() + 1)):
        post = next_post
    return _listed_before_another_post(text, post.end(), cues) or _guest_in_roll_call(text, mention, post.end(), cues)


def _listed_before_another_post(text: str, at: int, cues: BodyCues) -> bool:
    """市政协副主席、致公党市委主委某某, 全国政协常委、四川省政协副主席某某一行: a title followed by 、 and
    another post before the name; the post nearer the name is the one the person acts in when it is
    another organ's, or another 政协's and the person leads a party (a visit); not when the person only
    holds both (市政协委员、某区政协主席某某等5人获得表彰: honoured as the first body's member), nor
    县政协主席某某、副主席某某 (a name comes first) or 党组成员、副主席某某 (the same body's next post)."""
    if not text.startswith("、", at):
        return False
    next_item = _NEXT_ITEM.match(text, at + 1)
    assert next_item is not None  # the pattern matches the empty string too
    item = next_item.group()
    if cues.person_post.match(item):
        return False
    if "政协" in item:
        return cues.leads is not None and cues.leads.match(text, at + 1) is not None
    return cues.person_post.search(item) is not None or (
        cues.other_organ_post is not None and cues.other_organ_post.search(item) is not None)


def _guest_in_roll_call(text: str, mention: Mention, at: int, cues: BodyCues) -> bool:
    """Whether the title and name at ``at`` stand in a roll call of those present at another's event:
    one that closes with a guest's verb (全国政协副秘书长某某应邀授课), or with an attendance verb after
    another organ's official (区政协主席某某,区委常委某某等参加义卖活动; 州政协主席某某,州委常委某某…到机场迎接).
    A title whose name goes on to an act (主席某某主持会议) is no roll call's."""
    if cues.guest is None or cues.attendance is None or not _name_closes_item(text, at, cues):
        return False
    end = _SENTENCE_END.search(text, at)
    limit = min(end.start() if end else len(text), at + _ROLL_CALL)
    guest = cues.guest.search(text, at, limit)
    attendance = cues.attendance.search(text, at, limit)
    if guest is not None and (attendance is None or guest.start() <= attendance.start()):
        return True
    if attendance is None or cues.other_organ_post is None:
        return False
    # the roll call runs over commas (全国政协副主席、九三学社中央副主席某某,省政协原主席某某,…等参加): from its sentence's start
    begin = max((found.end() for found in _SENTENCE_END.finditer(text, max(0, mention.start - _ROLL_CALL),
                                                                   mention.start)), default=0)
    return cues.other_organ_post.search(text, begin, attendance.start()) is not None


def _name_closes_item(text: str, at: int, cues: BodyCues) -> bool:
    """Whether a name at ``at`` ends its item: a list mark, 等, or a guest's or attendance verb follows.
    No name when the verb comes first: 21位市政协委员出席会议 counts members at their own body's session."""
    if cues.guest is None or cues.attendance is None or cues.guest.match(text, at) or cues.attendance.match(text, at):
        return False
    for size in _NAME_SIZES:
        after = at + size
        if after >= len(text) or not _HAN_NAME.fullmatch(text, at, after):
            return False
        if text[after] in ",，、 \u3000" or cues.guest.match(text, after) or cues.attendance.match(text, after):
            return True
    return False


def _subject_place(text: str, mention: Mention) -> str:
    """'sentence' or 'clause' when the body opens its sentence or clause (今年以来,县政协共收到…), so
    what follows is about its work; '' when it is an object (向市政协报送, 配合省政协)."""
    begin = mention.start
    while begin > 0 and text[begin - 1] not in _CLAUSE_MARKS and text[begin - 1] not in "。！？!?\n":
        begin -= 1
        if mention.start - begin > 24:
            return ""
    # 该县政协 that points back to a body or place just named opens its clause as 我县政协 does; a 该
    # that points back to no one body (none of that level before it, or two) opens none
    lead_end = mention.start - 1 if mention.anaphoric else mention.start
    if _SUBJECT_LEAD.fullmatch(text, begin, lead_end) is None or _RECEIVES.match(text, mention.end):
        return ""
    return "clause" if begin > 0 and text[begin - 1] in _CLAUSE_MARKS else "sentence"


def _visits_named_body(mention: Mention, visit: re.Match[str], resolved: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether the body is visiting a place (省政协在苏州考察, 市政协调研组来我县调研; ``visit``: _VISIT's match
    after its name) whose own body the text names too: the page is then about the host."""
    if mention.body is None:
        return False
    place = visit.group("place")
    hosts = [m.body.division for m in resolved
             if m.body is not None and m.body.division is not None and m.body.org_name != mention.body.org_name]
    if len(place) >= 2 and place[0] in "我本" and place[1] in _LEVEL_LAST:
        return any(host.has_level(place[1]) for host in hosts)
    named = gazetteer.places_in(place)
    if not named or named[0][0] != 0:
        return False
    codes = {division.code for division in gazetteer.named(named[0][1])}
    return any(host.code in codes for host in hosts)


def _visits_abbreviated_place(mention: Mention, visit: re.Match[str], resolver: Resolver) -> bool:
    """Whether the body visits a place written by its first character alone (某市政协考察团来杭考察, 一行来荆
    学习考察), the host's own way of writing its city: the one place the page writes elsewhere that starts
    so and is not the visitor's own (杭州数字政协, 荆门广播电视台). The page is then the host's, like a
    visit to a place written in full. ``visit``: _VISIT's match after its name."""
    if len(visit.group("place")) != 1 or mention.body is None or mention.body.division is None:
        return False
    resolver.scan()
    own = {up.code for up in resolver.gazetteer.lineage(mention.body.division)}
    initial = visit.group("place")
    hosts = {code for _, code, _ in resolver.spots if code not in own
             and (division := resolver.gazetteer.by_code.get(code)) is not None and division.short_name.startswith(initial)}
    return len(hosts) == 1


def _other_body(text: str, at: int, kind: str, main: Body | None, resolver: Resolver,
                by_name: dict[str, Body]) -> str | None:
    """The 人大 or 政府 whose name ends at ``at`` (苏州市人大, 市政府, 巩留县人民政府; alone, the page's place)."""
    end = _place_end(text, at, resolver.cues)
    start = max(0, end - _LOOKBACK)
    mention = _mention_of(text[start:end], end - start, resolver.gazetteer, Counter())
    division = None
    if mention is not None and mention.national:
        name = f"全国{kind}"
        by_name.setdefault(name, Body(name, "national", None, kind))
        return name
    if mention is not None and mention.candidates:
        division = resolver.gazetteer.settle(mention.candidates, resolver.context)
    elif mention is not None and mention.level_word:
        found = resolver.by_level(mention.level_word)
        if found is None and not resolver.scanned:
            resolver.scan()  # 县政府 on a page that names its county only in the title (南县召开…)
            found = resolver.by_level(mention.level_word)
        division = found.division if found else None
    elif mention is None and main is not None:
        division = main.division
    if division is None:
        return None
    name = f"{division.body_name}{kind}"
    by_name.setdefault(name, Body(name, division.level, division, kind))
    return name


def _owners(text: str, mentions: list[Mention], main: Body | None, resolver: Resolver,
            by_name: dict[str, Body], scope_at, sentences: list[tuple[int, int]] | None = None) -> dict[int, str]:
    """Figures whose own words name their body (adds the 人大 and 政府 it meets to ``by_name``):
    市人大代表建议215件, 省政协提案5件; and the figures of a sentence on a government's handling:
    a total or rate of 建议 and 提案 together is the government's (ANNOTATION.md), a count of 建议
    alone the 人大's (县政府承办人大代表建议117件,其中重点督办建议7件), a count of 提案 alone stays
    with the 政协 the text is about."""
    ends = {m.end: m.body for m in mentions}
    owners: dict[int, str] = {}
    congress_owned: list[int] = []  # offsets of figures a 人大 owns by their own words
    for member in (m for m in mentions if m.member and m.body is not None):
        # 四川省政协副主席刘旭光一行11人: the delegation a body's member leads is that body's
        led = resolver.cues.delegation.match(text, member.end)
        if led:
            owners[led.start(1)] = member.resolved.org_name
    for body in (m for m in mentions if not m.member and m.body is not None):
        # 安源区政协一行12人, 省政协调研组一行8人: the delegation a body sends is that body's
        led = resolver.cues.body_delegation.match(text, body.end)
        if led:
            owners[led.start(1)] = body.resolved.org_name
        elif (visit := _VISIT.match(text, body.end)) is not None and visit.group("party"):
            # 上思县政协某委员会主任某某考察组一行8人到我县考察: the party a body sends on a visit, however
            # its group or leader is written, is that body's
            # (not past another body: 某市政协陪同某省政协调研组一行7人 is the guest's party)
            if text.find("政协", body.end, visit.start("party")) == -1:
                owners[visit.start("party")] = body.resolved.org_name
        # 在市政协评出的30名先进个人, 省政协确定的18个联系点: what a body selects is counted by that body,
        # wherever the sentence stands
        chosen = resolver.cues.selected.match(text, body.end)
        if chosen:
            owners[chosen.start(1)] = body.resolved.org_name
    if main is None or main.org_name != NATIONAL:
        _national_member_counts(text, mentions, resolver.cues, owners)
    for owned in _owned_items(text):
        if owned.group(2) and _JOINED_TO_CONGRESS_ITEMS.search(text, max(0, owned.start() - 8), owned.start()):
            continue  # 代表建议和政协提案共156件 counts both kinds: the handling below tells whose
        if owned.group(2):
            owner = ends.get(owned.start() + 2)
            name = owner.org_name if owner is not None else scope_at(owned.end())
            if name:  # a bare 政协 on a page that names none: the handling below may tell whose
                owners[owned.end()] = name
            continue
        name = _other_body(text, owned.start(), "人大", main, resolver, by_name)
        if name:
            owners[owned.end()] = name
            congress_owned.append(owned.end())
    _congress_clauses(text, main, resolver, by_name, owners)
    _congress_session_lengths(text, main, resolver, by_name, owners)
    _deputies_sentences(text, main, resolver, by_name, owners, sentences)
    handler, handled, paragraph_end = None, "", -1  # the government at work, the kind of its last sentence
    congress: str | None = None  # the 人大 last named in the paragraph
    # [start, end) of each line's sentences (_SENTENCE), when the caller has them already
    spans = sentences if sentences is not None else [m.span() for m in _SENTENCE.finditer(text)]
    openers = _opening_sentences(text, spans, congress_owned)
    index = 0
    while index < len(spans):
        if not (handler or handled):
            # no handling under way: no branch below holds before the next sentence that names a 政府 or
            # holds a 人大's own items (most sentences are skipped so, not read one by one)
            following = bisect_left(openers, index)
            if following == len(openers):
                break
            index = openers[following]
        s_begin, s_end = spans[index]
        index += 1
        if s_begin > paragraph_end:
            line_end = text.find("\n", s_begin)
            handler, handled, congress = None, "", None
            paragraph_end = line_end if line_end != -1 else len(text)
        # (a sentence without 政府 has no handling government: one str.find instead of the call)
        at = _handling_government(text, s_begin, s_end, resolver.cues) if text.find("政府", s_begin, s_end) != -1 else -1
        owned_here = bool(congress_owned) and \
            bisect_right(congress_owned, s_end) > bisect_right(congress_owned, s_begin - 1)
        if at == -1 and not (handler or handled) and not owned_here:
            continue  # no branch below can hold whatever the sentence's kind (most sentences)
        kind = _phrase_kind(text, s_begin, s_end)
        if at != -1 and kind in ("mixed", "人大") and _HANDLED_ITEMS.search(text, at, s_end):
            handler = _other_body(text, at, "政府", main, resolver, by_name)
            begin = at
        elif (handler or handled) and (kind == "mixed" or (_FOLLOWS_ON.match(text, s_begin) and kind != "政协")):
            begin = s_begin  # a later sentence on the same handling (代表、委员的满意率; 其中…)
        elif kind == "人大" and owned_here:
            begin = s_begin  # 人大代表建议117件,其中重点督办建议7件
        else:
            handled = ""
            continue
        sentence_kind = kind or handled
        handled = sentence_kind
        previous_end = begin
        last_kind = ""  # the kind of the sentence's last figure, "" when it ends a list (提案25件、建议40件)
        last_clause = -1  # where the clause of the sentence's last figure begins
        for number in _NUMBER.finditer(text, begin, s_end):
            clause = max(text.rfind(mark, begin, number.start()) for mark in _CLAUSE_MARKS) + 1
            number_kind = _phrase_kind(text, max(clause, previous_end), number.start()) \
                or _phrase_kind(text, max(clause, begin), number.start())
            # a breakdown that names no items (收到县政协转来委员提案30件,其中9件作为重点提案) counts those of
            # the figure it breaks down, not the whole sentence's mix of 建议 and 提案
            if not number_kind and _BREAKDOWN.match(text, max(clause, begin)):
                # … unless it names them after its number (转来信36件,其中9件作为重点提案: 提案, the 政协's,
                # though the list it follows ends in letters)
                mark = _CLAUSE_BREAK.search(text, number.end(), s_end)
                number_kind = _phrase_kind(text, number.end(), mark.start() if mark else s_end) or last_kind
            number_kind = number_kind or sentence_kind
            # (a list's tail lends no kind: 委员提案25件、代表建议40件,其中6件 breaks down the whole list)
            in_list = last_clause == max(clause, begin) and bool(_LIST_JOIN.match(text, previous_end, number.start()))
            last_kind = "" if in_list else number_kind
            last_clause = max(clause, begin)
            previous_end = number.end()
            if number_kind == "mixed" and handler:
                owners.setdefault(number.start(), handler)
            elif number_kind == "政协" and handler and not scope_at(number.start()):
                # 县政府系统承办…政协委员提案66件 on a page that names no 政协: the handler's place's
                owners.setdefault(number.start(), _kin(by_name.get(handler), "政协", by_name) or "")
            elif number_kind == "人大":
                named_at = text.rfind("人大", s_begin, number.start())
                if named_at != -1:
                    congress = _other_body(text, named_at, "人大", main, resolver, by_name) or congress
                congress = congress or _kin(by_name.get(handler) if handler else main, "人大", by_name)
                owners.setdefault(number.start(), congress or "")
    _deputies_items(text, main, resolver, by_name, owners)
    _owned_respectively(text, owners, spans)
    return owners


# what may open a clause before a count of members that is the clause's subject (新疆共有, 河南的): a place
# or group and 的/共有, nothing that makes the members another's object (组织, 邀请, 由)
_COUNT_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:共有|共|有|的))?")
_CLAUSE_BREAK = re.compile(f"[{_CLAUSE_MARKS}]")  # (within a sentence)
_COUNTED_BODY_REACH = 8  # how far after a count the body whose members it counts may be named (20名住川省政协委员)


def _national_member_counts(text: str, mentions: list[Mention], cues: BodyCues, owners: dict[int, str]) -> None:
    """新疆共有36人担任新一届全国政协委员,其中连任委员9名,新任委员27名: a count of the national body's
    members that opens its clause is that body's (organization), on a province's or a city's page, and so
    are the counts of a 其中 breakdown after it. A count the clause makes another's
    object (市政协组织12名住市全国政协委员视察) stays with the clause's body."""
    if cues.national_members is None:
        return
    for mention in mentions:
        if not mention.national or mention.body is None:
            continue
        window = max(0, mention.start - 16)
        counted = cues.national_members.search(text, window, mention.start)
        if counted is None:
            continue
        count = counted.start("count")
        sentence = max(text.rfind(mark, 0, count) for mark in "。！？!?\n") + 1
        clause = max(sentence, max(text.rfind(mark, sentence, count) for mark in _CLAUSE_MARKS) + 1)
        lead = _SUBJECT_LEAD.match(text, clause, count)
        if lead is None or not _COUNT_LEAD.fullmatch(text, lead.end(), count):
            continue
        owners.setdefault(count, NATIONAL)
        end = _SENTENCE_END.search(text, mention.end)
        _national_breakdown(text, mention.end, end.start() if end else len(text), owners)


_PEOPLE_COUNT_END = re.compile(r"[多余]?[名位人]")
_BREAKDOWN_WORDS = re.compile("分属|分布|来自|涉及")  # what else a breakdown of members says (分属18个界别)


def _national_breakdown(text: str, begin: int, end: int, owners: dict[int, str]) -> None:
    """The counts of a 其中 breakdown after a count of the national body's members (…全国政协委员,其中连任委员9名,
    新任委员27名,分属18个界别) are of those members too, as is what their own clause says they did (联名提交提案2件).
    Nothing else of the sentence is: people counted in the same clause are another group (和400余名委员),
    and a clause that is no breakdown (大会共收到提案800件) or names another body (、600名省政协委员) ends it."""
    in_breakdown = False
    for number in _NUMBER.finditer(text, begin, end):
        last_break = None
        for last_break in _CLAUSE_BREAK.finditer(text, begin, number.start()):
            pass
        if last_break is None:  # the count's own clause: what the members did (联名提交提案2件) is theirs
            if _PEOPLE_COUNT_END.match(text, number.end()) or text.find("政协", begin, number.start()) != -1:
                return
            owners.setdefault(number.start(), NATIONAL)
            continue
        clause_start = last_break.end()
        if not in_breakdown and not text.startswith("其中", clause_start):
            return
        if in_breakdown and not (_PEOPLE_COUNT_END.match(text, number.end())
                                 or _BREAKDOWN_WORDS.match(text, clause_start)):
            return  # a clause that is no part of the breakdown (大会共收到提案800件)
        in_breakdown = True
        if text.find("政协", clause_start, number.start()) != -1 \
                or text.find("政协", number.end(), number.end() + _COUNTED_BODY_REACH) != -1:
            return
        owners.setdefault(number.start(), NATIONAL)


def _opening_sentences(text: str, spans: list[tuple[int, int]], congress_owned: list[int]) -> list[int]:
    """The indices of the sentences (``spans``, _SENTENCE's) that name a 政府 or hold a 人大's own items
    (``congress_owned``: where those figures start): the only ones a handling can open on."""
    starts = [start for start, _ in spans]
    found = set(_sentences_holding(text, spans, "政府", starts))
    for offset in congress_owned:
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset <= spans[index][1]:
            found.add(index)
    return sorted(found)


def _sentences_holding(text: str, spans: list[tuple[int, int]], word: str, starts: list[int] | None = None) -> list[int]:
    """The indices of the sentences (``spans``; ``starts``: theirs, when known) that hold ``word``, in order:
    found with str.find over the page, not one search a sentence."""
    starts = starts if starts is not None else [start for start, _ in spans]
    found: list[int] = []
    for at in _occurrences(text, word):
        index = bisect_right(starts, at) - 1
        if index >= 0 and at + len(word) <= spans[index][1] and (not found or found[-1] != index):
            found.append(index)
    return found


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right, with str.find (no overlaps)."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


def _owned_items(text: str) -> Iterator[re.Match[str]]:
    """``_OWNED.finditer(text)``, tried only where 人大 or 政协 starts. The starts are found with str.find:
    a screen regex (人大|政协) is a search call per start and a character class tried at every position."""
    # (neither word overlaps itself or the other: every start is found)
    starts = [at for word in _OWNED_STARTS for at in _occurrences(text, word)]
    taken = 0  # where the last match ended: matches never overlap, as finditer's
    for start in sorted(starts):
        if start >= taken and (owned := _OWNED.match(text, start)) is not None:
            taken = owned.end()
            yield owned


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
# a number after 分别 that may be a figure: not a date's (分别于3月和5月交办)
_RESPECTIVE_NUMBER = re.compile(r"\d+(?:\.\d+)?(?![\d.年月日号时])")


# a count of deputies' items named so, without their 人大: 代表议案2件, 代表建议共5件, 2件代表建议 (a 政协's
# items joined before it make a mixed count: 委员提案和代表建议88件 is no such count)
_DEPUTY_ITEMS_AFTER = re.compile(r"代表(?:议案|建议)(?:共|计)?(\d+)件")
# 2件代表建议, read back from 代表; the 人大 may stand between (24件人大代表建议, 5件县人大代表议案)
_DEPUTY_ITEMS_BEFORE = re.compile(r"(\d+)件(?:(?:全国|[省市区县州旗])?人大)?$")
_DIGITS_WIDTH = 16  # how far back a count before a word is looked for
# the next items of the same list (代表议案2件、建议5件): the deputies' too
_MORE_DEPUTY_ITEMS = re.compile(r"[、和及](?:代表)?(?:议案|建议)(?:共|计)?(\d+)件")
# a clause that names the deputies and pairs their count with the members' (县人大代表、政协委员提出的
# 24件建议意见和23件提案; 12件提案、30件建议): the count of 建议 (or 议案) is the deputies'
_PAIRED_ITEMS = re.compile(r"(\d+)件(?:建议|议案)(?:意见)?[、和及与](?:\d+)件提案|(?:\d+)件提案[、和及与](\d+)件(?:建议|议案)")


def _deputies_items(text: str, main: Body | None, resolver: Resolver, by_name: dict[str, Body],
                    owners: dict[int, str]) -> None:
    """Counts of deputies' items that do not write their 人大 (两会期间,会员向两会提交代表议案2件、建议5件,委员
    提案7件; 提交了7件集体提案,2件代表建议): the 人大 the sentence names before them, else the 人大 of the
    page's body's place (a party's or a 政协's page on its members at both sessions). Counts another reading
    already gave a body keep it."""
    for start, number, at in _deputy_item_counts(text):
        s_begin = max(text.rfind(mark, 0, start) for mark in "。！？!?\n") + 1
        # (up to its 代表: a 人大 written between the count and 代表, 24件人大代表建议, is the deputies' own)
        named = text.rfind("人大", s_begin, text.find("代表", start, at))
        name = _other_body(text, named, "人大", main, resolver, by_name) if named != -1 else None
        name = name or _kin(main, "人大", by_name)
        if not name:
            continue
        owners.setdefault(number, name)
        while (more := _MORE_DEPUTY_ITEMS.match(text, at)) is not None:
            owners.setdefault(more.start(1), name)
            at = more.end()
    for named, number in _paired_counts(text):
        name = _other_body(text, named, "人大", main, resolver, by_name)
        if name:
            owners.setdefault(number, name)


def _paired_counts(text: str) -> Iterator[tuple[int, int]]:
    """(where its 人大代表 stands, where its number stands) of each count of 建议 paired with a count of
    提案 (24件建议意见和23件提案) in a clause that names 人大代表 before them (县人大代表、政协委员提出的…:
    the deputies' and the members' items side by side; a 人大代表 of another clause, 邀请人大代表列席, is no
    author of them); found from 件提案 with str.find (a pattern opening with a number would be tried at
    every character)."""
    at = text.find("件提案")
    while at != -1:
        window = _digits_start(text, at - 8)  # 24 characters before 件提案, widened to a whole number
        for pair in _PAIRED_ITEMS.finditer(text, window, min(len(text), at + 20)):
            if pair.start() <= at < pair.end():
                begin = max(text.rfind(mark, 0, pair.start()) for mark in _CONGRESS_CLAUSE_MARKS) + 1
                named = text.rfind("人大代表", begin, pair.start())
                if named != -1:
                    yield named, pair.start(1) if pair.group(1) else pair.start(2)
                break
        at = text.find("件提案", at + 3)


def _deputy_item_counts(text: str) -> Iterator[tuple[int, int, int]]:
    """(where the phrase starts, where its number starts, where it ends) of each count of deputies'
    items, 2件代表建议, 24件人大代表建议 or 代表议案2件 (not 和代表建议…: a mixed list), in the order written. Found from
    代表 with str.find: a pattern opening with a number is tried by the regex engine at every
    character of the page (a tenth of extract()'s time on the seeds)."""
    at, taken = text.find("代表"), 0  # taken: where the last count ended (counts never overlap)
    while at != -1:
        end = at + 2
        if text.startswith(("议案", "建议"), end):
            before = _DEPUTY_ITEMS_BEFORE.search(text, max(taken, _digits_start(text, at)), at)
            after = None if before or (at and text[at - 1] in "和、及与") else _DEPUTY_ITEMS_AFTER.match(text, at)
            if before:
                end = taken = at + 4
                yield before.start(), before.start(1), end
            elif after:
                end = taken = after.end()
                yield at, after.start(1), end
        at = text.find("代表", end)


def _digits_start(text: str, at: int) -> int:
    """Where to look back from ``at`` for a count: _DIGITS_WIDTH characters, widened to a whole number."""
    start = max(0, at - _DIGITS_WIDTH)
    while start > 0 and text[start - 1].isdigit() and text[start].isdigit():
        start -= 1
    return start


def _handling_government(text: str, s_begin: int, s_end: int, cues: BodyCues) -> int:
    """Where the 政府 stands that a sentence is on the handling of documents by, else -1: one among the
    sentence's first 16 characters (县政府承办人大代表建议117件), unless the sentence names it as what the
    work serves (围绕市委市政府中心工作,共形成政协提案和人大建议案近30份: cue government_topic); else one,
    however far into the sentence, that says it received or handles them (交由县政府系统办理的…及政协
    提案211件: cue handling_government)."""
    at = text.find("政府", s_begin, min(s_end, s_begin + 16))
    topic = cues.government_topic
    if at != -1 and (topic is None or not topic.search(text, s_begin, at)):
        return at
    if cues.handling_government is None:
        return -1
    at = text.find("政府", s_begin, s_end)
    while at != -1 and not cues.handling_government.match(text, at, s_end):
        at = text.find("政府", at + 2, s_end)
    return at


def _owned_respectively(text: str, owners: dict[int, str], sentences: list[tuple[int, int]]) -> None:
    """全国人大代表建议6319件,全国政协委员提案3863件,分别占两会建议提案总数的88.5%和87%: the figures of
    the clause after 分别 are, in turn, those of the bodies whose own figures the sentence counted before it
    (adds them to ``owners``), when the two lists are as long and name each body once; so for each 分别 of
    the sentence (…,分别于3月和5月交办,分别占…)."""
    holding = _sentences_holding(text, sentences, "分别")  # (most pages: none)
    starts = sorted(owners) if holding else []
    for s_begin, s_end in (sentences[index] for index in holding):
        split = text.find("分别", s_begin, s_end)
        while split != -1:
            before = [owners[at] for at in starts[bisect_left(starts, s_begin):bisect_left(starts, split)]]
            mark = _CLAUSE_MARK.search(text, split, s_end)
            clause_end = mark.start() if mark else s_end
            if len(before) >= 2 and "" not in before and len(set(before)) == len(before):
                after = list(_RESPECTIVE_NUMBER.finditer(text, split, clause_end))
                if len(after) == len(before):
                    for owner, number in zip(before, after):
                        owners.setdefault(number.start(), owner)
            split = text.find("分别", clause_end, s_end)


# a 人大 by its short or full name (全国人民代表大会第五次会议)
_CONGRESS_NAME = re.compile("人大|人民代表大会")
_CONGRESS_CLAUSE_MARKS = _CLAUSE_MARKS + "。！？!?\n"  # where a clause ends for a 人大's reading
_CLAUSE_END = re.compile(f"[{re.escape(_CONGRESS_CLAUSE_MARKS)}]")
# what counts its deputies, after 代表 in a 人大's clause (女代表比例为25.2%, 代表60名): people or a share
_DEPUTIES_UNIT = re.compile(r"(?:名|位|人(?!次)|%|个百分点)")
# a count whose head is a 人大's deputies, in a clause that also names a 政协 (我委的4名市人大代表和17名市政协委员),
# its place or level right before (4名常州市人大代表, 110名全国人大代表); not one whose head lists both kinds
# (21位社内人大代表、政协委员; 19名社员以人大代表、政协委员身份…)
_DEPUTIES_HEAD = re.compile(r"\d+(?:名|位)(?:全国|[\u4e00-\u9fff]{0,3}[省市区县州旗])?$")


def _congress_clauses(text: str, main: Body | None, resolver: Resolver, by_name: dict[str, Body],
                      owners: dict[int, str]) -> None:
    """A clause that names a 人大 and counts its deputies' 建议 or 议案 with no word of a 政协's (区人大
    三次会议期间共收到代表提交的建议86件; 8名人大代表提交意见建议7条): the counts after the 人大's name
    are that 人大's, however many words stand between; and so are the counts of its deputies themselves in
    such a clause (全国人民代表大会第五次会议女代表比例为25.2%), or right before 人大代表 in any clause."""
    found, last = _CONGRESS_NAME.search(text), 0  # last: where the previous clause ended (a mark, or 0)
    while found is not None:
        at = found.start()
        # the clause's marks are looked for from the previous clause's end, not from the page's start
        begin = max(text.rfind(mark, last, at) for mark in _CONGRESS_CLAUSE_MARKS) + 1
        stop = _CLAUSE_END.search(text, at)
        end = last = stop.start() if stop else len(text)
        if not _CPPCC_WORDS.search(text, begin, end):
            counts = _item_counts(text, at, end) if _HANDLED_OR_OPINIONS.search(text, begin, end) else []
            counts += _deputies_counts(text, found.end(), end)
            name = _other_body(text, at, "人大", main, resolver, by_name) if counts else None
            if name:
                for number in counts:
                    owners.setdefault(number.start(), name)
                _congress_parts(text, end, name, owners)
        found = _CONGRESS_NAME.search(text, end)
    for start, end in _deputies_heads(text):
        name = _other_body(text, end, "人大", main, resolver, by_name)
        if name:
            owners.setdefault(start, name)


# a plenary session's length (会期5天, 会期三天半): its number
_SESSION_LENGTH = re.compile(r"会期(?=(?:\d|[一二三四五六七八九十两])[\d一二三四五六七八九十两]*天)")
_SENTENCE_MARKS = "。！？!?\n"


def _congress_session_lengths(text: str, main: Body | None, resolver: Resolver, by_name: dict[str, Body],
                              owners: dict[int, str]) -> None:
    """A session length whose own sentence names a 人大 after its last word of a 政协's (市十七届人大二次会议
    1月6日开幕,会期5天, on a 政协 page reporting the 人大's session) is that 人大's session's."""
    if "会期" not in text or not _CONGRESS_NAME.search(text):
        return
    for length in _SESSION_LENGTH.finditer(text):
        begin = max(text.rfind(mark, 0, length.start()) for mark in _SENTENCE_MARKS) + 1
        named = list(_CONGRESS_NAME.finditer(text, begin, length.start()))
        if not named or _CPPCC_WORDS.search(text, named[-1].end(), length.start()):
            continue
        name = _other_body(text, named[-1].start(), "人大", main, resolver, by_name)
        if name:
            owners.setdefault(length.end(), name)


def _deputies_heads(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each count whose head is 人大代表 (_DEPUTIES_HEAD), found from the words with
    str.find and read back: a pattern opening with a number is tried at every character of the page."""
    at = text.find("人大代表")
    while at != -1:
        joiner = _LIST_JOINER.match(text, at + 4)
        if not (joiner and text.startswith("政协", joiner.end())):  # 人大代表、政协委员: both kinds
            head = _DEPUTIES_HEAD.search(text, _digits_start(text, at), at)
            if head:
                yield head.start(), at
        at = text.find("人大代表", at + 4)


def _item_counts(text: str, begin: int, end: int) -> list[re.Match[str]]:
    """The counts of items (件, 条) in [begin, end)."""
    return [n for n in _NUMBER.finditer(text, begin, end) if text.startswith(("件", "条"), n.end())]


def _deputies_counts(text: str, name_end: int, end: int) -> list[re.Match[str]]:
    """The counts of a 人大's deputies in its clause, which ends at ``end``: the numbers after the 代表
    that follows its name (ending at ``name_end``; not the 代表 of 人民代表大会 itself), in people or as a
    share (女代表比例为25.2%, 比20年前提高约4个百分点)."""
    deputies = text.find("代表", name_end, end)
    if deputies == -1:
        return []
    return [n for n in _DECIMAL.finditer(text, deputies, end) if _DEPUTIES_UNIT.match(text, n.end())]


_PARTS_OPEN = re.compile(r"[,，]\s*其中[:：]?")


def _congress_parts(text: str, end: int, name: str, owners: dict[int, str]) -> None:
    """The clauses that a 其中 right after a 人大's clause opens count parts of its deputies' items
    (议案建议共17件,其中:主办建议12件,协办建议5件): theirs too, up to a ; or the first clause that
    says a word of a 政协's (…;市政协…提案共计13件 is the 政协's). ``end``: where the 人大's clause ends."""
    opened = _PARTS_OPEN.match(text, end)
    if opened is None:
        return
    at = opened.end()
    while at < len(text):
        found = _CLAUSE_END.search(text, at)
        stop = found.start() if found else len(text)
        if _CPPCC_WORDS.search(text, at, stop):
            return
        for number in _item_counts(text, at, stop):
            owners.setdefault(number.start(), name)
        if found is None or found.group() not in ",，":
            return
        at = stop + 1


def _deputies_sentences(text: str, main: Body | None, resolver: Resolver, by_name: dict[str, Body],
                        owners: dict[int, str], sentences: list[tuple[int, int]] | None) -> None:
    """A sentence that counts deputies' items (议案, 代表建议) and says no word of a 政协's is the work of
    the 人大 last named as the deputies' own before it, however far back (a page on 全国人大代表 whose
    later sentence reads 我州7名代表…共提出议案、建议40多件; a county's 两会 page whose 人大 paragraph
    goes on 共收到代表联名提出的议案20件。其中…6件). A sentence opening 其中 or 另外 with no words of its
    own continues the one before. No 人大 so named before it: the sentence keeps its stretch's body."""
    cues = resolver.cues
    if cues.deputies_congress is None or cues.deputies_items is None or "人大" not in text:
        return
    spans = sentences if sentences is not None else [m.span() for m in _SENTENCE.finditer(text)]
    named = [m.start() for m in cues.deputies_congress.finditer(text)]  # where each such 人大 is named
    if not named:
        return  # no sentence has a 人大 to own its items
    previous: str | None = None  # the 人大 whose items the sentence before counted
    # the sentences before the first such 人大 own nothing (nor can a later one follow on from them)
    for s_begin, s_end in spans[bisect_left(spans, named[0], key=lambda span: span[1] - 1):]:
        kind = _phrase_kind(text, s_begin, s_end)
        if kind != "人大" or not cues.deputies_items.search(text, s_begin, s_end):
            owner = previous if previous and not kind and _FOLLOWS_ON.match(text, s_begin) else None
        else:
            before = bisect_right(named, s_end - 1) - 1
            owner = _other_body(text, named[before], "人大", main, resolver, by_name) if before >= 0 else None
        previous = owner
        if owner:
            for count in _COUNT.finditer(text, s_begin, s_end):
                owners.setdefault(count.start(), owner)


def _place_end(text: str, at: int, cues: BodyCues) -> int:
    """Where the place before an organ's name at ``at`` ends: before the word a formal name sets between
    them (巩留县人民政府, 县人民政府: 人民, cue formal_organ_word), else at ``at``. Without it the formal name
    hides the government's place, and its handling of 人大 items falls to no 人大 or the page's level."""
    formal = cues.formal_organ_word
    found = formal.search(text, max(0, at - _FORMAL_WORD_WIDTH), at) if formal is not None else None
    return found.start() if found is not None else at


def _phrase_kind(text: str, begin: int, end: int) -> str:
    """Whose items a phrase counts: 'mixed' (建议 and 提案), '人大' (建议, 议案, 代表), '政协' (提案,
    委员) or '' (none named)."""
    congress = _CONGRESS_WORDS.search(text, begin, end) is not None
    cppcc = _CPPCC_WORDS.search(text, begin, end) is not None
    return "mixed" if congress and cppcc else "人大" if congress else "政协" if cppcc else ""


def _kin(body: Body | None, kind: str, by_name: dict[str, Body]) -> str | None:
    """The 人大 or 政府 of a body's place (南县政府 → 南县人大)."""
    if body is None or body.division is None:
        return None
    name = f"{body.division.body_name}{kind}"
    by_name.setdefault(name, Body(name, body.division.level, body.division, kind))
    return name


def _both(text: str, begin: int, end: int, first: str, second: str) -> bool:
    return text.find(first, begin, end) != -1 and text.find(second, begin, end) != -1


def read_bodies(text: str, lines: list[tuple[int, str]], gazetteer: Gazetteer, cues: BodyCues,
                wrap: int | None = None) -> Bodies:
    """The document's body and, where a page carries several articles, the body of each stretch.
    ``wrap``: the width the text was hard-wrapped at, when known from lines as written (the analysis
    copy joins phrases a wrap cut, so its lines no longer show the width)."""
    non_empty = [(offset, line) for offset, line in lines if line.strip()]
    wrap = wrap_width(non_empty) if wrap is None else wrap
    head = non_empty[:8]
    head_end = head[-1][0] + len(head[-1][1]) if head else 0
    resolver = Resolver(text, head_end, gazetteer, cues)
    resolved = [m for m in resolver.resolve() if m.body is not None]
    _rebind_officer_lists(text, resolved)
    by_name = {m.resolved.org_name: m.resolved for m in resolved}
    # a member's title (全国政协委员、省政协常委…) starts no article and makes no page's body; nor does a
    # body visiting a place whose own body the page names (省政协在苏州考察 on a page about 苏州市政协)
    visitors = {id(m) for m in resolved if (visit := _VISIT.match(text, m.end)) is not None
                and (_visits_named_body(m, visit, resolved, gazetteer) or _visits_abbreviated_place(m, visit, resolver))}
    if visitors:
        _rehome_level_mentions(resolver, resolved, visitors)
    # where the page names bodies only in persons' titles, those of the officers and members who act on the
    # page (县政协主席某某带领…, 市政协委员自发成立…), not one named for a status, a concurrent post or a guest
    # (她是全国政协委员, 全国政协副秘书长某某应邀授课): a page naming bodies only so has no body of its own
    mentions = [m for m in resolved if not m.member and id(m) not in visitors] \
        or [m for m in resolved if not _title_in_passing(text, m, cues)]
    starts = [m.start for m in mentions]

    def first_mention_in(begin: int, end: int) -> Mention | None:
        """The first body whose whole name lies in [begin, end)."""
        at = bisect_right(starts, begin - 1)
        return mentions[at] if at < len(mentions) and mentions[at].end <= end else None

    def first_in(begin: int, end: int) -> Body | None:
        found = first_mention_in(begin, end)
        return found.body if found else None

    main, main_source = None, ""
    for number, (offset, line) in enumerate(head):
        if _BREADCRUMB.search(line):
            continue
        # the first body the line names that is not the object of another's act (我县3件提案被省政协采纳)
        # nor a session that dates the page's work (省政协十三届二次会议召开期间,通江县政协委员…)
        main = next((m.body for m in mentions if offset <= m.start and m.end <= offset + len(line)
                     and not _in_passing(text, m, cues)), None)
        if main and _opened_by_unplaced_lower_body(text, offset, line, main, resolver):
            main = None  # 市政协机关组织收看全国政协…会议 on a page naming no city: a body we do not know
            break
        if main:
            main_source = "title" if number == 0 else "head"
            # a body first named in a paragraph, not in a headline: the body the page names most,
            # at the place the page is most about (苏州日报 on the 苏州 government's handling)
            if not (_is_title_line(line, wrap) if number == 0 else _is_heading(line, wrap)):
                main, main_source = _most_named(mentions, resolver), "document"
            break
    if main is not None and main_source == "document" and _national_only_as_event(text, resolver, resolved, main):
        # a local body's page on studying the national session: the body at work, or none we know
        # (市政协组织收看全国政协十三届三次会议开幕会 with 市政协 placed by the page, or never placed)
        at_work = [m for m in mentions if m.resolved.level != "national" and not m.member
                   and not _in_passing(text, m, cues) and _attends_in_sentence(text, m.start, cues)]
        if _unplaced_lower_actor(text, resolver, main):
            main, main_source = None, ""
        elif at_work:
            main = _most_named(at_work, resolver)
    # a page that names bodies only as objects (与中卫市政协配合) still most likely comes from one of them
    # or its neighbourhood: the most named one, rather than no body at all; unless it speaks of a lower
    # body it cannot place (县政协组织委员学习全国政协…精神): that unnamed body's page has no body we know
    if main is None and mentions:
        candidate = _most_named(_named_at_work(text, mentions, resolved, cues), resolver)
        if not _unplaced_lower_actor(text, resolver, candidate):
            main, main_source = candidate, "document"
    if main is not None and main_source == "document":
        leader = _visit_leader(text, head_end, resolved, main, cues, gazetteer)
        # (a body read as visiting a place whose own body the page names stays the guest: 省政协在绍兴考察…
        # 绍兴市政协今年共收到提案460件 is 绍兴's page)
        if leader is not None and all(m.resolved.org_name != leader.org_name for m in resolved if id(m) in visitors):
            main, main_source = leader, "head"
    trip = _study_trip(text, _opening_paragraph_end(non_empty, head_end), resolver, main,
                       level_named=main_source not in ("title", "head"))
    if trip is not None:
        # a page on a body's study trip out (某县政协副主席某某带队赴某县考察学习) is the traveller's, however
        # often it then writes the host's places and bodies
        main, main_source = _traveller(resolver, resolved, *trip), "head"
    own = _own_body(text, head_end, main, resolver)
    if own is not None:
        main, main_source = own, "head"  # the head's first-person words or source line name it
    speaker = _report_speaker_body(text, resolved, cues)
    if speaker is not None and (main is None or speaker.org_name != main.org_name):
        main, main_source = speaker, "head"  # a report's own words name the body it speaks for
    line_sentences = [found.span() for found in _SENTENCE.finditer(text)]  # one scan for all uses
    placed = _place_subjects(text, line_sentences, resolver, by_name)
    if main is None and placed:
        # a page that names no body but a place doing 政协 work (滕州市选拔产生了208名镇街政协联络员): that
        # place's body, the one it names most so
        main, main_source = by_name[Counter(name for _, name, _ in placed).most_common(1)[0][0]], "document"
    if main is not None:  # a body read from the page's places, not from a name it writes, is listed too
        by_name.setdefault(main.org_name, main)

    scopes: list[tuple[int, str]] = [(0, main.org_name if main else "")]
    sources = [main_source]
    block_start: int | None = None  # first line of the current run of heading lines
    for offset, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        heading = _is_heading(stripped, wrap)
        block_start = (offset if block_start is None else block_start) if heading else None
        # an article starts where its headline block, or a paragraph's opening words, name a body
        lead = len(line) - len(line.lstrip())
        if not heading:  # a paragraph's opening words come after its news opening (本报讯(记者 …))
            if first_mention_in(offset, offset + len(line) + _OPENING_WIDTH) is None:
                continue  # no body's name ends within reach of the opening, however long the news opening
            news_opening = _NEWS_OPENING.match(line, lead)
            assert news_opening is not None  # the pattern matches the empty string too
            lead = news_opening.end()
        opening = first_mention_in(offset, offset + lead + (len(stripped) if heading else _OPENING_WIDTH))
        if opening is not None:
            _rebind(opening, by_name.get(scopes[-1][1]))
        body = opening.body if opening and not _is_object(text, opening, cues) \
            and not _frames_by_session(text, opening, main) and not _is_medium(text, opening, cues) \
            and not _opened_by_unplaced_lower_body(text, offset, line, opening.body, resolver) else None
        if opening is not None and body is None and not heading:
            body = _pointed_back_to(text, opening, mentions, starts, cues)
        # a paragraph opened by a higher body (市政协在我县召开推进会) on a lower body's page: only its
        # own sentence is that body's (a clause subject); the page's stretch goes on
        if body and not heading and _above(body, main):
            body = None
        # a heading of a lower body's page that names a higher body heads the page's own stretch unless it
        # reads as that body's own headline (see _heads_higher_stretch)
        if body and heading and opening is not None and _above(body, main) \
                and not _heads_higher_stretch(text, offset + lead, offset + len(line), opening, main, mentions, cues):
            body = None
        if body and body.org_name != scopes[-1][1]:
            start = block_start if heading and block_start is not None else offset
            kept = sum(1 for scope in scopes if scope[0] < start)
            scopes = scopes[:kept] + [(start, body.org_name)]
            sources = sources[:kept] + ["heading" if heading else "paragraph"]
    scope_starts = [start for start, _ in scopes]

    def scope_at(offset: int) -> str:
        return scopes[bisect_right(scope_starts, offset) - 1][1]

    _rebind_to_stretch(resolved, scope_at, by_name)

    def owners_under(page_body: Body | None) -> dict[int, str]:  # (again when the page's body is found late)
        return _owners(text, resolved, page_body, resolver, by_name, scope_at, line_sentences)

    owners = owners_under(main)
    if main is None:
        # a page that writes its 政协 only in 政协委员提案 but names the place of the 政府 handling them
        # (南县召开县政府系统人大代表建议和政协委员提案办理工作会议): the 政协 its figures were given to
        main = _sole_placed_cppcc(owners, by_name) or _congress_page(text, resolver, by_name)
        if main is None:
            # a department's disclosure (莒南县卫生健康局…人大代表建议和政协委员提案办理情况) that places its
            # 政协 only in the department's own name: that place's 政协, and the 人大's items its 人大's
            main = _department_page(text, head, resolver, by_name)
            if main is not None:
                owners = owners_under(main)
        if main is not None:
            scopes[0], sources[0] = (0, main.org_name), "document"
    places = [(m, _subject_place(text, m)) for m in mentions if not m.member and not _frames_by_session(text, m, main)]
    # a body opening a sentence speaks for the sentences after it, unless it is above the page's body
    # (省政协召开座谈会。全年共收到提案420件 on a city's page)
    subjects = [(m.start, m.resolved.org_name, place == "sentence" and not _above(m.resolved, main))
                for m, place in places if place]
    subjects = sorted(subjects + placed + _party_subjects(text, line_sentences, resolver, by_name, scope_at))
    # a wrapped text's sentences run on over its line breaks
    sentences = [found.span() for found in _WRAPPED_SENTENCE.finditer(text)] if wrap else line_sentences
    paragraphs = _paragraphs(non_empty, wrap)
    listed = _respectively(text, [m for m, place in places if place], mentions)
    return Bodies(main, scopes, by_name, owners, sources, subjects, sentences, paragraphs, listed)


_TITLE_ACTOR = re.compile(r"[县市区省州旗]委(?!员)|政府")  # a party committee's or government's page
_STANDING_COMMITTEE = re.compile(r"(?<!委)常(?:委会|委會|务委员会|務委員會)")  # not 县委常委会


def _congress_page(text: str, resolver: Resolver, by_name: dict[str, Body]) -> Body | None:
    """A page that never writes a 政协 but names a 人大's standing committee at work (温州市人大常委会工作报告,
    省人大常委会…已作出决议决定43项; cue congress_page): the page is that 人大's, the first one placed."""
    pattern = resolver.cues.congress_page
    if pattern is None or _ANY_CPPCC.search(text):
        return None
    title = text.split("\n", 1)[0]
    if (len(title) <= 40 and _TITLE_ACTOR.search(title)) or len(_STANDING_COMMITTEE.findall(text)) < 2:
        return None
    for found in pattern.finditer(text):
        name = _other_body(text, found.start(), "人大", None, resolver, by_name)
        if name is not None:
            return by_name[name]
    return None


def _department_page(text: str, head: list[tuple[int, str]], resolver: Resolver,
                     by_name: dict[str, Body]) -> Body | None:
    """A page that places no 政协 but writes one, whose head (its first non-empty lines) holds a
    title-like line on proposals (提案 in it, no 。: 莒南县卫生健康局…政协委员提案办理情况) and names a
    government department with its place in any head line (深圳市城市管理局关于…政协提案办理结果公开通告,
    作者:某省住房和城乡建设厅; cue department_page): the department handles that place's 政协's
    proposals, so that 政协 is the page's, as a 县人民政府 disclosure's. A place written in full only
    (not 县卫健局 alone); a department's news whose head is on something else is none."""
    pattern = resolver.cues.department_page
    if pattern is None or not _ANY_CPPCC.search(text) \
            or any(body.kind == "政协" and body.division is not None for body in by_name.values()):
        return None
    if not any("提案" in line and "。" not in line for _, line in head):
        return None  # a page whose title is on proposals: a department's news (召开食品安全工作会议) is none
    for offset, line in head:
        for found in pattern.finditer(text, offset, offset + len(line)):
            end = _place_end(text, found.start(), resolver.cues)
            start = max(0, end - _LOOKBACK)
            mention = _mention_of(text[start:end], end - start, resolver.gazetteer, Counter())
            if mention is None or mention.national or not mention.candidates:
                continue
            body = _body(resolver.gazetteer.settle(mention.candidates, resolver.context))
            return by_name.setdefault(body.org_name, body)
    return None


def _sole_placed_cppcc(owners: dict[int, str], by_name: dict[str, Body]) -> Body | None:
    """The one placed 政协 the figures' own words were given to, if there is exactly one."""
    named = {name for name in owners.values() if name in by_name}
    placed = [by_name[name] for name in named if by_name[name].kind == "政协" and by_name[name].division is not None]
    return placed[0] if len(placed) == 1 else None


def _place_subjects(text: str, sentences: list[tuple[int, int]], resolver: Resolver,
                    by_name: dict[str, Body]) -> list[tuple[int, str, bool]]:
    """Clauses whose subject is a place written in full, in a sentence on a 政协's work (鹿寨县先后建成10个
    政协委员联络站; 通过各县区政协上报…,信阳市已征集史料36篇): the figures after it in its sentence are that
    place's 政协's, not the page's. Its own sentence only; a place before another body's word (鹿寨县委,
    信阳市人大) or a list is no such subject."""
    out: list[tuple[int, str, bool]] = []
    not_subject = resolver.cues.not_place_subject
    names = sorted((m.start, m.end) for m in resolver.mentions)  # 江西省新余市政协: the place is the body's name
    name_starts = [start for start, _ in names]
    for s_begin, s_end in sentences:
        # (the count first: one search, and most sentences hold none)
        if not _COUNT.search(text, s_begin, s_end) or _phrase_kind(text, s_begin, s_end) != "政协":
            continue  # no 政协 work, or a 人大's items beside it (南县召开人大代表建议和政协委员提案办理会议)
        starts = [s_begin] + [mark.end() for mark in _CLAUSE_MARK.finditer(text, s_begin, s_end)]
        for start in starts:
            lead_words = _SUBJECT_LEAD.match(text, start)
            assert lead_words is not None  # the pattern matches the empty string too
            at = lead_words.end()
            spelling = resolver.gazetteer.place_opening_at(text, at)
            if not spelling:
                continue
            divisions = [d for d in resolver.gazetteer.named(spelling) if not d.former
                         and spelling in (d.name, d.body_name) and spelling[-1] in _LEVEL_LAST]
            end = at + len(spelling)
            named = bisect_right(name_starts, at) - 1
            if not divisions or (named >= 0 and names[named][1] > at) or (not_subject is not None and not_subject.match(text, end)) \
                    or not _COUNT.search(text, end, s_end):
                continue
            if resolver.gazetteer.place_opening_at(text, end):
                continue  # 江西省新余市政协, 怀化市中方县: the place above the one that is named
            division = resolver.gazetteer.settle(divisions, resolver.context)
            body = by_name.setdefault(division.org_name, _body(division))
            out.append((at, body.org_name, False))
    return out


def _named_at_work(text: str, mentions: list[Mention], resolved: list[Mention], cues: BodyCues) -> list[Mention]:
    """The mentions a page's body is chosen from when no headline names one: when every body named
    is an object (学习全国政协…会议精神), the bodies whose officers open a clause and act (县政协主席王某
    主持会议) say more about whose page it is than the body studied (not guests: 邀请的省政协委员)."""
    if any(not _is_object(text, m, cues) for m in mentions):
        return mentions
    officers = [m for m in resolved if m.member and not _is_object(text, m, cues) and _subject_place(text, m)]
    return officers or mentions


def _names_body(mentions: list[Mention], begin: int, end: int, body: Body | None) -> bool:
    """Whether a body named in [begin, end) is ``body``."""
    return body is not None and any(begin <= m.start and m.end <= end and m.body is not None
                                    and m.body.org_name == body.org_name for m in mentions)


def _heads_higher_stretch(text: str, begin: int, end: int, mention: Mention, main: Body | None,
                          mentions: list[Mention], cues: BodyCues) -> bool:
    """Whether a heading [begin, end) on a lower body's page starts a stretch of the higher body it
    names: a news item's headline that it opens (市政协召开常委会议, in a digest); not a numbered section
    of the page's report ((二)全国政协委员履职服务), a heading that names it past its opening words (二、紧扣
    省政协要求), nor one that names the page's body or place too (市政协召开主席会议 我县政协作交流发言,
    市政协联动协商在我县召开)."""
    mark = _HEADING_MARK.match(text, begin, mention.start)
    if mark is None or mark.group().strip():
        return False
    if _SUBJECT_LEAD.fullmatch(text, begin, mention.start) is None or _names_body(mentions, begin, end, main):
        return False
    first_person = cues.first_person.search(text, mention.end, end)
    return first_person is None or main is None \
        or _RANKS[_FIRST_PERSON_LEVELS[first_person.group(1)]] != _RANKS.get(main.level, 9)


# the rank of a body named by its level word alone (省政协, 自治区政协, 州政协, 县政协)
_LEVEL_WORD_RANKS = {"省": _RANKS["province"], "自治区": _RANKS["province"], "自治州": _RANKS["city"],
                     "盟": _RANKS["city"], **{word: _RANKS[level] for word, level in _FIRST_PERSON_LEVELS.items()}}


# what follows 全国政协 where it is named as a session, its standing committee's report or meeting, not as a
# body at work (全国政协十三届五次会议, 全国政协常委会工作报告, 全国政协有关会议)
_NATIONAL_SESSION = re.compile(r"(?:有关|相关)?(?:第?[一二三四五六七八九十\d]+届)?(?:常委会|常务委员会)?(?:第?[一二三四五六七八九十\d]+次)?"
                               r"(?:全体)?(?:会议|全会|工作报告|开幕会|闭幕会)"
                               # its courses (全国政协第139期干部培训班…开班): the event a local body attends
                               r"|第?[一二三四五六七八九十\d]+期[^\s,，。;；]{0,30}?(?:培训班|研讨班|学习班|读书班)")


def _attends_in_sentence(text: str, at: int, cues: BodyCues) -> bool:
    """Whether the sentence (or line) holding ``at`` says a body takes part from home in a national event
    (remote_attendance cue: 收看开幕会, 通过视频参加培训); 来自湖南省政协的委员代表作交流发言 at a national course
    names where a speaker comes from, not a body at work."""
    if cues.remote_attendance is None:
        return True
    start = max(text.rfind(mark, 0, at) for mark in "。！？!?;；\n") + 1
    return cues.remote_attendance.search(text, start, _sentence_end(text, at)) is not None


def _national_only_as_event(text: str, resolver: Resolver, resolved: list[Mention], main: Body) -> bool:
    """Whether a page read as 全国政协's names it only as a session, a course, its officers or its report
    (全国政协十三届五次会议, 全国政协第139期干部培训班, 聆听全国政协主席…所作的全国政协常委会工作报告)
    while a lower body is at work (市政协党组书记、主席某某主持召开…会议, 市政协副主席…集中收听收看开幕会,
    县政协…通过视频参加培训): a local body's page on studying the national session or attending its course."""
    if main.level != "national":
        return False
    national = [m for m in resolved if m.national]
    return bool(national) and all(m.member or _is_object(text, m, resolver.cues) or _NATIONAL_SESSION.match(text, m.end)
                                  for m in national) and any(
        m.level_word in _LEVEL_WORD_RANKS or m.candidates for m in resolver.mentions
        if not m.national and not _is_object(text, m, resolver.cues))


def _opened_by_unplaced_lower_body(text: str, offset: int, line: str, body: Body, resolver: Resolver) -> bool:
    """Whether a line (of the head, or one that would open a stretch) names, before ``body``'s first name on
    it, a body below it by level alone that the page never places, at work and not as a person's title
    (市政协机关组织收看全国政协十二届三次会议开幕实况, 县政协组织委员赴省政协机关学习): the line is that
    unknown body's, the higher one its event."""
    first = next((m.start for m in resolver.mentions if m.body is not None and m.body.org_name == body.org_name
                  and offset <= m.start < offset + len(line)),
                 offset + len(line))
    return any(m.body is None and not m.member and m.level_word in _LEVEL_WORD_RANKS
               and offset <= m.start < first and not _is_object(text, m, resolver.cues)
               and _LEVEL_WORD_RANKS[m.level_word] > _RANKS.get(body.level, 9)
               for m in resolver.mentions)


def _unplaced_lower_actor(text: str, resolver: Resolver, body: Body) -> bool:
    """Whether the page names, by level only and not as an object, a body below ``body`` that it
    never places (县政协 on a page naming no county; 省政协召开党组会议,传达学习全国政协…精神 on a page
    naming no province: that province's page, not 全国政协's)."""
    return any(m.body is None and m.level_word in _LEVEL_WORD_RANKS and not _is_object(text, m, resolver.cues)
               and _LEVEL_WORD_RANKS[m.level_word] > _RANKS.get(body.level, 9)
               for m in resolver.mentions)


def _rehome_level_mentions(resolver: Resolver, resolved: list[Mention], visitors: set[int]) -> None:
    """A body named by its level alone (县政协主席某某) on a page where a body of another place visits
    (某县政协考察团一行来到我县考察) is the host's: the visitor's name, written in full and often, no longer
    decides which county 县政协 is. (Shared with the figures: their level-only bodies read the same.)"""
    guests = frozenset(m.resolved.code for m in resolved if id(m) in visitors and m.resolved.code)
    for mention in resolved:
        if mention.level_word and mention.resolved.code in guests:
            host = resolver.by_level(mention.level_word, without=guests)
            if host is not None:
                mention.body = host


def _visit_leader(text: str, head_end: int, resolved: list[Mention], main: Body, cues: BodyCues,
                  gazetteer: Gazetteer) -> Body | None:
    """The body above ``main`` (its own prefecture or province, or 全国政协) whose officer is the first named
    in the page's head, opens a clause and leads or accompanies a party (8月23日,州政协主席某某陪同…调研组到
    州政协机关和两县调研; 州政协副主席某某率…深入所联系的某某县政协): the page is on that body's visit to
    the counties below it, whose places it writes at every stop. An officer of a body from elsewhere
    (南通市政协…一行到金台区调研) is a guest: the page stays the host's."""
    if cues.visit_lead is None:
        return None
    officers = [m for m in resolved if m.member and m.start < head_end]
    if not officers or not _subject_place(text, officers[0]):
        return None
    lead = cues.visit_lead.match(text, officers[0].end)
    if lead is None:
        return None
    # of two posts before the name (全国政协常委、四川省政协副主席某某一行) the nearer is the one the person acts in
    officer = [m for m in officers if m.start < lead.end()][-1].resolved
    over = main.division is not None and (officer.kind == "政协" and officer.level == "national" or any(
        up.code == officer.code for up in gazetteer.lineage(main.division)))
    return officer if over and _above(officer, main) else None


def _opening_paragraph_end(non_empty: list[tuple[int, str]], head_end: int) -> int:
    """Where the page's opening paragraph ends, when it runs past the head: a site's menu (首页, 时政,
    要闻, 政协…) can fill the head's eight lines before the first sentence (旗政协主席某某带队赴…考察学习)."""
    for offset, line in non_empty:
        if "。" in line:  # the first line that holds a sentence
            return max(head_end, offset + len(line))
    return head_end


def _study_trip(text: str, head_end: int, resolver: Resolver, main: Body | None,
                level_named: bool = True) -> tuple[Mention, frozenset[str]] | None:
    """The body that opens a sentence before ``head_end`` (the page's head, or its opening paragraph when a
    site's menu fills the head) on a study trip out (镇安县政协副主席某某带领委员
    赴某县、某县考察学习; 由市政协副主席某某率队…赴某市政协学习考察), with the codes of the places it goes to,
    when the body chosen for the page is one of those hosts (or a body at a place under them). Only the
    traveller's own words, 赴 or 前往 and 考察学习 (or a body named by its level alone going to a place of
    its own level, see _level_trip, when ``level_named``: not when the headline names the page's body in
    full, whose own 市政协 may well go to 南宁市青秀区): a visit told by its host (来我县考察, 一行到某区考察调研,
    某区政协主席陪同) leaves the host's page."""
    cues, gazetteer = resolver.cues, resolver.gazetteer
    if main is None or main.division is None or cues.study_trip is None:
        return None
    sentence_start = 0
    for mention in sorted(resolver.mentions, key=lambda m: m.start):
        if mention.start >= head_end:
            break
        if sentence_start > mention.start or _title_in_passing(text, mention, cues):
            continue  # not the sentence's first body, or a post the person does not travel in (全国政协常委、)
        sentence_start = _sentence_end(text, mention.start)
        trip = cues.study_trip.match(text, mention.end) or (_level_trip(text, mention, resolver) if level_named else None)
        if trip is None or _other_body_between(resolver.mentions, mention, trip.start("places")):
            continue
        places = frozenset(division.code for _, spelling in gazetteer.places_in(trip.group("places"))
                           for division in gazetteer.named(spelling))
        hosts = {up.code for up in gazetteer.lineage(main.division)}
        return (mention, places) if places & hosts else None
    return None


def _level_trip(text: str, mention: Mention, resolver: Resolver) -> re.Match[str] | None:
    """The trip of a body named by its level alone (市政协副主席某某率队到梧州市苍梧县…考察) to a place of that
    level written in full right after the verb, and then a list (赴杭锦后旗、五原县), a place under it
    (梧州市苍梧县) or what the body goes to do (前往肇庆市开展): no body goes to its own place so. A place
    that only opens an institution's name (到梧州市人民医院调研) is where a city's own body may go."""
    if resolver.cues.level_trip is None or not mention.level_word or mention.candidates:
        return None
    trip = resolver.cues.level_trip.match(text, mention.end)
    if trip is None:
        return None
    places = trip.group("places")
    found = resolver.gazetteer.places_in(places)
    if not found or found[0][0] != 0 or not found[0][1].endswith(mention.level_word):
        return None
    after = len(found[0][1])
    runs_on = after == len(places) or places[after] in "、,，及和" or (len(found) > 1 and found[1][0] == after)
    return trip if runs_on else None


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (past its mark), or the text's end."""
    found = _SENTENCE_END.search(text, at)
    return found.end() if found else len(text)


def _other_body_between(mentions: list[Mention], traveller: Mention, end: int) -> bool:
    """Whether another body is named between the traveller and where its trip goes (县政协主席某某陪同市政协
    考察组赴…: the trip is the other's); its own units named on the way (市政协副主席某某率队,组织市政协
    社会和法制委…赴) are no other body."""
    return any(traveller.end <= m.start < end and (m.level_word, m.candidates[:1], m.national)
               != (traveller.level_word, traveller.candidates[:1], traveller.national) for m in mentions)


def _traveller(resolver: Resolver, resolved: list[Mention], mention: Mention, places: frozenset[str]) -> Body | None:
    """The travelling body: as named, or, named by its level alone (旗政协主席某某带队赴某旗…), the place of
    that level the page names off the trip's ground (see _trip_ground); none when only the trip's ground has
    that level. Its other mentions by level, read as a host's, are rebound to it (shared with the figures)."""
    if not mention.level_word or mention.candidates:
        return mention.body
    ground = _trip_ground(resolver, resolved, places)
    body = resolver.by_level(mention.level_word, without=ground)
    if body is None or body.division is None or \
            any(up.code in places for up in resolver.gazetteer.lineage(body.division)):
        return None
    for other in resolved:
        if other.level_word == mention.level_word and not other.candidates and other.resolved.code in ground:
            other.body = body
    return body


def _trip_ground(resolver: Resolver, resolved: list[Mention], places: frozenset[str]) -> frozenset[str]:
    """The codes of the trip's places and of every place the page writes under them (赴江苏…参观常州市政协
    文史馆: 常州 is where the trip went, not the traveller's home)."""
    gazetteer = resolver.gazetteer
    resolver.scan()
    written = {code for _, code, _ in resolver.spots} | {m.resolved.code for m in resolved if m.resolved.code}
    return frozenset(code for code in written if (division := gazetteer.by_code.get(code)) is not None
                     and any(up.code in places for up in gazetteer.lineage(division))) | places


def _own_body(text: str, head_end: int, main: Body | None, resolver: Resolver) -> Body | None:
    """The page's own body when the one chosen is a higher body named in passing: a page that speaks
    of 我县 or 本县 in its head (市政协副主席来我县调研, 省政协视察组一行来我县), or whose source line
    or breadcrumb names a lower body (来源:某某县政协), is that lower body's. Not a page on a higher
    body's visit (市政协领导到我县开展调研): the visit is that body's work, wherever it is published;
    a body from elsewhere, above the host or not (乐山市政协来我县考察调研 on a 巴中 county's page), is
    a guest: the page is the host's."""
    if main is None or main.kind != "政协":
        return None
    if (hosted := resolver.cues.hosted.search(text, 0, head_end)) is not None:
        return _host_of_guest(text, hosted, resolver)
    site = [body for body in resolver.site_bodies() if _above(main, body)]
    if len({body.org_name for body in site}) == 1:
        return site[0]
    first_person = resolver.cues.first_person.search(text, 0, head_end)
    if first_person is None:
        return None
    word = first_person.group(1)
    level = _FIRST_PERSON_LEVELS[word]
    # 我区 in an autonomous region's text is the region: only a body above a city's speaks of it so
    if _RANKS.get(main.level, 9) >= _RANKS[level] or (word == "区" and main.level == "province"):
        return None
    resolver.scan()
    found = resolver.by_level(word)
    return found if found is not None and found.level == level and found.kind == "政协" else None


def _report_speaker_body(text: str, resolved: list[Mention], cues: BodyCues) -> Body | None:
    """The body a work or proposal report speaks for, in its speaker's own words (我代表政协第八届某县委员会
    常务委员会…, 我受政协某市第十届委员会常务委员会委托): the report's body, over any body the page around
    it names (a site republishing it under 全国政协委员履职报告, or 政协某市第四届委员会工作总结)."""
    if cues.report_speaker is None:
        return None
    for found in cues.report_speaker.finditer(text):
        if cues.quoted_speaker is not None \
                and cues.quoted_speaker.search(text, text.rfind("\n", 0, found.start()) + 1, found.start()):
            continue  # another's words quoted (他说:我代表…常务委员会): not this page's report
        begin, end = found.span("body")
        named = [m for m in resolved if begin <= m.start and m.end <= end and not m.member]
        return named[0].body if len(named) == 1 else None
    return None



def _host_of_guest(text: str, hosted: re.Match[str], resolver: Resolver) -> Body | None:
    """The host's body on a page whose head has a body visit 我县/我市 (``hosted``) that is not the host's
    own superior (乐山市政协来我县考察调研 on a 巴中 county's page): the host's place, of the first-person
    level, is written on the page and the visitor's place is outside it."""
    line_start = text.rfind("\n", 0, hosted.start()) + 1
    before = [m for m in resolver.mentions if line_start <= m.start and m.end <= hosted.start() and m.body is not None]
    if not before or before[-1].resolved.division is None:
        return None
    visitor = before[-1].resolved
    word = hosted.group()[-1]
    resolver.scan()
    host = resolver.by_level(word, without=frozenset({visitor.code}))
    if host is None or host.division is None or host.kind != "政协" or host.level != _FIRST_PERSON_LEVELS.get(word):
        return None
    named = [m for m in resolver.mentions if m.candidates and m.body is not None and m.body.org_name == host.org_name]
    if named and all(_is_object(text, m, resolver.cues) for m in named):
        return None  # the host named only in passing (将把我市的经验与温州市政协分享): no host we know
    return host if all(up.code != visitor.code for up in resolver.gazetteer.lineage(host.division)) else None


def _rebind_officer_lists(text: str, mentions: list[Mention]) -> None:
    """A member's title by level only right after one named in full, in the same list of officers
    (绥德县政协主席孙某,县政协副主席马某等17人): the same body, not the level's most named place."""
    for previous, mention in zip(mentions, mentions[1:]):
        if not (mention.member and previous.member and mention.level_word and not mention.candidates
                and previous.candidates and previous.body is not None and previous.body.division is not None
                and previous.body.division.has_level(mention.level_word)):
            continue
        gap = text[previous.end:mention.start]
        if len(gap) <= _OFFICER_GAP and not any(mark in gap for mark in "。！？!?;；\n"):
            # named now as the officer before it was: no stretch rebinds it by its level
            mention.body, mention.candidates, mention.level_word = previous.body, previous.candidates, ""


def _rebind_to_stretch(mentions: list[Mention], scope_at, by_name: dict[str, Body]) -> None:
    """A body named by level only (区政协) in an article whose headline names a body of that level
    (南溪区政协召开座谈会, in a digest of several districts) is that article's body, not the one the
    whole page names most."""
    for mention in mentions:
        _rebind(mention, by_name.get(scope_at(mention.start)))


def _rebind(mention: Mention, stretch: Body | None) -> None:
    # (该县政协 points back to the body it follows, which is nearer than its stretch's headline)
    if mention.level_word and not mention.anaphoric and mention.body is not None and stretch is not None and stretch.division is not None \
            and stretch.kind == "政协" and stretch.org_name != mention.body.org_name \
            and stretch.division.has_level(mention.level_word):
        mention.body = stretch


def _paragraphs(non_empty: list[tuple[int, str]], wrap: int) -> list[tuple[int, int]]:
    """[start, end) of each paragraph: a line, or in a wrapped text the lines up to one that is short
    or ends a sentence."""
    out: list[tuple[int, int]] = []
    running = False  # whether the previous line ran on into this one
    for offset, line in non_empty:
        if running and out:
            out[-1] = (out[-1][0], offset + len(line))
        else:
            out.append((offset, offset + len(line)))
        stripped = line.strip()
        running = bool(wrap) and len(stripped) >= wrap * 0.8 and not _ENDS_FULL_STOP.search(stripped)
    return out


def _respectively(text: str, subjects: list[Mention], mentions: list[Mention]) -> dict[int, str]:
    """麻城市政协、武穴市政协分别开展协商4次和3次: each figure after 分别 is the listed body's in turn."""
    following = {m.start: m for m in mentions}
    out: dict[int, str] = {}
    for first in subjects:
        group = [first]
        while (after := _LIST_JOINER.match(text, group[-1].end)) and after.end() in following:
            group.append(following[after.end()])
        if len(group) < 2 or len({m.resolved.org_name for m in group}) < len(group):
            continue
        end = _SENTENCE.match(text, group[-1].end)
        split = text.find("分别", group[-1].end, end.end() if end else group[-1].end)
        if split == -1 or end is None:  # (no sentence end: the search above was empty)
            continue
        numbers = list(_NUMBER.finditer(text, split, end.end()))
        for body, number in zip(group, numbers):
            out[number.start()] = body.resolved.org_name
    return out


def full_name(body: Body, gazetteer: Gazetteer) -> str:
    """开州区政协 → 中国人民政治协商会议重庆市开州区委员会: the nearest enclosing unit, then the place."""
    congress = body.kind == "人大"
    if body.kind == "党派":
        return _party_full_name(body, gazetteer)
    if body.level == "national":
        return {"人大": "全国人民代表大会", "政府": "中华人民共和国国务院"}.get(body.kind, "中国人民政治协商会议全国委员会")
    division = body.division
    if division is None:
        return ""
    up = gazetteer.parent(division)
    prefix = up.name if up is not None and division.level != "province" else ""
    if congress:
        return f"{prefix}{division.name}人民代表大会"
    if body.kind == "政府":
        return f"{prefix}{division.name}人民政府"
    return f"中国人民政治协商会议{prefix}{division.name}委员会"


# what may stand before a party's name in a clause it opens as subject, besides _SUBJECT_LEAD's time
# words: a news agency's dateline and byline (中新网北京6月24日电 (记者 某某)), an opening quote (“民革中央首次…)
_PARTY_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日电\s*)?(?:[(（][^()（）]{0,20}[)）]\s*)?[“\"「『]?")


def _party_subjects(text: str, sentences: list[tuple[int, int]], resolver: Resolver,
                    by_name: dict[str, Body], scope_at: Callable[[int], str]) -> list[tuple[int, str, bool]]:
    """Clauses whose subject is a democratic party's body and that count its own work, no 政协's (民革中央
    共抢救性采集227名民革前辈的史料; 民盟广安市委被盟省委采用社情民意信息32条; 市委会…, after 九三学社中山
    市委会 was named): the figures after it in its sentence are the party's (ANNOTATION.md). A party's
    work inside a 政协 (向大会提交集体提案10件、大会发言6篇: cue party_cppcc_work) stays the 政协's, as
    the dev gold reads it; that is read clause by clause (see _party_clauses), so a sentence that names the
    政协 in one clause keeps the party's own channels in the others (民建某州委向州政协编报信息15篇,向民建
    省委编报信息120余篇: the 120 are the party's). Its own sentence only: a 政协's report that goes on with
    its own totals keeps them. A party named as a person's post (民革中央副主席某某) or in a list of
    submitters (其中民盟6件) opens no such clause. ``scope_at``: the stretch's body at an offset, which a
    clause on the party's 政协 work returns to."""
    cues = resolver.cues
    # a page that names no party has no party clause (a bare 市委会 needs a party named before it)
    if cues.party is None or not cues.parties or cues.party.search(text) is None:
        return []
    out: list[tuple[int, str, bool]] = []
    last_party: tuple[str, str] | None = None  # (short, full) of the party named last, for a bare 市委会
    paragraphs: dict[int, bool] = {}  # a paragraph's start → whether it names a 政协 (_CppccWork)
    line_start, read_to = 0, 0  # the current sentence's line start, found from where the last search ended
    for s_begin, s_end in sentences:
        newline = text.rfind("\n", read_to, s_begin)
        line_start, read_to = (newline + 1 if newline != -1 else line_start), s_begin
        named_here = list(cues.party.finditer(text, s_begin, s_end))
        out.extend(_party_clauses(text, s_begin, s_end, last_party, resolver, by_name, scope_at, line_start,
                                  paragraphs))
        if named_here:
            last_party = cues.parties[named_here[-1].group("party")]
    return out


class _CppccWork:
    """Whether a clause of a party's sentence says its work is a 政协's (cue party_cppcc_work), or is an
    honour (cue party_cppcc_honour) in a paragraph that names a 政协 (会议表彰了市政协先进单位。市委会获先进
    单位一等奖,三名会员获优秀信息员); an honour in one that names none is the party's own. Each paragraph
    is searched once a page (``paragraphs``: a paragraph's start → whether it names a 政协), and only for
    a clause holding an honour word."""

    def __init__(self, text: str, line_start: int, s_end: int, cues: BodyCues, paragraphs: dict[int, bool]) -> None:
        self.text, self.line_start, self.s_end, self.cues, self.paragraphs = text, line_start, s_end, cues, paragraphs

    def __call__(self, start: int, end: int) -> bool:
        work, honour = self.cues.party_cppcc_work, self.cues.party_cppcc_honour
        if work is not None and work.search(self.text, start, end):
            return True
        return honour is not None and honour.search(self.text, start, end) is not None and self._names_cppcc()

    def _names_cppcc(self) -> bool:
        begin = self.line_start
        if begin not in self.paragraphs:
            line_end = self.text.find("\n", self.s_end)
            self.paragraphs[begin] = self.text.find("政协", begin, line_end if line_end != -1 else len(self.text)) != -1
        return self.paragraphs[begin]


# a count in a clause before a party's (这11件提案中), not a date (为做好2023年提案工作)
_FRAMING_COUNT = re.compile(DIGIT_FIRST + r"\d*(?:\.\d+)?[多余]?(?![年月日号届])[\u4e00-\u9fff]")


def _party_clauses(text: str, s_begin: int, s_end: int, last_party: tuple[str, str] | None, resolver: Resolver,
                   by_name: dict[str, Body], scope_at: Callable[[int], str],
                   line_start: int, paragraphs: dict[int, bool]) -> list[tuple[int, str, bool]]:
    """The party subjects of one sentence's clauses, and where a clause on the party's work inside a 政协
    hands the figures back to the stretch's body. A party opening a clause speaks for the clauses after it
    in its sentence (民盟某市委开展调研12次,形成报告5篇) unless a clause says its work is a 政协's (向市政协
    报送信息20条, 提交集体提案6件): that clause is the 政协's, and the party takes the next clause of its
    own again, not one that only totals or shares out the one before (合计24项, 占比17%). An honour
    (先进, 优秀) is the 政协's only in a paragraph that names a 政协 (8篇调研报告被省委会评为优秀奖 is the
    party's). A sentence framed by a count of the 政协's work before any party opens a clause (这11件提案
    中,致公党中央提交的有3件) stays the 政协's; one with no such clause reads as before: its party
    subjects alone. ``line_start``: where the sentence's line starts; ``paragraphs``: whether each line
    names a 政协, filled as read (see _CppccWork)."""
    cues = resolver.cues
    starts = [s_begin] + [mark.end() for mark in _CLAUSE_MARK.finditer(text, s_begin, s_end)]
    ends = [start - 1 for start in starts[1:]] + [s_end]
    subjects: list[tuple[int, Body | None]] = []  # where each clause's subject stands, the party opening it
    for start in starts:
        lead = _SUBJECT_LEAD.match(text, start)
        assert lead is not None  # the pattern matches the empty string too
        quote = _PARTY_LEAD.match(text, lead.end())
        at = quote.end() if quote else lead.end()
        subjects.append((at, _party_at(text, at, last_party, resolver, by_name) if at < s_end else None))
    first_party = next((index for index, (_, body) in enumerate(subjects) if body is not None), None)
    if first_party is None:
        return []  # (most sentences: no clause search)
    on_cppcc_work = _CppccWork(text, line_start, s_end, cues, paragraphs)
    if any(on_cppcc_work(start, end) and _FRAMING_COUNT.search(text, start, end)
           for start, end in zip(starts[:first_party], ends)):
        return []  # the 政协's count frames the sentence (a title, 全国政协委员, or a date frames nothing)
    out: list[tuple[int, str, bool]] = []
    in_force: Body | None = None  # the party the sentence's clauses so far are about
    speaking = False  # whether the party's entry, not the stretch's, governs the clause
    # (a clause's entry stands on the mark before it: a figure opening the clause reads entries before it)
    for start, end, (at, body) in list(zip(starts, ends, subjects))[first_party:]:
        in_force = body or in_force
        assert in_force is not None  # the first clause read opens with a party
        if on_cppcc_work(start, end):
            if speaking:
                out.append((start - 1, scope_at(start), False))  # the 政协's clause after the party's
            speaking = False
        elif body is not None:
            out.append((at, body.org_name, False))
            speaking = True
        elif not speaking and not (cues.summing is not None and cues.summing.match(text, at)):
            out.append((start - 1, in_force.org_name, False))  # the party again after a 政协's clause
            speaking = True
    return out


def _party_at(text: str, at: int, last_party: tuple[str, str] | None, resolver: Resolver,
              by_name: dict[str, Body]) -> Body | None:
    """The party body whose name starts at ``at`` and stands as a clause's subject, added to ``by_name``."""
    cues = resolver.cues
    assert cues.party is not None
    named = cues.party.match(text, at)
    if named is not None:
        if cues.person_post.match(text, named.end()):
            return None  # 民革中央副主席某某: a person's post
        if _RECEIVES.match(text, named.end()):
            return None  # 民建省委采用110条: the organ that takes up another's work counts the sender's
        short, full = cues.parties[named.group("party")]
        return _party_body(short, full, named.group("place"), named.group("organ"), resolver, by_name)
    own = cues.party_own_organ.match(text, at) if cues.party_own_organ is not None else None
    if own is None or last_party is None or cues.person_post.match(text, own.end()):
        return None
    return _party_body(*last_party, "", own.group(), resolver, by_name)


def _party_body(short: str, full: str, place: str, organ: str, resolver: Resolver,
                by_name: dict[str, Body]) -> Body | None:
    """民革 + 中央 → 民革中央 (national); 民盟 + 广安 + 市委 → 民盟广安市委, the place a real one of the
    gazetteer (written, or the page's place of that level: 民革市委 on 广州市政协's page); a place the
    gazetteer does not know makes no body, and one the page does not settle keeps the words as written."""
    level_word = organ[0] if organ[0] in _LEVEL_LAST else ""
    if organ.startswith("中央"):
        if place:
            return None
        name = f"{short}中央"
        return by_name.setdefault(name, Body(name, "national", None, "党派", full))
    division: Division | None = None
    if place:
        spelling = place + level_word
        found = resolver.gazetteer.places_in(spelling)
        if not found or found[0][0] != 0 or sum(len(s) for _, s in found) < len(place):
            return None  # 民盟盟员…委员会: no place between the name and its organ
        candidates = resolver.gazetteer.named(found[-1][1])
        division = resolver.gazetteer.settle(candidates, resolver.context) if candidates else None
    elif level_word:
        found_body = resolver.by_level(level_word)
        if found_body is None and not resolver.scanned:
            resolver.scan()  # 民革市委 on a page that names its city only in the title
            found_body = resolver.by_level(level_word)
        division = found_body.division if found_body is not None else None
    if division is None:
        if place:
            return None
        name = f"{short}{organ[:2] if level_word else organ}"  # 民革市委 on a page that names no city
        return by_name.setdefault(name, Body(name, "", None, "党派", full))
    # a committee (委, 委会, 委员会) is named 民盟广安市委; a branch (支部, 总支) keeps its word: 致公党丽水支部
    name = f"{short}{division.body_name}委" if "委" in organ else f"{short}{place or division.body_name}{organ}"
    return by_name.setdefault(name, Body(name, division.level, division, "党派", full))


def _party_full_name(body: Body, gazetteer: Gazetteer) -> str:
    """民革中央 → 中国国民党革命委员会中央委员会; 民盟广安市委 → 中国民主同盟四川省广安市委员会."""
    if body.level == "national":
        return f"{body.party_full_name}中央委员会"
    division = body.division
    if division is None:
        return body.org_name
    up = gazetteer.parent(division)
    prefix = up.name if up is not None and division.level != "province" else ""
    return f"{body.party_full_name}{prefix}{division.name}委员会"
