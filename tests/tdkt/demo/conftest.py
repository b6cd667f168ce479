"""The default demo on in-memory SQLite, and raw SQL to check it against the rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from tdkt.app import Services
from tdkt.demo import DemoSummary, generate_demo

Query = Callable[..., list[Any]]


@pytest.fixture
def demo(sqlite_services: Services) -> tuple[Services, DemoSummary]:
    return sqlite_services, generate_demo(sqlite_services)


@pytest.fixture
def query(demo: tuple[Services, DemoSummary]) -> Query:
    services, _summary = demo

    def run(sql: str, **params: Any) -> list[Any]:
        with services.engine.connect() as connection:
            return list(connection.execute(text(sql), params))

    return run
