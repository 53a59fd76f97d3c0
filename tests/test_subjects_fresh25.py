"""Subject readings added from fresh pages (subj25): the share of proposals that a roll of two or more
submitting bodies holds is the collective proposals' share, however the roll is worded; one body alone, a
compound name (党派团体提案) or members' own proposals keep their name; percentage points in a clause
that only compares a share (比上届高了2.5个百分点) are the change of that share.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _subject(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral, leading=True).subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # a roll of bodies, the share after its count
    ("本次会议共收到提案210件,其中各民主党派、工商联和人民团体等提出提案64件,占30.5%。", "30.5", "集体提案占比"),
    ("立案提案中,市各民主党派、界别和委员小组提案88件,占41.2%;委员提案126件,占58.8%。", "41.2", "集体提案占比"),
    # the share with its holder before 占
    ("各民主党派、人民团体和专委会提案占立案总数的26.7%。", "26.7", "集体提案占比"),
    # one body, or members' own proposals, keep their name
    ("立案提案中,民主党派提案35件,占12.4%。", "12.4", "民主党派提案占比"),
    ("立案的提案中,党派团体提案27件,占提案总数的19.6%。", "19.6", "党派团体提案占比"),  # a compound name, no roll
    ("委员个人或联名提出提案146件,占69.5%。", "69.5", "委员个人或联名提出提案占比"),
])
def test_share_of_a_roll_of_submitting_bodies_is_collective(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


def test_the_count_keeps_its_roll():
    """Only the share is renamed: the count still says which bodies submitted."""
    sentence = "立案提案中,各民主党派、工商联和人民团体等提出提案64件,占30.5%。"
    assert _subject(sentence, "64").startswith("民主党派、工商联")


@pytest.mark.parametrize("sentence, numeral, subject", [
    # a clause that only says what a share is compared with: the change of that share
    ("本届女性委员占21.3%,较上届提高1.6个百分点。", "1.6", "女性委员占比提高"),
    ("党外委员占比61%,比上届低0.5个百分点。", "0.5", "党外委员占比下降"),
    ("新任委员占委员总数的55.2%,比上一届时高出4.1个百分点。", "4.1", "新任委员占比提高"),
    # a change that names its own holder keeps it
    ("立案率较去年同期提高1.9个百分点。", "1.9", "立案率较去年同期提高"),
])
def test_points_after_a_share_are_its_change(sentence, numeral, subject):
    assert _subject(sentence, numeral).endswith(subject)
