"""Reliability: users who may sign in (with roles), and an index to filter the audit log by user.

Revision ID: e8_reliability
Revises: d41b31e8957e
Create Date: 2026-11-30 09:20:33.321640
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "e8_reliability"
down_revision = "d41b31e8957e"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("role IN ('thu_ky', 'xem')", name=op.f("ck_app_user_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    # A plain CREATE INDEX, not a batch: recreating audit_log would drop its append-only
    # triggers.
    op.create_index(op.f("ix_audit_log_actor"), "audit_log", ["actor"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_actor"), table_name="audit_log")
    op.drop_table("app_user")
