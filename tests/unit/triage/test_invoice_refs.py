"""Invoice numbers in the vendor's own form, learned from the vendor's words in the same message."""

from __future__ import annotations

import pytest

from chalicelib.adapters.local_triage.invoice_refs import invoice_numbers

QUOTED_TABLE = "  Factura        Vencimiento   Importe\n  FAC-2026/118   2026-02-28    2.380,00 €\n"


@pytest.mark.parametrize(
    ("reply", "subject", "quoted", "expected"),
    [
        # The customer's own digits, completed from the vendor's subject.
        (
            "die Rechnung 4471 ist doppelt; RE-4466 haben wir bezahlt",
            "AW: Payment reminder: RE-4471",
            "",
            ["RE-4471", "RE-4466"],
        ),
        ("O pagamento da nota 2231 está agendado", "Re: Lembrete: NF 2231 em aberto", "", ["NF 2231"]),
        # Learned from the quoted reminder's table; the customer names nothing, so the table's number is it.
        ("Nos podéis mandar un duplicado?", "RE: Recordatorio de pago", QUOTED_TABLE, ["FAC-2026/118"]),
        # No vendor form to learn from: bare numbers take the INV- form (the contract's samples).
        ("Invoices 1187 and 1193 will be paid on Friday", "Re: your account", "", ["INV-1187", "INV-1193"]),
        # Payment references and ticket numbers that start like a document number are not invoices.
        ("We paid INV-1355 by wire, reference FT2606118842.", "Re: INV-1355", "", ["INV-1355"]),
        (
            "Logged as ticket #AP-448120.",
            "[Ticket #AP-448120] Re: Payment reminder: INV-1376",
            "",
            ["INV-1376"],
        ),
        # "invoice for 1200" is an amount, not an invoice called "FOR 1200".
        ("The invoice for 1200 dollars is wrong", "Re: INV-1042", "", ["INV-1042"]),
    ],
)
def test_invoice_numbers(reply: str, subject: str, quoted: str, expected: list[str]) -> None:
    assert invoice_numbers(reply, subject, quoted) == expected


def test_a_cw_series_is_the_vendors_invoice_and_a_calendar_week_is_not() -> None:
    # "CW" is also English for a calendar week ("CW 14"), which has one or two digits; a vendor's "CW-30679" is its
    # own invoice series.
    subject = "RE: Payment reminder: invoice CW-30679 is 10 days overdue"
    assert invoice_numbers("Faktura CW-30679 musi zaakceptować zarząd.", subject, "") == ["CW-30679"]
    assert invoice_numbers("We will pay in CW 14.", "RE: Payment reminder", "") == []
