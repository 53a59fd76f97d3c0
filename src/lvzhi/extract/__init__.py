"""lvzhi's extraction library: text in, rows out. No Prefect, no DuckDB, no I/O beyond vocabularies.

    from lvzhi.extract import extract
    result = extract(text)
    result.document.org_name, [m.as_row() for m in result.metrics]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

from .activities import find_activities
from .attributes import (category_of, counts_membership, names_category, part_of_membership, period_of,
                         seat_at_stake, subtotal_parents, unit_rule)
from .segments import Segmenter
from .subjects import (PEOPLE_UNITS, PreviousMention, Subject, chronicle_sessions, from_pool, headline_breaks,
                       list_item_start, session_length, subject_of, with_sentence_topic, with_session,
                       with_topic)
from .bodies import full_name, wrap_width
from .document import DocumentInfo, analyse_document
from .mentions import RawMention, find_mentions
from .normalize import AnalysisText, analysis_text
from .vocab import Vocabulary, load_vocabulary
from .years import resolve_document_year

__all__ = ["Metric", "Extraction", "DocumentInfo", "extract", "load_vocabulary"]


def _row(record) -> dict:
    """A flat record's fields as a dict: ``dataclasses.asdict`` deep-copies every value, which costs
    more than the row is worth when every field is a scalar (a run stores one per figure)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return names


@dataclass
class Metric:
    char_start: int
    char_end: int
    numeral: str
    numeral_kind: str
    mention_text: str
    value: float
    unit: str
    approx: str
    subject: str
    category: str
    period: str
    org_name: str
    report_year: int | None
    sentence: str
    parent_index: int | None = None  # a 其中 sub-total: index of its total in the same document
    # the analysis copy (simplified, half-width) of the words that frame the figure in its clause:
    # from the clause start (or the previous figure) up to the quantity phrase, and from the phrase
    # up to the next clause break or count (what dbt reads a funnel stage from: 立案5005件, 348件提案全部办复)
    clause_before: str = ""
    clause_after: str = ""
    year_source: str = ""  # where report_year was read (years.py): sentence, session, term_review …
    # where org_name was read (bodies.py): owner, sentence, previous_sentence, paragraph, heading,
    # title, head, document
    org_source: str = ""
    # where the figure's sentence begins in the text (a code-point offset, as char_start): which
    # statement it is; two copies of one sentence are two statements (dbt int_metric_repeats)
    sentence_start: int = 0

    def as_row(self) -> dict:
        return _row(self)


@dataclass
class ActivityRow:
    char_start: int
    char_end: int
    keyword: str
    activity_type: str
    form: str
    topic: str
    mention_index: int | None  # the metric that counts it, when the clause states a count
    activity_date: date | None
    org_name: str
    report_year: int | None
    period: str
    sentence: str

    def as_row(self) -> dict:
        return _row(self)


@dataclass
class Organization:
    org_name: str
    full_name: str
    org_level: str
    org_kind: str  # 政协, or 人大, 政府 or 党派 (a democratic party) whose figures a page states beside it
    province: str
    city: str  # the prefecture-level city
    county: str
    division_code: str

    def as_row(self) -> dict:
        return _row(self)


@dataclass
class Finding:
    """A contradiction inside the document itself, read with high confidence."""
    rule: str
    mention_indexes: list[int]
    detail: str


@dataclass
class Extraction:
    document: DocumentInfo
    metrics: list[Metric]
    activities: list[ActivityRow]
    organizations: list[Organization]
    findings: list[Finding]


def _next_count_start(raws: list, index: int, ceiling: int) -> int:
    """Where the next figure that is not a percentage starts (688件提案100%办复 reads on past 100%)."""
    for later_index in range(index + 1, len(raws)):  # (no copy of the list's tail per figure)
        later = raws[later_index]
        if later.phrase_start >= ceiling:
            break
        if later.unit != "%":
            return later.phrase_start
    return ceiling


_DIGIT = re.compile(r"\d")  # a number in a clause: it counts something of its own (list marks ① aside)
CLAUSE_TAIL_CHARS = 12  # how far past a figure its clause is read for the category (its noun, 5次座谈会)


