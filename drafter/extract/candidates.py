"""Phrase candidates of one document, by category: the `map` half of extraction.

Every rule is about form, never about particular essays: parallel clauses (shared characters at
the same positions, shared beginnings or endings), correlative connectives, quotations after a
speech verb, four-character words the dictionary tags as idioms or set phrases, cue words of
openings, transitions and closings by their place in the document, and heading shapes.
Paragraphs flagged spun or placeholder are never read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate, chain
from typing import NamedTuple

from .. import segment
from ..model import CleanDoc, OutlineHeading
from .parallels import Run, parallel
from .patterns import (
    CORRELATIVE_ANY,
    CORRELATIVES,
    DIGIT_RE,
    HEAD_WINDOW,
    IDIOM_TAGS,
    ORDINAL_RE,
    QUOTED_RE,
    SLOTS,
    SPEECH_RE,
    SPEECH_SPAN,
    SUBJECT_VERB_ANY,
    SUBJECT_VERBS,
    heading_patterns,
)
from .positions import positional
from .quality import BAD_END, BAD_START, junk_reasons
from .scan import CORRELATIVE, FOURS, ORDINAL, QUOTE, TRANSITION, Mark, scan
from .shapes import (
    ANSWERS,
    four_item,
    noun_list,
    set_phrase,
    trim_lead_in,
)
from .text import (
    Clause,
    aligned_shared,
    clause_seps,
    clause_texts,
    common_prefix,
    common_suffix,
    flat_clauses,
    han_len,
    has_space,
    is_han,
    join,
    make_clauses,
    normalise,
    sentences,
)

Emit = Callable[[str, str, int, tuple[str, ...]], None]
_CLAUSE_PUNCT = re.compile("[，、；]")


# Not cached: its texts are runs of clauses and whole sentences, which recur in a corpus made of
# copies (as in bench/extract.py) but hardly in a real one, where a cache would only cost memory.
def _ok(text: str, category: str) -> bool:
    return not DIGIT_RE.search(text) and not junk_reasons(text, category=category)


def _slot_run(parts: list[Clause], prefix: str, suffix: str) -> str:
    out = []
    for i, c in enumerate(parts):
        out.append(f"{prefix}{{{SLOTS[i]}}}{suffix}" + (c.sep if i < len(parts) - 1 else ""))
    return "".join(out)


class Body(NamedTuple):
    """A body paragraph split for mining."""

    text: str  # normalised
    line: int
    sents: list[str]
    flat: list[str]  # text.flat_clauses of sents


def body_of(doc: CleanDoc, headings: Sequence[OutlineHeading]) -> list[Body]:
    """The paragraphs of a document that are mined as body text.  A heading paragraph is mined
    for its heading shape; the text running on after the heading (its lead) is body text."""
    leads = {h.paragraph: h.lead for h in headings}
    out = []
    for i, p in enumerate(doc.paragraphs):
        if p.spun or p.placeholder or (i in leads and not leads[i]):
            continue
        text = normalise(leads.get(i, p.text))
        sents = sentences(text)
        out.append(Body(text, p.line, sents, flat_clauses(sents, has_space(text))))
    return out


Marks = dict[int, Mark]  # of one paragraph, by sentence number (lo and hi in its flat clauses)


def mine_batch(docs: Sequence[tuple[CleanDoc, Sequence[OutlineHeading], Emit]]) -> None:
    """Mine several documents, each handing its candidates to its own `emit`.  The clause scan
    (drafter.extract.scan) and the segmentation run once over all their body paragraphs: one call
    of the segmenter on many paragraphs keeps its dictionary in the cache, where one call per
    paragraph, between the Python rules, finds it evicted.  The other rules run per document."""
    bodies = [body_of(doc, headings) for doc, headings, _ in docs]
    paragraphs = [b for body in bodies for b in body]
    found = scan(list(chain.from_iterable(b.flat for b in paragraphs)))
    # which paragraph a sentence number or a clause index falls in
    firsts = list(accumulate((len(b.sents) for b in paragraphs), initial=0))
    bases = list(accumulate((len(b.flat) for b in paragraphs), initial=0))
    runs: list[list[Run]] = [[] for _ in paragraphs]
    for number, lo, hi, spans in found.runs:
        k = bisect_right(firsts, number) - 1
        runs[k].append((number - firsts[k], lo, hi, spans))
    marks: list[Marks] = [{} for _ in paragraphs]
    for number, lo, hi, bits in found.marks:
        k = bisect_right(firsts, number) - 1
        marks[k][number - firsts[k]] = Mark(number - firsts[k], lo - bases[k], hi - bases[k], bits)
    k = 0
    emits: list[Emit] = []
    for (_, _, emit), body in zip(docs, bodies, strict=True):
        DocMiner(emit).mine(body, found.items, runs[k:k + len(body)], marks[k:k + len(body)])
        k += len(body)
        emits += [emit] * len(body)
    _idioms(paragraphs, emits)
    _headings(docs)


def _headings(docs: Sequence[tuple[CleanDoc, Sequence[OutlineHeading], Emit]]) -> None:
    """The slot patterns of the headings (of paragraphs not spun or masked)."""
    found = [(emit, h) for doc, headings, emit in docs for h in headings
             if 0 <= h.paragraph < len(doc.paragraphs)
             and not doc.paragraphs[h.paragraph].spun and not doc.paragraphs[h.paragraph].placeholder]
    patterns = heading_patterns([normalise(h.text) for _, h in found])
    for (emit, h), pattern in zip(found, patterns, strict=True):
        if pattern is not None and _ok(pattern, "标题"):
            emit("标题", pattern, h.line, ())


def _idioms(paragraphs: list[Body], emits: list[Emit]) -> None:
    """Four-character words the dictionary knows as idioms or set phrases (or domain words).

    The tokens of all paragraphs, cut in one call with a newline between paragraphs (a token of
    its own), are filtered in C against the dictionary's four-character words tagged i or l (the
    only ones set_phrase can accept) and the newline, so Python touches only the few tokens that
    may be idioms and the paragraph ends."""
    texts = [p.text for p in paragraphs]
    words = segment.words_tagged(4, IDIOM_TAGS)
    if any("\n" in t for t in texts):  # a newline inside a paragraph: cut them one by one
        for para, emit, text in zip(paragraphs, emits, texts, strict=True):
            for word in filter(words.__contains__, segment.cut(text)):
                if set_phrase(word):
                    emit("四字格", word, para.line, ())
        return
    if _MARKS[0] is not words:  # the vocabulary changed (a dictionary was loaded): add the newline
        _MARKS[:] = [words, words | {"\n"}]
    k = 0
    for word in filter(_MARKS[1].__contains__, segment.cut("\n".join(texts))):
        if word == "\n":
            k += 1
        elif set_phrase(word):
            emits[k]("四字格", word, paragraphs[k].line, ())


_MARKS: list[frozenset[str]] = [frozenset(), frozenset()]  # a vocabulary, and it with a newline


class DocMiner:
    """Finds the candidates in the body of one document and hands each to `emit`."""

    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    def mine(self, body: list[Body], items: list[str], runs: list[list[Run]], marks: list[Marks]) -> None:
        """`body`, `runs` and `marks` as mine_batch finds them (runs index `items`)."""
        last = len(body) - 1
        for k, para in enumerate(body):
            self._paragraph(para, k, last, items, runs[k], marks[k])

    # ------------------------------------------------------------ body paragraphs

    def _paragraph(self, para: Body, index: int, last: int, items: list[str], runs: list[Run],
                   marks: Marks) -> None:
        """The runs the scan found, then the rules of single sentences in the sentences it marked
        (and the openings and closings of the first and last paragraphs)."""
        line, sents = para.line, para.sents
        for number, lo, hi, spans in runs:
            seps = clause_seps(sents[number])
            for start, end in spans:
                run = make_clauses(items[start:end], seps[start - lo:end - lo])
                self._run(run, line, whole=(start == lo and end == hi))
        for mark in marks.values():
            self._sentence(sents[mark.number], mark, para.flat, line)
        # a middle paragraph holds no opening or closing, and a transition only in a sentence
        # that opens on a transition word or in a lead-in clause that ends the paragraph
        if not 1 < index < last - 1:
            todo: Iterable[int] = range(len(sents))
        else:
            todo = [m.number for m in marks.values() if m.bits & TRANSITION]
            if para.text.endswith("：") and len(sents) - 1 not in todo:
                todo.append(len(sents) - 1)
        for number in todo:
            self._positional(sents[number].strip(), line, index, last, index == 0 and number == 0)

    def _sentence(self, sent: str, mark: Mark, flat: list[str], line: int) -> None:
        """The rules of a single sentence whose cues the scan marked."""
        texts = flat[mark.lo:mark.hi]
        seps: list[str] = []
        if mark.bits & CORRELATIVE:
            seps = clause_seps(sent)
            self._correlative(make_clauses(texts, seps), line)
        if mark.bits & ORDINAL:
            self._ordinals(make_clauses(texts, seps or clause_seps(sent)), line)
        if mark.bits & FOURS:
            self._four_list(texts, line)
        if mark.bits & QUOTE:
            self._quotes(sent, line)

    def _run(self, run: list[Clause], line: int, whole: bool) -> None:
        if run[0].text.startswith(ANSWERS):
            return  # 才能…，才能…: the answer to a condition cut off before the run
        run = [trim_lead_in(run[0], run[1].text), *run[1:]]
        words = [c.text for c in run]
        text = join(run)
        if len(run) >= 3:
            if noun_list(words):
                return
            if "“" not in text and _ok(text, "排比"):
                self.emit("排比", text, line, ())
                prefix, suffix = common_prefix(words), common_suffix(words)
                if min(len(w) for w in words) > len(prefix) + len(suffix) and (prefix or suffix):
                    pattern = _slot_run(run, prefix, suffix)
                    verb_head = len(prefix) == 1 and segment.pos_of(prefix).startswith("v")
                    if len(run) <= len(SLOTS) and (han_len(prefix + suffix) >= 2 or verb_head):
                        self.emit("句式", pattern, line, ())
            return
        a, b = words
        if len(a) == len(b) and 4 <= len(a) <= 8 and aligned_shared(a, b) >= 1 and whole:
            if _ok(text, "金句"):
                self.emit("金句", text, line, ())
            return
        # a pair inside a sentence: the same opening (深入基层、深入群众) or a shared frame of
        # two characters or more in clauses of one length (俯下身子、放下架子; 民有所呼、我有所应)
        if len(a) >= 4 and (a[:2] == b[:2] or (len(a) == len(b) and aligned_shared(a, b) >= 2)) \
                and _ok(text, "排比"):
            self.emit("排比", text, line, ())
        self._subject_slots(run, line)

    def _subject_slots(self, run: list[Clause], line: int) -> None:
        """{X}是基础，{Y}是关键: a parallel pair whose clauses open on a noun subject."""
        if not all(SUBJECT_VERB_ANY.search(c.text) for c in run):
            return
        out: list[str] = []
        for i, c in enumerate(run):
            tokens = segment.cut_tagged(c.text)
            if len(tokens) < 3 or not tokens[0][1].startswith(("n", "vn")):
                return
            rest = "".join(w for w, _ in tokens[1:])
            if tokens[1][0] not in SUBJECT_VERBS:
                return
            out.append(f"{{{SLOTS[i]}}}{rest}" + (c.sep if i < len(run) - 1 else ""))
        pattern = "".join(out)
        if _ok(pattern, "句式"):
            self.emit("句式", pattern, line, ())

    def _correlative(self, parts: list[Clause], line: int) -> None:
        for i in range(len(parts) - 1):
            first, second = parts[i].text, parts[i + 1].text
            if not CORRELATIVE_ANY.search(first, 0, HEAD_WINDOW):
                continue
            for head, answers in CORRELATIVES:
                at = first.find(head, 0, len(head) + 3)
                if at < 0:
                    continue
                first = first[at:]  # 干工作既要…: a short subject before the head is not kept
                answer = next((a for a in answers if second.startswith(a)), None)
                if answer is None or len(first) <= len(head) or len(second) <= len(answer):
                    continue
                sep = parts[i].sep or "，"
                self.emit("句式", f"{head}{{A}}{sep}{answer}{{B}}", line, ())
                text = f"{first}{sep}{second}"
                # only a short, balanced instance reads as a 排比 to reuse (既要…，更要…);
                # a long one is a sentence of its essay, kept only as the 句式 above
                if max(len(first), len(second)) <= 12 and abs(len(first) - len(second)) <= 2 \
                        and _ok(text, "排比"):
                    self.emit("排比", text, line, ())
                break

    def _ordinals(self, parts: list[Clause], line: int) -> None:
        marks = [(k, ORDINAL_RE.match(c.text)) for k, c in enumerate(parts)]
        found = [(k, m.group(2)) for k, m in marks if m is not None]
        # 一是…二是…三是… with one verb throughout, from the first ordinal to the last
        if len(found) >= 2 and len({verb for _, verb in found}) == 1:
            text = join(parts[found[0][0]: found[-1][0] + 1])
            if len(text) <= 60 and "“" not in text and _ok(text, "排比"):
                self.emit("排比", text, line, ())

    def _quotes(self, sentence: str, line: int) -> None:
        for m in QUOTED_RE.finditer(sentence):
            inner = m.group(1).rstrip("。！？，")
            before = sentence[: m.start()]
            if len(inner) == 4 and is_han(inner):
                if inner[0] not in BAD_START and inner[-1] not in BAD_END and four_item(inner) \
                        and _ok(inner, "四字格"):
                    self.emit("四字格", inner, line, ())
                continue
            parts = clause_texts(inner)
            if not parts or len(inner) < 6:
                continue
            # A saying is short and made of short clauses; a long quotation is reported speech
            # (我是靠天吃饭了，半只脚…) and a list of nouns is a list (宣传员、战斗员、指挥员).
            # Balanced clauses allow a longer saying: the limits that hold either way go first.
            if len(inner) > 40 or len(parts) > 6 or max(map(len, parts)) > 12:
                continue
            speech = SPEECH_RE.search(before[-SPEECH_SPAN:])
            if not (speech and len(parts) <= 4 and len(inner) <= 28):
                # two clauses of one length in quotation marks are a couplet (空谈误国，实干兴邦)
                couplet = len(parts) == 2 and len(parts[0]) == len(parts[1]) >= 4 \
                    and is_han(_CLAUSE_PUNCT.sub("", inner))
                balanced = couplet or (len(parts) >= 2 and any(
                    parallel(parts[k], parts[k + j])
                    for j in (1, 2) for k in range(len(parts) - j)
                ))
                if not (speech or balanced) or len(parts) > (6 if balanced else 4) \
                        or len(inner) > (40 if balanced else 28):
                    continue
            if noun_list(parts):
                continue
            tags: tuple[str, ...] = ("引语",)
            if speech and speech.group(1).strip():
                tags = ("引语", speech.group(1).strip("，：、 "))
            elif speech and speech.group(2).startswith(("俗话", "常言", "古人", "古语")):
                tags = ("引语", speech.group(2)[:2])
            if _ok(inner, "金句"):
                self.emit("金句", inner, line, tags)

    def _positional(self, sent: str, line: int, index: int, last: int, first: bool) -> None:
        found = positional(sent, index, last, first)
        if found is not None and _ok(found[1], found[0]):
            self.emit(found[0], found[1], line, ())

    # ------------------------------------------------------------ four-character expressions

    def _four_list(self, texts: list[str], line: int) -> None:
        """Four-character items listed side by side (凝心聚力、加快发展…) are collocations."""
        fours = [t for t in texts if len(t) == 4 and is_han(t)]
        if len(fours) >= 3 and len(fours) * 2 >= len(texts):
            for w in fours:
                if four_item(w):
                    self.emit("四字格", w, line, ())

    # ------------------------------------------------------------ headings

