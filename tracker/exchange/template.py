"""Write the import template: one sheet per kind of record, drop-down lists for the
classifications, a Notes sheet explaining every column; optionally filled with the portfolio
(an export in the import layout, which imports again unchanged).

Demo data in a filled template (see tracker.exchange.demo_marks): a database that holds only demo
projects (the demo portfolio) gives a workbook marked as demo data throughout, which a database
with real projects refuses to import. A working database that an earlier tracker loaded the demo
into gives its real projects only: the demo projects are left out (the Notes sheet says so), as
an export of real work should not carry invented figures, and they are removable anyway (File >
Remove Demo Data…, tracker demo --remove)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from tracker import __version__
from tracker.domain.classifications import RATING_SCALE, Classification, Criterion
from tracker.domain.i18n import current_language, translate
from tracker.domain.numbers import format_number, number_style
from tracker.domain.progress import Progress
from tracker.exchange import workbook_rows as wr
from tracker.exchange.demo_marks import DEMO_PROPERTY, DEMO_PROPERTY_VALUE, demo_note, shown_codes
from tracker.exchange.workbook_read import LISTS, MAX_ROWS, NOTES
from tracker.reports.xlsx import DECIMAL, MAX_TEXT, STYLES
from tracker.store.writes import partial_file_beside

VALIDATED_ROWS = 5_000  # drop-downs cover this many rows; Excel copies them when rows are inserted

_FORMATS = {"date": "yyyy-mm-dd", "amount": DECIMAL, "rate": "0.000000", "number": "#,##0.##", "int": "0"}
_HEADER = STYLES["header"]
_REQUIRED_FILL = PatternFill("solid", fgColor="C00000")


def _t(text: str) -> str:
    return translate("ImportWorkbook", text)


def _whole(value: int) -> str:
    """A count as the user's locale writes it."""
    return format_number(Decimal(value), number_style(), 0)


def write_template(path: str | Path, *, with_data: bool = False, progress: Progress | None = None) -> Path:
    """Write the template to `path` atomically (a temporary file beside it, then a rename); with
    `with_data`, fill it with every project of the open database. Returns the path. Refuses
    (StoreError, nothing written) a path that is the open database or any other database file.

    The template is written in the current language (sheet names, headings, notes, lists'
    titles); codes and numbers are the machine's. The importer reads a workbook written in any
    of the three languages."""
    from tracker.store.writes import check_output_target

    target = check_output_target(path, translate("ImportWorkbook", "the import template"))
    book = Workbook()
    book.remove(book.active)
    props = book.properties
    props.title = translate("ImportWorkbook", "tracker import workbook")
    props.creator = f"tracker {__version__}"
    props.description = translate("ImportWorkbook", "Fill in the sheets and import the file with 'tracker import FILE' or File > Import in the app.")
    props.language = current_language()
    portfolio = _portfolio_rows(progress) if with_data else _Portfolio()
    if portfolio.demo:
        book.custom_doc_props.append(StringProperty(name=DEMO_PROPERTY, value=DEMO_PROPERTY_VALUE))
    _notes_sheet(book, portfolio.banner())
    list_ranges = _lists_sheet(book)
    for spec in wr.SHEETS:
        _data_sheet(book, spec, list_ranges, portfolio.rows.get(spec.name, []))
    book.move_sheet(_t(NOTES), offset=len(book.sheetnames))  # data sheets first, notes and lists last
    book.move_sheet(_t(LISTS), offset=len(book.sheetnames))
    book.active = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    temp_name = partial_file_beside(target)
    try:
        book.save(temp_name)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return target


