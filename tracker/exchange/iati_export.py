"""Export the portfolio (or part of it) as an IATI activity file, standard version 2.03.

One <iati-activity> per project, streamed to a temporary file beside the target with
lxml.etree.xmlfile (memory stays flat however many projects) and moved into place with os.replace
once complete, so a failed or cancelled export leaves no partial file. The mappings are in
tracker.exchange.iati_codes; tracker values that IATI cannot hold exactly travel in attributes of
the tracker extension namespace, which the IATI schema allows and IATI tools ignore.

A good publisher's file: every element tracker can fill from what the project records or from the
organisation's settings (tracker.store.organisation: reporting organisation, contact, default
types by funding modality), with the publishing decisions of tracker.exchange.iati_publish. What an
assessor would still find missing is tracker.exchange.iati_check's, read from the same elements.

Demo data: each demo activity carries tracker:demo="true" (tracker.exchange.demo_marks), so that
an import labels it or refuses it. A working database that an earlier tracker loaded the demo into
exports its real projects only (demo_left_out says how many were left out): an IATI file is
published, and invented figures have no place in it."""

from __future__ import annotations

import calendar
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path

from lxml import etree

from tracker.domain import project as d
from tracker.domain.classifications import Stage
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate, using_language
from tracker.domain.money import CENT, USD
from tracker.domain.organisation import AidTypes, OrganisationSettings
from tracker.domain.progress import CancelCheck, Progress
from tracker.exchange import iati_codes as c
from tracker.exchange import iati_publish as publish
from tracker.exchange.demo_marks import IATI_DEMO
from tracker.exchange.iati_xml import ExchangeCancelled
from tracker.store.demo import demo_left_out
from tracker.store.iati_queries import actual_starts, approvals
from tracker.store.organisation import load_settings
from tracker.store.partners import find_partner, list_partners
from tracker.store.projects import load_project
from tracker.store.queries import portfolio_rows
from tracker.store.writes import check_output_target, partial_file_beside

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class NothingToExport(DomainError):
    """No project matches the filters: an IATI file needs at least one activity."""


@dataclass(frozen=True)
class PublishContext:
    """What every activity of one export is written from besides its project."""

    settings: OrganisationSettings
    partners: dict[str, d.Partner]
    started: dict[int, dt.date]  # project id -> actual start
    approved: dict[int, dt.date]  # project id -> approval
    today: dt.date
    now: dt.datetime

    @classmethod
    def read(cls, today: dt.date | None = None) -> PublishContext:
        return cls(
            settings=load_settings(),
            partners={p.code: p for p in list_partners()},
            started=actual_starts(undated_reason=c.UNDATED_START),
            approved=approvals(),
            today=today or dt.date.today(),
            now=dt.datetime.now(dt.UTC).replace(microsecond=0),
        )


ActivityHook = Callable[[d.Project, etree._Element], None]


def export_iati(
    path: str | os.PathLike[str],
    *,
    partner: str | None = None,
    stage: Stage | str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    today: dt.date | None = None,
    on_activity: ActivityHook | None = None,
) -> Path:
    """Write the projects (all, or those funded by `partner` (code or name) and/or in `stage`) to
    `path` as an IATI 2.03 activity file and return the path; `on_activity(project, element)` sees
    each activity as written (the publication check). StoreError when `path` is the open
    database or any other database file (an export never replaces one), NotFound for an unknown
    partner, ValueError for an unknown stage, NothingToExport when no project matches,
    ExchangeCancelled when `cancelled()` turns true (no file)."""
    target = check_output_target(path, translate("IatiExport", "the IATI file"))
    codes = selected_codes(partner, stage)
    context = PublishContext.read(today)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp_name = partial_file_beside(target)
    try:
        with etree.xmlfile(temp_name, encoding="utf-8") as xf:
            xf.write_declaration()
            root_attrib = {"version": c.STANDARD_VERSION, "generated-datetime": context.now.isoformat()}
            with xf.element("iati-activities", root_attrib, nsmap={"tracker": c.EXT_NS}):
                for project, element in activities(codes, context, progress, cancelled):
                    xf.write(element)
                    if on_activity is not None:
                        on_activity(project, element)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


