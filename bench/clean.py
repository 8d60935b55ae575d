"""Benchmark: cleaning a ≥ 10 MB corpus (the seeds repeated) against OpenCC conversion alone.

Both are measured in the same run on the same text, so the ratio does not depend on the machine.
Target: cleaning within 3× of the bare OpenCC conversion.  Cleaning is clean_docs over all the
essays, as the library cleans a corpus (api.clean_sources): it works a batch of essays at a time.

Two cleaning ratios are printed, and the second is the honest one:

  with caches     as cleaning runs by default.  Cleaning keeps bounded per-line caches
                  (cleanrules.line_cache) for what recurs in a real corpus — chrome lines,
                  titles, headings.  A corpus made of one text repeated hits them on nearly
                  every line after its first copy, which a real corpus never does.
  without caches  the same run with the line caches turned off (cleanrules.set_line_caches),
                  so every copy costs what the first one did: what a corpus of different
                  essays costs.  (Memos that live within one document stay on: they do not
                  depend on the corpus repeating itself.)

The machine may be shared: the three measurements take turns, ROUNDS times (default 3), and
the fastest of each is compared, in wall-clock and in CPU time.

Run: python bench/clean.py [MB] [ROUNDS]
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from drafter import cleanrules
from drafter.api_corpus import clean_sources
from drafter.clean import clean_docs, to_simplified
from drafter.cli_corpus import default_jobs
from drafter.corpus import split_essays

ROOT = Path(__file__).resolve().parent.parent


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the workers of --jobs)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of one run."""
    wall, cpu = time.perf_counter(), _cpu()
    run()
    return time.perf_counter() - wall, _cpu() - cpu


def main(megabytes: float = 10.0, rounds: int = 3) -> tuple[float, float]:
    """Print the measurements; return the ratios (with caches, without caches) in wall-clock."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    one = sum(len(s.encode("utf-8")) for s in seeds)
    copies = int(megabytes * 1_000_000 / one) + 1
    texts = [s for _ in range(copies) for s in seeds]
    size = sum(len(t.encode("utf-8")) for t in texts)
    docs = [d for i, t in enumerate(texts) for d in split_essays(t.splitlines(), f"copy{i}.txt")]

    def opencc() -> None:
        for text in texts:
            to_simplified(text)

    def clean(caches: bool, jobs: int = 1) -> Callable[[], object]:
        def run() -> object:
            cleanrules.set_line_caches(caches)
            try:
                return clean_docs(docs) if jobs == 1 else clean_sources(docs, jobs)
            finally:
                cleanrules.set_line_caches(True)

        return run

    runs = {
        "OpenCC 繁转简": opencc,
        "清洗（带缓存）": clean(True),
        "清洗（关闭缓存）": clean(False),
        "清洗（关闭缓存，--jobs 2）": clean(False, 2),
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            times[name].append(_timed(run))

    print(f"语料 {size / 1e6:.1f} MB，{len(docs)} 篇；每项轮流测 {rounds} 次，取最快一次")
    base_wall = min(w for w, _ in times["OpenCC 繁转简"])
    base_cpu = min(c for _, c in times["OpenCC 繁转简"])
    ratios: list[float] = []
    for name, measured in times.items():
        wall, cpu = min(w for w, _ in measured), min(c for _, c in measured)
        line = f"{name}：{wall:.2f} s（CPU {cpu:.2f} s）"
        if name != "OpenCC 繁转简":
            ratios.append(wall / base_wall)
            line += f"；比值 {wall / base_wall:.2f}（CPU {cpu / base_cpu:.2f}）"
        print(line + "；各次 " + "、".join(f"{w:.2f}" for w, _ in measured))
    print("目标：关闭缓存时比值 ≤ 3（带缓存的比值依赖语料重复，偏乐观）")
    print("--jobs 2：两个进程同时清洗（含启动进程、传回结果），与单进程的 OpenCC 相比；CPU 含子进程")
    print(f"（drafter clean 不写 --jobs 时，本机用 {default_jobs()} 个进程）")
    return ratios[0], ratios[1]


if __name__ == "__main__":
    main(
        float(sys.argv[1]) if len(sys.argv) > 1 else 10.0,
        int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
