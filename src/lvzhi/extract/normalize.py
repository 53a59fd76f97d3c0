"""The analysis copy of a text: half-width, simplified, without invisible noise, plus an offset map.

Full-width ASCII folds to half-width and traditional characters map to simplified ones character by
character; invisible characters that web copies scatter inside numbers (zero-width spaces, soft
hyphens, ``&nbsp;``) are dropped. ``AnalysisText.origin`` maps every analysis index back to the
index in the text as decoded, so offsets always point into the original.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# What the analysis copy drops: zero-width characters and HTML space entities anywhere; stray
# spaces between two Chinese characters (a web copy's 工 作推进会) and stray marks inside a phrase
# (消费▲帮扶, 65份■调研报告); the repeats of doubled punctuation. Newlines stay: they end headings
# and paragraphs. Candidates are found with one character class (fast) and judged by their context.
_NOISE_CHAR = "[\u200b\u200c\u200d\u2060\ufeff\u00ad \t\u00a0■□▲△▼▽●○◆◇★☆◎•▪※|*#]"


def _run_of(char_class: str) -> re.Pattern[str]:
    """``[…]+`` written ``[…][…]*``: a pattern that starts with a plain character class lets the
    engine skip to its next character fast; one that starts with a repeat is tried at every position."""
    return re.compile(f"{char_class}{char_class}*")


_NOISE_CANDIDATE = _run_of(_NOISE_CHAR)
_DOUBLED_PUNCTUATION = re.compile(r",,+|、、+|;;+|。。+")
# (each opens a match: absent from most texts, and four substring tests cost less than a scan
# that stops at every comma and full stop to try the alternatives)
_DOUBLED_PAIRS = (",,", "、、", ";;", "。。")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]+")
_ENTITIES = re.compile("&nbsp;|&#160;")
_MARKS = frozenset("■□▲△▼▽●○◆◇★☆◎•▪※|*#")
_CN_DIGITS = frozenset("〇零○一二三四五六七八九")
# inline pinyin glosses a web copy puts after a character (协(xié)商, 經(jīng)濟, 立(li)案, 会议(huì yì)):
# parenthesised syllables of lower-case letters, right after a Chinese character. Tone marks may be
# precomposed or combining (U+0300–U+036F) or a digit; a gloss without any tone must spell real
# pinyin syllables of two letters or more, so a unit (km) or a list label (a) stays.
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# (some converters leave a space before the closing bracket: 會(huì )議)
_PINYIN_GLOSS = re.compile(f"\\(([a-z{_TONE_MARKS}ü\u0300-\u036f]{{1,7}}[1-5]?(?: [a-z{_TONE_MARKS}ü\u0300-\u036f]{{1,7}}[1-5]?){{0,3}}) ?\\)")
_TRAILING_GLOSS = re.compile(_PINYIN_GLOSS.pattern + "$")
_TONELESS = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ", "aaaaeeeeiiiioooouuuuüüüü")
_SYLLABLE = re.compile(
    "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ueng|ang|eng|ong|ing|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|"
    "üe|ve|ue|ün|a|o|e|i|u|ü|v)[1-5]?")


def _is_pinyin_gloss(inner: str) -> bool:
    plain = re.sub("[\u0300-\u036f]", "", inner.translate(_TONELESS))
    toned = plain != inner or any(char.isdigit() for char in inner)
    return all(_SYLLABLE.fullmatch(part) for part in plain.split(" ")) and (toned or len(plain) >= 2)


# a gloss a fixed-width copy cut with its line (经(j⏎īng)济, 经⏎(jīng)济, 经(jīng⏎)济): one line break
# inside or just before the brackets. A gloss is never a paragraph's end, so the break goes with it.
_CUT_GLOSS = re.compile(f"(?<=[\u4e00-\u9fff])(?:\r?\n)?\\((?:[a-z{_TONE_MARKS}ü\u0300-\u036f1-5 ]|\r?\n){{1,40}}\\)")
_LINE_BREAK = re.compile("\r?\n")


def _cut_gloss_candidates(text: str):
    """What ``_CUT_GLOSS.finditer(text)`` finds, tried only where a bracket opens: the pattern starts
    with a look-behind, so a scan of the whole text would try it at every character. A gloss
    holds no opening bracket, so one try per bracket (at the line break just before it, if any:
    the only place a match reaching that bracket can start) finds the same matches."""
    bracket = text.find("(")
    while bracket >= 0:
        start = bracket
        if text[start - 1:start] == "\n":
            start -= 2 if text[start - 2:start - 1] == "\r" else 1
        found = _CUT_GLOSS.match(text, start)
        if found:
            yield found
        bracket = text.find("(", found.end() if found else bracket + 1)


def _cut_gloss_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for found in _cut_gloss_candidates(text):
        whole = found.group()
        if len(_LINE_BREAK.findall(whole)) != 1:
            continue  # an unbroken gloss is read above; two breaks are no single cut
        rejoined = _PINYIN_GLOSS.fullmatch(_LINE_BREAK.sub("", whole))
        if rejoined and _is_pinyin_gloss(rejoined.group(1)):
            spans.append(found.span())
    return spans


def _gloss_spans(text: str):
    """[start, end) of each pinyin gloss written whole right after a Chinese character (经(jīng)济):
    what the analysis copy drops, and what a line's width at its cut did not count."""
    for found in _PINYIN_GLOSS.finditer(text):
        if _is_han(text[found.start() - 1:found.start()]) and _is_pinyin_gloss(found.group(1)):
            yield found.span()


def _without_trailing_gloss(line: str) -> str:
    """A line less the gloss that ends it (…学(xué)): a cut after a gloss falls after its character."""
    found = _TRAILING_GLOSS.search(line)
    if found and _is_han(line[found.start() - 1:found.start()]) and _is_pinyin_gloss(found.group(1)):
        return line[:found.start()]
    return line


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


_UNIT_SIGNS = frozenset("%‰")


def _number_in_phrase(before: str, after: str, run: str) -> bool:
    """A space or two between a word and a number: a web copy sets numbers off so (提案 786 件); a
    table's columns are parted by more, or by a tab."""
    if len(run) > 2 or "\t" in run:
        return False
    return (_is_han(before) and after.isdigit()) or (before.isdigit() and (_is_han(after) or after in _UNIT_SIGNS))


# marks of running Chinese text (as the analysis copy writes them: full-width ,;:()!? folded) that
# close on the word before them, and those that open onto the word after them. A space after a
# sentence's end or a closing bracket stays: in a page that lost its line breaks it is where the
# title or a sentence ended (…工作报告(上接1版) 把完善…)
_MARKS_AFTER_WORD = frozenset(",、;:。!?)”’》」")
_MARKS_BEFORE_WORD = frozenset(",、;:(“‘《「")


def _mark_in_phrase(before: str, after: str, run: str) -> bool:
    """A space or two between a mark and the word or number it belongs with (提案 , 立案; 、 2025年)."""
    if len(run) > 2 or "\t" in run:
        return False
    return (_is_word(before) and after in _MARKS_AFTER_WORD) \
        or (before in _MARKS_BEFORE_WORD and (_is_word(after) or after in _MARKS_BEFORE_WORD))  # , “委员


def _is_word(char: str) -> bool:
    return _is_han(char) or char.isdigit()


