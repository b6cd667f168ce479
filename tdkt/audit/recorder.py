"""Writes an audit row for every insert, update and delete of an audited record, at flush time.

Records opt in by deriving from `Audited`; the actor comes from `session.info["actor"]`
(set by the unit of work) and the time from `session.info["clock"]` when a service set one.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from tdkt.audit.records import AuditRecord

HIDDEN = "***"


class Audited:
    """Mixin: changes to this record are written to the audit log.

    Columns named in `audit_hidden` (a password hash) are logged as changed, never by value.
    """

    audit_hidden: frozenset[str] = frozenset()

    def audit_label(self) -> str:
        """A short human label for the log, e.g. the person's name."""
        return ""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _shown(obj: Any, key: str, value: Any) -> Any:
    return HIDDEN if value is not None and key in obj.audit_hidden else _plain(value)


def _columns(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: _shown(obj, attr.key, getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key == "version":
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            before[attr.key], after[attr.key] = (
                _shown(obj, attr.key, old),
                _shown(obj, attr.key, new),
            )
    return before, after


def _dump(values: dict[str, Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def _now(session: Session) -> datetime:
    clock = session.info.get("clock")
    return clock.now() if clock is not None else datetime.now().replace(microsecond=0)


@event.listens_for(Session, "before_flush")
def _record_changes(session: Session, _context: Any, _instances: Any) -> None:
    entries: list[tuple[str, Any, dict[str, Any] | None, dict[str, Any] | None]] = []
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            before, after = _changes(obj)
            if after:
                entries.append(("update", obj, before, after))
    for obj in session.deleted:
        if isinstance(obj, Audited):
            entries.append(("delete", obj, _columns(obj), None))
    pending = [obj for obj in session.new if isinstance(obj, Audited)]
    if pending:
        # Inserts need their primary key: remember them and log after the flush.
        session.info.setdefault("audit_pending", []).extend(pending)
    _write(session, entries)


@event.listens_for(Session, "after_flush_postexec")
def _record_inserts(session: Session, _context: Any) -> None:
    pending = session.info.pop("audit_pending", [])
    _write(session, [("insert", obj, None, _columns(obj)) for obj in pending])


def _write(
    session: Session,
    entries: list[tuple[str, Any, dict[str, Any] | None, dict[str, Any] | None]],
) -> None:
    if not entries:
        return
    at = _now(session)
    actor = session.info.get("actor", "")
    for action, obj, before, after in entries:
        session.add(
            AuditRecord(
                at=at,
                actor=actor,
                action=action,
                entity=obj.__tablename__,
                entity_id=getattr(obj, "id", None),
                summary=obj.audit_label()[:300],
                before_json=_dump(before),
                after_json=_dump(after),
            )
        )


def log_action(
    session: Session, action: str, entity: str, summary: str, details: dict[str, Any] | None = None
) -> None:
    """Log an action that is not one record's change (an import, a restore, a bulk operation)."""
    session.add(
        AuditRecord(
            at=_now(session),
            actor=session.info.get("actor", ""),
            action=action,
            entity=entity,
            entity_id=None,
            summary=summary[:300],
            before_json=None,
            after_json=_dump(details),
        )
    )
