"""A third triage holdout, written after holdout 2 was used: scored once before any rule change for it.

Run: python tests/data/triage/build_holdout3.py (writes holdout3.jsonl and holdout3_labels.jsonl)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import triage_label, write_pairs

# (intent, fields, Date header, subject, body, auto)
CASES = [
    (
        "promise_to_pay",
        {"promised_date": "2026-06-12", "promised_amount": "1875.00", "currency": "EUR"},
        "Mon, 08 Jun 2026 10:00:00 +0200",
        "RE: Facture INV-9201 impayée",
        "Bonjour,\n\nLe règlement de 1 875,00 € partira vendredi.\n\nBien à vous",
        False,
    ),
    (
        "promise_to_pay",
        {"promised_date": "2026-06-16"},
        "Tue, 09 Jun 2026 10:00:00 -0400",
        "Re: INV-9202 reminder",
        "Should be able to get this paid by next Tuesday.",
        False,
    ),
    (
        "promise_to_pay",
        {"promised_date": "2026-06-30"},
        "Wed, 10 Jun 2026 10:00:00 +0200",
        "AW: Zahlungserinnerung INV-9203",
        "Die Überweisung erfolgt zum Monatsende.",
        False,
    ),
    (
        "promise_to_pay",
        {},
        "Wed, 10 Jun 2026 10:00:00 +0200",
        "Re: Fattura INV-9204",
        "Salve, il pagamento verrà effettuato a breve.",
        False,
    ),
    (
        "paid_claim",
        {"paid_date": "2026-06-05", "payment_reference": "SEPA-77123"},
        "Mon, 08 Jun 2026 10:00:00 +0200",
        "Re: Factuur INV-9205",
        "Het bedrag is op 5 juni overgemaakt, kenmerk SEPA-77123.",
        False,
    ),
    (
        "paid_claim",
        {},
        "Mon, 08 Jun 2026 10:00:00 -0400",
        "Re: INV-9206 reminder",
        "Our bank confirms the funds left our account last week.",
        False,
    ),
    (
        "paid_claim",
        {"paid_date": "2026-06-07"},
        "Mon, 08 Jun 2026 10:00:00 -0300",
        "RE: Fatura INV-9207",
        "Bom dia, o pagamento foi feito ontem por PIX.",
        False,
    ),
    (
        "dispute",
        {"dispute_reason": "quality"},
        "Mon, 08 Jun 2026 10:00:00 -0400",
        "Re: INV-9208 reminder",
        "The software you installed has not worked since day one. We are not going to pay for a product that doesn't work.",
        False,
    ),
    (
        "dispute",
        {"dispute_reason": "pricing"},
        "Mon, 08 Jun 2026 10:00:00 +0200",
        "RE: Factura INV-9209",
        "Buenos días, el importe facturado no coincide con el presupuesto que nos enviaron. No estamos de acuerdo con esta factura.",
        False,
    ),
    (
        "dispute",
        {"dispute_reason": "duplicate"},
        "Mon, 08 Jun 2026 10:00:00 -0400",
        "Re: INV-9210 reminder",
        "You've charged us twice for the May service. Please cancel one of them.",
        False,
    ),
    (
        "document_request",
        {},
        "Mon, 08 Jun 2026 10:00:00 -0400",
        "Re: INV-9211 reminder",
        "Before I can release this I need the signed timesheets for April.",
        False,
    ),
    (
        "billing_update",
        {},
        "Mon, 08 Jun 2026 10:00:00 +0200",
        "AW: Rechnung INV-9212",
        "Bitte senden Sie die Rechnung künftig an unsere neue Rechnungsanschrift in München, sonst können wir sie nicht buchen.",
        False,
    ),
    (
        "wrong_contact",
        {"new_contact_email": "facturen@dekker.example"},
        "Mon, 08 Jun 2026 10:00:00 +0200",
        "Re: Factuur INV-9213",
        "Dit moet naar onze crediteurenadministratie: facturen@dekker.example. Ik ben hier niet verantwoordelijk voor.",
        False,
    ),
    (
        "wrong_contact",
        {},
        "Mon, 08 Jun 2026 10:00:00 -0400",
        "Re: INV-9214 reminder",
        "Wrong Tom - I think you meant Tom Baker in procurement.",
        False,
    ),
    (
        "out_of_office",
        {"return_date": "2026-06-22", "new_contact_email": "backup@orbit.example"},
        "Mon, 08 Jun 2026 06:00:00 -0400",
        "Out of office",
        "I'm away until June 22. In the meantime please contact backup@orbit.example.",
        True,
    ),
    (
        "payment_plan_request",
        {"promised_amount": "1000.00", "currency": "GBP"},
        "Mon, 08 Jun 2026 10:00:00 +0100",
        "Re: INV-9216 reminder",
        "Could we pay £1,000.00 a month until it's cleared?",
        False,
    ),
    (
        "legal_or_insolvency",
        {},
        "Mon, 08 Jun 2026 10:00:00 +0200",
        "RE: Facture INV-9217",
        "Nous vous informons que notre société a été placée en redressement judiciaire. Merci de déclarer votre créance auprès du mandataire.",
        False,
    ),
    (
        "delivery_failure",
        {},
        "Mon, 08 Jun 2026 10:00:00 +0000",
        "Mail delivery failed: returning message to sender",
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n  ap@gone.example\n    mailbox is full",
        False,
    ),
    (
        "acknowledgement",
        {},
        "Mon, 08 Jun 2026 10:00:00 -0400",
        "Re: INV-9219 reminder",
        "Thanks - this is with our controller for approval.",
        False,
    ),
    (
        "other",
        {},
        "Mon, 08 Jun 2026 10:00:00 -0400",
        "Re: INV-9220 reminder",
        "Who is this? I don't recognise your company.",
        False,
    ),
]


def main() -> None:
    here = Path(__file__).parent
    rows = []
    for n, (intent, fields, date, subject, body, auto) in enumerate(CASES, 1):
        invs = [w.strip(":") for w in subject.split() if w.startswith("INV-")]
        sender = (
            "MAILER-DAEMON@mx.gone.example"
            if intent == "delivery_failure"
            else f"Kim {n} <kim{n}@org{n}.example>"
        )
        headers = [
            f"From: {sender}",
            f"To: ar+Z{n}@ar.acme.example",
            f"Subject: {subject}",
            f"Date: {date}",
            f"Message-ID: <z{n}@org{n}.example>",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        headers.append("Auto-Submitted: auto-replied" if auto else f"In-Reply-To: <Z{n}.r1@ar.acme.example>")
        inv = invs[0] if invs else "INV-9299"
        quote = f"\n\nOn Mon, 1 Jun 2026 at 09:00 Acme AR <ar+Z{n}@ar.acme.example> wrote:\n> Invoice {inv} is overdue. If you have already paid, thank you.\n"
        item = {"id": f"z{n:02d}", "eml": "\n".join(headers) + "\n\n" + body + quote}
        rows.append((item, triage_label(f"z{n:02d}", intent, invs or [inv], fields)))
    write_pairs(here, "holdout3.jsonl", "holdout3_labels.jsonl", rows)


if __name__ == "__main__":
    main()
