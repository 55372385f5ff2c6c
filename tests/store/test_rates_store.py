"""The table of rates through the one write path: validated, audited, corrected in place; an
amount already saved keeps the rate it was saved with whatever the table says later."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.domain.classifications import FundingModality
from tracker.domain.errors import ValidationError
from tracker.domain.project import Funding, Project
from tracker.domain.rates import ExchangeRate
from tracker.domain.records import kind_named, problem_text
from tracker.store import models as m
from tracker.store.projects import load_project, save_project
from tracker.store.rates import delete_rate, list_rates, rate_table, save_rates


def _march() -> list[ExchangeRate]:
    return [ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.085")), ExchangeRate("EUR", date(2024, 3, 15), Decimal("1.092")),
            ExchangeRate("GBP", date(2024, 3, 1), Decimal("1.27"))]


def test_rates_are_saved_listed_and_looked_up_by_date(db):
    saved = save_rates(_march())
    assert (saved.added, saved.changed) == (3, 0)
    assert rate_table().rate_on("EUR", date(2024, 3, 20)) == Decimal("1.092")
    assert [(r.currency, r.valid_from) for r in list_rates("eur")] == [("EUR", date(2024, 3, 1)), ("EUR", date(2024, 3, 15))]
    assert {(r.currency, r.usd_per_unit) for r in list_rates(on=date(2024, 3, 10))} == {("EUR", Decimal("1.085")), ("GBP", Decimal("1.27"))}


def test_the_same_list_imported_again_changes_nothing_and_a_correction_is_audited(db):
    save_rates(_march())
    assert save_rates(_march()).unchanged == 3
    first = list_rates("GBP")[0]
    saved = save_rates([ExchangeRate("GBP", date(2024, 3, 1), Decimal("1.2712"))])
    assert saved.changed == 1 and list_rates("GBP")[0].uuid == first.uuid  # the same record, corrected
    entry = m.AuditEntry.get((m.AuditEntry.table == "exchange_rate") & (m.AuditEntry.action == "update"))
    assert (entry.field, entry.old, entry.new) == ("usd_per_unit", "1.27", "1.2712")


def test_a_bad_rate_refuses_the_whole_set_naming_it(db):
    with pytest.raises(ValidationError, match="the rate of EUR from 2024-04-01: ") as caught:
        save_rates([*_march(), ExchangeRate("EUR", date(2024, 4, 1), Decimal("-1"))])
    [problem] = caught.value.problems
    assert problem_text(problem, kind_named(caught.value.kind)) == "US$ per unit: the US$ rate must be greater than zero"
    assert list_rates() == []


def test_a_deleted_rate_is_audited_and_no_longer_applies(db):
    save_rates(_march())
    mid_month = list_rates("EUR")[1]
    assert delete_rate(mid_month.uuid)
    assert rate_table().rate_on("EUR", date(2024, 3, 20)) == Decimal("1.085")
    assert m.AuditEntry.select().where((m.AuditEntry.table == "exchange_rate") & (m.AuditEntry.action == "delete")).count() == 1


def test_an_amount_saved_keeps_its_rate_after_the_table_changes(db):
    save_rates(_march())
    rate = rate_table().rate_on("EUR", date(2024, 3, 20))
    project = Project("RATE/1", "Rates", budget=Decimal(1000), currency="EUR", usd_rate=rate,
                      fundings=[Funding(FundingModality.REGULAR_BUDGET, Decimal(1000), "EUR", date(2024, 3, 20), usd_rate=rate)])
    save_project(project)
    save_rates([ExchangeRate("EUR", date(2024, 3, 15), Decimal("1.50"))])  # the month's list corrected afterwards
    stored = load_project("RATE/1")
    assert stored.usd_rate == stored.fundings[0].usd_rate == Decimal("1.092")
    assert stored.fundings[0].usd == Decimal("1092.00")
