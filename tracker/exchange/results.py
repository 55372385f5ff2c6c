"""What an import or merge reports back: counts, what was skipped and why, and every problem."""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as the format allows."""

    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        place = ", ".join(
            part
            for part in (
                translate("ImportProblem", "sheet {sheet}").format(sheet=self.sheet) if self.sheet else "",
                translate("ImportProblem", "row {row}").format(row=self.row) if self.row is not None else "",
                translate("ImportProblem", "column {column}").format(column=self.column) if self.column else "",
            )
            if part
        )
        return translate("ImportProblem", "{place}: {message}").format(place=place, message=self.message) if place else self.message


@dataclass
class ImportReport:
    source: str
    kind: str  # "workbook", "iati" or "package"
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # "what was skipped: why"
    # Project-cycle actions the file asked for and a guard refused: "CODE: stage change refused: why".
    refused: list[str] = field(default_factory=list)
    dry_run: bool = False
    # The codes of the projects written, when the importer lists them (a screen reads only those
    # again); None: not listed.
    changed_project_codes: list[str] | None = None

    def summary(self) -> str:
        counts = {"source": self.source, "created": self.created, "updated": self.updated, "unchanged": self.unchanged}
        if self.dry_run:
            text = translate("ImportReport", "{source}: {created} created, {updated} updated, {unchanged} unchanged records "
                             "would be imported").format(**counts)
        else:
            text = translate("ImportReport", "{source}: {created} created, {updated} updated, {unchanged} unchanged records "
                             "were imported").format(**counts)
        skipped, refused = len(self.skipped), len(self.refused)
        if skipped:
            text += translate("ImportReport", "; %n skipped", "", skipped)
        if refused:
            text += translate("ImportReport", "; %n stage change(s) refused", "", refused)
        return text


class ImportRefused(DomainError):
    """The input has problems; nothing was written. `problems` lists every one of them."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        count = len(self.problems)
        super().__init__(translate("ImportReport", "{source}: %n problem(s); nothing was imported", "", count).format(source=source))


class UnreadableFile(DomainError):
    """The file is not what it claims to be (a CSV renamed .xlsx, a protected or corrupt
    workbook, an unknown XML, an IATI 1.0x file...): the message says what it is and what to do."""
