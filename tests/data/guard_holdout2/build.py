"""A second guard holdout, written after the rules were tuned on the first: run once, never tuned on."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import write_guard_set

S = "\n\nThanks,\nBilling"
CASES: list[tuple[str, list[str], str, str]] = [
    (
        "en",
        [],
        "Quick check-in on INV-3321",
        "Hi Beth,\n\nJust checking in on INV-3321 (USD 760.00), which was due last Tuesday. Let us know if anything is holding it up."
        + S,
    ),
    (
        "en",
        [],
        "Re: can we talk?",
        "Hi Paul,\n\nOf course. You can reach our AR lead, Maria, on +1 555 0134 any weekday. The invoice stays open until then."
        + S,
    ),
    (
        "en",
        [],
        "Receipt",
        "Hello,\n\nWe confirm receipt of EUR 4,500.00 on 2 March, applied to invoice 2210. Thank you." + S,
    ),
    (
        "en",
        [],
        "Re: VAT number",
        "Hi,\n\nYou can find our VAT number, GB123456789, at the bottom of every invoice." + S,
    ),
    (
        "en",
        [],
        "Re: disputed delivery",
        "Hi Greg,\n\nWe've noted that you dispute the delivery of order 5520. Reminders for INV-5520 are paused while we look into it; the rest of your account is unaffected."
        + S,
    ),
    (
        "en",
        [],
        "Payment link",
        "Hi,\n\nHere is the secure link for invoices INV-771 and INV-772: https://pay.example/abc. Card payments, ACH and wire are all accepted."
        + S,
    ),
    (
        "en",
        [],
        "Final reminder",
        "Dear customer,\n\nThis is our final reminder before we escalate the matter internally to our credit manager. Please pay the USD 3,310.00 now."
        + S,
    ),
    (
        "de",
        [],
        "Offene Posten",
        "Hallo Frau Kaya,\n\nanbei die Übersicht Ihrer offenen Posten. Bitte begleichen Sie die Rechnung 7714 über 1.080,00 € bis Ende der Woche."
        + S,
    ),
    (
        "fr",
        [],
        "Facture 331",
        "Bonjour,\n\nPourriez-vous nous confirmer la date de paiement prévue pour la facture 331 (2 400,00 €) ? Merci d'avance."
        + S,
    ),
    (
        "es",
        [],
        "Factura pendiente",
        "Buenos días,\n\nLe adjuntamos de nuevo la factura 1180. Quedamos a su disposición para cualquier duda."
        + S,
    ),
    (
        "nl",
        [],
        "Betalingsherinnering",
        "Goedemiddag,\n\nWij hebben uw betaling voor factuur 2290 nog niet ontvangen. Kunt u laten weten wanneer wij deze kunnen verwachten?"
        + S,
    ),
    (
        "it",
        [],
        "Estratto conto",
        "Buongiorno,\n\nin allegato l'estratto conto aggiornato. Restiamo a disposizione per chiarimenti."
        + S,
    ),
    (
        "pt",
        [],
        "Fatura em atraso",
        "Bom dia,\n\nA fatura 551 encontra-se em atraso há 20 dias. Agradecemos a regularização ou uma data prevista de pagamento."
        + S,
    ),
    (
        "en",
        ["legal_threat"],
        "Action required",
        "Hi,\n\nIf this is not settled by Friday, our legal department will start recovery proceedings against your company."
        + S,
    ),
    (
        "en",
        ["legal_threat"],
        "Overdue account",
        "Hello,\n\nWe will be forced to pass this to a collections firm, which will add its own fees." + S,
    ),
    (
        "en",
        ["discount_offer"],
        "Settlement",
        "Hi,\n\nTo close this out, we would take USD 5,000.00 as full payment of the USD 6,200.00 balance."
        + S,
    ),
    (
        "en",
        ["discount_offer"],
        "Interest",
        "Hi Jane,\n\nPay by Friday and we'll forget about the interest that has built up." + S,
    ),
    (
        "en",
        ["refund_or_credit_promise"],
        "Re: returned goods",
        "Hi,\n\nOnce the goods are back in our warehouse we will credit your account with USD 900.00." + S,
    ),
    (
        "en",
        ["fault_admission"],
        "Re: INV-9001",
        "Hi,\n\nI checked and the invoice should never have been sent; our team got the quantity wrong." + S,
    ),
    (
        "en",
        ["terms_change"],
        "Re: timing",
        "Hi,\n\nNo problem at all, you can pay INV-6601 at the end of next quarter instead." + S,
    ),
    (
        "en",
        ["terms_change"],
        "Re: instalments",
        "Hello,\n\nThat works for us: pay half now and the other half in 60 days." + S,
    ),
    (
        "en",
        ["harassment"],
        "Seriously?",
        "Hi,\n\nDo you even know how to run a business? Three months late is a joke." + S,
    ),
    (
        "en",
        ["sensitive_data"],
        "Direct debit",
        "Hello,\n\nWe'll collect from IBAN GB82 WEST 1234 5698 7654 32 on the 5th." + S,
    ),
    (
        "en",
        ["sensitive_data"],
        "Verification",
        "Hi,\n\nTo confirm, the CVV on the card you gave us is 737." + S,
    ),
    (
        "fr",
        ["refund_or_credit_promise"],
        "Re: trop-perçu",
        "Bonjour,\n\nNous vous renverrons le trop-perçu de 150,00 € par virement la semaine prochaine." + S,
    ),
    (
        "de",
        ["terms_change"],
        "Re: Zahlungsaufschub",
        "Hallo Herr Braun,\n\nkein Problem, Sie können die Rechnung 4410 auch erst Ende Mai bezahlen." + S,
    ),
    (
        "de",
        ["discount_offer"],
        "Angebot",
        "Guten Tag,\n\nbei Zahlung bis Freitag ziehen wir Ihnen 3 % vom Rechnungsbetrag ab." + S,
    ),
    (
        "es",
        ["fault_admission"],
        "Re: factura 880",
        "Hola,\n\nTiene razón, nos equivocamos al facturar las horas." + S,
    ),
    (
        "nl",
        ["harassment"],
        "Betaal nu",
        "Hallo,\n\nHet is echt schandalig hoe u met uw leveranciers omgaat." + S,
    ),
    (
        "it",
        ["legal_threat"],
        "Ultimo avviso",
        "Gentile cliente,\n\nin mancanza di pagamento affideremo la pratica al nostro legale." + S,
    ),
]


def main() -> None:
    write_guard_set(Path(__file__).parent, "k", CASES)


if __name__ == "__main__":
    main()
