"""What an IATI import may and may not do: stages only through the project cycle, country shares
only when the file gives them, no DTD or entity ever processed, and bad values skipped with their
reason or refused in one sentence, never an internal error."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from tests.cli_helpers import one_sentence
from tests.partner_helpers import ensure_partner
from tracker.cli import main
from tracker.domain import project as d
from tracker.domain.classifications import (
    EvaluationStatus,
    FundingModality,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.exchange import iati_codes as c
from tracker.exchange.detect import detect_kind
from tracker.exchange.iati_export import export_iati
from tracker.exchange.iati_import import import_iati, stage_route
from tracker.exchange.results import UnreadableFile
from tracker.store.audit import history
from tracker.store.database import close_database
from tracker.store.errors import StoreError
from tracker.store.projects import change_stage, load_project, save_project, stage_history
from tracker.store.queries import portfolio_rows

TODAY = dt.date(2026, 11, 25)


# ---------------------------------------------------------------- small files and projects


def activity(
    code: str = "XX-DEV-1",
    *,
    status: str | None = "2",
    title: str = "Decent work for young people",
    region: str | None = "298",
    sector: str | None = "16020",
    dates: dict[str, str] | None = None,
    countries: list[tuple[str, str | None]] | None = None,
    budget: str | None = "500000",
    funding: str | None = "400000",
    funding_date: str = "2024-02-01",
    extra: str = "",
) -> str:
    """One IATI 2.03 activity, in US$, written the way other publishers write them."""
    dates = {"1": "2024-01-01", "3": "2025-12-31"} if dates is None else dates
    parts = [f"<iati-identifier>{code}</iati-identifier>", '<reporting-org ref="XX-DEV" type="21"><narrative>Dev</narrative></reporting-org>']
    parts.append(f"<title><narrative>{title}</narrative></title>")
    parts.append("<description><narrative>Jobs and skills.</narrative></description>")
    parts.append('<participating-org ref="XM-DAC-6-4" role="1" type="10"><narrative>Luxembourg</narrative></participating-org>')
    if status is not None:
        parts.append(f'<activity-status code="{status}"/>')
    parts += [f'<activity-date type="{kind}" iso-date="{on}"/>' for kind, on in dates.items()]
    for country, share in countries or []:
        parts.append(f'<recipient-country code="{country}"' + (f' percentage="{share}"' if share is not None else "") + "/>")
    if region is not None and not countries:
        parts.append(f'<recipient-region code="{region}" vocabulary="1"/>')
    if sector is not None:
        parts.append(f'<sector vocabulary="1" code="{sector}" percentage="100"/>')
    if budget is not None:
        parts.append(f'<budget type="1" status="2"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value value-date="2024-01-01">{budget}</value></budget>')
    if funding is not None:
        parts.append(
            f'<transaction><transaction-type code="11"/><transaction-date iso-date="{funding_date}"/><value value-date="{funding_date}">{funding}</value>'
            '<provider-org ref="XM-DAC-6-4" type="10"><narrative>Luxembourg</narrative></provider-org></transaction>'
        )
    parts.append(extra)
    return '<iati-activity default-currency="USD" xml:lang="en">' + "".join(parts) + "</iati-activity>"


def iati_file(path: Path, *activities: str, prologue: str = "") -> Path:
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>{prologue}<iati-activities version="2.03">{"".join(activities)}</iati-activities>', encoding="utf-8")
    return path


def ready_project(code: str = "XX-DEV-1", *, stage: Stage = Stage.IMPLEMENTATION, countries: tuple[str, ...] = ()) -> d.Project:
    """A project with everything the cycle asks for, moved to `stage` by its actions."""
    ensure_partner(d.Partner(code="LUX", name="Luxembourg", category=PartnerCategory.MULTI_BILATERAL))
    project = d.Project(
        code=code,
        title="Decent work for young people",
        description="Jobs and skills.",
        region=Region.AFRICA,
        countries=list(countries),
        outcome=StrategicObjective.EMPLOYMENT,
        planned_start=dt.date(2024, 1, 1),
        planned_end=dt.date(2025, 12, 31),
        budget=Decimal("500000.00"),
    )
    project.fundings.append(d.Funding(modality=FundingModality.EARMARKED, amount=Decimal("400000.00"), currency="USD", approved_on=dt.date(2024, 2, 1), partner_code="LUX"))
    save_project(project)
    route = stage_route(Stage.DESIGN, None, stage)
    assert isinstance(route, list)
    for action in route:
        change_stage(code, action, "ready", on=dt.date(2024, 1, 15))
    return load_project(code)


def set_status(path: Path, code: str, *, stage: Stage | None = None) -> Path:
    """Say another activity status in an exported file (tracker's exact stage too, or not at all:
    then the file reads as another publisher's)."""
    tree = etree.parse(str(path))
    for element in tree.iter("activity-status"):
        element.set("code", code)
        element.attrib.pop(c.EXT + "stage", None)
        if stage is not None:
            element.set(c.EXT + "stage", stage.value)
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    return path


def actions(code: str) -> list[str]:
    return [entry.action for entry in stage_history(code)]


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    finally:
        close_database()
    out, err = capsys.readouterr()
    return code, out, err




# ---------------------------------------------------------------- stages through the cycle


def test_a_closed_status_does_not_close_a_project_whose_guards_refuse(db, tmp_path):
    ready_project()
    path = set_status(export_iati(tmp_path / "p.xml"), "4")
    audit_before = len(history("XX-DEV-1"))
    report = import_iati(path, today=TODAY)
    project = load_project("XX-DEV-1")
    # The way to Closed is Begin evaluation and closing (no guards), then Close, which needs the
    # actual end date and the mandatory evaluations done or waived: refused, so the project
    # stays where it was (the whole way or not at all), and nothing of the route is recorded.
    assert project.stage is Stage.IMPLEMENTATION
    assert actions("XX-DEV-1") == ["submit", "approve", "start"]
    [refusal] = [s for s in report.refused if "stage change refused" in s]
    assert refusal.startswith("XX-DEV-1: stage change refused: 'Close' (on the way to Closed, as the file says): ")
    assert "record the actual end date before closing" in refusal and "the project stays in Implementation" in refusal
    assert [e for e in history("XX-DEV-1")[: len(history("XX-DEV-1")) - audit_before] if e.action == "stage"] == []
    assert (report.updated, report.unchanged) == (0, 1)


def test_a_closed_status_closes_a_project_that_passes_every_guard(db, tmp_path):
    project = ready_project()
    project.actual_end = dt.date(2025, 12, 31)
    for evaluation in project.evaluations:
        if evaluation.mandatory:
            evaluation.status, evaluation.waiver_reason = EvaluationStatus.WAIVED, "covered by the country programme review"
    save_project(project)
    path = set_status(export_iati(tmp_path / "p.xml"), "4", stage=Stage.CLOSED)
    report = import_iati(path, today=TODAY)
    assert load_project("XX-DEV-1").stage is Stage.CLOSED
    assert actions("XX-DEV-1")[-2:] == ["begin-closing", "close"]
    assert not report.refused


def test_no_action_leads_back_from_closed_so_the_project_stays_closed(db, tmp_path):
    project = ready_project()
    path = export_iati(tmp_path / "p.xml")  # says Implementation
    project.actual_end = dt.date(2025, 12, 31)
    for evaluation in project.evaluations:
        if evaluation.mandatory:
            evaluation.status, evaluation.waiver_reason = EvaluationStatus.WAIVED, "joint evaluation"
    save_project(project)
    change_stage("XX-DEV-1", "begin-closing")
    change_stage("XX-DEV-1", "close")
    history_before = actions("XX-DEV-1")
    report = import_iati(path, today=TODAY)
    assert load_project("XX-DEV-1").stage is Stage.CLOSED and actions("XX-DEV-1") == history_before
    assert any(
        s.startswith("XX-DEV-1: stage change refused: no project-cycle action leads from Closed to Implementation; the project stays in Closed")
        for s in report.refused
    )


def test_a_status_that_already_describes_the_stage_asks_for_no_change(db, tmp_path):
    # IATI 2 "Implementation" covers tracker's Approved and Implementation: another publisher's
    # status 2 leaves an approved project approved.
    ready_project(stage=Stage.APPROVED)
    path = set_status(export_iati(tmp_path / "p.xml"), "2")
    report = import_iati(path, today=TODAY)
    assert load_project("XX-DEV-1").stage is Stage.APPROVED
    assert (report.updated, report.unchanged) == (0, 1) and not report.skipped and not report.refused


def test_cancelled_and_suspended_statuses_take_their_actions_with_the_file_as_reason(db, tmp_path):
    ready_project()
    suspended = set_status(export_iati(tmp_path / "p.xml"), "6")
    import_iati(suspended, today=TODAY)
    project = load_project("XX-DEV-1")
    assert (project.stage, project.suspended_from) == (Stage.SUSPENDED, Stage.IMPLEMENTATION)
    assert stage_history("XX-DEV-1")[-1].reason == "IATI import of p.xml: activity status 6 (Suspended)"
    resumed = set_status(export_iati(tmp_path / "again.xml"), "2")
    import_iati(resumed, today=TODAY)
    assert load_project("XX-DEV-1").stage is Stage.IMPLEMENTATION and actions("XX-DEV-1")[-2:] == ["suspend", "resume"]
    cancelled = set_status(export_iati(tmp_path / "cancel.xml"), "5")
    import_iati(cancelled, today=TODAY)
    assert load_project("XX-DEV-1").stage is Stage.CANCELLED and actions("XX-DEV-1")[-1] == "cancel"


def test_a_new_project_starts_in_design_and_goes_through_the_cycle(db, tmp_path):
    path = iati_file(tmp_path / "new.xml", activity(dates={"1": "2024-01-01", "2": "2024-03-04", "3": "2025-12-31"}))
    report = import_iati(path, today=TODAY)
    assert report.created == 1 and not report.refused  # the project; Luxembourg is a reference partner already there
    assert load_project("XX-DEV-1").stage is Stage.IMPLEMENTATION
    entries = stage_history("XX-DEV-1")
    assert [(e.from_stage, e.to_stage, e.action) for e in entries] == [
        (Stage.DESIGN, Stage.APPRAISAL, "submit"),
        (Stage.APPRAISAL, Stage.APPROVED, "approve"),
        (Stage.APPROVED, Stage.IMPLEMENTATION, "start"),
    ]
    # The start is dated the file's actual start; the others the day of the import.
    assert [e.changed_on for e in entries] == [TODAY, TODAY, dt.date(2024, 3, 4)]
    trail = history("XX-DEV-1")
    assert any(e.action == "insert" and e.table == "project" for e in trail)
    assert [e.new for e in reversed(trail) if e.action == "stage"] == ["appraisal", "approved", "implementation"]


def test_a_new_project_stops_where_a_guard_refuses(db, tmp_path):
    path = iati_file(tmp_path / "new.xml", activity(funding=None))
    report = import_iati(path, today=TODAY)
    assert load_project("XX-DEV-1").stage is Stage.APPROVED
    assert any(
        s.startswith("XX-DEV-1: stage change refused: 'Start implementation'")
        and "no implementation without at least one funding line" in s
        and s.endswith("the project stays in Approved")
        for s in report.refused
    )


def test_a_start_without_an_actual_start_date_is_not_exported_as_one(db, tmp_path):
    import_iati(iati_file(tmp_path / "new.xml", activity()), today=TODAY)
    assert load_project("XX-DEV-1").stage is Stage.IMPLEMENTATION
    assert c.UNDATED_START in stage_history("XX-DEV-1")[-1].reason
    element = etree.parse(str(export_iati(tmp_path / "out.xml"))).getroot().find("iati-activity")
    assert [e.get("type") for e in element.findall("activity-date")] == ["1", "3"]


def test_reimporting_after_a_refusal_changes_nothing(db, tmp_path):
    ready_project()
    path = set_status(export_iati(tmp_path / "p.xml"), "4")
    import_iati(path, today=TODAY)
    stored = load_project("XX-DEV-1")
    trail, steps = len(history("XX-DEV-1")), actions("XX-DEV-1")
    report = import_iati(path, today=TODAY)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)
    assert any("stage change refused: 'Close'" in s for s in report.refused)  # said again, not done
    assert load_project("XX-DEV-1").version == stored.version
    assert (len(history("XX-DEV-1")), actions("XX-DEV-1")) == (trail, steps)


