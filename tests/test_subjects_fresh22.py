"""Subject readings added from fresh pages (subj22): an adverb that opens a predicate (都, 均, 也, 一起,
纷纷) ends the noun after a count, as a verb does; words that only hold such a character (成都, 人均)
do not. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _subject(sentence: str, numeral: str) -> str:
    found = [m.subject for m in extract(sentence).metrics if numeral in m.mention_text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全市42个乡镇都有委员联络站。", "42", "全市乡镇"),
    ("本届委员中,18个民族都有人选。", "18", "民族"),
    ("7家医院的30位医生一起来到社区义诊。", "30", "医院医生"),
    ("展出的65幅摄影作品均出自委员之手。", "65", "展出摄影作品"),
    ("9个专委会也建立了联系群众制度。", "9", "建立联系群众制度的专委会"),  # the verb after it reads as a relative clause
])
def test_an_adverb_opening_the_predicate_ends_the_counted_noun(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


def test_words_holding_such_a_character_stay_whole():
    # 成都 and 人均 hold 都 and 均 but open no predicate
    assert _subject("委员们走访了6家成都企业。", "6") .endswith("成都企业")
    assert "人均" in _subject("调研了12个人均收入较低的村。", "12")