def _clause_tail_end(text: str, segmenter: Segmenter, figure_end: int, sentence_end: int) -> int:
    """Where the words read with a figure for its category end: a few past it (5次座谈会), but not
    into a next clause that counts something of its own (深入22个市地、87家企业,召开57场座谈会: the
    57 meetings do not make the 87 firms a consultation); a next clause without a figure may say
    what the counted things were for (筹集的5000个口罩,现场赠送给…)."""
    end = min(sentence_end, figure_end + CLAUSE_TAIL_CHARS)
    stop = segmenter.clause_end(figure_end)
    if stop >= end:
        return end
    next_stop = segmenter.clause_end(stop + 1)
    return stop if _DIGIT.search(text, stop + 1, next_stop) else end


HEADLINE_REACH = 20  # how far past a figure a headline's next phrase may start and still end its words
CONTEXT_CHARS = 60  # how far back a figure whose sentence names nothing looks (a heading, the sentence before)


def _context_before(text: str, begin: int, vocab: Vocabulary) -> str:
    """The CONTEXT_CHARS before the sentence at ``begin``, less the web page's furniture lines among
    them: a breadcrumb's section (首页 > 新闻中心 > 工作动态) or a 来源: line says where the page is
    filed, not what a figure under the headline counts."""
    start = max(0, begin - CONTEXT_CHARS)
    window = text[start:begin]
    if "\n" not in window:
        return window
    lines = window.split("\n")
    # (a first line the window cut is told for furniture by its whole line)
    first_line = text[text.rfind("\n", 0, start) + 1:start + len(lines[0])]
    return "\n".join(line for index, line in enumerate(lines)
                     if not vocab.page_chrome_regex.match(first_line if index == 0 else line))


def _sentence_before(text: str, segmenter: Segmenter, begin: int, count: int = 1) -> str:
    """The ``count`` sentences before the one starting at ``begin``, as far as its paragraph goes."""
    start = begin
    for _ in range(count):
        if start < 2 or text[start - 1] == "\n":
            break
        start, _ = segmenter.sentence_bounds(start - 1)
    return text[start:begin]


class _SentenceReads:
    """The reads of a sentence that are the same for every figure (and activity) in it, made once per
    sentence: a sentence holds two figures on average, and each had read the sentence before, the
    words above it and the sentence as written again. Figures and activities come in reading order,
    so only the last sentence read is kept."""

    def __init__(self, text: str, analysis: AnalysisText, segmenter: Segmenter, vocab: Vocabulary):
        self.text, self.analysis, self.segmenter, self.vocab = text, analysis, segmenter, vocab
        self._begin = -1  # the sentence whose before() and context() are kept
        self._before = self._context = ""
        self._bounds = (-1, -1)  # the sentence whose original() is kept
        self._original = ""

    def _read_above(self, begin: int) -> None:
        if begin != self._begin:
            norm = self.analysis.text
            self._begin = begin
            self._before = _sentence_before(norm, self.segmenter, begin)
            self._context = _context_before(norm, begin, self.vocab)

    def before(self, begin: int) -> str:
        """The sentence before the one at ``begin`` (_sentence_before)."""
        self._read_above(begin)
        return self._before

    def context(self, begin: int) -> str:
        """The words above the sentence at ``begin`` (_context_before)."""
        self._read_above(begin)
        return self._context

    def original(self, begin: int, end: int) -> str:
        """The analysis span [begin, end) as the original text writes it, stripped."""
        if (begin, end) != self._bounds:
            self._bounds = (begin, end)
            self._original = self.text[self.analysis.origin(begin):self.analysis.origin_end(end)].strip() \
                if end > begin else ""
        return self._original


OUTCOME_REACH = 3  # how many sentences back an outcome class looks for the thing it is an outcome of


def _outcome_only(subject: Subject, vocab: Vocabulary) -> bool:
    """Whether a subject names only an outcome (已经解决或基本解决的(A类)): keywords that give way to
    proposals, no thing of its own."""
    if vocab.keywords_deferring_to_proposals_regex.search(subject.local) is None:
        return False  # no head can give way (one search of the words: the keyword scan costs more, and most subjects hold none)
    heads = [found.group() for found in vocab.keyword_regex.finditer(subject.local)]
    return bool(heads) and all("proposals" in vocab.keyword_defers_to.get(head, ()) for head in heads)


# where a figure's year was read from the session frame (its session, a term review around it, the
# document), not from a year its own words write: a roll call there is re-dated to its session
_FRAMED_BY_SESSION = ("session", "term_review", "document")


