"""Surface normalisation in cleaning: pinyin annotations, mainland punctuation and quotes, stray
spaces, and placeholders for masked names and blanks left for numbers.

Each function takes a whole text (lines joined with newlines) as well as one line: no pattern
here crosses a line break, and the text-wide form is the fast one — the marks these rules are
about are rare, so a substring test or str.find (see cleanrules.sub_at) finds them without a
regex step per character.
"""

from __future__ import annotations

import bisect
import re

from .cleanrules import HAN, HAN_CHAR, TERMINALS, any_in, has_han, sub_at

# ---------------------------------------------------------------- pinyin

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_SYL = rf"[a-zü{TONED}]{{0,6}}[{TONED}][a-zü{TONED}]{{0,5}}|[a-zü]{{1,6}}[1-5]"
PINYIN = re.compile(rf"[(（](?<=[{HAN}][(（])(?:{_PINYIN_SYL})(?: +(?:{_PINYIN_SYL}))*[)）]", re.I)


def strip_pinyin(text: str) -> str:
    """鄉(xiāng) → 鄉: an annotation is a parenthesis right after a Han character."""
    return sub_at(PINYIN, "", text, "(（")[0]


# ---------------------------------------------------------------- spaces and placeholders

_SPACE_CHARS = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200C))) + "\u202f\u205f\u3000\ufeff\t"
SPACES = re.compile(f"[{_SPACE_CHARS}]")
_SPACE_IN_CJK = re.compile(rf"(?<=[{HAN}{TERMINALS}，、：“”‘’（）《》])\s+|\s+(?=[{HAN}{TERMINALS}，、：“”‘’（）《》])")
_HYPHEN_IN_WORD = re.compile(rf"(?<=[{HAN}])[-_~·•](?=[{HAN}])")
_TIDY_SIGNS = ' -_~"' + _SPACE_CHARS

MASK = re.compile(r"[*＊]{2,}|×{2,}|X{3,}|某某某")
NUMBER_BLANK = re.compile(
    r"[ \u00a0\u3000](?<=[达為为是约共计增长下降提高减少占][ \u00a0\u3000])[ \u00a0\u3000]*"
    r"(?=%|％|个百分点|元|万元|亿元|人|户|名|项|个|家|次|天|倍)|_{2,}|＿{2,}"
)
PLACEHOLDER = "×××"


def untidy_lines(text: str) -> set[int]:
    """Which lines of the text (indices into text.split("\\n")) hold a space, a hyphen or a
    straight quote: the only lines that pairing quotes and removing stray spaces can change."""
    found: set[int] = set()
    starts: list[int] | None = None
    for ch in _TIDY_SIGNS:  # a substring test each: in C, where a regex scan pays a step per character
        if ch not in text:
            continue
        if starts is None:
            starts = [0]
            pos = text.find("\n")
            while pos >= 0:
                starts.append(pos + 1)
                pos = text.find("\n", pos + 1)
        pos = text.find(ch)
        while pos >= 0:
            line = bisect.bisect_right(starts, pos) - 1
            found.add(line)
            pos = text.find(ch, starts[line + 1]) if line + 1 < len(starts) else -1
    return found


def has_space(text: str) -> bool:
    return " " in text or SPACES.search(text) is not None or "-" in text or "_" in text or "~" in text


def remove_stray_spaces(text: str, *, keep_words: bool) -> str:
    """Drop spaces around Han text; a title keeps single spaces between its phrases."""
    if any_in(text, _SPACE_CHARS):
        text = SPACES.sub(" ", text)
    if any_in(text, "-_~·•"):
        text = _HYPHEN_IN_WORD.sub("", text)
    if keep_words:
        return re.sub(r" {2,}", " ", text).strip() if "  " in text else text.strip()
    # \s beyond the space: all of it is unprintable
    return _SPACE_IN_CJK.sub("", text).strip() if " " in text or not text.isprintable() else text.strip()


def mark_placeholders(text: str) -> tuple[str, int]:
    """Masked names and blanks for numbers become the explicit placeholder ×××."""
    count = 0
    if (
        "*" in text
        or "＊" in text
        or ("×" in text and "××" in text)
        or ("X" in text and "XXX" in text)
        or ("某" in text and "某某某" in text)
    ):
        text, count = sub_at(MASK, PLACEHOLDER, text, "*＊×X某")
    text, blanks = sub_at(NUMBER_BLANK, PLACEHOLDER, text, " \u00a0\u3000_＿")
    return text, count + blanks


# ---------------------------------------------------------------- punctuation

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
# What precedes every mark _KEEP_ASCII keeps: found first, as it is rarer than the marks.
_KEEP_ASCII_SIGN = re.compile("[0-9０-９A-Za-z][,:?!;]")
_PERIOD = re.compile(
    rf"\.(?<=[{HAN}”’）%％]\.)(?<!^[一二三四五六七八九十]\.)(?<!^[一二三四五六七八九十]{{2}}\.)(?![\d.A-Za-z])",
    re.MULTILINE,
)


def fix_punctuation(text: str) -> str:
    """Mainland full-width punctuation in Chinese text; numbers, times and URLs keep theirs."""
    return punctuate(text)[0]


def punctuate(text: str) -> tuple[str, int]:
    """fix_punctuation, and the number of characters it rewrote (counted rule by rule, as a
    comparison of the texts before and after would cost a pass of its own)."""
    text, count = _replace_each(text, _QUOTES)
    if not has_han(text):
        return text, count
    if ("." in text and "..." in text) or "。。。" in text:
        runs = [len(m.group()) for m in _ELLIPSIS.finditer(text)]
        text, count = _ELLIPSIS.sub("……", text), count + sum(runs)
    if "(" in text:
        text, n = sub_at(_PAREN_CJK, _paren, text, "(")
        text, m = sub_at(_PAREN_ORDINAL, _paren, text, "(")
        count += 2 * (n + m)
    text, n = _half_to_full(text)
    count += n
    if "." in text:
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


def _half_to_full(text: str) -> tuple[str, int]:
    """Half-width marks made full-width, but those _KEEP_ASCII keeps; and the count."""
    if not any_in(text, ",;:?!"):
        return text, 0
    kept = [m.start() + 1 for m in _KEEP_ASCII_SIGN.finditer(text) if _KEEP_ASCII.match(text, m.start() + 1)]
    pieces: list[str] = []
    done = 0
    count = 0
    for pos in [*kept, len(text)]:
        piece, n = _replace_each(text[done:pos], _HALF_WIDTH)
        pieces += (piece, text[pos : pos + 1])
        count += n
        done = pos + 1
    return "".join(pieces), count


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
