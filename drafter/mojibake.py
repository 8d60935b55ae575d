"""Mojibake in cleaning: text decoded with the wrong charset, repaired where the bytes can be
recovered, else only the damaged span dropped.

Scraped pages pass through several charsets, and what survives shows these kinds of damage:

  UTF-8 read as GBK   鍔犲己瀛︿範锛屾彁… for 加强学习，提…: re-encoded as GBK, the text is UTF-8
                      again.  Bytes the GBK decoder rejected show as U+FFFD (one byte each), or
                      as ? once the page was saved, or are lost; each such byte is rebuilt from
                      the values that make valid UTF-8 and a common character.
  a GBK stream that   one byte lost, and every pair after it shifted until a one-byte character
  lost a byte         resyncs it: ?!凹埳险… for 。“紙上….  The lost byte is rebuilt the same way.
  UTF-8 read as       åŠ å¼º… for 加强: re-encoded as cp1252 or Latin-1, the text is UTF-8.
  Latin-1
  GBK read as         Ëû×Ô·Ñ… for 他自费…: re-encoded as Latin-1, the text is GBK (a run of four
  Latin-1             such characters or more, which neither prose nor pinyin writes).
  nothing to recover  锟斤拷, 烫烫烫, 屯屯屯 and stray U+FFFD: dropped.

This module finds the damage and runs the repairs in order; recovering the bytes, and letting
the document decide between candidates, is recovery.py's.  Everything here is about charsets
and bytes, never about the wording of one page.  Clean text pays one regex scan (damage_re):
every kind of damage shows a character in one class, rare Han characters included.
"""

from __future__ import annotations

import re
from functools import cache

from . import charsets as cs
from .recovery import Doc, around, repair_shifted, shifted, utf8_span
from .ruby import TONED
from .textscan import HAN, any_in

# UTF-8 punctuation read as GBK turns into 銆 锛 鈥 (lead bytes E3 80, EF BC, E2 80), which
# never occur in prose: any of them, or U+FFFD, starts a search for a UTF-8 span.
_UTF8_SIGNS = "銆锛鈥\ufffd"
_LATIN_SIGNS = "ÃÂâäåæçèéê"
_LATIN_NEXT = "\x80-\xbf\u0152-\u2122"  # what UTF-8 read as Latin-1 or cp1252 puts after a sign
_LATIN_SIGN = re.compile(f"[{_LATIN_SIGNS}][{_LATIN_NEXT}]")  # (è alone is pinyin)
# (a run opens with a sign and goes on through any lead byte: ï¼Œ is ，, ã€‚ is 。, whose leads
# alone are no sign, as ì í à á are pinyin)
_LATIN_MOJIBAKE = re.compile(f"[{_LATIN_SIGNS}][{_LATIN_NEXT}]{{1,2}}(?:[\xc2-\xef][{_LATIN_NEXT}]{{1,2}})+")
# GBK fill and what is left between its runs: the ASCII of the lost sentence (its Han characters
# became fill, its digits stayed: 锟斤拷2025锟斤拷37锟斤拷) and a fill cut out of step (锟筋), which
# read as nothing
_FILL = "(?:锟斤拷|烫烫烫|屯屯屯)"
_GBK_FILL = re.compile(f"{_FILL}(?:[!-~ ]{{0,12}}(?:{_FILL}|锟[^\n锟]))*")
# GBK read as Latin-1: both bytes of a GB2312 character are A1–FE.  What a run of them shows
# that a page's own Latin-1 never does in a row: all of them but pinyin's vowels (è, ü), × and ·
# (and the signs of UTF-8 read as Latin-1, which have their own rule).
_LATIN1 = "\u00a1-\u00fe"
_GBK_LATIN_SIGNS = "".join(
    ch for ch in map(chr, range(0xA1, 0xFF)) if ch not in "àáèéìíòóùúü×·" + _LATIN_SIGNS
)
_GBK_LATIN = re.compile(f"[{_LATIN1}]{{2}}(?:[{_LATIN1}]{{2}}|[0-9A-Za-z%.+\\-])*[{_LATIN1}]{{2}}")
# A pinyin annotation whose character was lost: 向?qū)… (the lookbehind after the "?", so the
# engine scans for the literal).
_LOST_ANNOTATED = re.compile(rf"\?(?<=[{HAN}]\?)[a-zü{TONED}]{{1,6}}\)")


