"""Reading nomination batches and their lines (the Nominations feature adds the workflow)."""

from __future__ import annotations

from tdkt.errors import NotFoundError
from tdkt.nominations.records import NominationBatchRecord
from tdkt.nominations.repository import NominationRepository
from tdkt.nominations.types import NominationBatchRow, NominationLineRow
from tdkt.services.base import ServiceBase


class NominationService(ServiceBase):
    def list_batches(self) -> list[NominationBatchRow]:
        with self._transaction() as session:
            return NominationRepository(session).batches()

    def lines(self, batch_id: int) -> list[NominationLineRow]:
        with self._transaction() as session:
            if session.get(NominationBatchRecord, batch_id) is None:
                raise NotFoundError("Đợt đề nghị không còn tồn tại.")
            return NominationRepository(session).lines(batch_id)

    def batch_named(self, name: str) -> NominationBatchRow:
        """A batch by its name (`print nomination-list --batch NAME`)."""
        with self._transaction() as session:
            found = NominationRepository(session).batches(name=name)
        if not found:
            raise NotFoundError(f'Không có đợt đề nghị "{name}".')
        return found[0]
