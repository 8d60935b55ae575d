"""Cleaning: one test per noise kind, on real lines of the seeds, and no residual noise."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter import cleanrules, mojibake, spun
from drafter.clean import clean_doc, to_simplified
from drafter.corpus import read_sources, split_essays
from drafter.model import CleanDoc

ROOT = Path(__file__).resolve().parent.parent
BODY = "该同志坚持把学习作为提高自身素质和工作能力的主要途径，积极参加中心组学习，成效明显。"


def clean_lines(*lines: str, title: str = "乡镇干部工作总结") -> CleanDoc:
    docs = split_essays([title, *lines], "t.txt")
    assert len(docs) == 1
    return clean_doc(docs[0])


@pytest.fixture(scope="module")
def seeds() -> list[CleanDoc]:
    docs, _ = read_sources([ROOT / "seeds"])
    return [clean_doc(d) for d in docs]


# ---------------------------------------------------------------- one test per noise kind


@pytest.mark.parametrize(
    "line",
    [
        "时间:2019-05-12 05:50:36下载本文作者:会员上传",
        "导语:乡镇干部队伍素质建设思考一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。",
        "简介:写写帮文库小编为你整理了多篇相关的《新时期乡镇党委书记应增强的几种能力和意识》,但愿对你工作学习有帮助。",
        "職場 更新时间:2024-11-25 08:46:08",
        " > 職場",
        "《乡镇党委书记谈增强公仆意识》来源于xiexiebang.com,欢迎阅读乡镇党委书记谈增强公仆意识。",
        "下载新时期乡镇党委书记应增强的几种能力和意识word格式文档",
        "点此处下载文档",
        "声明:本文内容由互联网用户自发贡献自行上传,本网站不拥有所有权,未作人工编辑处理,也不承担相关法律责任。",
        "Copyright 2023-2024 - www.tftnews.com All Rights Reserved",
        "更多精彩资讯请关注tft每日頭條,我们将持续为您更新最新资讯!",
        "(xiexiebang.com 004km.cn)",
        "(作者為灌雲縣圖河鎮黨委副書記、鎮長)",
        "上一篇：乡镇干部述职报告",
        "本文由网友投稿整理，仅供参考。",
        "标签：工作总结 乡镇",
    ],
)
def test_site_chrome_lines_are_removed(line: str) -> None:
    doc = clean_lines(BODY, line, BODY + "另起一段。")
    assert len(doc.paragraphs) == 2
    assert doc.removed["chrome"] >= len(line.strip()) - 2


def test_watermark_and_source_tail_inline() -> None:
    doc = clean_lines(
        "各级财政应该尽量向乡镇倾斜，提高乡镇干部工作补贴。(《中國發展觀察》)", "树立了良好形象(004km.cn)。"
    )
    assert doc.text == "各级财政应该尽量向乡镇倾斜，提高乡镇干部工作补贴。\n树立了良好形象。"


def test_seo_title_injection_is_removed() -> None:
    line = "负责综合、协调、组织、指导全市机关事业单位考核工作,鄉(xiāng)鎮(zhèn)干部工作職責(zé)。"
    doc = clean_lines(line, title="第三篇:鄉(xiāng)鎮(zhèn)干部工作職責(zé)")
    assert doc.text == "负责综合、协调、组织、指导全市机关事业单位考核工作。"


def test_pinyin_annotations_are_removed() -> None:
    doc = clean_lines("鄉(xiāng)鎮(zhèn)干部處在最基層,肩負著維護一方穩(wěn)定的重任。")
    assert doc.text == "乡镇干部处在最基层，肩负着维护一方稳定的重任。"
    assert doc.removed["pinyin"] == len("(xiāng)(zhèn)(wěn)")


def test_parentheses_that_are_not_pinyin_stay() -> None:
    doc = clean_lines("对其职务任免及退(离)休等问题(简称“四员”)提出意见(a)。")
    assert "（离）" in doc.text and "（简称“四员”）" in doc.text and "pinyin" not in doc.removed


def test_traditional_to_simplified_with_mainland_quotes() -> None:
    doc = clean_lines("村幹部來自群衆,要學會與群衆交朋友,「村裡事」放下心。")
    assert doc.text == "村干部来自群众，要学会与群众交朋友，“村里事”放下心。"
    assert doc.changed["t2s"] > 5


def test_review_words_written_with_fu_in_traditional_script_become_mainland() -> None:
    # OpenCC keeps 覆 in 覆核/覆查/覆議/核覆 (Taiwan's spelling); the mainland writes 复
    doc = clean_lines("經村務監督委員會覆核、鎮紀委覆查並核覆後，不得顛覆核心程序。")
    assert doc.text == "经村务监督委员会复核、镇纪委复查并核复后，不得颠覆核心程序。"
    # a text written in Simplified keeps its 覆 as typed, and 覆 of covering stays everywhere
    assert clean_lines("报村务监督委员会覆核。").text == "报村务监督委员会覆核。"
    assert clean_lines("網絡覆蓋全鎮，覆核後公示。").text == "网络覆盖全镇，复核后公示。"


def test_mojibake_of_a_shifted_gbk_stream_is_repaired() -> None:
    line = "不妥之處還需領導多多指教?!凹埳险剚碇杏X淺,絕知此事要躬行”,在以后的工作中。"
    doc = clean_lines(line)
    assert "。“纸上谈来中觉浅，绝知此事要躬行”" in doc.text
    assert doc.changed["mojibake"] > 0


def test_mojibake_utf8_read_as_gbk_is_repaired() -> None:
    good = "加强学习，提高素质。"
    garbled = good.encode("utf-8").decode("gbk", errors="replace")  # 鍔犲己瀛︿範锛屾彁楂樼礌璐ㄣ��
    doc = clean_lines("我们一直在" + garbled, "继续努力工作，争取更好成绩。")
    assert doc.text == "我们一直在加强学习，提高素质。\n继续努力工作，争取更好成绩。"
    assert doc.changed["mojibake"] == len(good) and "mojibake" not in doc.removed
    saved = garbled.replace("\ufffd", "?")  # the same page once saved as GBK
    assert clean_lines("我们一直在" + saved).text == "我们一直在加强学习，提高素质。"
    # inside a line the full stop's lost bytes could as well be 、 or 」: it is dropped, not guessed
    inside = clean_lines("我们一直在" + garbled + "继续努力工作。")
    assert inside.text == "我们一直在加强学习，提高素质继续努力工作。" and inside.removed["mojibake"] == 1
    latin = good.encode("utf-8").decode("cp1252", errors="replace")
    assert "加强学习" in clean_lines("我们一直在" + latin + "继续努力。").text


@pytest.mark.parametrize("saved", [False, True])
def test_mojibake_utf8_read_as_gbk_on_every_seed_line(saved: bool) -> None:
    """Each line of the seeds in turn mis-decoded inside its essay: what the bytes and the
    essay's own wording tell is recovered, nothing is guessed, the other lines are untouched."""
    docs, _ = read_sources([ROOT / "seeds"])
    total = lost = wrong = 0
    for source in docs:
        lines = [to_simplified(line.strip()) for line in source.lines if line.strip()]
        repaired_lines = mojibake.repair_mojibake("\n".join(lines))[0].split("\n")  # the seeds' own damage
        for i, line in enumerate(lines):
            garbled = line.encode("utf-8").decode("gbk", errors="replace")
            garbled = garbled.replace("\ufffd", "?") if saved else garbled
            out = mojibake.repair_mojibake("\n".join([*lines[:i], garbled, *lines[i + 1 :]]))[0].split("\n")
            assert out[:i] + out[i + 1 :] == repaired_lines[:i] + repaired_lines[i + 1 :]
            for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, line, out[i], autojunk=False).get_opcodes():
                lost += (a2 - a1) * (op in ("delete", "replace"))
                wrong += (b2 - b1) * (op in ("insert", "replace"))
            total += len(line)
    assert lost < 0.12 * total  # about 9%: characters whose lost byte the essay cannot tell
    assert wrong < 0.002 * total  # about 0.1%: a wrong guess, or mojibake left in place


