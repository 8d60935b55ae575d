"""WordprocessingML as text: run and paragraph properties, styles, font table, footers.

Pure string building from a Profile, no python-docx: docx.py parses what this writes once per
profile (styles, fonts, footers) or once per draft (the body), which is far cheaper than
building the same XML element by element through python-docx proxies.
"""

from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape, quoteattr

from .profile import TWIPS_PER_PT, Profile, TextStyle

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
_BAD_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Runs:
    """Run XML per role, with each role's w:rPr built once."""

    def __init__(self, profile: Profile) -> None:
        self.rpr = {role: rpr(style, profile.latin_font, condense(style, profile)) for role, style in profile.styles}

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


def rpr(style: TextStyle, latin: str, squeeze: int = 0) -> str:
    # w:hint="eastAsia" makes Word draw “ ” — … (shared by CJK and Latin) in the CJK font.
    fonts = (
        f"<w:rFonts w:ascii={quoteattr(latin)} w:hAnsi={quoteattr(latin)} "
        f'w:eastAsia={quoteattr(style.font)} w:cs={quoteattr(latin)} w:hint="eastAsia"/>'
    )
    # Explicit "not bold": a lead run sits in a heading paragraph whose style may be bold.
    bold = "<w:b/><w:bCs/>" if style.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    spacing = f'<w:spacing w:val="{-squeeze}"/>' if squeeze else ""
    size = round(style.size_pt * 2)
    return f'<w:rPr>{fonts}{bold}{spacing}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'


def condense(style: TextStyle, p: Profile) -> int:
    """Character spacing (1/20 pt) that narrows a body-sized font to the grid pitch.

    28 characters of 三号 (16 pt) are 448 pt, the type area 442 pt.  Word squeezes them onto the
    character grid, but LibreOffice gives a character wider than a grid cell two cells and
    breaks lines at random widths.  So paragraphs do not snap to the grid (Normal has
    w:snapToGrid 0) and each character is condensed by the difference instead (0.3 pt, the
    紧缩 many 公文 templates use): 28 a line in both suites, the grid still declared for Word.
    """
    excess = style.size_pt - p.char_pitch_pt
    if excess <= 0 or style.size_pt > p.style("body").size_pt:
        return 0
    # 1/20 pt of slack: at the exact difference LibreOffice's rounding still overflows by a hair
    # and drops a line-final 、 (seen in a rendered 述职报告).
    return math.ceil(excess * TWIPS_PER_PT + 1)


def paragraph(runs: str, *, style: str = "", ind: str = "", jc: str = "", keep: bool = False) -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:keepNext/>" if keep else "")
    ppr += ind + (f'<w:jc w:val="{jc}"/>' if jc else "")
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def indent(p: Profile, *, first: float | None = None, left: float = 0, right: float = 0, hanging: float = 0) -> str:
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


def page_number_footer(p: Profile, align: str) -> str:
    style = p.style("page_number")
    props = rpr(style, style.font)  # §7.5 半角宋体: the digits in the CJK font too
    before, _, after = p.page_number_format.partition("{page}")
    field = "".join(
        f"<w:r>{props}{x}</w:r>"
        for x in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                  '<w:fldChar w:fldCharType="separate"/>', "<w:t>1</w:t>", '<w:fldChar w:fldCharType="end"/>')
    )  # fmt: skip

    def text(value: str) -> str:
        return f'<w:r>{props}<w:t xml:space="preserve">{escape(value)}</w:t></w:r>' if value else ""

    # One character of the page-number size, so 空一字 means the same in Word and LibreOffice.
    space = round(p.page_number_indent_chars * style.size_pt * TWIPS_PER_PT)
    side = {"right": f'<w:ind w:right="{space}"/>', "left": f'<w:ind w:left="{space}"/>'}
    ppr = '<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>'
    ppr += side.get(align, "") + f'<w:jc w:val="{align}"/>'
    return f"<w:ftr {NS}><w:p><w:pPr>{ppr}</w:pPr>{text(before)}{field}{text(after)}</w:p></w:ftr>"


def styles(p: Profile) -> str:
    """docDefaults and Normal in the body font (no theme fonts, so no MS Mincho), the language
    zh-CN, fixed line spacing on the grid pitch, and named styles for title and headings so the
    document keeps an outline (Word's navigation pane) when edited."""
    pitch = round(p.line_pitch_pt * TWIPS_PER_PT)
    body = p.style("body")
    body_rpr = rpr(body, p.latin_font, condense(body, p)).replace(' w:hint="eastAsia"', "")
    lang = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    defaults = (
        f"<w:docDefaults><w:rPrDefault>{body_rpr.replace('</w:rPr>', lang + '</w:rPr>')}"
        f'</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{pitch}" w:lineRule="exact"/>'
        f'<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    entries = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f"<w:qFormat/><w:pPr>{_NORMAL_PPR}</w:pPr>{body_rpr}</w:style>",
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
        _named_style("Title", "Title", "", rpr(p.style("title"), p.latin_font)),
    ]
    for level in range(1, 5):
        heading = rpr(p.style(f"heading{level}"), p.latin_font)
        outline = f'<w:outlineLvl w:val="{level - 1}"/>'
        entries.append(_named_style(f"Heading{level}", f"heading {level}", outline, heading))
    return f"<w:styles {NS}>{defaults}{''.join(entries)}</w:styles>"


# No hanging punctuation: a line-final mark stays inside the 28-character type area.
# No CJK/Latin auto-spacing: with it a date is wider than its 28-per-line character count,
# and §7.3.5 placement counts characters.  No grid snapping: see condense().
_NORMAL_PPR = (
    '<w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>'
)


def _named_style(style_id: str, name: str, ppr: str, run_props: str) -> str:
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr>{run_props}</w:style>"
    )


def font_table(p: Profile) -> str:
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
    return f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<w:fonts {NS}>{''.join(entries)}</w:fonts>"
