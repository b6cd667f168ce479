"""Read-only mode on screen, written once: the widgets and actions that change data are
declared (`guard_writes`, or `Page.writes`) and, while the database refuses writes (opened
read-only, or the signed-in user only views), they are disabled with the reason as tooltip.

A page keeps enabling and disabling its buttons by selection as it always did: each guarded
target carries a `WriteLock` that turns it off again whenever the page turns it on, and
remembers what the page asked for, so the target comes back as the page wants it if writes
become allowed (someone else signs in). Printing, exporting and viewing are never declared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.context import PageContext

Target = QWidget | QAction


class WriteLock(QObject):
    """Holds one target disabled while `context` refuses writes; a child of the target, so
    it lives and dies with it."""

    def __init__(self, target: Target, context: PageContext) -> None:
        super().__init__(target)
        self.target = target
        self._access = context.services.access
        self._own_tooltip = target.toolTip()
        self._wanted = _own_choice(target)  # what the page asked for, under the lock
        self._forcing = False
        if isinstance(target, QAction):
            target.enabledChanged.connect(self._on_action_changed)
        else:
            target.installEventFilter(self)
        context.events.user_changed.connect(self.refresh)
        self.refresh()

    @property
    def reason(self) -> str:
        return self._access.write_refusal

    def refresh(self) -> None:
        """Apply the access in force now."""
        reason = self.reason
        self.target.setToolTip(reason or self._own_tooltip)
        self._force(self._wanted and not reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and not self._forcing:
            # The page's own choice (by selection); a parent's change leaves it alone.
            self._wanted = _own_choice(self.target)
            if self.reason and self.target.isEnabled():
                self._force(False)
        return False

    def _on_action_changed(self, enabled: bool) -> None:
        if self._forcing:
            return
        self._wanted = enabled
        if self.reason and enabled:
            self._force(False)

    def _force(self, enabled: bool) -> None:
        self._forcing = True
        try:
            self.target.setEnabled(enabled)
        finally:
            self._forcing = False


def guard_writes(context: PageContext, *targets: Target) -> None:
    """Declare `targets` as changing data: disabled, with the reason, while nothing can be
    saved."""
    for target in targets:
        if target.findChild(WriteLock, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
            WriteLock(target, context)


def _own_choice(target: Target) -> bool:
    """Enabled as the page set it, whatever the parent widget's state."""
    if isinstance(target, QAction):
        return target.isEnabled()
    return not target.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)


def write_locks(root: QObject) -> list[WriteLock]:
    """Every guarded target under `root` (tests, and pages that want to know)."""
    return root.findChildren(WriteLock)
