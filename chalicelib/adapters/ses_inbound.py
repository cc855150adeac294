"""SES inbound mail: the receipt notification SNS delivers, the raw message, and SES's verdicts.

Outside contract: an SES receipt rule with an S3 action stores the raw RFC 822 message in the bucket and
publishes ``{"notificationType": "Received", "receipt": {...verdicts..., "action": {"type": "S3",
"bucketName", "objectKey"}}, "mail": {...}}`` to SNS. With an SNS action the message comes inline as
``content`` instead (used by small setups and by AWS's own example). Verdict statuses: PASS, FAIL, GRAY,
PROCESSING_FAILED.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from chalicelib.adapters.email_parsing import parse_email
from chalicelib.services.inbound import InboundMail

Fetch = Callable[[str, str], bytes]


class NotificationError(ValueError):
    """A notification that is not a received-mail notification we can read."""


@dataclass(frozen=True)
class Received:
    mail: InboundMail | None  # None: dropped on a spam or virus FAIL
    reason: str


def s3_fetcher(client: Any) -> Fetch:
    def fetch(bucket: str, key: str) -> bytes:
        body: bytes = client.get_object(Bucket=bucket, Key=key)["Body"].read()
        return body

    return fetch


def read_notification(message: str | dict[str, Any], fetch: Fetch) -> Received:
    note = json.loads(message) if isinstance(message, str) else message
    if not isinstance(note, dict) or note.get("notificationType") != "Received":
        raise NotificationError("not an SES received-mail notification")
    receipt, mail = note.get("receipt", {}), note.get("mail", {})
    verdict = {
        k: str(receipt.get(f"{k}Verdict", {}).get("status", "")).upper() for k in ("spam", "virus", "dmarc")
    }
    if "FAIL" in (verdict["spam"], verdict["virus"]):
        return Received(None, f"dropped: spam {verdict['spam']}, virus {verdict['virus']}")
    action = receipt.get("action", {})
    if action.get("type") == "S3":
        raw = fetch(action["bucketName"], action["objectKey"])
    elif "content" in note:
        content = note["content"]
        raw = (
            base64.b64decode(content) if action.get("encoding") == "BASE64" else str(content).encode("utf-8")
        )
    else:
        raise NotificationError("notification carries neither an S3 location nor the content")
    parsed = parse_email(raw)
    recipients = [str(r).lower() for r in receipt.get("recipients", []) or mail.get("destination", [])]
    inbound = InboundMail(
        raw=raw,
        message_id=parsed.message_id or str(mail.get("messageId", "")),
        sender=parsed.from_address or str(mail.get("source", "")).lower(),
        recipients=recipients or parsed.to,
        text=parsed.reply,
        untrusted=verdict["dmarc"] == "FAIL",
    )
    return Received(inbound, "dmarc failed: untrusted" if inbound.untrusted else "accepted")


def s3_client(region: str, endpoint_url: str | None) -> Any:
    import boto3  # noqa: PLC0415  (created when mail arrives, never at import)

    return boto3.client("s3", region_name=region, endpoint_url=endpoint_url)
