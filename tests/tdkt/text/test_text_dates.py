"""Tests for tdkt.text.dates: dd/mm/yyyy and dates in words."""

import contextlib
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tdkt.text import date_words, format_date, parse_date

centuries = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def test_format_date():
    assert format_date(date(2025, 1, 5)) == "05/01/2025"
    assert format_date(date(1980, 12, 31)) == "31/12/1980"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    "text",
    ["05/01/2025", "5/1/2025", "05-01-2025", "5.1.2025", "2025-01-05", " 05/01/2025 \n"],
)
def test_parse_date_accepted_forms(text):
    assert parse_date(text) == date(2025, 1, 5)


def test_parse_date_impossible_date_message():
    with pytest.raises(
        ValueError, match=re.escape('"31/02/1980" không phải là ngày hợp lệ (dd/mm/yyyy)')
    ):
        parse_date("31/02/1980")


@pytest.mark.parametrize(
    "text",
    ["", "abc", "05/01/25", "05/01-2025", "2025/01/05", "32/01/2025", "01/13/2025",
     "00/01/2025", "05/01/0000", "١٢/٠١/٢٠٢٥", "05 / 01 / 2025"],
)  # fmt: skip
def test_parse_date_refuses(text):
    with pytest.raises(ValueError, match="không phải là ngày hợp lệ"):
        parse_date(text)


def test_parse_date_leap_day():
    assert parse_date("29/02/2024") == date(2024, 2, 29)
    with pytest.raises(ValueError):
        parse_date("29/02/2025")


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2025, 1, 5), "ngày 05 tháng 01 năm 2025"),
        (date(2025, 2, 5), "ngày 05 tháng 02 năm 2025"),
        (date(2025, 3, 12), "ngày 12 tháng 3 năm 2025"),
        (date(2025, 12, 9), "ngày 09 tháng 12 năm 2025"),
        (date(2024, 10, 31), "ngày 31 tháng 10 năm 2024"),
    ],
)
def test_date_words_leading_zeros(d, expected):
    assert date_words(d) == expected


def test_date_words_with_place():
    expected = "Quảng Ngãi, ngày 05 tháng 01 năm 2025"
    assert date_words(date(2025, 1, 5), "Quảng Ngãi") == expected
    assert date_words(date(2025, 1, 5), " Quảng\u00a0Ngãi ") == expected
    assert date_words(date(2025, 1, 5), "  ") == "ngày 05 tháng 01 năm 2025"


@given(centuries)
def test_parse_format_round_trip(d):
    assert parse_date(format_date(d)) == d
    assert parse_date(d.isoformat()) == d


@given(st.text())
def test_parse_date_raises_only_value_error(text):
    with contextlib.suppress(ValueError):
        parse_date(text)


@given(st.from_regex(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}", fullmatch=True))
def test_parse_date_raises_only_value_error_on_date_like_text(text):
    with contextlib.suppress(ValueError):
        parse_date(text)
