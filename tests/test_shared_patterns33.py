"""A pattern or word list two readers share is kept in one place (mend34). The words after a term's number that
make the term the subject of a total are one row of year_cues.csv (term_total), read by years.py and written
out where period_cues.csv names it ``(?&term_total)``; each reader writes its own term number and guards
before it. The word lists of the funnel's in_full reading are seeds proposal_stages rows, joined into a regex
by the macro seeded_alternation, which escapes regex metacharacters (the seed words are plain words) and
reads a … as a gap when asked. Sentences written for the test."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from dbt_macros import render_macro
from lvzhi.extract import years
from lvzhi.extract.vocab import _with_named_cues, load_vocabulary, reference_dir


def _term_total_row(vocab):
    return next(cue for cue in vocab.period_cues if vocab.year_cue_patterns["term_total"] in cue.pattern.pattern)


def test_the_period_cue_writes_out_the_year_cues_term_total():
    vocab = load_vocabulary()
    cue = _term_total_row(vocab)
    assert cue.period == "cumulative" and cue.scope == "sentence"
    assert "(?&" not in cue.pattern.pattern


@pytest.mark.parametrize("text, term", [
    ("1994-1998年,第十届市政协共征集提案1594件。", "十"),
    ("第七届县政协期间共组织视察46次。", "七"),
    ("第10届市政协累计编报社情民意信息350期。", "10"),          # years reads a term in digits too
])
def test_years_reads_a_term_total(text, term):
    regex = years._term_total_regex(load_vocabulary().year_cue_patterns["term_total"])
    assert [found.group("term") for found in regex.finditer(text)] == [term]


@pytest.mark.parametrize("text", [
    "今年,十四届市政协共收到提案420件。",            # one year of the term
    "县五届政协共有委员186名。",                      # a standing headcount
    "第十四届市政协共计划开展视察30次。",             # a plan
    "十四届市政协共收到提案1200件,今年以来收到210件。",
])
def test_neither_reader_takes_what_is_no_term_total(text):
    vocab = load_vocabulary()
    assert not years._term_total_regex(vocab.year_cue_patterns["term_total"]).search(text)
    assert not _term_total_row(vocab).pattern.search(text)


def test_the_period_cue_keeps_its_own_guards():
    vocab = load_vocabulary()
    cue = _term_total_row(vocab)
    reads = years._term_total_regex(vocab.year_cue_patterns["term_total"])
    for text in ("2015年,十届县政协共收到提案300件。",     # a single year before the term
                 "第10届市政协共收到提案300件。",          # a term in digits
                 "第八届县政协共收到提案300件,这是开局之年。"):
        assert reads.search(text) and not cue.pattern.search(text)
    assert cue.pattern.search("1994-1998年,第十届市政协共征集提案1594件。")


def test_one_edit_of_the_row_reaches_both_readers(tmp_path):
    copy = tmp_path / "reference"
    shutil.copytree(reference_dir(), copy)
    path = copy / "year_cues.csv"
    text = path.read_text(encoding="utf-8")
    assert text.count("(?!有|计划|将|拟|要|需|须|应)") == 1
    path.write_text(text.replace("(?!有|计划|将|拟|要|需|须|应)", "(?!有|计划|将|拟|要|需|须|应|打算)"), encoding="utf-8")
    vocab = load_vocabulary(str(copy))
    sentence = "第七届县政协共打算组织视察46次。"
    assert not _term_total_row(vocab).pattern.search(sentence)
    assert not years._term_total_regex(vocab.year_cue_patterns["term_total"]).search(sentence)
    shipped = load_vocabulary()
    assert _term_total_row(shipped).pattern.search(sentence)


def test_an_unknown_named_cue_is_an_error():
    with pytest.raises(ValueError, match="no_such_kind"):
        _with_named_cues("届(?&no_such_kind)", {"term_total": "共"}, "period_cues.csv")
    assert _with_named_cues("第?[一二三]{1,3}(?&term_total)", {"term_total": "届共"}, "x") == "第?[一二三]{1,3}(?:届共)"


def _alternation(con, built: bool, where: str, gap=None) -> str:
    """seeded_alternation rendered as dbt would (the seed built: a constant; not yet: a subquery), evaluated."""
    sql = render_macro(con, built, "seeded_alternation(seed, 'keyword', where, gap=gap)", where=where, gap=gap)
    return con.execute("select " + sql).fetchone()[0]


@pytest.fixture
def con():
    connection = duckdb.connect()
    connection.execute("create table stages (keyword varchar, kind varchar)")
    connection.executemany("insert into stages values (?, ?)", [
        ("全部", "in_full"), ("均", "in_full"), ("全都", "in_full"),
        ("其中", "part"), ("除…外", "part"), ("(另)有", "odd"), ("1.5倍", "odd"), ("a|b", "odd")])
    yield connection
    connection.close()


@pytest.mark.parametrize("built", [True, False])
def test_the_alternation_is_of_plain_words_longest_first(con, built):
    assert _alternation(con, built, "kind = 'in_full'") == "(?:全部|全都|均)"
    odd = _alternation(con, built, "kind = 'odd'")
    assert odd == r"(?:\(另\)有|1\.5倍|a\|b)"
    assert con.execute("select regexp_matches('其中(另)有3件', ?), regexp_matches('另有3件', ?),"
                       " regexp_matches('a', ?)", [odd, odd, odd]).fetchone() == (True, False, False)


@pytest.mark.parametrize("built", [True, False])
def test_a_gap_stands_for_the_words_between(con, built):
    part = _alternation(con, built, "kind = 'part'", gap="[^,，;；。]{0,20}")
    assert part == "(?:除[^,，;；。]{0,20}外|其中)"
    found = con.execute("select regexp_matches('除重点提案外全部办结', ?), regexp_matches('除,外', ?)",
                        [part, part]).fetchone()
    assert found == (True, False)
    # without a gap the … is a character like any other
    assert _alternation(con, built, "kind = 'part'") == "(?:除…外|其中)"
