"""One phrase-library file: read and validate it, or write one (the format of docs/phrases.md).

This module sits on the render path, so it imports nothing heavier than the standard library and
yamlio (no segmenter, no third-party code of its own).  Validation collects every problem of a
file before raising, so whoever curates a library fixes it in one pass; a dumped library reads
back unchanged.  Which files make up the phrases in use is drafter.library's business.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, cast

from . import yamlio
from .errors import Problem, TemplateError
from .model import PHRASE_CATEGORIES, Phrase, PhraseSource, PhraseStatus

STATUSES: tuple[PhraseStatus, ...] = ("candidate", "accepted", "rejected")
MAX_LIBRARY_BYTES = 64_000_000  # candidate libraries from a large corpus run to tens of MB

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_ENTRY_KEYS = ("id", "category", "text", "slots", "tags", "genres", "status", "sources", "count",
               "score")
# Opening → closing.  Straight quotes cannot be paired by direction, so they are counted instead.
_PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】", "「": "」", "『": "』",
          "〈": "〉", "[": "]"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def check_text_balance(text: str) -> str | None:
    """Why the quotes or brackets of `text` do not pair up, or None when they do."""
    stack: list[str] = []
    for ch in text:
        if ch in _PAIRS:
            stack.append(ch)
        elif ch in _CLOSERS:
            if not stack or stack[-1] != _CLOSERS[ch]:
                return f"“{ch}”没有对应的“{_CLOSERS[ch]}”"
            stack.pop()
    if stack:
        return f"“{stack[-1]}”没有对应的“{_PAIRS[stack[-1]]}”"
    if text.count('"') % 2:
        return '英文双引号 " 不成对'
    return None


def slot_names(text: str) -> list[str]:
    """Slot names of a phrase text in order of first appearance."""
    return list(dict.fromkeys(SLOT_RE.findall(text)))


# ---------------------------------------------------------------- loading


def load_library(path: Path) -> list[Phrase]:
    """Read one library file; raise TemplateError listing every problem found in it."""
    located = yamlio.load_file(
        path, what="措辞库", max_bytes=MAX_LIBRARY_BYTES, error=TemplateError
    )
    return _validate(located, str(path))


def loads_library(text: str, file: str) -> list[Phrase]:
    """Like load_library, from text already read (for tests and in-memory merges)."""
    located = yamlio.loads(text, file, what="措辞库", error=TemplateError)
    return _validate(located, file)


def _validate(located: yamlio.Located, file: str) -> list[Phrase]:
    report = _Reporter(located, file)

    data = located.data
    if not isinstance(data, Mapping):
        raise TemplateError(
            "措辞库应由“library: 名称”和“phrases:”列表组成（参见 templates/phrases/ 下的措辞库）",
            file=file,
        )
    for key in data:
        if key not in ("library", "phrases"):
            report(f"未知的键“{key}”，措辞库顶层只有 library 和 phrases", (key,))
    name = data.get("library")
    if not isinstance(name, str) or not name.strip():
        report("缺少措辞库名称，请写上“library: 名称”", ("library",))
    entries = data.get("phrases")
    if entries is None:
        entries = []
        report("缺少 phrases 列表", ("phrases",))
    elif not isinstance(entries, list):
        report("phrases 应是一个列表（每项以“- id: …”开头）", ("phrases",))
        entries = []

    phrases: list[Phrase] = []
    first_line: dict[str, int | None] = {}
    for i, entry in enumerate(entries):
        path: yamlio.PathKey = ("phrases", i)
        pid = entry.get("id") if isinstance(entry, Mapping) else None
        if isinstance(pid, str) and pid in first_line:
            where = first_line[pid]
            report(f"编号“{pid}”重复（第 {where} 行已用过），请改用另一个编号", (*path, "id"))
            continue
        if isinstance(pid, str):
            first_line[pid] = located.line((*path, "id"))
        phrase = _entry(entry, path, report)
        if phrase is not None:
            phrases.append(phrase)
    if report.problems:
        raise TemplateError("措辞库有误", problems=report.problems)
    return phrases


class _Reporter:
    """Collects problems located by YAML path, so that one pass reports everything."""

    def __init__(self, located: yamlio.Located, file: str) -> None:
        self.located = located
        self.file = file
        self.problems: list[Problem] = []

    def __call__(self, message: str, path: yamlio.PathKey) -> None:
        field = yamlio.format_path(path) or None
        self.problems.append(Problem(message, self.file, self.located.line(path), field))


def _entry(entry: Any, path: yamlio.PathKey, report: _Reporter) -> Phrase | None:
    if not isinstance(entry, Mapping):
        report("每条措辞应是“键: 值”的一组（id、category、text……）", path)
        return None
    before = len(report.problems)
    for key in entry:
        if key not in _ENTRY_KEYS:
            hint = difflib.get_close_matches(str(key), _ENTRY_KEYS, n=1)
            extra = f"，是不是“{hint[0]}”？" if hint else f"，可用的键：{'、'.join(_ENTRY_KEYS)}"
            report(f"未知的键“{key}”{extra}", (*path, key))

    pid = entry.get("id")
    if not isinstance(pid, str) or not ID_RE.match(pid):
        report("编号（id）必填，只能用小写字母、数字和连字符，如 kaitou-zongjie-01", (*path, "id"))
        pid = ""

    category = entry.get("category")
    if category not in PHRASE_CATEGORIES:
        hint = difflib.get_close_matches(str(category), PHRASE_CATEGORIES, n=1, cutoff=0.3)
        extra = f"，是不是“{hint[0]}”？" if hint else ""
        report(f"类别“{category}”不存在{extra}可用的类别：{'、'.join(PHRASE_CATEGORIES)}",
               (*path, "category"))

    text = entry.get("text")
    used: list[str] = []
    if not isinstance(text, str) or not text.strip():
        report("措辞文字（text）必填", (*path, "text"))
        text = ""
    else:
        text = text.strip()
        used = slot_names(text)
        rest = SLOT_RE.sub("", text)
        if "\n" in text:
            report("措辞应是一行文字，不能换行", (*path, "text"))
        if "{" in rest or "}" in rest:
            report("花括号只用于槽位，写作 {名称}（字母开头，字母、数字、下划线）", (*path, "text"))
        why = check_text_balance(rest)
        if why:
            report(f"引号或括号不成对：{why}", (*path, "text"))

    slots = entry.get("slots", {}) or {}
    if not isinstance(slots, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in slots.items()
    ):
        report("slots 应是“槽名: 说明”的映射，如 {period: 时间段}", (*path, "slots"))
        slots = {}
    for name in used:
        if name not in slots:
            report(f"文字中的槽位 {{{name}}} 没有在 slots 中说明，请补上“{name}: 说明”",
                   (*path, "slots"))
    for name in slots:
        if name not in used:
            report(f"slots 中的“{name}”在文字中没有用到，请删去或在文字中写 {{{name}}}",
                   (*path, "slots", name))

    tags = _str_list(entry.get("tags"), (*path, "tags"), "标签（tags）", report)
    genres = _str_list(entry.get("genres"), (*path, "genres"), "文种（genres）", report)

    status = entry.get("status", "candidate")
    if status not in STATUSES:
        report(f"状态“{status}”无效，只能是 candidate（候选）、accepted（采用）或 rejected（弃用）",
               (*path, "status"))
        status = "candidate"

    sources: list[PhraseSource] = []
    raw_sources = entry.get("sources") or []
    if not isinstance(raw_sources, list):
        report("sources 应是列表，每项形如 {doc: 文件名#篇号, line: 行号}", (*path, "sources"))
        raw_sources = []
    for j, src in enumerate(raw_sources):
        spath = (*path, "sources", j)
        if (
            not isinstance(src, Mapping)
            or not isinstance(src.get("doc"), str)
            or not isinstance(src.get("line"), int)
            or isinstance(src.get("line"), bool)
            or src["line"] < 1
            or set(src) - {"doc", "line"}
        ):
            report("来源应写作 {doc: 文件名#篇号, line: 行号}，行号为正整数", spath)
            continue
        sources.append(PhraseSource(src["doc"], src["line"]))

    count = entry.get("count") or {}
    occurrences = documents = 0
    if not isinstance(count, Mapping) or set(count) - {"occurrences", "documents"}:
        report("count 应写作 {occurrences: 出现次数, documents: 文档数}", (*path, "count"))
    else:
        occurrences = count.get("occurrences", 0)
        documents = count.get("documents", 0)
        for key, value in (("occurrences", occurrences), ("documents", documents)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                report("应是不小于 0 的整数", (*path, "count", key))
        if not isinstance(occurrences, int) or not isinstance(documents, int):
            occurrences = documents = 0

    score = entry.get("score", 0.0)
    if isinstance(score, bool) or not isinstance(score, (int, float)):
        report("score 应是数字", (*path, "score"))
        score = 0.0

    if len(report.problems) != before:
        return None
    return Phrase(
        id=pid,
        category=cast(str, category),
        text=text,
        slots=dict(slots),
        tags=tuple(tags),
        genres=tuple(genres),
        status=cast(PhraseStatus, status),
        sources=tuple(sources),
        occurrences=occurrences,
        documents=documents,
        score=float(score),
        origin=report.file,
    )


def _str_list(value: Any, path: yamlio.PathKey, what: str, report: _Reporter) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        report(f"{what}应是文字列表，如 [总结, 党建]", path)
        return []
    return [v.strip() for v in value]


# ---------------------------------------------------------------- dumping


def phrase_record(phrase: Phrase) -> dict[str, Any]:
    """One entry as plain data in the library format (empty optional keys left out)."""
    record: dict[str, Any] = {"id": phrase.id, "category": phrase.category, "text": phrase.text}
    if phrase.slots:
        record["slots"] = dict(phrase.slots)
    if phrase.tags:
        record["tags"] = list(phrase.tags)
    if phrase.genres:
        record["genres"] = list(phrase.genres)
    record["status"] = phrase.status
    if phrase.sources:
        record["sources"] = [{"doc": s.doc, "line": s.line} for s in phrase.sources]
    if phrase.occurrences or phrase.documents:
        record["count"] = {"occurrences": phrase.occurrences, "documents": phrase.documents}
    if phrase.score:
        record["score"] = round(phrase.score, 4)
    return record


def dump_library(name: str, phrases: Sequence[Phrase]) -> str:
    """YAML text of a library; same input, same bytes; load_library reads it back unchanged."""
    return yamlio.dump({"library": name, "phrases": [phrase_record(p) for p in phrases]})

