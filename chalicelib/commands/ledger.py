"""``import-ledger FILE.csv``: load a ledger exported from any accounting system."""

from __future__ import annotations

import argparse
from pathlib import Path

from chalicelib.adapters.csv_ledger import LedgerFileError, read_ledger
from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.services.ledger import import_ledger


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import-ledger",
        help="import open invoices from a CSV file (columns in the README)",
        description="Good rows are kept; each bad row is reported with its line number and writes nothing.",
    )
    parser.add_argument("file", type=Path, help="CSV file with a header row")
    add_tenant_arg(parser)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    if not args.file.exists():
        print(f"no such file: {args.file}")
        return 2
    with services() as c:
        try:
            report = import_ledger(c.repo, c.clock, args.tenant, read_ledger(args.file, args.tenant))
        except (LedgerFileError, LookupError) as exc:
            print(f"error: {exc}")
            return 2
    for error in report.errors:
        print(f"line {error.line}: {error.message}")
    print(
        f"imported {report.imported} invoice(s) for {len(report.customers)} customer(s); "
        f"{len(report.errors)} row(s) rejected; {report.cases_open} open case(s)"
    )
    return 1 if report.errors else 0
