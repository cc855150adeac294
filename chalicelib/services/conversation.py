"""Outbound mail leaves two traces for the inbound side: the conversation memory and the thread index.

``RecordingSender`` wraps the real ``EmailSender``. After the provider accepted a message it remembers what
we said (per customer, session = case) and maps the provider's message id to the case, so a reply whose
In-Reply-To names that id threads back even when the reply-to address was lost. Neither trace may cost the
send: the provider already accepted the message, so a failure here is logged and the send stands.
"""

from __future__ import annotations

import logging
from datetime import datetime

from chalicelib.domain.outbound import OutboundEmail
from chalicelib.services.inbound import THREAD_KIND, ThreadRef, bare_message_id
from chalicelib.services.ports import Clock, ConversationMemory, EmailSender, Repository

log = logging.getLogger(__name__)


class RecordingSender:
    def __init__(
        self, inner: EmailSender, *, repo: Repository, clock: Clock, memory: ConversationMemory | None
    ) -> None:
        self.inner = inner
        self._repo = repo
        self._clock = clock
        self._memory = memory

    def send(self, email: OutboundEmail) -> str:
        message_id = self.inner.send(email)
        now: datetime = self._clock.now()
        try:
            if message_id:
                self._repo.put_record(
                    email.tenant_id,
                    THREAD_KIND,
                    bare_message_id(message_id),
                    ThreadRef(case_id=email.case_id, sent_at=now),
                )
            if self._memory is not None:
                case = self._repo.get_case(email.tenant_id, email.case_id)
                customer_id = case.customer_id if case else email.case_id
                self._memory.record(
                    email.tenant_id,
                    customer_id,
                    email.case_id,
                    role="agent",
                    text=f"Subject: {email.subject}\n\n{email.body_text}",
                    at=now,
                )
        except Exception:  # the mail went out; losing a trace must not make the caller think it did not
            log.exception(
                "could not record outbound %s for %s/%s", message_id, email.tenant_id, email.case_id
            )
        return message_id

    def __getattr__(self, name: str) -> object:
        # The local outbox twin exposes what it "sent" (tests and the CLI read it through the container).
        return getattr(self.inner, name)
