"""Figures the clause scan cannot see, found in a paragraph by the marks and words that carry them.

- sayings without quotation marks after a word of speech or insight, two ways of doing one
  thing compared by 不如, and questions answered in turn (drafter.extract.spoken);
- a list of four to six items of two characters that are phrases, not words (水清、岸绿、河畅、
  景美; 学纪、知纪、明纪、守纪: `pair_list`);
- phrases of the shape X…不X… side by side (减负不减责、松绑不松劲: `kept_shape`);
- stages from one state to another (从汛前排查到汛中转移，再到灾后重建; 从“干部干、群众看”到
  “干部群众一起干”, whose quotation the clause split cuts: `stages`);
- a judgement raised by 更是 (X是A，更是B: drafter.extract.judgements);
- halves joined by ；, each of two clauses answering the others' in turn (一份热饭，解决的是…；一份
  热饭，减轻的是…: drafter.extract.semicolons).

Each rule waits behind a search, in the paragraphs of a batch joined, for a pattern that opens on
one literal (，：、不从), which the regular-expression engine looks for without reading each
character against a class, or a substring test (什么？): most paragraphs pay those scans only.
drafter.extract.mine calls `figures` on the body paragraphs of a batch; `fits` and `with_topic`
are two steps of the rule of runs of drafter.extract.candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, pairwise

from .. import segment
from .judgements import raised
from .parallels import FUNCTION_CHARS, same_shape
from .quality import usable
from .semicolons import HALF_RE, answered_halves
from .shapes import noun_list
from .spoken import Found, answered, rather, spoken
from .text import clauses, is_han

Emit = Callable[[str, str, int, tuple[str, ...]], None]

_HAN = "\u4e00-\u9fff"
_TOPIC_TAGS = ("n", "j", "l", "vn")
# a cue word's last character and its mark (spoken.CUE_WORDS), or the mark of 从…到…，再到…
# (one literal first, the engine's fast path: alternatives each opening on it would not take it)
_CUE_RE = re.compile("，(?:再到|不如|(?<=[说讲道云出调到得理话]，))")
_COLON_CUE_RE = re.compile("：(?<=[说讲道理话]：)")
# two inner items of two characters between marks: a list of four items at least
_PAIR_LIST_RE = re.compile(f"、[{_HAN}]{{2}}、[{_HAN}]{{2}}、")
_RAISED_RE = re.compile("，更是")  # X是A，更是B (drafter.extract.judgements)
_KEPT_RE = re.compile(f"不(?=[{_HAN}]{{2}}[、，][{_HAN}]{{2}}不)")  # 减负不减责、松绑不松劲, by its first 不


def figures(texts: list[str], lines: list[int], emits: list[Emit]) -> None:
    """The figures of the body paragraphs (normalised) of a batch, each handed to its `emit`.
    Each pattern is searched once in all the paragraphs joined by newlines (no rule reads across
    one), not once a paragraph: a search costs some thousand instructions to set up."""
    joined = "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    found: list[tuple[int, Found | None]] = []

    def at(m: re.Match[str], end: bool = False) -> tuple[int, str, int]:
        k = bisect_right(starts, m.start()) - 1
        return k, texts[k], (m.end() if end else m.start()) - starts[k]

    for m in _CUE_RE.finditer(joined):
        k, text, start = at(m)
        cue = m.group()
        if cue == "，再到":
            found += [(k, item) for item in stages(text, start)]
        elif cue == "，不如":
            found.append((k, rather(text, start)))
        else:
            found.append((k, spoken(text, start + 1)))
    for gate, pattern, rule in _RULES:
        if gate in joined:
            for m in pattern.finditer(joined):
                k, text, start = at(m)
                found.append((k, rule(text, start)))
    if "什么？" in joined:
        for k, text in enumerate(texts):
            if "什么？" in text:
                found += [(k, item) for item in answered(text)]
    for k, item in found:
        if item is not None:
            category, text, tags = item
            if usable(text, category):
                emits[k](category, text, lines[k], tags)


def fits(text: str, category: str) -> bool:
    """`usable`, or a run of judgements that end on 的, each holding 是 (能力是干出来的，本领是练
    出来的): that 的 closes the judgement, it does not ask for more as after a modifier."""
    if usable(text, category):
        return True
    return text.endswith("的") and all("是" in part.text for part in clauses(text)) and usable(text[:-1], category)


def with_topic(sentence: str, text: str) -> str:
    """A couplet that is a whole sentence but for a topic (two to four characters, words the
    dictionary knows as nouns, set phrases or verbal nouns: no pronoun, adverb or verb) that the
    scan cut off its first clause (营商环境|只有更好，没有最好), with the topic again."""
    body = sentence.strip().rstrip("。！？…”’")
    lead = body[:len(body) - len(text)]
    if not 2 <= len(lead) <= 4 or not body.endswith(text) or not is_han(lead):
        return text
    tag = segment.pos_table().get
    return body if all(tag(t, "x").startswith(_TOPIC_TAGS) for t in segment.cut(lead)) else text


# ------------------------------------------------------------------ lists of two-character items

_PAIR_ITEMS_RE = re.compile(f"[{_HAN}]{{2}}(?:、[{_HAN}]{{2}})+")
_NAME_TAGS = ("nr", "ns", "nt")
_CLAUSE_MARKS = "，。；：！？"


def pair_list(text: str, at: int) -> Found | None:
    """The list whose first item ends at `at`: four to six items of two characters, the first
    starting and the last ending where words of the segmenter do (干部|学纪, 景美|的景象), at
    least half of them no word of the dictionary (学习、宣传、贯彻、落实 is a list of words), none
    a name: each a phrase of two words of one character."""
    if at < 2 or (at > 2 and text[at - 3] == "、"):  # (a list is read from its first item only)
        return None
    m = _PAIR_ITEMS_RE.match(text, at - 2)
    if m is None:
        return None
    items = m.group().split("、")
    if not 4 <= len(items) <= 6 or len(set(items)) != len(items):
        return None
    tags = [segment.pos_table().get(item, "x") for item in items]
    if 2 * tags.count("x") < len(items) or any(t.startswith(_NAME_TAGS) for t in tags):
        return None
    # a list whose neighbours share a character at one place is a run of the scan: unless of
    # nouns, drafter.extract.candidates has it
    if all(a[0] == b[0] or a[1] == b[1] for a, b in pairwise(items)) and not noun_list(items):
        return None
    lo = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1
    hi = min((k for k in (text.find(c, m.end()) for c in _CLAUSE_MARKS) if k >= 0), default=len(text))
    at, starts = lo, set()
    for token in segment.cut(text[lo:hi]):
        starts.add(at)
        at += len(token)
    starts.add(at)
    return ("排比", m.group(), ()) if m.start() in starts and m.end() in starts else None


# ------------------------------------------------------------------ X…不X… side by side

def kept_shape(text: str, at: int) -> Found | None:
    """Phrases of five characters, a word, 不 and the word's first character again with another
    (减负不减责), or one word and 不 and one word each, the two phrases sharing the first and the
    fourth character (退伍不褪色、退役不褪志), side by side (、 or ，), the first of them at `at` - 2:
    the figure keeps one thing while it eases another.  Those of one shape of repetitions (满意
    不满意、高兴不高兴) are runs of the scan.  What follows may be 的 (…不褪志|的优良传统)."""
    start = at - 2
    if start < 0 or (start > 5 and _kept(text[start - 6:start - 1]) and text[start - 1] in "、，"):
        return None  # (a chain is read from its first phrase only)
    items: list[str] = []
    while len(items) < 5 and (_kept(item := text[start:start + 5]) or (items and _echoing(items[0], item))) \
            and (not items or text[start - 1] in "、，"):
        items.append(item)
        start += 6
    end = start - 1
    if len(items) < 2 and _echoing(item := text[at - 2:at + 3], text[at + 4:at + 9]) and text[at + 3] in "、，":
        items, end = [item, text[at + 4:at + 9]], at + 9
    if len(items) < 2 or same_shape(items[0], items[1]) or (end < len(text) and is_han(text[end])
                                                            and text[end] != "的"):
        return None  # (松绑不松劲头: the second phrase runs on)
    return "排比", text[at - 2:end], ()


def _kept(item: str) -> bool:
    return len(item) == 5 and item[2] == "不" and item[0] == item[3] and item[0] not in FUNCTION_CHARS \
        and is_han(item)


def _echoing(a: str, b: str) -> bool:
    """Two phrases of five characters around 不 sharing the first and the fourth (退伍不褪色、退役
    不褪志), no function character."""
    return len(a) == len(b) == 5 and a[2] == b[2] == "不" and a[0] == b[0] and a[3] == b[3] \
        and a[0] not in FUNCTION_CHARS and a[3] not in FUNCTION_CHARS and a[1] != b[1] and is_han(a + b)


# ------------------------------------------------------------------ stages

_STATE = "[^，。；！？、“”从到]{2,10}"
_STAGES_RE = re.compile(f"从({_STATE}?)到({_STATE})，再到({_STATE})")
_QUOTED = "“[^“”]{1,12}”"
# (a frame of two quotations that holds no mark inside is drafter.extract.quoteframes')
_QUOTED_STAGES_RE = re.compile(f"从({_QUOTED})到({_QUOTED})")


def stages(text: str, at: int) -> list[Found]:
    """从汛前排查到汛中转移，再到灾后重建 (its ，再到 at `at`), states of similar length: the
    instance as a 排比, its frame (从{A}到{B}，再到{C}) as a 句式."""
    start = text.rfind("从", max(0, at - 22), at)
    m = _STAGES_RE.match(text, start) if start >= 0 else None
    if m is None or m.end(2) != at:
        return []
    sizes = [len(s) for s in m.groups()]
    if max(sizes) > 2 * min(sizes):
        return []
    return [("排比", m.group(), ()), ("句式", "从{A}到{B}，再到{C}", ())]


def quoted_stages(text: str, at: int) -> Found | None:
    """从“干部干、群众看”到“干部群众一起干”: a frame of two quotations that the clause split
    cuts apart (a quotation holds a mark), quotations of similar length."""
    m = _QUOTED_STAGES_RE.match(text, at)
    if m is None or not any(c in m.group() for c in "，、；"):
        return None
    a, b = (len(s) for s in m.groups())
    return ("排比", m.group(), ()) if max(a, b) <= 2 * min(a, b) else None


# the rules found by a pattern opening on one literal (the engine's fast path), called where the
# match starts, each behind a substring test (a fast search, a fraction of the pattern's)
_RULES: tuple[tuple[str, re.Pattern[str], Callable[[str, int], Found | None]], ...] = (
    ("：", _COLON_CUE_RE, lambda text, start: spoken(text, start + 1)),
    ("、", _PAIR_LIST_RE, pair_list),
    ("不", _KEPT_RE, kept_shape),
    ("从“", _QUOTED_STAGES_RE, quoted_stages),
    ("，更是", _RAISED_RE, raised),
    ("；", HALF_RE, answered_halves),
)
