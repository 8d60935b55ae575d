"""Chinese writing helpers offered to templates: numerals, ordinal markers, enumerations, dates,
full-width punctuation.  Pure functions of their arguments, so rendering stays deterministic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .model import cn_date

_DIGITS = "零一二三四五六七八九"
_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿")
_END_PUNCT = "。！？!?：…"
_CLOSERS = "”’）)」』》"
# marks the user may end an item or a line with that do not end a sentence (。 stands for them)
_SOFT_END = "。；;，,、：:"


def cn_num(n: int) -> str:
    """Chinese numeral for an integer: 12 → 十二, 105 → 一百零五, 20000 → 二万."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("cn_num 需要整数")
    if n < 0:
        return "负" + cn_num(-n)
    if n == 0:
        return _DIGITS[0]
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(out)
            continue
        if need_zero or (out and group < 1000):
            out += _DIGITS[0]
        out += _four(group) + _BIG_UNITS[index]
        need_zero = False
    # 一十二 reads as 十二 when it opens the number
    return out[1:] if out.startswith("一十") else out


def _four(n: int) -> str:
    text = ""
    zero = False
    for pos in range(3, -1, -1):
        digit = (n // 10**pos) % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += _DIGITS[0]
            zero = False
        text += _DIGITS[digit] + _UNITS[pos]
    return text


def ordinal(n: int, level: int) -> str:
    """The GB/T 9704-2012 §7.3.3 marker of the n-th heading at a level: 一、 （一） 1. （1）."""
    if level == 1:
        return f"{cn_num(n)}、"
    if level == 2:
        return f"（{cn_num(n)}）"
    if level == 3:
        return f"{n}."
    if level == 4:
        return f"（{n}）"
    raise ValueError(f"标题层级只能是 1 到 4，而不是 {level}")


# The number a user typed in front of a heading or a listed item (一、 （一） 1. 1、 （1） ① 一是
# 第一，), which the draft puts there itself.  1.5亿元, 2026年 and 一、二级 (one and two) are no marker.
_MARKER = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}(?:、(?![一二三四五六七八九十])|是(?=\S))"
    r"|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}(?:、(?!\d)|[.．](?!\d))"
    r"|[\u2460-\u2473\u2776-\u277f]|第[一二三四五六七八九十]{1,3}[，,、])\s*"
)


def strip_marker(text: str) -> str:
    """The text without the ordinal the user typed in front of it: “一、抓党建” → “抓党建”."""
    match = _MARKER.match(text)
    return text[match.end():] if match and match.end() < len(text) else text


def _clean_items(items: Iterable[object]) -> list[str]:
    return [str(x).strip() for x in items if x is not None and str(x).strip()]


def enumerate_cn(items: Iterable[object], word: str = "是") -> str:
    """一是……；二是……；三是……。  A single item is returned as one sentence, nothing empty.
    An item's own closing mark (。；、：！？) and its own number (①, 1.) give way to the draft's."""
    parts = [strip_marker(p).rstrip(_SOFT_END + "！!？?") for p in _clean_items(items)]
    if not parts:
        return ""
    if len(parts) == 1:
        return sentence(parts[0])
    joined = "；".join(f"{cn_num(i)}{word}{p}" for i, p in enumerate(parts, 1))
    return joined + "。"


def join_cn(items: Iterable[object], sep: str = "、") -> str:
    """Join with 、 (or another separator), dropping empty items."""
    return sep.join(_clean_items(items))


def sentence(text: object) -> str:
    """End the text as a sentence: 。 appended, or standing for a trailing ，、；; kept as it is
    after 。！？：…, and after a closing quote or bracket only when one of those is inside it
    (“……。” ends a sentence, 实现“双提升” does not)."""
    value = "" if text is None else str(text).rstrip()
    inner = value.rstrip(_CLOSERS)
    if not value or _wrapped(value):
        return value
    if inner and inner[-1] in _END_PUNCT and (inner == value or inner[-1] != "："):
        return value
    if inner == value and value[-1] in _SOFT_END:
        return value[:-1] + "。"
    return value + "。"


_PAIRS = {"（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "「": "」", "『": "』"}


def _wrapped(value: str) -> bool:
    """The whole text inside one pair of brackets or quotes (（此处从略）): a note, not a sentence."""
    close = _PAIRS.get(value[0])
    if close is None or value[-1] != close:
        return False
    depth = 0
    for i, char in enumerate(value):
        depth += (char == value[0]) - (char == close)
        if depth == 0:
            return i == len(value) - 1
    return False


_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK = r"[\u3400-\u9fff\uff08\uff09“”]"
_HALF_AFTER_CJK = re.compile(rf"(?<={_CJK})\s*([,;:?!()])|([,;:?!()])\s*(?={_CJK})")
_PERIOD = re.compile(rf"(?<={_CJK})\.(?!\d)")


def fullwidth(text: object) -> str:
    """Half-width punctuation next to Chinese characters made full-width; numbers (3.5) kept."""
    value = "" if text is None else str(text)

    def swap(match: re.Match[str]) -> str:
        mark = match.group(1) or match.group(2)
        return _HALF_TO_FULL[mark]

    value = _HALF_AFTER_CJK.sub(swap, value)
    value = _PERIOD.sub("。", value)
    return _quotes(value)


def _quotes(value: str) -> str:
    """Straight double quotes in Chinese text become paired “ ” quotes."""
    if '"' not in value:
        return value
    out: list[str] = []
    opening = True
    for char in value:
        if char == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(char)
    return "".join(out)


def parse_date(value: object) -> dt.date | None:
    """A date from YAML (date object) or text: 2026-11-21, 2026年11月21日, 2026.11.21, 2026/11/21."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?\s*", value)
    if match:
        parts = [int(g) for g in match.groups()]
    else:  # 二〇二六年十一月二十二日, as dates are written under official documents
        match = _CN_DATE.fullmatch(value)
        if not match:
            return None
        parts = [int(match.group(1).translate(_YEAR_DIGIT_VALUES)),
                 _small_number(match.group(2)), _small_number(match.group(3))]
    try:
        return dt.date(*parts)
    except ValueError:
        return None


_YEAR_DIGITS = "〇○零一二三四五六七八九"  # (○, a circle, is what many keyboards give for 〇)
_YEAR_DIGIT_VALUES = str.maketrans(_YEAR_DIGITS, "000123456789")
_CN_DATE = re.compile(
    rf"\s*([{_YEAR_DIGITS}]{{4}})年([一二三四五六七八九十]{{1,3}})月([一二三四五六七八九十]{{1,4}})日\s*"
)


def _small_number(text: str) -> int:
    """一 … 三十一 as an int (0 for what no day or month is written as)."""
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        tens, ones = "", text
    elif not tens:
        tens = "一"
    digits = "〇一二三四五六七八九"
    if len(tens) > 1 or len(ones) > 1:
        return 0
    return (digits.index(tens) if tens else 0) * 10 + (digits.index(ones) if ones else 0)


__all__ = [
    "cn_date",
    "cn_num",
    "enumerate_cn",
    "fullwidth",
    "join_cn",
    "ordinal",
    "parse_date",
    "sentence",
    "strip_marker",
]
