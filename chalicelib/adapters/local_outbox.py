"""``FakeEmailSender``: the local twin of SES. Records what would have been sent; sends nothing.

In local mode it also appends each message to ``.argent/outbox/emails.jsonl`` so a person can read what the
agent would have said.
"""

from __future__ import annotations

import json
from pathlib import Path

from chalicelib.domain.outbound import OutboundEmail
from chalicelib.services.outbound import EmailRejectedError


class FakeEmailSender:
    def __init__(self, outbox: Path | None = None, refuse: set[str] | None = None) -> None:
        self.sent: list[OutboundEmail] = []
        self._outbox = outbox
        self._refuse = refuse or set()

    def send(self, email: OutboundEmail) -> str:
        refused = sorted(set(email.to) & self._refuse)
        if refused:
            raise EmailRejectedError(tuple(refused), "refused by the local SES twin")
        self.sent.append(email)
        message_id = f"local-{len(self.sent):06d}@argent.local"
        if self._outbox is not None:
            self._outbox.mkdir(parents=True, exist_ok=True)
            with (self._outbox / "emails.jsonl").open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"message_id": message_id, **email.model_dump(mode="json")}) + "\n")
        return message_id
