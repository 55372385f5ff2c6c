"""Reading and writing whole projects: one transaction per save, audit trail, re-planning.

Every action a user can take on a project (save an edit, revise the budget, move it through the
cycle, record an evaluation) is a function here, so the GUI and the CLI share it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import peewee

from tracker.domain import cycle
from tracker.domain import project as d
from tracker.domain import records as rk
from tracker.domain.classifications import PartnerCategory, Stage
from tracker.domain.errors import FieldProblem, TransitionRefused, ValidationError
from tracker.domain.i18n import translate
from tracker.domain.numbers import stored_texts
from tracker.domain.records import check_stage_change
from tracker.domain.rules.engine import EvaluationPlan
from tracker.domain.rules.planning import FOLLOWS_POLICY_IN_FORCE, plan_for_project
from tracker.domain.rules.replan import PlanChange, replan
from tracker.domain.rules.ruleset import RuleSet, RuleSetError, load_rule_set, rule_set_in_force
from tracker.store import documents, list_totals, plan_fingerprints
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.codes import code_taken
from tracker.store.database import current_user
from tracker.store.errors import NotFound, StaleEdit
from tracker.store.writes import write_transaction

# ---------------------------------------------------------------- reading


# The child kinds of schema v8 on, stored and read generically from their descriptions (the older
# ones keep their own ordering and column functions above).
NEWER_CHILD_KINDS = (rk.BUDGET_LINE, rk.PROGRESS_REPORT, rk.INDICATOR_VALUE, rk.DOCUMENT, rk.LOCATION, rk.APPRAISAL)

def find_project_row(code_or_id: str | int) -> m.Project:
    if isinstance(code_or_id, int):
        row = m.Project.get_or_none(m.Project.id == code_or_id)
    else:
        row = m.Project.get_or_none(m.Project.code == code_or_id.strip())
        if row is None:
            row = m.Project.get_or_none(peewee.fn.LOWER(m.Project.code) == code_or_id.strip().lower())
    if row is None:
        raise NotFound(translate("StoreProject", "no project with code '{code}'").format(code=code_or_id))
    return row


def load_project(code_or_id: str | int) -> d.Project:
    """The project with all its child records (a handful of queries, whatever its size)."""
    row = find_project_row(code_or_id)
    project = mp.project_from_row(row)
    country_rows = list(m.ProjectCountry.select().where(m.ProjectCountry.project == row.id).order_by(m.ProjectCountry.position))
    project.countries = [r.country for r in country_rows]
    project.country_shares = {r.country: r.share for r in country_rows if r.share is not None}
    project.themes = [r.theme for r in m.ProjectTheme.select().where(m.ProjectTheme.project == row.id).order_by(m.ProjectTheme.id)]
    funding_rows = list(m.Funding.select().where(m.Funding.project == row.id).order_by(m.Funding.approved_on, m.Funding.id))
    partner_ids = {r.partner_id for r in funding_rows if r.partner_id is not None}
    # Only this project's partners: an import creating thousands of partners stays linear.
    partner_codes = dict(m.Partner.select(m.Partner.id, m.Partner.code).where(m.Partner.id.in_(list(partner_ids))).tuples()) if partner_ids else {}
    project.fundings = [
        mp.funding_from_row(r, partner_codes.get(r.partner_id), row.code) for r in funding_rows
    ]
    project.revisions = [
        mp.revision_from_row(r)
        for r in m.BudgetRevision.select().where(m.BudgetRevision.project == row.id).order_by(m.BudgetRevision.revised_on, m.BudgetRevision.id)
    ]
    project.expenditures = [
        mp.expenditure_from_row(r)
        for r in m.Expenditure.select()
        .where(m.Expenditure.project == row.id)
        .order_by(m.Expenditure.year, m.Expenditure.month, m.Expenditure.id)
    ]
    project.evaluations = [
        mp.evaluation_from_row(r)
        for r in m.Evaluation.select().where(m.Evaluation.project == row.id).order_by(m.Evaluation.due, m.Evaluation.id)
    ]
    project.indicators = [
        mp.indicator_from_row(r) for r in m.ResultIndicator.select().where(m.ResultIndicator.project == row.id).order_by(m.ResultIndicator.id)
    ]
    for kind in NEWER_CHILD_KINDS:  # read in the order they were entered, as the editor lists them
        model = mp.MODELS[kind.name]
        rows = model.select().where(model.project == row.id).order_by(model.id)  # type: ignore[attr-defined]
        setattr(project, kind.list_attribute or "", [mp.from_row(kind, r) for r in rows])
    return project


def plan_for(project: d.Project) -> EvaluationPlan | None:
    """The rules engine's plan for the project's current dates, budget and funding under its rule
    set, or None while the dates or budget are missing or unusable (tracker.domain.rules.planning)."""
    return plan_for_project(project, load_rule_set(project.rule_set), partner_categories(project))


def partner_categories(project: d.Project) -> dict[str, PartnerCategory]:
    """The category of each partner the project's funding lines name, by partner code (the rule
    sets' conditions on the partner category read them)."""
    codes = sorted({f.partner_code for f in project.fundings if f.partner_code})
    if not codes:
        return {}
    return {code: category for code, category in
            m.Partner.select(m.Partner.code, m.Partner.category).where(m.Partner.code.in_(codes)).tuples()}


