"""Reading a .docx, after the XML walk (docxread.py): what the lines of a Word file hold that
is no essay's text — a table of contents, a cover, notes typed at the end — and where a page
break puts a new title after a page of prose, which opens an essay."""

from __future__ import annotations

import itertools
import re

_SENTENCE = re.compile("[。！？；]")
_RULE = re.compile(r"[-—─━_=＿－\s]{4,}")
_NOTE_HEAD = re.compile(r"(?:注|注释|附注)[：:]\s*[①-⑳\d]|[①-⑳]")


class Line:
    """One line of the document and how its paragraph is set (emph: centred or all bold)."""

    __slots__ = ("centered", "emph", "heading", "text", "titled", "toc")

    def __init__(self, text: str, heading: bool, centered: bool, titled: bool, toc: bool, emph: bool = False) -> None:
        self.text, self.heading, self.centered, self.titled, self.toc = text, heading, centered, titled, toc
        self.emph = emph


def prose(text: str) -> bool:
    return len(text.strip()) >= 20 and _SENTENCE.search(text) is not None


def _title_like(line: Line) -> bool:
    s = line.text.strip()
    return (line.centered or line.titled) and 0 < len(s) <= 60 and _SENTENCE.search(s) is None


def emphasized_headings(lines: list[Line]) -> None:
    """A short line set apart by its paragraph alone (centred, or bold from end to end, no
    sentence in it) between two paragraphs of prose is a heading its author made without a
    style or a marker (规划引领，把茶园建成景区): it stands alone, and the outline reads it.  A
    title or a byline has no prose above it, a signer none below."""
    filled = [line for line in lines if line.text.strip()]
    for before, line, after in zip(filled, filled[1:], filled[2:], strict=False):
        s = line.text.strip()
        if line.emph and not line.heading and len(s) <= 30 and _SENTENCE.search(s) is None \
                and prose(before.text) and prose(after.text):
            line.heading = True


def drop_contents(lines: list[Line]) -> None:
    """A table of contents goes, with its head (目录) just before it."""
    for i, line in enumerate(lines):
        if not line.toc:
            continue
        j = i - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        if j >= 0 and not lines[j].toc and re.fullmatch(r"(?:目\s*录|contents)", lines[j].text.strip(), re.I):
            lines[j].text = ""
        line.text, line.heading = "", False


def drop_end_notes(lines: list[Line]) -> None:
    """Notes typed after the text (注：①… ②…, under a rule line or not) go: they explain the
    marks a superscript left, which are gone too."""
    for i, line in enumerate(lines):
        s = line.text.strip()
        if not (s.startswith(("注", "附注")) and _NOTE_HEAD.match(s)):
            continue
        j = i - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        if j >= 0 and _RULE.fullmatch(lines[j].text):
            lines[j].text = ""
        for k in range(i, len(lines)):
            t = lines[k].text.strip()
            if k > i and t and not ("\u2460" <= t[0] <= "\u2473"):
                break
            lines[k].text = ""


def pages(lines: list[Line], breaks: list[int]) -> list[int]:
    """Blank the pages before the first one that holds prose when that one opens with a title
    (a cover: a shorter title, the unit, the date); return the lines where a page after a page
    of prose opens with a title (centered or in a title style): essays start there."""
    bounds = [0, *(b for b in breaks if 0 < b < len(lines)), len(lines)]
    spans = [range(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    starts: list[int] = []
    seen_prose = False
    for n, page in enumerate(spans):
        first = next((i for i in page if lines[i].text.strip()), None)
        wordy = any(prose(lines[i].text) for i in page)
        if first is None:
            continue
        if not seen_prose and wordy and n and _title_like(lines[first]):
            for i in range(page.start):
                lines[i].text, lines[i].heading = "", False
        elif seen_prose and _title_like(lines[first]) and wordy:
            starts.append(first)
        seen_prose = seen_prose or wordy
    return starts
