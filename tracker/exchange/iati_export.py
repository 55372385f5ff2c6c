"""Export the portfolio (or part of it) as an IATI activity file, standard version 2.03.

One <iati-activity> per project, streamed to a temporary file beside the target with
lxml.etree.xmlfile (memory stays flat however many projects) and moved into place with os.replace
once complete, so a failed or cancelled export leaves no partial file. The mappings are in
tracker.exchange.iati_codes; tracker values that IATI cannot hold exactly travel in attributes of
the tracker extension namespace, which the IATI schema allows and IATI tools ignore.

Demo data: each demo activity carries tracker:demo="true" (tracker.exchange.demo_marks), so that
an import labels it or refuses it. A working database that an earlier tracker loaded the demo into
exports its real projects only (demo_left_out says how many were left out): an IATI file is
published, and invented figures have no place in it."""

from __future__ import annotations

import calendar
import datetime as dt
import os
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from lxml import etree

from tracker.domain import project as d
from tracker.domain.classifications import Stage
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate, using_language
from tracker.domain.money import CENT, USD
from tracker.domain.progress import CancelCheck, Progress
from tracker.exchange import iati_codes as c
from tracker.exchange.demo_marks import IATI_DEMO
from tracker.exchange.iati_xml import ExchangeCancelled
from tracker.store.demo import demo_left_out
from tracker.store.iati_queries import actual_starts
from tracker.store.partners import find_partner, list_partners
from tracker.store.projects import load_project
from tracker.store.queries import portfolio_rows
from tracker.store.writes import check_output_target, partial_file_beside

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class NothingToExport(DomainError):
    """No project matches the filters: an IATI file needs at least one activity."""


