"""Counts as officials write them in documents and lists ("06 cá nhân, 12 tập thể")."""

from __future__ import annotations


def count_words(n: int) -> str:
    """Two digits for 1-9 ("06"), plain digits from 10 on ("17"), and "0" for zero.

    The zero pad, like in dates, keeps a digit from being added later; zero itself is
    written "0" because a count of none is rare in documents and "00" reads oddly.
    Negative counts are a programming error and raise ValueError.
    """
    if n < 0:
        raise ValueError(f"count must not be negative: {n}")
    return "0" if n == 0 else f"{n:02d}"
