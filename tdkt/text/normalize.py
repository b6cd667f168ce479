"""Unicode normalisation and whitespace cleaning for every text entering the app."""

from __future__ import annotations

import unicodedata

# Invisible characters that Word, Excel and web pages paste along with names; they would
# make two identical-looking names differ and break search, so clean() drops them.
# (Not ZWJ/ZWNJ: other scripts need them.)
_INVISIBLE = str.maketrans(dict.fromkeys(("\u00ad", "\u200b", "\u2060", "\ufeff")))
# Control characters (NUL, backspace, ESC, C1 ...) that are not whitespace: never meant as
# text, and PostgreSQL refuses NUL outright. Whitespace controls (tab, newline) are spaces.
_INVISIBLE.update(
    {code: None for code in (*range(0x20), *range(0x7F, 0xA0)) if not chr(code).isspace()}
)


def nfc(s: str) -> str:
    """Return `s` in Unicode NFC.

    Unikey's combining mode and some old files deliver NFD; we compare, store and search
    NFC only. Tone placement ("hòa" vs "hoà") is deliberately left alone: both are
    accepted spellings and rewriting them would change what the user typed.
    """
    return unicodedata.normalize("NFC", s)


def clean(s: str | None) -> str:
    """NFC, drop invisible characters, strip and collapse whitespace runs to one space.

    `str.split()` without arguments splits on every Unicode whitespace character,
    including non-breaking spaces, tabs and newlines. None gives "".
    """
    if s is None:
        return ""
    # Invisibles go first: removing one can bring a letter next to a combining mark,
    # which NFC must then compose.
    return " ".join(nfc(s.translate(_INVISIBLE)).split())
