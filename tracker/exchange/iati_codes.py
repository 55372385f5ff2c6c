"""Mappings between tracker's classifications and the IATI codelists (standard 2.03), both ways.

Every IATI code here exists in the IATI codelists (IATI/IATI-Codelists, version-2.03);
tests/exchange/test_iati_export.py checks each one against the codelist files. Where an IATI code
maps back to several tracker values, the export also writes tracker's own value in the tracker
extension namespace (EXT_NS, allowed by the schema's anyAttribute) so that a round trip is exact,
and other publishers' files fall back to the mapping below."""

from __future__ import annotations

import re

from tracker.domain.classifications import (
    ExpenditureType,
    FundingModality,
    NonStateKind,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
)

STANDARD_VERSION = "2.03"
SUPPORTED_VERSIONS = ("2.01", "2.02", "2.03")

# The ILO's organisation identifier: OECD DAC channel code 41302 under the "XM-DAC" registration
# agency, as the ILO itself publishes (the UNHCR file in real-data uses XM-DAC-41121 the same way).
DEFAULT_ORG_REF = "XM-DAC-41302"
DEFAULT_ORG_NAME = "International Labour Organization (ILO)"
DEFAULT_ORG_TYPE = "40"  # OrganisationType 40 Multilateral

# Attributes in this namespace carry what IATI cannot say exactly (the US$ rate of a value, the
# tracker stage behind an activity status, ...). Validators ignore them (xsd:anyAttribute ##other).
EXT_NS = "urn:x-tracker:iati:1"
EXT = "{" + EXT_NS + "}"

# ActivityStatus. IATI has one status for design and appraisal (1 Pipeline/identification) and one
# for approved and implementation (2 Implementation).
STAGE_TO_STATUS: dict[Stage, str] = {
    Stage.DESIGN: "1",
    Stage.APPRAISAL: "1",
    Stage.APPROVED: "2",
    Stage.IMPLEMENTATION: "2",
    Stage.EVALUATION_AND_CLOSING: "3",
    Stage.CLOSED: "4",
    Stage.CANCELLED: "5",
    Stage.SUSPENDED: "6",
}
STATUS_TO_STAGE: dict[str, Stage] = {
    "1": Stage.DESIGN,
    "2": Stage.IMPLEMENTATION,
    "3": Stage.EVALUATION_AND_CLOSING,
    "4": Stage.CLOSED,
    "5": Stage.CANCELLED,
    "6": Stage.SUSPENDED,
}

# ActivityDateType
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"

# The export gives the day of the first "Start implementation" as the actual start date. An
# import replaying that action for a file without an actual start date dates it the day of the
# import and ends its reason with this; the export does not take that day for the actual start.
UNDATED_START = "the file gives no actual start date"

# TransactionType. tracker is the implementer receiving the money, so a funding line is an
# *incoming* commitment (11), not an outgoing one (2); expenditure is 4.
INCOMING_FUNDS = "1"
OUTGOING_COMMITMENT = "2"
DISBURSEMENT = "3"
EXPENDITURE = "4"
INCOMING_COMMITMENT = "11"

# BudgetType 1 Original, 2 Revised; BudgetStatus 1 Indicative, 2 Committed.
BUDGET_ORIGINAL, BUDGET_REVISED = "1", "2"
BUDGET_INDICATIVE, BUDGET_COMMITTED = "1", "2"

# OrganisationRole
ROLE_FUNDING, ROLE_ACCOUNTABLE, ROLE_EXTENDING, ROLE_IMPLEMENTING = "1", "2", "3", "4"

# IndicatorMeasure 1 Unit; ResultType 1 Output, 2 Outcome; SectorVocabulary 1 OECD DAC CRS 5-digit;
# RegionVocabulary 1 OECD DAC.
MEASURE_UNIT = "1"
RESULT_OUTCOME = "2"
SECTOR_VOCABULARY_DAC = "1"
REGION_VOCABULARY_DAC = "1"

# Sector 99810: what IATI files say when they give no sector; assessors count it as none.
SECTOR_NOT_SPECIFIED = "99810"
# Sector (DAC 5-digit): the closest purpose code for each strategic objective.
OUTCOME_TO_SECTOR: dict[StrategicObjective, str] = {
    StrategicObjective.STANDARDS: "16070",  # Labour rights
    StrategicObjective.EMPLOYMENT: "16020",  # Employment creation
    StrategicObjective.SOCIAL_PROTECTION: "16010",  # Social protection
    StrategicObjective.SOCIAL_DIALOGUE: "16080",  # Social dialogue
    StrategicObjective.OTHERS: SECTOR_NOT_SPECIFIED,
}
SECTOR_TO_OUTCOME: dict[str, StrategicObjective] = {
    **{code: outcome for outcome, code in OUTCOME_TO_SECTOR.items()},
    "16011": StrategicObjective.SOCIAL_PROTECTION,
    "16012": StrategicObjective.SOCIAL_PROTECTION,
    "16013": StrategicObjective.SOCIAL_PROTECTION,
    "16014": StrategicObjective.SOCIAL_PROTECTION,
    "16015": StrategicObjective.SOCIAL_PROTECTION,
}

# Region (DAC): an interregional project without countries is "Developing countries, unspecified".
REGION_TO_IATI: dict[Region, str] = {
    Region.AFRICA: "298",  # Africa, regional
    Region.AMERICAS: "498",  # America, regional
    Region.ARAB_STATES: "589",  # Middle East, regional
    Region.ASIA_PACIFIC: "798",  # Asia, regional
    Region.EUROPE_CENTRAL_ASIA: "89",  # Europe, regional
    Region.INTERREGIONAL: "998",  # Developing countries, unspecified
}
IATI_TO_REGION: dict[str, Region] = {code: region for region, code in REGION_TO_IATI.items()}

# OrganisationType for a partner category (and non-state kind).
_CATEGORY_TO_ORG_TYPE: dict[PartnerCategory, str] = {
    PartnerCategory.MULTI_BILATERAL: "10",  # Government
    PartnerCategory.EUROPEAN_UNION: "15",  # Other Public Sector (as the European Commission publishes)
    PartnerCategory.UNITED_NATIONS: "40",  # Multilateral
    PartnerCategory.IFI: "40",
    PartnerCategory.OTHER_INTERGOVERNMENTAL: "40",
    PartnerCategory.DOMESTIC_TRUST_FUND: "10",  # a government funding ILO work in its own country
}
_NON_STATE_TO_ORG_TYPE: dict[NonStateKind, str] = {
    NonStateKind.FOUNDATION: "60",  # Foundation
    NonStateKind.PRIVATE_SECTOR: "70",  # Private Sector
    NonStateKind.PUBLIC_INSTITUTION: "15",  # Other Public Sector
    NonStateKind.SOCIAL_PARTNER: "90",  # Other (employers' and workers' organizations)
    NonStateKind.OTHER: "90",
}


def org_type_for(category: PartnerCategory, kind: NonStateKind | None) -> str:
    if category is PartnerCategory.NON_STATE:
        return _NON_STATE_TO_ORG_TYPE[kind or NonStateKind.OTHER]
    return _CATEGORY_TO_ORG_TYPE[category]


def category_for(org_type: str, name: str = "", ref: str = "") -> tuple[PartnerCategory, NonStateKind | None]:
    """tracker's category for an IATI organisation type; unknown or missing types are an "other"
    non-state actor (the least specific category, easy to correct by hand)."""
    text = f"{name} {ref}".casefold()
    if "european commission" in text or "european union" in text or ref.upper().startswith(("XI-IATI-EC", "XI-IATI-EU")):
        return PartnerCategory.EUROPEAN_UNION, None
    code = (org_type or "").strip()
    if code == "10":
        return PartnerCategory.MULTI_BILATERAL, None
    if code == "40":
        return PartnerCategory.UNITED_NATIONS, None
    if code in ("11", "15"):
        return PartnerCategory.NON_STATE, NonStateKind.PUBLIC_INSTITUTION
    if code == "60":
        return PartnerCategory.NON_STATE, NonStateKind.FOUNDATION
    if code in ("30", "70", "71", "72", "73"):
        return PartnerCategory.NON_STATE, NonStateKind.PRIVATE_SECTOR
    return PartnerCategory.NON_STATE, NonStateKind.OTHER


DEFAULT_EXPENDITURE_TYPE = ExpenditureType.MISCELLANEOUS
DEFAULT_MODALITY = FundingModality.EARMARKED

# An identifier that already carries an organisation prefix: a registration agency ("XM-DAC",
# "XI-IATI", a country code and an agency such as "GB-CHC" or "DE-1") followed by "-".
_ORG_PREFIX = re.compile(r"^(XM-DAC|XI-IATI|XM-OCHA|[A-Z]{2}-[A-Z0-9]{1,8})-[A-Za-z0-9]")
# IATI identifiers must not contain these (IATI Standard rules for iati-identifier).
_FORBIDDEN_IN_IDENTIFIER = re.compile(r"[/&|?\s]")


def activity_identifier(code: str, org_ref: str) -> str:
    """The project code when it already starts with an organisation prefix, else "<org-ref>-<code>"
    with the characters IATI forbids in identifiers ("/", "&", "|", "?") replaced by "-"."""
    if code.startswith(org_ref + "-") or _ORG_PREFIX.match(code):
        return code
    return f"{org_ref}-{_FORBIDDEN_IN_IDENTIFIER.sub('-', code)}"
