"""The reads the IATI import and export need, so that tracker.exchange touches no table.

Writes go through the store's operations (save_project, save_partner, change_stage) in the
transactions of tracker.store.writes."""

from __future__ import annotations

import datetime as dt

import peewee

from tracker.domain.classifications import Stage
from tracker.store import models as m

# A project the demo (tracker.store.demo.placed_on) placed straight into one of these stages got
# under way on the day of its placing: the demo dates that placing at the project's start (a
# suspended one too: the demo suspends projects under way).
_UNDER_WAY = (Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING, Stage.CLOSED, Stage.SUSPENDED)
# ... and one placed in one of these was approved by then.
_APPROVED = (Stage.APPROVED, *_UNDER_WAY)
# The action of the stage history's first entry when the demo placed the project in its stage.
DEMO_PLACING = "demo"


def project_id_by_code(code: str) -> int | None:
    """The id of the project whose code is exactly `code`, or None. Exact, not case-folded: an
    IATI identifier is matched as written, so "xx-1" never updates project "XX-1"."""
    row = m.Project.select(m.Project.id).where(m.Project.code == code.strip()).tuples().first()
    return row[0] if row else None


def actual_starts(undated_reason: str | None = None) -> dict[int, dt.date]:
    """Project id -> the day implementation started: the first "Start implementation" action in
    the stage history, or the day the demo placed the project in a stage past the start (tracker
    has no actual-start field). Actions whose reason ends with `undated_reason` are not counted:
    they are dated the day they were recorded, not the day the work started."""
    started = (m.StageChange.to_stage == Stage.IMPLEMENTATION) & (m.StageChange.action == "start")
    if undated_reason:
        started &= ~m.StageChange.reason.endswith(undated_reason)
    return _first_days(started | _placed_in(_UNDER_WAY))


def approvals() -> dict[int, dt.date]:
    """Project id -> the day it was approved: the first "Approve" action in the stage history, or
    the day the demo placed it in a stage past approval."""
    approved = (m.StageChange.to_stage == Stage.APPROVED) & (m.StageChange.action == "approve")
    return _first_days(approved | _placed_in(_APPROVED))


def _placed_in(stages: tuple[Stage, ...]) -> peewee.Expression:
    return (m.StageChange.action == DEMO_PLACING) & m.StageChange.from_stage.is_null() & m.StageChange.to_stage.in_(list(stages))


def _first_days(where: peewee.Expression) -> dict[int, dt.date]:
    query = m.StageChange.select(m.StageChange.project, peewee.fn.MIN(m.StageChange.changed_on)).where(where).group_by(m.StageChange.project)
    return {pid: on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on)[:10]) for pid, on in query.tuples()}
