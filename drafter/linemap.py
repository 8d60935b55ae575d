"""Line numbers of the file through the reading: a reader that cuts a line in two (a form feed,
a <br> of pasted HTML), joins two (a tag across a line break) or drops one (a code fence) keeps,
for each line it hands on, the line of the file where that line's text starts, so that what
drafter reports (an essay's lines, a paragraph's line) is what an editor shows.

An editor breaks lines at \\n, \\r\\n and \\r only; str.splitlines() cuts at a form feed (a page
break pdftotext writes), \\v, \\x1c–\\x1e, \\x85 and the Unicode separators too.  No third-party
import.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def split_lines(text: str, cr: bool = True) -> tuple[list[str], list[int]]:
    """text.splitlines(), and the line of the file (1-based) each of those lines starts on.
    `cr`: whether a lone \\r breaks a line of the file (not in a text whose line breaks were all
    made \\n, where one is a character an entity stood for)."""
    lines = text.splitlines()
    ends = ("\n", "\r") if cr else ("\n",)
    breaks = text.count("\n") + (text.count("\r") - text.count("\r\n") if cr else 0)
    # (as many lines as the file's breaks make: splitlines cut nowhere else, or only at the end)
    if len(lines) == breaks + (not text.endswith(ends)):
        return lines, list(range(1, len(lines) + 1))
    rows: list[int] = []
    row = 1
    for piece in text.splitlines(keepends=True):
        rows.append(row)
        row += piece.endswith(ends)
    return lines, rows


def sub_rows(
    pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str, rows: list[int]
) -> tuple[str, list[int]]:
    """pattern.sub(repl, text) and the file's line of each of its lines, as text.split("\\n")
    cuts them: `rows` gives that of each line of `text`.  A line break the replacement makes
    opens a line on the file's line of the text after the match; one the match held goes."""
    if isinstance(repl, str) and "\n" not in repl:
        new_text = pattern.sub(repl, text)
        if new_text.count("\n") == text.count("\n"):  # (no match held a line break: the lines stay)
            return new_text, rows
    out: list[str] = []
    new_rows = rows[:1]
    done = at = 0  # text[:done] is copied; rows[at] is the row of the line text[done] is on
    for m in pattern.finditer(text):
        kept = text.count("\n", done, m.start())
        new_rows += rows[at + 1 : at + 1 + kept]
        at += kept + text.count("\n", m.start(), m.end())
        new = repl if isinstance(repl, str) else repl(m)
        new_rows += [rows[at]] * new.count("\n")
        out += (text[done : m.start()], new)
        done = m.end()
    if not out:
        return text, rows
    new_rows += rows[at + 1 :]
    out.append(text[done:])
    return "".join(out), new_rows
