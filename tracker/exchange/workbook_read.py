"""Read an import workbook safely: refuse what is not a workbook, too big or a zip bomb before
openpyxl parses it, then stream each known sheet's rows (read-only mode) into typed values.

Limits (the reasons are in the messages): at most MAX_ROWS data rows in all, MAX_COLUMNS columns
per sheet, MAX_UNCOMPRESSED bytes unpacked and a compression ratio of MAX_RATIO per part.

Only visible sheets are read. A hidden or very hidden sheet is never read in place of a visible
one, whatever its name (Excel's own VBA can hide a sheet from its list of sheets); each one is
listed as ignored, and a template sheet that exists only hidden is refused by name. A cell that
stops openpyxl (a NUL character, 'NaN' written as a number) is located and named with its sheet,
row and column."""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from tracker.domain.numbers import format_number, number_style
from tracker.domain.progress import CancelCheck, Cancelled, Progress
from tracker.exchange.demo_marks import DEMO_PROPERTY, is_demo_note
from tracker.exchange.detect import detect_kind
from tracker.exchange.results import Problem, UnreadableFile
from tracker.exchange.workbook_rows import (
    REQUIRED_MARK,
    SHEETS,
    CellError,
    Column,
    SheetSpec,
    folded,
    in_every_language,
    is_blank,
    read_cell,
    sheet_named,
)

MAX_ROWS = 1_000_000
MAX_COLUMNS = 200
MAX_UNCOMPRESSED = 2_000_000_000  # 2 GB unpacked: far beyond a million rows of this layout
MAX_RATIO = 200  # real sheets compress 5-20x; a zip bomb compresses thousands of times
MAX_PROBLEMS = 1_000  # enough to fix a file; past that the list stops growing (and says so)

# The template's own sheets besides the data sheets: never read, never listed (Lists is hidden).
# Their names are written in the template's language and recognised in any.
NOTES = QT_TRANSLATE_NOOP("ImportWorkbook", "Notes")
LISTS = QT_TRANSLATE_NOOP("ImportWorkbook", "Lists")
TEMPLATE_EXTRAS = (NOTES, LISTS)


def is_template_extra(title: str, which: tuple[str, ...] = TEMPLATE_EXTRAS) -> bool:
    """Whether a sheet is the template's Notes or Lists sheet, by its name in any language."""
    wanted = folded(title)
    for name in which:
        def named(source: str = name) -> str:
            return translate("ImportWorkbook", source)

        if wanted in in_every_language(named) | {folded(name)}:
            return True
    return False


def _n(value: int) -> str:
    """A count or a limit as the user's locale writes it."""
    return format_number(Decimal(value), number_style(), 0)


class ImportCancelled(Cancelled):
    """The user cancelled an import; nothing was written (the core's Cancelled, by its old name)."""


@dataclass
class Row:
    number: int  # the row number Excel shows
    values: dict[str, object]  # field -> typed value; blank cells are absent


@dataclass
class SheetRows:
    spec: SheetSpec
    letters: dict[str, str]  # field -> column letter in this file
    rows: list[Row] = field(default_factory=list)
    title: str = ""  # the sheet's name in the file (in the language it was written in)

    @property
    def shown(self) -> str:
        """How a problem names this sheet: as the file does."""
        return self.title or self.spec.title

    def where(self, field_name: str) -> str:
        """'C (Region)': how a problem names a column of this sheet."""
        column = self.spec.column(field_name)
        letter = self.letters.get(field_name, "")
        if column is None:
            return ""
        return f"{letter} ({column.header})" if letter else column.header


@dataclass
class WorkbookRows:
    sheets: dict[str, SheetRows]
    problems: list[Problem]
    skipped: list[str]
    demo: bool = False  # written from the demo portfolio: its projects are demo data (demo_marks)

    def sheet(self, spec: SheetSpec) -> SheetRows | None:
        return self.sheets.get(spec.name)


