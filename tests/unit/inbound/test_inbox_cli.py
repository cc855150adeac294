"""``inbox``: take in .eml files one by one (a broken one does not stop the rest) and list what waits."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chalicelib import cli
from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.memory import FakeRepository
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.commands import inbox
from chalicelib.services.cases import refresh_customer_case
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

ACME = tenant(reply_domain="ar.acme.example")


@pytest.fixture
def box(monkeypatch: pytest.MonkeyPatch) -> Container:
    repo, clock = FakeRepository(), FixedClock(NOW)
    repo.put_tenant(ACME)
    repo.put_customer(customer(contacts=[{"email": "ap@c1.example"}]))
    repo.put_invoice(invoice(invoice_id="1042", due=NOW.date().replace(day=1), amount="500.00"))
    refresh_customer_case(repo, clock, ACME, "c1", actor="system:import", reason="test")
    container = Container(
        settings=load_settings(dict(LOCAL_DEFAULTS)), repo=repo, clock=clock, email_sender=FakeEmailSender()
    )

    @contextlib.contextmanager
    def services() -> Iterator[Container]:
        yield container

    monkeypatch.setattr(inbox, "services", services)
    return container


def _eml(path: Path, sender: str, body: str, message_id: str) -> str:
    path.write_bytes(
        f"From: {sender}\nTo: collections@ar.acme.example\nSubject: INV-1042\nMessage-ID: {message_id}\n\n{body}\n".encode()
    )
    return str(path)


def test_receive_then_list(tmp_path: Path, box: Container, capsys: Any) -> None:
    files = [
        str(tmp_path / "missing.eml"),
        _eml(tmp_path / "a.eml", "someone@unknown.example", "Who is this?", "<a@x>"),
        _eml(tmp_path / "b.eml", "ap@c1.example", "We dispute INV-1042, wrong price.", "<b@c1>"),
    ]
    assert cli.main(["inbox", "--tenant", "acme", "--receive", *files, "--escalations", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in out["received"]] == ["error", "inbox", "acted"]
    assert [i["sender"] for i in out["inbox"]] == ["someone@unknown.example"]
    assert [e["case_id"] for e in out["escalations"]] == ["c1"]


def test_unreadable_mail_is_listed_with_its_error_only_when_its_tenant_is_known(
    tmp_path: Path, box: Container, capsys: Any
) -> None:
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"\x00\x01\x02")
    # Without headers there is no recipient to tell the tenant by: dropped with a line, never guessed.
    assert cli.main(["inbox", "--tenant", "acme", "--receive", str(broken)]) == 0
    assert "dropped" in capsys.readouterr().out
    # Told where it arrived (as SES always is), it is listed, with the error and where the file is.
    assert (
        cli.main(
            ["inbox", "--tenant", "acme", "--to", "collections@ar.acme.example", "--receive", str(broken)]
        )
        == 0
    )
    text = capsys.readouterr().out
    assert "1 message(s) in the inbox of acme" in text
    assert "UNREADABLE" in text and str(broken) in text
