"""Awards built around the first half of 2021, on each backend, with every edge of a count:
the first and last day of the range, the days just outside it, a revoked award and a record
without a decision date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from tdkt.app import Services
from tests.factories import add_award, add_person, add_unit


@dataclass(frozen=True)
class KnownPeriod:
    services: Services
    ids: dict[str, int]


def build_known_period(services: Services) -> dict[str, int]:
    root = add_unit(services, "SCT", "Sở Công Thương")
    office = add_unit(services, "VP", "Văn phòng Sở", root.id)
    trade = add_unit(services, "QLTM", "Phòng Quản lý Thương mại", root.id)
    director = add_person(
        services, root.id, "GD", "Võ Văn Rân", position="Giám đốc", is_leader=True
    )
    chief = add_person(
        services,
        office.id,
        "CVP",
        "Trần Thị Bình",
        gender="nu",
        position="Chánh Văn phòng",
        is_leader=True,
    )
    clerk = add_person(services, office.id, "CN01", "Lê Thị Cúc", gender="nu")
    inspector = add_person(services, trade.id, "CN02", "Phạm Văn Dũng")
    # Counted: the first and the last day of the range.
    add_award(services, "VP", "BK_TINH", 2020, decision_no="10/QĐ-UBND", decision_date="01/01/2021")
    add_award(
        services, "CN01", "BK_TINH", 2021, decision_no="20/QĐ-UBND", decision_date="30/06/2021"
    )
    add_award(
        services,
        "GD",
        "KNC_CT",
        2021,
        decision_no="5/QĐ-BCT",
        decision_date="15/03/2021",
        kind="cong_hien",
    )
    add_award(
        services,
        "CVP",
        "BK_BO",
        2021,
        decision_no="7/QĐ-BCT",
        decision_date="26/04/2021",
        kind="theo_dot",
    )
    add_award(
        services,
        "QLTM",
        "BK_BO",
        2021,
        decision_no="7/QĐ-BCT",
        decision_date="26/04/2021",
        kind="theo_dot",
    )
    # Not counted: a day outside on each side, no decision date, revoked.
    add_award(
        services, "CN02", "BK_TINH", 2020, decision_no="9/QĐ-UBND", decision_date="31/12/2020"
    )
    add_award(services, "GD", "BK_TINH", 2021, decision_no="30/QĐ-UBND", decision_date="01/07/2021")
    add_award(services, "CN02", "LDTT", 2021)
    revoked = add_award(
        services, "QLTM", "GK_SO", 2021, decision_no="3/QĐ-SCT", decision_date="10/02/2021"
    )
    services.awards.revoke(revoked.id, date(2021, 5, 1), "Sai đối tượng")  # type: ignore[attr-defined]
    return {
        "root": root.id,
        "office": office.id,
        "trade": trade.id,
        "director": director.id,
        "chief": chief.id,
        "clerk": clerk.id,
        "inspector": inspector.id,
    }


@pytest.fixture
def known(services: Services) -> KnownPeriod:
    return KnownPeriod(services, build_known_period(services))
