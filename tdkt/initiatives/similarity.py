"""A similarity hint for a newly registered initiative: the share of words it has in common
with each past one, ignoring case, diacritics and words that say nothing.

Dice's coefficient on the sets of folded syllables: 2·|A ∩ B| / (|A| + |B|). It is a hint
for the secretary (novelty is judged by the council, TT 18/2013 Điều 4), not a verdict.
"""

from __future__ import annotations

from collections.abc import Iterable

from tdkt.text import fold

# Function words and the stock phrases of initiative titles ("giải pháp nâng cao hiệu quả").
_STOPWORD_TEXT = """
va cua trong tai cho cac nhung mot de voi tren theo ve la o tu den khi nham
giai phap nang cao hieu qua cong tac viec thuc hien tinh quang ngai dia ban
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
THRESHOLD = 0.6
LIMIT = 5


def words(text: str) -> frozenset[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    return frozenset(w for w in cleaned.split() if w not in STOPWORDS and len(w) > 1)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def most_similar(
    title: str,
    past: Iterable[tuple[int, str]],
    threshold: float = THRESHOLD,
    limit: int = LIMIT,
) -> list[tuple[int, float]]:
    """(id, score) of the past titles at least `threshold` alike, best first."""
    mine = words(title)
    scored = [(pid, dice(mine, words(other))) for pid, other in past]
    found = [(pid, score) for pid, score in scored if score >= threshold]
    found.sort(key=lambda item: (-item[1], item[0]))
    return found[:limit]
