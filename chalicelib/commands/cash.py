"""``cash apply|reviews``: apply received payments to the tenant's ledger, and list what needs a person."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from pydantic import ValidationError

from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.adapters.writeback_fake import FakeCashWriteBack
from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.domain.ledger import Payment
from chalicelib.services.cash import REVIEW_KIND, CashReview, apply_cash


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("cash", help="apply received payments (cash application) and list reviews")
    actions = parser.add_subparsers(dest="action", required=True)
    apply = actions.add_parser(
        "apply", help="apply payments from a JSON file (the match contract's payment format)"
    )
    apply.add_argument("payments", type=Path)
    add_tenant_arg(apply)
    apply.set_defaults(handler=_apply)
    reviews = actions.add_parser("reviews", help="payments waiting for a person")
    add_tenant_arg(reviews)
    reviews.set_defaults(handler=_reviews)


def _apply(args: argparse.Namespace) -> int:
    rows = json.loads(args.payments.read_text(encoding="utf-8"))
    payments, bad = [], 0
    for n, row in enumerate(rows, 1):
        try:
            payments.append(
                Payment(
                    tenant_id=args.tenant,
                    payment_id=row["id"],
                    customer_id=row.get("customer_id"),
                    amount=Decimal(str(row["amount"])),
                    currency=row["currency"],
                    received_on=row["date"],
                    reference=row.get("reference"),
                    payer_name=row.get("payer_name"),
                    remittance=row.get("remittance"),
                )
            )
        except (KeyError, ValueError, ValidationError, ArithmeticError) as exc:
            bad += 1
            print(f"payment #{n}: not applied: {str(exc).splitlines()[0]}")
    with services() as c:
        tenant = c.repo.get_tenant(args.tenant)
        if tenant is None:
            print(f"unknown tenant {args.tenant}")
            return 2
        # Local mode records write-backs instead of calling QuickBooks or Stripe.
        report = apply_cash(
            c.repo, c.clock, FakeCashWriteBack(), tenant, payments, name_similarity=rapidfuzz_similarity
        )
    for result in report.results:
        applied = ", ".join(f"{a.invoice_id} {a.amount}" for a in result.applications) or "-"
        print(f"{result.payment_id}: {result.status.value} [{applied}] {result.reason}")
    for pid in report.skipped_duplicates:
        print(f"{pid}: already processed, skipped")
    return 1 if bad else 0


def _reviews(args: argparse.Namespace) -> int:
    with services() as c:
        reviews = c.repo.list_records(args.tenant, REVIEW_KIND, CashReview)
    for r in reviews:
        print(
            f"{r.payment.payment_id} {r.payment.amount} {r.payment.currency} from {r.payment.payer_name or '?'}: {r.reason}"
        )
        for candidate in r.candidates:
            print(f"    candidate: {', '.join(candidate)}")
    print(f"{len(reviews)} payment(s) to review")
    return 0
