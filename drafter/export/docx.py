"""Export: Draft → .docx bytes laid out to GB/T 9704-2012 (the only python-docx user).

Two steps.  Once per profile, python-docx's default template is slimmed (its 800 KB of styles,
theme, thumbnail and custom XML dropped) and given the profile's styles, fonts, page setup,
grid and page-number footers; the result is kept as bytes.  Per draft, that small package is
reopened, the body is written as one XML string and parsed once, the core properties are set,
and the zip is rewritten with fixed timestamps and member order so that the same draft gives
the same bytes.  All layout numbers come from the profile (see docs/layout.md).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from functools import lru_cache
from typing import Any

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm

from ..model import Draft, Heading, Paragraph, cn_date
from . import ooxml
from .layout import break_title, display_width, signature_indents
from .profile import TWIPS_PER_PT, Profile, load_profile

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the zip epoch: no build time leaks into the file
FIXED_DOC_TIME = dt.datetime(2000, 1, 1)  # core-property time of an undated draft
# stylesWithEffects has no constant in python-docx; Word 2010 alone reads it.
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_DROPPED = (_STYLES_WITH_EFFECTS, RT.CUSTOM_XML, RT.NUMBERING, RT.THEME, RT.WEB_SETTINGS,
            RT.FONT_TABLE)  # fmt: skip


def to_docx(draft: Draft, profile: Profile | None = None, *, now: dt.datetime | None = None) -> bytes:
    """The draft as .docx bytes.  `now` stamps the core properties; by default they carry the
    draft's date (or 2000-01-01 when it has none) so that output is reproducible."""
    profile = profile or load_profile()
    document = Document(io.BytesIO(_base_package(profile)))
    section_end = document.element.body[-1]  # the base body holds only its w:sectPr
    for element in parse_xml(f"<w:body {ooxml.NS}>{_body_xml(draft, profile)}</w:body>"):
        section_end.addprevious(element)
    stamp = now or (dt.datetime.combine(draft.date, dt.time()) if draft.date else FIXED_DOC_TIME)
    core = document.core_properties
    core.title, core.author, core.last_modified_by = draft.title, draft.author, draft.author
    core.subject, core.category, core.comments, core.keywords = draft.genre, draft.template, "", ""
    core.created = core.modified = stamp.replace(tzinfo=None, microsecond=0)
    core.revision = 1
    out = io.BytesIO()
    document.save(out)
    return _fixed_zip(out.getvalue())


# ---------------------------------------------------------------- the body


def _body_xml(draft: Draft, p: Profile) -> str:
    body = ooxml.Runs(p)
    parts: list[str] = []
    title_max = p.text_width_pt / p.style("title").size_pt
    title_lines = break_title(draft.title, title_max)
    parts.append(ooxml.paragraph(body.lines(title_lines, "title"), style="Title", jc="center"))
    for text, role in ((draft.subtitle, "subtitle"), (draft.byline, "byline")):
        if text.strip():
            parts.append(ooxml.paragraph(body.lines(text.split("\n"), role), jc="center"))
    parts += ["<w:p/>"] * p.title_blank_lines
    indent = ooxml.indent(p, first=p.first_line_chars)
    for block in draft.blocks:
        if isinstance(block, Heading):
            runs = body.run(block.marker + block.text, f"heading{min(max(block.level, 1), 4)}")
            runs += body.run(block.lead, "body")
            level = min(max(block.level, 1), 4)
            parts.append(ooxml.paragraph(runs, style=f"Heading{level}", ind=indent, keep=not block.lead))
        elif isinstance(block, Paragraph):
            runs = body.run(block.text, "body")
            if block.style == "salutation":
                parts.append(ooxml.paragraph(runs, ind=ooxml.indent(p, first=0), jc="left"))
            elif block.style == "center":
                parts.append(ooxml.paragraph(runs, ind=ooxml.indent(p, first=0), jc="center"))
            else:
                parts.append(ooxml.paragraph(runs, ind=indent))
    if draft.attachments:
        parts += ["<w:p/>"] * p.attachment_blank_lines
        parts += _attachments(draft.attachments, p, body)
    date = cn_date(draft.date) if draft.date else ""
    if draft.signature or date:
        parts += ["<w:p/>"] * p.signature_blank_lines
        placed = signature_indents(
            draft.signature, date, sealed=p.signature_mode == "sealed",
            right=p.signature_right_chars, shift=p.date_shift_chars,
            sealed_date_right=p.sealed_date_right_chars,
        )  # fmt: skip
        for text, right in placed:
            # Set from the left: §7.3.5 places the date by its first character relative to the
            # signature's, which stays exact whatever the width of the Latin digits.
            left = max(0.0, p.chars_per_line - right - display_width(text))
            parts.append(ooxml.paragraph(body.run(text, "body"), ind=ooxml.indent(p, left=left), jc="left"))
    return "".join(parts)


