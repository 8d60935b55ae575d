"""Reading a .docx as a reader of the final document sees it, with the standard library's
zipfile and ElementTree (python-docx belongs to export): tracked changes accepted (w:ins kept,
w:del and w:moveFrom dropped), struck-through runs dropped (a reviewer's deletion left as
formatting), automatic numbering rendered in front of its paragraph (wordnumbers.py), a table
one line per row, superscript note marks (①, [1]) dropped, and what is no essay's text left
out: a table of contents (a TOC field, toc-styled entries), a cover page (pages without a
sentence before the page that opens with a title), notes typed at the end (注：①…).

read_docx returns the lines, the indices of lines styled as headings or title, and the lines
where a page break puts a new title after a page of prose: an essay starts there.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from .errors import InputError
from .wordnumbers import Numbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _R, _T, _TBL, _TR, _TC = (f"{_W}{t}" for t in ("p", "r", "t", "tbl", "tr", "tc"))
_SKIP = {f"{_W}{t}" for t in ("del", "moveFrom", "pPr", "rPr", "sectPr", "instrText", "delText")}
_OFF = ("0", "false", "off", "none")
_HEADING_STYLE = re.compile(r"(?i)^(heading|title|标题|[1-9]$)")
_TOC_STYLE = re.compile(r"(?i)^(toc|目录)\s*\d|^toc ?heading|^contents")
_NOTE_MARK = re.compile(r"[\[［(（]?(?:[①-⑳]|\d{1,2}|[*＊])[\]］)）]?")
_SENTENCE = re.compile("[。！？；]")
_RULE = re.compile(r"[-—─━_=＿－\s]{4,}")
_NOTE_HEAD = re.compile(r"(?:注|注释|附注)[：:]\s*[①-⑳\d]|[①-⑳]")


class _Line:
    __slots__ = ("centered", "heading", "text", "titled", "toc")

    def __init__(self, text: str, heading: bool, centered: bool, titled: bool, toc: bool) -> None:
        self.text, self.heading, self.centered, self.titled, self.toc = text, heading, centered, titled, toc


def _val(node: ElementTree.Element | None) -> str | None:
    return None if node is None else node.get(f"{_W}val", "")


def _on(node: ElementTree.Element | None) -> bool:
    return node is not None and node.get(f"{_W}val", "1").lower() not in _OFF


class _Reader:
    def __init__(self, numbering: Numbering, styles: dict[str, tuple[str, bool]]) -> None:
        self.numbering = numbering
        self.styles = styles  # style id → (name, has an outline level)
        self.lines: list[_Line] = []
        self.breaks: set[int] = set()  # lines a page begins with
        self.fields: list[str] = []  # instructions of the complex fields open
        self.in_toc = False

    def block(self, parent: ElementTree.Element) -> None:
        for child in parent:
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                for row in child.iter(_TR):
                    cells = ["".join(self.runs(p)[0]).strip() for tc in row.iter(_TC) for p in tc.iter(_P)]
                    self.add("\u3000".join(c for c in cells if c), False, False, False)
            elif child.tag not in _SKIP:
                self.block(child)  # (w:sdt, w:customXml, w:ins round whole paragraphs)

    def runs(self, node: ElementTree.Element) -> tuple[list[str], bool]:
        """The texts of a paragraph's runs (\\f for a page break) and whether it touched a TOC field."""
        parts: list[str] = []
        toc = self.in_toc
        for child in node:
            tag = child.tag
            if tag in _SKIP:
                if tag == f"{_W}instrText" and self.fields:
                    self.fields[-1] += child.text or ""
                continue
            if tag == _R:
                props = child.find(f"{_W}rPr")
                if props is not None and (_on(props.find(f"{_W}strike")) or _on(props.find(f"{_W}dstrike"))):
                    continue
                text = self.run(child)
                if props is not None and _val(props.find(f"{_W}vertAlign")) == "superscript" \
                        and _NOTE_MARK.fullmatch(text.strip()) and not _unit(parts):
                    continue
                parts.append(text)
            else:
                more, inner = self.runs(child)  # (w:ins, w:hyperlink, w:smartTag, w:fldSimple)
                parts.extend(more)
                toc = toc or inner
            toc = toc or self.in_toc
        return parts, toc

    def run(self, run: ElementTree.Element) -> str:
        parts: list[str] = []
        for node in run:
            tag = node.tag
            if tag == _T:
                parts.append(node.text or "")
            elif tag == f"{_W}tab":
                parts.append(" ")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\f" if node.get(f"{_W}type") == "page" else "\n")
            elif tag == f"{_W}fldChar":
                kind = node.get(f"{_W}fldCharType")
                if kind == "begin":
                    self.fields.append("")
                elif kind == "separate":
                    self.in_toc = self.in_toc or any(f.strip().upper().startswith("TOC") for f in self.fields)
                elif kind == "end" and self.fields:
                    self.fields.pop()
                    self.in_toc = any(f.strip().upper().startswith("TOC") for f in self.fields)
            elif tag == f"{_W}instrText" and self.fields:
                self.fields[-1] += node.text or ""
        return "".join(parts)

    def paragraph(self, para: ElementTree.Element) -> None:
        props = para.find(f"{_W}pPr")
        style = _val(props.find(f"{_W}pStyle")) if props is not None else None
        name, outlined = self.styles.get(style or "", (style or "", False))
        parts, toc = self.runs(para)
        text = "".join(parts)
        heading = (props is not None and props.find(f"{_W}outlineLvl") is not None) or outlined \
            or bool(_HEADING_STYLE.match(style or "") or _HEADING_STYLE.match(name))
        if props is not None and _on(props.find(f"{_W}pageBreakBefore")):
            self.breaks.add(len(self.lines))
        if text.strip():
            text = self.numbering.label(props, style) + text
        centered = props is not None and _val(props.find(f"{_W}jc")) == "center"
        titled = bool(re.match(r"(?i)^(title|标题)$", name.strip()))
        toc = toc or bool(_TOC_STYLE.match(name) or _TOC_STYLE.match(style or ""))
        for k, page in enumerate(text.split("\f")):
            if k:
                self.breaks.add(len(self.lines))
            for j, line in enumerate(page.split("\n")):
                self.add(line, heading and j == 0 and k == 0, centered, titled, toc)
        if props is not None and props.find(f"{_W}sectPr") is not None:
            self.breaks.add(len(self.lines))  # (a section break: the next section starts a page)

    def add(self, text: str, heading: bool, centered: bool, titled: bool, toc: bool = False) -> None:
        self.lines.append(_Line(text, heading, centered, titled, toc))


