"""`tracker rates ...`: exchange rates imported from the UN's list or a table, listed in both
directions in the user's number writing, set and deleted, with one-sentence refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import one_sentence, run_cli

DATA = Path(__file__).parents[1] / "exchange" / "data"


@pytest.fixture
def tracker(capsys, db_target):
    from tracker.store.database import close_database, open_database

    open_database(db_target)
    close_database()
    return lambda *args: run_cli(capsys, "--db", str(db_target), *args)


def test_importing_the_uns_list_then_listing_it(tracker):
    code, out, err = tracker("rates", "import", str(DATA / "un-operational-rates-2024-03.xml"))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == ("un-operational-rates-2024-03.xml: 4 rates added, 0 corrected, 0 unchanged; currencies: 4; source: UN operational "
                        "rates of exchange")
    assert lines[1] == "  CHF, EUR, GBP, XOF: from 2024-03-01"
    assert "XCG" in lines[2]
    code, out, err = tracker("rates", "list", "--currency", "eur")
    assert (code, err) == (0, "")
    assert out.splitlines()[2].split() == ["EUR", "2024-03-01", "1.081081081", "0.925", "UN", "operational", "rates", "of", "exchange"]


def test_the_list_in_force_on_a_day_and_as_json(tracker):
    tracker("rates", "import", str(DATA / "un-operational-rates-2024-03.xml"))
    tracker("rates", "import", str(DATA / "un-operational-rates-2024-03-15.xml"))
    code, out, _ = tracker("rates", "list", "--on", "2024-03-20", "--json")
    rows = {row["currency"]: row for row in json.loads(out)}
    assert code == 0 and set(rows) == {"CHF", "EUR", "GBP", "XOF"}
    assert (rows["EUR"]["valid_from"], rows["EUR"]["units_per_usd"]) == ("2024-03-15", "0.917")
    assert rows["GBP"]["valid_from"] == "2024-03-01"
    code, out, _ = tracker("rates", "list", "--on", "2024-02-01")
    assert code == 0 and out.startswith("no exchange rate matches")


def test_numbers_in_the_users_writing(tracker, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, err = tracker("--lang", "fr", "rates", "set", "EUR", "2024-03-01", "1,085")
    assert (code, err) == (0, "")
    code, out, _ = tracker("--lang", "fr", "rates", "list")
    assert "1,085" in out and "0,921659" in out


def test_set_corrects_and_delete_removes(tracker):
    code, out, _ = tracker("rates", "set", "GBP", "2024-03-01", "1.27", "--source", "Bank of England")
    assert code == 0 and out.startswith("added the rate of GBP from 2024-03-01: 1.27 US$ per unit")
    code, out, _ = tracker("rates", "set", "GBP", "2024-03-01", "1.2712", "--source", "Bank of England")
    assert code == 0 and out.startswith("corrected the rate of GBP from 2024-03-01: 1.2712 US$ per unit")
    code, out, _ = tracker("rates", "delete", "GBP", "2024-03-01")
    assert code == 0 and out.startswith("deleted the rate of GBP from 2024-03-01")
    code, _, err = tracker("rates", "delete", "GBP", "2024-03-01")
    assert code == 1
    assert one_sentence(err) == ("tracker: error: no rate of GBP from 2024-03-01 (tracker rates list --currency GBP lists its rates)")


def test_refusals_are_one_sentence_with_the_usual_exit_codes(tracker, tmp_path):
    code, _, err = tracker("rates", "set", "USD", "2024-03-01", "1")
    assert code == 1 and "needs no rate" in one_sentence(err)
    code, _, err = tracker("rates", "set", "EUR", "2024-03-01", "1,08")
    assert code == 1 and "ambiguous" in one_sentence(err)
    code, _, err = tracker("rates", "set", "EURO", "2024-03-01", "1.08")
    assert code == 2 and "'EURO' is not an ISO 4217 currency code" in err
    bad = tmp_path / "rates.csv"
    bad.write_text("currency,date,units_per_usd\nEUR,2024-03-01,0.92\nGBP,2024-03-01,zero\n", encoding="utf-8")
    code, out, err = tracker("rates", "import", str(bad))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("  rates.csv, row 3, column units_per_usd: ")
    assert lines[-1] == "tracker: error: rates.csv: 1 problem; nothing was imported"
    code, out, _ = tracker("rates", "list")
    assert out.startswith("no exchange rates yet")


def test_a_dry_run_writes_nothing(tracker):
    code, out, _ = tracker("rates", "import", str(DATA / "rates-plain.csv"), "--dry-run", "--source", "Test list")
    assert code == 0 and out.startswith("rates-plain.csv: 4 rates would be added, 0 corrected, 0 unchanged; currencies: 3; source: Test list")
    assert tracker("rates", "list", "--json")[1].strip() == "[]"


def test_an_import_workbook_takes_the_table_or_rate(tracker, db_target, tmp_path):
    from tests.exchange.workbooks import EXPENDITURE, PARTNER, PROJECT, fill

    path = fill(tmp_path / "in.xlsx", {"Partners": [PARTNER], "Projects": [PROJECT], "Expenditure": [dict(EXPENDITURE, Currency="EUR")]})
    code, _, err = tracker("import", str(path))
    assert code == 1 and "no US$ rate for EUR on 2025-03-01" in err
    tracker("rates", "set", "EUR", "2025-03-01", "1.085")
    code, _, err = tracker("import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    code, _, err = tracker("import", str(path), "--rate", "EUR=1.1")
    assert (code, err) == (0, "")
    from decimal import Decimal

    from tracker.store.database import open_database
    from tracker.store.projects import load_project

    open_database(db_target)
    assert load_project("SEN/25/01/LUX").expenditures[0].usd_rate == Decimal("1.1")  # --rate first, the table's 1.085 after
