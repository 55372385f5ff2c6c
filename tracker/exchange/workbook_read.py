"""Read an import workbook safely: refuse what is not a workbook, too big or a zip bomb before
openpyxl parses it, then stream each known sheet's rows (read-only mode) into typed values.

Limits (the reasons are in the messages): at most MAX_ROWS data rows in all, MAX_COLUMNS columns
per sheet, MAX_UNCOMPRESSED bytes unpacked and a compression ratio of MAX_RATIO per part."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tracker.exchange.detect import detect_kind
from tracker.exchange.results import Problem, UnreadableFile
from tracker.exchange.workbook_rows import (
    REQUIRED_MARK,
    SHEETS,
    SHEETS_BY_NAME,
    CellError,
    Column,
    SheetSpec,
    is_blank,
    read_cell,
)

MAX_ROWS = 1_000_000
MAX_COLUMNS = 200
MAX_UNCOMPRESSED = 2_000_000_000  # 2 GB unpacked: far beyond a million rows of this layout
MAX_RATIO = 200  # real sheets compress 5-20x; a zip bomb compresses thousands of times
MAX_PROBLEMS = 1_000  # enough to fix a file; past that the list stops growing (and says so)

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class Row:
    number: int  # the row number Excel shows
    values: dict[str, object]  # field -> typed value; blank cells are absent


@dataclass
class SheetRows:
    spec: SheetSpec
    letters: dict[str, str]  # field -> column letter in this file
    rows: list[Row] = field(default_factory=list)

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

    def sheet(self, spec: SheetSpec) -> SheetRows | None:
        return self.sheets.get(spec.name)


def check_archive(path: Path) -> None:
    """Refuse a zip whose declared sizes could exhaust memory or disk before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFile(f"{path.name} is a damaged or truncated workbook ({exc}); save it again from Excel") from None
    if len(infos) > 10_000:
        raise UnreadableFile(f"{path.name} holds {len(infos):,} parts; that is not an import workbook")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise UnreadableFile(
            f"{path.name} unpacks to {total / 1e9:.1f} GB, more than the {MAX_UNCOMPRESSED / 1e9:.0f} GB an import may hold; split it into smaller files"
        )
    for info in infos:
        if info.file_size > 10_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnreadableFile(
                f"{path.name}: part {info.filename} unpacks {info.file_size // max(info.compress_size, 1):,} times its packed size; "
                "this looks like a zip bomb, not a workbook, and was not opened"
            )


def read_workbook(path: str | Path, progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> WorkbookRows:
    """Every data row of every known sheet, typed; problems of single cells and of headers are
    collected (not raised) so that the importer can report them with everything else."""
    target = Path(path)
    kind = detect_kind(target)
    if kind != "workbook":
        raise UnreadableFile(f"{target.name} is an IATI activity file, not an import workbook; import it as IATI")
    check_archive(target)
    import openpyxl  # late: the GUI starts faster without it

    try:
        book = openpyxl.load_workbook(target, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a broken file
        raise UnreadableFile(f"{target.name} cannot be read as a workbook ({type(exc).__name__}: {exc}); save it again from Excel as .xlsx") from None
    try:
        return _read_book(book, target, progress, cancelled)
    except (UnreadableFile, ImportCancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - a corrupt sheet part fails only while it streams
        raise UnreadableFile(f"{target.name} is damaged and cannot be read ({type(exc).__name__}: {exc}); save it again from Excel as .xlsx") from None
    finally:
        book.close()


def _read_book(book, target: Path, progress: ProgressFn | None, cancelled: CancelFn | None) -> WorkbookRows:  # type: ignore[no-untyped-def]
    problems: list[Problem] = []
    skipped: list[str] = []
    found: dict[str, SheetRows] = {}
    worksheets = []
    for ws in book.worksheets:
        spec = SHEETS_BY_NAME.get(ws.title.strip().casefold())
        if spec is None:
            if ws.title not in ("Notes", "Lists"):
                skipped.append(f"sheet {ws.title}: not a sheet of the import template, ignored")
            continue
        worksheets.append((spec, ws))
    if not worksheets:
        expected = ", ".join(s.name for s in SHEETS)
        raise UnreadableFile(f"{target.name} has none of the import template's sheets ({expected}); write a template with 'tracker template' and fill it in")
    declared = 0
    for spec, ws in worksheets:
        rows, cols = ws.max_row or 0, ws.max_column or 0
        if cols > MAX_COLUMNS:
            raise UnreadableFile(f"{target.name}: sheet {ws.title} declares {cols:,} columns; an import sheet has at most {MAX_COLUMNS}")
        declared += rows
    if declared > MAX_ROWS + len(worksheets):
        raise UnreadableFile(f"{target.name} declares {declared:,} rows; an import takes at most {MAX_ROWS:,} rows: split the file")
    total = max(declared, 1)
    done = 0
    for spec, ws in worksheets:
        sheet_rows, done = _read_sheet(spec, ws, problems, skipped, done, total, progress, cancelled)
        if sheet_rows is not None:
            found[spec.name] = sheet_rows
    return WorkbookRows(found, problems, skipped)


def _header_field(spec: SheetSpec, text: object) -> Column | None:
    if is_blank(text):
        return None
    wanted = str(text).strip().removesuffix(REQUIRED_MARK.strip()).strip().casefold()
    return next((c for c in spec.columns if c.header.casefold() == wanted), None)


def _read_sheet(spec, ws, problems, skipped, done, total, progress, cancelled):  # type: ignore[no-untyped-def]
    from openpyxl.utils import get_column_letter

    rows = ws.iter_rows(values_only=True, max_col=MAX_COLUMNS)
    header = next(rows, None)
    if header is None or all(is_blank(v) for v in header):
        problems.append(Problem("the header row is empty; copy it from the template", spec.name, 1))
        return None, done
    positions: dict[int, Column] = {}
    letters: dict[str, str] = {}
    for index, text in enumerate(header):
        column = _header_field(spec, text)
        if column is None:
            if not is_blank(text):
                skipped.append(f"sheet {spec.name} column {get_column_letter(index + 1)} ({text}): not a template column, ignored")
            continue
        if column.field in letters:
            problems.append(Problem(f"the column '{column.header}' appears twice", spec.name, 1, get_column_letter(index + 1)))
            continue
        positions[index] = column
        letters[column.field] = get_column_letter(index + 1)
    missing = [c for c in spec.columns if c.required and c.field not in letters]
    for column in missing:
        problems.append(Problem(f"the required column '{column.title}' is missing (renamed or deleted?); copy the header row from the template", spec.name, 1, column.header))
    if missing:
        return None, done
    sheet = SheetRows(spec, letters)
    for number, values in enumerate(rows, start=2):
        done += 1
        if done > MAX_ROWS:
            raise UnreadableFile(f"sheet {spec.name} goes past {MAX_ROWS:,} rows in all; an import takes at most {MAX_ROWS:,} rows: split the file")
        if done % 5000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total, f"Reading {spec.name}, row {number:,}…")
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
                problems.append(Problem(str(exc), spec.name, number, sheet.where(column.field)))
                bad.add(column.field)
        for column in spec.columns:
            if column.required and column.field in letters and column.field not in typed and column.field not in bad:
                problems.append(Problem(f"{column.header} is required", spec.name, number, sheet.where(column.field)))
        sheet.rows.append(Row(number, typed))
    return sheet, done

