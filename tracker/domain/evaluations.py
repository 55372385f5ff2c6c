"""What an officer does to a project's evaluations: start one, record its completion, waive it or
withdraw the waiver, plan its form or require it to be independent, add an optional one.

Each action is a pure function of the project: it returns the new evaluation record (the caller
puts it in place of the old one, or appends it) and leaves the project untouched, or raises
ValidationError whose FieldProblems name the evaluation (title and due date) and the field, and
carry kind "evaluation" and the record's position in `project.evaluations`. The store's
operations (tracker.store.evaluations), the editor and `tracker evaluation` all call these, so a
refusal reads the same everywhere."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date

from tracker.domain import records
from tracker.domain.classifications import (
    RATING_SCALE,
    Criterion,
    EvaluationKind,
    EvaluationStatus,
    Independence,
    rating_label,
)
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from tracker.domain.project import Evaluation, Project
from tracker.domain.rules.engine import EvaluationPlan

KIND = "evaluation"
EVALUATOR_WIDTH: int = records.EVALUATION.field("evaluator").width or 200  # the store's column (PostgreSQL enforces it)
# An optional evaluation's reason, in the language of whoever adds it (as the rules' reasons are).
OPTIONAL_REASON = QT_TRANSLATE_NOOP("EvaluationAction", "Added by the project officer (optional)")
# A project has one final evaluation, one mid-term evaluation and one mid-term review; annual
# reviews are numbered and ex-post evaluations may be several.
_ONE_PER_PROJECT = frozenset({EvaluationKind.FINAL, EvaluationKind.MID_TERM, EvaluationKind.MID_TERM_REVIEW})


# ---------------------------------------------------------------- naming and finding


def describe(evaluation: Evaluation) -> str:
    """How a message names an evaluation: "the final evaluation due 2025-12-31"."""
    return translate("EvaluationAction", "the {evaluation} due {due}").format(
        evaluation=evaluation.title.lower(), due=evaluation.due.isoformat())


def reference(evaluation: Evaluation) -> str:
    """How the command line names an evaluation: "final", "annual-review 2", "ex-post 2"."""
    if evaluation.kind is EvaluationKind.ANNUAL_REVIEW or evaluation.sequence != 1:
        return f"{evaluation.kind.value} {evaluation.sequence}"
    return evaluation.kind.value


def parse_reference(text: str) -> tuple[EvaluationKind, int]:
    """(kind, sequence) from "final", "mid-term", "annual-review 2", "Annual review 2" or
    "annual-review-2"; the sequence is 1 when not given. Raises ValueError naming the kinds."""
    words = text.strip().replace("_", "-").split()
    sequence = 1
    if len(words) > 1 and words[-1].isdigit():
        sequence = int(words.pop())
    elif len(words) == 1 and "-" in words[0] and words[0].rsplit("-", 1)[1].isdigit():
        head, number = words[0].rsplit("-", 1)
        words, sequence = [head], int(number)
    kinds = ", ".join(EvaluationKind.codes())
    if not words:
        raise ValueError(translate("EvaluationAction", "'{text}' names no evaluation; use a kind ({kinds}) and, for a "
                                                       "repeated kind, its number").format(text=text, kinds=kinds))
    try:
        kind = EvaluationKind.parse(" ".join(words))
    except ValueError:
        raise ValueError(translate("EvaluationAction", "'{text}' is not a kind of evaluation; use one of: {kinds}").format(
            text=" ".join(words), kinds=kinds)) from None
    if sequence < 1:
        raise ValueError(translate("EvaluationAction", "'{text}': evaluations are numbered from 1").format(text=text))
    return kind, sequence


def index_of(project: Project, *, uuid: str | None = None, key: tuple[EvaluationKind, int] | None = None) -> int | None:
    """Position in `project.evaluations` of the evaluation with this uuid, or this (kind,
    sequence): a live one before a "no longer required" twin of the same key; None if absent."""
    if uuid is not None:
        return next((i for i, e in enumerate(project.evaluations) if e.uuid == uuid), None)
    found = [i for i, e in enumerate(project.evaluations) if e.key == key]
    live = [i for i in found if project.evaluations[i].status is not EvaluationStatus.NOT_REQUIRED]
    if live:
        return live[0]
    return found[0] if found else None


def _problem(field: str, index: int, message: str) -> FieldProblem:
    return FieldProblem(field, message, KIND, index)


def _refuse(project: Project, problems: list[FieldProblem]) -> None:
    if problems:
        subject = (translate("Validation", "project {code}").format(code=project.code) if project.code
                   else translate("EvaluationAction", "project (new)"))
        raise ValidationError(problems, subject=subject)


def _target(project: Project, index: int) -> Evaluation:
    if not 0 <= index < len(project.evaluations):
        raise IndexError(translate("EvaluationAction", "project {code} has no evaluation at position {index}").format(
            code=project.code, index=index))
    return project.evaluations[index]


def _copy(evaluation: Evaluation, **changes: object) -> Evaluation:
    changes.setdefault("ratings", dict(evaluation.ratings))
    return dataclasses.replace(evaluation, **changes)  # type: ignore[arg-type]


# Why nothing more can be done to an evaluation in a status, one sentence for each thing refused
# ({name}: describe(); {reason}: the waiver's; {date}: the completion date).
_NO_LONGER_REQUIRED = {
    "completed": QT_TRANSLATE_NOOP("EvaluationAction", "{name} is no longer required by the rules, so it cannot be completed; "
                                                       "add an optional evaluation instead"),
    "started": QT_TRANSLATE_NOOP("EvaluationAction", "{name} is no longer required by the rules, so it cannot be started; "
                                                     "add an optional evaluation instead"),
    "planned again": QT_TRANSLATE_NOOP("EvaluationAction", "{name} is no longer required by the rules, so it cannot be planned "
                                                           "again; add an optional evaluation instead"),
    "required to be independent": QT_TRANSLATE_NOOP("EvaluationAction", "{name} is no longer required by the rules, so it "
                                                                        "cannot be required to be independent; add an optional "
                                                                        "evaluation instead"),
}
_WAIVED = {
    "completed": QT_TRANSLATE_NOOP("EvaluationAction", "{name} was waived ({reason}), so it cannot be completed; withdraw the "
                                                       "waiver first"),
    "started": QT_TRANSLATE_NOOP("EvaluationAction", "{name} was waived ({reason}), so it cannot be started; withdraw the "
                                                     "waiver first"),
    "planned again": QT_TRANSLATE_NOOP("EvaluationAction", "{name} was waived ({reason}), so it cannot be planned again; "
                                                           "withdraw the waiver first"),
    "required to be independent": QT_TRANSLATE_NOOP("EvaluationAction", "{name} was waived ({reason}), so it cannot be required "
                                                                        "to be independent; withdraw the waiver first"),
}
_COMPLETED = {
    "started": QT_TRANSLATE_NOOP("EvaluationAction", "{name} was completed on {date}, so it cannot be started; record its "
                                                     "completion again to correct it"),
    "planned again": QT_TRANSLATE_NOOP("EvaluationAction", "{name} was completed on {date}, so it cannot be planned again; "
                                                           "record its completion again to correct it"),
    "required to be independent": QT_TRANSLATE_NOOP("EvaluationAction", "{name} was completed on {date}, so it cannot be "
                                                                        "required to be independent; record its completion "
                                                                        "again to correct it"),
}


def _said(pattern: str, evaluation: Evaluation) -> str:
    return translate("EvaluationAction", pattern).format(
        name=describe(evaluation), reason=evaluation.waiver_reason,
        date=evaluation.completed_on.isoformat() if evaluation.completed_on else "")


def _closed_status(evaluation: Evaluation, index: int, doing: str) -> FieldProblem | None:
    """Why nothing more can be done to a waived or no-longer-required evaluation (`doing`: a key of
    the tables above)."""
    if evaluation.status is EvaluationStatus.NOT_REQUIRED:
        return _problem("status", index, _said(_NO_LONGER_REQUIRED[doing], evaluation))
    if evaluation.status is EvaluationStatus.WAIVED:
        return _problem("status", index, _said(_WAIVED[doing], evaluation))
    return None


def _completed_status(evaluation: Evaluation, index: int, doing: str) -> FieldProblem | None:
    if evaluation.status is EvaluationStatus.COMPLETED:
        return _problem("status", index, _said(_COMPLETED[doing], evaluation))
    return _closed_status(evaluation, index, doing)


def _start_status(evaluation: Evaluation, index: int) -> FieldProblem | None:
    if evaluation.status is EvaluationStatus.IN_PROGRESS:
        return _problem("status", index, _said(QT_TRANSLATE_NOOP("EvaluationAction", "{name} is already in progress"), evaluation))
    return _completed_status(evaluation, index, "started")


def _waive_status(evaluation: Evaluation, index: int) -> FieldProblem | None:
    if evaluation.status is EvaluationStatus.COMPLETED:
        return _problem("status", index, _said(QT_TRANSLATE_NOOP(
            "EvaluationAction", "{name} was completed on {date}; a completed evaluation cannot be waived"), evaluation))
    if evaluation.status is EvaluationStatus.NOT_REQUIRED:
        return _problem("status", index, _said(QT_TRANSLATE_NOOP(
            "EvaluationAction", "{name} is no longer required by the rules: there is nothing to waive"), evaluation))
    return None


def _withdraw_status(evaluation: Evaluation, index: int) -> FieldProblem | None:
    if evaluation.status is not EvaluationStatus.WAIVED:
        return _problem("status", index, translate(
            "EvaluationAction", "{name} is {status}, not waived: there is no waiver to withdraw").format(
            name=describe(evaluation), status=evaluation.status.label.lower()))
    return None


# Which statuses each action accepts, as the reason it refuses the others: the editor asks this
# before opening a dialog (and greys out what cannot apply), the actions before anything else.
_STATUS_CHECKS = {
    "start": _start_status,
    "complete": lambda e, i: _closed_status(e, i, "completed"),  # again on a completed one: a correction
    "waive": _waive_status,
    "withdraw-waiver": _withdraw_status,
    "plan": lambda e, i: _completed_status(e, i, "planned again"),
    "require-independence": lambda e, i: _completed_status(e, i, "required to be independent"),
}
ACTIONS = tuple(_STATUS_CHECKS)


def status_problem(evaluation: Evaluation, index: int, action: str) -> FieldProblem | None:
    """Why `action` (one of ACTIONS) cannot apply to the evaluation in its status, whatever the
    input; None when it can. `index` is its position in the project's evaluations."""
    return _STATUS_CHECKS[action](evaluation, index)


