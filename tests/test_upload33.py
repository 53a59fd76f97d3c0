"""A page of a template or essay site (范文, 文库) that says it holds a user's upload (一文来源于网友上传,
不代表本站观点) or a 范文 collection (a title …范文, …范文第1篇) carries a stamp line (时间:2023-03-08
10:06:09): when a copy was uploaded, often years after the text. It gives no dateline; the text's own
evidence (its sessions, its era's words, the rhythm) dates it, as it dates the same text with no stamp.
An ordinary news page's date (发布时间:…, 时间:… 来源:某某日报, 来源:某某日报 2011-03-08) still dates it.
Sentences written for the test (page_chrome_cues.csv kinds upload and collection)."""
from __future__ import annotations

import pytest

from lvzhi.extract import extract

_BODY = ("县政协七届三次会议以来,广大委员认真贯彻党的十七届五中全会精神,共提交提案126件,经审查立案118件。\n"
         "截至目前,所有提案已全部办复。\n")


def _dated(text: str) -> tuple[int | None, list[int | None]]:
    found = extract(text)
    return found.document.report_year, [m.report_year for m in found.metrics]


_UNSTAMPED = _dated("政协提案工作报告\n\n" + _BODY)


@pytest.mark.parametrize("page, stamp_year", [
    ("政协提案工作报告范文\n\n时间:2023-03-08 10:06:09\n\n政协提案工作报告\n\n", 2023),   # a 范文 title
    ("提案工作情况报告\n\n时间:2021-11-20 08:15:33\n\n提案工作情况报告范文第1篇\n\n", 2021),  # …范文第1篇
    ("提案工作报告范文(3篇)\n上传时间:2020年5月6日\n", 2020),                              # …范文(3篇)
    ("政协提案工作报告\n\n时间:2022-04-02 05:48:00\n\n"
     "导语:政协提案工作报告一文来源于网友上传,不代表本站观点,欢迎参考。\n\n", 2022),        # a user's upload
    ("政協提案工作報告\n\n時間:2022-04-02 05:48:00\n\n"
     "導語:政協提案工作報告一文來源於網友上傳,不代表本站觀點,歡迎參考。\n\n", 2022),        # (traditional script)
])
def test_an_upload_stamp_gives_no_dateline(page, stamp_year):
    year, figures = _dated(page + _BODY)
    assert year == _UNSTAMPED[0] and set(figures) == {year}  # dated as the same text with no stamp
    assert year not in (stamp_year, stamp_year - 1)
    assert extract(page + _BODY).document.year_source != "dateline"


def test_an_upload_page_keeps_the_texts_own_date_line():
    # the report's own line (given at the session) is the text's, not the site's
    page = "政协提案工作报告范文\n时间:2023-03-08 10:06:09\n政协提案工作报告\n(2011年3月8日在县政协七届四次会议上)\n"
    assert _dated(page + _BODY) == (2010, [2010, 2010])


@pytest.mark.parametrize("page", [
    "县政协召开提案工作座谈会\n发布时间:2011-03-08 来源:某某日报\n",
    "县政协召开提案工作座谈会\n时间: 2011-03-08 10:35 来源:某某日报 访问量:\n",   # 时间: on a news page
    "县政协召开提案工作座谈会\n来源:某某日报 2011-03-08\n",
    "县政协机关获评示范文明单位\n时间:2011-03-08 10:06:09\n",                      # 示范文明: no 范文 title
    "县政协召开提案工作座谈会\n时间:2011-03-08 10:06:09\n县政协将把优秀提案汇编成范文集\n",  # 范文 not ending a title
])
def test_a_news_pages_date_still_dates_it(page):
    # published in March 2011 at the session: it reviews 2010, not the rhythm's guess for the bare text
    assert _dated(page + _BODY) == (2010, [2010, 2010])
    assert _UNSTAMPED[0] != 2010


@pytest.mark.parametrize("page", [
    # a news page's disclaimer is no upload notice
    "县政协召开提案工作座谈会\n时间:2011-03-08 10:06:09\n声明:本文转自网络,不代表本站观点,如有侵权请联系删除。\n",
    "县政协召开提案工作座谈会\n发布时间:2011-03-08\n免责声明:本站部分信息由网友上传,仅供参考。\n",
    "首页 > 工作动态\n县政协召开提案工作座谈会\n发布时间:2011-03-08\n(本文仅代表作者观点,不代表本站观点)\n",
    "县政协召开提案工作座谈会\n日期:2011年3月8日\n用户上传的照片请勿转载\n",
    # 范文 ending a link line or another word is no collection title
    "县政协召开提案工作座谈会\n时间:2011-03-08 10:06:09\n相关推荐:提案工作报告范文\n",
    "县政协机关开展规范文\n时间:2011-03-08 10:06:09\n",
])
def test_a_disclaimer_or_a_link_keeps_the_news_date(page):
    assert _dated(page + _BODY) == (2010, [2010, 2010])