def resolve_rule_set(project: d.Project, on: dt.date | None = None, in_force: str | None = None) -> None:
    """Give a project whose rule set nobody assigned the policy in force on `on` (today by
    default; `in_force`: its name, when the caller worked it out for many projects) while it is
    not yet approved; an assigned rule set, or an approved project's, stays."""
    if not project.rule_set_assigned and project.stage in FOLLOWS_POLICY_IN_FORCE:
        project.rule_set = in_force or rule_set_in_force(on or dt.date.today())


# ---------------------------------------------------------------- writing


def save_project(project: d.Project, who: str | None = None, *, allow_stage_change: bool = False,
                 attachments: Mapping[str, bytes] | None = None,
                 rule_set_on: dt.date | None = None) -> tuple[d.Project, list[PlanChange]]:
    """Validate and store `project` with all its child records in one transaction; re-plan its
    evaluations for its dates and budget. Returns the stored project and the plan changes.

    `attachments` gives the bytes of files its documents name that the database does not keep
    yet, by their SHA-256 (tracker.store.documents: checked, kept once, dropped when no document
    names them any more).

    Refuses an edit of a project saved by someone else since it was loaded (StaleEdit) and a
    stage change outside the project-cycle actions. A project whose rule set nobody assigned and
    that is not yet approved is planned under the policy in force on `rule_set_on` (default today:
    resolve_rule_set)."""
    who = who or current_user()
    resolve_rule_set(project, rule_set_on)
    try:
        rules: RuleSet | None = load_rule_set(project.rule_set)
    except RuleSetError:
        # Not on this computer (a package from an office that has it, a file removed since): the
        # project is kept with its plan as it stands, and `tracker replan` / `tracker check` name
        # it until the rule set is installed. Choosing one is checked where it is chosen.
        rules = None
    project.validate()
    documents.evaluations_gone(project)
    if problems := documents.document_problems(project):
        raise ValidationError(problems, subject=project_subject(project.code), kind="project")
    with write_transaction():
        existing = m.Project.get_or_none(m.Project.uuid == project.uuid)
        before = load_project(existing.id) if existing else None
        _check_code_free(project, existing)
        if before is not None:
            if before.version != project.version:
                raise StaleEdit(changed_since_opened(project.code, before.version, project.version))
            if before.stage != project.stage and not allow_stage_change:
                raise ValidationError(
                    FieldProblem("stage", translate("StoreProject", "the stage changes only through a project-cycle action such as 'Approve'")),
                    subject=project_subject(project.code), kind="project",
                )
        elif project.id is not None:
            # Loaded from the store, and gone since: deleted by someone else (another window, the
            # command line, a merged package). Saving would bring it back as a new project.
            raise StaleEdit(translate("StoreProject", "project {code} was deleted by someone else since you opened it; it is not saved again "
                                                    "(copy what you need from this window, then close it)").format(code=project.code))
        elif project.stage is not Stage.DESIGN and not allow_stage_change:
            raise ValidationError(FieldProblem("stage", translate("StoreProject", "a new project starts in Design")), subject=project_subject(project.code), kind="project")

        changes: list[PlanChange] = []
        with stored_texts():  # reasons stored in one language and number style, whoever saves
            plan = plan_for_project(project, rules, partner_categories(project)) if rules is not None else None
            if plan is not None:
                project.evaluations, changes = replan(project.evaluations, plan)
                documents.evaluations_gone(project)

        log = AuditLog(who, project.code)
        columns = mp.project_columns(project)
        now = m.utc_now()
        if existing is None:
            row = m.Project.create(**columns, version=1, created_at=now, updated_at=now)
        else:
            updated = (
                m.Project.update(**columns, version=m.Project.version + 1, updated_at=now)
                .where((m.Project.id == existing.id) & (m.Project.version == project.version))
                .execute()
            )
            if updated != 1:  # another writer got in between our read and this write
                raise StaleEdit(translate("StoreProject", "project {code} was changed by someone else while saving; reload it")
                                .format(code=project.code))
            row = m.Project.get_by_id(existing.id)
        log.diff("project", project.uuid, mp.snapshot(before) if before else None, mp.snapshot(project))
        if before is not None:
            # The code may have changed: keep the trail findable under the new code.
            log.project_code = project.code
        _write_children(row.id, project, before, log)
        list_totals.refresh([row.id])
        plan_fingerprints.write([row.id], [project.rule_set])  # what this plan was computed from
        documents.keep_files(project, attachments, project_subject(project.code))
        if before is not None:
            documents.forget_files(doc.file_sha256 for doc in before.documents)
        for change in changes:
            log.add("evaluation", project.uuid, "replan", change.evaluation, None, f"{change.action}: {change.detail}")
        log.write()
    return load_project(row.id), changes


def project_subject(code: str) -> str:
    """How a refusal names the project it is about: "project LUX/24/01/SEN"."""
    return translate("StoreProject", "project {code}").format(code=code)


def changed_since_opened(code: str, stored_version: int, your_version: int) -> str:
    """The refusal of an edit made on a version of the project someone else has saved since."""
    return translate("StoreProject", "project {code} was changed by someone else since you opened it (version {stored}, yours "
                                     "{yours}); reload it and make your change again").format(
        code=code, stored=stored_version, yours=your_version)


def _check_code_free(project: d.Project, existing: m.Project | None) -> None:
    """Codes are unique whatever their case: "lux/24/01/sen" beside "LUX/24/01/SEN" would be one
    project to every reader (and `tracker show` finds codes ignoring case)."""
    code = project.code.strip()
    clash = code_taken(code, existing.uuid if existing is not None else None)
    if clash is not None:
        raise ValidationError(FieldProblem("code", d.code_in_use(project.code, clash)), subject=project_subject(project.code), kind="project")


def _partner_ids(codes: Iterable[str | None]) -> dict[str, int]:
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    found = dict(m.Partner.select(m.Partner.code, m.Partner.id).where(m.Partner.code.in_(list(wanted))).tuples())
    missing = sorted(wanted - set(found))
    if missing:
        raise ValidationError([FieldProblem("partner", translate("StoreProject", "no partner with code '{code}'").format(code=code))
                               for code in missing])
    return found


def _write_children(project_id: int, project: d.Project, before: d.Project | None, log: AuditLog) -> None:
    m.ProjectCountry.delete().where(m.ProjectCountry.project == project_id).execute()
    if project.countries:
        m.ProjectCountry.insert_many(
            [
                {"project": project_id, "country": c, "position": i, "share": project.country_shares.get(c)}
                for i, c in enumerate(project.countries)
            ]
        ).execute()
    m.ProjectTheme.delete().where(m.ProjectTheme.project == project_id).execute()
    if project.themes:
        m.ProjectTheme.insert_many([{"project": project_id, "theme": t} for t in dict.fromkeys(project.themes)]).execute()

    partner_ids = _partner_ids(f.partner_code for f in project.fundings)
    specs: list[tuple[str, type[m.BaseModel], list[Any], Any]] = [
        ("funding", m.Funding, project.fundings, lambda r: mp.funding_columns(r, project_id, partner_ids.get(r.partner_code or ""))),
        ("budget_revision", m.BudgetRevision, project.revisions, lambda r: mp.revision_columns(r, project_id)),
        ("expenditure", m.Expenditure, project.expenditures, lambda r: mp.expenditure_columns(r, project_id)),
        ("evaluation", m.Evaluation, project.evaluations, lambda r: mp.evaluation_columns(r, project_id)),
        ("result_indicator", m.ResultIndicator, project.indicators, lambda r: mp.indicator_columns(r, project_id)),
    ]
    for kind in NEWER_CHILD_KINDS:
        specs.append((kind.name, mp.MODELS[kind.name], getattr(project, kind.list_attribute or ""),
                      lambda r, kind=kind: {**mp.columns(kind, r), "project": project_id}))
    old_lists: dict[str, list[Any]] = {
        "funding": before.fundings if before else [],
        "budget_revision": before.revisions if before else [],
        "expenditure": before.expenditures if before else [],
        "evaluation": before.evaluations if before else [],
        "result_indicator": before.indicators if before else [],
        **{k.name: getattr(before, k.list_attribute or "") if before else [] for k in NEWER_CHILD_KINDS},
    }
    for table, model, records, to_columns in specs:
        old_by_uuid = {r.uuid: r for r in old_lists[table]}
        new_uuids = {r.uuid for r in records}
        if len(new_uuids) != len(records):
            raise ValidationError(FieldProblem(table, translate("StoreProject", "two records share one identifier")), subject=project_subject(project.code), kind="project")
        removed = [u for u in old_by_uuid if u not in new_uuids]
        if removed:
            model.delete().where(model.uuid.in_(removed)).execute()  # type: ignore[attr-defined]
            for u in removed:
                log.diff(table, u, mp.snapshot(old_by_uuid[u]), None)
        inserts = []
        for record in records:
            old = old_by_uuid.get(record.uuid)
            after = mp.snapshot(record)
            if old is None:
                inserts.append(to_columns(record))
                log.diff(table, record.uuid, None, after)
            else:
                previous = mp.snapshot(old)
                if previous != after:
                    columns = to_columns(record)
                    columns.pop("uuid")
                    model.update(**columns).where(model.uuid == record.uuid).execute()  # type: ignore[attr-defined]
                    log.diff(table, record.uuid, previous, after)
        for batch in peewee.chunked(inserts, 100):
            model.insert_many(batch).execute()


