"""Tools > Evaluation Rules…: a rule set changed in forms moves the live preview, a bad field is
named (clicking the problem selects it) and keeps Save disabled, a saved rule set loads and
round-trips, a shipped one is read-only, Import lists every problem, and Impact shows what the
store's impact finds, without saving anything."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tracker.domain.rules.ruleset import load_rule_set, parse_rule_set, rule_set_to_json
from tracker.gui.rule_sets import dialog as editor
from tracker.gui.rule_sets import impact_view
from tracker.gui.rule_sets.dialog import RuleSetsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulesets" / "example-tiered.json"


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-rulesets"
    folder.mkdir()
    monkeypatch.setenv("TRACKER_USER_RULESETS", str(folder))
    return folder


@pytest.fixture
def example(user_folder: Path) -> Path:
    """The example tiered policy saved in the user's rule sets (editable)."""
    return Path(shutil.copy(EXAMPLE, user_folder / "example-tiered.json"))


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions the editor asks (answered yes) and reports it shows, collected instead of shown."""
    questions: list[str] = []
    monkeypatch.setattr(editor, "ask_yes_no", lambda parent, title, text: questions.append(text) or True)
    monkeypatch.setattr(editor, "show_report", lambda parent, title, text, details="": questions.append(f"{text}\n{details}"))
    return questions


@pytest.fixture
def dialog(qtbot, user_folder, asked) -> RuleSetsDialog:
    window = RuleSetsDialog()
    qtbot.addWidget(window)
    window.show()
    return window


def kinds(dialog: RuleSetsDialog) -> list[str]:
    assert dialog.preview.plan is not None
    return [p.kind.value for p in dialog.preview.plan.evaluations]


def set_cell(model, row: int, key: str, text: str) -> None:
    assert model.setData(model.index(row, model.column_of(key)), text, Qt.ItemDataRole.EditRole)


def test_editing_a_tier_bound_moves_the_preview(qtbot, example, dialog):
    assert dialog.select_entry("example-tiered") and not dialog.read_only
    dialog.preview.budget.setText("900,000")
    assert dialog.preview.plan is not None and dialog.preview.plan.tier is not None
    assert dialog.preview.plan.tier.code == "T1" and kinds(dialog) == ["internal"]
    tiers = dialog.form.tiers.model
    assert tiers.data(tiers.index(1, tiers.column_of("below_usd"))) == "1,000,000"  # as the user's locale writes it
    set_cell(tiers, 1, "below_usd", "800,000")
    assert dialog.state["tiers"][1]["below_usd"] == "800000"  # stored as the JSON writes it
    assert dialog.preview.plan.tier is None and "final" in kinds(dialog)
    assert "No budget tier applies" in dialog.preview.outcome.text()
    assert dialog.save_button.isEnabled()  # changed and without problems
    dialog.preview.budget.setText("6,000,000")  # the sample moves the preview too
    assert dialog.preview.plan.tier is not None and dialog.preview.plan.tier.code == "T3"
    assert "learning-review" in kinds(dialog)


@pytest.mark.parametrize("typed", ["abc", "0", "2,5"])
def test_a_bad_month_is_named_and_keeps_save_disabled_and_clicking_it_selects_the_field(qtbot, example, dialog, typed):
    dialog.select_entry("example-tiered")
    section = dialog.form.tiers
    section.view.setCurrentIndex(section.model.index(3, 0))  # T3, whose first evaluation is due 12 months after the start
    assert section.evaluations is not None
    set_cell(section.evaluations, 0, "months", typed)
    assert len(dialog.problems) == 1
    shown = dialog.problem_list.item(0).text()
    assert shown.startswith("tier 4, evaluation 1: ") and "'months'" in shown, shown
    assert not dialog.save_button.isEnabled() and not dialog.impact_button.isEnabled()
    assert dialog.preview.plan is None and "problems are fixed" in dialog.preview.outcome.text()
    section.view.setCurrentIndex(section.model.index(0, 0))  # somewhere else first
    dialog.form.setCurrentIndex(0)
    dialog.problem_list.itemClicked.emit(dialog.problem_list.item(0))
    assert dialog.form.currentWidget() is section and section.current_row() == 3
    assert section.evaluations_view is not None
    current = section.evaluations_view.currentIndex()
    assert (current.row(), current.column()) == (0, section.evaluations.column_of("months"))
    set_cell(section.evaluations, 0, "months", "12")
    assert dialog.problems == [] and dialog.save_button.isEnabled() is False  # back as saved: nothing to save
    set_cell(section.evaluations, 0, "months", "9")
    assert dialog.save_button.isEnabled()


def test_saved_rule_set_loads_and_round_trips(qtbot, dialog, user_folder, asked):
    assert dialog.select_entry("ilo-2002") and dialog.read_only
    dialog.duplicate()
    assert dialog.entry is None and not dialog.read_only
    assert dialog.state["name"] == "ilo-2002-copy" and "effective_from" not in dialog.state  # no policy by its name alone
    dialog.form.name.clear()
    qtbot.keyClicks(dialog.form.name, "office-2027")
    qtbot.keyClicks(dialog.form.effective, "2027-07-01")
    bands = dialog.form.bands.model
    set_cell(bands, 0, "description", "under a year and a half")
    path = dialog.save()
    assert path == user_folder / "office-2027.json" and path.is_file()
    assert "Recompute Evaluation Plans" in dialog.status.text()
    loaded = load_rule_set("office-2027")
    assert loaded.bands[0].description == "under a year and a half" and str(loaded.effective_from) == "2027-07-01"
    assert rule_set_to_json(loaded) == json.loads(path.read_text(encoding="utf-8"))
    assert parse_rule_set(rule_set_to_json(loaded), "again") == loaded
    # Everything else is ilo-2002's, as it plans today.
    assert loaded.bands[1:] == load_rule_set("ilo-2002").bands[1:] and loaded.independent == load_rule_set("ilo-2002").independent
    assert dialog.entry is not None and dialog.entry.name == "office-2027" and dialog.entry.editable
    assert not dialog.save_button.isEnabled() and dialog.delete_button.isEnabled()
    assert not [p for p in user_folder.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_a_shipped_rule_set_is_read_only_and_its_name_cannot_be_saved(qtbot, dialog, user_folder):
    assert dialog.select_entry("ilo-2002")
    assert dialog.read_only and "Duplicate" in dialog.banner.text()
    bands = dialog.form.bands.model
    index = bands.index(0, bands.column_of("description"))
    assert not bands.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not bands.setData(index, "changed", Qt.ItemDataRole.EditRole)
    assert dialog.form.name.isReadOnly() and not dialog.form.bands.add_button.isEnabled()
    assert not dialog.save_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert dialog.duplicate_button.isEnabled() and dialog.impact_button.isEnabled()
    assert dialog.preview.plan is not None  # the preview works on it all the same
    dialog.duplicate()
    dialog.form.name.clear()
    qtbot.keyClicks(dialog.form.name, "ilo-2002")
    assert dialog.save() is None
    assert "duplicate it under a new name" in dialog.status.text()
    assert list(user_folder.iterdir()) == []


def test_import_lists_every_problem_and_delete_asks(qtbot, example, dialog, asked, tmp_path):
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["name"] = "imported"
    raw["tiers"][0]["below_usd"] = "-5"
    raw["tiers"][2]["evaluations"][0]["timing"] = "someday"
    path = tmp_path / "imported.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert dialog.import_path(path)
    assert [dialog.problem_list.item(i).text().split(":")[0] for i in range(dialog.problem_list.count())] == [
        "tier 1", "tier 3, evaluation 1"]
    assert "2 problems" in asked[-1] and not dialog.save_button.isEnabled()
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert not dialog.import_path(bad) and "bad.json" in dialog.status.text()
    dialog.select_entry("example-tiered")
    assert dialog.delete() and not example.exists()
    assert "Delete example-tiered" in asked[-1]
    assert [e.name for e in dialog.entries.entries] == ["ilo-2002"]


def test_the_dialog_fits_a_small_screen_and_the_tools_menu_opens_it(qtbot, window, user_folder):
    action = window.rule_sets_action
    assert action.text() == "Evaluation &Rules…"
    action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(RuleSetsDialog)))
    opened = next(d for d in window.findChildren(RuleSetsDialog) if d.isVisible())
    hint = opened.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 660, hint
    opened.reject()


def test_impact_shows_the_stores_rows_and_saves_nothing(qtbot, portfolio, example, dialog, monkeypatch, tmp_path):
    from tracker.store.impact import rule_set_impact
    from tracker.store.sql import execute

    before = example.read_bytes()
    dialog.select_entry("example-tiered")
    tiers = dialog.form.tiers.model
    set_cell(tiers, 2, "to_usd", "4,000,000")  # an edit not saved: the impact is of the form's rule set
    set_cell(tiers, 3, "over_usd", "4,000,000")
    assert dialog.rules is not None
    versions = list(execute("SELECT code, version FROM project ORDER BY code", {}).fetchall())
    operation = dialog.impact()
    assert operation is not None
    qtbot.waitUntil(lambda: dialog.impact_dialog is not None, timeout=20000)
    shown = dialog.impact_dialog
    expected = rule_set_impact(dialog.rules, scope="all")
    assert shown.model.rowCount() == len(expected.rows) > 0
    assert [(r.code, r.change, r.evaluation) for r in shown.model.rows] == [(r.code, r.change, r.evaluation) for r in expected.rows]
    assert str(expected)[1:] in shown.summary.text() and "Nothing was saved" in shown.summary.text()
    assert example.read_bytes() == before and dialog.dirty
    assert list(execute("SELECT code, version FROM project ORDER BY code", {}).fetchall()) == versions
    target = tmp_path / "impact.xlsx"
    monkeypatch.setattr(impact_view, "ask_workbook_path", lambda parent, suggested: target)
    assert shown.save_workbook() is not None
    qtbot.waitUntil(lambda: target.exists() and shown.operation is None, timeout=20000)
    assert "Saved" in shown.status.text()
    shown.close()


@pytest.mark.sqlite_only
def test_export_never_writes_over_the_open_database(db, dialog, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.store import models as m

    database_file = Path(m.database.database)
    before = database_file.read_bytes()
    monkeypatch.setattr(editor, "ask_export_path", lambda parent, suggested: database_file)
    assert dialog.export_file() is None
    assert "is the open database" in dialog.status.text()
    assert database_file.read_bytes() == before  # nothing written over it
