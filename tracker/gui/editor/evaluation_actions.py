"""The editor's actions on evaluations: record a completion, waive, plan the form of evaluation,
start one, add an optional one. Each is one undoable step on the working copy."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from tracker.domain.classifications import EvaluationStatus, Independence
from tracker.domain.project import Evaluation
from tracker.gui.editor.dialogs import CompletionDialog, OptionalEvaluationDialog, WaiverDialog

if TYPE_CHECKING:
    from tracker.domain.project import Project
    from tracker.gui.editor.state import EditorState


class EvaluationActions:
    """Mixed into ProjectEditor, which provides `state`, `project`, `evaluations` and `_record`."""

    state: "EditorState"
    evaluations: list[Evaluation]

    @property
    def project(self) -> "Project":  # pragma: no cover - provided by the editor
        raise NotImplementedError

    def _record(self, text: str, change: Any, merge_key: str | None = None, skip: str | None = None) -> None:  # pragma: no cover
        raise NotImplementedError

    def _evaluation(self, row: int) -> Evaluation | None:
        return self.evaluations[row] if 0 <= row < len(self.evaluations) else None

    def record_completion(self, row: int) -> None:
        shown = self._evaluation(row)
        if shown is None:
            return
        answer = CompletionDialog.ask(self, shown.title, shown.independence, shown.independence_required)
        if answer is None:
            return

        def change() -> None:
            target = self.state.adopt_evaluation(shown)
            target.status = EvaluationStatus.COMPLETED
            target.completed_on = answer.completed_on
            target.evaluator = answer.evaluator
            target.independence = answer.independence
            target.ratings = dict(answer.ratings)
            target.findings = answer.findings

        self._record(f"record {shown.title.lower()}", change)

    def waive(self, row: int) -> None:
        shown = self._evaluation(row)
        if shown is None:
            return
        reason = WaiverDialog.ask(self, shown.title)
        if not reason:
            return

        def change() -> None:
            target = self.state.adopt_evaluation(shown)
            target.status = EvaluationStatus.WAIVED
            target.waiver_reason = reason

        self._record(f"waive {shown.title.lower()}", change)

    def plan_independence(self, row: int, independence: Independence) -> None:
        shown = self._evaluation(row)
        if shown is None or shown.status is EvaluationStatus.COMPLETED:
            return
        self._record(f"plan {shown.title.lower()} as {independence.label.lower()}", lambda: setattr(self.state.adopt_evaluation(shown), "independence", independence))

    def mark_in_progress(self, row: int) -> None:
        shown = self._evaluation(row)
        if shown is None or not shown.status.is_open:
            return
        self._record(f"start {shown.title.lower()}", lambda: setattr(self.state.adopt_evaluation(shown), "status", EvaluationStatus.IN_PROGRESS))

    def add_optional_evaluation(self) -> None:
        answer = OptionalEvaluationDialog.ask(self, self.project.planned_end or date.today())
        if answer is None:
            return
        evaluation = Evaluation(
            kind=answer.kind,
            due=answer.due,
            independence=answer.independence,
            sequence=1 + max((e.sequence for e in self.project.evaluations if e.kind is answer.kind), default=0),
            mandatory=False,
            reason="Added by the project officer (optional)",
        )
        self._record(f"add {answer.kind.label.lower()}", lambda: self.project.evaluations.append(evaluation))