@pytest.mark.parametrize(
    ("current", "suspended_from", "target", "expected"),
    [
        (Stage.DESIGN, None, Stage.IMPLEMENTATION, ["submit", "approve", "start"]),
        (Stage.IMPLEMENTATION, None, Stage.CLOSED, ["begin-closing", "close"]),
        (Stage.APPRAISAL, None, Stage.DESIGN, ["return-to-design"]),
        (Stage.SUSPENDED, Stage.APPROVED, Stage.EVALUATION_AND_CLOSING, ["resume", "start", "begin-closing"]),
        (Stage.DESIGN, None, Stage.SUSPENDED, ["submit", "approve", "start", "suspend"]),
        (Stage.APPROVED, None, Stage.SUSPENDED, ["suspend"]),
        (Stage.EVALUATION_AND_CLOSING, None, Stage.CANCELLED, ["cancel"]),
        (Stage.IMPLEMENTATION, None, Stage.IMPLEMENTATION, []),
    ],
)
def test_the_route_through_the_cycle(current, suspended_from, target, expected):
    assert stage_route(current, suspended_from, target) == expected


@pytest.mark.parametrize(
    ("current", "target"),
    [(Stage.CLOSED, Stage.IMPLEMENTATION), (Stage.CANCELLED, Stage.DESIGN), (Stage.IMPLEMENTATION, Stage.DESIGN), (Stage.CLOSED, Stage.CANCELLED)],
)
def test_no_route_leads_back(current, target):
    assert stage_route(current, None, target) == f"no project-cycle action leads from {current.label} to {target.label}"


