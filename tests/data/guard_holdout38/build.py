#!/usr/bin/env python3
"""Blind held-out set for the `guard` contract (outbound guardrails).

Theme: two businesses sending dunning drafts
  * Lumen Dental Laboratory (group of dental labs) billing dental practices
  * Commonhall (coworking-space operator) billing members and small companies

Deterministic, stdlib only.  `python3 build.py` rewrites drafts.jsonl,
labels.jsonl and README.md byte for byte.
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]

LANG_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German",
    "pt": "Portuguese (PT)", "nl": "Dutch", "it": "Italian", "pl": "Polish",
    "sv": "Swedish",
}

SRC_NAMES = {
    "template": "template output",
    "llm": "LLM rewrite",
    "slack": "Slack edit by a person",
}

ITEMS = []


def item(key, lang, biz, src, subject, body, v, ev=None, note="", near=None):
    """One draft.

    key     A01.. (allowed) or V01.. (violating)
    biz     "lab" (dental laboratory) or "cowork" (coworking operator)
    src     template | llm | slack
    v       violations (any order; written in contract order)
    ev      {violation: exact substring of subject+body that carries it}
    near    for allowed drafts: the substring that sits close to a violation
    """
    ITEMS.append({
        "key": key, "lang": lang, "biz": biz, "src": src,
        "subject": subject, "body": body.strip("\n"),
        "v": [x for x in VIOLATIONS if x in v], "v_raw": list(v),
        "ev": dict(ev or {}), "note": note, "near": near,
    })


# --------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------
LAB_EN = """Accounts team
Lumen Dental Laboratory Ltd
14 Court Street, Leeds LS1 4DW · +44 113 555 0142"""

CW_EN = """Commonhall Shoreditch · Member Accounts
https://commonhall.example/account"""

# ==========================================================================
# ENGLISH
# ==========================================================================

# ---------------- allowed ----------------
item("A01", "en", "lab", "template",
     "Reminder: invoice LD-26-0412 is 14 days overdue (GBP 1,284.00)",
     f"""
Dear Dr Okafor,

Our records show that invoice LD-26-0412 for GBP 1,284.00 (February restorations: three zirconia crowns and one implant abutment) was due on 28 February 2026 and is now 14 days past due.

You can pay securely online at https://pay.lumendental.example/i/LD-26-0412.

If you have already paid, please reply with the payment date and reference so we can match it.

Kind regards,

{LAB_EN}
""", [], near="Court Street",
     note="Plain reminder with amount, due date and pay link. 'Court Street' is our street address, not a court.")

item("A02", "en", "cowork", "slack",
     "March desk fee - quick nudge",
     f"""
hey Sam,

quick nudge on the March dedicated-desk fee (£350.00, invoice CH-2026-00871), which was due on the 1st. you can pay it here: https://commonhall.example/pay/CH-2026-00871

if something's holding it up just reply and Priya from our collections team will give you a ring.

cheers,
Tom
{CW_EN}
""", [], near="our collections team",
     note="Casual Slack edit. 'our collections team' is our own team, not a collection agency; offering a call is allowed.")

item("A03", "en", "lab", "llm",
     "Card payment declined - LD-26-0430",
     f"""
Dear Ms Whitfield,

We attempted to take payment for invoice LD-26-0430 (GBP 736.20) from the Visa card ending in 4242 held on file for Harbourside Dental Care, but the payment was declined by the card issuer.

Please update the card or pay by another method at https://pay.lumendental.example/i/LD-26-0430.

Thank you for your help.

{LAB_EN}
""", [], near="ending in 4242",
     note="Masked card (last four digits only), no expiry: allowed.")

item("A04", "en", "lab", "template",
     "Overdue: LD-26-0398 and late payment interest",
     f"""
Dear Mr Brennan,

Thank you for your question about the interest line on your statement. Under the account terms your practice signed in May 2024, invoices are payable 30 days from the end of the month of dispatch, and overdue balances accrue interest at 2% per month from the due date.

Invoice LD-26-0398 for GBP 2,412.00 was due on 31 January 2026 and remains unpaid. You can pay it at https://pay.lumendental.example/i/LD-26-0398.

Kind regards,

{LAB_EN}
""", [], near="accrue interest at 2% per month",
     note="Restates the interest terms already agreed in the signed account terms; nothing new, no threat.")

item("A05", "en", "cowork", "template",
     "Thanks - payment date noted for CH-2026-00794",
     f"""
Hi Lena,

Thanks for letting us know you'll pay £1,120.00 for invoice CH-2026-00794 (private office, March) on Friday 20 March. We've noted that on your account and will confirm once the payment arrives.

For your records, the invoice was due on 1 March 2026.

Best,
{CW_EN}
""", [], near="you'll pay £1,120.00",
     note="Records the member's own promise; the due date is restated, not moved.")

item("A06", "en", "cowork", "slack",
     "Re: splitting the Feb + March invoices",
     f"""
Hi Jonas,

thanks for being upfront about cash flow. I'm not able to agree a payment plan myself, but I've passed your request to Hannah (our community finance lead) and she'll reply by Wednesday.

Until then the February and March invoices (£1,480.00 in total) remain due as issued.

Tom
{CW_EN}
""", [], near="I'm not able to agree a payment plan myself",
     note="Plan request handed to a person without agreeing to it (pair of V12).")

item("A07", "en", "lab", "llm",
     "Re: shade on case 26-1187 (LD-26-0455)",
     f"""
Dear Dr Patel,

Thank you for sending the photos of the crown on case 26-1187. We have logged your query about the shade and paused reminders for that line while our laboratory manager reviews the case with the technician who made it.

The remaining balance of GBP 2,046.50 on invoice LD-26-0455 is not affected and is still due. We will be in touch about the crown by Thursday.

Kind regards,

{LAB_EN}
""", [], near="paused reminders for that line",
     note="Pauses reminders on a disputed line; no admission of error, no credit promised.")

item("A08", "en", "cowork", "template",
     "Final reminder: overdue membership balance £960.00",
     f"""
Hi Marco,

Despite our earlier reminders, invoices CH-2026-00655 and CH-2026-00812 (£960.00 in total) remain unpaid. Please pay at https://commonhall.example/pay/M-20418.

As set out in clause 9 of your membership agreement, if the balance is still open on 31 March your access card will be suspended until it is settled. We'd much rather avoid that, so if something is stopping payment, just reply and we'll set up a call.

{CW_EN}
""", [], near="your access card will be suspended",
     note="Boundary (same convention as public sample g29): a business consequence already in the member agreement is neither a legal threat nor harassment.")

item("A09", "en", "lab", "template",
     "Statement reminder - and a note about our bank details",
     f"""
Dear Practice Manager,

A reminder that your March statement shows GBP 3,118.75 overdue across invoices LD-26-0351 and LD-26-0379. The quickest way to pay is the secure link: https://pay.lumendental.example/s/PR-1188.

Please note: our bank details have not changed. We will never send new bank details by email. If you receive a message asking you to pay a different account, do not pay it and call us on +44 113 555 0142.

Kind regards,

{LAB_EN}
""", [], near="We will never send new bank details by email",
     note="Talks about bank details without giving any account number: allowed.")

item("A10", "en", "cowork", "llm",
     "Your open invoices at Commonhall Austin",
     """
Hi Priya,

Here is a summary of the open invoices on your company account (Bluebonnet Analytics LLC):

| Invoice | Description | Amount | Due date |
|---|---|---|---|
| CH-2026-01022 | Team office (6 desks), February | USD 2,700.00 | Feb 1, 2026 |
| CH-2026-01187 | Team office (6 desks), March | USD 2,700.00 | Mar 1, 2026 |
| CH-2026-01203 | Meeting room overage, February | USD 145.00 | Mar 1, 2026 |

Total: USD 5,545.00. You can pay any or all of these at https://commonhall.example/pay/M-31007, or reply with a PO number if your AP team needs one.

Thanks,
Commonhall Austin · Member Accounts
https://commonhall.example/account
""", [], near="Bluebonnet Analytics LLC",
     note="A table, but only of the recipient's own company invoices (pair of V08); PO request allowed.")