def _counts_attendance(clause_before: str, clause_after: str, vocab: Vocabulary) -> bool:
    """Whether a figure counts a meeting's attendance (应出席委员2237人, 实到2195人, 未按表决器18人)."""
    attendance = vocab.year_cue_regex.get("attendance")
    return attendance is not None and attendance.search(clause_before + "|" + clause_after) is not None


def _bracket_depth(span: str) -> int:
    return span.count("(") + span.count("（") - span.count(")") - span.count("）")


def _closes_aside(norm: str, s_begin: int, previous_end: int, depth_here: int) -> bool:
    """Whether the figure before stood inside brackets that close before this figure (``depth_here``, the
    bracket depth of its sentence up to it, is 0): 提交提案20件(其中集体提案2件,个人提案18件),占总数的5% -
    the figure after the bracket goes on from the one before it."""
    return depth_here <= 0 and previous_end > s_begin and _bracket_depth(norm[s_begin:previous_end]) > 0


def _duty_category(subject: Subject, raw: RawMention, vocab: Vocabulary) -> str:
    """The category an “N个一” campaign's duty names in its own words (not the list's other items:
    提一件提案,反映一条社情民意); when they name none, the one the campaign's name words name (“六个一”精准
    帮扶活动 → outreach), else other - never the sentence's, which the list's other duties fill (开展“三个一”
    活动,即提一件提案、读一本好书、交一位朋友: 交朋友 is no proposal). "" for a figure that is no duty."""
    if not raw.duty:
        return ""
    category = category_of(subject, raw.duty, raw.duty, raw.duty, raw.unit, vocab, "", "", "", raw.duty)
    if category == "other" and raw.campaign:
        named = Subject(raw.campaign, raw.campaign)
        category = category_of(named, raw.campaign, raw.campaign, raw.campaign, raw.unit, vocab, "", "", "",
                               raw.campaign)
    return category or "other"


