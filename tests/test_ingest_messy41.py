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
