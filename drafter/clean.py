"""Cleaning: turn one essay as scraped (SourceDoc) into clean paragraphs (CleanDoc).

The steps run in this order, each counted in CleanDoc.removed (characters taken out) or
CleanDoc.changed (characters rewritten):

  layout      a printed page's furniture (page numbers, running headers, watermarks, a cover:
              chrome) and its wrapped lines (join): layout.py
  close       a post's signature under a rule line (chrome), the sign-off after the last
              paragraph (signer, date, a document's 附注 and 印发 line) and the byline under the
              title (unit, writer, speaker, date in brackets) (signoff): signoff.py
  chrome      whole lines of site furniture, inline watermarks and SEO title injections
  notes       editing notes typed into a draft (【审核意见：…】, （待核实）): editnotes.py
  mojibake    spans decoded with the wrong charset: repaired when the bytes can be recovered
              (changed), else the damaged span dropped (removed)
  pinyin      annotations after characters, 鄉(xiāng) → 鄉
  t2s         Traditional → Simplified (OpenCC, through t2s.py, its only user)
  emphasis    Markdown bold (**一、…**) in plain text, told from masks (chrome): emphasis.py
  placeholder masked names and blanks for numbers made explicit (×××), never mined
  punct       mainland full-width punctuation, 「」 → “”, stray spaces and NBSP
  title       lines repeating the title (also as image captions) and near-duplicate leads
  join        lines broken mid-sentence or mid-word joined, glued headings split off
  spun        synonym-spun passages: words restored, passages that still read spun flagged

This module holds the order of the steps and the report; the rules live in cleanrules (whole
lines of furniture) and inline (furniture inside lines), mojibake (finding damage) and recovery
and charsets (rebuilding bytes), punct, paragraphs (joins) and repeats, breaks (siblings glued
into a paragraph) and spun; textscan holds what they share.  The author's text is never
dropped by a rule that could match prose: line rules are anchored on furniture vocabulary and
bounded in length, so a 5 MB line costs what a short one does.

Cleaning is meant to cost a small multiple of OpenCC alone (bench/clean.py), so each step asks
first, with substring tests or one scan of the whole essay, whether it has anything to do, and
works only on the few lines or spans that need it; most lines of most essays need nothing from
most steps.  clean_docs (what the library calls) cleans essays a batch at a time: the steps
that never look past a line break scan the batch joined (cleanbatch) and OpenCC converts it in
one call, so an essay that needs nothing from a step costs it no Python call.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable
from itertools import repeat

from . import cleanbatch as B
from . import cleanrules as R
from . import paragraphs as P
from . import punct, t2s
from .bodylines import body_lines_each
from .breaks import repair_breaks
from .cleanrules import DOMAIN
from .editnotes import strip_notes
from .emphasis import strip_texts, whole_line
from .inline import strip_inline_chrome, strip_title_injection
from .layout import tidy_layout
from .model import CleanDoc, SourceDoc, clean_paragraph
from .phraseheads import phrase_heads
from .punct import PLACEHOLDER
from .repeats import text_key
from .ruby import strip_glued
from .signoff import strip_close
from .spun import mark_spun, spun_candidates
from .t2s import to_simplified as to_simplified
from .textscan import rewritten

# Han text and full-width marks: what fix_punctuation and remove_stray_spaces leave as it is.
_PLAIN_TITLE = re.compile("[\u4e00-\u9fff，、：；“”‘’《》（）！？—]*")




@R.line_cache
def normalize_title(raw: str) -> str:
    """A title as shown to people: no marker label, site links, pinyin, Traditional script or end
    punctuation."""
    text = strip_glued(punct.strip_pinyin(strip_inline_chrome(_unbolded(raw)))).strip()
    if R.is_title_label(text):
        text = R.TITLE_LABEL.sub("", text)
    text = t2s.simplified([text])[0]
    if _PLAIN_TITLE.fullmatch(text) is None:  # (most titles are plain)
        text = punct.fix_punctuation(text)
        text = punct.remove_stray_spaces(text, keep_words=True)
    return text.strip(" ：:。.，,；;")


def _unbolded(title: str) -> str:
    """A title set in bold (**…**) without the marks."""
    whole = whole_line(title) if "**" in title or "__" in title else None
    return title if whole is None else whole


@R.line_cache
def _tidy_line(line: str) -> str:
    """Straight quotes paired and stray spaces dropped (fix_quotes keeps the length)."""
    if '"' in line:
        line = punct.fix_quotes(line)
    if punct.has_space(line):
        line = punct.remove_stray_spaces(line, keep_words=P.title_like(line.replace(" ", "")) and " " in line)
    return line


def normalize_titles(raws: list[str]) -> list[str]:
    """normalize_title of each title, in one pass over them all."""
    joined = "\n".join(raws)
    if not raws or joined.count("\n") != len(raws) - 1:
        return list(map(normalize_title, raws))
    if "**" in joined or "__" in joined:
        joined = "\n".join(map(_unbolded, raws))
    texts = list(map(str.strip, strip_glued(punct.strip_pinyin(strip_inline_chrome(joined))).split("\n")))
    for k, text in enumerate(texts):
        if R.is_title_label(text):
            texts[k] = R.TITLE_LABEL.sub("", text)
    texts = t2s.simplified(texts)
    if _PLAIN_TITLES.fullmatch("\n".join(texts)) is None:
        for k, text in enumerate(texts):
            if _PLAIN_TITLE.fullmatch(text) is None:
                texts[k] = punct.remove_stray_spaces(punct.fix_punctuation(text), keep_words=True)
    return list(map(str.strip, texts, repeat(" ：:。.，,；;")))


_PLAIN_TITLES = re.compile(_PLAIN_TITLE.pattern.replace("]", "\n]"))


def clean_doc(doc: SourceDoc) -> CleanDoc:
    """Clean one essay.  Never raises on odd text; what it removes is counted per kind."""
    return _clean_batch([doc])[0]


_BATCH = 64  # essays cleaned together


def clean_docs(docs: Iterable[SourceDoc]) -> list[CleanDoc]:
    """Clean essays, a batch at a time: what clean_doc gives for each, at a fraction of the cost."""
    todo = list(docs)
    # Cleaning makes many short-lived lists and tuples, and no reference cycle: the collector,
    # set off by their number, would only walk them (and the essays held) again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return [clean for i in range(0, len(todo), _BATCH) for clean in _clean_batch(todo[i : i + _BATCH])]
    finally:
        if collecting:
            gc.enable()


def _clean_batch(docs: list[SourceDoc]) -> list[CleanDoc]:
    """Clean essays together.  Each step runs on all of them at once (cleanbatch): the steps
    that never look past a line break scan the essays joined, and only the essays a scan hits
    pay a Python call; then each essay's lines become its paragraphs, one essay at a time."""
    found = body_lines_each([doc.lines for doc in docs])
    laid = [tidy_layout(doc.lines, body, doc.title) for doc, body in zip(docs, found, strict=True)]
    closed = [strip_close(doc.lines, body, doc.title) for doc, (body, _) in zip(docs, laid, strict=True)]
    bodies = [body for body, _, _ in closed]
    named = [[t for t in body.titles if t.strip()] for body in bodies]
    plain = iter(normalize_titles([doc.title for doc in docs] + [t for ts in named for t in ts]))
    titles = [next(plain) for _ in docs]
    texts = [body.text for body in bodies]
    chrome = B.strip_chrome(texts)
    notes = strip_notes(texts)
    damage, may_change = t2s.scan(texts)
    scanned = list(texts)
    repaired, dropped = B.repair(texts, damage)
    pinyin = B.strip_pinyin(texts)
    # (what the scan found holds for the texts the two steps between left as they were)
    known = [c if t is u else None for c, t, u in zip(may_change, texts, scanned, strict=True)]
    simplified = t2s.simplified(texts, known)
    converted = list(map(rewritten, texts, simplified))
    texts = simplified
    # (what the ASCII marks of the texts serve, as neither step puts in a space, a hyphen, a
    # tilde or a straight quote, and stripping bold only takes marks away: see _paragraphs)
    marks = B.ascii_marks_each(texts)
    bold, alone = strip_texts(texts, marks)
    masks, punctuated = B.mark_and_punctuate(texts, marks)
    cleaned = [
        _paragraphs(doc, body, title, {next(plain) for _ in ts}, text, ascii, [body.rows[i] for i in alone.get(k, ())])
        for k, (doc, body, title, ts, text, ascii) in enumerate(
            zip(docs, bodies, titles, named, texts, marks, strict=True)
        )
    ]
    flagged = spun_candidates(["\n".join(paras) for paras, *_ in cleaned])
    result: list[CleanDoc] = []
    for k, (doc, body, title) in enumerate(zip(docs, bodies, titles, strict=True)):
        paras, at, placeholders, spaces, repeat_chars, joins, splits, injected = cleaned[k]
        lines = list(map(doc.rows.__getitem__, at)) if doc.rows else [doc.start_line + i for i in at]
        hints = frozenset(doc.heading_hints).union(body.bullets)  # (bullets: ● 放下架子，…)
        joins += laid[k][1]
        spun, restored = None, 0
        if k in flagged:
            paras, spun, restored = mark_spun(paras, flagged[k])
        # (no step after makes a placeholder)
        masked: Iterable[bool] = [PLACEHOLDER in t for t in paras] if placeholders else repeat(False)
        if len(lines) != len(paras):
            raise ValueError("paragraphs and their lines differ in number")
        # (the report lists the kinds in the order the steps first meet them: of title and chrome
        # lines, the one the essay shows first)
        counts = (("title", body.title_chars), ("chrome", body.chrome_chars + chrome[k] + injected + bold[k]))
        removed = [
            *(counts if body.title_first else counts[::-1]),
            ("notes", notes[k]),
            ("mojibake", dropped[k]),
            ("pinyin", pinyin[k]),
            ("spaces", spaces),
            ("repeat", repeat_chars),
            ("signoff", closed[k][2]),
        ]
        changed = [
            ("mojibake", repaired[k]),
            ("t2s", converted[k]),
            ("placeholder", masks[k]),
            ("punct", punctuated[k]),
            ("join", joins),
            ("split", splits),
            ("spun", restored),
        ]
        result.append(
            CleanDoc(
                title=title,
                source=doc.source,
                start_line=doc.start_line,
                end_line=doc.end_line,
                paragraphs=tuple(map(clean_paragraph, paras, lines, repeat(False) if spun is None else spun, masked)),
                removed={k: v for k, v in removed if v},
                changed={k: v for k, v in changed if v},
                heading_lines=tuple(map(doc.line_of, sorted(hints) if body.bullets else doc.heading_hints)),
                heading_paragraphs=tuple(n for n, i in enumerate(at) if i in hints) if hints else (),
            )
        )
    return result


