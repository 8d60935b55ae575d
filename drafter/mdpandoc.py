"""What Markdown written by a converter (pandoc, Word's and WPS's export to .md) holds besides
the marks a note app writes, for docformats.read_markdown: backslash escapes (1\\. for a
numbered heading that must not become a list, \\*\\*\\* for a masked name, \\[ \\#), the
backslash that ends a line with a hard break, setext headings (the title over ====, a section
over ----) and the attributes after an image ({width="5.76in"}).

Escaped marks are put out of the way of the other rules (each becomes a character of the
Private Use Area, which no text holds) and put back as plain characters at the end.  No
third-party import.
"""

from __future__ import annotations

import re

_BASE = 0xE000  # an escaped mark c is chr(_BASE + ord(c)) while the line is read
# (not inside a code span, `\*`, which shows its backslash)
_ESCAPE = re.compile(r"(`+)[^\n]*?\1|\\([!-/:-@\[-`{-~])")
_HARD_BREAK = re.compile(r"(?<!\\)\\$", re.M)  # (a backslash alone before the line's end)
_RESTORE = {_BASE + c: chr(c) for c in range(0x21, 0x7F)}
# a setext heading's underline: a run of = or - alone on the line under its text
_UNDERLINE = re.compile(r"\s{0,3}(?:=+|-+)\s*")
# the line a setext heading holds: a paragraph of that one line, no list item, quote, table
# row, # heading or fence, and no sentence ending it (a rule under a sentence is a rule)
_NOT_HEADING = re.compile(r"\s{0,3}(?:[-*+>#|`~]|\d{1,9}[.)](?:\s|$))|.*[。！？.!?]\s*$")
# attributes after an image or a link: ![](media/image1.jpeg){width="5.76in" height="3.24in"}
ATTRIBUTES = re.compile(r"(?<=\))\{[^{}\n]{0,200}\}")


def protect(text: str) -> str:
    """The text with its escaped marks hidden and its hard breaks' backslashes gone."""
    if "\\" not in text:
        return text
    text = _ESCAPE.sub(lambda m: m.group() if m.group(1) else chr(_BASE + ord(m.group(2))), text)
    return _HARD_BREAK.sub("", text) if "\\\n" in text or text.endswith("\\") else text


def restore(line: str) -> str:
    """A line with its escaped marks as plain characters again."""
    return line.translate(_RESTORE)


def setext(raw: str, above: str, over: str) -> bool:
    """Whether `raw` underlines the line `above` as a setext heading; `over`: the line above
    that one ("" at the file's start)."""
    return (
        bool(above.strip())
        and not over.strip()
        and _UNDERLINE.fullmatch(raw) is not None
        and _NOT_HEADING.match(above) is None
    )
