"""`tracker document ...`: a project's documents added (with a file, a web address, for an
evaluation), listed, their file written out (never over the database) and removed."""

from __future__ import annotations

import json

import pytest

from tests.cli_helpers import one_sentence, run_cli
from tests.gui.factories import small_portfolio

SEN = "SEN/20/01/LUX"


@pytest.fixture
def tracker(capsys, db_target):
    from tracker.store.database import close_database, open_database

    open_database(db_target)
    small_portfolio()
    close_database()
    return lambda *args: run_cli(capsys, "--db", str(db_target), *args)


def listed(tracker) -> list[dict]:
    code, out, err = tracker("document", "list", SEN, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_a_document_is_added_with_its_file_and_written_back(tracker, tmp_path):
    source = tmp_path / "rapport.pdf"
    source.write_bytes(b"%PDF-1.4 rapport final" * 100)
    code, out, err = tracker("document", "add", SEN, "--title", "Rapport d'évaluation finale", "--category", "a07", "--file",
                             str(source), "--language", "FR", "--date", "2021-03-31", "--evaluation", "final")
    assert (code, err) == (0, "") and "Rapport d'évaluation finale" in out and SEN in out
    (row,) = listed(tracker)
    assert {k: row[k] for k in ("title", "category", "language", "date", "evaluation", "file", "file_size")} == {
        "title": "Rapport d'évaluation finale", "category": "A07", "language": "fr", "date": "2021-03-31", "evaluation": "final",
        "file": "rapport.pdf", "file_size": 2200}
    target = tmp_path / "copy.pdf"
    code, out, err = tracker("document", "get", SEN, "rapport d'évaluation finale", "-o", str(target))
    assert (code, err) == (0, "")
    assert target.read_bytes() == source.read_bytes()
    code, out, err = tracker("document", "get", SEN, row["uuid"], "-o", str(target))
    assert code == 1 and "--overwrite" in one_sentence(err)


def test_a_published_document_is_added_by_its_web_address(tracker):
    code, out, err = tracker("document", "add", SEN, "--title", "Project document", "--category", "Objectives / Purpose of activity",
                             "--url", "https://www.ilo.org/projects/sen-20-01.pdf")
    assert (code, err) == (0, "")
    (row,) = listed(tracker)
    assert (row["category"], row["url"], row["file"], row["evaluation"]) == ("A02", "https://www.ilo.org/projects/sen-20-01.pdf", None, None)
    code, out, err = tracker("document", "get", SEN, "Project document", "-o", "x.pdf")
    assert code == 1 and "https://www.ilo.org/projects/sen-20-01.pdf" in one_sentence(err)


def test_the_file_is_never_written_over_the_database(tracker, db_target, tmp_path):
    if not isinstance(db_target, type(tmp_path)):
        pytest.skip("a server's database is no file")
    source = tmp_path / "budget.xlsx"
    source.write_bytes(b"budget")
    assert tracker("document", "add", SEN, "--title", "Budget", "--category", "A05", "--file", str(source))[0] == 0
    code, out, err = tracker("document", "get", SEN, "Budget", "-o", str(db_target), "--overwrite")
    assert code == 1 and "open database" in one_sentence(err)
    assert db_target.read_bytes().startswith(b"SQLite format 3") and [row["title"] for row in listed(tracker)] == ["Budget"]


def test_refusals_are_one_sentence(tracker, tmp_path):
    code, _, err = tracker("document", "add", SEN, "--title", "Budget", "--category", "A05")
    assert code == 1 and "--file" in one_sentence(err)
    code, _, err = tracker("document", "add", SEN, "--title", "Budget", "--category", "Z99", "--url", "https://x.org")
    assert code == 2 and "Z99" in err
    code, _, err = tracker("document", "add", SEN, "--title", "Budget", "--category", "A05", "--file", str(tmp_path / "none.xlsx"))
    assert code == 1 and "no such file" in one_sentence(err)
    code, _, err = tracker("document", "add", SEN, "--title", "Report", "--category", "A07", "--url", "https://x.org",
                           "--evaluation", "ex-post 3")
    assert code == 1 and "ex-post 3" in one_sentence(err)
    code, _, err = tracker("document", "get", SEN, "Nothing", "-o", str(tmp_path / "x"))
    assert code == 1 and "no document 'Nothing'" in one_sentence(err)


def test_a_removed_document_leaves_the_list(tracker):
    tracker("document", "add", SEN, "--title", "Budget", "--category", "A05", "--url", "https://example.org/budget.xlsx")
    code, out, err = tracker("document", "remove", SEN, "budget")
    assert (code, err) == (0, "") and listed(tracker) == []
