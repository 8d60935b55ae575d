"""Plain data shared by the pipeline stages: frozen dataclasses, no behaviour beyond helpers.

Two families live here.  The corpus side (SourceDoc → CleanDoc → OutlineHeading) is what the
reading, cleaning and outline stages hand to extraction.  The writing side (Phrase, Template and
its BlockSpecs, Draft and its blocks) is what libraries, templates, rendering and export agree on.
A Draft knows nothing of Word.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .fields import Field

# ---------------------------------------------------------------- corpus side


@dataclass(frozen=True)
class SourceDoc:
    """One essay as read from a file, before cleaning (a file may hold several)."""

    title: str
    source: str  # the file name as the user gave it
    start_line: int  # 1-based, inclusive, in the source file
    end_line: int
    lines: tuple[str, ...]  # raw lines of the essay (line i is start_line + i, or rows[i])
    heading_hints: tuple[int, ...] = ()  # indices into lines styled as headings (.docx, .md)
    # the file's line each of lines starts on, where a reader cut, joined or dropped lines (a
    # <br> or a code fence in .md, a form feed in .txt); () when line i is start_line + i
    rows: tuple[int, ...] = ()

    def line_of(self, i: int) -> int:
        """The file's line that line i of the essay starts on."""
        return self.rows[i] if self.rows else self.start_line + i


@dataclass(frozen=True, slots=True)  # (slots: cleaning makes one per paragraph, and cheaper)
class CleanParagraph:
    """A cleaned paragraph with the source line it starts on."""

    text: str
    line: int
    spun: bool = False  # still reads as machine synonym-spun text: extraction skips it
    placeholder: bool = False  # holds masked names or blanks (***同志, 达 %): never mined


# A frozen dataclass's __init__ sets each field through object.__setattr__ by name, which costs
# twice what setting its slot does, and cleaning makes one for every paragraph of every essay.
_SET_TEXT, _SET_LINE, _SET_SPUN, _SET_PLACEHOLDER = (
    vars(CleanParagraph)[name].__set__ for name in ("text", "line", "spun", "placeholder")
)


def clean_paragraph(text: str, line: int, spun: bool, placeholder: bool) -> CleanParagraph:
    """CleanParagraph(text, line, spun, placeholder), its slots set as __init__ would set them."""
    paragraph = object.__new__(CleanParagraph)
    _SET_TEXT(paragraph, text)
    _SET_LINE(paragraph, line)
    _SET_SPUN(paragraph, spun)
    _SET_PLACEHOLDER(paragraph, placeholder)
    return paragraph


@dataclass(frozen=True, slots=True)
class CleanDoc:
    title: str
    source: str
    start_line: int
    end_line: int
    paragraphs: tuple[CleanParagraph, ...]
    removed: dict[str, int] = field(default_factory=dict)  # characters removed per noise kind
    changed: dict[str, int] = field(default_factory=dict)  # characters rewritten per kind (t2s…)
    heading_lines: tuple[int, ...] = ()  # source lines styled as headings (.docx, .md)
    # which paragraphs, by index, start on those lines as headings (in .md a line may start
    # several: **（二）绿化美化**<br>因地制宜…); None: those that start on them
    heading_paragraphs: tuple[int, ...] | None = None

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # (the workers of --jobs send cleaned essays back pickled: as tuples of strings and numbers
        # they pickle and load about 5× faster than as the state of frozen dataclasses)
        ps = self.paragraphs
        columns = tuple(p.text for p in ps), tuple(p.line for p in ps), tuple(p.spun for p in ps), tuple(
            p.placeholder for p in ps
        )
        fields = self.title, self.source, self.start_line, self.end_line, self.removed, self.changed
        return _clean_doc, (*fields, self.heading_lines, self.heading_paragraphs, *columns)


def _clean_doc(
    title: str, source: str, start: int, end: int, removed: dict[str, int], changed: dict[str, int],
    heading_lines: tuple[int, ...], heading_paragraphs: tuple[int, ...] | None, texts: tuple[str, ...],
    lines: tuple[int, ...], spun: tuple[bool, ...], placeholder: tuple[bool, ...],
) -> CleanDoc:
    """A CleanDoc rebuilt from what CleanDoc.__reduce__ gives."""
    paragraphs = tuple(map(CleanParagraph, texts, lines, spun, placeholder))
    return CleanDoc(title, source, start, end, paragraphs, removed, changed, heading_lines, heading_paragraphs)


