"""Extraction: candidates by category, no junk, map/merge independent of --jobs, skeletons."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.extract import run
from drafter.extract.phrases import Counts, finalize, map_doc, merge
from drafter.extract.quality import junk_reasons
from drafter.extract.scaffold import library_genre, phrase_plan, scaffold
from drafter.extract.structures import observe, skeletons
from drafter.library import dump_library, load_library
from drafter.model import CleanDoc, CleanParagraph, OutlineHeading, Phrase
from drafter.templates import load_template_file

# Lines of the seed essays (converted to Simplified), as the cleaning stage hands them over.
LINES = [
    "时光如梭，光阴似箭，转眼我已经在社区工作了两年，这两年的锻炼，使我学到了很多。",
    "一、注重干部团结，营造和谐快乐的工作氛围。俗话说得好“相互补台、好戏连台，相互拆台、共同跨台”，"
    "所以乡镇干部之间要有团结协作的氛围。乡镇工作千头万绪，一个人纵有三头六臂，也难以把工作抓好。",
    "乡镇干部是基层干部，时刻与群众打交道，上面千条线，下面一根针，线线都重要。",
    "突出四抓，即抓思想、抓制度、抓督导、抓后续，使换届工作得以圆满完成。",
    "既要敢于决策，更要狠抓落实。小事不出村，大事不出乡。",
    "按照镇党委分工，***同志协助镇长抓农村工作，当真实践主要思惟。",
    "总之，如何做好一名乡镇干部是一门很深的学问，不妥之处还需领导多多指教。",
]


def make_doc(title: str = "乡镇干部工作经验交流", spun: int = -1) -> tuple[CleanDoc, list[OutlineHeading]]:
    paras = tuple(
        CleanParagraph(t, 10 + i, spun=(i == spun), placeholder="***" in t)
        for i, t in enumerate(LINES)
    )
    doc = CleanDoc(title, "000_x.txt", 1, 20, paras)
    head = OutlineHeading(1, "一、", "注重干部团结，营造和谐快乐的工作氛围", 11, 1, "cn-dun",
                          LINES[1].split("。", 1)[1])
    return doc, [head]


def texts(category: str, phrases: list) -> list[str]:  # type: ignore[type-arg]
    return [p.text for p in phrases if p.category == category]


def test_candidates_by_category() -> None:
    doc, heads = make_doc()
    phrases = finalize(map_doc("000_x.txt#4", doc, heads))
    assert "抓思想、抓制度、抓督导、抓后续" in texts("排比", phrases)
    assert "既要{A}，更要{B}" in texts("句式", phrases)
    assert "抓{A}、抓{B}、抓{C}、抓{D}" in texts("句式", phrases)
    gold = texts("金句", phrases)
    assert "相互补台、好戏连台，相互拆台、共同跨台" in gold
    assert "小事不出村，大事不出乡" in gold
    assert "千头万绪" in texts("四字格", phrases)
    assert "注重{A}，营造{B}" in texts("标题", phrases)
    quote = next(p for p in phrases if p.text.startswith("相互补台"))
    assert "俗话" in quote.tags and quote.sources[0].doc == "000_x.txt#4"
    assert any("时光如梭" in t for t in texts("开头", phrases))
    assert any(t.startswith("总之") for t in texts("结尾", phrases))


def test_nothing_from_placeholders_or_spun_and_no_junk() -> None:
    doc, heads = make_doc(spun=3)
    phrases = finalize(map_doc("d#1", doc, heads))
    for p in phrases:
        assert "思惟" not in p.text and "***" not in p.text
        assert "抓督导" not in p.text  # the spun paragraph is never read
        assert junk_reasons(p.text, category=p.category) == [], p.text
        assert not any(s.line == 15 for s in p.sources)


def test_near_duplicates_merge() -> None:
    a, heads = make_doc()
    variant = CleanDoc("x", "b.txt", 1, 2, (CleanParagraph("他常说“上面千根线，下面一根针”。", 1),))
    counts = merge(map_doc("a#1", a, heads), map_doc("b#1", variant, []))
    needles = [t for t in texts("金句", finalize(counts)) if "一根针" in t]
    assert len(needles) == 1


def _inputs(n: int) -> list[tuple[str, CleanDoc, list[OutlineHeading]]]:
    out = []
    for i in range(n):
        doc, heads = make_doc(spun=i % 4 if i % 2 else -1)
        out.append((f"f{i % 3}.txt#{i}", doc, heads))
    return out


def test_jobs_do_not_change_the_result() -> None:
    one = run.count(_inputs(8), jobs=1, batch_chars=300, unit_chars=300)
    two = run.count(_inputs(8), jobs=2, batch_chars=300, unit_chars=1200)  # ranges that shrink
    streamed = run.count(iter(_inputs(8)), jobs=2, batch_chars=300)  # batches sent to the workers
    for other in (two, streamed):
        assert dump_library("x", finalize(one)) == dump_library("x", finalize(other))
        assert one.sections == other.sections
    # merge is associative: documents grouped differently give the same counts
    docs = [map_doc(i, d, h) for i, d, h in _inputs(3)]
    left, right = merge(merge(docs[0], docs[1]), docs[2]), merge(docs[0], merge(docs[1], docs[2]))
    assert finalize(left) == finalize(right)


def test_library_written_in_parts(tmp_path: Path) -> None:
    """The workers' parts of phrases.yaml (runs of categories) put together are the file written
    in one piece, whatever the number of parts: one, two, one per category, more than categories."""
    inputs = _inputs(8)
    whole = run.write_outputs(run.count(inputs), tmp_path / "one")
    expected = whole.phrases.read_bytes()
    assert len({p.category for p in load_library(whole.phrases)}) > 2
    for jobs in (1, 2, 8, 12):
        with run.workers(2, inputs) as pool:
            assert pool is not None
            parts = run.write_outputs(run.count(inputs, jobs=2, pool=pool), tmp_path / str(jobs),
                                      pool=pool, jobs=jobs)
        assert parts.phrases.read_bytes() == expected and parts.candidates == whole.candidates
        assert parts.skeletons.read_bytes() == whole.skeletons.read_bytes()
    with run.workers(2) as pool:  # nothing found: the empty library
        empty = run.write_outputs(Counts(), tmp_path / "empty", pool=pool, jobs=2)
    assert empty.phrases.read_text(encoding="utf-8") == dump_library("语料候选措辞", [])


def test_write_outputs_keeps_decisions(tmp_path: Path) -> None:
    counts = run.count(_inputs(2))
    first = run.write_outputs(counts, tmp_path)
    phrases = load_library(first.phrases)
    chosen = phrases[0]
    edited = [
        p.__class__(**{**p.__dict__, "status": "accepted", "tags": ("我的",)})
        if p.id == chosen.id else p for p in phrases
    ]
    first.phrases.write_text(dump_library("语料候选措辞", edited), encoding="utf-8")
    with pytest.raises(Exception, match="骨架文件已存在"):
        run.write_outputs(counts, tmp_path)
    again = run.write_outputs(counts, tmp_path, force=True)
    kept = {p.id: p for p in load_library(again.phrases)}[chosen.id]
    assert kept.status == "accepted" and kept.tags == ("我的",)
    assert again.kept_decisions == 1


def test_skeleton_and_scaffold(tmp_path: Path) -> None:
    counts = run.count(_inputs(2))
    (skel,) = skeletons(counts.sections, counts.examples)
    assert skel.genre == "经验交流"
    assert [s.role for s in skel.sections] == ["开头", "团结协作", "结尾"]
    text = scaffold(skel, "jingyan-jiaoliu")
    out = tmp_path / "new.yaml"
    out.write_text(text, encoding="utf-8")
    template = load_template_file(out)
    assert template.id == "jingyan-jiaoliu"
    # without a library the opening and closing are the user's own paragraphs, never empty
    assert [f.key for f in template.fields if f.key in ("opening", "closing")] == ["opening", "closing"]
    assert all(f.required for f in template.fields if f.key in ("opening", "closing"))


def _phrase(pid: str, category: str, genres: tuple[str, ...], tags: tuple[str, ...], slots: dict[str, str]) -> Phrase:
    return Phrase(pid, category, "".join(f"{{{s}}}" for s in slots) + "套语。", slots, tags, genres, "accepted")


def test_scaffold_plan_prefers_the_genres_best_stocked_group() -> None:
    phrases = [
        _phrase("a1", "开头", ("交流",), ("交流",), {"we": "本单位自称", "theme": "主题"}),
        _phrase("a2", "开头", ("交流",), ("交流",), {"we": "本单位自称", "theme": "主题"}),
        _phrase("a3", "开头", ("交流",), ("其他",), {}),
        _phrase("g1", "开头", (), (), {}),
        _phrase("g2", "开头", (), (), {}),
        _phrase("g3", "开头", (), (), {}),
        _phrase("s1", "开头", ("述职报告",), ("述职",), {"post": "职务"}),
    ]
    # the library names the genre in full; the mined skeleton by its cue word
    assert library_genre("经验交流", [_phrase("x", "开头", ("经验交流材料",), (), {})]) == "经验交流材料"
    assert library_genre("调研报告", phrases) == "调研报告"
    assert phrase_plan("开头", "交流", phrases) == (("交流",), {"theme": "主题", "we": "本单位自称"})
    # no genre-specific phrase: the generic ones
    assert phrase_plan("开头", "调研报告", phrases) == ((), {})
    assert phrase_plan("结尾", "交流", phrases) is None


def test_parallel_lead_sections_share_one_role() -> None:
    paras = tuple(CleanParagraph(t, i + 1) for i, t in enumerate([
        "我在乡镇工作十年，有几点体会。",
        "干工作既要“人情世故”，更要“坚定原则”。正文。",
        "干工作既要“问题意识”，更要“过程哲学”。正文。",
        "干工作既要“多面手”，更要“专一招”。正文。",
    ]))
    doc = CleanDoc("基层干部的心得体会", "t.txt", 1, 4, paras)
    heads = [OutlineHeading(1, "", p.text.split("。")[0], p.line, i, "lead") for i, p in enumerate(paras) if i]
    counts, _ = observe(doc, heads)
    assert counts["seq\t心得体会\t开头|体会启示"] == 1


def test_openings_transitions_and_closings_by_place_and_cue() -> None:
    from drafter.extract.positions import positional

    # openings: in the first two paragraphs, by cue; a statement of standing only as the first sentence
    assert positional("现将今年以来的工作情况汇报如下：", 0, 9, True) == ("开头", "现将今年以来的工作情况汇报如下：")
    assert positional("村级组织是党在农村全部工作的基础。", 0, 9, True) is not None
    assert positional("村级组织是党在农村全部工作的基础。", 1, 9, False) is None
    assert positional("抓好队伍建设已成为当前的当务之急。", 1, 9, False) is not None
    # transitions: only the lead-in clause of a list is kept
    assert positional("从调查情况看，问题主要表现在以下三个方面：", 4, 9, False) == ("过渡", "问题主要表现在以下三个方面：")
    assert positional("与此同时，我们也抓好了日常工作。", 4, 9, False) == ("过渡", "与此同时，我们也抓好了日常工作。")
    # closings: in the last two paragraphs, by cue, never at the start of an essay
    assert positional("以上汇报，不妥之处，敬请批评指正。", 8, 9, False) is not None
    assert positional("我将以更加饱满的热情投入工作，不辜负组织的重托。", 9, 9, False) is not None
    assert positional("以上汇报，不妥之处，敬请批评指正。", 0, 1, True) is None
    # an ordinary body sentence is none of them
    assert positional("全年新修道路十二公里，改造危房三十户。", 4, 9, False) is None


def test_cue_words_are_in_every_sentence_the_cues_match() -> None:
    """OPENING_WORDS and CLOSING_WORDS only spare searches: every match of the full patterns holds
    one of their words (random sentences made of the patterns' own pieces and filler)."""
    import random
    import re

    from drafter.extract import positions

    rnd = random.Random(8)
    for full, words in ((positions.OPENING_CUES, positions.OPENING_WORDS),
                        (positions.CLOSING_CUES, positions.CLOSING_WORDS)):
        pieces = [p for p in re.split(r"[^\u4e00-\u9fff]+", full.pattern) if p]
        pieces += [p[i:i + 2] for p in pieces for i in range(len(p) - 1)] + list("的工作我们，：。")
        for _ in range(20000):
            sent = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
            if full.search(sent):
                assert words.search(sent), sent
