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

import enum
import re
from collections import Counter
from collections.abc import Callable, Iterable
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


@R.line_cache
def normalize_title(raw: str) -> str:
    """A title as shown to people: no marker label, pinyin, Traditional script or end punctuation."""
    text = R.PINYIN.sub("", raw)
    text = R.TITLE_LABEL.sub("", text.strip())
    text = R.fix_zhe(to_simplified(text))
    text = R.fix_punctuation(text)
    text = R.remove_stray_spaces(text, keep_words=True)
    return text.strip(" ：:。.，,；;")


_KEY_RUN = re.compile(rf"[{HAN}0-9A-Za-z]+")


@R.line_cache
def _key(text: str) -> str:
    """What two lines share when one repeats the other: their Han characters and digits."""
    # joining the kept runs is faster than deleting the (many, short) runs between them
    return "".join(_KEY_RUN.findall(text))


_CLAUSE_MARK = re.compile(f"[{_SENT_END}；，,、]")
_GLUED_TAIL_BAD = re.compile(r"[，。；！？、,;“”（）]")
_HAN_THEN_COMMA = re.compile(f"[{HAN}][，；、]")
_ENUM_PERIOD_END = re.compile(f"、[{HAN}]。$")
_HAN_PERIOD = re.compile(f"[{HAN}]。")


@R.line_cache
def _title_like(text: str) -> bool:
    text = _MARKER_START.sub("", text, count=1)
    return 2 <= len(text) <= 24 and _CLAUSE_MARK.search(text) is None


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
    if not 3 <= len(tail) <= 20 or _GLUED_TAIL_BAD.search(tail.rstrip("：:")):
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
            _HAN_THEN_COMMA.match(text)
            and prev.endswith("。")
            and not _title_like(prev)
            and not _MARKER_START.match(text)
        ):
            prev, join = prev[:-1], True  # 去服。/务；— a scraper broke 服务 and added 。
        elif _ENUM_PERIOD_END.search(prev) and not _MARKER_START.match(text) and not _HAN_PERIOD.match(text):
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


