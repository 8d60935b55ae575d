"""Cleaning: pinyin a page's ruby markup (<ruby>乡<rt>xiāng</rt></ruby>) left glued to its
characters once copied without the <rp> brackets (乡xiāng镇zhèn干部, 蓼liǎo塘).

A syllable with a tone mark, right after a Han character and followed by no further letter or
digit, is an annotation: prose never writes a toned syllable inside a Chinese word.  Toneless
ASCII after Han (村民A, 3号楼B座, 开展“smart”活动) is left alone, as are words of other
languages, which a pinyin syllable does not spell (café, né, résumé).  No third-party import.
"""

from __future__ import annotations

import re

from .textscan import HAN

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"  # (the letters a tone mark is on; punct.py's annotations too)
# 注音 in a page's annotation brackets (punct.PINYIN): 蓼（ㄌㄧㄠˇ）, its tone after the letters, the
# light tone's ˙ before them
ZHUYIN = "\u3105-\u312f\u31a0-\u31bf"
ZHUYIN_SYL = rf"˙?[{ZHUYIN}]{{1,4}}[ˊˇˋ˙]?"

_VOWEL = "aeiouü"
# one syllable: an initial, then a final whose vowels carry one tone mark
_SYL = rf"(?:[bpmfdtnlgkhjqxrwy]|[zcs]h?)?[{_VOWEL}]{{0,2}}[{TONED}][{_VOWEL}]{{0,2}}(?:ng|n|r)?"
GLUED = re.compile(rf"(?<=[{HAN}])(?:{_SYL}){{1,4}}(?![a-zA-Z0-9{_VOWEL}{TONED}])")
TONED_RE = re.compile(f"[{TONED}]")  # what every glued annotation holds (a scan of a batch)


def strip_glued(text: str) -> str:
    """乡xiāng镇zhèn干部 → 乡镇干部 (a text without a toned letter is returned as it is)."""
    return GLUED.sub("", text) if TONED_RE.search(text) is not None else text
