"""dbt started ahead of its build (``lvzhi.transform.prestart``): its imports and the project's parse
run while the flow loads Prefect, ingests and extracts; the build starts when a line arrives on
stdin: the command and its arguments as a JSON list (["build", "--full-refresh"]), known only then.
End of input without a line (the run ended before its transform): exit 0, nothing built.

    python -m lvzhi.dbt_child WORK_DIR --project-dir … --profiles-dir … --target-path … …
"""
from __future__ import annotations

import gc
import json
import shutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    work, options = Path(argv[0]), argv[1:]  # the paths and log levels hold for the parse and the build
    from dbt.cli.main import dbtRunner

    parsed = dbtRunner().invoke(["parse", *options])
    print("lvzhi: parsed, waiting for the build", flush=True)
    line = sys.stdin.readline()
    if not line:
        shutil.rmtree(work, ignore_errors=True)  # nobody will come for it
        return 0
    command = json.loads(line)
    result = dbtRunner(manifest=parsed.result if parsed.success else None).invoke([*command, *options])
    # the build is written and dbt's connections closed: skip the collection of dbt's whole heap at
    # exit (seconds, for a process about to end)
    gc.freeze()
    if result.exception is not None:
        print(f"lvzhi: dbt failed: {result.exception}", flush=True)
        return 2
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
