"""ISO country and currency codes, read from the IATI codelists shipped in resources/codelists."""

from __future__ import annotations

import difflib
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import date
from functools import cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

from tracker.domain.i18n import current_language, translate


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


def offered_currencies(language: str | None = None, on: date | None = None) -> list[tuple[str, str]]:
    """The currencies a user is offered, as (code, name in `language`), by code: those legal
    tender in some country or territory on `on` (today), by CLDR's record of which currency is
    used where and when. That leaves out what no funding agreement is made in: Bitcoin (XBT),
    withdrawn currencies (EEK, ZMK...), precious metals, the SDR (XDR), bond and testing units
    and fund codes (BOV, USN...); the CFA, CFP and East Caribbean francs and dollar (XOF, XAF,
    XPF, XCD) are the tender of their countries and stay. Stored and imported records keep
    every ISO code: only the list offered for new entries is shorter."""
    on = on or date.today()
    language = language or current_language()
    iso = currencies()
    current: set[str] = set()
    for territory in get_global("territory_currencies"):
        current.update(get_territory_currencies(territory, on, tender=True, non_tender=False))
    return [(code, _currency_name(code, language)) for code in sorted(current & set(iso))]


def _currency_name(code: str, language: str) -> str:
    try:
        return str(get_currency_name(code, locale=language))
    except (ValueError, TypeError, UnknownLocaleError):
        return currencies()[code]


def is_country(code: str) -> bool:
    return code in countries()


def is_currency(code: str) -> bool:
    return code in currencies()


# ---------------------------------------------------------------- country names as people write them
#
# The ISO list (the IATI Country codelist) decides which codes exist; the names people type come
# from it, from CLDR through Babel (English, French and Spanish: "Gambia", "Gambie", "Congo -
# Kinshasa", "Costa de Marfil") and, where neither has the form in common use, from the short list
# below. Matching ignores case, accents, punctuation, the kind of apostrophe and a leading "the".

NAME_LANGUAGES = ("en", "fr", "es")

# Common forms neither ISO nor CLDR spells: older names, abbreviations, the names of past usage.
_ALIASES = {
    "dr congo": "CD",
    "drc": "CD",
    "democratic republic of congo": "CD",
    "congo dr": "CD",
    "rdc": "CD",
    "rd congo": "CD",
    "république démocratique du congo": "CD",
    "republic of the congo": "CG",
    "republic of congo": "CG",
    "république du congo": "CG",
    "ivory coast": "CI",
    "costa de marfil": "CI",  # CLDR's Spanish keeps the French name; Spanish speakers also say this
    "lao pdr": "LA",
    "cape verde": "CV",
    "czech republic": "CZ",
    "swaziland": "SZ",
    "turkey": "TR",
    "macedonia": "MK",
    "fyr macedonia": "MK",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "usa": "US",
    "us": "US",
    "east timor": "TL",
    "burma": "MM",
    "palestine": "PS",
    "state of palestine": "PS",
    "occupied palestinian territory": "PS",
    "vatican": "VA",
}

_APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"


def fold_name(text: str) -> str:
    """A name as matching sees it: no case, accents, apostrophes or punctuation, "&" as "and",
    "St." as "saint", no leading "the" ("The Gambia" and "gambia" fold alike)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.translate({ord(ch): None for ch in _APOSTROPHES}).replace("&", " and ")
    words = re.sub(r"[^\w]+", " ", text).split()
    words = ["saint" if word == "st" else word for word in words]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _forms(name: str) -> tuple[list[str], list[str]]:
    """(strong, weak) folded forms of a name. "Gambia (the)" is "gambia" and "the gambia";
    "Korea (the Republic of)" is "republic of korea" and, weakly, "korea"; "Tanzania, the United
    Republic of" likewise. A weak form names a country only if it names no other."""
    strong, weak = [fold_name(name)], []
    match = re.fullmatch(r"(?P<base>[^(,\[]+?)\s*(?:\((?P<paren>[^)]*)\)|,\s*(?P<comma>.+?))\s*(?:\[.*\])?", name)
    if match:
        base, qualifier = match["base"], match["paren"] if match["paren"] is not None else match["comma"]
        if fold_name(qualifier) == "":  # "Gambia (the)"
            strong.append(fold_name(base))
        else:
            strong.append(fold_name(f"{qualifier} {base}"))  # the Republic of Korea
            weak.append(fold_name(base))  # Korea
            weak.append(fold_name(qualifier))  # Burma, of "Myanmar (Burma)"
    return strong, weak


