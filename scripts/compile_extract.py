#!/usr/bin/env python3
"""Compile the extraction library (src/lvzhi/extract) with mypyc: `make setup` runs it.

Extraction is pure Python plus `re`; compiled, the same code runs ~2x faster (see README, "Compiled
extraction"). The build leaves ``<module>.cpython-*.so`` beside each ``<module>.py`` and mypyc's shared
runtime ``lvzhi_extract__mypyc.cpython-*.so`` in src/ (none of them committed: .gitignore), then writes
src/lvzhi/extract/compiled.json with a hash of every source it compiled. lvzhi/extract/compiled.py
uses the compiled modules only while every source still has that hash; otherwise the package imports
the .py sources and warns. Rows are the same either way (tests/test_compiled.py).

usage: python scripts/compile_extract.py [--clean]
Runs with an interpreter that has mypy and setuptools (make uses .venv-build, same Python as .venv);
without them, or without a C compiler, it fails and extraction stays pure Python.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE_DIR = SRC / "lvzhi" / "extract"
GROUP = "lvzhi_extract"  # names mypyc's shared runtime module: lvzhi_extract__mypyc


def _guard():
    """lvzhi/extract/compiled.py alone (its list of modules left as Python, its hashing), without
    importing the package: that would load the library, compiled or not."""
    spec = importlib.util.spec_from_file_location("lvzhi_extract_guard", PACKAGE_DIR / "compiled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clean() -> None:
    """Remove every compiled file and the build record (the package is then pure Python)."""
    for path in [*PACKAGE_DIR.glob("*.so"), *SRC.glob(f"{GROUP}__mypyc*.so"), PACKAGE_DIR / "compiled.json"]:
        path.unlink(missing_ok=True)


def main() -> int:
    guard = _guard()
    clean()
    if "--clean" in sys.argv[1:]:
        return 0
    from mypyc.build import mypycify
    from setuptools import setup

    names = sorted(path.stem for path in PACKAGE_DIR.glob("*.py") if path.stem not in guard.NOT_COMPILED)
    hashes = guard.source_hashes(names)  # before the build: an edit made while it runs makes it stale
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lvzhi-mypyc-") as build:
        os.chdir(SRC)  # module names come from the paths: lvzhi/extract/years.py is lvzhi.extract.years
        os.environ["MYPY_CACHE_DIR"] = str(Path(build) / "mypy_cache")
        # opencc (normalize.py) ships no type information: mypy takes it as Any
        extensions = mypycify(["--ignore-missing-imports", *(f"lvzhi/extract/{name}.py" for name in names)],
                              opt_level="3", group_name=GROUP, target_dir=str(Path(build) / "c"))
        setup(name="lvzhi-extract-compiled", ext_modules=extensions,
              script_args=["--quiet", "build_ext", "--inplace", "--build-temp", str(Path(build) / "o"),
                           "--build-lib", str(Path(build) / "lib")])
    guard.MANIFEST.write_text(json.dumps({
        "ext_suffix": importlib.machinery.EXTENSION_SUFFIXES[0],
        "python": sys.version.split()[0],
        "mypy": _version("mypy"),
        "build_seconds": round(time.perf_counter() - started, 1),
        "sources": hashes,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"compiled {len(names)} modules of lvzhi.extract with mypyc in {time.perf_counter() - started:.0f} s")
    return 0


def _version(distribution: str) -> str:
    from importlib.metadata import version
    return version(distribution)


if __name__ == "__main__":
    sys.exit(main())
