"""Country names as a UN document prints them, in the three languages: never the ISO list's
inverted forms ("Tanzania, the United Republic of") nor CLDR's colloquial ones ("Congo -
Kinshasa"), and every name shown still reads back as its code."""

import pytest

from tracker.domain.codelists import countries, country_code, country_name


@pytest.mark.parametrize(("code", "en", "fr", "es"), [
    ("US", "United States", "États-Unis", "Estados Unidos"),
    ("GB", "United Kingdom", "Royaume-Uni", "Reino Unido"),
    ("TZ", "United Republic of Tanzania", "République-Unie de Tanzanie", "República Unida de Tanzanía"),
    ("CD", "Democratic Republic of the Congo", "République démocratique du Congo", "República Democrática del Congo"),
    ("CG", "Congo", "Congo", "Congo"),
    ("KR", "Republic of Korea", "République de Corée", "República de Corea"),
    ("MD", "Republic of Moldova", "République de Moldova", "República de Moldova"),
    ("PS", "State of Palestine", "État de Palestine", "Estado de Palestina"),
    ("LA", "Lao People's Democratic Republic", "République démocratique populaire lao", "República Democrática Popular Lao"),
    ("BO", "Bolivia (Plurinational State of)", "Bolivie (État plurinational de)", "Bolivia (Estado Plurinacional de)"),
    ("GM", "Gambia", "Gambie", "Gambia"),
    ("LU", "Luxembourg", "Luxembourg", "Luxemburgo"),
])
def test_the_un_short_names(code, en, fr, es):
    assert (country_name(code, "en"), country_name(code, "fr"), country_name(code, "es")) == (en, fr, es)
    assert country_name(code, "fr_CH") == fr and country_name(code, "en_US") == en


def test_no_name_shown_is_inverted_or_colloquial():
    for code in countries():
        for language in ("en", "fr", "es"):
            name = country_name(code, language)
            assert "(the" not in name and ", the " not in name and " - " not in name, (code, language, name)
            assert not name.endswith((" of", " of the")), (code, language, name)
            assert "Kinshasa" not in name and "Brazzaville" not in name


def test_every_name_shown_reads_back_as_its_code():
    for code in countries():
        for language in ("en", "fr", "es"):
            assert country_code(country_name(code, language)) == code
    assert country_name("ZZ") == "ZZ"
