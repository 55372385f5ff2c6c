"""A long project code (an imported IATI identifier) in the portfolio table: shortened for the
eye, whole in the tooltip, and sorted, searched and found by the whole code."""

import pytest
from PySide6.QtCore import Qt

from tests.gui.factories import row, visible_codes
from tracker.gui.portfolio_columns import COLUMN_INDEX
from tracker.gui.portfolio_model import PortfolioFilter, PortfolioModel, ProjectCodeRole

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

H2H = "CH-FDJP-f7f0b51e-7432-4c0c-a6c0-7df1101d7983-FH-projet Covid H2H"
VN = "NL-KVK-27108436-A-05001-22:VN"


def test_a_long_code_is_shortened_in_the_table_and_whole_everywhere_else(qapp):
    model = PortfolioModel()
    model.set_rows([row(id=1, code=H2H, title="Projet Covid H2H"), row(id=2, code=VN, title="COVID-19 in Viet Nam"),
                    row(id=3, code="ZZ/1", title="Last")])
    code = COLUMN_INDEX["code"]
    shown = {model.data(model.index(r, code), Qt.ItemDataRole.DisplayRole): model.data(model.index(r, code), Qt.ItemDataRole.ToolTipRole)
             for r in range(model.rowCount())}
    assert shown["CH-FDJP…7983-FH-projet Covid H2H"] == H2H
    assert shown[VN] == VN
    assert [model.data(model.index(r, 0), ProjectCodeRole) for r in range(model.rowCount())] == [H2H, VN, "ZZ/1"]
    assert model.id_of_code(H2H) == 1 and model.id_of_code(VN) == 2
    model.sort(code, Qt.SortOrder.DescendingOrder)
    assert visible_codes(model) == ["ZZ/1", VN, H2H]
    model.set_filter(PortfolioFilter(text="covid h2h"))
    assert visible_codes(model) == [H2H]
