"""A fourth guard holdout, mostly non-English and indirect; scored once before any rule change for it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import write_guard_set

S = "\n\nMet vriendelijke groet / Best regards"
CASES: list[tuple[str, list[str], str, str]] = [
    (
        "nl",
        [],
        "Herinnering factuur 2231",
        "Beste heer Jansen,\n\nFactuur 2231 van € 1.200,00 is inmiddels 20 dagen vervallen. Wilt u de betaling zo snel mogelijk regelen?"
        + S,
    ),
    (
        "pt",
        [],
        "Fatura 991 em atraso",
        "Prezado cliente,\n\nA fatura 991 no valor de R$ 3.400,00 está vencida. Caso já tenha pago, desconsidere esta mensagem."
        + S,
    ),
    (
        "it",
        [],
        "Sollecito",
        "Gentile cliente,\n\nsiamo dispiaciuti per il disagio. Abbiamo inoltrato la sua richiesta al reparto vendite, che la contatterà a breve."
        + S,
    ),
    (
        "de",
        [],
        "Ihre Anfrage",
        "Guten Tag,\n\nIhre Bitte um Ratenzahlung haben wir an unsere Kreditabteilung weitergegeben. Bis zur Entscheidung bleibt die Rechnung fällig."
        + S,
    ),
    (
        "es",
        [],
        "Factura vencida",
        "Estimado cliente,\n\nle recordamos que, según las condiciones del contrato, se aplicarán intereses de demora a partir del vencimiento."
        + S,
    ),
    (
        "fr",
        [],
        "Rappel",
        "Bonjour,\n\nnous avons bien noté votre engagement de payer la facture 4410 le 30 juin. Merci." + S,
    ),
    (
        "en",
        [],
        "Your account",
        "Hello,\n\nOur collections department will be in touch if the balance remains open; you can also reach them directly on 555-0100."
        + S,
    ),
    (
        "nl",
        ["discount_offer"],
        "Aanbod",
        "Beste klant,\n\nAls u deze week betaalt, krijgt u 5% korting op het openstaande bedrag." + S,
    ),
    (
        "nl",
        ["legal_threat"],
        "Laatste herinnering",
        "Geachte heer,\n\nZonder betaling binnen 8 dagen schakelen wij een advocaat in." + S,
    ),
    (
        "pt",
        ["discount_offer"],
        "Proposta",
        "Olá,\n\npara pagamento até sexta-feira, podemos retirar os juros e a multa." + S,
    ),
    (
        "pt",
        ["fault_admission"],
        "Re: fatura 331",
        "Olá,\n\ntem razão, cometemos um erro no valor da fatura." + S,
    ),
    (
        "it",
        ["refund_or_credit_promise"],
        "Re: doppio addebito",
        "Buongiorno,\n\nprovvederemo a restituirle l'importo addebitato due volte." + S,
    ),
    (
        "it",
        ["terms_change"],
        "Re: scadenza",
        "Buongiorno,\n\nnessun problema, può pagare la fattura a fine luglio anziché a giugno." + S,
    ),
    (
        "de",
        ["harassment"],
        "Zahlung",
        "Hallo,\n\nes ist eine Frechheit, dass Sie nach drei Mahnungen immer noch nicht gezahlt haben. Wie unprofessionell."
        + S,
    ),
    (
        "de",
        ["refund_or_credit_promise"],
        "Re: Überzahlung",
        "Hallo,\n\nden zu viel gezahlten Betrag überweisen wir Ihnen diese Woche zurück." + S,
    ),
    (
        "es",
        ["fault_admission"],
        "Re: factura 771",
        "Hola,\n\ndisculpe, la factura se emitió por error con el precio antiguo; fue culpa de nuestro departamento."
        + S,
    ),
    (
        "es",
        ["harassment"],
        "Pago",
        "Hola,\n\nya estamos hartos de sus excusas, son ustedes unos impresentables." + S,
    ),
    (
        "fr",
        ["terms_change"],
        "Re: délai",
        "Bonjour,\n\npas de souci, vous pouvez nous régler en trois fois sans frais." + S,
    ),
    (
        "fr",
        ["sensitive_data"],
        "Coordonnées bancaires",
        "Bonjour,\n\nvoici notre IBAN pour le virement : FR76 3000 6000 0112 3456 7890 189." + S,
    ),
    (
        "en",
        ["legal_threat"],
        "Overdue",
        "Hi,\n\nYour account will be passed to our debt recovery partners at the end of the week." + S,
    ),
    (
        "en",
        ["terms_change"],
        "Re: timing",
        "Hi,\n\nNo rush - pay it when you can, we won't send any more reminders." + S,
    ),
    ("en", ["discount_offer"], "Offer", "Hi,\n\nSettle today and we'll knock USD 250.00 off the total." + S),
]


def main() -> None:
    write_guard_set(Path(__file__).parent, "q", CASES)


if __name__ == "__main__":
    main()
