"""The decision engine: from one case's facts and the tenant's policy, the one next thing to do, and why.

Deterministic and explainable. ``decide`` reads no clock and calls nothing; it returns a ``Decision`` whose
``reasons`` are sentences a finance person can read and whose ``facts`` are the numbers those sentences
used. The sweep stores both as a case event, so every message (or silence) can be traced to its inputs.

The rules, in order (the first that applies wins):

1. Data that does not add up (an invoice of another customer, a case listing invoices the ledger does not
   have, a negative balance) is never acted on: escalate.
2. States that belong to a person (escalated, paused, a dispute with every invoice on hold) mean nothing.
3. No one reachable to write to: escalate.
4. A promise: wait until it is due plus grace; confirm it once; a broken one gets a firm note, and too
   many broken promises escalate.
5. Otherwise chase the overdue invoices in one consolidated message, with a tone that depends on how late
   the oldest invoice is and how this customer usually pays: reliable payers get room (first nudge later and
   light), slow and erratic payers get earlier, firmer contact. A final notice left unanswered escalates.
6. Nothing overdue: risky payers may get a courtesy note before the due date (if the playbook enables it).

Every send also respects the cadence (min days between touches, max per week, time to answer) and the
customer's business hours in their own time zone; when those say "not yet", the decision is to wait.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field

from chalicelib.domain.case import Case, CaseState
from chalicelib.domain.ledger import Customer, Invoice, PayerSegment
from chalicelib.domain.policy import Playbook, Policy
from chalicelib.domain.reply_actions import CLAIM_WAIT_BUSINESS_DAYS, add_business_days
from chalicelib.domain.scheduling import within_contact_hours


class ActionKind(StrEnum):
    SEND = "send"
    WAIT = "wait"
    ESCALATE = "escalate"
    NOTHING = "nothing"


class Tone(StrEnum):
    FRIENDLY = "friendly"
    FIRM = "firm"
    FINAL = "final"


class Purpose(StrEnum):
    REMINDER = "reminder"
    PRE_DUE = "pre_due"
    PROMISE_CONFIRMATION = "promise_confirmation"
    COPY_INVOICE = "copy_invoice"
    BROKEN_PROMISE = "broken_promise"
    # After a failed card payment that only the customer can fix (Stripe payment failures):
    CONFIRM_PAYMENT = "confirm_payment"  # the bank wants the customer to authenticate on the pay page
    UPDATE_PAYMENT_METHOD = "update_payment_method"  # the card is expired, wrong or must not be retried
    # Answers to a reply: "we paid" that the ledger does not show yet, and a request for a standing document.
    REMITTANCE_REQUEST = "remittance_request"
    SEND_DOCUMENT = "send_document"


_TONE_RANK = {Tone.FRIENDLY: 0, Tone.FIRM: 1, Tone.FINAL: 2}


class ToneLadder(BaseModel):
    """Days past the oldest chased due date at which the tone steps up, and how long the first nudge waits."""

    model_config = ConfigDict(frozen=True)

    extra_room_days: int  # added to (or taken from) the playbook's first_reminder_after_days
    firm_after_days: int
    final_after_days: int


# Why these numbers: common AR practice is a light nudge in the first weeks, a firm one after a month and a
# final notice around 60 days; for customers who usually pay late or unpredictably each step comes sooner,
# because waiting has historically not made the money come.
LADDERS: dict[PayerSegment, ToneLadder] = {
    PayerSegment.RELIABLE: ToneLadder(extra_room_days=4, firm_after_days=30, final_after_days=60),
    PayerSegment.NEW: ToneLadder(extra_room_days=0, firm_after_days=21, final_after_days=45),
    PayerSegment.SLOW: ToneLadder(extra_room_days=-2, firm_after_days=10, final_after_days=30),
    PayerSegment.ERRATIC: ToneLadder(extra_room_days=-2, firm_after_days=7, final_after_days=30),
}
RISKY = frozenset({PayerSegment.SLOW, PayerSegment.ERRATIC})
LONG_TENURE_DAYS, LONG_TENURE_ROOM_DAYS = 2 * 365, 2


class ChaseHistory(BaseModel):
    """What the agent already said on this case (kept beside the case by the sweep)."""

    model_config = ConfigDict(frozen=True)

    reminders_sent: int = Field(default=0, ge=0)
    last_tone: Tone | None = None
    final_notice_at: datetime | None = None
    # Invoice ids that already had their courtesy pre-due note, so it is sent once per invoice.
    pre_due_sent: tuple[str, ...] = ()
    # The promise (by its due date) we already confirmed, and the broken promise count we already answered.
    promise_confirmed_for: date | None = None
    broken_answered: int = Field(default=0, ge=0)
    last_broken_promise_due: date | None = None
    # When our recent messages went out: with the case's last reply, how fast this customer answers.
    sent_at: tuple[datetime, ...] = ()


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: ActionKind
    purpose: Purpose | None = None
    tone: Tone | None = None
    wait_until: datetime | None = None
    escalation: str | None = None
    invoice_ids: tuple[str, ...] = ()
    # The promise the customer broke, if acting on it needs the case to record PromiseBroken first.
    breaks_promise: bool = False
    # A paused case whose pause has run out goes back to the chase before anything is sent.
    resumes: bool = False
    # The tenant's documents (kinds from ``domain.documents``) the message carries as attachments.
    documents: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    facts: dict[str, Any] = Field(default_factory=dict)

    @property
    def action_id(self) -> str:
        """Stable for one decision on one case, whoever repeats it (a redelivered message, a crash retry).

        Anchored on the last touch: until a message is recorded as sent, the same decision has the same id,
        so send-once recognises it; after a send the anchor moves and the next decision is a new action.
        """
        anchor = self.facts.get("last_touch_at") or "first"
        if self.facts.get("request_id"):
            # An answer to a customer's request: one per request, however often it is redelivered.
            anchor = f"req-{self.facts['request_id']}"
        elif self.purpose is Purpose.PROMISE_CONFIRMATION:
            anchor = f"{anchor}.{self.facts.get('promise_due')}"
        return f"{self.purpose or self.kind}.{self.tone or 'none'}.{anchor}".replace(":", "")

    def explain(self) -> str:
        return "; ".join(self.reasons)


class InconsistentCaseError(ValueError):
    """The case and its ledger disagree in a way the agent must not act on."""


def _money(amount: Decimal) -> str:
    return format(amount, "f")


def case_facts(
    case: Case, customer: Customer, invoices: list[Invoice], history: ChaseHistory, *, now: datetime
) -> dict[str, Any]:
    """The facts a decision may use, as plain JSON values (stored with the decision event)."""
    zone = ZoneInfo(customer.time_zone)
    today = now.astimezone(zone).date()
    chaseable = sorted((i for i in invoices if i.is_chaseable(today)), key=lambda i: i.due_date)
    paused = [i for i in invoices if i.is_overdue(today) and i.is_paused(today)]
    stats = customer.stats
    balances: dict[str, Decimal] = {}
    for inv in chaseable:
        balances[inv.currency] = balances.get(inv.currency, Decimal(0)) + inv.balance
    reply_lag_days: int | None = None
    if case.last_reply_at is not None:
        before = [t for t in history.sent_at if t <= case.last_reply_at]
        if before:
            reply_lag_days = (case.last_reply_at - max(before)).days
    return {
        "state": case.state.value,
        "reply_lag_days": reply_lag_days,
        "segment": stats.segment.value,
        "invoices_paid": stats.invoices_paid,
        "on_time_ratio": str(stats.on_time_ratio),
        "avg_days_late": str(stats.avg_days_late),
        "stdev_days_late": str(stats.stdev_days_late),
        "tenure_days": (today - customer.customer_since).days if customer.customer_since else None,
        "payment_terms": customer.payment_terms,
        "chased_invoices": [i.invoice_id for i in chaseable],
        "paused_invoices": [i.invoice_id for i in paused],
        "oldest_days_overdue": chaseable[0].days_overdue(today) if chaseable else None,
        "chased_balances": {k: _money(v) for k, v in sorted(balances.items())},
        "promise_due": case.promise.due.isoformat() if case.promise else None,
        "broken_promise_due": (
            history.last_broken_promise_due.isoformat() if history.last_broken_promise_due else None
        ),
        "broken_promises": case.broken_promises,
        "last_touch_at": case.last_touch_at.isoformat() if case.last_touch_at else None,
        "touches_last_7_days": sum(1 for t in case.recent_touches if now - t < timedelta(days=7)),
        "last_reply_at": case.last_reply_at.isoformat() if case.last_reply_at else None,
        "reminders_sent": history.reminders_sent,
        "last_tone": history.last_tone.value if history.last_tone else None,
        "time_zone": customer.time_zone,
        "locale": customer.locale,
        "local_date": today.isoformat(),
    }


def check_consistency(case: Case, customer: Customer, invoices: list[Invoice]) -> list[str]:
    """Why the case cannot be trusted, or an empty list."""
    problems: list[str] = []
    if customer.customer_id != case.customer_id or customer.tenant_id != case.tenant_id:
        problems.append(f"customer record {customer.customer_id} does not belong to case {case.case_id}")
    known = {i.invoice_id for i in invoices}
    for inv in invoices:
        if inv.customer_id != case.customer_id or inv.tenant_id != case.tenant_id:
            problems.append(f"invoice {inv.number} belongs to {inv.customer_id}, not {case.customer_id}")
    missing = sorted(set(case.invoice_ids) - known)
    if missing:
        problems.append(f"case lists invoice(s) the ledger does not have: {', '.join(missing)}")
    numbers: dict[str, str] = {}
    for inv in invoices:
        if inv.is_open and numbers.setdefault(inv.number, inv.invoice_id) != inv.invoice_id:
            problems.append(f"two open invoices share the number {inv.number}")
    return problems


def _tone_for(days_overdue: int, ladder: ToneLadder, history: ChaseHistory, *, risky: bool) -> Tone:
    # A final notice never comes out of the blue (two reminders first); a firm first message is kept for
    # payers whose history says a friendly one does not work.
    if days_overdue >= ladder.final_after_days and history.reminders_sent >= 2:
        tone = Tone.FINAL
    elif days_overdue >= ladder.firm_after_days and (history.reminders_sent >= 1 or risky):
        tone = Tone.FIRM
    else:
        tone = Tone.FRIENDLY
    # Never soften: after a firm message, a friendly one reads as if the first was a mistake.
    if history.last_tone is not None and _TONE_RANK[history.last_tone] > _TONE_RANK[tone]:
        tone = history.last_tone
    return tone


def _reply_wait_days(book: Playbook, reply_lag_days: int | None) -> tuple[int, str]:
    """How long to wait for an answer: the playbook's time, stretched for a customer known to answer slowly.

    A customer who last took ten days to answer is not ignoring a message after five; writing again then
    reads as nagging. The stretch is capped at twice the playbook's time so silence still gets a follow-up.
    """
    wait = book.cadence.reply_wait_days
    if reply_lag_days is not None and reply_lag_days + 1 > wait:
        stretched = min(reply_lag_days + 1, 2 * wait)
        return stretched, f"time to answer is {stretched} day(s) (this customer last took {reply_lag_days})"
    return wait, f"time to answer is {wait} day(s)"


def _cadence_gate(
    case: Case, book: Playbook, *, now: datetime, awaiting_reply: bool, reply_lag_days: int | None = None
) -> tuple[datetime | None, str | None]:
    """The earliest allowed next touch under the playbook's cadence, and why (None when allowed now)."""
    cadence = book.cadence
    blockers: list[tuple[datetime, str]] = []
    if case.last_touch_at is not None:
        if awaiting_reply:
            gap, label = _reply_wait_days(book, reply_lag_days)
        else:
            gap = cadence.min_days_between_touches
            label = f"minimum days between touches is {gap} day(s)"
        blockers.append((case.last_touch_at + timedelta(days=gap), label))
    week = sorted(t for t in case.recent_touches if now - t < timedelta(days=7))
    if len(week) >= cadence.max_touches_per_week:
        blockers.append(
            (
                week[-cadence.max_touches_per_week] + timedelta(days=7),
                f"already {len(week)} touch(es) this week (max {cadence.max_touches_per_week})",
            )
        )
    blocking = [(at, why) for at, why in blockers if at > now]
    if not blocking:
        return None, None
    at, why = max(blocking)
    return at, why


