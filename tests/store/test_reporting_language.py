"""A funding partner's reporting language (schema v7): stored through the one write path and
audited, added to older databases by a migration (the reference partners of France, Luxembourg
and Spain then report in French and Spanish, as in a new database), carried by field packages
(a package of an older tracker, without the field, still merges) and set from the command line."""

from __future__ import annotations

import json

import pytest

from tests.cli_helpers import run_cli
from tests.exchange.package_sites import Sites
from tracker.domain.classifications import PartnerCategory
from tracker.domain.errors import ValidationError
from tracker.domain.project import Partner
from tracker.store import models as m
from tracker.store.database import close_database, open_database
from tracker.store.migrations import LATEST_VERSION, current_version
from tracker.store.partners import (
    find_partner_by_code,
    partner_rows,
    reporting_language,
    reporting_language_code,
    save_partner,
)
from tracker.store.reference import REFERENCE_USER, reference_partners

PARTNER = "TESTFUND"  # a code no reference partner has


def _audit(field: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.who, e.old, e.new) for e in m.AuditEntry.select().where((m.AuditEntry.table == "partner") & (m.AuditEntry.field == field))
            .order_by(m.AuditEntry.id)]


def test_a_new_database_holds_the_reference_partners_in_their_languages(db):
    assert {code: reporting_language(code) for code in ("FRA", "LUX", "ESP", "USA", "EU", "UNDP")} == {
        "FRA": "fr", "LUX": "fr", "ESP": "es", "USA": "en", "EU": "en", "UNDP": "en"}
    assert reporting_language("lux") == "fr"  # a code whatever its case
    assert reporting_language("NOBODY") == "en" and reporting_language("") == "en"
    languages = {p.code: p.reporting_language for p in reference_partners()}
    assert {code for code, language in languages.items() if language != "en"} == {"FRA", "LUX", "ESP"}


def test_the_language_is_saved_through_the_write_path_and_audited(db):
    partner = save_partner(Partner(PARTNER, "Test Funding Partner", PartnerCategory.MULTI_BILATERAL))
    assert partner.reporting_language == "en"  # the default
    partner.reporting_language = "es"
    save_partner(partner, "ana")
    assert find_partner_by_code(PARTNER).reporting_language == "es" and reporting_language(PARTNER) == "es"
    assert {row.partner.code: row.partner.reporting_language for row in partner_rows()}[PARTNER] == "es"
    assert _audit("reporting_language") == [("ana", "en", "es")]


def test_a_language_tracker_does_not_write_reports_in_is_refused_naming_the_field(db):
    partner = Partner(PARTNER, "Test Funding Partner", PartnerCategory.MULTI_BILATERAL, reporting_language="de")
    with pytest.raises(ValidationError) as refused:
        save_partner(partner)
    assert [p.field for p in refused.value.problems] == ["reporting_language"]
    assert "reporting language" in str(refused.value) and "'de'" in str(refused.value)
    assert m.Partner.select().where(m.Partner.code == PARTNER).count() == 0


def test_a_language_is_read_by_its_code_or_its_name():
    assert [reporting_language_code(t) for t in ("fr", "FR", "fr_FR", "French", "Français", "español", "en")] == [
        "fr", "fr", "fr", "fr", "fr", "es", "en"]
    with pytest.raises(ValueError, match="'de' is not a reporting language: use en"):
        reporting_language_code("de")


def test_a_version_6_database_gains_the_column_and_the_reference_languages(db, db_target):
    # As schema v6 left a database: no column; a partner of the user's and the reference partners.
    save_partner(Partner(PARTNER, "Test Funding Partner", PartnerCategory.MULTI_BILATERAL))
    db.execute_sql("ALTER TABLE partner DROP COLUMN reporting_language")
    db.execute_sql("DELETE FROM schema_version WHERE version >= 7")
    close_database()
    db = open_database(db_target)
    assert current_version(db) == LATEST_VERSION
    assert "reporting_language" in {c.name for c in db.get_columns("partner")}
    assert {code: reporting_language(code) for code in (PARTNER, "FRA", "LUX", "ESP", "USA")} == {
        PARTNER: "en", "FRA": "fr", "LUX": "fr", "ESP": "es", "USA": "en"}
    assert sorted(_audit("reporting_language")) == [(REFERENCE_USER, "en", "es"), (REFERENCE_USER, "en", "fr"),
                                                    (REFERENCE_USER, "en", "fr")]
    # A partner added now (the column's default) reports in English.
    m.Partner.create(code="RAW", name="Added by SQL", category="multi-bilateral")
    assert reporting_language("RAW") == "en"


def test_a_migrated_reference_partner_is_the_version_a_new_database_holds(db, db_target):
    from tracker.exchange.package_records import content_hash, record_values

    db.execute_sql("ALTER TABLE partner DROP COLUMN reporting_language")
    db.execute_sql("DELETE FROM schema_version WHERE version >= 7")
    close_database()
    open_database(db_target)
    reference = {p.code: p for p in reference_partners()}
    for code in ("FRA", "ESP", "USA"):
        stored = find_partner_by_code(code)
        assert content_hash("partner", None, record_values(stored)) == content_hash("partner", None, record_values(reference[code]))


