"""The organisation's own settings: who it publishes as (IATI reporting organisation and
contact) and the default types of its aid by funding modality. Kept in the database (the store's
organisation_setting table, audited) so that every office's copy publishes alike; field packages
do not carry them (headquarters sets them)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field

from tracker.domain.classifications import FundingModality
from tracker.domain.errors import FieldProblem
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class AidTypes:
    """The IATI default types an activity of a funding modality carries."""

    flow_type: str = "10"  # FlowType: ODA
    finance_type: str = "110"  # FinanceType: standard grant
    aid_type: str = "C01"  # AidType: project-type interventions
    tied_status: str = "5"  # TiedStatus: untied


# Technical cooperation grants are standard grants, project-type interventions, untied ODA,
# whichever way they are funded; an organisation can set another default per modality.
DEFAULT_AID_TYPES = AidTypes()


@dataclass
class OrganisationSettings:
    reporting_org_ref: str = "XM-DAC-41302"  # the ILO's OECD DAC channel code under XM-DAC
    reporting_org_name: str = "International Labour Organization"
    reporting_org_type: str = "40"  # OrganisationType: multilateral
    # The contact for the activities it publishes: the partnerships department.
    contact_organisation: str = "International Labour Organization"
    contact_department: str = "Department of Partnerships and Field Support (PARDEV)"
    contact_person: str = ""
    contact_email: str = "pardev@ilo.org"
    contact_telephone: str = "+41 22 799 7239"
    contact_website: str = "https://www.ilo.org/pardev"
    contact_address: str = "Route des Morillons 4, CH-1211 Geneva 22, Switzerland"
    aid_types: dict[FundingModality, AidTypes] = field(default_factory=dict)  # by modality; missing: DEFAULT_AID_TYPES

    def aid_types_for(self, modality: FundingModality | None) -> AidTypes:
        return self.aid_types.get(modality, DEFAULT_AID_TYPES) if modality is not None else DEFAULT_AID_TYPES

    def problems(self) -> list[FieldProblem]:
        found = []
        if not self.reporting_org_ref.strip():
            found.append(FieldProblem("reporting_org_ref", translate("Validation", "the organisation needs its IATI organisation identifier")))
        if not self.reporting_org_name.strip():
            found.append(FieldProblem("reporting_org_name", translate("Validation", "the organisation needs a name")))
        if self.contact_email and "@" not in self.contact_email:
            found.append(FieldProblem("contact_email", translate("Validation", "'{value}' is not an e-mail address").format(
                value=self.contact_email)))
        return found + self._code_problems()

    def _code_problems(self) -> list[FieldProblem]:
        """Each code that is not an active code of its IATI codelist, named with its list."""
        from tracker.domain import iati_lists as lists

        found = []
        if not lists.is_code(lists.ORGANISATION_TYPE, self.reporting_org_type):
            found.append(FieldProblem("reporting_org_type", translate("Validation", "'{code}' is not an IATI organisation type").format(
                code=self.reporting_org_type)))
        for modality, types in self.aid_types.items():
            for name, list_name, message in (
                ("flow_type", lists.FLOW_TYPE, QT_TRANSLATE_NOOP("Validation", "'{code}' is not an IATI flow type ({modality})")),
                ("finance_type", lists.FINANCE_TYPE, QT_TRANSLATE_NOOP("Validation", "'{code}' is not an IATI finance type ({modality})")),
                ("aid_type", lists.AID_TYPE, QT_TRANSLATE_NOOP("Validation", "'{code}' is not an IATI aid type ({modality})")),
                ("tied_status", lists.TIED_STATUS, QT_TRANSLATE_NOOP("Validation", "'{code}' is not an IATI tied-aid status ({modality})")),
            ):
                code = getattr(types, name)
                if not lists.is_code(list_name, code):
                    found.append(FieldProblem(f"aid_types.{modality.value}.{name}", translate("Validation", message).format(
                        code=code, modality=modality.label)))
        return found

    def to_pairs(self) -> dict[str, str]:
        """The settings as the store keeps them: key -> text."""
        pairs: dict[str, str] = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "aid_types"}
        for modality, types in self.aid_types.items():
            pairs[f"aid_types.{modality.value}"] = json.dumps(dataclasses.asdict(types), sort_keys=True)
        return pairs

    @classmethod
    def from_pairs(cls, pairs: dict[str, str]) -> OrganisationSettings:
        """Settings from the stored pairs; a key not stored keeps its default."""
        names = {f.name for f in dataclasses.fields(cls)} - {"aid_types"}
        settings = cls(**{k: v for k, v in pairs.items() if k in names})  # type: ignore[arg-type]
        for key, value in pairs.items():
            if key.startswith("aid_types."):
                modality = FundingModality.parse(key.split(".", 1)[1])
                settings.aid_types[modality] = AidTypes(**json.loads(value))
        return settings
