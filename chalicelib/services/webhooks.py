"""Webhook intake: route each provider event to its tenant, keep it once, and never cross tenants.

The entry point has already verified the signature over the raw body. Here an event is routed by the
provider's account (Stripe ``account``, QuickBooks realm, Slack team) through ``repo.route``; an account no
tenant installed is answered as ignored (so the provider stops retrying) and never attached to another
tenant. The provider's event id is claimed once per tenant, so five deliveries of one event store it once,
and the event is kept as a typed record for processing (re-fetching the authoritative object at the
provider, which the provider integrations do; stored events say what changed, not what is now true).
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


def accept_stripe_event(repo: Repository, clock: Clock, event: Any) -> WebhookOutcome:
    if (
        not isinstance(event, dict)
        or not isinstance(event.get("id"), str)
        or not isinstance(event.get("type"), str)
    ):
        raise BadPayloadError("not a Stripe event: id and type are required")
    account = event.get("account")
    if not isinstance(account, str) or not account:
        # Events of the platform's own account: no tenant is behind them in a multi-tenant install.
        return WebhookOutcome(status="ignored", reason="event without a connected account")
    tenant_id = repo.route("stripe", account)
    if tenant_id is None:
        return WebhookOutcome(status="ignored", reason=f"no tenant has installed Stripe account {account}")
    return _keep(
        repo, clock, tenant_id, provider="stripe", event_id=event["id"], kind=event["type"], payload=event
    )


class QboChange(BaseModel):
    realm_id: str
    entity: str
    entity_id: str
    operation: str
    event_id: str
    changed_at: str | None = None


def qbo_changes(payload: Any) -> list[QboChange]:
    """Both Intuit formats: the legacy ``eventNotifications`` object and the CloudEvents array."""
    changes: list[QboChange] = []
    try:
        if isinstance(payload, dict) and "eventNotifications" in payload:
            for note in payload["eventNotifications"]:
                realm = str(note["realmId"])
                for e in note.get("dataChangeEvent", {}).get("entities", []):
                    # Legacy notifications carry no event id: the change itself is the identity.
                    event_id = f"{realm}:{e['name']}:{e['id']}:{e['operation']}:{e.get('lastUpdated', '')}"
                    changes.append(
                        QboChange(
                            realm_id=realm,
                            entity=e["name"],
                            entity_id=str(e["id"]),
                            operation=e["operation"],
                            event_id=event_id,
                            changed_at=e.get("lastUpdated"),
                        )
                    )
        elif isinstance(payload, list):
            for e in payload:
                # type: qbo.<entity>.<operation>.v<n>
                _, entity, operation, *_ = str(e["type"]).split(".")
                changes.append(
                    QboChange(
                        realm_id=str(e["intuitaccountid"]),
                        entity=entity.capitalize(),
                        entity_id=str(e["intuitentityid"]),
                        operation=operation.capitalize(),
                        event_id=str(e["id"]),
                        changed_at=e.get("time"),
                    )
                )
        else:
            raise BadPayloadError("not an Intuit webhook: expected eventNotifications or a CloudEvents array")
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, BadPayloadError):
            raise
        raise BadPayloadError(f"unreadable Intuit webhook: {type(exc).__name__}: {exc}") from exc
    return changes


def accept_qbo_changes(repo: Repository, clock: Clock, payload: Any) -> list[WebhookOutcome]:
    outcomes = []
    for change in qbo_changes(payload):
        tenant_id = repo.route("quickbooks", change.realm_id)
        if tenant_id is None:
            outcomes.append(
                WebhookOutcome(status="ignored", reason=f"no tenant has installed realm {change.realm_id}")
            )
            continue
        kind = f"{change.entity}.{change.operation}"
        outcomes.append(
            _keep(
                repo,
                clock,
                tenant_id,
                provider="quickbooks",
                event_id=change.event_id,
                kind=kind,
                payload=change.model_dump(),
            )
        )
    return outcomes


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
