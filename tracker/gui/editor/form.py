"""The editor's form pages: every field of a project, each with its message line beneath it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.classifications import Region, StrategicObjective, Theme
from tracker.domain.codelists import countries, currencies
from tracker.domain.records import PROJECT
from tracker.domain.rules.ruleset import available_rule_sets

ERROR_STYLE = "color: #b00020;"


def _width(name: str) -> int | None:
    """The most characters the project's field `name` keeps (tracker.domain.records), if limited."""
    try:
        return PROJECT.field(name).width
    except KeyError:
        return None


class LeaveUndoToTheWindow(QObject):
    """Text fields have an undo of their own that would swallow Ctrl+Z; refusing the shortcut
    override lets the editor's undo stack, which covers every field and table, take it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):
                event.ignore()
                return True
        return False


class FieldMessage(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class ProjectForm(QWidget):
    """Identification and dates/budget fields. Emits what the user changed; `show_state` puts the
    working copy back on screen (after undo, redo or a save)."""

    text_edited = Signal(str, str)  # field, text
    value_chosen = Signal(str, object)  # field, value
    theme_toggled = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_filter = LeaveUndoToTheWindow(self)
        self.lines: dict[str, QLineEdit] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.pages: dict[str, QWidget] = {}  # the page each field is on, to flag its tab
        self.identification = QWidget(self)
        self.dates = QWidget(self)
        self._build_identification()
        self._build_dates()

    # ------------------------------------------------------------ building

    def _field(self, form: QFormLayout, name: str, label: str, widget: QWidget, tooltip: str = "") -> None:
        holder = QWidget(form.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        message = FieldMessage(holder)
        box.addWidget(message)
        self.messages[name] = message
        self.pages[name] = form.parentWidget()
        if tooltip:
            widget.setToolTip(tooltip)
        form.addRow(label, holder)
        # QFormLayout makes the label from text; point its mnemonic at the input, not the holder.
        label_widget = form.labelForField(holder)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str = "", tooltip: str = "") -> QLineEdit:
        edit = QLineEdit(form.parentWidget())
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda text, n=name: self.text_edited.emit(n, text))
        edit.installEventFilter(self.undo_filter)
        self.lines[name] = edit
        width = _width(name)
        if not tooltip and width is not None:
            tooltip = f"Up to {width} characters"
        self._field(form, name, label, edit, tooltip)
        return edit

    def _combo(self, form: QFormLayout, name: str, label: str, options: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(form.parentWidget())
        combo.setObjectName(name)
        for text, value in options:
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, n=name, c=combo: self.value_chosen.emit(n, c.currentData()))
        self._field(form, name, label, combo)
        return combo

    def _build_identification(self) -> None:
        form = QFormLayout(self.identification)
        self._line(form, "code", "&Code:", "e.g. TUN/19/01/LUX", f"2-{PROJECT.field('code').width} letters, digits, '-', '_', '.' or '/'")
        self._line(form, "title", "&Title:")
        self.description = QPlainTextEdit(self.identification)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.installEventFilter(self.undo_filter)
        self.description.setFixedHeight(80)
        self.description.textChanged.connect(self._description_changed)
        self._field(form, "description", "&Description:", self.description)
        self.region = self._combo(form, "region", "&Region:", [("(choose a region)", None)] + [(r.label, r) for r in Region])
        self._line(form, "countries", "C&ountries:", "ISO codes or names, separated by commas", "e.g. SN, Burkina Faso, Lao PDR")
        self.country_names = QLabel(self.identification)
        self.country_names.setWordWrap(True)
        self.country_names.setStyleSheet("color: #555555;")
        form.addRow("", self.country_names)
        self.outcome = self._combo(
            form, "outcome", "Strategic &objective:", [("(choose an objective)", None)] + [(o.label, o) for o in StrategicObjective]
        )
        themes = QWidget(self.identification)
        grid = QGridLayout(themes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.themes: dict[Theme, QCheckBox] = {}
        for number, theme in enumerate(Theme):
            box = QCheckBox(theme.label, themes)
            box.clicked.connect(lambda checked, t=theme: self.theme_toggled.emit(t, checked))
            self.themes[theme] = box
            grid.addWidget(box, number // 2, number % 2)
        form.addRow("Cross-cutting themes:", themes)
        self._line(form, "office", "Responsible o&ffice:")
        self._line(form, "officer", "Responsible officer:")

    def _build_dates(self) -> None:
        form = QFormLayout(self.dates)
        self._line(form, "planned_start", "Planned &start:", "YYYY-MM-DD")
        self._line(form, "planned_end", "Planned &end (last day):", "YYYY-MM-DD")
        self.duration = QLabel(self.dates)
        form.addRow("Duration:", self.duration)
        self._line(form, "actual_end", "Ac&tual end:", "YYYY-MM-DD, when the project has ended")
        self._line(form, "budget", "Approved &budget:", "e.g. 1,250,000.00")
        self.currency = self._combo(form, "currency", "C&urrency:", [(f"{code} - {name}", code) for code, name in sorted(currencies().items())])
        self._line(form, "usd_rate", "US$ &rate:", "US$ value of one unit of the currency", "1 for US$; e.g. 1.08 for EUR")
        self.budget_usd = QLabel(self.dates)
        self.budget_usd.setObjectName("budget_usd")
        form.addRow("Budget in US$:", self.budget_usd)
        self.rule_set = self._combo(form, "rule_set", "Evaluation rule set:", [(name, name) for name in available_rule_sets()])

    def _description_changed(self) -> None:
        if not self.description.signalsBlocked():
            self.text_edited.emit("description", self.description.toPlainText())

    # ------------------------------------------------------------ showing

    def show_state(self, texts: dict[str, str], project: object, messages: dict[str, str], skip: str | None = None) -> None:
        for name, edit in self.lines.items():
            if name != skip and edit.text() != texts.get(name, ""):
                edit.setText(texts.get(name, ""))
        if skip != "description" and self.description.toPlainText() != texts.get("description", ""):
            self.description.blockSignals(True)
            self.description.setPlainText(texts.get("description", ""))
            self.description.blockSignals(False)
        for combo, value in (
            (self.region, getattr(project, "region")),
            (self.outcome, getattr(project, "outcome")),
            (self.currency, getattr(project, "currency")),
            (self.rule_set, getattr(project, "rule_set")),
        ):
            position = combo.findData(value)
            combo.setCurrentIndex(max(position, 0))
        chosen = set(getattr(project, "themes"))
        for theme, box in self.themes.items():
            box.setChecked(theme in chosen)
        names = countries()
        self.country_names.setText("; ".join(names.get(c, c) for c in getattr(project, "countries")))
        for name, message in self.messages.items():
            message.show_message(messages.get(name))
