"""`tracker document ACTION CODE ...`: a project's documents (its own and its evaluations')
listed, added with or without their file, their file written out, removed; through the project's
save (tracker.store.documents checks and keeps the files). Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tracker.cli import _arg, _open, _print_json, _table, check_output, iso_date, overwrite_option, shown_number
from tracker.domain.documents import DOCUMENT_CATEGORIES, MAX_FILE_BYTES, Document, category_label
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate


@_arg
def category(text: str) -> str:
    """An IATI document category by its code ("A07", any case) or its name in any language tracker speaks."""
    code = text.strip().upper()
    if code in DOCUMENT_CATEGORIES:
        return code
    wanted = text.strip().casefold()
    for known, english in DOCUMENT_CATEGORIES.items():
        if wanted in (english.casefold(), category_label(known).casefold()):
            return known
    listed = "; ".join(f"{c} ({category_label(c)})" for c in DOCUMENT_CATEGORIES if c.startswith("A"))
    raise ValueError(translate("CliDocuments", "'{text}' is not an IATI document category; a project's are: {categories}").format(
        text=text, categories=listed))


@_arg
def language(text: str) -> str:
    code = text.strip().lower()
    if not re.fullmatch(r"[a-z]{2}", code):
        raise ValueError(translate("CliDocuments", "'{text}' is not a language code of two letters (ISO 639-1), such as en, fr or es").format(
            text=text))
    return code


# ---------------------------------------------------------------- showing


def _evaluation_names(project: Any) -> dict[str, str]:
    from tracker.domain.evaluations import reference

    return {e.uuid: reference(e) for e in project.evaluations}


def _row(document: Document, evaluations: dict[str, str]) -> dict[str, Any]:
    return {
        "title": document.title,
        "category": document.category,
        "language": document.language or None,
        "date": document.document_date.isoformat() if document.document_date else None,
        "url": document.url or None,
        "evaluation": evaluations.get(document.evaluation_uuid) if document.evaluation_uuid else None,
        "file": document.file_name or None,
        "file_size": document.file_size,
        "file_sha256": document.file_sha256 or None,
        "uuid": document.uuid,
    }


def _size(document: Document) -> str:
    if document.file_size is None:
        return ""
    return translate("CliDocuments", "{size} KB").format(size=shown_number(max(1, round(document.file_size / 1024)), 0))


def _list(args: argparse.Namespace) -> int:
    from tracker.store.projects import load_project

    project = load_project(args.code)
    evaluations = _evaluation_names(project)
    if args.json:
        _print_json([_row(doc, evaluations) for doc in project.documents])
        return 0
    if not project.documents:
        print(translate("CliDocuments", "project {code} has no documents").format(code=project.code))
        return 0
    _table(
        [translate("CliDocuments", "Title"), translate("CliDocuments", "Category"), translate("CliDocuments", "Language"),
         translate("CliDocuments", "Date"), translate("CliDocuments", "Evaluation"), translate("CliDocuments", "File"),
         translate("CliDocuments", "Size"), translate("CliDocuments", "Web address")],
        [[doc.title, f"{doc.category} {category_label(doc.category)}", doc.language,
          doc.document_date.isoformat() if doc.document_date else "", evaluations.get(doc.evaluation_uuid, ""), doc.file_name,
          _size(doc), doc.url] for doc in project.documents],
        right={6},
    )
    return 0


# ---------------------------------------------------------------- actions


def _add(args: argparse.Namespace) -> int:
    from tracker.store.documents import attach_file
    from tracker.store.evaluations import find_evaluation
    from tracker.store.projects import load_project, save_project

    if args.file is None and not args.url:
        raise DomainError(translate("CliDocuments", "give the document's file (--file) or its web address (--url), or both"))
    project = load_project(args.code)
    evaluation_uuid = ""
    if args.evaluation:
        evaluation_uuid = project.evaluations[find_evaluation(project, args.evaluation)].uuid
    document = Document(args.title.strip(), args.category, args.language or "", args.date, (args.url or "").strip(), evaluation_uuid)
    attachments = attach_file(document, args.file) if args.file is not None else None
    project.documents.append(document)
    saved, _ = save_project(project, attachments=attachments)
    what = f"\u201c{document.title}\u201d ({document.category} {category_label(document.category)})"
    evaluation = next((e for e in saved.evaluations if e.uuid == evaluation_uuid), None) if evaluation_uuid else None
    if evaluation is not None:
        from tracker.domain.evaluations import describe

        print(translate("CliDocuments", "added document {document} to {evaluation} of project {code}").format(
            document=what, evaluation=describe(evaluation), code=saved.code))
    else:
        print(translate("CliDocuments", "added document {document} to project {code}").format(document=what, code=saved.code))
    return 0


def _find(project: Any, which: str) -> Document:
    from tracker.store.errors import NotFound

    text = which.strip()
    found = [doc for doc in project.documents if doc.uuid == text.lower()]
    found = found or [doc for doc in project.documents if doc.title.strip().casefold() == text.casefold()]
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFound(translate("CliDocuments", "project {code} has {count} documents titled '{title}'; name one by its UUID: "
                                                 "{uuids}").format(code=project.code, count=len(found), title=which,
                                                                   uuids=", ".join(doc.uuid for doc in found)))
    known = "; ".join(doc.title for doc in project.documents) or translate("CliDocuments", "none yet")
    raise NotFound(translate("CliDocuments", "project {code} has no document '{which}'; its documents: {known}").format(
        code=project.code, which=which, known=known))


def _get(args: argparse.Namespace) -> int:
    from tracker.store.documents import read_document_file
    from tracker.store.projects import load_project
    from tracker.store.writes import write_bytes_replacing

    project = load_project(args.code)
    document = _find(project, args.document)
    if not document.file_sha256:
        where = translate("CliDocuments", "; it is published at {url}").format(url=document.url) if document.url else ""
        raise DomainError(translate("CliDocuments", "document \u201c{title}\u201d has no attached file{where}").format(
            title=document.title, where=where))
    check_output(args.output, translate("CliDocuments", "the document's file"), args)  # never over the database
    data = read_document_file(document.file_sha256)
    target = Path(args.output).expanduser()
    write_bytes_replacing(target, data)
    print(translate("CliDocuments", "wrote {file} ({size}), the file of document \u201c{title}\u201d").format(
        file=target, size=_size(document), title=document.title))
    return 0


def _remove(args: argparse.Namespace) -> int:
    from tracker.store.projects import load_project, save_project

    project = load_project(args.code)
    document = _find(project, args.document)
    project.documents = [doc for doc in project.documents if doc.uuid != document.uuid]
    save_project(project)
    print(translate("CliDocuments", "removed document \u201c{title}\u201d from project {code}").format(title=document.title, code=project.code))
    return 0


def cmd_document(args: argparse.Namespace) -> int:
    _open(args)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {"list": _list, "add": _add, "get": _get, "remove": _remove}
    return handlers[args.action](args)


# ---------------------------------------------------------------- parser


def add_document_command(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
                         common: argparse.ArgumentParser) -> None:
    """The `document` command, added through build_parser's `add`."""
    sub = add("document", cmd_document, translate("CliHelp", "a project's documents: list, add (with its file or web address), get "
                                                             "a file, remove"))
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text, parents=[common])
        parser.add_argument("code", metavar="CODE", help=translate("CliHelp", "the project's code"))
        return parser

    parser = action("list", translate("CliHelp", "list a project's documents and its evaluations'"))
    parser.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))

    parser = action("add", translate("CliHelp", "add a document to a project or to one of its evaluations"))
    parser.add_argument("--title", required=True, metavar="TITLE", help=translate("CliHelp", "its title"))
    parser.add_argument("--category", required=True, type=category, metavar="CATEGORY",
                        help=translate("CliHelp", "its IATI document category: A02 project document, A05 budget, A07 evaluation "
                                                  "report, A08 results and progress, A01 appraisal, A11 contract..."))
    parser.add_argument("--file", metavar="FILE", help=translate("CliHelp", "the file, kept in the database (at most {limit} MB)").format(
        limit=MAX_FILE_BYTES // 1048576))
    parser.add_argument("--url", metavar="URL", help=translate("CliHelp", "the web address where it is published"))
    parser.add_argument("--language", type=language, metavar="LANGUAGE",
                        help=translate("CliHelp", "the language it is written in (two letters: en, fr, es...)"))
    parser.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help=translate("CliHelp", "its date"))
    parser.add_argument("--evaluation", metavar="EVALUATION",
                        help=translate("CliHelp", "the evaluation it belongs to: its kind (final, mid-term, annual-review 2...) or UUID"))

    parser = action("get", translate("CliHelp", "write a document's attached file"))
    parser.add_argument("document", metavar="TITLE_OR_UUID", help=translate("CliHelp", "the document's title or UUID"))
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=translate("CliHelp", "the file to write"))
    overwrite_option(parser)

    parser = action("remove", translate("CliHelp", "remove a document (its file goes when no other document names it)"))
    parser.add_argument("document", metavar="TITLE_OR_UUID", help=translate("CliHelp", "the document's title or UUID"))
