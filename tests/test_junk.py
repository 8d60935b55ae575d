"""junk_reasons skips its costly checks for plain texts (Han characters and clause marks only):
the shortcut must never change a verdict."""

from __future__ import annotations

import random

from drafter.extract import quality
from drafter.extract.quality import junk_reasons
from drafter.library import SLOT_RE, check_text_balance


def _full_checks(text: str) -> list[str]:
    """What the checks the shortcut skips would say, in junk_reasons' order and wording."""
    body = SLOT_RE.sub("", text)
    reasons = []
    if quality.URL_RE.search(body):
        reasons.append("含网址")
    if quality.LATIN_RE.search(body):
        reasons.append("含拼音或外文字母")
    if quality.PLACEHOLDER_RE.search(body):
        reasons.append("含占位符或隐去的内容")
    why = check_text_balance(body)
    if why:
        reasons.append(f"引号或括号不成对（{why}）")
    return reasons


def test_plain_shortcut_keeps_every_verdict() -> None:
    rnd = random.Random(11)
    alphabet = [*"抓思想干事的了某，、；：。！？“”（）《》ABx*…. @ā0", "{A}", "www.", "某某"]
    samples = ["想干事、干实事、能干事", "某某镇人民政府", "既要{A}，更要{B}", "“上面千条线"]
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12))) for _ in range(5000)]
    for text in samples:
        for category in ("", "开头", "排比"):
            got = junk_reasons(text, category=category)
            if not quality.HAN_RE.search(SLOT_RE.sub("", text)):
                assert got == ["没有汉字"]
                continue
            full = _full_checks(text)
            assert got[: len(full)] == full, text


def test_plain_fit_equals_no_junk_reasons_on_plain_texts() -> None:
    """The fast path extraction takes for texts of Han characters and clause marks only."""
    import random

    rnd = random.Random(2)
    alphabet = list("的了和把在是一个抓思想工作基层，、；：。！？某")
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12)))
        if not quality.plain(text):
            continue
        for category in ("排比", "金句", "开头", "四字格", ""):
            assert quality.plain_fit(text, category) == (not junk_reasons(text, category=category)), text