def selected_codes(partner: str | None = None, stage: Stage | str | None = None) -> list[str]:
    """The codes of the projects an export of these filters holds (a working database's demo
    projects left out); NotFound for an unknown partner, NothingToExport when none matches."""
    partner_code = find_partner(partner).code if partner else None
    wanted_stage = Stage.parse(stage) if isinstance(stage, str) else stage
    codes = [row.code for row in portfolio_rows(stage=wanted_stage, partner_code=partner_code)]
    left_out = demo_left_out()
    codes = [code for code in codes if code not in left_out]
    if not codes:
        # The schema requires at least one activity: an empty file would not be valid IATI.
        raise NothingToExport(_nothing_to_export(partner, wanted_stage, bool(left_out)))
    return codes


def activities(
    codes: list[str],
    context: PublishContext,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Iterator[tuple[d.Project, etree._Element]]:
    """Each project of `codes` with its <iati-activity>, one at a time (memory stays flat)."""
    for done, code in enumerate(codes):
        if cancelled is not None and cancelled():
            raise ExchangeCancelled(translate("IatiExport", "export cancelled; no file was written"))
        if progress is not None:
            progress(done, len(codes), code)
        project = load_project(code)
        yield project, activity_element(project, context)
    if progress is not None:
        progress(len(codes), len(codes), translate("IatiExport", "done"))


def schema() -> etree.XMLSchema:
    """The IATI 2.03 activity schema shipped in resources/iati (read from files: its include and
    import are relative, and nothing is fetched from the network)."""
    folder = resources.files("tracker.resources").joinpath("iati")
    with resources.as_file(folder) as local:
        parser = etree.XMLParser(no_network=True, resolve_entities=False)
        return etree.XMLSchema(etree.parse(str(Path(local) / "iati-activities-schema.xsd"), parser))


def validate_iati(path: str | os.PathLike[str]) -> list[str]:
    """Schema errors of an IATI activity file ("line N: message"), none when it is valid."""
    xsd = schema()
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False, huge_tree=False)
    document = etree.parse(str(path), parser)
    if xsd.validate(document):
        return []
    return [translate("IatiExport", "line {line}: {message}").format(line=e.line, message=e.message) for e in xsd.error_log]  # type: ignore[attr-defined]


# ---------------------------------------------------------------- building one activity


def _sub(parent: etree._Element, tag: str, attrib: dict[str, str] | None = None, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, tag, attrib or {})
    if text is not None:
        element.text = text
    return element


def _narrative(parent: etree._Element, tag: str, text: str, attrib: dict[str, str] | None = None) -> etree._Element:
    element = _sub(parent, tag, attrib)
    _sub(element, "narrative", text=_clean(text))
    return element


def _clean(text: str) -> str:
    # Characters XML 1.0 cannot hold (control characters pasted from elsewhere) are dropped.
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def _amount(value: Decimal) -> str:
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def _value(parent: etree._Element, amount: Decimal, currency: str, on: dt.date, usd_rate: Decimal) -> None:
    attrib = {"currency": currency, "value-date": on.isoformat()}
    if currency != USD:
        attrib[c.EXT + "usd-rate"] = str(usd_rate)
    _sub(parent, "value", attrib, _amount(amount))


def _nothing_to_export(partner: str | None, stage: Stage | None, demo_left_out: bool) -> str:
    """Why no file was written: no project matches (the filters named)."""
    filters = []
    if partner:
        filters.append(translate("IatiExport", "funded by {partner}").format(partner=partner))
    if stage:
        filters.append(translate("IatiExport", "in stage {stage}").format(stage=stage.value))
    what = translate("IatiExport", " and ").join(filters)
    if demo_left_out:
        if what:
            return translate("IatiExport", "no project other than demo data {what}; no file was written").format(what=what)
        return translate("IatiExport", "no project other than demo data in the database; no file was written")
    if what:
        return translate("IatiExport", "no project {what}; no file was written").format(what=what)
    return translate("IatiExport", "no project in the database; no file was written")


def activity_element(project: d.Project, context: PublishContext) -> etree._Element:
    """One project as an <iati-activity>. The file declares its narratives English (xml:lang
    "en"), so the labels written in them are the English ones, whatever the user's language."""
    with using_language("en"):
        return _activity_element(project, context)


