"""Cleaning starts here: the body lines of a batch of essays, without blank lines, page
furniture and title lines (cleanrules' rules of whole lines, asked of the lines they may apply
to).

Most lines of most essays are body, so the work is finding the few lines a rule could take
out, and that is done for the lines of all the essays at once: the tests of a line's first
characters are one map over them all, the marks and words the other rules need are found by
one search of the lines joined, and Python runs only at the lines found.  Those rules take no
line longer than cleanrules.LONGEST (a call to act or a navigation bar, shorter ones still), so
the lines searched are the short ones, and of those the first 64 characters where a rule reads
no further: an essay's paragraphs, most of its text, are not searched at all.  What is left per
essay is putting its Body together.  (An essay cleaned alone is a batch of one:
cleanrules.body_lines.)
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from itertools import accumulate, chain, compress

from . import chromewords as W
from . import cleanrules as R
from .pagemarks import essay_mark
from .siterules import ACTION_RULES, BLURB_SIGNS, CAPTION, byline_names
from .textscan import FREQUENT_RANK, find_word, text_ends, texts_holding, texts_matching

# A line opening with none of these is neither keyword furniture nor a title label.
_LINE_OPENERS = W.OPENERS | frozenset("文标標题題") | frozenset(W.DECOR)
_FIRST = operator.itemgetter(slice(0, 1))
_FIRST2 = operator.itemgetter(slice(0, 2))
_HEAD = operator.itemgetter(slice(0, 64))  # the rules that read a line's head read no further
_NAV_FOUND_BY = R.NAV_SIGNS + "网網库庫坛壇"

# The calls to act found by a word (the bits of their rules, for each word).
_RULES_OF: dict[str, int] = {}
for _k, _rule in enumerate(ACTION_RULES):
    _RULES_OF[_rule[0]] = _RULES_OF.get(_rule[0], 0) | 1 << (R.ACTION + _k)
# (the rule of an account's byline, 原创 某某 某某微讯 2026年…)
_SIGNED = sum(1 << (R.ACTION + k) for k, rule in enumerate(ACTION_RULES) if rule[0] in ("原创", "原創"))
_AD_LABEL = re.compile(r"[\s\[【]*(?:广告|廣告|推广|推廣)[\s\]】—\-=*]*")


@cache
def _word_scan() -> tuple[re.Pattern[str], dict[str, list[tuple[str, int]]]]:
    """The words of the calls to act as one pattern that matches each at its anchor, the
    character of it rarest in prose (textscan.FREQUENT_RANK), and the words of each anchor with
    its offset in them.

    The engine tests every character of the text against the anchors at once, and where one
    stands asks for the rest of its words there, in C: anchors stand far more rarely than the
    words' first characters (一, 下, 有, 本…), at each of which an alternation of the words
    as written makes the engine try every word."""
    anchored: dict[str, list[tuple[str, int]]] = {}
    parts: list[str] = []
    for word in _RULES_OF:
        k = max(range(len(word)), key=lambda i: FREQUENT_RANK.get(word[i], len(FREQUENT_RANK)))
        anchored.setdefault(word[k], []).append((word, k))
        behind = f"(?<={re.escape(word[: k + 1])})" if k else ""
        ahead = f"(?={re.escape(word[k + 1 :])})" if k + 1 < len(word) else ""
        parts.append(f"{re.escape(word[k])}{behind}{ahead}")
    return re.compile("|".join(parts)), anchored


def body_lines_each(raws: Sequence[Sequence[str]]) -> list[R.Body]:
    """cleanrules.body_lines of each essay's raw lines, for all of them at once."""
    starts = [0, *accumulate(map(len, raws))]  # where each essay's lines start among them all
    lines = list(map(str.strip, chain.from_iterable(raws)))
    firsts = list(map(_FIRST, lines))
    # Lines of marks only (▼, ━━━━), and pictures before a line's text (📌【一】…, ▶ 加强…), drawn
    # by the page: both open with no letter, digit or Han character, as few lines do.
    bare: list[int] = []
    pictured = [0] * len(raws)
    bullets: dict[int, list[int]] = defaultdict(list)  # (rows of headings a bullet sets off, per essay)
    for i in compress(range(len(lines)), map(operator.not_, map(str.isalnum, firsts))):
        s = lines[i]
        if not s:
            continue
        if W.BARE_LINE.fullmatch(s) is not None or R.is_banner(s):
            bare.append(i)
        elif s[:1] in ("▲", "△") and CAPTION.match(s) is not None:
            pass  # (a picture's caption under its triangle: the triangle marks it, for its rule)
        elif s[0] == "〖" and s[-1] == "〗" and "〖" not in (inner := s[1:-1]) and inner.strip():
            # (a heading set in a frame of its own, 〖聚焦政治建设，把牢发展方向〗: the frame
            # decorates it, as a bullet does)
            k = bisect.bisect_right(starts, i) - 1
            after = raws[k][i + 1 - starts[k]] if i + 1 < starts[k + 1] else ""
            if R.bullet_heading(inner, after) and not R.chrome_line(inner):
                pictured[k] += 2
                lines[i] = inner
                firsts[i] = inner[:1]
                bullets[k].append(i - starts[k])
        elif (m := W.PICTURE.match(s)) is not None and m.end() < len(s):
            k = bisect.bisect_right(starts, i) - 1
            pictured[k] += m.end()
            lines[i] = s[m.end():]
            firsts[i] = lines[i][:1]
            after = raws[k][i + 1 - starts[k]] if i + 1 < starts[k + 1] else ""
            if R.bullet_heading(lines[i], after):
                bullets[k].append(i - starts[k])
    # the lines a rule of chrome_line or is_title_label could take out, with those rules: the
    # rest is body
    rules: dict[int, int] = defaultdict(int)
    for i in bare:
        rules[i] |= R.BARE
    if not _LINE_OPENERS.isdisjoint(firsts):  # (compress: a Python step only for the lines found)
        for i in compress(range(len(lines)), map(_LINE_OPENERS.__contains__, firsts)):
            rules[i] |= R.KEYWORD
    heads2 = list(map(_FIRST2, lines))
    if not W.PREFIXES.isdisjoint(heads2):
        for i in compress(range(len(lines)), map(W.PREFIXES.__contains__, heads2)):
            rules[i] |= R.KEYWORD
    # The other rules take no line longer than R.LONGEST, and a call to act none longer than
    # R.ACTION_LONGEST: only the shorter lines are searched for what they need, and most of an
    # essay's text, its paragraphs, is not looked at.
    short = list(compress(range(len(lines)), map(R.LONGEST.__ge__, map(len, lines))))
    some = list(map(lines.__getitem__, short))
    text = "\n".join(some)
    ends = text_ends(some)
    if "." in text:
        for j in texts_matching(R.DOMAIN, text, ends):
            rules[short[j]] |= R.URL
    for word, anchor in BLURB_SIGNS:
        if anchor in text and word in text:
            for pos in find_word(text, word, anchor):
                rules[short[bisect.bisect_right(ends, pos)]] |= R.BLURB
    brief = list(compress(range(len(some)), map(R.ACTION_LONGEST.__ge__, map(len, some))))
    acts = "\n".join(map(some.__getitem__, brief))
    if acts:
        act_ends = text_ends(list(map(some.__getitem__, brief)))
        pattern, anchored = _word_scan()
        for m in pattern.finditer(acts):
            at = m.start()
            for word, k in anchored[m.group()]:
                if at >= k and acts.startswith(word, at - k):
                    rules[short[brief[bisect.bisect_right(act_ends, at - k)]]] |= _RULES_OF[word]
    heads = list(map(_HEAD, some))
    joined = "\n".join(heads)
    head_ends = text_ends(heads)
    # (a word is looked for through its rarest character: see textscan.find_word)
    for anchor, words in (("间", ("时间",)), ("間", ("時間",)), ("源", ("来源于", "來源於")), (">", (">",))):
        if anchor in joined:
            for word in words:
                for pos in find_word(joined, word, anchor):
                    rules[short[bisect.bisect_right(head_ends, pos)]] |= R.HEADED
    for sign in _NAV_FOUND_BY:
        if sign in joined:
            for j in texts_holding(joined, head_ends, sign):
                rules[short[j]] |= R.NAV
    if W.copyright_signs(joined):  # (then asked of each essay's heads, as it holds the signs or not)
        for k in range(len(raws)):
            a = bisect.bisect_left(short, starts[k])
            b = bisect.bisect_left(short, starts[k + 1], a)
            if a < b and W.copyright_signs(joined[head_ends[a - 1] if a else 0 : head_ends[b - 1] - 1]):
                for j in range(a, b):
                    if R.COPYRIGHT_OPENERS.search(some[j], 0, 40):
                        rules[short[j]] |= R.COPYRIGHT
    # (a line of the first three of an essay holds an essay mark only with 篇 or 范文/範文 in it)
    tops = [i for k in range(len(raws)) for i in range(starts[k], min(starts[k] + 3, starts[k + 1]))]
    top_lines = list(map(lines.__getitem__, tops))
    top_text, top_ends = "\n".join(top_lines), text_ends(top_lines)
    marked = sorted({tops[j] for sign in "篇文例料素" for j in texts_holding(top_text, top_ends, sign)})
    found = sorted(rules)
    bodies: list[R.Body] = []
    at = mark = 0
    for k in range(len(raws)):
        a, b = starts[k], starts[k + 1]
        end = bisect.bisect_left(found, b, at)
        last = bisect.bisect_left(marked, b, mark)
        bodies.append(_body(lines[a:b], [i - a for i in found[at:end]], [i - a for i in marked[mark:last]], rules, a,
                            pictured[k], heads2[a:b], bullets.get(k, ())))
        at, mark = end, last
    return bodies


