"""`python main.py stats`: the JSON of EXCHANGE.md §3, exit statuses, the text format."""

from __future__ import annotations

import json

import pytest

from main import main
from tdkt.app import open_database
from tests.tdkt.reports.conftest import build_known_period


@pytest.fixture
def database(tmp_path, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TDKT_DATA_DIR", str(tmp_path))  # the log file stays in the test
    path = str(tmp_path / "stats.db")
    services = open_database(path)
    build_known_period(services)
    services.close()
    return path


def test_json_has_exactly_the_contract_shape(database, capsys):
    code = main(
        [
            "stats",
            "--db",
            database,
            "--from",
            "2021-01-01",
            "--to",
            "2021-06-30",
            "--format",
            "json",
        ]
    )
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    assert document == {
        "from": "2021-01-01",
        "to": "2021-06-30",
        "counts": {
            "BK_BO": {"tap_the": 1, "ca_nhan": 1},
            "BK_TINH": {"tap_the": 1, "ca_nhan": 1},
            "KNC_CT": {"tap_the": 0, "ca_nhan": 1},
        },
    }


def test_db_before_the_command_and_an_empty_range(database, capsys):
    code = main(
        [
            "--db",
            database,
            "stats",
            "--from",
            "2019-01-01",
            "--to",
            "2019-12-31",
            "--format",
            "json",
        ]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out)["counts"] == {}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "2021-07-01", "--to", "2021-06-30"], "trước ngày đầu"),
        (["--from", "2021-02-30", "--to", "2021-06-30"], "không phải là ngày hợp lệ"),
        (["--to", "2021-06-30"], "chưa nhập ngày"),
        (["--from", "2021-01-01", "--to", "2021-06-30", "--format", "xml"], "json hoặc text"),
    ],
)
def test_bad_input_exits_2_with_a_vietnamese_reason(database, capsys, arguments, message):
    assert main(["stats", "--db", database, *arguments]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_text_format_prints_the_section_and_a_table(database, capsys):
    assert (
        main(
            [
                "stats",
                "--db",
                database,
                "--from",
                "2021-01-01",
                "--to",
                "2021-06-30",
                "--format",
                "text",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "+ Chủ tịch UBND tỉnh tặng bằng khen: 01 tập thể và 01 cá nhân." in out
    assert "Không tính 01 khen thưởng đã bị thu hồi." in out
