"""Scale (issue 14): extraction on both cores and on a Dask cluster gives the rows of a one-worker run;
a re-run with nothing changed rebuilds nothing and leaves the published file as it is; publishing
compacts, so the file does not grow from run to run. Real flow runs, a real distributed.LocalCluster."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import SEEDS, seed_copies

RAW_TABLES = ["mentions", "activities", "document_attributes", "organizations", "document_findings"]


def _rows(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: con.execute(f"select * from raw.{table} order by all").fetchall() for table in RAW_TABLES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds under several names: enough documents for several batches."""
    return seed_copies(tmp_path_factory.mktemp("scale") / "source")


@pytest.fixture(scope="module")
def one_worker(prefect_harness, corpus, tmp_path_factory) -> Path:
    from flows.pipeline import lvzhi_run

    warehouse = tmp_path_factory.mktemp("one") / "lvzhi.duckdb"
    summary = lvzhi_run(source=str(corpus), warehouse_path=str(warehouse), workers=1)
    assert summary.published and summary.workers == 1
    return warehouse


def test_two_local_workers_give_the_rows_of_one(one_worker, corpus, tmp_path, monkeypatch):
    from flows.pipeline import lvzhi_run

    monkeypatch.setenv("LVZHI_BATCH_CHARS", "60000")  # several batches from a small corpus
    monkeypatch.setenv("LVZHI_PARALLEL_MIN_CHARS", "1")
    monkeypatch.setenv("LVZHI_REPORT_PARALLEL_MIN_CHARS", "1")  # the report's document pages too
    warehouse = tmp_path / "lvzhi.duckdb"
    summary = lvzhi_run(source=str(corpus), warehouse_path=str(warehouse), workers=2)
    assert summary.published and summary.workers == 2
    assert _rows(warehouse) == _rows(one_worker)
    # the pages drawn from the rows are the same files (the overview and the quality page show each
    # file's own runs)
    for folder in ("documents", "bodies"):
        ours, theirs = warehouse.parent / "report" / folder, one_worker.parent / "report" / folder
        assert _files(ours) == _files(theirs) and len(_files(ours)) > 1, folder


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_report_drawn_with_a_worker_is_the_report_drawn_in_one_process(one_worker, tmp_path, monkeypatch):
    """Issue 14: a large report's document pages are drawn by a local worker (the task runner's) and
    by the report's own process, each batch by whichever claims it first: every file the same, byte
    for byte, as one process draws (but the time of drawing), every page drawn once."""
    import re

    from flows.pipeline import ReportWorkers
    from lvzhi import report

    alone = report.write_report_folder(one_worker, tmp_path / "alone", incremental=False)
    monkeypatch.setenv("LVZHI_REPORT_PARALLEL_MIN_CHARS", "1")
    sent: list = []

    class Recording(ReportWorkers):
        def submit(self, batch):
            sent.append(super().submit(batch))
            return sent[-1]

    workers = Recording(2)
    try:
        shared = report.write_report_folder(one_worker, tmp_path / "shared", incremental=False, workers=workers)
    finally:
        workers.close()
    assert (shared.drawn, shared.kept) == (alone.drawn, alone.kept)
    assert len(sent) > 1  # batches of a few documents, each sent to the worker
    stamp = re.compile(re.escape(" · 生成于 ".encode()) + rb"[^<]*")
    ours, theirs = shared.index.parent, alone.index.parent
    files = sorted(p.relative_to(ours) for p in ours.rglob("*") if p.is_file() and p.suffix != ".zip")
    assert files == sorted(p.relative_to(theirs) for p in theirs.rglob("*") if p.is_file() and p.suffix != ".zip")
    assert not (ours / report.CLAIMS).exists()
    different = [str(f) for f in files
                 if stamp.sub(b"", (ours / f).read_bytes()) != stamp.sub(b"", (theirs / f).read_bytes())]
    assert not different, different


