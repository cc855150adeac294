"""Webhook intake: route each provider event to its tenant, keep it once, and never cross tenants.

The entry point has already verified the signature over the raw body. Here a Slack interaction is routed by
its team through ``repo.route``; a team no tenant installed is answered as ignored and never attached to
another tenant. Its trigger id is claimed once per tenant, so a redelivered click is stored once. Stripe and
QuickBooks keep their own events the same way (``stripe_events.accept_event``, ``quickbooks_sync``) with the
shared ``WebhookOutcome`` and ``StoredEvent`` shapes defined here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel

from chalicelib.services.ports import Clock, Repository

KEEP_EVENT_IDS = timedelta(days=30)  # longer than any provider's retry window (Stripe: 3 days)


class WebhookOutcome(BaseModel):
    status: Literal["accepted", "duplicate", "ignored"]
    reason: str
    tenant_id: str | None = None


class StoredEvent(BaseModel):
    provider: str
    event_id: str
    kind: str
    received_at: datetime
    payload: dict[str, Any]


class BadPayloadError(ValueError):
    """A signed body that is not an event we can read: a 400 with this message."""


def _keep(
    repo: Repository,
    clock: Clock,
    tenant_id: str,
    *,
    provider: str,
    event_id: str,
    kind: str,
    payload: dict[str, Any],
) -> WebhookOutcome:
    now = clock.now()
    if not repo.claim_event(tenant_id, provider, event_id, at=now, keep_for=KEEP_EVENT_IDS):
        return WebhookOutcome(
            status="duplicate", reason=f"{provider} event {event_id} already received", tenant_id=tenant_id
        )
    record = StoredEvent(provider=provider, event_id=event_id, kind=kind, received_at=now, payload=payload)
    repo.put_record(tenant_id, f"{provider}_event", event_id, record)
    return WebhookOutcome(status="accepted", reason=f"{kind} stored", tenant_id=tenant_id)


def accept_slack_action(repo: Repository, clock: Clock, payload: Any) -> WebhookOutcome:
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
        raise BadPayloadError("not a Slack interaction payload")
    team = payload.get("team") or {}
    team_id = team.get("id") if isinstance(team, dict) else None
    if not team_id:
        raise BadPayloadError("Slack payload without a team id")
    tenant_id = repo.route("slack", team_id)
    if tenant_id is None:
        return WebhookOutcome(status="ignored", reason=f"Slack team {team_id} is not connected to any tenant")
    actions = payload.get("actions") or [{}]
    event_id = str(
        payload.get("trigger_id") or actions[0].get("action_ts") or payload.get("view", {}).get("id", "")
    )
    if not event_id:
        raise BadPayloadError("Slack payload without a trigger id or action timestamp")
    return _keep(
        repo, clock, tenant_id, provider="slack", event_id=event_id, kind=payload["type"], payload=payload
    )
