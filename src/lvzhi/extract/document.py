"""Whole-document facts: title, the body that reports, the year reviewed, the kind of document.

A page may carry several articles; ``org_scopes`` says which body each stretch of text is about.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .bodies import Bodies, Body, body_cues, read_bodies
from .vocab import DocTypeCue, Vocabulary, might_match
from .years import YearFrame, analyse_years

_ENDS_SENTENCE = re.compile(r"[。！？!?;；]$")

# 2022年工作打算 / 二、2025年:为…凝心聚力 / 新的一年工作建议 / 下一步工作
_PLAN_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+[、.]\s*)?(?:(?P<year>20\d{2})年(?:[:：]|工作(?:建议|安排|打算|思路|任务|要点)|的?主要任务)"
    r"|新的一年|下一步工作|今后工作|\d{4}年工作建议)")


@dataclass
class DocumentInfo:
    title: str
    org_name: str
    report_year: int | None
    doc_type: str
    org_level: str  # national | province | city | county | ''
    province: str
    city: str
    org_scopes: list[tuple[int, str]]  # (start offset, org) in ascending order
    plan_sections: list[tuple[int, int]]  # [start, end) of plan / target sections
    year_source: str = ""  # where report_year was read: title, dateline, session, heading, term_review …
    years: YearFrame | None = field(default=None, repr=False)  # dates each figure (years.py)
    gazetteer: bool = False  # a gazetteer or yearbook entry: it reports the latest year it records
    bodies: dict[str, Body] = field(default_factory=dict)  # every body named, by org_name
    org_owners: dict[int, str] = field(default_factory=dict)  # a figure whose own words name its body
    _scope_starts: list[int] = field(default_factory=list, repr=False)
    body_map: Bodies | None = field(default=None, repr=False)  # which body each figure's words are about

    def org_at(self, offset: int) -> str:
        return self.org_source_at(offset)[0]

    def org_source_at(self, offset: int) -> tuple[str, str]:
        """The body of a figure at ``offset`` and where it was read (bodies.Bodies.at)."""
        if self.body_map is not None:
            return self.body_map.at(offset)
        if offset in self.org_owners:
            return self.org_owners[offset], "owner"
        if len(self._scope_starts) != len(self.org_scopes):
            self._scope_starts = [s for s, _ in self.org_scopes]
        index = bisect_right(self._scope_starts, offset) - 1
        return (self.org_scopes[index][1] if index >= 0 else self.org_name), "document"

    def in_plan_section(self, offset: int) -> bool:
        for start, end in self.plan_sections:  # (none or one: a loop, not a generator per figure)
            if start <= offset < end:
                return True
        return False


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 40 and not _ENDS_SENTENCE.search(stripped)


def _title(non_empty: list[tuple[int, str]]) -> str:
    """The document's title line: a newspaper's section label before it (要闻, 头版, 综合新闻) is not
    the title, nor the dash that opens a subtitle (——2024年渝中区政协履职小记)."""
    candidates = [line for _, line in non_empty[:3]]
    for line in candidates:
        if len(line) > 4 or line is candidates[-1]:
            return line.lstrip("—-― ").strip()[:120] or line[:120]
    return ""


HEAD_CONTENT_LINES = 8  # the page's opening that says how it was written (记者, 本报讯, 日电)


def _head_lines(non_empty: list[tuple[int, str]], content: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The page's lines down to its HEAD_CONTENT_LINES-th line of content: its furniture lines among
    them are read too (a 来源: …记者 line still says the page is news), yet take no place of the
    content's (a 【字体:大 中 小】 line under a headline pushes no byline out)."""
    if len(content) <= HEAD_CONTENT_LINES:
        return non_empty
    last = content[HEAD_CONTENT_LINES - 1][0]
    return [(offset, line) for offset, line in non_empty if offset <= last]


