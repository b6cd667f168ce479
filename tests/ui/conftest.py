"""UI fixtures: a context over a real SQLite file (backups, locks, read-only copies need one)
and a recorder of the warnings a page would have shown."""

from __future__ import annotations

import pytest


@pytest.fixture
def file_context(qapp, file_services):  # type: ignore[no-untyped-def]
    from ui.context import AppEvents, PageContext
    from ui.tasks import SyncTaskRunner

    return PageContext(file_services, SyncTaskRunner(), AppEvents())


@pytest.fixture
def warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """A message box would block an offscreen test: record what it would have said. Pages
    whose tests all need it say `pytest.mark.usefixtures("warnings")`."""
    said: list[str] = []
    monkeypatch.setattr(
        "ui.errors.QMessageBox.warning", lambda _parent, _title, text: said.append(text)
    )
    return said
