"""GX Data Docs that render offline.

GX's pages load jQuery, Bootstrap, bootstrap-table, Font Awesome and Vega from CDNs. `make setup`
fetches the same releases from the npm registry once (``fetch``); after every build the pages'
CDN addresses are rewritten to copies beside them (``localize``), so the docs open styled on a
machine without network. expectations/data_docs_assets.csv maps each address to a package file.
"""
from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ASSETS_CSV = Path(__file__).resolve().parents[2] / "expectations" / "data_docs_assets.csv"
ASSETS_DIR = Path(os.environ.get("LVZHI_DOCS_ASSETS", Path(sys.prefix) / "data-docs-assets"))
VENDOR = "static/vendor"
# GX's logo is fetched from a bucket; its own static/images holds the same picture
_REMOTE_LOGO = re.compile(r'https://great-expectations-web-assets\.s3[^"\')]*?/logo-long\.png(?:\?[^"\')]*)?')
# GX's favicon.j2 puts a validation page (validations/<suite>/<run>/<time>/<page>.html) one folder
# shallower than it is, so its favicon link misses static/images; every page's link is set from its
# real depth, like the logo's
_FAVICON = re.compile(r'href="(?:\.{1,2}/)*static/images/favicon\.ico"')


@dataclass(frozen=True)
class Asset:
    url: str
    package: str  # npm spec, name@version
    path: str  # file inside the package
    with_folder: str  # a folder the file refers to (../webfonts), copied along

    @property
    def folder(self) -> str:
        return self.package.replace("/", "__")


def load_assets(path: Path = ASSETS_CSV) -> list[Asset]:
    with path.open(encoding="utf-8") as handle:
        return [Asset(**row) for row in csv.DictReader(handle)]


def fetch(target: Path = ASSETS_DIR, assets: list[Asset] | None = None) -> None:
    """Unpack each package of the asset list under ``target`` (npm registry; setup time only)."""
    assets = assets or load_assets()
    target.mkdir(parents=True, exist_ok=True)
    for package in sorted({a.package for a in assets}):
        folder = target / package.replace("/", "__")
        if folder.exists():
            continue
        with tempfile.TemporaryDirectory() as scratch:
            subprocess.run(["npm", "pack", "--silent", package], cwd=scratch, check=True,
                           capture_output=True, text=True)
            (tarball,) = Path(scratch).glob("*.tgz")
            with tarfile.open(tarball) as archive:
                archive.extractall(scratch, filter="data")
            shutil.move(str(Path(scratch) / "package"), folder)


def localize(docs_dir: Path, source: Path = ASSETS_DIR, assets: list[Asset] | None = None) -> int:
    """Copy the assets into docs_dir/static/vendor and point every page at them; returns the
    number of pages rewritten. Raises FileNotFoundError naming a missing asset (run make setup)."""
    assets = assets or load_assets()
    for asset in assets:
        origin = source / asset.folder / asset.path
        if not origin.exists():
            raise FileNotFoundError(f"Data Docs asset {origin} is missing; `make setup` fetches it")
        destination = docs_dir / VENDOR / asset.folder / asset.path
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(origin, destination)
        if asset.with_folder:
            shutil.copytree(source / asset.folder / asset.with_folder,
                            docs_dir / VENDOR / asset.folder / asset.with_folder, dirs_exist_ok=True)
    by_url = {a.url: a for a in assets}
    pattern = re.compile("|".join(re.escape(url) for url in sorted(by_url, key=len, reverse=True)))
    pages = 0
    for page in docs_dir.rglob("*.html"):
        root = os.path.relpath(docs_dir, page.parent)
        html = page.read_text(encoding="utf-8")
        local = pattern.sub(lambda m: f"{root}/{VENDOR}/{by_url[m.group()].folder}/{by_url[m.group()].path}", html)
        local = _REMOTE_LOGO.sub(f"{root}/static/images/logo-long.png", local)
        local = _FAVICON.sub(f'href="{root}/static/images/favicon.ico"', local)
        if local != html:
            page.write_text(local, encoding="utf-8")
            pages += 1
    return pages


def remote_addresses(docs_dir: Path) -> list[str]:
    """Addresses a page still loads from the network (scripts, styles, images)."""
    found = set()
    for page in docs_dir.rglob("*.html"):
        found |= set(re.findall(r'(?:src|href)="(https?://[^"]+\.(?:js|css|png)[^"]*|https?://cdn[^"]+)"',
                                page.read_text(encoding="utf-8")))
    return sorted(found)


if __name__ == "__main__":  # python -m lvzhi.data_docs fetch [DIR]
    if sys.argv[1:2] != ["fetch"]:
        sys.exit("usage: python -m lvzhi.data_docs fetch [DIR]")
    fetch(Path(sys.argv[2]) if len(sys.argv) > 2 else ASSETS_DIR)
