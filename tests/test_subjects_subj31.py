"""Subjects that keep the deed defining the count (subj31): each item of a list of counted heads takes
the predicate the list shares, a total's adverb (共) before the counted people's verb leaves that verb
theirs, and people invited to sit in (列席, 旁听, 参会) are named by that. Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


def _subject(sentence: str, numeral: str) -> str:
    return the_figure(sentence, numeral, leading=True).subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # every item of a list shares the verb at its end
    ("今年,16个党派团体、8个专门委员会、25个界别、530位委员共提出提案1200件。", "16", "提出提案的党派团体"),
    ("今年,16个党派团体、8个专门委员会、25个界别、530位委员共提出提案1200件。", "25", "提出提案的界别"),
    ("今年,16个党派团体、8个专门委员会、25个界别、530位委员共提出提案1200件。", "530", "提出提案的委员"),
    ("6个委员小组、40名委员联合开展调研。", "6", "联合开展调研的委员小组"),
    # a total's adverb before the verb: the verb is still what the counted did
    ("全市320名委员共提交提案410件。", "320", "提交提案的全市委员"),
    # people attendances after the people: the deed once, not twice
    ("今年上半年,410名委员、2900余人次参加各类履职活动。", "410", "参加各类履职活动的委员"),
    ("今年上半年,410名委员、2900余人次参加各类履职活动。", "2900", "委员参加各类履职活动"),
    # invited to sit in: named by the sitting in
    ("会议邀请了6位台胞和9位侨胞代表列席全体会议。", "6", "列席全体会议的台胞"),
    ("会议邀请了6位台胞和9位侨胞代表列席全体会议。", "9", "列席全体会议的侨胞代表"),
    ("大会邀请20名市民代表旁听开幕式。", "20", "旁听开幕式的市民代表"),
])
def test_the_deed_names_the_counted(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject


@pytest.mark.parametrize("sentence, numeral, subject", [
    # must not fire: items whose clause ends before any shared verb keep their own nouns
    ("全区建成9个委员工作室、21个联络站,开展活动150次。", "9", "委员工作室"),
    ("全区建成9个委员工作室、21个联络站,开展活动150次。", "21", "联络站"),
    # a list item after a verb of its own is not the list's subject
    ("组织90多名委员、成立11个调研组、提出建议60条。", "11", "调研组"),
    # a stop word that opens a kind of people is part of the noun
    ("本次全会有45名列席人员。", "45", "本次全会有列席人员"),
    ("会议共有86名特邀、列席人员到场。", "86", "特邀、列席人员到场"),
    # a verb before 的 qualifies the next noun; only invited people keep that clause as their name
    ("由6家省级媒体组成的采访团走进乡村。", "6", "省级媒体"),
    ("开展32批1200名委员参加的专题视察。", "1200", "委员"),
    # an invited clause with 的 stays whole inside the noun (the predicate after it still names them)
    ("95名港澳委员和30名应邀列席的台侨代表组成方阵。", "30", "组成方阵的应邀列席的台侨代表"),
])
def test_must_not_fire(sentence, numeral, subject):
    assert _subject(sentence, numeral) == subject