def test_mojibake_a_lost_byte_is_rebuilt_from_the_essay() -> None:
    """向?qū)嵺`: a character lost with its pinyin annotation kept ("?qū)"), and 實 of 實踐 lost
    its first byte, pairing 嵺 and ` wrongly.  實踐 elsewhere in the essay tells which byte."""
    lines = (ROOT / "seeds/000_42fb3468613297b2.txt").read_text("utf-8").splitlines()
    damaged, telling = lines[20], lines[18]  # 向?qū)嵺`進修 / 認真實踐“三個代表”
    assert "向?qū)嵺`進修" in damaged and "實踐" in telling
    doc = clean_lines(telling, damaged, title="乡镇干部工作鉴定")
    assert "向群众学习，向实践学习。" in doc.text
    assert doc.changed["mojibake"] == 2 and doc.removed["mojibake"] == len("?qū)")
    alone = clean_lines(damaged, title="乡镇干部工作鉴定")  # nothing tells: the lost one is dropped
    assert "向群众学习，向践学习。" in alone.text and "嵺" not in alone.text
    assert alone.changed["mojibake"] == 1 and alone.removed["mojibake"] == len("?qū)") + 1


def test_mojibake_with_nothing_to_recover_is_dropped() -> None:
    doc = clean_lines("该同志坚持学习锟斤拷锟斤拷，成效\ufffd明显。")
    assert doc.text == "该同志坚持学习，成效明显。" and doc.removed["mojibake"] == 7


