"""A text's meaning does not change with its script or its web-page wrapping, so neither may its reading.

Each test writes one sentence (or short page) in simplified script, then in the form a real copy
takes (Taiwan or Hong Kong characters, a web page's navigation, footer and noise), and asks for the
same figures with the same attributes.
"""
from __future__ import annotations

from lvzhi.extract import extract, load_vocabulary
from lvzhi.extract.normalize import analysis_text
from lvzhi.extract.subjects import headline_breaks

ATTRIBUTES = ("value", "unit", "approx", "period", "category", "org_name", "report_year", "subject")


def reading(text: str) -> list[tuple]:
    return [tuple(getattr(metric, name) for name in ATTRIBUTES) for metric in extract(text).metrics]


def test_hong_kong_and_taiwan_character_forms_simplify_like_the_standard_ones():
    # 衞 (HK) for 衛, 敍 (HK) for 敘, 著 (TW) for 着: variants of the standard traditional forms
    assert analysis_text("教科文衞體類提案").text == "教科文卫体类提案"
    assert analysis_text("敍述委員履職情況").text == "叙述委员履职情况"
    assert analysis_text("隨著協商深入").text == "随着协商深入"


def test_the_copy_says_where_it_dropped_characters():
    # a stray space inside a word (工 作) and the space between two phrases of a headline both go;
    # cuts_in names the copy's indices they stood before, which is where headline_breaks looks
    original = "政协工 作会议开幕 五年提案4348件"
    copy = analysis_text(original)
    assert copy.text == "政协工作会议开幕五年提案4348件"
    assert copy.cuts_in(0, len(copy.text)) == [3, 8]
    assert copy.cuts_in(4, len(copy.text)) == [8]
    assert headline_breaks(copy.text, original, copy, 0, len(copy.text)) == [8]  # 工 作 is one word


def test_characters_that_simplify_two_ways_follow_the_phrase():
    # 覆 is 复 in 答覆 but stays in 覆蓋; 瞭 is 了 in 瞭解 but stays in 瞭望; 著 stays in 顯著
    assert analysis_text("答覆率達百分之百,覆蓋全縣").text == "答复率达百分之百,覆盖全县"
    assert analysis_text("深入瞭解民情,登高瞭望遠方").text == "深入了解民情,登高瞭望远方"
    assert analysis_text("成效顯著,著名學者").text == "成效显著,著名学者"


def test_a_character_simplified_in_its_own_right_stays_in_simplified_text():
    # 乾 is 干 in 乾燥, yet simplified script writes 乾 in names and words: a simplified text stays as it is
    assert analysis_text("乾县政协组织委员赴乾安县学习考察,参观乾隆年间的古建筑。").text \
        == "乾县政协组织委员赴乾安县学习考察,参观乾隆年间的古建筑。"


def test_a_traditional_copy_keeps_the_phrases_and_the_places_that_write_乾():
    assert analysis_text("天氣乾燥,乾坤朗朗").text == "天气干燥,乾坤朗朗"
    places = load_vocabulary().names_kept_in_script
    assert analysis_text("陝西省乾縣政協與吉林省乾安縣政協", None, places).text == "陕西省乾县政协与吉林省乾安县政协"


def test_a_traditional_copy_writes_干_where_it_wrote_幹_or_干():
    # the character map makes 幹 and 干 into 干 alike: a phrase target's 乾 (若乾, 乾安) stays only where
    # the text wrote 乾
    assert analysis_text("城市主幹道改造,若干縣區,關於若干安排").text == "城市主干道改造,若干县区,关于若干安排"


def test_a_traditional_copy_of_a_place_that_writes_乾_names_its_body():
    simplified = "乾安县政协今年共收到提案96件,已全部办结。"
    traditional = "乾安縣政協今年共收到提案96件,已全部辦結。"
    assert extract(simplified).document.org_name == "乾安县政协"
    assert reading(traditional) == reading(simplified)


