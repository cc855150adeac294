"""Connecting a tenant's Slack workspace: OAuth v2 install, the bot token kept encrypted, the approvals channel.

``begin_install`` returns Slack's authorize URL with a signed, expiring, single-use ``state`` that names the
tenant (HMAC-SHA256 with the app's client secret; nothing else can mint one). ``complete_install`` checks
the state, exchanges the code (``oauth.v2.access`` through the ``SlackOAuth`` port, which slack_sdk
implements), encrypts the bot token with the ``Cipher`` port (KMS on AWS, a local twin otherwise; the
tenant and team are the encryption context, so a token copied to another tenant's record does not decrypt),
stores the install as a typed record (kind ``slack_install``) and routes the team id to the tenant. A team
already connected to another tenant is refused, never moved silently.

The approvals channel: the ``incoming-webhook`` scope makes Slack ask the installing person to pick a
channel on the consent screen, and that choice is kept; ``set_channel`` changes it later. The installing
person becomes the first approver (any amount) when the tenant has none yet.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from pydantic import BaseModel

from chalicelib.domain.approvers import Approver
from chalicelib.services import approvals
from chalicelib.services.approvals_query import roster
from chalicelib.services.ports import Repository

INSTALL_KIND, INSTALL_KEY = "slack_install", "slack"
STATE_KIND = "slack_oauth_state"
STATE_TTL = timedelta(minutes=10)
BOT_SCOPES = ("chat:write", "chat:write.public", "incoming-webhook")


class InstallError(ValueError):
    """The install cannot complete; the message is safe to show on the callback page."""


class Cipher(Protocol):
    def encrypt(self, plaintext: str, *, context: dict[str, str]) -> str: ...
    def decrypt(self, ciphertext: str, *, context: dict[str, str]) -> str: ...


class OAuthResult(BaseModel):
    team_id: str
    team_name: str | None = None
    bot_token: str
    bot_user_id: str | None = None
    scopes: list[str] = []
    installer_user_id: str | None = None
    channel_id: str | None = None
    channel_name: str | None = None


class SlackOAuth(Protocol):
    def authorize_url(self, state: str) -> str: ...
    def exchange(self, code: str) -> OAuthResult: ...


class SlackInstall(BaseModel):
    tenant_id: str
    team_id: str
    team_name: str | None = None
    bot_user_id: str | None = None
    bot_token_encrypted: str
    scopes: list[str] = []
    channel_id: str | None = None
    channel_name: str | None = None
    installed_by: str | None = None
    installed_at: datetime
    needs_reconnect: bool = False
    last_error: str | None = None


@dataclass(frozen=True)
class SlackTarget:
    """What posting needs: the decrypted token (never stored in this form) and the channel."""

    tenant_id: str
    team_id: str
    token: str
    channel_id: str | None
    needs_reconnect: bool = False

    def __repr__(self) -> str:  # the token must not reach a log line
        return f"SlackTarget(tenant_id={self.tenant_id!r}, team_id={self.team_id!r}, channel_id={self.channel_id!r})"


def _context(tenant_id: str, team_id: str) -> dict[str, str]:
    return {"tenant_id": tenant_id, "slack_team_id": team_id}


# --- state ---------------------------------------------------------------------------------------------


class _StateUsed(BaseModel):
    used_at: datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_state(secret: str, tenant_id: str, now: datetime) -> str:
    payload = _b64(
        json.dumps(
            {"t": tenant_id, "n": secrets.token_urlsafe(12), "e": int((now + STATE_TTL).timestamp())},
            separators=(",", ":"),
        ).encode()
    )
    mac = _b64(hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest())
    return f"{payload}.{mac}"


def read_state(secret: str, state: str, now: datetime) -> tuple[str, str]:
    """(tenant id, nonce) of a state we signed that has not expired; InstallError otherwise."""
    payload, _, mac = state.partition(".")
    expected = _b64(hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest())
    if not payload or not hmac.compare_digest(expected, mac):
        raise InstallError("the install link is not valid; start again from /install/slack")
    try:
        data = json.loads(_unb64(payload))
        tenant_id, nonce, expires = str(data["t"]), str(data["n"]), int(data["e"])
    except (ValueError, KeyError, TypeError) as exc:
        raise InstallError("the install link is not valid; start again from /install/slack") from exc
    if now.timestamp() > expires:
        raise InstallError("the install link expired; start again from /install/slack")
    return tenant_id, nonce


# --- install -------------------------------------------------------------------------------------------


def begin_install(repo: Repository, oauth: SlackOAuth, secret: str, tenant_id: str, now: datetime) -> str:
    if repo.get_tenant(tenant_id) is None:
        raise InstallError(f"no tenant {tenant_id}")
    return oauth.authorize_url(sign_state(secret, tenant_id, now))


def complete_install(
    repo: Repository,
    oauth: SlackOAuth,
    cipher: Cipher,
    secret: str,
    *,
    state: str,
    code: str,
    now: datetime,
) -> SlackInstall:
    tenant_id, nonce = read_state(secret, state, now)
    # Single use: a replayed callback URL (browser history, a proxy log) installs nothing.
    if not repo.put_record(tenant_id, STATE_KIND, nonce, _StateUsed(used_at=now), if_absent=True):
        raise InstallError("this install link was already used; start again from /install/slack")
    if not code:
        raise InstallError("Slack sent no authorization code (was the install cancelled?)")
    result = oauth.exchange(code)
    owner = repo.route("slack", result.team_id)
    if owner is not None and owner != tenant_id:
        raise InstallError("this Slack workspace is already connected to another Argent account")
    install = SlackInstall(
        tenant_id=tenant_id,
        team_id=result.team_id,
        team_name=result.team_name,
        bot_user_id=result.bot_user_id,
        bot_token_encrypted=cipher.encrypt(result.bot_token, context=_context(tenant_id, result.team_id)),
        scopes=result.scopes,
        channel_id=result.channel_id,
        channel_name=result.channel_name,
        installed_by=result.installer_user_id,
        installed_at=now,
    )
    previous = get_install(repo, tenant_id)
    if previous is not None and install.channel_id is None:
        install = install.model_copy(
            update={"channel_id": previous.channel_id, "channel_name": previous.channel_name}
        )
    repo.put_record(tenant_id, INSTALL_KIND, INSTALL_KEY, install)
    repo.put_route("slack", result.team_id, tenant_id)
    if result.installer_user_id and not roster(repo, tenant_id).approvers:
        approvals.allow_approver(repo, tenant_id, Approver(person_id=result.installer_user_id))
    return install


def get_install(repo: Repository, tenant_id: str) -> SlackInstall | None:
    return repo.get_record(tenant_id, INSTALL_KIND, INSTALL_KEY, SlackInstall)


def set_channel(
    repo: Repository, tenant_id: str, channel_id: str, channel_name: str | None = None
) -> SlackInstall:
    install = get_install(repo, tenant_id)
    if install is None:
        raise InstallError("Slack is not connected for this tenant")
    updated = install.model_copy(update={"channel_id": channel_id, "channel_name": channel_name})
    repo.put_record(tenant_id, INSTALL_KIND, INSTALL_KEY, updated)
    return updated


def mark_needs_reconnect(repo: Repository, tenant_id: str, why: str) -> None:
    install = get_install(repo, tenant_id)
    if install is not None:
        repo.put_record(
            tenant_id,
            INSTALL_KIND,
            INSTALL_KEY,
            install.model_copy(update={"needs_reconnect": True, "last_error": why}),
        )


def load_target(repo: Repository, cipher: Cipher, tenant_id: str) -> SlackTarget | None:
    install = get_install(repo, tenant_id)
    if install is None:
        return None
    token = cipher.decrypt(install.bot_token_encrypted, context=_context(tenant_id, install.team_id))
    return SlackTarget(
        tenant_id=tenant_id,
        team_id=install.team_id,
        token=token,
        channel_id=install.channel_id,
        needs_reconnect=install.needs_reconnect,
    )
