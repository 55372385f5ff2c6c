"""Turn one IATI <iati-activity> element (2.01-2.03, any publisher) into tracker records.

Pure reading: no database. What cannot be taken over is listed in `notes` with the reason, so the
import can report it. Policy (documented in the README's IATI section):
- code: tracker's own code when the file says it (tracker export), else the iati-identifier;
- title and description: the English narrative, else the first one;
- stage: ActivityStatus 1-6 -> design, implementation, evaluation-and-closing, closed, cancelled,
  suspended (tracker's own stage when tracker wrote the file); the import replays it as cycle
  actions, it never sets it;
- dates: planned start (1, else actual start 2), planned end (3), actual end (4), each within
  the years tracker plans with (1900-2200) or not imported, with the reason;
- countries: the percentages the file gives; those tracker's export computed (an equal split of
  what no recorded share covers, marked in tracker's namespace) are not taken as given;
- budget: revised budgets replace the original budgets of the periods they overlap; of several
  overlapping budgets of one type the latest value date wins; the rest are summed over the
  activity period and converted to the project currency through US$ rates; an activity without
  budget elements takes its planned disbursements for its budget;
- funding: incoming commitments (11), or incoming funds (1) when the activity has no commitment;
- expenditure: transaction type 4, by year and month of its date, "miscellaneous" unless tracker
  wrote the type;
- disbursements (3) and outgoing commitments (2): as the caller chooses for the file
  (TransactionChoice), by default from the reporting organisation's role in the activity (see
  transaction_uses): money an implementer spends or passes on to implementing partners is
  expenditure (subcontracts), what a funder's file commits or disburses is funding it gave;
- US$ rates: 1 for US$, the rate tracker's export wrote, the caller's `usd_rates` (the command
  line's --rate) for the whole file, else the rate table's rate in force on the amount's value
  date (else its transaction date or period start); an amount without a rate is skipped and
  reported with tracker.domain.rates.missing_rate's sentence;
- document links: the project's documents, matched by web address and category on re-import;
- amounts and rates tracker cannot keep (1e40, a US$ value beyond MAX_AMOUNT, a rate of a million)
  are skipped with the reason, never rounded into an overflow; texts lose the control characters
  XML 1.0 cannot carry (the parser refuses them anyway)."""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from lxml import etree

