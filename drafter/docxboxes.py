"""Text boxes of a .docx that hold a heading of the text: a WPS or Word author who sets each
一、… heading as the only text of a coloured bar (a shape with a text box, anchored in an
empty paragraph of its own) means it as the heading a reader sees there.  The walk in
docxread.py reads no text box (a 红头, a 内部资料 stamp, a reviewer's note are what they mostly
hold); this module gives the one kind it takes.

A shape is written twice, as DrawingML in mc:Choice and as VML in mc:Fallback, for older
readers: it is read once, from the Choice (the Fallback when there is none).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree import ElementTree

from .markers import ORDINAL_FAMILIES, marker_kind

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BOX = f"{_W}txbxContent"
_SHAPES = (f"{_W}drawing", f"{_W}pict", f"{_MC}AlternateContent")
_SENTENCE = re.compile("[。！？；]")
_MAX_HEADING = 40


def box_heading(para: ElementTree.Element) -> str | None:
    """The heading a paragraph without text of its own anchors in a text box: the box's only
    line, opened by an ordinal marker (一、 （一） 1.), short and without a sentence.  None
    when there is none, or the paragraph anchors other boxes with text too."""
    lines = [line for box in _boxes(para) for line in _box_lines(box)]
    if len(lines) != 1:
        return None
    line = lines[0]
    found = marker_kind(line)
    if found is None or found[0] not in ORDINAL_FAMILIES or len(line) > _MAX_HEADING \
            or _SENTENCE.search(line) is not None:
        return None
    return line


def _boxes(para: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The text boxes anchored in the paragraph's runs (also inside a w:ins, a w:hyperlink…),
    each once."""
    for child in para:
        if child.tag == f"{_W}r":
            for shape in child:
                if shape.tag in _SHAPES:
                    yield from _outer_boxes(_chosen(shape))
        elif child.tag != f"{_W}pPr":
            yield from _boxes(child)


def _chosen(shape: ElementTree.Element) -> ElementTree.Element:
    """The copy of a shape a reader shows: an mc:AlternateContent's first mc:Choice, else its
    mc:Fallback; a plain w:drawing or w:pict is itself."""
    if shape.tag != f"{_MC}AlternateContent":
        return shape
    branch = shape.find(f"{_MC}Choice")
    if branch is None:
        branch = shape.find(f"{_MC}Fallback")
    return branch if branch is not None else shape


def _outer_boxes(node: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The text boxes in `node` not inside another one (whose lines hold theirs), the
    Fallback copy of a shape inside a box left out."""
    for child in node:
        if child.tag == _BOX:
            yield child
        elif child.tag == f"{_MC}AlternateContent":
            yield from _outer_boxes(_chosen(child))
        else:
            yield from _outer_boxes(child)


def _box_lines(box: ElementTree.Element) -> list[str]:
    """The lines of text in a text box, one a paragraph, blank ones left out."""
    lines = []
    for para in box.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in para.iter(f"{_W}t")).strip()
        if text:
            lines.append(text)
    return lines