# ---------------------------------------------------------------- country shares


def test_shares_tracker_computed_for_its_export_are_not_imported(db, tmp_path):
    ready_project(countries=("BJ", "TG"))
    path = export_iati(tmp_path / "p.xml")
    shares = {e.get("code"): (e.get("percentage"), e.get(c.EXT + "computed-share")) for e in etree.parse(str(path)).iter("recipient-country")}
    assert shares == {"BJ": ("50", "true"), "TG": ("50", "true")}  # IATI wants 100 in all
    trail = len(history("XX-DEV-1"))
    report = import_iati(path, today=TODAY)
    assert (report.updated, report.unchanged) == (0, 1)
    assert load_project("XX-DEV-1").country_shares == {} and len(history("XX-DEV-1")) == trail


def test_shares_are_written_only_when_the_file_gives_them(db, tmp_path):
    given = iati_file(tmp_path / "given.xml", activity(countries=[("BJ", "70"), ("TG", "30")]))
    import_iati(given, today=TODAY)
    assert load_project("XX-DEV-1").country_shares == {"BJ": Decimal(70), "TG": Decimal(30)}
    silent = iati_file(tmp_path / "silent.xml", activity(countries=[("BJ", None), ("TG", None)]))
    report = import_iati(silent, today=TODAY)
    assert load_project("XX-DEV-1").country_shares == {"BJ": Decimal(70), "TG": Decimal(30)}  # kept, not split
    assert report.unchanged == 1
    import_iati(iati_file(tmp_path / "new.xml", activity("XX-DEV-2", countries=[("BJ", None), ("TG", None)])), today=TODAY)
    assert load_project("XX-DEV-2").country_shares == {}


