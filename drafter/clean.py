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

This module holds the order of the steps and the report; the rules live in cleanrules (page
furniture), mojibake and charsets, punct, paragraphs and spun.  The author's text is never
dropped by a rule that could match prose: line rules are anchored on furniture vocabulary and
bounded in length, so a 5 MB line costs what a short one does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from . import cleanrules as R
from . import paragraphs as P
from . import punct
from .model import CleanDoc, CleanParagraph, SourceDoc
from .mojibake import repair_mojibake
from .outline import repair_breaks
from .spun import mark_spun


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC (mainland forms)."""
    return str(_converter().convert(text))


@R.line_cache
def normalize_title(raw: str) -> str:
    """A title as shown to people: no marker label, pinyin, Traditional script or end punctuation."""
    text = punct.strip_pinyin(raw).strip()
    if R.is_title_label(text):
        text = R.TITLE_LABEL.sub("", text)
    text = punct.fix_zhe(to_simplified(text))
    text = punct.fix_punctuation(text)
    text = punct.remove_stray_spaces(text, keep_words=True)
    return text.strip(" ：:。.，,；;")


def _diff(a: str, b: str) -> int:
    """Characters rewritten between two texts of equal length (t2s, punctuation)."""
    if a == b:
        return 0
    if len(a) != len(b):
        return abs(len(a) - len(b))
    # only the lines that differ, when the lines pair up (same lengths): their characters align
    la, lb = a.split("\n"), b.split("\n")
    if len(la) == len(lb) and all(len(x) == len(y) for x, y in zip(la, lb, strict=True)):
        pairs = [(x, y) for x, y in zip(la, lb, strict=True) if x != y]
        a, b = "".join(x for x, _ in pairs), "".join(y for _, y in pairs)
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


def _body_lines(doc: SourceDoc, titles: list[str], removed: Counter[str]) -> tuple[list[str], list[int]]:
    """The body lines (stripped, not blank) and their numbers in the source file; chrome lines
    are counted, title lines (篇 marks, 标题：…) go to `titles`."""
    kept: list[str] = []
    numbers: list[int] = []
    start = doc.start_line
    is_chrome, is_label = R.is_chrome_line, R.is_title_label  # looked up once, called per line
    for i, raw in enumerate(doc.lines):
        text = raw.strip()
        if not text:
            continue
        if i < 3 and (mark := R.ESSAY_MARK.match(text)):
            titles.append(mark.group("title"))
            removed["title"] += len(text)
        elif is_chrome(text):
            removed["chrome"] += len(text)
        elif is_label(text):
            titles.append(text)
            removed["title"] += len(text)
        else:
            kept.append(text)
            numbers.append(start + i)
    return kept, numbers


def clean_doc(doc: SourceDoc) -> CleanDoc:
    """Clean one essay.  Never raises on odd text; what it removes is counted per kind.

    The steps that never look past a line break run on the whole essay at once (lines joined
    by newlines, which no step removes): a few C-level scans of one string instead of a Python
    call per line and rule, which is what keeps cleaning within a small factor of OpenCC alone.
    """
    removed: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    title = normalize_title(doc.title)
    titles_raw: list[str] = []
    kept, numbers = _body_lines(doc, titles_raw, removed)
    text = "\n".join(kept)
    size = len(text)
    text = R.strip_inline_chrome(text)
    removed["chrome"] += size - len(text)
    text, repaired, dropped = repair_mojibake(text)
    removed["mojibake"] += dropped
    changed["mojibake"] += repaired
    size = len(text)
    text = punct.strip_pinyin(text)
    removed["pinyin"] += size - len(text)
    simplified = punct.fix_zhe(to_simplified(text))
    changed["t2s"] += _diff(text, simplified)
    text, masks = punct.mark_placeholders(simplified)
    changed["placeholder"] += masks
    fixed, n = punct.punctuate(text)
    changed["punct"] += n
    plain_titles = {normalize_title(t) for t in titles_raw if t.strip()}
    if doc.title.strip():
        plain_titles.add(title)
    size = len(fixed)
    text = R.strip_title_injection(fixed, plain_titles)
    removed["chrome"] += size - len(text)
    split = text.split("\n") if kept else []  # no step adds or removes a line break
    for i in punct.untidy_lines(text):
        tidy = _tidy_line(split[i])
        removed["spaces"] += len(split[i]) - len(tidy)
        split[i] = tidy
    pairs = zip(split, numbers, strict=True)
    # a line emptied by the steps above is rare: the pairs are then made in C
    lines = list(pairs) if "" not in split else [(line, number) for line, number in pairs if line]
    keys = P.KeyMemo()
    titles = {P.text_key(t) for t in plain_titles}
    lines = P.drop_repeats(lines, titles, removed, keys)
    paras, joins = P.join_lines(lines)
    changed["join"] += joins
    # when joining changed nothing (about half the essays), what drop_repeats kept holds no
    # repeat left to find: only a new first paragraph may be a lead
    paras = P.drop_repeats(paras, titles, removed, keys) if paras != lines else P.drop_lead(paras, removed, keys)
    paras, splits = repair_breaks(paras)
    changed["split"] += splits
    spun, restored = mark_spun([t for t, _ in paras])
    changed["spun"] += restored
    result = [
        CleanParagraph(restored, line, spun=still, placeholder=punct.PLACEHOLDER in restored)
        for (_, line), (restored, still) in zip(paras, spun, strict=True)
    ]
    return CleanDoc(
        title=title,
        source=doc.source,
        start_line=doc.start_line,
        end_line=doc.end_line,
        paragraphs=tuple(result),
        removed={k: v for k, v in removed.items() if v},
        changed={k: v for k, v in changed.items() if v},
        heading_lines=tuple(doc.start_line + i for i in doc.heading_hints),
    )


def clean_docs(docs: Iterable[SourceDoc]) -> list[CleanDoc]:
    return [clean_doc(d) for d in docs]
