"""Recusal proposals: a member does not vote on an item about themselves (for an
initiative: its author) or about their own unit. The secretary confirms or sets aside each
proposal, and may add one by hand; the decisions are stored, the proposals are computed."""

from __future__ import annotations

from collections.abc import Sequence

from tdkt.councils.agenda import Concern
from tdkt.councils.types import MemberRow, RecusalRow

CONFIRMED = "xac_nhan"
DISMISSED = "bo_qua"
STATES = {None: "proposed", CONFIRMED: "confirmed", DISMISSED: "dismissed"}


def proposals(members: Sequence[MemberRow], subject: Concern) -> dict[int, str]:
    """member id → the reason the member should not vote on the item."""
    found: dict[int, str] = {}
    for member in members:
        if member.person_id is not None and member.person_id in subject.person_ids:
            found[member.id] = f"Thành viên là {subject.person_role}."
        elif member.unit_id is not None and member.unit_id in subject.unit_ids:
            found[member.id] = "Đơn vị của thành viên là đối tượng được xét."
    return found


def merge(
    item_id: int,
    members: Sequence[MemberRow],
    proposed: dict[int, str],
    decided: dict[int, tuple[str, str]],
) -> list[RecusalRow]:
    """Every proposal and every stored decision (member id → (decision, reason)) of an item."""
    names = {m.id: m.name for m in members}
    order = {m.id: index for index, m in enumerate(members)}
    rows = []
    for member_id in sorted(set(proposed) | set(decided), key=lambda m: order.get(m, len(order))):
        decision = decided.get(member_id)
        state = STATES[decision[0] if decision else None]
        reason = decision[1] if decision and decision[1] else proposed.get(member_id, "")
        rows.append(
            RecusalRow(
                item_id, member_id, names.get(member_id, ""), reason, state, member_id in proposed
            )
        )
    return rows
