"""Numerals of heading markers and their values: Chinese numerals (一…十二, 大写 壹…拾), the
markers that are one character of their own (① ❶ Ⅰ ⑴ ⒈ ㈠), with the marker family each stands
for, and decimal outline numbers (2.1, 2.1.1).  Tables and two functions; read by outline.py
(and breaks.py through it); and the numbers an account sets on a line of their own over its
headings (01 / 02).  No third-party import.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CN = "一二三四五六七八九十"
_CN_DIGITS = {c: i + 1 for i, c in enumerate(_CN[:9])}
_DAXIE = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾", "一二二三三四五六六七八九十")


def cn_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, "7" → 7."""
    if text.isdigit():
        return int(text)
    digits = _CN_DIGITS
    text = text.translate(_DAXIE)
    if "十" in text:
        head, _, tail = text.partition("十")
        return digits.get(head, 1) * 10 + digits.get(tail, 0)
    return digits.get(text, 0)


# Markers that are one character of their own: ① ❶ ➀ ➊ (circled), Ⅰ ⅰ (roman), ⑴ (a
# parenthesised number, what （1） is), ⒈ (a number with its stop, what 1. is) and ㈠ (a
# parenthesised Chinese numeral, what （一） is: GB2312 holds ㈠…㈩, and documents typed in
# its time use them).  The character is the whole marker; a 、 or a stop may follow it.
CIRCLED: dict[str, tuple[str, int]] = {
    **{chr(0x2460 + k): ("circled", k + 1) for k in range(20)},
    **{chr(0x2474 + k): ("paren-arabic", k + 1) for k in range(20)},
    **{chr(0x2488 + k): ("arabic", k + 1) for k in range(20)},
    **{chr(0x3220 + k): ("paren-cn", k + 1) for k in range(10)},
    **{chr(base + k): ("circled", k + 1) for base in (0x2776, 0x2780, 0x278A) for k in range(10)},
    **{chr(base + k): ("roman", k + 1) for base in (0x2160, 0x2170) for k in range(12)},
}


# A decimal outline number, 2.1 / 2.1.1 (one family per depth, "decimal2", "decimal3"), before
# Han text; with no space after it, one digit a part and not before a unit, a magnitude or a
# verb a number is the subject of (2.5万元, 1.5倍, 3.14是…)
UNITS = "万亿千百元倍个岁米克吨亩年月日号时分秒是为的"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_DECIMAL = re.compile(
    rf"(\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}})[ \u3000]+(?=[{_HAN}“])"
    rf"|(\d{{1,2}}(?:[.．]\d){{1,3}})(?=[{_HAN}“])(?![{UNITS}])"
)


def decimal_marker(text: str) -> tuple[str, int, int] | None:
    """(family, ordinal, length) of the decimal outline number opening a paragraph, if any."""
    found = _DECIMAL.match(text)
    if found is None:
        return None
    parts = (found.group(1) or found.group(2)).replace("．", ".").split(".")
    return f"decimal{len(parts)}", int(parts[-1]), found.end()


def number_lines(texts: list[str], titled: Callable[[str], bool]) -> dict[int, str]:
    """The paragraphs an account's layout numbers on a line of their own above them (01 over
    把会场搬到群众家门口), each with its number: two digits alone, 01, 02, … in turn, each over a
    line `titled` calls a heading's; two at least, or none (a lone 01 may be anything)."""
    found: dict[int, str] = {}
    for i, text in enumerate(texts[:-1]):
        if len(text) == 2 and text.isdecimal() and text.isascii():
            if int(text) != len(found) + 1 or not titled(texts[i + 1]):
                return {}
            found[i + 1] = text
    return found if len(found) >= 2 else {}
