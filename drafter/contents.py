"""What a file puts before its essays to find them by: a table of contents (目录, 本期目录, a
document app's 大纲) and the front matter a web clipper writes (--- title: … ---).

Both go before splitting.  The entries of a table of contents that stand again, further on, as
lines of their own and not as numbered headings are the titles of the essays the file holds
(a bulletin's 目录): the reading stage (corpus.split_essays) splits there, as at a 第X篇 mark.
No third-party import.
"""

from __future__ import annotations

import re

from .outline import marker_kind
from .textscan import any_in, text_ends, texts_holding

_HEAD = re.compile(r"^\s*(?:本期|本刊|文章)?(?:目\s*录|目\s*錄|大\s*纲|大\s*綱)\s*[:：]?\s*$")
# the same head with its entries on its own line (目录：材料A 防汛抗旱总结／材料B 培训心得)
_INLINE = re.compile(r"^\s*(?:本期|本刊)?(?:目\s*录|目\s*錄)\s*[:：]\s*\S")
# an entry's leader and page number: ……（1）, ....... 3, · 5 ·
_LEADER = re.compile(r"\s*(?:[.…·．—\-]{2,}|\s{2,})\s*[（(]?\s*\d{1,3}\s*[)）]?\s*$|\s*[（(]\d{1,3}[)）]\s*$")
_FRONT_KEY = re.compile(r"^[A-Za-z_][\w-]{0,30}\s*:(?:\s|$)")
_MOST_ENTRIES = 40
_HEAD_ENDS = "录錄纲綱"  # (the last character of every head's word: what _HEAD and _INLINE need)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def front_matter(lines: list[str]) -> range:
    """The lines of a clipper's front matter at the top of the file (empty if none): a line of
    --- , lines of `key: value`, and a closing --- ."""
    first = next((i for i, s in enumerate(lines) if s.strip()), None)
    if first is None or lines[first].strip() != "---":
        return range(0)
    for j in range(first + 1, min(len(lines), first + 40)):
        s = lines[j].strip()
        if s == "---":
            return range(first, j + 1) if j > first + 1 else range(0)
        if s and _FRONT_KEY.match(s) is None and not s.startswith("- "):
            return range(0)
    return range(0)


def contents(lines: list[str]) -> tuple[list[int], list[int]]:
    """(the lines of the tables of contents, to go; the lines further on that an entry names and
    that open an essay).  Essays are found only where two entries or more stand again."""
    drop: list[int] = []
    starts: list[int] = []
    # (a head holds 录 or 纲: only the lines holding either are matched, found by str.find)
    joined = "\n".join(lines)
    if not any_in(joined, _HEAD_ENDS):
        return drop, starts
    ends = text_ends(lines)
    for i in sorted({k for end in _HEAD_ENDS for k in texts_holding(joined, ends, end)}):
        s = lines[i]
        if _INLINE.match(s):
            drop.append(i)
            continue
        if _HEAD.match(s) is None:
            continue
        entries: list[tuple[int, str]] = []
        for j in range(i + 1, min(len(lines), i + 1 + _MOST_ENTRIES)):
            text = lines[j].strip()
            if not text:
                if entries:
                    break
                continue
            if len(text) > 60 or text[-1] in "。！？；，":
                break
            entries.append((j, _LEADER.sub("", text).strip()))
        if not entries:
            continue
        drop += [i, *(j for j, _ in entries)]
        end = entries[-1][0] + 1
        found: list[int] = []
        for _, entry in entries:
            key = _key(entry)
            hit = next((k for k in range(max(end, found[-1] + 1 if found else end), len(lines))
                        if _key(lines[k]) == key), None)
            if hit is not None and marker_kind(entry) is None:
                found.append(hit)
        if len(found) >= 2:
            starts += found
    return drop, sorted(set(starts))
