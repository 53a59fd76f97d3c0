"""The same report as .txt, .html, .pdf and .docx yields the same figures, through the real flow."""
from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import duckdb

from conftest import SEEDS
from documents import write_docx, write_html, write_pdf

LVZHI = Path(sys.executable).with_name("lvzhi")
# 000: quoted names wrapped over PDF lines; 004: a paragraph that goes on over a PDF page break
REPORTS = ["000_13de0a4cc9b2606a", "004_09629e19c3738c4e"]
FORMATS = ["txt", "html", "pdf", "docx"]


def test_the_same_report_in_four_formats_yields_the_same_figures(server_env, tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for report in REPORTS:
        text = (SEEDS / f"{report}.txt").read_text(encoding="utf-8")
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
        (source / f"{report}_txt.txt").write_text(text, encoding="utf-8")
        write_html(source / f"{report}_html.html", paragraphs)
        write_pdf(source / f"{report}_pdf.pdf", paragraphs)
        write_docx(source / f"{report}_docx.docx", paragraphs)
    warehouse = tmp_path / "w.duckdb"
    out = subprocess.run([str(LVZHI), "run", "--source", str(source), "--warehouse", str(warehouse)],
                         capture_output=True, text=True, env=server_env, timeout=900)
    assert out.returncode == 0, out.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from raw.rejected_documents").fetchone()[0] == 0
        encodings = dict(con.execute("select document_id, encoding from marts.dim_documents").fetchall())
        texts = dict(con.execute("select document_id, text from raw.documents").fetchall())
        rows = con.execute("select document_id, mention_text, value, unit, subject, char_start, char_end "
                           "from marts.fct_metrics").fetchall()
    assert {encodings[f"{REPORTS[0]}_{kind}"] for kind in FORMATS} == {"utf-8", "utf-8+html", "pdf", "docx"}
    figures: dict[str, list[tuple]] = defaultdict(list)
    for document_id, mention_text, value, unit, subject, start, end in rows:
        assert texts[document_id][start:end] in mention_text  # offsets into each stored text
        figures[document_id].append((mention_text, value, unit, subject))
    for report in REPORTS:
        expected = sorted(figures[f"{report}_txt"])
        assert len(expected) > 20
        for kind in FORMATS[1:]:
            assert sorted(figures[f"{report}_{kind}"]) == expected, f"{report} as {kind}"
