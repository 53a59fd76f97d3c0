"""A paywall's line on a web copy (订阅后可查看全文(剩余80%)) states how much of the text is left to read, no
figure of the body's (exclusions.csv); a share left of the body's own work (剩余20%正在办理) is one.
Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


@pytest.mark.parametrize("text", [
    "市政协今年共收到提案120件。\n订阅后可查看全文(剩余80%)\n",
    "市政协今年共收到提案120件。\n登录后阅读全文,剩余 65%\n",
    "县政协组织视察8次。查看完整内容(还剩40%)",
])
def test_a_paywall_share_is_no_figure(text):
    assert [m.unit for m in extract(text).metrics if m.unit == "%"] == []


@pytest.mark.parametrize("text, numeral", [
    ("提案办复率达80%,剩余20%正在办理中。", "20"),
    ("已办结提案112件,剩余8件正在办理。", "8"),
])
def test_the_bodys_remaining_share_stays_a_figure(text, numeral):
    assert any(numeral in m.mention_text for m in extract(text).metrics)


@pytest.mark.parametrize("text, numeral", [
    ("视察组逐一查看全部剩余12个整改点位。", "12"),     # an inspection of what is left: no paywall
    ("委员们实地查看全部剩余5个项目建设情况。", "5"),
    ("查看全部余下3处隐患点,均已整改。", "3"),
])
def test_viewing_the_rest_of_the_work_stays_a_figure(text, numeral):
    assert any(numeral in m.mention_text for m in extract(text).metrics)
