"""The command line reads amounts and rates as the user's locale writes them (LC_ALL, LC_NUMERIC,
LANG): every command-line test runs under the C locale (numbers written the English way) unless
it sets another, whatever the locale of the machine running the tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def c_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_NUMERIC", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
