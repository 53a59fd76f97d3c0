"""Extraction in batches: the unit of work that runs in this process or on Dask workers.

A batch is a list of documents; its result is the raw tables' rows, one Arrow table per raw table
built where the batch ran, plus the documents the extractor failed on. The flow sends batches through
Prefect's task runner (prefect-dask's DaskTaskRunner on a local cluster of this machine's cores, or
on a user's cluster) and stores each result as it comes, so the rows of a few batches at a time are
in memory, not the corpus's; the flow process never holds them as Python rows (it shares the cores
with the workers: every second it spends on a batch is taken from extraction).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable

import pyarrow as pa

from . import warehouse
from .extract import extract, load_vocabulary

# ~3 MB of UTF-8 text a batch: a few seconds of extraction, small enough to spread over workers
BATCH_CHARS = 1_000_000
BATCH_DOCUMENTS = 400
# below this much text to extract (~30 MB of Chinese UTF-8), starting worker processes costs more than
# they save: each local Dask worker imports distributed, Prefect and lvzhi (5-10 s of CPU), and every
# batch costs the flow Prefect's context serialization; one core extracts ~2 MB/s. Measured on a 10 MB
# synthetic corpus: two workers used ~28 s more CPU than one process, for no shorter wall time.
PARALLEL_MIN_CHARS = 10_000_000
# batches for workers are larger: each one costs the flow process a task submission (Prefect serializes
# its run context, ~0.2-0.35 s of CPU) and a store, and the worker a task run's state changes through
# the API; they shrink towards the end (see worker_batches). A batch's texts travel in its task (via
# the scheduler), so a worker that dies with a batch costs a rerun on another, not the run: 3 M
# characters (~8.5 MiB pickled) stays under distributed's 10 MiB "large graph" warning; a batch of one
# larger document goes over it, and the flow keeps that warning off the console (_quiet_large_graphs).
WORKER_BATCH_CHARS = 3_000_000
BATCHES_PER_WORKER = 2
# How long the flow waits for a batch sent to workers (LVZHI_BATCH_TIMEOUT seconds): a batch takes
# seconds; one that never comes back means a worker died (out of memory?) or the cluster has none.
BATCH_TIMEOUT_SECONDS = 600


def setting(name: str, default: int) -> int:
    """LVZHI_BATCH_CHARS, LVZHI_PARALLEL_MIN_CHARS: read at each run, so a test or a user can tune them."""
    return int(os.environ.get(name, default))


@dataclass
class BatchResult:
    tables: dict[str, pa.Table]  # one per warehouse.EXTRACTION_TABLES, in RAW_SCHEMA's types
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # document_id, source_path, reason


class Batch:
    """The documents of one batch as the flow sends them to a worker: one opaque object (no dataclass,
    no list), so Prefect does not walk every document looking for futures to wait for, and Dask names
    the task by the documents' ids and hashes instead of pickling them all to hash them."""
    __slots__ = ("documents",)

    def __init__(self, documents: list):
        self.documents = documents

    def __dask_tokenize__(self) -> tuple:
        return tuple((d.document_id, d.content_sha256) for d in self.documents)


def extract_batch(documents: list, extractor_version: str) -> BatchResult:
    """Rows of every document in the batch; a document the extractor fails on is a failure, not an error."""
    vocab = load_vocabulary()
    rows: dict[str, list[dict]] = {name: [] for name in warehouse.EXTRACTION_TABLES}
    failures = []
    for document in documents:
        try:
            extraction = extract(document.text, vocab)
        except Exception as error:
            failures.append((document.document_id, document.source_path,
                             f"extraction failed: {type(error).__name__}: {error}"))
            continue
        for name, found in warehouse.extraction_rows(document, extractor_version, extraction).items():
            rows[name] += found
    # columnar here, on the worker: the flow appends the tables to DuckDB as they come
    return BatchResult({name: warehouse.frame(name, found).to_arrow() for name, found in rows.items()}, failures)


def batches(documents: list, max_chars: int | None = None, max_documents: int = BATCH_DOCUMENTS,
            size: Callable[[object], int] = lambda document: len(document.text)) -> list[list]:
    """Consecutive batches of at most ``max_chars`` characters (a longer document is a batch alone);
    ``size``: a document's characters (a stored document without its text names its count)."""
    max_chars = max_chars or setting("LVZHI_BATCH_CHARS", BATCH_CHARS)
    out: list[list] = []
    current: list = []
    chars = 0
    for document in documents:
        if current and (chars + size(document) > max_chars or len(current) >= max_documents):
            out.append(current)
            current, chars = [], 0
        current.append(document)
        chars += size(document)
    if current:
        out.append(current)
    return out


def worker_batches(documents: list, workers: int, size: Callable[[object], int]) -> list[list]:
    """Consecutive batches for workers, guided: each takes 1/(BATCHES_PER_WORKER x workers) of the text
    still to batch, at most LVZHI_WORKER_BATCH_CHARS and at least a local batch (LVZHI_BATCH_CHARS).
    Large batches first (few task submissions), small ones at the end (no worker waits long for the
    last one)."""
    local = setting("LVZHI_BATCH_CHARS", BATCH_CHARS)
    largest = setting("LVZHI_WORKER_BATCH_CHARS", WORKER_BATCH_CHARS)
    remaining = sum(size(document) for document in documents)

    def limit() -> int:
        return max(local, min(largest, remaining // (BATCHES_PER_WORKER * max(workers, 1))))

    out: list[list] = []
    current: list = []
    chars, max_chars = 0, limit()
    for document in documents:
        if current and (chars + size(document) > max_chars or len(current) >= BATCH_DOCUMENTS * max_chars // local):
            out.append(current)
            remaining -= chars
            current, chars, max_chars = [], 0, limit()
        current.append(document)
        chars += size(document)
    if current:
        out.append(current)
    return out


def default_workers() -> int:
    """Worker processes for a local run: LVZHI_WORKERS, else the cores this process may use."""
    configured = os.environ.get("LVZHI_WORKERS")
    if configured:
        return max(1, int(configured))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
