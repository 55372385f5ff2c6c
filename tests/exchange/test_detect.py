import re
import zipfile

import pytest

from tracker.exchange.detect import detect_kind
from tracker.exchange.results import UnreadableFile


def test_real_iati_files_are_recognised_by_content(tmp_path):
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2].parent / "shared" / "real-data" / "iati-activities"
    if not folder.is_dir():
        pytest.skip("the shared real-data folder is not beside this checkout")
    renamed = tmp_path / "activities.xlsx"  # the extension lies; the content decides
    renamed.write_bytes((folder / "dportal-foodsecurity-multi-publisher.xml").read_bytes())
    assert detect_kind(renamed) == "iati"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"code,title\nA,B\n", "text (CSV) file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "password-protected workbook or an old .xls"),
        (b"PK\x03\x04garbage", "damaged or truncated zip"),
        (b"<?xml version='1.0'?><catalogue/>", "not an IATI activity file"),
        (b"", "is empty"),
    ],
)
def test_files_that_are_not_what_they_claim_are_refused_with_a_reason(tmp_path, content, message):
    path = tmp_path / "projects.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=re.escape(message)):
        detect_kind(path)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "projects.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        detect_kind(path)
