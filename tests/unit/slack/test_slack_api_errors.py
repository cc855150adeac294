"""Slack's API failing (rate limited, channel gone, token revoked) never loses an approval request.

The real ``SlackWebNotifier`` runs on slack_sdk's own client, retry handlers and error parsing; only urllib's
``urlopen`` is replaced by a stand-in that answers the way Slack's documented error responses look.
"""

from __future__ import annotations

import io
import json
from email.message import Message
from typing import Any
from urllib.error import HTTPError

import pytest
import slack_sdk.web.base_client as web_base
import slack_sdk.webhook.client as webhook_module

from chalicelib.adapters.slack_api import SlackWebNotifier
from chalicelib.adapters.token_cipher import LocalCipher
from chalicelib.domain.outbound import ApprovalStatus
from chalicelib.services.escalations import raise_escalation, settle
from chalicelib.services.slack_approvals import POST_KIND, SlackError, SlackPost, publish_pending
from chalicelib.services.slack_install import INSTALL_KEY, INSTALL_KIND, SlackInstall, get_install
from tests.unit.slack._world import World, world


class _Response:
    def __init__(self, status: int, body: dict[str, Any] | str) -> None:
        self.code = self.status = status
        self.headers = Message()
        self.headers["Content-Type"] = "application/json; charset=utf-8"
        self._body = (json.dumps(body) if isinstance(body, dict) else body).encode()

    def read(self) -> bytes:
        return self._body


class FakeSlackHTTP:
    """Answers queued per API method; records every request (method, JSON or form body)."""

    def __init__(self) -> None:
        self.answers: dict[str, list[Any]] = {}
        self.requests: list[tuple[str, bytes]] = []

    def answer(self, method: str, *answers: Any) -> None:
        self.answers.setdefault(method, []).extend(answers)

    def __call__(self, req: Any, context: Any = None, timeout: Any = None) -> _Response:
        method = req.full_url.rsplit("/", 1)[-1]
        self.requests.append((method, req.data or b""))
        queued = self.answers.get(method) or [{"ok": True}]
        answer = queued.pop(0) if len(queued) > 1 else queued[0]
        if isinstance(answer, int):  # an HTTP error status
            headers = Message()
            headers["Retry-After"] = "0"
            headers["Content-Type"] = "application/json"
            raise HTTPError(
                req.full_url, answer, "error", headers, io.BytesIO(b'{"ok": false, "error": "ratelimited"}')
            )
        if isinstance(answer, tuple):
            return _Response(answer[0], answer[1])
        return _Response(200, answer)


@pytest.fixture
def http(monkeypatch: pytest.MonkeyPatch) -> FakeSlackHTTP:
    fake = FakeSlackHTTP()
    monkeypatch.setattr(web_base, "urlopen", fake)
    monkeypatch.setattr(webhook_module, "urlopen", fake)
    return fake


def _installed(w: World, cipher: LocalCipher) -> None:
    token = cipher.encrypt("xoxb-acme", context={"tenant_id": "acme", "slack_team_id": "T1"})
    w.repo.put_record(
        "acme",
        INSTALL_KIND,
        INSTALL_KEY,
        SlackInstall(
            tenant_id="acme",
            team_id="T1",
            bot_token_encrypted=token,
            channel_id="C1",
            installed_at=w.clock.now(),
        ),
    )


def _publish(w: World, cipher: LocalCipher) -> Any:
    return publish_pending(w.repo, SlackWebNotifier(), cipher, w.clock.now(), "acme")


def _post(w: World) -> SlackPost | None:
    return w.repo.get_record("acme", POST_KIND, w.pending()[0].approval_id, SlackPost)


def test_a_posted_approval_carries_its_buttons_and_the_bot_token(http: FakeSlackHTTP) -> None:
    w, cipher = world(), LocalCipher("t")
    _installed(w, cipher)
    http.answer("chat.postMessage", {"ok": True, "channel": "C1", "ts": "1700000000.000100"})
    report = _publish(w, cipher)
    assert report.posted == 1 and report.failed == 0
    method, body = http.requests[0]
    sent = json.loads(body)
    assert method == "chat.postMessage" and sent["channel"] == "C1"
    actions = next(b for b in sent["blocks"] if b["type"] == "actions")
    assert [e["action_id"] for e in actions["elements"]] == [
        "argent_approve",
        "argent_open_edit",
        "argent_open_reject",
        "argent_open_snooze",
        "argent_take_over",
    ]
    post = _post(w)
    assert post is not None and (post.channel, post.ts) == ("C1", "1700000000.000100")
    assert _publish(w, cipher).posted == 0  # posted once


