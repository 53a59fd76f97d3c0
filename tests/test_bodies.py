"""Bodies (org_name) against the gazetteer: sentences written for these tests."""
from __future__ import annotations

import importlib.util
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from lvzhi.extract import extract, load_vocabulary

ROOT = Path(__file__).resolve().parents[1]


def orgs(text: str) -> list[str]:
    return [m.org_name for m in extract(text).metrics]


@pytest.mark.parametrize("text", [
    "选举县政协主席1名,副主席3名。",  # 选举 is no place
    "广大省政协委员积极建言,提出意见建议30条。",  # 广大 is no place
    "高涨提案质量提升区政协收到提案80件。",
    "各区县政协全年开展协商10次。",  # many bodies, not one
    "承办西部地区政协提案工作座谈会2次。",
])
def test_a_body_whose_place_is_not_real_is_no_body(text):
    result = extract(text)
    assert result.document.org_name == ""
    assert set(orgs(text)) == {""}
    assert result.organizations == []


@pytest.mark.parametrize("text", [
    "沪苏浙皖三省一市政协在合肥召开联席会议,形成联合调研报告4份。",
    "华东六省一市政协书画展在南京开幕,展出作品150幅。",
    "泰州、盐城两市一区政协签订协议,商定合作事项6项。",
])
def test_a_count_of_places_of_each_level_before_a_level_word_is_many_bodies(text):
    # 三省一市政协 is the bodies of three provinces and one municipality, not the city the page names
    result = extract(text)
    assert result.document.org_name == ""
    assert set(orgs(text)) == {""}


def test_a_level_word_in_brackets_before_another_names_many_bodies():
    # 各县(市)区政协 is the bodies of every county, county-level city and district, not the district
    # the sentence goes on to name
    text = "各县(市)区政协作了交流发言。与会人员观摩了贾汪区、邳州市4地17处协商议事室。"
    result = extract(text)
    assert result.document.org_name == ""
    assert set(orgs(text)) == {""}


def test_a_host_province_named_after_a_count_of_bodies_keeps_the_page():
    text = ("华东六省一市政协提案工作座谈会在合肥召开。安徽省政协副主席王某某主持会议。"
            "安徽省政协介绍了提案办理协商的做法,全年督办重点提案25件。")
    assert extract(text).document.org_name == "安徽省政协"
    assert orgs(text) == ["安徽省政协"]


def test_a_body_named_by_level_only_takes_the_place_the_dateline_names():
    text = "新华社杭州1月8日电\n省政协今年共收到提案812件。"
    result = extract(text)
    assert result.document.org_name == "浙江省政协"  # 杭州 is in 浙江
    assert orgs(text) == ["浙江省政协"]


def test_a_body_named_by_level_only_takes_the_place_the_title_names():
    text = "绍兴日报\n本报讯 市政协全年开展专题调研14次,形成调研报告9篇。"
    assert orgs(text) == ["绍兴市政协", "绍兴市政协"]
    assert extract(text).document.org_level == "city"


def test_a_county_body_gets_its_prefecture_province_and_code():
    text = "长阳土家族自治县政协召开常委会议\n全年组织委员视察5次。"
    result = extract(text)
    assert result.document.org_name == "长阳县政协"
    (org,) = result.organizations
    assert (org.org_level, org.province, org.city, org.county, org.division_code) == \
        ("county", "湖北", "宜昌市", "长阳土家族自治县", "420528")
    assert org.full_name == "中国人民政治协商会议宜昌市长阳土家族自治县委员会"


@pytest.mark.parametrize("text, province, city", [
    ("舟山日报讯\n普陀区政协组织委员走访渔村12次。", "浙江", "舟山市"),
    ("上海市普陀区政协召开全会\n区政协全年收到提案210件。", "上海", ""),
])
def test_an_ambiguous_district_is_settled_by_the_other_places_of_the_text(text, province, city):
    result = extract(text)
    assert result.document.org_name == "普陀区政协"
    (org,) = result.organizations
    assert (org.province, org.city) == (province, city)


def test_a_page_with_a_city_body_and_its_district_tells_them_apart():
    text = ("无锡市政协召开主席会议\n市政协全年收到提案420件,立案385件。\n"
            "梁溪区政协开展民主监督\n区政协组织委员视察6次,提出建议23条。")
    assert orgs(text) == ["无锡市政协"] * 2 + ["梁溪区政协"] * 2
    levels = {o.org_name: (o.org_level, o.city) for o in extract(text).organizations}
    assert levels == {"无锡市政协": ("city", "无锡市"), "梁溪区政协": ("county", "无锡市")}


def test_figures_of_the_congress_beside_the_body_are_the_congress_s():
    text = ("嘉兴市政府召开建议提案交办会\n"
            "会上交办了市人大代表建议186件、市政协提案142件,省政协提案3件。")
    assert orgs(text) == ["嘉兴市人大", "嘉兴市政协", "浙江省政协"]


def test_traditional_script_with_inline_pinyin():
    text = "拉薩1月9日電 西藏自治區(qū)政協(xié)披露,過去一年共收到提案209件。"
    assert orgs(text) == ["西藏自治区政协"]


def test_short_names_and_autonomous_prefectures_take_the_contract_s_short_form():
    assert orgs("黔西南布依族苗族自治州政协全年开展协商12次。") == ["黔西南州政协"]
    assert orgs("柳州政协全年开展协商12次。") == ["柳州市政协"]
    assert orgs("全国政协全年开展双周协商座谈会20次。") == ["全国政协"]


def test_a_place_given_up_or_upgraded_is_its_successor():
    assert orgs("襄樊市政协全年开展协商12次。") == ["襄樊市政协"]  # the name as written, a real former place
    org, = extract("襄樊市政协全年开展协商12次。").organizations
    assert (org.province, org.division_code) == ("湖北", "420600")


def test_a_county_renamed_a_district_is_known_by_its_old_name():
    # a county made a district after jionlp's change list ends (郧县 → 郧阳区): the name as written, and
    # not a place the page merely mentions (an earthquake's county)
    text = "郧县政协机关干部为四川汶川县地震灾区捐款5000余元。郧县政协委员捐赠衣物200余件。"
    assert orgs(text) == ["郧县政协", "郧县政协"]
    org = next(o for o in extract(text).organizations if o.org_name == "郧县政协")
    assert org.division_code == "420304"
    # 达县 (→ 达川区) is left out: 传达县委, 到达县政协 would spell it on any county's page
    assert orgs("市政协召开会议,传达县委全会精神,开展视察3次。") == [""]
    assert orgs("市政协调研组到达县政协机关,召开座谈会3次。") == [""]


def test_the_gazetteer_covers_every_level():
    gazetteer = load_vocabulary().gazetteer
    levels = {}
    for division in gazetteer.by_code.values():
        levels[division.level] = levels.get(division.level, 0) + 1
    assert levels["province"] == 34 and levels["city"] > 330 and levels["county"] > 2800
    assert {d.prefecture for d in gazetteer.named("普兰店区")} == {"大连市"}
    assert len(gazetteer.named("普陀区")) == 2


@pytest.mark.skipif(importlib.util.find_spec("jionlp") is None, reason="jionlp not installed")
def test_the_seed_gazetteer_is_what_the_script_generates_from_jionlp():
    script = runpy.run_path(str(ROOT / "scripts" / "build_admin_divisions.py"))
    rows = script["build"]()
    committed = (ROOT / "seeds" / "reference" / "admin_divisions.csv").read_text(encoding="utf-8")
    assert script["render"](rows) == committed, "run scripts/build_admin_divisions.py"
    townships = script["render"](script["townships_holding_short_names"](rows), script["TOWNSHIP_HEADER"])
    assert townships == (ROOT / "seeds" / "reference" / "township_names.csv").read_text(encoding="utf-8")


def test_a_member_s_title_starts_no_stretch_of_another_body():
    text = ("宜昌市政协召开常委会议\n市政协全年开展专题协商8次。\n"
            "全国政协委员、市政协副主席王某表示,全年提出提案12件。")
    assert orgs(text) == ["宜昌市政协", "宜昌市政协"]


def test_a_short_name_with_another_level_word_is_that_place_renamed_but_not_a_province():
    assert orgs("奉化市政协全年开展协商12次。") == ["奉化区政协"]  # 奉化市 became 奉化区
    assert extract("柳城自治区政协委员列席会议3次。").document.org_name != "柳城县政协"


def test_a_government_s_own_totals_beside_congress_and_body_figures_are_the_government_s():
    text = ("湖州市政府召开建议提案交办会\n"
            "据了解,去年市政府办理市人大代表建议152件,市政协提案131件,办结率均达100%。\n"
            "市政协全年开展调研8次。")
    assert orgs(text) == ["湖州市人大", "湖州市政协", "湖州市政府", "湖州市政协"]
    full = {o.org_name: o.full_name for o in extract(text).organizations}
    assert full["湖州市政府"] == "浙江省湖州市人民政府"


def test_a_body_that_opens_a_sentence_owns_its_figures_and_the_next_sentences():
    text = ("江西日报讯 (记者 王某)\n赣州市政协今年共收到提案520件。章贡区政协今年收到提案160件。"
            "其中立案150件。\n市政协全年开展协商活动12次。")
    assert orgs(text) == ["赣州市政协", "章贡区政协", "章贡区政协", "赣州市政协"]


def test_a_body_named_as_the_object_of_a_verb_takes_no_figure():
    text = "仁寿县政协召开常委会\n今年,县政协向市政协报送社情民意信息45条,被市政协采用12条。"
    assert set(orgs(text)) == {"仁寿县政协"}


def test_a_person_s_post_starts_no_stretch_and_makes_no_page_s_body():
    text = ("全国政协副主席张某到我市调研\n本报讯 近日,全国政协副主席张某来温州调研。\n"
            "市政协主席李某陪同。市政协今年共收到提案410件。")
    result = extract(text)
    assert result.document.org_name == "温州市政协"
    assert orgs(text) == ["温州市政协"]


def test_a_clause_naming_another_body_mid_paragraph_takes_its_figures():
    text = "仁寿县政协召开常委会\n市政协主席李某出席会议并讲话。县政协今年共收到提案150件,立案140件。"
    assert orgs(text) == ["仁寿县政协", "仁寿县政协"]
    text = "南宁市政协\n市政协今年收到提案500件,青秀区政协收到提案120件。"
    assert orgs(text) == ["南宁市政协", "青秀区政协"]


@pytest.mark.parametrize("text, org", [
    ("海南州政协召开常委会\n州政协今年共收到提案110件。", "海南州政协"),  # 海南 alone is the province
    ("东乡县政协召开常委会\n县政协今年共收到提案90件。", "东乡县政协"),
    ("莫旗政协召开常委会\n旗政协今年共收到提案80件。", "莫旗政协"),
])
def test_an_autonomous_unit_whose_short_name_has_its_level_word_is_not_doubled(text, org):
    assert extract(text).document.org_name == org
    assert set(orgs(text)) == {org}


def test_a_body_that_takes_up_what_it_is_sent_opens_no_clause():
    text = ("忠县政协召开常委会\n全年编报社情民意信息60篇,市政协采用20篇,7篇被全国政协采用。"
            "市政协领导批示3次。")
    assert set(orgs(text)) == {"忠县政协"}


@pytest.mark.parametrize("text, org", [
    ("省政协在绍兴考察调研提案工作\n本报讯 昨天,省政协副主席王某率调研组来绍兴调研。\n"
     "据介绍,绍兴市政协今年共收到提案460件,立案430件。", "绍兴市政协"),
    ("市政协调研组来我县调研乡村振兴\n本报讯 开化县政协今年组织专题调研6次。", "开化县政协"),
])
def test_a_body_visiting_a_place_whose_own_body_the_page_names_is_not_the_page_s_body(text, org):
    assert extract(text).document.org_name == org
    assert set(orgs(text)) == {org}


