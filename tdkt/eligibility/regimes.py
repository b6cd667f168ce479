"""The legal periods in time order, the choice of the one in force for an evaluation year,
and a rule set with the user's settings applied (every "@setting" replaced by its value)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from tdkt.eligibility.checks import CHECKS, CheckFunction
from tdkt.eligibility.ruleset import SETTING_PREFIX, CriterionSpec, RuleSet, SettingSpec
from tdkt.eligibility.verdict import weights

COMMON = "common"


def evaluation_day(year: int) -> date:
    """The day whose rules judge a year's achievements: 31 December, when the year's titles
    are considered (so 2017 falls under NĐ 91/2017, in force from 01/10/2017, and 2025 under
    NĐ 152/2025, in force from 01/07/2025). legal.md §0 and §9 rule 1."""
    return date(year, 12, 31)


@dataclass(frozen=True)
class RuleBook:
    regimes: tuple[RuleSet, ...]  # in time order, without gaps
    common: Mapping[str, SettingSpec]

    def for_year(self, year: int) -> RuleSet:
        """The rule set in force for the evaluation year; years before the first period use
        the first (the oldest rules the application knows)."""
        day = evaluation_day(year)
        for ruleset in self.regimes:
            if ruleset.in_force_on(day):
                return ruleset
        return self.regimes[0] if day < (self.regimes[0].valid_from or day) else self.regimes[-1]

    def in_force_on(self, day: date) -> RuleSet:
        """The rule set in force on a day (a letter's or a decision's date, for its grounds)."""
        for ruleset in self.regimes:
            if ruleset.in_force_on(day):
                return ruleset
        return self.regimes[0] if day < (self.regimes[0].valid_from or day) else self.regimes[-1]

    def get(self, ruleset_id: str) -> RuleSet:
        for ruleset in self.regimes:
            if ruleset.id == ruleset_id:
                return ruleset
        raise KeyError(ruleset_id)

    def lineage(self, ruleset: RuleSet) -> list[RuleSet]:
        """The rule set, then the one it carries forward, and so on."""
        found = [ruleset]
        while found[-1].parent is not None:
            found.append(self.get(found[-1].parent))
        return found

    def setting_value(
        self, ruleset: RuleSet | None, name: str, stored: Mapping[str, Any]
    ) -> tuple[Any, SettingSpec, str]:
        """The value of a setting, the spec, and where it comes from: the user's own value
        for this period, else for the period it carries forward, else the national default
        ("" when it is the default)."""
        if ruleset is None or name in self.common:
            spec = self.common[name]
            if spec.key in stored:
                return stored[spec.key], spec, spec.key
            return spec.default, spec, ""
        spec = ruleset.settings[name]
        for owner in self.lineage(ruleset):
            key = f"eligibility.{owner.id}.{name}"
            if key in stored and name in owner.settings:
                return stored[key], spec, key
        return spec.default, spec, ""

    def apply(self, ruleset: RuleSet, stored: Mapping[str, Any]) -> AppliedRules:
        values = {name: self.setting_value(None, name, stored)[0] for name in self.common}
        for name in ruleset.settings:
            values[name] = self.setting_value(ruleset, name, stored)[0]
        return AppliedRules(ruleset, values)


@dataclass(frozen=True, slots=True)
class AppliedCriterion:
    spec: CriterionSpec
    function: CheckFunction
    params: Mapping[str, Any]
    label: str
    # Criteria with the same check and parameters (the Bằng khen of the province and of the
    # ministry share most of theirs) share one number, so an outcome is computed once;
    # `shared` says whether another title uses the same number.
    key: int
    shared: bool
    basis: str
    confidence: str
    kind: str
    failed_weight: int  # verdict.weights(kind) for a failed and an unknown outcome
    unknown_weight: int


@dataclass(frozen=True)
class AppliedRules:
    """A rule set with settings applied; criteria are resolved once per evaluation run."""

    ruleset: RuleSet
    values: Mapping[str, Any]
    _keys: dict[tuple[Any, ...], int] = field(default_factory=dict, compare=False, repr=False)

    def value(self, name: str) -> Any:
        return self.values[name]

    def resolve(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith(SETTING_PREFIX):
            return self.values[value[len(SETTING_PREFIX) :]]
        return value

    @cached_property
    def _criteria(self) -> dict[tuple[str, str], tuple[AppliedCriterion, ...]]:
        resolved = {
            (code, kind): [self._resolved(c) for c in criteria]
            for code, title in self.ruleset.titles.items()
            for kind, criteria in title.criteria.items()
        }
        uses = Counter(key for plan in resolved.values() for _c, _p, key in plan)
        return {
            plan_key: tuple(_applied(c, params, key, uses[key] > 1) for c, params, key in plan)
            for plan_key, plan in resolved.items()
        }

    def _resolved(self, criterion: CriterionSpec) -> tuple[CriterionSpec, dict[str, Any], int]:
        check = CHECKS[criterion.check]
        params = {name: default for name, (_type, default) in check.optional.items()}
        params.update({name: self.resolve(v) for name, v in criterion.params.items()})
        identity = (criterion.check, *sorted((k, _frozen(v)) for k, v in params.items()))
        return criterion, params, self._keys.setdefault(identity, len(self._keys))

    def criteria(self, title: str, kind: str) -> tuple[AppliedCriterion, ...]:
        return self._criteria.get((title, kind), ())

    def lookback(self) -> int:
        """How many years before the evaluation year any criterion looks at (a window of
        `years`, or a chain of `count` titles `step` years apart)."""
        found = 1  # last year's rating tells a long-serving person's months of service
        for plan in self._criteria.values():
            for criterion in plan:
                params = criterion.params
                span = params.get("years", 1)
                if "step" in params:
                    span = params["latest_within"] + params["step"] * (params["count"] - 1) + 1
                found = max(found, span - 1)
        return found

    def covers(self, title: str, kind: str) -> bool:
        return (title, kind) in self._criteria

    def covered_titles(self) -> list[str]:
        return list(self.ruleset.titles)


def _applied(
    criterion: CriterionSpec, params: dict[str, Any], key: int, shared: bool
) -> AppliedCriterion:
    weight = weights(criterion.kind)
    return AppliedCriterion(
        criterion,
        CHECKS[criterion.check].function,
        params,
        criterion.label.format(**params),
        key,
        shared,
        criterion.basis,
        criterion.confidence,
        criterion.kind,
        weight[False],
        weight[None],
    )


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value
