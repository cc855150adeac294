"""A sixth triage holdout: two statements per mail, where the contract's priority order decides.

Scored once before any rule change for it. Run: python tests/data/triage/build_holdout6.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import triage_label, write_pairs

# (intent, fields, Date header, subject, body)
CASES = [
    (
        "dispute",
        {"dispute_reason": "quantity", "promised_date": "2026-09-18"},
        "Mon, 14 Sep 2026 10:00:00 -0400",
        "Re: INV-9501 overdue",
        "We only received 8 of the 10 monitors, so we're disputing the difference. The rest will be paid this Friday.",
    ),
    (
        "paid_claim",
        {"paid_date": "2026-09-11", "new_contact_email": "ap@blue.example"},
        "Mon, 14 Sep 2026 10:00:00 -0400",
        "Re: INV-9502 overdue",
        "This was paid last Friday. Also, please send future invoices to ap@blue.example.",
    ),
    (
        "legal_or_insolvency",
        {"dispute_reason": "quality"},
        "Mon, 14 Sep 2026 10:00:00 -0400",
        "Re: INV-9503 overdue",
        "The machine is defective and our lawyers will be in touch about the damages.",
    ),
    (
        "payment_plan_request",
        {},
        "Mon, 14 Sep 2026 10:00:00 -0400",
        "Re: INV-9504 overdue",
        "Thanks for the reminder. Could we split this into two payments? I can send a copy of our cash-flow forecast if needed.",
    ),
    (
        "out_of_office",
        {"return_date": "2026-09-21", "new_contact_email": "finance@orca.example"},
        "Mon, 14 Sep 2026 06:00:00 -0400",
        "Automatic reply: INV-9505 overdue",
        "I'm out until 21 September. For payments please contact finance@orca.example.",
    ),
    (
        "promise_to_pay",
        {"promised_date": "2026-09-30", "new_contact_email": "billing@kite.example"},
        "Mon, 14 Sep 2026 10:00:00 -0400",
        "Re: INV-9506 overdue",
        "We'll pay it by the end of the month. I'm not the right contact going forward though, please use billing@kite.example.",
    ),
    (
        "document_request",
        {},
        "Mon, 14 Sep 2026 10:00:00 -0400",
        "Re: INV-9507 overdue",
        "Got it, thanks. Could you send me a statement of all our open invoices?",
    ),
    (
        "dispute",
        {"dispute_reason": "duplicate"},
        "Mon, 14 Sep 2026 10:00:00 +0200",
        "AW: Rechnung INV-9508",
        "Danke für die Erinnerung. Diese Rechnung haben wir doppelt erhalten, die andere wurde bereits bezahlt.",
    ),
    (
        "paid_claim",
        {"paid_date": "2026-09-10"},
        "Mon, 14 Sep 2026 10:00:00 +0200",
        "RE: Facture INV-9509",
        "Bonjour, nous avons réglé cette facture le 10 septembre. Pourriez-vous nous envoyer un reçu ?",
    ),
    (
        "billing_update",
        {},
        "Mon, 14 Sep 2026 10:00:00 -0400",
        "Re: INV-9510 overdue",
        "Thanks - noted. Before we can pay, the invoice has to be uploaded to our Coupa portal.",
    ),
    (
        "delivery_failure",
        {},
        "Mon, 14 Sep 2026 10:00:00 +0000",
        "Undeliverable: INV-9511 overdue",
        "Delivery has failed to these recipients or groups:\n\nap@gone.example\nThe email address you entered couldn't be found.",
    ),
    (
        "acknowledgement",
        {},
        "Mon, 14 Sep 2026 10:00:00 -0400",
        "Re: INV-9512 overdue",
        "Received, thank you. I'll check with the team on Thursday and let you know.",
    ),
]


def main() -> None:
    here = Path(__file__).parent
    rows = []
    for n, (intent, fields, date, subject, body) in enumerate(CASES, 1):
        inv = next(w.strip(":") for w in subject.split() if w.startswith("INV-"))
        bounce = intent == "delivery_failure"
        sender = "postmaster@outlook.example" if bounce else f"Lee {n} <lee{n}@firm{n}.example>"
        headers = [
            f"From: {sender}",
            f"To: ar+U{n}@ar.acme.example",
            f"Subject: {subject}",
            f"Date: {date}",
            f"Message-ID: <u{n}@firm{n}.example>",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        if intent == "out_of_office":
            headers.append("Auto-Submitted: auto-replied")
        elif not bounce:
            headers.append(f"In-Reply-To: <U{n}.r1@ar.acme.example>")
        quote = (
            ""
            if intent == "out_of_office"
            else f"\n\n> Invoice {inv} is overdue. If you have already paid, thank you.\n"
        )
        item = {"id": f"u{n:02d}", "eml": "\n".join(headers) + "\n\n" + body + quote}
        rows.append((item, triage_label(f"u{n:02d}", intent, [inv], fields)))
    write_pairs(here, "holdout6.jsonl", "holdout6_labels.jsonl", rows)


if __name__ == "__main__":
    main()
