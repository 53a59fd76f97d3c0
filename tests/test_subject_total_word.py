"""A total's word 共有 right before the figure is no part of what is counted: 建议、提案共有20件 counts
建议、提案, 港澳委员共有36名 counts the members (then a count of the body's make-up, organization).
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral, thing", [
    ("2022年,由县政府牵头办理的建议、提案共有35件。", "35", "建议、提案"),
    ("本年度区政协提案共有52件,其中公开46件。", "52", "区政协提案"),
])
def test_total_word_leaves_the_subject(sentence, numeral, thing):
    subject = the_figure(sentence, numeral).subject
    assert subject.endswith(thing) and "共有" not in subject


def test_members_counted_after_their_total_word_are_the_make_up():
    figure = the_figure("本届市政协港澳委员共有36名,其中香港委员20名。", "36")
    assert (figure.subject, figure.category) == ("本届市政协港澳委员", "organization")


def test_total_word_inside_a_name_stays():
    # 共有 ends the words before the figure only; 共有产权 is a name (no figure follows 共有)
    figure = the_figure("委员围绕共有产权住房提出提案12件。", "12")
    assert figure.subject.endswith("共有产权住房提出提案")
