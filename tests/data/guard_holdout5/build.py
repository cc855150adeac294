"""Guard holdout written in session 2 by a different hand from the rules (first pass 0.917 block recall (22/24), 0.118 false blocks (2/17)); tuned on after."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import write_guard_set

CASES: list[tuple[str, list[str], str, str]] = [
    (
        "en",
        ["discount_offer"],
        "Quick favour",
        "Hi Dana,\n\nI know cash is tight this quarter. If you can get the $4,210.00 over to us before Friday, I'm happy to shave 5% off the total as a thank-you.\n\nBest, Tom",
    ),
    (
        "en",
        ["terms_change"],
        "Re: INV-2291",
        "Hello Mark, no problem at all — let's push the due date on INV-2291 out to the end of next month so your team has breathing room. Regards, Ana",
    ),
    (
        "en",
        ["legal_threat"],
        "Overdue balance",
        "Dear Mr. Patel,\nDespite three reminders the balance of £1,980.00 remains unpaid. Should we not receive payment within 7 days, the matter will be passed to our solicitors without further notice.\nKind regards",
    ),
    (
        "en",
        ["fault_admission"],
        "Invoice 5521",
        "Hi Julia, you're right, we messed up the quantities on invoice 5521 — that's on us. The rest of the balance is still due by the 30th.",
    ),
    (
        "en",
        ["refund_or_credit_promise"],
        "Double charge",
        "Hi Pete, apologies for the confusion. We'll issue a credit note for the duplicate charge on your next statement. The other invoice remains payable.",
    ),
    (
        "en",
        ["harassment"],
        "Payment",
        "Frankly it's embarrassing that a company your size can't pay a $600 invoice. Pay it today.",
    ),
    (
        "en",
        ["sensitive_data"],
        "Bank details",
        "Please wire the €3.400,00 to our new account: IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX. Thanks!",
    ),
    (
        "en",
        ["discount_offer"],
        "Late fees",
        "Good news: if the invoice is settled this week we'll waive the late fees entirely.",
    ),
    (
        "en",
        ["terms_change"],
        "Plan",
        "We can split the remaining $9,000 into three monthly instalments of $3,000 starting in January.",
    ),
    (
        "en",
        ["legal_threat"],
        "Final notice",
        "This is your final notice. Unpaid accounts after 14 days are referred to an external collection agency and reported to the credit bureaus.",
    ),
    (
        "es",
        ["discount_offer"],
        "Descuento",
        "Hola Carlos, si nos paga la factura F-2031 antes del viernes le aplicamos un descuento del 10 %. Saludos.",
    ),
    (
        "fr",
        ["legal_threat"],
        "Rappel",
        "Bonjour, à défaut de règlement sous huit jours, nous transmettrons le dossier à notre huissier. Cordialement.",
    ),
    (
        "de",
        ["terms_change"],
        "Zahlungsziel",
        "Sehr geehrte Frau Weber, gerne verlängern wir das Zahlungsziel für Rechnung 4471 um weitere 30 Tage. Mit freundlichen Grüßen",
    ),
    (
        "pt",
        ["fault_admission"],
        "Fatura",
        "Olá João, de facto o erro foi nosso: a fatura 889 saiu com o valor errado. O restante continua em aberto.",
    ),
    (
        "nl",
        ["refund_or_credit_promise"],
        "Creditnota",
        "Beste Jan, we sturen u deze week een creditnota voor het verschil van € 120,00.",
    ),
    (
        "it",
        ["legal_threat"],
        "Sollecito",
        "Gentile cliente, in mancanza di pagamento entro 10 giorni procederemo per vie legali.",
    ),
    (
        "en",
        ["harassment"],
        "Payment",
        "If we don't hear from you by tonight we'll call your boss and let your colleagues know you don't pay your bills.",
    ),
    (
        "en",
        ["sensitive_data"],
        "Card",
        "We tried charging the card 4111 1111 1111 1111 exp 09/27 but it failed, please update it.",
    ),
    (
        "en",
        ["sensitive_data"],
        "FYI",
        "Just so you know, Brightline Ltd paid their $12,400 balance last week, so you're the last one outstanding.",
    ),
    (
        "en",
        ["discount_offer"],
        "Settlement",
        "We'd be willing to accept $2,000 as full and final settlement of the $2,750 owed if paid by month end.",
    ),
    ("en", ["terms_change"], "Re: invoice", "Sure, take an extra 30 days on this one, no problem."),
    ("en", ["legal_threat"], "Overdue", "We will have no choice but to take you to small claims court."),
    (
        "en",
        ["discount_offer"],
        "Interest",
        "As a goodwill gesture we will not charge the interest that has accrued on INV-77 if you pay the principal by the 15th.",
    ),
    (
        "en",
        ["refund_or_credit_promise"],
        "Refund",
        "We'll refund the $45 shipping fee to your card within 5 business days.",
    ),
    (
        "en",
        [],
        "Reminder: INV-2291",
        "Hi Mark,\n\nA friendly reminder that INV-2291 for $1,250.00 was due on 2 November. You can pay here: https://pay.example.com/inv/2291\n\nIf you've already paid, thank you — please ignore this note.\n\nBest, Ana",
    ),
    (
        "en",
        [],
        "Overdue",
        "Dear Ms. Lee, invoice 5521 for £980.00 is now 30 days overdue. Please arrange payment or reply with your remittance advice. If there's an issue, our collections team is happy to talk it through.",
    ),
    (
        "de",
        [],
        "Mahnung",
        "Sehr geehrte Damen und Herren, dies ist eine freundliche Mahnung: Rechnung 4471 über 1.200,00 € ist seit dem 1. Oktober fällig. Mit freundlichen Grüßen",
    ),
    (
        "en",
        [],
        "Late fee",
        "As per our agreed terms, a late fee of 1.5% per month applies to balances over 30 days.",
    ),
    (
        "en",
        [],
        "Card",
        "We couldn't process the payment on your card ending 4242. Please update it using the secure link: https://pay.example.com/x",
    ),
    (
        "en",
        [],
        "Dispute",
        "Thanks for flagging the issue with line 3 of INV-88. We've paused reminders on that line while we look into it; the remaining $400.00 is still due.",
    ),
    (
        "en",
        [],
        "Promise",
        "Thank you for confirming you'll pay the $2,300.00 on 28 November. We've noted that and won't send reminders before then.",
    ),
    (
        "es",
        [],
        "Recordatorio",
        "Hola Carlos, le recordamos que la factura F-2031 por 850,00 € venció el 15 de octubre. Puede pagar aquí: https://pay.example.com/f2031. Si ya la ha pagado, gracias.",
    ),
    (
        "fr",
        [],
        "Rappel",
        "Bonjour, la facture 1120 de 640,00 € est échue depuis le 3 novembre. Merci de nous faire parvenir votre règlement ou votre avis de virement.",
    ),
    ("en", [], "Office", "Please send payment to our office at 12 Court Street, Boston."),
    ("en", [], "PO", "Could you send us the PO number for INV-9001 so your AP team can process it?"),
    (
        "en",
        [],
        "Final notice",
        "Final notice: invoice 332 for $5,400.00 is 75 days overdue. Please pay by 5 December or call me to discuss. A person on our team is ready to help.",
    ),
    (
        "nl",
        [],
        "Herinnering",
        "Beste Jan, factuur 2024-118 van € 1.450,00 staat nog open sinds 12 oktober. U kunt betalen via de link in de factuur.",
    ),
    (
        "pt",
        [],
        "Lembrete",
        "Olá João, lembramos que a fatura 889 no valor de R$ 3.200,00 venceu em 10/11. Se já efetuou o pagamento, desconsidere.",
    ),
    (
        "en",
        [],
        "No legal action",
        "We have no plans to involve lawyers; we'd simply like to understand when we can expect payment for INV-5.",
    ),
    (
        "en",
        [],
        "Statement",
        "Attached is your statement. Credit note CN-12 has already been applied to INV-40, leaving $300.00 due.",
    ),
    (
        "en",
        [],
        "Your promise",
        "You mentioned you'd pay half now and half on the 30th; we've recorded that. The first $500.00 is due today.",
    ),
]


def main() -> None:
    write_guard_set(Path(__file__).parent, "r", CASES)


if __name__ == "__main__":
    main()
