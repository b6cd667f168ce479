"""What an official list is printed from, apart from the layout code: services build it
without loading ReportLab, python-docx or openpyxl (tdkt.printing.lists renders it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from tdkt.agency.types import AgencySettings

R = TypeVar("R")


@dataclass(frozen=True)
class ListPaper(Generic[R]):
    """What a list is printed from: the agency, the year, the rows, the printing day."""

    agency: AgencySettings
    year: int
    rows: tuple[R, ...]
    printed_on: date
