"""Vietnamese names: personal names (family name first, given name last) and their sort
key; the names of agencies as running text writes them."""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.text.collation import collation_key_parts
from tdkt.text.normalize import clean


@dataclass(frozen=True)
class NameParts:
    """A full name split as Vietnamese practice reads it: "Lê | Thị Thu | Hà"."""

    family: str
    middle: str
    given: str


def name_parts(full_name: str | None) -> NameParts:
    """Split a full name: first word family, last word given, the rest middle.

    One word is a given name only; two words are family + given. Compound family
    names ("Tôn Nữ", "Âu Dương") cannot be told from middle names by rule, so the
    first word is always the family name; sorting, the only user, is unaffected
    because the family name comes last in the sort order anyway.
    """
    words = clean(full_name).split()
    if not words:
        return NameParts("", "", "")
    if len(words) == 1:
        return NameParts("", "", words[0])
    return NameParts(words[0], " ".join(words[1:-1]), words[-1])


def name_sort_key(full_name: str | None) -> str:
    """String key ordering names by given name, then middle names, then family name.

    "Trần Văn An" < "Lê Thị Bình" < "Nguyễn Văn Bình". Each part uses the Vietnamese
    collation; case tie-breaks go last so that "an" vs "An" in the given name never
    outranks a difference in the middle or family name.
    """
    parts = name_parts(full_name)
    keyed = [collation_key_parts(part) for part in (parts.given, parts.middle, parts.family)]
    return "".join(primary for primary, _ in keyed) + "".join(tail for _, tail in keyed)


def title_case(name: str) -> str:
    """ "SỞ CÔNG THƯƠNG" → "Sở Công Thương": each word capitalised, the rest lower case."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())