def test_what_survives_between_runs_of_fill_goes_with_them() -> None:
    """The digits of a lost sentence stay between its runs of fill (its Han characters became
    the fill), and a fill cut out of step reads 锟 and one character: the span goes whole, and
    the line after no longer runs into a sentence that ended."""
    lost = "锟斤拷" * 3 + "2026" + "锟斤拷" * 4 + "15" + "锟筋" + "锟斤拷" * 2
    doc = clean_lines("各村逐项评议，排出先后顺序。" + lost, "全年完成民生项目15个。")
    assert [p.text for p in doc.paragraphs] == ["各村逐项评议，排出先后顺序。", "全年完成民生项目15个。"]
    assert doc.removed["mojibake"] == len(lost)
    # digits after the last run of fill are the author's: 2026年 stays
    kept = clean_lines("锟斤拷锟斤拷 2026年全镇新建村道8公里。")
    assert kept.text == "2026年全镇新建村道8公里。"


def test_caches_do_not_change_the_result(seeds: list[CleanDoc]) -> None:
    docs, _ = read_sources([ROOT / "seeds"])
    cleanrules.set_line_caches(False)
    try:
        assert [clean_doc(d) for d in docs] == seeds
    finally:
        cleanrules.set_line_caches(True)


SPUN = (
    "三個月來,該同志當真實踐“三個代表”主要思惟,堅持立黨為公、執政為平易近,當真履行職責,扎實開展工作,"
    "始終連結了思惟上的前進前輩性,工作上的自動性、締造性和實效性,較好地完成了各項工作使命。"
)


def test_spun_passage_is_restored_and_flagged() -> None:
    doc = clean_lines(SPUN)
    text = doc.paragraphs[0].text
    assert "认真实践“三个代表”重要思想" in text and "执政为民" in text and "保持了思想上的先进性" in text
    assert "创造性" in text and "任务" in text
    assert doc.paragraphs[0].spun
    assert doc.changed["spun"] >= 10


