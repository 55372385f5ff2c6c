"""Errors the domain raises, each carrying a sentence a user can act on."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate

# How a field problem's place names its record kind (FieldProblem.kind, a name from
# tracker.domain.records), in the user's words; the field itself keeps its wire name, the name
# files and packages carry it under (tracker.domain.records.problem_text words it with labels).
_KIND_WORDS = {
    "project": QT_TRANSLATE_NOOP("RecordName", "project"),
    "partner": QT_TRANSLATE_NOOP("RecordName", "partner"),
    "funding": QT_TRANSLATE_NOOP("RecordName", "funding"),
    "unearmarked_funding": QT_TRANSLATE_NOOP("RecordName", "unearmarked funding"),
    "budget_revision": QT_TRANSLATE_NOOP("RecordName", "budget revision"),
    "expenditure": QT_TRANSLATE_NOOP("RecordName", "expenditure"),
    "evaluation": QT_TRANSLATE_NOOP("RecordName", "evaluation"),
    "result_indicator": QT_TRANSLATE_NOOP("RecordName", "result indicator"),
    "country_share": QT_TRANSLATE_NOOP("RecordName", "country share"),
    "stage_change": QT_TRANSLATE_NOOP("RecordName", "stage change"),
}


def joined(items: list[str]) -> str:
    """Sentences listed one after another, as the current language separates them ("a; b")."""
    if not items:
        return ""
    text = items[0]
    for item in items[1:]:
        text = translate("FieldProblem", "{first}; {second}").format(first=text, second=item)
    return text


def kind_words(kind: str) -> str:
    """A record kind's name ("budget_revision") as words in the current language."""
    words = _KIND_WORDS.get(kind)
    return translate("RecordName", words) if words is not None else kind.replace("_", " ")


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
            return translate("FieldProblem", "{field}: {message}").format(field=self.field, message=self.message)
        place = kind_words(self.kind)
        if self.index is not None:
            place = translate("FieldProblem", "{record} {number}").format(record=place, number=self.index + 1)
        return translate("FieldProblem", "{place} {field}: {message}").format(place=place, field=self.field, message=self.message)

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
        listed = joined([str(p) for p in self.problems])
        if subject:
            listed = translate("FieldProblem", "{subject}: {problems}").format(subject=subject, problems=listed)
        super().__init__(listed)


class TransitionRefused(DomainError):
    """A project-cycle action was refused; `reasons` lists every guard that failed."""

    def __init__(self, action_label: str, reasons: list[str]) -> None:
        self.action_label = action_label
        self.reasons = list(reasons)
        super().__init__(translate("Cycle", "{action} refused: {reasons}").format(
            action=action_label, reasons=joined(self.reasons)))


class OutOfRange(DomainError, ValueError):
    """A well-formed value that tracker cannot use: an amount too large to keep, a date outside
    the years it plans with. Bad data, not bad syntax (the command line exits 1, not 2)."""
