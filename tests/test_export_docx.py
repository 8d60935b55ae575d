"""Export to .docx: reopen every produced file and check the GB/T 9704-2012 layout rules."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from drafter.errors import DrafterError, InputError
from drafter.export.docx import to_docx
from drafter.export.layout import break_title, display_width, signature_indents
from drafter.export.profile import load_profile
from drafter.model import Draft, Heading, Paragraph

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TNR = "Times New Roman"

REPORT = Draft(
    title="某某县某某镇人民政府关于2026年度乡村振兴工作情况的总结报告",
    blocks=(
        Paragraph("县委、县政府：", style="salutation"),
        Paragraph(
            "2026年，在县委、县政府的坚强领导下，我镇紧紧围绕“强基础、惠民生、促发展”"
            "工作主线，聚焦乡村振兴、基层治理和安全生产三项重点任务，各项工作取得新进展。"
            "现将有关情况报告如下："
        ),
        Heading(1, "一、", "主要工作及成效"),
        Heading(2, "（一）", "抓党建促引领。", "全年召开党委会议24次，开展“三会一课”186场次，新发展党员12名。"),
        Paragraph(
            "镇党委坚持把党的政治建设摆在首位，累计培训党员干部1260人次，建成村级党群服务"
            "中心9个，基层党组织的凝聚力和战斗力明显增强。"
        ),
        Heading(
            2, "（二）", "抓产业促增收。", "全镇实现地区生产总值18.6亿元，同比增长7.2%；农村居民人均可支配收入23580元。"
        ),
        Heading(3, "1.", "发展特色种植。", "新增高标准农田1.2万亩，建成蔬菜基地3个，带动农户860户。"),
        Heading(4, "（1）", "培育经营主体。", "新培育家庭农场15家、农民专业合作社8家。"),
        Heading(1, "二、", "存在的问题"),
        Paragraph(
            "一是产业链条较短，农产品附加值不高；二是基础设施欠账较多，部分村组道路亟待"
            "提档升级；三是干部队伍年龄结构偏大，专业人才相对缺乏。"
        ),
        Heading(1, "三、", "2027年工作打算"),
        Paragraph(
            "2027年，我镇将继续以高质量发展为主题，确保粮食播种面积稳定在5.6万亩以上，"
            "新建农村公路15公里，全年不发生较大以上安全事故。"
        ),
    ),
    signature=("某某县某某镇人民政府",),
    date=dt.date(2026, 11, 21),
    attachments=("某某镇2026年度重点项目推进情况表", "某某镇2026年度民生实事完成情况"),
    author="某某镇党政办公室",
    genre="工作总结",
    template="work-report",
)

SPEECH = Draft(
    title="在全县安全生产工作会议上的讲话",
    subtitle="——2026年3月8日",
    byline="某某县人民政府副县长　李明",
    blocks=(
        Paragraph("同志们：", style="salutation"),
        Paragraph("今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。"),
        Heading(1, "一、", "清醒认识当前安全生产形势"),
        Paragraph("去年全县共排查整治隐患3462处，生产安全事故起数同比下降18%。"),
        Paragraph("谢谢大家！", style="center"),
    ),
    author="某某县人民政府办公室",
)

NOTICE = Draft(
    title="关于做好2026年元旦春节期间安全防范工作的通知",
    blocks=(
        Paragraph("各乡镇人民政府，县直各单位：", style="salutation"),
        Paragraph("元旦、春节将至，为切实做好节日期间安全防范工作，现将有关事项通知如下。"),
    ),
    signature=("某某县安全生产委员会办公室",),
    date=dt.date(2026, 12, 1),
    attachments=("节日期间值班安排表",),
)

SAMPLES = {"report": REPORT, "speech": SPEECH, "notice": NOTICE}


# ---------------------------------------------------------------- helpers


class Docx:
    """A produced .docx, its parts parsed."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.data = data
        self.document = self.xml("word/document.xml")
        self.body = list(self.document.iter(f"{W}p"))

    def xml(self, name: str) -> ET.Element:
        return ET.fromstring(self.zip.read(name))

    @property
    def sect(self) -> ET.Element:
        found = self.document.find(f"{W}body/{W}sectPr")
        assert found is not None
        return found


