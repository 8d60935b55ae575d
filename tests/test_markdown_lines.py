"""Line numbers of what is read are the file's: a <br> or an <h2> of pasted HTML that opens a
line in a Markdown note, a table's cells on lines of their own, a code fence that goes, an HTML
comment, front matter, and in a .txt a form feed or a tag across a line break (linemap.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from conftest import Run

from drafter import api
from drafter.docformats import read_markdown, read_markdown_rows
from drafter.linemap import split_lines, sub_rows
from drafter.model import CleanDoc
from drafter.outline import outline

TITLE = "某镇人居环境整治工作总结"
BODY = "今年以来，我镇坚持以改善农村人居环境为目标，统筹推进垃圾、污水、厕所“三大革命”，取得了阶段性成效。"
LAST = "下一步，我们将持续用力，推动全镇人居环境整治再上新台阶。"


def _clean(tmp_path: Path, name: str, text: str) -> CleanDoc:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    docs, problems = api.clean_paths([path])
    assert problems == [] and len(docs) == 1
    return docs[0]


def _lines(doc: CleanDoc) -> list[tuple[int, str]]:
    """Each paragraph's line and its first six characters."""
    return [(p.line, p.text[:6]) for p in doc.paragraphs]


def _heads(doc: CleanDoc) -> list[tuple[int, str, str]]:
    return [(h.line, h.marker, h.text) for h in outline(doc, frozenset(doc.heading_lines))]


def test_breaks_after_bold_headings_keep_the_file_lines(tmp_path: Path) -> None:
    doc = _clean(tmp_path, "br.md", "\n".join([
        f"# {TITLE}",  # 1
        "",
        BODY,  # 3
        "",
        "**（二）绿化美化**<br>因地制宜种植花草果木，做到四季有绿、季季有花",  # 5
        "",
        "**（三）家风和谐**<br><br>家庭成员遵纪守法、孝老爱亲，邻里和睦。",  # 7
        "",
        LAST,  # 9
    ]) + "\n")
    assert (doc.start_line, doc.end_line) == (1, 9)
    assert _lines(doc) == [(3, "今年以来，我"), (5, "（二）绿化美"), (5, "因地制宜种植"), (7, "（三）家风和"),
                           (7, "家庭成员遵纪"), (9, "下一步，我们")]
    assert doc.heading_lines == (1, 5, 7)
    # (the text after the <br> starts on the heading's line, and is still no heading)
    assert _heads(doc) == [(5, "（二）", "绿化美化"), (7, "（三）", "家风和谐")]


def test_h2_inside_a_line_and_on_its_own(tmp_path: Path) -> None:
    doc = _clean(tmp_path, "h2.md", "\n".join([
        f"# {TITLE}",  # 1
        "",
        f"{BODY}<h2>一、主要做法</h2>一是强化组织领导，成立领导小组，每月召开一次推进会。",  # 3
        "",
        '<h2 style="color:red">二、下一步打算</h2>',  # 5
        "",
        LAST,  # 7
    ]) + "\n")
    assert (doc.start_line, doc.end_line) == (1, 7)
    assert _lines(doc) == [(3, "今年以来，我"), (3, "一、主要做法"), (3, "一是强化组织"), (5, "二、下一步打"),
                           (7, "下一步，我们")]
    assert _heads(doc) == [(3, "一、", "主要做法"), (3, "一是", "强化组织领导，成立领导小组，每月召开一次推进会"),
                           (5, "二、", "下一步打算")]


def test_a_table_with_a_cell_a_line(tmp_path: Path) -> None:
    # (the cells of a row go on one line: the lines after it keep their numbers all the same)
    cells = ["<table>", "<tr>", "<td>村名</td>", "<td>户数</td>", "</tr>", "<tr>", "<td>东村</td>", "<td>120</td>",
             "</tr>", "</table>"]  # 5–14
    doc = _clean(tmp_path, "table.md", "\n".join([f"# {TITLE}", "", BODY, "", *cells, "", LAST]) + "\n")
    assert (doc.start_line, doc.end_line) == (1, 16)
    assert _lines(doc) == [(3, "今年以来，我"), (7, "村名户数"), (11, "东村120"), (16, "下一步，我们")]


def test_a_code_fence_and_a_comment_go_and_the_lines_stay(tmp_path: Path) -> None:
    doc = _clean(tmp_path, "fence.md", "\n".join([
        f"# {TITLE}",  # 1
        "",
        "<!-- 待修改：",  # 3
        "补充数据 -->",
        BODY,  # 5
        "",
        "```",  # 7
        "各村完成情况见附表。",  # 8
        "```",
        "",
        "## 一、主要做法<!-- 注 -->",  # 11
        "",
        LAST,  # 13
    ]) + "\n")
    assert (doc.start_line, doc.end_line) == (1, 13)
    assert _lines(doc) == [(5, "今年以来，我"), (8, "各村完成情况"), (11, "一、主要做法"), (13, "下一步，我们")]
    assert doc.heading_lines == (1, 11)


