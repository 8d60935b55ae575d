"""Rendering: a template's skeleton plus a form's values → a Draft (no Word in it).

Blocks are rendered in the sandbox in document order (so phrase choice is reproducible for a
seed), loops and conditions expanded, empty paragraphs and headings without content dropped,
and only then are the surviving headings numbered 一、 （一） 1. （1） by level.  Headings a user
typed inside a text (typedheads.py) keep their own markers, at levels under the template's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from . import sandbox
from .cntext import ordinal, sentence, strip_marker
from .errors import TemplateError
from .model import Block, Draft, Heading, Paragraph, Phrase
from .phrasing import PhrasePicker
from .templates import BlockSpec, Template
from .typedheads import TypedHeading, headings_in, items_outline, key, level_of

_HEADING_END = "。；;，,：:"
# a line ending so has not ended its paragraph: Word or a PDF broke it there (…32批次；⏎三是…)
_RUNS_ON = "，、；：,;:"


@dataclass
class _Node:
    kind: str
    text: str
    lead: str = ""
    children: list[_Node] = field(default_factory=list)
    typed: TypedHeading | None = None  # a heading the user typed in a fact (kind "typed")
    tiers: frozenset[int] = frozenset()  # the marker families of the typed headings of its text


class _Renderer:
    def __init__(self, template: Template, context: dict[str, Any]) -> None:
        self.tpl = template
        self.ctx = context
        self.above: list[str] = []  # the words of the headings over the block being rendered

    def where(self, line: int | None, what: str) -> sandbox.Where:
        return sandbox.Where(self.tpl.file, line, what)

    def text(self, source: str, context: dict[str, Any], line: int | None, what: str) -> str:
        if not source:
            return ""
        if "{" not in source:  # plain text needs no trip through Jinja
            return source.strip()
        return sandbox.render(source, context, self.where(line, what)).strip()

    def blocks(self, specs: Sequence[BlockSpec], context: dict[str, Any]) -> list[_Node]:
        out: list[_Node] = []
        for spec in specs:
            if spec.loop_var:
                where = self.where(spec.line, "for")
                items = sandbox.evaluate(spec.loop_expr, context, where)
                if items is None:
                    continue
                if not isinstance(items, (list, tuple)):
                    raise TemplateError(
                        f"for 循环的对象不是列表：{spec.loop_expr}（这是模板的问题）",
                        file=self.tpl.file, line=spec.line,
                    )
                contexts = [{**context, spec.loop_var: item} for item in items]
                if spec.kind == "paragraph":
                    out.extend(self.facts(spec, contexts))
                else:
                    for each in contexts:
                        out.extend(self.one(spec, each))
            else:
                out.extend(self.one(spec, context))
        return out

    def facts(self, spec: BlockSpec, contexts: list[dict[str, Any]]) -> list[_Node]:
        """The paragraphs of a paragraph block repeated over a list of facts."""
        items = [_paragraphs(self.text(spec.text, each, spec.line, spec.kind))
                 for each in contexts
                 if not spec.cond or sandbox.evaluate(spec.cond, each, self.where(spec.line, "if"))]
        return _typed(items_outline(items, self.above))

    def one(self, spec: BlockSpec, context: dict[str, Any]) -> list[_Node]:
        if spec.cond and not sandbox.evaluate(spec.cond, context, self.where(spec.line, "if")):
            return []
        text = self.text(spec.text, context, spec.line, spec.kind)
        if spec.kind == "paragraph":
            # a text field typed as several paragraphs stays several paragraphs, and the headings
            # typed in it become headings
            return _typed(headings_in(_paragraphs(text), self.above))
        # a lead runs on after its heading: a text typed over several lines is one paragraph here
        lead = "".join(sentence(p) for p in _paragraphs(self.text(spec.lead, context, spec.line, "lead")))
        self.above.append(key(strip_marker(" ".join(text.split()))))
        children = self.blocks(spec.body, context)
        self.above.pop()
        if not text or (not lead and not children):
            # a heading with nothing under it is noise in a draft: drop it with its subtree
            return []
        # 一、 or 1. typed in front of a heading: the draft numbers its headings itself
        return [_Node("heading", strip_marker(" ".join(text.split())), lead, children)]


def _typed(found: list[str | TypedHeading]) -> list[_Node]:
    tiers = frozenset(x.tier for x in found if isinstance(x, TypedHeading))
    return [_Node("paragraph", x) if isinstance(x, str) else _Node("typed", x.text, typed=x, tiers=tiers)
            for x in found]


def _paragraphs(text: str) -> list[str]:
    """The lines of `text` as paragraphs, a line that stops on ， ； or ： run on into the next."""
    out: list[str] = []
    joined = False
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if joined:
            out[-1] += line
        else:
            out.append(line)
        joined = line[-1] in _RUNS_ON
    return out


def _flatten(nodes: list[_Node], level: int, out: list[Block]) -> None:
    count = 0
    for node in nodes:
        if node.kind == "paragraph":
            # a fact typed without a closing mark (or with ；) still closes its paragraph
            out.append(Paragraph(sentence(node.text)))
            continue
        if node.typed is not None:
            # the user's marker and words as typed, at a level under the template's headings
            typed = node.typed
            out.append(Heading(level_of(typed.tier, set(node.tiers), level), typed.marker, typed.text,
                               sentence(typed.lead) if typed.lead else ""))
            continue
        count += 1
        text = node.text
        if node.lead:
            text = sentence(text)
        elif level <= 2:
            text = text.rstrip(_HEADING_END)
        out.append(Heading(level, ordinal(count, level), text, sentence(node.lead)))
        _flatten(node.children, level + 1, out)


def render(
    template: Template, values: dict[str, Any], *, phrases: Sequence[Phrase], seed: int = 0
) -> Draft:
    """Assemble the draft: deterministic for (template, values, phrases, seed)."""
    picker = PhrasePicker(phrases, template.genre, seed)
    context: dict[str, Any] = {**values, "phrase": picker.phrase, "parallel": picker.parallel}
    rnd = _Renderer(template, context)
    line = template.line_of
    title = rnd.text(template.title, context, line("title"), "document.title")
    subtitle = rnd.text(template.subtitle, context, line("subtitle"), "document.subtitle")
    byline = rnd.text(template.byline, context, line("byline"), "document.byline")
    salutation = rnd.text(template.salutation, context, line("salutation"), "document.salutation")
    blocks: list[Block] = []
    if salutation:
        blocks.append(Paragraph(salutation, style="salutation"))
    _flatten(rnd.blocks(template.body, context), 1, blocks)
    signature = tuple(
        s for s in (rnd.text(x, context, line("signature"), "document.signature")
                    for x in template.signature) if s
    )
    date = values.get(template.date_field) if template.date_field else None
    attachments = tuple(
        str(a) for a in (values.get(template.attachments_field) or []) if str(a).strip()
    ) if template.attachments_field else ()
    return Draft(
        title=" ".join(title.split()),
        blocks=tuple(blocks),
        subtitle=subtitle,
        byline=byline,
        signature=signature,
        date=date if isinstance(date, dt.date) else None,
        attachments=attachments,
        author=signature[-1] if signature else byline,
        genre=template.genre,
        template=template.id,
    )