def test_legitimate_words_outside_or_inside_spun_text_are_kept() -> None:
    doc = clean_lines("我深切体会到学习的重要性，参加了县委党校进修班，新时代的要求更高。他平易近人。")
    assert doc.text.startswith("我深切体会到") and "进修班" in doc.text and "平易近人" in doc.text
    assert not doc.paragraphs[0].spun
    restored, _ = spun.restore_spun("我深切体会到进修班的作用，当真思惟，执政为平易近，平易近人")
    assert "深切体会" in restored and "进修班" in restored and "平易近人" in restored and "执政为民" in restored


def test_repeated_title_and_caption_lines_are_dropped() -> None:
    doc = clean_lines(
        "選優配強基層一線工作力量",
        "選優配強基層一線工作力量(王餘亮施行五步工作法)1",
        BODY,
        title="選優配強基層一線工作力量",
    )
    assert doc.text == BODY and doc.removed["repeat"] > 20


def test_site_lead_that_repeats_the_first_paragraph_is_dropped(seeds: list[CleanDoc]) -> None:
    doc = next(d for d in seeds if d.title == "选优配强基层一线工作力量")
    assert doc.paragraphs[0].text.startswith("中国江苏网8月25日连云港讯")
    assert "科普" not in doc.text and "看看吧" not in doc.text


def test_lines_broken_mid_sentence_and_mid_word_are_joined() -> None:
    doc = clean_lines(
        "一、加強學習,提高自身素質和工作能力。該同志堅持把學習作",
        "為提高自身素質和工作能力的主要途徑。",
        "群众是个大群体，各式各样的人从事各行各业，怀着各自的需求要让你我去服。",
        "务;群众整体的素质还是参差不齐的。",
        "我工作十年，调过四个乡镇，干过后勤、司法、信访、禁毒、计生、人。",
        "民武装等工作，这些经历不断的丰富和充实自己。",
        "正如恩格斯所说，“世界不是一成不变的事物的集合体，而是过程的集合体。",
        "”我们固然有紧迫感。",
    )
    assert [p.text for p in doc.paragraphs] == [
        "一、加强学习，提高自身素质和工作能力。该同志坚持把学习作为提高自身素质和工作能力的主要途径。",
        "群众是个大群体，各式各样的人从事各行各业，怀着各自的需求要让你我去服务；群众整体的素质还是参差不齐的。",
        "我工作十年，调过四个乡镇，干过后勤、司法、信访、禁毒、计生、人民武装等工作，这些经历不断的丰富和充实自己。",
        "正如恩格斯所说，“世界不是一成不变的事物的集合体，而是过程的集合体。”我们固然有紧迫感。",
    ]


def test_heading_glued_to_the_end_of_a_paragraph_is_split() -> None:
    doc = clean_lines(
        "權小責大造成的焦慮心態",
        "鄉鎮干部長期處于焦慮狀態。某偏遠山區縣流傳這樣一種說法,八成是鄉鎮干部出身。前途艱辛造成的混世心態",
        "鄉鎮干部,一般地處遠離縣政治核心的偏遠地區,大多文化素質較低,出身農民家庭,沒有太多的社會關系。",
        "收入較低和無暇照顧家人的愧對心態",
        BODY,
    )
    assert [p.text for p in doc.paragraphs][1:3] == [
        "乡镇干部长期处于焦虑状态。某偏远山区县流传这样一种说法，八成是乡镇干部出身。",
        "前途艰辛造成的混世心态",
    ]


def test_spaces_nbsp_and_half_width_punctuation() -> None:
    doc = clean_lines("要牢牢把握\u00a0“发现在早”的原则 ,做到(一)二、三;对吗?好!时间08:46,共1,000元,增长27.4%.")
    assert doc.text == "要牢牢把握“发现在早”的原则，做到（一）二、三；对吗？好！时间08:46，共1,000元，增长27.4%。"
    title_doc = clean_lines(BODY, title="凝心聚力 加快发展  扎实工作")
    assert title_doc.title == "凝心聚力 加快发展 扎实工作"


