"""Check a database against the journal of the workers that were killed while editing it.

For every record the journal names, the database must hold the state of the last action that
was done (committed and journalled) or, if a later action was under way when the worker
died, that action's state: before or after, never anything else. Records the workers made
must all be there, nothing they did not make may appear, and the demo data is either absent
or complete (its counts equal those its own audit entry records, in the same transaction).
An imported workbook is one record of the journal: the rows of each table whose codes carry
its prefix are either all there (the counts of its manifest) or none.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from bench.crash_books import BOOK_PREFIX
from bench.crash_worker import PREFIX
from tdkt.integrity.service import check_engine
from tdkt.storage.engine import make_engine

ABSENT = "<không có>"
Key = tuple[Any, ...]
# The rows of a workbook, per table, found by the prefix of their codes.
BOOK_ROWS = {
    "unit": "SELECT COUNT(*) FROM unit WHERE code LIKE :p",
    "person": "SELECT COUNT(*) FROM person WHERE code LIKE :p",
    "rating": "SELECT COUNT(*) FROM rating r JOIN person p ON p.id = r.person_id "
    "WHERE p.code LIKE :p",
    "discipline": "SELECT COUNT(*) FROM discipline d JOIN person p ON p.id = d.person_id "
    "WHERE p.code LIKE :p",
    "initiative": "SELECT COUNT(*) FROM initiative WHERE code LIKE :p",
    "award": "SELECT COUNT(*) FROM award WHERE decision_no LIKE :p",
}


@dataclass
class JournalState:
    possible: dict[Key, set[Any]] = field(default_factory=dict)
    done: int = 0
    done_by_op: Counter[str] = field(default_factory=Counter)
    in_flight: list[str] = field(default_factory=list)  # the op each killed worker was doing


def read_journal(path: Path) -> JournalState:
    state = JournalState()
    intents: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        entry = json.loads(line)
        if entry["phase"] == "intent":
            intents[entry["n"]] = entry
            order.append(entry["n"])
        elif entry["phase"] == "stage":
            intents[entry["n"]]["stage"] = entry["stage"]
        else:
            intents[entry["n"]]["done"] = True
    for number in order:
        entry = intents[number]
        key = tuple(entry["key"])
        if entry["op"] == "demo":
            if not entry.get("done"):
                state.in_flight.append("demo")
            continue
        expected = _hashable(entry["state"])
        if entry.get("done"):
            state.possible[key] = {expected}
            state.done += 1
            state.done_by_op[entry["op"]] += 1
        else:
            state.possible[key] = state.possible.get(key, {ABSENT}) | {expected}
            state.in_flight.append(_where(entry))
    return state


def _hashable(state: Any) -> Any:
    """A workbook's counts per table, as one comparable value."""
    return json.dumps(state, sort_keys=True) if isinstance(state, dict) else state


def _where(entry: dict[str, Any]) -> str:
    """The action a worker was killed in; an import still reading its file wrote nothing."""
    if entry["op"] == "import" and entry.get("stage") != "transaction":
        return "import (reading the file)"
    return entry["op"]


def actual(connection: Connection, key: Key) -> Any:
    kind = key[0]
    if kind == "import":
        return _book_rows(connection, key[1])
    if kind == "unit":
        sql, params = "SELECT name FROM unit WHERE code = :a", {"a": key[1]}
    elif kind == "person":
        sql, params = "SELECT full_name FROM person WHERE code = :a", {"a": key[1]}
    elif kind == "award":
        sql = (
            "SELECT CASE WHEN revoked_on IS NULL THEN 'active' ELSE 'revoked' END "
            "FROM award WHERE decision_no = :a"
        )
        params = {"a": key[1]}
    else:
        sql = (
            "SELECT r.grade FROM rating r JOIN person p ON p.id = r.person_id "
            "WHERE p.code = :a AND r.year = :b"
        )
        params = {"a": key[1], "b": key[2]}
    rows = connection.execute(text(sql), params).all()
    if len(rows) > 1:
        return f"<{len(rows)} bản ghi trùng>"
    return rows[0][0] if rows else ABSENT


def _book_rows(connection: Connection, prefix: str) -> Any:
    counts = {
        table: connection.execute(text(sql), {"p": prefix + "%"}).scalar_one()
        for table, sql in BOOK_ROWS.items()
    }
    return _hashable(counts) if any(counts.values()) else ABSENT


def problems(db: Path, journal: Path) -> list[str]:
    """Everything wrong with the database after the kills; empty when all is well."""
    engine = make_engine(f"sqlite:///{db}", read_only=True)
    try:
        report = check_engine(engine, str(db))
        found = [f.message for f in report.findings]
        state = read_journal(journal)
        with engine.connect() as connection:
            for key, allowed in state.possible.items():
                value = actual(connection, key)
                if value not in allowed:
                    found.append(f"{key}: có {value!r}, chờ một trong {sorted(map(str, allowed))}")
            found += _phantoms(connection, state)
            found += _demo_all_or_nothing(connection)
        return found
    finally:
        engine.dispose()


def _phantoms(connection: Connection, state: JournalState) -> list[str]:
    known = {key[1] for key in state.possible if key[0] in ("unit", "person", "award")}
    made = [
        row[0]
        for sql in (
            f"SELECT code FROM unit WHERE code LIKE '{PREFIX}%'",
            f"SELECT code FROM person WHERE code LIKE '{PREFIX}%'",
            f"SELECT decision_no FROM award WHERE decision_no LIKE '{PREFIX}%'",
        )
        for row in connection.execute(text(sql))
    ]
    found = [
        f"bản ghi {code} không có trong nhật ký kiểm thử" for code in made if code not in known
    ]
    books = {key[1] for key in state.possible if key[0] == "import"}
    imported = connection.execute(
        text(
            f"SELECT code FROM unit WHERE code LIKE '{BOOK_PREFIX}%' "
            f"UNION SELECT code FROM person WHERE code LIKE '{BOOK_PREFIX}%'"
        )
    ).scalars()
    strays = sorted({code.split("-")[0] + "-" for code in imported} - books)
    return found + [f"sổ tính {book} không có trong nhật ký kiểm thử" for book in strays]


def _demo_all_or_nothing(connection: Connection) -> list[str]:
    logged = (
        connection.execute(text("SELECT after_json FROM audit_log WHERE action = 'demo'"))
        .scalars()
        .all()
    )
    ours = f"code NOT LIKE '{PREFIX}%' AND code NOT LIKE '{BOOK_PREFIX}%'"
    units = connection.execute(text(f"SELECT COUNT(*) FROM unit WHERE {ours}")).scalar_one()
    people = connection.execute(text(f"SELECT COUNT(*) FROM person WHERE {ours}")).scalar_one()
    if not logged:
        return (
            [] if units == people == 0 else [f"dữ liệu mẫu dở dang: {units} đơn vị, {people} người"]
        )
    summary = json.loads(logged[0])
    if (summary["units"], summary["people"]) != (units, people):
        return [f"dữ liệu mẫu không khớp nhật ký: {units}/{summary['units']} đơn vị"]
    return []