def _data_sheet(book: Workbook, spec: wr.SheetSpec, list_ranges: dict[str, str], rows: list[list[Any]]) -> None:
    ws = book.create_sheet(spec.title)
    yes, no = wr.yes_no()
    for index, column in enumerate(spec.columns, start=1):
        cell = ws.cell(row=1, column=index, value=column.title)
        for name, style in _HEADER.items():
            setattr(cell, name, style)
        if column.required:
            cell.fill = _REQUIRED_FILL
        note = column.note_text
        cell.comment = Comment(note + (" " + translate("ImportWorkbook", "Required.") if column.required else ""), "tracker")
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = column.width
        fmt = _FORMATS.get(column.kind, "@")
        area = f"{letter}2:{letter}{VALIDATED_ROWS + 1}"
        if column.kind == "choice" and column.choices is not None:
            validation = DataValidation(type="list", formula1=list_ranges[column.choices.__name__], allow_blank=True,
                                        showErrorMessage=True, errorTitle=column.header[:32],
                                        error=translate("ImportWorkbook", "Choose a value from the list ({what}).").format(what=column.choices.noun()))
            validation.add(area)
            ws.add_data_validation(validation)
        elif column.kind == "bool":
            validation = DataValidation(type="list", formula1=f'"{yes},{no}"', allow_blank=True)
            validation.add(area)
            ws.add_data_validation(validation)
        else:
            # An input message only (no check): it explains the format where a list cannot.
            validation = DataValidation(allow_blank=True, showInputMessage=True, promptTitle=column.header[:32], prompt=note[:255])
            validation.add(area)
            ws.add_data_validation(validation)
        ws.column_dimensions[letter].number_format = fmt
    ws.freeze_panes = "B2"
    ws.row_dimensions[1].height = 32
    formats = [_FORMATS.get(c.kind) for c in spec.columns]
    for number, values in enumerate(rows, start=2):
        for index, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = ws.cell(row=number, column=index)
            if isinstance(value, str):
                cell.value = value[:MAX_TEXT]
                cell.data_type = "s"  # never a formula, whatever the text starts with
            else:
                cell.value = value
            if formats[index - 1]:
                cell.number_format = formats[index - 1]


def _lists_sheet(book: Workbook) -> dict[str, str]:
    """A sheet of the valid codes, one column per classification, for the drop-downs."""
    ws = book.create_sheet(_t(LISTS))
    ranges: dict[str, str] = {}
    classes: list[type[Classification]] = []
    for spec in wr.SHEETS:
        for column in spec.columns:
            if column.choices is not None and column.choices not in classes:
                classes.append(column.choices)
    for index, cls in enumerate(classes, start=1):
        letter = get_column_letter(index)
        ws.cell(row=1, column=index, value=cls.noun()).font = Font(bold=True)
        for row, member in enumerate(cls, start=2):
            ws.cell(row=row, column=index, value=member.value)
            ws.cell(row=row, column=index).comment = None
        ws.column_dimensions[letter].width = 24
        ranges[cls.__name__] = f"{quote_sheetname(_t(LISTS))}!${letter}$2:${letter}${len(cls) + 1}"
    ws.sheet_state = "hidden"
    return ranges


def _notes_sheet(book: Workbook, banner: str | None = None) -> None:
    ws = book.create_sheet(_t(NOTES))
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 100
    wrap = Alignment(wrap_text=True, vertical="top")
    lines: list[tuple[str, str, str, str | None]] = [
        (translate("ImportWorkbook", "tracker import workbook"), "", "", "title"),
        *([(banner, "", "", "demo")] if banner else []),
        (translate("ImportWorkbook", "How to import"), "", translate("ImportWorkbook", "tracker import FILE.xlsx (add --dry-run to check without writing), or File > Import… in the app."), None),
        ("", "", "", None),
        (translate("ImportWorkbook", "Rules"), "", "", "label"),
        (translate("ImportWorkbook", "All or nothing"), "", translate("ImportWorkbook", "Every row is checked first. If any row has a problem, nothing is written and every problem is "
                                      "listed with its sheet, row, column and reason. Otherwise the whole file is imported in one "
                                      "transaction."), None),
        (translate("ImportWorkbook", "Matching"), "", translate("ImportWorkbook", "Projects and partners are matched by code. Other rows are matched by their project code and a "
                                "natural key (listed per sheet below). A matching row updates the stored record; a new one is added. "
                                "Importing the same file again changes nothing."), None),
        (translate("ImportWorkbook", "Blank cells"), "", translate("ImportWorkbook", "A blank cell keeps what tracker already holds (for a new record: the default). An import never "
                                   "deletes records."), None),
        (translate("ImportWorkbook", "Stage"), "", translate("ImportWorkbook", "A new project starts in the stage given (blank: Design). An existing project's stage changes only "
                             "through a project-cycle action in tracker; a different stage in the file is refused."), None),
        (translate("ImportWorkbook", "Evaluations"), "", translate("ImportWorkbook", "tracker plans the evaluations the rules require from the dates and budget; rows on the "
                                   "Evaluations sheet record their status and results, or add evaluations the rules do not require."), None),
        (translate("ImportWorkbook", "Limits"), "", translate("ImportWorkbook", "At most {count} rows in all. Rows with every cell blank are ignored; columns and sheets not in the "
                              "template are ignored (and listed).").format(count=_whole(MAX_ROWS)), None),
        ("", "", "", None),
        (translate("ImportWorkbook", "Input formats"), "", "", "label"),
        (translate("ImportWorkbook", "Dates"), "", translate("ImportWorkbook", "YYYY-MM-DD typed as text (2025-01-31), or a real Excel date."), None),
        (translate("ImportWorkbook", "Amounts"), "", translate("ImportWorkbook", "Numbers, without currency signs; at most two decimals. Thousands separators are accepted in text."), None),
        (translate("ImportWorkbook", "Currencies"), "", translate("ImportWorkbook", "ISO 4217 codes: USD, EUR, CHF, XOF, ... Blank means USD."), None),
        (translate("ImportWorkbook", "US$ rate"), "", translate("ImportWorkbook", "The US$ value of ONE unit of the currency: EUR at 1.08 means 1 EUR = 1.08 US$. Leave blank for USD. "
                                "For another currency a blank cell takes the rate in force on the row's date in tracker's table of "
                                "exchange rates (Tools > Exchange Rates, or tracker rates import): a funding line's approval date, an "
                                "expenditure line's month (the 1st), or 1 July of its year when it has no month, a project's planned "
                                "start. A rate typed in the cell is kept as typed."), None),
        (translate("ImportWorkbook", "Lists"), "", translate("ImportWorkbook", "Classifications take the codes of the drop-down lists; their labels (e.g. 'Asia and the Pacific') "
                             "are accepted too, in English, French or Spanish. Themes and countries are comma-separated lists."), None),
        (translate("ImportWorkbook", "Yes/no"), "", translate("ImportWorkbook", "yes or no (also true/false, 1/0).").format(), None),
        (translate("ImportWorkbook", "Required columns"), "", translate("ImportWorkbook", "Headers in red and ending in * are required on every row."), None),
        (translate("ImportWorkbook", "Languages"), "", translate("ImportWorkbook", "This workbook is written in English; a workbook written in English, French or Spanish imports "
                                 "whatever the language tracker is set to."), None),
        ("", "", "", None),
    ]
    for spec in wr.SHEETS:
        lines.append((spec.title, translate("ImportWorkbook", "matched by {key}").format(key=_t(spec.key)), _t(spec.note), "label"))
        for column in spec.columns:
            required = translate("ImportWorkbook", "required") if column.required else translate("ImportWorkbook", "optional")
            lines.append(("", f"{column.title}", f"({required}) {column.note_text}" + _codes(column), None))
        lines.append(("", "", "", None))
    scale = "; ".join(f"{k} = {translate('Rating', v)}" for k, v in RATING_SCALE.items())
    criteria = ", ".join(c.label.lower() for c in Criterion)
    lines.append((translate("ImportWorkbook", "Ratings"), "", translate("ImportWorkbook", "{scale}. Criteria: {criteria}.").format(scale=scale, criteria=criteria), None))
    for row, (a, b, c, style) in enumerate(lines, start=1):
        if style == "demo":  # one line across the sheet, red, that no one scrolls past
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
            ws.row_dimensions[row].height = 32
        for col, value in enumerate((a, b, c), start=1):
            cell = ws.cell(row=row, column=col, value=value or None)
            cell.alignment = wrap
            if style and col == 1:
                for name, attr in STYLES[style].items():
                    setattr(cell, name, attr)


def _codes(column: wr.Column) -> str:
    if column.choices is None or column.kind == "choices":
        return ""
    codes = ", ".join(f"{m.value} ({m.label})" for m in column.choices)
    return " " + translate("ImportWorkbook", "Codes: {codes}.").format(codes=codes)


# ---------------------------------------------------------------- export


