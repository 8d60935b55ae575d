"""Reading, before splitting: HTML a scraper left in a page saved as text (&nbsp; indents,
&amp;, <strong>…</strong> round a heading).  The entities become their characters and the
inline tags go, so the lines read as the page showed them; a text holding neither & nor <
costs two substring tests.  A tag across a line break takes the break with it: the lines keep
the file's line each starts on (linemap.py).  No third-party import (html is the standard
library's).
"""

from __future__ import annotations

import html
import re

from .linemap import sub_rows

# (only the entities a page's text uses: a bare & in prose, R&D, stays as it is)
_ENTITY = re.compile(
    r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|times"
    r"|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});"
)
# Tags of inline style and of blocks, opening or closing, with their attributes on the same line.
_TAG = re.compile(
    r"</?(?:strong|b|i|em|u|span|font|p|div|br|h[1-6]|section|sup|sub|small|big)(?:\s[^<>\n]{0,200})?\s*/?>",
    re.IGNORECASE,
)


def strip_markup(text: str) -> str:
    """The text without HTML entities (made characters) and inline tags."""
    return strip_markup_rows(text, list(range(1, text.count("\n") + 2)))[0]


def strip_markup_rows(text: str, rows: list[int]) -> tuple[str, list[int]]:
    """strip_markup(text), and the file's line of each of its lines (cut at \\n): `rows` gives
    that of each line of `text`."""
    if "&" in text and ";" in text:
        plain = _ENTITY.sub(_unescape, text)
        # (an entity holds no line break, but &#10; stands for one)
        same = plain.count("\n") == text.count("\n")
        text, rows = (plain, rows) if same else sub_rows(_ENTITY, _unescape, text, rows)
    if "<" in text and ">" in text:
        text, rows = sub_rows(_TAG, "", text, rows)
    return text, rows


def _unescape(m: re.Match[str]) -> str:
    return html.unescape(m.group())