def _noise_spans(text: str, page_chrome: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for found in _NOISE_CANDIDATE.finditer(text):
        start, end = found.span()
        run = found.group()
        before, after = text[start - 1:start], text[end:end + 1]
        if set(run) == {"○"} and before in _CN_DIGITS and (after in _CN_DIGITS or after == "年"):
            stray = False  # 二○一九年, 二○二○年, 二○○八年: the circle is a typed zero
        elif _MARKS.intersection(run):
            stray = bool(before) and bool(after) and (_is_han(before) or before.isdigit()) \
                and (_is_han(after) or after.isdigit())
        else:  # 工 作; a number set off by spaces in its phrase (提案 786 件, 2018 年, 占 46 %); a mark
            # set off by spaces (立案 , 办复; 二 、 2025年)
            stray = bool(before) and bool(after) and (
                (_is_han(before) and _is_han(after)) or _number_in_phrase(before, after, run)
                or _mark_in_phrase(before, after, run))
        if stray:
            spans.append((start, end))
        else:  # a real space or mark stays; zero-width characters inside it still go
            spans.extend((start + zero.start(), start + zero.end()) for zero in _ZERO_WIDTH.finditer(run))
    spans.extend(found.span() for found in _ENTITIES.finditer(text))
    spans.extend(_gloss_spans(text))
    spans.extend(_cut_gloss_spans(text))
    if any(pair in text for pair in _DOUBLED_PAIRS):
        spans.extend((found.start() + 1, found.end()) for found in _DOUBLED_PUNCTUATION.finditer(text))
    spans.extend(_wrap_spans(text, page_chrome))
    spans.extend(_comma_break_spans(text))
    # a Windows copy's \r before each \n: invisible, yet a character inside every line-end window
    spans.extend((found.start(), found.start() + 1) for found in _CARRIAGE_RETURN.finditer(text))
    return _merged(sorted(spans))


_CARRIAGE_RETURN = re.compile("\r(?=\n)")
# a line that ends on a clause's comma (…开展专题调研,⏎形成报告8篇) runs on: a web editor's <br> or a
# copy's stray break left the sentence open. A blank line or an indent after it opens a paragraph,
# and a list's next item (2022年…, 3. …, 二、…) is not the rest of the clause
_COMMA_BREAK = re.compile(r"[,、][ \t]*\r?\n(?=\S)")


_BREAK_BEFORE_WORDS = re.compile(r"\n(?=\S)")
_COMMA_BREAK_MARKS = ",、"


def _comma_break_spans(text: str) -> list[tuple[int, int]]:
    """The breaks (with the spaces before them) that part a sentence after a comma: what
    ``_COMMA_BREAK.finditer`` finds, read back from each line break (a literal the engine skips
    to) rather than tried at every comma, which prose holds many times more often."""
    spans: list[tuple[int, int]] = []
    for found in _BREAK_BEFORE_WORDS.finditer(text):
        start = found.start()
        if text[start - 1:start] == "\r":
            start -= 1
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start > 0 and text[start - 1] in _COMMA_BREAK_MARKS and not _NEW_ITEM.match(text, found.end()):
            spans.append((start, found.end()))
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined (a wrap's \r\n and the \r itself)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


WRAP_MIN_CHARS = 20  # shorter lines are headings or list items, never a page's fixed width
# a fixed-width line counts a few characters more or fewer where half-width marks (%, ;, digits)
# share its width: an eighth of its length, at least two
WRAP_TOLERANCE = 2


def _wrap_spans(text: str, page_chrome: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Newlines a fixed-width copy (a scanned gazetteer, a PDF) put inside a phrase (经审查立\\n案66件):
    between two Chinese characters or digits, ending a line of at least WRAP_MIN_CHARS inside a run
    of three or more lines of its length. A heading, a headline over its source line or a
    paragraph's end is not in such a run, so it stays a break; nor is a web page's furniture
    (``page_chrome``: 来源:…, 责任编辑:…, 【字体:大 中 小】), whatever its length beside a headline."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    lengths = _line_lengths(lines, text)

    def alike(one: int, other: int) -> bool:
        return 0 <= other < len(lines) and abs(lengths[one] - lengths[other]) <= max(WRAP_TOLERANCE, lengths[one] // 8)

    width = _fixed_width(lengths)
    marked_paragraphs = bool(width) and _marks_paragraphs(lines, lengths, width)
    margin = _page_margin(lines) if "\n" + " " * PAGE_MARGIN_MIN in text else ""
    spans: list[tuple[int, int]] = []
    offset = 0
    for index, line in enumerate(lines[:-1]):
        offset += len(line)
        # the cheap tests first: most lines are no fixed-width line, and their ends are then never read
        if lengths[index] < WRAP_MIN_CHARS or not (_in_run(alike, index) or _at_width(lengths[index], width)):
            offset += 1
            continue
        following = lines[index + 1]
        # a Windows copy's \r\n wraps the same way; so does a line ending on the space a web copy set
        # after a number (…的提案 45 ⏎件)
        ending = _without_trailing_gloss(line.rstrip("\r").rstrip(" "))
        # and one opening on the space set before a number or its sign (…,占⏎ 22.9 %); two spaces
        # or more indent a paragraph
        opening = following[1:] if _SPACED_NUMBER_START.match(following) else following
        if margin and following.startswith(margin) and following[len(margin):len(margin) + 1] not in (" ", ""):
            # a flip-book page sets every line of its column in by one margin: a line that starts at
            # the margin (not deeper, not shallower: a paragraph's first line) goes on the line above
            opening = following[len(margin):]
        if ending and opening and not _is_page_chrome(page_chrome, line, following):
            if _inside_number(ending[-1], opening[0]):
                # 占2⏎5.1% is one number, not a list item 5. after a 2
                cut = _number_cut(lines, lengths, index, width)
            elif ending[-1] in _SENTENCE_ENDS:
                # a full stop at the width ends its paragraph only where the page marks paragraphs
                # no other way (a blank line, an indent): …占7%。⏎经济建设方面134件 runs on
                cut = marked_paragraphs and _at_width(lengths[index], width) and _continues(opening)
            else:
                cut = _wraps(ending[-1], opening[0]) and not _NEW_ITEM.match(opening) \
                    and not _QUOTED_SENTENCE_END.search(ending)
            if cut:
                spans.append((offset - (len(line) - len(ending)), offset + 1 + len(following) - len(opening)))
        offset += 1
    return spans


PAGE_MARGIN_MIN = 8  # spaces a column is set in by before they are a page's margin, not a paragraph's indent


def _page_margin(lines: list[str]) -> str:
    """The run of spaces a flip-book or yearbook page sets its column's lines in by (a PDF's text layer
    keeps the page's left margin): the commonest indent of the long lines, held by half of them at
    least; "" when the page has none."""
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if len(line.rstrip()) >= WRAP_MIN_CHARS]
    if len(indents) < FIXED_WIDTH_MIN_LINES:
        return ""
    indent, count = Counter(indents).most_common(1)[0]
    return " " * indent if indent >= PAGE_MARGIN_MIN and count * 2 >= len(indents) else ""


def _line_lengths(lines: list[str], text: str) -> list[int]:
    """Each line's length as the page's fixed width counted it (``text``: the lines joined). Zero-width
    characters (a BOM, a zero-width space) never took a place. Pinyin glosses (经(jīng)济) a web copy put
    in after the text was cut take none either, while glosses put in before the cut (a cut inside one:
    经(j⏎īng)济) took theirs: lengths are read both ways where glosses make them differ, and the way
    that sets more lines at one width is the page's (with glosses, on a tie). Most pages hold neither,
    and are told so by one search of the whole text each."""
    lengths = [len(line.rstrip("\r")) for line in lines]
    if any(char in text for char in _ZERO_WIDTH_CHARS):  # (substring tests: cheaper than a class scan)
        lengths = [length if line.isascii() else length - sum(len(found.group()) for found in _ZERO_WIDTH.finditer(line))
                   for line, length in zip(lines, lengths)]
    if "(" not in text or not _PINYIN_GLOSS.search(text):
        return lengths
    glosses = {index: sum(end - start for start, end in _gloss_spans(line))
               for index, line in enumerate(lines) if "(" in line}
    if not any(glosses.values()):
        return lengths
    visible = [length - glosses.get(index, 0) for index, length in enumerate(lengths)]
    return max((lengths, visible), key=_lines_at_width)


def _lines_at_width(lengths: list[int]) -> tuple[int, int]:
    """How many lines are near the page's fixed width, then how many exactly at it."""
    width = _fixed_width(lengths)
    return (sum(1 for length in lengths if _at_width(length, width)),
            sum(1 for length in lengths if width and length == width))


def _visible_length(line: str, glosses_count: bool) -> int:
    """A line's length without its zero-width characters and Windows line end, and without its
    pinyin glosses unless ``glosses_count``."""
    length = len(line.rstrip("\r"))
    if "(" in line and not glosses_count:
        length -= sum(end - start for start, end in _gloss_spans(line))
    if not line.isascii():
        length -= sum(len(found.group()) for found in _ZERO_WIDTH.finditer(line))
    return length


def _is_page_chrome(page_chrome: re.Pattern[str] | None, *lines: str) -> bool:
    """Whether one of ``lines`` is a web page's furniture (a record field, a share or print link)."""
    # (a BOM or a zero-width space before a page's first line hides no furniture)
    return page_chrome is not None and any(page_chrome.match(line.lstrip(_ZERO_WIDTH_CHARS)) for line in lines)


_SPACED_NUMBER_START = re.compile(r" [\d%]")
_SENTENCE_ENDS = frozenset("。!?")
PARAGRAPH_ENDS_MIN = 3  # paragraph ends needed before a page's way of marking them is known
PARAGRAPH_MARK_SHARE = 0.8


def _marks_paragraphs(lines: list[str], lengths: list[int], width: int) -> bool:
    """Whether a fixed-width page marks its paragraphs by a blank line or an indent after them: the
    lines that end a sentence short of the width (a paragraph's last line) are followed so."""
    ends = [index for index in range(len(lines) - 1) if WRAP_MIN_CHARS // 2 <= lengths[index] < width - WRAP_TOLERANCE
            and lines[index].rstrip("\r ")[-1:] in _SENTENCE_ENDS]
    marked = sum(1 for index in ends if not lines[index + 1].strip() or _INDENT.match(lines[index + 1]))
    return len(ends) >= PARAGRAPH_ENDS_MIN and marked >= PARAGRAPH_MARK_SHARE * len(ends)


_INDENT = re.compile(r"  |\t")  # the analysis copy's two spaces (an ideographic one folded) or a tab


def _continues(following: str) -> bool:
    """A line that reads as the rest of a paragraph: not blank, not indented, not a new list item."""
    return bool(following.strip()) and not _INDENT.match(following) and not _NEW_ITEM.match(following) \
        and (_is_han(following[0]) or following[0].isdigit() or following[0] in _OPENING_MARKS or _is_latin(following[0]))


FIXED_WIDTH_MIN_LINES = 6  # long lines needed before a commonest length is a page's fixed width
FIXED_WIDTH_MIN_CUT_LINES = 3  # lines at that width, when fewer than half the long lines are


def _fixed_width(lengths: list[int]) -> int:
    """The width a hard-wrapped text cuts its lines at (0: none): the commonest length of its long
    lines, held by half of them at least. A paragraph's last line is shorter, and a paragraph of two
    lines is in no run of three, yet its first line is cut at this width."""
    long_lines = [length for length in lengths if length >= WRAP_MIN_CHARS]
    if len(long_lines) < FIXED_WIDTH_MIN_LINES:
        return 0
    counts = Counter(long_lines)
    width, _ = counts.most_common(1)[0]
    near = sum(count for length, count in counts.items() if _at_width(length, width))
    if near * 2 >= len(long_lines):
        return width
    # a copy wrapped wide (60 characters) has short paragraphs of one or two lines whose last lines
    # outnumber the cut ones; yet no line is longer than its width, where a web page's commonest
    # length is one of many and most paragraphs run longer
    longer = sum(1 for length in long_lines if length > width + WRAP_TOLERANCE)
    return width if near >= FIXED_WIDTH_MIN_CUT_LINES and longer * 4 <= near else 0


def _at_width(length: int, width: int) -> bool:
    return bool(width) and abs(length - width) <= WRAP_TOLERANCE


def _in_run(alike, index: int) -> bool:
    """Whether line ``index`` is in a run of three or more lines of one length."""
    return (alike(index, index - 1) and alike(index - 1, index - 2)) \
        or (alike(index, index - 1) and alike(index, index + 1)) \
        or (alike(index, index + 1) and alike(index + 1, index + 2))


# a line that starts like a new entry (2022年…, 3. …, 一、…, （二）…) begins a row of a list, not the
# rest of a wrapped phrase; two digits across a break are two table cells as often as one number
_NEW_ITEM = re.compile(r"\s*(?:\d{4}年|\d{1,2}(?:[.．](?!\d)|[、)）])|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])")


# a fixed width cuts a line after a clause's mark as readily as after a character (…方面提案453件,⏎占
# 9.1%), and before one (…453件⏎,占9.1%); a full stop ending a line may end its paragraph, so it stays
_CLAUSE_MARKS_BEFORE_CUT = frozenset(",、;:(“《")
_CLAUSE_MARKS_AFTER_CUT = frozenset(",、;:)”》%")
# a name in quotes or brackets is cut around as readily (…以“五型”⏎委员工作室为框架, 其中⏎《关于…的建议》):
# a closing mark may end a cut line and an opening one start the next
_CLOSING_MARKS = frozenset(")”’》")
_QUOTED_SENTENCE_END = re.compile("[。!?][)”’》]$")  # …的要求。” may end its paragraph like a full stop
_OPENING_MARKS = frozenset("(“‘《")
# a dash that links a name to what it names (综合性平台载体-⏎“委员工作站”) may end a cut line; a long
# one that opens a line may open a subtitle (——2024年某某区政协履职小记), so only a hyphen may start one.
# A middle dot inside a name (渝事好商量·⏎开窗说亮话) ends no line either
_LINKING_DASHES = frozenset("-—·・")


def _inside_number(last: str, first: str) -> bool:
    """Digits (or a decimal point) on both sides of a break: 40⏎9件, 25.⏎1%, 3⏎.1%."""
    return (last.isdigit() or last == ".") and (first.isdigit() or first == ".") and last + first != ".."


# no line of running text opens on a mark that closes a clause: a fixed-width line that does was cut
# before it, whatever ended the line above (…占38.1%⏎;关于…, …提案》⏎,经…)
_MARKS_NEVER_OPENING_A_LINE = frozenset(",、;:。)”’》」』")


def _wraps(last: str, first: str) -> bool:
    """Whether a fixed-width cut between ``last`` (ending a line) and ``first`` (starting the next)
    falls inside a phrase."""
    if first in _MARKS_NEVER_OPENING_A_LINE:
        return True
    return (_is_han(last) or last.isdigit() or _is_latin(last) or last in _CLAUSE_MARKS_BEFORE_CUT
            or last in _CLOSING_MARKS or last in _LINKING_DASHES) \
        and (_is_han(first) or first.isdigit() or _is_latin(first) or first in _CLAUSE_MARKS_AFTER_CUT
             or first in _OPENING_MARKS or first == "-")


def _is_latin(char: str) -> bool:
    """A Latin letter in Chinese prose (A类提案, QQ群, 5G基站): a word character like a Chinese one."""
    return char.isascii() and char.isalpha()


_COLUMN_GAP = re.compile(r"\t| {2,}|\u3000")  # a table's columns; a single space is a web copy's stray one
# 占2, 意见建议40, 占25., 占4.9; a web copy's number set off by a space (收到提案 7⏎86 件, 占总数的 34⏎.6 %)
_PROSE_NUMBER_END = re.compile(r"[\u4e00-\u9fff,、;:)”’》] ?\d+(?:\.\d*)?$")
# a sentence that opens with a number (…答复7件。2⏎0个委员活动组…, …。202⏎3年,…): the digits after the
# full stop are cut the same way, unless the next line opens a list's item itself (…。1⏎2019年… is a
# note's mark before a dated entry)
_SENTENCE_NUMBER_END = re.compile(r"[。!?] ?\d+$")


def _number_cut(lines: list[str], lengths: list[int], index: int, width: int) -> bool:
    """Digits on both sides of a break are one number cut by the width (意见和建议40⏎9件) when the line
    is prose (no column gaps) at the full width of its neighbours and the digits follow a word; two
    table cells are parted by spaces or sit on lines of their own lengths."""
    line = lines[index].rstrip("\r")
    full_width = lengths[index] == width \
        or any(0 <= other < len(lines) and lengths[other] == lengths[index] for other in (index - 1, index + 1))
    if not full_width or _COLUMN_GAP.search(line.strip()):
        return False
    if _PROSE_NUMBER_END.search(line):
        return True
    return bool(_SENTENCE_NUMBER_END.search(line)) and index + 1 < len(lines) \
        and not _NEW_ITEM.match(lines[index + 1])

_FULLWIDTH_OFFSET = 0xFEE0


@lru_cache(maxsize=1)
def _translation_table() -> dict[int, str]:
    table: dict[int, str] = {cp: chr(cp - _FULLWIDTH_OFFSET) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "  # ideographic space
    # small form variants (﹔﹐﹑) some sites use for punctuation
    table.update({0xFE50: ",", 0xFE51: "、", 0xFE52: ".", 0xFE54: ";", 0xFE55: ":", 0xFE56: "?", 0xFE57: "!",
                  0xFE59: "(", 0xFE5A: ")", 0xFE6A: "%"})
    table.update(_traditional_to_simplified())
    return table


@lru_cache(maxsize=1)
def _traditional_map() -> dict[int, str]:
    return _traditional_to_simplified()


def _opencc_entries(name: str) -> list[tuple[str, list[str]]]:
    """(source, targets) of each line of one of OpenCC's dictionaries (they ship with the package)."""
    try:
        import opencc  # opencc-python-reimplemented: pure data, no download
    except ImportError:  # pragma: no cover - dependency is pinned
        return []
    path = Path(opencc.__file__).parent / "dictionary" / name
    entries: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0]:
            entries.append((parts[0], parts[1].split(" ")))
    return entries


def _opencc_pairs(name: str) -> list[tuple[str, str]]:
    """(source, first target) of each line of one of OpenCC's dictionaries."""
    return [(source, targets[0]) for source, targets in _opencc_entries(name)]


# Taiwan and Hong Kong write some characters in forms of their own (衞 for 衛, 敍 for 敘, 著 for 着);
# OpenCC lists them as variants of the standard traditional form, which TSCharacters then simplifies
_VARIANT_DICTIONARIES = ("TWVariantsRev.txt", "HKVariantsRev.txt")


@lru_cache(maxsize=1)
def _standard_traditional_map() -> dict[int, str]:
    """One-to-one character map of TSCharacters: standard traditional to simplified."""
    return {ord(source): target for source, target in _opencc_pairs("TSCharacters.txt")
            if len(source) == 1 and len(target) == 1 and target != source}


def _traditional_to_simplified() -> dict[int, str]:
    """One-to-one character map from traditional (standard, Taiwan and Hong Kong forms) to simplified."""
    mapping = dict(_standard_traditional_map())
    simplified_in_own_right = {target for target in mapping.values()}
    for dictionary in _VARIANT_DICTIONARIES:
        for variant, standard in _opencc_pairs(dictionary):
            if len(variant) != 1 or len(standard) != 1 or ord(variant) in mapping:
                continue
            target = mapping.get(ord(standard), standard)
            # 才 (a Taiwan form of 纔) and 台 (of 臺) are simplified characters too: left as written
            if target != variant and variant not in simplified_in_own_right:
                mapping[ord(variant)] = target
    return mapping


# A few traditional characters stand for two simplified ones (瞭 → 了 in 瞭解 but 瞭 in 瞭望, 覆 → 复
# in 答覆 but 覆 in 覆蓋; 著 → 着 in Taiwan's 隨著 but 著 in 著名): the character map leaves them to
# OpenCC's phrase lists, read here as (phrase after the character map → simplified phrase). Only
# phrases of the same length, so the analysis copy keeps its offsets.
_PHRASE_DICTIONARIES = ("TSPhrases.txt", "TWVariantsRevPhrases.txt", "HKVariantsRevPhrases.txt")


# TSPhrases' targets are simplified already, and may keep a character that is simplified in its own
# right (乾 in 乾坤, 乾隆, 乾县: the map's 乾 → 干 is for 乾燥): simplifying them again would undo that
_SIMPLIFIED_TARGETS = frozenset({"TSPhrases.txt"})


@lru_cache(maxsize=4)
def _traditional_phrases(kept_names: frozenset[str] = frozenset(),
                         spellings: frozenset[tuple[str, str]] = frozenset()) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """(pattern, phrase as the character map leaves it → simplified phrase). ``kept_names``: names
    written as they stand whatever the map does to their characters (the gazetteer's 乾安县);
    ``spellings``: (traditional phrase, simplified phrase) pairs OpenCC's lists lack (辦覆 → 办复)."""
    characters = _traditional_to_simplified()
    standard = _standard_traditional_map()
    phrases: dict[str, str] = {}
    for dictionary in _PHRASE_DICTIONARIES:
        for phrase, target in _opencc_pairs(dictionary):
            if dictionary not in _SIMPLIFIED_TARGETS:
                target = target.translate(standard)  # the variant lists' targets are still traditional
            folded = phrase.translate(characters)
            same_length = len(phrase) > 1 and len(target) == len(phrase)
            if same_length and folded != target and max(target) <= "\uffff":  # no rare astral forms (二𫫇英)
                phrases.setdefault(folded, target)
    for written, simplified in spellings:
        folded = written.translate(characters)
        if len(simplified) == len(written) and folded != simplified:
            phrases[folded] = simplified
    for name in kept_names:
        folded = name.translate(characters)
        if folded != name:
            phrases[folded] = name
    if not phrases:
        return None, {}
    keys = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), phrases


def _simplified(text: str, kept_names: frozenset[str] = frozenset(),
                spellings: frozenset[tuple[str, str]] = frozenset()) -> str:
    """A traditional text simplified character by character, then the phrases whose characters
    simplify two ways, the project's ``spellings``, and ``kept_names`` as written (same length:
    offsets hold)."""
    folded = text.translate(_translation_table())
    pattern, phrases = _traditional_phrases(kept_names, spellings)
    if not pattern:
        return folded
    own = _simplified_in_own_right()

    def phrase(found: re.Match[str]) -> str:
        # 乾, 於, 徵 of a phrase's target only where the text writes them: the character map has made
        # 幹 and 干 into 干 as well (主幹道 is no 主乾道, 若干 no 若乾)
        written = text[found.start():found.end()]
        return "".join(target if target not in own or target == original else folded_char
                       for target, original, folded_char in zip(phrases[found.group()], written, found.group()))

    return pattern.sub(phrase, folded)


@dataclass
class AnalysisText:
    text: str
    # where characters were dropped: analysis index → how many original characters lie before it
    # beyond the analysis ones (sorted); empty is the identity map
    _cuts: list[int] = field(default_factory=list)
    _shifts: list[int] = field(default_factory=list)

    def origin(self, index: int) -> int:
        """Index in the original text of analysis index ``index`` (``len`` maps to the end)."""
        if not self._cuts:
            return index
        at = bisect_right(self._cuts, index)
        return index + (self._shifts[at - 1] if at else 0)

    def origin_end(self, end: int) -> int:
        """Original end offset for an analysis span ending (exclusively) at ``end``."""
        return end if end == 0 else self.origin(end - 1) + 1

    def cuts_in(self, start: int, end: int) -> list[int]:
        """The analysis indices in [start, end) before which the copy dropped characters (where
        ``origin`` jumps), in order, each once (two dropped spans may meet)."""
        low, high = bisect_left(self._cuts, start), bisect_left(self._cuts, end)
        return list(dict.fromkeys(self._cuts[low:high]))


_FULLWIDTH = _run_of(r"[\uff01-\uff5e\u3000\ufe50-\ufe5a\ufe6a]")
# one traditional-only character in the samples is enough to convert the whole text (a simplified
# text has none; converting costs a pass over every character, so pure simplified texts skip it)


def _fold_fullwidth(text: str) -> str:
    table = _translation_table()
    return _FULLWIDTH.sub(lambda m: m.group().translate(table), text)


@lru_cache(maxsize=1)
def _traditional_chars() -> tuple[re.Pattern[str], frozenset[str]]:
    """The traditional-only characters: those of the Basic Multilingual Plane as one character
    class (the engine tests a character against it far faster than a set lookup from Python; a
    class that also holds rarer characters is tested item by item), and the rarer ones as a set."""
    chars = sorted(chr(code) for code in _traditional_map() if chr(code) not in _simplified_in_own_right())
    common = re.compile("[" + "".join(re.escape(char) for char in chars if char <= "\uffff") + "]")
    return common, frozenset(char for char in chars if char > "\uffff")


@lru_cache(maxsize=1)
def _simplified_in_own_right() -> frozenset[str]:
    """Characters that TSCharacters maps away yet also lists as their own simplified form (乾 → 干 乾,
    於 → 于 於, 徵 → 征 徵): simplified texts write them too (乾县, 乾隆, 於姓), so one of them alone
    does not make a text traditional."""
    return frozenset(source for source, targets in _opencc_entries("TSCharacters.txt")
                     if len(source) == 1 and source in targets[1:])


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _is_traditional(text: str) -> bool:
    """Judged on samples (2,000 characters every 200,000), so long simplified texts stay cheap."""
    common, rare = _traditional_chars()
    for i in range(0, len(text), 200_000):
        sample = text[i:i + 2000]
        if common.search(sample) or (rare and _ASTRAL.search(sample) and not rare.isdisjoint(sample)):
            return True
    return False


def analysis_text(text: str, page_chrome: re.Pattern[str] | None = None,
                  kept_names: frozenset[str] = frozenset(),
                  spellings: frozenset[tuple[str, str]] = frozenset()) -> AnalysisText:
    """Half-width, simplified copy of ``text`` without invisible noise, with its offset map.
    ``page_chrome`` matches a web page's furniture lines (Vocabulary.page_chrome_regex): a hard wrap
    never joins one to its neighbours. ``kept_names``: names a traditional text's conversion leaves
    as written (Vocabulary.names_kept_in_script: the gazetteer's 乾县, whose 乾 is no 干).
    ``spellings``: traditional phrases OpenCC's lists miss (Vocabulary.traditional_spellings)."""
    folded = _simplified(text, kept_names, spellings) if _is_traditional(text) else _fold_fullwidth(text)
    if "&#37;" in folded:  # a web copy's escaped percent sign: "%" and four zero-width fillers
        folded = folded.replace("&#37;", "%" + "\u200b" * 4)
    spans = _noise_spans(folded, page_chrome)
    if not spans:
        return AnalysisText(folded)
    pieces: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    cursor = kept = dropped = 0
    for start, end in spans:
        pieces.append(folded[cursor:start])
        kept += start - cursor
        dropped += end - start
        cuts.append(kept)  # analysis characters from ``kept`` on sit ``dropped`` further right
        shifts.append(dropped)
        cursor = end
    pieces.append(folded[cursor:])
    return AnalysisText("".join(pieces), cuts, shifts)


def traditional_share(text: str, sample: int = 20000) -> float:
    """Share of CJK characters in ``text`` that the traditional→simplified map changes."""
    table = _traditional_map()
    chunk = text[:sample]
    cjk = [c for c in chunk if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(1 for c in cjk if ord(c) in table) / len(cjk)
