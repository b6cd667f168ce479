"""`screenshot`: a page rendered off screen to a PNG of the size asked, on the real clock or
on a day given with --today, read-only when asked; bad input exits 2."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QImage

from main import main
from tdkt.app import open_database
from tests.factories import add_person, add_unit

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def database(tmp_path, data_dir, clock):  # type: ignore[no-untyped-def]
    path = tmp_path / "tdkt.db"
    services = open_database(str(path), clock)
    add_person(services, add_unit(services).id)
    services.close()
    return path


def test_a_page_is_written_as_a_png_of_the_size_asked(qapp, database, tmp_path, capsys):
    out = tmp_path / "people.png"
    args = ["--db", str(database), "screenshot", "--page", "people", "--out", str(out)]
    assert main([*args, "--size", "1000x700"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


@pytest.mark.parametrize("read_only", [False, True])
def test_today_stops_the_clock_for_the_picture(database, tmp_path, monkeypatch, read_only):
    seen = []

    def render(services, *_args):  # type: ignore[no-untyped-def]
        seen.append((services.clock.today(), services.read_only))
        return 0

    monkeypatch.setattr("ui.screenshot.render", render)
    args = ["--db", str(database), "screenshot", "--page", "dashboard", "--out", "x.png"]
    args += ["--today", "15/12/2025", *(["--read-only"] if read_only else [])]
    assert main(args) == 0
    assert seen == [(date(2025, 12, 15), read_only)]


def test_an_impossible_day_is_bad_input(database, capsys):
    args = ["--db", str(database), "screenshot", "--page", "people", "--out", "x.png"]
    assert main([*args, "--today", "31/02/2025"]) == 2
    assert "--today" in capsys.readouterr().err


def test_an_unknown_page_is_bad_input(database, capsys):
    assert main(["--db", str(database), "screenshot", "--page", "khong-co", "--out", "x.png"]) == 2
    assert "Cần --page" in capsys.readouterr().err
