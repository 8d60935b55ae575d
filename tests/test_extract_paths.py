"""The faster paths of extraction give what the plain ones give, on varied input: lists cut in one
call of the segmenter (lists.nouns_each), the counts of a batch added up as it is mined
(phrases.extract_counts), the speech verb before a quotation looked for only where one can be,
the headings cut only where a pattern can come of them, Phrases made only of the candidates kept
(phrases.finalize)."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import reduce
from pathlib import Path

import pytest

from drafter import api, segment
from drafter.extract import lists, phrases, sayings
from drafter.extract.candidates import DocMiner, Pending
from drafter.extract.mine import settle_lists
from drafter.extract.patterns import (
    LIST,
    SLOTS,
    SPEECH_RE,
    SPEECH_SPAN,
    SPEECH_WORDS,
    Mark,
    heading_patterns,
    make_mark,
)
from drafter.extract.phrases import Counts, DocInput, extract_counts, finalize, map_docs, merge
from drafter.extract.quality import usable
from drafter.extract.text import clauses, han_len, normalise, sentences
from drafter.library import slot_names
from drafter.model import PHRASE_CATEGORIES, CleanDoc, CleanParagraph, Phrase, PhraseSource

ROOT = Path(__file__).resolve().parent.parent
HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
MARKS = ["、", "、", "、", "“", "”", " ", "3", "A", "%", "（", "）", "\n"]


def _corpus() -> list[str]:
    outlines, _ = api.outline_paths([ROOT / "seeds", ROOT / "tests" / "data" / "unseen"])
    return [s for o in outlines for p in o.doc.paragraphs for s in sentences(normalise(p.text))]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return _corpus()


def _random_list(rnd: random.Random) -> str:
    size = rnd.randint(2, 7)
    items = ["".join(rnd.choices(HAN, k=size + (rnd.random() < 0.2))) for _ in range(rnd.randint(3, 5))]
    ends = ["".join(rnd.choices(HAN + "".join(MARKS), k=rnd.randint(0, 4))) for _ in range(2)]
    return ends[0] + "、".join(items) + ends[1]


def test_lists_cut_in_one_call_as_each_alone(corpus: list[str]) -> None:
    rnd = random.Random(5)
    spans = [(part, start, end) for s in corpus for _, _, part, start, end, _ in lists.list_spans(s)]
    assert len(spans) > 20
    texts = [*(p for p, _, _ in spans), *(_random_list(rnd) for _ in range(300))]
    for part in texts:  # any place a list may start and end at, word end or not
        for _ in range(3):
            start = rnd.randint(0, len(part))
            spans.append((part, start, rnd.randint(start, len(part))))
    for _ in range(40):
        chosen = rnd.sample(spans, rnd.randint(1, 60))
        assert lists.nouns_each(chosen) == [lists._nouns(*s) for s in chosen]
    assert lists.nouns_each(spans) == [lists._nouns(*s) for s in spans]
    assert {lists._nouns(*s) for s in spans} == {None, True, False}
    assert lists.nouns_each([]) == []


def test_the_lists_of_a_batch_are_the_lists_of_each_sentence(corpus: list[str]) -> None:
    """DocMiner._unshared reads the characters, mine.settle_lists the words of all lists at once;
    lists.equal_lists and lists.list_fit read one sentence (no run covering a list here)."""
    rnd = random.Random(5)
    sents = [s for s in corpus if s.count("、") >= 2] + [_random_list(rnd) + "。" for _ in range(400)]
    pending: list[Pending] = []
    found: list[tuple[int, str]] = []
    for n, s in enumerate(sents):
        miner = DocMiner(lambda category, text, line, tags: found.append((line, text)), pending)
        miner._unshared([s], Mark(0, 0, 1, LIST), [s], n, [])
    settle_lists(pending)
    expected = [(n, "、".join(items)) for n, s in enumerate(sents) for _, _, items, nouns in lists.equal_lists(s)
                if lists.list_fit(items, nouns) and usable("、".join(items), "排比")]
    assert sorted(found) == sorted(expected) and len(expected) > 50


def test_the_speech_verb_is_looked_for_where_one_can_be(corpus: list[str]) -> None:
    rnd = random.Random(5)
    befores = [s[:m.start()] for s in corpus for m in re.finditer("“", s)]
    pieces = [*SPEECH_WORDS, "：", ":", "，", "\n", "\n\n", "。", " ", "习近平总书记", "说得", "指", "出"]
    befores += ["".join(rnd.choices(pieces + list(HAN[:50]), k=rnd.randint(0, 8))) for _ in range(3000)]
    found = 0
    for before in befores:
        plain = SPEECH_RE.search(before[-SPEECH_SPAN:])
        fast = sayings._speech(before)
        assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups())), before
        found += plain is not None
    assert found > 100


def _docs(corpus: list[str], rnd: random.Random, n: int) -> list[DocInput]:
    """Documents of sentences of the corpus, shuffled and repeated, so that candidates recur in more
    documents and on more lines than the provenance kept (SOURCE_CAP) and in several genres."""
    titles = ["乡镇工作总结", "学习心得体会", "述职报告", "调研报告", "无题"]
    out: list[DocInput] = []
    for k in range(n):
        paras = tuple(CleanParagraph("".join(rnd.sample(corpus, rnd.randint(1, 6))), line)
                      for line in range(1, rnd.randint(2, 12)))
        out.append((f"d{rnd.randint(0, 9)}.txt#{k}", CleanDoc(rnd.choice(titles), "d.txt", 1, 20, paras), []))
    return out


def test_a_batch_is_counted_as_its_documents_merged(corpus: list[str]) -> None:
    rnd = random.Random(5)
    for size in (1, 7, 40):
        docs = _docs(corpus, rnd, size)
        plain = reduce(merge, map_docs(docs), Counts())
        assert extract_counts(docs) == plain
        assert max(plain.documents.values()) > 5 or size < 40


def test_marks_are_named_tuples() -> None:
    mark = make_mark((3, 4, 9, 1))
    assert mark == Mark(3, 4, 9, 1) and type(mark) is Mark and mark.hi == 9


def _heading_pattern(text: str) -> str | None:
    """patterns.heading_pattern as it was written first: every heading's clauses cut and tagged."""
    parts = clauses(text.rstrip("。；"))
    if not parts or len(parts) > 4 or len(text) > 40:
        return None
    out: list[str] = []
    for slot, c in enumerate(parts):
        tokens = segment.cut_tagged(c.text)
        quoted, by = re.search(r"“[^“”]+”", c.text), re.fullmatch(r"以(.+?)为(.+)", c.text)
        if quoted and len(c.text) > len(quoted.group()):
            out.append(c.text[: quoted.start()] + f"“{{{SLOTS[slot]}}}”" + c.text[quoted.end():])
        elif by:
            out.append(f"以{{{SLOTS[slot]}}}为{by.group(2)}")
        elif len(tokens) >= 2 and tokens[0][1].startswith("v"):
            out.append(f"{tokens[0][0]}{{{SLOTS[slot]}}}")
        elif len(tokens) >= 3 and tokens[0][1] in ("d", "ad") and tokens[1][1].startswith("v"):
            out.append(f"{tokens[0][0]}{tokens[1][0]}{{{SLOTS[slot]}}}")
        else:
            return None
        out[-1] += c.sep if slot < len(parts) - 1 else ""
    pattern = "".join(out)
    if len(parts) < 2 and "“" not in pattern:
        return None
    return pattern if han_len(re.sub(r"\{\w\}", "", pattern)) >= 2 else None


