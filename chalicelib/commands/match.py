"""``match``: the cash-application batch contract (shared/contracts/cash-application.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.domain.cashapp import OpenInvoice, ReceivedPayment, match_payments
from chalicelib.domain.money import ISO_CURRENCIES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("match", help="apply incoming payments to open invoices (cash application)")
    parser.add_argument("--invoices", type=Path, required=True, help="JSON list of open invoices")
    parser.add_argument("--payments", type=Path, required=True, help="JSON list of payments, oldest first")
    parser.add_argument("--out", type=Path, required=True, help="where to write one result per payment")
    parser.set_defaults(handler=_run)


def _invoices(raw: list[Any]) -> tuple[list[OpenInvoice], list[str]]:
    good, problems = [], []
    for n, row in enumerate(raw, 1):
        try:
            invoice = OpenInvoice.model_validate(row)
            if invoice.currency not in ISO_CURRENCIES or invoice.balance < 0:
                raise ValueError(f"currency {invoice.currency!r} or balance {invoice.balance} is not usable")
            good.append(invoice)
        except (ValidationError, ValueError) as exc:
            problems.append(f"invoice #{n}: {exc}".splitlines()[0])
    return good, problems


def _payments(raw: list[Any]) -> list[ReceivedPayment | Exception]:
    out: list[ReceivedPayment | Exception] = []
    for row in raw:
        try:
            out.append(ReceivedPayment.model_validate(row))
        except ValidationError as exc:
            pid = row.get("id") if isinstance(row, dict) else None
            out.append(ValueError(f"{pid or 'payment'}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}"))
    return out


def _run(args: argparse.Namespace) -> int:
    try:
        invoices_raw = json.loads(args.invoices.read_text(encoding="utf-8"))
        payments_raw = json.loads(args.payments.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: cannot read input: {exc}")
        return 2
    if not isinstance(invoices_raw, list) or not isinstance(payments_raw, list):
        print("error: both inputs must be JSON lists")
        return 2
    invoices, problems = _invoices(invoices_raw)
    for problem in problems:
        print(f"skipped {problem}")
    payments = _payments(payments_raw)
    results = match_payments(invoices, payments, name_similarity=rapidfuzz_similarity)
    # A payment line that could not be read keeps its own id in the output when it had one.
    out = []
    for raw, result in zip(payments_raw, results, strict=True):
        entry = result.to_contract()
        if result.error and isinstance(raw, dict) and raw.get("id") is not None:
            entry["payment_id"] = str(raw["id"])
        out.append(entry)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for entry in out:
        counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    print(f"{len(out)} payment(s): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0