def test_reimporting_the_same_file_changes_nothing_on_any_table(db, tmp_path):
    path = iati_file(tmp_path / "p.xml", activity(countries=[("BJ", "60"), ("TG", None)]), activity("XX-DEV-2", status="4", countries=[("NE", None)]))
    import_iati(path, today=TODAY)
    state = {code: (load_project(code), len(history(code)), actions(code)) for code in ("XX-DEV-1", "XX-DEV-2")}
    report = import_iati(path, today=TODAY + dt.timedelta(days=3))
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert {code: (load_project(code), len(history(code)), actions(code)) for code in state} == state


# ---------------------------------------------------------------- XML safety, by the parser


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-4711")
    return path


def _evil(tmp_path: Path, prologue: str, title: str = "&s;") -> Path:
    return iati_file(tmp_path / "evil.xml", activity(title=title), prologue=prologue)


def _cases(secret: Path) -> dict[str, tuple[str, str]]:
    url = secret.as_uri()
    return {
        # The old check looked for a DOCTYPE before the first "<iati-activities" in the text:
        # a comment naming the root came first, and the entity text was silently dropped.
        "comment-before-doctype": (f'<!-- <iati-activities version="2.03"> --><!DOCTYPE iati-activities [<!ENTITY s SYSTEM "{url}">]>', "&s;"),
        "parameter-entities": (f'<!DOCTYPE iati-activities [<!ENTITY % p SYSTEM "{url}"> %p;]>', "Decent work"),
        "billion-laughs": (
            '<!DOCTYPE iati-activities [<!ENTITY l "lol"><!ENTITY l1 "&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;">'
            '<!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;">]>',
            "&l3;",
        ),
        "doctype-after-processing-instruction": (f'<?publisher tool="x"?><!DOCTYPE iati-activities [<!ENTITY s SYSTEM "{url}">]>', "&s;"),
        "long-comment-then-doctype": ("<!--" + "x" * 70_000 + f'--><!DOCTYPE iati-activities [<!ENTITY s SYSTEM "{url}">]>', "&s;"),
        "external-dtd": ('<!DOCTYPE iati-activities SYSTEM "http://example.invalid/iati.dtd">', "Decent work"),
    }


