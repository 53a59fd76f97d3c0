"""Subject readings added in subj29: 履职活动 is a generic head like 活动, so the items listed before
等 name which work was done and stay in the subject; a list before a specific head is still examples.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全年累计开展视察、调研、协商等履职活动120项。", "120", "视察、调研、协商等履职活动"),
    ("组织委员参加视察、调研等履职活动600余人次。", "600", "委员参加视察、调研等履职活动"),
    ("全年开展履职活动33项。", "33", "开展履职活动"),
])
def test_work_listed_before_a_generic_head_stays(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("形成教育、医疗等调研报告12篇。", "12", "调研报告"),   # a specific head: the list is examples
])
def test_examples_before_a_specific_head_still_go(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject
