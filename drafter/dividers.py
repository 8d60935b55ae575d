"""Reading the corpus: essays parted by a self-media account's numbered dividers (—— 01 ——,
— 02 —, -- 3 --), the way a 公众号 or 搜狐号 post sets two or three texts one after another.
Read by corpus.split_essays; no third-party import.

The same dividers part the sections of one article too (—— 01 —— over 加强学习…), so they part
essays only when each of them, numbered 1, 2, … in turn, stands over a title naming a kind of
writing (…工作总结, …经验交流材料) that prose follows and that the file holds once.
"""

from __future__ import annotations

import re

from . import titles as T

_DASH = "—\\-－─━~～="
_DIVIDER = re.compile(rf"\s*[{_DASH}]{{1,6}}\s*(\d{{1,2}})\s*[{_DASH}]{{1,6}}\s*$")
_SENTENCE_END = re.compile("[。！？]")
_LOOK = 4  # lines under a title within which its prose starts (a byline, a date, 同志们：)


def divider_starts(lines: list[str]) -> dict[int, int]:
    """The title lines under numbered dividers that part essays, each with itself; none unless
    two dividers at least, numbered in turn from 1, each stand over such a title."""
    found = [(i, int(m.group(1))) for i, m in enumerate(map(_DIVIDER.match, lines)) if m is not None]
    if len(found) < 2 or [n for _, n in found] != list(range(1, len(found) + 1)):
        return {}
    starts: dict[int, int] = {}
    for i, _ in found:
        filled = [j for j in range(i + 1, min(len(lines), i + 12)) if lines[j].strip()]
        if not filled:
            return {}
        title = lines[filled[0]].strip()
        if not (T.title_candidate(title) and T.names_kind(title)):
            return {}
        if not any(T.is_body(lines[k]) and _SENTENCE_END.search(lines[k]) for k in filled[1 : 1 + _LOOK]):
            return {}
        key = T.line_key(title)
        if sum(T.line_key(line) == key for line in lines) != 1:
            return {}
        starts[filled[0]] = filled[0]
    return starts
