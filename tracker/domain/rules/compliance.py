"""Compliance on a given date: overdue mandatory evaluations and the independence requirement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain.classifications import EvaluationStatus
from tracker.domain.i18n import translate
from tracker.domain.project import Evaluation


def is_overdue(evaluation: Evaluation, as_of: date) -> bool:
    """A mandatory evaluation is overdue once its due date has passed while it is still planned
    or in progress; completed, waived and no-longer-required ones never are."""
    return evaluation.mandatory and evaluation.status.is_open and evaluation.due < as_of


@dataclass(frozen=True)
class Compliance:
    as_of: date
    overdue: tuple[Evaluation, ...]
    independent_required: bool
    independent_met: bool

    @property
    def compliant(self) -> bool:
        return not self.overdue and (self.independent_met or not self.independent_required)

    def reasons(self) -> list[str]:
        found = [_overdue_text(e, self.as_of) for e in self.overdue]
        if self.independent_required and not self.independent_met:
            found.append(translate("Compliance", "no independent evaluation has been completed yet"))
        return found


def _overdue_text(evaluation: Evaluation, as_of: date) -> str:
    days = (as_of - evaluation.due).days
    return translate("Compliance", "{evaluation} was due {due} and is {status} (%n day(s) overdue)", "", days).format(
        evaluation=evaluation.title, due=evaluation.due.isoformat(), status=evaluation.status.label.lower())


def assess(evaluations: list[Evaluation], independent_required: bool, as_of: date) -> Compliance:
    overdue = tuple(sorted((e for e in evaluations if is_overdue(e, as_of)), key=lambda e: e.due))
    independent_met = any(
        e.status is EvaluationStatus.COMPLETED and e.independence.is_independent for e in evaluations
    )
    return Compliance(as_of, overdue, independent_required, independent_met)
