"""Decoding, reading and discovery on real files written to a temporary folder."""
from __future__ import annotations

import os
from pathlib import Path

import opencc
import pytest

from conftest import SEEDS, SHARED
from documents import write_docx, write_pdf, write_scanned_pdf
from lvzhi import ingest

TEXT = "全年共立案298件提案,办结率100%。"
TRADITIONAL = opencc.OpenCC("s2tw").convert(TEXT)  # 全年共立案298件提案,辦結率100%。
DEV_TEXTS = SHARED / "dev" / "texts"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data, encoding", [
    ("plain.txt", TEXT.encode("utf-8"), "utf-8"),
    ("bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    ("gbk.txt", TEXT.encode("gb18030"), "gb18030"),
    ("wide.txt", TEXT.encode("utf-16"), "utf-16"),
    ("wide32.txt", TEXT.encode("utf-32"), "utf-32"),  # its mark starts like UTF-16's
    ("wide32be.txt", b"\x00\x00\xfe\xff" + TEXT.encode("utf-32-be"), "utf-32"),
    ("nobom16.txt", TEXT.encode("utf-16-le"), "utf-16-le"),
])
def test_text_encodings_decode_to_the_same_text(tmp_path, name, data, encoding):
    write(tmp_path, name, data)
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == []
    assert [(d.document_id, d.encoding, d.text) for d in documents] == [(Path(name).stem, encoding, TEXT)]


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n", "empty file"),
    ("scan.txt", b"%PDF-1.7\n\x00\x01binary", "binary file"),
    ("broken.txt", b"\xff\xfa\xfb\xfc\x81\x30\x81", "undecodable"),
    ("table.xlsx", b"PK\x03\x04", "unsupported file type"),
    ("spaces.txt", b" \r\n\t" * 5000, "empty file"),  # blank well past the first 4 KiB
    ("bom_only.txt", b"\xef\xbb\xbf\n", "empty file"),
    # UTF-8 read as Latin-1 and saved again: valid UTF-8, but mojibake
    ("double.txt", TEXT.encode("utf-8").decode("latin-1").encode("utf-8"), "mojibake"),
    # a UTF-16 mark before UTF-32 text: a NUL before every character
    ("nuls.txt", b"\xfe\xff" + TEXT.encode("utf-32-be"), "mostly NUL"),
    ("scan.pdf", None, "scanned PDF without a text layer"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF", "unreadable PDF"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "unreadable DOCX"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy Word .doc (binary) is not read: save it as .docx"),
])
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, data, reason):
    write(tmp_path, "good.txt", TEXT.encode())
    if data is None:
        write_scanned_pdf(tmp_path / name)
    else:
        write(tmp_path, name, data)
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert [d.document_id for d in documents] == ["good"]
    assert len(rejections) == 1 and reason in rejections[0].reason
    assert rejections[0].source_path.endswith(name)


def test_same_stem_in_two_folders_is_a_clash_not_an_overwrite(tmp_path):
    write(tmp_path, "a/report.txt", TEXT.encode())
    write(tmp_path, "b/report.txt", "另一份报告".encode())
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert len(documents) == 1 and documents[0].text == TEXT
    assert "document_id clash" in rejections[0].reason


def test_carriage_returns_are_kept_so_offsets_match_the_file(tmp_path):
    write(tmp_path, "crlf.txt", "第一行\r\n共立案5件".encode())
    documents, _ = ingest.load(ingest.discover(tmp_path))
    assert documents[0].text == "第一行\r\n共立案5件"


@pytest.mark.parametrize("make", ["missing", "empty", "file"])
def test_unusable_source_is_a_clear_error(tmp_path, make):
    target = tmp_path / "corpus"
    if make == "empty":
        target.mkdir()
    elif make == "file":
        target.write_text("x")
    with pytest.raises(ingest.SourceError, match="source"):
        ingest.discover(target)


@pytest.mark.parametrize("text, encoding", [
    (TRADITIONAL, "big5"), (TRADITIONAL, "big5hkscs"), (TEXT, "gb18030"), ("办结率100%", "gb18030"),
    (opencc.OpenCC("s2tw").convert("开州区政协委员协商"), "big5"),
])
def test_big5_and_gb18030_are_told_apart_even_on_short_texts(tmp_path, text, encoding):
    write(tmp_path, "short.txt", text.encode(encoding))
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == [] and documents[0].text == text
    assert documents[0].encoding in ({"big5", "big5hkscs"} if encoding.startswith("big5") else {encoding})


