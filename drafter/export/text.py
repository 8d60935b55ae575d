"""Plain-text and Markdown export of a Draft, for previewing a draft without Word."""

from __future__ import annotations

import re

from ..model import Draft, Heading, Paragraph, cn_date


def to_txt(draft: Draft) -> str:
    """The draft as plain text: title centred by blank lines, paragraphs indented two spaces."""
    lines = [draft.title]
    lines += [x for x in (draft.subtitle, draft.byline) if x]
    lines.append("")
    for block in draft.blocks:
        if isinstance(block, Heading):
            lines.append(f"　　{block.marker}{block.text}{block.lead}")
        elif block.style == "body":
            lines.append(f"　　{block.text}")
        else:
            lines.append(block.text)
    lines += _tail(draft)
    return "\n".join(lines).rstrip("\n") + "\n"


def to_md(draft: Draft) -> str:
    """The draft as Markdown: levels 1–2 as ## and ###, levels 3–4 as bold run-in text."""
    out = [f"# {draft.title}", ""]
    for extra in (draft.subtitle, draft.byline):
        if extra:
            out += [extra, ""]
    for block in draft.blocks:
        if isinstance(block, Heading):
            head = f"{block.marker}{block.text}"
            if block.level <= 2 and not block.lead:
                out.append(f"{'#' * (block.level + 1)} {head}")
            else:
                out.append(f"**{head}**{block.lead}")
        else:
            out.append(_md_escape(block.text) if isinstance(block, Paragraph) else "")
        out.append("")
    tail = _tail(draft)
    out += [f"{line}  " if line else "" for line in tail]
    return "\n".join(out).rstrip("\n") + "\n"


def _tail(draft: Draft) -> list[str]:
    lines: list[str] = []
    if draft.attachments:
        lines.append("")
        for i, name in enumerate(draft.attachments, 1):
            prefix = "附件：" if i == 1 else "　　　"
            number = f"{i}. " if len(draft.attachments) > 1 else ""
            lines.append(f"{prefix}{number}{name}")
    if draft.signature or draft.date:
        lines.append("")
        lines += list(draft.signature)
        if draft.date is not None:
            lines.append(cn_date(draft.date))
    return lines


def _md_escape(text: str) -> str:
    # a paragraph that starts like Markdown syntax must stay a paragraph
    if text[:1] in "#>-+*":
        return "\\" + text
    return re.sub(r"^(\d+)\.", r"\1\\.", text)
