"""`tracker evaluation CODE ACTION ...`: a project's evaluations listed, and the officer's actions
on them (start, complete, waive, withdraw a waiver, plan the form, require independence, add an
optional one) through the store's evaluation operations, the same ones the rules of the editor
follow. Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from tracker.cli import _arg, _open, _print_json, _table, iso_date
from tracker.domain.classifications import Criterion, EvaluationKind, Independence
from tracker.domain.errors import DomainError

# The form of evaluation as people say it; tracker's codes are self, independent-internal, external.
_INDEPENDENCE_ALIASES = {"independent-external": Independence.EXTERNAL, "internal": Independence.INDEPENDENT_INTERNAL}


@_arg
def independence(text: str) -> Independence:
    return _INDEPENDENCE_ALIASES.get(text.strip().casefold()) or Independence.parse(text)


@_arg
def evaluation_kind(text: str) -> EvaluationKind:
    return EvaluationKind.parse(text)


@_arg
def rating(text: str) -> tuple[Criterion, int]:
    name, sep, value = text.partition("=")
    if not sep:
        raise ValueError(f"'{text}' is not CRITERION=RATING, e.g. relevance=4")
    try:
        score = int(value.strip())
    except ValueError:
        raise ValueError(f"'{value}' is not a rating: use a whole number from 1 to 6") from None
    return Criterion.parse(name), score


# ---------------------------------------------------------------- showing


def _row(evaluation: Any) -> dict[str, Any]:
    from tracker.domain.evaluations import reference

    return {
        "evaluation": reference(evaluation),
        "title": evaluation.title,
        "kind": evaluation.kind.value,
        "sequence": evaluation.sequence,
        "due": evaluation.due.isoformat(),
        "status": evaluation.status.value,
        "mandatory": evaluation.mandatory,
        "independence": evaluation.independence.value,
        "independence_required": evaluation.independence_required,
        "completed_on": evaluation.completed_on.isoformat() if evaluation.completed_on else None,
        "evaluator": evaluation.evaluator,
        "ratings": {c.value: r for c, r in evaluation.ratings.items()},
        "findings": evaluation.findings,
        "waiver_reason": evaluation.waiver_reason,
        "reason": evaluation.reason,
        "uuid": evaluation.uuid,
    }


def _list(args: argparse.Namespace) -> int:
    from tracker.domain.evaluations import reference
    from tracker.store.projects import load_project

    project = load_project(args.code)
    if args.json:
        _print_json([_row(e) for e in project.evaluations])
        return 0
    if not project.evaluations:
        print(f"{project.code} has no evaluations yet (the rules plan them once the planned start, end and budget are set)")
        return 0
    _table(
        ["Evaluation", "Due", "Status", "Mandatory", "Independence", "Completed", "Evaluator / waiver"],
        [
            [
                reference(e),
                e.due.isoformat(),
                e.status.label,
                "yes" if e.mandatory else "no",
                e.independence.label + (" (must be independent)" if e.independence_required else ""),
                e.completed_on.isoformat() if e.completed_on else "",
                e.evaluator or e.waiver_reason,
            ]
            for e in project.evaluations
        ],
    )
    return 0


def _done(saved: Any, what: str) -> int:
    evaluation = saved.evaluation
    print(f"{saved.project.code}: {evaluation.title.lower()} due {evaluation.due.isoformat()} {what}")
    for change in saved.changes:
        print(f"  plan: {change}")
    return 0


# ---------------------------------------------------------------- actions


def _which(args: argparse.Namespace) -> str:
    return " ".join(args.evaluation)


def _ratings(pairs: list[tuple[Criterion, int]] | None) -> dict[Criterion, int]:
    ratings: dict[Criterion, int] = {}
    for criterion, score in pairs or []:
        if criterion in ratings:
            raise DomainError(f"--rating gives {criterion.value} twice ({ratings[criterion]} and {score}); give each criterion once")
        ratings[criterion] = score
    return ratings


def _reference(saved: Any) -> str:
    from tracker.domain.evaluations import reference

    return reference(saved.evaluation)


def cmd_evaluation(args: argparse.Namespace) -> int:
    from tracker.store import evaluations as ops

    _open(args)
    if args.action == "list":
        return _list(args)
    if args.action == "add":
        saved = ops.add_optional_evaluation(args.code, args.kind, args.due, args.independence or Independence.SELF)
        return _done(saved, f"added (optional, {saved.evaluation.independence.label.lower()}; named '{_reference(saved)}')")
    which = _which(args)
    if args.action == "start":
        return _done(ops.start_evaluation(args.code, which), "is in progress")
    if args.action == "complete":
        saved = ops.record_completion(
            args.code, which, completed_on=args.on, evaluator=args.evaluator, independence=args.independence,
            ratings=_ratings(args.rating), findings=args.findings or "",
        )
        return _done(saved, f"completed on {args.on.isoformat()} by {saved.evaluation.evaluator} "
                            f"({saved.evaluation.independence.label.lower()})")
    if args.action == "waive":
        return _done(ops.waive_evaluation(args.code, which, args.reason), f"waived: {args.reason.strip()}")
    if args.action == "withdraw-waiver":
        return _done(ops.withdraw_waiver(args.code, which), "is planned again (waiver withdrawn)")
    if args.action == "plan":
        saved = ops.plan_independence(args.code, which, args.independence)
        return _done(saved, f"planned as {saved.evaluation.independence.label.lower()}")
    saved = ops.require_independence(args.code, which, args.independence)
    return _done(saved, f"must be independent (planned as {saved.evaluation.independence.label.lower()})")


# ---------------------------------------------------------------- parser

FORMS = "self, independent-internal or external"


def add_evaluation_command(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
                           common: argparse.ArgumentParser) -> None:
    """The `evaluation` command, added through build_parser's `add` with its common options."""
    sub = add("evaluation", cmd_evaluation, "a project's evaluations: list them, start, complete, waive one, "
                                            "require independence, add an optional one")
    sub.add_argument("code", metavar="CODE", help="the project's code")
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str, *, named: bool = True) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text, parents=[common])
        if named:
            parser.add_argument("evaluation", nargs="+", metavar="EVALUATION",
                                help="which evaluation: final, mid-term, mid-term-review, annual-review N, ex-post N, or its uuid")
        return parser

    parser = action("list", "the project's evaluations with their status", named=False)
    parser.add_argument("--json", action="store_true", help="print JSON")

    action("start", "mark a planned evaluation as in progress")

    parser = action("complete", "record a completed evaluation (again, to correct the record)")
    parser.add_argument("--on", type=iso_date, required=True, metavar="DATE", help="the date it was completed (not in the future)")
    parser.add_argument("--evaluator", required=True, metavar="NAME", help="who carried it out")
    parser.add_argument("--independence", type=independence, metavar="FORM", help=f"{FORMS} (default: the form it was planned in)")
    parser.add_argument("--rating", type=rating, action="append", metavar="CRITERION=N",
                        help="a rating from 1 (highly unsatisfactory) to 6 (highly satisfactory) on relevance, efficiency, "
                             "effectiveness, impact or sustainability (repeatable)")
    parser.add_argument("--findings", metavar="TEXT", help="the findings")

    parser = action("waive", "waive an evaluation that will not be carried out")
    parser.add_argument("--reason", required=True, metavar="TEXT", help="why it is waived")

    action("withdraw-waiver", "plan a waived evaluation again")

    parser = action("plan", "plan the form of an evaluation still to be done")
    parser.add_argument("--independence", type=independence, required=True, metavar="FORM", help=FORMS)

    parser = action("require-independent", "make this the evaluation that must be independent (projects over the budget threshold)")
    parser.add_argument("--independence", type=independence, metavar="FORM",
                        help="independent-internal or external (default: its planned form if independent, else independent-internal)")

    parser = action("add", "add an evaluation the rules do not require (e.g. an ex-post evaluation)", named=False)
    parser.add_argument("--kind", type=evaluation_kind, required=True, metavar="KIND",
                        help=", ".join(EvaluationKind.codes()))
    parser.add_argument("--due", type=iso_date, required=True, metavar="DATE", help="its due date (not before the project's start)")
    parser.add_argument("--independence", type=independence, metavar="FORM", help=f"{FORMS} (default self)")
