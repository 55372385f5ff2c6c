"""A refused project names its fields by their labels wherever its problems are shown: the app's
cannot-save dialog and the command line word them alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.domain.errors import ValidationError
from tracker.domain.project import Project
from tracker.domain.records import kind_named, problem_text


def test_a_refused_project_says_which_fields_in_the_user_words():
    project = Project(code="SEN/24/01/LUX", title="Apprenticeships", planned_start=date(2025, 1, 1),
                      planned_end=date(2024, 1, 1), budget=Decimal("-500000"), currency="EUR", usd_rate=Decimal("-1"))
    with pytest.raises(ValidationError) as refused:
        project.validate()
    lines = [problem_text(p, kind_named(refused.value.kind)) for p in refused.value.problems]
    assert any(line.startswith("US$ rate: ") for line in lines)
    assert any(line.startswith("budget: ") for line in lines)
    assert not any(name in line for line in lines for name in ("usd_rate", "planned_start", "planned_end"))
