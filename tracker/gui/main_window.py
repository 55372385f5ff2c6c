"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTableView

from tracker.gui.portfolio_model import PortfolioModel


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("tracker")
        self.model = PortfolioModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.setCentralWidget(self.table)
        self.model.reload()
        self.resize(1200, 700)
