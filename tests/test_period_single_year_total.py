"""A total (共有) in a sentence scoped to one year (2020年,…共有; 本年度…共有) is that year's work, not a
multi-year total; a span of years, a 以来/至今 scope or a 年来 review keeps it cumulative.
Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("二、承办情况2022年,由县政府牵头办理的建议、提案共有35件。", "35"),
    ("(二)本年度区政协提案共有52件,其中公开46件。", "52"),
    ("2017年,市政府共有64个部门承办市政协提案。", "64"),
    ("今年县政协共有18件提案被列为重点提案。", "18"),
])
def test_one_year_total_is_actual(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"


@pytest.mark.parametrize("sentence, numeral", [
    ("2016年以来,区政协共有41件提案被评为优秀提案。", "41"),    # a scope since a year
    ("2013年和2014年,县政协共有27件提案转为社情民意。", "27"),  # two years
    ("2015年至2019年,共有提案630件。", "630"),                   # a span of years
    ("2021年,市政协五年来共有提案920件。", "920"),               # a review of years
    ("2012年,全市至今共有委员工作室33个。", "33"),               # up to now
])
def test_span_total_stays_cumulative(sentence, numeral):
    assert the_figure(sentence, numeral).period == "cumulative"
