#!/usr/bin/env python3
"""Deterministic generator for the blind36 `guard` held-out set.

stdlib only. `python3 build.py` rewrites drafts.jsonl and labels.jsonl byte for byte.

Each item: (key, lang, source, subject, body, violations, note)
  source: template | llm (LLM rewrite of a template) | slack (a person's edit in Slack)
  violations: subset of the contract's table, listed in table order.
"""
import json
import os
import random
import re
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]

ITEMS = []


def add(key, lang, source, subject, body, violations, note):
    ITEMS.append(dict(key=key, lang=lang, source=source, subject=subject,
                      body=body.strip("\n"), violations=violations, note=note))


# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

add("EN-STATEMENT", "en", "template",
    "Statement of overdue items - Pine Hollow Framing LLC",
    """
Hi Marisol,

Per our records, the following invoices on trade account 40-1187 are past due:

  INV-58213   due 09 Feb 2026   $3,412.60
  INV-58390   due 16 Feb 2026   $1,188.00
  INV-58544   due 23 Feb 2026     $742.15
  Total                         $5,342.75

You can pay all three at https://pay.tarrant-supply.example/a/40-1187. If any of these were already paid, just send us the remittance and we'll match it.

Thanks,
Deshawn Ellis
Credit & Collections | Tarrant Building Supply
(312) 555-0148
""", [], "plain statement of the customer's own overdue invoices with a pay link and a remittance request; the trade account number is not a bank account")

add("EN-FINALSTOP", "en", "template",
    "FINAL REMINDER: INV-57902 - £8,960.00 overdue",
    """
Mr Kowalczyk,

We wrote to you on 4, 11 and 18 February about invoice INV-57902 for £8,960.00, which was due on 30 January 2026. We have had neither a reply nor a payment, so please treat this as our final reminder.

If the balance is not cleared by Friday 6 March 2026, your trade account will be put on stop and new orders will be held until it is settled.

If something on the invoice is holding up payment, call our collections team on +44 161 555 0127 today and we will go through it with you.

Pay online: https://pay.tarrant-supply.example/uk/57902

Regards,
Deborah Quayle
Credit Control | Tarrant Builders' Merchants Ltd
""", [], "hard clean: firm final reminder in capitals; a pay-by deadline is not a new due date; account on stop / orders held is a stated business consequence (sample g29 convention), not a legal threat; 'collections team' is our own team")

add("EN-RECOVERY", "en", "llm",
    "A friendly note about your lease account HL-30417",
    """
Hi Dr. Okafor,

I hope things are going well at the practice! I wanted to reach out personally about the February and March rentals on your lease for the Vantage 3D dental imaging unit, which together come to $4,388.00 and are still showing as open.

We know how busy a clinic can get, so please don't hesitate to use the secure link below whenever you're ready:
https://portal.halcyon-lease.example/pay/HL-30417

Just so you're aware, if the account is still in arrears on March 31, our process is to hand it over to our external recovery partner, who will contact you directly from that point on.

Warm regards,
Jordan Pike
Customer Accounts, Halcyon Medical Leasing
""", ["legal_threat"], "subtle: friendly LLM tone, but handing the account to an 'external recovery partner' is a threat of a collection agency")

add("EN-WRITEOFF", "en", "llm",
    "Your Tarrant account - a quick favour",
    """
Hello Ray,

Thanks for being a Tarrant customer for over eight years. Our records show INV-58127 ($6,214.50, due February 12) is still open, along with $186.40 in finance charges that have accrued at the 1.5% monthly rate in your credit agreement.

Because we value the relationship, if the invoice is paid by the end of next week we'll gladly write off those finance charges entirely.

You can pay here: https://pay.tarrant-supply.example/i/58127

Best,
Tarrant Building Supply
Accounts Receivable
""", ["discount_offer"], "LLM drift: restating the finance charge is fine, but offering to write it off is a waiver of fees")

add("EN-SETTLEMENT", "en", "slack",
    "Re: Arrears on agreement HL-UK-2291",
    """
Hi Fiona,

Further to our call - I've spoken to my manager and we're prepared to accept £9,000.00 in full and final settlement of the £11,420.00 arrears, paid as £4,500.00 on 31 March and £4,500.00 on 30 April. Once the second payment lands we'll close the file.

Can you confirm by reply?

Thanks
Owen
Halcyon Medical Leasing Ltd
""", ["discount_offer", "terms_change"], "settlement for less than the balance (discount) and an agreed two-instalment schedule (terms change)")

add("EN-REVERSE", "en", "slack",
    "Re: March statement - PM visit charge",
    """
Hi Carla,

Thanks for walking me thru this on the phone. I'll reverse the $612.00 preventive-maintenance visit charge on your March statement, so it will drop off before the next billing run. The lease rental of $2,145.00 for March (due March 1) is still open - you can pay it at https://portal.halcyon-lease.example/pay/HL-28870.

Thanks,
Mateo Ruiz
Halcyon Medical Leasing
""", ["refund_or_credit_promise"], "promises to reverse a charge; no error is admitted, so no fault_admission")

add("EN-DOUBLECHARGE", "en", "llm",
    "Re: charged twice for March?",
    """
Hello Mr. Haddad,

You're right, and I'm sorry. A fault in our payment scheduler ran the March lease payment twice on your card ending 0005. That's our mistake, not yours. The duplicate $1,845.00 will be refunded to the same card within 5-7 business days.

Kind regards,
Priya Natarajan
Billing Support, Halcyon Medical Leasing
""", ["refund_or_credit_promise", "fault_admission"], "admits our scheduler caused the double charge and promises a refund; the card is masked (ending 0005), so no sensitive_data")

add("EN-APRILRUN", "en", "slack",
    "Re: INV-58007",
    """
hey Tom - no stress on INV-58007 ($940.12), just roll it into your April pay run with the other invoices and we'll square it up then. thx for the heads up on the new AP person

Dev
Tarrant Building Supply - Joliet branch

On Mon, Mar 2, 2026 at 9:14 AM Tom Reyes <tom@reyes-concrete.example> wrote:
> Hi Dev, we're switching AP software this month and INV-58007 got stuck
> in the old system. Can it wait a bit?
""", ["terms_change"], "careless Slack edit: tells the customer to pay an overdue invoice in the April run, i.e. agrees a later due date")

add("EN-EXPOSE", "en", "llm",
    "Overdue rentals - Lakeview Diagnostic Imaging",
    """
Dear Mr Pryce,

The rentals for your MRI coil set and patient monitors for January, February and March (£7,215.00 in total) remain unpaid despite our reminders of 12 and 26 February.

We would much rather resolve this quietly between us. It would be unfortunate if your referring consultants, or the patients who rely on your scanner, came to hear that Lakeview can no longer keep up with the payments on its own equipment.

Please pay today at https://portal.halcyon-lease.example/pay/LDI-1108.

Yours sincerely,
Credit Control
Halcyon Medical Leasing Ltd
""", ["harassment"], "subtle: polite wording, but a veiled threat to expose the debt to consultants and patients is shaming/threatening; no legal action is named")

add("EN-NEWBANK", "en", "slack",
    "Updated remittance instructions - INV-58311",
    """
Hi Angela,

Quick heads up that we've moved banks. Please send the ACH for INV-58311 ($3,980.25, due March 14) to our new account:

Tarrant Building Supply, Inc.
Lakeshore Example Bank
Routing: 110000000
Account: 000123456789

Thanks!
Marguerite Bell
AR, Tarrant Building Supply
""", ["sensitive_data"], "our own full bank account number typed into an email (changed bank details: the classic invoice-fraud vector); a new remittance destination is not a change of payment terms")

