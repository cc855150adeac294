"""``FakeEmailSender``: the local twin of SES. Records what would have been sent; sends nothing.

In local mode it also appends each message to ``.argent/outbox/emails.jsonl`` so a person can read what the
agent would have said.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from chalicelib.domain.outbound import Attachment, OutboundEmail
from chalicelib.services.outbound import EmailRejectedError


class FakeEmailSender:
    def __init__(
        self,
        outbox: Path | None = None,
        refuse: set[str] | None = None,
        read_attachment: Callable[[str, Attachment], bytes] | None = None,
    ) -> None:
        self.sent: list[OutboundEmail] = []
        # The bytes each sent message carried, per send key: what the customer would have received.
        self.attached: dict[str, list[tuple[str, bytes]]] = {}
        self._outbox = outbox
        self._refuse = refuse or set()
        self._read_attachment = read_attachment

    def send(self, email: OutboundEmail) -> str:
        refused = sorted(set(email.to) & self._refuse)
        if refused:
            raise EmailRejectedError(tuple(refused), "refused by the local SES twin")
        if email.attachments:
            # Like SES's adapter: a file that cannot be read fails the send instead of going out without it.
            if self._read_attachment is None:
                raise RuntimeError("this sender cannot attach files: no document store configured")
            self.attached[email.send_key] = [
                (a.filename, self._read_attachment(email.tenant_id, a)) for a in email.attachments
            ]
        self.sent.append(email)
        message_id = f"local-{len(self.sent):06d}@argent.local"
        if self._outbox is not None:
            self._outbox.mkdir(parents=True, exist_ok=True)
            with (self._outbox / "emails.jsonl").open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"message_id": message_id, **email.model_dump(mode="json")}) + "\n")
        return message_id
