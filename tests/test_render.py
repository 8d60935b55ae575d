"""Rendering: phrase choice (seeded, no repeats, tag preference), empty parts, numbering."""

from __future__ import annotations

from pathlib import Path

from drafter.form import load_form
from drafter.model import Heading, Paragraph, Phrase
from drafter.phrasing import PhrasePicker, fill
from drafter.render import render

DATA = Path(__file__).resolve().parent / "data"


def phrases() -> list[Phrase]:
    out = [
        Phrase(id=f"open-{i}", category="开头", text=f"{{period}}，{{unit}}开头说法{i}。",
               slots={"period": "时间段", "unit": "单位"}, status="accepted")
        for i in range(6)
    ]
    out += [Phrase(id=f"end-{i}", category="结尾", text=f"结尾说法{i}。", status="accepted")
            for i in range(6)]
    out += [
        Phrase(id="t-dangjian", category="过渡", text="党建说法。", tags=("党建",), status="accepted"),
        Phrase(id="t-chanye", category="过渡", text="产业说法。", tags=("产业",), status="accepted"),
        Phrase(id="t-other", category="结尾", text="别的文种。", genres=("心得体会",),
               status="accepted"),
        Phrase(id="t-cand", category="结尾", text="候选。", status="candidate"),
    ]
    return out


def draft_text(seed: int) -> list[str]:
    filled = load_form(DATA / "forms" / "mini.yaml")
    return render(filled.template, filled.values, phrases=phrases(), seed=seed).text_lines()


def test_same_seed_same_draft_other_seed_other_wording() -> None:
    assert draft_text(1) == draft_text(1)
    variants = {tuple(draft_text(seed)) for seed in range(6)}
    assert len(variants) > 1


def test_slots_are_filled_with_the_facts_verbatim() -> None:
    text = draft_text(0)
    assert text[1].startswith("2026年，某某镇人民政府开头说法")


def test_no_phrase_twice_and_only_accepted_phrases_of_the_genre() -> None:
    picker = PhrasePicker(phrases(), "工作总结", seed=0)
    got = [picker.phrase("结尾") for _ in range(8)]
    real = [g for g in got if g]
    assert len(real) == len(set(real)) == 6
    assert "别的文种。" not in got and "候选。" not in got
    assert got[-1] == ""  # the library ran out: nothing rather than a repeat


def test_phrases_whose_tags_match_the_item_come_first() -> None:
    for seed in range(5):
        picker = PhrasePicker(phrases(), "工作总结", seed=seed)
        assert picker.phrase("过渡", about="发展特色产业，带动增收") == "产业说法。"


def test_phrase_needing_a_missing_slot_is_skipped() -> None:
    picker = PhrasePicker(phrases(), "工作总结", seed=0)
    assert picker.phrase("开头", period="2026年") == ""  # every opening needs {unit} too


def test_parallel_reuses_one_pattern_per_group() -> None:
    lib = [Phrase(id=f"p{i}", category="标题", text=f"模式{i}：{{A}}与{{B}}",
                  slots={"A": "甲", "B": "乙"}, status="accepted") for i in range(4)]
    picker = PhrasePicker(lib, "经验交流材料", seed=3)
    first = picker.parallel("标题", "points", A="党建", B="治理")
    second = picker.parallel("标题", "points", A="产业", B="民生")
    assert first.split("：")[0] == second.split("：")[0]
    assert first.endswith("党建与治理") and second.endswith("产业与民生")


def test_empty_optional_parts_leave_no_trace(tmp_path: Path) -> None:
    form = tmp_path / "forms" / "f.yaml"
    form.parent.mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "mini.yaml").write_text(
        (DATA / "templates" / "mini.yaml").read_text("utf-8"), "utf-8")
    form.write_text("template: ../templates/mini.yaml\nunit: 甲镇\nperiod: 2026年\n"
                    "date: 2026-11-21\nachievements: [{title: 抓党建, facts: [发展党员3名]}]\n",
                    "utf-8")
    filled = load_form(form)
    draft = render(filled.template, filled.values, phrases=[], seed=0)
    headings = [b for b in draft.blocks if isinstance(b, Heading)]
    # no problems typed: the 存在的问题 heading disappears and nothing is numbered for it
    assert [h.marker + h.text for h in headings] == ["一、主要工作及成效", "（一）抓党建"]
    assert all(isinstance(b, Paragraph) and b.text for b in draft.blocks if not isinstance(b, Heading))
    assert not any("None" in line or "一是" in line for line in draft.text_lines())


def test_fact_check_covers_typed_text_but_not_choices_or_keywords() -> None:
    from drafter import api
    from drafter.fields import Field
    from drafter.model import Draft

    fields = (
        Field(key="structure", label="结构", type="choice", choices=("甲", "乙")),
        Field(key="kw", label="关键词", type="str", fact=False),
        Field(key="items", label="事项", type="list",
              item_fields=(Field(key="title", label="标题", type="str"),
                           Field(key="n", label="数", type="int"))),
    )
    values = {"structure": "甲", "kw": "不必出现", "items": [{"title": "发展党员12名", "n": 3}]}
    draft = Draft(title="总结", blocks=(Paragraph("全年发展党员12名。"),))
    assert api.missing_facts(values, draft, fields) == []
    lost = Draft(title="总结", blocks=(Paragraph("全年发展党员。"),))
    assert api.missing_facts(values, lost, fields) == ["发展党员12名"]


def test_a_phrase_word_the_value_repeats_at_the_seam_goes() -> None:
    # the phrase's copy goes, the user's value stays whole
    assert fill("在推进{theme}的实践中，{we}坚持", {"theme": "推进移风易俗", "we": "我村"}) == "在推进移风易俗的实践中，我村坚持"
    assert fill("抓好{work}工作。", {"work": "网格化工作"}) == "抓好网格化工作。"
    # no seam, one shared character, or two values side by side: nothing goes
    assert fill("在{theme}的实践中", {"theme": "推进移风易俗"}) == "在推进移风易俗的实践中"
    assert fill("加强{x}建设", {"x": "强基"}) == "加强强基建设"
    assert fill("{a}{b}", {"a": "推进", "b": "推进工作"}) == "推进推进工作"
