"""A group chat exported to text (WeChat/QQ exporters: a banner, date separators, a line of the
sender's name and the time over each message) in which drafts are posted: the drafts are kept,
the rest goes.

A message is part of a draft when it holds a line of prose (60 characters or more ending a
sentence) and answers no one (@某某); the chat's other messages (replies, [图片], [文件] …,
stickers, a quoted reply), its system notices (撤回了一条消息, 加入了群聊) and the exporter's
lines go blank, so the lines keep their numbers.  The draft messages one sender posts one after
the other, others' messages between, are one text: each run of them opens an essay.
No third-party import.
"""

from __future__ import annotations

import re

_NAME = r"[^\s\d:：\[\]【】「」<>][^\n\t:：]{0,15}?"
_TIME = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+)?\d{1,2}:\d{2}(?::\d{2})?"
# the line over a message: 吴志刚  20:41:07 / 2026-01-08 20:41:07 吴志刚 / 吴志刚(123456) 20:41
_HEADER = re.compile(
    rf"^[ \t]*(?:(?P<a>{_NAME})(?:[(（][^)）\n]{{1,30}}[)）])?[ \t]+{_TIME}|{_TIME}[ \t]+(?P<b>{_NAME}))[ \t]*$", re.M
)
_LEAST_HEADERS = 3
_PROSE = re.compile("[。！？]”?$")


def read_chat(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines of a chat export with all but the drafts blank, and the lines that open each
    draft; a text that is no chat export comes back as it was, with no starts."""
    text = "\n".join(lines)
    if ":" not in text:
        return lines, []
    headers: dict[int, str] = {}
    found = 0
    for _ in _HEADER.finditer(text):
        found += 1
        if found == _LEAST_HEADERS:
            break
    if found < _LEAST_HEADERS:
        return lines, []
    for i, line in enumerate(lines):
        if ":" in line and (head := _HEADER.match(line)) is not None:
            headers[i] = (head.group("a") or head.group("b") or "").strip()
    out = [""] * len(lines)
    starts: list[int] = []
    last_sender = None  # the sender of the last draft message kept
    at = sorted(headers)
    for n, i in enumerate(at):
        end = at[n + 1] if n + 1 < len(at) else len(lines)
        body = [j for j in range(i + 1, end) if lines[j].strip() and not _notice(lines[j])]
        if not _draft([lines[j].strip() for j in body]):
            continue
        if headers[i] != last_sender:
            starts.append(body[0])
            last_sender = headers[i]
        for j in body:
            out[j] = lines[j]
    return (out, starts) if starts else (lines, [])


def _notice(line: str) -> bool:
    """A line the chat puts after a message, no one's words: a date rule, a system notice."""
    s = line.strip()
    return s[:1] in "—-=─" or s.endswith(("撤回了一条消息", "加入了群聊", "退出了群聊", "全部消息 —"))


def _draft(body: list[str]) -> bool:
    return bool(body) and not body[0].startswith("@") and any(len(s) >= 60 and _PROSE.search(s) for s in body) \
        and not any(s.startswith(("「", "[文件]", "[图片]")) for s in body)
