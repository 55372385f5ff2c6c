"""Closed lists from the seeds, as enums with a stable code (stored, typed on the command line)
and a display label in the user's language (the English source text marked for translation here,
translated where it is read: `label`; `english_label` and `label_in` for the other languages).
`parse` reads a code, a member's name or its label in any of the languages tracker speaks, so that
a file written in French reads in Spanish."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum
from functools import cache
from typing import Callable, TypeVar

from tracker.domain.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, using_language

E = TypeVar("E", bound="Classification")
C = TypeVar("C", bound=type)


def noun(text: str) -> Callable[[C], C]:
    """Name what a classification is, for messages such as "'x' is not a region" (the English
    text, marked for translation in the context "Classification")."""

    def decorate(cls: C) -> C:
        cls._noun = text  # type: ignore[attr-defined]
        return cls

    return decorate


def fold_label(text: str) -> str:
    """A label as parse() compares it: no case, no accents, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


class Classification(str, Enum):
    """An enum whose value is a stable code and which carries a human label (English in the
    source, shown in the current language)."""

    _english_label: str

    def __new__(cls, code: str, label: str = "") -> "Classification":  # label: a default only for type checkers calling Stage(code)
        member = str.__new__(cls, code)
        member._value_ = code
        member._english_label = label
        return member

    def __str__(self) -> str:
        return self.value

    @property
    def english_label(self) -> str:
        """The label as the source writes it (the text translators translate)."""
        return self._english_label

    @property
    def label(self) -> str:
        """The label in the current language."""
        return translate(type(self).__name__, self._english_label)

    def label_in(self, language: str) -> str:
        """The label in `language` ("en", "fr", "es")."""
        with using_language(language):
            return self.label

    @classmethod
    def parse(cls: type[E], text: str) -> E:
        """Accept a code, a member's name or a label in any language tracker speaks, whatever the
        case and accents; refuse anything else, listing the valid codes."""
        member = _parse_index(cls).get(fold_label(text))
        if member is None and cls is EvaluationKind and _known_rule_set_kinds():
            member = _parse_index(cls).get(fold_label(text))  # a kind a rule set names, by its label
        if member is not None:
            return member  # type: ignore[return-value]
        codes = ", ".join(m.value for m in cls)
        raise ValueError(translate("Classification", "'{text}' is not a {noun}; use one of: {codes}").format(
            text=text, noun=cls.noun(), codes=codes))

    @classmethod
    def noun(cls) -> str:
        """What the classification is, in the current language ("region", "région")."""
        return translate("Classification", getattr(cls, "_noun", cls.__name__))

    @classmethod
    def codes(cls) -> list[str]:
        return [m.value for m in cls]


@cache
def _parse_index(cls: type[Classification]) -> dict[str, Classification]:
    """Folded code, name and labels (English first, then the other languages) -> member; the
    first member to claim a form keeps it."""
    index: dict[str, Classification] = {}
    members = list(cls) + (custom_evaluation_kinds() if cls is EvaluationKind else [])  # type: ignore[operator]
    for member in members:
        for form in (member.value, member.name, member.english_label):
            index.setdefault(fold_label(form), member)
    for language in LANGUAGES:
        for member in members:
            index.setdefault(fold_label(member.label_in(language)), member)
    return index


@noun(QT_TRANSLATE_NOOP("Classification", "project-cycle stage"))
class Stage(Classification):
    """Project-cycle stage (seed 003: formulation, design, implementation and assessment)."""

    DESIGN = ("design", QT_TRANSLATE_NOOP("Stage", "Design"))
    APPRAISAL = ("appraisal", QT_TRANSLATE_NOOP("Stage", "Appraisal"))
    APPROVED = ("approved", QT_TRANSLATE_NOOP("Stage", "Approved"))
    IMPLEMENTATION = ("implementation", QT_TRANSLATE_NOOP("Stage", "Implementation"))
    EVALUATION_AND_CLOSING = ("evaluation-and-closing", QT_TRANSLATE_NOOP("Stage", "Evaluation and closing"))
    CLOSED = ("closed", QT_TRANSLATE_NOOP("Stage", "Closed"))
    SUSPENDED = ("suspended", QT_TRANSLATE_NOOP("Stage", "Suspended"))
    CANCELLED = ("cancelled", QT_TRANSLATE_NOOP("Stage", "Cancelled"))


