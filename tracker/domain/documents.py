"""The documents a project and its evaluations produce: project document, budget, progress
reports, evaluation reports... Each has a title, an IATI document category, a language, a date, a
web address where it is published and, optionally, the file itself, kept in the database and
carried in field packages up to MAX_FILE_BYTES."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from tracker.domain.codelists import is_country
from tracker.domain.errors import FieldProblem
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate


def new_uuid() -> str:  # tracker.domain.project's, which imports this module
    return str(uuidlib.uuid4())


# The largest file kept in the database and carried in a field package: packages travel by e-mail
# and on memory sticks from offices with slow connections; a larger file is published and linked.
MAX_FILE_BYTES = 10 * 1024 * 1024

# IATI DocumentCategory (version 2.03): code -> name. A: activity documents, B: organisation's.
DOCUMENT_CATEGORIES: dict[str, str] = {
    "A01": QT_TRANSLATE_NOOP("DocumentCategory", "Pre- and post-project impact appraisal"),
    "A02": QT_TRANSLATE_NOOP("DocumentCategory", "Objectives / Purpose of activity"),
    "A03": QT_TRANSLATE_NOOP("DocumentCategory", "Intended ultimate beneficiaries"),
    "A04": QT_TRANSLATE_NOOP("DocumentCategory", "Conditions"),
    "A05": QT_TRANSLATE_NOOP("DocumentCategory", "Budget"),
    "A06": QT_TRANSLATE_NOOP("DocumentCategory", "Summary information about contract"),
    "A07": QT_TRANSLATE_NOOP("DocumentCategory", "Review of project performance and evaluation"),
    "A08": QT_TRANSLATE_NOOP("DocumentCategory", "Results, outcomes and outputs"),
    "A09": QT_TRANSLATE_NOOP("DocumentCategory", "Memorandum of understanding (if agreed by all parties)"),
    "A10": QT_TRANSLATE_NOOP("DocumentCategory", "Tender"),
    "A11": QT_TRANSLATE_NOOP("DocumentCategory", "Contract"),
    "A12": QT_TRANSLATE_NOOP("DocumentCategory", "Activity web page"),
    "B01": QT_TRANSLATE_NOOP("DocumentCategory", "Annual report"),
    "B02": QT_TRANSLATE_NOOP("DocumentCategory", "Institutional Strategy paper"),
    "B03": QT_TRANSLATE_NOOP("DocumentCategory", "Country strategy paper"),
    "B04": QT_TRANSLATE_NOOP("DocumentCategory", "Aid Allocation Policy"),
    "B05": QT_TRANSLATE_NOOP("DocumentCategory", "Procurement Policy and Procedure"),
    "B06": QT_TRANSLATE_NOOP("DocumentCategory", "Institutional Audit Report"),
    "B07": QT_TRANSLATE_NOOP("DocumentCategory", "Country Audit Report"),
    "B08": QT_TRANSLATE_NOOP("DocumentCategory", "Exclusions Policy"),
    "B09": QT_TRANSLATE_NOOP("DocumentCategory", "Institutional Evaluation Report"),
    "B10": QT_TRANSLATE_NOOP("DocumentCategory", "Country Evaluation Report"),
    "B11": QT_TRANSLATE_NOOP("DocumentCategory", "Sector strategy"),
    "B12": QT_TRANSLATE_NOOP("DocumentCategory", "Thematic strategy"),
    "B13": QT_TRANSLATE_NOOP("DocumentCategory", "Country-level Memorandum of Understanding"),
    "B14": QT_TRANSLATE_NOOP("DocumentCategory", "Evaluations policy"),
    "B15": QT_TRANSLATE_NOOP("DocumentCategory", "General Terms and Conditions"),
    "B16": QT_TRANSLATE_NOOP("DocumentCategory", "Organisation web page"),
    "B17": QT_TRANSLATE_NOOP("DocumentCategory", "Country/Region web page"),
    "B18": QT_TRANSLATE_NOOP("DocumentCategory", "Sector web page"),
}
# The categories of the documents tracker itself knows a project produces.
PROJECT_DOCUMENT = "A02"  # the project document: objectives and purpose
BUDGET_DOCUMENT = "A05"
EVALUATION_REPORT = "A07"
PROGRESS_REPORT = "A08"
APPRAISAL = "A01"
CONTRACT = "A11"


def megabytes(size: int) -> str:
    """A file's size in MB with one decimal, as the user's locale writes numbers."""
    from tracker.domain.numbers import format_number, number_style

    return format_number((Decimal(size) / 1048576).quantize(Decimal("0.1")), number_style(), 1)


def category_label(code: str) -> str:
    """The category's name in the user's language ("A07" when tracker does not know the code)."""
    english = DOCUMENT_CATEGORIES.get(code)
    return translate("DocumentCategory", english) if english else code


@dataclass
class Document:
    """A document of the project, or of one of its evaluations (`evaluation_uuid`)."""

    title: str
    category: str  # an IATI DocumentCategory code: DOCUMENT_CATEGORIES
    language: str = ""  # ISO 639-1 code of the language it is written in
    document_date: date | None = None
    url: str = ""  # where it is published
    evaluation_uuid: str = ""  # the evaluation it belongs to; blank: the project's own
    file_name: str = ""  # the attached file's name, when the file is kept in the database
    file_size: int | None = None  # bytes
    file_sha256: str = ""  # the attached file's content, by its SHA-256 (the store keeps it once)
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if not (self.title or "").strip():
            found.append(FieldProblem("title", translate("Validation", "a document needs a title")))
        if self.category not in DOCUMENT_CATEGORIES:
            found.append(FieldProblem("category", translate(
                "Validation", "'{code}' is not an IATI document category (A01-A12 for a project's documents)").format(code=self.category)))
        if self.file_size is not None and self.file_size > MAX_FILE_BYTES:
            found.append(FieldProblem("file_name", translate(
                "Validation", "the file is {size} MB; tracker keeps files up to {limit} MB: publish it and give its web address")
                .format(size=megabytes(self.file_size), limit=MAX_FILE_BYTES // 1048576)))
        if self.url and not self.url.lower().startswith(("http://", "https://")):
            found.append(FieldProblem("url", translate("Validation", "a web address starts with https:// or http://")))
        from tracker.domain.records import text_problems

        return found + text_problems("document", self, found)


@dataclass
class Location:
    """A place within a country where the project works (a province, a district, a town)."""

    name: str
    country: str = ""  # ISO 3166 code, one of the project's countries
    description: str = ""
    latitude: Decimal | None = None  # degrees north
    longitude: Decimal | None = None  # degrees east
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if not (self.name or "").strip():
            found.append(FieldProblem("name", translate("Validation", "a location needs a name")))
        if self.country and not is_country(self.country):
            found.append(FieldProblem("country", translate("Validation", "'{code}' is not an ISO 3166 country code").format(code=self.country)))
        if (self.latitude is None) != (self.longitude is None):
            found.append(FieldProblem("longitude" if self.longitude is None else "latitude",
                                      translate("Validation", "give both the latitude and the longitude, or neither")))
        if self.latitude is not None and not (-90 <= self.latitude <= 90):
            found.append(FieldProblem("latitude", translate("Validation", "a latitude is between -90 and 90 degrees")))
        if self.longitude is not None and not (-180 <= self.longitude <= 180):
            found.append(FieldProblem("longitude", translate("Validation", "a longitude is between -180 and 180 degrees")))
        from tracker.domain.records import text_problems

        return found + text_problems("location", self, found)