def analyse_document(text: str, vocab: Vocabulary, wrap: int | None = None) -> DocumentInfo:
    """``wrap``: the width the text was hard-wrapped at, read from its lines as written (None: read it
    from ``text``'s own lines)."""
    lines = _lines(text)
    non_empty = [(o, l.strip()) for o, l in lines if l.strip()]
    # a web page's breadcrumb, record fields (来源:, 发布时间:) and share buttons sit above its title
    content = [(o, l) for o, l in non_empty if not vocab.page_chrome_regex.match(l)]
    title = _title(content)
    head = "\n".join(l for _, l in _head_lines(non_empty, content))

    bodies = read_bodies(text, lines, vocab.gazetteer, body_cues(vocab.body_cues, vocab.democratic_parties), wrap)
    main = bodies.main

    level, province = (main.level, main.province) if main else ("", "")
    doc_type = _doc_type(title, head, content, vocab)
    years = analyse_years(text, lines, level, province, doc_type, vocab)
    return DocumentInfo(
        title=title,
        org_name=main.org_name if main else "",
        org_level=level,
        province=province,
        city=main.city if main else "",
        report_year=years.doc_year,
        year_source=years.doc_source,
        years=years,
        doc_type=doc_type,
        gazetteer=doc_type == "other" and _is_reference_entry(content, vocab),
        org_scopes=bodies.scopes,
        bodies=bodies.by_name,
        org_owners=bodies.owners,
        body_map=bodies,
        plan_sections=_plan_sections(text, lines),
    )


_NEWS_MARKS = re.compile(r"记者|本报讯|日电|通讯员|网讯|报道|笔者|讯\s*\(")
_DISCLOSURE_MARKS = re.compile(r"索\s*引\s*号|发布机构|信息公开|人民政府办公室|人民政府关于")
# ([县市州区省]志》 written out: alternatives that each open with a literal are skipped to fast)
_REFERENCE_MARKS = re.compile(r"地方志|县志》|市志》|州志》|区志》|省志》|年鉴|知识类型|地情")
# a title, a section label or a source line names its book near its start (《阿城市志》, 六盘水年鉴2017,
# 山东地方志资料归档) or at its end (…提案工作概况(1990—2005年)(摘自《某县志》)); inside a line's
# sentence it is a story's words (与会领导为…市地方志办…赠书, 两地情谊)
_REFERENCE_MARK_REACH = 32
_REFERENCE_MARK_AT_END = re.compile(r"(?:[县市州区省]志》|年鉴》?)[^\u4e00-\u9fff。！？!?,，;；]{0,8}$")  # (a book, not 地方志办)


def _names_a_reference_book(line: str) -> bool:
    """Whether ``line`` names a gazetteer, yearbook or local-records source near its start or at its end."""
    return _REFERENCE_MARKS.search(line, 0, _REFERENCE_MARK_REACH) is not None \
        or _REFERENCE_MARK_AT_END.search(line) is not None
# a site's breadcrumb (首页 > 政务公开 > 政府信息公开 > 各区动态) names the section a page is filed in, not
# what the page is: a government site files 政协 news under 信息公开 too
_SITE_PATH = re.compile(r"(?:首页|当前位置|您的位置|您现在的位置|所在位置)[^\n]*>")
_OPENING_LINES = 6  # the lines an excerpt's delivery sentence (向大会报告工作) is sought in
# A page that lost its line breaks (a document-sharing site's copy) runs its title, date and an
# address's salutation into one long first line: 在市政协…会议上的讲话2022年06月23日各位常委、同志们:本次….
_FLATTENED_LINE = 100  # a first line at least this long is such a run, not a title or a headline
_SALUTATION_REACH = 160  # a title, date and speaker before the salutation fit in this many characters
_SALUTATION = re.compile(r"(?:尊敬的)?(?:各位|同志们)[^。:!\n]{0,30}[:!]")
_TITLE_GAP = re.compile(r"[ \u3000]+")  # the space a flattened copy leaves where the title line ended
_TITLE_SIZE = (4, 60)  # the length a title before that gap has
# Where no gap is left (the analysis copy closes the space between two Chinese words), the title is
# the shortest opening run, without a clause mark, that ends as a document's title ends and runs straight
# into the text: 1、关于市政协会议提案审查情况的报告政协xx市…会议期间 / 2020年…提案工作总结现将2020年…
# (a sentence that ends there, …提案委员会发布了关于…的报告。, is a story's lede, not a title; nor is a
# headline whose noun phrase goes on past the document's name: 传达学习…的讲话精神, 学习…工作报告和…)
_RUN_ON_TITLE = re.compile(r"^[^。,;:!?]{2,60}?(?:的报告|工作报告|的讲话|的致辞|工作总结|的总结|的通知|工作要点|工作计划)"
                           r"(?![。,;:!?]|精神|稿|全文|摘编|要点|解读|[的和及与、])")
