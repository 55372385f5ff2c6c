"""IATI import, issue 14: any identifier, every amount at the rate of its value date, every
transaction type meaning something, document links as the project's documents.

The rates come from tests/exchange/data/iati-test-rates.csv: monthly rates (US$ per unit, on the
1st) invented for these tests, plausible but not the UN's list, for every currency and month the
shipped real files and the crafted multi-publisher file use."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tests.exchange.iati_support import activity, parse, real_file
from tracker.domain import project as d
from tracker.domain.classifications import ExpenditureType, FundingModality, PartnerCategory, Region, StrategicObjective, Theme
from tracker.domain.rates import ExchangeRate, RateTable
from tracker.exchange.iati_export import export_iati, validate_iati
from tracker.exchange.iati_import import import_iati
from tracker.exchange.iati_read import TransactionChoice, document_uuid
from tracker.store import models as m
from tracker.store.database import close_database, open_database
from tracker.store.partners import save_partner
from tracker.store.projects import load_project, save_project
from tracker.store.rates import rate_table, save_rates

DATA = Path(__file__).parent / "data"
RATES = DATA / "iati-test-rates.csv"
CRAFTED = DATA / "iati-identifiers-multi-publisher.xml"
VN = "NL-KVK-27108436-A-05001-22:VN"
PK = "NL-KVK-27108436-A-05001-08:PK"
H2H = "CH-FDJP-f7f0b51e-7432-4c0c-a6c0-7df1101d7983-FH-projet Covid H2H"
MN = "XM-DAC-7-PPR-4000003311:MN"


def invented_rates() -> list[ExchangeRate]:
    with RATES.open(newline="") as handle:
        return [ExchangeRate(row["currency"], dt.date.fromisoformat(row["date"]), Decimal(row["usd_per_unit"]), "test rates")
                for row in csv.DictReader(handle)]


def load_rates(currencies: set[str] | None = None, since: dt.date = dt.date(2019, 1, 1)) -> RateTable:
    """The test rates from `since` (the files here use no earlier date; storing each rate is
    audited, and 4,000 of them take seconds), of `currencies` (None: all)."""
    save_rates(rate for rate in invented_rates() if rate.valid_from >= since and (currencies is None or rate.currency in currencies))
    return rate_table()


@pytest.fixture
def rates(db) -> RateTable:
    """The rates the crafted file needs."""
    return load_rates({"EUR", "GBP", "CZK", "MNT"}, dt.date(2020, 1, 1))


@pytest.fixture
def all_rates(db) -> RateTable:
    return load_rates()


def rate_skips(skipped: list[str]) -> list[str]:
    return [s for s in skipped if "no US$ rate" in s]


# ---------------------------------------------------------------- identifiers


def test_identifiers_with_colons_and_spaces_import(rates):
    report = import_iati(CRAFTED)
    assert sorted(r.code for r in m.Project.select()) == sorted([VN, PK, H2H, MN])
    assert not any("cannot be a tracker code" in s for s in report.skipped)
    assert load_project(H2H).title == "Projet Covid H2H"


def test_identifiers_round_trip_through_the_export_and_the_import(rates, tmp_path):
    import_iati(CRAFTED)
    exported = export_iati(tmp_path / "out.xml")
    assert validate_iati(exported) == []
    identifiers = sorted(a.findtext("iati-identifier") for a in parse(exported).findall("iati-activity"))
    assert identifiers == sorted([VN, PK, H2H, MN])  # each already starts with its publisher's prefix
    close_database()
    open_database(tmp_path / "other.sqlite3")
    load_rates({"EUR", "GBP", "CZK", "MNT"}, dt.date(2020, 1, 1))
    report = import_iati(exported)
    assert sorted(r.code for r in m.Project.select()) == sorted([VN, PK, H2H, MN])
    assert rate_skips(report.skipped) == []
    assert load_project(VN).documents and {doc.url for doc in load_project(VN).documents} == {
        "https://example.org/vn/project-document.pdf", "https://example.org/vn/evaluation.pdf"}


def test_a_code_differing_only_in_case_is_still_the_same_code(rates):
    """As before: an identifier is matched as written, and a project code is unique whatever its
    case, so the lower-case copy of an identifier is refused, not added as a second project."""
    import_iati(CRAFTED)
    report = _import_text(CRAFTED.read_text(encoding="utf-8").replace(VN, VN.lower()))
    assert (report.created, report.updated) == (0, 0) and m.Project.select().count() == 4
    assert any(s.startswith(f"activity {VN.lower()} skipped:") and f"already used by another project (as {VN})" in s for s in report.skipped)


def _import_text(text: str):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copy.xml"
        path.write_text(text, encoding="utf-8")
        return import_iati(path)


def test_a_code_is_whatever_an_iati_identifier_may_be_but_still_no_blank_or_control_character():
    for good in (VN, PK, H2H, "PRY/22/01/UNDP", "ab", "X" * d.CODE_WIDTH):
        assert d.is_project_code(good), good
    for bad in ("", " ", "a", " AB-1", "AB-1 ", "AB\t1", "AB\n1", "AB-1\n", "-AB", "A\u00a0B", "X" * (d.CODE_WIDTH + 1)):
        assert not d.is_project_code(bad), repr(bad)
        assert [p.field for p in d.Project(code=bad, title="T").problems()] == ["code"]


def test_a_long_code_shows_its_publisher_and_its_end():
    assert d.display_code("LUX/22/01") == "LUX/22/01"
    assert d.display_code(VN) == VN  # short enough to show whole
    short = d.display_code(H2H)
    assert short == "CH-FDJP…7983-FH-projet Covid H2H" and len(short) == d.DISPLAY_CODE_WIDTH
    assert d.display_code("XM-DAC-41121-2023-EHGL-DJI-" + "A" * 40).startswith("XM-DAC-41121…")


# ---------------------------------------------------------------- rates at value dates


def test_every_amount_is_converted_at_the_rate_of_its_value_date(rates):
    report = import_iati(CRAFTED)
    assert rate_skips(report.skipped) == []
    assert f"{MN}: no budget element; its planned disbursements stand for the budget" in report.skipped
    vn = load_project(VN)
    [funding] = vn.fundings
    assert (funding.currency, funding.usd_rate) == ("EUR", rates.rate_on("EUR", dt.date(2020, 12, 10)))
    by_month = {(e.year, e.month): e for e in vn.expenditures}
    assert by_month[(2021, 3)].usd_rate == rates.rate_on("EUR", dt.date(2021, 3, 20))
    # No value date: the transaction date.
    assert by_month[(2021, 9)].usd_rate == rates.rate_on("EUR", dt.date(2021, 9, 5))
    assert (by_month[(2021, 6)].currency, by_month[(2021, 6)].usd_rate) == ("CZK", rates.rate_on("CZK", dt.date(2021, 6, 30)))
    # One currency: the budget in it, at the rate of its first line's value date.
    assert (vn.budget, vn.currency, vn.usd_rate) == (Decimal("500000.00"), "EUR", rates.rate_on("EUR", dt.date(2020, 11, 15)))
    # No value date on the budget: the period's start.
    h2h = load_project(H2H)
    assert (h2h.budget, h2h.currency, h2h.usd_rate) == (Decimal("250000000.00"), "MNT", rates.rate_on("MNT", dt.date(2020, 6, 1)))
    # No budget: the planned disbursements, at the rate of the first one's value date.
    mn = load_project(MN)
    assert (mn.budget, mn.currency, mn.usd_rate) == (Decimal("250000000.00"), "MNT", rates.rate_on("MNT", dt.date(2021, 12, 10)))


def test_the_rate_given_on_the_command_line_overrides_the_table_for_the_whole_file(rates):
    report = import_iati(CRAFTED, usd_rates={"EUR": Decimal("2")})
    assert rate_skips(report.skipped) == []
    vn = load_project(VN)
    assert {line.usd_rate for line in [*vn.fundings, *(e for e in vn.expenditures if e.currency == "EUR")]} == {Decimal(2)}
    assert vn.usd_rate == Decimal(2)


def test_a_record_keeps_the_rate_it_was_imported_at(rates):
    import_iati(CRAFTED)
    before = load_project(VN).fundings[0].usd_rate
    save_rates([ExchangeRate("EUR", dt.date(2020, 12, 1), Decimal("0.5"), "corrected")])
    assert rate_table().rate_on("EUR", dt.date(2020, 12, 10)) == Decimal("0.5")
    assert load_project(VN).fundings[0].usd_rate == before != Decimal("0.5")
    # A re-import converts at the table's new rate: the funding line changes, and says so.
    report = import_iati(CRAFTED)
    assert load_project(VN).fundings[0].usd_rate == Decimal("0.5") and report.updated >= 1


def test_a_missing_rate_names_the_currency_the_date_and_how_to_add_it(db):
    load_rates({"EUR", "GBP", "MNT"}, dt.date(2020, 1, 1))
    report = import_iati(CRAFTED)
    how = "import that month's UN operational rates (tracker rates import FILE, or Tools > Exchange Rates in the app), or give one with --rate CZK=US$ VALUE"
    assert f"{VN}: 1 transaction skipped: no US$ rate for CZK on 2021-06-30: {how}" in report.skipped
    # The funder's commitment in CZK: the earliest day without a rate is named, once.
    assert f"{H2H}: 1 transaction skipped: no US$ rate for CZK on 2020-05-20: {how}" in report.skipped
    assert not any("usd_rates" in s for s in report.skipped)


# ---------------------------------------------------------------- transaction types


def test_what_each_transaction_type_became_is_in_the_summary(rates):
    report = import_iati(CRAFTED)
    assert report.transactions == [
        "1 incoming commitment recorded as funding",
        "1 incoming fund recorded as funding (their activities have no commitment)",
        "1 expenditure transaction recorded as expenditure",
        "2 disbursements recorded as expenditure (subcontracts: money passed on to implementing partners)",
        "2 disbursements recorded as funding given by the reporting organisation",
        "2 disbursements not recorded: their activities' commitments already record that funding",
        "2 outgoing commitments recorded as expenditure (subcontracts: money passed on to implementing partners)",
        "1 outgoing commitment recorded as funding given by the reporting organisation",
        "1 outgoing commitment not recorded: their activities report the payments themselves (disbursements or expenditure), which are recorded",
    ]


def test_by_default_the_reporting_organisations_role_decides(rates):
    import_iati(CRAFTED)
    # The implementer's own file: disbursements are money passed on, expenditure by the month of
    # their date; its outgoing commitment is what they pay.
    vn = load_project(VN)
    passed_on = sorted((e.year, e.month, e.amount) for e in vn.expenditures if e.expenditure_type is ExpenditureType.SUBCONTRACTS)
    assert passed_on == [(2021, 3, Decimal("90000.00")), (2021, 9, Decimal("60000.00"))]
    # No payment reported: the outgoing commitments are the money passed on.
    pk = load_project(PK)
    assert sorted((e.year, e.month, e.amount, e.expenditure_type) for e in pk.expenditures) == [
        (2021, 5, Decimal("45000.00"), ExpenditureType.SUBCONTRACTS), (2021, 11, Decimal("30000.00"), ExpenditureType.SUBCONTRACTS)]
    # A funder's file: its commitment is the funding it gave (credited to it); the
    # disbursements that pay it are not counted twice.
    h2h = load_project(H2H)
    assert [(f.partner_code, f.amount, f.currency, f.approved_on) for f in h2h.fundings] == [
        ("CH-FDJP", Decimal("2000000.00"), "CZK", dt.date(2020, 5, 20))]
    assert h2h.expenditures == []
    # A funder's file without commitment: its disbursements are the funding.
    mn = load_project(MN)
    assert sorted((f.partner_code, f.amount) for f in mn.fundings) == [("XM-DAC-7", Decimal("100000000.00")), ("XM-DAC-7", Decimal("150000000.00"))]


def test_the_file_may_say_otherwise(rates):
    report = import_iati(CRAFTED, choice=TransactionChoice(disbursements="skip", outgoing_commitments="expenditure"))
    assert "6 disbursements not recorded, as chosen for this file" in report.transactions
    assert "4 outgoing commitments recorded as expenditure (subcontracts: money passed on to implementing partners)" in report.transactions
    assert load_project(MN).fundings == []
    assert [e.amount for e in load_project(H2H).expenditures] == [Decimal("2000000.00")]
    with pytest.raises(ValueError):
        TransactionChoice(disbursements="maybe")


# ---------------------------------------------------------------- documents


def test_document_links_become_the_projects_documents_once(rates):
    report = import_iati(CRAFTED)
    documents = sorted(load_project(VN).documents, key=lambda doc: doc.category)
    assert [(doc.title, doc.category, doc.language, doc.document_date, doc.url) for doc in documents] == [
        ("Project document", "A02", "en", dt.date(2020, 11, 15), "https://example.org/vn/project-document.pdf"),
        ("Évaluation finale", "A07", "fr", dt.date(2023, 3, 1), "https://example.org/vn/evaluation.pdf"),
    ]
    assert documents[0].uuid == document_uuid(VN, documents[0].url, "A02")  # the same in every database importing the file
    assert f"{VN}: 1 document link not imported: no web address starting with https:// or http:// (of at most 1000 characters), or no IATI document category" in report.skipped
    again = import_iati(CRAFTED)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert m.Document.select().count() == 2


def test_a_reimport_keeps_a_documents_own_details_and_the_documents_added_here(rates):
    import_iati(CRAFTED)
    project = load_project(VN)
    project.documents[0].file_name = ""
    project.documents.append(d.Document(title="Budget", category="A05", url="https://example.org/vn/budget.xlsx"))
    save_project(project)
    edited = CRAFTED.read_text(encoding="utf-8").replace("<narrative>Project document</narrative>", "<narrative>Project document (signed)</narrative>")
    _import_text(edited)
    titles = sorted(doc.title for doc in load_project(VN).documents)
    assert titles == ["Budget", "Project document (signed)", "Évaluation finale"]


# ---------------------------------------------------------------- the shipped real files


def test_the_real_files_import_with_a_rates_file_and_skip_nothing_for_want_of_a_rate(all_rates):
    for name in ("UNHCR-Activities-2023.xml", "dportal-foodsecurity-multi-publisher.xml"):
        report = import_iati(real_file("iati-activities", name))
        assert rate_skips(report.skipped) == [], name
    assert m.Project.select().count() == 134 + 7


def test_the_unhcr_file_at_its_value_dates(all_rates):
    path = real_file("iati-activities", "UNHCR-Activities-2023.xml")
    root = parse(path)
    import_iati(path)
    rates = all_rates
    element = activity(root, "XM-DAC-41121-2023")
    commitments = [t for t in element.findall("transaction") if Decimal(t.findtext("value")) > 0]
    fundings = load_project("XM-DAC-41121-2023").fundings
    assert len(fundings) == len(commitments)
    expected = sorted(
        (t.find("value").get("currency"), Decimal(t.findtext("value")).quantize(Decimal("0.01")),
         rates.rate_on(t.find("value").get("currency"), dt.date.fromisoformat(t.find("value").get("value-date"))))
        for t in commitments
    )
    assert sorted((f.currency, f.amount, f.usd_rate) for f in fundings) == expected
    assert {f.currency for f in fundings} > {"USD", "EUR"}


def test_the_multi_publisher_file_records_every_transaction_type(all_rates):
    path = real_file("iati-activities", "dportal-foodsecurity-multi-publisher.xml")
    report = import_iati(path)
    assert m.Project.select().count() == 7
    assert not any("not imported: tracker records funding" in s for s in report.skipped)
    assert any(line.endswith("disbursements recorded as expenditure (subcontracts: money passed on to implementing partners)")
               for line in report.transactions)
    # A place the publisher only describes is called by its description, in the only recipient country.
    [place] = load_project("XI-IATI-EC_INTPA-2021/429-054").locations
    assert place.name.startswith("En République du Congo") and (place.country, place.latitude) == ("CG", Decimal("-4.2592"))
    cafod = load_project("GB-CHC-285776-NGR476")
    assert (cafod.budget, cafod.currency) == (Decimal("50000.00"), "GBP")
    budget = activity(parse(path), "GB-CHC-285776-NGR476").find("budget/value")
    assert cafod.usd_rate == all_rates.rate_on("GBP", dt.date.fromisoformat(budget.get("value-date")))


def test_a_project_saved_by_hand_with_a_long_code_and_spaces(db):
    save_partner(d.Partner(code="XX-FUNDER", name="A test funder", category=PartnerCategory.MULTI_BILATERAL))
    project = d.Project(code=H2H, title="T", region=Region.AFRICA, outcome=StrategicObjective.EMPLOYMENT)
    project.fundings.append(d.Funding(modality=FundingModality.EARMARKED, amount=Decimal(1), currency="USD", approved_on=dt.date(2024, 1, 1),
                                      partner_code="XX-FUNDER", project_code=H2H))
    save_project(project)
    assert load_project(H2H).code == H2H


# ---------------------------------------------------------------- the command line


def test_the_command_line_chooses_how_transactions_are_recorded_and_says_what_they_became(capsys, tmp_path):
    from tests.cli_helpers import run_cli

    database = tmp_path / "t.sqlite3"
    open_database(database)
    load_rates({"EUR", "GBP", "CZK", "MNT"}, dt.date(2020, 1, 1))
    close_database()
    code, out, err = run_cli(capsys, "--db", str(database), "import", str(CRAFTED), "--dry-run")
    assert (code, err) == (0, "")
    assert "  2 disbursements recorded as expenditure (subcontracts: money passed on to implementing partners)\n" in out
    assert "no US$ rate" not in out
    code, out, err = run_cli(capsys, "--db", str(database), "import", str(CRAFTED), "--disbursements", "skip",
                             "--outgoing-commitments", "funding", "--rate", "EUR=1.5")
    assert (code, err) == (0, "")
    assert "  6 disbursements not recorded, as chosen for this file\n" in out
    assert "  4 outgoing commitments recorded as funding given by the reporting organisation\n" in out
    open_database(database)
    assert {f.usd_rate for f in load_project(VN).fundings if f.currency == "EUR"} == {Decimal("1.5")}
    code, out, err = run_cli(capsys, "--db", str(database), "import", str(CRAFTED), "--disbursements", "maybe")
    assert code == 2 and "invalid choice: 'maybe'" in err
    close_database()


def test_sector_capital_spend_places_and_markers_come_in(rates):
    import_iati(CRAFTED)
    vn = load_project(VN)
    assert (vn.purpose_code, vn.capital_spend) == ("72040", Decimal("12.50"))  # the sector with the largest share
    [place] = vn.locations
    assert (place.name, place.country, place.description, place.latitude, place.longitude) == (
        "Hai Phong", "VN", "Distribution centre", Decimal("20.8449"), Decimal("106.6881"))
    # Gender equality from any publisher; another publisher's environment marker says no just transition.
    assert vn.themes == [Theme.GENDER_EQUALITY]
    again = import_iati(CRAFTED)
    assert again.unchanged == 4 and len(load_project(VN).locations) == 1


def test_the_rates_file_covers_every_currency_and_date_of_the_shipped_files():
    """Every amount of the real files (the legacy 1.0 one too, though tracker refuses IATI 1.0x
    files) and of the crafted file has a rate on its value date (else its transaction date or
    period start)."""
    table = RateTable(invented_rates())
    paths = [real_file("iati-activities", name) for name in
             ("UNHCR-Activities-2023.xml", "dportal-foodsecurity-multi-publisher.xml", "legacy-1.0-concern-universal.xml")]
    checked = 0
    for path in [*paths, CRAFTED]:
        for element in parse(path).iter("iati-activity"):
            for value in element.iter("value"):
                currency = value.get("currency") or element.get("default-currency")
                parent = value.getparent()
                dated = value.get("value-date") or next(
                    (e.get("iso-date") for e in (parent.find("transaction-date"), parent.find("period-start")) if e is not None), None)
                assert table.rate_on(currency, dt.date.fromisoformat(dated[:10])) is not None, (path.name, currency, dated)
                checked += 1
    assert checked > 3000
