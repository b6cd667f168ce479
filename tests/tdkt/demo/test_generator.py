"""The demo generator: reproducible, refuses a non-empty database, one audited transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.app import build_services, create_schema
from tdkt.demo import generate_demo
from tdkt.demo.organisation import build_units
from tdkt.errors import ConflictError, ValidationError
from tdkt.progress import Cancelled
from tdkt.storage.engine import make_engine
from tdkt.storage.schema import metadata
from tdkt.units.types import UnitDraft

TABLES = (
    "unit",
    "person",
    "rating",
    "discipline",
    "initiative",
    "initiative_author",
    "award",
    "award_initiative",
    "audit_log",
    "agency",
    "title",
)


def _counts(services) -> dict[str, int]:
    with services.engine.connect() as connection:
        return {name: connection.scalar(text(f"SELECT COUNT(*) FROM {name}")) for name in TABLES}


def test_same_seed_gives_identical_data(sqlite_services, clock):
    other_engine = make_engine("sqlite://")
    create_schema(other_engine)
    other = build_services(other_engine, clock, actor=lambda: "thu.ky")
    try:
        assert generate_demo(sqlite_services) == generate_demo(other)
        for read in (
            lambda s: s.units.list_rows(),
            lambda s: s.people.list_rows(),
            lambda s: s.awards.list_rows(),
        ):
            assert read(sqlite_services) == read(other)
    finally:
        other.close()


def test_another_seed_gives_other_people(sqlite_services, clock):
    other_engine = make_engine("sqlite://")
    create_schema(other_engine)
    other = build_services(other_engine, clock, actor=lambda: "thu.ky")
    try:
        generate_demo(sqlite_services, seed=1)
        generate_demo(other, seed=2)
        names = [[r.full_name for r in s.people.list_rows()] for s in (sqlite_services, other)]
        assert names[0] != names[1]
    finally:
        other.close()


def test_summary_counts_what_was_written(demo):
    services, summary = demo
    counts = _counts(services)
    assert summary.people == counts["person"] == 150
    assert summary.units == counts["unit"] == 12
    assert (summary.ratings, summary.discipline, summary.initiatives, summary.awards) == (
        counts["rating"],
        counts["discipline"],
        counts["initiative"],
        counts["award"],
    )
    assert summary.ratings > 1_000 and summary.initiatives > 50 and summary.awards > 1_000


def test_agency_settings_and_catalogue_are_installed(demo):
    services, _summary = demo
    assert services.agency.get() == QUANG_NGAI_EXAMPLE
    assert {t.code for t in services.catalog.list_titles()} >= {"LDTT", "KNC_CT", "HCLD1"}


def test_second_run_is_refused_and_changes_nothing(demo):
    services, _summary = demo
    before = _counts(services)
    with pytest.raises(ConflictError, match="đã có đơn vị hoặc cá nhân"):
        generate_demo(services, seed=7)
    assert _counts(services) == before


def test_a_database_with_only_a_unit_is_refused(sqlite_services):
    sqlite_services.units.create(UnitDraft(code="VP", name="Văn phòng Sở"))
    with pytest.raises(ConflictError):
        generate_demo(sqlite_services)
    assert _counts(sqlite_services)["person"] == 0


def test_one_summary_audit_entry_instead_of_one_per_row(demo, query):
    entries = query(
        "SELECT actor, entity, summary, after_json FROM audit_log WHERE action = 'demo'"
    )
    assert len(entries) == 1
    actor, entity, summary, details = entries[0]
    assert (actor, entity, summary) == ("thu.ky", "database", "Tạo dữ liệu mẫu")
    assert '"people": 150' in details and '"seed": 2025' in details
    assert query("SELECT COUNT(*) FROM audit_log WHERE entity IN ('person', 'award')")[0][0] == 0


class CancelWhileWriting:
    """Lets the generation finish, then presses Cancel once the inserts begin."""

    def __init__(self) -> None:
        self.writing = False
        self.fractions: list[float] = []

    def report(self, fraction: float, text: str = "") -> None:
        self.fractions.append(fraction)
        self.writing = self.writing or text.startswith("Đang ghi")

    def cancelled(self) -> bool:
        return self.writing


def test_cancel_rolls_everything_back(sqlite_services):
    progress = CancelWhileWriting()
    with pytest.raises(Cancelled):
        generate_demo(sqlite_services, progress=progress)
    counts = _counts(sqlite_services)
    assert counts["unit"] == counts["person"] == counts["award"] == 0
    assert progress.fractions == sorted(progress.fractions)


@pytest.mark.parametrize(
    "arguments", [{"people": 10}, {"years": 0}, {"award_rate": 1.5}, {"last_year": 1900}]
)
def test_bad_arguments_are_refused(sqlite_services, arguments):
    with pytest.raises(ValidationError):
        generate_demo(sqlite_services, **arguments)
    assert _counts(sqlite_services)["unit"] == 0


def test_services_keep_working_after_the_bulk_insert(services):
    """Ids were assigned in Python: the next ordinary insert must not collide (PostgreSQL
    sequences are moved past them)."""
    generate_demo(services, people=40, years=3)
    added = services.units.create(UnitDraft(code="MOI", name="Phòng mới"))
    with services.sessions() as session:
        top = session.scalar(select(func.max(metadata().tables["unit"].c.id)))
    assert added.id == top and added.id > 12


def test_award_rate_thins_the_regular_titles(sqlite_services, clock):
    thin_engine = make_engine("sqlite://")
    create_schema(thin_engine)
    thin = build_services(thin_engine, clock)
    try:
        full = generate_demo(sqlite_services, years=4)
        thinned = generate_demo(thin, years=4, award_rate=0.3)
        assert thinned.awards < full.awards * 0.6
        assert thinned.people == full.people and thinned.ratings == full.ratings
    finally:
        thin.close()


def test_bench_sized_chart_grows_with_unique_codes():
    units = build_units(10_000)
    assert 290 <= len(units) <= 310
    codes = [u.code for u in units]
    assert len(set(codes)) == len(codes) and all(code.isascii() for code in codes)
    ids = {u.id for u in units}
    assert all(u.parent_id in ids for u in units[1:])
    assert any(u.name == "Phòng Kinh tế huyện Bình Sơn" for u in units)
    assert any(u.name == "Đội Quản lý thị trường số 01" for u in units)


@pytest.mark.parametrize("years", [1, 2, 3, 4])
@pytest.mark.parametrize("starts_with_anniversary", [False, True])
def test_a_few_years_make_a_demo(sqlite_services, years, starts_with_anniversary):
    """One to four years, ending in 2025 or starting in 2021, the 70th-anniversary year whose
    awards rest on the 2020 ratings that such a demo does not hold."""
    last_year = 2020 + years if starts_with_anniversary else 2025
    summary = generate_demo(sqlite_services, people=40, years=years, last_year=last_year)
    counts = _counts(sqlite_services)
    assert summary.people == counts["person"] == 40 and summary.awards == counts["award"] > 0
    with sqlite_services.engine.connect() as connection:
        years_rated = connection.scalar(text("SELECT COUNT(DISTINCT year) FROM rating"))
    assert years_rated == years
