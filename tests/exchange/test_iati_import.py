"""IATI import: real publishers' files, the traits they show, refusals, safety, all-or-nothing."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from tests.exchange.iati_support import XML_LANG, activity, parse, real_file, sum_values
from tests.partner_helpers import audit_entries_added, partners_added
from tracker.domain.classifications import (
    ExpenditureType,
    NonStateKind,
    PartnerCategory,
    Stage,
    StrategicObjective,
)
from tracker.exchange.iati_import import import_iati
from tracker.exchange.iati_xml import ExchangeCancelled
from tracker.exchange.results import UnreadableFile
from tracker.store import models as m
from tracker.store.partners import find_partner
from tracker.store.projects import load_project

DATA = Path(__file__).parent / "data"
TRAITS = DATA / "iati-traits.xml"
EUR = {"EUR": Decimal("1.10")}


def counts() -> tuple[int, int, int, int, int]:
    """What imports write, besides the reference partners a new database holds."""
    return (m.Project.select().count(), partners_added(), m.Funding.select().count(), m.Expenditure.select().count(), audit_entries_added())


# ---------------------------------------------------------------- the traits of real files


def test_several_languages_pick_the_english_narrative(db):
    import_iati(TRAITS, usd_rates=EUR)
    project = load_project("XX-TEST-1")
    assert project.title == "Youth employment in Benin and Togo"
    assert project.description == "Decent jobs for young people."  # type 1 (general), in English


def test_revised_budgets_replace_the_original_ones_of_their_period(db):
    report = import_iati(TRAITS, usd_rates=EUR)
    project = load_project("XX-TEST-1")
    # 2024: revised 120,000 replaces the original 100,000; 2025: original 80,000; 2027 lies
    # outside the activity dates.
    assert (project.budget, project.currency, project.usd_rate) == (Decimal("200000.00"), "EUR", Decimal("1.10"))
    assert project.budget_usd == Decimal("220000.00")
    assert any("outside the activity dates" in s for s in report.skipped)


def test_countries_percentages_sector_status_and_dates(db):
    report = import_iati(TRAITS, usd_rates=EUR)
    project = load_project("XX-TEST-1")
    assert project.countries == ["BJ", "TG"]
    assert project.country_shares == {"BJ": Decimal(60), "TG": Decimal(40)}
    assert project.outcome is StrategicObjective.EMPLOYMENT
    assert (project.planned_start, project.planned_end) == (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    # Status 2 asks for Implementation, but a new project starts in Design and goes through the
    # cycle: the activity names no region, so submitting it for appraisal is refused.
    assert project.stage is Stage.DESIGN
    assert any(s.startswith("XX-TEST-1: stage change refused: 'Submit for appraisal'") and "choose a region" in s for s in report.refused)


def test_funding_comes_from_incoming_commitments_and_skips_zero_and_negative_amounts(db):
    report = import_iati(TRAITS, usd_rates=EUR)
    project = load_project("XX-TEST-1")
    assert [(f.partner_code, f.amount, f.currency, f.approved_on) for f in project.fundings] == [
        ("XM-DAC-2-10", Decimal("50000.00"), "EUR", dt.date(2024, 2, 1))
    ]
    assert find_partner("XM-DAC-2-10").category is PartnerCategory.MULTI_BILATERAL
    assert find_partner("Kingdom of Belgium").code == "KINGDOM-OF-BELGIUM"  # blank ref: a slug of the name
    assert any("2 transactions skipped: funding of zero or a negative amount" in s for s in report.skipped)
    # The publisher implements its own activity: its disbursement is money passed on, expenditure.
    assert "1 disbursement recorded as expenditure (subcontracts: money passed on to implementing partners)" in report.transactions


def test_expenditure_by_month_keeps_negative_corrections(db):
    import_iati(TRAITS, usd_rates=EUR)
    lines = load_project("XX-TEST-1").expenditures
    assert [(e.year, e.month, e.amount, e.expenditure_type.value) for e in lines] == [
        (2024, 3, Decimal("1234.56"), "miscellaneous"),
        (2024, 4, Decimal("-200.00"), "miscellaneous"),
        (2024, 5, Decimal("7000.00"), "subcontracts"),  # the disbursement, by the month of its date
    ]


def test_a_project_without_dates_or_status_still_imports_and_says_so(db):
    report = import_iati(TRAITS, usd_rates=EUR)
    project = load_project("XX-TEST-2")
    assert (project.planned_start, project.planned_end, project.stage) == (None, None, Stage.DESIGN)
    assert any(s.startswith("XX-TEST-2: no planned start date") for s in report.skipped)
    assert any(s.startswith("XX-TEST-2: no activity status") for s in report.skipped)
    # Incoming funds (1) count when there is no incoming commitment; the only funding
    # organisation is credited when the transaction names no provider.
    [funding] = project.fundings
    assert (funding.partner_code, funding.amount) == ("EXAMPLE-FOUNDATION", Decimal("10000.00"))
    partner = find_partner("EXAMPLE-FOUNDATION")
    assert (partner.category, partner.non_state_kind) == (PartnerCategory.NON_STATE, NonStateKind.FOUNDATION)


def test_an_identifier_that_cannot_be_a_code_is_skipped_with_the_reason(db):
    report = import_iati(TRAITS, usd_rates=EUR)
    assert report.created == 2 + 3  # two projects, three partners
    assert any("-XX-TEST-3: the identifier cannot be a tracker code" in s for s in report.skipped)


def test_amounts_without_a_us_rate_are_skipped_and_reported(db):
    report = import_iati(TRAITS)
    project = load_project("XX-TEST-1")
    assert project.budget is None and project.fundings == [] and project.expenditures == []
    # One sentence per currency: the first day without a rate, and how to add one (never the
    # name of a Python argument).
    how = "import that month's UN operational rates (tracker rates import FILE, or Tools > Exchange Rates in the app), or give one with --rate EUR=US$ VALUE"
    assert f"XX-TEST-1: budget not imported: no US$ rate for EUR on 2024-06-01: {how}" in report.skipped
    assert f"XX-TEST-1: 4 transactions skipped: no US$ rate for EUR on 2024-02-01: {how}" in report.skipped
    assert not any("usd_rates" in s for s in report.skipped)


# ---------------------------------------------------------------- real publishers


def test_the_unhcr_2023_file(db):
    path = real_file("iati-activities", "UNHCR-Activities-2023.xml")
    root = parse(path)
    activities = root.findall("iati-activity")
    assert len(activities) == 134
    report = import_iati(path)
    assert m.Project.select().count() == 134
    assert report.created - partners_added() == 134

    # Titles in Arabic, English and French: the English one is taken.
    djibouti = load_project("XM-DAC-41121-2023-EHGL-DJI")
    element = activity(root, "XM-DAC-41121-2023-EHGL-DJI")
    english = [n.text for n in element.find("title").findall("narrative") if n.get(XML_LANG) is None]
    assert djibouti.title == english[0] == "UNHCR operation in Djibouti"

    # Funding in US$: every positive US$ incoming commitment (other currencies have no rate here).
    for identifier in ("XM-DAC-41121-2023", "XM-DAC-41121-2023-EHGL-DJI"):
        project = load_project(identifier)
        expected = sum_values(activity(root, identifier), "11", "USD")
        assert sum((f.amount for f in project.fundings if f.currency == "USD"), Decimal(0)) == expected
        assert all(f.currency == "USD" for f in project.fundings)


def test_unhcr_budgets_revised_over_original_within_the_activity_dates(db):
    path = real_file("iati-activities", "UNHCR-Activities-2023.xml")
    root = parse(path)
    import_iati(path)
    checked = 0
    for element in root.findall("iati-activity"):
        budgets = element.findall("budget")
        if not budgets or any(b.find("value").get("currency", "USD") != "USD" for b in budgets):
            continue
        dates = {e.get("type"): dt.date.fromisoformat(e.get("iso-date")) for e in element.findall("activity-date")}
        start, end = dates.get("1") or dates.get("2"), dates.get("3")
        by_period: dict[tuple[str, str], dict[str, Decimal]] = {}
        for b in budgets:
            period = (b.find("period-start").get("iso-date"), b.find("period-end").get("iso-date"))
            by_period.setdefault(period, {})[b.get("type")] = Decimal(b.findtext("value"))
        expected = sum(
            (values.get("2", values.get("1")) for (a, z), values in by_period.items() if dt.date.fromisoformat(a) <= end and dt.date.fromisoformat(z) >= start),
            Decimal(0),
        )
        project = load_project(element.findtext("iati-identifier"))
        assert project.budget == (expected if expected > 0 else None), project.code
        checked += 1
    assert checked > 50


def test_the_multi_publisher_file_with_rates(db):
    path = real_file("iati-activities", "dportal-foodsecurity-multi-publisher.xml")
    root = parse(path)
    identifiers = [a.findtext("iati-identifier").strip() for a in root.findall("iati-activity")]
    publishers = {a.find("reporting-org").get("ref") for a in root.findall("iati-activity")}
    assert len(identifiers) == 7 and len(publishers) >= 5  # README: 5 publishers (one reports under two refs)
    report = import_iati(path, usd_rates={"EUR": Decimal("1.08"), "GBP": Decimal("1.27")})
    assert sorted(r.code for r in m.Project.select()) == sorted(identifiers)
    assert report.created >= 7

    for identifier in identifiers:
        element = activity(root, identifier)
        project = load_project(identifier)
        english = [n.text.strip() for n in element.find("title").findall("narrative")]
        assert project.title in english
        for currency in ("EUR", "USD", "GBP"):
            # Expenditure (4); disbursements an implementer reports are expenditure too, as subcontracts.
            spent = (e.amount for e in project.expenditures if e.currency == currency and e.expenditure_type is not ExpenditureType.SUBCONTRACTS)
            assert sum(spent, Decimal(0)) == sum_values(element, "4", currency)

    cafod = load_project("GB-CHC-285776-NGR476")
    assert (cafod.budget, cafod.currency, cafod.usd_rate) == (Decimal("50000.00"), "GBP", Decimal("1.27"))


# ---------------------------------------------------------------- refusals and safety


def test_an_iati_1_file_is_refused_with_what_to_do(db):
    path = real_file("iati-activities", "legacy-1.0-concern-universal.xml")
    with pytest.raises(UnreadableFile, match=r"IATI version 1\.0 file .*convert it to 2\.0x with the IATI converter or ask the publisher"):
        import_iati(path)
    assert counts()[:2] == (0, 0)


def test_malformed_xml_half_way_writes_nothing(db, tmp_path):
    text = real_file("iati-activities", "dportal-foodsecurity-multi-publisher.xml").read_bytes()
    truncated = tmp_path / "truncated.xml"
    truncated.write_bytes(text[: int(len(text) * 0.8)])
    with pytest.raises(UnreadableFile, match="not well-formed XML"):
        import_iati(truncated, usd_rates={"EUR": Decimal("1.08"), "GBP": Decimal("1.27")})
    assert counts() == (0, 0, 0, 0, 0)


@pytest.mark.parametrize(
    "content",
    [
        b"<?xml version='1.0'?><catalogue><book/></catalogue>",
        b"",
        b"not xml at all",
    ],
)
def test_files_that_are_not_iati_are_refused(db, tmp_path, content):
    path = tmp_path / "x.xml"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile):
        import_iati(path)


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<iati-activities version="2.03"><iati-activity><iati-identifier>XX-1</iati-identifier>
<title><narrative>&secret;</narrative></title></iati-activity></iati-activities>"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<iati-activities version="2.03"><iati-activity><iati-identifier>XX-1</iati-identifier>
<title><narrative>&lol9;</narrative></title></iati-activity></iati-activities>"""


@pytest.mark.parametrize("content", [XXE, BOMB], ids=["external-entity", "entity-bomb"])
def test_entities_are_refused_before_parsing(db, tmp_path, content):
    path = tmp_path / "evil.xml"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match="DOCTYPE"):
        import_iati(path)
    assert counts()[0] == 0


@pytest.mark.parametrize("content", [XXE, BOMB], ids=["external-entity", "entity-bomb"])
def test_the_parser_itself_expands_no_entity(tmp_path, content):
    """Past the DOCTYPE check (a DOCTYPE after a long comment), the parser still resolves no
    entity: the file is not read and the bomb does not go off."""
    from tracker.exchange.iati_xml import iter_activities

    padding = b"<!--" + b"x" * 70_000 + b"-->"
    path = tmp_path / "late-doctype.xml"
    path.write_bytes(content.replace(b"<!DOCTYPE", padding + b"<!DOCTYPE", 1))
    try:
        titles = [a.findtext("title/narrative") or "" for a in iter_activities(path)]
    except UnreadableFile:
        return  # refused outright: also safe
    assert titles == [""]


# ---------------------------------------------------------------- all or nothing


def test_a_dry_run_writes_nothing_and_counts_what_would_happen(db):
    report = import_iati(TRAITS, dry_run=True, usd_rates=EUR)
    assert report.dry_run and report.created == 5
    assert counts() == (0, 0, 0, 0, 0)
    assert "would be imported" in report.summary()