def text_of(p: ET.Element) -> str:
    out = []
    for el in p.iter():
        if el.tag == f"{W}t":
            out.append(el.text or "")
        elif el.tag == f"{W}br":
            out.append("\n")
    return "".join(out)


def attr(el: ET.Element | None, name: str) -> str | None:
    assert el is not None
    return el.get(f"{W}{name}")


def para(doc: Docx, starts: str, *, whole: bool = False) -> ET.Element:
    for p in doc.body:
        text = text_of(p)
        if text == starts or (not whole and text.startswith(starts)):
            return p
    raise AssertionError(f"no paragraph starts with {starts!r}")


def runs(p: ET.Element) -> list[ET.Element]:
    return [r for r in p.iter(f"{W}r") if r.find(f"{W}t") is not None]


def font(run: ET.Element) -> str | None:
    return attr(run.find(f"{W}rPr/{W}rFonts"), "eastAsia")


def is_bold(run: ET.Element) -> bool:
    b = run.find(f"{W}rPr/{W}b")
    return b is not None and b.get(f"{W}val") not in ("0", "false")


def size(run: ET.Element) -> int:
    return int(attr(run.find(f"{W}rPr/{W}sz"), "val") or 0)


def twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


@pytest.fixture(scope="module")
def report() -> Docx:
    return Docx(to_docx(REPORT))


# ---------------------------------------------------------------- page, grid, styles


def test_page_size_and_margins(report: Docx) -> None:
    size_el, mar = report.sect.find(f"{W}pgSz"), report.sect.find(f"{W}pgMar")
    assert abs(int(attr(size_el, "w") or 0) - twips(210)) <= 1
    assert abs(int(attr(size_el, "h") or 0) - twips(297)) <= 1
    for side, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
        assert abs(int(attr(mar, side) or 0) - twips(mm)) <= 1, side


def test_grid_gives_22_lines_of_28_characters(report: Docx) -> None:
    grid = report.sect.find(f"{W}docGrid")
    assert attr(grid, "type") == "linesAndChars"
    pitch = int(attr(grid, "linePitch") or 0)
    assert 22 * pitch <= twips(225) < 23 * pitch
    width_pt = (twips(210) - twips(28) - twips(26)) / 20
    char_pitch = 16 + int(attr(grid, "charSpace") or 0) / 4096
    assert abs(char_pitch * 28 - width_pt) < 1
    styles = report.xml("word/styles.xml")
    spacing = styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}spacing")
    assert attr(spacing, "lineRule") == "exact" and attr(spacing, "line") == str(pitch)
    assert abs(pitch / 20 - 28.95) < 0.1


def test_body_characters_fit_28_a_line(report: Docx) -> None:
    # condensed so that 28 characters of 16 pt fit the 156 mm type area without the grid
    run = runs(para(report, "2026年"))[0]
    condense = -int(attr(run.find(f"{W}rPr/{W}spacing"), "val") or 0) / 20
    assert 28 * (16 - condense) <= (twips(210) - twips(28) - twips(26)) / 20


def test_language_and_no_theme_fonts(report: Docx) -> None:
    styles_raw = report.zip.read("word/styles.xml").decode()
    lang = report.xml("word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert attr(lang, "eastAsia") == "zh-CN"
    assert "Theme" not in styles_raw and "theme" not in styles_raw
    for name in report.zip.namelist():
        raw = report.zip.read(name).decode("utf-8", "replace")
        assert "明朝" not in raw and "Mincho" not in raw, name
    assert not any("theme" in n or "thumbnail" in n for n in report.zip.namelist())
    normal = report.xml("word/styles.xml").find(f"{W}style[@{W}styleId='Normal']")
    assert normal is not None
    assert attr(normal.find(f"{W}rPr/{W}rFonts"), "eastAsia") == "仿宋_GB2312"


def test_every_run_has_east_asian_and_latin_font(report: Docx) -> None:
    for p in report.body:
        for run in runs(p):
            fonts = run.find(f"{W}rPr/{W}rFonts")
            assert attr(fonts, "eastAsia"), text_of(p)
            assert attr(fonts, "ascii") == TNR and attr(fonts, "hAnsi") == TNR


# ---------------------------------------------------------------- title and blocks


def test_title_centred_balanced_and_followed_by_blank_line(report: Docx) -> None:
    body = report.body
    title = body[0]
    assert attr(title.find(f"{W}pPr/{W}jc"), "val") == "center"
    (run,) = runs(title)
    assert font(run) == "方正小标宋简体" and size(run) == 44
    lines = text_of(title).split("\n")
    assert "".join(lines) == REPORT.title
    assert len(lines) == 2
    widths = [display_width(x) for x in lines]
    assert abs(widths[0] - widths[1]) <= 3 and max(widths) <= 20
    assert text_of(body[1]) == ""  # §7.3.2 one blank line
    assert text_of(body[2]) == "县委、县政府："


def test_break_title_keeps_words_and_short_titles() -> None:
    assert break_title("某某镇2026年工作总结", 20) == ["某某镇2026年工作总结"]
    lines = break_title("某某县人民政府关于进一步加强基层党组织建设工作的实施意见", 20)
    assert len(lines) == 2
    assert lines[0].endswith("加强") and lines[1].startswith("基层")
    for line in break_title("关于开展“学习贯彻党的二十大精神”主题教育活动情况的报告", 20):
        assert line[0] not in "，。、”）" and line[-1] not in "“（"
    digits = break_title("在2026年全县乡村振兴工作推进会议暨第一季度经济运行分析会上的讲话", 20)
    assert all("2026年" in x or "2026" not in x for x in digits)


def test_heading_fonts_per_level(report: Docx) -> None:
    expected = {
        "一、主要": ("黑体", False),
        "（一）抓党建": ("楷体_GB2312", False),
        "1.发展": ("仿宋_GB2312", True),
        "（1）培育": ("仿宋_GB2312", False),
    }
    for start, (name, bold) in expected.items():
        first = runs(para(report, start))[0]
        assert font(first) == name, start
        assert is_bold(first) is bold, start
        assert size(first) == 32


def test_heading_with_lead_is_one_paragraph_split_in_runs(report: Docx) -> None:
    p = para(report, "（一）抓党建促引领。")
    head, lead = runs(p)
    assert text_of(head) == "（一）抓党建促引领。" and font(head) == "楷体_GB2312"
    assert text_of(lead).startswith("全年召开") and font(lead) == "仿宋_GB2312"
    bold_head, bold_lead = runs(para(report, "1.发展特色种植"))
    assert is_bold(bold_head) and not is_bold(bold_lead)


def test_first_line_indent_two_characters(report: Docx) -> None:
    for start in ("2026年", "镇党委", "一、主要", "（一）抓党建"):
        ind = para(report, start).find(f"{W}pPr/{W}ind")
        assert attr(ind, "firstLineChars") == "200", start
        assert int(attr(ind, "firstLine") or 0) > 600


def test_salutation_flush_left_and_center_style() -> None:
    doc = Docx(to_docx(SPEECH))
    salutation = para(doc, "同志们：").find(f"{W}pPr")
    assert attr(salutation.find(f"{W}ind") if salutation is not None else None, "firstLine") == "0"
    assert attr(para(doc, "同志们：").find(f"{W}pPr/{W}jc"), "val") == "left"
    assert attr(para(doc, "谢谢大家").find(f"{W}pPr/{W}jc"), "val") == "center"
    for start, role_font in (("——2026年3月8日", "楷体_GB2312"), ("某某县人民政府副县长", "楷体_GB2312")):
        p = para(doc, start)
        assert attr(p.find(f"{W}pPr/{W}jc"), "val") == "center"
        assert font(runs(p)[0]) == role_font
    assert text_of(doc.body[3]) == ""  # blank line after title, subtitle and byline


def test_text_escaped_and_control_characters_dropped() -> None:
    draft = Draft(title="A&B <测试>", blocks=(Paragraph("甲\x0b乙 & <丙>\n丁\t戊"),))
    doc = Docx(to_docx(draft))
    assert text_of(doc.body[0]) == "A&B <测试>"
    assert text_of(para(doc, "甲")) == "甲乙 & <丙>\n丁戊"
    assert para(doc, "甲").find(f".//{W}tab") is not None


def test_every_line_of_the_draft_is_in_the_document(report: Docx) -> None:
    flat = "".join(text_of(p) for p in report.body).replace("\n", "")
    for line in REPORT.text_lines():
        assert line.replace("附件：", "") in flat


# ---------------------------------------------------------------- attachments, signature


def test_attachment_note_after_blank_line(report: Docx) -> None:
    body = report.body
    first = para(report, "附件：")
    i = body.index(first)
    assert text_of(body[i - 1]) == ""
    assert text_of(first) == "附件：1. 某某镇2026年度重点项目推进情况表"
    assert text_of(body[i + 1]) == "2. 某某镇2026年度民生实事完成情况"
    ind1, ind2 = (body[j].find(f"{W}pPr/{W}ind") for j in (i, i + 1))
    left1 = int(attr(ind1, "leftChars") or 0) - int(attr(ind1, "hangingChars") or 0)
    left2 = int(attr(ind2, "leftChars") or 0) - int(attr(ind2, "hangingChars") or 0)
    assert left1 == 200  # 左空二字
    assert left2 == 200 + 300  # 2. under 1., after 附件：
    single = Docx(to_docx(NOTICE))
    assert text_of(para(single, "附件：")) == "附件：节日期间值班安排表"
    assert not any(text_of(p).startswith("附件") for p in Docx(to_docx(SPEECH)).body)


def _left_chars(p: ET.Element) -> float:
    return int(attr(p.find(f"{W}pPr/{W}ind"), "leftChars") or 0) / 100


def test_signature_and_date_unsealed(report: Docx) -> None:
    body = report.body
    sig, date = para(report, "某某县某某镇人民政府", whole=True), para(report, "2026年11月21日")
    assert body.index(date) == body.index(sig) + 1
    assert text_of(body[body.index(sig) - 1]) == ""  # 下空一行
    # §7.3.5.2: signature 右空二字, date's first character two to the right of the signature's
    assert _left_chars(sig) + display_width("某某县某某镇人民政府") == 28 - 2
    assert _left_chars(date) - _left_chars(sig) == 2


def test_long_date_pushes_signature_left() -> None:
    placed = signature_indents(["某某办"], "2026年11月21日", sealed=False, right=2, shift=2, sealed_date_right=4)
    (sig, sig_right), (date, date_right) = placed
    assert date_right == 2
    assert (28 - sig_right - display_width(sig)) + 2 == 28 - date_right - display_width(date)


def test_sealed_mode_from_profile(tmp_path: Path) -> None:
    path = tmp_path / "sealed.yaml"
    path.write_text("signature:\n  mode: sealed\n", encoding="utf-8")
    doc = Docx(to_docx(REPORT, load_profile(path)))
    sig, date = para(doc, "某某县某某镇人民政府", whole=True), para(doc, "2026年11月21日")
    date_w, sig_w = display_width("2026年11月21日"), display_width("某某县某某镇人民政府")
    assert _left_chars(date) + date_w == 28 - 4  # §7.3.5.1 右空四字
    assert _left_chars(sig) + sig_w / 2 == _left_chars(date) + date_w / 2


# ---------------------------------------------------------------- footers and properties


def test_page_numbers_odd_right_even_left(report: Docx) -> None:
    settings = report.xml("word/settings.xml")
    assert settings.find(f"{W}evenAndOddHeaders") is not None
    refs = {attr(r, "type"): r for r in report.sect.findall(f"{W}footerReference")}
    assert set(refs) == {"default", "even"}
    rels = report.zip.read("word/_rels/document.xml.rels").decode()
    for kind, side in (("default", "right"), ("even", "left")):
        rid = refs[kind].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"', rels)
        assert target is not None
        footer = report.xml("word/" + (target.group(1) or target.group(2)))
        (p,) = footer.iter(f"{W}p")
        assert attr(p.find(f"{W}pPr/{W}jc"), "val") == side
        assert attr(p.find(f"{W}pPr/{W}ind"), side) == "280"  # 空一字 of 14 pt
        instr = "".join(t.text or "" for t in p.iter(f"{W}instrText"))
        assert instr.strip() == "PAGE"
        assert text_of(p) == "— 1 —"
        for run in p.iter(f"{W}r"):
            assert font(run) == "宋体" and size(run) == 28


def test_core_properties(report: Docx) -> None:
    core = report.zip.read("docProps/core.xml").decode()
    assert f"<dc:title>{REPORT.title}</dc:title>" in core
    assert "<dc:creator>某某镇党政办公室</dc:creator>" in core
    assert "2026-11-21T00:00:00Z" in core and "python-docx" not in core
    stamped = Docx(to_docx(REPORT, now=dt.datetime(2027, 1, 2, 3, 4, 5)))
    assert "2027-01-02T03:04:05Z" in stamped.zip.read("docProps/core.xml").decode()
    undated = Docx(to_docx(SPEECH)).zip.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in undated


def test_deterministic_bytes(report: Docx) -> None:
    assert to_docx(REPORT) == report.data
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in report.zip.infolist())
    assert report.zip.namelist()[0] == "[Content_Types].xml"
    assert to_docx(NOTICE) != report.data


