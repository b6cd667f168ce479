"""Add or edit an award record: widgets to an AwardDraft and back; the domain validates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from tdkt.awards.types import KIND_LABELS, AwardDraft, AwardRow
from tdkt.catalog.types import Title
from tdkt.people.types import PersonRow
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import fold
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.errors import show_error
from ui.formatting import show_date
from ui.widgets.combos import choice_combo, select_data
from ui.widgets.edit_dialog import EditDialog

MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
SEPARATOR = " – "


@dataclass(frozen=True)
class SubjectChoice:
    code: str
    kind: str  # PERSON or UNIT
    label: str  # "CODE – Name (Unit)"


def person_choices(people: Sequence[PersonRow]) -> list[SubjectChoice]:
    return [
        SubjectChoice(p.code, PERSON, f"{p.code}{SEPARATOR}{p.full_name} ({p.unit_name})")
        for p in people
    ]


def subject_choices(people: Sequence[PersonRow], units: Sequence[UnitRow]) -> list[SubjectChoice]:
    choices = person_choices(people)
    choices += [
        SubjectChoice(u.code, UNIT, f"{u.code}{SEPARATOR}{u.name} (tập thể)") for u in units
    ]
    return choices


class _LabelCompleter(QCompleter):
    """Matches on the label and its folded form (so `nguyen van an` finds `Nguyễn Văn Ân`),
    but writes the label itself into the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class SubjectCombo(QComboBox):
    """Who is awarded: type a code or part of a name, or pick from the list."""

    kind_changed = Signal(object)  # PERSON, UNIT or None while the text names nobody

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # Sized by a typical label, not the longest one, so the dialog keeps its width.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(40)
        completer = _LabelCompleter(self.model(), self)
        completer.setCompletionRole(MATCH_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText("Đang tải danh sách cá nhân, đơn vị…")
        self._by_label: dict[str, SubjectChoice] = {}
        self._by_code: dict[str, SubjectChoice] = {}
        self._kind: str | None = None
        self.editTextChanged.connect(self._on_text)

    def set_choices(self, choices: Sequence[SubjectChoice]) -> None:
        code = self.code()
        self._by_label = {c.label: c for c in choices}
        self._by_code = {c.code: c for c in choices}
        self.blockSignals(True)
        self.clear()
        for row, choice in enumerate(choices):
            self.addItem(choice.label, choice.code)
            self.setItemData(row, f"{choice.label} {fold(choice.label)}", MATCH_ROLE)
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        known = self._by_code.get(code)
        self.setEditText(known.label if known else code)
        self.lineEdit().setPlaceholderText("Gõ mã hoặc tên (gõ không dấu cũng được)")

    def code(self) -> str:
        text = self.currentText().strip()
        choice = self._by_label.get(text)
        return choice.code if choice else text.split(SEPARATOR)[0].strip()

    def kind(self) -> str | None:
        choice = self._by_code.get(self.code())
        return choice.kind if choice else None

    def _on_text(self, _text: str) -> None:
        kind = self.kind()
        if kind != self._kind:
            self._kind = kind
            self.kind_changed.emit(kind)


class TitleCombo(QComboBox):
    """The catalogue titles a person (or a unit) can receive, by full name."""

    def __init__(self, titles: Sequence[Title], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = list(titles)
        self.show_for(None)

    def show_for(self, subject_kind: str | None, keep: str | None = None) -> None:
        current = keep or self.code()
        self.blockSignals(True)
        self.clear()
        for title in self._titles:
            if (title.active or title.code == current) and (
                subject_kind is None or title.fits(subject_kind)
            ):
                self.addItem(title.name, title.code)
        self.setCurrentIndex(max(self.findData(current), 0) if current else 0)
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())  # once, whatever changed

    def code(self) -> str:
        return self.currentData() or ""

    def title(self) -> Title | None:
        return next((t for t in self._titles if t.code == self.code()), None)


def decimal_text(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f").replace(".", ",")


def _line(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class AwardDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        titles: Sequence[Title],
        award: AwardRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Sửa khen thưởng" if award else "Thêm khen thưởng", parent)
        self._award = award
        this_year = context.services.clock.today().year
        self.subject = SubjectCombo()
        self.title = TitleCombo(titles)
        self.title.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.title.setMinimumContentsLength(30)  # long medal names elide, not widen the dialog
        self.year = QSpinBox(objectName="yearSpin")
        self.year.setRange(min(1990, award.year if award else 1990), this_year + 1)
        self.year.setValue(this_year)
        # Typed, ↑/↓ still step. The app's style sheet leaves spin buttons without arrows, so
        # there are none (app.qss gives them no width, which keeps the text visible).
        self.year.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.year.lineEdit().setTextMargins(5, 0, 0, 0)  # line up with the QLineEdit padding
        self.decision_no = _line("ví dụ: 1234/QĐ-UBND")
        self.decision_date = _line("dd/mm/yyyy")
        self.issuer = QLineEdit()
        self.kind = choice_combo(KIND_LABELS)
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText("Thành tích được khen, như ghi trong quyết định")
        self.content.setFixedHeight(64)
        self.basis = _line("HTXSNV hoặc mã sáng kiến, cách nhau bởi ;")
        self.bonus_coefficient = _line("ví dụ: 1,0 (không bắt buộc)")
        self.base_salary = _line("ví dụ: 2340000 (không bắt buộc)")
        self._add_rows()
        self.subject.kind_changed.connect(self.title.show_for)
        self.title.currentIndexChanged.connect(self._on_title)
        if award is not None:
            self._fill(award)
        self._on_title()
        self.resize(640, self.sizeHint().height())
        self._load_subjects()

    def _add_rows(self) -> None:
        for field, label, widget in (
            ("subject_code", "Cá nhân/Tập thể *", self.subject),
            ("title_code", "Danh hiệu/Hình thức *", self.title),
            ("year", "Năm thành tích *", self.year),
            ("decision_no", "Số quyết định", self.decision_no),
            ("decision_date", "Ngày quyết định", self.decision_date),
            ("issuer", "Cấp khen", self.issuer),
            ("kind", "Loại khen thưởng", self.kind),
            ("content", "Nội dung", self.content),
            ("basis", "Căn cứ", self.basis),
            ("bonus_coefficient", "Hệ số tiền thưởng", self.bonus_coefficient),
            ("base_salary", "Mức lương cơ sở", self.base_salary),
        ):
            self.errors.add_row(field, label, widget)

    def _load_subjects(self) -> None:
        services = self.context.services
        self.context.runner.run(
            lambda: subject_choices(services.people.list_rows(), services.units.list_rows()),
            self.subject.set_choices,
            lambda error: show_error(self, error),
        )

    def _fill(self, award: AwardRow) -> None:
        self.subject.setEditText(f"{award.subject_code}{SEPARATOR}{award.subject_name}")
        self.title.show_for(award.subject_kind, keep=award.title_code)
        self.year.setValue(award.year)
        self.decision_no.setText(award.decision_no)
        self.decision_date.setText(show_date(award.decision_date))
        self.issuer.setText(award.issuer)
        select_data(self.kind, award.kind)
        self.content.setPlainText(award.content)
        self.basis.setText(award.basis)
        self.bonus_coefficient.setText(decimal_text(award.bonus_coefficient))
        self.base_salary.setText(decimal_text(award.base_salary))

    def _on_title(self, *_args: object) -> None:
        title = self.title.title()
        usual = title.issuer if title else ""
        self.issuer.setPlaceholderText(f"để trống: {usual}" if usual else "")

    def draft(self) -> AwardDraft:
        return AwardDraft(
            subject_code=self.subject.code(),
            title_code=self.title.code(),
            year=self.year.value(),
            decision_no=self.decision_no.text(),
            decision_date=self.decision_date.text(),
            issuer=self.issuer.text(),
            kind=self.kind.currentData(),
            content=self.content.toPlainText(),
            basis=self.basis.text(),
            bonus_coefficient=self.bonus_coefficient.text(),
            base_salary=self.base_salary.text(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft = self.draft()
        awards = self.context.services.awards
        if self._award is None:
            return lambda: awards.create(draft)
        award_id, version = self._award.id, self._award.version
        return lambda: awards.update(award_id, draft, version=version)
