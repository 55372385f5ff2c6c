"""The project cycle as a state machine: explicit actions, each with guards that say why they
refuse (seed 003: formulation, design, appraisal, approval, implementation, evaluation, completion)."""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from tracker.domain.classifications import EvaluationStatus, PartnerCategory, Stage, fold_label
from tracker.domain.errors import TransitionRefused
from tracker.domain.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, using_language
from tracker.domain.project import Project
from tracker.domain.rules.planning import appraisal_gaps, plan_for_project
from tracker.domain.rules.ruleset import RuleSet, load_rule_set


@dataclass(frozen=True)
class Action:
    code: str
    english_label: str  # marked for translation in the context "CycleAction"; `label` is translated
    sources: frozenset[Stage]
    target: Stage | None  # None: back to the stage the project was suspended from
    needs_reason: bool = False

    @property
    def label(self) -> str:
        """The action's name in the current language ("Approve", "Approuver", "Aprobar")."""
        return translate("CycleAction", self.english_label)

    def label_in(self, language: str) -> str:
        with using_language(language):
            return self.label


_ACTIVE = frozenset({Stage.APPROVED, Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING})
_OPEN = frozenset(set(Stage) - {Stage.CLOSED, Stage.CANCELLED})

ACTIONS: tuple[Action, ...] = (
    Action("submit", QT_TRANSLATE_NOOP("CycleAction", "Submit for appraisal"), frozenset({Stage.DESIGN}), Stage.APPRAISAL),
    Action("return-to-design", QT_TRANSLATE_NOOP("CycleAction", "Return to design"), frozenset({Stage.APPRAISAL}), Stage.DESIGN, needs_reason=True),
    Action("approve", QT_TRANSLATE_NOOP("CycleAction", "Approve"), frozenset({Stage.APPRAISAL}), Stage.APPROVED),
    Action("start", QT_TRANSLATE_NOOP("CycleAction", "Start implementation"), frozenset({Stage.APPROVED}), Stage.IMPLEMENTATION),
    Action("begin-closing", QT_TRANSLATE_NOOP("CycleAction", "Begin evaluation and closing"), frozenset({Stage.IMPLEMENTATION}), Stage.EVALUATION_AND_CLOSING),
    Action("close", QT_TRANSLATE_NOOP("CycleAction", "Close"), frozenset({Stage.EVALUATION_AND_CLOSING}), Stage.CLOSED),
    Action("suspend", QT_TRANSLATE_NOOP("CycleAction", "Suspend"), _ACTIVE, Stage.SUSPENDED, needs_reason=True),
    Action("resume", QT_TRANSLATE_NOOP("CycleAction", "Resume"), frozenset({Stage.SUSPENDED}), None),
    Action("cancel", QT_TRANSLATE_NOOP("CycleAction", "Cancel"), _OPEN, Stage.CANCELLED, needs_reason=True),
)
ACTIONS_BY_CODE = {a.code: a for a in ACTIONS}

# Why an action that needs a reason was given none, one sentence per action.
_REASON_NEEDED = {
    "return-to-design": QT_TRANSLATE_NOOP("Cycle", "give a reason to return to design"),
    "suspend": QT_TRANSLATE_NOOP("Cycle", "give a reason to suspend"),
    "cancel": QT_TRANSLATE_NOOP("Cycle", "give a reason to cancel"),
}


def _folded(text: str) -> str:
    return fold_label(text)


def action_for(code_or_stage: str, current: Stage) -> Action:
    """An action named by its code or its label in any language tracker speaks, or by the stage it
    leads to from `current` (its code or label, in any language)."""
    wanted = _folded(code_or_stage)
    for action in ACTIONS:
        if wanted == action.code or any(wanted == _folded(action.label_in(language)) for language in LANGUAGES):
            return action
    for action in ACTIONS:
        if current in action.sources and action.target is not None and (
            wanted == action.target.value or any(wanted == _folded(action.target.label_in(language)) for language in LANGUAGES)
        ):
            return action
    codes = ", ".join(a.code for a in ACTIONS)
    raise ValueError(translate("Cycle", "'{text}' is not a project-cycle action or a stage reachable from {stage}; "
                                        "actions: {codes}").format(text=code_or_stage, stage=current.label, codes=codes))


def available_actions(project: Project) -> list[Action]:
    return [a for a in ACTIONS if project.stage in a.sources]


@dataclass(frozen=True)
class StageChange:
    from_stage: Stage
    to_stage: Stage
    action: str
    reason: str
    on: date


