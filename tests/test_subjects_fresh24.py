"""Subject readings added from fresh pages (subj24): 高中/初中 are school words, not 中 'among' that ends
a noun; people after their count with a long or listed plain description before 的 are named by the noun
after 的. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _subject(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral).subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("今年共资助60名高中应届毕业生。", "60", "资助高中应届毕业生"),       # 高中 is one word
    ("结对帮扶25名初中在校学生。", "25", "结对帮扶初中在校学生"),
    ("在参训的120名委员中,有党员45名。", "120", "参训委员"),                 # 中 'among' still ends it
])
def test_school_words_hold_zhong(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # a listed description (、) or a long one: whom it describes is counted
    ("共资助36名家境困难、成绩优异的大学新生。", "36", "资助大学新生"),
    ("每年帮扶80名偏远山区三个乡镇留守家庭的中小学生。", "80", "每年帮扶中小学生"),
    # a short description stays; so does one that names a deed or a thing (a relative clause)
    ("春节前慰问了15名生活困难的老委员。", "15", "春节前慰问了生活困难的老委员"),
    ("共有12名已建成委员工作室的委员参加。", "12", "已建成委员工作室的委员参加"),
    # people already named before 的: what follows 的 is another thing
    ("会上,16名市政协委员肩负全县会员的期望与重托,积极建言。", "16", "市政协委员"),
])
def test_described_people_are_named_by_their_noun(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # who dealt with the things (…对) before the relative clause's verb is no part of them
    ("各承办单位对交付的520件提案全部予以办复。", "520", "全部予以办复的交付提案"),
    ("县政协对立案的88件提案全部进行了督办。", "88", "全部进行了督办的立案提案"),
])
def test_things_dealt_with_are_named_without_who_dealt(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject
