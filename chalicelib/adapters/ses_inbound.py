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
import re
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import getaddresses
from typing import Any

from chalicelib.adapters.email_parsing import ParsedEmail, parse_email
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


_FINAL_RECIPIENT = re.compile(r"^(?:final|original)-recipient:\s*rfc822;\s*(\S+@\S+)\s*$", re.I | re.M)


def _failed_recipients(parsed: ParsedEmail) -> tuple[str, ...]:
    found: list[str] = []
    header = parsed.headers.get("x-failed-recipients", "")
    found += [a.strip() for a in header.split(",") if "@" in a]
    found += _FINAL_RECIPIENT.findall(parsed.attachment_text)
    returned_to = parsed.returned_headers.get("to", "")
    found += [a for _, a in getaddresses([returned_to]) if "@" in a]
    return tuple(dict.fromkeys(a.strip("<>").lower() for a in found))


def inbound_from_raw(
    raw: bytes,
    *,
    recipients: list[str] | None = None,
    fallback_id: str,
    envelope_sender: str = "",
    untrusted: bool = False,
    stored_at: str | None = None,
    receipt_id: str | None = None,
) -> InboundMail:
    """The intake's view of one raw message; a message that cannot be read carries ``parse_error``."""
    try:
        parsed = parse_email(raw)
        error = None
        # Without a sender, a subject, an id or a single word there is nothing a person or triage can use.
        words = re.search(r"[^\W\d_]{2,}", parsed.body)
        if not (parsed.from_address or parsed.subject or parsed.message_id or words):
            error = "; ".join(parsed.errors) or "no sender, headers or text could be read"
    except (
        Exception
    ) as exc:  # the parser promises not to raise; if it ever does, a person still sees the mail
        parsed, error = ParsedEmail(), f"parse failed: {type(exc).__name__}: {exc}"
    return InboundMail(
        raw=raw,
        message_id=(parsed.message_id or "").strip() or fallback_id,
        sender=parsed.from_address or envelope_sender,
        recipients=recipients or [*parsed.to, *parsed.cc],
        text=parsed.reply,
        subject=parsed.subject,
        untrusted=untrusted,
        in_reply_to=parsed.in_reply_to,
        references=tuple(parsed.references),
        failed_recipients=_failed_recipients(parsed),
        parse_error=error,
        stored_at=stored_at,
        receipt_id=receipt_id,
        attachment_text=parsed.attachment_text,
    )


def read_notification(message: str | dict[str, Any], fetch: Fetch) -> Received:
    """The mail in an SES receipt notification, with SES's verdicts applied.

    Raises ``NotificationError`` only when the notification itself is not one (not JSON, another type, no
    message). A message that cannot be parsed still comes back, with ``parse_error`` set, so the service
    can list it in the inbox; the raw message stays where SES stored it.
    """
    try:
        note = json.loads(message) if isinstance(message, str) else message
    except json.JSONDecodeError as exc:
        raise NotificationError(f"notification is not JSON: {exc}") from exc
    if not isinstance(note, dict) or note.get("notificationType") != "Received":
        raise NotificationError("not an SES received-mail notification")
    receipt, mail = note.get("receipt") or {}, note.get("mail") or {}
    verdict = {
        k: str((receipt.get(f"{k}Verdict") or {}).get("status", "")).upper()
        for k in ("spam", "virus", "dmarc")
    }
    if "FAIL" in (verdict["spam"], verdict["virus"]):
        return Received(None, f"dropped: spam {verdict['spam']}, virus {verdict['virus']}")
    action = receipt.get("action") or {}
    stored_at = None
    if action.get("type") == "S3" and action.get("bucketName") and action.get("objectKey"):
        stored_at = f"s3://{action['bucketName']}/{action['objectKey']}"
        raw = fetch(action["bucketName"], action["objectKey"])
    elif "content" in note:
        content = note["content"]
        try:
            raw = (
                base64.b64decode(content)
                if action.get("encoding") == "BASE64"
                else str(content).encode("utf-8")
            )
        except (ValueError, TypeError):
            raw = str(content).encode("utf-8", "replace")
    else:
        raise NotificationError("notification carries neither an S3 location nor the content")
    recipients = [str(r).lower() for r in (receipt.get("recipients") or mail.get("destination") or [])]
    inbound = inbound_from_raw(
        raw,
        recipients=recipients,
        fallback_id=str(mail.get("messageId", "")) or f"s3:{stored_at}",
        envelope_sender=str(mail.get("source", "")).lower(),
        untrusted=verdict["dmarc"] == "FAIL",
        stored_at=stored_at,
        receipt_id=str(mail.get("messageId", "")) or None,
    )
    return Received(inbound, "dmarc failed: untrusted" if inbound.untrusted else "accepted")


def s3_client(region: str, endpoint_url: str | None) -> Any:
    import boto3  # noqa: PLC0415  (created when mail arrives, never at import)

    return boto3.client("s3", region_name=region, endpoint_url=endpoint_url)
