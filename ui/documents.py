"""The document modules of tdkt.printing, loaded on first use.

Pages that print name their documents at import time, but the documents are made on the
worker. Importing tdkt.printing pulls in ReportLab, python-docx and openpyxl, a quarter of a
second of the GUI thread's time if it happened when the page is first opened (the window
frozen meanwhile); through `printing(name)` it happens on the worker, with the first
document actually made.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


class DocumentModule:
    """Stands for `tdkt.printing.<name>`: the module is imported on the first attribute
    asked of it (import_module is safe to call from any thread)."""

    def __init__(self, name: str) -> None:
        self._module_name = f"tdkt.printing.{name}"

    def __getattr__(self, attribute: str) -> Any:
        return getattr(import_module(self._module_name), attribute)

    def __repr__(self) -> str:
        return f"<document module {self._module_name}, loaded on first use>"


def printing(name: str) -> Any:
    return DocumentModule(name)
