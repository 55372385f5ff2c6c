"""Every speed target of issue 15 in one command, on a synthetic portfolio (default 100,000
projects, 800,000 expenditure lines, 150,000 evaluations), each beside the stack's own limit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run_all.py [--db PATH] [--runs 3] [--only table,replan,...] [--record]

The database is built once (bench/synthetic.py, in a process of its own) at --db, by default a
file in the temporary folder named after --projects, and reused on later runs unless --rebuild.
The file given is never written to: the run works on a copy of it in a temporary folder, and
each re-plan run on a fresh copy of its own (its first re-plan meets the synthetic, stale plans).

Every figure is measured --runs times (default 3), each time in a fresh process, so that its peak
memory (resource.getrusage ru_maxrss, which Linux carries across fork and exec: the parent stays
small) is its own; the table gives the median and the range. Beside it, measured in the same run
in a fresh process of its own right after it, is the stack's own limit for the same work
(bench/stack_limits.py: a lazy Qt model's first paint, a bare SELECT, xlsxwriter...), and the
ratio figure / limit (the median of each run's ratio). Groups (--only):

- table: the portfolio table (bench/bench_portfolio_table.measure): first painted table, filter
  keystroke, slowest first sort, reload after saving one project;
- replan: every plan recomputed (tracker.store.replan.replan_all, through bench/bench_replan.child)
  on a fresh copy, all stale, then again on the now consistent copy, then forced (--all);
- compliance: the compliance report against xlsxwriter writing the same cells (bench/bench_reports.py);
- portfolio: the portfolio report against its own SQL plus xlsxwriter writing the same cells;
- startup: launch to the painted main window with the demo (bench/bench_startup.measure).

A child that fails has its standard error printed, its figure is marked failed and the run goes
on. --record writes the table, the machine and the command into docs/performance.md, between the
run_all markers. xlsxwriter is for the comparison only (installed in the venv, not a dependency)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- run_all:begin -->", "<!-- run_all:end -->"
MEMORY_TARGET_MIB = 600  # issue 15: peak memory of any measured process (two processes added up)
YEARS = (2015, 2024)  # the portfolio report's period, as bench_reports.py
GROUPS = ("table", "replan", "compliance", "portfolio", "startup")
CHILD_TIMEOUT = 1800  # seconds: a child that hangs (a modal dialog, a lost event loop) is marked failed

# ---------------------------------------------------------------- what the other bench modules give
# Their owners change them; each is read through one of these names, so a renamed key or task is a
# one-line fix here.
TABLE_KEYS = {  # ours -> bench_portfolio_table.measure()'s figures
    "first_paint": "first_paint",
    "whole_list": "whole_list_in",
    "keystroke": "keystroke_mean",
    "sort": "sort_worst",
    "reload": "reload_after_save_ui",
    "peak_after_paint": "peak_after_paint_mib",
    "peak": "peak_mib",
}
STARTUP_KEYS = {  # ours -> bench_startup.measure()'s dict
    "median": "startup_median",
    "runs": "startup_runs",
    "floor": "floor_median",
    "floor_runs": "floor_runs",  # optional: the ratio is then paired run by run
    "peak": "peak_mib",
}
REPLAN_KEYS = {  # ours -> bench_replan.child()'s dict
    "seconds": "seconds",
    "peak_mib": "peak_mib",  # both processes added up
    "summary": "summary",
    "processes": "processes",
    "cpu": "cpu",
    "helper_cpu": "helper_cpu",
}
REPORT_TASKS = {  # ours -> bench_reports.run_child task names
    "compliance": "compliance",
    "xlsxwriter": "xlsxwriter",
}
BARE_OPENPYXL_TASKS = ("openpyxl-bare", "openpyxl_bare", "bare-openpyxl", "openpyxl")  # the first bench_reports knows


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ---------------------------------------------------------------- children (one measurement each)


def child_build(db: Path, projects: int, evaluations: int) -> dict[str, object]:
    import synthetic

    start = time.perf_counter()
    synthetic.build(db, projects, evaluations=evaluations)
    seconds = time.perf_counter() - start
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file, so a plain copy is complete
    connection.close()
    return {"seconds": seconds, "peak_mib": peak_mib()}


def child_table(db: Path, projects: int) -> dict[str, object]:
    import bench_portfolio_table

    _, figures = bench_portfolio_table.measure(db, projects)
    result = _keyed(figures, TABLE_KEYS, "bench_portfolio_table.measure")
    result["peak"] = result["peak"] or peak_mib()
    result["all"] = figures
    return result


def _keyed(figures: dict[str, Any], keys: dict[str, str], source: str) -> dict[str, object]:
    """`figures` under our names; a key the helper no longer gives is said (on standard error,
    which the parent shows) and its figure counts as failed."""
    missing = [theirs for theirs in keys.values() if theirs not in figures]
    if missing:
        print(f"{source} gave no {', '.join(missing)} (it gives: {', '.join(sorted(figures))}); "
              "update the key names at the top of bench/run_all.py", file=sys.stderr)
    return {ours: figures.get(theirs) for ours, theirs in keys.items()}


def child_replan(db: Path, force: bool = False) -> dict[str, object]:
    """replan_all() as `tracker replan` runs it (`force`: `--all`), through bench_replan.child when
    there is one. From PARALLEL_FROM projects it plans in two processes (this one and a helper it
    starts), so the peak memory is the sum of the two peaks: they run at the same time."""
    try:
        import bench_replan

        measured = getattr(bench_replan, "child", None)
    except ImportError:
        measured = None
    if measured is not None:
        return _keyed(measured(db, None, force), REPLAN_KEYS, "bench_replan.child")
    from tracker.store.database import open_database
    from tracker.store.replan import replan_all

    open_database(db)
    start, cpu = time.perf_counter(), time.process_time()
    summary = replan_all(force=True) if force else replan_all()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    helper = resource.getrusage(resource.RUSAGE_CHILDREN)  # the helper, ended by now
    return {"seconds": seconds, "peak_mib": peak_mib() + helper.ru_maxrss / 1024, "summary": str(summary),
            "processes": 2 if helper.ru_maxrss else 1, "cpu": cpu, "helper_cpu": helper.ru_utime + helper.ru_stime}


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

    def timed(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
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
        if callable(getattr(q, name, None)):
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


def child_startup(runs: int) -> dict[str, object]:
    import bench_startup

    return _keyed(bench_startup.measure(runs=runs), STARTUP_KEYS, "bench_startup.measure")


def child_machine() -> dict[str, object]:
    """The machine and the stack's versions, for the record."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        memory = 0.0
    system = f"{platform.system()} {platform.release()}"
    try:
        pretty = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines() if "=" in line)
        system += f", {pretty['PRETTY_NAME'].strip(chr(34))}"
    except (OSError, KeyError, ValueError):
        pass
    libc = " ".join(platform.libc_ver()).strip()
    versions: dict[str, str] = {"Python": platform.python_version(), "SQLite": sqlite3.sqlite_version}
    for name, module in (("PySide6", "PySide6"), ("peewee", "peewee"), ("openpyxl", "openpyxl"), ("lxml", "lxml.etree"),
                         ("xlsxwriter", "xlsxwriter")):
        try:
            imported = __import__(module, fromlist=["_"])
            version = getattr(imported, "__version__", None) or ".".join(map(str, getattr(imported, "LXML_VERSION", ())))
            versions[name] = str(version)
        except ImportError:
            versions[name] = "not installed"
    try:
        from PySide6.QtCore import qVersion

        versions["PySide6"] += f" (Qt {qVersion()})"
    except ImportError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": memory, "os": f"{system} ({platform.machine()}{', ' + libc if libc else ''})",
            "versions": versions}