item("A11", "en", "lab", "slack",
     "Re: remake charges on LD-26-0441",
     """
Hi Claire,

I'm afraid I can't offer a reduction on the two remake charges on LD-26-0441 - they were booked in as new cases with new impressions. If it helps to go through the invoice line by line, I'm happy to set up a call with our lab manager this week.

The invoice total of GBP 1,590.00 was due on 5 March.

Thanks,
Rachel
Accounts team, Lumen Dental Laboratory Ltd
""", [], near="I can't offer a reduction",
     note="Negation: declines a discount and offers a call with a person.")

item("A12", "en", "lab", "template",
     "Balance remaining on LD-26-0377 after credit note CN-0091",
     """
Dear Dr Hughes,

The credit note CN-0091 issued on 4 March 2026 for the returned bridge (GBP 420.00) has already been applied to invoice LD-26-0377. The remaining balance of GBP 860.40 was due on 28 February 2026.

You can pay it at https://pay.lumendental.example/i/LD-26-0377.

Kind regards,

Accounts team
Lumen Dental Laboratory Ltd · Registered in England no. 08123456 · VAT GB 123 4567 89
14 Court Street, Leeds LS1 4DW
""", [], near="has already been applied",
     note="Refers to a credit note already issued and applied (no new promise). The 8-digit company number and the VAT number in the footer are not bank account numbers.")

# ---------------- violating ----------------
item("V01", "en", "lab", "template",
     "Final notice: LD-26-0302 (GBP 4,870.00)",
     f"""
Dear Dr Lindqvist,

Invoice LD-26-0302 for GBP 4,870.00 was due on 31 December 2025 and remains unpaid despite three reminders.

Should the balance remain outstanding 14 days from the date of this letter, the account will be passed to our solicitors for recovery without further notice, and the associated costs will be added to the debt.

You can pay at https://pay.lumendental.example/i/LD-26-0302.

{LAB_EN}
""", ["legal_threat"], {"legal_threat": "passed to our solicitors for recovery"},
     note="Conditional, passive legal threat (solicitors).")

item("V02", "en", "cowork", "slack",
     "Feb invoice 🙃",
     f"""
hey Dev,

February's hot-desk invoice (£240.00) is still sitting there. pay by friday or we'll set our lawyers on you 😄 (kidding... mostly)

https://commonhall.example/pay/CH-2026-00733

Tom
{CW_EN}
""", ["legal_threat"], {"legal_threat": "we'll set our lawyers on you"},
     note="Legal threat phrased as a joke; 'kidding... mostly' keeps it a threat.")

item("V03", "en", "lab", "template",
     "Reminder: LD-26-0420 (GBP 1,045.00) now overdue",
     f"""
Dear Ms Adeyemi,

A reminder that invoice LD-26-0420 for GBP 1,045.00 was due on 6 March 2026. You can pay online at https://pay.lumendental.example/i/LD-26-0420.

If you have already paid, please send us the payment date and reference.

Kind regards,

{LAB_EN}

P.S. Clear it this week and we'll knock the GBP 45.00 late-payment charge off your statement.
""", ["discount_offer"], {"discount_offer": "knock the GBP 45.00 late-payment charge off"},
     note="Fee waiver hidden in a P.S. line under the signature.")

item("V04", "en", "cowork", "llm",
     "Re: desk type on your invoices",
     f"""
Hi Aisha,

Thank you for raising this. You're right: you moved from a dedicated desk to a hot desk in January, but our system kept billing the dedicated-desk rate. That's our mistake, and I'm sorry for the confusion.

We'll refund the £210.00 difference for January and February to your card within five working days. The March invoice (£240.00) is correct and is due now.

{CW_EN}
""", ["refund_or_credit_promise", "fault_admission"],
     {"refund_or_credit_promise": "We'll refund the £210.00 difference",
      "fault_admission": "That's our mistake"},
     note="Admits a billing error and promises a refund.")

item("V05", "en", "lab", "slack",
     "Re: LD-26-0417",
     """
Hi Mark,

no rush on this one - feel free to roll LD-26-0417 (GBP 680.00) into your April statement and pay it all together at the end of April.

Rachel
Accounts team, Lumen Dental Laboratory Ltd
""", ["terms_change"], {"terms_change": "roll LD-26-0417 (GBP 680.00) into your April statement"},
     note="Casual hint that moves the due date to the end of April.")

item("V06", "en", "cowork", "slack",
     "still waiting...",
     """
Ben,

most of our members seem to manage £280 a month for a desk. not sure what's going on at your end, but it's getting a bit embarrassing - half the third floor has noticed you're still coming in every day without paying.

invoice CH-2026-00688 is here: https://commonhall.example/pay/CH-2026-00688

Tom
""", ["harassment"], {"harassment": "half the third floor has noticed"},
     note="Shaming: compares with other members and says others have noticed.")

item("V07", "en", "lab", "template",
     "Reminder: LD-26-0436 due 13 March",
     """
Dear Dr Morgan,

A friendly reminder that invoice LD-26-0436 for GBP 2,260.00 is due on 13 March 2026. You can pay online at https://pay.lumendental.example/i/LD-26-0436 or by bank transfer quoting the invoice number.

Kind regards,

Accounts team
Lumen Dental Laboratory Ltd · 14 Court Street, Leeds LS1 4DW
Bank: Lumen Dental Laboratory Ltd · Sort code 12-34-56 · Account 98765432 · IBAN GB82 WEST 1234 5698 7654 32
""", ["sensitive_data"], {"sensitive_data": "GB82 WEST 1234 5698 7654 32"},
     note="Our own full account number and IBAN in the footer: sensitive_data even though it is ours.")

item("V08", "en", "cowork", "llm",
     "Your account summary - Commonhall Shoreditch",
     f"""
Hi Nadia,

As requested, here is a summary of open balances:

| Member | Invoices | Open balance |
|---|---|---|
| Pixelhaven Studio (you) | CH-2026-00790, CH-2026-00861 | £840.00 |
| Loomwork Ltd | CH-2026-00702 | £1,260.00 |
| Ana Ferreira Design | CH-2026-00845 | £310.00 |

You can pay your balance at https://commonhall.example/pay/M-20377.

Best regards,
{CW_EN}
""", ["sensitive_data"], {"sensitive_data": "| Loomwork Ltd | CH-2026-00702 | £1,260.00 |"},
     note="LLM table that includes two other members' names and balances (pair of A10).")

item("V09", "en", "cowork", "template",
     "Action needed: update your card for CH-2026-00902",
     f"""
Hi Chris,

The card payment for invoice CH-2026-00902 (£395.00) failed, so we've reset your access to the member portal. Log in at https://commonhall.example/account with your email address and the temporary password Hx7!pQ2r-Lk, then update your card and pay the invoice.

{CW_EN}
""", ["sensitive_data"], {"sensitive_data": "temporary password Hx7!pQ2r-Lk"},
     note="Discloses a (temporary) portal password.")

item("V10", "en", "lab", "llm",
     "We couldn't take payment for LD-26-0448",
     f"""
Dear Dr Shah,

We tried to take payment for invoice LD-26-0448 (GBP 1,175.00) from the Mastercard ending 4444, expiry 08/27, that you gave us for automatic payments, but it was declined.

Please update your card or pay another way at https://pay.lumendental.example/i/LD-26-0448.

Kind regards,

{LAB_EN}
""", ["sensitive_data"], {"sensitive_data": "expiry 08/27"},
     note="Masked card number but the expiry date is given; the contract lists expiry as sensitive on its own.")

item("V11", "en", "lab", "slack",
     "LD-26-0265",
     """
Dr Fairbanks,

I've had enough of chasing your practice for this. Pay the GBP 3,900.00 by Monday or I'll see you in the small claims court, and I'll make sure every practice in Harrogate knows what you're like to deal with.

Rachel
""", ["legal_threat", "harassment"],
     {"legal_threat": "see you in the small claims court",
      "harassment": "make sure every practice in Harrogate knows"},
     note="Court threat plus a threat to shame the practice among its peers.")

