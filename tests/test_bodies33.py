"""Page bodies (bodies33): a body named by its level alone (市政协) takes a place the text settles, or none.

- A district's name that several cities share (鼓楼区: 南京, 徐州, 福州, 开封) and that nothing else in
  the text places makes a tie among those cities: no body, not the lowest code's city.
- Lines after the article's closing byline ((某某日报记者某某), 责任编辑:某某) that end no sentence are other
  pages' headlines: their places are not the page's; the byline's own outlet and a 来源 line still count.

Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract
from figures import orgs_by_mention



# an ambiguous district alone: 鼓楼区 lies in four cities, 西湖区 in two
@pytest.mark.parametrize("district", ["鼓楼区", "西湖区"])
def test_an_ambiguous_district_alone_places_no_body(district):
    text = (f"市政协召开重点提案督办推进会\n\n会上,委员们围绕{district}老旧小区加装电梯提出意见建议。"
            "今年以来,市政协共收到提案236件,经审查立案221件。")
    result = extract(text)
    assert result.document.org_name == ""
    assert set(orgs_by_mention(text).values()) == {""}


def test_an_ambiguous_district_with_its_city_named_takes_that_city():
    text = ("市政协召开重点提案督办推进会\n\n会上,杭州的委员们围绕西湖区老旧小区加装电梯提出意见建议。"
            "今年以来,市政协共收到提案236件,经审查立案221件。")
    assert extract(text).document.org_name == "杭州市政协"


def test_an_ambiguous_district_beside_another_city_takes_that_city():
    # the city written on its own outweighs the district's split candidates
    text = ("市政协召开重点提案督办推进会\n\n遵义讯 会上,委员们围绕鼓楼区老旧小区加装电梯提出意见建议。"
            "今年以来,市政协共收到提案236件,经审查立案221件。")
    assert extract(text).document.org_name == "遵义市政协"


def test_a_district_named_with_its_body_stays_that_district():
    text = "西湖区政协召开提案督办会\n\n今年以来,西湖区政协共收到提案88件,经审查立案80件。"
    assert extract(text).document.org_name == "西湖区政协"


ARTICLE = ("市政协提案工作综述\n\n"
           "记者从市政协获悉,一年来,委员们围绕中心工作积极建言,共提交提案412件,经审查立案386件,"
           "办复率达100%。今年,市政协将继续提高提案质量。{byline}\n\n{after}\n")


@pytest.mark.parametrize("byline, after", [
    # a reporter's bracketed byline ending the last paragraph, then related headlines run together
    ("(曲靖日报记者 张某)", "桂林市举办山水文化旅游节 桂林市新建5所中学 桂林市公交线路调整"),
    # an editor's line, then a headline
    ("(曲靖日报 记者张某)\n责任编辑:王某", "桂林市举办山水文化旅游节 桂林市新建5所中学"),
])
def test_headlines_after_the_closing_byline_place_no_body(byline, after):
    text = ARTICLE.format(byline=byline, after=after)
    assert extract(text).document.org_name == "曲靖市政协"
    assert orgs_by_mention(text)["412件"] == "曲靖市政协"


def test_a_source_line_after_the_byline_still_places_the_page():
    text = ARTICLE.format(byline="(记者 张某)", after="来源:曲靖日报\n桂林市举办山水文化旅游节")
    assert extract(text).document.org_name == "曲靖市政协"


def test_a_sentence_after_the_byline_is_still_read():
    # the article (or another paragraph of it) goes on after the byline: its places count
    text = ARTICLE.format(byline="(记者 张某)", after="本文为桂林市融媒体中心原创稿件,转载请注明出处。")
    assert extract(text).document.org_name == "桂林市政协"


def test_an_opening_byline_is_no_article_end():
    # a byline at the page's head, then the article: the article's places count
    text = ("(作者:张某)\n\n桂林市政协提案工作综述\n\n"
            "一年来,委员们围绕中心工作积极建言,共提交提案412件,经审查立案386件。今年,市政协将继续提高提案质量。")
    assert extract(text).document.org_name == "桂林市政协"


@pytest.mark.parametrize("place", ["福建省", "福建"])
def test_an_ambiguous_district_settled_by_its_province_takes_that_city(place):
    # (review33) 福建 settles 鼓楼区 as 福州's: the tie goes to the settled city, not the lowest code's 南京
    text = (f"市政协召开重点提案督办推进会\n\n会上,{place}的委员们围绕鼓楼区老旧小区加装电梯提出意见建议。"
            "今年以来,市政协共收到提案236件,经审查立案221件。")
    assert extract(text).document.org_name == "福州市政协"


@pytest.mark.parametrize("byline, after", [
    # (review33) the page's own lines after the byline: its address, its publisher and date, a photo's caption
    ("(记者 张某)", "【打印】【关闭】\n地址:曲靖市麒麟区南宁西路 邮编:655000"),
    ("", "编辑:张某\n曲靖新闻网 2023-12-05"),
    ("(记者 张某 摄)", "图为委员们在麒麟区视察老旧小区改造"),
])
def test_the_pages_own_lines_after_the_byline_still_place_it(byline, after):
    text = ("市政协召开提案工作座谈会\n\n一年来,委员们围绕中心工作积极建言,共提交提案412件,经审查立案386件。"
            f"{byline}\n{after}\n")
    assert extract(text).document.org_name == "曲靖市政协"
