"""The formulas recalculate in a real spreadsheet program, not only in our evaluator: LibreOffice
opens each workbook, recalculates and saves it with cached values, which openpyxl then reads
(data_only=True). Every formula cell must hold what tests/reports/formulas.py computes, and the
seed's Annex 2 totals must come out of LibreOffice's own arithmetic."""

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from tests.reports.conftest import AS_OF, find_row, load
from tests.reports.formulas import Evaluator
from tracker.reports import (
    write_compliance_report,
    write_donor_report,
    write_portfolio_report,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")


def recalculated(files: list[Path], tmp_path: Path) -> dict[str, Path]:
    """Each file converted by LibreOffice headless (xlsx to xlsx, so formulas are recalculated and
    their values cached), keyed by file name."""
    out = tmp_path / "recalculated"
    out.mkdir()
    profile = (tmp_path / "lo-profile").as_uri()  # a profile of its own: no clash with a running LibreOffice
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir", str(out),
                    *map(str, files)], check=True, capture_output=True, timeout=600)
    converted = {f.name: out / f.name for f in files}
    assert all(p.exists() for p in converted.values()), sorted(p.name for p in out.iterdir())
    return converted


def assert_formulas_agree(original: Path, converted: Path) -> int:
    book = load(original)
    cached = load(converted, data_only=True)
    ev = Evaluator(book)
    checked = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                ours = ev.value(sheet.title, cell.row, cell.column)
                theirs = cached[sheet.title].cell(row=cell.row, column=cell.column).value
                where = f"{original.name} {sheet.title}!{cell.coordinate} {cell.value}"
                if ours == "":
                    assert theirs in ("", None), where
                else:
                    assert theirs is not None, where
                    assert abs(Decimal(repr(theirs)) - Decimal(ours)) <= Decimal("1e-9") * max(1, abs(Decimal(ours))), where
                checked += 1
    return checked


def test_every_formula_recalculates_in_libreoffice_to_the_same_figure(small_db, tmp_path):
    files = [
        write_donor_report(tmp_path / "donor.xlsx", "DON", 2021, 2022, as_of=AS_OF),
        write_portfolio_report(tmp_path / "portfolio.xlsx", 2021, 2022, compare_from=2021, compare_to=2021),
        write_compliance_report(tmp_path / "compliance.xlsx", AS_OF),
    ]
    converted = recalculated(files, tmp_path)
    assert sum(assert_formulas_agree(f, converted[f.name]) for f in files) > 150


def test_libreoffice_computes_the_seeds_annex_2_totals_from_the_demo(demo_db, tmp_path):
    path = write_portfolio_report(tmp_path / "demo.xlsx", 2000, 2004)
    converted = recalculated([path], tmp_path)[path.name]
    assert_formulas_agree(path, converted)
    sheet = load(converted, data_only=True)["Annex 2 Approvals by partner"]
    total = find_row(sheet, "Total")
    got = [round(sheet.cell(row=total, column=c).value, 6) for c in range(2, 9)]
    assert got == [134_667, 154_572, 176_414, 150_826, 152_371, 768_850, 153_770]


def assert_our_values_are_libreoffices(original: Path, converted: Path) -> int:
    """The values cached in our file (read without recalculating) equal LibreOffice's own
    recalculation, to the cent and closer."""
    formulas = load(original)
    ours = load(original, data_only=True)
    theirs = load(converted, data_only=True)
    checked = 0
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                mine = ours[sheet.title].cell(row=cell.row, column=cell.column).value
                lo = theirs[sheet.title].cell(row=cell.row, column=cell.column).value
                where = f"{original.name} {sheet.title}!{cell.coordinate} {cell.value}: ours {mine!r}, LibreOffice {lo!r}"
                if isinstance(lo, str) or lo is None:
                    assert mine in ("", None) and lo in ("", None), where
                else:
                    assert mine is not None and abs(Decimal(repr(mine)) - Decimal(repr(lo))) <= Decimal("0.005"), where
                    assert abs(Decimal(repr(mine)) - Decimal(repr(lo))) <= Decimal("1e-9") * max(1, abs(Decimal(repr(lo)))), where
                checked += 1
    return checked


def test_the_values_we_cache_are_what_libreoffice_computes(demo_db, tmp_path):
    from tests.reports.demo_reports import donor_reports, other_reports

    files = [*donor_reports(tmp_path, "en"), *other_reports(tmp_path, "fr")]  # every partner that funds a project
    converted = recalculated(files, tmp_path)
    assert sum(assert_our_values_are_libreoffices(f, converted[f.name]) for f in files) > 2000
