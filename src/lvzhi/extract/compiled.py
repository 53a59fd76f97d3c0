"""Whether the extraction library runs compiled (mypyc) or as its pure Python sources.

``make setup`` compiles the library's modules with mypyc (scripts/compile_extract.py): each
``<module>.cpython-*.so`` lies beside its ``<module>.py``, and Python's import system prefers it.
The build records a hash of every source it compiled in ``compiled.json``. Before the package imports
its modules, ``choose()`` compares those hashes with the sources as they are now: an edited (or
reverted, or checked-out) source makes the whole build stale, and the package then imports every
module from its .py with a loud warning, never the old machine code. ``LVZHI_PURE=1`` asks for the
sources on purpose (the tests compare both). This module and ``__init__`` are never compiled.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path
from typing import TypeVar

PACKAGE = __name__.rpartition(".")[0]
DIRECTORY = Path(__file__).resolve().parent
MANIFEST = DIRECTORY / "compiled.json"
# modules the build leaves as Python: the guard itself, the package (it runs the guard) and the
# fingerprint (it reads the sources beside it)
NOT_COMPILED = ("__init__", "compiled", "fingerprint")

_T = TypeVar("_T")


class cached_property(functools.cached_property[_T]):
    """functools.cached_property under a name of its own: mypyc builds the standard one as a plain
    property (computed again on every read), but leaves this one to Python, so it caches in both
    builds. For classes marked ``@mypyc_attr(native_class=False)``: the value lives in their __dict__."""


def source_hashes(names: list[str]) -> dict[str, str]:
    return {name: hashlib.sha256((DIRECTORY / f"{name}.py").read_bytes()).hexdigest() for name in names}


def compiled_files(name: str) -> list[Path]:
    return [DIRECTORY / f"{name}{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES
            if (DIRECTORY / f"{name}{suffix}").exists()]


class _SourcesFirst(importlib.abc.MetaPathFinder):
    """Finds the package's modules in their .py sources, passing over compiled files beside them."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def find_spec(self, fullname, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in self.names:
            return None
        return importlib.util.spec_from_file_location(fullname, DIRECTORY / f"{name}.py")


def _stale_reason(manifest: dict, names: list[str]) -> str | None:
    """Why a build cannot be trusted, or None when every compiled module is of its source as it is."""
    if manifest.get("ext_suffix") != importlib.machinery.EXTENSION_SUFFIXES[0]:
        return "it was built for another Python"
    built = manifest.get("sources", {})
    changed = [name for name, digest in source_hashes(sorted(built)).items() if built[name] != digest] \
        if all((DIRECTORY / f"{name}.py").exists() for name in built) else sorted(built)
    if changed:
        return f"{', '.join(f'{name}.py' for name in changed)} changed since the build"
    unlisted = [name for name in names if name not in built]
    if unlisted:
        return f"{', '.join(unlisted)} compiled outside the recorded build"
    missing = [name for name in built if not compiled_files(name)]
    if missing:
        return f"{', '.join(missing)} missing from the build"
    return None


def choose() -> str:
    """``compiled`` or ``pure``; when it is ``pure`` while compiled modules lie beside the sources, a
    finder that imports the sources instead goes first on ``sys.meta_path``."""
    names = sorted(path.name.partition(".")[0] for path in DIRECTORY.iterdir()
                   if path.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)))
    names = [name for name in names if name not in NOT_COMPILED]
    if not names:
        return "pure"
    if os.environ.get("LVZHI_PURE"):
        reason = None
    else:
        try:
            manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        reason = _stale_reason(manifest, names) if manifest else "no build record (compiled.json)"
        if reason is None:
            return "compiled"
        warnings.warn(f"lvzhi.extract: compiled modules ignored, running the pure Python sources: {reason}; "
                      "`make setup` rebuilds them", RuntimeWarning, stacklevel=3)
    if not any(isinstance(finder, _SourcesFirst) for finder in sys.meta_path):
        sys.meta_path.insert(0, _SourcesFirst(set(names)))
    return "pure"
