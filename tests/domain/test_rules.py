"""The ilo-2002 rule set (seed 003, paragraph 143) applied at and around every boundary."""

import json
from datetime import date
from decimal import Decimal

import pytest

from tracker.domain.classifications import EvaluationKind
from tracker.domain.money import Money
from tracker.domain.rules import available_rule_sets, load_rule_set, plan_evaluations
from tracker.domain.rules.ruleset import RuleSetError

SMALL = Decimal(100000)

FINAL = EvaluationKind.FINAL
MID_TERM = EvaluationKind.MID_TERM
ANNUAL = EvaluationKind.ANNUAL_REVIEW
MTR = EvaluationKind.MID_TERM_REVIEW


def kinds(plan):
    return [(p.kind, p.due) for p in plan.evaluations]


def test_one_day_short_of_18_months_gets_only_a_final_evaluation():
    # 1 Jan 2024 - 29 Jun 2025 is 17.97 months: band A.
    plan = plan_evaluations(date(2024, 1, 1), date(2025, 6, 29), SMALL)
    assert plan.band.code == "A"
    assert kinds(plan) == [(FINAL, date(2025, 6, 29))]
    assert plan.evaluations[0].reason.startswith("17.97 months is under 18 months: final evaluation on completion")


def test_exactly_18_months_gets_mid_term_and_final():
    plan = plan_evaluations(date(2024, 1, 1), date(2025, 6, 30), SMALL)
    assert plan.band.code == "B"
    # Midpoint: 546 days after the start, halved (273 days) = 30 Sep 2024.
    assert kinds(plan) == [(MID_TERM, date(2024, 9, 30)), (FINAL, date(2025, 6, 30))]
    assert plan.band_reason == "18.00 months is within 18-30 months: mid-term and final evaluation"


def test_exactly_30_months_is_still_band_b():
    plan = plan_evaluations(date(2024, 1, 1), date(2026, 6, 30), SMALL)
    assert plan.band.code == "B"
    assert [p.kind for p in plan.evaluations] == [MID_TERM, FINAL]


def test_a_day_over_30_months_gets_annual_reviews_and_final():
    # 1 Jan 2024 - 1 Jul 2026 is 30 months and 1 day (30.03 months): band C.
    plan = plan_evaluations(date(2024, 1, 1), date(2026, 7, 1), SMALL)
    assert plan.band.code == "C"
    assert kinds(plan) == [
        (ANNUAL, date(2025, 1, 1)),
        (ANNUAL, date(2026, 1, 1)),
        (FINAL, date(2026, 7, 1)),
    ]
    assert [p.sequence for p in plan.evaluations] == [1, 2, 1]
    assert plan.evaluations[0].reason.startswith("30.03 months is over 30 months")


def test_mid_term_review_over_30_months_only_when_agreed():
    without = plan_evaluations(date(2024, 1, 1), date(2026, 12, 31), SMALL)
    agreed = plan_evaluations(date(2024, 1, 1), date(2026, 12, 31), SMALL, midterm_review_agreed=True)
    assert MTR not in [p.kind for p in without.evaluations]
    reviews = [p for p in agreed.evaluations if p.kind is MTR]
    assert len(reviews) == 1
    assert reviews[0].due == date(2025, 7, 1)  # 1095 days // 2 = 547 days after 1 Jan 2024
    assert "agreed in the initial evaluation plan" in reviews[0].reason


def test_mid_term_review_flag_does_not_add_one_to_shorter_projects():
    plan = plan_evaluations(date(2024, 1, 1), date(2025, 6, 30), SMALL, midterm_review_agreed=True)
    assert MTR not in [p.kind for p in plan.evaluations]


def test_budget_of_exactly_350000_needs_no_independent_evaluation():
    plan = plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), Decimal("350000.00"))
    assert not plan.independent_required
    assert not any(p.independent for p in plan.evaluations)
    assert "is not over US$350,000.00" in plan.independence_reason