def _body(lines: list[str], found: list[int], marked: list[int], rules: dict[int, int], first: int, pictured: int,
          heads: list[str], bullets: Sequence[int]) -> R.Body:
    """One essay's Body: `found` the lines (by their index in `lines`) a rule could take out,
    `marked` those of the first three that may hold an essay mark, `rules` the rules of each
    (by its index among all, lines[0] being line `first`), `bullets` the lines a bullet sets off
    as headings (they join no line)."""
    titles: list[str] = []
    drop: set[int] = set()
    title_chars, chrome_chars = 0, pictured
    title_first = False
    signed: list[str] = []  # (an account's bylines)
    for i in sorted(set(found).union(marked)) if marked else found:
        s = lines[i]
        if not s:
            continue
        if i < 3 and (mark := essay_mark(s)):
            titles.append(mark.group("title"))
            title_first = title_first or not chrome_chars
            title_chars += len(s)
            drop.add(i)
            continue
        asked = rules.get(first + i, 0)
        if not asked:
            continue
        if R.chrome_line(s, asked) and not W.record_time(lines, i):
            chrome_chars += len(s)
            if asked & _SIGNED:
                signed.append(s)
        elif asked & R.KEYWORD and R.is_title_label(s):
            titles.append(s)
            title_first = title_first or not chrome_chars
            title_chars += len(s)
        else:
            continue
        drop.add(i)
    if signed and (names := set().union(*map(byline_names, signed))):
        named = [i for i, s in enumerate(lines) if s in names]  # (the account's name alone, at the foot)
        chrome_chars += sum(len(lines[i]) for i in named if i not in drop)
        drop.update(named)
    # (the headline of an ad's card under its label, 广告 / 森林消防员招聘…｜包食宿: no sentence)
    ads = [i + 1 for i in drop if len(lines[i]) <= 8 and _AD_LABEL.fullmatch(lines[i]) and i + 1 < len(lines)]
    drop.update(i for i in ads if 0 < len(lines[i]) <= 40 and R.SENTENCE_MARK.search(lines[i]) is None)
    alone = frozenset(i for i in bullets if i not in drop) if bullets else frozenset()
    if not drop and "" not in lines:
        return R.Body(lines, list(range(len(lines))), "\n".join(lines), titles, 0, pictured, False, heads, alone, alone)
    index = [i for i, s in enumerate(lines) if s and i not in drop]
    kept = [lines[i] for i in index]
    return R.Body(kept, index, "\n".join(kept), titles, title_chars, chrome_chars, title_first, heads, alone, alone)
