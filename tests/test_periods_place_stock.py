"""Period reading added from mini dev set s28c: a place's own stock stated as what it has (全县有贫困村
61个, 该村现有…共800户、3000人) is background, context, not the body's work; what the body or its
members did for those households or villages stays their work.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _period(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral).period


@pytest.mark.parametrize("sentence, numeral, period", [
    ("该县是省级贫困县,全县有贫困村48个,建档立卡贫困户9210户31250人。", "48", "context"),
    ("该县是省级贫困县,全县有贫困村48个,建档立卡贫困户9210户31250人。", "9210", "context"),
    ("该县是省级贫困县,全县有贫困村48个,建档立卡贫困户9210户31250人。", "31250", "context"),
    ("王家村是县政协的联系村,现有六个村民小组,共812户、2960人。", "812", "context"),
    ("王家村是县政协的联系村,现有六个村民小组,共812户、2960人。", "2960", "context"),
    ("石桥镇现有行政村17个,县政协委员分片开展调研。", "17", "context"),
    # what the body's members did for households stays their work
    ("全县有36名政协委员参加结对帮扶活动。", "36", "actual"),
    ("该县现有贫困户5000户,县政协委员与128户贫困户结对帮扶。", "5000", "context"),
    ("该县现有贫困户5000户,县政协委员与128户贫困户结对帮扶。", "128", "actual"),
    ("该村现有的贫困户中,县政协为45户送去了化肥。", "45", "actual"),
    ("县政协机关今年走访慰问困难群众60户。", "60", "actual"),
])
def test_a_places_own_stock_is_context(sentence, numeral, period):
    assert _period(sentence, numeral) == period
