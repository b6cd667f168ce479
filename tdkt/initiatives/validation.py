"""Pure checks of an initiative's registration form and recognition decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from tdkt.initiatives.types import SCOPE_LABELS, InitiativeDraft, RecognitionDraft
from tdkt.validation import typed_date

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class InitiativeValues:
    first_applied_on: date | None
    registered_on: date
    shares: tuple[Decimal | None, ...]


def _share(text: str, errors: dict[str, str]) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.replace("%", "").replace(" ", "").replace(",", "."))
    except InvalidOperation:
        errors["authors"] = f'Tỷ lệ đóng góp "{text}" không phải là số.'
        return None
    if not 0 < value <= HUNDRED:
        errors["authors"] = f"Tỷ lệ đóng góp {text}% phải lớn hơn 0 và không quá 100%."
    return value


def _percent(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def validate_initiative(
    draft: InitiativeDraft, today: date
) -> tuple[dict[str, str], InitiativeValues]:
    errors: dict[str, str] = {}
    if not draft.title:
        errors["title"] = "Tên sáng kiến không được để trống."
    elif len(draft.title) > 500:
        errors["title"] = "Tên sáng kiến dài quá 500 ký tự."
    if len(draft.code) > 40:
        errors["code"] = "Mã sáng kiến dài quá 40 ký tự."
    first_applied = typed_date(draft.first_applied_on, "first_applied_on", "Ngày áp dụng", errors)
    registered = typed_date(draft.registered_on, "registered_on", "Ngày đăng ký", errors) or today
    if first_applied is not None and first_applied > today:
        errors["first_applied_on"] = "Ngày áp dụng lần đầu không được sau ngày hôm nay."
    if registered > today:
        errors["registered_on"] = "Ngày đăng ký không được sau ngày hôm nay."
    shares = tuple(_share(author.share, errors) for author in draft.authors)
    _check_authors(draft, shares, errors)
    return errors, InitiativeValues(first_applied, registered, shares)


def _check_authors(
    draft: InitiativeDraft, shares: tuple[Decimal | None, ...], errors: dict[str, str]
) -> None:
    if not draft.authors:
        errors["authors"] = "Sáng kiến phải có ít nhất một tác giả."
        return
    people = [author.person_id for author in draft.authors]
    if len(set(people)) != len(people):
        errors["authors"] = "Một người được ghi hai lần trong danh sách tác giả."
        return
    total = sum((s for s in shares if s is not None), Decimal(0))
    if total > HUNDRED:
        errors["authors"] = (
            f"Tổng tỷ lệ đóng góp của các tác giả là {_percent(total)}%, vượt quá 100%."
        )


@dataclass(frozen=True)
class RecognitionValues:
    decision_date: date


def validate_recognition(
    draft: RecognitionDraft, today: date, registered_on: date | None
) -> tuple[dict[str, str], RecognitionValues | None]:
    errors: dict[str, str] = {}
    if draft.scope not in SCOPE_LABELS:
        errors["scope"] = "Hãy chọn phạm vi ảnh hưởng được công nhận."
    if not draft.decision_no:
        errors["decision_no"] = "Hãy ghi số quyết định công nhận."
    elif len(draft.decision_no) > 60:
        errors["decision_no"] = "Số quyết định dài quá 60 ký tự."
    decided = None
    if not draft.decision_date:
        errors["decision_date"] = "Hãy ghi ngày quyết định công nhận."
    else:
        decided = typed_date(draft.decision_date, "decision_date", "Ngày quyết định", errors)
    if decided is not None:
        if decided > today:
            errors["decision_date"] = "Ngày quyết định không được sau ngày hôm nay."
        elif registered_on is not None and decided < registered_on:
            errors["decision_date"] = (
                f"Ngày quyết định trước ngày đăng ký sáng kiến ({registered_on:%d/%m/%Y})."
            )
    if errors or decided is None:
        return errors, None
    return errors, RecognitionValues(decided)