def delete_project(code: str, who: str | None = None) -> None:
    row = find_project_row(code)
    log = AuditLog(who or current_user(), row.code)
    with write_transaction():
        project = load_project(row.id)
        log.diff("project", row.uuid, mp.snapshot(project), None)
        # Every record that goes with it is in the trail too, as a deletion of its own.
        for table, records in (("funding", project.fundings), ("budget_revision", project.revisions),
                               ("expenditure", project.expenditures), ("evaluation", project.evaluations),
                               ("result_indicator", project.indicators), ("document", project.documents),
                               ("appraisal", project.appraisals)):
            for record in records:
                log.diff(table, record.uuid, mp.snapshot(record), None)
        for change in m.StageChange.select().where(m.StageChange.project == row.id):
            log.diff("stage_change", change.uuid, {"from_stage": change.from_stage.value if change.from_stage else None,
                                                   "to_stage": change.to_stage.value, "action": change.action,
                                                   "reason": change.reason, "who": change.who}, None)
        for model in (m.ProjectCountry, m.ProjectTheme, m.Funding, m.BudgetRevision, m.Expenditure, m.Evaluation, m.ResultIndicator, m.StageChange,
                      m.Document):
            model.delete().where(model.project == row.id).execute()  # type: ignore[attr-defined]
        row.delete_instance()
        documents.forget_files(doc.file_sha256 for doc in project.documents)  # its files no other document names
        log.write()


@dataclasses.dataclass(frozen=True)
class DeletionSummary:
    """What deleting a project takes with it, for a confirmation that names it."""

    code: str
    title: str
    is_demo: bool
    fundings: int
    revisions: int
    expenditures: int
    evaluations: int
    indicators: int
    stage_changes: int
    budget_lines: int = 0
    progress_reports: int = 0
    documents: int = 0

    def what_goes(self) -> str:
        """'2 funding lines, 14 expenditure lines, 3 evaluations and its stage history', or
        'nothing else' for a project with no records."""
        # (Counts go to translate() as plain names: pyside6-lupdate misses a call whose count is
        # an attribute.)
        fundings, revisions, expenditures = self.fundings, self.revisions, self.expenditures
        evaluations, indicators = self.evaluations, self.indicators
        budget_lines, progress_reports, documents = self.budget_lines, self.progress_reports, self.documents
        parts = [text for count, text in (
            (fundings, translate("StoreProject", "%n funding line(s)", "", fundings)),
            (revisions, translate("StoreProject", "%n budget revision(s)", "", revisions)),
            (expenditures, translate("StoreProject", "%n expenditure line(s)", "", expenditures)),
            (evaluations, translate("StoreProject", "%n evaluation(s)", "", evaluations)),
            (indicators, translate("StoreProject", "%n result indicator(s)", "", indicators)),
            (budget_lines, translate("StoreProject", "%n budget line(s)", "", budget_lines)),
            (progress_reports, translate("StoreProject", "%n progress report(s)", "", progress_reports)),
            (documents, translate("StoreProject", "%n document(s)", "", documents))) if count]
        if self.stage_changes:
            parts.append(translate("StoreProject", "its stage history"))
        if not parts:
            return translate("StoreProject", "nothing else")
        if len(parts) == 1:
            return parts[0]
        return translate("StoreProject", "{list} and {last}").format(list=", ".join(parts[:-1]), last=parts[-1])


