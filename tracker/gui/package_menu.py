"""File menu commands for offline field packages: export, merge (both off the UI thread with a
progress dialog) and the dialog that resolves conflicts. The work is tracker.exchange's; this
module only asks for files, runs it and shows the result."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.gui import errors
from tracker.gui.portfolio_reload import changes_of
from tracker.gui.workers import Operation, Progress

# The exchange code (merge, packages) loads when a command runs, not with the File menu (start-up).
if TYPE_CHECKING:
    from tracker.exchange.merge import ConflictView, MergeReport
    from tracker.exchange.packages import PackageReport
    from tracker.gui.main_window import MainWindow



def file_filter() -> str:
    return QCoreApplication.translate("PackageMenu", "Field packages (*.trackerpkg);;All files (*)")


# ---------------------------------------------------------------- dialogs tests replace


def ask_export_path(parent: QWidget) -> Path | None:
    suggested = Path.home() / f"field-package-{dt.date.today().isoformat()}.trackerpkg"
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PackageMenu", "Export Field Package"), str(suggested), file_filter())
    return Path(name) if name else None


def ask_merge_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("PackageMenu", "Merge Field Package"), str(Path.home()), file_filter())
    return Path(name) if name else None


def show_result(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


# ---------------------------------------------------------------- what is said of a package



# Counted texts call translate() themselves, with the count in a plain variable, so that
# pyside6-lupdate sees them as plural texts (tools/update_translations.py gives English its
# "1 record", "2 records"); it skips a call whose count is an expression.


def export_summary(report: PackageReport) -> str:
    records, deleted = report.records, report.deleted
    text = QCoreApplication.translate("PackageMenu", "{file}: %n changed record(s)", "", records).format(file=report.path.name)
    parts = ", ".join(f"{_kind_plural(kind)}: {n}" for kind, n in report.counts.items() if n)
    if parts:
        text += f" ({parts})"
    return text + (QCoreApplication.translate("PackageMenu", ", %n deletion(s)", "", deleted) if deleted else "")


def _kind_plural(kind: str) -> str:
    """What a user calls records of a package's kind ("funding lines"), in their language."""
    from tracker.domain.records import kind_named

    try:
        return kind_named(kind).plural
    except (KeyError, ValueError):
        return kind.replace("_", " ")


def merge_summary(report: MergeReport) -> str:
    if report.already_merged:
        return QCoreApplication.translate("PackageMenu", "{source}: this package from {name} was already merged; nothing changed").format(
            source=report.source, name=report.source_name)
    text = QCoreApplication.translate("PackageMenu", "{source} from {name}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged").format(
        source=report.source, name=report.source_name, created=report.created, updated=report.updated,
        deleted=report.deleted, unchanged=report.unchanged)
    conflicts, skipped = len(report.conflicts), len(report.skipped)
    if conflicts:
        text += QCoreApplication.translate("PackageMenu", "; %n conflict(s) to resolve", "", conflicts)
    if skipped:
        text += QCoreApplication.translate("PackageMenu", "; %n skipped", "", skipped)
    return text


# ---------------------------------------------------------------- commands


def _run(fn: Any, progress: Progress) -> Any:
    # The operation's progress and Cancel; PackageCancelled is a Cancelled: it ends as cancelled.
    return fn(progress=progress, cancelled=progress.is_cancelled)


def export(window: "MainWindow") -> Operation[PackageReport] | None:
    path = ask_export_path(window)
    if path is None:
        return None
    from tracker.exchange.packages import export_package

    def done(report: PackageReport) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("PackageMenu", "Field package written: {path}").format(path=report.path), 10000)
        show_result(window, QCoreApplication.translate("PackageMenu", "Field package written"), export_summary(report))

    operation = Operation(window, lambda progress: _run(lambda **kw: export_package(path, **kw), progress),
                          label=QCoreApplication.translate("PackageMenu", "Exporting the field package…"), success=done)
    operation.signals.cancelled.connect(lambda: window.statusBar().showMessage(
        QCoreApplication.translate("PackageMenu", "Export cancelled; no file was written"), 10000))
    return operation.run()


