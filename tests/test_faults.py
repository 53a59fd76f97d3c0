"""Faults that once left the warehouse stuck or published wrong data (issue 13), each reproduced on a
real DuckDB file with real runs: every one ends in a clean refusal or a recovery, with no file
deleted by hand."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import SEEDS
from lvzhi import ingest, runlock, warehouse
from lvzhi.extract import extract
from lvzhi.extract.segments import SENTENCE_MAX_CHARS
from test_production import LVZHI, fingerprint, run_cli


def seed_copy(seed_run, folder: Path) -> Path:
    _, seed_warehouse = seed_run
    published = folder / "lvzhi.duckdb"
    shutil.copy(seed_warehouse, published)
    return published


def query(published: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(published), read_only=True) as con:
        return con.execute(sql).fetchall()


# ---------------------------------------------------------------- 1. the failed-runs journal

def test_a_journal_left_after_publish_and_a_half_written_line_never_stick(server_env, seed_run, tmp_path):
    """kill -9 right after the rename leaves the journal of runs already published (it used to fail
    every later run on a duplicate run_id); a process that died while appending leaves half a line
    (it used to fail every run on 'Unterminated string')."""
    published = seed_copy(seed_run, tmp_path)
    recorded = query(published, "select run_id from quality.runs")[0][0]
    journal = warehouse.failed_runs_journal(published)
    already = {"run_id": recorded, "status": "published", "started_at": "2026-01-01T00:00:00+00:00"}
    waiting = {"run_id": "failedrun001", "status": "failed", "published": False,
               "started_at": "2026-01-01T01:00:00+00:00", "error": "transform: dbt failed"}
    half = '{"run": {"run_id": "cut0short", "status": "fai'
    journal.write_text("".join(json.dumps({"run": r, "validation_results": []}) + "\n" for r in (already, waiting))
                       + half, encoding="utf-8")

    out = run_cli(server_env, SEEDS, published)
    assert out.returncode == 0, out.stderr
    damaged = warehouse.damaged_journal_path(journal)
    assert damaged.read_text(encoding="utf-8") == half + "\n"
    assert f"set aside in {damaged}" in out.stdout  # named in the run's summary
    assert not journal.exists()
    runs = query(published, "select run_id, count(*) from quality.runs group by run_id")
    assert dict(runs)[recorded] == 1 and dict(runs)["failedrun001"] == 1 and "cut0short" not in dict(runs)


def test_a_journal_line_appended_after_a_half_written_one_stays_whole(tmp_path):
    journal = tmp_path / "w.duckdb.failed-runs.jsonl"
    journal.write_text('{"run": {"run_id": "ab', encoding="utf-8")
    warehouse.journal_failed_run(journal, {"run_id": "whole1", "status": "failed"}, [])
    lines = journal.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"run": {"run_id": "ab'
    assert json.loads(lines[1])["run"]["run_id"] == "whole1"


def test_carrying_a_journal_twice_records_each_run_once(tmp_path):
    published = tmp_path / "w.duckdb"
    build = warehouse.start_build(published).build
    journal = warehouse.failed_runs_journal(published)
    warehouse.journal_failed_run(journal, {"run_id": "r1", "status": "failed"}, [
        {"run_id": "r1", "suite": "s", "expectation": "e", "success": False}])
    first = warehouse.carry_journal(journal, build)
    second = warehouse.carry_journal(journal, build)
    assert (first.carried, first.already, second.carried, second.already) == (1, 0, 0, 1)
    assert query(build, "select count(*) from quality.validation_results") == [(1,)]


def test_carried_runs_are_counted_by_status_not_all_as_failed(tmp_path):
    """The publish line names the carried runs by status: an unchanged run is no failed run."""
    published = tmp_path / "w.duckdb"
    build = warehouse.start_build(published).build
    journal = warehouse.failed_runs_journal(published)
    for run_id, status in (("u1", "unchanged"), ("f1", "failed"), ("u2", "unchanged"), ("c1", "cancelled")):
        warehouse.journal_failed_run(journal, {"run_id": run_id, "status": status}, [])
    carried = warehouse.carry_journal(journal, build)
    assert carried.carried == 4 and carried.statuses == {"unchanged": 2, "failed": 1, "cancelled": 1}
    assert carried.describe() == "earlier runs recorded in quality.runs: 1 failed, 1 cancelled, 2 unchanged"
    only_unchanged = warehouse.failed_runs_journal(tmp_path / "v.duckdb")
    warehouse.journal_failed_run(only_unchanged, {"run_id": "u3", "status": "unchanged"}, [])
    described = warehouse.carry_journal(only_unchanged, warehouse.start_build(tmp_path / "v.duckdb").build).describe()
    assert described == "earlier runs recorded in quality.runs: 1 unchanged" and "failed" not in described


# ---------------------------------------------------------------- 2. the run lock

@pytest.mark.parametrize("content", [
    '{"pid": "abc", "host": "h"}', "[1, 2]", "", "\x00garbage{", '{"pid": -4}',
    json.dumps({"pid": os.getpid(), "process_start": "1", "host": socket.gethostname()}),  # live, not a run
    json.dumps({"pid": os.getpid(), "host": "another-host"}),
], ids=["pid-not-a-number", "a-list", "empty", "garbage", "negative-pid", "live-pid-not-the-holder",
        "another-host"])
def test_a_lock_nobody_holds_is_stale_whatever_it_says(tmp_path, content):
    published = tmp_path / "w.duckdb"
    runlock.lock_path(published).write_text(content, encoding="utf-8")
    assert runlock.holder(published) is None  # what `lvzhi run` checks before its heavy imports
    runlock.acquire(published)
    try:
        owner = json.loads(runlock.lock_path(published).read_text(encoding="utf-8"))
        assert owner["pid"] == os.getpid() and owner["process_start"] == runlock.process_start(os.getpid())
    finally:
        runlock.release(published)
    assert not runlock.lock_path(published).exists()


def test_without_flock_only_a_live_process_with_the_recorded_start_time_holds_it():
    me = {"pid": os.getpid(), "process_start": runlock.process_start(os.getpid()), "host": socket.gethostname()}
    assert runlock.names_live_holder(me)
    assert not runlock.names_live_holder({**me, "process_start": "1"})  # a PID reused by another process
    assert not runlock.names_live_holder({**me, "host": "elsewhere"})
    assert not runlock.names_live_holder(runlock.parse_owner('{"pid": "abc"}'))


CONTENDER = """
import sys, pathlib
from lvzhi import runlock
gate, done, published = (pathlib.Path(a) for a in sys.argv[1:4])
while not gate.exists():
    pass
