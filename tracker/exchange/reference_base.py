"""The reference partners in field packages: every database created with them holds the same
records (same identity, same values), so their creation is a version both sides of an exchange
already share. Treated as each one's sync base until an exchange records one, an unchanged
reference partner travels in no package, and a partner changed at one site replaces the
unchanged one at the other instead of standing as a conflict."""

from __future__ import annotations

from functools import cache

from tracker.exchange import package_records as pr
from tracker.store.reference import reference_partners, seeded_reference_uuids
from tracker.store.sync import BaseEntry


@cache
def _reference_hashes() -> dict[str, str]:
    return {p.uuid: pr.content_hash("partner", None, pr.record_values(p)) for p in reference_partners()}


def with_reference_base(base: dict[str, BaseEntry]) -> dict[str, BaseEntry]:
    """`base`, and for each reference partner this database was created with and has not yet
    exchanged, the version it was created in."""
    hashes = _reference_hashes()
    shared = {uuid: BaseEntry("partner", hashes[uuid]) for uuid in seeded_reference_uuids() if uuid not in base}
    return {**shared, **base}
