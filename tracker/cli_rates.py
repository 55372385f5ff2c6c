"""`tracker rates ACTION ...`: the table of exchange rates imported from a downloaded file (the
UN Treasury's monthly list, or a plain table), listed, set by hand or deleted, through the
store's rate operations (the same the app's Exchange Rates window uses). Registered by
tracker.cli.build_parser."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from decimal import Decimal, localcontext
from typing import Any

from tracker.cli import _open, _print_json, _print_problems, _table, currency, iso_date, rate, shown_number
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate
from tracker.domain.rates import UN_OPERATIONAL_RATES, ExchangeRate

SHOWN_DIGITS = 7  # significant digits of units per US$ shown (the US$ value itself is shown whole)


def units_per_usd(usd_per_unit: Decimal) -> Decimal:
    """The units one US$ buys, to SHOWN_DIGITS significant digits (what the UN's list shows)."""
    with localcontext() as context:
        context.prec = SHOWN_DIGITS
        value = (Decimal(1) / usd_per_unit).normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value  # type: ignore[operator]


def _row(rate: ExchangeRate) -> dict[str, Any]:
    return {"currency": rate.currency, "valid_from": rate.valid_from.isoformat(), "usd_per_unit": str(rate.usd_per_unit),
            "units_per_usd": str(units_per_usd(rate.usd_per_unit)), "source": rate.source, "uuid": rate.uuid}


def _describe(rate: ExchangeRate) -> str:
    from tracker.exchange.rates_import import source_shown

    return translate("CliRates", "{currency} from {day}: {usd} US$ per unit ({units} per US$), source: {source}").format(
        currency=rate.currency, day=rate.valid_from.isoformat(), usd=shown_number(rate.usd_per_unit, None),
        units=shown_number(units_per_usd(rate.usd_per_unit), None), source=source_shown(rate.source) or "-")


# ---------------------------------------------------------------- actions


def _import(args: argparse.Namespace) -> int:
    from tracker.exchange.rates_import import import_rates
    from tracker.exchange.results import ImportRefused

    try:
        report = import_rates(args.file, source=args.source, dry_run=args.dry_run)
    except ImportRefused as exc:
        _print_problems(exc)
        raise
    print(report.summary())
    for line in report.currency_lines():
        print("  " + line)
    for note in report.notes:
        print("  " + translate("CliRates", "note: {note}").format(note=note))
    return 0


def _list(args: argparse.Namespace) -> int:
    from tracker.exchange.rates_import import source_shown
    from tracker.store.rates import list_rates

    rates = list_rates(args.currency, args.on)
    if args.json:
        _print_json([_row(r) for r in rates])
        return 0
    if not rates:
        if args.currency or args.on:
            print(translate("CliRates", "no exchange rate matches; tracker rates list shows them all"))
        else:
            print(translate("CliRates", "no exchange rates yet: import the UN's monthly list with tracker rates import FILE"))
        return 0
    _table(
        [translate("CliRates", "Currency"), translate("CliRates", "Valid from"), translate("CliRates", "US$ per unit"),
         translate("CliRates", "Units per US$"), translate("CliRates", "Source")],
        [[r.currency, r.valid_from.isoformat(), shown_number(r.usd_per_unit, None), shown_number(units_per_usd(r.usd_per_unit), None),
          source_shown(r.source)] for r in rates],
        right={2, 3},
    )
    return 0


def _find(code: str, day: dt.date) -> ExchangeRate:
    from tracker.store.rates import list_rates

    found = next((r for r in list_rates(code) if r.valid_from == day), None)
    if found is None:
        raise DomainError(translate("CliRates", "no rate of {currency} from {day} (tracker rates list --currency {currency} lists its "
                                                "rates)").format(currency=code, day=day.isoformat()))
    return found


def _set(args: argparse.Namespace) -> int:
    from tracker.store.rates import list_rates, save_rates

    source = (args.source or "").strip() or UN_OPERATIONAL_RATES
    rate_record = ExchangeRate(args.currency, args.day, args.usd_per_unit, source)
    saved = save_rates([rate_record])
    stored = next(r for r in list_rates(args.currency) if r.valid_from == args.day)
    if saved.added:
        text = translate("CliRates", "added the rate of {rate}")
    elif saved.changed:
        text = translate("CliRates", "corrected the rate of {rate}")
    else:
        text = translate("CliRates", "unchanged: {rate}")
    print(text.format(rate=_describe(stored)))
    return 0


def _delete(args: argparse.Namespace) -> int:
    from tracker.store.rates import delete_rate

    found = _find(args.currency, args.day)
    delete_rate(found.uuid)
    print(translate("CliRates", "deleted the rate of {rate}; amounts recorded at it keep their rate").format(rate=_describe(found)))
    return 0


def cmd_rates(args: argparse.Namespace) -> int:
    _open(args)
    return {"import": _import, "list": _list, "set": _set, "delete": _delete}[args.action](args)


# ---------------------------------------------------------------- parser


def add_rates_command(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
                      common: argparse.ArgumentParser) -> None:
    """The `rates` command, added through build_parser's `add`."""
    sub = add("rates", cmd_rates, translate("CliHelp", "exchange rates by date: import the UN's monthly list, list, set or delete a rate"))
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, help=help_text, description=help_text, parents=[common])

    parser = action("import", translate("CliHelp", "import a file of rates: the UN Treasury's list of operational rates of exchange (XML "
                                                   "or Excel, as downloaded) or a table with the columns currency, date and usd_per_unit "
                                                   "or units_per_usd (.csv or .xlsx)"))
    parser.add_argument("file", metavar="FILE", help=translate("CliHelp", "the file of rates"))
    parser.add_argument("--source", metavar="NAME",
                        help=translate("CliHelp", "where a table's rates come from (default: the file's name; the UN's list is "
                                                  "recorded as UN operational rates)"))
    parser.add_argument("--dry-run", action="store_true", help=translate("CliHelp", "check everything and report, writing nothing"))

    parser = action("list", translate("CliHelp", "list the rates, in US$ per unit and units per US$"))
    parser.add_argument("--currency", type=currency, metavar="CUR", help=translate("CliHelp", "only this currency's rates"))
    parser.add_argument("--on", type=iso_date, metavar="DATE", help=translate("CliHelp", "only the rate of each currency in force on "
                                                                                         "this day"))
    parser.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))

    parser = action("set", translate("CliHelp", "add a rate, or correct the rate of a currency on a date"))
    parser.add_argument("currency", type=currency, metavar="CUR", help=translate("CliHelp", "the currency, e.g. EUR"))
    parser.add_argument("day", type=iso_date, metavar="DATE", help=translate("CliHelp", "the day it applies from, YYYY-MM-DD"))
    parser.add_argument("usd_per_unit", type=rate, metavar="USD_PER_UNIT",
                        help=translate("CliHelp", "the US$ value of one unit, written as in your language (e.g. {example} for "
                                                  "EUR)").format(example=shown_number(Decimal("1.08"))))
    parser.add_argument("--source", metavar="NAME", help=translate("CliHelp", "where the rate comes from (default: UN operational rates)"))

    parser = action("delete", translate("CliHelp", "delete the rate of a currency on a date (amounts recorded at it keep their rate)"))
    parser.add_argument("currency", type=currency, metavar="CUR", help=translate("CliHelp", "the currency, e.g. EUR"))
    parser.add_argument("day", type=iso_date, metavar="DATE", help=translate("CliHelp", "the day the rate applies from, YYYY-MM-DD"))