# what a site of model texts (范文网) puts around a title: 【第1篇】…, 第一篇:…, …范文, …多篇, …(4篇范文), …15篇, …篇一,
# and the file name a document-sharing site keeps (…工作制度.docx)
_MODEL_TEXT_MARKS = re.compile(r"^(?:【第?[\d一二三四五六七八九十]+篇】|第[\d一二三四五六七八九十]+篇[:\s]*)"
                               r"|(?:范文|多篇|\(?\d+篇(?:范文)?\)?|篇[\d一二三四五六七八九十]+)+$"
                               # a document-sharing site names the page after the uploaded file: …讲话.docx
                               r"|\.(?:docx?|pdf|pptx?|wps|txt)$")


# spaces are dropped from the lines read for the kind of text, except before a bracketed number: a
# citation follows its word (…制度安排”[2]), a page list's or a summary's numbers a space (下一页 [2])
_SPACE_NOT_BEFORE_A_NUMBER_MARK = re.compile(r"[ \u3000](?![ \u3000]*\[\d)")


def _unspaced(line: str) -> str:
    """``line`` without its spaces but those before a bracketed number (see above)."""
    if "[" not in line:
        return line.replace(" ", "").replace("\u3000", "")
    return _SPACE_NOT_BEFORE_A_NUMBER_MARK.sub("", line)


def _without_model_text_marks(line: str) -> str:
    """``line`` less the marks above. Every mark holds 篇, 范文 or a dot; the pattern, whose middle
    alternative opens with a repeat, is tried at every position of a line (a whole paragraph at
    times), so a line without them is not scanned."""
    if "篇" not in line and "范文" not in line and "." not in line:
        return line
    return _MODEL_TEXT_MARKS.sub("", line)


def _doc_type(title: str, head: str, non_empty: list[tuple[int, str]] | None = None,
              vocab: Vocabulary | None = None) -> str:
    """work_report, proposal_report, news, speech or other (government disclosures, yearbooks,
    gazetteers, plans, bulletins), from the document's own title lines and its first lines: the
    first cue of seeds/reference/doc_type_cues.csv that holds decides, else it is news."""
    # (the analysis copy has no pinyin glosses: normalize.py drops them)
    first = [_without_model_text_marks(_unspaced(field))
             for line in _unflattened([line for _, line in (non_empty or [])[:10]])
             for field in _PAGE_FIELD_BAR.split(line) if field.strip()][:10]
    unfiled = "\n".join(line for line in head.split("\n") if not _SITE_PATH.search(line))
    if any(_names_a_reference_book(line) for line in first) or _DISCLOSURE_MARKS.search(unfiled):
        return "other"
    if vocab is None:
        from .vocab import load_vocabulary
        vocab = load_vocabulary()
    news = bool(_NEWS_MARKS.search(unfiled))  # (a breadcrumb's 专题报道 names the section, not the page)
    opening = "\n".join(first[:_OPENING_LINES])
    for cue in vocab.doc_type_cues:
        if cue.unless_news and news:
            continue
        if cue.scope == "opening":  # a search of the opening lines, skipped when they lack the words
            # every match holds (the cues open with (?:^|\n), which the engine tries at every position)
            if might_match(cue.pattern, opening) and cue.pattern.search(opening):
                return cue.doc_type
        elif _matches_a_line(cue, _scoped_lines(first, cue.scope)):
            return cue.doc_type
    return "news"


