"""Reading a .docx, after the XML walk (docxread.py): what the lines of a Word file hold that
is no essay's text — a table of contents, a cover, notes typed at the end, a 简报's masthead,
an attachment's 附件1 — which lines a heading's setting marks (bold, centred, a typeface of its
own), a title typed as two paragraphs, and where a page break puts a new title after a page of
prose, which opens an essay."""

from __future__ import annotations

import itertools
import re

_SENTENCE = re.compile("[。！？；]")
_RULE = re.compile(r"[-—─━_=＿－\s]{4,}")
_NOTE_HEAD = re.compile(r"(?:注|注释|附注)[：:]\s*[①-⑳\d]|[①-⑳]")


class Line:
    """One line of the document and how its paragraph is set (emph: centred or all bold)."""

    __slots__ = ("centered", "emph", "font", "heading", "ruled", "size", "text", "titled", "toc")

    def __init__(self, text: str, heading: bool, centered: bool, titled: bool, toc: bool, emph: bool = False) -> None:
        self.text, self.heading, self.centered, self.titled, self.toc = text, heading, centered, titled, toc
        self.emph = emph
        self.size = 0  # the largest font size of its runs, in half points (0: not set, or not centred)
        self.ruled = False  # a rule drawn under the paragraph (its bottom border)
        self.font = ""  # the East Asian typeface of all its runs ("" if not set or mixed)


def prose(text: str) -> bool:
    return len(text.strip()) >= 20 and _SENTENCE.search(text) is not None


def _title_like(line: Line) -> bool:
    s = line.text.strip()
    return (line.centered or line.titled) and 0 < len(s) <= 60 and _SENTENCE.search(s) is None


def emphasized_headings(lines: list[Line]) -> None:
    """A short line set apart by its paragraph alone (centred, or bold from end to end, no
    sentence in it) between two paragraphs of prose is a heading its author made without a
    style or a marker (规划引领，把茶园建成景区): it stands alone, and the outline reads it.  A
    title or a byline has no prose above it, a signer none below.  A line set in a typeface of
    its own between two paragraphs in another (黑体 between paragraphs in 仿宋) is set apart so."""
    filled = [line for line in lines if line.text.strip()]
    for before, line, after in zip(filled, filled[1:], filled[2:], strict=False):
        s = line.text.strip()
        apart = line.emph or (line.font != "" and before.font == after.font != "" and line.font != before.font)
        if apart and not line.heading and len(s) <= 30 and _SENTENCE.search(s) is None \
                and prose(before.text) and prose(after.text):
            line.heading = True
    stacked_headings(filled)


def stacked_headings(filled: list[Line]) -> None:
    """Two short lines in bold, not centred, one over the other between two paragraphs of prose
    are a heading and the first heading under it (一、主要做法 over 一个中心：把群众满意作为…):
    both stand alone.  (One alone is emphasized_headings'; centred lines in a pair are a title
    and its byline, which another essay's prose may stand over.)"""
    for before, upper, lower, after in zip(filled, filled[1:], filled[2:], filled[3:], strict=False):
        pair = (upper, lower)
        if all(x.emph and not x.centered and len(x.text.strip()) <= 30 and _SENTENCE.search(x.text) is None
               for x in pair) and prose(before.text) and prose(after.text):
            upper.heading = lower.heading = True


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


# The label over an attachment's title (附件1, 附件二): no text of the essay
ATTACHMENT = re.compile(r"附\s*件\s*[0-9一二三四五六七八九十]{0,3}[：:]?")
_TITLE_SIZE = 36  # half points: 18 pt, 小二; a body is set in 三号 (32) or smaller
_MASTHEAD_LINES = 6


def drop_masthead(lines: list[Line]) -> None:
    """The masthead of a 简报 or the red head of a 公文 (the publication's or the issuer's name,
    第9期, 某某办公室编　2025年11月28日, a document number) stands over a rule drawn under its
    last line, and a title follows: it goes.  Only short lines without a sentence, at the top."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()][: _MASTHEAD_LINES + 1]
    for n, i in enumerate(filled[:-1]):
        s = lines[i].text.strip()
        if len(s) > 40 or _SENTENCE.search(s):
            return
        if lines[i].ruled:
            if n and _title_like(lines[filled[n + 1]]):
                for k in range(i + 1):
                    lines[k].text, lines[k].heading = "", False
            return


def split_titles(lines: list[Line]) -> None:
    """A title too long for one line that its author typed as two centred paragraphs in the
    same large size (桂岭镇2025年秋冬季森林防灭火 / 工作实施方案) is one title: the second joins
    the first.  A byline or a subtitle under a title is set smaller, or opens with a dash or a
    bracket (——在…会议上的讲话, （征求意见稿）)."""
    for first, second in itertools.pairwise(lines):
        if first.size >= _TITLE_SIZE and second.size == first.size and first.centered and second.centered \
                and _title_like(first) and _title_like(second) and second.text.strip()[:1] not in "—－-(（〔[【<《":
            first.text, second.text = first.text.rstrip() + second.text.strip(), ""


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
        if first is not None and ATTACHMENT.fullmatch(lines[first].text.strip()):
            title = next((i for i in page if i > first and lines[i].text.strip()), None)
            if title is not None and _title_like(lines[title]):
                lines[first].text, first = "", title  # (附件1 over the attachment's title)
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
