"""Reading and saving the agency settings (names, place, signer)."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from tdkt.agency.records import AgencyRecord
from tdkt.agency.types import FIELD_LABELS, AgencySettings
from tdkt.errors import ValidationError
from tdkt.services.base import ServiceBase, ensure_version
from tdkt.text import clean

AGENCY_ROW_ID = 1


def fill_if_unconfigured(session: Session, settings: AgencySettings) -> None:
    """Set the agency block in the caller's transaction unless the user already entered one."""
    record = session.get(AgencyRecord, AGENCY_ROW_ID)
    if record is not None and record.name and record.place:
        return
    if record is None:
        record = AgencyRecord(id=AGENCY_ROW_ID, version=1)
        session.add(record)
    for key in FIELD_LABELS:
        setattr(record, key, getattr(settings, key))


def agency_settings(session: Session) -> AgencySettings:
    """The agency block in the caller's transaction (empty until the user fills it in):
    what every printed paper heads with."""
    record = session.get(AgencyRecord, AGENCY_ROW_ID)
    if record is None:
        return AgencySettings()
    return AgencySettings(**{f.name: getattr(record, f.name) for f in fields(AgencySettings)})


class AgencyService(ServiceBase):
    def get(self) -> AgencySettings:
        with self._transaction() as session:
            return agency_settings(session)

    def save(self, settings: AgencySettings) -> AgencySettings:
        """Save the agency block; settings read at an older version (a stale form) are refused."""
        values = {key: clean(getattr(settings, key)) for key in FIELD_LABELS}
        errors = {}
        if not values["name"]:
            errors["name"] = "Tên cơ quan không được để trống."
        if not values["place"]:
            errors["place"] = "Địa danh không được để trống (dùng ở dòng ngày tháng văn bản)."
        if errors:
            raise ValidationError(errors)
        with self._transaction() as session:
            record = session.get(AgencyRecord, AGENCY_ROW_ID)
            if record is None:
                record = AgencyRecord(id=AGENCY_ROW_ID, version=1)
                session.add(record)
            else:
                ensure_version(record.version, settings.version or None)
            for key, value in values.items():
                setattr(record, key, value)
            session.flush()
            return AgencySettings(**values, version=record.version)
