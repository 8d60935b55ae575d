"""Markdown as a corpus file: heading marks and inline markup dropped (also a note app's
==highlight==, HTML tags such as <font> and <br>, entities such as &nbsp;), masked names kept
(emphasis.py), and what a note-taking app adds that is no text dropped: footnotes, callouts,
HTML comments, embedded images, [TOC], lines of #tags, task lists (- [ ] 待办).  Blocks of HTML
a rich-text editor pasted (<h2>, <br>, <table>) are mdhtml.py's; .docx is docxread.py's.

The reader returns the file's lines, the indices of those marked as headings, which the
outline prefers, those that open a new text, and the line of the file each line starts on (a
<br> or an <h2> of pasted HTML opens a line, a code fence goes: linemap.py).  Reading bytes
and splitting essays is corpus.py's.
"""

from __future__ import annotations

import html
import re

from .contents import front_matter
from .emphasis import strip_emphasis
from .linemap import split_lines
from .mdhtml import html_blocks_rows
from .mdpandoc import ATTRIBUTES, protect, restore, setext

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)")
_MD_ITALIC = re.compile(r"(?<!\*)\*(?!\*)")  # (a run of stars is a masked name: ***同志)
# an editor's own marks: a footnote's reference, an embedded image, a wiki link (its text kept)
_MD_NOTE_REF = re.compile(r"\[\^[^\]\s]{1,20}\]")
_MD_EMBED = re.compile(r"!\[\[[^\]]*\]\]")
_MD_WIKI = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
# lines that are no text: [TOC], a footnote's definition, a callout's head, a line of #tags
_MD_DROP = re.compile(
    r"^\s*(?:\[(?:TOC|toc|_TOC_)\]|\[\[_TOC_\]\]|\$\{toc\}|\[\^[^\]\s]{1,20}\]:.*"
    r"|>\s*\[![A-Za-z]+\][-+]?.*|(?:#[^\s#、，。：；（）“”]+\s*){1,12})$"
)
_MD_TASK = re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s")  # (a to-do of the note's owner, not its text)
_MD_BOLD_LEAD = re.compile(r"\*\*[^*\n]{2,40}?[。！？]\*\*[^*\s]")
_MD_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_HTML_TAG = re.compile(r"</?(?:br|font|span|mark|u|b|i|strong|em|small|big|p|div|center)\b[^<>]{0,200}>", re.I)
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")


def read_markdown(text: str) -> tuple[list[str], list[int], list[int]]:
    """Lines without Markdown marks, the indices of the headings (# lines, and lines set in
    bold from end to end), and the # titles after a rule (---) that follows prose: a note holding
    several texts starts one there.  Bold and italic go as emphasis.py tells them from masked
    names; an editor's marks (footnotes, callouts, comments, embeds, [TOC], #tags) go."""
    lines, hints, starts, _ = read_markdown_rows(text)
    return lines, hints, starts


def read_markdown_rows(text: str) -> tuple[list[str], list[int], list[int], list[int]]:
    """read_markdown(text), and the line of the file (1-based) each line starts on."""
    lines: list[str] = []
    hints: list[int] = []
    starts: list[int] = []
    kept: list[int] = []
    split, rows = split_lines(text.lstrip("\ufeff"))
    text, rows = html_blocks_rows("\n".join(split), rows)
    escaped = "\\" in text
    if escaped:
        text = protect(text)  # (no line break added or removed)
    if "<!--" in text:  # (a comment keeps its lines, blank, so the lines keep their numbers)
        text = _MD_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    callout = ruled = prose = titled = False
    body_at = 0  # (the first line after a front matter, whose fields are no prose)
    front = text.startswith("---")  # (in a front matter: its closing --- underlines nothing)
    split = text.splitlines()  # (as many as rows, less the line after a last line break)
    for k, (raw, row) in enumerate(zip(split, rows[: len(split)], strict=True)):
        if raw.strip().startswith("```"):
            continue
        kept.append(row)  # (each turn below adds one line)
        # (the line over a converter's ==== or ---: a heading; the line before it is blank)
        if k and not front and lines and setext(raw, split[k - 1], split[k - 2] if k > 1 else ""):
            hints.append(len(lines) - 1)
            lines.append("")
            continue
        if front and lines and _MD_RULE.match(raw) is not None:
            front = False
            if front_matter([*lines, raw]):  # (its fields are no prose: the note opens after them)
                body_at, prose, ruled = len(lines) + 1, False, False
        if callout and raw.lstrip().startswith(">"):
            lines.append("")
            continue
        callout = False
        if _MD_DROP.match(raw) or _MD_TASK.match(raw):
            callout = raw.lstrip().startswith(">")
            lines.append("")
            continue
        if _MD_RULE.match(raw):
            ruled = ruled or prose
            lines.append(raw)
            continue
        heading = _MD_HEADING.match(raw) is not None
        if heading:
            # (a note holding several texts: a # title after a rule, or after prose in a file
            # that opens with a # title: # heads a text there, its sections are ## and below)
            if (ruled or (prose and titled)) and raw.lstrip().startswith("# "):
                starts.append(len(lines))
                prose = False
            titled = titled or (
                not prose and not any(map(str.strip, lines[body_at:])) and raw.lstrip().startswith("# "))
            raw = _MD_HEADING.sub("", raw)
        if "<" in raw or "&" in raw or "==" in raw:
            raw = _MD_HIGHLIGHT.sub(r"\1", _HTML_TAG.sub("", raw))
            raw = html.unescape(raw).replace("\u00a0", " ") if "&" in raw else raw
        if "[" in raw:
            raw = _MD_WIKI.sub(r"\1", _MD_NOTE_REF.sub("", _MD_EMBED.sub("", raw)))
        raw = re.sub(r"^\s{0,3}(?:>\s?|[-*+]\s+)", "", raw)
        if "{" in raw:
            raw = ATTRIBUTES.sub("", raw)
        raw = _MD_LINK.sub(lambda m: m.group(1) or "", raw).replace("`", "")
        led = False
        if "**" in raw or "__" in raw:
            # (a paragraph of one line led by a sentence in bold: that sentence heads it)
            led = raw.startswith("**") and _MD_BOLD_LEAD.match(raw) is not None \
                and (k + 1 == len(split) or not split[k + 1].strip())
            raw, whole = strip_emphasis(raw)
            heading, led = heading or whole, led and not raw.startswith("**")
        if "*" in raw:
            raw = _MD_ITALIC.sub("", raw)
        if heading or led:
            hints.append(len(lines))
        if not heading and raw.strip():
            prose, ruled = prose or len(raw.strip()) >= 20, ruled and not raw.strip()
        lines.append(restore(raw) if escaped else raw)
    return lines, hints, starts, kept
