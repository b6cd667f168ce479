"""Tests for tdkt.text.numbers: counts as written in documents."""

import pytest

from tdkt.text import count_words


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0"), (1, "01"), (6, "06"), (9, "09"), (10, "10"), (17, "17"), (123, "123")],
)
def test_count_words(n, expected):
    assert count_words(n) == expected


def test_count_words_refuses_negative():
    with pytest.raises(ValueError, match="negative"):
        count_words(-1)
