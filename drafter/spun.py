"""Machine synonym-spun text (伪原创): detect spun passages, restore the words, flag the rest.

Spinners replace words by near-synonyms (当真 for 认真, 思惟 for 思想, 平易近 for 民…).  The
substitutions are data (drafter/data/spun.tsv): "strong" forms are rarely legitimate in official
prose and their density marks a passage as spun; "weak" forms are real words too and are only
restored inside a passage already found spun.  Contexts in which a form is a legitimate word
(深切体会, 进修班, 平易近人) are part of each rule.  No third-party import.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from dataclasses import dataclass
from functools import cache

from .resources import data_dir
from .textscan import FREQUENT_RANK, line_cache, matches_by_text, text_ends

# (what a context after a word written …word may stand behind: the rest of its clause)
_GAP = "[^，。；：！？、,;:!?\\n]{0,8}"


def _ahead(context: str) -> str:
    """A context after the word as a pattern: …台账 is 台账 a few characters on in the clause
    (树立了联建工作台账, 成立杂粮专业合作社), any other the characters right after it."""
    return _GAP + re.escape(context[1:]) if context[:1] == "…" else re.escape(context)


@dataclass(frozen=True)
class SpunRule:
    spun: str
    plain: str
    strong: bool
    pattern: re.Pattern[str]


@cache
def spun_rules() -> tuple[SpunRule, ...]:
    """The spinner's substitutions (drafter/data/spun.tsv), longest first, loaded once."""
    rules: list[SpunRule] = []
    for raw in (data_dir() / "spun.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = ([*raw.split("\t"), "", "", "", "", "", ""])[:7]
        spun, plain, strength, before, after, only_before, only_after = cols
        # the word first and what may not precede it after (as (?<!b+word)): a pattern that
        # opens with a literal is scanned for at memory speed, one that opens with a lookbehind
        # is tried at every position
        look = "".join(f"(?<!{re.escape(b + spun)})" for b in before.split("|") if b)
        ahead = "".join(f"(?!{_ahead(a)})" for a in after.split("|") if a)
        # (a word common in plain prose is restored only where the spinner's phrase shows it:
        # 根本 before 设施, 办事 after 技术)
        if only_before:
            look += "(?:" + "|".join(f"(?<={re.escape(b + spun)})" for b in only_before.split("|")) + ")"
        if only_after:
            ahead += "(?=" + "|".join(map(_ahead, only_after.split("|"))) + ")"
        pattern = re.compile(f"{re.escape(spun)}{look}{ahead}")
        rules.append(SpunRule(spun, plain, strength == "strong", pattern))
    rules.sort(key=lambda r: -len(r.spun))
    return tuple(rules)


@cache
def _strong_any() -> re.Pattern[str]:
    return re.compile("|".join(r.pattern.pattern for r in spun_rules() if r.strong))


def _anchored(rules: list[SpunRule]) -> re.Pattern[str]:
    """The words of the rules, each found through its least frequent character (the pattern
    matches that character alone, the rest of the word looked at around it).  Where the scan
    stops, the engine tries the alternatives one by one: so the words of one anchor are one
    alternative, the most frequent anchors first (every alternative matches the anchor alone,
    so their order changes no match)."""
    parts: dict[str, list[str]] = {}
    for rule in rules:
        word = rule.spun
        k = _anchor(word)
        behind = f"(?<={re.escape(word[: k + 1])})" if k else ""
        ahead = f"(?={re.escape(word[k + 1 :])})" if k + 1 < len(word) else ""
        parts.setdefault(word[k], []).append(behind + ahead)
    rank = FREQUENT_RANK
    order = sorted(parts, key=lambda ch: rank.get(ch, len(rank)))
    return re.compile("|".join(f"{re.escape(ch)}(?:{'|'.join(parts[ch])})" for ch in order))


def _anchor(word: str) -> int:
    rank = FREQUENT_RANK
    return max(range(len(word)), key=lambda i: rank.get(word[i], len(rank)))


@cache
def _strong_anchored() -> re.Pattern[str]:
    """Every strong word, found through its least frequent character: a necessary condition for
    _strong_any, whose alternatives open with each word's first character, which (不, 加, 年,
    主…) prose is full of.  Clean text then pays one scan that rarely stops."""
    return _anchored([r for r in spun_rules() if r.strong])


@cache
def _anchored_words() -> dict[str, tuple[tuple[int, str], ...]]:
    """For each character, the strong words holding it and where."""
    found: dict[str, list[tuple[int, str]]] = {}
    for rule in spun_rules():
        if rule.strong:
            for k, ch in enumerate(rule.spun):
                found.setdefault(ch, []).append((k, rule.spun))
    return {ch: tuple(words) for ch, words in found.items()}


def _strong_hits(text: str, anchors: list[int] | None = None) -> list[int]:
    """Where _strong_any().finditer(text) finds its matches, found through the anchored words:
    the full alternation is tried only where a strong word starts.  `anchors`: where
    _strong_anchored matches in the text, when a scan of a whole batch found them already."""
    words = _anchored_words()
    if anchors is None:
        anchors = [hit.start() for hit in _strong_anchored().finditer(text)]
    starts: set[int] = set()
    for at in anchors:
        for k, word in words[text[at]]:
            if at >= k and text.startswith(word, at - k):
                starts.add(at - k)
    found: list[int] = []
    end = 0
    match = _strong_any().match
    for start in sorted(starts):
        if start >= end and (m := match(text, start)) is not None:
            found.append(start)
            end = m.end()
    return found


@cache
def _strong_words() -> re.Pattern[str]:
    # An alternation of literals lets the regex engine skip every position whose character
    # starts no word: one scan instead of one substring search per word.
    return re.compile("|".join(re.escape(r.spun) for r in spun_rules() if r.strong))


def may_be_spun(text: str) -> bool:
    """Cheap test (one scan for any strong word) before the full patterns run."""
    return _strong_words().search(text) is not None


@line_cache
def spun_hits(text: str) -> int:
    """How many unmistakable spinner substitutions a passage holds."""
    if not may_be_spun(text):
        return 0
    return len(_strong_any().findall(text))


@cache
def _words() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """Every word of the rules, anchored (see _strong_anchored), and for each anchor the rules
    (by their index in spun_rules) anchored on it.  The pattern matches the anchor alone, so
    findall sees every place a word is, and the anchors it returns name the rules the text may
    hold: all those it holds, and a few more."""
    rules = spun_rules()
    by_anchor: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        by_anchor.setdefault(rule.spun[_anchor(rule.spun)], []).append(i)
    return _anchored(list(rules)), {ch: tuple(found) for ch, found in by_anchor.items()}


@cache
def _unlocked() -> tuple[tuple[int, ...], ...]:
    """For each rule, the later rules whose word a restore by it may bring about: any new
    occurrence holds a character of the word put in (or, with an empty one, of its neighbours)."""
    rules = spun_rules()
    return tuple(
        tuple(j for j in range(i + 1, len(rules)) if not rule.plain or not set(rules[j].spun).isdisjoint(rule.plain))
        for i, rule in enumerate(rules)
    )


def _words_held(text: str) -> set[int]:
    """The rules whose word the text may hold (all those it holds, and a few more)."""
    pattern, held = _words()
    return set().union(*map(held.__getitem__, set(pattern.findall(text))))


@line_cache
def restore_spun(text: str) -> tuple[str, int]:
    """Put the original words back (strong and weak rules); returns the text and the count.
    (The rules run in order, each on what the ones before left; a rule whose word the text does
    not hold, and no restore before it put in, is skipped.)"""
    rules = spun_rules()
    todo = sorted(_words_held(text))
    if not todo:
        return text, 0
    total = 0
    queued = set(todo)
    while todo:
        i = heapq.heappop(todo)
        rule = rules[i]
        if rule.spun in text:
            text, n = rule.pattern.subn(rule.plain, text)
            total += n
            if n:
                for j in _unlocked()[i]:
                    if j not in queued:
                        queued.add(j)
                        heapq.heappush(todo, j)
    return text, total


def spun_candidates(texts: list[str]) -> dict[int, list[int]]:
    """The texts in which mark_spun may find a strong word (each text: paragraphs joined by
    newlines), by one scan of them all; for each, where _strong_anchored matches in it (what
    mark_spun would scan for)."""
    return matches_by_text(_strong_anchored(), "\n".join(texts), text_ends(texts))


def mark_spun(paras: list[str], anchors: list[int] | None = None) -> tuple[list[str], list[bool] | None, int]:
    """Restore the paragraphs of spun passages and say which still read spun.

    A paragraph is spun when strong substitutions are dense in it (3 or more, at least one per
    100 characters, or 2 at one per 50); a passage spans paragraphs, so a neighbour of a spun paragraph with any
    hit is spun too.  Heavy spinning replaces more words than any table knows: a passage whose
    hits stay dense after restoring stays flagged, and extraction skips it.  A text with two
    dense paragraphs is spun throughout: every paragraph of it is restored.  Returns the
    paragraphs, their flags (None: none is spun) and the number of words restored.  `anchors`:
    what spun_candidates found for them, if it was asked.
    """
    # one scan of the whole document, its hits counted per paragraph (no rule looks across a
    # line break: a word's context there is the start or end of the paragraph either way)
    text = "\n".join(paras)
    found = _strong_hits(text, anchors)
    if not found:
        return paras, None, 0
    ends = list(itertools.accumulate(len(t) + 1 for t in paras))
    hits = [0] * len(paras)
    for pos in found:
        hits[bisect.bisect_right(ends, pos)] += 1
    # (or two in a short paragraph, one per 50 characters at least: 要当真吸取…；要不竭增强…)
    dense = [(h >= 3 and h * 100 >= len(t)) or (h == 2 and h * 50 >= len(t)) for h, t in zip(hits, paras, strict=True)]
    # (a spinner spins a whole text, not a passage of it: where two paragraphs read dense, every
    # paragraph is of it, however far from them; 认真总结阅历 under a heading)
    whole = dense.count(True) >= 2
    spun = [
        d or whole or (h > 0 and ((i > 0 and dense[i - 1]) or (i + 1 < len(dense) and dense[i + 1])))
        for i, (d, h) in enumerate(zip(dense, hits, strict=True))
    ]
    out: list[str] = []
    flags: list[bool] = []
    restored = 0
    for text, is_spun, h in zip(paras, spun, hits, strict=True):
        if is_spun:
            text, n = restore_spun(text)
            restored += n
            is_spun = spun_hits(text) > 0 or h * 100 >= 2 * len(text)
        out.append(text)
        flags.append(is_spun)
    return out, flags, restored
