"""Lines → paragraphs, in cleaning: repeated titles and leads dropped, broken lines joined.

Scraped pages repeat the title (as a heading, an image caption, a breadcrumb), open with a site
导语 that retells the first paragraph, and lose or add line breaks: a sentence or a word (服/务)
cut in two, a heading glued to the end of the paragraph before it.  (The page title injected
into the body for search engines is furniture: cleanrules.strip_title_injection.)  Everything
here compares and joins cleaned lines; nothing here knows about encodings, scripts or
punctuation styles.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Iterable

from .cleanrules import CAPTION_TAIL, END_PUNCT, HAN, line_cache

_SENT_END = "。！？"
MARKER_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]"
    r"|第[一二三四五六七八九十]{1,3}[，,、]|[一二三四五六七八九十][是要]|首先|其次|再次|最后)"
)
_MARKER_MAX = 5  # the longest MARKER_START match: （十二） or 第十二，
_KEY_RUN = re.compile(rf"[{HAN}0-9A-Za-z]+")
_KEY_CHAR = re.compile(rf"[{HAN}0-9A-Za-z]")
_CLAUSE_MARK = re.compile(f"[{_SENT_END}；，,、]")
_GLUED_TAIL_BAD = re.compile(r"[，。；！？、,;“”（）]")
_HAN_THEN_COMMA = re.compile(f"[{HAN}][，；、]")
_ENUM_PERIOD_END = re.compile(f"、[{HAN}]。$")
_HAN_PERIOD = re.compile(f"[{HAN}]。")


def text_key(text: str) -> str:
    """What two lines share when one repeats the other: their Han characters, digits, letters."""
    # joining the kept runs is faster than deleting the (many, short) runs between them
    return "".join(_KEY_RUN.findall(text))


class KeyMemo:
    """Keys of one document's lines and paragraphs, computed only when a comparison needs them.

    A key costs a regex step per character.  Lines are first sorted into buckets by the first
    and last characters of their key, found in a step or two: two lines with the same key share
    a bucket, and most lines share theirs with no other line and no title.  Both passes of
    drop_repeats share one memo.
    """

    def __init__(self) -> None:
        self.buckets: dict[str, str] = {}
        self._full: dict[str, str] = {}
        self.inside: dict[tuple[str, str], bool] = {}  # (lead, paragraph) → _Lead.mostly_inside
        self._leads: dict[str, _Lead] = {}
        self.no_lead: list[tuple[str, int]] = []  # the first 12 texts drop_lead last kept whole

    def full(self, text: str) -> str:
        key = self._full.get(text)
        if key is None:
            key = self._full[text] = text_key(text)
        return key

    def lead(self, text: str) -> _Lead:
        found = self._leads.get(text)
        if found is None:
            found = self._leads[text] = _Lead(text)
        return found

    def bucket(self, text: str) -> str:
        found = self.buckets.get(text)
        if found is None:
            # nearly every line opens with a common Han character and ends with one before its
            # closing marks (stripped in C): the loops are only for the rest
            first = text[:1]
            if not "\u4e00" <= first <= "\u9fff":
                first = _first_key_char(text)
            last = text.rstrip(_NON_KEY_TAIL)[-1:]
            if not "\u4e00" <= last <= "\u9fff":
                last = _first_key_char(reversed(text))
            found = self.buckets[text] = first + last
        return found


# Marks that close a line: none is a key character, so stripping them keeps the last key one.
_NON_KEY_TAIL = "。！？；：，、…”’）》」』.!?;:,)\"' "


def _first_key_char(chars: Iterable[str]) -> str:
    for ch in chars:  # nearly always the first or second character: a loop beats a regex call
        if "\u4e00" <= ch <= "\u9fff" or (ch.isascii() and ch.isalnum()) or _KEY_CHAR.match(ch):
            return ch
    return ""


@line_cache
def title_like(text: str) -> bool:
    if len(text) > 24 + _MARKER_MAX:
        return False
    text = MARKER_START.sub("", text, count=1)
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


def _enum_period_end(text: str) -> bool:
    # _ENUM_PERIOD_END.search, looking only where the match can be (the last three characters)
    return len(text) >= 3 and _ENUM_PERIOD_END.match(text, len(text) - 3) is not None


def join_lines(lines: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], int]:
    """Lines → paragraphs (text, first line).  Returns the paragraphs and the joins made."""
    like = {t: title_like(t) for t, _ in lines}  # per essay: a line is asked again as `prev`
    titles = [t for t, _ in lines if like[t]]
    texts: list[str] = []  # the paragraphs so far, and the line each starts on
    firsts: list[int] = []
    joins = 0
    for text, line in lines:
        if not texts:
            texts.append(text)
            firsts.append(line)
            continue
        prev = texts[-1]
        last = prev[-1]  # the tests on it come first: they are the cheap ones
        join = False
        if text[0] in "”’」』）》，。、；：！？…":
            join = True
        elif (
            last == "。"
            and _HAN_THEN_COMMA.match(text)
            and not (like[prev] if prev in like else title_like(prev))
            and not MARKER_START.match(text)
        ):
            prev, join = prev[:-1], True  # 去服。/务；— a scraper broke 服务 and added 。
        elif (
            last == "。"  # (which _enum_period_end needs)
            and _enum_period_end(prev)
            and not MARKER_START.match(text)
            and not _HAN_PERIOD.match(text)
        ):
            prev, join = prev[:-1], True  # 、人。/民武装 — same, inside an enumeration
        elif prev.endswith(("，", "、", "“", "（", "——")):
            join = True
        elif (
            last not in END_PUNCT
            and not (like[prev] if prev in like else title_like(prev))
            and not MARKER_START.match(text)
        ):
            cut = _glued_tail(prev, titles)
            if cut > 0:
                texts[-1] = prev[:cut]
                texts.append(prev[cut:])
                firsts.append(firsts[-1])
            else:
                join = True
        if join:
            texts[-1] = prev + text
            joins += 1
        else:
            texts.append(text)
            firsts.append(line)
    out: list[tuple[str, int]] = []
    for text, line in zip(texts, firsts, strict=True):
        cut = _glued_tail(text, titles) if text.endswith(("：", ":")) else -1
        if cut > 0:
            out += [(text[:cut], line), (text[cut:], line)]
        else:
            out.append((text, line))
    return out, joins


class _Lead:
    """6-character samples of a lead paragraph's key, taken evenly along its first 600 characters."""

    def __init__(self, lead: str) -> None:
        self.text = lead
        key = text_key(lead[:600])
        self.chunks = [key[i : i + 6] for i in range(0, len(key) - 5, max(6, len(key) // 12))] if len(key) >= 40 else []
        self.firsts = [c[0] for c in self.chunks]
        self.lasts = [c[-1] for c in self.chunks]
        self.need = 0.6 * len(self.chunks)

    def mostly_inside(self, other: str, keys: KeyMemo) -> bool:
        """Whether most samples occur in another paragraph's key.

        Computing that key is what costs, so bounds come first: a sample whose first or last
        character the paragraph lacks is not in its key, and a sample found in the paragraph
        itself is.  They settle nearly every paragraph.
        """
        found = keys.inside.get((self.text, other))
        if found is None:
            contains = other.__contains__
            if sum(map(contains, self.firsts)) < self.need:
                found = False
            elif sum(map(contains, self.chunks)) >= self.need:
                found = True
            elif sum(map(operator.and_, map(contains, self.firsts), map(contains, self.lasts))) < self.need:
                found = False
            else:
                found = sum(map(keys.full(other).__contains__, self.chunks)) >= self.need
            keys.inside[self.text, other] = found
        return found


def drop_repeats(
    paras: list[tuple[str, int]], titles: set[str], removed: Counter[str], keys: KeyMemo
) -> list[tuple[str, int]]:
    """Repeated title lines, captions made of the title, duplicate paragraphs, and a lead
    paragraph (site 导语) that is mostly the text of a later paragraph.  `titles` are keys."""
    out: list[tuple[str, int]] = []
    seen: dict[str, list[str]] = {}  # bucket → texts kept in it
    title_keys = tuple(t for t in titles if t)
    title_buckets = {keys.bucket(t) for t in title_keys}
    title_heads = {t[0] for t in title_keys}  # a text opening with a title opens with its head
    buckets, bucket, full = keys.buckets, keys.bucket, keys.full
    dropped = 0
    for text, line in paras:
        b = buckets.get(text) or bucket(text)
        kept = seen.get(b)
        # most texts share their bucket with no earlier text and no title: nothing to compare
        if kept is None and b not in title_buckets and text[:1] not in title_heads:
            seen[b] = [text]
            out.append((text, line))
            continue
        repeat = False
        if kept is not None:
            key = full(text)
            repeat = len(key) >= 8 and any(full(t) == key for t in kept)
        if not repeat and b in title_buckets:
            repeat = full(text) in title_keys
        if not repeat and text.startswith(title_keys):  # the title and a caption's tail
            repeat = any(text.startswith(t) and CAPTION_TAIL.match(text[len(t) :]) for t in title_keys)
        if repeat:
            dropped += len(text)
            continue
        if kept is None:
            seen[b] = [text]
        else:
            kept.append(text)
        out.append((text, line))
    removed["repeat"] += dropped
    return drop_lead(out, removed, keys)


def drop_lead(paras: list[tuple[str, int]], removed: Counter[str], keys: KeyMemo) -> list[tuple[str, int]]:
    """The last step of drop_repeats alone: a site's 导语 sits right under the title and
    retells the first paragraph.  (Cleaning calls it alone when joining lines changed nothing:
    the lines drop_repeats kept hold no repeat any more, but their first one may be a lead.)"""
    head = paras[:12]  # all the check looks at: the second pass often brings the same again
    if head == keys.no_lead:
        return paras
    # (a lead has samples only when its key has 40 characters, so its text must have as many)
    if (
        paras
        and len(paras[0][0]) >= 40
        and not MARKER_START.match(paras[0][0])
        and (lead := keys.lead(paras[0][0])).chunks
    ):
        firsts, need = lead.firsts, lead.need
        for j in range(1, min(len(paras), 12)):
            other = paras[j][0]
            # mostly_inside's first bound, without the call: it settles nearly every paragraph
            if sum(map(other.__contains__, firsts)) >= need and lead.mostly_inside(other, keys):
                removed["repeat"] += len(paras[0][0])
                return paras[1:]
    keys.no_lead = head
    return paras
