"""Subjects of outcome classes (subj32): a class label (A类, (B类), C类件) after the relative clause that
defines it keeps that clause whole, as a relative clause without a label does (列入计划解决的有25件).
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure

_LEAD = "本年度共立案提案260件。"


@pytest.mark.parametrize("sentence, numeral, subject", [
    # a label after 的
    (_LEAD + "所提建议得到解决或部分解决的A类31件,占85%。", "31", "得到解决或部分解决的A类提案"),
    (_LEAD + "所提建议得到解决或部分解决的A类31件,占85%。", "85", "得到解决或部分解决的A类提案占比"),
    (_LEAD + "列入计划分步解决的B类19件,占12%。", "19", "列入计划分步解决的B类提案"),
    # a bracketed label stands where 的 would
    (_LEAD + "所提问题已经解决(A类)56件,占比六成。", "56", "所提问题已经解决的A类提案"),
    (_LEAD + "所提问题已经解决的(A类)56件。", "56", "所提问题已经解决的A类提案"),
    # 件 after the label is the thing itself
    (_LEAD + "所提问题已得到落实的A类件有44件,占80%。", "44", "所提问题已得到落实的A类件"),
    (_LEAD + "所提问题已得到落实的A类件有44件,占80%。", "80", "所提问题已得到落实的A类件占比"),
])
def test_outcome_class_keeps_its_clause(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # must not fire: a label that is the name itself, or a topic class, reads as before
    (_LEAD + "其中A类提案有38件,B类有21件。", "38", "A类提案"),
    (_LEAD + "其中A类提案有38件,B类有21件。", "21", "B类提案"),
    (_LEAD + "经济建设类有40件。", "40", "经济建设类提案"),
    (_LEAD + "所提问题已经解决的有56件。", "56", "所提问题已经解决的提案"),
    (_LEAD + "其中重点提案(A类)9件。", "9", "重点提案A类"),  # a bracket after a thing's name is a label
])
def test_plain_labels_read_as_before(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject
