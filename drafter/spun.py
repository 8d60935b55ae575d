"""Machine synonym-spun text (伪原创): detect spun passages, restore the words, flag the rest.

Spinners replace words by near-synonyms (当真 for 认真, 思惟 for 思想, 平易近 for 民…).  The
substitutions are data (drafter/data/spun.tsv): "strong" forms are rarely legitimate in official
prose and their density marks a passage as spun; "weak" forms are real words too and are only
restored inside a passage already found spun.  Contexts in which a form is a legitimate word
(深切体会, 进修班, 平易近人) are part of each rule.  No third-party import.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache

from .cleanrules import line_cache
from .resources import data_dir


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
        cols = ([*raw.split("\t"), "", "", "", ""])[:5]
        spun, plain, strength, before, after = cols
        # the word first and what may not precede it after (as (?<!b+word)): a pattern that
        # opens with a literal is scanned for at memory speed, one that opens with a lookbehind
        # is tried at every position
        look = "".join(f"(?<!{re.escape(b + spun)})" for b in before.split("|") if b)
        ahead = "".join(f"(?!{re.escape(a)})" for a in after.split("|") if a)
        pattern = re.compile(f"{re.escape(spun)}{look}{ahead}")
        rules.append(SpunRule(spun, plain, strength == "strong", pattern))
    rules.sort(key=lambda r: -len(r.spun))
    return tuple(rules)


@cache
def _strong_any() -> re.Pattern[str]:
    return re.compile("|".join(r.pattern.pattern for r in spun_rules() if r.strong))


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


@line_cache
def restore_spun(text: str) -> tuple[str, int]:
    """Put the original words back (strong and weak rules); returns the text and the count."""
    total = 0
    for rule in spun_rules():
        if rule.spun in text:
            text, n = rule.pattern.subn(rule.plain, text)
            total += n
    return text, total


def mark_spun(paras: list[str]) -> tuple[list[tuple[str, bool]], int]:
    """Restore the paragraphs of spun passages and say which still read spun.

    A paragraph is spun when strong substitutions are dense in it (3 or more, at least one per
    100 characters); a passage spans paragraphs, so a neighbour of a spun paragraph with any
    hit is spun too.  Heavy spinning replaces more words than any table knows: a passage whose
    hits stay dense after restoring stays flagged, and extraction skips it.  Returns the
    paragraphs with their flag and the number of words restored.
    """
    # one scan of the whole document, its hits counted per paragraph (no rule looks across a
    # line break: a word's context there is the start or end of the paragraph either way)
    found = [m.start() for m in _strong_any().finditer("\n".join(paras))]
    if not found:
        return [(t, False) for t in paras], 0
    ends = list(itertools.accumulate(len(t) + 1 for t in paras))
    hits = [0] * len(paras)
    for pos in found:
        hits[bisect.bisect_right(ends, pos)] += 1
    dense = [h >= 3 and h * 100 >= len(t) for h, t in zip(hits, paras, strict=True)]
    spun = [
        d or (h > 0 and ((i > 0 and dense[i - 1]) or (i + 1 < len(dense) and dense[i + 1])))
        for i, (d, h) in enumerate(zip(dense, hits, strict=True))
    ]
    out: list[tuple[str, bool]] = []
    restored = 0
    for text, is_spun, h in zip(paras, spun, hits, strict=True):
        if not is_spun:
            out.append((text, False))
            continue
        text, n = restore_spun(text)
        restored += n
        still = spun_hits(text) > 0 or h * 100 >= 2 * len(text)
        out.append((text, still))
    return out, restored
