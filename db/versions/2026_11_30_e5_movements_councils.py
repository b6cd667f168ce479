"""Movements, registrations, pledges; initiative form fields; councils, meetings, ballots

Revision ID: e5_movements_councils
Revises: d41b31e8957e
Create Date: 2026-11-30 09:30:34.667973
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "e5_movements_councils"
down_revision = "e3_nominations_base"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables first; then the registration-form columns of `initiative` and
    # `initiative_author`, whose existing rows take "" through a server default.
    op.create_table(
        "council",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=250), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('thi_dua_khen_thuong', 'sang_kien')", name=op.f("ck_council_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council")),
        sa.UniqueConstraint("name", name=op.f("uq_council_name")),
    )
    op.create_table(
        "movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("launched_by", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("registration_deadline", sa.Date(), nullable=True),
        sa.Column("document_no", sa.String(length=60), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("document_signer", sa.String(length=120), nullable=False),
        sa.Column("attachment_path", sa.String(length=400), nullable=False),
        sa.Column("attachment_name", sa.String(length=255), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("search_text", sa.String(length=800), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('thuong_xuyen', 'theo_dot', 'chuyen_de')", name=op.f("ck_movement_kind")
        ),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_movement_period")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement")),
    )
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_movement_starts_on"), ["starts_on"], unique=False)

    op.create_table(
        "council_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("signer", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "kind IN ('thanh_lap', 'kien_toan')", name=op.f("ck_council_decision_kind")
        ),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["council.id"],
            name=op.f("fk_council_decision_council_id_council"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_decision")),
        sa.UniqueConstraint(
            "council_id", "number", name=op.f("uq_council_decision_council_id_number")
        ),
    )
    with op.batch_alter_table("council_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_council_decision_council_id"), ["council_id"], unique=False
        )

    op.create_table(
        "movement_title",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movement.id"],
            name=op.f("fk_movement_title_movement_id_movement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["title.id"],
            name=op.f("fk_movement_title_title_id_title"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_title")),
        sa.UniqueConstraint(
            "movement_id", "title_id", name=op.f("uq_movement_title_movement_id_title_id")
        ),
    )
    with op.batch_alter_table("movement_title", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_movement_title_movement_id"), ["movement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_movement_title_title_id"), ["title_id"], unique=False)

    op.create_table(
        "movement_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movement.id"],
            name=op.f("fk_movement_unit_movement_id_movement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["unit.id"],
            name=op.f("fk_movement_unit_unit_id_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_unit")),
        sa.UniqueConstraint(
            "movement_id", "unit_id", name=op.f("uq_movement_unit_movement_id_unit_id")
        ),
    )
    with op.batch_alter_table("movement_unit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_movement_unit_movement_id"), ["movement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_movement_unit_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "pledge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movement.id"],
            name=op.f("fk_pledge_movement_id_movement"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledge")),
    )
    with op.batch_alter_table("pledge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pledge_movement_id"), ["movement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pledge_year"), ["year"], unique=False)

    op.create_table(
        "council_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("outside_name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("votes", sa.Boolean(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "person_id IS NOT NULL OR outside_name <> ''", name=op.f("ck_council_member_who")
        ),
        sa.CheckConstraint(
            "role IN ('chu_tich', 'pho_chu_tich', 'uy_vien_thuong_truc', 'uy_vien', 'thu_ky')",
            name=op.f("ck_council_member_role"),
        ),
        sa.CheckConstraint(
            "to_date IS NULL OR to_date >= from_date", name=op.f("ck_council_member_term")
        ),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["council.id"],
            name=op.f("fk_council_member_council_id_council"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["council_decision.id"],
            name=op.f("fk_council_member_decision_id_council_decision"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_council_member_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_member")),
    )
    with op.batch_alter_table("council_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_council_member_council_id"), ["council_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_council_member_decision_id"), ["decision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_council_member_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "pledge_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pledge_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("content", sa.String(length=500), nullable=False),
        sa.Column("measure", sa.String(length=60), nullable=False),
        sa.Column("target", sa.String(length=120), nullable=False),
        sa.Column("result", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["pledge_id"],
            ["pledge.id"],
            name=op.f("fk_pledge_target_pledge_id_pledge"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledge_target")),
    )
    with op.batch_alter_table("pledge_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pledge_target_pledge_id"), ["pledge_id"], unique=False)

    op.create_table(
        "pledge_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pledge_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pledge_id"],
            ["pledge.id"],
            name=op.f("fk_pledge_unit_pledge_id_pledge"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_pledge_unit_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledge_unit")),
        sa.UniqueConstraint("pledge_id", "unit_id", name=op.f("uq_pledge_unit_pledge_id_unit_id")),
    )
    with op.batch_alter_table("pledge_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pledge_unit_pledge_id"), ["pledge_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pledge_unit_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.CheckConstraint(
            "(person_id IS NULL) <> (unit_id IS NULL)", name=op.f("ck_registration_one_subject")
        ),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movement.id"],
            name=op.f("fk_registration_movement_id_movement"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_registration_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["title.id"],
            name=op.f("fk_registration_title_id_title"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_registration_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
        sa.UniqueConstraint("year", "title_id", "person_id", name="uq_registration_person"),
        sa.UniqueConstraint("year", "title_id", "unit_id", name="uq_registration_unit"),
    )
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registration_movement_id"), ["movement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_registration_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_registration_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_registration_year"), ["year"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("end_time", sa.String(length=5), nullable=False),
        sa.Column("place", sa.String(length=250), nullable=False),
        sa.Column("purpose", sa.String(length=500), nullable=False),
        sa.Column("chair_member_id", sa.Integer(), nullable=True),
        sa.Column("secretary_member_id", sa.Integer(), nullable=True),
        sa.Column("minutes_no", sa.String(length=60), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_member_id"],
            ["council_member.id"],
            name=op.f("fk_meeting_chair_member_id_council_member"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["council.id"],
            name=op.f("fk_meeting_council_id_council"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["secretary_member_id"],
            ["council_member.id"],
            name=op.f("fk_meeting_secretary_member_id_council_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_council_id"), ["council_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_held_on"), ["held_on"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("threshold_key", sa.String(length=30), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("tally_mode", sa.String(length=10), nullable=False),
        sa.Column("agree", sa.Integer(), nullable=True),
        sa.Column("disagree", sa.Integer(), nullable=True),
        sa.Column("abstain", sa.Integer(), nullable=True),
        sa.Column("invalid", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(length=10), nullable=True),
        sa.Column("threshold_text", sa.String(length=200), nullable=False),
        sa.Column("required_votes", sa.Integer(), nullable=True),
        sa.Column("base_count", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "result IS NULL OR result IN ('dat', 'khong_dat')", name=op.f("ck_agenda_item_result")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint(
            "meeting_id", "kind", "ref_id", name=op.f("uq_agenda_item_meeting_id_kind_ref_id")
        ),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendance_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["council_member.id"],
            name=op.f("fk_meeting_attendance_member_id_council_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendance")),
        sa.UniqueConstraint(
            "meeting_id", "member_id", name=op.f("uq_meeting_attendance_meeting_id_member_id")
        ),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_attendance_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_attendance_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "ballot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("choice", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "choice IN ('dong_y', 'khong_dong_y', 'khong_bieu_quyet', 'khong_hop_le')",
            name=op.f("ck_ballot_choice"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_item.id"],
            name=op.f("fk_ballot_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["council_member.id"],
            name=op.f("fk_ballot_member_id_council_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
        sa.UniqueConstraint("item_id", "member_id", name=op.f("uq_ballot_item_id_member_id")),
    )
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ballot_member_id"), ["member_id"], unique=False)

    op.create_table(
        "recusal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.CheckConstraint("decision IN ('xac_nhan', 'bo_qua')", name=op.f("ck_recusal_decision")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_item.id"],
            name=op.f("fk_recusal_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["council_member.id"],
            name=op.f("fk_recusal_member_id_council_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recusal")),
        sa.UniqueConstraint("item_id", "member_id", name=op.f("uq_recusal_item_id_member_id")),
    )
    with op.batch_alter_table("recusal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recusal_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recusal_member_id"), ["member_id"], unique=False)

    with op.batch_alter_table("initiative", schema=None) as batch_op:
        batch_op.add_column(sa.Column("registration_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("registered_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("field", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("investor", sa.String(length=250), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("conditions", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("benefits", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("applier_benefits", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("recognized_by", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("rejection_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.create_index(
            batch_op.f("ix_initiative_registration_year"), ["registration_year"], unique=False
        )

    with op.batch_alter_table("initiative_author", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("position_snapshot", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column(
                "workplace_snapshot", sa.String(length=250), nullable=False, server_default=""
            )
        )
        batch_op.add_column(
            sa.Column("qualification", sa.String(length=120), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("initiative_author", schema=None) as batch_op:
        batch_op.drop_column("qualification")
        batch_op.drop_column("workplace_snapshot")
        batch_op.drop_column("position_snapshot")

    with op.batch_alter_table("initiative", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_registration_year"))
        batch_op.drop_column("rejection_reason")
        batch_op.drop_column("recognized_by")
        batch_op.drop_column("applier_benefits")
        batch_op.drop_column("benefits")
        batch_op.drop_column("conditions")
        batch_op.drop_column("investor")
        batch_op.drop_column("field")
        batch_op.drop_column("registered_on")
        batch_op.drop_column("registration_year")

    with op.batch_alter_table("recusal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recusal_member_id"))
        batch_op.drop_index(batch_op.f("ix_recusal_item_id"))

    op.drop_table("recusal")
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_member_id"))
        batch_op.drop_index(batch_op.f("ix_ballot_item_id"))

    op.drop_table("ballot")
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_member_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_meeting_id"))

    op.drop_table("meeting_attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_held_on"))
        batch_op.drop_index(batch_op.f("ix_meeting_council_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_year"))
        batch_op.drop_index(batch_op.f("ix_registration_unit_id"))
        batch_op.drop_index(batch_op.f("ix_registration_person_id"))
        batch_op.drop_index(batch_op.f("ix_registration_movement_id"))

    op.drop_table("registration")
    with op.batch_alter_table("pledge_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pledge_unit_unit_id"))
        batch_op.drop_index(batch_op.f("ix_pledge_unit_pledge_id"))

    op.drop_table("pledge_unit")
    with op.batch_alter_table("pledge_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pledge_target_pledge_id"))

    op.drop_table("pledge_target")
    with op.batch_alter_table("council_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_council_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_council_member_decision_id"))
        batch_op.drop_index(batch_op.f("ix_council_member_council_id"))

    op.drop_table("council_member")
    with op.batch_alter_table("pledge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pledge_year"))
        batch_op.drop_index(batch_op.f("ix_pledge_movement_id"))

    op.drop_table("pledge")
    with op.batch_alter_table("movement_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_movement_unit_unit_id"))
        batch_op.drop_index(batch_op.f("ix_movement_unit_movement_id"))

    op.drop_table("movement_unit")
    with op.batch_alter_table("movement_title", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_movement_title_title_id"))
        batch_op.drop_index(batch_op.f("ix_movement_title_movement_id"))

    op.drop_table("movement_title")
    with op.batch_alter_table("council_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_council_decision_council_id"))

    op.drop_table("council_decision")
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_movement_starts_on"))

    op.drop_table("movement")
    op.drop_table("council")
