"""Connecting a tenant to QuickBooks Online (OAuth 2.0 with Intuit), and disconnecting it.

1. ``python -m chalicelib.cli quickbooks install-link --tenant T`` mints a signed, expiring link to
   ``/install/quickbooks`` (the app has no sign-in, so an unsigned ``?tenant=`` would let anyone attach
   their company to someone else's account).
2. ``/install/quickbooks`` redirects to Intuit's authorize URL (accounting scope) with a signed ``state``
   naming the tenant, valid for 10 minutes and usable once.
3. ``/oauth/quickbooks/callback?code&realmId&state``: the code is exchanged for tokens (stored encrypted by
   the connector), the realm is routed to the tenant (a realm already connected to another tenant is
   refused), and the backfill is queued.
Disconnecting: the tenant's own ``/quickbooks/disconnect`` (signed link) revokes the grant at Intuit.
Intuit's disconnect URL (``/oauth/quickbooks/disconnect``) is unauthenticated, so it only makes us *check*
the grant; the connection is closed only if Intuit confirms it no longer works.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from datetime import datetime, timedelta
from typing import Protocol

from pydantic import BaseModel

from chalicelib.services.ports import Clock, Repository
from chalicelib.services.quickbooks_sync import (
    CONNECTION_KEY,
    CONNECTION_KIND,
    NOTICE_KIND,
    QboConnection,
    QboReconnectError,
    TenantNotice,
    backfill_progress,
    connection,
    start_backfill,
)

STATE_TTL = timedelta(minutes=10)
LINK_TTL = timedelta(days=2)
STATE_USED_KIND = "qbo_state_used"


class InstallError(ValueError):
    """The install cannot go on; the message is shown to the person installing."""


class QboConnector(Protocol):
    def authorize_url(self, state: str) -> str: ...
    def connect(self, tenant_id: str, code: str, realm_id: str, now: datetime) -> str:
        """Exchange the code, store the tokens; returns the company's home currency."""
        ...

    def disconnect(self, tenant_id: str, realm_id: str) -> None:
        """Revoke the grant at Intuit (best effort) and forget the tokens."""
        ...

    def probe(self, tenant_id: str) -> None:
        """One cheap authenticated call; raises ``QboReconnectError`` if the grant no longer works."""
        ...


class _StateUsed(BaseModel):
    at: datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(secret: str, tenant_id: str, purpose: str, now: datetime, ttl: timedelta) -> str:
    body = {"t": tenant_id, "p": purpose, "n": secrets.token_urlsafe(12), "e": int((now + ttl).timestamp())}
    payload = _b64(json.dumps(body, separators=(",", ":")).encode())
    mac = _b64(hmac.new(secret.encode(), f"qbo:{payload}".encode(), hashlib.sha256).digest())
    return f"{payload}.{mac}"


def read_signed(secret: str, token: str, purpose: str, now: datetime) -> tuple[str, str]:
    """(tenant id, nonce) of a token we signed for ``purpose`` that has not expired."""
    payload, _, mac = token.partition(".")
    expected = _b64(hmac.new(secret.encode(), f"qbo:{payload}".encode(), hashlib.sha256).digest())
    if not payload or not hmac.compare_digest(expected, mac):
        raise InstallError("this QuickBooks link is not valid; ask for a new one")
    try:
        data = json.loads(_unb64(payload))
        tenant_id, kind, nonce, expires = str(data["t"]), str(data["p"]), str(data["n"]), int(data["e"])
    except (ValueError, KeyError, TypeError) as exc:
        raise InstallError("this QuickBooks link is not valid; ask for a new one") from exc
    if kind != purpose:
        raise InstallError("this QuickBooks link is not valid here")
    if now.timestamp() > expires:
        raise InstallError("this QuickBooks link expired; ask for a new one")
    return tenant_id, nonce


def install_link(secret: str, public_url: str, tenant_id: str, now: datetime) -> str:
    return (
        f"{public_url.rstrip('/')}/install/quickbooks?link={sign(secret, tenant_id, 'link', now, LINK_TTL)}"
    )


