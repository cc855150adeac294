"""``SESEmailSender``: the EmailSender port on Amazon SES v2 ``SendEmail`` with raw MIME content.

Outside contract (SESv2 SendEmail): raw content lets us set ``Reply-To`` (the per-case ``ar+<token>``
address), ``In-Reply-To`` and ``References`` (threading in the customer's mail client). SES assigns the
Message-ID itself and returns its id; the header the customer sees is ``<id>@<region>.amazonses.com``
(``email.amazonses.com`` in us-east-1), which is what we return so the next message can thread on it.
The configuration set publishes bounce and complaint events (SNS/EventBridge) that mark the contact.

Errors: ``TooManyRequestsException`` / ``LimitExceededException`` / ``Throttling`` are retried with
exponential backoff and jitter, then raised as ``EmailThrottledError`` (nothing was sent; the claim is
released). ``MessageRejected`` and a ``BadRequestException`` or ``NotFoundException``
about a recipient raise ``EmailRejectedError`` (the contact is marked, the case escalated).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import formataddr
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from chalicelib.domain.outbound import Attachment, OutboundEmail
from chalicelib.services.outbound import EmailRejectedError, EmailThrottledError

if TYPE_CHECKING:
    from mypy_boto3_sesv2 import SESV2Client

# Reads an attachment's bytes for a tenant (``services.documents.AttachmentReader``).
ReadAttachment = Callable[[str, Attachment], bytes]

THROTTLED = frozenset(
    {"TooManyRequestsException", "LimitExceededException", "Throttling", "ThrottlingException"}
)
REJECTED = frozenset(
    {"MessageRejected", "BadRequestException", "NotFoundException", "MailFromDomainNotVerifiedException"}
)


class SESEmailSender:
    def __init__(
        self,
        client: SESV2Client,
        *,
        from_address: str,
        from_name: str | None = None,
        configuration_set: str | None = None,
        region: str = "us-east-1",
        attempts: int = 5,
        base_delay_s: float = 0.2,
        sleep: Callable[[float], None] = time.sleep,
        read_attachment: ReadAttachment | None = None,
    ) -> None:
        self._ses = client
        self._from = formataddr((from_name, from_address)) if from_name else from_address
        self._config_set = configuration_set
        self._domain = "email.amazonses.com" if region == "us-east-1" else f"{region}.amazonses.com"
        self._attempts = attempts
        self._base = base_delay_s
        self._sleep = sleep
        self._read_attachment = read_attachment

    def mime(self, email: OutboundEmail) -> bytes:
        message = EmailMessage()
        message["From"] = self._from
        message["To"] = ", ".join(email.to)
        message["Subject"] = email.subject
        if email.reply_to:
            message["Reply-To"] = email.reply_to
        if email.in_reply_to:
            message["In-Reply-To"] = email.in_reply_to
        if email.references:
            message["References"] = " ".join(email.references)
        # Lets a bounce or complaint event, which echoes the headers, be traced to the case and action.
        message["X-Argent-Send-Key"] = f"{email.tenant_id}/{email.send_key}"
        message.set_content(email.body_text)
        if email.body_html:
            message.add_alternative(email.body_html, subtype="html")
        for attachment in email.attachments:
            if self._read_attachment is None:
                raise RuntimeError("this sender cannot attach files: no document store configured")
            data = self._read_attachment(email.tenant_id, attachment)
            maintype, _, subtype = attachment.content_type.partition("/")
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment.filename)
        return message.as_bytes()

    def send(self, email: OutboundEmail) -> str:
        raw = self.mime(email)
        kwargs: dict[str, object] = {
            "FromEmailAddress": self._from,
            "Destination": {"ToAddresses": list(email.to)},
            "Content": {"Raw": {"Data": raw}},
            "EmailTags": [
                {"Name": "tenant", "Value": email.tenant_id},
                {"Name": "case", "Value": _tag(email.case_id)},
            ],
        }
        if email.reply_to:
            kwargs["ReplyToAddresses"] = [email.reply_to]
        if self._config_set:
            kwargs["ConfigurationSetName"] = self._config_set
        for attempt in range(self._attempts):
            try:
                response = self._ses.send_email(**kwargs)  # type: ignore[arg-type]
            except ClientError as exc:
                code = exc.response.get("Error", {}).get("Code", "")
                message = exc.response.get("Error", {}).get("Message", "")
                if code in THROTTLED:
                    if attempt == self._attempts - 1:
                        raise EmailThrottledError(
                            f"SES throttled after {self._attempts} attempts: {message}"
                        ) from exc
                    # Full jitter: spreads the retries of many workers hitting the same send rate.
                    self._sleep(random.uniform(0, self._base * 2**attempt))  # noqa: S311
                    continue
                if code in REJECTED:
                    raise EmailRejectedError(tuple(email.to), f"{code}: {message}") from exc
                raise
            return f"<{response['MessageId']}@{self._domain}>"
        raise AssertionError("unreachable")


def _tag(value: str) -> str:
    # SES tag values allow only ASCII letters, digits, _ and -.
    return "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in value)[:256]
