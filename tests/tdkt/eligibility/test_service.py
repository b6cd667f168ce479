"""The eligibility service on a real database (SQLite, and PostgreSQL when configured):
records in, verdicts, explanations, quotas, duplicates, settings and export out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tdkt.app import Services
from tdkt.discipline.types import DisciplineDraft
from tdkt.eligibility.duplicates import Proposal
from tdkt.errors import NotFoundError, ValidationError
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.progress import Cancelled
from tdkt.storage.unit_of_work import unit_of_work
from tests.factories import add_award, add_person, add_unit


def add_initiative(services: Services, code: str, year: int, author_id: int, scope="co_so") -> None:
    """Initiatives have no service yet (another feature): insert the records directly."""
    with unit_of_work(services.sessions, "thu.ky") as session:
        initiative = InitiativeRecord(
            code=code, title=f"Sáng kiến {code}", recognized_year=year, scope=scope, version=1
        )
        session.add(initiative)
        session.flush()
        session.add(InitiativeAuthorRecord(initiative_id=initiative.id, person_id=author_id))


@pytest.fixture
def office(services):
    """A division of ten: CN01 a candidate with a history, CN02–CN10 plain staff."""
    unit = add_unit(services, "QLTM", "Phòng Quản lý Thương mại")
    services.ratings.set_rating("tap_the", unit.id, 2023, "HTXSNV")
    people = [
        add_person(services, unit.id, f"CN{i:02d}", f"Nguyễn Văn {name}", recruited_on="01/01/2015")
        for i, name in enumerate(
            ("An", "Bình", "Cường", "Dũng", "Hải", "Khoa", "Lâm", "Minh", "Nam", "Phú"), 1
        )
    ]
    for person in people:
        services.ratings.set_rating("ca_nhan", person.id, 2023, "HTTNV")
    candidate = people[0]
    for year in (2021, 2022):
        services.ratings.set_rating("ca_nhan", candidate.id, year, "HTXSNV")
        add_initiative(services, f"SK{year}-001", year, candidate.id)
        add_award(services, "CN01", "LDTT", year, decision_no=f"{year}/QĐ-SCT")
        add_award(services, "CN01", "CSTDCS", year, basis=f"SK{year}-001")
    add_initiative(services, "SK2023-001", 2023, candidate.id, scope="tinh")
    add_initiative(services, "SK2023-002", 2023, candidate.id)  # for this year's CSTĐCS
    return unit, people


def test_evaluate_one_person_reads_their_history(services, office):
    found = services.eligibility.evaluate(2023, "CSTD_TINH", "CN01")
    assert [(e.subject.code, e.title, e.verdict) for e in found] == [
        ("CN01", "CSTD_TINH", "eligible")
    ]
    chain = found[0].reasons[0]
    assert chain.detail == "CSTĐCS các năm 2021, 2022, 2023"
    assert chain.basis.startswith("Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 22")


def test_evaluate_everyone_for_every_covered_title(services, office):
    found = services.eligibility.evaluate(2023)
    codes = {(e.subject.code, e.title) for e in found}
    assert ("CN05", "KNC_CT") in codes and ("QLTM", "TTLDXS") in codes
    assert ("QLTM", "LDTT") not in codes and ("CN05", "TTLDTT") not in codes
    unit = next(e for e in found if e.subject.code == "QLTM" and e.title == "TTLDXS")
    assert unit.verdict == "eligible"  # 100 % LĐTT by the records, CN01 a CSTĐCS


def test_bad_requests_are_refused_in_vietnamese(services, office):
    with pytest.raises(NotFoundError, match='Không có cá nhân hoặc đơn vị mã "CN99"'):
        services.eligibility.evaluate(2023, subject_code="CN99")
    with pytest.raises(ValidationError, match="Chưa có quy tắc xét"):
        services.eligibility.evaluate(2023, "GK_SO")
    with pytest.raises(ValidationError, match="không xét cho tập thể"):
        services.eligibility.evaluate(2023, "LDTT", "QLTM")
    with pytest.raises(ValidationError, match="Năm 2030 không hợp lệ"):
        services.eligibility.evaluate(2030)


def test_discipline_recorded_without_an_end_uses_the_default_term(services, office):
    _unit, people = office
    services.discipline.add(DisciplineDraft(people[1].id, "canh_cao", "15/06/2022"))
    found = services.eligibility.evaluate(2023, "LDTT", "CN02")[0]
    assert found.verdict == "not_eligible"  # 12 months from 15/06/2022 reach into 2023
    assert "14/06/2023" in found.reasons[3].detail


def test_explain_gives_the_strip_and_the_regime(services, office):
    unit, people = office
    explanation = services.eligibility.explain("ca_nhan", people[0].id, "CSTD_TINH", 2023)
    assert explanation.evaluation.verdict == "eligible"
    assert "NĐ 91/2017" not in explanation.regime_name and "91/2017" in explanation.regime_name
    assert [c.year for c in explanation.strip] == list(range(2017, 2024))
    last = explanation.strip[-1]
    assert last.rating == "HTTNV"
    assert last.initiatives == ("SK2023-001 (cấp tỉnh)", "SK2023-002 (cấp cơ sở)")
    assert explanation.strip[-2].awards == ("CSTĐCS", "LĐTT")
    collective = services.eligibility.explain("tap_the", unit.id, "TTLDTT", 2023)
    assert collective.evaluation.reasons[1].detail.startswith("10/10 thành viên đạt LĐTT")


def test_duplicates_and_quotas_are_warned_before_printing(services, office):
    _unit, people = office
    for person in people[1:3]:
        add_initiative(services, f"SK2023-{person.code}", 2023, person.id)
        add_award(services, person.code, "CSTDCS", 2023)

    class Batch:
        def proposals(self, session, year):
            return [Proposal("ca_nhan", people[0].id, "CSTDCS", 2023, "CSTDCS-2023")]

    services.eligibility.proposals = Batch()
    report = services.eligibility.report(2023, "CSTDCS")
    by_code = {e.subject.code: e for e in report.evaluations}
    assert report.warnings_for(by_code["CN02"])[0].startswith("Đã được tặng CSTĐCS năm 2023")
    assert report.warnings_for(by_code["CN01"]) == ("Đã có trong đợt đề nghị CSTDCS-2023",)
    unit_counter, batch_counter = report.quotas
    # 10 LĐTT × 15 % = 1.5 → at most 1; 2 awarded + 1 proposed.
    assert (unit_counter.base_count, unit_counter.limit, unit_counter.taken) == (10, 1, 3)
    assert unit_counter.exceeded and batch_counter.scope == "batch" and batch_counter.exceeded
    assert "tối đa 1 CSTĐCS" in unit_counter.describe()


def test_settings_change_verdicts_and_keep_their_source(services, office):
    _unit, people = office
    late = add_person(
        services, people[0].unit_id, "CN11", "Trần Thị Quế", gender="nu", recruited_on="01/04/2023"
    )
    services.ratings.set_rating("ca_nhan", late.id, 2023, "HTTNV")
    assert services.eligibility.evaluate(2023, "LDTT", "CN11")[0].verdict == "not_eligible"
    view = services.eligibility.save_setting(
        "nd91_2017", "ldtt_min_months", "9", "26/2018/QĐ-UBND", "10/08/2018", "Điều 5 khoản 2"
    )
    assert (view.value, view.value_text) == (9, "9 tháng")
    assert view.source_text == "26/2018/QĐ-UBND, ngày 10/08/2018, Điều 5 khoản 2"
    assert services.eligibility.evaluate(2023, "LDTT", "CN11")[0].verdict == "eligible"
    assert services.eligibility.reset_setting("nd91_2017", "ldtt_min_months").value == 10
    assert services.eligibility.evaluate(2023, "LDTT", "CN11")[0].verdict == "not_eligible"


def test_a_setting_needs_its_document_and_a_valid_value(services):
    with pytest.raises(ValidationError) as caught:
        services.eligibility.save_setting("luat2022_nd98", "ldtt_min_months", "13", "")
    assert caught.value.errors == {  # every field in error at once
        "value": "Giá trị không được lớn hơn 12.",
        "document": "Hãy ghi số, ký hiệu văn bản quy định giá trị này.",
    }
    with pytest.raises(ValidationError, match="không được lớn hơn 12"):
        services.eligibility.save_setting("luat2022_nd98", "ldtt_min_months", "13", "01/2024/QĐ")
    with pytest.raises(ValidationError, match="Ngày ban hành"):
        services.eligibility.save_setting(
            "luat2022_nd98", "ldtt_min_months", "7", "01/2024/QĐ", "31/02/2024"
        )
    assert services.eligibility.settings()[0].scope == "common"


def test_the_2025_period_carries_the_2024_value_forward(services):
    services.eligibility.save_setting(
        "luat2022_nd98", "cstdcs_cap_percent", "20", "17/2024/QĐ-UBND"
    )
    views = {(v.scope, v.name): v for v in services.eligibility.settings()}
    carried = views["nd152_2025", "cstdcs_cap_percent"]
    assert (carried.value, carried.inherited_from) == (20, "Luật TĐKT 2022 – NĐ 98/2023")
    assert views["nd91_2017", "cstdcs_cap_percent"].value == 15
    assert views["common", "discipline_months_buoc_thoi_viec"].value_text == "Không thời hạn"


def test_export_writes_the_selection_with_every_criterion(services, office, tmp_path: Path):
    report = services.eligibility.report(2023, "CSTD_TINH")
    chosen = [e for e in report.evaluations if e.subject.code in ("CN01", "CN02")]
    path = services.eligibility.export_selection(report, chosen, tmp_path / "chon.xlsx")
    book = load_workbook(path)
    rows = list(book["Danh sách"].iter_rows(min_row=4, values_only=True))
    assert [(r[1], r[6]) for r in rows] == [
        ("CN01", "Đủ điều kiện"),
        ("CN02", "Không đủ điều kiện"),
    ]
    assert book["Danh sách"]["A1"].value == "Danh sách xét Chiến sĩ thi đua cấp tỉnh năm 2023"
    criteria = list(book["Tiêu chí"].iter_rows(min_row=4, values_only=True))
    assert len(criteria) == 2 * len(chosen[0].reasons)
    with pytest.raises(ValidationError, match="Hãy chọn ít nhất"):
        services.eligibility.export_selection(report, [], tmp_path / "rong.xlsx")


def test_a_long_evaluation_can_be_cancelled(services, office):
    class StopAtOnce:
        def report(self, fraction: float, text: str = "") -> None:
            pass

        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        services.eligibility.report(2023, "LDTT", progress=StopAtOnce())


def test_a_year_under_the_2022_law_reads_the_same_history(services, office):
    _unit, people = office
    services.ratings.set_rating("ca_nhan", people[0].id, 2024, "HTXSNV")
    found = services.eligibility.evaluate(2024, "CSTDCS", "CN01")[0]
    assert (found.verdict, found.ground, found.regime) == ("eligible", "HTXSNV", "luat2022_nd98")
    assert date(2024, 12, 31).year == found.year


def test_other_features_read_the_value_in_force_for_a_year(services):
    assert services.eligibility.value(2023, "vote_cstd") == [9, 10]
    services.eligibility.save_setting("nd91_2017", "vote_cstd", "85%", "31/2021/QĐ-UBND")
    assert services.eligibility.value(2023, "vote_cstd") == [85, 100]
    assert services.eligibility.value(2024, "vote_cstd") == [9, 10]
    assert services.eligibility.value(2024, "cap_rounding") == "floor"
    with pytest.raises(ValidationError, match="Không có cài đặt"):
        services.eligibility.value(2024, "khong_co")
