"""``lvzhi bench``: extraction throughput on a seed-like corpus (the seeds repeated to a size)."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from .extract import extract, load_vocabulary
from .ingest import discover, read_text


def run_benchmark(source: Path, target_mb: float = 25.0, repeats: int = 3) -> str:
    texts = [read_text(p)[0] for p in discover(source) if p.suffix == ".txt"]
    corpus: list[str] = []
    size = 0
    while size < target_mb * 1_000_000:
        for text in texts:
            corpus.append(text)
            size += len(text.encode("utf-8"))
    vocab = load_vocabulary()
    extract(texts[0], vocab)  # warm caches (vocabulary, regexes, the script map)
    megabytes = size / 1_000_000
    rates, mentions = [], 0
    for _ in range(repeats):  # the machine is shared: report every pass and the median
        started = time.perf_counter()
        mentions = sum(len(extract(text, vocab).metrics) for text in corpus)
        rates.append(megabytes / (time.perf_counter() - started))
    return (f"extraction: {megabytes:.1f} MB UTF-8 in {len(corpus)} documents, {mentions} mentions per pass; "
            f"passes {', '.join(f'{r:.2f}' for r in rates)} MB/s -> median {statistics.median(rates):.2f} MB/s per core")
