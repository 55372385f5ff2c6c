"""The same store work on SQLite and on PostgreSQL, on the benchmark's 100,000-project portfolio.

    .venv/bin/python bench/bench_postgres.py --server postgresql://user:pw@localhost/postgres [--db FILE] [--reload]

Copies the SQLite benchmark database (bench/run_all.py builds it: /tmp/tracker-bench-100000.sqlite3)
into a PostgreSQL database named tracker_bench on that server, with COPY (once; --reload copies
again), then times, on each engine, in this one process: opening the database, the portfolio list
(`portfolio_rows`, the query behind the first painted table), the dashboard, the overdue list,
recomputing every evaluation plan, and the portfolio report. Prints a table. The account must
be allowed to create a database. The server is a local one unless the address says otherwise,
so the figures leave out the network a headquarters server would add."""

from __future__ import annotations

import argparse
import io
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

BENCH_DB = Path(tempfile.gettempdir()) / "tracker-bench-100000.sqlite3"
PG_NAME = "tracker_bench"
YEARS = (2015, 2024)


def _admin(server: str):  # type: ignore[no-untyped-def]
    import psycopg2

    from tracker.store.postgres import connection_parameters

    params = connection_parameters(server)
    params.pop("options", None)
    conn = psycopg2.connect(dbname=params.pop("database"), **params)
    conn.autocommit = True
    return conn


def copy_into_postgres(source: Path, server: str) -> str:
    """A PostgreSQL database holding the same rows as `source`; returns its address."""
    from tracker.store import models as m
    from tracker.store.database import close_database, open_database

    address = urlsplit(server)._replace(path="/" + PG_NAME).geturl()
    admin = _admin(server)
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{PG_NAME}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{PG_NAME}"')
    admin.close()
    db = open_database(address)  # the schema, by the migrations
    lite = sqlite3.connect(source)
    conn = db.connection()
    with db.atomic():
        with conn.cursor() as cursor:
            cursor.execute("TRUNCATE schema_version")
        for model in m.ALL_MODELS:
            table = model._meta.table_name
            columns = [row[1] for row in lite.execute(f'PRAGMA table_info("{table}")')]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = lite.execute(f'SELECT {quoted} FROM "{table}"')
            while batch := rows.fetchmany(50_000):
                buffer = io.StringIO()
                for row in batch:
                    buffer.write("\t".join(r"\N" if v is None else str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n") for v in row))
                    buffer.write("\n")
                buffer.seek(0)
                with conn.cursor() as cursor:
                    cursor.copy_expert(f'COPY "{table}" ({quoted}) FROM STDIN', buffer)
            if "id" in columns and model._meta.primary_key.name == "id":
                db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1)) FROM \"{table}\"")
    db.execute_sql("ANALYZE")
    lite.close()
    close_database()
    return address


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def table_figures(target: Path | str, projects: int) -> dict[str, float]:
    """The desktop table's figures (bench_portfolio_table.measure) in a fresh process."""
    import json
    import os
    import subprocess

    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import bench_portfolio_table as b; "
            "print(json.dumps(b.measure(sys.argv[2], int(sys.argv[3]))[1]))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code, str(HERE), str(target), str(projects)],
                         capture_output=True, text=True, check=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(target: Path | str, scratch: Path) -> dict[str, float]:
    from tracker.reports import write_portfolio_report
    from tracker.store.dashboard import load_dashboard
    from tracker.store.database import close_database, open_database
    from tracker.store.queries import overdue_evaluations, portfolio_rows
    from tracker.store.replan import replan_all

    table = table_figures(target, 100_000)
    figures: dict[str, float] = {
        "first painted table (desktop app)": table["first_paint"],
        "filter keystroke (mean)": table["keystroke_mean"],
        "sort (worst column)": table["sort_worst"],
    }
    start = time.perf_counter()
    open_database(target)
    figures["open (schema check)"] = time.perf_counter() - start
    figures["portfolio list (portfolio_rows)"] = best_of(3, portfolio_rows)
    figures["dashboard (load_dashboard)"] = best_of(3, load_dashboard)
    figures["overdue evaluations"] = best_of(3, overdue_evaluations)
    figures["recompute every plan (as built: stale)"] = best_of(1, replan_all)
    figures["recompute every plan (consistent)"] = best_of(1, replan_all)
    figures["portfolio report 2015-2024"] = best_of(1, lambda: write_portfolio_report(scratch / "portfolio.xlsx", *YEARS))
    close_database()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", required=True, help="postgresql://user:pw@host/dbname of an account that may create databases")
    parser.add_argument("--db", type=Path, default=BENCH_DB, help="the SQLite benchmark database (bench/run_all.py builds it)")
    parser.add_argument("--reload", action="store_true", help="copy the rows into PostgreSQL again")
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"{args.db} does not exist: run bench/run_all.py first, it builds the portfolio")
    admin = _admin(args.server)
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (PG_NAME,))
        exists = cursor.fetchone() is not None
    admin.close()
    address = urlsplit(args.server)._replace(path="/" + PG_NAME).geturl()
    if args.reload or not exists:
        start = time.perf_counter()
        address = copy_into_postgres(args.db, args.server)
        print(f"copied {args.db.name} into PostgreSQL in {time.perf_counter() - start:.1f} s")
    with tempfile.TemporaryDirectory() as scratch:
        # Each engine works on a copy: recomputing the plans may write.
        lite_copy = Path(scratch) / "copy.sqlite3"
        with sqlite3.connect(args.db) as source, sqlite3.connect(lite_copy) as copy:
            source.backup(copy)
        results = {"SQLite": measure(lite_copy, Path(scratch)), "PostgreSQL": measure(address, Path(scratch))}
    print("\n| What | SQLite | PostgreSQL |\n|---|---:|---:|")
    for name in results["SQLite"]:
        print(f"| {name} | {results['SQLite'][name]:.3f} s | {results['PostgreSQL'][name]:.3f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
