"""A plenum of the Party's central committee (十六届六中全会, 十八届三中、四中、五中全会) met in a known
year, often years after its congress: a text naming it is from that year on, a tighter lower bound than
the congress's year (era_cues.csv). A text names old plenums freely, so only the lower bound moves.
Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import load_vocabulary
from lvzhi.extract.years import era_bounds


@pytest.mark.parametrize("sentence, low", [
    ("委员们认真贯彻党的十六届六中全会精神,积极建言献策。", 2006),
    ("深入学习十七届四中全会精神,加强自身建设。", 2009),
    ("全面贯彻十八届三中、四中、五中全会精神,围绕中心履职。", 2015),   # the last of a list
    ("学习贯彻十九届六中全会精神。", 2021),
    ("学习贯彻二十届二中全会精神。", 2023),
])
def test_a_plenum_bounds_the_text_from_its_year(sentence, low):
    assert era_bounds(sentence, load_vocabulary())[0] == low


@pytest.mark.parametrize("sentence, low", [
    ("认真贯彻党的十六大精神,积极建言献策。", 2002),                    # the congress alone: its year
    ("学习贯彻十八届一中全会精神。", 2012),                              # a first plenum: the congress's year
    ("自十八届三中全会以来,全面深化改革不断推进。", 2013),                # an old plenum recalled: still only a lower bound
])
def test_a_congress_or_first_plenum_keeps_the_congress_year(sentence, low):
    assert era_bounds(sentence, load_vocabulary())[0] == low


def test_an_undated_text_studying_a_plenum_is_of_the_plenums_year():
    # with no year written, a text carrying out a plenum's spirit is most often from the plenum's own year
    # (the peak_year of its row), not the middle of the years since it
    from lvzhi.extract import extract
    assert extract("学习贯彻十九届六中全会精神,县政协开展专题学习培训6次。").document.report_year == 2021
