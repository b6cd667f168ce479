"""How criteria make a verdict (issue #4, point 3).

A failed hard criterion makes the subject not eligible; a hard criterion the records cannot
decide makes it need review. Qualitative criteria (spirit, unity) count as met unless a
record says otherwise, and alternatives only the council can judge (Bằng khen points a–c)
never decide on their own: they are shown, not weighed.
"""

from __future__ import annotations

from collections.abc import Iterable

from tdkt.eligibility.types import (
    ELIGIBLE,
    HARD,
    JUDGEMENT,
    NEEDS_REVIEW,
    NOT_ELIGIBLE,
    QUALITATIVE,
)

MET, OPEN, FAILED = 0, 1, 2
VERDICTS = (ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE)


def weights(kind: str) -> dict[bool | None, int]:
    """What a criterion of this kind weighs when passed, failed or unknown."""
    if kind == JUDGEMENT:
        return {True: MET, False: MET, None: MET}
    assert kind in (HARD, QUALITATIVE)
    return {True: MET, False: FAILED, None: OPEN if kind == HARD else MET}


def combine(reasons: Iterable[tuple[str, bool | None]]) -> str:
    """The verdict of (kind, passed) pairs."""
    return VERDICTS[max((weights(kind)[passed] for kind, passed in reasons), default=MET)]
