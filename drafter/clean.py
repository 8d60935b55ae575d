"""Cleaning: turn one essay as scraped (SourceDoc) into clean paragraphs (CleanDoc).

The steps run in this order, each counted in CleanDoc.removed (characters taken out) or
CleanDoc.changed (characters rewritten):

  chrome      whole lines of site furniture, inline watermarks and SEO title injections
  mojibake    spans decoded with the wrong charset: repaired when a re-decoding reads cleanly
  pinyin      annotations after characters, 鄉(xiāng) → 鄉
  t2s         Traditional → Simplified (OpenCC; this module is its only user)
  punct       mainland full-width punctuation, 「」 → “”, stray spaces and NBSP
  title       lines repeating the title (also as image captions) and near-duplicate leads
  join        lines broken mid-sentence or mid-word joined, glued headings split off
  spun        synonym-spun passages: words restored, passages that still read spun flagged
  placeholder masked names and blanks for numbers made explicit (×××), never mined

The author's text is never dropped by a rule that could match prose: line rules are anchored
on furniture vocabulary and bounded in length, so a 5 MB line costs what a short one does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from . import cleanrules as R
from .model import CleanDoc, CleanParagraph, SourceDoc
from .outline import repair_breaks

HAN = R.HAN
_SENT_END = "。！？"
_MARKER_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]"
    r"|第[一二三四五六七八九十]{1,3}[，,、]|[一二三四五六七八九十][是要]|首先|其次|再次|最后)"
)


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC (mainland forms)."""
    return str(_converter().convert(text))


def normalize_title(raw: str) -> str:
    """A title as shown to people: no marker label, pinyin, Traditional script or end punctuation."""
    text = R.PINYIN.sub("", raw)
    text = R.TITLE_LABEL.sub("", text.strip())
    text = R.fix_zhe(to_simplified(text))
    text = R.fix_punctuation(text)
    text = R.remove_stray_spaces(text, keep_words=True)
    return text.strip(" ：:。.，,；;")


def _key(text: str) -> str:
    """What two lines share when one repeats the other: their Han characters and digits."""
    return re.sub(rf"[^{HAN}0-9A-Za-z]", "", text)


def _title_like(text: str) -> bool:
    text = _MARKER_START.sub("", text, count=1)
    return 2 <= len(text) <= 24 and not re.search(f"[{_SENT_END}；，,、]", text)


def _shares_affix(a: str, b: str) -> bool:
    a, b = a.rstrip("：:"), b.rstrip("：:")
    return a != b and len(a) >= 3 and len(b) >= 3 and (a[:2] == b[:2] or a[-2:] == b[-2:])


def _glued_tail(text: str, titles: list[str]) -> int:
    """Start of a heading glued to the end of a body line (a lost line break), or -1.

    Only split when the tail is a short unpunctuated phrase shaped like the document's own
    title lines (same first or last two characters): 前途艰辛造成的混世心态 among …心态.
    """
    cut = max(text.rfind(ch) for ch in _SENT_END)
    if cut < 0 or cut == len(text) - 1:
        return -1
    tail = text[cut + 1 :]
    if not 3 <= len(tail) <= 20 or re.search(r"[，。；！？、,;“”（）]", tail.rstrip("：:")):
        return -1
    return cut + 1 if any(_shares_affix(tail, t) for t in titles) else -1


def join_lines(lines: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], int]:
    """Lines → paragraphs (text, first line).  Returns the paragraphs and the joins made."""
    titles = [t for t, _ in lines if _title_like(t)]
    paras: list[list[Any]] = []
    joins = 0
    for text, line in lines:
        if not paras:
            paras.append([text, line])
            continue
        prev: str = paras[-1][0]
        join = False
        if text[0] in "”’」』）》，。、；：！？…":
            join = True
        elif (
            re.match(f"[{HAN}][，；、]", text)
            and prev.endswith("。")
            and not _title_like(prev)
            and not _MARKER_START.match(text)
        ):
            prev, join = prev[:-1], True  # 去服。/务；— a scraper broke 服务 and added 。
        elif re.search(f"、[{HAN}]。$", prev) and not _MARKER_START.match(text) and not re.match(f"[{HAN}]。", text):
            prev, join = prev[:-1], True  # 、人。/民武装 — same, inside an enumeration
        elif prev.endswith(("，", "、", "“", "（", "——")):
            join = True
        elif prev[-1] not in R.END_PUNCT and not _title_like(prev) and not _MARKER_START.match(text):
            cut = _glued_tail(prev, titles)
            if cut > 0:
                paras[-1][0] = prev[:cut]
                paras.append([prev[cut:], paras[-1][1]])
            else:
                join = True
        if join:
            paras[-1][0] = prev + text
            joins += 1
        else:
            paras.append([text, line])
    out: list[tuple[str, int]] = []
    for text, line in paras:
        cut = _glued_tail(text, titles) if text.endswith(("：", ":")) else -1
        if cut > 0:
            out += [(text[:cut], line), (text[cut:], line)]
        else:
            out.append((text, line))
    return out, joins


def _grams(text: str) -> set[str]:
    key = _key(text)
    return {key[i : i + 4] for i in range(len(key) - 3)}


