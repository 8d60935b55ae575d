"""The map of extraction over a batch of documents: split, scan, segment, then the rules.

The body paragraphs of all documents of a batch are split into sentences and clauses, and their
clauses go through the clause scan (drafter.extract.scan) in one pass; the runs and cues it finds
are handed back to each document's DocMiner (drafter.extract.candidates), which applies the rules
of single sentences there; the figures found by their cue words and marks are searched in all
the paragraphs at once (drafter.extract.figures).  Only the clauses that may hold an idiom are
segmented, in one call, the headings' clauses in another, and the lists the rules found in a
third (settle_lists): one
call on many texts keeps the segmenter's dictionary in the cache, where one call per piece,
between the Python rules, finds it evicted, and costs no Python call per text.  The cyclic
garbage collector is held off while a batch is mined (gc_paused).
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from itertools import accumulate, chain, repeat
from typing import Any, cast

from .. import segment
from ..model import CleanDoc, OutlineHeading
from .candidates import Body, DocMiner, Emit, Pending
from .figures import figures
from .lists import abstract_list, nouns_each
from .patterns import IDIOM_TAGS, heading_patterns
from .quality import usable
from .scan import scan, word_table
from .scanplain import WordTable
from .shapes import set_phrases
from .text import flat_clauses, has_space, normalise, sentences

Doc = tuple[CleanDoc, Sequence[OutlineHeading], Emit]  # a document, its headings, where to emit
# (a Body straight from its fields by a C call, as text.Clause: one is made per paragraph)
_make_body = cast("Callable[[tuple[str, int, list[str], list[str]]], Body]", partial(tuple.__new__, Body))


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
        out.append(_make_body((text, p.line, sents, flat_clauses(sents, has_space(text)))))
    return out


def mine_batch(docs: Sequence[Doc]) -> None:
    """Mine several documents, each handing its candidates to its own `emit`: the clause scan
    (drafter.extract.scan) over all their body paragraphs at once, then the rules per document,
    then the four-character words and the headings of all of them."""
    bodies = [body_of(doc, headings) for doc, headings, _ in docs]
    paragraphs = [b for body in bodies for b in body]
    clauses = list(chain.from_iterable(b.flat for b in paragraphs))
    _, table, idiom_words = vocabulary()
    found = scan(clauses, table)
    # where each paragraph's sentences, and its runs and marks (in order of sentence), start
    firsts = list(accumulate((len(b.sents) for b in paragraphs), initial=0))
    bases = list(accumulate((len(b.flat) for b in paragraphs), initial=0))
    runs = list(map(bisect_left, repeat([run[0] for run in found.runs]), firsts))
    marks = list(map(bisect_left, repeat([mark.number for mark in found.marks]), firsts))
    k = 0
    emits: list[Emit] = []
    lists: list[Pending] = []
    for (_, _, emit), body in zip(docs, bodies, strict=True):
        DocMiner(emit, lists).mine(body, k, found, clauses, firsts, runs, marks)
        k += len(body)
        emits += [emit] * len(body)
    settle_lists(lists)
    figures([b.text for b in paragraphs], [b.line for b in paragraphs], emits)
    if found.worded:
        _idioms([clauses[i] for i in found.worded],
                [paragraphs[bisect_right(bases, i) - 1] for i in found.worded],
                [emits[bisect_right(bases, i) - 1] for i in found.worded], idiom_words)
    _headings(docs)


def settle_lists(lists: list[Pending]) -> None:
    """Emit the lists DocMiner._unshared left pending whose items start and end where words do,
    and which are not lists of names (lists.equal_lists and lists.list_fit, the rest of the rule),
    all cut in one call of the segmenter."""
    for (_, _, _, words, text, emit, line), nouns in zip(
            lists, nouns_each([(part, start, end) for part, start, end, *_ in lists]), strict=True):
        if nouns is not None and (not nouns or abstract_list(words)):
            emit("排比", text, line, ())


def _headings(docs: Sequence[Doc]) -> None:
    """The slot patterns of the headings (of paragraphs not spun or masked)."""
    found = [(emit, h) for doc, headings, emit in docs for h in headings
             if 0 <= h.paragraph < len(doc.paragraphs)
             and not doc.paragraphs[h.paragraph].spun and not doc.paragraphs[h.paragraph].placeholder]
    patterns = heading_patterns([normalise(h.text) for _, h in found])
    for (emit, h), pattern in zip(found, patterns, strict=True):
        if pattern is not None and usable(pattern, "标题"):
            emit("标题", pattern, h.line, ())


def _idioms(clauses: list[str], paragraphs: list[Body], emits: list[Emit], words: frozenset[str]) -> None:
    """Four-character idioms and set phrases (shapes.set_phrase) in the clauses that hold one as
    a substring: the scan found them, and a token is a substring of its clause.  The segmenter
    cuts a run of Han characters alone and a clause ends where such a run does, so the clauses
    cut alone give the tokens the whole paragraph would; they are cut in one call, joined by
    commas (which no clause holds), and the tokens filtered in C against the phrases and the
    comma, so Python touches only the phrases and the clause ends."""
    k = 0
    for word in filter(words.__contains__, segment.cut("，".join(clauses))):
        if word == "，":
            k += 1
        else:
            emits[k]("四字格", word, paragraphs[k].line, ())


def vocabulary() -> tuple[frozenset[str], WordTable, frozenset[str]]:
    """The dictionary's four-character words set_phrase accepts (among those tagged i or l),
    their table for the scan, and the words with a comma: built once (the drivers call this in
    the parent process, whose forks inherit it), again only after a dictionary is loaded."""
    words = segment.words_tagged(4, IDIOM_TAGS)
    if _VOCABULARY[0] is not words:
        phrases = set_phrases(words)
        _VOCABULARY[:] = [words, phrases, word_table(phrases), phrases | {"，"}]
    return _VOCABULARY[1], _VOCABULARY[2], _VOCABULARY[3]


_VOCABULARY: list[Any] = [None, None, None, None]


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while a batch is mined or the library written: they
    allocate some hundred thousand tuples and lists, which hold no reference cycles, and the
    collector ran every 700 of them, over all the objects of the process every hundred runs
    (8 % of the time of the batches of 10 MB).  Cycles made meanwhile, if any, are collected after."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