CASES = ["comment-before-doctype", "parameter-entities", "billion-laughs", "doctype-after-processing-instruction", "long-comment-then-doctype", "external-dtd"]


@pytest.mark.parametrize("case", CASES)
def test_a_doctype_anywhere_in_the_prologue_is_refused_by_the_parser(db, tmp_path, secret, case, monkeypatch):
    from tracker.exchange import iati_xml

    asked: list[str] = []
    monkeypatch.setattr(iati_xml._NothingExternal, "resolve", lambda self, url, pubid, context: asked.append(url))
    prologue, title = _cases(secret)[case]
    path = _evil(tmp_path, prologue, title)
    with pytest.raises(UnreadableFile, match="declares a DOCTYPE") as refused:
        import_iati(path)
    assert "refused for safety" in str(refused.value) and str(refused.value).count(". ") == 0
    with pytest.raises(UnreadableFile, match="declares a DOCTYPE"):
        detect_kind(path)
    assert portfolio_rows() == [] and asked == []  # nothing written, nothing fetched


@pytest.mark.parametrize("case", CASES)
def test_the_command_line_refuses_it_in_one_sentence_and_the_secret_never_reaches_the_database(capsys, tmp_path, secret, case):
    prologue, title = _cases(secret)[case]
    path = _evil(tmp_path, prologue, title)
    database = tmp_path / "t.sqlite3"
    code, _, err = run(capsys, "--db", str(database), "import", str(path))
    assert code == 1 and "declares a DOCTYPE" in one_sentence(err)
    assert not database.exists() or b"TOP-SECRET" not in database.read_bytes()


