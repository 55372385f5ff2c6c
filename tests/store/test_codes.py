"""The stored codes the editor checks a code against as it is typed: whatever their case."""

from datetime import date
from decimal import Decimal

from tracker.domain.project import Project
from tracker.store.codes import code_taken
from tracker.store.projects import save_project


def test_a_code_is_taken_whatever_its_case_but_not_by_the_project_itself(db):
    stored, _ = save_project(Project(code="LUX/24/01/SEN", title="Stored", planned_start=date(2024, 1, 1),
                                     planned_end=date(2024, 12, 31), budget=Decimal(1000)))
    assert code_taken("lux/24/01/sen") == "LUX/24/01/SEN"
    assert code_taken(" LUX/24/01/SEN ") == "LUX/24/01/SEN"
    assert code_taken("LUX/24/01/SEN", except_uuid=stored.uuid) is None
    assert code_taken("LUX/24/02/SEN") is None
