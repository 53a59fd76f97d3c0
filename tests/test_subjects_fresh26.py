"""Subject readings added from fresh activity pages (subj26): a facility's name is a noun even when it
starts with a verb (社情民意征集点), 上报 is an output verb like 报送, and who acted (before 共, 累计) or
when (…以来) names no activity for a generic head. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _subject(sentence: str, numeral: str) -> str:
    found = [m.subject for m in extract(sentence).metrics if numeral in m.mention_text]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("各镇已设立社情民意征集点18个。", "18", "社情民意征集点"),   # 征集 inside a facility's name
    ("区政协建成委员工作站21个,社情民意联系点27个。", "27", "社情民意联系点"),
    ("委员们到联系点走访群众340人次。", "340", "走访群众"),              # a verb after the facility still acts
])
def test_facility_names_are_nouns(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject
