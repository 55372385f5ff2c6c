"""Errors of the store that a user can act on (as opposed to bugs)."""

from tracker.domain.errors import DomainError


class StoreError(DomainError):
    """The database cannot be opened, read or written; the message says which file and why."""


class NotFound(StoreError):
    """A record named by the user does not exist."""


class StaleEdit(StoreError):
    """Someone saved the record since it was loaded: the edit is refused, not silently merged."""


class StorageError(StoreError):
    """The computer, not tracker, refused a write: a read-only file, a full disk, a failing drive,
    another program holding the lock. Raised instead of the driver's OperationalError by
    tracker.store.database (one place for all of them); the transaction was rolled back, so
    nothing of the refused action was saved and what was saved before is intact."""


class ReadOnlyDatabase(StorageError):
    """The database file (or its folder or file system) cannot be written."""


class DiskFull(StorageError):
    """The disk holding the database (or its -wal file) is full."""


class DatabaseBusy(StorageError):
    """Another program held the database locked for longer than the busy timeout."""


class DiskIOError(StorageError):
    """The drive reported an input/output error (removed drive, network folder gone, ...)."""


class DamagedDatabase(StorageError):
    """The database file is damaged (overwritten or truncated in the middle, a bad sector)."""


class ConnectionLost(StorageError):
    """The connection to the database server failed or was cut (network, server restart)."""
