"""The nominations revision upgrades a database whose batches came from a unit's workbook:
each line learns its subject's kind, code, unit and leader flag, the batch its deciding
level, and a line may now outlive its subject (the snapshot stays)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from tdkt.storage.engine import make_engine
from tdkt.storage.migrations import alembic_config, upgrade_to_head

BEFORE = "e5_movements_councils"


def _insert(connection, table: str, **values: object) -> None:  # type: ignore[no-untyped-def]
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks})"), values)


def test_lines_from_a_workbook_survive_the_upgrade(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, BEFORE)
        _insert(
            connection,
            "unit",
            id=1,
            code="VP",
            name="Văn phòng",
            sort_order=1,
            active=True,
            search_text="",
            version=1,
        )
        _insert(
            connection,
            "person",
            id=1,
            code="CN01",
            full_name="Nguyễn Văn An",
            gender="nam",
            unit_id=1,
            position="Chánh Văn phòng",
            is_leader=True,
            toxic_work=False,
            note="",
            name_key="",
            search_text="",
            version=1,
        )
        _insert(
            connection,
            "title",
            id=1,
            code="BK_TINH",
            name="Bằng khen của Chủ tịch UBND tỉnh",
            short_name="",
            category="hinh_thuc",
            subject_kind="ca_hai",
            level="tinh",
            issuer="Chủ tịch UBND tỉnh",
            rank=45,
            builtin=True,
            active=True,
            version=1,
        )
        _insert(
            connection,
            "nomination_batch",
            id=1,
            name="BK-TINH-2024",
            title_id=1,
            year=2024,
            status="du_thao",
            created_at="2025-01-05 08:00:00",
            version=1,
        )
        for line_id, person, unit in ((1, 1, None), (2, None, 1)):
            _insert(
                connection,
                "nomination_line",
                id=line_id,
                batch_id=1,
                person_id=person,
                unit_id=unit,
                title_id=1,
                year=2024,
                summary="Hoàn thành xuất sắc",
                subject_name="x",
                gender="",
                position="",
                unit_name="",
                sort_position=line_id,
                version=1,
            )
    engine.dispose()
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade_to_head(engine, backup=lambda path: path)
    with engine.connect() as connection:
        lines = connection.execute(
            text(
                "SELECT subject_kind, subject_code, home_unit_id, is_leader, summary "
                "FROM nomination_line ORDER BY id"
            )
        ).all()
        level = connection.execute(text("SELECT level FROM nomination_batch")).scalar()
    assert [tuple(line) for line in lines] == [
        ("ca_nhan", "CN01", 1, 1, "Hoàn thành xuất sắc"),
        ("tap_the", "VP", 1, 0, "Hoàn thành xuất sắc"),
    ]
    assert level == "Chủ tịch UBND tỉnh"
    with engine.begin() as connection:  # the subject may go; the line stays
        connection.execute(text("UPDATE nomination_line SET person_id = NULL WHERE id = 1"))
    engine.dispose()
