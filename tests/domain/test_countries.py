"""Country names as officers write them, in English, French and Spanish, and the currencies a user
is offered (tracker.domain.codelists)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.codelists import (
    countries,
    countries_matching,
    country_code,
    country_name,
    currencies,
    is_currency,
    offered_currencies,
)


@pytest.mark.parametrize(("text", "code"), [
    # The forms the issue names, and their usual variants
    ("Gambia", "GM"), ("The Gambia", "GM"), ("the gambia", "GM"), ("Gambia (the)", "GM"), ("GM", "GM"), ("gm", "GM"),
    ("DR Congo", "CD"), ("DRC", "CD"), ("Democratic Republic of the Congo", "CD"), ("Congo (Kinshasa)", "CD"),
    ("Congo-Kinshasa", "CD"), ("Congo (the Democratic Republic of the)", "CD"),
    ("Congo", "CG"), ("Congo (Brazzaville)", "CG"), ("Republic of the Congo", "CG"),
    ("Côte d'Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Côte d\u2019Ivoire", "CI"), ("COTE D'IVOIRE", "CI"), ("Ivory Coast", "CI"),
    ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Bolivia", "BO"), ("Bolivia (Plurinational State of)", "BO"),
    ("Tanzania", "TZ"), ("United Republic of Tanzania", "TZ"), ("Lao PDR", "LA"), ("Laos", "LA"),
    ("Syria", "SY"), ("Iran", "IR"), ("Moldova", "MD"), ("Republic of Moldova", "MD"), ("Russia", "RU"),
    ("Russian Federation", "RU"), ("Micronesia", "FM"), ("Netherlands", "NL"), ("The Netherlands", "NL"),
    ("United States", "US"), ("United States of America", "US"), ("USA", "US"), ("UK", "GB"), ("United Kingdom", "GB"),
    ("Türkiye", "TR"), ("Turkiye", "TR"), ("Turkey", "TR"), ("Czech Republic", "CZ"), ("Czechia", "CZ"),
    ("Eswatini", "SZ"), ("Swaziland", "SZ"), ("North Macedonia", "MK"), ("Palestine", "PS"), ("State of Palestine", "PS"),
    ("South Korea", "KR"), ("Republic of Korea", "KR"), ("Cape Verde", "CV"), ("Cabo Verde", "CV"), ("Timor-Leste", "TL"),
    ("Burma", "MM"), ("St. Lucia", "LC"), ("Trinidad & Tobago", "TT"), ("  Senegal  ", "SN"),
    # French and Spanish, from CLDR
    ("Sénégal", "SN"), ("Senegal", "SN"), ("Côte d\u2019Ivoire", "CI"), ("Costa de Marfil", "CI"), ("Haïti", "HT"), ("Haiti", "HT"),
    ("Perú", "PE"), ("Pérou", "PE"), ("Bolivie", "BO"), ("Gambie", "GM"), ("Royaume-Uni", "GB"), ("Estados Unidos", "US"),
    ("États-Unis", "US"), ("Turquie", "TR"), ("Turquía", "TR"), ("République démocratique du Congo", "CD"),
    ("República Democrática del Congo", "CD"), ("Viêt Nam", "VN"), ("Cameroun", "CM"), ("Camerún", "CM"),
])
def test_common_names_in_three_languages_give_the_iso_code(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["Korea", "Virgin Islands"])
def test_a_name_shared_by_two_countries_is_refused_not_guessed(text):
    with pytest.raises(ValueError, match=f"'{text}' is not a known country name"):
        country_code(text)


def test_a_typing_slip_is_refused_with_the_nearest_name():
    with pytest.raises(ValueError) as refused:
        country_code("Senegall")
    assert str(refused.value) == "'Senegall' is not a known country name or ISO 3166 code; did you mean Senegal?"
    with pytest.raises(ValueError, match="^'Atlantis' is not a known country name or ISO 3166 code$"):
        country_code("Atlantis")


def test_every_iso_name_and_code_still_reads():
    for code, name in countries().items():
        assert country_code(name) == code, name
        assert country_code(code) == code


def test_names_in_the_user_language():
    assert country_name("GM") == "Gambia"  # the ISO list's "(the)" is not shown
    assert country_name("CD") == "Democratic Republic of the Congo"
    assert country_name("SN", "fr") == "Sénégal"
    assert country_name("CI", "fr") == "Côte d\u2019Ivoire"
    assert country_name("PE", "es") == "Perú"
    assert country_name("gm", "es") == "Gambia"
    assert country_name("ZZ") == "ZZ"


def test_names_found_while_typing():
    assert countries_matching("") == [] and countries_matching("  ") == []
    assert countries_matching("gam") == [("GM", "Gambia")]
    assert countries_matching("the gam") == [("GM", "Gambia")]
    assert countries_matching("gam", "fr") == [("GM", "Gambie")]
    assert [code for code, _ in countries_matching("congo")] == ["CG", "CD"]  # the whole name first
    assert ("CI", "Côte d'Ivoire") in countries_matching("ivo")  # a word of the name
    assert countries_matching("sén", "fr")[0] == ("SN", "Sénégal")
    assert countries_matching("SN")[0] == ("SN", "Senegal")  # a code typed whole
    found = countries_matching("s", "es")
    assert all(name.casefold().startswith("s") for _, name in found[:10])  # names in the user's language first
    assert len(countries_matching("a", limit=5)) == 5


def test_the_currencies_offered_are_those_in_use():
    offered = dict(offered_currencies())
    assert {"USD", "EUR", "GBP", "CHF", "JPY", "XOF", "XAF", "XCD", "XPF", "BRL", "INR"} <= set(offered)
    for code in ("XBT", "XDR", "XAU", "XAG", "XPT", "XPD", "XTS", "XXX", "XBA", "XBB", "XBC", "XBD",
                 "EEK", "ZMK", "LTL", "VEF", "BOV", "USN", "CLF", "MXV"):
        assert code not in offered, code
    assert offered["XOF"] == "West African CFA Franc"
    assert dict(offered_currencies("fr"))["XOF"] == "franc CFA (BCEAO)"
    assert dict(offered_currencies("es"))["EUR"] == "euro"
    assert [code for code, _ in offered_currencies()] == sorted(offered)


def test_a_withdrawn_currency_is_offered_until_its_end():
    assert "LTL" in dict(offered_currencies(on=date(2010, 6, 30)))  # Lithuania's litas, before the euro


def test_stored_and_imported_records_keep_every_iso_code():
    # Only the list offered shrinks: old data in withdrawn currencies still loads and validates.
    for code in ("XBT", "EEK", "ZMK", "XDR"):
        assert is_currency(code) and code in currencies()


def test_english_in_any_region_gives_the_iso_names():
    """An officer whose settings say en_US or en_GB sees the same English names as "en"."""
    assert country_name("GM", "en_US") == country_name("GM", "en_GB") == country_name("GM") == "Gambia"
    assert country_name("CD", "en_US") == country_name("CD")
