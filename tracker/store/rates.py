"""The table of exchange rates: saved, corrected and removed through the one write path
(validated, audited, one transaction), and read as a tracker.domain.rates.RateTable.

One rate per currency and date: saving a rate for a currency on a date that already has one
replaces its value and source (the correction of a typing slip, or the same month's list imported
again), keeping the record's identity so field packages see one record changed, not two."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee

from tracker.domain import records as r
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.i18n import translate
from tracker.domain.rates import ExchangeRate, RateTable
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.writes import write_transaction

TABLE = "exchange_rate"


@dataclass
class RatesSaved:
    added: int = 0
    changed: int = 0
    unchanged: int = 0


def _subject(rate: ExchangeRate) -> str:
    return translate("StoreRates", "the rate of {currency} from {day}").format(currency=rate.currency, day=rate.valid_from.isoformat())


def _from_row(row: m.ExchangeRate) -> ExchangeRate:
    return mp.from_row(r.EXCHANGE_RATE, row)  # type: ignore[no-any-return]


def save_rates(rates: Iterable[ExchangeRate], who: str | None = None) -> RatesSaved:
    """Add or correct rates, all or none: a rate with a problem refuses the whole set, naming the
    currency, the date and the field."""
    wanted = list(rates)
    for index, rate in enumerate(wanted):
        problems = rate.problems()
        if problems:
            raise ValidationError(problems, subject=_subject(rate), kind=TABLE)
    seen: dict[tuple[str, dt.date], ExchangeRate] = {}
    for index, rate in enumerate(wanted):
        key = (rate.currency, rate.valid_from)
        if key in seen and seen[key].usd_per_unit != rate.usd_per_unit:
            raise ValidationError(FieldProblem("usd_per_unit", translate(
                "StoreRates", "two different rates are given for the same day")), subject=_subject(rate), kind=TABLE)
        seen[key] = rate
    saved = RatesSaved()
    log = AuditLog(who or current_user())
    with write_transaction():
        # Read once what is stored of these currencies: a month's list, or twenty years of them,
        # is one query, not two per rate.
        currencies = sorted({rate.currency for rate in seen.values()})
        stored = list(m.ExchangeRate.select().where(m.ExchangeRate.currency.in_(currencies))) if currencies else []
        by_day = {(row.currency, row.valid_from): row for row in stored}
        by_uuid = {row.uuid: row for row in stored}
        inserts = []
        for rate in seen.values():
            existing = by_day.get((rate.currency, rate.valid_from))
            if existing is None:
                existing = by_uuid.get(rate.uuid) or m.ExchangeRate.get_or_none(m.ExchangeRate.uuid == rate.uuid)  # its date corrected
            columns = {**mp.columns(r.EXCHANGE_RATE, rate), "updated_at": m.utc_now()}
            if existing is None:
                inserts.append(columns)
                log.diff(TABLE, rate.uuid, None, mp.snapshot(rate))
                saved.added += 1
                continue
            before = _from_row(existing)
            rate.uuid = before.uuid
            columns["uuid"] = before.uuid
            if mp.snapshot(before) == mp.snapshot(rate):
                saved.unchanged += 1
                continue
            m.ExchangeRate.update(**columns).where(m.ExchangeRate.id == existing.id).execute()
            log.diff(TABLE, rate.uuid, mp.snapshot(before), mp.snapshot(rate))
            saved.changed += 1
        for batch in peewee.chunked(inserts, 200):
            m.ExchangeRate.insert_many(batch).execute()
        log.write()
    return saved


def delete_rate(rate_uuid: str, who: str | None = None) -> bool:
    """Remove a rate (audited); False when there was none. Amounts recorded at it keep their rate."""
    log = AuditLog(who or current_user())
    with write_transaction():
        row = m.ExchangeRate.get_or_none(m.ExchangeRate.uuid == rate_uuid)
        if row is None:
            return False
        log.diff(TABLE, rate_uuid, mp.snapshot(_from_row(row)), None)
        row.delete_instance()
        log.write()
    return True


def list_rates(currency: str | None = None, on: dt.date | None = None) -> list[ExchangeRate]:
    """The rates, by currency and date; of one currency; or, with `on`, the one of each currency
    in force on that day."""
    query = m.ExchangeRate.select().order_by(m.ExchangeRate.currency, m.ExchangeRate.valid_from)
    if currency:
        query = query.where(m.ExchangeRate.currency == currency.upper())
    found = [_from_row(row) for row in query]
    if on is None:
        return found
    table = RateTable(found)
    return [rate for cur in table.currencies() if (rate := table.rate_record_on(cur, on)) is not None]


def rate_table() -> RateTable:
    """Every rate, for looking up the one in force on a date."""
    return RateTable(_from_row(row) for row in m.ExchangeRate.select())
