"""The donor report's money in its own currency and in US$: the agreement currency converted at the
rate table's rate in force on the period's end (said on the statement, with its source and date),
and, where the donor asks for it, the statements' totals valued in US$ at that rate beside their
value at the recorded rates, the difference shown as the exchange gain or loss.

The portfolio is tests/reports/test_donor_statement.py's (GLO/22/01/LUX, agreement in EUR), with
these rates of the euro in the table: 1.05 US$ from 1 November 2025, 1/0.9216 = 1.085069444 US$
(0.9216 EUR per US$) from 1 December 2025, 1.20 US$ from 1 January 2026. The rate in force on
31 December 2025 is 1.085069444. Worked out by hand:

  Expenditure in EUR: 1,100,000 + 200,000 + 250,000 recorded in EUR, and US$540,000 of subcontracts
  at the period-end rate: 540,000 / 1.085069444 = EUR 497,664.00; total EUR 2,047,664.00.
  At the period-end rate (rounded to the cent):
    budget      EUR 3,000,000.00 x 1.085069444 = US$ 3,255,208.33  against US$ 3,240,000.00 recorded: gain 15,208.33
    expenditure EUR 2,047,664.00 x 1.085069444 = US$ 2,221,857.64  against US$ 2,226,000.00 recorded: loss  4,142.36
    not spent   3,255,208.33 - 2,221,857.64    = US$ 1,033,350.69  against US$ 1,014,000.00 recorded: gain 19,350.69
    funding     EUR 3,000,000.00 x 1.085069444 = US$ 3,255,208.33  against US$ 3,200,000.00 recorded: gain 55,208.33
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from tests.cli_helpers import run_cli as run
from tests.reports.formulas import Evaluator
from tests.reports.test_cached_values import assert_every_formula_has_its_value
from tests.reports.test_donor_statement import CODE, build
from tests.reports.test_libreoffice import SOFFICE, assert_our_values_are_libreoffices, recalculated
from tests.reports.test_words_on_the_page import OURS, _texts
from tracker.domain.rates import ExchangeRate
from tracker.reports import donor_checks, write_donor_report

SHEET = "Financial statements"
DECEMBER = Decimal("1.085069444")


def _rates() -> None:
    from tracker.store.rates import save_rates

    save_rates([ExchangeRate("EUR", dt.date(2025, 11, 1), Decimal("1.05")),
                ExchangeRate("EUR", dt.date(2025, 12, 1), DECEMBER),
                ExchangeRate("EUR", dt.date(2026, 1, 1), Decimal("1.20"))])


def _write(tmp_path, name: str, *, period_end_rate: bool = True, language: str = "en", partner: str = "LUX"):
    path = write_donor_report(tmp_path / name, partner, 2022, 2025, as_of=dt.date(2026, 12, 6), language=language,
                              period_end_rate=period_end_rate)
    return path, openpyxl.load_workbook(path)


def _row(sheet, label: str, start: int = 1) -> int:
    for row in range(start, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == label:
            return row
    raise AssertionError(f"no row {label!r}")


def _rows(sheet) -> dict[str, list]:
    return {r[0]: list(r) for r in sheet.iter_rows(values_only=True) if isinstance(r[0], str)}


def _texts_of(sheet) -> list[str]:
    return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.data_type != "f"]


@pytest.fixture
def with_rates(db):
    build()
    _rates()


def test_the_agreement_currency_at_the_period_end_rate_named_with_its_source_and_dates(with_rates, tmp_path):
    _, book = _write(tmp_path, "plain.xlsx", period_end_rate=False)
    sheet = book[SHEET]
    facts = _rows(sheet)
    assert facts["Exchange rates"][1].startswith("1 EUR = 1.085069444 US$ (0.9216 EUR per US$, the period-end rate)")
    assert "budget: 1 EUR = 1.08 US$ (the project's rate)" in facts["Exchange rates"][1]
    assert facts["Period-end rate"][1] == "UN operational rate of exchange in force on 31 December 2025, from 01 December 2025"
    ev = Evaluator(openpyxl.load_workbook(tmp_path / "plain.xlsx"))
    subcontracts = _row(sheet, "Subcontracts")
    assert ev.value(SHEET, subcontracts, 3) == Decimal("497664.00")  # US$540,000 at the period-end rate, in EUR
    # Without the option, no valuation at the period-end rate and no gain or loss.
    assert "US$ at the period-end rate" not in facts and not any("exchange gain" in t.lower() for t in _texts_of(sheet))


def test_without_a_rate_in_the_table_the_funding_rate_is_used_and_said(db, tmp_path):
    build()
    _, book = _write(tmp_path, "fallback.xlsx", period_end_rate=False)
    facts = _rows(book[SHEET])
    assert facts["Exchange rates"][1].startswith(
        "1 EUR = 1.066667 US$ (rate of the funding agreement; no rate recorded for 31 December 2025)")
    assert "Period-end rate" not in facts


def test_the_exchange_gain_or_loss_is_the_value_at_the_period_end_rate_less_the_recorded_value(with_rates, tmp_path):
    path, book = _write(tmp_path, "fx.xlsx")
    sheet = book[SHEET]
    ev = Evaluator(book)
    total, at_end, gain = _row(sheet, "Total"), _row(sheet, "US$ at the period-end rate"), _row(sheet, "Exchange gain (+) or loss (\u2013)")
    assert total + 1 == at_end and at_end + 1 == gain  # beside the totals at the recorded rates, in the same columns
    recorded = [ev.value(SHEET, total, c) for c in (6, 7, 8)]
    period_end = [ev.value(SHEET, at_end, c) for c in (6, 7, 8)]
    difference = [ev.value(SHEET, gain, c) for c in (6, 7, 8)]
    assert recorded == [3_240_000, 2_226_000, 1_014_000]
    assert period_end == [Decimal("3255208.33"), Decimal("2221857.64"), Decimal("1033350.69")]
    assert difference == [Decimal("15208.33"), Decimal("-4142.36"), Decimal("19350.69")]
    assert all(d == e - r for d, e, r in zip(difference, period_end, recorded))  # to the cent
    assert [ev.value(SHEET, total, c) for c in (2, 3)] == [3_000_000, Decimal("2047664.00")]
    assert sheet.cell(row=at_end, column=9).value == "1 EUR = 1.085069444 US$ on 31 December 2025"
    assert sheet.cell(row=gain, column=9).value == "On the budget not yet spent: an exchange gain of US$ 19,350.69"
    texts = _texts_of(sheet)
    assert "EUR 3,000,000.00 (US$ 3,200,000.00 at the recorded rates, US$ 3,255,208.33 at the period-end rate)" in texts
    # The formula in words, worked out on the statement's own figures.
    assert any(t.startswith("Exchange gain or loss = value in US$ at the period-end rate \u2013 value in US$ at the recorded rates")
               for t in texts)
    worked = next(t for t in texts if t.startswith("For the funding:"))
    assert "EUR 3,000,000.00 \u00d7 1.085069444 = US$ 3,255,208.33; less US$ 3,200,000.00 at the recorded rates: " \
           "an exchange gain of US$ 55,208.33." in worked
    assert "EUR 2,047,664.00 \u00d7 1.085069444 = US$ 2,221,857.64; less US$ 2,226,000.00 at the recorded rates: " \
           "an exchange loss of US$ 4,142.36." in worked
    assert "US$ 3,255,208.33 \u2013 US$ 2,221,857.64 = US$ 1,033,350.69 at the period-end rate, against US$ 1,014,000.00 " \
           "at the recorded rates: an exchange gain of US$ 19,350.69." in worked
    # Every formula saved with its value.
    assert assert_every_formula_has_its_value(path) > 20


def test_figures_at_the_recorded_rates_do_not_move_when_the_table_changes(with_rates, tmp_path):
    from tracker.store.rates import save_rates

    def figures(name: str):
        path, book = _write(tmp_path, name)
        sheet, ev = book[SHEET], Evaluator(book)
        lines = {label: [ev.value(SHEET, _row(sheet, label), c) for c in (6, 7)]
                 for label in ("Other personnel", "Training and fellowships", "Subcontracts", "Programme support costs", "Total")}
        in_euros = {label: ev.value(SHEET, _row(sheet, label), 3) for label in ("Other personnel", "Programme support costs")}
        return lines, in_euros, ev.value(SHEET, _row(sheet, "US$ at the period-end rate"), 6)

    before = figures("before.xlsx")
    save_rates([ExchangeRate("EUR", dt.date(2025, 12, 1), Decimal("1.25"))])  # December's rate corrected afterwards
    after = figures("after.xlsx")
    assert after[0] == before[0]  # every US$ figure at the recorded rates
    assert after[1] == before[1]  # amounts recorded in euros, in euros
    assert (before[2], after[2]) == (Decimal("3255208.33"), Decimal("3750000.00"))  # only the period-end valuation moves


def test_a_missing_period_end_rate_gives_one_clear_note(db, tmp_path):
    build()
    _, book = _write(tmp_path, "missing.xlsx")
    texts = _texts_of(book[SHEET])
    missing = [t for t in texts if "period-end rate" in t]
    assert missing == ["The value at the period-end rate is not shown: no exchange rate for EUR in force on 31 December 2025 is "
                       "recorded."]
    assert not any(t.startswith("US$ at the period-end rate") or t.startswith("Exchange gain") for t in texts)
    # The officer is told before sending it, with how to add the rate; the partner's workbook is not.
    checks = donor_checks("LUX", 2022, 2025, period_end_rate=True)
    rate_checks = [c for c in checks if c.topic == "Period-end rate"]
    assert [(c.project, c.text.split(":")[0]) for c in rate_checks] == [(CODE, "no US$ rate for EUR on 2025-12-31")]
    assert not [c for c in donor_checks("LUX", 2022, 2025) if c.topic == "Period-end rate"]


def test_an_agreement_in_dollars_has_no_exchange_difference(with_rates, tmp_path):
    _, book = _write(tmp_path, "unaids.xlsx", partner="UNAIDS")
    texts = _texts_of(book[SHEET])
    assert "The agreement is in US$: its figures have no exchange gain or loss." in texts
    assert not any(t.startswith("Exchange gain (+)") for t in texts)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_exchange_rows_in_french_and_spanish(with_rates, tmp_path, language):
    path, book = _write(tmp_path, f"fx-{language}.xlsx", language=language)
    texts = [text for _, text in _texts(path)]
    english = ("period-end rate", "Exchange gain", "exchange gain", "exchange loss", "recorded rates", "UN operational rate",
               "For the funding", "not yet spent", "per US$")
    assert [t for t in texts if any(word in t for word in english)] == []
    sheet = book[book.sheetnames[3]]
    ev = Evaluator(book)
    gains = [r for r in range(1, sheet.max_row + 1) if sheet.cell(row=r, column=8).data_type == "f"
             and "-H" in str(sheet.cell(row=r, column=8).value) and "ROUND" not in str(sheet.cell(row=r, column=6).value)]
    assert ev.value(sheet.title, gains[-1], 8) == Decimal("19350.69")  # the same figures in every language


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_internal_words_on_the_pages(with_rates, tmp_path, language):
    path, _ = _write(tmp_path, f"words-{language}.xlsx", language=language)
    assert [(sheet, text) for sheet, text in _texts(path) if OURS.search(text)] == []


def test_the_command_line_asks_for_the_period_end_rate(db_target, tmp_path, capsys):
    from tracker.store.database import close_database, open_database

    open_database(db_target)
    build()
    close_database()
    target = tmp_path / "cli.xlsx"
    args = ("--db", str(db_target), "report", "donor", "--partner", "LUX", "--from", "2022", "--to", "2025", "--lang", "en",
            "--period-end-rate")
    code, _, err = run(capsys, *args, "-o", str(target))
    assert code == 0
    assert "no US$ rate for EUR on 2025-12-31" in err  # what to add before sending it
    open_database(db_target)
    _rates()
    close_database()
    code, _, err = run(capsys, *args, "-o", str(target), "--overwrite")
    assert code == 0 and "no US$ rate" not in err
    texts = _texts_of(openpyxl.load_workbook(target)[SHEET])
    assert "US$ at the period-end rate" in texts and "Exchange gain (+) or loss (\u2013)" in texts


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_computes_the_same_gain_or_loss(with_rates, tmp_path):
    path, book = _write(tmp_path, "lo.xlsx")
    converted = recalculated([path], tmp_path)[path.name]
    assert assert_our_values_are_libreoffices(path, converted) > 20
    sheet = openpyxl.load_workbook(converted, data_only=True)[SHEET]
    gain = _row(book[SHEET], "Exchange gain (+) or loss (\u2013)")
    assert [round(sheet.cell(row=gain, column=c).value, 2) for c in (6, 7, 8)] == [15208.33, -4142.36, 19350.69]


def test_the_gains_and_losses_of_all_projects_add_up(demo_db, tmp_path):
    from tracker.store.rates import save_rates

    save_rates([ExchangeRate("EUR", dt.date(2025, 12, 1), Decimal("1.1627906977"))])
    path = write_donor_report(tmp_path / "demo.xlsx", "LUX", 2018, 2025, language="en", period_end_rate=True)
    book = openpyxl.load_workbook(path)
    sheet, ev = book[SHEET], Evaluator(book)
    statements = [r for r in range(1, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "Exchange gain (+) or loss (\u2013)"]
    assert len(statements) > 1
    caption = _row(sheet, "Exchange gain (+) or loss (\u2013) at the period-end rate, all projects (US$)")
    first, total = caption + 2, _row(sheet, "Total", caption)
    assert total - first == len(statements)  # one line per statement valued at the period-end rate
    for column in (6, 7, 8):  # on the budget, the expenditure, the budget not yet spent
        lines = [ev.value(SHEET, r, column) for r in range(first, total)]
        assert lines == [ev.value(SHEET, r, column) for r in statements]
        assert ev.value(SHEET, total, column) == sum(lines)
    assert ev.value(SHEET, total, 4) == sum(ev.value(SHEET, r, 4) for r in range(first, total))  # on the funding
    assert assert_every_formula_has_its_value(path) > 100


def test_each_statement_prints_on_a_page_of_its_own_with_its_header_and_table_together(demo_db, tmp_path):
    """The worked notes under the gain or loss make a statement taller: its header must still print
    above its table, the page ending only between statements."""
    from tracker.store.rates import save_rates

    save_rates([ExchangeRate("EUR", dt.date(2025, 12, 1), Decimal("1.1627906977"))])
    path = write_donor_report(tmp_path / "demo.xlsx", "LUX", 2018, 2025, language="fr", period_end_rate=True)
    sheet = openpyxl.load_workbook(path)["États financiers"]
    breaks = sorted(b.id for b in sheet.row_breaks.brk)
    headers = [r for r in range(1, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "Accord de financement"]
    assert len(headers) > 1
    for header in headers:
        table = next(r for r in range(header, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "Ligne budgétaire")
        assert not [b for b in breaks if header <= b < table], f"a page ends between the statement at row {header} and its table"
    assert len(breaks) >= len(headers)  # one page per statement (and the closing table)
