"""Proposal counts around merging (funnel36): N件提案进行并案 is the merged count; the filed count stays
the first 立案 count (dev gold reads so: a count after merging is no filed count of its own, whether worded
交办 or 立案, which a lead's check on the held third showed; see the session note). A member who attends a session for the first time (首次参加…会议的X…提交) and a
democratic party written in traditional script (臺盟…委員共提交) count their own share, no stage of the
body's funnel. Sentences written for the test."""
from __future__ import annotations

import csv

import duckdb
import pytest

from funnels import funnel_rows

from lvzhi.extract.vocab import reference_dir

# filed before merging, then the count after merging worded 立案 (no filed count of its own); the merged
# count worded 进行并案
FILED_AFTER_MERGING = (
    "中国人民政治协商会议宁德市委员会\n2023年2月\n"
    "市政协六届二次会议共收到提案260件,经审查立案241件,对内容相近的12件提案进行并案处理后,共立案229件。\n"
)
# traditional script, 拟立案 with its share, then 实际立案 after merging (no filed count of its own)
FILED_AFTER_MERGING_TRADITIONAL = (
    "中國人民政治協商會議莆田市委員會\n2023年2月\n"
    "本次會議共收到提案300件,擬立案270件,占90%。經對內容相同的提案進行并案,實際立案251件。\n"
)
# the count after merging worded 交办 is no filed count: filed stays the first
HANDED_OVER_AFTER_MERGING = (
    "中国人民政治协商会议三明市委员会\n2023年2月\n"
    "本次会议共收到提案410件,经审查立案388件,并案处理后实际交办350件。\n"
)
# a merged count before the filed count is no merging the filed count follows
MERGED_BEFORE_FILED = (
    "中国人民政治协商会议南平市委员会\n2023年2月\n"
    "全年共立案150件。本次会议共收到提案160件,经初审、复审,合并6件,立案140件。\n"
)
# one member attending for the first time: no row
FIRST_TIME_MEMBER = (
    "中国人民政治协商会议漳州市委员会\n2023年1月\n"
    "首次参加市政协全体会议的林晓东委员向大会提交了11件提案,涉及教育、医疗等领域。\n"
)

CELLS = ("received", "filed", "merged", "stated_filing_rate")

TEXTS = {
    "filed_after_merging": FILED_AFTER_MERGING, "traditional": FILED_AFTER_MERGING_TRADITIONAL,
    "handed_over": HANDED_OVER_AFTER_MERGING, "merged_before": MERGED_BEFORE_FILED,
    "first_time_member": FIRST_TIME_MEMBER,
}


@pytest.fixture(scope="module")
def funnels(prefect_harness, tmp_path_factory):
    """{document stem: [funnel rows as dicts]} of one flow run over the texts above."""
    return funnel_rows(tmp_path_factory.mktemp("funnel36"), TEXTS, CELLS)


def test_the_merged_count_is_read_and_the_filed_count_stays_the_one_before_merging(funnels):
    [row] = funnels["filed_after_merging"]
    assert (row["received"], row["filed"], row["merged"]) == (260, 241, 12)


def test_the_count_before_merging_and_its_share_stay_the_filed_count_and_rate(funnels):
    [row] = funnels["traditional"]
    assert (row["received"], row["filed"], row["stated_filing_rate"]) == (300, 270, 90)


def test_a_count_handed_over_after_merging_is_no_filed_count(funnels):
    [row] = funnels["handed_over"]
    assert (row["received"], row["filed"]) == (410, 388)


def test_a_merged_count_before_the_filed_count_gives_it_no_precedence(funnels):
    [row] = funnels["merged_before"]
    assert row["filed"] == 150


def test_a_member_attending_for_the_first_time_makes_no_row(funnels):
    assert "first_time_member" not in funnels


@pytest.mark.parametrize("sentence_before, not_the_bodys", [
    # a member, or the group of members, attending for the first time, as the ones who submit
    ("首次参加全国政协会议的王立新委员向大会提交了", True),
    ("第一次出席市政协全体会议的新委员们共提交", True),
    ("首次參加省政協會議的陳委員遞交了", True),
    # a democratic party written in traditional script
    ("臺盟中央及臺盟界別委員共提交提案", True),
    # the body's own intake: a first session, or first-time members named in passing, are no subject
    ("在首次会议上,委员们共提交提案", False),
    ("首次参加会议的新委员占三成,全体委员共提交提案", False),
    ("首次参加全体会议的新委员和连任委员共提交提案", False),  # (review36: one group in a list of all)
    ("大会共收到提案", False),
])
def test_a_count_that_is_not_the_bodys_is_told_by_its_cue(sentence_before, not_the_bodys):
    """The cues are RE2 patterns (\\p{Han}): matched here by duckdb, as int_proposal_figures does."""
    with (reference_dir() / "proposal_handler_cues.csv").open(encoding="utf-8", newline="") as handle:
        cues = [row for row in csv.DictReader(handle) if "received" in row["blocks"]]
    con = duckdb.connect()
    matched = any(con.execute("select regexp_matches(?, ?)", [sentence_before, cue["pattern"]]).fetchone()[0]
                  for cue in cues)
    assert matched == not_the_bodys
