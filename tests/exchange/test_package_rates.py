"""Exchange rates travel in field packages like partners (records of no project): added,
corrected and deleted at one site, so at the other; the same month's list imported at both sites
is one rate, not two; rates changed on both sides wait as a conflict; a crafted rate is refused
naming it; an older package without rates still merges."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.exchange.package_sites import Sites
from tests.exchange.test_package_guarantees import audit_of, forge, package_lines, rehashed
from tracker.domain.rates import ExchangeRate
from tracker.exchange.merge import list_conflicts, resolve_conflict
from tracker.exchange.rates_import import import_rates
from tracker.store.rates import delete_rate, list_rates, save_rates

pytestmark = pytest.mark.sqlite_only  # two database files

MARCH = ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.085"), "Test list")


def rates_here() -> dict[tuple[str, date], tuple[Decimal, str]]:
    return {(r.currency, r.valid_from): (r.usd_per_unit, r.source) for r in list_rates()}


@pytest.fixture
def sites(tmp_path):
    sites = Sites(tmp_path)
    sites.use("hq")
    sites.use("field")
    yield sites
    sites.close()


def test_a_rate_travels_is_corrected_and_deleted(sites):
    sites.use("hq")
    save_rates([MARCH])
    report = sites.sync("hq", "field")
    assert (report.created, report.conflicts, report.skipped) == (1, [], [])
    sites.use("field")
    (arrived,) = list_rates()
    assert (arrived.currency, arrived.valid_from, arrived.usd_per_unit, arrived.source) == ("EUR", date(2024, 3, 1), Decimal("1.085"),
                                                                                               "Test list")
    assert audit_of(arrived.uuid)[0].who.startswith("package ")  # saved through the store: audited
    sites.use("hq")
    save_rates([ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.0851"), "Test list")])
    assert sites.sync("hq", "field").updated == 1
    sites.use("field")
    assert rates_here() == {("EUR", date(2024, 3, 1)): (Decimal("1.0851"), "Test list")}
    sites.use("hq")
    delete_rate(list_rates()[0].uuid)
    assert sites.sync("hq", "field").deleted == 1
    sites.use("field")
    assert list_rates() == []


def test_the_same_list_imported_at_both_sites_is_one_rate(sites, tmp_path):
    from tests.exchange.test_rates_import import MONTH

    for site in ("hq", "field"):
        sites.use(site)
        import_rates(MONTH)
    report = sites.sync("hq", "field")
    assert (report.created, report.updated, report.conflicts) == (0, 0, [])
    sites.use("field")
    assert len(list_rates()) == 4


def test_a_rate_changed_on_both_sides_waits_as_a_conflict(sites):
    sites.use("hq")
    save_rates([MARCH])
    sites.sync("hq", "field")
    sites.use("hq")
    save_rates([ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.09"), "Test list")])
    sites.use("field")
    save_rates([ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.08"), "Field office")])
    report = sites.sync("hq", "field")
    assert len(report.conflicts) == 1 and "exchange rate of EUR from 2024-03-01" in report.conflicts[0]
    assert rates_here()[("EUR", date(2024, 3, 1))] == (Decimal("1.08"), "Field office")  # the local version stays
    resolve_conflict(list_conflicts()[0].id, keep="incoming")
    assert rates_here()[("EUR", date(2024, 3, 1))] == (Decimal("1.09"), "Test list")


@pytest.mark.parametrize(("currency", "value", "why"), [
    ("EUR", "-1.08", "US$ per unit: the US$ rate must be greater than zero"),
    ("USD", "1", "the US$ is worth one US$ on every day: it needs no rate"),
    ("ZZZ", "1.2", "'ZZZ' is not an ISO 4217 currency code"),
])
def test_a_crafted_rate_is_refused_naming_it(sites, tmp_path, currency, value, why):
    sites.use("hq")
    save_rates([MARCH])
    genuine = sites.export("hq")
    line = next(line for line in package_lines(genuine) if line["kind"] == "exchange_rate")
    line["values"].update(currency=currency, usd_per_unit=value, valid_from="2024-04-01")
    line["uuid"] = "9b2f7e1c-3a4d-4e5f-8a6b-7c8d9e0f1a2b"
    line["ancestors"] = []
    crafted = forge(tmp_path / "crafted.trackerpkg", [rehashed(line)], like=genuine)
    report = sites.merge("field", crafted)
    (skipped,) = report.skipped
    assert skipped.startswith(f"exchange rate of {currency} from 2024-04-01: refused: not a rate tracker can record: ") and why in skipped
    assert list_rates() == []
    assert audit_of(line["uuid"], "refused")


def test_an_older_package_without_rates_still_merges(sites, tmp_path):
    from tracker.domain.project import Project
    from tracker.store.projects import load_project, save_project

    sites.use("hq")
    save_project(Project(code="SEN/24/01/TST", title="Skills for youth"))
    genuine = sites.export("hq")
    lines = [line for line in package_lines(genuine) if line["kind"] != "exchange_rate"]
    older = forge(tmp_path / "older.trackerpkg", lines, like=genuine)
    sites.merge("field", older)
    assert load_project("SEN/24/01/TST").title == "Skills for youth"