def guard_failures(project: Project, action: Action, *, reason: str = "", rule_set: RuleSet | None = None,
                   partner_categories: Mapping[str, PartnerCategory] | None = None) -> list[str]:
    """Every reason `action` cannot be taken now; empty when it can. `partner_categories` (by
    partner code) serve the rule set's conditions on the partners' category."""
    if project.stage not in action.sources:
        allowed = ", ".join(s.label for s in sorted(action.sources, key=list(Stage).index))
        return [translate("Cycle", "the project is in {stage}; '{action}' applies only from {allowed}").format(
            stage=project.stage.label, action=action.label, allowed=allowed)]
    failures: list[str] = []
    if action.needs_reason and not reason.strip():
        needed = _REASON_NEEDED.get(action.code)
        failures.append(translate("Cycle", needed) if needed else
                        translate("Cycle", "give a reason for this action: {action}").format(action=action.label))
    if action.code == "submit":
        failures += _design_gaps(project)
    elif action.code == "approve":
        failures += _design_gaps(project)
        if project.budget is None:
            failures.append(translate("Cycle", "no approval without an approved budget"))
        rules = rule_set or load_rule_set(project.rule_set)
        failures += _plan_gaps(project, rules, partner_categories)
        failures += appraisal_gaps(project, rules, partner_categories)  # the rule set's appraisal requirements
    elif action.code == "start":
        if not project.fundings:
            failures.append(translate("Cycle", "no implementation without at least one funding line"))
    elif action.code == "close":
        if project.actual_end is None:
            failures.append(translate("Cycle", "record the actual end date before closing"))
        for evaluation in project.evaluations:
            if not evaluation.mandatory:
                continue
            if evaluation.status is EvaluationStatus.COMPLETED:
                continue
            if evaluation.status is EvaluationStatus.WAIVED and evaluation.waiver_reason.strip():
                continue
            failures.append(translate("Cycle", "the mandatory {evaluation} due {due} is {status}: complete it, or "
                                               "waive it with a reason").format(
                evaluation=evaluation.title.lower(), due=evaluation.due.isoformat(), status=evaluation.status.label.lower()))
    elif action.code == "resume" and project.suspended_from is None:
        failures.append(translate("Cycle", "the stage the project was suspended from is not recorded"))
    return failures


def path_between(start: Stage, start_from: Stage | None, goal: Stage, goal_from: Stage | None) -> list[str] | None:
    """The shortest list of project-cycle actions (codes) from a project in `start` (suspended
    from `start_from`) to `goal` (suspended from `goal_from`, when given); None if none leads
    there. Read from ACTIONS, so a route follows the cycle as it is defined: imports, merges and
    a project entering tracker past Design all take it."""

    def arrived(state: tuple[Stage, Stage | None]) -> bool:
        return state[0] is goal and (goal is not Stage.SUSPENDED or goal_from is None or state[1] is goal_from)

    begin = (start, start_from if start is Stage.SUSPENDED else None)
    seen = {begin}
    queue: deque[tuple[tuple[Stage, Stage | None], list[str]]] = deque([(begin, [])])
    while queue:
        state, path = queue.popleft()
        if arrived(state):
            return path
        if len(path) >= 8:
            continue
        stage, suspended_from = state
        for action in ACTIONS:
            if stage not in action.sources:
                continue
            if action.target is None:
                if suspended_from is None:
                    continue
                following: tuple[Stage, Stage | None] = (suspended_from, None)
            elif action.target is Stage.SUSPENDED:
                following = (Stage.SUSPENDED, stage)
            else:
                following = (action.target, None)
            if following not in seen:
                seen.add(following)
                queue.append((following, [*path, action.code]))
    return None


def entry_failures(project: Project, *, reason: str, rule_set: RuleSet | None = None,
                   partner_categories: Mapping[str, PartnerCategory] | None = None) -> list[str]:
    """Why `project` may not enter tracker directly in its stage (an import creating it there):
    every guard of the actions that lead there from Design that it fails as given, each named with
    its action; empty when it may. Never Suspended, which needs the stage it was suspended from."""
    if project.stage is Stage.SUSPENDED:
        return [translate("Cycle", "a project cannot start suspended: create it in the stage it was suspended from, "
                                   "then suspend it")]
    trial = dataclasses.replace(project, stage=Stage.DESIGN, suspended_from=None)
    failures: list[str] = []
    for code in path_between(Stage.DESIGN, None, project.stage, None) or []:
        action = ACTIONS_BY_CODE[code]
        failures += [translate("Cycle", "{action}: {reason}").format(action=action.label, reason=why)
                     for why in guard_failures(trial, action, reason=reason, rule_set=rule_set,
                                                  partner_categories=partner_categories)]
        assert action.target is not None
        trial.stage = action.target  # the next guards as if this one had passed: every failure is named at once
    return failures


def _design_gaps(project: Project) -> list[str]:
    gaps = []
    if project.region is None:
        gaps.append(translate("Cycle", "choose a region"))
    if project.outcome is None:
        gaps.append(translate("Cycle", "choose the strategic objective the project serves"))
    if project.planned_start is None or project.planned_end is None:
        gaps.append(translate("Cycle", "set the planned start and end dates"))
    return gaps


