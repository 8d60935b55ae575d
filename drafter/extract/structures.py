"""Section structures: per-genre skeletons mined from outlines, and templates scaffolded from them.

Each document contributes its genre (from its title), the role of each top-level section (from
cue words of its heading), the marker style of each heading level and example headings; counts
merge like the phrase counts.  A skeleton is, per genre, the most common sequence of roles with
the prevailing heading style and examples (scaffold.py turns one into a template).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .. import yamlio
from ..errors import InputError
from ..model import CleanDoc, OutlineHeading

GENRES: tuple[tuple[str, str], ...] = (
    ("述职报告", "述职报告"), ("述职", "述职报告"), ("工作总结", "工作总结"), ("总结", "工作总结"),
    ("工作计划", "工作计划"), ("经验交流", "经验交流"), ("心得体会", "心得体会"),
    ("体会", "心得体会"), ("感悟", "心得体会"), ("鉴定", "工作鉴定"), ("职责", "工作职责"),
    ("调研报告", "调研报告"), ("思考", "调研报告"), ("调研", "调研报告"), ("讲话", "讲话稿"),
    ("发言", "讲话稿"), ("事迹", "事迹材料"), ("实施方案", "实施方案"), ("汇报", "工作汇报"),
)
ROLES: tuple[tuple[str, str], ...] = (
    ("问题不足", "问题|不足|差距|短板|缺点|心态"),
    ("原因分析", "原因|根源"),
    ("下步打算", "打算|今后|下一步|方向|建议|对策|措施|思路|举措|破解"),
    ("体会启示", "体会|启示|感悟|收获|认识"),
    ("学习提升", "学习|进修|理论|素质|能力|修养"),
    ("作风纪律", "作风|廉洁|律己|纪律|形象|自律"),
    ("团结协作", "团结|协作|配合|氛围"),
    ("服务群众", "群众|百姓|民生|服务|为民"),
    ("主要工作", "工作|成效|成绩|抓|推进|开展|落实|完成|实干"),
)
GENRE_ROLE = {"心得体会": "体会启示"}  # the role of any section a cue word does not place
_ROLE_RES = [(role, re.compile(cues)) for role, cues in ROLES]
_CLOSING = re.compile(r"^(总之|总而言之|综上所述|总的来说|今后|在新的一年里|新的一年|下一步)")
EXAMPLE_CAP = 5


def genre_of(title: str) -> str:
    """Genre named by a title (乡镇干部工作鉴定 → 工作鉴定); "" when it names none."""
    for cue, genre in GENRES:
        if cue in title:
            return genre
    return ""


def role_of(heading: str, genre: str = "") -> str:
    """Role of a section from its heading's cue words.

    Only the generic cues (工作, 抓, 落实…) say nothing about a section of a genre whose sections
    are all of one kind by convention: in a 心得体会 each section is an insight."""
    for role, cue in _ROLE_RES:
        if cue.search(heading):
            return GENRE_ROLE.get(genre, role) if role == "主要工作" else role
    return GENRE_ROLE.get(genre, "其他")


def observe(
    doc: CleanDoc, headings: Sequence[OutlineHeading]
) -> tuple[Counter[str], dict[str, tuple[str, ...]]]:
    """Section counts of one document (keys are tab-separated: kind, genre, …)."""
    counts: Counter[str] = Counter()
    examples: dict[str, tuple[str, ...]] = {}
    genre = genre_of(doc.title)
    if not genre:
        return counts, examples
    # unmarked parallel lead sentences are sections too: essays such as 心得体会 often use no markers
    tops = [h for h in headings if h.level == 1 and (h.marker or h.family == "lead")]
    if not tops:
        return counts, examples
    roles: list[str] = []
    if any(not p.spun and p.text.strip() for p in doc.paragraphs[: tops[0].paragraph]):
        roles.append("开头")
    own = [role_of(h.text, genre) for h in tops]
    if all(h.family == "lead" for h in tops):
        # parallel lead sentences share one frame, so they are sections of one kind: a cue word
        # inside one of them (“问题意识”) does not make it a different section
        own = [Counter(own).most_common(1)[0][0]] * len(own)
    for h, role in zip(tops, own, strict=True):
        if not roles or roles[-1] != role:
            roles.append(role)
        key = f"ex\t{genre}\t{role}"
        if not any(p.spun or p.placeholder for p in doc.paragraphs[h.paragraph: h.paragraph + 1]):
            examples[key] = tuple(sorted({*examples.get(key, ()), h.text}))[:EXAMPLE_CAP]
    last = doc.paragraphs[-1].text if doc.paragraphs else ""
    if _CLOSING.match(last):
        roles.append("结尾")
    counts[f"seq\t{genre}\t{'|'.join(roles)}"] += 1
    counts[f"docs\t{genre}"] += 1
    for h in headings:
        if h.marker or h.family == "lead":
            counts[f"style\t{genre}\t{h.level}\t{h.family or h.marker}"] += 1
    return counts, examples


@dataclass(frozen=True)
class Section:
    role: str
    level: int = 0  # 0: a paragraph (opening, closing), 1: a top-level heading
    style: str = ""
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skeleton:
    id: str
    genre: str
    documents: int
    sections: tuple[Section, ...]


def skeleton_id(genre: str) -> str:
    return "skel-" + hashlib.sha1(genre.encode()).hexdigest()[:8]


def skeletons(sections: Counter[str], examples: dict[str, tuple[str, ...]]) -> list[Skeleton]:
    """Per genre: the most common role sequence (ties: the longer, then the first in order)."""
    out: list[Skeleton] = []
    genres = sorted({k.split("\t")[1] for k in sections if k.startswith("docs\t")})
    for genre in genres:
        seqs = [(n, k.split("\t")[2]) for k, n in sections.items()
                if k.startswith(f"seq\t{genre}\t")]
        _, best = sorted(seqs, key=lambda x: (-x[0], -x[1].count("|"), x[1]))[0]
        styles = Counter({k.split("\t")[3]: n for k, n in sections.items()
                          if k.startswith(f"style\t{genre}\t1\t")})
        style = sorted(styles.items(), key=lambda x: (-x[1], x[0]))[0][0] if styles else ""
        parts = []
        for role in best.split("|"):
            if role in ("开头", "结尾"):
                parts.append(Section(role))
            else:
                parts.append(Section(role, 1, style, examples.get(f"ex\t{genre}\t{role}", ())))
        out.append(Skeleton(skeleton_id(genre), genre, sections[f"docs\t{genre}"], tuple(parts)))
    return out


def dump_skeletons(items: Sequence[Skeleton]) -> str:
    data = {"skeletons": [
        {"id": s.id, "genre": s.genre, "documents": s.documents, "sections": [
            {"role": x.role, **({"level": x.level, "style": x.style,
                                 "examples": list(x.examples)} if x.level else {})}
            for x in s.sections]}
        for s in items]}
    return yamlio.dump(data)


def load_skeletons(text: str, file: str) -> list[Skeleton]:
    located = yamlio.loads(text, file, what="骨架")
    data = located.data
    items = data.get("skeletons") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError("骨架文件应有 skeletons 列表（由 drafter extract 生成）", file=file)
    out = []
    for i, item in enumerate(items):
        try:
            sections = tuple(
                Section(str(x["role"]), int(x.get("level", 0)), str(x.get("style", "")),
                        tuple(str(e) for e in x.get("examples", ())))
                for x in item["sections"]
            )
            out.append(Skeleton(str(item["id"]), str(item["genre"]), int(item["documents"]),
                                sections))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise InputError("骨架条目缺少 id、genre、documents 或 sections", file=file,
                             line=located.line(("skeletons", i)),
                             field=f"skeletons[{i + 1}]") from None
    return out