def child_main(args: argparse.Namespace) -> int:
    import stack_limits

    children: dict[str, Callable[[], dict[str, object]]] = {
        "build": lambda: child_build(args.db, args.projects, args.evaluations),
        "table": lambda: child_table(args.db, args.projects),
        "replan": lambda: child_replan(args.db),
        "replan-forced": lambda: child_replan(args.db, force=True),
        "portfolio": lambda: child_portfolio(args.db, args.out),
        "xlsxwriter-portfolio": lambda: child_xlsxwriter_portfolio(args.db, args.out),
        "startup": lambda: child_startup(args.runs),
        "machine": child_machine,
        "lazy-paint": lambda: stack_limits.first_paint(args.db, lazy=True),
        "full-paint": lambda: stack_limits.first_paint(args.db, lazy=False),
        "rows-of-one": lambda: stack_limits.rows_of_one(args.db),
        "fingerprints": lambda: stack_limits.fingerprints(args.db),
        "planning-reads": lambda: stack_limits.planning_reads(args.db),
    }
    if args.child not in children:
        raise SystemExit(f"unknown child {args.child}")
    print(json.dumps(children[args.child](), default=str))
    return 0


# ---------------------------------------------------------------- running children


def run_child(task: str, *extra: str, timeout: float = CHILD_TIMEOUT) -> dict[str, Any] | None:
    """One child in a fresh process; its JSON answer, or None (its standard error printed) when
    it fails, so that the run goes on."""
    command = [sys.executable, __file__, "--child", task, *extra]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        _failed(task, f"no answer after {timeout:.0f} s", stderr)
        return None
    try:
        if result.returncode == 0:
            answer = json.loads(result.stdout.strip().splitlines()[-1])
            if isinstance(answer, dict):
                for line in result.stderr.splitlines():
                    if "update the key names" in line:
                        print(f"    ! {line}", flush=True)
                return answer
    except (json.JSONDecodeError, IndexError):
        pass
    _failed(task, f"exit code {result.returncode}", result.stderr or result.stdout)
    return None


