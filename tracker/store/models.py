"""peewee models: one table per entity, plus stage history, audit trail and schema version.

Every record has a stable UUID besides its integer key (field packages match on it) and amounts
in cents with the US$ value precomputed at the record's rate, so totals are integer SUMs in SQL."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import peewee

from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    Independence,
    NonStateKind,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.domain.project import new_uuid
from tracker.store.fields import EnumField, ExactDecimalField, MoneyField

database = peewee.DatabaseProxy()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


class BaseModel(peewee.Model):
    if TYPE_CHECKING:
        # peewee adds these at run time (the implicit key, and `<name>_id` for each foreign key);
        # its stubs do not know them.
        id: Any
        project_id: Any
        partner_id: Any

    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = peewee.IntegerField(primary_key=True)
    applied_at = peewee.DateTimeField(default=utc_now)
    description = peewee.TextField(default="")


class Partner(BaseModel):
    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    code = peewee.CharField(max_length=40, unique=True)
    name = peewee.CharField(max_length=200, unique=True)
    category = EnumField(PartnerCategory, index=True)
    non_state_kind = EnumField(NonStateKind, null=True)
    country = peewee.CharField(max_length=2, default="")
    is_demo = peewee.BooleanField(default=False)
    # A partner no longer offered for new funding lines; its past funding stays (schema v5).
    active = peewee.BooleanField(default=True)
    # The language its reports are written in: en, fr or es (schema v7).
    reporting_language = peewee.CharField(max_length=2, default="en")
    updated_at = peewee.DateTimeField(default=utc_now)


class Project(BaseModel):
    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    code = peewee.CharField(max_length=100, unique=True)
    title = peewee.TextField()
    description = peewee.TextField(default="")
    stage = EnumField(Stage, index=True, default=Stage.DESIGN)
    suspended_from = EnumField(Stage, null=True)
    region = EnumField(Region, null=True, index=True)
    outcome = EnumField(StrategicObjective, null=True, index=True)
    office = peewee.CharField(max_length=200, default="")
    officer = peewee.CharField(max_length=200, default="")
    planned_start = peewee.DateField(null=True)
    planned_end = peewee.DateField(null=True)
    actual_end = peewee.DateField(null=True)
    budget = MoneyField(null=True)
    currency = peewee.CharField(max_length=3, default="USD")
    usd_rate = ExactDecimalField(default="1")
    budget_usd = MoneyField(null=True)
    midterm_review_agreed = peewee.BooleanField(default=False)
    rule_set = peewee.CharField(max_length=60, default="ilo-2002")
    # schema v11: True when someone chose the rule set; False: the one in force on the approval
    # date, worked out on saving (a database default too, as the migration adds it)
    rule_set_assigned = peewee.BooleanField(default=False, constraints=[peewee.SQL("DEFAULT FALSE")])
    is_demo = peewee.BooleanField(default=False)
    # Kept on record but out of the working list (schema v5).
    archived = peewee.BooleanField(default=False, index=True)
    # schema v9; a database default too, as the migration adds it (rows written by older code)
    purpose_code = peewee.CharField(max_length=5, default="", constraints=[peewee.SQL("DEFAULT ''")])
    capital_spend = ExactDecimalField(null=True)  # schema v9, per cent
    # What the portfolio list shows of the child records, kept by the write path in the same
    # transaction (tracker.store.list_totals; schema v10, database defaults as the migration adds them).
    expenditure_usd = peewee.BigIntegerField(default=0, constraints=[peewee.SQL("DEFAULT 0")])  # cents
    funding_usd = peewee.BigIntegerField(default=0, constraints=[peewee.SQL("DEFAULT 0")])  # cents
    funding_summary = peewee.TextField(default="", constraints=[peewee.SQL("DEFAULT ''")])
    country_list = peewee.TextField(default="", constraints=[peewee.SQL("DEFAULT ''")])
    open_evaluations = peewee.TextField(default="", constraints=[peewee.SQL("DEFAULT ''")])
    # The planning inputs and rule set the stored evaluation plan was computed from (schema v10;
    # tracker.store.replan): a re-plan skips a project whose fingerprint still holds.
    plan_fingerprint = peewee.TextField(null=True)
    version = peewee.IntegerField(default=1)  # optimistic locking: bumped on every save
    created_at = peewee.DateTimeField(default=utc_now)
    updated_at = peewee.DateTimeField(default=utc_now)


class ProjectCountry(BaseModel):
    project = peewee.ForeignKeyField(Project, backref="country_rows", on_delete="CASCADE")
    country = peewee.CharField(max_length=2, index=True)
    position = peewee.IntegerField(default=0)
    share = ExactDecimalField(null=True)  # % of the project in this country (schema v2)

    class Meta:
        indexes = ((("project", "country"), True),)


class ProjectTheme(BaseModel):
    project = peewee.ForeignKeyField(Project, backref="theme_rows", on_delete="CASCADE")
    theme = EnumField(Theme, index=True)

    class Meta:
        indexes = ((("project", "theme"), True),)


class Funding(BaseModel):
    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    partner = peewee.ForeignKeyField(Partner, null=True, backref="fundings", on_delete="RESTRICT")
    project = peewee.ForeignKeyField(Project, null=True, backref="funding_rows", on_delete="CASCADE")
    modality = EnumField(FundingModality, index=True)
    amount = MoneyField()
    currency = peewee.CharField(max_length=3)
    usd_rate = ExactDecimalField()
    amount_usd = MoneyField()
    approved_on = peewee.DateField(index=True)
    locally_mobilized = peewee.BooleanField(default=False)
    agreement_reference = peewee.CharField(max_length=100, default="")  # schema v8


class BudgetRevision(BaseModel):
    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="revision_rows", on_delete="CASCADE")
    revised_on = peewee.DateField()
    new_budget = MoneyField(null=True)
    new_end = peewee.DateField(null=True)
    new_usd_rate = ExactDecimalField(null=True)
    reason = peewee.TextField()


class Expenditure(BaseModel):
    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="expenditure_rows", on_delete="CASCADE")
    year = peewee.IntegerField(index=True)
    month = peewee.IntegerField(null=True)
    expenditure_type = EnumField(ExpenditureType, index=True)
    amount = MoneyField()
    currency = peewee.CharField(max_length=3)
    usd_rate = ExactDecimalField()
    amount_usd = MoneyField()
    output = peewee.CharField(max_length=200, default="")  # schema v8


class Evaluation(BaseModel):
    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="evaluation_rows", on_delete="CASCADE")
    kind = EnumField(EvaluationKind)
    sequence = peewee.IntegerField(default=1)
    due = peewee.DateField(index=True)
    status = EnumField(EvaluationStatus, index=True)
    independence = EnumField(Independence, default=Independence.SELF)
    independence_required = peewee.BooleanField(default=False)
    mandatory = peewee.BooleanField(default=False)
    reason = peewee.TextField(default="")
    rule_set = peewee.CharField(max_length=80, default="")
    completed_on = peewee.DateField(null=True)
    evaluator = peewee.CharField(max_length=200, default="")
    rating_relevance = peewee.SmallIntegerField(null=True)
    rating_efficiency = peewee.SmallIntegerField(null=True)
    rating_effectiveness = peewee.SmallIntegerField(null=True)
    rating_impact = peewee.SmallIntegerField(null=True)
    rating_sustainability = peewee.SmallIntegerField(null=True)
    findings = peewee.TextField(default="")
    waiver_reason = peewee.TextField(default="")
    # schema v11: the uuid of the cluster evaluation (ClusterEvaluation) this one is part of, ""
    # for none; indexed: completing a cluster finds its members by it.
    cluster = peewee.CharField(max_length=36, default="", index=True, constraints=[peewee.SQL("DEFAULT ''")])


class ResultIndicator(BaseModel):
    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="indicator_rows", on_delete="CASCADE")
    name = peewee.TextField()
    unit = peewee.CharField(max_length=100, default="")
    baseline = ExactDecimalField(null=True)
    target = ExactDecimalField(null=True)
    achieved = ExactDecimalField(null=True)
    women_share = ExactDecimalField(null=True)


class BudgetLine(BaseModel):
    """A line of a project's approved budget, in the project's currency (schema v8)."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="budget_line_rows", on_delete="CASCADE")
    heading = EnumField(ExpenditureType)
    amount = MoneyField()
    output = peewee.CharField(max_length=200, default="")
    variance_note = peewee.TextField(default="")


