"""A gazetteer's chronicle of plenary sessions (s27c): a count of people in an entry (与会委员, 副主席,
教育界) is of that entry's session, and its subject names the session (三届二次会议与会委员); the
chronicle's counts would read the same from one entry to the next otherwise. Not in a text naming one
session, not in news, not before the first session, not once an entry opened by a date names none.
Sentences written for the test."""
from __future__ import annotations

from lvzhi.extract import extract
from lvzhi.extract.subjects import chronicle_sessions, with_session

from figures import the_figure

CHRONICLE = (
    "第二节 县政协全体会议\n"
    "1983年,县政协机关共有工作人员9人。"
    "1986年4月2~5日,召开政协某某县第二届委员会第一次会议,与会委员118人。会议选举主席1名、副主席4名。"
    "大会共收到提案75件。"
    "第二次会议于1987年3月召开,出席委员112人,增选常委3人。"
    "1988年5月,县政协组织委员视察乡镇企业,参加委员40人。"
    "1990年3月6~9日,召开政协某某县第三届委员会第一次会议,与会委员131人,其中教育界21人。\n"
)


def _subject(text: str, numeral: str) -> str:
    return the_figure(text, numeral, leading=True).subject


def test_people_in_an_entry_are_of_its_session():
    assert _subject(CHRONICLE, "118").startswith("二届一次会议")
    assert _subject(CHRONICLE, "4名").startswith("二届一次会议")
    assert _subject(CHRONICLE, "1名") == "二届一次会议选举主席"  # (会议选举主席: that 会议 is the session)
    assert _subject(CHRONICLE, "131").startswith("三届一次会议")
    assert _subject(CHRONICLE, "21").startswith("三届一次会议")


def test_a_later_session_of_the_term_opens_its_own_entry():
    assert _subject(CHRONICLE, "112").startswith("二届二次会议")  # 第二次会议于…: the same term's next session
    assert _subject(CHRONICLE, "3人").startswith("二届二次会议")


def test_no_session_before_the_first_or_in_an_entry_that_names_none():
    assert "届" not in _subject(CHRONICLE, "9人")  # before any session
    assert "届" not in _subject(CHRONICLE, "40")  # 1988年5月,…视察: a dated entry of no session


def test_only_people_take_the_session():
    assert "届" not in _subject(CHRONICLE, "75")  # proposals keep their own reading


def test_one_session_or_news_is_no_chronicle():
    one = ("第二节 县政协全体会议\n"
           "1986年4月2~5日,召开政协某某县第二届委员会第一次会议,与会委员118人。会议选举副主席4名。\n")
    assert "届" not in _subject(one, "118")
    news = ("本报讯 3月2日,政协某某县第九届委员会第三次会议开幕,应出席委员186人,实到170人。"
            "会议回顾了九届二次会议以来的工作,九届一次会议选举产生的常委会组成人员出席。\n")
    assert not extract(news).document.gazetteer
    assert "届" not in _subject(news, "186")


def test_session_labels_and_subjects():
    sessions = [(10, 3, 2), (50, 11, 4)]
    assert chronicle_sessions("x" * 80, sessions, [5, 20, 60]) == ["", "三届二次会议", "十一届四次会议"]
    assert chronicle_sessions("x" * 80, [(10, 3, 2)], [20]) == [""]  # one session: no chronicle
    assert with_session("与会委员", "三届二次会议") == "三届二次会议与会委员"
    assert with_session("四届一次会议选举副主席", "三届二次会议") == "四届一次会议选举副主席"  # names its own
    assert with_session("第一届常委", "三届二次会议") == "第一届常委"
    assert with_session("会议选举主席", "二届一次会议") == "二届一次会议选举主席"  # that 会议 is the session
    assert with_session("会议室可容纳", "二届一次会议") == "会议室可容纳"  # the room, not the session


SECTIONS = (
    "第二节 全体会议\n"
    "1984年5月10~13日,召开政协某某县第一届委员会第一次会议,出席委员96人。\n"
    "1986年3月,召开政协某某县第一届委员会第二次会议,出席委员101人。会后县政协组织委员视察农田水利建设,"
    "参加委员40人。本届共有委员120人,其中女委员23人。\n"
    "第三节 委员构成\n"
    "第二届委员会委员中,中共党员38人,教育界21人。\n"
    "【机关建设】 县政协机关有干部职工16人。\n"
)


def test_a_heading_closes_the_entry_and_only_the_sessions_own_people_take_it():
    assert _subject(SECTIONS, "101").startswith("一届二次会议")
    assert "届" not in _subject(SECTIONS, "40")  # 视察 after the session: work, not its roll call
    assert "届" not in _subject(SECTIONS, "23")  # 女委员 of the term (context), not of the session
    assert "届" not in _subject(SECTIONS, "38")  # 第三节: a new section
    assert "届" not in _subject(SECTIONS, "16")  # 【机关建设】


def test_another_bodys_session_lends_no_label():
    text = ("1990年3月6~9日,召开政协某某县第三届委员会第一次会议,出席委员131人。1991年3月,召开政协某某县"
            "第三届委员会第二次会议,出席委员128人。县二届人大二次会议于1991年3月召开,出席代表180人。\n"
            "《某某县志》\n")
    assert _subject(text, "128").startswith("三届二次会议")
    assert "届" not in _subject(text, "180")
