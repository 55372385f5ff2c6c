"""Help > User Guide (F1): the user guide shipped in resources/guide, shown offline in a window of
its own with a table of contents and a find bar (Ctrl+F, F3, Shift+F3)."""

from __future__ import annotations

from importlib import resources

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.gui.actions import user_guide_action

GUIDE_NAME = "user-guide"

_window: UserGuide | None = None  # one guide window for the whole app



def guide_text(locale: QLocale | None = None) -> str:
    """The guide in Markdown: user-guide.<language>.md when a translation is shipped (fr_FR, then
    fr), else the English original."""
    folder = resources.files("tracker.resources").joinpath("guide")
    name = (locale or QLocale()).name()  # "fr_FR"
    for candidate in (f"{GUIDE_NAME}.{name}.md", f"{GUIDE_NAME}.{name.split('_')[0]}.md", f"{GUIDE_NAME}.md"):
        resource = folder.joinpath(candidate)
        if resource.is_file():
            return resource.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{GUIDE_NAME}.md")


class FindBar(QWidget):
    """Find in the guide: Enter or F3 finds the next match, Shift+F3 the previous one, Esc
    closes the bar. The search wraps round at the end."""

    def __init__(self, browser: QTextBrowser, parent: QWidget) -> None:
        super().__init__(parent)
        self.browser = browser
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Find in the guide"))
        self.text.setClearButtonEnabled(True)
        self.status = QLabel(self)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.text)
        previous = QPushButton(self.tr("&Previous"), self)
        following = QPushButton(self.tr("&Next"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        for widget in (label, self.text, previous, following, self.status):
            row.addWidget(widget)
        row.setStretch(1, 1)
        self.text.returnPressed.connect(self.find_next)
        self.text.textChanged.connect(self._search_from_top)
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)

    def open(self) -> None:
        self.show()
        self.text.setFocus()
        self.text.selectAll()

    def keyPressEvent(self, event: object) -> None:  # type: ignore[override]
        if getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape:
            self.hide()
            self.browser.setFocus()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def _search_from_top(self) -> None:
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        text = self.text.text()
        if not text:
            self.status.clear()
            return False
        found = self.browser.find(text, flags)
        if not found:  # wrap round: from the other end
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found


class UserGuide(QMainWindow):
    """The guide: contents on the left, the text on the right, a find bar beneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("tracker User Guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)
        self.browser.setMarkdown(guide_text())
        self.contents = QTreeWidget(self)
        self.contents.setHeaderLabel(self.tr("Contents"))
        self.contents.setAccessibleName(self.tr("Contents"))
        self._fill_contents()
        self.contents.itemActivated.connect(self._go_to)
        self.contents.itemClicked.connect(self._go_to)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 640])
        self.find_bar = FindBar(self.browser, self)
        self.find_bar.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(splitter, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self._add_actions()
        self.resize(960, 640)

    def _add_actions(self) -> None:
        find = QAction(self.tr("&Find…"), self)
        find.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        find.triggered.connect(self.find_bar.open)
        find_next = QAction(self.tr("Find &Next"), self)
        find_next.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext))
        find_next.triggered.connect(self.find_bar.find_next)
        find_previous = QAction(self.tr("Find Pre&vious"), self)
        find_previous.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.FindPrevious))
        find_previous.triggered.connect(self.find_bar.find_previous)
        close = QAction(self.tr("&Close"), self)
        close.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Guide"))
        menu.addActions([find, find_next, find_previous])
        menu.addSeparator()
        menu.addAction(close)

    def _fill_contents(self) -> None:
        """One entry per heading of the guide (levels 2 and 3), taken from the rendered document
        so that each entry knows its place in it."""
        parents: dict[int, QTreeWidgetItem] = {}
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (2, 3):
                item = QTreeWidgetItem([block.text()])
                item.setToolTip(0, block.text())
                item.setData(0, Qt.ItemDataRole.UserRole, block.position())
                if level == 2 or 2 not in parents:
                    self.contents.addTopLevelItem(item)
                    parents[2] = item
                else:
                    parents[2].addChild(item)
            block = block.next()
        self.contents.expandAll()

    def headings(self) -> list[str]:
        """The table of contents as shown, in order."""
        found: list[str] = []
        for index in range(self.contents.topLevelItemCount()):
            item = self.contents.topLevelItem(index)
            if item is None:
                continue
            found.append(item.text(0))
            found += [child.text(0) for i in range(item.childCount()) if (child := item.child(i)) is not None]
        return found

    def _go_to(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Show the heading at the top of the text."""
        block = self.browser.document().findBlock(int(item.data(0, Qt.ItemDataRole.UserRole)))
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def go_to_heading(self, text: str) -> bool:
        items = self.contents.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if items:
            self.contents.setCurrentItem(items[0])
            self._go_to(items[0])
        return bool(items)


def show_user_guide(parent: QWidget | None = None) -> UserGuide:
    """Open the guide, or bring the open one to the front. It is a window of its own, so that it
    stays open when the window it was called from closes."""
    global _window
    if _window is None or not shiboken6.isValid(_window):
        _window = UserGuide()
        if parent is not None:
            # Over the window it was asked from, a little lower and to the right, on the same
            # screen and whole on it (title bar included) even at 1024x700.
            available = parent.window().screen().availableGeometry()
            _window.resize(min(_window.width(), available.width() - 80), min(_window.height(), available.height() - 100))
            corner = parent.window().geometry().topLeft() + QPoint(40, 40)
            _window.move(min(max(corner.x(), available.left()), available.right() - _window.width() - 8),
                         min(max(corner.y(), available.top()), available.bottom() - _window.height() - 40))
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window


def add_help_menu(window: QMainWindow, bar: QMenuBar | None = None) -> QAction:
    """A Help menu with User Guide (F1), for windows that have none (the project editor)."""
    action = user_guide_action(window)
    menu = (bar or window.menuBar()).addMenu(QCoreApplication.translate("UserGuide", "&Help"))
    menu.addAction(action)
    return action
