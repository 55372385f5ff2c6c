"""The donor report lists the documents of the partner's projects and their evaluations, in the
report's language, with the web address where each is published."""

from __future__ import annotations

import datetime as dt

from tests.reports.conftest import AS_OF, load, rows_of
from tracker.domain.documents import Document
from tracker.reports import write_donor_report
from tracker.store.documents import attach_bytes
from tracker.store.projects import load_project, save_project


def _documents() -> None:
    project = load_project("AAA/21/01/DON")
    review = next(e for e in project.evaluations if e.completed_on is not None)
    project.documents += [
        Document("Project document", "A02", "en", dt.date(2020, 11, 15), "https://www.ilo.org/projects/aaa-21-01.pdf"),
        Document("Rapport de revue annuelle 2021", "A07", "fr", dt.date(2022, 2, 1), evaluation_uuid=review.uuid),
        Document("Budget 2024-2025", "A05", "en", dt.date(2024, 1, 10), "https://www.ilo.org/projects/aaa-budget.xlsx"),
    ]
    budget = Document("Budget 2021-2023", "A05", "en", dt.date(2021, 1, 5))
    attachments = attach_bytes(budget, "budget.xlsx", b"PK budget")
    project.documents.append(budget)
    save_project(project, attachments=attachments)


def test_the_donor_report_lists_the_projects_documents_up_to_the_periods_end(small_db, tmp_path):
    _documents()
    book = load(write_donor_report(tmp_path / "donor.xlsx", "don", 2021, 2022, as_of=AS_OF, language="en"))
    assert book.sheetnames[-1] == "Documents"
    sheet = book["Documents"]
    assert sheet["A1"].value == "Documents of the projects"
    assert [c.value for c in sheet[4]] == ["Project", "Title", "Category", "Date", "Language", "Evaluation", "Web address"]
    rows = [row[:7] for row in rows_of(sheet, 5) if row[0] == "AAA/21/01/DON"]
    assert rows == [
        ("AAA/21/01/DON", "Project document", "Objectives / Purpose of activity", dt.datetime(2020, 11, 15), "English", None,
         "https://www.ilo.org/projects/aaa-21-01.pdf"),
        ("AAA/21/01/DON", "Budget 2021-2023", "Budget", dt.datetime(2021, 1, 5), "English", None, "\u2013"),
        ("AAA/21/01/DON", "Rapport de revue annuelle 2021", "Review of project performance and evaluation", dt.datetime(2022, 2, 1),
         "French", "Annual review 1", "\u2013"),
    ]  # the 2024 budget is after the period
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("sends it on request" in t for t in texts)


def test_the_list_is_in_the_reports_language(small_db, tmp_path):
    _documents()
    book = load(write_donor_report(tmp_path / "donor.xlsx", "don", 2021, 2022, as_of=AS_OF, language="fr"))
    sheet = book[book.sheetnames[-1]]
    assert sheet.title == "Documents"
    assert sheet["A1"].value == "Documents des projets"
    rows = [row[:7] for row in rows_of(sheet, 5)]
    assert ("Objectifs / finalité de l'activité", "Anglais") == (rows[0][2], rows[0][4])
    assert rows[2][4] == "Français"


def test_without_documents_the_report_has_no_documents_sheet(small_db, tmp_path):
    book = load(write_donor_report(tmp_path / "donor.xlsx", "don", 2021, 2022, as_of=AS_OF))
    assert "Documents" not in book.sheetnames
