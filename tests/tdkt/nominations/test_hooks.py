"""What nominations give other features: open proposals count in the eligibility engine's
duplicates and quotas, nomination lines stand on the Emulation Council's agenda, batches
sent wait on the dashboard; and the `print` command."""

from __future__ import annotations

import pytest

from tdkt.cli.commands import domain_commands
from tdkt.cli.framework import EXIT_BAD_INPUT, EXIT_OK, build_parser, run_command
from tdkt.nominations.types import LineDraft, TransitionDraft
from tests.tdkt.nominations.conftest import new_batch


def test_open_proposals_warn_of_duplicates_on_the_eligibility_page(services, department):
    batch = new_batch(services)
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "LDTT", 2025))
    report = services.eligibility.report(2025, "LDTT")
    evaluation = next(e for e in report.evaluations if e.subject.code == "CN01")
    assert "Đã có trong đợt đề nghị LDTT-2025" in report.warnings_for(evaluation)
    services.nominations.advance(
        batch.batch.id, TransitionDraft("trinh", "Đủ", "30/TTr-HĐTĐKT", "10/12/2025", True)
    )
    services.nominations.advance(batch.batch.id, TransitionDraft("tra_lai", "Sai năm"))
    report = services.eligibility.report(2025, "LDTT")  # a returned batch proposes nothing
    evaluation = next(e for e in report.evaluations if e.subject.code == "CN01")
    assert report.warnings_for(evaluation) == ()


def test_another_batch_proposing_the_same_shows_on_the_line(services, department):
    first = new_batch(services, "LDTT-2025-A")
    second = new_batch(services, "LDTT-2025-B")
    for batch in (first, second):
        services.nominations.add_line(batch.batch.id, LineDraft("CN02", "LDTT", 2025))
    checks = services.nominations.line_checks(second.batch.id)
    (check,) = checks.lines.values()
    assert check.verdict == "eligible"
    assert check.warnings == ("Đã có trong đợt đề nghị LDTT-2025-A",)


def test_batches_sent_wait_on_the_dashboard(services, department):
    batch = new_batch(services, "BK-TINH-2025", "BK_TINH")
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "BK_TINH", 2025))
    assert services.reports.dashboard().batches == ()
    services.nominations.advance(
        batch.batch.id, TransitionDraft("trinh", "Đủ", "235/TTr-SCT", "12/12/2025", True)
    )
    (pending,) = services.reports.dashboard().batches
    assert (pending.name, pending.title, pending.subjects) == (
        "BK-TINH-2025",
        "Bằng khen của Chủ tịch UBND tỉnh",
        1,
    )
    assert str(pending.sent_on) == "2025-12-12"


def run(*argv: str) -> int:
    commands = domain_commands()
    args = build_parser(commands).parse_args(list(argv))
    return run_command(next(c for c in commands if c.name == args.command), args)


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_print_nomination_list_from_the_command_line(file_services, tmp_path, suffix, capsys):
    from tdkt.agency.types import QUANG_NGAI_EXAMPLE
    from tests.factories import add_person, add_unit

    services = file_services
    services.agency.save(QUANG_NGAI_EXAMPLE)
    unit = add_unit(services)
    add_person(services, unit.id)
    batch = new_batch(services, "GK-2025", "GK_SO")
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "GK_SO", 2025))
    database = services.location
    services.close()
    out = tmp_path / f"danh-sach{suffix}"
    assert (
        run("print", "nomination-list", "--batch", "GK-2025", "--out", str(out), "--db", database)
        == EXIT_OK
    )
    assert out.stat().st_size > 1000
    assert (
        run(
            "--db",
            database,
            "print",
            "to-trinh",
            "--batch",
            "GK-2025",
            "--out",
            str(tmp_path / f"to-trinh{suffix}"),
        )
        == EXIT_OK
    )
    assert (
        run("--db", database, "print", "nomination-list", "--batch", "KHONG-CO", "--out", str(out))
        == EXIT_BAD_INPUT
    )
    assert 'Không có đợt đề nghị "KHONG-CO"' in capsys.readouterr().err
    assert (
        run(
            "--db",
            database,
            "print",
            "nomination-list",
            "--batch",
            "GK-2025",
            "--out",
            str(tmp_path / "x.txt"),
        )
        == EXIT_BAD_INPUT
    )
