"""Exact sizes for a benchmark's dataset.

The demo's world grows organically: people join and leave over the years, units come at
about one per 33 people, and awards and initiatives follow the rules and the award rate. A
benchmark needs counts it can state exactly (issue #9: 300 units, 10,000 people rated every
one of 15 years, 60,000 award records, 5,000 initiatives). With an `ExactShape`:

- the chart has exactly `units` units;
- everyone is at the agency for the whole span (recruited by the first June, nobody
  leaves), so the people's ratings number people × years;
- initiatives and awards the rules produced are topped up to exactly the totals asked for,
  with grassroots initiatives by people of good standing and the director's Giấy khen for
  a feat (the most common award there is). The rules' own output must stay below the totals
  (lower the award rate otherwise): nothing the rules made is ever taken away.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExactShape:
    units: int
    awards: int
    initiatives: int


class ShapeError(ValueError):
    """The rules alone already made more than the shape allows."""


def shortfall(kind: str, made: int, wanted: int) -> int:
    """How many more of `kind` the top-up must add; an error if the rules made too many."""
    if made > wanted:
        raise ShapeError(
            f"the rules made {made} {kind}, more than the {wanted} asked for: lower the award rate"
        )
    return wanted - made
