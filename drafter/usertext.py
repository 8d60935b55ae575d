"""Text a user typed into a form, made fit for a draft before it is validated and rendered:
straight quotes and corner brackets become the mainland “ ” and ‘ ’, tabs pasted from a
table and bullets in front of lines go, and pictographs (emoji) that no official font can print
are found for the message.

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
    lines); a line without Chinese keeps its straight quotes."""
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


def _pair_quotes(line: str) -> str:
    # an odd count leaves no way to tell which one is unpaired: keep them all as typed
    if line.count('"') % 2 or not _HAN.search(line):
        return line
    parts = line.split('"')
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out += ("“" if i % 2 == 0 else "”", part)
    return "".join(out)


def pictograph(text: str) -> tuple[int, str] | None:
    """The first emoji of `text`: its position (1-based) and the character, or None."""
    match = _PICTOGRAPH.search(text)
    if match is None:
        return None
    at = match.start()
    if match.group() in "\u200d\ufe0f" and at:  # (a selector alone shows nothing: with its base)
        return at, text[at - 1:at + 1]
    return at + 1, match.group()
