"""A rule set as loaded from `resources/rules/`: the settings it offers, each title's criteria
with their parameters and citations, and the quotas. Plain data; checks give it meaning."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SETTING_PREFIX = "@"  # a parameter value "@name" takes the value of setting `name`


@dataclass(frozen=True)
class SettingSpec:
    """A value a province or sector may set, with the national default and its source."""

    scope: str  # a rule set id, or "common"
    name: str
    label: str
    type: str  # int | percent | fraction | choice | bool | months
    default: Any
    basis: str
    confidence: str
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: Mapping[str, str] = field(default_factory=dict)
    help: str = ""
    none_label: str = ""  # when set, the value may be empty and is shown as this text

    @property
    def key(self) -> str:
        """The key of the `setting` row that overrides the default."""
        return f"eligibility.{self.scope}.{self.name}"


@dataclass(frozen=True)
class CriterionSpec:
    check: str
    label: str
    basis: str
    confidence: str
    kind: str
    params: Mapping[str, Any]

    def setting_refs(self) -> list[str]:
        return [
            value[len(SETTING_PREFIX) :]
            for value in self.params.values()
            if isinstance(value, str) and value.startswith(SETTING_PREFIX)
        ]


@dataclass(frozen=True)
class TitleSpec:
    code: str
    note: str
    # Criteria by subject kind ("ca_nhan", "tap_the"); a kind absent is not covered.
    criteria: Mapping[str, tuple[CriterionSpec, ...]]

    @property
    def subject_kinds(self) -> tuple[str, ...]:
        return tuple(self.criteria)


@dataclass(frozen=True)
class QuotaSpec:
    """At most `percent` % of the holders of `base` may receive `title`, counted `per`."""

    title: str
    base: str
    percent: Any  # a number or "@setting"
    per: str  # "unit" | "agency"
    basis: str
    confidence: str


@dataclass(frozen=True)
class RuleSet:
    id: str
    name: str
    short_name: str
    valid_from: date | None
    valid_to: date | None
    note: str
    titles: Mapping[str, TitleSpec]
    settings: Mapping[str, SettingSpec]
    quotas: tuple[QuotaSpec, ...]
    # Award kinds that count toward chains and prerequisites (đột xuất, theo đợt and
    # chuyên đề never do).
    chain_kinds: tuple[str, ...]
    chain_kinds_basis: str
    parent: str | None = None
    source_file: str = ""
    # The legal documents a letter or a decision of the period cites, in order ("Căn cứ").
    grounds: tuple[str, ...] = ()

    def in_force_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def period_text(self) -> str:
        start = self.valid_from.strftime("%d/%m/%Y") if self.valid_from else ""
        end = self.valid_to.strftime("%d/%m/%Y") if self.valid_to else ""
        if not start:
            return f"đến {end}"
        return f"từ {start}" + (f" đến {end}" if end else "")
