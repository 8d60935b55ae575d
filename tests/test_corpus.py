"""Reading and splitting: encodings, formats, essays per file, teasers, bad input."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

from drafter.corpus import read_sources, split_essays

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TEXT = "一、加强学习，提高素质。该同志坚持把学习作为提高自身素质和工作能力的主要途径，成效明显。\n"


def test_seeds_hold_thirteen_essays_with_their_titles() -> None:
    docs, problems = read_sources([SEEDS])
    assert problems == []
    gold = json.loads((ROOT / "tests/data/gold_outline.json").read_text(encoding="utf-8"))["essays"]
    assert [d.title for d in docs] == [g["title"] for g in gold]
    assert [Path(d.source).name for d in docs] == [g["source"] for g in gold]


def test_essay_ranges_exclude_page_header_and_teasers() -> None:
    docs, _ = read_sources([SEEDS / "004_1d1a16fd9092f83b.txt"])
    assert next((d.start_line, d.end_line) for d in docs) == (6, 48)
    assert docs[-1].end_line < 204  # 下载… lines and 相关范文推荐 are not part of the last essay
    assert not any("相关范文推荐" in line for d in docs for line in d.lines)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    body = "乡镇工作总结\n" + TEXT * 3
    if encoding == "big5":
        body = (
            "鄉鎮工作總結\n一、加強學習，提高素質。該同志堅持把學習作為提高自身素質和工作能力的主要途徑，成效明顯。\n"
            * 3
        )
    path = tmp_path / "a.txt"
    path.write_bytes(body.replace("\n", "\r\n").encode(encoding))
    docs, problems = read_sources([path])
    assert problems == []
    assert docs[0].lines[0].strip() in ("乡镇工作总结", "鄉鎮工作總結")
    assert "学习" in docs[0].lines[1] or "學習" in docs[0].lines[1]


def test_docx_paragraphs_and_heading_styles(tmp_path: Path) -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = (
        f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>抓党建促发展</w:t></w:r></w:p>'
        f"<w:p><w:r><w:t>{TEXT.strip()}</w:t></w:r></w:p>"
    )
    xml = f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{paras}</w:body></w:document>'
    path = tmp_path / "报告.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", xml)
    docs, problems = read_sources([path])
    assert problems == []
    assert docs[0].lines[0] == "抓党建促发展"
    assert 0 in docs[0].heading_hints


def test_markdown_heading_marks(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# 年度工作总结\n\n## 主要做法\n\n" + TEXT, encoding="utf-8")
    docs, _ = read_sources([path])
    assert docs[0].title == "年度工作总结"
    assert any(line == "主要做法" for line in docs[0].lines)


def test_several_essays_split_by_pian_and_fanwen_markers() -> None:
    lines = ["范文1：乡镇工作总结", TEXT, TEXT, "范文2：村级工作总结", TEXT, "篇3", "第三季度工作总结", TEXT]
    docs = split_essays(lines, "x.txt")
    assert [d.title for d in docs] == ["乡镇工作总结", "村级工作总结", "第三季度工作总结"]
    assert [(d.start_line, d.end_line) for d in docs] == [(1, 3), (4, 5), (6, 8)]


def test_teasers_and_lists_of_other_articles_are_dropped() -> None:
    lines = [
        "我的工作总结",
        TEXT,
        "相关范文推荐",
        "    增强学习意识 提高素质能力",
        "    增强学习意识提高素质能力 ①学习影响着一个国家的发展走向，决定着一个政党的荣辱兴衰......",
    ]
    docs = split_essays(lines, "x.txt")
    assert len(docs) == 1
    assert docs[0].end_line == 2


def test_title_taken_from_own_teaser_when_the_page_has_none() -> None:
    docs, _ = read_sources([SEEDS / "001_1d7535a8f01d4eea.txt"])
    assert docs[0].title == "基层干部的心得体会"
    assert docs[0].end_line == 19


def test_bad_files_get_a_chinese_message_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    (tmp_path / "bad.txt").write_bytes(bytes(range(0x80, 0x100)) * 200)
    (tmp_path / "good.txt").write_text("好的总结\n" + TEXT, encoding="utf-8")
    docs, problems = read_sources([tmp_path, tmp_path / "missing.txt"])
    assert [Path(d.source).name for d in docs] == ["good.txt"]
    by_file = {Path(p.file or "").name: p.message for p in problems}
    assert "空的" in by_file["empty.txt"]
    assert "二进制" in by_file["image.txt"]
    assert ".docx" in by_file["broken.docx"]
    assert "编码" in by_file["bad.txt"]
    assert "找不到" in by_file["missing.txt"]


def test_control_bytes_without_a_nul_make_a_binary_file_but_tabs_and_form_feeds_do_not(tmp_path: Path) -> None:
    # (more than one byte in a hundred a control no text holds: \x01-\x08, \x0e-\x1f)
    (tmp_path / "packed.txt").write_bytes(("第一段正文。" * 10).encode("utf-8") + bytes(range(1, 9)) * 3)
    laid = "标题\n\t" + "\t".join(["第一段正文，有表格。"] * 30) + "\f\n第二段。\x1a"  # (\x1a: DOS end of file)
    (tmp_path / "laid.txt").write_bytes(laid.encode("utf-8"))
    docs, problems = read_sources([tmp_path])
    assert [Path(d.source).name for d in docs] == ["laid.txt"]
    assert len(problems) == 1 and problems[0].file and problems[0].file.endswith("packed.txt")
    assert "二进制" in problems[0].message


def test_five_megabyte_single_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("标题\n" + "加强学习，提高素质，" * 260_000 + "。", encoding="utf-8")
    docs, problems = read_sources([path])
    assert problems == [] and len(docs) == 1


def test_folder_of_thousands_of_files(tmp_path: Path) -> None:
    for i in range(2000):
        (tmp_path / f"{i:04}.txt").write_text(f"第{i}号总结\n" + TEXT, encoding="utf-8")
    (tmp_path / "0500.txt").write_bytes(b"\x00\x01\x02" * 10)
    docs, problems = read_sources([tmp_path])
    assert len(docs) == 1999 and len(problems) == 1


def test_clean_out_writes_one_file_per_essay_and_keeps_existing_files(cli: Callable[..., Run], tmp_path: Path) -> None:
    out = tmp_path / "cleaned"
    run = cli("clean", "seeds/003_ea4d32f341b2b80d.txt", "--out", str(out))
    assert run.code == 0, run.err
    files = sorted(out.glob("*.txt"))
    assert len(files) == 1 and files[0].read_text("utf-8").startswith("乡镇干部队伍素质建设思考\n")
    files[0].write_text("我改过的稿子", "utf-8")
    run = cli("clean", "seeds/003_ea4d32f341b2b80d.txt", "--out", str(out))
    assert run.code != 0 and "文件已存在" in run.err
    assert files[0].read_text("utf-8") == "我改过的稿子"
    assert cli("clean", "seeds/003_ea4d32f341b2b80d.txt", "--out", str(out), "--force").code == 0
    assert files[0].read_text("utf-8").startswith("乡镇干部队伍素质建设思考")


def test_clean_summary_reports_what_was_removed_and_what_was_repaired(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # a wide terminal: the table does not wrap its cells
    run = cli("clean", "seeds/000_42fb3468613297b2.txt")
    assert run.code == 0, run.err
    text = "".join(run.out.split())
    assert "共5篇" in text
    # the essay's UTF-8-read-as-GBK span is repaired, not only dropped, and both are reported
    assert "乱码修复" in text and "拼音注音" in text and "繁转简" in text
