"""Benchmark: how long `drafter --help` takes from a fresh interpreter (target ≤ 0.15 s).

A bare `python -c pass` is timed in the same run, because on some machines the interpreter's
own start-up (site packages, .pth hooks) already takes most of the budget; the script prints
both medians, drafter's own share, and their ratio.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def timed(args: list[str], runs: int = 15) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    bare = timed([sys.executable, "-c", "pass"])
    ours = timed([sys.executable, "-m", "drafter", "--help"])
    print(f"python -c pass   {bare * 1000:6.1f} ms")
    print(f"drafter --help   {ours * 1000:6.1f} ms   (drafter's own share {1000 * (ours - bare):5.1f} ms,"
          f" ratio {ours / bare:.2f})")
    heavy = subprocess.run(
        [sys.executable, "-c", "import sys, drafter.cli; "
         "print(sorted(m for m in ('jinja2','yaml','docx','opencc','rjieba','jieba','rich') "
         "if m in sys.modules))"], capture_output=True, text=True, check=True).stdout.strip()
    print(f"heavy libraries imported by the CLI at start-up: {heavy}")


if __name__ == "__main__":
    main()
