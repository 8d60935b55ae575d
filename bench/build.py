"""Benchmark: `drafter build` of an example form against a bare python-docx create-and-save.

Both run in this process, several times each, interleaved; the script prints the medians and
their ratio (target ≤ 1.3).  It also times both from a fresh interpreter (imports included),
which is what a user waits for at the command line.

    python bench/build.py [FORM] [--runs N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FORM = ROOT / "examples" / "工作总结-某镇2026.yaml"


def bare_docx() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某某镇人民政府2026年工作总结")
    document.save(io.BytesIO())


def drafter_build(form: Path, out: Path) -> None:
    from drafter import api

    api.build(form, output=out, fmt="docx", seed=0, force=True)


def fresh(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("form", nargs="?", default=str(DEFAULT_FORM))
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    form = Path(args.form)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "draft.docx"
        drafter_build(form, out)  # first call loads modules and fills caches: not counted
        bare_docx()
        ours: list[float] = []
        base: list[float] = []
        for _ in range(args.runs):
            start = time.perf_counter()
            bare_docx()
            base.append(time.perf_counter() - start)
            start = time.perf_counter()
            drafter_build(form, out)
            ours.append(time.perf_counter() - start)
        warm_ours, warm_base = statistics.median(ours), statistics.median(base)
        print(f"in-process  drafter build {warm_ours * 1000:7.1f} ms   "
              f"python-docx {warm_base * 1000:7.1f} ms   ratio {warm_ours / warm_base:.2f}")
        code_ours = (f"from drafter import api; from pathlib import Path; "
                     f"api.build(Path({str(form)!r}), output=Path({str(out)!r}), fmt='docx', force=True)")
        code_base = ("import io, docx; d = docx.Document(); d.add_paragraph('x'); "
                     "d.save(io.BytesIO())")
        cold_ours = statistics.median(fresh(code_ours) for _ in range(5))
        cold_base = statistics.median(fresh(code_base) for _ in range(5))
        print(f"fresh proc  drafter build {cold_ours * 1000:7.1f} ms   "
              f"python-docx {cold_base * 1000:7.1f} ms   ratio {cold_ours / cold_base:.2f}")


if __name__ == "__main__":
    main()
