"""The codes of the stored projects, for checking a code as it is typed (the editor's code field).

Codes are unique whatever their case (tracker.store.projects refuses a clash on saving); this
read gives every code by its case-folded form, in one statement, so that each keystroke after
it costs a dictionary look-up instead of a query."""

from __future__ import annotations

from tracker.store import models as m


def project_codes() -> dict[str, tuple[str, str]]:
    """Case-folded code -> (the code as stored, the project's UUID)."""
    return {code.casefold(): (code, uuid) for code, uuid in m.Project.select(m.Project.code, m.Project.uuid).tuples()}


def code_taken(code: str, except_uuid: str | None = None) -> str | None:
    """The stored code another project has that equals `code` whatever its case, or None."""
    clash = project_codes().get(code.strip().casefold())
    return clash[0] if clash is not None and clash[1] != except_uuid else None
