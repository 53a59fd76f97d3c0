"""Narrowings of the readings of round 40 (campaign40, sessionlen40, subject40) found by review: a duty's
words repeated in a clause a figure counts, a half that is a duration of its own, a list verb that names no
deed. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract

from figures import the_figure


def _texts(text: str) -> list[tuple[str, str]]:
    return [(m.mention_text, m.subject) for m in extract(text).metrics]


@pytest.mark.parametrize("text, figure, subject", [
    ("开展“三个一”活动,即每名委员联系一个村、结对一户困难户、办一件实事。联系一个村的委员达80名。",
     "80名", "联系一个村的委员"),
    ("开展“两个一”活动。具体是:提出一条建议,办好一件实事。全年委员共提出一条建议的有50人。",
     "50人", "委员共提出一条建议"),
])
def test_a_repeat_that_a_later_figure_counts_is_no_duty(text, figure, subject):
    found = _texts(text)
    tail = text.rfind("。", 0, len(text) - 1)
    later = [m for m in extract(text).metrics if m.char_start > tail]
    assert [m.mention_text for m in later] == [figure]  # the repeat's 一 is no figure of its own
    assert later[0].subject == subject
    assert len([t for t, _ in found if t.startswith("一")]) == (3 if "三个一" in text else 2)


@pytest.mark.parametrize("sentence, numeral, text, value", [
    ("调研组历时10天半个月,走访了12个乡镇。", "10", "10天", 10.0),
    ("调研组用时2天半天完成视察。", "2", "2天", 2.0),
    ("这次大会会期4天半,委员们将审议常委会工作报告。", "4", "4天半", 4.5),  # still a half
    ("委员驻村长达5年半年均帮扶贫困户30户。", "5", "5年半", 5.5),          # 年均 is no 半年
])
def test_a_half_of_a_time_unit_is_no_half_past_the_figure(sentence, numeral, text, value):
    figure = the_figure(sentence, numeral)
    assert (figure.mention_text, figure.value) == (text, value)


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("全市有14个乡镇、65家企业。", "65", "企业"),
    ("参加人员包括12名常委、30名委员。", "30", "委员"),
    ("参与的有14个单位、65名委员。", "65", "委员"),
    ("调研组先后深入14个县区、65家企业,听取各方意见。", "65", "深入企业"),  # a deed still passes on
])
def test_a_list_opened_by_having_or_including_passes_no_verb(sentence, numeral, subject):
    assert the_figure(sentence, numeral, leading=True).subject == subject


def test_jiushishuo_opens_no_campaign_list_and_the_duty_says_yaoqiu_once():
    """就是说 is a discourse marker, not the list word 就是; a duty worded 要求… keeps one 要求 (the label's)."""
    said = "某县政协开展“两个一”活动,就是说要求每名委员至少提一件提案,办一件实事。"
    assert [m.subject for m in extract(said).metrics if m.subject.startswith("“两个一”")] == []
    listed = "某县政协开展“两个一”活动,就是要求每名委员至少提一件提案,办一件实事。"
    assert [m.subject for m in extract(listed).metrics] == ["“两个一”活动要求每名委员至少提提案",
                                                            "“两个一”活动要求办实事"]