@noun(QT_TRANSLATE_NOOP("Classification", "region"))
class Region(Classification):
    """ILO regions; seed 003's tables call Asia and the Pacific "Asia" and the last row
    "Interregional" (003:2333-2413)."""

    AFRICA = ("africa", QT_TRANSLATE_NOOP("Region", "Africa"))
    AMERICAS = ("americas", QT_TRANSLATE_NOOP("Region", "Americas"))
    ARAB_STATES = ("arab-states", QT_TRANSLATE_NOOP("Region", "Arab States"))
    ASIA_PACIFIC = ("asia-pacific", QT_TRANSLATE_NOOP("Region", "Asia and the Pacific"))
    EUROPE_CENTRAL_ASIA = ("europe-central-asia", QT_TRANSLATE_NOOP("Region", "Europe and Central Asia"))
    INTERREGIONAL = ("interregional", QT_TRANSLATE_NOOP("Region", "Interregional/Global"))


@noun(QT_TRANSLATE_NOOP("Classification", "partner category"))
class PartnerCategory(Classification):
    """One category per funding partner; each report maps it to its own grouping (domain 3.3)."""

    MULTI_BILATERAL = ("multi-bilateral", QT_TRANSLATE_NOOP("PartnerCategory", "Multi-bilateral government"))
    EUROPEAN_UNION = ("european-union", QT_TRANSLATE_NOOP("PartnerCategory", "European Union"))
    UNITED_NATIONS = ("un", QT_TRANSLATE_NOOP("PartnerCategory", "UN agency or multi-partner trust fund"))
    IFI = ("ifi", QT_TRANSLATE_NOOP("PartnerCategory", "International financial institution"))
    NON_STATE = ("non-state", QT_TRANSLATE_NOOP("PartnerCategory", "Non-state actor"))
    DOMESTIC_TRUST_FUND = ("domestic-trust-fund", QT_TRANSLATE_NOOP("PartnerCategory", "Domestic trust fund"))
    OTHER_INTERGOVERNMENTAL = ("other-intergovernmental", QT_TRANSLATE_NOOP("PartnerCategory", "Other intergovernmental organization"))


@noun(QT_TRANSLATE_NOOP("Classification", "non-state actor kind"))
class NonStateKind(Classification):
    """Sub-type of a non-state actor, as the rows of Annex 2 (003:5030-5852)."""

    FOUNDATION = ("foundation", QT_TRANSLATE_NOOP("NonStateKind", "Foundation"))
    PRIVATE_SECTOR = ("private-sector", QT_TRANSLATE_NOOP("NonStateKind", "Private sector"))
    SOCIAL_PARTNER = ("social-partner", QT_TRANSLATE_NOOP("NonStateKind", "Social partner"))
    PUBLIC_INSTITUTION = ("public-institution", QT_TRANSLATE_NOOP("NonStateKind", "Public institution"))
    OTHER = ("other", QT_TRANSLATE_NOOP("NonStateKind", "Other non-state actor"))


@noun(QT_TRANSLATE_NOOP("Classification", "funding modality"))
class FundingModality(Classification):
    """How money reaches a project. The seeds never use the acronym RBSA; the issue does, so the
    code keeps it and the label says what it means (000:40, 002:4)."""

    REGULAR_BUDGET = ("rbtc", QT_TRANSLATE_NOOP("FundingModality", "Regular budget (RBTC)"))
    VOLUNTARY_CORE = ("rbsa", QT_TRANSLATE_NOOP("FundingModality", "Voluntary core funding (RBSA)"))
    EARMARKED = ("xb", QT_TRANSLATE_NOOP("FundingModality", "Earmarked extra-budgetary (XB)"))
    DOMESTIC_TRUST_FUND = ("domestic-trust-fund", QT_TRANSLATE_NOOP("FundingModality", "Domestic trust fund"))

    @property
    def needs_partner(self) -> bool:
        # Regular-budget money is the ILO's own; every other modality comes from a partner.
        return self is not FundingModality.REGULAR_BUDGET


@noun(QT_TRANSLATE_NOOP("Classification", "strategic objective"))
class StrategicObjective(Classification):
    """The four strategic objectives as headed in seed 003, plus the statistical bucket
    "Others" (003:2274-2275)."""

    STANDARDS = ("standards", QT_TRANSLATE_NOOP("StrategicObjective", "Standards and fundamental principles and rights at work"))
    EMPLOYMENT = ("employment", QT_TRANSLATE_NOOP("StrategicObjective", "Employment"))
    SOCIAL_PROTECTION = ("social-protection", QT_TRANSLATE_NOOP("StrategicObjective", "Social protection"))
    SOCIAL_DIALOGUE = ("social-dialogue", QT_TRANSLATE_NOOP("StrategicObjective", "Social dialogue and tripartism"))
    OTHERS = ("others", QT_TRANSLATE_NOOP("StrategicObjective", "Others (cross-cutting, management, field offices)"))


