"""Rows changed in place after a save (PortfolioModel.update_rows): only the changed rows change,
the sort, the filter and the selection stay, and the model ends as a full reload would leave it.
No database: the model only ever sees PortfolioRow values."""

import random

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from tests.gui.factories import row, visible_codes
from tracker.domain.classifications import FundingModality, Region, Stage
from tracker.gui import portfolio_updates
from tracker.gui.portfolio_columns import COLUMN_INDEX, COLUMNS
from tracker.gui.portfolio_model import PortfolioFilter, PortfolioModel


def replace(project_row, **changes):
    return project_row._replace(**changes)


pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

ROWS = [
    row(id=1, code="A/1", title="Youth employment", partners="LUX", partner_names=("Luxembourg",), region=Region.AFRICA,
        countries="SN", stage=Stage.IMPLEMENTATION, budget_cents=20_000_000),
    row(id=2, code="B/2", title="Care work", stage=Stage.DESIGN, budget_cents=12_000_000,
        modalities=(FundingModality.REGULAR_BUDGET,)),
    row(id=3, code="C/3", title="Labour statistics", partners="LUX", partner_names=("Luxembourg",), stage=Stage.APPRAISAL,
        budget_cents=None),
    row(id=4, code="D/4", title="Green jobs", partners="EU", partner_names=("European Union",), stage=Stage.DESIGN,
        budget_cents=5_000_000),
    row(id=5, code="E/5", title="Social dialogue", stage=Stage.APPROVED, budget_cents=30_000_000),
]


@pytest.fixture
def model(qapp, english):
    model = PortfolioModel(locale=english)
    model.set_rows(list(ROWS))
    return model


class Recorder:
    """The change signals a model sends, as (signal, first row, last row)."""

    def __init__(self, model: PortfolioModel) -> None:
        self.seen: list[tuple[str, int, int]] = []
        model.dataChanged.connect(lambda top, bottom, roles=(): self.seen.append(("changed", top.row(), bottom.row())))
        model.rowsInserted.connect(lambda parent, first, last: self.seen.append(("inserted", first, last)))
        model.rowsRemoved.connect(lambda parent, first, last: self.seen.append(("removed", first, last)))
        model.rowsMoved.connect(lambda parent, start, end, dest, row: self.seen.append(("moved", start, row)))
        model.modelReset.connect(lambda: self.seen.append(("reset", -1, -1)))
        model.layoutChanged.connect(lambda: self.seen.append(("layout", -1, -1)))


def cell(model, code, column):
    view_row = visible_codes(model).index(code)
    return model.data(model.index(view_row, COLUMN_INDEX[column]))


def test_a_changed_project_changes_its_row_alone(model):
    model.sort(COLUMN_INDEX["title"], Qt.SortOrder.AscendingOrder)
    before = visible_codes(model)
    signals = Recorder(model)
    model.update_rows([replace(ROWS[2], budget_cents=7_500_000)])
    assert visible_codes(model) == before  # its title, and so its place, did not change
    assert signals.seen == [("changed", before.index("C/3"), before.index("C/3"))]
    assert cell(model, "C/3", "budget") == "75,000.00"
    assert cell(model, "A/1", "budget") == "200,000.00"


