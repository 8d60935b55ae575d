"""Lines → paragraphs, in cleaning: repeated titles and leads dropped, broken lines joined.

Scraped pages repeat the title (as a heading, an image caption, a breadcrumb), open with a site
导语 that retells the first paragraph (both: repeats.py), and lose or add line breaks: a
sentence or a word (服/务) cut in two, a heading glued to the end of the paragraph before it.
(The page title injected into the body for search engines is furniture:
inline.strip_title_injection.)  Which numbered lines are headings that join nothing is
headshapes.py's.  Everything here compares and joins cleaned lines; nothing here
knows about encodings, scripts or punctuation styles.

Most lines end a sentence and open with a character no join looks at: one scan of the lines
joined finds those that might join the line before, and only those go through the rules.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable

from .chromewords import RECORD_FIRSTS, RECORD_LINE
from .headshapes import MARKER_MAX, NUMBERED, couplet_heading, sibling_heading, standalone_families
from .headshapes import title_like as title_like
from .phraseheads import phrase_heads
from .repeats import MARKER_START, KeyMemo, drop_lead, drop_repeats
from .textscan import END_PUNCT, HAN

_GLUED_TAIL_BAD = re.compile(r"[，。；！？、,;“”（）]")
_HAN_THEN_COMMA = re.compile(f"[{HAN}][，；、]")
_ENUM_PERIOD_END = re.compile(f"、[{HAN}]。$")
_HAN_PERIOD = re.compile(f"[{HAN}]。")
_JOIN_OPENERS = frozenset("”’」』）》，。、；：！？…")  # a line opening with one continues the one before
_END = frozenset(END_PUNCT)


def paragraphs(
    lines: list[str], index: list[int], titles: set[str], alone: frozenset[int] = frozenset()
) -> tuple[list[str], list[int], int, int]:
    """Lines → paragraphs: repeats dropped (repeats.py), broken lines joined.  `titles` are the
    keys of the essay's titles; `alone`, the `index` entries of lines joined to no other (a
    heading set in bold or styled).  Returns the paragraphs, the `index` entry of the line each
    starts on, the characters of the repeats dropped and the joins made."""
    keys = KeyMemo(titles)
    lines, index, dropped = drop_repeats(lines, index, keys)
    texts, firsts, joins = join_lines(lines, index, alone)
    # when joining changed nothing (about half the essays), what drop_repeats kept holds no
    # repeat left to find: only a new first paragraph may be a lead
    if texts != lines or firsts != index:
        texts, firsts, more = drop_repeats(texts, firsts, keys)
    else:
        texts, firsts, more = drop_lead(texts, firsts, keys)
    return texts, firsts, dropped + more, joins


def _shares_affix(a: str, b: str) -> bool:
    a, b = a.rstrip("：:"), b.rstrip("：:")
    return a != b and len(a) >= 3 and len(b) >= 3 and (a[:2] == b[:2] or a[-2:] == b[-2:])


def _glued_tail(text: str, titled: Callable[[str], bool]) -> int:
    """Start of a heading glued to the end of a body line (a lost line break), or -1.

    Only split when the tail is a short unpunctuated phrase shaped like the document's own
    title lines (same first or last two characters): 前途艰辛造成的混世心态 among …心态.
    `titled` tells whether a tail shares its affix with a title line.
    """
    cut = text.rfind("。")
    cut = max(cut, text.rfind("！", cut + 1), text.rfind("？", cut + 1))  # (only after the 。 matter)
    if cut < 0 or cut == len(text) - 1:
        return -1
    tail = text[cut + 1 :]
    marker = NUMBERED.match(tail)  # (a numbered heading: 3.存在的主要问题)
    body = tail[marker.end() :] if marker else tail
    if not 3 <= len(tail) <= 20 or _GLUED_TAIL_BAD.search(body.rstrip("：:")):
        return -1
    numbered = marker is not None and len(body) >= 4 and not body[0].isdigit()  # (not 2.3亿元…)
    return cut + 1 if numbered or titled(tail) else -1


def _untitled(tail: str) -> bool:
    """For _glued_tail when only a numbered tail may be split off (no title line is asked)."""
    return False


def _enum_period_end(text: str) -> bool:
    # _ENUM_PERIOD_END.search, looking only where the match can be (the last three characters)
    return len(text) >= 3 and _ENUM_PERIOD_END.match(text, len(text) - 3) is not None


_LAST = operator.itemgetter(-1)
_END_CLASS = re.escape(END_PUNCT)
# Where a line (after the newline matched) might join the paragraph before: it opens with a
# closing mark or a comma; the line before lacks a sentence end; or (a scraper's 。 inside a
# word) the line before ends with 。 and a comma follows this line's first character (but not
# a numeral's 、: 一、 opens a heading, which no rule joins after 。), or an enumeration
# precedes that 。, or that line is too short to tell.  The paragraph before always
# ends with the line before, so the lines tell.  The pattern opens with the newline: the engine
# skips from one to the next at memory speed.
_JOINABLE = re.compile(
    "\n(?:[”’」』）》，。、；：！？…]"
    f"|(?<![{_END_CLASS}]\n)"
    "|(?<=。\n)(?![一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]、)[^\n][，；、]"
    "|(?<=、[^\n]。\n)|(?<=\n[^\n]。\n)|(?<=\n。\n)"
    "|(?<=\\d\\.\n)\\d|(?<=”\n)的(?!确)"  # (64.|6万元; …“缺少资金”|的占…: no sentence ends there)
    "|(?<=；\n)[二三四五六七八九十][是要])"  # (…：一是…；|二是…: a member of a list the paragraph runs)
)


def _joinable(text: str) -> list[int]:
    """The lines of the text (lines joined by newlines) that might join the line before."""
    found: list[int] = []
    line = 0
    done = 0
    for m in _JOINABLE.finditer("\n" + text):
        line += text.count("\n", done, m.start())
        done = m.start()
        if line:
            found.append(line)
    return found


def _runs_list(paragraph: str, line: str) -> bool:
    """Whether a line opening 二是 (三要…) goes on a list its paragraph runs: the member before it
    stands inside the paragraph, after its opening (…做到“三必到”：一是…；|二是…), not at its
    start, where each member would open a paragraph of its own."""
    before = "一二三四五六七八九"["二三四五六七八九十".find(line[0])]
    return paragraph.find(before + line[1], 1) > 0


def join_lines(
    lines: list[str], index: list[int], alone: frozenset[int] = frozenset()
) -> tuple[list[str], list[int], int]:
    """Lines → paragraphs.  Returns the paragraphs, the `index` entry of the line each starts
    on, and the joins made.  Lines of `alone` (index entries) join no other."""
    like: dict[str, bool] = {}  # title_like, asked of a line again as the paragraph before

    def is_title(text: str) -> bool:
        found = like.get(text)
        if found is None:
            found = like[text] = title_like(text)
        return found

    def titled(tail: str) -> bool:  # whether a title line shares the tail's first or last two characters
        return any(_shares_affix(tail, t) and is_title(t) for t in lines if len(t) <= 24 + MARKER_MAX)

    found: list[set[str]] = []

    def families() -> set[str]:  # (asked only of a numbered line left without an end mark: rare)
        if not found:
            found.append(standalone_families(lines))
        return found[0]

    texts: list[str] = []  # the paragraphs so far, and the line each starts on
    firsts: list[int] = []
    joins = 0
    phrased = 0  # lines of a four-character phrase and its clause the joins met (党建引领，把…)
    done = 0  # lines[:done] are in texts
    for i in _joinable("\n".join(lines)) if len(lines) > 1 else ():
        texts += lines[done:i]
        firsts += index[done:i]
        done = i + 1
        text = lines[i]
        prev = texts[-1]
        last = prev[-1]
        join = False
        if last not in _END and prev.startswith("，", 4):
            phrased += 1
        if alone and (index[i] in alone or index[i - 1] in alone):
            join = False  # (a line that stands alone, set in bold or styled as a heading, joins none)
        elif text[0] in _JOIN_OPENERS:
            join = True
        elif (last == "." and prev[-2:-1].isdigit() and text[0].isdigit() and not MARKER_START.match(text)) \
                or (last == "”" and text[0] == "的" and text[1:2] != "确"):
            join = True  # a number broken at its decimal point; 的 never opens a sentence
        elif last == "。" and _HAN_THEN_COMMA.match(text) and not is_title(prev) and not MARKER_START.match(text):
            prev, join = prev[:-1], True  # 去服。/务；— a scraper broke 服务 and added 。
        elif (
            last == "。"  # (which _enum_period_end needs)
            and _enum_period_end(prev)
            and not MARKER_START.match(text)
            and not _HAN_PERIOD.match(text)
        ):
            prev, join = prev[:-1], True  # 、人。/民武装 — same, inside an enumeration
        elif prev.endswith(("，", "、", "“", "（", "——")) or (
            last == "；" and text[1:2] in ("是", "要") and _runs_list(prev, text)
        ):
            join = True
        elif last not in _END and MARKER_START.match(text) and (cut := _glued_tail(prev, _untitled)) > 0:
            texts[-1] = prev[:cut]  # a numbered heading glued after a paragraph, a sibling next
            texts.append(prev[cut:])
            firsts.append(firsts[-1])
        elif last not in _END and not is_title(prev) and not MARKER_START.match(text) \
                and not (last == "】" and prev[0] == "【") and not couplet_heading(prev) \
                and (prev[0] not in RECORD_FIRSTS or RECORD_LINE.match(prev) is None) \
                and not (len(prev) <= 40 and NUMBERED.match(prev) and sibling_heading(prev, families())):
            # (a line set off in brackets is a heading or a label: 【二、深化村民自治】)
            cut = _glued_tail(prev, titled)
            if cut > 0:
                texts[-1] = prev[:cut]
                texts.append(prev[cut:])
                firsts.append(firsts[-1])
            else:
                join = True
        if join:
            texts[-1] = prev + text
            joins += 1
        else:
            texts.append(text)
            firsts.append(index[i])
    if phrased >= 3 and (heads := phrase_heads(lines)) and not {index[i] for i in heads} <= alone:
        # (党建引领，把支部建在网格上 over 清单管理，把服务送到家门口…: parallel headings, each over
        # its paragraph, that the joins took for lines a sentence broke: again, with them alone)
        return join_lines(lines, index, alone.union(index[i] for i in heads))
    if done:
        texts += lines[done:]
        firsts += index[done:]
    else:
        texts, firsts = lines, index
    # a heading glued to the end of a paragraph that introduces what follows (…：)
    lasts = list(map(_LAST, texts))
    if "：" not in lasts and ":" not in lasts:
        return texts, firsts, joins
    out: list[str] = []
    out_firsts: list[int] = []
    done = 0
    for i, ch in enumerate(lasts):
        if ch in "：:" and (cut := _glued_tail(texts[i], titled)) > 0:
            out += texts[done:i]
            out_firsts += firsts[done:i]
            out += (texts[i][:cut], texts[i][cut:])
            out_firsts += (firsts[i], firsts[i])
            done = i + 1
    if not done:
        return texts, firsts, joins
    out += texts[done:]
    out_firsts += firsts[done:]
    return out, out_firsts, joins