@cache
def damage_re() -> re.Pattern[str]:
    """A character every kind of damage shows: a rare one (charsets.rare_re), a sign of UTF-8
    read as GBK or Latin-1, GBK fill, or a ? (a byte lost).  One class, so that the engine
    tests each character of clean text once and finds nothing."""
    return re.compile(
        f"[{damage_chars()}](?:(?<=[{_LATIN_SIGNS}])(?=[{_LATIN_NEXT}])"
        f"|(?<=[{_GBK_LATIN_SIGNS}])(?=[{_LATIN1}]{{3}})|(?<![{_LATIN_SIGNS}{_GBK_LATIN_SIGNS}]))"
    )


@cache
def damage_chars() -> str:
    """The class damage_re opens with (what goes inside the brackets)."""
    rare = cs.rare_re().pattern[1:-1]
    return f"{rare}{_UTF8_SIGNS}锟烫屯?{_LATIN_SIGNS}{_GBK_LATIN_SIGNS}"


# ---------------------------------------------------------------- the repair


def _has_signs(text: str, present: set[str]) -> bool:
    """Whether the text shows damage other than a cluster of rare characters; `present`: the
    characters damage_re found in it."""
    return (
        not present.isdisjoint(_UTF8_SIGNS)
        or ("?" in present and bool(cs.byte_questions(text)))
        or ("锟" in present and "锟斤拷" in text)
        or ("烫" in present and "烫烫" in text)
        or ("屯" in present and "屯屯" in text)
        or not present.isdisjoint(_LATIN_SIGNS)  # (damage_re finds only those _LATIN_SIGN finds)
        or not present.isdisjoint(_GBK_LATIN_SIGNS)  # (and only those that open a run of four)
        or ("?" in present and _LOST_ANNOTATED.search(text) is not None)
    )


def repair_mojibake(text: str, found: list[int] | None = None) -> tuple[str, int, int]:
    """Repair mojibake where the bytes can be recovered, else drop the damaged span.

    Returns the text, the characters recovered and the damaged characters dropped.  Line breaks
    are never touched: every span lies within a line.  `found`: where damage_re matches in the
    text, when a scan of a whole batch has found it already.
    """
    if found is None:
        found = [m.start() for m in damage_re().finditer(text)]  # the one scan of the whole text
    if not found:
        return text, 0, 0
    rare = cs.rare_re().match
    clusters = cs.rare_clusters(text, [i for i in found if rare(text, i)])
    if not clusters and not _has_signs(text, {text[i] for i in found}):
        return text, 0, 0
    doc = Doc(text)
    if "锟" in text or "烫烫" in text or "屯屯" in text:
        for m in reversed(list(_GBK_FILL.finditer(doc.text))):
            doc.replace(m.start(), m.end(), None)
    # (UTF-8 read as Latin-1 first: the pairs of its runs (å½¹å) read as GBK too, wrongly)
    _repair_latin(doc, found if doc.text is text else None)
    if not {text[i] for i in found}.isdisjoint(_GBK_LATIN_SIGNS):
        _repair_gbk_latin(doc)
    _repair_utf8(doc, clusters if doc.text is text else cs.rare_clusters(doc.text))
    _repair_lost_annotations(doc)
    for first, last in reversed(clusters if doc.text is text else cs.rare_clusters(doc.text)):
        start, end, fixed, lost = repair_shifted(doc, first, last)
        doc.replace(start, end, fixed)
        doc.dropped += lost
    if "\ufffd" in doc.text:
        doc.dropped += doc.text.count("\ufffd")
        doc.text = doc.text.replace("\ufffd", "")
    return doc.text, doc.repaired, doc.dropped