def _lead_chunks(lead: str) -> list[str]:
    """6-character samples of a lead paragraph's key (none if it is too short to judge)."""
    a = _key(lead[:600])
    if len(a) < 40:
        return []
    return [a[i : i + 6] for i in range(0, len(a) - 5, max(6, len(a) // 12))]


def _mostly_inside(chunks: list[str], other_key: str) -> bool:
    """Whether most of a lead's samples (see _lead_chunks) occur in another paragraph's key."""
    return bool(chunks) and sum(map(other_key.__contains__, chunks)) >= 0.6 * len(chunks)


def _drop_repeats(paras: list[tuple[str, int]], titles: set[str], removed: Counter[str]) -> list[tuple[str, int]]:
    """Repeated title lines, captions made of the title, duplicate paragraphs, and a lead
    paragraph (site 导语) that is mostly the text of a later paragraph."""
    out: list[tuple[str, int]] = []
    keys: list[str] = []
    seen: set[str] = set()
    title_keys = [t for t in titles if t]
    dropped = 0
    for text, line in paras:
        key = _key(text)
        repeat = len(key) >= 8 and key in seen
        for t in title_keys:
            if repeat:
                break
            repeat = key == t or (text.startswith(t) and R.CAPTION_TAIL.match(text[len(t) :]) is not None)
        if repeat:
            dropped += len(text)
            continue
        seen.add(key)
        out.append((text, line))
        keys.append(key)
    removed["repeat"] += dropped
    keep = [True] * len(out)
    # a site's 导语 sits right under the title and retells the first paragraph
    if out and not _MARKER_START.match(out[0][0]) and (chunks := _lead_chunks(out[0][0])):
        for j in range(1, min(len(out), 12)):
            if _mostly_inside(chunks, keys[j]):
                keep[0] = False
                removed["repeat"] += len(out[0][0])
                break
    return [p for p, k in zip(out, keep, strict=False) if k]


def _strip_title_injection(text: str, titles: set[str]) -> str:
    """SEO sites inject the page title into the body: ，标题。 or 工作总结《标题》."""
    for title in titles:
        if len(title) < 4 or title not in text:
            continue
        text = _cut_after_comma(text, title)
        text = _cut_bracketed(text, title)
    return text


# The two cuts below are re.sub with the patterns [，,]T(?=[。；]) and [Han]{0,4}《T》(?=[。；，])
# written out: compiling a pattern per title (the Han class alone takes milliseconds) would
# cost more than cleaning the essay, as nearly every essay has its own title.


def _cut_after_comma(text: str, title: str) -> str:
    out: list[str] = []
    pos = 0  # where the text not yet copied (and not yet matched) starts
    q = text.find(title, 1)
    while q > 0:
        end = q + len(title)
        if q - 1 >= pos and text[q - 1] in "，," and end < len(text) and text[end] in "。；":
            out.append(text[pos : q - 1])
            pos = end
            q = text.find(title, end + 1)
        else:
            q = text.find(title, q + 1)
    return "".join(out) + text[pos:] if out else text


def _cut_bracketed(text: str, title: str) -> str:
    target = f"《{title}》"
    out: list[str] = []
    pos = 0
    q = text.find(target)
    while q >= 0:
        end = q + len(target)
        if end < len(text) and text[end] in "。；，":
            start = q  # the match begins at up to four Han characters right before 《
            while start > pos and q - start < 4 and R.has_han(text[start - 1]):
                start -= 1
            out.append(text[pos:start])
            pos = end
            q = text.find(target, end)
        else:
            q = text.find(target, q + 1)
    return "".join(out) + text[pos:] if out else text


def _spun_pass(paras: list[tuple[str, int]], changed: Counter[str]) -> list[tuple[str, bool]]:
    if not R.may_be_spun("".join(t for t, _ in paras)):
        return [(t, False) for t, _ in paras]
    hits = [R.spun_hits(t) for t, _ in paras]
    dense = [h >= 3 and h * 100 >= len(t) for h, (t, _) in zip(hits, paras, strict=False)]
    # a passage spans paragraphs: a neighbour of a spun paragraph with any hit is spun too
    spun = [
        d or (h > 0 and ((i > 0 and dense[i - 1]) or (i + 1 < len(dense) and dense[i + 1])))
        for i, (d, h) in enumerate(zip(dense, hits, strict=False))
    ]
    out: list[tuple[str, bool]] = []
    for (text, _), is_spun, h in zip(paras, spun, hits, strict=False):
        if not is_spun:
            out.append((text, False))
            continue
        text, n = R.restore_spun(text)
        changed["spun"] += n
        # heavy spinning replaces more words than any table knows: the passage stays flagged
        still = R.spun_hits(text) > 0 or h * 100 >= 2 * len(text)
        out.append((text, still))
    return out


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
    return len(low) - low.count(0)


def _run(text: str, step: Callable[[str], str], counter: Counter[str], kind: str) -> str:
    before = len(text)
    text = step(text)
    counter[kind] += before - len(text)
    return text


class _Kind(enum.Enum):
    BODY = 0
    CHROME = 1
    TITLE = 2  # 文章标题：… — a label around the real title


@R.line_cache
def _line_kind(text: str) -> _Kind:
    if R.is_chrome_line(text):
        return _Kind.CHROME
    return _Kind.TITLE if R.TITLE_LABEL.match(text) else _Kind.BODY


def _map_lines(step: Callable[[str], str], text: str) -> str:
    return "\n".join(map(step, text.split("\n")))


@R.line_cache
def _strip_chrome_line(line: str) -> str:
    return R.strip_inline_chrome(line)


@R.line_cache
def _strip_pinyin_line(line: str) -> str:
    return R.PINYIN.sub("", line) if "(" in line or "（" in line else line


@R.line_cache
def _mask_line(line: str) -> tuple[str, int]:
    return R.mark_placeholders(line)


@R.line_cache
def _han_punct_line(line: str) -> str:
    """fix_punctuation of one line of a text known to hold Chinese."""
    return R.fix_han_punctuation(R.fix_corner_quotes(line))


@R.line_cache
def _tidy_line(line: str) -> str:
    """Straight quotes paired and stray spaces dropped (fix_quotes keeps the length)."""
    if '"' in line:
        line = R.fix_quotes(line)
    if R.has_space(line):
        line = R.remove_stray_spaces(line, keep_words=_title_like(line.replace(" ", "")) and " " in line)
    return line


def clean_doc(doc: SourceDoc) -> CleanDoc:
    """Clean one essay.  Never raises on odd text; what it removes is counted per kind.

    Mojibake repair and OpenCC run on the whole essay at once (lines joined by newlines, which
    no step removes); the steps that never look past a line break run line by line through
    bounded caches, and every pattern is guarded by a cheap substring test, which is what keeps
    cleaning within a small factor of OpenCC alone.
    """
    removed: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    titles_raw = [doc.title]
    kept: list[str] = []
    numbers: list[int] = []
    for i, raw in enumerate(doc.lines):
        text = raw.strip()
        if not text:
            continue
        if i < 3 and (mark := R.ESSAY_MARK.match(text)):
            titles_raw.append(mark.group("title"))
            removed["title"] += len(text)
            continue
        kind = _line_kind(text)
        if kind is _Kind.BODY:
            kept.append(text)
            numbers.append(doc.start_line + i)
        elif kind is _Kind.CHROME:
            removed["chrome"] += len(text)
        else:
            titles_raw.append(text)
            removed["title"] += len(text)
    # mojibake repair can span lines and OpenCC is fastest on one long string: whole text; the
    # other steps stay within a line, so they run per line through R.line_cache
    text = "\n".join(kept)
    text = _run(text, lambda t: _map_lines(_strip_chrome_line, t), removed, "chrome")
    text, repaired, dropped = R.repair_mojibake(text)
    removed["mojibake"] += dropped
    changed["mojibake"] += repaired
    text = _run(text, lambda t: _map_lines(_strip_pinyin_line, t), removed, "pinyin")
    simplified = R.fix_zhe(to_simplified(text))
    changed["t2s"] += _diff(text, simplified)
    masked: list[str] = []
    masks = 0
    for line in simplified.split("\n"):
        mask_line, n = _mask_line(line)
        masked.append(mask_line)
        masks += n
    changed["placeholder"] += masks
    text = "\n".join(masked)
    han = R.has_han(text)  # punctuation is only made full-width in Chinese text
    punct = "\n".join([_han_punct_line(line) for line in masked] if han else map(R.fix_corner_quotes, masked))
    changed["punct"] += _diff(text, punct)
    text = punct
    plain_titles = {normalize_title(t) for t in titles_raw if t.strip()}
    titles = {_key(t) for t in plain_titles}
    text = _run(text, lambda t: _strip_title_injection(t, plain_titles), removed, "chrome")
    lines: list[tuple[str, int]] = []
    spaces = 0
    for line, number in zip(text.split("\n"), numbers, strict=False):
        tidy = _tidy_line(line)
        spaces += len(line) - len(tidy)
        if tidy:
            lines.append((tidy, number))
    removed["spaces"] += spaces
    lines = _drop_repeats(lines, titles, removed)
    paras, joins = join_lines(lines)
    changed["join"] += joins
    paras = _drop_repeats(paras, titles, removed)
    paras, splits = repair_breaks(paras)
    changed["split"] += splits
    result = [
        CleanParagraph(restored, line, spun=still, placeholder=R.PLACEHOLDER in restored)
        for (_, line), (restored, still) in zip(paras, _spun_pass(paras, changed), strict=False)
    ]
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
