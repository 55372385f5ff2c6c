"""peewee fields that keep money and rates exact.

peewee's DecimalField on SQLite stores a REAL, and SUM then returns values such as
16200067.250000007; amounts are therefore integers of cents, and rates exact decimal text."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Any

import peewee

from tracker.domain.money import from_cents, to_cents


class MoneyField(peewee.BigIntegerField):
    """A Decimal amount stored as an integer number of cents."""

    def db_value(self, value: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money is never a float; pass a Decimal")
        return to_cents(Decimal(value))

    def python_value(self, value: Any) -> Decimal | None:
        return None if value is None else from_cents(int(value))


class ExactDecimalField(peewee.TextField):
    """A Decimal stored as its exact text (exchange rates, indicator values)."""

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("exact decimals are never floats; pass a Decimal")
        return str(Decimal(value))

    def python_value(self, value: Any) -> Decimal | None:
        return None if value is None else Decimal(value)


class EnumField(peewee.CharField):
    """A classification stored by its stable code."""

    def __init__(self, enum: type[Enum], *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 40)
        super().__init__(*args, **kwargs)
        self.enum = enum

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return self.enum(value).value

    def python_value(self, value: Any) -> Enum | None:
        return None if value is None else self.enum(value)
