"""The movements-and-councils revision upgrades a database that already holds initiatives:
their new registration-form columns are empty, nothing else changes."""

from __future__ import annotations

from sqlalchemy import text

from tests.db.helpers import database_at, insert, insert_person, insert_unit, upgraded

BEFORE = "d41b31e8957e"
NEW_TABLES = {"movement", "registration", "pledge", "council", "meeting", "agenda_item", "ballot"}


def test_existing_initiatives_survive_the_upgrade(tmp_path):
    with database_at(tmp_path / "old.db", BEFORE) as connection:
        insert_unit(connection)
        insert_person(connection)
        insert(
            connection,
            "initiative",
            id=1,
            code="SK1",
            title="Số hóa",
            recognized_year=2020,
            scope="co_so",
            decision_no="1/QĐ-SCT",
            status="cong_nhan",
            description="",
            search_text="",
            version=1,
        )
        insert(
            connection,
            "initiative_author",
            id=1,
            initiative_id=1,
            person_id=1,
            share=100,
            position=0,
        )
    engine = upgraded(tmp_path / "old.db")
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT code, field, benefits, registration_year FROM initiative")
        ).one()
        author = connection.execute(
            text("SELECT position_snapshot, qualification FROM initiative_author")
        ).one()
        tables = set(connection.scalars(text("SELECT name FROM sqlite_master WHERE type='table'")))
    assert tuple(row) == ("SK1", "", "", None) and tuple(author) == ("", "")
    assert tables >= NEW_TABLES
    engine.dispose()
