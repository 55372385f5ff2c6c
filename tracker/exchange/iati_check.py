"""What an aid-transparency assessment would find missing in tracker's IATI file, per activity.

The check reads the very <iati-activity> elements the export writes (tracker.exchange.iati_export
.activities), so what it lists is what the file lacks, never a second opinion on the project: the
command line (`tracker export iati --check`) and the app's check dialog both call
check_publication, or hand PublicationCheck.add to an export as its on_activity. Each gap is one
sentence in the user's language naming the activity's code and what would fill it.

Like an assessment, the check looks at current activities: those not ended, and those that ended
within the last year (IATI's definition of a current activity). A project closed or cancelled
longer ago is counted as checked, not assessed: nobody fills in a publication gap of 1998."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from tracker.domain import project as d
from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Stage
from tracker.domain.documents import APPRAISAL, BUDGET_DOCUMENT, CONTRACT, EVALUATION_REPORT, PROGRESS_REPORT, PROJECT_DOCUMENT
from tracker.domain.i18n import translate
from tracker.domain.progress import CancelCheck, Progress
from tracker.exchange import iati_codes as c
from tracker.exchange import iati_publish as publish
from tracker.exchange.iati_export import PublishContext, activities, selected_codes


@dataclass(frozen=True)
class Gap:
    """One thing an assessor would find missing in one activity."""

    code: str  # the project's code
    what: str  # a stable name of the check ("actual-start", "document-A05", ...)
    sentence: str  # in the user's language, naming the code


@dataclass
class PublicationCheck:
    """The gaps of the activities checked, in the order of the file."""

    today: dt.date = field(default_factory=dt.date.today)
    activities: int = 0
    not_assessed: int = 0  # ended more than a year before `today`
    gaps: list[Gap] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # code -> title, for the app's table

    def add(self, project: d.Project, element: etree._Element) -> None:
        """Check one activity as the export wrote it (an export's on_activity)."""
        self.activities += 1
        if not is_assessed(project, self.today):
            self.not_assessed += 1
            return
        self.titles[project.code] = project.title
        self.gaps.extend(activity_gaps(project, element))

    def by_activity(self) -> dict[str, list[Gap]]:
        found: dict[str, list[Gap]] = {}
        for gap in self.gaps:
            found.setdefault(gap.code, []).append(gap)
        return found

    def summary(self) -> str:
        checked, incomplete, gaps, old = self.activities, len(self.by_activity()), len(self.gaps), self.not_assessed
        if not gaps:
            text = translate("IatiCheck", "%n project(s) checked: nothing an assessor would find missing", "", checked)
        else:
            text = translate("IatiCheck", "{checked}: {incomplete}, {gaps}").format(
                checked=translate("IatiCheck", "%n project(s) checked", "", checked),
                incomplete=translate("IatiCheck", "%n with something missing", "", incomplete),
                gaps=translate("IatiCheck", "%n thing(s) missing in all", "", gaps))
        if old:
            text += " " + translate("IatiCheck", "(%n ended more than a year ago: assessors look at current activities only)", "", old)
        return text

    def lines(self) -> Iterator[str]:
        """The summary, then each gap, one a line (what the command line prints)."""
        yield self.summary()
        for gap in self.gaps:
            yield "  " + gap.sentence


def check_publication(
    *,
    partner: str | None = None,
    stage: Stage | str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    today: dt.date | None = None,
) -> PublicationCheck:
    """The check of the activities an export of these filters would write (no file is written).
    NotFound for an unknown partner, NothingToExport when no project matches."""
    context = PublishContext.read(today)
    check = PublicationCheck(today=context.today)
    for project, element in activities(selected_codes(partner, stage), context, progress, cancelled):
        check.add(project, element)
    return check


# ---------------------------------------------------------------- one activity

# How long after its end an activity stays current for IATI (and for assessors).
CURRENT_AFTER_END = dt.timedelta(days=365)


def is_assessed(project: d.Project, today: dt.date) -> bool:
    """Current in IATI's sense: not ended (closed or cancelled), or ended within the last year."""
    if project.stage not in (Stage.CLOSED, Stage.CANCELLED):
        return True
    end = project.actual_end or project.planned_end
    return end is None or end >= today - CURRENT_AFTER_END


def activity_gaps(project: d.Project, element: etree._Element) -> list[Gap]:
    """What the activity as written lacks, each a sentence naming the project's code."""
    code = project.code
    gaps: list[Gap] = []

    def gap(what: str, sentence: str) -> None:
        gaps.append(Gap(code, what, sentence.format(code=code)))

    dates = {e.get("type") for e in element.findall("activity-date") if e.get(c.EXT + "placeholder") != "true"}
    transactions = {t.find("transaction-type").get("code") for t in element.findall("transaction")}
    current = publish.is_current(project)
    if not {c.PLANNED_START, c.PLANNED_END} <= dates:
        gap("planned-dates", translate("IatiCheck", "{code}: no planned start or end date: record both on the project"))
    if publish.has_started(project) and c.ACTUAL_START not in dates:
        gap("actual-start", translate("IatiCheck", "{code}: no actual start date although it is under way: record 'Start implementation' "
                                                   "with the day the work started"))
    if element.find("description/narrative").text == project.title:
        gap("description", translate("IatiCheck", "{code}: no description beyond its title: describe the project's objectives"))
    if element.find("contact-info") is None:
        gap("contact", translate("IatiCheck", "{code}: no contact: give the organisation's contact in Tools > Organisation Settings"))
    if element.find("location") is None:
        gap("location", translate("IatiCheck", "{code}: no sub-national location: add the places where the project works"))
    if (element.find("sector").get("code") or "") == publish.SECTOR_NOT_SPECIFIED:
        gap("purpose-code", translate("IatiCheck", "{code}: no detailed purpose code (sector 99810, not specified): give the project "
                                                   "its OECD DAC purpose code"))
    for tag in ("default-flow-type", "default-finance-type", "default-aid-type", "default-tied-status"):
        if element.find(tag) is None:
            gap("default-types", translate("IatiCheck", "{code}: no default flow, finance, aid or tied-aid type: set the defaults of "
                                                        "its funding modality in Tools > Organisation Settings"))
            break
    if element.find("capital-spend") is None:
        gap("capital-spend", translate("IatiCheck", "{code}: no capital spend: record the share of the budget spent on assets "
                                                    "(0 where the project buys none)"))
    if project.stage not in (Stage.DESIGN, Stage.APPRAISAL, Stage.CANCELLED) and element.find("budget") is None:
        gap("budget", translate("IatiCheck", "{code}: no budget by year: record the budget and the planned dates"))
    if publish.is_committed(project) and c.OUTGOING_COMMITMENT not in transactions:
        gap("commitment", translate("IatiCheck", "{code}: no commitment of its approved budget: record the budget and the day it "
                                                 "was approved"))
    if current and c.INCOMING_COMMITMENT not in transactions:
        gap("funding", translate("IatiCheck", "{code}: no incoming commitment: record the funding that pays for it"))
    if current and element.find("result") is None:
        gap("results", translate("IatiCheck", "{code}: no results on a current activity: record its indicators with baseline and target"))
    gaps.extend(Gap(code, what, sentence) for what, sentence in _document_gaps(project, element))
    return gaps


def _document_gaps(project: d.Project, element: etree._Element) -> list[tuple[str, str]]:
    """Each expected category of document the file links to no document of, each evaluation
    completed without a report linked, and each document the file cannot link to."""
    linked = {category.get("code") for category in element.findall("document-link/category")}
    published = publish.published_documents(project)
    code = project.code
    expected: list[tuple[str, str]] = []
    # Assessors look for an activity's documents while it is current; an evaluation's report at any
    # time after the evaluation (annual reviews excepted: progress reports, A08, report on them).
    if publish.is_current(project):
        expected += [
            (PROJECT_DOCUMENT, translate("IatiCheck", "{code}: no project document (objectives, A02) with a web address")),
            (BUDGET_DOCUMENT, translate("IatiCheck", "{code}: no budget document (A05) with a web address")),
            (APPRAISAL, translate("IatiCheck", "{code}: no appraisal (A01) with a web address")),
            (CONTRACT, translate("IatiCheck", "{code}: no contract or agreement (A11) with a web address")),
        ]
    if publish.is_current(project) and (publish.has_started(project) or project.progress_reports):
        expected.append((PROGRESS_REPORT, translate("IatiCheck", "{code}: no results or progress report (A08) with a web address")))
    found = [(f"document-{category}", sentence.format(code=code)) for category, sentence in expected if category not in linked]
    for evaluation in project.evaluations:
        reported = any(doc.category == EVALUATION_REPORT and doc.evaluation_uuid in (evaluation.uuid, "") for doc in published)
        if evaluation.status is EvaluationStatus.COMPLETED and evaluation.kind is not EvaluationKind.ANNUAL_REVIEW and not reported:
            found.append((f"document-{EVALUATION_REPORT}", translate(
                "IatiCheck", "{code}: {evaluation} completed, but no evaluation report (A07) of it with a web address").format(
                code=code, evaluation=evaluation.title)))
    for document in project.documents:
        if not document.url:
            found.append(("document-address", translate("IatiCheck", "{code}: the document '{title}' has no web address, so the file "
                                                                     "cannot link to it").format(code=code, title=document.title)))
    return found
