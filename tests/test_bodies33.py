"""Page bodies (bodies33): a body named by its level alone (市政协) takes a place the text settles, or none.

- A district's name that several cities share (鼓楼区: 南京, 徐州, 福州, 开封) and that nothing else in
  the text places makes a tie among those cities: no body, not the lowest code's city.

Sentences written for the test."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract


def _orgs(text: str) -> dict[str, str]:
    return {m.mention_text: m.org_name for m in extract(text).metrics}


# an ambiguous district alone: 鼓楼区 lies in four cities, 西湖区 in two
@pytest.mark.parametrize("district", ["鼓楼区", "西湖区"])
def test_an_ambiguous_district_alone_places_no_body(district):
    text = (f"市政协召开重点提案督办推进会\n\n会上,委员们围绕{district}老旧小区加装电梯提出意见建议。"
            "今年以来,市政协共收到提案236件,经审查立案221件。")
    result = extract(text)
    assert result.document.org_name == ""
    assert set(_orgs(text).values()) == {""}


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
