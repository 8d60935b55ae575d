"""Code quality gates that run with the tests: ruff and mypy (strict) over the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff 未安装（pip install '.[dev]'）")
def test_ruff_clean() -> None:
    result = subprocess.run(["ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_clean() -> None:
    pytest.importorskip("mypy")
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_render_path_does_not_import_the_segmenter_or_opencc() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from drafter import api\n"
        "api.draft_from_form(Path('tests/data/forms/mini.yaml'))\n"
        "heavy = [m for m in ('rjieba', 'jieba', 'opencc', 'drafter.segment', 'drafter.clean')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == ""
