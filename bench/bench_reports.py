"""How the Excel reports cope with a large portfolio (default 100,000 projects, ~800,000
expenditure lines).

    .venv/bin/python bench/bench_reports.py [--projects N] [--db PATH] [--rebuild] [--from Y --to Y]

Builds (once, or again with --rebuild) a synthetic database with bulk inserts (bench/synthetic.py,
shared with bench_portfolio_table.py), then runs each measurement in a fresh process so that its
peak memory (resource.getrusage, ru_maxrss) is its own:

- the queries alone (the compliance lists iterated without writing: the floor for memory);
- tracker's portfolio statistics and evaluation-compliance reports (openpyxl write-only + lxml);
- the compliance report with openpyxl's pure-Python XML writer (OPENPYXL_LXML=False): what lxml buys;
- xlsxwriter (constant_memory) writing the same cells of the two compliance lists, for comparison
  (xlsxwriter is installed for the benchmark only: pip install xlsxwriter).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def child(task: str, db: Path, out: Path, year_from: int, year_to: int) -> dict[str, object]:
    """One measurement, in this (fresh) process."""
    from tracker.store.database import open_database

    open_database(db)
    as_of = dt.date(2026, 1, 1)
    start = time.perf_counter()
    rows = 0
    if task == "queries":
        from tracker.reports.base import usd_threshold_cents
        from tracker.store import report_queries as q

        thresholds = usd_threshold_cents()
        rows = sum(1 for _ in q.compliance_projects(as_of, thresholds)) + sum(1 for _ in q.compliance_evaluations(as_of))
    elif task == "portfolio":
        from tracker.reports import write_portfolio_report

        write_portfolio_report(out, year_from, year_to)
    elif task in ("compliance", "compliance-no-lxml"):
        from tracker.reports import write_compliance_report
        from tracker.store.report_queries import compliance_counts

        counts = compliance_counts(as_of)
        rows = counts.projects + counts.evaluations
        write_compliance_report(out, as_of)
    elif task == "xlsxwriter":
        rows = xlsxwriter_same_cells(out, as_of)
    else:
        raise SystemExit(f"unknown task {task}")
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"task": task, "seconds": seconds, "peak_mib": peak_kb / 1024, "rows": rows,
            "size_mib": out.stat().st_size / 2**20 if out.exists() else 0.0}


def xlsxwriter_same_cells(out: Path, as_of: dt.date) -> int:
    """The two lists of the compliance report, same rows, same values and number formats, written
    by xlsxwriter in constant_memory mode (its streaming mode)."""
    import xlsxwriter

    from tracker.reports.base import usd_threshold_cents
    from tracker.reports.layouts import (
        evaluation_label,
        independence_label,
        region_label,
        stage_label,
        status_label,
    )
    from tracker.store import report_queries as q

    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    header = book.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79", "text_wrap": True})
    text = book.add_format({"num_format": "@", "valign": "top"})
    date = book.add_format({"num_format": "d mmm yyyy", "valign": "top"})
    usd = book.add_format({"num_format": "#,##0", "valign": "top"})
    integer = book.add_format({"num_format": "#,##0", "valign": "top"})
    rows = 0
    day: dict[str | None, dt.date | None] = {None: None}

    def as_date(value):
        if value not in day:
            day[value] = dt.date.fromisoformat(value[:10])
        return day[value]

    sheet = book.add_worksheet("Projects")
    sheet.write_row(3, 0, ["Code", "Title", "Region", "Stage", "Partners", "Start", "End", "Budget (US$)", "Rule set", "Required",
                           "Completed", "Waived", "Open", "Overdue", "Next due", "Independence", "Compliant"], header)
    r = 4
    for p in q.compliance_projects(as_of, usd_threshold_cents()):
        values = (p.code, p.title, region_label(p.region), stage_label(p.stage), p.partners or "", as_date(p.start), as_date(p.end),
                  None if p.budget_cents is None else p.budget_cents / 100, p.rule_set, p.required, p.completed, p.waived,
                  p.open, p.overdue, as_date(p.next_due),
                  ("Not required", "Met", "Not met", "Not yet due")[p.independence],
                  "Not yet due" if p.compliant is None else "Yes" if p.compliant else "No")
        formats = (text, text, text, text, text, date, date, usd, text, integer, integer, integer, integer, integer, date, text, text)
        for c, (value, fmt) in enumerate(zip(values, formats)):
            if value is None:
                continue
            if fmt is text:
                sheet.write_string(r, c, value, fmt)  # as tracker: text is always text
            elif fmt is date:
                sheet.write_datetime(r, c, value, fmt)
            else:
                sheet.write_number(r, c, value, fmt)
        r += 1
    rows += r - 4
    sheet.autofilter(3, 0, r - 1, 16)
    sheet = book.add_worksheet("Evaluations")
    sheet.write_row(3, 0, ["Project", "Region", "Stage", "Evaluation", "Due", "Status", "Overdue", "Days overdue", "Form",
                           "Must be independent", "Completed on", "Reason"], header)
    r = 4
    today = as_of.isoformat()
    for e in q.compliance_evaluations(as_of):
        overdue = e.status in ("planned", "in-progress") and e.due < today
        due = as_date(e.due)
        sheet.write_string(r, 0, e.project_code, text)
        sheet.write_string(r, 1, region_label(e.region), text)
        sheet.write_string(r, 2, stage_label(e.stage), text)
        sheet.write_string(r, 3, evaluation_label(e.kind, e.sequence), text)
        sheet.write_datetime(r, 4, due, date)
        sheet.write_string(r, 5, status_label(e.status), text)
        if overdue:
            sheet.write_string(r, 6, "Yes", text)
            sheet.write_number(r, 7, (as_of - due).days, integer)
        sheet.write_string(r, 8, independence_label(e.independence), text)
        if e.independence_required:
            sheet.write_string(r, 9, "Yes", text)
        if e.completed_on:
            sheet.write_datetime(r, 10, as_date(e.completed_on), date)
        sheet.write_string(r, 11, e.reason, text)
        r += 1
    rows += r - 4
    sheet.autofilter(3, 0, r - 1, 11)
    book.close()
    return rows


def run_child(task: str, db: Path, folder: Path, year_from: int, year_to: int) -> dict[str, object]:
    out = folder / f"{task}.xlsx"
    env = dict(os.environ)
    if task == "compliance-no-lxml":
        env["OPENPYXL_LXML"] = "False"  # openpyxl then writes with its pure-Python et_xmlfile
    result = subprocess.run([sys.executable, __file__, "--child", task, "--db", str(db), "--out", str(out),
                             "--from", str(year_from), "--to", str(year_to)], env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{task} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="default: a file in the temporary folder named after --projects")
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if it exists")
    parser.add_argument("--from", dest="year_from", type=int, default=2015)
    parser.add_argument("--to", dest="year_to", type=int, default=2024)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    db_path = args.db or Path(tempfile.gettempdir()) / f"tracker-bench-{args.projects}.sqlite3"
    if args.child == "build":
        import synthetic

        synthetic.build(db_path, args.projects)
        return 0
    if args.child:
        print(json.dumps(child(args.child, db_path, args.out, args.year_from, args.year_to)))
        return 0

    if args.rebuild or not db_path.exists():
        # In a process of its own: a child forked from a parent that had built 100,000 rows in
        # memory would inherit its peak RSS (Linux keeps ru_maxrss across fork and exec).
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--child", "build", "--db", str(db_path), "--projects", str(args.projects)],
                       check=True)
        print(f"built {db_path} with {args.projects:,} projects in {time.perf_counter() - start:.1f} s")
    sql = ("SELECT (SELECT COUNT(*) FROM project), (SELECT COUNT(*) FROM expenditure), "
           "(SELECT COUNT(*) FROM evaluation), (SELECT COUNT(*) FROM funding)")
    counts = subprocess.run(["sqlite3", str(db_path), sql], capture_output=True, text=True, check=False)
    print(f"database: {db_path} (projects|expenditure lines|evaluations|funding lines: {counts.stdout.strip() or 'sqlite3 not installed'})")

    tasks = ["queries", "portfolio", "compliance", "compliance-no-lxml", "xlsxwriter"]
    with tempfile.TemporaryDirectory() as folder:
        results = [run_child(task, db_path, Path(folder), args.year_from, args.year_to) for task in tasks]
    print()
    print(f"{'measurement':<48} {'time (s)':>9} {'peak RSS (MiB)':>15} {'rows':>9} {'file (MiB)':>11}")
    labels = {
        "queries": "compliance queries only, rows iterated",
        "portfolio": f"portfolio statistics {args.year_from}-{args.year_to} (openpyxl)",
        "compliance": "evaluation compliance (openpyxl write-only, lxml)",
        "compliance-no-lxml": "evaluation compliance, OPENPYXL_LXML=False",
        "xlsxwriter": "xlsxwriter constant_memory, same list cells",
    }
    for r in results:
        print(f"{labels[str(r['task'])]:<48} {r['seconds']:>9.1f} {r['peak_mib']:>15.0f} {r['rows']:>9,} {r['size_mib']:>11.1f}")
    import lxml.etree
    import openpyxl
    import peewee

    try:
        import xlsxwriter

        xw = xlsxwriter.__version__
    except ImportError:
        xw = "not installed"
    print()
    print(f"machine: {os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}; Python "
          f"{platform.python_version()}; openpyxl {openpyxl.__version__}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}, "
          f"xlsxwriter {xw}, peewee {peewee.__version__}, SQLite {__import__('sqlite3').sqlite_version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
