"""Short subjects of a list's later items (subject40): in 深入N个…、M家企业 the verb that opens a list of
counts governs every item; an item whose subject would be its bare noun (企业, 贫困户) takes that verb,
as the item before it did. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _subject(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral, leading=True).subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # the second item takes the verb the first kept
    ("调研组先后深入14个县区、65家企业,听取各方意见。", "65", "深入企业"),
    # a verb with 了: the 了 stays with the first item only
    ("全市委员联系帮扶了48个贫困村、930户困难户。", "930", "帮扶困难户"),
    # a longer list: each later item, through 和, takes it in turn
    ("领导们帮扶2所学校、17个村和60户困难户。", "17", "领导们帮扶村"),
    ("领导们帮扶2所学校、17个村和60户困难户。", "60", "领导们帮扶困难户"),
])
def test_list_item_takes_the_list_verb(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # must not fire: the first item kept no verb (its noun is long enough alone)
    ("全区建成9个委员工作室、21个联络站,开展活动150次。", "21", "联络站"),
    # must not fire: the first item itself is unchanged
    ("调研组先后深入14个县区、65家企业,听取各方意见。", "14", "深入县区"),
    # must not fire: a later item with a subject of four or more characters keeps it
    ("调研组先后深入14个县区、65家民营科技企业,听取各方意见。", "65", "民营科技企业"),
    # must not fire: the words before the first item's noun are more than its verb
    ("各级委员共结对帮扶了48个村、930户困难户。", "930", "困难户"),
    # must not fire: an item that is not in a list keeps its own reading
    ("今年共走访企业65家。", "65", "走访企业"),
])
def test_list_verb_left_alone(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # 规模以上 (above the designated size) names a class of enterprise: its 以上 is no bound that ends the noun
    ("市政协组织委员走访65家规模以上企业。", "65", "规模以上企业"),
    ("委员们深入12个乡镇、65家规模以上企业。", "65", "规模以上企业"),
])
def test_designated_size_is_part_of_the_noun(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject
