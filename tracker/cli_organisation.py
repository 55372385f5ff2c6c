"""`tracker organisation show` and `tracker organisation set KEY VALUE`: the organisation's
settings (who it publishes as in IATI, its contact, the default flow, finance, aid and tied-aid
types of each funding modality), read and saved through tracker.store.organisation, the same
operations as the app's Tools > Organisation Settings…. Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable

from tracker.cli import _open, _print_json, _table
from tracker.domain import iati_lists as lists
from tracker.domain.classifications import FundingModality
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate
from tracker.domain.organisation import OrganisationSettings

# The settings a user names on the command line, with the IATI codelist each code comes from.
TEXT_KEYS = ("reporting_org_ref", "reporting_org_name", "reporting_org_type", "contact_organisation", "contact_department",
             "contact_person", "contact_telephone", "contact_email", "contact_website", "contact_address")
CODED = {"reporting_org_type": lists.ORGANISATION_TYPE}
AID_TYPE_KEYS = {"flow_type": lists.FLOW_TYPE, "finance_type": lists.FINANCE_TYPE, "aid_type": lists.AID_TYPE,
                 "tied_status": lists.TIED_STATUS}


def _shown_key(key: str) -> str:
    return key.replace("_", "-")


def _with_name(list_name: str | None, code: str) -> str:
    return f"{code} ({lists.code_name(list_name, code)})" if list_name and code else code


def _rows(settings: OrganisationSettings) -> list[tuple[str, str, str | None]]:
    """(key as typed, value, the codelist of a coded value) for every setting."""
    rows: list[tuple[str, str, str | None]] = [(_shown_key(k), getattr(settings, k), CODED.get(k)) for k in TEXT_KEYS]
    for modality in FundingModality:
        types = settings.aid_types_for(modality)
        rows += [(f"{modality.value}.{_shown_key(name)}", getattr(types, name), list_name) for name, list_name in AID_TYPE_KEYS.items()]
    return rows


def keys_text() -> str:
    modality_keys = ", ".join(f"MODALITY.{_shown_key(k)}" for k in AID_TYPE_KEYS)
    return translate("CliOrganisation", "{keys}; {modality_keys}, where MODALITY is one of {modalities}").format(
        keys=", ".join(_shown_key(k) for k in TEXT_KEYS), modality_keys=modality_keys,
        modalities=", ".join(m.value for m in FundingModality))


def with_value(settings: OrganisationSettings, key: str, value: str) -> OrganisationSettings:
    """The settings with `key` ("contact-email", "xb.aid-type") set to `value`; DomainError naming
    the keys there are when `key` is none of them."""
    name = key.strip().casefold().replace("-", "_")
    value = value.strip()
    if name in TEXT_KEYS:
        return dataclasses.replace(settings, **{name: value})  # type: ignore[arg-type]  # a text setting, by name
    modality_code, _dot, field = name.partition(".")
    if field in AID_TYPE_KEYS:
        try:
            modality = FundingModality.parse(modality_code)
        except ValueError:
            modality = None
        if modality is not None:
            aid_types = dict(settings.aid_types)
            aid_types[modality] = dataclasses.replace(settings.aid_types_for(modality), **{field: value.upper() if field == "aid_type" else value})
            return dataclasses.replace(settings, aid_types=aid_types)
    raise DomainError(translate("CliOrganisation", "'{key}' is not an organisation setting; the settings are: {keys}").format(
        key=key, keys=keys_text()))


def cmd_organisation(args: argparse.Namespace) -> int:
    from tracker.store.organisation import load_settings, save_settings

    _open(args)
    settings = load_settings()
    if args.action == "show":
        rows = _rows(settings)
        if args.json:
            _print_json({key: value for key, value, _list in rows})
            return 0
        _table([translate("CliOrganisation", "Setting"), translate("CliOrganisation", "Value")],
               [[key, _with_name(list_name, value)] for key, value, list_name in rows])
        return 0
    changed = with_value(settings, args.key, args.value)
    problems = changed.problems()
    if problems:
        raise DomainError("; ".join(p.message for p in problems))
    if not save_settings(changed):
        print(translate("CliOrganisation", "{key} is already {value}: nothing changed").format(key=_shown_key(args.key), value=args.value.strip()))
        return 0
    key = args.key.strip().casefold().replace("_", "-")
    shown = next((_with_name(list_name, value) for k, value, list_name in _rows(changed) if k == key), args.value.strip())
    print(translate("CliOrganisation", "{key} set to {value}").format(key=key, value=shown))
    return 0


def add_organisation_command(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
                             common: argparse.ArgumentParser) -> None:
    """The `organisation` command, added through build_parser's `add`."""
    sub = add("organisation", cmd_organisation, translate("CliHelp", "the organisation's settings for publishing: its IATI identifier, "
                                                                     "contact and default aid types by funding modality"))
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help=translate("CliHelp", "list the settings, with the names of their IATI codes"),
                              description=translate("CliHelp", "list the settings, with the names of their IATI codes"), parents=[common])
    show.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
    change = actions.add_parser("set", help=translate("CliHelp", "change one setting (checked, recorded in the audit trail)"),
                                description=translate("CliHelp", "change one setting (checked, recorded in the audit trail)"), parents=[common])
    change.add_argument("key", metavar="KEY", help=translate("CliHelp", "the setting: {keys}").format(keys=keys_text()))
    change.add_argument("value", metavar="VALUE", help=translate("CliHelp", "its new value; a code for a type (e.g. C01 for an aid type)"))

