"""Word's automatic numbering as the reader sees it: the number in front of a paragraph that
numbering.xml draws (w:numPr on the paragraph or on its style → w:num → w:abstractNum → the
level's numFmt and lvlText, e.g. chineseCounting with “%1、” → 一、), counted per list and level
as Word counts: lists sharing an abstract definition go on from each other unless a
startOverride restarts them, and a level restarts when a level above it is used (lvlRestart
changes which).  Bullets give no marker.  Read by docxread.py.  No third-party import.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "〇一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _chinese(n: int, digits: str = _CN, ten: str = "十") -> str:
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 and ten == "十" else digits[tens]) + ten + (digits[ones] if ones else "")
    return "".join(digits[int(d)] for d in str(n))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def format_number(n: int, fmt: str) -> str:
    """The number n written in Word's numFmt (decimal for a format not known)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "ideographDigital", "japaneseCounting"):
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _LEGAL, "拾")
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x245F + n)
    if fmt in ("ideographTraditional",) and 1 <= n <= 10:
        return _STEMS[n - 1]
    if fmt in ("upperLetter", "lowerLetter") and n >= 1:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and n >= 1:
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt == "decimalFullWidth":
        return str(n).translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Level:
    __slots__ = ("fmt", "restart", "start", "suffix", "text")

    def __init__(self, node: ElementTree.Element, ilvl: int) -> None:
        def val(tag: str) -> str | None:
            found = node.find(f"{_W}{tag}")
            return None if found is None else found.get(f"{_W}val")

        self.start = int(val("start") or 1)
        self.fmt = val("numFmt") or "decimal"
        self.text = val("lvlText") or ""
        self.suffix = val("suff") or "tab"
        self.restart = int(val("lvlRestart") or ilvl)  # levels above index `restart` restart this one


class Numbering:
    """The lists of one document and their counts so far: label() numbers paragraphs in order."""

    def __init__(self, numbering_xml: bytes | None, styles_xml: bytes | None) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}  # abstractNumId → ilvl → level
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId → abstractNumId, start overrides
        self.style_num: dict[str, tuple[str, int]] = {}  # styleId → numId, ilvl
        self.counts: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        if numbering_xml is not None:
            root = ElementTree.fromstring(numbering_xml)
            for node in root.iter(f"{_W}abstractNum"):
                levels = {}
                for lvl in node.iter(f"{_W}lvl"):
                    ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                    levels[ilvl] = _Level(lvl, ilvl)
                self.levels[node.get(f"{_W}abstractNumId", "")] = levels
            for node in root.iter(f"{_W}num"):
                ref = node.find(f"{_W}abstractNumId")
                overrides = {}
                for over in node.iter(f"{_W}lvlOverride"):
                    start = over.find(f"{_W}startOverride")
                    if start is not None:
                        overrides[int(over.get(f"{_W}ilvl", "0"))] = int(start.get(f"{_W}val", "1"))
                if ref is not None:
                    self.nums[node.get(f"{_W}numId", "")] = (ref.get(f"{_W}val", ""), overrides)
        if styles_xml is not None and self.nums:
            for style in ElementTree.fromstring(styles_xml).iter(f"{_W}style"):
                num = style.find(f"{_W}pPr/{_W}numPr")
                if num is not None:
                    self.style_num[style.get(f"{_W}styleId", "")] = _num_pr(num, ("0", 0))

    def label(self, props: ElementTree.Element | None, style: str | None) -> str:
        """The number Word shows before this paragraph ("" if none), counting it."""
        if not self.nums:
            return ""
        own = props.find(f"{_W}numPr") if props is not None else None
        num_id, ilvl = self.style_num.get(style or "", ("0", 0))
        if own is not None:
            num_id, ilvl = _num_pr(own, (num_id, ilvl))
        if num_id not in self.nums:
            return ""
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counts = self.counts.setdefault(abstract, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for k, start in overrides.items():
                counts[k] = start - 1
                for deeper in [d for d in counts if d > k]:
                    del counts[deeper]
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [d for d in counts if d > ilvl]:
            if ilvl < levels[deeper].restart if deeper in levels else True:
                del counts[deeper]
        if level.fmt in ("bullet", "none"):
            return ""
        text = re.sub(
            r"%([1-9])",
            lambda m: _number(levels, counts, int(m.group(1)) - 1),
            level.text,
        )
        if text and level.suffix != "nothing" and text[-1].isalnum():
            text += " "  # (第一章 and its text apart; 一、 and 1． need nothing)
        return text


def _number(levels: dict[int, _Level], counts: dict[int, int], k: int) -> str:
    level = levels.get(k)
    if level is None:
        return ""
    return format_number(counts.get(k, level.start), level.fmt)


def _num_pr(node: ElementTree.Element, default: tuple[str, int]) -> tuple[str, int]:
    num = node.find(f"{_W}numId")
    lvl = node.find(f"{_W}ilvl")
    num_id = default[0] if num is None else num.get(f"{_W}val", "0")
    ilvl = default[1] if lvl is None else int(lvl.get(f"{_W}val", "0"))
    return num_id, ilvl
