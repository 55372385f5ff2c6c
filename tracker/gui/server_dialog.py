"""File > Open Server Database…: the address of a shared PostgreSQL database, and its password
when ~/.pgpass or PGPASSWORD do not hold it. The password is never stored or shown again."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from tracker.store.postgres import is_server_address

EXAMPLE = "postgresql://user@host:5432/dbname"



def with_password(address: str, password: str) -> str:
    """`address` with `password` in it (percent-encoded); unchanged when the password is empty."""
    if not password:
        return address
    parts = urlsplit(address)
    user = quote(parts.username or "", safe="")
    host = parts.netloc.rsplit("@", 1)[-1]
    return parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}").geturl()


def without_password(address: str) -> str:
    parts = urlsplit(address)
    if parts.password is None:
        return address
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return parts._replace(netloc=f"{user}@{parts.netloc.rsplit('@', 1)[-1]}").geturl()


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None, last_address: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ServerDialog", "Open Server Database"))
        self.address = QLineEdit(last_address)
        self.address.setPlaceholderText(EXAMPLE)
        self.address.setMinimumWidth(420)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(QCoreApplication.translate("ServerDialog", "empty: from ~/.pgpass or PGPASSWORD"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ServerDialog", "&Address:"), self.address)
        form.addRow(QCoreApplication.translate("ServerDialog", "&Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("ServerDialog", "A database shared on a PostgreSQL server, e.g. {example}").format(example=EXAMPLE)))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.address.textChanged.connect(self._check)
        self._check()
        (self.password if last_address else self.address).setFocus()

    def _check(self) -> None:
        text = self.address.text().strip()
        valid = is_server_address(text) and bool(urlsplit(text).path.strip("/"))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(valid)
        if text and not valid:
            self.hint.setText(QCoreApplication.translate("ServerDialog", "The address starts with postgresql:// and ends with the database name, e.g. {example}").format(example=EXAMPLE))
        else:
            self.hint.clear()

    def chosen_address(self) -> str:
        return with_password(self.address.text().strip(), self.password.text())


def ask_server_address(parent: QWidget, last_address: str) -> str | None:
    """The address to open (with the password typed, if any), or None when cancelled."""
    dialog = ServerDialog(parent, last_address)
    return dialog.chosen_address() if dialog.exec() == QDialog.DialogCode.Accepted else None
