"""The benchmark's probe (ui/probe.py): asked by TDKT_PROBE, it records when the window and
its first page showed, visits the pages asked for, records memory and ends the application."""

from __future__ import annotations

import json
import sys

import pytest

from tests.factories import add_person, add_unit
from ui import probe
from ui.launch import Launch
from ui.main_window import MainWindow
from ui.pages import all_pages
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Ending:
    def __init__(self) -> None:
        self.calls = 0

    def quit(self) -> None:
        self.calls += 1


def test_nothing_without_the_variable(qtbot, monkeypatch):
    monkeypatch.delenv(probe.PROBE_ENV, raising=False)
    window = MainWindow(None, all_pages())
    qtbot.addWidget(window)
    assert probe.install(window) is None


def test_records_the_start_and_the_pages_then_ends(qtbot, monkeypatch, tmp_path, file_services):
    add_person(file_services, add_unit(file_services).id)
    target = tmp_path / "probe.json"
    monkeypatch.setenv(probe.PROBE_ENV, str(target))
    monkeypatch.setenv(probe.PAGES_ENV, "people,dashboard,nowhere,units")
    ending = Ending()
    monkeypatch.setattr(probe, "QApplication", ending)
    window = MainWindow(None, all_pages())
    qtbot.addWidget(window)
    watching = probe.install(window)
    assert watching is not None
    file_services.close()  # the launch opens the file itself
    launch = Launch(window, SyncTaskRunner(), str(file_services.backups.database))
    launch.start()
    qtbot.waitUntil(target.exists, timeout=10_000)
    launch.close()
    record = json.loads(target.read_text(encoding="utf-8"))
    assert record["window_shown"] <= record["first_page_shown"]
    assert list(record["pages_ms"]) == ["people", "units"]  # the first page and unknown skipped
    if sys.platform.startswith("linux"):  # memory is read from /proc
        assert record["after_pages"]["peak_rss_mb"] >= record["after_pages"]["rss_mb"] > 0
    assert ending.calls == 1
