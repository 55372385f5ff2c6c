"""The domain speaks French and Spanish: labels, refusals, number sentences and the reasons of an
evaluation plan, with numbers written as the language's locale writes them."""

import json
import re
from datetime import date
from decimal import Decimal

import pytest

from tracker.domain import cycle, records
from tracker.domain.classifications import EvaluationKind, FundingModality, Region, Stage
from tracker.domain.errors import FieldProblem, TransitionRefused, ValidationError
from tracker.domain.i18n import using_language
from tracker.domain.numbers import AmbiguousNumber, number_style, parse_number
from tracker.domain.project import Project
from tracker.domain.rules.engine import plan_evaluations
from tracker.domain.rules.ruleset import load_rule_set

# Words of the English reasons that are no French or Spanish word.
ENGLISH = {"months", "is", "over", "under", "within", "due", "review", "reviews", "the", "and", "of", "at", "on",
           "start", "end", "agreed", "anniversary", "independent", "evaluations", "completion", "mid", "term",
           "required", "least", "one", "during", "not", "up", "to", "if"}
NNBSP = "\u202f"


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.lower()))


def long_plan():
    # 36 months with a mid-term review agreed and a budget over the threshold: every kind of reason.
    return plan_evaluations(date(2024, 1, 1), date(2026, 12, 31), Decimal("4280000"), midterm_review_agreed=True)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_an_evaluation_plan_gives_its_reasons_in_the_language_with_no_english_word(language):
    with using_language(language):
        plan = long_plan()
        texts = [plan.band_reason, plan.independence_reason, *(e.reason for e in plan.evaluations)]
    for text in texts:
        assert words(text) & ENGLISH == set(), text
    assert len(plan.evaluations) == 4


def test_the_reasons_write_numbers_and_amounts_as_the_locale_does():
    # The plan's reasons are written when it is made; its band and independence reasons when read.
    with using_language("fr"):
        plan = long_plan()
        assert plan.band_reason.startswith("36,00 mois")
        assert f"350{NNBSP}000,00 $É.-U." in plan.independence_reason
    assert f"4{NNBSP}280{NNBSP}000,00 $É.-U." in plan.evaluations[-1].reason
    with using_language("es"):
        plan = long_plan()
        assert plan.band_reason.startswith("36,00 meses")
    assert "4.280.000,00 US$" in plan.evaluations[-1].reason
    # English keeps the rule set's own words and the familiar writing.
    with using_language("en"):
        plan = long_plan()
    assert plan.band_reason.startswith("36.00 months is over 30 months: annual reviews")
    assert "budget US$4,280,000.00 is over US$350,000.00" in plan.evaluations[-1].reason
    assert plan.to_json()["duration_months"] == 36.0  # machine values stay machine values


def test_a_rule_set_no_translator_has_seen_is_described_from_its_bounds(tmp_path):
    (tmp_path / "strict-2030.json").write_text(json.dumps({
        "name": "strict-2030", "version": 1,
        "bands": [
            {"code": "short", "description": "up to 12 months", "to": "12", "requires": "final evaluation",
             "evaluations": [{"kind": "final", "timing": "end"}]},
            {"code": "long", "description": "over 12 months", "above": "12", "requires": "a mid-term, then a final evaluation",
             "evaluations": [{"kind": "mid-term", "timing": "midpoint"}, {"kind": "final", "timing": "end"}]},
        ],
    }))
    rules = load_rule_set("strict-2030", extra=[tmp_path])
    with using_language("fr"):
        plan = plan_evaluations(date(2024, 1, 1), date(2025, 6, 30), Decimal("100000"), rule_set=rules)
        assert plan.band_reason == f"18,00 mois, soit plus de 12 mois{NNBSP}: évaluation à mi-parcours, évaluation finale"
    assert plan.evaluations[0].reason.startswith(f"18,00 mois, soit plus de 12 mois{NNBSP}: ")
    with using_language("es"):
        plan = plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), Decimal("100000"), rule_set=rules)
        assert plan.band_reason == "12,00 meses, es decir, hasta 12 meses: evaluación final"
    with using_language("en"):
        plan = plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), Decimal("100000"), rule_set=rules)
    assert plan.band_reason == "12.00 months is up to 12 months: final evaluation"  # the rule set's own words


