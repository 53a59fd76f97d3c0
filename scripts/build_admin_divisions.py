#!/usr/bin/env python3
"""Write seeds/reference/admin_divisions.csv from the gazetteer jionlp ships (offline data).

jionlp's ``dictionary/china_location.zip`` lists every province, prefecture and county (and below)
with its division code and short name; ``china_location_change.txt`` lists names given up since
2002 (襄樊市 → 襄阳市). This script reads those two files directly (importing jionlp itself takes
a second and prints banners) and keeps the three upper levels:

    code, name, short_name, body_name, level, province, prefecture, parent_code, status

- ``name``: the official name (黔东南苗族侗族自治州); ``short_name``: jionlp's short form (黔东南);
- ``body_name``: the place as a 政协's short name writes it (黔东南州, 长阳县, 西藏自治区, 开州区);
- ``level``: province | city | county (a municipality is a province-level body: 重庆市);
- ``province``: the province's short form (辽宁); ``prefecture``: the prefecture's name (大连市), for
  counties only;
- ``status``: ``current``, or ``former`` for a name given up (its code is the successor's);
- ``common_word``: ``yes`` when the short name is also an everyday word (光明, 长安; from jieba's
  dictionary, or a stock phrase that spells it, place_phrase_collisions.csv): the short name alone then
  never counts as naming the place in running text.

It also writes township_names.csv beside OUTPUT: the towns and villages whose name holds a county's
short name after one character (永丰镇 holds 丰镇), which then names no county there.

Usage: python scripts/build_admin_divisions.py [OUTPUT]   (default seeds/reference/admin_divisions.csv)
"""
from __future__ import annotations

import csv
import importlib.util
import io
import sys
import zipfile
from pathlib import Path

HEADER = ["code", "name", "short_name", "body_name", "level", "province", "prefecture", "parent_code", "status",
          "common_word"]
# jieba's dictionary says which short names are also everyday words (和平, 光明, 长安): a text that
# writes one alone does not name the place. Tags of words that are no place names:
_WORD_TAGS = {"n", "v", "vn", "a", "ad", "an", "d", "nz", "s", "i", "l", "m", "t", "f", "b", "z"}
# zones and parts of a city that several places share
_GENERIC = {"城区", "郊区", "矿区", "市辖区", "新区", "开发区", "高新区", "示范区", "产业园", "工业园", "航空港"}
DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "seeds" / "reference" / "admin_divisions.csv"
# placeholders in the data, not places
_PLACEHOLDERS = {"省直辖行政区划", "市直辖行政区划", "自治区直辖县级行政区划", "县"}


def jionlp_dictionary() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jionlp is not installed (it is a dependency in pyproject.toml: make setup)")
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary"


def body_name(name: str, short: str, level: str) -> str:
    """The place as a body's short name writes it: 自治州 → 黔东南州, 自治县 → 长阳县, 自治旗 → …旗."""
    # jionlp's short name already ends in the level word for some (海南州: 海南 is a province; 巴州,
    # 东乡县, 塔县, 莫旗): it is then the body's form as it stands
    for suffix, word, at_level in (("自治州", "州", "city"), ("自治县", "县", "county"), ("自治旗", "旗", "county")):
        if level == at_level and name.endswith(suffix):
            return short if short.endswith(word) else short + word
    return name


