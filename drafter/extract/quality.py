"""Junk checks for phrase texts, shared by extraction (to drop candidates) and curation/tests.

Standard library only: the checks are about the surface of a text (scripts, punctuation,
boundaries), not about meaning.  Traditional characters are checked where OpenCC may be used
(clean.py and the tests); everything else a curated entry must never contain is here.
"""

from __future__ import annotations

import re

from ..phrasefile import SLOT_RE, check_text_balance

# Characters a phrase must not start with: particles and conjunctions that only attach to
# what comes before, so a text starting with them was cut out of a longer sentence.
BAD_START = frozenset("的了着地得之和与及或而且并也都就吗呢吧啊么所")
# Words that open on one of those and stand at the start of a whole construction, or are words
# of their own (就业上帮一把, 就近就便: not the 就 of an answer), and 地 the noun before a judgement
# (地者，政之本也; 地是刮金板: the particle 地 comes before a verb).
GOOD_STARTS = ("与其", "与此同时", "就业", "就医", "就餐", "就学", "就读", "就诊", "就近", "就地", "地者", "地是")
# Characters a phrase must not end with: they demand a continuation.
BAD_END = frozenset("的和与及或而并把被对于向从以将为在给让使由且、，；：—五六七八九")
CLAUSE_END = "。！？；"
# Ends on a character of BAD_END that are whole words and ask for nothing more: 使 as a verb after
# where the effort goes (劲往一处使, 力朝一块使; not 使 "to make"), and words ending on 在 (问题仍然
# 存在, 关键所在; not 把功夫下在), and 把 the measure of a hand's help after 一 (帮一把, 拉一把;
# not 统一把…)
# (no class of the Han range: compiling one costs milliseconds at every start)
_WHOLE_END_RE = re.compile("(?:[往朝][^，、；：]{0,2}[处块边头]使|(?:存|所|实|自|何)在|(?<!统)一把)$")
LATIN_RE = re.compile(r"[A-Za-z]{2,}|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
URL_RE = re.compile(r"https?://|www\.|\.com\b|\.cn\b|\.net\b|@\w", re.IGNORECASE)
PLACEHOLDER_RE = re.compile(r"[*＊×□■○◯＿_]|[XxＸｘ]{2,}|…{2,}|\.{3,}|（\s*）|\(\s*\)|某{2,}")
DIGIT_RE = re.compile(r"[0-9０-９]")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# Where sentences end; a phrase of one sentence may end on one of these but not hold one inside.
SENTENCE_END_RE = re.compile(r"[。！？!?]")


# Han characters and the marks inside and between clauses, nothing else: a text made of these
# has no URL, no Latin letter, no bracket or quote, and no placeholder but 某某.  Extraction
# checks every candidate, most of them plain like this, and the checks below cost ten times
# this one test (check_text_balance reads the text a character at a time in Python).
_PLAIN_RE = re.compile(r"[\u4e00-\u9fff，、；：。！？]+")


def plain(text: str) -> bool:
    """Han characters and the marks inside and between clauses, nothing else (no slot either)."""
    return _PLAIN_RE.fullmatch(text) is not None and "某某" not in text


_MARKS = "，、；：。！？"
# a first character that makes a plain text a fragment: a particle or conjunction (BAD_START), or
# a mark (which also tells the plain texts without a Han character: all their characters are marks)
_BAD_FIRST = BAD_START | frozenset(_MARKS)
_ONE_SENTENCE = frozenset(("排比", "句式", "四字格", "标题"))


def plain_fit(text: str, category: str = "") -> bool:
    """`not junk_reasons(text, category=category)` for a `plain` text: of all the checks only
    the Han, boundary and sentence-end ones can fail on one.  String methods, no regular
    expression: this runs for every candidate of the corpus."""
    first = text[:1]
    if not first or (first in _BAD_FIRST and (first in _MARKS or not text.startswith(GOOD_STARTS))):
        return False
    last = text.rstrip("。！？；：")[-1:]
    if last in BAD_END and category != "开头" and not text.endswith("：") and not _whole_end(text, last):
        return False
    if category in _ONE_SENTENCE:  # (a plain text holds no ! or ?, which SENTENCE_END_RE also finds)
        body = text[:-1]
        return "。" not in body and "！" not in body and "？" not in body
    return True


def _whole_end(text: str, last: str) -> bool:
    """`last`, a character of BAD_END ending `text`, ends a whole word there (_WHOLE_END_RE)."""
    return last in "使在把" and _WHOLE_END_RE.search(text.rstrip("。！？；：")) is not None


def junk_reasons(text: str, *, category: str = "") -> list[str]:
    """Why `text` is not fit for a library (empty list when it is)."""
    reasons: list[str] = []
    body = SLOT_RE.sub("", text) if "{" in text else text
    if not HAN_RE.search(body):
        return ["没有汉字"]
    if _PLAIN_RE.fullmatch(body) is None or "某某" in body:
        if URL_RE.search(body):
            reasons.append("含网址")
        if LATIN_RE.search(body):
            reasons.append("含拼音或外文字母")
        if PLACEHOLDER_RE.search(body):
            reasons.append("含占位符或隐去的内容")
        why = check_text_balance(body)
        if why:
            reasons.append(f"引号或括号不成对（{why}）")
    core = text.strip("“”‘’\"")
    first, last = core[:1], core.rstrip("。！？；：")[-1:]
    if (first in BAD_START and not core.startswith(GOOD_STARTS)) or first in "，、；：。！？）》":
        reasons.append(f"以“{first}”开头，是残句")
    if last in BAD_END and not text.endswith("：") and category != "开头" and not _whole_end(core, last):
        reasons.append(f"以“{last}”结尾，是残句")
    if SENTENCE_END_RE.search(text[:-1]) and category in ("排比", "句式", "四字格", "标题"):
        reasons.append("跨越了句子边界")
    return reasons


_NUMBER_RE = re.compile(r"[0-9０-９%％]")


# Not cached: its texts are runs of clauses and whole sentences, which recur in a corpus made of
# copies (as in bench/extract.py) but hardly in a real one, where a cache would only cost memory.
def usable(text: str, category: str) -> bool:
    """A candidate text fit for a library: no digits or percentages, no junk (junk_reasons)."""
    if _PLAIN_RE.fullmatch(text) is not None and "某某" not in text:  # plain: no digit either
        return plain_fit(text, category)
    return not _NUMBER_RE.search(text) and not junk_reasons(text, category=category)
