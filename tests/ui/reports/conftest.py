"""Saving files in UI tests: the save dialog answers with a path in the test's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import ui.widgets.save_file as save_file


@pytest.fixture
def save_to(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """Every save dialog returns `tmp_path / name` (the name the dialog suggested, unless the
    test set `chosen[0]`); the asked captions are recorded."""
    asked: list[str] = []
    chosen: list[Path] = []

    def ask(parent, caption, suggested):  # type: ignore[no-untyped-def]
        asked.append(caption)
        return chosen.pop(0) if chosen else tmp_path / save_file.safe_file_name(suggested)

    monkeypatch.setattr(save_file, "ask_save_path", ask)
    return tmp_path, asked, chosen
