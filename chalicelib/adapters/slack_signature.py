"""Slack's request signature, checked over the raw request body.

``X-Slack-Signature: v0=<hex>`` of ``"v0:<X-Slack-Request-Timestamp>:<body>"``, 5-minute window: checked with
slack_sdk's own ``SignatureVerifier`` (given our clock, so tests replay the real vector). The raw body is what
Slack signed: never a re-serialised copy. Stripe's signature is checked in ``stripe_api.verify_signature``
(Stripe's own library) and Intuit's in ``intuit_webhooks.verify_signature``.
"""

from __future__ import annotations

from datetime import datetime

from slack_sdk.signature import Clock as SlackClock
from slack_sdk.signature import SignatureVerifier


class SignatureError(ValueError):
    """The request is not from the provider (or not now). The message is safe to return to the caller."""


class _FixedSlackClock(SlackClock):
    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> float:
        return self._now.timestamp()


def verify_slack(
    raw: bytes, timestamp: str | None, signature: str | None, signing_secret: str, *, now: datetime
) -> None:
    if not timestamp or not signature:
        raise SignatureError("missing X-Slack-Request-Timestamp or X-Slack-Signature header")
    verifier = SignatureVerifier(signing_secret, clock=_FixedSlackClock(now))
    if not verifier.is_valid(body=raw, timestamp=timestamp, signature=signature):
        raise SignatureError("Slack signature does not match, or the request is older than 5 minutes")
