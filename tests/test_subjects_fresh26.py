"""Subject readings added from fresh activity pages (subj26): a facility's name is a noun even when it
starts with a verb (社情民意征集点), 上报 is an output verb like 报送, and who acted (before 共, 累计) or
when (…以来) names no activity for a generic head; a sentence opening 自…创办以来 with no thing of its own
counts what the sentence before is about (“X”是…平台). Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _subject(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral).subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("各镇已设立社情民意征集点18个。", "18", "社情民意征集点"),   # 征集 inside a facility's name
    ("区政协建成委员工作站21个,社情民意联系点27个。", "27", "社情民意联系点"),
    ("委员们到联系点走访群众340人次。", "340", "走访群众"),              # a verb after the facility still acts
])
def test_facility_names_are_nouns(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("农工党市委会全年共整理上报信息73条。", "73", "整理上报信息"),        # who acted, before 共, goes
    ("农工党市委会全年共整理上报信息73条,被采用41条。", "41", "整理上报信息被采用"),
    ("九三学社县委共上报社情民意信息29篇。", "29", "上报社情民意信息"),
    ("“同心服务站”自2021年设立以来开展活动460余场。", "460", "开展活动"),  # a time frame names no activity
    ("参与专题网络议政共提出建言312条。", "312", "专题网络议政提出建言"),  # an activity before 共 stays
    ("该镇委员联络站累计开展活动86场。", "86", "该镇委员联络站开展活动"),  # a holder alone still sets it apart
    ("州政协稿件在省级以上报刊上刊登45篇。", "45", "政协稿件在省级以上报刊上刊登"),  # no 上报 in 以上报刊
])
def test_holder_and_frame_name_no_activity(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("“同心茶座”是区政协搭建的协商平台。自2019年创办以来,共举办52场。", "52", "同心茶座举办"),
    ("委员履职“暖心行动”是一项惠民举措。自2022年启动以来累计开展活动830多项。", "830", "委员履职暖心行动"),
    ("“民情驿站”是群众议事的地方。自成立以来,共开展协商议事42次。", "42", "协商议事"),  # named: kept
])
def test_thing_founded_is_the_topic_before(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("今年是建党100周年。自2014年成立以来,共举办87场。", "87", "举办"),  # a year is no founded thing
    ("无论是城区还是乡村,委员都积极参与。自2021年启动以来,共开展活动88场。", "88", "开展活动"),
    ("全县共富工坊开展活动52场。", "52", "全县共富工坊开展活动"),           # 共富 is no adverb of total
    ("“同心共话”议事会开展活动36场。", "36", "同心共话议事会开展活动"),
    ("委员工作站向上报告重大事项5件。", "5", "委员工作站向上报告重大事项"),  # no 上报 in 向上报告
])
def test_narrowed_readings_leave_other_words_alone(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject
