"""Errors the domain raises, each carrying a sentence a user can act on."""

from __future__ import annotations

from dataclasses import dataclass


class DomainError(Exception):
    """Base class for errors that come from bad input or a refused action, never from a bug."""


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field: the GUI shows it next to the field, the CLI prints it."""

    field: str
    message: str
    # Which record the field belongs to, as data (never parsed back from a string): the record
    # kind's name ("funding", "evaluation", ...; "" for the record being validated itself, see
    # tracker.domain.records) and its position in the project's list of that kind, from 0.
    kind: str = ""
    index: int | None = None

    def __str__(self) -> str:
        """The place, then the field: 'funding 3 amount: ...' for the third funding line (the
        GUI words it with the labels: tracker.domain.records.problem_text)."""
        if not self.kind:
            return f"{self.field}: {self.message}"
        place = self.kind.replace("_", " ") + ("" if self.index is None else f" {self.index + 1}")
        return f"{place} {self.field}: {self.message}"

    def within(self, kind: str, index: int | None) -> FieldProblem:
        """The same problem, placed on record `index` of the list of `kind`."""
        return FieldProblem(self.field, self.message, kind, index)


class ValidationError(DomainError):
    """A record is not valid; `problems` names every field that is wrong and why."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem, subject: str = "", kind: str = "") -> None:
        if isinstance(problems, FieldProblem):
            problems = [problems]
        self.problems = list(problems)
        self.subject = subject
        # The record kind validated itself ("project"), whose problems carry no kind: a dialog
        # names their fields by that kind's labels (tracker.domain.records.problem_text).
        self.kind = kind
        prefix = f"{subject}: " if subject else ""
        super().__init__(prefix + "; ".join(str(p) for p in self.problems))


class TransitionRefused(DomainError):
    """A project-cycle action was refused; `reasons` lists every guard that failed."""

    def __init__(self, action_label: str, reasons: list[str]) -> None:
        self.action_label = action_label
        self.reasons = list(reasons)
        super().__init__(f"{action_label} refused: " + "; ".join(reasons))


class OutOfRange(DomainError, ValueError):
    """A well-formed value that tracker cannot use: an amount too large to keep, a date outside
    the years it plans with. Bad data, not bad syntax (the command line exits 1, not 2)."""
