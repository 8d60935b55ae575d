"""Lost line breaks, the last step of cleaning: scrapers lose line breaks, gluing 四是… or a
parallel lead sentence into the paragraph before; when the siblings around it open paragraphs,
it is split off again.  (What a heading marker is, is outline.py's; a lead sentence, leads.py's.)

Most essays have no gap in their numbered sequences and no two paragraphs opening alike, which
a pass over the paragraphs' first characters shows; only then are paragraphs searched.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import defaultdict
from functools import lru_cache
from itertools import compress

from .leads import lead_sentence, parallel_prefixes
from .outline import (
    CIRCLED,
    ORDINAL_FAMILIES,
    SEQUENCE,
    STEMS,
    UNITS,
    cn_number,
    marker_kind,
)

_OPENING = operator.itemgetter(slice(0, 4))  # parallel lead sentences share at least this much


def repair_breaks(texts: list[str], lines: list[int]) -> tuple[list[str], list[int], int]:
    """Split paragraphs where a lost line break glued a sibling heading into the text.

    A gap in a numbered sequence whose members open paragraphs (一是, 二是, 三是, 五是) is looked
    for right after a sentence end inside the paragraphs before the next member; so is a lead
    sentence repeating the opening shared by sibling paragraphs.  Returns the paragraphs, the
    line each starts on and the number of splits.
    """
    marks = _markers(texts)
    cuts: dict[int, list[int]] = defaultdict(list)
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, (family, _) in marks.items():
        if family in ORDINAL_FAMILIES:
            by_family[family].append(i)
    for family, members in by_family.items():
        for a, b in itertools.pairwise(members):
            want, until = marks[a][1] + 1, marks[b][1]
            if want >= until:
                continue  # no gap in the sequence: nothing lost between a and b
            for i in range(a, b):
                while want < until:
                    pos = _find_member(texts[i], family, want, after=max(cuts.get(i, ()), default=0))
                    if pos < 0:
                        break
                    cuts[i].append(pos)
                    want += 1
    if len(set(map(_OPENING, texts))) != len(texts):  # (else no two paragraphs open alike)
        for prefix in parallel_prefixes(texts, set(marks)):
            for i, text in enumerate(texts):
                for found in _after_sentence(prefix).finditer(text):
                    if lead_sentence(text[found.start() :]):
                        cuts[i].append(found.start())
    if not cuts:
        return texts, lines, 0
    out: list[str] = []
    out_lines: list[int] = []
    splits = 0
    for i, (text, line) in enumerate(zip(texts, lines, strict=True)):
        last = 0
        for pos in sorted(set(cuts.get(i, []))):
            if pos > last:
                out.append(text[last:pos])
                out_lines.append(line)
                last = pos
                splits += 1
        out.append(text[last:])
        out_lines.append(line)
    return out, out_lines, splits


# outline._FAMILIES as one pattern, matched at the start of each paragraph: the families in the
# order marker_kind tries them (those that open with the same character keep their order), each
# as an atomic group (?=(…))\N, so that the test after it cannot make the engine take a shorter
# match the family pattern would not give; then the test marker_kind makes (something but spaces
# after the marker; for an arabic number, Han text).  (Paragraphs hold no line break.)
_CN = "一二三四五六七八九十"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_AFTER = r"(?=[^\S\n]*\S)"
_ONE_CHAR = "".join(sorted(CIRCLED))
_DAXIE = "壹贰貳叁參肆伍陆陸柒捌玖拾"
# (a heading's text after 第一部分, 第一章…, to the paragraph's end: markers._UNIT_END)
_UNIT_END = r"(?:[ \u3000]+|[：:，,、]|(?=[^\s。！？；，,：:]{2,20}(?:\n|\Z)))"
_MARKERS = re.compile(
    # (what one of them opens with: most paragraphs stop here)
    rf"(?=[（(第首其再最{_CN}\d{_ONE_CHAR}{_DAXIE}【〔［{STEMS}a-z]|[^\n]。)(?:"
    rf"(?=([（(]([{_CN}]{{1,3}})[)）][、，]?))\1{_AFTER}"
    rf"|(?=([（(](\d{{1,2}})[)）][、，.．]?))\3{_AFTER}"
    rf"|(?=(([{_CN}]{{1,3}})(?:、(?![{_CN}][、，])|[.．](?![{_CN}])(?!\d(?!\d{{3}}年)))))\5{_AFTER}"
    rf"|(?=((\d{{1,2}})(?:[.．、](?!\d(?!\d{{3}}年))|[^\S\n](?!\d))(?![%．.])))\7(?=[^\S\n]*(?:[{_HAN}“]|\d{{4}}年))"
    rf"|(?=(第([{_CN}]{{1,3}})[，,、：:]))\9{_AFTER}"
    rf"|(?=(([{_CN}])[是要]))\11{_AFTER}"
    rf"|(?=((首先|其次|再次|其三|其四|最后|其[一二](?=[，,：:、]))[，,：:、]?))\13{_AFTER}"
    rf"|(?=(第([{_CN}]{{1,3}})部分{_UNIT_END}))\15{_AFTER}"
    rf"|(?=(([{_ONE_CHAR}])[、.．]?[^\S\n]*))\17{_AFTER}"
    rf"|(?=((\d{{1,2}})[)）](?![\d%])))\19{_AFTER}"
    rf"|(?=(([{_DAXIE}]{{1,2}})[、.．]))\21{_AFTER}"
    rf"|(?=(【([{_CN}]{{1,3}})】))\23{_AFTER}"
    rf"|(?=((\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}}(?=[ \u3000]+[{_HAN}“])"
    rf"|\d{{1,2}}(?:[.．]\d){{1,3}}(?=[{_HAN}“])(?![{UNITS}]))))\25"
    rf"|(?=(([{STEMS}])、(?![{STEMS}])))\27{_AFTER}"
    # (第一章 第一节 第一点 in one alternative, its unit telling the family: one pattern to compile)
    rf"|(?=(第([{_CN}]{{1,3}})([章节点]){_UNIT_END}))\29{_AFTER}"
    rf"|(?=(([{_CN}])抓(?![到住紧就])))\32{_AFTER}"
    rf"|(?=(〔([{_CN}]{{1,3}})〕))\34{_AFTER}"
    rf"|(?=(［([{_CN}]{{1,3}})］))\36{_AFTER}"
    rf"|(?=(([a-z])[)）](?![a-z)）])))\38{_AFTER}"
    rf"|[{_HAN}]。(?=[“‘\"]|\n|\Z))"
)
_GROUP_FAMILY = {2: "paren-cn", 4: "paren-arabic", 6: "cn-dun", 8: "arabic", 10: "di-n", 12: "yi-shi", 14: "shouxian",
                16: "di-part", 18: "circled", 20: "arabic-rp", 22: "daxie", 24: "bracket-cn", 26: "decimal",
                28: "tiangan", 30: "di-unit", 33: "yi-zhua", 35: "tortoise-cn", 37: "square-cn",
                39: "latin"}
_DI_UNITS = {"章": "di-zhang", "节": "di-jie", "点": "di-dian"}


def _markers(texts: list[str]) -> dict[int, tuple[str, int]]:
    """The paragraphs opening with a heading marker: (family, ordinal), as marker_kind gives
    them.  The pattern is matched at each paragraph by a C call mapped over them all, so only
    the paragraphs that open with a marker cost a Python step."""
    found: dict[int, tuple[str, int]] = {}
    matches = list(map(_MARKERS.match, texts))
    for para in compress(range(len(matches)), matches):
        m = matches[para]
        assert m is not None  # (compress keeps the paragraphs matched)
        group = m.lastindex
        if group is None:
            found[para] = ("single", 1)
        else:
            word = m.group(group + 1)
            family = _GROUP_FAMILY[group + 1]
            if family == "circled":
                found[para] = CIRCLED[word]
            elif family == "tiangan":
                found[para] = (family, STEMS.index(word) + 1)
            elif family == "di-unit":
                found[para] = (_DI_UNITS[m.group(group + 2)], cn_number(word))
            elif family == "latin":
                found[para] = (family, ord(word) - ord("a") + 1)
            elif family == "decimal":
                parts = word.replace("．", ".").split(".")
                found[para] = (f"decimal{len(parts)}", int(parts[-1]))
            else:
                found[para] = (family, SEQUENCE.get(word, 0) if family == "shouxian" else cn_number(word))
    return found


@lru_cache(maxsize=256)
def _after_sentence(prefix: str) -> re.Pattern[str]:
    # (?<=[。！？])prefix with the literal first: the engine then scans for it at memory speed
    return re.compile(f"{re.escape(prefix)}(?<=[。！？]{re.escape(prefix)})")


_MEMBER_BREAK = re.compile("[。！？；]")
_DIGIT_AFTER_BREAK = re.compile(r"[。！？；][（(]?\d")
_WORDS = {n: tuple(w for w, k in SEQUENCE.items() if k == n) for n in set(SEQUENCE.values())}
# the one-character markers of each (family, ordinal): ㈡ is a （二）, ⑵ a （2）, ⒉ a 2.
_SINGLES: dict[tuple[str, int], str] = defaultdict(str)
for _ch, _kind in CIRCLED.items():
    _SINGLES[_kind] += _ch


def _find_member(text: str, family: str, ordinal: int, after: int) -> int:
    """Position of the marker `ordinal` of `family` right after a sentence end, or -1."""
    if not _may_hold(text, family, ordinal, after):
        return -1
    for end in _MEMBER_BREAK.finditer(text, after, len(text) - 1):
        i = end.end()
        kind = marker_kind(text[i : i + 12] + "x")
        if kind is not None and kind[0] == family and kind[1] == ordinal:
            return i
    return -1


def _may_hold(text: str, family: str, ordinal: int, after: int) -> bool:
    """Whether text[after:] holds what the marker must: a character of its own (㈡, ⑵), a
    digit right after a sentence break, its numeral (十 from ten on) or its word (首先…)."""
    if any(text.find(ch, after) >= 0 for ch in _SINGLES.get((family, ordinal), "")):
        return True
    if family in ("arabic", "paren-arabic", "arabic-rp"):
        return _DIGIT_AFTER_BREAK.search(text, after) is not None
    if family in ("daxie", "latin"):  # (壹 贰…, b): rare enough to look for the marker itself)
        return True
    if family in ("circled", "roman"):  # (their markers are characters of their own: none is there)
        return False
    signs = _WORDS.get(ordinal, ()) if family == "shouxian" else (_CN[ordinal - 1] if ordinal <= 9 else "十",)
    return any(text.find(sign, after) >= 0 for sign in signs)
