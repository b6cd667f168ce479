"""UI fixtures over a real SQLite file (backups, locks, read-only copies need one)."""

from __future__ import annotations

import pytest


@pytest.fixture
def file_context(qapp, file_services):  # type: ignore[no-untyped-def]
    from ui.context import AppEvents, PageContext
    from ui.tasks import SyncTaskRunner

    return PageContext(file_services, SyncTaskRunner(), AppEvents())
