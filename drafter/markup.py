"""Reading, before splitting: HTML a scraper left in a page saved as text (&nbsp; indents,
&amp;, <strong>…</strong> round a heading).  The entities become their characters and the
inline tags go, so the lines read as the page showed them; a text holding neither & nor <
costs two substring tests.  No third-party import (html is the standard library's).
"""

from __future__ import annotations

import html
import re

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
    if "&" in text and ";" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if "<" in text and ">" in text:
        text = _TAG.sub("", text)
    return text