def test_a_project_whose_sort_key_changed_moves_and_its_selection_follows(model):
    model.sort(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    assert visible_codes(model) == ["E/5", "A/1", "B/2", "D/4", "C/3"]  # no budget: last in reverse too
    selection = QItemSelectionModel(model)
    selection.select(model.index(1, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    signals = Recorder(model)
    model.update_rows([replace(ROWS[0], budget_cents=1_000_000)])  # A/1 now has the smallest budget
    assert visible_codes(model) == ["E/5", "B/2", "D/4", "A/1", "C/3"]
    assert [model.row_at(i.row()).code for i in selection.selectedRows()] == ["A/1"]
    assert [kind for kind, *_ in signals.seen] == ["moved", "changed"]


def test_a_new_project_is_inserted_in_its_place_and_a_deleted_one_removed(model):
    model.sort(COLUMN_INDEX["stage"], Qt.SortOrder.AscendingOrder)
    signals = Recorder(model)
    model.update_rows([row(id=9, code="C/9", title="New", stage=Stage.DESIGN)], gone=[4])
    # Equal stages stay in code order, as a full reload sorts them: C/9 between B/2 and (gone) D/4.
    assert visible_codes(model) == ["B/2", "C/9", "C/3", "E/5", "A/1"]
    assert ("inserted", 1, 1) in signals.seen and ("removed", 1, 1) in signals.seen
    assert model.total_count() == 5 and model.view_row_of(9) == 1 and model.view_row_of(4) is None


def test_a_changed_project_leaving_the_filter_is_removed_and_one_entering_it_inserted(model):
    model.set_filter(PortfolioFilter(partner="LUX"))
    assert visible_codes(model) == ["A/1", "C/3"]
    signals = Recorder(model)
    model.update_rows([replace(ROWS[0], partners="EU", partner_names=("European Union",)),
                       replace(ROWS[4], partners="LUX", partner_names=("Luxembourg",))])
    assert visible_codes(model) == ["C/3", "E/5"]
    assert signals.seen == [("removed", 0, 0), ("inserted", 1, 1)]


def test_a_search_finds_a_changed_title(model):
    model.set_filter(PortfolioFilter(text="youth"))
    assert visible_codes(model) == ["A/1"]
    model.update_rows([replace(ROWS[3], title="Youth and green jobs")])
    assert visible_codes(model) == ["A/1", "D/4"]


def test_a_new_code_moves_the_project_in_code_order(model):
    model.update_rows([replace(ROWS[0], code="Z/1")])
    assert visible_codes(model) == ["B/2", "C/3", "D/4", "E/5", "Z/1"]
    assert model.id_of_code("Z/1") == 1 and model.id_of_code("A/1") is None


def test_many_changes_at_once_reset_the_table_once_and_keep_the_selection_by_project(model, monkeypatch):
    monkeypatch.setattr(portfolio_updates, "ROW_BY_ROW_MAX", 1)
    model.sort(COLUMN_INDEX["budget"], Qt.SortOrder.AscendingOrder)
    signals = Recorder(model)
    model.update_rows([replace(ROWS[1], budget_cents=99_000_000), row(id=7, code="A/0", title="Zero", budget_cents=1)], gone=[5])
    assert signals.seen == [("reset", -1, -1)]
    assert visible_codes(model) == ["A/0", "D/4", "A/1", "B/2", "C/3"]


def test_the_model_passes_the_tester_while_rows_change(model, qtmodeltester):
    qtmodeltester.check(model, force_py=True)
    model.sort(COLUMN_INDEX["budget"], Qt.SortOrder.AscendingOrder)
    model.set_filter(PortfolioFilter(text="o"))
    model.update_rows([replace(ROWS[0], budget_cents=1), row(id=8, code="F/8", title="Other", budget_cents=3)], gone=[2])
    model.update_rows([replace(ROWS[2], title="Statistics")])  # leaves the filter (no "o")
    model.update_rows([replace(ROWS[2], title="Labour statistics", budget_cents=2)])  # and comes back


@pytest.mark.parametrize("seed", range(12))
def test_after_any_changes_the_model_is_as_a_full_reload_leaves_it(qapp, english, seed):
    """Random saves, creations, deletions and renames, under a random sort and filter: the rows on
    screen, in order, their texts and the counts are those of a model loaded with the new list."""
    rng = random.Random(seed)
    stages, regions = list(Stage), [None, *Region]

    def random_row(project_id: int, code: str) -> object:
        partner = rng.choice(["", "EU", "LUX", "EU, LUX"])
        return row(id=project_id, code=code, title=rng.choice(["Youth", "Care work", "Green jobs", "Dialogue"]),
                   partners=partner, partner_names=tuple(partner.split(", ")) if partner else (),
                   region=rng.choice(regions), stage=rng.choice(stages),
                   budget_cents=rng.choice([None, 100, 200, 300]), expenditure_cents=rng.choice([0, 50, 100]))

    current = {n: random_row(n, f"P/{n:03d}") for n in range(1, 60)}
    model = PortfolioModel(locale=english)
    model.set_rows(sorted(current.values(), key=lambda r: r.code))
    column = rng.choice([-1, *range(len(COLUMNS))])
    model.sort(column, rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]))
    model.set_filter(rng.choice([PortfolioFilter(), PortfolioFilter(text="o"), PortfolioFilter(partner="LUX"),
                                 PortfolioFilter(stage=Stage.DESIGN)]))
    next_id = 100
    for _ in range(6):
        fresh, gone = [], []
        for _ in range(rng.choice([1, 2, 3, 30])):  # 30: more than ROW_BY_ROW_MAX, one reset
            action = rng.random()
            if action < 0.2 and current:
                gone.append(rng.choice(sorted(current)))
                current.pop(gone[-1])
            elif action < 0.4:
                next_id += 1
                fresh.append(random_row(next_id, f"P/{rng.randrange(1000):03d}x{next_id}"))
            elif current:
                project_id = rng.choice(sorted(current))
                code = current[project_id].code if rng.random() < 0.8 else f"R/{next_id}{project_id}"
                fresh.append(random_row(project_id, code))
            if fresh:
                current[fresh[-1].id] = fresh[-1]
        fresh = [current[r.id] for r in {r.id: r for r in fresh}.values() if r.id in current]
        model.update_rows(fresh, gone)
        reloaded = PortfolioModel(locale=english)
        reloaded.set_rows(sorted(current.values(), key=lambda r: r.code))
        reloaded.sort(*model.sort_state())
        reloaded.set_filter(model.current_filter())
        assert visible_codes(model) == visible_codes(reloaded)
        assert (model.visible_count(), model.total_count()) == (reloaded.visible_count(), reloaded.total_count())
        for view_row in range(model.rowCount()):
            for index in range(len(COLUMNS)):
                assert model.data(model.index(view_row, index)) == reloaded.data(reloaded.index(view_row, index))
        assert model.index(0, 0).parent() == QModelIndex()


def test_rows_given_out_of_code_order_are_still_found_and_updated(qapp, english):
    model = PortfolioModel(locale=english)
    model.set_rows(list(reversed(ROWS)))
    assert [model.id_of_code(code) for code in ("A/1", "E/5", "Z/9")] == [1, 5, None]
    model.update_rows([row(id=9, code="B/9", title="New")])
    assert visible_codes(model) == ["A/1", "B/2", "B/9", "C/3", "D/4", "E/5"]  # sorted by code all the same
    assert model.id_of_code("B/9") == 9
