"""Right before a send: re-read each QuickBooks invoice at QuickBooks and stop if it is no longer owed as decided.

Webhooks from Intuit can arrive minutes late (or not at all, which is why a daily CDC pass exists); a reminder
for an invoice the customer paid an hour ago is the mistake a collections team is judged on. So the check asks
QuickBooks itself, keeps what it read as our copy, and refuses the send when the invoice was paid, voided or
changed since the decision. Not being able to ask is a reason not to send: the next sweep tries again.
Invoices from other sources are left to ``inner``; a tenant without a QuickBooks connection costs one read.
"""

from __future__ import annotations

from collections.abc import Callable

from chalicelib.domain.ledger import InvoiceSource, InvoiceStatus
from chalicelib.domain.outbound import OutboundEmail
from chalicelib.services.ports import FreshnessCheck, Repository
from chalicelib.services.quickbooks_sync import QboDeps, QboError, connection, upsert_invoice


class QboFreshnessCheck:
    def __init__(self, deps_factory: Callable[[], QboDeps], repo: Repository, inner: FreshnessCheck) -> None:
        self._deps_factory = deps_factory
        self._repo = repo
        self._inner = inner

    def __call__(self, email: OutboundEmail) -> str | None:
        conn = connection(self._repo, email.tenant_id)
        # The connection gate (QboConnectionGate) answers for a broken connection; only a live one is asked.
        if conn is not None and conn.status == "connected":
            for invoice_id in email.invoice_ids:
                reason = self._check(email, invoice_id)
                if reason:
                    return reason
        return self._inner(email)

    def _check(self, email: OutboundEmail, invoice_id: str) -> str | None:
        # A case is one customer's balance and its id is the customer id.
        held = self._repo.get_invoice(email.tenant_id, email.case_id, invoice_id)
        if held is None or held.source is not InvoiceSource.QUICKBOOKS:
            return None
        deps = self._deps_factory()
        try:
            current = deps.ledger.invoice(email.tenant_id, invoice_id)
        except QboError as exc:
            return f"QuickBooks could not confirm invoice {held.number} now ({exc})"
        if current is None:
            return f"invoice {held.number} no longer exists in QuickBooks"
        # Keep what QuickBooks said, so the case and the next decision see it too.
        upsert_invoice(deps, current)
        if current.status is not InvoiceStatus.OPEN or current.balance <= 0:
            return f"invoice {current.number} is {current.status.value} in QuickBooks since the decision"
        if current.customer_id != held.customer_id:
            return f"invoice {current.number} moved to another customer in QuickBooks since the decision"
        if current.balance != held.balance:
            return f"invoice {current.number} balance changed in QuickBooks ({held.balance} -> {current.balance})"
        return None
