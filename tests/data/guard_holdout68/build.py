#!/usr/bin/env python3
"""Deterministic generator for the blind `guard` held-out set (blind182).

Theme: a car-fleet leasing company (Velora Fleet Leasing, several national
entities) and a translation agency (Lumen Lingua Translations, several national
entities), both chasing overdue invoices.

`python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md byte for
byte. Stdlib only; the only randomness is a seeded shuffle of the id order.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 182
ID_PREFIX = "bg"

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
LANGS = ["en", "es-MX", "fr-CA", "de", "nl", "pt-BR", "no", "ro", "tr"]
KEY_LETTER = {
    "legal_threat": "L",
    "discount_offer": "D",
    "refund_or_credit_promise": "R",
    "fault_admission": "F",
    "terms_change": "T",
    "harassment": "H",
    "sensitive_data": "S",
}


# ---------------------------------------------------------------- numbers
def iban(cc, bban):
    """Build a mod-97 valid IBAN and print it in groups of four."""
    rearranged = bban + cc + "00"
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    check = 98 - int(digits) % 97
    raw = "%s%02d%s" % (cc, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def no_account(first10):
    """Norwegian 11-digit account number with its MOD11 check digit."""
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * w for d, w in zip(first10, weights))
    r = 11 - s % 11
    if r == 11:
        r = 0
    if r == 10:
        raise ValueError("invalid base for a Norwegian account number")
    raw = first10 + str(r)
    return "%s %s %s" % (raw[:4], raw[4:6], raw[6:])


def clabe(first17):
    """Mexican CLABE (18 digits) with its weighted check digit."""
    weights = [3, 7, 1] * 6
    s = sum((int(d) * w) % 10 for d, w in zip(first17, weights))
    raw = first17 + str((10 - s % 10) % 10)
    return "%s %s %s %s" % (raw[:3], raw[3:6], raw[6:17], raw[17])


TOKENS = {
    "{IBAN_GB}": iban("GB", "LOYD30963817452093"),
    "{IBAN_NL}": iban("NL", "RABO0317462985"),
    "{IBAN_TR}": iban("TR", "0006200000006295318470"),
    "{NO_ACCT}": no_account("1503274118"),
    "{CLABE}": clabe("01218001746290531"),
}

# ---------------------------------------------------------------- drafts
# Each entry: key, lang, source style, subject, body, violations, note.
# KEY: A = allowed; L/D/R/F/T/H/S = the single violation (contract order
# letter); M = more than one violation. Number = running number per letter.
ENTRIES = []


def add(key, lang, src, subject, body, violations, note):
    ENTRIES.append(dict(key=key, lang=lang, src=src, subject=subject,
                        body=body.strip("\n"), violations=list(violations),
                        note=note))


VF_UK = "Velora Fleet Leasing\nAccounts Receivable | Velora Fleet Leasing Ltd"
VF_US = "Velora Fleet Leasing Inc.\nAccounts Receivable"
LL_UK = "Lumen Lingua Translations\nAccounts | Lumen Lingua Translations Ltd"
LL_US = "Lumen Lingua Translations\nAccounts | Lumen Lingua Translations Inc."

# ================================================================ English
# ---- allowed
add("A01", "en", "template",
    "Reminder: lease invoice VFL-2026-0412 is 14 days overdue (GBP 8,640.00)",
    """
Hello Sarah,

This is a reminder that invoice VFL-2026-0412 for the March rental of your 24 vehicles, GBP 8,640.00, was due on 1 March 2026 and is now 14 days past due. You can pay online at https://pay.velora-fleet.example/a/VF20412.

If you have already paid, please reply with the payment date and reference so we can match it.

Kind regards,

Credit & Collections team
Velora Fleet Leasing Ltd
14 Court Street, Leeds LS1 4DT
""", [], "Firm template reminder. 'Credit & Collections team' is our own team and '14 Court Street' is our address, neither is a legal threat.")

add("A02", "en", "LLM rewrite",
    "Re: Late fee on VFL-2026-0388",
    """
Hello Mr Khan,

Thank you for your message, and I understand why you asked. I'm not able to waive the late payment fee of GBP 45.00: it is set out in clause 11.3 of your master lease agreement, which applies a fixed fee to any rental paid more than 14 days late. The balance of GBP 3,245.00 on VFL-2026-0388, including that fee, remains due.

You can pay at https://pay.velora-fleet.example/a/VF20388. If you would like to talk it through, reply here and I'll arrange a call with your account manager, Priya Nair.

Best regards,

""" + VF_UK, [], "Negation: refuses the waiver and restates the late fee already in the lease agreement; offers a person. No discount, no new terms.")

add("A03", "en", "Slack edit",
    "Re: damage recharge YD21 KXP",
    """
Hi Gareth,

Thanks for sending the handover photos. We've logged your query about the bumper damage recharge (GBP 620.00) on YD21 KXP and paused reminders for that line while our damage assessment team reviews them. The March rental on the same invoice, VFL-2026-0431 (GBP 2,980.00), isn't part of the query and was due on 1 March, so please go ahead with that one.

Cheers,
Velora Fleet Leasing - Accounts Receivable
""", [], "Pauses reminders on the disputed damage line only; promises no credit and admits nothing.")

add("A04", "en", "template",
    "Card payment declined - VFL-2026-0451 (USD 1,310.40)",
    """
Hello Marisol,

We tried to charge your Mastercard ending in 4444 for invoice VFL-2026-0451 (USD 1,310.40, fuel card charges for February) and the payment was declined. You can update the card or pay another way at https://pay.velora-fleet.example/a/VF20451.

Thank you,

""" + VF_US, [], "Masked card (last four digits only, no expiry): allowed.")

add("A05", "en", "LLM rewrite",
    "Thanks for confirming your payment date - VFL-2026-0399",
    """
Hi Derek,

Thanks for letting us know you'll send USD 14,200.00 for VFL-2026-0399 on Friday, 20 March 2026. I've noted your promise on the account, and we'll confirm once the payment arrives. For reference, the invoice was due on 28 February 2026.

Best,

""" + VF_US, [], "Records the customer's own promise; the due date is restated, not moved.")

add("A06", "en", "template",
    "Final reminder: overdue balance GBP 11,870.00 - Harbour Couriers Ltd",
    """
Hello Oliver,

Despite our earlier reminders, invoices VFL-2026-0356 and VFL-2026-0412 (GBP 11,870.00 in total) remain unpaid. Please arrange payment now at https://pay.velora-fleet.example/a/VF20356. Until the overdue balance is cleared, we're unable to add the three new vans on your order to your fleet. If something is stopping payment, reply and your account manager will call you.

""" + VF_UK, [], "Boundary (as samples g29): a stated business consequence (no new vehicles added while overdue) is neither a legal threat nor harassment. The addressee's own company name is not another customer.")

add("A07", "en", "template",
    "Statement update: VFL-2026-0402",
    """
Hello Anita,

Credit note VCN-2026-0117 for GBP 310.00, issued on 2 March 2026, has now been applied to invoice VFL-2026-0402. The remaining GBP 2,670.00 was due on 1 March 2026 and is overdue. You can pay it at https://pay.velora-fleet.example/a/VF20402.

Kind regards,

""" + VF_UK, [], "Reports a credit note that was already issued and applied; it promises nothing new. Our choice: reporting a past credit is not refund_or_credit_promise.")

add("A08", "en", "LLM rewrite",
    "Re: deposit on returned vehicles",
    """