def read_divisions(lines: list[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    province = prefecture = None  # the current rows of the upper levels
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2:  # towns and villages
            continue
        parts = line.strip().split("\t")
        if len(parts) != 3:
            continue
        name, code, short = parts
        if depth == 0:
            province = {"code": code, "name": name, "short_name": short, "level": "province",
                        "province": short, "prefecture": "", "parent_code": ""}
            rows.append(province)
            prefecture = None
        elif depth == 1:
            # 上海市 under 上海市, 香港 under 香港特别行政区: the province itself
            if name in _PLACEHOLDERS or name == province["name"] or code == province["code"]:
                prefecture = None
                continue
            prefecture = {"code": code, "name": name, "short_name": short.split("/")[0], "level": "city",
                          "province": province["short_name"], "prefecture": "", "parent_code": province["code"]}
            rows.append(prefecture)
        else:
            # placeholders; development zones (codes …71–…79: no county of their own, no 政协);
            # Hong Kong's and Macao's districts (they share their region's code)
            if name in _PLACEHOLDERS or 70 <= int(code[4:6]) <= 79 or code == province["code"]:
                continue
            parent = prefecture or province
            rows.append({"code": code, "name": name, "short_name": short, "level": "county",
                         "province": province["short_name"],
                         "prefecture": prefecture["name"] if prefecture else "", "parent_code": parent["code"]})
    for row in rows:
        row["body_name"] = body_name(row["name"], row["short_name"], row["level"])
        row["status"] = "current"
    return rows


def read_former(lines: list[str], current: list[dict[str, str]]) -> list[dict[str, str]]:
    """Names given up (襄樊市, 宁乡县) with their successor's code, when no current place has them."""
    names = {r["name"] for r in current}
    by_path = {}
    for row in current:
        by_path[(row["province"], row["prefecture"], row["name"])] = row
        if row["level"] == "city":
            by_path[(row["province"], row["name"], "")] = row
    former: dict[str, dict[str, str]] = {}
    for line in lines:
        if "=>" not in line:
            continue
        old, new = line.rstrip("\n").split("=>")
        old, new = old.split("\t"), new.split("\t")
        if len(old) == 8 and len(new) == 3:  # a county: date, kind, province, short, city, short, county, short
            old_name, old_short, level = old[6], old[7], "county"
            successor = by_path.get((_short(new[0], current), new[1], new[2]))
        elif len(old) == 6 and len(new) == 2:  # a prefecture
            old_name, old_short, level = old[4], old[5], "city"
            successor = by_path.get((_short(new[0], current), new[1], ""))
        else:
            continue
        if successor is None or old_name in names or len(old_name) < 3 and not old_name.endswith("县"):
            continue
        former[old_name] = {**successor, "name": old_name, "short_name": old_short if len(old_short) >= 2 else "",
                            "body_name": old_name, "level": level, "status": "former"}
    return list(former.values())


def read_merged(rows: list[dict[str, str]], current: list[dict[str, str]]) -> list[dict[str, str]]:
    """Districts merged into another or made one since 2002, which jionlp's change list leaves out
    (萝岗区 → 黄埔区, 阿城市 → 阿城区): seeds/reference/merged_divisions.csv, a reader of these texts
    extends it. Each is a former name with its successor's code, as read_former's are."""
    names = {r["name"] for r in current}
    by_path = {(r["province"], r["prefecture"], r["name"]): r for r in current if r["level"] == "county"}
    out = []
    for row in rows:
        successor = by_path.get((row["province"], row["prefecture"], row["successor"]))
        if successor is None:
            raise SystemExit(f"merged_divisions.csv: no current {row['successor']} in {row['province']} {row['prefecture']}")
        if row["name"] in names:
            continue
        out.append({**successor, "name": row["name"], "short_name": row["short_name"], "body_name": row["name"],
                    "level": "county", "status": "former"})
    return out


def merged_divisions() -> list[dict[str, str]]:
    path = DEFAULT_OUTPUT.parent / "merged_divisions.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _short(province_name: str, current: list[dict[str, str]]) -> str:
    return next((r["short_name"] for r in current if r["level"] == "province" and r["name"] == province_name), "")


def everyday_words() -> dict[str, tuple[int, str]]:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jieba is not installed (make setup)")
    path = Path(list(spec.submodule_search_locations)[0]) / "dict.txt"
    words = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_common(short: str, level: str, words: dict[str, tuple[int, str]]) -> bool:
    """A short name that is an everyday word: tagged as one (not a place, ns) and not rare, or frequent
    whatever its tag (长安, 江南); a prefecture's only when it is a frequent everyday word. Provinces'
    short names always name the province."""
    if short in _GENERIC:
        return True
    if level == "province" or short not in words:
        return False
    frequency, tag = words[short]
    if level == "city":  # prefectures' names are frequent as places: only a frequent everyday word
        return tag in _WORD_TAGS and frequency >= 2000
    return (tag in _WORD_TAGS and frequency >= 100) or frequency >= 3000


def phrase_collisions() -> set[str]:
    """Short names that the genre's stock phrases spell across two words (弘扬中华 holds 扬中, 全市中心
    holds 市中): seeds/reference/place_phrase_collisions.csv, which a reader of these texts extends."""
    path = DEFAULT_OUTPUT.parent / "place_phrase_collisions.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["short_name"] for row in csv.DictReader(handle)}


def build() -> list[dict[str, str]]:
    folder = jionlp_dictionary()
    with zipfile.ZipFile(folder / "china_location.zip") as archive:
        text = archive.read("china_location.txt").decode("utf-8")
    current = read_divisions(text.splitlines())
    changes = (folder / "china_location_change.txt").read_text(encoding="utf-8").splitlines()
    rows = current + read_former(changes, current)
    rows += read_merged(merged_divisions(), current + rows[len(current):])
    words = everyday_words()
    collisions = phrase_collisions()
    for row in rows:
        common = is_common(row["short_name"], row["level"], words) or row["short_name"] in collisions
        row["common_word"] = "yes" if row["short_name"] and common else ""
    return sorted(rows, key=lambda r: (r["code"], r["status"] != "current", r["name"]))


# the last character of a county's short name that is also a township's or a village's unit (丰镇, 新乡,
# 周村): a township named with one character more (永丰镇, 南新乡, 东马村) spells the county's name inside it
_TOWNSHIP_UNITS = "镇乡村"
TOWNSHIP_HEADER = ["name", "short_name"]


def townships_holding_short_names(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The towns, townships and villages (jionlp's levels below the county) whose name is one
    character and a city's or a county's short name that ends in a township's unit (永丰镇 holds 丰镇 of 丰镇市):
    seeds/reference/township_names.csv, read by places.py, where such a short name is no place."""
    shorts = {row["short_name"] for row in rows if row["level"] != "province" and row["short_name"][-1:] in _TOWNSHIP_UNITS}
    with zipfile.ZipFile(jionlp_dictionary() / "china_location.zip") as archive:
        lines = archive.read("china_location.txt").decode("utf-8").splitlines()
    found: dict[str, str] = {}
    for line in lines:
        if len(line) - len(line.lstrip("\t")) <= 2:  # provinces, prefectures, counties
            continue
        name = line.strip().split("\t")[0]
        if name[1:] in shorts:
            found[name] = name[1:]
    return [{"name": name, "short_name": short} for name, short in sorted(found.items())]


def render(rows: list[dict[str, str]], header: list[str] = HEADER) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: row[k] for k in header} for row in rows)
    return out.getvalue()


def main() -> None:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    rows = build()
    output.write_text(render(rows), encoding="utf-8")
    print(f"{output}: written")
    townships = output.with_name("township_names.csv")
    townships.write_text(render(townships_holding_short_names(rows), TOWNSHIP_HEADER), encoding="utf-8")
    print(f"{townships}: written")


if __name__ == "__main__":
    main()
