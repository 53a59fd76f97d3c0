"""Subject readings added from fresh pages (subj21): a donor named before a giving verb (a person or a
body, then an adverb) is read as the donor of the gift the figure after the verb counts (a body only when
the donors have no count of their own and no 为/向/给 makes it the recipient); since subj28 the donor
stays in the subject, without the adverb (labels of ten mini dev sets name who gave); a count of words
after a count of texts counts those texts' words. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _subject(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral).subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("医卫界别张立新委员捐赠了200箱矿泉水。", "200", "医卫界别张立新委员捐赠矿泉水"),  # name + title
    ("县人民医院捐赠了120套防护服。", "120", "县人民医院捐赠防护服"),            # a body
    ("经济界别委员工作室便捐赠了500个口罩。", "500", "经济界别委员工作室捐赠口罩"),  # a body, then an adverb
    ("县工商联还捐赠了30台电脑。", "30", "县工商联捐赠电脑"),
    ("多家爱心企业纷纷捐赠了80吨大米。", "80", "多家爱心企业捐赠大米"),
])
def test_donor_before_a_giving_verb_names_the_gift_without_its_adverb(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全年撰写调研报告14篇,计26万字。", "26", "撰写调研报告字数"),
    ("收集史料稿件90余篇,约有40多万字。", "40", "史料稿件字数"),
    ("编印委员文集2册,共计18万字。", "18", "委员文集字数"),
])
def test_words_after_a_count_of_texts_are_those_texts_words(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("抗疫期间,共有48名委员捐款捐物。", "48", "委员捐款捐物"),                # the donors are what is counted
    ("全镇17家民营企业捐赠了防疫物资。", "17", "全镇民营企业捐赠了防疫物资"),
    ("全区31名政协委员捐款2.6万元。", "2.6", "政协委员捐款"),              # donors with a count of their own
    ("志愿者为委员工作室捐赠了12台电脑。", "12", "志愿者为委员工作室捐赠了电脑"),  # 为: the recipient
    ("区政协为小微企业捐赠消毒液300桶。", "300", "区政协为小微企业捐赠消毒液"),
])
def test_a_head_word_is_no_donor_unless_the_figure_is_the_gift(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


def test_recipient_and_share_keep_their_reading():
    # (a share keeps its words; a gift with no donor before it is unchanged)
    assert _subject("企业家向每名学生捐款2000元。", "2000") == "企业家向每名学生捐款"
    assert _subject("向敬老院赠送了50床棉被。", "50") == "向敬老院赠送棉被"