# ---------------------------------------------------------------- actions


def start_evaluation(project: Project, index: int) -> Evaluation:
    """Mark a planned evaluation as in progress."""
    evaluation = _target(project, index)
    problem = status_problem(evaluation, index, "start")
    _refuse(project, [problem] if problem else [])
    return _copy(evaluation, status=EvaluationStatus.IN_PROGRESS)


def _rating_problems(ratings: Mapping[Criterion | str, int], name: str, index: int) -> tuple[dict[Criterion, int], list[FieldProblem]]:
    found: list[FieldProblem] = []
    clean: dict[Criterion, int] = {}
    low, high = min(RATING_SCALE), max(RATING_SCALE)
    for criterion, rating in ratings.items():
        try:
            known = criterion if isinstance(criterion, Criterion) else Criterion.parse(str(criterion))
        except ValueError:
            found.append(_problem("ratings", index, translate(
                "EvaluationAction", "{name} cannot be rated on '{criterion}', which is not an evaluation criterion; use one "
                                    "of: {codes}").format(name=name, criterion=criterion, codes=", ".join(Criterion.codes()))))
            continue
        if isinstance(rating, bool) or not isinstance(rating, int) or rating not in RATING_SCALE:
            found.append(_problem(f"rating_{known.value}", index, translate(
                "EvaluationAction", "{name} cannot be rated {rating} on {criterion}: ratings run from {low} ({low_label}) to "
                                    "{high} ({high_label})").format(
                name=name, rating=repr(rating), criterion=known.label.lower(), low=low, low_label=rating_label(low).lower(),
                high=high, high_label=rating_label(high).lower())))
            continue
        clean[known] = rating
    return clean, found


