"""A form saved after someone else changed the record: the refusal is shown, every page
reloads, and the form closes without overwriting anything."""

from __future__ import annotations

from tdkt.units.types import UnitDraft
from tests.factories import add_unit
from ui.units.edit_dialog import UnitDialog


def test_stale_unit_form_is_refused_and_pages_reload(page_context, qtbot, monkeypatch):
    services = page_context.services
    unit = add_unit(services)
    dialog = UnitDialog(page_context, services.units.list_rows(), unit)
    qtbot.addWidget(dialog)
    services.units.update(unit.id, UnitDraft("VP", "Văn phòng (người khác sửa)"), unit.version)
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.widgets.edit_dialog.show_error", lambda _p, error: shown.append(error))
    dialog.name.setText("Văn phòng (tôi sửa)")
    with qtbot.waitSignal(page_context.events.data_replaced, timeout=1000):
        dialog.accept()
    assert "người khác thay đổi" in str(shown[0])
    assert dialog.result() == UnitDialog.DialogCode.Rejected
    assert services.units.list_rows()[0].name == "Văn phòng (người khác sửa)"
