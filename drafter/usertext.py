"""Text a user typed into a form, made fit for a draft before it is validated and rendered:
straight quotes and corner brackets become the mainland “ ” and ‘ ’ (where a line has an odd
number of straight quotes, each is told an opening or a closing one by what stands around it;
quotations among Latin words stay as typed), tabs pasted from a table and bullets in front of
lines go, and pictographs (emoji) that no official font can print are found for the message.

Only the marks change: every character of the facts stays, so the draft still holds them verbatim.
"""

from __future__ import annotations

import re

_CORNERS = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”"})
_HAN = re.compile(r"[\u3400-\u9fff]")
_WIDE = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201d\u2026\u2014"
# a tab (with spaces around it) next to Chinese text or punctuation is room, not a word space
_TAB_BY_WIDE = re.compile(rf"(?<=[{_WIDE}])[ \t]*\t[ \t]*|[ \t]*\t[ \t]*(?=[{_WIDE}])")
_TAB = re.compile(r"[ \t]*\t[ \t]*")
# emoji and pictographs (with the joiner and the selector that build them): WeChat and phone
# keyboards put them in; 仿宋 and 黑体 have none, and Word prints a box or a colour picture
# a bullet pasted in front of a line (from Word, WeChat, a slide): a draft has none
_BULLET = re.compile(r"^[ \t]*(?:[•●·▪■□◆◇○◎➢➤►▶√✔✓][ \t]*|[-*＊－][ \t]+)(?=\S)", re.M)
_PICTOGRAPH = re.compile("[\U0001f000-\U0001faff\u2700-\u27bf\u2b50\u2b55\u200d\ufe0f]")


def typeset(text: str) -> str:
    """Quotes, tabs and bullets of `text` as a draft writes them (line by line: a quote never pairs across
    lines); a line without Chinese keeps its straight quotes, and so does a quotation among Latin words."""
    if "\t" in text:
        text = _TAB.sub(" ", _TAB_BY_WIDE.sub("", text))
    text = _BULLET.sub("", text)
    text = text.translate(_CORNERS)
    if '"' in text:
        text = "\n".join(_pair_quotes(line) for line in text.split("\n"))
    if "'" in text:
        text = _SINGLE.sub(_single, text)
    return text


# a pair of straight single quotes around Chinese ('文明积分'): a quotation typed on a keyboard
# without Chinese quotes.  Its insides must start and end on a wide character, so an apostrophe
# in Latin text (it's, Tom's) never pairs.
_SINGLE = re.compile(rf"'(?=[{_WIDE}])([^'\n]*?[{_WIDE}])'")


def _single(match: re.Match[str]) -> str:
    # (inside a quotation already open on its line it is the inner quote, ‘ ’; else the outer)
    line = match.string[match.string.rfind("\n", 0, match.start()) + 1 : match.start()]
    inner = line.count("“") > line.count("”")
    return ("‘{}’" if inner else "“{}”").format(match.group(1))


# A straight quote after one of these (or a space, or at the start of its line) opens a
# quotation; one before one of these (or at the end of its line) closes one.  (After 。！？ a
# quote is as likely to close one: “……。”)
_OPEN_AFTER = frozenset("，、；：,;:（(【《“‘—")
_CLOSE_BEFORE = frozenset("，。、；：！？）】》”’…,.;:!?)")


def _pair_quotes(line: str) -> str:
    if not _HAN.search(line):
        return line
    at = [i for i, ch in enumerate(line) if ch == '"']
    opens, lone = _odd_roles(line, at) if len(at) % 2 else ([k % 2 == 0 for k in range(len(at))], -1)
    out = list(line)
    start = -1
    for k, i in enumerate(at):
        out[i] = "“" if opens[k] else "”"
        if k == lone:
            if _latin(line, i, i):  # (an inch mark among Latin characters: 5" screen)
                out[i] = '"'
        elif opens[k]:
            start = i
        elif start >= 0:
            # an English quotation among Latin words (said "OK" to) stays as typed
            if line[start + 1:i].isascii() and _latin(line, start, i):
                out[start] = out[i] = '"'
            start = -1
    return "".join(out)


def _odd_roles(line: str, at: list[int]) -> tuple[list[bool], int]:
    """Which of an odd number of straight quotes open (True) and which one has no partner.  The
    others pair left to right; the lone one is the one whose choice leaves fewest quotes against
    their context (on a tie one among Latin characters, else the last: pairs are made from the
    left), and it opens unless its context says it closes."""
    context = [(i == 0 or line[i - 1].isspace() or line[i - 1] in _OPEN_AFTER,
                i + 1 == len(line) or line[i + 1] in _CLOSE_BEFORE) for i in at]
    best: tuple[tuple[int, bool], list[bool], int] | None = None
    for lone in range(len(at)):
        roles: list[bool] = []
        against = paired = 0
        for k, (after_open, before_close) in enumerate(context):
            if k == lone:
                roles.append(not before_close)
                continue
            opens = paired % 2 == 0
            paired += 1
            roles.append(opens)
            against += (after_open, before_close) == (not opens, opens)
        # (an inch mark among Latin characters, 55" TV, is the likeliest to be alone)
        rank = (against, not _latin(line, at[lone], at[lone]))
        if best is None or rank <= best[0]:
            best = (rank, roles, lone)
    assert best is not None
    return best[1], best[2]


def _latin(line: str, first: int, last: int) -> bool:
    """Whether the text either side of line[first:last + 1] (spaces skipped) is Latin: ASCII or
    the line's end, not both ends."""
    left, right = line[:first].rstrip()[-1:], line[last + 1:].lstrip()[:1]
    return (left + right).isascii() and bool(left + right)


def pictograph(text: str) -> tuple[int, str] | None:
    """The first emoji of `text`: its position (1-based) and the character, or None."""
    match = _PICTOGRAPH.search(text)
    if match is None:
        return None
    at = match.start()
    if match.group() in "\u200d\ufe0f" and at:  # (a selector alone shows nothing: with its base)
        return at, text[at - 1:at + 1]
    return at + 1, match.group()
