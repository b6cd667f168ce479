"""Tests for tdkt.text.collation: Vietnamese dictionary order as a binary-comparable string."""

import random
import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tdkt.text import clean, collation_key, collation_key_parts

VIETNAMESE_LOWER = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽẹéêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz"
)
VIETNAMESE = VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def ordered(words):
    return sorted(words, key=collation_key)


def shuffled(words):
    copy = list(words)
    random.Random(1).shuffle(copy)
    return copy


def assert_order(expected):
    assert ordered(shuffled(expected)) == expected


# ---- examples -------------------------------------------------------------------------


def test_d_with_stroke_after_every_d():
    assert_order(["Dung", "Dũng", "Duy", "Dương", "Dzũng", "Đan", "Đào", "Đông"])
    assert collation_key("Dzzz") < collation_key("Đa")


def test_letters_before_tones():
    assert_order(["An", "Anh", "Ánh", "Ăn", "Ân", "Ấn", "Bình"])
    assert collation_key("Ánh") < collation_key("Ăn")


def test_shorter_first():
    assert collation_key("An") < collation_key("Anh")
    assert collation_key("An") < collation_key("An Bình")
    assert collation_key("") < collation_key("a")


def test_tone_order():
    assert_order(["ma", "mà", "mả", "mã", "má", "mạ"])


def test_full_alphabet_order():
    alphabet = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
    assert_order(alphabet)
    assert_order([w.upper() for w in alphabet])


def test_syllable_by_syllable():
    # The first syllable decides, tone included, before the second one is looked at.
    assert_order(["an bình", "an nhiên", "án an", "ăn bánh"])
    assert_order(["Nguyên", "Nguyễn", "Nguyễn An", "Nguyễn Ân", "Nguyệt"])


def test_case_insensitive_primary_with_lowercase_tie_break():
    assert_order(["an", "An", "AN", "anh", "b", "C", "đ", "Đ", "z", "Z"])
    assert collation_key("An", ignore_case=True) == collation_key("AN", ignore_case=True)
    assert collation_key("An") != collation_key("AN")


def test_z_words_last_digits_first():
    assert_order(["1", "10", "2", "2A", "A", "Anh", "Zô", "Zô Zô"])
    assert_order(["Tổ 1", "Tổ 2", "Tổ A"])


def test_tone_placement_variants_tie_on_letters_and_tone_but_stay_distinct():
    hoa = ["hoà", "hòa"]
    assert collation_key("hoa") < min(map(collation_key, hoa))
    assert max(map(collation_key, hoa)) < collation_key("hoá")
    assert collation_key("hoà") != collation_key("hòa")


def test_unknown_characters_sort_after_letters_without_crashing():
    words = ["Zô", "Nguyễn-Văn", "(An)", "Ωmega", "日本", "Ü", "🙂", "İ", "ǅ", "Ǆ", "ǆ"]
    keys = [collation_key(w) for w in words]
    assert len(set(keys)) == len(words)
    assert collation_key("Zô") < min(keys[2:])
    assert ordered(words) == ordered(shuffled(words))
    # Punctuation inside a word sorts after every letter at that position.
    assert_order(["Nguyễn", "Nguyễn Văn", "Nguyễnh", "Nguyễn-Văn"])


def test_normal_form_does_not_matter():
    name = "Nguyễn Thị Hồng Ánh"
    assert collation_key(nfd(name)) == collation_key(name)
    assert collation_key(f"  {name}\n") == collation_key(name)


def test_key_is_printable_ascii():
    key = collation_key("Nguyễn Thị Hồng Ánh ĐÀO 12 (x) 日本 ǅ")
    assert key.isascii() and key.isprintable()


def test_sqlite_binary_order_matches_python_order():
    words = ["Đào", "Dương", "Anh", "Ánh", "Ăn", "An", "an", "AN", "Zô", "3", "mạ", "ma", "日"]
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (word TEXT, sort_key TEXT COLLATE BINARY)")
        connection.executemany(
            "INSERT INTO t VALUES (?, ?)", [(w, collation_key(w)) for w in words]
        )
        rows = connection.execute("SELECT word FROM t ORDER BY sort_key").fetchall()
    finally:
        connection.close()
    assert [word for (word,) in rows] == ordered(words)


