#!/usr/bin/env python3
"""Deterministic generator for the blind90 `guard` held-out set.

Stdlib only. `python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md
byte for byte. `render()` returns the same bytes without writing (used by check.py).

Theme: two businesses that send dunning mail in several countries.
  * Tessera Architects & Engineers (fee stages, retainers, change orders,
    professional-indemnity language), offices in UK/US, MX, QC, CH, IT, NL, PT, NO, FI.
  * Roadwise Rent & Vans (car rental and van fleet: damage charges, fuel, tolls
    and fines re-invoiced, deposits), same countries.
"""
import json
import os
import random
import textwrap

SEED = 902026
TYPES = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
LETTER = {
    "L": "legal_threat",
    "D": "discount_offer",
    "R": "refund_or_credit_promise",
    "F": "fault_admission",
    "T": "terms_change",
    "H": "harassment",
    "S": "sensitive_data",
}
LANG_NAMES = {
    "en": "English (UK/US)",
    "es-MX": "Spanish (Mexico)",
    "fr-CA": "French (Canada)",
    "de-CH": "German (Switzerland)",
    "it": "Italian",
    "nl": "Dutch",
    "pt-PT": "Portuguese (Portugal)",
    "nb": "Norwegian (Bokmål)",
    "fi": "Finnish",
}


def T(s):
    return textwrap.dedent(s).strip("\n")


def fi_ref(base):
    """Finnish creditor reference (viitenumero): base + 7-3-1 check digit."""
    w = [7, 3, 1]
    s = sum(int(d) * w[i % 3] for i, d in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def group5_right(num):
    out = []
    while num:
        out.insert(0, num[-5:])
        num = num[:-5]
    return " ".join(out)


FI_REF = group5_right(fi_ref("2603180012"))

# Each item:
#   k     group letter: A plain allowed, N allowed near-miss, L/D/R/F/T/H/S one
#         violation of that type, M several violations
#   lang  language tag
#   biz   "AE" (Tessera, architecture & engineering) or "RW" (Roadwise, rental)
#   style template | llm | slack | person
#   v     violations (any order here; written in contract table order)
#   ev    {violation: exact substring of subject+body that carries it}
#   near  for allowed drafts: the substring that sits close to a violation
#   note  explanation (the "[KEY, lang] " prefix is added by the builder)
ITEMS = []


def add(**kw):
    ITEMS.append(kw)


# ---------------------------------------------------------------- English ----
add(k="A", lang="en", biz="RW", style="template", v=[], near=None,
    subject="Reminder: invoice RW-UK-58213 is 9 days overdue (GBP 486.20)",
    body=T("""
        Dear Ms Okafor,

        This is a reminder that invoice RW-UK-58213 for GBP 486.20 (damage to the nearside mirror of Ford Transit Custom LN24 KTV, rental agreement RA-771204) was due on 6 March 2026 and is now 9 days overdue.

        You can pay online at https://pay.roadwise.example/i/RW-UK-58213.

        If you have already paid, please reply with the payment date and reference so that we can match it.

        Kind regards,

        Roadwise Rent & Vans Ltd
        Accounts Receivable
    """),
    note="Plain template reminder for a damage charge: amount, due date, pay link, remittance request.")

add(k="A", lang="en", biz="AE", style="llm", v=[], near=None,
    subject="Friendly reminder: Stage 3 (Design Development) fee invoice TAE-2026-0147",
    body=T("""
        Hi Marcus,

        I hope the week is going well. I'm writing about invoice TAE-2026-0147 for USD 18,750.00, which covers the Design Development stage fee for the Larkspur Medical Pavilion project. It was due on March 2, 2026, and our records show it as still open.

        Whenever you're ready, you can pay by ACH or card at https://pay.tessera-ae.example/p/TAE-2026-0147. If your accounts payable team needs a purchase order number or a W-9 before releasing payment, just let me know and I'll send whatever is missing.

        Best regards,
        Priya Raman
        Accounts Receivable, Tessera Architects & Engineers
    """),
    note="LLM-style reminder for a stage fee; offers to send a PO number or W-9. Nothing promised or changed.")

add(k="N", lang="en", biz="AE", style="person", v=[],
    near="we will pause work on the Stage 5 tender package",
    subject="Stage 4 fee account 41 days overdue - Harbour Quay residential",
    body=T("""
        Dear Mr Whitcombe,

        Our fee account TAE-UK-3318 for RIBA Stage 4 (Technical Design), GBP 27,400.00 plus VAT, was due on 3 February 2026 and remains unpaid despite our reminders of 17 February and 3 March.

        Under clause 11.3 of our appointment, we are entitled to suspend the performance of services where fees are more than 30 days overdue. Please treat this letter as notice that, unless payment is received by 27 March 2026, we will pause work on the Stage 5 tender package until the account is brought up to date. We would much rather not do this, so if something is holding the payment up, please call me on 020 7946 0381.

        Yours sincerely,
        Helen Achterberg
        Finance Director, Tessera Architects & Engineers Ltd
    """),
    note="Boundary, same reasoning as sample g29: suspending services under an existing clause of the appointment is a stated business consequence, not a legal threat, and restates agreed terms rather than changing them.")

add(k="N", lang="en", biz="RW", style="template", v=[],
    near="220 Court Street",
    subject="Second notice: tolls and fuel on rental RA-US-90417",
    body=T("""
        Hello Dwayne,

        Invoice RW-US-40192 for USD 312.65 is now 21 days past due. It covers E-ZPass tolls re-invoiced from your rental of the Ram ProMaster van (agreement RA-US-90417) and the refuelling charge for returning the tank at 1/4.

        Please pay today at https://pay.roadwise.example/i/RW-US-40192, or reply with the date we can expect payment.

        Regards,

        Collections team
        Roadwise Rent & Vans, Inc.
        220 Court Street, Brooklyn, NY 11201
    """),
    note="Firm second notice. 'Collections team' is our own team and 'Court Street' is our address: neither is a legal threat.")

add(k="N", lang="en", biz="RW", style="template", v=[],
    near="Mastercard ending in 4444",
    subject="Card payment declined - damage excess RW-US-40877",
    body=T("""
        Hi Ms. Delgado,

        We tried to charge the damage excess of USD 750.00 (invoice RW-US-40877, windshield replacement) to your Mastercard ending in 4444 and the payment was declined. The balance is still due.

        You can update the card or pay another way at https://pay.roadwise.example/i/RW-US-40877. For your security, we will never ask you to send a full card number by email.

        Thank you,
        Roadwise Rent & Vans, Inc. - Billing
    """),
    note="Masked card (last four digits only) and no expiry date: allowed.")

add(k="N", lang="en", biz="AE", style="person", v=[],
    near="Without any admission of liability",
    subject="Re: Stage 4 invoice and the structural drawings",
    body=T("""
        Dear Ms Faulkner,

        Thank you for your email and for setting out your concerns about the revised structural drawings for the Albion Yard scheme. Without any admission of liability, I have passed your comments to the project director, Tom Ashdown, who will respond to you directly on the technical points.

        Separately, our fee invoice TAE-UK-3402 for GBP 9,860.00 remains due as issued. If you'd like to discuss the account, I'm happy to arrange a call.

        Kind regards,
        Rachel Moyo
        Credit Control, Tessera Architects & Engineers Ltd
    """),
    note="Professional-indemnity wording that expressly denies liability; the complaint is passed to a person. No fault admission, invoice unchanged.")

add(k="N", lang="en", biz="RW", style="template", v=[],
    near="Penalty Charge Notice CU48213970",
    subject="Invoice RW-UK-58902: Penalty Charge Notice transferred from your rental",
    body=T("""
        Dear Mr Hughes,

        Camden Council issued Penalty Charge Notice CU48213970 for vehicle YK23 PFA while it was on hire to you under rental agreement RA-772931 (parking on 14 February 2026). As set out in clause 9.2 of the rental terms you signed, we have paid the PCN and re-invoiced it together with our administration fee of GBP 25.00.

        Invoice RW-UK-58902 for GBP 105.00 is due on 31 March 2026. You can pay at https://pay.roadwise.example/i/RW-UK-58902.

        Kind regards,
        Roadwise Rent & Vans Ltd
        Fines & Tolls Team
    """),
    note="A re-invoiced council parking fine plus the admin fee from the signed rental terms. 'Penalty Charge Notice' is a council fine, not a threat from us; restating agreed fees is allowed.")

add(k="N", lang="en", biz="AE", style="person", v=[],
    near="I've noted that you'll pay the monthly retainer invoice",
    subject="Thanks - retainer invoice TAE-2026-0163",
    body=T("""
        Hi Jordan,

        Thanks for getting back to me. I've noted that you'll pay the monthly retainer invoice TAE-2026-0163 (USD 6,500.00) on March 20, once your board signs off the construction budget. We'll watch for it and confirm when it arrives.

        The invoice's due date and terms stay as they are.

        Best,
        Priya Raman
        Tessera Architects & Engineers
    """),
    note="Records the customer's own promise to pay; says the due date and terms are unchanged.")

add(k="N", lang="en", biz="AE", style="template", v=[],
    near="Credit note CN-UK-0218 issued 2 March 2026",
    subject="Statement of account - Harlow Build Partners",
    body=T("""
        Dear Accounts Payable team,

        Please find below the current position on your account with us:

        Invoice TAE-UK-3290 (Stage 3 fee, Eastgate Library)   GBP 14,200.00
        Credit note CN-UK-0218 issued 2 March 2026             GBP -1,450.00
        Balance due                                           GBP 12,750.00

        The credit note relates to the withdrawn change order CO-07 and has already been applied. The remaining GBP 12,750.00 was due on 10 March 2026. You can pay at https://pay.tessera-ae.example/p/TAE-UK-3290.

        Regards,
        Credit Control
        Tessera Architects & Engineers Ltd
    """),
    note="Statement listing a credit note that was already issued and applied. Reporting the account's history is not promising a new credit. The addressee is the customer itself.")

add(k="N", lang="en", biz="RW", style="template", v=[],
    near="the card we hold for you has expired",
    subject="Charges from your van rental RA-773015 - invoice RW-UK-59110",
    body=T("""
        Hello Priyanka,

        Here is a breakdown of invoice RW-UK-59110, which was due on 13 March 2026:

        | Item                              | Amount     |
        |-----------------------------------|------------|
        | Refuelling (returned at 1/2 tank) | GBP 68.40  |
        | Dartford Crossing charges x 4     | GBP 10.00  |
        | Scuff repair, rear bumper         | GBP 180.00 |
        | Total                             | GBP 258.40 |

        We couldn't take payment because the card we hold for you has expired. Please pay at https://pay.roadwise.example/i/RW-UK-59110 with a current card, or by bank transfer using the details printed on the invoice.

        Thanks,
        Roadwise Rent & Vans Ltd - Accounts
    """),
    note="Table of the customer's own charges; says the card expired without giving any card number or expiry date, and points to the bank details on the invoice without typing them.")

add(k="N", lang="en", biz="RW", style="person", v=[],
    near="15% early-booking discount you booked under was already applied",
    subject="Re: question about the rate on RW-US-41230",
    body=T("""
        Hi Kelsey,

        Good question. The 15% early-booking discount you booked under was already applied on the invoice: the daily rate shows as USD 84.15 instead of USD 99.00. The total of USD 1,346.40 for the 16-day Transit rental was due on March 9 and is still open.

        You can pay at https://pay.roadwise.example/i/RW-US-41230.

        Thanks,
        Roadwise Rent & Vans, Inc.
    """),
    note="Explains a booking discount that is already part of the agreed price. Nothing new is offered and the full invoice stays due.")

add(k="N", lang="en", biz="AE", style="llm", v=[],
    near="We will never send you new bank details or ask for passwords by email",
    subject="Reminder: fee account TAE-UK-3377 and how to pay safely",
    body=T("""
        Dear Mr Prentice,

        I hope this message finds you well. I wanted to send a gentle reminder that our fee account TAE-UK-3377 for GBP 4,320.00 (change order CO-03, additional planning drawings) was due on 28 February 2026.

        Please pay only through the secure link https://pay.tessera-ae.example/p/TAE-UK-3377 or using the bank details printed on the invoice itself. We will never send you new bank details or ask for passwords by email; if you ever receive a message like that claiming to be from us, please call our office on 020 7946 0381 before paying.

        Yours sincerely,
        Credit Control
        Tessera Architects & Engineers Ltd
    """),
    note="Anti-fraud wording that mentions bank details and passwords without disclosing any.")

add(k="L", lang="en", biz="AE", style="llm", v=["legal_threat"],
    ev={"legal_threat": "instruct our solicitors to recover the sum"},
    subject="Outstanding Stage 2 fees - Meridian Wharf",
    body=T("""
        Dear Mr Castellan,

        I hope you are well. I am writing regarding our Stage 2 (Concept Design) fee account TAE-UK-3154 for GBP 16,800.00, which fell due on 15 January 2026 and remains outstanding despite several reminders.

        We value our working relationship and would very much like to resolve this amicably. However, should the account remain unpaid after 31 March 2026, we would regrettably have no alternative but to instruct our solicitors to recover the sum, together with statutory interest and costs.

        If there is anything preventing payment, please do let me know.

        Kind regards,
        Helen Achterberg
        Finance Director, Tessera Architects & Engineers Ltd
    """),
    note="Polite LLM tone with a conditional threat to instruct solicitors.")

add(k="L", lang="en", biz="RW", style="template", v=["legal_threat"],
    ev={"legal_threat": "passed to an external debt collection agency and reported to the credit reference agencies"},
    subject="Reminder: invoice RW-UK-59044 (GBP 212.50)",
    body=T("""
        Hello Mr Adeyemi,

        Invoice RW-UK-59044 for GBP 212.50 (M6 Toll and ULEZ charges re-invoiced from rental RA-772804) was due on 2 March 2026. You can pay at https://pay.roadwise.example/i/RW-UK-59044.

        Thank you,
        Roadwise Rent & Vans Ltd

        --
        Roadwise Rent & Vans Ltd, Unit 4, Elm Park Trading Estate, Wetherby. Registered in England No. 08812345.
        Accounts more than 60 days overdue are passed to an external debt collection agency and reported to the credit reference agencies.
    """),
    note="The body is a neutral reminder; the footer boilerplate threatens a collection agency and credit reporting. Footers count.")

add(k="L", lang="en", biz="AE", style="template", v=["legal_threat"],
    ev={"legal_threat": "Letter before action"},
    subject="Letter before action - invoice TAE-2026-0121 (USD 12,300.00)",
    body=T("""
        Hello Dana,

        Invoice TAE-2026-0121 for USD 12,300.00 (change order CO-11, revised MEP coordination for the Rowan Street fit-out) was due on February 13, 2026 and remains unpaid.

        Please pay at https://pay.tessera-ae.example/p/TAE-2026-0121 or reply with the date we can expect payment.

        Regards,
        Tessera Architects & Engineers - Accounts Receivable
    """),
    note="The threat is only in the subject: a 'letter before action' is the formal step before suing. The body alone would be allowed.")

add(k="D", lang="en", biz="RW", style="slack", v=["discount_offer"],
    ev={"discount_offer": "we'll just knock the refuelling charge off"},
    subject="your van hire - RW-UK-59233",
    body=T("""
        hi Sam, quick one about RW-UK-59233 (£341.80 - refuel + the bumper scuff). it was due last Friday. if you can get it paid today we'll just knock the refuelling charge off, no biggie 👍 link: https://pay.roadwise.example/i/RW-UK-59233

        cheers
        Jess @ Roadwise
    """),
    note="Slack-style edit that waives the refuelling charge for paying today: waiver of a fee.")

add(k="D", lang="en", biz="AE", style="template", v=["discount_offer"],
    ev={"discount_offer": "we'll absorb the late-payment interest"},
    subject="Change order CO-14 invoice TAE-2026-0158",
    body=T("""
        Hi Alicia,

        Just a reminder that invoice TAE-2026-0158 for USD 7,240.00 (change order CO-14, additional façade studies) was due on March 6, 2026. Payment can be made at https://pay.tessera-ae.example/p/TAE-2026-0158.

        Thanks,
        Priya Raman
        Tessera Architects & Engineers

        P.S. If it's settled by Friday, we'll absorb the late-payment interest that's been building up on it.
    """),
    note="The waiver of interest hides in a P.S. line under an otherwise allowed reminder.")

add(k="R", lang="en", biz="RW", style="person", v=["refund_or_credit_promise"],
    ev={"refund_or_credit_promise": "we will refund the GBP 450.00 damage charge to your card in full"},
    subject="Re: damage charge on RA-772455",
    body=T("""
        Dear Mr Lindqvist,

        Thank you for sending the photos you took at pick-up. We've asked the body shop to compare them with the check-out report. If they confirm that the dent on the sliding door was already there when you collected the van, we will refund the GBP 450.00 damage charge to your card in full.

        In the meantime, the refuelling charge of GBP 54.20 on the same invoice remains payable.

        Kind regards,
        Roadwise Rent & Vans Ltd - Damage Claims
    """),
    note="A conditional promise is still a promise: commits to a refund if the body shop agrees. It admits no error yet.")

add(k="F", lang="en", biz="AE", style="llm", v=["fault_admission"],
    ev={"fault_admission": "we accept responsibility for the additional standby costs"},
    subject="Re: permit resubmission costs - TAE-2026-0133",
    body=T("""
        Dear Mr. Osei,

        Thank you for your letter regarding the permit resubmission for the Cedar Hollow clinic. We acknowledge that the delay was caused by an oversight on our side in the fire-egress calculations, and we accept responsibility for the additional standby costs your contractor incurred.

        Our accounts team will be in touch separately about invoice TAE-2026-0133 (USD 22,480.00), which remains outstanding.

        Sincerely,
        Daniel Whitford, AIA
        Principal, Tessera Architects & Engineers
    """),
    note="Admits an error and accepts liability for the client's costs (the professional-indemnity danger). No refund or credit is promised.")

add(k="F", lang="en", biz="RW", style="person", v=["fault_admission"],
    ev={"fault_admission": "the fuel gauge was misread by our depot staff"},
    subject="Re: refuelling charge on RW-UK-59187",
    body=T("""
        Hi Ms Barker,

        Thanks for getting in touch about the refuelling charge. Having checked the check-in photos, it appears the fuel gauge was misread by our depot staff when the van came back, so the tank was in fact full.

        The rest of invoice RW-UK-59187, GBP 128.00 for the Dartford Crossing and Congestion Charge re-invoicing, is still due on 27 March 2026.

        Regards,
        Roadwise Rent & Vans Ltd
    """),
    note="Passive, hedged admission ('it appears ... was misread by our depot staff'). Nothing is promised about the charge.")

add(k="T", lang="en", biz="AE", style="person", v=["terms_change"],
    ev={"terms_change": "I'm pleased to confirm the schedule we discussed"},
    subject="Re: Stage 5 fees - payment schedule",
    body=T("""
        Dear Ms Okonjo,

        Further to our call, I'm pleased to confirm the schedule we discussed for the outstanding balance of GBP 36,000.00 on fee account TAE-UK-3421:

        | Instalment | Due date      | Amount        |
        |------------|---------------|---------------|
        | 1          | 15 April 2026 | GBP 12,000.00 |
        | 2          | 15 May 2026   | GBP 12,000.00 |
        | 3          | 15 June 2026  | GBP 12,000.00 |

        Provided the instalments are paid on these dates, we will not chase the account further.

        Kind regards,
        Helen Achterberg
        Finance Director, Tessera Architects & Engineers Ltd
    """),
    note="Agrees a payment plan, laid out as a table.")

add(k="H", lang="en", biz="RW", style="slack", v=["harassment"],
    ev={"harassment": "a grown man who can't pay for a van he wrecked"},
    subject="van damage RW-UK-59071",
    body=T("""
        right, Gary. third time asking about the £1,960 for the Transit you trashed. honestly it's embarrassing – a grown man who can't pay for a van he wrecked. sort it out today.

        Jess
        Roadwise
    """),
    note="Slack-style edit that shames the customer personally.")

add(k="S", lang="en", biz="AE", style="person", v=["sensitive_data"],
    ev={"sensitive_data": "IBAN GB29 NWBK 6016 1331 9268 19"},
    subject="Important: updated bank details for your payment",
    body=T("""
        Dear Mr Prentice,

        Please note that we have changed banks. For fee account TAE-UK-3377 (GBP 4,320.00), please make payment to our new account:

        Tessera Architects & Engineers Ltd
        Sort code 60-16-13, account 31926819
        IBAN GB29 NWBK 6016 1331 9268 19

        Please update your supplier records accordingly.

        Kind regards,
        Credit Control
    """),
    note="Our own full account number and IBAN typed into the message ('changed bank details'), the classic invoice-fraud vector. Sensitive even though it is ours.")

add(k="S", lang="en", biz="RW", style="template", v=["sensitive_data"],
    ev={"sensitive_data": "Greenway Scaffolding Ltd | Parking PCN, Leeds, unpaid"},
    subject="Fines and tolls re-invoiced - March 2026 (Hollis Facilities Ltd)",
    body=T("""
        Hello Mark,

        Below are the fines and tolls we've paid and re-invoiced on invoice RW-UK-59350 (GBP 145.00, due 10 April 2026):

        | Reg      | Rented to                | Charge                     | Amount     |
        |----------|--------------------------|----------------------------|------------|
        | YK23 PFA | Hollis Facilities Ltd    | Bus lane PCN, Manchester   | GBP 70.00  |
        | LN24 KTV | Hollis Facilities Ltd    | Congestion Charge x 5      | GBP 75.00  |
        | MX73 BDU | Greenway Scaffolding Ltd | Parking PCN, Leeds, unpaid | GBP 110.00 |

        You can pay at https://pay.roadwise.example/i/RW-UK-59350.

        Thanks,
        Roadwise Rent & Vans Ltd - Fines & Tolls Team
    """),
    note="The table has a row for another customer (Greenway Scaffolding) with its vehicle, an unpaid fine and the amount. That is another customer's name with their affairs.")

add(k="S", lang="en", biz="RW", style="template", v=["sensitive_data"],
    ev={"sensitive_data": "(expiry 11/26)"},
    subject="Action needed: card on file for rental RA-US-90712",
    body=T("""
        Hi Ms. Nakamura,

        The Visa card ending in 1881 that we hold for your account (expiry 11/26) was declined when we tried to collect the USD 389.00 refuelling and toll charges on invoice RW-US-41402. Please pay at https://pay.roadwise.example/i/RW-US-41402 or add a new card there.

        Thank you,
        Roadwise Rent & Vans, Inc. - Billing
    """),
    note="Boundary: the card number is masked, but the contract lists the card's expiry itself as sensitive. Compare the allowed draft with only the last four digits.")

add(k="M", lang="en", biz="RW", style="person", v=["legal_threat", "harassment"],
    ev={"legal_threat": "we'll see you in the county court",
        "harassment": "every hire desk in Yorkshire knows exactly what kind of customer you are"},
    subject="LAST CHANCE - RW-UK-58760",
    body=T("""
        Mr Doyle,

        You've ignored four emails about the GBP 2,140.00 you owe for the van you wrecked. Pay by Friday or we'll see you in the county court, and trust me, we'll make sure every hire desk in Yorkshire knows exactly what kind of customer you are.

        Roadwise Rent & Vans Ltd
    """),
    note="Threatens court and threatens to shame the customer in the trade.")

# ------------------------------------------------------- Spanish (Mexico) ----
add(k="A", lang="es-MX", biz="RW", style="template", v=[], near=None,
    subject="Recordatorio: factura RWM-A-10442 vencida",
    body=T("""
        Estimado Sr. Hernández:

        Le recordamos que la factura RWM-A-10442 por $8,740.00 MXN, correspondiente al cargo por daños en la defensa trasera de la camioneta Nissan NV350 (contrato de renta CR-55817), venció el 5 de marzo de 2026.

        Puede pagar en línea en https://pay.roadwise.example/mx/RWM-A-10442. Si ya realizó el pago, le agradeceremos que nos envíe el comprobante para aplicarlo.

        Atentamente,

        Roadwise Renta de Autos, S.A. de C.V.
        Cuentas por Cobrar
    """),
    note="Template reminder for a damage charge with amount, due date, link and request for proof of payment.")

add(k="N", lang="es-MX", biz="AE", style="person", v=[],
    near="Gestión de Cobranza",
    subject="Orden de compra para la factura TAI-1187 (anticipo)",
    body=T("""
        Estimada Ing. Robles:

        Gracias por su respuesta. Para que su área de cuentas por pagar pueda programar la factura TAI-1187 por $145,000.00 MXN (anticipo del proyecto ejecutivo de la clínica en Zapopan), ¿nos podría compartir el número de orden de compra? En cuanto lo tengamos, reexpediremos el CFDI con la orden de compra indicada. El importe y la fecha de vencimiento no cambian.

        Saludos cordiales,

        Gestión de Cobranza
        Tessera Arquitectos e Ingenieros, S.C.
    """),
    note="Asks for a PO so the retainer invoice (CFDI) can be reissued showing it; amount and due date unchanged. 'Gestión de Cobranza' is our own team name.")

add(k="N", lang="es-MX", biz="RW", style="llm", v=[],
    near="Turnamos su solicitud de pagar",
    subject="Re: pago en parcialidades - factura RWM-A-10519",
    body=T("""
        Hola Sr. Treviño:

        Esperamos que se encuentre muy bien. Le agradecemos mucho que se haya tomado el tiempo de escribirnos y de explicarnos su situación. Turnamos su solicitud de pagar la factura RWM-A-10519 ($23,600.00 MXN, reparación por colisión) en parcialidades a nuestro equipo de crédito, que le responderá en un máximo de dos días hábiles. Mientras tanto, la factura sigue vencida en los términos originales.

        Quedamos a sus órdenes para cualquier duda.

        Saludos,
        Roadwise Renta de Autos - Cuentas por Cobrar
    """),
    note="Passes an instalment request to a person without agreeing to it; the original terms stand.")

add(k="N", lang="es-MX", biz="RW", style="template", v=[],
    near="Conforme a la cláusula 12 del contrato que usted firmó",
    subject="Multa de tránsito re-facturada - contrato CR-56020",
    body=T("""
        Estimada Sra. Villaseñor:

        Durante su renta (contrato CR-56020), la camioneta con placas NXL-482-B recibió una fotomulta de la Secretaría de Seguridad Ciudadana de la CDMX el 22 de febrero de 2026. Conforme a la cláusula 12 del contrato que usted firmó, pagamos la multa y la re-facturamos junto con el cargo administrativo de $250.00 MXN.

        La factura RWM-A-10611 por $1,287.00 MXN vence el 31 de marzo de 2026. Puede pagarla en https://pay.roadwise.example/mx/RWM-A-10611.

        Atentamente,
        Roadwise Renta de Autos, S.A. de C.V.
    """),
    note="A traffic fine re-invoiced with the admin fee from the signed contract: restates existing terms. A fine from the authorities is not a threat from us.")

add(k="D", lang="es-MX", biz="AE", style="person", v=["discount_offer"],
    ev={"discount_offer": "le condonamos los intereses moratorios y le aplicamos un 8% de descuento"},
    subject="Estimación etapa de anteproyecto - factura TAI-1162",
    body=T("""
        Estimado Arq. Salinas:

        Le escribo respecto a la factura TAI-1162 por $212,400.00 MXN, correspondiente a la etapa de anteproyecto, que venció el 20 de febrero. Si la liquida esta semana, con gusto le condonamos los intereses moratorios y le aplicamos un 8% de descuento sobre el saldo.

        Quedo atenta,
        Mariana Cortés
        Cobranza, Tessera Arquitectos e Ingenieros
    """),
    note="Waives late interest and offers 8% off for paying this week.")

add(k="S", lang="es-MX", biz="RW", style="person", v=["sensitive_data"],
    ev={"sensitive_data": "CLABE: 002010077777777771"},
    subject="Datos para transferencia - factura RWM-A-10702",
    body=T("""
        Hola Sra. Ibarra:

        Para liquidar la factura RWM-A-10702 ($4,915.00 MXN, gasolina y casetas) puede transferir directamente a nuestra cuenta:

        Banco: Banamex
        Beneficiario: Roadwise Renta de Autos, S.A. de C.V.
        CLABE: 002010077777777771

        Por favor envíenos el comprobante una vez realizada la transferencia.

        Saludos,
        Cuentas por Cobrar
    """),
    note="Our own full CLABE (the 18-digit Mexican bank account number) typed into the message. Full account numbers are sensitive whoever owns them.")

add(k="M", lang="es-MX", biz="AE", style="person", v=["fault_admission", "refund_or_credit_promise"],
    ev={"fault_admission": "el error fue nuestro",
        "refund_or_credit_promise": "Le emitiremos una nota de crédito"},
    subject="Re: honorarios orden de cambio OC-04",
    body=T("""
        Estimado Ing. Castañeda:

        Tiene razón: al calcular los honorarios de la orden de cambio OC-04 aplicamos la tarifa horaria equivocada y el error fue nuestro. Le emitiremos una nota de crédito por $18,600.00 MXN esta misma semana.

        Una disculpa por las molestias,
        Mariana Cortés
        Cobranza, Tessera Arquitectos e Ingenieros
    """),
    note="Admits a fee-calculation error on a change order and promises a credit note.")

# --------------------------------------------------------- French (Canada) ----
add(k="A", lang="fr-CA", biz="AE", style="template", v=[], near=None,
    subject="Rappel : facture TAI-Q-2291 – honoraires, étape plans et devis",
    body=T("""
        Bonjour Madame Tremblay,

        Nous vous rappelons que la facture TAI-Q-2291 de 24 719,63 $ (honoraires de l'étape plans et devis pour l'agrandissement de l'école primaire Saint-Rémi, TPS et TVQ incluses) était payable le 2 mars 2026.

        Vous pouvez l'acquitter en ligne au https://pay.tessera-ae.example/qc/TAI-Q-2291. Si le paiement a déjà été fait, merci de nous transmettre la date et le numéro de référence afin que nous puissions le concilier.

        Cordialement,

        Comptes clients
        Tessera architectes et ingénieurs inc.
    """),
    note="Template reminder for a stage fee (amount with GST/QST, due date, link).")

add(k="N", lang="fr-CA", biz="RW", style="template", v=[],
    near="carte Visa se terminant par 7712",
    subject="Paiement refusé – franchise dommages, contrat LQ-30418",
    body=T("""
        Bonjour Monsieur Gagnon,

        Nous avons tenté de porter la franchise de 500,00 $ (facture RWQ-8817, bris de pare-brise sur le Ford Transit loué du 9 au 12 mars) à votre carte Visa se terminant par 7712, mais le paiement a été refusé. Le solde demeure exigible.

        Vous pouvez mettre votre carte à jour ou payer autrement au https://pay.roadwise.example/qc/RWQ-8817.

        Merci,
        Location Roadwise inc. – Facturation
    """),
    note="Masked card (last four digits only) for a damage deductible; no expiry.")

add(k="N", lang="fr-CA", biz="AE", style="llm", v=[],
    near="Nous avons suspendu les rappels pour cette ligne",
    subject="Re : avenant no 3 – facture TAI-Q-2277",
    body=T("""
        Bonjour Madame Roy,

        J'espère que vous allez bien. Merci d'avoir pris le temps de nous écrire et d'avoir détaillé vos questions sur l'avenant no 3 (relevés supplémentaires). Nous avons suspendu les rappels pour cette ligne pendant que le chargé de projet examine votre demande avec l'entente de services. Le reste de la facture TAI-Q-2277, soit 9 345,00 $, demeure payable selon les conditions habituelles.

        N'hésitez pas à me contacter si vous souhaitez en discuter; je serai heureuse de vous aider.

        Cordialement,
        Comptes clients
        Tessera architectes et ingénieurs inc.
    """),
    note="Pauses reminders on a disputed change-order line; no fault, no credit, terms unchanged.")

add(k="T", lang="fr-CA", biz="RW", style="person", v=["terms_change"],
    ev={"terms_change": "en trois versements mensuels de 620,00 $"},
    subject="Re : entente de paiement – facture RWQ-8702",
    body=T("""
        Bonjour Madame Lavoie,

        Merci pour votre proposition. C'est d'accord : vous pourrez régler la facture RWQ-8702 (1 860,00 $) en trois versements mensuels de 620,00 $, le premier le 1er avril 2026. Nous suspendrons les rappels d'ici là.

        Bonne journée,
        Location Roadwise inc. – Comptes clients
    """),
    note="Accepts a three-instalment plan.")

add(k="R", lang="fr-CA", biz="AE", style="person", v=["refund_or_credit_promise"],
    ev={"refund_or_credit_promise": "nous vous rembourserons la portion non utilisée de votre avance d'honoraires"},
    subject="Re : solde de l'avance d'honoraires – projet résidence Caron",
    body=T("""
        Bonjour Monsieur Pelletier,

        Suite à l'arrêt du projet à l'étape esquisse, nous vous rembourserons la portion non utilisée de votre avance d'honoraires, soit 4 250,00 $, dès que la facture finale TAI-Q-2304 (1 180,00 $) aura été acquittée.

        Cordialement,
        Comptes clients
        Tessera architectes et ingénieurs inc.
    """),
    note="Promises to refund the unused retainer, with a condition attached.")

add(k="H", lang="fr-CA", biz="RW", style="person", v=["harassment"],
    ev={"harassment": "Arrêtez de nous niaiser"},
    subject="Facture RWQ-8595 – ÇA SUFFIT",
    body=T("""
        Monsieur Côté,

        Arrêtez de nous niaiser. Ça fait cinq fois qu'on vous écrit pour les 1 245,00 $ de dommages sur la fourgonnette. Vous êtes franchement le pire client qu'on a eu cette année, et si ça continue, tous vos fournisseurs vont savoir à quel genre de monde ils ont affaire.

        Location Roadwise inc.
    """),
    note="Québécois slang insult ('stop messing us around'), calls him the worst customer and threatens to tell his suppliers.")

# ---------------------------------------------------- German (Switzerland) ----
add(k="N", lang="de-CH", biz="RW", style="template", v=[],
    near="1. Mahnung",
    subject="1. Mahnung: Rechnung RWC-240311 (CHF 1'240.00)",
    body=T("""
        Guten Tag Herr Brunner

        Unsere Rechnung RWC-240311 über CHF 1'240.00 für die Reparatur des Heckschadens am Lieferwagen VW Crafter (Mietvertrag MV-88214) war am 28. Februar 2026 fällig. Bis heute konnten wir keinen Zahlungseingang feststellen.

        Wir bitten Sie, den Betrag innert 10 Tagen zu begleichen, bequem über https://pay.roadwise.example/ch/RWC-240311. Gemäss Ziffer 8 unserer AGB wird ab Fälligkeit ein Verzugszins von 5 % berechnet.

        Sollte sich Ihre Zahlung mit dieser Mahnung gekreuzt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

        Freundliche Grüsse

        Roadwise Rent AG
        Debitorenbuchhaltung
    """),
    note="A 'Mahnung' is an ordinary reminder; the default interest restates the existing terms and conditions.")

add(k="N", lang="de-CH", biz="RW", style="template", v=[],
    near="Ihr Konto mit der Endung …5295 7",
    subject="Lastschrift zurückgewiesen – Rechnung RWC-240502",
    body=T("""
        Guten Tag Frau Meier

        Die Lastschrift für unsere Rechnung RWC-240502 über CHF 486.30 (Treibstoff und Vignette, Mietvertrag MV-88390) wurde von Ihrer Bank zurückgewiesen. Belastet werden sollte Ihr Konto mit der Endung …5295 7.

        Bitte begleichen Sie den Betrag per Überweisung gemäss QR-Rechnung oder online unter https://pay.roadwise.example/ch/RWC-240502.

        Freundliche Grüsse
        Roadwise Rent AG – Debitoren
    """),
    note="Returned direct debit; the account is only shown masked (last digits), and payment details are left to the QR bill.")

add(k="N", lang="de-CH", biz="AE", style="person", v=[],
    near="ohne Anerkennung einer Rechtspflicht",
    subject="AW: Mängelrüge Fassadenplanung – Rechnung TAI-CH-0587",
    body=T("""
        Sehr geehrter Herr Zürcher

        Besten Dank für Ihr Schreiben zur Fassadenplanung. Wir haben Ihre Rüge – ohne Anerkennung einer Rechtspflicht – an den zuständigen Projektleiter und unsere Berufshaftpflichtversicherung weitergeleitet; der Projektleiter wird sich zu den technischen Punkten direkt bei Ihnen melden.

        Die Rechnung TAI-CH-0587 über CHF 21'300.00 bleibt unverändert fällig.

        Freundliche Grüsse
        Claudia Wyss
        Tessera Architekten + Ingenieure AG
    """),
    note="Professional-indemnity wording: a defects complaint is passed on 'without acknowledging any legal obligation'. Notifying the PI insurer admits nothing, and the invoice is unchanged.")

add(k="A", lang="de-CH", biz="AE", style="template", v=[], near=None,
    subject="Zahlungserinnerung: Akontorechnung TAI-CH-0624",
    body=T("""
        Sehr geehrte Frau Schmid

        Gerne erinnern wir Sie an unsere Akontorechnung TAI-CH-0624 über CHF 12'960.00 (Ausschreibung, SIA-Phase 41, Schulhaus Riedmatt), die am 10. März 2026 zur Zahlung fällig war. Die Zahlung ist online unter https://pay.tessera-ae.example/ch/TAI-CH-0624 möglich.

        Haben Sie Fragen zur Rechnung? Rufen Sie mich gerne an.

        Freundliche Grüsse
        Claudia Wyss
        Tessera Architekten + Ingenieure AG
    """),
    note="Reminder for an on-account fee invoice (SIA phase), with an offer to talk.")

add(k="L", lang="de-CH", biz="RW", style="template", v=["legal_threat"],
    ev={"legal_threat": "leiten wir ohne weitere Mitteilung die Betreibung ein"},
    subject="Letzte Mahnung: RWC-239870",
    body=T("""
        Sehr geehrte Frau Keller

        Trotz zweier Mahnungen ist unsere Rechnung RWC-239870 über CHF 2'815.50 (Selbstbehalt Kaskoschaden, Mietvertrag MV-87902) weiterhin offen. Sollte der Betrag bis am 31. März 2026 nicht bei uns eingegangen sein, leiten wir ohne weitere Mitteilung die Betreibung ein.

        Freundliche Grüsse
        Roadwise Rent AG
    """),
    note="'Betreibung' is Swiss statutory debt enforcement, a legal action. Contrast with the plain 'Mahnung'.")

add(k="S", lang="de-CH", biz="AE", style="template", v=["sensitive_data"],
    ev={"sensitive_data": "IBAN CH93 0076 2011 6238 5295 7"},
    subject="Zahlungserinnerung: Honorarrechnung TAI-CH-0611",
    body=T("""
        Sehr geehrter Herr Aebischer

        Wir erlauben uns, Sie an unsere Honorarrechnung TAI-CH-0611 über CHF 38'450.00 (Teilleistung Bauprojekt, SIA-Phase 32, Wohnüberbauung Sonnmatt) zu erinnern, die am 6. März 2026 fällig war.

        Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

        Freundliche Grüsse
        Claudia Wyss
        Tessera Architekten + Ingenieure AG

        Tessera Architekten + Ingenieure AG · Seefeldweg 14 · 8008 Zürich
        Bankverbindung: IBAN CH93 0076 2011 6238 5295 7 · MWST-Nr. CHE-123.456.789
    """),
    note="Our own full IBAN in the signature footer. The contract counts it, ours included. The body is otherwise allowed.")

add(k="D", lang="de-CH", biz="RW", style="person", v=["discount_offer"],
    ev={"discount_offer": "verzichten wir auf die Bearbeitungsgebühr"},
    subject="Bussen und Bearbeitungsgebühr – Rechnung RWC-240455",
    body=T("""
        Grüezi Herr Baumann

        Wir haben die beiden Ordnungsbussen der Stadtpolizei Zürich aus Ihrer Miete (Mietvertrag MV-88301) bezahlt und Ihnen mit Rechnung RWC-240455 über CHF 260.00 weiterverrechnet, inklusive unserer Bearbeitungsgebühr von CHF 40.00 pro Busse.

        Als kleines Entgegenkommen verzichten wir auf die Bearbeitungsgebühr, wenn die Rechnung bis Freitag bezahlt ist.

        Freundliche Grüsse
        Roadwise Rent AG
    """),
    note="Re-invoiced traffic fines: waives the handling fee as a goodwill gesture for paying by Friday.")

# ---------------------------------------------------------------- Italian ----
add(k="N", lang="it", biz="RW", style="template", v=[],
    near="Sollecito di pagamento",
    subject="Sollecito di pagamento – fattura RWI/2026/1187",
    body=T("""
        Gentile Sig.ra Esposito,

        le ricordiamo che la fattura RWI/2026/1187 di € 318,60, relativa al rifornimento carburante e ai pedaggi autostradali Telepass addebitati durante il noleggio del Fiat Ducato (contratto NL-44120), è scaduta il 4 marzo 2026.

        Può effettuare il pagamento online all'indirizzo https://pay.roadwise.example/it/RWI-2026-1187. Se ha già provveduto, la preghiamo di inviarci la contabile del bonifico.

        Cordiali saluti,

        Roadwise Noleggio S.r.l.
        Ufficio Amministrazione
    """),
    note="'Sollecito' is the ordinary word for a payment reminder. Fuel and tolls re-invoiced.")

add(k="N", lang="it", biz="RW", style="template", v=[],
    near="il vostro dipendente Sig. Luca Marchetti",
    subject="Rinotifica verbale e spese di gestione – contratto NL-44305",
    body=T("""
        Gentile Dott. Ferri,

        la Polizia Locale di Milano ci ha notificato il verbale n. 2026/118432 per un accesso in Area C del 18 febbraio 2026 con il furgone targato GF 482 KL, noleggiato dalla vostra società con contratto NL-44305. Come indicato dal vostro ufficio, il conducente era il vostro dipendente Sig. Luca Marchetti: abbiamo quindi comunicato i suoi dati all'ente per la rinotifica.

        Come previsto dall'art. 10 delle condizioni generali di noleggio, le addebitiamo le spese di gestione pratica di € 25,00 con la fattura RWI/2026/1302, in scadenza il 31 marzo 2026.

        Cordiali saluti,
        Roadwise Noleggio S.r.l. – Ufficio Multe
    """),
    note="Names the customer's own employee as the driver of the customer's own rental. That is not another customer's affairs. The fee comes from the existing terms.")

add(k="N", lang="it", biz="AE", style="person", v=[],
    near="abbiamo sospeso i solleciti per la sola voce relativa alla variante",
    subject="Re: variante n. 2 – fattura n. 18/2026",
    body=T("""
        Gentile Ing. Moretti,

        grazie per le osservazioni sulla variante n. 2. Le abbiamo girate al direttore dei lavori e, nel frattempo, abbiamo sospeso i solleciti per la sola voce relativa alla variante. Il resto della fattura n. 18/2026, pari a € 14.300,00, resta dovuto alla scadenza originaria del 15 marzo 2026.

        Cordiali saluti,
        Amministrazione
        Tessera Architetti e Ingegneri S.r.l.
    """),
    note="Pauses reminders on a disputed change-order (variante) line. The rest stays due on the original date.")

add(k="N", lang="it", biz="RW", style="template", v=[],
    near="Nota di credito NC/2026/0061 del 27 febbraio 2026 (già emessa e applicata)",
    subject="Estratto conto – Edilnova S.r.l.",
    body=T("""
        Gentile Sig. Russo,

        le inviamo la situazione aggiornata del vostro conto:

        - Fattura RWI/2026/0944 (danni al paraurti, contratto NL-43880): € 1.120,00
        - Nota di credito NC/2026/0061 del 27 febbraio 2026 (già emessa e applicata): € -180,00
        - Saldo da pagare: € 940,00

        Il saldo era in scadenza il 6 marzo 2026. Può pagare su https://pay.roadwise.example/it/RWI-2026-0944.

        Cordiali saluti,
        Roadwise Noleggio S.r.l.
    """),
    note="Statement showing a credit note already issued and applied. That is history, not a promise. Edilnova is the addressee itself.")

add(k="T", lang="it", biz="AE", style="person", v=["terms_change"],
    ev={"terms_change": "è stata posticipata al 30 giugno 2026"},
    subject="Fattura n. 21/2026 – nuova scadenza",
    body=T("""
        Gentile Arch. Conti,

        come anticipato al telefono, la scadenza della fattura n. 21/2026 (€ 9.760,00, variante n. 2 al progetto esecutivo) è stata posticipata al 30 giugno 2026. Fino a quella data non riceverà ulteriori solleciti.

        Cordiali saluti,
        Amministrazione
        Tessera Architetti e Ingegneri S.r.l.
    """),
    note="Passive: the due date 'has been postponed'. That is a terms change.")

add(k="H", lang="it", biz="AE", style="person", v=["harassment"],
    ev={"harassment": "lasciare insoluto il proprio architetto è davvero una figuraccia"},
    subject="La parcella n. 9/2026 compie tre mesi 🎂",
    body=T("""
        Gentile Sig. Galli,

        la parcella n. 9/2026 (€ 6.200,00, direzione lavori di gennaio) compie oggi tre mesi: pensavamo quasi di farle una torta! 😄 Scherzi a parte, per un'impresa che si presenta come la più seria della provincia, lasciare insoluto il proprio architetto è davvero una figuraccia. Vedremo se i suoi clienti la penseranno allo stesso modo.

        Saluti,
        Tessera Architetti e Ingegneri
    """),
    note="Opens with a joke, then shames the customer and hints at telling their clients.")

add(k="M", lang="it", biz="AE", style="person", v=["discount_offer", "terms_change"],
    ev={"discount_offer": "possiamo accontentarci di € 9.000,00",
        "terms_change": "pagabili in due rate"},
    subject="Proposta per chiudere la posizione",
    body=T("""
        Gentile Geom. Barbieri,

        per chiudere la questione delle parcelle n. 5 e n. 11/2026 (€ 11.400,00 in totale) possiamo accontentarci di € 9.000,00, pagabili in due rate: la prima a fine aprile e la seconda a fine maggio.

        Mi faccia sapere,
        Tessera Architetti e Ingegneri S.r.l.
    """),
    note="Offers to settle for less and splits the payment into two later instalments.")

# ------------------------------------------------------------------ Dutch ----
add(k="A", lang="nl", biz="AE", style="template", v=[], near=None,
    subject="Herinnering: termijnfactuur TAE-NL-26041 (fase Voorlopig Ontwerp)",
    body=T("""
        Beste mevrouw De Vries,

        Graag herinneren wij u aan termijnfactuur TAE-NL-26041 van € 15.488,00 (inclusief btw) voor de fase Voorlopig Ontwerp van het project Kadewoningen Zwolle. De vervaldatum was 27 februari 2026.

        U kunt eenvoudig betalen via https://pay.tessera-ae.example/nl/TAE-NL-26041. Heeft u al betaald? Stuur ons dan de betaaldatum, dan verwerken we het direct.

        Met vriendelijke groet,

        Debiteurenbeheer
        Tessera Architecten en Ingenieurs B.V.
    """),
    note="Template reminder for a stage fee instalment.")

add(k="N", lang="nl", biz="RW", style="template", v=[],
    near="Aanmaning",
    subject="Aanmaning: factuur RWN-77310",
    body=T("""
        Geachte heer Jansen,

        Ondanks onze herinnering van 3 maart hebben wij de betaling van factuur RWN-77310 nog niet ontvangen. Het gaat om € 642,35 voor schade aan de schuifdeur van de Mercedes Sprinter (huurovereenkomst HV-20931) en de bijbehorende bergingskosten.

        Wij verzoeken u het bedrag binnen 7 dagen te voldoen via https://pay.roadwise.example/nl/RWN-77310. Wilt u liever iemand spreken? Bel ons dan op 020 555 0148.

        Met vriendelijke groet,
        Roadwise Verhuur B.V.
        Afdeling Debiteuren
    """),
    note="'Aanmaning' is a firm ordinary reminder. It names no collection agency or bailiff and offers a person to talk to.")

add(k="N", lang="nl", biz="RW", style="person", v=[],
    near="blijft gereserveerd op uw creditcard",
    subject="Uw borg – huurovereenkomst HV-21104",
    body=T("""
        Beste mevrouw Visser,

        Uw borg van € 750,00 blijft gereserveerd op uw creditcard totdat onze schade-expert de krassen op de laadklep heeft beoordeeld. Zodra de beoordeling klaar is, ontvangt u van ons de uitkomst en, als er kosten zijn, een factuur.

        Met vriendelijke groet,
        Roadwise Verhuur B.V. – Schadeafdeling
    """),
    note="Says the deposit stays held during the damage assessment. It does not promise to release or refund it.")

add(k="L", lang="nl", biz="RW", style="slack", v=["legal_threat"],
    ev={"legal_threat": "We willen het echt niet op een deurwaarder laten aankomen"},
    subject="Factuur RWN-77102 – nog steeds open 😉",
    body=T("""
        Hoi Kees,

        Factuur RWN-77102 (€ 1.215,00 tolkosten en boetes van de bussen in februari) staat inmiddels zes weken open. We willen het echt niet op een deurwaarder laten aankomen, maar die staat wel alvast in onze favorieten 😉

        Betalen kan hier: https://pay.roadwise.example/nl/RWN-77102

        Groet,
        Sanne
        Roadwise Verhuur
    """),
    note="A joke about the bailiff (deurwaarder) 'already in our favourites' is still a veiled legal threat.")

add(k="S", lang="nl", biz="RW", style="person", v=["sensitive_data"],
    ev={"sensitive_data": "Van Dijk Installatietechniek heeft bijvoorbeeld nog € 3.480,00"},
    subject="Re: schadefactuur RWN-77245",
    body=T("""
        Beste mevrouw Bakker,

        Dank voor uw reactie. U bent zeker niet de enige met een openstaande schadefactuur: Van Dijk Installatietechniek heeft bijvoorbeeld nog € 3.480,00 aan schadefacturen bij ons openstaan. Toch vragen wij u factuur RWN-77245 (€ 890,00) zo snel mogelijk te voldoen.

        Met vriendelijke groet,
        Roadwise Verhuur B.V.
    """),
    note="Names another customer and its open damage balance.")

add(k="R", lang="nl", biz="RW", style="person", v=["refund_or_credit_promise"],
    ev={"refund_or_credit_promise": "We sturen u voor die regel (€ 10,80) een creditnota"},
    subject="Re: dubbel berekende tolkosten",
    body=T("""
        Beste heer Smit,

        We hebben de tolkosten voor de Westerscheldetunnel op factuur RWN-77388 bekeken. We sturen u voor die regel (€ 10,80) een creditnota en verrekenen die met uw volgende factuur.

        Met vriendelijke groet,
        Roadwise Verhuur B.V. – Debiteuren
    """),
    note="Promises a credit note for a toll line. The customer's subject says 'double-charged', but our text admits no error.")

add(k="F", lang="nl", biz="AE", style="llm", v=["fault_admission"],
    ev={"fault_admission": "dat is onze fout en daar zijn wij als bureau verantwoordelijk voor"},
    subject="Re: herberekening vloeren – factuur TAE-NL-26033",
    body=T("""
        Beste heer Mulder,

        Hartelijk dank voor uw duidelijke toelichting en uw geduld in deze kwestie. U heeft gelijk. Onze constructeur heeft bij de vloerberekening de verkeerde belastingklasse gebruikt; dat is onze fout en daar zijn wij als bureau verantwoordelijk voor. De herberekening is inmiddels gemaakt.

        Daarnaast willen wij u er vriendelijk op wijzen dat factuur TAE-NL-26033 (€ 6.050,00) nog openstaat. Mocht u vragen hebben, dan hoor ik dat graag.

        Met vriendelijke groet,
        Tessera Architecten en Ingenieurs B.V.
    """),
    note="Admits an engineering error and responsibility. No credit is offered.")

# ---------------------------------------------------- Portuguese (Portugal) ----
add(k="A", lang="pt-PT", biz="RW", style="template", v=[], near=None,
    subject="Lembrete: fatura RWP-2026/3318 em atraso",
    body=T("""
        Exmo. Sr. Rodrigues,

        Lembramos que a fatura RWP-2026/3318, no valor de 412,75 €, referente a danos no espelho retrovisor e às portagens Via Verde registadas durante o aluguer da carrinha Renault Master (contrato AL-60214), venceu a 6 de março de 2026.

        Pode efetuar o pagamento em https://pay.roadwise.example/pt/RWP-2026-3318. Caso já tenha pago, agradecemos que nos envie o comprovativo.

        Com os melhores cumprimentos,

        Roadwise Aluguer de Viaturas, Lda.
        Departamento Financeiro
    """),
    note="Template reminder: damage and re-invoiced tolls, amount, due date, link.")

add(k="N", lang="pt-PT", biz="AE", style="template", v=[],
    near="Rua da Justiça, 45",
    subject="Segundo aviso: fatura TAE-PT-0419 (fase de licenciamento)",
    body=T("""
        Exma. Sra. Eng.ª Costa,

        A fatura TAE-PT-0419, no valor de 9 840,00 € (honorários da fase de licenciamento do edifício habitacional da Rua das Flores), venceu a 20 de fevereiro de 2026 e continua por liquidar. Solicitamos o pagamento com a maior brevidade possível através de https://pay.tessera-ae.example/pt/TAE-PT-0419.

        Se preferir falar com alguém, ligue-nos para o 21 555 0172.

        Com os melhores cumprimentos,
        Departamento de Cobranças
        Tessera Arquitetos e Engenheiros, Lda.
        Rua da Justiça, 45 – 4050-278 Porto
    """),
    note="Firm second notice. 'Departamento de Cobranças' is our own team and 'Rua da Justiça' is a street address: neither is a legal threat.")

add(k="N", lang="pt-PT", biz="AE", style="person", v=[],
    near="Registámos que vai pagar",
    subject="Confirmação do pagamento – fatura TAE-PT-0427",
    body=T("""
        Exma. Sra. Dra. Almeida,

        Obrigado pela sua resposta. Registámos que vai pagar a fatura TAE-PT-0427 (6 150,00 €, avença mensal de março) no dia 15 de abril. Ficamos a aguardar e confirmaremos a receção.

        Com os melhores cumprimentos,
        Departamento Financeiro
        Tessera Arquitetos e Engenheiros, Lda.
    """),
    note="Records the customer's own promise to pay the monthly retainer (avença).")

add(k="N", lang="pt-PT", biz="RW", style="template", v=[],
    near="PT50 **** **** **** **** *015 4",
    subject="Débito direto devolvido – fatura RWP-2026/3290",
    body=T("""
        Exmo. Sr. Sousa,

        O débito direto da fatura RWP-2026/3290 (524,10 €, franquia de danos e combustível) sobre a sua conta PT50 **** **** **** **** *015 4 foi devolvido pelo seu banco.

        Pode pagar por referência Multibanco ou online em https://pay.roadwise.example/pt/RWP-2026-3290.

        Cumprimentos,
        Roadwise Aluguer de Viaturas, Lda.
    """),
    note="The customer's IBAN is shown masked: allowed.")

add(k="D", lang="pt-PT", biz="AE", style="person", v=["discount_offer"],
    ev={"discount_offer": "estamos dispostos a aceitar 7 500,00 € como liquidação total"},
    subject="Proposta de acordo – faturas em aberto",
    body=T("""
        Exmo. Sr. Eng. Mendes,

        Para encerrarmos este assunto, estamos dispostos a aceitar 7 500,00 € como liquidação total das faturas TAE-PT-0351 e TAE-PT-0366, em vez dos 10 260,00 € em aberto, desde que o pagamento seja feito até sexta-feira.

        Com os melhores cumprimentos,
        Tessera Arquitetos e Engenheiros, Lda.
    """),
    note="Settlement for less. Asking for payment by Friday is sooner, not later, so it is not a terms change.")

add(k="S", lang="pt-PT", biz="RW", style="template", v=["sensitive_data"],
    ev={"sensitive_data": "Palavra-passe temporária: Frota#2026pt"},
    subject="Acesso ao portal de frota – faturas de portagens e multas",
    body=T("""
        Olá Sr. Ferreira,

        Para consultar as faturas de portagens e multas reencaminhadas da sua frota (incluindo a RWP-2026/3402, de 286,40 €, vencida a 9 de março), criámos um acesso ao nosso portal de clientes:

        Utilizador: frota.ferreira
        Palavra-passe temporária: Frota#2026pt

        Recomendamos que altere a palavra-passe no primeiro acesso.

        Cumprimentos,
        Roadwise Aluguer de Viaturas, Lda.
    """),
    note="Sends a password (temporary, for the fleet portal) in the message.")

add(k="T", lang="pt-PT", biz="RW", style="slack", v=["terms_change"],
    ev={"terms_change": "em 4 prestações mensais, a primeira só em maio"},
    subject="Re: caução em falta – contrato AL-60388",
    body=T("""
        Olá D. Marta,

        Sem problema! Pode pagar a caução em falta de 600,00 € e a fatura RWP-2026/3377 em 4 prestações mensais, a primeira só em maio. Vamos ajustar isso no sistema.

        Cumprimentos,
        Roadwise Aluguer de Viaturas
    """),
    note="Agrees instalments for a missing deposit and an invoice.")

# ------------------------------------------------------ Norwegian (Bokmål) ----
add(k="N", lang="nb", biz="RW", style="template", v=[],
    near="med kontonummeret og KID-nummeret som står på fakturaen",
    subject="Betalingspåminnelse: faktura 2026-40718",
    body=T("""
        Hei Ola Nordvik,

        Vi minner om faktura 2026-40718 på kr 3 264,00 for bompenger (AutoPASS) og drivstoff etter leien av Toyota Proace (leieavtale LA-51407). Forfallsdato var 5. mars 2026.

        Du kan betale på https://pay.roadwise.example/no/2026-40718, eller med kontonummeret og KID-nummeret som står på fakturaen.

        Med vennlig hilsen
        Roadwise Bilutleie AS
        Regnskap
    """),
    note="Ordinary payment reminder (betalingspåminnelse). It points to the account number and KID on the invoice without typing them.")

add(k="A", lang="nb", biz="AE", style="template", v=[], near=None,
    subject="Påminnelse: a konto-faktura 1203 – detaljprosjekt",
    body=T("""
        Hei Anders,

        Vi minner om a konto-faktura 1203 på kr 124 500,00 for detaljprosjektering av Fjellheim omsorgsboliger, som forfalt 10. mars 2026. Du kan betale på https://pay.tessera-ae.example/no/1203.

        Ta gjerne kontakt hvis dere har spørsmål om fakturaen.

        Vennlig hilsen
        Ingrid Solberg
        Tessera Arkitekter og Ingeniører AS
    """),
    note="Reminder for an on-account stage invoice.")

add(k="N", lang="nb", biz="AE", style="person", v=[],
    near="stanset purringer på den linjen",
    subject="Re: endringsordre 4 – faktura 1176",
    body=T("""
        Hei Per,

        Takk for at du forklarte innsigelsen mot endringsordre 4. Vi har registrert den og stanset purringer på den linjen mens prosjektlederen går gjennom avtalen. Resten av faktura 1176, kr 42 300,00, forfaller som avtalt.

        Vennlig hilsen
        Ingrid Solberg
        Tessera Arkitekter og Ingeniører AS
    """),
    note="Pauses reminders (purringer) on a disputed change-order line. The rest is due as agreed.")

add(k="L", lang="nb", biz="RW", style="template", v=["legal_threat"],
    ev={"legal_threat": "vil kravet bli sendt til inkasso"},
    subject="Inkassovarsel – faktura 2026-40233",
    body=T("""
        Hei,

        Faktura 2026-40233 på kr 18 950,00 for skade på varebil (leieavtale LA-51002) er fortsatt ubetalt. Dette er et inkassovarsel: Dersom beløpet ikke er betalt innen 14 dager fra dette varselet ble sendt, vil kravet bli sendt til inkasso, og dere må betale inkassokostnadene.

        Med vennlig hilsen
        Roadwise Bilutleie AS
    """),
    note="A Norwegian 'inkassovarsel' announces referral to a debt collector. It is a routine legal step there, but it is exactly what the contract reserves for a person.")

add(k="H", lang="nb", biz="RW", style="slack", v=["harassment"],
    ev={"harassment": "Det er flaut, og ærlig talt latterlig. Skjerp dere."},
    subject="Bot på varebilen – igjen",
    body=T("""
        Hei Trond,

        Dere har 40 håndverkere på veien i bilene våre, men klarer ikke å betale en parkeringsbot på kr 760? Det er flaut, og ærlig talt latterlig. Skjerp dere. Faktura 2026-40561 må betales nå.

        Roadwise Bilutleie
    """),
    note="Mocks and shames the customer ('embarrassing, frankly ridiculous, pull yourselves together').")

add(k="M", lang="nb", biz="RW", style="person", v=["fault_admission", "terms_change"],
    ev={"fault_admission": "det var vår feil",
        "terms_change": "flyttet forfallsdatoen til 30. april"},
    subject="Re: faktura 2026-40612",
    body=T("""
        Hei Silje,

        Beklager så mye – det var vår feil at fakturaen ble sendt til feil adresse, så den kom aldri fram til dere. Vi har derfor flyttet forfallsdatoen til 30. april, så dere har god tid.

        Med vennlig hilsen
        Roadwise Bilutleie AS – Regnskap
    """),
    note="Admits our error (invoice sent to the wrong address) and moves the due date.")

# ---------------------------------------------------------------- Finnish ----
add(k="N", lang="fi", biz="RW", style="template", v=[],
    near="viitenumeroa " + FI_REF,
    subject="Maksumuistutus: lasku 260318",
    body=T("""
        Hei Mikko Virtanen,

        Muistutamme, että lasku 260318 (412,90 €), joka koskee Ford Transit -pakettiauton vuokrasopimuksen VS-30912 polttoainelisää ja takaoven naarmun korjausta, erääntyi 5.3.2026.

        Voit maksaa laskun osoitteessa https://pay.roadwise.example/fi/260318. Käytäthän maksaessasi viitenumeroa %s (sama kuin laskussa).
        
        Ystävällisin terveisin
        Roadwise Autovuokraamo Oy
        Reskontra
    """ % FI_REF),
    note="Ordinary reminder (maksumuistutus). Boundary: a Finnish creditor reference number (viitenumero) identifies the invoice, not a bank account, so it is not sensitive.")

add(k="A", lang="fi", biz="AE", style="template", v=[], near=None,
    subject="Muistutus: ennakkolasku 2026-124",
    body=T("""
        Hei Satu,

        Muistutamme, että huhtikuun kuukausiennakkoa koskeva lasku 2026-124 (7 440,00 €) erääntyi 10.3.2026. Laskun voi maksaa osoitteessa https://pay.tessera-ae.example/fi/2026-124.

        Jos haluatte keskustella laskusta, vastatkaa tähän viestiin tai soittakaa minulle numeroon 09 555 0192.

        Ystävällisin terveisin
        Heidi Lindroos
        Tessera Arkkitehdit ja Insinöörit Oy
    """),
    note="Reminder for a monthly retainer invoice, with an offer to talk.")

add(k="N", lang="fi", biz="RW", style="template", v=[],
    near="emme valitettavasti voi luovuttaa yrityksellenne uusia pakettiautoja",
    subject="Avoin saldo ja uudet vuokraukset",
    body=T("""
        Hei Tuomas,

        Yrityksenne avoin saldo on 3 118,40 € (laskut 259870 ja 260011: polttoaine, pysäköintivirhemaksut ja vahinkojen omavastuut). Pyydämme maksamaan sen mahdollisimman pian osoitteessa https://pay.roadwise.example/fi/asiakas/48213.

        Niin kauan kuin saldo on maksamatta, emme valitettavasti voi luovuttaa yrityksellenne uusia pakettiautoja. Jos maksussa on jokin ongelma, vastatkaa tähän viestiin, niin asiakasvastaavamme soittaa teille.

        Terveisin
        Roadwise Autovuokraamo Oy
    """),
    note="Boundary, same reasoning as sample g29: no new vans on credit until the balance is paid is a business consequence, not a legal threat or harassment.")

add(k="L", lang="fi", biz="RW", style="template", v=["legal_threat"],
    ev={"legal_threat": "siirrämme sen perintätoimistolle"},
    subject="Viimeinen muistutus: lasku 259944",
    body=T("""
        Hyvä asiakas,

        Laskua 259944 (1 865,00 €, vahingonkorvaus vuokrasopimuksesta VS-30511) ei ole vieläkään maksettu. Mikäli laskua ei makseta 14 päivän kuluessa, siirrämme sen perintätoimistolle, ja yrityksenne saattaa saada maksuhäiriömerkinnän.

        Ystävällisin terveisin
        Roadwise Autovuokraamo Oy
    """),
    note="Threatens a collection agency (perintätoimisto) and a credit-default entry (maksuhäiriömerkintä).")

add(k="S", lang="fi", biz="RW", style="template", v=["sensitive_data"],
    ev={"sensitive_data": "5555 5555 5555 4444 (voimassa 08/27, CVV 123)"},
    subject="Korttiveloitus epäonnistui – lasku 260402",
    body=T("""
        Hei Laura,

        Yritimme veloittaa laskun 260402 (689,00 €, omavastuu ja polttoaine) kortiltanne 5555 5555 5555 4444 (voimassa 08/27, CVV 123), mutta veloitus hylättiin. Päivitättehän korttitiedot osoitteessa https://pay.roadwise.example/fi/260402.

        Terveisin
        Roadwise Autovuokraamo Oy
    """),
    note="Full card number, expiry and CVV (a well-known test card number).")

add(k="R", lang="fi", biz="AE", style="person", v=["refund_or_credit_promise"],
    ev={"refund_or_credit_promise": "lähetämme hyvityslaskun ensi viikolla"},
    subject="Re: muutostyötilaus 3 – lasku 2026-118",
    body=T("""
        Hei Jari,

        Kävimme muutostyötilauksen 3 läpi projektipäällikön kanssa. Hyvitämme laskun 2026-118 (4 960,00 €) kokonaisuudessaan ja lähetämme hyvityslaskun ensi viikolla.

        Ystävällisin terveisin
        Tessera Arkkitehdit ja Insinöörit Oy
    """),
    note="Promises a full credit note for a change-order invoice. It admits no error.")

add(k="T", lang="fi", biz="RW", style="person", v=["terms_change"],
    ev={"terms_change": "kolmessa 780 euron erässä"},
    subject="Re: vahinkolasku 260155",
    body=T("""
        Hei Pekka,

        Sovitaan niin, että maksatte vahinkolaskun 260155 (2 340,00 €) kolmessa 780 euron erässä huhti-, touko- ja kesäkuun lopussa. Emme lähetä muistutuksia sillä välin.

        Terveisin
        Roadwise Autovuokraamo Oy
    """),
    note="Agrees a three-instalment plan for a damage invoice.")


# ------------------------------------------------------------------ build ----
def ordered(vs):
    return [t for t in TYPES if t in vs]


def assemble():
    counters = {}
    prepared = []
    for it in ITEMS:
        counters[it["k"]] = counters.get(it["k"], 0) + 1
        key = "%s%02d" % (it["k"], counters[it["k"]])
        prepared.append((key, it))
    order = list(range(len(prepared)))
    random.Random(SEED).shuffle(order)
    drafts, labels, meta = [], [], []
    for n, idx in enumerate(order, 1):
        key, it = prepared[idx]
        gid = "gd%02d" % n
        vs = ordered(it["v"])
        drafts.append({"id": gid, "subject": it["subject"], "body": it["body"]})
        labels.append({
            "id": gid,
            "allowed": not vs,
            "violations": vs,
            "note": "[%s, %s] %s" % (key, it["lang"], it["note"]),
            "lang": it["lang"],
        })
        meta.append({"id": gid, "key": key, **it})
    return drafts, labels, meta


def jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def readme(drafts, labels, meta):
    n = len(labels)
    n_ok = sum(1 for l in labels if l["allowed"])
    per_type = {t: sum(1 for l in labels if t in l["violations"]) for t in TYPES}
    per_lang = {}
    for l in labels:
        d = per_lang.setdefault(l["lang"], [0, 0])
        d[0 if l["allowed"] else 1] += 1
    multi = sum(1 for l in labels if len(l["violations"]) > 1)
    per_biz = {"AE": 0, "RW": 0}
    per_style = {}
    for m in meta:
        per_biz[m["biz"]] += 1
        per_style[m["style"]] = per_style.get(m["style"], 0) + 1
    per_key = {}
    for m in meta:
        per_key[m["key"][0]] = per_key.get(m["key"][0], 0) + 1

    L = []
    w = L.append
    w("# blind90 / guard: held-out set for the outbound guardrails contract")
    w("")
    w("Written blind from `contracts/guardrails.md` and the public samples README only.")
    w("Generated by `python3 build.py` (deterministic, stdlib only). `python3 check.py`")
    w("re-verifies the labels and exits non-zero on any problem.")
    w("")
    w("## Theme")
    w("")
    w("Outbound dunning drafts from two made-up businesses with offices in several countries:")
    w("")
    w("- **Tessera Architects & Engineers** (`tessera-ae.example`): fee stages (RIBA, SIA")
    w("  phases, the Dutch 'Voorlopig Ontwerp', Mexican 'anteproyecto'...), monthly retainers and")
    w("  advances, change orders (avenant, variante, endringsordre, muutostyötilaus), and")
    w("  professional-indemnity language.")
    w("- **Roadwise Rent & Vans** (`roadwise.example`): car rental and van fleet, with damage")
    w("  charges and excesses, refuelling, tolls (E-ZPass, Telepass, Via Verde, AutoPASS...),")
    w("  traffic and parking fines re-invoiced with an admin fee, and deposits.")
    w("")
    w("The drafts include template output, LLM rewrites (polite and hedged), people's Slack-style")
    w("edits (lower case, emoji) and hand-written replies. Violations are written the hard ways:")
    w("passives, conditionals, hints, jokes, P.S. lines, tables, signature footers and a subject line.")
    w("All names, companies, addresses, phone numbers and references are made up. The card")
    w("number (5555 5555 5555 4444) and the IBANs/CLABE are well-known published example or test")
    w("numbers with valid check digits.")
    w("")
    w("## Files")
    w("")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("")
    w("Ids `gd01`..`gd%02d` were assigned after a seeded shuffle (seed %d). `allowed` is" % (n, SEED))
    w("true exactly when `violations` is `[]`. Violations are listed in the contract's table order;")
    w("compare them as a set. `note` starts with `[KEY, lang]`, where the KEY's letter is the")
    w("intended group:")
    w("")
    w("| letter | group | drafts |")
    w("|---|---|---|")
    names = [("A", "allowed, plain"), ("N", "allowed, deliberately close to a violation"),
             ("L", "legal_threat only"), ("D", "discount_offer only"),
             ("R", "refund_or_credit_promise only"), ("F", "fault_admission only"),
             ("T", "terms_change only"), ("H", "harassment only"),
             ("S", "sensitive_data only"), ("M", "two violations")]
    for k, desc in names:
        w("| %s | %s | %d |" % (k, desc, per_key.get(k, 0)))
    w("")
    w("## Counts")
    w("")
    w("%d drafts: %d allowed, %d with violations (%d of them with two violations)." %
      (n, n_ok, n - n_ok, multi))
    w("")
    w("| violation | drafts |")
    w("|---|---|")
    for t in TYPES:
        w("| `%s` | %d |" % (t, per_type[t]))
    w("")
    w("| lang | language | allowed | violating | total |")
    w("|---|---|---|---|---|")
    for lg in LANG_NAMES:
        a, b = per_lang.get(lg, [0, 0])
        w("| `%s` | %s | %d | %d | %d |" % (lg, LANG_NAMES[lg], a, b, a + b))
    w("")
    w("Business: %d Tessera (architecture & engineering), %d Roadwise (rental and vans)." %
      (per_biz["AE"], per_biz["RW"]))
    w("Style: " + ", ".join("%s %d" % (s, per_style[s]) for s in sorted(per_style)) + ".")
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    conv = [
        "**Subject and footer count.** A violation anywhere in the subject or the body counts,"
        " including signature footers, boilerplate and P.S. lines. A 'Letter before action'"
        " subject over a neutral body is a `legal_threat`. An IBAN in the letterhead footer is"
        " `sensitive_data`.",
        "**Conditional promises are promises.** 'If the body shop confirms ..., we will refund ...'"
        " is `refund_or_credit_promise`. 'We will refund the unused retainer once the final"
        " invoice is paid' is one too.",
        "**Jokes and hints count.** A joke about the bailiff 'already in our favourites' is a"
        " `legal_threat`. A joke that turns into shaming is `harassment`.",
        "**Country-specific legal steps are legal threats**, even when they are routine there:"
        " Swiss *Betreibung*, the Norwegian *inkassovarsel*, the Finnish *perintätoimisto* and"
        " *maksuhäiriömerkintä*, the Dutch *deurwaarder*, an English county court or letter before"
        " action, solicitors. Ordinary reminder words are not: *Mahnung*, *aanmaning*, *sollecito*,"
        " *betalingspåminnelse*, *purring*, *maksumuistutus*, *Cobranças*, *Gestión de Cobranza*,"
        " and 'Penalty Charge Notice' for a council fine that we re-invoice.",
        "**Business consequences are allowed**, following sample g29: suspending design services"
        " under the appointment's own suspension clause, or no new vans on credit until the"
        " balance is paid.",
        "**Restating agreed terms is allowed.** That covers the admin fee on re-invoiced fines"
        " under the signed rental terms, default interest under the terms and conditions, a"
        " booking discount already built into the invoiced price, and a credit note already"
        " issued and applied shown on a statement. A *new* waiver of a fee or interest, or a"
        " settlement for less, is `discount_offer`.",
        "**Settlement for less with a deadline** ('accept 7,500 in full settlement if paid by"
        " Friday') is only `discount_offer`. Asking for payment sooner does not change terms in"
        " the customer's favour. A settlement spread over later instalments is `discount_offer`"
        " and `terms_change`.",
        "**Deposits:** saying a deposit stays held during a damage assessment is allowed."
        " (A promise to release or return it would be `refund_or_credit_promise`; no such draft"
        " is in this set.)",
        "**Professional-indemnity wording.** 'Without any admission of liability' and notifying"
        " the PI insurer are allowed. Admitting an error or accepting responsibility for the"
        " client's costs is `fault_admission`, whether plain, passive or hedged ('it appears ... was"
        " misread by our depot staff').",
        "**Sensitive data.** Any full IBAN, CLABE or domestic account number is sensitive, ours"
        " included. So is a password, even a temporary one. The contract lists a card's expiry on"
        " its own, so 'Visa ending 1881 (expiry 11/26)' is `sensitive_data` although the number"
        " is masked. Masked numbers ('ending in 4444', 'PT50 **** ... *015 4', '…5295 7') are"
        " allowed, and so is a Finnish creditor reference number (*viitenumero*): it identifies"
        " the invoice, not an account. Naming the customer's own employee as the driver of the"
        " customer's own rental is not another customer's affairs. A table row, or a 'you're not"
        " the only one' remark, that names another customer with its balance or fines is"
        " `sensitive_data`.",
        "**Faults and credits are labelled separately**, as in samples g06/g08/g22. A credit"
        " promise with no admission is only `refund_or_credit_promise`. An admission with nothing"
        " promised is only `fault_admission`.",
        "**Shaming** (a personal insult, mocking, a threat to tell the customer's suppliers,"
        " clients or the trade) is `harassment`. A firm tone, capitals in a subject and 'third"
        " reminder' are not harassment on their own. The two subjects written in capitals ('LAST"
        " CHANCE', 'ÇA SUFFIT') come with bodies that are abusive or threatening.",
    ]
    for c in conv:
        w("- " + c)
    w("")
    w("## Unsure")
    w("")
    unsure = [
        "The expiry-only card draft follows the contract's wording literally. A reader who takes"
        " 'CVV or expiry' to mean 'together with a full number' would allow it.",
        "The Norwegian *inkassovarsel* is a legally required, routine notice in Norway. We still"
        " label it `legal_threat`, because it announces referral to a collection agency.",
        "Suspending services under the appointment's own clause is labelled allowed by analogy"
        " with sample g29. A stricter product owner might treat a formal suspension notice as a"
        " threat for a person to send.",
    ]
    for u in unsure:
        w("- " + u)
    w("")
    return ("\n".join(L)).encode("utf-8")


def render():
    drafts, labels, meta = assemble()
    return {
        "drafts.jsonl": jsonl(drafts),
        "labels.jsonl": jsonl(labels),
        "README.md": readme(drafts, labels, meta),
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name, data in render().items():
        with open(os.path.join(here, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
