"""The nominations revision upgrades a database whose batches came from a unit's workbook:
each line learns its subject's kind, code, unit and leader flag, the batch its deciding
level, and a line may now outlive its subject (the snapshot stays)."""

from __future__ import annotations

from sqlalchemy import text

from tests.db.helpers import database_at, insert, insert_person, insert_unit, upgraded

BEFORE = "e5_movements_councils"


def test_lines_from_a_workbook_survive_the_upgrade(tmp_path):
    with database_at(tmp_path / "old.db", BEFORE) as connection:
        insert_unit(connection)
        insert_person(connection, position="Chánh Văn phòng", is_leader=True)
        insert(
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
        insert(
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
            insert(
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
    engine = upgraded(tmp_path / "old.db")
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
