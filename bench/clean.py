"""Benchmark: cleaning a ≥ 10 MB corpus (the seeds repeated) against OpenCC conversion alone.

Both are measured in the same run on the same text, so the ratio does not depend on the machine.
Target: cleaning within 3× of the bare OpenCC conversion.  Run: python bench/clean.py [MB]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from drafter.clean import clean_doc, to_simplified
from drafter.corpus import split_essays

ROOT = Path(__file__).resolve().parent.parent


def main(megabytes: float = 10.0) -> float:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    one = sum(len(s.encode("utf-8")) for s in seeds)
    copies = int(megabytes * 1_000_000 / one) + 1
    texts = [s for _ in range(copies) for s in seeds]
    size = sum(len(t.encode("utf-8")) for t in texts)
    docs = [d for i, t in enumerate(texts) for d in split_essays(t.splitlines(), f"copy{i}.txt")]

    start = time.perf_counter()
    for text in texts:
        to_simplified(text)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    cleaned = [clean_doc(d) for d in docs]
    elapsed = time.perf_counter() - start

    ratio = elapsed / baseline
    print(f"语料 {size / 1e6:.1f} MB，{len(cleaned)} 篇")
    print(f"OpenCC 繁转简：{baseline:.2f} s；清洗：{elapsed:.2f} s；比值 {ratio:.2f}（目标 ≤ 3）")
    return ratio


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 10.0)
