"""Reading a text file a user wrote (a form, a template, a phrase library): its size checked
before it is read, its encoding found (UTF-8, UTF-16 with a BOM, or the GBK of Chinese Windows),
and every failure said in Chinese with the file's name.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from .errors import InputError, TemplateError


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
    """UTF-8 (with or without BOM), UTF-16 with its BOM, or else GB18030: Notepad on a Chinese
    Windows saves “ANSI”, which is GBK, and GB18030 reads every GBK file the same."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # (a file broken after its UTF-16 mark goes on to the other encodings, and their message)
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        first = err
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and "\x00" not in text:
        return text
    line = raw[: first.start].count(b"\n") + 1
    raise error(
        f"{what}文件的编码无法识别，请在编辑器中另存为 UTF-8 后重试", file=name, line=line
    ) from None
