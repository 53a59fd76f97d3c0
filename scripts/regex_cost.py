"""Which compiled patterns the regex engine spends extract()'s time on, with their call sites.

    PYTHONPATH=src python scripts/regex_cost.py [--top 20] [--sites 3] [FILE_OR_DIR...]

cProfile books a ``finditer`` loop's matching to the caller's line and shows ``search``/``match`` as
one entry for every pattern, so it cannot say which pattern costs. This shim replaces ``re._compile``
(which ``re.compile`` and the module-level ``re.search``/``re.sub``… all go through) before the library
is imported, so every pattern the library builds is a recording proxy. One pass of extract() over the
texts (default: the seeds, seeds/raw, after a warm-up pass) records every call with its arguments and
call site (the nearest frame in the library); then each pattern's calls are replayed on the bare
compiled pattern, a few times, and the fastest replay is its cost: the engine's own time, without the
proxy's overhead (a timed proxy's overhead dwarfs the short searches that are most calls). A
``finditer`` is replayed to its end, a ``sub`` with a function as replacement with a constant one.
Confirm a change with cachegrind (/work/devtools/ms.sh); this ranks, it does not count instructions.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

_frame = sys._getframe
_LIBRARY = "lvzhi"  # call sites are the first frame inside the library
CALLS: list[tuple[re.Pattern, str, str, tuple, dict]] = []  # pattern, site, method, args, kwargs
RECORDING = False


def _site() -> str:
    frame = _frame(2)
    while frame is not None and _LIBRARY not in frame.f_code.co_filename:
        frame = frame.f_back
    if frame is None:
        return "?"
    return f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno} {frame.f_code.co_name}"


class RecordingPattern:
    """A stand-in for a compiled pattern that records each call for replay."""

    def __init__(self, compiled: re.Pattern) -> None:
        self._compiled = compiled
        self.pattern, self.flags, self.groups = compiled.pattern, compiled.flags, compiled.groups
        self.groupindex = compiled.groupindex

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        if RECORDING:
            CALLS.append((self._compiled, _site(), method, args, kwargs))
        return getattr(self._compiled, method)(*args, **kwargs)

    def scanner(self, *args, **kwargs):
        return self._compiled.scanner(*args, **kwargs)

    def __repr__(self) -> str:
        return repr(self._compiled)

    def __eq__(self, other) -> bool:
        return isinstance(other, RecordingPattern) and self._compiled == other._compiled

    def __hash__(self) -> int:
        return hash(self._compiled)


def _recorded(method: str):
    def call(self: RecordingPattern, *args: Any, **kwargs: Any) -> Any:
        return self._call(method, *args, **kwargs)
    call.__name__ = method
    return call


for _method in ("search", "match", "fullmatch", "split", "findall", "finditer", "sub", "subn"):
    setattr(RecordingPattern, _method, _recorded(_method))


def install() -> None:
    original = re._compile
    proxies: dict[int, RecordingPattern] = {}

    def recording_compile(pattern, flags):
        if isinstance(pattern, RecordingPattern):
            return pattern
        compiled = original(pattern, flags)
        proxy = proxies.get(id(compiled))
        if proxy is None or proxy._compiled is not compiled:
            proxy = proxies[id(compiled)] = RecordingPattern(compiled)
        return proxy

    re._compile = recording_compile


def _constant(_found: re.Match) -> str:
    return ""


def _replay(calls: list[tuple[str, tuple, dict]], compiled: re.Pattern, rounds: int, bare: bool = False) -> float:
    """The fastest of ``rounds`` replays of the calls, in seconds (``bare``: every replacement constant)."""
    prepared = []
    for method, args, kwargs in calls:
        if method in ("sub", "subn") and args and (bare or callable(args[0])):
            args = (_constant, *args[1:])
        prepared.append((getattr(compiled, method), method == "finditer", args, kwargs))
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for bound, iterate, args, kwargs in prepared:
            if iterate:
                for _found in bound(*args, **kwargs):
                    pass
            else:
                bound(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str]) -> int:
    global RECORDING
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(Path(__file__).parents[1] / "seeds" / "raw")])
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--sites", type=int, default=3, help="call sites shown per pattern")
    parser.add_argument("--rounds", type=int, default=5, help="replays per pattern (the fastest counts)")
    options = parser.parse_args(argv)
    install()
    from lvzhi.extract import extract, load_vocabulary

    files: list[Path] = []
    for argument in map(Path, options.paths):
        files += sorted(p for p in argument.rglob("*.txt")) if argument.is_dir() else [argument]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    vocab = load_vocabulary()
    for text in texts:  # warm-up: the vocabulary's lazy screens are built here
        extract(text, vocab)
    RECORDING = True
    for text in texts:
        extract(text, vocab)
    RECORDING = False
    by_pattern: dict[re.Pattern, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for compiled, site, method, args, kwargs in CALLS:
        by_pattern[compiled][site].append((method, args, kwargs))
    empty = re.compile("")
    costs = []  # (seconds, pattern, [(seconds, site, calls)], methods)
    for compiled, sites in by_pattern.items():
        site_costs = []
        for site, calls in sites.items():
            # less the replay loop's own cost: the same calls on an empty pattern
            overhead = _replay([(m if m != "finditer" else "search", a, k) for m, a, k in calls], empty,
                               options.rounds, bare=True)
            site_costs.append((max(0.0, _replay(calls, compiled, options.rounds) - overhead), site, calls))
        methods: dict[str, int] = defaultdict(int)
        for _, _, calls in site_costs:
            for method, _, _ in calls:
                methods[method] += 1
        costs.append((sum(c for c, _, _ in site_costs), compiled, site_costs, methods))
    costs.sort(key=lambda item: -item[0])
    engine = sum(c for c, _, _, _ in costs)
    print(f"{len(texts)} texts, one pass: {len(CALLS)} regex calls over {len(costs)} patterns, "
          f"{engine * 1e3:.1f} ms in the engine (replayed)")
    for rank, (seconds, compiled, site_costs, methods) in enumerate(costs[:options.top], 1):
        pattern = compiled.pattern
        shown = pattern if len(pattern) <= 90 else f"{pattern[:60]}…({len(pattern)} chars)"
        calls = sum(methods.values())
        listed = ", ".join(f"{name} {n}" for name, n in sorted(methods.items(), key=lambda kv: -kv[1]))
        print(f"\n{rank:2}. {seconds * 1e3:6.2f} ms {100 * seconds / engine:4.1f}%  {calls} calls ({listed})\n    {shown}")
        for site_seconds, site, site_calls in sorted(site_costs, key=lambda item: -item[0])[:options.sites]:
            print(f"      {site_seconds * 1e3:6.2f} ms  {len(site_calls):5} calls  {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
