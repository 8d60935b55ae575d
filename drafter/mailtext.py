"""Reading the corpus: an e-mail a mail client saved as text, before any cleaning.

The file opens with the message's header, one field a line (主题:, 日期:, 发件人:, 收件人:,
抄送:, 附件:, or Subject:, From:, To:, Date:), and the message may open with a note to its
reader over the essay it carries (李科长： / 您好！…正文贴在下面，请审阅。 / the essay's title):
neither is the essay's text.  The note is taken only when it greets someone on a line of its
own and a title naming a kind of writing (…工作情况汇报) or named by the header (its 附件 or
主题 field) stands within a few lines under the greeting, a paragraph under it: a letter that is
itself the text has no such title over its prose.

What closes a message (a signature under --, a confidentiality notice, the attribution over
the quoted message, 在 2026/1/5 10:18, 某某 写道:) is cleaning's (signoff.py, chromewords.py)
and pagemarks.py's.  Read by corpus.split_essays; no third-party import.
"""

from __future__ import annotations

import re

from . import titles as T
from .outline import marker_kind
from .textscan import any_in

# The fields of a message's header, as a mail client names them (a tab may follow the colon)
_FIELDS = frozenset(
    ["主题", "主題", "日期", "时间", "時間", "发件人", "發件人", "收件人", "抄送", "密送", "附件",
     "发送时间", "發送時間", "发送日期", "發送日期",
     "subject", "from", "to", "cc", "bcc", "date", "sent", "attachment", "attachments"]
)
_PARTIES = ("发件人", "發件人", "收件人", "from", "to")  # (a header names who sends or receives it)
_LEAST_FIELDS = 2
_GREETING_MOST = 16  # characters of a greeting alone on its line: 李科长：, 各位领导：
_NOTE_LINES = 5  # lines of the note between the greeting and the title
_SENTENCE_END = re.compile("[。！？]")


def mail_head(lines: list[str]) -> list[int]:
    """The lines of a message's header at the top of the file and of the note to its reader
    over the essay it carries (none: not a message)."""
    filled = (i for i, s in enumerate(lines) if s.strip())
    first = next(filled, None)
    if first is None or not _field(lines[first]):  # (most files: one test)
        return []
    head = [first]
    for i in range(first + 1, len(lines)):
        if not lines[i].strip():
            break
        if not _field(lines[i]):
            return []  # (a line of text under a field: no header)
        head.append(i)
    if len(head) < _LEAST_FIELDS or not any(_field(lines[i]) in _PARTIES for i in head):
        return []
    return head + _note(lines, head[-1] + 1, "".join(T.line_key(lines[i]) for i in head))


def _field(line: str) -> str:
    """The name of the header's field a line gives, in lower case ("": none)."""
    cuts = [k for k in (line.find(":"), line.find("：")) if k > 0]
    name = line[: min(cuts)].strip().lower() if cuts else ""
    return name if name in _FIELDS else ""


def _note(lines: list[str], start: int, header: str) -> list[int]:
    """The lines of the note from its greeting (the first line from `start` holding text) to
    the line before the essay's title, or none.  `header`: the header's letters (line_key)."""
    filled = [i for i in range(start, min(len(lines), start + 40)) if lines[i].strip()][: _NOTE_LINES + 3]
    greeting = lines[filled[0]].strip() if filled else ""  # (whom the note is to: 李科长：)
    if not 2 <= len(greeting) <= _GREETING_MOST + 1 or greeting[-1] not in "：:" \
            or any_in(greeting[:-1], "，。！？；：:, \t\u3000"):
        return []
    for n, i in enumerate(filled[1 : _NOTE_LINES + 2], 1):
        s = lines[i].strip()
        if not T.title_candidate(s) or marker_kind(s) is not None:
            continue
        if not (T.names_kind(s) or (len(key := T.line_key(s)) >= 6 and key in header)):
            continue
        after = filled[n + 1] if n + 1 < len(filled) else -1
        if after >= 0 and T.is_body(lines[after]) and _SENTENCE_END.search(lines[after]):
            return list(range(filled[0], i))
    return []
