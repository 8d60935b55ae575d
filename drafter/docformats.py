"""The formats a corpus file comes in besides plain text: .docx (paragraph texts and the
paragraphs styled as headings, read with the standard library's zipfile and ElementTree, as
python-docx belongs to export) and Markdown (heading marks and inline markup dropped, masked
names kept: emphasis.py).

Each reader returns the file's lines and the indices of those marked as headings, which the
outline prefers.  Reading bytes and splitting essays is corpus.py's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from .emphasis import strip_emphasis
from .errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path, name: str) -> tuple[list[str], list[int]]:
    """Paragraph texts of a .docx and the indices of those styled as headings or title."""
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as err:
        raise InputError(
            "不是有效的 .docx 文件（可能已损坏，或是改了扩展名的 .doc）。请用 Word 另存为 .docx 再试。", file=name
        ) from err
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as err:
        raise InputError(f".docx 内容已损坏（{err}）。请用 Word 打开后重新保存。", file=name) from err
    lines: list[str] = []
    hints: list[int] = []
    for para in root.iter(f"{_W}p"):
        parts: list[str] = []
        for node in para.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{_W}tab",):
                parts.append(" ")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        style = para.find(f"{_W}pPr/{_W}pStyle")
        level = para.find(f"{_W}pPr/{_W}outlineLvl")
        val = (style.get(f"{_W}val") or "") if style is not None else ""
        if level is not None or re.match(r"(?i)^(heading|title|标题|[1-9]$)", val):
            hints.append(len(lines))
        lines.extend("".join(parts).split("\n"))
    return lines, hints


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)")
_MD_ITALIC = re.compile(r"(?<!\*)\*(?!\*)")  # (a run of stars is a masked name: ***同志)


def read_markdown(text: str) -> tuple[list[str], list[int]]:
    """Lines without Markdown marks, and the indices of the headings (# lines, and lines set in
    bold from end to end).  Bold and italic go as emphasis.py tells them from masked names."""
    lines: list[str] = []
    hints: list[int] = []
    for raw in text.splitlines():
        if raw.strip().startswith("```"):
            continue
        heading = _MD_HEADING.match(raw) is not None
        if heading:
            raw = _MD_HEADING.sub("", raw)
        raw = re.sub(r"^\s{0,3}(?:>\s?|[-*+]\s+)", "", raw)
        raw = _MD_LINK.sub(lambda m: m.group(1) or "", raw).replace("`", "")
        if "**" in raw or "__" in raw:
            raw, whole = strip_emphasis(raw)
            heading = heading or whole
        if "*" in raw:
            raw = _MD_ITALIC.sub("", raw)
        if heading:
            hints.append(len(lines))
        lines.append(raw)
    return lines, hints
