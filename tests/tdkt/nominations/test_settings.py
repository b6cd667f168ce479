"""The bonus tables and the documents' settings: defaults from resources/, changes kept in
the shared settings and used by the next decision."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tdkt.errors import ValidationError
from tdkt.nominations.document_settings import DocumentSettings, PrinterOffset
from tdkt.nominations.salary import default_table, money


def test_the_default_tables_come_from_the_resource_file(services):
    table = services.nominations.bonus_table()
    assert table.base_salary_on(date(2024, 6, 30)) == Decimal("1800000")
    assert table.base_salary_on(date(2024, 7, 1)) == Decimal("2340000")
    assert table.base_salary_on(date(2016, 5, 1)) == Decimal("1210000")
    assert table.coefficient("LDTT", "ca_nhan") == Decimal("0.3")
    assert table.coefficient("TTLDXS", "tap_the") == Decimal("1.5")
    assert table.coefficient("GK_SO", "ca_nhan") is None  # not verified: no amount
    assert default_table().coefficients["CSTDTQ"].confidence == "V"
    assert money(Decimal("702000")) == "702.000 đồng"


def test_the_secretary_changes_the_tables(services):
    steps = [
        (date(2024, 7, 1), Decimal("2340000"), "NĐ 73/2024"),
        (date(2026, 1, 1), Decimal("2530000"), "giả định"),
    ]
    coefficients = {"LDTT": (Decimal("0.3"), None), "GK_SO": (Decimal("0.15"), Decimal("0.3"))}
    table = services.nominations.save_bonus(steps, coefficients, "Quyết định của UBND tỉnh")
    assert table.base_salary_on(date(2026, 2, 1)) == Decimal("2530000")
    assert table.coefficient("GK_SO", "tap_the") == Decimal("0.3")
    with pytest.raises(ValidationError, match="hai lần"):
        services.nominations.save_bonus(steps + steps[:1], coefficients)


def test_printer_offsets_are_checked(services):
    with pytest.raises(ValidationError, match="quá 30 mm"):
        services.nominations.save_document_settings(
            DocumentSettings(offsets=(PrinterOffset("Canon", 45.0, 0.0),))
        )
    saved = services.nominations.save_document_settings(
        DocumentSettings(
            extra_grounds=("Quy chế thi đua, khen thưởng tỉnh;", " "),
            offsets=(PrinterOffset("Canon", 2.0, 1.0),),
        )
    )
    assert saved.extra_grounds == ("Quy chế thi đua, khen thưởng tỉnh",)
    assert saved.offset_for("Canon") == (2.0, 1.0) and saved.offset_for("HP") == (0.0, 0.0)
