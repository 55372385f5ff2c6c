"""Saving and loading whole projects: exact money, one transaction, audit trail, re-planning."""

from datetime import date
from decimal import Decimal

import peewee
import pytest

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import (
    Criterion,
    EvaluationKind,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    Independence,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.domain.errors import TransitionRefused, ValidationError
from tracker.domain.project import BudgetRevision, Expenditure, Funding, Partner, Project, ResultIndicator
from tracker.store import models as m
from tracker.store.errors import NotFound, StaleEdit
from tracker.store.projects import change_stage, delete_project, load_project, revise_budget, save_project, stage_history


@pytest.fixture
def partner(db):
    return ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))


def new_project(**overrides) -> Project:
    values = dict(
        code="TUN/19/01/LUX",
        title="Support for Tunisian Youth through Social and Solidarity Entrepreneurship",
        region=Region.AFRICA,
        countries=["TN"],
        outcome=StrategicObjective.EMPLOYMENT,
        themes=[Theme.GENDER_EQUALITY, Theme.TRIPARTISM],
        office="CO-Algiers",
        officer="N. Officer",
        planned_start=date(2024, 1, 1),
        planned_end=date(2025, 4, 30),  # 16 months: final evaluation only
        budget=Decimal("300000.00"),
        currency="EUR",
        usd_rate=Decimal("1.08"),
    )
    values.update(overrides)
    return Project(**values)


def test_a_project_round_trips_with_every_field_exact(partner):
    project = new_project()
    project.fundings = [Funding(FundingModality.EARMARKED, Decimal("300000.00"), "EUR", date(2023, 11, 2), "LUX", project.code, Decimal("1.08"), locally_mobilized=True)]
    project.expenditures = [Expenditure(2024, ExpenditureType.SUBCONTRACTS, Decimal("12345.67"), "EUR", Decimal("1.08"), month=3)]
    project.indicators = [ResultIndicator("Young people assisted", "people", Decimal(0), Decimal(500), Decimal(571), Decimal("53"))]
    stored, _ = save_project(project)
    loaded = load_project("TUN/19/01/LUX")
    assert loaded.title == project.title
    assert loaded.countries == ["TN"] and loaded.themes == [Theme.GENDER_EQUALITY, Theme.TRIPARTISM]
    assert (loaded.budget, loaded.currency, loaded.usd_rate) == (Decimal("300000.00"), "EUR", Decimal("1.08"))
    assert loaded.budget_usd == Decimal("324000.00")
    assert loaded.fundings[0].amount == Decimal("300000.00") and loaded.fundings[0].locally_mobilized
    assert loaded.expenditures[0].amount == Decimal("12345.67") and loaded.expenditures[0].month == 3
    assert loaded.indicators[0].achieved == Decimal(571) and loaded.indicators[0].women_share == Decimal(53)
    assert loaded.uuid == project.uuid and loaded.version == 1


def test_sums_in_sql_are_exact_to_the_cent(partner):
    project = new_project()
    # Ten lines of 0.10 and the figure that a float column turned into 16200067.250000007.
    project.expenditures = [Expenditure(2024, ExpenditureType.MISCELLANEOUS, Decimal("0.10")) for _ in range(10)]
    project.expenditures.append(Expenditure(2024, ExpenditureType.EQUIPMENT, Decimal("16200066.25")))
    save_project(project)
    total_cents = m.Expenditure.select(peewee.fn.SUM(m.Expenditure.amount)).scalar()
    assert total_cents == 1620006725
    assert m.Expenditure.select(peewee.fn.SUM(m.Expenditure.amount_usd)).scalar() == 1620006725


def test_a_new_project_gets_its_evaluation_plan(partner):
    stored, changes = save_project(new_project())
    assert [(e.kind, e.due, e.mandatory) for e in stored.evaluations] == [(EvaluationKind.FINAL, date(2025, 4, 30), True)]
    assert [c.action for c in changes] == ["added"]