@noun(QT_TRANSLATE_NOOP("Classification", "type of expenditure"))
class ExpenditureType(Classification):
    """Types of assistance of Figure V.5 (003:2493-2515). "Miscellaneous" is tracker's own
    addition so that totals reconcile; the seeds do not attest it."""

    INTERNATIONAL_EXPERTS = ("international-experts", QT_TRANSLATE_NOOP("ExpenditureType", "International experts"))
    OTHER_PERSONNEL = ("other-personnel", QT_TRANSLATE_NOOP("ExpenditureType", "Other personnel"))
    SUBCONTRACTS = ("subcontracts", QT_TRANSLATE_NOOP("ExpenditureType", "Subcontracts"))
    TRAINING = ("training", QT_TRANSLATE_NOOP("ExpenditureType", "Training and fellowships"))
    EQUIPMENT = ("equipment", QT_TRANSLATE_NOOP("ExpenditureType", "Equipment"))
    MISCELLANEOUS = ("miscellaneous", QT_TRANSLATE_NOOP("ExpenditureType", "Miscellaneous"))
    # Programme support costs: the percentage charged on extra-budgetary expenditure (13 % is the
    # usual UN rate), which donors' budgets and financial statements show as a line of its own.
    PROGRAMME_SUPPORT = ("programme-support", QT_TRANSLATE_NOOP("ExpenditureType", "Programme support costs"))


@noun(QT_TRANSLATE_NOOP("Classification", "cross-cutting theme"))
class Theme(Classification):
    """ILO cross-cutting markers; donors' own themes are kept apart (domain 3.7)."""

    GENDER_EQUALITY = ("gender-equality", QT_TRANSLATE_NOOP("Theme", "Gender equality"))
    TRIPARTISM = ("tripartism", QT_TRANSLATE_NOOP("Theme", "Tripartism and social dialogue"))
    LABOUR_STANDARDS = ("labour-standards", QT_TRANSLATE_NOOP("Theme", "International labour standards"))
    JUST_TRANSITION = ("just-transition", QT_TRANSLATE_NOOP("Theme", "Environmental sustainability / just transition"))
    SSTC = ("sstc", QT_TRANSLATE_NOOP("Theme", "South-South and triangular cooperation"))


@noun(QT_TRANSLATE_NOOP("Classification", "evaluation kind"))
class EvaluationKind(Classification):
    FINAL = ("final", QT_TRANSLATE_NOOP("EvaluationKind", "Final evaluation"))
    MID_TERM = ("mid-term", QT_TRANSLATE_NOOP("EvaluationKind", "Mid-term evaluation"))
    ANNUAL_REVIEW = ("annual-review", QT_TRANSLATE_NOOP("EvaluationKind", "Annual review"))
    MID_TERM_REVIEW = ("mid-term-review", QT_TRANSLATE_NOOP("EvaluationKind", "Mid-term review"))
    EX_POST = ("ex-post", QT_TRANSLATE_NOOP("EvaluationKind", "Ex-post evaluation"))
    # Kinds later evaluation policies name (issue 16): rule sets may require them.
    EVALUABILITY = ("evaluability-assessment", QT_TRANSLATE_NOOP("EvaluationKind", "Evaluability assessment"))
    INTERNAL = ("internal", QT_TRANSLATE_NOOP("EvaluationKind", "Internal evaluation"))
    INDEPENDENT = ("independent", QT_TRANSLATE_NOOP("EvaluationKind", "Independent evaluation"))
    CLUSTER = ("cluster", QT_TRANSLATE_NOOP("EvaluationKind", "Cluster evaluation"))

    @classmethod
    def _missing_(cls, value: object) -> "EvaluationKind | None":
        """A kind a rule set names (register_evaluation_kind), or one read from a database whose
        rule set is not here: a member of its own, named by its code until its rule set is loaded."""
        if not isinstance(value, str) or not CUSTOM_KIND_CODE.fullmatch(value):
            return None
        found = _custom_kinds.get(value)
        if found is None:
            found = str.__new__(cls, value)
            found._value_ = value
            found._name_ = value.upper().replace("-", "_")
            found._english_label = value
            found._labels = {}  # type: ignore[attr-defined]
            _custom_kinds[value] = found
        return found

    @property
    def is_custom(self) -> bool:
        """Named by a rule set rather than by tracker."""
        return self._value_ in _custom_kinds

    @property
    def label(self) -> str:
        labels = getattr(self, "_labels", None)
        if labels is None:
            return translate("EvaluationKind", self._english_label)
        if not labels and _known_rule_set_kinds():  # read from a database before its rule set was loaded
            labels = self._labels  # type: ignore[attr-defined]
        from tracker.domain.i18n import current_language  # the language at the time of reading

        return labels.get(current_language()) or self._english_label


# A kind an organisation names in its rule set: lower-case letters, digits and hyphens.
CUSTOM_KIND_CODE = re.compile(r"[a-z][a-z0-9-]{0,39}")
_custom_kinds: dict[str, EvaluationKind] = {}


