"""Tools > Evaluation Rules…: the rule-set editor (dialog.py), with its forms (form.py, tables.py),
live preview (preview.py), portfolio impact (impact_view.py) and files (library.py).

Only the menu entry is made at start-up; the editor loads when it is first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from tracker.gui.actions import command, make_action, tools_menu

if TYPE_CHECKING:
    from tracker.gui.main_window import MainWindow


def install(window: MainWindow) -> QAction:
    """Add Tools > Evaluation Rules… (always enabled: rule sets are files, not the database)."""
    action = make_action(
        window,
        QCoreApplication.translate("RuleSetEditor", "Evaluation &Rules…"),
        command("rule_sets.dialog", "open_rule_sets", window),
        tip=QCoreApplication.translate(
            "RuleSetEditor", "Write and change the rule sets that plan evaluations, with a preview and their impact on the portfolio"
        ),
    )
    tools_menu(window).addAction(action)
    return action