def test_a_batch_of_document_pages_is_drawn_by_the_first_process_to_claim_it(tmp_path):
    from lvzhi.report import DocumentBatch

    batch = DocumentBatch(tmp_path / "lvzhi.duckdb", tmp_path / "report", 3, [], (0, 9), True, set())
    (tmp_path / "report").mkdir()
    assert batch.claim() and not batch.claim()
    assert DocumentBatch(tmp_path / "lvzhi.duckdb", tmp_path / "report", 4, [], (10, 19), True, set()).claim()


def test_a_dask_cluster_gives_the_rows_of_one_worker(one_worker, corpus, tmp_path, monkeypatch):
    from distributed import Client, LocalCluster

    from flows.pipeline import lvzhi_run

    monkeypatch.setenv("LVZHI_BATCH_CHARS", "60000")
    warehouse = tmp_path / "lvzhi.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = lvzhi_run(source=str(corpus), warehouse_path=str(warehouse),
                            dask_address=cluster.scheduler_address)
        with Client(cluster) as client:  # what the cluster's workers ran: one task per batch
            done = client.run_on_scheduler(
                lambda dask_scheduler: sum(1 for t in dask_scheduler.task_prefixes if "extract" in t))
            workers = len(client.scheduler_info()["workers"])
    assert summary.published and workers == 2 and done >= 1
    assert _rows(warehouse) == _rows(one_worker)


def test_early_workers_are_warm_and_run_the_local_cluster_settings():
    """Workers started during ingest have imported the flow and compiled the vocabulary before their
    first batch, and run with LOCAL_CLUSTER_CONFIG (coarse monitors, no profiler), which the flow
    process sets only while its cluster starts."""
    import dask

    from flows.pipeline import LOCAL_CLUSTER_CONFIG, EarlyWorkers

    def state() -> tuple:  # nested: pickled by value, run on each worker
        import sys

        import dask
        from lvzhi.extract.vocab import load_vocabulary

        return ("flows.pipeline" in sys.modules, load_vocabulary.cache_info().currsize,
                {key: dask.config.get(key) for key in LOCAL_CLUSTER_CONFIG})

    early = EarlyWorkers(2, None)
    try:
        seen = early.ready().client.run(state)
    finally:
        early.close()
    assert len(seen) == 2
    for imported, vocabularies, settings in seen.values():
        assert imported and vocabularies >= 1
        assert settings == LOCAL_CLUSTER_CONFIG
    assert dask.config.get("distributed.worker.profile.enabled") is True  # the flow process's own: unchanged


def test_a_batch_no_worker_takes_fails_the_run_naming_the_batch(prefect_harness, corpus, tmp_path, monkeypatch):
    """A cluster left without workers (all died) never finishes a batch: the run stops after
    LVZHI_BATCH_TIMEOUT seconds with an error naming the batch and its files, and publishes nothing."""
    from distributed import LocalCluster

    from flows.pipeline import RunFailed, lvzhi_run

    monkeypatch.setenv("LVZHI_BATCH_TIMEOUT", "3")
    warehouse = tmp_path / "lvzhi.duckdb"
    with LocalCluster(n_workers=0, processes=True, dashboard_address=None) as cluster:
        with pytest.raises(RunFailed) as failed:
            lvzhi_run(source=str(corpus), warehouse_path=str(warehouse), dask_address=cluster.scheduler_address)
    message = str(failed.value)
    assert "batch 1 of" in message and "did not come back from the workers in 3 s" in message
    assert str(corpus / "0_") in message  # the batch's first file, by its path
    assert not warehouse.exists()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_rerun_with_nothing_changed_rebuilds_nothing(prefect_harness, tmp_path):
    from flows.pipeline import lvzhi_run

    source = tmp_path / "source"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "lvzhi.duckdb"
    first = lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    before = _digest(warehouse)
    again = lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    assert again.status == "unchanged" and again.published
    assert "transform" not in again.seconds and "validate" not in again.seconds
    assert _digest(warehouse) == before  # not rebuilt, not even written
    journal = warehouse.with_name(warehouse.name + ".failed-runs.jsonl")
    assert json.loads(journal.read_text("utf-8").splitlines()[-1])["run"]["run_id"] == again.run_id

    # one document changed: rebuilt, and the unchanged run's record moves into quality.runs
    changed = next(source.glob("002_*.txt"))
    changed.write_text(changed.read_text("utf-8") + "\n全年开展调研7次。\n", "utf-8")
    third = lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    assert third.status == "published" and third.documents_changed == 1 and third.documents_unchanged == 4
    with duckdb.connect(str(warehouse), read_only=True) as con:
        runs = dict(con.execute("select run_id, status from quality.runs").fetchall())
    assert runs == {first.run_id: "published", again.run_id: "unchanged", third.run_id: "published"}


