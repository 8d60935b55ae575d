"""Cleaning: turn one essay as scraped (SourceDoc) into clean paragraphs (CleanDoc).

The steps run in this order, each counted in CleanDoc.removed (characters taken out) or
CleanDoc.changed (characters rewritten):

  chrome      whole lines of site furniture, inline watermarks and SEO title injections
  mojibake    spans decoded with the wrong charset: repaired when the bytes can be recovered
              (changed), else the damaged span dropped (removed)
  pinyin      annotations after characters, 鄉(xiāng) → 鄉
  t2s         Traditional → Simplified (OpenCC; this module is its only user)
  placeholder masked names and blanks for numbers made explicit (×××), never mined
  punct       mainland full-width punctuation, 「」 → “”, stray spaces and NBSP
  title       lines repeating the title (also as image captions) and near-duplicate leads
  join        lines broken mid-sentence or mid-word joined, glued headings split off
  spun        synonym-spun passages: words restored, passages that still read spun flagged

This module holds the order of the steps and the report; the rules live in cleanrules (whole
lines of furniture) and inline (furniture inside lines), mojibake (finding damage) and recovery
and charsets (rebuilding bytes), punct, paragraphs (joins) and repeats, breaks (siblings glued
into a paragraph) and spun; textscan holds what they share.  The author's text is never
dropped by a rule that could match prose: line rules are anchored on furniture vocabulary and
bounded in length, so a 5 MB line costs what a short one does.

Cleaning is meant to cost a small multiple of OpenCC alone (bench/clean.py), so each step asks
first, with substring tests or one scan of the whole essay, whether it has anything to do, and
works only on the few lines or spans that need it; most lines of most essays need nothing from
most steps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from . import cleanrules as R
from . import paragraphs as P
from . import punct
from .breaks import repair_breaks
from .inline import strip_inline_chrome, strip_title_injection
from .model import CleanDoc, CleanParagraph, SourceDoc
from .mojibake import repair_mojibake
from .punct import PLACEHOLDER
from .repeats import text_key
from .spun import mark_spun
from .textscan import ascii_marks


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC (mainland forms)."""
    return str(_converter().convert(text))


# Han text and full-width marks: what fix_punctuation and remove_stray_spaces leave as it is.
_PLAIN_TITLE = re.compile("[\u4e00-\u9fff，、：；“”‘’《》（）！？—]*")


@R.line_cache
def normalize_title(raw: str) -> str:
    """A title as shown to people: no marker label, pinyin, Traditional script or end punctuation."""
    text = punct.strip_pinyin(raw).strip()
    if R.is_title_label(text):
        text = R.TITLE_LABEL.sub("", text)
    text = punct.fix_zhe(to_simplified(text))
    if _PLAIN_TITLE.fullmatch(text) is None:  # (most titles are plain)
        text = punct.fix_punctuation(text)
        text = punct.remove_stray_spaces(text, keep_words=True)
    return text.strip(" ：:。.，,；;")


def _diff(a: str, b: str) -> int:
    """Characters rewritten between two texts of equal length (t2s, punctuation)."""
    if a == b:
        return 0
    if len(a) != len(b):
        return abs(len(a) - len(b))
    # XOR of the code units, counted in C: a zero unit is an unchanged character.  UTF-16 halves
    # the work when both texts stay in the BMP (then their units align); UTF-32 always aligns.
    ea, eb = a.encode("utf-16-le", "surrogatepass"), b.encode("utf-16-le", "surrogatepass")
    width = 2
    if len(ea) != 2 * len(a) or len(eb) != 2 * len(b):
        ea, eb, width = a.encode("utf-32-le"), b.encode("utf-32-le"), 4
    xored = int.from_bytes(ea, "little") ^ int.from_bytes(eb, "little")
    # fold each unit's bytes into its lowest one (a code point fits in three bytes), keep those
    for shift in range(8, 8 * min(width, 3), 8):
        xored |= xored >> shift
    low = xored.to_bytes(len(ea), "little")[::width]
    return len(low.translate(None, b"\x00"))


