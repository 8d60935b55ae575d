"""Phrase extraction as map → merge → finalize.

`map_docs` turns each document of a batch into a small `Counts` (candidate keys with
occurrences, the document, capped provenance; the documents of a batch are mined together, see
drafter.extract.mine); `merge` adds two Counts and is associative and commutative, so the
documents can be mapped in any number of processes (or on a cluster engine), in batches of any
size, with the same result.  Memory grows with the number of distinct candidates, not with the corpus: documents
stream through and only their counts are kept.  `finalize` scores, merges near-duplicates and
gives every candidate a stable id (a hash of category and text), so re-running extraction meets
the same ids and curation decisions stay attached to them.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import add, itemgetter

from .. import segment
from ..model import PHRASE_CATEGORIES, CleanDoc, OutlineHeading, Phrase, PhraseSource
from ..phrasefile import slot_names
from .mine import gc_paused, mine_batch
from .structures import genre_of, observe

SOURCE_CAP = 5  # provenance kept per candidate: enough to check it, bounded in memory
PER_CATEGORY_CAP = 2000
CATEGORY_IDS = {"开头": "kaitou", "过渡": "guodu", "结尾": "jiewei", "排比": "paibi",
                "句式": "jushi", "金句": "jinju", "四字格": "sizige", "标题": "biaoti"}
SLOT_MEANING = {"A": "第一项", "B": "第二项", "C": "第三项", "D": "第四项", "E": "第五项",
                "F": "第六项", "G": "第七项", "H": "第八项"}
_PUNCT_RE = re.compile(r"[，；：、。！？“”‘’（）《》\s]")

Key = str  # "category\ttext"
DocInput = tuple[str, CleanDoc, Sequence[OutlineHeading]]  # document id, document, headings


@dataclass
class Counts:
    """Mergeable counts of candidates (and section observations) over some documents."""

    occurrences: Counter[Key] = field(default_factory=Counter)
    documents: Counter[Key] = field(default_factory=Counter)
    sources: dict[Key, list[tuple[str, int]]] = field(default_factory=dict)
    tags: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    genres: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    sections: Counter[str] = field(default_factory=Counter)  # see structures.observe
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def update(self, other: Counts) -> None:
        """Add `other` into self (the merge, in place)."""
        _add(self.occurrences, other.occurrences)
        _add(self.documents, other.documents)
        # Sources and tags keep the SOURCE_CAP smallest of the union: associative, so the merge
        # order does not matter.  The fast paths skip the set work when nothing can change
        # (this runs once per candidate per document).
        sources = self.sources
        for key, srcs in other.sources.items():
            mine = sources.get(key)
            if mine is None:
                sources[key] = srcs
            elif len(mine) < SOURCE_CAP or srcs[0] < mine[-1]:
                sources[key] = sorted(set(mine) | set(srcs))[:SOURCE_CAP]
        _union(self.tags, other.tags)
        _union(self.genres, other.genres)
        _add(self.sections, other.sections)
        _union(self.examples, other.examples)


def _union(store: dict[Key, tuple[str, ...]], theirs: dict[Key, tuple[str, ...]]) -> None:
    """Tags, genres or examples of `theirs` added to `store`: the SOURCE_CAP smallest of a union."""
    for key, values in theirs.items():
        mine = store.get(key)
        if mine is None:
            store[key] = values
        elif mine != values:
            store[key] = tuple(sorted(set(mine) | set(values)))[:SOURCE_CAP]


def _add(mine: Counter[str], other: Counter[str]) -> None:
    """mine.update(other) with the loop in C (Counter.update adds key by key in Python)."""
    if not mine:
        dict.update(mine, other)
        return
    keys = list(other)
    dict.update(mine, zip(keys, map(add, map(mine.get, keys, repeat(0)), other.values()), strict=True))


def merge(a: Counts, b: Counts) -> Counts:
    out = Counts()
    out.update(a)
    out.update(b)
    return out


class _Collector:
    """The candidates of one document as they are found (the lines of each), then its Counts."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.lines: dict[Key, list[int]] = {}
        self.tags: dict[Key, tuple[str, ...]] = {}

    def emit(self, category: str, text: str, line: int, tags: tuple[str, ...]) -> None:
        key = f"{category}\t{text}"
        found = self.lines.get(key)
        if found is None:
            self.lines[key] = [line]
        else:
            found.append(line)
        if tags:
            self.tags[key] = tuple(sorted(set(self.tags.get(key, ())) | set(tags)))

    def add_to(self, total: Counts, doc: CleanDoc, headings: Sequence[OutlineHeading]) -> None:
        """Add the document's counts to `total` (Counts.update of the document's own Counts, in one
        pass over its candidates: tests/test_extract_paths.py checks that both give the same)."""
        doc_id, genre = self.doc_id, genre_of(doc.title)
        genres_of = (genre,)  # one tuple for all: pickled once, when the batch goes back to the parent
        occurrences, documents, sources, genres = total.occurrences, total.documents, total.sources, total.genres
        counted: list[tuple[Key, int]] = []  # (into the Counters by dict.update: a Counter's [k] = is 5× a dict's)
        docs: list[tuple[Key, int]] = []
        for key, found in self.lines.items():
            srcs = [(doc_id, found[0])] if len(found) == 1 \
                else [(doc_id, n) for n in sorted(set(found))[:SOURCE_CAP]]
            seen = occurrences.get(key)
            docs.append((key, documents.get(key, 0) + 1))
            if seen is None:  # (occurrences, documents and sources hold the same keys)
                counted.append((key, len(found)))
                sources[key] = srcs
            else:
                counted.append((key, seen + len(found)))
                mine = sources[key]
                if len(mine) < SOURCE_CAP or srcs[0] < mine[-1]:
                    sources[key] = sorted(set(mine) | set(srcs))[:SOURCE_CAP]
            if genre:
                had = genres.get(key)
                if had is None:
                    genres[key] = genres_of
                elif had != genres_of:
                    genres[key] = tuple(sorted({*had, genre}))[:SOURCE_CAP]
        dict.update(occurrences, counted)
        dict.update(documents, docs)
        _union(total.tags, self.tags)
        sections, examples = observe(doc, headings)
        _add(total.sections, sections)
        _union(total.examples, examples)  # (observe's are sorted, distinct and capped: kept as they are)


def map_docs(inputs: Sequence[DocInput]) -> list[Counts]:
    """Candidates of each document (mined together: see mine.mine_batch)."""
    out = [Counts() for _ in inputs]
    _mine_into(inputs, out)
    return out


def map_doc(doc_id: str, doc: CleanDoc, headings: Sequence[OutlineHeading]) -> Counts:
    """Candidates of one document."""
    return map_docs([(doc_id, doc, headings)])[0]


def _mine_into(inputs: Sequence[DocInput], totals: list[Counts]) -> None:
    """Mine the documents together and add the counts of each to its Counts in `totals`."""
    collectors = [_Collector(doc_id) for doc_id, _, _ in inputs]
    mine_batch([(doc, headings, c.emit) for c, (_, doc, headings) in zip(collectors, inputs, strict=True)])
    for c, total, (_, doc, headings) in zip(collectors, totals, inputs, strict=True):
        c.add_to(total, doc, headings)


def phrase_id(category: str, text: str) -> str:
    digest = hashlib.sha1(f"{category}\t{text}".encode()).hexdigest()[:10]
    return f"{CATEGORY_IDS.get(category, 'x')}-{digest}"


def _structure(category: str, text: str, tags: tuple[str, ...]) -> float:
    """How well the form alone marks a good entry of its category (0..1)."""
    clauses = len(re.findall(r"[，；、：]", text)) + 1
    if category == "排比":
        return min(1.0, 0.4 + 0.15 * clauses)
    if category == "金句":
        return 0.9 if len(tags) > 1 else 0.8
    if category == "四字格":
        return 0.9 if segment.pos_of(text) in ("i", "l") else 0.6
    if category in ("句式", "标题"):
        fixed = len(re.sub(r"\{\w\}", "", text))
        return min(1.0, 0.3 + 0.08 * fixed)
    return 0.6