class ProgressReport(BaseModel):
    """A project's narrative report on a period (schema v8)."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="progress_report_rows", on_delete="CASCADE")
    period_start = peewee.DateField()
    period_end = peewee.DateField(index=True)
    summary = peewee.TextField()
    challenges = peewee.TextField(default="")
    lessons = peewee.TextField(default="")
    next_steps = peewee.TextField(default="")
    prepared_by = peewee.CharField(max_length=200, default="")


class IndicatorValue(BaseModel):
    """An indicator's value on a date (schema v8); the indicator by its UUID, one of the project's."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="indicator_value_rows", on_delete="CASCADE")
    indicator_uuid = peewee.CharField(max_length=36, index=True)
    measured_on = peewee.DateField()
    value = ExactDecimalField()
    note = peewee.TextField(default="")


class Document(BaseModel):
    """A document of a project or of one of its evaluations (schema v9)."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="document_rows", on_delete="CASCADE")
    title = peewee.CharField(max_length=500)
    category = peewee.CharField(max_length=3)
    language = peewee.CharField(max_length=2, default="")
    document_date = peewee.DateField(null=True)
    url = peewee.CharField(max_length=1000, default="")
    evaluation_uuid = peewee.CharField(max_length=36, default="", index=True)
    file_name = peewee.CharField(max_length=255, default="")
    file_size = peewee.BigIntegerField(null=True)
    file_sha256 = peewee.CharField(max_length=64, default="", index=True)


class DocumentFile(BaseModel):
    """An attached file's bytes, kept once whatever the number of documents naming it (schema v9)."""

    sha256 = peewee.CharField(max_length=64, primary_key=True)
    content = peewee.BlobField()
    size = peewee.BigIntegerField()