def test_labels_are_given_in_the_current_language_and_the_source_stays_english():
    with using_language("fr"):
        assert Stage.APPRAISAL.label == "Évaluation préalable"
        assert FundingModality.VOLUNTARY_CORE.label == "Contributions volontaires de base (CSBO)"
        assert Region.noun() == "région"
        assert Stage.APPRAISAL.english_label == "Appraisal"
    with using_language("es"):
        assert Stage.APPRAISAL.label == "Evaluación ex ante"
        assert FundingModality.REGULAR_BUDGET.label == "Presupuesto ordinario (CTPO)"
    assert Stage.APPRAISAL.label == "Appraisal"
    assert Stage.IMPLEMENTATION.label_in("fr") == "Mise en œuvre"
    assert cycle.ACTIONS_BY_CODE["approve"].label_in("es") == "Aprobar"


def test_parse_reads_a_label_in_any_language_whatever_the_case_and_accents():
    assert Stage.parse("Évaluation préalable") is Stage.APPRAISAL
    assert Stage.parse("evaluacion ex ante") is Stage.APPRAISAL
    assert FundingModality.parse("CONTRIBUTIONS VOLONTAIRES DE BASE (CSBO)") is FundingModality.VOLUNTARY_CORE
    assert EvaluationKind.parse("Examen de medio término") is EvaluationKind.MID_TERM_REVIEW
    with using_language("es"):  # whatever the language the user works in
        assert Region.parse("Asie et Pacifique") is Region.ASIA_PACIFIC
        with pytest.raises(ValueError, match="no es un valor válido"):
            Region.parse("Atlantis")
    assert cycle.action_for("Approuver", Stage.APPRAISAL).code == "approve"
    assert cycle.action_for("ejecución", Stage.APPROVED).code == "start"


def test_a_refusal_is_worded_in_french_and_in_spanish():
    project = Project(code="TST/1", title="Test", stage=Stage.APPRAISAL)
    with using_language("fr"), pytest.raises(TransitionRefused) as refused:
        cycle.apply(project, cycle.ACTIONS_BY_CODE["approve"], on=date(2024, 1, 1))
    assert str(refused.value).startswith(f"Action «{NNBSP}Approuver{NNBSP}» refusée{NNBSP}: choisissez une région")
    assert "pas d'approbation sans budget approuvé" in refused.value.reasons
    with using_language("es"), pytest.raises(TransitionRefused) as refused:
        cycle.apply(project, cycle.ACTIONS_BY_CODE["approve"], on=date(2024, 1, 1))
    assert str(refused.value).startswith("Acción «Aprobar» denegada: elija una región")


def test_field_problems_and_their_places_are_worded_in_the_language():
    problem = FieldProblem("amount", "x", "funding", 2)
    with using_language("es"):
        assert records.problem_text(problem) == "Línea de financiación 3: importe: x"
        error = ValidationError([problem], subject="proyecto TST/1")
        assert str(error) == "proyecto TST/1: financiación 3, amount: x"  # the field keeps its wire name here
    with using_language("fr"):
        project = Project(code="TST/1", title="")
        with pytest.raises(ValidationError) as caught:
            project.validate()
        assert "un projet doit avoir un titre" in str(caught.value)


def test_field_labels_are_known_in_every_language():
    spec = records.FUNDING.field("approved_on")
    assert {"approved on", "Approved on", "approuvé le", "Approuvé le", "aprobado el", "Aprobado el"} <= records.label_variants(spec)
    with using_language("fr"):
        assert spec.header == "Approuvé le" and records.FUNDING.plural == "lignes de financement"
    assert spec.wire == "approved_on" and spec.header == "Approved on"


def test_an_ambiguous_number_is_explained_in_french():
    with using_language("fr"), pytest.raises(AmbiguousNumber) as caught:
        parse_number("1.234", number_style())
    assert str(caught.value) == (f"montant «{NNBSP}1.234{NNBSP}» est ambigu{NNBSP}: il peut s'agir de 1,234 ou de 1234 "
                                 f"(ici, une virgule marque les décimales){NNBSP}; écrivez 1,234 pour le premier ou 1234 "
                                 "pour le second")


def test_odd_dates_count_their_days_in_the_language():
    note = cycle.OddDate("in-the-future", "9")
    with using_language("fr"):
        assert str(note) == "Cette date est dans 9 jours."
    with using_language("es"):
        assert str(cycle.OddDate("in-the-future", "1")) == "Esta fecha es dentro de 1 día."
    assert str(note) == "This date is 9 days in the future."