def _send_or_wait(
    base: Decision, case: Case, customer: Customer, policy: Policy, book: Playbook, *, now: datetime
) -> Decision:
    awaiting = case.state is CaseState.AWAITING_REPLY
    gate, why = _cadence_gate(
        case, book, now=now, awaiting_reply=awaiting, reply_lag_days=base.facts.get("reply_lag_days")
    )
    earliest = max(gate or now, now)
    in_hours = within_contact_hours(earliest, customer.time_zone, policy.contact_hours)
    if gate is None and in_hours == now:
        return base
    reasons = list(base.reasons)
    if gate is not None and why is not None:
        reasons.append(f"not yet: {why}")
    if in_hours != earliest:
        local = in_hours.astimezone(ZoneInfo(customer.time_zone))
        reasons.append(
            f"outside the customer's business hours; next slot {local:%a %Y-%m-%d %H:%M} {customer.time_zone}"
        )
    return Decision(
        kind=ActionKind.WAIT,
        purpose=base.purpose,
        tone=base.tone,
        wait_until=in_hours,
        invoice_ids=base.invoice_ids,
        reasons=tuple(reasons),
        facts=base.facts,
    )


def _start_of_day(day: date, zone: str) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(zone))


def decide(
    case: Case,
    *,
    customer: Customer,
    invoices: list[Invoice],
    policy: Policy,
    history: ChaseHistory,
    now: datetime,
) -> Decision:
    """The one next action for this case now."""
    facts = case_facts(case, customer, invoices, history, now=now)
    zone = customer.time_zone
    today = now.astimezone(ZoneInfo(zone)).date()
    book = policy.playbook_for(customer)
    facts["playbook"] = book.name
    segment = customer.stats.segment
    ladder = LADDERS[segment]

    def nothing(*why: str) -> Decision:
        return Decision(kind=ActionKind.NOTHING, reasons=why, facts=facts)

    def escalate(why: str, *more: str) -> Decision:
        return Decision(kind=ActionKind.ESCALATE, escalation=why, reasons=(why, *more), facts=facts)

    problems = check_consistency(case, customer, invoices)
    if problems:
        return escalate("the case's data is inconsistent: " + "; ".join(problems))

    state = case.state
    if state is CaseState.ESCALATED:
        return nothing(f"escalated to a person ({case.escalation_reason or 'no reason recorded'})")
    resumes = False
    if state is CaseState.PAUSED:
        if case.paused_until is None or case.paused_until > now:
            return nothing(
                "paused by a person" + (f" until {case.paused_until:%Y-%m-%d}" if case.paused_until else "")
            )
        resumes = True

    chaseable = sorted((i for i in invoices if i.is_chaseable(today)), key=lambda i: (i.due_date, i.number))
    chased_ids = tuple(i.invoice_id for i in chaseable)
    if state is CaseState.DISPUTE and not chaseable:
        return nothing("every overdue invoice is on hold for the dispute; a person resolves it")

    if not customer.reachable_contacts():
        if chaseable:
            return escalate("no reachable contact: every address bounced or was reported wrong")
        return nothing("no reachable contact, and nothing is overdue")

    # --- promises ------------------------------------------------------------------------------------
    if state is CaseState.PROMISE_TO_PAY and case.promise is not None:
        promise = case.promise
        check_day = promise.due + timedelta(days=book.promise_grace_days)
        if history.promise_confirmed_for != promise.due and today <= promise.due:
            base = Decision(
                kind=ActionKind.SEND,
                purpose=Purpose.PROMISE_CONFIRMATION,
                tone=Tone.FRIENDLY,
                invoice_ids=chased_ids or tuple(case.invoice_ids),
                reasons=(
                    f"the customer promised to pay by {promise.due.isoformat()}; confirm it in writing",
                ),
                facts=facts,
            )
            # A confirmation answers the customer, so only business hours apply, not the chase cadence.
            slot = within_contact_hours(now, zone, policy.contact_hours)
            if slot == now:
                return base
            return base.model_copy(
                update={
                    "kind": ActionKind.WAIT,
                    "wait_until": slot,
                    "reasons": (*base.reasons, "outside business hours"),
                }
            )
        if today <= check_day:
            return Decision(
                kind=ActionKind.WAIT,
                wait_until=_start_of_day(check_day + timedelta(days=1), zone),
                reasons=(
                    f"promise to pay by {promise.due.isoformat()} (+{book.promise_grace_days} day(s) grace) is not due yet",
                ),
                facts=facts,
            )
        if not chaseable:
            return nothing("the promised date passed but nothing chaseable is overdue")
        broken_after = case.broken_promises + 1
        if broken_after >= book.broken_promise_limit:
            return Decision(
                kind=ActionKind.ESCALATE,
                escalation=f"{broken_after} broken promise(s) (limit {book.broken_promise_limit})",
                breaks_promise=True,
                reasons=(
                    f"the promise to pay by {promise.due.isoformat()} was not kept",
                    f"{broken_after} broken promise(s) reaches the playbook's limit of {book.broken_promise_limit}",
                ),
                facts=facts,
            )
        base = Decision(
            kind=ActionKind.SEND,
            purpose=Purpose.BROKEN_PROMISE,
            tone=Tone.FIRM,
            invoice_ids=chased_ids,
            breaks_promise=True,
            reasons=(f"the promise to pay by {promise.due.isoformat()} was not kept; follow up firmly",),
            facts=facts,
        )
        return _send_or_wait(base, case, customer, policy, book, now=now)

    if state is CaseState.PROMISE_BROKEN and chaseable:
        if case.broken_promises >= book.broken_promise_limit:
            return escalate(f"{case.broken_promises} broken promise(s) (limit {book.broken_promise_limit})")
        if history.broken_answered < case.broken_promises:
            base = Decision(
                kind=ActionKind.SEND,
                purpose=Purpose.BROKEN_PROMISE,
                tone=Tone.FIRM,
                invoice_ids=chased_ids,
                reasons=("a promise to pay was broken and not yet followed up",),
                facts=facts,
            )
            return _send_or_wait(base, case, customer, policy, book, now=now)

    # --- "we paid": never closed on the claim, never chased over it either -------------------------
    if state is CaseState.PAYMENT_CLAIMED and chaseable:
        claimed_at = case.last_reply_at or case.updated_at
        claimed_day = claimed_at.astimezone(ZoneInfo(zone)).date()
        check_day = add_business_days(
            claimed_day, CLAIM_WAIT_BUSINESS_DAYS, policy.contact_hours.business_days
        )
        if today < check_day:
            return Decision(
                kind=ActionKind.WAIT,
                wait_until=within_contact_hours(
                    _start_of_day(check_day, zone), customer.time_zone, policy.contact_hours
                ),
                reasons=(
                    f"the customer said on {claimed_day.isoformat()} that they paid; the money gets "
                    f"{CLAIM_WAIT_BUSINESS_DAYS} business days to arrive",
                ),
                facts=facts,
            )
        return escalate(
            f"the customer said on {claimed_day.isoformat()} that they paid, and no matching payment arrived "
            f"within {CLAIM_WAIT_BUSINESS_DAYS} business days: a person checks with them before any reminder"
        )

    # --- nothing overdue: maybe a courtesy note before the due date --------------------------------
    if not chaseable:
        pre_due_days = book.cadence.pre_due_days
        if pre_due_days is None or segment not in RISKY:
            return nothing("nothing chaseable is overdue")
        upcoming = sorted(
            (
                i
                for i in invoices
                if i.is_open
                and not i.is_overdue(today)
                and not i.is_paused(today)
                and i.invoice_id not in history.pre_due_sent
            ),
            key=lambda i: (i.due_date, i.number),
        )
        if not upcoming:
            still_open = [i.due_date for i in invoices if i.is_open and not i.is_overdue(today)]
            if not still_open:
                return nothing("nothing overdue or upcoming")
            # Look again the day after the next due date, when the invoice may go overdue.
            return Decision(
                kind=ActionKind.WAIT,
                wait_until=_start_of_day(min(still_open) + timedelta(days=1), zone),
                reasons=("every upcoming invoice already had its pre-due note",),
                facts=facts,
            )
        window = [i for i in upcoming if (i.due_date - today).days <= pre_due_days]
        if not window:
            first = upcoming[0]
            return Decision(
                kind=ActionKind.WAIT,
                wait_until=_start_of_day(first.due_date - timedelta(days=pre_due_days), zone),
                reasons=(
                    f"{segment.value} payer: a courtesy note goes {pre_due_days} day(s) before {first.number} is due",
                ),
                facts=facts,
            )
        base = Decision(
            kind=ActionKind.SEND,
            purpose=Purpose.PRE_DUE,
            tone=Tone.FRIENDLY,
            invoice_ids=tuple(i.invoice_id for i in window),
            reasons=(
                f"{segment.value} payer (on time {facts['on_time_ratio']}, average {facts['avg_days_late']} days late): "
                f"a courtesy note before {', '.join(i.number for i in window)} falls due",
            ),
            facts=facts,
        )
        return _send_or_wait(base, case, customer, policy, book, now=now)

    # --- the chase ---------------------------------------------------------------------------------
    oldest = chaseable[0]
    days = oldest.days_overdue(today)
    first_after = max(0, book.cadence.first_reminder_after_days + ladder.extra_room_days)
    tenure_note = ""
    tenure = facts["tenure_days"]
    if segment is PayerSegment.RELIABLE and tenure is not None and tenure >= LONG_TENURE_DAYS:
        # A customer of years who pays on time has earned a little more patience than a reliable newcomer.
        first_after += LONG_TENURE_ROOM_DAYS
        tenure_note = f" (customer for {tenure // 365} year(s))"
    if history.reminders_sent == 0 and case.last_touch_at is None and days < first_after:
        return Decision(
            kind=ActionKind.WAIT,
            wait_until=within_contact_hours(
                _start_of_day(oldest.due_date + timedelta(days=first_after), zone), zone, policy.contact_hours
            ),
            reasons=(
                f"{segment.value} payer{tenure_note}: first reminder {first_after} day(s) after the due date; "
                f"{oldest.number} is {days} day(s) overdue",
            ),
            facts=facts,
        )
    if history.last_tone is Tone.FINAL and history.final_notice_at is not None:
        answer_by = history.final_notice_at + timedelta(days=book.cadence.reply_wait_days)
        if now >= answer_by:
            return escalate(
                f"final notice sent {history.final_notice_at:%Y-%m-%d} is unanswered after "
                f"{book.cadence.reply_wait_days} day(s)"
            )
        return Decision(
            kind=ActionKind.WAIT,
            wait_until=answer_by,
            reasons=("a final notice was sent; waiting for an answer before a person takes over",),
            facts=facts,
        )
    if case.last_reply_at is not None and (
        case.last_touch_at is None or case.last_reply_at >= case.last_touch_at
    ):
        # They answered our last message: give them the time to act on it before writing again.
        room = case.last_reply_at + timedelta(days=book.cadence.reply_wait_days)
        if room > now:
            return Decision(
                kind=ActionKind.WAIT,
                wait_until=within_contact_hours(room, zone, policy.contact_hours),
                reasons=(
                    f"the customer answered on {case.last_reply_at:%Y-%m-%d}; giving "
                    f"{book.cadence.reply_wait_days} day(s) before the next reminder",
                ),
                facts=facts,
            )
    tone = _tone_for(days, ladder, history, risky=segment in RISKY)
    reasons = [
        f"{len(chaseable)} invoice(s) overdue, oldest {oldest.number} by {days} day(s)",
        f"{segment.value} payer (on time {facts['on_time_ratio']}, average {facts['avg_days_late']} days late, "
        f"spread {facts['stdev_days_late']}): {tone.value} tone after {history.reminders_sent} reminder(s)",
    ]
    if facts["reply_lag_days"] is not None:
        reasons.append(f"last answered {facts['reply_lag_days']} day(s) after our message")
    if facts["paused_invoices"]:
        reasons.append(f"left out while on hold: {', '.join(facts['paused_invoices'])}")
    if resumes:
        reasons.append("the pause has run out")
    base = Decision(
        kind=ActionKind.SEND,
        purpose=Purpose.REMINDER,
        tone=tone,
        invoice_ids=chased_ids,
        resumes=resumes,
        reasons=tuple(reasons),
        facts=facts,
    )
    return _send_or_wait(base, case, customer, policy, book, now=now)


