"""Messy real-world input (review 41): short UTF-8 files with a broken byte, hidden copies in web
pages, year-column tables and footnotes in Word files. Real files written to a temporary folder."""
from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from lvzhi import ingest

BRIEF = "2023年,重庆市开州区政协共收到提案326件,经审查立案298件,办结率100%。"
REPORT = ("重庆市开州区政协2023年工作报告\n\n2023年,重庆市开州区政协共收到提案326件,经审查立案298件。"
          "全年组织委员开展调研44次,报送社情民意信息91条。委员们围绕中心工作积极履职。\n")


def load_one(folder: Path, name: str, data: bytes):
    (folder / name).write_bytes(data)
    documents, rejections = ingest.load(ingest.discover(folder))
    return documents, rejections


def test_a_short_utf8_brief_cut_off_mid_character_is_read(tmp_path):
    data = BRIEF.encode()[:-2]  # 123 bytes: the last character (。) cut after its first byte
    assert len(data) < 200
    documents, rejections = load_one(tmp_path, "brief.txt", data)
    assert rejections == []
    assert documents[0].encoding == "utf-8 (1 invalid bytes replaced)"
    assert documents[0].text == BRIEF[:-1] + "\ufffd"


@pytest.mark.parametrize("where", [0.3, 0.5, 0.9])
def test_a_short_utf8_text_with_one_broken_byte_is_read(tmp_path, where):
    raw = REPORT.encode()
    at = int(len(raw) * where)
    while raw[at] & 0xC0 == 0x80:  # between two characters
        at += 1
    data = raw[:at] + b"\xff" + raw[at:]
    assert len(data) < 400  # 0.5% of it is less than one byte
    documents, rejections = load_one(tmp_path, "report.txt", data)
    assert rejections == []
    assert documents[0].encoding == "utf-8 (1 invalid bytes replaced)"
    assert documents[0].text == REPORT[:len(raw[:at].decode())] + "\ufffd" + REPORT[len(raw[:at].decode()):]


def test_a_short_text_with_many_broken_bytes_is_not_utf8(tmp_path):
    raw = BRIEF.encode()
    data = b"\xff".join(raw[i:i + 20] for i in range(0, 80, 20)) + raw[80:]  # not at character bounds
    documents, rejections = load_one(tmp_path, "broken.txt", data)
    assert documents == [] and "undecodable" in rejections[0].reason


TRADITIONAL = opencc.OpenCC("s2tw").convert


@pytest.mark.parametrize("text, codecs", [
    ("提案326件", {"gb18030"}),  # read as UTF-8: three broken places and one well-formed character
    ("政协共收到提案326件。", {"gb18030"}),
    ("全年开展调研41次,报送信息152条。", {"gb18030"}),
    ("委员履职情况通报:出席全会率98%", {"gb18030"}),
    (BRIEF, {"gb18030"}),
    (TRADITIONAL("协商座谈会12次"), {"big5", "big5hkscs"}),
    (TRADITIONAL("资讯采用率达到95%"), {"big5", "big5hkscs"}),
    (TRADITIONAL(BRIEF), {"big5", "big5hkscs"}),
])
def test_short_gbk_and_big5_texts_are_not_read_as_broken_utf8(tmp_path, text, codecs):
    codec = "gbk" if codecs == {"gb18030"} else "big5"
    documents, rejections = load_one(tmp_path, "short.txt", text.encode(codec))
    assert rejections == [] and documents[0].text == text and documents[0].encoding in codecs


SENTENCE = "2023年,重庆市奉节县政协共收到提案320件,经审查立案299件,全年组织委员开展调研44次。"


def page(body: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>奉节县政协</title></head>'
            f"<body>{body}</body></html>").encode()


@pytest.mark.parametrize("hidden_copy", [
    f'<div style="display:none">{SENTENCE}</div>',  # a print copy
    f'<div class="print" style="color: #333; DISPLAY : NONE !important">{SENTENCE}</div>',
    f'<div style="visibility:hidden"><p>{SENTENCE}</p></div>',
    f"<section hidden><div><div>{SENTENCE}</div></div><p>{SENTENCE}</section>",  # nested, one p left open
    f'<p style="display:none">{SENTENCE}',  # a paragraph whose end tag is left out: the next block ends it
])
def test_text_hidden_by_its_own_markup_is_not_a_pages_text(tmp_path, hidden_copy):
    documents, rejections = load_one(tmp_path, "奉节县.html", page(
        f'<div id="content"><p>{SENTENCE}</p></div>{hidden_copy}<div class="footer">责任编辑:张三</div>'))
    assert rejections == []
    assert documents[0].text == f"奉节县政协\n{SENTENCE}\n责任编辑:张三"


def test_a_hidden_span_inside_a_sentence_leaves_the_sentence_whole(tmp_path):
    documents, _ = load_one(tmp_path, "page.html", page(
        '<p>共收到提案<span style="display:none">9999件</span>320件,<i hidden>x</i>立案299件。</p>'))
    assert documents[0].text == "奉节县政协\n共收到提案320件,立案299件。"


@pytest.mark.parametrize("body, text", [
    # no stylesheet is evaluated: text hidden by a class (or a <style> rule) is kept
    (f'<p>{SENTENCE}</p><div class="hidden">类隐藏</div>', f"{SENTENCE}\n类隐藏"),
    # a style that only looks alike hides nothing
    (f'<p style="x-display:none;display:block">{SENTENCE}</p>', SENTENCE),
    # a hidden element never closed: kept (a tag soup costs no visible text)
    (f'<p>{SENTENCE}</p><div style="display:none"><div>未闭合</div>', f"{SENTENCE}\n未闭合"),
])
def test_what_is_kept_of_a_page_whatever_its_hiding_markup(tmp_path, body, text):
    documents, _ = load_one(tmp_path, "page.html", page(body))
    assert documents[0].text == f"奉节县政协\n{text}"


def test_a_body_hidden_until_a_script_shows_it_is_the_page(tmp_path):
    html = page(f"<p>{SENTENCE}</p>").replace(b"<body>", b'<body style="display:none">')
    documents, _ = load_one(tmp_path, "page.html", html)
    assert documents[0].text == f"奉节县政协\n{SENTENCE}"


def write_table_docx(path: Path, paragraphs: list[str], rows: list[list[str]], merged_rows: tuple[int, ...] = ()):
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    for r in merged_rows:  # a title or section row across the table
        table.cell(r, 0).merge(table.cell(r, len(rows[0]) - 1))
    document.add_paragraph("以上数据截至年底。")
    document.save(str(path))


INTRO = ["重庆市九龙坡区政协提案工作统计", "重庆市九龙坡区政协近两年提案工作情况如下表。"]
TWO_YEARS = [["项目", "2023年", "2022年"], ["收到提案", "351件", "330件"], ["立案", "333件", "310件"],
             ["组织调研", "52次", "48次"]]


def test_a_docx_table_of_year_columns_dates_each_figure_by_its_column(tmp_path):
    from lvzhi.extract import extract

    write_table_docx(tmp_path / "九龙坡区.docx", INTRO, TWO_YEARS)
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == []
    assert documents[0].text.splitlines() == INTRO + [
        "项目\t2023年\t2022年", "2023年收到提案351件。", "2022年收到提案330件。", "2023年立案333件。",
        "2022年立案310件。", "2023年组织调研52次。", "2022年组织调研48次。", "以上数据截至年底。"]
    figures = {(m.mention_text, m.report_year, m.subject) for m in extract(documents[0].text).metrics}
    assert figures == {("351件", 2023, "收到提案"), ("330件", 2022, "收到提案"), ("333件", 2023, "立案"),
                       ("310件", 2022, "立案"), ("52次", 2023, "组织调研"), ("48次", 2022, "组织调研")}


def test_a_year_table_loses_no_cell(tmp_path):
    rows = [["2023年提案统计", "", "", "", ""],
            ["序号", "项目", "2023", "2022年度", "增减"],
            ["1", "收到提案", "351件", "330件", "21件"],
            ["2", "立案", "333件", "", "23件"],
            ["二、调研", "", "", "", ""],
            ["3", "组织调研", "52次", "48次。", ""]]
    write_table_docx(tmp_path / "table.docx", [], rows, merged_rows=(0, 4))
    documents, _ = ingest.load(ingest.discover(tmp_path))
    assert documents[0].text.splitlines() == [
        "2023年提案统计", "序号\t项目\t2023\t2022年度\t增减",
        "1", "2023年收到提案351件。", "2022年度收到提案330件。", "收到提案增减21件。",
        "2", "2023年立案333件。", "立案增减23件。",
        "二、调研",
        "3", "2023年组织调研52次。", "2022年度组织调研48次。",  # a cell that ends its sentence keeps its mark
        "以上数据截至年底。"]