def test_hong_kong_copy_of_a_proposal_sentence_reads_like_the_simplified_one():
    simplified = "本年度共收到提案215件,其中教科文卫体类提案48件,已全部答复,答复率达100%。"
    hong_kong = "本年度共收到提案215件,其中教科文衞體類提案48件,已全部答覆,答覆率達100%。"
    assert reading(hong_kong) == reading(simplified)


def test_taiwan_copy_with_zhe_written_zhu_reads_like_the_simplified_one():
    simplified = "随着协商不断深入,委员们在了解情况后提出意见建议36条。"
    taiwan = "隨著協商不斷深入,委員們在瞭解情況後提出意見建議36條。"
    assert reading(taiwan) == reading(simplified)


PAGE = ("中国人民政治协商会议某某县委员会常务委员会工作报告\n"
        "一年来,县政协共收到委员提案126件,经审查立案118件,办复率达100%。\n"
        "组织委员视察调研15次,报送社情民意信息42条。\n")


def test_a_web_pages_furniture_does_not_change_the_reading():
    web_page = ("首页 > 新闻中心 > 政协要闻\n" + PAGE.split("\n")[0] + "\n"
                "来源: 本网  点击数: 1234\n分享到: 微信 微博\n" + "\n".join(PAGE.split("\n")[1:])
                + "\n版权所有 © 本网站 备案号 京ICP备12345678号-1\n")
    plain, noisy = extract(PAGE), extract(web_page)
    assert (noisy.document.title, noisy.document.doc_type) == (plain.document.title, plain.document.doc_type)
    assert noisy.document.doc_type == "work_report"
    assert reading(web_page) == reading(PAGE)  # 点击数: 1234 is no figure


def test_a_publication_date_in_the_pages_record_still_dates_an_undated_report():
    page = PAGE.replace("一年来", "过去一年")
    dated = page.split("\n")[0] + "\n来源: 本网  发布时间: 2021-01-15 09:30\n" + "\n".join(page.split("\n")[1:])
    assert extract(dated).document.report_year == 2020


REPORT = ("过去一年,县政协围绕全县中心工作,组织委员开展专题视察调研15次,形成调研报告8篇,"
          "报送社情民意信息42条。全年共收到委员提案126件,经审查立案118件,不予立案转为意见建议409件。"
          "立案提案中,经济建设方面提案45件,占38.1%;社会建设方面提案27件,占22.9%;"
          "文化建设方面提案19件,占16.1%;联名提案10件,占4.93%。各承办单位高度重视,提案全部办复,办复率达100%。\n"
          "一年来,县政协坚持把学习作为履职第一要务,举办委员读书活动12场次,参加委员达300余人次,"
          "编印学习资料2000多册,委员履职能力不断提升。\n")


def hard_wrapped(text: str, width: int) -> str:
    """Every paragraph cut into lines of ``width`` characters, as a PDF or a fixed-width copy lays it out."""
    lines = []
    for paragraph in text.split("\n"):
        lines += [paragraph[at:at + width] for at in range(0, len(paragraph), width)] or [""]
    return "\n".join(lines)


def test_a_hard_wrapped_copy_reads_like_the_running_text():
    # the cuts fall inside numbers (40⏎9件, 38.⏎1%), after a clause's comma and before one
    for width in range(30, 46):
        assert reading(hard_wrapped(REPORT, width)) == reading(REPORT), width


def test_numbers_set_off_by_spaces_read_like_running_text():
    # a web copy's spaces around numbers (提案 126 件, 2020 年, 占 38.1 %); a table's wide gaps stay
    spaced = ("2020 年,县政协共收到委员提案 126 件,经审查立案 118 件,占 93.7 %。"
              "邀请 8 位台胞和 10 位港澳人士列席会议。")
    plain = "2020年,县政协共收到委员提案126件,经审查立案118件,占93.7%。邀请8位台胞和10位港澳人士列席会议。"
    assert reading(spaced) == reading(plain)
    assert analysis_text("提案    126件").text == "提案    126件"


def test_a_windows_copy_with_carriage_returns_reads_like_the_original():
    page = ("委员议事厅\n举办87场\n530名政协委员参与\n全年在线参与人数超1750万人\n单场最高在线参与超过400万人次\n"
            + REPORT)
    assert reading(page.replace("\n", "\r\n")) == reading(page)
    assert reading(hard_wrapped(REPORT, 40).replace("\n", "\r\n")) == reading(REPORT)


def test_marks_set_off_by_spaces_read_like_running_text():
    # a web copy's spaces around a comma or an enumeration mark (立案 118 件 , 占 93.7 % ; 二 、 2021年)
    plain = "二、2021年工作回顾\n县政协共收到委员提案126件,经审查立案118件,占93.7%;提出意见建议42条。"
    spaced = "二 、 2021年工作回顾\n县政协共收到委员提案126件 , 经审查立案118件 ,占93.7% ; 提出意见建议42条 。"
    assert reading(spaced) == reading(plain)


def test_a_plan_heading_with_spaced_marks_still_dates_the_review():
    plain = ("政协某某县第九届委员会常务委员会工作报告\n一、一年来的工作\n"
             "一年来,县政协组织委员视察15次,收到委员提案126件。\n二、2022年:凝心聚力再出发\n")
    spaced = ("政协某某县第九届委员会常务委员会工作报告\n一 、 一年来的工作\n"
              "一年来 , 县政协组织委员视察15次 , 收到委员提案126件 。\n二 、 2022年 : 凝心聚力再出发\n")
    assert extract(spaced).document.report_year == extract(plain).document.report_year == 2021
    assert reading(spaced) == reading(plain)


def test_a_flattened_pages_title_gap_after_a_bracket_stays():
    # a page that lost its line breaks: the space after (上接1版) is where its title ended
    page = ("中国人民政治协商会议某某县第九届委员会常务委员会工作报告(上接1版) 一年来,县政协组织委员视察15次,"
            "收到委员提案126件,经审查立案118件,提案全部办复。各位委员,一年来的工作,得益于县委的坚强领导。"
            "县政协坚持把学习作为履职第一要务,举办委员读书活动12场次,参加委员达300余人次,编印学习资料2000多册。")
    assert analysis_text(page).text.count(") 一年来") == 1


def test_an_indented_paragraph_opens_with_its_topic_as_an_unindented_one():
    plain = "社情民意信息工作扎实开展,全年收到信息1.2万篇,编报356期。"
    assert reading("\u3000\u3000" + plain) == reading(plain)
    assert [metric.subject for metric in extract(plain).metrics][1] == "编报社情民意信息"


def test_a_pinyin_gloss_with_a_space_before_its_bracket_is_dropped():
    # some converters write 會(huì )議: the gloss goes like 協(xié); a unit in brackets (km ) stays
    assert analysis_text("全國政協十一屆一次會(huì )議即將召開(kāi)").text == "全国政协十一届一次会议即将召开"
    assert analysis_text("面积(km )").text == "面积(km )"


def test_a_non_breaking_space_between_a_comma_and_a_quote_is_noise():
    plain = "据统计,委员工作室累计开展活动86次,“委员之家”办好惠民实事获得报道。"
    assert reading(plain.replace(",“", ",\u00a0“")) == reading(plain)
    assert analysis_text("累计开展活动86次,\u00a0“委员之家”").text == "累计开展活动86次,“委员之家”"


