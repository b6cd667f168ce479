"""The eligibility settings a province or sector changes, stored in the shared `setting` table
with the document that sets them (số, ngày, điều), and shown beside the national default.

A row's key is `eligibility.<rule set id>.<name>` (or `eligibility.common.<name>`); its JSON
holds the value and the parts of the source; its `source` column the source as one line.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.records import SettingRecord
from tdkt.eligibility.regimes import COMMON, RuleBook
from tdkt.eligibility.ruleset import RuleSet, SettingSpec
from tdkt.eligibility.settings_types import (
    SettingSource,
    SettingView,
    format_value,
    setting_problem,
)
from tdkt.errors import ValidationError
from tdkt.text import clean, parse_date

PREFIX = "eligibility."


def read_stored(session: Session) -> dict[str, Any]:
    """Every stored eligibility value by key."""
    rows = session.execute(
        select(SettingRecord.key, SettingRecord.value_json).where(
            SettingRecord.key.like(PREFIX + "%")
        )
    )
    return {key: json.loads(raw)["value"] for key, raw in rows}


def _stored_sources(session: Session) -> dict[str, SettingSource]:
    found = {}
    for key, raw in session.execute(
        select(SettingRecord.key, SettingRecord.value_json).where(
            SettingRecord.key.like(PREFIX + "%")
        )
    ):
        data = json.loads(raw)
        signed = data.get("signed_on")
        found[key] = SettingSource(
            data.get("document", ""),
            date.fromisoformat(signed) if signed else None,
            data.get("article", ""),
        )
    return found


def setting_views(session: Session, book: RuleBook) -> list[SettingView]:
    """Common settings first, then each legal period's, oldest first."""
    stored, sources = read_stored(session), _stored_sources(session)
    views = [_view(book, None, spec, stored, sources) for spec in book.common.values()]
    for ruleset in book.regimes:
        views += [_view(book, ruleset, spec, stored, sources) for spec in ruleset.settings.values()]
    return views


def _view(
    book: RuleBook,
    ruleset: RuleSet | None,
    spec: SettingSpec,
    stored: dict[str, Any],
    sources: dict[str, SettingSource],
) -> SettingView:
    value, _spec, key = book.setting_value(ruleset, spec.name, stored)
    inherited = ""
    if key and key != spec.key:
        inherited = book.get(key.split(".")[1]).short_name
    return SettingView(
        scope=spec.scope,
        scope_name=ruleset.short_name if ruleset is not None else "Chung cho mọi giai đoạn",
        name=spec.name,
        label=spec.label,
        type=spec.type,
        unit=spec.unit,
        value=value,
        value_text=format_value(spec, value),
        default_text=format_value(spec, spec.default),
        default_basis=spec.basis,
        confidence=spec.confidence,
        source=sources.get(key) if key else None,
        inherited_from=inherited,
        choices=tuple(spec.choices.items()),
        none_label=spec.none_label,
    )


def find_spec(book: RuleBook, scope: str, name: str) -> SettingSpec:
    specs = book.common if scope == COMMON else book.get(scope).settings
    if name not in specs:
        raise ValidationError(f'Không có cài đặt "{name}".')
    return specs[name]


def check_source(document: str, signed_on: str, article: str) -> SettingSource:
    """A value set by hand needs the document that sets it (legal.md §6)."""
    errors = {}
    document, article = clean(document), clean(article)
    if not document:
        errors["document"] = "Hãy ghi số, ký hiệu văn bản quy định giá trị này."
    day = None
    if clean(signed_on):
        try:
            day = parse_date(signed_on)
        except ValueError as error:
            errors["signed_on"] = f"Ngày ban hành: {error}"
    if errors:
        raise ValidationError(errors)
    return SettingSource(document, day, article)


def store(session: Session, spec: SettingSpec, value: Any, source: SettingSource, now: Any) -> None:
    problem = setting_problem(spec, value)
    if problem:
        raise ValidationError({"value": f"{spec.label}: {problem}."})
    record = session.scalar(select(SettingRecord).where(SettingRecord.key == spec.key))
    if record is None:
        record = SettingRecord(key=spec.key)
        session.add(record)
    payload = {
        "value": value,
        "document": source.document,
        "signed_on": source.signed_on.isoformat() if source.signed_on else None,
        "article": source.article,
    }
    record.value_json = json.dumps(payload, ensure_ascii=False)
    record.source = source.text()[:300]
    record.updated_at = now


def remove(session: Session, spec: SettingSpec) -> None:
    record = session.scalar(select(SettingRecord).where(SettingRecord.key == spec.key))
    if record is not None:
        session.delete(record)
