"""Cleaning: what closes an essay after its last paragraph and what names its writer under
its title, on its body lines (after layout.py).

Three kinds of lines stand there that are not the author's text to mine:

  signature   a post's or an e-mail's signature under a rule line (-- or ------): the poster's
              motto, or the sender's name, office, address; at most a few short lines without a
              sentence in them, and nothing of the essay after them (counted as chrome)
  sign-off    the 落款: the signer (述职人：某某, a unit, a name) over the date (2026年1月8日,
              二〇二六年一月八日), or the date alone; and after it a document's 附注 ((此件主动公开),
              (联系人：…)), a bulletin's credit ((某村党支部供稿)), a filing note ((已报县委，2025年
              10月20日)) and its 印发 line (某某办公室2026年1月4日印发) (counted as signoff)
  byline      between the title (or the subtitle under it, ——…) and the first paragraph: the
              unit (中共某某镇委员会), the writer (某某调研组　执笔：某某, 某某中心　某某), the
              speaker (镇党委书记　某某), the date in brackets, the note of its adoption
              ((2026年2月12日镇党委第3次会议审议通过)); at most three lines (counted as signoff)

(Before them an AI assistant's offer and tips after the text it wrote go: answertail.py.)

Only the last lines are looked at, and a line goes only by its shape (short, no sentence mark)
and its place, anchored on the rule line or on the date: a date or a 述职人 inside a sentence,
or a short line with the essay going on after it, stays.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .answertail import answer_tail
from .cleanrules import Body

_RULE = re.compile(r"[-_─━—–=＝－＿~～]{2,}")
_SIGNATURE_LINES = 4  # a signature longer than this is taken for the essay's own lines
_SENTENCE = re.compile(r"[。！？!?；;]|(?<=[^\x00-\x7f])\.")  # (a page typed with ASCII marks: 指正.)

_NUM = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DATE = (
    rf"(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*{_NUM}\s*月(?:\s*{_NUM}\s*[日号號])?"
    r"|\d{4}\s*[-./／]\s*\d{1,2}\s*[-./／]\s*\d{1,2}"
)
# The date, with the signer before it on the same line (白沙镇人民政府　2026年1月20日) or not.
_DATED = re.compile(rf"(?P<who>.{{0,30}}?)[\s\u3000]*[（(]?(?:{_DATE})[）)]?")
# A document's 附注 and the 印发 line of its 版记.
# (and a contributor's credit under a bulletin's article: （某某村党支部供稿）, and a filing clerk's
# note of where the text went and when: （已报县委组织部，2025年10月20日）, （已印发各村，…）)
_NOTE = re.compile(
    r"[（(]\s*(?:此件[^（）()]{1,12}|(?:联系人|聯繫人|联系电话|聯繫電話)\s*[:：][^（）()]{1,40}"
    r"|[^（）()]{2,24}供稿|供稿\s*[:：][^（）()]{2,24}"
    rf"|已(?:报送|上报|呈报|报|印发|下发|转发|发送|送|存档|归档|备案)[^（）()。！？]{{0,24}}?[，,、\s]*(?:{_DATE}))[）)]"
)
_PRINTED = ("印发", "印發", "印制", "印製")
_LABELLED = re.compile(
    r"(?:述职|述職|述廉|报告|報告|汇报|匯報|发言|發言|演讲|演講|承诺|承諾|申请|申請|撰稿|执笔|執筆|整理)人?"
    r"\s*[:：]\s*[^\s。！？，,；;:：]{1,20}"
)
_UNIT = re.compile(
    r"[\w（）()·\s\u3000]{1,28}?(?:政府|委员会|委員會|党委|黨委|党组|黨組|支部|总支|總支|办公室|辦公室|办|辦|局|厅|廳|部"
    r"|处|處|科|室|所|站|中心|院|校|公司|集团|集團|协会|協會|联合会|聯合會|工会|工會|小组|小組|组|組|队|隊|街道|社区|社區"
    r"|镇|鎮|乡|鄉|村|团委|團委|妇联|婦聯|主席团|主席團)(?:[（(](?:盖章|蓋章|章|签章|簽章)[）)])?"
)
# A speaker under a speech's title: the post, then the name (县委书记　某某), or the name masked
_SPEAKER = re.compile(
    r"[\w（）()·、]{0,16}?(?:书记|書記|[镇鎮乡鄉县縣市区區]长|[镇鎮乡鄉县縣市区區]長|主任|局长|局長|部长|部長|主席|院长|院長"
    r"|校长|校長|经理|經理|组长|組長|处长|處長|科长|科長|所长|所長|站长|站長|委员|委員)[\s\u3000]*"
    r"(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]?(?:\*{2,3}|×{2,3}|[xX]{2,3}))"  # (or masked: 镇长　×××, 县长　王**)
)
# The unit, a space, then the writer's name (某某镇农业综合服务中心　某某): the space parts them
_UNIT_NAME = re.compile(_UNIT.pattern + r"[ \u3000]+[\u4e00-\u9fff]{2,3}")
# The note under a document's title that says when and by whom it was adopted: （2026年2月12日镇党委
# 第3次会议审议通过）, （经…会议讨论通过）
# or of which draft it is (（征求意见稿）, （第三稿，2026年1月6日按…意见修改）)
_DRAFT = r"(?:第[一二三四五六七八九十\d]{1,2}稿|征求意见稿|送审稿|讨论稿|修改稿|初稿|草稿|定稿)"
_ADOPTED = re.compile(
    rf"[（(]\s*(?:{_DRAFT}|(?:{_DRAFT}[，,、\s]*)?经?(?:{_DATE})[^（）()。！？]{{0,40}}?(?:通过|批准|修订|修正|修改))\s*[）)]"
)
_HEAD_LINES = 3
_MASKED = re.compile(r"(?:\*{2,3}|×{2,3}|[xX]{2,3}|某某)")
_CLOSINGS = ("此致", "敬礼", "敬禮", "特此", "谢谢", "謝謝")  # the author's own close over the signer


def strip_close(raw: Sequence[str], body: Body, title: str = "") -> tuple[Body, int, int]:
    """The body without a signature and a sign-off at its end and a byline under its title
    (`title`); the characters of the signature (chrome) and of the sign-off and byline.
    `raw`: the essay's lines (body.rows index them)."""
    lines = body.lines
    if not lines:
        return body, 0, 0
    answered = answer_tail(lines)
    if answered < len(lines):  # (an AI assistant's offer and tips after the text it wrote)
        gone = sum(map(len, lines[answered:]))
        lines = lines[:answered]
        body = body._replace(lines=lines, rows=body.rows[:answered], text="\n".join(lines),
                             chrome_chars=body.chrome_chars + gone)
    end = _signature(raw, lines, body.rows)
    chrome = sum(map(len, lines[end:]))
    keep = _signoff(lines, end)
    first, after = _byline(lines, title, keep)
    signoff = sum(map(len, lines[keep:end])) + sum(map(len, lines[first:after]))
    if keep == len(lines) and first == after:
        return body, 0, 0
    kept = lines[:first] + lines[after:keep]
    rows = body.rows[:first] + body.rows[after:keep]
    tidy = body._replace(lines=kept, rows=rows, text="\n".join(kept), chrome_chars=body.chrome_chars + chrome)
    return tidy, chrome, signoff


def _byline(lines: list[str], title: str, end: int) -> tuple[int, int]:
    """The span of byline lines right under the title line (one of the first three lines) and
    over the first paragraph; (0, 0): none."""
    at = next((i for i, line in enumerate(lines[:3]) if title and _same(line.replace("\u3000", ""), title)), -1)
    if 0 <= at < end - 2 and lines[at + 1].startswith(("——", "—")):
        at += 1  # (a subtitle under the title stays: ——参加某某培训班学习心得)
    k = at + 1
    while at >= 0 and k < min(end - 1, at + 1 + _HEAD_LINES) and _writer(lines[k]):
        k += 1
    # (the first paragraph, or the salutation over it: 同志们：; of a text wrapped at a page's
    # width, its first line, which may hold a clause and no sentence's end)
    opens = k < end and (_SENTENCE.search(lines[k]) is not None or lines[k].endswith(("：", ":"))
                         or (len(lines[k]) >= 30 and "，" in lines[k]))
    return (at + 1, k) if at >= 0 and opens else (0, 0)


def _same(line: str, title: str) -> bool:
    """The title line, also before Traditional script is made Simplified (the title is)."""
    return line == title or (len(line) == len(title) and sum(map(str.__eq__, line, title)) * 2 >= len(title))


def _writer(line: str) -> bool:
    if len(line) > 40 or _SENTENCE.search(line):
        return False
    labelled = _LABELLED.search(line)
    # (a date in brackets: a speech's; a bare date may head a log's entry)
    dated = _DATED.fullmatch(line) if line[0] in "（(" and line[-1] in ")）" else None
    return (labelled is not None and labelled.end() == len(line)) or _UNIT.fullmatch(line) is not None \
        or (dated is not None and not dated.group("who")) or _SPEAKER.fullmatch(line) is not None \
        or _UNIT_NAME.fullmatch(line) is not None or (line[0] in "（(" and _ADOPTED.fullmatch(line) is not None) \
        or (_MASKED.search(line) is not None and _name(line))  # (a writer's name masked: ×××, 张**)