def test_the_language_travels_in_packages_and_a_partner_in_english_keeps_its_hash(tmp_path):
    from tracker.exchange.package_records import decode, record_values

    sites = Sites(tmp_path)
    try:
        sites.use("a")
        partner = save_partner(Partner(PARTNER, "Test Funding Partner", PartnerCategory.MULTI_BILATERAL))
        # A partner in English travels as before the field existed: an older tracker's package is
        # the same, and the same record decodes with the default.
        values = record_values(partner)
        assert "reporting_language" not in values
        assert decode("partner", partner.uuid, values).reporting_language == "en"
        sites.sync("a", "b")
        sites.use("a")
        partner = find_partner_by_code(PARTNER)
        partner.reporting_language = "fr"
        save_partner(partner)
        assert record_values(find_partner_by_code(PARTNER))["reporting_language"] == "fr"
        report = sites.sync("a", "b")
        assert report.conflicts == []
        sites.use("b")
        assert reporting_language(PARTNER) == "fr"
    finally:
        sites.close()


def test_a_package_record_with_a_bad_language_is_refused_naming_the_field():
    from tracker.exchange.package_format import BadRecord
    from tracker.exchange.package_records import decode

    values = {"code": PARTNER, "name": "Test Funding Partner", "category": "multi-bilateral", "country": "",
              "non_state_kind": None, "reporting_language": "french language"}
    with pytest.raises(BadRecord, match="reporting language"):
        decode("partner", "6f1c9a52-3c1e-4b8e-9a57-2f0d7f5e4a11", values)


# ---------------------------------------------------------------- the command line


@pytest.fixture
def tracker(capsys, db_target):
    open_database(db_target)
    close_database()
    return lambda *args: run_cli(capsys, "--db", str(db_target), *args)


def _listed(tracker) -> dict[str, dict]:
    code, out, err = tracker("partners", "--json")
    assert (code, err) == (0, "")
    return {row["code"]: row for row in json.loads(out)}


def test_partner_add_and_edit_set_the_language_and_partners_shows_it(tracker):
    code, _, err = tracker("partner", "add", "ACME", "Acme Foundation", "--category", "non-state", "--non-state-kind",
                           "foundation", "--language", "es")
    assert (code, err) == (0, "")
    assert _listed(tracker)["ACME"]["reporting_language"] == "es"
    code, _, err = tracker("partner", "edit", "ACME", "--language", "FR")
    assert (code, err) == (0, "")
    rows = _listed(tracker)
    assert rows["ACME"]["reporting_language"] == "fr" and rows["USA"]["reporting_language"] == "en"
    code, _, err = tracker("partner", "edit", "ACME", "--name", "Acme Foundation (Geneva)")
    assert code == 0 and _listed(tracker)["ACME"]["reporting_language"] == "fr"  # an edit without it keeps it
    code, out, _ = tracker("partners")
    header, *lines = out.splitlines()
    assert "Language" in header
    assert next(line for line in lines if line.startswith("ACME")).split()[-3:] == ["fr", "yes", "0"]


def test_partner_add_without_the_option_reports_in_english(tracker):
    code, _, err = tracker("partner", "add", "NEWD", "New Donor", "--category", "multi-bilateral")
    assert (code, err) == (0, "")
    assert _listed(tracker)["NEWD"]["reporting_language"] == "en"


def test_a_bad_language_option_is_one_sentence_naming_the_option(tracker):
    code, _, err = tracker("partner", "edit", "USA", "--language", "de")
    assert code == 2
    assert "--language" in err and "'de' is not a reporting language: use en (English), fr (French) or es (Spanish)" in err
    assert _listed(tracker)["USA"]["reporting_language"] == "en"


# ---------------------------------------------------------------- the store speaks French and Spanish


def test_the_stores_refusals_and_summaries_in_french_and_spanish(db):
    from tracker.domain.i18n import using_language
    from tracker.store.errors import NotFound
    from tracker.store.partners import find_partner, plan_merge
    from tracker.store.projects import DeletionSummary

    summary = DeletionSummary("X", "t", False, fundings=1, revisions=0, expenditures=2, evaluations=3, indicators=0, stage_changes=1)
    with using_language("fr"):
        with pytest.raises(NotFound, match="aucun partenaire n'a le code ou le nom"):
            find_partner("NOBODY")
        with pytest.raises(Exception, match="ne peut pas être fusionné avec lui-même"):
            plan_merge("USA", "usa")
        assert summary.what_goes() == "1 ligne de financement, 2 lignes de dépenses, 3 évaluations et son historique des étapes"
    with using_language("es"):
        with pytest.raises(NotFound, match="ningún socio tiene el código o el nombre"):
            find_partner("NOBODY")
        assert summary.what_goes() == "1 línea de financiación, 2 líneas de gastos, 3 evaluaciones y su historial de etapas"
        with pytest.raises(ValueError, match="no es un idioma de los informes"):
            reporting_language_code("de")
    assert summary.what_goes() == "1 funding line, 2 expenditure lines, 3 evaluations and its stage history"


def test_database_and_output_refusals_in_french_and_spanish(db, tmp_path):
    from tracker.domain.i18n import using_language
    from tracker.store.database import backup_database
    from tracker.store.errors import StoreError
    from tracker.store.postgres import connection_parameters
    from tracker.store.writes import check_output_target

    with using_language("fr"):
        with pytest.raises(StoreError, match="ne nomme aucune base de données"):
            connection_parameters("postgresql://db.example.org")
        with pytest.raises(StoreError, match="est un dossier\u202f; indiquez un nom de fichier pour le fichier de sortie"):
            check_output_target(tmp_path)
    with using_language("es"):
        with pytest.raises(StoreError, match="es una carpeta; indique un nombre de archivo para el paquete"):
            check_output_target(tmp_path, "el paquete")
        if m.database.obj.__class__.__name__ != "TrackerPostgresDatabase":
            with pytest.raises(StoreError, match="es una carpeta; indique un nombre de archivo para la copia de seguridad"):
                backup_database(tmp_path)
