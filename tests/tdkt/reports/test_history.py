"""The award history of a person or a unit, and its printed form."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.discipline.types import DisciplineDraft
from tdkt.errors import NotFoundError
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.storage.unit_of_work import unit_of_work
from tests.factories import add_award


def add_initiative(
    services, person_id: int, code: str, year: int, status: str = "cong_nhan"
) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(services.sessions, "thu.ky") as session:
        session.info["clock"] = services.clock
        initiative = InitiativeRecord(
            code=code,
            title=f"Sáng kiến {code}",
            recognized_year=year,
            scope="co_so",
            decision_no="12/QĐ-SCT",
            decision_date=date(year, 11, 20),
            status=status,
        )
        session.add(initiative)
        session.flush()
        session.add(InitiativeAuthorRecord(initiative_id=initiative.id, person_id=person_id))


@pytest.fixture
def chief(known):  # type: ignore[no-untyped-def]
    services = known.services
    person_id = known.ids["chief"]
    services.ratings.set_rating("ca_nhan", person_id, 2020, "HTXSNV")
    add_award(services, "CVP", "LDTT", 2020, decision_no="1/QĐ-SCT", decision_date="20/12/2020")
    add_initiative(services, person_id, "SK01", 2020)
    add_initiative(services, person_id, "SK02", 2020, status="khong_cong_nhan")
    services.discipline.add(
        DisciplineDraft(person_id, "khien_trach", "01/03/2022", "28/02/2023", "9/QĐ-SCT", "Chậm")
    )
    return services, person_id


def test_a_person_year_by_year(chief):
    services, person_id = chief
    history = services.reports.award_history("ca_nhan", person_id)
    assert (history.name, history.salutation) == ("Trần Thị Bình", "Bà")
    assert ("Chức vụ", "Chánh Văn phòng") in history.identity
    assert ("Đơn vị công tác", "Văn phòng Sở") in history.identity
    assert [y.year for y in history.years] == [2020, 2021]
    first, second = history.years
    assert first.rating == "Hoàn thành xuất sắc nhiệm vụ"
    assert [a.code for a in first.titles] == ["LDTT"] and first.forms == ()
    assert [i.code for i in first.initiatives] == ["SK01"]  # not the one refused
    assert first.initiatives[0].decision == "QĐ số 12/QĐ-SCT ngày 20/11/2020"
    assert [a.code for a in second.forms] == ["BK_BO"]
    assert second.forms[0].decision == "QĐ số 7/QĐ-BCT ngày 26/04/2021"
    assert [(s.name, s.years) for s in history.summary] == [
        ("Bằng khen của Bộ trưởng Bộ Công Thương", (2021,)),
        ("Lao động tiên tiến", (2020,)),
    ]
    assert [d.form for d in history.discipline] == ["Khiển trách"]


def test_a_unit_keeps_its_revoked_award_marked_but_out_of_the_summary(known):
    history = known.services.reports.award_history("tap_the", known.ids["trade"])
    assert history.salutation == "" and ("Trực thuộc", "Sở Công Thương") in history.identity
    forms = [a for year in history.years for a in year.forms]
    revoked = next(a for a in forms if a.code == "GK_SO")
    assert revoked.revocation == "Đã thu hồi ngày 01/05/2021: Sai đối tượng"
    assert [s.name for s in history.summary] == ["Bằng khen của Bộ trưởng Bộ Công Thương"]


def test_an_unknown_subject_is_not_found(services):
    with pytest.raises(NotFoundError):
        services.reports.award_history("ca_nhan", 999)


def test_the_printed_history(chief):
    services, person_id = chief
    services.agency.save(QUANG_NGAI_EXAMPLE)
    reader = pypdf.PdfReader(io.BytesIO(services.reports.award_history_pdf("ca_nhan", person_id)))
    # Cells wrap their lines: compare with the line breaks folded into spaces.
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for expected in (
        "SỞ CÔNG THƯƠNG",
        "LÝ LỊCH KHEN THƯỞNG",
        "Bà Trần Thị Bình",
        "Lao động tiên tiến",
        "QĐ số 7/QĐ-BCT ngày 26/04/2021",
        "Sáng kiến SK01",
        "- Lao động tiên tiến: 01 lần (2020).",
        "Khiển trách, hiệu lực từ 01/03/2022 đến 28/02/2023 (QĐ số 9/QĐ-SCT): Chậm.",
        "GIÁM ĐỐC",
        "Võ Văn Rân",
    ):
        assert expected in text, expected
    assert text.index("2020") < text.index("2021")
