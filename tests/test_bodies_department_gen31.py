"""Page bodies read from fresh pages (gen31): a government department's disclosure that places no 政协 but
handles 政协 proposals (某县卫生健康局2024年度人大代表建议和政协委员提案办理情况) names its place only in the
department's own name: that place's 政协 is the page's body and the 人大's items its 人大's, as on a 县人民政府
disclosure. A page with no department in its head, a department without its place (县卫健局), or one
that names its 政协 itself is read as before. Sentences written for the test."""
from __future__ import annotations

from lvzhi.extract import extract

BUREAU = ("临沭县交通运输局2024年度人大代表建议和政协委员提案办理情况\n"
          "2024年,县交通运输局共办理人大建议12件,政协提案9件。所有建议提案均按时办结。\n")
CITY_BUREAU = ("常州市生态环境局关于人大建议政协提案办理结果公开的通告\n"
               "(一)本年度人大代表建议共有31件,其中公开件数28件。\n"
               "(二)本年度政协提案共有26件,其中公开件数24件。\n")


def test_a_department_s_disclosure_is_its_place_s_body():
    result = extract(BUREAU)
    assert result.document.org_name == "临沭县政协"
    assert {m.mention_text: m.org_name for m in result.metrics} == {"12件": "临沭县人大", "9件": "临沭县政协"}


def test_a_city_department_s_notice_is_the_city_s_body():
    result = extract(CITY_BUREAU)
    assert result.document.org_name == "常州市政协"
    owners = {m.mention_text: m.org_name for m in result.metrics}
    assert owners == {"31件": "常州市人大", "28件": "常州市人大", "26件": "常州市政协", "24件": "常州市政协"}


def test_a_department_without_its_place_names_no_body():
    text = "县交通运输局2024年度人大代表建议和政协委员提案办理情况\n" + BUREAU.split("\n", 1)[1]
    result = extract(text)
    assert result.document.org_name == ""
    assert {m.org_name for m in result.metrics} == {""}


def test_a_page_that_names_its_own_body_keeps_it():
    text = ("临沭县交通运输局召开提案办理座谈会\n"
            "会上,莒南县政协副主席某某介绍,2024年莒南县政协共收到提案150件。\n")
    assert extract(text).document.org_name == "莒南县政协"


def test_a_party_organ_is_no_department():
    text = ("临沭县委宣传部办公室关于政协委员提案办理情况的说明\n"
            "2024年,共办理政协提案9件。\n")
    assert extract(text).document.org_name == ""


def test_a_department_s_disclosure_in_traditional_script():
    text = ("臨沭縣交通運輸局2024年度人大代表建議和政協委員提案辦理情況\n"
            "2024年,縣交通運輸局共辦理人大建議12件,政協提案9件。\n")
    result = extract(text)
    assert result.document.org_name == "临沭县政协"
    assert {m.mention_text: m.org_name for m in result.metrics} == {"12件": "临沭县人大", "9件": "临沭县政协"}


def test_a_level_named_visit_to_a_place_is_no_department():
    # 长兴县考察委员工作室: no department (a bare 委 is left out), and a placed 政协 stops the reading
    text = "10月9日,县政协副主席某某率队到德清县、长兴县考察委员工作室建设,德清县政协主席某某陪同,交流提案工作。"
    assert extract(text).document.org_name == ""


def test_a_department_named_in_an_issuer_line_places_the_page():
    text = ("关于2024年人大代表建议政协提案办理情况\n"
            "发布机构:宿迁市市场监督管理局  发布时间:2024-10-08\n"
            "2024年,市政协交由我局办理的政协委员提案共18件,已全部办结。\n")
    result = extract(text)
    assert result.document.org_name == "宿迁市政协"
    assert {m.mention_text: m.org_name for m in result.metrics} == {"18件": "宿迁市政协"}


def test_a_department_on_a_page_without_proposals_names_no_body():
    text = ("宿迁市市场监督管理局开展食品安全检查\n"
            "部分政协委员参加检查,全年共检查门店120家。\n")
    assert extract(text).document.org_name == ""  # no 提案: members at a department's work place no body


def test_a_department_s_news_page_names_no_body():
    # the department stands in the head, 提案 only in the body: a news page, not a proposals disclosure
    text = ("沂南县市场监督管理局\n沂南县市场监督管理局召开食品安全工作会议\n"
            "会上通报了今年政协委员提案3件的办理情况。全县共检查门店1200家。\n")
    result = extract(text)
    assert result.document.org_name == ""
    assert {m.org_name for m in result.metrics} == {""}
