"""Reading single cells: text, codes, numbers, years, dates, birth, flags, lists, CCCD."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal

import pytest

from tdkt.exchange import cells
from tdkt.exchange.cells import CellError, parser_for
from tdkt.exchange.spec import AWARDS, PEOPLE, RATINGS


def test_text_is_nfc_trimmed_and_single_spaced():
    assert cells.as_text("  Nguyễn\u00a0 Văn\tAn ") == "Nguyễn Văn An"
    assert cells.as_text(unicodedata.normalize("NFD", "Ánh")) == "Ánh"
    assert cells.as_text(1001.0) == "1001" and cells.as_text(2.5) == "2.5"
    assert cells.as_text(datetime(2024, 1, 5)) == "05/01/2024"


def test_memo_keeps_line_breaks():
    assert cells.as_memo(" Dòng một \r\n\r\n  dòng  hai ") == "Dòng một\ndòng hai"


def test_codes_have_no_spaces():
    assert cells.as_code(" CN01 ") == "CN01"
    with pytest.raises(CellError, match="không được chứa dấu cách"):
        cells.as_code("CN 01")


def test_integers_and_years():
    assert cells.as_int(3.0) == 3 and cells.as_int(" 12 ") == 12
    assert cells.as_year("2024") == 2024 and cells.as_year(2024.0) == 2024
    for bad in ("abc", 2.5, True, datetime(2024, 1, 1)):
        with pytest.raises(CellError):
            cells.as_int(bad)
    with pytest.raises(CellError, match="không phải là năm"):
        cells.as_year(24)


def test_dates():
    assert cells.as_date(datetime(1980, 2, 3, 0, 0)) == date(1980, 2, 3)
    assert cells.as_date("5/1/2024") == date(2024, 1, 5)
    with pytest.raises(CellError, match="không phải là ngày hợp lệ"):
        cells.as_date("31/02/1980")
    with pytest.raises(CellError, match="là số, không phải ngày"):
        cells.as_date(29221)


def test_birth_is_a_date_or_a_year():
    assert cells.as_birth("1980") == (None, 1980)
    assert cells.as_birth(1980) == (None, 1980)
    assert cells.as_birth("03/02/1980") == (date(1980, 2, 3), 1980)


def test_flags():
    for yes in ("x", "X", "có", "Có", "1", "true", True, 1):
        assert cells.as_flag(yes) is True
    for no in ("không", "0", False):
        assert cells.as_flag(no) is False
    with pytest.raises(CellError, match='chỉ nhận "x"'):
        cells.as_flag("hình như có")


def test_lists_accept_codes_and_full_phrases_without_diacritics():
    gender = parser_for(PEOPLE.column("gender"))
    grade = parser_for(RATINGS.column("grade"))
    kind = parser_for(AWARDS.column("kind"))
    assert gender("NỮ") == "nu" and gender("nu") == "nu"
    assert grade("Hoàn thành xuất sắc nhiệm vụ") == "HTXSNV" == grade("htxsnv")
    assert kind("dot xuat") == "dot_xuat"
    with pytest.raises(CellError, match='"Khác" không hợp lệ, chỉ nhận "Nam" hoặc "Nữ"'):
        gender("Khác")


def test_length_limits():
    name = parser_for(PEOPLE.column("full_name"))
    with pytest.raises(CellError, match="dài 121 ký tự, tối đa 120 ký tự"):
        name("A" * 121)


def test_cccd_keeps_its_leading_zero():
    assert cells.as_id_number(51080000001) == "051080000001"
    assert cells.as_id_number(" 051080000001 ") == "051080000001"
    with pytest.raises(CellError):
        cells.as_id_number("05108000000A")


def test_decimals():
    assert cells.as_decimal("1,5") == Decimal("1.5") and cells.as_decimal(2340000) == Decimal(
        2340000
    )
    with pytest.raises(CellError):
        cells.as_decimal("nhiều")
