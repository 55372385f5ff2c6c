"""Importing a filled-in workbook: round trip, re-import, updates, every class of problem,
all-or-nothing, and files that are not what they claim."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from tests.exchange.workbooks import (
    EVALUATION,
    EXPENDITURE,
    FUNDING,
    INDICATOR,
    PARTNER,
    PROJECT,
    fill,
    full_file,
    set_cell,
)
from tests.partner_helpers import audit_entries_added, partners_added
from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    Independence,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.exchange import workbook_read
from tracker.exchange.results import ImportRefused, UnreadableFile
from tracker.exchange.workbook_import import ImportCancelled, import_workbook
from tracker.store import models as m
from tracker.store.projects import load_project


def counts() -> dict[str, int]:
    """What imports write, besides the reference partners a new database holds."""
    return {"Partner": partners_added(), "AuditEntry": audit_entries_added(),
            **{model.__name__: model.select().count() for model in (m.Project, m.Funding, m.Expenditure, m.Evaluation, m.ResultIndicator)}}


def refused(path, **kwargs) -> list[str]:
    with pytest.raises(ImportRefused) as caught:
        import_workbook(path, **kwargs)
    return [str(p) for p in caught.value.problems]


# ---------------------------------------------------------------- round trip


def test_a_filled_template_creates_the_projects_and_their_records(db, tmp_path):
    report = import_workbook(full_file(tmp_path / "in.xlsx"))
    assert (report.created, report.updated, report.unchanged) == (6, 0, 0)
    project = load_project("SEN/25/01/LUX")
    assert project.title == "Decent jobs for young people in Senegal"
    assert project.stage is Stage.DESIGN and project.region is Region.AFRICA
    assert project.countries == ["SN", "ML"] and project.themes == [Theme.GENDER_EQUALITY, Theme.TRIPARTISM]
    assert project.outcome is StrategicObjective.EMPLOYMENT
    assert (project.planned_start, project.planned_end) == (dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    assert project.budget == Decimal("400000.00") and project.currency == "USD"
    [funding] = project.fundings
    assert (funding.partner_code, funding.modality, funding.amount, funding.currency, funding.usd_rate) == (
        "LUXDEV", FundingModality.EARMARKED, Decimal("360000.00"), "EUR", Decimal("1.08"))
    [line] = project.expenditures
    assert (line.year, line.month, line.expenditure_type, line.amount) == (2025, 3, ExpenditureType.TRAINING, Decimal("12500.50"))
    kinds = {e.kind: e for e in project.evaluations}
    # 24 months: the rules plan a mid-term and a final evaluation; the file adds an ex-post one.
    assert {EvaluationKind.MID_TERM, EvaluationKind.FINAL, EvaluationKind.EX_POST} <= set(kinds)
    assert kinds[EvaluationKind.EX_POST].independence is Independence.EXTERNAL
    [indicator] = project.indicators
    assert (indicator.target, indicator.achieved, indicator.women_share) == (Decimal(2000), Decimal(350), Decimal("48.5"))
    # Independent queries on the tables themselves.
    assert m.Partner.get(m.Partner.code == "LUXDEV").name == "Luxembourg Development"
    assert m.Funding.get().amount_usd == Decimal("388800.00")


def test_importing_the_same_file_again_changes_nothing(db, tmp_path):
    path = full_file(tmp_path / "in.xlsx")
    import_workbook(path)
    before = counts()
    version = load_project("SEN/25/01/LUX").version
    report = import_workbook(path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 6)
    assert counts() == before  # not one audit entry more
    assert load_project("SEN/25/01/LUX").version == version


def test_an_edited_cell_updates_just_that_value(db, tmp_path):
    path = full_file(tmp_path / "in.xlsx")
    import_workbook(path)
    audit = m.AuditEntry.select().count()
    set_cell(path, "Expenditure", 2, "Amount", 13000)
    report = import_workbook(path)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 5)
    assert load_project("SEN/25/01/LUX").expenditures[0].amount == Decimal("13000.00")
    [entry] = m.AuditEntry.select().where(m.AuditEntry.id > audit)
    assert (entry.table, entry.field, entry.old, entry.new) == ("expenditure", "amount", "12500.50", "13000.00")


def test_a_blank_cell_keeps_the_stored_value(db, tmp_path):
    path = full_file(tmp_path / "in.xlsx")
    import_workbook(path)
    set_cell(path, "Projects", 2, "Office", None)
    assert import_workbook(path).updated == 0
    assert load_project("SEN/25/01/LUX").office == "CO-Dakar"


def test_rows_for_a_stored_project_need_no_project_row(portfolio_db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {"Expenditure": [dict(EXPENDITURE, **{"Project code": "sen/20/01/lux"})]})
    report = import_workbook(path)
    assert report.created == 1
    assert len(load_project("SEN/20/01/LUX").expenditures) == 2


def test_a_new_project_takes_the_stage_the_sheet_gives(db, tmp_path):
    # Implementation is reached by Submit, Approve and Start implementation, whose guards the file's
    # project passes: a region, objective and dates, a budget and plan, a funding line.
    import_workbook(fill(tmp_path / "in.xlsx", {"Projects": [dict(PROJECT, Stage="implementation")],
                                                 "Partners": [PARTNER], "Funding": [FUNDING]}))
    assert load_project("SEN/25/01/LUX").stage is Stage.IMPLEMENTATION


def test_a_new_project_that_fails_the_guards_of_its_stage_is_refused_with_them(db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {"Projects": [dict(PROJECT, Stage="closed")]})
    [problem] = refused(path)
    assert problem.startswith("sheet Projects, row 2, column D (Stage): ")
    assert "cannot start in Closed" in problem
    assert "Start implementation: no implementation without at least one funding line" in problem
    assert "Close: record the actual end date before closing" in problem
    assert m.Project.select().count() == 0


def test_a_stage_change_for_an_existing_project_is_refused(db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {"Projects": [PROJECT]})
    import_workbook(path)
    set_cell(path, "Projects", 2, "Stage", "approved")
    [problem] = refused(path)
    assert problem.startswith("sheet Projects, row 2, column D (Stage): project SEN/25/01/LUX is in Design; the file says Approved")


def test_a_completed_evaluation_is_recorded_on_the_planned_one(db, tmp_path):
    row = {"Project code": "SEN/25/01/LUX", "Kind": "mid-term", "Status": "completed", "Independence": "independent-internal",
           "Completed on": dt.datetime(2026, 1, 20), "Evaluator": "EVAL office", "Rating relevance": 5, "Findings": "On track"}
    import_workbook(fill(tmp_path / "in.xlsx", {"Projects": [PROJECT], "Evaluations": [row]}))
    [mid] = [e for e in load_project("SEN/25/01/LUX").evaluations if e.kind is EvaluationKind.MID_TERM]
    assert mid.status is EvaluationStatus.COMPLETED and mid.completed_on == dt.date(2026, 1, 20) and mid.mandatory
    assert mid.ratings and mid.findings == "On track"


def test_a_dry_run_reports_the_counts_and_writes_nothing(db, tmp_path):
    report = import_workbook(full_file(tmp_path / "in.xlsx"), dry_run=True)
    assert report.dry_run and report.created == 6
    assert "would be imported" in report.summary()
    assert all(n == 0 for n in counts().values())


def test_a_cancelled_import_writes_nothing(db, tmp_path):
    with pytest.raises(ImportCancelled):
        import_workbook(full_file(tmp_path / "in.xlsx"), cancelled=lambda: True)
    assert all(n == 0 for n in counts().values())


# ---------------------------------------------------------------- problems


@pytest.mark.parametrize(
    ("sheet", "values", "expected"),
    [
        ("Projects", {"Planned start": "31/01/2025"}, "row 2, column K (Planned start): '31/01/2025' is not a date; use YYYY-MM-DD"),
        ("Projects", {"Region": "Oceania"}, "column E (Region): 'Oceania' is not a region; use one of: africa"),
        ("Projects", {"Budget": "a lot"}, "column N (Budget): 'a lot' is not a number"),
        ("Projects", {"Title": None}, "column B (Title): Title is required"),
        ("Projects", {"Countries": "SN, Atlantis"}, "column F (Countries): 'Atlantis' is not a known country"),
        ("Projects", {"Planned end": "2024-01-01"}, "column L (Planned end): the planned end is before the planned start"),
        ("Projects", {"Currency": "EUR"}, "column P (US$ rate): no US$ rate for EUR on 2025-01-01"),
        ("Projects", {"Budget": 100.123}, "column N (Budget): amounts are kept to the cent"),
        ("Projects", {"Themes": "gender, fun"}, "column H (Themes): 'gender' is not a cross-cutting theme"),
        ("Projects", {"Mid-term review agreed": "perhaps"}, "'perhaps' is not yes or no"),
        ("Projects", {"Code": "?bad"}, "column A (Code): use 2-100 letters"),
        ("Projects", {"Stage": "suspended"}, "a new project cannot start suspended"),
    ],
)
def test_each_bad_project_cell_is_named_with_its_reason(db, tmp_path, sheet, values, expected):
    path = fill(tmp_path / "in.xlsx", {sheet: [dict(PROJECT, **values)]})
    problems = refused(path)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith("sheet Projects, row 2") for p in problems)


@pytest.mark.parametrize(
    ("sheet", "row", "expected"),
    [
        ("Funding", dict(FUNDING, **{"Partner code": "NOPE"}), "sheet Funding, row 2, column B (Partner code): no partner NOPE"),
        ("Funding", dict(FUNDING, Amount=0), "sheet Funding, row 2, column E (Amount): the amount must be greater than zero"),
        ("Funding", dict(FUNDING, **{"Partner code": None}), "column B (Partner code): Earmarked extra-budgetary (XB) funding needs a partner"),
        ("Funding", dict(FUNDING, Modality="grant"), "column C (Modality): 'grant' is not a funding modality"),
        ("Funding", dict(FUNDING, **{"Approved on": 45000}), "column D (Approved on): 45000 is a number, not a date"),
        ("Expenditure", dict(EXPENDITURE, Month=13), "sheet Expenditure, row 2, column C (Month): 13 is not a month"),
        ("Expenditure", dict(EXPENDITURE, Year=2025.5), "column B (Year): '2025.5' is not a whole number"),
        ("Expenditure", dict(EXPENDITURE, **{"Type of expenditure": "travel"}), "'travel' is not a type of expenditure"),
        ("Expenditure", dict(EXPENDITURE, **{"Project code": "XXX/1"}), "no project XXX/1 on the Projects sheet or in tracker (expenditure row"),
        ("Evaluations", dict(EVALUATION, **{"Project code": "XXX/1"}), "sheet Evaluations, row 2, column A (Project code): no project XXX/1"),
        ("Evaluations", dict(EVALUATION, Due=None), "column D (Due): the rules do not plan a ex-post evaluation"),
        ("Evaluations", dict(EVALUATION, Status="completed"), "column G (Completed on): a completed evaluation needs its completion date"),
        ("Evaluations", dict(EVALUATION, **{"Rating impact": 9}), "column L (Rating impact): ratings run from 1"),
        ("Evaluations", dict(EVALUATION, Status="waived"), "column O (Waiver reason): a waived evaluation needs the reason"),
        ("Result indicators", dict(INDICATOR, **{"Women %": 120}), "column G (Women %): the share of women is a percentage between 0 and 100"),
        ("Partners", dict(PARTNER, Category="non-state"), "sheet Partners, row 2, column D (Non-state kind): say which kind"),
    ],
)
def test_each_bad_record_row_is_named_with_its_reason(db, tmp_path, sheet, row, expected):
    sheets = {"Partners": [PARTNER], "Projects": [PROJECT]}
    sheets[sheet] = [row]
    problems = refused(fill(tmp_path / "in.xlsx", sheets))
    assert any(expected in p for p in problems), problems


def test_duplicates_in_the_file_are_refused(db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {
        "Projects": [PROJECT, dict(PROJECT, Code="sen/25/01/lux")],
        "Expenditure": [EXPENDITURE, EXPENDITURE],
    })
    problems = refused(path)
    assert "sheet Projects, row 3, column A (Code): project sen/25/01/lux is already on row 2; a code appears once in the file" in problems
    assert any(p.startswith("sheet Expenditure, row 3") and "already on row 2" in p for p in problems)


def test_every_problem_is_reported_at_once(db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {
        "Projects": [dict(PROJECT, Region="Oceania", Budget="x"), dict(PROJECT, Code="B/2", **{"Planned start": "soon"})],
        "Expenditure": [dict(EXPENDITURE, Month=0)],
    })
    problems = refused(path)
    assert len(problems) == 4
    assert {p.split(",")[0] for p in problems} == {"sheet Projects", "sheet Expenditure"}


def test_one_bad_row_among_good_ones_writes_nothing(db, tmp_path):
    good = [dict(PROJECT, Code=f"GEN/{i:02d}") for i in range(20)]
    path = fill(tmp_path / "in.xlsx", {
        "Partners": [PARTNER],
        "Projects": good,
        "Expenditure": [dict(EXPENDITURE, **{"Project code": f"GEN/{i:02d}"}) for i in range(20)]
        + [dict(EXPENDITURE, **{"Project code": "GEN/05", "Year": 2026, "Amount": "twelve"})],
    })
    problems = refused(path)
    assert problems == ["sheet Expenditure, row 22, column E (Amount): 'twelve' is not a number"]
    assert all(n == 0 for n in counts().values())


def test_a_refusal_found_by_the_store_rolls_back_what_was_written(db, tmp_path, monkeypatch):
    from tracker.domain.errors import FieldProblem, ValidationError
    from tracker.exchange import workbook_import

    path = fill(tmp_path / "in.xlsx", {"Projects": [dict(PROJECT, Code=f"GEN/{i:02d}") for i in range(4)]})
    import_workbook(path)
    before = counts()
    for row in range(2, 6):
        set_cell(path, "Projects", row, "Title", f"Renamed {row}")
    real = workbook_import.save_project

    def failing(project, who=None, **kwargs):
        if project.code == "GEN/02":
            raise ValidationError(FieldProblem("title", "refused by the store"))
        return real(project, who, **kwargs)

    monkeypatch.setattr(workbook_import, "save_project", failing)
    assert refused(path) == ["sheet Projects, row 4, column B (Title): refused by the store"]
    assert counts() == before
    assert [p.title for p in map(load_project, ("GEN/00", "GEN/01", "GEN/03"))] == [PROJECT["Title"]] * 3


def test_new_projects_get_the_audit_trail_and_plan_save_project_would_write(db, tmp_path):
    from tracker.domain.project import Expenditure, Project
    from tracker.store.projects import save_project

    import_workbook(fill(tmp_path / "in.xlsx", {"Projects": [PROJECT], "Expenditure": [EXPENDITURE]}))
    imported = load_project("SEN/25/01/LUX")
    reference, _ = save_project(Project(
        code="REF/1", title=imported.title, region=imported.region, countries=list(imported.countries), outcome=imported.outcome,
        themes=list(imported.themes), office=imported.office, officer=imported.officer, planned_start=imported.planned_start,
        planned_end=imported.planned_end, budget=imported.budget,
        expenditures=[Expenditure(2025, ExpenditureType.TRAINING, Decimal("12500.50"), month=3)]))
    def trail(code):
        return sorted((e.table, e.action, e.field) for e in m.AuditEntry.select().where(m.AuditEntry.project_code == code))
    assert trail("SEN/25/01/LUX") == trail("REF/1")
    assert [(e.kind, e.due, e.mandatory) for e in imported.evaluations] == [(e.kind, e.due, e.mandatory) for e in reference.evaluations]
    assert imported.version == reference.version == 1


def test_unknown_columns_and_sheets_are_ignored_and_listed(db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {"Projects": [PROJECT]})
    book = openpyxl.load_workbook(path)
    book["Projects"].cell(row=1, column=30, value="My notes")
    book.create_sheet("Scratch")["A1"] = "x"
    book.save(path)
    report = import_workbook(path)
    assert report.created == 1
    assert any("My notes" in s for s in report.skipped) and any("Scratch" in s for s in report.skipped)


# ---------------------------------------------------------------- malformed files


def test_a_missing_or_renamed_required_header_is_refused(db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {"Projects": [PROJECT]})
    book = openpyxl.load_workbook(path)
    book["Projects"]["B1"] = "Project title"
    book.save(path)
    problems = refused(path)
    assert any("sheet Projects, row 1, column Title: the required column 'Title *' is missing" in p for p in problems)


def test_a_workbook_without_the_template_sheets_is_refused(db, tmp_path):
    path = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "hello"
    book.save(path)
    with pytest.raises(UnreadableFile, match="none of the import template's sheets"):
        import_workbook(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Code,Title\nA/1,Something\n", "text \\(CSV\\) file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
        (b"", "is empty"),
    ],
)
def test_files_that_are_not_workbooks_are_refused(db, tmp_path, content, message):
    path = tmp_path / "claims.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=message):
        import_workbook(path)


def test_a_truncated_workbook_is_refused(db, tmp_path):
    whole = full_file(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnreadableFile, match="damaged or truncated"):
        import_workbook(path)


def test_a_workbook_with_a_corrupt_sheet_is_refused(db, tmp_path):
    good = full_file(tmp_path / "whole.xlsx")
    path = tmp_path / "corrupt.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(UnreadableFile):
        import_workbook(path)


def test_huge_declared_dimensions_are_refused_before_reading(db, tmp_path):
    good = fill(tmp_path / "whole.xlsx", {"Projects": [PROJECT]})
    path = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet") and b"<dimension" in data:
                start = data.index(b"<dimension")
                end = data.index(b"/>", start) + 2
                data = data[:start] + b'<dimension ref="A1:Q5000000"/>' + data[end:]
            target.writestr(item, data)
    with pytest.raises(UnreadableFile, match="at most 1,000,000 rows"):
        import_workbook(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(db, tmp_path):
    good = fill(tmp_path / "whole.xlsx", {"Projects": [PROJECT]})
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename))
        target.writestr("xl/media/padding.bin", b"\x00" * 50_000_000)
    with pytest.raises(UnreadableFile, match="zip bomb"):
        import_workbook(path)


def test_rows_past_the_limit_are_refused(db, tmp_path, monkeypatch):
    monkeypatch.setattr(workbook_read, "MAX_ROWS", 5)
    path = fill(tmp_path / "in.xlsx", {"Projects": [dict(PROJECT, Code=f"GEN/{i:02d}") for i in range(8)]})
    with pytest.raises(UnreadableFile, match="at most 5 rows"):
        import_workbook(path)
    assert m.Project.select().count() == 0


def test_an_iati_file_is_not_taken_for_a_workbook(db, tmp_path):
    path = tmp_path / "activities.xlsx"
    path.write_text("<?xml version='1.0'?><iati-activities version='2.03'></iati-activities>")
    with pytest.raises(UnreadableFile, match="IATI activity file"):
        import_workbook(path)


@pytest.fixture
def portfolio_db(db):
    from tests.gui.factories import small_portfolio

    small_portfolio()
    return db


def test_the_batch_reader_reads_projects_as_load_project_does(demo_db):
    from tracker.store.bulk_reads import load_projects

    codes = [code for (code,) in m.Project.select(m.Project.code).tuples()]
    batch = load_projects(codes)
    assert len(batch) == len(codes) > 50
    for code in codes:
        assert batch[code] == load_project(code), code


def test_the_bulk_insert_stores_what_a_peewee_insert_stores(db):
    from tracker.domain.project import Funding
    from tracker.store import mapping as mp
    from tracker.store.bulk import bulk_insert
    from tracker.store.partners import find_partner

    partner = find_partner("LUX")  # a reference partner of every new database
    one = Funding(FundingModality.VOLUNTARY_CORE, Decimal("1234.56"), "EUR", dt.date(2025, 2, 3), "LUX", usd_rate=Decimal("1.0825"))
    two = Funding(FundingModality.VOLUNTARY_CORE, Decimal("1234.56"), "EUR", dt.date(2025, 2, 3), "LUX", usd_rate=Decimal("1.0825"))
    m.Funding.insert(mp.funding_columns(one, None, partner.id)).execute()
    bulk_insert(m.Funding, [mp.funding_columns(two, None, partner.id)])
    stored = m.Funding._meta.database.execute_sql("SELECT * FROM funding ORDER BY id").fetchall()
    assert [row[2:] for row in stored[:1]] == [row[2:] for row in stored[1:]]


def test_a_row_matching_several_stored_records_is_refused(portfolio_db, tmp_path):
    from tracker.domain.project import Expenditure
    from tracker.store.projects import save_project

    project = load_project("SEN/20/01/LUX")
    project.expenditures.append(Expenditure(2020, ExpenditureType.TRAINING, Decimal("5.00")))  # same year, month, type
    save_project(project)
    before = counts()
    row = {"Project code": "SEN/20/01/LUX", "Year": 2020, "Type of expenditure": "training", "Amount": 1}
    [problem] = refused(fill(tmp_path / "in.xlsx", {"Expenditure": [row]}))
    assert problem == "sheet Expenditure, row 2, column A (Project code): the project already has 2 records that match this row; edit them in tracker"
    assert counts() == before
