"""The organisation's settings (tracker.domain.organisation), read and saved through the one
write path: validated, audited per setting, one transaction."""

from __future__ import annotations

from tracker.domain.errors import ValidationError
from tracker.domain.i18n import translate
from tracker.domain.organisation import OrganisationSettings
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.writes import write_transaction

TABLE = "organisation_setting"


def load_settings() -> OrganisationSettings:
    return OrganisationSettings.from_pairs(dict(m.OrganisationSetting.select(m.OrganisationSetting.key, m.OrganisationSetting.value).tuples()))


def save_settings(settings: OrganisationSettings, who: str | None = None) -> int:
    """Keep every setting that differs from what is stored; the number changed."""
    problems = settings.problems()
    if problems:
        raise ValidationError(problems, subject=translate("StoreOrganisation", "the organisation's settings"), kind=TABLE)
    log = AuditLog(who or current_user())
    changed = 0
    with write_transaction():
        stored = dict(m.OrganisationSetting.select(m.OrganisationSetting.key, m.OrganisationSetting.value).tuples())
        before = OrganisationSettings.from_pairs(stored).to_pairs()
        for key, value in settings.to_pairs().items():
            if before.get(key) == value and key in stored:
                continue
            if before.get(key) == value:  # the default, not stored yet: nothing changes for anyone
                continue
            m.OrganisationSetting.insert(key=key, value=value, updated_at=m.utc_now()).on_conflict(
                conflict_target=[m.OrganisationSetting.key], update={m.OrganisationSetting.value: value,
                                                                     m.OrganisationSetting.updated_at: m.utc_now()}).execute()
            log.add(TABLE, key[:36], "update", key, before.get(key), value)
            changed += 1
        log.write()
    return changed
