"""Real small PDF and DOCX files for the tests: a PDF written by reportlab with its built-in CJK
font STSong-Light (a real text layer), a DOCX written by python-docx."""
from __future__ import annotations

import html
from pathlib import Path
from xml.sax.saxutils import escape


def write_pdf(path: Path, paragraphs: list[str], page_break_after: int | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")
    story: list = []
    for index, paragraph in enumerate(paragraphs):
        story.append(Paragraph(escape(paragraph), style))
        if index == page_break_after:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF whose page holds only drawing (as a scan holds only an image): no text layer."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)
    page.showPage()
    page.save()
    return path


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.save(str(path))
    return path


def write_html(path: Path, paragraphs: list[str]) -> Path:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    path.write_text(f"<!DOCTYPE html><html><head><title>报告</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    return path