def export_iati(
    path: str | os.PathLike[str],
    *,
    partner: str | None = None,
    stage: Stage | str | None = None,
    org_ref: str = c.DEFAULT_ORG_REF,
    org_name: str = c.DEFAULT_ORG_NAME,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the projects (all, or those funded by `partner` (code or name) and/or in `stage`) to
    `path` as an IATI 2.03 activity file and return the path. StoreError when `path` is the open
    database or any other database file (an export never replaces one), NotFound for an unknown
    partner, ValueError for an unknown stage, NothingToExport when no project matches,
    ExchangeCancelled when `cancelled()` turns true (no file)."""
    target = check_output_target(path, translate("IatiExport", "the IATI file"))
    partner_code = find_partner(partner).code if partner else None
    wanted_stage = Stage.parse(stage) if isinstance(stage, str) else stage
    codes = [row.code for row in portfolio_rows(stage=wanted_stage, partner_code=partner_code)]
    left_out = demo_left_out()
    codes = [code for code in codes if code not in left_out]
    if not codes:
        # The schema requires at least one activity: an empty file would not be valid IATI.
        raise NothingToExport(_nothing_to_export(partner, wanted_stage, bool(left_out)))
    partners = {p.code: p for p in list_partners()}
    started = actual_starts(undated_reason=c.UNDATED_START)
    today = today or dt.date.today()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp_name = partial_file_beside(target)
    try:
        with etree.xmlfile(temp_name, encoding="utf-8") as xf:
            xf.write_declaration()
            root_attrib = {"version": c.STANDARD_VERSION, "generated-datetime": now.isoformat()}
            with xf.element("iati-activities", root_attrib, nsmap={"tracker": c.EXT_NS}):
                for done, code in enumerate(codes):
                    if cancelled is not None and cancelled():
                        raise ExchangeCancelled(translate("IatiExport", "export cancelled; no file was written"))
                    if progress is not None:
                        progress(done, len(codes), code)
                    project = load_project(code)
                    xf.write(activity_element(project, partners, org_ref, org_name, today, now, started.get(project.id or 0)))
        if progress is not None:
            progress(len(codes), len(codes), translate("IatiExport", "done"))
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


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


def activity_element(*args: Any, **kwargs: Any) -> etree._Element:
    """One project as an <iati-activity>. The file declares its narratives English (xml:lang
    "en"), so the labels written in them are the English ones, whatever the user's language."""
    with using_language("en"):
        return _activity_element(*args, **kwargs)


def _activity_element(
    project: d.Project,
    partners: dict[str, d.Partner],
    org_ref: str,
    org_name: str,
    today: dt.date,
    now: dt.datetime,
    actual_start: dt.date | None = None,
) -> etree._Element:
    activity = etree.Element(
        "iati-activity",
        {
            XML_LANG: "en",
            "default-currency": project.currency,
            "last-updated-datetime": now.isoformat(),
            c.EXT + "code": project.code,
        },
        nsmap={"tracker": c.EXT_NS},
    )
    if project.region is not None:
        activity.set(c.EXT + "region", project.region.value)
    if project.is_demo:
        activity.set(IATI_DEMO, "true")  # invented figures: an import labels them or refuses them
    _sub(activity, "iati-identifier", text=c.activity_identifier(project.code, org_ref))
    _narrative(activity, "reporting-org", org_name, {"ref": org_ref, "type": c.DEFAULT_ORG_TYPE})
    _narrative(activity, "title", project.title)
    _narrative(activity, "description", project.description.strip() or project.title, {"type": "1"})
    _participating_orgs(activity, project, partners, org_ref, org_name)
    status = _sub(activity, "activity-status", {"code": c.STAGE_TO_STATUS[project.stage], c.EXT + "stage": project.stage.value})
    if project.stage is Stage.SUSPENDED and project.suspended_from is not None:
        status.set(c.EXT + "suspended-from", project.suspended_from.value)
    _activity_dates(activity, project, today, actual_start)
    _recipients(activity, project)
    if project.outcome is not None:
        _sub(activity, "sector", {"vocabulary": c.SECTOR_VOCABULARY_DAC, "code": c.OUTCOME_TO_SECTOR[project.outcome], "percentage": "100"})
    _budgets(activity, project)
    _transactions(activity, project, partners, org_ref, org_name, today)
    _results(activity, project)
    return activity


def _participating_orgs(activity: etree._Element, project: d.Project, partners: dict[str, d.Partner], org_ref: str, org_name: str) -> None:
    seen: set[str] = set()
    for funding in project.fundings:
        if funding.partner_code is None:
            key = org_ref  # regular-budget money: the ILO funds itself
            if key not in seen:
                _narrative(activity, "participating-org", org_name, {"ref": org_ref, "role": c.ROLE_FUNDING, "type": c.DEFAULT_ORG_TYPE})
        else:
            key = funding.partner_code
            partner = partners[key]
            if key not in seen:
                _narrative(activity, "participating-org", partner.name, _partner_attrib(partner, c.ROLE_FUNDING))
        seen.add(key)
    _narrative(activity, "participating-org", org_name, {"ref": org_ref, "role": c.ROLE_IMPLEMENTING, "type": c.DEFAULT_ORG_TYPE})


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


def _transactions(
    activity: etree._Element,
    project: d.Project,
    partners: dict[str, d.Partner],
    org_ref: str,
    org_name: str,
    today: dt.date,
) -> None:
    for funding in project.fundings:
        transaction = _sub(activity, "transaction", {c.EXT + "modality": funding.modality.value})
        if funding.locally_mobilized:
            transaction.set(c.EXT + "locally-mobilized", "true")
        _sub(transaction, "transaction-type", {"code": c.INCOMING_COMMITMENT})
        _sub(transaction, "transaction-date", {"iso-date": funding.approved_on.isoformat()})
        _value(transaction, funding.amount, funding.currency, funding.approved_on, funding.usd_rate)
        _narrative(transaction, "description", f"{funding.modality.label} contribution")
        if funding.partner_code is None:
            _narrative(transaction, "provider-org", org_name, {"ref": org_ref, "type": c.DEFAULT_ORG_TYPE})
        else:
            partner = partners[funding.partner_code]
            _narrative(transaction, "provider-org", partner.name, _partner_attrib(partner))
    for spent in project.expenditures:
        transaction = _sub(activity, "transaction", {c.EXT + "expenditure-type": spent.expenditure_type.value, c.EXT + "year": str(spent.year)})
        if spent.month is not None:
            transaction.set(c.EXT + "month", str(spent.month))
        on = _expenditure_date(spent, today)
        _sub(transaction, "transaction-type", {"code": c.EXPENDITURE})
        _sub(transaction, "transaction-date", {"iso-date": on.isoformat()})
        _value(transaction, spent.amount, spent.currency, on, spent.usd_rate)
        _narrative(transaction, "description", spent.expenditure_type.label)


def _expenditure_date(spent: d.Expenditure, today: dt.date) -> dt.date:
    """The last day of the month (or year) the expenditure was recorded for, but never in the
    future (IATI rules forbid future transaction dates)."""
    if spent.month is None:
        first, last = dt.date(spent.year, 1, 1), dt.date(spent.year, 12, 31)
    else:
        first = dt.date(spent.year, spent.month, 1)
        last = first.replace(day=calendar.monthrange(spent.year, spent.month)[1])
    return max(first, min(last, today))


def _results(activity: etree._Element, project: d.Project) -> None:
    if not project.indicators:
        return
    result = _sub(activity, "result", {"type": c.RESULT_OUTCOME})
    _narrative(result, "title", f"Results of {project.code}")
    for indicator in project.indicators:
        attrib = {"measure": c.MEASURE_UNIT}
        if indicator.unit:
            attrib[c.EXT + "unit"] = indicator.unit
        if indicator.women_share is not None:
            attrib[c.EXT + "women-share"] = _decimal_text(indicator.women_share)
        element = _sub(result, "indicator", attrib)
        _narrative(element, "title", indicator.name)
        if indicator.baseline is not None:
            year = (project.planned_start or dt.date.today()).year
            _sub(element, "baseline", {"year": str(year), "value": _decimal_text(indicator.baseline)})
        if (indicator.target is not None or indicator.achieved is not None) and project.planned_start and project.planned_end:
            period = _sub(element, "period")
            _sub(period, "period-start", {"iso-date": project.planned_start.isoformat()})
            _sub(period, "period-end", {"iso-date": project.planned_end.isoformat()})
            if indicator.target is not None:
                _sub(period, "target", {"value": _decimal_text(indicator.target)})
            if indicator.achieved is not None:
                _sub(period, "actual", {"value": _decimal_text(indicator.achieved)})