def test_an_extension_across_the_18_month_boundary_replans_and_is_recorded(partner):
    save_project(new_project())
    revision = BudgetRevision(date(2024, 9, 1), "No-cost extension after delays", new_end=date(2025, 12, 31))
    stored, changes = revise_budget("TUN/19/01/LUX", revision)
    assert [(e.kind, e.due) for e in stored.evaluations] == [
        (EvaluationKind.MID_TERM, date(2024, 12, 31)),
        (EvaluationKind.FINAL, date(2025, 12, 31)),
    ]
    assert stored.planned_end == date(2025, 12, 31)
    assert [r.reason for r in stored.revisions] == ["No-cost extension after delays"]
    replans = m.AuditEntry.select().where(m.AuditEntry.action == "replan")
    texts = sorted(f"{e.field}: {e.new}" for e in replans)
    assert any(t.startswith("Mid-term evaluation: added") for t in texts)
    assert any(t.startswith("Final evaluation: rescheduled: from 2025-04-30 to 2025-12-31") for t in texts)


def test_edits_are_in_the_audit_trail_with_old_new_when_and_who(partner):
    stored, _ = save_project(new_project())
    stored.title = "SSE for young Tunisians"
    save_project(stored, who="officer.a")
    entry = m.AuditEntry.get((m.AuditEntry.field == "title") & (m.AuditEntry.action == "update"))
    assert (entry.old, entry.new, entry.who, entry.project_code) == (
        "Support for Tunisian Youth through Social and Solidarity Entrepreneurship",
        "SSE for young Tunisians",
        "officer.a",
        "TUN/19/01/LUX",
    )
    assert entry.at is not None


def test_a_stale_edit_is_refused_and_the_other_edit_kept(partner):
    save_project(new_project())
    first = load_project("TUN/19/01/LUX")
    second = load_project("TUN/19/01/LUX")
    first.officer = "First officer"
    save_project(first)
    second.officer = "Second officer"
    with pytest.raises(StaleEdit, match="changed by someone else"):
        save_project(second)
    assert load_project("TUN/19/01/LUX").officer == "First officer"


def test_an_invalid_project_names_every_bad_field_and_writes_nothing(db):
    bad = new_project(code="", title=" ", countries=["XX"], planned_end=date(2023, 1, 1), currency="EUR", usd_rate=Decimal(0))
    with pytest.raises(ValidationError) as caught:
        save_project(bad)
    fields = {p.field for p in caught.value.problems}
    assert {"code", "title", "countries", "planned_end", "usd_rate"} <= fields
    assert m.Project.select().count() == 0


def test_a_failure_part_way_through_a_save_leaves_nothing_half_written(partner):
    project = new_project()
    project.expenditures = [Expenditure(2024, ExpenditureType.TRAINING, Decimal("10.00"))]
    project.fundings = [Funding(FundingModality.EARMARKED, Decimal("5.00"), "USD", date(2024, 1, 1), "NOBODY", project.code)]
    with pytest.raises(ValidationError, match="no partner with code 'NOBODY'"):
        save_project(project)
    assert m.Project.select().count() == 0
    assert m.Expenditure.select().count() == 0
    assert m.Evaluation.select().count() == 0
    assert m.AuditEntry.select().where(m.AuditEntry.table != "partner").count() == 0  # the partners' creation only


def test_the_stage_changes_only_through_cycle_actions(partner):
    stored, _ = save_project(new_project())
    stored.stage = Stage.APPROVED
    with pytest.raises(ValidationError, match="project-cycle action"):
        save_project(stored)
    with pytest.raises(ValidationError, match="a new project starts in Design"):
        save_project(new_project(code="OTHER/1", stage=Stage.CLOSED))


def test_cycle_actions_are_stored_with_history_and_refusals_change_nothing(partner):
    project = new_project()
    project.fundings = [Funding(FundingModality.EARMARKED, Decimal("300000.00"), "EUR", date(2023, 11, 2), "LUX", project.code, Decimal("1.08"))]
    save_project(project)
    change_stage("TUN/19/01/LUX", "submit", on=date(2023, 11, 10))
    change_stage("TUN/19/01/LUX", "approve", on=date(2023, 12, 1))
    with pytest.raises(TransitionRefused, match="Close refused: the project is in Approved"):
        change_stage("TUN/19/01/LUX", "close")
    assert load_project("TUN/19/01/LUX").stage is Stage.APPROVED
    history = stage_history("TUN/19/01/LUX")
    assert [(h.from_stage, h.to_stage, h.who) for h in history] == [
        (Stage.DESIGN, Stage.APPRAISAL, "test-user"),
        (Stage.APPRAISAL, Stage.APPROVED, "test-user"),
    ]


