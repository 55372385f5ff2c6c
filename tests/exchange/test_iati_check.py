"""The publication check: per activity, exactly what an aid-transparency assessment would find
missing in tracker's IATI file, each a sentence naming the activity's code; nothing for a project
that records everything; the same on the command line and after an export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.cli_helpers import run_cli
from tests.exchange.iati_publish_support import TODAY, complete_an_evaluation, complete_project, save_in_implementation
from tracker.domain import project as d
from tracker.domain.classifications import Stage, StrategicObjective
from tracker.domain.documents import Document
from tracker.domain.organisation import OrganisationSettings
from tracker.exchange.iati_check import PublicationCheck, check_publication, is_assessed
from tracker.exchange.iati_export import export_iati
from tracker.store.database import database_path
from tracker.store.organisation import save_settings


def test_a_project_recording_everything_lacks_nothing(db):
    project = save_in_implementation(complete_project())
    complete_an_evaluation(project.code, with_report=True)
    check = check_publication(today=TODAY)
    assert (check.activities, check.gaps) == (1, [])


def test_the_check_lists_exactly_what_a_crafted_project_lacks(db):
    project = complete_project("SEN/25/02/NOR")
    project.purpose_code = ""
    project.outcome = StrategicObjective.OTHERS
    project.themes = []
    project.capital_spend = None
    project.locations = []
    project.indicators, project.indicator_values, project.progress_reports = [], [], []
    project.documents = [Document(title="Budget", category="A05", url="https://example.org/b.pdf"),
                         Document(title="Signed agreement", category="A11")]  # a file kept, published nowhere
    save_in_implementation(project)
    complete_an_evaluation(project.code, with_report=False)
    gaps = check_publication(today=TODAY).gaps
    assert {g.what for g in gaps} == {
        "purpose-code", "capital-spend", "location", "results",
        "document-A02", "document-A01", "document-A11", "document-A08", "document-A07", "document-address",
    }
    assert all(g.code == "SEN/25/02/NOR" and g.sentence.startswith("SEN/25/02/NOR: ") for g in gaps)
    sentences = {g.what: g.sentence for g in gaps}
    assert sentences["document-A07"] == ("SEN/25/02/NOR: Mid-term evaluation completed, but no evaluation report (A07) of it "
                                         "with a web address")
    assert sentences["document-address"] == ("SEN/25/02/NOR: the document 'Signed agreement' has no web address, so the file "
                                             "cannot link to it")


def test_a_project_in_design_is_not_asked_for_what_comes_with_approval(db):
    project = complete_project("SEN/25/03/NOR")
    from tracker.store.projects import save_project

    save_project(project)
    what = {g.what for g in check_publication(today=TODAY).gaps}
    assert not what & {"actual-start", "commitment", "results", "budget", "document-A02", "document-A08"}


def test_no_contact_is_named(db):
    settings = OrganisationSettings(contact_organisation="", contact_department="", contact_email="", contact_telephone="",
                                    contact_website="", contact_address="")
    save_settings(settings)
    save_in_implementation(complete_project())
    what = {g.what for g in check_publication(today=TODAY).gaps}
    assert what == {"contact"}


def test_the_export_and_the_check_agree(db, tmp_path):
    project = complete_project()
    project.capital_spend = None
    save_in_implementation(project)
    during_export = PublicationCheck(today=TODAY)
    export_iati(tmp_path / "a.xml", today=TODAY, on_activity=during_export.add)
    assert during_export.gaps == check_publication(today=TODAY).gaps != []


@pytest.mark.sqlite_only  # the command line is given the database by its file
def test_the_command_line_prints_the_check_with_or_without_a_file(db, capsys, tmp_path):
    project = complete_project()
    project.locations = []
    save_in_implementation(project)
    db_file = str(database_path())
    code, out, err = run_cli(capsys, "--db", db_file, "export", "iati", "--check")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "1 project checked: 1 with something missing, 1 thing missing in all"
    assert "  SEN/25/01/NOR: no sub-national location: add the places where the project works" in lines
    target = tmp_path / "a.xml"
    code, out, err = run_cli(capsys, "--db", db_file, "export", "iati", "--check", "-o", str(target))
    assert code == 0 and target.exists() and out.splitlines()[1:] == lines
    code, out, err = run_cli(capsys, "--db", db_file, "export", "iati")
    assert code != 0 and "--check" in err


def test_a_document_removed_is_named_and_a_capital_spend_recorded_is_not(db):
    from tracker.store.projects import load_project, save_project

    project = complete_project("SEN/25/04/NOR")
    project.capital_spend = Decimal("12.5")
    save_in_implementation(project)
    stored = load_project(project.code)
    stored.documents = [document for document in stored.documents if document.category != "A08"]
    save_project(stored)
    assert [g.what for g in check_publication(today=TODAY).gaps] == ["document-A08"]


def test_projects_ended_more_than_a_year_ago_are_not_assessed():
    old = d.Project(code="ARG/97/11/DTF", title="t", stage=Stage.CLOSED, actual_end=TODAY - dt.timedelta(days=400))
    recent = d.Project(code="ARG/25/11/DTF", title="t", stage=Stage.CLOSED, actual_end=TODAY - dt.timedelta(days=200))
    assert not is_assessed(old, TODAY) and is_assessed(recent, TODAY)
    assert is_assessed(d.Project(code="X-1", title="t", stage=Stage.EVALUATION_AND_CLOSING, planned_end=dt.date(2001, 1, 1)), TODAY)
    check = PublicationCheck(today=TODAY)
    check.add(old, None)  # not looked at
    assert (check.activities, check.not_assessed, check.gaps) == (1, 1, [])
    assert check.summary() == ("1 project checked: nothing an assessor would find missing (1 ended more than a year ago: assessors "
                               "look at current activities only)")
