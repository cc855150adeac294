"""What a person does with an escalation, and the agent closing one whose cause went away.

A person marks an escalation handled (after calling the customer, fixing the ledger, reconnecting
QuickBooks) or takes its case over (the agent pauses on the case and the person owns it). Slack's buttons
and the CLI call the same functions, so the checks are the same everywhere: the escalation
belongs to this tenant, and the person is on the tenant's approver roster.

The agent closes one itself when what it was about is settled without a person (a payment in review that
a later remittance let the engine apply). Either way a ``HandledMark`` is written once per card key (first
writer wins, so two clicks handle it once); ``publish_pending`` rewrites the Slack message of a mark nobody
has seen there yet, so a settled escalation does not sit in the channel looking open.

Card keys are those of ``slack_approvals.escalation_cards``: ``escalation:<record key>`` for escalations,
``inbox:<message id>`` for mail that matched no case.
"""

from __future__ import annotations

from datetime import datetime

from chalicelib.services.approvals_query import roster
from chalicelib.services.cases import assign_case
from chalicelib.services.escalations import (
    ESCALATION_KIND,
    ESCALATION_PREFIX,
    HANDLED_KIND,
    INBOX_PREFIX,
    Escalation,
    HandledMark,
    get_mark,
)
from chalicelib.services.inbound import INBOX_KIND, InboxItem
from chalicelib.services.ports import Repository


class EscalationRefusedError(ValueError):
    def __init__(self, reason: str, *, code: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code  # not_found | not_allowed | no_case | decided


def escalation_record(repo: Repository, tenant_id: str, card_key: str) -> Escalation | None:
    if not card_key.startswith(ESCALATION_PREFIX):
        return None
    return repo.get_record(tenant_id, ESCALATION_KIND, card_key.removeprefix(ESCALATION_PREFIX), Escalation)


def _exists(repo: Repository, tenant_id: str, card_key: str) -> bool:
    if card_key.startswith(INBOX_PREFIX):
        message_id = card_key.removeprefix(INBOX_PREFIX)
        return any(i.message_id == message_id for i in repo.list_records(tenant_id, INBOX_KIND, InboxItem))
    return escalation_record(repo, tenant_id, card_key) is not None


def _check_person(repo: Repository, tenant_id: str, card_key: str, person_id: str) -> None:
    # Looked up in this tenant only: a key of another tenant is simply not found here.
    if not _exists(repo, tenant_id, card_key):
        raise EscalationRefusedError(f"no escalation {card_key} for this account", code="not_found")
    refusal = roster(repo, tenant_id).refusal(person_id, {})
    if refusal:
        raise EscalationRefusedError(refusal, code="not_allowed")
    held = get_mark(repo, tenant_id, card_key)
    if held is not None:
        raise EscalationRefusedError(f"already done: {held.headline(slack=False)}", code="decided")


def _mark(repo: Repository, tenant_id: str, mark: HandledMark) -> HandledMark:
    if repo.put_record(tenant_id, HANDLED_KIND, mark.card_key, mark, if_absent=True):
        return mark
    held = get_mark(repo, tenant_id, mark.card_key)
    raise EscalationRefusedError(
        f"already done: {held.headline(slack=False) if held else 'by someone'}", code="decided"
    )


def mark_handled(
    repo: Repository, tenant_id: str, card_key: str, *, person_id: str, at: datetime, note: str = ""
) -> HandledMark:
    """The person dealt with it; it leaves the list of what needs a person."""
    _check_person(repo, tenant_id, card_key, person_id)
    return _mark(
        repo,
        tenant_id,
        HandledMark(card_key=card_key, by=f"person:{person_id}", at=at, outcome="handled", note=note[:300]),
    )


def take_over(
    repo: Repository, tenant_id: str, card_key: str, *, person_id: str, at: datetime
) -> HandledMark:
    """The person owns the case from now on: the agent pauses on it until they hand it back."""
    _check_person(repo, tenant_id, card_key, person_id)
    record = escalation_record(repo, tenant_id, card_key)
    if record is None or record.case_id is None or repo.get_case(tenant_id, record.case_id) is None:
        raise EscalationRefusedError(
            "this escalation is not about one case; mark it handled instead", code="no_case"
        )
    mark = _mark(
        repo,
        tenant_id,
        HandledMark(card_key=card_key, by=f"person:{person_id}", at=at, outcome="taken_over"),
    )
    assign_case(repo, tenant_id, record.case_id, person_id, at=at, facts={"escalation": card_key})
    return mark
