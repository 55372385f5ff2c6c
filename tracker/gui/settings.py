"""Every setting the desktop app keeps between sessions: its key, its type and its default, in one
place (as Picard's options.py). Nothing else in the app touches QSettings."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "tracker"
APPLICATION = "tracker"
# An INI file to use instead of the platform's settings store: tests and --screenshot set it so
# that they never read or write the user's real settings.
SETTINGS_ENV = "TRACKER_SETTINGS"
VERSION = 1
MAX_RECENT_FILES = 8

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


VERSION_KEY: Key[int] = Key("settings/version", VERSION)
WINDOW_GEOMETRY: Key[QByteArray] = Key("window/geometry", QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("window/state", QByteArray())
PORTFOLIO_HEADER: Key[QByteArray] = Key("portfolio/header", QByteArray())  # widths, order, hidden
PORTFOLIO_HEADER_LANGUAGE: Key[str] = Key("portfolio/header_language", "")  # the language of its headings' widths
PORTFOLIO_SPLITTER: Key[QByteArray] = Key("portfolio/splitter", QByteArray())
SORT_COLUMN: Key[str] = Key("portfolio/sort_column", "code")  # a column key, not an index
SORT_DESCENDING: Key[bool] = Key("portfolio/sort_descending", False)
RECENT_FILES: Key[list[str]] = Key("files/recent", [])
LAST_SERVER: Key[str] = Key("files/last_server", "")  # a postgresql:// address, never with its password
SHOW_ARCHIVED: Key[bool] = Key("portfolio/show_archived", False)  # View > Show Archived Projects
# Edit > Preferences…: the app's language ("en", "fr", "es"; "": the system's), from the next start.
LANGUAGE: Key[str] = Key("ui/language", "")

ALL_KEYS: list[Key[Any]] = [VERSION_KEY, WINDOW_GEOMETRY, WINDOW_STATE, PORTFOLIO_HEADER, PORTFOLIO_HEADER_LANGUAGE, PORTFOLIO_SPLITTER,
                            SORT_COLUMN, SORT_DESCENDING, RECENT_FILES, LAST_SERVER, SHOW_ARCHIVED, LANGUAGE]


def settings_file() -> Path | None:
    value = os.environ.get(SETTINGS_ENV)
    return Path(value) if value else None


class Settings:
    """Typed access to the app's QSettings. `path` (or $TRACKER_SETTINGS) selects an INI file;
    otherwise the platform's store under the organisation and application names app.py sets."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        path = path or settings_file()
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat) if path else QSettings(ORGANIZATION, APPLICATION)
        self._upgrade()

    def get(self, key: Key[T]) -> T:
        """The stored value converted to the default's type; the default when absent or unreadable
        (INI files give back strings, and a one-item list as a plain string)."""
        raw = self.qsettings.value(key.name)
        if raw is None:
            return _copy(key.default)
        default = key.default
        try:
            if isinstance(default, QByteArray):
                return raw if isinstance(raw, QByteArray) else _copy(default)  # type: ignore[return-value]
            if isinstance(default, bool):
                return (raw in (True, 1) or str(raw).lower() in ("true", "1")) if raw != "" else default  # type: ignore[return-value]
            if isinstance(default, int):
                return int(raw)  # type: ignore[return-value]
            if isinstance(default, list):
                items = [raw] if isinstance(raw, str) else list(raw)
                return [str(item) for item in items if str(item)]  # type: ignore[return-value]
            return str(raw)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return _copy(default)

    def set(self, key: Key[T], value: T) -> None:
        self.qsettings.setValue(key.name, value)

    def sync(self) -> None:
        self.qsettings.sync()

    # -------------------------------------------------------------- recent files

    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.get(RECENT_FILES)][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path) -> None:
        """Put `path` first, without duplicates, keeping the last MAX_RECENT_FILES."""
        path = _absolute(path)
        kept = [p for p in self.recent_files() if _absolute(p) != path]
        self.set(RECENT_FILES, [str(p) for p in [path, *kept][:MAX_RECENT_FILES]])

    def remove_recent_files(self, paths: list[Path]) -> None:
        gone = {_absolute(p) for p in paths}
        self.set(RECENT_FILES, [str(p) for p in self.recent_files() if _absolute(p) not in gone])

    # -------------------------------------------------------------- versions

    def _upgrade(self) -> None:
        # Settings written by an older tracker are upgraded here, step by step (Picard's
        # config_upgrade). Version 1 is the first: there is nothing to upgrade yet.
        stored = self.get(VERSION_KEY) if self.qsettings.contains(VERSION_KEY.name) else VERSION
        if stored != VERSION:
            self.set(VERSION_KEY, VERSION)


def _copy(value: T) -> T:
    if isinstance(value, QByteArray):
        return QByteArray(value)  # type: ignore[return-value]
    if isinstance(value, list):
        return list(value)  # type: ignore[return-value]
    return value


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(Path(path).expanduser()))
