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

from .resources import data_dir
from .textscan import line_cache


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


# Characters frequent in official prose, roughly the most frequent first (it only steers the
# choice of anchors below: a rough list does).
_FREQUENT = (
    "的一是在不了有和人中大为上国以要时来们生到作地于出就分对成会可主发年动同工也能下过子产种面而方后多定行学法"
    "所民得经之进着等部度家力里如化高自理起小现实加量都体制机当使点从业本去把性好应开合还因由其些然前外政日那社"
    "义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者最"
    "立代想已通并提直题党程展果象员位入常文总次品式活设及管特件长求老头基资边流路级少图统接知较将组见计别期根论"
    "运农指区强放决被干做必先回则任取据处队给色光门即保治造规领导志世金增争济思术极交受联认共权收证改清己美再采"
    "转更单风切打教带安场身例真务具万每目至达走积示议报完类华名确才科张信节话整空元况今集传许步群广记需段研界律"
    "究观织装影算持音众书布复容须际商非验连断深难近周委素技备半办青省列习响约支般史感劳便团往历市何除消构府称准"
    "精值号率维划选标写存候亲快效院查型按格养易置层片始却专状育识适属围满县局照参细引听该价严苦良修异优秀贡献坚"
)


@cache
def _strong_anchored() -> re.Pattern[str]:
    """Every strong word, found through its least frequent character: a necessary condition for
    _strong_any, whose alternatives open with each word's first character, which (不, 加, 年,
    主…) prose is full of.  Clean text then pays one scan that rarely stops."""
    rank = {ch: i for i, ch in enumerate(_FREQUENT)}  # (roughly by frequency, most frequent first)
    parts: list[str] = []
    for rule in spun_rules():
        if rule.strong:
            word = rule.spun
            k = max(range(len(word)), key=lambda i: rank.get(word[i], len(rank)))
            behind = f"(?<={re.escape(word[: k + 1])})" if k else ""
            ahead = f"(?={re.escape(word[k + 1 :])})" if k + 1 < len(word) else ""
            parts.append(f"{re.escape(word[k])}{behind}{ahead}")
    return re.compile("|".join(parts))


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


def mark_spun(paras: list[str]) -> tuple[list[str], list[bool] | None, int]:
    """Restore the paragraphs of spun passages and say which still read spun.

    A paragraph is spun when strong substitutions are dense in it (3 or more, at least one per
    100 characters); a passage spans paragraphs, so a neighbour of a spun paragraph with any
    hit is spun too.  Heavy spinning replaces more words than any table knows: a passage whose
    hits stay dense after restoring stays flagged, and extraction skips it.  Returns the
    paragraphs, their flags (None: none is spun) and the number of words restored.
    """
    # one scan of the whole document, its hits counted per paragraph (no rule looks across a
    # line break: a word's context there is the start or end of the paragraph either way)
    text = "\n".join(paras)
    if _strong_anchored().search(text) is None:
        return paras, None, 0
    found = [m.start() for m in _strong_any().finditer(text)]
    if not found:
        return paras, None, 0
    ends = list(itertools.accumulate(len(t) + 1 for t in paras))
    hits = [0] * len(paras)
    for pos in found:
        hits[bisect.bisect_right(ends, pos)] += 1
    dense = [h >= 3 and h * 100 >= len(t) for h, t in zip(hits, paras, strict=True)]
    spun = [
        d or (h > 0 and ((i > 0 and dense[i - 1]) or (i + 1 < len(dense) and dense[i + 1])))
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