@cache
def _name_index() -> dict[str, str]:
    """Folded name -> ISO code, for every form above, ISO names and the CLDR names first."""
    table = countries()
    strong: dict[str, str] = {}
    weak: dict[str, set[str]] = {}

    def add(code: str, name: str) -> None:
        forms, weak_forms = _forms(name)
        for form in forms:
            if form:
                strong.setdefault(form, code)
        for form in weak_forms:
            if form:
                weak.setdefault(form, set()).add(code)

    for code, name in table.items():
        add(code, name)
    for language in NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in table:
                add(code, name)
    for names in _UN_NAMES.values():
        for code, name in names.items():
            add(code, name)
    for alias, code in _ALIASES.items():
        strong.setdefault(fold_name(alias), code)
    for form, codes in weak.items():
        if len(codes) == 1 and form not in strong:
            strong[form] = next(iter(codes))
    return strong


def country_name(code: str, language: str | None = None) -> str:
    """How `language` (default: the current one) names the country `code`: see _country_name."""
    return _country_name(code, language or current_language())


# The short names United Nations documents use where CLDR gives a colloquial form ("Congo -
# Kinshasa", "Corée du Sud", "Siria") and the ISO list an inverted one ("Tanzania, the United
# Republic of"): the UN Terminology Database's short names, in the three languages.
_UN_NAMES: dict[str, dict[str, str]] = {
    "en": {"US": "United States", "GB": "United Kingdom", "FK": "Falkland Islands (Malvinas)",
           "TW": "Taiwan Province of China", "PS": "State of Palestine"},
    "fr": {"CD": "République démocratique du Congo", "CG": "Congo", "KR": "République de Corée",
           "KP": "République populaire démocratique de Corée", "SY": "République arabe syrienne",
           "RU": "Fédération de Russie", "MD": "République de Moldova", "LA": "République démocratique populaire lao",
           "TZ": "République-Unie de Tanzanie", "IR": "Iran (République islamique d\u2019)",
           "BO": "Bolivie (État plurinational de)", "VE": "Venezuela (République bolivarienne du)",
           "PS": "État de Palestine", "MM": "Myanmar", "FM": "Micronésie (États fédérés de)", "CV": "Cabo Verde",
           "HK": "Hong Kong (Chine)", "MO": "Macao (Chine)", "VA": "Saint-Siège", "TR": "Türkiye",
           "TW": "Taïwan (province de Chine)", "VN": "Viet Nam"},
    "es": {"CD": "República Democrática del Congo", "CG": "Congo", "KR": "República de Corea",
           "KP": "República Popular Democrática de Corea", "SY": "República Árabe Siria", "RU": "Federación de Rusia",
           "MD": "República de Moldova", "LA": "República Democrática Popular Lao", "TZ": "República Unida de Tanzanía",
           "IR": "Irán (República Islámica del)", "BO": "Bolivia (Estado Plurinacional de)",
           "VE": "Venezuela (República Bolivariana de)", "PS": "Estado de Palestina", "MM": "Myanmar",
           "FM": "Micronesia (Estados Federados de)", "HK": "Hong Kong (China)", "MO": "Macao (China)", "VA": "Santa Sede",
           "TR": "Türkiye", "TW": "Taiwán (provincia de China)", "VN": "Viet Nam"},
}


