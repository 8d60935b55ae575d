"""Reading the corpus: files → essays (SourceDoc), before any cleaning.

Reads .txt (UTF-8 with or without BOM, UTF-16, GB18030/GBK, Big5: detected), .md and .docx
(docformats.py), folders recursively.  A file that
holds several essays (第一篇：… 篇1 范文1) is split; lists of other articles (相关范文推荐,
查看更多, snippets cut off with …) are dropped rather than made into documents.

A bad file never stops the run: it becomes a Problem with a Chinese message, and the rest goes on.
Decoding a file's bytes is sourcefile.py's.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from pathlib import Path

from . import cleanrules as R
from . import pagemarks as M
from . import titles as T
from .contents import contents, front_matter
from .dividers import divider_starts
from .errors import InputError, Problem
from .essayseams import attachment_starts, authored_starts, blank_starts, closed_starts, signed_starts, title_tail
from .mailtext import mail_head
from .model import SourceDoc
from .outline import ORDINAL_FAMILIES, marker_kind
from .sourcefile import read_lines

SUFFIXES = (".txt", ".text", ".md", ".markdown", ".docx")


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
            lines, hints, starts, rows = read_lines(path, name)
        except InputError as err:
            problems.extend(err.problems)
            continue
        found = split_essays(lines, name, hints, starts, rows)
        if not found:
            problems.append(Problem("文件里没有找到正文（只有网页栏目、推荐列表之类的内容）。", file=name))
        docs.extend(found)
    return docs, problems


# ---------------------------------------------------------------- splitting


def _drop_teasers(
    lines: list[str], labels: Iterable[int] = ()
) -> tuple[list[str], list[tuple[str, str]], list[int]]:
    """Blank out teaser lists; return the lines, the (title, snippet) pairs of the teasers and
    the lines that are essay marks (第X篇, an answer's card).  `labels`: lines labelling an
    attachment that is an essay (附件), where any zone ends."""
    out = list(lines)
    marks: list[int] = []
    attached = frozenset(labels)
    teasers: list[tuple[str, str]] = []
    zone = prose = boxed = False  # in a zone; one of other people's prose (comments); in a box
    resume: set[tuple[str, int]] = set()  # the heading markers that would continue the essay
    broken = False  # the line before the zone stops mid-sentence
    last_title = -1
    tails = M.tail_rows(lines)
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s:  # (no mark either)
            continue
        if M.essay_mark(s) or M.POST_MARK.match(s):
            zone = False
            marks.append(i)
            continue
        if attached and i in attached:
            zone = False  # (an attachment after its report's 附件 list: an essay, no list)
            continue
        if boxed or s[0] in "┌╔┏╭":  # (a box drawn round a note on the essay: 名师点评)
            boxed = s[0] not in "└╚┗╰"
            out[i] = ""
            continue
        if zone and R.is_banner(s):
            zone = False  # (a merged file's next part: the list closing the part before ends there)
        elif zone and not prose and _resumes(s, resume, broken):
            zone = False  # (the essay goes on after a blog's sidebar put in its middle)
        elif zone or M.starts_teaser_zone(s) or (
            s[0] in M.RECORD_OPENERS and M.record_line(s) and M.record_line(_next_text(lines, i))
        ):
            if not zone:
                zone, prose, resume = True, M.zone_holds_prose(s), _next_markers(lines, i, marks[-1] if marks else -1)
                at = _prev_nonblank(out, i)
                if at >= 0 and M.FLOOR.match(s) and M.poster_name(out[at].strip()):
                    out[at] = ""  # (the poster's name over the reply's floor)
                    at = _prev_nonblank(out, at)
                before = out[at].rstrip() if at >= 0 else ""
                broken = bool(before) and before[-1] not in "。！？；：!?;:…”"
            if M.is_teaser(s) and last_title >= 0:
                teasers.append((lines[last_title].strip(), s))
            last_title = i if T.title_candidate(s) else last_title
            out[i] = ""
            continue
        cut = M.teaser_zone_tail(s) if i in tails else -1
        if cut > 0:  # 查看更多： glued to the end of the last body line
            out[i] = s[:cut]
            zone = True
            continue
        if last_title >= 0 and i > 0 and M.is_teaser(s) and last_title == _prev_nonblank(lines, i):
            teasers.append((lines[last_title].strip(), s))
            out[i] = out[last_title] = ""
            continue
        last_title = i if T.title_candidate(s) else -1
    return out, teasers, marks


def _next_markers(lines: list[str], i: int, mark: int) -> set[tuple[str, int]]:
    """The heading markers after the last one of the essay before line i and after the last
    one of each family above it (family, ordinal): after 第三， inside 二、, both 第四， and 三、
    go on with it, but not 4. after 3. closed by 二、.  (A family above another shows first.)
    `mark`: the last essay mark before line i (-1 if none), where the essay begins."""
    found: dict[str, int] = {}
    first: dict[str, int] = {}
    for j in range(i - 1, max(mark, i - 300), -1):
        kind = marker_kind(lines[j].strip())
        if kind is not None and kind[0] in ORDINAL_FAMILIES:
            found.setdefault(kind[0], kind[1] + 1)
            first[kind[0]] = j
    if not found:
        return set()
    last = next(iter(found))
    return {(f, n) for f, n in found.items() if first[f] <= first[last]}


def _resumes(line: str, markers: set[tuple[str, int]], cut: bool = False) -> bool:
    """Whether a line in a list of other articles is the essay again: its next heading, or a
    paragraph of several sentences that is no snippet (of one, ending the sentence the line
    before the list broke off: cards put between the halves of a sentence)."""
    kind = marker_kind(line)
    if kind is not None:  # (not a numbered teaser: 3. 乡镇干部年度考核个人总结…)
        return kind[:2] in markers and not line.rstrip().endswith(("…", "..."))
    # (a headline of a card rarely holds two sentences and ends on 。)
    return (len(line) >= 100 or (cut and len(line) >= 20 and line.rstrip()[-1] == "。")) \
        and len(_SENTENCE_END.findall(line)) >= 2 and not M.is_teaser(line)


_SENTENCE_END = re.compile("[。！？]")


def _next_text(lines: list[str], i: int) -> str:
    """The next non-blank line after line i, stripped ("" if none)."""
    return next((s.strip() for s in lines[i + 1 : i + 50] if s.strip()), "")


def _prev_nonblank(lines: list[str], i: int) -> int:
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j


_LEAST_ESSAY = 100  # characters of prose


def split_essays(
    lines: list[str], source: str, hints: Iterable[int] = (), starts: Iterable[int] = (), rows: Sequence[int] = ()
) -> list[SourceDoc]:
    """Split one file's lines into essays, dropping teaser lists and page headers.  `starts`:
    lines the file's format shows to open an essay (.docx, .md), split at as at a 第X篇 mark.
    `rows`: the line of the file each line starts on, when that is not its index + 1."""
    from .clean import normalize_title

    mail = set(mail_head(lines))  # (an e-mail's header and the note over the essay it carries)
    if mail:
        lines = ["" if i in mail else s for i, s in enumerate(lines)]
    # (a clipper's front matter and a table of contents go, the entries that stand again as
    # lines of their own opening the essays they name: found before the teasers, whose
    # cut-off lines a table's leaders look like)
    dropped, named = contents(lines)
    attached = attachment_starts(lines)  # (label → the attachment's title)
    closed = closed_starts(lines)  # (an essay after the end mark of the one before: as a seam)
    kept, teasers, seen = _drop_teasers(lines, [*attached, *closed])
    for i in [*front_matter(kept), *dropped, *attached]:
        kept[i] = ""
    # (a mark is a line _drop_teasers saw to be one, or one it cut short: the others are as
    # they were, or blank)
    maybe = set(seen).union(compress(range(len(kept)), map(operator.ne, kept, lines)))
    marks = [i for i in sorted(maybe) if M.essay_mark(kept[i].strip()) or M.POST_MARK.match(kept[i])]
    seams = signed_starts(kept)  # (start → its title's line)
    divided = divider_starts(kept)  # (what stands over the first divider is the poster's: no essay)
    for found in (closed, authored_starts(kept), blank_starts(kept), divided):
        if found:
            titled = set(seams.values())
            seams.update((start, title) for start, title in found.items() if title not in titled)
    opened = set(named).union(starts, seams, attached.values()).difference(marks)
    marks = sorted(opened.union(marks))
    bounds: list[tuple[int, int, str | None]] = []  # start, end, title on the 篇 line (None: no 篇 line)
    # (what stands before the first mark is an essay when it holds prose of some length, not
    # a collection's note: 说明：本合集仅供学习交流…)
    if marks and sum(len(s.strip()) for s in kept[: marks[0]] if T.is_body(s)) >= _LEAST_ESSAY \
            and not M.POST_MARK.match(kept[marks[0]]) and marks[0] not in divided:
        bounds.append((0, marks[0], None))
    for n, i in enumerate(marks):
        end = marks[n + 1] if n + 1 < len(marks) else len(kept)
        match = M.essay_mark(kept[i].strip())
        # (an answer's card names its author, not the essay: the title is the answer's own)
        bounds.append((i, end, match.group("title")) if match else (i if i in opened else i + 1, end, None))
    if not marks:
        bounds.append((0, len(kept), None))
    hint_set = set(hints)
    docs: list[SourceDoc] = []
    for start, end, mark_title in bounds:
        body = [i for i in range(start, end) if kept[i].strip()]
        if not any(T.is_body(kept[i]) for i in body):
            continue
        first = start if mark_title is not None else body[0]
        after = start + 1 if mark_title is not None else start
        # (a mark naming no title, 材料三 or 素材一（…）, may stand over a page as a file without
        # marks does: the page's lines between it and the title go, 知乎's question and buttons)
        own, at, names = T.own_title(kept, after, end, may_skip=not mark_title)
        row = at  # (the title's line)
        if start in seams and mark_title is None:  # (the running header over it repeats: not the title)
            own, at, row = kept[seams[start]].strip(), start, seams[start]
        above = range(after, at) if mark_title == "" and at > after else range(0)
        if at >= 0 and mark_title is None:
            first = at  # page header lines (site name, breadcrumbs) before the title go
        title = own or mark_title or T.teaser_title(kept, body, teasers) or Path(source).stem
        last = next((i for i in reversed(body) if not R.is_chrome_line(kept[i])), body[-1])
        tail = title_tail(kept, row, last) if own else -1
        doc_lines = tuple(kept[first : last + 1])
        if above:  # (its furniture is cleaning's to drop, and to count)
            doc_lines = tuple("" if k in above and not R.is_chrome_line(line) else line
                              for k, line in enumerate(doc_lines, first))
        if tail > 0:  # (the title's second line, wrapped by the page: the title holds it)
            title = own + kept[tail].strip()
            doc_lines = tuple(
                title if k == row else "" if k == tail else line for k, line in enumerate(doc_lines, first)
            )
        if names:  # (the account's name again at the foot, by its follow call)
            doc_lines = tuple("" if T.line_key(s) in names else s for s in doc_lines)
        own_rows = tuple(rows[first : last + 1])
        start_line, end_line = (own_rows[0], own_rows[-1]) if own_rows else (first + 1, last + 1)
        if own_rows == tuple(range(start_line, end_line + 1)):  # (rows kept only where they skip)
            own_rows = ()
        docs.append(
            SourceDoc(
                title=normalize_title(title),
                source=source,
                start_line=start_line,
                end_line=end_line,
                lines=doc_lines,
                heading_hints=tuple(i - first for i in sorted(hint_set) if first <= i <= last),
                rows=own_rows,
            )
        )
    return docs
