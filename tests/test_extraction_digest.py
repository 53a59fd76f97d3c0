"""scripts/extraction_digest.py: the same extraction gives the same digest whatever the order of its
sets, and a changed figure changes it (it is what says a compiled build's rows are the pure ones)."""
from __future__ import annotations

import runpy
from pathlib import Path

from lvzhi.extract import extract, load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
digest = runpy.run_path(str(ROOT / "scripts" / "extraction_digest.py"))

TEXT = "某县政协2023年共收到提案150件，立案128件；组织委员视察调研12次，报送社情民意信息36条。"


def test_sets_compare_as_sets_and_loaders_are_left_out():
    canonical = digest["canonical"]
    assert canonical({"a": frozenset({"甲", "乙", "丙"})}) == canonical({"a": frozenset({"丙", "甲", "乙"})})
    assert canonical({"load": lambda: 1}) == canonical({"load": print})


def test_one_text_gives_one_digest_and_a_changed_figure_another():
    vocab = load_vocabulary()
    canonical = digest["canonical"]
    first = canonical(extract(TEXT, vocab))
    assert first == canonical(extract(TEXT, vocab))
    assert first != canonical(extract(TEXT.replace("150件", "151件"), vocab))
