"""``lvzhi bench-scale``: a whole run on a synthetic corpus of N MB, with per-stage seconds and MB/s,
peak memory and cores used, then a re-run with nothing changed and one with 1% of files changed.

The corpus comes from ../shared/tools/make_corpus.py (the seeds, perturbed; every document distinct).
Each run is a child process (``lvzhi run``), so its peak memory and CPU time are its own and its
workers'. Figures are printed, never asserted: the machine is shared and timings vary.
"""
from __future__ import annotations

import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

STAGES = ["discover", "ingest", "extract", "transform", "validate", "publish"]


@dataclass
class Measured:
    wall: float
    cpu: float
    peak_rss: int  # bytes, the whole process tree at its largest
    status: str
    stage_peaks: dict[str, int]  # bytes, the tree's largest sample while each stage ran
    stage_seconds: dict[str, float]
    file_size: int


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
    except psutil.Error:
        return 0


def _measure_run(source: Path, warehouse: Path, extra: list[str]) -> Measured:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "lvzhi.cli", "run", "--source", str(source),
                              "--warehouse", str(warehouse), *extra],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    stage_peaks: dict[str, int] = {}
    current = ["start-up"]  # a stage's progress line is printed as it ends: the next one runs after it

    def watch() -> None:  # the tree's resident memory, sampled: workers are separate processes
        while child.poll() is None:
            rss = _tree_rss(child.pid)
            peak[0] = max(peak[0], rss)
            stage_peaks[current[0]] = max(stage_peaks.get(current[0], 0), rss)
            time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    lines = []
    for line in child.stdout:
        lines.append(line)
        match = re.match(r"\[(\d+)/\d+\] (\w+)", line)
        if match:
            number = int(match.group(1))
            current[0] = STAGES[number] if number < len(STAGES) else "record"
    child.wait()
    output = "".join(lines)
    watcher.join()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode != 0:
        raise RuntimeError(f"lvzhi run failed ({child.returncode}):\n{output[-3000:]}")
    status = next((line.split(": ", 1)[1].split(";", 1)[0] for line in output.splitlines()
                   if line.startswith("run ")), "?")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        row = con.execute(f"select {', '.join(f'{s}_seconds' for s in STAGES)} from quality.runs "
                          "where status = 'published' order by finished_at desc limit 1").fetchone()
    seconds = dict(zip(STAGES, row)) if status == "published" and row else {}
    report = re.search(r"report written to .*\((\d+(?:\.\d+)?)s\)", output)  # drawn after the publish
    if report:
        seconds["report"] = float(report.group(1))
    elif failed := re.search(r"warning: report not written: ([^\n]*)", output):
        print(f"  report NOT written: {failed.group(1)}", file=sys.stderr, flush=True)  # (no figure to hide it)
    return Measured(wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
                    max(peak[0], after.ru_maxrss * 1024 if after.ru_maxrss > before.ru_maxrss else 0), status, stage_peaks, seconds, warehouse.stat().st_size)


# re-runs with 1% of files changed (a different 1% each): the published file must not grow from one to
# the next (issue 14: within 5% of the first publish after five)
CHANGED_RERUNS = 5


