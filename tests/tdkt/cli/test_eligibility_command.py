"""`python main.py eligibility --year Y [--title CODE] [--subject CODE] --format json`, exactly
as EXCHANGE.md §3."""

from __future__ import annotations

import json

import pytest

from main import main
from tdkt.app import open_database
from tests.factories import add_person, add_unit


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "tdkt.db"
    services = open_database(str(path))
    unit = add_unit(services, "VP", "Văn phòng Sở")
    person = add_person(services, unit.id, "CN01", "Nguyễn Văn An", recruited_on="01/01/2015")
    services.ratings.set_rating("ca_nhan", person.id, 2024, "HTXSNV")
    services.ratings.set_rating("tap_the", unit.id, 2024, "HTTNV")
    services.close()
    return str(path)


def test_one_subject_one_title_prints_the_exchange_format(database, capsys):
    code = main(
        [
            "eligibility",
            "--db",
            database,
            "--year",
            "2024",
            "--title",
            "CSTDCS",
            "--subject",
            "CN01",
            "--format",
            "json",
        ]
    )
    assert code == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 1
    entry = found[0]
    assert list(entry) == ["subject", "title", "year", "verdict", "reasons"]
    assert (entry["subject"], entry["title"], entry["year"]) == ("CN01", "CSTDCS", 2024)
    assert entry["verdict"] == "eligible"
    assert all(list(r) == ["criterion", "passed", "detail", "basis"] for r in entry["reasons"])
    assert entry["reasons"][1] == {
        "criterion": "Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận trong năm "
        "(hoặc đề tài khoa học được nghiệm thu)",
        "passed": True,
        "detail": "Xếp loại 2024: Hoàn thành xuất sắc nhiệm vụ",
        "basis": "Luật Thi đua, khen thưởng 2022, Điều 23",
    }


def test_without_title_every_covered_title_for_every_fitting_subject(database, capsys):
    assert main(["--db", database, "eligibility", "--year", "2024", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    person = [e["title"] for e in found if e["subject"] == "CN01"]
    unit = [e["title"] for e in found if e["subject"] == "VP"]
    assert person == [
        "LDTT",
        "CSTDCS",
        "CSTD_TINH",
        "CSTD_BO",
        "CSTDTQ",
        "BK_TINH",
        "BK_BO",
        "BK_TTG",
        "HCLD3",
        "KNC_CT",
    ]
    assert unit == ["TTLDTT", "TTLDXS", "BK_TINH", "BK_BO", "BK_TTG"]
    judged = next(r for e in found if e["title"] == "BK_TINH" for r in e["reasons"])
    assert judged["passed"] is None  # points a–c: the council judges


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--title", "GK_SO"], "Chưa có quy tắc xét"),
        (["--subject", "KHONGCO"], 'Không có cá nhân hoặc đơn vị mã "KHONGCO"'),
    ],
)
def test_bad_input_exits_2_with_a_vietnamese_reason(database, capsys, extra, message):
    code = main(["--db", database, "eligibility", "--year", "2024", *extra])
    assert code == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""
