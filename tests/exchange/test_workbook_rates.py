"""The import workbook and the table of exchange rates: a funding, expenditure or project row in
another currency than US$ whose US$ rate cell is blank takes the rate in force on its day (a
funding line's approval date; an expenditure line's month, or 1 July of a year without a month;
a project's planned start); --rate CUR=R overrides the table; a typed rate is kept; a missing rate
is refused in one sentence naming the sheet and row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.exchange.workbooks import EXPENDITURE, FUNDING, PARTNER, PROJECT, fill
from tracker.domain.rates import ExchangeRate
from tracker.exchange.results import ImportRefused
from tracker.exchange.workbook_import import import_workbook
from tracker.store.projects import load_project
from tracker.store.rates import save_rates

TABLE = [
    ExchangeRate("EUR", date(2024, 11, 1), Decimal("1.07")),
    ExchangeRate("EUR", date(2024, 11, 15), Decimal("1.055")),  # mid-month
    ExchangeRate("EUR", date(2025, 1, 1), Decimal("1.04")),
    ExchangeRate("EUR", date(2025, 3, 1), Decimal("1.085")),
    ExchangeRate("EUR", date(2025, 7, 1), Decimal("1.17")),
    ExchangeRate("XOF", date(2025, 3, 1), Decimal("0.00166")),
]


@pytest.fixture
def table(db):
    save_rates(TABLE)


def _file(tmp_path, *, funding=None, expenditure=(), project=None):
    return fill(tmp_path / "in.xlsx", {"Partners": [PARTNER], "Projects": [project or PROJECT],
                                       "Funding": [funding or dict(FUNDING, **{"US$ rate": None})],
                                       "Expenditure": list(expenditure)})


def test_blank_rates_take_the_rate_in_force_on_each_rows_day(table, tmp_path):
    path = _file(tmp_path, expenditure=[
        dict(EXPENDITURE, Currency="EUR"),  # March 2025: the 1st of its month
        dict(EXPENDITURE, Month=None, Currency="EUR", Amount=100),  # the whole year: 1 July
        dict(EXPENDITURE, Month=3, Currency="XOF", Amount=1000, **{"Type of expenditure": "equipment"}),
    ])
    import_workbook(path)
    project = load_project("SEN/25/01/LUX")
    (funding,) = project.fundings
    assert funding.usd_rate == Decimal("1.055")  # approved on 15 November 2024: the mid-month rate
    rates = {(e.month, e.currency): e.usd_rate for e in project.expenditures}
    assert rates == {(3, "EUR"): Decimal("1.085"), (None, "EUR"): Decimal("1.17"), (3, "XOF"): Decimal("0.00166")}


def test_a_typed_rate_is_kept_and_rate_overrides_the_table(table, tmp_path):
    path = _file(tmp_path, funding=FUNDING, expenditure=[dict(EXPENDITURE, Currency="EUR")])
    import_workbook(path, usd_rates={"EUR": Decimal("1.1")})
    project = load_project("SEN/25/01/LUX")
    assert project.fundings[0].usd_rate == Decimal("1.08")  # typed in the file
    assert project.expenditures[0].usd_rate == Decimal("1.1")  # blank: --rate EUR=1.1, not the table's 1.085


def test_a_projects_budget_rate_from_its_planned_start(table, tmp_path):
    path = _file(tmp_path, project=dict(PROJECT, Currency="EUR"))
    import_workbook(path)
    assert load_project("SEN/25/01/LUX").usd_rate == Decimal("1.04")


def test_a_missing_rate_is_one_sentence_naming_sheet_and_row(table, tmp_path):
    path = _file(tmp_path, expenditure=[dict(EXPENDITURE, Year=2024, Month=2, Currency="EUR")])
    with pytest.raises(ImportRefused) as refused:
        import_workbook(path)
    problems = [str(p) for p in refused.value.problems]
    assert len(problems) == 1
    assert problems[0].startswith("sheet Expenditure, row 2, column ")
    assert problems[0].endswith("(US$ rate): no US$ rate for EUR on 2024-02-01: import that month's UN operational rates (tracker "
                                "rates import FILE, or Tools > Exchange Rates in the app), or give one with --rate EUR=US$ VALUE")


def test_a_stored_line_keeps_the_rate_it_was_saved_with(table, tmp_path):
    path = _file(tmp_path, expenditure=[dict(EXPENDITURE, Currency="EUR")])
    import_workbook(path)
    save_rates([ExchangeRate("EUR", date(2025, 3, 1), Decimal("1.2"))])  # the table corrected afterwards
    report = import_workbook(path)  # the same file again
    assert report.created == report.updated == 0
    assert load_project("SEN/25/01/LUX").expenditures[0].usd_rate == Decimal("1.085")
