"""One evaluation year: the rules in force, everyone's history, and a cache of verdicts.

Titles lean on each other within the year (CSTĐCS needs LĐTT; TTLĐTT counts its members'
LĐTT; CSTĐ tỉnh ends with this year's CSTĐCS), so a verdict is computed once and reused.
A title of an earlier year counts only when it was awarded (legal.md §9 rule 1); a title of
this year counts when it was awarded or when the records make the subject eligible now.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date

from tdkt.collector import drop_gradually
from tdkt.eligibility.checks import Outcome
from tdkt.eligibility.facts import AwardFact, InitiativeFact, Subject, World
from tdkt.eligibility.phrases import title_short
from tdkt.eligibility.regimes import AppliedRules
from tdkt.eligibility.types import ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE, Evaluation, SubjectInfo
from tdkt.eligibility.verdict import MET, VERDICTS
from tdkt.subjects.types import PERSON, UNIT

SCOPE_RANK = {"co_so": 0, "tinh": 1, "bo": 1, "toan_quoc": 2}
STANDING = {ELIGIBLE: True, NOT_ELIGIBLE: False, NEEDS_REVIEW: None}


@dataclass
class YearContext:
    year: int
    rules: AppliedRules
    world: World
    _cache: dict[tuple[str, str, int], Evaluation] = field(default_factory=dict)
    _uses: dict[tuple[str, str, int], tuple[int, ...]] = field(default_factory=dict)
    _members: dict[int, list[Subject]] = field(default_factory=dict)
    _staff: dict[int, list[Subject]] = field(default_factory=dict)  # unit → its own staff
    _infos: dict[tuple[str, int], SubjectInfo] = field(default_factory=dict)
    _ranks: dict[int, int] = field(default_factory=dict)
    _running: list[tuple[str, str, int]] = field(default_factory=list)
    # Outcomes by subject, then by criterion key (see `_evaluate`).
    _outcomes: dict[tuple[str, int], dict[Hashable, Outcome]] = field(default_factory=dict)
    _shared: dict[Hashable, Outcome] = field(default_factory=dict)

    def release(self) -> None:
        """Free the caches and the histories a little at a time (tdkt.collector)."""
        drop_gradually(
            self._cache,
            self._outcomes,
            self._infos,
            self._uses,
            self._shared,
            self._members,
            self._staff,
            self.world.people,
            self.world.units,
        )

    @property
    def evaluating(self) -> str:
        """The title whose criteria are being checked (the innermost, when titles nest)."""
        return self._running[-1][0]

    @property
    def chain_kinds(self) -> tuple[str, ...]:
        return self.rules.ruleset.chain_kinds

    # --- verdicts

    def evaluate(self, title: str, subject: Subject) -> Evaluation:
        key = (title, subject.kind, subject.id)
        found = self._cache.get(key)
        if found is not None:
            return found
        if key in self._running:  # a rule file made two titles lean on each other
            raise RuntimeError(f"vòng lặp khi xét {title}")
        self._running.append(key)
        evaluation = self._evaluate(title, subject, key)
        self._running.pop()  # (an exception abandons the whole context anyway)
        self._cache[key] = evaluation
        return evaluation

    def _evaluate(self, title: str, subject: Subject, key: tuple[str, str, int]) -> Evaluation:
        # A check depends on the title being evaluated only through that title's award of
        # this year (it is the one being judged, not an earlier one), and CSTĐCS reserves an
        # initiative the other titles then see as taken; otherwise criteria with the same
        # check and parameters share their outcome.
        own = title if title == "CSTDCS" or subject.award(title, self.year) else ""
        outcomes = self._outcomes.get((subject.kind, subject.id))
        if outcomes is None:
            outcomes = self._outcomes[subject.kind, subject.id] = {}
        criteria = self.rules.criteria(title, subject.kind)
        found: list[Outcome] = []
        worst = MET
        for criterion in criteria:
            if criterion.shared:
                outcome_key = (criterion.key, own) if own else criterion.key
                outcome = outcomes.get(outcome_key)
                if outcome is None:
                    outcome = criterion.function(self, subject, criterion.params)
                    outcomes[outcome_key] = outcome
            else:
                outcome = criterion.function(self, subject, criterion.params)
            found.append(outcome)
            passed = outcome.passed
            if not passed:
                weight = criterion.failed_weight if passed is False else criterion.unknown_weight
                if weight > worst:
                    worst = weight
        verdict = VERDICTS[worst]
        ground = ""
        if verdict == ELIGIBLE:
            grounds = [o.ground for o in found if o.ground and o.passed]
            ground = "; ".join(grounds)
            uses = tuple(i for o in found for i in o.uses)
            if uses:
                self._uses[key] = uses
        return Evaluation(
            self.info(subject),
            title,
            self.year,
            verdict,
            criteria,
            tuple(found),
            self.rules.ruleset.id,
            ground,
        )

    def shared(self, key: Hashable, build: Callable[[], Outcome]) -> Outcome:
        """An outcome that is the same for everyone in the same situation (most people have
        no initiative, no discipline, no earlier Bằng khen): built once per evaluation run."""
        found = self._shared.get(key)
        if found is None:
            found = self._shared[key] = build()
        return found

    def info(self, subject: Subject) -> SubjectInfo:
        key = (subject.kind, subject.id)
        found = self._infos.get(key)
        if found is None:
            if not self._ranks:
                self._ranks = self.world.unit_ranks()
            if subject.is_person:
                rank = self._ranks.get(subject.unit_id, len(self._ranks))  # type: ignore[arg-type]
                order = (rank, 0 if subject.is_leader else 1, subject.sort_key)
            else:
                order = (self._ranks.get(subject.id, len(self._ranks)), 0, "")
            found = SubjectInfo(
                subject.kind,
                subject.id,
                subject.code,
                subject.name,
                subject.unit_id,
                self.world.unit_name(subject.unit_id),
                subject.search_text,
                order,
            )
            self._infos[key] = found
        return found

    def standing_now(self, title: str, subject: Subject) -> bool | None:
        """Holds `title` this year: awarded (not revoked, of a counting kind), else as the
        records say now (None while they cannot tell)."""
        award = subject.award(title, self.year)
        if award is not None and award.kind in self.chain_kinds:
            return True
        evaluation = self._cache.get((title, subject.kind, subject.id))
        if evaluation is None:
            if not self.rules.covers(title, subject.kind):
                return False
            evaluation = self.evaluate(title, subject)
        return STANDING[evaluation.verdict]

    def held_in(self, title: str, subject: Subject, year: int) -> bool | None:
        """Held in an earlier year only by an award; this year, by `standing_now`."""
        if year == self.year:
            return self.standing_now(title, subject)
        award = subject.award(title, year)
        return award is not None and award.kind in self.chain_kinds

    # --- awards and initiatives

    def prior_awards(
        self, subject: Subject, titles: list[str] | tuple[str, ...], own: str
    ) -> list[AwardFact]:
        """Counting awards of `titles` up to this year, except the one being evaluated."""
        return [
            a
            for a in subject.counting_awards(titles)
            if a.year <= self.year
            and a.kind in self.chain_kinds
            and not (a.title == own and a.year == self.year)
        ]

    def other_uses(self, subject: Subject, own: str) -> dict[int, AwardFact]:
        """Initiatives already grounding another award of this person (up to this year)."""
        found: dict[int, AwardFact] = {}
        for award in subject.awards:
            if award.revoked or award.year > self.year or not award.initiatives:
                continue
            if award.title == own and award.year == self.year:
                continue
            for initiative_id in award.initiatives:
                found.setdefault(initiative_id, award)
        return found

    def reserved_for_cstdcs(self, subject: Subject) -> tuple[int, ...]:
        """The initiative this year's CSTĐCS would rest on, when it is not yet awarded."""
        if subject.award("CSTDCS", self.year) is not None:
            return ()
        if not self.rules.covers("CSTDCS", subject.kind):
            return ()
        self.evaluate("CSTDCS", subject)
        return self._uses.get(("CSTDCS", subject.kind, subject.id), ())

    def initiatives(
        self,
        subject: Subject,
        years: range,
        scopes: list[str],
        own: str,
        reuse_from: tuple[str, ...] | list[str] = (),
    ) -> tuple[list[InitiativeFact], list[tuple[InitiativeFact, str]]]:
        """The person's recognised initiatives of those years and scopes: those still free,
        lowest scope first, and those spent elsewhere with the reason."""
        if not subject.initiatives:
            return [], []
        uses = self.other_uses(subject, own)
        reserved = () if own == "CSTDCS" or "CSTDCS" in reuse_from else None
        free, spent = [], []
        for initiative in subject.initiatives:
            if not initiative.recognised or initiative.year not in years:
                continue
            if initiative.scope not in scopes:
                continue
            award = uses.get(initiative.id)
            if award is not None and award.title not in reuse_from:
                spent.append((initiative, f"đã làm căn cứ {_award_short(award)}"))
                continue
            if reserved is None:
                reserved = self.reserved_for_cstdcs(subject)
            if initiative.id in reserved:
                spent.append((initiative, f"dự kiến làm căn cứ CSTĐCS năm {self.year}"))
                continue
            free.append(initiative)
        free.sort(key=lambda i: (SCOPE_RANK.get(i.scope, 0), i.year, i.code))
        return free, spent

    # --- units

    def members(self, unit: Subject) -> list[Subject]:
        """People on the staff of the unit or of a unit under it on 31 December.

        A division's staff are members of the centre that contains it; people who left
        during the year are no longer members when the unit's title is decided."""
        found = self._members.get(unit.id)
        if found is None:
            if not self._staff:
                for person in self.world.people.values():
                    if person.serves_through(self.year) and person.unit_id is not None:
                        self._staff.setdefault(person.unit_id, []).append(person)
            found = [p for u in sorted(self.world.subtree(unit.id)) for p in self._staff.get(u, [])]
            self._members[unit.id] = found
        return found

    def year_end(self) -> date:
        return date(self.year, 12, 31)


def _award_short(award: AwardFact) -> str:
    return f"{title_short(award.title)} năm {award.year}"


def fitting_subjects(world: World, year: int, kind: str) -> list[Subject]:
    """Who a title of this kind may be considered for in the year."""
    if kind == PERSON:
        return [p for p in world.people.values() if p.works_in(year)]
    assert kind == UNIT
    return [u for u in world.units.values() if u.active or year in u.ratings]
