"""What start-up loads: the window appears before the domain's modules are imported (they
load on the worker, ui/launch.py), and the domain loads none of the document libraries
until a document is made. Checked in a fresh interpreter; nothing is timed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT_LIBRARIES = ("openpyxl", "reportlab", "docx", "pypdf", "lxml", "alembic")


def loaded_after(code: str) -> set[str]:
    """Every module loaded by `code`, and the top-level packages they belong to."""
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    child = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    modules = set(json.loads(child.stdout.splitlines()[-1]))
    return modules | {name.split(".")[0] for name in modules}


def test_the_window_starts_without_the_domain_or_any_page():
    loaded = loaded_after("import main, ui.application\nmain.gui_commands()")
    assert "sqlalchemy" not in loaded and "tdkt.app" not in loaded
    assert not loaded & set(DOCUMENT_LIBRARIES)
    assert not {name for name in loaded if name.startswith("ui.dashboard")}
    assert "PySide6.QtCharts" not in loaded and "PySide6.QtPdf" not in loaded


def test_the_domain_loads_no_document_library():
    loaded = loaded_after("import tdkt.app")
    assert not loaded & set(DOCUMENT_LIBRARIES)


def test_no_page_loads_a_document_library_on_the_gui_thread():
    # Documents are made on the worker (ui/documents.py); ReportLab's page sizes are a
    # table of numbers, its layout engine is what must wait.
    pages = "from ui.pages import all_pages\nfor spec in all_pages():\n    spec.factory.load()"
    loaded = loaded_after(pages)
    assert not loaded & {"openpyxl", "docx", "pypdf", "lxml", "alembic", "reportlab.platypus"}


def test_the_pdf_viewer_loads_with_the_first_preview_not_with_a_page():
    pages = "from ui.pages import all_pages\nfor spec in all_pages():\n    spec.factory.load()"
    loaded = loaded_after(pages)
    assert "PySide6.QtPdf" not in loaded and "PySide6.QtPdfWidgets" not in loaded
