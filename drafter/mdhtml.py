"""Markdown as a rich-text editor pastes it: blocks of HTML among the Markdown lines.  A web
page or a note app copied into a Markdown note keeps its <h1>…<h6> headings, <br> line breaks,
<sup>[1]</sup> note references, <img> (an image often inline as base64) and <table> rows; this
turns them into what the page showed — a # heading line, a line break, no reference, no image,
a table one line a row — before docformats.read_markdown reads the text as Markdown (which
drops the inline tags and the entities left), with the line of the file each line starts on
(linemap.py).  No third-party import.

A note without such tags costs two substring tests and one search.
"""

from __future__ import annotations

import re

from .linemap import sub_rows

_HINT = re.compile(r"<(?:h[1-6]|br|sup|img|table|tr)\b", re.IGNORECASE)
# (on one line: a heading's tags open and close there; what it holds is its text)
_HEADING = re.compile(r"[ \t]*<h([1-6])\b[^<>\n]{0,300}>([^\n]*?)</h\1\s*>", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A note's reference set as a superscript after prose: <sup>[1]</sup>, <sup>①</sup>, <sup>*</sup>
# (after a letter or a digit a superscript is an exponent: m<sup>2</sup> stays m2)
_NOTE_REF = re.compile(
    r"(?<![A-Za-z\d])<sup\b[^<>\n]{0,100}>\s*[\[［(（]?(?:\d{1,3}|[①-⑳]|[*＊])[\]］)）]?\s*</sup\s*>", re.IGNORECASE
)
_SUP = re.compile(r"</?su[pb]\b[^<>\n]{0,100}>", re.IGNORECASE)
_IMAGE = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
# a table's cells: the next cell after a closing one goes on the row's line after a wide space
_CELL_GAP = re.compile(r"</t[dh]\s*>\s*<t[dh]\b[^<>]{0,200}>", re.IGNORECASE)
_TABLE_TAG = re.compile(r"</?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)\b[^<>]{0,300}>", re.IGNORECASE)


def html_blocks(text: str) -> str:
    """The text with its HTML blocks made Markdown lines (see the module's docstring)."""
    return html_blocks_rows(text, list(range(1, text.count("\n") + 2)))[0]


def html_blocks_rows(text: str, rows: list[int]) -> tuple[str, list[int]]:
    """html_blocks(text), and the file's line of each of its lines: `rows` gives that of each
    line of `text` (cut at \\n)."""
    if "<" not in text or _HINT.search(text) is None:
        return text, rows
    text, rows = sub_rows(_IMAGE, "", text, rows)
    if "<sup" in text or "<SUP" in text:
        text, rows = sub_rows(_SUP, "", *sub_rows(_NOTE_REF, "", text, rows))
    text, rows = sub_rows(_HEADING, _heading, text, rows)
    text, rows = sub_rows(_BREAK, _Breaks(text), text, rows)
    if "<t" in text or "<T" in text:
        text, rows = sub_rows(_TABLE_TAG, "", *sub_rows(_CELL_GAP, "\u3000", text, rows))
    return text, rows


_TAG_OR_MARK = re.compile(r"<[^<>\n]{0,300}>|&[a-z]{2,8};|&#\d{2,6};|[*_\s\u3000]+", re.IGNORECASE)
_CLAUSE = re.compile("[，。！？；：,;:!?]")


class _Breaks:
    """A break after a heading or a label (**（三）…**<br>, 某某单位<br>日期), or a second one in
    a row (a blank line), is a line break; inside a paragraph's prose (…，<br>…, …。<br>…) the
    paragraph goes on, as on the page a wrapped line does, and the break goes.  Called on the
    breaks of one text in their order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.done = 0  # the end of the last break

    def __call__(self, m: re.Match[str]) -> str:
        text, done = self.text, self.done
        line = text.rfind("\n", done, m.start()) + 1 or done  # (what the line holds since the last break)
        # (a line of 400 characters is prose whatever its tags: not read)
        before = _TAG_OR_MARK.sub("", text[line : m.start()]) if m.start() - line <= 400 else "。"
        alone = bool(before) and len(before) <= 40 and _CLAUSE.search(before) is None
        self.done = m.end()
        return "\n" if alone or (m.start() == done and done > 0) else ""


def _heading(m: re.Match[str]) -> str:
    """<h2 …>二、主要做法</h2> → ## 二、主要做法, on a line of its own."""
    text = m.string
    before = "\n" if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip() else ""
    end = text.find("\n", m.end())
    after = "\n" if text[m.end() : len(text) if end < 0 else end].strip() else ""
    return f"{before}{'#' * int(m.group(1))} {m.group(2).strip()}{after}"
