"""Closed lists from the seeds, as enums with a stable code (stored, typed on the command line)
and a display label."""

from __future__ import annotations

from enum import Enum
from typing import Callable, TypeVar

E = TypeVar("E", bound="Classification")
C = TypeVar("C", bound=type)


def noun(text: str) -> Callable[[C], C]:
    """Name what a classification is, for messages such as "'x' is not a region"."""

    def decorate(cls: C) -> C:
        cls._noun = text  # type: ignore[attr-defined]
        return cls

    return decorate


class Classification(str, Enum):
    """An enum whose value is a stable code and which carries a human label."""

    label: str

    def __new__(cls, code: str, label: str = "") -> "Classification":  # label: a default only for type checkers calling Stage(code)
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls: type[E], text: str) -> E:
        """Accept a code or a label in any case; refuse anything else, listing the valid codes."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold(), member.name.casefold()):
                return member
        codes = ", ".join(m.value for m in cls)
        raise ValueError(f"'{text}' is not a {cls.noun()}; use one of: {codes}")

    @classmethod
    def noun(cls) -> str:
        return getattr(cls, "_noun", cls.__name__)

    @classmethod
    def codes(cls) -> list[str]:
        return [m.value for m in cls]


@noun("project-cycle stage")
class Stage(Classification):
    """Project-cycle stage (seed 003: formulation, design, implementation and assessment)."""

    DESIGN = ("design", "Design")
    APPRAISAL = ("appraisal", "Appraisal")
    APPROVED = ("approved", "Approved")
    IMPLEMENTATION = ("implementation", "Implementation")
    EVALUATION_AND_CLOSING = ("evaluation-and-closing", "Evaluation and closing")
    CLOSED = ("closed", "Closed")
    SUSPENDED = ("suspended", "Suspended")
    CANCELLED = ("cancelled", "Cancelled")


@noun("region")
class Region(Classification):
    """ILO regions; seed 003's tables call Asia and the Pacific "Asia" and the last row
    "Interregional" (003:2333-2413)."""

    AFRICA = ("africa", "Africa")
    AMERICAS = ("americas", "Americas")
    ARAB_STATES = ("arab-states", "Arab States")
    ASIA_PACIFIC = ("asia-pacific", "Asia and the Pacific")
    EUROPE_CENTRAL_ASIA = ("europe-central-asia", "Europe and Central Asia")
    INTERREGIONAL = ("interregional", "Interregional/Global")


@noun("partner category")
class PartnerCategory(Classification):
    """One category per funding partner; each report maps it to its own grouping (domain 3.3)."""

    MULTI_BILATERAL = ("multi-bilateral", "Multi-bilateral government")
    EUROPEAN_UNION = ("european-union", "European Union")
    UNITED_NATIONS = ("un", "UN agency or multi-partner trust fund")
    IFI = ("ifi", "International financial institution")
    NON_STATE = ("non-state", "Non-state actor")
    DOMESTIC_TRUST_FUND = ("domestic-trust-fund", "Domestic trust fund")
    OTHER_INTERGOVERNMENTAL = ("other-intergovernmental", "Other intergovernmental organization")


@noun("non-state actor kind")
class NonStateKind(Classification):
    """Sub-type of a non-state actor, as the rows of Annex 2 (003:5030-5852)."""

    FOUNDATION = ("foundation", "Foundation")
    PRIVATE_SECTOR = ("private-sector", "Private sector")
    SOCIAL_PARTNER = ("social-partner", "Social partner")
    PUBLIC_INSTITUTION = ("public-institution", "Public institution")
    OTHER = ("other", "Other non-state actor")


@noun("funding modality")
class FundingModality(Classification):
    """How money reaches a project. The seeds never use the acronym RBSA; the issue does, so the
    code keeps it and the label says what it means (000:40, 002:4)."""

    REGULAR_BUDGET = ("rbtc", "Regular budget (RBTC)")
    VOLUNTARY_CORE = ("rbsa", "Voluntary core funding (RBSA)")
    EARMARKED = ("xb", "Earmarked extra-budgetary (XB)")
    DOMESTIC_TRUST_FUND = ("domestic-trust-fund", "Domestic trust fund")

    @property
    def needs_partner(self) -> bool:
        # Regular-budget money is the ILO's own; every other modality comes from a partner.
        return self is not FundingModality.REGULAR_BUDGET


@noun("strategic objective")
class StrategicObjective(Classification):
    """The four strategic objectives as headed in seed 003, plus the statistical bucket
    "Others" (003:2274-2275)."""

    STANDARDS = ("standards", "Standards and fundamental principles and rights at work")
    EMPLOYMENT = ("employment", "Employment")
    SOCIAL_PROTECTION = ("social-protection", "Social protection")
    SOCIAL_DIALOGUE = ("social-dialogue", "Social dialogue and tripartism")
    OTHERS = ("others", "Others (cross-cutting, management, field offices)")


@noun("type of expenditure")
class ExpenditureType(Classification):
    """Types of assistance of Figure V.5 (003:2493-2515). "Miscellaneous" is tracker's own
    addition so that totals reconcile; the seeds do not attest it."""

    INTERNATIONAL_EXPERTS = ("international-experts", "International experts")
    OTHER_PERSONNEL = ("other-personnel", "Other personnel")
    SUBCONTRACTS = ("subcontracts", "Subcontracts")
    TRAINING = ("training", "Training and fellowships")
    EQUIPMENT = ("equipment", "Equipment")
    MISCELLANEOUS = ("miscellaneous", "Miscellaneous")


@noun("cross-cutting theme")
class Theme(Classification):
    """ILO cross-cutting markers; donors' own themes are kept apart (domain 3.7)."""

    GENDER_EQUALITY = ("gender-equality", "Gender equality")
    TRIPARTISM = ("tripartism", "Tripartism and social dialogue")
    LABOUR_STANDARDS = ("labour-standards", "International labour standards")
    JUST_TRANSITION = ("just-transition", "Environmental sustainability / just transition")
    SSTC = ("sstc", "South-South and triangular cooperation")


