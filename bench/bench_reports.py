"""How the Excel reports cope with a large portfolio (default 100,000 projects, ~800,000
expenditure lines).

    .venv/bin/python bench/bench_reports.py [--projects N] [--db PATH] [--rebuild] [--from Y --to Y]

Builds (once, or again with --rebuild) a synthetic database with bulk inserts (bench/synthetic.py,
shared with bench_portfolio_table.py), then runs each measurement in a fresh process so that its
peak memory (resource.getrusage, ru_maxrss) is its own:

- the queries alone (the compliance lists iterated without writing: the floor for memory);
- tracker's portfolio statistics and evaluation-compliance reports (openpyxl write-only + lxml);
- the compliance report with openpyxl's pure-Python XML writer (OPENPYXL_LXML=False);
- tracker writing only the two lists of the compliance report (the report's own code);
- the two lists of the compliance report (same rows, values, number formats, wrapping and row
  heights) written by a bare openpyxl write-only loop (one reused styled cell per column: openpyxl's
  own floor) and by xlsxwriter in constant_memory mode (installed for the benchmark only: pip
  install xlsxwriter), for comparison.

Each measurement runs --runs times (default 3), the median is printed, with the CPU time beside
the wall clock (on a shared machine the wall clock also counts waiting for a core) and the ratio
of tracker and bare openpyxl to xlsxwriter. For bench/run_all.py: run_child(task, db, folder, y0,
y1) runs one measurement in a fresh process and median_child(..., runs) the median of several;
both return {"task", "seconds", "cpu_seconds", "peak_mib", "rows", "size_mib"} (median_child adds
"seconds_runs"); the tasks are TASKS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def child(task: str, db: Path, out: Path, year_from: int, year_to: int) -> dict[str, object]:
    """One measurement, in this (fresh) process."""
    from tracker.store.database import open_database

    open_database(db)
    as_of = dt.date(2026, 1, 1)
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
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
    elif task == "compliance-lists":
        rows = tracker_same_cells(out, as_of)
    elif task == "xlsxwriter":
        rows = xlsxwriter_same_cells(out, as_of)
    elif task == "openpyxl":
        rows = openpyxl_same_cells(out, as_of)
    else:
        raise SystemExit(f"unknown task {task}")
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # CPU time beside the wall clock: on a shared machine the wall clock also counts the waits
    # for a core, the CPU time is the work itself.
    return {"task": task, "seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime - cpu_before,
            "peak_mib": usage.ru_maxrss / 1024, "rows": rows,  # ru_maxrss: KiB on Linux
            "size_mib": out.stat().st_size / 2**20 if out.exists() else 0.0}


def _same_lists(as_of: dt.date) -> Iterator[tuple[str, list[tuple[str, str, float, bool]], Iterator[tuple[Any, ...]]]]:
    """The two lists of the compliance report as tracker writes them (English, one rule set): for
    each, its sheet name, its columns (header, kind: "text", "date" or "number", width, wrapped)
    and its rows of values in column order. Labels and dates are looked up once per distinct
    value, as any writer would."""
    from tracker.reports.base import usd_threshold_cents
    from tracker.reports.layouts import evaluation_label, independence_label, region_label, stage_label, status_label
    from tracker.store import report_queries as q

    days: dict[str | None, dt.date | None] = {None: None}

    def day(value: str | None) -> dt.date | None:
        found = days.get(value, days)
        if found is days:
            found = days[value] = dt.date.fromisoformat(value[:10])  # type: ignore[index]
        return found  # type: ignore[return-value]

    def labels(function: Any) -> Any:
        seen: dict[Any, str] = {}
        return lambda *key: seen[key] if key in seen else seen.setdefault(key, function(*key))

    region, stage, status, independence, evaluation = map(labels, (region_label, stage_label, status_label, independence_label,
                                                                    evaluation_label))
    T, D, N = "text", "date", "number"
    project_cols = [("Code", T, 16, False), ("Title", T, 36, True), ("Region", T, 16, True), ("Stage", T, 14, True),
                    ("Partners", T, 16, True), ("Start", D, 11, False), ("End", D, 11, False), ("Budget (US$)", N, 13, False),
                    ("Required", N, 9, False), ("Completed", N, 10, False), ("Waived", N, 9, False), ("Open", N, 8, False),
                    ("Overdue", N, 9, False), ("Next due", D, 11, False), ("Independence", T, 13, True), ("Compliant", T, 11, True)]
    states = ("Not required", "Met", "Not met", "Not yet due")

    def projects() -> Iterator[tuple[Any, ...]]:
        for p in q.compliance_projects(as_of, usd_threshold_cents()):
            compliant = p.compliant
            yield (p.code, p.title, region(p.region), stage(p.stage), p.partners or "", day(p.start), day(p.end),
                   None if p.budget_cents is None else Decimal(p.budget_cents).scaleb(-2), p.required, p.completed, p.waived,
                   p.open, p.overdue, day(p.next_due), states[p.independence],
                   "Not yet due" if compliant is None else "Yes" if compliant else "No")

    evaluation_cols = [("Project", T, 16, False), ("Region", T, 19, True), ("Stage", T, 15, True), ("Evaluation", T, 18, True),
                       ("Status", T, 12, True), ("Due", D, 12, False), ("Completed on", D, 12, False), ("Days overdue", N, 9, False),
                       ("On the date", T, 12, True), ("Form", T, 14, True), ("Must be independent", T, 12, True), ("Reason", T, 60, True)]

    def evaluations() -> Iterator[tuple[Any, ...]]:
        for e in q.compliance_evaluations(as_of):
            due, completed_on = day(e.due), day(e.completed_on)
            if e.status == "completed" and (completed_on is None or completed_on <= as_of):
                state = "Done"
            elif e.status == "waived":
                state = "Waived"
            elif e.not_started or due is None or due > as_of:
                state = "Not yet due"
            else:
                state = "Overdue" if due < as_of else "Due that day"
            yield (e.project_code, region(e.region), stage(e.stage), evaluation(e.kind, e.sequence), status(e.status), due,
                   completed_on, (as_of - due).days if state == "Overdue" and due else None, state, independence(e.independence),
                   "Yes" if e.independence_required else "", e.reason)

    yield "Projects", project_cols, projects()
    yield "Evaluations", evaluation_cols, evaluations()


def _heights(cols: list[tuple[str, str, float, bool]]) -> Any:
    """A row's height as tracker sets it (the lines of its longest wrapped text), each distinct
    text measured once."""
    from tracker.reports import page_layout

    widths = [max(width, round(page_layout.column_for_words(header, bold=True) + 0.49)) for header, _, width, _ in cols]
    wrapped = [(i, widths[i]) for i, c in enumerate(cols) if c[3]]
    seen: dict[tuple[int, str], int] = {}

    def height(values: tuple[Any, ...]) -> float | None:
        lines = 1
        for i, width in wrapped:
            v = values[i]
            if v:
                n = seen.get((i, v))
                if n is None:
                    n = seen[(i, v)] = page_layout.text_lines(v, width)
                lines = max(lines, n)
        return page_layout.lines_height(lines) if lines > 1 else None

    return widths, height


def tracker_same_cells(out: Path, as_of: dt.date) -> int:
    """Only the two lists of the compliance report, written by tracker as the report writes them
    (English): the cells xlsxwriter_same_cells and openpyxl_same_cells write."""
    from tracker.domain.i18n import using_language
    from tracker.reports import compliance
    from tracker.reports.base import Steps, usd_threshold_cents
    from tracker.reports.xlsx import Book

    with using_language("en"):
        book = Book(title="Evaluation compliance", subject="", description="", keywords="", demo="")
        steps = Steps(total=0)
        compliance._projects(book, as_of, usd_threshold_cents(), steps, several_rule_sets=False)
        compliance._evaluations(book, as_of, steps)
        book.save(out)
    return sum(sheet.row - 4 for sheet in book.sheets)


def xlsxwriter_same_cells(out: Path, as_of: dt.date) -> int:
    """The two lists of the compliance report, same rows, values, number formats, wrapping and
    row heights, written by xlsxwriter in constant_memory mode (its streaming mode)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    header = book.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79", "text_wrap": True})
    formats = {(kind, wrap): book.add_format({"num_format": {"text": "@", "date": "d mmm yyyy", "number": "#,##0"}[kind],
                                              "valign": "top", "text_wrap": wrap})
               for kind in ("text", "date", "number") for wrap in (False, True)}
    rows = 0
    for name, cols, values in _same_lists(as_of):
        sheet = book.add_worksheet(name)
        widths, height = _heights(cols)
        for c, width in enumerate(widths):
            sheet.set_column(c, c, width)
        sheet.write_row(3, 0, [c[0] for c in cols], header)
        writers = [(c, {"text": sheet.write_string, "date": sheet.write_datetime, "number": sheet.write_number}[kind],
                    formats[(kind, wrap)]) for c, (_, kind, _, wrap) in enumerate(cols)]
        r = 4
        for row in values:
            tall = height(row)
            if tall:
                sheet.set_row(r, tall)
            for (c, write, fmt), value in zip(writers, row):
                if value is not None:
                    write(r, c, value, fmt)
            r += 1
        rows += r - 4
        sheet.autofilter(3, 0, r - 1, len(cols) - 1)
    book.close()
    return rows


