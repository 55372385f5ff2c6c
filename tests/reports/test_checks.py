"""The Checks sheet: records that disagree with each other, flagged before a report is sent (issue
13: Luxembourg's funding of GLO/22/01/LUX above the project's budget went unnoticed). Each check
on the small portfolio of conftest, made inconsistent on purpose, and on the demo."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.reports.conftest import AS_OF, load, rows_of
from tests.reports.formulas import Evaluator
from tracker.domain import project as d
from tracker.domain.classifications import ExpenditureType, Stage
from tracker.domain.i18n import using_language
from tracker.reports import write_compliance_report
from tracker.reports.checks import project_checks, write_checks_sheet
from tracker.reports.cover import demo_warning
from tracker.reports.xlsx import Book
from tracker.store import models as m
from tracker.store.projects import load_project, save_project


def topics(checks, code: str) -> list[str]:
    return [c.topic for c in checks if c.project == code]


def test_funding_above_the_budget_names_the_partner_and_the_figures(demo_db):
    checks = [c for c in project_checks(None, dt.date(2026, 12, 6)) if c.project == "GLO/22/01/LUX"]
    funding = [c for c in checks if c.topic == "Funding above budget"]
    assert len(funding) == 1
    check = funding[0]
    assert check.text.startswith("Luxembourg's funding of US$3,245,000.00 exceeds the project's budget of US$3,240,000.00 "
                                 "by US$5,000.00")
    # In euros, the agreement's currency, both are EUR 3,000,000: the sentence says where the difference comes from.
    assert "from the exchange rates only: in EUR it is EUR 3,000,000.00, within the budget of EUR 3,000,000.00" in check.text
    assert (check.currency, check.found, check.compared_with) == ("US$", Decimal("3245000.00"), Decimal("3240000.00"))


def test_the_checks_cover_only_the_projects_asked_for(demo_db):
    everything = project_checks(None, dt.date(2026, 12, 6))
    glo = m.Project.get(m.Project.code == "GLO/22/01/LUX").id
    assert {c.project for c in project_checks([glo], dt.date(2026, 12, 6))} == {"GLO/22/01/LUX"}
    assert len({c.project for c in everything}) > 1


def test_the_compliance_report_carries_the_checks_with_live_differences(demo_db, tmp_path):
    book = load(write_compliance_report(tmp_path / "c.xlsx", dt.date(2026, 12, 6)))
    sheet = book["Checks"]
    assert "6 December 2026" in sheet["A1"].value
    rows = rows_of(sheet, 5)
    glo = [i for i, r in enumerate(rows, start=5) if r[0] == "GLO/22/01/LUX" and r[1] == "Funding above budget"][0]
    assert Evaluator(book).value("Checks", glo, 7) == Decimal("5000.00")
    notes = [c.value for row in book.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(text.startswith("Records that disagree with each other") for text in notes)


def test_expenditure_above_the_budget_in_the_project_currency(small_db):
    project = load_project("BBB/22/01/UNX")  # EUR 100,000 budget, EUR 50,000 spent
    project.expenditures.append(d.Expenditure(year=2022, expenditure_type=ExpenditureType.TRAINING, amount=Decimal("60000"),
                                              currency="EUR", usd_rate=Decimal("1.10")))
    save_project(project)
    check = [c for c in project_checks(None, AS_OF) if c.project == "BBB/22/01/UNX" and c.topic == "Expenditure above budget"][0]
    assert check.text == ("Expenditure of EUR 110,000.00 exceeds the project's budget of EUR 100,000.00 by EUR 10,000.00.")
    assert (check.currency, check.found, check.compared_with) == ("EUR", Decimal("110000.00"), Decimal("100000.00"))


def test_evaluations_completed_against_the_rules_or_without_a_date(small_db):
    aaa = m.Project.get(m.Project.code == "AAA/21/01/DON").id
    final = m.Evaluation.get((m.Evaluation.project == aaa) & (m.Evaluation.kind == "final"))
    assert final.independence_required
    # As older data or an import could hold them: the editor refuses both.
    m.Evaluation.update(status="completed", independence="self", completed_on=None).where(m.Evaluation.id == final.id).execute()
    checks = [c for c in project_checks(None, AS_OF) if c.project == "AAA/21/01/DON"]
    assert "Final evaluation: required to be independent, but completed as a self-evaluation." in [c.text for c in checks]
    assert "Final evaluation: recorded as completed, without a completion date." in [c.text for c in checks]


def test_dates_that_disagree_with_the_stage(small_db):
    checks = project_checks(None, AS_OF)
    # AAA ended on 31 December 2023 and is still in implementation on 30 June 2024
    assert "Its end date, 31 Dec 2023, has passed, but the project is still recorded in implementation." in [
        c.text for c in checks if c.project == "AAA/21/01/DON"]
    m.Project.update(stage=Stage.CLOSED.value).where(m.Project.code == "CCC/21/02/DON").execute()
    m.Project.update(stage=Stage.APPROVED.value).where(m.Project.code == "BBB/22/01/UNX").execute()
    checks = project_checks(None, AS_OF)
    assert "Actual end date" in topics(checks, "CCC/21/02/DON")
    assert "Not started" in topics(checks, "BBB/22/01/UNX")
    assert not any(c.project == "DDD/22/09/DON" for c in checks)  # cancelled: nothing of it is reported


def test_budget_lines_that_do_not_add_up_to_the_budget(small_db):
    project = load_project("CCC/21/02/DON")  # US$400,000
    project.budget_lines = [d.BudgetLine(heading=ExpenditureType.INTERNATIONAL_EXPERTS, amount=Decimal("250000")),
                            d.BudgetLine(heading=ExpenditureType.MISCELLANEOUS, amount=Decimal("140000"))]
    save_project(project)
    check = [c for c in project_checks(None, AS_OF) if c.project == "CCC/21/02/DON" and c.topic == "Budget lines"][0]
    assert check.text == "Its 2 budget lines total US$390,000.00, US$10,000.00 less than the project's budget of US$400,000.00."
    assert (check.found, check.compared_with) == (Decimal("390000.00"), Decimal("400000.00"))
    project = load_project("CCC/21/02/DON")
    project.budget_lines[1].amount = Decimal("150000")
    save_project(project)
    assert "Budget lines" not in topics(project_checks(None, AS_OF), "CCC/21/02/DON")


def _sheet_texts(tmp_path, checks, language: str = "en") -> list[str]:
    with using_language(language):
        book = Book(title="t", subject="s", description="d", keywords="k", demo=demo_warning(0, 0))
        write_checks_sheet(book, checks, AS_OF)
        book.save(tmp_path / "checks.xlsx")
    return [c for row in load(tmp_path / "checks.xlsx").worksheets[0].iter_rows(values_only=True) for c in row if isinstance(c, str)]


def test_an_empty_checks_sheet_says_no_inconsistencies_were_found(db, tmp_path):
    assert project_checks(None, AS_OF) == []
    assert "No inconsistencies found." in _sheet_texts(tmp_path, [])


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_checks_speak_the_report_language(demo_db, tmp_path, language):
    with using_language(language):
        checks = project_checks(None, dt.date(2026, 12, 6))
    funding = [c for c in checks if c.project == "GLO/22/01/LUX"][0]
    assert "exceeds" not in funding.text and "Luxembourg" in funding.text
    texts = _sheet_texts(tmp_path, checks, language)
    assert "Checks" not in texts[0] and not any("What is wrong" in t for t in texts)


def test_expenditure_outside_the_project_dates_one_line_a_project(small_db):
    project = load_project("AAA/21/01/DON")  # 1 January 2021 to 31 December 2023
    for year in (2020, 2025):
        project.expenditures.append(d.Expenditure(year=year, expenditure_type=ExpenditureType.TRAINING,
                                                  amount=Decimal("10000"), currency="USD", usd_rate=Decimal(1)))
    save_project(project)
    found = [c for c in project_checks(None, AS_OF) if c.project == "AAA/21/01/DON" and c.topic.startswith("Expenditure outside")]
    assert [c.text for c in found] == ["Expenditure of US$20,000.00 is recorded for 2 years outside the project's dates "
                                       "(01 Jan 2021 to 31 Dec 2023): 2020, 2025."]
    assert found[0].found == Decimal("20000.00")


def test_the_checks_leave_the_databases_cache_as_they_found_it(demo_db):
    from tracker.store.sql import dialect, execute

    if dialect().name != "sqlite":
        pytest.skip("a SQLite setting")
    before = execute("PRAGMA cache_size").fetchone()[0]
    assert project_checks(None, dt.date(2026, 11, 25))
    assert execute("PRAGMA cache_size").fetchone()[0] == before