def disconnect_link(secret: str, public_url: str, tenant_id: str, now: datetime) -> str:
    token = sign(secret, tenant_id, "disconnect", now, LINK_TTL)
    return f"{public_url.rstrip('/')}/quickbooks/disconnect?link={token}"


def begin_install(repo: Repository, connector: QboConnector, secret: str, link: str, now: datetime) -> str:
    tenant_id, _ = read_signed(secret, link, "link", now)
    if repo.get_tenant(tenant_id) is None:
        raise InstallError(f"no tenant {tenant_id}")
    return connector.authorize_url(sign(secret, tenant_id, "state", now, STATE_TTL))


def complete_install(
    repo: Repository,
    clock: Clock,
    connector: QboConnector,
    secret: str,
    *,
    state: str,
    code: str,
    realm_id: str,
) -> QboConnection:
    now = clock.now()
    if not code or not realm_id:
        raise InstallError("Intuit did not send an authorization code and a company (realmId)")
    tenant_id, nonce = read_signed(secret, state, "state", now)
    if not repo.put_record(tenant_id, STATE_USED_KIND, nonce, _StateUsed(at=now), if_absent=True):
        raise InstallError("this QuickBooks authorization was already used; start again")
    owner = repo.route("quickbooks", realm_id)
    if owner is not None and owner != tenant_id:
        raise InstallError("this QuickBooks company is already connected to another Argent account")
    previous = connection(repo, tenant_id)
    if previous is not None and previous.realm_id != realm_id and previous.status == "connected":
        raise InstallError("disconnect the QuickBooks company already connected before connecting another")
    currency = connector.connect(tenant_id, code, realm_id, now)
    repo.put_route("quickbooks", realm_id, tenant_id)
    conn = QboConnection(realm_id=realm_id, status="connected", changed_at=now, home_currency=currency)
    repo.put_record(tenant_id, CONNECTION_KIND, CONNECTION_KEY, conn)
    repo.delete_record(tenant_id, NOTICE_KIND, "quickbooks")
    progress = backfill_progress(repo, tenant_id)
    if progress is None or (previous is not None and previous.realm_id != realm_id):
        start_backfill(repo, clock, tenant_id)
    return conn


def _close(repo: Repository, clock: Clock, tenant_id: str, conn: QboConnection, why: str) -> QboConnection:
    now = clock.now()
    closed = conn.model_copy(update={"status": "disconnected", "reason": why, "changed_at": now})
    repo.put_record(tenant_id, CONNECTION_KIND, CONNECTION_KEY, closed)
    repo.put_record(
        tenant_id,
        NOTICE_KIND,
        "quickbooks",
        TenantNotice(
            provider="quickbooks",
            message=f"QuickBooks is disconnected ({why}). Reminders for QuickBooks invoices are paused.",
            raised_at=now,
        ),
    )
    return closed


def disconnect(
    repo: Repository, clock: Clock, connector: QboConnector, secret: str, link: str
) -> QboConnection:
    """The tenant asked to disconnect: revoke at Intuit and stop."""
    tenant_id, _ = read_signed(secret, link, "disconnect", clock.now())
    conn = connection(repo, tenant_id)
    if conn is None or conn.status == "disconnected":
        raise InstallError("QuickBooks is not connected")
    connector.disconnect(tenant_id, conn.realm_id)
    return _close(repo, clock, tenant_id, conn, "disconnected by the tenant")


def intuit_disconnected(repo: Repository, clock: Clock, connector: QboConnector, realm_id: str) -> str:
    """Intuit's disconnect URL was opened for ``realm_id``: believe it only if the grant is really gone."""
    tenant_id = repo.route("quickbooks", realm_id)
    conn = connection(repo, tenant_id) if tenant_id else None
    if tenant_id is None or conn is None or conn.realm_id != realm_id or conn.status != "connected":
        return "nothing to disconnect"
    try:
        connector.probe(tenant_id)
    except QboReconnectError:
        _close(repo, clock, tenant_id, conn, "disconnected from within QuickBooks")
        return "disconnected"
    return "still connected"
