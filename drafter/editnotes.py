"""Editing notes typed into a draft, in cleaning: a reviewer's remark in brackets
(【审核意见：…】, 【王书记批注：…】, 【修改意见：…】), a note to the writer (【此处插入照片：…】,
【此处建议补充…】), a template's word to whoever fills it in (（请用仿宋_GB2312三号字填写，
请勿改动模板格式）) and a figure flagged for checking (（待核实）, （数据待补充）, a request to
check it: （此数据请农业站再核实）) or a gap left to fill under its label (【待补：…核实后再
填】).  They are no part of the text the author means to hand in; each goes, counted as notes.

A note is found by its bracket and an editor's word right after it, so the author's own
brackets (【典型案例】, （试行）, a quotation's （待续）) stay.  No third-party import.
"""

from __future__ import annotations

import bisect
import re

from .textscan import text_ends

_EDITOR = (
    r"(?:审核|审阅|审改|审读|修改|核稿|校对|领导|编辑)(?:意见|建议|批注|提示)|批注|批示|旁注|备忘"
    r"|審核意見|修改意見|批註"
    r"|此处(?:插入|补充|补|加|放|配|需|应|要|建议|待)|此處(?:插入|補充)|插入(?:照片|图片|图表|表格)"
)
_CHECK = r"(?:核实|核對|核对|补充|補充|确认|確認|完善|更新|补齐)"
# A template's word to whoever fills it in: the typeface to write in, the length, the format
# to keep (请用仿宋_GB2312三号字填写, 正文控制在3000字以内, 请勿改动模板格式)
_PART = r"[^，。；、（）()【】\n]"
_FILL = (
    rf"(?:请|請)(?:用|使用|采用|採用|按){_PART}{{0,16}}?(?:字体|字體|字号|字號|号字|號字|体|體|字){_PART}{{0,6}}?"
    r"(?:填写|填寫|录入|錄入|撰写|撰寫|书写|書寫|输入|輸入)"
    rf"|(?:请|請)(?:勿|不要)(?:改动|改動|修改|更改|调整|調整|删除|刪除|变动|變動){_PART}{{0,8}}?(?:模板|格式|样式|樣式|版式)"
    rf"|(?:正文|字数|字數|篇幅|全文){_PART}{{0,6}}?控制在\s*\d+\s*字"
)
NOTE = re.compile(
    # (a name or a post may come first: 王书记批注：; the remark runs to the bracket's end)
    rf"【[^】\n]{{0,8}}?(?:{_EDITOR})[^】\n]{{0,120}}】"
    rf"|【[^】\n]{{0,12}}待{_CHECK}[^】\n]{{0,40}}】"
    # (a gap left to fill under its label: 【待补：…产值，核实后再填】, 【待定：…】)
    r"|【\s*待(?:补|補|填|定|查|核|改)\w{0,2}\s*[:：][^】\n]{0,120}】"
    rf"|[（(][^（）()\n]{{0,8}}待{_CHECK}[^（）()\n]{{0,8}}[)）]"
    # (a request to check what the bracket follows: （此数据请农业站再核实）, （该处表述请再确认）)
    rf"|[（(](?:此|该|該)(?:数据|數據|数字|數字|处|處|段|句|表述|项|項)[^（）()\n]{{0,2}}请[^（）()\n]{{0,10}}?"
    rf"(?:核实|核實|核对|核對|确认|確認)[^（）()\n]{{0,4}}[)）]"
    rf"|[（(【](?:(?:注|说明|說明|提示)[:：])?(?:{_FILL})[^（）()【】\n]{{0,80}}[)）】]"
)
# (where such a word to the template's user may open a bracket: each of its words opens with
# 请/請 or holds 控制在, rare words found by str.find at memory speed, where a scan for the
# brackets would stop at every one of the prose's own; the bracket is right before 请, or before
# 注：/说明： before it, or a few characters before 控制在)
_FILL_BEFORE = {"请": (1, 3, 4), "請": (1, 3, 4), "控制在": tuple(range(3, 13))}


_CHECK_SIGN = re.compile(rf"待{_CHECK}")
# (asked of someone: 此数据请…再核实): 核实, 核實, 核对, 核對, 确认, 確認, each found through its
# first character, a literal: three scans at memory speed where six searches for the words cost
# twice as much
_ASKED = tuple(map(re.compile, ("核(?=[实實对對])", "确(?=认)", "確(?=認)")))


def _candidates(joined: str) -> list[int]:
    """Where a note may open: each 【, and the bracket before each 待核实-like word, 核实 alone,
    请 or 控制在 (found with a search for a literal, not by running the whole pattern over the
    text; a position that is no bracket is never matched)."""
    found: list[int] = []
    at = joined.find("【")
    while at >= 0:
        found.append(at)
        at = joined.find("【", at + 1)
    # (a pattern opening with a literal is searched for at memory speed; so is each word)
    signs = [m.start() for pattern in (_CHECK_SIGN, *_ASKED) for m in pattern.finditer(joined)]
    for word, back in _FILL_BEFORE.items():
        at = joined.find(word)
        while at >= 0:
            # (only a round bracket is kept: every 【 is a candidate already, and the pattern,
            # each of whose alternatives opens with a bracket, fails anywhere else)
            found.extend(at - k for k in back if k <= at and joined[at - k] in "（(")
            at = joined.find(word, at + 1)
    for sign in signs:
        head = joined.rfind("\n", max(0, sign - 19), sign) + 1 or max(0, sign - 18)
        found.extend(head + k for k, c in enumerate(joined[head:sign]) if c in "（(")
    return sorted(set(found))


def strip_notes(texts: list[str]) -> list[int]:
    """Editing notes out of each text, in place; the characters removed from each."""
    removed = [0] * len(texts)
    joined = "\n".join(texts)
    hits = [at for at in _candidates(joined) if NOTE.match(joined, at)]
    if not hits:
        return removed
    ends = text_ends(texts)
    for k in sorted({bisect.bisect_right(ends, pos) for pos in hits}):
        text = NOTE.sub("", texts[k])
        removed[k] = len(texts[k]) - len(text)
        texts[k] = text
    return removed
