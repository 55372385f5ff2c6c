"""Fill an import template as a user would: openpyxl on the written template, by header name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tracker.exchange.template import write_template


def header_index(ws: Any) -> dict[str, int]:
    return {str(c.value).removesuffix(" *"): c.column for c in ws[1] if c.value}


def fill(path: Path, sheets: dict[str, list[dict[str, Any]]], *, template: Path | None = None) -> Path:
    """Write a template to `path` (or start from `template`) and append rows given by header."""
    if template is None:
        write_template(path)
        book = openpyxl.load_workbook(path)
    else:
        book = openpyxl.load_workbook(template)
    for name, rows in sheets.items():
        ws = book[name]
        columns = header_index(ws)
        for values in rows:
            row = ws.max_row + 1
            for header, value in values.items():
                ws.cell(row=row, column=columns[header], value=value)
    book.save(path)
    return path


def set_cell(path: Path, sheet: str, row: int, header: str, value: Any) -> None:
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    ws.cell(row=row, column=header_index(ws)[header], value=value)
    book.save(path)


PROJECT = {
    "Code": "SEN/25/01/LUX", "Title": "Decent jobs for young people in Senegal", "Region": "africa", "Countries": "SN, Mali",
    "Strategic objective": "employment", "Themes": "gender-equality, tripartism", "Office": "CO-Dakar", "Officer": "A. Diop",
    "Planned start": "2025-01-01", "Planned end": "2026-12-31", "Budget": 400000, "Currency": "USD",
}
PARTNER = {"Code": "LUXDEV", "Name": "Luxembourg Development", "Category": "multi-bilateral", "Country": "LU"}
FUNDING = {"Project code": "SEN/25/01/LUX", "Partner code": "LUXDEV", "Modality": "xb", "Approved on": "2024-11-15",
           "Amount": 360000, "Currency": "EUR", "US$ rate": 1.08}
EXPENDITURE = {"Project code": "SEN/25/01/LUX", "Year": 2025, "Month": 3, "Type of expenditure": "training", "Amount": 12500.5}
EVALUATION = {"Project code": "SEN/25/01/LUX", "Kind": "ex-post", "Due": "2028-06-30", "Status": "planned", "Independence": "external"}
INDICATOR = {"Project code": "SEN/25/01/LUX", "Name": "Young people placed in jobs", "Unit": "people", "Baseline": 0,
             "Target": 2000, "Achieved": 350, "Women %": 48.5}


def full_file(path: Path) -> Path:
    return fill(path, {
        "Partners": [PARTNER],
        "Projects": [PROJECT],
        "Funding": [FUNDING],
        "Expenditure": [EXPENDITURE],
        "Evaluations": [EVALUATION],
        "Result indicators": [INDICATOR],
    })