def test_budget_one_cent_over_350000_makes_the_final_evaluation_independent():
    plan = plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), Decimal("350000.01"))
    assert plan.independent_required
    final = [p for p in plan.evaluations if p.kind is FINAL][0]
    assert final.independent
    assert "independent: budget US$350,000.01 is over US$350,000.00" in final.reason


def test_independence_goes_to_the_final_evaluation_not_the_mid_term():
    plan = plan_evaluations(date(2024, 1, 1), date(2025, 12, 31), Decimal(2000000))
    assert [(p.kind, p.independent) for p in plan.evaluations] == [(MID_TERM, False), (FINAL, True)]


@pytest.mark.parametrize(
    ("eur", "required"),
    [
        # 324,074.07 EUR x 1.08 = 349,999.9956 -> US$350,000.00: not over.
        ("324074.07", False),
        # 324,074.08 EUR x 1.08 = 350,000.0064 -> US$350,000.01: over.
        ("324074.08", True),
    ],
)
def test_non_usd_budget_is_compared_in_usd_at_the_recorded_rate(eur, required):
    budget_usd = Money(Decimal(eur), "EUR").in_usd(Decimal("1.08"))
    plan = plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), budget_usd)
    assert plan.independent_required is required


def test_every_planned_evaluation_is_mandatory_and_has_a_reason():
    plan = plan_evaluations(date(2022, 1, 1), date(2025, 12, 31), Decimal(3240000), midterm_review_agreed=True)
    assert all(p.mandatory and p.reason for p in plan.evaluations)
    assert [p.kind for p in plan.evaluations].count(ANNUAL) == 3


def test_plan_as_json_follows_the_cli_contract():
    data = plan_evaluations(date(2024, 1, 1), date(2025, 12, 31), Decimal(400000)).to_json()
    assert data["rule_set"] == "ilo-2002"
    assert data["duration_months"] == 24.0
    assert data["band"] == "B"
    assert data["independent_required"] is True
    assert data["evaluations"] == [
        {"kind": "mid-term", "due": "2024-12-31", "independent": False, "mandatory": True, "reason": data["evaluations"][0]["reason"]},
        {"kind": "final", "due": "2025-12-31", "independent": True, "mandatory": True, "reason": data["evaluations"][1]["reason"]},
    ]
    assert "24.00 months is within 18-30 months: mid-term and final evaluation" in data["evaluations"][0]["reason"]


def test_the_default_rule_set_is_ilo_2002_version_1_from_the_seed():
    rules = load_rule_set()
    assert (rules.name, rules.version) == ("ilo-2002", 1)
    assert rules.independent is not None and rules.independent.budget_over_usd == Decimal(350000)
    assert "paragraph 143" in rules.source


SECOND_RULE_SET = {
    "name": "strict-2030",
    "version": 3,
    "title": "A stricter policy, for the test",
    "bands": [
        {"code": "short", "description": "up to 12 months", "to": "12", "requires": "final evaluation",
         "evaluations": [{"kind": "final", "timing": "end"}]},
        {"code": "long", "description": "over 12 months", "above": "12", "requires": "mid-term and final evaluation",
         "evaluations": [{"kind": "mid-term", "timing": "midpoint"}, {"kind": "final", "timing": "end"}]},
    ],
    "independent_evaluation": {"budget_over_usd": "100000", "assign_to": "mid-term", "description": "independent mid-term"},
}


def test_a_second_rule_set_is_added_as_data_without_code_changes(tmp_path, monkeypatch):
    (tmp_path / "strict-2030.json").write_text(json.dumps(SECOND_RULE_SET))
    monkeypatch.setenv("TRACKER_RULESETS", str(tmp_path))
    assert "strict-2030" in available_rule_sets()
    rules = load_rule_set("strict-2030")
    # 13 months: band "long" here, band A under ilo-2002.
    plan = plan_evaluations(date(2024, 1, 1), date(2025, 1, 31), Decimal(150000), rule_set=rules)
    assert plan.band.code == "long"
    assert [(p.kind, p.independent) for p in plan.evaluations] == [(MID_TERM, True), (FINAL, False)]
    assert plan.to_json()["rule_set"] == "strict-2030"
    default = plan_evaluations(date(2024, 1, 1), date(2025, 1, 31), Decimal(150000))
    assert default.band.code == "A"


