"""The rule-set format: every problem named with its place (rule_set_problems), the JSON written
back (rule_set_to_json) and the policy in force on a day (rule_set_in_force)."""

from __future__ import annotations

import copy
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.domain.rules.ruleset import (
    DEFAULT_RULE_SET,
    RuleSet,
    RuleSetError,
    load_rule_set,
    parse_rule_set,
    rule_set_in_force,
    rule_set_problems,
    rule_set_to_json,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "rulesets" / "example-tiered.json"
ORIGIN = "x.json"
UNNAMED = ("x.json, tier 4, evaluation 4: evaluation kind 'learning-review' is neither one of tracker's (final, mid-term, "
           "annual-review, mid-term-review, ex-post, evaluability-assessment, internal, independent, cluster) nor named under 'kinds'")


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def problems_after(change) -> list[str]:  # type: ignore[no-untyped-def]
    raw = example()
    change(raw)
    return rule_set_problems(raw, ORIGIN)


def test_the_example_and_ilo_2002_have_no_problem():
    assert rule_set_problems(example(), ORIGIN) == []
    ilo = json.loads((ROOT / "resources" / "rulesets" / "ilo-2002.json").read_text(encoding="utf-8"))
    assert rule_set_problems(ilo, "ilo-2002.json") == []


# ------------------------------------------------------------------ each problem, with its place


def _set(path: tuple[Any, ...], value: Any):  # type: ignore[no-untyped-def]
    def change(raw: dict[str, Any]) -> None:
        target = raw
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


def _drop(path: tuple[Any, ...]):  # type: ignore[no-untyped-def]
    def change(raw: dict[str, Any]) -> None:
        target = raw
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
    return change


@pytest.mark.parametrize(("change", "expected"), [
    # overlaps: named by both codes and a value in both
    (_set(("tiers", 2, "from_usd"), "900000"), "x.json: tier T1 and tier T2 overlap (900000 US$ is in both)"),
    (_set(("tiers", 3, "over_usd"), "4000000"), "x.json: tier T2 and tier T3 overlap (4000000.000001 US$ is in both)"),
    (_set(("bands", 1, "from"), "17"), "x.json: band A and band B overlap (17 months is in both)"),
    (_set(("bands", 2, "above"), "29.5"), "x.json: band B and band C overlap (29.500001 months is in both)"),
    # offset timings
    (_drop(("tiers", 1, "evaluations", 0, "months")),
     "x.json, tier 2, evaluation 1: timing 'before-end' needs 'months', a whole number from 1 to 240"),
    (_set(("tiers", 3, "evaluations", 0, "months"), 0),
     "x.json, tier 4, evaluation 1: timing 'after-start' needs 'months', a whole number from 1 to 240"),
    (_set(("tiers", 3, "evaluations", 0, "months"), 241),
     "x.json, tier 4, evaluation 1: timing 'after-start' needs 'months', a whole number from 1 to 240"),
    (_set(("tiers", 3, "evaluations", 0, "months"), 1.5),
     "x.json, tier 4, evaluation 1: timing 'after-start' needs 'months', a whole number from 1 to 240"),
    (_set(("bands", 0, "evaluations", 0, "months"), 3),
     "x.json, band 1, evaluation 1: 'months' applies only to the timings after-start, before-end"),
    (_set(("bands", 0, "evaluations", 0, "timing"), "yearly"),
     "x.json, band 1, evaluation 1: timing 'yearly' is not one of end, midpoint, anniversaries, after-start, before-end"),
    # bounds: a float, a negative number, text that is no number, both ends of one side
    (_set(("tiers", 2, "from_usd"), 1000000.5),
     "x.json, tier 3: 'from_usd' must be a number written as text ('18', '350000'), not 1000000.5"),
    (_set(("tiers", 2, "from_usd"), "-1"), "x.json, tier 3: 'from_usd' cannot be negative"),
    (_set(("bands", 1, "to"), "thirty"), "x.json, band 2: 'to' must be a number written as text ('18', '350000'), not 'thirty'"),
    (_set(("tiers", 3, "over_usd"), "Infinity"),
     "x.json, tier 4: 'over_usd' must be a number written as text ('18', '350000'), not 'Infinity'"),
    (_set(("tiers", 2, "over_usd"), "1000000"), "x.json, tier 3: give 'from_usd' or 'over_usd', not both"),
    (_set(("tiers", 2, "below_usd"), "900000"), "x.json, tier 3: give 'to_usd' or 'below_usd', not both"),
    (_set(("appraisal", 1, "below_usd"), "100"), "x.json, appraisal requirement 2: the lower bound is not below the upper bound"),
    # kinds
    (_set(("bands", 0, "evaluations", 0, "kind"), "wrap-up"),
     "x.json, band 1, evaluation 1: evaluation kind 'wrap-up' is neither one of tracker's (final, mid-term, annual-review, "
     "mid-term-review, ex-post, evaluability-assessment, internal, independent, cluster) nor named under 'kinds'"),
    # (a kind refused is not named: the tier's evaluation of that kind is told so too)
    (_set(("kinds", 0, "code"), "Learning Review"),
     ["x.json, kind 1: code 'Learning Review' must be lower-case letters, digits and hyphens (at most 40)", UNNAMED]),
    (_set(("kinds", 0, "code"), "l" * 41),
     [f"x.json, kind 1: code '{'l' * 41}' must be lower-case letters, digits and hyphens (at most 40)", UNNAMED]),
    (_set(("kinds", 0, "code"), "final"),
     ["x.json, kind 1: 'final' is one of tracker's own kinds: use it without naming it", UNNAMED]),
    (_set(("kinds", 0, "code"), "9-review"),
     ["x.json, kind 1: code '9-review' must be lower-case letters, digits and hyphens (at most 40)", UNNAMED]),
    (_set(("kinds", 0, "labels"), {"fr": 3}),
     'x.json, kind 1: \'labels\' must name a label by language, e.g. {"fr": "...", "es": "..."}'),
    (_set(("tiers", 3, "evaluations", 1, "kind"), "final"), "x.json, tier 4, evaluation 3: final is required twice"),
    (_set(("tiers", 3, "evaluations", 1, "independent"), "yes"), "x.json, tier 4, evaluation 2: 'independent' must be true or false"),
    # conditions
    (_set(("tiers", 0, "when"), {"donor": ["EU"]}), "x.json, tier 1, when: unknown condition donor (use modality, partner_category)"),
    (_set(("tiers", 0, "when"), {"modality": ["core"]}),
     "x.json, tier 1, when: 'core' is not a funding modality; use one of: rbtc, rbsa, xb, domestic-trust-fund"),
    (_set(("tiers", 0, "band_evaluations"), "drop"), "x.json, tier 1: 'band_evaluations' must be one of keep, replace"),
    # appraisal requirements
    (_set(("appraisal", 0, "result_choices"), ["low", 3]), "x.json, appraisal requirement 1: 'result_choices' must be a list of texts"),
    (_set(("appraisal", 0, "result_choices"), ["low", " "]), "x.json, appraisal requirement 1: 'result_choices' must be a list of texts"),
    (_set(("appraisal", 0, "result_choices"), "low"), "x.json, appraisal requirement 1: 'result_choices' must be a list"),
    (_set(("appraisal", 1, "code"), "ess-screening"), "x.json: appraisal requirement 'ess-screening' is named twice"),
    (_drop(("appraisal", 1, "reason")), "x.json, appraisal requirement 2: 'reason' is missing"),
    # effective date, name, version
    (_set(("effective_from",), "2027-13-01"), "x.json: 'effective_from' must be a date written 2027-01-31, not '2027-13-01'"),
    (_set(("effective_from",), "01/01/2027"), "x.json: 'effective_from' must be a date written 2027-01-31, not '01/01/2027'"),
    (_set(("name",), "Example Tiered"),
     "x.json: 'name' must be lower-case letters, digits, dots and hyphens (at most 60), as the file is named"),
    (_set(("version",), 0), "x.json: 'version' must be a whole number from 1"),
    (_drop(("bands", 0, "requires")), "x.json, band 1: 'requires' is missing"),
    (_set(("bands", 0, "requires"), " "), "x.json, band 1: 'requires' is empty"),
    (_set(("bands", 0, "requires"), 3), "x.json, band 1: 'requires' must be text, not 3"),
])
def test_each_problem_is_named_with_its_place(change, expected):
    expected = expected if isinstance(expected, list) else [expected]
    found = problems_after(change)
    assert found == expected
    raw = example()
    change(raw)
    with pytest.raises(RuleSetError) as refused:
        parse_rule_set(raw, ORIGIN)
    assert str(refused.value) == expected[0]


def test_a_partner_category_condition_names_the_valid_categories():
    [found] = problems_after(_set(("tiers", 0, "when"), {"partner_category": ["donor"]}))
    assert found.startswith("x.json, tier 1, when: 'donor' is not a partner category; use one of: multi-bilateral, european-union")


def test_every_problem_is_listed_at_once_and_loading_stops_at_the_first():
    def many(raw: dict[str, Any]) -> None:
        raw["effective_from"] = "someday"
        raw["bands"][2]["evaluations"][0]["kind"] = "yearly-review"
        raw["tiers"][1]["evaluations"][0].pop("months")
        raw["appraisal"][1]["code"] = "ess-screening"
        raw["tiers"][3]["over_usd"] = 5000000.5

    found = problems_after(many)
    assert [p.split(":")[0] for p in found] == [
        "x.json, band 3, evaluation 1",
        "x.json, tier 2, evaluation 1",
        "x.json, tier 4",
        "x.json",
        "x.json",
    ]
    assert "'effective_from'" in found[-1] and "'ess-screening' is named twice" in found[-2]
    raw = example()
    many(raw)
    with pytest.raises(RuleSetError, match="band 3, evaluation 1: evaluation kind 'yearly-review'"):
        parse_rule_set(raw, ORIGIN)


@pytest.mark.parametrize("raw", [[], "rules", None, 3])
def test_a_rule_set_that_is_not_an_object_is_said_so(raw):
    assert rule_set_problems(raw, ORIGIN) == ["x.json: must be an object with named fields"]


def test_a_tier_with_conditions_may_share_budgets_with_one_without():
    # RBSA-S (under US$800,000, voluntary core funding only) lies inside T1 (under US$1,000,000):
    # the first tier that applies wins, and the conditions make RBSA-S the narrower one.
    assert rule_set_problems(example(), ORIGIN) == []
    assert problems_after(_drop(("tiers", 0, "when"))) == ["x.json: tier RBSA-S and tier T1 overlap (0 US$ is in both)"]


# ------------------------------------------------------------------ written back


def test_the_example_round_trips_through_its_json():
    rules = parse_rule_set(example(), ORIGIN)
    written = rule_set_to_json(rules)
    assert parse_rule_set(json.loads(json.dumps(written)), ORIGIN) == rules
    assert rule_set_to_json(parse_rule_set(written, ORIGIN)) == written
    # What it writes is what the file says (bounds as text, the defaults left out).
    original = example()
    for key in ("name", "version", "title", "source", "effective_from", "duration_method", "kinds", "bands"):
        assert written[key] == original[key], key
    assert written["tiers"] == [{k: v for k, v in t.items() if (k, v) != ("band_evaluations", "keep")} for t in original["tiers"]]
    assert [{k: a[k] for k in sorted(a)} for a in written["appraisal"]] == [{k: a[k] for k in sorted(a)} for a in original["appraisal"]]


def test_ilo_2002_round_trips_through_its_json():
    rules = load_rule_set("ilo-2002")
    written = rule_set_to_json(rules)
    assert parse_rule_set(json.loads(json.dumps(written)), "ilo-2002.json") == rules
    original = json.loads((ROOT / "resources" / "rulesets" / "ilo-2002.json").read_text(encoding="utf-8"))
    assert written == original


def test_bounds_with_fractions_and_every_option_round_trip():
    raw = {
        "name": "every-option", "version": 3, "title": "t",
        "bands": [{"code": "S", "description": "short", "relation": "is", "above": "0.5", "below": "12.25", "requires": "r",
                   "evaluations": [{"kind": "mid-term-review", "timing": "midpoint", "only_if": "midterm_review_agreed"},
                                   {"kind": "final", "timing": "end", "independent": True}]},
                  {"code": "L", "description": "long", "relation": "is", "from": "12.25", "requires": "r",
                   "evaluations": [{"kind": "annual-review", "timing": "anniversaries"}]}],
        "tiers": [{"code": "T", "description": "d", "relation": "is", "over_usd": "0.01", "to_usd": "99999.99",
                   "when": {"modality": ["xb", "rbsa"], "partner_category": ["un"]}, "band_evaluations": "replace",
                   "requires": "r", "evaluations": [{"kind": "ex-post", "timing": "after-start", "months": 240}]}],
        "independent_evaluation": {"budget_over_usd": "350000.50", "assign_to": "mid-term-review", "description": "d"},
        "appraisal": [{"code": "a", "label": "l", "reason": "r", "from_usd": "0"}],
    }
    rules = parse_rule_set(raw, ORIGIN)
    written = rule_set_to_json(rules)
    assert parse_rule_set(json.loads(json.dumps(written)), ORIGIN) == rules
    assert written["bands"][0]["above"] == "0.5" and written["bands"][0]["below"] == "12.25"
    assert written["tiers"][0]["when"] == {"modality": ["rbsa", "xb"], "partner_category": ["un"]}
    assert written["independent_evaluation"]["budget_over_usd"] == "350000.5"


# ------------------------------------------------------------------ the policy in force


def policy(name: str, effective: str | None, version: int = 1) -> RuleSet:
    raw = copy.deepcopy(example())
    raw.update(name=name, version=version)
    raw.pop("effective_from")
    if effective:
        raw["effective_from"] = effective
    return parse_rule_set(raw, f"{name}.json")


def test_the_policy_in_force_is_the_last_to_take_effect():
    sets = [policy("p2002", "2002-11-01"), policy("p2017", "2017-03-01"), policy("p2027", "2027-01-01")]
    assert rule_set_in_force(date(2002, 11, 1), sets) == "p2002"
    assert rule_set_in_force(date(2017, 2, 28), sets) == "p2002"
    assert rule_set_in_force(date(2017, 3, 1), sets) == "p2017"  # on the effective day: the new one
    assert rule_set_in_force(date(2026, 12, 31), sets) == "p2017"
    assert rule_set_in_force(date(2027, 1, 1), sets) == "p2027"
    assert rule_set_in_force(date(2090, 1, 1), sets) == "p2027"


def test_before_every_policy_the_earliest_applies():
    sets = [policy("p2017", "2017-03-01"), policy("p2002", "2002-11-01")]
    assert rule_set_in_force(date(2000, 1, 1), sets) == "p2002"
    assert rule_set_in_force(date(2002, 10, 31), sets) == "p2002"


def test_a_rule_set_without_an_effective_date_is_never_in_force():
    sets = [policy("p2002", "2002-11-01"), policy("assigned-only", None, version=9)]
    for day in (date(1990, 1, 1), date(2002, 11, 1), date(2099, 1, 1)):
        assert rule_set_in_force(day, sets) == "p2002"
    assert rule_set_in_force(date(2030, 1, 1), [policy("assigned-only", None)]) == DEFAULT_RULE_SET
    assert rule_set_in_force(date(2030, 1, 1), []) == DEFAULT_RULE_SET


def test_policies_taking_effect_the_same_day_the_higher_version_then_the_name_wins():
    sets = [policy("p-a", "2027-01-01", version=2), policy("p-b", "2027-01-01", version=1), policy("p-c", "2027-01-01", version=2),
            policy("old", "2002-11-01")]
    for _ in range(5):
        random.shuffle(sets)
        assert rule_set_in_force(date(2027, 1, 1), sets) == "p-c"  # version 2; of p-a and p-c, the later name
        assert rule_set_in_force(date(2026, 12, 31), sets) == "old"


def test_the_policy_in_force_among_the_rule_sets_found(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_RULESETS", str(tmp_path))
    monkeypatch.setenv("TRACKER_USER_RULESETS", str(tmp_path / "user"))
    assert rule_set_in_force(date(2030, 1, 1)) == "ilo-2002"
    (tmp_path / "example-tiered.json").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")  # named where it is used, not here
    assert rule_set_in_force(date(2000, 1, 1)) == "ilo-2002"  # before every policy: the earliest
    assert rule_set_in_force(date(2026, 12, 31)) == "ilo-2002"
    assert rule_set_in_force(date(2027, 1, 1)) == "example-tiered"