def _near_duplicates(keys: list[Key], weight: dict[Key, int]) -> dict[Key, Key]:
    """Map each near-duplicate to the key it merges into (the better-supported one).

    Same text up to punctuation; or equal length ≥ 8 differing in one character (千条线 /
    千根线); or one text the other plus at most two characters at either end.
    """
    parent: dict[Key, Key] = {}

    def root(k: Key) -> Key:
        while k in parent:
            k = parent[k]
        return k

    def join(a: Key, b: Key) -> None:
        ra, rb = root(a), root(b)
        if ra == rb:
            return
        keep, drop = sorted((ra, rb), key=lambda k: (-weight[k], -len(k), k))
        parent[drop] = keep

    buckets: dict[tuple[str, ...], list[Key]] = {}
    norms: dict[Key, str] = {}  # once a key, not once a pair
    for key in keys:
        cat, text = key.split("\t", 1)
        norm = norms[key] = _PUNCT_RE.sub("", text)
        buckets.setdefault(("n", cat, norm), []).append(key)
        if len(norm) >= 8:
            half = len(norm) // 2
            buckets.setdefault(("h1", cat, str(len(norm)), norm[:half]), []).append(key)
            buckets.setdefault(("h2", cat, str(len(norm)), norm[half:]), []).append(key)
        buckets.setdefault(("p", cat, norm[:3]), []).append(key)
        buckets.setdefault(("s", cat, norm[-3:]), []).append(key)
    for bucket_key, members in buckets.items():
        if len(members) < 2 or len(members) > 200:
            continue
        for i, a in enumerate(members):
            na = norms[a]
            for b in members[i + 1:]:
                nb = norms[b]
                if bucket_key[0] == "n":
                    join(a, b)
                elif bucket_key[0] in ("h1", "h2"):
                    if sum(x != y for x, y in zip(na, nb, strict=True)) <= 1:
                        join(a, b)
                elif "{" not in na + nb and len(na) >= 6 and len(nb) >= 6:
                    short, long_ = sorted((na, nb), key=len)
                    if len(long_) - len(short) <= 2 and short in long_:
                        join(a, b)
    return {k: root(k) for k in keys if root(k) != k}


def finalize(counts: Counts) -> list[Phrase]:
    """Scored, deduplicated candidates with stable ids, by category then score (the first
    PER_CATEGORY_CAP of each: only those are made Phrases, of the tens of thousands a corpus has)."""
    keys = sorted(counts.occurrences)
    weight = {k: counts.documents[k] * 100 + counts.occurrences[k] for k in keys}
    into = _near_duplicates(keys, weight)
    merged = Counts()
    for key in keys:
        target = into.get(key, key)
        # a target met for the first time is what update would copy: written in place
        part = Counts() if target in merged.occurrences else merged
        part.occurrences[target] = counts.occurrences[key]
        part.documents[target] = counts.documents[key]
        part.sources[target] = counts.sources.get(key, [])
        if key in counts.tags:
            part.tags[target] = counts.tags[key]
        if key in counts.genres:
            part.genres[target] = counts.genres[key]
        if part is not merged:
            merged.update(part)
    order = {c: i for i, c in enumerate(PHRASE_CATEGORIES)}
    ranked: list[tuple[int, float, int, str, str, float]] = []
    for key in sorted(merged.occurrences):
        category, text = key.split("\t", 1)
        occ, docs = merged.occurrences[key], merged.documents[key]
        support = min(1.0, 0.25 * (docs - 1) + 0.1 * (occ - 1))
        score = round(0.6 * _structure(category, text, merged.tags.get(key, ())) + 0.4 * support, 3)
        ranked.append((order.get(category, 99), -score, -docs, text, category, score))
    ranked.sort(key=itemgetter(0, 1, 2, 3))  # stable, so ties stay in the order of their keys
    kept: list[Phrase] = []
    per: Counter[str] = Counter()
    for _, _, _, text, category, score in ranked:
        per[category] += 1
        if per[category] <= PER_CATEGORY_CAP:
            key = f"{category}\t{text}"
            kept.append(Phrase(
                id=phrase_id(category, text),
                category=category,
                text=text,
                slots={name: SLOT_MEANING.get(name, name) for name in slot_names(text)},
                tags=merged.tags.get(key, ()),
                genres=merged.genres.get(key, ()),
                status="candidate",
                sources=tuple(PhraseSource(d, n) for d, n in merged.sources.get(key, [])),
                occurrences=merged.occurrences[key],
                documents=merged.documents[key],
                score=score,
            ))
    return kept


def extract_counts(inputs: Iterable[DocInput]) -> Counts:
    """Single-process map and merge of a batch (the multi-process driver is in
    drafter.extract.run): the counts of its documents added up as they are mined."""
    total, docs = Counts(), list(inputs)
    with gc_paused():
        _mine_into(docs, [total] * len(docs))
    return total