def test_publishing_compacts_so_the_file_does_not_grow(prefect_harness, tmp_path):
    from flows.pipeline import lvzhi_run

    source = tmp_path / "source"
    shutil.copytree(SEEDS, source)
    warehouse = tmp_path / "lvzhi.duckdb"
    lvzhi_run(source=str(source), warehouse_path=str(warehouse))
    first = warehouse.stat().st_size
    document = next(source.glob("000_*.txt"))
    original = document.read_text("utf-8")
    sizes = []
    for edit in range(5):  # a change each time, so each run rebuilds the tables of every figure
        document.write_text(original + f"\n第{edit}次修订。\n", "utf-8")
        assert lvzhi_run(source=str(source), warehouse_path=str(warehouse)).status == "published"
        sizes.append(warehouse.stat().st_size)
    assert all(abs(size - first) <= 0.05 * first for size in sizes), (first, sizes)


def test_publish_compacts_a_build_only_when_space_in_it_is_unused(tmp_path):
    """A build whose replaced tables left blocks unused is copied compact; one that wrote only new
    rows is renamed into place as it is (the copy costs seconds per 100 MB)."""
    from lvzhi import warehouse

    build, published = tmp_path / "build.duckdb", tmp_path / "lvzhi.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("create table kept as select range as i, md5(range::varchar) as s from range(200000)")
        con.execute("create table replaced as select range as i, md5((range * 7)::varchar) as s from range(200000)")
    fresh = warehouse.publish(build, published)
    assert not fresh.compacted and fresh.unused_share <= warehouse.COMPACT_ABOVE and not build.exists()
    first = published.stat().st_size

    def rebuilt() -> None:  # a run: the build starts as a copy and replaces a table
        shutil.copyfile(published, build)
        with duckdb.connect(str(build)) as con:
            con.execute("create or replace table replaced as select range as i, md5((range * 3)::varchar) as s "
                        "from range(200000)")

    rebuilt()
    uncompacted = build.stat().st_size
    compacted = warehouse.publish(build, published)
    assert compacted.compacted and compacted.unused_share > warehouse.COMPACT_ABOVE
    # the unused blocks are gone (the copy's own layout depends on how its threads ran: its size is
    # not the first file's to the byte)
    assert compacted.size < uncompacted and warehouse.unused_share(published) <= warehouse.COMPACT_ABOVE
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*), count(distinct s) from replaced").fetchone() == (200000, 200000)
        assert con.execute("select count(*) from kept").fetchone() == (200000,)
    rebuilt()
    grown = warehouse.publish(build, published, compact_above=1.0, grow_above=1.0)  # never compact: the old blocks stay
    assert not grown.compacted and grown.size > first * 1.2


