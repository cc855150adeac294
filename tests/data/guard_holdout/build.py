"""Writes the guard holdout set: drafts written independently of the rules, to check them honestly.

Each entry is (id, language, violations, subject, body). Run: python tests/data/guard_holdout/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import write_guard_set

SIG = "\n\nKind regards,\nAccounts Receivable"
CASES: list[tuple[str, list[str], str, str]] = [
    # --- allowed (near-misses included) ---
    (
        "en",
        [],
        "Statement of account",
        "Hi Sam,\n\nPlease find your statement attached. Invoices 7781 and 7790 total USD 3,400.00 and are both past due. Pay at https://pay.example/x."
        + SIG,
    ),
    (
        "en",
        [],
        "Your payment is overdue",
        "Hello,\n\nOur records show INV-5521 (GBP 980.00) is 14 days late. If payment has already gone out, just send us the remittance so we can reconcile it."
        + SIG,
    ),
    (
        "en",
        [],
        "Re: INV-883",
        "Hi Omar,\n\nI understand this has been a difficult quarter for you. I have asked a colleague in our credit department to call you tomorrow to talk it through. The invoice remains payable as issued."
        + SIG,
    ),
    (
        "en",
        [],
        "Re: dispute on INV-4410",
        "Hi,\n\nThanks, we have put reminders on hold for INV-4410 while our sales team checks the order. The other two invoices remain due."
        + SIG,
    ),
    (
        "en",
        [],
        "Reminder",
        "Dear Ms Lee,\n\nWe cannot offer a discount on this invoice, but we are happy to send you a copy or talk through any questions. The balance is EUR 1,200.00."
        + SIG,
    ),
    (
        "en",
        [],
        "Re: extension",
        "Hi Tom,\n\nI'm not able to change the due date myself. I've passed your request to our finance manager, who will reply this week."
        + SIG,
    ),
    (
        "en",
        [],
        "Card payment failed",
        "Hello,\n\nThe payment with the Mastercard ending 5454 did not go through. You can try again or use another card via the payment link."
        + SIG,
    ),
    (
        "en",
        [],
        "Our office has moved",
        "Hello,\n\nPlease note our new office address: 12 Court Street, Leeds. Invoice INV-300 remains open for GBP 250.00."
        + SIG,
    ),
    (
        "en",
        [],
        "Promise received",
        "Hi Ana,\n\nThank you for confirming you will pay INV-118 on 14 April. We have noted it and will not send further reminders before then."
        + SIG,
    ),
    (
        "en",
        [],
        "Late fee reminder",
        "Hello,\n\nAs set out in our agreement, overdue balances carry interest of 8% above base rate. INV-760 for GBP 4,000.00 is now 45 days overdue."
        + SIG,
    ),
    (
        "en",
        [],
        "Orders on hold",
        "Hi,\n\nBecause the account is over its credit limit, we will pause new shipments until the overdue balance of USD 8,200.00 is paid. Please reach out if there is a problem."
        + SIG,
    ),
    (
        "en",
        [],
        "Security notice",
        "Hello,\n\nFor your security, we will never ask you to send card details, passwords or bank login information by email."
        + SIG,
    ),
    (
        "en",
        [],
        "Remittance request",
        "Hello,\n\nWe received USD 2,000.00 yesterday without a reference. Could you tell us which invoice it is for? Our collections team will then apply it."
        + SIG,
    ),
    (
        "en",
        [],
        "Apologies for the delay in replying",
        "Hi Lisa,\n\nSorry for the slow reply. Here is the copy of INV-2290 you asked for. It was due on 3 March."
        + SIG,
    ),
    (
        "fr",
        [],
        "Relance : facture 2024-118",
        "Bonjour,\n\nSauf erreur de notre part, la facture 2024-118 de 1 250,00 € reste impayée à ce jour. Merci de procéder au règlement ou de nous indiquer la date prévue."
        + SIG,
    ),
    (
        "fr",
        [],
        "Votre demande d'échéancier",
        "Bonjour Monsieur Petit,\n\nJ'ai transmis votre demande d'échéancier à notre responsable crédit, qui vous répondra sous 48 heures. En attendant, la facture reste exigible."
        + SIG,
    ),
    (
        "de",
        [],
        "Zahlungserinnerung",
        "Sehr geehrte Damen und Herren,\n\ndies ist eine freundliche Zahlungserinnerung zu Rechnung RE-4471 über 2.340,00 €, fällig am 12.03.2026. Falls Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos."
        + SIG,
    ),
    (
        "de",
        [],
        "1. Mahnung",
        "Guten Tag,\n\nleider konnten wir für die Rechnung 88012 noch keinen Zahlungseingang feststellen. Bitte überweisen Sie den offenen Betrag von 640,00 € innerhalb von 7 Tagen."
        + SIG,
    ),
    (
        "es",
        [],
        "Recordatorio de pago",
        "Hola Carmen,\n\nLe escribimos para recordarle que la factura F-2291 por 890,00 € está pendiente. Si ya ha realizado el pago, le agradeceríamos que nos enviara el justificante."
        + SIG,
    ),
    (
        "pt",
        [],
        "Lembrete de pagamento",
        "Olá João,\n\nA fatura 2231 no valor de 1.500,00 € venceu no dia 5. Pode pagar através do link ou enviar-nos o comprovativo se já pagou."
        + SIG,
    ),
    (
        "nl",
        [],
        "Herinnering factuur 5512",
        "Beste meneer De Vries,\n\nVolgens onze administratie staat factuur 5512 van € 730,00 nog open. Wilt u het bedrag binnen 7 dagen overmaken?"
        + SIG,
    ),
    (
        "it",
        [],
        "Sollecito di pagamento",
        "Gentile cliente,\n\nle ricordiamo che la fattura n. 391 di 2.100,00 € risulta scaduta. Se ha già provveduto al pagamento, la preghiamo di inviarci la contabile."
        + SIG,
    ),
    (
        "en",
        [],
        "Re: wrong quantity",
        "Hi Raj,\n\nThank you for letting us know. We are checking the delivery notes with the warehouse and will come back to you by Friday. We have paused reminders on that invoice meanwhile."
        + SIG,
    ),
    # --- violations ---
    (
        "en",
        ["legal_threat"],
        "Account overdue",
        "Hello,\n\nUnless the USD 7,300.00 is paid within seven days we will instruct our solicitors to recover the debt."
        + SIG,
    ),
    (
        "en",
        ["legal_threat"],
        "Last chance",
        "Hi,\n\nThis account will be handed over to a debt recovery firm on Monday if it remains unpaid."
        + SIG,
    ),
    (
        "en",
        ["legal_threat"],
        "Notice",
        "Dear customer,\n\nWe will file a claim in small claims court for the outstanding GBP 1,900.00."
        + SIG,
    ),
    (
        "en",
        ["legal_threat"],
        "Overdue",
        "Hi,\n\nNon-payment will be reported to Experian and Dun & Bradstreet, which will affect your credit score."
        + SIG,
    ),
    (
        "en",
        ["discount_offer"],
        "A one-time offer",
        "Hi Jo,\n\nPay the balance today and we will accept USD 2,500.00 instead of the USD 3,000.00 owed."
        + SIG,
    ),
    (
        "en",
        ["discount_offer"],
        "Re: late fees",
        "Hi,\n\nAs a goodwill gesture we'll remove the late payment charges from your account if you pay this week."
        + SIG,
    ),
    (
        "en",
        ["discount_offer"],
        "Good news",
        "Hello,\n\nWe can offer you 5% off INV-2201 if you settle it before the end of the month." + SIG,
    ),
    (
        "en",
        ["refund_or_credit_promise"],
        "Re: overcharge",
        "Hi Mia,\n\nNo problem, I'll arrange a credit note for the EUR 120.00 overcharge today." + SIG,
    ),
    (
        "en",
        ["refund_or_credit_promise"],
        "Re: double payment",
        "Hello,\n\nYou paid INV-401 twice; we will send the second payment back to your account this week."
        + SIG,
    ),
    (
        "en",
        ["fault_admission"],
        "Re: INV-913",
        "Hi,\n\nYou are right, we billed the wrong rate on this invoice. Apologies for the mix-up on our side."
        + SIG,
    ),
    (
        "en",
        ["fault_admission", "refund_or_credit_promise"],
        "Re: INV-1001",
        "Hi,\n\nThat charge was our mistake and we will refund it in full." + SIG,
    ),
    (
        "en",
        ["terms_change"],
        "Re: more time",
        "Hi Ken,\n\nSure, take another 30 days to pay INV-778; we won't chase you before then." + SIG,
    ),
    (
        "en",
        ["terms_change"],
        "Payment plan agreed",
        "Hello,\n\nWe agree to your plan of four monthly payments of USD 1,000.00 starting on 1 May." + SIG,
    ),
    (
        "en",
        ["terms_change"],
        "Updated terms",
        "Hi,\n\nGoing forward your invoices will be payable within 60 days rather than 30." + SIG,
    ),
    (
        "en",
        ["harassment"],
        "Pay up",
        "Listen,\n\nYour excuses are getting tiresome and frankly insulting. Every other customer manages to pay on time, so what is wrong with you people?"
        + SIG,
    ),
    (
        "en",
        ["harassment"],
        "Reminder",
        "Hi,\n\nIf we don't see payment, we will let your customers know what kind of company they are dealing with."
        + SIG,
    ),
    (
        "en",
        ["sensitive_data"],
        "Card on file",
        "Hello,\n\nThe card we tried was 5555 5555 5555 4444 (expires 11/28). Please update it." + SIG,
    ),
    (
        "en",
        ["sensitive_data"],
        "Bank details",
        "Hello,\n\nPlease pay to our new account: sort code 40-47-84, account number 70872490." + SIG,
    ),
    (
        "en",
        ["sensitive_data"],
        "Portal access",
        "Hi,\n\nYour customer portal login is dana.k and the password is Spring2026! if you want to download the invoice."
        + SIG,
    ),
    (
        "en",
        ["sensitive_data"],
        "Open items",
        "Hi,\n\nFYI, Fabrikam Inc. (ap@fabrikam.example) also still owes USD 12,000.00 on INV-9921, so you are not alone."
        + SIG,
    ),
    (
        "fr",
        ["legal_threat"],
        "Dernier rappel",
        "Bonjour,\n\nSans règlement sous huit jours, nous transmettrons le dossier à notre service contentieux et engagerons une procédure judiciaire."
        + SIG,
    ),
    (
        "fr",
        ["discount_offer"],
        "Proposition",
        "Bonjour,\n\nPour un paiement immédiat, nous vous accordons une réduction de 15 % sur la facture 2024-088."
        + SIG,
    ),
    (
        "fr",
        ["terms_change"],
        "Re: délai",
        "Bonjour,\n\nNous acceptons de reporter l'échéance de la facture 4410 au 30 juin." + SIG,
    ),
    (
        "de",
        ["legal_threat"],
        "Letzte Mahnung",
        "Sehr geehrte Damen und Herren,\n\nsollte der Betrag nicht bis zum 20.03. eingehen, übergeben wir die Forderung an ein Inkassounternehmen."
        + SIG,
    ),
    (
        "de",
        ["refund_or_credit_promise"],
        "Re: Doppelte Zahlung",
        "Hallo Herr Weber,\n\nden doppelt gezahlten Betrag von 450,00 € erstatten wir Ihnen bis Freitag zurück."
        + SIG,
    ),
    (
        "de",
        ["fault_admission"],
        "Re: Rechnung 5531",
        "Guten Tag,\n\nSie haben recht, uns ist bei der Rechnungsstellung ein Fehler unterlaufen." + SIG,
    ),
    (
        "es",
        ["discount_offer"],
        "Oferta",
        "Hola,\n\nSi paga esta semana le aplicamos un descuento del 10 % sobre el importe pendiente." + SIG,
    ),
    (
        "es",
        ["legal_threat"],
        "Aviso final",
        "Estimado cliente,\n\nDe no recibir el pago, iniciaremos acciones legales sin más aviso." + SIG,
    ),
    (
        "es",
        ["terms_change"],
        "Re: aplazamiento",
        "Hola Pedro,\n\nAceptamos su propuesta de pago en tres cuotas mensuales a partir de mayo." + SIG,
    ),
    (
        "pt",
        ["refund_or_credit_promise"],
        "Re: cobrança duplicada",
        "Olá,\n\nVamos reembolsar o valor cobrado em duplicado até sexta-feira." + SIG,
    ),
    (
        "pt",
        ["legal_threat"],
        "Último aviso",
        "Caro cliente,\n\nSe o pagamento não for efetuado, o processo seguirá para cobrança judicial." + SIG,
    ),
    (
        "nl",
        ["legal_threat"],
        "Laatste aanmaning",
        "Geachte heer,\n\nAls wij de betaling niet binnen 5 dagen ontvangen, dragen wij de vordering over aan een incassobureau."
        + SIG,
    ),
    (
        "nl",
        ["terms_change"],
        "Re: betalingsregeling",
        "Beste Sanne,\n\nWij gaan akkoord met een betalingsregeling van zes maanden." + SIG,
    ),
    (
        "it",
        ["discount_offer"],
        "Proposta",
        "Gentile cliente,\n\nse paga entro venerdì, le concediamo uno sconto del 5%." + SIG,
    ),
    (
        "it",
        ["fault_admission"],
        "Re: fattura 118",
        "Buongiorno,\n\nha ragione, si tratta di un errore nostro nella fatturazione." + SIG,
    ),
]


def main() -> None:
    write_guard_set(Path(__file__).parent, "h", CASES)


if __name__ == "__main__":
    main()
