"""SES bounce and complaint events (from the sending configuration set) mark the contact they concern.

Outside contract: SES event publishing to SNS delivers JSON with ``eventType`` ("Bounce", "Complaint", ...),
``mail`` (with ``tags`` as name -> list of values, and ``headers`` when the configuration set includes them)
and ``bounce.bouncedRecipients[].emailAddress`` / ``complaint.complainedRecipients[].emailAddress``. The
case is found from our ``X-Argent-Send-Key`` header (``<tenant>/<case>:<action>``), falling back to the
``tenant``/``case`` tags. Transient bounces (mailbox full, greylisting) change nothing: SES already retried.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chalicelib.domain.case import Case, CaseState
from chalicelib.domain.ledger import Customer
from chalicelib.services.cases import update_case
from chalicelib.services.ports import Clock, Repository

ACTOR = "webhook:ses"
SEND_KEY_HEADER = "x-argent-send-key"


@dataclass(frozen=True)
class DeliveryOutcome:
    result: str  # ignored | unknown_case | marked
    detail: str = ""


def _target(mail: dict[str, Any]) -> tuple[str, str] | None:
    for header in mail.get("headers") or []:
        if str(header.get("name", "")).lower() == SEND_KEY_HEADER:
            tenant_id, _, rest = str(header.get("value", "")).partition("/")
            case_id = rest.rsplit(":", 1)[0] if ":" in rest else rest
            if tenant_id and case_id:
                return tenant_id, case_id
    tags = mail.get("tags") or {}
    tenant = (tags.get("tenant") or [None])[0]
    case = (tags.get("case") or [None])[0]
    return (str(tenant), str(case)) if tenant and case else None


def handle_ses_event(repo: Repository, clock: Clock, event: dict[str, Any]) -> DeliveryOutcome:
    kind = event.get("eventType") or event.get("notificationType")
    if kind == "Bounce":
        bounce = event.get("bounce") or {}
        if bounce.get("bounceType") != "Permanent":
            return DeliveryOutcome("ignored", f"{bounce.get('bounceType', 'unknown')} bounce")
        addresses = [r.get("emailAddress", "") for r in bounce.get("bouncedRecipients") or []]
        reason = f"bounced permanently ({bounce.get('bounceSubType', 'General')})"
    elif kind == "Complaint":
        complaint = event.get("complaint") or {}
        addresses = [r.get("emailAddress", "") for r in complaint.get("complainedRecipients") or []]
        reason = "the recipient reported our message as spam"
    else:
        return DeliveryOutcome("ignored", f"event {kind}")
    target = _target(event.get("mail") or {})
    if target is None:
        return DeliveryOutcome("unknown_case", "no send key header or tags")
    tenant_id, case_id = target
    customer = repo.get_customer(tenant_id, case_id)
    if customer is None:
        return DeliveryOutcome("unknown_case", f"{tenant_id}/{case_id}")
    bad = {a.lower() for a in addresses if a}
    marked = [c.email for c in customer.contacts if c.email.lower() in bad and c.reachable]
    if marked:
        contacts = [
            c.model_copy(update={"invalid_reason": reason}) if c.email in marked else c
            for c in customer.contacts
        ]
        customer = customer.model_copy(update={"contacts": contacts})
        repo.put_customer(customer)
    if marked:
        _record(repo, clock, customer, (tenant_id, case_id), marked=marked, reason=reason)
    return DeliveryOutcome("marked", f"{', '.join(marked) or 'already marked'}: {reason}")


def _record(
    repo: Repository,
    clock: Clock,
    customer: Customer,
    target: tuple[str, str],
    *,
    marked: list[str],
    reason: str,
) -> None:
    now = clock.now()
    stuck = not customer.reachable_contacts()

    def change(case: Case | None) -> Case | None:
        if case is None:
            return None
        case.record("ContactMarkedInvalid", at=now, actor=ACTOR, reason=reason, facts={"addresses": marked})
        if stuck and case.state is not CaseState.RESOLVED and case.can_transition(CaseState.ESCALATED):
            # Nobody left to write to: the chase cannot go on without a person finding a contact.
            case.escalate("no reachable contact left: " + reason, at=now, actor=ACTOR)
            case.next_action_at = None
        return case

    update_case(repo, target[0], target[1], change)
