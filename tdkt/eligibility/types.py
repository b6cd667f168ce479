"""What the eligibility engine answers: verdicts, criteria with their reasons, and the rows,
year strips, quota counters and warnings the page and the command line show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

ELIGIBLE = "eligible"
NOT_ELIGIBLE = "not_eligible"
NEEDS_REVIEW = "needs_review"
VERDICT_LABELS = {
    ELIGIBLE: "Đủ điều kiện",
    NEEDS_REVIEW: "Cần xem xét",
    NOT_ELIGIBLE: "Không đủ điều kiện",
}

# How a criterion weighs on the verdict.
HARD = "hard"  # decided from the records: failed → not eligible, unknown → needs review
QUALITATIVE = "qualitative"  # spirit, unity...: met unless a record says otherwise
JUDGEMENT = "judgement"  # an alternative only the council can judge: never decides
CRITERION_KINDS = (HARD, QUALITATIVE, JUDGEMENT)

CONFIDENCE_LABELS = {
    "V": "đã đối chiếu văn bản",
    "S": "theo tài liệu hướng dẫn, hỏi đáp",
    "R": "chưa đối chiếu văn bản, cần xác nhận",
}


class CriterionResult(NamedTuple):
    """One criterion of one verdict. `detail` says what the records show and, when failed,
    what is missing; `missing` repeats only the missing part, for short lists. (Tuples:
    an evaluation of everyone makes hundreds of thousands of them.)"""

    criterion: str
    passed: bool | None
    detail: str
    basis: str
    confidence: str = "S"
    kind: str = HARD
    missing: str = ""


class SubjectInfo(NamedTuple):
    kind: str  # "ca_nhan" | "tap_the"
    id: int
    code: str
    name: str
    unit_id: int | None
    unit_name: str
    search_text: str
    # List order (DESIGN.md §5): the unit's place in the chart, leaders first, then the
    # Vietnamese name order; for a unit, its place in the chart.
    order: tuple[int, int, str] = (0, 0, "")


class CriterionLike(Protocol):
    label: str
    basis: str
    confidence: str
    kind: str


class OutcomeLike(Protocol):
    passed: bool | None
    detail: str
    missing: str


class Evaluation(NamedTuple):
    """A verdict with the criteria it rests on. The criteria and their outcomes are kept as
    computed; `reasons` pairs them for display (an evaluation of everyone computes a million
    outcomes and shows one explanation at a time)."""

    subject: SubjectInfo
    title: str
    year: int
    verdict: str
    criteria: tuple[CriterionLike, ...]
    outcomes: tuple[OutcomeLike, ...]
    regime: str
    # What the title would rest on (e.g. "HTXSNV" or initiative codes), when it holds.
    ground: str = ""

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS[self.verdict]

    @property
    def reasons(self) -> tuple[CriterionResult, ...]:
        return tuple(
            CriterionResult(c.label, o.passed, o.detail, c.basis, c.confidence, c.kind, o.missing)
            for c, o in zip(self.criteria, self.outcomes, strict=True)
        )

    def summary(self) -> str:
        """The first thing missing (or unknown), for one line in a list."""
        pairs = list(zip(self.criteria, self.outcomes, strict=True))
        for criterion, outcome in pairs:
            if criterion.kind != JUDGEMENT and outcome.passed is False:
                return outcome.missing or outcome.detail
        for criterion, outcome in pairs:
            if criterion.kind == HARD and outcome.passed is None:
                return outcome.detail
        if self.verdict == ELIGIBLE:
            return f"Căn cứ: {self.ground}" if self.ground else "Đạt đủ các tiêu chí"
        return ""

    def as_json(self) -> dict[str, object]:
        """The object of EXCHANGE.md §3, exactly."""
        return {
            "subject": self.subject.code,
            "title": self.title,
            "year": self.year,
            "verdict": self.verdict,
            "reasons": [
                {
                    "criterion": c.label,
                    "passed": o.passed,
                    "detail": o.detail,
                    "basis": c.basis,
                }
                for c, o in zip(self.criteria, self.outcomes, strict=True)
            ],
        }


@dataclass(frozen=True, slots=True)
class Warning:
    """Something to check before a list is printed; it never changes a verdict."""

    subject_kind: str
    subject_id: int
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class QuotaCounter:
    """A cap such as "CSTĐCS at most 15 % of the LĐTT" counted for one unit or batch."""

    scope: str  # "unit" | "batch" | "agency"
    scope_id: int | str
    scope_name: str
    title: str
    base_title: str
    base_count: int
    limit: int
    eligible: int
    taken: int  # awarded or already proposed

    @property
    def exceeded(self) -> bool:
        return self.taken > self.limit

    def describe(self) -> str:
        return (
            f"{self.scope_name}: {self.base_count} {self.base_title} → tối đa {self.limit} "
            f"{self.title}; đã tặng hoặc đề nghị {self.taken}, đủ điều kiện {self.eligible}"
        )


@dataclass(frozen=True, slots=True)
class YearCell:
    """One year of a subject's record, for the strip in the detail pane."""

    year: int
    rating: str = ""
    awards: tuple[str, ...] = ()
    initiatives: tuple[str, ...] = ()
    discipline: tuple[str, ...] = ()


@dataclass(frozen=True)
class Explanation:
    evaluation: Evaluation
    regime_name: str
    regime_note: str
    strip: tuple[YearCell, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class EligibilityReport:
    """Everyone of the fitting kind for one title and year, with the checks across people."""

    year: int
    title: str
    title_name: str
    regime: str
    regime_name: str
    evaluations: list[Evaluation]
    warnings: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict)
    quotas: list[QuotaCounter] = field(default_factory=list)

    def warnings_for(self, evaluation: Evaluation) -> tuple[str, ...]:
        return self.warnings.get((evaluation.subject.kind, evaluation.subject.id), ())


@dataclass(frozen=True)
class TitleChoice:
    """A title the rules cover, for a year: its code, name and kinds of subject."""

    code: str
    name: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class RegimeInfo:
    id: str
    name: str
    short_name: str
    period: str
    note: str
    source_file: str


@dataclass(frozen=True)
class CriterionView:
    label: str
    basis: str
    confidence: str
    kind: str


@dataclass(frozen=True)
class TitleRules:
    code: str
    name: str
    subject_kind: str
    note: str
    criteria: tuple[CriterionView, ...]


@dataclass(frozen=True)
class RegimeRules:
    regime: RegimeInfo
    titles: tuple[TitleRules, ...]