def _drop_repeats(paras: list[tuple[str, int]], titles: set[str], removed: Counter[str]) -> list[tuple[str, int]]:
    """Repeated title lines, captions made of the title, duplicate paragraphs, and a lead
    paragraph (site 导语) that is mostly the text of a later paragraph."""
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for text, line in paras:
        key = _key(text)
        title_hit = any(key == t or (text.startswith(t) and R.CAPTION_TAIL.match(text[len(t) :])) for t in titles if t)
        if title_hit or (len(key) >= 8 and key in seen):
            removed["repeat"] += len(text)
            continue
        seen.add(key)
        out.append((text, line))
    head = min(len(out), 2)  # a site's 导语 sits right under the title
    keep = [True] * len(out)
    for i in range(head):
        gi = _grams(out[i][0])
        if len(gi) < 40:
            continue
        for j in range(i + 1, min(len(out), i + 12)):
            if len(gi & _grams(out[j][0])) >= 0.6 * len(gi):
                keep[i] = False
                removed["repeat"] += len(out[i][0])
                break
    return [p for p, k in zip(out, keep) if k]


def _strip_title_injection(text: str, titles: set[str]) -> str:
    """SEO sites inject the page title into the body: ，标题。 or 工作总结《标题》."""
    for title in titles:
        if len(title) < 4 or title not in text:
            continue
        t = re.escape(title)
        text = re.sub(rf"[，,]{t}(?=[。；])", "", text)
        text = re.sub(rf"[{HAN}]{{0,4}}《{t}》(?=[。；，])", "", text)
    return text


def _spun_pass(paras: list[tuple[str, int]], changed: Counter[str]) -> list[tuple[str, bool]]:
    hits = [R.spun_hits(t) for t, _ in paras]
    dense = [h >= 3 and h * 100 >= len(t) for h, (t, _) in zip(hits, paras)]
    # a passage spans paragraphs: a neighbour of a spun paragraph with any hit is spun too
    spun = [
        d or (h > 0 and ((i > 0 and dense[i - 1]) or (i + 1 < len(dense) and dense[i + 1])))
        for i, (d, h) in enumerate(zip(dense, hits))
    ]
    out: list[tuple[str, bool]] = []
    for (text, _), is_spun, h in zip(paras, spun, hits):
        if not is_spun:
            out.append((text, False))
            continue
        text, n = R.restore_spun(text)
        changed["spun"] += n
        # heavy spinning replaces more words than any table knows: the passage stays flagged
        still = R.spun_hits(text) > 0 or h * 100 >= 2 * len(text)
        out.append((text, still))
    return out


def clean_doc(doc: SourceDoc) -> CleanDoc:
    """Clean one essay.  Never raises on odd text; what it removes is counted per kind."""
    removed: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    titles_raw = [doc.title]
    lines: list[tuple[str, int]] = []
    for i, raw in enumerate(doc.lines):
        number = doc.start_line + i
        text = raw.strip()
        if not text:
            continue
        mark = R.ESSAY_MARK.match(text)
        if mark and i < 3:
            titles_raw.append(mark.group("title"))
            removed["title"] += len(text)
            continue
        if R.is_chrome_line(text):
            removed["chrome"] += len(text)
            continue
        if R.TITLE_LABEL.match(text):
            titles_raw.append(text)
            removed["title"] += len(text)
            continue
        before = len(text)
        text = R.strip_inline_chrome(text)
        removed["chrome"] += before - len(text)
        text, repaired, dropped = R.repair_mojibake(text)
        removed["mojibake"] += dropped
        changed["mojibake"] += repaired
        before = len(text)
        text = R.PINYIN.sub("", text)
        removed["pinyin"] += before - len(text)
        if text.strip():
            lines.append((text.strip(), number))
    simplified = R.fix_zhe(to_simplified("\n".join(t for t, _ in lines))).split("\n")
    changed["t2s"] += sum(a != b for (t, _), s in zip(lines, simplified) for a, b in zip(t, s))
    titles = {_key(normalize_title(t)) for t in titles_raw if t.strip()}
    plain_titles = {normalize_title(t) for t in titles_raw if t.strip()}
    fixed: list[tuple[str, int]] = []
    for (_, number), text in zip(lines, simplified):
        before, original = len(text), text
        text = R.fix_punctuation(text)
        changed["punct"] += sum(a != b for a, b in zip(original, text))
        text = R.remove_stray_spaces(text, keep_words=_title_like(text.replace(" ", "")) and " " in text)
        removed["spaces"] += max(0, before - len(text))
        before = len(text)
        text = _strip_title_injection(text, plain_titles)
        removed["chrome"] += before - len(text)
        if text:
            fixed.append((text, number))
    fixed = _drop_repeats(fixed, titles, removed)
    paras, joins = join_lines(fixed)
    changed["join"] += joins
    paras = _drop_repeats(paras, titles, removed)
    paras, splits = repair_breaks(paras)
    changed["split"] += splits
    result: list[CleanParagraph] = []
    for (text, line), (restored, still) in zip(paras, _spun_pass(paras, changed)):
        restored, masks = R.mark_placeholders(restored)
        changed["placeholder"] += masks
        result.append(CleanParagraph(restored, line, spun=still, placeholder=masks > 0))
        del text
    return CleanDoc(
        title=normalize_title(doc.title),
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
