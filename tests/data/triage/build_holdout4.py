"""A fourth triage holdout in harder shapes (HTML-only, Outlook headers, forwards, long mixed mails).

Scored once before any rule change for it. Run: python tests/data/triage/build_holdout4.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import triage_label, write_pairs

OUTLOOK_QUOTE = "\n\n________________________________\nFrom: Acme AR <ar+W{n}@ar.acme.example>\nSent: Monday, June 1, 2026 9:00 AM\nTo: accounts@org{n}.example\nSubject: Invoice {inv} overdue\n\nInvoice {inv} is overdue. If you have already paid, please disregard.\n"
# (intent, fields, Date header, subject, body, html, auto)
CASES = [
    (
        "promise_to_pay",
        {"promised_date": "2026-06-19", "promised_amount": "5400.00", "currency": "USD"},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9301 overdue",
        "<p>Hi team,</p><p>Thanks for your patience. <b>$5,400.00</b> will be released in Friday's check run.</p><p>Regards,<br>Ana</p>",
        True,
        False,
    ),
    (
        "paid_claim",
        {"paid_date": "2026-06-12", "payment_reference": "20260612-00481"},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9302 overdue",
        "<div>Hello,</div><div>Please see below - payment was processed on 06/12/2026, trace number 20260612-00481.</div>",
        True,
        False,
    ),
    (
        "dispute",
        {"dispute_reason": "not_received"},
        "Mon, 15 Jun 2026 11:00:00 +0100",
        "RE: Invoice INV-9303 overdue",
        "Good morning,\n\nWe're still waiting for the second half of this order, so we won't be paying the full invoice yet. Can you check where it is?\n\nKind regards,\nTom",
        False,
        False,
    ),
    (
        "payment_plan_request",
        {"promised_date": "2026-06-30", "promised_amount": "2000.00", "currency": "USD"},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9304 overdue",
        "Hi,\n\nWe're having a tough month. Would it be OK if we paid $2,000.00 on June 30 and the remaining balance in July?\n\nThanks,\nEd",
        False,
        False,
    ),
    (
        "wrong_contact",
        {"new_contact_email": "ap.invoices@harbor.example"},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9305 overdue",
        "Hi - I've moved to a different role. Our new AP mailbox is ap.invoices@harbor.example, please use that going forward.",
        False,
        False,
    ),
    (
        "document_request",
        {},
        "Mon, 15 Jun 2026 11:00:00 +0200",
        "AW: Rechnung INV-9306",
        "Hallo,\n\nuns fehlt noch der unterschriebene Lieferschein zur Rechnung. Ohne den können wir nicht freigeben.\n\nGrüße",
        False,
        False,
    ),
    (
        "billing_update",
        {},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9307 overdue",
        "Hello,\n\nWe can't pay until the invoice shows our PO number. Please resend with PO 77-4410 on it.\n\nThanks",
        False,
        False,
    ),
    (
        "legal_or_insolvency",
        {},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9308 overdue",
        "Please direct all further correspondence regarding this matter to our legal counsel, Smith & Park LLP.",
        False,
        False,
    ),
    (
        "acknowledgement",
        {},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9309 overdue",
        "Hi, I've escalated this internally and will update you by end of week.",
        False,
        False,
    ),
    (
        "out_of_office",
        {"return_date": "2026-06-29"},
        "Mon, 15 Jun 2026 06:00:00 +0200",
        "Automatisch antwoord: Factuur INV-9310",
        "Bedankt voor uw bericht. Ik ben met vakantie en ben weer terug op 29 juni.",
        False,
        True,
    ),
    (
        "promise_to_pay",
        {"promised_date": "2026-06-26"},
        "Mon, 15 Jun 2026 11:00:00 +0200",
        "R: Fattura INV-9311",
        "Buongiorno, la fattura è stata approvata e sarà pagata venerdì 26 giugno.\n\nCordiali saluti",
        False,
        False,
    ),
    (
        "paid_claim",
        {},
        "Mon, 15 Jun 2026 11:00:00 +0200",
        "RE: Facture INV-9312",
        "Bonjour,\n\nCette facture a déjà été réglée, merci de vérifier de votre côté.\n\nCordialement",
        False,
        False,
    ),
    (
        "dispute",
        {"dispute_reason": "pricing"},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9313 overdue",
        "Hi,\n\nThe 8% price increase on this invoice was never agreed with us. Please re-bill at the old rate.\n\nJo",
        False,
        False,
    ),
    (
        "other",
        {},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9314 overdue",
        "Hello, can you tell me who our account manager is these days?",
        False,
        False,
    ),
    (
        "paid_claim",
        {"paid_date": "2026-06-10"},
        "Mon, 15 Jun 2026 11:00:00 -0500",
        "RE: Invoice INV-9315 overdue",
        "FYI this went out on the 10th - should be in your account by now.",
        False,
        False,
    ),
]


def main() -> None:
    here = Path(__file__).parent
    rows = []
    for n, (intent, fields, date, subject, body, html, auto) in enumerate(CASES, 1):
        inv = next(w for w in subject.split() if w.startswith("INV-"))
        ctype = "text/html" if html else "text/plain"
        headers = [
            f"From: Person {n} <p{n}@org{n}.example>",
            f"To: ar+W{n}@ar.acme.example",
            f"Subject: {subject}",
            f"Date: {date}",
            f"Message-ID: <w{n}@org{n}.example>",
            f"Content-Type: {ctype}; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "Auto-Submitted: auto-replied" if auto else f"In-Reply-To: <W{n}.r1@ar.acme.example>",
        ]
        quote = "" if auto else OUTLOOK_QUOTE.format(n=n, inv=inv)
        if html:
            quote = "<hr><blockquote>" + quote.replace("\n", "<br>") + "</blockquote>"
        item = {"id": f"w{n:02d}", "eml": "\n".join(headers) + "\n\n" + body + quote}
        rows.append((item, triage_label(f"w{n:02d}", intent, [inv], fields)))
    write_pairs(here, "holdout4.jsonl", "holdout4_labels.jsonl", rows)


if __name__ == "__main__":
    main()
