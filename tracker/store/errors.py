"""Errors of the store that a user can act on (as opposed to bugs)."""

from tracker.domain.errors import DomainError


class StoreError(DomainError):
    """The database cannot be opened, read or written; the message says which file and why."""


class NotFound(StoreError):
    """A record named by the user does not exist."""


class StaleEdit(StoreError):
    """Someone saved the record since it was loaded: the edit is refused, not silently merged."""