def record_completion(
    project: Project,
    index: int,
    *,
    completed_on: date | None,
    evaluator: str,
    independence: Independence | None = None,
    ratings: Mapping[Criterion | str, int] | None = None,
    findings: str = "",
    today: date | None = None,
) -> Evaluation:
    """Record that the evaluation was carried out: when, by whom, in which form (default: the
    form it was planned in), its ratings on the criteria (1-6) and its findings. Recording again
    on a completed evaluation corrects the record."""
    evaluation = _target(project, index)
    name = describe(evaluation)
    today = today or date.today()
    form = independence or evaluation.independence
    found: list[FieldProblem] = []
    closed = status_problem(evaluation, index, "complete")
    if closed is not None:
        found.append(closed)
    if completed_on is None:
        found.append(_problem("completed_on", index, translate(
            "EvaluationAction", "{name} needs the date it was completed").format(name=name)))
    elif completed_on > today:
        found.append(_problem("completed_on", index, translate(
            "EvaluationAction", "{name} cannot be completed on {date}, a date in the future (today is {today})").format(
            name=name, date=completed_on.isoformat(), today=today.isoformat())))
    elif project.planned_start is not None and completed_on < project.planned_start:
        found.append(_problem("completed_on", index, translate(
            "EvaluationAction", "{name} cannot be completed on {date}, before the project's start on {start}").format(
            name=name, date=completed_on.isoformat(), start=project.planned_start.isoformat())))
    evaluator = (evaluator or "").strip()
    if not evaluator:
        found.append(_problem("evaluator", index, translate(
            "EvaluationAction", "{name} needs the name of who carried it out").format(name=name)))
    elif len(evaluator) > EVALUATOR_WIDTH:
        found.append(_problem("evaluator", index, translate(
            "EvaluationAction", "{name}: keep the evaluator's name to {width} characters (it has {length})").format(
            name=name, width=EVALUATOR_WIDTH, length=len(evaluator))))
    if evaluation.independence_required and not form.is_independent:
        found.append(_problem("independence", index, translate(
            "EvaluationAction", "{name} must be independent (independent internal or external), not a {form}").format(
            name=name, form=form.label.lower())))
    clean, rating_problems = _rating_problems(ratings or {}, name, index)
    found += rating_problems
    _refuse(project, found)
    return _copy(
        evaluation,
        status=EvaluationStatus.COMPLETED,
        completed_on=completed_on,
        evaluator=evaluator,
        independence=form,
        ratings=clean,
        findings=(findings or "").strip(),
    )


