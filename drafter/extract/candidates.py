"""Phrase candidates of one document, by category: the `map` half of extraction.

Every rule is about form, never about particular essays: parallel clauses (shared characters at
the same positions, shared beginnings or endings), correlative connectives, quotations after a
speech verb, four-character words the dictionary tags as idioms or set phrases, cue words of
openings, transitions and closings by their place in the document, and heading shapes.
Paragraphs flagged spun or placeholder are never read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from .. import segment
from ..model import CleanDoc, CleanParagraph, OutlineHeading
from .parallels import find_runs, han_letters_only, parallel
from .patterns import (
    CORRELATIVE_ANY,
    CORRELATIVES,
    DIGIT_RE,
    HEAD_WINDOW,
    IDIOM_TAGS,
    ORDINAL_ANY,
    ORDINAL_RE,
    QUOTED_RE,
    SLOTS,
    SPEECH_RE,
    SPEECH_SPAN,
    SUBJECT_VERB_ANY,
    SUBJECT_VERBS,
    heading_pattern,
)
from .positions import positional
from .quality import BAD_END, BAD_START, junk_reasons
from .shapes import (
    ANSWERS,
    four_item,
    has_lead,
    noun_list,
    set_phrase,
    strip_lead_text,
    trim_lead_in,
)
from .text import (
    Clause,
    aligned_shared,
    clause_seps,
    clause_texts,
    common_prefix,
    common_suffix,
    han_len,
    has_space,
    is_han,
    join,
    make_clauses,
    normalise,
    sentences,
)

Emit = Callable[[str, str, int, tuple[str, ...]], None]


# Not cached: its texts are runs of clauses and whole sentences, which recur in a corpus made of
# copies (as in bench/extract.py) but hardly in a real one, where a cache would only cost memory.
def _ok(text: str, category: str) -> bool:
    return not DIGIT_RE.search(text) and not junk_reasons(text, category=category)


def _slot_run(parts: list[Clause], prefix: str, suffix: str) -> str:
    out = []
    for i, c in enumerate(parts):
        out.append(f"{prefix}{{{SLOTS[i]}}}{suffix}" + (c.sep if i < len(parts) - 1 else ""))
    return "".join(out)


class _Cues(NamedTuple):
    """What a paragraph holds at all (see DocMiner._paragraph)."""

    han_only: bool  # every letter is Han (parallels.han_letters_only)
    spaced: bool  # holds whitespace
    lead: bool
    correlative: bool
    ordinal: bool


class DocMiner:
    """Finds the candidates of one document and hands each to `emit`."""

    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    def mine(self, doc: CleanDoc, headings: Sequence[OutlineHeading]) -> None:
        # A heading paragraph is mined for its heading shape; the text running on after the
        # heading in the same paragraph (its lead) is body text like any other.
        leads = {h.paragraph: h.lead for h in headings}
        body = [
            (i, p if i not in leads else CleanParagraph(leads[i], p.line))
            for i, p in enumerate(doc.paragraphs)
            if not p.spun and not p.placeholder and (i not in leads or leads[i])
        ]
        last = len(body) - 1
        for k, (_, para) in enumerate(body):
            text = normalise(para.text)
            self._paragraph(text, para.line, k, last)
            self._idioms(segment.cut(text), para.line)
        for h in headings:
            if not 0 <= h.paragraph < len(doc.paragraphs):
                continue
            para = doc.paragraphs[h.paragraph]
            if not para.spun and not para.placeholder:
                self._heading(normalise(h.text), h.line)

    # ------------------------------------------------------------ body paragraphs

    def _paragraph(self, text: str, line: int, index: int, last: int) -> None:
        # What the paragraph holds at all, in one search each: most paragraphs have no lead-in
        # word, correlative or ordinal, and then no sentence of theirs is searched for one.
        cues = _Cues(
            han_only=han_letters_only(text),
            spaced=has_space(text),
            lead=has_lead(text),
            correlative=CORRELATIVE_ANY.search(text) is not None,
            ordinal=ORDINAL_ANY.search(text) is not None,
        )
        for number, sent in enumerate(sentences(text)):
            texts = clause_texts(sent, cues.spaced)
            quoted = "“" in sent
            if len(texts) >= 2:
                self._clauses(sent, texts, line, cues, quoted)
            if quoted:
                self._quotes(sent, line)
            self._positional(sent.strip(), line, index, last, index == 0 and number == 0)

    def _clauses(self, sent: str, texts: list[str], line: int, cues: _Cues, quoted: bool) -> None:
        """A sentence of two clauses or more.  The tests run on the clause texts alone; Clause
        tuples (text and separator) are built only for the few sentences that hold something."""
        lead = cues.lead and has_lead(sent)
        items, spans = find_runs(list(map(strip_lead_text, texts)) if lead else texts,
                                 cues.han_only, quoted)
        seps: list[str] = []
        if spans:
            seps = clause_seps(sent)
            for start, end in spans:
                run = make_clauses(items[start:end], seps[start:end])
                self._run(run, sent, line, whole=(start == 0 and end == len(texts)))
        if cues.correlative and CORRELATIVE_ANY.search(sent):
            self._correlative(make_clauses(texts, seps or clause_seps(sent)), line)
        if cues.ordinal and ORDINAL_ANY.search(sent):
            self._ordinals(make_clauses(texts, seps or clause_seps(sent)), line)
        if len(texts) >= 3 and list(map(len, texts)).count(4) >= 3:
            self._four_list(texts, line)

    def _run(self, run: list[Clause], sentence: str, line: int, whole: bool) -> None:
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
        if a[:2] == b[:2] and len(a) >= 4 and _ok(text, "排比"):
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
            speech = SPEECH_RE.search(before[-SPEECH_SPAN:])
            balanced = len(parts) >= 2 and any(
                parallel(parts[k], parts[k + j])
                for j in (1, 2) for k in range(len(parts) - j)
            )
            if not (speech or balanced) or len(parts) > (6 if balanced else 4):
                continue
            # A saying is short and made of short clauses; a long quotation is reported speech
            # (我是靠天吃饭了，半只脚…) and a list of nouns is a list (宣传员、战斗员、指挥员).
            if len(inner) > (40 if balanced else 28) or max(map(len, parts)) > 12:
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

    def _idioms(self, tokens: list[str], line: int) -> None:
        """Four-character words the dictionary knows as idioms or set phrases (or domain words).

        The tokens are those of the one segmentation of each body paragraph, filtered in C
        against the dictionary's four-character words tagged i or l (the only ones set_phrase can
        accept), so Python touches only the few tokens that may be idioms.
        """
        for word in filter(segment.words_tagged(4, IDIOM_TAGS).__contains__, tokens):
            if set_phrase(word):
                self.emit("四字格", word, line, ())

    def _four_list(self, texts: list[str], line: int) -> None:
        """Four-character items listed side by side (凝心聚力、加快发展…) are collocations."""
        fours = [t for t in texts if len(t) == 4 and is_han(t)]
        if len(fours) >= 3 and len(fours) * 2 >= len(texts):
            for w in fours:
                if four_item(w):
                    self.emit("四字格", w, line, ())

    # ------------------------------------------------------------ headings

    def _heading(self, text: str, line: int) -> None:
        pattern = heading_pattern(text)
        if pattern is not None and _ok(pattern, "标题"):
            self.emit("标题", pattern, line, ())
