"""The character a Word symbol (w:sym) shows.  Word's Insert › Symbol writes a character of
the Symbol font as its code in that font, moved into Unicode's private-use area (F0B3 for
the font's 0xB3, ≥); the text holds the sign a reader sees, so the font's code is mapped to
its Unicode character.  Used by docxread.py; no third-party import.
"""

from __future__ import annotations

# The Symbol font's characters from 0x20 on, in code order ("" where the font has none or
# only a piece of a tall bracket, which is no character of a sentence)
_SYMBOL_LOW = (
    " !∀#∃%&∋()∗+,−./0123456789:;<=>?"
    "≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_"
    "‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"
)
_SYMBOL_HIGH = (
    "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…"
    "  ↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓"
    "◊〈®©™∑           〉∫"
)


def symbol_char(font: str | None, char: str | None) -> str:
    """What a w:sym of this font and character code shows; "" when it cannot be told."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    elif code >= 0x100:
        return chr(code) if code < 0xE000 or code > 0xF8FF else ""  # (a real character)
    if (font or "").strip().lower() != "symbol":
        return ""  # (Wingdings and the like: pictures, not text)
    if 0x20 <= code < 0x7F:
        return _SYMBOL_LOW[code - 0x20]
    if 0xA0 <= code < 0xA0 + len(_SYMBOL_HIGH):
        return _SYMBOL_HIGH[code - 0xA0].strip()
    return ""
