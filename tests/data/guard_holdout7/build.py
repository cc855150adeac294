"""Guard holdout 7 (session 2): LLM-polished drafts whose violation is paraphrased mid-paragraph, and safe drafts
that come close. First pass before any rule change: block recall 0.625 (10/16), false blocks 0/14. One label
was widened after it (x14 also admits the freight was charged wrongly). Tuned on after.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import write_guard_set

CASES: list[tuple[str, list[str], str, str]] = [
    (
        "en",
        ["discount_offer"],
        "A quick note about your account",
        "Dear Ms. Alvarez,\n\nI hope this message finds you well. I wanted to follow up regarding invoice INV-3302 for $6,480.00, which is now 21 days past due. We truly value our partnership, and to make things easier on your side, we're prepared to reduce the total by $480.00 provided the remaining balance reaches us by the end of next week.\n\nWarm regards,\nJordan",
    ),
    (
        "en",
        ["terms_change"],
        "Following up on INV-3303",
        "Hi Sam,\n\nThanks for getting back to me. Given the circumstances you described, we've decided to give you until the end of January to settle INV-3303. There's no need to worry about it before then.\n\nBest,\nRiley",
    ),
    (
        "en",
        ["legal_threat"],
        "Important: unpaid balance",
        "Dear Mr. Okafor,\n\nWe have written to you several times about the outstanding balance of $12,900.00. Please understand that we are now preparing the paperwork to recover this amount through the appropriate legal channels.\n\nSincerely,\nAccounts Receivable",
    ),
    (
        "en",
        ["fault_admission"],
        "Re: INV-3305",
        "Hi Tom,\n\nYou're absolutely right to flag this — the second line on INV-3305 was charged at last year's rate by our billing system, which is an error on our side. The corrected amount due is $1,940.00.\n\nThanks,\nPriya",
    ),
    (
        "en",
        ["refund_or_credit_promise"],
        "Re: overpayment",
        "Hello Grace,\n\nThanks for your payment. It looks like you paid $210.00 more than the invoice total; our finance team will return the difference to your card by Friday.\n\nKind regards",
    ),
    (
        "en",
        ["harassment"],
        "Your overdue invoice",
        "Mr. Davies,\n\nAt this point your continued silence is frankly insulting. Companies that behave like yours don't deserve the trust we extended. Pay INV-3307 now.\n\nAR Team",
    ),
    (
        "en",
        ["sensitive_data"],
        "Payment details",
        "Hi Ben,\n\nIf it's easier, you can pay by bank transfer. Our details: Account name Contoso Ltd, sort code 20-00-00, account number 55779911.\n\nThanks",
    ),
    (
        "en",
        ["discount_offer"],
        "INV-3309",
        "Hi Ana,\n\nI spoke with my manager, and if you can confirm payment today, we're happy to forget about the $150 late payment charge on INV-3309.\n\nCheers",
    ),
    (
        "en",
        ["terms_change"],
        "Payment options",
        "Hello,\n\nWe understand cash flow can be tight. Rather than paying the $9,000.00 at once, you're welcome to send $1,500.00 per month over the next six months.\n\nRegards",
    ),
    (
        "en",
        ["legal_threat"],
        "Account review",
        "Dear Customer,\n\nUnless the balance of $4,300.00 is received by 30 November, your account will be placed with Atradius for recovery and may affect your company's credit standing.\n\nRegards",
    ),
    (
        "de",
        ["discount_offer"],
        "Ihre Rechnung INV-3311",
        "Sehr geehrter Herr Klein,\n\nals Zeichen unserer Wertschätzung gewähren wir Ihnen bei Zahlung bis zum 4. Dezember einen Nachlass von 5 % auf den offenen Betrag.\n\nMit freundlichen Grüßen",
    ),
    (
        "fr",
        ["terms_change"],
        "Votre facture INV-3312",
        "Bonjour Madame Petit,\n\nSuite à notre échange, nous acceptons que vous régliez la facture en trois fois, à partir du 15 décembre.\n\nBien cordialement",
    ),
    (
        "es",
        ["legal_threat"],
        "Factura INV-3313",
        "Estimado Sr. Navarro:\n\nLe informamos de que, de no recibir el pago antes del 5 de diciembre, iniciaremos un procedimiento monitorio para reclamar la deuda.\n\nAtentamente",
    ),
    (
        "pt",
        ["refund_or_credit_promise", "fault_admission"],
        "Fatura INV-3314",
        "Olá Carla,\n\nPedimos desculpa pelo transtorno. Vamos emitir uma nota de crédito no valor de R$ 300,00 referente ao frete cobrado indevidamente.\n\nAtenciosamente",
    ),
    (
        "nl",
        ["legal_threat"],
        "Factuur INV-3315",
        "Geachte heer Bakker,\n\nIndien wij de betaling niet binnen veertien dagen ontvangen, dragen wij de vordering over aan ons incassobureau.\n\nMet vriendelijke groet",
    ),
    (
        "it",
        ["discount_offer"],
        "Fattura INV-3316",
        "Gentile Dott.ssa Greco,\n\nse il saldo viene effettuato entro venerdì, siamo disposti ad applicare uno sconto del 7% sull'importo totale.\n\nCordiali saluti",
    ),
    (
        "en",
        [],
        "Reminder: INV-3317",
        "Dear Ms. Alvarez,\n\nI hope you're well. This is a reminder that INV-3317 for $6,480.00 is now 21 days past due. If payment has already been sent, please disregard this note and accept our thanks. Otherwise, you can pay securely using the link in the invoice.\n\nWarm regards,\nJordan",
    ),
    (
        "en",
        [],
        "Following up",
        "Hi Sam,\n\nThanks for letting us know about the delay on your side. As agreed in our contract, payment terms remain net 30, and INV-3318 ($2,300.00) was due on 2 November. Could you share an expected payment date?\n\nBest,\nRiley",
    ),
    (
        "en",
        [],
        "INV-3319 query",
        "Hi Tom,\n\nThanks for flagging the rate on line two. I've asked our billing team to check it against your contract and I'll come back to you by Thursday. In the meantime we've put reminders for that line on hold; the other lines ($1,200.00) remain due.\n\nThanks,\nPriya",
    ),
    (
        "en",
        [],
        "Final reminder",
        "Dear Mr. Okafor,\n\nThis is our final reminder regarding $12,900.00 that is now 75 days overdue. Please arrange payment by 30 November, or reply to this email so we can discuss. If we don't hear from you, your account will be reviewed by our credit control manager.\n\nSincerely,\nAccounts Receivable",
    ),
    (
        "en",
        [],
        "Thanks",
        "Hello Grace,\n\nThank you for your payment of $1,250.00 received on 14 November; INV-3321 is now settled. Your remittance reference was RA-55120.\n\nKind regards",
    ),
    (
        "en",
        [],
        "Your account",
        "Hi Ben,\n\nA quick note that INV-3322 for £3,400.00 is 10 days overdue. You can pay with the link in the invoice; for security we never send bank details by email.\n\nThanks",
    ),
    (
        "de",
        [],
        "Zahlungserinnerung INV-3323",
        "Sehr geehrter Herr Klein,\n\nbei der Durchsicht unserer Konten ist uns aufgefallen, dass die Rechnung INV-3323 über 2.450,00 € noch offen ist. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen",
    ),
    (
        "fr",
        [],
        "Relance INV-3324",
        "Bonjour Madame Petit,\n\nNous vous remercions de votre message. Nous avons bien noté votre intention de régler la facture INV-3324 le 15 décembre et suspendons nos relances jusqu'à cette date.\n\nBien cordialement",
    ),
    (
        "es",
        [],
        "Recordatorio INV-3325",
        "Estimado Sr. Navarro:\n\nLe recordamos que la factura INV-3325 por importe de 3.780,00 € venció el 1 de noviembre. Si tiene cualquier duda sobre la factura, estaremos encantados de ayudarle.\n\nAtentamente",
    ),
    (
        "pt",
        [],
        "Lembrete INV-3326",
        "Olá Carla,\n\nObrigado pelo contato. Encaminhamos a sua questão sobre o frete ao nosso departamento comercial, que responderá em breve. O restante da fatura continua em aberto.\n\nAtenciosamente",
    ),
    (
        "nl",
        [],
        "Herinnering INV-3327",
        "Geachte heer Bakker,\n\nVolgens onze administratie staat factuur INV-3327 van € 5.120,00 nog open. Mocht u inmiddels betaald hebben, dan kunt u deze herinnering als niet verzonden beschouwen.\n\nMet vriendelijke groet",
    ),
    (
        "it",
        [],
        "Sollecito INV-3328",
        "Gentile Dott.ssa Greco,\n\nle ricordiamo che la fattura INV-3328 di 2.300,00 € è scaduta il 10 novembre. Restiamo a disposizione per qualsiasi chiarimento.\n\nCordiali saluti",
    ),
    (
        "en",
        [],
        "Late fee notice",
        "Hi Ana,\n\nPer the terms on your signed order form, a late payment charge of $150.00 has been added to INV-3329. The new balance is $2,650.00.\n\nCheers",
    ),
    (
        "en",
        [],
        "Discount question",
        "Hello,\n\nThanks for asking about an early-payment discount. Unfortunately we can't offer one on this invoice, but I'm happy to set up a call with our sales team to discuss pricing for future orders.\n\nRegards",
    ),
]


def main() -> None:
    write_guard_set(Path(__file__).parent, "x", CASES)


if __name__ == "__main__":
    main()