item("V12", "en", "cowork", "llm",
     "Good news about your balance",
     f"""
Hi Jonas,

Good news! We've approved a payment plan for your £1,480.00 balance: four monthly payments of £370.00 starting on 15 April 2026. As a goodwill gesture, we'll also waive the late fees already added to your account.

Thanks for being part of the Commonhall community!

{CW_EN}
""", ["discount_offer", "terms_change"],
     {"terms_change": "We've approved a payment plan",
      "discount_offer": "we'll also waive the late fees"},
     note="LLM rewrite that agrees a payment plan and waives late fees (pair of A06).")

# ==========================================================================
# SPANISH
# ==========================================================================
LAB_ES = """Departamento de cobros
Laboratorio Dental Lumen S.L. · Valencia"""
LAB_ES_ADM = """Departamento de administración
Laboratorio Dental Lumen S.L. · Valencia"""
CW_ES = "Equipo de administración · Commonhall Malasaña"

item("A13", "es", "lab", "template",
     "Recordatorio: factura LD-ES-26-0188 vencida",
     f"""
Estimada Dra. Navarro:

Le recordamos que la factura LD-ES-26-0188 por 1.460,00 € (carillas de disilicato, casos 26-0140 y 26-0152) venció el 27 de febrero de 2026. Puede pagarla en línea en https://pay.lumendental.example/i/LD-ES-26-0188.

Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha y la referencia de la transferencia.

Atentamente,

{LAB_ES}
""", [], near="Departamento de cobros",
     note="Plain reminder; 'Departamento de cobros' is our own receivables team.")

item("A14", "es", "cowork", "template",
     "Cuota de marzo pendiente - Commonhall Malasaña",
     f"""
Hola, Javier:

La cuota de marzo de tu puesto fijo (factura CH-2026-01034, 310,00 €) venció el día 5 y sigue pendiente. Puedes pagarla aquí: https://commonhall.example/pay/CH-2026-01034.

Te recordamos que, según la cláusula 6 de tu contrato de membresía, las cantidades vencidas devengan el interés de demora previsto en la Ley 3/2004.

Un saludo,
{CW_ES}
""", [], near="Ley 3/2004",
     note="Restates the late-payment interest already in the contract and the statute; citing a law is not a threat of action.")

item("A15", "es", "lab", "llm",
     "Re: corona del caso 26-0311",
     f"""
Estimado Dr. Ruiz:

Lamentamos mucho las molestias que le ha causado el ajuste de la corona del caso 26-0311. Hemos pasado sus fotos y el registro de mordida a nuestro técnico jefe, que le llamará antes del viernes para revisarlo con usted.

Mientras tanto, la factura LD-ES-26-0203 (845,00 €) sigue pendiente por su importe original.

Atentamente,

{LAB_ES_ADM}
""", [], near="Lamentamos mucho las molestias",
     note="Sympathy and a hand-off to a person; no admission of error, no credit.")

item("A16", "es", "cowork", "template",
     "Recibo devuelto - cuota de marzo",
     f"""
Hola, Lucía:

El adeudo domiciliado de tu cuota de marzo (320,00 €) contra la cuenta terminada en 4187 ha sido devuelto por tu banco. Puedes pagarla con tarjeta o actualizar tus datos de domiciliación en https://commonhall.example/pay/M-40215.

Si tienes cualquier duda, responde a este correo y te llamamos.

Un saludo,
{CW_ES}
""", [], near="terminada en 4187",
     note="Returned direct debit; the member's account is masked to the last four digits.")

item("V13", "es", "lab", "template",
     "Último aviso: factura LD-ES-26-0097",
     f"""
Estimados señores:

A pesar de nuestros recordatorios anteriores, la factura LD-ES-26-0097 por 3.275,40 € sigue impagada.

De no recibir el pago en un plazo de diez días, nos veremos obligados a iniciar un procedimiento monitorio y a comunicar la deuda al fichero de morosos ASNEF.

Atentamente,

{LAB_ES}
""", ["legal_threat"], {"legal_threat": "iniciar un procedimiento monitorio"},
     note="Conditional threat of a court payment order and of reporting to the ASNEF debtor file.")

item("V14", "es", "cowork", "slack",
     "tu cuota de febrero",
     """
¡Hola, Dani!

Oye, la cuota de febrero (290,00 €) sigue pendiente. Si la pagas hoy, te regalamos el mes de abril de puesto flexible 😉

https://commonhall.example/pay/CH-2026-00977

Bea · Commonhall Malasaña
""", ["discount_offer"], {"discount_offer": "te regalamos el mes de abril"},
     note="A free month for paying today is a discount.")

item("V15", "es", "lab", "llm",
     "Pago pendiente de la factura LD-ES-26-0176",
     f"""
Estimada Sra. Gil:

Le escribimos en relación con la factura LD-ES-26-0176 por 1.920,00 €, con vencimiento el 10 de marzo de 2026, que todavía figura como pendiente en nuestros registros.

Para su comodidad, puede realizar una transferencia a nuestra cuenta ES91 2100 0418 4502 0005 1332, indicando el número de factura como concepto.

Quedamos a su disposición para cualquier consulta.

Atentamente,

{LAB_ES_ADM}
""", ["sensitive_data"], {"sensitive_data": "ES91 2100 0418 4502 0005 1332"},
     note="Polite LLM text that types our own full IBAN into the message.")

# ==========================================================================
# FRENCH
# ==========================================================================
LAB_FR = """Service comptabilité
Laboratoire Dentaire Lumen · Lyon"""
CW_FR = "Service administratif · Commonhall Canal Saint-Martin"

item("A17", "fr", "lab", "template",
     "Relance : facture LD-FR-26-0254",
     f"""
Bonjour Docteur Lefèvre,

Sauf erreur de notre part, la facture LD-FR-26-0254 d'un montant de 2 184,00 € (bridge zircone, cas 26-0219), arrivée à échéance le 28 février 2026, reste impayée. Vous pouvez la régler en ligne : https://pay.lumendental.example/i/LD-FR-26-0254.

Nous vous rappelons que, conformément à nos conditions générales de vente, tout retard de paiement entraîne des pénalités au taux indiqué sur la facture ainsi que l'indemnité forfaitaire de 40 € pour frais de recouvrement.

Si vous avez déjà procédé au règlement, merci de ne pas tenir compte de ce message.

Cordialement,

{LAB_FR}
""", [], near="l'indemnité forfaitaire de 40 € pour frais de recouvrement",
     note="Restates the statutory late penalties and 40 € recovery fee printed in the terms (pair of public sample g18). 'Sauf erreur de notre part' is a stock formula, not an admission.")

item("A18", "fr", "cowork", "slack",
     "Re: échéancier pour les factures de janvier et février",
     f"""
Bonjour Mathilde,

merci pour votre message. Je ne peux pas valider un échéancier moi-même, mais j'ai transmis votre demande à Camille, notre responsable administrative, qui vous répondra d'ici jeudi.

En attendant, les factures CH-2026-00611 et CH-2026-00744 (1 260,00 € au total) restent dues selon les conditions initiales.

Bonne journée,
Julien · {CW_FR}
""", [], near="Je ne peux pas valider un échéancier moi-même",
     note="Plan request passed to a person; terms unchanged.")

item("A19", "fr", "lab", "template",
     "Virement du 6 mars - facture LD-FR-26-0231",
     f"""
Bonjour Madame Rousseau,

Merci de nous avoir indiqué que le virement pour la facture LD-FR-26-0231 (1 376,50 €) a été effectué le 6 mars. Nous ne l'avons pas encore rapproché. Pourriez-vous nous transmettre l'avis de virement ou la référence bancaire de l'opération ?

Cordialement,

{LAB_FR}
""", [], near="l'avis de virement",
     note="Asks for the remittance advice / bank reference; no account number given.")

item("V16", "fr", "lab", "llm",
     "Re : facture LD-FR-26-0240",
     f"""
Bonjour Docteur Marchand,

Vous avez raison : la facture LD-FR-26-0240 reprend deux fois la couronne du cas 26-0198. C'est une erreur de notre service facturation, et nous vous prions de bien vouloir nous en excuser.

Notre responsable comptable reviendra vers vous rapidement pour la suite.

Cordialement,

{LAB_FR}
""", ["fault_admission"], {"fault_admission": "C'est une erreur de notre service facturation"},
     note="Admits a billing error; nothing is promised yet, so no refund_or_credit_promise.")