@R.line_cache
def _tidy_line(line: str) -> str:
    """Straight quotes paired and stray spaces dropped (fix_quotes keeps the length)."""
    if '"' in line:
        line = punct.fix_quotes(line)
    if punct.has_space(line):
        line = punct.remove_stray_spaces(line, keep_words=P.title_like(line.replace(" ", "")) and " " in line)
    return line


def clean_doc(doc: SourceDoc) -> CleanDoc:
    """Clean one essay.  Never raises on odd text; what it removes is counted per kind.

    The steps that never look past a line break run on the whole essay at once (lines joined
    by newlines, which no step removes): a few C-level scans of one string instead of a Python
    call per line and rule, which is what keeps cleaning within a small factor of OpenCC alone.
    """
    title = normalize_title(doc.title)
    body = R.body_lines(doc.lines)
    text = body.text
    size = len(text)
    text = strip_inline_chrome(text)
    chrome = body.chrome_chars + size - len(text)
    text, repaired, dropped = repair_mojibake(text)
    size = len(text)
    text = punct.strip_pinyin(text)
    pinyin = size - len(text)
    simplified = punct.fix_zhe(to_simplified(text))
    t2s = _diff(text, simplified)
    marks = ascii_marks(simplified)  # (no later step adds an ASCII character)
    text, masks = punct.mark_placeholders(simplified, marks)
    text, punctuated = punct.punctuate(text, marks)
    plain_titles = {normalize_title(t) for t in body.titles if t.strip()}
    if doc.title.strip():
        plain_titles.add(title)
    size = len(text)
    text = strip_title_injection(text, plain_titles)
    chrome += size - len(text)
    split = text.split("\n") if body.lines else []  # no step adds or removes a line break
    spaces = 0
    for i in punct.untidy_lines(split, marks):
        tidy = _tidy_line(split[i])
        spaces += len(split[i]) - len(tidy)
        split[i] = tidy
    if "" in split:  # a line emptied by the steps above (rare)
        index = [i for i, line in zip(body.rows, split, strict=True) if line]
        split = [line for line in split if line]
    else:
        index = body.rows
    texts, index, repeat, joins = P.paragraphs(split, index, {text_key(t) for t in plain_titles})
    start = doc.start_line
    texts, lines, splits = repair_breaks(texts, [start + i for i in index])
    texts, spun, restored = mark_spun(texts)
    masked = "×" in text and [PLACEHOLDER in t for t in texts]  # (no step after makes one)
    result = [
        CleanParagraph(t, line, spun is not None and spun[k], masked is not False and masked[k])
        for k, (t, line) in enumerate(zip(texts, lines, strict=True))
    ]
    # (the report lists the kinds in the order the steps first meet them: of title and chrome
    # lines, the one the essay shows first)
    counts = (("title", body.title_chars), ("chrome", chrome))
    removed = [
        *(counts if body.title_first else counts[::-1]),
        ("mojibake", dropped),
        ("pinyin", pinyin),
        ("spaces", spaces),
        ("repeat", repeat),
    ]
    changed = [
        ("mojibake", repaired),
        ("t2s", t2s),
        ("placeholder", masks),
        ("punct", punctuated),
        ("join", joins),
        ("split", splits),
        ("spun", restored),
    ]
    return CleanDoc(
        title=title,
        source=doc.source,
        start_line=doc.start_line,
        end_line=doc.end_line,
        paragraphs=tuple(result),
        removed={k: v for k, v in removed if v},
        changed={k: v for k, v in changed if v},
        heading_lines=tuple(doc.start_line + i for i in doc.heading_hints),
    )


def clean_docs(docs: Iterable[SourceDoc]) -> list[CleanDoc]:
    return [clean_doc(d) for d in docs]
