"""The impact of a rule set as a workbook (tracker.reports.impact_workbook): a summary whose counts
and total agree with the list of changes, one row per change with both due dates and its reason,
in the reader's language."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from tracker.domain.classifications import EvaluationKind, Region, Stage
from tracker.domain.i18n import translate, using_language
from tracker.domain.project import Project
from tracker.domain.rules.ruleset import load_rule_set
from tracker.reports.base import ReportError
from tracker.reports.impact_workbook import write_impact_workbook
from tracker.store import models as m
from tracker.store.impact import rule_set_impact, stale_plan_impact
from tracker.store.projects import save_project

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulesets" / "example-tiered.json"
AS_OF = dt.date(2026, 12, 6)


@pytest.fixture
def portfolio(db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The example policy installed; one project of 24 months and US$500,000 under ilo-2002 (a mid-term
    evaluation on 31 Dec 2024, an independent final one on 31 Dec 2025), which the example's tier T1
    (below US$1,000,000, "replace") would give an internal evaluation on 30 Sep 2025 instead; one
    project in design without dates (no plan, not checked)."""
    folder = tmp_path / "rulesets"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / EXAMPLE.name)
    monkeypatch.setenv("TRACKER_RULESETS", str(folder))
    monkeypatch.setenv("TRACKER_USER_RULESETS", str(tmp_path / "user-rulesets"))
    save_project(Project(code="MID/1", title="Skills for youth", region=Region.AFRICA, countries=["TN"], stage=Stage.IMPLEMENTATION,
                         planned_start=dt.date(2024, 1, 1), planned_end=dt.date(2025, 12, 31), budget=Decimal("500000.00")),
                 allow_stage_change=True)
    save_project(Project(code="DESIGN/1", title="Not planned yet", region=Region.AFRICA, countries=["TN"]))
    return db


def _values(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _facts(rows: list[list[object]]) -> dict[object, object]:
    return {row[0]: row[1] for row in rows if row and row[0] is not None}


def test_the_summary_counts_the_changes_listed(portfolio, tmp_path):
    report = rule_set_impact(load_rule_set("example-tiered"), today=AS_OF)
    path = write_impact_workbook(tmp_path / "impact.xlsx", report)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Changes"]
    summary = _values(book["Summary"])
    facts = _facts(summary)
    assert facts["Rule set"] == "example-tiered v1: Example of a tiered evaluation policy (an illustration, not an adopted policy)"
    assert facts["In force from"] == "01 January 2027"
    assert facts["Date"] == "06 December 2026"
    assert facts["Projects checked"] == "1"  # the project in design has no dates: no plan to compare
    assert facts["Projects that would change"] == "1"
    header = next(i for i, row in enumerate(summary) if row[:4] == ["Change", "What it means", "Evaluations", "Projects"])
    counts = {row[0]: (row[2], row[3]) for row in summary[header + 1 : header + 5]}
    assert counts == {"Gains an evaluation": (1, 1), "Loses an evaluation": (2, 1), "An evaluation moves": (0, 0),
                      "Independence requirement changes": (0, 0)}
    total = summary[header + 5]
    first, last = header + 2, header + 5  # spreadsheet rows of the four counts
    assert total[:3] == ["Total", None, f"=SUM(C{first}:C{last})"]
    cached = _values(openpyxl.load_workbook(path, data_only=True)["Summary"])
    assert cached[header + 5][2] == 3 == len(report.rows)  # the total carries its value for readers that do not compute

    changes = _values(book["Changes"])
    assert changes[3] == ["Project", "Title", "Stage", "Would follow it", "Rule set now", "Change", "Evaluation", "Due now",
                          "Due after", "Why"]
    listed = {(row[5], row[6]): row for row in changes[4:]}
    assert len(changes[4:]) == 3
    gained = listed["Gains an evaluation", "Internal evaluation"]
    assert gained[:5] == ["MID/1", "Skills for youth", "Implementation", "No", "ilo-2002"]
    assert (gained[7], gained[8]) == (None, dt.datetime(2025, 9, 30))
    assert str(gained[9]).startswith("added: due 2025-09-30; budget US$500,000.00 is under US$1,000,000")
    lost = listed["Loses an evaluation", "Mid-term evaluation"]
    assert (lost[7], lost[8]) == (dt.datetime(2024, 12, 31), None)
    assert str(lost[9]).startswith("no longer required: ")
    # Printed: the list on landscape pages as wide as the paper, its header repeated on every page.
    sheet = book["Changes"]
    assert (sheet.freeze_panes, sheet.print_title_rows, sheet.page_setup.orientation) == ("B5", "$4:$4", "landscape")
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_workbook_speaks_the_readers_language(portfolio, tmp_path, language):
    report = rule_set_impact(load_rule_set("example-tiered"), today=AS_OF)  # computed in English
    path = write_impact_workbook(tmp_path / f"impact-{language}.xlsx", report, language=language)
    book = openpyxl.load_workbook(path)
    with using_language(language):
        summary_name, changes_name = translate("ImpactReport", "Summary"), translate("ImpactReport", "Changes")
        internal = EvaluationKind.INTERNAL.label
        gains = translate("Impact", "gains an evaluation")
    assert book.sheetnames == [summary_name, changes_name] != ["Summary", "Changes"]
    rows = _values(book[changes_name])[4:]
    gained = next(row for row in rows if row[6] == internal)
    assert gained[5] == gains[:1].upper() + gains[1:]
    assert internal != "Internal evaluation"
    # The reasons were worked out again in the reader's language: no English sentence is left.
    assert not any(str(row[9]).startswith(("added", "no longer required")) for row in rows)
    words = " ".join(str(cell) for row in _values(book[summary_name]) for cell in row if isinstance(cell, str))
    assert "Projects checked" not in words and "gains" not in words


def test_the_dry_run_of_stale_plans_and_a_nil_impact(portfolio, tmp_path):
    # Every plan is current: nothing would change, and the workbook says so.
    nil = write_impact_workbook(tmp_path / "nil.xlsx", stale_plan_impact(today=AS_OF))
    changes = _values(openpyxl.load_workbook(nil)["Changes"])
    assert changes[3] == ["Project", "Title", "Stage", "Rule set", "Change", "Evaluation", "Due now", "Due after", "Why"]
    assert changes[4][0] == "No project's evaluation plan would change."
    facts = _facts(_values(openpyxl.load_workbook(nil)["Summary"]))
    assert "Rule set" not in facts and facts["Projects that would change"] == "0"

    m.Project.update(planned_end=dt.date(2025, 6, 30)).where(m.Project.code == "MID/1").execute()  # behind the rules' back
    moved = _values(openpyxl.load_workbook(write_impact_workbook(tmp_path / "stale.xlsx", stale_plan_impact(today=AS_OF)))["Changes"])
    final = next(row for row in moved[4:] if row[5] == "Final evaluation")
    assert (final[4], final[6], final[7]) == ("An evaluation moves", dt.datetime(2025, 12, 31), dt.datetime(2025, 6, 30))


def test_a_wrong_file_name_is_refused_before_anything_is_written(portfolio, tmp_path):
    report = rule_set_impact(load_rule_set("example-tiered"), today=AS_OF)
    with pytest.raises(ReportError, match="must end in .xlsx"):
        write_impact_workbook(tmp_path / "impact.csv", report)
    assert list(tmp_path.glob("impact*")) == []
