"""Tests for tdkt.text.names: name parts and the given-name-first sort key."""

import dataclasses
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tdkt.text import NameParts, collation_key, name_parts, name_sort_key


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Nguyễn Văn An", NameParts("Nguyễn", "Văn", "An")),
        ("Lê Thị Thu Hà", NameParts("Lê", "Thị Thu", "Hà")),
        ("Tôn Nữ Thị Minh Châu", NameParts("Tôn", "Nữ Thị Minh", "Châu")),
        ("Nguyễn An", NameParts("Nguyễn", "", "An")),
        ("An", NameParts("", "", "An")),
        ("  Lê\u00a0 Thị\tHà ", NameParts("Lê", "Thị", "Hà")),
        ("", NameParts("", "", "")),
        (None, NameParts("", "", "")),
    ],
)
def test_name_parts(full, parts):
    assert name_parts(full) == parts


def test_name_parts_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        name_parts("Nguyễn Văn An").given = "Bình"  # type: ignore[misc]


def test_name_parts_outputs_nfc():
    assert name_parts(unicodedata.normalize("NFD", "Lê Thị Hà")).family == "Lê"


def test_name_sort_key_example():
    names = ["Nguyễn Văn Bình", "Lê Thị Bình", "Trần Văn An"]
    assert sorted(names, key=name_sort_key) == ["Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Bình"]


def test_name_sort_key_given_then_middle_then_family():
    names = [
        "Nguyễn Văn Ánh", "Đỗ Anh", "Trần Văn Anh", "Lê Anh", "Lê Ánh",
        "Phạm Thị Anh", "Nguyễn Văn Ân", "Anh",
    ]  # fmt: skip
    assert sorted(names, key=name_sort_key) == [
        "Anh", "Đỗ Anh", "Lê Anh", "Phạm Thị Anh", "Trần Văn Anh",
        "Lê Ánh", "Nguyễn Văn Ánh", "Nguyễn Văn Ân",
    ]  # fmt: skip


def test_name_sort_key_case_only_breaks_ties():
    # A case difference in the given name must not outrank the middle name.
    assert name_sort_key("Lê Thị an") < name_sort_key("Lê Văn An")
    assert name_sort_key("Lê Văn an") < name_sort_key("Lê Văn An")


def test_name_sort_key_is_printable_ascii():
    key = name_sort_key("Nguyễn Thị Hồng Ánh")
    assert key.isascii() and key.isprintable()


words = st.text(alphabet="aăâbdđAĂĐnhàáạ", min_size=1, max_size=4)
names = st.lists(words, min_size=1, max_size=4).map(" ".join)


def reference_name_key(full):
    parts = name_parts(full)
    fields = (parts.given, parts.middle, parts.family)
    primary = tuple(collation_key(f, ignore_case=True) for f in fields)
    return primary, tuple(collation_key(f) for f in fields)


@given(names, names)
def test_name_sort_key_matches_field_by_field_comparison(a, b):
    assert (name_sort_key(a) < name_sort_key(b)) == (reference_name_key(a) < reference_name_key(b))
    assert (name_sort_key(a) == name_sort_key(b)) == (a == b)
