"""Bring a project's evaluations in line with a new plan after its dates or budget change.

Decisions (README, "Evaluation rules"): completed, waived and in-progress evaluations are never
removed; newly required ones are added; planned ones the rules no longer require are marked
"no longer required" rather than deleted; every change is returned as a sentence for the record."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from tracker.domain.classifications import EvaluationKind, EvaluationStatus
from tracker.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from tracker.domain.project import Evaluation
from tracker.domain.rules.engine import EvaluationPlan

# Looking a member up on its Enum class costs several times a module global (re-planning a
# portfolio does it millions of times: docs/performance.md).
_PLANNED = EvaluationStatus.PLANNED
_NOT_REQUIRED = EvaluationStatus.NOT_REQUIRED
_WAIVED = EvaluationStatus.WAIVED


# What a re-plan did to an evaluation: PlanChange.action, a fixed English word kept as data (the
# audit log records it), and its words in the user's language (PlanChange.action_label).
_ACTION_WORDS = {
    "added": QT_TRANSLATE_NOOP("PlanChange", "added"),
    "required again": QT_TRANSLATE_NOOP("PlanChange", "required again"),
    "now required": QT_TRANSLATE_NOOP("PlanChange", "now required"),
    "rescheduled": QT_TRANSLATE_NOOP("PlanChange", "rescheduled"),
    "no longer required": QT_TRANSLATE_NOOP("PlanChange", "no longer required"),
    "marked independent": QT_TRANSLATE_NOOP("PlanChange", "marked independent"),
    "independence moved": QT_TRANSLATE_NOOP("PlanChange", "independence moved"),
    "independence no longer required": QT_TRANSLATE_NOOP("PlanChange", "independence no longer required"),
}


@dataclass(frozen=True)
class PlanChange:
    evaluation: str  # e.g. "Mid-term evaluation" or "Annual review 2", in the current language
    action: str  # added, rescheduled, no longer required, required again, marked independent, ... (a key of _ACTION_WORDS)
    detail: str  # why, in the current language

    @property
    def action_label(self) -> str:
        """The action in the current language."""
        words = _ACTION_WORDS.get(self.action)
        return translate("PlanChange", words) if words is not None else self.action

    def __str__(self) -> str:
        return translate("PlanChange", "{evaluation} {action}: {detail}").format(
            evaluation=self.evaluation, action=self.action_label, detail=self.detail)


def _fmt(day: date) -> str:
    return day.isoformat()


_UUID_MASKS: dict[int, tuple[int, int]] = {}


def _new_uuids(count: int) -> list[str]:
    """`count` random (version 4) uuids, written as str(uuid.uuid4()) writes them, from one
    os.urandom call: uuid4() builds a UUID object per call, a measurable cost when a portfolio's
    re-plan adds 277,000 evaluations (docs/performance.md). The version and variant bits of all
    of them are set by two operations on one integer."""
    masks = _UUID_MASKS.get(count)
    if masks is None:
        keep = int.from_bytes(bytes.fromhex("ffffffffffff0fff3fffffffffffffff") * count, "big")
        put = int.from_bytes(bytes.fromhex("00000000000040008000000000000000") * count, "big")
        masks = (keep, put)
        if len(_UUID_MASKS) < 64:  # the few sizes asked for (a plan's length, a batch)
            _UUID_MASKS[count] = masks
    keep, put = masks
    h = ((int.from_bytes(os.urandom(16 * count), "big") & keep) | put).to_bytes(16 * count, "big").hex()
    return [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, 32 * count, 32)]


@dataclass
class ReplanWords:
    """The sentence patterns of the changes and the evaluations' titles in one language, worked
    out once for many re-plans (re-planning a whole portfolio: pass replan_words() to every
    replan call), else once per call. Each text is what translate() and Evaluation.title give."""

    language: str
    due: str
    moved: str
    dropped: str
    met_by: str
    independent: str
    by_tier: str  # how a reason ends when a budget tier requires the evaluation to be independent
    batch: int = 256  # uuids drawn at a time
    titles: dict[tuple[EvaluationKind, int], str] = field(default_factory=dict)
    uuids: list[str] = field(default_factory=list)

    def new_uuid(self) -> str:
        """A new evaluation's uuid (as tracker.domain.project.new_uuid), drawn `batch` at a time."""
        if not self.uuids:
            self.uuids = _new_uuids(self.batch)
        return self.uuids.pop()

    def title(self, evaluation: Evaluation) -> str:
        key = (evaluation.kind, evaluation.sequence)
        found = self.titles.get(key)
        if found is None:
            found = self.titles[key] = evaluation.title
        return found