class Location(BaseModel):
    """A place within a project's countries (schema v9)."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="location_rows", on_delete="CASCADE")
    name = peewee.CharField(max_length=200)
    country = peewee.CharField(max_length=2, default="")
    description = peewee.TextField(default="")
    latitude = ExactDecimalField(null=True)
    longitude = ExactDecimalField(null=True)


class AppraisalRecord(BaseModel):
    """What was recorded at appraisal to meet one of the rule set's appraisal requirements (schema v11)."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    project = peewee.ForeignKeyField(Project, backref="appraisal_rows", on_delete="CASCADE")
    requirement = peewee.CharField(max_length=40)
    recorded_on = peewee.DateField()
    result = peewee.CharField(max_length=60, default="")
    recorded_by = peewee.CharField(max_length=200, default="")
    note = peewee.TextField(default="")


class ClusterEvaluation(BaseModel):
    """One evaluation covering several projects that share a theme, partner or country (schema
    v11): its own facts here; each covered project's Evaluation names it by uuid (Evaluation.cluster)."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    code = peewee.CharField(max_length=40, unique=True)
    title = peewee.CharField(max_length=200, default="")
    kind = peewee.CharField(max_length=40, default="cluster")  # an EvaluationKind code (custom kinds too)
    basis = peewee.CharField(max_length=20)  # theme, partner or country
    basis_value = peewee.CharField(max_length=60, default="")  # the theme's, partner's or country's code
    created_at = peewee.DateTimeField(default=utc_now)
    updated_at = peewee.DateTimeField(default=utc_now)
    version = peewee.IntegerField(default=1)  # optimistic locking, as a project's


class ExchangeRate(BaseModel):
    """A currency's US$ value from a date until its next rate (schema v9)."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    currency = peewee.CharField(max_length=3)
    valid_from = peewee.DateField()
    usd_per_unit = ExactDecimalField()
    source = peewee.CharField(max_length=200, default="")
    updated_at = peewee.DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("currency", "valid_from"), True),)


class OrganisationSetting(BaseModel):
    """One of the organisation's settings (schema v9): what it publishes as (IATI reporting
    organisation, contact) and its defaults (flow, finance, aid and tied-aid types by modality)."""

    key = peewee.CharField(max_length=60, primary_key=True)
    value = peewee.TextField(default="")
    updated_at = peewee.DateTimeField(default=utc_now)


