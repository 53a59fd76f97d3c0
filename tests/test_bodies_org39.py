"""Bodies on fresh pages (org39). 该 before a level word (该县政协, 该区政协) points back to the body of that
level just named: in a roundup of several county bodies, the item's own, and it opens its clause as 我县政协
does. A county's name miscopied by one character right under its prefecture (商洛市丹风县政协) is that
prefecture's one child it is one character from. Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


ROUNDUP = ("广西政协工作动态\n各地政协组织表彰先进\n"
           "近日,区内各地政协纷纷召开会议,表彰上一年度的优秀提案和优秀委员。\n"
           "凌云讯 3月2日,凌云县政协召开常委会议。在凌云县政协九届二次会议上,该县政协对28名优秀委员予以表彰。\n"
           "田林讯 3月5日,在田林县政协九届二次会议闭幕会上,该县政协对17件优秀提案予以表彰。\n")


def _org_of(text: str, value: float) -> str:
    found = [m for m in extract(text).metrics if m.value == value]
    assert len(found) == 1
    return found[0].org_name


def test_anaphoric_body_takes_the_item_s_county():
    assert _org_of(ROUNDUP, 28) == "凌云县政协"
    # the county named last before 该县, not the one the page names most
    assert _org_of(ROUNDUP, 17) == "田林县政协"


def test_anaphoric_district_body():
    text = ("湖南政协动态\n"
            "日前,笔者从永定区政协七届二次会议上获悉,该区政协全年共收到提案145件,已全部办复。")
    assert _org_of(text, 145) == "永定区政协"


def test_anaphoric_body_as_object_opens_no_clause():
    # 向该县政协报送: the county body is the object, the page's own body keeps the figure
    text = ("百色市政协召开社情民意信息工作会议\n"
            "凌云县政协主席某某到会发言。会上,百色市政协向该县政协转送信息12条。")
    assert _org_of(text, 12) == "百色市政协"


def test_should_is_no_anaphora():
    # 应该 is 'should': the level word after it is no body pointed back to
    # (田林县 is the county the page names most, 凌云县 the one named last before 应该县政协)
    text = ("田林县政协召开提案工作会议\n"
            "会议由田林县政协主席某某主持,凌云县政协派员列席。这项工作应该县政协牵头,全年共办理提案36件。")
    assert _org_of(text, 36) != "凌云县政协"


def test_anaphoric_body_takes_a_county_written_as_a_place():
    # the item's county is written as a place only (田林县召开政协…): 该县政协 is 田林县's, not the body
    # named last (凌云县政协, the previous item's)
    text = ("广西政协工作动态\n凌云讯 3月2日,凌云县政协召开常委会议,表彰优秀委员28名。\n"
            "田林讯 3月5日,田林县召开政协九届二次会议,该县政协对17件优秀提案予以表彰。")
    assert _org_of(text, 28) == "凌云县政协"
    assert _org_of(text, 17) == "田林县政协"


def test_anaphoric_body_of_a_county_named_as_a_place_alone():
    text = "百色市政协动态\n3月2日,凌云县召开政协九届二次会议。该县政协全年共收到提案86件。"
    assert _org_of(text, 86) == "凌云县政协"


def test_county_miscopied_under_its_prefecture():
    text = ("6月3日,陕西省商洛市丹风县政协出台文件,向28个职能部门派驻民主监督小组。"
            "丹风县政协今年委派民主监督员56名。")
    result = extract(text)
    assert result.document.org_name == "丹凤县政协"
    assert _org_of(text, 28) == "丹凤县政协"
    assert _org_of(text, 56) == "丹凤县政协"


@pytest.mark.parametrize("text", [
    # a zone's name under a city is no miscopied county (高新区 is one character from 高坪区)
    "南充市高新区政协联络组今年组织委员视察9次。",
    # a name two characters off any child is no miscopy
    "陕西省商洛市东江县政协今年组织委员视察9次。",
    # nor one a character off two children (洛南县, 柞水县)
    "陕西省商洛市洛水县政协今年组织委员视察9次。",
    # 丹凤县 is no child of 西安市: no miscopy of it there
    "陕西省西安市丹风县政协今年组织委员视察9次。",
])
def test_no_miscopied_county(text):
    assert _org_of(text, 9) not in ("高坪区政协", "丹凤县政协")


@pytest.mark.parametrize("text, wrong", [
    # one character and the level word: any 某县 is one character from a county of that length (义县)
    ("锦州市各县政协今年共收到提案120件。", "义县政协"),
    ("商丘市该县政协负责同志介绍,全年办结提案120件。", "睢县政协"),
    ("佳木斯市各区政协共组织委员培训120期。", "佳木斯市郊区政协"),
    ("安徽省铜陵市县区政协联合开展调研120次。", "铜陵市郊区政协"),
    # the prefecture's own level word read as the name's first character (长治 + 市城区 ≈ 潞城区): 长治's
    # former 城区 (today 潞州区), not 潞城区 miscopied
    ("山西省长治市城区政协今年组织委员视察120次。", "潞城区政协"),
])
def test_no_miscopy_read_from_a_level_word(text, wrong):
    result = extract(text)
    assert result.document.org_name != wrong
    assert _org_of(text, 120) != wrong


def test_a_real_child_is_read_as_written():
    assert _org_of("陕西省商洛市商南县政协今年组织委员视察9次。", 9) == "商南县政协"
