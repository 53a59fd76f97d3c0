"""Word files. DOCX (python-docx): body paragraphs and table rows in document order, one line each
(cells separated by tabs). Legacy binary .doc has no well-kept pure-Python reader: it is rejected
with the advice to save it as .docx; a .doc that is really a DOCX, a web page or text is read as such."""
from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import Unreadable

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _row_text(row) -> str:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell appears once per grid column it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split("\n")))
    return "\t".join(cells)


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
            lines += [_row_text(row) for row in Table(block, document).rows]
    return "\n".join(lines)


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
