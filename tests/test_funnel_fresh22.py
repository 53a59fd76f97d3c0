"""Proposal statistics read from fresh pages (funnel22): a web page's lines of links to its neighbours
(上一篇: …, 下一篇: …, bulleted or not) are other pages' headlines, so their sessions and years date none
of this page's figures and their bodies name none of its bodies; and 滨江 (riverside) is an everyday word,
not 杭州's 滨江区, unless written in full. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract

REPORT = ("市政协十五届二次会议提案审查情况的报告\n"
          "(2024年1月10日提案审查委员会全体会议通过)\n"
          "截至2024年1月10日,市政协十五届二次会议共收到提案400件,经审查立案380件。\n")
LINKS = "上一篇: 十五届四次会议提案审查情况报告\n下一篇: 市政协提案委员会2025年工作要点\n"


@pytest.mark.parametrize("links", [
    LINKS,
    # the same links as a list, each line opened by a bullet
    "".join("- " + line + "\n" for line in LINKS.splitlines()),
])
def test_a_link_line_dates_nothing_on_the_page(links):
    # the neighbour's 十五届四次 would set 十五届二次 two years before the dateline's 2024, and its
    # 2025年工作要点 would read as this page's plan heading
    extraction = extract(REPORT + links)
    assert extraction.document.report_year == 2024
    assert {m.report_year for m in extraction.metrics} == {2024}


def test_a_bulleted_link_line_names_no_body_of_the_page():
    text = ("区政协召开提案工作会议\n本报讯 区政协今年共收到提案60件,立案55件。\n"
            "- 上一篇: 上城区政协召开常委会议\n- 下一篇: 上城区政协组织委员视察\n")
    extraction = extract(text)
    assert extraction.document.org_name == ""
    assert {m.org_name for m in extraction.metrics} == {""}


def test_滨江_as_riverside_names_no_district():
    text = "区政协提案审查工作报告\n区政协委员建议加快滨江开发、建设滨江绿道,今年区政协共收到提案50件,立案46件。\n"
    extraction = extract(text)
    assert extraction.document.org_name == ""
    assert {m.org_name for m in extraction.metrics} == {""}


def test_滨江区_written_in_full_is_still_the_district():
    extraction = extract("杭州市滨江区政协今年共收到提案120件,立案110件。\n")
    assert extraction.document.org_name == "滨江区政协"
    assert {m.org_name for m in extraction.metrics} == {"滨江区政协"}
