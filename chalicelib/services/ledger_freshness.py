"""The default pre-send freshness check: re-read each invoice from our own copy of the ledger.

For file-sourced invoices our copy is the source. For Stripe and QuickBooks, a provider-specific check
re-reads the invoice at the provider instead (wired in the composition root); this one still stops a send
when a webhook has already updated our copy.
"""

from __future__ import annotations

from chalicelib.domain.outbound import OutboundEmail
from chalicelib.services.ports import Clock, Repository


class LedgerFreshnessCheck:
    def __init__(self, repo: Repository, clock: Clock) -> None:
        self._repo = repo
        self._clock = clock

    def __call__(self, email: OutboundEmail) -> str | None:
        today = self._clock.now().date()
        # A case is one customer's balance and its id is the customer id.
        for invoice_id in email.invoice_ids:
            invoice = self._repo.get_invoice(email.tenant_id, email.case_id, invoice_id)
            if invoice is None:
                return f"invoice {invoice_id} is no longer in the ledger"
            if not invoice.is_open:
                return f"invoice {invoice.number} is {invoice.status.value} (balance {invoice.balance}) since the decision"
            if invoice.pause is not None and invoice.is_paused(today):
                return f"invoice {invoice.number} was put on hold ({invoice.pause.reason}) since the decision"
        return None