try:
    runlock.acquire(published)
    print("held", flush=True)
except runlock.WarehouseBusy:
    print("busy", flush=True)
while not done.exists():
    pass
"""


@pytest.mark.parametrize("trial", range(6))
def test_simultaneous_acquires_give_the_lock_to_exactly_one(tmp_path, trial):
    published, gate, done = tmp_path / "w.duckdb", tmp_path / "gate", tmp_path / "done"
    contenders = [subprocess.Popen([sys.executable, "-c", CONTENDER, str(gate), str(done), str(published)],
                                   stdout=subprocess.PIPE, text=True) for _ in range(6)]
    gate.touch()
    answers = [c.stdout.readline().strip() for c in contenders]  # each answered while the holder lives
    done.touch()
    for contender in contenders:
        contender.wait()
    assert sorted(answers) == ["busy"] * 5 + ["held"]


def test_an_acquire_stopped_while_writing_takes_nothing(tmp_path, monkeypatch):
    """A signal (RunCancelled) or an error while the lock's content is written: acquire holds nothing
    and leaves no lock file (a stale one it found is gone too); the next acquire takes it at once."""
    published = tmp_path / "lvzhi.duckdb"
    runlock.lock_path(published).write_text('{"pid": 999999999}')  # a killed run's
    write = runlock._write

    def stopped(fd, content):
        write(fd, content)
        raise runlock.RunCancelled(signal.SIGTERM)
    monkeypatch.setattr(runlock, "_write", stopped)
    with pytest.raises(runlock.RunCancelled):
        runlock.acquire(published)
    assert not runlock.lock_path(published).exists() and runlock.holder(published) is None
    monkeypatch.setattr(runlock, "_write", write)
    assert runlock.acquire(published) is None  # no stale lock to clear
    runlock.release(published)
    assert not runlock.lock_path(published).exists()


def test_the_outermost_release_lets_go_whatever_the_count(tmp_path):
    """lvzhi run holds the lock and its flow takes it again; a flow stopped before its own release
    leaves a count of 2, and the CLI's final release (every=True) still removes the lock."""
    published = tmp_path / "lvzhi.duckdb"
    runlock.acquire(published)
    runlock.acquire(published)
    runlock.release(published)  # the inner holder's: only counts down
    assert runlock.lock_path(published).exists()
    runlock.acquire(published)  # an inner holder that never releases
    runlock.release(published, every=True)
    assert not runlock.lock_path(published).exists() and runlock.holder(published) is None
    runlock.release(published)  # nothing held: nothing to do
    assert runlock.acquire(published) is None
    runlock.release(published)