def test_a_year_table_without_a_label_column_dates_its_first_column_too(tmp_path):
    """Years in every column of the header (2023年 | 2022年), no label column: the first column's cell is
    2023's figure, not the label of the 2022 column's."""
    from lvzhi.extract import extract

    write_table_docx(tmp_path / "九龙坡区.docx", INTRO, [["2023年", "2022年"], ["收到提案351件", "收到提案330件"]])
    documents, _ = ingest.load(ingest.discover(tmp_path))
    assert documents[0].text.splitlines()[2:5] == ["2023年\t2022年", "2023年收到提案351件。", "2022年收到提案330件。"]
    figures = {(m.mention_text, m.report_year) for m in extract(documents[0].text).metrics}
    assert figures == {("351件", 2023), ("330件", 2022)}


def test_a_table_without_year_columns_is_read_row_by_row(tmp_path):
    write_table_docx(tmp_path / "table.docx", [], [["类别", "件数", "占比"], ["经济建设", "120件", "35%"],
                                                   ["2023年新增", "20件", "6%"]])
    documents, _ = ingest.load(ingest.discover(tmp_path))
    assert documents[0].text.splitlines() == ["类别\t件数\t占比", "经济建设\t120件\t35%", "2023年新增\t20件\t6%",
                                              "以上数据截至年底。"]


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_docx_with_notes(path: Path, body: str, footnotes: list[str], endnotes: list[str] = (),
                          notes_xml: bytes | None = None) -> None:
    """A DOCX by python-docx whose body paragraph carries a reference to each note, with a footnotes
    part (its separator notes as Word writes them) and an endnotes part."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    def notes(tag: str, texts: list[str]) -> bytes:
        separators = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
                      f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                      f"</w:r></w:p></w:{tag}>")
        items = "".join(f'<w:{tag} w:id="{n}"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}'
                        f"</w:t></w:r></w:p></w:{tag}>" for n, text in enumerate(texts, 1))
        return f'<w:{tag}s xmlns:w="{W_NS}">{separators}{items}</w:{tag}s>'.encode()

    document = docx.Document()
    paragraph = document.add_paragraph(body)
    for n in range(1, len(footnotes) + 1):
        paragraph._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:footnoteReference w:id="{n}"/></w:r>'))
    package = document.part.package
    blob = notes_xml if notes_xml is not None else notes("footnote", footnotes)
    document.part.relate_to(Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, package), RT.FOOTNOTES)
    if endnotes:
        document.part.relate_to(Part(PackURI("/word/endnotes.xml"), CT.WML_ENDNOTES, notes("endnote", endnotes),
                                     package), RT.ENDNOTES)
    document.save(str(path))


def test_docx_footnotes_and_endnotes_are_read_after_the_body(tmp_path):
    write_docx_with_notes(tmp_path / "report.docx", "2023年,共收到提案351件。",
                          ["其中集体提案42件。", "含跨年度办理的提案5件。"], ["数据来源:区政协提案委员会。"])
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == []
    assert documents[0].text.splitlines() == ["2023年,共收到提案351件。", "其中集体提案42件。",
                                              "含跨年度办理的提案5件。", "数据来源:区政协提案委员会。"]


def test_a_damaged_footnotes_part_leaves_the_body_readable(tmp_path):
    write_docx_with_notes(tmp_path / "report.docx", "2023年,共收到提案351件。", ["x"],
                          notes_xml=b"<w:footnotes not xml")
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == [] and documents[0].text == "2023年,共收到提案351件。"


@pytest.mark.parametrize("html", [
    '<div><p hidden>打印版</div>全年收到提案120件。<div>尾</div>',
    '<table><tr><td><p style="display:none">打印版</td><td>全年收到提案120件。</td></tr></table><p>尾</p>',
    '<ul><li><p hidden>打印版</li><li>全年收到提案120件。</li></ul><p>尾</p>',
    '<section><p hidden>打印版</section><span>全年收到提案120件。</span><p>尾</p>',
])
def test_a_hidden_paragraph_without_its_end_tag_ends_with_its_parent(html):
    """A paragraph's end tag may be left out: its parent's end tag ends it (HTML), so the visible text
    after that parent is no part of the hidden paragraph."""
    from lvzhi.readers.webpage import html_to_text

    text = html_to_text(html)
    assert "全年收到提案120件。" in text and "尾" in text
    assert "打印版" not in text


def test_a_hidden_paragraph_keeps_its_inline_elements_inside():
    from lvzhi.readers.webpage import html_to_text

    assert html_to_text('<p hidden>打<span>印</span><b>版<br>本</b></p>收到提案120件') == "收到提案120件"