def test_headings_are_cut_only_where_a_pattern_can_come_of_them() -> None:
    rnd = random.Random(5)
    outlines, _ = api.outline_paths([ROOT / "seeds", ROOT / "tests" / "data" / "unseen"])
    heads = [normalise(h.text) for o in outlines for h in o.headings]
    pieces = [*heads, "以人民为中心", "以党建为引领", "“三农”", "“放管服”改革", "加强学习", "坚持不懈",
              "始终坚持", "要", "以", "为", "“", "”", "，", "；", "、", "。", "深化", "提高素质"]
    heads += ["".join(rnd.choices(pieces, k=rnd.randint(1, 5))) for _ in range(1500)]
    expected = [_heading_pattern(h) for h in heads]
    assert heading_patterns(heads) == expected
    assert sum(e is not None for e in expected) > 50


def _finalize_plain(counts: Counts) -> list[Phrase]:
    """phrases.finalize as it was first written: each candidate merged as a Counts of its own, each
    made a Phrase, all sorted, then the first PER_CATEGORY_CAP of each category kept."""
    keys = sorted(counts.occurrences)
    into = phrases._near_duplicates(keys, {k: counts.documents[k] * 100 + counts.occurrences[k] for k in keys})
    merged = Counts()
    for key in keys:
        target, part = into.get(key, key), Counts()
        part.occurrences[target], part.documents[target] = counts.occurrences[key], counts.documents[key]
        part.sources[target] = counts.sources.get(key, [])
        if key in counts.tags:
            part.tags[target] = counts.tags[key]
        if key in counts.genres:
            part.genres[target] = counts.genres[key]
        merged.update(part)
    out = []
    for key in sorted(merged.occurrences):
        category, text = key.split("\t", 1)
        occ, docs, tags = merged.occurrences[key], merged.documents[key], merged.tags.get(key, ())
        support = min(1.0, 0.25 * (docs - 1) + 0.1 * (occ - 1))
        out.append(Phrase(id=phrases.phrase_id(category, text), category=category, text=text,
                          slots={n: phrases.SLOT_MEANING.get(n, n) for n in slot_names(text)}, tags=tags,
                          genres=merged.genres.get(key, ()), status="candidate",
                          sources=tuple(PhraseSource(d, n) for d, n in merged.sources.get(key, [])),
                          occurrences=occ, documents=docs,
                          score=round(0.6 * phrases._structure(category, text, tags) + 0.4 * support, 3)))
    order = {c: i for i, c in enumerate(PHRASE_CATEGORIES)}
    out.sort(key=lambda p: (order.get(p.category, 99), -p.score, -p.documents, p.text))
    per: Counter[str] = Counter()
    return [p for p in out if (per.update([p.category]) or per[p.category]) <= phrases.PER_CATEGORY_CAP]