def _converted_corpus(folder: Path, sources: list[Path]) -> dict[str, tuple[str, str]]:
    """Each source as GB18030, traditional Big5 and UTF-32: {file name: (expected codec, text)}."""
    to_traditional = opencc.OpenCC("s2tw")
    expected = {}
    for source in sources:
        text = source.read_text(encoding="utf-8")
        # a Big5 file holds only what Big5 can encode (no pinyin marks, no simplified-only forms)
        traditional = to_traditional.convert(text).encode("big5", errors="ignore").decode("big5")
        for codec, content in (("gb18030", text), ("big5", traditional), ("utf-32", text)):
            name = f"{source.stem}.{codec}.txt"
            write(folder, name, content.encode(codec))
            expected[name] = (codec, content)
    return expected


def test_seeds_and_dev_texts_in_gb18030_big5_and_utf32_decode_exactly(tmp_path):
    sources = sorted(SEEDS.glob("*.txt")) + sorted(DEV_TEXTS.glob("*.txt"))
    expected = _converted_corpus(tmp_path, sources)
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == []
    got = {Path(d.source_path).name: (d.encoding, d.text) for d in documents}
    wrong = sorted(name for name in expected if got[name] != expected[name])
    assert not wrong, f"{len(wrong)} of {len(expected)} decoded wrongly, e.g. {wrong[:5]}"
    assert len(got) == len(expected) >= 15


# a long report, each line a little different (the mojibake check measures a head of it first)
LONG_REPORT = "\n".join(f"第{n}次常委会议听取了关于乡村道路养护的专题报告，委员们提出意见{n % 7 + 2}条。"
                         for n in range(1, 400))


@pytest.mark.parametrize("data, rejected", [
    (LONG_REPORT.encode("utf-8"), False),
    # UTF-8 read as Latin-1 and saved again, then Big5 bytes read as GB18030: garbled from the first line
    (LONG_REPORT.encode("utf-8").decode("latin-1").encode("utf-8"), True),
    (LONG_REPORT.encode("big5", errors="ignore").decode("gb18030", errors="ignore").encode("utf-8"), True),
])
def test_long_texts_are_judged_for_mojibake_as_a_whole(tmp_path, data, rejected):
    write(tmp_path, "long.txt", data)
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert (len(rejections), len(documents)) == ((1, 0) if rejected else (0, 1))
    if rejected:
        assert "mojibake" in rejections[0].reason


# a web page's menu line in another codec (UTF-8 bytes read as Big5), above a short clean report
GARBLED_MENU = "首页 | 新闻中心 | 政协动态 | 提案工作 | 委员风采".encode("utf-8").decode("big5", errors="replace")
SHORT_PAGE = ("某某网首页 | 检索\n" + GARBLED_MENU + "\n2024年3月6日 星期三\n"
              + "区政协提案委员会介绍,一年来共收到提案318件,经审查立案296件,已办复提案296件,办复率为100%。" * 3)


@pytest.mark.parametrize("data, rejected", [
    (SHORT_PAGE.encode("utf-8"), False),
    # the same page wholly in a wrong codec: still mojibake
    (SHORT_PAGE.encode("utf-8").decode("latin-1").encode("utf-8"), True),
])
def test_a_garbled_menu_line_does_not_reject_a_clean_page(tmp_path, data, rejected):
    write(tmp_path, "page.txt", data)
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert (len(rejections), len(documents)) == ((1, 0) if rejected else (0, 1))
    if not rejected:
        assert "296件" in documents[0].text


def test_a_report_after_5000_blank_lines_is_read(tmp_path):
    body = (SEEDS / "000_13de0a4cc9b2606a.txt").read_text(encoding="utf-8")
    write(tmp_path, "late.txt", ("\n" * 5000 + body).encode("gb18030"))
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == [] and documents[0].encoding == "gb18030"
    assert documents[0].text == "\n" * 5000 + body


