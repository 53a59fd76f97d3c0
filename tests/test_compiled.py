"""The extraction library compiled with mypyc (make setup) gives the rows of its pure Python sources,
and a compiled module never stands in for a source edited since the build (lvzhi/extract/compiled.py)."""
from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import lvzhi.extract as extract_package
from lvzhi.extract import years
from lvzhi.extract.vocab import reference_dir

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"

# sentences written for this test: counts, rates, a 其中 part, sessions, places, a term review
SENTENCES = [
    "2023年,县政协共收到提案215件,经审查立案198件,其中集体提案34件,办复率100%。",
    "市政协十一届二次会议以来,委员们围绕乡村振兴开展专题调研12次,形成调研报告8篇。",
    "五年来,区政协组织视察活动46次,召开协商座谈会30余场,参加委员1200多人次。",
    "湖南省岳阳市政协机关全年编发社情民意信息156期,被省政协采用23期、全国政协采用5期。",
    "一年来,共有38名委员参加履职培训,占委员总数的三成;征集文史资料稿件60余篇。",
]

# rows of every text in argv[1] (a JSON list), in the process the environment sets up
_ROWS = """
import json, sys
import lvzhi.extract as package
from lvzhi.extract import extract, load_vocabulary
vocab = load_vocabulary()
out = []
for text in json.loads(open(sys.argv[1], encoding="utf-8").read()):
    result = extract(text, vocab)
    document = result.document
    out.append([[document.title, document.org_name, document.report_year, document.doc_type,
                 document.org_level, document.province, document.city, document.org_scopes,
                 document.plan_sections, document.year_source, document.gazetteer, sorted(document.bodies),
                 sorted(document.org_owners.items())],
                [m.as_row() for m in result.metrics], [a.as_row() for a in result.activities],
                [o.as_row() for o in result.organizations],
                [(f.rule, f.mention_indexes, f.detail) for f in result.findings]])
print(json.dumps({"build": package.BUILD, "rows": out}, ensure_ascii=False, default=str))
"""


def _texts() -> list[str]:
    seeds = sorted((REPO / "seeds" / "raw").glob("*.txt"))
    return SENTENCES + ["\n".join(SENTENCES)] + [path.read_text(encoding="utf-8") for path in seeds]


def _run_rows(texts_file: Path, pure: bool, pythonpath: Path = SRC) -> tuple[dict, str]:
    env = {key: value for key, value in os.environ.items() if key != "LVZHI_PURE"}
    env.update(PYTHONPATH=str(pythonpath), PYTHONHASHSEED="0", LVZHI_REFERENCE_DIR=str(reference_dir()))
    if pure:
        env["LVZHI_PURE"] = "1"
    done = subprocess.run([sys.executable, "-c", _ROWS, str(texts_file)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout), done.stderr


@pytest.mark.skipif(extract_package.BUILD != "compiled",
                    reason="no compiled build beside the sources (make setup builds it where a C compiler is)")
def test_compiled_and_pure_extraction_give_identical_rows(tmp_path):
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(_texts(), ensure_ascii=False), encoding="utf-8")
    compiled, _ = _run_rows(texts_file, pure=False)
    pure, _ = _run_rows(texts_file, pure=True)
    assert (compiled["build"], pure["build"]) == ("compiled", "pure")
    assert sum(len(doc[1]) for doc in pure["rows"]) > 100  # the seeds' figures are in the comparison
    for index, (got, expected) in enumerate(zip(compiled["rows"], pure["rows"])):
        assert got == expected, f"text {index}: compiled rows differ from the pure Python ones"
    assert len(compiled["rows"]) == len(pure["rows"])


def test_the_build_in_use_is_reported():
    compiled_file = years.__file__.endswith(".so")
    assert extract_package.BUILD == ("compiled" if compiled_file else "pure")


def _package_copy(tmp_path: Path) -> Path:
    """src/lvzhi copied with a stand-in compiled years module (not loadable: loading it would fail)
    and a build record that matches the sources."""
    root = tmp_path / "src"
    shutil.copytree(SRC / "lvzhi", root / "lvzhi", ignore=shutil.ignore_patterns("*.so", "__pycache__",
                                                                                "compiled.json"))
    package = root / "lvzhi" / "extract"
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (package / f"years{suffix}").write_bytes(b"not a shared object")
    digest = hashlib.sha256((package / "years.py").read_bytes()).hexdigest()
    (package / "compiled.json").write_text(json.dumps({"ext_suffix": suffix, "sources": {"years": digest}}),
                                           encoding="utf-8")
    return root


def test_a_source_edited_after_the_build_is_run_as_source_with_a_warning(tmp_path):
    root = _package_copy(tmp_path)
    years_source = root / "lvzhi" / "extract" / "years.py"
    years_source.write_text(years_source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(SENTENCES[:1], ensure_ascii=False), encoding="utf-8")
    result, stderr = _run_rows(texts_file, pure=False, pythonpath=root)
    assert result["build"] == "pure"
    assert "years.py changed since the build" in stderr and "RuntimeWarning" in stderr
    assert result["rows"][0][1][0]["report_year"] == 2023


def test_compiled_files_without_a_build_record_are_not_loaded(tmp_path):
    root = _package_copy(tmp_path)
    (root / "lvzhi" / "extract" / "compiled.json").unlink()
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(SENTENCES[:1], ensure_ascii=False), encoding="utf-8")
    result, stderr = _run_rows(texts_file, pure=False, pythonpath=root)
    assert result["build"] == "pure" and "no build record" in stderr
