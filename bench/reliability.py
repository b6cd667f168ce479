"""Reliability figures on the large dataset: backup, integrity check, restore, opening with the
lock and the start-up work, the audit page and its export.

    python -m bench.reliability [--quick]

Works on a copy of the dataset in a temporary folder; the dataset itself is never changed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.dataset import LARGE, QUICK, ensure_dataset


def _ms(action: Callable[[], Any], repeats: int = 3) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1), result


AUDIT_ROWS = 200_000


def _grow_audit_log(services: Any, count: int) -> None:
    """Years of edits: a person's name, position or unit changed, by one of ten users."""
    from sqlalchemy import insert

    from tdkt.audit.records import AuditRecord

    rows = [
        {
            "at": f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d} 09:{i % 60:02d}:00",
            "actor": f"nguoi.{i % 10}",
            "action": "update",
            "entity": "person",
            "entity_id": 1 + i % 10_000,
            "summary": f"CN{i % 10_000:05d} – Nguyễn Văn {i}",
            "before_json": '{"position": "Chuyên viên"}',
            "after_json": f'{{"position": "Phó Trưởng phòng {i % 7}"}}',
        }
        for i in range(count)
    ]
    with services.engine.begin() as connection:
        for start in range(0, count, 20_000):
            chunk = [dict(r, at=_moment(r["at"])) for r in rows[start : start + 20_000]]
            connection.execute(insert(AuditRecord), chunk)


def _moment(text: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text)


def measure_reliability(dataset: Path, repeats: int = 3) -> dict[str, float]:
    from tdkt.app import open_database
    from tdkt.audit.types import AuditQuery
    from tdkt.backups.files import snapshot
    from tdkt.integrity.service import check_file

    with tempfile.TemporaryDirectory(prefix="tdkt-bench-") as folder:
        os.environ["TDKT_DATA_DIR"] = str(Path(folder) / "data")
        work = Path(folder) / "tdkt.db"
        snapshot(dataset, work)
        figures: dict[str, float] = {"database_mb": round(work.stat().st_size / 2**20, 1)}
        figures["open_with_lock_ms"], services = _ms(lambda: open_database(str(work)), 1)
        figures["integrity_check_ms"], report = _ms(services.integrity.check, repeats)
        assert report.sound, report.text()
        figures["backup_ms"], backup = _ms(services.backups.create, repeats)
        figures["backup_check_ms"], _ = _ms(lambda: check_file(backup.path), 1)
        figures["backup_list_ms"], entries = _ms(services.backups.entries, 1)
        figures["backups_listed"] = len(entries)
        figures["restore_ms"], _ = _ms(lambda: services.backups.restore(backup.path), 1)
        _grow_audit_log(services, AUDIT_ROWS)
        audit = services.audit
        figures["audit_entries"] = audit.page(AuditQuery(), 0, 1).total
        figures["audit_first_page_ms"], _ = _ms(lambda: audit.page(AuditQuery()), repeats)
        figures["audit_text_filter_ms"], _ = _ms(
            lambda: audit.page(AuditQuery(text="Nguyễn")), repeats
        )
        figures["audit_deep_page_ms"], _ = _ms(lambda: audit.page(AuditQuery(), 150_000), repeats)
        export = Path(folder) / "nhat-ky.xlsx"
        one_user = AuditQuery(actor="nguoi.3")
        figures["audit_export_rows"] = audit.page(one_user, 0, 1).total
        figures["audit_export_ms"], _ = _ms(lambda: audit.export(one_user, export), 1)
        services.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.reliability")
    parser.add_argument("--quick", action="store_true", help="the smaller dataset")
    args = parser.parse_args()
    path, build_s = ensure_dataset(QUICK if args.quick else LARGE)
    figures: dict[str, object] = {"dataset": str(path), "dataset_build_s": round(build_s, 1)}
    figures.update(measure_reliability(path))
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