def register_evaluation_kind(code: str, english_label: str, labels: dict[str, str] | None = None) -> EvaluationKind:
    """The kind a rule set names with `code` (tracker's own when it is one of them), labelled in
    English and, from `labels`, in other languages ({"fr": ..., "es": ...}). Registered once per
    process; a later rule set naming the same code updates its labels."""
    try:
        builtin = EvaluationKind(code)
    except ValueError:
        raise ValueError(translate("Classification", "'{code}' is not a usable evaluation kind code: use lower-case letters, "
                                                     "digits and hyphens, at most 40").format(code=code)) from None
    if not builtin.is_custom:
        return builtin
    builtin._english_label = english_label
    builtin._labels = {"en": english_label, **(labels or {})}  # type: ignore[attr-defined]
    _parse_index.cache_clear()
    return builtin


_scanned: list[bool] = []


def _known_rule_set_kinds() -> bool:
    """Register the kinds every available rule set names (once per process); True the first time,
    when that may have taught a label."""
    if _scanned:
        return False
    _scanned.append(True)
    from tracker.domain.rules.ruleset import RuleSetError, available_rule_sets, load_rule_set  # rule sets use this module

    for name in available_rule_sets():
        try:
            load_rule_set(name)  # registers its kinds
        except RuleSetError:
            continue
    return True


def custom_evaluation_kinds() -> list[EvaluationKind]:
    """The kinds named by rule sets so far, in the order they were met."""
    return list(_custom_kinds.values())


@noun(QT_TRANSLATE_NOOP("Classification", "evaluation status"))
class EvaluationStatus(Classification):
    """"No longer required" marks a planned evaluation that a re-plan dropped: it is kept, not
    deleted, so the history shows what was once planned."""

    PLANNED = ("planned", QT_TRANSLATE_NOOP("EvaluationStatus", "Planned"))
    IN_PROGRESS = ("in-progress", QT_TRANSLATE_NOOP("EvaluationStatus", "In progress"))
    COMPLETED = ("completed", QT_TRANSLATE_NOOP("EvaluationStatus", "Completed"))
    WAIVED = ("waived", QT_TRANSLATE_NOOP("EvaluationStatus", "Waived"))
    NOT_REQUIRED = ("not-required", QT_TRANSLATE_NOOP("EvaluationStatus", "No longer required"))

    @property
    def is_open(self) -> bool:
        return self in (EvaluationStatus.PLANNED, EvaluationStatus.IN_PROGRESS)


@noun(QT_TRANSLATE_NOOP("Classification", "independence"))
class Independence(Classification):
    """Form of evaluation (003:1933-1934); self-evaluation does not satisfy the independence rule."""

    SELF = ("self", QT_TRANSLATE_NOOP("Independence", "Self-evaluation"))
    INDEPENDENT_INTERNAL = ("independent-internal", QT_TRANSLATE_NOOP("Independence", "Independent internal"))
    EXTERNAL = ("external", QT_TRANSLATE_NOOP("Independence", "External"))

    @property
    def is_independent(self) -> bool:
        return self is not Independence.SELF


@noun(QT_TRANSLATE_NOOP("Classification", "evaluation criterion"))
class Criterion(Classification):
    """Evaluation criteria of the 2002 framework (003:1927-1929)."""

    RELEVANCE = ("relevance", QT_TRANSLATE_NOOP("Criterion", "Relevance"))
    EFFICIENCY = ("efficiency", QT_TRANSLATE_NOOP("Criterion", "Efficiency"))
    EFFECTIVENESS = ("effectiveness", QT_TRANSLATE_NOOP("Criterion", "Effectiveness"))
    IMPACT = ("impact", QT_TRANSLATE_NOOP("Criterion", "Impact"))
    SUSTAINABILITY = ("sustainability", QT_TRANSLATE_NOOP("Criterion", "Sustainability"))


RATING_SCALE = {
    1: QT_TRANSLATE_NOOP("Rating", "Highly unsatisfactory"),
    2: QT_TRANSLATE_NOOP("Rating", "Unsatisfactory"),
    3: QT_TRANSLATE_NOOP("Rating", "Somewhat unsatisfactory"),
    4: QT_TRANSLATE_NOOP("Rating", "Somewhat satisfactory"),
    5: QT_TRANSLATE_NOOP("Rating", "Satisfactory"),
    6: QT_TRANSLATE_NOOP("Rating", "Highly satisfactory"),
}
"""Six-point scale for criterion ratings; the seeds name the criteria but no scale, so this is
tracker's choice. The texts are English (the source); rating_label gives them translated."""


def rating_label(score: int) -> str:
    """The name of a rating on the scale, in the current language."""
    return translate("Rating", RATING_SCALE[score])
