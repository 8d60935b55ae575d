#!/usr/bin/env python3
"""Build blind set 25 (heldout_clean25 style) about the imaginary 蓼塘镇 (宁远东县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only. Texts and labels are in texts.py; the naive converter's character table is in
trad_table.py (written once by gen_trad_table.py with OpenCC); titles and headings are in GOLD below."""
import os
import re

import texts as T
import trad_table

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
SPUN = re.compile(r"«(.*?)»", re.S)
ZHUYIN = "（ㄌㄧㄠˇ）"


def strip(s):
    """File text: labels removed, everything inside them written."""
    s = KEEP.sub(r"\1", s)
    s = DROP.sub(r"\1", s)
    return s.replace("«", "").replace("»", "").replace("⸨", "").replace("⸩", "")


def keeps(s):
    """Kept strings as a reader expects them: {{…}} inside [[…]] cut, other markup removed."""
    out = []
    for k in KEEP.findall(s):
        k = DROP.sub("", k)
        out.append(k.replace("«", "").replace("»", "").replace("〈蓼〉", "蓼"))
    return out


def drops(s):
    return [d for d in DROP.findall(KEEP.sub("", s))] + \
           [DROP.sub("", d) for k in KEEP.findall(s) for d in DROP.findall(k)]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- p1.txt: WordPress post, ruby pinyin, spinner
def spin(s):
    for a, b in T.SPIN:
        s = s.replace(a, b)
    return s


def ruby(s):
    return s.replace("乡镇", "乡xiāng镇zhèn").replace("蓼", "蓼liǎo")


def build_p1():
    head, e1 = T.P1_POST_HEAD, T.P1_E1
    e2 = T.P1_E2_TITLE + spin(T.P1_E2)
    text = T.P1_TOP + ruby(head + e1 + e2) + T.P1_END
    raw = strip(text)
    write("p1.txt", raw.replace("\n", "\r\n").encode("utf-8"))
    drop = [d for d in drops(T.P1_TOP)] + [ruby(d) for d in drops(head + e1)] + \
           [ruby(spin(d)) for d in SPUN.findall(T.P1_E2)] + drops(T.P1_END)
    return [keeps(e1), keeps(T.P1_E2)], drop


# ---------------------------------------------------------------- p2.txt: naive Traditional converter, GBK, CRLF
NAIVE = dict(zip(trad_table.S, trad_table.T))
NAIVE.update({"干": "乾", "只": "隻", "冲": "沖", "准": "准", "于": "于", "态": "态"})


def trad(s):
    s = "".join(NAIVE.get(c, c) for c in s)
    return s.replace("〈蓼〉", "蓼" + ZHUYIN)


def build_p2():
    text = T.P2_TOP + trad(T.P2_E3) + T.P2_MID + trad(T.P2_E4) + T.P2_END
    raw = strip(text)
    # IE/Edge “另存为 文本” writes the ANSI code page; “⋯” (U+22EF, not in GBK) becomes “?”.
    write("p2.txt", raw.replace("\n", "\r\n").encode("gbk", errors="replace"))
    drop = drops(T.P2_TOP) + [trad(d) for d in drops(T.P2_E3)] + drops(T.P2_MID) + \
        [trad(d) for d in drops(T.P2_E4)] + drops(T.P2_END)
    drop = [d.encode("gbk", errors="replace").decode("gbk") for d in drop]
    return [keeps(T.P2_E3), keeps(T.P2_E4)], drop


# ---------------------------------------------------------------- p3.txt: 搜狐号 post with a mojibake paragraph
def mojibake(m):
    # what a browser shows for UTF-8 bytes decoded as GBK (WHATWG gb18030 decoder): the paragraph's last
    # “。” loses its third byte, so the line ends “銆�”.
    return strip(m.group(1)).encode("utf-8").decode("gb18030", errors="replace")