@dataclass
class _Portfolio:
    """The rows of a filled template, and what it says about demo data."""

    rows: dict[str, list[list[Any]]] = field(default_factory=dict)
    demo: bool = False  # every project is demo data: the workbook is marked so
    left_out: list[str] = field(default_factory=list)  # the demo projects of a working database

    def banner(self) -> str | None:
        """The line at the top of the Notes sheet, if the workbook has something to say about demo data."""
        if self.demo:
            return demo_note()
        if self.left_out:
            count = len(self.left_out)
            return translate("ImportWorkbook", "Demo data left out: the {count} demo projects this database holds ({codes}) are not in this workbook, which "
                      "holds real projects only. Remove them from the database with File > Remove Demo Data… in the app (tracker "
                      "demo --remove).").format(count=_whole(count), codes=shown_codes(self.left_out))
        return None


def _portfolio_rows(progress: Progress | None) -> _Portfolio:
    from tracker.store.bulk_reads import iter_projects, project_codes
    from tracker.store.demo import demo_left_out, demo_partner_codes, holds_real_projects
    from tracker.store.partners import list_partners

    rows: dict[str, list[list[Any]]] = {s.name: [] for s in wr.SHEETS}
    every_code = project_codes()
    left_out = sorted(demo_left_out())
    demo = bool(every_code) and not holds_real_projects()  # the demo portfolio: every row is demo data
    codes = [code for code in every_code if code not in left_out] if left_out else every_code
    # A demo partner stays out of a working database's workbook unless a real project's funding names it.
    unwanted_partners = demo_partner_codes() if left_out else set()
    for done, project in enumerate(iter_projects(codes), start=1):
        unwanted_partners -= {f.partner_code for f in project.fundings if f.partner_code}
        rows[wr.PROJECTS.name].append(_values(wr.PROJECTS, lambda f, p=project: getattr(p, f)))
        for funding in project.fundings:
            rows[wr.FUNDING.name].append(_values(wr.FUNDING, lambda f, r=funding, p=project: _child(f, r, p)))
        for line in project.expenditures:
            rows[wr.EXPENDITURE.name].append(_values(wr.EXPENDITURE, lambda f, r=line, p=project: _child(f, r, p)))
        for evaluation in project.evaluations:
            rows[wr.EVALUATIONS.name].append(_values(wr.EVALUATIONS, lambda f, r=evaluation, p=project: _child(f, r, p)))
        for indicator in project.indicators:
            rows[wr.INDICATORS.name].append(_values(wr.INDICATORS, lambda f, r=indicator, p=project: _child(f, r, p)))
        for budget_line in project.budget_lines:
            rows[wr.BUDGET_LINES.name].append(_values(wr.BUDGET_LINES, lambda f, r=budget_line, p=project: _child(f, r, p)))
        for report in project.progress_reports:
            rows[wr.PROGRESS_REPORTS.name].append(_values(wr.PROGRESS_REPORTS, lambda f, r=report, p=project: _child(f, r, p)))
        for value in project.indicator_values:
            rows[wr.INDICATOR_VALUES.name].append(_values(wr.INDICATOR_VALUES, lambda f, r=value, p=project: _child(f, r, p)))
        for place in project.locations:
            rows[wr.LOCATIONS.name].append(_values(wr.LOCATIONS, lambda f, r=place, p=project: _child(f, r, p)))
        for appraisal in project.appraisals:
            rows[wr.APPRAISALS.name].append(_values(wr.APPRAISALS, lambda f, r=appraisal, p=project: _child(f, r, p)))
        if progress is not None and done % 100 == 0:
            progress(done, len(codes), translate("ImportWorkbook", "Exporting project {done} of {total}…").format(done=_whole(done), total=_whole(len(codes))))
    rows[wr.PARTNERS.name] = [_values(wr.PARTNERS, lambda f, p=partner: getattr(p, f))
                              for partner in list_partners() if partner.code not in unwanted_partners]
    return _Portfolio(rows, demo, left_out)


def _child(field_name: str, record: Any, project: Any) -> Any:
    if field_name == "project_code":
        return project.code
    if field_name == "partner":
        return record.partner_code
    if field_name.startswith("rating_"):
        return record.ratings.get(Criterion(field_name.removeprefix("rating_")))
    if field_name == "indicator_uuid":  # the sheet names the indicator, as a user does
        return next((i.name for i in project.indicators if i.uuid == record.indicator_uuid), None)
    return getattr(record, field_name)


def _values(spec: wr.SheetSpec, get: Callable[[str], Any]) -> list[Any]:
    values = []
    for column in spec.columns:
        value = wr.cell_value(column, get(column.field))
        if value == "" and not column.required:
            value = None
        values.append(value)
    return values
