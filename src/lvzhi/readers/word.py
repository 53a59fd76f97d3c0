"""Word files. DOCX (python-docx): body paragraphs and table rows in document order, one line each
(cells separated by tabs); a table whose header row names years is written a sentence per cell
(``_table_lines``); footnotes and endnotes follow the body, a line per paragraph (``_notes``).
Legacy binary .doc has no well-kept pure-Python reader: it is rejected with the advice to save it as
.docx; a .doc that is really a DOCX, a web page or text is read as such."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .errors import Unreadable

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# a column head that names a year: 2023年, 2023, 2023年度
_YEAR_HEAD = re.compile(r"(?:19|20)\d{2}(?:\s*年度?)?")
_SENTENCE_END = tuple("。！？；!?;")


def _row_cells(row) -> list[tuple[int, str]]:
    """(grid column, text) of each cell of a row; a merged cell appears once per grid column it spans
    in python-docx, here once, at its first column."""
    cells, seen = [], set()
    for column, cell in enumerate(row.cells):
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append((column, " ".join(cell.text.split("\n")).strip()))
    return cells


def _year_head(head: str) -> str | None:
    """The head as a year written in words the extractor dates by (2023 → 2023年), or None."""
    head = "".join(head.split())
    if not _YEAR_HEAD.fullmatch(head):
        return None
    return head if "年" in head else head + "年"


def _table_lines(table) -> list[str]:
    """A table's lines. An ordinary table: one line per row, cells tab-separated. A table whose header
    row (its first row of more than one cell) names years in its columns after the first (项目 | 2023年 |
    2022年): the header row as a line, then each data cell as a sentence of its own with its column's
    head and its row's label, a year first (2023年收到提案351件。), another head after the label
    (收到提案增减21件。), so that a figure is dated by the year in its sentence. The label is the row's
    last cell before the first year column; cells before it (a 序号) stay as a line above the row's
    sentences. No cell is lost."""
    rows = [_row_cells(row) for row in table.rows]
    at = next((index for index, cells in enumerate(rows) if len(cells) > 1), None)
    if at is None:
        return ["\t".join(text for _, text in cells) for cells in rows]
    heads = dict(rows[at])
    years = {column: year for column, head in heads.items() if column > 0 and (year := _year_head(head))}
    if not years:
        return ["\t".join(text for _, text in cells) for cells in rows]
    if 0 in heads and _year_head(heads[0]):  # (2023年 | 2022年: no label column, the first a year's too)
        years[0] = _year_head(heads[0])
    first_year = min(years)
    lines = ["\t".join(text for _, text in cells) for cells in rows[:at + 1]]
    for cells in rows[at + 1:]:
        leading = [text for column, text in cells if column < first_year and text]
        values = [(column, text) for column, text in cells if column >= first_year and text]
        if not values:  # a row of labels only (a section's name across the table)
            lines.append("\t".join(text for _, text in cells))
            continue
        label = leading.pop() if leading else ""
        if leading:
            lines.append("\t".join(leading))
        for column, value in values:
            head = _head_of(heads, column)
            year = _year_head(head)
            words = f"{year}{label}" if year else f"{label}{head}"
            lines.append(f"{words}{value}" + ("" if value.endswith(_SENTENCE_END) else "。"))
    return lines


def _head_of(heads: dict[int, str], column: int) -> str:
    """The head over a grid column (a merged head cell stands at its first column)."""
    return heads[max(c for c in heads if c <= column)]


def read_docx(path: Path) -> str:
    # imported here: a run without Word files does not pay for python-docx
    from docx import Document as open_docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = open_docx(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise Unreadable(f"unreadable DOCX: {type(error).__name__}: {error}") from None
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            lines.append(Paragraph(block, document).text)
        elif block.tag == qn("w:tbl"):
            lines += _table_lines(Table(block, document))
    return "\n".join(lines + _notes(document))


# a footnotes or endnotes part's separator lines, not notes
_NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


def _notes(document) -> list[str]:
    """The text of the document's footnotes, then its endnotes, a line per paragraph with text, in the
    parts' order; a notes part that is not well-formed XML is left out (the body is the document)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    from lxml.etree import XMLSyntaxError

    lines: list[str] = []
    for kind, tag in ((RT.FOOTNOTES, "w:footnote"), (RT.ENDNOTES, "w:endnote")):
        parts = [rel.target_part for rel in document.part.rels.values() if rel.reltype == kind and not rel.is_external]
        for part in parts:
            try:
                root = parse_xml(part.blob)
            except (XMLSyntaxError, ValueError):
                continue
            for note in root.iterchildren(qn(tag)):
                if note.get(qn("w:type")) in _NOT_NOTES:
                    continue
                lines += [text for p in note.iter(qn("w:p")) if (text := Paragraph(p, None).text.strip())]
    return lines


def legacy_doc_kind(head: bytes) -> str:
    """'ole' (binary Word 97–2003), 'docx' (a DOCX named .doc), 'rtf', 'mht' or 'text'."""
    if head.startswith(OLE_SIGNATURE):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if head.lstrip()[:200].lower().startswith(b"mime-version"):
        return "mht"
    return "text"