@dataclass(frozen=True)
class OutlineHeading:
    """A heading found in a cleaned document."""

    level: int  # nesting depth within the document, 1-based
    marker: str  # "一、", "（一）", "1.", "第一，", "" for unmarked lead sentences
    text: str  # without marker and end punctuation
    line: int  # source line
    paragraph: int  # index into CleanDoc.paragraphs
    family: str = ""  # marker family name, e.g. "cn-dun", "paren-cn", "arabic"
    lead: str = ""  # body text that runs on after the heading in the same paragraph


@dataclass(frozen=True)
class DocOutline:
    """A cleaned document with its heading tree (what `drafter outline` shows)."""

    doc: CleanDoc
    headings: tuple[OutlineHeading, ...]


# ---------------------------------------------------------------- writing side

PHRASE_CATEGORIES: tuple[str, ...] = (
    "开头",
    "过渡",
    "结尾",
    "排比",
    "句式",
    "金句",
    "四字格",
    "标题",
)
PhraseStatus = Literal["candidate", "accepted", "rejected"]


@dataclass(frozen=True)
class PhraseSource:
    doc: str  # "004_1d1a16fd9092f83b.txt#3": file and essay number within it
    line: int


@dataclass(frozen=True)
class Phrase:
    """A library entry.  Slots are written `{name}` in text, both when mined and when rendered."""

    id: str
    category: str
    text: str
    slots: dict[str, str] = field(default_factory=dict)  # slot name → what it stands for
    tags: tuple[str, ...] = ()
    genres: tuple[str, ...] = ()
    status: PhraseStatus = "candidate"
    sources: tuple[PhraseSource, ...] = ()
    occurrences: int = 0
    documents: int = 0
    score: float = 0.0
    origin: str = ""  # the library file it came from (for messages), not serialised


# ---------------------------------------------------------------- the draft

HEADING_LEVELS = (1, 2, 3, 4)  # 一、 （一） 1. （1）


@dataclass(frozen=True)
class Heading:
    """A numbered heading.  `lead` is body text that runs on after it in the same paragraph
    ("（一）抓实党建工作。全年……"): export keeps the heading font for `marker + text` only."""

    level: int
    marker: str  # "一、", "（一）", "1.", "（1）" (or "" for an unnumbered heading)
    text: str
    lead: str = ""


@dataclass(frozen=True)
class Paragraph:
    """Body text.  `style` tells export how to place it: "body" (first-line indent of two
    characters), "salutation" (flush left, e.g. 各位领导、同志们：), "center" (a byline)."""

    text: str
    style: Literal["body", "salutation", "center"] = "body"


Block = Heading | Paragraph


@dataclass(frozen=True)
class Draft:
    title: str
    blocks: tuple[Block, ...]
    subtitle: str = ""  # e.g. ——在全县乡镇工作会议上的交流发言
    byline: str = ""  # author or unit under the title (心得体会, 经验交流)
    signature: tuple[str, ...] = ()  # lines above the date (unit, or 述职人：张三)
    date: dt.date | None = None
    attachments: tuple[str, ...] = ()  # 附件 names, in order
    author: str = ""  # for the document properties
    genre: str = ""
    template: str = ""

    def text_lines(self) -> list[str]:
        """Every visible line of the draft, in reading order (for checks and plain export)."""
        lines = [self.title]
        lines += [x for x in (self.subtitle, self.byline) if x]
        for block in self.blocks:
            if isinstance(block, Heading):
                lines.append(f"{block.marker}{block.text}{block.lead}")
            else:
                lines.append(block.text)
        lines += [f"附件：{a}" for a in self.attachments]
        lines += list(self.signature)
        if self.date is not None:
            lines.append(cn_date(self.date))
        return lines


def cn_date(value: dt.date) -> str:
    """2026年11月21日: Arabic numerals, no zero padding (GB/T 9704-2012 §7.3.5)."""
    return f"{value.year}年{value.month}月{value.day}日"


# ---------------------------------------------------------------- templates (drafter.templates loads them)


@dataclass(frozen=True)
class BlockSpec:
    kind: str  # "heading" | "paragraph"
    text: str
    level: int  # heading level (nesting depth); for paragraphs the depth they sit at
    line: int | None
    lead: str = ""
    cond: str = ""
    loop_var: str = ""
    loop_expr: str = ""
    body: tuple[BlockSpec, ...] = ()


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    genre: str
    description: str
    file: str
    fields: tuple[Field, ...]
    title: str
    body: tuple[BlockSpec, ...]
    subtitle: str = ""
    byline: str = ""
    salutation: str = ""
    signature: tuple[str, ...] = ()
    date_field: str = ""
    attachments_field: str = ""
    lines: tuple[tuple[str, int], ...] = ()  # document key → line, for messages

    def line_of(self, key: str) -> int | None:
        return dict(self.lines).get(key)

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)
