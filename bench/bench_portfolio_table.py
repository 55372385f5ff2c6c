"""How the portfolio table copes with a large portfolio (default 100,000 projects).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_portfolio_table.py [--projects N] [--db PATH] [--rebuild] [--runs 3]

Builds (once, or again with --rebuild) a synthetic database with bulk inserts, then measures each
figure --runs times (default 3), each time in a fresh process, and prints the median and the range:
the first painted screen of rows from the main window's construction (a large list's first
screen is read with one bounded query; the whole list follows from the worker thread), the whole
list in and the UI thread's time to put it in place, the sort orders computed in the background,
peak memory after the whole list is in, sorting by several columns (first and reverse sort),
filter keystrokes, and the table brought up to date after one project is saved (this saves a
project's title back and forth, and adds and deletes a project). Beside the first paint, in a
fresh process of the same run: the stack's own limit, a minimal lazy QAbstractTableModel over
`SELECT ... ORDER BY code LIMIT 100` painted in a QTableView (bench/stack_limits.py).

Each interaction is timed with the one repaint it causes: the event loop is run once (on the
offscreen platform it paints the window) and the table's viewport is checked to have painted."""

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
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import synthetic  # noqa: E402

SORT_COLUMNS = ["code", "title", "partners", "stage", "budget", "delivery", "next_due", "evaluation"]
KEYSTROKES = ["y", "yo", "you", "yout", "youth", "youth ", "youth e", "youth em"]
SELECTED_REPEAT = 5  # runs of each keystroke with rows selected
# Figures printed by main(): key in measure()'s figures, label, unit (s, ms or MiB).
SUMMARY = [
    ("first_paint", "first painted screen of rows, from the window's construction", "s"),
    ("first_paint_cpu", "  UI thread's CPU time", "s"),
    ("lazy_model_floor", "  the stack's own: minimal lazy model over SELECT ... LIMIT 100, painted", "s"),
    ("first_screen_query", "  of which the first screen's bounded query", "ms"),
    ("whole_list_in", "whole list in, from the window's construction (worker thread)", "s"),
    ("whole_list_ui", "  UI thread's time to put the whole list in place", "ms"),
    ("whole_list_ui_cpu", "    its CPU time", "ms"),
    ("sort_orders_ready", "every column's sort orders computed (worker), from the whole list in", "s"),
    ("peak_after_paint_mib", "peak memory after the whole list is in (ru_maxrss)", "MiB"),
    ("portfolio_rows", "portfolio_rows() alone (worker's read)", "s"),
    ("prepare_rows", "prepare_rows() alone (worker's display/search texts, sort order)", "s"),
    ("sort_worst", "slowest first sort + repaint (orders computed in the background)", "ms"),
    ("sort_worst_cpu", "  UI thread's CPU time, slowest", "ms"),
    ("sort_cold_worst", "slowest first sort + repaint right after a save (orders not computed yet)", "ms"),
    ("sort_cold_worst_cpu", "  UI thread's CPU time, slowest", "ms"),
    ("keystroke_mean", "filter keystroke + repaint, mean of 8", "ms"),
    ("keystroke_mean_cpu", "  UI thread's CPU time, mean", "ms"),
    ("keystroke_worst", "filter keystroke + repaint, worst of 8", "ms"),
    ("keystroke_all_selected", "keystroke with all 100,000 rows selected", "ms"),
    ("reload_after_save_ui", "reload after saving one project: UI thread (ask + answer shown + repaint)", "ms"),
    ("reload_after_save_ui_cpu", "  its CPU time", "ms"),
    ("reload_after_save_rows", "  of which the row changed in place (PortfolioView.update_rows)", "ms"),
    ("reload_after_save_total", "  saved to row shown, end to end", "ms"),
    ("new_project_ui", "a new project saved: UI thread (row inserted and selected + repaint)", "ms"),
    ("deleted_project_ui", "a project deleted: UI thread (row removed + repaint)", "ms"),
    ("peak_mib", "peak memory at the end (ru_maxrss)", "MiB"),
]


_cpu: list[float] = []  # the UI thread's CPU time of each timed() run, in order


