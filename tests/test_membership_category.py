"""A count of people read as a body's membership (period context, membership_cues.csv) is the body's
make-up: category organization whatever activity words stand near it (a 界别 name such as 文化艺术界, a
report on proposals heard at the session). Members counted by a thing their own subject names keep
that thing's category. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("会议审议了提案工作情况的报告,文化艺术界、教育界等的澳门委员最少有28人。", "28"),
    ("在科技界、文化艺术界等类别中,来自澳门的政协委员至少有19人。", "19"),
    ("会议听取了提案工作报告。本届市政协共有委员416名。", "416"),
])
def test_membership_is_organization(sentence, numeral):
    figure = the_figure(sentence, numeral)
    assert (figure.period, figure.category) == ("context", "organization")


@pytest.mark.parametrize("sentence, numeral, category", [
    ("全县280名政协委员中有项目的委员137人。", "137", "economy"),   # counted by what they have
    ("今年共有46名委员提交提案83件。", "46", "proposals"),           # counted by what they did
    ("委员们深入企业开展调研28次。", "28", "research"),               # no count of people at all
])
def test_members_counted_by_a_thing_keep_its_category(sentence, numeral, category):
    assert the_figure(sentence, numeral).category == category
