"""The checks themselves: each takes a connection and returns what it found.

Plain SQL on purpose: the checks must read a damaged or older database without the ORM
assuming anything about it. Each check is (title, function); the service runs them in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, text

from tdkt.audit.labels import entity_label
from tdkt.integrity.types import Finding

EXAMPLES = 5
Check = Callable[[Connection], list[Finding]]

# Tables whose rows belong to exactly one subject: a person or a unit, never both or neither.
ONE_SUBJECT_TABLES = ("award", "rating")
# The award's references; SQLite's foreign-key check covers them too, but a database copied
# with foreign keys off, or another backend, is checked here as well.
AWARD_REFERENCES = (
    ("person_id", "person", "cá nhân"),
    ("unit_id", "unit", "đơn vị"),
    ("title_id", "title", "danh hiệu, hình thức"),
)
SQLITE_AUDIT_TRIGGERS = {"audit_log_no_update", "audit_log_no_delete"}


def _rows(connection: Connection, sql: str) -> Sequence[tuple]:  # type: ignore[type-arg]
    return connection.execute(text(sql)).all()  # type: ignore[return-value]


def quick_check(connection: Connection) -> list[Finding]:
    lines = [row[0] for row in _rows(connection, "PRAGMA quick_check")]
    if lines == ["ok"]:
        return []
    return [
        Finding(
            "storage",
            "Tệp cơ sở dữ liệu bị hỏng ở mức lưu trữ (SQLite quick_check báo lỗi).",
            tuple(lines[:EXAMPLES]),
        )
    ]


def foreign_keys(connection: Connection) -> list[Finding]:
    counts: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in _rows(connection, "PRAGMA foreign_key_check"):
        counts[(table, parent)] = counts.get((table, parent), 0) + 1
    return [
        Finding(
            "foreign_key",
            f"{count} dòng {entity_label(table)} ({table}) trỏ tới {entity_label(parent)} "
            f"({parent}) không còn tồn tại.",
        )
        for (table, parent), count in sorted(counts.items())
    ]


def award_references(connection: Connection) -> list[Finding]:
    findings = []
    for column, table, label in AWARD_REFERENCES:
        ids = [
            row[0]
            for row in _rows(
                connection,
                f"SELECT a.id FROM award a LEFT JOIN {table} t ON t.id = a.{column} "
                f"WHERE a.{column} IS NOT NULL AND t.id IS NULL ORDER BY a.id",
            )
        ]
        if ids:
            findings.append(
                Finding(
                    "award_reference",
                    f"{len(ids)} khen thưởng trỏ tới {label} không tồn tại.",
                    tuple(f"khen thưởng số hiệu {i}" for i in ids[:EXAMPLES]),
                )
            )
    return findings


def one_subject(connection: Connection) -> list[Finding]:
    findings = []
    for table in ONE_SUBJECT_TABLES:
        ids = [
            row[0]
            for row in _rows(
                connection,
                f"SELECT id FROM {table} WHERE (person_id IS NULL) = (unit_id IS NULL) ORDER BY id",
            )
        ]
        if ids:
            findings.append(
                Finding(
                    "one_subject",
                    f"{len(ids)} dòng {entity_label(table)} không thuộc đúng một đối tượng "
                    "(phải là một cá nhân hoặc một đơn vị).",
                    tuple(f"số hiệu {i}" for i in ids[:EXAMPLES]),
                )
            )
    return findings


def duplicate_awards(connection: Connection) -> list[Finding]:
    groups = _rows(
        connection,
        "SELECT COALESCE(p.code, u.code), COALESCE(p.full_name, u.name), t.code, a.year, "
        "a.decision_no, COUNT(*) FROM award a "
        "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit u ON u.id = a.unit_id "
        "LEFT JOIN title t ON t.id = a.title_id WHERE a.revoked_on IS NULL "
        "GROUP BY a.person_id, a.unit_id, a.title_id, a.year, a.decision_no, "
        "p.code, u.code, p.full_name, u.name, t.code HAVING COUNT(*) > 1 "
        "ORDER BY a.year, t.code",
    )
    if not groups:
        return []
    examples = tuple(
        f"{code or '?'} {name or '(đối tượng không tồn tại)'}: {title or '?'} năm {year}"
        + (f", quyết định {decision}" if decision else "")
        + f" ({count} lần)"
        for code, name, title, year, decision, count in groups[:EXAMPLES]
    )
    return [
        Finding(
            "duplicate_award",
            f"{len(groups)} khen thưởng còn hiệu lực bị ghi trùng (cùng đối tượng, danh hiệu, "
            "năm và số quyết định).",
            examples,
        )
    ]


def audit_log(connection: Connection) -> list[Finding]:
    """The log refuses changes by triggers; missing triggers or deleted rows mean tampering."""
    if connection.dialect.name == "sqlite":
        names = {
            row[0]
            for row in _rows(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        intact = names >= SQLITE_AUDIT_TRIGGERS
    else:
        intact = bool(
            _rows(connection, "SELECT 1 FROM pg_trigger WHERE tgname = 'audit_log_no_change'")
        )
    findings = []
    if not intact:
        findings.append(
            Finding("audit_log", "Nhật ký thay đổi mất cơ chế chống sửa, xóa (trigger bị gỡ).")
        )
    if connection.dialect.name == "sqlite":
        # SQLite numbers rows max + 1 and the log is never deleted from: a gap is a deletion.
        count, highest = _rows(connection, "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM audit_log")[
            0
        ]
        if count != highest:
            findings.append(
                Finding(
                    "audit_log",
                    f"Nhật ký thay đổi thiếu {highest - count} dòng (đã bị xóa ngoài phần mềm).",
                )
            )
    return findings


SQLITE_CHECKS: list[tuple[str, Check]] = [
    ("Cấu trúc tệp SQLite (quick_check)", quick_check),
    ("Khóa ngoại giữa các bảng (foreign_key_check)", foreign_keys),
]
INVARIANT_CHECKS: list[tuple[str, Check]] = [
    ("Mỗi khen thưởng trỏ tới đối tượng và danh hiệu có thật", award_references),
    ("Mỗi khen thưởng, xếp loại thuộc đúng một đối tượng", one_subject),
    ("Không có khen thưởng còn hiệu lực bị ghi trùng", duplicate_awards),
    ("Nhật ký thay đổi nguyên vẹn", audit_log),
]
