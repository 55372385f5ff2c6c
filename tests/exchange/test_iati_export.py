"""IATI export: the demo portfolio (and a filtered part) as an IATI 2.03 activity file that
validates against the schema and uses only codes of the IATI codelists."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from lxml import etree

from tests.exchange.iati_support import codelist, parse, real_file
from tracker.domain import project as d
from tracker.domain.classifications import (
    FundingModality,
    PartnerCategory,
    Region,
    Stage,
)
from tracker.exchange import iati_codes as c
from tracker.exchange.iati_export import (
    NothingToExport,
    export_iati,
    schema,
    validate_iati,
)
from tracker.exchange.iati_xml import ExchangeCancelled
from tracker.store.errors import NotFound
from tracker.store.partners import save_partner
from tracker.store.projects import load_project, save_project
from tracker.store.queries import portfolio_rows


@pytest.fixture
def demo_export(demo_db, tmp_path):
    return export_iati(tmp_path / "portfolio.xml")


def test_the_demo_portfolio_validates_against_the_iati_203_schema(demo_export):
    assert validate_iati(demo_export) == []
    root = parse(demo_export)
    assert root.get("version") == "2.03"
    dt.datetime.fromisoformat(root.get("generated-datetime"))
    assert len(root.findall("iati-activity")) == len(portfolio_rows())


def test_the_shipped_schema_is_the_one_in_real_data():
    shipped = schema()
    example = parse(real_file("iati-examples", "activity-standard-example-annotated.xml"))
    assert shipped.validate(etree.ElementTree(example)), shipped.error_log


def test_a_filtered_export_holds_only_the_matching_projects_and_validates(demo_db, tmp_path):
    wanted = {r.code for r in portfolio_rows(stage=Stage.EVALUATION_AND_CLOSING, partner_code="LUX")}
    assert wanted, "the demo has a project funded by Luxembourg in evaluation and closing"
    assert len(wanted) < len(portfolio_rows(partner_code="LUX"))
    path = export_iati(tmp_path / "lux.xml", partner="Luxembourg", stage="evaluation-and-closing")
    assert validate_iati(path) == []
    root = parse(path)
    codes = {a.get(f"{{{c.EXT_NS}}}code") for a in root.findall("iati-activity")}
    assert codes == wanted
    assert {a.find("activity-status").get("code") for a in root.findall("iati-activity")} == {"3"}


def test_an_unknown_partner_or_an_empty_selection_writes_no_file(demo_db, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(NotFound):
        export_iati(tmp_path / "x.xml", partner="Atlantis")
    with pytest.raises(NothingToExport, match="no project funded by LUX and in stage appraisal|no project"):
        export_iati(tmp_path / "x.xml", partner="LUX", stage="cancelled")
    assert list(tmp_path.iterdir()) == []


def test_every_code_in_the_export_is_in_its_iati_codelist(demo_export):
    root = parse(demo_export)
    checks = [
        ("Version", "/iati-activities/@version"),
        ("ActivityStatus", "//activity-status/@code"),
        ("ActivityDateType", "//activity-date/@type"),
        ("OrganisationRole", "//participating-org/@role"),
        ("OrganisationType", "//participating-org/@type | //reporting-org/@type | //provider-org/@type"),
        ("Country", "//recipient-country/@code"),
        ("Region", "//recipient-region/@code"),
        ("RegionVocabulary", "//recipient-region/@vocabulary"),
        ("Sector", "//sector/@code"),
        ("SectorVocabulary", "//sector/@vocabulary"),
        ("BudgetType", "//budget/@type"),
        ("BudgetStatus", "//budget/@status"),
        ("TransactionType", "//transaction-type/@code"),
        ("Currency", "//value/@currency | //iati-activity/@default-currency"),
    ]
    for name, xpath in checks:
        used = set(root.xpath(xpath))
        assert used, f"the demo export uses no {name} code"
        assert used <= codelist(name), f"{name}: {sorted(used - codelist(name))} not in the codelist"


def test_every_mapping_targets_existing_codes():
    assert set(c.STAGE_TO_STATUS.values()) <= codelist("ActivityStatus")
    assert set(c.STATUS_TO_STAGE) <= codelist("ActivityStatus")
    assert set(c.OUTCOME_TO_SECTOR.values()) | set(c.SECTOR_TO_OUTCOME) <= codelist("Sector")
    assert set(c.REGION_TO_IATI.values()) <= codelist("Region")
    types = {c.org_type_for(cat, None) for cat in PartnerCategory if cat is not PartnerCategory.NON_STATE}
    types |= {c.org_type_for(PartnerCategory.NON_STATE, k) for k in c.NonStateKind}
    assert types <= codelist("OrganisationType")
    assert {c.INCOMING_COMMITMENT, c.EXPENDITURE, c.INCOMING_FUNDS} <= codelist("TransactionType")
    assert {c.ROLE_FUNDING, c.ROLE_IMPLEMENTING} <= codelist("OrganisationRole")
    assert {c.PLANNED_START, c.ACTUAL_START, c.PLANNED_END, c.ACTUAL_END} <= codelist("ActivityDateType")


def test_identifiers_carry_the_ilo_prefix_and_no_forbidden_characters(demo_export):
    identifiers = [a.findtext("iati-identifier") for a in parse(demo_export).findall("iati-activity")]
    assert len(set(identifiers)) == len(identifiers)
    for identifier in identifiers:
        assert identifier.startswith("XM-DAC-41302-")
        assert not set("/&|? ") & set(identifier)
    assert c.activity_identifier("GLO/22/01/LUX", "XM-DAC-41302") == "XM-DAC-41302-GLO-22-01-LUX"
    assert c.activity_identifier("XM-DAC-41121-2023", "XM-DAC-41302") == "XM-DAC-41121-2023"
    assert c.activity_identifier("XM-DAC-41302-RAF-1", "XM-DAC-41302") == "XM-DAC-41302-RAF-1"


def test_the_first_demo_project_in_detail(demo_db, tmp_path):
    project = load_project("GLO/22/01/LUX")
    root = parse(export_iati(tmp_path / "p.xml"))
    element = next(a for a in root.findall("iati-activity") if a.get(f"{{{c.EXT_NS}}}code") == project.code)
    assert element.findtext("title/narrative") == project.title
    assert element.find("activity-status").get("code") == "3"  # evaluation and closing: finalisation
    dates = {e.get("type"): e.get("iso-date") for e in element.findall("activity-date")}
    assert dates == {"1": "2022-01-01", "2": "2022-01-01", "3": "2025-12-31", "4": "2025-12-31"}  # the demo started it on time
    roles = [(e.get("role"), e.findtext("narrative")) for e in element.findall("participating-org")]
    assert ("1", "Luxembourg") in roles and roles[-1][0] == "4"
    shares = [Decimal(e.get("percentage")) for e in element.findall("recipient-country")]
    assert [e.get("code") for e in element.findall("recipient-country")] == project.countries
    assert sum(shares) == 100
    assert element.find("sector").get("code") == "16010"
    budgets = element.findall("budget")
    assert [b.find("period-start").get("iso-date")[:4] for b in budgets] == ["2022", "2023", "2024", "2025"]
    assert sum(Decimal(b.findtext("value")) for b in budgets) == project.budget
    commitments = [t for t in element.findall("transaction") if t.find("transaction-type").get("code") == "11"]
    assert len(commitments) == len(project.fundings)
    assert sum(Decimal(t.findtext("value")) for t in commitments) == sum(f.amount for f in project.fundings)
    spent = [t for t in element.findall("transaction") if t.find("transaction-type").get("code") == "4"]
    assert sum(Decimal(t.findtext("value")) for t in spent) == sum(e.amount for e in project.expenditures)
    assert all(t.find("value").get("value-date") for t in spent)


def test_budgets_are_split_into_yearly_periods_that_add_up_exactly(demo_export):
    for element in parse(demo_export).findall("iati-activity"):
        for budget in element.findall("budget"):
            start = dt.date.fromisoformat(budget.find("period-start").get("iso-date"))
            end = dt.date.fromisoformat(budget.find("period-end").get("iso-date"))
            assert start <= end and (end - start).days < 366 and start.year == end.year


def test_results_are_exported_with_baseline_target_and_actual(demo_export):
    indicators = parse(demo_export).findall(".//result/indicator")
    assert indicators
    assert any(i.find("period/target") is not None and i.find("period/actual") is not None for i in indicators)


def test_a_project_without_dates_or_countries_still_validates(db, tmp_path):
    save_partner(d.Partner(code="ACME", name="Acme Foundation", category=PartnerCategory.NON_STATE, non_state_kind=c.NonStateKind.FOUNDATION))
    project = d.Project(code="INT/26/01/ACM", title="Global study", region=Region.INTERREGIONAL, description="")
    project.fundings.append(d.Funding(modality=FundingModality.EARMARKED, amount=Decimal("1000.00"), currency="USD", approved_on=dt.date(2026, 1, 5), partner_code="ACME"))
    save_project(project)
    path = export_iati(tmp_path / "one.xml", today=dt.date(2026, 11, 25))
    assert validate_iati(path) == []
    element = parse(path).find("iati-activity")
    placeholder = element.find("activity-date")
    assert placeholder.get(f"{{{c.EXT_NS}}}placeholder") == "true"
    assert element.find("recipient-region").get("code") == "998"
    assert element.find("participating-org").get("type") == "60"
    assert element.find("budget") is None


def test_a_cancelled_export_leaves_the_previous_file_untouched(demo_db, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "portfolio.xml"
    target.write_text("previous")
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExchangeCancelled):
        export_iati(target, cancelled=cancel)
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["portfolio.xml"]


def test_progress_rises_to_the_number_of_projects(demo_db, tmp_path):
    seen = []
    export_iati(tmp_path / "p.xml", progress=lambda done, total, text: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == len(portfolio_rows())


def test_the_start_of_implementation_is_the_actual_start_date(demo_db, tmp_path):
    from tracker.store.projects import change_stage

    code = next(r.code for r in portfolio_rows(stage=Stage.APPROVED))
    change_stage(code, "start", on=dt.date(2026, 3, 2))
    root = parse(export_iati(tmp_path / "p.xml", stage="implementation"))
    element = next(a for a in root.findall("iati-activity") if a.get(f"{{{c.EXT_NS}}}code") == code)
    assert element.find("activity-status").get("code") == "2"
    assert [e.get("iso-date") for e in element.findall("activity-date") if e.get("type") == "2"] == ["2026-03-02"]
    assert validate_iati(tmp_path / "p.xml") == []
