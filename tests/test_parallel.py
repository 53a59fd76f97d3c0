"""Batches for workers (issue 14): guided sizes, columnar results; no cluster needed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyarrow as pa

from lvzhi import ingest, parallel, warehouse


@dataclass
class Doc:
    document_id: str
    char_count: int


def _sizes(batches: list[list[Doc]]) -> list[int]:
    return [sum(d.char_count for d in batch) for batch in batches]


def test_worker_batches_are_large_first_and_shrink_towards_the_end(monkeypatch):
    monkeypatch.setenv("LVZHI_BATCH_CHARS", "1000")
    monkeypatch.setenv("LVZHI_WORKER_BATCH_CHARS", "4000")
    documents = [Doc(f"d{i}", 100) for i in range(400)]  # 40,000 characters
    batches = parallel.worker_batches(documents, 2, size=lambda d: d.char_count)
    assert [d for batch in batches for d in batch] == documents  # all of them, in order
    sizes = _sizes(batches)
    assert sizes[0] == 4000 and sizes == sorted(sizes, reverse=True)
    assert all(size <= 1000 for size in sizes[-3:])  # the last ones are local-sized: a short tail
    assert len(batches) < len(parallel.batches(documents, size=lambda d: d.char_count))


def test_worker_batches_never_get_smaller_than_a_local_batch(monkeypatch):
    monkeypatch.setenv("LVZHI_BATCH_CHARS", "1000")
    documents = [Doc(f"d{i}", 300) for i in range(10)]
    batches = parallel.worker_batches(documents, 8, size=lambda d: d.char_count)
    assert _sizes(batches)[:-1] == [900, 900, 900] and sum(_sizes(batches)) == 3000


def test_a_batch_result_is_columnar_in_the_raw_tables_types():
    text = "2023年，市政协共收到提案512件，立案486件。组织委员视察调研23次。"
    document = ingest.Document("doc1", "a.txt", "utf-8", "sha", text, datetime.min)
    result = parallel.extract_batch([document], "v1")
    assert set(result.tables) == set(warehouse.EXTRACTION_TABLES) and not result.failures
    for name, table in result.tables.items():
        assert isinstance(table, pa.Table)
        assert table.column_names == list(warehouse.RAW_SCHEMA[name])
    assert result.tables["mentions"].num_rows >= 2
    assert result.tables["extracted_documents"].to_pylist() == [
        {"document_id": "doc1", "content_sha256": "sha", "extractor_version": "v1"}]


def test_workers_start_early_only_for_a_large_build_from_scratch(tmp_path: Path, monkeypatch):
    from flows.pipeline import EarlyWorkers

    monkeypatch.setenv("LVZHI_PARALLEL_MIN_CHARS", "1000")
    source = tmp_path / "a.txt"
    source.write_text("政协" * 600, "utf-8")  # 3,600 bytes: 1,200 characters
    published = tmp_path / "lvzhi.duckdb"
    assert EarlyWorkers.wanted([source], published, False, 2, None)
    assert not EarlyWorkers.wanted([source], published, False, 1, None)  # one worker: extracts in the flow
    published.write_bytes(b"")
    assert not EarlyWorkers.wanted([source], published, False, 2, None)  # a re-run extracts what changed
    assert EarlyWorkers.wanted([source], published, True, 2, None)  # --rebuild
    monkeypatch.setenv("LVZHI_PARALLEL_MIN_CHARS", "2000")
    assert not EarlyWorkers.wanted([source], published, True, 2, None)
