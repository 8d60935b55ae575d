"""Reading one corpus file into lines: the bytes of a .txt decoded (UTF-8 with or without BOM,
UTF-16 with a BOM or without one (utf16.py), GB18030/GBK, Big5: detected), HTML left in the
text undone, a chat export's drafts taken out of the chat (chatlog.py) and a journal's pages out
of its furniture (journal.py), .md read through docformats.py and .docx through docxread.py.
With the lines goes the line of the file each starts on (linemap.py).  A file that cannot be
read raises an InputError with a Chinese message.

This is the only module that uses charset_normalizer.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from pathlib import Path

from .chatlog import read_chat
from .docformats import read_markdown_rows
from .docxread import read_docx
from .errors import InputError
from .journal import read_journal
from .linemap import split_lines
from .markup import strip_markup_rows
from .utf16 import bomless_utf16

_DETECT_SAMPLE = 256 * 1024
_CONTROLS = bytes([*range(9), *range(14, 32)])  # control bytes no text file holds (not \t \n \v \f \r)


def decode_bytes(data: bytes, name: str) -> str:
    """Text of a .txt file whose encoding is not declared.  Raises InputError if it is not text."""
    if not data.strip():
        raise InputError("文件是空的，没有可读的内容。请检查是否选错了文件。", file=name)
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    sample = data[:_DETECT_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROLS))  # (a C loop: a Python one took 1.5 s on 10 MB)
    nul = b"\x00" in sample
    if nul and (text := bomless_utf16(data)) is not None:
        return text
    if nul or controls > len(sample) // 100:
        raise InputError(
            "不是文本文件（看起来是二进制文件，如图片、压缩包或 .doc）。请另存为 .txt 或 .docx 后再试。",
            file=name,
        )
    with contextlib.suppress(UnicodeDecodeError):  # most files are UTF-8: try it first
        return data.decode("utf-8")
    for enc in ("gb18030", "big5"):
        try:
            strict = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and _looks_big5(data):
            return data.decode("big5")
        return strict
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["utf_8", "gb18030", "big5", "utf_16"]).best()
    encoding = best.encoding if best is not None else "gb18030"
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") > max(20, len(text) // 50):
        raise InputError(
            f"无法识别文件编码（试过 UTF-8、GB18030、Big5，{text.count(chr(0xFFFD))} 处字节无法解码）。"
            "请用记事本或 WPS 打开后另存为 UTF-8 编码再试。",
            file=name,
        )
    return text


def _looks_big5(data: bytes) -> bool:
    """Big5 bytes often decode as valid but rare GB18030 text: ask charset_normalizer then."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_SAMPLE], cp_isolation=["gb18030", "big5"]).best()
    return best is not None and best.encoding == "big5"


def read_lines(path: Path, name: str) -> tuple[list[str], list[int], list[int], list[int]]:
    """Lines of one file, the indices of lines marked as headings by the format and of lines
    the format shows to open a new essay (a page break before a title, a Markdown rule), and
    the line of the file (1-based) each line starts on: a .docx's paragraphs count as lines."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        lines, hints, starts = read_docx(path, name)
        if not any(line.strip() for line in lines):
            raise InputError("文档里没有文字。请检查是否选错了文件。", file=name)
        return lines, hints, starts, list(range(1, len(lines) + 1))
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"无法读取文件（{err.strerror}）。请检查文件是否存在、是否有读取权限。", file=name) from err
    text = decode_bytes(data, name)
    if "\ufeff" in text:  # (files joined with copy /b: each one's BOM, now inside a line)
        text = text.replace("\ufeff", "")
    # (a zero-width space a page puts between its buttons, 关注问题​写回答​邀请回答, copied with
    # them: a space, as cleaning reads it anyway, so that the rules of furniture see the row)
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    if suffix in (".md", ".markdown"):
        return read_markdown_rows(text)
    lines, rows = split_lines(text)
    if ("&" in text and ";" in text) or ("<" in text and ">" in text):  # (HTML a scraper left)
        stripped, rows = strip_markup_rows("\n".join(lines), rows)
        lines, at = split_lines(stripped, cr=False)  # (an entity may be a form feed)
        rows = [rows[k - 1] for k in at]
    lines, starts = read_chat(lines)
    if not starts:
        lines, starts = read_journal(lines)
    return lines, _bar_headings(lines, text), starts, rows


# A heading an account's post draws a bar before (▍党建引领，让…): a short line, no sentence
_BARS = "▍▌▎▋▊▉┃❙"
_BAR_HEADING = re.compile(rf"[ \u3000]*[{_BARS}][ \u3000]*[^\s。！？；!?;][^。！？；!?;]{{1,38}}")


def _bar_headings(lines: list[str], text: str) -> list[int]:
    """The lines of a .txt that a bar before them marks as headings."""
    if not any(bar in text for bar in _BARS):
        return []
    return [i for i, line in enumerate(lines) if _BAR_HEADING.fullmatch(line.rstrip()) is not None]
