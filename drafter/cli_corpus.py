"""Commands of the corpus stages (clean, outline): declared here, run through the API.

Imported by cli.py at start-up, so nothing heavy is imported at module level: the handlers
import the API (and with it OpenCC) when they run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

_KIND_NAMES = {
    "chrome": "网页杂项",
    "title": "标题行",
    "repeat": "重复标题/导语",
    "pinyin": "拼音注音",
    "mojibake": "乱码",
    "spaces": "多余空格",
    "notes": "批注/修改意见",
    "signoff": "落款",
}
_CHANGE_NAMES = {"t2s": "繁转简", "mojibake": "乱码修复", "punct": "标点", "placeholder": "占位"}


def register(sub: Any) -> None:
    """Add this module's sub-commands to the parser's subparsers."""
    p = sub.add_parser("clean", help="清洗范文语料：去网页杂项、拼音、乱码、伪原创，繁转简，按篇拆分")
    p.add_argument("sources", nargs="+", metavar="SRC", help="语料文件或文件夹（.txt/.md/.docx，文件夹递归读取）")
    p.add_argument("--out", metavar="DIR", help="把每篇清洗结果写成一个 UTF-8 文本文件，放到此文件夹")
    p.add_argument("--json", action="store_true", help="以 JSON 数组输出到标准输出")
    p.add_argument("--force", action="store_true", help="--out 文件夹中已有同名文件时覆盖")
    add_jobs(p)
    p.set_defaults(handler=_clean)

    p = sub.add_parser("outline", help="列出每篇语料的标题层级（提纲）")
    p.add_argument("sources", nargs="+", metavar="SRC", help="语料文件或文件夹")
    p.add_argument("--json", action="store_true", help="以 JSON 数组输出到标准输出")
    add_jobs(p)
    p.set_defaults(handler=_outline)


def add_jobs(p: argparse.ArgumentParser) -> None:
    """The --jobs option of the commands that read a corpus."""
    p.add_argument(
        "--jobs", "-j", type=int, default=None,
        help=f"并行进程数（默认按本机 CPU 核数，最多 {MAX_AUTO_JOBS} 个；语料不足一批时只用一个进程）",
    )


# More processes than this rarely pay on a user's machine: each holds its own tables, and the
# parent's share of the work (taking results back) grows with their number.
MAX_AUTO_JOBS = 4


def default_jobs() -> int:
    """The processes a corpus command uses when --jobs is not given: the CPUs this process may
    run on, at most MAX_AUTO_JOBS."""
    import os

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(usable, MAX_AUTO_JOBS))


def jobs(args: argparse.Namespace) -> int:
    """The --jobs given, checked (the default when none was given)."""
    if args.jobs is None:
        return default_jobs()
    if args.jobs < 1:
        from .errors import InputError

        raise InputError(f"--jobs 至少为 1（给的是 {args.jobs}）。请写 --jobs 1 或更大的整数，例如 --jobs 2。")
    return int(args.jobs)


def _report_problems(problems: list[Any]) -> int:
    for problem in problems:
        sys.stderr.write(f"错误：{problem}\n")
    if problems:
        sys.stderr.write(f"共 {len(problems)} 个文件未能读取，其余文件已处理。\n")
    return 2 if problems else 0


def _clean(args: argparse.Namespace) -> int:
    from . import api, console

    docs, problems = api.clean_paths(args.sources, jobs(args))
    if args.json:
        rows = [
            {"title": d.title, "source": d.source, "lines": [d.start_line, d.end_line], "text": d.text} for d in docs
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif args.out:
        written = api.write_clean_docs(docs, Path(args.out), force=args.force)
        console.say(f"已写出 {len(written)} 篇到 {args.out}")
    else:
        rows2 = []
        for d in docs:
            removed = "、".join(f"{_KIND_NAMES.get(k, k)} {v}" for k, v in d.removed.items() if k != "title")
            flags = sum(p.spun for p in d.paragraphs)
            rows2.append(
                (
                    d.title,
                    f"{d.source}:{d.start_line}-{d.end_line}",
                    len(d.paragraphs),
                    removed or "无",
                    "、".join(f"{name} {d.changed[k]}" for k, name in _CHANGE_NAMES.items() if d.changed.get(k))
                    or "无",
                    (d.changed.get("spun", 0) + flags and f"还原 {d.changed.get('spun', 0)} 处，标记 {flags} 段")
                    or "无",
                )
            )
        console.table(
            f"共 {len(docs)} 篇",
            ["标题", "来源", "段落", "删除字符（按类）", "改写字符（按类）", "伪原创"],
            rows2,
        )
    return _report_problems(problems)


def _outline(args: argparse.Namespace) -> int:
    from . import api, console

    outlines, problems = api.outline_paths(args.sources, jobs(args))
    if args.json:
        rows = [
            {
                "title": o.doc.title,
                "source": o.doc.source,
                "headings": [{"level": h.level, "marker": h.marker, "text": h.text} for h in o.headings],
            }
            for o in outlines
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        for o in outlines:
            console.say(f"{o.doc.title}（{o.doc.source}:{o.doc.start_line}-{o.doc.end_line}）")
            if not o.headings:
                console.say("  （没有找到标题）")
            for h in o.headings:
                console.say(f"{'  ' * h.level}{h.marker}{h.text}")
            console.say("")
    return _report_problems(problems)
