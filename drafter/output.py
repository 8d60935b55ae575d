"""Writing results safely: to a temporary file in the target folder, then renamed into place.

A reader never sees a half-written draft, and an existing file is kept unless the user passed
`--force`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def check_target(path: Path, *, force: bool) -> None:
    """Fail early, before any work, if `path` cannot or must not be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise OutputError(f"输出文件夹“{folder}”不存在，请先创建它或换一个路径", file=str(path))
    if not folder.is_dir():
        raise OutputError(f"“{folder}”不是文件夹", file=str(path))
    if path.is_dir():
        raise OutputError("这是一个文件夹，请给出输出文件名（如 总结.docx）", file=str(path))
    if path.exists() and not force:
        raise OutputError("文件已存在，未覆盖。如需覆盖请加 --force，或用 -o 换个文件名", file=str(path))


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, data: bytes, *, force: bool) -> None:
    check_target(path, force=force)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise OutputError(f"无法在“{folder}”中写文件（{err.strerror}），请检查权限", file=str(path)) from err
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp makes a private file; a draft gets the permissions any new file would get
        # (or keeps those of the file it replaces)
        os.chmod(tmp, _mode_for(path))
        if not force and path.exists():  # appeared while we worked
            raise OutputError("文件已存在，未覆盖。如需覆盖请加 --force", file=str(path))
        os.replace(tmp, path)
    except OSError as err:
        raise OutputError(f"写入失败（{err.strerror}），请检查磁盘空间和权限", file=str(path)) from err
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