def test_front_matter_and_plain_markdown(tmp_path: Path) -> None:
    plain = "\n".join([f"# {TITLE}", "", BODY, "", "## 一、主要做法", "", LAST]) + "\n"
    doc = _clean(tmp_path, "plain.md", plain)
    assert (doc.start_line, doc.end_line) == (1, 7)
    assert _lines(doc) == [(3, "今年以来，我"), (5, "一、主要做法"), (7, "下一步，我们")]
    (source,), _ = api.read_sources([tmp_path / "plain.md"])
    assert source.rows == ()  # (nothing cut, joined or dropped: no table of lines kept)
    front = _clean(tmp_path, "front.md", f"---\ntitle: {TITLE}\ndate: 2026-03-01\n---\n\n{plain}")
    assert (front.start_line, front.end_line) == (6, 12)
    assert _lines(front) == [(8, "今年以来，我"), (10, "一、主要做法"), (12, "下一步，我们")]


def test_each_line_read_stands_on_its_file_line() -> None:
    text = f"# {TITLE}\r\n```\r\n{BODY}<br><br>第二段。\r\n```\r\n**一、做法**<br>正文。\r<h3>二、打算</h3>\n尾。"
    lines, hints, starts, rows = read_markdown_rows(text)
    assert (lines, hints, starts) == read_markdown(text)
    file_lines = re.split(r"\r\n|\r|\n", text)
    assert len(rows) == len(lines) and rows == sorted(rows)
    for line, row in zip(lines, rows, strict=True):
        assert line.strip()[:2] in file_lines[row - 1]
    assert rows == [1, 3, 3, 5, 5, 6, 7]


def test_a_form_feed_and_a_tag_across_lines_in_text(tmp_path: Path) -> None:
    paged = _clean(tmp_path, "paged.txt", "\n".join([
        TITLE, "", BODY, "\x0c二、存在问题", "长效管护机制还不健全，群众参与的积极性还不够高。", "\x0c三、下一步打算", LAST,
    ]) + "\n")
    assert (paged.start_line, paged.end_line) == (1, 7)
    assert _lines(paged) == [(3, "今年以来，我"), (4, "二、存在问题"), (5, "长效管护机制"), (6, "三、下一步打"),
                             (7, "下一步，我们")]
    tagged = _clean(tmp_path, "tagged.txt", "\n".join([
        TITLE, "", f"{BODY}<span", 'style="color:red">部分村庄长效管护机制不健全。</span>', "", "二、下一步打算", "",
        "（一）持续用力。&#10;（二）久久为功。&#13;&#12;&nbsp;（三）常抓不懈。", "", LAST,
    ]) + "\n")
    assert _lines(tagged) == [(3, "今年以来，我"), (6, "二、下一步打"), (8, "（一）持续用"), (8, "（二）久久为"),
                              (8, "（三）常抓不"), (10, "下一步，我们")]
    assert tagged.paragraphs[0].text.endswith("部分村庄长效管护机制不健全。")


def test_split_lines_and_sub_rows() -> None:
    assert split_lines("a\r\nb\rc\x0cd\n\u2028e") == (["a", "b", "c", "d", "", "e"], [1, 2, 3, 3, 4, 4])
    assert split_lines("a\nb\n") == (["a", "b"], [1, 2])
    text, rows = sub_rows(re.compile(r"<br>|<x\n>"), lambda m: "\n" if m.group() == "<br>" else "", "a<br>b\nc<x\n>d\ne",
                          [1, 2, 4, 5])
    assert (text.split("\n"), rows) == (["a", "b", "cd", "e"], [1, 1, 2, 5])


def test_the_cli_reports_the_file_lines(tmp_path: Path, cli: Callable[..., Run]) -> None:
    path = tmp_path / "cli.md"
    path.write_text("\n".join([
        f"# {TITLE}", "", BODY, "", "**一、主要做法**<br>一是强化组织领导。", "", "```", "```", "", LAST,
    ]) + "\n", encoding="utf-8")
    run = cli("clean", str(path), "--json")
    assert run.code == 0
    assert [d["lines"] for d in json.loads(run.out)] == [[1, 10]]
    run = cli("outline", str(path))
    assert run.code == 0 and f"{path}:1-10" in run.out
