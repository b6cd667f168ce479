"""Each line's verdict from the eligibility engine, its duplicate warnings (other batches,
awards already made), the quota counters of the batch, and review flags: read-only, on the
worker, after the batch itself is shown (it takes an evaluation of everyone in the year)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tdkt.collector import paused
from tdkt.eligibility.duplicates import by_subject, duplicate_warnings
from tdkt.eligibility.quotas import quota_counters
from tdkt.eligibility.types import VERDICT_LABELS
from tdkt.errors import ValidationError
from tdkt.nominations.batches import get_batch
from tdkt.nominations.levels import single_level
from tdkt.nominations.proposals import BatchProposals
from tdkt.nominations.repository import NominationRepository
from tdkt.nominations.review_flags import flags_of_batch
from tdkt.nominations.types import BatchChecks, LineCheck, NominationLineRow
from tdkt.subjects.types import PERSON

NO_RULE = "Không có quy tắc xét"


class CheckUseCases:
    """Mixed into NominationService."""

    _eligibility: object

    @paused  # an evaluation of everyone: tdkt.collector
    def line_checks(self, batch_id: int) -> BatchChecks:
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = get_batch(session, batch_id)
            repository = NominationRepository(session)
            lines = repository.lines(batch_id)
            checks: dict[int, LineCheck] = {}
            quotas: list[str] = []
            groups: dict[tuple[int, str], list[NominationLineRow]] = {}
            for line in lines:
                groups.setdefault((line.year, line.title_code), []).append(line)
            contexts: dict[int, object] = {}  # one evaluation of everyone per year
            for (year, title), group in sorted(groups.items()):
                quotas += self._check_group(
                    session, record.id, record.name, year, title, group, checks, contexts
                )
            for flag in flags_of_batch(session, batch_id):
                found = checks[flag.target_id]
                checks[flag.target_id] = LineCheck(
                    found.line_id,
                    found.verdict,
                    found.verdict_label,
                    found.summary,
                    (*found.warnings, f"Cần xem lại: {flag.reason}"),
                )
            try:
                single_level([record.level, *repository.title_issuers(batch_id)], "Đợt này")
                problem = ""
            except ValidationError as error:
                problem = error.message
            return BatchChecks(checks, tuple(quotas), problem)

    def _check_group(
        self,
        session: Session,
        batch_id: int,
        batch_name: str,
        year: int,
        title: str,
        lines: list[NominationLineRow],
        checks: dict[int, LineCheck],
        contexts: dict[int, object],
    ) -> list[str]:
        eligibility = self._eligibility
        if eligibility is not None and year not in contexts:
            contexts[year] = eligibility.year_context(session, year)  # type: ignore[attr-defined]
        ctx = contexts.get(year)
        others = list(BatchProposals(exclude_batch=batch_id).proposals(session, year))
        proposed = by_subject(others)
        for line in lines:
            checks[line.id] = _line_check(ctx, line, proposed)
        if ctx is None:
            return []
        mine = list(BatchProposals().proposals(session, year))
        counters = quota_counters(ctx, title, mine)
        shown = [
            c for c in counters if c.exceeded or (c.scope == "batch" and c.scope_id == batch_name)
        ]
        return [("⚠ Vượt tỷ lệ – " if c.exceeded else "") + c.describe() for c in shown]


def _line_check(ctx, line: NominationLineRow, proposed) -> LineCheck:  # type: ignore[no-untyped-def]
    if line.deleted:
        return LineCheck(
            line.id,
            "",
            "",
            "",
            ("Đối tượng đã bị xóa khỏi danh sách; dòng giữ thông tin lúc đề nghị.",),
        )
    if ctx is None or not ctx.rules.covers(line.title_code, line.subject_kind):
        return LineCheck(line.id, "", NO_RULE, "")
    subjects = ctx.world.people if line.subject_kind == PERSON else ctx.world.units
    subject = subjects.get(line.subject_id)
    if subject is None:
        return LineCheck(
            line.id, "", "Không xét được", f"Không còn công tác trong năm {line.year}."
        )
    evaluation = ctx.evaluate(line.title_code, subject)
    # Once decided, the award is the line's own: nothing to warn about any more.
    warnings = (
        []
        if line.outcome
        else duplicate_warnings(
            subject,
            line.title_code,
            line.year,
            proposed.get((line.subject_kind, line.subject_id), []),
        )
    )
    return LineCheck(
        line.id,
        evaluation.verdict,
        VERDICT_LABELS[evaluation.verdict],
        evaluation.summary(),
        tuple(warnings),
    )
