"""Send-once: a customer never receives the same message twice, and a decided message is never lost.

The marker (kind ``outbound``, key ``<case>:<action>``) is written with a conditional put before the provider
is called. A retry that finds ``sent`` or ``stopped`` does nothing. A retry that finds ``pending`` cannot
know whether the earlier attempt reached the provider (the crash may have come after the call), so it does
not guess: it reports ``in_doubt`` and the caller escalates to a person instead of sending again.
"""

from __future__ import annotations

from dataclasses import dataclass

from chalicelib.domain.outbound import OutboundEmail, OutboundRecord, SendStatus
from chalicelib.services.ports import Clock, EmailSender, FreshnessCheck, Repository

KIND = "outbound"


class EmailRejectedError(ValueError):
    """The provider refused the message for its recipients (bad or suppressed address): nothing was sent."""

    def __init__(self, addresses: tuple[str, ...], detail: str) -> None:
        super().__init__(f"address rejected: {', '.join(addresses) or '?'} ({detail})")
        self.addresses = addresses
        self.detail = detail


class EmailThrottledError(RuntimeError):
    """The provider is rate limiting even after backing off: nothing was sent, the message may be retried."""


@dataclass(frozen=True)
class SendResult:
    status: str  # sent | already_sent | stopped | in_doubt | failed
    detail: str = ""
    provider_message_id: str | None = None


def send_once(
    repo: Repository, sender: EmailSender, clock: Clock, email: OutboundEmail, fresh: FreshnessCheck
) -> SendResult:
    now = clock.now()
    record = OutboundRecord(email=email, status=SendStatus.PENDING, claimed_at=now)
    if not repo.put_record(email.tenant_id, KIND, email.send_key, record, if_absent=True):
        existing = repo.get_record(email.tenant_id, KIND, email.send_key, OutboundRecord)
        if existing is None or existing.status is SendStatus.PENDING:
            return SendResult(
                "in_doubt", "an earlier attempt was interrupted; a person must check the mailbox"
            )
        if existing.status is SendStatus.FAILED:
            return SendResult("failed", existing.detail or "the provider refused this message")
        return SendResult("already_sent", existing.status.value, existing.provider_message_id)
    reason = fresh(email)
    if reason is not None:
        repo.put_record(
            email.tenant_id,
            KIND,
            email.send_key,
            record.model_copy(update={"status": SendStatus.STOPPED, "detail": reason}),
        )
        return SendResult("stopped", reason)
    try:
        message_id = sender.send(email)
    except EmailThrottledError:
        # Refused before acceptance, so nothing went out: release the claim so the retry can send it.
        repo.delete_record(email.tenant_id, KIND, email.send_key)
        raise
    except Exception as exc:
        # The provider answered with a refusal, so nothing went out: record it; the caller decides what next.
        failed = record.model_copy(
            update={"status": SendStatus.FAILED, "detail": f"{type(exc).__name__}: {exc}"}
        )
        repo.put_record(email.tenant_id, KIND, email.send_key, failed)
        raise
    repo.put_record(
        email.tenant_id,
        KIND,
        email.send_key,
        record.model_copy(update={"status": SendStatus.SENT, "provider_message_id": message_id}),
    )
    return SendResult("sent", provider_message_id=message_id)