def test_a_long_comment_before_the_root_does_not_hide_an_iati_file(db, tmp_path):
    path = iati_file(tmp_path / "long.xml", activity(), prologue="<!--" + "x" * 70_000 + "-->")
    assert detect_kind(path) == "iati"
    assert import_iati(path, today=TODAY).created == 1  # the project (its partner is a reference partner)


@pytest.mark.parametrize("title", ["Decent&#0;work", "Decent\x00work", "Decent&#1;work"])
def test_nul_and_control_characters_are_refused_in_one_sentence(capsys, tmp_path, title):
    path = tmp_path / "nul.xml"
    path.write_bytes(iati_file(tmp_path / "t.xml", activity(title="TITLE")).read_bytes().replace(b"TITLE", title.encode()))
    database = tmp_path / "t.sqlite3"
    code, _, err = run(capsys, "--db", str(database), "import", str(path))
    assert code == 1 and "is not well-formed XML" in one_sentence(err)


# ---------------------------------------------------------------- bad values: skipped with the reason


@pytest.mark.parametrize("amount", ["1e40", "NaN", "Infinity", "-Infinity", "1e15", "99999999999999999999999999999999999999", "1e999999999", "-1e999999999"])
def test_absurd_amounts_are_skipped_with_their_reason(db, tmp_path, amount):
    path = iati_file(tmp_path / "p.xml", activity(budget=amount, funding=amount))
    report = import_iati(path, today=TODAY)
    project = load_project("XX-DEV-1")
    assert project.budget is None and project.fundings == []
    assert any(s.startswith("XX-DEV-1: a budget line skipped: value") for s in report.skipped)
    assert any(s.startswith("XX-DEV-1: 1 transaction skipped: funding value") for s in report.skipped)


def test_absurd_percentages_leave_the_countries_without_shares(db, tmp_path):
    path = iati_file(tmp_path / "p.xml", activity(countries=[("BJ", "1e999999999"), ("TG", "1e40"), ("NE", "NaN")]))
    import_iati(path, today=TODAY)
    project = load_project("XX-DEV-1")
    assert (project.countries, project.country_shares) == (["BJ", "TG", "NE"], {})


def test_a_rate_tracker_cannot_use_is_refused_in_one_sentence(capsys, tmp_path):
    path = iati_file(tmp_path / "p.xml", activity())
    code, _, err = run(capsys, "--db", str(tmp_path / "t.sqlite3"), "import", str(path), "--rate", "EUR=5000000")
    assert code == 1 and "US$ rate given for EUR" in one_sentence(err)


def test_a_written_rate_that_is_not_plausible_is_not_used(db, tmp_path):
    value = f'<value currency="EUR" value-date="2024-01-01" xmlns:t="{c.EXT_NS}" t:usd-rate="1e40">1000</value>'
    extra = f'<transaction><transaction-type code="4"/><transaction-date iso-date="2024-03-01"/>{value}</transaction>'
    report = import_iati(iati_file(tmp_path / "p.xml", activity(extra=extra)), today=TODAY)
    assert load_project("XX-DEV-1").expenditures == []
    assert any("1 transaction skipped: no US$ rate for EUR on 2024-01-01: import" in s for s in report.skipped)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_dates_outside_the_years_tracker_plans_with_are_not_imported(capsys, tmp_path, day):
    extra = f'<transaction><transaction-type code="4"/><transaction-date iso-date="{day}"/><value value-date="{day}">10</value></transaction>'
    path = iati_file(tmp_path / "p.xml", activity(dates={"1": "2024-01-01", "3": day, "4": day}, funding_date=day, extra=extra))
    database = tmp_path / "t.sqlite3"
    code, out, err = run(capsys, "--db", str(database), "import", str(path))
    assert (code, err) == (0, "")
    assert f"XX-DEV-1: activity date (type 3) {day} is outside the years 1900-2200; not imported" in out
    assert "1 transaction skipped: funding dated outside the years 1900-2200" in out
    assert "1 transaction skipped: expenditure dated outside the years 1900-2200" in out
    code, out, err = run(capsys, "--db", str(database), "show", "XX-DEV-1")
    assert code == 0 and day not in out