from tracker.domain import project as d
from tracker.domain import records as rk
from tracker.domain.classifications import (
    ExpenditureType,
    FundingModality,
    NonStateKind,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.domain.codelists import is_country, is_currency
from tracker.domain.dates import EARLIEST, LATEST, date_range_problem
from tracker.domain.documents import DOCUMENT_CATEGORIES, Document, Location
from tracker.domain.errors import OutOfRange
from tracker.domain.i18n import translate
from tracker.domain.money import CENT, MAX_AMOUNT, USD, amount_size_problem, check_rate
from tracker.domain.numbers import format_number, number_style
from tracker.domain.rates import RateTable, missing_rate
from tracker.exchange import iati_codes as c
from tracker.exchange.demo_marks import IATI_DEMO

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_BLANK_REFS = {"", "-", "N/A", "NA", "NONE", "NULL", "0", "UNKNOWN"}

# The store's widths for what the import makes of a publisher's organisations (the record descriptions).
_PARTNER_CODE_WIDTH = rk.PARTNER.field("code").width or 40
_PARTNER_NAME_WIDTH = rk.PARTNER.field("name").width or 200
_TITLE_WIDTH = rk.DOCUMENT.field("title").width or 500
_URL_WIDTH = rk.DOCUMENT.field("url").width or 1000


@dataclass(frozen=True)
class PartnerSpec:
    """An organisation named in the file, to be matched to or created as a tracker partner."""

    code: str
    name: str
    category: PartnerCategory
    non_state_kind: NonStateKind | None


@dataclass
class FundingLine:
    partner: PartnerSpec | None  # None: the ILO's regular budget
    modality: FundingModality
    amount: Decimal
    currency: str
    usd_rate: Decimal
    approved_on: dt.date
    locally_mobilized: bool = False


@dataclass
class ActivityData:
    code: str
    identifier: str
    title: str
    description: str
    stage: Stage | None  # None: the file gives no status tracker knows
    region: Region | None
    countries: list[str]
    country_shares: dict[str, Decimal]
    outcome: StrategicObjective | None
    planned_start: dt.date | None
    planned_end: dt.date | None
    actual_end: dt.date | None
    budget: Decimal | None
    currency: str
    usd_rate: Decimal
    status_code: str = ""  # the IATI ActivityStatus as written
    exact_stage: bool = False  # tracker wrote the stage itself (not only the coarser IATI status)
    suspended_from: Stage | None = None  # tracker's export says where a suspended project was
    actual_start: dt.date | None = None  # IATI activity-date type 2
    approved_on: dt.date | None = None  # the day of the approved budget's commitment, as tracker's export writes it
    funders: list[PartnerSpec] = field(default_factory=list)  # participating-org role 1
    fundings: list[FundingLine] = field(default_factory=list)
    expenditures: list[d.Expenditure] = field(default_factory=list)
    indicators: list[d.ResultIndicator] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    purpose_code: str = ""  # the main DAC 5-digit sector, unless "not specified"
    capital_spend: Decimal | None = None
    locations: list[Location] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)  # those the policy markers say
    # Values measured by period (tracker's export marks those periods): (indicator index, day, value).
    measured: list[tuple[int, dt.date, Decimal]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ignored_transactions: Counter[str] = field(default_factory=Counter)
    # What became of each transaction type: (type code, USE_* or a NOT_RECORDED_* reason) -> count.
    recorded: Counter[tuple[str, str]] = field(default_factory=Counter)
    demo: bool = False  # tracker exported it from the demo portfolio: invented figures (demo_marks)


class ActivitySkipped(Exception):
    """The activity cannot be imported at all; the message says why."""


# ---------------------------------------------------------------- small readers


def narrative_text(element: etree._Element | None, default_lang: str) -> str:
    """The English narrative of `element`, else its first non-empty one ('' when none)."""
    if element is None:
        return ""
    texts = []
    for narrative in element.findall("narrative"):
        text = clean_text(narrative.text or "").strip()
        if text:
            texts.append(((narrative.get(XML_LANG) or default_lang or "").strip().casefold(), text))
    for lang, text in texts:
        if lang in ("en", "eng") or lang.startswith("en-"):
            return text
    if texts:
        return texts[0][1]
    return clean_text(element.text or "").strip()  # some 2.0x publishers still write plain text


def clean_text(text: str) -> str:
    """`text` without the control characters XML 1.0 cannot hold (NUL above all, which
    PostgreSQL refuses in a text column): the parser already refuses a file carrying them, this
    keeps a text that reaches the database clean whatever the parser lets through."""
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def _date(text: str | None) -> dt.date | None:
    """The date written (YYYY-MM-DD, a time after it ignored), None when absent or no date; see
    _plausible for the years tracker keeps."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _outside_years() -> str:
    return translate("IatiImport", "dated outside the years {first}-{last}").format(first=EARLIEST.year, last=LATEST.year)


def _amount(value: Decimal) -> str:
    """An amount as the user's locale writes it (its own decimals)."""
    return format_number(value, number_style(), None)


def _limit() -> str:
    return format_number(MAX_AMOUNT, number_style(), 0)


def _plausible(on: dt.date | None) -> dt.date | None:
    """`on` when it lies in the years tracker plans with (1900-2200), else None."""
    return on if on is not None and date_range_problem(on) is None else None


def _decimal(text: str | None) -> Decimal | None:
    """The number written, or None when it is none (NaN, Infinity, text) or one no arithmetic
    here could handle: beyond 1e30 or, other than 0, below 1e-30 (abs() of 1e999999999 already
    overflows the decimal context). The caller's own limits then apply."""
    if text is None:
        return None
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    if not value.is_finite() or (value and not -30 <= value.adjusted() <= 30):
        return None
    return value


def slug(text: str) -> str:
    """A partner code from a name: upper-case letters and digits joined by '-', at most 40."""
    code = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").upper()[:_PARTNER_CODE_WIDTH].strip("-")
    return code if len(code) >= 2 else ""


class Rates:
    """US$ rates: 1 for US$, the rate tracker wrote on a value, the caller's rates for the whole
    file (--rate CUR=R), else the rate table's in force on the amount's date."""

    def __init__(self, usd_rates: Mapping[str, Decimal] | None, dated: RateTable | None = None) -> None:
        self.table = {k.upper(): Decimal(v) for k, v in (usd_rates or {}).items()}
        self.dated = dated if dated is not None else RateTable()
        for currency, rate in self.table.items():
            if (why := check_rate(currency, rate)) is not None:
                raise OutOfRange(translate("IatiImport", "the US$ rate given for {currency} is refused: {why}; nothing was imported").format(
                    currency=currency, why=why))

    def of(self, currency: str, on: dt.date | None, value: etree._Element | None = None) -> Decimal | None:
        """The US$ value of one `currency` for an amount dated `on` (None: no date to look up)."""
        written = _decimal(value.get(c.EXT + "usd-rate")) if value is not None else None
        if written is not None and written > 0 and check_rate(currency, written) is None:
            return written
        if currency == USD:
            return Decimal(1)
        if currency in self.table:
            return self.table[currency]
        return self.dated.rate_on(currency, on) if on is not None else None


@dataclass
class _Money:
    amount: Decimal
    currency: str
    usd_rate: Decimal | None
    value_date: dt.date | None
    rate_date: dt.date | None = None  # the day its rate was looked up for: the value date, else `fallback`

    def missing_rate(self) -> str:
        return missing_rate(self.currency, self.rate_date)


def _money(value: etree._Element | None, default_currency: str, rates: Rates, fallback: dt.date | None = None) -> _Money | str:
    """The amount of a <value>, or why it cannot be read; its rate is the one in force on its
    value date, else on `fallback` (the transaction date, the budget period's start)."""
    if value is None:
        return translate("IatiImport", "no value")
    amount = _decimal(value.text)
    if amount is None:
        return translate("IatiImport", "value '{value}' is not a number tracker can keep").format(value=(value.text or "").strip()[:40])
    if (why := amount_size_problem(amount, translate("IatiImport", "value"))) is not None:
        return why
    currency = (value.get("currency") or default_currency or "").strip().upper()
    if not currency:
        return translate("IatiImport", "no currency (neither the value nor the activity names one)")
    if not is_currency(currency):
        return translate("IatiImport", "'{currency}' is not an ISO 4217 currency").format(currency=currency[:40])
    value_date = _plausible(_date(value.get("value-date")))
    rate_date = value_date or _plausible(fallback)
    rate = rates.of(currency, rate_date, value)
    if rate is not None and abs(amount * rate) >= MAX_AMOUNT:
        return translate("IatiImport", "value {currency} {amount} is worth more US$ than tracker keeps (below {limit})").format(
            currency=currency, amount=_amount(amount), limit=_limit())
    return _Money(amount.quantize(CENT, rounding=ROUND_HALF_UP), currency, rate, value_date, rate_date)


# ---------------------------------------------------------------- the activity


def read_activity(activity: etree._Element, rates: Rates, file_lang: str = "", choice: TransactionChoice | None = None) -> ActivityData:
    identifier = (activity.findtext("iati-identifier") or "").strip()
    code = (activity.get(c.EXT + "code") or identifier).strip()
    if not code:
        raise ActivitySkipped(translate("IatiImport", "an activity without iati-identifier"))
    if (length := len(code)) > d.CODE_WIDTH:
        raise ActivitySkipped(translate("IatiImport", "{code}: the identifier cannot be a tracker code: it has %n characters, and a "
                                        "code has at most {width}", "", length).format(code=code, width=d.CODE_WIDTH))
    if not d.is_project_code(code):
        raise ActivitySkipped(translate("IatiImport", "{code}: the identifier cannot be a tracker code (2-{width} printable characters, "
                                        "starting with a letter or digit)").format(code=clean_text(code), width=d.CODE_WIDTH))
    lang = activity.get(XML_LANG) or file_lang
    default_currency = (activity.get("default-currency") or "").strip().upper()
    notes: list[str] = []

    title = narrative_text(activity.find("title"), lang)
    if not title:
        title = identifier or code
        notes.append(translate("IatiImport", "{code}: no title; the identifier stands in").format(code=code))
    if len(title) > 500:
        title = title[:497] + "..."
        notes.append(translate("IatiImport", "{code}: title shortened to 500 characters").format(code=code))
    descriptions = activity.findall("description")
    general = [e for e in descriptions if (e.get("type") or "1") == "1"] or descriptions
    description = narrative_text(general[0], lang) if general else ""

    stage, exact, status_code, suspended_from = _stage(activity, code, notes)
    starts = _dates(activity, code, notes)
    planned_start = starts.get(c.PLANNED_START) or starts.get(c.ACTUAL_START)
    planned_end = starts.get(c.PLANNED_END)
    actual_end = starts.get(c.ACTUAL_END)
    if planned_end is None and actual_end is not None:
        planned_end = actual_end
    if planned_start and planned_end and planned_end < planned_start:
        notes.append(translate("IatiImport", "{code}: planned end {end} is before the start {start}; end date not imported").format(
            code=code, end=planned_end, start=planned_start))
        planned_end = None
    if planned_start and actual_end and actual_end < planned_start:
        notes.append(translate("IatiImport", "{code}: actual end {end} is before the start; not imported").format(code=code, end=actual_end))
        actual_end = None
    if planned_start is None or planned_end is None:
        if planned_start is None:
            notes.append(translate("IatiImport", "{code}: no planned start date; imported without it (no evaluation plan until the dates "
                                   "are set)").format(code=code))
        else:
            notes.append(translate("IatiImport", "{code}: no planned end date; imported without it (no evaluation plan until the dates "
                                   "are set)").format(code=code))

    countries, shares = _countries(activity, code, notes)
    dated = planned_start or starts.get(c.ACTUAL_START) or dt.date.today()
    data = ActivityData(
        code=code,
        identifier=identifier,
        title=title,
        description=description,
        stage=stage,
        region=_region(activity),
        countries=countries,
        country_shares=shares,
        outcome=_outcome(activity),
        planned_start=planned_start,
        planned_end=planned_end,
        actual_end=actual_end,
        budget=None,
        currency=USD,
        usd_rate=Decimal(1),
        status_code=status_code,
        exact_stage=exact,
        suspended_from=suspended_from,
        actual_start=starts.get(c.ACTUAL_START),
        notes=notes,
        demo=(activity.get(IATI_DEMO) or "").strip().casefold() in ("true", "1"),
    )
    if is_currency(default_currency) and (rate := rates.of(default_currency, dated)) is not None:
        data.currency, data.usd_rate = default_currency, rate  # a project without budget keeps the file's currency
    _budget(activity, data, default_currency, rates)
    _transactions(activity, data, default_currency, rates, lang, choice or TransactionChoice())
    data.indicators, data.measured = _indicators(activity, lang, code, notes)
    data.documents = _documents(activity, lang, code, notes)
    data.purpose_code = _purpose_code(activity)
    data.capital_spend = _capital_spend(activity, code, notes)
    data.locations = _locations(activity, lang, code, notes, countries)
    data.themes = _themes(activity)
    return data


def _stage(activity: etree._Element, code: str, notes: list[str]) -> tuple[Stage | None, bool, str, Stage | None]:
    """(stage the status stands for, whether tracker wrote that exact stage, the status code, the
    stage a suspended project was suspended from when tracker wrote it)."""
    status = activity.find("activity-status")
    status_code = (status.get("code") or "").strip() if status is not None else ""
    if status is not None and (written := status.get(c.EXT + "stage")):
        stage = _known_stage(written)
        if stage is not None and c.STAGE_TO_STATUS[stage] == status_code:
            return stage, True, status_code, _known_stage(status.get(c.EXT + "suspended-from") or "")
    if status_code in c.STATUS_TO_STAGE:
        return c.STATUS_TO_STAGE[status_code], False, status_code, None
    notes.append(translate("IatiImport", "{code}: no activity status (or an unknown one: '{status}'); the stage is left as it is (a new "
                           "project starts in {stage})").format(code=code, status=status_code[:20], stage=Stage.DESIGN.label))
    return None, False, status_code, None


def _known_stage(text: str) -> Stage | None:
    try:
        return Stage(text)
    except ValueError:
        return None


def _dates(activity: etree._Element, code: str, notes: list[str]) -> dict[str, dt.date]:
    found: dict[str, dt.date] = {}
    for element in activity.findall("activity-date"):
        if element.get(c.EXT + "placeholder") == "true":
            continue  # tracker's stand-in for a project without dates
        kind = (element.get("type") or "").strip()
        on = _date(element.get("iso-date"))
        what = translate("IatiImport", "activity date (type {type})").format(type=kind[:10])
        if on is not None and (why := date_range_problem(on, what)) is not None:
            notes.append(translate("IatiImport", "{code}: {why}; not imported").format(code=code, why=why))
            continue
        if on is not None and kind not in found:
            found[kind] = on
    return found


def _countries(activity: etree._Element, code: str, notes: list[str]) -> tuple[list[str], dict[str, Decimal]]:
    countries: list[str] = []
    shares: dict[str, Decimal] = {}
    for element in activity.findall("recipient-country"):
        country = (element.get("code") or "").strip().upper()
        if not is_country(country):
            notes.append(translate("IatiImport", "{code}: recipient country '{country}' is not an ISO 3166 code; not imported").format(
                code=code, country=country[:20]))
            continue
        if country in countries:
            continue
        countries.append(country)
        share = _decimal(element.get("percentage"))
        if share is not None and element.get(c.EXT + "computed-share") != "true":
            shares[country] = share
    if shares and (any(not 0 <= s <= 100 for s in shares.values()) or sum(shares.values()) > 100):
        notes.append(translate("IatiImport", "{code}: recipient-country percentages add up to {total}; countries imported without shares").format(
            code=code, total=_amount(sum(shares.values(), Decimal(0)))))
        shares = {}
    return countries, shares


def _region(activity: etree._Element) -> Region | None:
    written = activity.get(c.EXT + "region")
    if written:
        try:
            return Region(written)
        except ValueError:
            pass
    for element in activity.findall("recipient-region"):
        if (element.get("vocabulary") or c.REGION_VOCABULARY_DAC) == c.REGION_VOCABULARY_DAC:
            region = c.IATI_TO_REGION.get((element.get("code") or "").strip())
            if region is not None:
                return region
    return None


def _outcome(activity: etree._Element) -> StrategicObjective | None:
    written = activity.get(c.EXT + "outcome")  # tracker's export: its sector may be a purpose code no objective maps back to
    if written:
        try:
            return StrategicObjective(written)
        except ValueError:
            pass
    best: tuple[Decimal, StrategicObjective] | None = None
    for element in activity.findall("sector"):
        if (element.get("vocabulary") or c.SECTOR_VOCABULARY_DAC) != c.SECTOR_VOCABULARY_DAC:
            continue
        outcome = c.SECTOR_TO_OUTCOME.get((element.get("code") or "").strip())
        if outcome is None:
            continue
        share = _decimal(element.get("percentage")) or Decimal(100)
        if best is None or share > best[0]:
            best = (share, outcome)
    return best[1] if best else None


# ---------------------------------------------------------------- money


@dataclass
class _BudgetLine:
    start: dt.date
    end: dt.date
    revised: bool
    money: _Money
    order: int

    def overlaps(self, other: _BudgetLine) -> bool:
        return self.start <= other.end and other.start <= self.end


def choose_budgets(lines: list[_BudgetLine]) -> list[_BudgetLine]:
    """Revised budgets first, then original ones for periods no revised budget covers; among
    overlapping budgets of one type, the latest value date (then the later line) wins."""
    chosen: list[_BudgetLine] = []
    for revised in (True, False):
        group = sorted((b for b in lines if b.revised is revised), key=lambda b: (b.money.value_date or dt.date.min, b.order), reverse=True)
        for line in group:
            if not any(line.overlaps(k) for k in chosen):
                chosen.append(line)
    return sorted(chosen, key=lambda b: b.start)


def _budget(activity: etree._Element, data: ActivityData, default_currency: str, rates: Rates) -> None:
    code = data.code
    lines: list[_BudgetLine] = []
    elements = activity.findall("budget")
    # An activity without budget elements: its planned disbursements (the money planned for it by
    # period, as some funders publish instead) stand for the budget.
    planned = not elements and bool(elements := activity.findall("planned-disbursement"))
    for order, element in enumerate(elements):
        start = _date(element.find("period-start").get("iso-date") if element.find("period-start") is not None else None)
        end = _date(element.find("period-end").get("iso-date") if element.find("period-end") is not None else None)
        if planned and end is None:
            end = start  # a planned disbursement may give only the day it is planned for
        money = _money(element.find("value"), default_currency, rates, start)
        if isinstance(money, str):
            data.notes.append(translate("IatiImport", "{code}: a budget line skipped: {why}").format(code=code, why=money))
            continue
        if start is None or end is None or end < start:
            data.notes.append(translate("IatiImport", "{code}: a budget line without a valid period skipped").format(code=code))
            continue
        if _plausible(start) is None or _plausible(end) is None:
            data.notes.append(translate("IatiImport", "{code}: a budget line for {start} to {end} skipped: {why}").format(
                code=code, start=start.isoformat(), end=end.isoformat(), why=_outside_years()))
            continue
        if money.amount < 0:
            data.notes.append(translate("IatiImport", "{code}: a negative budget line ({currency} {amount}) skipped").format(
                code=code, currency=money.currency, amount=_amount(money.amount)))
            continue
        lines.append(_BudgetLine(start, end, (element.get("type") or c.BUDGET_ORIGINAL) == c.BUDGET_REVISED, money, order))
    if not lines:
        return
    if planned:
        data.notes.append(translate("IatiImport", "{code}: no budget element; its planned disbursements stand for the budget").format(code=code))
    chosen = choose_budgets(lines)
    if len(chosen) < len(lines):
        replaced = len(lines) - len(chosen)
        data.notes.append(translate("IatiImport", "{code}: %n budget line(s) replaced by revised or later budgets for the same period", "",
                                    replaced).format(code=code))
    if data.planned_start and data.planned_end:
        inside = [b for b in chosen if b.start <= data.planned_end and b.end >= data.planned_start]
        if len(inside) < len(chosen):
            outside = len(chosen) - len(inside)
            data.notes.append(translate("IatiImport", "{code}: %n budget line(s) outside the activity dates not counted", "",
                                        outside).format(code=code))
        chosen = inside
        if not chosen:
            return
    # One currency: the budget in it, at the rate in force on its first line's value date (the
    # budget as approved). Several: each line in US$ at the rate of its own value date.
    currencies = {b.money.currency for b in chosen}
    missing: dict[str, _Money] = {}
    if len(currencies) == 1:
        target, target_rate = chosen[0].money.currency, chosen[0].money.usd_rate
        if target_rate is None:
            missing[target] = chosen[0].money
    else:
        target, target_rate = USD, Decimal(1)
    total = Decimal(0)
    for line in chosen:
        if line.money.currency == target:
            total += line.money.amount
        elif line.money.usd_rate is None:
            missing.setdefault(line.money.currency, line.money)
        else:
            converted = line.money.amount * line.money.usd_rate
            if abs(converted) >= MAX_AMOUNT:  # before rounding: a cent quantum on 1e30 overflows
                total = converted
                break
            total += converted.quantize(CENT, rounding=ROUND_HALF_UP)
    if missing or target_rate is None:
        data.notes.append(translate("IatiImport", "{code}: budget not imported: {why}").format(
            code=code, why="; ".join(missing[currency].missing_rate() for currency in sorted(missing))))
        return
    if (why := amount_size_problem(total, translate("IatiImport", "the budget"))) is not None or abs(total * target_rate) >= MAX_AMOUNT:
        why = why or translate("IatiImport", "the budget is worth more US$ than tracker keeps (below {limit})").format(limit=_limit())
        data.notes.append(translate("IatiImport", "{code}: budget not imported: {why}").format(code=code, why=why))
        return
    if total <= 0:
        data.notes.append(translate("IatiImport", "{code}: the budget adds up to {currency} {amount}; no budget imported").format(
            code=code, currency=target, amount=_amount(total)))
        return
    data.budget, data.currency, data.usd_rate = total, target, target_rate


# How a file's disbursements (3) and outgoing commitments (2) are recorded: the caller's choice for
# the whole file, AUTO by default (transaction_uses).
AUTO = "auto"
AS_EXPENDITURE = "expenditure"
AS_FUNDING = "funding"
NOT_RECORDED = "skip"
TRANSACTION_USES = (AUTO, AS_EXPENDITURE, AS_FUNDING, NOT_RECORDED)
# Why a transaction of a type tracker reads is still not recorded, besides the file's choice:
# incoming funds or disbursements taken as funding when the activity's commitments already record
# its funding (counting both would count the money twice); an implementer's outgoing commitments
# when the activity reports the payments themselves (disbursements or expenditure).
COVERED_BY_COMMITMENTS = "covered"
PAID_AS_REPORTED = "paid"
# The outgoing commitment tracker's own export writes for the approved budget (marked
# tracker:approved-budget): the budget, which the import reads from the budget elements.
APPROVED_BUDGET = "approved-budget"
# What money an implementer disburses or commits to others is, as expenditure: it is passed on to
# implementing partners under agreements, which tracker's types of assistance call subcontracts.
PASSED_ON = ExpenditureType.SUBCONTRACTS


@dataclass(frozen=True)
class TransactionChoice:
    """How the file's disbursements and outgoing commitments are recorded (TRANSACTION_USES)."""

    disbursements: str = AUTO
    outgoing_commitments: str = AUTO

    def __post_init__(self) -> None:
        for use in (self.disbursements, self.outgoing_commitments):
            if use not in TRANSACTION_USES:
                raise ValueError(f"'{use}' is not one of {', '.join(TRANSACTION_USES)}")


def reporting_org_funds(activity: etree._Element) -> bool:
    """Whether the activity's reporting organisation takes part in it as a funder only (role 1,
    neither extending nor implementing it): its file then reports the funding it gives."""
    reporting = activity.find("reporting-org")
    ref = (reporting.get("ref") or "").strip().casefold() if reporting is not None else ""
    if not ref:
        return False
    roles = {(e.get("role") or "").strip() for e in activity.findall("participating-org") if (e.get("ref") or "").strip().casefold() == ref}
    return c.ROLE_FUNDING in roles and not roles & {c.ROLE_EXTENDING, c.ROLE_IMPLEMENTING}


def transaction_uses(activity: etree._Element, types: list[str], choice: TransactionChoice) -> tuple[str, str]:
    """(what disbursements are, what outgoing commitments are) in this activity. By default from
    the reporting organisation's role: a funder's disbursements and commitments are funding it
    gave; an implementer's (or extending organisation's) disbursements are money spent or passed
    on to implementing partners, expenditure, and so are its outgoing commitments when the
    activity reports no payment (no disbursement, no expenditure) — else they are the promises
    those payments keep, and recording both would count the money twice."""
    funder = reporting_org_funds(activity)
    disbursements = choice.disbursements
    if disbursements == AUTO:
        disbursements = AS_FUNDING if funder else AS_EXPENDITURE
    commitments = choice.outgoing_commitments
    if commitments == AUTO:
        if funder:
            commitments = AS_FUNDING
        elif {c.DISBURSEMENT, c.EXPENDITURE} & set(types):
            commitments = PAID_AS_REPORTED
        else:
            commitments = AS_EXPENDITURE
    return disbursements, commitments


def _transactions(activity: etree._Element, data: ActivityData, default_currency: str, rates: Rates, lang: str,
                  choice: TransactionChoice) -> None:
    code = data.code
    transactions = activity.findall("transaction")
    types = [(t.find("transaction-type").get("code") or "").strip() if t.find("transaction-type") is not None else "" for t in transactions]
    # The types of the money the activity reports (not tracker's approved-budget marker).
    present = [k for t, k in zip(transactions, types) if t.get(c.EXT + "approved-budget") != "true"]
    uses = dict(zip((c.DISBURSEMENT, c.OUTGOING_COMMITMENT), transaction_uses(activity, present, choice)))
    # Commitments record the funding; funds received (or disbursed by a funder) only when the
    # activity has no commitment, as before.
    commitment_kinds = {c.INCOMING_COMMITMENT} | ({c.OUTGOING_COMMITMENT} if uses[c.OUTGOING_COMMITMENT] == AS_FUNDING else set())
    fund_kinds = {c.INCOMING_FUNDS} | ({c.DISBURSEMENT} if uses[c.DISBURSEMENT] == AS_FUNDING else set())
    funding_kinds = commitment_kinds if commitment_kinds & set(present) else fund_kinds
    funders = [e for e in activity.findall("participating-org") if (e.get("role") or "").strip() == c.ROLE_FUNDING]
    for element in funders:
        spec = partner_spec(element, lang)
        if spec is not None and (element.get("ref") or "").strip() != c.DEFAULT_ORG_REF and spec not in data.funders:
            data.funders.append(spec)
    # Money a funder's own file reports going out comes from the funder: the reporting organisation.
    outgoing_provider = activity.find("reporting-org")
    incoming_provider = funders[0] if len(funders) == 1 else None
    problems: Counter[str] = Counter()
    missing: dict[str, tuple[int, _Money]] = {}  # currency -> (count, the earliest amount)
    for transaction, kind in zip(transactions, types):
        outcome: str | _Money
        if transaction.get(c.EXT + "approved-budget") == "true" and kind == c.OUTGOING_COMMITMENT:
            data.recorded[(kind, APPROVED_BUDGET)] += 1
            data.approved_on = _plausible(_transaction_day(transaction))
            continue
        if kind in funding_kinds:
            outgoing = kind in (c.OUTGOING_COMMITMENT, c.DISBURSEMENT)
            outcome = _funding(transaction, data, default_currency, rates, lang, outgoing_provider if outgoing else incoming_provider)
            use = AS_FUNDING
        elif kind in fund_kinds:
            data.recorded[(kind, COVERED_BY_COMMITMENTS)] += 1
            continue
        elif kind == c.EXPENDITURE:
            outcome, use = _expenditure(transaction, data, default_currency, rates), AS_EXPENDITURE
        elif kind in uses and uses[kind] == AS_EXPENDITURE:
            outcome, use = _expenditure(transaction, data, default_currency, rates, PASSED_ON), AS_EXPENDITURE
        elif kind in uses and uses[kind] in (NOT_RECORDED, PAID_AS_REPORTED):
            data.recorded[(kind, uses[kind])] += 1
            continue
        else:
            data.ignored_transactions[kind or "?"] += 1
            continue
        if isinstance(outcome, _Money):
            count, first = missing.get(outcome.currency, (0, outcome))
            if outcome.rate_date is not None and (first.rate_date is None or outcome.rate_date < first.rate_date):
                first = outcome
            missing[outcome.currency] = (count + 1, first)
        elif outcome:
            problems[outcome] += 1
        else:
            data.recorded[(kind, use)] += 1
    for currency in sorted(missing):
        count, first = missing[currency]
        problems[first.missing_rate()] += count
    for why, count in sorted(problems.items()):
        data.notes.append(translate("IatiImport", "{code}: %n transaction(s) skipped: {why}", "", count).format(code=code, why=why))


def _transaction_day(transaction: etree._Element) -> dt.date | None:
    element = transaction.find("transaction-date")
    return _date(element.get("iso-date")) if element is not None else None


def _transaction_date(transaction: etree._Element, money: _Money) -> dt.date | str | None:
    """The transaction's date (else its value date), None when it has none, or why the date it
    gives cannot be used."""
    on = _transaction_day(transaction)
    if on is not None and _plausible(on) is None:
        return _outside_years()
    return on or money.value_date


def _funding(transaction: etree._Element, data: ActivityData, default_currency: str, rates: Rates, lang: str,
             fallback_provider: etree._Element | None) -> str | _Money:
    """'' when the transaction became a funding line, else why not (its money when only its rate is missing)."""
    money = _money(transaction.find("value"), default_currency, rates, _transaction_day(transaction))
    if isinstance(money, str):
        return translate("IatiImport", "funding {why}").format(why=money)
    if money.amount <= 0:
        return translate("IatiImport", "funding of zero or a negative amount (tracker records contributions only)")
    if money.usd_rate is None:
        return money
    on = _transaction_date(transaction, money)
    if isinstance(on, str):
        return translate("IatiImport", "funding {why}").format(why=on)
    if on is None:
        return translate("IatiImport", "funding without a date")
    written = transaction.get(c.EXT + "modality")
    modality = c.DEFAULT_MODALITY
    if written:
        try:
            modality = FundingModality(written)
        except ValueError:
            pass
    provider = transaction.find("provider-org")
    partner: PartnerSpec | None
    if modality is FundingModality.REGULAR_BUDGET:
        partner = None
    else:
        if provider is None or not (partner_spec(provider, lang)):
            provider = fallback_provider
        if provider is None:
            return translate("IatiImport", "funding without a provider organisation (and not one funding organisation to credit)")
        if (provider.get("ref") or "").strip() == c.DEFAULT_ORG_REF and not written:
            modality, partner = FundingModality.REGULAR_BUDGET, None
        else:
            partner = partner_spec(provider, lang)
            if partner is None:
                return translate("IatiImport", "funding from an organisation with neither name nor reference")
    data.fundings.append(
        FundingLine(partner, modality, money.amount, money.currency, money.usd_rate, on, transaction.get(c.EXT + "locally-mobilized") == "true")
    )
    return ""


def _expenditure(transaction: etree._Element, data: ActivityData, default_currency: str, rates: Rates,
                 kind: ExpenditureType | None = None) -> str | _Money:
    """'' when the transaction became an expenditure line of `kind` (default: the type tracker
    wrote, else miscellaneous), else why not (its money when only its rate is missing)."""
    money = _money(transaction.find("value"), default_currency, rates, _transaction_day(transaction))
    if isinstance(money, str):
        return translate("IatiImport", "expenditure {why}").format(why=money)
    if money.usd_rate is None:
        return money
    on = _transaction_date(transaction, money)
    if isinstance(on, str):
        return translate("IatiImport", "expenditure {why}").format(why=on)
    year = _int(transaction.get(c.EXT + "year"))
    month = _int(transaction.get(c.EXT + "month"))
    if year is None:
        if on is None:
            return translate("IatiImport", "expenditure without a date")
        year, month = on.year, on.month
    if not EARLIEST.year <= year <= LATEST.year or (month is not None and not 1 <= month <= 12):
        return translate("IatiImport", "expenditure for a year outside {first}-{last} or a month outside 1-12").format(
            first=EARLIEST.year, last=LATEST.year)
    if kind is None:
        try:
            kind = ExpenditureType(transaction.get(c.EXT + "expenditure-type") or c.DEFAULT_EXPENDITURE_TYPE.value)
        except ValueError:
            kind = c.DEFAULT_EXPENDITURE_TYPE
    data.expenditures.append(d.Expenditure(year=year, month=month, expenditure_type=kind, amount=money.amount, currency=money.currency, usd_rate=money.usd_rate))
    return ""


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def partner_spec(element: etree._Element, lang: str) -> PartnerSpec | None:
    """The partner an organisation element names: tracker's code when it wrote one, else the
    IATI reference, else a slug of the name."""
    name = narrative_text(element, lang)
    ref = (element.get("ref") or "").strip()
    if ref.upper() in _BLANK_REFS:
        ref = ""
    code = (element.get(c.EXT + "partner") or "").strip()
    if not code:
        code = ref if ref and d.PARTNER_CODE_PATTERN.match(ref) else slug(name or ref)
    if not code:
        return None
    category, kind = c.category_for(element.get("type") or "", name, ref)
    if (written := element.get(c.EXT + "category")):
        try:
            category = PartnerCategory(written)
            kind = NonStateKind(element.get(c.EXT + "non-state-kind")) if element.get(c.EXT + "non-state-kind") else None
        except ValueError:
            pass
    if category is not PartnerCategory.NON_STATE:
        kind = None
    return PartnerSpec(code, (name or ref or code)[:_PARTNER_NAME_WIDTH], category, kind)


def _indicators(activity: etree._Element, lang: str, code: str, notes: list[str]) -> tuple[list[d.ResultIndicator], list[tuple[int, dt.date, Decimal]]]:
    """The indicators with their baseline, target and value achieved, and the values tracker's
    export wrote by measured period (index of the indicator, the period's end, the value)."""
    found: list[d.ResultIndicator] = []
    measured: list[tuple[int, dt.date, Decimal]] = []
    unusable = 0

    def value(text: str | None) -> Decimal | None:
        nonlocal unusable
        number = _decimal(text)
        if (number is None and (text or "").strip()) or (number is not None and amount_size_problem(number) is not None):
            unusable += 1  # 1e40 kept as text would export as 1E+40, which is no xsd:decimal
            return None
        return number

    for result in activity.findall("result"):
        for element in result.findall("indicator"):
            name = narrative_text(element.find("title"), lang)
            if not name:
                continue
            baseline = next((v for b in element.findall("baseline") if (v := value(b.get("value"))) is not None), None)
            target = achieved = None
            for period in element.findall("period"):
                if period.get(c.EXT + "measured") == "true":
                    end = period.find("period-end")
                    day = _plausible(_date(end.get("iso-date"))) if end is not None else None
                    number = next((v for a in period.findall("actual") if (v := value(a.get("value"))) is not None), None)
                    if day is not None and number is not None:
                        measured.append((len(found), day, number))
                    continue
                for t in period.findall("target"):
                    target = value(t.get("value")) if t.get("value") is not None else target
                for a in period.findall("actual"):
                    achieved = value(a.get("value")) if a.get("value") is not None else achieved
            women = _decimal(element.get(c.EXT + "women-share"))
            found.append(
                d.ResultIndicator(
                    name=name[:1000],
                    unit=(element.get(c.EXT + "unit") or "")[:100],
                    baseline=baseline,
                    target=target,
                    achieved=achieved,
                    women_share=women if women is not None and 0 <= women <= 100 else None,
                )
            )
    if unusable:
        notes.append(translate("IatiImport", "{code}: %n indicator value(s) not imported: not a number, or not below {limit}", "",
                               unusable).format(code=code, limit=_limit()))
    return found, measured


# ---------------------------------------------------------------- documents


def document_uuid(code: str, url: str, category: str) -> str:
    """The same document link of the same activity is the same document in every database that
    imports it (a field package then merges it instead of adding a twin)."""
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"tracker:iati-document\n{code.casefold()}\n{category}\n{url}"))


