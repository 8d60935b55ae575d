"""What OpenCC's t2s conversion can change, read from the dictionaries OpenCC installs.

Cleaning skips the OpenCC call for texts that hold nothing t2s changes (drafter.clean), using
drafter/data/t2s_triggers.txt.  That file is derived here from OpenCC's own tables, dumped with
the opencc_dict tool that the opencc wheel ships, and test_t2s_skip.py checks it against them.

Regenerate after upgrading OpenCC:  python tests/t2s_tables.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.charsets import common_chars  # noqa: E402

TRIGGERS = ROOT / "drafter" / "data" / "t2s_triggers.txt"
_CLIB = Path(opencc.__file__).parent / "clib"


def tool() -> Path | None:
    """The opencc_dict tool of the installed wheel, if it has one."""
    found = _CLIB / "bin" / "opencc_dict"
    return found if found.exists() else None


def t2s_tables() -> list[tuple[str, str]]:
    """Every (key, value) of the dictionaries t2s.json uses, values as t2s writes them."""
    share = _CLIB / "share" / "opencc"
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    files = [d["dict"]["file"] for d in config.get("normalization", [])]
    for step in config["conversion_chain"]:
        group = step["dict"]
        files += [d["file"] for d in group.get("dicts", [group])]
    env = dict(os.environ, LD_LIBRARY_PATH=str(_CLIB / "lib64"))
    pairs: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in files:
            out = Path(tmp) / (name + ".txt")
            subprocess.run([str(tool()), "-i", str(share / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True, env=env, capture_output=True)
            for line in out.read_text(encoding="utf-8").splitlines():
                key, values = line.split("\t")
                pairs.append((key, values.split(" ")[0]))
    return pairs


def derive(pairs: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """(the characters t2s changes on their own, the keys it changes that hold none of them)."""
    chars = "".join(sorted({k for k, v in pairs if len(k) == 1 and k != v}))
    alone = set(chars)
    phrases = sorted({k for k, v in pairs if k != v and alone.isdisjoint(k)})
    return chars, phrases


def anchors(phrases: list[str]) -> list[str]:
    """Per phrase, the character that cleaning looks for: one outside common Simplified text
    where there is one, else the one most phrases share (fewest false alarms)."""
    common = common_chars()
    shared = Counter(ch for key in phrases for ch in set(key))
    return [min(key, key=lambda ch: (ch in common, -shared[ch], ch)) for key in phrases]


def render(chars: str, phrases: list[str]) -> str:
    lines = [
        "# 由 tests/t2s_tables.py 从 OpenCC 的 t2s 词典生成，勿手改。",
        "# 注释之后第一行：OpenCC 版本；第二行：单独出现就会被 t2s 改写的字；其后每行：不含这些字、",
        "# 但整词会被改写的词，及清洗时用来找它的那个字（制表符分隔）。",
        f"opencc {opencc.__version__}",
        chars,
    ]
    lines += [f"{key}\t{anchor}" for key, anchor in zip(phrases, anchors(phrases), strict=True)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TRIGGERS.write_text(render(*derive(t2s_tables())), encoding="utf-8")
    print(f"wrote {TRIGGERS}")