# a page's record line runs its fields together with bars (标题 | 时间:2025-01-04 | 来源:…): each field is
# a line of its own, so a title is read as a title
_PAGE_FIELD_BAR = re.compile(r"\s*[|｜]\s*")


def _scoped_lines(first: list[str], scope: str) -> list[str]:
    """The first lines a line cue of ``scope`` reads: line (all of them), line3 or first_line."""
    return first[:1] if scope == "first_line" else first[:3] if scope == "line3" else first


def _matches_a_line(cue: DocTypeCue, lines: list[str]) -> bool:
    """Whether ``cue`` matches at the start of one of ``lines``. A line without any of the words each
    match must hold is not tried (DocTypeCue.may_match): most cues open with look-aheads that read
    the whole line (^(?![^。]*(?:听取|召开…))), and a long first line is a paragraph. The lines joined
    are tested first: most cues' words stand in none of the lines, which are then not tried one by one."""
    if not cue.may_match("\n".join(lines)):
        return False
    return any(cue.may_match(line) and cue.pattern.match(line) for line in lines)


def _is_reference_entry(non_empty: list[tuple[int, str]], vocab: Vocabulary) -> bool:
    """Whether the text is an entry of a reference book: a gazetteer, yearbook or chronicle names its
    source (《…县志》, 年鉴, 地方志) or is laid out as one (第三节 …, 【提案工作】, …大事记: the entry cues
    of doc_type_cues.csv). Such an entry records many years and reports the latest of them."""
    first = [line.replace(" ", "").replace("\u3000", "") for _, line in non_empty[:10]]
    if any(_names_a_reference_book(line) for line in first):
        return True
    for cue in vocab.doc_type_cues:
        if not cue.entry or cue.scope == "opening":
            continue
        if _matches_a_line(cue, _scoped_lines(first, cue.scope)):
            return True
    return False


def _unflattened(lines: list[str]) -> list[str]:
    """The first lines as the page was laid out before its line breaks were lost: a long first line
    is cut before an address's salutation (各位委员、同志们:) near its start, and its title is cut off
    at the first gap when that leaves a title's length (局机关…提案办理工作总结() 局机关…), or where no gap
    is left, after the first run that ends as a title ends (…提案审查情况的报告政协xx市…), so that the
    cues for titles and salutations, which read whole lines, read them."""
    if not lines or len(lines[0]) < _FLATTENED_LINE:
        return lines
    head, rest = lines[0], ""
    salutation = _SALUTATION.search(head, 0, _SALUTATION_REACH)
    if salutation and salutation.start() > 0:
        head, rest = head[:salutation.start()], head[salutation.start():]
    head = head.strip()
    gap = _TITLE_GAP.search(head)
    title = head[:gap.start()] if gap else ""
    if gap and _TITLE_SIZE[0] <= len(title) <= _TITLE_SIZE[1]:
        pieces = [title, head[gap.end():]]
    elif run_on := _RUN_ON_TITLE.match(head):
        pieces = [run_on.group(), head[run_on.end():]]
    else:
        pieces = [head]
    return [piece for piece in (*pieces, rest) if piece.strip()] + lines[1:]


def _plan_sections(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """A plan section runs from a plan heading (2025年工作建议, 新的一年…) to the end of the text."""
    for offset, line in lines:
        stripped = line.strip()
        if _is_heading(stripped) and _PLAN_HEADING.match(stripped):
            return [(offset, len(text))]
    return []
