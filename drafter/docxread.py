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

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from .docxboxes import box_heading
from .docxpages import (
    Line,
    drop_contents,
    drop_end_notes,
    drop_masthead,
    emphasized_headings,
    pages,
    prose,
    split_titles,
)
from .errors import InputError
from .symbolfont import symbol_char
from .wordnumbers import Numbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _R, _T, _TBL, _TR, _TC, _SDT = (f"{_W}{t}" for t in ("p", "r", "t", "tbl", "tr", "tc", "sdt"))
_SENTENCE = re.compile("[。！？；]")
_SKIP = {f"{_W}{t}" for t in ("del", "moveFrom", "pPr", "rPr", "sectPr", "instrText", "delText")}
_OFF = ("0", "false", "off", "none")
_NOTE_REFS = (f"{_W}footnoteReference", f"{_W}endnoteReference")
_HEADING_STYLE = re.compile(r"(?i)^(heading|title|标题|[1-9]$)")
_TOC_STYLE = re.compile(r"(?i)^(toc|目录)\s*\d|^toc ?heading|^contents")
_NOTE_MARK = re.compile(r"[\[［(（]?(?:[①-⑳]|\d{1,2}|[*＊])[\]］)）]?")


def _val(node: ElementTree.Element | None) -> str | None:
    return None if node is None else node.get(f"{_W}val", "")


def _on(node: ElementTree.Element | None) -> bool:
    return node is not None and node.get(f"{_W}val", "1").lower() not in _OFF


class _Reader:
    def __init__(self, numbering: Numbering, styles: dict[str, tuple[str, bool]]) -> None:
        self.numbering = numbering
        self.styles = styles  # style id → (name, has an outline level)
        self.lines: list[Line] = []
        self.breaks: set[int] = set()  # lines a page begins with
        self.fields: list[str] = []  # instructions of the complex fields open
        self.in_toc = False

    def block(self, parent: ElementTree.Element) -> None:
        for child in parent:
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                self.table(child)
            elif child.tag not in _SKIP and not _placeholder(child):
                self.block(child)  # (w:sdt, w:customXml, w:ins round whole paragraphs)

    def table(self, table: ElementTree.Element) -> None:
        """A table one line a row; but a row that is one cell holding a text of its own (several
        paragraphs, sentences among them) is read paragraph by paragraph, and when the table's
        other rows hold no sentence, the table is a form wrapping the text (a 审签单, a 发文稿纸):
        its labels and entries go, with the form's name over it."""
        rows = [(row, [["".join(self.runs(p)[0]).strip() for p in tc.iter(_P)] for tc in row.iter(_TC)])
                for row in table.iter(_TR)]
        whole = next((k for k, (row, cells) in enumerate(rows) if len(row.findall(_TC)) == 1 and _holds_text(cells[0])),
                     None)
        form = whole is not None and len(rows) > 1 and not any(
            prose(c) for k, (_, cells) in enumerate(rows) if k != whole for cell in cells for c in cell)
        if form:
            named = next((line for line in reversed(self.lines) if line.text.strip()), None)
            if named is not None and len(named.text.strip()) <= 30 and _SENTENCE.search(named.text) is None \
                    and (named.centered or named.emph):
                named.text = ""
        for k, (row, cells) in enumerate(rows):
            if k == whole:
                self.block(row.findall(_TC)[0])
            elif not form:
                self.add("\u3000".join(c for cell in cells for c in cell if c), False, False, False)

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
                # (hidden text is not seen, but a field it opens or closes still counts)
                text = self.run(child, props is not None and _on(props.find(f"{_W}vanish")))
                if props is not None and _val(props.find(f"{_W}vertAlign")) == "superscript" \
                        and _NOTE_MARK.fullmatch(text.strip()) and not _unit(parts):
                    continue
                parts.append(text)
            elif not _placeholder(child):  # (a content control's prompt, 单击此处输入文字, is no text)
                more, inner = self.runs(child)  # (w:ins, w:hyperlink, w:smartTag, w:fldSimple)
                parts.extend(more)
                toc = toc or inner
            toc = toc or self.in_toc
        return parts, toc

    def run(self, run: ElementTree.Element, hidden: bool = False) -> str:
        parts: list[str] = []
        marked = False  # (a note's own mark, customMarkFollows: the run's text is the mark, *)
        for node in run:
            tag = node.tag
            if hidden and tag != f"{_W}fldChar" and tag != f"{_W}instrText":
                continue
            if tag == _T:
                if not marked:
                    parts.append(node.text or "")
            elif tag in _NOTE_REFS:
                marked = (node.get(f"{_W}customMarkFollows") or "0").lower() not in _OFF
            elif tag == f"{_W}tab":
                parts.append(" ")
            elif tag == f"{_W}sym":
                parts.append(symbol_char(node.get(f"{_W}font"), node.get(f"{_W}char")))
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
        boxed = not text.strip() and (text := box_heading(para) or text).strip() != ""
        # (a bare number names a heading style only when the style's name is not known: WPS's
        # Normal is style "1", Chinese Word's heading 1 is)
        heading = boxed or outlined or bool(_HEADING_STYLE.match(name or style or "")) \
            or (props is not None and _val(props.find(f"{_W}outlineLvl")) not in (None, "9"))
        if props is not None and _on(props.find(f"{_W}pageBreakBefore")):
            self.breaks.add(len(self.lines))
        if text.strip():
            text = self.numbering.label(props, style) + text
        centered = props is not None and _val(props.find(f"{_W}jc")) == "center"
        titled = bool(re.match(r"(?i)^(title|标题)$", name.strip()))
        toc = toc or bool(_TOC_STYLE.match(name) or _TOC_STYLE.match(style or ""))
        emph = centered or _bold(para)
        size = _size(para) if centered else 0
        font = _font(para)
        border = props.find(f"{_W}pBdr/{_W}bottom") if props is not None else None
        ruled = border is not None and (_val(border) or "none") not in ("none", "nil")
        for k, page in enumerate(text.split("\f")):
            if k:
                self.breaks.add(len(self.lines))
            for j, line in enumerate(page.split("\n")):
                self.add(line, heading and j == 0 and k == 0, centered, titled, toc, emph)
                self.lines[-1].size, self.lines[-1].ruled, self.lines[-1].font = size, ruled, font
        if props is not None and props.find(f"{_W}sectPr") is not None:
            self.breaks.add(len(self.lines))  # (a section break: the next section starts a page)

    def add(
        self, text: str, heading: bool, centered: bool, titled: bool, toc: bool = False, emph: bool = False
    ) -> None:
        self.lines.append(Line(text, heading, centered, titled, toc, emph))