def test_a_pinyin_gloss_cut_by_a_hard_wrap_is_dropped_with_the_break():
    # a fixed-width copy of a glossed page cuts a line inside a gloss or just before it
    glossed = "其中关(guān)于经(jīng)济建(jiàn)设方面的提案36件,占28.6%。"
    plain = "其中关于经济建设方面的提案36件,占28.6%。"
    cuts = [at for at, char in enumerate(glossed) if char == "(" or glossed[at - 1] in "(āīà" or char == ")"]
    for cut in cuts:
        wrapped = glossed[:cut] + "\n" + glossed[cut:]
        assert analysis_text(wrapped).text == plain, wrapped
    assert analysis_text("面积(k\nm)").text == "面积(k\nm)"  # a unit in brackets is no gloss


def test_a_glossed_paragraph_hard_wrapped_reads_like_the_running_text():
    glossed = ("一年来,县政协共收到委员提案126件,经(jīng)审查立案118件。立案提案中,"
               "关(guān)于经济建设方面的45件,占38.1%;关于社会(huì)建设方面的27件,占22.9%;"
               "关于文化建设方面的19件,占16.1%。各承办单位高度重视,提案全部办复,办复率达100%。\n")
    for width in range(28, 46):
        assert reading(hard_wrapped(glossed, width)) == reading(glossed), width


SHORT_PARAGRAPHS = ("一年来,县政协组织委员开展专题视察调研15次,形成调研报告8篇,组织召开各类调研协商座谈会40余次,整理报送意见建议230余条。\n"
                    "全年共收到委员提案126件,经审查立案118件,其中经济建设方面的提案45件,占38.1%;社会建设方面的提案27件,占22.9%。\n"
                    "截至目前,立案提案已全部答复,其中所提问题已经解决或基本解决的62件,占比52.5%;列入计划逐步解决的41件,占比34.7%。\n"
                    "举办委员读书活动12场次,参加委员达300余人次。\n"
                    "组织委员深入基层联系群众,开展送医送教活动16次。\n"
                    "围绕乡村振兴开展民主监督,提出意见建议50余条。\n"
                    "编印《政协委员风采》一册,宣传先进委员事迹。\n"
                    "加强委员履职管理,建立委员履职档案。\n"
                    "二、主要做法\n"
                    "强化组织领导,压实办理责任,实现全过程调度。\n")


def test_a_page_wrapped_wide_reads_like_the_running_text():
    # at 60 characters a line most paragraphs take one or two lines: the cut lines are fewer than the
    # paragraphs' last lines, yet no line is longer than the width
    for width in range(52, 64):
        assert reading(hard_wrapped(SHORT_PARAGRAPHS, width)) == reading(SHORT_PARAGRAPHS), width


def test_a_web_page_whose_commonest_length_is_one_of_many_sets_no_width():
    # three equally long lines among longer paragraphs are no fixed width: the break after 协 stays
    page = ("县政协召开主席会议,研究部署下一阶段工作任务协\n"
            "商座谈会议程安排及其他有关事项的具体方案\n"
            "会议传达学习了全国政协会议精神并作出部署安排\n"
            + "一年来,县政协组织委员开展专题视察调研15次,形成调研报告8篇,整理报送意见建议230余条,很多成果得到批示。\n" * 2)
    assert "协\n商" in analysis_text(page).text


QUOTED = ("一年来,县政协以“委员工作室”为依托,组织委员开展“三进”活动24场次,收集意见建议120余条;"
          "其中《关于加快发展县域经济的建议》等9件提案被列为重点提案,由县领导领办督办。"
          "各专委会围绕“乡村振兴”主题开展专题调研6次,形成调研报告5篇,占全年调研报告总数的41.7%,"
          "提出意见建议38条。\n")


