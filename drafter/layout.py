"""Cleaning, first step: the layout of a page copied out of print (a PDF), on an essay's body
lines (cleanrules.body_lines) before any other step.

Text copied out of a PDF keeps what the printed page shows around the text: page numbers
(— 1 —, - 1 -, 第2页, 2/5, Page 2), running headers and footers and watermarks repeated on every
page, and a cover (the title, 内部资料, the issuing office, 二〇二六年一月) before the title
repeated over the text.  These go (counted as chrome).  Its lines are wrapped at the page's
width and its paragraphs open with an indent: a line without one, after a full line, continues
the paragraph, even after a sentence end or across a page break once the furniture between is
gone.  An essay pays for none of this unless a line opens the way a page number does (the first
two characters of every line, which body_lines has taken, looked up in C).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from .cleanrules import Body
from .paragraphs import title_like
from .repeats import MARKER_START, text_key

_DASH = "—–\\-－―"
_SP = "[ \u3000]*"
# The forms of a page number on a line of its own (— 1 —, 第2页, 第2页 共5页, Page 2 of 5, 2/5).
_FORMS = (
    rf"[{_DASH}]{{1,3}}{_SP}\d{{1,4}}{_SP}[{_DASH}]{{1,3}}"
    rf"|第{_SP}\d{{1,4}}{_SP}页(?:{_SP}[/／,，]?{_SP}共{_SP}\d{{1,4}}{_SP}页)?"
    rf"|[\[【]第{_SP}\d{{1,4}}{_SP}页[\]】]"  # (an office system's export: [第2页])
    rf"|[Pp]age{_SP}\d{{1,4}}(?:{_SP}(?:of|/){_SP}\d{{1,4}})?"
    rf"|\d{{1,4}}{_SP}[/／]{_SP}\d{{1,4}}"
    rf"|·{_SP}\d{{1,4}}{_SP}·"  # (a bulletin's · 2 ·)
)
_PAGE_NUMBER = re.compile(_FORMS)
_FRACTION = re.compile(rf"(\d+){_SP}[/／]{_SP}(\d+)")
# A running header or footer with the page's number: 青禾镇安委办　年度工作材料　　第2页.
_RUNNING = re.compile(rf"(?P<a>\S.{{0,39}}?)[ \u3000]+(?:{_FORMS})|(?:{_FORMS})[ \u3000]+(?P<b>.{{0,39}}\S)")
# (one spread across the page by a wide gap is one on its own page too: 平 川 调 研　　　　· 1 ·)
_SPREAD = re.compile(rf"\S.{{0,39}}?[ \u3000]{{3,}}(?:{_FORMS})|(?:{_FORMS})[ \u3000]{{3,}}.{{0,39}}\S")
_FOOTED = re.compile(
    rf"\S[ \u3000]+第{_SP}\d{{1,4}}{_SP}页(?:{_SP}[/／,，]?{_SP}共{_SP}\d{{1,4}}{_SP}页)?$", re.MULTILINE
)
_SPACE_OR_DIGIT = re.compile(r"[\s\d]+")
_SHORT = 30  # the longest running line or watermark
_SENTENCE_ENDS = frozenset("。！？；，!?;,")
_INDENTS = (" ", "\u3000", "\t")
_SENTENCE_END = re.compile("[。！？!?]")
_SENTENCE_MARK = re.compile("[。！？!?，,；;：:]")
_SENTENCE_MARK_END = re.compile("[。！？!?；;…]|[：:，,、]$")


def tidy_layout(raw: Sequence[str], body: Body, title: str) -> tuple[Body, int]:
    """An essay's body lines without page furniture or cover (counted as chrome), and lines
    wrapped at a printed page's width joined.  `raw`: the essay's lines (body.rows index them);
    `title`: its title.  Returns the body and the joins made."""
    lines = body.lines
    # (the first two characters of every line, which body_lines has taken: a page number's are
    # among _PAGE_HEADS)
    rows = body.rows
    pages: set[int] = set()  # the body lines that are page furniture
    breaks: list[range] = []  # around each page break, the body lines that may be running lines
    # (or a running footer ends a line with the page's number: 某某镇人民政府文件　第 1 页 共 3 页)
    if not _PAGE_HEADS.isdisjoint(body.heads) or ("页" in body.text and _FOOTED.search(body.text) is not None):
        # (on the raw lines: cleanrules may have dropped a page counter, 第 1 页 共 3 页, already)
        at = {row: k for k, row in enumerate(rows)}
        last = -1
        for row in sorted(_page_lines([s.strip() for s in raw])):
            k = at.get(row)
            if k is not None:
                pages.add(k)
                around = range(k - 2, k + 3)
            else:
                k = bisect.bisect_left(rows, row)
                around = range(k - 2, k + 2)
            # (— 1 — and the next page's header, with no body line between: one break)
            if breaks and bisect.bisect_left(rows, row) - bisect.bisect_right(rows, last) == 0:
                around = range(breaks.pop().start, around.stop)
            breaks.append(around)
            last = row
    removed = joins = 0
    if breaks:
        breaks.insert(0, range(0, 2))  # (the top of the first page: its header stands there too)
        drop = _furniture(lines, pages, breaks)
        drop.update(_cover(lines, title))
        # (the title's own line stays, though a running header repeats it: the title rules and
        # the byline under it look for it)
        if lines and title and text_key(lines[0]) == text_key(title):
            drop.discard(0)
        removed = sum(len(lines[i]) for i in drop)
        keep = [i for i in range(len(lines)) if i not in drop]
        lines, rows = [lines[i] for i in keep], [rows[i] for i in keep]
        lines, rows, joins, alone = _join_wrapped(raw, lines, rows, text_key(title))
    else:
        alone = body.alone
    if lines is body.lines:
        return body, 0
    tidy = body._replace(
        lines=lines, rows=rows, text="\n".join(lines), chrome_chars=body.chrome_chars + removed, alone=alone
    )
    return tidy, joins


_PAGE_HEADS = frozenset(
    [d + c for d in _DASH.replace("\\", "") for c in f" \u3000{_DASH}0123456789".replace("\\", "")]
    + [f"第{c}" for c in " \u30000123456789"] + ["[第", "【第"]
    + [f"{d}{c}" for d in "0123456789" for c in " \u3000/／"]
    + ["Pa", "pa", "PA"]
    + [f"·{c}" for c in " \u30000123456789"]
)


def _page_lines(lines: Sequence[str]) -> set[int]:
    """The lines that are a page's number, or a running header or footer holding it (whose
    text stands on two pages at least).  A fraction (2/5) counts where two of them, neither
    over its total, stand in the essay."""
    pages: set[int] = set()
    fractions: list[int] = []
    running: dict[str, list[int]] = {}
    for i, s in enumerate(lines):
        if len(s) > 60:
            continue
        if len(s) <= 24 and _PAGE_NUMBER.fullmatch(s) is not None:
            f = _FRACTION.fullmatch(s)
            if f is None:
                pages.add(i)
            elif 0 < int(f.group(1)) <= int(f.group(2)):
                fractions.append(i)
        elif (m := _RUNNING.fullmatch(s)) is not None:
            running.setdefault(_key(m.group("a") or m.group("b")), []).append(i)
            if _SPREAD.fullmatch(s) is not None:
                pages.add(i)
    if len(fractions) >= 2:
        pages.update(fractions)
    for at in running.values():
        if len(at) >= 2:
            pages.update(at)
    return pages


def _key(line: str) -> str:
    """What the running lines of different pages share: their text without digits or spaces."""
    return _SPACE_OR_DIGIT.sub("", line)


def _short(line: str) -> bool:
    # (its text: a running header spreads its two halves across the page with spaces)
    return len(_key(line)) <= _SHORT and line[-1] not in _SENTENCE_ENDS


def _furniture(lines: list[str], pages: set[int], breaks: list[range]) -> set[int]:
    """The page lines, and the short lines that stand by the page breaks of two pages at least
    (a running header or footer, a watermark), wherever else they stand."""
    near: dict[str, set[int]] = {}
    seen: dict[str, set[int]] = {}  # (and on two lines: one line may stand by two breaks)
    for n, around in enumerate(breaks):
        for j in around:
            if 0 <= j < len(lines) and j not in pages and _short(lines[j]):
                for key in _keys(lines[j]):
                    near.setdefault(key, set()).add(n)
                    seen.setdefault(key, set()).add(j)
    keys = {key for key, at in near.items() if len(at) >= 2 and len(seen[key]) >= 2 and key}
    drop = set(pages)
    # (a header spread across the page by a wide gap, a book's name and its chapter's, is one at
    # a page break even where the essay shows it only once: the pages before were another's)
    drop.update(j for around in breaks[1:] for j in around if 0 <= j < len(lines) and _spread(lines[j]))
    # (and so is a collection's name, …经验材料汇编, …文选: the book the essay was copied from)
    drop.update(j for around in breaks[1:] for j in around
                if 0 <= j < len(lines) and _short(lines[j]) and _COLLECTION.search(lines[j]) is not None)
    if keys:
        drop.update(i for i, s in enumerate(lines) if _short(s) and not keys.isdisjoint(_keys(s)))
    return drop


_HALVES = re.compile(r"[ \u3000]{3,}")
_COLLECTION = re.compile("(?:汇编|彙編|选编|選編|文集|文选|文選|选粹|選粹)$")


def _spread(line: str) -> bool:
    """Two short halves, neither a sentence, either side of a wide gap (某某文稿精选　　　　调研报告类)."""
    halves = _HALVES.split(line)
    return len(halves) == 2 and _short(line) and all(2 <= len(h) <= 20 and _SENTENCE_MARK.search(h) is None
                                                     for h in halves)


def _keys(line: str) -> list[str]:
    """_key of a running line, and of its first half where a wide gap spreads it across the
    page: a book's name on the left stays, the chapter's on the right changes (某某文稿精选
    　　　　调研报告类 / …　　　　心得体会类)."""
    halves = _HALVES.split(line, 1)
    return [_key(line)] if len(halves) < 2 else [_key(line), _key(halves[0])]


def _cover(lines: list[str], title: str) -> list[int]:
    """A printed page's cover before the title repeated over the text: the short lines without
    a sentence mark before the title's second line in the essay's first fifteen (the first
    title line stays, for the title rules)."""
    key = text_key(title)
    at = [i for i, s in enumerate(lines[:15]) if key and text_key(s) == key]
    if len(at) < 2:
        return []
    block = [i for i in range(at[1]) if i not in at]
    if len(block) > 8:
        return []
    for i in block:
        s = lines[i]
        if len(s) > 40 or any(ch in s for ch in "。！？；") or MARKER_START.match(s):
            return []
    return block


def _width(line: str) -> int:
    """A line's width on the page: a full-width character takes two columns."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _join_wrapped(
    raw: Sequence[str], lines: list[str], rows: list[int], title: str = ""
) -> tuple[list[str], list[int], int, frozenset[int]]:
    """Lines wrapped at the page's width joined: where paragraphs open with an indent, a line
    without one after a line as wide as the page continues that paragraph (a short heading
    excepted).  Also returns the rows of the numbered lines that stand alone: narrower than the
    page, no sentence in them, and the next line opens a paragraph (（一）清垃圾，推动保洁常态化
    over its indented text: a heading, however its clauses run).  `title`: the essay's title's
    text_key: its line at the top, as wide as the page or not, runs into no line under it (主送
    line)."""
    texts = [raw[r].rstrip() for r in rows]
    indented = [t.startswith(_INDENTS) for t in texts]
    if sum(indented) < 2 or len(texts) - sum(indented) < 2:
        return lines, rows, 0, frozenset()
    widths = list(map(_width, texts))
    full, count = Counter(widths).most_common(1)[0]
    if count < 3:
        return lines, rows, 0, frozenset()
    out, firsts = [lines[0]], [rows[0]]
    joins = 0
    alone: set[int] = set()
    for k in range(1, len(lines)):
        s = lines[k]
        if not indented[k] and widths[k - 1] >= full - 3 and not (MARKER_START.match(s) and title_like(s)) \
                and not (k <= 3 and title and text_key(out[-1]) == title):
            out[-1] += s
            joins += 1
            continue
        # (an indented paragraph of a line or two without a sentence mark before the next
        # indented one is a heading wrapped at the page's width, 抓…，关键在…，让…“钱|袋子”:
        # it runs into no paragraph)
        if indented[k] and k > 1 and _SENTENCE_MARK_END.search(out[-1]) is None and len(out[-1]) <= 60:
            alone.add(firsts[-1])
        out.append(s)
        firsts.append(rows[k])
        if not indented[k] and k + 1 < len(lines) and indented[k + 1] and widths[k] < full - 3 \
                and MARKER_START.match(s) and _SENTENCE_END.search(s) is None:
            alone.add(rows[k])
    return out, firsts, joins, frozenset(alone)
