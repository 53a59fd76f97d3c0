"""Subject readings added in subj29: before 履职活动 the items listed before 等 name which work was done
and stay in the subject (a list before a specific head is still examples); a bracketed breakdown is an aside.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全年累计开展视察、调研、协商等履职活动120项。", "120", "视察、调研、协商等履职活动"),
    ("组织委员参加视察、调研等履职活动600余人次。", "600", "委员参加视察、调研等履职活动"),
])
def test_work_listed_before_a_generic_head_stays(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("形成教育、医疗等调研报告12篇。", "12", "调研报告"),   # a specific head: the list is examples
])
def test_examples_before_a_specific_head_still_go(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # a bracketed breakdown is an aside: the share after it is of the figure before the bracket
    ("民进会员共提交提案20件(其中集体提案2件,个人提案18件),占大会提案总数的5%。", "5", "提交提案占比"),
    ("今年承办市政协提案300件(含重点提案12件),占提案总数的90%。", "90", "承办市政协提案占比"),
    # a share inside the bracket, or after a breakdown with no bracket, is still the part's
    ("今年承办市政协提案300件(其中重点提案12件,占4%),已办复280件。", "4", "重点提案占比"),
    ("今年承办市政协提案300件,其中重点提案12件,占提案总数的4%。", "4", "重点提案占比"),
])
def test_share_after_a_bracketed_breakdown(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # a kept word (社会组织, 级组织) that the scan for a verb starts inside is still one noun
    ("全市120个社会组织参与了活动。", "120", "参与活动的全市社会组织"),
    ("委员走访18个社会组织开展调研。", "18", "开展调研的社会组织"),
    ("区政协联系了15个社会组织。", "15", "社会组织"),
    # 组织 as a verb after a count of people stays a verb
    ("组织20名委员参加视察。", "20", "参加视察的委员"),
])
def test_a_kept_word_is_not_split_by_the_verb_inside_it(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject
