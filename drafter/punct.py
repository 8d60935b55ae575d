"""Surface normalisation in cleaning: pinyin annotations, mainland punctuation and quotes, stray
spaces, and placeholders for masked names and blanks left for numbers.

Each function takes a whole text (lines joined with newlines) as well as one line: no pattern
here crosses a line break, and the text-wide form is the fast one — the marks these rules are
about are rare, so a substring test or str.find (see cleanrules.sub_at) finds them without a
regex step per character.
"""

from __future__ import annotations

import re
from collections.abc import Container

from .ruby import TONED, ZHUYIN, ZHUYIN_SYL
from .textscan import HAN, HAN_CHAR, TERMINALS, any_in, ascii_marks, has_han, lines_with, sub_at

# ---------------------------------------------------------------- pinyin

# The letters of a syllable, in either case, as IGNORECASE would match them (K, ſ, İ and ı fold
# to k, s and i) but written out: a class of its own is tested several times faster.  A toned
# letter comes early in a syllable, so it is looked for lazily.
_PLAIN = "a-zA-ZüÜ\u212a\u017f\u0130\u0131"
_TONED_ANY = TONED + TONED.upper()
_PINYIN_SYL = rf"[{_PLAIN}{_TONED_ANY}]{{0,6}}?[{_TONED_ANY}][{_PLAIN}{_TONED_ANY}]{{0,5}}|[{_PLAIN}]{{1,6}}[1-5]"
_ANNOTATION = rf"(?:{_PINYIN_SYL}|{ZHUYIN_SYL})(?: +(?:{_PINYIN_SYL}|{ZHUYIN_SYL}))*[)）]"  # (or 注音: ruby.py)
PINYIN = re.compile(rf"[(（](?<=[{HAN}][(（]){_ANNOTATION}")
# the same with one of the parentheses: a pattern that opens with a literal is searched for at
# memory speed (used when the text holds only that one)
_PINYIN_ASCII = re.compile(rf"\((?<=[{HAN}]\(){_ANNOTATION}")
_PINYIN_WIDE = re.compile(rf"（(?<=[{HAN}]（){_ANNOTATION}")
# Where an annotation may open: a parenthesis before a letter of a syllable, as every match of
# PINYIN has it.  Each opens with a literal, so a batch of essays is scanned for them at memory
# speed (cleanbatch.strip_pinyin): official prose is full of parentheses, few of them before a
# letter, and a text holding none of these is left as it is.
PINYIN_OPENERS = tuple(re.compile(rf"{paren}(?=[{_PLAIN}{_TONED_ANY}{ZHUYIN}˙])") for paren in (r"\(", "（"))


# The other brackets a page sets an annotation in: 鄉[xiāng], 骰［tóu］, 龃龉【jǔ yǔ】, 桎梏〔zhì gù〕,
# 给[gei3], each closed by its own mate (one pattern for the four: each of its own would cost
# its compile four times).  Square brackets also hold a note's number or a cell (表[A1]): a
# syllable with a tone number is in lower case there.
_SYL_LOWER = rf"[{_PLAIN}{_TONED_ANY}]{{0,6}}?[{_TONED_ANY}][{_PLAIN}{_TONED_ANY}]{{0,5}}|[a-zü]{{1,6}}[1-5]"
BRACKETS = "[［【〔"
_MATES = dict(zip(BRACKETS, "]］】〕", strict=True))
_PINYIN_BRACKET = re.compile(rf"[\[［【〔](?<=[{HAN}].)(?:{_SYL_LOWER})(?: +(?:{_SYL_LOWER}))*[\]］】〕]")


def _unbracketed(m: re.Match[str]) -> str:
    """An annotation goes; brackets that are not mates (【…]) hold something else."""
    return "" if _MATES[(found := m.group())[0]] == found[-1] else found


def strip_pinyin(text: str, bracketed: bool | None = None, opened: str | None = None) -> str:
    """鄉(xiāng) → 鄉: an annotation is a parenthesis (or a bracket) right after a Han character.
    `bracketed` (whether it holds one of BRACKETS), `opened` (the parentheses PINYIN_OPENERS find in it):
    what a scan of many texts found (a bracket's annotation makes no opener when it goes)."""
    if any_in(text, BRACKETS) if bracketed is None else bracketed:
        text = sub_at(_PINYIN_BRACKET, _unbracketed, text, BRACKETS)[0]
    ascii_paren, wide_paren = ("(" in text, "（" in text) if opened is None else ("(" in opened, "（" in opened)
    if ascii_paren and wide_paren:
        return sub_at(PINYIN, "", text, "(（")[0]
    if ascii_paren:
        return sub_at(_PINYIN_ASCII, "", text, "(")[0]
    return sub_at(_PINYIN_WIDE, "", text, "（")[0] if wide_paren else text


# ---------------------------------------------------------------- spaces and placeholders

_SPACE_CHARS = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200C))) + "\u202f\u205f\u3000\ufeff\t"
SPACES = re.compile(f"[{_SPACE_CHARS}]")
# (a soft hyphen and a word joiner only say where a word may break or must not: neither shows)
_INVISIBLE = re.compile("[\u00ad\u2060]")
# Whitespace next to Han text or a full-width mark: opening on the run's first character (the
# one before it asked from there), the engine starts only at whitespace, not at every character.
_CJK_SIDE = f"[{HAN}{TERMINALS}，、：“”‘’（）《》]"
_SPACE_IN_CJK = re.compile(rf"\s(?:(?<={_CJK_SIDE}\s)\s*|\s*(?={_CJK_SIDE}))")
_HYPHEN_IN_WORD = re.compile(rf"[-_~·•](?<=[{HAN}][-_~·•])(?=[{HAN}])")

MASK = re.compile(r"[*＊]{2,}|×{2,}|X{3,}|某某某")
NUMBER_BLANK = re.compile(
    r"[ \u00a0\u3000](?<=[达為为是约共计增长下降提高减少占][ \u00a0\u3000])[ \u00a0\u3000]*"
    r"(?=%|％|个百分点|元|万元|亿元|人|户|名|项|个|家|次|天|倍)|_{2,}|＿{2,}"
    # 活动 场，: a space between a word and a measure word that ends its clause, where no word
    # can be split (活动 场所 is a stray space, and stays for the space rules)
    rf"|[ \u00a0\u3000](?<=[{HAN}][ \u00a0\u3000])[ \u00a0\u3000]*"
    r"(?=[余多]?(?:个百分点|人次|万元|亿元|场|份|次|人|户|名|项|个|家|天|起|处|件|条|期|批|所|篇|元|亩|吨)"
    r"(?:[，。；、：）)]|余|多|以上))"
)
PLACEHOLDER = "×××"


# The ASCII marks asked of `marks` (bytes): an int is looked for at memory speed, where `bytes
# in bytes` first tries the operand as an int and raises and clears an error each time.
_STAR, _X, _PERIOD_MARK, _PAREN_MARK, _COMMA, _COLON = map(ord, "*X.(,:")


def untidy_lines(lines: list[str], marks: bytes) -> list[int]:
    """Which lines may hold a space, a hyphen or a straight quote: the only lines that pairing
    quotes and removing stray spaces can change (tidy_line leaves the others as they are).
    `marks`: the ASCII characters of the text (textscan.ascii_marks) or more."""
    found: list[int] = []
    for sign in (" ", "-", "_", "~", '"'):
        if ord(sign) in marks:
            found += lines_with(lines, sign)
    # the other spaces (NBSP, ideographic, zero-width, tab…) are all unprintable: one C pass over
    # the whole text (a call a line costs more), and one a line only where it finds one
    if not "".join(lines).isprintable():
        found += [i for i, line in enumerate(lines) if not line.isprintable()]
    return sorted(set(found))


def has_space(text: str) -> bool:
    # (every character of _SPACE_CHARS is unprintable: a text that isprintable() holds none)
    return (
        " " in text
        or "-" in text
        or "_" in text
        or "~" in text
        or (not text.isprintable() and (SPACES.search(text) is not None or _INVISIBLE.search(text) is not None))
    )


def _spaced_out(text: str) -> bool:
    """A line set (or OCR'd) with a space after every character, （ 二 ） 规 范 合 同: no phrases
    to keep apart."""
    parts = text.split()
    return len(parts) >= 4 and all(len(part) == 1 for part in parts)


def remove_stray_spaces(text: str, *, keep_words: bool) -> str:
    """Drop spaces around Han text; a title keeps single spaces between its phrases."""
    if not text.isprintable():
        text = SPACES.sub(" ", _INVISIBLE.sub("", text))
    if any_in(text, "-_~·•"):
        text = _HYPHEN_IN_WORD.sub("", text)
    if keep_words and not _spaced_out(text):
        return re.sub(r" {2,}", " ", text).strip() if "  " in text else text.strip()
    # \s beyond the space: all of it is unprintable
    return _SPACE_IN_CJK.sub("", text).strip() if " " in text or not text.isprintable() else text.strip()


def mark_placeholders(text: str, marks: bytes, held: Container[str] | None = None) -> tuple[str, int]:
    """Masked names and blanks for numbers become the explicit placeholder ×××.  `marks`: the
    ASCII characters of the text or more (what the substring tests for ASCII marks ask);
    `held`: which of MASK_SIGNS the text holds, when a scan of many texts found out."""
    count = 0
    wide = text if held is None else held  # (asked of one character: either answers)
    if (
        _STAR in marks
        or "＊" in wide
        or ("×" in wide and "××" in text)
        or (_X in marks and "XXX" in text)
        or ("某" in wide and "某某某" in text)
    ):
        text, count = sub_at(MASK, PLACEHOLDER, text, "*＊×X某")
    # (the placeholders made hold none of the spaces)
    starts = "".join(s for s in " _" if ord(s) in marks) + "".join(s for s in "\u00a0\u3000＿" if s in wide)
    if not starts:
        return text, count
    text, blanks = sub_at(NUMBER_BLANK, PLACEHOLDER, text, starts)
    return text, count + blanks


# ---------------------------------------------------------------- punctuation

# What punctuate rewrites beyond ASCII marks, and what mark_placeholders looks for.
PUNCT_SIGNS = ("「", "」", "『", "』", "﹁", "﹂", "。。。")
MASK_SIGNS = ("＊", "×", "某", "\u00a0", "\u3000", "＿")

# str.translate with a dict looks up every character in Python; these tables are tiny and
# rarely hit, so a substring test and str.replace per entry does the same at C speed.
_QUOTES = (("「", "“"), ("」", "”"), ("『", "‘"), ("』", "’"), ("﹁", "“"), ("﹂", "”"))
_PAREN_CJK = re.compile(rf"\(([^()\n]{{0,80}}?[{HAN}][^()\n]{{0,80}}?)\)")
_PAREN_ORDINAL = re.compile(r"\((\d{1,2}|[一二三四五六七八九十]{1,3})\)")
_ELLIPSIS = re.compile(r"\.{3,}|。{3,}")
_HALF_WIDTH = ((",", "，"), (";", "；"), (":", "："), ("?", "？"), ("!", "！"))
# A half-width mark in a number (1,000  08:46), a URL or English stays as it is.  (Marks typed
# full-width stay full-width: only the half-width ones are looked at, so a text without any
# pays no scan at all.)
_KEEP_ASCII = re.compile(
    r"[,:](?<=[0-9０-９][,:])(?=[0-9０-９])|[:?!;](?<=[A-Za-z0-9][:?!;])(?=[A-Za-z/ ]|$)", re.MULTILINE
)
_PERIOD = re.compile(
    rf"\.(?<=[{HAN}”’）%％]\.)(?<!^[一二三四五六七八九十]\.)(?<!^[一二三四五六七八九十]{{2}}\.)(?![\d.A-Za-z])",
    re.MULTILINE,
)


def fix_punctuation(text: str) -> str:
    """Mainland full-width punctuation in Chinese text; numbers, times and URLs keep theirs."""
    return punctuate(text, ascii_marks(text))[0]


