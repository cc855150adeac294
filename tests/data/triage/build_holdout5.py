"""A fifth triage holdout, mostly non-English replies; scored once before any rule change for it.

Run: python tests/data/triage/build_holdout5.py
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
        {"promised_date": "2026-07-10"},
        "Mon, 06 Jul 2026 10:00:00 -0300",
        "RE: Fatura INV-9401",
        "Boa tarde, o pagamento será feito na sexta-feira, dia 10.",
        False,
    ),
    (
        "promise_to_pay",
        {"promised_date": "2026-07-15", "promised_amount": "980.00", "currency": "EUR"},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "Re: Factuur INV-9402",
        "Goedemiddag, wij betalen de € 980,00 uiterlijk 15 juli.",
        False,
    ),
    (
        "promise_to_pay",
        {"promised_date": "2026-07-31"},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "R: Fattura INV-9403",
        "Buongiorno, effettueremo il bonifico entro la fine del mese.",
        False,
    ),
    (
        "promise_to_pay",
        {"promised_date": "2026-07-09"},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "RE: Factura INV-9404",
        "Hola, la transferencia saldrá el jueves.",
        False,
    ),
    (
        "paid_claim",
        {"paid_date": "2026-07-03"},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "AW: Rechnung INV-9405",
        "Guten Tag, wir haben den Betrag am Freitag angewiesen.",
        False,
    ),
    (
        "paid_claim",
        {},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "R: Fattura INV-9406",
        "Salve, vi abbiamo già inviato il pagamento, allego la contabile.",
        False,
    ),
    (
        "paid_claim",
        {"paid_date": "2026-07-02"},
        "Mon, 06 Jul 2026 10:00:00 -0300",
        "RE: Fatura INV-9407",
        "Olá, já efetuamos o pagamento no dia 2 de julho.",
        False,
    ),
    (
        "dispute",
        {"dispute_reason": "quality"},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "Re: Factuur INV-9408",
        "Hallo, de geleverde onderdelen zijn beschadigd aangekomen. Wij betalen deze factuur niet voordat dit is opgelost.",
        False,
    ),
    (
        "dispute",
        {"dispute_reason": "not_received"},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "AW: Rechnung INV-9409",
        "Hallo, die Ware ist bei uns nie angekommen. Wir widersprechen der Rechnung.",
        False,
    ),
    (
        "dispute",
        {"dispute_reason": "pricing"},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "R: Fattura INV-9410",
        "Buongiorno, il prezzo fatturato è superiore a quello concordato. Contestiamo la fattura.",
        False,
    ),
    (
        "document_request",
        {},
        "Mon, 06 Jul 2026 10:00:00 -0300",
        "RE: Fatura INV-9411",
        "Bom dia, poderiam nos enviar a segunda via da fatura?",
        False,
    ),
    (
        "document_request",
        {},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "Re: Factuur INV-9412",
        "Kunt u ons een kopie van de factuur sturen? We kunnen hem niet vinden.",
        False,
    ),
    (
        "billing_update",
        {},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "RE: Factura INV-9413",
        "Buenas, para poder pagar necesitamos que incluyan el número de pedido en la factura.",
        False,
    ),
    (
        "wrong_contact",
        {"new_contact_email": "contabilita@ferri.example"},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "R: Fattura INV-9414",
        "Non mi occupo più di pagamenti. Scrivete a contabilita@ferri.example.",
        False,
    ),
    (
        "out_of_office",
        {"return_date": "2026-07-20"},
        "Mon, 06 Jul 2026 06:00:00 +0200",
        "Risposta automatica: Fattura INV-9415",
        "Sono fuori ufficio fino al 20 luglio con accesso limitato alla posta.",
        True,
    ),
    (
        "out_of_office",
        {"return_date": "2026-07-13"},
        "Mon, 06 Jul 2026 06:00:00 -0300",
        "Resposta automática: Fatura INV-9416",
        "Estou de férias e retorno no dia 13/07.",
        True,
    ),
    (
        "payment_plan_request",
        {},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "RE: Factura INV-9417",
        "Hola, ¿sería posible pagar la factura en tres plazos?",
        False,
    ),
    (
        "payment_plan_request",
        {},
        "Mon, 06 Jul 2026 10:00:00 -0300",
        "RE: Fatura INV-9418",
        "Olá, podemos parcelar o valor em 3 vezes?",
        False,
    ),
    (
        "legal_or_insolvency",
        {},
        "Mon, 06 Jul 2026 10:00:00 -0300",
        "RE: Fatura INV-9419",
        "Informamos que a empresa entrou com pedido de recuperação judicial.",
        False,
    ),
    (
        "acknowledgement",
        {},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "Re: Factuur INV-9420",
        "Dank voor uw bericht, we komen er zo snel mogelijk op terug.",
        False,
    ),
    (
        "acknowledgement",
        {},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "RE: Facture INV-9421",
        "Bonjour, c'est noté, je transmets au service comptable.",
        False,
    ),
    (
        "other",
        {},
        "Mon, 06 Jul 2026 10:00:00 +0200",
        "AW: Rechnung INV-9422",
        "Hallo, ist das Ihre neue Bankverbindung? Die Rechnung zeigt eine andere IBAN als früher.",
        False,
    ),
]


def main() -> None:
    here = Path(__file__).parent
    rows = []
    for n, (intent, fields, date, subject, body, auto) in enumerate(CASES, 1):
        inv = next(w for w in subject.split() if w.startswith("INV-"))
        headers = [
            f"From: Contato {n} <c{n}@empresa{n}.example>",
            f"To: ar+V{n}@ar.acme.example",
            f"Subject: {subject}",
            f"Date: {date}",
            f"Message-ID: <v{n}@empresa{n}.example>",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "Auto-Submitted: auto-replied" if auto else f"In-Reply-To: <V{n}.r1@ar.acme.example>",
        ]
        quote = "" if auto else f"\n\n> Invoice {inv} is overdue. If you have already paid, thank you.\n"
        item = {"id": f"v{n:02d}", "eml": "\n".join(headers) + "\n\n" + body + quote}
        rows.append((item, triage_label(f"v{n:02d}", intent, [inv], fields)))
    write_pairs(here, "holdout5.jsonl", "holdout5_labels.jsonl", rows)


if __name__ == "__main__":
    main()
