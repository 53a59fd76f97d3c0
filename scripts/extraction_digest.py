"""Digests of extract()'s whole output per text, to check that two builds of the extractor (the pure
modules and a compiled copy, or two commits) give identical rows.

    PYTHONPATH=<src of build A> python scripts/extraction_digest.py write A.pkl FILE_OR_DIR...
    PYTHONPATH=<src of build B> python scripts/extraction_digest.py write B.pkl FILE_OR_DIR...
    python scripts/extraction_digest.py compare A.pkl B.pkl

A plain ``repr(dataclasses.asdict(extraction))`` cannot be compared across runs: it holds sets and
frozensets (their order follows PYTHONHASHSEED), a lazily called loader (its repr holds an address)
and the whole input vocabulary. Here sets are sorted, callables and the vocabulary left out, and
each text's dump is kept as a sha256.
"""
from __future__ import annotations

import dataclasses
import hashlib
import pickle
import re
import sys
from pathlib import Path
from typing import Any

LEFT_OUT_FIELDS = {"_vocab"}  # the input vocabulary, the same for every text


def canonical(value: Any) -> str:
    """A text that is the same for equal outputs, whatever the hash seed or memory layout."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # field by field, not dataclasses.asdict: that deep-copies leaves, and a compiled closure
        # cannot be copied
        fields = {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
        return type(value).__name__ + canonical(fields)
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda item: repr(item[0]))
        return "{" + ", ".join(f"{canonical(k)}: {canonical(v)}" for k, v in items if k not in LEFT_OUT_FIELDS) + "}"
    if isinstance(value, (set, frozenset)):
        return "set[" + ", ".join(sorted(canonical(item) for item in value)) + "]"
    if isinstance(value, (list, tuple)):
        return type(value).__name__ + "[" + ", ".join(canonical(item) for item in value) + "]"
    if callable(value):
        return "<callable>"
    if isinstance(value, re.Pattern):
        return f"pattern({value.pattern!r}, {value.flags})"
    return repr(value)


def text_files(arguments: list[str]) -> list[Path]:
    files: list[Path] = []
    for argument in map(Path, arguments):
        files += sorted(p for p in argument.rglob("*") if p.is_file()) if argument.is_dir() else [argument]
    return files


def write(out: Path, arguments: list[str]) -> None:
    from lvzhi.extract import extract, load_vocabulary

    vocab = load_vocabulary()
    digests = {}
    for path in text_files(arguments):
        text = path.read_text(encoding="utf-8", errors="replace")
        digests[str(path)] = hashlib.sha256(canonical(extract(text, vocab)).encode()).hexdigest()
    out.write_bytes(pickle.dumps(digests))
    print(f"{len(digests)} texts; extractor from {sys.modules['lvzhi.extract'].__file__}")


def compare(first: Path, second: Path) -> int:
    a, b = pickle.loads(first.read_bytes()), pickle.loads(second.read_bytes())
    differ = sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))
    print(f"{len(a)} and {len(b)} texts, {len(differ)} differ")
    for name in differ[:20]:
        print(" ", name)
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "write":
        write(Path(argv[1]), argv[2:])
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
