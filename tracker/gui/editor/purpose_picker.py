"""The project's OECD DAC purpose code, picked from the codes in use by number or by name: typing
"160" or "employ" offers the codes that match ("16020 - Employment creation"); blank is allowed
(the IATI export then sends the code the project's themes stand for)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from tracker.domain.iati_lists import code_name, purpose_codes


class PurposePicker(QComboBox):
    """An editable list of the purpose codes; `chosen(code)` when the user picks one ("" for none).
    Text typed that names no code is put back to the code chosen when the field is left."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as the form allows, not as the longest name: the page fits 1024 pixels.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.addItem(self.tr("(none)"), "")
        for code, name in purpose_codes():
            self.addItem(f"{code} - {name}", code)
        # The list found by number or by words anywhere in a name, not only by its beginning.
        self.finder = QCompleter(self.model(), self)
        self.finder.setFilterMode(Qt.MatchFlag.MatchContains)
        self.finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(self.finder)
        self.finder.activated[str].connect(self._completed)  # type: ignore[index]
        self.activated.connect(lambda index: self._pick(self.itemData(index)))
        search = self.lineEdit()
        assert search is not None  # an editable combo box has its line
        self.search = search
        self.search.installEventFilter(self)
        # Blank shows as an empty field: what is typed there is a search, not added to "(none)".
        self.search.setPlaceholderText(self.tr("none: the code its themes stand for; type a code or words of its name"))
        self._code = ""

    @property
    def code(self) -> str:
        return self._code

    def show_code(self, code: str) -> None:
        """Show `code` as chosen (a stored code no longer in use shows too), sending nothing."""
        self._code = code
        position = self.findData(code)
        if position < 0:
            self.addItem(f"{code} - {code_name('Sector', code)}", code)
            position = self.count() - 1
        self.blockSignals(True)
        self.setCurrentIndex(position)
        if not code:
            self.search.clear()
        self.blockSignals(False)
        self.setToolTip(self.currentText() if code else self.search.placeholderText())

    def _completed(self, text: str) -> None:
        position = self.findText(text)
        if position >= 0:
            self._pick(self.itemData(position))

    def _pick(self, code: object) -> None:
        picked = str(code or "")
        changed = picked != self._code
        self.show_code(picked)
        if changed:
            self.chosen.emit(picked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.finder.popup()
        if watched is self.search and event.type() == QEvent.Type.FocusOut and not (popup is not None and popup.isVisible()):
            self.show_code(self._code)  # words that named no code are not kept
        return super().eventFilter(watched, event)
