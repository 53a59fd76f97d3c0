"""Running totals of a 文史 (literary-historical materials) series (period_cues.csv): the volumes, words and
pieces a body's 文史 work has published or collected as of now (目前 … 共/累计 编辑出版/征集 …, in a sentence
on 文史 or 史料) and the contents of a series' volumes from the first on (第1—13辑的…) are cumulative, the
series' total since it began, not one year's work. What must not fire: a sentence naming this year or this
session (今年…目前共征集), a stock a body holds (馆藏图书), a 目前…共 total of other work (委员工作室), one
volume's contents (第十二辑…收录文章40篇) or volumes that do not start from the first (第3—4辑), a year's
文史 output (全年编辑出版…). Sentences written for the test."""
from __future__ import annotations

import pytest

from figures import the_figure


@pytest.mark.parametrize("sentence, numeral", [
    ("目前,全市政协共编辑出版文史资料42辑,计860万字。", "42"),              # 目前 … 共编辑出版 文史资料
    ("目前,全市政协共编辑出版文史资料42辑,计860万字。", "860"),
    ("县政协文史委成立至今成果丰硕,目前累计征集史料1200篇。", "1200"),        # 累计征集 史料
    ("目前,区政协共编印文史丛书15部、320万字,其中县级专辑9部。", "15"),
    ("目前,区政协共编印文史丛书15部、320万字,其中县级专辑9部。", "9"),      # (the parts after 其中 too)
    ("目前,全縣政協共編輯出版文史資料30輯,字數逾500萬。", "30"),             # traditional script
    ("这套文史丛刊已出版的第1—28辑共收录回忆文章860篇。", "860"),             # volumes from the first on
    ("已出版的第一至十二辑收录史料文章近500篇,约230万字。", "230"),
])
def test_a_running_total_of_a_wenshi_series_is_cumulative(sentence, numeral):
    assert the_figure(sentence, numeral).period == "cumulative"


@pytest.mark.parametrize("sentence, numeral", [
    ("今年以来区政协文史委目前共征集稿件35篇。", "35"),                       # this year's collecting
    ("本次征稿启动后,文史委目前共收集史料稿件26篇。", "26"),                   # this call's intake
    ("目前,全区共建成委员工作室25个。", "25"),                               # 目前 … 共 of other work
    ("全年编辑出版文史资料2辑,共计30万字。", "2"),                          # a year's output
    ("《江城文史》第十二辑于5月出版,共收录文章40篇。", "40"),                 # one volume's contents
    ("今年编印的第3—4辑收录文章60篇。", "60"),                               # volumes not from the first
    ("一年来,区政协文史委目前共征集史料稿件45篇。", "45"),                     # a year's work (一年来)
    ("去年,县政协文史委目前共征集文史稿件38篇。", "38"),                      # last year's work
    ("2023年,区政协文史委目前共征集史料稿件45篇。", "45"),                   # a year named
    ("按照年度计划,文史委目前共征集史料稿件35篇。", "35"),                    # against a year's plan
    ("《文史资料》第十辑征稿工作进展顺利,目前共征集稿件40篇。", "40"),         # one volume's call for pieces
    ("区政协文史委去年编辑出版第1—2辑《文史资料》,共收录文章80篇。", "80"),   # a new series' first volumes, last year
    ("今年对第1—12辑文史资料进行数字化处理,完成扫描2.6万页。", "2.6"),      # work on the volumes, not their contents
    ("这次重印的第1—6辑共计印刷1200册。", "1200"),                            # a reprint
    ("上半年,区政协将第一至三辑史料重新整理,新增文章18篇。", "18"),          # a re-edition's additions
])
def test_other_totals_stay_actual(sentence, numeral):
    assert the_figure(sentence, numeral).period == "actual"


def test_a_stock_held_is_no_running_total():
    # a library's holdings are no total of the body's work (no 编辑出版/征集 after 共)
    assert the_figure("目前,政协文史馆共收藏各类文史图书3万余册。", "3").period != "cumulative"
