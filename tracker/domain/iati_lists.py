"""The IATI codelists an organisation publishes with: flow, finance, aid and tied-aid types,
organisation types and the OECD DAC purpose codes (Sector), read from the copies in
resources/codelists (IATI-Codelists, version 2.03, CC BY 4.0; see the README there).

Each code has its English name and, where the codelist gives one, its French name; Spanish reads
the English name, as the IATI lists have no Spanish. Only active codes are offered for a new
choice; a withdrawn one still has its name, so that a value stored earlier reads."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tracker.domain.i18n import current_language

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

FLOW_TYPE = "FlowType"
FINANCE_TYPE = "FinanceType"
AID_TYPE = "AidType"
TIED_STATUS = "TiedStatus"
ORGANISATION_TYPE = "OrganisationType"
SECTOR = "Sector"  # DAC 5-digit purpose codes


@dataclass(frozen=True)
class Code:
    code: str
    names: dict[str, str]  # language -> name; "en" always
    active: bool

    def name(self, language: str | None = None) -> str:
        return self.names.get(language or current_language()) or self.names["en"]


@cache
def codes(list_name: str) -> dict[str, Code]:
    """Every code of the IATI codelist `list_name` ("AidType"), in the list's order."""
    # The files are ours (copied from the IATI codelists), so the stdlib parser is safe here.
    data = resources.files("tracker.resources").joinpath("codelists", f"{list_name}.xml").read_bytes()
    found: dict[str, Code] = {}
    for item in ET.fromstring(data).iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        if not code:
            continue
        names: dict[str, str] = {}
        for narrative in item.findall("name/narrative"):
            names.setdefault(narrative.get(XML_LANG, "en"), (narrative.text or "").strip())
        names.setdefault("en", code)
        found[code] = Code(code, names, item.get("status", "active") != "withdrawn")
    return found


def offered(list_name: str, language: str | None = None) -> list[tuple[str, str]]:
    """The active codes of a list as (code, name in `language`), for a user to choose from."""
    return [(c.code, c.name(language)) for c in codes(list_name).values() if c.active]


def is_code(list_name: str, code: str) -> bool:
    """Whether `code` is an active code of the list (a withdrawn one is not chosen any more)."""
    item = codes(list_name).get(code)
    return item is not None and item.active


def code_name(list_name: str, code: str, language: str | None = None) -> str:
    """The code's name in `language` (the code itself when the list does not have it)."""
    item = codes(list_name).get(code)
    return item.name(language) if item is not None else code


def purpose_codes(language: str | None = None) -> list[tuple[str, str]]:
    """The OECD DAC 5-digit purpose codes in use, as (code, name), by code."""
    return sorted((code, name) for code, name in offered(SECTOR, language) if len(code) == 5 and code.isdigit())


def is_purpose_code(code: str) -> bool:
    return len(code) == 5 and is_code(SECTOR, code)


def purpose_codes_matching(text: str, language: str | None = None, limit: int | None = None) -> list[tuple[str, str]]:
    """The purpose codes whose code starts with `text` or whose name holds it (any case): what a
    picker offers as the user types ("160" or "employment")."""
    wanted = text.strip().casefold()
    found = [(code, name) for code, name in purpose_codes(language)
             if not wanted or code.startswith(wanted) or wanted in name.casefold()]
    return found if limit is None else found[:limit]
