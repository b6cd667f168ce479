"""Vietnamese collation key: a plain string whose binary order is dictionary order.

The key is stored in database columns and compared with Python `<`, SQLite BINARY or
PostgreSQL `COLLATE "C"`; all three compare code point by code point, so every key
character is printable ASCII and the grammar below only relies on ASCII order:

    key       = syllable* "!" tail
    syllable  = item+ "!" tone placement        (one per whitespace-separated word)
    item      = "0".."9"                        a digit
              | "A".."Z" "a".."g"               the 33 letters a ă â b c d đ e ê f ... z,
                                                in alphabet order
              | "~" HHHHHH                      any other character: "~" then six upper-
                                                case hex digits of its lowercase code point
    tone      = "0".."5"                        the syllable's tone: ngang, huyền, hỏi,
                                                ngã, sắc, nặng (the first tone mark if a
                                                misspelt syllable carries several)
    placement = ("0".."5")*                     the tone of each letter, so that "hòa"
                                                and "hoà" differ (they tie on all above)
    tail      = flag*                           one per non-digit character:
                                                "0" lowercase, "1" uppercase, or "2"
                                                HHHHHH the exact code point when the
                                                character is neither

Why it sorts right: "!" is below every item character, so it ends a syllable's letters
("An" < "Anh") and ends the syllables ("An" < "An Bình"); digits < letters < other
characters; a syllable's tone is read only after all its letters ("Anh" < "Ánh" < "Ăn");
and case only decides once everything else ties (case-insensitive primary order). Keys
never collide unless the cleaned texts are equal, and a key is never a proper prefix of
another, so keys can be concatenated (see names.name_sort_key).

Digits compare one by one ("10" < "2"); texts are cleaned first (NFC, single spaces).
Length is about 3 characters per Vietnamese letter plus 2 per word.
"""

from __future__ import annotations

from tdkt.text.alphabet import LETTERS
from tdkt.text.normalize import clean

_END = "!"
_OTHER = "~"
# One code per ALPHABET letter, in the same order.
_LETTER_CODES = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg"

# char -> (item, tone, case flag); tone is None for digits, which carry no case either.
_KNOWN: dict[str, tuple[str, int | None, str]] = {
    char: (_LETTER_CODES[letter.rank], letter.tone, "1" if letter.upper else "0")
    for char, letter in LETTERS.items()
}
_KNOWN.update({digit: (digit, None, "") for digit in "0123456789"})


def collation_key(s: str | None, *, ignore_case: bool = False) -> str:
    """Sort key for `s` in Vietnamese dictionary order (see the module docstring).

    With ignore_case=True the case tie-break is left off, so "An" and "AN" get
    the same key.
    """
    primary, tail = collation_key_parts(s)
    return primary if ignore_case else primary + tail


def collation_key_parts(s: str | None) -> tuple[str, str]:
    """The case-insensitive primary key and the case tie-break of `s`, for composite keys.

    Concatenate primaries first and tails last so that case never outranks a later
    field; the primary ends with "!" and is never a proper prefix of another primary.
    """
    primary: list[str] = []
    tail: list[str] = []
    for word in clean(s).split():
        _encode_syllable(word, primary, tail)
    primary.append(_END)
    return "".join(primary), "".join(tail)


def _encode_syllable(word: str, primary: list[str], tail: list[str]) -> None:
    tones: list[str] = []
    for char in word:
        item, tone, flag = _KNOWN.get(char) or _encode_other(char)
        primary.append(item)
        if tone is not None:
            tones.append(str(tone))
        tail.append(flag)
    syllable_tone = next((tone for tone in tones if tone != "0"), "0")
    primary.append(_END + syllable_tone + "".join(tones))


def _encode_other(char: str) -> tuple[str, None, str]:
    # Fold case only where lowercasing maps one character to one ("İ" -> "i̇" doesn't).
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    if char == lower:
        flag = "0"
    elif lower.upper() == char:
        flag = "1"
    else:
        # Several capitals share a lowercase ("ϴ" and "Θ" -> "θ"): keep the exact one.
        flag = f"2{ord(char):06X}"
    return f"{_OTHER}{ord(lower):06X}", None, flag
