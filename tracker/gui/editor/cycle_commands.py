"""The editor's project-cycle actions: each on the Project menu and on the toolbar's "Stage"
button menu, the next step of the cycle also as a toolbar button of its own. Taking one asks its
date (and reason) in a StageDialog, saves unsaved changes first, and records the stage change on
the chosen date through the store."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from tracker.domain import cycle
from tracker.domain.classifications import Stage
from tracker.domain.errors import DomainError
from tracker.gui.editor.dialogs import StageDialog, action_label
from tracker.store.projects import change_stage, stage_history

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QStatusBar, QToolBar

    from tracker.domain.project import Project
    from tracker.gui.editor.state import EditorState

# The Project menu's mnemonics, one letter each within the menu (none taken by the menu bar
# itself matters there; inside a menu only its own entries compete).
MNEMONICS = {
    "submit": QT_TRANSLATE_NOOP("CycleActions", "&Submit for appraisal"),
    "return-to-design": QT_TRANSLATE_NOOP("CycleActions", "Re&turn to design"),
    "approve": QT_TRANSLATE_NOOP("CycleActions", "&Approve"),
    "start": QT_TRANSLATE_NOOP("CycleActions", "Start &implementation"),
    "begin-closing": QT_TRANSLATE_NOOP("CycleActions", "&Begin evaluation and closing"),
    "close": QT_TRANSLATE_NOOP("CycleActions", "C&lose project"),
    "suspend": QT_TRANSLATE_NOOP("CycleActions", "Sus&pend"),
    "resume": QT_TRANSLATE_NOOP("CycleActions", "&Resume"),
    "cancel": QT_TRANSLATE_NOOP("CycleActions", "&Cancel project"),
}
# The step a project in each stage usually takes next: the toolbar's own button. Suspend, cancel
# and return to design are not steps forward: they stay on the menus.
_FORWARD = ("submit", "approve", "start", "begin-closing", "close", "resume")


def ask_save_first(parent: QWidget, action_text: str) -> bool:
    answer = QMessageBox.question(parent, action_text, QCoreApplication.translate("CycleCommands", "Save your changes before '{action}'?").format(action=action_text))
    return answer == QMessageBox.StandardButton.Yes


class CycleCommands:
    """Mixed into ProjectEditor, which provides `loaded` (the stored project), `is_new`,
    `undo_stack`, `save`, `load`, `saved`, `statusBar` and `show_error`."""

    loaded: "Project"
    state: "EditorState"
    cycle_actions: dict[str, QAction]
    if TYPE_CHECKING:  # provided by the editor
        is_new: bool
        undo_stack: QUndoStack
        saved: SignalInstance

        def save(self) -> bool: ...
        def load(self, code: str | None) -> None: ...
        def statusBar(self) -> QStatusBar: ...
        def show_error(self, exc: BaseException) -> None: ...

    def _build_cycle_actions(self, menu: QMenu, toolbar: "QToolBar") -> None:
        parent = self  # the editor, a QObject
        self.cycle_actions = {}
        for action in cycle.ACTIONS:
            label = action_label(action)
            mnemonic = MNEMONICS.get(action.code)
            text = (QCoreApplication.translate("CycleActions", mnemonic) if mnemonic else label) + "…"
            qaction = QAction(text, parent)  # type: ignore[call-overload]
            qaction.setIconText(label)
            qaction.triggered.connect(lambda _checked=False, a=action: self.take_action(a))
            self.cycle_actions[action.code] = qaction
            menu.addAction(qaction)
            if action.code in ("close", "resume"):
                menu.addSeparator()  # forward steps, then suspend and resume, then cancel
        menu.setToolTipsVisible(True)  # why an action is greyed out
        # The toolbar keeps its width: one button opens the whole menu, one takes the next step.
        self.stage_button = QToolButton(toolbar)
        self.stage_button.setObjectName("stage-button")
        self.stage_button.setText(QCoreApplication.translate("CycleCommands", "Stage"))
        self.stage_button.setToolTip(QCoreApplication.translate("CycleCommands", "Every project-cycle action (also on the Project menu)"))
        self.stage_button.setMenu(menu)
        self.stage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.stage_button)
        self.next_step = QAction(parent)  # type: ignore[call-overload]
        self.next_step.setObjectName("next-step")
        self.next_step.triggered.connect(self._take_next_step)
        toolbar.addAction(self.next_step)

    def _next_action(self) -> cycle.Action | None:
        if self.is_new:
            return None
        for code in _FORWARD:
            action = cycle.ACTIONS_BY_CODE[code]
            if self.loaded.stage in action.sources:
                return action
        return None

    def _show_cycle(self) -> None:
        stored_stage = self.loaded.stage
        for action in cycle.ACTIONS:
            qaction = self.cycle_actions[action.code]
            qaction.setEnabled(not self.is_new and stored_stage in action.sources)
            qaction.setToolTip(self._why(action))
        following = self._next_action()
        self.next_step.setVisible(following is not None)
        if following is not None:
            label = action_label(following)
            self.next_step.setText(label + "…")
            self.next_step.setToolTip(QCoreApplication.translate("CycleCommands", "Next step of the project cycle: {action}").format(action=label))

    def _why(self, action: cycle.Action) -> str:
        """What the action does, or why it does not apply now (a menu shows it as a tooltip)."""
        if self.is_new:
            return QCoreApplication.translate("CycleCommands", "Save the new project first")
        if self.loaded.stage not in action.sources:
            stages = ", ".join(s.label for s in sorted(action.sources, key=list(Stage).index))
            return QCoreApplication.translate("CycleCommands", "Applies only from {stages}").format(stages=stages)
        target = action.target or self.loaded.suspended_from
        return QCoreApplication.translate("CycleCommands", "Moves the project to {stage}").format(stage=target.label if target else "")

    def _take_next_step(self) -> None:
        following = self._next_action()
        if following is not None:
            self.take_action(following)

    def _last_change(self) -> date | None:
        history = stage_history(self.loaded.code)
        return history[-1].changed_on if history else None

    def take_action(self, action: cycle.Action) -> None:
        if self.is_new:
            return
        if not self.undo_stack.isClean():
            if not ask_save_first(self, action_label(action)) or not self.save():  # type: ignore[arg-type]
                return
        answer = StageDialog.ask(self, action, self.loaded, self._last_change())  # type: ignore[arg-type]
        if answer is None:
            return
        try:
            change = change_stage(self.loaded.code, action.code, answer.reason, on=answer.on)
        except DomainError as exc:
            self.show_error(exc)
            return
        self.load(self.loaded.code)
        self.statusBar().showMessage(QCoreApplication.translate("CycleCommands", "{action} on {day}: {before} → {after}").format(
            action=action_label(action), day=answer.on.isoformat(), before=change.from_stage.label, after=change.to_stage.label), 8000)
        self.saved.emit(self.loaded.code)
