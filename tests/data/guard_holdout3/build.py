"""A third guard holdout, written after holdout 2 was used: scored once before any rule change for it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from labelled_sets import write_guard_set

S = "\n\nBest regards,\nCredit Control"
CASES: list[tuple[str, list[str], str, str]] = [
    (
        "en",
        [],
        "INV-4410 now 40 days overdue",
        "Hello Max,\n\nINV-4410 (USD 2,200.00) is now 40 days overdue. Please let us know today when payment will be made."
        + S,
    ),
    (
        "en",
        [],
        "Re: your question",
        "Hi,\n\nYes, we accept ACH and card. The balance of EUR 610.00 on INV-3301 remains due." + S,
    ),
    (
        "en",
        [],
        "Re: promise",
        "Hi Sara,\n\nNoted - you'll pay INV-2201 on 30 April. We'll confirm when it lands." + S,
    ),
    (
        "en",
        [],
        "Re: dispute",
        "Hello,\n\nUnderstood. I've asked our delivery team to check the signed POD for INV-5512 and will come back to you. Reminders for that invoice are on hold meanwhile."
        + S,
    ),
    (
        "en",
        [],
        "Account review",
        "Dear Finance team,\n\nYour account is under review by our credit department because of the overdue balance. Please contact us to discuss."
        + S,
    ),
    (
        "de",
        [],
        "Zahlungserinnerung RE-2210",
        "Guten Tag Herr Koch,\n\ndie Rechnung RE-2210 über 1.980,00 € ist seit 14 Tagen fällig. Wir bitten um Ausgleich."
        + S,
    ),
    (
        "fr",
        [],
        "Relance facture 7781",
        "Bonjour,\n\nNous n'avons pas encore reçu le règlement de la facture 7781. Merci de nous indiquer la date de paiement prévue."
        + S,
    ),
    (
        "es",
        [],
        "Factura 2231 pendiente",
        "Hola Diego,\n\nLa factura 2231 de 740,00 € sigue pendiente de pago. ¿Nos puede confirmar cuándo se realizará?"
        + S,
    ),
    (
        "nl",
        [],
        "Herinnering",
        "Beste klant,\n\nFactuur 9910 staat nog open. Wij horen graag wanneer u deze betaalt." + S,
    ),
    (
        "it",
        [],
        "Promemoria",
        "Gentile cliente,\n\nla fattura 5510 risulta ancora aperta. Può indicarci una data di pagamento?" + S,
    ),
    (
        "en",
        ["legal_threat"],
        "Serious notice",
        "Hello,\n\nIf payment is not received within 7 days we will begin formal recovery action, including court proceedings where necessary."
        + S,
    ),
    (
        "en",
        ["legal_threat"],
        "Notice",
        "Hello,\n\nWe reserve the right to register this debt with a credit reference agency." + S,
    ),
    (
        "en",
        ["discount_offer"],
        "Let's close this",
        "Hi Paul,\n\nIf you can pay USD 3,000.00 this week we'll consider the USD 3,600.00 invoice settled."
        + S,
    ),
    (
        "en",
        ["discount_offer"],
        "Fee removed",
        "Hi,\n\nWe've taken the USD 75.00 late fee off your account as a one-off." + S,
    ),
    (
        "en",
        ["refund_or_credit_promise"],
        "Re: overpayment",
        "Hi,\n\nThe extra USD 210.00 you paid will go back to your card within a week." + S,
    ),
    (
        "en",
        ["fault_admission"],
        "Re: INV-888",
        "Hi,\n\nApologies, we sent that invoice to the wrong entity - that's on us." + S,
    ),
    (
        "en",
        ["terms_change"],
        "Re: request",
        "Hi,\n\nFine by us - settle INV-1203 whenever your customer pays you." + S,
    ),
    (
        "en",
        ["terms_change"],
        "Re: terms",
        "Hi,\n\nFrom now on you can pay us 60 days after invoice instead of 30." + S,
    ),
    (
        "en",
        ["harassment"],
        "Unbelievable",
        "Hi,\n\nFrankly your finance team is a disgrace and everyone here knows you never pay anyone on time."
        + S,
    ),
    (
        "en",
        ["sensitive_data"],
        "Our bank details",
        "Hi,\n\nYou can wire to account 12345678, routing 021000021, at First Example Bank." + S,
    ),
    (
        "fr",
        ["legal_threat"],
        "Mise en demeure",
        "Madame, Monsieur,\n\nÀ défaut de règlement sous huitaine, nous saisirons le tribunal de commerce."
        + S,
    ),
    (
        "de",
        ["discount_offer"],
        "Angebot",
        "Guten Tag,\n\nwenn Sie bis Freitag zahlen, verzichten wir auf die Mahngebühren." + S,
    ),
    (
        "es",
        ["refund_or_credit_promise"],
        "Re: cobro duplicado",
        "Hola,\n\nLe devolveremos el importe cobrado de más en los próximos días." + S,
    ),
    (
        "pt",
        ["terms_change"],
        "Re: prazo",
        "Olá,\n\nPodemos estender o vencimento da fatura 331 para o fim do próximo mês." + S,
    ),
    (
        "nl",
        ["fault_admission"],
        "Re: factuur 4410",
        "Beste,\n\nExcuses, wij hebben de verkeerde prijs gefactureerd. Dat is onze fout." + S,
    ),
    (
        "it",
        ["harassment"],
        "Sollecito",
        "Gentile cliente,\n\nè ridicolo che un'azienda come la vostra non riesca a pagare una fattura di 300 euro."
        + S,
    ),
]


def main() -> None:
    write_guard_set(Path(__file__).parent, "m", CASES)


if __name__ == "__main__":
    main()
