"""Drop-down lists of coded choices: the code travels as the item's data, the Vietnamese
label is what the user reads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


def choice_combo(
    choices: Mapping[Any, str] | Iterable[tuple[Any, str]],
    current: object = None,
    *,
    all_label: str = "",
    parent: QWidget | None = None,
) -> QComboBox:
    """One item per (code, label), `current` chosen; with `all_label`, a first item whose
    data is None stands for "any"."""
    combo = QComboBox(parent)
    if all_label:
        combo.addItem(all_label, None)
    pairs = choices.items() if isinstance(choices, Mapping) else choices
    for code, label in pairs:
        combo.addItem(label, code)
    if current is not None:
        select_data(combo, current)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the item whose data is `value`; the first item when none is."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def refill(
    combo: QComboBox,
    choices: Mapping[Any, str] | Iterable[tuple[Any, str]],
    *,
    all_label: str = "",
) -> None:
    """Replace the items, keeping the chosen one while it is still offered, and emit no
    change (the caller reloads once, after every list is refilled)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if all_label:
        combo.addItem(all_label, None)
    pairs = choices.items() if isinstance(choices, Mapping) else choices
    for code, label in pairs:
        combo.addItem(label, code)
    select_data(combo, current)
    combo.blockSignals(False)