def _activity_element(project: d.Project, context: PublishContext) -> etree._Element:
    settings = context.settings
    activity = etree.Element(
        "iati-activity",
        {
            XML_LANG: "en",
            "default-currency": project.currency,
            "last-updated-datetime": context.now.isoformat(),
            c.EXT + "code": project.code,
        },
        nsmap={"tracker": c.EXT_NS},
    )
    if project.region is not None:
        activity.set(c.EXT + "region", project.region.value)
    if project.outcome is not None:
        # The sector may be a purpose code no objective maps back to: the objective travels too.
        activity.set(c.EXT + "outcome", project.outcome.value)
    if project.is_demo:
        activity.set(IATI_DEMO, "true")  # invented figures: an import labels them or refuses them
    _sub(activity, "iati-identifier", text=c.activity_identifier(project.code, settings.reporting_org_ref))
    _narrative(activity, "reporting-org", settings.reporting_org_name, _reporting_attrib(settings))
    _narrative(activity, "title", project.title)
    _narrative(activity, "description", project.description.strip() or project.title, {"type": "1"})
    _participating_orgs(activity, project, context)
    status = _sub(activity, "activity-status", {"code": c.STAGE_TO_STATUS[project.stage], c.EXT + "stage": project.stage.value})
    if project.stage is Stage.SUSPENDED and project.suspended_from is not None:
        status.set(c.EXT + "suspended-from", project.suspended_from.value)
    _activity_dates(activity, project, context.today, context.started.get(project.id or 0))
    _contact(activity, settings)
    _recipients(activity, project)
    _locations(activity, project)
    _sector(activity, project)
    _default_types(activity, publish.default_types(project, settings))
    _budgets(activity, project)
    if project.capital_spend is not None:
        _sub(activity, "capital-spend", {"percentage": _percent(project.capital_spend)})
    _transactions(activity, project, context)
    _document_links(activity, project)
    _results(activity, project)
    return activity


def _reporting_attrib(settings: OrganisationSettings) -> dict[str, str]:
    return {"ref": settings.reporting_org_ref, "type": settings.reporting_org_type}


def _participating_orgs(activity: etree._Element, project: d.Project, context: PublishContext) -> None:
    settings = context.settings
    seen: set[str] = set()
    for funding in project.fundings:
        if funding.partner_code is None:
            key = settings.reporting_org_ref  # regular-budget money: the organisation funds itself
            if key not in seen:
                _narrative(activity, "participating-org", settings.reporting_org_name, {"role": c.ROLE_FUNDING, **_reporting_attrib(settings)})
        else:
            key = funding.partner_code
            partner = context.partners[key]
            if key not in seen:
                _narrative(activity, "participating-org", partner.name, _partner_attrib(partner, c.ROLE_FUNDING))
        seen.add(key)
    _narrative(activity, "participating-org", settings.reporting_org_name, {"role": c.ROLE_IMPLEMENTING, **_reporting_attrib(settings)})


def _partner_attrib(partner: d.Partner, role: str | None = None) -> dict[str, str]:
    # A tracker partner code ("LUX") is not an IATI organisation identifier, so it goes in the
    # extension attribute, not in @ref.
    attrib = {"type": c.org_type_for(partner.category, partner.non_state_kind), c.EXT + "partner": partner.code, c.EXT + "category": partner.category.value}
    if role is not None:
        attrib = {"role": role, **attrib}
    if partner.non_state_kind is not None:
        attrib[c.EXT + "non-state-kind"] = partner.non_state_kind.value
    return attrib


def _activity_dates(activity: etree._Element, project: d.Project, today: dt.date, actual_start: dt.date | None) -> None:
    written = False
    if project.planned_start is not None:
        _sub(activity, "activity-date", {"iso-date": project.planned_start.isoformat(), "type": c.PLANNED_START})
        written = True
    if actual_start is not None:
        _sub(activity, "activity-date", {"iso-date": actual_start.isoformat(), "type": c.ACTUAL_START})
        written = True
    if project.planned_end is not None:
        _sub(activity, "activity-date", {"iso-date": project.planned_end.isoformat(), "type": c.PLANNED_END})
        written = True
    if project.actual_end is not None:
        _sub(activity, "activity-date", {"iso-date": project.actual_end.isoformat(), "type": c.ACTUAL_END})
        written = True
    if not written:
        # The schema requires at least one activity-date; a project in design may have none yet.
        # The export date stands in, marked so that tracker's import ignores it.
        element = _sub(activity, "activity-date", {"iso-date": today.isoformat(), "type": c.PLANNED_START, c.EXT + "placeholder": "true"})
        _sub(element, "narrative", text="No planned dates recorded yet: the date of this export stands in.")