def check_archive(path: Path) -> None:
    """Refuse a zip whose declared sizes could exhaust memory or disk before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFile(translate("ImportWorkbook", "{file} is a damaged or truncated workbook ({error}); save it again from Excel").format(
            file=path.name, error=exc)) from None
    if len(infos) > 10_000:
        raise UnreadableFile(translate("ImportWorkbook", "{file} holds {count} parts; that is not an import workbook").format(
            file=path.name, count=_n(len(infos))))
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise UnreadableFile(
            translate("ImportWorkbook", "{file} unpacks to {size} GB, more than the {limit} GB an import may hold; split it into smaller files").format(
                file=path.name, size=format_number(Decimal(total) / Decimal(10**9), number_style(), 1),
                limit=_n(MAX_UNCOMPRESSED // 10**9))
        )
    for info in infos:
        if info.file_size > 10_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnreadableFile(
                translate("ImportWorkbook", "{file}: part {part} unpacks {ratio} times its packed size; "
                          "this looks like a zip bomb, not a workbook, and was not opened").format(
                    file=path.name, part=info.filename, ratio=_n(info.file_size // max(info.compress_size, 1)))
            )


def read_workbook(path: str | Path, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> WorkbookRows:
    """Every data row of every known sheet, typed; problems of single cells and of headers are
    collected (not raised) so that the importer can report them with everything else."""
    target = Path(path)
    kind = detect_kind(target)
    if kind != "workbook":
        raise UnreadableFile(translate("ImportWorkbook", "{file} is an IATI activity file, not an import workbook; import it as IATI").format(file=target.name))
    check_archive(target)
    import openpyxl  # late: the GUI starts faster without it

    try:
        book = openpyxl.load_workbook(target, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a broken file
        raise UnreadableFile(translate("ImportWorkbook", "{file} cannot be read as a workbook ({error}); save it again from Excel as .xlsx").format(
            file=target.name, error=f"{type(exc).__name__}: {exc}")) from None
    try:
        return _read_book(book, target, progress, cancelled)
    except (UnreadableFile, Cancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - a corrupt sheet part fails only while it streams
        raise UnreadableFile(translate("ImportWorkbook", "{file} is damaged and cannot be read ({error}); save it again from Excel as .xlsx").format(
            file=target.name, error=f"{type(exc).__name__}: {exc}")) from None
    finally:
        book.close()


def _state(ws) -> str:  # type: ignore[no-untyped-def]
    if ws.sheet_state == "hidden":
        return translate("ImportWorkbook", "hidden")
    if ws.sheet_state == "veryHidden":
        return translate("ImportWorkbook", "very hidden")
    return "visible"


def _sheets_to_read(book, target: Path, skipped: list[str]) -> list[tuple[SheetSpec, object]]:  # type: ignore[no-untyped-def]
    """The visible sheet of each template sheet the workbook has. Hidden sheets are listed as
    ignored; a template sheet present only hidden, or twice, is refused by name."""
    visible: dict[str, list] = {}  # type: ignore[type-arg]
    hidden: dict[str, list[str]] = {}
    for ws in book.worksheets:
        spec = sheet_named(ws.title)
        if spec is None and is_template_extra(ws.title):
            continue  # the template's notes and its (hidden) lists of codes
        state = _state(ws)
        if state != "visible":
            skipped.append(translate("ImportWorkbook", "sheet '{sheet}': {state} in the workbook; hidden sheets are never read, ignored").format(
                sheet=ws.title, state=state))
            if spec is not None:
                hidden.setdefault(spec.name, []).append(ws.title)
            continue
        if spec is None:
            skipped.append(translate("ImportWorkbook", "sheet {sheet}: not a sheet of the import template, ignored").format(sheet=ws.title))
            continue
        visible.setdefault(spec.name, []).append(ws)
    for name, titles in hidden.items():
        if name not in visible:
            raise UnreadableFile(
                translate("ImportWorkbook", "{file}: the {sheet} sheet is there only as a hidden sheet ('{title}'), and tracker never "
                          "reads a hidden sheet: unhide it in Excel (right-click a sheet tab, Unhide) or delete it, then import again").format(
                    file=target.name, sheet=translate("ImportWorkbook", name), title=titles[0])
            )
    for name, sheets in visible.items():
        if len(sheets) > 1:
            both = translate("ImportWorkbook", " and ").join(f"'{ws.title}'" for ws in sheets)
            raise UnreadableFile(translate("ImportWorkbook", "{file}: sheets {titles} are both the {sheet} sheet; keep one of them and import again").format(
                file=target.name, titles=both, sheet=translate("ImportWorkbook", name)))
    by_name = {spec.name: spec for spec in SHEETS}
    return [(by_name[name], sheets[0]) for name, sheets in visible.items()]


def _read_book(book, target: Path, progress: Progress | None, cancelled: CancelCheck | None) -> WorkbookRows:  # type: ignore[no-untyped-def]
    problems: list[Problem] = []
    skipped: list[str] = []
    found: dict[str, SheetRows] = {}
    worksheets = _sheets_to_read(book, target, skipped)
    if not worksheets:
        expected = ", ".join(s.title for s in SHEETS)
        raise UnreadableFile(translate("ImportWorkbook", "{file} has none of the import template's sheets ({sheets}); write a template with "
                                       "'tracker template' and fill it in").format(file=target.name, sheets=expected))
    declared = 0
    for spec, ws in worksheets:
        rows, cols = ws.max_row or 0, ws.max_column or 0
        if cols > MAX_COLUMNS:
            raise UnreadableFile(translate("ImportWorkbook", "{file}: sheet {sheet} declares {count} columns; an import sheet has at most {limit}").format(
                file=target.name, sheet=ws.title, count=_n(cols), limit=_n(MAX_COLUMNS)))
        declared += rows
    if declared > MAX_ROWS + len(worksheets):
        raise UnreadableFile(translate("ImportWorkbook", "{file} declares {count} rows; an import takes at most {limit} rows: split the file").format(
            file=target.name, count=_n(declared), limit=_n(MAX_ROWS)))
    total = max(declared, 1)
    done = 0
    for spec, ws in worksheets:
        reader = _SheetReader(target, spec, ws)
        try:
            sheet_rows, done = _read_sheet(reader, problems, skipped, done, total, progress, cancelled)
        except (UnreadableFile, Cancelled):
            raise
        except Exception as exc:  # noqa: BLE001 - openpyxl stopped at a cell: name it
            raise reader.unreadable(exc) from None
        if sheet_rows is not None:
            found[spec.name] = sheet_rows
    return WorkbookRows(found, problems, skipped, demo=_marked_demo(book))


def _marked_demo(book) -> bool:  # type: ignore[no-untyped-def]
    """Whether the workbook says it holds demo data: by its document property, or by the line at
    the top of its Notes sheet (tools that drop document properties keep the cells)."""
    if any(prop.name == DEMO_PROPERTY for prop in getattr(book, "custom_doc_props", None) or []):
        return True
    notes = next((name for name in book.sheetnames if is_template_extra(name, (NOTES,))), None)
    if notes is None:
        return False
    top = book[notes].iter_rows(min_row=1, max_row=3, max_col=1, values_only=True)
    return any(is_demo_note(row[0]) for row in top if row)


# ---------------------------------------------------------------- a cell openpyxl cannot read

_CELL_REF = re.compile(r"^([A-Z]{1,3})([0-9]+)$")
_BAD_CHARACTER = QT_TRANSLATE_NOOP("ImportWorkbook", "the cell holds a character no workbook may hold (such as a NUL); retype it in Excel")


@dataclass
class _SheetReader:
    """A sheet being streamed, and what is needed to name the cell it stops at."""

    target: Path
    spec: SheetSpec
    ws: object
    letters: dict[str, str] = field(default_factory=dict)
    last_row: int = 0  # the last row read whole

    def unreadable(self, exc: Exception) -> UnreadableFile:
        found = _find_bad_cell(self.ws, self.last_row)
        if found is None:
            where = Problem("", self.ws.title, self.last_row + 1)  # type: ignore[attr-defined]
            return UnreadableFile(translate("ImportWorkbook", "{file}: {place} cannot be read ({error}); the file is damaged there: "
                                            "save it again from Excel as .xlsx").format(
                file=self.target.name, place=str(where).rstrip(": "), error=f"{type(exc).__name__}: {exc}"))
        letter, row, why = found
        header = next((self.spec.column(f).header for f, at in self.letters.items() if at == letter), "")  # type: ignore[union-attr]
        column = f"{letter} ({header})" if header else letter
        return UnreadableFile(f"{self.target.name}: {Problem(why, self.ws.title, row, column)}")  # type: ignore[attr-defined]


def _value_problem(kind: str, text: str) -> str | None:
    """Why openpyxl cannot turn a cell's stored text into its value, as it would try to."""
    if kind == "n":
        try:
            number = float(text) if ("." in text or "e" in text.casefold()) else int(text)
        except ValueError:
            return translate("ImportWorkbook", "'{value}' is stored as a number but is not one; retype the cell in Excel").format(value=text)
        if isinstance(number, float) and not math.isfinite(number):
            return translate("ImportCell", "{value} is not a finite number").format(value=f"'{text}'")
    elif kind == "d":
        from openpyxl.utils.datetime import from_ISO8601

        try:
            from_ISO8601(text)
        except ValueError:
            return translate("ImportWorkbook", "'{value}' is stored as a date but is not one; retype the cell in Excel").format(value=text)
    elif kind == "b" and text.strip() not in ("0", "1"):
        return translate("ImportWorkbook", "'{value}' is stored as yes/no but is neither; retype the cell in Excel").format(value=text)
    return None


