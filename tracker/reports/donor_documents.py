"""The donor report's list of documents: per project, the documents it and its evaluations
produced (project document, budget, progress and evaluation reports...), with their category,
date, language and the web address where each is published."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

from babel import Locale, UnknownLocaleError

from tracker.domain.documents import category_label
from tracker.domain.i18n import current_language, translate
from tracker.reports.base import long_date
from tracker.reports.layouts import evaluation_label
from tracker.reports.xlsx import Book, Col, date_format
from tracker.store import donor_queries as q
from tracker.store.documents import documents_of_projects


@cache
def language_name(code: str, language: str) -> str:
    """A document's language by its name in the report's language ("French", "français"), or its
    code when the name is not known."""
    try:
        name = Locale.parse(language).languages.get(code) if code else None
    except (ValueError, UnknownLocaleError):
        name = None
    return (name[:1].upper() + name[1:]) if name else code


def write_documents(book: Book, projects: Sequence[q.DonorProject], period_end: dt.date) -> None:
    """The Documents sheet, when the projects have documents dated up to the period's end."""
    found = documents_of_projects([p.id for p in projects], up_to=period_end)
    if not found:
        return
    cols = [Col(translate("DonorDocuments", "Project"), 16), Col(translate("DonorDocuments", "Title"), 40, wrap=True),
            Col(translate("DonorDocuments", "Category"), 24, wrap=True), Col(translate("DonorDocuments", "Date"), 13, date_format()),
            Col(translate("DonorDocuments", "Language"), 12, wrap=True), Col(translate("DonorDocuments", "Evaluation"), 16, wrap=True),
            Col(translate("DonorDocuments", "Web address"), 44, wrap=True)]
    sheet = book.sheet(translate("DonorDocuments", "Documents"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("DonorDocuments", "Documents of the projects"),
                  translate("DonorDocuments", "Project documents, budgets, progress and evaluation reports dated up to {date}").format(
                      date=long_date(period_end)))
    language = current_language()
    unpublished = 0

    def rows():
        nonlocal unpublished
        for project in projects:
            for document, kind, sequence in found.get(project.id, []):
                unpublished += not document.url
                yield (project.code, document.title, category_label(document.category), document.document_date,
                       language_name(document.language, language), evaluation_label(kind, sequence) if kind else "",
                       document.url or "\u2013")

    sheet.stream(cols, rows())
    if unpublished:
        sheet.note(translate("DonorDocuments", "A document without a web address is not published; the ILO sends it on request."))