def test_recording_a_completed_evaluation(partner):
    stored, _ = save_project(new_project())
    final = stored.evaluations[0]
    final.status = EvaluationStatus.COMPLETED
    final.completed_on = date(2025, 5, 20)
    final.evaluator = "External consultant"
    final.independence = Independence.EXTERNAL
    final.ratings = {Criterion.RELEVANCE: 5, Criterion.SUSTAINABILITY: 3}
    final.findings = "Strong local ownership."
    save_project(stored)
    again = load_project(stored.code).evaluations[0]
    assert (again.status, again.independence, again.ratings) == (
        EvaluationStatus.COMPLETED,
        Independence.EXTERNAL,
        {Criterion.RELEVANCE: 5, Criterion.SUSTAINABILITY: 3},
    )


def test_a_completed_evaluation_without_evaluator_is_refused(partner):
    stored, _ = save_project(new_project())
    stored.evaluations[0].status = EvaluationStatus.COMPLETED
    with pytest.raises(ValidationError, match="evaluation 1 completed_on: a completed evaluation needs its completion date"):
        save_project(stored)


def test_codes_are_unique(partner):
    save_project(new_project())
    with pytest.raises(ValidationError, match="already used"):
        save_project(new_project())


def test_delete_removes_the_project_and_its_records(partner):
    project = new_project()
    project.expenditures = [Expenditure(2024, ExpenditureType.TRAINING, Decimal("10.00"))]
    save_project(project)
    delete_project(project.code)
    assert m.Project.select().count() == 0 and m.Expenditure.select().count() == 0 and m.Evaluation.select().count() == 0
    with pytest.raises(NotFound, match="no project with code 'TUN/19/01/LUX'"):
        load_project("TUN/19/01/LUX")


def test_country_shares_round_trip_and_must_add_up(partner):
    project = new_project(countries=["BF", "SN"], country_shares={"BF": Decimal("60"), "SN": Decimal("40")})
    save_project(project)
    assert load_project(project.code).country_shares == {"BF": Decimal("60"), "SN": Decimal("40")}
    with pytest.raises(ValidationError, match="add up to more than 100"):
        save_project(new_project(code="X/2", countries=["BF", "SN"], country_shares={"BF": Decimal("70"), "SN": Decimal("40")}))
    with pytest.raises(ValidationError, match="ML has a share but is not among the countries"):
        save_project(new_project(code="X/3", countries=["BF"], country_shares={"ML": Decimal("10")}))


def test_the_longest_code_and_a_long_user_name_are_kept_whole_in_the_history(partner, monkeypatch):
    code = "TUN/" + "9" * 96  # 100 characters, the longest a code may be
    user = "officer-with-a-long-directory-name@" + "regional-office." * 8 + "example.org"
    monkeypatch.setenv("TRACKER_USER", user)
    save_project(new_project(code=code))
    entry = m.AuditEntry.select().where(m.AuditEntry.project_code == code).first()
    assert entry is not None and entry.who == user and len(user) > 100


def test_no_plan_rests_on_a_budget_not_above_zero():
    from decimal import Decimal as D

    from tracker.domain.project import Project
    from tracker.store.projects import plan_for

    project = Project(code="NEG/1", title="Negative budget", planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
                      budget=D("-500000.00"))
    assert plan_for(project) is None
    project.budget = D("500000.00")
    assert plan_for(project) is not None


def test_codes_are_unique_whatever_their_case(db):
    import pytest as _pytest

    from tracker.domain.errors import ValidationError
    from tracker.domain.project import Project
    from tracker.store.projects import save_project

    save_project(Project(code="LUX/24/01/SEN", title="First"))
    with _pytest.raises(ValidationError, match=r"code lux/24/01/sen is already used by another project \(as LUX/24/01/SEN\)"):
        save_project(Project(code="lux/24/01/sen", title="Second"))
