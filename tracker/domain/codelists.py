"""ISO country and currency codes, read from the IATI codelists shipped in resources/codelists."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from importlib import resources


@cache
def _codelist(name: str) -> dict[str, str]:
    # The files are ours (copied from the IATI codelists), so the stdlib parser is safe here.
    data = resources.files("tracker.resources").joinpath("codelists", f"{name}.xml").read_bytes()
    root = ET.fromstring(data)
    items: dict[str, str] = {}
    for item in root.iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        label = (item.findtext("name/narrative") or code).strip()
        if code:
            items[code] = label
    return items


def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name."""
    return _codelist("Country")


def currencies() -> dict[str, str]:
    return _codelist("Currency")


def is_country(code: str) -> bool:
    return code in countries()


def is_currency(code: str) -> bool:
    return code in currencies()


# Names people type that the ISO list spells otherwise (domain 6: Cabo Verde / Cape Verde,
# Laos / Lao PDR); matched after the ISO names.
_ALIASES = {
    "laos": "LA",
    "lao pdr": "LA",
    "cape verde": "CV",
    "cabo verde": "CV",
    "drc": "CD",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "cote d'ivoire": "CI",
    "côte d'ivoire": "CI",
    "ivory coast": "CI",
    "tanzania": "TZ",
    "timor leste": "TL",
    "democratic republic of timor leste": "TL",
    "kosovo": "XK",
    "bolivia": "BO",
    "republic of korea": "KR",
    "south korea": "KR",
    "turkey": "TR",
    "vietnam": "VN",
    "viet nam": "VN",
}


def country_code(text: str) -> str:
    """An ISO code from a code, an ISO name or a known alias; ValueError naming the input."""
    wanted = text.strip()
    table = countries()
    if wanted.upper() in table:
        return wanted.upper()
    folded = wanted.casefold()
    for code, name in table.items():
        if name.casefold() == folded:
            return code
    if folded in _ALIASES:
        return _ALIASES[folded]
    raise ValueError(f"'{text}' is not a known country name or ISO 3166 code")
