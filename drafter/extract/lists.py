"""Lists whose items share no character: parallel by their form alone.

The clause scan (drafter.extract.scan) finds parallel clauses by the characters they share.  A
list of three items or more joined by 、, of one length (抓重点、补短板、强弱项;
一站式受理、一揽子调处、全链条解决), is parallel by the equal length and the enumeration mark
instead.  A list of names (质监局、工商局) is still refused as a noun list, unless its items end on
a suffix that makes abstract nouns out of verbs and adjectives (获得感、幸福感、安全感); long
items need a frame they share, since items of one length may line up by chance.

Pure functions over clause texts (and the segmenter, for word boundaries and noun lists);
drafter.extract.candidates calls them on the sentences the scan marked LIST.  Sayings without
quotation marks, the other shape the scan cannot see, are in drafter.extract.sayings.
"""

from __future__ import annotations

import re

from .. import segment
from .parallels import FUNCTION_CHARS
from .patterns import LIST_LENGTHS
from .shapes import NOUNISH
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


_NOT_LIST_MARKS = re.compile("[，；：]")


def equal_lists(sentence: str) -> list[tuple[int, int, list[str], bool]]:
    """The lists of a sentence: three clauses or more joined by 、 (between other marks), the
    inner ones of one length in LIST_LENGTHS, all Han.  The first and the last are cut to that
    length where a word of the segmenter starts or ends: the words before the first item lead into
    the list (使我|开阔了视野), the words after the last go on with the sentence (安全感|不断增强).
    Each as (first clause, end, items, whether the items are nouns only), counting the sentence's
    clauses as text.clause_texts does.  Read with string methods, not clause by clause (most
    sentences hold no list), and each list segmented once, for its edges and its nouns both."""
    found = []
    k = 0
    for part in _NOT_LIST_MARKS.split(sentence.rstrip(_END_MARKS)):
        count = part.count("、") + 1
        if 3 <= count <= _MOST_ITEMS:
            texts = part.split("、")
            inner = texts[1:-1]
            size = len(inner[0])
            head, tail = len(texts[0]) - size, len(texts[-1]) - size
            if LIST_LENGTHS[0] <= size <= LIST_LENGTHS[1] and all(len(t) == size for t in inner) \
                    and head >= 0 and tail >= 0 and (tail == 0 or size <= _LAST_CUT) \
                    and all(map(is_han, inner)) and is_han(texts[0][head:]) and is_han(texts[-1][:size]):
                nouns = _nouns(part, head, len(part) - tail)
                if nouns is not None:
                    items = [texts[0][head:], *inner, texts[-1][:size]]
                    found.append((k, k + count, items, nouns))
        k += count
    return found


def _nouns(part: str, start: int, end: int) -> bool | None:
    """Whether the words of part[start:end] are all nouns (shapes.noun_list), or None when a
    word of the segmenter crosses `start` or `end`."""
    tag = segment.pos_table().get
    at, nouns = 0, True
    for token in segment.cut(part):
        if start <= at and at + len(token) <= end:
            if token != "、" and not tag(token, "x").startswith(NOUNISH):
                nouns = False
        elif at < start < at + len(token) or at < end < at + len(token):
            return None
        at += len(token)
    return nouns


def list_fit(items: list[str], nouns: bool) -> bool:
    """A list of equal items worth a library: not a list of names (`nouns`: its words are nouns
    only); of items of six characters or more only with a frame they share (在…中, a shared opening
    or ending), since long items of one length may line up by chance."""
    if nouns and not abstract_list(items):
        return False
    if len(items[0]) < 6:
        return True
    prefix, suffix = common_prefix(items), common_suffix(items)
    if (prefix and prefix[0] not in FUNCTION_CHARS) or (suffix and suffix[-1] not in FUNCTION_CHARS):
        return True
    return sum(len(set(column)) == 1 for column in zip(*items, strict=True)) >= 2
