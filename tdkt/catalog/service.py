"""Reading the catalogue and installing the built-in titles."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tdkt.catalog.defaults import DEFAULT_TITLES
from tdkt.catalog.records import TitleRecord
from tdkt.catalog.repository import TitleRepository, to_title
from tdkt.catalog.types import Title
from tdkt.errors import NotFoundError
from tdkt.services.base import ServiceBase
from tdkt.text import fold


class CatalogService(ServiceBase):
    def list_titles(self, *, active_only: bool = False) -> list[Title]:
        with self._transaction() as session:
            titles = [to_title(r) for r in TitleRepository(session).all()]
        return [t for t in titles if t.active] if active_only else titles

    def find(self, code_or_name: str) -> Title:
        """A title by its code or its full or short name, whatever the case and diacritics."""
        with self._transaction() as session:
            record = TitleRepository(session).lookup().get(fold(code_or_name))
            if record is None:
                raise NotFoundError(f'Không có danh hiệu hoặc hình thức "{code_or_name}".')
            return to_title(record)

    def ensure_defaults(self) -> int:
        """Add the built-in titles a database lacks; returns how many were added."""
        with self._transaction() as session:
            return add_missing_defaults(session)


def add_missing_defaults(session: Session) -> int:
    """The built-in titles a database lacks, added in the caller's transaction."""
    titles = TitleRepository(session)
    added = 0
    for default in DEFAULT_TITLES:
        if titles.by_code(default.code) is None:
            session.add(TitleRecord(**default._asdict(), builtin=True, active=True))
            added += 1
    return added