def test_publish_compacts_a_build_grown_past_its_whole_size(tmp_path):
    """Space a re-run leaves inside used blocks is no unused block: a build that grew more than
    GROW_ABOVE past the size the file had when last written whole is compacted too, and that size
    (kept in quality.storage) moves to the compacted file's; one that grew less is renamed as it is."""
    from lvzhi import warehouse

    build, published = tmp_path / "build.duckdb", tmp_path / "lvzhi.duckdb"
    with duckdb.connect(str(build)) as con:
        con.execute("create table figures as select range as i, md5(range::varchar) as s from range(1000000)")
    assert not warehouse.publish(build, published).compacted
    with duckdb.connect(str(published), read_only=True) as con:
        whole = con.execute("select whole_file_bytes from quality.storage").fetchall()
    assert len(whole) == 1 and whole[0][0] > 0

    def appended(rows: int) -> None:  # a run that adds rows and replaces nothing: no unused block
        shutil.copyfile(published, build)
        with duckdb.connect(str(build)) as con:
            con.execute(f"insert into figures select range, md5((range + 1)::varchar) from range({rows})")

    # (the unused-block trigger set aside: an append may leave unused blocks too)
    appended(2000)  # a block or two: well under GROW_ABOVE of growth
    assert not warehouse.publish(build, published, compact_above=1.0).compacted
    appended(500000)  # half as much again
    assert warehouse.publish(build, published, compact_above=1.0).compacted
    with duckdb.connect(str(published), read_only=True) as con:
        (recorded,) = con.execute("select whole_file_bytes from quality.storage").fetchone()
        assert con.execute("select count(*) from figures").fetchone() == (1502000,)
    assert recorded > whole[0][0] and abs(published.stat().st_size - recorded) <= 0.02 * recorded


HEAVY_MODULES = ("prefect", "great_expectations", "pandas", "polars", "dbt", "distributed")
RERUN = """
import sys
from lvzhi.cli import main
code = main(['run', '--source', sys.argv[1], '--warehouse', sys.argv[2]])
print(code, sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[3].split(','))))
"""


