"""Start-up of the desktop app: from launching `main.py --demo` to the main window's first paint,
each run in a fresh process, beside the stack's own floor measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [--runs 3] [--json] [--root PATH]

- **start-up**: a fresh `python -c PROBE main.py --demo` (the probe patches MainWindow.show to
  install an event filter, prints the time of the window's first Paint event since the parent
  started the process, and quits), on the demo database in a scratch data folder and a fresh
  settings file, so the user's own are never read;
- **floor**: a fresh process that imports PySide6, shows an empty QMainWindow holding a
  QTableView at the same size and paints: what any PySide6 app of this shape costs here.

Each is run `runs` times; the medians and their ratio are printed. Bytecode is cached (in a
scratch PYTHONPYCACHEPREFIX, after one unmeasured run of each) as an installed app has it: with
PYTHONDONTWRITEBYTECODE set, as in some shells, every start would compile every module again.
The demo database is created and filled once, before the runs. `peak_mib` is the median of the
start-up runs' peak resident memory (ru_maxrss) at the first paint.

`measure(runs=3) -> dict` is what bench/run_all.py calls."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both probes print the same line at the first Paint event of the window they watch, then quit.
# Defined inside a function so that the app's probe imports nothing of PySide6 before the app does.
FIRST_PAINT_FILTER = """
def first_paint_filter():
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                seconds = time.time() - float(os.environ["BENCH_T0"])
                usage = resource.getrusage(resource.RUSAGE_SELF)
                cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
                print(f"BENCH {seconds:.4f} {cpu:.4f} {peak:.1f}", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    return FirstPaint()
"""

# Run in the measured process. Nothing is imported before the app imports it, in the app's order
# (PySide6 reads the source of each module imported after it: the order matters): the probe hooks
# the import of tracker.gui.main_window to wrap MainWindow.show, which installs an event filter
# that reports the first Paint event.
STARTUP_PROBE = """
import importlib.machinery, os, resource, sys, time

sys.path.insert(0, os.environ["BENCH_ROOT"])
""" + FIRST_PAINT_FILTER + """


def report_first_paint(window_class):
    first_paint = first_paint_filter()
    shown = window_class.show

    def show(self):
        self.installEventFilter(first_paint)
        shown(self)

    window_class.show = show


class AfterMainWindow:  # a meta path finder (importlib.abc would import more than the app does)
    def find_spec(self, name, path, target=None):
        if name != "tracker.gui.main_window":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            report_first_paint(module.MainWindow)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, AfterMainWindow())
from tracker.gui.app import main

sys.exit(main(sys.argv[1:]))
"""

FLOOR_PROBE = """
import os, resource, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
""" + FIRST_PAINT_FILTER + """


first_paint = first_paint_filter()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView(window))
window.resize(window.screen().availableGeometry().size())  # the size the app takes on a first start
window.installEventFilter(first_paint)
window.show()
app.exec()
"""

PREPARE_DEMO = """
import os, sys
sys.path.insert(0, os.environ["BENCH_ROOT"])
from tracker.store.database import close_database, open_database
from tracker.store.demo import demo_database_path, load_demo
from tracker.store.queries import counts_by_stage

open_database(demo_database_path())
if not sum(counts_by_stage().values()):
    load_demo()
close_database()
"""


def _environment(scratch: Path, root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_DATA_HOME": str(scratch / "data"),
        "TRACKER_SETTINGS": str(scratch / "settings.ini"),
        "PYTHONPYCACHEPREFIX": str(scratch / "pycache"),
        "BENCH_ROOT": str(root),
        "LANG": env.get("LANG", "en_US.UTF-8"),
    })
    env.pop("TRACKER_DB", None)
    return env


def _run(code: str, arguments: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, float]:
    """(seconds from launch to the first paint, CPU seconds by then, peak MiB) of one fresh process."""
    env = dict(env, BENCH_T0=repr(time.time()))
    result = subprocess.run([sys.executable, "-c", code, *arguments], env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith("BENCH "):
            _, seconds, cpu, peak = line.split()
            return float(seconds), float(cpu), float(peak)
    raise RuntimeError(f"no paint seen (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")


def measure(runs: int = 3, root: Path = ROOT) -> dict[str, object]:
    """Start-up and floor, `runs` fresh processes each, alternated so that both see the same load."""
    scratch = Path(tempfile.mkdtemp(prefix="tracker-bench-startup-"))
    try:
        env = _environment(scratch, root)
        settings = scratch / "settings.ini"
        subprocess.run([sys.executable, "-c", PREPARE_DEMO], env=env, cwd=root, check=True, capture_output=True, timeout=300)
        # One unmeasured run of each: bytecode written, files in the page cache.
        _run(STARTUP_PROBE, ["--demo"], env, root)
        _run(FLOOR_PROBE, [], env, root)
        startup: list[float] = []
        startup_cpu: list[float] = []
        floor: list[float] = []
        floor_cpu: list[float] = []
        peaks: list[float] = []
        for _ in range(runs):
            settings.unlink(missing_ok=True)  # every run a first start: no window state remembered
            seconds, cpu, peak = _run(STARTUP_PROBE, ["--demo"], env, root)
            startup.append(seconds)
            startup_cpu.append(cpu)
            peaks.append(peak)
            seconds, cpu, _peak = _run(FLOOR_PROBE, [], env, root)
            floor.append(seconds)
            floor_cpu.append(cpu)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    startup_median, floor_median = statistics.median(startup), statistics.median(floor)
    return {
        "startup_median": round(startup_median, 4),
        "startup_runs": [round(s, 4) for s in startup],
        "floor_median": round(floor_median, 4),
        "floor_runs": [round(s, 4) for s in floor],
        "ratio": round(startup_median / floor_median, 2),
        # CPU seconds by the first paint: steadier than the wall clock on a machine shared with other work.
        "startup_cpu_median": round(statistics.median(startup_cpu), 4),
        "floor_cpu_median": round(statistics.median(floor_cpu), 4),
        "peak_mib": round(statistics.median(peaks), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per figure (default 3)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON dict")
    parser.add_argument("--root", type=Path, default=ROOT, help="the source tree to start (default: this one)")
    args = parser.parse_args()
    figures = measure(args.runs, args.root.resolve())
    if args.json:
        print(json.dumps(figures))
        return 0
    runs = lambda values: ", ".join(f"{v:.3f}" for v in values)  # noqa: E731
    print(f"start-up, launch to painted main window (--demo): {figures['startup_median']:.3f} s  (runs: {runs(figures['startup_runs'])})")
    print(f"floor, PySide6 + empty QMainWindow with a QTableView painted: {figures['floor_median']:.3f} s  (runs: {runs(figures['floor_runs'])})")
    print(f"ratio start-up / floor: {figures['ratio']:.2f}x")
    print(f"CPU time by the first paint: start-up {figures['startup_cpu_median']:.3f} s, floor {figures['floor_cpu_median']:.3f} s")
    print(f"peak memory at the first paint: {figures['peak_mib']:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
