"""Where a Slack click's work runs after the 3-second answer.

``SQSWorkQueue``: one SQS message per job (SendMessage, JSON body); the ``slack_work`` handler in app.py runs
``run_job`` for it, and SQS redelivers (then dead-letters) a job whose worker crashed. Running a job twice is
harmless: decisions are claimed once and sends are keyed by the approval's action id.

``InProcessWorkQueue``: the twin for tests and local mode. ``immediate=True`` (local mode) runs each job as
it is enqueued, inside the request; otherwise jobs wait in ``jobs`` until ``drain()``, which lets a test see
that the answer went out before the work ran.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from chalicelib.services.slack_approvals import SlackJob

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient


class SQSWorkQueue:
    def __init__(self, client: SQSClient, queue_name: str) -> None:
        self._sqs = client
        self._name = queue_name
        self._url: str | None = None

    def enqueue(self, job: SlackJob) -> None:
        if self._url is None:
            self._url = self._sqs.get_queue_url(QueueName=self._name)["QueueUrl"]
        self._sqs.send_message(QueueUrl=self._url, MessageBody=job.model_dump_json())


class InProcessWorkQueue:
    def __init__(self, run: Callable[[SlackJob], Any] | None = None, *, immediate: bool = False) -> None:
        self.jobs: list[SlackJob] = []
        self.results: list[Any] = []
        self._run = run
        self._immediate = immediate

    def bind(self, run: Callable[[SlackJob], Any]) -> None:
        self._run = run

    def enqueue(self, job: SlackJob) -> None:
        # Through JSON, as on SQS: a job that does not survive serialisation fails here, not in production.
        job = SlackJob.model_validate_json(job.model_dump_json())
        self.jobs.append(job)
        if self._immediate:
            self.drain()

    def drain(self) -> list[Any]:
        if self._run is None:
            raise RuntimeError("InProcessWorkQueue has no worker bound")
        done = []
        while self.jobs:
            done.append(self._run(self.jobs.pop(0)))
        self.results += done
        return done
