"""A grid of ilo-2002 plans (durations around every band boundary x budgets around the
independence threshold, with and without an agreed mid-term review, in English, French and
Spanish), written out as JSON.

tests/domain/data/ilo2002_grid.json was written by running this file against the code before rule
sets v2 (commit af563f9, the parent of d074a62):

    git worktree add /tmp/old af563f9
    PYTHONPATH=/tmp/old .venv/bin/python tests/domain/ilo2002_grid.py > tests/domain/data/ilo2002_grid.json

test_rule_set_tiers.py computes the same grid with today's engine and compares: ilo-2002 must plan
exactly as it did (kinds, sequences, due dates, independence, every reason). This file uses only
what both versions of the engine offer."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

STARTS = (date(2024, 1, 1), date(2024, 1, 31), date(2028, 2, 29))
# Whole months of a project ending the day before the same day n months on; at the band bounds of
# ilo-2002 (18 and 30 months) a day either side too.
MONTHS = (6, 12, 17, 18, 24, 30, 31, 48, 61)
AT_BOUNDS = (18, 30)
BUDGETS = (Decimal("100000.00"), Decimal("350000.00"), Decimal("350000.01"), Decimal("5000000.01"))
# French and Spanish: the first start only, a budget either side of the threshold.
OTHER_LANGUAGES = ("fr", "es")
OTHER_BUDGETS = (Decimal("350000.00"), Decimal("350000.01"))


def _end(start: date, months: int) -> date:
    # The same day `months` later (clamped to the month's end), minus one: exactly `months` months.
    from tracker.domain.dates import add_months

    return add_months(start, months) - timedelta(days=1)


def periods(start: date) -> list[tuple[date, date]]:
    found = []
    for months in MONTHS:
        end = _end(start, months)
        found.append((start, end))
        if months in AT_BOUNDS:
            found += [(start, end - timedelta(days=1)), (start, end + timedelta(days=1))]
    return found


def _plan(start: date, end: date, budget: Decimal, agreed: bool) -> dict[str, Any]:
    from tracker.domain.rules import load_rule_set, plan_evaluations

    plan = plan_evaluations(start, end, budget, midterm_review_agreed=agreed, rule_set=load_rule_set("ilo-2002"))
    return {
        "start": start.isoformat(), "end": end.isoformat(), "budget_usd": str(budget), "midterm_review_agreed": agreed,
        "band": plan.band.code, "duration": plan.duration_text, "band_reason": plan.band_reason,
        "independent_required": plan.independent_required, "independence_reason": plan.independence_reason,
        "evaluations": [[e.kind.value, e.sequence, e.due.isoformat(), e.independent, e.mandatory, e.reason]
                        for e in plan.evaluations],
    }


LOCALES = {"en": "en_US.UTF-8", "fr": "fr_FR.UTF-8", "es": "es_ES.UTF-8"}


@contextmanager
def _in_language(language: str) -> Iterator[None]:
    """Texts in `language`, numbers written as its usual locale writes them (whatever the machine's)."""
    from tracker.domain.i18n import using_language

    before = os.environ.get("LC_ALL")
    os.environ["LC_ALL"] = LOCALES[language]
    try:
        with using_language(language):
            yield
    finally:
        if before is None:
            del os.environ["LC_ALL"]
        else:
            os.environ["LC_ALL"] = before


def grid() -> dict[str, list[dict[str, Any]]]:
    """Language -> the plans of the grid in that language."""
    out: dict[str, list[dict[str, Any]]] = {}
    with _in_language("en"):
        out["en"] = [_plan(start, end, budget, agreed) for first in STARTS for start, end in periods(first)
                     for budget in BUDGETS for agreed in (False, True)]
    for language in OTHER_LANGUAGES:
        with _in_language(language):
            out[language] = [_plan(start, end, budget, True) for start, end in periods(STARTS[0]) for budget in OTHER_BUDGETS]
    return out


if __name__ == "__main__":
    result = grid()
    sys.stdout.write("{\n" + ",\n".join(
        f"{json.dumps(language)}: [\n" + ",\n".join(json.dumps(plan, ensure_ascii=False) for plan in plans) + "\n]"
        for language, plans in result.items()) + "\n}\n")