def run_scale_benchmark(megabytes: float, make_corpus: Path, workers: int | None = None,
                        keep: Path | None = None, reuse_corpus: bool = False, reruns: bool = True,
                        changed_reruns: int = CHANGED_RERUNS) -> str:
    """``reuse_corpus``: measure on the corpus ``keep`` holds (a re-run changed 1% of it: rebuilt
    then). ``reruns``: also the no-change re-run and ``changed_reruns`` re-runs, each after another 1%
    of the files changed (make_corpus.py --mutate 0.01 with seeds 2, 3, …)."""
    folder = Path(keep or tempfile.mkdtemp(prefix="lvzhi-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus, warehouse = folder / "corpus", folder / "lvzhi.duckdb"
    # the last measurement's warehouse and what a run writes beside it (a report left there would be
    # linked from, not drawn)
    for pattern in ("lvzhi.duckdb*", ".lvzhi.duckdb*", "report", "report.*", "data_docs"):
        for stale in folder.glob(pattern):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    if not (reuse_corpus and keep and corpus.is_dir() and not (folder / "mutated").exists()):
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run([sys.executable, str(make_corpus), "--out", str(corpus), "--mb", str(megabytes)],
                       check=True, capture_output=True)
        (folder / "mutated").unlink(missing_ok=True)
    size_mb = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1_000_000
    extra = ["--workers", str(workers)] if workers else []
    lines = [f"corpus: {size_mb:.1f} MB in {sum(1 for _ in corpus.rglob('*.txt'))} documents ({corpus})"]
    full = _measure_run(corpus, warehouse, extra)
    lines.append(_describe("full run", full, size_mb))
    lines += _stage_lines(full, size_mb)
    if not reruns:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
        return "\n".join(lines)
    same = _measure_run(corpus, warehouse, extra)
    lines.append(_describe("re-run, nothing changed", same, size_mb) + f"; {same.wall / full.wall:.1%} of the full run")
    lines += _stage_lines(same, size_mb)
    (folder / "mutated").touch()  # this corpus is no longer the one --corpus-mb builds
    changed_runs = []
    for number in range(1, changed_reruns + 1):
        subprocess.run([sys.executable, str(make_corpus), "--out", str(corpus), "--mutate", "0.01",
                        "--seed", str(number + 1)], check=True, capture_output=True)
        changed = _measure_run(corpus, warehouse, extra)
        changed_runs.append(changed)
        label = "re-run, 1% of files changed" + (f" ({number} of {changed_reruns})" if changed_reruns > 1 else "")
        lines.append(_describe(label, changed, size_mb) + f"; {changed.wall / full.wall:.1%} of the full run")
        lines += _stage_lines(changed, size_mb)
    if changed_runs:
        walls = sorted(run.wall for run in changed_runs)
        median = walls[len(walls) // 2]
        lines.append(f"1%-changed re-runs: median {median:.1f} s wall, {median / full.wall:.1%} of the full run "
                     f"(each: {', '.join(f'{run.wall / full.wall:.1%}' for run in changed_runs)})")
        sizes = ", ".join(f"{run.file_size / 1e6:.1f}" for run in changed_runs)
        last = changed_runs[-1].file_size
        lines.append(f"published file: {full.file_size / 1e6:.1f} MB after the first run; after each 1%-changed "
                     f"re-run {sizes} MB; after {len(changed_runs)} re-run{'s' if len(changed_runs) > 1 else ''} "
                     f"{(last - full.file_size) / full.file_size:+.1%}")
    if keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return "\n".join(lines)


def _describe(label: str, run: Measured, size_mb: float) -> str:
    return (f"{label}: {run.status}, {run.wall:.1f} s wall, {size_mb / run.wall:.2f} MB/s, "
            f"peak memory {run.peak_rss / 2**30:.2f} GiB, cores used {run.cpu / run.wall:.2f}")


def _stage_lines(run: Measured, size_mb: float) -> list[str]:
    """Per stage: seconds and MB/s (from quality.runs, published runs only; the report's from its line,
    drawn after the publish) and the tree's peak memory while it ran ("start-up": imports and flow
    start before the first stage ends)."""
    lines = []
    for stage in ["start-up", *STAGES, "report", "record"]:
        seconds = run.stage_seconds.get(stage)
        peak = run.stage_peaks.get(stage)
        if seconds is None and peak is None:
            continue
        timing = f"{seconds:8.2f} s {size_mb / seconds:8.2f} MB/s" if seconds else f"{'':8}   {'':8}     "
        memory = f"peak {peak / 2**30:5.2f} GiB" if peak else ""
        lines.append(f"  {stage:<9} {timing}  {memory}")
    return lines
