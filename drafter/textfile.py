"""Reading a text file a user wrote (a form, a template, a phrase library): its size checked
before it is read, its encoding found (UTF-8, UTF-16 with a BOM or without one, the GBK of
Chinese Windows, or the Big5 of a Traditional-script one), and every failure said in Chinese
with the file's name.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from .charsets import common_chars
from .errors import InputError, TemplateError
from .utf16 import bomless_utf16

_USUAL_MARKS = frozenset("，。、；：？！“”‘’（）《》【】—…·　％－／～")


def read_text(
    path: Path, *, max_bytes: int, what: str, error: type[InputError] | type[TemplateError] = InputError
) -> str:
    """Read a UTF-8 text file after checking its size; errors in Chinese with the file name."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise error(f"找不到{what}文件，请检查路径是否正确", file=name) from None
    except OSError as err:
        raise error(f"无法读取{what}文件（{err.strerror}）", file=name) from err
    if path.is_dir():
        raise error(f"这是一个文件夹，不是{what}文件", file=name)
    if size > max_bytes:
        raise error(
            f"{what}文件太大（{size // 1024} KB，上限 {max_bytes // 1024} KB），"
            "请确认选对了文件",
            file=name,
        )
    raw = path.read_bytes()
    return decode(raw, name, what, error)


def decode(
    raw: bytes, name: str, what: str, error: type[InputError] | type[TemplateError] = InputError
) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with its BOM or without: utf16.py), or else
    GB18030: Notepad on a Chinese Windows saves “ANSI”, which is GBK, and GB18030 reads every
    GBK file the same."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # (a file broken after its UTF-16 mark goes on to the other encodings, and their message)
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode("utf-16")
    elif b"\x00" in raw and (text := bomless_utf16(raw)) is not None:
        return text
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        first = err
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and "\x00" not in text:
        return _or_big5(raw, text)
    line = raw[: first.start].count(b"\n") + 1
    raise error(
        f"{what}文件的编码无法识别，请在编辑器中另存为 UTF-8 后重试", file=name, line=line
    ) from None


def _or_big5(raw: bytes, text: str) -> str:
    """`text` (the bytes read as GB18030), or the bytes read as Big5 when that reads as Chinese
    and `text` less so: Big5 bytes (a form saved on a Traditional-script Windows) mostly decode as
    GB18030 too, into rare characters and symbols (西河鎮 → ﹁猠马)."""
    odd = _odd(text)
    if not odd:
        return text
    try:
        other = raw.decode("big5")
    except UnicodeDecodeError:
        return text
    return other if _odd(other) < odd else text


def _odd(text: str) -> int:
    """Characters of `text` that are neither ASCII, nor common Chinese characters, nor the
    punctuation Chinese prose uses."""
    common = common_chars()
    return sum(1 for ch in text if ch >= "\x80" and ch not in common and ch not in _USUAL_MARKS)
