"""`tracker partners` and `tracker partner ACTION ...`: the funding partners listed, added,
edited, deactivated or activated again, and two records of one partner merged, through the
store's partner operations (the same the app's Funding Partners window uses). Registered by
tracker.cli.build_parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from tracker.cli import _arg, _open, _print_json, _table, _yes_no, shown_number
from tracker.domain.classifications import NonStateKind, PartnerCategory
from tracker.domain.codelists import country_code
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate


@_arg
def category(text: str) -> PartnerCategory:
    """A category by its code or label, in any case ("un", "UN agency or multi-partner trust fund")."""
    try:
        return PartnerCategory.parse(text)
    except ValueError:
        valid = "; ".join(f"{c.value} ({c.label})" for c in PartnerCategory)
        raise ValueError(translate("CliPartners", "'{text}' is not a partner category; use one of: {categories}").format(
            text=text, categories=valid)) from None


@_arg
def non_state_kind(text: str) -> NonStateKind:
    return NonStateKind.parse(text)


@_arg
def country(text: str) -> str:
    return "" if not text.strip() else country_code(text)


@_arg
def language(text: str) -> str:
    from tracker.store.partners import reporting_language_code

    return reporting_language_code(text)


# ---------------------------------------------------------------- showing


def _row(partner: Any, funding_lines: int) -> dict[str, Any]:
    return {
        "code": partner.code,
        "name": partner.name,
        "category": partner.category.value,
        "non_state_kind": partner.non_state_kind.value if partner.non_state_kind else None,
        "country": partner.country or None,
        "active": partner.active,
        "reporting_language": partner.reporting_language,
        "funding_lines": funding_lines,
        "uuid": partner.uuid,
    }


def cmd_partners(args: argparse.Namespace) -> int:
    from tracker.store.partners import partner_rows

    _open(args)
    rows = partner_rows(include_inactive=args.all)
    if args.json:
        _print_json([_row(row.partner, row.funding_lines) for row in rows])
        return 0
    if not rows:
        print(translate("CliPartners", "no partners") if args.all
              else translate("CliPartners", "no partners are active (--all lists the deactivated ones too)"))
        return 0
    _table(
        [translate("CliPartners", "Code"), translate("CliPartners", "Name"), translate("CliPartners", "Category"),
         translate("CliPartners", "Country"), translate("CliPartners", "Language"), translate("CliPartners", "Active"),
         translate("CliPartners", "Funding lines")],
        [[row.partner.code, row.partner.name, row.partner.category.label, row.partner.country, row.partner.reporting_language,
          _yes_no(row.partner.active), shown_number(row.funding_lines, 0)] for row in rows],
        right={6},
    )
    return 0


def _describe(partner: Any) -> str:
    kind = f", {partner.non_state_kind.label.lower()}" if partner.non_state_kind else ""
    where = f", {partner.country}" if partner.country else ""
    state = "" if partner.active else " " + translate("CliPartners", "(deactivated)")
    return f"{partner.code}: {partner.name} ({partner.category.label}{kind}{where}){state}"


# ---------------------------------------------------------------- actions


def _add(args: argparse.Namespace) -> int:
    from tracker.domain.project import Partner
    from tracker.store.partners import save_partner

    if args.category is PartnerCategory.NON_STATE and args.non_state_kind is None:
        # The domain's sentence names the field; here the option and its values are what helps.
        raise DomainError(translate("CliPartners", "partner {code}: a non-state actor needs --non-state-kind, one of: {kinds}").format(
            code=args.code.strip(), kinds=", ".join(NonStateKind.codes())))
    saved = save_partner(Partner(args.code.strip(), args.name.strip(), args.category, args.non_state_kind, args.country or "",
                                 reporting_language=args.language or "en"))
    print(translate("CliPartners", "added partner {partner}").format(partner=_describe(saved)))
    return 0


def _edit(args: argparse.Namespace) -> int:
    import dataclasses

    from tracker.store.partners import find_partner_by_code, save_partner

    partner = find_partner_by_code(args.code)
    changes: dict[str, Any] = {}
    if args.new_code is not None:
        changes["code"] = args.new_code.strip()
    if args.name is not None:
        changes["name"] = args.name.strip()
    if args.category is not None:
        changes["category"] = args.category
        if args.category is not PartnerCategory.NON_STATE and args.non_state_kind is None:
            changes["non_state_kind"] = None  # only non-state actors have one
    if args.non_state_kind is not None:
        changes["non_state_kind"] = args.non_state_kind
    if args.country is not None:
        changes["country"] = args.country
    if args.language is not None:
        changes["reporting_language"] = args.language
    if not changes:
        print(translate("CliPartners", "nothing to change: give --name, --code, --category, --non-state-kind, --country or "
                                       "--language ({partner})").format(partner=_describe(partner)))
        return 0
    saved = save_partner(dataclasses.replace(partner, **changes))
    print(translate("CliPartners", "changed partner {partner}").format(partner=_describe(saved)))
    return 0


def _set_active(args: argparse.Namespace, active: bool) -> int:
    from tracker.store.partners import set_partner_active

    saved = set_partner_active(args.code, active)
    if active:
        print(translate("CliPartners", "partner {code} is active: it is offered for new funding lines again").format(code=saved.code))
    else:
        print(translate("CliPartners", "partner {code} is deactivated: its funding stays, new funding lines are not offered it")
              .format(code=saved.code))
    return 0


def _lines(count: int) -> str:
    return translate("CliPartners", "{count} funding line(s)", "", count).format(count=shown_number(count, 0))


def _merge(args: argparse.Namespace) -> int:
    from tracker.store.partners import merge_partners, plan_merge

    plan = plan_merge(args.source, args.target) if not args.yes else merge_partners(args.source, args.target)
    source, target = plan.source, plan.target
    unearmarked = plan.lines_by_project.get("", 0)
    detail = ", ".join(f"{code} ({plan.lines_by_project[code]})" for code in plan.projects)
    if unearmarked:
        detail = ", ".join(filter(None, [detail, translate("CliPartners", "unearmarked funding ({count})").format(count=unearmarked)]))
    moved = _lines(plan.funding_lines) + (f": {detail}" if detail else "")
    if not args.yes:
        print(translate("CliPartners", "would move {moved} from {source} ({source_name}) to {target} ({target_name}) and delete "
                                       "partner {source}; nothing was changed (add --yes to merge)").format(
            moved=moved, source=source.code, source_name=source.name, target=target.code, target_name=target.name))
        return 0
    print(translate("CliPartners", "merged partner {source} into {target}: moved {moved}; partner {source} deleted").format(
        source=source.code, target=target.code, moved=moved))
    return 0


def cmd_partner(args: argparse.Namespace) -> int:
    _open(args)
    if args.action == "add":
        return _add(args)
    if args.action == "edit":
        return _edit(args)
    if args.action in ("deactivate", "activate"):
        return _set_active(args, args.action == "activate")
    return _merge(args)


# ---------------------------------------------------------------- parser

CATEGORIES = ", ".join(PartnerCategory.codes())


def add_partner_commands(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
                         common: argparse.ArgumentParser) -> None:
    """The `partners` and `partner` commands, added through build_parser's `add`."""
    sub = add("partners", cmd_partners, translate("CliHelp", "list the funding partners (the active ones; --all for every one)"))
    sub.add_argument("--all", action="store_true", help=translate("CliHelp", "include deactivated partners"))
    sub.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))

    sub = add("partner", cmd_partner, translate("CliHelp", "a funding partner: add, edit, deactivate, activate, or merge two records of "
                                                           "one partner"))
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, help=help_text, description=help_text, parents=[common])

    def details(parser: argparse.ArgumentParser, *, required: bool) -> None:
        parser.add_argument("--category", type=category, required=required, metavar="CATEGORY",
                            help=translate("CliHelp", "{categories} (code or label, any case)").format(categories=CATEGORIES))
        parser.add_argument("--non-state-kind", type=non_state_kind, metavar="KIND",
                            help=translate("CliHelp", "for a non-state actor: {kinds}").format(kinds=", ".join(NonStateKind.codes())))
        parser.add_argument("--country", type=country, metavar="COUNTRY", help=translate("CliHelp", "its country: ISO code or name"))
        parser.add_argument("--language", type=language, metavar="LANGUAGE",
                            help=translate("CliHelp", "the language of its reports: en, fr or es (default en)"))

    partner_code = translate("CliHelp", "the partner's code")
    parser = action("add", translate("CliHelp", "add a funding partner"))
    parser.add_argument("code", metavar="CODE", help=translate("CliHelp", "a short code, e.g. LUX"))
    parser.add_argument("name", metavar="NAME", help=translate("CliHelp", "its name, e.g. Luxembourg"))
    details(parser, required=True)

    parser = action("edit", translate("CliHelp", "change a funding partner's code, name, category or country"))
    parser.add_argument("code", metavar="CODE", help=partner_code)
    parser.add_argument("--code", dest="new_code", metavar="NEW_CODE", help=translate("CliHelp", "its new code"))
    parser.add_argument("--name", metavar="NAME", help=translate("CliHelp", "its new name"))
    details(parser, required=False)

    parser = action("deactivate", translate("CliHelp", "stop offering a partner for new funding lines (its funding stays)"))
    parser.add_argument("code", metavar="CODE", help=partner_code)
    parser = action("activate", translate("CliHelp", "offer a deactivated partner for new funding lines again"))
    parser.add_argument("code", metavar="CODE", help=partner_code)

    parser = action("merge", translate("CliHelp", "merge two records of one partner: FROM's funding moves to INTO and FROM is deleted"))
    parser.add_argument("source", metavar="FROM", help=translate("CliHelp", "the code of the partner record that goes"))
    parser.add_argument("target", metavar="INTO", help=translate("CliHelp", "the code of the partner record that stays"))
    parser.add_argument("--yes", action="store_true", help=translate("CliHelp", "merge (without it: show what would move, change nothing)"))
