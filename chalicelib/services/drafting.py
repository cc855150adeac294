"""Turning a decision into a message: template, optional personalisation, grounding, guardrails.

The template is the floor: it always exists for a supported language and states the facts exactly. An
optional personaliser (Bedrock) may rewrite the prose; the rewrite is kept only if every amount, date and
invoice number of the template survives verbatim and nothing not in the ledger was added. Whatever text
wins then passes ``GuardrailsCheck``: the domain guardrails (``check_draft``) and numeric grounding
(``check_grounding``: every amount, date and invoice number must be the case's). A blocked text is never sent
or proposed; the same check serves a person's edit.

Amounts are written as plain decimals with the ISO code ("1234.50 EUR") and dates as ISO dates in every
language: unambiguous for any reader, and exactly checkable against the ledger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from chalicelib.domain.case import Case
from chalicelib.domain.decision import Decision, Purpose, Tone
from chalicelib.domain.documents import LABELS, DocumentKind
from chalicelib.domain.grounding import GroundingFacts, check_grounding
from chalicelib.domain.guardrails import check_draft
from chalicelib.domain.ledger import Customer, Invoice
from chalicelib.domain.money import quantize
from chalicelib.domain.tenant import Tenant

LANGUAGES = ("en", "es", "fr", "de", "pt", "nl")
DEFAULT_LANGUAGE = "en"


class TemplateRenderer(Protocol):
    """Renders ``<language>/<purpose>_<tone>`` with the draft context; returns (subject, body)."""

    def render(
        self, language: str, purpose: Purpose, tone: Tone, context: dict[str, Any]
    ) -> tuple[str, str]: ...


class Personaliser(Protocol):
    """Rewrites a draft's prose (an LLM); returns (subject, body) or None when it has nothing better."""

    def rewrite(
        self, subject: str, body: str, *, language: str, must_keep: list[str]
    ) -> tuple[str, str] | None: ...


class DraftGuard(Protocol):
    """The guardrails and numeric grounding every outbound text passes. Returns the violations (empty = ok)."""

    def check(self, subject: str, body: str, *, ledger: LedgerFacts) -> list[str]: ...


class DraftBlockedError(Exception):
    """No text for this decision passed the guardrails; a person must write it."""

    def __init__(self, violations: list[str]) -> None:
        super().__init__(f"draft blocked by guardrails: {', '.join(violations)}")
        self.violations = violations


def format_amount(amount: Decimal, currency: str) -> str:
    return f"{format(quantize(amount, currency), 'f')} {currency}"


@dataclass(frozen=True)
class LedgerFacts:
    """What a message about this case may state: the exact strings the template used, from the ledger."""

    invoice_numbers: tuple[str, ...]
    amounts: tuple[str, ...]  # formatted amounts, "1234.50 EUR"
    dates: tuple[str, ...]  # ISO dates
    raw_amounts: tuple[tuple[Decimal, str], ...] = ()
    raw_dates: tuple[date, ...] = ()
    other_customer_names: tuple[str, ...] = ()
    # The customer's today: relative and partial dates in a text are read against it.
    today: date | None = None

    def must_keep(self) -> list[str]:
        return [*self.invoice_numbers, *self.amounts, *self.dates]


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    language: str
    source: str  # template | personalised
    ledger: LedgerFacts
    notes: tuple[str, ...] = field(default=())


def language_for(customer: Customer) -> str:
    return customer.language if customer.language in LANGUAGES else DEFAULT_LANGUAGE


def draft_context(
    tenant: Tenant,
    customer: Customer,
    case: Case,
    invoices: list[Invoice],
    decision: Decision,
    *,
    today: date,
) -> tuple[dict[str, Any], LedgerFacts]:
    chosen = set(decision.invoice_ids)
    rows = sorted((i for i in invoices if i.invoice_id in chosen), key=lambda i: (i.due_date, i.number))
    totals: dict[str, Decimal] = {}
    for inv in rows:
        totals[inv.currency] = totals.get(inv.currency, Decimal(0)) + inv.balance
    table = [
        {
            "number": inv.number,
            "issue_date": inv.issue_date.isoformat(),
            "due_date": inv.due_date.isoformat(),
            "days_overdue": max(0, inv.days_overdue(today)),
            "days_to_due": max(0, (inv.due_date - today).days),
            "balance": format_amount(inv.balance, inv.currency),
            "pay_url": inv.pay_url,
        }
        for inv in rows
    ]
    total_strings = [format_amount(v, k) for k, v in sorted(totals.items())]
    contact = customer.reachable_contacts()[0] if customer.reachable_contacts() else None
    promise = case.promise
    # A broken promise is no longer on the case when its follow-up is drafted; the decision kept its date.
    promise_due = promise.due.isoformat() if promise else None
    promise_due = promise_due or decision.facts.get("promise_due") or decision.facts.get("broken_promise_due")
    context: dict[str, Any] = {
        "tenant_name": tenant.name,
        "signature": tenant.signature or tenant.name,
        "customer_name": customer.name,
        "contact_name": contact.name if contact and contact.name else None,
        "invoices": table,
        "totals": total_strings,
        "pay_links": list(dict.fromkeys(r["pay_url"] for r in table if r["pay_url"])),
        "documents": [LABELS[DocumentKind(kind)] for kind in decision.documents],
        "promise_due": promise_due,
        "promise_amount": (
            format_amount(promise.amount, promise.currency)
            if promise and promise.amount and promise.currency
            else None
        ),
    }
    dates = [d.isoformat() for inv in rows for d in (inv.issue_date, inv.due_date)]
    amounts = [format_amount(inv.balance, inv.currency) for inv in rows] + total_strings
    raw_amounts = [(inv.balance, inv.currency) for inv in rows] + [(v, k) for k, v in totals.items()]
    raw_dates = [d for inv in rows for d in (inv.issue_date, inv.due_date)]
    if promise_due:
        dates.append(promise_due)
        raw_dates.append(date.fromisoformat(promise_due))
    if promise is not None and promise.amount is not None and promise.currency:
        amounts.append(format_amount(promise.amount, promise.currency))
        raw_amounts.append((promise.amount, promise.currency))
    ledger = LedgerFacts(
        invoice_numbers=tuple(inv.number for inv in rows),
        amounts=tuple(dict.fromkeys(amounts)),
        dates=tuple(dict.fromkeys(dates)),
        raw_amounts=tuple(raw_amounts),
        raw_dates=tuple(raw_dates),
        today=today,
    )
    return context, ledger


