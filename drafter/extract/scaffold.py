"""Scaffolding: a template (YAML text) written from a mined skeleton and wired to the phrase library.

Each section of the skeleton becomes a list the form asks for (a heading and its facts); the
opening and closing become `phrase()` calls whose tags and slots are chosen from the phrases the
library actually holds for the genre, so the scaffolded template builds a complete draft.  The
form asks for exactly the slots those phrases need, with the label, help and example of a bundled
template's field of the same name when there is one.  When the library has nothing for a genre,
the form asks the user to write that paragraph instead of leaving it empty.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from .. import yamlio
from ..fields import Field
from ..model import Phrase
from .structures import Skeleton

_ROLE_KEYS = {"问题不足": "problems", "原因分析": "causes", "下步打算": "plans",
              "体会启示": "insights", "学习提升": "study", "作风纪律": "conduct",
              "团结协作": "teamwork", "服务群众": "service", "主要工作": "work", "其他": "other"}
_OWN_PARAGRAPH = {"开头": ("opening", "开头段落", "概括背景和总体情况，一两句话"),
                  "结尾": ("closing", "结尾段落", "表态或展望，一两句话")}


def library_genre(genre: str, phrases: Sequence[Phrase]) -> str:
    """The library's name for a mined genre (经验交流 → 经验交流材料), else the genre itself.

    Titles name a genre by its cue word; the library and the bundled templates use the full name
    of the document kind, and the phrase picker filters by that name.
    """
    names = {g for p in phrases for g in p.genres if g.startswith(genre) or genre.startswith(g)}
    return sorted(names, key=lambda g: (len(g), g))[0] if names else genre


def phrase_plan(category: str, genre: str, phrases: Sequence[Phrase]) -> tuple[tuple[str, ...], dict[str, str]] | None:
    """Tags and slots (name → meaning) of the best-stocked group of phrases for a category.

    Phrases written for the genre come before generic ones; among those, the group (same tags,
    same slots) with the most phrases wins, since a draft's seed should have a real choice.
    """
    pool = [p for p in phrases
            if p.category == category and p.status == "accepted" and (not p.genres or genre in p.genres)]
    if not pool:
        return None
    groups: Counter[tuple[bool, tuple[str, ...], tuple[str, ...]]] = Counter(
        (bool(p.genres), p.tags, tuple(sorted(p.slots))) for p in pool
    )
    (_, tags, slot_names), _ = sorted(
        groups.items(), key=lambda kv: (not kv[0][0], -kv[1], len(kv[0][2]), kv[0][1:])
    )[0]
    meanings = {name: p.slots[name] for p in pool for name in p.slots if name in slot_names}
    return tags, {name: meanings[name] for name in slot_names}


def _slot_field(name: str, meaning: str, known: Mapping[str, Field]) -> dict[str, Any]:
    field = known.get(name)
    if field is not None and field.type in ("str", "text"):
        out: dict[str, Any] = {"key": name, "label": field.label, "type": field.type, "required": True}
        if field.help:
            out["help"] = field.help
        out["example"] = field.example if field.example is not None else f"（{meaning}）"
        return out
    return {"key": name, "label": meaning, "type": "str", "required": True,
            "help": f"开头或结尾的套语要用到：{meaning}", "example": f"（{meaning}）"}


def _call(category: str, tags: tuple[str, ...], slots: Sequence[str]) -> str:
    args = [f"'{category}'", f"tags={list(tags)!r}"] + [f"{name}={name}" for name in slots]
    return "{{ phrase(" + ", ".join(args) + ") }}"


def scaffold(
    skeleton: Skeleton,
    template_id: str,
    *,
    phrases: Sequence[Phrase] = (),
    known_fields: Mapping[str, Field] | None = None,
) -> str:
    """A template (YAML text) with a form and a document body following the skeleton."""
    known = known_fields or {}
    genre = library_genre(skeleton.genre, phrases)
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
        if section.role in _OWN_PARAGRAPH:
            plan = phrase_plan(section.role, genre, phrases)
            if plan is None:
                key, label, help_text = _OWN_PARAGRAPH[section.role]
                form.append({"key": key, "label": label, "type": "text", "required": True,
                             "help": f"措辞库里没有这一文种的{section.role}套语，请自己写：{help_text}",
                             "example": f"（请填写{label}）"})
                body.append({"paragraph": f"{{{{ {key} }}}}"})
                continue
            tags, slots = plan
            for name, meaning in slots.items():
                if all(f["key"] != name for f in form):
                    form.append(_slot_field(name, meaning, known))
            body.append({"paragraph": _call(section.role, tags, list(slots))})
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
        "genre": genre,
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
