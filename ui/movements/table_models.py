"""Column specs of the movements page's tables."""

from __future__ import annotations

from datetime import date

from tdkt.movements.types import (
    OUTCOME_LABELS,
    ComparisonLine,
    MovementRow,
    PledgeRow,
    RegistrationRow,
    TitleTotals,
)
from tdkt.subjects.types import KIND_LABELS, UNIT
from ui.formatting import show_date
from ui.widgets.row_table_model import CENTER, RIGHT, Column


def period(row: MovementRow) -> str:
    end = show_date(row.ends_on) if row.ends_on else "…"
    return f"{show_date(row.starts_on)} – {end}"


def document(row: MovementRow) -> str:
    when = f" ngày {show_date(row.document_date)}" if row.document_date else ""
    return f"{row.document_no}{when}" if row.document_no else ""


MOVEMENT_COLUMNS: list[Column[MovementRow]] = [
    Column("Tên phong trào", lambda r: r.name, tooltip=lambda r: r.name),
    Column("Loại", lambda r: r.kind_label),
    Column("Thời gian", period, sort_key=lambda r: r.starts_on),
    Column("Văn bản phát động", document, tooltip=lambda r: r.launched_by),
    Column(
        "Hạn đăng ký",
        lambda r: show_date(r.registration_deadline),
        sort_key=lambda r: r.registration_deadline or date.min,
        align=CENTER,
    ),
    Column(
        "Đăng ký",
        lambda r: str(r.registration_count),
        sort_key=lambda r: r.registration_count,
        align=RIGHT,
    ),
    Column(
        "Tệp",
        lambda r: "📎" if r.has_attachment else "",
        tooltip=lambda r: r.attachment_name,
        align=CENTER,
    ),
]

REGISTRATION_COLUMNS: list[Column[RegistrationRow]] = [
    Column(
        "Cá nhân/Tập thể",
        lambda r: r.subject_name,
        sort_key=lambda r: r.sort_key,
        tooltip=lambda r: f"{KIND_LABELS[r.subject_kind]} – mã {r.subject_code}",
    ),
    Column(
        "Đơn vị",
        lambda r: "" if r.subject_kind == UNIT else r.unit_name,
        tooltip=lambda r: r.unit_name,
    ),
    Column("Danh hiệu đăng ký", lambda r: r.title_name),
    Column(
        "Ngày đăng ký",
        lambda r: show_date(r.registered_on),
        sort_key=lambda r: r.registered_on or date.min,
        align=CENTER,
    ),
    Column("Phong trào", lambda r: r.movement_name, tooltip=lambda r: r.movement_name),
]

PLEDGE_COLUMNS: list[Column[PledgeRow]] = [
    Column("Năm", lambda r: str(r.year), sort_key=lambda r: r.year, align=CENTER),
    Column("Giao ước", lambda r: r.name),
    Column(
        "Ngày ký",
        lambda r: show_date(r.signed_on),
        sort_key=lambda r: r.signed_on or date.min,
        align=CENTER,
    ),
    Column(
        "Đơn vị tham gia",
        lambda r: ", ".join(r.unit_names),
        tooltip=lambda r: "\n".join(r.unit_names),
    ),
]

COMPARISON_COLUMNS: list[Column[ComparisonLine]] = [
    Column("Kết quả", lambda r: OUTCOME_LABELS[r.outcome]),
    Column("Cá nhân/Tập thể", lambda r: r.subject_name, sort_key=lambda r: r.sort_key),
    Column(
        "Đơn vị",
        lambda r: "" if r.subject_kind == UNIT else r.unit_name,
        tooltip=lambda r: r.unit_name,
    ),
    Column("Danh hiệu", lambda r: r.title_name),
    Column("Quyết định", lambda r: r.decision),
]

TOTAL_COLUMNS: list[Column[TitleTotals]] = [
    Column("Danh hiệu", lambda r: r.title_name),
    Column("Đăng ký", lambda r: str(r.registered), sort_key=lambda r: r.registered, align=RIGHT),
    Column("Đạt", lambda r: str(r.achieved), sort_key=lambda r: r.achieved, align=RIGHT),
    Column("Không đạt", lambda r: str(r.missed), sort_key=lambda r: r.missed, align=RIGHT),
    Column(
        "Đạt, không đăng ký",
        lambda r: str(r.unregistered),
        sort_key=lambda r: r.unregistered,
        align=RIGHT,
    ),
]
