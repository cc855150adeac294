"""``FakeCashWriteBack``: the twin of the QuickBooks/Stripe write-back. Records what would be told; tells nothing."""

from __future__ import annotations

from decimal import Decimal

from chalicelib.domain.ledger import Invoice, Payment


class FakeCashWriteBack:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str, Decimal]] = []

    def record_application(self, tenant_id: str, invoice: Invoice, payment: Payment, amount: Decimal) -> None:
        self.calls.append((tenant_id, invoice.invoice_id, payment.payment_id, amount))
