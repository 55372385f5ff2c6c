"""Re-reading some projects of the portfolio list (what a save changed): the same rows as the
whole list gives for them, found by id or by code, on both engines."""

from datetime import date

import pytest

from tests.gui.factories import ALL_CODES, small_portfolio
from tracker.store.projects import delete_project
from tracker.store.queries import ROWS_OF_MAX, portfolio_rows, portfolio_rows_of

AS_OF = date(2030, 1, 1)  # SEN/20's evaluations are overdue then; the others' are to come


@pytest.fixture
def rows(db):
    small_portfolio()
    return {row.code: row for row in portfolio_rows(as_of=AS_OF)}


def test_some_projects_read_as_the_whole_list_reads_them(rows):
    wanted = [rows["SEN/20/01/LUX"], rows["RAF/40/01/EU"]]
    assert portfolio_rows_of([r.id for r in wanted], as_of=AS_OF) == sorted(wanted, key=lambda r: r.code)
    assert rows["SEN/20/01/LUX"].overdue_count == 2 and rows["RAF/40/01/EU"].partners == "EU, LUX"


def test_projects_are_found_by_code_or_id_and_the_missing_are_left_out(rows):
    found = portfolio_rows_of([rows["GLO/40/01/RBT"].id, 999_999], ["VNM/40/01/LUX", "NONE/1"], as_of=AS_OF)
    assert [r.code for r in found] == ["GLO/40/01/RBT", "VNM/40/01/LUX"]
    assert found[0] == rows["GLO/40/01/RBT"] and found[1] == rows["VNM/40/01/LUX"]


def test_a_deleted_project_is_not_returned(rows):
    delete_project("RER/40/01/EU")
    assert portfolio_rows_of([rows["RER/40/01/EU"].id]) == []
    assert [r.code for r in portfolio_rows()] == [c for c in ALL_CODES if c != "RER/40/01/EU"]


def test_nothing_asked_nothing_read_and_too_many_refused(rows):
    assert portfolio_rows_of() == []
    with pytest.raises(ValueError, match="at most"):
        portfolio_rows_of(range(ROWS_OF_MAX + 1))
