"""Evaluation compliance: the small portfolio worked out by hand, and every demo project checked
against the domain's own compliance assessment (tracker.domain.rules.compliance.assess over the
rules engine's plan), a code path the report's SQL does not share."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.reports.conftest import AS_OF, find_row, load, rows_of
from tests.reports.formulas import Evaluator
from tracker.domain.classifications import Stage
from tracker.domain.rules.compliance import assess
from tracker.reports import write_compliance_report
from tracker.store import models as m
from tracker.store.projects import load_project, plan_for


@pytest.fixture
def compliance(small_db, tmp_path):
    book = load(write_compliance_report(tmp_path / "compliance.xlsx", AS_OF))
    return book, Evaluator(book)


def test_projects_sheet_lists_every_project_but_cancelled_ones(compliance):
    book, _ = compliance
    rows = {r[0]: r for r in rows_of(book["Projects"], 5)}
    assert list(rows) == ["AAA/21/01/DON", "BBB/22/01/UNX", "CCC/21/02/DON", "EEE/24/01"]
    # code: (required, completed, waived, open, overdue, independence, compliant)
    expected = {
        "AAA/21/01/DON": (3, 1, 0, 2, 2, "Not met", "No"),
        "BBB/22/01/UNX": (1, 1, 0, 0, 0, "Not required", "Yes"),
        "CCC/21/02/DON": (2, 1, 0, 1, 1, "Met", "No"),
        "EEE/24/01": (0, 0, 0, 0, 0, "Not required", "Not yet due"),  # in design: nothing due yet
    }
    assert {code: (*r[8:13], r[14], r[15]) for code, r in rows.items()} == expected
    assert rows["AAA/21/01/DON"][4] == "DON, FND" and rows["AAA/21/01/DON"][13] == dt.datetime(2023, 1, 1)
    assert rows["BBB/22/01/UNX"][7] == 110_000  # EUR 100,000 at the recorded 1.10
    assert "Rule set" not in [c.value for c in book["Projects"][4]]  # one rule set, named on the cover


def test_evaluations_sheet_flags_overdue_ones_with_days(compliance):
    book, _ = compliance
    rows = rows_of(book["Evaluations"], 5)
    overdue = [(r[0], r[3], r[7]) for r in rows if r[8] == "Overdue"]
    assert overdue == [("AAA/21/01/DON", "Annual review 2", 546), ("AAA/21/01/DON", "Final evaluation", 182),
                       ("CCC/21/02/DON", "Final evaluation", 366)]
    assert [r[8] for r in rows if r[8] != "Overdue"] == ["Done", "Done", "Done"]
    assert len(rows) == 6 and all(r[0] != "DDD/22/09/DON" for r in rows)
    assert book["Evaluations"].auto_filter.ref == "A4:L10"


def test_summary_by_region_with_live_totals(compliance):
    book, ev = compliance
    sheet = book["Summary"]
    africa, total = find_row(sheet, "Africa"), find_row(sheet, "Total")
    # Projects, not yet started, required, completed, overdue, projects overdue, independence required, met,
    # not met, compliant, % compliant, % independence met
    assert [ev.value("Summary", africa, c) for c in range(2, 14)] == [2, 0, 5, 2, 3, 2, 2, 1, 1, 0, 0, Decimal("0.5")]
    # % compliant leaves out the project not yet started: 1 compliant of 4 - 1 started
    assert [ev.value("Summary", total, c) for c in range(2, 12)] == [4, 1, 6, 3, 3, 2, 2, 1, 1, 1]
    assert ev.value("Summary", total, 12) == Decimal(1) / Decimal(3) and ev.value("Summary", total, 13) == Decimal("0.5")


def test_summary_by_partner_counts_a_project_under_each_of_its_partners(compliance):
    book, ev = compliance
    sheet = book["Summary"]
    foundation = find_row(sheet, "@Foundation Y (FND)")
    assert [ev.value("Summary", foundation, c) for c in range(2, 12)] == [1, 0, 3, 1, 2, 1, 1, 0, 1, 0]
    donorland = find_row(sheet, "Donorland (DON)")
    assert ev.value("Summary", donorland, 2) == 2
    nobody = find_row(sheet, "No partner (ILO regular budget, or none recorded)")
    assert [ev.value("Summary", nobody, c) for c in range(2, 4)] == [1, 1]
    assert ev.value("Summary", nobody, 12) == ""  # nothing started: no rate rather than 0.0 %
    everyone = find_row(sheet, "All projects (each counted once)")
    assert [ev.value("Summary", everyone, c) for c in range(2, 12)] == [4, 1, 6, 3, 3, 2, 2, 1, 1, 1]


def _on(evaluations, as_of: dt.date):
    """The evaluations as they stood on `as_of`: one completed later was still open then."""
    from dataclasses import replace

    from tracker.domain.classifications import EvaluationStatus

    return [replace(e, status=EvaluationStatus.IN_PROGRESS)
            if e.status is EvaluationStatus.COMPLETED and e.completed_on and e.completed_on > as_of else e for e in evaluations]


@pytest.mark.parametrize("as_of", [dt.date(2025, 3, 1), dt.date(2026, 12, 6)])
def test_demo_compliance_agrees_with_the_domain_assessment_of_every_project(demo_db, tmp_path, as_of):
    book = load(write_compliance_report(tmp_path / "c.xlsx", as_of))
    rows = {r[0]: r for r in rows_of(book["Projects"], 5)}
    live = [p.code for p in m.Project.select(m.Project.code).where(m.Project.stage != Stage.CANCELLED)]
    assert sorted(rows) == sorted(live)
    pipeline = (Stage.DESIGN, Stage.APPRAISAL, Stage.APPROVED)
    for code in live:
        project = load_project(code)
        plan = plan_for(project)
        evaluations = _on(project.evaluations, as_of)
        result = assess(evaluations, plan.independent_required if plan else False, as_of)
        row = rows[code]
        if project.stage in pipeline or (project.planned_start and project.planned_start > as_of):
            assert (row[12], row[14], row[15]) == (0, "Not yet due" if result.independent_required else "Not required",
                                                   "Not yet due"), code
            continue
        assert row[12] == len(result.overdue), code
        if not result.independent_required:
            assert row[14] == "Not required", code
        elif result.independent_met:
            assert row[14] == "Met", code
        else:  # not met: failed once the evaluation that must be independent is past due, or the project has ended
            end = project.actual_end or project.planned_end
            due = any(e.independence_required and e.mandatory and e.due < as_of for e in evaluations) or end < as_of
            assert row[14] == ("Not met" if due else "Not yet due"), code
        assert row[15] == ("Yes" if not result.overdue and row[14] != "Not met" else "No"), code


def test_projects_not_yet_started_are_not_yet_due_and_out_of_the_rate(demo_db, tmp_path):
    """Issue 13: RAF/26/01/EU (appraisal), RAS/27/01/TBD (design) and UZB/26/01/WB (approved,
    starting 1 December 2026) were counted non-compliant, the World Bank at 0.0 %."""
    as_of = dt.date(2026, 11, 30)
    book = load(write_compliance_report(tmp_path / "c.xlsx", as_of))
    ev = Evaluator(book)
    rows = {r[0]: r for r in rows_of(book["Projects"], 5)}
    for code in ("RAF/26/01/EU", "RAS/27/01/TBD", "UZB/26/01/WB"):
        assert rows[code][15] == "Not yet due" and rows[code][14] in ("Not yet due", "Not required"), code
        assert rows[code][12] == 0, code
    assert all(r[15] != "Not yet due" for code, r in rows.items() if code not in ("RAF/26/01/EU", "RAS/27/01/TBD", "UZB/26/01/WB"))
    evaluations = [r for r in rows_of(book["Evaluations"], 5) if r[0] in ("RAF/26/01/EU", "UZB/26/01/WB")]
    assert evaluations and {r[8] for r in evaluations} == {"Not yet due"}
    sheet = book["Summary"]
    world_bank = find_row(sheet, "World Bank (WB)")
    assert ev.value("Summary", world_bank, 3) == 1 and ev.value("Summary", world_bank, 12) == ""  # no rate, not 0.0 %
    total = find_row(sheet, "Total")
    projects, not_started, compliant = (ev.value("Summary", total, c) for c in (2, 3, 11))
    assert not_started == 3 and ev.value("Summary", total, 12) == Decimal(compliant) / Decimal(projects - not_started)
    notes = [c.value for row in book.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert any("left out of the compliance rate" in text for text in notes)


def test_stage_and_completions_are_judged_on_the_reference_date(small_db, tmp_path):
    """One reference date: the stage a project had that day (from its stage history), and an
    evaluation completed later was still open then."""
    from tracker.domain.classifications import Region, StrategicObjective
    from tracker.store.projects import change_stage, save_project

    idea = load_project("EEE/24/01")
    idea.region, idea.outcome = Region.AFRICA, StrategicObjective.EMPLOYMENT
    idea.planned_start, idea.planned_end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    save_project(idea)
    change_stage("EEE/24/01", "submit", on=dt.date(2024, 3, 1))
    before = load(write_compliance_report(tmp_path / "before.xlsx", dt.date(2024, 2, 1)))
    after = load(write_compliance_report(tmp_path / "after.xlsx", dt.date(2024, 3, 2)))
    assert {r[0]: r[3] for r in rows_of(before["Projects"], 5)}["EEE/24/01"] == "Design"
    assert {r[0]: r[3] for r in rows_of(after["Projects"], 5)}["EEE/24/01"] == "Appraisal"
    # CCC's mid-term evaluation, due 30 June 2022, was completed on 15 July 2022
    early = load(write_compliance_report(tmp_path / "early.xlsx", dt.date(2022, 7, 10)))
    midterm = [r for r in rows_of(early["Evaluations"], 5) if r[0] == "CCC/21/02/DON" and r[3] == "Mid-term evaluation"][0]
    assert (midterm[7], midterm[8]) == (10, "Overdue")
    assert {r[0]: r[14] for r in rows_of(early["Projects"], 5)}["CCC/21/02/DON"] == "Not yet due"  # final not yet due


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_reference_date_is_stated_on_the_cover_and_every_sheet(demo_db, tmp_path, language):
    from tracker.domain.i18n import using_language
    from tracker.reports.base import long_date

    as_of = dt.date(2025, 3, 1)
    book = load(write_compliance_report(tmp_path / "c.xlsx", as_of, language=language))
    with using_language(language):
        stated = long_date(as_of)
    cover = [c.value for row in book.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(stated in text for text in cover)
    for sheet in book.worksheets[1:]:
        assert stated in sheet["A1"].value and stated in sheet["A2"].value, sheet.title


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_must_be_independent_agrees_with_the_reason_of_every_evaluation(demo_db, tmp_path, language):
    """Issue 13: RER/23/01/EU's final evaluation said "independent: budget ..." in its reason with
    "must be independent" blank."""
    from tracker.domain.i18n import translate as translated
    from tracker.domain.i18n import using_language

    with using_language(language):
        marker = translated("EvaluationPlan", "{reason}; independent: {comparison}").format(reason="", comparison="")
        yes = translated("Report", "Yes")
    book = load(write_compliance_report(tmp_path / "c.xlsx", dt.date(2026, 12, 6), language=language))
    rows = rows_of(book.worksheets[-1], 5)
    assert len(rows) > 200
    for r in rows:
        assert (marker in r[11]) == (r[10] == yes), (r[0], r[3], r[10], r[11])
    final = [r for r in rows if r[0] == "RER/23/01/EU"][-1]
    assert final[10] != yes and marker not in final[11]


def test_nothing_to_report_is_a_nil_report_not_an_error(db, tmp_path):
    book = load(write_compliance_report(tmp_path / "nil.xlsx", dt.date(2025, 3, 1)))
    assert len(book.worksheets) == 1
    texts = [c.value for row in book.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(text.startswith("Nothing to report") and "1 March 2025" in text for text in texts)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_internal_words_on_any_page(demo_db, tmp_path, language):
    book = load(write_compliance_report(tmp_path / "c.xlsx", dt.date(2026, 12, 6), language=language))
    banned = ("seed", "domain reference", "tracker's", "(003:", "003:", "tracker show", "usd_rate", "ilo-2002:")
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not any(word in value.casefold() for word in banned), (sheet.title, value)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_lists_print_whole_on_a_page_width_with_long_texts_wrapped(demo_db, tmp_path, language):
    """Issue 13: Title and Reason ran off the page, "Completed on" ran into Reason."""
    book = load(write_compliance_report(tmp_path / "c.xlsx", dt.date(2026, 12, 6), language=language))
    projects, evaluations = book.worksheets[3], book.worksheets[4]
    for sheet in (projects, evaluations):
        widths = sum(sheet.column_dimensions[c].width or 0 for c in sheet.column_dimensions)
        assert widths <= 225 and sheet.page_setup.fitToWidth == 1 and sheet.page_setup.orientation == "landscape", sheet.title
    assert all(projects.cell(row=r, column=2).alignment.wrap_text for r in range(5, 15))  # titles
    assert all(evaluations.cell(row=r, column=12).alignment.wrap_text for r in range(5, 15))  # reasons
    # dates and counts sit together, away from the texts: the completion date is followed by the days overdue
    completed = [r[6] for r in rows_of(evaluations, 5) if r[6] is not None]
    assert completed and all(isinstance(v, dt.datetime) for v in completed)
    if language == "en":
        assert [c.value for c in evaluations[4]][5:9] == ["Due", "Completed on", "Days overdue", "On the date"]


def test_partners_are_named_once_and_their_names_wrap(demo_db, tmp_path):
    book = load(write_compliance_report(tmp_path / "c.xlsx", dt.date(2026, 12, 6)))
    sheet = book["Summary"]
    labels = [sheet.cell(row=r, column=1).value for r in range(1, sheet.max_row + 1)]
    assert "UNAIDS" in labels and "UNAIDS (UNAIDS)" not in labels
    assert "European Union (EU)" in labels and "Luxembourg (LUX)" in labels
    partner_rows = [r for r in range(1, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "UNAIDS"]
    assert sheet.cell(row=partner_rows[0], column=1).alignment.wrap_text
    # the Region table's header never repeats above the partner table
    assert sheet.print_title_rows != "$4:$4"