def deletion_summary(code: str) -> DeletionSummary:
    """The project and the counts of what goes with it when it is deleted."""
    row = find_project_row(code)

    def count(model: Any) -> int:
        return int(model.select().where(model.project == row.id).count())

    return DeletionSummary(row.code, row.title, bool(row.is_demo), count(m.Funding), count(m.BudgetRevision), count(m.Expenditure),
                           count(m.Evaluation), count(m.ResultIndicator), count(m.StageChange), count(m.BudgetLine),
                           count(m.ProgressReport), count(m.Document))


def archive_project(code: str, who: str | None = None) -> bool:
    """Archive a project: it stays on record (reports, packages, `tracker show`) but leaves the
    portfolio list unless archived projects are asked for. False when it was archived already.
    The version is bumped, so an editor still open on the project cannot save over it."""
    return _set_archived(code, True, who)


def restore_project(code: str, who: str | None = None) -> bool:
    """Bring an archived project back to the portfolio list; False when it was not archived."""
    return _set_archived(code, False, who)


def _set_archived(code: str, archived: bool, who: str | None) -> bool:
    who = who or current_user()
    with write_transaction():
        row = find_project_row(code)
        if bool(row.archived) == archived:
            return False
        updated = (m.Project.update(archived=archived, version=m.Project.version + 1, updated_at=m.utc_now())
                   .where((m.Project.id == row.id) & (m.Project.version == row.version)).execute())
        if updated != 1:  # another writer got in between our read and this write
            raise StaleEdit(translate("StoreProject", "project {code} was changed by someone else meanwhile; try again").format(code=row.code))
        log = AuditLog(who, row.code)
        log.add("project", row.uuid, "update", "archived", mp.audit_text(not archived), mp.audit_text(archived))
        log.write()
    return True


def change_stage(code: str, action_code: str, reason: str = "", who: str | None = None, on: dt.date | None = None, *,
                 expected_from: Stage | None = None, record_uuid: str | None = None,
                 recorded_by: str | None = None, recorded_at: dt.datetime | None = None) -> cycle.StageChange:
    """Take a project-cycle action ("approve", "start", ...), or raise TransitionRefused naming
    each failed guard. The stage history and the audit trail record it, in one transaction.

    A stage change that arrives from elsewhere (a field package, an IATI file) is replayed through
    here as the action it stands for: `expected_from` is the stage it left there (refused when the
    project is in another stage here) and `record_uuid` the history entry's identity there;
    `recorded_by` and `recorded_at` keep who took the action there and when, so the entry is the
    same in both databases (the audit trail names `who`, the replayer)."""
    who = who or current_user()
    check_stage_change(reason, recorded_by or who)  # the texts stored, checked alike on both engines
    with write_transaction():
        project = load_project(code)
        if expected_from is not None and project.stage is not expected_from:
            raise TransitionRefused(
                translate("StoreProject", "{action} of project {code}").format(action=action_code, code=project.code),
                [translate("StoreProject", "the project is in {stage} here, not {expected}").format(stage=project.stage.label,
                                                                                         expected=expected_from.label)],
            )
        action = cycle.action_for(action_code, project.stage)
        day = on or dt.date.today()
        if action.code == "approve" and not project.rule_set_assigned and project.rule_set != rule_set_in_force(day):
            # Approved on a day another policy was in force (an approval recorded late): planned
            # under that one first, so that the guards and the plan follow the approval date.
            project, _ = save_project(project, who, rule_set_on=day)
        change = cycle.apply(project, action, reason=reason, on=day, rule_set=load_rule_set(project.rule_set),
                             partner_categories=partner_categories(project))
        m.Project.update(
            stage=project.stage,
            suspended_from=project.suspended_from,
            version=m.Project.version + 1,
            updated_at=m.utc_now(),
        ).where(m.Project.id == project.id).execute()
        entry = m.StageChange.create(
            uuid=record_uuid or d.new_uuid(),
            project=project.id,
            from_stage=change.from_stage,
            to_stage=change.to_stage,
            action=change.action,
            reason=change.reason,
            changed_on=change.on,
            at=recorded_at or m.utc_now(),
            who=recorded_by or who,
        )
        log = AuditLog(who, project.code)
        log.add("project", project.uuid, "stage", "stage", change.from_stage.value, change.to_stage.value)
        log.diff("stage_change", entry.uuid, None, {"from_stage": change.from_stage.value, "to_stage": change.to_stage.value,
                                                     "action": change.action, "reason": change.reason,
                                                     "changed_on": change.on.isoformat(), "who": entry.who})
        log.write()
    return change


