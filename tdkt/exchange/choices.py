"""The closed lists of the workbook: each value's label, and what a cell may say for it."""

from __future__ import annotations

from dataclasses import dataclass, field

from tdkt.awards.types import KIND_LABELS
from tdkt.discipline.types import FORM_LABELS
from tdkt.ratings.types import GRADE_LABELS
from tdkt.text import fold


@dataclass(frozen=True)
class Choices:
    """`labels` maps a stored value to the text the workbook shows for it; a cell may also say
    any of the `extra` spellings (folded keys) for a value."""

    labels: dict[str, str]
    extra: dict[str, str] = field(default_factory=dict)
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup = dict(self.extra)
        for value, label in self.labels.items():
            lookup[fold(value)] = lookup[fold(label)] = value
        object.__setattr__(self, "_lookup", lookup)

    def value_of(self, text: str) -> str | None:
        """The value a cell's text stands for; spellings seen before are found without folding."""
        found = self._lookup.get(text)
        if found is None:
            found = self._lookup.get(fold(text))
            if found is not None:
                self._lookup[text] = found  # bounded: only spellings that name a value
        return found

    def label(self, value: str) -> str:
        return self.labels[value]

    def accepted(self) -> str:
        """`"A", "B" hoặc "C"`, for messages and the instructions sheet."""
        quoted = [f'"{label}"' for label in self.labels.values()]
        return ", ".join(quoted[:-1]) + " hoặc " + quoted[-1] if len(quoted) > 1 else quoted[0]


GENDERS = Choices({"nam": "Nam", "nu": "Nữ"})
GRADES = Choices(
    {code: code for code in GRADE_LABELS},
    extra={fold(phrase): code for code, phrase in GRADE_LABELS.items()},
)
DISCIPLINE_FORMS = Choices(dict(FORM_LABELS))
SCOPES = Choices({"co_so": "Cơ sở", "tinh": "Tỉnh", "bo": "Bộ", "toan_quoc": "Toàn quốc"})
AWARD_KINDS = Choices(dict(KIND_LABELS))