def punctuate(text: str, marks: bytes, held: Container[str] | None = None) -> tuple[str, int]:
    """fix_punctuation, and the number of characters it rewrote (counted rule by rule, as a
    comparison of the texts before and after would cost a pass of its own).  `marks`: the
    ASCII characters of the text (textscan.ascii_marks), where the half-width marks are looked
    for and counted; they may be those of the text before steps that touch none of
    ,;:?!.(  `held`: which of PUNCT_SIGNS the text holds, when a scan of many texts found out."""
    if held is None:
        text, count = _replace_each(text, _QUOTES)
        held = text
    else:
        text, count = _replace_each(text, tuple(pair for pair in _QUOTES if pair[0] in held))
    if not has_han(text):
        return text, count
    if (marks.find(b"...") >= 0 and "..." in text) or "。。。" in held:
        runs = [len(m.group()) for m in _ELLIPSIS.finditer(text)]
        text, count = _ELLIPSIS.sub("……", text), count + sum(runs)
    if _PAREN_MARK in marks and "(" in text:
        text, n = sub_at(_PAREN_CJK, _paren, text, "(")
        text, m = sub_at(_PAREN_ORDINAL, _paren, text, "(")
        count += 2 * (n + m)
    text, n = _half_to_full(text, marks)
    count += n
    if _PERIOD_MARK in marks and "." in text:
        text, n = _PERIOD.subn("。", text)
        count += n
    return text, count


def _replace_each(text: str, pairs: tuple[tuple[str, str], ...]) -> tuple[str, int]:
    """Character-for-character replacement (no replacement is itself a key), and its count."""
    count = 0
    for old, new in pairs:
        if old in text:
            count += text.count(old)
            text = text.replace(old, new)
    return text, count


def _paren(m: re.Match[str]) -> str:
    return f"（{m.group(1)}）"


def _half_to_full(text: str, marks: bytes) -> tuple[str, int]:
    """Half-width marks made full-width, but those _KEEP_ASCII keeps; and the count."""
    pairs = tuple((old, new) for old, new in _HALF_WIDTH if ord(old) in marks)
    if not pairs:
        return text, 0
    # a kept mark follows a digit or a Latin letter, which the ASCII characters alone show (the
    # two are next to each other there too); a full-width digit, a substring test each
    kept = []
    for pair in {m.group().decode() for m in _KEEP_ASCII_AFTER_BYTES.finditer(marks)}:
        kept += [p + 1 for p in _find_all(text, pair)]
    if (_COMMA in marks or _COLON in marks) and any_in(text, _WIDE_DIGITS):
        kept += [m.end() - 1 for m in _KEEP_WIDE_AFTER.finditer(text)]
    kept = sorted(p for p in set(kept) if _KEEP_ASCII.match(text, p))
    out = text
    count = 0
    for old, new in pairs:  # (the marks hold as many of each as the text)
        out = out.replace(old, new)
        count += marks.count(ord(old))
    if not kept:
        return out, count
    pieces: list[str] = []
    done = 0
    for pos in kept:  # the marks kept: put back (each replacement kept the length)
        pieces += (out[done:pos], text[pos])
        done = pos + 1
    pieces.append(out[done:])
    return "".join(pieces), count - len(kept)


_KEEP_ASCII_AFTER_BYTES = re.compile(rb"[0-9A-Za-z][,:?!;]")
_KEEP_WIDE_AFTER = re.compile("[０-９][,:]")
_WIDE_DIGITS = "０１２３４５６７８９"


def _find_all(text: str, part: str) -> list[int]:
    found: list[int] = []
    pos = text.find(part)
    while pos >= 0:
        found.append(pos)
        pos = text.find(part, pos + 1)
    return found


def fix_quotes(line: str) -> str:
    """Straight double quotes in one line of Chinese text → “ ” alternately."""
    if '"' not in line or HAN_CHAR.search(line) is None:
        return line
    parts = line.split('"')
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out.append("“" if i % 2 == 0 else "”")
        out.append(part)
    return "".join(out)


# OpenCC keeps 著 (a valid Simplified character); as the aspect particle of Traditional text
# (随著, 肩负著) mainland writing uses 着.  The compounds below are where 著 stays 著.
# (The character comes first and the lookbehind after it: a pattern that opens with a literal
# is scanned for at memory speed.)
_ZHE = re.compile(r"著(?<![显卓昭土编名巨论原专撰遗译合新拙]著)(?![名作称述者书录有])")


def fix_zhe(text: str) -> str:
    return _ZHE.sub("着", text) if "著" in text else text