def _find_bad_cell(ws, after_row: int) -> tuple[str, int, str] | None:  # type: ignore[no-untyped-def]
    """(column letter, row, why) of the first cell past `after_row` that openpyxl cannot read,
    found by parsing the sheet's XML again: a value it cannot convert, or a character XML does not
    allow (the parser stops inside that cell). None when no single cell is to blame."""
    last: tuple[str, int] | None = None
    try:
        with ws._get_source() as source:  # openpyxl's read-only sheet: its part of the archive
            for event, node in ElementTree.iterparse(source, events=("start", "end")):
                tag = node.tag.rpartition("}")[2]
                if tag != "c":
                    if tag == "row" and event == "end":
                        node.clear()
                    continue
                match = _CELL_REF.match(node.get("r", ""))
                if event == "start":
                    last = (match.group(1), int(match.group(2))) if match else None
                    continue
                value = next((child.text for child in node if child.tag.rpartition("}")[2] == "v"), None)
                if match and value is not None and int(match.group(2)) > after_row:
                    why = _value_problem(node.get("t", "n"), value)
                    if why is not None:
                        return match.group(1), int(match.group(2)), why
    except ElementTree.ParseError as exc:
        # 4: not well-formed (a raw NUL), 14: a reference to a character XML forbids (&#0;).
        if last is not None and last[1] > after_row and exc.code in (4, 14):
            return last[0], last[1], translate("ImportWorkbook", _BAD_CHARACTER)
    return None