def _failed(task: str, why: str, stderr: str) -> None:
    tail = stderr.strip()[-6000:]
    print(f"    ! {task} failed ({why}); marked failed, the run goes on\n" + "\n".join("      " + line for line in tail.splitlines()),
          flush=True)


def report_child(task: str, db: Path, folder: Path) -> dict[str, Any] | None:
    """One bench_reports measurement (its run_child starts a fresh process)."""
    import bench_reports

    try:
        return dict(bench_reports.run_child(task, db, folder, *YEARS))
    except (SystemExit, Exception) as exc:  # noqa: BLE001 - any failure of the helper marks this figure failed
        _failed(f"bench_reports {task}", type(exc).__name__, str(exc))
        return None


def bare_openpyxl_task() -> str | None:
    """The bench_reports task writing the same cells with a bare openpyxl write-only loop, if it
    has one (the first of BARE_OPENPYXL_TASKS among its TASKS)."""
    import bench_reports

    tasks = getattr(bench_reports, "TASKS", None)
    if not isinstance(tasks, (list, tuple)):
        source = Path(bench_reports.__file__).read_text(encoding="utf-8")
        tasks = [task for task in BARE_OPENPYXL_TASKS if f'"{task}"' in source]
    return next((task for task in BARE_OPENPYXL_TASKS if task in tasks), None)


