"""Crash fuzz of every text function: any Unicode text (emoji, controls, stray combining
marks, other scripts, NFD) is handled without an exception the caller did not ask for."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tdkt.text import (
    clean,
    collation_key,
    collation_key_parts,
    count_words,
    date_words,
    fold,
    format_date,
    name_parts,
    name_sort_key,
    nfc,
    parse_date,
)

anything = st.text(st.characters(codec="utf-8"), max_size=80)
maybe = st.none() | anything


@given(maybe)
def test_cleaning_and_folding_never_fail(s):
    for result in (clean(s), fold(s), collation_key(s), name_sort_key(s)):
        assert isinstance(result, str)
    assert isinstance(collation_key(s, ignore_case=True), str)
    assert all(isinstance(part, str) for part in collation_key_parts(s))
    if s is not None:
        assert isinstance(nfc(s), str)


@given(maybe)
def test_cleaned_text_has_no_control_characters(s):
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in clean(s))


@given(maybe)
def test_name_parts_never_fail_and_keep_every_word(s):
    parts = name_parts(s)
    words = [w for part in (parts.family, parts.middle, parts.given) for w in part.split()]
    assert words == clean(s).split()


@given(anything)
def test_parse_date_answers_a_date_or_a_vietnamese_value_error(s):
    try:
        parsed = parse_date(s)
    except ValueError as error:
        assert "không phải là ngày hợp lệ" in str(error)
    else:
        assert isinstance(parsed, date)


@given(st.dates(), maybe)
def test_dates_in_words_never_fail(d, place):
    words = date_words(d, place)
    assert words.endswith(f"năm {d.year}") and format_date(d).endswith(str(d.year).zfill(4))


@given(st.integers(min_value=0, max_value=10**12))
def test_counts_never_fail(n):
    assert count_words(n).lstrip("0") == str(n).lstrip("0")