def openpyxl_same_cells(out: Path, as_of: dt.date) -> int:
    """The same cells written by a bare openpyxl write-only loop: one styled cell per column,
    reused for every row (what openpyxl itself costs, without tracker around it)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    rows = 0
    for name, cols, values in _same_lists(as_of):
        sheet = book.create_sheet(name)
        widths, height = _heights(cols)
        for c, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = width
        for _ in range(3):
            sheet.append([])
        sheet.append([c[0] for c in cols])
        protos = []
        for _, kind, _, wrap in cols:
            cell = WriteOnlyCell(sheet)
            cell.number_format = {"text": "@", "date": "d mmm yyyy", "number": "#,##0"}[kind]
            cell.alignment = Alignment(wrap_text=wrap or None, vertical="top")
            protos.append(cell)
        r = 4
        for row in values:
            r += 1
            tall = height(row)
            if tall:
                sheet.row_dimensions[r].height = tall
            cells: list[Any] = []
            for proto, value in zip(protos, row):
                if value is None:
                    cells.append(None)
                else:
                    proto.value = value
                    cells.append(proto)
            sheet.append(cells)
        rows += r - 4
        sheet.auto_filter.ref = f"A4:{get_column_letter(len(cols))}{r}"
    book.save(out)
    return rows


TASKS = ["queries", "portfolio", "compliance", "compliance-lists", "compliance-no-lxml", "openpyxl", "xlsxwriter"]
LABELS = {
    "queries": "compliance queries only, rows iterated",
    "portfolio": "portfolio statistics (openpyxl)",
    "compliance": "evaluation compliance, whole report (tracker)",
    "compliance-lists": "tracker, only the two lists (the same cells)",
    "compliance-no-lxml": "evaluation compliance, OPENPYXL_LXML=False",
    "openpyxl": "bare openpyxl write-only loop, same list cells",
    "xlsxwriter": "xlsxwriter constant_memory, same list cells",
}


def median_child(task: str, db: Path, folder: Path, year_from: int, year_to: int, runs: int = 3) -> dict[str, object]:
    """`task` run `runs` times, each in a fresh process: the run of median time, with every run's
    time (seconds_runs) and the highest peak memory of them all."""
    results = [run_child(task, db, folder, year_from, year_to) for _ in range(runs)]
    ordered = sorted(results, key=lambda r: float(r["seconds"]))  # type: ignore[arg-type]
    median = dict(ordered[(len(ordered) - 1) // 2])
    median["seconds"] = statistics.median(float(r["seconds"]) for r in results)  # type: ignore[arg-type]
    median["cpu_seconds"] = statistics.median(float(r["cpu_seconds"]) for r in results)  # type: ignore[arg-type]
    median["seconds_runs"] = [r["seconds"] for r in results]
    median["peak_mib"] = max(float(r["peak_mib"]) for r in results)  # type: ignore[arg-type]
    return median


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
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement, the median reported (default 3)")
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

    with tempfile.TemporaryDirectory() as folder:
        results = [median_child(task, db_path, Path(folder), args.year_from, args.year_to, args.runs) for task in TASKS]
    print()
    print(f"median of {args.runs} runs, each in a fresh process")
    print(f"{'measurement':<52} {'time (s)':>9} {'CPU (s)':>8} {'peak RSS (MiB)':>15} {'rows':>9} {'file (MiB)':>11}")
    for r in results:
        print(f"{LABELS[str(r['task'])]:<52} {r['seconds']:>9.2f} {r['cpu_seconds']:>8.2f} {r['peak_mib']:>15.0f} {r['rows']:>9,} "
              f"{r['size_mib']:>11.1f}")
    by_task = {str(r["task"]): r for r in results}
    floor = by_task["xlsxwriter"]
    print()
    for task in ("compliance", "compliance-lists", "openpyxl", "compliance-no-lxml"):
        r = by_task[task]
        print(f"{LABELS[task]:<52} {float(r['seconds']) / float(floor['seconds']):>5.2f}x xlsxwriter "
              f"(CPU {float(r['cpu_seconds']) / float(floor['cpu_seconds']):.2f}x)")
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