def waive_evaluation(project: Project, index: int, reason: str) -> Evaluation:
    """Waive an evaluation that will not be carried out, with the reason (for the record and for
    closing: a waived mandatory evaluation no longer holds the project open). Waiving a waived
    one again replaces the reason."""
    evaluation = _target(project, index)
    name = describe(evaluation)
    problem = status_problem(evaluation, index, "waive")
    found = [problem] if problem else []
    if not (reason or "").strip():
        found.append(_problem("waiver_reason", index, translate(
            "EvaluationAction", "waiving {name} needs the reason for the waiver").format(name=name)))
    _refuse(project, found)
    return _copy(evaluation, status=EvaluationStatus.WAIVED, waiver_reason=reason.strip())


def withdraw_waiver(project: Project, index: int) -> Evaluation:
    """Undo a waiver: the evaluation is planned again (and overdue again if its date has passed)."""
    evaluation = _target(project, index)
    problem = status_problem(evaluation, index, "withdraw-waiver")
    _refuse(project, [problem] if problem else [])
    return _copy(evaluation, status=EvaluationStatus.PLANNED, waiver_reason="")


def plan_independence(project: Project, index: int, independence: Independence) -> Evaluation:
    """Plan the form of an evaluation still to be done: self-evaluation, independent internal or
    external. One that must be independent cannot be planned as a self-evaluation."""
    evaluation = _target(project, index)
    found = []
    problem = status_problem(evaluation, index, "plan")
    if problem is not None:
        found.append(problem)
    elif evaluation.independence_required and not independence.is_independent:
        found.append(_problem("independence", index, translate(
            "EvaluationAction", "{name} must be independent (independent internal or external), so it cannot be planned as "
                                "a {form}").format(name=describe(evaluation), form=independence.label.lower())))
    _refuse(project, found)
    return _copy(evaluation, independence=independence)


