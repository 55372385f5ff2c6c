"""Each project's plan fingerprint (project.plan_fingerprint, schema v10): what its stored
evaluation plan was computed from, so that a re-plan skips the projects whose plan still holds.

The fingerprint is text the database writes out from the project row itself:

    <rule-set key>|<planned start>|<planned end>|<budget in cents>|<currency>|<US$ rate>|<0 or 1>|<funding>

where the rule-set key (tracker.domain.rules.fingerprint.rule_set_key) stands for the rule set
and the engine, and the rest are the planning columns as stored (the funding: each line's modality
and partner, project.funding_summary, which a budget tier's conditions read). Every writer that plans stores
it with the plan (save_project, the bulk import, replan_all, so the demo too); a plan is current
when the stored text equals the one the row gives now, which SQL compares for every project in
one statement, without reading any row into Python. Anything that changes the inputs around the
write path (raw SQL, an older version of tracker) or a new rule set, rule-set version or engine
therefore makes the plan stale; so does a rule set that can no longer be loaded (its projects
cannot be checked, and re-planning skips them with that reason).

Built by SQL rather than hashed in Python: comparing 100,000 rows is one scan either way, but a
hash would have to be computed in Python for each row read (a SELECT of every row's inputs),
which costs more than the scan itself (docs/performance.md)."""

from __future__ import annotations

from collections.abc import Iterable

import peewee

from tracker.domain.numbers import stored_texts
from tracker.domain.rules.engine import plan_texts
from tracker.domain.rules.fingerprint import SEPARATOR, rule_set_key
from tracker.domain.rules.ruleset import RuleSetError, available_rule_sets, load_rule_set
from tracker.store.sql import dialect, execute, id_slices, in_list


def rule_set_keys(names: Iterable[str] | None = None) -> dict[str, str]:
    """Rule-set name -> its key, for the rule sets `names` (None: every one available) that can
    be loaded; a rule set that cannot is left out (its projects then count as stale)."""
    keys: dict[str, str] = {}
    with stored_texts():  # the language and number style plans are stored in, whoever plans
        texts = plan_texts()
        for name in sorted(set(available_rule_sets() if names is None else names)):
            try:
                keys[name] = rule_set_key(load_rule_set(name), texts)
            except RuleSetError:
                continue
    return keys


def current_sql(keys: dict[str, str], db: peewee.Database | None = None) -> tuple[str, dict[str, str]]:
    """The SQL expression of the fingerprint a project row gives now (NULL for a rule set not in
    `keys`), with its :name parameters. One formatting call (SQLite's printf, PostgreSQL's
    format: both write NULL as nothing) costs a third less than concatenating the pieces. Both
    engines write the columns alike: dates as ISO text (PostgreSQL's sessions use DateStyle ISO,
    tracker.store.postgres), the budget as an integer, the rate as the text stored, the flag
    tested rather than written (0/1 or a boolean)."""
    params: dict[str, str] = {}
    cases = []
    for n, (name, key) in enumerate(sorted(keys.items())):
        params[f"fp_rule_{n}"], params[f"fp_key_{n}"] = name, key
        cases.append(f"WHEN :fp_rule_{n} THEN :fp_key_{n}")
    rule = f"CASE rule_set {' '.join(cases)} END" if cases else "CAST(NULL AS TEXT)"
    function = "format" if dialect(db).name == "postgresql" else "printf"
    pattern = SEPARATOR + SEPARATOR.join(["%s"] * 7)
    # Concatenated with the key, so that a NULL key (a rule set not available) makes it NULL.
    return (f"({rule} || {function}('{pattern}', planned_start, planned_end, budget, currency, usd_rate, "
            "CASE WHEN midterm_review_agreed THEN '1' ELSE '0' END, funding_summary))"), params


def stale_sql(keys: dict[str, str], db: peewee.Database | None = None) -> tuple[str, dict[str, str]]:
    """The condition on a project row that its stored plan is not current (no fingerprint, one
    that differs, or a rule set not in `keys`)."""
    current, params = current_sql(keys, db)
    return f"(plan_fingerprint IS NULL OR plan_fingerprint <> COALESCE({current}, ''))", params


def counts(keys: dict[str, str] | None = None, db: peewee.Database | None = None) -> tuple[int, int]:
    """(projects, projects whose plan is stale), in one statement."""
    keys = rule_set_keys() if keys is None else keys
    stale, params = stale_sql(keys, db)
    total, found = execute(f"SELECT COUNT(*), SUM(CASE WHEN {stale} THEN 1 ELSE 0 END) FROM project", params, db).fetchone()
    return int(total), int(found or 0)


def stale_plans(db: peewee.Database | None = None) -> list[str]:
    """The codes of the projects whose stored plan is not the one their current dates, budget and
    rule set give (or cannot be checked: rule set not available), in code order; one statement."""
    stale, params = stale_sql(rule_set_keys(), db)
    return [code for (code,) in execute(f"SELECT code FROM project WHERE {stale} ORDER BY code", params, db)]


def write(ids: Iterable[int], rule_sets: Iterable[str] | None = None, db: peewee.Database | None = None) -> None:
    """Store the current fingerprint of the projects `ids`, inside the caller's transaction, once
    their plans are computed from what their rows hold (`rule_sets`: the rule sets they follow,
    when the caller knows them, so that only those are loaded)."""
    current, params = current_sql(rule_set_keys(rule_sets), db)
    for part in id_slices(ids):
        marks, values = in_list(part, "fp_id_")
        execute(f"UPDATE project SET plan_fingerprint = {current} WHERE id IN ({marks})", {**params, **values}, db)