def extract(text: str, vocab: Vocabulary | None = None) -> Extraction:
    """Every quantity mention in ``text`` with its meaning; offsets index ``text`` itself."""
    vocab = vocab or load_vocabulary()
    analysis = analysis_text(text, vocab.page_chrome_regex, vocab.names_kept_in_script,
                             vocab.traditional_spellings)
    norm = analysis.text
    # where the analysis copy joined lines a hard wrap cut (立⏎案), their width is read as written
    wrap = wrap_width([(0, line) for line in text.split("\n") if line.strip()]) \
        if norm.count("\n") < text.count("\n") else None
    info = analyse_document(norm, vocab, wrap)
    years = info.years
    assert years is not None  # analyse_document always dates the text
    metrics: list[Metric] = []
    previous_end = 0
    previous_sentence, previous = -1, None
    outer: PreviousMention | None = None
    raws = find_mentions(norm, vocab)
    segmenter = Segmenter(norm)
    sentences = _SentenceReads(text, analysis, segmenter, vocab)
    sentence_starts: list[int] = []
    named: list[bool] = []  # whether a figure's own subject names its category
    roll_calls: list[bool] = []  # whether a figure counts a meeting's attendance
    for index, raw in enumerate(raws):
        s_begin, s_end = segmenter.sentence_bounds(raw.char_start)
        sentence_starts.append(s_begin)
        c_begin = segmenter.clause_start(raw.phrase_start, max(s_begin, previous_end))
        words_start = list_item_start(norm, c_begin, raw.phrase_start, 0 < previous_end == c_begin, vocab)
        words_end = None
        if len(text) != len(norm):  # (the copy dropped characters: a headline's spaces may be among them)
            breaks = headline_breaks(norm, text, analysis, words_start, raw.phrase_end + HEADLINE_REACH)
            if breaks:  # (most figures stand in no headline)
                words_start = max((at for at in breaks if at < raw.phrase_start), default=words_start)
                words_end = min((at for at in breaks if at >= raw.phrase_end), default=None)
        depth_here = _bracket_depth(norm[s_begin:raw.phrase_start])  # (read once: here and for outer below)
        if previous and outer and _closes_aside(norm, s_begin, previous_end, depth_here):
            previous = outer  # 提交提案20件(其中集体提案2件,…),占总数的5%: the aside's breakdown is not what follows
        subject = subject_of(norm, raw, words_start, vocab, previous if previous_sentence == s_begin else None,
                             words_end)
        shares_previous = bool(previous_sentence == s_begin and previous and subject.inherited == previous.subject)
        sentence_before = sentences.before(s_begin)
        sentence = norm[s_begin:s_end]
        sentence_head = norm[s_begin:raw.phrase_start]  # the sentence up to the figure
        rule = unit_rule(subject, sentence, sentence_before, raw.unit, vocab, sentence_head)
        if rule is None and _outcome_only(subject, vocab):
            # 代表建议93件…。…建议回复率100%…。已经解决或基本解决的(A类)54件: outcome classes are of the
            # thing the passage named a few sentences back, not 解决 done for the public
            wider = _sentence_before(norm, segmenter, s_begin, OUTCOME_REACH)
            rule = unit_rule(subject, sentence, wider, raw.unit, vocab, sentence_head)
            sentence_before = wider if rule else sentence_before
        if rule and not rule[2]:  # 已解决和采纳40件 after a sentence on proposals counts proposals
            subject = with_topic(subject, rule[0], rule[1], vocab)
        if rule:
            subject = from_pool(subject, rule[0])
        subject = with_sentence_topic(subject, norm[s_begin:c_begin], vocab)
        if raw.duty:  # an item of an “N个一” campaign's list: the duty it names (mentions._campaign_items)
            subject = Subject(raw.duty, raw.duty)
        clause = norm[c_begin:_clause_tail_end(norm, segmenter, raw.phrase_end, s_end)]
        next_count = _next_count_start(raws, index, s_end)
        start, end = analysis.origin(raw.char_start), analysis.origin_end(raw.char_end)
        clause_before = norm[c_begin:raw.phrase_start]
        clause_after = segmenter.clause_rest(raw.phrase_end, next_count)
        dated = years.figure(raw.phrase_start, s_begin)
        roll_calls.append(_counts_attendance(clause_before, clause_after, vocab))  # (read once: asked twice)
        if dated.source in _FRAMED_BY_SESSION and not info.gazetteer and roll_calls[-1]:
            dated = years.session_own() or dated  # a roll call is its session's (not the year reviewed)
        org_name, org_source = info.org_source_at(raw.char_start)
        metrics.append(Metric(
            char_start=start,
            char_end=end,
            numeral=text[start:end],
            numeral_kind=raw.numeral_kind,
            mention_text=text[analysis.origin(raw.phrase_start):analysis.origin_end(raw.phrase_end)],
            value=raw.value,
            unit=raw.unit,
            approx=raw.approx,
            subject=subject.text,
            category=_duty_category(subject, raw, vocab) or category_of(
                subject, clause, sentence, sentence_head, raw.unit, vocab, sentence_before,
                norm[raw.phrase_end:s_end], sentences.context(s_begin), clause_before),
            period="target" if raw.duty else period_of(norm, raw, c_begin, s_begin,
                                                        info.in_plan_section(raw.char_start), vocab,
                                                        term_review=dated.term_review),
            org_name=org_name,
            report_year=dated.year,
            year_source=dated.source,
            org_source=org_source if org_name else "",
            sentence=sentences.original(s_begin, s_end),
            sentence_start=analysis.origin(s_begin),
            clause_before=clause_before,
            clause_after=clause_after,
        ))
        if part_of_membership(clause_before, norm[raw.phrase_end:raw.phrase_end + 16], raw.unit, sentence, vocab,
                              sentence_before):
            metrics[-1].category = "organization"  # 民进6人,占委员总人数的4%: the body's make-up
        elif metrics[-1].period == "context" and not vocab.keyword_regex.search(subject.local) \
                and counts_membership(norm, raw, clause_before, sentence_head, vocab):
            # 港人委员最少有32人, 395名委员中: the membership period_of read is the body's make-up, whatever
            # activity words stand near it (文化艺术界, 提案工作报告); not members counted by a thing their
            # own subject names (有项目的委员199人 keeps economy)
            metrics[-1].category = "organization"
        if raw.unit_kind == "duration" and norm.endswith("会期", 0, raw.phrase_start):
            # 会期6天: a session's length is of the session the sentence (or the one before) names
            begin = segmenter.sentence_bounds(s_begin - 1)[0] if s_begin > 0 else s_begin
            metrics[-1].subject = session_length(
                [(s.start, s.term, s.number) for s in years.sessions if not s.since], begin, raw.phrase_start,
                sentence_head)
        if seat_at_stake(clause_before, norm[raw.phrase_end:s_end], vocab):
            # 累计缺席常委会议7次,…应劝其辞去常委职务: a rule of membership (seat_stakes.csv)
            metrics[-1].period, metrics[-1].category = "target", "organization"
        if shares_previous and metrics[-1].subject.endswith("占比"):
            metrics[-1].category = metrics[-2].category  # 122席,占总数的18%: a share is of the figure's kind
            # and of its time: 中共党员58名,占9.01% is the make-up as 58名 is (context), whatever frames the text;
            # not when the base is itself a rate (比上届增长15%,占全省的9%: a growth rate's period is its own)
            if metrics[-2].unit != "%":
                metrics[-1].period = metrics[-2].period
        previous_end = raw.phrase_end
        previous_sentence, previous = s_begin, PreviousMention(subject.text, raw.unit, subject.inherited)
        if depth_here <= 0:
            outer = previous  # the last figure of the sentence that stands outside brackets
        named.append(names_category(subject, vocab))
    # a meeting's attendance (应到委员186人, 实到170人) is the session's own state, not work whose year the
    # document reports: it does not vote on the document's year, unless the text counts nothing else and
    # names no year its report reviews (news of a plenary's roll call and votes reports that session's year)
    voting = [m for m, roll_call in zip(metrics, roll_calls) if not roll_call]
    if not any(m.report_year is not None and m.period in ("actual", "cumulative") for m in voting) \
            and not info.gazetteer and years.session_own() is not None \
            and not years.names_year_reviewed():
        voting = metrics
    info.report_year, info.year_source = resolve_document_year(
        years, [(m.report_year, m.period, m.year_source) for m in voting], info.doc_type, info.gazetteer)
    for metric in metrics:  # figures dated only by the document take its final year and its reason
        if metric.year_source == "document":
            metric.report_year, metric.year_source = info.report_year, info.year_source
    parents, conflicts = subtotal_parents(norm, raws, sentence_starts, [m.category for m in metrics])
    for child, parent in parents.items():
        metrics[child].parent_index = parent
        if not named[child]:  # 委员160人,其中农民界6人、共产党8人: parts are of their total's kind
            metrics[child].category = metrics[parent].category
    if info.gazetteer:  # a chronicle of sessions: a count of people (与会委员, 副主席, 教育界) is of its entry's session
        labels = chronicle_sessions(norm, [(s.start, s.term, s.number) for s in years.sessions if not s.since],
                                    [raw.phrase_start for raw in raws])
        for metric, label in zip(metrics, labels):
            # (only the session's roll call and make-up, as it stood: not 视察 参加委员40人, not 女委员 of the term)
            if metric.unit in PEOPLE_UNITS and metric.period == "actual" \
                    and metric.category in ("organization", "meetings"):
                metric.subject = with_session(metric.subject, label)
    findings = [Finding("subtotal_exceeds_total", [total, child],
                        f"其中 {metrics[child].mention_text} exceeds the total {metrics[total].mention_text}")
                for child, total in conflicts]
    activities = []
    for found in find_activities(norm, raws, info, segmenter, vocab):
        s_begin, s_end = segmenter.sentence_bounds(found.analysis_start)
        activities.append(ActivityRow(
            char_start=analysis.origin(found.analysis_start), char_end=analysis.origin_end(found.analysis_end),
            keyword=found.keyword, activity_type=found.activity_type, form=found.form, topic=found.topic,
            mention_index=found.mention_index, activity_date=found.activity_date, org_name=found.org_name,
            report_year=found.report_year, period=found.period,
            sentence=sentences.original(s_begin, s_end),
        ))
    organizations = []
    org_names = [info.org_name, *(name for _, name in info.org_scopes), *(m.org_name for m in metrics),
                 *(a.org_name for a in activities)]
    for org in dict.fromkeys(name for name in org_names if name):
        body = info.bodies.get(org)
        if body is not None:
            organizations.append(Organization(org, full_name(body, vocab.gazetteer), body.level, body.kind,
                                              body.province,
                                              body.city, body.county, body.code))
    return Extraction(document=info, metrics=metrics, activities=activities, organizations=organizations,
                      findings=findings)
