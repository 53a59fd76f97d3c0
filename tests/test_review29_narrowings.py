"""Review29 narrowings (sentences written for the test): a place's stock leaves the year's work done for
it alone; a letter signed jointly by the public is no proposal."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral, period", [
    ("全县有脱贫户1.2万户,今年为脱贫户送去化肥300吨。", "1.2万", "context"),
    ("全县有脱贫户1.2万户,今年为脱贫户送去化肥300吨。", "300", "actual"),      # given this year
    ("全镇有留守儿童500名,今年发放爱心包500个。", "500个", "actual"),
    ("全县现有规模以上企业86家,全年新增12家。", "12", "actual"),
    ("全县有贫困户3000户,帮助解决实际困难120个。", "120", "actual"),
    ("该县是省级贫困县,全县有贫困村48个,建档立卡贫困户9210户31250人。", "9210", "context"),
])
def test_work_done_for_a_places_stock_stays_work(sentence, numeral, period):
    assert the_figure(sentence, numeral).period == period


def test_a_joint_letter_of_the_public_is_no_proposal():
    assert the_figure("今年收到群众联名信12封。", "12").category == "outreach"
    assert the_figure("市政协委员李某联名6名委员,就停车难问题提交了提案。", "6").category == "proposals"
