"""Two people editing the same database (two app instances, or two threads with connections of
their own): an edit based on a version someone else has since saved is refused with a message,
never silently written over the other edit. Runs on SQLite and on PostgreSQL (conftest)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tracker.store.database import close_thread_connection
from tracker.store.errors import StaleEdit
from tracker.store.projects import load_project, save_project

CODE = "TUN/19/01/LUX"  # a demo project

OTHER_INSTANCE = """
import sys
from tracker.store.database import open_database
from tracker.store.projects import load_project, save_project
open_database(sys.argv[1])
project = load_project(sys.argv[2])
project.title = "Retitled by the other officer"
save_project(project, who="other.officer")
"""


def test_an_edit_of_a_version_another_instance_has_saved_is_refused(demo_db, demo_target: Path | str):
    mine = load_project(CODE)
    mine.officer = "Me"
    other = subprocess.run([sys.executable, "-c", OTHER_INSTANCE, str(demo_target), CODE],
                           capture_output=True, text=True, timeout=120, check=False)
    assert other.returncode == 0, other.stderr

    with pytest.raises(StaleEdit, match=f"project {CODE} was changed by someone else since you opened it"):
        save_project(mine)
    stored = load_project(CODE)
    assert stored.title == "Retitled by the other officer"  # the other edit is kept
    assert stored.officer != "Me"  # and mine was not half written
    assert stored.version == mine.version + 1


def test_two_saves_of_the_same_version_at_the_same_moment_one_wins_one_is_told(demo_db):
    ready = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def edit(officer: str) -> None:
        try:
            project = load_project(CODE)  # each thread: its own connection, as another instance
            project.officer = officer
            ready.wait(timeout=30)
            save_project(project, who=officer)
            outcomes[officer] = "saved"
        except StaleEdit as exc:
            outcomes[officer] = str(exc)
        finally:
            close_thread_connection()

    threads = [threading.Thread(target=edit, args=(name,)) for name in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes.values(), key=lambda text: text != "saved")[0] == "saved"
    winners = [name for name, outcome in outcomes.items() if outcome == "saved"]
    losers = [outcome for outcome in outcomes.values() if outcome != "saved"]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert "changed by someone else" in losers[0]
    assert load_project(CODE).officer == winners[0]
