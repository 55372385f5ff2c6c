"""A budget tier that holds only for some funding (a modality, a partner category) is applied by
every writer that plans: saving, re-planning, and a partner whose category changes makes the
plans of the projects it funds stale, so that the next re-plan applies the tier that now holds."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

import pytest

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import EvaluationKind, FundingModality, PartnerCategory, Region, StrategicObjective
from tracker.domain.project import Funding, Partner, Project
from tracker.store.partners import find_partner_by_code, save_partner
from tracker.store.projects import load_project, save_project
from tracker.store.replan import replan_all, stale_plans

RULES = {
    "name": "by-category", "version": 1, "title": "Tiers by partner category",
    "bands": [{"code": "ALL", "description": "of any length", "from": "0", "requires": "a final evaluation",
               "evaluations": [{"kind": "final", "timing": "end"}]}],
    "tiers": [{"code": "EU", "description": "funded by the European Union", "from_usd": "0",
               "when": {"partner_category": ["european-union"]},
               "requires": "an evaluability assessment", "evaluations": [{"kind": "evaluability-assessment",
                                                                          "timing": "after-start", "months": 6}]}],
}


@pytest.fixture
def by_category(db, tmp_path, monkeypatch):
    (tmp_path / "by-category.json").write_text(json.dumps(RULES), encoding="utf-8")
    monkeypatch.setenv("TRACKER_RULESETS", str(tmp_path))


def _project(partner: str) -> Project:
    return Project(code="TC/1", title="Tier conditions", region=Region.EUROPE_CENTRAL_ASIA, outcome=StrategicObjective.EMPLOYMENT,
                   countries=["AL"], planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31), budget=Decimal("900000"),
                   rule_set="by-category", rule_set_assigned=True,
                   fundings=[Funding(FundingModality.EARMARKED, Decimal("900000"), "USD", date(2024, 12, 1), partner_code=partner)])


def _kinds(code: str) -> set[EvaluationKind]:
    return {e.kind for e in load_project_by_code(code).evaluations if e.mandatory}


def load_project_by_code(code: str) -> Project:
    from tracker.store.projects import find_project_row

    return load_project(find_project_row(code).id)


def test_a_tier_for_a_partner_category_follows_the_partner(by_category):
    ensure_partner(Partner("TCP", "Tier condition partner", PartnerCategory.MULTI_BILATERAL, country="DE"))
    save_project(_project("TCP"))
    assert _kinds("TC/1") == {EvaluationKind.FINAL}

    partner = find_partner_by_code("TCP")
    save_partner(dataclasses.replace(partner, category=PartnerCategory.EUROPEAN_UNION))
    assert stale_plans() == ["TC/1"]  # the category is a planning input of this project
    replan_all()
    assert _kinds("TC/1") == {EvaluationKind.FINAL, EvaluationKind.EVALUABILITY}
    assert stale_plans() == []
