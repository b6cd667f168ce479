"""Nomination batches and lines: the base the DeNghi sheet fills and the Nominations feature extends.

Revision ID: e3_nominations_base
Revises: d41b31e8957e
Create Date: 2026-11-30 09:18:30.133733
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "e3_nominations_base"
down_revision = "e8_reliability"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "nomination_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["title.id"],
            name=op.f("fk_nomination_batch_title_id_title"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomination_batch")),
        sa.UniqueConstraint("name", name=op.f("uq_nomination_batch_name")),
    )
    with op.batch_alter_table("nomination_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nomination_batch_year"), ["year"], unique=False)

    op.create_table(
        "nomination_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("subject_name", sa.String(length=250), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("gender", sa.String(length=3), nullable=False),
        sa.Column("position", sa.String(length=120), nullable=False),
        sa.Column("unit_name", sa.String(length=250), nullable=False),
        sa.Column("sort_position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(person_id IS NULL) <> (unit_id IS NULL)", name=op.f("ck_nomination_line_one_subject")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["nomination_batch.id"],
            name=op.f("fk_nomination_line_batch_id_nomination_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_nomination_line_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["title.id"],
            name=op.f("fk_nomination_line_title_id_title"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["unit.id"],
            name=op.f("fk_nomination_line_unit_id_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomination_line")),
        sa.UniqueConstraint(
            "batch_id",
            "person_id",
            "title_id",
            name=op.f("uq_nomination_line_batch_id_person_id_title_id"),
        ),
        sa.UniqueConstraint(
            "batch_id",
            "unit_id",
            "title_id",
            name=op.f("uq_nomination_line_batch_id_unit_id_title_id"),
        ),
    )
    with op.batch_alter_table("nomination_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nomination_line_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_nomination_line_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_nomination_line_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("nomination_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nomination_line_unit_id"))
        batch_op.drop_index(batch_op.f("ix_nomination_line_person_id"))
        batch_op.drop_index(batch_op.f("ix_nomination_line_batch_id"))

    op.drop_table("nomination_line")
    with op.batch_alter_table("nomination_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nomination_batch_year"))

    op.drop_table("nomination_batch")
