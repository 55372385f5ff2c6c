"""The evaluations' reasons in the report's language: the database keeps them in English (the
stored language, like the audit trail); a French or Spanish report works them out again for each
project (tracker.store.plan_reasons), numbers written the locale's way, and an English report
prints the stored reasons exactly."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import openpyxl
import pytest

from tracker.domain.evaluations import OPTIONAL_REASON
from tracker.domain.i18n import STORED_LANGUAGE, using_language
from tracker.domain.rules.engine import plan_evaluations
from tracker.domain.rules.ruleset import load_rule_set
from tracker.reports import write_compliance_report, write_donor_report
from tracker.store import donor_queries
from tracker.store import report_queries as q
from tracker.store.plan_reasons import Planning, ReportReasons, wanted
from tracker.store.sql import execute

AS_OF = dt.date(2026, 11, 25)
# English words a French or Spanish reason must not hold ("budget" is French too: "budget US$" is not).
ENGLISH = re.compile(r"\b(months?|due|evaluations?|independent|is over|budget US)\b|US\$\d")
# A duration in months and an amount, as each locale writes them.
MONTHS = {"fr": re.compile(r"\b\d+,\d\d mois\b"), "es": re.compile(r"\b\d+,\d\d meses\b")}
AMOUNT = {"fr": re.compile(r"\d{1,3}(?:[\u202f\u00a0 ]\d{3})+,\d\d \$É\.-U\."), "es": re.compile(r"\d{1,3}(?:\.\d{3})+,\d\d US\$")}
ENGLISH_AMOUNT = re.compile(r"US\$\d{1,3}(?:,\d{3})+\.\d\d")


def _reasons(path) -> list[tuple[str, str]]:
    """(project code, reason) of each row of the Evaluations sheet (the list whose last column is
    the reason: the compliance report's last sheet, the donor report's seventh)."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[6] if len(book.worksheets) > 6 else book.worksheets[-1]
    return [(row[0], row[-1]) for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]]


def _compliance(tmp_path, language: str) -> list[tuple[str, str]]:
    return _reasons(write_compliance_report(tmp_path / f"compliance-{language}.xlsx", AS_OF, language=language))


def _donor(tmp_path, language: str) -> list[tuple[str, str]]:
    return _reasons(write_donor_report(tmp_path / f"donor-{language}.xlsx", "LUX", 2018, 2023, as_of=AS_OF, language=language))


def _stored_compliance() -> list[tuple[str, str]]:
    return [(e.project_code, e.reason) for e in q.compliance_evaluations()]


@pytest.mark.parametrize("report", ["compliance", "donor"])
def test_english_report_prints_the_stored_reasons_exactly(demo_db, tmp_path, report):
    if report == "compliance":
        assert _compliance(tmp_path, "en") == _stored_compliance()
    else:
        shown = _donor(tmp_path, "en")
        pid = execute("SELECT id FROM partner WHERE code = :c", {"c": "LUX"}).fetchone()[0]
        assert shown == [(e.project_code, e.reason) for e in donor_queries.partner_evaluations(pid, 2018, 2023)]
        assert len(shown) > 5


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("report", ["compliance", "donor"])
def test_french_and_spanish_reports_give_every_reason_in_their_language(demo_db, tmp_path, report, language):
    write = _compliance if report == "compliance" else _donor
    english = write(tmp_path, "en")
    shown = write(tmp_path, language)
    assert [code for code, _ in shown] == [code for code, _ in english]
    assert len(shown) > 5
    for (code, theirs), (_, ours) in zip(shown, english):
        assert theirs != ours, f"{code}: {theirs!r} left in English"
        assert not ENGLISH.search(theirs), f"{code}: English in {theirs!r}"
        assert MONTHS[language].search(theirs), theirs
    # The independence comparison, amounts written the locale's way, wherever English gives one.
    with_amounts = [(theirs, ours) for (_, theirs), (_, ours) in zip(shown, english) if ENGLISH_AMOUNT.search(ours)]
    assert with_amounts
    for theirs, _ in with_amounts:
        assert len(AMOUNT[language].findall(theirs)) == 2, theirs


