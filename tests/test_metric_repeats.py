"""int_metric_repeats compares the subjects of a fact, not every pair of its figures (issue 14: a fact of a
synthetic corpus is stated thousands of times). Its rows must be those of the pairwise definition: each
figure points to the first earlier figure of the same fact with an alike subject in another sentence, a
sentence being a place (document and start), so one sentence written twice is two sentences (review 41)."""
from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest
from jinja2 import Environment

MODEL = Path(__file__).resolve().parents[1] / "dbt_project" / "models" / "intermediate" / "int_metric_repeats.sql"

# the definition, pair by pair (quadratic in the figures of a fact)
PAIRWISE = """
with figures as (
    select metric_id, document_id, char_start, org_name, report_year, period, category, unit, value,
           value_kind, sentence_start, coalesce(subject, '') as subject
    from int_metrics
    where org_name is not null and report_year is not null and category is not null
),
pairs as (
    select later.metric_id, earlier.metric_id as first_metric_id,
           row_number() over (partition by later.metric_id
                              order by earlier.document_id, earlier.char_start) as nth
    from figures as later
    join figures as earlier
        on earlier.org_name = later.org_name and earlier.report_year = later.report_year
        and earlier.period = later.period and earlier.category = later.category
        and earlier.unit = later.unit and earlier.value = later.value and earlier.value_kind = later.value_kind
        and (earlier.document_id < later.document_id
             or (earlier.document_id = later.document_id and earlier.char_start < later.char_start))
    where (earlier.document_id <> later.document_id or earlier.sentence_start <> later.sentence_start)
      and (earlier.subject = later.subject
       or (earlier.subject <> '' and later.subject <> ''
           and (contains(earlier.subject, later.subject) or contains(later.subject, earlier.subject)
                or jaccard(earlier.subject, later.subject) >= 0.6)))
)
select metric_id, first_metric_id as repeat_of_metric_id from pairs where nth = 1
"""

# subjects: equal, one holding another, sharing most characters, unlike, none
SUBJECTS = ["视察调研", "视察", "委员视察调研活动", "调研视察", "专题协商", "", None]
SENTENCES = ["全年开展视察调研12次。", "开展视察12次，协商12次。", "委员视察调研活动12次。", "专题协商会12次。"]


def _model_sql() -> str:
    """The model as a full build compiles it (no changed-only branch), reading the table int_metrics."""
    template = Environment().from_string(MODEL.read_text("utf-8"))
    return template.render(config=lambda **_: "", is_incremental=lambda: False, changed_only=lambda: False,
                           ref=lambda name: name, changed_documents=lambda: "", this="")


def _figures(seed: int) -> list[tuple]:
    """Figures of few facts, in few documents and sentences: repeats in the same sentence, one
    sentence's words at several places (in one document and in several), chains of alike subjects,
    figures with a null in a fact's columns."""
    pick = random.Random(seed)
    # each document's sentences: 50 places of 100 characters, each holding one of a few sentences
    words = {(d, place): pick.choice(SENTENCES) for d in range(12) for place in range(50)}
    rows = []
    for number in range(400):
        document, place = pick.randrange(12), pick.randrange(50)
        rows.append((f"m{number:04d}", f"d{document:02d}", place * 100 + pick.randrange(0, 100, 7),
                     pick.choice(["甲市政协", "乙县政协", None]), 2020, pick.choice(["actual", "actual", "target"]),
                     "research", pick.choice(["次", "项"]), float(pick.choice([12, 12, 3])), "count",
                     words[document, place], place * 100, pick.choice(SUBJECTS)))
    return rows


@pytest.mark.parametrize("seed", range(5))
def test_repeats_are_those_of_the_pairwise_definition(seed):
    con = duckdb.connect()
    con.execute("create table int_metrics (metric_id varchar, document_id varchar, char_start integer, "
                "org_name varchar, report_year integer, period varchar, category varchar, unit varchar, "
                "value double, value_kind varchar, sentence varchar, sentence_start integer, subject varchar)")
    # one figure per (document, offset), as spans are
    rows = {(r[1], r[2]): r for r in _figures(seed)}.values()
    con.executemany("insert into int_metrics values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", list(rows))
    ours = con.execute(f"select metric_id, repeat_of_metric_id from ({_model_sql()}) order by all").fetchall()
    defined = con.execute(f"select * from ({PAIRWISE}) order by all").fetchall()
    assert len(defined) > 50  # the cases occur
    assert ours == defined
