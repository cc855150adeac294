"""``SQSQueue``: the sweep's fan-out on Amazon SQS, and ``FakeQueue``, its in-memory twin.

Outside contract: SQS SendMessageBatch takes at most 10 entries (256 KB in total) and may accept some and
fail others in one call (``Failed`` in the response, not an exception); those are retried, and whatever
still fails raises so the scheduled sweep run is retried as a whole (re-enqueueing a case is harmless: the
worker skips a case that is no longer due).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from chalicelib.services.sweep import CaseMessage

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient

SQS_BATCH = 10


class QueueSendError(RuntimeError):
    """Some messages could not be enqueued."""


class SQSQueue:
    def __init__(self, client: SQSClient, queue_name: str, *, attempts: int = 3) -> None:
        self._sqs = client
        self._name = queue_name
        self._url: str | None = None
        self._attempts = attempts

    @property
    def url(self) -> str:
        if self._url is None:
            self._url = self._sqs.get_queue_url(QueueName=self._name)["QueueUrl"]
        return self._url

    def send_many(self, messages: list[CaseMessage]) -> None:
        for start in range(0, len(messages), SQS_BATCH):
            pending: dict[str, CaseMessage] = {
                str(i): m for i, m in enumerate(messages[start : start + SQS_BATCH])
            }
            for _ in range(self._attempts):
                entries: Any = [{"Id": key, "MessageBody": m.to_json()} for key, m in pending.items()]
                response = self._sqs.send_message_batch(QueueUrl=self.url, Entries=entries)
                failed = {f["Id"] for f in response.get("Failed", [])}
                pending = {key: m for key, m in pending.items() if key in failed}
                if not pending:
                    break
            if pending:
                raise QueueSendError(f"{len(pending)} case message(s) could not be enqueued")


@dataclass
class FakeQueue:
    """Keeps messages in order; ``drain`` delivers them one at a time like an SQS trigger with batch size 1.

    A handler that raises leaves its message on the queue (redelivered on a later drain, up to
    ``max_receives``, then moved to ``dead``), exactly as SQS does with a redrive policy.
    """

    max_receives: int = 3
    messages: list[CaseMessage] = field(default_factory=list)
    receives: dict[CaseMessage, int] = field(default_factory=dict)
    dead: list[CaseMessage] = field(default_factory=list)

    def send_many(self, messages: list[CaseMessage]) -> None:
        self.messages.extend(messages)

    def drain(self, handler: Callable[[CaseMessage], object]) -> list[tuple[CaseMessage, Exception]]:
        failures: list[tuple[CaseMessage, Exception]] = []
        batch, self.messages = self.messages, []
        for message in batch:
            self.receives[message] = self.receives.get(message, 0) + 1
            try:
                handler(message)
            except Exception as exc:
                failures.append((message, exc))
                if self.receives[message] >= self.max_receives:
                    self.dead.append(message)
                else:
                    self.messages.append(message)
        return failures
