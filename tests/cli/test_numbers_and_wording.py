"""The command line reads amounts and rates as people write them in their locale, as the app
does, and words refusals with the fields' labels, never tracker's code names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.cli_helpers import one_sentence
from tests.cli_helpers import run_cli as run
from tracker.domain.classifications import Region, StrategicObjective
from tracker.domain.errors import ValidationError
from tracker.domain.project import Project

PLAN = ("evaluation-plan", "--start", "2025-01-01", "--end", "2027-12-31")


def use_locale(monkeypatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)


@pytest.mark.parametrize(("lang", "budget", "threshold"), [
    ("fr_FR.UTF-8", "540\u202f000,00", "350\u202f000,00"), ("es_ES.UTF-8", "540.000,00", "350.000,00")])
def test_a_rate_with_a_decimal_comma_is_read_as_french_and_spanish_offices_write_it(capsys, monkeypatch, lang, budget, threshold):
    monkeypatch.setenv("LANG", lang)  # messages in English (LANGUAGE=en), numbers as the locale writes them
    code, out, err = run(capsys, *PLAN, "--budget", "500 000", "--currency", "EUR", "--rate", "1,08")
    assert (code, err) == (0, "")
    assert f"budget US${budget} is over US${threshold}" in out  # 1.08, never 108


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "C.UTF-8", "C", ""])
def test_a_decimal_comma_under_english_settings_is_refused_never_read_as_108(capsys, monkeypatch, lang):
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(capsys, *PLAN, "--budget", "500000", "--currency", "EUR", "--rate", "1,08")
    assert code == 1 and out == ""
    assert one_sentence(err) == ("tracker: error: US$ rate '1,08' is ambiguous: it could be 1.08 or 108 (here a point "
                                 "marks decimals); write 1.08 for the first or 108 for the second")


def test_lc_all_and_lc_numeric_come_before_lang(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_NUMERIC", "fr_FR.UTF-8")
    assert run(capsys, *PLAN, "--budget", "500000", "--currency", "EUR", "--rate", "1,08")[0] == 0
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert run(capsys, *PLAN, "--budget", "500000", "--currency", "EUR", "--rate", "1,08")[0] == 1


def test_a_budget_written_the_spanish_way(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = run(capsys, *PLAN, "--budget", "350.000,01")
    assert code == 0 and "budget US$350.000,01 is over US$350.000,00" in out


def test_a_lone_point_under_spanish_settings_is_refused_with_both_readings(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, _, err = run(capsys, *PLAN, "--budget", "350.000")
    assert code == 1
    assert "budget '350.000' is ambiguous: it could be 350 or 350000" in one_sentence(err)


def test_english_grouping_still_reads_under_english_settings(capsys):
    code, out, _ = run(capsys, *PLAN, "--budget", "350,000.01")
    assert code == 0 and "budget US$350,000.01 is over US$350,000.00" in out


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--budget", "-500000", "budget '-500000' cannot be negative"),
    ("--rate", "0", "US$ rate '0' must be greater than zero"),
    ("--rate", "abc", "US$ rate 'abc' is not a number"),
])
def test_bad_amounts_and_rates_name_the_option_in_the_user_words(capsys, option, value, message):
    args = {"--budget": "500000", "--rate": "1.08"} | {option: value}
    code, out, err = run(capsys, *PLAN, "--currency", "EUR", *(x for pair in args.items() for x in pair))
    assert code == 2 and out == "" and message in err and "usd_rate" not in err


def test_an_import_rate_per_currency_reads_the_locale_writing(monkeypatch):
    from tracker.cli import currency_rate

    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert currency_rate("eur=1,08") == ("EUR", Decimal("1.08"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    from tracker.domain.errors import DomainError

    with pytest.raises(DomainError, match="US\\$ rate of EUR '1,08' is ambiguous"):
        currency_rate("EUR=1,08")


def test_a_refused_project_names_its_fields_by_their_labels():
    from tracker.cli import error_sentence

    project = Project(code="SEN/24/01/LUX", title="Quality apprenticeships", region=Region.AFRICA, countries=["SN"],
                      outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2025, 1, 1), planned_end=date(2026, 12, 31),
                      budget=Decimal("-500000"), currency="EUR", usd_rate=Decimal("-1"))
    with pytest.raises(ValidationError) as refused:
        project.validate()
    sentence = error_sentence(refused.value)
    assert "US$ rate:" in sentence and "budget:" in sentence
    assert "usd_rate" not in sentence and "planned_start" not in sentence


def test_an_evaluation_recorded_on_a_bad_date_is_refused_in_the_user_words(capsys, db_target):
    from tracker.store.database import close_database, open_database
    from tracker.store.projects import save_project

    open_database(db_target)
    save_project(Project(
        code="SEN/24/01/LUX", title="Quality apprenticeships in Senegal", region=Region.AFRICA, countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
        budget=Decimal("400000.00"),
    ))
    close_database()
    code, _, err = run(capsys, "--db", str(db_target), "evaluation", "SEN/24/01/LUX", "complete", "final",
                       "--on", "2023-06-30", "--evaluator", "Evaluation Office")
    assert code == 1
    sentence = one_sentence(err)
    assert "Evaluation 2: completed on: the final evaluation due 2025-12-31 cannot be completed on 2023-06-30" in sentence
    assert "completed_on" not in sentence and "evaluation 2 " not in sentence


def test_a_conflict_lists_its_fields_by_their_labels():
    from tracker.cli import _field_label

    assert _field_label("project", "usd_rate") == "US$ rate"
    assert _field_label("project", "planned_start") == "planned start"
    assert _field_label("funding", "partner") == "partner"  # by its wire name too
    assert _field_label("no_such_kind", "completed_on") == "completed on"
