"""Evaluation actions as store operations: load the project, apply the domain action
(tracker.domain.evaluations), and save it through save_project, which validates, re-plans and
audits, all in one write transaction.

An evaluation is named by its uuid, or (for the command line) by kind and number: "final",
"mid-term", "annual-review 2". A caller that loaded the project earlier (an editor) passes the
version it saw as `expected_version`, and the action is refused if someone saved since."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from tracker.domain import evaluations as actions
from tracker.domain import project as d
from tracker.domain.classifications import Criterion, EvaluationKind, Independence
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.i18n import translate
from tracker.domain.rules.engine import EvaluationPlan
from tracker.domain.rules.replan import PlanChange
from tracker.domain.rules.ruleset import RuleSetError
from tracker.store.errors import NotFound, StaleEdit
from tracker.store.projects import changed_since_opened, load_project, plan_for, project_subject, save_project
from tracker.store.writes import write_transaction


@dataclass(frozen=True)
class EvaluationSaved:
    """The outcome of an action: the stored project, the evaluation as stored (after the
    re-plan) and what the re-plan changed."""

    project: d.Project
    evaluation: d.Evaluation
    changes: list[PlanChange]


def find_evaluation(project: d.Project, which: str) -> int:
    """Position in `project.evaluations` of the evaluation named by uuid or by "kind [number]";
    NotFound lists the project's evaluations."""
    text = which.strip()
    index = actions.index_of(project, uuid=text)
    if index is None:
        try:
            key = actions.parse_reference(text)
        except ValueError as exc:
            raise NotFound(translate("StoreProject", "project {code}: {reason}").format(code=project.code, reason=exc)) from None
        index = actions.index_of(project, key=key)
    if index is None:
        known = ", ".join(actions.reference(e) for e in project.evaluations) or translate("StoreProject", "none yet")
        raise NotFound(translate("StoreProject", "project {code} has no evaluation '{which}'; its evaluations: {known}")
                       .format(code=project.code, which=which, known=known))
    return index


def _check_version(project: d.Project, expected_version: int | None) -> None:
    if expected_version is not None and project.version != expected_version:
        raise StaleEdit(changed_since_opened(project.code, project.version, expected_version))


def _plan(project: d.Project) -> EvaluationPlan | None:
    try:
        return plan_for(project)
    except RuleSetError as exc:
        raise ValidationError(FieldProblem("rule_set", str(exc)), subject=project_subject(project.code), kind="project") from None


def _apply(
    code: str,
    which: str | None,
    action: Callable[[d.Project, int], d.Evaluation],
    expected_version: int | None,
    who: str | None,
) -> EvaluationSaved:
    """One transaction: read the project, apply `action` to the evaluation `which` (None: a new
    one, appended), save. Nothing is written if the action or the save refuses."""
    with write_transaction():
        project = load_project(code)
        _check_version(project, expected_version)
        if which is None:
            evaluation = action(project, len(project.evaluations))
            project.evaluations.append(evaluation)
        else:
            index = find_evaluation(project, which)
            evaluation = action(project, index)
            project.evaluations[index] = evaluation
        stored, changes = save_project(project, who)
    saved = next(e for e in stored.evaluations if e.uuid == evaluation.uuid)
    return EvaluationSaved(stored, saved, changes)


def start_evaluation(code: str, which: str, *, expected_version: int | None = None, who: str | None = None) -> EvaluationSaved:
    return _apply(code, which, actions.start_evaluation, expected_version, who)


def record_completion(
    code: str,
    which: str,
    *,
    completed_on: dt.date | None,
    evaluator: str,
    independence: Independence | None = None,
    ratings: Mapping[Criterion | str, int] | None = None,
    findings: str = "",
    expected_version: int | None = None,
    who: str | None = None,
) -> EvaluationSaved:
    def action(project: d.Project, index: int) -> d.Evaluation:
        return actions.record_completion(project, index, completed_on=completed_on, evaluator=evaluator,
                                         independence=independence, ratings=ratings, findings=findings)

    return _apply(code, which, action, expected_version, who)


def waive_evaluation(code: str, which: str, reason: str, *, expected_version: int | None = None, who: str | None = None) -> EvaluationSaved:
    return _apply(code, which, lambda project, index: actions.waive_evaluation(project, index, reason), expected_version, who)


def withdraw_waiver(code: str, which: str, *, expected_version: int | None = None, who: str | None = None) -> EvaluationSaved:
    return _apply(code, which, actions.withdraw_waiver, expected_version, who)


def plan_independence(code: str, which: str, independence: Independence, *, expected_version: int | None = None,
                      who: str | None = None) -> EvaluationSaved:
    return _apply(code, which, lambda project, index: actions.plan_independence(project, index, independence), expected_version, who)


def require_independence(code: str, which: str, independence: Independence | None = None, *,
                         expected_version: int | None = None, who: str | None = None) -> EvaluationSaved:
    def action(project: d.Project, index: int) -> d.Evaluation:
        return actions.require_independence(project, index, independence, plan=_plan(project))

    return _apply(code, which, action, expected_version, who)


def add_optional_evaluation(code: str, kind: EvaluationKind, due: dt.date | None, independence: Independence = Independence.SELF,
                            *, expected_version: int | None = None, who: str | None = None) -> EvaluationSaved:
    return _apply(code, None, lambda project, _index: actions.add_optional_evaluation(project, kind, due, independence),
                  expected_version, who)
