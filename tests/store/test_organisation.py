"""The organisation's settings: defaults until someone sets them, saved audited, refused when wrong."""

from __future__ import annotations

import pytest

from tracker.domain.classifications import FundingModality
from tracker.domain.errors import ValidationError
from tracker.domain.organisation import AidTypes
from tracker.store import models as m
from tracker.store.organisation import load_settings, save_settings


def test_a_new_database_publishes_as_the_ilo_with_the_partnerships_department_as_contact(db):
    settings = load_settings()
    assert settings.reporting_org_ref == "XM-DAC-41302"
    assert settings.contact_email == "pardev@ilo.org"
    assert settings.aid_types_for(FundingModality.EARMARKED) == AidTypes("10", "110", "C01", "5")


def test_a_setting_changed_is_kept_and_audited(db):
    settings = load_settings()
    settings.contact_person = "Head of unit"
    settings.aid_types[FundingModality.REGULAR_BUDGET] = AidTypes(aid_type="D02")
    assert save_settings(settings) == 2
    assert save_settings(load_settings()) == 0
    again = load_settings()
    assert again.contact_person == "Head of unit" and again.aid_types_for(FundingModality.REGULAR_BUDGET).aid_type == "D02"
    assert m.AuditEntry.select().where(m.AuditEntry.table == "organisation_setting").count() == 2


def test_a_bad_setting_is_named_and_nothing_is_saved(db):
    settings = load_settings()
    settings.contact_email = "pardev"
    settings.contact_person = "X"
    with pytest.raises(ValidationError, match="'pardev' is not an e-mail address"):
        save_settings(settings)
    assert load_settings().contact_person == ""
