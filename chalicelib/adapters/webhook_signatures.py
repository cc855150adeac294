"""Webhook signatures of Stripe, Intuit (QuickBooks) and Slack, checked over the raw request body.

Outside contracts:
- Stripe ``Stripe-Signature: t=<unix>,v1=<hex>[,v1=...]``: hex HMAC-SHA256 of ``"<t>.<raw body>"`` with the
  endpoint secret; any v1 may match; ``t`` must be within the tolerance (300 s) of now.
- Intuit ``intuit-signature``: base64 HMAC-SHA256 of the raw body with the app's verifier token.
- Slack ``X-Slack-Signature: v0=<hex>`` of ``"v0:<X-Slack-Request-Timestamp>:<body>"``, 5-minute window:
  checked with slack_sdk's own ``SignatureVerifier`` (given our clock).
Every comparison is constant-time. The raw body is what the provider signed: never a re-serialised copy.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime

from slack_sdk.signature import Clock as SlackClock
from slack_sdk.signature import SignatureVerifier

STRIPE_TOLERANCE_S = 300


class SignatureError(ValueError):
    """The request is not from the provider (or not now). The message is safe to return to the caller."""


def verify_stripe(raw: bytes, header: str | None, secret: str, *, now: datetime) -> None:
    if not header:
        raise SignatureError("missing Stripe-Signature header")
    parts = [p.split("=", 1) for p in header.split(",") if "=" in p]
    timestamps = [v for k, v in parts if k.strip() == "t"]
    signatures = [v.strip() for k, v in parts if k.strip() == "v1"]
    if not timestamps or not timestamps[0].strip().isdigit() or not signatures:
        raise SignatureError("malformed Stripe-Signature header")
    t = int(timestamps[0])
    expected = hmac.new(secret.encode(), str(t).encode() + b"." + raw, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, s) for s in signatures):
        raise SignatureError("Stripe signature does not match the body")
    if abs(now.timestamp() - t) > STRIPE_TOLERANCE_S:
        raise SignatureError("Stripe signature timestamp is outside the 300 s tolerance")


def verify_intuit(raw: bytes, header: str | None, verifier_token: str) -> None:
    if not header:
        raise SignatureError("missing intuit-signature header")
    expected = base64.b64encode(hmac.new(verifier_token.encode(), raw, hashlib.sha256).digest()).decode()
    if not hmac.compare_digest(expected, header.strip()):
        raise SignatureError("intuit-signature does not match the body")


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