class StageChange(BaseModel):
    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)  # schema v3: packages carry it
    project = peewee.ForeignKeyField(Project, backref="stage_changes", on_delete="CASCADE")
    from_stage = EnumField(Stage, null=True)
    to_stage = EnumField(Stage)
    action = peewee.CharField(max_length=40)
    reason = peewee.TextField(default="")
    changed_on = peewee.DateField()
    at = peewee.DateTimeField(default=utc_now)
    who = peewee.TextField(default="")  # TRACKER_USER, or "package <name of a site>"


class AuditEntry(BaseModel):
    """One changed value: what (table, record, field), old, new, when, who."""

    at = peewee.DateTimeField(default=utc_now, index=True)
    who = peewee.TextField()
    table = peewee.CharField(max_length=40)
    record_uuid = peewee.CharField(max_length=36, index=True)
    project_code = peewee.TextField(default="")
    action = peewee.CharField(max_length=20)  # insert, update, delete, replan, stage
    field = peewee.CharField(max_length=60, default="")
    old = peewee.TextField(null=True)
    new = peewee.TextField(null=True)

    class Meta:
        # A project's trail, newest first, is read through one index (schema v10): with an index
        # of the code alone SQLite walked the whole trail in time order instead (0.9 s for 7
        # entries of one project after a portfolio was re-planned).
        indexes = ((("project_code", "at"), False),)


class Site(BaseModel):
    """This database's identity in field-package exchanges (schema v3): one row."""

    uuid = peewee.CharField(max_length=36, unique=True, default=new_uuid)
    name = peewee.TextField()
    created_at = peewee.DateTimeField(default=utc_now)


class SyncBase(BaseModel):
    """The content hash of each record as of the last exchange (export or merge) that carried
    it: a record whose hash differs has changed since; with the hashes of earlier exchanges, the
    versions a package's record descends from (schema v3)."""

    record_uuid = peewee.CharField(max_length=36, primary_key=True)
    kind = peewee.CharField(max_length=40)
    hash = peewee.CharField(max_length=64)
    history = peewee.TextField(default="[]")  # JSON list of earlier exchanged hashes, newest first
    at = peewee.DateTimeField(default=utc_now)


class ExchangeLog(BaseModel):
    """Every package exported or merged: the exchange markers (schema v3)."""

    package_id = peewee.CharField(max_length=36, index=True)
    direction = peewee.CharField(max_length=10)  # export, merge
    peer_uuid = peewee.CharField(max_length=36, default="")
    peer_name = peewee.TextField(default="")
    at = peewee.DateTimeField(default=utc_now)
    records = peewee.IntegerField(default=0)
    conflicts = peewee.IntegerField(default=0)


class Conflict(BaseModel):
    """A record changed here and in a merged package since the last exchange: both versions kept
    (the local one in place, the incoming one here) until a person resolves it (schema v3)."""

    kind = peewee.CharField(max_length=40)
    record_uuid = peewee.CharField(max_length=36, index=True)
    project_uuid = peewee.CharField(max_length=36, null=True)
    label = peewee.TextField(default="")
    local_json = peewee.TextField(null=True)  # null: deleted here
    incoming_json = peewee.TextField(null=True)  # null: deleted there
    incoming_hash = peewee.CharField(max_length=64, default="")
    source_uuid = peewee.CharField(max_length=36, default="")
    source_name = peewee.TextField(default="")
    package_id = peewee.CharField(max_length=36, default="")
    detected_at = peewee.DateTimeField(default=utc_now)
    resolved_at = peewee.DateTimeField(null=True)
    resolution = peewee.CharField(max_length=20, default="")  # local, incoming
    resolved_by = peewee.TextField(default="")


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Partner,
    Project,
    ProjectCountry,
    ProjectTheme,
    Funding,
    BudgetRevision,
    Expenditure,
    Evaluation,
    ResultIndicator,
    BudgetLine,
    ProgressReport,
    IndicatorValue,
    Document,
    DocumentFile,
    Location,
    AppraisalRecord,
    ClusterEvaluation,
    ExchangeRate,
    OrganisationSetting,
    StageChange,
    AuditEntry,
    Site,
    SyncBase,
    ExchangeLog,
    Conflict,
]
