"""``cash apply|reviews``: apply received payments to the tenant's ledger, and list what needs a person."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from pydantic import ValidationError

from chalicelib.adapters.pinyin_names import pinyin_romanize
from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.domain.ledger import Payment
from chalicelib.services.cash import REVIEW_KIND, CashReport, CashReview, apply_cash, apply_pending


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("cash", help="apply received payments (cash application) and list reviews")
    actions = parser.add_subparsers(dest="action", required=True)
    apply = actions.add_parser(
        "apply", help="apply payments from a JSON file (the match contract's payment format)"
    )
    apply.add_argument("payments", type=Path)
    add_tenant_arg(apply)
    apply.set_defaults(handler=_apply)
    pending = actions.add_parser(
        "pending", help="apply the payments Stripe and QuickBooks reported without an invoice, now"
    )
    add_tenant_arg(pending)
    pending.set_defaults(handler=_pending)
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
        # Local mode's write-back goes to the QuickBooks and Stripe twins, which record what they would be told.
        report = apply_cash(
            c.repo,
            c.clock,
            c.cash_writeback(),
            tenant,
            payments,
            name_similarity=rapidfuzz_similarity,
            romanize=pinyin_romanize,
        )
    _print(report)
    return 1 if bad else 0


def _print(report: CashReport) -> None:
    for result in report.results:
        applied = ", ".join(f"{a.invoice_id} {a.amount}" for a in result.applications) or "-"
        print(f"{result.payment_id}: {result.status.value} [{applied}] {result.reason}")
    for pid in report.skipped_duplicates:
        print(f"{pid}: already processed, skipped")


def _pending(args: argparse.Namespace) -> int:
    with services() as c:
        tenant = c.repo.get_tenant(args.tenant)
        if tenant is None:
            print(f"unknown tenant {args.tenant}")
            return 2
        report = apply_pending(
            c.repo,
            c.clock,
            c.cash_writeback(),
            tenant,
            name_similarity=rapidfuzz_similarity,
            romanize=pinyin_romanize,
        )
    for payment_id, message_id in report.linked:
        print(f"{payment_id}: linked to the remittance advice in {message_id}")
    _print(report.cash)
    _print(report.rematched)
    print(
        f"{len(report.cash.results)} payment(s) decided, {len(report.rematched.results)} re-matched, "
        f"{report.written_back} write-back(s) retried"
    )
    return 0


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