def merge(window: "MainWindow") -> Operation[MergeReport] | None:
    path = ask_merge_path(window)
    if path is None:
        return None
    from tracker.exchange.merge import merge_package

    def done(report: MergeReport) -> None:
        window.refresh(changes_of(report))  # what the merge changed, or everything when it does not say
        window.statusBar().showMessage(merge_summary(report), 10000)
        text = merge_summary(report)
        if report.conflicts:
            text += "\n\n" + QCoreApplication.translate("PackageMenu", "Records changed on both sides (both versions kept):") + "\n"
            text += "\n".join(f"• {c}" for c in report.conflicts[:20])
            text += "\n\n" + QCoreApplication.translate("PackageMenu", "Use File > Resolve Conflicts… to choose.")
        if report.skipped:
            text += "\n\n" + QCoreApplication.translate("PackageMenu", "Skipped:") + "\n" + "\n".join(f"• {s}" for s in report.skipped[:20])
        show_result(window, QCoreApplication.translate("PackageMenu", "Field package merged"), text)

    operation = Operation(window, lambda progress: _run(lambda **kw: merge_package(path, writing=progress.point_of_no_return, **kw), progress),
                          label=QCoreApplication.translate("PackageMenu", "Merging the field package…"), success=done)
    operation.signals.cancelled.connect(lambda: window.statusBar().showMessage(
        QCoreApplication.translate("PackageMenu", "Merge cancelled; nothing was changed"), 10000))
    return operation.run()


def resolve(window: "MainWindow") -> "ConflictsDialog":
    dialog = ConflictsDialog(window, on_change=window.reload)
    dialog.open()
    return dialog


# ---------------------------------------------------------------- the conflicts dialog


class ConflictsDialog(QDialog):
    """Every unresolved conflict on the left; the selected one's two versions side by side, field
    by field (differences in bold); Keep mine / Take theirs decide it."""

    def __init__(self, parent: QWidget | None = None, on_change: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve conflicts"))
        self.resize(900, 500)
        self._on_change = on_change
        self.conflicts: list[ConflictView] = []
        self.list = QListWidget()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (this database)"), self.tr("Theirs (package)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.source = QLabel()
        self.keep_mine = QPushButton(self.tr("&Keep mine"))
        self.take_theirs = QPushButton(self.tr("&Take theirs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel(self.tr("No conflicts to resolve."))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.source)
        right_layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_mine)
        row.addWidget(self.take_theirs)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.keep_mine.clicked.connect(lambda: self.resolve_current("local"))
        self.take_theirs.clicked.connect(lambda: self.resolve_current("incoming"))
        self.refresh()

    def refresh(self) -> None:
        from tracker.exchange.merge import list_conflicts

        self.conflicts = list_conflicts()
        self.list.clear()
        for conflict in self.conflicts:
            QListWidgetItem(self.tr("{record} — from {name}").format(record=conflict.label, name=conflict.source_name), self.list)
        self.empty.setVisible(not self.conflicts)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        self.keep_mine.setEnabled(conflict is not None)
        self.take_theirs.setEnabled(conflict is not None)
        self.table.setRowCount(0)
        if conflict is None:
            self.source.setText("")
            return
        self.source.setText(self.tr("Changed here and in a package from {name} since the last exchange").format(name=conflict.source_name))
        rows = conflict.fields()
        if conflict.local is None:
            rows = [(self.tr("(record)"), self.tr("deleted here"), self.tr("kept there")), *rows]
        if conflict.incoming is None:
            rows = [(self.tr("(record)"), self.tr("kept here"), self.tr("deleted there")), *rows]
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for index, (name, mine, theirs) in enumerate(rows):
            items = [QTableWidgetItem(name.replace("_", " ")), QTableWidgetItem(_text(mine)), QTableWidgetItem(_text(theirs))]
            for column, item in enumerate(items):
                if mine != theirs:
                    item.setFont(bold)
                self.table.setItem(index, column, item)

    def resolve_current(self, keep: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        from tracker.exchange.merge import resolve_conflict

        try:
            resolve_conflict(conflict.id, keep=keep)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the dialog stays usable
            errors.show_error(self, exc)
        self.refresh()
        if self._on_change is not None:
            self._on_change()


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("PackageMenu", "yes") if value else QCoreApplication.translate("PackageMenu", "no")
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value.items())
    return str(value)


# ---------------------------------------------------------------- the menu


def install(window: "MainWindow") -> dict[str, QAction]:
    """Add Export Field Package…, Merge Field Package… and Resolve Conflicts… to the File menu,
    before Quit; returns the actions by name (export, merge, conflicts)."""
    file_menu, quit_action = window.file_menu, window.menu_actions.quit  # built by actions.install, before this
    actions: dict[str, QAction] = {}
    for key, label, slot in (
        ("export", QT_TRANSLATE_NOOP("PackageMenu", "E&xport Field Package…"), export),
        ("merge", QT_TRANSLATE_NOOP("PackageMenu", "&Merge Field Package…"), merge),
        ("conflicts", QT_TRANSLATE_NOOP("PackageMenu", "Resolve &Conflicts…"), resolve),
    ):
        action = QAction(QCoreApplication.translate("PackageMenu", label), window)
        action.triggered.connect(lambda _checked=False, fn=slot: fn(window))
        actions[key] = action
    file_menu.insertActions(quit_action, list(actions.values()))
    file_menu.insertSeparator(quit_action)
    return actions
