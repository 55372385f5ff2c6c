"""The command line speaks the user's language: --lang en|fr|es (before or after the command), by
default the system's (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG). Errors, listings' headings,
help and argparse's own words are translated, numbers typed and shown follow that language's
locale; JSON keeps English keys, codes and machine numbers; exit codes stay the same."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tests.cli_helpers import run_cli as run
from tracker.cli import language_given

NNBSP = "\u202f"  # French groups thousands with a narrow no-break space (CLDR)
PLAN = ("evaluation-plan", "--start", "2025-01-01", "--end", "2027-12-31")


def spanish_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Spanish machine: LANG says it, LANGUAGE is not set."""
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_fr_gives_a_french_error_with_the_same_exit_code(capsys, where):
    args = ["--lang", "fr", *PLAN] if where == "before" else [*PLAN, "--lang", "fr"]
    code, out, err = run(capsys, *args)
    assert (code, out) == (1, "")
    assert err == "tracker : erreur : indiquez --project CODE, ou toutes les options --budget\n"


def test_argparse_own_words_are_french_and_the_exit_code_stays_2(capsys):
    code, out, err = run(capsys, "--lang", "fr", "projects", "--as-of")
    assert (code, out) == (2, "")
    assert err == ("tracker projects : erreur : argument --as-of : un argument attendu "
                   "(voir tracker projects --help)\n")
    code, _, err = run(capsys, "--lang", "fr")
    assert code == 2 and "les arguments suivants sont obligatoires : COMMAND" in err


def test_a_language_tracker_does_not_speak_is_refused_as_bad_syntax(capsys):
    code, out, err = run(capsys, "--lang", "de", "projects")
    assert (code, out) == (2, "")
    assert "argument --lang: 'de' is not a language tracker speaks: choose one of en, fr, es" in err


def test_french_listing_headings_and_numbers(capsys, demo_target):
    code, out, err = run(capsys, "--db", str(demo_target), "projects", "--lang", "fr")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["Code", "Étape", "Région", "Début", "Fin", "Budget", "$É.-U.", "Dépensé", "$É.-U.", "Exéc.",
                                "%", "Prochaine", "évaluation", "Partenaires", "Titre"]
    assert lines[-1] == "96 projets"
    bulgaria = next(line for line in lines if line.startswith("BGR/99/38/DEU"))
    assert f"13{NNBSP}197{NNBSP}000,00" in bulgaria and "96,0" in bulgaria  # budget and delivery rate, as French writes them


def test_french_help(capsys):
    code, out, _ = run(capsys, "--lang", "fr", "projects", "--help")
    assert code == 0
    assert out.startswith("utilisation : tracker projects")
    assert "afficher ce message d'aide et quitter" in out and "seulement les projets archivés" in out


def test_the_system_language_spanish_without_language_variable(capsys, monkeypatch, demo_target):
    spanish_system(monkeypatch)
    code, out, err = run(capsys, "--db", str(demo_target), "partners")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].split() == ["Código", "Nombre", "Categoría", "País", "Idioma", "Activo", "Líneas", "de",
                                           "financiación"]
    code, _, err = run(capsys, *PLAN)
    assert code == 1 and err == "tracker: error: indique --project CODE, o todas las opciones --budget\n"
    code, out, _ = run(capsys, "-h")
    assert code == 0 and out.startswith("uso: tracker")


def test_lang_overrides_the_system_language(capsys, monkeypatch):
    spanish_system(monkeypatch)
    code, _, err = run(capsys, "--lang", "en", *PLAN)
    assert code == 1 and err == "tracker: error: give --project CODE, or all of --budget\n"


def test_json_keeps_english_keys_codes_and_machine_numbers(capsys, demo_target):
    code, out, err = run(capsys, "--db", str(demo_target), "--lang", "fr", "projects", "--json")
    assert (code, err) == (0, "")
    bulgaria = next(row for row in json.loads(out) if row["code"] == "BGR/99/38/DEU")
    assert bulgaria["stage"] == "closed" and bulgaria["region"] == "europe-central-asia"
    assert bulgaria["budget_usd"] == "13197000.00" and bulgaria["delivery_rate"] == "96.0"
    code, out, _ = run(capsys, "--db", str(demo_target), "--lang", "es", "partners", "--json")
    assert code == 0 and {"code", "name", "category", "active", "funding_lines"} <= set(json.loads(out)[0])


def test_an_amount_typed_the_french_way_with_lang_fr(capsys):
    # The machine's locale is C (English numbers): --lang fr makes "1 234,56" read as French writes it.
    code, out, err = run(capsys, "--lang", "fr", *PLAN, "--budget", "1 234,56", "--json")
    assert (code, err) == (0, "")
    assert "1\u202f234,56" in json.loads(out)["independent_reason"]  # 1234.56, not 123456
    from tracker.cli import budget
    from tracker.domain import i18n

    i18n.set_language("fr")
    assert budget("1 234,56") == Decimal("1234.56")


def test_report_keeps_its_own_lang_option():
    assert language_given(["report", "donor", "--lang", "fr", "-o", "x.xlsx"]) == (
        None, ["report", "donor", "--lang", "fr", "-o", "x.xlsx"])
    assert language_given(["--lang", "es", "report", "donor", "--lang", "fr"]) == (
        "es", ["--lang", "es", "report", "donor", "--lang", "fr"])
    assert language_given(["--db", "report", "projects", "--lang=fr"]) == ("fr", ["--lang=fr", "--db", "report", "projects"])


def test_lang_without_a_language_is_refused_naming_the_option(capsys):
    code, out, err = run(capsys, "projects", "--lang")
    assert (code, out) == (2, "")
    assert "argument --lang: '' is not a language tracker speaks" in err


def test_show_gives_the_plan_reasons_in_french_while_the_database_keeps_them_in_english(capsys, demo_target):
    code, out, err = run(capsys, "--db", str(demo_target), "--lang", "fr", "show", "GLO/24/01/RBT")
    assert (code, err) == (0, "")
    rows = [line for line in out.splitlines() if line.startswith("2024-12-31") or line.startswith("2025-12-31")]
    assert len(rows) == 2 and all("24,00 mois" in row and "months" not in row for row in rows), rows
    code, out, _ = run(capsys, "--db", str(demo_target), "--lang", "en", "show", "GLO/24/01/RBT")
    assert "24.00 months is within 18-30 months" in out
