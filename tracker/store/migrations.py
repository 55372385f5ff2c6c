"""Schema versions with forward migrations, applied in one transaction each on opening."""

from __future__ import annotations

from collections.abc import Callable

import peewee

from tracker.domain.i18n import translate
from tracker.store.errors import StoreError
from tracker.store.models import ALL_MODELS, SchemaVersion


def _v1_initial(db: peewee.Database) -> None:
    db.create_tables(ALL_MODELS)


def _v2_country_shares(db: peewee.Database) -> None:
    columns = {c.name for c in db.get_columns("project_country")}
    if "share" not in columns:  # a v1 database created by this code already has it
        db.execute_sql("ALTER TABLE project_country ADD COLUMN share TEXT")


def _v3_field_packages(db: peewee.Database) -> None:
    from tracker.domain.project import new_uuid
    from tracker.store.models import Conflict, ExchangeLog, Site, SyncBase

    columns = {c.name for c in db.get_columns("stage_change")}
    if "uuid" not in columns:  # a v1 database created by this code already has it
        db.execute_sql("ALTER TABLE stage_change ADD COLUMN uuid VARCHAR(36)")
        ids = [row[0] for row in db.execute_sql("SELECT id FROM stage_change").fetchall()]
        for row_id in ids:
            db.execute_sql(f"UPDATE stage_change SET uuid = {db.param} WHERE id = {db.param}", (new_uuid(), row_id))
        db.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "stage_change_uuid" ON "stage_change" ("uuid")')
    db.create_tables([Site, SyncBase, ExchangeLog, Conflict], safe=True)


# Texts whose length tracker does not limit (who made a change, site and package names) or
# limits more loosely than their first columns did (an audit entry's project code: codes are up to
# 100 characters). SQLite ignores declared lengths; PostgreSQL enforces them.
WIDENED_TO_TEXT = [("stage_change", "who"), ("audit_entry", "who"), ("audit_entry", "project_code"), ("site", "name"),
                   ("exchange_log", "peer_name"), ("conflict", "source_name"), ("conflict", "resolved_by")]


def _v4_free_text(db: peewee.Database) -> None:
    if isinstance(db, peewee.PostgresqlDatabase):
        for table, column in WIDENED_TO_TEXT:
            db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE TEXT')


def _v5_partner_active_project_archived(db: peewee.Database) -> None:
    false, true = ("FALSE", "TRUE") if isinstance(db, peewee.PostgresqlDatabase) else ("0", "1")
    if "active" not in {c.name for c in db.get_columns("partner")}:  # a v1 database created by this code has it
        db.execute_sql(f"ALTER TABLE partner ADD COLUMN active BOOLEAN NOT NULL DEFAULT {true}")
    if "archived" not in {c.name for c in db.get_columns("project")}:
        db.execute_sql(f"ALTER TABLE project ADD COLUMN archived BOOLEAN NOT NULL DEFAULT {false}")
        db.execute_sql('CREATE INDEX IF NOT EXISTS "project_archived" ON "project" ("archived")')


def _v6_code_lookup(db: peewee.Database) -> None:
    db.execute_sql('CREATE INDEX IF NOT EXISTS "project_code_lower" ON "project" (LOWER("code"))')


def _v7_partner_reporting_language(db: peewee.Database) -> None:
    if "reporting_language" not in {c.name for c in db.get_columns("partner")}:  # a v1 database created by this code has it
        db.execute_sql("ALTER TABLE partner ADD COLUMN reporting_language VARCHAR(2) NOT NULL DEFAULT 'en'")
    # The reference partners this database holds take the language the reference data gives them
    # (France's, Luxembourg's in French, Spain's in Spanish), as a database created now has them:
    # the same values, the same version in field packages. Audited as the seeding is.
    from tracker.store.reference import set_reference_languages

    set_reference_languages()


def _v8_budget_lines_progress_reports(db: peewee.Database) -> None:
    from tracker.store.models import BudgetLine, IndicatorValue, ProgressReport

    if "agreement_reference" not in {c.name for c in db.get_columns("funding")}:  # a v1 database created by this code has it
        db.execute_sql("ALTER TABLE funding ADD COLUMN agreement_reference VARCHAR(100) NOT NULL DEFAULT ''")
    if "output" not in {c.name for c in db.get_columns("expenditure")}:
        db.execute_sql("ALTER TABLE expenditure ADD COLUMN output VARCHAR(200) NOT NULL DEFAULT ''")
    db.create_tables([BudgetLine, ProgressReport, IndicatorValue], safe=True)


def _v9_rates_documents_locations(db: peewee.Database) -> None:
    from tracker.store.models import Document, DocumentFile, ExchangeRate, Location, OrganisationSetting

    present = {c.name for c in db.get_columns("project")}  # a v1 database created by this code has them
    if "purpose_code" not in present:
        db.execute_sql("ALTER TABLE project ADD COLUMN purpose_code VARCHAR(5) NOT NULL DEFAULT ''")
    if "capital_spend" not in present:
        db.execute_sql("ALTER TABLE project ADD COLUMN capital_spend TEXT")
    db.create_tables([Document, DocumentFile, Location, ExchangeRate, OrganisationSetting], safe=True)


def _v10_list_totals_plan_fingerprints(db: peewee.Database) -> None:
    from tracker.store import list_totals

    present = {c.name for c in db.get_columns("project")}  # a v1 database created by this code has them
    for column, kind in (("expenditure_usd", "BIGINT NOT NULL DEFAULT 0"), ("funding_usd", "BIGINT NOT NULL DEFAULT 0"),
                         ("funding_summary", "TEXT NOT NULL DEFAULT ''"), ("country_list", "TEXT NOT NULL DEFAULT ''"),
                         ("open_evaluations", "TEXT NOT NULL DEFAULT ''"), ("plan_fingerprint", "TEXT")):
        if column not in present:
            db.execute_sql(f"ALTER TABLE project ADD COLUMN {column} {kind}")
    list_totals.refresh(None, db=db)
    # "Does this database hold demo projects?" is asked after every save (the demo notice): an
    # index of the few demo rows answers it without scanning 100,000 real ones.
    db.execute_sql("CREATE INDEX IF NOT EXISTS project_demo ON project (id) WHERE is_demo")
    # A project's audit trail by code and time in one index, in place of the code alone (models.AuditEntry).
    db.execute_sql('CREATE INDEX IF NOT EXISTS audit_entry_project_code_at ON audit_entry (project_code, "at")')
    db.execute_sql("DROP INDEX IF EXISTS audit_entry_project_code")


def _v11_rule_set_policy_appraisals_clusters(db: peewee.Database) -> None:
    from tracker.store.models import AppraisalRecord, ClusterEvaluation

    false = "FALSE" if isinstance(db, peewee.PostgresqlDatabase) else "0"
    if "rule_set_assigned" not in {c.name for c in db.get_columns("project")}:  # a v1 database created by this code has it
        db.execute_sql(f"ALTER TABLE project ADD COLUMN rule_set_assigned BOOLEAN NOT NULL DEFAULT {false}")
        # A project following another rule set than the one every project followed by default
        # had it chosen by someone: it stays assigned, so no policy in force moves it.
        true = "TRUE" if isinstance(db, peewee.PostgresqlDatabase) else "1"
        db.execute_sql(f"UPDATE project SET rule_set_assigned = {true} WHERE rule_set <> 'ilo-2002'")
    if "cluster" not in {c.name for c in db.get_columns("evaluation")}:
        db.execute_sql("ALTER TABLE evaluation ADD COLUMN cluster VARCHAR(36) NOT NULL DEFAULT ''")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "evaluation_cluster" ON "evaluation" ("cluster")')
    db.create_tables([AppraisalRecord, ClusterEvaluation], safe=True)


# (version, description, function). Append only: a released migration never changes.
# v1 creates the tables from the current models, so later steps check before altering.
MIGRATIONS: list[tuple[int, str, Callable[[peewee.Database], None]]] = [
    (1, "initial schema", _v1_initial),
    (2, "country shares of a project", _v2_country_shares),
    (3, "field packages: site identity, exchange markers, sync base, conflicts", _v3_field_packages),
    (4, "names and who-columns as unlimited text (enforced by PostgreSQL only)", _v4_free_text),
    (5, "partners can be deactivated, projects archived", _v5_partner_active_project_archived),
    (6, "project codes looked up whatever their case through an index", _v6_code_lookup),
    (7, "funding partners' reporting language", _v7_partner_reporting_language),
    (8, "budget lines, expenditure by output, agreement references, progress reports and indicator values",
     _v8_budget_lines_progress_reports),
    (9, "exchange rates by date, documents and their files, locations, purpose codes, organisation settings",
     _v9_rates_documents_locations),
    (10, "the portfolio list's totals kept on the project row; evaluation plan fingerprints", _v10_list_totals_plan_fingerprints),
    (11, "rule sets assigned or in force, appraisal records, cluster evaluations", _v11_rule_set_policy_appraisals_clusters),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(db: peewee.Database) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        if db.get_tables():
            raise StoreError(translate("StoreMigration", "the database holds tables but no tracker schema version: it is not a "
                                                         "tracker database"))
        return 0
    row = SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar()
    return int(row or 0)


def migrate(db: peewee.Database) -> int:
    """Bring the schema to LATEST_VERSION; refuse a database written by a newer tracker."""
    version = current_version(db)
    if version > LATEST_VERSION:
        raise StoreError(translate("StoreMigration", "this database has schema version {version}, newer than this tracker knows "
                                                     "({latest}); update tracker before opening it")
                         .format(version=version, latest=LATEST_VERSION))
    for number, description, step in MIGRATIONS:
        if number <= version:
            continue
        with db.atomic():
            step(db)
            SchemaVersion.create(version=number, description=description)
    if version == 0:  # a new database starts with the reference data; an existing one is left as it is
        from tracker.store.reference import seed_reference_partners

        seed_reference_partners(db)
    return LATEST_VERSION
