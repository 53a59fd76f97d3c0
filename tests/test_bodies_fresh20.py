"""Whose figures a government's handling page holds, read from fresh pages (org20): a page that writes its
政协 only in 政协委员提案 still belongs to the 政协 of the place whose government handles them, and a 其中
breakdown of a count of 提案 inside a sentence that also counts 建议 stays the 政协's. Sentences written for
the test."""
from __future__ import annotations

from lvzhi.extract import extract
from figures import orgs_by_mention



HANDLING_PAGE = ("平江县召开县政府系统建议提案办理工作会议\n\n"
                 "5月6日,我县召开县政府系统人大代表建议和政协委员提案办理工作会议。"
                 "去年,县政府系统共承办人大代表建议52件、政协委员提案71件。\n")


def test_handling_page_belongs_to_the_place_cppcc():
    extraction = extract(HANDLING_PAGE)
    assert extraction.document.org_name == "平江县政协"
    orgs = orgs_by_mention(HANDLING_PAGE)
    assert orgs["52件"] == "平江县人大"
    assert orgs["71件"] == "平江县政协"


def test_page_naming_no_place_keeps_no_body():
    text = "我县召开建议提案交办会\n\n今年,县政府系统共承办人大代表建议40件、政协委员提案55件。\n"
    assert extract(text).document.org_name == ""


BREAKDOWN_PAGE = ("攸县召开建议提案交办会\n\n"
                  "今年,县政府收到县人大转来代表建议40件;收到县政协转来委员提案25件,其中6件列为重点提案。\n"
                  "去年,县政府共承办建议和提案118件,其中已办结109件。\n")


def test_breakdown_of_proposals_stays_the_cppccs():
    orgs = orgs_by_mention(BREAKDOWN_PAGE)
    assert orgs["40件"] == "攸县人大"
    assert orgs["25件"] == "攸县政协"
    assert orgs["6件"] == "攸县政协"


def test_breakdown_of_a_mixed_total_stays_the_governments():
    orgs = orgs_by_mention(BREAKDOWN_PAGE)
    assert orgs["118件"] == "攸县政府"
    assert orgs["109件"] == "攸县政府"


def test_breakdown_of_suggestions_stays_the_congress():
    text = "攸县召开建议提案交办会\n\n县政府承办人大代表建议60件,其中重点督办建议5件;承办政协提案80件。\n"
    orgs = orgs_by_mention(text)
    assert orgs["60件"] == "攸县人大"
    assert orgs["5件"] == "攸县人大"


def test_breakdown_after_a_list_of_two_bodies_items_breaks_down_the_whole_list():
    # (fix20b) the 其中 after 提案25件、建议40件 breaks down the whole mixed list: the government's handling,
    # not the list's last item (the 人大's)
    text = ("醴陵市召开建议提案交办会\n\n"
            "今年,市政府收到市政协转来委员提案32件、市人大转来代表建议45件,其中7件列为重点督办件。\n")
    orgs = orgs_by_mention(text)
    assert orgs["32件"] == "醴陵市政协"
    assert orgs["45件"] == "醴陵市人大"
    assert orgs["7件"] == "醴陵市政府"


def test_breakdown_after_a_figure_alone_in_its_clause_keeps_its_kind():
    # a year before the count in its clause is no list: the 其中 still breaks down the proposals alone
    text = ("醴陵市召开建议提案交办会\n\n"
            "市政府收到市人大转来代表建议45件;2024年共收到市政协转来委员提案32件,其中7件列为重点提案。\n")
    orgs = orgs_by_mention(text)
    assert orgs["45件"] == "醴陵市人大"
    assert orgs["7件"] == "醴陵市政协"