def kept_every_fact(text: str, ledger: LedgerFacts, template_text: str) -> list[str]:
    """What a rewrite dropped: every fact the template stated must still be there, verbatim."""
    return [fact for fact in ledger.must_keep() if fact in template_text and fact not in text]


def _digit_tokens(text: str) -> set[str]:
    return set(re.findall(r"[\w.,\-/]*\d[\w.,\-/]*", text))


def added_numbers(text: str, template_text: str) -> list[str]:
    """Numbers a rewrite introduced that the template did not contain (an invented amount or date)."""
    allowed = _digit_tokens(template_text)
    return sorted(tok.strip(".,") for tok in _digit_tokens(text) - allowed if tok.strip(".,") not in allowed)


def make_draft(
    renderer: TemplateRenderer,
    guard: DraftGuard,
    *,
    tenant: Tenant,
    customer: Customer,
    case: Case,
    invoices: list[Invoice],
    decision: Decision,
    today: date,
    other_customer_names: tuple[str, ...] = (),
    personaliser: Personaliser | None = None,
) -> Draft:
    """The text for a SEND decision: personalised if that is safe, else the template; always guarded."""
    if decision.purpose is None or decision.tone is None:
        raise ValueError(f"decision {decision.kind} has no message to draft")
    language = language_for(customer)
    context, ledger = draft_context(tenant, customer, case, invoices, decision, today=today)
    ledger = LedgerFacts(**{**ledger.__dict__, "other_customer_names": other_customer_names})
    subject, body = renderer.render(language, decision.purpose, decision.tone, context)
    notes: list[str] = []
    if personaliser is not None:
        rewritten = personaliser.rewrite(subject, body, language=language, must_keep=ledger.must_keep())
        if rewritten is None:
            notes.append("personalisation unavailable; template used")
        else:
            new_subject, new_body = rewritten
            template_text = f"{subject}\n{body}"
            new_text = f"{new_subject}\n{new_body}"
            dropped = kept_every_fact(new_text, ledger, template_text)
            # A true ledger fact the template left out (an issue date) is not an invention.
            invented = added_numbers(new_text, "\n".join([template_text, *ledger.must_keep()]))
            violations = [] if dropped or invented else guard.check(new_subject, new_body, ledger=ledger)
            if dropped:
                notes.append(f"personalised text dropped {', '.join(dropped)}; template used")
            elif invented:
                notes.append(f"personalised text added {', '.join(invented)}; template used")
            elif violations:
                notes.append(f"personalised text blocked ({', '.join(violations)}); template used")
            else:
                return Draft(new_subject, new_body, language, "personalised", ledger, tuple(notes))
    violations = guard.check(subject, body, ledger=ledger)
    if violations:
        raise DraftBlockedError(violations)
    return Draft(subject, body, language, "template", ledger, tuple(notes))


class GuardrailsCheck:
    """The DraftGuard every flow uses: the domain guardrails, plus numeric grounding against the case."""

    def check(self, subject: str, body: str, *, ledger: LedgerFacts) -> list[str]:
        verdict = check_draft(subject, body, other_customer_names=ledger.other_customer_names)
        violations = [v.value for v in verdict.violations]
        facts = GroundingFacts(
            amounts=frozenset(ledger.raw_amounts),
            dates=frozenset(ledger.raw_dates),
            invoice_numbers=frozenset(ledger.invoice_numbers),
        )
        today = ledger.today or max(ledger.raw_dates, default=date.min)
        issues = check_grounding(f"{subject}\n{body}", facts, today=today)
        return violations + [f"ungrounded {issue}" for issue in issues]