def require_independence(
    project: Project, index: int, independence: Independence | None = None, *, plan: EvaluationPlan | None
) -> Evaluation:
    """Make this evaluation the one that must be independent, planned as `independence` (default:
    its planned form if independent, else independent internal). The rules' requirement (a budget
    over the threshold) then rests on it: on saving, the re-plan lifts it from the final
    evaluation. `plan` is the rules' plan for the project as it stands: where the rules require
    no independent evaluation, a re-plan would lift the requirement again, so it is refused."""
    evaluation = _target(project, index)
    name = describe(evaluation)
    form = independence or (evaluation.independence if evaluation.independence.is_independent else Independence.INDEPENDENT_INTERNAL)
    found = []
    problem = status_problem(evaluation, index, "require-independence")
    if problem is not None:
        found.append(problem)
    elif evaluation.independence_required:
        found.append(_problem("independence_required", index, translate(
            "EvaluationAction", "{name} is already required to be independent").format(name=name)))
    if not form.is_independent:
        found.append(_problem("independence", index, translate(
            "EvaluationAction", "{name} cannot be required to be independent as a {form}; choose independent internal or "
                                "external").format(name=name, form=form.label.lower())))
    if plan is None:
        found.append(_problem("independence_required", index, translate(
            "EvaluationAction", "{name} cannot be required to be independent before the project's planned start, end and "
                                "budget are set: the rules decide whether an independent evaluation is required").format(name=name)))
    elif not plan.independent_required:
        found.append(_problem("independence_required", index, translate(
            "EvaluationAction", "{name} cannot be required to be independent: the rules require no independent evaluation "
                                "({comparison}); plan it as independent instead").format(
            name=name, comparison=plan.independence_comparison)))
    _refuse(project, found)
    return _copy(evaluation, independence=form, independence_required=True)


def add_optional_evaluation(
    project: Project, kind: EvaluationKind, due: date | None, independence: Independence = Independence.SELF
) -> Evaluation:
    """A new evaluation the rules do not require (an ex-post evaluation, an extra annual review, a
    mid-term evaluation of a short project), numbered after the others of its kind. Its problems
    are placed at the position it would take, the end of `project.evaluations`."""
    index = len(project.evaluations)
    what = translate("EvaluationAction", "an optional {evaluation}").format(evaluation=kind.label.lower())
    found = []
    if due is None:
        found.append(_problem("due", index, translate("EvaluationAction", "{what} needs its due date").format(what=what)))
    elif project.planned_start is not None and due < project.planned_start:
        found.append(_problem("due", index, translate(
            "EvaluationAction", "{what} cannot be due on {due}, before the project's start on {start}").format(
            what=what, due=due.isoformat(), start=project.planned_start.isoformat())))
    if kind in _ONE_PER_PROJECT:
        live = [e for e in project.evaluations if e.kind is kind
                and e.status not in (EvaluationStatus.NOT_REQUIRED, EvaluationStatus.WAIVED)]
        if live:
            found.append(_problem("kind", index, translate(
                "EvaluationAction", "{what} cannot be added: the project already has {name} ({status}), and has one "
                                    "{evaluation} at most").format(
                what=what, name=describe(live[0]), status=live[0].status.label.lower(), evaluation=kind.label.lower())))
    _refuse(project, found)
    assert due is not None
    sequence = 1 + max((e.sequence for e in project.evaluations if e.kind is kind), default=0)
    return Evaluation(kind=kind, due=due, independence=independence, sequence=sequence, mandatory=False,
                      reason=OPTIONAL_REASON)  # kept in the stored language, shown in the reader's


__all__ = [
    "ACTIONS",
    "add_optional_evaluation",
    "describe",
    "index_of",
    "parse_reference",
    "plan_independence",
    "record_completion",
    "reference",
    "require_independence",
    "start_evaluation",
    "status_problem",
    "waive_evaluation",
    "withdraw_waiver",
]