def _plan_gaps(project: Project, rules: RuleSet, partner_categories: Mapping[str, PartnerCategory] | None) -> list[str]:
    """No approval without an evaluation plan: every evaluation the rules require must be on it."""
    if project.planned_start is not None and project.planned_end is not None and project.planned_end < project.planned_start:
        return [translate("Cycle", "the planned end is before the planned start")]
    plan = plan_for_project(project, rules, partner_categories)
    if plan is None:
        return []
    present = {e.key for e in project.evaluations if e.status is not EvaluationStatus.NOT_REQUIRED}
    missing = [p for p in plan.evaluations if p.key not in present]
    if missing:
        names = ", ".join(
            translate("Cycle", "{evaluation} {number}").format(evaluation=p.kind.label.lower(), number=p.sequence)
            if p.sequence > 1 or p.kind.value == "annual-review" else p.kind.label.lower()
            for p in missing
        )
        return [translate("Cycle", "no approval without an evaluation plan: {evaluations} not planned yet").format(evaluations=names)]
    return []


def apply(project: Project, action: Action, *, reason: str = "", on: date, rule_set: RuleSet | None = None,
          partner_categories: Mapping[str, PartnerCategory] | None = None) -> StageChange:
    """Move `project` through `action`, or raise TransitionRefused naming every failed guard."""
    failures = guard_failures(project, action, reason=reason, rule_set=rule_set, partner_categories=partner_categories)
    if failures:
        raise TransitionRefused(action.label, failures)
    before = project.stage
    if action.target is None:
        assert project.suspended_from is not None
        project.stage, project.suspended_from = project.suspended_from, None
    else:
        if action.target is Stage.SUSPENDED:
            project.suspended_from = before
        project.stage = action.target
    return StageChange(before, project.stage, action.code, reason.strip(), on)


__all__ = ["ACTIONS", "Action", "StageChange", "action_for", "apply", "available_actions", "entry_failures",
           "guard_failures", "path_between"]


# ---------------------------------------------------------------- odd dates

# A date more than this many days ahead is pointed out: a stage change records what happened.
FUTURE_DAYS = 7
_BEFORE_IMPLEMENTATION = frozenset({"submit", "approve", "start"})

# Why a date is odd, as sentences with the date or number of days in {value}. Warnings, not
# refusals: the date is the officer's record of what happened (apply refuses no date), so a late
# entry or an early start stays possible. The app shows them translated; the CLI prints them.
# The texts are the English source, marked for translation in the context "OddDate": str(OddDate)
# gives the sentence in the current language (the number of days with its plural form).
ODD_DATE_TEXTS = {
    "start-before-planned-start": QT_TRANSLATE_NOOP("OddDate", "Implementation would start before the planned start ({value})."),
    "before-planned-start": QT_TRANSLATE_NOOP("OddDate", "This date is before the planned start ({value})."),
    "before-actual-end": QT_TRANSLATE_NOOP("OddDate", "The project would be closed before its actual end ({value})."),
    "after-planned-end": QT_TRANSLATE_NOOP("OddDate", "This date is after the planned end ({value})."),
    "in-the-future": QT_TRANSLATE_NOOP("OddDate", "This date is {value} day(s) in the future."),
    "before-last-change": QT_TRANSLATE_NOOP("OddDate", "This date is before the project's last stage change ({value})."),
}


@dataclass(frozen=True)
class OddDate:
    kind: str  # a key of ODD_DATE_TEXTS
    value: str  # the date (ISO) or the number of days the sentence names

    def __str__(self) -> str:
        count = int(self.value) if self.value.isdigit() else -1  # the days in the future; a date otherwise
        return translate("OddDate", ODD_DATE_TEXTS[self.kind], "", count).format(value=self.value)


def odd_dates(action: Action, on: date, project: Project, last_change: date | None, today: date) -> list[OddDate]:
    """Why `on` is an odd date for `action` on `project` (none when it is not)."""
    notes: list[OddDate] = []
    start, end = project.planned_start, project.planned_end
    if action.code == "start" and start is not None and on < start:
        notes.append(OddDate("start-before-planned-start", start.isoformat()))
    if action.code in ("begin-closing", "close") and start is not None and on < start:
        notes.append(OddDate("before-planned-start", start.isoformat()))
    if action.code == "close" and project.actual_end is not None and on < project.actual_end:
        notes.append(OddDate("before-actual-end", project.actual_end.isoformat()))
    if action.code in _BEFORE_IMPLEMENTATION and end is not None and on > end:
        notes.append(OddDate("after-planned-end", end.isoformat()))
    if (on - today).days > FUTURE_DAYS:
        notes.append(OddDate("in-the-future", str((on - today).days)))
    if last_change is not None and on < last_change:
        notes.append(OddDate("before-last-change", last_change.isoformat()))
    return notes