_Paragraphs = tuple[list[str], list[int], bool, int, int, int, int, int]


def _paragraphs(
    doc: SourceDoc, body: R.Body, title: str, plain_titles: set[str], text: str, marks: bytes, alone: list[int]
) -> _Paragraphs:
    """One essay's text (after punctuation) → its paragraphs and the row (the index into the
    essay's lines) each starts on, whether the text may hold a placeholder, the characters of spaces, repeats and title
    injections removed, and the joins and the splits made.  `marks`: the ASCII characters of
    the text before placeholders and punctuation, which make none of the marks untidy_lines
    looks for (they put in ×××, full-width marks and 「」's quotes), so they hold all the
    text's own, as untidy_lines takes them.  `alone`: the rows of lines that stand alone (set
    in bold); lines styled as headings (.docx, .md) stand alone too."""
    if doc.title.strip():
        plain_titles.add(title)
    size = len(text)
    text = strip_title_injection(text, plain_titles)
    injected = size - len(text)
    split = text.split("\n") if body.lines else []  # no step adds or removes a line break
    spaces = 0
    for i in punct.untidy_lines(split, marks):
        tidy = _tidy_line(split[i])
        spaces += len(split[i]) - len(tidy)
        split[i] = tidy
    if "" in split:  # a line emptied by the steps above (rare)
        index = [i for i, line in zip(body.rows, split, strict=True) if line]
        split = [line for line in split if line]
    else:
        index = body.rows
    alone_rows = frozenset(alone).union(doc.heading_hints) if alone or doc.heading_hints else frozenset()
    if body.alone:
        alone_rows = alone_rows.union(body.alone)
    if ("—" in text or "？" in text) and (heads := phrase_heads(split, commas=False)):
        alone_rows = alone_rows.union(index[i] for i in heads)  # (德——讲政治，… over its paragraph)
    texts, index, repeat_chars, joins = P.paragraphs(split, index, {text_key(t) for t in plain_titles}, alone_rows)
    if joins:  # a watermark (site.cn) cut in two by a line break is whole again
        joined = "\n".join(texts)
        if "." in joined and DOMAIN.search(joined) and (stripped := strip_inline_chrome(joined)) != joined:
            injected += len(joined) - len(stripped)
            kept = [(t, i) for t, i in zip(stripped.split("\n"), index, strict=True) if t]
            texts, index = [t for t, _ in kept], [i for _, i in kept]
    texts, index, splits = repair_breaks(texts, index)
    return texts, index, "×" in text, spaces, repeat_chars, joins, splits, injected
