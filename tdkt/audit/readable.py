"""Turn an audit row's JSON before and after into labelled, readable field changes."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from tdkt.audit.labels import HIDDEN_FIELDS, action_label, entity_label, field_label
from tdkt.audit.records import AuditRecord
from tdkt.audit.types import AuditEntry, FieldChange
from tdkt.text import format_date


def show_value(value: Any) -> str:
    """A stored JSON value as a person reads it: dates dd/mm/yyyy, flags có/không."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, str):
        return _show_text(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _show_text(value: str) -> str:
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if len(value) == 19 and value[10] == "T":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return f"{format_date(moment.date())} {moment:%H:%M}"
    return value


def _load(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:
        return {"": text}  # keep what is there, even if it is not JSON
    return values if isinstance(values, dict) else {"": values}


def changes(before_json: str | None, after_json: str | None) -> tuple[FieldChange, ...]:
    before, after = _load(before_json), _load(after_json)
    keys = list(before) + [k for k in after if k not in before]
    return tuple(
        FieldChange(key, field_label(key), show_value(before.get(key)), show_value(after.get(key)))
        for key in keys
        if key not in HIDDEN_FIELDS
    )


def to_entry(record: AuditRecord) -> AuditEntry:
    return AuditEntry(
        id=record.id,
        at=record.at,
        actor=record.actor,
        action=record.action,
        action_label=action_label(record.action),
        entity=record.entity,
        entity_label=entity_label(record.entity),
        entity_id=record.entity_id,
        summary=record.summary,
        changes=changes(record.before_json, record.after_json),
    )