def record_initial_stage(code: str, stage: Stage, reason: str, who: str, *, action: str = "create",
                         record_uuid: str | None = None, on: dt.date | None = None) -> None:
    """Start a project's stage history where it was created (the demo places its projects in the
    stage their file gives): one history entry with no previous stage, dated `on` (default
    today), audited."""
    with write_transaction():
        row = find_project_row(code)
        entry = m.StageChange.create(uuid=record_uuid or d.new_uuid(), project=row.id, from_stage=None, to_stage=stage,
                                     action=action, reason=reason, changed_on=on or dt.date.today(), who=who)
        log = AuditLog(who, row.code)
        log.diff("stage_change", entry.uuid, None, {"to_stage": stage.value, "action": action, "reason": reason, "who": who})
        log.write()


def revise_budget(code: str, revision: d.BudgetRevision, who: str | None = None) -> tuple[d.Project, list[PlanChange]]:
    """Record a budget revision or extension and re-plan the evaluations in the same transaction."""
    problems = revision.problems()
    if problems:
        raise ValidationError(problems, subject=translate("StoreProject", "budget revision"), kind="budget_revision")
    with write_transaction():
        project = load_project(code)
        project.apply_revision(revision)
        return save_project(project, who)


def in_force_on_approval(code: str) -> str:
    """The policy that was in force on the day the project was approved (its latest Approve in the
    stage history; for a project entered past Approval, whose history has none, its planned start,
    which approval comes before); "" when neither is known."""
    approved = [change.changed_on for change in stage_history(code) if change.action == "approve"]
    if approved:
        return rule_set_in_force(approved[-1])
    start = find_project_row(code).planned_start
    return rule_set_in_force(start) if start is not None else ""


def assign_rule_set(code: str, name: str | None, who: str | None = None) -> tuple[d.Project, list[PlanChange]]:
    """Assign the rule set `name` to the project (recorded, audited, re-planned by save_project),
    or with None give it back to the policy in force: today's until it is approved, the one in
    force on its approval date after."""
    project = load_project(find_project_row(code).id)
    if name is not None:
        load_rule_set(name)  # an unknown name is refused by its own sentence, before anything is written
        project.rule_set, project.rule_set_assigned = name, True
    else:
        project.rule_set_assigned = False
        if project.stage not in FOLLOWS_POLICY_IN_FORCE:
            project.rule_set = in_force_on_approval(project.code) or project.rule_set
    return save_project(project, who)


def stage_history(code: str) -> list[m.StageChange]:
    row = find_project_row(code)
    return list(m.StageChange.select().where(m.StageChange.project == row.id).order_by(m.StageChange.at, m.StageChange.id))


def copy_project(project: d.Project) -> d.Project:
    """A deep copy for editing (the GUI edits copies so that Cancel loses nothing)."""
    return dataclasses.replace(
        project,
        countries=list(project.countries),
        country_shares=dict(project.country_shares),
        themes=list(project.themes),
        fundings=[dataclasses.replace(x) for x in project.fundings],
        revisions=[dataclasses.replace(x) for x in project.revisions],
        expenditures=[dataclasses.replace(x) for x in project.expenditures],
        evaluations=[dataclasses.replace(x, ratings=dict(x.ratings)) for x in project.evaluations],
        indicators=[dataclasses.replace(x) for x in project.indicators],
        budget_lines=[dataclasses.replace(x) for x in project.budget_lines],
        progress_reports=[dataclasses.replace(x) for x in project.progress_reports],
        indicator_values=[dataclasses.replace(x) for x in project.indicator_values],
        documents=[dataclasses.replace(x) for x in project.documents],
        locations=[dataclasses.replace(x) for x in project.locations],
        appraisals=[dataclasses.replace(x) for x in project.appraisals],
    )
