"""The audit trail: what changed (table, record, field), old and new values, when and who."""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee

from tracker.store.models import AuditEntry, utc_now


@dataclass
class AuditLog:
    """Collects the entries of one save and writes them with the save, in its transaction."""

    who: str
    project_code: str = ""
    rows: list[dict[str, object]] = field(default_factory=list)

    def add(self, table: str, record_uuid: str, action: str, field_name: str = "", old: str | None = None, new: str | None = None) -> None:
        self.rows.append(
            {
                "at": utc_now(),
                "who": self.who,
                "table": table,
                "record_uuid": record_uuid,
                "project_code": self.project_code,
                "action": action,
                "field": field_name,
                "old": old,
                "new": new,
            }
        )

    def diff(self, table: str, record_uuid: str, before: dict[str, str | None] | None, after: dict[str, str | None] | None) -> None:
        if before is None and after is not None:
            self.add(table, record_uuid, "insert", new=_summary(after))
        elif after is None and before is not None:
            self.add(table, record_uuid, "delete", old=_summary(before))
        elif before is not None and after is not None:
            for name, new_value in after.items():
                if before.get(name) != new_value:
                    self.add(table, record_uuid, "update", name, before.get(name), new_value)

    def write(self) -> int:
        for batch in peewee.chunked(self.rows, 200):
            AuditEntry.insert_many(batch).execute()
        written = len(self.rows)
        self.rows.clear()
        return written


def _summary(values: dict[str, str | None]) -> str:
    return "; ".join(f"{k}={v}" for k, v in values.items() if v not in (None, ""))


def history(project_code: str, limit: int = 500) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where(AuditEntry.project_code == project_code)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