def _documents(activity: etree._Element, lang: str, code: str, notes: list[str]) -> list[Document]:
    """The activity's document links as documents of the project: title, the first IATI category
    tracker knows, the first two-letter language, the document date and the web address."""
    found: list[Document] = []
    seen: set[tuple[str, str]] = set()
    unusable = 0
    for element in activity.findall("document-link"):
        url = clean_text(element.get("url") or "").strip()
        categories = [(e.get("code") or "").strip().upper() for e in element.findall("category")]
        category = next((k for k in categories if k in DOCUMENT_CATEGORIES), "")
        if not url.lower().startswith(("http://", "https://")) or len(url) > _URL_WIDTH or not category:
            unusable += 1
            continue
        if (url, category) in seen:
            continue
        seen.add((url, category))
        title = narrative_text(element.find("title"), lang) or url.rstrip("/").rsplit("/", 1)[-1] or url
        if len(title) > _TITLE_WIDTH:
            title = title[: _TITLE_WIDTH - 3] + "..."
        languages = [(e.get("code") or "").strip().casefold() for e in element.findall("language")]
        language = next((k for k in languages if len(k) == 2 and k.isascii() and k.isalpha()), "")
        dated = element.find("document-date")
        found.append(Document(
            title=title, category=category, language=language, url=url,
            document_date=_plausible(_date(dated.get("iso-date"))) if dated is not None else None,
            uuid=document_uuid(code, url, category),
        ))
    if unusable:
        notes.append(translate("IatiImport", "{code}: %n document link(s) not imported: no web address starting with https:// or "
                               "http:// (of at most {width} characters), or no IATI document category", "", unusable).format(
            code=code, width=_URL_WIDTH))
    return found