REQUESTABLE = frozenset(
    {
        Purpose.COPY_INVOICE,
        Purpose.PROMISE_CONFIRMATION,
        Purpose.CONFIRM_PAYMENT,
        Purpose.UPDATE_PAYMENT_METHOD,
        Purpose.REMITTANCE_REQUEST,
        Purpose.SEND_DOCUMENT,
    }
)
_REQUEST_WHY = {
    Purpose.COPY_INVOICE: "the customer asked for a copy of their invoice(s)",
    Purpose.CONFIRM_PAYMENT: "the card payment needs the customer's confirmation on the invoice's pay page",
    Purpose.UPDATE_PAYMENT_METHOD: "the card payment failed and only a new payment method can fix it",
    Purpose.REMITTANCE_REQUEST: (
        "the customer says they paid but the money is not in the ledger: ask for the remittance or reference"
    ),
    Purpose.SEND_DOCUMENT: "the customer asked for a document the tenant keeps on file",
}


def answer_request(
    case: Case,
    *,
    customer: Customer,
    invoices: list[Invoice],
    policy: Policy,
    history: ChaseHistory,
    now: datetime,
    purpose: Purpose,
    request_id: str,
    invoice_ids: tuple[str, ...] = (),
    documents: tuple[str, ...] = (),
) -> Decision:
    """The answer to something the customer asked (a copy of an invoice), told us (a promise), or must do
    after a failed payment (confirm it, or give a new card) — ``invoice_ids`` then names the invoice(s).

    Not subject to the chase cadence or contact hours: answering a customer promptly is not a reminder.
    The same checks on the data and on who can be written to still apply.
    """
    if purpose not in REQUESTABLE:
        raise ValueError(f"{purpose} is not an answer to a request")
    if (purpose is Purpose.SEND_DOCUMENT) != bool(documents):
        raise ValueError("documents go with a send_document answer, and only with it")
    facts = case_facts(case, customer, invoices, history, now=now)
    facts["playbook"] = policy.playbook_for(customer).name
    facts["request_id"] = request_id
    problems = check_consistency(case, customer, invoices)
    if problems:
        why = "the case's data is inconsistent: " + "; ".join(problems)
        return Decision(kind=ActionKind.ESCALATE, escalation=why, reasons=(why,), facts=facts)
    if not customer.reachable_contacts():
        why = "no reachable contact to answer"
        return Decision(kind=ActionKind.ESCALATE, escalation=why, reasons=(why,), facts=facts)
    today = now.astimezone(ZoneInfo(customer.time_zone)).date()
    open_invoices = sorted((i for i in invoices if i.is_open), key=lambda i: (i.due_date, i.number))
    if invoice_ids:
        # Only the named invoices, and only while still open: one paid since the failure needs no message.
        open_invoices = [i for i in open_invoices if i.invoice_id in invoice_ids]
    if purpose is Purpose.PROMISE_CONFIRMATION:
        if case.promise is None:
            return Decision(
                kind=ActionKind.NOTHING, reasons=("no promise on the case to confirm",), facts=facts
            )
        chosen = [i for i in open_invoices if i.is_chaseable(today)] or open_invoices
        why = f"the customer promised to pay by {case.promise.due.isoformat()}; confirm it in writing"
    else:
        chosen = open_invoices
        why = f"{_REQUEST_WHY[purpose]} ({request_id})"
        if documents:
            why += f": {', '.join(documents)}"
    if not chosen:
        return Decision(kind=ActionKind.NOTHING, reasons=("no open invoice to send",), facts=facts)
    return Decision(
        kind=ActionKind.SEND,
        purpose=purpose,
        tone=Tone.FRIENDLY,
        invoice_ids=tuple(i.invoice_id for i in chosen),
        documents=documents,
        reasons=(why,),
        facts=facts,
    )