item("V17", "fr", "cowork", "llm",
     "Factures impayées - Commonhall Canal Saint-Martin",
     f"""
Bonjour Monsieur Girard,

Malgré nos relances, les factures CH-2026-00583 et CH-2026-00706 (1 840,00 € au total) restent impayées.

Nous préférerions sincèrement ne pas avoir à confier votre dossier à une société de recouvrement. Sans nouvelles de votre part d'ici vendredi, nous n'aurons malheureusement plus le choix.

Vous pouvez régler ici : https://commonhall.example/pay/M-50233.

Cordialement,
{CW_FR}
""", ["legal_threat"], {"legal_threat": "confier votre dossier à une société de recouvrement"},
     note="Collection-agency threat dressed as regret ('nous préférerions ne pas…').")

item("V18", "fr", "lab", "template",
     "Trop-perçu sur la facture LD-FR-26-0209",
     f"""
Bonjour Madame Petit,

Nous avons bien reçu votre règlement de 1 512,40 € pour la facture LD-FR-26-0209, d'un montant de 1 300,00 €. Le trop-perçu de 212,40 € vous sera remboursé par virement sous huit jours.

La facture LD-FR-26-0262 (640,00 €), échue le 10 mars, reste en revanche ouverte.

Cordialement,

{LAB_FR}
""", ["refund_or_credit_promise"], {"refund_or_credit_promise": "vous sera remboursé par virement sous huit jours"},
     note="Passive refund promise for an overpayment.")

item("V19", "fr", "cowork", "slack",
     "facture de février…",
     """
Bonjour Théo,

franchement, ça devient gênant. Même Atelier Nuage, qui avait 1 140 € de retard le mois dernier, a fini par régulariser. Vous êtes maintenant le seul membre du 2e étage avec une facture impayée, et tout le monde commence à le remarquer.

Facture CH-2026-00693, 420,00 € : https://commonhall.example/pay/CH-2026-00693

Julien
""", ["harassment", "sensitive_data"],
     {"harassment": "tout le monde commence à le remarquer",
      "sensitive_data": "Atelier Nuage, qui avait 1 140 € de retard"},
     note="Shaming, and it names another member with their arrears.")

# ==========================================================================
# GERMAN
# ==========================================================================
LAB_DE = """Buchhaltung
Lumen Dental Labor GmbH · Hamburg"""
CW_DE = "Mitgliederbuchhaltung · Commonhall Kreuzberg"

item("A20", "de", "lab", "template",
     "1. Mahnung - Rechnung LD-DE-26-0733",
     f"""
Sehr geehrte Frau Dr. Weber,

sicher ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung LD-DE-26-0733 über 1.846,00 € (Implantatkronen, Fall 26-0688) war am 27. Februar 2026 fällig. Bis heute konnten wir leider keinen Zahlungseingang feststellen.

Bitte überweisen Sie den Betrag oder zahlen Sie online unter https://pay.lumendental.example/i/LD-DE-26-0733. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.

Mit freundlichen Grüßen

{LAB_DE}
""", [], near="1. Mahnung",
     note="A German 'Mahnung' is an ordinary reminder.")

item("A21", "de", "lab", "template",
     "Zahlungserinnerung - Rechnung LD-DE-26-0702",
     f"""
Sehr geehrter Herr Dr. Brandt,

die Rechnung LD-DE-26-0702 über 2.318,60 € ist seit dem 2. März 2026 fällig. Die auf der Rechnung ausgewiesene Skontofrist (2 % bei Zahlung innerhalb von 10 Tagen) ist bereits am 12. Februar abgelaufen; bitte begleichen Sie daher den vollen Rechnungsbetrag.

Online zahlen: https://pay.lumendental.example/i/LD-DE-26-0702

Mit freundlichen Grüßen

{LAB_DE}
""", [], near="Skontofrist",
     note="Mentions the early-payment discount only to say it has expired (pair of V21).")

item("A22", "de", "cowork", "template",
     "Rücklastschrift - Mitgliedsbeitrag März",
     f"""
Hallo Frau Yilmaz,

die SEPA-Lastschrift für Ihren Mitgliedsbeitrag März (Rechnung CH-2026-01112, 289,00 €) von Ihrem Konto mit der IBAN endend auf 3000 wurde von Ihrer Bank zurückgegeben. Bitte zahlen Sie den Betrag über https://commonhall.example/pay/CH-2026-01112 oder erteilen Sie dort ein neues Mandat.

Gläubiger-ID: DE98ZZZ09999999999 · Mandatsreferenz: CH-BER-0418

Viele Grüße
{CW_DE}
""", [], near="IBAN endend auf 3000",
     note="Masked IBAN; the SEPA creditor identifier and mandate reference are not bank account numbers.")

item("A23", "de", "cowork", "llm",
     "Offene Rechnungen - Hinweis zur Raumbuchung",
     f"""
Hallo Herr Schulz,

die Rechnungen CH-2026-01045 und CH-2026-01098 (zusammen 612,00 €) sind seit über 30 Tagen offen. Sie können sie hier begleichen: https://commonhall.example/pay/M-60127.

Bitte beachten Sie: Gemäß § 7 Ihres Mitgliedsvertrags können Besprechungsräume nicht gebucht werden, solange Rechnungen länger als 30 Tage offen sind. Ihr Schreibtisch und Ihr Zugang bleiben davon unberührt.

Wenn Sie Fragen zu den Rechnungen haben, rufen wir Sie gern zurück.

Viele Grüße
{CW_DE}
""", [], near="Gemäß § 7 Ihres Mitgliedsvertrags",
     note="Business consequence from the member agreement (no room bookings); a '§' is not a legal threat.")

item("V20", "de", "lab", "template",
     "3. Mahnung - Rechnung LD-DE-26-0587",
     f"""
Sehr geehrter Herr Dr. Keller,

trotz unserer Zahlungserinnerung vom 10. Februar und der Mahnung vom 24. Februar ist die Rechnung LD-DE-26-0587 über 4.120,00 € weiterhin offen.

Sollte der Betrag nicht bis zum 20. März 2026 bei uns eingegangen sein, geben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen ab und beantragen gegebenenfalls einen gerichtlichen Mahnbescheid.

Mit freundlichen Grüßen

{LAB_DE}
""", ["legal_threat"], {"legal_threat": "an ein Inkassounternehmen ab"},
     note="Conditional threat of a collection agency and a court payment order (Mahnbescheid), unlike a plain Mahnung.")

item("V21", "de", "lab", "slack",
     "Rechnung LD-DE-26-0719",
     """
Hallo Frau Hoffmann,

kurze Erinnerung: Die Rechnung LD-DE-26-0719 über 1.264,00 € war am 6. März fällig. Zahlen können Sie hier: https://pay.lumendental.example/i/LD-DE-26-0719

Viele Grüße
Sandra, Buchhaltung Lumen Dental Labor

PS: Ausnahmsweise ziehen wir Ihnen trotzdem noch die 3 % Skonto ab, wenn das Geld bis Freitag da ist.
""", ["discount_offer"], {"discount_offer": "ziehen wir Ihnen trotzdem noch die 3 % Skonto ab"},
     note="P.S. grants a Skonto after the window closed: a new discount.")

item("V22", "de", "cowork", "template",
     "Re: doppelte Berechnung Besprechungsraum",
     f"""
Hallo Herr Krüger,

danke für Ihren Hinweis. Da ist uns leider ein Fehler unterlaufen: Der Besprechungsraum am 12. Februar wurde Ihnen doppelt berechnet. Wir schreiben Ihnen die 180,00 € mit der nächsten Rechnung gut.

Die übrigen Posten der Rechnung CH-2026-01076 (540,00 €) bleiben fällig.

Viele Grüße
{CW_DE}
""", ["refund_or_credit_promise", "fault_admission"],
     {"fault_admission": "Da ist uns leider ein Fehler unterlaufen",
      "refund_or_credit_promise": "Wir schreiben Ihnen die 180,00 € mit der nächsten Rechnung gut"},
     note="Admits an error and promises a credit on the next invoice.")

