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
import math
import re
import zipfile
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm

from ..model import Draft, Heading, Paragraph, cn_date
from .layout import break_title, display_width, signature_indents
from .profile import TWIPS_PER_PT, Profile, TextStyle, load_profile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = f'xmlns:w="{W}"'
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the zip epoch: no build time leaks into the file
FIXED_DOC_TIME = dt.datetime(2000, 1, 1)  # core-property time of an undated draft
# stylesWithEffects has no constant in python-docx; Word 2010 alone reads it.
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_DROPPED = (_STYLES_WITH_EFFECTS, RT.CUSTOM_XML, RT.NUMBERING, RT.THEME, RT.WEB_SETTINGS,
            RT.FONT_TABLE)  # fmt: skip
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def to_docx(draft: Draft, profile: Profile | None = None, *, now: dt.datetime | None = None) -> bytes:
    """The draft as .docx bytes.  `now` stamps the core properties; by default they carry the
    draft's date (or 2000-01-01 when it has none) so that output is reproducible."""
    profile = profile or load_profile()
    document = Document(io.BytesIO(_base_package(profile)))
    section_end = document.element.body[-1]  # the base body holds only its w:sectPr
    for element in parse_xml(f"<w:body {_NS}>{_body_xml(draft, profile)}</w:body>"):
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
    body = _Runs(p)
    parts: list[str] = []
    title_max = p.text_width_pt / p.style("title").size_pt
    title_lines = break_title(draft.title, title_max)
    parts.append(_para(body.lines(title_lines, "title"), style="Title", jc="center"))
    for text, role in ((draft.subtitle, "subtitle"), (draft.byline, "byline")):
        if text.strip():
            parts.append(_para(body.lines(text.split("\n"), role), jc="center"))
    parts += ["<w:p/>"] * p.title_blank_lines
    indent = _ind(p, first=p.first_line_chars)
    for block in draft.blocks:
        if isinstance(block, Heading):
            runs = body.run(block.marker + block.text, f"heading{min(max(block.level, 1), 4)}")
            runs += body.run(block.lead, "body")
            level = min(max(block.level, 1), 4)
            parts.append(_para(runs, style=f"Heading{level}", ind=indent, keep=not block.lead))
        elif isinstance(block, Paragraph):
            runs = body.run(block.text, "body")
            if block.style == "salutation":
                parts.append(_para(runs, ind=_ind(p, first=0), jc="left"))
            elif block.style == "center":
                parts.append(_para(runs, ind=_ind(p, first=0), jc="center"))
            else:
                parts.append(_para(runs, ind=indent))
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
            parts.append(_para(body.run(text, "body"), ind=_ind(p, left=left), jc="left"))
    return "".join(parts)


def _attachments(names: tuple[str, ...], p: Profile, body: _Runs) -> list[str]:
    """§7.3.4: 附件：1. xxx, later items under the first name, wrapped lines under its text."""
    label = p.attachment_label
    out = []
    for number, name in enumerate(names, start=1):
        prefix = f"{number}. " if len(names) > 1 else ""
        text_at = p.attachment_indent_chars + display_width(label) + display_width(prefix)
        starts_at = p.attachment_indent_chars if number == 1 else text_at - display_width(prefix)
        head = label if number == 1 else ""
        out.append(_para(body.run(head + prefix + name.strip(), "body"),
                         ind=_ind(p, left=text_at, hanging=text_at - starts_at)))
    return out


class _Runs:
    """Run XML per role, with each role's w:rPr built once."""

    def __init__(self, profile: Profile) -> None:
        self.rpr = {
            role: _rpr(style, profile.latin_font, _condense(style, profile))
            for role, style in profile.styles
        }

    def run(self, text: str, role: str) -> str:
        if not text:
            return ""
        text = _BAD_XML_CHARS.sub("", text)
        inner = "<w:br/>".join(
            "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in line.split("\t"))
            for line in text.split("\n")
        )
        return f"<w:r>{self.rpr[role]}{inner}</w:r>"

    def lines(self, lines: list[str], role: str) -> str:
        return self.run("\n".join(lines), role)


def _rpr(style: TextStyle, latin: str, condense: int = 0) -> str:
    # w:hint="eastAsia" makes Word draw “ ” — … (shared by CJK and Latin) in the CJK font.
    fonts = (f"<w:rFonts w:ascii={quoteattr(latin)} w:hAnsi={quoteattr(latin)} "
             f'w:eastAsia={quoteattr(style.font)} w:cs={quoteattr(latin)} w:hint="eastAsia"/>')
    # Explicit "not bold": a lead run sits in a heading paragraph whose style may be bold.
    bold = "<w:b/><w:bCs/>" if style.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    spacing = f'<w:spacing w:val="{-condense}"/>' if condense else ""
    size = round(style.size_pt * 2)
    return f'<w:rPr>{fonts}{bold}{spacing}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'


def _condense(style: TextStyle, p: Profile) -> int:
    """Character spacing (1/20 pt) that narrows a body-sized font to the grid pitch.

    28 characters of 三号 (16 pt) are 448 pt, the type area 442 pt.  Word squeezes them onto the
    character grid, but LibreOffice gives a character wider than a grid cell two cells and
    breaks lines at random widths.  So paragraphs do not snap to the grid (Normal has
    w:snapToGrid 0) and each character is condensed by the difference instead (0.25 pt, the
    紧缩 many 公文 templates use): 28 a line in both suites, the grid still declared for Word.
    """
    excess = style.size_pt - p.char_pitch_pt
    if excess <= 0 or style.size_pt > p.style("body").size_pt:
        return 0
    return math.ceil(excess * TWIPS_PER_PT + 0.5)


def _para(runs: str, *, style: str = "", ind: str = "", jc: str = "", keep: bool = False) -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:keepNext/>" if keep else "")
    ppr += ind + (f'<w:jc w:val="{jc}"/>' if jc else "")
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def _ind(p: Profile, *, first: float | None = None, left: float = 0, right: float = 0,
         hanging: float = 0) -> str:
    """w:ind in grid characters (…Chars, what Word shows) and twips (for readers without)."""
    pitch = p.char_pitch_pt * TWIPS_PER_PT
    attrs = ""
    if left:
        attrs += f' w:left="{round(left * pitch)}" w:leftChars="{round(left * 100)}"'
    if right:
        attrs += f' w:right="{round(right * pitch)}" w:rightChars="{round(right * 100)}"'
    if first is not None:
        attrs += f' w:firstLine="{round(first * pitch)}" w:firstLineChars="{round(first * 100)}"'
    if hanging:
        attrs += f' w:hanging="{round(hanging * pitch)}" w:hangingChars="{round(hanging * 100)}"'
    return f"<w:ind{attrs}/>" if attrs else ""


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
    font_table = _font_table(p).encode()
    main.relate_to(Part(PackURI("/word/fontTable.xml"), CT.WML_FONT_TABLE, font_table, package),
                   RT.FONT_TABLE)
    _replace_children(document.styles.element, _styles_xml(p))
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
    width_pt = (section.page_width.twips - section.left_margin.twips
                - section.right_margin.twips) / TWIPS_PER_PT
    body_pt = p.style("body").size_pt
    grid.set(qn("w:charSpace"), str(round((width_pt / p.chars_per_line - body_pt) * 4096)))
    for footer, align in ((section.footer, p.page_number_odd),
                          (section.even_page_footer, p.page_number_even)):
        footer.is_linked_to_previous = False
        _replace_children(footer._element, _page_number_xml(p, align))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _replace_children(element: Any, xml: str) -> None:
    for child in list(element):
        element.remove(child)
    for child in parse_xml(xml):
        element.append(child)


def _page_number_xml(p: Profile, align: str) -> str:
    style = p.style("page_number")
    rpr = _rpr(TextStyle(style.font, style.fallback, style.size_pt, style.bold), style.font)
    before, _, after = p.page_number_format.partition("{page}")
    field = "".join(
        f"<w:r>{rpr}{x}</w:r>"
        for x in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                  '<w:fldChar w:fldCharType="separate"/>', "<w:t>1</w:t>", '<w:fldChar w:fldCharType="end"/>')
    )  # fmt: skip
    text = (lambda s: f'<w:r>{rpr}<w:t xml:space="preserve">{escape(s)}</w:t></w:r>' if s else "")
    # One character of the page-number size, so 空一字 means the same in Word and LibreOffice.
    space = round(p.page_number_indent_chars * style.size_pt * TWIPS_PER_PT)
    side = {"right": f'<w:ind w:right="{space}"/>', "left": f'<w:ind w:left="{space}"/>'}
    ppr = f'<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>'
    ppr += side.get(align, "") + f'<w:jc w:val="{align}"/>'
    return f"<w:ftr {_NS}><w:p><w:pPr>{ppr}</w:pPr>{text(before)}{field}{text(after)}</w:p></w:ftr>"


def _styles_xml(p: Profile) -> str:
    """docDefaults and Normal in the body font (no theme fonts, so no MS Mincho), the language
    zh-CN, fixed line spacing on the grid pitch, and named styles for title and headings so the
    document keeps an outline (Word's navigation pane) when edited."""
    pitch = round(p.line_pitch_pt * TWIPS_PER_PT)
    body = p.style("body")
    body_rpr = _rpr(body, p.latin_font, _condense(body, p)).replace(' w:hint="eastAsia"', "")
    lang = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    defaults = (f"<w:docDefaults><w:rPrDefault>{body_rpr.replace('</w:rPr>', lang + '</w:rPr>')}"
                f'</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/>'
                f'<w:spacing w:before="0" w:after="0" w:line="{pitch}" w:lineRule="exact"/>'
                f'<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>')
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f'<w:qFormat/><w:pPr>{_NORMAL_PPR}</w:pPr>{body_rpr}</w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
        'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        "</w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        _named_style("Title", "Title", "", _rpr(p.style("title"), p.latin_font)),
    ]
    for level in range(1, 5):
        rpr = _rpr(p.style(f"heading{level}"), p.latin_font)
        outline = f'<w:outlineLvl w:val="{level - 1}"/>'
        styles.append(_named_style(f"Heading{level}", f"heading {level}", outline, rpr))
    return f"<w:styles {_NS}>{defaults}{''.join(styles)}</w:styles>"


# No CJK/Latin auto-spacing: with it a date is wider than its 28-per-line character count,
# and §7.3.5 placement counts characters.  No grid snapping: see _condense.
_NORMAL_PPR = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>'


def _named_style(style_id: str, name: str, ppr: str, rpr: str) -> str:
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f"<w:pPr>{ppr}</w:pPr>{rpr}</w:style>")


def _font_table(p: Profile) -> str:
    """Every font used, with the common name as w:altName: Word falls back to it where the
    GB2312 font (仿宋_GB2312, 方正小标宋简体 …) is not installed.  charset 86 is GB2312."""
    fonts: dict[str, str] = {p.latin_font: ""}
    for _, style in p.styles:
        fonts.setdefault(style.font, style.fallback if style.fallback != style.font else "")
    entries = []
    for name, alt in fonts.items():
        cjk = any(ord(ch) > 0x2E7F for ch in name + alt)
        entries.append(
            f"<w:font w:name={quoteattr(name)}>"
            + (f"<w:altName w:val={quoteattr(alt)}/>" if alt else "")
            + f'<w:charset w:val="{"86" if cjk else "00"}"/>'
            + f'<w:family w:val="{"modern" if cjk else "roman"}"/><w:pitch w:val="variable"/></w:font>'
        )
    return f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<w:fonts {_NS}>{''.join(entries)}</w:fonts>"


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
