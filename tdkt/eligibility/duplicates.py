"""Duplicates across records: the same subject, title and year already awarded, already
proposed in a nomination batch, or the same achievement given another form of the same level.

Nomination batches belong to another feature; it plugs in through `ProposalSource`, which
the eligibility service reads in the same transaction as everything else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from tdkt.eligibility.facts import Subject
from tdkt.eligibility.phrases import award_text, title_short

# Titles of the same level for the same achievement: one or the other, not both.
SAME_ACHIEVEMENT = {
    "BK_TINH": ("BK_BO",),
    "BK_BO": ("BK_TINH",),
    "CSTD_TINH": ("CSTD_BO",),
    "CSTD_BO": ("CSTD_TINH",),
}


@dataclass(frozen=True)
class Proposal:
    """A line of a nomination batch: who is proposed for what, in which batch."""

    subject_kind: str
    subject_id: int
    title: str
    year: int
    batch: str
    status: str = ""


class ProposalSource(Protocol):
    def proposals(self, session: Session, year: int) -> Iterable[Proposal]:
        """Every proposal for achievements of `year` that is still standing (not refused)."""


class NoProposals:
    """Until nomination batches exist, nothing has been proposed."""

    def proposals(self, session: Session, year: int) -> Iterable[Proposal]:
        return ()


def duplicate_warnings(
    subject: Subject, title: str, year: int, proposals: Iterable[Proposal]
) -> list[str]:
    found = []
    award = subject.award(title, year)
    if award is not None:
        found.append(f"Đã được tặng {award_text(award)}: không đề nghị lại")
    for other in SAME_ACHIEVEMENT.get(title, ()):
        sibling = subject.award(other, year)
        if sibling is not None:
            found.append(f"Đã được tặng {award_text(sibling)} cho cùng thành tích")
    for proposal in proposals:
        if proposal.title == title:
            found.append(f"Đã có trong đợt đề nghị {proposal.batch}")
        elif proposal.title in SAME_ACHIEVEMENT.get(title, ()):
            found.append(
                f"Đã được đề nghị {title_short(proposal.title)} trong đợt {proposal.batch}"
            )
    return found


def by_subject(proposals: Iterable[Proposal]) -> dict[tuple[str, int], list[Proposal]]:
    found: dict[tuple[str, int], list[Proposal]] = {}
    for proposal in proposals:
        found.setdefault((proposal.subject_kind, proposal.subject_id), []).append(proposal)
    return found
