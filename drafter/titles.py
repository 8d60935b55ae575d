"""An essay's title, found among the lines a page puts before its text.

Sites put their name, breadcrumbs, a poster's words, an account's name and motto, bylines and
image captions before the title, and repeat the title in several of them.  own_title picks the
essay's own title line among them; teaser_title finds the title of a page without one in the
list of other articles it ends with.  Read by the reading stage (corpus.split_essays).  No
third-party import.
"""

from __future__ import annotations

import re

from . import cleanrules as R
from .outline import marker_kind
from .punct import PINYIN
from .repeats import CAPTION_WORDS

# (compiled here: re.search and re.sub with a pattern's text look it up again on every call)
_CLAUSE_MARK = re.compile("[。！？，,.!?；;]")
_NOT_KEY = re.compile(rf"[^{R.HAN}0-9A-Za-z]+")
_TITLE_STOP = re.compile("[。！？；!?;]")


def is_body(line: str) -> bool:
    s = line.strip()
    return len(s) >= 10 and _CLAUSE_MARK.search(s) is not None and not R.is_chrome_line(s)


def line_key(text: str) -> str:
    """A line's letters, digits and Han characters, without a pinyin annotation: what tells
    two lines the same text.  (An annotation opens with a parenthesis: most lines hold none.)"""
    if "(" in text or "（" in text:
        text = PINYIN.sub("", text)
    return _NOT_KEY.sub("", text)


def title_candidate(line: str) -> bool:
    s = line.strip()
    # a line ending on a colon introduces what follows (尊敬的各位领导：): never a title
    return (2 <= len(s) <= 40 and not s.endswith(("：", ":"))
            and _TITLE_STOP.search(s.rstrip("。.")) is None and not R.is_chrome_line(s))


# Words that name a kind of official writing (what an essay's title says it is)
_KIND = re.compile(
    "总结|總結|报告|報告|材料|心得|体会|體會|发言|發言|讲话|講話|计划|計劃|方案|汇报|匯報|彙報|述职|述職|经验|經驗"
    "|做法|思路|调研|調研|演讲|演講|致辞|致辭|讲稿|講稿|感悟|综述|綜述|范文|範文"
)
# The name of an organ alone on a line (清江县人民政府, 某某镇党委办公室): a site's owner, a
# document's issuer or a signature, never an essay's title
_ORGAN = re.compile(
    r"[\w（）()]{2,16}(?:人民政府|政府|委员会|委員會|党委|黨委|办公室|辦公室|人民代表大会|局|厅|廳|门户网站|門戶網站)"
)
_HAN = re.compile(f"[{R.HAN}]")
# A line in brackets from end to end is a note on the document, (交流材料之三), (征求意见稿),
# (2026年1月14日): never its title
_ASIDE = re.compile(r"[（(][^（()）]{1,30}[）)]")
_GAP = re.compile(r"\S[ \u3000]{3,}\S")  # (a page's running header: 某某材料之三　　　　内部材料)
_SENTENCE_END = re.compile("[。！？!?]")
_END_MARKS = "。！？!?；;…."
_STAMP = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}")


def names_kind(line: str) -> bool:
    """Whether a line names a kind of official writing (…调研报告, …心得体会)."""
    return _KIND.search(line) is not None


def organ(line: str) -> bool:
    """Whether a line is the name of an organ alone (某某镇人民政府)."""
    return _ORGAN.fullmatch(line) is not None


def _kind_title_next(lines: list[str], start: int, end: int) -> bool:
    """Whether the next line holding text names a kind of writing as a title does, and a
    paragraph follows it."""
    found = [j for j in range(start, min(end, start + 6)) if lines[j].strip()][:2]
    if len(found) < 2:
        return False
    s = lines[found[0]].strip()
    return title_candidate(s) and _KIND.search(s) is not None and is_body(lines[found[1]])


def _column_label(lines: list[str], i: int, j: int) -> bool:
    """Whether line i is a column's label (经验交流, 工作研究 over a 汇编's article): a bare kind
    of writing of four characters at most, right over a title line at least twice as long that
    is no subtitle (——在…上的发言)."""
    label, under = lines[i].strip(), lines[j].strip()
    return (len(label) <= 4 and _KIND.search(label) is not None and 2 * len(label) <= len(under)
            and under[:1] not in "—－-" and not any(lines[k].strip() for k in range(i + 1, j)))


def _repeats(lines: list[str], start: int, end: int, key: str) -> bool:
    """Whether two lines of lines[start:end] or more have `key` for key, or hold it when it is
    of six characters or more.  (Only a line holding the key's first and last characters may:
    the others' keys are never made, nor those after the second line found.)"""
    first, last, held = key[0], key[-1], len(key) >= 6
    found = 0
    for s in [s for s in lines[start:end] if first in s and last in s]:
        # (a line holding a long key as it is holds it in its own, unless an annotation goes)
        if not (held and key in s and "(" not in s and "（" not in s):
            other = line_key(s.lstrip(" >»"))
            if other != key and not (held and key in other):
                continue
        found += 1
        if found == 2:
            return True
    return False


def own_title(lines: list[str], start: int, end: int, may_skip: bool = True) -> tuple[str, int, set[str]]:
    """(title, index of its line, keys of the names its byline gives) of an essay without a 篇
    marker, or ("", -1, names)."""
    head: list[int] = []
    stamped: list[str] = []  # bylines with a time stamp (原创 某某号 2026-01-09 07:30)
    named: list[int] = []  # an author's line over the stamp, after the title (乡镇工作手记)
    skipped = 0
    last = -1
    for i in range(start, end):
        s = lines[i].strip()
        if not s:
            continue
        before, last = last, i
        if is_body(s):
            # (a short sentence before any title line is the site's or a poster's, not the essay's
            # first: 干货｜…值得收藏！, 刚写完的述职报告，请各位指正。)  After one, a short one
            # without an end mark is the motto under an account's name (专注…，每天分享…): an
            # essay's first paragraph ends on one.
            if may_skip and len(s) <= 30 and s[-1] not in _END_MARKS and _SENTENCE_END.search(s) is None:
                continue  # (nor a card's lines, 乡镇工作12年，优秀答主 / 已帮助 3.2万人 · 获得…)
            # (a poster's words between the lines of a card, 乡镇工作12年, and the essay's title
            # line: while no line before names a kind of writing, a title may still come)
            if head and may_skip and len(s) <= 60 and skipped < 2 and not any(_KIND.search(lines[j]) for j in head):
                skipped += 1
                continue
            # (a poster's words of any length just before a line naming a kind of writing that
            # the text follows: #驻村第一书记# 驻村满两年了，…整理成文… / 驻村两年的几点体会)
            if may_skip and skipped < 2 and _kind_title_next(lines, i + 1, end):
                skipped += 1
                continue
            if head or len(s) > 60 or skipped == 2 or not may_skip:
                break
            skipped += 1
            continue
        if marker_kind(s) is not None and not R.is_chrome_line(s):  # (not a count: 11 个回答)
            if skipped:
                break  # (一、… after a sentence: the essay has begun, without a title line)
            continue  # (a heading is no title)
        if (title_candidate(s) and not s.endswith(CAPTION_WORDS) and _ORGAN.fullmatch(s) is None
                and _HAN.search(s) is not None and _GAP.search(s) is None and _ASIDE.fullmatch(s) is None) \
                or R.TITLE_LABEL.match(s):
            head.append(i)  # (not an image's caption, …工作计划图片, nor the name of a site's owner)
        elif ":" in s and _STAMP.search(s) is not None:
            stamped.append(line_key(s))
            if len(head) >= 2 and head[-1] == before:
                named.append(before)
    # Sites repeat the title (breadcrumb, heading, caption, its file name, a 名称： record)
    repeated: list[tuple[int, int]] = []
    for i in head:
        key = line_key(lines[i])
        if key and _repeats(lines, start, end, key):
            repeated.append((-len(key), i))
    # A line the byline names (a poster, an account), or that stands over it after the title
    # and is not repeated as a title is, is a name, not the title.
    again = {i for _, i in repeated}
    names = [i for i in head
             if (i in named and i not in again) or any(line_key(lines[i]) in line for line in stamped)]
    if names and len(names) < len(head):
        head = [i for i in head if i not in names]
        repeated = [r for r in repeated if r[1] not in names]
    keys = {line_key(lines[i]) for i in names}
    if len(head) >= 2 and _column_label(lines, head[0], head[1]):
        head = head[1:]
        repeated = [r for r in repeated if r[1] in head]
    # (a line that names a kind of writing, 心得体会, 述职报告, over a blog's or a poster's name)
    # (not a subtitle, ——在…会议上的发言, nor the end of a title broken in two lines)
    kinds = [i for i in head if _KIND.search(lines[i]) and lines[i].strip()[:1] not in "—－-"]
    if kinds and len(kinds) < len(head) and not any(i - 1 in head for i in kinds):
        head = kinds
        repeated = [r for r in repeated if r[1] in kinds]
    if not head:
        return "", -1, keys
    # Of the candidates repeated on the page, the longest, since a site's own name repeats too.
    if repeated:
        i = min(repeated)[1]
        return lines[i].strip(), i, keys
    return lines[head[0]].strip(), head[0], keys


def teaser_title(lines: list[str], body: list[int], teasers: list[tuple[str, str]]) -> str:
    """A page without a title line is often listed among its own teasers: take that title."""
    opening = line_key(" ".join(lines[i] for i in body[:3]))[:30]
    for title, snippet in teasers:
        key = line_key(snippet)
        if len(key) >= 20 and opening and (key[:20] in opening or opening[:20] in key):
            return title
    return ""
