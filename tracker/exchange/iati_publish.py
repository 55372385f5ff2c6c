"""What tracker publishes about a project beyond what it records field for field: the decisions a
good IATI publisher makes, in one place, for the export (tracker.exchange.iati_export) and its
check (tracker.exchange.iati_check) alike.

- The purpose code (IATI sector, vocabulary 1: OECD DAC CRS 5-digit): the project's own purpose
  code; else the code its strategic objective stands for; else the code of its first cross-cutting
  theme that stands for one; only then 99810 "Sectors not specified", which the check flags.
- The default flow, finance, aid and tied-aid types: the organisation's defaults for the project's
  main funding modality (the one bringing most US$), tracker.domain.organisation.
- The capital-spend share: the project's own, never a default. Technical cooperation mostly buys no
  assets, but some projects buy vehicles, equipment or build training centres; a 0 nobody
  recorded would be an invented figure in a published file, so the check asks the officer to
  record the share (0 where the project buys no assets).
- The approval date of the outgoing commitment (the approved budget): the first "Approve" in the
  stage history, else the earliest funding agreement, else the actual start.
- Locations, document formats and result measures: the IATI codes below."""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections import defaultdict
from decimal import Decimal
from urllib.parse import urlparse

from tracker.domain import project as d
from tracker.domain.classifications import FundingModality, Stage, StrategicObjective, Theme
from tracker.domain.documents import Document
from tracker.domain.organisation import AidTypes, OrganisationSettings
from tracker.exchange import iati_codes as c

SECTOR_NOT_SPECIFIED = c.SECTOR_NOT_SPECIFIED  # what the check looks for

# The purpose code a strategic objective stands for (tracker.exchange.iati_codes's mapping, which
# the import reads back); "Others" stands for none: the themes, or 99810, decide.
OBJECTIVE_SECTORS: dict[StrategicObjective, str] = {
    objective: code for objective, code in c.OUTCOME_TO_SECTOR.items() if code != SECTOR_NOT_SPECIFIED
}

# The purpose code a cross-cutting theme stands for when the objective gives none, in this order
# of precedence. South-South and triangular cooperation is a way of cooperating, not a sector.
THEME_SECTORS: dict[Theme, str] = {
    Theme.LABOUR_STANDARDS: "16070",  # Labour rights
    Theme.TRIPARTISM: "16080",  # Social dialogue
    Theme.JUST_TRANSITION: "16020",  # Employment creation: the jobs of a just transition
    Theme.GENDER_EQUALITY: "15170",  # Women's rights organisations and movements, and government institutions
}

# PolicyMarker (vocabulary 1, OECD DAC CRS) a theme marks, as a significant objective
# (PolicySignificance 1): the theme says the project pursues it, not that it is its main purpose.
THEME_POLICY_MARKERS: dict[Theme, str] = {
    Theme.GENDER_EQUALITY: "1",  # Gender Equality
    Theme.JUST_TRANSITION: "2",  # Aid to Environment
}
POLICY_SIGNIFICANT = "1"

# LocationReach 1: the activity happens there. GeographicVocabulary A4: ISO 3166-1 alpha-2, the
# country a location is in (administrative level 0). Points in WGS 84 latitude/longitude.
LOCATION_REACH_ACTIVITY = "1"
ADMINISTRATIVE_COUNTRY = "A4"
SRS_WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326"

# IndicatorMeasure 1 Unit, 2 Percentage.
MEASURE_UNIT = c.MEASURE_UNIT
MEASURE_PERCENTAGE = "2"
_PERCENT_UNITS = frozenset({"%", "percent", "per cent", "percentage", "pourcentage", "porcentaje", "pour cent", "por ciento"})

# ContactType 1: general enquiries.
CONTACT_GENERAL = "1"

# A document's format when neither its file nor its address says: a web page.
WEB_PAGE_FORMAT = "text/html"

# Stages in which the budget is approved: the outgoing commitment is published from approval on.
_COMMITTED = frozenset({Stage.APPROVED, Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING, Stage.CLOSED})
_CURRENT = frozenset({Stage.APPROVED, Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING})
_STARTED = frozenset({Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING, Stage.CLOSED})


def detailed_purpose_code(project: d.Project) -> str | None:
    """The DAC 5-digit code of what the project does, None when nothing recorded says."""
    if project.purpose_code:
        return project.purpose_code
    if project.outcome is not None and project.outcome in OBJECTIVE_SECTORS:
        return OBJECTIVE_SECTORS[project.outcome]
    for theme, code in THEME_SECTORS.items():
        if theme in project.themes:
            return code
    return None


def sector_code(project: d.Project) -> str:
    """The sector the export writes: the detailed purpose code, else 99810 (not specified)."""
    return detailed_purpose_code(project) or SECTOR_NOT_SPECIFIED


def policy_markers(project: d.Project) -> list[str]:
    return [code for theme, code in THEME_POLICY_MARKERS.items() if theme in project.themes]


def main_modality(project: d.Project) -> FundingModality | None:
    """The funding modality bringing the project most US$ (the first listed on a tie)."""
    totals: dict[FundingModality, Decimal] = defaultdict(Decimal)
    for funding in project.fundings:
        totals[funding.modality] += funding.usd
    if not totals:
        return None
    return max(totals, key=lambda modality: totals[modality])


def default_types(project: d.Project, settings: OrganisationSettings) -> AidTypes:
    return settings.aid_types_for(main_modality(project))


def approval_day(project: d.Project, approved: dt.date | None, started: dt.date | None) -> dt.date | None:
    """The day the budget was approved: the recorded approval, else the earliest funding
    agreement, else the actual start; None for a project not yet approved."""
    if not is_committed(project) and approved is None:
        return None
    if approved is not None:
        return approved
    agreements = [f.approved_on for f in project.fundings]
    return min(agreements) if agreements else started


def is_committed(project: d.Project) -> bool:
    """Approved (or past approval, or suspended after): its budget is committed."""
    return _stage_or_suspended_from(project) in _COMMITTED


def is_current(project: d.Project) -> bool:
    """Approved and not yet closed: an assessor expects results and an actual start."""
    return project.stage in _CURRENT


def has_started(project: d.Project) -> bool:
    """Under way (or done, or suspended after it started)."""
    return _stage_or_suspended_from(project) in _STARTED


def _stage_or_suspended_from(project: d.Project) -> Stage | None:
    return project.suspended_from if project.stage is Stage.SUSPENDED else project.stage


def measure(indicator: d.ResultIndicator) -> str:
    return MEASURE_PERCENTAGE if indicator.unit.strip().casefold() in _PERCENT_UNITS else MEASURE_UNIT


def published_documents(project: d.Project) -> list[Document]:
    """The documents a file can link to: those with a web address, the project's and those of
    its evaluations (a document naming an evaluation no longer there is left out)."""
    evaluations = {e.uuid for e in project.evaluations}
    return [doc for doc in project.documents if doc.url and (not doc.evaluation_uuid or doc.evaluation_uuid in evaluations)]


def document_format(document: Document) -> str:
    """The IANA media type of the document (IATI FileFormat), from its file's name or address."""
    for name in (document.file_name, urlparse(document.url).path):
        if name:
            guessed, _encoding = mimetypes.guess_type(name, strict=False)
            if guessed:
                return guessed
    return WEB_PAGE_FORMAT
