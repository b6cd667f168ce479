"""Search folding: case- and diacritic-free text ("Nguyễn Văn Ân" -> "nguyen van an")."""

from __future__ import annotations

import unicodedata

from tdkt.text.alphabet import LETTERS
from tdkt.text.normalize import clean

# Built once: fold() runs over every name of a list on each keystroke of a search box,
# and one str.translate pass is far cheaper than decomposing character by character.
_VIETNAMESE_TO_ASCII = str.maketrans(
    {char: letter.folded for char, letter in LETTERS.items() if not letter.upper}
)


def fold(s: str | None) -> str:
    """Clean, lowercase, remove all diacritics and map đ to d.

    Vietnamese letters go through a precomputed table; anything else that is still
    not ASCII (other Latin letters such as "ü", stray combining marks) falls back to
    Unicode decomposition with every mark removed.
    """
    text = clean(s).lower()
    if text.isascii():
        return text
    text = text.translate(_VIETNAMESE_TO_ASCII)
    if text.isascii():
        return text
    return _fold_other(text)


def _fold_other(text: str) -> str:
    stripped = _strip_marks(unicodedata.normalize("NFD", text))
    # NFC puts back what NFD split without marks (Hangul syllables, for one).
    return unicodedata.normalize("NFC", stripped)


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
