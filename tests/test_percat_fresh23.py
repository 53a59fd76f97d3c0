"""Period and category readings added from fresh pages (percat23): absences that cost a member the seat
are a rule of membership (target, organization);
a term named as the actor (十三届市政协举办…) makes a multi-year total. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _reading(text: str, numeral: str) -> tuple[str, str]:
    figure = the_figure(text, numeral)
    return figure.period, figure.category


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


@pytest.mark.parametrize("text, numeral", [
    ("五届区政协先后组织专题视察36次,形成视察报告20篇。", "36次"),       # the term is the actor
    ("十二届县政协共举办书画交流展览9场。", "9场"),
    ("九屆市政協開展對口協商45次。", "45次"),                            # traditional script
])
def test_a_term_named_as_the_actor_is_a_multi_year_total(text, numeral):
    assert _reading(text, numeral)[0] == "cumulative"


@pytest.mark.parametrize("text, numeral", [
    ("今年是八届县政协的开局之年,全年组织视察12次。", "12次"),            # the term's first year
    ("十届市政协委员王某今年提交提案4件。", "4件"),                       # a member of the term
    ("九届县政协新委员人数为106名,占委员总数的一半。", "106名"),          # the term's new members
    ("六届区政协三次会议共收到提案188件。", "188件"),                    # a session of the term
    ("十一届市政协界别设置与上届相同,仍为32个。", "32个"),                # the term's make-up
])
def test_a_term_named_otherwise_is_no_multi_year_total(text, numeral):
    assert _reading(text, numeral)[0] != "cumulative"


@pytest.mark.parametrize("text, numeral", [
    ("会议审议通过了关于撤销3名委员资格的决定。", "3名"),                  # members removed: no count of absences
    ("市政协常委会对年内缺席全体会议3次的2名委员,撤销其委员资格。", "2名"),  # the members, not their absences
    ("因连续缺席常委会议4次,经主席会议研究,劝其辞去常委职务。", "4次"),      # news of a lapse that happened
])
def test_a_seat_lost_is_read_only_for_the_absences_the_rule_counts(text, numeral):
    assert _reading(text, numeral)[0] != "target"


@pytest.mark.parametrize("text, numeral", [
    ("2023年,十三届市政协共组织视察15次。", "15次"),                       # one year's work, the year first
    ("十三届市政协履职的头一年,共组织视察15次。", "15次"),
    ("十三届市政协一年来共组织视察15次。", "15次"),
    ("十三届市政协今年共组织视察15次。", "15次"),
    ("十三届市政协每年召开常委会议4次。", "4次"),
])
def test_a_term_named_in_one_years_sentence_is_no_multi_year_total(text, numeral):
    assert _reading(text, numeral)[0] != "cumulative"
