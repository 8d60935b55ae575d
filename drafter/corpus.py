"""Reading the corpus: files → essays (SourceDoc), before any cleaning.

Reads .txt (UTF-8 with or without BOM, UTF-16, GB18030/GBK, Big5: detected), .md and .docx
(docformats.py), folders recursively.  A file that
holds several essays (第一篇：… 篇1 范文1) is split; lists of other articles (相关范文推荐,
查看更多, snippets cut off with …) are dropped rather than made into documents.

A bad file never stops the run: it becomes a Problem with a Chinese message, and the rest goes on.
This is the only module that uses charset_normalizer.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import cleanrules as R
from . import pagemarks as M
from .docformats import read_docx, read_markdown
from .errors import InputError, Problem
from .model import SourceDoc
from .outline import marker_kind
from .punct import PINYIN
from .repeats import CAPTION_WORDS

SUFFIXES = (".txt", ".text", ".md", ".markdown", ".docx")
_DETECT_SAMPLE = 256 * 1024


# ---------------------------------------------------------------- bytes → text


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
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if b"\x00" in sample or controls > len(sample) // 100:
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


def read_lines(path: Path, name: str) -> tuple[list[str], list[int]]:
    """Lines of one file and the indices of lines marked as headings by the format."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        lines, hints = read_docx(path, name)
        if not any(line.strip() for line in lines):
            raise InputError("文档里没有文字。请检查是否选错了文件。", file=name)
        return lines, hints
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"无法读取文件（{err.strerror}）。请检查文件是否存在、是否有读取权限。", file=name) from err
    text = decode_bytes(data, name)
    if suffix in (".md", ".markdown"):
        return read_markdown(text)
    return text.splitlines(), []


# ---------------------------------------------------------------- files and folders


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Problem]:
    """Files to read, each with the name to show; a Problem for a path that cannot be used."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = False
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path)
                if any(part.startswith((".", "~$")) for part in rel.parts):
                    continue
                if sub.is_file() and sub.suffix.lower() in SUFFIXES:
                    found = True
                    yield sub, str(Path(str(given)) / rel)
            if not found:
                yield Problem(f"文件夹里没有可读的文件（支持 {'、'.join(SUFFIXES)}）。", file=str(given))
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path, str(given)
            else:
                yield Problem(
                    f"不支持的文件类型“{path.suffix or '无扩展名'}”。请提供 .txt、.md 或 .docx 文件。", file=str(given)
                )
        else:
            yield Problem("找不到这个文件或文件夹。请检查路径是否写对。", file=str(given))


def read_sources(paths: Iterable[str | Path]) -> tuple[list[SourceDoc], list[Problem]]:
    """Read every file (folders recursively) and split it into essays; bad files → problems."""
    docs: list[SourceDoc] = []
    problems: list[Problem] = []
    for item in iter_files(paths):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        path, name = item
        try:
            lines, hints = read_lines(path, name)
        except InputError as err:
            problems.extend(err.problems)
            continue
        found = split_essays(lines, name, hints)
        if not found:
            problems.append(Problem("文件里没有找到正文（只有网页栏目、推荐列表之类的内容）。", file=name))
        docs.extend(found)
    return docs, problems


# ---------------------------------------------------------------- splitting


def _is_body(line: str) -> bool:
    s = line.strip()
    return len(s) >= 10 and re.search("[。！？，,.!?；;]", s) is not None and not R.is_chrome_line(s)


def _key(text: str) -> str:
    return re.sub(rf"[^{R.HAN}0-9A-Za-z]", "", PINYIN.sub("", text))


def _title_candidate(line: str) -> bool:
    s = line.strip()
    # a line ending on a colon introduces what follows (尊敬的各位领导：): never a title
    return (2 <= len(s) <= 40 and not s.endswith(("：", ":"))
            and not re.search("[。！？；!?;]", s.rstrip("。.")) and not R.is_chrome_line(s))


def _drop_teasers(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Blank out teaser lists; return the lines and the (title, snippet) pairs of the teasers."""
    out = list(lines)
    teasers: list[tuple[str, str]] = []
    zone = False
    last_title = -1
    for i, raw in enumerate(lines):
        s = raw.strip()
        if M.ESSAY_MARK.match(s):
            zone = False
            continue
        if not s:
            continue
        if zone or M.starts_teaser_zone(s):
            zone = True
            if M.is_teaser(s) and last_title >= 0:
                teasers.append((lines[last_title].strip(), s))
            last_title = i if _title_candidate(s) else last_title
            out[i] = ""
            continue
        cut = M.teaser_zone_tail(s)
        if cut > 0:  # 查看更多： glued to the end of the last body line
            out[i] = s[:cut]
            zone = True
            continue
        if M.is_teaser(s) and i > 0 and last_title >= 0 and last_title == _prev_nonblank(lines, i):
            teasers.append((lines[last_title].strip(), s))
            out[i] = out[last_title] = ""
            continue
        last_title = i if _title_candidate(s) else -1
    return out, teasers


