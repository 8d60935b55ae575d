"""What the tests of users' files (test_user_files*.py) share: body sentences a rule must leave
as they are, and the two ways they ask drafter — lines cleaned as a text file's essays, and
paragraphs outlined as a cleaned essay."""

from __future__ import annotations

from drafter.clean import clean_docs
from drafter.corpus import split_essays
from drafter.model import CleanDoc, CleanParagraph
from drafter.outline import outline

BODY = "全镇坚持把学习作为提高素质和工作能力的主要途径，全年组织集中学习24次，成效明显。"
BODY2 = "下一步，我们将继续压实责任，细化措施，推动各项工作再上新台阶，确保群众满意。"
BODY3 = "一年来，全镇上下团结一心、攻坚克难，经济社会发展取得了新的成绩，群众获得感明显增强。"


def essays(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of each essay the lines of a text file hold, cleaned."""
    return [(d.title, [p.text for p in d.paragraphs]) for d in clean_docs(split_essays(lines, "t.txt"))]


def heads(texts: list[str], title: str, source: str = "t.txt",
          styled: frozenset[int] = frozenset()) -> list[tuple[int, str, str]]:
    """(level, marker, text) of the headings of cleaned paragraphs (`styled`: their lines set
    as headings, which line i + 1 is)."""
    paras = tuple(CleanParagraph(t, i + 1) for i, t in enumerate(texts))
    doc = CleanDoc(title=title, source=source, start_line=1, end_line=len(texts), paragraphs=paras)
    return [(h.level, h.marker, h.text) for h in outline(doc, styled)]