def test_a_cli_rerun_with_nothing_changed_is_decided_before_prefect_loads(seed_run, tmp_path):
    """Decided against the published file read-only (hashes, fingerprints), before any build or heavy
    import: the run is journaled, the file stays byte for byte as it was, no build file is made."""
    import subprocess
    import sys

    summary, seed_warehouse = seed_run
    warehouse = tmp_path / "lvzhi.duckdb"
    shutil.copy(seed_warehouse, warehouse)
    before = (_digest(warehouse), warehouse.stat().st_mtime_ns)
    out = subprocess.run([sys.executable, "-c", RERUN, summary.source, str(warehouse), ",".join(HEAVY_MODULES)],
                         capture_output=True, text=True)
    assert out.stdout.splitlines()[-1] == "0 []", out.stdout + out.stderr
    assert "nothing changed since the published run" in out.stderr and "[3/7]" not in out.stderr
    assert "unchanged; files 5 seen; documents 5 loaded" in out.stdout
    assert (_digest(warehouse), warehouse.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lvzhi.duckdb", "lvzhi.duckdb.failed-runs.jsonl"]
    [line] = (tmp_path / "lvzhi.duckdb.failed-runs.jsonl").read_text("utf-8").splitlines()
    run = json.loads(line)["run"]
    assert (run["status"], run["published"], run["documents_unchanged"]) == ("unchanged", True, 5)
    assert run["metrics_extracted"] == summary.metrics_extracted


def test_any_difference_from_the_published_file_means_a_build(seed_run, tmp_path):
    """A changed, added, removed or renamed file, a new rejection, or another pipeline: no shortcut."""
    from lvzhi import unchanged
    from lvzhi.extract.fingerprint import extractor_fingerprint
    from lvzhi.versions import pipeline_fingerprint

    summary, seed_warehouse = seed_run
    warehouse = tmp_path / "lvzhi.duckdb"
    shutil.copy(seed_warehouse, warehouse)
    versions = (pipeline_fingerprint(), extractor_fingerprint())
    source = Path(summary.source)
    kept = unchanged.check(source, warehouse, *versions)
    assert kept is not None and (kept.files, kept.documents, kept.rejected) == (5, 5, 0)
    assert unchanged.check(source, warehouse, "another-pipeline", versions[1]) is None
    assert unchanged.check(source, warehouse, versions[0], "another-extractor") is None

    def changed(edit) -> bool:
        copy = tmp_path / f"source-{edit.__name__}"
        shutil.copytree(source, copy)
        edit(copy)
        # the published file names the original folder: rewrite its paths as if it had read this copy
        moved = tmp_path / f"{edit.__name__}.duckdb"
        shutil.copy(warehouse, moved)
        with duckdb.connect(str(moved)) as con:
            con.execute("update raw.documents set source_path = replace(source_path, ?, ?)", [str(source), str(copy)])
        return unchanged.check(copy, moved, *versions) is None

    def nothing(folder: Path) -> None:
        pass

    def edit_one(folder: Path) -> None:
        path = next(folder.glob("001_*.txt"))
        path.write_text(path.read_text("utf-8") + "\n新增调研3次。\n", "utf-8")

    def add_one(folder: Path) -> None:
        (folder / "new.txt").write_text("全年开展视察5次。", "utf-8")

    def remove_one(folder: Path) -> None:
        next(folder.glob("002_*.txt")).unlink()

    def rename_one(folder: Path) -> None:
        path = next(folder.glob("003_*.txt"))
        path.rename(path.with_name("renamed.txt"))

    def reject_one(folder: Path) -> None:
        (folder / "empty.txt").write_bytes(b"")

    def duplicate_one(folder: Path) -> None:
        path = next(folder.glob("004_*.txt"))
        shutil.copy(path, folder / "copy_of_4.txt")

    assert not changed(nothing)
    for edit in (edit_one, add_one, remove_one, rename_one, reject_one, duplicate_one):
        assert changed(edit), edit.__name__


def test_ingest_stores_documents_in_batches_while_it_reads(corpus, tmp_path, monkeypatch):
    """Streaming, asserted by structure: the first batch of documents is stored before the last file is
    read, no write holds more than a batch, and extraction reads its texts back one batch at a time."""
    from flows import pipeline
    from lvzhi import readers, warehouse

    monkeypatch.setenv("LVZHI_BATCH_CHARS", "60000")
    build = warehouse.start_build(tmp_path / "lvzhi.duckdb").build  # an empty build with its schemas
    files = len(list(corpus.iterdir()))
    reads, writes = [], []
    real_read, real_append = readers.read, warehouse.DocumentWriter.append
    monkeypatch.setattr(readers, "read", lambda *a: reads.append(1) or real_read(*a))
    monkeypatch.setattr(warehouse.DocumentWriter, "append",
                        lambda writer, rows: writes.append((len(reads), sum(r["char_count"] for r in rows)))
                        or real_append(writer, rows))
    ingested = pipeline.ingest_task.fn(sorted(corpus.iterdir()), build)
    assert len(ingested.documents) == files and ingested.batches == len(writes) > 2
    assert writes[0][0] < files  # stored while later files were still unread
    biggest = max(d.char_count for d in ingested.documents)
    assert all(chars < 60000 + biggest for _, chars in writes)
    assert warehouse.count_rows(build, "raw.documents") == files
    assert not hasattr(ingested.documents[0], "text")  # what the flow keeps: ids, hashes, sizes

    fetched = []
    real_texts = warehouse.document_texts
    monkeypatch.setattr(warehouse, "document_texts",
                        lambda db, ids, *con: fetched.append(list(ids)) or real_texts(db, ids, *con))
    warehouse.start_extraction(build, [], True)
    batches = pipeline.parallel.batches(ingested.documents, size=lambda d: d.char_count)
    assert pipeline.extract_task.fn(batches, build, "test") == []
    assert fetched == [[d.document_id for d in batch] for batch in batches] and len(fetched) > 2
    assert warehouse.count_rows(build, "raw.extracted_documents") == files


def test_a_compaction_left_half_done_by_a_killed_run_goes_with_the_next_publish(tmp_path):
    """kill -9 during the compacting copy leaves a file the size of the warehouse beside the build;
    the next publish removes it whether or not it compacts."""
    from lvzhi import warehouse

    build, published = tmp_path / "build.duckdb", tmp_path / "lvzhi.duckdb"
    left = [tmp_path / "build.duckdb.compact", tmp_path / "build.duckdb.compact.wal"]
    for path in left:
        path.write_bytes(b"half a copy")
    with duckdb.connect(str(build)) as con:
        con.execute("create table t as select range as i from range(1000)")
    published_run = warehouse.publish(build, published)
    assert not published_run.compacted
    assert not [path for path in left if path.exists()]
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*) from t").fetchone() == (1000,)
