"""What an import or merge reports back: counts, what was skipped and why, and every problem."""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.domain.errors import DomainError


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
                f"sheet {self.sheet}" if self.sheet else "",
                f"row {self.row}" if self.row is not None else "",
                f"column {self.column}" if self.column else "",
            )
            if part
        )
        return f"{place}: {self.message}" if place else self.message


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
        verb = "would be" if self.dry_run else "were"
        text = f"{self.source}: {self.created} created, {self.updated} updated, {self.unchanged} unchanged records {verb} imported"
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        if self.refused:
            text += f"; {len(self.refused)} stage change{'s' if len(self.refused) != 1 else ''} refused"
        return text


class ImportRefused(DomainError):
    """The input has problems; nothing was written. `problems` lists every one of them."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        count = len(self.problems)
        super().__init__(f"{source}: {count} problem{'s' if count != 1 else ''}; nothing was imported")


class UnreadableFile(DomainError):
    """The file is not what it claims to be (a CSV renamed .xlsx, a protected or corrupt
    workbook, an unknown XML, an IATI 1.0x file...): the message says what it is and what to do."""
