"""Validation in a process of its own (``lvzhi.validate.Child``): GX and pandas imported and the
suites' context built as soon as it starts, then one validation when a
line arrives on stdin, its results written to stdout, and the process ends.

Its frames (a row per figure: 1.9 M at 1 GB, gigabytes as pandas and GX hold them) are read and
checked here, and their memory goes back to the system when this process ends: Python and Arrow keep
freed memory for reuse, so the flow process would otherwise carry it into the report it draws next.

    python -m lvzhi.validate_child [DOCS_DIR]
    stdin:  {"database": …, "extractor_version": …, "changed_only": …}  (one JSON line)
    stdout: "lvzhi: prepared", then one line "lvzhi: results " + JSON list of CheckResult fields
End of input without a line (the run ended before its validation): exit 0, nothing checked.
"""
from __future__ import annotations

import dataclasses
import gc
import json
import sys
from pathlib import Path

RESULTS = "lvzhi: results "


def main(argv: list[str]) -> int:
    from . import validate

    docs_dir = Path(argv[0]) if argv else None
    validate.preload(docs_dir)
    validate._wait_for_preload()
    print("lvzhi: prepared", flush=True)
    line = sys.stdin.readline()
    if not line:
        return 0
    request = json.loads(line)
    results = validate.validate_warehouse(Path(request["database"]), request["extractor_version"],
                                          docs_dir=docs_dir, changed_only=request["changed_only"])
    print(RESULTS + json.dumps([dataclasses.asdict(r) for r in results], ensure_ascii=False), flush=True)
    gc.freeze()  # the process ends now: no collection of GX's heap at exit
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
