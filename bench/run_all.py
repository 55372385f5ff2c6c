"""Every speed target of issue 6 in one command, on a synthetic portfolio of 100,000 projects
with 800,000 expenditure lines and 150,000 evaluations.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run_all.py [--projects 100000] [--rebuild] [--record]

Builds the database once (bench/synthetic.py, bulk inserts in one transaction; reused on later
runs unless --rebuild), then runs each measurement in a fresh process so that its peak memory
(resource.getrusage ru_maxrss, which Linux carries across fork and exec) is its own:

- building it;
- the portfolio table (bench/bench_portfolio_table.py): first painted table, sorting, filter keystrokes;
- recomputing every evaluation plan (tracker.store.replan.replan_all) on a copy of the database,
  first with the synthetic plans stale (they are not what the rules give, so most change), then
  again on the now consistent copy (nothing to change: the cost of checking every plan);
- the portfolio report and the compliance report (bench/bench_reports.py), and xlsxwriter writing
  the same cells in the same run.

It prints a table of each figure, its target and whether it is met; --record writes that table,
the machine and the command into docs/performance.md (between the run_all markers). xlsxwriter is
needed for the comparison only (installed in the benchmark's venv, not a dependency of tracker)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- run_all:begin -->", "<!-- run_all:end -->"
MEMORY_LIMIT_MIB = 1024
YEARS = (2015, 2024)  # the portfolio report's period, as bench_reports.py


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ---------------------------------------------------------------- children (one measurement each)


def child_build(db: Path, projects: int, evaluations: int) -> dict[str, object]:
    import synthetic

    start = time.perf_counter()
    synthetic.build(db, projects, evaluations=evaluations)
    seconds = time.perf_counter() - start
    import sqlite3

    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file, so a plain copy is complete
    counts = connection.execute("SELECT (SELECT COUNT(*) FROM project), (SELECT COUNT(*) FROM expenditure), "
                                "(SELECT COUNT(*) FROM evaluation)").fetchone()
    connection.close()
    return {"seconds": seconds, "peak_mib": peak_mib(), "counts": counts}


def child_table(db: Path, projects: int) -> dict[str, object]:
    import bench_portfolio_table

    rows, figures = bench_portfolio_table.measure(db, projects)
    return {"rows": rows, "figures": figures, "peak_mib": peak_mib()}


def child_replan(db: Path) -> dict[str, object]:
    """replan_all() as `tracker replan` runs it. From PARALLEL_FROM projects it plans in two
    processes (this one and a helper it starts), so the peak memory is the sum of the two peaks:
    they run at the same time."""
    from tracker.store.database import open_database
    from tracker.store.replan import replan_all

    open_database(db)
    start = time.perf_counter()
    summary = replan_all()
    seconds = time.perf_counter() - start
    helper_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the helper, ended by now
    return {"seconds": seconds, "peak_mib": peak_mib() + helper_mib, "summary": str(summary),
            "changed": summary.changed_projects, "added": summary.added, "updated": summary.updated,
            "processes": 2 if helper_mib else 1}


def child_portfolio(db: Path, out: Path) -> dict[str, object]:
    """tracker's portfolio report, with the time spent in its SQL queries counted apart (the data
    xlsxwriter would need too)."""
    import functools
    import inspect
    import re

    from tracker.reports import write_portfolio_report
    from tracker.store import report_queries as q
    from tracker.store.database import open_database

    open_database(db)
    in_sql = [0.0]
    depth = [0]

    def timed(fn):  # type: ignore[no-untyped-def]
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            depth[0] += 1
            start = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
                return list(result) if inspect.isgenerator(result) else result
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    in_sql[0] += time.perf_counter() - start
        return wrapper

    # The queries the report modules call (q.name), each timed once even when one calls another.
    used = set()
    for module in (ROOT / "tracker" / "reports").glob("*.py"):
        used.update(re.findall(r"\bq\.([a-z_]+)\(", module.read_text(encoding="utf-8")))
    for name in used:
        setattr(q, name, timed(getattr(q, name)))
    start = time.perf_counter()
    write_portfolio_report(out, *YEARS)
    return {"seconds": time.perf_counter() - start, "sql_seconds": in_sql[0], "peak_mib": peak_mib()}


def child_xlsxwriter_portfolio(source: Path, out: Path) -> dict[str, object]:
    """xlsxwriter writing the cells of tracker's portfolio workbook (values and formulas, read
    back untimed with openpyxl; not the styles or charts)."""
    import openpyxl
    import xlsxwriter

    book = openpyxl.load_workbook(source)
    sheets = [(ws.title, [(c.row - 1, c.column - 1, c.value) for row in ws.iter_rows() for c in row if c.value is not None])
              for ws in book.worksheets]
    start = time.perf_counter()
    target = xlsxwriter.Workbook(str(out))
    date = target.add_format({"num_format": "d mmm yyyy"})
    cells = 0
    for title, values in sheets:
        sheet = target.add_worksheet(title)
        for r, c, value in values:
            if isinstance(value, (dt.date, dt.datetime)):
                sheet.write_datetime(r, c, value, date)
            else:
                sheet.write(r, c, value)
            cells += 1
    target.close()
    return {"seconds": time.perf_counter() - start, "cells": cells, "peak_mib": peak_mib()}


def run(task: str, *extra: str) -> dict[str, object]:
    result = subprocess.run([sys.executable, __file__, "--child", task, *extra], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{task} failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the table


def machine() -> str:
    import peewee
    from PySide6 import __version__ as pyside

    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        memory = 0
    try:
        import xlsxwriter

        xw = xlsxwriter.__version__
    except ImportError:
        xw = "not installed"
    import openpyxl

    return (f"{os.cpu_count()} cores, {memory:.0f} GiB, {platform.system()} {platform.release()} ({platform.machine()}); "
            f"Python {platform.python_version()}, PySide6 {pyside}, peewee {peewee.__version__}, "
            f"SQLite {__import__('sqlite3').sqlite_version}, openpyxl {openpyxl.__version__}, xlsxwriter {xw}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--evaluations", type=int, default=None, help="default: 1.5 per project (150,000)")
    parser.add_argument("--db", type=Path, default=None, help="default: a file in the temporary folder named after --projects")
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if it exists")
    parser.add_argument("--record", action="store_true", help="write the results into docs/performance.md")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    evaluations = args.evaluations if args.evaluations is not None else args.projects * 3 // 2
    db = args.db or Path(tempfile.gettempdir()) / f"tracker-runall-{args.projects}.sqlite3"

    if args.child:
        if args.child == "build":
            result = child_build(db, args.projects, evaluations)
        elif args.child == "table":
            result = child_table(db, args.projects)
        elif args.child == "replan":
            result = child_replan(db)
        elif args.child == "portfolio":
            result = child_portfolio(db, args.out)
        elif args.child == "xlsxwriter-portfolio":
            result = child_xlsxwriter_portfolio(db, args.out)
        else:
            raise SystemExit(f"unknown child {args.child}")
        print(json.dumps(result))
        return 0

    import bench_reports

    began = time.perf_counter()
    rows: list[tuple[str, str, str, str, float | None]] = []  # what, figure, target, met, peak MiB

    def add(what: str, figure: str, target: str, met: bool | None, peak: float | None) -> None:
        rows.append((what, figure, target, "-" if met is None else ("met" if met else "**missed**"), peak))
        print(f"  {what}: {figure}" + (f" (peak {peak:.0f} MiB)" if peak else ""), flush=True)

    size = f"{args.projects:,} projects"
    if args.rebuild or not db.exists():
        print(f"building {db} ...", flush=True)
        built = run("build", "--db", str(db), "--projects", str(args.projects), "--evaluations", str(evaluations))
        counts = built["counts"]
        add(f"build the synthetic database ({counts[0]:,} projects, {counts[1]:,} expenditure lines, "  # type: ignore[index]
            f"{counts[2]:,} evaluations; bulk inserts, one transaction)", f"{built['seconds']:.1f} s", "-", None, built["peak_mib"])  # type: ignore[index]
    else:
        add("build the synthetic database", "reused", "-", None, None)

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        print("portfolio table ...", flush=True)
        table = run("table", "--db", str(db), "--projects", str(args.projects))
        f = table["figures"]  # type: ignore[index]
        add("first painted table (window + query + load + paint)", f"{f['first_paint']:.2f} s", "< 2 s", f["first_paint"] < 2,
            f["peak_after_paint_mib"])
        add("sort, slowest first sort of 8 columns + repaint", f"{f['sort_worst'] * 1000:.0f} ms", "< 1 s", f["sort_worst"] < 1, None)
        add("filter keystroke + repaint, mean of 8", f"{f['keystroke_mean'] * 1000:.0f} ms", "< 100 ms", f["keystroke_mean"] < 0.1, None)
        add("filter keystroke + repaint, worst of 8", f"{f['keystroke_worst'] * 1000:.0f} ms", "< 100 ms", f["keystroke_worst"] < 0.1, None)
        add("filter keystroke with all rows selected", f"{f['keystroke_all_selected'] * 1000:.0f} ms", "< 100 ms",
            f["keystroke_all_selected"] < 0.1, table["peak_mib"])  # type: ignore[arg-type]

        print("re-planning every project ...", flush=True)
        work = folder / "replan.sqlite3"
        shutil.copyfile(db, work)  # the build checkpoints its WAL: the file is the whole database
        stale = run("replan", "--db", str(work))
        add(f"every evaluation plan recomputed, stale synthetic plans ({stale['changed']:,} projects changed, "
            f"{stale['added']:,} evaluations added, {stale['updated']:,} updated; {stale['processes']} processes)",
            f"{stale['seconds']:.2f} s", "< 2 s",
            float(stale["seconds"]) < 2, stale["peak_mib"])  # type: ignore[arg-type]
        consistent = run("replan", "--db", str(work))
        add(f"every evaluation plan recomputed, consistent portfolio ({consistent['changed']:,} changed; "
            f"{consistent['processes']} processes)",
            f"{consistent['seconds']:.2f} s", "< 2 s", float(consistent["seconds"]) < 2, consistent["peak_mib"])  # type: ignore[arg-type]
        work.unlink()

        print("reports ...", flush=True)
        portfolio = run("portfolio", "--db", str(db), "--out", str(folder / "portfolio.xlsx"))
        same = run("xlsxwriter-portfolio", "--db", str(folder / "portfolio.xlsx"), "--out", str(folder / "portfolio-xw.xlsx"))
        xw_total = float(portfolio["sql_seconds"]) + float(same["seconds"])
        ratio = float(portfolio["seconds"]) / xw_total
        add(f"portfolio report {YEARS[0]}-{YEARS[1]} (of which SQL {portfolio['sql_seconds']:.2f} s)", f"{portfolio['seconds']:.2f} s",
            "-", None, portfolio["peak_mib"])  # type: ignore[arg-type]
        add(f"xlsxwriter, the same {same['cells']:,} cells (the same SQL {portfolio['sql_seconds']:.2f} s + writing {same['seconds']:.2f} s)",
            f"{xw_total:.2f} s", "-", None, same["peak_mib"])  # type: ignore[arg-type]
        add("portfolio report / xlsxwriter", f"{ratio:.2f}x", "< 3x", ratio < 3, None)
        compliance = bench_reports.run_child("compliance", db, folder, *YEARS)
        xlsxwriter = bench_reports.run_child("xlsxwriter", db, folder, *YEARS)
        add(f"compliance report ({compliance['rows']:,} rows, openpyxl write-only + lxml)", f"{compliance['seconds']:.1f} s", "-", None,
            compliance["peak_mib"])  # type: ignore[arg-type]
        add("xlsxwriter constant_memory, the same cells", f"{xlsxwriter['seconds']:.1f} s", "-", None, xlsxwriter["peak_mib"])  # type: ignore[arg-type]
        ratio = float(compliance["seconds"]) / float(xlsxwriter["seconds"])
        add("compliance report / xlsxwriter", f"{ratio:.2f}x", "< 3x", ratio < 3, None)

    peaks = [r[4] for r in rows if r[4] is not None]
    add("peak memory, largest of the measurements above", f"{max(peaks):.0f} MiB", "< 1 GB", max(peaks) < MEMORY_LIMIT_MIB, None)
    total = time.perf_counter() - began

    command = "QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run_all.py" + (
        f" --projects {args.projects}" if args.projects != 100_000 else "") + (" --rebuild" if args.rebuild else "")
    lines = [
        f"**Command** (whole run {total / 60:.1f} min): `{command}`",
        "",
        f"**Machine**: {machine()}.",
        "",
        f"**Figures** ({dt.date.today():%d %B %Y}, {size}; database {db.stat().st_size / 2**20:.0f} MiB):",
        "",
        "| Measurement | Figure | Target | | Peak memory (MiB) |",
        "|---|---:|---|---|---:|",
    ]
    for what, figure, target, met, peak in rows:
        peak_text = "" if peak is None else (f"{peak:.0f}" if peak < MEMORY_LIMIT_MIB else f"**{peak:.0f}**")
        lines.append(f"| {what} | {figure} | {target} | {met} | {peak_text} |")
    text = "\n".join(lines)
    print()
    print(text)
    if args.record:
        doc = DOC.read_text(encoding="utf-8")
        if BEGIN in doc and END in doc:
            head, rest = doc.split(BEGIN, 1)
            doc = head + BEGIN + "\n" + text + "\n" + END + rest.split(END, 1)[1]
        else:
            doc = doc.rstrip("\n") + "\n\n" + BEGIN + "\n" + text + "\n" + END + "\n"
        DOC.write_text(doc, encoding="utf-8")
        print(f"\nrecorded in {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
