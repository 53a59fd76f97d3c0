"""Subject readings added from fresh pages (subj22): an adverb that opens a predicate (都, 也 before
有/是/在… or a verb; 一起, 一同) ends the noun after a count, as a verb does; words that only hold such
a character (成都, 都江堰) do not, and 均, 纷纷 end nothing (均衡, 年均; 纷纷建言 keeps the deed).
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _subject(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral).subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全市42个乡镇都有委员联络站。", "42", "全市乡镇"),
    ("本届委员中,18个民族都有人选。", "18", "民族"),
    ("7家医院的30位医生一起来到社区义诊。", "30", "医院医生"),
    ("26个乡镇都能收听收看会议直播。", "26", "乡镇"),
    ("9个专委会也建立了联系群众制度。", "9", "建立联系群众制度的专委会"),  # the verb after it reads as a relative clause
])
def test_an_adverb_opening_the_predicate_ends_the_counted_noun(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


def test_words_holding_such_a_character_stay_whole():
    # 成都, 都江堰 and 都匀 hold 都 but open no predicate
    assert _subject("委员们走访了6家成都企业。", "6") .endswith("成都企业")
    assert "都江堰水利工程" in _subject("全市7个县都江堰水利工程受益。", "7")
    assert "都匀市社区" in _subject("委员们调研了5个都匀市社区。", "5")


@pytest.mark.parametrize("sentence, numeral, word", [
    ("全区6个均衡发展示范校通过评估。", "6", "均衡发展示范校"),   # 均 is no adverb stop
    ("对口帮扶的11个村年均增收1.5万元。", "11", "年均增收"),
    ("调研了12个人均收入较低的村。", "12", "人均"),
    ("座谈会上,400余人次委员纷纷提出意见建议。", "400", "提出意见建议"),   # 纷纷 keeps the deed
])
def test_均_and_纷纷_end_no_noun(sentence, numeral, word):
    assert word in _subject(sentence, numeral)
