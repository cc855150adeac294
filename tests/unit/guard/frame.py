"""The frame the per-set guard tests put a sentence in: a reminder's subject, a greeting and a sign-off, so that
each test reads one sentence the way the rules read a whole draft."""

from __future__ import annotations

from chalicelib.domain.guardrails import GuardVerdict, Violation, check_draft

SUBJECT = "Reminder: invoice INV-1042"
# The violation types by their initials, in the contract's order, for the parametrised tables.
L, D, R, F, T, H, S = (
    Violation.LEGAL_THREAT,
    Violation.DISCOUNT_OFFER,
    Violation.REFUND_OR_CREDIT_PROMISE,
    Violation.FAULT_ADMISSION,
    Violation.TERMS_CHANGE,
    Violation.HARASSMENT,
    Violation.SENSITIVE_DATA,
)


def rules(body: str, subject: str = SUBJECT) -> GuardVerdict:
    """The rules' verdict alone (no second reader) on ``body`` inside the frame."""
    return check_draft(subject, f"Hello,\n\n{body}\n\nKind regards,\nAccounts Receivable", reader=None)


def types(body: str, subject: str = SUBJECT) -> set[Violation]:
    return set(rules(body, subject).violations)
