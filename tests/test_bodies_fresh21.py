"""Deputies' items beside members' items, read from fresh pages (org21): a count written before a 人大's
deputies' items with the 人大 between (31件人大代表建议, 9件县人大代表议案) is that 人大's. Sentences
written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _orgs(text: str) -> dict[str, str]:
    return {m.mention_text: m.org_name for m in extract(text).metrics}


HEAD = "乌什县政协召开提案交办会议\n\n"


@pytest.mark.parametrize("sentence, congress_count, cppcc_count", [
    ("会上,将31件人大代表建议、17件政协委员提案交给县政府办理。", "31件", "17件"),
    ("会上,将9件县人大代表议案和14件县政协委员提案一并交办。", "9件", "14件"),
])
def test_deputies_count_beside_members_count(sentence, congress_count, cppcc_count):
    orgs = _orgs(HEAD + sentence)
    assert orgs[congress_count] == "乌什县人大"
    assert orgs[cppcc_count] == "乌什县政协"