def replan_words(batch: int = 256) -> ReplanWords:
    """The ReplanWords of the current language, drawing `batch` uuids at a time."""
    return ReplanWords(
        current_language(),
        batch=batch,
        due=translate("PlanChange", "due {due}; {reason}"),
        moved=translate("PlanChange", "from {before} to {after}; {reason}"),
        dropped=translate("PlanChange", "{reason} (rule set {rule_set})"),
        met_by=translate("PlanChange", "already met by {evaluation}"),
        independent=translate("EvaluationPlan", "{reason}; independent: {comparison}"),
        by_tier=translate("EvaluationPlan", "{reason}; it must be independent").format(reason=""),
    )


def _copy(evaluation: Evaluation) -> Evaluation:
    """A copy that shares nothing mutable with the original: every field is immutable (text,
    dates, numbers, classifications) except the ratings. A shallow copy and a new ratings dict do
    what copy.deepcopy did here, about 40 times faster; copying the instance dictionary directly
    is what copy.copy does for a dataclass, without its dispatch (re-planning 100,000 projects
    at once: docs/performance.md)."""
    duplicate = object.__new__(type(evaluation))
    duplicate.__dict__.update(evaluation.__dict__)
    duplicate.ratings = dict(evaluation.ratings)
    return duplicate


def _order(evaluation: Evaluation) -> tuple[date, str, int]:
    # An EvaluationKind is a str whose value is its code: the order of kind.value, without the lookup.
    return (evaluation.due, evaluation.kind, evaluation.sequence)


def replan(evaluations: list[Evaluation], plan: EvaluationPlan, *,
           in_place: bool = False, words: ReplanWords | None = None) -> tuple[list[Evaluation], list[PlanChange]]:
    """Return the project's evaluations after applying `plan`, and the changes made.

    The input list is not modified. Its evaluations are not modified either, unless `in_place`
    is given: then the result holds the same Evaluation objects, changed, and saves copying them
    (re-planning a whole portfolio builds them for this call only: tracker.store.replan).
    `words`: the sentences, from replan_words() in the current language (default: worked out
    for this call)."""
    words = words or replan_words(batch=max(1, len(plan.evaluations)))
    title = words.title
    result = list(evaluations) if in_place else [_copy(e) for e in evaluations]
    changes: list[PlanChange] = []
    by_key: dict[tuple[EvaluationKind, int], Evaluation] = {}
    for evaluation in result:
        # Prefer the live record when an old "no longer required" twin shares its key.
        key = evaluation.key
        kept = by_key.get(key)
        if kept is None or kept.status is _NOT_REQUIRED:
            by_key[key] = evaluation
    rule_label = plan.rule_set.label
    required_keys = set()

    for planned in plan.evaluations:
        key = planned.key
        required_keys.add(key)
        existing = by_key.get(key)
        if existing is None:
            evaluation = Evaluation(
                kind=planned.kind,
                sequence=planned.sequence,
                due=planned.due,
                mandatory=planned.mandatory,
                reason=planned.reason,
                rule_set=rule_label,
                uuid=words.new_uuid(),
                independence_required=planned.tier_independent,
            )
            result.append(evaluation)
            by_key[key] = evaluation
            changes.append(PlanChange(title(evaluation), "added", words.due.format(due=_fmt(planned.due), reason=planned.reason)))
            continue
        # Independent because a budget tier said so (its reason says it): when no tier says so any
        # more, the requirement goes with it (an officer's own requirement has no such reason).
        by_tier_before = existing.reason.endswith(words.by_tier)
        if not existing.mandatory and planned.mandatory and existing.status is not _NOT_REQUIRED:
            # An officer's optional evaluation (or one a cluster added) that the rules now require:
            # it counts in compliance from now on, so the record says so.
            changes.append(PlanChange(title(existing), "now required", words.due.format(due=_fmt(existing.due), reason=planned.reason)))
        existing.mandatory = planned.mandatory
        existing.reason = planned.reason
        existing.rule_set = rule_label
        if (planned.tier_independent or by_tier_before) and existing.status.is_open:
            if planned.tier_independent and not existing.independence_required:
                existing.independence_required = True  # the budget tier requires this one to be independent
                changes.append(PlanChange(title(existing), "marked independent", planned.reason))
            elif by_tier_before and not planned.tier_independent and existing.independence_required:
                existing.independence_required = False
                changes.append(PlanChange(title(existing), "independence no longer required", plan.requirements_reason))
        if existing.status is _NOT_REQUIRED:
            existing.status = _PLANNED
            existing.due = planned.due
            changes.append(PlanChange(title(existing), "required again", words.due.format(due=_fmt(planned.due), reason=planned.reason)))
        elif existing.status is _PLANNED and existing.due != planned.due:
            changes.append(
                PlanChange(title(existing), "rescheduled", words.moved.format(
                    before=_fmt(existing.due), after=_fmt(planned.due), reason=planned.reason))
            )
            existing.due = planned.due

    for evaluation in result:
        if evaluation.mandatory and evaluation.key not in required_keys and evaluation.status.is_open:
            evaluation.status = _NOT_REQUIRED
            evaluation.mandatory = False
            evaluation.independence_required = False
            changes.append(
                PlanChange(title(evaluation), "no longer required", words.dropped.format(
                    reason=plan.requirements_reason, rule_set=rule_label))
            )

    _assign_independence(result, plan, changes, words)
    _state_independence_in_reasons(result, plan, required_keys, words)
    result.sort(key=_order)
    return result, changes