def build_p3():
    raw = strip(re.sub(r"⸨(.*?)⸩", mojibake, T.P3, flags=re.S))
    write("p3.txt", raw.encode("utf-8"))
    cut = T.P3.index("{{—— 02 ——}}")
    return [keeps(T.P3[:cut]), keeps(T.P3[cut:])], drops(T.P3)


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "p1.txt": [
        ("在蓼塘镇基层一线工作的几点体会", [
            H(1, "", "当好政策的“宣传员”"), H(1, "", "当好群众的“服务员”"), H(1, "", "当好矛盾的“调解员”"),
            H(1, "", "当好蓼塘发展的“推销员”")]),
        ("蓼塘镇驻村工作队队员心得体会", [
            H(1, "一、", "沉下身子，把村情民意摸清楚"), H(1, "二、", "找准路子，把集体经济抓起来"),
            H(2, "1.", "盘活闲置资源"), H(2, "2.", "发展特色产业"), H(2, "3.", "拓宽销售渠道"),
            H(1, "三、", "守住底线，把基础工作做扎实")])],
    "p2.txt": [
        ("蓼塘镇党委副书记2025年度述职报告", [
            H(1, "一、", "加强学习，提高政治素质"), H(1, "二、", "履职尽责，推动分管工作落实"),
            H(2, "（一）", "抓实基层党建"), H(2, "（二）", "抓好平安建设"), H(2, "（三）", "抓细乡村振兴"),
            H(1, "三、", "严于律己，坚守廉洁底线"), H(1, "四、", "存在的不足和今后打算")]),
        ("在蓼塘镇2026年春季农村人居环境整治动员会上的讲话", [
            H(1, "第一", "提高思想认识，增强做好整治工作的责任感"),
            H(1, "第二", "突出工作重点，集中力量打好攻坚战"),
            H(2, "一是", "清理农村生活垃圾"), H(2, "二是", "整治村庄水塘"), H(2, "三是", "推进农村改厕"),
            H(1, "第三", "强化组织保障，确保各项任务落到实处")])],
    "p3.txt": [
        ("蓼塘镇2025年乡村振兴工作总结", [
            H(1, "1.", "主要工作成效"), H(2, "（1）", "产业发展势头良好"), H(2, "（2）", "人居环境持续改善"),
            H(2, "（3）", "乡村治理更加有效"), H(1, "2.", "存在的主要问题"), H(1, "3.", "2026年工作打算"),
            H(2, "（1）", "延伸产业链条"), H(2, "（2）", "壮大集体经济")]),
        ("蓼塘镇推行“塘长制”推动农村水塘治理经验交流材料", [
            H(1, "一是", "明确“谁来管”"), H(1, "二是", "解决“怎么管”"), H(1, "三是", "落实“管得好”")])],
}
FILES = ("p1.txt", "p2.txt", "p3.txt")


def q(s):
    out = []
    for c in s:
        if c in "\\\"":
            out.append("\\" + c)
        elif ord(c) < 0x20 or 0x7f <= ord(c) <= 0xa0 or c == "\ufffd":
            out.append(f"\\u{ord(c):04x}" if ord(c) > 0xff else f"\\x{ord(c):02x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def write_gold(keep, drop):
    out = [T.HEADER]
    for f in FILES:
        out += [f"{f}:", "  documents:"]
        assert len(GOLD[f]) == len(keep[f]), f
        for (title, heads), ks in zip(GOLD[f], keep[f]):
            out.append(f"    - title: {q(title)}")
            out.append("      headings:")
            for h in heads:
                out.append(f'        - {{level: {h["level"]}, marker: {q(h["marker"])}, text: {q(h["text"])}}}')
            out.append("      must_keep:")
            out += [f"        - {q(k)}" for k in ks]
        out.append("  must_drop:")
        out += [f"    - {q(d)}" for d in drop[f]]
        out.append("")
    with open(os.path.join(HERE, "gold.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def main():
    keep, drop = {}, {}
    keep["p1.txt"], drop["p1.txt"] = build_p1()
    keep["p2.txt"], drop["p2.txt"] = build_p2()
    keep["p3.txt"], drop["p3.txt"] = build_p3()
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)


if __name__ == "__main__":
    main()