def test_a_body_visiting_a_place_whose_body_the_page_never_names_stays_the_page_s_body():
    text = "绍兴市政协到新昌县视察\n市政协组织委员视察3次,提出建议12条。"
    assert extract(text).document.org_name == "绍兴市政协"
    assert set(orgs(text)) == {"绍兴市政协"}


def test_a_district_body_in_an_autonomous_region_naming_no_district_is_the_region_s():
    assert orgs("西藏日报讯 (记者 王某)\n区政协今年共收到提案520件,立案480件。") == ["西藏自治区政协"] * 2
    assert orgs("柳州日报讯\n柳南区政协召开常委会。区政协今年共收到提案120件。") == ["柳南区政协"]


def test_a_body_by_level_takes_the_former_name_the_text_writes():
    assert orgs("襄樊市政协召开常委会\n市政协今年共收到提案220件。") == ["襄樊市政协"]


@pytest.mark.parametrize("opening", ["向市政协报送社情民意信息45条,被采用12条。", "积极配合市政协开展调研3次。",
                                     "在市政协的指导下,组织视察12次。", "市政协采用我县信息18篇。"])
def test_a_paragraph_opening_with_a_body_as_object_starts_no_stretch_of_it(opening):
    text = f"仁寿县政协召开常委会\n县政协今年收到提案150件。\n{opening}\n全年开展协商8次。"
    assert set(orgs(text)) == {"仁寿县政协"}


def test_a_headline_naming_a_body_as_object_does_not_make_the_page_s_body():
    text = "我县3件提案被省政协采纳\n本报讯 今年,仁寿县政协共收到提案150件。"
    assert extract(text).document.org_name == "仁寿县政协"


def test_places_a_body_travels_to_do_not_make_its_level_only_name():
    text = "汉中日报\n市政协组织委员赴上海、杭州、苏州等地考察学习。市政协今年共收到提案380件。"
    assert orgs(text) == ["汉中市政协"]
    text = "绍兴日报讯\n市政协组织委员到新昌县视察3次。"  # the only place named still says which city
    assert orgs(text) == ["绍兴市政协"]


def test_a_byline_s_names_are_people_not_places():
    text = "(记者 江山 通讯员 王某)\n本报讯 市政协今年共收到提案350件。\n来源:衢州日报"
    assert orgs(text) == ["衢州市政协"]
    # 文 inside a word (人文松江) is no byline
    text = "区政协五届三次会议收到提案220件\n有关人文松江建设的提案24件。"
    assert set(orgs(text)) == {"松江区政协"}


def test_a_township_s_unit_works_for_its_county_s_body():
    text = "柳城县政协召开常委会\n市政协领导来我县调研。东泉镇政协委员联络站今年反映社情民意39件,撰写提案41件。"
    assert orgs(text) == ["柳城县政协"] * 2
    assert set(orgs("仁寿县政协\n全县各乡镇政协联络组今年反映社情民意39件。")) == {"仁寿县政协"}


def test_a_post_after_a_list_of_bodies_is_a_person_s_for_each():
    text = "泉州市政协常委会工作报告\n五年来,市政协共收到提案2600件。全国政协和省政协领导来泉调研12次。"
    assert orgs(text) == ["泉州市政协"] * 2


def test_a_paragraph_on_a_government_s_mixed_handling_keeps_it_for_its_later_sentences():
    text = ("嘉兴市政协\n今年市政府系统承办市人大代表建议180件、市政协提案150件,均已办结。"
            "代表、委员对办理结果的满意率达98%。市政协今年共收到提案420件。")
    assert orgs(text) == ["嘉兴市人大", "嘉兴市政协", "嘉兴市政府", "嘉兴市政协"]


def test_a_higher_body_s_session_dates_the_page_s_work_without_taking_it():
    text = ("仁寿县政协召开常委会\n县政协今年收到提案150件。\n"
            "全国政协十四届二次会议期间,我县全国政协委员提交提案3件。\n全年开展协商8次。")
    assert orgs(text) == ["仁寿县政协"] * 3
    text = "无锡市政协\n市政协今年收到提案420件。\n梁溪区政协十届二次会议期间,共收到提案230件。"
    assert orgs(text) == ["无锡市政协", "梁溪区政协"]


def test_a_paragraph_on_a_higher_body_s_doings_does_not_take_the_rest_of_a_lower_body_s_page():
    text = ("仁寿县政协召开常委会\n县政协今年收到提案150件。\n市政协在我县召开现场推进会,参会人员120人。\n"
            "全年开展协商8次。")
    assert orgs(text) == ["仁寿县政协", "眉山市政协", "仁寿县政协"]


def test_an_article_s_news_opening_does_not_hide_the_body_that_opens_it():
    text = ("无锡市政协\n市政协今年收到提案420件。\n"
            "本报讯(记者 王某 通讯员 李某)梁溪区政协全年收到提案230件。\n全年开展视察6次。")
    assert orgs(text) == ["无锡市政协", "梁溪区政协", "梁溪区政协"]


def test_figures_after_a_list_of_bodies_and_fen_bie_are_each_body_s_in_turn():
    text = "黄冈市政协\n麻城市政协、武穴市政协和红安县政协分别开展专题协商4次、3次和5次。"
    assert orgs(text) == ["麻城市政协", "武穴市政协", "红安县政协"]
    text = "泉州市政协工作报告\n省政协召开全省政协提案工作座谈会,我市作交流发言。全年共收到提案420件。"
    assert orgs(text) == ["泉州市政协"]


def test_a_pdf_s_hard_wrapped_lines_are_no_headlines_of_another_body():
    text = ("政协绍兴市委员会常务委员会工作报告\n一、2023年工作回顾\n"
            "一年来,市政协共收到提案420件,立案395件,办复率\n"
            "100%。加强对县级政协工作的指导,支持越城区政协开展\n"
            "“请你来协商”活动,推动上虞区政协建成委员工作站15个\n"
            "。全年组织视察调研32次,形成调研报告18篇,报送社情\n"
            "民意信息260条,被省政协采用31条。坚持团结和民主两大\n"
            "主题,积极发挥专门协商机构作用,召开常委会议5次。\n"
            "二、越城区政协工作\n区政协全年收到提案180件。")
    assert orgs(text) == ["绍兴市政协"] * 9 + ["越城区政协"]


def test_a_given_name_in_a_list_of_officials_is_no_place():
    # 广平 (a county of 邯郸) is 董广平's given name here: the 市 stays unknown
    text = "市政协召开常委会议,副主席杨万新、董广平等出席。\n全年共收到提案260件。"
    assert extract(text).document.org_name == ""
    assert orgs(text) == [""]


@pytest.mark.parametrize("text", [
    # 惠东 (a county of 惠州) closes a leader's name whose family name (楚) the surname list lacks: listed
    # after 县领导 and before a list mark, it is a person's (doc21)
    "县政协召开常委会议,县领导楚惠东、王某某应邀参会。\n会议听取了提案办理情况的通报,全年办理提案96件。",
    # the same after another title (副主席), with the list's 等
    "县政协召开主席会议,副主席楚惠东等出席。\n全年共收到提案88件。",
])
def test_a_leaders_name_with_an_unlisted_family_name_is_no_place(text):
    assert extract(text).document.org_name == ""


@pytest.mark.parametrize("text, place", [
    # a verb or preposition after a title is no unlisted family name: the place after it stays a place
    ("市领导到惠东、博罗调研。", "惠东"),
    ("县政协副主席赴文成、泰顺督导。", "文成"),
    ("县政协委员在文成、各乡镇开展视察。", "文成"),
])
def test_a_place_after_a_title_and_a_verb_is_no_name(text, place):
    from lvzhi.extract import load_vocabulary
    assert not load_vocabulary().gazetteer.in_person_name(text, text.index(place), place)


def test_a_place_after_a_preposition_names_the_body():
    text = "县政协委员在文成、各乡镇开展视察。\n县政协全年共收到提案88件。"
    assert extract(text).document.org_name == "文成县政协"


def test_a_joiner_before_a_level_word_is_no_county():
    # 建议和县政协: 和 joins two phrases; it is not 和县 (a county of 马鞍山)
    text = "县政府承办县人大代表建议和县政协委员提案,其中县政协提案96件。"
    assert "和县" not in extract(text).document.org_name
    assert "和县" not in " ".join(orgs(text))
    text = "安徽和县政协召开全会\n县政协全年收到提案150件。"
    assert orgs(text) == ["和县政协"]


def test_the_site_named_in_the_breadcrumb_is_whose_city_body_the_page_speaks_of():
    # 靖江 is a county-level city under 泰州; the guest's post names 泰州 twice
    text = ("当前位置: 靖江政协 > 工作动态\n市政协召开信息工作会议\n"
            "会上,泰州市政协研究室副主任王明作辅导。去年,市政协报送社情民意信息45篇,被泰州市级以上采用9篇。")
    result = extract(text)
    assert result.document.org_name == "靖江市政协"
    assert set(orgs(text)) == {"靖江市政协"}


def test_a_government_handling_sentence_gives_each_count_to_whose_items_it_counts():
    text = ("新密市政府召开建议提案交办会\n"
            "今年,市政府共承办市人大代表建议80件、市政协委员提案120件,其中重点建议6件、重点提案9件。"
            "建议和提案的办结率均为100%。")
    result = extract(text)
    by_value = {m.value: m.org_name for m in result.metrics}
    assert by_value[80] == "新密市人大" and by_value[6] == "新密市人大"
    assert by_value[120] == "新密市政协" and by_value[9] == "新密市政协"
    assert by_value[100] == "新密市政府"  # a rate of both kinds together