def test_only_the_candidates_kept_are_made_phrases(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(5)
    monkeypatch.setattr(phrases, "PER_CATEGORY_CAP", 15)
    texts = ["抓重点、补短板、强弱项", "千条线，一根针", "以{A}为抓手", "上面千条线，下面一根针", "凝心聚力",
             "千根线，一根针", "抓重点补短板强弱项", "一是抓思想，二是抓制度", "坚持以人民为中心的发展思想"]
    for _ in range(3):
        counts = Counts()
        for _ in range(400):
            text = rnd.choice(texts)
            if rnd.random() < 0.7:  # a variant: a character changed, added or dropped at an end
                at = rnd.randrange(len(text))
                text = rnd.choice([text[:at] + rnd.choice(HAN[:30]) + text[at + 1:], text + rnd.choice(HAN[:9]),
                                   rnd.choice(HAN[:9]) + text, text[1:], text[:-1] + "。"])
            key = f"{rnd.choice([*PHRASE_CATEGORIES, '其他', '另类'])}\t{text}"
            counts.occurrences[key] += rnd.randint(1, 4)
            counts.documents[key] += rnd.randint(0, 2) or 1
            counts.sources[key] = sorted({*counts.sources.get(key, []), (f"d{rnd.randint(0, 9)}#1", rnd.randint(1, 9))})[:5]
            if rnd.random() < 0.3:
                counts.tags[key] = tuple(sorted({*counts.tags.get(key, ()), rnd.choice(["引语", "俗话", "习近平"])}))
            if rnd.random() < 0.6:
                counts.genres[key] = tuple(sorted({*counts.genres.get(key, ()), rnd.choice(["总结", "心得体会"])}))
        kept = finalize(counts)
        assert kept == _finalize_plain(counts)
        assert max(Counter(p.category for p in kept).values()) == 15  # some categories capped
        assert len({p.category for p in kept}) == len(PHRASE_CATEGORIES) + 2