def _styles(xml: bytes | None) -> dict[str, tuple[str, bool]]:
    if xml is None:
        return {}
    found: dict[str, tuple[str, bool]] = {}
    for style in ElementTree.fromstring(xml).iter(f"{_W}style"):
        name = _val(style.find(f"{_W}name")) or ""
        found[style.get(f"{_W}styleId", "")] = (name, style.find(f"{_W}pPr/{_W}outlineLvl") is not None)
    return found


def _part(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return zf.read(name)
    except KeyError:
        return None


def read_docx(path: Path, name: str) -> tuple[list[str], list[int], list[int]]:
    """Lines of a .docx as the final document reads, the indices of those styled as headings or
    title, and the lines that open a new essay after a page break."""
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("word/document.xml")
            numbering, styles = _part(zf, "word/numbering.xml"), _part(zf, "word/styles.xml")
    except (zipfile.BadZipFile, KeyError) as err:
        raise InputError(
            "不是有效的 .docx 文件（可能已损坏，或是改了扩展名的 .doc）。请用 Word 另存为 .docx 再试。", file=name
        ) from err
    try:
        root = ElementTree.fromstring(xml)
        reader = _Reader(Numbering(numbering, styles), _styles(styles))
    except ElementTree.ParseError as err:
        raise InputError(f".docx 内容已损坏（{err}）。请用 Word 打开后重新保存。", file=name) from err
    body = root.find(f"{_W}body")
    reader.block(body if body is not None else root)
    lines = reader.lines
    _drop_contents(lines)
    _drop_end_notes(lines)
    starts = _pages(lines, sorted(reader.breaks))
    return [line.text for line in lines], [i for i, line in enumerate(lines) if line.heading], starts


def _unit(parts: list[str]) -> bool:
    """Whether a superscript after these runs is a unit's power (m², km²), not a note's mark."""
    last = parts[-1][-1:] if parts else ""
    return last.isascii() and last.isalpha()


def _prose(text: str) -> bool:
    return len(text.strip()) >= 20 and _SENTENCE.search(text) is not None


def _title_like(line: _Line) -> bool:
    s = line.text.strip()
    return (line.centered or line.titled) and 0 < len(s) <= 60 and _SENTENCE.search(s) is None


def _drop_contents(lines: list[_Line]) -> None:
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


def _drop_end_notes(lines: list[_Line]) -> None:
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


def _pages(lines: list[_Line], breaks: list[int]) -> list[int]:
    """Blank the pages before the first one that holds prose when that one opens with a title
    (a cover: a shorter title, the unit, the date); return the lines where a page after a page
    of prose opens with a title (centered or in a title style): essays start there."""
    bounds = [0, *(b for b in breaks if 0 < b < len(lines)), len(lines)]
    pages = [range(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    starts: list[int] = []
    seen_prose = False
    for n, page in enumerate(pages):
        first = next((i for i in page if lines[i].text.strip()), None)
        prose = any(_prose(lines[i].text) for i in page)
        if first is None:
            continue
        if not seen_prose and prose and n and _title_like(lines[first]):
            for i in range(page.start):
                lines[i].text, lines[i].heading = "", False
        elif seen_prose and _title_like(lines[first]) and prose:
            starts.append(first)
        seen_prose = seen_prose or prose
    return starts