# ---- reference implementation ----------------------------------------------------------
# Written independently of the module: decomposes with NFD instead of using its table
# and compares nested tuples instead of strings.

REF_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
REF_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def ref_char(ch):
    """(rank, tone or None, is_upper); digits rank below all letters."""
    if ch.isdigit():
        return int(ch), None, None
    lower = ch.lower()
    marks = nfd(lower)
    tone = next((REF_TONES[m] for m in marks if m in REF_TONES), 0)
    base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in REF_TONES))
    return 10 + REF_ALPHABET.index(base), tone, ch != lower


def ref_key(text, ignore_case=False):
    syllables, cases = [], []
    for word in text.split():
        chars = [ref_char(ch) for ch in word]
        ranks = tuple(rank for rank, _, _ in chars)
        tones = tuple(tone for _, tone, _ in chars if tone is not None)
        syllables.append((ranks, next((t for t in tones if t), 0), tones))
        cases.extend(upper for _, _, upper in chars if upper is not None)
    return tuple(syllables) if ignore_case else (tuple(syllables), tuple(cases))


# Few letters so that random pairs often share prefixes and tie on letters or tones.
near_syllable = st.text(alphabet="aAàáạăắâấdđĐnhNH", min_size=1, max_size=4)
vn_syllable = st.text(alphabet=VIETNAMESE + "0123456789", min_size=1, max_size=5)
syllable = st.one_of(near_syllable, vn_syllable)
vn_text = st.lists(syllable, max_size=4).map(" ".join)
any_text = st.one_of(vn_text, st.text())


@given(vn_text, vn_text)
def test_agrees_with_reference(a, b):
    assert (collation_key(a) < collation_key(b)) == (ref_key(a) < ref_key(b))
    assert (collation_key(a) == collation_key(b)) == (ref_key(a) == ref_key(b))


@given(vn_text, vn_text)
def test_ignore_case_agrees_with_reference(a, b):
    key_a, key_b = collation_key(a, ignore_case=True), collation_key(b, ignore_case=True)
    ref_a, ref_b = ref_key(a, ignore_case=True), ref_key(b, ignore_case=True)
    assert (key_a < key_b) == (ref_a < ref_b)


@given(st.lists(vn_text, max_size=12))
def test_sorting_agrees_with_reference(texts):
    assert sorted(texts, key=collation_key) == sorted(texts, key=ref_key)


@given(any_text, any_text)
def test_equal_keys_iff_equal_cleaned_text(a, b):
    assert (collation_key(a) == collation_key(b)) == (clean(a) == clean(b))


@given(vn_text, vn_text)
def test_case_free_keys_equal_iff_lowercase_texts_equal(a, b):
    same_primary = collation_key(a, ignore_case=True) == collation_key(b, ignore_case=True)
    assert same_primary == (clean(a).lower() == clean(b).lower())


@given(any_text)
def test_key_does_not_depend_on_normal_form(s):
    assert collation_key(nfd(s)) == collation_key(unicodedata.normalize("NFC", s))


@given(st.lists(any_text, max_size=12))
def test_sort_is_stable_under_nfc_and_nfd(texts):
    by_nfc = sorted(texts, key=lambda t: collation_key(unicodedata.normalize("NFC", t)))
    by_nfd = sorted(texts, key=lambda t: collation_key(nfd(t)))
    assert by_nfc == by_nfd


@given(any_text, any_text, any_text)
def test_order_is_total_and_transitive(a, b, c):
    ka, kb, kc = sorted([collation_key(a), collation_key(b), collation_key(c)])
    assert ka <= kb <= kc
    assert (ka < kb) + (ka == kb) + (ka > kb) == 1


@given(any_text)
def test_keys_are_printable_ascii(s):
    key = collation_key(s)
    assert key.isascii() and key.isprintable()


@given(any_text, any_text)
def test_key_is_prefix_free(a, b):
    # Composite keys (names.name_sort_key) concatenate parts; this keeps them sound.
    primary_a, _ = collation_key_parts(a)
    primary_b, _ = collation_key_parts(b)
    if primary_a != primary_b:
        assert not primary_b.startswith(primary_a)


@pytest.mark.parametrize("text", ["", " ", None])
def test_empty_text(text):
    assert collation_key(text) == "!"
