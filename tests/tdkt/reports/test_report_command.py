"""`report` and `award-history` on the command line."""

from __future__ import annotations

import pypdf
import pytest
from docx import Document
from openpyxl import load_workbook

from main import main
from tdkt.app import open_database
from tests.tdkt.reports.conftest import build_known_period

RANGE = ["--from", "2021-01-01", "--to", "2021-06-30"]


@pytest.fixture
def database(tmp_path, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TDKT_DATA_DIR", str(tmp_path))
    path = str(tmp_path / "report.db")
    services = open_database(path)
    build_known_period(services)
    services.close()
    return path


def test_report_writes_the_section_and_the_forms(database, tmp_path, capsys):
    docx, pdf, xlsx = (tmp_path / f"out.{s}" for s in ("docx", "pdf", "xlsx"))
    assert (
        main(["report", "--db", database, *RANGE, "--out", str(docx), "--occasion", "nhân dịp"])
        == 0
    )
    assert main(["report", "--db", database, *RANGE, "--out", str(pdf)]) == 0
    assert main(["report", "--db", database, *RANGE, "--out", str(xlsx)]) == 0
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert any(p.endswith("đã có thành tích nhân dịp. Cụ thể:") for p in paragraphs)
    assert "KẾT QUẢ KHEN THƯỞNG" in pypdf.PdfReader(pdf).pages[0].extract_text()
    assert load_workbook(xlsx).sheetnames == ["Biểu 0602", "Biểu 0603"]
    assert capsys.readouterr().out.split() == [str(docx), str(pdf), str(xlsx)]


def test_award_history_by_code(database, tmp_path):
    out = tmp_path / "ly-lich.pdf"
    assert main(["award-history", "--db", database, "--subject", "CVP", "--out", str(out)]) == 0
    assert "Trần Thị Bình" in pypdf.PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["award-history", "--subject", "KHONG", "--out", "x.pdf"], 'mã "KHONG"'),
        (["award-history", "--subject", "CVP", "--out", "x.docx"], "đuôi .pdf"),
        (["report", *RANGE, "--out", "x.txt"], "đuôi .pdf, .docx, .xlsx"),
        (["report", "--from", "2021-13-01", "--to", "2021-06-30", "--out", "x.pdf"], "không phải"),
    ],
)
def test_bad_input_exits_2(database, tmp_path, capsys, arguments, message):
    arguments = [a if not a.startswith("x.") else str(tmp_path / a) for a in arguments]
    assert main([arguments[0], "--db", database, *arguments[1:]]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.glob("x.*")) == []