def test_a_county_named_only_in_the_title_owns_its_bodies_handling():
    text = ("南县召开县政府系统建议提案办理工作会议\n"
            "去年,县政府系统共承办人大代表建议45件、政协委员提案70件。其中,已解决的81件。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert (by_value[45], by_value[70], by_value[81]) == ("南县人大", "南县政协", "南县政府")


def test_a_government_handles_items_wherever_its_name_stands_in_the_sentence():
    # the 政府 comes late in the sentence, after the sessions that sent the items
    text = ("桐柏县政府办公室关于做好建议提案办理工作的通知\n"
            "县十五届人大三次会议和县政协十届三次会议期间交由县政府系统办理的代表建议和政协提案共156件,"
            "其中建议61件、提案95件。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[156] == "桐柏县政府"  # both kinds together: the handler's total
    assert by_value[61] == "桐柏县人大" and by_value[95] == "桐柏县政协"


def test_a_government_named_for_another_reason_handles_nothing():
    # 围绕县委县政府中心工作 says what the work is about; the 政府 handles no item here
    text = ("九三学社通许县支社召开年度总结会\n"
            "一年来,围绕县委县政府中心工作,社员共形成政协提案和人大建议案16份、反映社情民意9条。")
    assert "通许县政府" not in orgs(text)


def test_the_parts_a_congress_clause_opens_with_its_zhongs_are_the_congress_s():
    # 其中 after a clause on a 人大's items: its parts are that 人大's, up to the 政协's clause
    text = ("大悟县住建局2022年建议提案办理情况\n"
            "今年,我局承办县十九届人大二次会议议案建议共14件,其中:主办建议9件,协办建议5件;"
            "县政协十届二次会议提案共计11件,其中:主办提案8件,协办提案3件。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert (by_value[14], by_value[9], by_value[5]) == ("大悟县人大",) * 3
    assert (by_value[11], by_value[8], by_value[3]) == ("大悟县政协",) * 3


def test_a_count_of_a_congress_s_deputies_is_that_congress_s():
    # a party's members seated in both bodies: the deputies are counted by the 人大, the members by the 政协
    text = ("九三学社铜陵市委会成员参加市两会\n"
            "铜陵市人大十届三次会议和市政协十届三次会议期间,社内的3名市人大代表和12名市政协委员积极建言。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[3] == "铜陵市人大" and by_value[12] == "铜陵市政协"


def test_a_congress_named_in_full_owns_the_share_of_its_deputies():
    text = ("全国政协十四届二次会议开幕\n"
            "十四届全国人民代表大会第二次会议少数民族代表比例为14.8%,全国政协委员中少数民族委员占比为11.7%。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[14.8] == "全国人大" and by_value[11.7] == "全国政协"


def test_a_head_that_lists_deputies_and_members_together_is_no_congress_s():
    text = ("民盟黄山市委会盟员参加两会\n"
            "黄山市政协八届二次会议召开,出席会议的9位盟内人大代表、政协委员认真履职。")
    assert "黄山市人大" not in orgs(text)


def test_deputies_items_that_do_not_write_their_congress_are_the_page_s_place_s_congress_s():
    # a party branch's members at both sessions: the 代表议案 and 建议 are the 人大's, the 提案 the 政协's
    text = ("民盟宜都市支部会员参加市两会\n"
            "宜都市政协九届三次会议期间,支部的代表和委员共提交代表议案3件、建议8件,委员提案11件。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert (by_value[3], by_value[8]) == ("宜都市人大", "宜都市人大") and by_value[11] == "宜都市政协"
    text = ("宜都市政协九届三次会议召开\n"
            "会上,民盟宜都市支部提交了4件集体提案、2件代表建议。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[2] == "宜都市人大" and by_value[4] == "宜都市政协"


def test_a_delegation_led_by_a_members_post_is_that_bodys():
    text = "5月9日,四川省政协副主席李某一行9人来我市考察委员工作室建设。省政协办公厅巡视员张某陪同。"
    assert orgs(text) == ["四川省政协"]


def test_a_level_word_takes_a_place_written_with_a_level_it_no_longer_has():
    # 兖州 is a district now; an entry from the 1980s writes it as a county: its 县政协 is that
    # place's, named as today like any renamed place (奉化市政协 → 奉化区政协)
    text = "第二节 主要活动\n1985年,县政协组织委员40余人视察兖州县乡镇企业,提出建议7条。"
    assert set(orgs(text)) == {"兖州区政协"}


@pytest.mark.parametrize("county, prefecture", [("九江县", "九江市"), ("六安县", "六安市"), ("安顺县", "安顺市")])
def test_a_prefectures_name_with_county_is_the_old_county_not_the_prefecture(county, prefecture):
    # 九江县 (today a district of 九江市) is a county's body, never the prefecture's 市政协
    text = f"1984年,{county}政协召开第二届委员会第一次会议,出席委员86人,收到提案52件。"
    result = extract(text)
    assert result.document.org_name == f"{county}政协"
    assert set(orgs(text)) == {f"{county}政协"}
    assert result.document.org_level == "county" and result.document.city == prefecture


def test_a_county_body_named_by_level_on_an_old_countys_page_is_that_county():
    text = "第三节 主要活动\n1983年,县政协组织委员30余人视察六安县城关镇,提出建议6条。"
    assert set(orgs(text)) == {"六安县政协"}


@pytest.mark.parametrize("written, body", [("遵义县", "遵义县政协"), ("武威县", "武威县政协"), ("海宁县", "海宁市政协")])
def test_a_place_renamed_is_not_read_over_the_county_its_last_character_names(written, body):
    # 遵义县 holds 义县 (辽宁) and 武威县 holds 威县 (河北): the place written is 遵义's, 武威's
    assert orgs(f"1986年,{written}政协全年共收到提案64件。") == [body]


@pytest.mark.parametrize("text, body", [("锦州义县政协全年共收到提案64件。", "义县政协"),
                                        ("庆阳宁县政协全年共收到提案64件。", "宁县政协")])
def test_a_county_named_after_its_prefecture_keeps_its_own_name(text, body):
    assert orgs(text) == [body]


# a yearbook's column wrapped at about 20 characters; three lengths are as common (19, 21, 45)
_COLUMN = ("中国人民政治协商会议泰州市委员会\n"
           "全年共收到提案412件,其中党派集体提案\n"
           "80件,委员个人提案332件,立案提案395\n"
           "件。其中经济方面96件,占24.3%;城建\n"
           "方面83件,占21%;文教卫体方面90件,\n"
           "占22.8%;其他方面126件。增补常\n"
           "务委员5人,通过决议2项,补选副主席1\n"
           "人。\n"
           "【常委会会议】全年召开常委会会议6次,围绕高质量发展、乡村振兴、营商环境等议题开展专题协商\n"
           "【主席会议】全年召开主席会议12次,听取各专门委员会和各界别小组工作情况汇报,研究重大事项\n")


def test_a_texts_wrap_width_is_the_same_in_every_run():
    # the commonest line lengths tie (19, 21 and 45): which one wins may not follow the hash seed
    script = ("import sys; from lvzhi.extract import extract; from lvzhi.extract.bodies import wrap_width\n"
              "text = sys.stdin.read(); lines, at = [], 0\n"
              "for line in text.split('\\n'):\n"
              "    lines.append((at, line)); at += len(line) + 1\n"
              "print(wrap_width([(o, l) for o, l in lines if l.strip()]))\n"
              "print([(m.org_name, m.org_source) for m in extract(text).metrics])\n")
    runs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], input=_COLUMN, capture_output=True,
                              text=True, env=env, check=True)
        runs.add(done.stdout)
    assert len(runs) == 1
    assert next(iter(runs)).splitlines()[0] == "19"


def test_all_of_a_prefecture_is_no_county_of_that_short_name():
    # 全州 is a county of 桂林, but 全州政协系统 is the whole prefecture's: the page's 州政协 here
    text = ("《凉山日报》 2020年3月2日\n本报讯(州政协办公室) 在“扶贫日”期间,全州政协系统干部职工踊跃捐款。"
            "此次活动中,全州政协系统干部职工捐款32.5万元,州政协机关干部捐款6万元。")
    result = extract(text)
    assert result.document.org_name == "凉山州政协"
    assert set(orgs(text)) == {"凉山州政协"}
    assert "全州县政协" not in result.document.bodies


def test_a_variant_the_converter_leaves_names_its_place():
    # 陜 (a variant of 陝) is left as is by the traditional-to-simplified table: 陜西 is still 陕西
    text = "省政協十三屆三次會議期間,陜西省各界愛心協會收到委員捐款,近30名委員捐款12萬元。"
    assert extract(text).document.org_name == "陕西省政协"
    assert set(orgs(text)) == {"陕西省政协"}


def test_a_body_named_once_in_full_does_not_outweigh_the_page_s_body_named_by_level():
    # the prefecture is written once (in the paper's name); 新余市 once, inside its body's own name
    text = ("《甘孜日报》 2020年5月6日\n本报讯 州政协组织委员开展助学活动,州政协机关捐款3万元,"
            "江西省新余市政协捐款2万元,州政协各专门委员会联系委员捐款5万元。")
    assert extract(text).document.org_name == "甘孜州政协"


def test_a_delegation_right_after_a_body_is_that_body_s():
    text = ("黔江区政协赴酉阳县考察\n6月3日,黔江区政协考察组一行8人来酉阳县考察。酉阳县政协全年建成委员工作室21个。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[8] == "黔江区政协" and by_value[21] == "酉阳县政协"


def test_bodies_whose_officers_attend_take_no_later_sentence():
    # 库尔勒市政协、和静县政协负责人: people attending; the page's 巴州 is 巴音郭楞's (its counties say so)
    text = "巴州政协召开十四届三次会议\n库尔勒市政协、和静县政协负责人列席会议。会议期间共收到提案156件。"
    result = extract(text)
    assert result.document.org_name == "巴州政协"
    assert result.document.bodies["巴州政协"].province == "新疆"
    assert orgs(text) == ["巴州政协"]


def test_a_new_area_is_no_county_whose_name_it_ends_with():
    text = "雄安新区政协工作委员会召开会议\n今年以来共收到委员意见建议45条。"
    assert "安新县政协" not in orgs(text)


def test_a_district_named_like_a_zone_takes_its_city_s_name():
    text = "铜陵市郊区政协召开常委会议\n区政协全年共收到提案76件,开展视察4次。"
    assert extract(text).document.org_name == "铜陵市郊区政协"
    assert set(orgs(text)) == {"铜陵市郊区政协"}
    # 城区 alone is any city's: no body
    assert extract("城区政协开展视察3次。").document.org_name == ""


def test_a_level_only_body_in_a_digest_item_is_that_item_s_body():
    text = ("政协要闻\n自贡市政协召开常委会议\n3月2日,市政协审议通过重点提案10件。\n"
            "大安区政协开展视察\n3月3日,区政协组织委员视察项目5个。\n"
            "沿滩区政协召开座谈会\n区政协收集意见建议18条。")
    assert orgs(text) == ["自贡市政协", "大安区政协", "沿滩区政协"]


def test_deputies_suggestions_however_worded_are_the_congress_s():
    text = "华容县召开建议提案交办会\n今年县人大代表共提出建议121件,县政协委员提出提案143件。"
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[121] == "华容县人大" and by_value[143] == "华容县政协"


@pytest.mark.parametrize("text, org", [
    # a higher body's session whose 精神 the page's body studies
    ("传达学习全国政协十四届二次会议精神\n3月12日,县政协召开党组会议,传达学习全国政协十四届二次会议精神。"
     "今年以来,县政协共开展专题协商4次。\n来源:枣强县政协", "枣强县政协"),
    ("全国政协十四届二次会议精神在我县政协委员中引起热烈反响\n近日,县政协组织委员集中学习10场次。"
     "\n来源:霍邱县政协", "霍邱县政协"),
    # a higher body's meeting the page's member attends
    ("县政协主席出席省政协十二届三次会议\n1月18日,县政协主席作为省政协委员出席省政协十二届三次会议。"
     "2022年,县政协共收到提案97件。\n来源:谷城县政协", "谷城县政协"),
    # an award a higher body gives, and the county named only in the source line
    ("县政协被市政协评为2023年度提案工作先进单位\n近日,县政协被市政协评为提案工作先进单位。"
     "2023年,县政协共收到提案142件。\n来源:郯城县政协", "郯城县政协"),
])
def test_a_higher_body_named_in_passing_does_not_take_a_local_page(text, org):
    assert extract(text).document.org_name == org


def test_a_source_line_at_the_end_names_the_page_s_body():
    text = "县政协召开常委会议\n4月2日,县政协召开十届十二次常委会议,学习省政协有关文件。会议审议通过3项议程。\n来源:泗县政协"
    assert extract(text).document.org_name == "泗县政协"


def test_a_page_on_a_higher_body_s_visit_stays_that_body_s():
    # the visit is the city body's work: a county site's copy does not make it the county's
    text = "当前位置:新干县政协\n\n市政协领导到我县开展调研\n\n吉安政协_新干县政协信息员\n\n" \
           "6月2日,市政协副主席一行12人到我县调研。新干县政协主席陪同调研。"
    assert extract(text).document.org_name == "吉安市政协"


def test_a_heading_naming_a_higher_body_past_its_opening_keeps_the_report_s_body():
    text = ("政协通江县第十届委员会常务委员会工作报告\n"
            "一、聚焦中心大局\n县政协开展专题协商4次。\n"
            "二、紧扣省政协“四个一”要求,民主监督有新突破\n全年开展民主监督活动6次,提出意见建议86条。\n"
            "三、积极承办市政协联动协商\n承办联动协商活动2次。\n")
    assert set(orgs(text)) == {"通江县政协"}


def test_a_heading_naming_the_page_s_body_beside_a_higher_one_keeps_the_page_s_body():
    text = ("中国人民政治协商会议通江县委员会\n首页 > 政协要闻\n市政协召开主席会议 我县政协作交流发言\n"
            "县政协主席王某介绍了县政协今年开展协商活动12次的情况。\n")
    assert orgs(text) == ["通江县政协"]


def test_a_page_whose_officers_study_a_higher_body_s_session_is_their_body_s():
    text = ("3月14日,县政协党组书记、主席王某主持会议专题学习全国两会精神。县政协副主席李某出席会议。\n"
            "会上集中学习了全国政协十四届二次会议闭幕会上的讲话。\n"
            "会议强调,要为建设现代化新通江贡献政协智慧和力量。\n")
    assert extract(text).document.org_name == "通江县政协"


def test_a_bare_city_body_is_the_source_line_s_city_not_the_prefecture_named_in_full():
    text = ("市政协召开十届五次常委会议\n3月2日,市政协召开十届五次常委会议。襄阳市政协副主席李某到会指导。"
            "会议通报,全年共收到提案168件。\n来源:宜城市融媒体中心\n")
    assert extract(text).document.org_name == "宜城市政协"
    assert orgs(text) == ["宜城市政协"]
    assert [o.org_name for o in extract(text).organizations] == ["宜城市政协"]


def test_a_name_after_a_title_is_a_person_wherever_the_page_repeats_it():
    text = ("市政协副主席郑文成讲话\n今日房县网讯 15日,市政协副主席郑文成一行来我县调研,听取县政协工作汇报。\n"
            "座谈会上,郑文成一行听取了意见建议。郑文成对县政协工作表示肯定。\n")
    assert "文成县政协" not in {o.org_name for o in extract(text).organizations}


def test_body_cues_are_data():
    cues = load_vocabulary().body_cues
    assert {"person_post", "object_verb", "spirit_word", "first_person", "host_verb", "delegation_word",
            "delegation_group", "name_title"} <= set(cues)


def test_a_bare_city_body_beside_a_county_level_city_named_in_full_is_the_page_s_city():
    text = ("昨天下午,市政协十五届三次会议举行全体会议。中共苏州市委书记到会讲话。市政协主席主持会议。"
            "本次会议共收到大会发言材料43篇。民革苏州市委、民盟苏州市委和张家港市政协的委员代表作口头发言。\n")
    assert extract(text).document.org_name == "苏州市政协"
    assert orgs(text) == ["苏州市政协"]


def test_a_higher_body_s_session_that_dates_the_page_does_not_make_it_that_body_s_page():
    text = "省政协十三届二次会议召开期间,通江县政协委员积极参会。县政协今年共收到提案210件。\n"
    assert extract(text).document.org_name == "通江县政协"
    assert orgs(text) == ["通江县政协"]


def test_a_numbered_section_opened_by_a_higher_body_stays_with_the_report_s_body():
    text = ("通江县政协2023年工作总结\n2023年,县政协认真履职。\n"
            "(一)市政协联动协商在我县召开\n全年承办联动协商活动3次,组织委员参加150人次。\n"
            "(二)全国政协委员履职服务\n服务在通全国政协委员开展调研6次。\n")
    assert set(orgs(text)) == {"通江县政协"}


def test_a_digest_headline_opened_by_a_higher_body_still_starts_its_item():
    text = ("通江县政协\n首页 > 政协动态\n县政协召开主席会议\n县政协今年开展视察9次。\n"
            "巴中市政协召开常委会议\n市政协全年开展协商活动15次。\n")
    assert orgs(text) == ["通江县政协", "巴中市政协"]


def test_what_a_higher_body_selects_is_counted_by_that_body():
    text = ("大足区政协2人获表彰\n近日,大足区政协委员在市政协评出的30名社情民意先进个人中榜上有名。"
            "大足区政协今年报送社情民意信息45篇。\n")
    assert orgs(text)[1:] == ["重庆市政协", "大足区政协"]


def test_national_members_living_in_a_province_work_for_the_national_body():
    # 住川全国政协委员 as a group at the national session: its proposals are 全国政协's, on a province's site
    text = ("首页 > 政协要闻\n住川全国政协委员圆满完成大会各项议程\n"
            "会议期间,住川全国政协委员共提交提案95件,大会发言6篇。四川省政协办公厅做好服务保障。")
    result = extract(text)
    assert result.document.org_name == "全国政协"
    assert set(orgs(text)) == {"全国政协"}


def test_a_count_of_national_members_is_the_national_body_s_on_a_province_s_page():
    # the count opens its clause (a place and 共有 before it): the national body's members, and the counts
    # the rest of its sentence gives of them; the province's own work stays the province's
    text = ("甘肃省政协召开座谈会\n甘肃省政协今年开展视察12次。"
            "据介绍,全省共有28人担任新一届全国政协委员,其中连任委员10名,新任委员18名。")
    assert orgs(text) == ["甘肃省政协", "全国政协", "全国政协", "全国政协"]


def test_a_count_of_national_members_listed_by_residence_is_the_national_body_s():
    text = ("湖北省政协召开会议\n湖北省政协全年收到提案650件。"
            "会前,8位住鄂、住湘全国政协委员联名提交提案2件。")
    assert orgs(text) == ["湖北省政协", "全国政协", "全国政协"]


def test_a_count_of_another_body_s_members_after_national_members_is_not_the_national_body_s():
    text = ("贵州省政协召开座谈会\n贵州省政协全年开展调研15次。"
            "目前,全省共有30名全国政协委员、600名省政协委员。")
    assert orgs(text) == ["贵州省政协", "全国政协", "贵州省政协"]


def test_national_members_a_lower_body_gathers_stay_with_that_body():
    # the count is the object of the body's act (组织): the body's activity, not a count of the national body
    text = "温州市政协召开座谈会\n温州市政协组织12名住温全国政协委员开展视察。"
    assert orgs(text) == ["温州市政协"]


def test_a_list_of_residences_opens_the_national_group_s_clause():
    text = ("山东省政协召开会议\n山东省政协全年开展协商9次。\n"
            "3月,住鲁、住苏全国政协委员向全国政协十四届二次会议提交提案5件。")
    assert orgs(text) == ["山东省政协", "全国政协"]


def test_a_member_named_alone_stays_a_person():
    # 省政协委员 and 全国政协委员 are still persons' titles; only a place's letter after 住, 驻 or 在 makes
    # the group at work
    text = "绵阳市政协召开常委会议,省政协委员张某、全国政协委员李某列席。全年共收到提案210件。"
    result = extract(text)
    assert result.document.org_name == "绵阳市政协"
    assert orgs(text) == ["绵阳市政协"]


def test_a_congress_session_s_suggestions_are_the_congress_s_however_worded():
    text = ("青羊区两会期间,区十七届人大二次会议共收到代表提出的建议、批评和意见95件。"
            "青羊区政协五届二次会议共收到提案130件。")
    assert orgs(text) == ["青羊区人大", "青羊区政协"]


@pytest.mark.parametrize("text", [
    "青羊区政协组织委员列席区人大常委会会议5次。",  # no deputies' items: the 政协's own work
    "青羊区政协与区人大联合视察3次,提出意见建议12条。",  # a 政协's word in the clause
])
def test_a_clause_naming_a_congress_without_its_deputies_items_stays_with_the_body(text):
    assert set(orgs(text)) == {"青羊区政协"}


def test_a_party_s_submissions_to_a_session_are_the_session_s_body_s():
    # as the dev gold reads them: a party's proposals and speeches to a 政协's session count for that 政协
    text = ("绵阳市政协八届三次会议开幕\n会议期间,民盟绵阳市委向大会提交集体提案6件、大会发言2篇,"
            "盟员中的市政协委员提交个人提案40件。")
    assert set(orgs(text)) == {"绵阳市政协"}


@pytest.mark.parametrize("text", [
    # a party organ's own page on a session: its speeches, collective and members' proposals
    "政协南阳市第八届委员会第三次会议召开\n会议期间,农工党南阳市委会向大会提交大会发言材料3篇。"
    "提交集体提案7件,党员个人提案21件。",
    # the party's first person and its organ word alone
    "民进宜宾市委会参加市两会综述\n政协宜宾市第五届委员会第二次会议召开。我会以市委会名义提交提案5件,"
    "会员中的市政协委员提交个人提案18件。",
    # the party's members at the session, counted
    "九三学社德阳市委会参加市政协会议\n德阳市政协八届四次会议召开,九三学社6名市政协委员参加会议,"
    "社市委提交集体提案4件。",
])
def test_a_party_s_own_page_on_a_session_counts_its_work_there_for_the_session_s_body(text):
    # the dev gold reads a party's page the same way (a 九三学社 provincial committee's proposals, speeches
    # and its members' proposals at the provincial session are that 政协's): a party organ named as the
    # one that submits does not take the figures; the page's body stays the session's 政协
    result = extract(text)
    place = result.document.org_name
    assert place.endswith("市政协")
    assert set(orgs(text)) == {place}


def test_a_slogan_s_new_before_a_place_does_not_make_another_place():
    # 新宁波: the slogan's 新 and 宁 spell 新宁县 (Hunan); the page is 宁波's
    text = "市政协今年共收到提案500件,为建设现代化新宁波贡献政协力量。"
    assert orgs(text) == ["宁波市政协"]


def test_a_place_whose_name_starts_with_new_keeps_its_name():
    assert orgs("新安县政协今年共收到提案120件。") == ["新安县政协"]


def test_a_province_s_members_living_in_a_city_work_for_the_province_s_body():
    text = ("宁波日报讯 省政协十三届三次会议闭幕,出席会议的在甬省政协委员返回宁波。"
            "会议期间,在甬省政协委员共向大会提交提案52件。市政协副主席到车站迎接。")
    result = extract(text)
    assert result.document.org_name == "浙江省政协"
    assert orgs(text) == ["浙江省政协"]


def test_a_delegation_counted_after_等_is_its_leaders_body_s():
    # the officer list names the visitor in full once, then by level: the visitor's delegation either way
    text = ("11月5日,洛川县政协主席张某,县政协副主席李某等12人来宜川考察委员工作室建设。"
            "宜川县政协主席王某陪同考察。宜川县政协今年建成委员工作室9个。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[12] == "洛川县政协" and by_value[9] == "宜川县政协"


def test_a_place_as_a_clause_s_subject_owns_the_政协_work_after_it():
    # a county named as the subject of its own 政协 work, on a visiting body's page
    text = ("当前位置:政协工作\n5月8日,隆林县政协考察组一行6人到我县考察。"
            "考察组对我县政协工作表示肯定。凌云县先后建成政协委员联络站12个,覆盖全部乡镇。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[6] == "隆林县政协" and by_value[12] == "凌云县政协"


@pytest.mark.parametrize("text", [
    "省政协今年共收到提案600件。洛阳市委书记会见政协委员30名。",  # 洛阳市委: the party's, no clause subject
    "省政协今年共收到提案600件。洛阳市、开封市政协委员参加视察30人次。",  # a list of places
    "省政协今年共收到提案600件。洛阳市王某委员工作室接待群众30人次。",  # where a named studio stands
])
def test_a_place_before_another_body_or_in_a_list_is_no_subject(text):
    assert "洛阳市政协" not in orgs(text)


def test_an_everyday_phrase_spells_no_place():
    # 弘扬中华 holds 扬中, 全市中心 holds 市中, 资政和 holds 政和, 新建立 holds 新建: no place in them
    text = ("陇南日报讯 市政协大力弘扬中华优秀传统文化,围绕全市中心工作建言资政和凝聚共识,"
            "新建立委员工作室15个,助力惠民生、暖民心。")
    assert extract(text).document.org_name == "陇南市政协"
    assert orgs(text) == ["陇南市政协"]


@pytest.mark.parametrize("text", [
    "市政协组织委员视察了永丰镇生态农业园和金集镇污水处理厂,提出建议8条。",  # 永丰镇 holds 丰镇 (丰镇市)
    "市政协委员深入南新乡开展调研,走访农户40户。",  # 南新乡 holds 新乡 (新乡市)
])
def test_a_county_s_short_name_inside_a_township_s_name_is_no_place(text):
    assert {"丰镇市政协", "新乡市政协"}.isdisjoint(orgs(text))
    assert extract(text).document.org_name not in ("丰镇市政协", "新乡市政协")


@pytest.mark.parametrize("text", [
    "市政协委员们来到龙岗社区,走访居民25户。",  # 龙岗社区, a community (龙岗区, 深圳)
    "市政协调研组察看了古城村文化广场,收集意见12条。",  # 古城村, a village (古城区, 丽江)
])
def test_a_short_name_before_a_community_or_a_village_is_that_place_not_the_county(text):
    assert extract(text).document.org_name not in ("深圳市政协", "丽江市政协")
    assert {"深圳市政协", "丽江市政协"}.isdisjoint(orgs(text))


def test_a_city_s_short_name_before_its_communities_is_still_the_city():
    # 成都社区: the city's communities; only a county's short name names a community (龙岗社区)
    assert extract("成都社区发展治理协商会召开,市政协委员提出建议9条。").document.org_name == "成都市政协"


def test_a_city_s_villages_are_still_the_city():
    # 萍乡村级组织: 萍乡's village-level bodies (乡村, not a village named 萍乡村)
    assert extract("萍乡市政协委员走访萍乡村级组织,提出建议11条。").document.org_name == "萍乡市政协"


def test_a_short_name_after_a_place_that_ends_there_is_still_a_place():
    # 河南 ends right before 新乡: the province, then the city (南新乡 is a township elsewhere)
    assert extract("河南新乡政协今年共收到提案210件。").document.org_name == "新乡市政协"


def test_a_seaport_is_no_district_of_that_name():
    # 海港 (a seaport) is an everyday word, not 海港区 of 秦皇岛
    text = "市政协主席会议提出,要为打造区域性海港中心城市献计出力,全年组织委员视察9次。"
    assert "海港区政协" not in orgs(text) and "秦皇岛市政协" not in orgs(text)
    assert extract(text).document.org_name not in ("海港区政协", "秦皇岛市政协")


def test_a_hot_spring_is_no_county_of_that_name():
    # 温泉 (a hot spring) is an everyday word, not 温泉县 of 博尔塔拉: the level-named body stays unplaced
    text = "县政协主席某某带领委员深入某某镇调研温泉康养产业,听取了温泉小镇建设情况汇报,提出建议6条。"
    assert "温泉县政协" not in orgs(text)
    assert extract(text).document.org_name == ""


def test_a_party_group_deputy_secretary_is_a_person_not_the_body_at_work():
    # 市政协党组副书记 is a post like 党组书记: the level-named body in it is the officer's, so it does not
    # take the place the page writes most (北京) from the visiting 区政协's name
    text = ("北京市大兴区政协主席某某一行赴我旗考察\n8月29日,北京市大兴区政协主席某某率考察团参观委员之家。"
            "乌兰察布市政协主席某某,市政协党组副书记、副主席某某,察右后旗政协副主席某某陪同。"
            "察右后旗政协今年建成委员之家12个。")
    assert extract(text).document.org_name != "北京市政协"


def test_a_page_naming_only_a_place_at_政协_work_is_that_place_s():
    # no body named at all: the place that does the 政协 work makes the page's body
    text = ("沂源传媒网讯 为延伸政协工作触角,沂源县聘任了56名镇街政协联络员。"
            "各联络室全年开展视察调研30多次。")
    result = extract(text)
    assert result.document.org_name == "沂源县政协"
    assert set(orgs(text)) == {"沂源县政协"}


def test_a_place_beside_a_congress_s_items_makes_no_page_body():
    # 人大代表建议 beside 政协委员提案: a government's handling meeting, not the place's 政协 at work
    text = "平江县召开人大代表建议和政协委员提案交办会,交办建议和提案共156件。"
    assert extract(text).document.org_name == ""


def test_a_count_of_those_another_body_honours_is_no_delegation():
    text = "会议对优秀委员予以表彰,市政协委员、永川区政协主席赵某等5人获得表彰。"
    assert "永川区政协" not in orgs(text)


def test_a_body_on_tour_is_not_the_body_of_the_places_it_visits():
    # 市政协 of a city the page never names, on a study tour: the visited cities are not its place
    text = ("市政协考察团赴宁夏考察\n9月3日至8日,市政协副主席王某率考察团一行12人赴宁夏考察。"
            "考察团先后参观了银川、吴忠、中卫等地,走访了中卫市沙坡头区的农户。")
    result = extract(text)
    assert result.document.org_name == ""
    assert orgs(text) == [""]


def test_a_body_whose_city_is_named_outside_its_tour_keeps_that_city():
    text = ("绍兴市政协考察团赴宁夏考察\n9月3日,市政协副主席王某率考察团一行12人赴宁夏考察。"
            "考察团先后参观了银川、吴忠等地。")
    assert orgs(text) == ["绍兴市政协"]


def test_macau_or_hong_kong_members_are_members_of_a_mainland_body():
    # 香港, 澳门 have no 政协 of their own: 澳门政协委员 are the national body's members
    text = ("澳门委员调研课题\n全国政协委员、某集团董事长王明在发言时指出,2023年澳门政协委员就澳门的经济发展开展了"
            "两个专题调研,形成了两份调研报告。")
    result = extract(text)
    assert result.document.org_name == "全国政协"
    assert {m.org_name for m in result.metrics} == {"全国政协"}


def test_a_stock_phrase_of_the_genre_spells_no_place():
    # 同心同德 holds 同德, 最大同心圆 holds 大同, 卓越城市 holds 越城: the body here is unnamed
    text = ("县政协召开全体会议,号召委员同心同德、画出最大同心圆,为建设卓越城市贡献力量。"
            "一年来,县政协组织视察调研12次。")
    assert extract(text).document.org_name == ""
    assert set(orgs(text)) <= {""}


def test_a_place_in_a_stock_phrase_still_counts_elsewhere():
    text = "大同日报讯 市政协号召委员画出最大同心圆,全年组织视察调研15次。"
    assert extract(text).document.org_name == "大同市政协"


def test_a_joiner_after_a_closing_title_mark_is_no_place():
    # 《…报告》和县人大…: 和 joins two titles, as after a word; no 和县 (安徽)
    text = ("县政协委员分组讨论了《政府工作报告》和县人大常委会工作报告,"
            "一致认为报告实事求是。会议收到提案86件。")
    assert extract(text).document.org_name == ""


def test_hong_kong_members_are_no_district_body():
    # 港区政协委员: Hong Kong's members of a mainland body; 港区 is no 区 whose body the page cannot place
    text = "港区政协委员踊跃助学\n荆门日报讯 港区政协委员近日为市政协“委员助学金”捐款25万元,资助学生80名。"
    result = extract(text)
    assert result.document.org_name == "荆门市政协"
    assert orgs(text) == ["荆门市政协", "荆门市政协"]


def test_a_source_word_inside_a_sentence_is_no_breadcrumb():
    # 资金来源 is an everyday word: the line it stands in still names the page's body
    text = ("委员助学金发放\n今年共发放助学金12万元,资助学生80名。\n"
            "据悉,“委员助学金”由荆州市政协设立,资金来源主要为委员捐款,县政协委员也踊跃参与。")
    assert extract(text).document.org_name == "荆州市政协"
    assert orgs(text) == ["荆州市政协", "荆州市政协"]


def test_links_to_the_sites_other_pages_name_no_body_of_this_page():
    # 上一篇/下一篇: other pages' headlines; the township's unit is its county's (安化县), not 隆回县's
    text = ("安化县桃源镇政协工作联络组走访困难户\n近日,桃源镇政协工作联络组走访困难群众36户,送去慰问金1.8万元。\n"
            "上一篇:隆回县政协召开主席会议 || 下一篇:隆回县政协开展视察\n上一篇:隆回县政协召开常委会议")
    result = extract(text)
    assert result.document.org_name == "安化县政协"
    assert orgs(text) == ["安化县政协", "安化县政协"]


def test_a_newspaper_named_after_a_body_starts_no_stretch_of_its_work():
    # 四川政协报 on the dateline says where the county's story was printed, not whose figures follow
    text = ("为乡村振兴注入政协力量——宣汉县政协助力产业发展小记\n四川政协报 2021-05-06 08:10\n"
            "2021年是宣汉县产业发展的关键之年。该县政协组织委员深入乡镇调研产业发展30余次。\n委员助力\n"
            "周某某委员出资8万元帮助贫困户改造危房。")
    assert orgs(text) == ["宣汉县政协", "宣汉县政协"]


def test_a_district_merged_away_keeps_its_own_body():
    # 萝岗区 was merged into 黄埔区 in 2014: a page from before names its own body, not the successor's
    text = ("政协第二届广州市萝岗区委员会召开常委会议\n二届区政协以来,共收到提案280件,开展专题视察25次。\n"
            "黄埔区政协副主席王某某出席会议。")
    result = extract(text)
    assert result.document.org_name == "萝岗区政协"
    assert orgs(text) == ["萝岗区政协", "萝岗区政协"]


def test_a_city_made_a_district_is_its_own_bodys_place_for_its_level_word():
    # 胶南市 became part of 黄岛区 (2012): the page's 市政协 is 胶南市政协, though 黄岛区 has no 市
    text = "胶南市政协召开全会\n会议期间,市政协共收到提案150件,立案132件。"
    assert extract(text).document.org_name == "胶南市政协"
    assert orgs(text) == ["胶南市政协", "胶南市政协"]


@pytest.mark.parametrize("text", [
    # a commune or township that shares part of a county's spelling (龙山县, 代县) is not that county,
    # nor is an acting county head (代县长)
    "第三节 主要活动\n1983年3月,县政协组织委员到龙山桥公社视察,提出建议12条。1985年10月,县政协考察了"
    "龙山桥镇教育发展情况。1986年6月,县政协再次考察了龙山桥镇、博望镇义务教育情况,提出建议8条。",
    "1985年,县政协组织委员到龙山镇视察,提出建议9条。1986年,县政协再到龙山镇调研,提出建议6条。",
    "代县长王某出席会议。1986年,县政协收到提案60件。",
])
def test_a_township_or_an_acting_head_that_spells_a_county_names_no_body(text):
    assert extract(text).document.org_name == ""


def test_each_stock_phrase_holds_the_place_it_hides():
    # a row whose phrase does not hold the whole place name (同心圆 for 大同, spelled 大|同心圆) hides nothing
    vocab = load_vocabulary()
    for phrase, _ in vocab.place_stock_phrases:
        assert vocab.gazetteer.places_in(f"号召委员{phrase}") == [], phrase
    assert all(row["short_name"] in row["phrase"] for row in _reference_rows("place_stock_phrases.csv"))


def test_the_widest_circle_names_no_city():
    # 画出最大同心圆 spells 大同 across 最大 and 同心圆: the page's 市政协 stays unplaced
    text = "市政协召开常委会议,号召委员画出最大同心圆,全年组织视察调研15次。"
    assert extract(text).document.org_name == ""
    assert orgs(text) == [""]


def _reference_rows(name: str) -> list[dict[str, str]]:
    import csv

    from lvzhi.extract.vocab import reference_dir

    with (reference_dir() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_body_at_work_online_is_no_medium():
    # 网上 after a body's name is its work online (网上履职平台), not a site that printed the page
    text = ("宜宾市政协召开常委会议,全年组织视察10次。\n屏山县政协网上履职平台上线\n"
            "平台上线以来,收集意见建议120条。")
    assert orgs(text) == ["宜宾市政协", "屏山县政协"]


def test_a_sentence_on_deputies_items_belongs_to_the_congress_named_as_theirs_earlier():
    # a county page on both sessions: the 人大 is named in one paragraph, its deputies' counts come in
    # the next (其中… continues them); the 政协's own count stays the 政协's
    text = ("德清县两会快讯\n县十七届人大三次会议期间,各位人大代表认真履职。\n"
            "大会共收到代表联名提出的议案12件。其中:城建方面5件,教育方面7件。\n"
            "县政协十一届三次会议共收到委员提案158件。")
    assert orgs(text) == ["德清县人大", "德清县人大", "德清县人大", "德清县政协"]


def test_deputies_of_the_national_congress_from_a_place_are_that_congress_not_the_places_body():
    # a prefecture's page on its deputies to the national congress; the local 政协 only welcomes them
    text = ("我市全国人大代表载誉返回绍兴\n参加全国人大三次会议的代表返回绍兴,市政协主席到车站迎接。\n"
            "会议期间,我市5名代表共提出议案、建议28件。")
    assert orgs(text) == ["全国人大", "全国人大"]


def test_a_deputies_word_without_a_congress_named_as_theirs_changes_nothing():
    # 群众代表 and a 政协's own sentence: no 人大 named as the deputies' own, so the page's body keeps them
    text = ("德清县政协召开座谈会\n县政协邀请群众代表15名参加座谈,提出建议20条。\n"
            "县人大常委会副主任出席会议。")
    assert set(orgs(text)) == {"德清县政协"}


@pytest.mark.parametrize("text, body", [
    # a district's name and 市政协委员: the prefecture's members living in the district (not 泉港 renamed)
    ("泉州市政协十三届五次会议闭幕。会议期间,住泉港市政协委员共提交提案18件。", "泉州市政协"),
    # a county's name, 的, then the prefecture's body named in full
    ("潍坊市政协全会召开。驻临朐的潍坊市政协委员共提交提案9件。", "潍坊市政协"),
    # a city's name with its suffix, then 省政协委员: the province's members living in the city
    ("山西省政协会议开幕以来,驻吕梁市省政协委员已向大会提交提案26件。", "山西省政协"),
    # 在, a place and 的 before 全国政协委员
    ("全国政协会议期间,在中山的全国政协委员提交提案7件。", "全国政协"),
    # the page's own place in the first person: a county page's 市政协 is its prefecture's
    ("宁武县政协全会召开。驻我县市政协委员共提交提案6件。", "忻州市政协"),
])
def test_members_named_by_where_they_live_work_for_the_higher_body(text, body):
    assert orgs(text) == [body]


def test_a_resident_group_listed_or_addressed_is_no_body_at_work():
    # a notice's addressees: the county's own body issues it
    text = ("各乡镇、县直各单位、县政协委员、住临朐的潍坊市政协委员:\n"
            "经研究,政协临朐县委员会第三次会议定于3月12日召开,会期3天。特此通知\n政协临朐县委员会")
    assert extract(text).document.org_name == "临朐县政协"


@pytest.mark.parametrize("text, body", [
    # 在 and a place without 的: where something happens, not who (奉化市, now 宁波's 奉化区)
    ("在奉化市政协委员中开展读书活动4次。", "奉化区政协"),
    ("住泉州市政协委员共提交提案18件。", "泉州市政协"),  # the body's own place: no residence below it
])
def test_a_place_that_is_no_residence_keeps_its_body(text, body):
    assert orgs(text) == [body]


@pytest.mark.parametrize("text, body", [
    # the page names no higher body: the place the members live in is written with the body's level
    # word after it (泉港 + 市政协委员), which is no renamed 泉港市 of the district's own
    ("会议期间,住泉港市政协委员共提交提案18件。", "泉州市政协"),
    ("泉港区政协全会召开。住泉港市政协委员共提交提案18件。", "泉州市政协"),
])
def test_a_residence_before_the_bodys_level_word_is_not_the_place_renamed(text, body):
    assert orgs(text)[-1] == body


@pytest.mark.parametrize("text", [
    # a biography: what a person is (是 … 全国政协委员) says nothing of whose page it is
    "希望基金会向山区学校捐赠图书5000册\n基金会创办人周某某是第十二届全国政协委员,多年来资助贫困学生300余名。",
    # a status the person takes (增补为 … 区政协常委): the party's page, not the district body's
    "九三学社某市委会召开全体社员大会\n会上通报,本年度新发展社员26名,社员吴某某增补为黄浦区政协常委。",
])
def test_a_body_named_only_as_a_persons_status_is_not_the_pages_body(text):
    assert extract(text).document.org_name == ""


def test_of_two_posts_listed_before_a_name_the_nearer_one_leads_the_visit():
    # 全国政协常委、湖南省政协副主席: the person travels as the provincial body's officer
    text = "9月5日,全国政协常委、湖南省政协副主席陈某某一行8人来我市考察委员工作室建设。"
    assert extract(text).document.org_name == "湖南省政协"


def test_a_guest_lecturer_s_title_is_not_the_page_s_body():
    text = ("安徽举办全省市县政协秘书长培训班\n本报讯 培训班日前在省委党校开班,学员共150余人。"
            "省社会主义学院院长张某某、全国政协办公厅副主任李某某应邀授课。")
    assert extract(text).document.org_name != "全国政协"


@pytest.mark.parametrize("text", [
    # a party's charity sale: the 政协 officer is one guest in a roll call with party and Party-committee officials
    "民盟杭州市委会举办助学义卖\n6月2日,民盟杭州市委会主办的助学义卖在市图书馆举行,"
    "市政协副主席、民盟市委主委刘某某,区委常委、统战部部长赵某某等参加活动。义卖共筹得善款8万余元。",
    # a party's plenary: the roll call runs over commas from its sentence's start, and an officer's two posts
    # of one body (党组书记、主席) stand before one name
    "九三学社某市委会召开全委会\n会议期间,全国政协副主席、九三学社中央副主席孙某某,镇江市政协党组书记、"
    "主席李某某,市政协秘书长王某等参加并看望与会社员,会议增补委员3名。",
])
def test_an_officer_among_other_organs_guests_does_not_make_the_event_the_bodys(text):
    assert extract(text).document.org_name == ""


@pytest.mark.parametrize("text, body", [
    # an officer who acts (带领, 主持) makes the page the body's, titles alone as they are
    ("南漳县政协主席陈某某带领机关干部走访困难群众15户。", "南漳县政协"),
    # a roll call of the body's own officers only, at its own event
    ("金华市政协主席张某某,副主席李某某、王某某出席委员工作室揭牌仪式,工作室已吸纳委员12名。", "金华市政协"),
    # members attending their own body's session are no guests, whoever else attends (人大代表)
    ("两会期间,民进某区委会8位区人大代表、15位金华市政协委员出席会议,提交集体提案6件。", "金华市政协"),
])
def test_a_title_whose_holder_acts_for_the_body_still_makes_the_page_its(text, body):
    assert extract(text).document.org_name == body



def _org_of(text: str, figure: str) -> str:
    """The org of the figure whose text is ``figure``."""
    return next(m.org_name for m in extract(text).metrics if m.mention_text == figure)


def test_a_party_s_own_work_outside_a_cppcc_is_the_party_s():
    text = "全国政协召开座谈会。\n民进中央今年共举办教师培训班12期。全国政协全年开展协商活动30次。"
    assert _org_of(text, "12期") == "民进中央"
    assert _org_of(text, "30次") == "全国政协"  # the next sentence's figures stay the 政协's
    party = next(o for o in extract(text).organizations if o.org_name == "民进中央")
    assert (party.org_kind, party.org_level, party.full_name) == ("党派", "national", "中国民主促进会中央委员会")


def test_a_partys_committee_takes_the_place_written_with_it_or_the_pages():
    text = "宜宾市政协召开常委会议。\n2023年,致公党宜宾市委开展送医下乡活动8次。民盟市委举办读书会5场。"
    assert _org_of(text, "8次") == "致公党宜宾市委"
    assert _org_of(text, "5场") == "民盟宜宾市委"  # 市委 alone: the page's city
    party = next(o for o in extract(text).organizations if o.org_name == "致公党宜宾市委")
    assert (party.org_kind, party.org_level, party.full_name) == ("党派", "city", "中国致公党四川省宜宾市委员会")
    assert {o.org_kind for o in extract(text).organizations if o.org_name == "宜宾市政协"} == {"政协"}


def test_a_bare_committee_word_of_a_party_is_the_party_last_named():
    text = "九三学社宜宾市委会召开全会。市委会全年发展新社员14名。"
    assert _org_of(text, "14名") == "九三学社宜宾市委"


@pytest.mark.parametrize("text, figure", [
    ("会议期间,民盟宜宾市委向大会提交集体提案6件、大会发言2篇。", "6件"),  # its work inside the 政协
    ("市政协共收到提案320件,其中民盟、民建等党派提案40件。", "40件"),  # a part of the 政协's intake
    ("民革中央副主席王某出席会议,市政协今年立案提案280件。", "280件"),  # a party in a person's post
    ("各民主党派市委共开展调研16次。", "16次"),  # no one party: the collective stays with the 政协
])
def test_a_cppcc_s_figures_that_name_parties_stay_the_cppcc_s(text, figure):
    page = "宜宾市政协\n" + text
    assert _org_of(page, figure) == "宜宾市政协"


def test_a_party_s_own_channels_beside_its_work_for_a_cppcc_are_read_clause_by_clause():
    # a sentence that names the 政协 in one clause keeps the party's own channels in the others
    text = ("宜宾市政协\n2023年,民建宜宾市委向市政协报送社情民意信息12篇,"
            "向民建省委报送社情民意信息46篇。")
    assert _org_of(text, "12篇") == "宜宾市政协"
    assert _org_of(text, "46篇") == "民建宜宾市委"


def test_a_party_takes_its_clauses_back_after_one_on_its_work_for_a_cppcc():
    text = "宜宾市政协\n民盟宜宾市委全年开展调研9次,向市政协提交集体提案4件,获市领导批示7件。"
    assert [_org_of(text, figure) for figure in ("9次", "4件", "7件")] == ["民盟宜宾市委", "宜宾市政协", "民盟宜宾市委"]


def test_a_clause_totalling_the_ones_before_keeps_their_reading():
    text = "宜宾市政协\n民盟宜宾市委组织集体提案立案3项,盟员委员提案立案11项,合计14项。"
    assert set(orgs(text)) == {"宜宾市政协"}


def test_a_party_organ_that_takes_up_another_s_work_opens_no_clause_of_its_own():
    # 民进省委采用9条 counts what the city committee sent, as 市政协采用6条 counts it for the 政协
    text = "宜宾市政协\n民进宜宾市委全年报送信息30条,其中市政协采用6条,民进省委采用9条。"
    assert [_org_of(text, figure) for figure in ("30条", "6条", "9条")] == ["民进宜宾市委", "宜宾市政协", "民进宜宾市委"]


def test_a_sentence_framed_by_a_cppcc_s_proposals_stays_the_cppcc_s():
    # 这N件提案中 frames the clauses after it: a party naming who submitted them does not take them
    text = "全国政协召开会议。\n今年重点提案共40件。这40件提案中,民盟中央提交的有6件,其余为委员个人提交。"
    assert _org_of(text, "6件") == "全国政协"


def test_a_share_of_a_cppcc_s_count_keeps_its_reading():
    text = "宜宾市政协\n民盟宜宾市委集体提交的提案,被评为优秀提案,占比12%。"
    assert set(orgs(text)) == {"宜宾市政协"}


def test_a_cppcc_word_in_a_title_or_a_date_frames_no_party_sentence():
    text = ("全国政协召开会议。\n据报道,全国政协委员,民盟中央常委王某介绍,为做好2024年提案工作,"
            "民盟中央于去年向28个省级组织发出通知。")
    assert _org_of(text, "28个") == "民盟中央"


def test_a_party_s_honour_from_its_own_organ_is_the_party_s():
    # no 政协 in the sentence: the excellence award is the party's higher committee's, the reports the party's
    text = "宜宾市政协\n农工党宜宾市委会召开会议。市委会报送的6篇调研报告被省委会评为优秀调研报告。"
    assert _org_of(text, "6篇") == "农工党宜宾市委"


def test_a_party_s_honour_among_a_cppcc_s_is_the_cppcc_s():
    text = "宜宾市政协\n民盟宜宾市委获评市政协信息工作先进单位,3名盟员被评为先进个人。"
    assert _org_of(text, "3名") == "宜宾市政协"


def test_a_party_s_honour_in_a_paragraph_on_a_cppcc_s_awards_is_the_cppcc_s():
    text = "宜宾市政协\n会议表彰了市政协年度先进单位和个人。民革市委获先进单位,五名党员获优秀信息员。"
    assert _org_of(text, "五名") == "宜宾市政协"


def test_figures_after_fen_bie_are_in_turn_the_bodies_whose_own_figures_came_before():
    text = ("全国政协召开会议。\n2022年,各部委共承办全国人大代表建议5000件,全国政协委员提案3000件,"
            "分别占建议、提案总数的90.5%和88%,均已办结。")
    assert _org_of(text, "90.5%") == "全国人大"
    assert _org_of(text, "88%") == "全国政协"


def test_each_fen_bie_of_a_sentence_shares_out_its_figures_and_dates_are_none():
    # the first 分别 gives dates (于3月和5月), no figures; the second shares out the rates
    text = ("全国政协召开会议。\n2022年,各部委共承办全国人大代表建议5000件,全国政协委员提案3000件,"
            "分别于3月和5月交办,分别占建议、提案总数的90.5%和88%。")
    assert _org_of(text, "90.5%") == "全国人大"
    assert _org_of(text, "88%") == "全国政协"


def test_fen_bie_with_lists_of_unequal_length_assigns_nothing():
    text = ("全国政协召开会议。\n2022年,各部委共承办全国人大代表建议5000件,全国政协委员提案3000件,"
            "分别办结率达到99%。")
    assert _org_of(text, "99%") == "全国政协"


@pytest.mark.parametrize("text", [
    # the province's own body, never placed, conveys the national body's meetings
    "5月6日,省政协召开党组会议,传达学习全国政协十四届常委会第五次会议精神。省政协主席某某主持。",
    "省政协召开主席会议,传达学习中央有关文件和全国政协有关会议精神,研究落实措施。",
    "9月2日,自治区政协主席某某主持召开主席会议,通报全国政协专题协商会议有关情况。",
])
def test_a_provincial_body_named_by_level_only_is_no_national_page(text):
    """省政协 or 自治区政协 at work on a page that names no province, and 全国政协 only as what it
    studies, conveys or reports on: the page is an unplaced provincial body's, so it has no body we know."""
    assert extract(text).document.org_name == ""


def test_a_provincial_body_whose_province_the_page_names_keeps_its_page():
    text = "新华社南宁5月6日电\n自治区政协召开党组会议,传达学习全国政协有关会议精神。"
    assert extract(text).document.org_name == "广西壮族自治区政协"


@pytest.mark.parametrize("text, body", [
    # a prefecture's officer leads a party to one of its counties: the prefecture's page
    ("6月3日,按照分工,州政协副主席某某率州政协经济委员会成员深入所联系的泸水市政协,"
     "听取泸水市政协上半年工作情况。泸水市委副书记某某参加座谈。泸水市政协主席某某陪同。", "怒江州政协"),
    ("4月9日,州政协主席某某陪同调研组到州政协机关和福贡县、兰坪县调研,调研了福贡县政协机关建设情况。"
     "在兰坪县,调研组听取了兰坪县政协工作汇报。福贡县政协委员活动组开展活动。", "怒江州政协"),
])
def test_a_higher_body_s_officer_leading_a_visit_to_its_counties_makes_the_page_the_higher_body_s(text, body):
    assert extract(text).document.org_name == body


def test_an_officer_of_a_body_from_elsewhere_leading_a_visit_leaves_the_host_s_page():
    text = ("3月2日,苏州市政协原主席某某一行6人到青羊区考察调研,先后走访了青羊区政协委员工作室。"
            "青羊区政协主席某某陪同调研。调研组认为,青羊区政协委员工作室建设成效明显。")
    assert extract(text).document.org_name == "青羊区政协"


def test_a_delegation_that_comes_to_our_county_leaves_the_level_named_body_the_host_s():
    text = ("本报讯 5月8日,由大理州祥云县政协主席某某率领的祥云县政协考察团一行来到我县考察,学习安吉政协"
            "委员工作室建设的经验。县政协主席某某陪同考察。近年来,县政协在全县建成委员工作室12个。")
    assert extract(text).document.org_name == "安吉县政协"


@pytest.mark.parametrize("text, body", [
    # 友好 (friendly) before 政协, with no 友好区 nor 伊春 or 黑龙江 on the page: the word, not the district
    ("两地通过友好政协结对,开展交流互访3次。", ""),
    # the same spelling on a page that names the district's city is the district's body
    ("伊春市召开政协工作会议。友好政协今年开展视察4次。", "友好区政协"),
])
def test_an_everyday_word_before_政协_is_a_place_only_where_the_page_writes_that_place(text, body):
    assert extract(text).document.org_name == body
    assert {m.org_name for m in extract(text).metrics} == {body}


@pytest.mark.parametrize("text, body", [
    # 和 joins 村 and 龙江路: no 和龙 (和龙市) on a page that names neither it nor 延边 or 吉林
    ("市政协今年开展视察5次,调研了大桥村和龙江路段。", ""),
    # written with its level word, or on a page that names its prefecture, the city is named
    ("市政协今年在和龙市开展视察5次。", "和龙市政协"),
    ("延边州政协召开会议。市政协今年在大桥村和龙开展视察5次。", "和龙市政协"),
])
def test_a_joiner_before_a_word_is_no_place_named_after_it(text, body):
    assert extract(text).document.org_name == body
    assert {m.org_name for m in extract(text).metrics} == {body}


@pytest.mark.parametrize("text", [
    "3月5日,市政协党组书记、主席某某主持召开党组会议,传达学习中央有关会议、全国政协十四届二次会议、"
    "省委全会等会议精神。市政协副主席某某出席。",
    "3月4日下午,全国政协十四届二次会议开幕。市政协副主席某某和机关干部集中收看开幕会直播,"
    "聆听全国政协常委会工作报告。",
])
def test_a_local_body_studying_the_national_session_is_no_national_page(text):
    """A body named by level only, never placed, at work on a page that names 全国政协 only as its session,
    officers or report: the local body's page, whose body we do not know."""
    assert extract(text).document.org_name == ""


def test_a_national_session_page_without_a_local_body_stays_national():
    text = "3月4日下午,全国政协十四届二次会议开幕。全国政协副主席某某作提案工作情况的报告,大会共收到提案5000件。"
    assert extract(text).document.org_name == "全国政协"


@pytest.mark.parametrize("text, body", [
    # a county's officer leads a study trip out: the page is the traveller's, though it names the hosts' bodies
    ("5月10日,安吉县政协副主席某某带领部分政协委员赴德清县、长兴县考察学习委员工作室建设。"
     "考察组先后走访了德清县政协委员工作室和长兴县政协机关,认为德清县政协的做法值得借鉴。", "安吉县政协"),
    # the traveller named by its level alone: the place of that level the page writes outside the trip
    ("旗政协主席某某带队赴达拉特旗考察学习基层协商工作。考察组参观了达拉特旗政协委员之家。"
     "大家表示,要结合实际,为现代化准格尔旗建设贡献力量。", "准格尔旗政协"),
    # … and no body when the page writes no such place but the trip's
    ("由市政协副主席某某率队,组织市政协提案委员会人员赴绍兴市政协学习考察提案工作,绍兴市政协有关领导陪同。"
     "考察组表示,绍兴市政协的经验值得借鉴。", ""),
])
def test_a_page_on_a_body_s_study_trip_out_is_the_traveller_s(text, body):
    assert extract(text).document.org_name == body


@pytest.mark.parametrize("text, body", [
    # a level-named traveller going to a city of its own level with 到, and a county under it named next
    ("9月3日,市政协副主席某某率部分委员先后到湛江市遂溪县某某农场、湛江某某糖厂、湛江市政协委员联络站等地"
     "实地考察甘蔗产业发展情况。某某要求,要借鉴湛江经验,进一步发展好茂名的特色农业。", "茂名市政协"),
    # … with 前往 and what it goes to do right after the place
    ("4月8日,区政协主席某某带领委员前往滨江区开展学习交流,滨江区政协主席某某陪同。滨江区政协介绍了委员之家"
     "建设情况。某某表示,滨江区政协的做法值得上城区借鉴。", "上城区政协"),
    # … and no body when the page writes no place of that level but the trip's
    ("10月9日,县政协副主席某某率队到德清县、长兴县考察委员工作室建设,德清县政协主席某某陪同。", ""),
])
def test_a_level_named_body_going_to_a_place_of_its_own_level_is_the_traveller(text, body):
    """A body named by its level alone does not go to its own place: the page is the traveller's, placed off
    the trip's ground, whatever the verb of going (到 too, which a host also uses of a visitor named in full)."""
    assert extract(text).document.org_name == body


def test_a_level_named_body_at_an_institution_of_its_own_city_stays_that_city_s():
    # 到湛江市第一中学: the city opens an institution's name; the city's own body may go there
    text = "5月6日,市政协主席某某到湛江市第一中学调研校园安全工作。湛江市政协今年开展视察12次。"
    assert extract(text).document.org_name == "湛江市政协"


@pytest.mark.parametrize("text", [
    "南宁市政协召开主席会议\n近日,市政协主席某某带队到南宁市青秀区开展调研,走访企业5家。",
    "南宁市政协召开主席会议\n近日,市政协主席某某带队到南宁市、桂林市开展调研。",
])
def test_a_level_named_body_going_about_the_place_its_headline_names_is_that_body(text):
    # the headline names the page's body in full: its own 市政协 going to 南宁市青秀区 is no trip out
    assert extract(text).document.org_name == "南宁市政协"


def test_a_study_trip_after_a_site_menu_is_still_the_traveller_s():
    # the site's menu fills the head's lines before the first sentence: the trip is read from it all the same
    text = ("首页\n要闻\n动态\n政协\n委员\n提案\n某某带队赴东胜区考察学习\n发布时间:2023-05-06\n"
            "5月4日,旗政协主席某某带队赴东胜区、康巴什区考察学习委员之家建设。考察组参观了东胜区政协委员之家。"
            "某某表示,要为现代化达拉特旗建设贡献政协力量。")
    assert extract(text).document.org_name == "达拉特旗政协"


def test_a_study_trip_told_by_its_host_stays_the_host_s_page():
    # 赴我县: the host's words for a visit it receives
    text = ("本报讯 4月2日,吴兴区政协副主席某某一行赴我县考察学习委员工作室建设,县政协主席某某陪同。"
            "近年来,德清县政协在全县建成委员工作室8个。")
    assert extract(text).document.org_name == "德清县政协"


def test_a_study_trip_led_in_the_nearer_of_two_posts_is_that_body_s():
    # 全国政协委员、 is a post the person does not travel in: the trip is the provincial body's
    text = ("全国政协委员、江西省政协副主席某某一行赴福建省政协考察学习提案工作。考察组听取了福建省政协提案工作情况介绍,"
            "福建省政协有关负责同志陪同。")
    assert extract(text).document.org_name == "江西省政协"


@pytest.mark.parametrize("text, body", [
    # the host writes its own city by its first character (来湖 for 湖州): the page is the host's
    ("嘉兴市政协考察组来湖考察学习\n5月6日,嘉兴市政协副主席某某一行来湖,学习考察我市委员工作室建设的做法。"
     "据介绍,市政协今年新建委员工作室12个。市政协副主席某某陪同考察。\n(湖州日报 编辑:某某)", "湖州市政协"),
])
def test_a_visit_to_a_place_written_by_its_first_character_is_the_host_s_page(text, body):
    assert extract(text).document.org_name == body


def test_a_first_character_that_starts_no_place_the_page_writes_leaves_the_visitor_s_page():
    text = "嘉兴市政协考察组来此考察学习\n5月6日,嘉兴市政协副主席某某一行来此学习考察。嘉兴市政协今年新建委员工作室12个。"
    assert extract(text).document.org_name == "嘉兴市政协"


def test_a_level_named_traveller_is_no_body_of_a_place_under_the_trip_s_province():
    # 常州 lies in 江苏, where the trip goes, however often the page names its body: the city is 南平
    text = ("11月2日,市政协主席某某带队前往江苏等地,先后拜访南京市政协、常州市政协,推进工作交流。"
            "在常州,一行参观了常州市政协文史馆。某某表示,南平市政协将密切同各地政协的联络联谊。")
    assert extract(text).document.org_name == "南平市政协"


@pytest.mark.parametrize("text", [
    "鄯善县人民政府关于2022年建议办理情况的报告\n去年,鄯善县人民政府共承办县人大代表建议37件。",
    "2022年,鄯善县人民政府共办理县十七届人大二次会议代表建议37件。",  # a session between 县 and 人大
])
def test_a_government_written_by_its_formal_name_is_the_place_s(text):
    # 人民 stands between the place and 政府 in a government's formal name: the deputies' items it
    # handles are the 人大 of that place, as with 鄯善县政府
    assert orgs(text) == ["鄯善县人大"]


def test_a_level_named_formal_government_takes_its_own_level():
    # 县人民政府 on a county's page is that county's government: its total of both kinds is the government's
    text = ("鄯善县政协召开提案交办会\n"
            "今年,县人民政府共收到县政协转交提案48件、县人大交办代表建议37件,建议提案合计85件。")
    by_value = {m.value: m.org_name for m in extract(text).metrics}
    assert by_value[85] == "鄯善县政府"
    assert by_value[37] == "鄯善县人大" and by_value[48] == "鄯善县政协"


@pytest.mark.parametrize("text", [
    "今年,县政府共办理县政协委员提案64件,办复率100%。",
    "全年承办单位办理县人大代表建议29件、县政协提案41件。",
    "县法院共受理县人大交办的信访件6件。",
    "全县政协委员积极响应县政协号召,累计捐款捐物8万元。",  # 响应县 spells 应县 (山西)
    "县政协召开座谈会,邀请曾经担任县政协领导职务的老同志15人参加。",  # 担任县 spells 任县 (河北)
    "他现任县政协副主席,今年走访企业18家。",
])
def test_a_verb_before_a_county_s_organ_spells_no_county(text):
    # 办理县 spells 理县 (四川) across the verb and 县: the county is unnamed, not 理县
    result = extract(text)
    assert result.document.org_name == ""
    assert not any(name.startswith(("理县", "应县", "任县")) for name in orgs(text))


def test_a_county_named_beside_a_verb_that_spells_another_is_the_page_s():
    # 响应县政协和镇党委的号召 on a page that names 双峰县: its 县政协 is 双峰县's, not 应县's
    text = ("双峰县某镇政协委员踊跃捐款\n"
            "疫情发生后,镇政协工委积极响应县政协和镇党委的号召,6位县政协委员共捐款4.2万元。")
    result = extract(text)
    assert result.document.org_name == "双峰县政协"
    assert set(orgs(text)) == {"双峰县政协"}


def test_the_county_whose_name_a_verb_ends_in_is_still_read_as_itself():
    text = "四川省理县政协召开常委会议,全年收到提案52件。"
    assert orgs(text) == ["理县政协"]


@pytest.mark.parametrize("text", [
    # 二十大关于 holds 大关 (大关县), 新平台 holds 新平 (新平县), 产业兴城 holds 兴城 (兴城市)
    "县政协副主席带队宣讲党的二十大关于协商民主的论述,搭建履职新平台,助推产业兴城,组织委员视察6次。",
    # 创新和 holds 新和, 振兴和 holds 兴和, 最大化 holds 大化, 深厚的友谊 holds 友谊
    "县政协坚持创新和发展,助力乡村振兴和共同富裕,推动成果最大化,结下深厚的友谊,开展调研9次。",
    # 盐湖资源 holds 盐湖, 山城 (a city of hills), 惠农政策, 万山, 红旗 are everyday words; all five are
    # districts, so the page's 区政协 is what would take them
    "区政协围绕盐湖资源开发、山城风貌、惠农政策落实开展视察,万山红遍,红旗飘扬,提出建议12条。",
])
def test_an_everyday_word_that_spells_a_county_names_no_body(text):
    assert extract(text).document.org_name == ""
    assert set(orgs(text)) <= {""}


@pytest.mark.parametrize("text", [
    "区政协助力成渝地区双城经济圈建设,唱好“双城记”,为谱写时代篇章贡献力量,开展协商8次。",
    "市政协围绕长江黄金水道、三江源保护、朝天门片区提升开展视察,丰富平台载体,建设宜居宜业的新乡村,提出建议20条。",
])
def test_a_stock_phrase_of_regional_strategy_spells_no_place(text):
    assert extract(text).document.org_name == ""
    assert set(orgs(text)) <= {""}


def test_a_county_whose_short_name_is_an_everyday_word_is_still_named_in_full():
    text = "大关县政协今年组织委员视察调研11次,提出意见建议35条。"
    assert extract(text).document.org_name == "大关县政协"
    assert set(orgs(text)) == {"大关县政协"}


@pytest.mark.parametrize("text", [
    # a region's mountain area (浙西南山区, 鲁中山区, 粤东山区, 滇西山区) spells 南山区, 中山区, 东山区,
    # 西山区: districts, so a page's 区政协 is what would take them
    "区政协委员深入浙西南山区、鲁中山区和粤东山区学习考察,形成考察报告3篇。",
    "区政协委员深入滇西山区、鲁南山区学习考察,形成考察报告3篇。",
    # the verb 会同 (jointly with) after 将, 会 or 协 spells 会同县
    "提案交办后,县政协将会同县政府督查室跟踪督办,重点督办提案12件。",
    "县政协提案委员会会同县委督查室督办重点提案15件。",
    "县政协会同县人大开展联合视察3次。",
])
def test_a_region_s_mountain_area_or_a_verb_spells_no_district(text):
    assert extract(text).document.org_name == ""
    assert set(orgs(text)) <= {""}


@pytest.mark.parametrize("text, body", [
    # a region's name written before its mountain area is still a place (湘西 of 湘西山区, 晋中 of 晋中山区)
    ("州政协组织委员深入湘西山区调研,形成调研报告6篇。", "湘西州政协"),
    ("市政协组织委员深入晋中山区调研,形成调研报告6篇。", "晋中市政协"),
    # the county 会同 named with its offices is the county, not the verb
    ("会同县委办公室、会同县政府办公室联合督办重点提案。县政协共立案提案120件。", "会同县政协"),
    ("湖南省会同县政协组织委员视察5次。", "会同县政协"),
])
def test_a_stock_phrase_hides_only_the_place_its_short_name_spells(text, body):
    assert set(orgs(text)) == {body}


def test_a_district_named_in_full_stays_named_beside_a_mountain_area():
    text = "深圳市南山区政协组织委员赴粤东山区考察,开展帮扶活动6次。"
    assert extract(text).document.org_name == "南山区政协"
    assert set(orgs(text)) == {"南山区政协"}


def test_a_title_line_ending_in_a_level_word_does_not_make_the_next_line_s_body_plural():
    # the line break is no level word of many before 县政协: the title's county is the body
    text = "湖州市安吉县\n县政协全年共收到提案87件,立案80件。\n"
    result = extract(text)
    assert {m.org_name for m in result.metrics} == {"安吉县政协"}


def _walked_body(bodies, offset: int) -> tuple[str, str]:
    """Bodies.at as it read before its lookup tables: the page's subjects walked back from the figure."""
    from bisect import bisect_right

    def enclosing(spans, at):
        index = bisect_right([start for start, _ in spans], at) - 1
        return spans[index] if index >= 0 and spans[index][0] <= at < spans[index][1] else (at, at)

    if offset in bodies.owners:
        return bodies.owners[offset], "owner"
    if offset in bodies.respective:
        return bodies.respective[offset], "sentence"
    scope = bisect_right([start for start, _ in bodies.scopes], offset) - 1
    name, source = (bodies.scopes[scope][1], bodies.scope_sources[scope]) if scope >= 0 else ("", "")
    sentence = enclosing(bodies.sentences, offset)
    floor = max(enclosing(bodies.paragraphs, offset)[0], bodies.scopes[scope][0] if scope >= 0 else 0)
    for index in range(bisect_right(bodies.subjects, (offset,)) - 1, -1, -1):
        at, named, opens_sentence = bodies.subjects[index]
        if at < floor:
            break
        if at >= sentence[0]:
            return named, "sentence"
        if opens_sentence:
            return (named, "previous_sentence") if named != name else (name, source)
    return name, source


def test_body_lookup_tables_read_as_the_walk_back_over_subjects():
    import random

    from lvzhi.extract.bodies import Bodies
    rng = random.Random(5)
    names = ["甲县政协", "乙市政协", "丙区政协"]
    for _ in range(300):
        size = rng.randint(20, 200)
        cuts = sorted(rng.sample(range(1, size), rng.randint(0, 12)))
        spans = list(zip([0, *cuts], [*cuts, size]))
        sentences = [span for span in spans if rng.random() < 0.9]  # (a gap: a figure in no sentence)
        lines = sorted(rng.sample(cuts, min(len(cuts), rng.randint(0, 3))))
        paragraphs = list(zip([0, *lines], [*lines, size]))
        scope_starts = sorted({0, *rng.sample(range(size), rng.randint(0, 3))})
        scopes = [(start, rng.choice(names)) for start in scope_starts] if rng.random() < 0.9 else []
        subjects = sorted((at, rng.choice(names), rng.random() < 0.5)
                          for at in rng.sample(range(size), rng.randint(0, 10)))
        owned = {at: rng.choice(names) for at in rng.sample(range(size), 2)}
        bodies = Bodies(None, scopes, {}, owners=owned, scope_sources=[rng.choice(["title", "heading"]) for _ in scopes],
                        subjects=subjects, sentences=sentences, paragraphs=paragraphs)
        for offset in range(size):
            assert bodies.at(offset) == _walked_body(bodies, offset), (offset, scopes, subjects, sentences, paragraphs)


@pytest.mark.parametrize("sentence, expected", [
    # after a count of the national body's members, only a 其中 breakdown of them and what their own clause says
    # they did is theirs: the province's session, its own members and its meetings stay the province's
    ("12名住川全国政协委员列席省政协十二届三次会议,大会共收到提案800件,立案720件。",
     ["全国政协", "四川省政协", "四川省政协"]),
    ("12名住川全国政协委员和400余名委员出席开幕会,会议收到提案800件。",
     ["全国政协", "四川省政协", "四川省政协"]),
    ("全省共有36名全国政协委员,委员总数达到636名。", ["全国政协", "四川省政协"]),
])
def test_only_a_breakdown_of_national_members_follows_their_count(sentence, expected):
    assert orgs("四川省政协召开会议\n四川省政协全年开展调研15次。" + sentence)[1:] == expected


def test_a_breakdown_of_national_members_ends_at_a_clause_of_other_counts():
    text = ("四川省政协召开会议\n四川省政协全年开展调研15次。"
            "12名住川全国政协委员列席会议,其中3名委员作大会发言,大会共收到提案800件,立案720件。")
    assert orgs(text)[1:] == ["全国政协", "全国政协", "四川省政协", "四川省政协"]


def test_a_roundup_item_framed_by_a_county_session_is_the_county_body_its_main_clause_points_back_to():
    # a province's roundup: each item opens with its place's own 讯 and date, names the county body only as
    # the session it met at (在…会议闭幕会上), and goes on with 该县政协 pointing back to it
    text = ("广西政协动态\n我区各地政协组织表彰政协工作先进\n"
            "灵山讯 2月28日,在灵山县政协九届三次会议闭幕会上,该县政协对23名优秀委员予以表彰。\n"
            "2024年,委员们共撰写提案130件,反映社情民意100多条。\n")
    assert orgs(text) == ["灵山县政协"] * 3
