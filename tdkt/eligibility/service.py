"""Eligibility use cases: evaluate a year, explain one verdict, review a title across people
with quotas and duplicates, read and change the settings, export a selection.

Each call reads what it needs in one transaction (a few set-based queries), then evaluates in
memory with the rule set in force for the year."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tdkt.collector import drop_gradually, paused
from tdkt.discipline.types import FORM_LABELS
from tdkt.eligibility.context import YearContext, fitting_subjects
from tdkt.eligibility.duplicates import NoProposals, ProposalSource, by_subject, duplicate_warnings
from tdkt.eligibility.facts import Subject
from tdkt.eligibility.loader import RULES_DIR, load_rulebook
from tdkt.eligibility.loading import Scope, load_world
from tdkt.eligibility.phrases import title_name
from tdkt.eligibility.quotas import quota_counters
from tdkt.eligibility.regimes import RuleBook
from tdkt.eligibility.ruleset import RuleSet
from tdkt.eligibility.settings import read_stored
from tdkt.eligibility.settings_service import SettingsUseCases
from tdkt.eligibility.strip import year_strip
from tdkt.eligibility.types import (
    CriterionView,
    EligibilityReport,
    Evaluation,
    Explanation,
    RegimeInfo,
    RegimeRules,
    TitleChoice,
    TitleRules,
)
from tdkt.errors import NotFoundError, ValidationError
from tdkt.progress import NullProgress, Progress, check_cancelled
from tdkt.ratings.records import RatingRecord
from tdkt.services.base import ServiceBase
from tdkt.subjects.repository import find_subject
from tdkt.subjects.types import KIND_LABELS, PERSON, UNIT
from tdkt.units.repository import UnitRepository

NO_PROGRESS = NullProgress()


CHUNK = 500  # subjects between two progress reports


class EligibilityService(SettingsUseCases, ServiceBase):
    def __init__(
        self, *args, rules_dir: Path = RULES_DIR, proposals: ProposalSource | None = None, **kwargs
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._rules_dir = rules_dir
        self._book: RuleBook | None = None
        # The nominations feature plugs its batches in here (see duplicates.ProposalSource).
        self.proposals: ProposalSource = proposals or NoProposals()

    @property
    def rulebook(self) -> RuleBook:
        """The rule files, read and checked once (a broken file raises RuleFileError)."""
        if self._book is None:
            self._book = load_rulebook(self._rules_dir)
        return self._book

    # --- what the rules are

    def default_year(self) -> int:
        """The latest year with ratings (the year being considered), else this year."""
        with self._transaction() as session:
            latest = session.scalar(select(func.max(RatingRecord.year)))
        return latest or self._clock.today().year

    def regime(self, year: int) -> RegimeInfo:
        return _regime_info(self.rulebook.for_year(_checked_year(year, self._clock.today().year)))

    def titles(self, year: int) -> list[TitleChoice]:
        ruleset = self.rulebook.for_year(year)
        return [
            TitleChoice(code, title_name(code), spec.subject_kinds)
            for code, spec in ruleset.titles.items()
        ]

    def rules_overview(self) -> list[RegimeRules]:
        with self._transaction() as session:
            stored = read_stored(session)
        found = []
        for ruleset in self.rulebook.regimes:
            applied = self.rulebook.apply(ruleset, stored)
            titles = tuple(
                TitleRules(
                    code,
                    title_name(code),
                    kind,
                    spec.note,
                    tuple(
                        CriterionView(c.label, c.spec.basis, c.spec.confidence, c.spec.kind)
                        for c in applied.criteria(code, kind)
                    ),
                )
                for code, spec in ruleset.titles.items()
                for kind in spec.subject_kinds
            )
            found.append(RegimeRules(_regime_info(ruleset), titles))
        return found

    # --- evaluating

    @paused
    def evaluate(
        self,
        year: int,
        title: str | None = None,
        subject_code: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> list[Evaluation]:
        """EXCHANGE.md §3: every covered title (or one) for every subject of a fitting kind
        (or one subject), subject by subject."""
        year = _checked_year(year, self._clock.today().year)
        progress.report(0.02, "Đang đọc dữ liệu…")
        with self._transaction() as session:
            target = self._target(session, subject_code)
            ctx = self._context(session, year, self._scope(session, year, target))
        titles = self._titles_for(ctx.rules.ruleset, title, target.kind if target else None)
        if target is not None:
            subjects = [self._subject(ctx, target.kind, target.id)]
        else:
            subjects = fitting_subjects(ctx.world, year, PERSON) + fitting_subjects(
                ctx.world, year, UNIT
            )
            subjects.sort(key=lambda s: (s.kind != PERSON, s.code))
        found = self._run(ctx, subjects, titles, progress)
        ctx.release()
        drop_gradually(subjects)
        return found

    @paused
    def report(self, year: int, title: str, progress: Progress = NO_PROGRESS) -> EligibilityReport:
        """One title for everyone of a fitting kind, with duplicates and quota counters."""
        year = _checked_year(year, self._clock.today().year)
        progress.report(0.02, "Đang đọc dữ liệu…")
        with self._transaction() as session:
            ctx = self._context(session, year, Scope(year))
            proposals = list(self.proposals.proposals(session, year))
        self._titles_for(ctx.rules.ruleset, title, None)
        kinds = ctx.rules.ruleset.titles[title].subject_kinds
        subjects = [s for kind in kinds for s in fitting_subjects(ctx.world, year, kind)]
        evaluations = self._run(ctx, subjects, [title], progress)
        proposed = by_subject(p for p in proposals if p.year == year)
        warnings = {}
        for subject in subjects:
            found = duplicate_warnings(
                subject, title, year, proposed.get((subject.kind, subject.id), [])
            )
            if found:
                warnings[subject.kind, subject.id] = tuple(found)
        report = EligibilityReport(
            year,
            title,
            title_name(title),
            ctx.rules.ruleset.id,
            ctx.rules.ruleset.name,
            evaluations,
            warnings,
            quota_counters(ctx, title, proposals),
        )
        ctx.release()
        drop_gradually(subjects)
        return report

    @paused
    def explain(self, subject_kind: str, subject_id: int, title: str, year: int) -> Explanation:
        """One verdict with the year-by-year strip: only this subject's history is read."""
        year = _checked_year(year, self._clock.today().year)
        with self._transaction() as session:
            if subject_kind == PERSON:
                scope = Scope(year, person_id=subject_id)
            else:
                scope = Scope(
                    year, unit_ids=frozenset(UnitRepository(session).descendant_ids(subject_id))
                )
            ctx = self._context(session, year, scope)
            proposals = [
                p
                for p in self.proposals.proposals(session, year)
                if (p.subject_kind, p.subject_id) == (subject_kind, subject_id)
            ]
        self._titles_for(ctx.rules.ruleset, title, subject_kind)
        subject = self._subject(ctx, subject_kind, subject_id)
        ruleset = ctx.rules.ruleset
        return Explanation(
            ctx.evaluate(title, subject),
            ruleset.name,
            ruleset.note,
            year_strip(subject, year),
            tuple(duplicate_warnings(subject, title, year, proposals)),
        )

    def export_selection(
        self, report: EligibilityReport, chosen: Sequence[Evaluation], path: Path
    ) -> Path:
        if not chosen:
            raise ValidationError("Hãy chọn ít nhất một người hoặc một đơn vị để xuất.")
        from tdkt.eligibility.export import selection_workbook  # openpyxl: when needed

        data = selection_workbook(report, chosen)
        try:
            path.write_bytes(data)
        except OSError as error:
            raise ValidationError(f"Không ghi được tệp {path}: {error.strerror}") from error
        return path

    def year_context(self, session: Session, year: int, scope: Scope | None = None) -> YearContext:
        """The rules in force for `year` and the records they read, in the caller's
        transaction: other features' use cases (nominations) evaluate with it inside their
        own unit of work."""
        return self._context(session, year, scope or Scope(year))

    # --- helpers

    def _context(self, session: Session, year: int, scope: Scope) -> YearContext:
        stored = read_stored(session)
        applied = self.rulebook.apply(self.rulebook.for_year(year), stored)
        months = {form: applied.value(f"discipline_months_{form}") for form in FORM_LABELS}
        if scope.person_id is None and scope.unit_ids is None:  # everyone: no strip to show
            scope = replace(scope, lookback=applied.lookback())
        return YearContext(year, applied, load_world(session, scope, months))

    @staticmethod
    def _target(session: Session, code: str | None):  # type: ignore[no-untyped-def]
        if code is None:
            return None
        found = find_subject(session, code.strip())
        if found is None:
            raise NotFoundError(f'Không có cá nhân hoặc đơn vị mã "{code}".')
        return found

    @staticmethod
    def _scope(session: Session, year: int, target) -> Scope:  # type: ignore[no-untyped-def]
        if target is None:
            return Scope(year)
        if target.kind == PERSON:
            return Scope(year, person_id=target.id)
        return Scope(year, unit_ids=frozenset(UnitRepository(session).descendant_ids(target.id)))

    @staticmethod
    def _subject(ctx: YearContext, kind: str, subject_id: int) -> Subject:
        found = (ctx.world.people if kind == PERSON else ctx.world.units).get(subject_id)
        if found is None:
            raise NotFoundError("Cá nhân hoặc đơn vị không còn tồn tại.")
        return found

    @staticmethod
    def _titles_for(ruleset: RuleSet, title: str | None, kind: str | None) -> list[str]:
        if title is None:
            return list(ruleset.titles)
        if title not in ruleset.titles:
            raise ValidationError(
                {"title": f'Chưa có quy tắc xét "{title}" trong {ruleset.short_name}.'}
            )
        if kind is not None and kind not in ruleset.titles[title].subject_kinds:
            raise ValidationError(
                {"title": f"{title_name(title)} không xét cho {KIND_LABELS[kind].lower()}."}
            )
        return [title]

    @staticmethod
    def _run(
        ctx: YearContext, subjects: list[Subject], titles: list[str], progress: Progress
    ) -> list[Evaluation]:
        found = []
        total = max(len(subjects), 1)
        for index, subject in enumerate(subjects):
            if index % CHUNK == 0:
                check_cancelled(progress)
                progress.report(0.1 + 0.9 * index / total, f"Đang xét {index:,}/{total:,}…")
            for title in titles:
                if ctx.rules.covers(title, subject.kind):
                    found.append(ctx.evaluate(title, subject))
        progress.report(1.0, "Đã xét xong.")
        return found


def _checked_year(year: int, this_year: int) -> int:
    if not 1945 <= year <= this_year + 1:
        raise ValidationError({"year": f"Năm {year} không hợp lệ."})
    return year


def _regime_info(ruleset: RuleSet) -> RegimeInfo:
    return RegimeInfo(
        ruleset.id,
        ruleset.name,
        ruleset.short_name,
        ruleset.period_text(),
        ruleset.note,
        ruleset.source_file,
    )
