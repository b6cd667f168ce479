"""Tests for tdkt.text.normalize: NFC and whitespace cleaning."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tdkt.text import clean, nfc

NAME_NFC = "Nguyễn Thị Hồng Ánh"


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_nfc_composes_unikey_combining_input():
    decomposed = nfd(NAME_NFC)
    assert decomposed != NAME_NFC
    assert nfc(decomposed) == NAME_NFC


def test_nfc_keeps_tone_placement():
    # "hòa" and "hoà" are both accepted spellings; NFC must not merge them.
    assert nfc("hòa") != nfc("hoà")
    assert nfc(nfd("hoà")) == "hoà"


def test_clean_none_and_blank():
    assert clean(None) == ""
    assert clean("") == ""
    assert clean(" \t\n\u00a0 ") == ""


def test_clean_collapses_every_kind_of_whitespace():
    assert clean("  Lê\u00a0\u00a0Thị\tThu\n\r\nHà  ") == "Lê Thị Thu Hà"


def test_clean_outputs_nfc():
    assert clean(f"  {nfd(NAME_NFC)} ") == NAME_NFC


def test_clean_drops_pasted_invisible_characters():
    assert clean("\ufeffNguyễn\u200b Văn\u00ad An") == "Nguyễn Văn An"
    # Dropping the zero-width space lets the mark compose with its letter.
    assert clean("a\u200b\u0301") == "á"


@given(st.text())
def test_clean_is_idempotent(s):
    assert clean(clean(s)) == clean(s)


@given(st.text())
def test_clean_output_is_nfc_without_outer_or_double_spaces(s):
    cleaned = clean(s)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(ch.isspace() and ch != " " for ch in cleaned)


@given(st.text())
def test_clean_ignores_normal_form_of_input(s):
    assert clean(nfd(s)) == clean(nfc(s))
