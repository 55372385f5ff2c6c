"""`tracker clusters ACTION ...`: cluster evaluations (one evaluation covering several projects
that share a theme, partner or country) listed, shown, created, corrected (code, title), deleted
(one no project completed), their projects added or removed, and their completion recorded for
every member, through tracker.store.clusters and tracker.store.cluster_edits (the operations of
the app's Tools > Cluster Evaluations window). Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from tracker.cli import _open, _print_json, _table, iso_date
from tracker.cli_evaluation import independence, rating, ratings_given
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate


def _summary_row(summary: Any) -> dict[str, Any]:
    cluster = summary.cluster
    return {"code": cluster.code, "title": cluster.title, "kind": cluster.kind.value, "basis": cluster.basis,
            "basis_value": cluster.basis_value, "members": summary.members, "completed": summary.completed,
            "completed_on": summary.completed_on.isoformat() if summary.completed_on else None, "status": summary.status,
            "uuid": cluster.uuid}


def _member_row(member: Any) -> dict[str, Any]:
    e = member.evaluation
    return {"project": member.project_code, "title": member.project_title, "evaluation": e.title, "kind": e.kind.value,
            "sequence": e.sequence, "due": e.due.isoformat(), "status": e.status.value, "mandatory": e.mandatory,
            "independence": e.independence.value, "completed_on": e.completed_on.isoformat() if e.completed_on else None,
            "evaluator": e.evaluator, "findings": e.findings, "uuid": e.uuid}


def _list(args: argparse.Namespace) -> int:
    from tracker.store import clusters as ops

    summaries = ops.list_clusters()
    if args.json:
        _print_json([_summary_row(s) for s in summaries])
        return 0
    if not summaries:
        print(translate("CliClusters", "no cluster evaluations yet: tracker clusters create CODE --theme|--partner|--country VALUE "
                                       "PROJECT... makes one"))
        return 0
    _table(
        [translate("CliClusters", "Code"), translate("CliClusters", "Title"), translate("CliClusters", "Kind"),
         translate("CliClusters", "Basis"), translate("CliClusters", "Projects"), translate("CliClusters", "Status")],
        [[s.cluster.code, s.cluster.title, s.cluster.kind.label, s.cluster.basis_text, str(s.members),
          ops.status_word(s.status) + (f" {s.completed_on.isoformat()}" if s.status == ops.COMPLETED and s.completed_on else "")]
         for s in summaries],
        right={4},
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    from tracker.store import clusters as ops

    cluster = ops.find_cluster(args.code)
    members = ops.cluster_members(cluster.code)
    if args.json:
        summary = next(s for s in ops.list_clusters() if s.cluster.uuid == cluster.uuid)
        _print_json({**_summary_row(summary), "projects": [_member_row(mb) for mb in members]})
        return 0
    print(translate("CliClusters", "{code}: {title}").format(code=cluster.code, title=cluster.title or "-"))
    print(translate("CliClusters", "{kind} of the projects sharing the {basis}").format(kind=cluster.kind.label, basis=cluster.basis_text))
    if not members:
        print(translate("CliClusters", "no projects yet: tracker clusters add {code} PROJECT... adds them").format(code=cluster.code))
        return 0
    _table(
        [translate("CliClusters", "Project"), translate("CliClusters", "Evaluation"), translate("CliClusters", "Due"),
         translate("CliClusters", "Status"), translate("CliClusters", "Completed"), translate("CliClusters", "Evaluator")],
        [[mb.project_code, mb.evaluation.title, mb.evaluation.due.isoformat(), mb.evaluation.status.label,
          mb.evaluation.completed_on.isoformat() if mb.evaluation.completed_on else "", mb.evaluation.evaluator] for mb in members],
    )
    return 0


def _said(change: Any, sentence: str) -> int:
    print(sentence)
    for note in change.notes():
        print("  " + note)
    return 0


def _basis(args: argparse.Namespace) -> tuple[str, str]:
    for name in ("theme", "partner", "country"):
        if getattr(args, name):
            return name, getattr(args, name)
    raise AssertionError("argparse requires one basis")


def _edit(args: argparse.Namespace) -> int:
    from tracker.store.cluster_edits import edit_cluster

    if args.new_code is None and args.title is None:
        raise DomainError(translate("CliClusters", "give the new code (--code) or the new title (--title) of cluster {code}").format(
            code=args.code.strip()))
    change = edit_cluster(args.code, new_code=args.new_code, title=args.title)
    if not change.edited:
        print(translate("CliClusters", "cluster {code} has that code and title already; nothing changed").format(code=change.cluster.code))
        return 0
    return _said(change, translate("CliClusters", "cluster {code} corrected").format(code=change.cluster.code))


def _delete(args: argparse.Namespace) -> int:
    """Like `tracker delete`: without --yes, say what would happen and change nothing."""
    from tracker.store.cluster_edits import cluster_deletion, delete_cluster
    from tracker.store.clusters import ClusterRefused

    deletion = cluster_deletion(args.code)
    if (refusal := deletion.refusal()) is not None:
        raise ClusterRefused(refusal)
    cluster, leaving = deletion.cluster, deletion.leaving
    if not args.yes:
        if leaving:
            count = len(leaving)
            said = translate("CliClusters", "this would delete cluster {code}; its %n project(s) would leave it, each keeping its "
                                            "evaluation as its own ({projects}); add --yes to delete it", "", count)
        else:
            said = translate("CliClusters", "this would delete cluster {code}, which covers no project; add --yes to delete it")
        raise DomainError(said.format(code=cluster.code, projects=", ".join(leaving)))
    change = delete_cluster(cluster.code, version=cluster.version)
    return _said(change, translate("CliClusters", "deleted cluster {code}").format(code=change.cluster.code))


def cmd_clusters(args: argparse.Namespace) -> int:
    from tracker.store import clusters as ops

    _open(args)
    if args.action == "list":
        return _list(args)
    if args.action == "show":
        return _show(args)
    if args.action == "edit":
        return _edit(args)
    if args.action == "delete":
        return _delete(args)
    if args.action == "create":
        basis, value = _basis(args)
        change = ops.create_cluster(args.code, args.title or "", args.kind, basis, value, args.projects)
        count = len(change.joined)
        return _said(change, translate("CliClusters", "cluster {code} created: {kind} of the projects sharing the {basis}, %n "
                                                      "project(s)", "", count).format(
            code=change.cluster.code, kind=change.cluster.kind.label.lower(), basis=change.cluster.basis_text))
    if args.action == "add":
        change = ops.add_to_cluster(args.code, args.projects)
        count = len(change.joined)
        return _said(change, translate("CliClusters", "cluster {code}: %n project(s) added", "", count).format(code=change.cluster.code))
    if args.action == "remove":
        change = ops.remove_from_cluster(args.code, args.projects)
        count = len(change.left)
        return _said(change, translate("CliClusters", "cluster {code}: %n project(s) removed", "", count).format(code=change.cluster.code))
    ratings: dict[Any, int] = dict(ratings_given(args.rating))
    change = ops.complete_cluster(args.code, args.on, args.evaluator, args.independence, args.findings or "", ratings)
    count = len(change.completed)
    print(translate("CliClusters", "cluster {code} completed on {on} by {evaluator} ({independence}) for %n project(s): {projects}",
                    "", count).format(code=change.cluster.code, on=args.on.isoformat(), evaluator=args.evaluator.strip(),
                                      independence=args.independence.label.lower(), projects=", ".join(change.completed)))
    return 0


def add_clusters_command(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
                         common: argparse.ArgumentParser) -> None:
    """The `clusters` command, added through build_parser's `add` with its common options."""
    sub = add("clusters", cmd_clusters, translate("CliHelp", "cluster evaluations: one evaluation covering several projects that share "
                                                             "a theme, partner or country"))
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    json_help = translate("CliHelp", "print JSON")
    code_help = translate("CliHelp", "the cluster evaluation's code")
    projects_help = translate("CliHelp", "the projects' codes")

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, help=help_text, description=help_text, parents=[common])

    parser = action("list", translate("CliHelp", "every cluster evaluation with its basis, projects and status"))
    parser.add_argument("--json", action="store_true", help=json_help)

    parser = action("show", translate("CliHelp", "a cluster evaluation and the evaluation of each project it covers"))
    parser.add_argument("code", metavar="CODE", help=code_help)
    parser.add_argument("--json", action="store_true", help=json_help)

    parser = action("create", translate("CliHelp", "a new cluster evaluation; each project joins with its open evaluation of the "
                                                   "kind, or an optional one due on its planned end"))
    parser.add_argument("code", metavar="CODE", help=code_help)
    parser.add_argument("projects", nargs="*", metavar="PROJECT", help=projects_help)
    parser.add_argument("--title", metavar="TEXT", help=translate("CliHelp", "what the cluster evaluation is called"))
    parser.add_argument("--kind", default="cluster", metavar="KIND",
                        help=translate("CliHelp", "the kind of evaluation it is for each project, e.g. final or mid-term "
                                                  "(default: cluster)"))
    basis = parser.add_mutually_exclusive_group(required=True)
    basis.add_argument("--theme", metavar="THEME", help=translate("CliHelp", "the cross-cutting theme the projects share"))
    basis.add_argument("--partner", metavar="CODE", help=translate("CliHelp", "the partner funding each of the projects"))
    basis.add_argument("--country", metavar="COUNTRY", help=translate("CliHelp", "the country the projects share (code or name)"))

    for name, help_text in (("add", translate("CliHelp", "add projects to a cluster evaluation")),
                            ("remove", translate("CliHelp", "take projects out of a cluster evaluation (their evaluation stays, "
                                                            "as their own)"))):
        parser = action(name, help_text)
        parser.add_argument("code", metavar="CODE", help=code_help)
        parser.add_argument("projects", nargs="+", metavar="PROJECT", help=projects_help)

    parser = action("edit", translate("CliHelp", "correct a cluster evaluation's code or title (its projects stay in it)"))
    parser.add_argument("code", metavar="CODE", help=code_help)
    parser.add_argument("--code", dest="new_code", metavar="NEW", help=translate("CliHelp", "the new code, which no other cluster "
                                                                                         "evaluation has"))
    parser.add_argument("--title", metavar="TEXT", help=translate("CliHelp", "the new title"))

    parser = action("delete", translate("CliHelp", "delete a cluster evaluation no project completed (its projects keep their "
                                                   "evaluations, as their own)"))
    parser.add_argument("code", metavar="CODE", help=code_help)
    parser.add_argument("--yes", action="store_true", help=translate("CliHelp", "really delete it (without it: say what would happen)"))

    parser = action("complete", translate("CliHelp", "record the cluster evaluation as completed, for every project it covers"))
    parser.add_argument("code", metavar="CODE", help=code_help)
    parser.add_argument("--on", type=iso_date, required=True, metavar="DATE",
                        help=translate("CliHelp", "the date it was completed (not in the future)"))
    parser.add_argument("--evaluator", required=True, metavar="NAME", help=translate("CliHelp", "who carried it out"))
    parser.add_argument("--independence", type=independence, required=True, metavar="FORM",
                        help=translate("CliHelp", "self, independent-internal or external"))
    parser.add_argument("--rating", type=rating, action="append", metavar="CRITERION=N",
                        help=translate("CliHelp", "a rating from 1 (highly unsatisfactory) to 6 (highly satisfactory) on relevance, "
                                                  "efficiency, effectiveness, impact or sustainability (repeatable)"))
    parser.add_argument("--findings", metavar="TEXT", help=translate("CliHelp", "the findings"))
