"""UTF-16 without a byte-order mark: what an OA system's “导出正文” or a program's Unicode save
may write.  Its ASCII (every line break too) carries a NUL byte, which alone would make the
file look binary; so before a file with NULs is called binary, it is read as UTF-16 LE and BE,
and taken when one of them reads cleanly as text.

Read as UTF-16, a binary's runs of NULs give U+0000, and its other bytes a scatter of scripts
and unassigned code points; a text gives ASCII, Chinese characters (those outside the BMP as
surrogate pairs) and punctuation, and no control characters other than tab and line ends.
"""

from __future__ import annotations

import unicodedata

from .charsets import common_chars
from .textscan import HAN_CHAR

_SAMPLE = 64 * 1024  # (bytes looked at to decide; then the whole file is decoded)
_TEXT_CONTROLS = frozenset("\t\n\r\f\x1a")
_MAX_ODD = 0.03  # (share of characters that are neither ASCII, Han nor punctuation)
_MAX_RARE = 0.1  # (share of the Han characters outside the common ones: names, a place)


def bomless_utf16(data: bytes) -> str | None:
    """`data` decoded as UTF-16 LE or BE when it has no BOM but reads as text in one of them;
    else None.  Only a file holding NUL bytes is tried: UTF-16 text nearly always has some."""
    sample = data[:_SAMPLE]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        # (a pair cut at the sample's end, or a broken one, is one U+FFFD: an odd character)
        if _reads_as_text(sample.decode(enc, errors="replace")):
            return data.decode(enc, errors="replace")
    return None


def _reads_as_text(text: str) -> bool:
    """No control character but tab and line ends, Chinese characters or ASCII letters in it,
    few characters of other kinds, and few rare Chinese ones: bytes read as UTF-16 that are no
    text fall among the 21,000 characters of the Han block at random, mostly rare ones."""
    common = common_chars()
    odd = letters = han = rare = 0
    for ch in text:
        if ch < "\x80":
            if (ch < " " and ch not in _TEXT_CONTROLS) or ch == "\x7f":
                return False
            letters += ch.isalpha()
        elif ch in common:
            han += 1
        elif HAN_CHAR.match(ch) is not None or "\U00020000" <= ch <= "\U0003134f":
            han += 1
            rare += 1
        elif unicodedata.category(ch)[0] not in "PSZN":
            odd += 1
    return letters + han > 0 and odd <= _MAX_ODD * len(text) and rare <= _MAX_RARE * han