def test_cuts_around_quotes_and_before_a_closing_mark_are_rejoined():
    # a fixed width cuts after a closing quote (以“委员工作室”⏎为依托), before an opening one
    # (其中⏎《关于…》) and before a mark no line opens on (…41.7%⏎,提出)
    for width in range(24, 46):
        wrapped = hard_wrapped(QUOTED, width)
        assert reading(wrapped) == reading(QUOTED), width
    assert "“三进”活动" in analysis_text(hard_wrapped(QUOTED, 29)).text  # 三进”⏎活动
    assert "“三进”活动" in analysis_text(hard_wrapped(QUOTED, 28)).text  # 三进⏎”活动
    assert "开展“三进”" in analysis_text(hard_wrapped(QUOTED, 25)).text  # 开展⏎“三进”
    assert "其中《关于" in analysis_text(hard_wrapped(QUOTED, 25)).text  # 其中⏎《关于
    assert "督办。各专委会" in analysis_text(hard_wrapped(QUOTED, 43)).text  # 督办⏎。各专委会


def test_a_quoted_sentence_end_at_a_lines_end_keeps_its_break():
    # …做到“履职为民。” ends its paragraph like a full stop: the next paragraph keeps its own line
    first = "一年来,县政协组织委员开展视察调研15次,形成调研报告8篇。委员们表示做到“履职为民。”"
    second = "县政协共收到委员提案126件,经审查立案118件,提案全部办复,办复率达100%。"
    width = len(first) // 2
    page = hard_wrapped(first + "\n" + second + "\n" + second, width)
    assert "履职为民。”\n县政协" in analysis_text(page).text


def test_a_wrapped_reports_long_title_still_names_its_body():
    # a PDF's title line stops short of the width (32 characters in a 40-character wrap): it is the
    # title, not a cut line of running text, even where the report names its city's body more
    report = ("中国人民政治协商会议第十五届浙江省安吉县委员会常务委员会工作报告\n\n"
              "一年来,在县委的坚强领导下,我们认真学习贯彻市政协全会精神,积极参加市政协组织的专题调研3次,"
              "配合市政协开展民主监督2次,承办市政协委员视察活动1次。全年共收到委员提案126件,经审查立案118件,"
              "提案全部办复,办复率达100%。组织委员开展视察调研15次,形成调研报告8篇,报送社情民意信息42条,"
              "其中5条被市政协采用。\n"
              "各专委会围绕市政协年度协商计划,开展对口协商4次,邀请市政协委员参加界别活动6次,"
              "举办委员读书活动12场次,参加委员达300余人次,编印学习资料2000多册,委员履职能力不断提升。\n")
    for text in (report, hard_wrapped(report, 40)):
        reading_of_text = extract(text)
        assert reading_of_text.document.org_name == "安吉县政协"
        # read from the title, not guessed as the body the page names most
        assert "document" not in {metric.org_source for metric in reading_of_text.metrics}


def test_a_number_set_off_by_spaces_and_cut_by_a_wrap_stays_one_number():
    # a web copy's spaced numbers (提案 126 件, 占 38.1 %) laid out at a fixed width: the cut falls
    # inside the number after its space (提案 1⏎26 件, 占 38⏎.1 %)
    spaced = ("一年来,县政协共收到委员提案 126 件,经审查立案 118 件,其中经济建设方面的提案 45 件,占 38.1 %;"
              "社会建设方面的提案 27 件,占 22.9 %;文化建设方面的提案 19 件,占 16.1 %。各承办单位高度重视,"
              "提案全部办复,办复率达 100 %,组织委员视察调研 15 次,报送社情民意信息 42 条。\n")
    for width in range(24, 46):
        assert reading(hard_wrapped(spaced, width)) == reading(spaced), width


def test_a_wrap_beside_a_spaced_numbers_space_is_rejoined():
    # the cut falls before the space that sets a number off (…,占⏎ 22.9 %) or after it (提案 45 ⏎件)
    spaced = ("一年来,县政协共收到委员提案 126 件,经审查立案 118 件,其中经济建设方面的提案 45 件,占 38.1 %;"
              "社会建设方面的提案 27 件,占 22.9 %;文化建设方面的提案 19 件,占 16.1 %。各承办单位高度重视,"
              "提案全部办复,办复率达 100 %,组织委员视察调研 15 次,报送社情民意信息 42 条。\n")
    assert "的提案45件,占38.1%;" in analysis_text(hard_wrapped(spaced, 24)).text  # 的提案 45 ⏎件
    assert "提案27件,占22.9%;" in analysis_text(hard_wrapped(spaced, 25)).text  # 占⏎ 22.9 %
    # two spaces or more opening a line indent a paragraph: that break stays
    indented = hard_wrapped(spaced, 24).rstrip("\n") + "\n  县政协共收到委员提案126件,经审查立案118件,提案全部办复。"
    assert "条。\n  县政协" in analysis_text(indented).text