def test_a_budget_period_outside_the_years_is_skipped(db, tmp_path):
    budget = '<budget type="1"><period-start iso-date="9999-01-01"/><period-end iso-date="9999-12-31"/><value value-date="2024-01-01">10</value></budget>'
    report = import_iati(iati_file(tmp_path / "p.xml", activity(budget=None, extra=budget)), today=TODAY)
    assert any(s == "XX-DEV-1: a budget line for 9999-01-01 to 9999-12-31 skipped: dated outside the years 1900-2200" for s in report.skipped)


def test_over_long_texts_are_shortened_or_skipped_with_the_reason(db, tmp_path):
    long_code = "XX-" + "9" * 120
    partner = f'<participating-org role="1" type="10" xmlns:t="{c.EXT_NS}" t:partner="{"P" * 300}"><narrative>Someone</narrative></participating-org>'
    path = iati_file(
        tmp_path / "p.xml",
        activity(title="T" * 5000),
        activity(long_code),
        activity("XX-DEV-3", extra=partner),
    )
    report = import_iati(path, today=TODAY)
    assert load_project("XX-DEV-1").title == "T" * 497 + "..."
    assert "XX-DEV-1: title shortened to 500 characters" in report.skipped
    assert any(s.startswith(f"activity skipped: {long_code}: the identifier cannot be a tracker code") for s in report.skipped)
    assert any(s.startswith("activity XX-DEV-3 skipped: partner") for s in report.skipped)
    assert [r.code for r in portfolio_rows()] == ["XX-DEV-1"]


def test_indicator_values_beyond_what_tracker_keeps_are_dropped(db, tmp_path):
    period = '<period><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><target value="1e20"/><actual value="NaN"/></period>'
    result = f'<result type="2"><title><narrative>R</narrative></title><indicator measure="1"><title><narrative>Jobs</narrative></title><baseline year="2024" value="1e40"/>{period}</indicator></result>'
    report = import_iati(iati_file(tmp_path / "p.xml", activity(extra=result)), today=TODAY)
    [indicator] = load_project("XX-DEV-1").indicators
    assert (indicator.baseline, indicator.target, indicator.achieved) == (None, None, None)
    assert "XX-DEV-1: 3 indicator values not imported: not a number, or not below 1,000,000,000,000,000" in report.skipped


# ---------------------------------------------------------------- the export never replaces a database


def test_an_export_over_the_open_database_is_refused(db, db_target, tmp_path):
    ready_project()
    if isinstance(db_target, Path):
        before = db_target.read_bytes()[:16]
        with pytest.raises(StoreError, match="is the open database"):
            export_iati(db_target)
        assert db_target.read_bytes()[:16] == before == b"SQLite format 3\x00"
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(StoreError, match="is a database"):
        export_iati(other)


def test_the_command_line_refuses_an_iati_export_over_the_open_database(capsys, tmp_path):
    database = tmp_path / "t.sqlite3"
    assert run(capsys, "--db", str(database), "demo")[0] == 0
    code, _, err = run(capsys, "--db", str(database), "export", "iati", "-o", str(database))
    assert code == 1 and "is the open database" in one_sentence(err)
    code, out, _ = run(capsys, "--db", str(database), "projects")
    from tracker.store.demo import demo_files

    shipped = sum(len(content.get("projects", [])) for _, content in demo_files())
    assert code == 0 and f"{shipped} projects" in out  # the database is untouched: every demo project is there