def test_a_reason_the_rules_do_not_give_is_shown_as_stored(demo_db, tmp_path):
    """A reason written by someone (or by an older rule set, before a re-plan) is not the rules'
    own: a translation would put other words in the reader's mouth, so it stays as stored."""
    code, _ = _stored_compliance()[0]
    pid = execute("SELECT id FROM project WHERE code = :c", {"c": code}).fetchone()[0]
    execute("UPDATE evaluation SET reason = :r WHERE id = (SELECT MIN(id) FROM evaluation WHERE project_id = :p AND mandatory)",
            {"r": "Agreed with the donor at the 2019 review", "p": pid})
    shown = _compliance(tmp_path, "fr")
    assert shown.count((code, "Agreed with the donor at the 2019 review")) == 1
    assert sum(1 for c, _ in shown if c == code) >= 1
    others = [reason for c, reason in shown if reason != "Agreed with the donor at the 2019 review"]
    assert others and not any(ENGLISH.search(reason) for reason in others)


# ---------------------------------------------------------------- ReportReasons itself

RULES = "ilo-2002"
PLANNING = Planning("2021-01-01", "2022-12-31", 50_000_000, "USD", "1", 0, RULES)  # 24 months, US$500,000
EUROS = Planning("2021-01-01", "2022-12-31", 40_000_000, "EUR", "1.10", False, RULES)  # EUR 400,000 = US$440,000


def _english_plan(planning: Planning = PLANNING, budget: str = "500000.00"):
    with using_language(STORED_LANGUAGE):
        return plan_evaluations(dt.date.fromisoformat(str(planning.start)), dt.date.fromisoformat(str(planning.end)),
                                Decimal(budget), rule_set=load_rule_set(RULES))


def test_in_the_stored_language_nothing_is_worked_out():
    assert not wanted("en") and wanted("fr") and wanted("es")
    with using_language("en"):
        reasons = ReportReasons()
        assert not reasons.active
        assert reasons.reason("P", PLANNING, "final", 1, "anything at all") == "anything at all"


def test_each_planned_reason_in_the_current_language_and_others_as_stored():
    plan = _english_plan()
    final = next(e for e in plan.evaluations if e.kind.value == "final")
    with using_language("fr"):
        reasons = ReportReasons()
        french = reasons.reason("P", PLANNING, "final", 1, final.reason)
        assert "24,00 mois" in french and "500\u202f000,00 $É.-U." in french
        assert not ENGLISH.search(french)
        # Not in the plan (an evaluation kept from an older plan), or not the rules' words: as stored.
        assert reasons.reason("P", PLANNING, "annual-review", 3, final.reason) == final.reason
        assert reasons.reason("P", PLANNING, "final", 1, "Moved at the donor's request") == "Moved at the donor's request"
        # An optional evaluation added in English: its reason in French.
        assert reasons.reason("P", PLANNING, "ex-post", 1, OPTIONAL_REASON) == "Ajoutée par le chargé de projet (facultative)"
        assert reasons.reason("P", PLANNING, "ex-post", 2, "Añadida por el oficial de proyecto (opcional)") == \
            "Ajoutée par le chargé de projet (facultative)"
        # No plan: no dates, a rule set that cannot be loaded.
        assert reasons.reason("Q", PLANNING._replace(end=None), "final", 1, final.reason) == final.reason
        assert reasons.reason("R", PLANNING._replace(rule_set="no-such-rules"), "final", 1, final.reason) == final.reason


def test_a_budget_in_another_currency_is_compared_in_us_dollars():
    plan = _english_plan(EUROS, "440000.00")
    final = next(e for e in plan.evaluations if e.kind.value == "final")
    assert "US$440,000.00" in final.reason
    with using_language("es"):
        spanish = ReportReasons().reason("E", EUROS, "final", 1, final.reason)
    assert "440.000,00 US$" in spanish and "24,00 meses" in spanish


def test_the_independence_a_replan_added_to_another_evaluation_is_translated_too():
    """tracker.domain.rules.replan appends "; independent: budget ... is over ..." to the reason of
    the evaluation it makes independent when the plan had given that to another one."""
    plan = _english_plan()
    midterm = next(e for e in plan.evaluations if e.kind.value == "mid-term")
    assert "independent" not in midterm.reason
    stored = midterm.reason + "; independent: " + plan.independence_comparison
    with using_language("fr"):
        reasons = ReportReasons()
        plain = reasons.reason("P", PLANNING, "mid-term", 1, midterm.reason)
        french = reasons.reason("P", PLANNING, "mid-term", 1, stored)
    assert plain.startswith("24,00 mois") and "évaluation indépendante" not in plain
    assert french == plain + "\u202f; évaluation indépendante\u202f: budget de 500\u202f000,00 $É.-U., supérieur à 350\u202f000,00 $É.-U."
    assert not ENGLISH.search(french), french