def test_the_kernel_frees_the_lock_of_a_killed_run(tmp_path):
    published, gate, done = tmp_path / "w.duckdb", tmp_path / "gate", tmp_path / "done"
    gate.touch()
    holder = subprocess.Popen([sys.executable, "-c", CONTENDER, str(gate), str(done), str(published)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    assert runlock.holder(published)["pid"] == holder.pid
    holder.kill()
    holder.wait()
    assert runlock.holder(published) is None
    assert runlock.acquire(published) == f"cleared a stale lock on {published} left by a killed run"
    runlock.release(published)


# ---------------------------------------------------------------- 3. a damaged published warehouse

@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_warehouse_is_named_kept_and_rebuilt(server_env, seed_run, tmp_path, damage):
    published = seed_copy(seed_run, tmp_path)
    data = published.read_bytes()
    broken = data[:len(data) // 2] if damage == "truncated" else bytes(range(256)) * (len(data) // 256)
    published.write_bytes(broken)

    out = run_cli(server_env, SEEDS, published)
    assert out.returncode == 0, out.stderr
    assert f"the published warehouse {published} is damaged" in out.stderr
    kept = list(tmp_path.glob("lvzhi.duckdb.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == broken
    assert str(kept[0]) in out.stdout
    assert query(published, "select count(*) from marts.dim_documents") == [(len(list(SEEDS.glob("*.txt"))),)]
    assert not list(tmp_path.glob(".lvzhi.duckdb.building*"))


# ---------------------------------------------------------------- 6. signals, then --rebuild

@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_cancels_the_run_in_one_line_and_is_journaled(server_env, seed_run, tmp_path, number):
    published = seed_copy(seed_run, tmp_path)
    before = fingerprint(published)
    run = subprocess.Popen([str(LVZHI), "run", "--source", str(SEEDS), "--warehouse", str(published)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=server_env)
    seen = []
    for line in run.stderr:  # stop it in the middle of dbt
        seen.append(line)
        if "[3/7] extract" in line:
            run.send_signal(number)
            break
    rest = run.stderr.read()
    run.wait()
    assert run.returncode == 128 + number, "".join(seen) + rest
    assert rest.strip().splitlines() == [
        f"lvzhi: cancelled by {signal.Signals(number).name}: nothing published, {published} is as it was"]
    assert "Traceback" not in rest and "KeyboardInterrupt" not in rest
    assert fingerprint(published) == before
    assert not runlock.lock_path(published).exists()
    journal = warehouse.failed_runs_journal(published)
    entries = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    assert [e["run"]["status"] for e in entries] == ["cancelled"]
    if number != signal.SIGTERM:
        return
    # --rebuild: a fresh file from the source, the previous one kept, the cancelled run carried
    out = subprocess.run([str(LVZHI), "run", "--rebuild", "--source", str(SEEDS), "--warehouse", str(published)],
                         capture_output=True, text=True, env=server_env)
    assert out.returncode == 0, out.stderr
    kept = list(tmp_path.glob("lvzhi.duckdb.previous-*"))
    assert len(kept) == 1 and fingerprint(kept[0])[0] == before[0]
    assert "--rebuild: building" in out.stderr and f"{len(list(SEEDS.glob('*.txt')))} new" in out.stderr
    statuses = query(published, "select status from quality.runs order by started_at")
    assert [s for (s,) in statuses] == ["cancelled", "published"]


# ---------------------------------------------------------------- 4, 5. sentences and values

def test_sentences_are_bounded_in_a_text_without_punctuation():
    clause = "政协委员全年共提交提案298件召开座谈会12场开展调研21次"
    sizes = []
    for copies in (300, 600):
        metrics = extract(clause * copies).metrics
        assert len(metrics) == 3 * copies
        assert max(len(m.sentence) for m in metrics) <= SENTENCE_MAX_CHARS
        sizes.append(sum(len(m.sentence) for m in metrics))
    assert sizes[1] <= 2 * sizes[0] + SENTENCE_MAX_CHARS  # linear in the text, not its square


def test_a_long_sentence_is_cut_at_clause_marks_around_its_figure():
    items = "，".join(f"走访第{i}个社区" for i in range(1, 200))
    text = f"{items}，全年共收到提案356件，{items}。"
    metric = next(m for m in extract(text).metrics if m.mention_text == "356件")
    assert len(metric.sentence) <= SENTENCE_MAX_CHARS and "全年共收到提案356件" in metric.sentence
    assert metric.sentence.startswith("走访") and metric.sentence.endswith("，")


def test_a_normal_sentence_is_whole():
    text = "一年来，" + "围绕乡村振兴、生态保护、基层治理等重点工作，" * 20 + "全年共收到提案356件。"
    assert len(text) < SENTENCE_MAX_CHARS
    assert [m.sentence for m in extract(text).metrics] == [text]


@pytest.mark.parametrize("text, expected", [
    ("全年收到提案" + "9" * 500 + "件。", []),
    ("全年收到提案12345678901234567890件。", []),  # 20 digits: no count
    ("全年收到提案123456789012345件。", [("123456789012345件", 123456789012345.0)]),
    ("经费同比增长-5%。", [("-5%", -5.0)]),
    ("积压案件减少-3件。", [("-3件", -3.0)]),
    ("投诉下降5%。", [("5%", 5.0)]),  # the direction is in the words
    ("会议于5月27日-29日召开,共3-5次。", [("3-5次", 3.0)]),  # dashes between numbers are no sign
])
def test_values_are_finite_sane_and_keep_their_sign(text, expected):
    metrics = extract(text).metrics
    assert [(m.mention_text, m.value) for m in metrics] == expected
    assert all(text[m.char_start:m.char_end] == m.numeral and m.numeral[0].isdigit() for m in metrics)


def test_odd_values_and_an_unpunctuated_text_publish_with_every_check(server_env, tmp_path):
    """The span test (dbt) and GX hold for signed figures; no infinite value is published."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "odd.txt").write_text("某市政协2024年工作报告\n全年收到提案" + "9" * 500 + "件。经费同比增长-5%。"
                                    "积压案件减少-3件。投诉下降5%。\n", encoding="utf-8")
    (source / "flat.txt").write_text("某县政协2024年工作报告\n" + "全年共提交提案298件召开座谈会12场开展调研21次" * 400,
                                     encoding="utf-8")
    published = tmp_path / "lvzhi.duckdb"
    out = run_cli(server_env, source, published)
    assert out.returncode == 0, out.stderr
    assert query(published, "select count(*) from marts.fct_metrics where isinf(value) or isnan(value)") == [(0,)]
    assert sorted(query(published, "select mention_text, value from marts.fct_metrics where document_id = 'odd'")) \
        == [("-3件", -3.0), ("-5%", -5.0), ("5%", 5.0)]
    longest, = query(published, "select max(length(sentence)) from marts.fct_metrics where document_id = 'flat'")[0]
    assert longest <= SENTENCE_MAX_CHARS


# ---------------------------------------------------------------- 7. a renamed file

def test_a_renamed_file_is_a_new_document_id_with_the_same_content_hash(tmp_path):
    """README: document_id is the file stem, so a rename gives its figures new metric_ids."""
    (tmp_path / "before.txt").write_text("全年共立案298件提案。", encoding="utf-8")
    [first], _ = ingest.load(ingest.discover(tmp_path))
    (tmp_path / "before.txt").rename(tmp_path / "after.txt")
    [second], _ = ingest.load(ingest.discover(tmp_path))
    assert (first.document_id, second.document_id) == ("before", "after")
    assert first.content_sha256 == second.content_sha256