LETTERED = ("一年来,县政协所提问题已经解决或基本解决的,即A类提案有62件,占52.5%;列入计划逐步解决的,即B类提案有41件,"
            "占34.7%。全县建成委员履职综合性平台载体-“委员工作站”12个,开通委员QQ群和微信群8个,覆盖委员300余人。\n")


def test_a_cut_beside_a_latin_letter_or_after_a_linking_dash_is_rejoined():
    # 即A⏎类提案, 平台载体⏎-“委员工作站”, 工作站”1⏎2个 (at 41 and wider the page is too short to show its width)
    for width in range(24, 41):
        assert reading(hard_wrapped(LETTERED, width)) == reading(LETTERED), width
    assert "即A类提案" in analysis_text(hard_wrapped(LETTERED, 24)).text  # 即A⏎类提案
    assert "载体-“委员工作站”12个" in analysis_text(hard_wrapped(LETTERED, 27)).text  # 载体⏎-“委员
    assert "“委员工作站”12个" in analysis_text(hard_wrapped(LETTERED, 30)).text  # 工作站”1⏎2个
    page = hard_wrapped(LETTERED + LETTERED.replace("一年来", "今年以来"), 41)
    assert "载体-“委员工作站”" in analysis_text(page).text  # 载体-⏎“委员工作站”


def pdf_laid_out(text: str, width: int) -> str:
    """A PDF's copy: each paragraph opens with two ideographic spaces and is cut every ``width``
    characters; no blank lines."""
    paragraphs = ["\u3000\u3000" + paragraph for paragraph in text.split("\n") if paragraph]
    return hard_wrapped("\n".join(paragraphs), width)


BREAKDOWN = ("一年来,县政协共收到委员提案126件,经审查立案118件,立案率93.7%。其中委员提案108件,集体提案共10件。"
             "经济建设方面的45件,占38.1%;社会建设方面的27件,占22.9%;文化建设方面的19件,占16.1%。\n"
             "组织委员开展视察调研15次,形成调研报告8篇。\n"
             "举办委员读书活动12场次,参加委员达300余人次。\n"
             "报送社情民意信息42条,其中5条被市政协采用。\n")


def test_a_full_stop_at_the_width_runs_on_where_the_page_indents_its_paragraphs():
    # …集体提案10件。⏎经济建设方面的45件: on a page whose paragraphs open indented, an unindented line
    # after a full stop at the width is the same paragraph
    for width in range(24, 40):
        assert reading(pdf_laid_out(BREAKDOWN, width)) == reading(BREAKDOWN), width
    page = pdf_laid_out(BREAKDOWN, 30)
    assert "。\n经济建设" in page and "集体提案共10件。经济建设" in analysis_text(page).text


def test_a_full_stop_at_the_width_ends_its_paragraph_where_the_page_marks_none():
    # no indents, no blank lines: a full stop at the width may end a paragraph, so the break stays
    page = hard_wrapped(BREAKDOWN, 29)
    assert "。\n经济建设" in page and "。\n经济建设" in analysis_text(page).text


GLOSSES = {"审": "审(shěn)", "济": "济(jì)", "会": "会(huì)", "率": "率(lǜ)", "场": "场(chǎng)"}


def glossed_after_the_cut(wrapped: str) -> str:
    """A fixed-width copy that a web site glossed afterwards: the glosses sit inside the cut lines."""
    return "".join(GLOSSES.get(char, char) for char in wrapped)


