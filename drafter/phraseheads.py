"""Unmarked headings of a short head and the phrase it opens, in parallel: 德——讲政治、守规矩，…
over 能——学业务、练本领，… (a 述职报告 by 德、能、勤、绩、廉), 学什么？学理论、学政策 over 思什么？
思差距、思责任 (a 心得体会 by its questions), 党建引领，把支部建在网格上 over 清单管理，把服务送到
家门口 (a four-character phrase and the clause it opens: an 经验交流材料's parts).  Each is a
line of its own with no sentence in it, so cleaning must not join it to the paragraph under it
(paragraphs.py), and the outline reads it as a heading with no marker, the whole line its text.
One such line is a phrase like any other: they are headings only as a set, read from the whole
essay.  No third-party import.
"""

from __future__ import annotations

import re
from collections import defaultdict

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# (a head of one to five characters, the dash or the question mark, then a phrase of clauses
# with no sentence end, nothing left open at its end: a whole line)
_LINE = re.compile(rf"([{_HAN}]{{1,5}})(——|？)([^。！？；：]{{2,30}})")
_OPEN_END = "，、—“（(《"
# (a four-character phrase, the comma, a clause of no sentence: a whole line, found from the
# newline before it, which the engine skips to at memory speed; \w, not a class of Han
# characters, whose compiling costs the start of every run several milliseconds)
_COMMA_LINE = re.compile(r"\n(\w{4})，([^\n，。！？；：,;:!?]{4,18})(?=\n)")
_SENT_END = "。！？；：”…"


def phrase_heads(texts: list[str], commas: bool = True) -> set[int]:
    """The lines (or paragraphs) among `texts` that are such headings: three of them or more
    with the same mark after heads of one length, each head its own, no two of them next to
    each other (lines in a row are a list: 王芳——县委办主任 over 李明——…); a head of more than one
    character shares a character with the others (学什么 思什么 践什么: 什么), as names in a
    list seldom all do."""
    text = "\n".join(texts)
    # (the marks are few in a text: each is looked at where it stands, its line matched only
    # when the mark is near the line's start)
    groups: dict[tuple[str, int], dict[int, str]] = defaultdict(dict)
    for sign in ("—", "？"):  # (a single character is found at memory speed, —— not)
        at = text.find(sign)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            if 0 < at - start <= 5:
                end = text.find("\n", at)
                m = _LINE.fullmatch(text, start, len(text) if end < 0 else end)
                if m is not None and m.end(1) == at and m.group(3)[-1] not in _OPEN_END \
                        and m.group(3)[0] not in "”’）》":
                    groups[(m.group(2), at - start)][text.count("\n", 0, start)] = m.group(1)
            at = text.find(sign, at + 1)
    if commas and "，" in text:  # (cleaning asks for them only where its joins met some: paragraphs.py)
        _comma_lines(texts, text, groups)
    found: set[int] = set()
    for (mark, size), members in groups.items():
        heads = list(members.values())
        if len(members) < 3 or len(set(heads)) < len(heads) or any(i + 1 in members for i in members):
            continue
        if size == 1 or mark == "，" or set.intersection(*map(set, heads)):
            found.update(members)
    return found


def _comma_lines(texts: list[str], text: str, groups: dict[tuple[str, int], dict[int, str]]) -> None:
    """The lines of a four-character phrase and its clause (党建引领，把支部建在网格上) into
    `groups`: four-character phrases in parallel seldom share a character, so a line counts
    only where it cannot be a sentence's middle, a line broken off its paragraph: the line
    before it ends a sentence or is a short one of no clauses (a heading over it), and a
    paragraph follows."""
    line = done = 0
    first = _COMMA_LINE.match(f"\n{texts[0]}\n")  # (the first line, which no newline opens)
    for m in _COMMA_LINE.finditer(text) if first is None else (first, *_COMMA_LINE.finditer(text)):
        if m is not first:
            line += text.count("\n", done, m.start() + 1)
            done = m.start() + 1
        head, tail = m.groups()
        if not head.isalpha() or head.isascii() or tail[-1] in _OPEN_END or tail[0] in "”’）》" \
                or line + 1 >= len(texts):
            continue
        before = texts[line - 1] if line else ""
        if not before or before[-1] in _SENT_END or (len(before) <= 30 and "，" not in before):
            groups[("，", 4)][line] = head
