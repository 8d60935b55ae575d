"""Forms written by someone who never read the code, as different users fill them in
(tests/data/forms_blind/README.md): valid ones build with every listed fact verbatim, and each
invalid one is refused with its line and its field named."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import DATA, Run

BLIND = DATA / "forms_blind"
FORMS = sorted(p for p in BLIND.glob("f*.yaml") if not p.name.endswith(".expect.yaml"))


def _expected(form: Path) -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load(form.with_name(form.stem + ".expect.yaml").read_text("utf-8"))
    return data


def test_the_set_is_there() -> None:
    valid = [f for f in FORMS if _expected(f)["valid"]]
    assert len(FORMS) == 16 and len(valid) == 12


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name[:3])
def test_a_blind_form(cli: Callable[..., Run], tmp_path: Path, form: Path) -> None:
    want = _expected(form)
    before = form.read_bytes()
    out = tmp_path / "稿.txt"
    run = cli("build", str(form), "-o", str(out))
    assert form.read_bytes() == before  # (the form is never rewritten)
    assert "Traceback" not in run.err
    if not want["valid"]:
        assert run.code == 2 and not out.exists(), run.err
        assert f"{form.name}:{want['error_line']}" in run.err and str(want["error_field"]) in run.err, run.err
        return
    assert run.code == 0, run.err
    text = out.read_text("utf-8")
    facts = want["facts"]
    assert isinstance(facts, list)
    assert [f for f in facts if str(f) not in text] == []
    assert not re.search(r"None|\{\{|\{%|%\}|\}\}", text)
    sentences = [s for s in re.split(r"(?<=[。！？])", text.replace("\n", "")) if len(s) > 10]
    assert len(sentences) == len(set(sentences)), [s for s in set(sentences) if sentences.count(s) > 1]
    # (no heading without its words, no 一是 without its item)
    assert not re.search(r"^\s*(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）)[。；，]?\s*$", text, re.M)