def test_identical_files_are_one_document_named_by_the_first_read_in_walk_order(tmp_path):
    """README (Bad input): each folder's entries by name in code-point order, a subfolder walked where its
    name falls; the first copy that is read as a document names it, a rejected copy names nothing."""
    same, other = TEXT.encode(), "召开座谈会12场。".encode()
    for name in ("c.txt", "b/z.txt", "a.md", "Z.txt"):  # walk order: Z.txt (upper case first), a.md, b/z.txt, c.txt
        write(tmp_path, name, same)
    for name in ("d.csv", "h/g.txt", "i.txt"):  # d.csv: unsupported; h/g.txt: its id g is taken by g.txt
        write(tmp_path, name, other)
    write(tmp_path, "g.txt", "开展视察5次。".encode())
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    named = {d.document_id: [Path(p).relative_to(tmp_path).as_posix() for p in [d.source_path, *d.other_paths]]
             for d in documents}
    assert named == {"Z": ["Z.txt", "a.md", "b/z.txt", "c.txt"], "g": ["g.txt"], "i": ["i.txt"]}
    assert sorted(Path(r.source_path).relative_to(tmp_path).as_posix() for r in rejections) == ["d.csv", "h/g.txt"]


def test_every_directory_entry_is_accounted_for(tmp_path):
    write(tmp_path, "good.txt", TEXT.encode())
    write(tmp_path, "sub/other.txt", "召开座谈会12场。".encode())
    (tmp_path / "alias.txt").symlink_to(tmp_path / "sub" / "other.txt")  # same bytes: folded
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop_a.txt").symlink_to(tmp_path / "loop_b.txt")
    (tmp_path / "loop_b.txt").symlink_to(tmp_path / "loop_a.txt")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder link back up: not followed
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, ".hidden.txt", TEXT.encode())  # hidden names are skipped on purpose
    entries = ingest.discover(tmp_path)
    assert len(entries) == 8
    documents, rejections = ingest.load(entries)
    reasons = {Path(r.source_path).name: r.reason for r in rejections}
    loaded = sorted(Path(p).name for d in documents for p in [d.source_path, *d.other_paths])
    assert len(documents) == 2 and loaded == ["alias.txt", "good.txt", "other.txt"]  # alias: same bytes
    assert "dangling symbolic link" in reasons["dangling.txt"]
    assert "symbolic link loop" in reasons["loop_a.txt"] and "symbolic link loop" in reasons["loop_b.txt"]
    assert "a loop, not followed" in reasons["up"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert len(documents) + sum(len(d.other_paths) for d in documents) + len(rejections) == len(entries)


PARAGRAPHS = ["中国人民政治协商会议重庆市开州区委员会常务委员会工作报告",
              "一年来，全年共立案298件提案，办结率100%。围绕“强信心、聚民心、暖人心、筑同心”开展“敬业有我”“履职有我”“为民有我”3大主题活动，"
              "召开座谈会12场，收集委员意见建议102条，开展调研21次，形成调研报告65份，组建“委员宣讲团”20个，开展宣讲58场次。",
              "第二页：走访联系界别群众2285人次。"]


def test_a_pdf_text_layer_is_read_with_paragraphs_as_lines(tmp_path):
    write_pdf(tmp_path / "report.pdf", PARAGRAPHS, page_break_after=1)
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == [] and documents[0].encoding == "pdf"
    # the long paragraph wraps over several PDF lines; stored, it is one line again
    assert documents[0].text.splitlines() == PARAGRAPHS


def test_a_docx_is_read_paragraph_by_paragraph_with_its_tables(tmp_path):
    write_docx(tmp_path / "report.docx", PARAGRAPHS, table=[["项目", "数量"], ["立案提案", "298件"]])
    write_docx(tmp_path / "renamed.doc", ["这是另存为.doc的DOCX：召开座谈会12场。"])
    documents, rejections = ingest.load(ingest.discover(tmp_path))
    assert rejections == []
    texts = {d.document_id: (d.encoding, d.text) for d in documents}
    assert texts["report"] == ("docx", "\n".join(PARAGRAPHS + ["项目\t数量", "立案提案\t298件"]))
    assert texts["renamed"] == ("docx", "这是另存为.doc的DOCX：召开座谈会12场。")
