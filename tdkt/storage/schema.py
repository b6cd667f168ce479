"""The full schema: importing this module registers every record class on Base.metadata."""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from tdkt.storage.base import Base

# Every feature's records module; a new feature adds its line here.
RECORD_MODULES = (
    "tdkt.audit.records",
    "tdkt.agency.records",
    "tdkt.units.records",
    "tdkt.people.records",
    "tdkt.ratings.records",
    "tdkt.discipline.records",
    "tdkt.catalog.records",
    "tdkt.initiatives.records",
    "tdkt.awards.records",
    "tdkt.users.records",
    "tdkt.nominations.records",
    "tdkt.movements.records",
    "tdkt.councils.records",
)


def metadata() -> MetaData:
    for name in RECORD_MODULES:
        importlib.import_module(name)
    return Base.metadata
