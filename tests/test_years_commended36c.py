"""A session whose excellent proposals are commended (表彰六届二次会议优秀提案…的决定) is one the text looks back
to, as with …次会议以来: a session's proposals are judged after a year of handling, and commended at or before
the next session. A text dated early in a year (发布时间:2024-02-29) that looks back only to that session is of
the year before. Not a session the commendation is held at (在八届三次会议上表彰…), nor a session followed by
anything but its proposals (表彰…会议先进个人). Sentences written for the test (year_cues.csv rows of
targets_met_before and targets_set_after)."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def document_year(text: str) -> int | None:
    return extract(text).document.report_year


def sessions_looked_back_to(text: str) -> list[bool]:
    return [session.since for session in extract(text).document.years.sessions]


# a commendation of one session's proposals, in its title and its body, published early the next year
COMMENDATION = (
    "政协铜川市委员会关于表彰七届二次会议优秀提案和提案先进承办单位的决定\n"
    "发布时间:2024-02-26 09:12\n"
    "市政协七届二次会议以来,市政协委员和各参加单位共提出提案412件,经审查立案380件,交由56个单位办理。"
    "经市政协七届18次主席会议审议通过,决定对32件优秀提案予以表彰。\n"
)
# the same without the title: only the body's 以来 looks back (as before)
BODY_ONLY = (
    "发布时间:2024-02-26 09:12\n"
    "市政协七届二次会议以来,市政协委员和各参加单位共提出提案412件,经审查立案380件。\n"
)
# the commendation held at a session, of the session before: the session at hand is not looked back to
AT_THE_SESSION = (
    "发布时间:2024-01-16 10:20\n"
    "在市政协七届三次会议上,表彰了七届二次会议优秀提案32件。大会共收到提案430件。\n"
)
# a session followed by other words than its proposals: no look back
OTHER_WORDS = (
    "发布时间:2024-01-16 10:20\n"
    "表彰七届三次会议先进个人。会议期间共收到提案430件,经审查立案401件。\n"
)

# a commendation still to come, of the session at hand: no look back
TO_BE_COMMENDED = (
    "发布时间:2024-01-10 09:12\n"
    "为表彰七届三次会议优秀提案者,市政协制定了评选办法。本次会议共收到提案300件,立案260件。\n"
)
WILL_BE_COMMENDED = (
    "发布时间:2024-01-10 09:12\n"
    "今年将表彰七届三次会议优秀提案,市政协制定了评选办法。本次会议共收到提案300件,立案260件。\n"
)


def test_a_commended_sessions_proposals_make_it_a_session_looked_back_to():
    assert sessions_looked_back_to(COMMENDATION) == [True, True]
    assert document_year(COMMENDATION) == 2023


def test_a_session_looked_back_to_in_the_body_alone_is_read_as_before():
    assert sessions_looked_back_to(BODY_ONLY) == [True]
    assert document_year(BODY_ONLY) == 2023


def test_the_session_a_commendation_is_held_at_is_not_looked_back_to():
    assert sessions_looked_back_to(AT_THE_SESSION) == [False, True]


@pytest.mark.parametrize("text", [OTHER_WORDS])
def test_a_session_followed_by_other_words_than_its_proposals_is_not_looked_back_to(text):
    assert sessions_looked_back_to(text) == [False]
    assert document_year(text) == 2024


@pytest.mark.parametrize("text", [TO_BE_COMMENDED, WILL_BE_COMMENDED])
def test_a_commendation_still_to_come_is_no_look_back(text):
    assert sessions_looked_back_to(text) == [False]
    assert document_year(text) == 2024
