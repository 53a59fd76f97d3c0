"""A term's number before 期间 opens a review of the whole term (十二届政协期间: cumulative), but a Party plenum
(十三届三中全会期间, 党的十九届四中全会期间) is the Party central committee's meeting, not a 政协 term: the
figures after it keep their own reading. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("市政协十三届三中全会期间,委员共提交提案120件,立案100件。", "120"),
    ("党的十九届四中全会期间,区政协组织委员集中学习3次。", "3"),
    ("十八届五中全会期间,县政协召开座谈会2场。", "2"),
])
def test_a_party_plenum_opens_no_term_review(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"


@pytest.mark.parametrize("sentence, numeral", [
    ("十二届政协期间,委员共提交提案1200件,立案1100件。", "1200"),
    ("市政协十一届期间,共组织视察调研86次。", "86"),
])
def test_a_term_before_its_period_still_opens_one(sentence, numeral):
    assert the_figure(sentence, numeral).period == "cumulative"
