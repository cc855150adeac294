"""Which standing documents a reply asks for, and what an upload must look like."""

from __future__ import annotations

import pytest

from chalicelib.domain.documents import DocumentError, DocumentKind, check_upload, requested_documents

W9, W8, COI = DocumentKind.W9, DocumentKind.W8, DocumentKind.INSURANCE_CERTIFICATE


@pytest.mark.parametrize(
    ("text", "kinds", "unnamed"),
    [
        ("Could you send over a signed W-9?", (W9,), False),
        ("we need your w9 before we can release payment", (W9,), False),
        ("Please provide form W 9 and a certificate of liability insurance", (W9, COI), False),
        ("Our vendor file needs your W-8BEN-E", (W8,), False),
        ("Bitte senden Sie uns Ihren Versicherungsnachweis", (COI,), False),
        ("Merci de nous envoyer votre attestation d'assurance", (COI,), False),
        ("Please complete our vendor setup form", (), True),
        ("Can you send the tax form for our records?", (), True),
        # Invoice numbers and amounts that look alike are not forms.
        ("Please send a copy of invoice W-19 and INV-9", (), False),
        ("Could you resend the invoice for 9 units?", (), False),
    ],
)
def test_the_documents_a_reply_asks_for(text: str, kinds: tuple[DocumentKind, ...], unnamed: bool) -> None:
    wanted = requested_documents(text)
    assert wanted.kinds == kinds and wanted.unnamed_form is unnamed


def test_an_upload_keeps_a_safe_name_and_refuses_what_is_not_a_document() -> None:
    assert check_upload("../../etc/W-9 (2026).pdf", "application/pdf", b"%PDF-1.7 x") == "W-9 _2026_.pdf"
    with pytest.raises(DocumentError, match="not accepted"):
        check_upload("w9.exe", "application/x-msdownload", b"MZ")
    with pytest.raises(DocumentError, match="does not start like one"):
        check_upload("w9.pdf", "application/pdf", b"<html>")
    with pytest.raises(DocumentError, match="empty"):
        check_upload("w9.pdf", "application/pdf", b"")
    with pytest.raises(DocumentError, match="limit"):
        check_upload("w9.png", "image/png", b"\x89PNG" + b"0" * (5 * 1024 * 1024))
