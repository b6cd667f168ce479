"""The registry of checks: the code a criterion's `check` names, and the parameters it takes.

A rule file says *which* check applies with *which* numbers and citation; the check function
says what those numbers mean. The loader validates parameters against the declarations here,
so a broken rule file fails when it is read, not in the middle of an evaluation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from tdkt.catalog.defaults import DEFAULT_TITLES
from tdkt.discipline.types import FORM_LABELS
from tdkt.ratings.types import GRADE_ORDER
from tdkt.subjects.types import PERSON, UNIT

if TYPE_CHECKING:
    from tdkt.eligibility.context import YearContext
    from tdkt.eligibility.facts import Subject

TITLE_CODES = frozenset(t.code for t in DEFAULT_TITLES)
INITIATIVE_SCOPES = ("co_so", "tinh", "bo", "toan_quoc")


class Outcome(NamedTuple):
    """What a check found. `ground` and `uses` tell what the title would rest on."""

    passed: bool | None
    detail: str
    missing: str = ""
    ground: str = ""
    uses: tuple[int, ...] = ()


def met(detail: str, ground: str = "", uses: tuple[int, ...] = ()) -> Outcome:
    return Outcome(True, detail, ground=ground, uses=uses)


def failed(detail: str, missing: str) -> Outcome:
    return Outcome(False, f"{detail}; {missing}" if detail else missing, missing=missing)


def unknown(detail: str) -> Outcome:
    return Outcome(None, detail)


CheckFunction = Callable[["YearContext", "Subject", Mapping[str, Any]], Outcome]


@dataclass(frozen=True)
class CheckSpec:
    name: str
    function: CheckFunction
    params: Mapping[str, str]  # name → type, required
    optional: Mapping[str, tuple[str, Any]] = field(default_factory=dict)  # name → (type, default)
    subjects: tuple[str, ...] = (PERSON, UNIT)


CHECKS: dict[str, CheckSpec] = {}


def check(
    name: str,
    *,
    subjects: tuple[str, ...] = (PERSON, UNIT),
    optional: Mapping[str, tuple[str, Any]] | None = None,
    **params: str,
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under `name` with its typed parameters."""

    def register(function: CheckFunction) -> CheckFunction:
        if name in CHECKS:
            raise RuntimeError(f"check {name} registered twice")
        CHECKS[name] = CheckSpec(name, function, dict(params), dict(optional or {}), subjects)
        return function

    return register


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_percent(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 100


def _codes(value: Any, allowed: frozenset[str] | tuple[str, ...]) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v in allowed for v in value)


PARAM_TYPES: dict[str, Callable[[Any], bool]] = {
    "int": _is_int,
    "percent": _is_percent,
    "bool": lambda v: isinstance(v, bool),
    "grade": lambda v: v in GRADE_ORDER,
    "form": lambda v: v in FORM_LABELS,
    "title": lambda v: v in TITLE_CODES,
    "titles": lambda v: _codes(v, TITLE_CODES),
    "scopes": lambda v: _codes(v, INITIATIVE_SCOPES) and bool(v),
}
PARAM_HINTS = {
    "int": "một số nguyên không âm",
    "percent": "một tỷ lệ phần trăm từ 0 đến 100",
    "bool": "true hoặc false",
    "grade": "HTXSNV, HTTNV, HTNV hoặc KHTNV",
    "form": "một hình thức kỷ luật (" + ", ".join(FORM_LABELS) + ")",
    "title": "một mã danh hiệu của EXCHANGE.md §2",
    "titles": "một danh sách mã danh hiệu của EXCHANGE.md §2",
    "scopes": "một danh sách phạm vi sáng kiến (" + ", ".join(INITIATIVE_SCOPES) + ")",
}


def param_problem(kind: str, value: Any) -> str | None:
    """None when `value` fits the parameter type, else what was expected (Vietnamese)."""
    return None if PARAM_TYPES[kind](value) else f"cần {PARAM_HINTS[kind]}, có {value!r}"
