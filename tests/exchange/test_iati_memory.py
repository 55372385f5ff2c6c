"""IATI import reads one activity at a time: memory does not grow with the size of the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ACTIVITY = """  <iati-activity default-currency="USD" xml:lang="en">
    <iati-identifier>XX-BIG-{n}</iati-identifier>
    <reporting-org ref="XX-BIG" type="21"><narrative>Big publisher</narrative></reporting-org>
    <title><narrative>Activity {n}</narrative><narrative xml:lang="fr">Activité {n}</narrative></title>
    <description><narrative>{filler}</narrative></description>
    <participating-org role="1" type="10"><narrative>Donor {n}</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date type="1" iso-date="2024-01-01"/>
    <transaction><transaction-type code="11"/><transaction-date iso-date="2024-02-01"/><value>1000</value></transaction>
    <transaction><transaction-type code="4"/><transaction-date iso-date="2024-03-01"/><value>500</value></transaction>
  </iati-activity>
"""

# Reads every activity through the importer's reader (no database) and prints the peak RSS in KiB.
PROBE = """
import resource, sys
from decimal import Decimal
from tracker.exchange.iati_read import Rates, read_activity
from tracker.exchange.iati_xml import iter_activities
count = sum(1 for a in iter_activities(sys.argv[1]) if read_activity(a, Rates(None)))
print(count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _write(path: Path, count: int) -> Path:
    filler = "x" * 1000
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n')
        for n in range(count):
            handle.write(ACTIVITY.format(n=n, filler=filler))
        handle.write("</iati-activities>\n")
    return path


def _peak_kib(path: Path) -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), int(out[1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss is in KiB on Linux only")
def test_memory_stays_flat_on_a_file_twenty_times_larger(tmp_path):
    small = _write(tmp_path / "small.xml", 2_000)  # about 3.5 MB
    large = _write(tmp_path / "large.xml", 40_000)  # about 70 MB
    small_count, small_peak = _peak_kib(small)
    large_count, large_peak = _peak_kib(large)
    assert (small_count, large_count) == (2_000, 40_000)
    # Kept whole, the large tree would take several hundred MB; streamed it adds almost nothing.
    assert large_peak - small_peak < 15_000, (small_peak, large_peak)
