"""Re-planning many projects with one ReplanWords (tracker.store.replan does, for a portfolio)
gives the same evaluations and the same sentences as re-planning each on its own, and every new
evaluation a uuid of its own, written as uuid4() writes one."""

import uuid
from datetime import date
from decimal import Decimal

from tracker.domain.i18n import using_language
from tracker.domain.rules import plan_evaluations
from tracker.domain.rules.replan import replan, replan_words

CASES = [  # start, end, budget: one band, another, the independence threshold crossed, annual reviews
    (date(2024, 1, 1), date(2025, 6, 30), "100000"),
    (date(2024, 1, 1), date(2026, 12, 31), "2000000"),
    (date(2022, 3, 15), date(2028, 3, 14), "900000"),
]


def _replan_all(words=None):
    found = []
    for start, end, budget in CASES:
        first, added = replan([], plan_evaluations(start, end, Decimal(budget)), words=words)
        # The same project extended and cut: rescheduled, no longer required, independence moved.
        later, changed = replan(first, plan_evaluations(start, date(end.year + 1, end.month, 28), Decimal("50000")), words=words)
        found.append(([(e.kind, e.sequence, e.due, e.status, e.mandatory, e.independence_required, e.reason, e.rule_set)
                       for e in later], [str(c) for c in added + changed], [e.uuid for e in later]))
    return found


def test_shared_words_give_the_same_plans_and_sentences_in_each_language():
    for language in ("en", "fr", "es"):
        with using_language(language):
            alone, shared = _replan_all(), _replan_all(replan_words(batch=4))
        assert [case[:2] for case in alone] == [case[:2] for case in shared]


def test_new_evaluations_get_distinct_version_4_uuids():
    uuids = [u for case in _replan_all(replan_words(batch=2)) for u in case[2]] + [u for case in _replan_all() for u in case[2]]
    assert len(set(uuids)) == len(uuids)
    for text in uuids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
