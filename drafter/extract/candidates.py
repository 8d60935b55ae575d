"""The rules that find phrase candidates in the body of one document, by category.

Every rule is about form, never about particular essays: parallel clauses (shared characters at
the same positions, shared beginnings or endings, one shape of repetitions), lists of equal items
(drafter.extract.lists), correlative connectives (drafter.extract.correlatives), sayings with
and without quotation marks (drafter.extract.sayings), four-character words the dictionary tags
as idioms or set phrases, cue words of openings, transitions and closings by their place in the
document, and heading shapes.
Paragraphs flagged spun or placeholder are never read.  drafter.extract.mine splits the
paragraphs, scans their clauses (drafter.extract.scan) and calls these rules where the scan found
something; the four-character words and the headings of a whole batch are mined there too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from operator import add
from typing import NamedTuple

from .. import segment
from .correlatives import correlatives
from .figures import fits, with_topic
from .lists import abstract_list, list_form, list_spans
from .ordinals import ordinal_list
from .parallels import FUNCTION_CHARS, Run, echoed, same_shape, shares_frame
from .patterns import (
    CLAUSE,
    CORRELATIVE,
    FOURS,
    LIST,
    ORDINAL,
    QUOTE,
    SHORT,
    SLOTS,
    SUBJECT_VERB_ANY,
    SUBJECT_VERBS,
    TRANSITION,
    Mark,
    make_mark,
)
from .positions import positional
from .quality import usable
from .quoteframes import quoted_frames
from .runframes import run_frame
from .sayings import clause_saying, quoted, saying
from .scanplain import Scan
from .shapes import (
    ANSWERS,
    NOT_ANSWERS,
    four_item,
    noun_list,
    run_on,
    trim_lead_in,
    trim_tail,
)
from .text import (
    Clause,
    aligned_shared,
    is_han,
    make_clauses,
    seps_of,
)

Emit = Callable[[str, str, int, tuple[str, ...]], None]
# A list that may be a candidate once the segmenter has told where its words end (see
# DocMiner._unshared): its clauses' text, where its items start and end in it, its items joined
# by 、, and where to emit it.
Pending = tuple[str, int, int, list[str], str, Emit, int]


class Body(NamedTuple):
    """A body paragraph split for mining (drafter.extract.mine.body_of)."""

    text: str  # normalised
    line: int
    sents: list[str]
    flat: list[str]  # text.flat_clauses of sents


_SENTENCE_CUES = CORRELATIVE | ORDINAL | FOURS | QUOTE  # the cues DocMiner._sentence reads


def _joined(words: list[str], seps: list[str]) -> str:
    """The clauses of a run back as text, without the mark after the last one."""
    return "".join(map(add, words[:-1], seps)) + words[-1]


class _Seps:
    """The marks after the clauses of a sentence, found the first time a rule asks for them."""

    def __init__(self, sentence: str, texts: list[str], lo: int) -> None:
        self.sentence, self.texts, self.lo = sentence, texts, lo
        self.seps: list[str] | None = None

    def all(self) -> list[str]:
        if self.seps is None:
            self.seps = seps_of(self.sentence, self.texts)
        return self.seps

    def of(self, start: int, end: int) -> list[str]:
        return self.all()[start - self.lo:end - self.lo]


class DocMiner:
    """Finds the candidates in the body of one document and hands each to `emit`."""

    def __init__(self, emit: Emit, lists: list[Pending]) -> None:
        self.emit = emit
        self.lists = lists  # shared by the documents of a batch, settled by mine.mine_batch

    def mine(self, body: list[Body], at: int, found: Scan, clauses: list[str], firsts: list[int], runs: list[int],
             marks: list[int]) -> None:
        """`body` as mine_batch splits it, its first paragraph the batch's paragraph `at`; `found`
        the scan of the `clauses` of the batch, in which paragraph k starts at sentence `firsts[k]`
        and its runs and marks at `runs[k]` and `marks[k]` (numbers and indices are the batch's)."""
        last = len(body) - 1
        self.clauses = clauses
        for k, para in enumerate(body, at):
            self._paragraph(para, k - at, last, firsts[k], found.items, found.runs[runs[k]:runs[k + 1]],
                            found.marks[marks[k]:marks[k + 1]])

    # ------------------------------------------------------------ body paragraphs

    def _paragraph(self, para: Body, index: int, last: int, first: int, items: list[str], runs: list[Run],
                   marks: list[Mark]) -> None:
        """The runs the scan found, then the rules of single sentences in the sentences it marked
        (and the openings and closings of the first and last paragraphs); the paragraph's first
        sentence is the batch's sentence `first`."""
        line, sents, clauses = para.line, para.sents, self.clauses
        covered: dict[int, Run] = {}  # the run of each sentence that has one
        for run in runs:
            number, lo, hi, spans = run
            seps = _Seps(sents[number - first], clauses[lo:hi], lo)
            covered[number] = run
            for start, end in spans:
                # (the clause after the run, which run_on may add to it: the sentinel at hi is none)
                self._run(items[start:end], partial(seps.of, start, end + 1), line,
                          sents[number - first] if start == lo and end == hi else "", items[end], end + 1 == hi)
        for mark in marks:
            bits, sentence = mark.bits, sents[mark.number - first]
            if bits & _SENTENCE_CUES:
                self._sentence(sentence, mark, clauses, line)
            # (a list is joined by 、 twice at least: a C count rules out most sentences marked)
            if bits & SHORT or (bits & LIST and sentence.count("、") >= 2):
                own = covered.get(mark.number)
                self._unshared(sents, make_mark((mark.number - first, mark.lo, mark.hi, bits)), clauses, line,
                               [] if own is None else [(start - own[1], end - own[1]) for start, end in own[3]])
            if bits & CLAUSE:
                for text in clauses[mark.lo:mark.hi]:
                    found = clause_saying(text)
                    if found is not None and usable(found, "金句"):
                        self.emit("金句", found, line, ("俗语",))
        # a middle paragraph holds no opening or closing, and a transition only in a sentence
        # that opens on a transition word or in a lead-in clause that ends the paragraph
        if not 1 < index < last - 1:
            todo: Iterable[int] = range(len(sents))
        else:
            todo = [m.number - first for m in marks if m.bits & TRANSITION]
            if para.text.endswith("：") and len(sents) - 1 not in todo:
                todo.append(len(sents) - 1)
        for number in todo:
            self._positional(sents[number].strip(), line, index, last, index == 0 and number == 0)

    def _sentence(self, sent: str, mark: Mark, flat: list[str], line: int) -> None:
        """The rules of a single sentence whose cues the scan marked (`flat[mark.lo:mark.hi]` its
        clauses)."""
        texts = flat[mark.lo:mark.hi]
        seps = _Seps(sent, texts, mark.lo).all
        if mark.bits & CORRELATIVE:
            correlatives(texts, seps, line, self.emit)
        if mark.bits & ORDINAL:
            self._ordinals(make_clauses(texts, seps()), line)
        if mark.bits & FOURS:
            self._four_list(texts, line)
        if mark.bits & QUOTE:
            self._quotes(sent, line, texts, seps)

    def _unshared(self, sents: list[str], mark: Mark, flat: list[str], line: int,
                  runs: list[tuple[int, int]]) -> None:
        """Lists of equal items and sayings (drafter.extract.lists, drafter.extract.sayings) that
        no run of shared characters already gave."""
        sentence, texts = sents[mark.number], flat[mark.lo:mark.hi]
        if mark.bits & LIST:  # what the characters tell; the words: mine.settle_lists, for a batch
            for start, end, part, head, stop, words in list_spans(sentence):
                if not any(a <= start and end <= b for a, b in runs) and list_form(words):
                    text = "、".join(words)
                    if usable(text, "排比"):
                        self.lists.append((part, head, stop, words, text, self.emit, line))
        # (a sentence of two clauses that is one run is the pair rule's, see _run)
        if mark.bits & SHORT and (len(texts) != 2 or runs != [(0, 2)]):
            found = saying(texts, sentence, mark.number == 0 and len(sents) > 1)
            if found is not None and usable(found, "金句"):
                self.emit("金句", found, line, ("俗语",))

    def _run(self, words: list[str], seps: Callable[[], list[str]], line: int, whole: str, after: str,
             ends: bool) -> None:
        """A run of parallel clauses (their texts; `seps()` gives the marks after them and after
        the clause `after` them, found only for the runs that may give a candidate; `whole`: the
        sentence, when it is the run; `ends`: `after` is its last clause; the sentinel after the
        sentence is no clause, and opens no run_on)."""
        if words[0].startswith(ANSWERS) and not words[0].startswith(NOT_ANSWERS):
            return  # 才能…，才能…: the answer to a condition cut off before the run
        words = [trim_lead_in(words[0], words[1]), *words[1:]]
        if len(words) >= 3:
            more = run_on(words, after, ends) if after[:2] == words[0][:2] else ""  # (a C test first)
            if more and seps()[len(words) - 1] == seps()[0]:  # (joined to the run as its items are)
                words.append(more)
            words[-1] = trim_tail(words[-1], words[-2])
            if noun_list(words) and not abstract_list(words):
                return
            marks = seps()[:len(words)]
            text = _joined(words, marks)
            if "“" not in text and fits(text, "排比"):
                self.emit("排比", text, line, ())
                pattern = run_frame(words, marks)
                if pattern is not None:
                    self.emit("句式", pattern, line, ())
            return
        a, b = words
        if b.startswith("更是"):
            return  # X是A，更是B: drafter.extract.judgements (the scan's cut of X is none)
        # a couplet: a sentence of two such clauses, or a pair of which one is a saying alone
        # (一张蓝图绘到底，一任接着一任干), or a sentence of two of three characters around one
        # (公生明，廉生威)
        if len(a) == len(b) and ((4 <= len(a) <= 8 and aligned_shared(a, b) >= 1
                                  and (whole or a == clause_saying(a) or b == clause_saying(b)))
                                 or (whole and len(a) == 3 and a[1] == b[1] and a[1] not in FUNCTION_CHARS)):
            text = with_topic(whole, _joined(words, seps())) if whole else _joined(words, seps())
            if fits(text, "金句"):
                self.emit("金句", text, line, ())
            return
        # a pair inside a sentence: the same opening (深入基层、深入群众) or a shared frame of
        # two characters or more in clauses of one length (俯下身子、放下架子; 民有所呼、我有所应)
        # or, listed with 、, one inner character at the same place (听到真话、摸到实情); or a
        # frame around words of their own (把自己当成…，把村里的事当成…; X是基础，Y是关键); or
        # one shape of repetitions (敢闯敢试、善作善成; 不看材料看现场，不听汇报听民声)
        if (len(a) >= 4 and (a[:2] == b[:2] or (len(a) == len(b) and aligned_shared(a, b) >= 2))) \
                or (len(a) >= 5 and len(b) >= 5 and ((a[0] == b[0] and shares_frame(a, b))
                                                     or a[-3] == b[-3] == "是")) \
                or (len(a) == len(b) and 3 <= len(a) <= 6 and aligned_shared(a[1:-1], b[1:-1]) >= 1
                    and seps()[0] == "、" and not noun_list(words)) or same_shape(a, b) or echoed(a, b):
            text = _joined(words, seps())
            if usable(text, "排比"):
                self.emit("排比", text, line, ())
        self._subject_slots(words, seps, line)

    def _subject_slots(self, words: list[str], seps: Callable[[], list[str]], line: int) -> None:
        """{X}是基础，{Y}是关键: a parallel pair whose clauses open on a noun subject."""
        if not all(map(SUBJECT_VERB_ANY.search, words)):
            return
        rests: list[str] = []
        for w in words:
            tokens = segment.cut_tagged(w)
            if len(tokens) < 3 or not tokens[0][1].startswith(("n", "vn")):
                return
            if tokens[1][0] not in SUBJECT_VERBS:
                return
            rests.append("".join(t for t, _ in tokens[1:]))
        marks = seps()
        pattern = "".join(f"{{{SLOTS[i]}}}{rest}" + (marks[i] if i < len(words) - 1 else "")
                          for i, rest in enumerate(rests))
        if usable(pattern, "句式"):
            self.emit("句式", pattern, line, ())

    def _ordinals(self, parts: list[Clause], line: int) -> None:
        text = ordinal_list(parts)  # 一是…二是…三是… (drafter.extract.ordinals)
        if text is not None and usable(text, "排比"):
            self.emit("排比", text, line, ())

    def _quotes(self, sentence: str, line: int, texts: list[str], seps: Callable[[], list[str]]) -> None:
        for category, text, tags in quoted(sentence):
            self.emit(category, text, line, tags)
        if sentence.count("“") >= 2:  # frames around quotations (drafter.extract.quoteframes)
            for text in quoted_frames(texts, seps):
                if usable(text, "排比"):
                    self.emit("排比", text, line, ())

    def _positional(self, sent: str, line: int, index: int, last: int, first: bool) -> None:
        found = positional(sent, index, last, first)
        if found is not None and usable(found[1], found[0]):
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