def _contact(activity: etree._Element, settings: OrganisationSettings) -> None:
    """The organisation's contact for its activities (the schema's order of elements)."""
    texts = [("organisation", settings.contact_organisation), ("department", settings.contact_department),
             ("person-name", settings.contact_person)]
    plain = [("telephone", settings.contact_telephone), ("email", settings.contact_email), ("website", settings.contact_website)]
    address = settings.contact_address.strip()
    if not any(value.strip() for _tag, value in texts + plain) and not address:
        return
    contact = _sub(activity, "contact-info", {"type": publish.CONTACT_GENERAL})
    for tag, value in texts:
        if value.strip():
            _narrative(contact, tag, value.strip())
    for tag, value in plain:
        if value.strip():
            _sub(contact, tag, text=_clean(value.strip()))
    if address:
        _narrative(contact, "mailing-address", address)
def equal_shares(count: int) -> list[Decimal]:
    """`count` percentages to two decimals summing to exactly 100 (the last takes the remainder)."""
    if count == 0:
        return []
    each = (Decimal(100) / count).quantize(CENT, rounding=ROUND_HALF_UP)
    return [each] * (count - 1) + [Decimal(100) - each * (count - 1)]


def country_percentages(project: d.Project) -> dict[str, Decimal]:
    """The recorded shares; countries without one share what is left of 100 equally."""
    shares = {k: v for k, v in project.country_shares.items() if k in project.countries}
    rest = [k for k in project.countries if k not in shares]
    if not rest:
        return {k: shares[k] for k in project.countries}
    left = Decimal(100) - sum(shares.values(), Decimal(0))
    split = [(left * s / 100).quantize(CENT, rounding=ROUND_HALF_UP) for s in equal_shares(len(rest))]
    split[-1] = left - sum(split[:-1], Decimal(0))
    result = dict(shares)
    result.update(zip(rest, split))
    return {k: result[k] for k in project.countries}


def _recipients(activity: etree._Element, project: d.Project) -> None:
    if project.countries:
        for country, share in country_percentages(project).items():
            element = _sub(activity, "recipient-country", {"code": country, "percentage": _percent(share)})
            if country not in project.country_shares:
                # IATI wants percentages adding up to 100; this one tracker worked out, nobody
                # recorded it, and tracker's import does not take it for a recorded share.
                element.set(c.EXT + "computed-share", "true")
    elif project.region is not None:
        _sub(activity, "recipient-region", {"code": c.REGION_TO_IATI[project.region], "vocabulary": c.REGION_VOCABULARY_DAC, "percentage": "100"})


def _locations(activity: etree._Element, project: d.Project) -> None:
    for place in project.locations:
        element = _sub(activity, "location")
        _sub(element, "location-reach", {"code": publish.LOCATION_REACH_ACTIVITY})
        _narrative(element, "name", place.name)
        if place.description.strip():
            _narrative(element, "description", place.description)
        if place.country:
            _sub(element, "administrative", {"vocabulary": publish.ADMINISTRATIVE_COUNTRY, "level": "0", "code": place.country})
        if place.latitude is not None and place.longitude is not None:
            point = _sub(element, "point", {"srsName": publish.SRS_WGS84})
            _sub(point, "pos", text=f"{_decimal_text(place.latitude)} {_decimal_text(place.longitude)}")


def _sector(activity: etree._Element, project: d.Project) -> None:
    _sub(activity, "sector", {"vocabulary": c.SECTOR_VOCABULARY_DAC, "code": publish.sector_code(project), "percentage": "100"})
    for code in publish.policy_markers(project):
        _sub(activity, "policy-marker", {"vocabulary": "1", "code": code, "significance": publish.POLICY_SIGNIFICANT})


def _default_types(activity: etree._Element, types: AidTypes) -> None:
    # A type the organisation left blank is left out (the check names it).
    for tag, code in (("default-flow-type", types.flow_type), ("default-finance-type", types.finance_type),
                      ("default-aid-type", types.aid_type), ("default-tied-status", types.tied_status)):
        if code.strip():
            attrib = {"code": code.strip(), "vocabulary": "1"} if tag == "default-aid-type" else {"code": code.strip()}
            _sub(activity, tag, attrib)


