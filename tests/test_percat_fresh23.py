"""Period and category readings added from fresh pages (percat23): absences that cost a member the seat
are a rule of membership (target, organization). Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _reading(text: str, numeral: str) -> tuple[str, str]:
    found = [(m.period, m.category) for m in extract(text).metrics if m.mention_text.startswith(numeral)
             or numeral in m.mention_text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, numeral", [
    ("常委一届内累计缺席常委会议5次的,应劝其辞去常委职务。", "5次"),        # the seat at stake after a comma
    ("委员届内累计缺席全体会议2次,由主席会议研究后撤销其委员资格。", "2次"),
    ("委员年内无故缺席专委会会议4次,换届时不再推荐连任。", "4次"),
])
def test_absences_that_cost_the_seat_are_a_membership_rule(text, numeral):
    assert _reading(text, numeral) == ("target", "organization")


@pytest.mark.parametrize("text, numeral", [
    ("考核细则规定,委员无故缺席全体会议1次扣6分。", "1次"),               # a scoring rule stays meetings
    ("去年全市政协委员缺席常委会议共计12次,比上年减少。", "12次"),         # no seat at stake
])
def test_absences_without_a_seat_at_stake_stay_meetings(text, numeral):
    assert _reading(text, numeral)[1] == "meetings"