def copy_database(source: Path, target: Path) -> None:
    """A complete copy of `source` as one file, `source` only read: a plain copy when its WAL is
    empty, else SQLite's backup from a read-only connection."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    wal = Path(f"{source}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        shutil.copyfile(source, target)
        return
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    reader.backup(writer)
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    writer.close()
    reader.close()


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# ---------------------------------------------------------------- figures


@dataclass
class Series:
    """One measurement over the runs: seconds (or a ratio) per run, None where it failed."""

    values: list[float | None] = field(default_factory=list)
    peaks: list[float | None] = field(default_factory=list)

    def add(self, value: object, peak: object = None) -> None:
        self.values.append(None if value is None else float(value))  # type: ignore[arg-type]
        self.peaks.append(None if peak is None else float(peak))  # type: ignore[arg-type]

    def good(self) -> list[float]:
        return [v for v in self.values if v is not None]

    @property
    def median(self) -> float | None:
        good = self.good()
        return statistics.median(good) if good else None

    @property
    def peak(self) -> float | None:
        peaks = [p for p in self.peaks if p is not None]
        return max(peaks) if peaks else None

    @property
    def failures(self) -> int:
        return sum(v is None for v in self.values)


@dataclass
class Row:
    name: str
    unit: str  # "s", "ms" or "x" (values are seconds, or a ratio for "x")
    target: float | None = None  # issue 15's
    aim: float | None = None  # on this machine (half the target, as asked)
    target_on_ratio: bool = False  # the target is on figure / limit (the reports)
    target_text: str = ""
    figure: Series = field(default_factory=Series)
    limits: list[tuple[str, Series]] = field(default_factory=list)
    show_peak: bool = True

    def limit(self, name: str) -> Series:
        for label, series in self.limits:
            if label == name:
                return series
        series = Series()
        self.limits.append((name, series))
        return series

    def ratio(self, limit: Series) -> float | None:
        """The median of each run's figure / limit; the ratio of the medians when the runs do not
        pair up (a helper that gives only its median)."""
        if len(limit.values) == len(self.figure.values):
            pairs = [f / lim for f, lim in zip(self.figure.values, limit.values) if f is not None and lim]
            return statistics.median(pairs) if pairs else None
        f, lim = self.figure.median, limit.median
        return f / lim if f is not None and lim else None

    def judged(self) -> float | None:
        if self.target_on_ratio:
            return self.ratio(self.limits[0][1]) if self.limits else None
        return self.figure.median


def _decimals(value: float) -> int:
    """Three significant figures, at least (0.942, 5.39, 19.1, 123)."""
    return 3 if value < 1 else 2 if value < 10 else 1 if value < 100 else 0


def number(value: float, unit: str, like: float | None = None) -> str:
    """`value` (seconds, a ratio or MiB) in `unit`, without the unit, with the decimals `like`
    (another value of the same series) would have."""
    scale = 1000 if unit == "ms" else 1
    if unit == "x":
        return f"{value:.2f}"
    if unit == "MiB":
        return f"{value:.0f}"
    return f"{value * scale:.{_decimals((like if like is not None else value) * scale)}f}"


def show(value: float | None, unit: str) -> str:
    if value is None:
        return "failed"
    return f"{number(value, unit)}x" if unit == "x" else f"{number(value, unit)} {unit}"


def span(values: list[float], unit: str) -> str:
    """The range of the runs, the unit once."""
    if not values:
        return "-"
    low, high = number(min(values), unit, max(values)), number(max(values), unit)
    return (f"{low}-{high}" if low != high else low) + ("x" if unit == "x" else f" {unit}")


def bound(value: float | None, unit: str, on_ratio: bool) -> str:
    if value is None:
        return "-"
    return f"<= {value:g}x" if on_ratio else f"<= {value * 1000:g} ms" if unit == "ms" else f"<= {value:g} {unit}"


# ---------------------------------------------------------------- the groups


@dataclass
class Context:
    source: Path  # never written to
    work: Path  # a copy; the table benchmark saves into it
    folder: Path
    projects: int
    runs: int
    notes: list[str] = field(default_factory=list)


def measure_table(ctx: Context) -> list[Row]:
    paint = Row("first painted table (from the window's construction)", "s", 0.5, 0.25)
    whole = Row("whole list in, from the window's construction (read on the worker thread)", "s", show_peak=False)
    keystroke = Row("filter keystroke + repaint, mean", "ms", 0.030, 0.015, show_peak=False)
    sort = Row("slowest first sort + repaint", "ms", 0.100, 0.050, show_peak=False)
    reload = Row("reload after saving one project, UI thread", "ms", 0.050, 0.025)
    for run in range(ctx.runs):
        print(f"  run {run + 1}/{ctx.runs}: table", flush=True)
        table = run_child("table", "--db", str(ctx.work), "--projects", str(ctx.projects)) or {}
        paint.figure.add(table.get("first_paint"), table.get("peak_after_paint"))
        whole.figure.add(table.get("whole_list"))
        keystroke.figure.add(table.get("keystroke"))
        sort.figure.add(table.get("sort"))
        reload.figure.add(table.get("reload"), table.get("peak"))
        lazy = run_child("lazy-paint", "--db", str(ctx.work)) or {}
        paint.limit("lazy QAbstractTableModel over SELECT ... ORDER BY code LIMIT 100, painted").add(lazy.get("seconds"))
        full = run_child("full-paint", "--db", str(ctx.work)) or {}
        every_row = f"plain model of all {ctx.projects:,} rows of a bare SELECT of the same columns, painted"
        paint.limit(every_row).add(full.get("seconds"))
        whole.limit(every_row).add(full.get("seconds"))
        one = run_child("rows-of-one", "--db", str(ctx.work)) or {}
        reload.limit("portfolio_rows_of one project, bare (median of 5, warm)").add(one.get("seconds"))
        print("    " + "; ".join(f"{r.name.split(' (')[0]} {show(r.figure.values[-1], r.unit)}" for r in (paint, keystroke, sort, reload)),
              flush=True)
    return [paint, whole, keystroke, sort, reload]


def measure_replan(ctx: Context) -> list[Row]:
    stale = Row("every plan recomputed, all stale (fresh copy of the synthetic database)", "s", 4.0, 2.0)
    consistent = Row("every plan recomputed, consistent portfolio (the same copy again)", "s", 0.5, 0.25)
    forced = Row("every plan recomputed, forced (`tracker replan --all`: nothing to write)", "s")
    reads = "bare read of the planning columns and the evaluations (fetchall)"
    details: list[str] = []
    cpu: dict[str, list[float]] = {"stale": [], "consistent": [], "forced": []}
    for run in range(ctx.runs):
        print(f"  run {run + 1}/{ctx.runs}: re-plan", flush=True)
        copy = ctx.folder / f"replan-{run}.sqlite3"
        copy_database(ctx.source, copy)
        try:
            floor = run_child("planning-reads", "--db", str(copy)) or {}
            for row in (stale, forced):
                row.limit(reads).add(floor.get("seconds"))
            answers = {}
            for label, row, task in (("stale", stale, "replan"), ("consistent", consistent, "replan"), ("forced", forced, "replan-forced")):
                # Each on the copy as the one before left it: once stale, the plans are consistent.
                answer = run_child(task, "--db", str(copy)) if label == "stale" or answers.get("stale") else None
                answers[label] = answer
                row.figure.add(answer and answer.get("seconds"), answer and answer.get("peak_mib"))
                if answer and answer.get("cpu") is not None:
                    cpu[label].append(float(answer["cpu"]) + float(answer.get("helper_cpu") or 0))
                if answer:
                    details.append(f"{label}: {answer.get('summary')} ({answer.get('processes')} process(es))")
            floor = run_child("fingerprints", "--db", str(copy)) or {}
            consistent.limit("bare SELECT id, plan_fingerprint FROM project (fetchall)").add(floor.get("seconds"))
            print("    " + ", ".join(f"{label} {show(row.figure.values[-1], 's')}"
                                      for label, row in (("stale", stale), ("consistent", consistent), ("forced", forced))), flush=True)
        finally:
            remove_database(copy)
    if details:
        ctx.notes.append("Re-plan summaries of the last run: " + "; ".join(details[-3:]) + ".")
    if cpu["stale"]:
        ctx.notes.append("Re-plan in CPU time (median, both processes added up): "
                         + ", ".join(f"{label} {statistics.median(times):.2f} s" for label, times in cpu.items() if times) + ".")
    return [stale, consistent, forced]


def measure_compliance(ctx: Context) -> list[Row]:
    report = Row("compliance report (tracker, openpyxl)", "s", 1.3, 1.0, target_on_ratio=True, target_text="xlsxwriter")
    bare = bare_openpyxl_task()
    rows_written = None
    cpu: dict[str, list[float]] = {"tracker": [], "xlsxwriter": [], "bare openpyxl": []}
    for run in range(ctx.runs):
        print(f"  run {run + 1}/{ctx.runs}: compliance report", flush=True)
        tracker = report_child(REPORT_TASKS["compliance"], ctx.work, ctx.folder)
        report.figure.add(tracker and tracker.get("seconds"), tracker and tracker.get("peak_mib"))
        rows_written = (tracker or {}).get("rows", rows_written)
        writer = report_child(REPORT_TASKS["xlsxwriter"], ctx.work, ctx.folder)
        report.limit("xlsxwriter constant_memory, the same cells").add(writer and writer.get("seconds"), writer and writer.get("peak_mib"))
        plain = report_child(bare, ctx.work, ctx.folder) if bare else None
        if bare:
            report.limit("bare openpyxl write-only loop, the same cells").add(plain and plain.get("seconds"), plain and plain.get("peak_mib"))
        for name, answer in (("tracker", tracker), ("xlsxwriter", writer), ("bare openpyxl", plain)):
            if answer and answer.get("cpu_seconds") is not None:
                cpu[name].append(float(answer["cpu_seconds"]))
        print("    " + ", ".join(f"{name.split(',')[0]} {show(series.values[-1], 's')}"
                                  for name, series in [("tracker", report.figure), *report.limits]), flush=True)
    if rows_written:
        report.name = f"compliance report, {int(rows_written):,} rows (tracker, openpyxl)"
    if not bare:
        ctx.notes.append("bench_reports.py offers no bare openpyxl write-only task: that limit is not measured.")
    if cpu["tracker"] and cpu["xlsxwriter"]:
        # CPU time is the work itself; on a shared machine the wall clock also counts waits for a core.
        medians = {name: statistics.median(times) for name, times in cpu.items() if times}
        ctx.notes.append("Compliance report in CPU time (median): " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in medians.items())
                         + f"; tracker / xlsxwriter {medians['tracker'] / medians['xlsxwriter']:.2f}x"
                         + (f", bare openpyxl / xlsxwriter {medians['bare openpyxl'] / medians['xlsxwriter']:.2f}x"
                            if "bare openpyxl" in medians else "") + ".")
    return [report]


def measure_portfolio(ctx: Context) -> list[Row]:
    report = Row(f"portfolio report {YEARS[0]}-{YEARS[1]} (tracker, openpyxl)", "s")
    limit = report.limit("its own SQL + xlsxwriter writing the same cells")
    cells = None
    for run in range(ctx.runs):
        print(f"  run {run + 1}/{ctx.runs}: portfolio report", flush=True)
        out = ctx.folder / f"portfolio-{run}.xlsx"
        tracker = run_child("portfolio", "--db", str(ctx.work), "--out", str(out))
        report.figure.add(tracker and tracker.get("seconds"), tracker and tracker.get("peak_mib"))
        same = run_child("xlsxwriter-portfolio", "--db", str(out), "--out", str(ctx.folder / "portfolio-xw.xlsx")) if tracker else None
        limit.add(float(tracker["sql_seconds"]) + float(same["seconds"]) if tracker and same else None)
        cells = (same or {}).get("cells", cells)
        print(f"    tracker {show(report.figure.values[-1], 's')}, SQL + xlsxwriter {show(limit.values[-1], 's')}", flush=True)
    if cells:
        report.limits[0] = (f"its own SQL + xlsxwriter writing the same {int(cells):,} cells", limit)
    return [report]


def measure_startup(ctx: Context) -> list[Row]:
    startup = Row("start-up: launch to the painted main window with the demo", "s", 0.6, 0.3)
    print(f"  start-up, {ctx.runs} runs (bench_startup.measure)", flush=True)
    answer = run_child("startup", "--runs", str(ctx.runs)) or {}
    runs = answer.get("runs") or ([answer["median"]] if answer.get("median") is not None else [None])
    for value in runs:
        startup.figure.add(value, answer.get("peak"))
    floor = startup.limit("an empty PySide6 QMainWindow with a QTableView, painted (fresh process)")
    for value in answer.get("floor_runs") or [answer.get("floor")]:
        floor.add(value)
    print(f"    start-up {span(startup.figure.good(), 's')}, floor {span(floor.good(), 's')}", flush=True)
    return [startup]


MEASURES: dict[str, Callable[[Context], list[Row]]] = {
    "table": measure_table,
    "replan": measure_replan,
    "compliance": measure_compliance,
    "portfolio": measure_portfolio,
    "startup": measure_startup,
}


# ---------------------------------------------------------------- the table


def status(row: Row) -> str:
    value = row.judged()
    if row.target is None:
        return "-"
    if value is None:
        return "**failed**"
    if value > row.target:
        return "**missed**"
    return "met" if row.aim is None or value <= row.aim else "met (aim missed)"


def table_lines(rows: list[Row], runs: int) -> list[str]:
    lines = [
        f"| Figure | Median | Range ({runs} run{'s' if runs > 1 else ''}) | Target (issue 15) | Aim here | | Stack's limit, same runs (median) | Figure / limit | "
        f"Peak MiB (<= {MEMORY_TARGET_MIB}) |",
        "|---|---:|---:|---:|---:|---|---|---:|---:|",
    ]
    for row in rows:
        spread = span(row.figure.good(), row.unit)
        if row.figure.failures:
            spread += f" ({row.figure.failures} failed)"
        target = bound(row.target, row.unit, row.target_on_ratio) + (f" {row.target_text}" if row.target_text and row.target else "")
        aim = bound(row.aim, row.unit, row.target_on_ratio)
        peak = row.figure.peak if row.show_peak else None
        peak_text = "" if peak is None else (f"{peak:.0f}" if peak <= MEMORY_TARGET_MIB else f"**{peak:.0f}**")
        limits = row.limits or [("-", Series())]
        for number, (name, series) in enumerate(limits):
            median = series.median
            limit = "-" if name == "-" else f"{name}: {show(median, 'ms' if median is not None and median < 0.1 else 's')}"
            if series.failures and name != "-":
                limit += f" ({series.failures} failed)"
            ratio = row.ratio(series) if name != "-" else None
            ratio_text = "-" if ratio is None else f"{ratio:.2f}x"
            if number == 0:
                lines.append(f"| {row.name} | {show(row.figure.median, row.unit)} | {spread} | {target} | {aim} | {status(row)} | "
                             f"{limit} | {ratio_text} | {peak_text} |")
            else:
                lines.append(f"| | | | | | | {limit} | {ratio_text} | |")
    peaks = [row.figure.peak for row in rows if row.figure.peak is not None]
    if peaks:
        largest = max(peaks)
        memory = Row("peak memory, largest process of the figures above (two re-plan processes added up)", "MiB", MEMORY_TARGET_MIB,
                     MEMORY_TARGET_MIB / 2)
        memory.figure.add(largest)
        mark = "**missed**" if largest > MEMORY_TARGET_MIB else ("met" if largest <= MEMORY_TARGET_MIB / 2 else "met (aim missed)")
        lines.append(f"| {memory.name} | {largest:.0f} MiB | | <= {MEMORY_TARGET_MIB} MiB | <= {MEMORY_TARGET_MIB // 2} MiB | {mark} "
                     "| - | - | |")
    return lines


def machine_text(info: dict[str, Any] | None) -> str:
    if not info:
        return "unknown (the machine child failed)"
    versions = ", ".join(f"{name} {version}" for name, version in info["versions"].items())
    return f"{info['cpu']}, {info['cores']} cores, {info['memory_gib']:.0f} GiB; {info['os']}; {versions}"


def database_text(db: Path) -> tuple[str, int]:
    """What the database holds, and its number of projects (whatever --projects says)."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        counts = connection.execute("SELECT (SELECT COUNT(*) FROM project), (SELECT COUNT(*) FROM expenditure), "
                                    "(SELECT COUNT(*) FROM evaluation), (SELECT COUNT(*) FROM funding)").fetchone()
    finally:
        connection.close()
    return (f"{counts[0]:,} projects, {counts[1]:,} expenditure lines, {counts[2]:,} evaluations, {counts[3]:,} funding lines; "
            f"{db.stat().st_size / 2**20:.0f} MiB"), int(counts[0])


