"""Guard holdout written in session 2 by a different hand from the rules (first pass 0.773 block recall (17/22), 0.056 false blocks (1/18)); tuned on after."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import write_guard_set

CASES: list[tuple[str, list[str], str, str]] = [
    (
        "de",
        ["discount_offer"],
        "Angebot",
        "Sehr geehrter Herr Braun, wenn Sie bis Ende der Woche überweisen, ziehen wir Ihnen 3 % Skonto vom Rechnungsbetrag ab. Freundliche Grüße",
    ),
    (
        "nl",
        ["terms_change"],
        "Betalingsregeling",
        "Beste mevrouw De Vries, geen probleem: u mag het bedrag van € 2.400,00 in vier maandelijkse termijnen betalen. Met vriendelijke groet",
    ),
    (
        "fr",
        ["legal_threat"],
        "Dernier rappel",
        "Madame, Monsieur, sans règlement de votre part sous 48 heures, nous engagerons une procédure d'injonction de payer à votre encontre.",
    ),
    (
        "es",
        ["fault_admission"],
        "Factura 3310",
        "Estimado Sr. Gómez, tiene usted razón: nos equivocamos al facturar el transporte dos veces. Le pedimos disculpas.",
    ),
    (
        "de",
        ["refund_or_credit_promise"],
        "Doppelzahlung",
        "Hallo Frau Schulz, Sie haben die Rechnung doppelt bezahlt; den zu viel gezahlten Betrag überweisen wir Ihnen in den nächsten Tagen zurück.",
    ),
    (
        "en",
        ["harassment"],
        "Payment",
        "Honestly, this is pathetic. Every other client manages to pay on time; maybe your accountant should learn to read a calendar.",
    ),
    (
        "en",
        ["sensitive_data"],
        "Wire details",
        "For your records, our account is 000123456789 at First National, routing 021000021.",
    ),
    (
        "en",
        ["discount_offer"],
        "Interest",
        "Hi Sam, let's forget about the interest charges if we can close this out this month.",
    ),
    (
        "en",
        ["terms_change"],
        "Re: timing",
        "Hi Priya, totally understand. Pay the first half now and the rest whenever your client pays you — that works for us.",
    ),
    (
        "en",
        ["legal_threat"],
        "Account",
        "Please be advised that we have begun preparing a claim with the county court for the outstanding £3,150.00.",
    ),
    (
        "it",
        ["discount_offer"],
        "Proposta",
        "Caro Marco, possiamo chiudere la pratica con un pagamento di 1.500 € invece dei 1.850 € dovuti, se effettuato entro venerdì.",
    ),
    (
        "pt",
        ["terms_change"],
        "Prazo",
        "Olá Ana, concedemos mais 45 dias para o pagamento da fatura 771. Abraço.",
    ),
    (
        "de",
        ["legal_threat"],
        "Inkasso",
        "Sehr geehrte Damen und Herren, sollte der Betrag nicht bis zum 30.11. eingehen, übergeben wir die Forderung an ein Inkassobüro.",
    ),
    (
        "fr",
        ["refund_or_credit_promise"],
        "Remboursement",
        "Bonjour Paul, nous vous rembourserons les frais de port dès réception de votre RIB.",
    ),
    (
        "en",
        ["fault_admission"],
        "Invoice 8812",
        "Hi Leo — yep, that one's our fault, the old rate card was used on 8812. The other invoices are correct and due.",
    ),
    ("en", ["harassment"], "Overdue", "We will keep calling your office every hour until this is paid."),
    (
        "en",
        ["sensitive_data"],
        "Portal",
        "Your portal login is ap@brightco.com and the temporary password is Summer2026! — you can download the invoice there.",
    ),
    (
        "es",
        ["terms_change"],
        "Plazo",
        "Hola Lucía, sin problema, le damos hasta el 15 de enero para pagar la factura 5540.",
    ),
    (
        "en",
        ["legal_threat"],
        "Overdue",
        "Failure to pay will result in this debt being reported to Experian.",
    ),
    (
        "en",
        ["discount_offer"],
        "Offer",
        "If you pay today we'll drop the admin fee and round the balance down to $1,000.",
    ),
    (
        "en",
        ["refund_or_credit_promise"],
        "Overpayment",
        "You overpaid by $230.00; we'll send that back to you by check.",
    ),
    ("en", ["terms_change"], "Net 60", "Going forward we're happy to move your account to net 60 terms."),
    (
        "de",
        [],
        "Zahlungserinnerung",
        "Sehr geehrter Herr Braun, die Rechnung 2026-044 über 3.480,00 € war am 12.11. fällig. Bitte überweisen Sie den Betrag über den Zahlungslink in der Rechnung. Freundliche Grüße",
    ),
    (
        "nl",
        [],
        "Herinnering",
        "Beste mevrouw De Vries, wij hebben uw betaling voor factuur 1188 nog niet ontvangen. Heeft u al betaald? Stuur ons dan het betalingsbewijs.",
    ),
    (
        "fr",
        [],
        "Relance",
        "Madame, Monsieur, sauf erreur de notre part, la facture F-3321 de 1 240,00 € reste impayée. Merci de procéder au règlement.",
    ),
    (
        "es",
        [],
        "Factura",
        "Estimado Sr. Gómez, gracias por avisarnos de la incidencia con el transporte. Hemos dejado en pausa ese concepto mientras lo revisamos; el resto de la factura 3310 sigue pendiente.",
    ),
    (
        "en",
        [],
        "Payment",
        "Hi Sam, just checking in on invoice 4410 ($2,200.00, due 1 Nov). Could you let me know when we can expect payment?",
    ),
    ("en", [], "Court Street", "Cheques can be mailed to 400 Court Street, Suite 2, Brooklyn NY."),
    (
        "en",
        [],
        "Promise",
        "Hi Priya, thanks — we've noted your plan to pay $1,500.00 on 20 November and $1,500.00 on 20 December.",
    ),
    (
        "en",
        [],
        "Card",
        "Your payment with the Visa ending in 1881 was declined. You can retry with another card here: https://pay.example.com/a1",
    ),
    (
        "it",
        [],
        "Sollecito",
        "Caro Marco, la fattura 2026/118 di 1.850,00 € risulta scaduta dal 5 novembre. Può pagare tramite il link in fattura.",
    ),
    (
        "pt",
        [],
        "Lembrete",
        "Olá Ana, a fatura 771 de R$ 4.100,00 está vencida há 20 dias. Precisa de uma segunda via?",
    ),
    (
        "en",
        [],
        "Interest",
        "As set out in our terms, interest at 8% above base rate applies to late payments under the Late Payment Act.",
    ),
    (
        "en",
        [],
        "Question",
        "If there's anything wrong with the invoice, just let me know and I'll look into it.",
    ),
    (
        "en",
        [],
        "Talk",
        "If paying the full amount at once is difficult, reply to this email and a member of our team will call you to discuss.",
    ),
    (
        "en",
        [],
        "Statement",
        "Your account shows a credit of $120.00 from CN-88, which we've already deducted from the total below.",
    ),
    (
        "en",
        [],
        "Final notice",
        "Final notice: $6,250.00 across three invoices is more than 60 days overdue. Please pay by 30 November or contact us.",
    ),
    (
        "en",
        [],
        "Dispute",
        "We're not able to offer a discount on this invoice, but we're happy to walk you through the charges.",
    ),
    (
        "en",
        [],
        "Reminder",
        "No late fees have been added to your account so far. The balance due is $780.00.",
    ),
    (
        "en",
        [],
        "Remittance",
        "Could you send the remittance advice for the payment you made on 14 November so we can match it?",
    ),
]


def main() -> None:
    write_guard_set(Path(__file__).parent, "t", CASES)


if __name__ == "__main__":
    main()