def _headers(spec: SheetSpec) -> dict[str, Column]:
    """Each column by its header in English, French and Spanish, folded (the first column to
    claim a form keeps it)."""
    found: dict[str, Column] = {}
    for column in spec.columns:
        for form in sorted(column.headers()):
            found.setdefault(form, column)
    return found


def _header_field(headers: dict[str, Column], text: object) -> Column | None:
    if is_blank(text):
        return None
    return headers.get(folded(str(text).strip().removesuffix(REQUIRED_MARK.strip())))


def _read_sheet(reader, problems, skipped, done, total, progress, cancelled):  # type: ignore[no-untyped-def]
    from openpyxl.utils import get_column_letter

    spec = reader.spec
    title = reader.ws.title
    rows = reader.ws.iter_rows(values_only=True, max_col=MAX_COLUMNS)
    header = next(rows, None)
    reader.last_row = 1
    if header is None or all(is_blank(v) for v in header):
        problems.append(Problem(translate("ImportWorkbook", "the header row is empty; copy it from the template"), title, 1))
        return None, done
    positions: dict[int, Column] = {}
    letters: dict[str, str] = {}
    headers = _headers(spec)
    for index, text in enumerate(header):
        column = _header_field(headers, text)
        if column is None:
            if not is_blank(text):
                skipped.append(translate("ImportWorkbook", "sheet {sheet} column {letter} ({header}): not a template column, ignored").format(
                    sheet=title, letter=get_column_letter(index + 1), header=text))
            continue
        if column.field in letters:
            problems.append(Problem(translate("ImportWorkbook", "the column '{header}' appears twice").format(header=column.header),
                                    title, 1, get_column_letter(index + 1)))
            continue
        positions[index] = column
        letters[column.field] = get_column_letter(index + 1)
    missing = [c for c in spec.columns if c.required and c.field not in letters]
    for column in missing:
        problems.append(Problem(translate("ImportWorkbook", "the required column '{header}' is missing (renamed or deleted?); copy the header "
                                          "row from the template").format(header=column.title), title, 1, column.header))
    if missing:
        return None, done
    sheet = SheetRows(spec, letters, title=title)
    reader.letters = letters
    for number, values in enumerate(rows, start=2):
        reader.last_row = number
        done += 1
        if done > MAX_ROWS:
            raise UnreadableFile(translate("ImportWorkbook", "sheet {sheet} goes past {limit} rows in all; an import takes at most {limit} rows: "
                                           "split the file").format(sheet=title, limit=_n(MAX_ROWS)))
        if done % 5000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()  # nothing is written while the file is read
            if progress is not None:
                progress(done, total, translate("ImportWorkbook", "Reading {sheet}, row {row}…").format(sheet=title, row=_n(number)))
        if values is None or all(is_blank(v) for v in values):
            continue
        typed: dict[str, object] = {}
        bad: set[str] = set()
        for index, column in positions.items():
            raw = values[index] if index < len(values) else None
            if is_blank(raw):
                continue
            try:
                typed[column.field] = read_cell(column, raw)
            except CellError as exc:
                problems.append(Problem(str(exc), title, number, sheet.where(column.field)))
                bad.add(column.field)
        for column in spec.columns:
            if column.required and column.field in letters and column.field not in typed and column.field not in bad:
                problems.append(Problem(translate("ImportWorkbook", "{column} is required").format(column=column.header), title, number,
                                        sheet.where(column.field)))
        sheet.rows.append(Row(number, typed))
    return sheet, done