def test_rate_limited_after_the_sdk_retry_keeps_the_request_and_posts_it_next_run(
    http: FakeSlackHTTP,
) -> None:
    w, cipher = world(), LocalCipher("t")
    _installed(w, cipher)
    http.answer("chat.postMessage", 429, 429, {"ok": True, "channel": "C1", "ts": "1.2"})
    report = _publish(w, cipher)
    assert report.posted == 0 and report.failed == 1 and "rate_limited" in report.errors[0]
    assert [m for m, _ in http.requests] == ["chat.postMessage", "chat.postMessage"]  # slack_sdk retried once
    post = _post(w)
    assert post is not None and post.ts is None and "rate_limited" in (post.last_error or "")
    assert w.pending()[0].status is ApprovalStatus.PENDING
    assert _publish(w, cipher).posted == 1


def test_a_missing_channel_keeps_the_request_pending(http: FakeSlackHTTP) -> None:
    w, cipher = world(), LocalCipher("t")
    _installed(w, cipher)
    http.answer("chat.postMessage", {"ok": False, "error": "channel_not_found"})
    report = _publish(w, cipher)
    assert report.failed == 1 and "channel_not_found" in report.errors[0]
    assert w.pending()[0].status is ApprovalStatus.PENDING
    install = get_install(w.repo, "acme")
    assert install is not None and not install.needs_reconnect


def test_a_revoked_token_asks_for_a_reconnect_and_stops_posting(http: FakeSlackHTTP) -> None:
    w, cipher = world(), LocalCipher("t")
    _installed(w, cipher)
    http.answer("chat.postMessage", {"ok": False, "error": "token_revoked"})
    assert _publish(w, cipher).failed == 1
    install = get_install(w.repo, "acme")
    assert install is not None and install.needs_reconnect and "token_revoked" in (install.last_error or "")
    again = _publish(w, cipher)
    assert again.posted == 0 and "reconnect" in again.skipped and len(http.requests) == 1
    assert w.pending()[0].status is ApprovalStatus.PENDING


def test_response_url_errors_become_slack_errors(http: FakeSlackHTTP) -> None:
    notifier = SlackWebNotifier()
    http.answer("e2e", (404, "expired_url"))
    with pytest.raises(SlackError) as expired:
        notifier.respond("https://hooks.slack.com/actions/T1/1/e2e", None, "hello", replace=False)
    assert expired.value.kind == "expired"


def test_a_failed_message_update_does_not_undo_the_decision(http: FakeSlackHTTP) -> None:
    from chalicelib.adapters.slack_queue import InProcessWorkQueue
    from chalicelib.services.slack_approvals import ActionRef, SlackDeps, SlackInteraction, SlackJob, run_job

    w, cipher = world(), LocalCipher("t")
    _installed(w, cipher)
    approval = w.pending()[0]
    http.answer("e2e", 429, 429)
    deps = SlackDeps(approvals=w.deps, notifier=SlackWebNotifier(), cipher=cipher, queue=InProcessWorkQueue())
    ref = ActionRef(
        tenant_id="acme", approval_id=approval.approval_id, fingerprint=approval.email.fingerprint()
    )
    job = SlackJob(
        tenant_id="acme",
        interaction=SlackInteraction(
            action="approve",
            ref=ref,
            user_id="U_BOSS",
            team_id="T1",
            response_url="https://hooks.slack.com/x/e2e",
        ),
    )
    outcome = run_job(deps, job)
    assert outcome.status == "decided" and not outcome.reported and len(w.sender.sent) == 1
    assert (
        run_job(deps, job).status == "refused" and len(w.sender.sent) == 1
    )  # a redelivered job sends nothing


def test_an_escalation_the_agent_settled_is_rewritten_in_place_once(http: FakeSlackHTTP) -> None:
    w, cipher = world(), LocalCipher("t")
    _installed(w, cipher)
    raise_escalation(
        w.repo,
        "acme",
        "cash-review:pi_9",
        reason="payment pi_9 needs a person",
        at=w.clock.now(),
        source="cash",
    )
    http.answer("chat.postMessage", {"ok": True, "channel": "C1", "ts": "1700000000.000200"})
    assert _publish(w, cipher).posted == 2  # the approval and the escalation
    posted = [json.loads(body) for method, body in http.requests if method == "chat.postMessage"]
    buttons = next(b for b in posted[-1]["blocks"] if b["type"] == "actions")["elements"]
    assert [e["action_id"] for e in buttons] == ["argent_esc_handled"]  # no case: nothing to take over
    assert settle(w.repo, "acme", "cash-review:pi_9", by="cash", at=w.clock.now(), note="applied to INV-7")
    _publish(w, cipher)
    _publish(w, cipher)
    updates = [json.loads(body) for method, body in http.requests if method == "chat.update"]
    assert len(updates) == 1 and updates[0]["ts"] == "1700000000.000200"
    assert updates[0]["text"].startswith("Settled by the agent") and "applied to INV-7" in updates[0]["text"]
    assert not any(b["type"] == "actions" for b in updates[0]["blocks"])