def _short_english(iso_name: str) -> str:
    """The ISO list's English name as it is read: "Gambia (the)" is "Gambia", "Congo (the Democratic
    Republic of the)" is "Democratic Republic of the Congo", "Tanzania, the United Republic of" is
    "United Republic of Tanzania"; "Bolivia (Plurinational State of)" stays as the UN lists it."""
    name = re.sub(r"\s*\(the\)", "", iso_name)
    inverted = re.fullmatch(r"(?P<base>[^(,]+?)\s*(?:\((?P<paren>the [^)]*)\)|,\s*(?P<comma>.+ of(?: the)?))", name)
    if inverted:
        qualifier = inverted["paren"] or inverted["comma"]
        name = f"{qualifier} {inverted['base']}"
        name = name[4:] if name.startswith("the ") else name
    return name


@cache  # the portfolio's search text names the countries of every row
def _country_name(code: str, language: str) -> str:
    """How `language` names the country `code`: the UN's short name where it differs from what
    CLDR or ISO give (_UN_NAMES), else CLDR's in French and Spanish ("Gambie", "Gambia"), the ISO
    name read naturally in English (_short_english); the code itself if unknown."""
    code = code.strip().upper()
    if code not in countries():
        return code
    base = language.split("_")[0].split("-")[0].lower()
    if code in _UN_NAMES.get(base, {}):
        return _UN_NAMES[base][code]
    names = _territory_names(language)
    if names is not None:
        name = names.get(code)
        if name:
            return str(name)
    return _short_english(countries()[code])


@cache  # once per language: a locale Babel does not know ("C") costs milliseconds to refuse
def _territory_names(language: str) -> Mapping[str, str] | None:
    """CLDR's names of the countries in `language`; None for English ("en", "en_US": the ISO
    names are used) and for a language CLDR does not know."""
    if language.lower().startswith("en"):
        return None
    try:
        return Locale.parse(language).territories
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def country_code(text: str) -> str:
    """An ISO code from a code or a name as people write it, in English, French or Spanish
    ("GM", "Gambia", "The Gambia", "Gambia (the)", "Gambie", "DR Congo", "Côte d’Ivoire", "Costa
    de Marfil"); ValueError naming the input, with the nearest names when there are any."""
    wanted = text.strip()
    table = countries()
    if wanted.upper() in table:
        return wanted.upper()
    folded = fold_name(wanted)
    code = _name_index().get(folded)
    if code is not None:
        return code
    near = difflib.get_close_matches(folded, list(_name_index()), n=3, cutoff=0.8) if folded else []
    suggestions = list(dict.fromkeys(country_name(_name_index()[form], current_language()) for form in near))
    if not suggestions:
        raise ValueError(translate("Country", "'{text}' is not a known country name or ISO 3166 code").format(text=text))
    names = suggestions[0]
    for name in suggestions[1:]:
        names = translate("Country", "{first} or {second}").format(first=names, second=name)
    raise ValueError(translate("Country", "'{text}' is not a known country name or ISO 3166 code; did you mean {names}?").format(
        text=text, names=names))


def countries_matching(fragment: str, language: str | None = None, limit: int | None = None) -> list[tuple[str, str]]:
    """Countries whose name (in any language tracker knows) or code matches what is typed so far,
    as (code, name in `language`): a country whose name is typed whole first, then names starting
    with it (in `language` first, then in another), then names with a word starting with it;
    nothing for an empty fragment."""
    language = language or current_language()
    folded = fold_name(fragment)
    if not folded:
        return []
    ranked: dict[str, int] = {}
    code = fragment.strip().upper()
    if code in countries():
        ranked[code] = 0
    for form, form_code in _name_index().items():
        if form == folded:
            rank = 0
        elif form.startswith(folded):
            rank = 1 if fold_name(country_name(form_code, language)).startswith(folded) else 2
        elif f" {folded}" in f" {form}":
            rank = 3
        else:
            continue
        ranked[form_code] = min(rank, ranked.get(form_code, rank))
    found = sorted(((rank, country_name(code, language), code) for code, rank in ranked.items()),
                   key=lambda item: (item[0], fold_name(item[1])))
    result = [(code, name) for _, name, code in found]
    return result if limit is None else result[:limit]
