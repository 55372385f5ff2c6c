"""The per-user data folder: the database's default home and the rule sets the app's editor saves."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "tracker"


def user_data_dir() -> Path:
    """The per-user data folder of this platform (XDG on Linux, Application Support on macOS,
    %APPDATA% on Windows)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME
