"""The editor's form pages: every field of a project, each with its message line beneath it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.classifications import Region, StrategicObjective, Theme
from tracker.domain.codelists import countries_matching, currencies, offered_currencies
from tracker.domain.numbers import format_number
from tracker.domain.records import PROJECT
from tracker.domain.rules.ruleset import available_rule_sets
from tracker.gui.editor.appraisal_page import AppraisalSection
from tracker.gui.editor.date_field import DateLineEdit
from tracker.gui.editor.locations_page import LocationsTable
from tracker.gui.editor.purpose_picker import PurposePicker
from tracker.gui.editor.state import AUTOMATIC, budget_reading, country_names, rate_reading
from tracker.gui.formats import user_number_style

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"
DATE_FIELDS = ("planned_start", "planned_end", "actual_end")


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
    """The message line under a field. Its line is kept whether or not it shows a message, so
    the fields below never move when one appears; a message longer than the line is cut with
    "…" and shows whole in the tooltip."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(False)
        self.setFixedHeight(self.fontMetrics().height())
        # Ignored: a long message never widens the form; it is elided to the width there is.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message = ""

    def show_message(self, message: str | None) -> None:
        self.message = message or ""
        self._elide()

    def text(self) -> str:  # type: ignore[override]
        """The whole message (the line may show it cut)."""
        return self.message

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.message, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        super().setText(shown)
        self.setToolTip(self.message if shown != self.message else "")