@noun("evaluation kind")
class EvaluationKind(Classification):
    FINAL = ("final", "Final evaluation")
    MID_TERM = ("mid-term", "Mid-term evaluation")
    ANNUAL_REVIEW = ("annual-review", "Annual review")
    MID_TERM_REVIEW = ("mid-term-review", "Mid-term review")
    EX_POST = ("ex-post", "Ex-post evaluation")


@noun("evaluation status")
class EvaluationStatus(Classification):
    """"No longer required" marks a planned evaluation that a re-plan dropped: it is kept, not
    deleted, so the history shows what was once planned."""

    PLANNED = ("planned", "Planned")
    IN_PROGRESS = ("in-progress", "In progress")
    COMPLETED = ("completed", "Completed")
    WAIVED = ("waived", "Waived")
    NOT_REQUIRED = ("not-required", "No longer required")

    @property
    def is_open(self) -> bool:
        return self in (EvaluationStatus.PLANNED, EvaluationStatus.IN_PROGRESS)


@noun("independence")
class Independence(Classification):
    """Form of evaluation (003:1933-1934); self-evaluation does not satisfy the independence rule."""

    SELF = ("self", "Self-evaluation")
    INDEPENDENT_INTERNAL = ("independent-internal", "Independent internal")
    EXTERNAL = ("external", "External")

    @property
    def is_independent(self) -> bool:
        return self is not Independence.SELF


@noun("evaluation criterion")
class Criterion(Classification):
    """Evaluation criteria of the 2002 framework (003:1927-1929)."""

    RELEVANCE = ("relevance", "Relevance")
    EFFICIENCY = ("efficiency", "Efficiency")
    EFFECTIVENESS = ("effectiveness", "Effectiveness")
    IMPACT = ("impact", "Impact")
    SUSTAINABILITY = ("sustainability", "Sustainability")


RATING_SCALE = {
    1: "Highly unsatisfactory",
    2: "Unsatisfactory",
    3: "Somewhat unsatisfactory",
    4: "Somewhat satisfactory",
    5: "Satisfactory",
    6: "Highly satisfactory",
}
"""Six-point scale for criterion ratings; the seeds name the criteria but no scale, so this is
tracker's choice."""
