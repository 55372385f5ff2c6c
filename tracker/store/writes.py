"""The transactions of the one write path, and where outputs may not go.

Every change is one transaction. On SQLite a write transaction begins IMMEDIATE, so writers are
serialised by the file lock and what a transaction read stays true until it commits. PostgreSQL
runs READ COMMITTED: a long writer (a package merge, `replan`, an import) could decide on rows
that a user's save changes before it writes. So on a server every write transaction also takes
one advisory lock of the database: shared by a single-project save, exclusive by the bulk
writers. Saves still run side by side; a bulk writer waits for the saves in flight and holds the
others off until it commits, which makes its reading and its writing one consistent step, as on
SQLite. Each project's version is still checked inside the transaction (StaleEdit)."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import peewee

from tracker.domain.i18n import translate
from tracker.store.database import database_path
from tracker.store.errors import StoreError
from tracker.store.models import database

# Any constant shared by every tracker process; the bytes of "tracker" as a number.
_WRITE_LOCK = 0x747261636B6572


def _take_server_lock(exclusive: bool) -> None:
    current = database.obj
    if isinstance(current, peewee.PostgresqlDatabase):
        function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        current.execute_sql(f"SELECT {function}(%s)", (_WRITE_LOCK,))


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """The transaction of one ordinary save (a project, a partner, a cycle action)."""
    with database.atomic():
        _take_server_lock(exclusive=False)
        yield


@contextlib.contextmanager
def bulk_write_transaction() -> Iterator[None]:
    """The transaction of a writer that reads many projects and then writes them (merge, replan,
    import): nothing else writes between its reading and its commit."""
    with database.atomic():
        _take_server_lock(exclusive=True)
        yield


# ---------------------------------------------------------------- outputs

_SQLITE_HEADER = b"SQLite format 3\x00"


def is_database_file(path: Path) -> bool:
    """Whether `path` is an SQLite database (tracker's or anyone's), or its -wal/-shm companion."""
    if path.name.endswith(("-wal", "-shm", "-journal")):
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _SQLITE_HEADER
    except OSError:
        return False


class OutputExists(StoreError):
    """The file an output would go to exists, and replacing it was not asked for. Each front
    door words the way to replace it (the app asks; the command line names --overwrite)."""

    def __init__(self, target: Path, what: str) -> None:
        super().__init__(translate("StoreOutput", "{path} already exists; {what} was not written").format(path=target, what=what))
        self.target = target


def check_output_target(
    destination: str | os.PathLike[str],
    what: str | None = None,
    *,
    replace: bool = True,
    database_output: bool = False,
) -> Path:
    """Refuse to write an output (a package, a workbook, an XML file, a report) over a database:
    the open one, its companions, or any other SQLite file; with `replace=False`, refuse any
    existing file too (OutputExists). The open database is refused whatever `replace` says. A
    `database_output` (a backup) may replace another database file, never the open one.
    Returns the expanded path. `what` names the output in the user's words ("the package");
    None: "the output"."""
    what = what or translate("StoreOutput", "the output")
    target = Path(destination).expanduser()
    if target.is_dir():
        raise StoreError(translate("StoreOutput", "{path} is a folder; give a file name for {what}").format(path=target, what=what))
    open_path = database_path()
    if open_path is not None:
        for companion in (open_path, *(open_path.with_name(open_path.name + s) for s in ("-wal", "-shm", "-journal"))):
            if target.resolve() == companion.resolve() or (target.exists() and companion.exists() and os.path.samefile(target, companion)):
                raise StoreError(translate("StoreOutput", "{path} is the open database; {what} must go to another file (nothing was "
                                                          "written)").format(path=target, what=what))
    if not database_output and target.exists() and is_database_file(target):
        raise StoreError(translate("StoreOutput", "{path} is a database; {what} never replaces one: choose another file (nothing "
                                                  "was written)").format(path=target, what=what))
    if not replace and (target.exists() or target.is_symlink()):
        raise OutputExists(target, what)
    return target


def partial_file_beside(target: Path, suffix: str = ".partial") -> str:
    """Create an empty temporary file in `target`'s folder, for writing an output that then
    replaces `target` in one step (os.replace). Created with the user's umask, as any file they
    save: tempfile.mkstemp would make it readable by its owner only, and a template or package
    written into a shared folder would then be unreadable to colleagues."""
    for _ in range(100):
        name = target.with_name(f".{target.name}.{secrets.token_hex(4)}{suffix}")
        try:
            os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return str(name)
    raise FileExistsError(translate("StoreOutput", "cannot create a temporary file beside {path}").format(path=target))


def write_bytes_replacing(target: Path, data: bytes) -> None:
    """Write `data` to `target` through a partial file beside it that replaces `target` in one
    step: a failure half-way leaves `target` as it was and no partial file behind. The caller has
    checked `target` (check_output_target)."""
    temp_name = partial_file_beside(target)
    try:
        Path(temp_name).write_bytes(data)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