def test_glosses_or_a_bom_put_in_after_the_cut_take_no_width():
    # the cut lines are of one width only when glosses and a byte-order mark are not counted
    for width in range(30, 46):
        assert reading(glossed_after_the_cut(hard_wrapped(REPORT, width))) == reading(REPORT), width
        assert reading("\ufeff" + hard_wrapped(REPORT, width)) == reading(REPORT), width


HEADLINE_PAGE = ("县政协召开十届二次会议提案交办会议部署提案办理工作\n"
                 "各承办单位负责同志参加会议并领取了交办提案\n"
                 "会议要求各承办单位按期办复,全年共交办提案218件,涉及单位56家。\n")


def test_a_headline_is_not_joined_to_page_furniture_of_its_length():
    # a 来源 line and a 字体 line as long as the headline make a run of three alike lines, yet a
    # page's furniture is never the rest of a cut line
    furnished = (HEADLINE_PAGE.split("\n")[0] + "\n来源:县政协办公室  作者:综合科  浏览:2317\n"
                 "【字体:大 中 小】 【打印本页】 【关闭窗口】\n" + "\n".join(HEADLINE_PAGE.split("\n")[1:]))
    plain, noisy = extract(HEADLINE_PAGE), extract(furnished)
    assert noisy.document.title == plain.document.title == "县政协召开十届二次会议提案交办会议部署提案办理工作"
    assert noisy.document.doc_type == plain.document.doc_type
    assert reading(furnished) == reading(HEADLINE_PAGE)
    assert extract("\ufeff" + furnished).document.title == plain.document.title  # a BOM hides no furniture


NEWS_PAGE = ("县政协召开提案办理协商会\n"
             "王某某主持并讲话\n"
             "3月12日上午,县政协召开提案办理协商会,听取县政府有关部门提案办理情况汇报。\n"
             "会议指出,今年以来各承办单位认真办理委员提案,共办复提案86件。\n"
             "会议要求,要进一步提高提案办理质量。\n"
             "县政协副主席李某某出席会议。\n"
             "县直有关部门负责同志参加会议。\n"
             "(记者 张某)\n")


def test_page_furniture_under_the_headline_pushes_no_byline_out_of_the_opening():
    # the opening's eight lines of content are read for a byline (记者); the furniture among them
    # takes none of their places, so 主持并讲话 under the headline still heads news, not a speech
    furnished = (NEWS_PAGE.split("\n")[0] + "\n来源:县政协办公室\n点击数:231\n分享到:\n"
                 + "\n".join(NEWS_PAGE.split("\n")[1:]))
    assert extract(NEWS_PAGE).document.doc_type == "news"
    assert extract(furnished).document.doc_type == "news"
    assert reading(furnished) == reading(NEWS_PAGE)


def test_a_breadcrumbs_section_names_no_figures_topic():
    # 新闻中心 and 政协·协商 name where a site files the page, not what the figure under it counts
    page = "县里今年有120名学子考入大学\n近日,县里举行欢送会,为学子们送上祝福。\n"
    for crumb in ("首页 > 新闻中心 > 工作动态\n", "首页>政协·协商>最政协\n"):
        assert reading(crumb + page) == reading(page), crumb
    # a breadcrumb so long that only its end is within reach of the figure's sentence
    crumb = "当前位置:首页 > 政务公开 > 政府信息公开目录 > 各区县政协动态 > 基层政协工作 > 委员风采 > 履职故事 > 新闻中心 > 正文\n"
    assert reading(crumb + page) == reading(page)


def test_a_sentence_broken_after_a_comma_reads_as_one():
    # a web editor's <br> left mid-sentence: the year, the body and the topic before the break still
    # frame the figures after it
    whole = "2023年,县政协围绕乡村振兴开展专题调研,形成调研报告6篇,提出意见建议45条。\n"
    for at in (whole.index(",") + 1, whole.index("研,") + 2, whole.index("篇,") + 2):
        broken = whole[:at] + "\n" + whole[at:]
        assert analysis_text(broken).text == whole, broken
        assert reading(broken) == reading(whole), broken
    assert reading(whole.replace("、", "、\n")) == reading(whole)


