"""Period and category readings added from fresh pages (percat21). Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _reading(text: str, numeral: str) -> tuple[str, str]:
    found = [(m.period, m.category) for m in extract(text).metrics if m.mention_text.startswith(numeral)
             or numeral in m.mention_text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, numeral", [
    ("本届县政协共有委员180名。其中,农工党9名,占委员总数的5%。", "9名"),   # a part of the membership
    ("本届县政协共有委员180名。其中,农工党9名,占委员总数的5%。", "5%"),    # and its share
    ("本届区政协委员中,民进6人,占委员总人数的4%。", "6人"),
])
def test_a_part_measured_against_the_membership_is_its_make_up(text, numeral):
    assert _reading(text, numeral)[1] == "organization"


@pytest.mark.parametrize("text, numeral, category", [
    ("今年撰写提案的委员共52人,占委员总数的40%。", "40%", "proposals"),   # what those members did decides
    ("参加视察调研的委员63名,占委员总数的45%。", "63名", "research"),
])
def test_members_counted_by_what_they_did_keep_that_activity(text, numeral, category):
    assert _reading(text, numeral)[1] == category