def _prev_nonblank(lines: list[str], i: int) -> int:
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j


_END_MARKS = "。！？!?；;…."
_STAMP = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}")


def _own_title(lines: list[str], start: int, end: int, may_skip: bool = True) -> tuple[str, int, set[str]]:
    """(title, index of its line, keys of the names its byline gives) of an essay without a 篇
    marker, or ("", -1, names)."""
    head: list[int] = []
    stamped: list[str] = []  # bylines with a time stamp (原创 某某号 2026-01-09 07:30)
    skipped = 0
    for i in range(start, end):
        s = lines[i].strip()
        if not s:
            continue
        if _is_body(s):
            # (a short sentence before any title line is the site's or a poster's, not the essay's
            # first: 干货｜…值得收藏！, 刚写完的述职报告，请各位指正。)  After one, a short one
            # without an end mark is the motto under an account's name (专注…，每天分享…): an
            # essay's first paragraph ends on one.
            if head and may_skip and len(s) <= 30 and s[-1] not in _END_MARKS:
                continue
            if head or len(s) > 60 or skipped == 2 or not may_skip:
                break
            skipped += 1
            continue
        if skipped and marker_kind(s) is not None:
            break  # (一、… after a sentence: the essay has begun, without a title line)
        if (_title_candidate(s) and not s.endswith(CAPTION_WORDS)) or R.TITLE_LABEL.match(s):
            head.append(i)  # (not an image's caption: …工作计划图片)
        elif ":" in s and _STAMP.search(s) is not None:
            stamped.append(_key(s))
    # A line the byline names (a poster, an account) is a name, not the title.
    names = [i for i in head if any(_key(lines[i]) in line for line in stamped)]
    if names and len(names) < len(head):
        head = [i for i in head if i not in names]
    keys = {_key(lines[i]) for i in names}
    if not head:
        return "", -1, keys
    whole = [_key(lines[j].lstrip(" >»")) for j in range(start, end)]
    # Sites repeat the title (breadcrumb, heading, caption, its file name, a 名称： record): of
    # the candidates repeated on the page, the longest, since a site's own name repeats too.
    repeated: list[tuple[int, int]] = []
    for i in head:
        key = _key(lines[i])
        if key and (whole.count(key) > 1 or (len(key) >= 6 and sum(key in other for other in whole) > 1)):
            repeated.append((-len(key), i))
    if repeated:
        i = min(repeated)[1]
        return lines[i].strip(), i, keys
    return lines[head[0]].strip(), head[0], keys


def split_essays(lines: list[str], source: str, hints: Iterable[int] = ()) -> list[SourceDoc]:
    """Split one file's lines into essays, dropping teaser lists and page headers."""
    from .clean import normalize_title

    kept, teasers = _drop_teasers(lines)
    marks = [i for i, s in enumerate(kept) if M.ESSAY_MARK.match(s.strip())]
    bounds: list[tuple[int, int, str | None]] = []  # start, end, title on the 篇 line (None: no 篇 line)
    if marks and any(_is_body(s) for s in kept[: marks[0]]):
        bounds.append((0, marks[0], None))
    for n, i in enumerate(marks):
        match = M.ESSAY_MARK.match(kept[i].strip())
        bounds.append((i, marks[n + 1] if n + 1 < len(marks) else len(kept), match.group("title") if match else ""))
    if not marks:
        bounds.append((0, len(kept), None))
    hint_set = set(hints)
    docs: list[SourceDoc] = []
    for start, end, mark_title in bounds:
        body = [i for i in range(start, end) if kept[i].strip()]
        if not any(_is_body(kept[i]) for i in body):
            continue
        first = start if mark_title is not None else body[0]
        after = start + 1 if mark_title is not None else start
        own, at, names = _own_title(kept, after, end, may_skip=mark_title is None)
        if at >= 0 and mark_title is None:
            first = at  # page header lines (site name, breadcrumbs) before the title go
        title = own or mark_title or _teaser_title(kept, body, teasers) or Path(source).stem
        last = max((i for i in body if not R.is_chrome_line(kept[i])), default=body[-1])
        doc_lines = tuple(kept[first : last + 1])
        if names:  # (the account's name again at the foot, by its follow call)
            doc_lines = tuple("" if _key(s) in names else s for s in doc_lines)
        docs.append(
            SourceDoc(
                title=normalize_title(title),
                source=source,
                start_line=first + 1,
                end_line=last + 1,
                lines=doc_lines,
                heading_hints=tuple(i - first for i in sorted(hint_set) if first <= i <= last),
            )
        )
    return docs


def _teaser_title(lines: list[str], body: list[int], teasers: list[tuple[str, str]]) -> str:
    """A page without a title line is often listed among its own teasers: take that title."""
    opening = _key(" ".join(lines[i] for i in body[:3]))[:30]
    for title, snippet in teasers:
        key = _key(snippet)
        if len(key) >= 20 and opening and (key[:20] in opening or opening[:20] in key):
            return title
    return ""