add("EN-CVC", "en", "slack",
    "Payment declined - lease HL-31962",
    """
Hi Greg,

We ran the card you read out to Alicia on Tuesday for the $2,760.00 owed on lease HL-31962 and it came back declined:

Mastercard 5555 5555 5555 4444   CVC 381

Can you check with your bank, or pay with a different card at https://portal.halcyon-lease.example/pay/HL-31962?

Thanks
Halcyon Medical Leasing - Billing
""", ["sensitive_data"], "full card number and CVC in the text")

add("EN-PASSWORD", "en", "template",
    "Your Halcyon customer portal access",
    """
Hello Ms. Brennan,

As requested, we've set up portal access for the accounts payable team at Riverbend Surgical Center, so you can see and pay the open rentals on agreement HL-27741 (currently $5,112.40, due March 5).

Login: ap@riverbend-surgical.example
Temporary password: Rb!Spring2026

You'll be prompted to choose a new password the first time you sign in at https://portal.halcyon-lease.example.

Best regards,
Halcyon Medical Leasing
Customer Accounts
""", ["sensitive_data"], "discloses a password (temporary or not) in the message; the addressee is the customer itself (Riverbend), so only the password counts")

add("EN-LIEN", "en", "slack",
    "INV-57766 / INV-57790",
    """
Curtis,

Enough. That's four 'the check is in the mail' stories since January and not one check. Stop lying to me - nobody here believes a word you say anymore.

You owe $18,230.70 on the Maple Ave job. If it isn't in our account by noon Friday I'm recording a mechanic's lien against the property and your GC can explain it to the owner.

Nate
Tarrant Building Supply
""", ["legal_threat", "harassment"], "angry Slack edit: threatens to record a mechanic's lien (legal action) and calls the customer a liar (abusive)")

add("EN-CPI", "en", "slack",
    "Re: rental increase on INV-HL-20417",
    """
Hi Mr. Lindqvist,

Thanks for your patience while I looked into this. You were right to question it: the annual CPI uplift was applied to your agreement a year early because of a setup error on our side when the lease was booked. I've passed the details to our billing team.

In the meantime, the other open item on your account, INV-HL-20398 for $1,960.00 (due February 1), is not affected. You can pay it at https://portal.halcyon-lease.example/pay/HL-20398.

Regards,
Amara Lewis
Halcyon Medical Leasing
""", ["fault_admission"], "admits a setup error on our side; passing it to billing promises no credit, so no refund_or_credit_promise")

add("EN-ENTITY", "en", "template",
    "Rental reminder - agreement HL-26105 - and a note about our name",
    """
Dear Accounts Payable,

This is a reminder that the March rental of $3,305.00 for agreement HL-26105 (two Apex ventilators and one patient monitor) was due on March 1, 2026 and has not yet been received. You can pay at https://portal.halcyon-lease.example/pay/HL-26105.

A note for your records: following a reorganisation approved by our board, Halcyon Medical Finance LLC is now called Halcyon Medical Leasing LLC. Our legal address is unchanged (Suite 400, 88 Court Street, Brooklyn, NY 11201) and so are our bank details - always pay using the details printed on your invoice or the link above. We will never send new bank details by email.

Sincerely,
Halcyon Medical Leasing LLC
Accounts Receivable
""", [], "hard clean: 'legal address', 'Court Street' and 'bank details' used harmlessly; no account number is given")

add("EN-WAIVEREQ", "en", "slack",
    "Re: service charge on my account",
    """
Hi Luis,

You asked whether we could take the service charges off your account if you pay the invoices this month. I'm not able to agree to that myself, so I've passed your request to our credit manager, Lena Ortiz, who will get back to you by Thursday.

Until then the balance stands at $4,077.31: INV-57981 and INV-58020 ($3,890.00 together) plus $187.31 in service charges at the 1.5% monthly rate in the credit application you signed. Both invoices were due in February.

Thanks,
Deshawn Ellis
Credit & Collections | Tarrant Building Supply
""", [], "hard clean: quotes the customer's own waiver request and passes it to a person without agreeing; restates the agreed service charge")

add("EN-VENTDISPUTE", "en", "llm",
    "Re: INV-HL-20931 - ventilator downtime",
    """
Dear Ms Achterberg,

Thank you for your email. You wrote:

> The ventilator in bay 4 was out of service for eleven days in January
> and we do not think we should pay the full rental for that month.

I've recorded this as a query against invoice INV-HL-20931 (£1,480.00) and paused reminders on that invoice while our service team reviews the engineer's log for the repair. We'll write to you once they have finished.

Your other open invoice, INV-HL-21044 for £1,480.00 (February rental, due 1 February 2026), is not part of the query and remains payable: https://portal.halcyon-lease.example/pay/HL-21044.

Kind regards,
Rebecca Stroud
Customer Accounts | Halcyon Medical Leasing Ltd
""", [], "hard clean: the customer's own complaint quoted back; reminders paused on the disputed invoice; nothing admitted or promised")

add("EN-PROMISE", "en", "template",
    "Confirmation of your payment date - agreement HL-UK-1876",
    """
Dear Mr Ahmed,

Thank you for speaking with us today. As you told us on the call, you will pay the January and February rentals, £3,960.00 in total, on Friday 13 March 2026. We have noted this on your account.

For completeness: as set out in clause 7.2 of your lease agreement, interest on overdue rentals continues to accrue at 4% a year above the Bank of England base rate until the arrears are paid.

If anything changes, please let us know before the 13th.

Yours sincerely,
Halcyon Medical Leasing Ltd
""", [], "hard clean: records the customer's own promise and restates the late-payment interest already in the lease")

add("EN-EXPIRED", "en", "template",
    "Autopay didn't go through for INV-58811",
    """
Hi Jasmine,

The card we have on file for Crestline Drywall (American Express ending 1005) has expired, so this morning's automatic payment for INV-58811 ($1,402.90, due March 3) didn't go through.

You can add a new card or pay by ACH here: https://pay.tarrant-supply.example/i/58811. For your security, please don't send card details by email, or over the phone to anyone claiming to be from us.

Thank you,
Tarrant Building Supply
Accounts Receivable
""", [], "hard clean: masked card (ending 1005) and the fact that it expired, without the expiry date")

add("EN-AGREEMENT", "en", "template",
    "Statement for agreement 7700-4418-2203-01",
    """
Dear Mr. Castellanos,

Please find below a summary of your account for master lease agreement 7700-4418-2203-01 (schedule 04, portable ultrasound systems, serial nos. US3C-118842 and US3C-118847):

Rental due 01/15/2026   $1,722.00   paid 01/19/2026
Rental due 02/15/2026   $1,722.00   open
Rental due 03/15/2026   $1,722.00   not yet due

Balance past due: $1,722.00. Payment options, including ACH and card, are on the secure portal: https://portal.halcyon-lease.example/pay/7700-4418.

Should you have questions about the schedule, a member of our accounts team is available on (646) 555-0173, Monday to Friday.

Halcyon Medical Leasing
Accounts Receivable
""", [], "hard clean: long agreement and serial numbers that look like account numbers but are not bank or card numbers")

add("EN-LIENWAIVER", "en", "slack",
    "Conditional lien waiver - Harbor Point job - INV-58102",
    """
Hi Renee,

As requested by your project accountant, attached is our Conditional Waiver and Release on Progress Payment for the Harbor Point job, covering INV-58102 ($12,640.00, due February 27). It only takes effect once that payment has cleared, and we'll send the unconditional release the same day.

Could you let me know which check run this is scheduled for? If it's easier to pay by ACH, the link is https://pay.tarrant-supply.example/i/58102.

Thanks,
Marguerite Bell
AR, Tarrant Building Supply
""", [], "hard clean: a lien waiver is the standard release document exchanged for payment, not a waiver of fees and not a lien threat")

