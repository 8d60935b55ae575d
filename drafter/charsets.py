"""Bytes and charsets, for the mojibake repair: which characters a page may hold, and what
characters bytes that a wrong decoding left behind may have been.

Pure functions of characters and bytes, apart from the document: mojibake.py finds the damaged
spans and lets the document decide between the candidates these functions give.
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import operator
import re
from functools import cache

from .resources import data_dir
from .textscan import HAN_CHAR

HOLE = -1  # a byte known to be missing from a span's bytes
QMARK = -2  # a ?: a missing byte where a UTF-8 sequence needs one, else a question mark
_LEAD_RANGES = {2: range(0xC2, 0xE0), 3: range(0xE0, 0xF0), 4: range(0xF0, 0xF5)}  # by UTF-8 length
# Punctuation a rebuilt byte may stand for, commonest first (the order decides among them).
PUNCT = "，。、“”：；？！（）《》…—·‘’「」【】"
# GBK lead bytes a lost byte may have been, punctuation (A1–A9, what prose loses most) first.
_LEADS = (*range(0xA1, 0xAA), *range(0x81, 0xA1), *range(0xAA, 0xFF))


@cache
def common_chars() -> frozenset[str]:
    chars: set[str] = set()
    for raw in (data_dir() / "common_chars.txt").read_text(encoding="utf-8").splitlines():
        if not raw.startswith("#"):
            chars.update(raw.strip())
    return frozenset(chars)


@cache
def rare_re() -> re.Pattern[str]:
    """Han characters outside the common set, private-use characters and U+FFFD."""
    common = common_chars()
    ranges: list[str] = []
    start = None
    for code in range(0x4E00, 0xA000):
        rare = chr(code) not in common
        if rare and start is None:
            start = code
        if not rare and start is not None:
            ranges.append(f"{chr(start)}-{chr(code - 1)}")
            start = None
    if start is not None:
        ranges.append(f"{chr(start)}-{chr(0x9FFF)}")
    return re.compile("[" + "".join(ranges) + "\u3400-\u4dbf\ue000-\uf8ff\ufffd]")


def clean_char(ch: str) -> bool:
    """A character a rebuilt byte may make: common Han, common punctuation, printable ASCII."""
    return ch in common_chars() or ch in PUNCT or (ch.isascii() and ch.isprintable())


def plausible_char(ch: str) -> bool:
    """A character whole UTF-8 bytes may decode to: printable, outside the private use area,
    and below U+0800 only Latin (pinyin's ā; GBK text that happens to read as two-byte UTF-8
    makes Cyrillic or Hebrew: 一直 as һֱ).  A rare character is allowed: the UTF-8 is what
    tells."""
    return ch.isprintable() and not "\ue000" <= ch <= "\uf8ff" and (ch < "\u0250" or ch >= "\u0800")


def _gb18030_pairs(err: UnicodeError) -> tuple[bytes, int]:
    """The two bytes GB18030 writes for private-use characters GBK leaves out: a browser reads
    GBK as GB18030, whose user-defined pairs (A6 86 of 覆's UTF-8) decode to the private use
    area, so UTF-8 read that way holds them among its mojibake."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    chunk = err.object[err.start : err.end]
    data = chunk.encode("gb18030") if all("\ue000" <= ch <= "\uf8ff" for ch in chunk) else b""
    if len(data) != 2 * len(chunk):
        raise err
    return data, err.end


codecs.register_error("drafter-gb18030-pairs", _gb18030_pairs)


def gbk_writable(span: str) -> int:
    """How many characters at the start of the span GBK can write (U+FFFD counts: gbk_data
    writes it as a HOLE); len(span) when all of them."""
    try:
        span.replace("\ufffd", "?").encode("gbk", "drafter-gb18030-pairs")
    except UnicodeEncodeError as err:
        return err.start
    return len(span)


def gbk_data(span: str) -> tuple[list[int], list[int]]:
    """The span's bytes as GBK wrote them, and the offset where each character starts (and the
    end): HOLE for each U+FFFD (a byte the decoder rejected), QMARK for a ? (a byte shown as ?
    once the page was saved, or a question mark: utf8_chars decides).  Encoded in one call:
    GBK writes ASCII in one byte and everything else in two, and no pair holds 0x3F."""
    data: list[int] = []
    for k, part in enumerate(span.split("\ufffd")):
        if k:
            data.append(HOLE)
        data += part.encode("gbk", "drafter-gb18030-pairs")
    if "?" in span:
        data = [QMARK if b == 0x3F else b for b in data]
    sizes = list(map(operator.sub, itertools.repeat(2), map(str.isascii, span)))
    if "\ufffd" in span:
        sizes = [1 if ch == "\ufffd" else n for ch, n in zip(span, sizes, strict=True)]
    return data, [0, *itertools.accumulate(sizes)]


def gbk_rejects(byte: int, following: int | None) -> bool:
    """Whether the GBK decoder drops `byte` when `following` comes next (None: unknown)."""
    if following is None or following < 0:  # HOLE, QMARK: unknown
        return True
    try:
        bytes([byte, following]).decode("gbk")
    except UnicodeError:
        return True
    return False


WHOLE, MARKED, UNMARKED = 0, 1, 2  # a character's bytes: all there; some shown as U+FFFD or ?; one lost


def utf8_chars(data: list[int], following: int | None, begin: int = 0) -> list[tuple[int, int, list[str]]]:
    """The UTF-8 characters data[begin:] starts with, as far as they read as UTF-8: for each,
    the byte offset after it, WHOLE, MARKED or UNMARKED, and the characters it may be (one when
    whole; none when nothing clean fits the missing bytes)."""
    out: list[tuple[int, int, list[str]]] = []
    i = begin
    while i < len(data):
        b = data[i]
        if b == QMARK:  # where a character starts: a lost lead if continuation bytes follow
            b = HOLE if i + 1 < len(data) and 0x80 <= data[i + 1] <= 0xBF else ord("?")
        if b != HOLE and b < 0x80:
            out.append((i + 1, WHOLE, [chr(b)]))
            i += 1
            continue
        if b != HOLE and not 0xC2 <= b <= 0xF4:
            break  # a continuation byte where a character should start
        size = 2 if b != HOLE and b < 0xE0 else 3 if b == HOLE or b < 0xF0 else 4
        seq = [b]
        j = i + 1
        while len(seq) < size and j < len(data) and (data[j] in (HOLE, QMARK) or 0x80 <= data[j] <= 0xBF):
            seq.append(HOLE if data[j] == QMARK else data[j])  # where a byte must be: a lost one
            j += 1
        if b == HOLE and len(seq) == 2:  # a lost lead before a single continuation: 2 bytes
            size = 2
        state = MARKED if HOLE in seq else WHOLE
        if len(seq) + 1 < size:
            break
        if len(seq) < size:
            # the decoder lost a byte without a mark, and where in the sequence is unknown:
            # the character is dropped rather than guessed
            out.append((j, UNMARKED, []))
            i = j
            continue
        chars = fill(tuple(seq), data[j] if j < len(data) else following)
        if state == WHOLE and not chars:
            break  # a whole character, but not one a page would hold
        out.append((j, state, chars))
        i = j
    return out


@cache
def fill(seq: tuple[int, ...], following: int | None) -> list[str]:
    """Characters a UTF-8 sequence with missing bytes (at most two) may be: clean ones (a whole
    sequence: its plausible character).

    A missing byte is one the GBK decoder rejected: alone, or with the byte after it.
    """
    holes = [k for k, b in enumerate(seq) if b == HOLE]
    if not holes:
        with contextlib.suppress(UnicodeError):
            ch = bytes(seq).decode("utf-8")
            return [ch] if plausible_char(ch) else []
        return []
    if len(holes) > 2:
        return []
    choices: list[range | tuple[int]] = []
    for k, b in enumerate(seq):
        if b != HOLE:
            choices.append((b,))
        elif k == 0:
            choices.append(_LEAD_RANGES[len(seq)])
        else:
            choices.append(range(0x80, 0xC0))
    found: list[str] = []
    for values in itertools.product(*choices):
        if any(
            not gbk_rejects(values[k], values[k + 1] if k + 1 < len(values) else following)
            for k in holes
        ):
            continue
        with contextlib.suppress(UnicodeError):
            ch = bytes(values).decode("utf-8")
            if clean_char(ch):
                found.append(ch)
    return found


@cache
def lead_chars(trail: int) -> tuple[str, ...]:
    """The clean GBK characters a lead byte makes with this trail byte (GBK is stateless, so a
    shifted stream is this pair plus the rest decoded on its own)."""
    chars: list[str] = []
    for lead in _LEADS:
        with contextlib.suppress(UnicodeError):
            ch = bytes([lead, trail]).decode("gbk")
            if clean_char(ch):
                chars.append(ch)
    return tuple(chars)


def reads_clean(text: str) -> bool:
    return bool(text) and all(map(clean_char, text)) and HAN_CHAR.search(text) is not None


LATIN_UTF8 = (("cp1252", "utf-8"), ("latin-1", "utf-8"))
# The five bytes cp1252 leaves undefined (81 8D 8F 90 9D): a browser shows each as the control
# character of its value, so UTF-8 read as Windows-1252 holds them beside € and ‘ (发 is E5 8F
# 91: å\x8f‘).  Encoding back, each is its byte again.
_C1_UNDEFINED = frozenset("\x81\x8d\x8f\x90\x9d")


def _c1_bytes(err: UnicodeError) -> tuple[bytes, int]:
    if isinstance(err, UnicodeEncodeError) and set(err.object[err.start : err.end]) <= _C1_UNDEFINED:
        return err.object[err.start : err.end].encode("latin-1"), err.end
    raise err


codecs.register_error("drafter-c1", _c1_bytes)
_ENCODE_ERRORS = {"cp1252": "drafter-c1"}
LATIN_GBK = (("latin-1", "gbk"),)
BIG5_GBK = (("big5", "gbk"),)  # (GBK read as UTF-8 has a reader of its own: _repair_utf8)


def redecode(span: str, codecs: tuple[tuple[str, str], ...]) -> str | None:
    """The span decoded the other way round (a wrong codec on a whole stream), or None."""
    for enc, dec in codecs:
        try:
            fixed = span.encode(enc, _ENCODE_ERRORS.get(enc, "strict")).decode(dec)
        except UnicodeError:
            continue
        if reads_clean(fixed):
            return fixed
    return None


def rare_clusters(text: str, rare: list[int] | None = None) -> list[tuple[int, int]]:
    """(first, last + 1) of each cluster of rare characters in a line: three or more, at most 4
    apart.  `rare`: where the text's rare characters are, when known."""
    if rare is None:
        rare = [m.start() for m in rare_re().finditer(text)]
    if len(rare) < 3:
        return []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(rare):
        j = i
        while j + 1 < len(rare) and rare[j + 1] - rare[j] <= 4 and "\n" not in text[rare[j] : rare[j + 1]]:
            j += 1
        if j - i + 1 >= 3:
            spans.append((rare[i], rare[j] + 1))
        i = j + 1
    return spans


def byte_questions(text: str) -> list[int]:
    """Where a ? stands for a byte of UTF-8 read as GBK and saved: after a character whose GBK
    bytes are a UTF-8 lead and continuation byte (涓? for 一), or end with a lead (勩? for 的。)."""
    found: list[int] = []
    pos = text.find("?")
    while pos > 0:
        prev = text[pos - 1].encode("gbk", "replace")
        if len(prev) == 2 and ((0xE0 <= prev[0] <= 0xEF and 0x80 <= prev[1] <= 0xBF) or 0xE0 <= prev[1] <= 0xEF):
            found.append(pos)
        pos = text.find("?", pos + 1)
    return found
