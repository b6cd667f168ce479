"""Cell text as an .xlsx file stores it: the shared strings, rich-text runs, and OOXML's
`_xHHHH_` escapes.

Excel writes a character XML cannot hold as `_xHHHH_`: a carriage return pasted from Word
into a cell becomes `_x000D_`, a control character `_x0001_`; an underscore that would
otherwise start such an escape is written `_x005F_`. openpyxl leaves the escapes in the
text (it only drops every `x005F_`), so "Dòng một_x000D_" would be imported as typed. Here
they are decoded in one pass, as Excel reads them; what is not text (a control character)
is then dropped by the cleaning every cell goes through.
"""

from __future__ import annotations

import re
import zipfile
from typing import Any

from lxml import etree
from openpyxl.xml.constants import SHEET_MAIN_NS

SHARED, TEXT, RUN = (f"{{{SHEET_MAIN_NS}}}{tag}" for tag in ("si", "t", "r"))
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
SURROGATES = range(0xD800, 0xE000)  # no character of their own: left as written


def _character(match: re.Match[str]) -> str:
    code = int(match[1], 16)
    return match[0] if code in SURROGATES else chr(code)


def unescape(text: str) -> str:
    """`a_x000D_b` → "a\\rb"; `_x005F_x000D_` → the literal text `_x000D_`."""
    return ESCAPE.sub(_character, text) if "_x" in text else text


def rich_text(element: Any) -> str:
    """The text of a shared string (<si>) or an inline string (<is>): plain (<t>) or in
    rich-text runs (<r><t>); phonetic hints (<rPh>) left out."""
    if len(element) == 1 and element[0].tag == TEXT:
        return unescape(element[0].text or "")
    return unescape(
        "".join(
            (part.text if part.tag == TEXT else part.findtext(TEXT)) or ""
            for part in element
            if part.tag in (TEXT, RUN)
        )
    )


def read_shared_strings(archive: zipfile.ZipFile, part: str | None) -> list[str]:
    """Every shared string of the workbook, in order (none when it has no such part)."""
    strings: list[str] = []
    if part is None:
        return strings
    with archive.open(part) as source:
        for _event, element in etree.iterparse(
            source, tag=SHARED, resolve_entities=False, huge_tree=True
        ):
            strings.append(rich_text(element))
            element.clear()
    return strings
