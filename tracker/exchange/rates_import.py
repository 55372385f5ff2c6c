"""Import exchange rates from the files users download: the UN Treasury's monthly list of
operational rates of exchange as the UN publishes it, or a plain table of rates. Told apart by
content, never by the file's name.

The UN's list (treasury.un.org, "Operational Rates of Exchange"):
- its XML download: <UN_OPERATIONAL_RATES_DATASET> holding one <UN_OPERATIONAL_RATES> per
  country (<abbrv_name> the country, <name> the currency, <f_curr_code> its ISO code, <eff_date>
  the day it applies from, "01 Oct 2026", and <rate> the units of the currency one US$ buys), after
  an inline XML schema that is not read;
- its Excel or CSV download: the same columns (country, currency, code, rate, effective date) under
  a header row, whatever their order.
A currency appears once per country using it (the euro twenty times): the same rate repeated is
one rate; two different rates for one currency and day refuse the file. The US$ rows (rate 1)
are the base and are not stored; a code tracker does not know (a currency newer than its list)
is left out and said so, since the UN's list is authoritative and refusing it whole would leave
every other currency without its rate.

A plain table (.csv or .xlsx): the columns `currency`, `date` and either `usd_per_unit` (the US$
value of one unit, as --rate and the app take it) or `units_per_usd` (the UN's way round), in
English, French or Spanish (devise, date, usd_par_unite, unites_par_usd; moneda, fecha,
usd_por_unidad, unidades_por_usd).

A rate in units per US$ is stored as its inverse, 1 / rate, to RATE_DIGITS significant digits,
computed in Decimal (never float). Every bad row is named (file, row, column, what is wrong) and
the whole file is refused, nothing written. Numbers are machine text (a decimal point) unless they
hold a comma and the user's language writes decimals with one (a CSV saved by a French or Spanish
spreadsheet: "0,92"); a number that reads two ways ("1,08" under English settings) is refused,
never guessed (tracker.domain.money.parse_decimal, tracker.domain.numbers.parse_number). XML is parsed without DTD, entities or network, and
a file declaring a DOCTYPE is refused; hidden sheets are never read. What is imported is written
through tracker.store.rates.save_rates only: validated, audited, one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

from lxml import etree

from tracker.domain.codelists import is_currency
from tracker.domain.dates import date_range_problem
from tracker.domain.i18n import translate
from tracker.domain.money import MAX_RATE, USD, parse_decimal
from tracker.domain.numbers import format_number, number_style, parse_number
from tracker.domain.progress import CancelCheck, Cancelled, Progress
from tracker.domain.rates import UN_OPERATIONAL_RATES, ExchangeRate
from tracker.exchange.iati_xml import ExternalRefused, has_document_type, safe_parser
from tracker.exchange.results import ImportRefused, Problem, UnreadableFile

__all__ = ["RATE_DIGITS", "RatesImportCancelled", "RatesImportReport", "import_rates", "source_shown", "usd_per_unit_of"]

RATE_DIGITS = 10  # significant digits of a US$ value computed from units per US$
MAX_FILE_BYTES = 50_000_000  # the UN's list is some 50 kB; a table of every currency for decades, a few MB
MAX_ROWS = 200_000
HEADER_SEARCH_ROWS = 30  # a header row below a title and a blank line or two is found
MAX_PROBLEMS = 200
SOURCE_WIDTH = 200  # the store's column
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_UN_DATE = re.compile(r"(\d{1,2})[ \-/.]([A-Za-z]{3})[A-Za-z]*\.?[ \-/.,]+(\d{4})")


class RatesImportCancelled(Cancelled):
    """The user cancelled the import; nothing was written."""


@dataclass
class CurrencyDates:
    first: dt.date
    last: dt.date
    rates: int = 1


@dataclass
class RatesImportReport:
    """What an import of rates did (or, dry run, would do)."""

    file: str  # the file's name
    source: str  # the source the rates are recorded with
    un_list: bool  # the UN's list, or a plain table
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    currencies: dict[str, CurrencyDates] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def rates(self) -> int:
        return self.added + self.changed + self.unchanged

    def summary(self) -> str:
        style = number_style()
        counts = {"file": self.file, "added": format_number(Decimal(self.added), style, 0),
                  "changed": format_number(Decimal(self.changed), style, 0),
                  "unchanged": format_number(Decimal(self.unchanged), style, 0)}
        if self.dry_run:
            text = translate("RatesImport", "{file}: {added} rates would be added, {changed} corrected, {unchanged} unchanged").format(**counts)
        else:
            text = translate("RatesImport", "{file}: {added} rates added, {changed} corrected, {unchanged} unchanged").format(**counts)
        return text + translate("RatesImport", "; currencies: {count}; source: {source}").format(
            count=format_number(Decimal(len(self.currencies)), style, 0), source=source_shown(self.source))

    def currency_lines(self) -> list[str]:
        """One line a currency: its rates' first and last dates; one line in all when every
        currency has one rate from the same day (a month's list)."""
        days = {(span.first, span.last) for span in self.currencies.values()}
        if len(self.currencies) > 1 and len(days) == 1 and next(iter(days))[0] == next(iter(days))[1]:
            return [translate("RatesImport", "{currencies}: from {first}").format(
                currencies=", ".join(sorted(self.currencies)), first=next(iter(days))[0].isoformat())]
        lines = []
        for code in sorted(self.currencies):
            span = self.currencies[code]
            if span.first == span.last:
                lines.append(translate("RatesImport", "{currency}: from {first}").format(currency=code, first=span.first.isoformat()))
            else:
                lines.append(translate("RatesImport", "{currency}: {count} rates, {first} to {last}").format(
                    currency=code, count=format_number(Decimal(span.rates), number_style(), 0), first=span.first.isoformat(),
                    last=span.last.isoformat()))
        return lines


def source_shown(source: str) -> str:
    """A rate's source as the user reads it: the UN's list by its name in the user's language
    (the database keeps it in English, as data)."""
    if source == UN_OPERATIONAL_RATES:
        return translate("RatesImport", "UN operational rates of exchange")
    return source


def usd_per_unit_of(units_per_usd: Decimal) -> Decimal:
    """The US$ value of one unit, from the units one US$ buys: 1 / rate to RATE_DIGITS
    significant digits, written without trailing zeros."""
    with localcontext() as context:
        context.prec = RATE_DIGITS
        value = Decimal(1) / units_per_usd
    value = value.normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value  # type: ignore[operator]


# ---------------------------------------------------------------- what a row says


@dataclass
class _Place:
    """Where a value is in the file, for the sentence that names it."""

    row: int
    column: str
    sheet: str = ""
    line: int | None = None  # XML: the line of the element


@dataclass
class _Found:
    currency: str
    day: dt.date
    usd_per_unit: Decimal
    place: _Place


class _BadValue(ValueError):
    pass


class _Reader:
    """Collects rates and problems while a file is read."""

    def __init__(self, path: Path, un_list: bool) -> None:
        self.path = path
        self.un_list = un_list
        self.found: dict[tuple[str, dt.date], _Found] = {}
        self.problems: list[Problem] = []
        self.unknown: dict[str, int] = {}  # UN list: currency codes tracker does not know -> first row
        self.usd_rows = 0

    def problem(self, place: _Place, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(_located(self.path.name, place, message)))

    def add(self, currency_text: Any, day_value: Any, rate_value: Any, per_usd: bool,
            places: tuple[_Place, _Place, _Place]) -> None:
        """One row: its currency, date and rate (units per US$ when `per_usd`), each checked."""
        currency_place, date_place, rate_place = places
        currency = str(currency_text if currency_text is not None else "").strip().upper()
        day = rate = None
        if not currency:
            self.problem(currency_place, translate("RatesImport", "the currency is missing"))
        try:
            day = _day(day_value)
        except _BadValue as exc:
            self.problem(date_place, str(exc))
        try:
            rate = _positive(rate_value)
        except _BadValue as exc:
            self.problem(rate_place, str(exc))
        if not currency or day is None or rate is None:
            return
        if currency == USD:
            self.usd_rows += 1
            if rate != 1:
                self.problem(rate_place, translate("RatesImport", "the US$ is worth one US$ on every day, not {rate}").format(
                    rate=_shown(rate)))
            return
        if not is_currency(currency):
            if self.un_list:
                self.unknown.setdefault(currency, currency_place.row)
            else:
                self.problem(currency_place, translate("RatesImport", "'{code}' is not an ISO 4217 currency code").format(code=currency))
            return
        usd_per_unit = usd_per_unit_of(rate) if per_usd else rate
        if usd_per_unit >= MAX_RATE:
            self.problem(rate_place, translate("RatesImport", "{rate} is not plausible: one unit of {currency} would be worth {value} "
                                                              "US$ (units per US$ and US$ per unit swapped?)").format(
                rate=_shown(rate), currency=currency, value=_shown(usd_per_unit)))
            return
        key = (currency, day)
        earlier = self.found.get(key)
        if earlier is None:
            self.found[key] = _Found(currency, day, usd_per_unit, rate_place)
        elif earlier.usd_per_unit != usd_per_unit:
            self.problem(rate_place, translate("RatesImport", "{currency} on {day} already has another rate on row {row}").format(
                currency=currency, day=day.isoformat(), row=earlier.place.row))


def _located(file: str, place: _Place, message: str) -> str:
    if place.line is not None:
        return translate("RatesImport", "{file}, entry {row} (line {line}), element <{element}>: {what}").format(
            file=file, row=place.row, line=place.line, element=place.column, what=message)
    if place.sheet:
        return translate("RatesImport", "{file}, sheet {sheet}, row {row}, column {column}: {what}").format(
            file=file, sheet=place.sheet, row=place.row, column=place.column, what=message)
    return translate("RatesImport", "{file}, row {row}, column {column}: {what}").format(
        file=file, row=place.row, column=place.column, what=message)


def _shown(value: Decimal) -> str:
    return format_number(value, number_style(), None)


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise _BadValue(translate("RatesImport", "{value} has a time of day; give the date only").format(value=value.isoformat(sep=" ")))
        value = value.date()
    if isinstance(value, dt.date):
        day = value
    elif value is None or not str(value).strip():
        raise _BadValue(translate("RatesImport", "the date is missing"))
    elif isinstance(value, (int, float, Decimal)):
        raise _BadValue(translate("RatesImport", "{value} is a number, not a date; write it as YYYY-MM-DD").format(value=value))
    else:
        day = _day_of_text(str(value).strip())
    problem = date_range_problem(day)
    if problem is not None:
        raise _BadValue(problem)
    return day


def _day_of_text(text: str) -> dt.date:
    """A date as files write it: 2026-10-01 (a time of midnight allowed, as XML writes dates), or
    the UN's 01 Oct 2026 / 1-Oct-2026. Day/month orders written with digits only (01/10/2026) read
    two ways and are refused."""
    iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?", text)
    try:
        if iso:
            return dt.date.fromisoformat(iso.group(1))
        named = _UN_DATE.fullmatch(text)
        if named and named.group(2).lower() in _MONTHS:
            return dt.date(int(named.group(3)), _MONTHS[named.group(2).lower()], int(named.group(1)))
    except ValueError:
        pass
    raise _BadValue(translate("RatesImport", "'{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-10-01) or as the UN "
                                             "does (01 Oct 2026)").format(value=text))


def _number_of_text(text: str, what: str) -> Decimal:
    """A number written in a file. Machine text (the UN's lists, most exports) writes a decimal
    point; a comma comes from a spreadsheet saved in the user's language, so where that language
    writes decimals with a comma (French, Spanish) a number with a comma is read in its writing
    ("0,92", "1 270,5"); elsewhere a comma is grouping in its place or refused as ambiguous, never
    guessed ("1,08": 1.08 or 108)."""
    style = number_style()
    if "," in text and style.decimal == ",":
        return parse_number(text, style, what)
    return parse_decimal(text, what)


def _positive(value: Any) -> Decimal:
    what = translate("RatesImport", "the rate")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _BadValue(translate("RatesImport", "the rate is missing"))
    if isinstance(value, bool) or isinstance(value, (dt.date, dt.time)):
        raise _BadValue(translate("RatesImport", "{value} is not a number").format(value=value))
    try:
        if isinstance(value, float):
            # A spreadsheet keeps numbers as doubles; the shortest repr is the number typed.
            number = Decimal(repr(value))
            if not number.is_finite():
                raise ValueError(translate("RatesImport", "{value} is not a number").format(value=value))
        elif isinstance(value, (int, Decimal)):
            number = parse_decimal(value, what)
        else:
            number = _number_of_text(str(value), what)
    except ValueError as exc:
        raise _BadValue(str(exc)) from None
    if number <= 0:
        raise _BadValue(translate("RatesImport", "the rate must be greater than zero, not {value}").format(value=_shown(number)))
    return number


# ---------------------------------------------------------------- telling files apart


def _refuse_database(path: Path) -> None:
    from tracker.store.database import database_path
    from tracker.store.writes import is_database_file

    open_path = database_path()
    if (open_path is not None and path.resolve() == open_path.resolve()) or is_database_file(path):
        raise UnreadableFile(translate("RatesImport", "{file} is a database, not a list of exchange rates; choose the file of rates "
                                                      "you downloaded").format(file=path.name))


def _head(path: Path) -> bytes:
    if not path.exists():
        raise UnreadableFile(translate("RatesImport", "{file}: no such file").format(file=path))
    if path.is_dir():
        raise UnreadableFile(translate("RatesImport", "{file} is a folder, not a file").format(file=path))
    size = path.stat().st_size
    if size == 0:
        raise UnreadableFile(translate("RatesImport", "{file} is empty").format(file=path.name))
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(translate("RatesImport", "{file} holds {size} MB, more than a list of exchange rates ({limit} MB at "
                                                      "most)").format(file=path.name, size=format_number(Decimal(size) / 10**6, number_style(), 0),
                                                                      limit=format_number(Decimal(MAX_FILE_BYTES // 10**6), number_style(), 0)))
    with path.open("rb") as handle:
        return handle.read(4096)


# ---------------------------------------------------------------- the UN's XML list


def _doctype_refused(path: Path) -> UnreadableFile:
    return UnreadableFile(translate("RatesImport", "{file} declares a DOCTYPE, which the UN's list of rates never does; it is refused "
                                                   "for safety and nothing was imported").format(file=path.name))


def _xml_root(path: Path) -> etree._Element:
    try:
        root = etree.fromstring(path.read_bytes(), safe_parser())
    except ExternalRefused:
        raise _doctype_refused(path) from None
    except etree.XMLSyntaxError as exc:
        message = " ".join((exc.msg or "").split())
        raise UnreadableFile(translate("RatesImport", "{file} is not well-formed XML ({error}, line {line}); nothing was imported").format(
            file=path.name, error=message, line=exc.lineno)) from None
    if has_document_type(root):
        raise _doctype_refused(path)
    return root


def _local(tag: Any) -> str:
    return etree.QName(tag).localname.casefold() if isinstance(tag, str) else ""


_XML_CODE = ("f_curr_code", "curr_code", "currency_code")
_XML_DATE = ("eff_date", "effective_date")
_XML_RATE = ("rate",)


def _read_un_xml(path: Path, reader: _Reader, cancelled: CancelCheck | None) -> None:
    root = _xml_root(path)
    if _local(root.tag) != "un_operational_rates_dataset":
        if _local(root.tag) == "iati-activities":
            raise UnreadableFile(translate("RatesImport", "{file} is an IATI activity file, not a list of exchange rates; import it with "
                                                          "tracker import").format(file=path.name))
        raise UnreadableFile(translate("RatesImport", "{file} is an XML file but not the UN's list of operational rates of exchange (no "
                                                      "<UN_OPERATIONAL_RATES_DATASET> element)").format(file=path.name))
    number = 0
    for entry in root:
        if _local(entry.tag) != "un_operational_rates":
            continue  # the inline schema, and anything else the UN may add
        number += 1
        if number > MAX_ROWS:
            raise _too_many(path)
        if cancelled is not None and number % 500 == 0 and cancelled():
            raise RatesImportCancelled()
        values: dict[str, tuple[str, int]] = {}
        for child in entry:
            name = _local(child.tag)
            if name and name not in values:
                values[name] = ((child.text or "").strip(), child.sourceline or entry.sourceline or 0)
        line = entry.sourceline or 0

        def pick(names: tuple[str, ...], number: int = number, line: int = line,
                 values: dict[str, tuple[str, int]] = values) -> tuple[str | None, _Place]:
            for name in names:
                if name in values:
                    text, at = values[name]
                    return text, _Place(number, name, line=at)
            return None, _Place(number, names[0], line=line)

        code, code_place = pick(_XML_CODE)
        day, day_place = pick(_XML_DATE)
        rate, rate_place = pick(_XML_RATE)
        reader.add(code, day, rate, True, (code_place, day_place, rate_place))
    if number == 0:
        raise UnreadableFile(translate("RatesImport", "{file} holds no rates (no <UN_OPERATIONAL_RATES> entries)").format(file=path.name))


def _too_many(path: Path) -> UnreadableFile:
    return UnreadableFile(translate("RatesImport", "{file} holds more than {limit} rows; that is not a list of exchange rates").format(
        file=path.name, limit=format_number(Decimal(MAX_ROWS), number_style(), 0)))


# ---------------------------------------------------------------- tables: CSV and workbooks


def _folded(text: Any) -> str:
    """A header as compared: no accents, case or punctuation ("Unités par USD" -> units_par_usd)."""
    plain = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode("ascii").casefold()
    plain = plain.replace("$", "")
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")


_PLAIN_HEADERS = {
    "currency": {"currency", "currency_code", "devise", "monnaie", "code_devise", "moneda", "divisa", "codigo_moneda"},
    "date": {"date", "valid_from", "date_d_effet", "valable_du", "fecha", "valido_desde", "fecha_de_vigencia"},
    "usd_per_unit": {"usd_per_unit", "us_per_unit", "usd_par_unite", "us_par_unite", "usd_por_unidad", "us_por_unidad"},
    "units_per_usd": {"units_per_usd", "units_per_us", "unites_par_usd", "unites_par_us", "unidades_por_usd", "unidades_por_us"},
}


@dataclass
class _Layout:
    un_list: bool
    columns: dict[str, int]  # field -> index in the row
    headers: list[str]


def _layout(cells: list[Any]) -> _Layout | None:
    """What a header row says the table is, or None when it is not a header row."""
    folded = [_folded(c) for c in cells]
    plain: dict[str, int] = {}
    for index, name in enumerate(folded):
        for wanted, names in _PLAIN_HEADERS.items():
            if name in names and wanted not in plain:
                plain[wanted] = index
    shown = [str(c).strip() if c is not None else "" for c in cells]
    if "currency" in plain and "date" in plain and ("usd_per_unit" in plain or "units_per_usd" in plain):
        return _Layout(False, plain, shown)
    # The UN's own tables: a code column, a rate column and an effective date, beside the country
    # and the currency's name.
    un: dict[str, int] = {}
    for index, name in enumerate(folded):
        words = set(name.split("_"))
        if "code" in words and "currency" not in un and name not in ("country_code",):
            un["currency"] = index
        elif ("rate" in words or "taux" in words or "tasa" in words) and "rate" not in un:
            un["rate"] = index
        elif ("date" in words or "effective" in words or "fecha" in words) and "date" not in un:
            un["date"] = index
    if len(un) == 3:
        return _Layout(True, un, shown)
    return None


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _read_table(path: Path, rows: Iterator[tuple[int, list[Any]]], reader_for: Any, sheet: str, spreadsheet: bool,
                cancelled: CancelCheck | None) -> _Reader | None:
    """Find the header in the first rows, then read every row under it; None: no header found."""
    layout: _Layout | None = None
    reader: _Reader | None = None
    count = 0
    for number, cells in rows:
        if layout is None:
            if number > HEADER_SEARCH_ROWS:
                return None
            layout = _layout(cells)
            if layout is not None:
                reader = reader_for(layout)
                if not layout.un_list and "usd_per_unit" in layout.columns and "units_per_usd" in layout.columns:
                    reader.problems.append(Problem(translate("RatesImport", "{file}: give either a usd_per_unit column or a units_per_usd "
                                                                             "column, not both").format(file=path.name)))
                    return reader
            continue
        assert reader is not None
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        count += 1
        if count > MAX_ROWS:
            raise _too_many(path)
        if cancelled is not None and count % 500 == 0 and cancelled():
            raise RatesImportCancelled()

        def cell(name: str, cells: list[Any] = cells) -> Any:
            index = layout.columns[name]  # type: ignore[union-attr]
            return cells[index] if index < len(cells) else None

        def place(name: str, number: int = number) -> _Place:
            index = layout.columns[name]  # type: ignore[union-attr]
            header = layout.headers[index] if index < len(layout.headers) else name  # type: ignore[union-attr]
            return _Place(number, f"{_letter(index)} ({header})" if spreadsheet else header, sheet=sheet)

        per_usd = layout.un_list or "units_per_usd" in layout.columns
        rate_name = "rate" if layout.un_list else ("units_per_usd" if per_usd else "usd_per_unit")
        reader.add(cell("currency"), cell("date"), cell(rate_name), per_usd, (place("currency"), place("date"), place(rate_name)))
    return reader


def _csv_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows in western languages


def _read_csv(path: Path, cancelled: CancelCheck | None) -> _Reader:
    text = _csv_text(path)
    if "\x00" in text:
        raise UnreadableFile(translate("RatesImport", "{file} is neither a list of exchange rates (.csv, .xlsx) nor the UN's XML list").format(
            file=path.name))
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", "\t", ","), key=first.count) if any(d in first for d in ";\t,") else ","
    rows = ((number, list(row)) for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1))
    reader = _read_table(path, rows, lambda layout: _Reader(path, layout.un_list), "", False, cancelled)
    if reader is None:
        raise _no_header(path)
    return reader


def _no_header(path: Path) -> UnreadableFile:
    return UnreadableFile(translate("RatesImport", "{file} has no header row tracker knows: a table of rates needs the columns currency, "
                                                   "date and usd_per_unit or units_per_usd (or the UN's list: code, rate and effective "
                                                   "date)").format(file=path.name))


def _read_workbook(path: Path, cancelled: CancelCheck | None) -> tuple[_Reader, list[str]]:
    from openpyxl import load_workbook

    from tracker.exchange.workbook_read import check_archive

    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise UnreadableFile(translate("RatesImport", "{file} is a zip file but not an Excel workbook (.xlsx)").format(file=path.name))
    except zipfile.BadZipFile:
        raise UnreadableFile(translate("RatesImport", "{file} is a damaged or truncated workbook; save it again from Excel").format(
            file=path.name)) from None
    check_archive(path)
    notes: list[str] = []
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UnreadableFile(translate("RatesImport", "{file} cannot be read as a workbook ({error})").format(file=path.name, error=exc)) from None
    try:
        def rows_of(sheet: Any) -> Iterator[tuple[int, list[Any]]]:
            return ((number, list(values)) for number, values in enumerate(sheet.iter_rows(values_only=True), start=1))

        hidden = [sheet for sheet in book.worksheets if sheet.sheet_state != "visible"]
        notes += [translate("RatesImport", "sheet {sheet} is hidden: not read").format(sheet=sheet.title) for sheet in hidden]
        for sheet in book.worksheets:
            if sheet.sheet_state == "visible":
                reader = _read_table(path, rows_of(sheet), lambda layout: _Reader(path, layout.un_list), sheet.title, True, cancelled)
                if reader is not None:
                    return reader, notes
        # Never read in place of a visible sheet: a table of rates only on a hidden one is refused by name.
        hidden_with_rates = [sheet.title for sheet in hidden
                             if any(_layout(cells) is not None for _n, cells in itertools.islice(rows_of(sheet), HEADER_SEARCH_ROWS))]
        if hidden_with_rates:
            raise UnreadableFile(translate("RatesImport", "{file}: the rates are on the hidden sheet {sheet}; hidden sheets are never read, "
                                                          "so unhide it in Excel and import the file again").format(
                file=path.name, sheet=", ".join(hidden_with_rates)))
        raise _no_header(path)
    finally:
        book.close()


def _read(path: Path, cancelled: CancelCheck | None) -> tuple[_Reader, list[str]]:
    head = _head(path)
    _refuse_database(path)
    if head.startswith(b"PK\x03\x04"):
        return _read_workbook(path, cancelled)
    if head.startswith(OLE_MAGIC):
        raise UnreadableFile(translate("RatesImport", "{file} is an old .xls or a password-protected workbook; save it as .xlsx (Excel "
                                                      "Workbook), or download the UN's list as XML, and import that").format(file=path.name))
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        if re.match(rb"<(!doctype\s+html|html)", text, re.IGNORECASE):
            raise UnreadableFile(translate("RatesImport", "{file} is a web page, not a list of exchange rates; download the UN's list "
                                                          "as XML (or Excel) and import that").format(file=path.name))
        reader = _Reader(path, True)
        _read_un_xml(path, reader, cancelled)
        return reader, []
    return _read_csv(path, cancelled), []


# ---------------------------------------------------------------- importing


class _DryRun(Exception):
    """Rolls a dry run's save back, carrying what it counted."""

    def __init__(self, saved: Any) -> None:
        super().__init__()
        self.saved = saved


def import_rates(
    path: str | Path,
    *,
    source: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    who: str | None = None,
) -> RatesImportReport:
    """Read a file of exchange rates (see the module docstring) and save its rates in one
    transaction. UnreadableFile for a file that is not one, ImportRefused listing every bad row
    (nothing written), RatesImportCancelled. With dry_run nothing is written and the report says
    what would be."""
    from tracker.store.rates import save_rates
    from tracker.store.writes import write_transaction

    target = Path(path)
    if progress is not None:
        progress(0, 0, translate("RatesImport", "Reading the rates…"))
    reader, notes = _read(target, cancelled)
    if reader.problems:
        raise ImportRefused(target.name, reader.problems)
    if not reader.found:
        raise UnreadableFile(translate("RatesImport", "{file} holds no exchange rate to import").format(file=target.name))
    given = (source or "").strip()
    if reader.un_list:
        recorded = UN_OPERATIONAL_RATES
        if given and given != UN_OPERATIONAL_RATES:
            notes.append(translate("RatesImport", "the UN's list is recorded with the source \"{source}\"; the source given is not "
                                                  "used").format(source=UN_OPERATIONAL_RATES))
    else:
        recorded = given or target.name
    recorded = recorded[:SOURCE_WIDTH]
    report = RatesImportReport(file=target.name, source=recorded, un_list=reader.un_list, notes=notes, dry_run=dry_run)
    if reader.unknown:
        codes = ", ".join(sorted(reader.unknown))
        count = len(reader.unknown)
        report.notes.append(translate("RatesImport", "%n currency code(s) tracker does not know left out: {codes}", "", count).format(
            codes=codes))
    rates = [ExchangeRate(f.currency, f.day, f.usd_per_unit, recorded) for f in sorted(reader.found.values(),
                                                                                      key=lambda f: (f.currency, f.day))]
    for rate in rates:
        span = report.currencies.get(rate.currency)
        if span is None:
            report.currencies[rate.currency] = CurrencyDates(rate.valid_from, rate.valid_from)
        else:
            span.first, span.last, span.rates = min(span.first, rate.valid_from), max(span.last, rate.valid_from), span.rates + 1
    if cancelled is not None and cancelled():
        raise RatesImportCancelled()
    if progress is not None:
        count = len(rates)
        progress(0, count, translate("RatesImport", "Saving %n rate(s)…", "", count))
    try:
        with write_transaction():
            saved = save_rates(rates, who)
            if dry_run:  # counted by the very save, then rolled back
                raise _DryRun(saved)
    except _DryRun as finished:
        saved = finished.saved
    report.added, report.changed, report.unchanged = saved.added, saved.changed, saved.unchanged
    if progress is not None:
        progress(len(rates), len(rates), translate("RatesImport", "Rates imported"))
    return report
