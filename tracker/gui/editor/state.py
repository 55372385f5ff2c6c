"""The editor's working copy of a project: what the user typed, what it parses to, what is wrong.

No widgets here: the editor window shows this state and feeds edits into it, so the parsing and
validation rules are tested without a screen."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from tracker.domain.codelists import country_code
from tracker.domain.dates import parse_iso_date
from tracker.domain.errors import FieldProblem
from tracker.domain.money import parse_decimal
from tracker.domain.project import Evaluation, Project
from tracker.domain.rules.engine import EvaluationPlan
from tracker.domain.rules.replan import PlanChange, replan
from tracker.domain.rules.ruleset import RuleSetError
from tracker.store.projects import plan_for


def _optional_date(text: str) -> date | None:
    return parse_iso_date(text, "date") if text.strip() else None


def _optional_amount(text: str) -> Decimal | None:
    return parse_decimal(text, "amount") if text.strip() else None


def _rate(text: str) -> Decimal:
    if not text.strip():
        raise ValueError("a US$ rate is required (1 for US$)")
    return parse_decimal(text, "rate")


def _countries(text: str) -> list[str]:
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    return [country_code(p) for p in parts]


def _currency(text: str) -> str:
    return text.strip().upper()


# Text fields: how the typed text becomes the project's value, and how a value shows as text.
TEXT_FIELDS: dict[str, tuple[Callable[[str], Any], Callable[[Any], str]]] = {
    "code": (str.strip, str),
    "title": (lambda t: t, str),
    "description": (lambda t: t, str),
    "office": (str.strip, str),
    "officer": (str.strip, str),
    "planned_start": (_optional_date, lambda v: v.isoformat() if v else ""),
    "planned_end": (_optional_date, lambda v: v.isoformat() if v else ""),
    "actual_end": (_optional_date, lambda v: v.isoformat() if v else ""),
    "budget": (_optional_amount, lambda v: "" if v is None else f"{v:,.2f}"),
    "currency": (_currency, str),
    "usd_rate": (_rate, lambda v: str(v)),
    "countries": (_countries, lambda v: ", ".join(v)),
}


@dataclass
class Snapshot:
    project: Project
    texts: dict[str, str]


@dataclass
class EditorState:
    """Working copy plus the raw text of every text field (which may not parse yet)."""

    project: Project
    texts: dict[str, str] = field(default_factory=dict)
    parse_errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_project(cls, project: Project) -> "EditorState":
        state = cls(copy.deepcopy(project))
        state.texts = {name: show(getattr(project, name)) for name, (_, show) in TEXT_FIELDS.items()}
        return state

    # ------------------------------------------------------------ edits

    def set_text(self, name: str, text: str) -> None:
        parse, _ = TEXT_FIELDS[name]
        self.texts[name] = text
        try:
            value = parse(text)
        except ValueError as exc:
            self.parse_errors[name] = str(exc)
            return
        self.parse_errors.pop(name, None)
        setattr(self.project, name, value)

    def set_value(self, name: str, value: Any) -> None:
        setattr(self.project, name, value)

    def snapshot(self) -> Snapshot:
        return Snapshot(copy.deepcopy(self.project), dict(self.texts))

    def restore(self, snapshot: Snapshot) -> None:
        self.project = copy.deepcopy(snapshot.project)
        self.texts = dict(snapshot.texts)
        self.parse_errors = {}
        for name, text in self.texts.items():
            self.set_text(name, text)

    # ------------------------------------------------------------ validation

    def problems(self) -> list[FieldProblem]:
        """Everything that stops a save: unparseable input first, then the domain's rules. The
        problems of child records carry their kind and index (FieldProblem.kind, .index)."""
        self.project.attach_fundings()
        found = [FieldProblem(name, message) for name, message in self.parse_errors.items()]
        parsed_badly = set(self.parse_errors)
        found += [p for p in self.project.problems() if p.field not in parsed_badly]
        return found + self.project.record_problems()

    def field_messages(self) -> dict[str, str]:
        """The first problem of each of the project's own fields, for the message shown next to
        it (a funding line's currency is not the project's)."""
        messages: dict[str, str] = {}
        for problem in self.problems():
            if not problem.kind:
                messages.setdefault(problem.field, problem.message)
        return messages

    # ------------------------------------------------------------ evaluation plan

    def plan(self) -> EvaluationPlan | None:
        if "planned_start" in self.parse_errors or "planned_end" in self.parse_errors or "budget" in self.parse_errors:
            return None
        if "usd_rate" in self.parse_errors or (self.project.budget is not None and self.project.usd_rate <= 0):
            return None
        try:
            return plan_for(self.project)
        except (RuleSetError, ValueError):
            return None

    def planned_evaluations(self) -> tuple[list[Evaluation], list[PlanChange]]:
        """The evaluations as they will be after saving (the store re-plans the same way), and the
        changes the rules make to the ones the user has."""
        plan = self.plan()
        if plan is None:
            return sorted(self.project.evaluations, key=lambda e: (e.due, e.kind.value, e.sequence)), []
        return replan(self.project.evaluations, plan)
