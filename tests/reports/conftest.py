"""A small known portfolio for the report tests, built through the store as a user would, with
the figures worked out by hand in the comments; and helpers to read workbooks back.

Partners: DON (Donorland, multi-bilateral), UNX (UN agency, UN), FND ("@Foundation Y", a
foundation: its name starts with '@'). Projects (amounts in US$):

P1 AAA/21/01/DON '=HYPERLINK(...)'   Africa, Employment, 2021-01-01..2023-12-31 (36 months: annual
   reviews 2022-01-01 and 2023-01-01, final 2023-12-31), budget 500,000 (> 350,000: independent
   required). Funding DON xb 300,000 (2021-02-01), FND xb 200,000 (2022-03-01, locally mobilized).
   Expenditure 2021 other-personnel 100,000; 2022 training 150,000; 2023 equipment 50,000.
   Annual review 1 completed (self); the rest planned, so on 2024-06-30 two are overdue.
P2 BBB/22/01/UNX '+Skills for youth' Asia and the Pacific, Social protection, 2022 (12 months:
   final 2022-12-31), budget EUR 100,000 at 1.10 = 110,000. Funding UNX xb EUR 100,000 at 1.10
   = 110,000 (2022-01-15, locally mobilized). Expenditure 2022 subcontracts EUR 50,000 = 55,000.
   Final completed (self).
P3 CCC/21/02/DON '-Standards and rights'  Africa, Standards, 2021-07-01..2023-06-30 (24 months:
   mid-term 2022-06-30, final 2023-06-30), budget 400,000 (independent required). Funding DON xb
   400,000 (2021-06-01). Expenditure 2021 international experts 80,000, 2022 120,000; 2023
   miscellaneous 100,000. Mid-term completed, external (independence met); final planned.
P4 DDD/22/09/DON cancelled, 2022, budget 20,000, no funding, final planned: left out of compliance.
P5 EEE/24/01 design, nothing planned yet, no region, no partner.
Unearmarked: DON voluntary core (rbsa) 50,000 on 2022-09-01 (not an extra-budgetary approval).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.domain import project as d
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
)

AS_OF = dt.date(2024, 6, 30)
INJECTED_TITLE = '=HYPERLINK("http://evil.example","click")'
XB = FundingModality.EARMARKED


def _funding(partner: str, amount: str, on: str, currency: str = "USD", rate: str = "1", local: bool = False) -> d.Funding:
    return d.Funding(modality=XB, amount=Decimal(amount), currency=currency, usd_rate=Decimal(rate),
                     approved_on=dt.date.fromisoformat(on), partner_code=partner, locally_mobilized=local)


def _spend(year: int, kind: ExpenditureType, amount: str, currency: str = "USD", rate: str = "1") -> d.Expenditure:
    return d.Expenditure(year=year, expenditure_type=kind, amount=Decimal(amount), currency=currency, usd_rate=Decimal(rate))


def _complete(project: d.Project, kind: EvaluationKind, sequence: int, on: str, independence: Independence,
              evaluator: str = "Project team") -> None:
    for evaluation in project.evaluations:
        if evaluation.kind is kind and evaluation.sequence == sequence:
            evaluation.status = EvaluationStatus.COMPLETED
            evaluation.completed_on = dt.date.fromisoformat(on)
            evaluation.independence = independence
            evaluation.evaluator = evaluator
            return
    raise AssertionError(f"no {kind} {sequence} planned")


def build_small_portfolio() -> None:
    from tracker.store.partners import save_partner, save_unearmarked_funding
    from tracker.store.projects import save_project

    save_partner(d.Partner(code="DON", name="Donorland", category=PartnerCategory.MULTI_BILATERAL, country="NO"))
    save_partner(d.Partner(code="UNX", name="UN Agency X", category=PartnerCategory.UNITED_NATIONS))
    save_partner(d.Partner(code="FND", name="@Foundation Y", category=PartnerCategory.NON_STATE,
                           non_state_kind=NonStateKind.FOUNDATION))
    stage = Stage.IMPLEMENTATION
    p1 = d.Project(code="AAA/21/01/DON", title=INJECTED_TITLE, stage=stage, region=Region.AFRICA, countries=["SN", "CV"],
                   outcome=StrategicObjective.EMPLOYMENT, planned_start=dt.date(2021, 1, 1), planned_end=dt.date(2023, 12, 31),
                   budget=Decimal(500000),
                   fundings=[_funding("DON", "300000", "2021-02-01"), _funding("FND", "200000", "2022-03-01", local=True)],
                   expenditures=[_spend(2021, ExpenditureType.OTHER_PERSONNEL, "100000"),
                                 _spend(2022, ExpenditureType.TRAINING, "150000"),
                                 _spend(2023, ExpenditureType.EQUIPMENT, "50000")],
                   indicators=[d.ResultIndicator(name="Young people trained", unit="people", baseline=Decimal(0),
                                                 target=Decimal(500), achieved=Decimal(571), women_share=Decimal(53)),
                               d.ResultIndicator(name="-Jobs expected", unit="jobs", target=Decimal(100))])
    p1, _ = save_project(p1, allow_stage_change=True)
    _complete(p1, EvaluationKind.ANNUAL_REVIEW, 1, "2022-01-20", Independence.SELF, evaluator="=1+1")
    save_project(p1)

    p2 = d.Project(code="BBB/22/01/UNX", title="+Skills for youth", stage=stage, region=Region.ASIA_PACIFIC, countries=["LA"],
                   outcome=StrategicObjective.SOCIAL_PROTECTION, planned_start=dt.date(2022, 1, 1),
                   planned_end=dt.date(2022, 12, 31), budget=Decimal(100000), currency="EUR", usd_rate=Decimal("1.10"),
                   fundings=[_funding("UNX", "100000", "2022-01-15", "EUR", "1.10", local=True)],
                   expenditures=[_spend(2022, ExpenditureType.SUBCONTRACTS, "50000", "EUR", "1.10")])
    p2, _ = save_project(p2, allow_stage_change=True)
    _complete(p2, EvaluationKind.FINAL, 1, "2023-01-31", Independence.SELF)
    save_project(p2)

    p3 = d.Project(code="CCC/21/02/DON", title="-Standards and rights", stage=stage, region=Region.AFRICA, countries=["TN"],
                   outcome=StrategicObjective.STANDARDS, planned_start=dt.date(2021, 7, 1), planned_end=dt.date(2023, 6, 30),
                   budget=Decimal(400000), fundings=[_funding("DON", "400000", "2021-06-01")],
                   expenditures=[_spend(2021, ExpenditureType.INTERNATIONAL_EXPERTS, "80000"),
                                 _spend(2022, ExpenditureType.INTERNATIONAL_EXPERTS, "120000"),
                                 _spend(2023, ExpenditureType.MISCELLANEOUS, "100000")])
    p3, _ = save_project(p3, allow_stage_change=True)
    _complete(p3, EvaluationKind.MID_TERM, 1, "2022-07-15", Independence.EXTERNAL, evaluator="External consultant")
    save_project(p3)

    save_project(d.Project(code="DDD/22/09/DON", title="Cancelled before it began", stage=Stage.CANCELLED, region=Region.AFRICA,
                           planned_start=dt.date(2022, 1, 1), planned_end=dt.date(2022, 12, 31), budget=Decimal(20000)),
                 allow_stage_change=True)
    save_project(d.Project(code="EEE/24/01", title="An idea in design"))
    save_unearmarked_funding(d.Funding(modality=FundingModality.VOLUNTARY_CORE, amount=Decimal(50000), currency="USD",
                                       approved_on=dt.date(2022, 9, 1), partner_code="DON"))


@pytest.fixture
def small_db(db):
    build_small_portfolio()
    return db


def load(path: Path, data_only: bool = False):
    import openpyxl

    return openpyxl.load_workbook(path, data_only=data_only)


def rows_of(sheet, first_row: int) -> list[tuple]:
    """Rows from `first_row` down to the first empty first cell."""
    found = []
    for row in sheet.iter_rows(min_row=first_row, values_only=True):
        if row[0] is None:
            break
        found.append(row)
    return found


def find_row(sheet, label: str, column: int = 1, start: int = 1) -> int:
    for row in range(start, sheet.max_row + 1):
        if sheet.cell(row=row, column=column).value == label:
            return row
    raise AssertionError(f"no row labelled {label!r} in {sheet.title}")


def formula_texts(path: Path) -> list[str]:
    """The text of every <f> element in every worksheet of the file, read from the XML itself."""
    from xml.etree import ElementTree as ET

    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    found = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
                root = ET.fromstring(archive.read(name))
                found.extend(f.text or "" for f in root.iter(f"{ns}f"))
    return found


def cell_xml(path: Path, sheet_title: str, coordinate: str):
    """The <c> element of one cell, read from the XML of the sheet with that title."""
    from xml.etree import ElementTree as ET

    import openpyxl

    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    index = openpyxl.load_workbook(path, read_only=True).sheetnames.index(sheet_title) + 1
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read(f"xl/worksheets/sheet{index}.xml"))
    for cell in root.iter(f"{ns}c"):
        if cell.get("r") == coordinate:
            return cell
    raise AssertionError(f"no cell {coordinate} in {sheet_title}")