def _repair_gbk_latin(doc: Doc) -> None:
    """Runs of GBK read as Latin-1 that read back as clean text (the digits and letters
    between their characters were ASCII in the GBK too)."""
    for m in reversed(list(_GBK_LATIN.finditer(doc.text))):
        fixed = cs.redecode(m.group(), cs.LATIN_GBK)
        if fixed is not None:
            doc.replace(m.start(), m.end(), fixed)


def _repair_latin(doc: Doc, found: list[int] | None) -> None:
    """`found`: where damage_re matches in doc.text (None: unknown).  Every match of
    _LATIN_MOJIBAKE opens with a sign followed by what damage_re asks after one, so it is tried
    only at those of them (as finditer would: left to right, never inside the last match)."""
    text = doc.text
    if found is None:
        if not any_in(text, _LATIN_SIGNS):
            return  # (è é ê are pinyin too: where they are the only signs, the scan runs)
        matches = list(_LATIN_MOJIBAKE.finditer(text))
    else:
        matches = []
        end = 0
        for pos in found:
            if pos >= end and text[pos] in _LATIN_SIGNS and (m := _LATIN_MOJIBAKE.match(text, pos)) is not None:
                matches.append(m)
                end = m.end()
    for m in reversed(matches):
        doc.replace(m.start(), m.end(), cs.redecode(m.group(), cs.LATIN_UTF8))


def _repair_utf8(doc: Doc, clusters: list[tuple[int, int]]) -> None:
    """UTF-8 read as GBK: from each sign (or rare cluster) the widest span that reads back."""
    text = doc.text
    # a sign may come late in its span (鍔犲己瀛︿範锛 for 加强学习，); a cluster of rare
    # characters starts near it, as most characters of such a span are rare
    seeds = {first: 8 for first, _ in clusters}
    for sign in _UTF8_SIGNS:
        pos = text.find(sign)
        while pos >= 0:
            seeds[pos] = len(text)
            pos = text.find(sign, pos + 1)
    seeds.update(dict.fromkeys(cs.byte_questions(text), len(text)))
    spans: list[tuple[int, int, list[list[str]]]] = []
    for seed, reach in sorted(seeds.items()):
        if spans and seed < spans[-1][1]:
            continue
        found = utf8_span(text, seed, spans[-1][1] if spans else 0, reach)
        if found is not None and found[0] == seed - reach:  # it may start further back
            found = utf8_span(text, seed, spans[-1][1] if spans else 0, len(text))
        if found is not None:
            spans.append(found)
    for start, end, chars in reversed(spans):
        before, after = around(text, start, end)
        out: list[str] = []
        lost = 0
        for k, cands in enumerate(chars):
            if len(cands) == 1:
                out.append(cands[0])
                continue
            nxt = chars[k + 1] if k + 1 < len(chars) else [after[:1]]
            ch = doc.pick(tuple(cands), before + "".join(out), nxt[0] if len(nxt) == 1 else "")
            if ch is None:
                lost += 1
            else:
                out.append(ch)
        doc.replace(start, end, "".join(out))
        doc.dropped += lost


def _repair_lost_annotations(doc: Doc) -> None:
    """向?qū)嵺`: a character lost with its annotation kept ("?qū)") is gone for good; the rare
    characters right after it are the next bytes paired wrongly, re-paired if they can be."""
    if "?" not in doc.text:
        return
    m = _LOST_ANNOTATED.search(doc.text)
    while m is not None:
        text = doc.text
        end = m.end()
        while end < len(text) and (cs.rare_re().match(text, end) or text[end] in "`'^~|\\"):
            end += 1
        found = shifted(doc, text[m.end() : end], *around(text, m.start(), end)) if end > m.end() else None
        doc.replace(m.start(), m.end(), None)  # the lost character's annotation
        if end > m.end():
            doc.replace(m.start(), m.start() + end - m.end(), None if found is None else found[1])
            doc.dropped += int(found is not None and found[0] == 3)
        m = _LOST_ANNOTATED.search(doc.text, m.start())
