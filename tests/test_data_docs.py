"""GX Data Docs render offline: every script and style is a local copy, checked in headless Chromium
with all network names unresolvable."""
from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from urllib.parse import unquote
from pathlib import Path

import pytest

from lvzhi.data_docs import remote_addresses

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OFFLINE = ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND",
           "--virtual-time-budget=10000", "--window-size=1280,900"]


@pytest.fixture(scope="module")
def data_docs(seed_run) -> Path:
    _, warehouse = seed_run
    index = warehouse.parent / "data_docs" / "index.html"
    assert index.exists()
    return index


def test_data_docs_load_nothing_from_the_network(data_docs):
    assert remote_addresses(data_docs.parent) == []
    html = data_docs.read_text(encoding="utf-8")
    assert "static/vendor/bootstrap@4.3.1/dist/css/bootstrap.min.css" in html
    assert (data_docs.parent / "static/vendor/jquery@3.7.1/dist/jquery.min.js").exists()


def test_every_local_link_of_the_data_docs_is_a_file(data_docs):
    # remote_addresses only looks for network addresses, and a missing favicon changes neither the DOM
    # nor the screenshot: GX counts one folder too few above a validation page for its favicon link
    # (validations/<suite>/<run>/<time>/<page>), so the browser asked for a file that is not there
    docs = data_docs.parent
    pages = sorted(docs.rglob("*.html"))
    assert any("validations" in page.parts for page in pages)
    missing, favicons = [], 0
    for page in pages:
        for ref in re.findall(r'(?:href|src)="([^"]*)"', page.read_text(encoding="utf-8")):
            path = unquote(ref.split("#")[0].split("?")[0])
            if not path or re.match(r"^[a-z][a-z0-9+.-]*:", path, re.I):  # anchors, http:, data:, mailto:
                continue
            favicons += path.endswith("favicon.ico")
            if not (page.parent / path).is_file():
                missing.append(f"{page.relative_to(docs)}: {ref}")
    assert favicons == len(pages)  # every page links one, and it is among the links checked
    assert missing == []


@pytest.mark.skipif(CHROMIUM is None, reason="make test installs chromium from the Debian packages")
def test_data_docs_render_styled_in_a_browser_without_network(data_docs, tmp_path):
    dom = subprocess.run([CHROMIUM, *OFFLINE, "--dump-dom", data_docs.as_uri()],
                         capture_output=True, text=True, timeout=300).stdout
    # bootstrap-table (jQuery + its script, both local) turned the results into a paged table
    assert "fixed-table-container" in dom and "Showing 1 to 4 of 4 rows" in dom
    for suite in ("fct_metrics", "dim_documents", "documents", "mart_proposal_funnel"):
        assert suite in dom
    shot = tmp_path / "index.png"
    subprocess.run([CHROMIUM, *OFFLINE, f"--screenshot={shot}", data_docs.as_uri()],
                   capture_output=True, timeout=300, check=True)
    assert _distinct_colours(shot) > 20  # styled (icons, table, logo), not a blank or unstyled page


def _distinct_colours(png: Path) -> int:
    """Colours in an 8-bit RGB(A) PNG, read with zlib alone (no imaging library needed)."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, offset = {}, 8
    while offset < len(data):
        length = int.from_bytes(data[offset:offset + 4], "big")
        kind = data[offset + 4:offset + 8]
        chunks.setdefault(kind, b"")
        chunks[kind] += data[offset + 8:offset + 8 + length]
        offset += 12 + length
    width, height = int.from_bytes(chunks[b"IHDR"][:4], "big"), int.from_bytes(chunks[b"IHDR"][4:8], "big")
    channels = {2: 3, 6: 4}[chunks[b"IHDR"][9]]
    raw = zlib.decompress(chunks[b"IDAT"])
    stride = width * channels
    colours, previous = set(), bytearray(stride)
    for row in range(height):
        line = raw[row * (stride + 1):(row + 1) * (stride + 1)]
        current = _unfilter(line[0], bytearray(line[1:]), previous, channels)
        colours.update(bytes(current[i:i + 3]) for i in range(0, stride, channels * 7))
        previous = current
    return len(colours)


def _unfilter(kind: int, line: bytearray, previous: bytearray, bpp: int) -> bytearray:
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = previous[i]
        corner = previous[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
    return line