def timed(fn: Callable[[], object], repeat: int = 1) -> tuple[float, list[float]]:
    """Best-of and all times (seconds) of `repeat` runs; the CPU time this thread spent in each
    is appended to _cpu (on a shared, loaded machine the wall time also holds other processes'
    turns on the cores; the thread's CPU time does not)."""
    times = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.thread_time()
        fn()
        times.append(time.perf_counter() - start)
        _cpu.append(time.thread_time() - cpu)
    return min(times), times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="default: a file in the temporary folder named after --projects")
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if it exists")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per figure (the median is printed)")
    parser.add_argument("--child", choices=["table", "floor"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    db_path = args.db or Path(tempfile.gettempdir()) / f"tracker-bench-{args.projects}.sqlite3"
    if args.child == "table":
        rows, figures = measure(db_path, args.projects)
        print(json.dumps({"rows": rows, "figures": figures}))
        return 0
    if args.child == "floor":
        import stack_limits

        print(json.dumps(stack_limits.first_paint(db_path, lazy=True)))
        return 0

    if args.rebuild or not db_path.exists():
        # In a process of its own, so that the memory figures below are the app's alone.
        command = [sys.executable, str(Path(synthetic.__file__)), str(db_path), str(args.projects)]
        build, _ = timed(lambda: subprocess.run(command, check=True))
        print(f"built the synthetic database (bulk inserts) in {build:.1f} s")

    runs: list[dict[str, float]] = []
    for run in range(args.runs):
        figures = _child(db_path, args.projects, "table")["figures"]
        figures["lazy_model_floor"] = _child(db_path, args.projects, "floor")["seconds"]
        runs.append(figures)
        print(f"run {run + 1}/{args.runs}: first paint {figures['first_paint']:.3f} s, keystroke {figures['keystroke_mean'] * 1000:.1f} ms, "
              f"slowest sort {figures['sort_worst'] * 1000:.0f} ms, reload {figures['reload_after_save_ui'] * 1000:.1f} ms", flush=True)
    from PySide6 import __version__ as pyside_version

    print(f"tracker portfolio table, {args.projects:,} projects ({db_path}, {db_path.stat().st_size / 2**20:.0f} MiB); "
          f"median of {args.runs} fresh processes (range)")
    print(f"Python {platform.python_version()}, PySide6 {pyside_version}, {os.cpu_count()} cores, {platform.platform()}, "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    width = max(len(label) for _, label, _ in SUMMARY)
    for key, label, unit in SUMMARY:
        values = [r[key] for r in runs if r.get(key) is not None]
        if not values:
            continue
        scale = {"s": 1, "ms": 1000, "MiB": 1}[unit]
        digits = {"s": 3, "ms": 1, "MiB": 0}[unit]
        median, low, high = statistics.median(values) * scale, min(values) * scale, max(values) * scale
        print(f"{label:<{width}}  {median:>9.{digits}f} {unit:<3}  ({low:.{digits}f}-{high:.{digits}f})")
    floor = statistics.median(r["lazy_model_floor"] for r in runs)
    print(f"first paint / the stack's own: {statistics.median(r['first_paint'] for r in runs) / floor:.1f}x")
    print("\nLast run in detail:")
    for what, figure, note in _child_rows:
        print(f"  {what:<{width}}  {figure:>10}  {note}")
    return 0


_child_rows: list[list[str]] = []


def _child(db_path: Path, projects: int, kind: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind, "--db", str(db_path), "--projects", str(projects)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if kind == "table":
        _child_rows[:] = answer["rows"]
    return answer


class _Paints:
    """Counts the Paint events of a widget (the table's viewport)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter(widget)
        widget.installEventFilter(self._filter)


def measure(db_path: Path, projects: int) -> tuple[list[tuple[str, str, str]], dict[str, float]]:
    """Every measurement of the table, in this process: rows of (what, figure, note) to print,
    and the main figures in seconds and MiB for bench/run_all.py."""
    results: list[tuple[str, str, str]] = []
    figures: dict[str, float] = {}
    from PySide6.QtCore import QEventLoop, QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from tracker.gui.app import create_app
    from tracker.gui.main_window import MainWindow
    from tracker.gui.portfolio_columns import COLUMN_INDEX
    from tracker.gui.portfolio_load import prepare_rows
    from tracker.gui.settings import Settings
    from tracker.store.database import open_database
    from tracker.store.queries import portfolio_first_rows, portfolio_rows

    create_app()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    open_database(db_path)

    with tempfile.TemporaryDirectory() as folder:
        # 1. The first painted screen, from the window's construction: window, first screen's
        # bounded query, show, paint. The whole list is read on the worker meanwhile.
        start, start_cpu = time.perf_counter(), time.thread_time()
        window = MainWindow(settings=Settings(Path(folder) / "bench.ini"))
        window.resize(1366, 768)
        view, model, reader = window.portfolio, window.model, window.reader
        paints = _Paints(view.table.viewport())
        window.show()
        QApplication.processEvents()
        if not paints.count:
            view.table.viewport().grab()
        painted = time.perf_counter()
        figures["first_paint_cpu"] = time.thread_time() - start_cpu
        loading = model.is_loading()
        assert model.rowCount() > 0 and (loading or projects < 2_000), (model.rowCount(), loading)
        results.append(("first painted screen (window + bounded query + paint)", f"{painted - start:.3f} s",
                        f"{model.rowCount()} rows, {'loading' if loading else 'whole list'}: {window.counts.text()}"))
        figures["first_paint"] = painted - start

        # 2. The whole list from the worker thread, put in place by the UI thread.
        in_place: list[float] = []
        show_all = reader._show_all

        in_place_cpu: list[float] = []

        def timed_show_all(*args: Any, **kwargs: Any) -> None:
            began, cpu = time.perf_counter(), time.thread_time()
            show_all(*args, **kwargs)
            in_place.append(time.perf_counter() - began)
            in_place_cpu.append(time.thread_time() - cpu)

        reader._show_all = timed_show_all  # type: ignore[method-assign]
        if loading:
            loop = QEventLoop()
            window.reloaded.connect(loop.quit)
            loop.exec()
            window.reloaded.disconnect(loop.quit)
        whole = time.perf_counter()
        del reader._show_all
        assert model.rowCount() == projects and not model.is_loading(), model.rowCount()
        figures["whole_list_in"] = whole - start
        figures["whole_list_ui"] = in_place[-1] if in_place else 0.0
        figures["whole_list_ui_cpu"] = in_place_cpu[-1] if in_place_cpu else 0.0
        results.append(("whole list in (worker thread), from the construction", f"{whole - start:.2f} s", ""))
        results.append(("  UI thread's time to put it in place", f"{figures['whole_list_ui'] * 1000:.1f} ms", "reset, sort, filter, selection"))
        if model.missing_sort_orders():
            loop = QEventLoop()
            reader.sort_orders_ready.connect(loop.quit)
            loop.exec()
        figures["sort_orders_ready"] = time.perf_counter() - whole
        results.append(("every column's sort orders computed (worker)", f"{figures['sort_orders_ready']:.2f} s", "after the whole list is in"))
        peak_app = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
        results.append(("peak memory after the whole list is in (ru_maxrss)", f"{peak_app:.0f} MiB", "the app with 100,000 rows"))
        figures["peak_after_paint_mib"] = peak_app

        # 3. The parts, measured alone (their results are dropped at once: memory was measured).
        query, _ = timed(lambda: portfolio_first_rows("code", limit=100, include_archived=False), repeat=3)
        figures["first_screen_query"] = query
        results.append(("first screen's bounded query (portfolio_first_rows)", f"{query * 1000:.1f} ms", "best of 3"))
        holder: list[Any] = []
        read, _ = timed(lambda: holder.append(portfolio_rows(include_archived=False)))
        figures["portfolio_rows"] = read
        results.append(("portfolio_rows() (one SQL statement)", f"{read:.2f} s", "once"))
        prepare, _ = timed(lambda: prepare_rows(holder[0], QLocale("en_US"), 0, Qt.SortOrder.AscendingOrder))
        figures["prepare_rows"] = prepare
        results.append(("prepare_rows() (display and search texts, ids, sort order)", f"{prepare:.2f} s", "once"))
        holder.clear()

        def repaint() -> None:
            before = paints.count
            QApplication.processEvents()
            if paints.count == before:
                view.table.viewport().grab()

        # 4. Sorting through the view, as a header click does, then the repaint.
        view.select_project(model.row_at(500).id)

        def sorts(label: str) -> tuple[float, float]:
            worst = worst_cpu = 0.0
            for key in SORT_COLUMNS:
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    def sort_and_paint(key: str = key, order: Qt.SortOrder = order) -> None:
                        view.table.sortByColumn(COLUMN_INDEX[key], order)
                        repaint()
                    seconds, _ = timed(sort_and_paint)
                    first = "first sort" if order == Qt.SortOrder.AscendingOrder else "reverse"
                    results.append((f"sort by {key} + repaint{label}", f"{seconds * 1000:.0f} ms", f"{first}, {_cpu[-1] * 1000:.0f} ms CPU"))
                    if order == Qt.SortOrder.AscendingOrder:
                        worst, worst_cpu = max(worst, seconds), max(worst_cpu, _cpu[-1])
            assert view.current_row() is not None, "the selection was lost while sorting"
            return worst, worst_cpu

        figures["sort_worst"], figures["sort_worst_cpu"] = sorts("")
        model._orders.clear()  # as right after a save: every order computed again by the first sort
        figures["sort_cold_worst"], figures["sort_cold_worst_cpu"] = sorts(" (orders not computed)")

        # 5. Typing in the search box: each keystroke filters 100,000 rows and repaints.
        view.table.sortByColumn(COLUMN_INDEX["code"], Qt.SortOrder.AscendingOrder)
        search = view.filters.search
        keystrokes = []
        cpu_before = len(_cpu)
        for text in KEYSTROKES:
            def type_and_paint(text: str = text) -> None:
                search.setText(text)
                repaint()
            seconds, _ = timed(type_and_paint)
            keystrokes.append(seconds)
        results.append(("filter keystroke + repaint (mean)", f"{statistics.mean(keystrokes) * 1000:.1f} ms", f"{len(KEYSTROKES)} keystrokes"))
        results.append(("filter keystroke + repaint (worst)", f"{max(keystrokes) * 1000:.1f} ms", f"shows {model.rowCount():,} rows at the end"))
        figures["keystroke_mean"], figures["keystroke_worst"] = statistics.mean(keystrokes), max(keystrokes)
        figures["keystroke_mean_cpu"] = statistics.mean(_cpu[cpu_before:])
        clear, _ = timed(lambda: (search.clear(), repaint()))
        results.append(("clear the search (all rows back)", f"{clear * 1000:.0f} ms", ""))
        select_all, _ = timed(lambda: (view.table.selectAll(), repaint()))
        results.append(("select all (Ctrl+A) + repaint", f"{select_all * 1000:.0f} ms", ""))
        sort_selected, _ = timed(lambda: (view.table.sortByColumn(COLUMN_INDEX["budget"], Qt.SortOrder.AscendingOrder), repaint()))
        results.append(("sort with all 100,000 rows selected + repaint", f"{sort_selected * 1000:.0f} ms", "the selection follows its rows"))

        # A keystroke with rows selected: the selection is kept across the filter. Each case is
        # set up afresh and timed SELECTED_REPEAT times (the best is reported).
        def keystroke_with_selection(setup: Callable[[], None], text: str) -> tuple[float, list[float]]:
            times = []
            for _ in range(SELECTED_REPEAT):
                search.clear()
                setup()
                repaint()
                seconds, _ = timed(lambda: (search.setText(text), repaint()))
                times.append(seconds)
            return min(times), times

        with_all, all_times = keystroke_with_selection(view.table.selectAll, "y")
        results.append(("keystroke with all 100,000 rows selected", f"{with_all * 1000:.0f} ms",
                        f"best of {SELECTED_REPEAT}; {len(view.selected_ids()):,} stay selected"))
        figures["keystroke_all_selected"] = with_all

        def select_all_of_y() -> None:
            search.setText("y")
            view.table.selectAll()
        narrowing, _ = keystroke_with_selection(select_all_of_y, "yo")
        results.append(("keystroke \"y\" -> \"yo\" with all rows of \"y\" selected", f"{narrowing * 1000:.0f} ms",
                        f"best of {SELECTED_REPEAT}; {len(view.selected_ids()):,} stay selected"))

        # 6. Saving one project, as the editor does: that project alone is read on the worker
        # thread and its row changes in place.
        search.clear()
        view.table.sortByColumn(COLUMN_INDEX["budget"], Qt.SortOrder.AscendingOrder)
        results.extend(measure_reload_after_save(window, figures, repaint))
        window.close()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    results.append(("peak memory at the end (ru_maxrss)", f"{peak:.0f} MiB", "after the parts measured alone"))
    figures["peak_mib"] = peak
    return results, figures


def measure_reload_after_save(window: Any, figures: dict[str, float], repaint: Callable[[], None]) -> list[tuple[str, str, str]]:
    """The UI thread's time to bring the table up to date after one project is saved: that
    project read on the worker and changed in place. Saves a project's title back and forth, and
    adds and deletes one project."""
    from PySide6.QtCore import QEventLoop

    from tracker.domain.errors import DomainError
    from tracker.domain.project import Project
    from tracker.gui.portfolio_reload import Changed
    from tracker.store.projects import delete_project, load_project, save_project
    from tracker.store.queries import portfolio_rows_of

    results: list[tuple[str, str, str]] = []
    view, model = window.portfolio, window.model

    # A project the store will save as it is (synthetic rows skip some of the editor's checks).
    for view_row in range(min(500, model.rowCount() - 1), model.rowCount()):
        code = model.row_at(view_row).code
        try:
            load_project(code).validate()
            break
        except DomainError:
            continue
    else:
        return [("reload after saving one project", "-", "not measured: no project the store would save as it is")]
    project_id = model.id_of_code(code)
    view.select_project(project_id)
    title = load_project(code).title
    while title.endswith(" (saved)"):  # left by a run that stopped half-way
        title = title.removesuffix(" (saved)")

    def save(suffix: str) -> None:
        project = load_project(code)
        project.title = title + suffix
        save_project(project)

    # The answer's whole stay on the UI thread: rows in place, selection, signals, repaint.
    applied: list[float] = []
    reader = window.reader
    show_some = reader._show_some

    applied_cpu: list[float] = []

    def timed_show(*args: Any, **kwargs: Any) -> None:
        start, cpu = time.perf_counter(), time.thread_time()
        show_some(*args, **kwargs)
        repaint()
        applied.append(time.perf_counter() - start)
        applied_cpu.append(time.thread_time() - cpu)

    reader._show_some = timed_show  # type: ignore[method-assign]
    # The table's own part of it: the rows changed in place (what listeners of `reloaded` do,
    # such as the demo notice's query, is the rest).
    own: list[float] = []
    update_rows = view.update_rows

    def timed_update(*args: Any, **kwargs: Any) -> None:
        start = time.perf_counter()
        update_rows(*args, **kwargs)
        own.append(time.perf_counter() - start)

    view.update_rows = timed_update

    asked_cpu: list[float] = []

    def refresh(changed: Changed, select_code: str | None = None) -> tuple[float, float]:
        """(UI thread's time, time until the row is shown) of one read after a save."""
        loop = QEventLoop()
        window.reloaded.connect(loop.quit)
        start, cpu = time.perf_counter(), time.thread_time()
        window.refresh(changed, select_code)
        asked = time.perf_counter() - start
        asked_cpu.append(time.thread_time() - cpu)
        loop.exec()  # the worker reads meanwhile; the UI thread is free
        total = time.perf_counter() - start
        window.reloaded.disconnect(loop.quit)
        return asked + applied[-1], total

    ui_times, totals = [], []
    ui_cpu_before = len(applied_cpu)
    for run in range(6):
        save("" if run % 2 else " (saved)")  # the last run saves the title as it was
        ui, total = refresh(Changed.of(codes=[code]), code)
        ui_times.append(ui)
        totals.append(total)
    assert model.row_of_project(project_id).title == title and view.current_row().id == project_id
    read, _ = timed(lambda: portfolio_rows_of(codes=[code]), repeat=3)
    results.append(("reload after saving one project: UI thread (ask + answer shown + repaint)",
                    f"{statistics.median(ui_times) * 1000:.1f} ms", f"median of 6, {min(ui_times) * 1000:.1f}-{max(ui_times) * 1000:.1f} ms"))
    results.append(("  of which read on the worker (portfolio_rows_of, one project)", f"{read * 1000:.1f} ms", "best of 3"))
    results.append(("  saved to row shown, end to end", f"{statistics.median(totals) * 1000:.1f} ms",
                    f"median of 6, {min(totals) * 1000:.1f}-{max(totals) * 1000:.1f} ms"))
    figures["reload_after_save_ui"], figures["reload_after_save_total"] = statistics.median(ui_times), statistics.median(totals)
    figures["reload_after_save_rows"] = statistics.median(own[-6:])
    figures["reload_after_save_ui_cpu"] = statistics.median(a + b for a, b in zip(asked_cpu[ui_cpu_before:], applied_cpu[ui_cpu_before:]))

    new_code = "AAA/99/01/BENCH"  # first in code order: every slot after it moves
    save_project(Project(code=new_code, title="Benchmark project", planned_start=dt.date(2040, 1, 1), planned_end=dt.date(2040, 12, 31)))
    added, _ = refresh(Changed.of(codes=[new_code]), new_code)
    new_id = model.id_of_code(new_code)
    delete_project(new_code)
    removed, _ = refresh(Changed.of(ids=[new_id]))
    assert model.id_of_code(new_code) is None
    results.append(("a new project saved: UI thread (ask + row inserted and selected + repaint)", f"{added * 1000:.1f} ms", "once"))
    results.append(("a project deleted: UI thread (ask + row removed + repaint)", f"{removed * 1000:.1f} ms", "once"))
    figures["new_project_ui"], figures["deleted_project_ui"] = added, removed
    del reader._show_some
    del view.update_rows
    return results


if __name__ == "__main__":
    sys.exit(main())
