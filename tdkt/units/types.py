"""Unit DTOs: the draft a form fills, the row a list shows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnitDraft:
    code: str
    name: str
    parent_id: int | None = None
    sort_order: int | None = None  # None: after the last sibling


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    name: str
    parent_id: int | None
    sort_order: int
    depth: int
    # Position in the organisation chart read top-down (0, 1, 2 ...): the print order.
    tree_index: int
    person_count: int
    active: bool
    version: int = 0  # for edits from a form: a stale one is refused