def _attachments(names: tuple[str, ...], p: Profile, body: ooxml.Runs) -> list[str]:
    """§7.3.4: 附件：1. xxx, later items under the first name, wrapped lines under its text."""
    label = p.attachment_label
    out = []
    for number, name in enumerate(names, start=1):
        prefix = f"{number}. " if len(names) > 1 else ""
        text_at = p.attachment_indent_chars + display_width(label) + display_width(prefix)
        starts_at = p.attachment_indent_chars if number == 1 else text_at - display_width(prefix)
        head = label if number == 1 else ""
        out.append(
            ooxml.paragraph(
                body.run(head + prefix + name.strip(), "body"),
                ind=ooxml.indent(p, left=text_at, hanging=text_at - starts_at),
            )
        )
    return out


# ---------------------------------------------------------------- the package, once per profile


@lru_cache(maxsize=8)
def _base_package(p: Profile) -> bytes:
    document = Document()
    package, main = document.part.package, document.part
    for rid, rel in list(main.rels.items()):
        if rel.reltype in _DROPPED:
            main.drop_rel(rid)
    for rid, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            package.rels.pop(rid)
    font_table = ooxml.font_table(p).encode()
    main.relate_to(Part(PackURI("/word/fontTable.xml"), CT.WML_FONT_TABLE, font_table, package), RT.FONT_TABLE)
    _replace_children(document.styles.element, ooxml.styles(p))
    settings = document.settings.element
    for tag in ("w:rsids", "w:themeFontLang", "w:savePreviewPicture", "w:attachedTemplate"):
        for old in settings.findall(qn(tag)):
            settings.remove(old)
    document.settings.odd_and_even_pages_header_footer = True  # §7.5 odd right, even left
    body = document.element.body
    for child in list(body)[:-1]:
        body.remove(child)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(p.page_width_mm), Mm(p.page_height_mm)
    section.top_margin, section.bottom_margin = Mm(p.margin_top_mm), Mm(p.margin_bottom_mm)
    section.left_margin, section.right_margin = Mm(p.margin_left_mm), Mm(p.margin_right_mm)
    section.header_distance, section.footer_distance = Mm(p.header_mm), Mm(p.footer_mm)
    section.gutter = 0
    grid = section._sectPr.find(qn("w:docGrid"))  # python-docx has no API for the grid
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(round(p.line_pitch_pt * TWIPS_PER_PT)))
    # Extra pitch over the default font size, in 1/4096 pt, so the type area holds exactly
    # chars_per_line characters (what Word's 文档网格 dialog writes for "每行 28 字").
    width_pt = (section.page_width.twips - section.left_margin.twips - section.right_margin.twips) / TWIPS_PER_PT
    body_pt = p.style("body").size_pt
    grid.set(qn("w:charSpace"), str(round((width_pt / p.chars_per_line - body_pt) * 4096)))
    for footer, align in ((section.footer, p.page_number_odd), (section.even_page_footer, p.page_number_even)):
        footer.is_linked_to_previous = False
        _replace_children(footer._element, ooxml.page_number_footer(p, align))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _replace_children(element: Any, xml: str) -> None:
    for child in list(element):
        element.remove(child)
    for child in parse_xml(xml):
        element.append(child)


def _fixed_zip(data: bytes) -> bytes:
    """Same parts, fixed member order and timestamps: byte-identical output for equal drafts."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                dst.writestr(info, src.read(name))
    return out.getvalue()