# ---------------------------------------------------------------- sector, capital spend, places, markers

# PolicyMarker (vocabulary 1) -> the theme it marks as an objective (significance 1 or 2): gender
# equality from any publisher; the environment as a just transition only from tracker's own export,
# which writes it for that theme (another publisher's environment marker says less).
_MARKER_THEMES = {"1": Theme.GENDER_EQUALITY}
_OWN_MARKER_THEMES = {"2": Theme.JUST_TRANSITION}


def _purpose_code(activity: etree._Element) -> str:
    """The DAC 5-digit sector with the largest share ('' when none, or only "not specified")."""
    best: tuple[Decimal, str] | None = None
    for element in activity.findall("sector"):
        if (element.get("vocabulary") or c.SECTOR_VOCABULARY_DAC) != c.SECTOR_VOCABULARY_DAC:
            continue
        code = (element.get("code") or "").strip()
        if not re.fullmatch(r"\d{5}", code) or code == c.SECTOR_NOT_SPECIFIED:
            continue
        share = _decimal(element.get("percentage")) or Decimal(100)
        if best is None or share > best[0]:
            best = (share, code)
    return best[1] if best else ""


def _capital_spend(activity: etree._Element, code: str, notes: list[str]) -> Decimal | None:
    element = activity.find("capital-spend")
    if element is None:
        return None
    share = _decimal(element.get("percentage"))
    if share is None or not 0 <= share <= 100:
        notes.append(translate("IatiImport", "{code}: capital spend '{value}' is not a percentage between 0 and 100; not imported").format(
            code=code, value=(element.get("percentage") or "")[:20]))
        return None
    return share.quantize(Decimal("0.01"))