def _assign_independence(result: list[Evaluation], plan: EvaluationPlan, changes: list[PlanChange], words: ReplanWords) -> None:
    """The independent requirement marks the final evaluation (the rule set's target) independent
    unless another live evaluation is already independent."""
    rule = plan.rule_set.independent
    live = [e for e in result if e.status is not _NOT_REQUIRED and e.status is not _WAIVED]
    target = None
    if rule is not None:
        for e in live:  # the first mandatory evaluation of the rule's kind
            if e.kind is rule.assign_to and e.mandatory:
                target = e
                break
    if plan.rule_independent and target is not None:
        others = [
            e
            for e in live
            if e is not target and (e.independence_required or e.independence.is_independent)
        ]
        wanted = not others
        if wanted and not target.independence_required:
            target.independence_required = True
            changes.append(PlanChange(words.title(target), "marked independent", plan.independence_reason))
        elif not wanted and target.independence_required and target.status.is_open and not any(
                p.tier_independent and p.key == target.key for p in plan.evaluations):  # the tier wants this one as well
            target.independence_required = False
            changes.append(
                PlanChange(words.title(target), "independence moved", words.met_by.format(
                    evaluation=words.title(others[0]).lower()))
            )
    elif not plan.independent_required:
        for evaluation in live:
            if evaluation.independence_required and evaluation.status.is_open:
                evaluation.independence_required = False
                changes.append(PlanChange(words.title(evaluation), "independence no longer required", plan.independence_reason))


def _state_independence_in_reasons(result: list[Evaluation], plan: EvaluationPlan,
                                   required_keys: set[tuple[EvaluationKind, int]], words: ReplanWords) -> None:
    """An evaluation's reason says "independent: budget ... is over ..." exactly when it is the one
    that must be independent. The plan writes it on the evaluation the rules would pick, but the
    requirement may rest on another one (an independent mid-term review already done, or one the
    officer required to be independent): then the picked one's reason drops it and the other's
    gains it, so that a report's "must be independent" column and its reason never disagree.
    Only the reasons this plan just wrote are touched (an officer's own evaluation keeps its own)."""
    if not plan.rule_independent:
        return  # the plan's reasons then say nothing of the legacy rule's independence
    suffix = words.independent.format(reason="", comparison=plan.independence_comparison)
    for evaluation in result:
        if evaluation.status is _NOT_REQUIRED or evaluation.key not in required_keys:
            continue
        if evaluation.independence_required:
            if suffix not in evaluation.reason:
                evaluation.reason += suffix
        elif evaluation.reason.endswith(suffix):
            evaluation.reason = evaluation.reason[: -len(suffix)]
