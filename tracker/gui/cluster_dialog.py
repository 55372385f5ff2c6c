"""Tools > Cluster Evaluations…: one evaluation covering several projects that share a theme,
partner or country (tracker.store.clusters, as `tracker clusters` does).

The window lists the clusters (code, title, kind, basis, projects, status) and the projects of
the one selected; New… asks for the code, title, kind and basis, then offers the projects sharing
it to check; Edit… corrects its code and title; Delete… deletes one no project completed, after a
confirmation naming the projects that leave it; Add and Remove change its projects; Record
Completion… completes every member's evaluation at once. Reads and writes run on the worker thread; a refusal is shown as the one
sentence the store says. The forms are module-level classes so that tests drive them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Independence, Theme, custom_evaluation_kinds
from tracker.domain.codelists import countries, country_name
from tracker.domain.errors import DomainError, ValidationError
from tracker.gui import errors
from tracker.gui.editor.date_field import DateLineEdit, read_date
from tracker.gui.form_dialog import FormDialog
from tracker.gui.workers import Operation, QueryOp
from tracker.store import cluster_edits as edits
from tracker.store import clusters as ops
from tracker.store.database import is_read_only

if TYPE_CHECKING:
    from tracker.store.cluster_edits import ClusterDeletion
    from tracker.store.clusters import ClusterChange, ClusterMember, ClusterSummary

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("code", "title", "kind", "basis", "members", "status")


def sentence(exc: BaseException) -> str:
    """A refusal as one sentence: the store's words, a refused save naming its project and field."""
    if isinstance(exc, ValidationError) and exc.problems:
        from tracker.domain.records import kind_named, problem_text

        own = kind_named(exc.kind) if exc.kind else None
        text = (f"{exc.subject}: " if exc.subject else "") + problem_text(exc.problems[0], own)
    else:
        text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _write(parent: QWidget, work: Callable[[], Any], label: str, success: Callable[[Any], None],
           failure: Callable[[str], None]) -> Operation[Any]:
    """Run a write on the worker thread: `success(result)`, or `failure(sentence)` for a refusal
    (anything else is a bug, shown as one)."""
    def failed(exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            failure(sentence(exc))
        else:
            errors.show_error(parent, exc)

    return Operation(parent, lambda _progress: work(), label=label, success=success, failure=failed, cancellable=False).run()


# ------------------------------------------------------------------ the table


class ClustersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ClusterSummary] = []

    def set_rows(self, rows: list[ClusterSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Title"), self.tr("Kind"), self.tr("Basis"), self.tr("Projects"), self.tr("Status"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary, name = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            cluster = summary.cluster
            if name == "code":
                return cluster.code
            if name == "title":
                return cluster.title
            if name == "kind":
                return cluster.kind.label
            if name == "basis":
                return cluster.basis_text
            if name == "members":
                return str(summary.members)
            status = ops.status_word(summary.status)
            if summary.status == ops.COMPLETED and summary.completed_on:
                return self.tr("{status} on {day}").format(status=status, day=summary.completed_on.isoformat())
            return status
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "members":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def summary_at(self, row: int) -> ClusterSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, code: str) -> int:
        return next((i for i, s in enumerate(self.rows) if s.cluster.code == code), -1)


# ------------------------------------------------------------------ a checkable list of projects


class ProjectList(QListWidget):
    """Projects to check, "CODE  title" a line."""

    def set_projects(self, projects: list[tuple[str, str]], checked: Collection[str] = ()) -> None:
        self.clear()
        for code, title in projects:
            item = QListWidgetItem(f"{code}  {title}", self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def checked_codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, codes: set[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes else Qt.CheckState.Unchecked)


class _WriteForm(FormDialog):
    """A form whose OK runs a write on the worker thread: it closes when the write is done and
    stays open, the refusal in its message line, when it is refused."""

    written = Signal(object)  # the ClusterChange

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.operation: Operation[Any] | None = None
        self.change: ClusterChange | None = None

    def work(self) -> ClusterChange:
        raise NotImplementedError

    def working_label(self) -> str:
        return QCoreApplication.translate("ClusterDialog", "Saving…")

    def accept(self) -> None:
        problem = self.problem()
        if problem or self.operation is not None:
            self.message.setText(problem)
            return
        self.buttons.setEnabled(False)
        self.operation = _write(self, self.work, self.working_label(), self._succeeded, self._refused)

    def _succeeded(self, change: ClusterChange) -> None:
        self.operation = None
        self.change = change
        self.written.emit(change)
        QDialog.accept(self)

    def _refused(self, text: str) -> None:
        self.operation = None
        self.buttons.setEnabled(True)
        self.message.setText(text)


# ------------------------------------------------------------------ New…


class ClusterForm(_WriteForm):
    """A new cluster: code, title, kind, basis and its value, then the projects sharing it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(self.tr("New Cluster Evaluation"), parent)
        self.code = QLineEdit(self)
        self.code.setMaxLength(ops.CODE_WIDTH)
        self.code.setPlaceholderText(self.tr("e.g. CL-GENDER-SAHEL"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(ops.TITLE_WIDTH)
        self.kind = QComboBox(self)
        for kind in [*EvaluationKind, *(k for k in custom_evaluation_kinds() if k.value not in EvaluationKind.codes())]:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(EvaluationKind.CLUSTER.value), 0))
        self.kind.setToolTip(self.tr("The kind of evaluation it is for each project it covers"))
        self.basis = QComboBox(self)
        for basis in ops.BASES:
            self.basis.addItem(ops.basis_word(basis).capitalize(), basis)
        self.value = QComboBox(self)
        self.value.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value.setMinimumContentsLength(30)
        self.projects = ProjectList(self)
        self.projects.setToolTip(self.tr("The projects sharing the basis: check those the cluster evaluation covers"))
        self.reading = QLabel(self)
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Basis:"), self.basis)
        self.form.addRow(self.tr("&Shared:"), self.value)
        self.form.addRow(self.tr("&Projects:"), self.projects)
        self.form.addRow("", self.reading)
        self.query_number = 0
        self.code.textEdited.connect(lambda *_: self.refresh())
        self.basis.currentIndexChanged.connect(lambda *_: self._fill_values())
        self.value.currentIndexChanged.connect(lambda *_: self.read_projects())
        self._fill_values()
        self.code.setFocus()

    def _fill_values(self) -> None:
        basis = self.basis.currentData()
        self.value.blockSignals(True)
        self.value.clear()
        if basis == "theme":
            for theme in Theme:
                self.value.addItem(theme.label, theme.value)
        elif basis == "partner":
            from tracker.store.partners import list_partners

            for partner in sorted(list_partners(), key=lambda p: p.code):
                self.value.addItem(f"{partner.code} - {partner.name}", partner.code)
        else:
            for name, code in sorted((country_name(code), code) for code in countries()):
                self.value.addItem(f"{name} ({code})", code)
        self.value.blockSignals(False)
        self.read_projects()

    def read_projects(self) -> QueryOp[list[tuple[str, str]]] | None:
        """The projects sharing the basis, read on the worker thread (the latest answer wins)."""
        basis, value = self.basis.currentData(), self.value.currentData()
        self.projects.set_projects([])
        self.refresh()
        if not value:
            self.reading.setText("")
            return None
        self.query_number += 1
        number = self.query_number
        self.reading.setText(self.tr("Reading the projects…"))

        def shown(projects: list[tuple[str, str]]) -> None:
            if number == self.query_number:
                self.projects.set_projects(projects)
                self.reading.setText(self.tr("%n project(s) share it.", "", len(projects)))

        def failed(exc: BaseException) -> None:
            if number == self.query_number:
                self.reading.setText(sentence(exc))

        return QueryOp(self, lambda: ops.projects_sharing(basis, value), success=shown, failure=failed).run()

    def problem(self) -> str:
        if not self.code.text().strip():
            return self.tr("Code: a cluster evaluation needs a code.")
        if not self.value.currentData():
            return self.tr("Shared: choose the {basis} the projects share.").format(basis=ops.basis_word(self.basis.currentData()))
        return ""

    def refresh(self) -> None:
        self.message.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.problem())

    def working_label(self) -> str:
        return self.tr("Creating the cluster evaluation…")

    def work(self) -> ClusterChange:
        code, title, kind = self.code.text(), self.title_edit.text(), str(self.kind.currentData())
        basis, value, projects = str(self.basis.currentData()), str(self.value.currentData()), self.projects.checked_codes()
        return ops.create_cluster(code, title, kind, basis, value, projects)


# ------------------------------------------------------------------ Edit…


class EditForm(_WriteForm):
    """A cluster's code and title corrected; its projects stay in it (they name it by its uuid)."""

    def __init__(self, parent: QWidget | None, cluster: ops.Cluster) -> None:
        super().__init__(self.tr("Edit {code}").format(code=cluster.code), parent)
        self.cluster = cluster
        self.code = QLineEdit(cluster.code, self)
        self.code.setMaxLength(ops.CODE_WIDTH)
        self.title_edit = QLineEdit(cluster.title, self)
        self.title_edit.setMaxLength(ops.TITLE_WIDTH)
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow("", QLabel(self.tr("Its projects stay in it; the next field package carries the change."), self))
        for edit in (self.code, self.title_edit):
            edit.textEdited.connect(lambda *_: self.refresh())
        self.refresh()

    def changes(self) -> tuple[str | None, str | None]:
        """The new code and title, None for one left as it is."""
        code, title = self.code.text().strip(), self.title_edit.text().strip()
        return (code if code != self.cluster.code else None), (title if title != self.cluster.title else None)

    def problem(self) -> str:
        code, title = self.changes()
        if code == "":
            return self.tr("Code: a cluster evaluation needs a code.")
        if title == "":
            return self.tr("Title: a cluster evaluation's title cannot be empty.")
        return ""

    def refresh(self) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem and self.changes() != (None, None))

    def work(self) -> ClusterChange:
        (code, title), cluster = self.changes(), self.cluster
        return edits.edit_cluster(cluster.code, new_code=code, title=title, version=cluster.version)


# ------------------------------------------------------------------ Delete…


def ask_delete_cluster(parent: QWidget, deletion: ClusterDeletion) -> bool:
    """Confirm deleting a cluster, naming the projects that leave it; Cancel is the default."""
    cluster = deletion.cluster
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ClusterDialog", "Delete Cluster Evaluation"),
                      QCoreApplication.translate("ClusterDialog", "Delete cluster evaluation {code}?").format(code=cluster.code),
                      QMessageBox.StandardButton.Cancel, parent)
    if deletion.leaving:
        text = QCoreApplication.translate("ClusterDialog", "Projects that leave it, each keeping its evaluation as its own: {projects}.").format(
            projects=", ".join(deletion.leaving))
    else:
        text = QCoreApplication.translate("ClusterDialog", "It covers no project.")
    box.setInformativeText(text + " " + QCoreApplication.translate(
        "ClusterDialog", "The deletion is in the audit trail. A database that received it in a field package keeps it: a package "
                         "never deletes a cluster evaluation."))
    delete = box.addButton(QCoreApplication.translate("ClusterDialog", "&Delete Cluster Evaluation"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


# ------------------------------------------------------------------ Add / Remove


class MembersForm(_WriteForm):
    """Add projects sharing the basis (`adding`), or take members out; the projects to check."""

    def __init__(self, parent: QWidget | None, cluster: ops.Cluster, projects: list[tuple[str, str]], *, adding: bool) -> None:
        title = self.tr("Add Projects to {code}") if adding else self.tr("Remove Projects from {code}")
        super().__init__(title.format(code=cluster.code), parent)
        self.cluster, self.adding = cluster, adding
        self.projects = ProjectList(self)
        self.projects.set_projects(projects)
        self.projects.itemChanged.connect(lambda *_: self.refresh())
        label = (self.tr("Projects sharing the {basis} and not yet in it:") if adding else
                 self.tr("Projects it covers (their evaluation stays, as their own):")).format(basis=cluster.basis_text)
        self.form.addRow(QLabel(label, self))
        self.form.addRow(self.projects)
        self.refresh()

    def problem(self) -> str:
        if not self.projects.count():
            return self.tr("No project to add.") if self.adding else self.tr("No project to remove.")
        return "" if self.projects.checked_codes() else self.tr("Check the projects.")

    def refresh(self) -> None:
        problem = self.problem()
        self.message.setText(problem if not self.projects.count() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def work(self) -> ClusterChange:
        code, projects = self.cluster.code, self.projects.checked_codes()
        return ops.add_to_cluster(code, projects) if self.adding else ops.remove_from_cluster(code, projects)


# ------------------------------------------------------------------ Record Completion…


INDEPENDENCE_FORMS = (Independence.EXTERNAL, Independence.INDEPENDENT_INTERNAL, Independence.SELF)


class CompletionForm(_WriteForm):
    """When the cluster evaluation was completed, by whom, in which form, and its findings: the
    same for every project it covers."""

    def __init__(self, parent: QWidget | None, cluster: ops.Cluster) -> None:
        super().__init__(self.tr("Record the Completion of {code}").format(code=cluster.code), parent)
        self.cluster = cluster
        self.completed_on = DateLineEdit(self)
        self.completed_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.evaluator = QLineEdit(self)
        self.evaluator.setMaxLength(200)
        self.independence = QComboBox(self)
        for form in INDEPENDENCE_FORMS:
            self.independence.addItem(form.label, form.value)
        self.findings = QPlainTextEdit(self)
        self.findings.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Completed on:"), self.completed_on)
        self.form.addRow(self.tr("&Evaluator:"), self.evaluator)
        self.form.addRow(self.tr("&Form:"), self.independence)
        self.form.addRow(self.tr("F&indings:"), self.findings)
        for edit in (self.completed_on, self.evaluator):
            edit.textEdited.connect(lambda *_: self.refresh())
        self.completed_on.date_picked.connect(lambda *_: self.refresh())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def read(self) -> tuple[dt.date | None, str]:
        text = self.completed_on.text().strip()
        if not text:
            return None, self.tr("Completed on: the date it was completed is required.")
        try:
            day = read_date(text, self.tr("completed on"))
        except ValueError as exc:
            return None, sentence(exc)
        if not self.evaluator.text().strip():
            return None, self.tr("Evaluator: name who carried it out.")
        return day, ""

    def problem(self) -> str:
        return self.read()[1]

    def refresh(self) -> None:
        problem = self.problem()
        self.message.setText(problem if self.completed_on.text().strip() and self.evaluator.text().strip() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def working_label(self) -> str:
        return self.tr("Recording the completion…")

    def work(self) -> ClusterChange:
        day, evaluator = self.read()[0], self.evaluator.text()
        form, findings = Independence(self.independence.currentData()), self.findings.toPlainText()
        return ops.complete_cluster(self.cluster.code, day, evaluator, form, findings)


# ------------------------------------------------------------------ the window


class ClusterDialog(QDialog):
    """Tools > Cluster Evaluations: the clusters, the projects of the selected one, and the
    actions on them."""

    loaded = Signal()  # the list, and the selected cluster's projects, are on screen
    changed = Signal(object)  # a ClusterChange was written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cluster Evaluations"))
        self.model = ClustersModel(self)
        self.members: list[ClusterMember] = []
        # The number of the latest read of the list and of the projects: an older answer is dropped.
        self.list_reads = 0
        self.member_reads = 0
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        headers = [self.tr("Project"), self.tr("Evaluation"), self.tr("Due"), self.tr("Status"), self.tr("Completed")]
        self.member_table = QTableWidget(0, len(headers), self)
        self.member_table.setHorizontalHeaderLabels(headers)
        self.member_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.member_table.verticalHeader().hide()
        self.member_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No cluster evaluations yet. A cluster evaluation covers several projects that share a theme, a "
                                    "partner or a country, and counts for each of them: New… makes one."), self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.add_button = QPushButton(self.tr("&Add Projects…"), self)
        self.remove_button = QPushButton(self.tr("&Remove Projects…"), self)
        self.complete_button = QPushButton(self.tr("Record &Completion…"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.add_button, self.remove_button, self.complete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.new_button.clicked.connect(self.new_cluster)
        self.edit_button.clicked.connect(self.edit_cluster)
        self.delete_button.clicked.connect(self.delete_cluster)
        self.operation: Operation[Any] | None = None  # a deletion being written
        self.add_button.clicked.connect(lambda: self.change_members(adding=True))
        self.remove_button.clicked.connect(lambda: self.change_members(adding=False))
        self.complete_button.clicked.connect(self.record_completion)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 2)
        layout.addWidget(QLabel(self.tr("Projects of the selected cluster evaluation:"), self))
        layout.addWidget(self.member_table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.read_members())
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(600, screen.height() - 60))
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------ reading

    def selected(self) -> ClusterSummary | None:
        index = self.view.currentIndex()
        return self.model.summary_at(index.row()) if index.isValid() else None

    def reload(self, select: str | None = None) -> QueryOp[list[ClusterSummary]]:
        """Read the clusters again on the worker thread; the one selected (or `select`) stays so."""
        shown = self.selected()
        wanted = select or (shown.cluster.code if shown else None)
        self.list_reads += 1
        number = self.list_reads

        def arrived(rows: list[ClusterSummary]) -> None:
            if number != self.list_reads:
                return
            self.model.set_rows(rows)
            self.view.resizeColumnsToContents()
            self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            self.empty.setVisible(not rows)
            row = self.model.row_of(wanted) if wanted else -1
            self.view.selectRow(row if row >= 0 else 0)
            if not rows:
                self._show_members([])
                self.loaded.emit()

        return QueryOp(self, ops.list_clusters, success=arrived, failure=self._read_failed).run()

    def read_members(self) -> QueryOp[list[ClusterMember]] | None:
        summary = self.selected()
        self._update_buttons()
        if summary is None:
            self._show_members([])
            self.loaded.emit()
            return None
        self.member_reads += 1
        number, code = self.member_reads, summary.cluster.code

        def arrived(members: list[ClusterMember]) -> None:
            if number == self.member_reads:
                self._show_members(members)
                self.loaded.emit()

        return QueryOp(self, lambda: ops.cluster_members(code), success=arrived, failure=self._read_failed).run()

    def _read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.status.setText(sentence(exc))
            self.loaded.emit()
        else:
            errors.show_error(self, exc)

    def _show_members(self, members: list[ClusterMember]) -> None:
        self.members = members
        self.member_table.setRowCount(len(members))
        for row, member in enumerate(members):
            e = member.evaluation
            cells = (member.project_code, e.title, e.due.isoformat(), e.status.label, e.completed_on.isoformat() if e.completed_on else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(member.project_title)
                self.member_table.setItem(row, column, item)
        self.member_table.resizeColumnsToContents()
        self.member_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not is_read_only()
        chosen = self.selected() is not None
        self.new_button.setEnabled(writable)
        self.add_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen and bool(self.members))
        self.complete_button.setEnabled(writable and chosen and bool(self.members))
        # Why Edit… and Delete… cannot be used, on the button itself.
        why_not = "" if writable else self.tr("The database is open read-only.")
        if writable and not chosen:
            why_not = self.tr("Select a cluster evaluation first.")
        self.edit_button.setEnabled(not why_not)
        self.edit_button.setToolTip(why_not or self.tr("Correct the code or title of the selected cluster evaluation"))
        completed = [mb.project_code for mb in self.members if mb.evaluation.status is EvaluationStatus.COMPLETED]
        if not why_not and completed:
            why_not = self.tr("It was completed for {projects}, where it counts, so it cannot be deleted.").format(
                projects=", ".join(completed))
        self.delete_button.setEnabled(not why_not)
        self.delete_button.setToolTip(why_not or self.tr("Delete the selected cluster evaluation; its projects keep their evaluations"))

    # ------------------------------------------------------------ writing

    def _open_form(self, form: _WriteForm) -> _WriteForm:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.written.connect(self._written)
        form.open()
        return form

    def new_cluster(self) -> ClusterForm | None:
        if is_read_only():
            return None
        form = ClusterForm(self)
        self._open_form(form)
        return form

    def edit_cluster(self) -> EditForm | None:
        summary = self.selected()
        if summary is None or is_read_only():
            return None
        form = EditForm(self, summary.cluster)
        self._open_form(form)
        return form

    def delete_cluster(self) -> QueryOp[ClusterDeletion] | None:
        """What the deletion would do is read on the worker thread, confirmed, then written there."""
        summary = self.selected()
        if summary is None or is_read_only() or self.operation is not None:
            return None
        cluster = summary.cluster

        def arrived(deletion: ClusterDeletion) -> None:
            if (refusal := deletion.refusal()) is not None:
                self.status.setText(sentence(ops.ClusterRefused(refusal)))
                return
            if not ask_delete_cluster(self, deletion):
                return

            def done(change: ClusterChange) -> None:
                self.operation = None
                self._written(change)

            def refused(text: str) -> None:
                self.operation = None
                self.status.setText(text)

            self.operation = _write(self, lambda: edits.delete_cluster(cluster.code, version=cluster.version),
                                    self.tr("Deleting the cluster evaluation…"), done, refused)

        return QueryOp(self, lambda: edits.cluster_deletion(cluster.code), success=arrived, failure=self._read_failed).run()

    def change_members(self, *, adding: bool) -> QueryOp[list[tuple[str, str]]] | None:
        """Add (projects sharing the basis, not yet members) or remove (members not completed):
        the candidates are read on the worker thread, then the form opens."""
        summary = self.selected()
        if summary is None or is_read_only():
            return None
        cluster = summary.cluster
        members = list(self.members)
        if not adding:
            self.member_form = self._open_form(MembersForm(self, cluster, [
                (mb.project_code, mb.project_title) for mb in members if mb.evaluation.completed_on is None], adding=False))
            return None
        inside = {mb.project_code for mb in members}

        def arrived(projects: list[tuple[str, str]]) -> None:
            self.member_form = self._open_form(MembersForm(self, cluster, [p for p in projects if p[0] not in inside], adding=True))

        return QueryOp(self, lambda: ops.projects_sharing(cluster.basis, cluster.basis_value), success=arrived,
                       failure=self._read_failed).run()

    def record_completion(self) -> CompletionForm | None:
        summary = self.selected()
        if summary is None or is_read_only():
            return None
        form = CompletionForm(self, summary.cluster)
        self._open_form(form)
        return form

    def _written(self, change: ClusterChange) -> None:
        notes = " ".join(note[:1].upper() + note[1:] + "." for note in change.notes())
        if change.completed:
            count = len(change.completed)
            text = self.tr("Completed for %n project(s).", "", count)
        elif change.deleted:
            text = (self.tr("Deleted.") + " " + notes).strip()
        else:
            text = notes or self.tr("Saved.")
        self.status.setText(self.tr("{code}: {what}").format(code=change.cluster.code, what=text))
        self.reload(change.cluster.code)
        self.changed.emit(change)


# ------------------------------------------------------------------ Tools > Cluster Evaluations…


def open_clusters(window: QWidget) -> ClusterDialog:
    dialog = ClusterDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    refresh = getattr(window, "refresh", None)
    if refresh is not None:  # the main window's rows of the projects whose evaluations changed
        from tracker.gui.portfolio_reload import Changed

        dialog.changed.connect(lambda change: refresh(Changed.of(codes=change.changed_project_codes)))
    dialog.open()
    return dialog
