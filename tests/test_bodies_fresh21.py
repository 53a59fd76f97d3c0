"""Deputies' items beside members' items, read from fresh pages (org21): a count written before a 人大's
deputies' items with the 人大 between (31件人大代表建议, 9件县人大代表议案) is that 人大's, and in a
sentence that names 人大代表 a count of 建议 paired with a count of 提案 (…提出的31件建议和17件提案) is the
deputies' while the 提案 stay the 政协's. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import orgs_by_mention



HEAD = "乌什县政协召开提案交办会议\n\n"


@pytest.mark.parametrize("sentence, congress_count, cppcc_count", [
    ("会上,将31件人大代表建议、17件政协委员提案交给县政府办理。", "31件", "17件"),
    ("会上,将9件县人大代表议案和14件县政协委员提案一并交办。", "9件", "14件"),
    ("会议将县人大代表、政协委员提出的31件建议和17件提案转交有关部门。", "31件", "17件"),
    ("会议将县人大代表、政协委员提出的31件建议意见及17件提案转交有关部门。", "31件", "17件"),
    ("会议将县政协委员、人大代表提出的17件提案和31件建议转交有关部门。", "31件", "17件"),
])
def test_deputies_count_beside_members_count(sentence, congress_count, cppcc_count):
    orgs = orgs_by_mention(HEAD + sentence)
    assert orgs[congress_count] == "乌什县人大"
    assert orgs[cppcc_count] == "乌什县政协"


def test_paired_counts_need_the_deputies_named():
    # members alone: their 建议 and 提案 are both the 政协's
    orgs = orgs_by_mention(HEAD + "会议将政协委员提出的31件建议和17件提案转交有关部门。")
    assert orgs["31件"] == "乌什县政协"
    assert orgs["17件"] == "乌什县政协"
    # deputies named in another clause are no authors of the clause's items
    orgs = orgs_by_mention(HEAD + "会议邀请部分人大代表列席,委员们提出31件建议和17件提案。")
    assert orgs["31件"] == "乌什县政协"


@pytest.mark.parametrize("text, body", [
    ("兖州县政协组织驻城委员70余人视察农田水利。", "兖州区政协"),   # a county renamed since: today's name
    ("冀州市政协组织委员70余人视察农田水利。", "冀州区政协"),
    ("政协宜州市委员会组织委员70余人视察农田水利。", "宜州区政协"),
    ("全州县政协组织委员70余人视察农田水利。", "全州县政协"),       # a county named so today
])
def test_county_short_name_ending_in_zhou_before_a_level_word(text, body):
    # 州 ending a county's short name is no level word of a plural (州县 as 'prefectures and counties')
    assert orgs_by_mention(text)["70余人"] == body


def test_many_bodies_by_level_words_stay_none():
    assert orgs_by_mention("各州县政协组织委员70余人视察农田水利。")["70余人"] == ""


def test_breakdown_names_its_items_after_its_number():
    # a 其中 after a mixed list counts what its own words name: 提案 the 政协's, 建议 the 人大's
    text = ("乌什县政协召开提案交办会议\n\n今年,县政府共承办人大代表建议53件、政协委员提案30件、来信12件,"
            "其中9件列为重点提案。")
    assert orgs_by_mention(text)["9件"] == "乌什县政协"
    text = "乌什县政协召开提案交办会议\n\n今年,县政府共承办政协委员提案30件、人大代表建议53件,其中6件为重点建议。"
    assert orgs_by_mention(text)["6件"] == "乌什县人大"
    # naming nothing, it breaks down the government's whole mix
    text = "乌什县政协召开提案交办会议\n\n今年,县政府共承办人大代表建议53件、政协委员提案30件,其中12件已办结。"
    assert orgs_by_mention(text)["12件"] == "乌什县政府"
