"""The editor's actions on evaluations: record a completion, waive or withdraw a waiver, plan the
form of evaluation, start one, add an optional one. Each is a domain action
(tracker.domain.evaluations), applied to the evaluations as the plan panel shows them (the working
copy re-planned, as saving will), whose new record goes into the working copy as one undoable
step; a refusal is shown in the panel, in the domain's words. The editor saves the whole project
as usual."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tracker.domain import evaluations as actions
from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Independence
from tracker.domain.errors import ValidationError
from tracker.domain.project import Evaluation
from tracker.gui.editor.dialogs import CompletionDialog, OptionalEvaluationDialog, WaiverDialog
from tracker.gui.editor.evaluation_panel import cluster_refusal

if TYPE_CHECKING:
    from tracker.domain.project import Project
    from tracker.gui.editor.evaluation_panel import EvaluationPanel
    from tracker.gui.editor.state import EditorState


class EvaluationActions:
    """Mixed into ProjectEditor, which provides `state`, `project`, `evaluations` (the rows of the
    plan panel), `panel` and `_record`."""

    state: "EditorState"
    evaluations: list[Evaluation]
    panel: "EvaluationPanel"

    @property
    def project(self) -> "Project":  # pragma: no cover - provided by the editor
        raise NotImplementedError

    def _record(self, text: str, change: Any, merge_key: str | None = None, skip: str | None = None) -> None:  # pragma: no cover
        raise NotImplementedError

    # ------------------------------------------------------------ applying a domain action

    def _shown_project(self) -> "Project":
        """The working copy with the evaluations the panel shows: row N is evaluation N, so a
        problem's index is the row it belongs to."""
        return dataclasses.replace(self.project, evaluations=list(self.evaluations))

    def _allowed(self, row: int, action: str) -> Evaluation | None:
        """The evaluation on `row` if `action` applies to it in its status; else None, with the
        reason shown in the panel (before any dialog asks for input that would be refused)."""
        if not 0 <= row < len(self.evaluations):
            return None
        shown = self.evaluations[row]
        # A member of a cluster evaluation is recorded for the whole cluster at once, not here.
        problem = cluster_refusal(shown, row, self.panel.model.cluster_names) or actions.status_problem(shown, row, action)
        if problem is not None:
            self.panel.show_problems([problem])
            return None
        return shown

    def _apply(self, text: str, action: Callable[["Project"], Evaluation]) -> bool:
        try:
            updated = action(self._shown_project())
        except ValidationError as exc:
            self.panel.show_problems(exc.problems)
            return False
        self._record(text, lambda: self._put(updated))
        return True

    def _put(self, evaluation: Evaluation) -> None:
        """Replace the working copy's record of this evaluation, or add it if it exists only in
        the panel so far (newly required by the rules and not saved yet)."""
        records = self.project.evaluations
        for position, existing in enumerate(records):
            if existing.uuid == evaluation.uuid:
                records[position] = evaluation
                return
        records.append(evaluation)

    # ------------------------------------------------------------ the actions

    def record_completion(self, row: int) -> None:
        shown = self._allowed(row, "complete")
        if shown is None:
            return
        answer = CompletionDialog.ask(self, shown.title, shown.independence, shown.independence_required)
        if answer is None:
            return
        self._apply(QCoreApplication.translate("EvaluationActions", "completion of {evaluation}").format(evaluation=shown.title.lower()), lambda project: actions.record_completion(
            project, row, completed_on=answer.completed_on, evaluator=answer.evaluator, independence=answer.independence,
            ratings=answer.ratings, findings=answer.findings))

    def waive(self, row: int) -> None:
        """Waive the evaluation with a reason; on a waived one, the same button withdraws the waiver."""
        if 0 <= row < len(self.evaluations) and self.evaluations[row].status is EvaluationStatus.WAIVED:
            if self._allowed(row, "withdraw-waiver") is None:
                return
            title = self.evaluations[row].title.lower()
            self._apply(QCoreApplication.translate("EvaluationActions", "withdrawal of the waiver of {evaluation}").format(evaluation=title), lambda project: actions.withdraw_waiver(project, row))
            return
        shown = self._allowed(row, "waive")
        if shown is None:
            return
        reason = WaiverDialog.ask(self, shown.title)
        if not reason:
            return
        self._apply(QCoreApplication.translate("EvaluationActions", "waiver of {evaluation}").format(evaluation=shown.title.lower()), lambda project: actions.waive_evaluation(project, row, reason))

    def plan_independence(self, row: int, independence: Independence) -> None:
        shown = self._allowed(row, "plan")
        if shown is None:
            return
        self._apply(QCoreApplication.translate("EvaluationActions", "planning of {evaluation} as {form}").format(evaluation=shown.title.lower(), form=independence.label.lower()),
                    lambda project: actions.plan_independence(project, row, independence))

    def require_independence(self, row: int) -> None:
        """Make this evaluation the one that must be independent (the rules' requirement then
        leaves the final evaluation when the plan is recomputed on saving)."""
        shown = self._allowed(row, "require-independence")
        if shown is None:
            return
        plan = self.state.plan()
        self._apply(QCoreApplication.translate("EvaluationActions", "independence required of {evaluation}").format(evaluation=shown.title.lower()),
                    lambda project: actions.require_independence(project, row, plan=plan))

    def mark_in_progress(self, row: int) -> None:
        shown = self._allowed(row, "start")
        if shown is None:
            return
        self._apply(QCoreApplication.translate("EvaluationActions", "start of {evaluation}").format(evaluation=shown.title.lower()), lambda project: actions.start_evaluation(project, row))

    def add_optional_evaluation(self) -> None:
        rules = self.state.rules()
        named = [EvaluationKind(spec.code) for spec in rules.kinds] if rules is not None else []  # a rule set's own kinds
        answer = OptionalEvaluationDialog.ask(self, self.project.planned_end or date.today(), named)
        if answer is None:
            return
        self._apply(QCoreApplication.translate("EvaluationActions", "addition of an optional {evaluation}").format(evaluation=answer.kind.label.lower()),
                    lambda project: actions.add_optional_evaluation(project, answer.kind, answer.due, answer.independence))
