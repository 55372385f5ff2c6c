"""An appraisal requirement speaks the officer's language when its rule set gives it (labels,
reasons), and English otherwise: the Approve refusal quotes it."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from tracker.domain.classifications import Region, StrategicObjective
from tracker.domain.i18n import using_language
from tracker.domain.project import Project
from tracker.domain.rules.planning import appraisal_gaps
from tracker.domain.rules.ruleset import parse_rule_set

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulesets" / "example-tiered.json"


def _project() -> Project:
    return Project(code="AP/1", title="Appraisal", region=Region.AFRICA, outcome=StrategicObjective.EMPLOYMENT,
                   planned_start=date(2027, 1, 1), planned_end=date(2028, 12, 31), budget=Decimal("6000000"))


def test_the_approve_guard_quotes_the_requirement_in_the_officers_language():
    rules = parse_rule_set(json.loads(EXAMPLE.read_text(encoding="utf-8")), EXAMPLE.name)
    with using_language("fr"):
        gaps = appraisal_gaps(_project(), rules)
    assert "examen environnemental et social préalable" in gaps[0]
    assert "toute proposition est examinée" in gaps[0]
    assert "bureau de l'évaluation" in gaps[1]
    with using_language("es"):
        assert "evaluación ambiental y social preliminar" in appraisal_gaps(_project(), rules)[0]
    english = dict(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    for requirement in english["appraisal"]:  # a rule set without other languages is quoted as written
        requirement.pop("labels"), requirement.pop("reasons")
    with using_language("fr"):
        assert "environmental and social screening" in appraisal_gaps(_project(), parse_rule_set(english, "x"))[0]
