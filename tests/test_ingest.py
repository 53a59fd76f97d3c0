"""Decoding and discovery on real files written to a temporary folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from lvzhi import ingest

TEXT = "全年共立案298件提案,办结率100%。"


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
])
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, data, reason):
    write(tmp_path, "good.txt", TEXT.encode())
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
