"""Project codes are unique whatever their case: the one check, made by the save
(tracker.store.projects) and by the editor as a code is typed. An index on LOWER(code) (schema v6)
makes it a look-up, not a scan of every project."""

from __future__ import annotations

import peewee

from tracker.store import models as m


def code_taken(code: str, except_uuid: str | None = None) -> str | None:
    """The stored code another project has that equals `code` whatever its case, or None (one
    query; the save's own check, so the editor's message and the save's refusal agree)."""
    query = m.Project.select(m.Project.code).where(peewee.fn.LOWER(m.Project.code) == code.strip().lower())
    if except_uuid is not None:
        query = query.where(m.Project.uuid != except_uuid)
    found = query.limit(1).scalar()
    return str(found) if found is not None else None
