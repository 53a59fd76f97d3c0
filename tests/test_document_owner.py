"""A published document keeps its document_id: another file of the same name is the one rejected.

CONTRACT: "Two different documents never share a key (a clash is a clear error)"; README, "Bad input".
Real `lvzhi run` runs against the test harness's Prefect server.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from lvzhi import ingest, warehouse as wh
from test_production import run_cli



def report(year: int, received: int) -> str:
    return (f"重庆市黔江区政协{year}年工作报告\n\n{year}年,重庆市黔江区政协共收到提案{received}件,"
            f"经审查立案{received - 20}件,办结率100%。全年组织委员开展调研{year - 1980}次。\n")


def owner(warehouse: Path, source: Path) -> tuple[str, list[str]]:
    """(the path that names 工作报告, its figures' mention_texts) in the published warehouse."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        (path,), = con.execute("select source_path from marts.dim_documents where document_id = '工作报告'").fetchall()
        figures = [m for m, in con.execute("select mention_text from marts.fct_metrics where document_id = '工作报告' "
                                           "order by char_start").fetchall()]
    return Path(path).relative_to(source).as_posix(), figures


def rejected(warehouse: Path, source: Path) -> dict[str, str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {Path(p).relative_to(source).as_posix(): reason
                for p, reason in con.execute("select source_path, reason from raw.rejected_documents").fetchall()}


def test_a_file_earlier_in_walk_order_does_not_take_a_published_documents_id(server_env, tmp_path):
    source, warehouse = tmp_path / "corpus", tmp_path / "w.duckdb"
    (source / "2023").mkdir(parents=True)
    (source / "2023" / "工作报告.txt").write_text(report(2023, 317), encoding="utf-8")
    (source / "其他.txt").write_text(report(2021, 280).replace("黔江区", "石柱县"), encoding="utf-8")
    first = run_cli(server_env, source, warehouse)
    assert first.returncode == 0, first.stderr
    assert owner(warehouse, source) == ("2023/工作报告.txt", ["317件", "297件", "100%", "43次"])

    # 2022/ comes before 2023/ in walk order: the published 2023 document keeps its id and its figures
    (source / "2022").mkdir()
    (source / "2022" / "工作报告.txt").write_text(report(2022, 300), encoding="utf-8")
    second = run_cli(server_env, source, warehouse)
    assert second.returncode == 0, second.stderr
    expected = ("document_id clash: 工作报告 belongs to " + str(source / "2023" / "工作报告.txt")
                + ", published; rename one of them")
    assert f"rejected {source / '2022' / '工作报告.txt'}: {expected}" in second.stderr
    assert "0 new, 0 changed" in second.stderr  # nothing of the published documents was replaced
    assert owner(warehouse, source) == ("2023/工作报告.txt", ["317件", "297件", "100%", "43次"])
    assert rejected(warehouse, source) == {"2022/工作报告.txt": expected}

    # the unchanged-check decides by the same rule: the same files again are nothing changed
    third = run_cli(server_env, source, warehouse)
    assert third.returncode == 0, third.stderr
    assert "nothing changed since the published run" in third.stderr

    # a full rebuild reads the owners from the published file, not from the (fresh) build
    rebuilt = run_cli_args(server_env, source, warehouse, "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert owner(warehouse, source) == ("2023/工作报告.txt", ["317件", "297件", "100%", "43次"])
    assert rejected(warehouse, source) == {"2022/工作报告.txt": expected}

    # the owner's file gone: the other file takes the id, as before
    (source / "2023" / "工作报告.txt").unlink()
    fourth = run_cli(server_env, source, warehouse)
    assert fourth.returncode == 0, fourth.stderr
    assert owner(warehouse, source) == ("2022/工作报告.txt", ["300件", "280件", "100%", "42次"])
    assert rejected(warehouse, source) == {}


def run_cli_args(env, source: Path, warehouse: Path, *args: str):
    import subprocess

    from test_production import LVZHI

    return subprocess.run([str(LVZHI), "run", "--source", str(source), "--warehouse", str(warehouse), *args],
                          capture_output=True, text=True, env=env, timeout=900)


def test_owners_hold_whatever_the_walk_order_and_the_build_reuses(tmp_path):
    """The flow's own functions on a real DuckDB file: the owners come from the published file, so a
    build that reuses nothing (a new pipeline or extractor, --rebuild) keeps them."""
    for folder, year in (("a", 2022), ("b", 2023), ("c", 2024)):
        (tmp_path / "src" / folder).mkdir(parents=True)
        (tmp_path / "src" / folder / "工作报告.txt").write_text(report(year, 300 + year - 2020), encoding="utf-8")
    paths = ingest.discover(tmp_path / "src")
    published = tmp_path / "w.duckdb"
    with duckdb.connect(str(published)) as con:
        con.execute("create schema raw")
        con.execute("create table raw.documents (document_id varchar, source_path varchar, content_sha256 varchar)")
        con.execute("insert into raw.documents values ('工作报告', ?, 'published-bytes')", [str(paths[1])])
    owners = wh.document_owners(published)
    assert owners == {"工作报告": (str(paths[1]), "published-bytes")}
    for order in (paths, paths[::-1]):
        found = list(ingest.entries(order, owners=owners))
        documents = [e.source_path for e in found if isinstance(e, ingest.Document)]
        assert documents == [str(paths[1])]
        reasons = {e.source_path: e.reason for e in found if isinstance(e, ingest.Rejection)}
        assert set(reasons) == {str(paths[0]), str(paths[2])}
        assert all("belongs to" in reason and str(paths[1]) in reason for reason in reasons.values())
    # without the owner's file, the first in walk order takes the id (as without a published file)
    found = list(ingest.entries([paths[0], paths[2]], owners=owners))
    assert [e.source_path for e in found if isinstance(e, ingest.Document)] == [str(paths[0])]
    assert wh.document_owners(tmp_path / "none.duckdb") == {}


def test_an_old_copy_of_the_published_bytes_does_not_take_the_id_from_the_edited_owner(tmp_path):
    """A copy of the published document's old bytes earlier in walk order, the owner's file edited since:
    the owner's file keeps its id (and is read as changed); the stale copy is the clash. While the owner
    still holds those bytes, the copy is the same document (the owner its duplicate), as before."""
    for folder in ("a", "b"):
        (tmp_path / "src" / folder).mkdir(parents=True)
    old, new = report(2023, 317), report(2023, 330)
    (tmp_path / "src" / "a" / "工作报告.txt").write_text(old, encoding="utf-8")
    (tmp_path / "src" / "b" / "工作报告.txt").write_text(old, encoding="utf-8")
    paths = ingest.discover(tmp_path / "src")
    import hashlib
    owners = {"工作报告": (str(paths[1]), hashlib.sha256(old.encode("utf-8")).hexdigest())}
    found = list(ingest.entries(paths, owners=owners))
    assert [type(e).__name__ for e in found] == ["Document", "Duplicate"]  # identical: one document

    paths[1].write_text(new, encoding="utf-8")  # the published file edited, the old copy left before it
    found = list(ingest.entries(paths, owners=owners))
    documents = [e.source_path for e in found if isinstance(e, ingest.Document)]
    assert documents == [str(paths[1])]
    reasons = {e.source_path: e.reason for e in found if isinstance(e, ingest.Rejection)}
    assert list(reasons) == [str(paths[0])] and "belongs to" in reasons[str(paths[0])]
