"""The import workbook's Budget lines, Progress reports and Indicator values sheets, the Funding
sheet's agreement reference and the Expenditure sheet's output: import, re-import, every bad
cell named, nothing half-written, any language, and workbooks of the older template."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from tests.exchange.workbooks import EXPENDITURE, FUNDING, INDICATOR, PARTNER, PROJECT, fill
from tracker.domain.classifications import ExpenditureType
from tracker.domain.i18n import using_language
from tracker.exchange.results import ImportRefused
from tracker.exchange.template import write_template
from tracker.exchange.workbook_import import import_workbook
from tracker.store import models as m
from tracker.store.projects import load_project

CODE = "SEN/25/01/LUX"
BUDGET_LINES = [
    {"Project code": CODE, "Heading": "training", "Output": "Output 1", "Amount": 250000},
    {"Project code": CODE, "Heading": "international-experts", "Output": "Output 2", "Amount": 104000,
     "Variance explanation": "Recruitment of the chief technical adviser took four months longer than planned."},
    {"Project code": CODE, "Heading": "programme-support", "Amount": 46000},
]
REPORT = {"Project code": CODE, "Period start": "2025-01-01", "Period end": "2025-12-31",
          "Summary of progress": "Two training centres opened; 350 young people placed in jobs.",
          "Challenges and risks": "Late recruitment of trainers.", "Lessons learned": "Employers join earlier when consulted on curricula.",
          "Next steps": "Open the third centre.", "Prepared by": "A. Diop"}
VALUE = {"Project code": CODE, "Indicator": "Young people placed in jobs", "Value": 350, "Measured on": "2025-12-31",
         "Note": "Tracer survey"}


def _file(path, **extra):
    sheets = {"Partners": [PARTNER], "Projects": [PROJECT],
              "Funding": [dict(FUNDING, **{"Agreement reference": "LUX/ILO/2024-07"})],
              "Expenditure": [dict(EXPENDITURE, Output="Output 1")], "Result indicators": [INDICATOR],
              "Budget lines": BUDGET_LINES, "Progress reports": [REPORT], "Indicator values": [VALUE]}
    sheets.update(extra)
    return fill(path, sheets)


def refused(path) -> list[str]:
    with pytest.raises(ImportRefused) as caught:
        import_workbook(path)
    return [str(p) for p in caught.value.problems]


def test_the_new_sheets_import_and_import_again_unchanged(db, tmp_path):
    path = _file(tmp_path / "in.xlsx")
    report = import_workbook(path)
    assert report.created == 2 + 1 + 1 + 1 + 3 + 1 + 1  # partner, project, funding, expenditure, indicator, 3 lines, report, value
    project = load_project(CODE)
    assert sorted((b.heading, b.output, b.amount) for b in project.budget_lines) == [
        (ExpenditureType.INTERNATIONAL_EXPERTS, "Output 2", Decimal("104000.00")),
        (ExpenditureType.PROGRAMME_SUPPORT, "", Decimal("46000.00")),
        (ExpenditureType.TRAINING, "Output 1", Decimal("250000.00")),
    ]
    assert next(b for b in project.budget_lines if b.heading is ExpenditureType.INTERNATIONAL_EXPERTS).variance_note.startswith("Recruitment")
    (progress,) = project.progress_reports
    assert (progress.period_start, progress.period_end, progress.prepared_by) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "A. Diop")
    assert progress.lessons == "Employers join earlier when consulted on curricula."
    (value,) = project.indicator_values
    assert value.indicator_uuid == project.indicators[0].uuid and value.value == Decimal(350) and value.note == "Tracer survey"
    assert project.fundings[0].agreement_reference == "LUX/ILO/2024-07" and project.expenditures[0].output == "Output 1"

    again = import_workbook(path)
    assert (again.created, again.updated) == (0, 0) and again.changed_project_codes == []


def test_a_changed_row_updates_its_record_and_a_blank_cell_keeps_the_stored_value(db, tmp_path):
    import_workbook(_file(tmp_path / "in.xlsx"))
    changed = [dict(BUDGET_LINES[0], Amount=260000, **{"Variance explanation": "More trainees than planned."})]
    report = import_workbook(fill(tmp_path / "again.xlsx", {"Budget lines": changed,
                                                           "Indicator values": [dict(VALUE, Value=410, Note=None)]}))
    assert (report.created, report.updated) == (0, 2)
    project = load_project(CODE)
    training = next(b for b in project.budget_lines if b.heading is ExpenditureType.TRAINING)
    assert training.amount == Decimal("260000.00") and training.variance_note == "More trainees than planned."
    assert [(v.value, v.note) for v in project.indicator_values] == [(Decimal(410), "Tracer survey")]


def test_every_bad_cell_is_named_and_nothing_is_written(db, tmp_path):
    path = _file(
        tmp_path / "bad.xlsx",
        **{
            "Budget lines": [dict(BUDGET_LINES[0], Heading="travel-and-fun"), dict(BUDGET_LINES[1], Amount=-5),
                             dict(BUDGET_LINES[2]), dict(BUDGET_LINES[2], Amount=1)],
            "Progress reports": [dict(REPORT, **{"Period end": "2024-12-31"}), dict(REPORT, **{"Period start": "2026-01-01",
                                 "Period end": "2026-12-31", "Summary of progress": None})],
            "Indicator values": [dict(VALUE, Indicator="Jobs for everyone"), dict(VALUE, **{"Measured on": "31/12/2025"}),
                                 dict(VALUE, Value="many")],
        },
    )
    before = {model.__name__: model.select().count() for model in (m.Project, m.BudgetLine, m.ProgressReport, m.IndicatorValue)}
    problems = refused(path)
    assert {model.__name__: model.select().count() for model in (m.Project, m.BudgetLine, m.ProgressReport, m.IndicatorValue)} == before
    text = "\n".join(problems)
    assert "sheet Budget lines, row 2, column B (Heading)" in text  # an unknown heading
    assert "sheet Budget lines, row 3, column D (Amount)" in text  # a negative amount
    assert "sheet Budget lines, row 5, column A (Project code): the same budget line" in text  # given twice
    assert "sheet Progress reports, row 2, column C (Period end): the period ends before it starts" in text
    assert "sheet Progress reports, row 3, column D (Summary of progress)" in text
    assert "sheet Indicator values, row 2, column B (Indicator): project SEN/25/01/LUX has no indicator named 'Jobs for everyone'" in text
    assert "sheet Indicator values, row 3, column D (Measured on)" in text
    assert "sheet Indicator values, row 4, column C (Value)" in text
    assert len(problems) == 8, problems


def test_the_new_sheets_are_written_in_the_users_language_and_read_back_in_any(db, tmp_path):
    with using_language("fr"):
        path = write_template(tmp_path / "modele.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[6:9] == ["Lignes budgétaires", "Rapports d’avancement", "Valeurs d’indicateur"]
    assert [c.value for c in book["Lignes budgétaires"][1]] == ["Code du projet *", "Rubrique *", "Produit", "Montant *",
                                                               "Explication de l’écart"]
    french = fill(tmp_path / "rempli.xlsx", {
        "Projets": [{"Code": CODE, "Titre": PROJECT["Title"], "Région": "africa", "Budget": 400000, "Monnaie": "USD"}],
        "Lignes budgétaires": [{"Code du projet": CODE, "Rubrique": "Frais de soutien au programme", "Montant": 400000}],
    }, template=path)
    with using_language("es"):
        import_workbook(french)
    assert [(b.heading, b.amount) for b in load_project(CODE).budget_lines] == [(ExpenditureType.PROGRAMME_SUPPORT, Decimal("400000.00"))]


def test_a_workbook_of_the_older_template_still_imports(db, tmp_path):
    """Without the new sheets or columns: nothing of the new records is asked for, and an
    expenditure row matches its stored line whatever output it was booked to."""
    import_workbook(_file(tmp_path / "in.xlsx"))
    path = fill(tmp_path / "old.xlsx", {"Expenditure": [dict(EXPENDITURE, Amount=13000)], "Funding": [FUNDING]})
    book = openpyxl.load_workbook(path)
    for title in ("Budget lines", "Progress reports", "Indicator values"):
        del book[title]
    for title, header in (("Expenditure", "Output"), ("Funding", "Agreement reference")):
        ws = book[title]
        column = next(c.column for c in ws[1] if c.value == header)
        ws.delete_cols(column)
    book.save(path)
    report = import_workbook(path)
    assert (report.created, report.updated) == (0, 1)
    project = load_project(CODE)
    assert [(e.amount, e.output) for e in project.expenditures] == [(Decimal("13000.00"), "Output 1")]
    assert project.fundings[0].agreement_reference == "LUX/ILO/2024-07"
    assert len(project.budget_lines) == 3 and len(project.progress_reports) == 1 and len(project.indicator_values) == 1


def test_a_filled_template_exports_the_new_records_and_imports_again_unchanged(db, tmp_path):
    import_workbook(_file(tmp_path / "in.xlsx"))
    exported = write_template(tmp_path / "out.xlsx", with_data=True)
    book = openpyxl.load_workbook(exported)
    values = [[c.value for c in row] for row in book["Indicator values"].iter_rows(min_row=2)]
    assert values == [[CODE, "Young people placed in jobs", 350, dt.datetime(2025, 12, 31), "Tracer survey"]]
    report = import_workbook(exported)
    assert (report.created, report.updated) == (0, 0)
