"""``approvals approve|reject|allow`` and ``slack publish`` go through the same service functions as Slack."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

import pytest

from chalicelib.adapters.slack_fake import FakeSlackNotifier
from chalicelib.adapters.token_cipher import LocalCipher
from chalicelib.bootstrap import Container
from chalicelib.commands import approvals as approvals_cmd
from chalicelib.commands import approvals_decide, escalations, slack
from chalicelib.domain.outbound import ApprovalStatus
from chalicelib.services.escalations import raise_escalation
from chalicelib.services.slack_install import INSTALL_KEY, INSTALL_KIND, SlackInstall
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.unit.slack._world import World, world


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    approvals_cmd.register(sub)  # the sweep's `approvals list`
    approvals_decide.register(sub)
    slack.register(sub)
    escalations.register(sub)
    return parser


@pytest.fixture
def w(monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    w = world()
    settings = load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "test", "SLACK_CLIENT_SECRET": "s"})
    c = Container(
        settings=settings,
        repo=w.repo,
        clock=w.clock,
        email_sender=w.sender,
        freshness=w.deps.fresh,
        slack_notifier=FakeSlackNotifier(),
        cipher=LocalCipher("t"),
    )

    @contextlib.contextmanager
    def services() -> Iterator[Container]:
        yield c

    for module in (approvals_cmd, approvals_decide, slack, escalations):
        monkeypatch.setattr(module, "services", services)
    w.container = c  # type: ignore[attr-defined]
    yield w


def _run(*argv: str) -> int:
    args = _parser().parse_args(list(argv))
    code: int = args.handler(args)
    return code


def test_cli_approve_sends_once_and_a_second_approve_is_refused(
    w: World, capsys: pytest.CaptureFixture[str]
) -> None:
    approval_id = w.pending()[0].approval_id
    assert _run("approvals", "approve", approval_id, "--as", "U_BOSS", "--tenant", "acme") == 0
    assert _run("approvals", "approve", approval_id, "--as", "U_BOSS", "--tenant", "acme") == 2
    out = capsys.readouterr().out
    assert "Approved by U_BOSS, sent" in out and "refused: this request was already approved" in out
    assert len(w.sender.sent) == 1


def test_cli_user_must_be_on_the_roster(w: World, capsys: pytest.CaptureFixture[str]) -> None:
    approval_id = w.pending()[0].approval_id
    assert (
        _run("approvals", "reject", approval_id, "--as", "alice", "--reason", "no", "--tenant", "acme") == 2
    )
    assert "alice is not an approver" in capsys.readouterr().out
    assert _run("approvals", "allow", "alice", "--up-to", "5000:usd", "--tenant", "acme") == 0
    assert (
        _run(
            "approvals",
            "reject",
            approval_id,
            "--as",
            "alice",
            "--reason",
            "wrong contact",
            "--tenant",
            "acme",
        )
        == 0
    )
    assert w.pending() == [] and _run("approvals", "list", "--status", "rejected", "--tenant", "acme") == 0
    assert "1 approval request(s)" in capsys.readouterr().out


def test_slack_publish_posts_to_the_local_twin(w: World, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("slack", "publish") == 0
    assert "Slack is not connected" in capsys.readouterr().out
    c: Container = w.container  # type: ignore[attr-defined]
    assert c.cipher is not None
    token = c.cipher.encrypt("xoxb-demo", context={"tenant_id": "acme", "slack_team_id": "T1"})
    install = SlackInstall(
        tenant_id="acme", team_id="T1", bot_token_encrypted=token, installed_at=w.clock.now()
    )
    w.repo.put_record("acme", INSTALL_KIND, INSTALL_KEY, install)
    assert _run("slack", "publish", "--tenant", "acme") == 0
    assert "no approvals channel" in capsys.readouterr().out
    assert _run("slack", "channel", "C42", "--tenant", "acme") == 0
    assert _run("slack", "publish", "--tenant", "acme") == 0
    assert "posted 1, failed 0" in capsys.readouterr().out
    notifier = c.slack_notifier
    assert isinstance(notifier, FakeSlackNotifier) and notifier.of("chat.postMessage")[0]["channel"] == "C42"
    assert w.pending()[0].status is ApprovalStatus.PENDING


def test_escalations_are_listed_handled_and_taken_over_from_the_cli(
    w: World, capsys: pytest.CaptureFixture[str]
) -> None:
    at = w.clock.now()
    raise_escalation(w.repo, "acme", "qbo", reason="QuickBooks needs a reconnect", at=at, source="quickbooks")
    raise_escalation(w.repo, "acme", "c1:7", reason="broken promise", at=at, source="case", case_id="c1")
    assert _run("escalations", "list", "--tenant", "acme") == 0
    listing = capsys.readouterr().out
    assert "2 escalation(s)" in listing and "escalation:qbo" in listing and "escalation:c1:7" in listing
    assert _run("escalations", "take-over", "escalation:qbo", "--tenant", "acme", "--as", "U_BOSS") == 2
    assert "not about one case" in capsys.readouterr().out
    assert _run("escalations", "handle", "escalation:qbo", "--tenant", "acme", "--as", "nobody") == 2
    assert "not an approver" in capsys.readouterr().out
    assert _run("escalations", "handle", "escalation:qbo", "--tenant", "acme", "--as", "U_BOSS") == 0
    assert _run("escalations", "take-over", "escalation:c1:7", "--tenant", "acme", "--as", "U_BOSS") == 0
    case = w.repo.get_case("acme", "c1")
    assert case is not None and case.assignee == "U_BOSS"
    capsys.readouterr()
    assert _run("escalations", "list", "--tenant", "acme") == 0
    assert capsys.readouterr().out.startswith("0 escalation(s)")
    assert _run("escalations", "list", "--all", "--tenant", "acme") == 0
    assert "Taken over by U_BOSS" in capsys.readouterr().out
