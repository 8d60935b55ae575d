"""Markdown as a rich-text editor pastes it: blocks of HTML among the Markdown lines.  A web
page or a note app copied into a Markdown note keeps its <h1>…<h6> headings, <br> line breaks,
<sup>[1]</sup> note references, <img> (an image often inline as base64) and <table> rows; this
turns them into what the page showed — a # heading line, a line break, no reference, no image,
a table one line a row — before docformats.read_markdown reads the text as Markdown (which
drops the inline tags and the entities left).  No third-party import.

A note without such tags costs two substring tests and one search.
"""

from __future__ import annotations

import re

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
    if "<" not in text or _HINT.search(text) is None:
        return text
    text = _IMAGE.sub("", text)
    if "<sup" in text or "<SUP" in text:
        text = _SUP.sub("", _NOTE_REF.sub("", text))
    text = _HEADING.sub(_heading, text)
    text = _breaks(text)
    if "<t" in text or "<T" in text:
        text = _TABLE_TAG.sub("", _CELL_GAP.sub("\u3000", text))
    return text


_TAG_OR_MARK = re.compile(r"<[^<>\n]{0,300}>|&[a-z]{2,8};|&#\d{2,6};|[*_\s\u3000]+", re.IGNORECASE)
_CLAUSE = re.compile("[，。！？；：,;:!?]")


def _breaks(text: str) -> str:
    """A break after a heading or a label (**（三）…**<br>, 某某单位<br>日期), or a second one in
    a row (a blank line), is a line break; inside a paragraph's prose (…，<br>…, …。<br>…) the
    paragraph goes on, as on the page a wrapped line does, and the break goes."""
    out: list[str] = []
    done = 0  # text[:done] is copied
    for m in _BREAK.finditer(text):
        line = text.rfind("\n", done, m.start()) + 1 or done  # (what the line holds since the last break)
        # (a line of 400 characters is prose whatever its tags: not read)
        before = _TAG_OR_MARK.sub("", text[line : m.start()]) if m.start() - line <= 400 else "。"
        alone = bool(before) and len(before) <= 40 and _CLAUSE.search(before) is None
        out += (text[done : m.start()], "\n" if alone or (m.start() == done and done > 0) else "")
        done = m.end()
    out.append(text[done:])
    return "".join(out)


def _heading(m: re.Match[str]) -> str:
    """<h2 …>二、主要做法</h2> → ## 二、主要做法, on a line of its own."""
    text = m.string
    before = "\n" if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip() else ""
    end = text.find("\n", m.end())
    after = "\n" if text[m.end() : len(text) if end < 0 else end].strip() else ""
    return f"{before}{'#' * int(m.group(1))} {m.group(2).strip()}{after}"
