"""The shapes extraction looks for, word by word: noun lists, lead-in words, and four-character
set phrases (parallel clauses are in drafter.extract.parallels).

Pure functions over strings (and the segmenter's dictionary tags), so that each rule can be
tested alone; drafter.extract.candidates applies them to documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .. import segment
from .parallels import FUNCTION_CHARS
from .text import aligned_shared, common_prefix, is_han

NOUNISH = ("n", "j", "x")  # j: abbreviations (质监局, 工商局) are names too
_FUNCTION_TAGS = ("p", "c", "u")  # prepositions, conjunctions, particles


def nouns_only(tokens: Iterable[str]) -> bool:
    """Whether the tokens are nouns: tagged so, or unknown to the dictionary and holding no
    character it tags as a function word.  The segmenter guesses words it does not know (以书为|
    师, 以书|为友), and such a guess around 以, 为 or 的 is a phrase, not a name."""
    tag = segment.pos_table().get
    for token in tokens:  # (most lists fail on their first token: a loop stops there)
        known = tag(token)
        if known is None:
            for c in token:
                if tag(c, "x").startswith(_FUNCTION_TAGS):
                    return False
        elif not known.startswith(NOUNISH):
            return False
    return True


def noun_list(words: list[str]) -> bool:
    """质监局、工商局、交通局: items made of nouns only are a list, not a parallel."""
    # Most lists fail on their first word: it is cut alone, the others (if it passes) in one call.
    if not words or not nouns_only(segment.cut(words[0])):
        return not words
    rest = words[1:]
    each = segment.cut_each(rest) if rest and "，" not in "".join(rest) else map(segment.cut, rest)
    return all(map(nouns_only, each))


LEADS = ("也就是", "就是", "即是", "即")  # in the order strip_lead_text tries them
LEAD_ANY = re.compile("|".join(LEADS))
# Verbs of two characters that lead into the first item of a pair or a run (做到|一级抓一级、层层
# 抓落实; 坚持|多蒸煮、少油炸): a clause opening on one, the rest as long as the next clause, is cut
# there even when no character of the rest lines up with the next (drafter.extract.scan).
LEAD_VERBS = ("做到", "坚持", "确保", "实现", "力争", "力求", "努力", "坚决", "真正", "始终")
_LEAD_CORES = ("就是", "即")  # every lead contains one of these


def has_lead(text: str) -> bool:
    """`LEAD_ANY.search(text)` as two substring tests, a C scan each (a fifth of the search)."""
    return _LEAD_CORES[0] in text or _LEAD_CORES[1] in text


def strip_lead_text(text: str) -> str:
    """即抓思想 → 抓思想: a connective in front of the first item of a list."""
    if text[:1] not in "也就即":
        return text
    for lead in LEADS:
        if text.startswith(lead) and len(text) - len(lead) >= 2:
            return text[len(lead):]
    return text


# Tags of ordinary two-character words: a four-character "idiom" made of two of them is a
# collocation jieba's dictionary happens to list (群众反映, 始终保持, 理论知识), not a set phrase.
_CONTENT_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "v", "vn", "vd", "a", "ad", "an", "d",
                           "t", "p", "r", "m"})
# Classical function characters inside a word mark a set phrase even when its halves are words
# (坚定不移, 取信于民).
_CLASSICAL = frozenset("不无之而以于其则所者乎也勿莫非未")
_LOCATIVE_END = frozenset("下中上里内外前后")


_NUMERAL_COUNT = re.compile(r"^[一二三四五六七八九十两几][个种项条大点次些位名]")


def _compositional(word: str) -> bool:
    """Two ordinary words side by side (群众反映, 关注民生), a locative phrase (新形势下,
    在群众中) or a count (五种意识): four characters that are not a set phrase.  Patterns like
    ABAC (全心全意, 特事特办) and classical function characters (坚定不移) mark a set phrase
    even when its halves are words."""
    if word[0] == word[2] or word[1] == word[3] or word[0] == word[1] or _CLASSICAL & set(word[1:3]):
        return False
    if word[0] == "在" or _NUMERAL_COUNT.match(word):
        return True
    pos = segment.pos_of
    if word[-1] in _LOCATIVE_END and (pos(word[:3]) != "x" or pos(word[1:3]) != "x"):
        return True
    return pos(word[:2]) in _CONTENT_TAGS and pos(word[2:]) in _CONTENT_TAGS


def _set_phrase(word: str) -> bool:
    if not is_han(word):
        return False
    tag = segment.pos_of(word)
    if segment.is_domain_word(word):
        return tag in ("i", "l")
    return tag == "i" and not _compositional(word)


@lru_cache(maxsize=1 << 14)
def set_phrase(word: str) -> bool:
    """A four-character word of the dictionary fit for the 四字格 category: an idiom (i) that is
    not merely compositional, or a set phrase (i, l) of the domain dictionary — not one of its
    terms (乡镇干部, n)."""
    return _set_phrase(word)


def set_phrases(words: frozenset[str]) -> frozenset[str]:
    """The words of `words` that set_phrase accepts (without filling its cache)."""
    return frozenset(filter(_set_phrase, words))


@lru_cache(maxsize=1 << 14)
def four_item(word: str) -> bool:
    """A four-character item of a list or a quotation, fit for the 四字格 category."""
    return (is_han(word) and word[0] not in FUNCTION_CHARS and word[-1] not in FUNCTION_CHARS
            and (set_phrase(word) or not _compositional(word))
            and not noun_list([word]))


ANSWERS = ("才", "就", "则", "而且", "并且", "但", "却", "越要", "更要", "也要", "还要")
# words that open on the character of an answer and are words of their own, no answer (就业上帮
# 一把、生活上扶一把 is a run, not what a condition cut off before it gets)
NOT_ANSWERS = ("就业", "就医", "就餐", "就学", "就读", "就诊", "就近", "就地", "就位", "就绪", "就职", "才干",
               "才智", "才华", "才艺", "但凡")


def trim_lead_in(first: str, second: str) -> str:
    """做到谨慎用权、秉公用权… → 谨慎用权: words leading into a run are not part of it.  The first
    clause is cut to the length of the second when its tail matches the second's frame."""
    n = len(second)
    if len(first) <= n:
        return first
    tail = first[-n:]
    if tail[0] == second[0] or aligned_shared(tail, second) >= max(2, n // 2):
        return tail
    return first


def trim_tail(last: str, before: str) -> str:
    """…、重形式轻内容、重过程轻结果的倾向 → 重过程轻结果: the last clause of a run, going on past
    the length of the one before with 的 (a modifier of what follows, not an item), is cut there
    when its start matches the frame of the one before."""
    n = len(before)
    if len(last) <= n + 1 or last[n] != "的":
        return last
    head = last[:n]
    if head[0] == before[0] or aligned_shared(head, before) >= max(2, n // 2):
        return head
    return last


def run_on(words: list[str], after: str, ends: bool) -> str:
    """严禁…、严禁…、严禁…、严禁在永久基本农田上挖塘养鱼: the clause `after` a run of three or
    more that open on one word of two characters or more, opening on it too but too long to pair
    with the one before: its item, up to a 的 that makes the list a modifier (吃得上、吃得起、吃得好、
    吃得放心|的工作目标), or all of it where the sentence ends (`ends`); "" when it is none."""
    if after[:2] != words[0][:2]:  # (one C comparison rules out most runs)
        return ""
    prefix = common_prefix(words)
    if len(prefix) < 2 or not after.startswith(prefix) or not is_han(after) or FUNCTION_CHARS.issuperset(prefix):
        return ""
    longest = max(map(len, words))
    at = after.find("的", len(prefix) + 1)
    if 0 < at <= longest + 1:
        return after[:at]
    return after if ends and at < 0 and len(after) <= 2 * longest else ""
