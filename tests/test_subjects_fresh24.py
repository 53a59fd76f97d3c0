"""Subject readings added from fresh pages (subj24): 高中/初中 are school words, not 中 'among' that ends
a noun. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _subject(sentence: str, numeral: str) -> str:
    found = [m.subject for m in extract(sentence).metrics if numeral in m.mention_text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("今年共资助60名高中应届毕业生。", "60", "资助高中应届毕业生"),       # 高中 is one word
    ("结对帮扶25名初中在校学生。", "25", "结对帮扶初中在校学生"),
    ("在参训的120名委员中,有党员45名。", "120", "参训委员"),                 # 中 'among' still ends it
])
def test_school_words_hold_zhong(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject
