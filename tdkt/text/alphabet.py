"""The Vietnamese alphabet, its tone marks and a table of every precomposed letter."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

# Dictionary order (Vietnam Lexicography Centre). f j w z are not Vietnamese letters but
# occur in loan words and foreign names, so they keep their Latin places.
ALPHABET: tuple[str, ...] = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)  # fmt: skip

# Combining marks of the tones in collation order; index 0 is the unmarked tone (ngang).
TONE_MARKS: tuple[str, ...] = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
TONE_NAMES: tuple[str, ...] = ("ngang", "huyền", "hỏi", "ngã", "sắc", "nặng")

VOWELS = frozenset("aăâeêioôơuưy")


class Letter(NamedTuple):
    """What collation and search need to know about one precomposed character."""

    rank: int  # index in ALPHABET
    tone: int  # index in TONE_MARKS
    upper: bool
    folded: str  # ASCII search form: "ắ" -> "a", "đ" -> "d"


def _build_letters() -> dict[str, Letter]:
    letters: dict[str, Letter] = {}
    for rank, base in enumerate(ALPHABET):
        # NFD of a modified vowel starts with its ASCII base ("ă" -> "a" + breve);
        # đ has no decomposition, hence the special case.
        folded = "d" if base == "đ" else unicodedata.normalize("NFD", base)[0]
        tones = range(len(TONE_MARKS)) if base in VOWELS else range(1)
        for tone in tones:
            # Every Vietnamese vowel-with-tone has a precomposed code point, so NFC
            # yields exactly one character here.
            lower = unicodedata.normalize("NFC", base + TONE_MARKS[tone])
            letters[lower] = Letter(rank, tone, False, folded)
            letters[lower.upper()] = Letter(rank, tone, True, folded)
    return letters


LETTERS: dict[str, Letter] = _build_letters()
