"""The reads the IATI import and export need, so that tracker.exchange touches no table.

Writes go through the store's operations (save_project, save_partner, change_stage) in the
transactions of tracker.store.writes."""

from __future__ import annotations

import datetime as dt

import peewee

from tracker.domain.classifications import Stage
from tracker.store import models as m


def project_id_by_code(code: str) -> int | None:
    """The id of the project whose code is exactly `code`, or None. Exact, not case-folded: an
    IATI identifier is matched as written, so "xx-1" never updates project "XX-1"."""
    row = m.Project.select(m.Project.id).where(m.Project.code == code.strip()).tuples().first()
    return row[0] if row else None


def actual_starts(undated_reason: str | None = None) -> dict[int, dt.date]:
    """Project id -> the day implementation started (the first "Start implementation" action in
    the stage history); tracker has no actual-start field, and stages set otherwise (demo data)
    carry no such date. Actions whose reason ends with `undated_reason` are not counted: they
    are dated the day they were recorded, not the day the work started."""
    where = (m.StageChange.to_stage == Stage.IMPLEMENTATION) & (m.StageChange.action == "start")
    if undated_reason:
        where &= ~m.StageChange.reason.endswith(undated_reason)
    query = m.StageChange.select(m.StageChange.project, peewee.fn.MIN(m.StageChange.changed_on)).where(where).group_by(m.StageChange.project)
    return {pid: on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on)[:10]) for pid, on in query.tuples()}