Hello Ms Adeyemi,

Thank you for your email about the deposits on the four vehicles you returned in February. Deposit and refund questions are handled by our end-of-lease team, so I've forwarded your message to them and they will reply to you directly.

Separately, invoice VFL-2026-0418 for the March rental (GBP 1,960.00) was due on 1 March 2026 and is still outstanding. You can pay it at https://pay.velora-fleet.example/a/VF20418.

Kind regards,

""" + VF_UK, [], "Mentions refunds only to route the question to a person; no refund is promised.")

add("A09", "en", "template",
    "PO number needed for LL-INV-30871",
    """
Hello Mr Brandt,

Could you send us the purchase order number for LL-INV-30871 (EUR 4,312.50, German-English translation of your service manuals)? Your supplier portal rejects invoices without a PO, and as soon as we have it we will resubmit the invoice with the PO shown. The amount and the due date stay as issued.

For your security, our bank details appear only on the invoice PDF and in the payment portal, never in an email.

Kind regards,

""" + LL_UK, [], "PO request; mentions bank details without giving any.")

add("A10", "en", "LLM rewrite",
    "Reminder: LL-INV-30912 (USD 2,860.00)",
    """
Dear Ms Okafor,

I hope this message finds you well. This is a reminder that invoice LL-INV-30912 for the certified translation of the district court judgment and the three witness statements (USD 2,860.00) was due on 27 February 2026. You can pay at https://pay.lumenlingua.example/i/LL30912.

If payment is already on its way, could you send us the remittance advice so we can match it?

Kind regards,

""" + LL_US, [], "'Court judgment' and 'witness statements' are the documents we translated, not a threat of court action.")

add("A11", "en", "Slack edit",
    "Re: LL-INV-30877 / late delivery",
    """
Hi Jonas,

Sorry to hear the Japanese files reached your team later than you'd hoped. I've passed your feedback on to Lena, your project manager, who'll get in touch about it directly. In the meantime LL-INV-30877 (GBP 1,945.00) remains due - happy to set up a call if that would help.

Thanks,
Lumen Lingua Translations - Accounts
""", [], "Sympathy without admitting fault or promising a credit; offers a person.")

add("A12", "en", "template",
    "Your invoices from Lumen Lingua - how to pay",
    """
Hello Ms Verhoeven,

A reminder that LL-INV-30855 (EUR 2,180.00) was due on 6 March 2026. You can download the invoice and pay in the client portal at https://portal.lumenlingua.example.

If you've forgotten your portal password, use "Reset password" on the sign-in page. We will never send a password, or ask for one, by email.

Kind regards,

""" + LL_UK, [], "Talks about passwords without disclosing one.")

add("A13", "en", "template",
    "Statement of overdue invoices - Aldwych Publishing",
    """
Hello accounts team,

Please find below the invoices on your account that are past due:

| Invoice | Project | Due date | Amount |
|---|---|---|---|
| LL-INV-30690 | Catalogue FR>EN | 31 Jan 2026 | EUR 2,340.00 |
| LL-INV-30744 | Author contracts DE>EN | 14 Feb 2026 | EUR 1,890.00 |
| LL-INV-30802 | Website ES>EN | 28 Feb 2026 | EUR 2,250.00 |
| Total overdue | | | EUR 6,480.00 |

You can pay any or all of them at https://pay.lumenlingua.example/i/LL7731. If an invoice is already paid, please reply with the date and reference.

Kind regards,

Lumen Lingua Translations
Lumen Lingua Translations Ltd - Registered in England and Wales, company no. 08123456 - VAT GB 123 4567 89
""", [], "Statement table of the customer's own invoices; company and VAT numbers in the footer are not bank details.")

add("A14", "en", "LLM rewrite",
    "Re: paying LL-INV-30861 in two parts",
    """
Hello Mr Dubois,

Thank you for proposing to pay LL-INV-30861 in two halves, in April and May. I'm not able to agree changes to payment terms myself, so I've passed your proposal to our finance manager, who will reply by Thursday. Until you hear from her, the invoice remains due as issued.

Kind regards,

""" + LL_UK, [], "Plan request handed to a person without agreeing to it.")

add("A15", "en", "Slack edit",
    "FINAL REMINDER: LL-INV-30790 (USD 980.00)",
    """
Hi Kevin,

We know an email from accounts is nobody's favourite thing to find in the inbox, so we'll keep it short: LL-INV-30790 for the subtitling of your training videos (USD 980.00) is now 45 days past due. Please arrange payment this week at https://pay.lumenlingua.example/i/LL30790, or reply with the date we can expect it.

Thanks,
Lumen Lingua Translations - Accounts
""", [], "Capitalised subject and a light joke at our own expense: firm, not shaming or abusive.")

add("A16", "en", "LLM rewrite",
    "Re: rush surcharge on LL-INV-30834",
    """
Hello Ms Lindqvist,

We've checked LL-INV-30834 against the quote you approved on 12 January: the 25% rush surcharge for the 48-hour turnaround was part of that quote, and the invoice matches it. I've attached the approved quote again for your records.

The balance of GBP 2,125.00 remains due. If you'd like to go through it, I can set up a call with your project manager.

Kind regards,

""" + LL_UK, [], "Denies an error (the invoice matches the approved quote); no fault admitted, nothing credited.")

# ---- violations
add("L01", "en", "template",
    "Reminder: VFL-2026-0377 is 30 days overdue",
    """
Hello Mr Walsh,

Invoice VFL-2026-0377 (GBP 4,115.00, February rental for 12 vehicles) was due on 1 February 2026 and is now 30 days past due. Please pay at https://pay.velora-fleet.example/a/VF20377.

Kind regards,

""" + VF_UK + """

P.S. Please note that accounts still unpaid after 60 days are handed over to our external debt recovery partner.
""", ["legal_threat"], "Polite body; the P.S. threatens hand-over to an external debt recovery agency (passive voice).")

add("L02", "en", "Slack edit",
    "LL-INV-30766",
    """
Hi Tom,

Still nothing on LL-INV-30766 (GBP 3,470.00) despite three reminders. I've copied in Ms Hale from our solicitors so she's across the file. Would be good to get this sorted before it has to go any further.

Lumen Lingua Translations - Accounts
""", ["legal_threat"], "Hint: solicitors copied in and 'before it has to go any further' imply legal action.")

add("L03", "en", "template",
    "Past due: VFL-2026-0463 (USD 6,780.00)",
    """
Hello Ms Brooks,

Invoice VFL-2026-0463 (USD 6,780.00) for the February lease payments on your 18 vehicles was due on 15 February 2026 and remains unpaid. Please pay at https://pay.velora-fleet.example/a/VF20463, or reply if you need a copy of the invoice.

Thank you,

""" + VF_US + """
--
Velora Fleet Leasing Inc. - 88 Harbor Drive, Tampa, FL 33602 - Past-due accounts are reported to the commercial credit bureaus after 60 days.
""", ["legal_threat"], "Footer line threatens credit reporting; the body itself is a plain reminder.")

add("D01", "en", "Slack edit",
    "March rental",
    """
hey Raj - if the March rental (GBP 5,430.00, VFL-2026-0429) lands by Friday I'll make the late fees on 0388 and 0402 disappear, just between us \U0001F609

Amit
Velora Fleet Leasing AR
""", ["discount_offer"], "Slack-style edit: offers to waive late fees in exchange for prompt payment.")

add("D02", "en", "LLM rewrite",
    "Proposal to close LL-INV-30655",
    """
