"""The second process of tracker.store.replan.replan_all: when many plans are stale it reads and
plans the stale projects from an id on while the first process plans the rest, and hands its
differences back pickled, a slice of projects at a time, through a temporary file. The first
process writes them, in its own transaction, a slice at a time, so neither process ever holds
more than a slice of rows to write."""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.i18n import translate

if TYPE_CHECKING:
    from tracker.store.replan import _Writes

# From this many stale projects, two processes may share the planning (if there are two cores):
# below it, starting the second process costs more than it saves.
PARALLEL_FROM = 20_000
# Whether they do unless the caller says (processes=2). Not since plans are fingerprinted: only
# stale plans are computed, written a slice at a time, and on the two-core machine of
# docs/performance.md, busy with other work, the helper made re-planning 100,000 stale projects
# no faster while both processes together held 325 MiB against 233 MiB for one.
HELPER_BY_DEFAULT = False
# The helper's SQLite page cache (KiB): it reads each page once, and the two processes' memory
# is counted together.
HELPER_CACHE_KIB = 4_000


def _replan_part(address: str, from_id: int, who: str, now: str, force: bool, scan: bool, out: str) -> None:
    """The helper process's share: the stale projects (`force`: every project) from `from_id` on,
    read through a connection of its own; their _Writes go to the file `out`, pickled one after
    the other, a slice of projects each."""
    from tracker.store import plan_fingerprints
    from tracker.store.database import close_database, open_database
    from tracker.store.replan import SLICE, Planner, _read_projects, evaluations_between, evaluations_of

    database = open_database(address, read_only=True)
    if not hasattr(database, "address"):  # SQLite: it reads each page once, so a small page cache will do
        database.execute_sql(f"PRAGMA cache_size = -{HELPER_CACHE_KIB}")
    try:
        rows = _read_projects(database, plan_fingerprints.rule_set_keys(), force=force, from_id=from_id)
        planner = Planner(who, now)
        with open(out, "wb") as handle:
            for start in range(0, len(rows), SLICE):
                part = rows[start : start + SLICE]
                evaluations = evaluations_between(database, part) if scan else evaluations_of(database, [r[0] for r in part])  # type: ignore[misc]
                writes = planner.plan(part, evaluations)
                pickle.dump(writes, handle, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        close_database()


def helper_main() -> None:
    """The helper process (started by Helper): its arguments arrive pickled on standard input;
    it says "done", or the exception that stopped it, pickled on standard output."""
    gc.disable()  # a short-lived process whose objects all stay alive until it ends
    arguments = pickle.load(sys.stdin.buffer)
    try:
        _replan_part(*arguments)
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the caller, which raises it
        try:
            data = pickle.dumps(("error", exc), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled: its text will do
            data = pickle.dumps(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
        sys.stdout.buffer.write(data)
    else:
        pickle.dump(("done", None), sys.stdout.buffer)
    sys.stdout.buffer.flush()


class Helper:
    """A second Python process planning the upper part of the stale projects. A plain subprocess
    rather than multiprocessing: multiprocessing's "spawn" runs the caller's main script again in
    the child, which fails (and leaves the pool starting children for ever) when that script
    calls replan_all without an `if __name__ == "__main__"` guard."""

    def __init__(self, address: str, from_id: int, who: str, now: str, *, force: bool = False, scan: bool = True) -> None:
        package_root = str(Path(__file__).resolve().parents[2])  # so the child imports this tracker
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        # Its standard error goes to a file: a pipe nobody reads until the end could fill up and stop it.
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop()
        # Its slices go to a file of their own, read back once it is done: a pipe would make the
        # helper wait for this process to write its own part first.
        handle, self.out = tempfile.mkstemp(prefix="tracker-replan-", suffix=".pickle")
        os.close(handle)
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from tracker.store.replan_helper import helper_main; helper_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors, env=env,
        )
        assert self.process.stdin is not None
        with contextlib.suppress(BrokenPipeError), self.process.stdin:  # a broken pipe: results() says why
            self.process.stdin.write(pickle.dumps((address, from_id, who, now, force, scan, self.out)))  # a few hundred bytes
        self.outcome: tuple[str, object] | None = None
        self.reader = threading.Thread(target=self._read, name="replan-helper-reader", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        try:
            self.outcome = pickle.load(self.process.stdout)
        except Exception:  # noqa: BLE001 - the helper stopped without a result: results() says so
            self.outcome = None
        finally:
            self.process.stdout.close()
            self.process.wait()

    def results(self, cancelled: Callable[[], bool] | None) -> Iterator[_Writes | None]:
        """The helper's _Writes, a slice of projects at a time, once it is done; None (and
        nothing more) if `cancelled` answered True while waiting."""
        while self.reader.is_alive():
            self.reader.join(0.05)
            if self.reader.is_alive() and cancelled is not None and cancelled():
                yield None
                return
        if self.outcome is None:
            self.errors.seek(0)
            text = self.errors.read().decode("utf-8", "replace").strip().splitlines()
            raise RuntimeError(translate("StoreReplan", "the re-planning helper process failed ({reason})").format(
                reason=text[-1] if text else self.process.returncode))
        kind, value = self.outcome
        self.outcome = None
        if kind == "error":
            raise value  # type: ignore[misc]
        with open(self.out, "rb") as handle:
            while True:
                try:
                    writes = pickle.load(handle)
                except EOFError:
                    return
                yield writes

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.reader.join()
        self.errors.close()
        with contextlib.suppress(OSError):
            os.unlink(self.out)


def database_address(database: object) -> str | None:
    """What another process opens to read the same database: the SQLite file or the server
    address; None for a database in memory."""
    address = getattr(database, "address", None)  # PostgreSQL (tracker.store.postgres)
    if address:
        return str(address)
    path = getattr(database, "path", None)
    if path is None or str(path) == ":memory:":
        return None
    return str(path)


def use_helper(projects: int, address: str | None, processes: int | None) -> bool:
    """Whether `projects` stale projects are planned by two processes."""
    if address is None or getattr(sys, "frozen", False) or projects < 2:  # a frozen app has no "python -c"
        return False
    if processes is not None:
        return processes > 1
    return HELPER_BY_DEFAULT and projects >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2