def test_unknown_rule_set_names_the_available_ones():
    with pytest.raises(RuleSetError, match="unknown rule set 'nope'.*ilo-2002"):
        load_rule_set("nope")


def test_malformed_rule_set_names_the_file_and_field(tmp_path):
    broken = dict(SECOND_RULE_SET, name="broken")
    broken["bands"] = [{"code": "x", "description": "all", "requires": "x", "evaluations": [{"kind": "final", "timing": "whenever"}]}]
    (tmp_path / "broken.json").write_text(json.dumps(broken))
    with pytest.raises(RuleSetError, match="broken.json, band 1, evaluation 1: timing 'whenever'"):
        load_rule_set("broken", extra=[tmp_path])


def test_a_rule_set_with_a_gap_between_bands_says_so(tmp_path):
    gappy = dict(SECOND_RULE_SET, name="gappy")
    gappy["bands"] = [SECOND_RULE_SET["bands"][0]]
    (tmp_path / "gappy.json").write_text(json.dumps(gappy))
    rules = load_rule_set("gappy", extra=[tmp_path])
    with pytest.raises(RuleSetError, match="no duration band for 13.0"):
        plan_evaluations(date(2024, 1, 1), date(2025, 1, 31), SMALL, rule_set=rules)


def test_plans_follow_the_rule_set_they_are_given_whichever_was_used_before(tmp_path):
    # plan_evaluations remembers what it worked out per rule set (docs/performance.md): a
    # project planned under one rule set, then another, then the first again gets each one's plan.
    (tmp_path / "strict-2030.json").write_text(json.dumps(SECOND_RULE_SET))
    strict = load_rule_set("strict-2030", extra=[tmp_path])
    default = load_rule_set()
    start, end = date(2024, 1, 1), date(2025, 1, 31)  # 13 months
    assert [plan_evaluations(start, end, SMALL, rule_set=rules).band.code for rules in (default, strict, default)] == [
        "A", "long", "A"]


def test_a_rule_set_file_changed_in_place_is_applied_when_loaded_again(tmp_path):
    # The same name and version with other bands (an edit made in place): what is loaded now
    # decides, not what an earlier load of the same name worked out.
    path = tmp_path / "strict-2030.json"
    path.write_text(json.dumps(SECOND_RULE_SET))
    before = plan_evaluations(date(2024, 1, 1), date(2025, 1, 31), SMALL, rule_set=load_rule_set("strict-2030", extra=[tmp_path]))
    edited = json.loads(json.dumps(SECOND_RULE_SET))
    edited["bands"][0].update({"description": "up to 18 months", "to": "18"})
    edited["bands"][1].update({"description": "over 18 months", "above": "18"})
    path.write_text(json.dumps(edited))
    after = plan_evaluations(date(2024, 1, 1), date(2025, 1, 31), SMALL, rule_set=load_rule_set("strict-2030", extra=[tmp_path]))
    assert (before.band.code, after.band.code) == ("long", "short")
    assert after.evaluations[0].reason.startswith("13.00 months is up to 18 months")


def test_many_rule_sets_in_turn_each_give_their_own_plan(tmp_path):
    # More rule sets than plan_evaluations keeps worked out at once: each still plans by itself.
    rule_sets = []
    for n in range(20):
        variant = json.loads(json.dumps(SECOND_RULE_SET))
        variant["name"] = f"variant-{n}"
        variant["bands"][0]["to"] = str(n + 1)
        variant["bands"][1]["above"] = str(n + 1)
        (tmp_path / f"variant-{n}.json").write_text(json.dumps(variant))
        rule_sets.append(load_rule_set(f"variant-{n}", extra=[tmp_path]))
    for _ in range(2):
        codes = [plan_evaluations(date(2024, 1, 1), date(2024, 10, 31), SMALL, rule_set=rules).band.code for rules in rule_sets]
        assert codes == ["long"] * 9 + ["short"] * 11  # 10 months: over thresholds 1 to 9, within 10 to 20
