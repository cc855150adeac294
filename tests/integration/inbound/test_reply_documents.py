"""Replies the agent answers with something other than the invoice: the remittance question after an
unconfirmed "we paid", and a standing document (W-9) the tenant uploaded. Real triage, real templates and
guardrails, the sweep's ladder; on the fake repository and on DynamoDB (moto)."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta
from typing import Any

import pytest

from chalicelib.adapters.blobs_fake import InMemoryBlobs
from chalicelib.adapters.local_outbox import FakeEmailSender
from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.adapters.ses_email import SESEmailSender
from chalicelib.adapters.slack_blocks import approval_blocks
from chalicelib.bootstrap import Container
from chalicelib.clock import FixedClock
from chalicelib.domain.approvers import Approver
from chalicelib.domain.case import CaseState
from chalicelib.domain.documents import DocumentError, DocumentKind
from chalicelib.domain.ledger import Contact
from chalicelib.domain.outbound import ApprovalRequest
from chalicelib.domain.policy import Autonomy, Playbook, Policy
from chalicelib.domain.reply_tokens import reply_address
from chalicelib.services import documents
from chalicelib.services.approvals import allow_approver
from chalicelib.services.cases import refresh_customer_case
from chalicelib.services.documents import AttachmentReader
from chalicelib.services.escalations import ESCALATION_KIND, Escalation
from chalicelib.services.inbound import InboundMail, IngestResult, ingest_reply, reply_answers
from chalicelib.services.slack_approvals import approval_card
from chalicelib.services.sweep import mark_playbook_debut
from chalicelib.settings import LOCAL_DEFAULTS, load_settings
from tests.conftest import NOW
from tests.factories import customer, invoice, tenant

SETTINGS = load_settings({**LOCAL_DEFAULTS, "ARGENT_STAGE": "test"})
SECRET = SETTINGS.reply_token_secret.get_secret_value()
TO = reply_address(SECRET, "acme", "c1", "ar.acme.example")
PDF = b"%PDF-1.7\n% a W-9, signed\n%%EOF\n"


def _world(repo: Any, *, autonomy: Autonomy = Autonomy.ACT, language: str = "en") -> Container:
    clock = FixedClock(NOW)
    book = Playbook(name="standard", autonomy=autonomy)
    acme = tenant(reply_domain="ar.acme.example", policy=Policy(playbooks=(book,)))
    repo.put_tenant(acme)
    repo.put_customer(customer(contacts=[Contact(email="ap@c1.example")], locale=language))
    repo.put_invoice(invoice(invoice_id="1042", due=NOW.date() - timedelta(days=20), amount="1200.00"))
    refresh_customer_case(repo, clock, acme, "c1", actor="system:import", reason="test")
    mark_playbook_debut(repo, "acme", "standard", send_key="earlier", at=NOW - timedelta(days=30))
    allow_approver(repo, "acme", Approver(person_id="U_AR_LEAD"))
    blobs = InMemoryBlobs()
    sender = FakeEmailSender(read_attachment=AttachmentReader(blobs))
    return Container(settings=SETTINGS, repo=repo, clock=clock, email_sender=sender, blobs=blobs)


def _reply(box: Container, body: str, n: int, subject: str = "Re: INV-1042") -> IngestResult:
    raw = f"From: ap@c1.example\nTo: {TO}\nSubject: {subject}\nDate: Tue, 10 Mar 2026 10:00:00 -0400\n\n{body}\n"
    mail = InboundMail(
        raw=raw.encode(),
        message_id=f"<r{n}@c1.example>",
        sender="ap@c1.example",
        recipients=[TO],
        text=body,
        subject=subject,
    )
    return ingest_reply(
        mail,
        repo=box.repo,
        clock=box.clock,
        engine=LocalTriage(),
        token_secret=SECRET,
        answer=reply_answers(box.sweep_deps()),
    )


def _outbox(box: Container) -> FakeEmailSender:
    sender = box.email_sender
    assert isinstance(sender, FakeEmailSender)
    return sender


def _upload_w9(box: Container, tenant_id: str = "acme") -> None:
    documents.upload(
        box.repo,
        box.document_blobs(),
        box.clock,
        tenant_id,
        DocumentKind.W9,
        filename="Acme W-9 2026.pdf",
        content_type="application/pdf",
        data=PDF,
        uploaded_by="U_AR_LEAD",
    )


def test_a_w9_on_file_goes_out_attached_once_and_is_on_the_case(repo: Any) -> None:
    box = _world(repo)
    _upload_w9(box)
    result = _reply(box, "Hi, our AP system needs your W-9 before we can release payment. Thanks", 1)
    assert "answer send_document: sent" in result.detail, result.detail
    [sent] = _outbox(box).sent
    assert [a.filename for a in sent.attachments] == ["Acme W-9 2026.pdf"]
    assert _outbox(box).attached[sent.send_key] == [("Acme W-9 2026.pdf", PDF)]
    assert "Form W-9" in sent.subject and "INV-1042" in sent.body_text
    assert sent.in_reply_to == "<r1@c1.example>"
    events = [e for e in box.repo.list_events("acme", "c1") if e.kind == "DocumentSent"]
    assert len(events) == 1 and events[0].facts["attachments"] == ["Acme W-9 2026.pdf"]
    # The same message delivered again answers nothing twice.
    again = _reply(box, "Hi, our AP system needs your W-9 before we can release payment. Thanks", 1)
    assert again.status == "duplicate" and len(_outbox(box).sent) == 1


def test_a_w9_that_is_not_on_file_goes_to_a_person_and_nothing_is_sent(repo: Any) -> None:
    box = _world(repo)
    result = _reply(box, "Please send us a W-9 so we can set you up as a vendor.", 1)
    assert "answer" not in result.detail
    assert _outbox(box).sent == []
    escalations = box.repo.list_records("acme", ESCALATION_KIND, Escalation)
    assert any("Form W-9: not on file" in e.reason for e in escalations)


def test_a_suggest_playbook_proposes_the_document_with_its_attachment(repo: Any) -> None:
    box = _world(repo, autonomy=Autonomy.SUGGEST)
    _upload_w9(box)
    result = _reply(box, "Could you send your W9?", 1)
    assert "answer send_document: approval_requested" in result.detail, result.detail
    [approval] = box.repo.list_records("acme", "approval", ApprovalRequest)
    assert [a.filename for a in approval.email.attachments] == ["Acme W-9 2026.pdf"]
    # The person approving sees what goes with the text, on the card Slack shows.
    draft = approval_blocks(approval_card(box.repo, approval))[-2]["text"]["text"]
    assert "*Attached:* Acme W-9 2026.pdf" in draft
    assert _outbox(box).sent == []


@pytest.mark.parametrize(
    ("autonomy", "expected", "sent"),
    [(Autonomy.ACT, "sent", 1), (Autonomy.SUGGEST, "approval_requested", 0), (Autonomy.MONITOR, "logged", 0)],
)
def test_the_remittance_question_is_in_the_customers_language_on_the_playbooks_autonomy(
    repo: Any, autonomy: Autonomy, expected: str, sent: int
) -> None:
    box = _world(repo, autonomy=autonomy, language="de")
    result = _reply(box, "Wir haben die Rechnung INV-1042 gestern bezahlt.", 1)
    assert f"answer remittance_request: {expected}" in result.detail, result.detail
    assert box.repo.get_case("acme", "c1").state is CaseState.PAYMENT_CLAIMED
    outbox = _outbox(box).sent
    assert len(outbox) == sent
    if sent:
        assert "Zahlungsavis" in outbox[0].subject and outbox[0].reply_to == TO
        assert outbox[0].in_reply_to == "<r1@c1.example>"


def test_only_an_approver_may_upload_and_a_file_is_never_read_for_another_tenant(repo: Any) -> None:
    box = _world(repo)
    with pytest.raises(DocumentError, match="not an approver"):
        documents.upload(
            box.repo,
            box.document_blobs(),
            box.clock,
            "acme",
            DocumentKind.W9,
            filename="w9.pdf",
            content_type="application/pdf",
            data=PDF,
            uploaded_by="U_STRANGER",
        )
    assert documents.on_file(box.repo, "acme") == {}
    _upload_w9(box)
    [doc] = documents.on_file(box.repo, "acme").values()
    reader = AttachmentReader(box.document_blobs())
    assert reader("acme", documents.attachment_for(doc)) == PDF
    with pytest.raises(PermissionError):
        reader("globex", documents.attachment_for(doc))


def test_the_ses_message_carries_the_attachment_bytes() -> None:
    blobs = InMemoryBlobs()
    blobs.put_blob("documents/acme/w9/abc/w9.pdf", PDF, content_type="application/pdf")
    ses = SESEmailSender(None, from_address="ar@acme.example", read_attachment=AttachmentReader(blobs))
    from chalicelib.domain.outbound import Attachment, OutboundEmail

    mail = OutboundEmail(
        tenant_id="acme",
        case_id="c1",
        action_id="a1",
        to=("ap@c1.example",),
        subject="Form W-9",
        body_text="attached",
        attachments=(
            Attachment(filename="w9.pdf", content_type="application/pdf", key="documents/acme/w9/abc/w9.pdf"),
        ),
    )
    parsed = email.message_from_bytes(ses.mime(mail), policy=email.policy.default)
    [part] = list(parsed.iter_attachments())  # type: ignore[attr-defined]
    assert part.get_filename() == "w9.pdf" and part.get_content() == PDF
    assert parsed.get_body(preferencelist=("plain",)).get_content().strip() == "attached"  # type: ignore[union-attr]
    other = mail.model_copy(update={"tenant_id": "globex"})
    with pytest.raises(PermissionError):
        ses.mime(other)
