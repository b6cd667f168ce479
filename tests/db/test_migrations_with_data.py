"""Every schema revision upgrades, with data, to the newest: rows written with plain SQL at
the first revision survive each step unchanged, the integrity check passes after each step,
and the services read them at the head. Runs on SQLite and, when set up, PostgreSQL."""

from __future__ import annotations

import os

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from tdkt.app import build_services
from tdkt.clock import FixedClock
from tdkt.integrity.service import check_engine
from tdkt.storage.engine import make_engine
from tdkt.storage.migrations import alembic_config, current_revision, head_revision

POSTGRES_URL = os.environ.get("TDKT_TEST_POSTGRES_URL", "")

# Plain SQL valid at the first revision: everything a secretary's database holds.
FIRST_REVISION_DATA = [
    "INSERT INTO agency VALUES (1, 'UBND TỈNH QUẢNG NGÃI', 'SỞ CÔNG THƯƠNG', 'SCT', "
    "'Quảng Ngãi', 'Võ Văn Rân', 'GIÁM ĐỐC', 1)",
    "INSERT INTO setting VALUES (1, 'quota.bk_tinh', '0.15', 'QĐ 12/2024', NULL, 1)",
    "INSERT INTO title VALUES (1, 'LDTT', 'Lao động tiên tiến', 'LĐTT', 'danh_hieu', "
    "'ca_nhan', 'co_so', 'Giám đốc Sở', 10, TRUE, TRUE, 1)",
    "INSERT INTO title VALUES (2, 'BK_TINH', 'Bằng khen của Chủ tịch UBND tỉnh', 'BK tỉnh', "
    "'hinh_thuc', 'ca_hai', 'tinh', 'Chủ tịch UBND tỉnh', 40, TRUE, TRUE, 1)",
    "INSERT INTO unit VALUES (1, 'SCT', 'Sở Công Thương', NULL, 1, TRUE, 'sct so cong thuong', 1)",
    "INSERT INTO unit VALUES (2, 'VP', 'Văn phòng Sở', 1, 1, TRUE, 'vp van phong so', 1)",
    "INSERT INTO person VALUES (1, 'CN01', 'Nguyễn Văn Ân', 'nam', '1980-01-05', 1980, 2, "
    "'Chánh Văn phòng', TRUE, '2005-03-01', '2005-03-01', FALSE, '051080000001', NULL, '', "
    "'an van nguyen', 'nguyen van an cn01', 1)",
    "INSERT INTO person VALUES (2, 'CN02', 'Đặng Thị Ánh', 'nu', NULL, 1990, 2, '', FALSE, "
    "NULL, NULL, FALSE, NULL, NULL, 'ghi chú', 'anh thi dang', 'dang thi anh cn02', 1)",
    "INSERT INTO rating VALUES (1, 1, NULL, 2024, 'HTXSNV', 1)",
    "INSERT INTO rating VALUES (2, NULL, 2, 2024, 'HTTNV', 1)",
    "INSERT INTO discipline VALUES (1, 2, 'khien_trach', '2023-05-01', '2024-05-01', "
    "'5/QĐ-SCT', 'Đi muộn', 1)",
    "INSERT INTO initiative VALUES (1, 'SK01', 'Số hóa hồ sơ', '2024-02-01', 2024, 'co_so', "
    "'9/QĐ-SCT', '2024-12-01', 'cong_nhan', '', 'sk01 so hoa ho so', 1)",
    "INSERT INTO initiative_author VALUES (1, 1, 1, 100, 1)",
    "INSERT INTO award VALUES (1, 1, NULL, 1, 2024, '10/QĐ-SCT', '2024-12-20', 'Giám đốc Sở', "
    "'thuong_xuyen', '', 'HTXSNV; SK01', NULL, '', 0.3, 2340000, 1)",
    "INSERT INTO award VALUES (2, NULL, 2, 2, 2024, '2345/QĐ-UBND', '2025-01-05', "
    "'Chủ tịch UBND tỉnh', 'dot_xuat', 'Thành tích đột xuất', '', '2025-03-01', 'Sai', "
    "NULL, NULL, 1)",
    "INSERT INTO award_initiative VALUES (1, 1, 1)",
    "INSERT INTO audit_log VALUES (1, '2025-01-05 09:00:00', 'thu.ky', 'insert', 'award', 2, "
    "'2024 2345/QĐ-UBND', NULL, '{\"year\": 2024}')",
]
SNAPSHOT_QUERIES = {
    "people": "SELECT code, full_name, birth_date, unit_id, cccd FROM person ORDER BY id",
    "units": "SELECT code, name, parent_id FROM unit ORDER BY id",
    "awards": "SELECT person_id, unit_id, title_id, year, decision_no, revoked_on, base_salary "
    "FROM award ORDER BY id",
    "ratings": "SELECT person_id, unit_id, year, grade FROM rating ORDER BY id",
    "audit": "SELECT actor, action, entity, after_json FROM audit_log ORDER BY id",
    "links": "SELECT award_id, initiative_id FROM award_initiative ORDER BY id",
}


def revisions_in_order() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def snapshot(engine: Engine) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    with engine.connect() as connection:
        return {
            name: [tuple(map(str, row)) for row in connection.execute(text(sql))]
            for name, sql in SNAPSHOT_QUERIES.items()
        }


def walk_with_data(engine: Engine) -> None:
    first, *later = revisions_in_order()
    upgrade(engine, first)
    with engine.begin() as connection:
        for statement in FIRST_REVISION_DATA:
            connection.execute(text(statement))
    before = snapshot(engine)
    assert check_engine(engine, "trước nâng cấp").sound
    for revision in later:
        upgrade(engine, revision)
        assert current_revision(engine) == revision
        assert snapshot(engine) == before, f"data changed by {revision}"
        report = check_engine(engine, revision)
        assert report.sound, report.text()
    assert current_revision(engine) == head_revision()
    services = build_services(engine, FixedClock())
    assert {p.full_name for p in services.people.list_rows()} == {"Đặng Thị Ánh", "Nguyễn Văn Ân"}
    awards = {a.decision_no: a.revoked for a in services.awards.list_rows()}
    assert awards == {"10/QĐ-SCT": False, "2345/QĐ-UBND": True}
    assert services.agency.get().name == "SỞ CÔNG THƯƠNG"


def test_every_revision_upgrades_with_data_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'du-lieu.db'}")
    walk_with_data(engine)
    engine.dispose()


@pytest.mark.postgres
def test_every_revision_upgrades_with_data_on_postgresql():
    if not POSTGRES_URL:
        pytest.skip("TDKT_TEST_POSTGRES_URL is not set")
    engine = make_engine(POSTGRES_URL)
    reset = "DROP SCHEMA public CASCADE; CREATE SCHEMA public"
    with engine.begin() as connection:
        connection.execute(text(reset))
    try:
        walk_with_data(engine)
    finally:
        with engine.begin() as connection:
            connection.execute(text(reset))
        engine.dispose()