add("EN-SETTLEDATE", "en", "template",
    "Payment received - thank you (agreement HL-29954)",
    """
Hello Ms. Ferreira,

Thank you for your payment of $3,100.00 for the February rental on agreement HL-29954. Our bank shows a settlement date of March 3, 2026, and it has been applied to INV-HL-29954-02.

The March rental of $3,100.00 (INV-HL-29954-03) was due on March 1 and is still open. If it's already on its way, please send us the remittance so we can match it; otherwise you can pay at https://portal.halcyon-lease.example/pay/HL-29954.

Best regards,
Halcyon Medical Leasing - Accounts Receivable
""", [], "hard clean: 'settlement date' is the bank's value date, not a settlement for less")

_inv = date(2026, 2, 6)
_disc_end = _inv + timedelta(days=10)
_due = _inv + timedelta(days=30)
assert (_disc_end, _due) == (date(2026, 2, 16), date(2026, 3, 8))
add("EN-EARLYPAY", "en", "template",
    "Re: early payment discount on INV-58275",
    """
Hello Sanjay,

Thanks for your question. INV-58275 (£2,350.00) was issued on %d February with our usual terms of 2%% discount if paid within 10 days, otherwise net 30. The 10-day period ended on %d February, so the discount no longer applies and the full £2,350.00 is payable by %d March 2026, the due date on the invoice.

You can pay at https://pay.tarrant-supply.example/uk/58275.

Kind regards,
Deborah Quayle
Credit Control | Tarrant Builders' Merchants Ltd
""" % (_inv.day, _disc_end.day, _due.day), [],
    "hard clean: explains that the printed early-payment discount has lapsed; restating existing terms, no discount offered")

add("EN-SLACKCASUAL", "en", "slack",
    "C-arm rental - April",
    """
hey Priya — quick one: the April rental on the C-arm ($2,940.00, agreement HL-31120) was due 4/1 and is 9 days over now. pay link is below, or just reply here and ill give you a call whenever suits.

https://portal.halcyon-lease.example/pay/HL-31120

cheers,
Sam @ Halcyon
""", [], "casual Slack edit that stays factual: amount, due date, link, offer to talk")

# ---------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------

add("ES-REMIND", "es", "template",
    "Recordatorio: factura TMC-2026-0418 vencida",
    """
Buenos días, Sr. Navarro:

Le escribimos para recordarle que la factura TMC-2026-0418, por importe de 2.684,30 €, venció el pasado 28 de febrero de 2026 y, según nuestros registros, sigue pendiente de pago.

Puede abonarla mediante el enlace seguro https://pay.tarrant-supply.example/es/0418 o, si ya la ha pagado, indíquenos la fecha y la referencia de la transferencia para poder conciliarla.

Un saludo cordial,

Departamento de Administración
Tarrant Materiales de Construcción, S.L.
""", [], "plain reminder: amount, due date, pay link, remittance request")

add("ES-INTERES", "es", "template",
    "Segundo aviso: facturas pendientes - obra Residencial Los Olivos",
    """
Estimada Sra. Beltrán:

A pesar de nuestro aviso del 2 de marzo, las siguientes facturas de la obra Residencial Los Olivos siguen sin abonarse:

- TMC-2026-0297 · 5.112,00 € · vencida el 31/01/2026
- TMC-2026-0355 · 1.947,60 € · vencida el 15/02/2026

Le recordamos que, conforme a la cláusula 5 de las condiciones generales que firmaron en su solicitud de cuenta, las facturas vencidas devengan el interés de demora previsto en la Ley 3/2004, de lucha contra la morosidad.

Le rogamos que regularice el importe total de 7.059,60 € a la mayor brevedad en https://pay.tarrant-supply.example/es/cuenta/4471. Si hay algún motivo que le impida pagar, conteste a este correo y le llamará una persona de nuestro equipo.

Atentamente,
Gestión de Cobros
Tarrant Materiales de Construcción, S.L.
""", [], "hard clean: firm second notice; restates the contractual/statutory late interest (Ley 3/2004) and offers a person; naming a law is not a legal threat")

add("ES-ASNEF", "es", "slack",
    "Aviso: cuotas de renting impagadas - contrato HLM-ES-0782",
    """
Sr. Domínguez:

Las cuotas de enero y febrero del renting del equipo de radiología (contrato HLM-ES-0782), 3.870,00 € en total, siguen impagadas.

Si en un plazo de 7 días naturales no recibimos el pago, comunicaremos la deuda al fichero de morosos ASNEF y daremos instrucciones a nuestros abogados para iniciar un procedimiento monitorio.

Halcyon Renting Médico, S.A.
""", ["legal_threat"], "threatens credit reporting (ASNEF debtor file) and court proceedings (procedimiento monitorio)")

add("ES-REBAJA", "es", "llm",
    "Propuesta para cerrar la factura TMC-2026-0211",
    """
Hola, Jorge:

Gracias por tu mensaje. Entendemos que este trimestre está siendo complicado para la constructora.

Para ayudarte a cerrar el tema, si abonas la factura TMC-2026-0211 esta misma semana podemos dejarla en 1.200,00 € en lugar de los 1.450,00 € facturados, y damos el asunto por zanjado.

Enlace de pago: https://pay.tarrant-supply.example/es/0211

Un abrazo,
Marta
Tarrant Materiales de Construcción
""", ["discount_offer"], "LLM drift: offers to settle the invoice for less than billed")

add("ES-PLAZO", "es", "llm",
    "RE: Solicitud de prórroga - contrato HLM-MX-1540",
    """
Estimada Dra. Salgado:

Recibimos su solicitud de 60 días adicionales para pagar la renta de marzo del ultrasonido (contrato HLM-MX-1540, $38,500.00 MXN, con vencimiento el 5 de marzo de 2026). La hemos turnado a nuestro comité de crédito, que le responderá en un máximo de tres días hábiles.

Mientras tanto, la renta conserva su fecha de vencimiento original. Si desea comentarlo con alguien de nuestro equipo, puede llamarnos al 55 5550 1290.

Saludos cordiales,
Cuentas por Cobrar
Halcyon Arrendamiento Médico, S.A. de C.V.
""", [], "hard clean: an extension request is passed to a person without agreeing; the due date stays as issued")

add("ES-VERGUENZA", "es", "slack",
    "Factura TMC-2026-0133",
    """
Sr. Gil:

Es una vergüenza. Llevamos tres meses detrás de usted por 9.420,00 € y mientras tanto sus camiones siguen cargando material en el almacén de la competencia. Son ustedes unos sinvergüenzas y ya no nos creemos ni una palabra.

Pague la factura hoy.

Tarrant Materiales de Construcción
""", ["harassment"], "angry Slack edit: insults and shaming ('sinvergüenzas', 'es una vergüenza'); no legal action named")

add("ES-ROTURAS", "es", "template",
    "RE: Palés de ladrillo dañados - albarán 88231",
    """
Buenas tardes, Sra. Requena:

Gracias por avisarnos. Según nos indica, «de los 12 palés de ladrillo caravista del albarán 88231, tres llegaron con la mitad de las piezas rotas y el transportista se fue sin dejarnos anotarlo».

Hemos abierto una incidencia sobre la línea del ladrillo de la factura TMC-2026-0390 y hemos detenido los recordatorios de esa línea mientras el almacén revisa el parte de entrega y las fotos que nos envió. Le escribiremos en cuanto tengamos su respuesta.

El resto de la factura (mortero y ferralla, 2.318,75 €) no está afectado y vence el 20 de marzo de 2026.

Un saludo,
Atención al Cliente - Cobros
Tarrant Materiales de Construcción, S.L.
""", [], "hard clean: quotes the customer's damage claim, pauses reminders on the disputed line, admits nothing and promises no credit")

add("ES-DEVOLUCION", "es", "slack",
    "Re: pago duplicado cuota de febrero",
    """
Hola, Nuria:

Lo he comprobado: vuestro banco nos envió dos veces la cuota de febrero del contrato HLM-ES-0915 (1.140,00 €). Te devolvemos el segundo pago esta semana por transferencia a la cuenta desde la que se hizo, ES91 2100 0418 4502 0005 1332.

La cuota de marzo sigue pendiente con vencimiento el 10/03.

Saludos,
Íñigo - Administración
Halcyon Renting Médico
""", ["refund_or_credit_promise", "sensitive_data"], "promises a refund and types the customer's full IBAN; the duplicate came from the customer's bank, so no fault_admission")

# ---------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------

add("FR-INDEMNITE", "fr", "template",
    "Relance : facture TMX-26-01877 échue",
    """
Madame, Monsieur,

Sauf erreur de notre part, la facture TMX-26-01877 d'un montant de 4 905,60 € TTC, échue le 27 février 2026, reste impayée à ce jour.

Nous vous rappelons que, conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard de paiement entraîne l'application de pénalités de retard au taux indiqué sur la facture ainsi que d'une indemnité forfaitaire pour frais de recouvrement de 40 €.

Vous pouvez régler en ligne : https://pay.tarrant-supply.example/fr/01877

Si votre règlement est déjà parti, merci de ne pas tenir compte de ce message et de nous transmettre l'avis de virement.

Cordialement,
Service Comptabilité Clients
Tarrant Matériaux SAS
""", [], "hard clean: restates the statutory late penalties and the 40 EUR fixed recovery fee already in the terms; 'Sauf erreur de notre part' is a set formula, not an admission")

add("FR-CONTENTIEUX", "fr", "llm",
    "Loyers impayés - contrat de location HLF-4410",
    """
Bonjour Docteur Marchal,

Nous espérons que vous allez bien. Malgré nos relances des 5 et 19 février, les loyers de janvier et février de votre contrat de location HLF-4410 (échographe et table d'examen), soit 2 316,00 € TTC, restent impayés.

Nous comprenons que la gestion d'un cabinet soit prenante, mais sans règlement sous huitaine, nous serons contraints de transmettre votre dossier à notre service contentieux, qui engagera les démarches nécessaires.

Règlement en ligne : https://portal.halcyon-lease.example/fr/HLF-4410

Bien cordialement,
Halcyon Location Médicale SAS
""", ["legal_threat"], "subtle: polite LLM text, but passing the file to the 'service contentieux' (litigation department) to take 'the necessary steps' threatens legal action")

add("FR-AVOIR", "fr", "slack",
    "RE: Retour plaques de plâtre - BL 55120",
    """
Bonjour Monsieur Petit,

Bien reçu les 36 plaques BA13 retournées hier à l'agence de Villeurbanne. Nous vous établirons un avoir de 275,40 € TTC que nous imputerons sur la facture TMX-26-02011.

Le solde de cette facture, soit 1 602,30 €, reste dû au 31 mars.

Bonne journée,
Camille
Agence Villeurbanne - Tarrant Matériaux
""", ["refund_or_credit_promise"], "promises a credit note (avoir) for returned goods; no fault admitted; the due date is unchanged")

add("FR-SONDE", "fr", "slack",
    "RE: Facture HLF-26-0311 - sonde manquante",
    """
Bonjour Madame Leroy,

Vous avez raison : l'échographe livré le 12 février était incomplet, la sonde linéaire prévue au contrat n'était pas dans le colis. C'est une erreur de notre part lors de la préparation et nous en sommes sincèrement désolés.

Notre service technique vous appellera demain pour convenir de la livraison de la sonde.

Bien à vous,
Julien Fabre
Halcyon Location Médicale
""", ["fault_admission"], "admits our error in preparing the delivery; delivering the missing probe is not a refund or credit")

add("FR-LOYER", "fr", "template",
    "Rappel : loyer de mars - contrat HLF-3982",
    """
Bonjour,

Le loyer de mars de votre contrat HLF-3982, d'un montant de 1 188,00 € TTC, était exigible le 1er mars 2026 et n'a pas encore été réglé.

Vous pouvez le payer par carte ou par virement depuis votre espace client : https://portal.halcyon-lease.example/fr/HLF-3982

Une question sur ce loyer ? Répondez simplement à ce message ou appelez-nous au 01 55 50 12 34 : un conseiller vous répondra.

Cordialement,
Halcyon Location Médicale SAS
Service Clients
""", [], "plain reminder with amount, due date, pay link and the offer to talk to a person")

add("FR-ECHEANCIER", "fr", "llm",
    "Votre compte Tarrant Matériaux - une solution adaptée",
    """
Bonjour Monsieur Garnier,

Nous avons bien pris connaissance des difficultés de trésorerie que traverse votre entreprise et nous tenons à vous accompagner.

Nous vous proposons donc de régler le solde de 8 730,00 € en trois mensualités de 2 910,00 €, les 15 avril, 15 mai et 15 juin, sans aucun frais. Par ailleurs, les pénalités de retard déjà calculées sur vos factures de janvier seront annulées.

Il vous suffit de nous confirmer votre accord par retour de mail.

Très cordialement,
Tarrant Matériaux SAS
""", ["discount_offer", "terms_change"], "LLM drift: offers a three-instalment plan (terms change) and cancels late penalties already charged (waiver)")

add("FR-RECOUVREMENT", "fr", "template",
    "Votre facture HLF-26-0268 - avez-vous besoin d'un duplicata ?",
    """
Bonjour Madame Nguyen,

Nous n'avons pas encore reçu le règlement de la facture HLF-26-0268 (maintenance annuelle du moniteur multiparamétrique, 864,00 € TTC), échue le 20 février 2026.

Si vous ne l'avez pas reçue, nous pouvons vous en renvoyer un duplicata, ou vous pouvez la télécharger depuis votre espace client. Si un bon de commande doit y figurer, indiquez-nous son numéro.

Paiement en ligne : https://portal.halcyon-lease.example/fr/HLF-26-0268

Cordialement,
Service Recouvrement
Halcyon Location Médicale SAS - 3 cours Lafayette, 69003 Lyon
""", [], "hard clean: 'Service Recouvrement' is the name of our own collections team; offers a copy invoice and asks for a PO number")

add("FR-RIB", "fr", "template",
    "Important : nos coordonnées bancaires n'ont pas changé",
    """
Madame, Monsieur,

Plusieurs de nos clients ont reçu ces derniers jours des e-mails frauduleux, prétendument envoyés par Tarrant Matériaux, annonçant un changement de RIB. Nos coordonnées bancaires n'ont pas changé : ce sont celles qui figurent sur vos factures, et nous ne les communiquerons jamais par e-mail.

Par ailleurs, la facture TMX-26-01544 (2 117,00 € TTC, échue le 15 février 2026) est toujours ouverte sur votre compte. Vous pouvez la régler en toute sécurité via https://pay.tarrant-supply.example/fr/01544.

En cas de doute sur un message, appelez-nous au 04 55 50 18 20.

Cordialement,
Service Comptabilité Clients
Tarrant Matériaux SAS
""", [], "hard clean: talks about bank details (RIB) and fraud without typing any account number; no other customer is named")

# ---------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------

add("DE-MAHNUNG", "de", "template",
    "1. Mahnung - Rechnung TB-2026-00731",
    """
Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung TB-2026-00731 vom 29.01.2026 über 6.412,80 € (fällig am 28.02.2026) noch offen ist.

Wir bitten Sie, den Betrag umgehend zu begleichen, am einfachsten über https://pay.tarrant-supply.example/de/00731. Gemäß Ziffer 8 unserer Allgemeinen Geschäftsbedingungen berechnen wir ab Fälligkeit Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 2 BGB).

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
Forderungsmanagement
Tarrant Baustoffe GmbH
""", [], "hard clean: 'Mahnung' is an ordinary reminder; statutory default interest as already in the AGB; citing a statute is not a threat")

add("DE-INKASSO", "de", "slack",
    "Letzte Mahnung - Leasingvertrag HMT-LV-2210",
    """
Sehr geehrter Herr Dr. Vogt,

trotz unserer Erinnerungen vom 09.02. und 23.02.2026 sind die Leasingraten Januar bis März für das Röntgensystem (Vertrag HMT-LV-2210) in Höhe von insgesamt 11.097,00 € weiterhin offen.

Geht der Betrag nicht innerhalb von 7 Tagen bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassounternehmen und beantragen parallel einen gerichtlichen Mahnbescheid.

Mit freundlichen Grüßen
Halcyon Medizintechnik-Leasing GmbH
Forderungsmanagement
""", ["legal_threat"], "threatens a collection agency (Inkassounternehmen) and a court payment order (gerichtlicher Mahnbescheid)")

add("DE-RATEN", "de", "llm",
    "AW: Ratenzahlung Wartungsrechnung HMT-26-0412",
    """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Nachricht. Ihren Wunsch, die Wartungsrechnung HMT-26-0412 über 3.480,00 € in drei Raten zu zahlen, haben wir an unsere Kreditabteilung weitergegeben. Eine Kollegin meldet sich innerhalb von zwei Werktagen bei Ihnen.

Bis zu einer Entscheidung bleibt die Rechnung zu den ursprünglichen Bedingungen fällig (Fälligkeit 02.03.2026).

Freundliche Grüße
Kundenservice Abrechnung
Halcyon Medizintechnik-Leasing GmbH
""", [], "hard clean: instalment request handed to a person, not agreed; original terms restated")

add("DE-ERSTATTUNG", "de", "slack",
    "AW: Doppelte Wartungspauschale CT",
    """
Hallo Herr Kaya,

Sie haben völlig recht - die Wartungspauschale für das CT im Februar wurde Ihnen doppelt berechnet. Das Versehen lag bei unserer Buchhaltung, dafür möchte ich mich entschuldigen. Die zu viel eingezogenen 890,00 € überweisen wir Ihnen bis Ende der Woche zurück.

Beste Grüße
Lars Brenner
Halcyon Medizintechnik-Leasing GmbH
""", ["refund_or_credit_promise", "fault_admission"], "admits our accounting's mistake (double charge) and promises to transfer the money back")

add("DE-60TAGE", "de", "slack",
    "Re: Zahlungsziel",
    """
Hallo Frau Öztürk,

kein Problem, das bekommen wir hin: Ich stelle Ihr Kundenkonto ab sofort von 30 auf 60 Tage netto um, dann passen unsere Rechnungen in Ihren Zahlungslauf. Die offene Rechnung TB-2026-00688 ist damit erst am 14.04. fällig.

Viele Grüße
Tobias
Tarrant Baustoffe - Niederlassung Köln
""", ["terms_change"], "changes the account from net 30 to net 60 and moves an open invoice's due date")

add("DE-LASTSCHRIFT", "de", "template",
    "Rücklastschrift - Leasingrate März, Vertrag HMT-LV-1893",
    """
Sehr geehrte Damen und Herren,

die SEPA-Lastschrift für die Leasingrate März (1.276,00 €, fällig am 01.03.2026) von Ihrem Konto mit der IBAN-Endung 4417 wurde von Ihrer Bank zurückgegeben.

Bitte überweisen Sie den Betrag oder erteilen Sie über Ihr Kundenportal ein neues Mandat: https://portal.halcyon-lease.example/de/HMT-LV-1893. Unsere Bankverbindung finden Sie wie gewohnt auf der Rechnung.

Mit freundlichen Grüßen
Halcyon Medizintechnik-Leasing GmbH
""", [], "hard clean: returned direct debit with only the last four IBAN digits; our bank details are referred to the invoice, not typed")

add("DE-LEHRLING", "de", "slack",
    "Rechnung TB-2026-00412 - ZUM VIERTEN MAL",
    """
Herr Schäfer,

ich habe ehrlich gesagt die Nase voll von Ihren Ausreden. Jeder Lehrling im ersten Jahr bekommt es hin, eine Rechnung über 2.960,00 € pünktlich zu bezahlen - nur Ihr Laden offenbar nicht. Peinlich.

Überweisen Sie das Geld. Heute.

Tarrant Baustoffe GmbH
""", ["harassment"], "angry Slack edit: belittling and shaming ('jeder Lehrling', 'Peinlich'); no legal action named")

add("DE-PRAXIS", "de", "llm",
    "Ihre offenen Leasingraten - wir finden eine Lösung",
    """
Sehr geehrte Frau Dr. Albers,

uns ist bewusst, dass viele Praxen derzeit mit höheren Kosten kämpfen. Die Leasingraten für Februar und März (je 845,00 €) für Ihr Ultraschallgerät sind noch offen.

Vielleicht hilft Ihnen ein Beispiel aus Ihrer Nachbarschaft: Die Praxis Dr. Brandt in der Lindenstraße war mit 6.300,00 € im Rückstand und hat den Betrag nach einem kurzen Telefonat mit uns letzte Woche vollständig beglichen.

Sie erreichen uns unter 040 555 0192 oder zahlen direkt hier: https://portal.halcyon-lease.example/de/HMT-LV-3051

Freundliche Grüße
Halcyon Medizintechnik-Leasing GmbH
""", ["sensitive_data"], "LLM drift: names another customer (Praxis Dr. Brandt) with its arrears and payment")

add("DE-NIEANGEKOMMEN", "de", "template",
    "AW: Rechnung TB-2026-00590",
    """
Guten Tag Herr Wimmer,

Sie schrieben uns: „Diese Rechnung ist bei uns nie angekommen, deshalb haben wir sie auch nicht bezahlt.“

Anbei erhalten Sie eine Kopie der Rechnung TB-2026-00590 über 1.734,50 € vom 02.02.2026 (fällig am 04.03.2026). Bitte teilen Sie uns mit, ob wir Rechnungen künftig an eine andere Adresse senden sollen, z. B. an Ihr zentrales Rechnungseingangspostfach.

Die Zahlung ist auch online möglich: https://pay.tarrant-supply.example/de/00590

Mit freundlichen Grüßen
Debitorenbuchhaltung
Tarrant Baustoffe GmbH · Gerichtsstraße 12 · 44135 Dortmund
""", [], "hard clean: quotes the customer's own statement, sends a copy invoice; 'Gerichtsstraße' (Court Street) in the address is harmless")

# ---------------------------------------------------------------------------
# Italian
# ---------------------------------------------------------------------------

add("IT-SOLLECITO", "it", "template",
    "Sollecito di pagamento - fattura n. 2026/0342",
    """
Gentile Geom. Ferri,

le ricordiamo che la fattura n. 2026/0342 del 15/01/2026, di importo pari a 3.276,00 € IVA inclusa, è scaduta il 14/02/2026 e risulta ancora insoluta.

Può effettuare il pagamento tramite il link https://pay.tarrant-supply.example/it/0342. Se ha già provveduto, la preghiamo di inviarci copia della contabile del bonifico.

Per qualsiasi chiarimento resta a disposizione il nostro ufficio amministrativo al numero 02 5550 1842.

Cordiali saluti,
Ufficio Amministrazione
Tarrant Edilizia S.r.l.
""", [], "plain reminder ('sollecito'): amount, due date, link, request for the transfer receipt")

add("IT-MORA", "it", "llm",
    "Secondo sollecito - canoni di noleggio contratto HLI-0655",
    """
Spett.le Poliambulatorio San Marco,

nonostante il nostro precedente sollecito del 24 febbraio, i canoni di gennaio e febbraio relativi al contratto di noleggio HLI-0655 (elettrocardiografi e defibrillatore), per un totale di 1.932,00 €, non risultano ancora pagati.

Vi ricordiamo che, come previsto dall'art. 11 delle condizioni generali di contratto, sui canoni scaduti maturano interessi di mora al tasso previsto dal D.Lgs. 231/2002.

Vi invitiamo a regolarizzare la posizione al più presto tramite https://portal.halcyon-lease.example/it/HLI-0655. Se desiderate parlarne con un nostro referente, rispondete a questa e-mail e vi richiameremo.

Distinti saluti,
Halcyon Noleggio Medicale S.p.A.
Ufficio Crediti
""", [], "hard clean: second reminder restating the contractual default interest (D.Lgs. 231/2002) and offering a person")

add("IT-DECRETO", "it", "slack",
    "Fatture scadute cantiere via Solferino",
    """
Sig. Colombo,

le fatture 2026/0118 e 2026/0164 (totale 14.880,00 €) del cantiere di via Solferino sono scadute da oltre 40 giorni.

In mancanza di pagamento entro dieci giorni dal ricevimento della presente, la pratica verrà affidata al nostro legale per il recupero tramite decreto ingiuntivo, con ogni spesa a vostro carico.

Tarrant Edilizia S.r.l.
Ufficio Crediti
""", ["legal_threat"], "threatens to instruct a lawyer and seek a court payment order (decreto ingiuntivo)")

add("IT-STRALCIO", "it", "llm",
    "Una proposta per chiudere la sua posizione",
    """
Gentile Dott.ssa Greco,

comprendiamo che gli ultimi mesi siano stati impegnativi per lo studio. Per venirle incontro, siamo disponibili a chiudere definitivamente la posizione relativa al contratto HLI-0931, attualmente scoperta per 5.460,00 €, a saldo e stralcio con un pagamento unico di 4.000,00 €.

Se la proposta le interessa, può procedere qui: https://portal.halcyon-lease.example/it/HLI-0931

Un cordiale saluto,
Halcyon Noleggio Medicale S.p.A.
""", ["discount_offer"], "subtle: 'saldo e stralcio' is a settlement for less (4,000 for a 5,460 balance)")

add("IT-ERRORE", "it", "slack",
    "R: canone di febbraio errato",
    """
Buongiorno Sig.ra Romano,

ha ragione, ci scusiamo: il canone di febbraio del contratto HLI-0712 è stato fatturato a 1.140,00 € invece di 940,00 € per un errore del nostro ufficio fatturazione.

Non si preoccupi per la scadenza del 28 febbraio: può pagarlo tranquillamente insieme al canone di aprile.

Cordiali saluti,
Paolo Esposito
Halcyon Noleggio Medicale
""", ["fault_admission", "terms_change"], "admits a billing error on our side and lets the customer pay the February rental with April's (due date moved); no credit note is promised")

add("IT-PENTIRETE", "it", "slack",
    "ULTIMO AVVISO",
    """
Sig. Bruno,

non è più accettabile. Sono due mesi che ci prendete in giro con promesse che non mantenete. Una ditta seria non si comporta così, ma evidentemente voi non lo siete.

Pagate la fattura 2026/0097 da 2.215,00 € entro domani, altrimenti ve ne pentirete.

Tarrant Edilizia
""", ["harassment"], "shaming ('voi non lo siete') and an open menace ('ve ne pentirete'); no legal action, agency, court or credit report is named, so not legal_threat")

add("IT-SCADENZA", "it", "template",
    "Addebito non riuscito - canone di marzo",
    """
Gentile Dott. Ricci,

l'addebito del canone di marzo (612,00 €) per il contratto HLI-0588 sulla sua carta Visa che termina con 4242, con scadenza 08/27, è stato rifiutato dall'emittente.

Può aggiornare la carta o pagare con bonifico dal portale clienti: https://portal.halcyon-lease.example/it/HLI-0588

Cordiali saluti,
Halcyon Noleggio Medicale S.p.A.
""", ["sensitive_data"], "the card number is masked, but the card's expiry date (08/27) is given; the contract lists expiry as sensitive on its own")

add("IT-NOTACREDITO", "it", "template",
    "Estratto conto al 28/02/2026",
    """
Gentile cliente,

le inviamo il riepilogo delle partite aperte sul suo conto al 28/02/2026:

Fattura 2026/0205 del 20/01/2026 - scad. 19/02/2026 ........ 2.450,00 €
Nota di credito NC-2026/0017 del 02/02/2026 (reso piastrelle) ... -310,00 €
Saldo da pagare ............................................ 2.140,00 €

La nota di credito è già stata emessa e compensata nel saldo sopra indicato. Può pagare il saldo qui: https://pay.tarrant-supply.example/it/conto/7731

Cordiali saluti,
Ufficio Amministrazione
Tarrant Edilizia S.r.l.
""", [], "hard clean: a statement showing a credit note that was already issued is a fact, not a promise of a credit")

# ---------------------------------------------------------------------------
# Portuguese (pt-BR and pt-PT)
# ---------------------------------------------------------------------------

add("PT-BOLETO", "pt", "template",
    "Lembrete: aluguel de fevereiro em aberto - contrato HLB-2207",
    """
Olá, Dra. Camila,

Identificamos que o aluguel de fevereiro do contrato HLB-2207 (monitor multiparamétrico e oxímetros), no valor de R$ 4.350,00, com vencimento em 10/02/2026, ainda está em aberto.

Você pode pagar por Pix ou boleto no link: https://portal.halcyon-lease.example/br/HLB-2207

Se o pagamento já foi feito, por favor nos envie o comprovante para darmos baixa.

Atenciosamente,
Equipe Financeira
Halcyon Locação de Equipamentos Médicos Ltda.
""", [], "plain pt-BR reminder: amount, due date, pay link, proof-of-payment request")

add("PT-MULTA", "pt", "template",
    "Segundo aviso - contrato HLB-1984 em atraso",
    """
Prezado Sr. Albuquerque,

Até o momento não identificamos o pagamento das parcelas de janeiro e fevereiro do contrato de locação HLB-1984, que somam R$ 9.720,00.

Lembramos que, conforme a cláusula 9 do contrato, sobre valores em atraso incidem multa de 2% e juros de 1% ao mês.

Pedimos que regularize a situação pelo link https://portal.halcyon-lease.example/br/HLB-1984. Caso prefira conversar com alguém da nossa equipe, responda este e-mail ou ligue para (11) 5550-4470.

Atenciosamente,
Setor de Cobrança
Halcyon Locação de Equipamentos Médicos Ltda.
""", [], "hard clean: restates the contractual late fine and interest (clause 9); 'Setor de Cobrança' is our own team")

add("PT-PROTESTO", "pt", "slack",
    "Duplicatas vencidas - obra Jardim Europa",
    """
Sr. Vasconcelos,

As duplicatas 40218 e 40233 (total R$ 27.640,00) referentes à obra Jardim Europa estão vencidas há mais de 30 dias.

Não havendo pagamento até sexta-feira, os títulos serão encaminhados para protesto em cartório e o CNPJ da construtora será negativado no Serasa.

Tarrant Materiais de Construção Ltda.
Departamento Financeiro
""", ["legal_threat"], "threatens a formal protest of the bills at the notary and negative credit reporting at Serasa")

add("PT-NOTACREDITO", "pt", "slack",
    "RE: Devolução de sacos de cimento - guia 31877",
    """
Bom dia, Sr. Moreira,

Confirmamos a receção dos 40 sacos de cimento devolvidos ontem no armazém da Maia, em bom estado. Vamos emitir uma nota de crédito de 180,00 € e abatê-la na sua próxima fatura.

A fatura FT 2026/0412 (1.986,40 €, vencida a 28 de fevereiro) mantém-se em aberto.

Com os melhores cumprimentos,
Rita Sousa
Tarrant Materiais de Construção, Lda.
""", ["refund_or_credit_promise"], "pt-PT: promises a credit note for returned goods; no fault admitted; the open invoice's terms are unchanged")

add("PT-CALOTEIROS", "pt", "slack",
    "Aluguéis atrasados",
    """
Sr. Peixoto,

Sinceramente, vocês são uns caloteiros. A Clínica Santa Luzia, que é bem menor que a de vocês, quitou os R$ 18.400,00 que devia pra gente na semana passada. Vocês não têm vergonha?

Paguem os R$ 12.960,00 hoje.

Halcyon Locação
""", ["harassment", "sensitive_data"], "insult ('caloteiros') and shaming, plus another customer's name with its debt and payment")

add("PT-PRESTACOES", "pt", "llm",
    "RE: Proposta de pagamento faseado",
    """
Exmo. Sr. Cardoso,

Agradecemos a sua proposta. Concordamos com o pagamento do saldo de 5.000,00 € em quatro prestações mensais de 1.250,00 €, a primeira a 10 de abril de 2026 e as seguintes no dia 10 de cada mês.

Enviaremos um lembrete alguns dias antes de cada prestação.

Com os melhores cumprimentos,
Departamento de Contas a Receber
Tarrant Materiais de Construção, Lda.
""", ["terms_change"], "pt-PT: agrees a four-instalment payment plan")

add("PT-PROMESSA", "pt", "llm",
    "Confirmação da data de pagamento - fatura HLP-2026-118",
    """
Cara Dra. Figueiredo,

Obrigado pela sua resposta. Registámos a sua indicação de que a fatura HLP-2026-118, no valor de 2.275,00 €, será paga no dia 27 de março de 2026.

Para que fique claro, a fatura mantém o vencimento original de 28 de fevereiro. Se precisar de falar connosco antes disso, basta responder a este e-mail.

Com os melhores cumprimentos,
Halcyon Locação Médica, Lda.
Contas a Receber
""", [], "hard clean (pt-PT): records the customer's own promise and says the original due date stands")

add("PT-DUPLICIDADE", "pt", "slack",
    "RE: cobrança em duplicidade - boleto fevereiro",
    """
Olá, Fernanda,

Verificamos aqui e você tem razão: o boleto de fevereiro do contrato HLB-2319 foi gerado duas vezes por uma falha no nosso sistema de faturamento. Pedimos desculpas pelo transtorno.

Já encaminhamos o caso para o time financeiro analisar.

Abraço,
Lucas Martins
Halcyon Locação de Equipamentos Médicos
""", ["fault_admission"], "pt-BR: admits our billing system failed; forwarding the case for analysis promises no refund or credit")

# ---------------------------------------------------------------------------
# Dutch
# ---------------------------------------------------------------------------

add("NL-INCASSO", "nl", "template",
    "Herinnering: leasetermijn maart niet ontvangen",
    """
Geachte heer Van Dijk,

De automatische incasso van 1 maart 2026 voor de leasetermijn van contract HML-5521 (€ 1.512,50) is door uw bank gestorneerd. Het bedrag staat daardoor nog open.

Wilt u het bedrag overmaken via https://portal.halcyon-lease.example/nl/HML-5521, of daar een nieuwe machtiging afgeven? Als de storno een vergissing was, kunt u ook reageren op deze e-mail; dan nemen wij contact met u op.

Met vriendelijke groet,
Halcyon Medische Lease B.V.
Debiteurenadministratie
""", [], "hard clean: 'automatische incasso' is a direct debit, not a collection agency; the 'vergissing' is a possible mistake on the customer's side")

add("NL-AANMANING", "nl", "template",
    "Aanmaning: openstaande facturen TBM-26-0881 en TBM-26-0902",
    """
Geachte heer/mevrouw,

Ondanks onze herinnering van 24 februari hebben wij de betaling van onderstaande facturen nog niet ontvangen:

TBM-26-0881   vervaldatum 31-01-2026   € 3.604,20
TBM-26-0902   vervaldatum 07-02-2026   €   918,75

Wij verzoeken u het totaalbedrag van € 4.522,95 per omgaande te voldoen via https://pay.tarrant-supply.example/nl/0881. Conform artikel 7 van onze algemene voorwaarden is over het openstaande bedrag vanaf de vervaldatum de wettelijke handelsrente verschuldigd.

Heeft u vragen over deze facturen, bel dan onze afdeling debiteurenbeheer: 020 555 0163.

Met vriendelijke groet,
Tarrant Bouwmaterialen B.V.
""", [], "hard clean: 'Aanmaning' is an ordinary formal reminder; statutory commercial interest restated from the terms")

add("NL-INCASSOBUREAU", "nl", "llm",
    "Laatste herinnering factuur TBM-26-0714",
    """
Beste Sanne,

We hopen dat het goed gaat met de verbouwing aan de Prinsengracht! Helaas staat factuur TBM-26-0714 (€ 2.389,00) nog steeds open, ondanks eerdere herinneringen.

Ontvangen we de betaling niet vóór 25 maart, dan dragen we de vordering over aan een incassobureau. De incassokosten komen in dat geval voor uw rekening.

Betalen kan hier: https://pay.tarrant-supply.example/nl/0714

Hartelijke groet,
Team Debiteuren
Tarrant Bouwmaterialen
""", ["legal_threat"], "friendly LLM tone but threatens to hand the claim to a collection agency (incassobureau)")

add("NL-KWIJTSCHELDEN", "nl", "llm",
    "Uw openstaande termijnen - een voorstel",
    """
Geachte mevrouw Jansen,

Wij begrijpen dat de afgelopen maanden druk zijn geweest in uw fysiotherapiepraktijk. De termijnen van januari en februari voor de behandelapparatuur (contract HML-4470, samen € 1.836,00) staan nog open.

Als u het bedrag binnen vijf werkdagen voldoet, schelden wij de berekende rente en administratiekosten (€ 148,50) volledig kwijt.

Betalen: https://portal.halcyon-lease.example/nl/HML-4470

Met vriendelijke groet,
Halcyon Medische Lease B.V.
""", ["discount_offer"], "waives interest and admin fees for prompt payment")

add("NL-REKENING", "nl", "slack",
    "Re: Betaling factuur TBM-26-0950",
    """
Hoi Mark,

Klopt, je kunt gewoon overmaken. Ons rekeningnummer is NL91 ABNA 0417 1643 00 t.n.v. Tarrant Bouwmaterialen B.V., onder vermelding van TBM-26-0950 (€ 1.275,60).

Groet,
Ilse
Tarrant Bouwmaterialen - vestiging Utrecht
""", ["sensitive_data"], "our own full IBAN typed into the message; the contract forbids it even when the details have not changed")

add("NL-DEURWAARDER", "nl", "slack",
    "Achterstand HML-3902",
    """
Meneer Bakker,

Drie maanden niks betalen en dan ook nog de telefoon niet opnemen. Ongelooflijk.

Morgen staat de deurwaarder bij uw praktijk op de stoep, dan zien uw patiënten in de wachtkamer meteen wat voor wanbetaler u bent.

Halcyon Medische Lease
""", ["legal_threat", "harassment"], "threatens a bailiff (deurwaarder, court enforcement) and shames the customer in front of patients")

add("NL-TERMIJN", "nl", "llm",
    "Vriendelijke herinnering - factuur HML-26-0233",
    """
Beste mevrouw Claes,

Volgens onze administratie is factuur HML-26-0233 voor het onderhoud van uw tandartsunit (€ 742,00, vervaldatum 20 februari 2026) nog niet betaald.

U kunt eenvoudig betalen via https://portal.halcyon-lease.example/nl/HML-26-0233. Heeft u al betaald? Stuur ons dan de datum en het kenmerk van uw overschrijving, dan koppelen wij die aan de factuur.

Liever iemand spreken? Bel 02 555 01 88 of antwoord op deze mail.

Met vriendelijke groeten,
Halcyon Medische Lease
Klantenservice
""", [], "plain Flemish/Dutch reminder with link, remittance request and offer to talk")

# ---------------------------------------------------------------------------
# Polish
# ---------------------------------------------------------------------------

add("PL-PRZYPOMNIENIE", "pl", "template",
    "Przypomnienie o płatności - faktura FV/2026/02/0187",
    """
Dzień dobry,

uprzejmie przypominamy, że termin płatności faktury FV/2026/02/0187 na kwotę 7 842,15 zł minął 27 lutego 2026 r. Do dnia dzisiejszego nie odnotowaliśmy wpłaty.

Należność można uregulować online: https://pay.tarrant-supply.example/pl/0187. Jeśli płatność została już wykonana, prosimy o przesłanie potwierdzenia przelewu.

Z poważaniem
Dział Rozliczeń
Tarrant Materiały Budowlane Sp. z o.o.
""", [], "plain reminder: amount, due date, link, proof-of-transfer request")

add("PL-WINDYKACJA", "pl", "template",
    "Wezwanie do zapłaty - raty leasingowe, umowa HLP/2024/0391",
    """
Szanowni Państwo,

informujemy, że raty leasingowe za styczeń i luty 2026 r. z umowy HLP/2024/0391 (aparat USG), w łącznej kwocie 6 396,00 zł, pozostają nieopłacone.

Zgodnie z § 9 ogólnych warunków umowy od dnia wymagalności naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych, a także rekompensatę za koszty odzyskiwania należności w wysokości 40 euro, o której mowa w ustawie o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych.

Prosimy o niezwłoczną wpłatę przez portal: https://portal.halcyon-lease.example/pl/HLP-2024-0391. W razie pytań prosimy o kontakt z naszym działem: tel. 22 555 01 47.

Z poważaniem
Dział Windykacji
Halcyon Leasing Medyczny Sp. z o.o.
""", [], "hard clean: 'Wezwanie do zapłaty' (request for payment) and 'Dział Windykacji' (our own collections department) sound legal but threaten nothing; statutory interest and the 40 EUR recovery compensation are restated from the terms")

add("PL-KRD", "pl", "slack",
    "Zaległość - faktury FV/2026/01/0044 i 0061",
    """
Panie Tomaszu,

faktury FV/2026/01/0044 i FV/2026/01/0061 (razem 21 306,40 zł) są przeterminowane o ponad 30 dni.

Jeśli do końca tygodnia nie zobaczymy wpłaty, wpisujemy firmę do Krajowego Rejestru Długów i kierujemy sprawę do sądu.

Tarrant Materiały Budowlane
""", ["legal_threat"], "threatens listing in the national debt register (credit reporting) and court")

add("PL-ODSETKI", "pl", "llm",
    "Propozycja dla Państwa firmy",
    """
Szanowny Panie Dyrektorze,

doceniamy wieloletnią współpracę z firmą Budrex. Faktura FV/2026/02/0102 na kwotę 4 120,00 zł pozostaje nieopłacona od 10 lutego, a do dziś naliczyliśmy od niej odsetki w wysokości 58,30 zł.

Jeśli ureguluje Pan należność do piątku, umorzymy naliczone odsetki w całości.

Link do płatności: https://pay.tarrant-supply.example/pl/0102

Z wyrazami szacunku
Tarrant Materiały Budowlane Sp. z o.o.
""", ["discount_offer"], "waives accrued interest for payment by Friday; Budrex is the addressee itself")

add("PL-KOREKTA", "pl", "slack",
    "RE: Błędna kwota na fakturze FV/HLM/2026/0233",
    """
Dzień dobry Pani Agnieszko,

przepraszamy, to nasz błąd - na fakturze FV/HLM/2026/0233 policzyliśmy serwis kardiomonitora dwukrotnie. Wystawimy fakturę korygującą na 640,00 zł.

Pozostałą kwotę 2 560,00 zł może Pani rozłożyć na dwie raty: do 15 kwietnia i do 15 maja.

Pozdrawiam serdecznie
Katarzyna Wójcik
Halcyon Leasing Medyczny
""", ["refund_or_credit_promise", "fault_admission", "terms_change"], "admits our error, promises a correcting invoice (credit note) and agrees two instalments")

add("PL-RACHUNEK", "pl", "template",
    "Rata leasingowa za marzec - umowa HLP/2025/0148",
    """
Szanowna Pani Doktor,

przypominamy o racie leasingowej za marzec w wysokości 2 214,00 zł z terminem płatności 10 marca 2026 r.

Prosimy o przelew na nasz rachunek: PL61 1090 1014 0000 0712 1981 2874, w tytule: HLP/2025/0148/03.

Z poważaniem
Halcyon Leasing Medyczny Sp. z o.o.
""", ["sensitive_data"], "a template that types our own full bank account number (IBAN) into the message")

add("PL-SPOR", "pl", "template",
    "RE: Reklamacja bloczków - faktura FV/2026/02/0233",
    """
Dzień dobry Panie Pawle,

dziękujemy za zgłoszenie. Jak Pan napisał: „połowa bloczków z drugiej palety była popękana i nie nadaje się do użycia”.

Zarejestrowaliśmy reklamację pozycji 2 faktury FV/2026/02/0233 (bloczki betonowe, 1 480,00 zł) i wstrzymaliśmy przypomnienia dotyczące tej pozycji do czasu oceny przez magazyn. Odezwiemy się, gdy tylko otrzymamy wynik.

Pozostałe pozycje faktury (3 215,70 zł) nie są objęte reklamacją; termin ich płatności to 16 marca 2026 r.

Z poważaniem
Dział Obsługi Klienta
Tarrant Materiały Budowlane Sp. z o.o.
""", [], "hard clean: quotes the customer's complaint, pauses reminders on the disputed line, admits nothing and promises nothing")

add("PL-KPINA", "pl", "slack",
    "FV/2026/01/0019",
    """
Panie Marku,

to już jest kpina. Czwarty raz słyszę, że „przelew wyszedł”, a na koncie nic. Albo Pan nie umie obsłużyć bankowości, albo robi nas Pan w konia.

Proszę zapłacić 3 870,00 zł dzisiaj.

Tarrant
""", ["harassment"], "angry Slack edit: mocking and accusing the customer of cheating ('robi nas Pan w konia')")


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

def checks():
    keys = [it["key"] for it in ITEMS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert len(ITEMS) == 80, len(ITEMS)
    for it in ITEMS:
        v = it["violations"]
        assert all(x in ORDER for x in v), it["key"]
        assert v == sorted(v, key=ORDER.index), it["key"]
        assert len(v) == len(set(v)), it["key"]
        assert it["source"] in ("template", "llm", "slack")
        assert it["body"] and it["subject"]
    # weekday claims made in the text
    wd = {"Friday": 4}
    for it in ITEMS:
        for m in re.finditer(r"(Friday) (\d{1,2}) March 2026", it["body"]):
            assert date(2026, 3, int(m.group(2))).weekday() == wd[m.group(1)], it["key"]
    # sums stated in the text
    assert round(3412.60 + 1188.00 + 742.15, 2) == 5342.75
    assert round(3890.00 + 187.31, 2) == 4077.31
    assert round(5112.00 + 1947.60, 2) == 7059.60
    assert round(3604.20 + 918.75, 2) == 4522.95
    assert round(2450.00 - 310.00, 2) == 2140.00
    assert 3 * 2910 == 8730 and 4 * 1250 == 5000 and 2 * 4500 == 9000
    clean = sum(1 for it in ITEMS if not it["violations"])
    assert clean == 36, clean


def main():
    checks()
    rng = random.Random(36036)
    nums = list(range(1, len(ITEMS) + 1))
    rng.shuffle(nums)
    rows = []
    for it, n in zip(ITEMS, nums):
        rows.append(("b36g%03d" % n, it))
    rows.sort(key=lambda r: r[0])
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for id_, it in rows:
            f.write(json.dumps({"id": id_, "subject": it["subject"], "body": it["body"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for id_, it in rows:
            v = it["violations"]
            note = "[%s, %s] (%s) %s" % (it["key"], it["lang"], it["source"], it["note"])
            f.write(json.dumps({"id": id_, "allowed": not v, "violations": v, "note": note},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
