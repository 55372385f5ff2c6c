"""Budget tiers, duration bands and offset timings at every boundary: the example tiered policy
(docs/examples/rulesets/example-tiered.json) and small rule sets written here; ilo-2002 plans
exactly as it did before rule sets v2 (tests/domain/data/ilo2002_grid.json)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.domain import ilo2002_grid
from tracker.domain.classifications import EvaluationKind, FundingModality, PartnerCategory
from tracker.domain.i18n import using_language
from tracker.domain.project import Funding, Project
from tracker.domain.rules.engine import EvaluationPlan, plan_evaluations
from tracker.domain.rules.planning import plan_for_project
from tracker.domain.rules.ruleset import FundingFacts, RuleSet, parse_rule_set

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "rulesets" / "example-tiered.json"
GRID = Path(__file__).resolve().parent / "data" / "ilo2002_grid.json"

FINAL = EvaluationKind.FINAL
MID_TERM = EvaluationKind.MID_TERM
ANNUAL = EvaluationKind.ANNUAL_REVIEW
INTERNAL = EvaluationKind.INTERNAL
CLUSTER = EvaluationKind.CLUSTER
EVALUABILITY = EvaluationKind.EVALUABILITY

RBSA = FundingFacts((FundingModality.VOLUNTARY_CORE,))
XB = FundingFacts((FundingModality.EARMARKED,), (PartnerCategory.MULTI_BILATERAL,))
START = date(2024, 1, 1)
TWO_YEARS = date(2025, 12, 31)  # band B of the example


@pytest.fixture(scope="module")
def example() -> RuleSet:
    return parse_rule_set(json.loads(EXAMPLE.read_text(encoding="utf-8")), "example-tiered.json")


def rules(tiers: list[dict[str, Any]] | None = None, bands: list[dict[str, Any]] | None = None, **extra: Any) -> RuleSet:
    """A small rule set: one band of any duration requiring a final evaluation, and `tiers`."""
    raw: dict[str, Any] = {
        "name": "small", "version": 1, "title": "A rule set of the tests",
        "bands": bands or [{"code": "ANY", "description": "of any duration", "relation": "is", "requires": "a final evaluation",
                            "evaluations": [{"kind": "final", "timing": "end"}]}],
        **extra,
    }
    if tiers is not None:
        raw["tiers"] = tiers
    return parse_rule_set(raw, "small.json")


def tier(code: str = "T", evaluations: list[dict[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
    return {"code": code, "description": f"tier {code}", "relation": "is", "requires": f"what tier {code} requires",
            "evaluations": evaluations or [{"kind": "internal", "timing": "end"}], **fields}


def plan(rule_set: RuleSet, budget: str, start: date = START, end: date = TWO_YEARS, funding: FundingFacts | None = XB,
         **kwargs: Any) -> EvaluationPlan:
    return plan_evaluations(start, end, Decimal(budget), rule_set=rule_set, funding=funding, **kwargs)


def planned(p: EvaluationPlan) -> list[tuple[EvaluationKind, date, bool]]:
    return [(e.kind, e.due, e.independent) for e in p.evaluations]


# ------------------------------------------------------------------ the example's tiers


@pytest.mark.parametrize(("budget", "funding", "expected"), [
    # under US$800,000 funded from voluntary core funding (RBSA): evaluated in a cluster
    ("0.01", RBSA, "RBSA-S"),
    ("799999.99", RBSA, "RBSA-S"),
    ("800000.00", RBSA, "T1"),
    ("800000.01", RBSA, "T1"),
    ("799999.99", XB, "T1"),
    # under US$1,000,000: internal
    ("999999.99", XB, "T1"),
    ("999999.99", RBSA, "T1"),
    ("1000000.00", XB, "T2"),
    ("1000000.00", RBSA, "T2"),
    ("1000000.01", XB, "T2"),
    # from US$1,000,000 to US$5,000,000: independent final
    ("4999999.99", XB, "T2"),
    ("5000000.00", XB, "T2"),
    ("5000000.01", XB, "T3"),
    ("5000000.01", RBSA, "T3"),
])
def test_each_tier_of_the_example_from_a_cent_below_to_a_cent_above_its_thresholds(example, budget, funding, expected):
    assert plan(example, budget, funding=funding).tier.code == expected


def test_the_example_tiers_plan_what_each_requires(example):
    assert planned(plan(example, "799999.99", funding=RBSA)) == [(CLUSTER, TWO_YEARS, False)]
    # T1 replaces the band's evaluations: one internal evaluation three months before the end.
    assert planned(plan(example, "800000.00", funding=RBSA)) == [(INTERNAL, date(2025, 9, 30), False)]
    # T2 keeps the band's (B: mid-term and final); its independent final takes the band final's place.
    assert planned(plan(example, "5000000.00")) == [(MID_TERM, date(2024, 12, 31), False), (FINAL, TWO_YEARS, True)]
    # T3: an evaluability assessment in the first 12 months, independent mid-term and final, a
    # learning review six months before the end.
    learning = EvaluationKind("learning-review")
    assert planned(plan(example, "5000000.01")) == [
        (MID_TERM, date(2024, 12, 31), True),
        (EVALUABILITY, date(2025, 1, 1), False),
        (learning, date(2025, 6, 30), False),
        (FINAL, TWO_YEARS, True),
    ]


@pytest.mark.parametrize(("key", "below", "at", "above"), [
    ("from_usd", False, True, True),
    ("over_usd", False, False, True),
    ("to_usd", True, True, False),
    ("below_usd", True, False, False),
])
def test_each_kind_of_budget_bound_a_cent_either_side(key, below, at, above):
    rule_set = rules([tier(**{key: "1000000"})])
    found = [plan(rule_set, budget).tier is not None for budget in ("999999.99", "1000000.00", "1000000.01")]
    assert found == [below, at, above]
    # Without a tier the band's evaluations stand alone.
    outside = next(b for b, inside in zip(("999999.99", "1000000.00", "1000000.01"), found, strict=True) if not inside)
    assert planned(plan(rule_set, outside)) == [(FINAL, TWO_YEARS, False)]
    assert plan(rule_set, outside).tier_reason == ""


def test_a_budget_bound_with_cents_is_compared_to_the_cent():
    rule_set = rules([tier(over_usd="350000.50")])
    assert plan(rule_set, "350000.50").tier is None
    assert plan(rule_set, "350000.51").tier is not None


def euro_project(budget: str, rate: str, *, start: date = START, end: date = TWO_YEARS,
                 modalities: tuple[FundingModality, ...] = (FundingModality.EARMARKED,)) -> Project:
    project = Project(code="EUR/1", title="Funded in euros", planned_start=start, planned_end=end, budget=Decimal(budget),
                      currency="EUR", usd_rate=Decimal(rate))
    project.fundings = [Funding(m, Decimal(budget), "EUR", date(2023, 12, 1), partner_code="EU", project_code=project.code,
                                usd_rate=Decimal(rate)) for m in modalities]
    return project


@pytest.mark.parametrize(("budget", "rate", "usd", "expected"), [
    # EUR 4,000,000: US$5,000,000.00 at 1.25 is not over US$5,000,000; a rate a hair above is.
    ("4000000.00", "1.24999999", "4999999.96", "T2"),
    ("4000000.00", "1.25", "5000000.00", "T2"),
    ("4000000.00", "1.25000001", "5000000.04", "T3"),
    # The US$ value is rounded to the cent first (as every total and every reason shows it):
    # US$5,000,000.004 is US$5,000,000.00, not over.
    ("4000000.00", "1.250000001", "5000000.00", "T2"),
    # EUR 925,925.93 at 1.08 is US$1,000,000.00 (from US$1,000,000), a cent less in euros is under.
    ("925925.92", "1.08", "999999.99", "T1"),
    ("925925.93", "1.08", "1000000.00", "T2"),
    # RBSA in euros around US$800,000: EUR 640,000 at 1.25.
    ("640000.00", "1.2499999", "799999.94", "RBSA-S"),
    ("640000.00", "1.25", "800000.00", "T1"),
])
def test_a_budget_in_another_currency_is_tiered_by_its_us_dollar_value(example, budget, rate, usd, expected):
    modalities = (FundingModality.VOLUNTARY_CORE,) if expected == "RBSA-S" or usd == "800000.00" else (FundingModality.EARMARKED,)
    project = euro_project(budget, rate, modalities=modalities)
    assert project.budget_usd == Decimal(usd)
    found = plan_for_project(project, example, {"EU": PartnerCategory.EUROPEAN_UNION})
    assert found is not None and found.tier.code == expected
    assert found.tier_reason.startswith(f"budget US${Decimal(usd):,.2f} ")


# ------------------------------------------------------------------ duration bands


@pytest.mark.parametrize(("end", "band", "shown"), [
    (date(2025, 6, 29), "A", "17.97"),  # a day short of 18 months: under 18
    (date(2025, 6, 30), "B", "18.00"),  # exactly 18 months: from 18
    (date(2025, 7, 1), "B", "18.03"),
    (date(2026, 6, 29), "B", "29.97"),
    (date(2026, 6, 30), "B", "30.00"),  # exactly 30 months: up to 30
    (date(2026, 7, 1), "C", "30.03"),  # a day over: over 30
])
def test_the_example_bands_a_day_either_side_of_18_and_30_months(example, end, band, shown):
    found = plan(example, "2000000", end=end)
    assert (found.band.code, found.duration_text) == (band, shown)
    assert found.band_reason.startswith(f"{shown} months {found.band.relation} {found.band.description}: ")
    kinds = [e.kind for e in found.evaluations]  # by due date
    assert kinds == {"A": [FINAL], "B": [MID_TERM, FINAL], "C": [ANNUAL, MID_TERM, ANNUAL, FINAL]}[band]
    assert [e.independent for e in found.evaluations if e.kind is FINAL] == [True]  # T2, whatever the band


def test_a_project_starting_on_a_leap_day_has_anniversaries_on_28_february():
    rule_set = rules(bands=[{"code": "ANY", "description": "of any duration", "relation": "is", "requires": "annual reviews",
                             "evaluations": [{"kind": "annual-review", "timing": "anniversaries"}]}])
    found = plan(rule_set, "100000", start=date(2028, 2, 29), end=date(2031, 2, 27))
    assert [(e.due, e.sequence) for e in found.evaluations] == [(date(2029, 2, 28), 1), (date(2030, 2, 28), 2)]


# ------------------------------------------------------------------ offset timings


def offset(timing: str, months: int) -> RuleSet:
    return rules([tier("OFF", [{"kind": "internal", "timing": timing, "months": months}], band_evaluations="replace")])


@pytest.mark.parametrize(("timing", "months", "start", "end", "due"), [
    # 31 January + 1 month: the end of February (29th in a leap year, 28th otherwise)
    ("after-start", 1, date(2025, 1, 31), date(2026, 12, 31), date(2025, 2, 28)),
    ("after-start", 1, date(2024, 1, 31), date(2026, 12, 31), date(2024, 2, 29)),
    ("after-start", 13, date(2024, 1, 31), date(2026, 12, 31), date(2025, 2, 28)),
    # 31 March + 1 month: 30 April
    ("after-start", 1, date(2025, 3, 31), date(2026, 12, 31), date(2025, 4, 30)),
    # 29 February 2028 + 12 months: 28 February 2029
    ("after-start", 12, date(2028, 2, 29), date(2030, 12, 31), date(2029, 2, 28)),
    ("after-start", 48, date(2028, 2, 29), date(2032, 12, 31), date(2032, 2, 29)),
    # Before an end on 31 March: 29 February in a leap year, 28 February otherwise
    ("before-end", 1, date(2026, 1, 1), date(2028, 3, 31), date(2028, 2, 29)),
    ("before-end", 1, date(2025, 1, 1), date(2027, 3, 31), date(2027, 2, 28)),
    # Before an end on 31 May: 30 April
    ("before-end", 1, date(2025, 1, 1), date(2027, 5, 31), date(2027, 4, 30)),
    ("before-end", 12, date(2025, 1, 1), date(2029, 2, 28), date(2028, 2, 28)),
    # Clamped to the project: "within the first 12 months" of a 6-month project is due on its
    # end, "24 months before the end" of a one-year project on its start.
    ("after-start", 12, date(2024, 1, 1), date(2024, 6, 30), date(2024, 6, 30)),
    ("after-start", 12, date(2024, 1, 1), date(2024, 12, 31), date(2024, 12, 31)),
    ("after-start", 12, date(2024, 1, 1), date(2025, 1, 1), date(2025, 1, 1)),
    ("before-end", 24, date(2024, 1, 1), date(2024, 12, 31), date(2024, 1, 1)),
    ("before-end", 12, date(2024, 1, 1), date(2024, 12, 31), date(2024, 1, 1)),  # 31 Dec 2023: before the start
    ("before-end", 12, date(2023, 12, 31), date(2024, 12, 31), date(2023, 12, 31)),
])
def test_offset_timings_at_month_ends_and_leap_days(timing, months, start, end, due):
    found = plan(offset(timing, months), "100000", start=start, end=end)
    assert planned(found) == [(INTERNAL, due, False)]
    words = "after the start" if timing == "after-start" else "before the end date"
    month_words = "month" if months == 1 else "months"
    assert found.evaluations[0].reason.endswith(f"(internal evaluation due {months} {month_words} {words})")


def test_the_example_clamps_its_offset_evaluations_to_a_six_month_project(example):
    found = plan(example, "6000000", end=date(2024, 6, 30))
    assert found.band.code == "A"
    by_kind = {e.kind.value: e.due for e in found.evaluations}
    # Within the first 12 months of a 6-month project: by its end; six months before its end: its start.
    assert by_kind == {"evaluability-assessment": date(2024, 6, 30), "learning-review": date(2024, 1, 1),
                       "mid-term": date(2024, 3, 31), "final": date(2024, 6, 30)}


def test_the_example_offsets_on_a_five_year_project(example):
    found = plan(example, "6000000", end=date(2028, 12, 31))
    by_kind = {e.kind.value: e.due for e in found.evaluations}
    assert by_kind["evaluability-assessment"] == date(2025, 1, 1)
    assert by_kind["learning-review"] == date(2028, 6, 30)
    assert [e.due for e in found.evaluations if e.kind is ANNUAL] == [date(2025, 1, 1), date(2026, 1, 1), date(2027, 1, 1),
                                                                       date(2028, 1, 1)]


# ------------------------------------------------------------------ conditions


def test_a_modality_condition_needs_every_funding_line_in_it(example):
    both = FundingFacts((FundingModality.VOLUNTARY_CORE, FundingModality.VOLUNTARY_CORE))
    mixed = FundingFacts((FundingModality.VOLUNTARY_CORE, FundingModality.EARMARKED), (PartnerCategory.MULTI_BILATERAL,))
    assert plan(example, "500000", funding=both).tier.code == "RBSA-S"
    assert plan(example, "500000", funding=mixed).tier.code == "T1"  # mixed modalities: no match
    assert plan(example, "500000", funding=FundingFacts()).tier.code == "T1"  # no funding: no match
    assert plan(example, "500000", funding=None).tier.code == "T1"


def test_the_conditions_of_a_project_are_read_from_its_funding_lines(example):
    rbsa = euro_project("500000", "1", modalities=(FundingModality.VOLUNTARY_CORE, FundingModality.VOLUNTARY_CORE))
    mixed = euro_project("500000", "1", modalities=(FundingModality.VOLUNTARY_CORE, FundingModality.EARMARKED))
    unfunded = euro_project("500000", "1", modalities=())
    assert plan_for_project(rbsa, example).tier.code == "RBSA-S"
    assert plan_for_project(mixed, example).tier.code == "T1"
    assert plan_for_project(unfunded, example).tier.code == "T1"


def test_a_partner_category_condition_needs_every_line_from_such_a_partner():
    rule_set = rules([
        tier("EU", when={"partner_category": ["european-union", "un"]}, band_evaluations="replace"),
    ])
    eu, un, gov = PartnerCategory.EUROPEAN_UNION, PartnerCategory.UNITED_NATIONS, PartnerCategory.MULTI_BILATERAL
    xb = FundingModality.EARMARKED
    assert plan(rule_set, "100", funding=FundingFacts((xb,), (eu,))).tier.code == "EU"
    assert plan(rule_set, "100", funding=FundingFacts((xb, xb), (eu, un))).tier.code == "EU"
    assert plan(rule_set, "100", funding=FundingFacts((xb, xb), (eu, gov))).tier is None
    assert plan(rule_set, "100", funding=FundingFacts()).tier is None


def test_a_line_without_a_partner_of_the_category_does_not_meet_a_partner_category_condition():
    # Regular-budget money has no partner: a project funded by the EU and the regular budget is
    # not funded by the EU alone ("every line's partner's category is in the list").
    rule_set = rules([tier("EU", when={"partner_category": ["european-union"]}, band_evaluations="replace")])
    project = euro_project("500000", "1")
    project.fundings.append(Funding(FundingModality.REGULAR_BUDGET, Decimal("1000"), "USD", date(2023, 12, 1), project_code=project.code))
    assert plan_for_project(project, rule_set, {"EU": PartnerCategory.EUROPEAN_UNION}).tier is None
    project.fundings.pop()
    assert plan_for_project(project, rule_set, {"EU": PartnerCategory.EUROPEAN_UNION}).tier.code == "EU"
    # A partner whose category is not known meets no condition either.
    assert plan_for_project(project, rule_set, {}).tier is None


def test_modality_and_partner_category_conditions_must_both_hold():
    rule_set = rules([tier("BOTH", when={"modality": ["xb"], "partner_category": ["european-union"]})])
    xb, rbsa = FundingModality.EARMARKED, FundingModality.VOLUNTARY_CORE
    eu, gov = PartnerCategory.EUROPEAN_UNION, PartnerCategory.MULTI_BILATERAL
    assert plan(rule_set, "100", funding=FundingFacts((xb,), (eu,))).tier.code == "BOTH"
    assert plan(rule_set, "100", funding=FundingFacts((rbsa,), (eu,))).tier is None
    assert plan(rule_set, "100", funding=FundingFacts((xb,), (gov,))).tier is None


def test_the_first_matching_tier_applies():
    rule_set = rules([tier("RBSA", when={"modality": ["rbsa"]}, below_usd="1000"), tier("SMALL", below_usd="1000"),
                      tier("BIG", from_usd="1000")])
    assert plan(rule_set, "999.99", funding=RBSA).tier.code == "RBSA"
    assert plan(rule_set, "999.99").tier.code == "SMALL"
    assert plan(rule_set, "1000", funding=RBSA).tier.code == "BIG"


# ------------------------------------------------------------------ keep, replace, independence


def test_keep_adds_the_tier_evaluations_to_the_band_and_replace_drops_the_band():
    evaluations = [{"kind": "internal", "timing": "midpoint"}]
    kept = plan(rules([tier(evaluations=evaluations, band_evaluations="keep")]), "100")
    replaced = plan(rules([tier(evaluations=evaluations, band_evaluations="replace")]), "100")
    assert planned(kept) == [(INTERNAL, date(2024, 12, 31), False), (FINAL, TWO_YEARS, False)]
    assert planned(replaced) == [(INTERNAL, date(2024, 12, 31), False)]


def test_a_tier_evaluation_takes_the_place_of_the_band_evaluation_of_its_kind():
    rule_set = rules([tier(evaluations=[{"kind": "final", "timing": "before-end", "months": 3, "independent": True}])])
    found = plan(rule_set, "100")
    assert planned(found) == [(FINAL, date(2025, 9, 30), True)]
    assert found.evaluations[0].reason == ("budget US$100.00 is tier T: what tier T requires (final evaluation due 3 months "
                                           "before the end date); it must be independent")


def test_independence_is_per_evaluation(example):
    found = plan(example, "6000000")
    independent = {e.kind.value: e.independent for e in found.evaluations}
    assert independent == {"mid-term": True, "evaluability-assessment": False, "learning-review": False, "final": True}
    assert found.independent_required
    assert all(e.reason.endswith("; it must be independent") == e.independent for e in found.evaluations)
    internal = plan(example, "900000")
    assert not internal.independent_required and not any(e.independent for e in internal.evaluations)


def test_a_tier_requiring_independence_keeps_the_legacy_rule_from_marking_another():
    # ilo-2002's rule ("over US$350,000": one independent evaluation) rests on the tier's
    # independent evaluation rather than marking a second one.
    rule_set = rules([tier(evaluations=[{"kind": "mid-term", "timing": "midpoint", "independent": True}])],
                     independent_evaluation={"budget_over_usd": "350000", "assign_to": "final", "description": "an independent one"})
    found = plan(rule_set, "400000")
    assert planned(found) == [(MID_TERM, date(2024, 12, 31), True), (FINAL, TWO_YEARS, False)]
    without_tier = plan(rules(independent_evaluation={"budget_over_usd": "350000", "assign_to": "final",
                                                      "description": "an independent one"}), "400000")
    assert planned(without_tier) == [(FINAL, TWO_YEARS, True)]


# ------------------------------------------------------------------ kinds and reasons


def test_a_kind_the_rule_set_names_is_labelled_in_each_language(example):
    learning = EvaluationKind("learning-review")
    assert learning.is_custom
    assert learning.label == "Learning review"
    with using_language("fr"):
        assert learning.label == "Revue d'apprentissage"
        found = plan(example, "6000000")
        reason = next(e.reason for e in found.evaluations if e.kind is learning)
        assert "revue d'apprentissage" in reason and "Learning" not in reason
    with using_language("es"):
        assert learning.label == "Revisión de aprendizaje"
        found = plan(example, "6000000")
        assert "revisión de aprendizaje" in next(e.reason for e in found.evaluations if e.kind is learning)


@pytest.mark.parametrize("budget", ["500000", "900000", "2000000", "6000000"])
@pytest.mark.parametrize("end", [date(2024, 6, 30), date(2025, 12, 31), date(2028, 12, 31)])
def test_every_planned_evaluation_names_its_requirement_in_words(example, budget, end):
    found = plan(example, budget, end=end, funding=RBSA)
    assert found.evaluations
    tier_words = f"budget US${Decimal(budget):,.2f} {found.tier.relation} {found.tier.description}: {found.tier.requires} ("
    band_words = f"{found.duration_text} months {found.band.relation} {found.band.description}: {found.band.requires} ("
    tier_kinds = {r.kind for r in found.tier.evaluations}
    for e in found.evaluations:
        assert e.reason.startswith(tier_words if e.kind in tier_kinds else band_words), e.reason
        assert e.kind.label.lower() in e.reason


def test_every_reason_is_in_the_language_of_the_reader(example):
    with using_language("fr"):
        found = plan(example, "6000000")
        assert found.tier_reason.startswith("budget de 6")
        assert found.band_reason.startswith("24,00 mois")
    for e in found.evaluations:
        assert e.reason.startswith("budget de 6") and ",00 $É.-U." in e.reason
        assert "due" not in e.reason and "months" not in e.reason, e.reason


# ------------------------------------------------------------------ ilo-2002 as before


def test_ilo_2002_plans_exactly_as_before_rule_sets_v2():
    """Every plan of the grid (durations around 18 and 30 months from three starts, one of them
    29 February; budgets around US$350,000; a mid-term review agreed or not; English, French and
    Spanish) matches what the engine gave before budget tiers existed (commit af563f9)."""
    expected = json.loads(GRID.read_text(encoding="utf-8"))
    found = ilo2002_grid.grid()
    assert set(found) == set(expected)
    for language, plans in expected.items():
        assert len(found[language]) == len(plans)
        for now, before in zip(found[language], plans, strict=True):
            assert now == before


def test_the_ilo_2002_grid_covers_every_band_and_both_sides_of_the_threshold():
    expected = json.loads(GRID.read_text(encoding="utf-8"))["en"]
    assert {p["band"] for p in expected} == {"A", "B", "C"}
    assert {p["independent_required"] for p in expected} == {True, False}
    assert {p["duration"] for p in expected} >= {"17.97", "18.00", "18.03", "29.97", "30.00", "30.03"}
    assert any(p["start"] == "2028-02-29" for p in expected)


def test_independence_a_tier_required_goes_when_the_tier_no_longer_requires_it(example: RuleSet):
    from tracker.domain.rules.replan import replan
    from tracker.domain.rules.ruleset import load_rule_set

    three_years = date(2026, 12, 31)
    over_five = plan_evaluations(START, three_years, Decimal("6000000"), rule_set=example)
    planned, _ = replan([], over_five)
    assert {e.kind for e in planned if e.independence_required} == {MID_TERM, FINAL}

    # The budget falls to T2: only the final evaluation must be independent now.
    lowered, changes = replan(planned, plan_evaluations(START, three_years, Decimal("3000000"), rule_set=example))
    assert {e.kind for e in lowered if e.independence_required} == {FINAL}
    assert any(c.action == "independence no longer required" and c.evaluation == "Mid-term evaluation" for c in changes)

    # Under ilo-2002 (approved on a day it was in force) the legacy rule marks the final evaluation.
    legacy, _ = replan(planned, plan_evaluations(START, three_years, Decimal("6000000"), rule_set=load_rule_set("ilo-2002")))
    assert [e.kind for e in legacy if e.independence_required and e.status.is_open] == [FINAL]
