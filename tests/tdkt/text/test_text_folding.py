"""Tests for tdkt.text.folding: case- and diacritic-insensitive search form."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tdkt.text import fold

VIETNAMESE_LOWER = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽẹéêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz"
)
VIETNAMESE = VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()
vietnamese_text = st.text(alphabet=VIETNAMESE + " \t0123456789-", max_size=30)
any_text = st.one_of(vietnamese_text, st.text())


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_fold_example():
    assert fold("Nguyễn Văn Ân") == "nguyen van an"


def test_fold_maps_d_with_stroke():
    assert fold("ĐỖ đức Đạt") == "do duc dat"


def test_fold_every_vietnamese_letter_to_ascii():
    folded = fold(VIETNAMESE)
    assert folded.isascii()
    assert len(folded) == len(VIETNAMESE)
    assert set(folded) == set("abcdefghijklmnopqrstuvwxyz")


def test_fold_cleans_whitespace_and_none():
    assert fold("  Lê\u00a0Thị \n Hà ") == "le thi ha"
    assert fold(None) == ""


def test_fold_nfd_input_equals_nfc_input():
    assert fold(nfd("Trương Quốc Khánh")) == fold("Trương Quốc Khánh") == "truong quoc khanh"


def test_fold_other_latin_and_stray_marks():
    assert fold("Müller Ñoño Ç") == "muller nono c"
    assert fold("q\u0301") == "q"


def test_fold_keeps_other_scripts():
    assert fold("Ωμέγα 한국") == "ωμεγα 한국"


@given(any_text)
def test_fold_ignores_normal_form(s):
    assert fold(unicodedata.normalize("NFC", s)) == fold(nfd(s))


@given(any_text)
def test_fold_output_is_lowercase_without_marks(s):
    folded = fold(s)
    assert folded == folded.lower()
    assert not any(unicodedata.category(ch).startswith("M") for ch in folded)


@given(vietnamese_text)
def test_fold_of_vietnamese_is_ascii_and_idempotent(s):
    folded = fold(s)
    assert folded.isascii()
    assert fold(folded) == folded
