"""Long work on the database worker with a progress window and, when it is safe, a Cancel
button. The window is not modal (a modal QProgressDialog would call processEvents()); the
caller disables what must not be clicked meanwhile through `busy`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tdkt.progress import Progress
from ui.tasks import ProgressBridge, TaskRunner


class ProgressTask(QObject):
    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        title: str,
        *,
        cancellable: bool = True,
        busy: Callable[[bool], None] | None = None,
        show_after_ms: int = 0,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._runner = runner
        self._title = title
        self._cancellable = cancellable
        self._busy = busy or (lambda _busy: None)
        # Work that is often quick (a short document) shows its window only if it lasts.
        self._show_after_ms = show_after_ms
        self._bridge: ProgressBridge | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._bridge is not None

    def start(
        self,
        label: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._bridge = bridge = ProgressBridge()
        bridge.progressed.connect(self._on_progress)
        self.dialog = self._make_dialog(label)
        self._busy(True)

        def finished(result: Any) -> None:
            self._end()
            on_done(result)

        def failed(error: BaseException) -> None:
            self._end()
            on_error(error)

        self._runner.run(lambda: work(bridge), finished, failed)

    def _make_dialog(self, label: str) -> QProgressDialog:
        cancel = "Hủy" if self._cancellable else ""
        dialog = QProgressDialog(label, cancel, 0, 100, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if self._cancellable:
            dialog.canceled.connect(self._on_cancel)
        else:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setValue(0)
        if self._show_after_ms:
            dialog.setRange(0, 0)  # moving, until the work says how far it is
            QTimer.singleShot(self._show_after_ms, lambda: self._show_late(dialog))
        else:
            dialog.show()
        return dialog

    def _show_late(self, dialog: QProgressDialog) -> None:
        if dialog is self.dialog:  # still running
            dialog.show()

    @Slot()
    def _on_cancel(self) -> None:
        # The window stays until the worker has rolled back: nothing half-made is shown.
        if self._bridge is not None and self.dialog is not None:
            self._bridge.cancel()
            self.dialog.setLabelText("Đang dừng và hoàn tác…")

    @Slot(float, str)
    def _on_progress(self, fraction: float, text: str) -> None:
        if self.dialog is not None:
            if self.dialog.maximum() == 0 and fraction > 0:
                self.dialog.setRange(0, 100)  # the work now says how far it is
            if self.dialog.maximum():
                self.dialog.setValue(round(fraction * 100))
            if text:
                self.dialog.setLabelText(text)

    def _end(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = self._bridge = None
        self._busy(False)