def test_font_table_names_fallbacks(report: Docx) -> None:
    fonts = {attr(f, "name"): f for f in report.xml("word/fontTable.xml").iter(f"{W}font")}
    assert attr(fonts["仿宋_GB2312"].find(f"{W}altName"), "val") == "仿宋"
    assert attr(fonts["楷体_GB2312"].find(f"{W}altName"), "val") == "楷体"
    assert attr(fonts["方正小标宋简体"].find(f"{W}altName"), "val") == "宋体"
    assert TNR in fonts


# ---------------------------------------------------------------- profiles


def test_profile_override_margins_and_spacing(tmp_path: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(
        "# 本单位习惯\npage:\n  margin_left_mm: 30\n  margin_right_mm: 30\n"
        "  margin_top_mm: 30\n  margin_bottom_mm: 30\ngrid:\n  line_pitch_pt: 29\n",
        encoding="utf-8",
    )
    doc = Docx(to_docx(REPORT, load_profile(path)))
    mar = doc.sect.find(f"{W}pgMar")
    for side in ("top", "bottom", "left", "right"):
        assert abs(int(attr(mar, side) or 0) - twips(30)) <= 1
    assert attr(doc.sect.find(f"{W}docGrid"), "linePitch") == "580"
    # keys not given keep the bundled values
    assert font(runs(doc.body[0])[0]) == "方正小标宋简体"


def test_profile_common_font_names(tmp_path: Path) -> None:
    path = tmp_path / "common.yaml"
    path.write_text("fonts:\n  names: common\n", encoding="utf-8")
    doc = Docx(to_docx(REPORT, load_profile(path)))
    assert font(runs(doc.body[0])[0]) == "宋体"
    assert font(runs(para(doc, "（一）抓党建"))[0]) == "楷体"
    assert "_GB2312" not in doc.zip.read("word/document.xml").decode()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("page:\n  margn_left_mm: 30\n", 2, ["margn_left_mm", "margin_left_mm"]),
        ("grid:\n  lines_per_page: 22\nfont:\n  names: common\n", 3, ["font", "fonts"]),
        ("page:\n  margin_left_mm: 三十\n", 2, ["page.margin_left_mm", "数字"]),
        ("signature:\n  mode: stamped\n", 2, ["unsealed", "sealed"]),
        ("grid:\n  line_pitch_pt: 40\n", 2, ["行距", "lines_per_page"]),
        ("grid:\n  lines_per_page: 21.5\n", 2, ["整数"]),
        ("page: [1, 2]\n", 1, ["page"]),
        ("page:\n  margin_left_mm: 30\n   margin_right_mm: 30\n", 3, ["YAML"]),
        ("text:\n  title: {family: fangzheng}\n", 2, ["fangzheng"]),
    ],
)
def test_profile_errors_in_chinese_with_line(tmp_path: Path, text: str, line: int, words: list[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_profile(path)
    message = str(info.value)
    assert isinstance(info.value, DrafterError)
    assert f"bad.yaml:{line}" in message, message
    for word in words:
        assert word in message, message


def test_missing_profile_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="找不到"):
        load_profile(tmp_path / "none.yaml")
