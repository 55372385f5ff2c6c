"""Re-planning at 100,000 projects (tracker.store.replan.replan_all), each figure in a fresh process:

    .venv/bin/python bench/bench_replan.py --db SYNTHETIC.sqlite3 [--runs 3] [--processes 1|2]

Per run: a fresh copy of the database (never the file given: the synthetic plans are stale,
drawn at random, and no fingerprint is stored), re-planned once (all stale: every plan computed
and most rewritten), then again (consistent: every fingerprint holds), then once more with
force=True (every plan computed, nothing to write: what "consistent" cost before fingerprints).
Prints each run and the medians; `measure()` returns them for bench/run_all.py. The wall time
is beside the CPU time of this process and of the helper, which a busy machine inflates less."""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def child(db: Path, processes: int | None, force: bool) -> dict[str, object]:
    """One replan_all() on `db`, timed around the call only (the interpreter and imports apart)."""
    sys.path.insert(0, str(ROOT))
    from tracker.store.database import open_database
    from tracker.store.replan import replan_all

    open_database(db)
    start, cpu = time.perf_counter(), time.process_time()
    summary = replan_all(processes=processes, force=force)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    helper = resource.getrusage(resource.RUSAGE_CHILDREN)  # the helper, ended by now
    return {"seconds": seconds, "cpu": cpu, "helper_cpu": helper.ru_utime + helper.ru_stime,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 + helper.ru_maxrss / 1024,
            "processes": 2 if helper.ru_maxrss else 1, "summary": str(summary), "changed": summary.changed_projects}


def _run(db: Path, processes: int | None, force: bool = False) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", "--db", str(db), *(["--processes", str(processes)] if processes else []),
               *(["--force"] if force else [])]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure(source: Path, runs: int = 3, processes: int | None = None) -> dict[str, object]:
    """{stale, consistent, forced}: each a dict of the median seconds, the runs, the largest peak
    memory (MiB, both processes added) and the last run's summary."""
    found: dict[str, list[dict[str, object]]] = {"stale": [], "consistent": [], "forced": []}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            copy = Path(folder) / "replan.sqlite3"
            shutil.copyfile(source, copy)
            for name, force in (("stale", False), ("consistent", False), ("forced", True)):
                result = _run(copy, processes, force)
                found[name].append(result)
                print(f"run {run + 1} {name}: {result['seconds']:.2f} s, cpu {result['cpu']:.2f} s"
                      f" + helper {result['helper_cpu']:.2f} s, peak {result['peak_mib']:.0f} MiB | {result['summary']}", flush=True)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return {name: {"median": statistics.median(float(r["seconds"]) for r in results),  # type: ignore[arg-type]
                   "runs": [r["seconds"] for r in results],
                   "cpu_median": statistics.median(float(r["cpu"]) + float(r["helper_cpu"]) for r in results),  # type: ignore[arg-type]
                   "peak_mib": max(float(r["peak_mib"]) for r in results),  # type: ignore[arg-type]
                   "processes": results[-1]["processes"], "summary": results[-1]["summary"]}
            for name, results in found.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="the database to copy (never written)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--processes", type=int, choices=(1, 2), default=None, help="default: replan_all's own choice")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.db, args.processes, args.force)))
        return 0
    figures = measure(args.db, args.runs, args.processes)
    for name, figure in figures.items():
        print(f"{name}: median {figure['median']:.2f} s (runs {', '.join(f'{s:.2f}' for s in figure['runs'])}), "  # type: ignore[attr-defined]
              f"cpu median {figure['cpu_median']:.2f} s, peak {figure['peak_mib']:.0f} MiB, {figure['processes']} process(es)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
