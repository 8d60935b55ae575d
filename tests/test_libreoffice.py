"""Open produced .docx files in a real office suite (LibreOffice, headless) and read the PDF back.

Checks what XML assertions cannot: the file opens, the page count is sane, and every fact of
the draft is on the page.  Skipped only when soffice is not installed.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from test_export_docx import SAMPLES

from drafter.export.docx import to_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) 未安装，跳过版式实测")
ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def convert(docs: list[Path], tmp: Path) -> dict[str, Path]:
    """All files in one soffice run (start-up dominates), with a private user profile."""
    assert SOFFICE is not None
    out = tmp / "pdf"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, docs)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdfs = {d.stem: out / f"{d.stem}.pdf" for d in docs}
    for name, pdf in pdfs.items():
        assert pdf.is_file() and pdf.stat().st_size > 1000, f"{name}: {result.stdout}{result.stderr}"
    return pdfs


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    assert found is not None
    return int(found.group(1))


def page_text(pdf: Path) -> str:
    """pdftotext output, whitespace and page numbers (— 3 —) removed, for substring checks."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    return re.sub(r"—\d+—", "", flat)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("lo")
    docs = []
    for name, draft in SAMPLES.items():
        path = tmp / f"{name}.docx"
        path.write_bytes(to_docx(draft))
        docs.append(path)
    return convert(docs, tmp)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_renders_with_every_fact(rendered: dict[str, Path], name: str) -> None:
    draft = SAMPLES[name]
    pdf = rendered[name]
    lines = draft.text_lines()
    expected_pages = sum(len(x) for x in lines) / (22 * 28)
    assert 1 <= pages(pdf) <= expected_pages + 3
    text = page_text(pdf)
    for line in lines:  # attachment names are numbered on the page (附件：1. …)
        assert flat(line.removeprefix("附件：")) in text, line


def test_report_spans_pages_with_numbers(rendered: dict[str, Path]) -> None:
    raw = subprocess.run(["pdftotext", str(rendered["report"]), "-"], capture_output=True, text=True, check=True).stdout
    assert "— 1 —" in raw.replace("\u00a0", " ") or "—1—" in flat(raw)


@pytest.mark.parametrize("form", EXAMPLES or [None], ids=[p.name for p in EXAMPLES] or ["none"])
def test_example_forms_build_and_render(form: Path | None, tmp_path: Path) -> None:
    if form is None:
        pytest.skip("examples/ 里还没有 *.yaml 表单")
    from drafter import api

    build = getattr(api, "build", None)
    if build is None:
        pytest.skip("drafter.api 还没有 build 函数")
    output = tmp_path / "x.docx"
    build(form, output=output, fmt="docx", seed=0, force=False)
    assert output.is_file()
    document = ET.fromstring(zipfile.ZipFile(io.BytesIO(output.read_bytes())).read("word/document.xml"))
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in document.iter(f"{W}p")]
    paragraphs = [p for p in paragraphs if p.strip()]
    assert paragraphs, "生成的文档没有正文"
    pdf = convert([output], tmp_path)["x"]
    assert pages(pdf) >= 1
    text = page_text(pdf)
    for paragraph in paragraphs:
        assert flat(paragraph) in text, paragraph
