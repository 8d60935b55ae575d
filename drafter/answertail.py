"""Cleaning: what an AI chat assistant writes after the text it drafted, when its whole answer
is pasted into a file, on an essay's body lines (before signoff.py reads the 落款).

Two kinds of lines close such an answer, and go:

  offer   the assistant's offer to go on (如需进一步修改，请告诉我！我还可以帮您：) and the list of
          options under it (压缩为3分钟版本 / 调整为更口语化的风格): short lines without a sentence
  tip     its note to the user on the draft (小提示：文中的数据为示例，请根据贵单位的实际情况替换。):
          a labelled note that speaks to the reader (您, 贵单位) or calls the text a sample to edit

No author offers to rework their own text or calls it a 示例 to replace; only the last lines are
read, and a line goes only with the shape and words of both.  No third-party import.
"""

from __future__ import annotations

import re

from .textscan import any_in

_LOOK = 12  # the last lines read
# (what each line of both kinds holds: a word to the reader, 示例, or 告诉我 and the like)
_SIGNS = "您你贵貴例板"
_OPTIONS = 8  # options listed under the offer
_LONGEST = 120  # the longest tip (an offer or an option is shorter)
_SENTENCE = re.compile("[。！？!?；;]")
_REWORK = "(?:修改|调整|調整|完善|润色|潤色|补充|補充|扩写|擴寫|压缩|壓縮|改写|改寫|精简|精簡|优化|優化|删减|刪減)"
_OFFER = re.compile(
    rf"(?:如(?:需|需要|果需要|果您?需要|您需要|有需要)|若需要?|需要的话|需要的話)[^。！？]{{0,12}}{_REWORK}"
    r"[^。！？]{0,16}(?:告诉|告訴|告知|联系|聯繫|说|說)我"
    r"|我(?:还|還|也)?可以(?:继续|繼續)?(?:帮|幫|为|為)(?:您|你)"
)
_TIP = re.compile(
    r"(?:小提示|温馨提示|溫馨提示|提示|注意|说明|說明|备注|備註|注)\s*[:：].{0,100}"
    r"(?:您|贵单位|貴單位|贵公司|貴公司|(?:示例|样例|樣例|模板|范例|範例)[^。！？]{0,30}(?:替换|替換|修改|调整|調整))"
)


def answer_tail(lines: list[str]) -> int:
    """Where an AI assistant's closing lines start among an essay's body lines (len(lines):
    none); the first line always stays."""
    n = len(lines)
    if n and len(lines[-1]) > _LONGEST:  # (no offer, option or tip ends the text: most essays)
        return n
    last = "".join(lines[-_LOOK:])
    if not any_in(last, _SIGNS) and not ("我" in last and any_in(last, "告联聯说說")):
        return n
    k = n
    while k > 1 and n - k < _OPTIONS and len(lines[k - 1]) <= 30 and _SENTENCE.search(lines[k - 1]) is None:
        k -= 1
    end = n
    if k > 1 and len(lines[k - 1]) <= 80 and _OFFER.search(lines[k - 1]) is not None:
        end = k - 1
    elif n > 1 and len(lines[-1]) <= 80 and _OFFER.search(lines[-1]) is not None:
        end = n - 1
    tips = 0
    while end > 1 and tips < 2 and len(lines[end - 1]) <= _LONGEST and _TIP.match(lines[end - 1]) is not None:
        end -= 1
        tips += 1
    return end
