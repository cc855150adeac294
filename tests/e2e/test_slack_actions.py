"""Slack clicks through Chalice's test client: signed like Slack signs them, shaped like Slack's real payloads.

The interaction bodies start from a real captured ``block_actions`` / ``view_submission`` request
(tests/fixtures/slack, see SOURCES.md); only the action (our button) and the message container are swapped
in, and the result is form-encoded and signed with the v0 scheme, as Slack does.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest
from chalice.test import Client
from pydantic import SecretStr

from chalicelib.adapters.slack_blocks import approval_blocks, escalation_blocks, form_view
from chalicelib.adapters.slack_fake import FakeSlackNotifier
from chalicelib.adapters.slack_queue import InProcessWorkQueue
from chalicelib.adapters.token_cipher import LocalCipher
from chalicelib.bootstrap import Container
from chalicelib.domain.outbound import ApprovalStatus
from chalicelib.services.approvals_query import get_approval
from chalicelib.services.escalations import get_mark, raise_escalation
from chalicelib.services.slack_approvals import approval_card, escalation_card
from chalicelib.services.slack_install import INSTALL_KEY, INSTALL_KIND, SlackInstall
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.unit.slack._world import World, world

FIX = Path(__file__).parents[1] / "fixtures" / "slack"
SECRET = "e2e-slack-signing-secret"
TEAM = "T7NS02BFB"  # the team of the captured payloads


def _real(name: str) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(parse_qs((FIX / name).read_text())["payload"][0])
    return payload


@dataclass
class E2E:
    client: Client
    w: World
    notifier: FakeSlackNotifier
    queue: InProcessWorkQueue
    clicks: int = 0

    def post(self, payload: dict[str, Any], *, secret: str = SECRET, age_s: int = 0) -> Any:
        body = urlencode({"payload": json.dumps(payload)}).encode()
        ts = str(int(self.w.clock.now().timestamp()) - age_s)
        sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": sig,
        }
        return self.client.http.post("/slack/actions", headers=headers, body=body)

    def click(self, action: str, tenant_id: str = "acme", user: str = "U_BOSS") -> Any:
        """Our button on the posted approval message, in the envelope of the real captured click."""
        approval = self.w.pending(tenant_id)[0] if self.w.pending(tenant_id) else None
        assert approval is not None
        card = approval_card(self.w.repo, approval)
        return self._press(approval_blocks(card)[-1]["elements"], action, user)

    def click_escalation(self, action: str, key: str, tenant_id: str = "acme", user: str = "U_BOSS") -> Any:
        """A button of the posted escalation message (the card as ``publish_pending`` renders it)."""
        card = escalation_card(self.w.repo, tenant_id, key)
        assert card is not None
        return self._press(escalation_blocks(card)[-1]["elements"], action, user)

    def _press(self, buttons: list[dict[str, Any]], action: str, user: str) -> Any:
        button = next(b for b in buttons if b["action_id"] == f"argent_{action}")
        self.clicks += 1
        payload = _real("bzapp_block_actions_view_button_edit_events.form.txt")
        payload.pop("view")
        payload["user"]["id"] = user
        payload["trigger_id"] = f"{self.clicks}.260884079521.e2e"
        payload["container"] = {
            "type": "message",
            "message_ts": "1700000000.000001",
            "channel_id": "C_APPROVALS",
        }
        payload["channel"] = {"id": "C_APPROVALS", "name": "ar-approvals"}
        payload["response_url"] = f"https://hooks.slack.com/actions/{TEAM}/{self.clicks}/e2e"
        payload["actions"] = [
            {**button, "block_id": "argent_decide", "type": "button", "action_ts": "1700000001.1"}
        ]
        return self.post(payload)

    def submit(self, form: str, values: dict[str, dict[str, Any]], tenant_id: str = "acme") -> Any:
        """A modal submission in the envelope of the real captured view_submission."""
        approval = self.w.pending(tenant_id)[0]
        view = form_view(form, approval_card(self.w.repo, approval), "C_APPROVALS|1700000000.000001")
        self.clicks += 1
        payload = _real("bzapp_view_submission_add_event.form.txt")
        payload["trigger_id"] = f"{self.clicks}.260884079521.e2e"
        payload["user"]["id"] = "U_BOSS"
        payload["view"].update(
            callback_id=view["callback_id"],
            private_metadata=view["private_metadata"],
            state={"values": values},
        )
        return self.post(payload)


@pytest.fixture
def e2e(monkeypatch: pytest.MonkeyPatch) -> Iterator[E2E]:
    import app as app_module

    w = world(tenants=("acme", "globex"))
    settings = load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "test", "SLACK_SIGNING_SECRET": SECRET})
    notifier, queue, cipher = FakeSlackNotifier(), InProcessWorkQueue(), LocalCipher("e2e")
    container = Container(
        settings=settings,
        repo=w.repo,
        clock=w.clock,
        email_sender=w.sender,
        freshness=w.deps.fresh,
        slack_notifier=notifier,
        slack_queue=queue,
        cipher=cipher,
    )
    for tenant_id, team in (("acme", TEAM), ("globex", "T_GLOBEX")):
        token = cipher.encrypt(f"xoxb-{tenant_id}", context={"tenant_id": tenant_id, "slack_team_id": team})
        install = SlackInstall(
            tenant_id=tenant_id,
            team_id=team,
            bot_token_encrypted=token,
            channel_id="C_APPROVALS",
            installed_at=w.clock.now(),
        )
        w.repo.put_record(tenant_id, INSTALL_KIND, INSTALL_KEY, install)
        w.repo.put_route("slack", team, tenant_id)
    monkeypatch.setattr(app_module, "container", lambda: container)
    with Client(app_module.app) as client:
        yield E2E(client, w, notifier, queue)


def test_approve_is_acknowledged_first_then_sent_and_the_message_rewritten(e2e: E2E) -> None:
    answer = e2e.click("approve")
    assert answer.status_code == 200 and answer.body in (b"", "")
    assert e2e.w.sender.sent == [] and len(e2e.queue.jobs) == 1  # acknowledged; the work waits for the worker
    (outcome,) = e2e.queue.drain()
    assert outcome.status == "decided" and outcome.reported
    assert len(e2e.w.sender.sent) == 1
    (update,) = e2e.notifier.of("response_url")
    assert update["text"] == "Approved by <@U_BOSS>, sent 14:00 UTC" and update["replace_original"] is True
    assert not any(b["type"] == "actions" for b in update["blocks"])  # nobody clicks a decided request again


def test_two_clicks_on_approve_send_once(e2e: E2E) -> None:
    first, second = e2e.click("approve"), e2e.click("approve")
    assert first.status_code == second.status_code == 200
    outcomes = e2e.queue.drain()
    assert [o.status for o in outcomes] == ["decided", "refused"]
    assert len(e2e.w.sender.sent) == 1
    assert "already approved by person:U_BOSS" in e2e.notifier.of("response_url")[1]["text"]


def test_a_click_from_one_workspace_cannot_decide_another_tenants_request(e2e: E2E) -> None:
    # Team T7NS02BFB is acme's; the button names globex's request (a forged or misrouted value).
    answer = e2e.click("approve", tenant_id="globex")
    assert answer.status_code == 200
    e2e.queue.drain()
    assert e2e.w.sender.sent == []
    assert e2e.w.pending("globex")[0].status is ApprovalStatus.PENDING
    assert e2e.w.pending("acme")[0].status is ApprovalStatus.PENDING
    (note,) = e2e.notifier.of("response_url")
    assert "another account" in note["text"] and note["replace_original"] is False and note["blocks"] is None


def test_a_person_off_the_roster_is_refused(e2e: E2E) -> None:
    e2e.click("approve", user="U_STRANGER")
    e2e.queue.drain()
    assert e2e.w.sender.sent == []
    assert "not an approver" in e2e.notifier.of("response_url")[0]["text"]


def test_edit_opens_a_modal_and_a_blocked_edit_says_why_in_it(e2e: E2E) -> None:
    e2e.click("open_edit")
    (opened,) = e2e.notifier.of("views.open")
    assert opened["view"]["callback_id"] == "argent_edit" and e2e.queue.jobs == []
    approval = e2e.w.pending()[0]
    bad = {
        "subject": {"value": {"type": "plain_text_input", "value": approval.email.subject}},
        "body": {
            "value": {
                "type": "plain_text_input",
                "value": "We will take legal action.\n" + approval.email.body_text,
            }
        },
    }
    answer = e2e.submit("edit", bad)
    assert answer.json_body["response_action"] == "errors"
    assert "legal_threat" in answer.json_body["errors"]["body"] and e2e.queue.jobs == []
    good = {
        **bad,
        "body": {
            "value": {
                "type": "plain_text_input",
                "value": "Just a friendly nudge.\n" + approval.email.body_text,
            }
        },
    }
    assert e2e.submit("edit", good).body in (b"", "")
    e2e.queue.drain()
    assert e2e.w.sender.sent[0].body_text.startswith("Just a friendly nudge.")
    (update,) = e2e.notifier.of("chat.update")
    assert (update["channel"], update["ts"]) == ("C_APPROVALS", "1700000000.000001")


def test_reject_and_snooze_are_taken_from_their_modals(e2e: E2E) -> None:
    e2e.submit("reject", {"reason": {"value": {"type": "plain_text_input", "value": "paid by wire"}}})
    e2e.queue.drain()
    acme = get_approval(e2e.w.repo, "acme", e2e.w.pending("globex")[0].approval_id)
    assert acme is not None and acme.status is ApprovalStatus.REJECTED and acme.note == "paid by wire"
    e2e.submit(
        "snooze",
        {"until": {"value": {"type": "datepicker", "selected_date": "2026-03-20"}}},
        tenant_id="globex",
    )
    # globex's request is not acme's team's to snooze: refused, still pending
    e2e.queue.drain()
    assert e2e.w.pending("globex")[0].status is ApprovalStatus.PENDING


def test_take_over_pauses_the_case(e2e: E2E) -> None:
    e2e.click("take_over")
    e2e.queue.drain()
    case = e2e.w.repo.get_case("acme", "c1")
    assert case is not None and case.assignee == "U_BOSS" and case.state.value == "paused"


def _escalate(e2e: E2E, tenant_id: str = "acme") -> str:
    raise_escalation(
        e2e.w.repo,
        tenant_id,
        "c1:broken",
        reason="broken promise: the payment promised for 2026-03-01 did not arrive",
        at=e2e.w.clock.now(),
        source="case",
        case_id="c1",
        priority="high",
    )
    return "escalation:c1:broken"


def test_an_escalation_is_taken_over_from_its_message_and_a_second_click_changes_nothing(e2e: E2E) -> None:
    key = _escalate(e2e)
    labels = [
        b["text"]["text"] for b in escalation_blocks(escalation_card(e2e.w.repo, "acme", key))[-1]["elements"]
    ]
    assert labels == ["Mark handled", "Take over"]
    assert e2e.click_escalation("esc_take_over", key).status_code == 200
    assert e2e.click_escalation("esc_handled", key).status_code == 200
    assert [o.status for o in e2e.queue.drain()] == ["decided", "refused"]
    case = e2e.w.repo.get_case("acme", "c1")
    assert case is not None and case.assignee == "U_BOSS" and case.state.value == "paused"
    first, second = e2e.notifier.of("response_url")
    assert first["text"].startswith("Taken over by <@U_BOSS>") and first["replace_original"] is True
    assert not any(b["type"] == "actions" for b in first["blocks"])
    assert second["text"] == first["text"]  # the second click is shown what happened, nothing more
    mark = get_mark(e2e.w.repo, "acme", key)
    assert mark is not None and mark.outcome == "taken_over" and mark.shown
    assert escalation_card(e2e.w.repo, "acme", key).handled == first["text"]


def test_an_escalation_of_another_tenant_or_by_someone_off_the_roster_is_refused(e2e: E2E) -> None:
    key = _escalate(e2e, "globex")
    e2e.click_escalation("esc_handled", key, tenant_id="globex")  # from acme's workspace (team T7NS02BFB)
    _escalate(e2e, "acme")
    e2e.click_escalation("esc_handled", key, tenant_id="acme", user="U_STRANGER")
    e2e.queue.drain()
    assert get_mark(e2e.w.repo, "globex", key) is None and get_mark(e2e.w.repo, "acme", key) is None
    refused = [n["text"] for n in e2e.notifier.of("response_url")]
    assert "another account" in refused[0] and "not an approver" in refused[1]


def test_the_real_captured_payloads_are_accepted_and_left_alone(e2e: E2E) -> None:
    for name in (
        "bzapp_block_actions_view_button_edit_events.form.txt",
        "bzapp_block_actions_view_button_remove_event.form.txt",
        "bzapp_view_submission_add_event.form.txt",
        "bzapp_view_closed_edit_events.form.txt",
    ):
        body = (FIX / name).read_bytes()
        ts = str(int(e2e.w.clock.now().timestamp()))
        sig = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
        answer = e2e.client.http.post(
            "/slack/actions",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp": ts,
                "X-Slack-Signature": sig,
            },
            body=body,
        )
        assert answer.status_code == 200 and answer.json_body["status"] == "accepted", name
    assert e2e.queue.jobs == [] and e2e.notifier.calls == []


def test_a_wrongly_signed_or_old_click_is_refused_before_anything_runs(e2e: E2E) -> None:
    payload = _real("bzapp_block_actions_view_button_edit_events.form.txt")
    assert e2e.post(payload, secret="not-the-secret").status_code == 400
    assert e2e.post(payload, age_s=6 * 60).status_code == 400
    assert e2e.post(payload, age_s=4 * 60).status_code == 200


def test_install_needs_a_signed_link_and_the_callback_connects_the_workspace(
    e2e: E2E, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chalicelib.services.slack_install import OAuthResult, sign_state

    class FakeOAuth:
        def authorize_url(self, state: str) -> str:
            return f"https://slack.com/oauth/v2/authorize?state={state}"

        def exchange(self, code: str) -> OAuthResult:
            return OAuthResult(
                team_id="T_NEW", team_name="New Co", bot_token="xoxb-new", channel_id="C9", channel_name="ar"
            )

    import app as app_module

    container = app_module.container()
    monkeypatch.setattr(container, "slack_oauth", FakeOAuth)
    container.settings = container.settings.model_copy(update={"slack_client_secret": SecretStr("cs")})
    e2e.w.repo.delete_record("acme", INSTALL_KIND, INSTALL_KEY)
    assert e2e.client.http.get("/install/slack?link=acme").status_code == 400  # unsigned: refused
    link = sign_state("cs", "acme", e2e.w.clock.now())
    started = e2e.client.http.get(f"/install/slack?link={link}")
    assert started.status_code == 302
    state = parse_qs(started.headers["Location"].split("?", 1)[1])["state"][0]
    done = e2e.client.http.get(f"/oauth/slack/callback?state={state}&code=abc")
    assert done.status_code == 200 and b"New Co" in done.body
    assert e2e.w.repo.route("slack", "T_NEW") == "acme"
    replay = e2e.client.http.get(f"/oauth/slack/callback?state={state}&code=abc")
    assert replay.status_code == 400
