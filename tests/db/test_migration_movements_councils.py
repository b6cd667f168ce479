"""The movements-and-councils revision upgrades a database that already holds initiatives:
their new registration-form columns are empty, nothing else changes."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from tdkt.storage.engine import make_engine
from tdkt.storage.migrations import alembic_config, upgrade_to_head

BEFORE = "d41b31e8957e"
NEW_TABLES = {"movement", "registration", "pledge", "council", "meeting", "agenda_item", "ballot"}


def _insert(connection, table: str, **values: object) -> None:  # type: ignore[no-untyped-def]
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks})"), values)


def test_existing_initiatives_survive_the_upgrade(tmp_path):
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
            position="",
            is_leader=False,
            toxic_work=False,
            note="",
            name_key="",
            search_text="",
            version=1,
        )
        _insert(
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
        _insert(
            connection,
            "initiative_author",
            id=1,
            initiative_id=1,
            person_id=1,
            share=100,
            position=0,
        )
    upgrade_to_head(engine, backup=lambda path: path)
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
