"""Random exchange workbooks for the import fuzz (test_fuzz.py): sheets of the format and
others, headers as people type them, cells plausible or not (combining marks, control
characters, raw numbers, formulas, long text), saved inline as openpyxl does or in shared
strings as Excel does."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from openpyxl import Workbook

from tdkt.agency.types import FIELD_LABELS
from tdkt.exchange.spec import SHEETS, Column, Kind, SheetSpec
from tests.tdkt.exchange.helpers import as_excel_saves

# Troublesome characters: combining marks, invisible and bidi marks, NBSP, line breaks, C1
# controls, đ. C0 controls cannot stand in XML: Excel writes them as `_x0001_`, and written
# raw (`&#1;`) they make a damaged file.
NASTY = "\u0301\u0323\u200b\u200d\u202e\ufeff\u00a0\u0085\u009f\x7f \t\r\nĐđƯ0123456789/;:*=-"
C0_CONTROLS = [chr(n) for n in (*range(0, 9), 11, 12, *range(14, 32))]
RAW_MARK = 0xF700  # a C0 control written raw becomes this private-use character + its code
NUMBER_MARK = "\ue001"  # a RawNumber travels as this mark + its text, then becomes <v>text</v>


class RawNumber(str):
    """A number cell holding exactly this text, as other programs than Excel may write it."""

    __slots__ = ()


raw_numbers = st.sampled_from(["inf", "-inf", "nan", "1e400", "1e-400", "-0", "1e20", "١٢"])
raw_numbers = raw_numbers.map(RawNumber)

# Values a column of that key or kind may hold (valid alone, or blank; a row may still clash
# with the database), and near misses that look right but are not.
BY_KEY: dict[str, list[Any]] = {
    "code": ["DV9", "CN9", "SK9", "CN01", "VP", "SK01", " CN02 "],
    "subject": ["CN01", "CN02", "VP", "SO", " CN02 "],
    "person": ["CN01", "CN02"],
    "unit": ["VP", "SO"],
    "parent": ["SO", "VP"],
    "title": ["LDTT", "CSTDCS", "Lao động tiên tiến", "BK_TINH"],
    "authors": ["CN01:70; CN02:30", "CN02", "CN01:100", "CN01:33.333; CN02:66.667"],
    "basis": ["HTXSNV", "SK01", "HTXSNV; SK01"],
    "batch": ["BK-TINH-2025", "Đợt 1"],
    "label": [*FIELD_LABELS.values(), "Khác"],
    "full_name": ["Nguyễn Văn Án", "TRẦN THỊ BÌNH", "Lê  Văn\tTư"],
}
BY_KIND: dict[Kind, list[Any]] = {
    Kind.TEXT: ["Phòng Kế hoạch", "Sở Công Thương", "12/QĐ-SCT", "Chuyên viên"],
    Kind.MEMO: ["Dòng một\nDòng hai", "Ghi chú", "  "],
    Kind.INT: [0, 3, 100, "7", 2.0, 10**12, "99999999999999999999", None],
    Kind.YEAR: [2020, 2023, 2024, "2024"],
    Kind.DATE: [date(1980, 1, 5), datetime(2024, 12, 20), "05/01/1980", "20/12/2024"],
    Kind.BIRTH: [1980, "1985", "05/01/1980", date(1979, 2, 28)],
    Kind.FLAG: ["x", "có", "không", True, False, 1, None],
    Kind.DECIMAL: ["1,5", 1.5, 2, "0", 1.234, "1e20", 123456.5, RawNumber("inf"), RawNumber("nan")],
    Kind.ID_NUMBER: ["051080000001", 51080000002, None],
}
NEAR_MISSES = [
    *["CN 9", "cn01", "năm 2024", "31/02/2020", "1/1/80", "0/0/0", "Khác", "XYZ", "?", "abc"],
    *["1e400", "NaN", "-Infinity", "12345", "0510 8000 0001", "CN01:x", "CN01:70; CN01:30"],
    *[1945, 2030, -5, 10**12, 0.5],
]


def plausible(column: Column) -> st.SearchStrategy[Any]:
    if column.key in BY_KEY:
        return st.sampled_from(BY_KEY[column.key])
    if column.choices is not None:
        return st.sampled_from(list(column.choices.labels.values()))
    return st.sampled_from(BY_KIND[column.kind])


def _text(alphabet: st.SearchStrategy[str], max_size: int = 30) -> st.SearchStrategy[str]:
    return st.text(alphabet, max_size=max_size)


characters = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    list(NASTY) + C0_CONTROLS
)
nasty_text = _text(characters)
long_text = st.builds(lambda part, n: (part or "Dài") * n, nasty_text, st.integers(100, 400))
formulas = st.sampled_from(["=1/0", "=A1", "=SUM(1;2)", '="CN01"', "=NA()", "==x", "=+"])
junk: st.SearchStrategy[Any] = st.one_of(
    nasty_text,
    long_text,
    formulas,
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(datetime(1900, 3, 1), datetime(9999, 12, 31)),
    st.dates(date(1900, 3, 1), date(9999, 12, 31)),
    st.times(),
    st.booleans(),
    st.decimals(allow_nan=False, allow_infinity=False, places=3, max_value=10**9),
    st.none(),
    raw_numbers,
)


@st.composite
def header(draw: st.DrawFn, column: Column) -> str:
    """A column's header as people type it: with or without `*`, any case, no diacritics."""
    title = draw(st.sampled_from([column.header, column.title, column.header.upper()]))
    return title if draw(st.booleans()) else title.replace("ư", "u").replace("ố", "o")


