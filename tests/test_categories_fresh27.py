"""Category readings added from a mini dev set sampled like dev/ (s27e): the 先进承办个人 a body praises
beside its 先进承办单位 are people who handled proposals, so their count is proposal work, as the units'
is; members honoured as members (先进委员, 优秀政协委员) stay the body's make-up. Sentences written for
the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral, category", [
    # the handlers praised: people as well as units count proposal work
    ("市政协决定对20件优秀提案、12个先进承办单位、18名先进承办个人予以通报表扬。", "18", "proposals"),
    ("市政协决定对20件优秀提案、12个先进承办单位、18名先进承办个人予以通报表扬。", "12", "proposals"),
    ("会议表彰了先进承办个人36名。", "36", "proposals"),
    # must not fire: members honoured as members stay organization
    ("大会对23名先进委员进行表彰。", "23", "organization"),
    ("县政协表彰优秀政协委员15名。", "15", "organization"),
])
def test_praised_handlers_count_proposal_work(sentence, numeral, category):
    assert the_figure(sentence, numeral).category == category
