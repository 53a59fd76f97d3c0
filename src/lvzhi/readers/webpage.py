"""HTML pages: the visible text, block elements ending lines, script and style dropped, and so is an
element hidden by its own markup: the ``hidden`` attribute or an inline style ``display:none`` /
``visibility:hidden`` (a page's print copy, a collapsed duplicate). No stylesheet is evaluated: text
hidden by a CSS class or a ``<style>`` rule is kept. An element hidden that way whose end tag never
comes (the page ends inside it) is kept after all: a tag soup never costs visible text; so is the
text of a page whose markup hides all of it (a body shown by a script)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.I)
# display:none, visibility:hidden (or collapse) in a style attribute, !important or not
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)",
                           re.I)
# elements without content (hiding them hides nothing, and they have no end tag to wait for), and the
# page itself (a body hidden until a script shows it is the page)
_NEVER_HIDDEN = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                 "track", "wbr", "html", "head", "body"}
# a paragraph's end tag may be left out: it ends where one of these starts
_CLOSE_P = {"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"}


def hides(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's own attributes hide it."""
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "style" and value and _HIDING_STYLE.search(value):
            return True
    return False


class _TextOfHtml(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "title"}

    def __init__(self, drop_hidden: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.drop_hidden = drop_hidden
        # the outermost element hidden by its attributes: its tag, how many of that tag are open inside
        # it, and where its text starts in ``parts`` (dropped at its end tag)
        self.hidden_tag: str | None = None
        self.hidden_depth = 0
        self.hidden_from = 0
        # the elements open inside a hidden paragraph: an end tag of none of them is its parent's
        # (</td>, </li>, </div>), which ends the paragraph whose own end tag was left out
        self.in_hidden_p: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.hidden_tag == "p" and tag in _CLOSE_P:  # a paragraph ends where a block starts
            self.handle_endtag("p")
        if self.hidden_tag is None and self.drop_hidden and tag not in _NEVER_HIDDEN and hides(attrs):
            self.hidden_tag, self.hidden_depth, self.hidden_from = tag, 1, len(self.parts)
            self.in_hidden_p = []
        elif tag == self.hidden_tag:
            self.hidden_depth += 1
        elif self.hidden_tag == "p" and tag not in _NEVER_HIDDEN:
            self.in_hidden_p.append(tag)
        if tag in {"script", "style", "noscript"}:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.hidden_tag == "p" and tag != "p":
            if tag in self.in_hidden_p:  # (its last one: the innermost open)
                del self.in_hidden_p[len(self.in_hidden_p) - 1 - self.in_hidden_p[::-1].index(tag)]
            elif tag not in _NEVER_HIDDEN:  # the paragraph's parent ends, and the paragraph with it
                self.handle_endtag("p")
        if tag in {"script", "style", "noscript"}:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == self.hidden_tag:
            self.hidden_depth -= 1
            if self.hidden_depth == 0:
                del self.parts[self.hidden_from:]
                if tag in self.BLOCKS:  # a hidden block still parts the text around it, a hidden span not
                    self.parts.append("\n")
                self.hidden_tag = None

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The page's visible text; when its markup hides all of it, all its text (a page is not blank)."""
    text = _text(html, drop_hidden=True)
    return text if text else _text(html, drop_hidden=False)


def _text(html: str, drop_hidden: bool) -> str:
    parser = _TextOfHtml(drop_hidden)
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def is_html(path: Path, text: str) -> bool:
    return path.suffix.lower() in {".htm", ".html"} or bool(_HTML_START.match(text[:2000]))