def _short(line: str) -> bool:
    return len(line) <= 40 and _SENTENCE.search(line) is None


def _signature(raw: Sequence[str], lines: list[str], rows: list[int]) -> int:
    """Where a signature under a rule line starts among the body lines (len(lines): none)."""
    k = len(lines)
    while k > 1 and len(lines) - k < _SIGNATURE_LINES and _short(lines[k - 1]):
        k -= 1
    if k == len(lines):
        return k
    # (the rule is furniture, out of the body: it stands in the raw lines between the last
    # line of prose and the last short line)
    for row in range(rows[-1] - 1, rows[k - 1], -1):
        s = raw[row].strip()
        if s and s[0] in "-_─━—–=＝－＿~～" and _RULE.fullmatch(s) is not None:
            return bisect.bisect_right(rows, row)
    return len(lines)


def _signoff(lines: list[str], end: int) -> int:
    """Where the sign-off starts in lines[:end] (end: none); the first line always stays."""
    notes = 0
    while end > 1 and notes < 3 and _tail_note(lines[end - 1]):
        end -= 1
        notes += 1
    if end <= 1:
        return end
    last = lines[end - 1]
    dated = _DATED.fullmatch(last) if len(last) <= 50 and last[-1] in "日号號月0123456789)）" else None
    if dated is not None and (not dated.group("who") or _signer(dated.group("who").strip(), named=False)):
        end -= 1
        signers = 0
        while end > 1 and signers < 3 and _signer(lines[end - 1]):
            end -= 1
            signers += 1
    elif len(last) <= 30 and _LABELLED.fullmatch(last) is not None:
        end -= 1
    return end


def _tail_note(line: str) -> bool:
    return len(line) <= 60 and (
        (line[0] in "（(" and _NOTE.fullmatch(line) is not None)
        or (line.endswith(_PRINTED) and _DATED.fullmatch(line[:-2].rstrip()) is not None)
    )


def _signer(line: str, named: bool = True) -> bool:
    """A line that signs a text: 述职人：某某, a unit's name, a person's (`named`: on a line of
    its own, where two or three characters are no phrase of a sentence)."""
    if not line or len(line) > 30 or line.startswith(_CLOSINGS) or _SENTENCE.search(line):
        return False
    return _LABELLED.fullmatch(line) is not None or _UNIT.fullmatch(line) is not None or (named and _name(line))


def _name(line: str) -> bool:
    """Two or three Han characters, or a name masked (张**, ×××, 某某)."""
    if 2 <= len(line) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in line):
        return True
    m = _MASKED.search(line)
    return m is not None and m.end() == len(line) and m.start() <= 2 and all(
        "\u4e00" <= ch <= "\u9fff" for ch in line[: m.start()])