def _locations(activity: etree._Element, lang: str, code: str, notes: list[str], countries: list[str]) -> list[Location]:
    """The places with, where given, their country (administrative vocabulary A4, level 0; else
    the activity's only recipient country) and point (latitude longitude in WGS 84). A place
    without a name is called by its description (some publishers describe it only)."""
    found: list[Location] = []
    unusable = 0
    width = rk.LOCATION.field("name").width or 200
    for element in activity.findall("location"):
        description = narrative_text(element.find("description"), lang)
        name = narrative_text(element.find("name"), lang) or description
        if len(name) > width:
            name = name[: width - 3] + "..."
        if not name:
            unusable += 1
            continue
        country = countries[0] if len(countries) == 1 else ""
        for admin in element.findall("administrative"):
            if admin.get("vocabulary") == "A4" and is_country((admin.get("code") or "").strip().upper()):
                country = (admin.get("code") or "").strip().upper()
                break
        latitude = longitude = None
        pos = (element.findtext("point/pos") or "").split()
        if len(pos) == 2:
            lat, lon = _decimal(pos[0]), _decimal(pos[1])
            if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
                latitude, longitude = lat, lon
        found.append(Location(name=name, country=country, description=description, latitude=latitude, longitude=longitude))
    if unusable:
        notes.append(translate("IatiImport", "{code}: %n location(s) with neither name nor description not imported", "",
                               unusable).format(code=code))
    return found


def _themes(activity: etree._Element) -> list[Theme]:
    markers = dict(_MARKER_THEMES)
    if activity.get(c.EXT + "code"):
        markers.update(_OWN_MARKER_THEMES)
    found: list[Theme] = []
    for element in activity.findall("policy-marker"):
        if (element.get("vocabulary") or "1") != "1" or (element.get("significance") or "").strip() not in ("1", "2"):
            continue
        theme = markers.get((element.get("code") or "").strip())
        if theme is not None and theme not in found:
            found.append(theme)
    return found
