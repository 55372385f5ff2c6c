"""`tracker partners` and `tracker partner ...`: the funding partners listed, added, edited,
deactivated and merged from the command line, with one-sentence refusals."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from tests.cli_helpers import one_sentence, run_cli
from tracker.domain.classifications import FundingModality
from tracker.domain.project import Funding, Project


@pytest.fixture
def tracker(capsys, db_target):
    """`tracker --db <a new database> ...`: the database holds the reference partners only."""
    from tracker.store.database import close_database, open_database

    open_database(db_target)
    close_database()
    return lambda *args: run_cli(capsys, "--db", str(db_target), *args)


def listed(tracker, *options: str) -> dict[str, dict]:
    code, out, err = tracker("partners", "--json", *options)
    assert (code, err) == (0, "")
    return {row["code"]: row for row in json.loads(out)}


def test_a_new_database_lists_the_reference_partners_none_of_them_demo(tracker):
    from tracker.store import models as m

    rows = listed(tracker)
    assert {"LUX", "NLD", "NOR", "DNK", "GBR", "USA", "ITA", "DEU", "BEL", "ESP", "JPN", "SWE", "CHE", "EU", "WB", "UNDP"} <= set(rows)
    assert rows["LUX"] == {"code": "LUX", "name": "Luxembourg", "category": "multi-bilateral", "non_state_kind": None,
                           "country": "LU", "active": True, "reporting_language": "fr", "funding_lines": 0,
                           "uuid": rows["LUX"]["uuid"]}
    assert rows["EU"]["category"] == "european-union" and rows["WB"]["category"] == "ifi" and rows["UNDP"]["category"] == "un"
    assert m.Partner.select().where(m.Partner.is_demo).count() == 0


def test_adding_a_partner_by_category_label_in_any_case(tracker):
    code, out, err = tracker("partner", "add", "ACME", "Acme Foundation", "--category", "NON-STATE ACTOR",
                             "--non-state-kind", "foundation", "--country", "Switzerland")
    assert (code, err) == (0, "")
    assert out.strip() == "added partner ACME: Acme Foundation (Non-state actor, foundation, CH)"
    row = listed(tracker)["ACME"]
    assert (row["category"], row["non_state_kind"], row["country"], row["active"]) == ("non-state", "foundation", "CH", True)


def test_a_bad_category_is_refused_listing_the_valid_ones(tracker):
    code, _, err = tracker("partner", "add", "ACME", "Acme", "--category", "charity")
    assert code == 2
    assert "'charity' is not a partner category; use one of: multi-bilateral (Multi-bilateral government);" in err
    assert "un (UN agency or multi-partner trust fund)" in err and "ACME" not in listed(tracker)


def test_a_non_state_actor_without_its_kind_is_told_the_option_and_the_kinds(tracker):
    code, _, err = tracker("partner", "add", "ACME", "Acme", "--category", "non-state")
    assert code == 1
    assert one_sentence(err) == ("tracker: error: partner ACME: a non-state actor needs --non-state-kind, one of: "
                                 "foundation, private-sector, social-partner, public-institution, other")
    assert "ACME" not in listed(tracker)


def test_codes_and_names_are_unique_whatever_their_case(tracker):
    code, _, err = tracker("partner", "add", "lux", "Grand Duchy", "--category", "multi-bilateral")
    assert code == 1 and one_sentence(err) == "tracker: error: partner lux: code: partner Luxembourg already has this code (as LUX)"
    code, _, err = tracker("partner", "add", "GDL", "LUXEMBOURG", "--category", "multi-bilateral")
    assert code == 1 and "partner LUX already has this name (as Luxembourg)" in one_sentence(err)


def test_editing_a_partner_changes_only_what_is_given(tracker):
    code, out, err = tracker("partner", "edit", "wb", "--name", "World Bank Group", "--code", "WBG")
    assert (code, err) == (0, "")
    assert out.strip() == "changed partner WBG: World Bank Group (International financial institution)"
    rows = listed(tracker)
    assert "WB" not in rows and rows["WBG"]["category"] == "ifi"


def test_an_unknown_partner_is_named(tracker):
    code, _, err = tracker("partner", "edit", "NOPE", "--name", "X")
    assert code == 1 and one_sentence(err) == "tracker: error: no partner with code 'NOPE'"


def test_a_deactivated_partner_is_listed_only_with_all(tracker):
    code, out, err = tracker("partner", "deactivate", "NOR")
    assert (code, err) == (0, "") and "deactivated" in out
    assert "NOR" not in listed(tracker)
    assert listed(tracker, "--all")["NOR"]["active"] is False
    code, out, _ = tracker("partners", "--all")
    assert any(line.split()[:1] == ["NOR"] and " no " in line for line in out.splitlines())
    assert tracker("partner", "activate", "nor")[0] == 0 and listed(tracker)["NOR"]["active"] is True


def funded(db_target) -> None:
    from tracker.domain.classifications import PartnerCategory
    from tracker.domain.project import Partner
    from tracker.store.database import close_database, open_database
    from tracker.store.partners import save_partner, save_unearmarked_funding
    from tracker.store.projects import save_project

    open_database(db_target)
    save_partner(Partner("LUXEMB", "Grand Duchy of Luxembourg", PartnerCategory.MULTI_BILATERAL))
    for code in ("SEN/40/01/LUX", "BFA/40/01/LUX"):
        save_project(Project(code=code, title="Skills", planned_start=date(2040, 1, 1), planned_end=date(2040, 12, 31),
                             budget=Decimal("1000.00"),
                             fundings=[Funding(FundingModality.EARMARKED, Decimal("1000.00"), "USD", date(2039, 12, 1), "LUXEMB", code)]))
    save_unearmarked_funding(Funding(FundingModality.VOLUNTARY_CORE, Decimal("50000.00"), "USD", date(2040, 1, 1), "LUXEMB"))
    close_database()


def test_a_merge_without_yes_says_what_would_move_and_changes_nothing(tracker, db_target):
    funded(db_target)
    code, out, err = tracker("partner", "merge", "LUXEMB", "LUX")
    assert (code, err) == (0, "")
    assert out.strip() == ("would move 3 funding lines: BFA/40/01/LUX (1), SEN/40/01/LUX (1), unearmarked funding (1) "
                           "from LUXEMB (Grand Duchy of Luxembourg) to LUX (Luxembourg) and delete partner LUXEMB; "
                           "nothing was changed (add --yes to merge)")
    assert listed(tracker)["LUXEMB"]["funding_lines"] == 3


def test_a_merge_moves_every_funding_line_audited_and_deletes_the_partner(tracker, db_target):
    from tracker.store import models as m
    from tracker.store.database import open_database
    from tracker.store.projects import load_project

    funded(db_target)
    code, out, err = tracker("partner", "merge", "LUXEMB", "LUX", "--yes")
    assert (code, err) == (0, "")
    assert out.startswith("merged partner LUXEMB into LUX: moved 3 funding lines")
    rows = listed(tracker)
    assert "LUXEMB" not in rows and rows["LUX"]["funding_lines"] == 3
    open_database(db_target)
    project = load_project("SEN/40/01/LUX")
    assert project.fundings[0].partner_code == "LUX" and project.version == 2  # saved through the one write path
    moved = m.AuditEntry.select().where((m.AuditEntry.table == "funding") & (m.AuditEntry.field == "partner_code"))
    assert sorted((e.project_code, e.old, e.new) for e in moved) == [
        ("", "LUXEMB", "LUX"), ("BFA/40/01/LUX", "LUXEMB", "LUX"), ("SEN/40/01/LUX", "LUXEMB", "LUX")]
    assert m.AuditEntry.select().where((m.AuditEntry.table == "partner") & (m.AuditEntry.action == "delete")).count() == 1


def test_a_partner_is_not_merged_into_itself(tracker):
    code, _, err = tracker("partner", "merge", "LUX", "lux", "--yes")
    assert code == 1 and one_sentence(err) == "tracker: error: partner LUX cannot be merged into itself; name two different partners"
    code, _, err = tracker("partner", "merge", "NOPE", "LUX")
    assert code == 1 and one_sentence(err) == "tracker: error: no partner with code 'NOPE'"
