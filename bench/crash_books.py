"""The workbooks the kill test imports: valid exchange workbooks of new records only.

    python -m bench.crash_books FOLDER [--sizes 20,300,1200]

Book `b` holds units, people, ratings, discipline, initiatives and awards whose codes (and
award decision numbers) all start with `ZZI<b>-`, so every import of a book adds records and
the verdict can count them by prefix. `manifest.json` beside the books says how many rows
of each table a book holds: the journal's expectation comes from here, not from the code
under test.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

BOOK_PREFIX = "ZZI"  # never the demo's codes, never the edit worker's (ZZK)
MANIFEST = "manifest.json"
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Đình")
GIVEN = ("An", "Ánh", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hùng", "Lan", "Ngọc", "Tâm")
GRADES = ("HTXSNV", "HTTNV", "HTNV")
PEOPLE_PER_UNIT = 25


def prefix(book: int) -> str:
    return f"{BOOK_PREFIX}{book}-"


@dataclass
class _Sheets:
    """Rows per sheet (the first is the header); `counts` is table name → data rows."""

    rows: dict[str, list[list[object]]]

    def counts(self) -> dict[str, int]:
        tables = {
            "DonVi": "unit",
            "CaNhan": "person",
            "DanhGia": "rating",
            "KyLuat": "discipline",
            "SangKien": "initiative",
            "KhenThuong": "award",
        }
        return {tables[sheet]: len(rows) - 1 for sheet, rows in self.rows.items()}


def _sheets(book: int, people: int, rng: random.Random) -> _Sheets:
    tag = prefix(book)
    units = [f"{tag}U{n}" for n in range(1, people // PEOPLE_PER_UNIT + 3)]
    codes = [f"{tag}P{n}" for n in range(1, people + 1)]
    unit_rows = [[units[0], f"Đơn vị nhập thử {book}", None, 1]]
    unit_rows += [[code, f"Phòng {n} (sổ {book})", units[0], n] for n, code in enumerate(units)][1:]
    person_rows = []
    for n, code in enumerate(codes):
        name = " ".join(rng.choice(words) for words in (FAMILY, MIDDLE, MIDDLE, GIVEN))
        gender = "Nữ" if " Thị " in name else "Nam"
        born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1965, 1999)}"
        person_rows.append([code, name, gender, born, units[1 + n % (len(units) - 1)]])
    ratings = [[code, year, rng.choice(GRADES)] for code in codes for year in (2023, 2024)]
    discipline = [[code, "Khiển trách", "10/03/2024"] for code in codes[7::40]]
    initiatives = [
        [f"{tag}SK{n}", f"Sáng kiến cải tiến số {n}", f"{author}:100", 2024, "Cơ sở"]
        for n, author in enumerate(codes[3::30], start=1)
    ]
    awards = [
        [code, "LDTT", 2024, f"{tag}{n}/QĐ-SCT", "20/12/2024"]
        for n, code in enumerate(codes[::3], start=1)
    ]
    return _Sheets(
        {
            "DonVi": [["Mã đơn vị*", "Tên đơn vị*", "Mã đơn vị cấp trên", "Thứ tự"], *unit_rows],
            "CaNhan": [
                ["Mã cá nhân*", "Họ và tên*", "Giới tính*", "Ngày sinh", "Mã đơn vị*"],
                *person_rows,
            ],
            "DanhGia": [["Mã đối tượng*", "Năm*", "Xếp loại*"], *ratings],
            "KyLuat": [["Mã cá nhân*", "Hình thức*", "Ngày hiệu lực*"], *discipline],
            "SangKien": [
                ["Mã sáng kiến*", "Tên sáng kiến*", "Tác giả*", "Năm công nhận*", "Phạm vi*"],
                *initiatives,
            ],
            "KhenThuong": [
                [
                    "Mã đối tượng*",
                    "Danh hiệu/Hình thức*",
                    "Năm*",
                    "Số quyết định",
                    "Ngày quyết định",
                ],
                *awards,
            ],
        }
    )


def write_book(path: Path, book: int, people: int, seed: int = 0) -> dict[str, int]:
    """Write book number `book` with `people` people; returns its rows per table."""
    sheets = _sheets(book, people, random.Random(seed * 7919 + book))
    workbook = Workbook(write_only=True)
    for name, rows in sheets.rows.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return sheets.counts()


def build_books(folder: Path, sizes: list[int], seed: int = 0) -> dict[str, dict]:
    """Write one book per size into `folder` with its manifest; returns the manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for book, people in enumerate(sizes, start=1):
        name = f"so-{book}-{people}.xlsx"
        counts = write_book(folder / name, book, people, seed)
        manifest[name] = {"prefix": prefix(book), "counts": counts}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def read_manifest(folder: Path) -> dict[str, dict]:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crash_books")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sizes", default="20,300,1200")
    args = parser.parse_args()
    manifest = build_books(args.folder, [int(s) for s in args.sizes.split(",")])
    print(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
