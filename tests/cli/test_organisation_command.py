"""`tracker organisation show` and `tracker organisation set KEY VALUE`: the organisation's
publishing settings read and changed from the command line, through the audited store operation,
with a bad value refused in one sentence naming it."""

from __future__ import annotations

import json

import pytest

from tests.cli_helpers import one_sentence, run_cli
from tracker.domain.classifications import FundingModality


@pytest.fixture
def tracker(capsys, db_target):
    from tracker.store.database import close_database, open_database

    open_database(db_target)
    close_database()
    return lambda *args: run_cli(capsys, "--db", str(db_target), *args)


def shown(tracker) -> dict[str, str]:
    code, out, err = tracker("organisation", "show", "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_show_lists_every_setting_with_the_names_of_its_codes(tracker) -> None:
    settings = shown(tracker)
    assert settings["reporting-org-ref"] == "XM-DAC-41302"
    assert settings["xb.aid-type"] == "C01"
    assert {f"{m.value}.tied-status" for m in FundingModality} <= set(settings)
    code, out, _err = tracker("organisation", "show")
    assert code == 0
    assert "C01 (Project-type interventions)" in out and "40 (Multilateral)" in out


def test_set_changes_a_setting_and_the_audit_trail_records_it(tracker, db_target) -> None:
    code, out, err = tracker("organisation", "set", "contact-person", "Ms A. Officer")
    assert (code, err) == (0, "")
    assert "contact-person set to Ms A. Officer" in out
    code, out, err = tracker("organisation", "set", "rbsa.aid-type", "b02")
    assert (code, err) == (0, "")
    assert "B02 (Core contributions to multilateral institutions and global funds)" in out
    settings = shown(tracker)
    assert settings["contact-person"] == "Ms A. Officer"
    assert settings["rbsa.aid-type"] == "B02"
    assert settings["xb.aid-type"] == "C01"  # the other modalities keep theirs

    from tracker.store import models as m
    from tracker.store.database import close_database, open_database

    open_database(db_target)
    try:
        fields = {row.field for row in m.AuditEntry.select().where(m.AuditEntry.table == "organisation_setting")}
    finally:
        close_database()
    assert {"contact_person", "aid_types.rbsa"} <= fields


@pytest.mark.parametrize(("key", "value", "words"), [
    ("xb.flow-type", "99", "'99' is not an IATI flow type"),
    ("reporting-org-type", "41", "'41' is not an IATI organisation type"),
    ("contact-email", "pardev", "'pardev' is not an e-mail address"),
    ("reporting-org-ref", " ", "the organisation needs its IATI organisation identifier"),
    ("colour", "blue", "'colour' is not an organisation setting"),
    ("loans.flow-type", "10", "'loans.flow-type' is not an organisation setting"),
])
def test_a_bad_value_is_refused_in_one_sentence_and_nothing_changes(tracker, key, value, words) -> None:
    before = shown(tracker)
    code, _out, err = tracker("organisation", "set", key, value)
    assert code == 1
    assert words in one_sentence(err)
    assert shown(tracker) == before
