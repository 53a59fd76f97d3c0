"""Proposal statistics read from fresh pages (funnel22): 滨江 (riverside) is an everyday word, not
杭州's 滨江区, unless written in full. Sentences written for the test."""
from __future__ import annotations

from lvzhi.extract import extract


def test_滨江_as_riverside_names_no_district():
    text = "区政协提案审查工作报告\n区政协委员建议加快滨江开发、建设滨江绿道,今年区政协共收到提案50件,立案46件。\n"
    extraction = extract(text)
    assert extraction.document.org_name == ""
    assert {m.org_name for m in extraction.metrics} == {""}


def test_滨江区_written_in_full_is_still_the_district():
    extraction = extract("杭州市滨江区政协今年共收到提案120件,立案110件。\n")
    assert extraction.document.org_name == "滨江区政协"
    assert {m.org_name for m in extraction.metrics} == {"滨江区政协"}
