"""Cash application: which open invoices an incoming payment pays (contract: shared/contracts/cash-application.md).

A wrong application is far worse than none: it hides a real debt and chases a customer who has paid. The
engine applies cash only when the evidence is unambiguous, holds a known customer's unexplained cash as
unapplied, and sends everything else to ``review`` with its best candidate invoice sets.

Evidence, strongest first:
1. invoice numbers in the payment reference or remittance text that are invoices of this currency (PO
   numbers, amounts and dates are not read as invoice numbers);
2. the customer: the bank's customer id, else the customer owning the referenced invoices, else a payer
   name that clearly matches one customer (legal suffixes, case and bank truncation ignored);
3. amounts: one invoice with exactly this balance, or exactly one set of the customer's open invoices that
   adds up to it (bounded subset sum over integer cents).

Bad input is per payment: a payment that cannot be read, a negative or zero amount, a duplicate payment id
or a currency no open invoice has gets status ``review`` with an ``error`` field, nothing applied, and the
rest of the batch goes on. (The contract's status set is closed; ``review`` is the one that means "a person
looks at this, nothing happened".) For an invalid amount ``unapplied`` is 0.00; otherwise applications plus
``unapplied`` always equal the payment. Unusable invoice rows are excluded and reported (``check_invoices``).

``candidates`` is a list of invoice-id lists, best first (at most five): each list is one set of invoices the
payment may pay. ``short_pay.reason`` is one of early_payment_discount, bank_fee, deduction, other.
Payers are never applied to on amount alone: an exact amount needs a customer (bank id or a clear name).
"""

from chalicelib.domain.cashapp.engine import check_invoices, match_payments
from chalicelib.domain.cashapp.models import (
    Application,
    MatchResult,
    OpenInvoice,
    PaymentError,
    ReceivedPayment,
    ShortPay,
    Status,
    read_invoices,
    read_payments,
)
from chalicelib.domain.cashapp.names import normalize_name, similarity

__all__ = [
    "Application",
    "MatchResult",
    "OpenInvoice",
    "PaymentError",
    "ReceivedPayment",
    "ShortPay",
    "Status",
    "check_invoices",
    "match_payments",
    "normalize_name",
    "read_invoices",
    "read_payments",
    "similarity",
]
