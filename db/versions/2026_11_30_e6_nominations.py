"""Nominations: workflow history, dossier attachments, decisions, review flags; the batch's
level, letter and decision; the line's snapshot, basis, vote and outcome

Revision ID: e6_nominations
Revises: e5_movements_councils
Create Date: 2026-11-30 10:18:31.012048
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "e6_nominations"
down_revision = "e5_movements_councils"
branch_labels = None
depends_on = None

ONE_SUBJECT_OLD = "(person_id IS NULL) <> (unit_id IS NULL)"
# A line may lose its subject (deleted once no open batch proposes it): it keeps its snapshot.
ONE_SUBJECT_NEW = "NOT (person_id IS NOT NULL AND unit_id IS NOT NULL)"


def upgrade() -> None:
    _create_status()
    _create_attachment()
    _create_review_flag()
    _extend_batch()
    _extend_line()


def _create_status() -> None:
    op.create_table(
        "nomination_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["nomination_batch.id"],
            name=op.f("fk_nomination_status_batch_id_nomination_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomination_status")),
    )
    with op.batch_alter_table("nomination_status", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nomination_status_batch_id"), ["batch_id"])


def _create_attachment() -> None:
    op.create_table(
        "nomination_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("doc_type", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=250), nullable=False),
        sa.Column("path", sa.String(length=400), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["nomination_batch.id"],
            name=op.f("fk_nomination_attachment_batch_id_nomination_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["nomination_line.id"],
            name=op.f("fk_nomination_attachment_line_id_nomination_line"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomination_attachment")),
    )
    with op.batch_alter_table("nomination_attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nomination_attachment_batch_id"), ["batch_id"])
        batch_op.create_index(batch_op.f("ix_nomination_attachment_line_id"), ["line_id"])


def _create_review_flag() -> None:
    op.create_table(
        "review_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("award_id", sa.Integer(), nullable=True),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("cause_award_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("flagged_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint(
            "(award_id IS NULL) <> (line_id IS NULL)", name=op.f("ck_review_flag_one_target")
        ),
        sa.ForeignKeyConstraint(
            ["award_id"],
            ["award.id"],
            name=op.f("fk_review_flag_award_id_award"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["cause_award_id"],
            ["award.id"],
            name=op.f("fk_review_flag_cause_award_id_award"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["nomination_line.id"],
            name=op.f("fk_review_flag_line_id_nomination_line"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_flag")),
    )
    with op.batch_alter_table("review_flag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_flag_award_id"), ["award_id"])
        batch_op.create_index(batch_op.f("ix_review_flag_cause_award_id"), ["cause_award_id"])
        batch_op.create_index(batch_op.f("ix_review_flag_line_id"), ["line_id"])


def _text(name: str, length: int | None = None, default: str = "") -> sa.Column:
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, server_default=default, nullable=False)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False)


def _extend_batch() -> None:
    with op.batch_alter_table("nomination_batch", schema=None) as batch_op:
        batch_op.add_column(_text("level", 120))
        batch_op.add_column(_text("award_kind", 16, "thuong_xuyen"))
        batch_op.add_column(sa.Column("movement_id", sa.Integer(), nullable=True))
        batch_op.add_column(_text("occasion"))
        batch_op.add_column(_text("recipient", 250))
        batch_op.add_column(_text("letter_no", 60))
        batch_op.add_column(sa.Column("letter_date", sa.Date(), nullable=True))
        batch_op.add_column(_text("signer_name", 120))
        batch_op.add_column(_flag("signer_deputy"))
        batch_op.add_column(_text("decision_no", 60))
        batch_op.add_column(sa.Column("decision_date", sa.Date(), nullable=True))
        batch_op.add_column(_text("decision_signer", 120))
        batch_op.add_column(_text("decision_issuer", 120))
        batch_op.add_column(_flag("custom_order"))
        batch_op.add_column(_text("note"))
        batch_op.create_index(batch_op.f("ix_nomination_batch_movement_id"), ["movement_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_nomination_batch_movement_id_movement"),
            "movement",
            ["movement_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # A batch of one title decided by one authority: its level is that title's issuer.
    op.execute(
        "UPDATE nomination_batch SET level = (SELECT issuer FROM title "
        "WHERE title.id = nomination_batch.title_id) WHERE title_id IS NOT NULL"
    )


def _extend_line() -> None:
    with op.batch_alter_table("nomination_line", schema=None) as batch_op:
        batch_op.add_column(_text("subject_kind", 8))
        batch_op.add_column(_text("subject_code", 40))
        batch_op.add_column(sa.Column("home_unit_id", sa.Integer(), nullable=True))
        batch_op.add_column(_flag("is_leader"))
        batch_op.add_column(_text("basis", 500))
        batch_op.add_column(_text("certificate_text"))
        batch_op.add_column(_text("note", 300))
        batch_op.add_column(_text("vote_result", 10))
        batch_op.add_column(sa.Column("vote_agree", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("vote_base", sa.Integer(), nullable=True))
        batch_op.add_column(_text("outcome", 8))
        batch_op.add_column(sa.Column("award_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_nomination_line_award_id"), ["award_id"])
        batch_op.drop_constraint(batch_op.f("ck_nomination_line_one_subject"), type_="check")
        batch_op.create_check_constraint("one_subject", ONE_SUBJECT_NEW)
        for column, table in (("person_id", "person"), ("unit_id", "unit")):
            name = f"fk_nomination_line_{column}_{table}"
            batch_op.drop_constraint(batch_op.f(name), type_="foreignkey")
            batch_op.create_foreign_key(
                batch_op.f(name), table, [column], ["id"], ondelete="SET NULL"
            )
        batch_op.create_foreign_key(
            batch_op.f("fk_nomination_line_award_id_award"),
            "award",
            ["award_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_nomination_line_home_unit_id_unit"),
            "unit",
            ["home_unit_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _fill_line_snapshots()


def _fill_line_snapshots() -> None:
    """Existing lines: the kind and code of their subject, the unit and the leader flag."""
    op.execute(
        "UPDATE nomination_line SET subject_kind = CASE WHEN person_id IS NULL "
        "THEN 'tap_the' ELSE 'ca_nhan' END"
    )
    op.execute(
        "UPDATE nomination_line SET "
        "subject_code = (SELECT code FROM person WHERE person.id = nomination_line.person_id), "
        "home_unit_id = (SELECT unit_id FROM person WHERE person.id = nomination_line.person_id), "
        "is_leader = (SELECT is_leader FROM person WHERE person.id = nomination_line.person_id) "
        "WHERE person_id IS NOT NULL"
    )
    op.execute(
        "UPDATE nomination_line SET home_unit_id = unit_id, "
        "subject_code = (SELECT code FROM unit WHERE unit.id = nomination_line.unit_id) "
        "WHERE unit_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("nomination_line", schema=None) as batch_op:
        for name in ("fk_nomination_line_home_unit_id_unit", "fk_nomination_line_award_id_award"):
            batch_op.drop_constraint(batch_op.f(name), type_="foreignkey")
        for column, table in (("person_id", "person"), ("unit_id", "unit")):
            name = f"fk_nomination_line_{column}_{table}"
            batch_op.drop_constraint(batch_op.f(name), type_="foreignkey")
            batch_op.create_foreign_key(
                batch_op.f(name), table, [column], ["id"], ondelete="RESTRICT"
            )
        batch_op.drop_constraint(batch_op.f("ck_nomination_line_one_subject"), type_="check")
        batch_op.create_check_constraint("one_subject", ONE_SUBJECT_OLD)
        batch_op.drop_index(batch_op.f("ix_nomination_line_award_id"))
        for column in (
            "award_id",
            "outcome",
            "vote_base",
            "vote_agree",
            "vote_result",
            "note",
            "certificate_text",
            "basis",
            "is_leader",
            "home_unit_id",
            "subject_code",
            "subject_kind",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("nomination_batch", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_nomination_batch_movement_id_movement"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_nomination_batch_movement_id"))
        for column in (
            "note",
            "custom_order",
            "decision_issuer",
            "decision_signer",
            "decision_date",
            "decision_no",
            "signer_deputy",
            "signer_name",
            "letter_date",
            "letter_no",
            "recipient",
            "occasion",
            "movement_id",
            "award_kind",
            "level",
        ):
            batch_op.drop_column(column)
    op.drop_table("review_flag")
    op.drop_table("nomination_attachment")
    op.drop_table("nomination_status")