def test_masked_names_and_number_blanks_become_placeholders() -> None:
    doc = clean_lines(
        "按照镇党委分工，***同志协助镇长**同志抓农村工作，开创**区辉煌灿烂的明天。", "全镇参保率达 %，比上年提高。"
    )
    assert [p.text for p in doc.paragraphs] == [
        "按照镇党委分工，×××同志协助镇长×××同志抓农村工作，开创×××区辉煌灿烂的明天。",
        "全镇参保率达×××%，比上年提高。",
    ]
    assert all(p.placeholder for p in doc.paragraphs)
    assert not clean_lines(BODY).paragraphs[0].placeholder


# ---------------------------------------------------------------- the seeds as a whole


RESIDUE: dict[str, Callable[[str], bool]] = {
    "traditional": lambda t: to_simplified(t) != t,
    "pinyin": lambda t: re.search(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", t) is not None,
    "half-width punctuation": lambda t: re.search(r"[\u4e00-\u9fff][,;?!:(]|[,;?!:)][\u4e00-\u9fff]", t) is not None,
    "corner quotes": lambda t: re.search("[「」『』]", t) is not None,
    "chrome": lambda t: (
        re.search(
            r"下载|声明[:：]|来源于|欢迎阅读|Copyright|更新时间|导语|简介[:：]|上一篇|查看更多|相关范文|资讯推荐|www\.|\.com|\.cn",
            t,
        )
        is not None
    ),
    "teaser": lambda t: re.search(r"\.\.\.|……$", t) is not None,
    "mojibake": lambda t: re.search("[\ufffd銆锛嵺埳剚碇]|[?？]q", t) is not None,
    "masks": lambda t: "*" in t,
    "spaces": lambda t: re.search(r"[\u00a0\u3000]|[\u4e00-\u9fff] [\u4e00-\u9fff]", t) is not None,
}


@pytest.mark.parametrize("kind", sorted(RESIDUE))
def test_no_residual_noise_in_the_seeds(seeds: list[CleanDoc], kind: str) -> None:
    bad = [(d.title, p.line, p.text[:40]) for d in seeds for p in d.paragraphs if RESIDUE[kind](p.text)]
    assert bad == []


def test_no_residual_spun_words_in_restored_seed_passages(seeds: list[CleanDoc]) -> None:
    doc = next(d for d in seeds if d.title == "乡镇干部工作鉴定")
    assert spun.spun_hits(doc.text) == 0
    assert "科学发展观" in doc.text and "执政为民" in doc.text
    others = [d for d in seeds if d.title != "乡镇干部工作鉴定"]
    assert not any(p.spun for d in others for p in d.paragraphs)


def test_author_text_is_kept(seeds: list[CleanDoc]) -> None:
    """Every body paragraph of a seed essay survives: count against the gold headings' essays."""
    gold = json.loads((ROOT / "tests/data/gold_outline.json").read_text(encoding="utf-8"))["essays"]
    assert len(seeds) == len(gold) == 13
    last = next(d for d in seeds if d.title == "增强五种意识 提升五种能力")
    assert last.paragraphs[-1].text.endswith("确保事事有回音，件件有落实。")
    first = seeds[0]
    assert first.paragraphs[-1].text.endswith("提高乡镇干部的职业自豪感。")
    assert all(sum(len(p.text) for p in d.paragraphs) > 300 for d in seeds)


def test_clean_paragraph_is_what_the_dataclass_makes() -> None:
    # cleaning builds paragraphs by their slots (model.clean_paragraph): a field added to
    # CleanParagraph must be added there too
    import dataclasses

    from drafter.model import CleanParagraph, clean_paragraph

    assert [f.name for f in dataclasses.fields(CleanParagraph)] == ["text", "line", "spun", "placeholder"]
    made = clean_paragraph("一、加强学习", 3, True, False)
    assert made == CleanParagraph("一、加强学习", 3, True, False) and hash(made) == hash(CleanParagraph("一、加强学习", 3, True, False))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "x"  # type: ignore[misc]
