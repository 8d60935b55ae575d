"""Typesetting decisions that need no Word: title line breaks and where the signature goes.

Kept apart from docx.py so the rules of GB/T 9704-2012 can be read and tested as plain
arithmetic on character widths.  Widths are in grid characters: a Chinese character or
full-width mark is 1, an ASCII digit or letter ½ (Times New Roman beside 三号 CJK text).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

_CLOSING = "，。、；：？！）》」』”’…—%)]}>,.;:?!·"
_OPENING = "（《「『“‘([{<"
_GOOD_AFTER = "的和与及"  # a title line may end on these: they close a noun phrase
# Words a title line should not be split inside.  The render path has no segmenter, and a
# title is short: a list of the words titles of this genre are made of does the job.
_WORDS = (
    "工作", "总结", "报告", "讲话", "发言", "意见", "通知", "方案", "实施", "体会", "心得",
    "党建", "建设", "发展", "会议", "述职", "年度", "交流", "经验", "人民政府", "委员会",
    "全面", "推进", "加强", "进一步", "高质量", "乡村振兴", "学习", "教育", "主题", "专题",
    "落实", "情况", "调研", "安全", "生产", "党委", "党组", "支部", "组织", "基层", "治理",
    "服务", "管理", "规划", "改革", "创新", "新时代", "思想", "贯彻", "部署", "活动", "开展",
    "提升", "强化", "深化", "整治", "专项", "行动", "机制", "体系", "能力", "水平", "干部",
    "作风", "纪律", "廉政", "责任", "制度", "经济", "社会", "文化", "生态", "环境", "保护",
    "民生", "群众", "乡镇", "街道", "社区", "农村", "城市", "县委", "市委", "办公室", "领导",
    "小组", "研讨", "座谈", "关于", "营商", "优化", "巩固", "拓展", "成果", "振兴", "产业",
)  # fmt: skip
_MAX_LINES_SEARCHED = 4  # beyond this a title is a paragraph; fill lines greedily instead


def display_width(text: str) -> float:
    return sum(0.5 if " " <= ch <= "~" else 1.0 for ch in text)


def break_title(title: str, max_width: float) -> list[str]:
    """Split a long title into lines of similar width at the most natural places (§7.3.1:
    回行时词意完整，排列对称，长短适宜).  Ties go to an upright trapezoid (upper line shorter)."""
    text = " ".join(title.split())
    total = display_width(text)
    if total <= max_width or len(text) < 2:
        return [text]
    penalty = _break_penalties(text)
    widths = [0.0]
    for ch in text:
        widths.append(widths[-1] + display_width(ch))
    for count in range(math.ceil(total / max_width), _MAX_LINES_SEARCHED + 1):
        best: tuple[float, tuple[int, ...]] | None = None
        for cuts in itertools.combinations(range(1, len(text)), count - 1):
            bounds = (0, *cuts, len(text))
            lines = [widths[b] - widths[a] for a, b in itertools.pairwise(bounds)]
            if max(lines) > max_width:
                continue
            mean = total / count
            cost = sum((w - mean) ** 2 for w in lines) + sum(penalty[c] for c in cuts)
            cost += sum(0.3 for a, b in itertools.pairwise(lines) if a > b)
            if best is None or cost < best[0]:
                best = (cost, bounds)
        if best is not None and best[0] < math.inf:
            return [text[a:b] for a, b in itertools.pairwise(best[1])]
    return _greedy(text, max_width)


def _break_penalties(text: str) -> list[float]:
    """Cost of a line break before text[i], for each i (index 0 unused)."""
    cost = [4.0] * (len(text) + 1)
    for start in range(len(text)):
        for word in _WORDS:
            if text.startswith(word, start):
                for inside in range(start + 1, start + len(word)):
                    cost[inside] = max(cost[inside], 30.0)
    for i in range(1, len(text)):
        prev, nxt = text[i - 1], text[i]
        if nxt in _CLOSING or prev in _OPENING or ((prev + nxt).isascii() and ((prev + nxt).isalnum())):
            cost[i] = math.inf
        elif prev.isdigit() and not nxt.isascii():
            cost[i] = max(cost[i], 30.0)  # keep 2026年 and 1. together
        elif prev in _CLOSING or nxt in _OPENING or prev == " ":
            cost[i] = 0.0
        elif nxt == "的":
            cost[i] = 20.0
        elif prev in _GOOD_AFTER or text.startswith("关于", i):
            cost[i] = min(cost[i], 1.0)
    return cost


def _greedy(text: str, max_width: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if line and display_width(line + ch) > max_width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def signature_indents(
    signature: Sequence[str],
    date: str,
    *,
    sealed: bool,
    right: float,
    shift: float,
    sealed_date_right: float,
) -> list[tuple[str, float]]:
    """Each signature line and the date with its right indent in characters (§7.3.5).

    Unsealed (§7.3.5.2): the signature 右空二字, the date one line below, its first character
    二字 right of the signature's; a date that would then come nearer the margin than the
    signature does is set 右空二字 and the signature moves left to keep the shift.  Several
    signature lines are centred on the longest.  Sealed (§7.3.5.1): the date 右空四字, the
    signature centred over it.
    """
    lines = [s for s in signature if s.strip()]
    sig = max((display_width(s) for s in lines), default=0.0)
    wide = display_width(date)
    if sealed:
        centre = sealed_date_right + (wide if date else sig) / 2
        placed = [(s, max(0.0, centre - display_width(s) / 2)) for s in lines]
        return placed + ([(date, sealed_date_right)] if date else [])
    sig_right = right
    date_right = sig_right + sig - shift - wide
    if date and date_right < right:
        date_right = right
        sig_right = date_right + wide + shift - sig
    placed = [(s, sig_right + (sig - display_width(s)) / 2) for s in lines]
    return placed + ([(date, date_right)] if date else [])
