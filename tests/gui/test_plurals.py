"""Counts in the user's words: "1 project", "2 projects", through Qt's plural forms (the English
ones in resources/translations/<area>_en, which the app installs at start-up; that every
counted text has them: tests/test_translations.py)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tracker.exchange.merge import MergeReport
from tracker.exchange.packages import PackageReport
from tracker.gui.dashboard import days_phrase
from tracker.gui.package_menu import export_summary, merge_summary

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

ROOT = Path(__file__).resolve().parents[2]


def test_the_portfolio_count_says_project_for_one(window):
    window._show_counts(1, 1)
    assert window.counts.text() == "1 project"
    window._show_counts(0, 1)
    assert window.counts.text() == "0 of 1 project"
    window._show_counts(2, 1234)
    assert window.counts.text() == "2 of 1,234 projects"
    window._show_counts(0, 0)
    assert window.counts.text() == "0 projects"


def test_day_counts_in_words():
    assert [days_phrase(d) for d in (-1, -2, 0, 1, 30)] == ["1 day overdue", "2 days overdue", "due today", "due in 1 day", "due in 30 days"]


def test_package_summaries_count_in_words(tmp_path):
    one = PackageReport(path=tmp_path / "field.trackerpkg", package_id="p", source_name="Dakar", counts={"projects": 1}, deleted=1)
    assert export_summary(one) == "field.trackerpkg: 1 changed record (projects: 1), 1 deletion"
    merged = MergeReport(source="field.trackerpkg", source_name="Dakar", package_id="p", created=2, conflicts=["a"], skipped=["b", "c"])
    assert merge_summary(merged) == "field.trackerpkg from Dakar: 2 created, 0 updated, 0 deleted, 0 unchanged; 1 conflict to resolve; 2 skipped"


def test_the_import_preview_counts_in_words():
    def translate(text, n):
        return QCoreApplication.translate("ImportDialog", text, "", n)

    assert translate("%n record(s) will be created", 1) == "1 record will be created"
    assert translate("%n problem(s) must be fixed in the workbook before it can be imported; nothing was imported.", 1).startswith("1 problem must")


def test_removing_the_demo_counts_in_words():
    def translate(text, n):
        return QCoreApplication.translate("FileCommands", text, "", n)

    assert [translate("%n demo project(s)", n) for n in (1, 2)] == ["1 demo project", "2 demo projects"]
    assert translate("the %n demo partner(s)", 1) == "the 1 demo partner"
    assert translate("%n partner(s)", 3) == "3 partners"
