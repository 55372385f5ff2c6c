"""What the IATI tests share: where the real publishers' files and codelists are, and readers
that take values straight from the XML, independently of the importer."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

REAL_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "real-data"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def real_file(*parts: str) -> Path:
    path = REAL_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing: the shared real-data folder is not beside this checkout")
    return path


def codelist(name: str) -> set[str]:
    """The codes of an IATI codelist file in real-data (withdrawn codes included)."""
    root = etree.parse(str(real_file("iati-codelists", f"{name}.xml"))).getroot()
    return {(item.findtext("code") or "").strip() for item in root.iter("codelist-item")}


def parse(path: Path) -> etree._Element:
    return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()


def activity(root: etree._Element, identifier: str) -> etree._Element:
    for element in root.findall("iati-activity"):
        if element.findtext("iati-identifier").strip() == identifier:
            return element
    raise AssertionError(f"no activity {identifier}")


def sum_values(activity_element: etree._Element, transaction_type: str, currency: str) -> Decimal:
    """Total of the positive values of one transaction type in one currency."""
    default = activity_element.get("default-currency")
    total = Decimal(0)
    for transaction in activity_element.findall("transaction"):
        if transaction.find("transaction-type").get("code") != transaction_type:
            continue
        value = transaction.find("value")
        if (value.get("currency") or default) == currency:
            total += Decimal(value.text.strip())
    return total