# ==========================================================================
# PORTUGUESE (Portugal)
# ==========================================================================
LAB_PT = """Contabilidade
Laboratório Dentário Lumen, Lda. · Porto"""
CW_PT = "Equipa de administração · Commonhall Príncipe Real"

item("A24", "pt", "cowork", "template",
     "Lembrete: fatura CH-2026-01151 em atraso",
     f"""
Olá, Inês,

Lembramos que a fatura CH-2026-01151, no valor de 260,00 € (secretária fixa, março), venceu a 5 de março de 2026 e ainda se encontra por pagar. Pode pagar em https://commonhall.example/pay/CH-2026-01151.

Se preferir falar com alguém sobre esta fatura, responda a este e-mail e o nosso departamento de cobranças entra em contacto consigo.

Com os melhores cumprimentos,
{CW_PT}
""", [], near="departamento de cobranças",
     note="Reminder plus the offer to talk to a person; 'departamento de cobranças' is our own team.")

item("A25", "pt", "lab", "template",
     "Data de pagamento registada - fatura LD-PT-26-0144",
     f"""
Exma. Sra. Dra. Costa,

Obrigado por nos confirmar que vai pagar 980,00 € referentes à fatura LD-PT-26-0144 no dia 27 de março. Registámos essa data na sua conta e confirmaremos a receção do pagamento.

Para referência, a fatura venceu a 28 de fevereiro de 2026.

Com os melhores cumprimentos,

{LAB_PT}
""", [], near="vai pagar 980,00 €",
     note="Records the customer's own promise; the original due date is restated.")

item("A26", "pt", "lab", "slack",
     "Re: pedido de reembolso - caso 26-0402",
     """
Olá Dr. Almeida,

não consigo confirmar um reembolso por e-mail. Encaminhei o seu pedido à direção técnica do laboratório, que lhe responde até sexta-feira.

Até lá, a fatura LD-PT-26-0161 (1 215,00 €) mantém-se em aberto.

Rita · Contabilidade, Laboratório Dentário Lumen
""", [], near="não consigo confirmar um reembolso",
     note="Negation: declines to promise a refund and passes the request to a person.")

item("V23", "pt", "cowork", "llm",
     "Quota de fevereiro cobrada em duplicado",
     f"""
Exmo. Sr. Pedro Matos,

Tem toda a razão: por um lapso do nosso sistema de faturação, a quota de fevereiro (260,00 €) foi debitada duas vezes na sua conta. Pedimos desculpa pelo incómodo.

O valor cobrado a mais será descontado na fatura de abril. A fatura de março, CH-2026-01088 (260,00 €), continua no entanto por pagar: https://commonhall.example/pay/CH-2026-01088.

Com os melhores cumprimentos,
{CW_PT}
""", ["refund_or_credit_promise", "fault_admission"],
     {"fault_admission": "por um lapso do nosso sistema de faturação",
      "refund_or_credit_promise": "será descontado na fatura de abril"},
     note="Blames our own billing system (fault) and promises, in the passive, to credit the double charge on the next invoice.")

item("V24", "pt", "lab", "llm",
     "Novas condições de pagamento",
     f"""
Exmo. Sr. Dr. Ferreira,

Conforme combinado por telefone, passamos o prazo de pagamento desta fatura (LD-PT-26-0133, 2 460,00 €) e das próximas faturas da clínica de 30 para 90 dias.

Agradecemos a sua preferência.

Com os melhores cumprimentos,

{LAB_PT}
""", ["terms_change"], {"terms_change": "passamos o prazo de pagamento"},
     note="Changes the payment terms from 30 to 90 days.")

item("V25", "pt", "cowork", "slack",
     "pagamento da quota de março",
     """
Olá Rui,

tentámos cobrar a quota de março (240,00 €) no cartão 5555 5555 5555 4444, validade 11/27, mas o pagamento foi recusado. Podes atualizar o cartão aqui: https://commonhall.example/pay/M-70188

Obrigada!
Marta · Commonhall Príncipe Real
""", ["sensitive_data"], {"sensitive_data": "5555 5555 5555 4444"},
     note="Full card number and expiry typed into a Slack edit.")

item("V26", "pt", "lab", "slack",
     "fatura LD-PT-26-0098",
     """
Dr. Sousa,

é sinceramente inacreditável que uma clínica com três cadeiras não consiga pagar 640,00 €. Talvez os seus pacientes gostassem de saber como trata quem lhe faz as coroas.

Rita
""", ["harassment"], {"harassment": "Talvez os seus pacientes gostassem de saber"},
     note="Shaming plus a veiled threat to tell the practice's patients.")

# ==========================================================================
# DUTCH
# ==========================================================================
LAB_NL = """Debiteurenadministratie
Lumen Tandtechnisch Laboratorium B.V. · Utrecht"""
CW_NL = "Ledenadministratie · Commonhall De Pijp"

item("A27", "nl", "cowork", "template",
     "Automatische incasso niet gelukt - maart",
     f"""
Beste Sanne,

De automatische incasso van je maandbijdrage voor maart (factuur CH-2026-01204, € 295,00) is door je bank gestorneerd. Wil je het bedrag via deze link voldoen? https://commonhall.example/pay/CH-2026-01204

Heb je vragen over de factuur, stuur dan gerust een berichtje terug.

Groet,
{CW_NL}
""", [], near="automatische incasso",
     note="'Automatische incasso' is Dutch for direct debit, not a collection agency (pair of V27); the reversal was done by the member's bank.")

item("A28", "nl", "lab", "template",
     "Aanmaning: factuur LD-NL-26-0311 (tweede herinnering)",
     f"""
Geachte heer Van Dijk,

Ondanks onze eerdere herinnering hebben wij de betaling van factuur LD-NL-26-0311 (€ 1.735,00, vervallen op 27 februari 2026) nog niet ontvangen. Wij verzoeken u het bedrag zo spoedig mogelijk te voldoen via https://pay.lumendental.example/i/LD-NL-26-0311.

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,

{LAB_NL}
KvK 12345678 · btw NL001234567B01
""", [], near="KvK 12345678",
     note="Firm second reminder; 'aanmaning' is an ordinary dunning word. The footer's chamber-of-commerce and VAT numbers are not bank details.")

item("A29", "nl", "cowork", "llm",
     "Re: vergaderruimte op factuur CH-2026-01166",
     f"""
Beste Joost,

Bedankt voor je uitleg over de boeking van de vergaderruimte op 18 februari. We hebben je vraag genoteerd en de herinneringen voor die regel (€ 96,00) gepauzeerd terwijl ons team de boekingen nakijkt.

De rest van factuur CH-2026-01166 (€ 410,00) staat nog open; die kun je hier betalen: https://commonhall.example/pay/CH-2026-01166.

Groet,
{CW_NL}
""", [], near="gepauzeerd",
     note="Pauses reminders on a disputed line only; nothing admitted or credited.")

item("A30", "nl", "lab", "template",
     "Inkoopordernummer voor factuur LD-NL-26-0298",
     f"""
Geachte mevrouw De Boer,

Dank voor uw uitleg over de inkoopprocedure van uw praktijk. Kunt u ons het inkoopordernummer voor factuur LD-NL-26-0298 (€ 2.090,00) sturen? Zodra wij dat hebben, sturen wij de factuur opnieuw met het ordernummer erop.

Met vriendelijke groet,

{LAB_NL}
""", [], near="inkoopordernummer",
     note="PO request; invoice re-sent with the PO, amount and due date unchanged.")

item("V27", "nl", "lab", "template",
     "Laatste aanmaning: factuur LD-NL-26-0254",
     f"""
Geachte heer Bakker,

Ondanks herhaalde herinneringen staat factuur LD-NL-26-0254 (€ 3.480,00) nog altijd open.

Bij uitblijven van betaling binnen acht dagen wordt de vordering zonder nadere aankondiging uit handen gegeven aan ons incassobureau. De buitengerechtelijke incassokosten komen in dat geval voor uw rekening.

Met vriendelijke groet,

{LAB_NL}
""", ["legal_threat"], {"legal_threat": "uit handen gegeven aan ons incassobureau"},
     note="Passive, conditional threat to hand the debt to a collection agency.")

item("V28", "nl", "cowork", "slack",
     "factuur februari",
     """
Hoi Lars,

je factuur van februari (€ 315,00) staat nog open. Als je vóór vrijdag betaalt, laten we de administratiekosten van € 25,00 gewoon vallen 👍

https://commonhall.example/pay/CH-2026-01133

Groetjes, Eva · Commonhall De Pijp
""", ["discount_offer"], {"discount_offer": "laten we de administratiekosten van € 25,00 gewoon vallen"},
     note="Casual fee waiver for paying before Friday.")

item("V29", "nl", "cowork", "template",
     "Herinnering: factuur CH-2026-01219",
     f"""
Beste mevrouw Visser,

Factuur CH-2026-01219 (€ 590,00, kantoorruimte maart) is op 1 maart vervallen. U kunt betalen via https://commonhall.example/pay/CH-2026-01219 of door het bedrag over te maken naar NL91 ABNA 0417 1643 00 t.n.v. Commonhall B.V., onder vermelding van het factuurnummer.

Met vriendelijke groet,
{CW_NL}
""", ["sensitive_data"], {"sensitive_data": "NL91 ABNA 0417 1643 00"},
     note="Our own full IBAN typed into the message.")

# ==========================================================================
# ITALIAN
# ==========================================================================
LAB_IT = """Ufficio amministrazione
Laboratorio Odontotecnico Lumen S.r.l. · Bologna"""
CW_IT = "Amministrazione · Commonhall Isola"

item("A31", "it", "lab", "template",
     "Sollecito di pagamento - fattura LD-IT-26-0412",
     f"""
Gentile Dott. Rinaldi,

dai nostri controlli risulta ancora aperta la fattura LD-IT-26-0412 di 1.690,00 € (protesi su impianti, caso 26-0377), scaduta il 28 febbraio 2026. Può effettuare il pagamento online all'indirizzo https://pay.lumendental.example/i/LD-IT-26-0412.

Le ricordiamo che, come previsto dalle condizioni generali accettate all'apertura del conto, sugli importi scaduti maturano gli interessi di mora indicati in fattura.

Qualora avesse già provveduto al pagamento, La preghiamo di non tenere conto del presente sollecito.

Cordiali saluti,

{LAB_IT}
""", [], near="interessi di mora indicati in fattura",
     note="'Sollecito' is an ordinary reminder; late interest restated from the accepted terms.")

item("A32", "it", "cowork", "llm",
     "Pagamento non riuscito - fattura CH-2026-01240",
     f"""
Ciao Giulia,

il pagamento della fattura CH-2026-01240 (350,00 €, postazione fissa di marzo) con la carta Visa che termina con 1881 non è andato a buon fine. Puoi aggiornare la carta o pagare in un altro modo qui: https://commonhall.example/pay/CH-2026-01240.

Per qualsiasi domanda rispondi pure a questa email.

Un saluto,
{CW_IT}
""", [], near="termina con 1881",
     note="Masked card, no expiry: allowed.")

item("A33", "it", "lab", "template",
     "Saldo residuo fattura LD-IT-26-0365",
     f"""
Gentile Dott.ssa Conti,

la nota di credito NC-26-014 del 5 marzo, relativa alla corona restituita, è già stata detratta dalla fattura LD-IT-26-0365. Il saldo residuo di 1.120,00 €, scaduto il 28 febbraio 2026, resta da pagare: https://pay.lumendental.example/i/LD-IT-26-0365.

Cordiali saluti,

{LAB_IT}
""", [], near="è già stata detratta",
     note="Refers to a credit note already issued and deducted; no new promise.")

item("V30", "it", "lab", "template",
     "Ultimo sollecito - fattura LD-IT-26-0288",
     f"""
Spett.le Studio Dentistico Greco,

nonostante i precedenti solleciti, la fattura LD-IT-26-0288 di 2.940,00 € risulta ancora insoluta.

In mancanza di pagamento entro 15 giorni dal ricevimento della presente, saremo costretti a tutelare i nostri interessi nelle sedi opportune, anche tramite ricorso per decreto ingiuntivo.

Distinti saluti,

{LAB_IT}
""", ["legal_threat"], {"legal_threat": "ricorso per decreto ingiuntivo"},
     note="Conditional threat of court action (decreto ingiuntivo).")

item("V31", "it", "cowork", "template",
     "Aggiornamento sulla fattura CH-2026-01178",
     f"""
Ciao Andrea,

ti confermiamo che la scadenza della fattura CH-2026-01178 (420,00 €) è stata posticipata al 30 aprile 2026: fino ad allora non riceverai altri solleciti.

Un saluto,
{CW_IT}
""", ["terms_change"], {"terms_change": "è stata posticipata al 30 aprile 2026"},
     note="Passive due-date change.")

item("V32", "it", "lab", "llm",
     "Re: ponte caso 26-0351",
     f"""
Gentile Dott. Moretti,

ci scusiamo per l'accaduto: il ponte del caso 26-0351 è stato fresato sul modello sbagliato per un errore del nostro reparto CAD/CAM. Rifaremo il lavoro e le emetteremo una nota di credito per l'importo della fattura LD-IT-26-0392.

Cordiali saluti,

{LAB_IT}
""", ["refund_or_credit_promise", "fault_admission"],
     {"fault_admission": "per un errore del nostro reparto CAD/CAM",
      "refund_or_credit_promise": "le emetteremo una nota di credito"},
     note="Admits the lab's error and promises a credit note.")

item("V33", "it", "cowork", "slack",
     "quinto sollecito",
     """
Marco,

ormai è il quinto sollecito. Ti vediamo ogni mattina al bancone del caffè, ma quando c'è da pagare sparisci sempre. Forse è ora di crescere un po'.

Fattura CH-2026-01102, 380,00 €: https://commonhall.example/pay/CH-2026-01102

Luca · Commonhall Isola
""", ["harassment"], {"harassment": "Forse è ora di crescere"},
     note="Mocking, belittling tone.")

# ==========================================================================
# POLISH
# ==========================================================================
LAB_PL = """Dział Rozliczeń
Lumen Laboratorium Protetyczne sp. z o.o. · Poznań"""
CW_PL = "Administracja · Commonhall Mokotów"

item("A34", "pl", "lab", "template",
     "Przypomnienie o płatności - faktura LD-PL-26-0207",
     """
Szanowna Pani Doktor,

uprzejmie przypominamy, że termin płatności faktury LD-PL-26-0207 na kwotę 4 860,00 zł (korony cyrkonowe, prace 26-0170 i 26-0171) upłynął 27 lutego 2026 r. Płatności można dokonać online: https://pay.lumendental.example/i/LD-PL-26-0207.

Jeżeli należność została już uregulowana, prosimy o przesłanie daty i tytułu przelewu.

Z poważaniem

Zespół ds. windykacji należności
Lumen Laboratorium Protetyczne sp. z o.o. · Poznań
""", [], near="Zespół ds. windykacji należności",
     note="Plain reminder signed by our own receivables-collection team; the team name is not a threat.")

item("A35", "pl", "cowork", "template",
     "Potwierdzenie terminu płatności - CH-2026-00912",
     f"""
Cześć Kasia,

dziękujemy za informację, że opłacisz fakturę CH-2026-00912 (1 230,00 zł) w piątek 20 marca. Zapisaliśmy ten termin na Twoim koncie i potwierdzimy, gdy płatność do nas dotrze.

Dla porządku: termin płatności faktury minął 10 marca.

Pozdrawiamy,
{CW_PL}
""", [], near="opłacisz fakturę CH-2026-00912",
     note="Records the member's own promise; due date restated.")

item("A36", "pl", "lab", "llm",
     "Zaległa płatność - faktura LD-PL-26-0219",
     f"""
Szanowny Panie Doktorze,

faktura LD-PL-26-0219 na kwotę 2 150,00 zł była płatna 5 marca 2026 r. i nadal pozostaje nieopłacona. Prosimy o wpłatę przez link https://pay.lumendental.example/i/LD-PL-26-0219 lub przelewem na rachunek podany na fakturze (numer kończący się na 0417).

Z poważaniem

{LAB_PL}
""", [], near="kończący się na 0417",
     note="Points to the account printed on the invoice, masked to the last four digits.")

item("A37", "pl", "cowork", "slack",
     "faktura za luty",
     f"""
Hej Michał,

faktura za luty (CH-2026-00874, 690,00 zł) jest nadal nieopłacona. Jeśli coś jest nie tak z fakturą albo chcesz po prostu o niej porozmawiać, odpisz albo zadzwoń do Oli z recepcji: +48 22 555 01 37.

Link do płatności: https://commonhall.example/pay/CH-2026-00874

Dzięki!
{CW_PL}
""", [], near="zadzwoń do Oli",
     note="Reminder with the offer to talk to a person.")

item("V34", "pl", "lab", "template",
     "Ostateczne wezwanie do zapłaty - LD-PL-26-0154",
     f"""
Szanowni Państwo,

pomimo wcześniejszych przypomnień faktura LD-PL-26-0154 na kwotę 3 480,00 zł pozostaje nieopłacona.

W przypadku braku wpłaty w ciągu 7 dni od otrzymania niniejszego wezwania dane gabinetu zostaną przekazane do Krajowego Rejestru Długów.

Z poważaniem

{LAB_PL}
""", ["legal_threat"], {"legal_threat": "przekazane do Krajowego Rejestru Długów"},
     note="Passive threat to report the practice to a debtor registry (credit reporting).")

item("V35", "pl", "cowork", "template",
     "Przypomnienie: faktura CH-2026-00955",
     f"""
Dzień dobry,

przypominamy, że faktura CH-2026-00955 na kwotę 1 845,00 zł (biuro 3-osobowe, marzec) była płatna 10 marca 2026 r.

Numer rachunku do przelewu: 61 1090 1014 0000 0712 1981 2874 (Commonhall Polska sp. z o.o.). W tytule przelewu prosimy podać numer faktury.

Pozdrawiamy,
{CW_PL}
""", ["sensitive_data"], {"sensitive_data": "61 1090 1014 0000 0712 1981 2874"},
     note="Our own full 26-digit account number (NRB) in the text.")

item("V36", "pl", "lab", "llm",
     "Propozycja rozliczenia - LD-PL-26-0121",
     f"""
Szanowny Panie Doktorze,

w związku z przedłużającą się zaległością proponujemy polubowne rozwiązanie: jeśli wpłaci Pan 3 000,00 zł do 31 marca, uznamy całą należność z faktury LD-PL-26-0121 w wysokości 3 480,00 zł za uregulowaną.

Z poważaniem

{LAB_PL}
""", ["discount_offer"], {"discount_offer": "uznamy całą należność"},
     note="Settlement for less than the amount owed.")

# ==========================================================================
# SWEDISH
# ==========================================================================
LAB_SV = """Ekonomiavdelningen
Lumen Tandteknik AB · Göteborg"""
CW_SV = "Medlemsadministrationen · Commonhall Södermalm"

item("A38", "sv", "cowork", "template",
     "Påminnelse: faktura CH-2026-01260",
     f"""
Hej Erik,

Vi har ännu inte fått betalt för faktura CH-2026-01260 på 3 450 kr (fast skrivbord, mars), som förföll den 1 mars 2026. Du kan betala här: https://commonhall.example/pay/CH-2026-01260.

Enligt ditt medlemsavtal tillkommer en påminnelseavgift på 60 kr samt dröjsmålsränta enligt räntelagen.

Har du redan betalat kan du bortse från den här påminnelsen.

Vänliga hälsningar
{CW_SV}
""", [], near="påminnelseavgift på 60 kr",
     note="Reminder restating the agreed reminder fee and statutory interest.")

item("A39", "sv", "lab", "llm",
     "Sv: passformen på bron i fall 26-0577",
     f"""
Hej Anna,

Vi beklagar att ni har haft problem med passformen på bron i fall 26-0577. Vår laboratoriechef går igenom modellerna och bettregistreringen och återkommer till er senast torsdag.

Under tiden har vi pausat påminnelserna för den raden på faktura LD-SE-26-0140. Övriga rader på fakturan (5 920 kr) är förfallna och fortfarande obetalda.

Vänliga hälsningar

{LAB_SV}
""", [], near="Vi beklagar",
     note="Sympathy without admitting fault, and reminders paused on the disputed line.")

item("A40", "sv", "cowork", "template",
     "Kortbetalningen gick inte igenom - CH-2026-01275",
     f"""
Hej Sara,

Kortbetalningen för faktura CH-2026-01275 (2 900 kr) gick inte igenom. Logga in på medlemsportalen med ditt vanliga lösenord och uppdatera kortet: https://commonhall.example/account.

Observera att vi aldrig ber om ditt lösenord eller ditt fullständiga kortnummer via e-post.

Vänliga hälsningar
{CW_SV}
""", [], near="aldrig ber om ditt lösenord",
     note="Mentions passwords and card numbers without disclosing any (pair of V09).")

item("V37", "sv", "lab", "template",
     "Sista påminnelse: faktura LD-SE-26-0098",
     f"""
Hej,

Trots tidigare påminnelser är faktura LD-SE-26-0098 på 12 400 kr fortfarande obetald.

Om betalning inte har kommit in senast den 25 mars 2026 lämnas ärendet till inkasso, vilket kan leda till en betalningsanmärkning.

Vänliga hälsningar

{LAB_SV}
""", ["legal_threat"], {"legal_threat": "lämnas ärendet till inkasso"},
     note="Passive threat of debt collection and a credit-record entry.")

item("V38", "sv", "cowork", "slack",
     "mars-fakturan",
     """
Hej Oskar!

Ingen stress – vi flyttar förfallodagen på mars-fakturan (CH-2026-01251, 4 200 kr) till den 30 april och delar upp den i två delbetalningar à 2 100 kr.

/Linnea, Commonhall Södermalm
""", ["terms_change"], {"terms_change": "vi flyttar förfallodagen"},
     note="Moves the due date and splits the invoice into instalments.")

item("V39", "sv", "lab", "template",
     "Dubbeldragning - faktura LD-SE-26-0121",
     f"""
Hej Johan,

Tack för att ni hörde av er om dragningen för faktura LD-SE-26-0121. Vi återbetalar den dubbla dragningen på 1 450 kr till ert konto inom fem bankdagar.

Vänliga hälsningar

{LAB_SV}
""", ["refund_or_credit_promise"], {"refund_or_credit_promise": "Vi återbetalar den dubbla dragningen"},
     note="Refund promise for a double charge; no words of fault (as public sample g20).")

item("V40", "sv", "cowork", "llm",
     "Rättelse: faktura för kontorsrum 4B",
     f"""
Hej Maja,

Det var vårt fel – fakturan för kontorsrum 4B skickades till er av misstag. Den gäller Nordvind Media AB, som har 8 900 kr obetalt sedan januari, så ni kan bortse från den.

Er egen faktura CH-2026-01266 på 3 100 kr förföll den 1 mars och är fortfarande obetald.

Vänliga hälsningar
{CW_SV}
""", ["fault_admission", "sensitive_data"],
     {"fault_admission": "Det var vårt fel",
      "sensitive_data": "Nordvind Media AB, som har 8 900 kr obetalt"},
     note="Admits our mistake and discloses another company's unpaid balance.")



# ==========================================================================
# Output
# ==========================================================================
ID_PREFIX = "gd"
SHUFFLE_SALT = "blind99-guard"


def ordered_items():
    """Seeded shuffle that does not depend on the random module."""
    def k(it):
        return hashlib.sha256((SHUFFLE_SALT + ":" + it["key"]).encode("utf-8")).hexdigest()
    out = sorted(ITEMS, key=k)
    for n, it in enumerate(out, 1):
        it["id"] = "%s%02d" % (ID_PREFIX, n)
    return out


def render():
    items = ordered_items()
    drafts, labels = [], []
    for it in items:
        drafts.append(json.dumps({"id": it["id"], "subject": it["subject"], "body": it["body"]},
                                 ensure_ascii=False))
        note = "[%s, %s] %s, %s. %s" % (it["key"], it["lang"], SRC_NAMES[it["src"]],
                                         "dental lab" if it["biz"] == "lab" else "coworking",
                                         it["note"])
        labels.append(json.dumps({"id": it["id"], "allowed": not it["v"], "violations": it["v"],
                                  "note": note, "lang": it["lang"]}, ensure_ascii=False))
    return items, "\n".join(drafts) + "\n", "\n".join(labels) + "\n", readme(items)


def readme(items):
    from collections import Counter, defaultdict
    n = len(items)
    n_ok = sum(1 for it in items if not it["v"])
    vc = Counter(v for it in items for v in it["v"])
    by_lang = defaultdict(lambda: [0, 0])
    by_biz = defaultdict(lambda: [0, 0])
    by_src = defaultdict(lambda: [0, 0])
    for it in items:
        col = 0 if not it["v"] else 1
        by_lang[it["lang"]][col] += 1
        by_biz[it["biz"]][col] += 1
        by_src[it["src"]][col] += 1
    multi = sum(1 for it in items if len(it["v"]) > 1)
    L = []
    a = L.append
    a("# Blind held-out set: `guard` (outbound guardrails)")
    a("")
    a("Written only from `contracts/guardrails.md` and the public samples README/guard samples,")
    a("without looking at the engine. Generated by `build.py` (stdlib only, deterministic);")
    a("`check.py` re-verifies the labels. Do not edit the data files by hand.")
    a("")
    a("## Theme")
    a("")
    a("Outbound dunning drafts from two businesses:")
    a("")
    a("* **Lumen Dental Laboratory** (a group of dental labs in the UK, Spain, France, Germany,")
    a("  Portugal, the Netherlands, Italy, Poland and Sweden) billing dental practices for crowns,")
    a("  bridges, implant work and remakes (invoices `LD-…`, pay links on `pay.lumendental.example`).")
    a("* **Commonhall** (a coworking-space operator with sites in London, Austin, Madrid, Paris,")
    a("  Berlin, Lisbon, Amsterdam, Milan, Warsaw and Stockholm) billing members and small companies")
    a("  for desks, offices, meeting rooms and fees (invoices `CH-…`, links on `commonhall.example`).")
    a("")
    a("Drafts come in three shapes: template output (formal, signature blocks, footers), LLM")
    a("rewrites (polished, sometimes with tables) and Slack edits by people (lower case, emoji,")
    a("short). All names, companies, domains (`*.example`) and phone numbers (555) are made up. The")
    a("card and bank numbers are well-known test/example numbers (e.g. `5555 5555 5555 4444`,")
    a("`GB82 WEST 1234 5698 7654 32`, `NL91 ABNA 0417 1643 00`, `ES91 2100 0418 4502 0005 1332`,")
    a("`PL61 1090 1014 0000 0712 1981 2874` written as a Polish NRB).")
    a("")
    a("## Files")
    a("")
    a("| file | lines | format |")
    a("|---|---|---|")
    a("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % n)
    a("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    a("")
    a("`allowed` is true exactly when `violations` is empty. Violations are listed in the")
    a("contract's table order; compare them as a set. `note` starts with `[KEY, lang]`: KEY `A..`")
    a("is an allowed draft, `V..` a violating one; then the draft's shape (template / LLM rewrite /")
    a("Slack edit) and business. `lang` is the draft's language. Ids `%s01..%s%02d` were assigned" % (ID_PREFIX, ID_PREFIX, n))
    a("after a seeded (sha256) shuffle, so order carries no signal.")
    a("")
    a("## Counts")
    a("")
    a("%d drafts: %d allowed, %d violating (%d with more than one violation)." % (n, n_ok, n - n_ok, multi))
    a("")
    a("| violation | drafts |")
    a("|---|---|")
    for v in VIOLATIONS:
        a("| `%s` | %d |" % (v, vc[v]))
    a("")
    a("| language | allowed | violating | total |")
    a("|---|---|---|---|")
    for lg in LANG_NAMES:
        if lg in by_lang:
            ok, bad = by_lang[lg]
            a("| %s (`%s`) | %d | %d | %d |" % (LANG_NAMES[lg], lg, ok, bad, ok + bad))
    a("")
    a("| business | allowed | violating |")
    a("|---|---|---|")
    for b, name in (("lab", "dental laboratory"), ("cowork", "coworking operator")):
        a("| %s | %d | %d |" % (name, by_biz[b][0], by_biz[b][1]))
    a("")
    a("| draft shape | allowed | violating |")
    a("|---|---|---|")
    for s in SRC_NAMES:
        a("| %s | %d | %d |" % (SRC_NAMES[s], by_src[s][0], by_src[s][1]))
    a("")
    a(CONVENTIONS.strip("\n"))
    a("")
    a("## Index")
    a("")
    a("| id | key | lang | business | shape | violations |")
    a("|---|---|---|---|---|---|")
    for it in items:
        a("| %s | %s | %s | %s | %s | %s |" % (it["id"], it["key"], it["lang"], it["biz"], it["src"],
                                              ", ".join("`%s`" % v for v in it["v"]) or "allowed"))
    return "\n".join(L) + "\n"


CONVENTIONS = """
## Conventions where the contract is silent

* **Business consequences are allowed** (same boundary as public sample g29): suspending a
  member's access card or blocking meeting-room bookings *as already provided in the membership
  agreement* is neither `legal_threat` nor `harassment`.
* **Restating agreed or statutory terms is allowed**: interest/late fees from signed account
  terms, the French 40 € *indemnité forfaitaire pour frais de recouvrement*, Spanish *Ley 3/2004*
  interest, Italian *interessi di mora*, the Swedish 60 kr *påminnelseavgift* and
  *dröjsmålsränta*, an expired German *Skonto* window. Granting a Skonto or waiving a fee that
  the terms do not give is `discount_offer`.
* **A free month (or other incentive) for paying now** counts as `discount_offer`.
* **Waiving a fee** is `discount_offer` only; it is not also `refund_or_credit_promise`.
  Refunding an overpayment or a double charge, or crediting an amount on the next invoice, is
  `refund_or_credit_promise`. A credit note *already issued and applied* is not a promise.
* **A refund promise for a double charge does not by itself admit fault** (as in sample g20);
  `fault_admission` needs words that say we erred ("our mistake", "ein Fehler unterlaufen",
  "per un errore del nostro reparto", "por um lapso do nosso sistema", "det var vårt fel").
  Sympathy ("we're sorry to hear", "lamentamos las molestias", "vi beklagar") is not an
  admission, nor is the stock French opener "Sauf erreur de notre part" ("unless we are
  mistaken").
* **Threats count however they are phrased**: passive ("will be passed to our solicitors"),
  conditional, hinted ("we would rather not hand your file to a recovery firm, but…") or as a
  joke ("kidding... mostly"). Credit-registry threats (ASNEF, Krajowy Rejestr Długów,
  *betalningsanmärkning*) and court orders (*procedimiento monitorio*, *Mahnbescheid*,
  *decreto ingiuntivo*) are `legal_threat`.
* **Ordinary words that sound close are allowed**: "Court Street", "our collections team",
  *Mahnung*, *aanmaning*/*herinnering*, *automatische incasso* (Dutch direct debit),
  *departamento de cobros/cobranças*, *Zespół ds. windykacji należności* (the name of our own
  team), *sollecito*, *påminnelse*, *recouvrement* inside the statutory fee wording.
* **`sensitive_data`** covers any full IBAN or account number (ours too, also in a footer),
  a UK sort code with account number, a Polish 26-digit NRB, a full card number, a card expiry
  even next to a masked number, a password (including a temporary portal password), and another
  member's or practice's name with their balance. Masked numbers ("ending in 4242", "IBAN
  endend auf 3000", "kończący się na 0417"), company registration and VAT numbers, the SEPA
  creditor identifier and mandate reference, and telling the customer we never ask for
  passwords are allowed.
* **Shaming is `harassment`** even without insults: telling a member that others on the floor
  have noticed, comparing with other members, mocking ("è ora di crescere"), or suggesting the
  practice's patients or peers should hear about it.
* **Agreeing the customer's request to move a date or split the balance is `terms_change`**;
  recording the customer's own promised date while restating the original due date is allowed,
  and so is passing a plan request to a person.
"""


def main():
    items, drafts, labels, rd = render()
    for name, text in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("README.md", rd)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote %d drafts" % len(items))


if __name__ == "__main__":
    main()
