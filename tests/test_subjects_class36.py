"""Subjects of a breakdown of proposals by class (subj36): the class a count belongs to is named before it,
either as the heading clause of its item (经济建设方面,围绕…等,提出提案N件) or in a clause that ranks it by a
share in words (…方面的提案占近一半,达N件; 占第二位的是…方面的提案,达N件).
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure

_LEAD = "本届以来共收到提案620件。"


@pytest.mark.parametrize("sentence, numeral, subject", [
    # a class heading its item, then a theme clause, then the count
    (_LEAD + "农业农村方面,围绕高标准农田建设、种业振兴等,提出提案64件;", "64", "农业农村方面提案"),
    (_LEAD + "农业农村方面,围绕种业振兴等,提出提案64件;城市管理方面,围绕老旧小区改造、停车难等,提出提案38件。",
     "38", "城市管理方面提案"),
    # … or the count right after the heading
    (_LEAD + "其中,教育卫生类,提交提案71件。", "71", "教育卫生类提案"),
    # a class ranked by a share in words
    (_LEAD + "从类别看,社会民生方面的提案占一半以上,达335件;", "335", "社会民生方面提案"),
    (_LEAD + "社会民生方面的提案最多;占第二位的是生态环保方面的提案,有140件。", "140", "生态环保方面提案"),
    (_LEAD + "科技、人才和创新等方面提案的数量居第三位,有97件。", "97", "科技、人才和创新等方面提案"),
])
def test_class_of_a_breakdown(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # must not fire: a place or frame before the clause is no class heading
    ("今年全县政协开展调研。在乡村振兴方面,组织调研15次。", "15", "组织调研"),
    # a clause that does something between the heading and the count (not a bare theme)
    (_LEAD + "农业农村方面,委员深入调研走访农户,提出提案64件。", "64", "提出提案"),
    # a share with its figure is a figure of its own, and the count after it reads as before
    (_LEAD + "经济建设类提案有88件,占14.2%。", "88", "经济建设类提案"),
    # a subject that names its own topic keeps it
    (_LEAD + "农业农村方面,提出关于种业振兴的提案12件。", "12", "关于种业振兴的提案"),
    # a connective is no class: 一方面,… 另一方面,… 这方面,…
    (_LEAD + "一方面,委员撰写调研报告8篇;另一方面,委员反映社情民意45条。", "45", "委员反映社情民意"),
    (_LEAD + "这方面,委员反映社情民意21条。", "21", "委员反映社情民意"),
    # review36: a side that submits or handles, or a stage, is no class
    (_LEAD + "委员方面,共提交提案520件;", "520", "提交提案"),
    (_LEAD + "政府方面,共办复提案600件。", "600", "办复提案"),
    (_LEAD + "党派团体方面,提交集体提案45件。", "45", "提交集体提案"),
    (_LEAD + "办理方面,已办复提案610件,办复率98.4%。", "610", "办复提案"),
    # a heading before a count that is not of proposals keeps the theme reading
    ("今年县政协工作取得新成效。乡村振兴领域,围绕产业发展,开展调研15次。", "15", "围绕产业发展开展调研"),
])
def test_no_class_where_none_heads(sentence, numeral, subject):
    assert the_figure(sentence, numeral).subject == subject