@st.composite
def sheet(draw: st.DrawFn) -> tuple[str, list[list[Any]]]:
    spec: SheetSpec = draw(st.sampled_from(SHEETS))
    # Mostly the format's own sheet names; now and then one it does not know.
    name = draw(st.sampled_from([spec.name, spec.name, spec.name.upper(), spec.description[:31]]))
    columns: list[Column | None] = [*draw(_columns(spec))]
    if draw(st.booleans()):
        columns.insert(draw(st.integers(0, len(columns))), None)  # a column not in the format
    titles = [draw(header(c)) if c else draw(nasty_text) for c in columns]
    rows = [[draw(nasty_text)] for _ in range(draw(st.integers(0, 1)))]  # a title line
    rows.append(titles)
    noisy = draw(st.booleans())  # else every cell is plausible: some imports go through
    for _ in range(draw(st.integers(1, 5))):
        rows.append([draw(_cell(c, noisy)) for c in columns])
    return name, rows


def _columns(spec: SheetSpec) -> st.SearchStrategy[list[Column]]:
    """Often every required column and a few others, in any order; sometimes anything."""
    required = [c for c in spec.columns if c.required]
    optional = [c for c in spec.columns if not c.required]
    extras = (
        st.lists(st.sampled_from(optional), max_size=4, unique_by=lambda c: c.key)
        if optional
        else st.just([])
    )
    complete = extras.flatmap(lambda extra: st.permutations(required + extra))
    anything = st.lists(st.sampled_from(spec.columns), min_size=1, max_size=8)
    return st.one_of(complete, complete, complete, anything)


@st.composite
def _cell(draw: st.DrawFn, column: Column | None, noisy: bool) -> Any:
    if column is None or (noisy and draw(st.integers(0, 2)) == 0):
        return draw(junk | st.sampled_from(NEAR_MISSES))
    return draw(plausible(column))


@dataclass(frozen=True)
class Fuzzed:
    """A workbook to write: its sheets, and how the file stores them."""

    sheets: dict[str, list[list[Any]]]
    raw_controls: bool  # C0 controls written raw (a damaged file), else as Excel escapes them
    saved_by_excel: bool  # text in a shared-strings part, else inline in each cell


@st.composite
def workbooks(draw: st.DrawFn) -> Fuzzed:
    sheets = draw(st.lists(sheet(), min_size=1, max_size=3, unique_by=lambda s: s[0].lower()))
    return Fuzzed(dict(sheets), draw(st.integers(0, 9)) == 0, draw(st.booleans()))


def _in_xml(value: Any, raw: bool) -> Any:
    """A C0 control as Excel stores it (`_x0001_`), or marked to be written raw; a raw
    number marked to become a number cell."""
    if isinstance(value, RawNumber):
        return NUMBER_MARK + value
    if not isinstance(value, str):
        return value
    for control in C0_CONTROLS:
        if control in value:
            mark = chr(RAW_MARK + ord(control)) if raw else f"_x{ord(control):04X}_"
            value = value.replace(control, mark)
    return value


def save(path: Path, book: Fuzzed) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in book.sheets.items():
        target = workbook.create_sheet(name)
        for row in rows:
            target.append([_in_xml(value, book.raw_controls) for value in row])
    workbook.save(path)
    _patch_sheets(path)
    return as_excel_saves(path) if book.saved_by_excel else path


def _written(mark: str) -> bytes:
    """How openpyxl writes a private-use mark into the XML: as a character reference."""
    return f"&#{ord(mark)};".encode()


RAW_NUMBER_CELL = re.compile(b't="inlineStr"><is><t>' + _written(NUMBER_MARK) + b"([^<]*)</t></is>")


def _patch_sheets(path: Path) -> None:
    """Write the marked C0 controls into the sheets' XML as character references, and the
    marked raw numbers as number cells."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            if name.startswith("xl/worksheets/"):
                for control in C0_CONTROLS:
                    mark = _written(chr(RAW_MARK + ord(control)))
                    data = data.replace(mark, f"&#{ord(control)};".encode())
                data = RAW_NUMBER_CELL.sub(rb't="n"><v>\1</v>', data)
            target.writestr(name, data)
