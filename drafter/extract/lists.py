"""Lists whose items share no character: parallel by their form alone.

The clause scan (drafter.extract.scan) finds parallel clauses by the characters they share.  A
list of three items or more joined by 、, of one length (抓重点、补短板、强弱项;
一站式受理、一揽子调处、全链条解决), is parallel by the equal length and the enumeration mark
instead.  A list of names (质监局、工商局) is still refused as a noun list, unless its items end on
a suffix that makes abstract nouns out of verbs and adjectives (获得感、幸福感、安全感); long
items need a frame they share, since items of one length may line up by chance.

Pure functions over clause texts (and the segmenter, for word boundaries and noun lists):
equal_lists and list_fit tell the lists of one sentence; extraction reads the characters of the
sentences the scan marked LIST (list_spans, list_form: drafter.extract.candidates) and the words
of all their lists in a batch at once (nouns_each: drafter.extract.mine), which gives the same.
Sayings without quotation marks, the other shape the scan cannot see, are in
drafter.extract.sayings.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from .. import segment
from .parallels import FUNCTION_CHARS
from .patterns import LIST_LENGTHS
from .shapes import nouns_only
from .text import common_prefix, common_suffix, is_han

# Suffixes that make an abstract noun (获得感, 积极性, 凝聚力, 满意度, 年轻化, 责任心, 大局观):
# a list of such nouns is a set of qualities, not of things or offices.
ABSTRACT_SUFFIXES = frozenset("感性力度化心观")
# The longest items of a list whose last one is cut (安全感|不断增强): where a long item runs on, a
# word boundary at the length of the others is as likely inside the item (改善民生维护|稳定).
_LAST_CUT = 5
# A list of more items than this enumerates a field of work (农村经济、公共事业、基础建设…)
# rather than making a figure of speech.
_MOST_ITEMS = 5
_END_MARKS = "。！？…”’"


def abstract_list(items: list[str]) -> bool:
    """获得感、幸福感、安全感: items of three characters or more ending on one abstract suffix."""
    suffix = common_suffix(items)
    return len(suffix) == 1 and suffix in ABSTRACT_SUFFIXES and min(map(len, items)) >= 3


Span = tuple[int, int, str, int, int, list[str]]  # see list_spans


def list_spans(sentence: str) -> list[Span]:
    """The lists of a sentence as far as the characters tell: three clauses or more joined by 、
    (between other marks), the inner ones of one length in LIST_LENGTHS, all Han; the first and
    the last item cut to that length.  Each as (first clause, end, the text of the clauses, where
    the items start and end in it, the items), counting the sentence's clauses as
    text.clause_texts does.  Read with string methods, not clause by clause (most sentences hold
    no list).  Whether the cuts fall between words is for `nouns` or `nouns_each` to tell."""
    found: list[Span] = []
    k = 0
    for part in sentence.rstrip(_END_MARKS).replace("；", "，").replace("：", "，").split("，"):
        count = part.count("、") + 1
        if 3 <= count <= _MOST_ITEMS:
            texts = part.split("、")
            inner = texts[1:-1]
            size = len(inner[0])
            head, tail = len(texts[0]) - size, len(texts[-1]) - size
            if LIST_LENGTHS[0] <= size <= LIST_LENGTHS[1] and all(len(t) == size for t in inner) \
                    and head >= 0 and tail >= 0 and (tail == 0 or size <= _LAST_CUT) \
                    and all(map(is_han, inner)) and is_han(texts[0][head:]) and is_han(texts[-1][:size]):
                items = [texts[0][head:], *inner, texts[-1][:size]]
                found.append((k, k + count, part, head, len(part) - tail, items))
        k += count
    return found


def equal_lists(sentence: str) -> list[tuple[int, int, list[str], bool]]:
    """The lists of a sentence (list_spans) whose first and last items are cut where a word of
    the segmenter starts or ends: the words before the first item lead into the list (使我|开阔了
    视野), the words after the last go on with the sentence (安全感|不断增强).  Each as (first
    clause, end, items, whether the items are nouns only).  One call of the segmenter a list:
    extraction gathers the lists of a batch and cuts them in one (`nouns_each`)."""
    found = []
    for k, end, part, start, stop, items in list_spans(sentence):
        nouns = _nouns(part, start, stop)
        if nouns is not None:
            found.append((k, end, items, nouns))
    return found


def _nouns(part: str, start: int, end: int) -> bool | None:
    """Whether the words of part[start:end] are all nouns (shapes.noun_list), or None when a
    word of the segmenter crosses `start` or `end`."""
    at, inside = 0, []
    for token in segment.cut(part):
        if start <= at and at + len(token) <= end:
            if token != "、":
                inside.append(token)
        elif at < start < at + len(token) or at < end < at + len(token):
            return None
        at += len(token)
    return nouns_only(inside)


def nouns_each(spans: list[tuple[str, int, int]]) -> list[bool | None]:
    """`_nouns` of each (part, start, end), the parts cut in one call of the segmenter, joined by
    "，" (which none holds: parts are split on it, and it ends a run of Han characters, so each is
    cut as it would be alone); word ends found by bisection in the running ends of the tokens,
    the tags looked up by C calls (map, filter), so Python does a few steps a list, not a token."""
    if not spans:
        return []
    tokens = segment.cut("，".join(part for part, _, _ in spans))
    ends = list(accumulate(map(len, tokens)))
    out: list[bool | None] = []
    first = base = 0  # the first token of the part, and where the part starts in the joined text
    for part, start, end in spans:
        after = bisect_left(ends, base + start, first)  # the token that ends at `start`, if any
        last = bisect_left(ends, base + end, first)
        if start and ends[after] != base + start:
            out.append(None)
        elif end == start:  # (an empty span holds no word: all of none are nouns)
            out.append(True)
        elif ends[last] != base + end:
            out.append(None)
        else:
            words = tokens[after + 1 if start else first:last + 1]
            out.append(nouns_only(filter("、".__ne__, words)))
        base += len(part) + 1
        first = bisect_left(ends, base - 1, first) + 2  # past the part's last token and the comma
    return out


def list_form(items: list[str]) -> bool:
    """A list of equal items worth a library by its form: items of six characters or more only
    with a frame they share (在…中, a shared opening or ending), since long items of one length
    may line up by chance.  (Not one of names either: `list_fit`.)"""
    if len(items[0]) < 6:
        return True
    prefix, suffix = common_prefix(items), common_suffix(items)
    if (prefix and prefix[0] not in FUNCTION_CHARS) or (suffix and suffix[-1] not in FUNCTION_CHARS):
        return True
    return sum(len(set(column)) == 1 for column in zip(*items, strict=True)) >= 2


def list_fit(items: list[str], nouns: bool) -> bool:
    """A list of equal items worth a library: by its form (list_form), and not a list of names
    (`nouns`: its words are nouns only) unless of abstract nouns (abstract_list)."""
    return (not nouns or abstract_list(items)) and list_form(items)