def record(text: str, doc_path: Path = DOC) -> bool:
    """Replace what is between the run_all markers of docs/performance.md, and nothing else: without
    the markers nothing is written."""
    doc = doc_path.read_text(encoding="utf-8")
    if doc.count(BEGIN) != 1 or doc.count(END) != 1 or doc.index(BEGIN) > doc.index(END):
        print(f"\nnot recorded: {doc_path} needs one {BEGIN} line followed by one {END} line")
        return False
    head, rest = doc.split(BEGIN, 1)
    doc_path.write_text(head + BEGIN + "\n" + text + "\n" + END + rest.split(END, 1)[1], encoding="utf-8")
    print(f"\nrecorded in {doc_path}")
    return True


# ---------------------------------------------------------------- main


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--projects", type=int, default=100_000, help="size of the database to build (default 100,000)")
    parser.add_argument("--evaluations", type=int, default=None, help="evaluations to build, default 1.5 per project (150,000)")
    parser.add_argument("--db", type=Path, default=None,
                        help="the database to measure (only read: the run works on copies); built there if missing. "
                             "Default: a file in the temporary folder named after --projects")
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if it exists")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per figure (default 3)")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"groups to run, comma-separated, of {','.join(GROUPS)} (default all)")
    parser.add_argument("--record", action="store_true", help="write the results into docs/performance.md (between the run_all markers)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.evaluations is None:
        args.evaluations = args.projects * 3 // 2
    if args.db is None:
        args.db = Path(tempfile.gettempdir()) / f"tracker-runall-{args.projects}.sqlite3"
    args.groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = sorted(set(args.groups) - set(GROUPS))
    if unknown or not args.groups:
        parser.error(f"--only: unknown group(s) {', '.join(unknown) or '(none given)'}; choose among {', '.join(GROUPS)}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.child:
        return child_main(args)
    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    built = ""
    if args.rebuild or not args.db.exists():
        print(f"building {args.db} ({args.projects:,} projects, {args.evaluations:,} evaluations) ...", flush=True)
        answer = run_child("build", "--db", str(args.db), "--projects", str(args.projects), "--evaluations", str(args.evaluations))
        if not answer:
            print("the database could not be built: nothing to measure")
            return 1
        built = f"built in this run in {answer['seconds']:.1f} s (peak {answer['peak_mib']:.0f} MiB)"
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="tracker-runall-") as folder_name:
        folder = Path(folder_name)
        work = folder / "work.sqlite3"
        copy_database(args.db, work)
        ctx = Context(source=args.db, work=work, folder=folder, projects=args.projects, runs=args.runs)
        description, ctx.projects = database_text(work)
        print(f"database {args.db}: {description}", flush=True)
        for group in GROUPS:
            if group in args.groups:
                print(f"{group} ...", flush=True)
                rows.extend(MEASURES[group](ctx))
        remove_database(work)
    total = time.perf_counter() - began
    machine = run_child("machine")
    text = "\n".join(report_lines(args, rows, ctx.notes, description, built, machine, total, (load_before, os.getloadavg()[0])))
    print()
    print(text)
    if args.record:
        record(text)
    return 0


METHOD = [
    "- **Table** figures come from `bench/bench_portfolio_table.py` (`measure`), on a copy of the database, one fresh process "
    "per run: from the main window's construction to its first painted screen of rows, and to the whole list in; the mean "
    "of its filter keystrokes and the slowest first sort, each with its repaint; the UI thread's time to bring the table up "
    "to date after one project is saved. Peak memory: on the first paint's row as that benchmark takes it "
    "(`peak_after_paint_mib`), on the reload's row the whole session's. Limits: a minimal `QAbstractTableModel` over a bare "
    "`SELECT` of the list's columns `ORDER BY code LIMIT 100` in a `QTableView`, shown and painted (a lazy model's first "
    "screen); a plain model of every row of the same `SELECT`, painted; `portfolio_rows_of` for one project alone.",
    "- **Re-plan**: `replan_all()` (`bench/bench_replan.py`'s `child`) on a fresh copy of the synthetic database per run "
    "(its plans are stale: drawn at random, no fingerprints), then again on that copy, now consistent, then forced "
    "(every plan computed, nothing to write). Peak memory adds up both processes when a helper plans half. "
    "Limits: the bare read of what re-planning reads (projects' planning columns and every evaluation), and "
    "`SELECT id, plan_fingerprint FROM project`, fetched whole through `sqlite3`.",
    "- **Compliance report**: `bench/bench_reports.py`, tracker's report against xlsxwriter (`constant_memory`) writing the "
    "same cells, and a bare openpyxl write-only loop writing them, each in a fresh process; the target is on the ratio to "
    "xlsxwriter.",
    "- **Portfolio report**: tracker's report, against the time its own SQL queries took plus xlsxwriter writing the "
    "same cells (values and formulas; no styles or charts).",
    "- **Start-up**: `bench/bench_startup.py` (`measure`), launch to the painted main window with the demo, against an "
    "empty PySide6 window with a table painted, each in fresh processes.",
]


def report_lines(args: argparse.Namespace, rows: list[Row], notes: list[str], description: str, built: str,
                 machine: dict[str, Any] | None, total: float, load: tuple[float, float]) -> list[str]:
    command = "QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run_all.py" + (" " + shlex.join(sys.argv[1:]) if sys.argv[1:] else "")
    today = dt.date.today()
    subset = "" if set(args.groups) == set(GROUPS) else f" Only: {', '.join(args.groups)}."
    lines = [
        f"**Command** (whole run {total / 60:.1f} min): `{command}`",
        "",
        f"**Machine**: {machine_text(machine)}. Load average (1 min) {load[0]:.1f} at the start, {load[1]:.1f} at the end.",
        "",
        f"**Database**: {description}{'; ' + built if built else ''}.",
        "",
        f"**Figures** ({today.day} {today:%B %Y}; each figure and each limit {args.runs} time{'s' if args.runs > 1 else ''}, each time in a fresh process; "
        f"the median, and the ratio as the median of each run's figure / limit; aim here: half of issue 15's target, "
        f"as the issue's figures are from a slower machine).{subset}",
        "",
        *table_lines(rows, args.runs),
    ]
    lines += ["", "How each figure is measured:", "", *METHOD]
    if notes:
        lines += ["", *notes]
    return lines


if __name__ == "__main__":
    sys.exit(main())
