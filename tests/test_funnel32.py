"""Proposal counts that are not the body's (funnel32): one member named by a pronoun as the one who
submits (她今年向大会提交了12件提案), a district's delegation of a city body's members (住X市政协委员),
and the party committee's departments that handle proposals (党委系统共收到…) count their own share, no
stage of the body's funnel; proposals not filed (没有立案的…) or sent on as the public's letters
(…件作人民群众来信) are transferred. Sentences written for the test."""
from __future__ import annotations

import csv

import duckdb
import pytest

from funnels import funnel_rows

from lvzhi.extract.vocab import reference_dir

# one member's own count beside the body's total
MEMBER_BESIDE_TOTAL = (
    "中国人民政治协商会议南平市委员会\n2023年1月\n"
    "市政协六届二次会议共收到提案312件,经审查立案290件。\n"
    "市农业农村局总农艺师李晓岚委员连续五年履职,她今年又向大会提交了12件提案。\n"
)
# only one member's count: no row
MEMBER_ONLY = (
    "中国人民政治协商会议福州市委员会\n2023年1月\n"
    "作为一名来自基层的政协委员,王建国十分珍惜履职机会,他今年共提交了9件个人提案。\n"
)
# only a district's delegation of the city body's members: no row
LOCAL_DELEGATION_ONLY = (
    "中国人民政治协商会议漳州市委员会\n2023年1月\n"
    "全会期间,住龙海市政协委员积极建言,共提交提案27件,涉及乡村振兴、教育、医疗等领域。\n"
)
# the party committee's departments' handling is theirs; the body's total and rates stay
PARTY_HANDLERS = (
    "中国人民政治协商会议三明市委员会\n2023年12月\n"
    "全年市政协共收到提案205件,立案188件。市直党委系统共收到政协提案31件,办结率100%。\n"
)
# those not filed sent on as letters, worded 没有立案的 / 作人民群众来信
NOT_FILED_AS_LETTERS = (
    "中国人民政治协商会议龙岩市委员会\n2023年3月\n"
    "本次会议共收到提案260件,经审查立案231件。没有立案的29件,作为委员来信转有关部门参考。\n"
)
PUBLIC_LETTERS = (
    "中国人民政治协商会议宁德市委员会\n2023年3月\n"
    "本次会议共收到提案180件,经审查予以立案166件,14件作人民群众来信处理。\n"
)

CELLS = ("received", "filed", "transferred", "stated_completion_rate")


TEXTS = {
    "member_beside_total": MEMBER_BESIDE_TOTAL, "member_only": MEMBER_ONLY,
    "local_delegation_only": LOCAL_DELEGATION_ONLY, "party_handlers": PARTY_HANDLERS,
    "not_filed": NOT_FILED_AS_LETTERS, "public_letters": PUBLIC_LETTERS,
}


@pytest.fixture(scope="module")
def funnels(prefect_harness, tmp_path_factory):
    """{document stem: [funnel rows as dicts]} of one flow run over the texts above."""
    return funnel_rows(tmp_path_factory.mktemp("funnel32"), TEXTS, CELLS)


def test_one_members_count_is_no_stage_of_the_bodys_funnel(funnels):
    [row] = funnels["member_beside_total"]
    assert (row["received"], row["filed"]) == (312, 290)
    assert "member_only" not in funnels


def test_a_districts_delegation_of_a_city_bodys_members_makes_no_row(funnels):
    assert "local_delegation_only" not in funnels


def test_what_the_party_committees_departments_received_is_not_the_bodys_intake(funnels):
    [row] = funnels["party_handlers"]
    assert (row["received"], row["filed"]) == (205, 188)


def test_those_not_filed_or_sent_on_as_the_publics_letters_are_transferred(funnels):
    [row] = funnels["not_filed"]
    assert (row["received"], row["filed"], row["transferred"]) == (260, 231, 29)
    [row] = funnels["public_letters"]
    assert (row["received"], row["filed"], row["transferred"]) == (180, 166, 14)


@pytest.mark.parametrize("sentence_before, not_the_bodys", [
    # one member named by a pronoun as the one who submits
    ("上交提案最多的委员是某公司董事长,他今年提交了", True),
    ("孙某委员年过花甲,可她今年竟向大会提交了", True),
    ("她共遞交個人提案", True),
    # the members as a whole, other members, or a speaker reporting the body's total are not one member
    ("他们今年共提交", False),
    ("其他委员共提交", False),
    ("他说,一年来委员们共提交提案", False),
    ("他介绍今年大会共收到提案", False),
    # a district's delegation of a city or provincial body's members
    ("大会期间,住泉州市政协委员共提交提案", True),
    ("驻鹿城区的省政协委员提出", True),
    ("全会期间,住龙海市政协委员积极建言,共提交提案", True),
    # the same members named as one group among the submitters of the body's total are not the whole subject
    ("区政协委员、驻区的市政协委员、各民主党派共提交", False),
    # the party committee's departments handling proposals
    ("市直党委系统共收到政协委员提案", True),
    ("县委各部门和党委系统承办", True),
    ("在党委领导下,委员们共提交提案", False),
    # review32: a city named 驻马店 is no delegation; a speaker stressing the body's total is no member;
    # a delegation's or the party departments' own count earlier in the sentence leaves the body's total
    ("驻马店市政协委员共提交提案", False),
    ("他强调全市委员共提交提案", False),
    ("住丰泽区市政协委员提交提案15件,全市政协委员共提交提案", False),
    ("市直党委系统承办提案42件,全年市政协共收到提案", False),
])
def test_a_count_that_is_not_the_bodys_is_told_by_its_cue(sentence_before, not_the_bodys):
    """The cues are RE2 patterns (\\p{Han}): matched here by duckdb, as int_proposal_figures does."""
    with (reference_dir() / "proposal_handler_cues.csv").open(encoding="utf-8", newline="") as handle:
        cues = [row for row in csv.DictReader(handle) if "received" in row["blocks"]]
    con = duckdb.connect()
    matched = any(con.execute("select regexp_matches(?, ?)", [sentence_before, cue["pattern"]]).fetchone()[0]
                  for cue in cues)
    assert matched == not_the_bodys
