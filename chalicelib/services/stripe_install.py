"""Installing Argent into a Stripe account (Stripe Apps OAuth), and keeping its tokens.

- ``make_state`` / ``read_state``: the OAuth ``state`` is an HMAC-signed, expiring value bound to the tenant
  (and a nonce that is used once), so a callback can neither be forged nor replayed into another tenant.
- ``TokenVault``: the grant, encrypted with an envelope (a fresh data key per write, wrapped by KMS on AWS,
  by a local key in local mode; see ``adapters/stripe_vault.py``). Stripe Apps access tokens live one hour
  and every refresh returns a new refresh token and retires the old one, so writes are versioned and the
  first writer wins: two Lambdas refreshing at once never leave a retired refresh token as the current one.
- ``complete_install``: code -> grant -> vault, account -> tenant route (never moved to another tenant),
  connection record, and a backfill that the schedule (or ``stripe backfill``) carries out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from pydantic import BaseModel

from chalicelib.services import stripe_events
from chalicelib.services.ports import Clock, Repository

STATE_TTL = timedelta(minutes=15)
INSTALL_LINK_TTL = timedelta(days=2)
REFRESH_MARGIN = timedelta(minutes=5)
TOKENS_KIND = "stripe_tokens"
NONCE_KIND = "stripe_oauth_nonce"
KEEP_VERSIONS = 2


class InstallError(ValueError):
    """The install cannot go on; the message is safe to show."""


class ReconnectNeededError(RuntimeError):
    """The tenant's grant no longer works (revoked, uninstalled): a person must install again."""


class StripeGrant(BaseModel):
    account_id: str
    access_token: str
    refresh_token: str
    expires_at: datetime
    livemode: bool = False
    scope: str | None = None


class StripeOAuth(Protocol):
    def authorize_url(self, state: str) -> str: ...
    def exchange_code(self, code: str, *, now: datetime) -> StripeGrant: ...
    def refresh(self, refresh_token: str, *, now: datetime) -> StripeGrant: ...


class TokenVault(Protocol):
    def put(self, tenant_id: str, grant: StripeGrant, *, version: int) -> bool:
        """Store version ``version``; False when someone already stored it (first writer wins)."""
        ...

    def latest(self, tenant_id: str) -> tuple[int, StripeGrant] | None: ...
    def delete(self, tenant_id: str) -> None: ...


# --- signed state -----------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_state(
    secret: str, tenant_id: str, now: datetime, *, ttl: timedelta = STATE_TTL, purpose: str = "oauth"
) -> str:
    body = json.dumps(
        {"t": tenant_id, "p": purpose, "exp": int((now + ttl).timestamp()), "n": secrets.token_urlsafe(12)},
        separators=(",", ":"),
    ).encode()
    sig = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return f"{_b64(body)}.{_b64(sig)}"


def read_state(secret: str, state: str, now: datetime, *, purpose: str = "oauth") -> tuple[str, str]:
    """(tenant id, nonce) of a valid state; InstallError for a forged, altered, expired or misused one."""
    try:
        body_text, sig_text = state.split(".", 1)
        body, sig = _unb64(body_text), _unb64(sig_text)
    except (ValueError, TypeError) as exc:
        raise InstallError("the install link is malformed") from exc
    if not hmac.compare_digest(hmac.new(secret.encode(), body, hashlib.sha256).digest(), sig):
        raise InstallError("the install link was not issued by Argent")
    data = json.loads(body)
    if data.get("p") != purpose:
        raise InstallError("the link is not meant for this step")
    if int(data["exp"]) < now.timestamp():
        raise InstallError("the install link has expired; ask for a new one")
    return str(data["t"]), str(data["n"])


# --- install ----------------------------------------------------------------------------------------


@dataclass
class InstallDeps:
    repo: Repository
    clock: Clock
    oauth: StripeOAuth
    vault: TokenVault
    secret: str


def install_link(secret: str, public_url: str, tenant_id: str, now: datetime) -> str:
    link = make_state(secret, tenant_id, now, ttl=INSTALL_LINK_TTL, purpose="link")
    return f"{public_url.rstrip('/')}/install/stripe?link={link}"


def begin_install(deps: InstallDeps, link: str) -> str:
    """From a signed install link to Stripe's consent page, with a short-lived state bound to the tenant."""
    tenant_id, _ = read_state(deps.secret, link, deps.clock.now(), purpose="link")
    if deps.repo.get_tenant(tenant_id) is None:
        raise InstallError(f"no tenant {tenant_id}")
    return deps.oauth.authorize_url(make_state(deps.secret, tenant_id, deps.clock.now()))


def complete_install(deps: InstallDeps, *, state: str, code: str) -> stripe_events.StripeConnection:
    now = deps.clock.now()
    if not code:
        raise InstallError("Stripe did not send an authorization code (was the install cancelled?)")
    tenant_id, nonce = read_state(deps.secret, state, now)
    if not deps.repo.put_record(tenant_id, NONCE_KIND, nonce, _Used(at=now), if_absent=True):
        raise InstallError("this install link was already used")
    grant = deps.oauth.exchange_code(code, now=now)
    owner = deps.repo.route("stripe", grant.account_id)
    if owner is not None and owner != tenant_id:
        # Another tenant's events would start arriving here: refuse rather than move the account.
        raise InstallError(
            f"Stripe account {grant.account_id} is already connected to another Argent account"
        )
    held = deps.vault.latest(tenant_id)
    deps.vault.put(tenant_id, grant, version=(held[0] + 1) if held else 1)
    deps.repo.put_route("stripe", grant.account_id, tenant_id)
    conn = stripe_events.connect(deps.repo, deps.clock, tenant_id, grant.account_id, livemode=grant.livemode)
    stripe_events.start_backfill(deps.repo, deps.clock, tenant_id)
    return conn


class _Used(BaseModel):
    at: datetime


# --- tokens in use ----------------------------------------------------------------------------------


class TokenSource:
    """The tenant's current access token, refreshed shortly before it expires; safe under concurrent refresh."""

    def __init__(
        self,
        vault: TokenVault,
        oauth: StripeOAuth,
        clock: Clock,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._vault = vault
        self._oauth = oauth
        self._clock = clock
        self._sleep = sleep

    def access_token(self, tenant_id: str) -> str:
        held = self._vault.latest(tenant_id)
        if held is None:
            raise ReconnectNeededError(f"Stripe is not connected for {tenant_id}")
        version, grant = held
        now = self._clock.now()
        if grant.expires_at - REFRESH_MARGIN > now:
            return grant.access_token
        try:
            fresh = self._oauth.refresh(grant.refresh_token, now=now)
        except ReconnectNeededError:
            # Perhaps a lost race: another worker spent this refresh token and is storing its result.
            for wait in (0.0, 0.1, 0.3, 0.6):
                self._sleep(wait)
                again = self._vault.latest(tenant_id)
                if again is not None and again[0] > version:
                    return again[1].access_token
            raise
        if not self._vault.put(tenant_id, fresh, version=version + 1):
            # Someone else stored a newer grant first; theirs is the one Stripe now honours.
            latest = self._vault.latest(tenant_id)
            assert latest is not None
            return latest[1].access_token
        return fresh.access_token
