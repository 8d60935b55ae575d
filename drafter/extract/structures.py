"""Section structures: per-genre skeletons mined from outlines, and templates scaffolded from them.

Each document contributes its genre (from its title), the role of each top-level section (from
cue words of its heading), the marker style of each heading level and example headings; counts
merge like the phrase counts.  A skeleton is, per genre, the most common sequence of roles with
the prevailing heading style and examples.  `scaffold` writes a template (docs/templates.md)
that asks one list of items per section and opens and closes with library phrases.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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
_ROLE_RES = [(role, re.compile(cues)) for role, cues in ROLES]
_CLOSING = re.compile(r"^(总之|总而言之|综上所述|总的来说|今后|在新的一年里|新的一年|下一步)")
EXAMPLE_CAP = 5


def genre_of(title: str) -> str:
    """Genre named by a title (乡镇干部工作鉴定 → 工作鉴定); "" when it names none."""
    for cue, genre in GENRES:
        if cue in title:
            return genre
    return ""


def role_of(heading: str) -> str:
    for role, cue in _ROLE_RES:
        if cue.search(heading):
            return role
    return "其他"


def observe(
    doc: CleanDoc, headings: Sequence[OutlineHeading]
) -> tuple[Counter[str], dict[str, tuple[str, ...]]]:
    """Section counts of one document (keys are tab-separated: kind, genre, …)."""
    counts: Counter[str] = Counter()
    examples: dict[str, tuple[str, ...]] = {}
    genre = genre_of(doc.title)
    if not genre:
        return counts, examples
    tops = [h for h in headings if h.level == 1 and h.marker]
    if not tops:
        return counts, examples
    roles: list[str] = []
    if any(not p.spun and p.text.strip() for p in doc.paragraphs[: tops[0].paragraph]):
        roles.append("开头")
    for h in tops:
        role = role_of(h.text)
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
        if h.marker:
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


# ---------------------------------------------------------------- scaffold

_ROLE_KEYS = {"问题不足": "problems", "原因分析": "causes", "下步打算": "plans",
              "体会启示": "insights", "学习提升": "study", "作风纪律": "conduct",
              "团结协作": "teamwork", "服务群众": "service", "主要工作": "work", "其他": "other"}


def scaffold(skeleton: Skeleton, template_id: str) -> str:
    """A template (YAML text) with a form and a document body following the skeleton."""
    form: list[dict[str, Any]] = [
        {"key": "unit", "label": "单位", "type": "str", "required": True,
         "example": "某某镇人民政府"},
        {"key": "author", "label": "姓名", "type": "str", "required": True, "example": "张三"},
        {"key": "report_date", "label": "成文日期", "type": "date", "required": True,
         "example": "2026-11-21"},
    ]
    body: list[dict[str, Any]] = []
    used: Counter[str] = Counter()
    for section in skeleton.sections:
        if section.role == "开头":
            body.append({"paragraph": f"{{{{ phrase('开头', tags=['{skeleton.genre}']) }}}}"})
            continue
        if section.role == "结尾":
            body.append({"paragraph": f"{{{{ phrase('结尾', tags=['{skeleton.genre}']) }}}}"})
            continue
        base = _ROLE_KEYS.get(section.role, "part")
        used[base] += 1
        key = base if used[base] == 1 else f"{base}{used[base]}"
        example = section.examples[0] if section.examples else section.role
        form.append({
            "key": key, "label": section.role, "type": "list", "min": 1,
            "help": "每项一个小标题及其具体内容" + (f"；参考：{'；'.join(section.examples[:3])}"
                                                  if section.examples else ""),
            "item": [
                {"key": "title", "label": "小标题", "type": "str", "required": True,
                 "example": example},
                {"key": "facts", "label": "具体内容", "type": "list", "item": "text", "min": 1,
                 "example": ["（请填写具体做法和成效）"]},
            ],
        })
        body.append({
            "heading": "{{ item.title }}", "for": f"item in {key}",
            "body": [{"paragraph": "{{ item.facts | enumerate_cn }}"}],
        })
    doc = {
        "id": template_id,
        "name": skeleton.genre,
        "genre": skeleton.genre,
        "description": (
            f"由语料归纳的{skeleton.genre}骨架生成（{skeleton.documents} 篇），请按需修改"
        ),
        "form": form,
        "document": {
            "title": f"{{{{ unit }}}}{skeleton.genre}",
            "body": body,
            "signature": ["{{ unit }}", "{{ author }}"],
            "date": "report_date",
        },
    }
    return yamlio.dump(doc)