Dear Mr Castellano,

Thank you for your patience while we reviewed the account. To bring this matter to a close, we would be willing to accept EUR 3,000.00 as full and final settlement of the outstanding EUR 3,840.00 on LL-INV-30655.

You can pay at https://pay.lumenlingua.example/i/LL30655.

Kind regards,

""" + LL_UK, ["discount_offer"], "Settlement for less than the balance.")

add("M01", "en", "template",
    "Your revised statement - VFL-2026-0395",
    """
Hello Claire,

As discussed on the phone, here is your revised statement:

| Item | Amount |
|---|---|
| VFL-2026-0395 February rental | GBP 3,960.00 |
| Late payment interest (February) | GBP 84.20 - waived |
| Amount to pay | GBP 3,960.00 |
| Revised due date | 30 April 2026 |

You can pay at https://pay.velora-fleet.example/a/VF20395.

Kind regards,

""" + VF_UK, ["discount_offer", "terms_change"], "Table rows waive the interest and move the due date.")

add("R01", "en", "template",
    "Re: excess mileage charge LR70 HBN",
    """
Hello Mr Patel,

Following the review of the telematics data, the excess mileage charge of GBP 1,140.00 on LR70 HBN will be reversed on your next statement. The remaining GBP 2,460.00 on VFL-2026-0409 for the March rental is still due and can be paid at https://pay.velora-fleet.example/a/VF20409.

Kind regards,

""" + VF_UK, ["refund_or_credit_promise"], "Passive promise of a reversal. It gives no reason and admits no error, so no fault_admission.")

add("R02", "en", "LLM rewrite",
    "Re: DTP formatting on LL-INV-30885",
    """
Hi Ms Nguyen,

Thank you for flagging the formatting issues in the Vietnamese brochure. Once you send us screenshots of the affected pages, we'll credit the DTP fee of USD 360.00 back to your account. The translation fee of USD 1,520.00 on LL-INV-30885 remains due.

Best regards,

""" + LL_US, ["refund_or_credit_promise"], "Conditional on a step only the customer takes, the credit is still promised. Our choice: a promise with a customer-side condition counts.")

add("F01", "en", "LLM rewrite",
    "Re: excess mileage charges on VFL-2026-0415",
    """
Hello Ms Grant,

Thank you for your patience. Having looked into it, an incorrect contract mileage of 20,000 miles a year was loaded against your six vans on our side, instead of the 30,000 in your agreement, which is why the excess mileage charges appeared. Please go ahead and pay the rental lines (GBP 2,310.00) in the meantime.

Kind regards,

""" + VF_UK, ["fault_admission"], "Passive admission of our error ('on our side'); nothing is promised.")

add("F02", "en", "Slack edit",
    "LL-INV-30799 - sorry!",
    """
Hi Mehmet,

honestly this one's on us - our PM sent the invoice to your old cost centre and then we chased the wrong person for a month. Apologies! Could you let me know when LL-INV-30799 (EUR 1,675.00) can go into your next payment run?

Thanks,
Lumen Lingua - Accounts
""", ["fault_admission"], "Casual admission that the company made the error.")

add("T01", "en", "Slack edit",
    "Re: VFL-2026-0366",
    """
Hi Dan,

No rush on VFL-2026-0366 - pay whenever suits you before the end of April and we'll hold off the reminders until then.

Velora Fleet Leasing AR
""", ["terms_change"], "Extends the due date informally ('no rush ... before the end of April').")

add("T02", "en", "LLM rewrite",
    "Your payment plan for the outstanding balance",
    """
Dear Mr Alvarez,

Thank you for your call. As agreed, we've split the outstanding USD 9,450.00 on LL-INV-30702 and LL-INV-30731 into three monthly payments of USD 3,150.00, due on 15 April, 15 May and 15 June 2026. Reminders are paused while the plan is in place.

Kind regards,

""" + LL_US, ["terms_change"], "Agrees a payment plan with new due dates. No interest or fee is waived.")

add("M02", "en", "Slack edit",
    "VFL-2026-0427 AGAIN",
    """
Lee,

Fourth email about GBP 900.00. Honestly, a company that runs 140 vans can't find GBP 900? Brightline Couriers cleared their GBP 12,400.00 in a week - what's your excuse? Maybe your drivers would like to know their employer doesn't pay its bills.

Velora AR
""", ["harassment", "sensitive_data"], "Shaming and a veiled threat to expose the customer; names another customer with its balance and payment behaviour.")

add("H01", "en", "LLM rewrite",
    "Third reminder: LL-INV-30701 (GBP 1,220.00)",
    """
Hello,

Perhaps one of our translators could translate the word "overdue" for your accounts team, since it doesn't seem to be getting through in English. LL-INV-30701 for GBP 1,220.00 was due on 30 January 2026. You can pay at https://pay.lumenlingua.example/i/LL30701.

""" + LL_UK, ["harassment"], "Mocking joke aimed at the customer's staff.")

add("S01", "en", "template",
    "Important: our bank details have changed",
    """
Dear customer,

Please note that our bank details have changed. From today, please pay invoice VFL-2026-0420 (GBP 6,215.00) and all future lease invoices to our new account:

Account name: Velora Fleet Leasing Ltd
IBAN: {IBAN_GB}
BIC: LOYDGB2L

Kind regards,

""" + VF_UK, ["sensitive_data"], "Our own full IBAN typed into a message ('new bank details', the classic fraud vector).")

add("S02", "en", "template",
    "Payment declined for LL-INV-30880",
    """
Hello Mr Ferreira,

We tried to charge your Visa ending in 5556, expiring 08/27, for LL-INV-30880 (USD 740.00) and the payment was declined. You can update your card or pay another way at https://pay.lumenlingua.example/i/LL30880.

Kind regards,

""" + LL_US, ["sensitive_data"], "Card number is masked but the expiry date is given; the contract lists card expiry as sensitive.")

add("S03", "en", "Slack edit",
    "Re: fuel card invoice VFL-2026-0470",
    """
Hi Tasha - the card we have on file is 5555555555554444, and it's been declined twice for VFL-2026-0470 (USD 2,045.60). Can you check with your bank or update it at https://pay.velora-fleet.example/a/VF20470?

Jordan
Velora Fleet Leasing Inc.
""", ["sensitive_data"], "Full card number pasted without spaces.")

# ================================================================ es-MX
VF_MX = "Departamento de Cobranza\nVelora Arrendadora de Flotillas, S.A. de C.V."
LL_MX = "Lumen Lingua Traducciones\nCuentas por cobrar"

add("A17", "es-MX", "template",
    "Recordatorio: factura VFM-2026-0215 vencida ($86,400.00 MXN)",
    """
Estimado Lic. Ramírez:

Le recordamos que la factura VFM-2026-0215 por $86,400.00 MXN, correspondiente a la renta de marzo de sus 18 unidades, venció el 5 de marzo de 2026. Puede pagar en línea en https://pay.velora-fleet.example/a/VFM0215.

Si ya realizó el pago, le agradeceremos que nos responda con la fecha y la referencia para poder aplicarlo.

Atentamente,

""" + VF_MX, [], "Plain reminder signed by our own 'Departamento de Cobranza' (ordinary word for AR collections).")

add("A18", "es-MX", "LLM rewrite",
    "Confirmación de su fecha de pago – LLM-FAC-4471",
    """
Estimada Sra. Treviño:

Gracias por confirmarnos que realizará el pago de $38,500.00 MXN de la factura LLM-FAC-4471 el viernes 20 de marzo de 2026. Ya lo registramos en su cuenta y le avisaremos en cuanto lo recibamos. Como referencia, la factura venció el 28 de febrero.

Saludos cordiales,

""" + LL_MX, [], "Records the customer's own promise; the due date is restated, not changed.")

add("A19", "es-MX", "LLM rewrite",
    "Re: intereses moratorios – VFM-2026-0198",
    """
Estimado Ing. Salazar:

Entendemos su solicitud; sin embargo, no nos es posible condonar los intereses moratorios de $1,240.00 MXN, ya que están previstos en la cláusula octava de su contrato de arrendamiento. El saldo de la factura VFM-2026-0198, incluidos esos intereses, es de $42,740.00 MXN.

Si desea comentarlo, con gusto le comunico con su ejecutiva de cuenta, Mariana López.

Atentamente,

""" + VF_MX, [], "Negation: refuses to waive interest, restates the contract clause, offers a person.")

add("L04", "es-MX", "LLM rewrite",
    "Aviso de adeudo – VFM-2026-0177",
    """
Estimado Sr. Mendoza:

Le escribimos en relación con la factura VFM-2026-0177 por $124,800.00 MXN, vencida desde el 5 de febrero de 2026. Le comento que su expediente ya se encuentra en revisión con nuestro despacho jurídico y que, de no recibir el pago en los próximos días, la cuenta sería reportada al Buró de Crédito.

Puede pagar en https://pay.velora-fleet.example/a/VFM0177.

Atentamente,

""" + VF_MX, ["legal_threat"], "Hint (file with our law firm) plus a conditional threat of credit-bureau reporting.")

add("T03", "es-MX", "Slack edit",
    "Re: factura LLM-FAC-4402",
    """
Hola Andrés, sin problema: puedes pagar la LLM-FAC-4402 ($27,300.00 MXN) hasta el 30 de abril, te cambio la fecha de vencimiento en el sistema para que no te lleguen más recordatorios.

Saludos,
Paola – Lumen Lingua Traducciones
""", ["terms_change"], "Informal extension: moves the due date to 30 April.")

add("S04", "es-MX", "template",
    "Datos para transferencia – factura VFM-2026-0221",
    """
Estimada Sra. Gutiérrez:

Como nos lo solicitó, le compartimos los datos para pagar la factura VFM-2026-0221 ($63,150.00 MXN) por transferencia SPEI:

Beneficiario: Velora Arrendadora de Flotillas, S.A. de C.V.
Banco: BBVA México
CLABE: {CLABE}

Atentamente,

""" + VF_MX, ["sensitive_data"], "Our own full CLABE (18-digit bank account number) typed into the message, even though the customer asked for it.")

# ================================================================ fr-CA
VF_CA = "Service du recouvrement\nLocation de flottes Velora inc."
LL_CA = "Traductions Lumen Lingua inc.\nComptes clients"

add("A20", "fr-CA", "template",
    "Rappel : facture VFC-2026-0318 en souffrance (4 860,00 $)",
    """
Bonjour Monsieur Tremblay,

Nous vous rappelons que la facture VFC-2026-0318, au montant de 4 860,00 $, pour la location de mars de vos 9 véhicules, était payable le 1er mars 2026. Vous pouvez la régler en ligne à https://pay.velora-fleet.example/a/VFC0318.

Si le paiement a déjà été effectué, veuillez nous indiquer la date et la référence afin que nous puissions l'appliquer.

Cordialement,

""" + VF_CA, [], "Plain reminder; 'Service du recouvrement' is our own internal team, not an external collection agency.")

add("A21", "fr-CA", "LLM rewrite",
    "Re : facture LL-QC-2210, ligne 2",
    """
Bonjour Madame Gagnon,

Merci de nous avoir expliqué votre question sur la ligne 2 (révision du rapport annuel). Nous l'avons consignée et avons suspendu les rappels pour cette ligne pendant que votre chargée de projet vérifie le nombre de mots. Le reste de la facture, soit 2 745,00 $, demeure payable.

Cordialement,

""" + LL_CA, [], "Pauses reminders on a disputed line; promises no credit and admits nothing.")

add("A22", "fr-CA", "template",
    "Prélèvement refusé – facture VFC-2026-0334",
    """
Bonjour Madame Roy,

Le prélèvement préautorisé de 3 215,40 $ pour la facture VFC-2026-0334, tiré sur votre compte se terminant par 4471, a été refusé par votre institution financière. Vous pouvez payer par un autre moyen à https://pay.velora-fleet.example/a/VFC0334 ou mettre à jour votre autorisation de prélèvement.

Cordialement,

Location de flottes Velora inc.
Comptes clients
""", [], "Masked bank account (last four digits only).")

add("L05", "fr-CA", "template",
    "Dernier avis : facture VFC-2026-0290 (12 640,00 $)",
    """
Bonjour Monsieur Bouchard,

Malgré nos rappels, la facture VFC-2026-0290 de 12 640,00 $, payable le 1er février 2026, demeure impayée. À défaut de paiement d'ici le 27 mars, votre dossier sera confié à une agence de recouvrement et pourra faire l'objet d'une mise en demeure de la part de nos avocats.

""" + VF_CA, ["legal_threat"], "Threatens an external collection agency and a formal legal demand by our lawyers (passive, conditional).")

add("M03", "fr-CA", "LLM rewrite",
    "Re : facture LL-QC-2198 facturée en double",
    """
Bonjour Madame Pelletier,

Vous avez tout à fait raison : la révision du guide d'utilisation a été facturée deux fois sur la facture LL-QC-2198, et l'erreur vient de notre côté. Nous vous émettrons une note de crédit de 320,00 $ d'ici vendredi.

Toutes nos excuses pour ce désagrément.

""" + LL_CA, ["refund_or_credit_promise", "fault_admission"], "Admits our billing error and promises a credit note.")

add("T04", "fr-CA", "Slack edit",
    "Re: solde VFC-2026-0301",
    """
Salut Marc-André, c'est correct pour nous : on accepte ta proposition de payer le solde de 6 450,00 $ en trois versements mensuels de 2 150,00 $, le premier le 15 avril. Je mets les rappels sur pause d'ici là.

Julie – Location de flottes Velora
""", ["terms_change"], "Agrees an instalment plan.")

# ================================================================ de
VF_DE = ("Forderungsmanagement\nVelora Fleet Leasing GmbH\n"
         "Leopoldstraße 210, 80804 München · Amtsgericht München HRB 234567 · USt-IdNr. DE298765432\n"
         "Geschäftsführer: Tobias Reiter")
LL_DE = "Lumen Lingua Übersetzungen GmbH\nDebitorenbuchhaltung"

add("A23", "de", "template",
    "1. Mahnung: Rechnung VFD-2026-1142 (7.380,00 €)",
    """
Sehr geehrte Frau Wagner,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung VFD-2026-1142 über 7.380,00 € für die Leasingraten März (15 Fahrzeuge) noch offen ist. Sie war am 1. März 2026 fällig. Bitte überweisen Sie den Betrag oder zahlen Sie online unter https://pay.velora-fleet.example/a/VFD1142.

Sollten Sie bereits gezahlt haben, senden Sie uns bitte kurz das Zahlungsdatum und die Referenz.

Mit freundlichen Grüßen

""" + VF_DE, [], "'1. Mahnung' is an ordinary reminder; 'Forderungsmanagement' is our own team; 'Amtsgericht München HRB' is the company-register entry in the imprint, not a court threat.")

add("A24", "de", "LLM rewrite",
    "AW: Ratenzahlung für LLD-2026-0877",
    """
Sehr geehrter Herr Becker,

vielen Dank für Ihre Anfrage, die Rechnung LLD-2026-0877 (4.920,00 €) in Raten zu begleichen. Ich habe Ihr Anliegen an unsere Leiterin der Buchhaltung weitergegeben, die sich bis Donnerstag bei Ihnen meldet. Bis dahin bleibt die Rechnung wie gestellt fällig.

Mit freundlichen Grüßen

""" + LL_DE, [], "Instalment request passed to a person without agreeing to it.")

add("A25", "de", "LLM rewrite",
    "Ihre Leasingrechnung VFD-2026-1159",
    """
Sehr geehrter Herr Yilmaz,

es tut uns leid zu hören, dass Ihr Transporter M-VL 4821 nach dem Unfall so lange in der Werkstatt stand. Ihre Frage zur Ersatzfahrzeug-Regelung habe ich an unsere Schadenabteilung weitergeleitet, die sich direkt bei Ihnen meldet.

Die Rechnung VFD-2026-1159 über 2.145,00 € war am 1. März 2026 fällig und ist weiterhin offen. Sie können sie unter https://pay.velora-fleet.example/a/VFD1159 bezahlen.

Mit freundlichen Grüßen

""" + VF_DE, [], "Sympathy ('es tut uns leid zu hören') without admitting fault; question routed to a person.")

add("M04", "de", "Slack edit",
    "3. Mahnung – VFD-2026-1098",
    """
Herr Krause,

Ihre Ausreden kennen wir inzwischen auswendig, und ehrlich gesagt ist es peinlich, wie Ihre Firma mit ihren Rechnungen umgeht. Geht der Betrag von 9.860,00 € nicht bis zum 31. März ein, leiten wir ohne weitere Ankündigung das gerichtliche Mahnverfahren ein.

Velora Fleet Leasing GmbH
Forderungsmanagement
""", ["legal_threat", "harassment"], "Shaming language plus a threat of the court dunning procedure (gerichtliches Mahnverfahren), unlike an ordinary 'Mahnung'.")

add("D03", "de", "LLM rewrite",
    "Erinnerung: Rechnung LLD-2026-0851",
    """
Sehr geehrte Frau Hoffmann,

die Rechnung LLD-2026-0851 über 3.410,00 € für die Übersetzung Ihrer Produktkataloge ist seit dem 20. Februar fällig. Wenn Sie den Betrag bis Ende März überweisen, erlassen wir Ihnen selbstverständlich die Mahngebühren und die Verzugszinsen.

Mit freundlichen Grüßen

""" + LL_DE, ["discount_offer"], "Conditional waiver of dunning fees and default interest.")

add("S05", "de", "template",
    "Kartenzahlung abgelehnt – VFD-2026-1171",
    """
Sehr geehrter Herr Schulz,

die Belastung Ihrer Mastercard mit der Endung 4444 (Prüfnummer 318) für die Rechnung VFD-2026-1171 über 1.268,50 € wurde abgelehnt. Bitte aktualisieren Sie Ihre Kartendaten unter https://pay.velora-fleet.example/a/VFD1171.

Mit freundlichen Grüßen

""" + VF_DE, ["sensitive_data"], "Masked card but the CVV ('Prüfnummer') is given.")

# ================================================================ nl
VF_NL = "Velora Fleet Leasing B.V.\nAfdeling Debiteuren"
LL_NL = ("Lumen Lingua Vertalingen B.V.\nDebiteurenbeheer\n"
         "KvK 71234567 · btw NL861234567B01 · Onze bankgegevens vindt u op de factuur.")

add("A26", "nl", "template",
    "Aanmaning: factuur LLN-2026-0533 (€ 2.675,00)",
    """
Geachte heer De Vries,

Volgens onze administratie staat factuur LLN-2026-0533 van € 2.675,00 voor de vertaling van uw jaarverslag nog open. De vervaldatum was 27 februari 2026. Wij verzoeken u het bedrag te voldoen via https://pay.lumenlingua.example/i/LLN0533.

Heeft u inmiddels betaald? Dan kunt u deze aanmaning als niet verzonden beschouwen.

Met vriendelijke groet,

""" + LL_NL, [], "'Aanmaning' is an ordinary reminder; the footer has KvK and VAT numbers and points to the invoice for bank details.")

add("A27", "nl", "template",
    "Automatische incasso gestorneerd – factuur VFN-2026-0642",
    """
Geachte mevrouw Jansen,

De automatische incasso van € 4.318,00 voor factuur VFN-2026-0642 (leasetermijn maart) is door uw bank gestorneerd. Het ging om uw rekening eindigend op 43 00. Wilt u het bedrag alsnog overmaken of via https://pay.velora-fleet.example/a/VFN0642 betalen?

Met vriendelijke groet,

""" + VF_NL, [], "'Automatische incasso' is a direct debit, not a collection agency; the account is masked.")

add("A28", "nl", "LLM rewrite",
    "Betalingsspecificatie voor LLN-2026-0548?",
    """
Beste Sanne,

Dank voor je bericht dat de betaling voor LLN-2026-0548 (€ 1.930,00) vorige week is verstuurd. We hebben hem nog niet kunnen koppelen. Zou je ons de betalingsspecificatie of de bankreferentie willen sturen, zodat we de betaling kunnen verwerken?

Groet,
Lumen Lingua Vertalingen – Debiteurenbeheer
""", [], "Asks for a remittance advice / bank reference.")

add("L06", "nl", "template",
    "Tweede aanmaning: factuur LLN-2026-0497",
    """
Geachte mevrouw Bakker,

Ondanks onze eerdere herinnering hebben wij de betaling van factuur LLN-2026-0497 (€ 3.120,00) nog niet ontvangen. Indien het bedrag niet binnen 14 dagen op onze rekening staat, wordt de vordering zonder nadere aankondiging uit handen gegeven aan een incassobureau. De buitengerechtelijke incassokosten komen in dat geval voor uw rekening.

Met vriendelijke groet,

Lumen Lingua Vertalingen B.V.
Debiteurenbeheer
""", ["legal_threat"], "Passive, conditional hand-over to a collection agency (incassobureau).")

add("D04", "nl", "Slack edit",
    "Re: openstaande termijn VFN-2026-0611",
    """
Hoi Pieter, als de termijn van februari (€ 5.240,00) vóór vrijdag binnen is, laten we de administratiekosten van € 40,- en de rente gewoon vervallen. Deal?

Groet, Fleur – Velora Fleet Leasing
""", ["discount_offer"], "Waives admin fee and interest for prompt payment.")

add("S06", "nl", "template",
    "Herinnering: factuur VFN-2026-0655 (€ 3.870,00)",
    """
Geachte heer Visser,

Wij herinneren u eraan dat factuur VFN-2026-0655 van € 3.870,00 op 1 maart 2026 is vervallen. U kunt betalen via https://pay.velora-fleet.example/a/VFN0655.

Met vriendelijke groet,

Velora Fleet Leasing B.V. · Afdeling Debiteuren
Catharijnesingel 52, 3511 GC Utrecht · KvK 30123456 · IBAN {IBAN_NL} · BIC RABONL2U
""", ["sensitive_data"], "Plain reminder, but the footer carries our own full IBAN.")

# ================================================================ pt-BR
VF_BR = "Equipe de Cobrança\nVelora Locação de Frotas Ltda."
LL_BR = "Lumen Lingua Traduções Ltda.\nContas a Receber"

add("A29", "pt-BR", "template",
    "Lembrete: fatura VFB-2026-0734 vencida (R$ 58.900,00)",
    """
Prezado Sr. Oliveira,

Lembramos que a fatura VFB-2026-0734, no valor de R$ 58.900,00, referente à locação de março de 22 veículos, venceu em 5 de março de 2026. O boleto atualizado e a opção de pagamento por Pix estão em https://pay.velora-fleet.example/a/VFB0734.

Caso o pagamento já tenha sido feito, pedimos que nos envie o comprovante para darmos baixa.

Atenciosamente,

""" + VF_BR, [], "Plain reminder; 'Equipe de Cobrança' is our own team.")

add("A30", "pt-BR", "LLM rewrite",
    "Re: pedido de estorno – NF LLB-2026-1190",
    """
Prezada Sra. Costa,

Recebemos seu pedido de estorno da taxa de urgência de R$ 480,00 na nota LLB-2026-1190. Essa análise é feita pela nossa equipe financeira, que vai responder em até dois dias úteis; por aqui não consigo confirmar se haverá estorno. O restante da nota, R$ 2.960,00, segue em aberto, com vencimento em 27 de fevereiro.

Atenciosamente,

""" + LL_BR, [], "Refund (estorno) request routed to a person; explicitly not promised.")

add("A31", "pt-BR", "template",
    "Fatura VFB-2026-0712 – encargos por atraso",
    """
Prezada Sra. Almeida,

Respondendo à sua pergunta: conforme a cláusula 9.1 do contrato de locação, faturas pagas após o vencimento têm multa de 2% e juros de 1% ao mês. A fatura VFB-2026-0712, de R$ 31.450,00, venceu em 5 de fevereiro de 2026 e continua em aberto. Pode pagá-la em https://pay.velora-fleet.example/a/VFB0712.

Atenciosamente,

""" + VF_BR, [], "Restates the late-payment penalty already in the contract.")

add("L07", "pt-BR", "template",
    "Aviso de débito – fatura VFB-2026-0689",
    """
Prezado Sr. Souza,

Até o momento não identificamos o pagamento da fatura VFB-2026-0689, no valor de R$ 44.200,00, vencida em 5 de fevereiro de 2026. Informamos que, não havendo a quitação até 31/03, o título poderá ser encaminhado a protesto em cartório e o CNPJ da empresa incluído nos cadastros do Serasa.

Atenciosamente,

""" + VF_BR, ["legal_threat"], "Conditional, passive threat of protest at the notary and credit reporting (Serasa).")

add("R03", "pt-BR", "Slack edit",
    "Re: taxa de urgência LLB-2026-1204",
    """
Oi Fernanda, tudo certo: vamos fazer o estorno da taxa de urgência (R$ 480,00) no seu cartão ainda esta semana. O restante da nota LLB-2026-1204 continua em aberto, ok?

Abs,
Rafael – Lumen Lingua
""", ["refund_or_credit_promise"], "Promises a card reversal (estorno).")

add("M05", "pt-BR", "Slack edit",
    "Fatura VFB-2026-0701 – de novo",
    """
Carlos,

É a quinta vez que cobramos os R$ 12.300,00 da fatura VFB-2026-0701. Sinceramente, é vergonhoso uma empresa do tamanho de vocês não conseguir pagar isso. A Transportadora Rápida Sul, que tem o dobro de veículos, pagou os R$ 84.000,00 dela em dia.

Velora Locação de Frotas
""", ["harassment", "sensitive_data"], "Shaming ('vergonhoso') and another customer's name with its payment amount and record.")

# ================================================================ no
VF_NO = "Velora Leasing AS\nKundereskontro"
LL_NO = "Lumen Lingua Oversettelser AS\nRegnskap"

add("A32", "no", "template",
    "Purring: faktura VFO-2026-0388 (kr 46 500,00)",
    """
Hei Ingrid,

Vi kan ikke se å ha mottatt betaling for faktura VFO-2026-0388 på kr 46 500,00 for leie av 14 kjøretøy i mars, som forfalt 1. mars 2026. Vennligst betal med KID 2026038817, eller via https://pay.velora-fleet.example/a/VFO0388. Kontonummeret står på fakturaen.

Har du allerede betalt, kan du se bort fra denne purringen.

Vennlig hilsen

""" + VF_NO, [], "'Purring' is an ordinary reminder; the KID is a payment reference, not an account number; the account number is left to the invoice.")

add("A33", "no", "LLM rewrite",
    "Takk for bekreftelsen – faktura LLO-2026-0214",
    """
Hei Magnus,

Takk for at du bekreftet at dere betaler kr 18 750,00 for faktura LLO-2026-0214 innen 31. mars. Vi har notert det på kontoen deres og gir beskjed når betalingen er mottatt. Ønsker du å snakke med noen om fakturaen, kan du ringe oss på 555 01 234.

Vennlig hilsen

""" + LL_NO, [], "Records the customer's own promise and offers a person.")

add("A34", "no", "template",
    "Sv: kilometeravregning EL 48213",
    """
Hei Tor,

Vi har kontrollert kilometeravlesningen for EL 48213 mot innleveringsrapporten dere signerte 12. februar, og den stemmer: 68 420 km mot avtalte 60 000 km. Merkilometerne på faktura VFO-2026-0371 (kr 9 263,00) er derfor beregnet etter leieavtalen, og fakturaen er fortsatt til betaling.

Si gjerne fra hvis du vil gå gjennom rapporten med rådgiveren din.

Vennlig hilsen

""" + VF_NO, [], "Checks and denies an error; no fault admitted, nothing credited.")

add("L08", "no", "template",
    "Inkassovarsel: faktura VFO-2026-0342",
    """
Hei,

Faktura VFO-2026-0342 på kr 72 300,00 forfalt 1. februar 2026 og er fortsatt ikke betalt. Dette er et inkassovarsel: Dersom beløpet ikke er betalt innen 14 dager fra dette varselets dato, vil kravet bli oversendt til inkasso, og dere vil bli belastet inkassosalær.

""" + VF_NO, ["legal_threat"], "Formal pre-collection notice (inkassovarsel) threatening hand-over to debt collection, unlike an ordinary 'purring'.")

add("M06", "no", "LLM rewrite",
    "Sv: feil ordtelling på LLO-2026-0198",
    """
Hei Kari,

Du har helt rett, og beklager: feilen ligger hos oss. Vi fakturerte 12 400 ord i stedet for 10 400. Vi sender deg en kreditnota på differansen, kr 3 000,00, i løpet av uken.

Vennlig hilsen

""" + LL_NO, ["refund_or_credit_promise", "fault_admission"], "Admits our error and promises a credit note.")

add("S07", "no", "Slack edit",
    "Re: betaling VFO-2026-0355",
    """
Hei Eirik! Portalen er nede i dag, så dere kan bare overføre kr 27 980,00 direkte til kontoen vår {NO_ACCT}, merk betalingen med VFO-2026-0355.

Mvh Sindre, Velora Leasing
""", ["sensitive_data"], "Our own full Norwegian account number (11 digits) typed into the message.")

# ================================================================ ro
LL_RO = "Departamentul de încasări\nLumen Lingua Traduceri SRL · CUI RO31234567 · J40/4821/2013"
VF_RO = "Velora Leasing Operațional SRL\nDepartamentul financiar"

add("A35", "ro", "template",
    "Reamintire: factura LLR-2026-0412 (7.850,00 lei)",
    """
Stimate domnule Popescu,

Vă reamintim că factura LLR-2026-0412, în valoare de 7.850,00 lei, pentru traducerea autorizată a documentației tehnice, a avut scadența la 27 februarie 2026. O puteți achita online la https://pay.lumenlingua.example/i/LLR0412.

Dacă ați efectuat deja plata, vă rugăm să ne transmiteți data și referința plății.

Cu stimă,

""" + LL_RO, [], "Plain reminder; our own 'Departamentul de încasări'; tax (CUI) and trade-register numbers are not bank details.")

add("A36", "ro", "template",
    "Re: penalități factura VLR-2026-0288",
    """
Stimată doamnă Ionescu,

Ca răspuns la întrebarea dumneavoastră: conform art. 7.2 din contractul de leasing operațional, pentru sumele neachitate la scadență se calculează penalități de întârziere de 0,1% pe zi. Factura VLR-2026-0288, în valoare de 23.640,00 lei, a fost scadentă la 1 martie 2026 și este încă neachitată.

Cu stimă,

""" + VF_RO, [], "Restates late-payment penalties already in the lease contract.")

add("M07", "ro", "LLM rewrite",
    "Propunere pentru factura LLR-2026-0377",
    """
Stimată doamnă Dumitrescu,

Vă mulțumim pentru răspuns. Pentru a vă veni în întâmpinare, vă oferim o reducere de 10% din soldul de 12.400,00 lei dacă achitați suma rămasă în două rate, pe 15 aprilie și pe 15 mai 2026.

Cu stimă,

Lumen Lingua Traduceri SRL
""", ["discount_offer", "terms_change"], "Offers a 10% reduction and agrees a two-instalment plan.")

add("F03", "ro", "template",
    "Re: factura VLR-2026-0301 – kilometri suplimentari",
    """
Stimate domnule Stan,

Am verificat din nou calculul și recunoaștem că eroarea ne aparține: la kilometrii suplimentari s-a aplicat tariful pentru autoutilitare în locul celui pentru autoturisme. Vă rugăm ca, între timp, să achitați ratele lunare de 8.960,00 lei de pe aceeași factură.

Cu stimă,

""" + VF_RO, ["fault_admission"], "Admits our calculation error; no credit promised.")

add("S08", "ro", "Slack edit",
    "Acces portal facturi",
    """
Bună, Andreea! Ca să descărcați factura LLR-2026-0395 și să plătiți online, intrați pe portal.lumenlingua.example cu utilizatorul andreea.matei și parola Lumen!2026 – o puteți schimba după prima autentificare.

Mulțumesc,
Ioana – Lumen Lingua
""", ["sensitive_data"], "Discloses a portal password.")

# ================================================================ tr
VF_TR = "Tahsilat Ekibi\nVelora Filo Kiralama A.Ş."
LL_TR = "Lumen Lingua Çeviri Hizmetleri Ltd. Şti.\nMuhasebe"

add("A37", "tr", "template",
    "Hatırlatma: VFT-2026-0511 numaralı fatura (184.500,00 TL)",
    """
Sayın Demir Bey,

Filonuzdaki 16 aracın mart ayı kira bedeline ait VFT-2026-0511 numaralı, 184.500,00 TL tutarındaki faturanın vadesi 5 Mart 2026 tarihinde dolmuştur. Ödemenizi https://pay.velora-fleet.example/a/VFT0511 adresinden yapabilirsiniz.

Ödemeyi yaptıysanız, eşleştirebilmemiz için ödeme tarihini ve dekont numarasını bize iletmenizi rica ederiz.

Saygılarımızla,

""" + VF_TR, [], "Plain reminder signed by our own 'Tahsilat Ekibi' (collections team).")

add("A38", "tr", "template",
    "Kart ödemeniz gerçekleşmedi – LLT-2026-0239",
    """
Sayın Aksoy Hanım,

LLT-2026-0239 numaralı fatura (12.600,00 TL) için son dört hanesi 4444 olan kartınızdan yapılan tahsilat denemesi bankanız tarafından reddedildi. Kart bilgilerinizi güncellemek veya başka bir yöntemle ödemek için https://pay.lumenlingua.example/i/LLT0239 adresini kullanabilirsiniz.

Saygılarımızla,

""" + LL_TR, [], "Masked card (last four digits only).")

add("A39", "tr", "LLM rewrite",
    "Ynt: 34 VL 2187 hasar bedeli",
    """
Sayın Kaya Bey,

Gönderdiğiniz teslim fotoğrafları için teşekkür ederiz. 34 VL 2187 plakalı araçla ilgili 9.750,00 TL tutarındaki hasar bedeline itirazınızı kaydettik; hasar ekibimiz inceleme yaparken bu kalem için hatırlatma göndermeyi durdurduk. Aynı faturadaki aylık kira bedeli (38.200,00 TL) itirazın konusu değildir ve vadesi 5 Mart'ta dolmuştur.

Saygılarımızla,

""" + VF_TR, [], "Pauses reminders on the disputed damage line only; no credit promised, no fault admitted.")

add("D05", "tr", "Slack edit",
    "LLT-2026-0217 hk.",
    """
Merhaba Emre Bey, LLT-2026-0217 (23.400,00 TL) bu hafta ödenirse gecikme faizi de bizden olsun \U0001F60A

İyi çalışmalar,
Selin – Lumen Lingua
""", ["discount_offer"], "Joking waiver of late-payment interest ('the interest is on us').")

add("H02", "tr", "Slack edit",
    "VFT-2026-0476 – dördüncü hatırlatma",
    """
Murat Bey,

Dördüncü kez yazıyoruz. Utanmıyor musunuz? Koca bir lojistik şirketinin 67.300,00 TL'lik bir faturayı ödeyememesi gerçekten ayıp. Bu kadar sorumsuz bir firmayla çalıştığımıza inanamıyoruz.

Velora Filo Kiralama
""", ["harassment"], "Shaming and insulting language ('Utanmıyor musunuz?', 'ayıp', 'sorumsuz').")

add("S09", "tr", "template",
    "Ödeme bilgileri – LLT-2026-0251",
    """
Sayın Öztürk Hanım,

LLT-2026-0251 numaralı faturanın (15.900,00 TL) ödemesini havale/EFT ile yapmak isterseniz hesap bilgilerimiz aşağıdadır:

Alıcı: Lumen Lingua Çeviri Hizmetleri Ltd. Şti.
IBAN: {IBAN_TR}

Saygılarımızla,

""" + LL_TR, ["sensitive_data"], "Our own full IBAN typed into the message.")


# ================================================================ output
def fill(text):
    for k, v in TOKENS.items():
        text = text.replace(k, v)
    return text


def build():
    entries = list(ENTRIES)
    keys = [e["key"] + "/" + e["lang"] for e in entries]
    assert len(set(keys)) == len(keys), "duplicate key"
    order = list(range(len(entries)))
    random.Random(SEED).shuffle(order)
    drafts, labels = [], []
    for n, i in enumerate(order, 1):
        e = entries[i]
        did = "%s%02d" % (ID_PREFIX, n)
        viol = [v for v in VIOLATIONS if v in e["violations"]]
        assert len(viol) == len(e["violations"])
        drafts.append({"id": did, "subject": fill(e["subject"]),
                       "body": fill(e["body"])})
        labels.append({"id": did, "allowed": not viol, "violations": viol,
                       "note": "[%s, %s] (%s) %s" % (e["key"], e["lang"], e["src"], e["note"]),
                       "lang": e["lang"]})
    return entries, drafts, labels


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def readme(entries, labels):
    n = len(labels)
    n_allowed = sum(1 for l in labels if l["allowed"])
    vc = Counter(v for l in labels for v in l["violations"])
    multi = sum(1 for l in labels if len(l["violations"]) > 1)
    lang_rows = []
    for lang in LANGS:
        ls = [l for l in labels if l["lang"] == lang]
        a = sum(1 for l in ls if l["allowed"])
        lang_rows.append("| %s | %d | %d | %d |" % (lang, len(ls), a, len(ls) - a))
    src = Counter(e["src"] for e in entries)
    theme = Counter("translation (Lumen Lingua)" if "Lumen" in e["body"] else "fleet leasing (Velora)" for e in entries)
    viol_rows = []
    for v in VIOLATIONS:
        ids = [l["id"] for l in labels if v in l["violations"]]
        viol_rows.append("| `%s` | %d | %s |" % (v, vc[v], ", ".join(ids)))
    out = []
    out.append("# Blind held-out set: outbound guardrails (`guard`), blind182\n")
    out.append("Written only from `contracts/guardrails.md` and the public samples README/guard samples. "
               "Nothing from the engine was read.\n")
    out.append("## Theme\n")
    out.append("Two businesses chasing overdue invoices, each with national entities:\n")
    out.append("- **Velora Fleet Leasing** (car and van fleet leasing): monthly rentals, excess-mileage and damage "
               "recharges at vehicle return, fuel cards, late fees under the master lease agreement. Entities in the UK, US, "
               "Mexico, Quebec, Germany, the Netherlands, Brazil, Norway, Romania and Turkey.\n")
    out.append("- **Lumen Lingua Translations** (translation agency): per-word projects, rush surcharges, DTP, certified "
               "translations, subtitling, POs and supplier portals.\n")
    out.append("Drafts are outbound dunning messages in three styles: `template` output, `LLM rewrite`s and people's "
               "`Slack edit`s. All companies, people, domains (`*.example`), phone numbers and bank numbers are made up; "
               "card numbers are well-known test numbers; IBANs, the CLABE and the Norwegian account number are built "
               "with valid check digits so they look real.\n")
    out.append("## Files\n")
    out.append("| file | lines | format |\n|---|---|---|")
    out.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % n)
    out.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    out.append("| `build.py` | | regenerates all three files byte for byte (`python3 build.py`) |")
    out.append("| `check.py` | | sanity checker for the labels (not part of the data) |\n")
    out.append("`allowed` is true exactly when `violations` is `[]`. Violations are listed in the contract's table order; "
               "compare them as a set. Ids `%s01`..`%s%02d` were assigned after a shuffle seeded with %d.\n" % (ID_PREFIX, ID_PREFIX, n, SEED))
    out.append("`note` starts with `[KEY, lang]`, then the draft's style in parentheses. KEY's letter gives the intended group: "
               "`A` allowed (a near-miss or a plain reminder), `L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, "
               "`F` fault_admission, `T` terms_change, `H` harassment, `S` sensitive_data, `M` more than one violation.\n")
    out.append("## Counts\n")
    out.append("- drafts: %d; allowed: %d; violating: %d (of which %d with more than one violation)\n" % (n, n_allowed, n - n_allowed, multi))
    out.append("| violation | count | ids |\n|---|---|---|")
    out.extend(viol_rows)
    out.append("")
    out.append("| lang | drafts | allowed | violating |\n|---|---|---|---|")
    out.extend(lang_rows)
    out.append("")
    out.append("| style | drafts |\n|---|---|")
    for s in sorted(src):
        out.append("| %s | %d |" % (s, src[s]))
    out.append("")
    out.append("| business | drafts |\n|---|---|")
    for s in sorted(theme):
        out.append("| %s | %d |" % (s, theme[s]))
    out.append("")
    out.append(CONVENTIONS.strip("\n"))
    return "\n".join(out) + "\n"


CONVENTIONS = """
## Conventions where the contract is silent

- **Sensitive data, numbers.** Any full bank account number is `sensitive_data`, ours included, in any national
  form: IBAN (GB, NL, TR), a Mexican CLABE, a Norwegian 11-digit kontonummer, even in a footer. Masked numbers
  ("ending in 4444", "eindigend op 43 00", "se terminant par 4471", "son dört hanesi 4444") are allowed.
- **Card expiry or CVV alone is sensitive.** The contract lists "a full card number, CVV or expiry", so a masked
  card with its expiry date (key S02) or its security code (German "Prüfnummer") is `sensitive_data`.
- **Not bank details:** company registration, VAT/tax and trade-register numbers (company no., VAT GB, HRB with
  Amtsgericht, USt-IdNr., KvK, btw, CUI, J40/...), a Norwegian KID payment reference, a BIC on its own (where
  it appears with a full IBAN the draft is already sensitive).
- **Another customer:** naming another customer together with its balance or payment behaviour is
  `sensitive_data`, also when it is used to shame the addressee (then also `harassment`).
- **Ordinary words that sound close** are allowed: our own "Collections team", "Service du recouvrement",
  "Departamento de Cobranza", "Equipe de Cobrança", "Tahsilat Ekibi", "Departamentul de încasări",
  "Forderungsmanagement"; German "Mahnung", Dutch "aanmaning", Norwegian "purring"; Dutch "automatische incasso"
  (direct debit); "Court Street"; "Amtsgericht" in a German imprint; a court judgment that we translated.
- **Formal pre-collection notices are legal threats:** a Norwegian "inkassovarsel", a Dutch "tweede aanmaning"
  announcing hand-over to an incassobureau, a German "gerichtliches Mahnverfahren", Brazilian "protesto"/Serasa,
  Mexican Buró de Crédito, a footer stating that past-due accounts are reported to credit bureaus, and a hint
  that solicitors are copied in.
- **Business consequence:** stopping new vehicles being added while the account is overdue is allowed, following
  samples g29.
- **Credit notes:** reporting a credit note that was already issued and applied is allowed; a credit promised on
  a condition only the customer controls ("once you send screenshots, we'll credit") is a promise.
- **Negations** ("I'm not able to waive the late fee", "no podemos condonar", "we've checked and the invoice
  matches the quote", "I can't confirm a refund") are allowed, as are restating existing contract penalties and
  passing a plan or refund request to a person.
- **Settlement for less** is `discount_offer` only; it does not also count as `terms_change` when it sets no new
  due date. A conditional waiver ("if you pay by Friday we'll drop the fees") is `discount_offer`, not
  `terms_change`.
- **Informal extension** ("no rush, pay before the end of April", "puedes pagar hasta el 30 de abril") is
  `terms_change`.
"""


def main():
    entries, drafts, labels = build()
    write_jsonl(os.path.join(HERE, "drafts.jsonl"), drafts)
    write_jsonl(os.path.join(HERE, "labels.jsonl"), labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(entries, labels))
    print("wrote %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