def _styles(xml: bytes | None) -> dict[str, tuple[str, bool]]:
    if xml is None:
        return {}
    named: dict[str, str] = {}
    levels: dict[str, str | None] = {}  # style id → its own outline level, if it sets one
    based: dict[str, str] = {}
    for style in ElementTree.fromstring(xml).iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId", "")
        named[sid] = _val(style.find(f"{_W}name")) or ""
        levels[sid] = _val(style.find(f"{_W}pPr/{_W}outlineLvl"))
        if (parent := _val(style.find(f"{_W}basedOn"))) is not None:
            based[sid] = parent
    found: dict[str, tuple[str, bool]] = {}
    for sid, name in named.items():
        # (a style without an outline level of its own takes its base's, as Word does: a
        # template's 一级标题 based on heading 1 heads the outline like it)
        level, base, seen = levels[sid], sid, {sid}
        while level is None and (base := based.get(base, "")) in levels and base not in seen:
            level = levels[base]
            seen.add(base)
        found[sid] = (name, level not in (None, "9"))
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
    drop_contents(lines)
    drop_end_notes(lines)
    emphasized_headings(lines)
    split_titles(lines)
    drop_masthead(lines)
    starts = pages(lines, sorted(reader.breaks))
    return [line.text for line in lines], [i for i, line in enumerate(lines) if line.heading], starts


def _placeholder(node: ElementTree.Element) -> bool:
    """Whether a content control shows its placeholder (单击或点击此处输入文字) for want of text."""
    return node.tag == _SDT and node.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _holds_text(paragraphs: list[str]) -> bool:
    filled = [p for p in paragraphs if p]
    return len(filled) >= 3 and sum(map(prose, filled)) >= 2


def _bold(para: ElementTree.Element) -> bool:
    """Whether every run of the paragraph that holds text is set in bold."""
    runs = [r for r in para.iter(_R) if (r.findtext(_T) or "").strip()]
    return bool(runs) and all(_on(r.find(f"{_W}rPr/{_W}b")) for r in runs)


def _font(para: ElementTree.Element) -> str:
    """The East Asian typeface set on every run of the paragraph that holds text ("" if none or several)."""
    fonts = {(named.get(f"{_W}eastAsia") or "") if (named := r.find(f"{_W}rPr/{_W}rFonts")) is not None else ""
             for r in para.iter(_R) if (r.findtext(_T) or "").strip()}
    return fonts.pop() if len(fonts) == 1 else ""


def _size(para: ElementTree.Element) -> int:
    """The largest font size set on the paragraph's runs that hold text, in half points."""
    sizes = [int(v) for r in para.iter(_R) if (r.findtext(_T) or "").strip()
             if (v := _val(r.find(f"{_W}rPr/{_W}sz")) or "").isdigit()]
    return max(sizes, default=0)


def _unit(parts: list[str]) -> bool:
    """Whether a superscript after these runs is a unit's power (m², km²), not a note's mark."""
    last = parts[-1][-1:] if parts else ""
    return last.isascii() and last.isalpha()