def _percent(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _decimal_text(value: Decimal) -> str:
    """A decimal as xsd:decimal writes it: never an exponent (str() gives '1E+2' for some)."""
    return format(value, "f")


def yearly_periods(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Calendar-year periods covering start..end (IATI: a budget period is at most a year)."""
    periods = []
    year = start.year
    while year <= end.year:
        periods.append((max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))))
        year += 1
    return periods


def split_by_days(total: Decimal, periods: list[tuple[dt.date, dt.date]]) -> list[Decimal]:
    """`total` shared among the periods in proportion to their days, to the cent, summing exactly."""
    days = [(b - a).days + 1 for a, b in periods]
    whole = sum(days)
    parts = [(total * n / whole).quantize(CENT, rounding=ROUND_HALF_UP) for n in days]
    parts[-1] = total - sum(parts[:-1], Decimal(0))
    return parts


def _budgets(activity: etree._Element, project: d.Project) -> None:
    if project.budget is None or project.planned_start is None or project.planned_end is None:
        return
    revised = [r for r in project.revisions if r.new_budget is not None]
    kind = c.BUDGET_REVISED if revised else c.BUDGET_ORIGINAL
    status = c.BUDGET_INDICATIVE if project.stage in (Stage.DESIGN, Stage.APPRAISAL) else c.BUDGET_COMMITTED
    on = revised[-1].revised_on if revised else project.planned_start
    periods = yearly_periods(project.planned_start, project.planned_end)
    for (start, end), amount in zip(periods, split_by_days(project.budget, periods)):
        budget = _sub(activity, "budget", {"type": kind, "status": status})
        _sub(budget, "period-start", {"iso-date": start.isoformat()})
        _sub(budget, "period-end", {"iso-date": end.isoformat()})
        _value(budget, amount, project.currency, on, project.usd_rate)


def _transactions(activity: etree._Element, project: d.Project, context: PublishContext) -> None:
    settings = context.settings
    main_types = publish.default_types(project, settings)
    for funding in project.fundings:
        transaction = _sub(activity, "transaction", {c.EXT + "modality": funding.modality.value})
        if funding.locally_mobilized:
            transaction.set(c.EXT + "locally-mobilized", "true")
        _sub(transaction, "transaction-type", {"code": c.INCOMING_COMMITMENT})
        _sub(transaction, "transaction-date", {"iso-date": funding.approved_on.isoformat()})
        _value(transaction, funding.amount, funding.currency, funding.approved_on, funding.usd_rate)
        _narrative(transaction, "description", f"{funding.modality.label} contribution")
        if funding.partner_code is None:
            _narrative(transaction, "provider-org", settings.reporting_org_name, _reporting_attrib(settings))
        else:
            partner = context.partners[funding.partner_code]
            _narrative(transaction, "provider-org", partner.name, _partner_attrib(partner))
        _narrative(transaction, "receiver-org", settings.reporting_org_name, _reporting_attrib(settings))
        types = settings.aid_types_for(funding.modality)
        if types != main_types:
            # Money of another modality than the activity's main one: its own types, where they differ.
            _transaction_types(transaction, types, main_types)
    _outgoing_commitment(activity, project, context)
    for spent in project.expenditures:
        transaction = _sub(activity, "transaction", {c.EXT + "expenditure-type": spent.expenditure_type.value, c.EXT + "year": str(spent.year)})
        if spent.month is not None:
            transaction.set(c.EXT + "month", str(spent.month))
        on = _expenditure_date(spent, context.today)
        _sub(transaction, "transaction-type", {"code": c.EXPENDITURE})
        _sub(transaction, "transaction-date", {"iso-date": on.isoformat()})
        _value(transaction, spent.amount, spent.currency, on, spent.usd_rate)
        _narrative(transaction, "description", spent.expenditure_type.label)


def _transaction_types(transaction: etree._Element, types: AidTypes, defaults: AidTypes) -> None:
    if types.flow_type != defaults.flow_type:
        _sub(transaction, "flow-type", {"code": types.flow_type})
    if types.finance_type != defaults.finance_type:
        _sub(transaction, "finance-type", {"code": types.finance_type})
    if types.aid_type != defaults.aid_type:
        _sub(transaction, "aid-type", {"code": types.aid_type, "vocabulary": "1"})
    if types.tied_status != defaults.tied_status:
        _sub(transaction, "tied-status", {"code": types.tied_status})


def _outgoing_commitment(activity: etree._Element, project: d.Project, context: PublishContext) -> None:
    """The approved budget, committed to the activity on the day it was approved (iati_publish
    says which day). Marked tracker:approved-budget so that tracker's import knows it for the
    budget it already reads, not for money spent."""
    on = publish.approval_day(project, context.approved.get(project.id or 0), context.started.get(project.id or 0))
    if project.budget is None or on is None:
        return
    on = min(on, context.today)  # IATI rules forbid future transaction dates
    transaction = _sub(activity, "transaction", {c.EXT + "approved-budget": "true"})
    _sub(transaction, "transaction-type", {"code": c.OUTGOING_COMMITMENT})
    _sub(transaction, "transaction-date", {"iso-date": on.isoformat()})
    _value(transaction, project.budget, project.currency, on, project.usd_rate)
    _narrative(transaction, "description", "Approved budget")
    _narrative(transaction, "provider-org", context.settings.reporting_org_name, _reporting_attrib(context.settings))


def _expenditure_date(spent: d.Expenditure, today: dt.date) -> dt.date:
    """The last day of the month (or year) the expenditure was recorded for, but never in the
    future (IATI rules forbid future transaction dates)."""
    if spent.month is None:
        first, last = dt.date(spent.year, 1, 1), dt.date(spent.year, 12, 31)
    else:
        first = dt.date(spent.year, spent.month, 1)
        last = first.replace(day=calendar.monthrange(spent.year, spent.month)[1])
    return max(first, min(last, today))


def _document_links(activity: etree._Element, project: d.Project) -> None:
    for document in publish.published_documents(project):
        link = _sub(activity, "document-link", {"url": document.url, "format": publish.document_format(document)})
        title = _sub(link, "title")
        narrative = _sub(title, "narrative", text=_clean(document.title))
        if document.language:
            narrative.set(XML_LANG, document.language)  # the title is in the document's language
        _sub(link, "category", {"code": document.category})
        if document.language:
            _sub(link, "language", {"code": document.language})
        if document.document_date is not None:
            _sub(link, "document-date", {"iso-date": document.document_date.isoformat()})


def _results(activity: etree._Element, project: d.Project) -> None:
    """The indicators, each with its baseline, its measured values by period (IndicatorValue:
    the progress report's period holding the day it was measured) and, last, the whole project's
    period with the target and the value achieved."""
    if not project.indicators:
        return
    result = _sub(activity, "result", {"type": c.RESULT_OUTCOME})
    _narrative(result, "title", f"Results of {project.code}")
    for indicator in project.indicators:
        attrib = {"measure": publish.measure(indicator)}
        if indicator.unit:
            attrib[c.EXT + "unit"] = indicator.unit
        if indicator.women_share is not None:
            attrib[c.EXT + "women-share"] = _decimal_text(indicator.women_share)
        element = _sub(result, "indicator", attrib)
        _narrative(element, "title", indicator.name)
        if indicator.baseline is not None:
            year = (project.planned_start or dt.date.today()).year
            _sub(element, "baseline", {"year": str(year), "value": _decimal_text(indicator.baseline)})
        for start, end, value in measured_periods(project, indicator):
            period = _sub(element, "period", {c.EXT + "measured": "true"})
            _sub(period, "period-start", {"iso-date": start.isoformat()})
            _sub(period, "period-end", {"iso-date": end.isoformat()})
            _sub(period, "actual", {"value": _decimal_text(value)})
        if (indicator.target is not None or indicator.achieved is not None) and project.planned_start and project.planned_end:
            period = _sub(element, "period")
            _sub(period, "period-start", {"iso-date": project.planned_start.isoformat()})
            _sub(period, "period-end", {"iso-date": project.planned_end.isoformat()})
            if indicator.target is not None:
                _sub(period, "target", {"value": _decimal_text(indicator.target)})
            if indicator.achieved is not None:
                _sub(period, "actual", {"value": _decimal_text(indicator.achieved)})


def measured_periods(project: d.Project, indicator: d.ResultIndicator) -> list[tuple[dt.date, dt.date, Decimal]]:
    """(start, end, value) of each period an indicator was measured in, in order: the period of
    the progress report holding the day of measure (the latest value in it), else from the day
    after the previous measure (or the project's start) to the day of measure."""
    values = sorted((v for v in project.indicator_values if v.indicator_uuid == indicator.uuid), key=lambda v: v.measured_on)
    reports = sorted(project.progress_reports, key=lambda r: (r.period_start, r.period_end))
    periods: dict[tuple[dt.date, dt.date], Decimal] = {}
    previous: dt.date | None = None
    for value in values:
        report = next((r for r in reversed(reports) if r.period_start <= value.measured_on <= r.period_end), None)
        if report is not None:
            key = (report.period_start, report.period_end)
        else:
            start = previous + dt.timedelta(days=1) if previous is not None else project.planned_start or value.measured_on
            key = (min(start, value.measured_on), value.measured_on)
        periods[key] = value.value
        previous = value.measured_on
    return sorted((start, end, value) for (start, end), value in periods.items())