def test_a_break_after_a_comma_before_a_blank_line_an_indent_or_a_list_item_stays():
    for kept in ("各位委员,\n\n现在我代表常委会报告工作。", "各位委员,\n  现在我代表常委会报告工作。",
                 "主要做法有以下几个方面,\n一、加强学习", "主要工作有,\n2023年召开常委会议4次"):
        assert "\n" in analysis_text(kept).text, kept


OPENING_NUMBERS = ("县政协全年共收到部门答复7件,办结率达到百分之百。20个委员活动组共与45家企业结对开展了活动,"
                   "收集意见建议104条。2023年,县人大代表提出建议64件,答复率为100%。"
                   "委员们围绕“有事好商量·协商在一线”品牌建设,开展协商活动16场,打造‘一乡一品’特色平台9个。\n")


def test_numbers_opening_a_sentence_and_closing_marks_cut_by_a_wrap_are_rejoined():
    # the width cuts inside a number after a full stop (。2⏎0个, 。202⏎3年), before a closing single
    # quote (‘一乡一品⏎’) or after a name's middle dot (好商量·⏎协商)
    for width in range(24, 44):
        assert reading(hard_wrapped(OPENING_NUMBERS * 3, width)) == reading(OPENING_NUMBERS * 3), width


def test_a_notes_mark_after_a_full_stop_is_not_joined_to_a_dated_entry():
    page = "\n".join(["县政协组织委员开展专题视察调研活动,形成调研报告多篇。1", "2019年,县政协组织委员开展视察调研活动8次。"] * 4)
    assert "。1\n2019年" in analysis_text(page).text


def test_a_gloss_is_dropped_and_left_out_of_a_lines_width_alike():
    # one reading of what a gloss is serves the analysis copy and the width a line had at its cut
    from lvzhi.extract.normalize import _visible_length
    line = "(jīng)经(jīng)济a(jīng)"  # a gloss opening the line or after a Latin letter glosses nothing
    assert analysis_text(line).text == "(jīng)经济a(jīng)"
    assert _visible_length(line, glosses_count=False) == len("(jīng)经济a(jīng)")
    assert _visible_length(line, glosses_count=True) == len(line)


def test_a_lines_width_leaves_out_zero_width_characters_and_glosses_put_in_after_the_cut():
    from lvzhi.extract.normalize import _line_lengths
    plain = ["经审查立案提案一百二十六件", "其中经济建设方面三十六件"]
    assert _line_lengths(plain, "\n".join(plain)) == [13, 12]
    marked = ["\ufeff经审查立案提案一百二十六件", "其中经济建设\u200b方面三十六件\r"]
    assert _line_lengths(marked, "\n".join(marked)) == [13, 12]
    # glosses that make lines of one width only when left out were put in after the cut
    glossed = ["一年来全县政协委员经审(shěn)查立案提案一百二十六件", "其中关于经济(jì)建设方面的提案共计有三十六件整",
               "一年来县政协共召开常委会议四次主席会议十二次"] * 3
    assert _line_lengths(glossed, "\n".join(glossed)) == [22, 21, 22] * 3


def test_a_flip_book_page_set_in_by_a_margin_reads_like_the_running_text():
    # a yearbook's PDF text layer keeps the page's left margin on every line of its column; a
    # paragraph's first line is set in deeper, and is no continuation of the line above
    margin = " " * 15
    page = "\n".join(margin + line for line in hard_wrapped(REPORT, 18).split("\n"))
    page = page.replace("\n" + margin + "一年来", "\n" + margin + "  一年来")
    assert reading(page) == reading(REPORT)