def test_reimporting_the_same_file_changes_nothing(db):
    import_iati(TRAITS, usd_rates=EUR)
    before = counts()
    report = import_iati(TRAITS, usd_rates=EUR)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert counts() == before


def test_an_edited_file_updates_the_project_and_keeps_unchanged_lines(db, tmp_path):
    import_iati(TRAITS, usd_rates=EUR)
    kept = {f.uuid for f in load_project("XX-TEST-1").fundings}
    edited = tmp_path / "edited.xml"
    edited.write_bytes(TRAITS.read_bytes().replace(b"Youth employment in Benin and Togo", b"Youth employment in Benin, Togo"))
    report = import_iati(edited, usd_rates=EUR)
    assert (report.updated, report.unchanged) == (1, 1)
    project = load_project("XX-TEST-1")
    assert project.title == "Youth employment in Benin, Togo"
    assert {f.uuid for f in project.fundings} == kept


def test_a_cancelled_import_writes_nothing(db):
    with pytest.raises(ExchangeCancelled):
        import_iati(TRAITS, usd_rates=EUR, cancelled=lambda: m.Project.select().count() > 0)
    assert counts() == (0, 0, 0, 0, 0)


def test_progress_reports_bytes_read(db):
    seen = []
    import_iati(TRAITS, usd_rates=EUR, progress=lambda done, total, text: seen.append((done, total)))
    assert seen and seen[-1][1] == TRAITS.stat().st_size
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_the_unhcr_file_with_rates_for_its_fifteen_currencies(db):
    path = real_file("iati-activities", "UNHCR-Activities-2023.xml")
    root = parse(path)
    currencies = {v.get("currency") for v in root.iter("value")} - {"USD"}
    rates = {currency: Decimal("0.5") for currency in currencies}
    report = import_iati(path, usd_rates=rates)
    commitments = [t for t in root.iter("transaction") if t.find("transaction-type").get("code") == "11"]
    assert m.Funding.select().count() == sum(1 for t in commitments if Decimal(t.findtext("value")) > 0)
    assert all("no US$ rate" not in s for s in report.skipped)
    element = activity(root, "XM-DAC-41121-2023")
    # Each line's US$ value is rounded to the cent once, when stored (tracker.domain.money).
    expected = sum(
        (
            (Decimal(t.findtext("value")) * (1 if t.find("value").get("currency") == "USD" else Decimal("0.5"))).quantize(Decimal("0.01"), ROUND_HALF_UP)
            for t in element.findall("transaction")
        ),
        Decimal(0),
    )
    assert sum((f.usd for f in load_project("XM-DAC-41121-2023").fundings), Decimal(0)) == expected
