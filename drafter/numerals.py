"""Numerals of heading markers and their values: Chinese numerals (一…十二, 大写 壹…拾) and the
markers that are one character of their own (① ❶ Ⅰ ⑴ ⒈), with the marker family each stands
for.  Tables and one function; read by outline.py (and breaks.py through it).  No third-party
import.
"""

from __future__ import annotations

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
# parenthesised number, what （1） is) and ⒈ (a number with its stop, what 1. is).  The
# character is the whole marker; a 、 or a stop may follow it.
CIRCLED: dict[str, tuple[str, int]] = {
    **{chr(0x2460 + k): ("circled", k + 1) for k in range(20)},
    **{chr(0x2474 + k): ("paren-arabic", k + 1) for k in range(20)},
    **{chr(0x2488 + k): ("arabic", k + 1) for k in range(20)},
    **{chr(base + k): ("circled", k + 1) for base in (0x2776, 0x2780, 0x278A) for k in range(10)},
    **{chr(base + k): ("roman", k + 1) for base in (0x2160, 0x2170) for k in range(12)},
}
