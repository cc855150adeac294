"""Slack's Web API, response_url webhooks and OAuth v2, through slack_sdk.

Outside contract:
- ``chat.postMessage`` / ``chat.update`` / ``views.open`` with the tenant's bot token
  (https://docs.slack.dev/reference/methods). Errors come back as ``ok: false`` with an ``error`` code, which
  slack_sdk raises as ``SlackApiError``; HTTP 429 carries ``Retry-After`` (seconds). Tier-limited methods
  allow about one post per second per channel.
- ``response_url`` (from an interaction): POST JSON, valid 30 minutes for up to 5 uses; ``replace_original``
  rewrites the clicked message.
- ``oauth.v2.access`` exchanges the code of ``https://slack.com/oauth/v2/authorize`` for the bot token; with
  the ``incoming-webhook`` scope the answer names the channel the installing person picked.

Errors are translated to ``SlackError`` kinds the services act on: ``rate_limited`` (after slack_sdk's own
one retry), ``channel_not_found``, ``token_revoked``, ``expired`` (a response_url past its life),
``unavailable`` (network) and ``api_error``. The caller keeps the request pending and retries later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.oauth import AuthorizeUrlGenerator
from slack_sdk.web import WebClient
from slack_sdk.webhook import WebhookClient

from chalicelib.adapters.slack_blocks import approval_blocks, decided_blocks, escalation_blocks, form_view
from chalicelib.services.slack_approvals import ApprovalCard, EscalationCard, SlackError
from chalicelib.services.slack_install import BOT_SCOPES, OAuthResult, SlackTarget

log = logging.getLogger(__name__)

_CHANNEL = {"channel_not_found", "not_in_channel", "is_archived", "channel_is_archived"}
_TOKEN = {
    "token_revoked",
    "invalid_auth",
    "account_inactive",
    "not_authed",
    "app_uninstalled",
    "token_expired",
}


def _retry_handlers() -> list[Any]:
    # One retry each: a Lambda answering a click has no time for more, and the request stays pending anyway.
    return [ConnectionErrorRetryHandler(max_retry_count=1), RateLimitErrorRetryHandler(max_retry_count=1)]


def web_client(token: str | None = None) -> WebClient:
    return WebClient(token=token, timeout=5, retry_handlers=_retry_handlers())


def _translate(exc: Exception) -> SlackError:
    if isinstance(exc, SlackApiError):
        response = exc.response
        code = str(response.get("error") or "")
        if response.status_code == 429 or code == "ratelimited":
            after = response.headers.get("Retry-After") or response.headers.get("retry-after")
            return SlackError(
                "rate_limited", "Slack is rate limiting", retry_after=int(after) if after else None
            )
        if code in _CHANNEL:
            return SlackError(
                "channel_not_found", f"the approvals channel is gone or closed to the app ({code})"
            )
        if code in _TOKEN:
            return SlackError("token_revoked", f"the Slack token no longer works ({code})")
        return SlackError("api_error", code or f"HTTP {response.status_code}")
    return SlackError("unavailable", f"{type(exc).__name__}: {exc}")


class SlackWebNotifier:
    """The real ``SlackNotifier``. ``client_for`` and ``webhook_for`` are seams for tests (and proxies)."""

    def __init__(
        self,
        client_for: Callable[[str], WebClient] = web_client,
        webhook_for: Callable[[str], WebhookClient] | None = None,
    ) -> None:
        self._client_for = client_for
        self._webhook_for = webhook_for or (
            lambda url: WebhookClient(url, timeout=5, retry_handlers=_retry_handlers())
        )

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except (SlackApiError, SlackClientError, OSError) as exc:
            raise _translate(exc) from exc

    def _post(self, target: SlackTarget, text: str, blocks: list[dict[str, Any]]) -> tuple[str, str]:
        if not target.channel_id:
            raise SlackError("channel_not_found", "no approvals channel chosen")
        client = self._client_for(target.token)
        response = self._call(
            lambda: client.chat_postMessage(channel=target.channel_id or "", text=text, blocks=blocks)
        )
        return str(response["channel"]), str(response["ts"])

    def post_approval(self, target: SlackTarget, card: ApprovalCard) -> tuple[str, str]:
        text = f"Approve a message to {card.customer_name}: {card.subject}"
        return self._post(target, text, approval_blocks(card))

    def post_escalation(self, target: SlackTarget, card: EscalationCard) -> tuple[str, str]:
        return self._post(target, f"[{card.priority}] {card.title}", escalation_blocks(card))

    def show_decision(
        self, target: SlackTarget, channel: str, ts: str, card: ApprovalCard | EscalationCard, headline: str
    ) -> None:
        client = self._client_for(target.token)
        self._call(
            lambda: client.chat_update(
                channel=channel, ts=ts, text=headline, blocks=decided_blocks(card, headline)
            )
        )

    def respond(
        self, response_url: str, card: ApprovalCard | EscalationCard | None, headline: str, *, replace: bool
    ) -> None:
        webhook = self._webhook_for(response_url)

        def send() -> Any:
            if replace and card is not None:
                blocks = decided_blocks(card, headline)
                return webhook.send(text=headline, blocks=blocks, replace_original=True)
            return webhook.send(text=headline, response_type="ephemeral", replace_original=False)

        response = self._call(send)
        if response.status_code == 429:
            raise SlackError("rate_limited", "Slack is rate limiting the response_url")
        if response.status_code == 404 or response.body in ("expired_url", "used_url"):
            raise SlackError("expired", f"the response_url can no longer be used ({response.body})")
        if response.status_code != 200:
            raise SlackError("api_error", f"response_url answered {response.status_code}: {response.body}")

    def open_form(
        self, target: SlackTarget, trigger_id: str, form: str, card: ApprovalCard, origin: str
    ) -> None:
        client = self._client_for(target.token)
        self._call(lambda: client.views_open(trigger_id=trigger_id, view=form_view(form, card, origin)))


class SlackSdkOAuth:
    """``SlackOAuth`` through slack_sdk: the authorize URL generator and ``oauth.v2.access``."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        client: WebClient | None = None,
    ) -> None:
        self._client_id = client_id
        self._client_secret = client_secret
        self._redirect_uri = redirect_uri
        self._client = client or web_client()
        self._urls = AuthorizeUrlGenerator(
            client_id=client_id, redirect_uri=redirect_uri, scopes=list(BOT_SCOPES)
        )

    def authorize_url(self, state: str) -> str:
        return self._urls.generate(state)

    def exchange(self, code: str) -> OAuthResult:
        try:
            answer = self._client.oauth_v2_access(
                client_id=self._client_id,
                client_secret=self._client_secret,
                code=code,
                redirect_uri=self._redirect_uri,
            )
        except (SlackApiError, SlackClientError, OSError) as exc:
            raise _translate(exc) from exc
        team = answer.get("team") or {}
        user = answer.get("authed_user") or {}
        hook = answer.get("incoming_webhook") or {}
        return OAuthResult(
            team_id=str(team.get("id")),
            team_name=team.get("name"),
            bot_token=str(answer["access_token"]),
            bot_user_id=answer.get("bot_user_id"),
            scopes=[s for s in str(answer.get("scope") or "").split(",") if s],
            installer_user_id=user.get("id"),
            channel_id=hook.get("channel_id"),
            channel_name=hook.get("channel"),
        )
