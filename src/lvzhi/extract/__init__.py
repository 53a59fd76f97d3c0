"""lvzhi's extraction library: text in, rows out. No Prefect, no DuckDB, no I/O beyond vocabularies.

    from lvzhi.extract import extract
    result = extract(text)
    result.document.org_name, [m.as_row() for m in result.metrics]
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from .activities import find_activities
from .attributes import category_of, period_of, subtotal_parents
from .segments import Segmenter
from .subjects import PreviousMention, subject_of
from .bodies import full_name
from .document import DocumentInfo, analyse_document
from .mentions import find_mentions
from .normalize import analysis_text
from .vocab import Vocabulary, load_vocabulary

__all__ = ["Metric", "Extraction", "DocumentInfo", "extract", "load_vocabulary"]


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

    def as_row(self) -> dict:
        return asdict(self)


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
        return asdict(self)


@dataclass
class Organization:
    org_name: str
    full_name: str
    org_level: str
    province: str
    city: str  # the prefecture-level city
    county: str
    division_code: str

    def as_row(self) -> dict:
        return asdict(self)


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


def extract(text: str, vocab: Vocabulary | None = None) -> Extraction:
    """Every quantity mention in ``text`` with its meaning; offsets index ``text`` itself."""
    vocab = vocab or load_vocabulary()
    analysis = analysis_text(text)
    norm = analysis.text
    info = analyse_document(norm, vocab)
    metrics: list[Metric] = []
    previous_end = 0
    previous_sentence, previous = -1, None
    raws = find_mentions(norm, vocab)
    segmenter = Segmenter(norm)
    sentence_starts: list[int] = []
    for raw in raws:
        s_begin, s_end = segmenter.sentence_bounds(raw.char_start)
        sentence_starts.append(s_begin)
        c_begin = segmenter.clause_start(raw.phrase_start, max(s_begin, previous_end))
        subject = subject_of(norm, raw, c_begin, vocab,
                             previous if previous_sentence == s_begin else None)
        clause = norm[c_begin:min(s_end, raw.phrase_end + 12)]
        start, end = analysis.origin(raw.char_start), analysis.origin_end(raw.char_end)
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
            category=category_of(subject, clause, norm[s_begin:s_end], norm[s_begin:raw.phrase_start], raw.unit,
                                 vocab),
            period=period_of(norm, raw, c_begin, s_begin, info.in_plan_section(raw.char_start), vocab),
            org_name=info.org_at(raw.char_start),
            report_year=info.report_year,
            sentence=text[analysis.origin(s_begin):analysis.origin_end(s_end)].strip() if s_end > s_begin else "",
        ))
        previous_end = raw.phrase_end
        previous_sentence, previous = s_begin, PreviousMention(subject.text, raw.unit, subject.inherited)
    parents, conflicts = subtotal_parents(norm, raws, sentence_starts, [m.category for m in metrics])
    for child, parent in parents.items():
        metrics[child].parent_index = parent
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
            sentence=text[analysis.origin(s_begin):analysis.origin_end(s_end)].strip(),
        ))
    organizations = []
    named = [info.org_name, *(name for _, name in info.org_scopes), *(m.org_name for m in metrics),
             *(a.org_name for a in activities)]
    for org in dict.fromkeys(name for name in named if name):
        body = info.bodies.get(org)
        if body is not None:
            organizations.append(Organization(org, full_name(body, vocab.gazetteer), body.level, body.province,
                                              body.city, body.county, body.code))
    return Extraction(document=info, metrics=metrics, activities=activities, organizations=organizations,
                      findings=findings)
