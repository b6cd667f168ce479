"""Nomination use cases, one module per responsibility, mixed into one service:
batches (batches.py), lines (lines.py), the workflow (workflow.py), the dossier
(dossier.py), line checks (checks.py), decisions (decisions.py), documents (documents.py),
and revocations with their review flags (revocation.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tdkt.clock import Clock
from tdkt.movements import attachments
from tdkt.nominations.batches import BatchUseCases
from tdkt.nominations.checks import CheckUseCases
from tdkt.nominations.choices import ChoiceUseCases
from tdkt.nominations.decisions import DecisionUseCases
from tdkt.nominations.documents import PaperUseCases
from tdkt.nominations.dossier import DossierUseCases
from tdkt.nominations.lines import LineUseCases
from tdkt.nominations.revocation import ReviewUseCases
from tdkt.nominations.workflow import WorkflowUseCases
from tdkt.services.base import ServiceBase, os_user


class NominationService(
    BatchUseCases,
    LineUseCases,
    WorkflowUseCases,
    DossierUseCases,
    CheckUseCases,
    DecisionUseCases,
    PaperUseCases,
    ReviewUseCases,
    ChoiceUseCases,
    ServiceBase,
):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        actor: Callable[[], str] = os_user,
        *,
        eligibility: object | None = None,  # EligibilityService: verdicts, rules, grounds
        attachments_root: Callable[[], Path] = attachments.default_root,
        before_bulk: Callable[[], object] = lambda: None,  # a backup before a decision
    ) -> None:
        super().__init__(sessions, clock, actor)
        self._eligibility = eligibility
        self._root = attachments_root
        self._before_bulk = before_bulk
