"""`tracker evaluation CODE ACTION ...`: a project's evaluations listed, and the officer's actions
on them (start, complete, waive, withdraw a waiver, plan the form, require independence, add an
optional one) through the store's evaluation operations, the same ones the rules of the editor
follow. Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from tracker.cli import _arg, _open, _print_json, _table, _yes_no, iso_date
from tracker.domain.classifications import Criterion, EvaluationKind, Independence
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate

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
        raise ValueError(translate("CliEvaluation", "'{text}' is not CRITERION=RATING, e.g. relevance=4").format(text=text))
    try:
        score = int(value.strip())
    except ValueError:
        raise ValueError(translate("CliEvaluation", "'{value}' is not a rating: use a whole number from 1 to 6").format(value=value)) from None
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
        print(translate("CliEvaluation", "{code} has no evaluations yet (the rules plan them once the planned start, end and budget "
                                         "are set)").format(code=project.code))
        return 0
    must = " " + translate("CliEvaluation", "(must be independent)")
    _table(
        [translate("CliEvaluation", "Evaluation"), translate("CliEvaluation", "Due"), translate("CliEvaluation", "Status"),
         translate("CliEvaluation", "Mandatory"), translate("CliEvaluation", "Independence"), translate("CliEvaluation", "Completed"),
         translate("CliEvaluation", "Evaluator / waiver")],
        [
            [
                reference(e),
                e.due.isoformat(),
                e.status.label,
                _yes_no(e.mandatory),
                e.independence.label + (must if e.independence_required else ""),
                e.completed_on.isoformat() if e.completed_on else "",
                e.evaluator or e.waiver_reason,
            ]
            for e in project.evaluations
        ],
    )
    return 0


def _done(saved: Any, sentence: str, **fields: str) -> int:
    """What an action did: `sentence` (translated) names the project {code}, the {evaluation} and
    its {due} date, and any other `fields`; then each change it made to the plan."""
    evaluation = saved.evaluation
    print(sentence.format(code=saved.project.code, evaluation=evaluation.title.lower(), due=evaluation.due.isoformat(), **fields))
    for change in saved.changes:
        print("  " + translate("CliEvaluation", "plan: {change}").format(change=change))
    return 0


# ---------------------------------------------------------------- actions


def _which(args: argparse.Namespace) -> str:
    return " ".join(args.evaluation)


def ratings_given(pairs: list[tuple[Criterion, int]] | None) -> dict[Criterion, int]:
    ratings: dict[Criterion, int] = {}
    for criterion, score in pairs or []:
        if criterion in ratings:
            raise DomainError(translate("CliEvaluation", "--rating gives {criterion} twice ({first} and {second}); give each criterion "
                                                         "once").format(criterion=criterion.value, first=ratings[criterion], second=score))
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
        return _done(saved, translate("CliEvaluation", "{code}: {evaluation} due {due} added (optional, {independence}; "
                                                       "named '{reference}')"),
                     independence=saved.evaluation.independence.label.lower(), reference=_reference(saved))
    which = _which(args)
    if args.action == "start":
        return _done(ops.start_evaluation(args.code, which), translate("CliEvaluation", "{code}: {evaluation} due {due} is in progress"))
    if args.action == "complete":
        saved = ops.record_completion(
            args.code, which, completed_on=args.on, evaluator=args.evaluator, independence=args.independence,
            ratings=ratings_given(args.rating), findings=args.findings or "",
        )
        return _done(saved, translate("CliEvaluation", "{code}: {evaluation} due {due} completed on {on} by {evaluator} "
                                                       "({independence})"),
                     on=args.on.isoformat(), evaluator=saved.evaluation.evaluator,
                     independence=saved.evaluation.independence.label.lower())
    if args.action == "waive":
        return _done(ops.waive_evaluation(args.code, which, args.reason),
                     translate("CliEvaluation", "{code}: {evaluation} due {due} waived: {reason}"), reason=args.reason.strip())
    if args.action == "withdraw-waiver":
        return _done(ops.withdraw_waiver(args.code, which),
                     translate("CliEvaluation", "{code}: {evaluation} due {due} is planned again (waiver withdrawn)"))
    if args.action == "plan":
        saved = ops.plan_independence(args.code, which, args.independence)
        return _done(saved, translate("CliEvaluation", "{code}: {evaluation} due {due} planned as {independence}"),
                     independence=saved.evaluation.independence.label.lower())
    saved = ops.require_independence(args.code, which, args.independence)
    return _done(saved, translate("CliEvaluation", "{code}: {evaluation} due {due} must be independent (planned as {independence})"),
                 independence=saved.evaluation.independence.label.lower())


# ---------------------------------------------------------------- parser


def add_evaluation_command(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
                           common: argparse.ArgumentParser) -> None:
    """The `evaluation` command, added through build_parser's `add` with its common options."""
    sub = add("evaluation", cmd_evaluation, translate("CliHelp", "a project's evaluations: list them, start, complete, waive one, "
                                                                 "require independence, add an optional one"))
    sub.add_argument("code", metavar="CODE", help=translate("CliHelp", "the project's code"))
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    forms = translate("CliHelp", "self, independent-internal or external")

    def action(name: str, help_text: str, *, named: bool = True) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text, parents=[common])
        if named:
            parser.add_argument("evaluation", nargs="+", metavar="EVALUATION",
                                help=translate("CliHelp", "which evaluation: final, mid-term, mid-term-review, annual-review N, "
                                                          "ex-post N, or its uuid"))
        return parser

    parser = action("list", translate("CliHelp", "the project's evaluations with their status"), named=False)
    parser.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))

    action("start", translate("CliHelp", "mark a planned evaluation as in progress"))

    parser = action("complete", translate("CliHelp", "record a completed evaluation (again, to correct the record)"))
    parser.add_argument("--on", type=iso_date, required=True, metavar="DATE",
                        help=translate("CliHelp", "the date it was completed (not in the future)"))
    parser.add_argument("--evaluator", required=True, metavar="NAME", help=translate("CliHelp", "who carried it out"))
    parser.add_argument("--independence", type=independence, metavar="FORM",
                        help=translate("CliHelp", "{forms} (default: the form it was planned in)").format(forms=forms))
    parser.add_argument("--rating", type=rating, action="append", metavar="CRITERION=N",
                        help=translate("CliHelp", "a rating from 1 (highly unsatisfactory) to 6 (highly satisfactory) on relevance, "
                                                  "efficiency, effectiveness, impact or sustainability (repeatable)"))
    parser.add_argument("--findings", metavar="TEXT", help=translate("CliHelp", "the findings"))

    parser = action("waive", translate("CliHelp", "waive an evaluation that will not be carried out"))
    parser.add_argument("--reason", required=True, metavar="TEXT", help=translate("CliHelp", "why it is waived"))

    action("withdraw-waiver", translate("CliHelp", "plan a waived evaluation again"))

    parser = action("plan", translate("CliHelp", "plan the form of an evaluation still to be done"))
    parser.add_argument("--independence", type=independence, required=True, metavar="FORM", help=forms)

    parser = action("require-independent", translate("CliHelp", "make this the evaluation that must be independent (projects over "
                                                                "the budget threshold)"))
    parser.add_argument("--independence", type=independence, metavar="FORM",
                        help=translate("CliHelp", "independent-internal or external (default: its planned form if independent, else "
                                                  "independent-internal)"))

    parser = action("add", translate("CliHelp", "add an evaluation the rules do not require (e.g. an ex-post evaluation)"), named=False)
    parser.add_argument("--kind", type=evaluation_kind, required=True, metavar="KIND",
                        help=", ".join(EvaluationKind.codes()))
    parser.add_argument("--due", type=iso_date, required=True, metavar="DATE",
                        help=translate("CliHelp", "its due date (not before the project's start)"))
    parser.add_argument("--independence", type=independence, metavar="FORM",
                        help=translate("CliHelp", "{forms} (default self)").format(forms=forms))