class Reading(QLabel):
    """How an amount or rate was understood, beside its field (grey, elided like a message)."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(HINT_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reading = ""

    def show_reading(self, text: str) -> None:
        self.reading = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.reading, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        self.setText(shown)
        self.setToolTip(self.reading)


class CountryCompleter(QCompleter):
    """Offers the countries matching the name being typed after the last comma, by any name
    tracker knows (ISO, common and French or Spanish names: "DR Con" offers the Democratic
    Republic of the Congo), written in the user's language; a choice replaces that part only."""

    def __init__(self, line: QLineEdit, language: str) -> None:
        super().__init__(QStringListModel(line), line)
        self.language = language
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line.textEdited.connect(self._offer)

    def _offer(self, text: str) -> None:
        fragment = text.replace(";", ",").split(",")[-1].strip()
        names = [name for _code, name in countries_matching(fragment, self.language, limit=12)]
        model = self.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(names)
        if names and not (len(names) == 1 and names[0].casefold() == fragment.casefold()):
            self.complete()
        else:
            self.popup().hide()

    def splitPath(self, path: str) -> list[str]:
        return [path.replace(";", ",").split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        chosen = super().pathFromIndex(index)  # type: ignore[arg-type]
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before, comma, _ = typed.replace(";", ",").rpartition(",")
        return f"{before}{comma} {chosen}" if comma else chosen


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

    def _field(self, form: QFormLayout, name: str, label: str, widget: QWidget, tooltip: str = "", reading: QLabel | None = None) -> None:
        holder = QWidget(form.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        if reading is None:
            box.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            # An amount rarely needs more than 14 characters to be seen whole; the reading beside it gets the rest
            # (at 1024 pixels the whole "= EUR 500,000.00 ≈ US$540,000.00 at 1.08" fits).
            widget.setMaximumWidth(widget.fontMetrics().horizontalAdvance("0" * 14) + 12)
            row.addWidget(widget, 1)
            row.addWidget(reading, 2)
            box.addLayout(row)
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

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str = "", tooltip: str = "", reading: QLabel | None = None) -> QLineEdit:
        edit = DateLineEdit(form.parentWidget()) if name in DATE_FIELDS else QLineEdit(form.parentWidget())
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda text, n=name: self.text_edited.emit(n, text))
        if isinstance(edit, DateLineEdit):
            edit.date_picked.connect(lambda text, n=name: self.text_edited.emit(n, text))
        edit.installEventFilter(self.undo_filter)
        self.lines[name] = edit
        width = _width(name)
        if not tooltip and width is not None:
            tooltip = self.tr("Up to {count} characters").format(count=width)
        self._field(form, name, label, edit, tooltip, reading)
        return edit

    def _combo(self, form: QFormLayout, name: str, label: str, options: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(form.parentWidget())
        combo.setObjectName(name)
        # As wide as the form allows, not as the longest entry (a currency's name): the page fits 1024 pixels.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        for text, value in options:
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, n=name, c=combo: self.value_chosen.emit(n, c.currentData()))
        self._field(form, name, label, combo)
        return combo

    def _build_identification(self) -> None:
        form = QFormLayout(self.identification)
        self._line(form, "code", self.tr("&Code:"), self.tr("e.g. {example}").format(example="TUN/19/01/LUX"),
                   self.tr("2-{count} characters, starting with a letter or digit; an IATI identifier as it is written")
                   .format(count=PROJECT.field("code").width))
        self._line(form, "title", self.tr("&Title:"))
        self.description = QPlainTextEdit(self.identification)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.installEventFilter(self.undo_filter)
        self.description.setFixedHeight(80)
        self.description.textChanged.connect(self._description_changed)
        self._field(form, "description", self.tr("&Description:"), self.description)
        self.region = self._combo(form, "region", self.tr("&Region:"), [(self.tr("(choose a region)"), None)] + [(r.label, r) for r in Region])
        countries_line = self._line(form, "countries", self.tr("Countr&ies:"), self.tr("ISO codes or names, separated by commas"),
                                    self.tr("e.g. SN, Burkina Faso, Lao PDR, The Gambia"))
        self.country_completer = CountryCompleter(countries_line, QLocale().name())
        countries_line.setCompleter(self.country_completer)
        # The line edit writes a chosen name itself, which is not a keystroke (no textEdited).
        self.country_completer.activated.connect(lambda _text: self.text_edited.emit("countries", countries_line.text()))
        self.country_names = QLabel(self.identification)
        self.country_names.setObjectName("country_names")
        self.country_names.setStyleSheet(HINT_STYLE)
        self.country_names.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.country_names.setFixedHeight(self.country_names.fontMetrics().height())
        form.addRow("", self.country_names)
        self.outcome = self._combo(
            form, "outcome", self.tr("Strategic &objective:"), [(self.tr("(choose an objective)"), None)] + [(o.label, o) for o in StrategicObjective]
        )
        themes = QWidget(self.identification)
        grid = QGridLayout(themes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.themes: dict[Theme, QCheckBox] = {}
        for number, theme in enumerate(Theme):
            box = QCheckBox(theme.label, themes)
            box.clicked.connect(lambda checked, t=theme: self.theme_toggled.emit(t, checked))
            self.themes[theme] = box
            grid.addWidget(box, number, 0)  # one column: the page fits a 1024-pixel window
        form.addRow(self.tr("Cross-cutting themes:"), themes)
        self.purpose_code = PurposePicker(self.identification)
        self.purpose_code.setObjectName("purpose_code")
        self.purpose_code.chosen.connect(lambda code: self.value_chosen.emit("purpose_code", code))
        self._field(form, "purpose_code", self.tr("DAC p&urpose code:"), self.purpose_code,
                    self.tr("The OECD DAC 5-digit code of what the project does, as IATI publishes it"))
        self._line(form, "office", self.tr("Re&sponsible office:"))
        self._line(form, "officer", self.tr("Responsible officer:"))
        self.locations = LocationsTable(self.identification)
        form.addRow(self.locations)

    def _build_dates(self) -> None:
        form = QFormLayout(self.dates)
        date_tip = self.tr("YYYY-MM-DD or the short date of your settings; Alt+Down opens a calendar")
        date_form = self.tr("YYYY-MM-DD")
        self._line(form, "planned_start", self.tr("Planned &start:"), date_form, date_tip)
        self._line(form, "planned_end", self.tr("Planned en&d (last day):"), date_form, date_tip)
        self.duration = QLabel(self.dates)
        form.addRow(self.tr("Duration:"), self.duration)
        self._line(form, "actual_end", self.tr("Ac&tual end:"), self.tr("YYYY-MM-DD, when the project has ended"), date_tip)
        self.budget_reading = Reading("budget_reading", self.dates)
        self.rate_reading = Reading("rate_reading", self.dates)
        style = user_number_style()
        example = format_number(Decimal("1250000"), style, 2)
        self._line(form, "budget", self.tr("Approved &budget:"), self.tr("e.g. {example}").format(example=example), reading=self.budget_reading)
        # Only currencies in use are offered (no XBT, XDR or withdrawn codes); a stored project in
        # an older one still shows it (below).
        self.currency = self._combo(form, "currency", self.tr("C&urrency:"), [(f"{code} - {name}", code) for code, name in offered_currencies()])
        rate_example = format_number(Decimal("1.08"), style, None)
        self._line(form, "usd_rate", self.tr("US$ &rate:"), self.tr("US$ value of one unit of the currency"),
                   self.tr("1 for US$; e.g. {example} for EUR").format(example=rate_example), reading=self.rate_reading)
        self.budget_usd = QLabel(self.dates)
        self.budget_usd.setObjectName("budget_usd")
        form.addRow(self.tr("Budget in US$:"), self.budget_usd)
        share = self._line(form, "capital_spend", self.tr("Capital spend %:"), self.tr("e.g. 0"),
                           self.tr("The share of the spending that buys assets (buildings, equipment), in per cent: 0 for technical "
                                   "cooperation that buys none; blank when not known"))
        share.setMaximumWidth(share.fontMetrics().horizontalAdvance("0" * 14) + 12)
        # First the policy in force (the rule set a project follows unless one is assigned), then
        # every rule set there is: choosing one assigns it (recorded and audited when saved).
        self.rule_set = self._combo(form, "rule_set", self.tr("Evaluation ru&le set:"),
                                    [("", AUTOMATIC)] + [(name, name) for name in available_rule_sets()])
        self.rule_set.setToolTip(self.tr("Until it is approved a project follows the evaluation policy in force; from its approval "
                                         "on it keeps the one in force that day. Choose a rule set to assign it instead."))
        self.appraisals = AppraisalSection(self.dates)
        form.addRow(self.appraisals)

    def show_rule_set(self, assigned: bool, name: str, automatic: str, approved: bool) -> None:
        """The rule set chosen (`assigned`: `name`) or the policy in force, whose entry names the
        rule set it stands for now (`automatic`): today's, or the one in force on approval."""
        text = (self.tr("Policy in force on approval: {name} (automatic)") if approved
                else self.tr("Policy in force: {name} (automatic)")).format(name=automatic)
        self.rule_set.setItemText(0, text)
        position = self.rule_set.findData(name) if assigned else 0
        if position < 0:  # assigned, and no file of that name here any more: shown, not replaced
            self.rule_set.addItem(name, name)
            position = self.rule_set.count() - 1
        self.rule_set.setCurrentIndex(position)

    def room_for_readings(self) -> int:
        """The width the Dates and budget page needs to show a budget's reading whole beside its
        field ("= EUR 500,000.00 ≈ US$540,000.00 at 1.08" in the user's writing)."""
        form = self.dates.layout()
        assert isinstance(form, QFormLayout)
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        label_width = max((item.widget().sizeHint().width() for item in labels if item is not None and item.widget() is not None), default=0)
        style = user_number_style()
        sample = budget_reading({"budget": format_number(Decimal("500000"), style, 2), "usd_rate": format_number(Decimal("1.08"), style, None)},
                                "EUR", style)
        amount = self.lines["budget"].maximumWidth()
        margins = form.contentsMargins()
        return (margins.left() + label_width + max(form.horizontalSpacing(), 0) + amount + max(form.spacing(), 6)
                + self.budget_reading.fontMetrics().horizontalAdvance(sample) + margins.right())

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
        ):
            position = combo.findData(value)
            if position < 0 and combo is self.currency and value:
                combo.addItem(f"{value} - {currencies().get(value, value)}", value)
                position = combo.findData(value)
            combo.setCurrentIndex(max(position, 0))
        self.purpose_code.show_code(getattr(project, "purpose_code"))
        self.locations.show_countries(getattr(project, "countries"))
        chosen = set(getattr(project, "themes"))
        for theme, box in self.themes.items():
            box.setChecked(theme in chosen)
        # What the fields were understood as, from the text as it is now.
        found = country_names(texts.get("countries", ""), QLocale().name())
        self.country_names.setText(found)
        self.country_names.setToolTip(found)
        currency = getattr(project, "currency")
        style = user_number_style()
        self.budget_reading.show_reading(budget_reading(texts, currency, style))
        self.rate_reading.show_reading(rate_reading(texts, currency, style))
        for name, message in self.messages.items():
            message.show_message(messages.get(name))
