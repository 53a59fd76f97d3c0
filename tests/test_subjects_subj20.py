"""Subject readings added by subj20: members or people taking part are named by the activity counted
just before them; a list of submitters before 等 names the class of proposals counted.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _subject(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral).subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    ("五年来共开展调研视察等活动600余次,参加委员1.2万人次。", "1.2万", "调研视察等活动参加委员"),
    ("今年举办培训班3期,参加人员400余人次。", "400", "培训班参加人员"),
    ("全年组织专题视察9次,参与委员210人次。", "210", "专题视察参与委员"),
    # with no activity counted before them, the participants stand alone
    ("本次全会应到委员300人,参会委员285人。", "285", "参会委员"),
    ("参与委员超过2100人次,服务群众3万人次。", "2100", "参与委员"),
])
def test_participants_take_the_activity_before_them(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # the first submitter is kept (a long list loses its last items, never its first)
    ("立案提案中,委员提案205件,各民主党派、人民团体和界别、委员小组等提案302件。", "302",
     "各民主党派、人民团体和界别等提案"),
    ("立案提案中,委员提案480件,界别、小组等提案12件。", "12", "界别、小组等提案"),
    ("各民主党派、工商联等提出提案50件。", "50", "民主党派、工商联等提出提案"),
    # a list after who acted (各专委会、界别就…) is no list of submitters
    ("各专委会、界别就城东高铁站、市博物馆等10项重大项目开展专项视察。", "10", "重大项目"),
    # topics before 等 are examples, not submitters: the proposals stay proposals
    ("共收到教育、医疗等提案40件。", "40", "提案"),
    # a place name starting with 从 is no source phrase
    ("从化区政协今年共收到提案150件。", "150", "收到提案"),
])
def test_submitters_listed_before_etc_name_the_class(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


def test_people_served_borrow_nothing_from_participants_before_them():
    text = "开展送教下乡活动20余场,参加委员超过300人次,服务群众逾5000人次。"
    assert _subject(text, "300") == "送教下乡活动参加委员"
    assert "委员" not in _subject(text, "5000")


@pytest.mark.parametrize("sentence, numeral, subject", [
    # the office that received the proposals is part of what was counted; 共 is the total's word
    ("会议期间,大会提案审查委员会共收到提案500件。", "500", "大会提案审查委员会收到提案"),
    ("全会期间,大会秘书处提案组共收到提案600件。", "600", "大会秘书处提案组收到提案"),
    ("区政协提案委员会共收到提案120件,经审查立案100件。", "120", "区政协提案委员会收到提案"),
    ("委员个人或联名共提出提案95件。", "95", "委员个人或联名提出提案"),
    ("本次会议共收到提案300件。", "300", "收到提案"),
])
def test_the_office_receiving_proposals_stays(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject
