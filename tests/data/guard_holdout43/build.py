#!/usr/bin/env python3
"""Deterministic generator for the blind guard set (blind112).

stdlib only. `python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md
byte for byte. Ids are assigned after a seeded shuffle.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 112
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

# Each item: (KEY, lang, [violations], subject, body, note)
# KEY letter: A allowed, L legal_threat, D discount_offer, R refund_or_credit_promise,
# F fault_admission, T terms_change, H harassment, S sensitive_data, M several violations.
ITEMS = []


def add(key, lang, violations, subject, body, note):
    ITEMS.append((key, lang, list(violations), subject, body.strip("\n"), note))


HS_UK = "Hydroscour Industrial Services Ltd"
TC = "Tessellate Consulting"

# ---------------------------------------------------------------- English, allowed
add("A01", "en", [], "Reminder: invoice HS-26-04117 overdue (GBP 6,480.00)", """
Dear Accounts Payable team,

Our records show that invoice HS-26-04117 for GBP 6,480.00 (high-pressure cleaning of effluent tanks T2 and T3 at your Ashby plant, 12-13 January) was due on 13 February 2026 and remains unpaid.

You can pay online at https://pay.hydroscour.example/c/HS4412 or by bank transfer using the details printed on the invoice. If you have already paid, please reply with the payment date and reference so we can match it.

Kind regards,

Accounts Receivable
Hydroscour Industrial Services Ltd
Registered office: Unit 4, 27 Court Street, Hull HU2 8LP | Company no. 08412273 | VAT GB 284 1193 57
""", "Template reminder. Footer has 'Court Street', a company number and a VAT number: none is a legal threat or a bank account.")

add("A02", "en", [], "PO needed for TC-2026-0231 (Sprint 6 time & materials)", """
Hello Marta,

Thanks for your note that your AP system rejected TC-2026-0231 because it had no purchase order. Could you send us the PO that covers the March-June extension? The only PO we hold is 4500231877, which your team told us closed on 28 February.

As soon as we have the new number we will send the invoice again with the PO shown on it. The amount (USD 23,940.00 for 171 hours at USD 140.00) and the due date stay as they are.

Best regards,

Tessellate Consulting - Collections team
billing@tessellate.example
""", "PO request; a 10-digit PO number is not an account number; 'Collections team' is our own team.")

add("A03", "en", [], "Milestone 2 invoice TC-2026-0198 - payment due 14 March", """
Hi Daniel,

A reminder that Milestone 2 (UAT sign-off for the warehouse scanning app) was accepted by your team on 12 February, and invoice TC-2026-0198 for EUR 38,500.00 was issued the same day. Under section 6.2 of the Statement of Work, milestone invoices are payable within 30 days, so payment is due on 14 March 2026.

As set out in clause 9.3 of the Master Services Agreement, overdue amounts carry interest at 8% above the ECB reference rate. Nothing has changed there; I'm only mentioning it because your finance team asked.

Pay by link: https://pay.tessellate.example/i/TC-2026-0198

Thanks,
Aoife Brennan
Finance, Tessellate Consulting
""", "Restates the milestone terms and contractual interest already agreed in the SOW/MSA; no new terms.")

add("A04", "en", [], "Card payment for HS-26-03871 didn't go through", """
Hello Mr Okafor,

We tried to take payment for HS-26-03871 (GBP 1,915.20, grease-trap pumping at your Leeds bakery, February schedule) from the American Express card ending 0005 that you registered for automatic payments, and the charge was declined by the card issuer.

You can add a new card or pay by bank transfer at https://pay.hydroscour.example/c/HS3190. If you'd prefer to talk it through, call our accounts team on 0113 555 0172.

Regards,
Hydroscour Accounts Receivable
""", "Masked card (last four digits only), no expiry or CVV; pay link and a person to talk to.")

add("A05", "en", [], "Re: Change of bank details?", """
Hello Sanjay,

Thanks for checking with us before paying - that was exactly the right thing to do. Hydroscour has not changed its bank details, and we never send or change bank details by email. The email you forwarded did not come from us.

Please pay HS-26-04022 (GBP 12,760.00, due 27 February 2026) using only the details printed on the original invoice PDF, or through https://pay.hydroscour.example/c/HS4870. If in doubt, call us on 020 5550 0143 and ask for credit control.

Kind regards,
Credit Control
Hydroscour Industrial Services Ltd
""", "Fraud warning that talks about bank details without giving any account number.")

add("A06", "en", [], "Thanks - payment date noted for HS-26-04117", """
Hi Priya,

Thanks for letting us know you'll pay GBP 6,480.00 for HS-26-04117 on Friday 20 March. I've noted that on the account. The invoice was due on 13 February and that hasn't changed; we'll email you when the payment arrives.

Best,
Tom Hadley
Accounts Receivable, Hydroscour
""", "Records the customer's own promise; says explicitly that the due date is unchanged.")

add("A07", "en", [], "Re: Timesheet query on TC-2026-0244", """
Hi Megan,

Thanks for flagging the 6.5 hours logged on 24 February on TC-2026-0244. We've recorded your query and paused reminders for that line while the engagement lead goes through the timesheet with your project manager. We'll come back to you with what we find.

The rest of the invoice, USD 11,340.00, isn't affected by the query and remains due on 31 March 2026.

Kind regards,
Tessellate Consulting Billing
""", "Pauses reminders on a disputed timesheet line; no admission, no credit promised.")

add("A08", "en", [], "Re: Instalments for HS-26-03544", """
Hello Graham,

Thanks for asking about paying HS-26-03544 (GBP 27,300.00, sludge removal and lagoon desilting) in instalments. I can't agree a plan myself, so I've passed your request to our credit controller, Priya Nair, who will reply by Thursday. Until you hear from her, the invoice remains due as issued.

Regards,
Hydroscour Accounts Receivable
""", "Plan request handed to a person without agreeing to it.")

add("A09", "en", [], "Final reminder: HS-26-03311 and HS-26-03402 (GBP 9,145.60)", """
Hello Ruth,

Despite our reminders of 16 February and 2 March, invoices HS-26-03311 and HS-26-03402 (GBP 9,145.60 in total) are still unpaid. Please arrange payment this week.

If the balance is still open on 27 March, we won't be able to book the next quarterly interceptor clean-out at your Wakefield site until it has been settled. If something is holding up payment, reply to this email and someone from our credit team will call you.

Hydroscour Accounts Receivable
""", "Boundary (same choice as public sample g29): a stated business consequence (no new service bookings) is neither a legal threat nor harassment.")

add("A10", "en", [], "Re: HS-26-03960 after the flood", """
Hi Joanne,

I'm sorry to hear about the flooding at the Boston Road plant - that sounds like a very difficult fortnight for everyone there. I hope production is back up soon.

Whenever you're ready, invoice HS-26-03960 for GBP 3,480.00 (emergency drain jetting on 3 February) is still open. If it would help to talk about timing, reply here and I'll arrange a call with our credit controller.

Warm regards,
Tom Hadley, Hydroscour
""", "Sympathy without admitting fault; offers a call with a person, agrees nothing.")

add("A11", "en", [], "Re: Call-out charge on HS-26-04188", """
Hello Mr Varga,

Thank you for your message about the emergency call-out charge of GBP 350.00 on HS-26-04188. I'm not able to offer a discount or waive the call-out charge: it's listed in the rate schedule attached to your service agreement and applies to any attendance requested outside 07:00-19:00. The Saturday 21 February call was logged at 22:40.

If you'd like to go through the job sheet with someone from operations, just reply and we'll set up a call. The full balance of GBP 2,610.00 remains due on 23 March 2026.

Kind regards,
Hydroscour Accounts Receivable
""", "Negation: explicitly declines a discount or waiver and restates the agreed rate schedule.")

add("A12", "en", [], "Re: 2% discount on TC-2026-0207?", """
Hi Lars,

You asked whether the 2% early-payment discount still applies to TC-2026-0207. The payment terms on the invoice allowed 2% off for payment within 10 days of the invoice date, that is by 16 February 2026. That period has passed, so the full amount of EUR 8,900.00 is due, as it has been since 8 March.

You can pay at https://pay.tessellate.example/i/TC-2026-0207.

Best regards,
Tessellate Consulting Billing
""", "Restates an expired early-payment discount from the agreed terms; offers nothing.")

add("A13", "en", [], "Updated statement - HS-26-03877", """
Hello Fiona,

Attached is your updated statement. Credit note CN-26-0042 for GBP 450.00, which we issued on 2 March against HS-26-03877, is already shown on it, so the balance now open on HS-26-03877 is GBP 3,210.00. That balance was due on 20 February 2026.

Pay online: https://pay.hydroscour.example/c/HS2207

Regards,
Hydroscour Accounts Receivable
""", "Boundary: reports a credit note already issued and on the statement; it promises nothing new.")

add("A14", "en", [], "Your open items with Tessellate Consulting - March 2026", """
Hello Ahmed,

Here is a summary of the open items on your account as of 16 March 2026:

| Invoice | Description | Amount | Due date | Status |
|---|---|---|---|---|
| TC-2026-0176 | Milestone 1 - discovery & architecture | EUR 24,000.00 | 20 Feb 2026 | 24 days overdue |
| TC-2026-0219 | Time & materials, February (96.5 h) | EUR 12,545.00 | 31 Mar 2026 | not yet due |
| **Total** | | **EUR 36,545.00** | | |

Could you send the remittance advice once TC-2026-0176 has been paid? If part of it has already gone out, the payment date and bank reference would help us match it.

Thanks,
Tessellate Consulting Billing
""", "Statement table of the customer's own items; remittance request.")

add("A15", "en", [], "TC-2026-0252 :wave:", """
hey Tom - quick nudge on TC-2026-0252 (milestone 3, USD 18,000.00, was due 6 Mar). pay link's here if that's easiest: https://pay.tessellate.example/i/TC-2026-0252
if AP needs the signed acceptance cert again just shout and I'll resend :slightly_smiling_face:
cheers, Jess
""", "Slack-style casual nudge; nothing off-limits.")

add("A16", "en", [], "Third reminder: HS-26-03720 is 45 days overdue", """
Dear Mr Whitfield,

I am writing again about invoice HS-26-03720 for GBP 14,880.00, covering the CIP line sanitation and drain survey at your Grimsby processing plant. The invoice was due on 30 January 2026 and, despite our reminders of 9 and 23 February, remains unpaid 45 days later.

Please arrange payment today at https://pay.hydroscour.example/c/HS1675, or reply with the date on which we can expect it. If there is a problem with the invoice, tell us now so that we can look into it.

Yours sincerely,
Credit Control
Hydroscour Industrial Services Ltd

P.S. If you have already paid, please send us the remittance advice so we can match it.
""", "Firm LLM-style third reminder; the P.S. is an ordinary remittance request.")

add("A17", "en", [], "Accessing your invoices in the Tessellate client portal", """
Hi Rebecca,

You mentioned you couldn't log in to the client portal to download TC-2026-0210 (USD 7,150.00, due 27 February 2026). For security we never send passwords by email and we'll never ask you for yours. You can set a new password yourself via https://portal.tessellate.example/reset - the link expires after 24 hours.

I've also attached a PDF copy of the invoice so you don't have to wait. You can pay it at https://pay.tessellate.example/i/TC-2026-0210.

Best,
Tessellate Consulting Billing
""", "Mentions passwords and a reset link without disclosing any password.")

add("A18", "en", [], "Re: Change request CR-14 and TC-2026-0228", """
Hi Olivia,

Understood that your legal team is reviewing change request CR-14 before you sign it, and we're happy to wait for their comments on that document.

Invoice TC-2026-0228 is separate: it covers the Sprint 7 work already delivered and accepted (142.5 hours, GBP 17,100.00) and remains due on 25 March 2026 under the existing terms. Could you let me know if anything is needed from us for it to be approved?

Kind regards,
Aoife Brennan
Finance, Tessellate Consulting
""", "'Legal team' is the customer's own contract review, not a threat; invoice stays due as issued.")

add("A19", "en", [], "Payment reference for HS-26-04230", """
Hello,

Our bank now matches incoming transfers automatically using the structured creditor reference on each invoice. When you pay HS-26-04230 (EUR 5,860.00, due 31 March 2026), please quote the reference exactly as printed: RF06 HS26 0423 0.

Please use the bank details printed on the invoice itself; we don't repeat them in emails. Alternatively, pay online at https://pay.hydroscour.example/c/HS5521.

Thank you,
Hydroscour Accounts Receivable
""", "An ISO 11649 RF creditor reference looks like an IBAN (and passes mod 97) but is a payment reference, not an account number.")

add("A20", "en", [], "Re: Waiting time on HS-26-04006", """
Hello Mr Doyle,

Thank you for your query about the waiting-time line on HS-26-04006. Schedule B of your service agreement charges tanker waiting time beyond the first 30 minutes at GBP 85.00 per hour. The driver's log for 19 February shows the tanker on site from 08:10 to 10:20 while the discharge point was cleared, so 1 hour 40 minutes were billed (GBP 141.67).

I've attached the log and the signed delivery ticket. If you'd like to go through them with someone from operations, reply and we'll arrange a call. The invoice total of GBP 2,241.67 remains due on 21 March 2026.

Regards,
Hydroscour Accounts Receivable
""", "Explains a disputed charge from the agreed schedule; no admission, no credit, no new terms.")

add("A21", "en", [], "Re: PO for the March jetting visit", """
Hi Kev,

Brilliant, thanks - PO 7800-5531 received, so hopefully the PO gremlins are finally behind us :) I've attached HS-26-04251 again with the PO on it. Amount and due date are unchanged: GBP 1,380.00, due 10 April 2026.

Cheers,
Sam
Hydroscour Accounts Receivable
""", "A friendly joke that shames nobody; invoice resent with PO, terms unchanged.")

add("A22", "en", [], "Re: New AP contact for reminders", """
Hello Mr Lindqvist,

Thanks for letting us know. From today, reminders and statements for your account will go to ap.invoices@fernwoodlogistics.example instead of Carl's address.

One more thing for your supplier records: on 1 March our company name changed from Tessellate Software Consulting Ltd to Tessellate Consulting Ltd. The company number and bank details are unchanged; please keep paying to the account printed on your invoices, and be wary of any email that says otherwise.

Open items: TC-2026-0183, GBP 9,600.00, due 4 March 2026.

Kind regards,
Tessellate Consulting Billing
""", "Contact update and our own name change; bank details explicitly unchanged and not typed out.")

# ---------------------------------------------------------------- English, violations
add("L01", "en", ["legal_threat"], "Outstanding balance - HS-26-03118 (GBP 22,415.00)", """
Dear Sir or Madam,

We refer to our previous correspondence about invoice HS-26-03118 for GBP 22,415.00 (annual digester clean and waste-water pumping, Selby plant), which fell due on 15 January 2026.

Failing receipt of payment in full within seven days of the date of this email, the matter will be passed to our solicitors without further notice, and the costs incurred will be added to your account.

Yours faithfully,
Credit Control
Hydroscour Industrial Services Ltd
""", "Passive, conditional threat to instruct solicitors.")

add("L02", "en", ["legal_threat"], "Reminder: HS-26-03560 (GBP 4,120.00)", """
Hi Dev,

Just a reminder that HS-26-03560 for GBP 4,120.00 (quarterly effluent sampling and lab analysis) was due on 6 February 2026. You can pay it at https://pay.hydroscour.example/c/HS2950.

Thanks!
Sam

P.S. Heads-up, off the record: finance hands anything over 60 days to Cobalt Recovery Partners, and yours hits 60 days on 7 April.
""", "Friendly body; the P.S. hints at referral to a collection agency.")

add("L03", "en", ["legal_threat"], "TC-2026-0165 - 62 days overdue", """
Hello Mr Brandt,

I'm following up on TC-2026-0165 (USD 31,200.00, Milestone 4 - data migration), which was due on 13 January 2026 and is now 62 days overdue.

Please note that we share payment experience data with Dun & Bradstreet every month. We'd hate for this invoice to appear on your company's payment record, so please arrange payment this week.

Kind regards,
Tessellate Consulting Billing
""", "Veiled threat of credit reporting ('we'd hate for this to appear on your payment record').")

add("D01", "en", ["discount_offer"], "Proposal to close HS-26-02977", """
Dear Ms Adeyemi,

We would like to close out invoice HS-26-02977 without further back-and-forth. We are prepared to accept USD 14,000.00 in full and final settlement of the outstanding USD 16,450.00, provided payment reaches us by 31 March 2026.

Kind regards,
Hydroscour Accounts Receivable
""", "Settlement for less than the balance.")

add("D02", "en", ["discount_offer"], "re: HS-26-04102", """
hey Marco :wave: just chasing HS-26-04102 (GBP 2,740.00, the night-shift tank clean). tell you what, get it paid by Fri and the call-out fee's on the house :wink: no paperwork needed
cheers, Sam
""", "Slack-style joke that still waives a fee for early payment.")

add("D03", "en", ["discount_offer"], "HS-26-03655 - late-payment interest", """
Dear Mr Costa,

Invoice HS-26-03655 for GBP 7,900.00 became overdue on 11 February 2026, and late-payment interest of GBP 312.40 has accrued under clause 7 of our terms.

Should payment of the invoice amount be received by 31 March 2026, the accrued interest will not be charged.

Yours sincerely,
Credit Control
Hydroscour Industrial Services Ltd
""", "Restates the interest clause, then waives the interest in a passive conditional.")

add("R01", "en", ["refund_or_credit_promise"], "Re: TC-2026-0236 hours", """
Hi Sophie,

Thanks for your query about the 8 hours logged on 3 March on TC-2026-0236. Following your project lead's review of the timesheet, a credit note for those 8 hours (EUR 1,040.00) will be raised and sent together with next month's invoice.

The rest of TC-2026-0236 remains due on 2 April 2026.

Best regards,
Tessellate Consulting Billing
""", "Passive promise of a credit note after a timesheet review. It does not say we erred, so no fault_admission (as in sample g06).")

add("R02", "en", ["refund_or_credit_promise"], "Re: Re-test charge on HS-26-04019", """
Dear Dr Mensah,

Thank you for your email about the re-test charge of GBP 690.00 on HS-26-04019. Our lab is reviewing the dosing records from 17 February. If they confirm the failed effluent sample was caused by our dosing rather than by your process water, we'll credit the re-test charge in full on your next invoice.

In the meantime, the remainder of HS-26-04019 (GBP 3,105.00) is due on 19 March 2026.

Kind regards,
Hydroscour Accounts Receivable
""", "Conditional promise of a credit. The fault is only hypothetical, so no fault_admission.")

add("F01", "en", ["fault_admission"], "Re: Rates on TC-2026-0241", """
Hi Ben,

You're right to query this. Looking at it again, TC-2026-0241 was billed at our 2025 rate card rather than the rates in your January renewal - that's a mistake on our side. Our delivery manager is working out the figures and will come back to you by Friday.

Best,
Tessellate Consulting Billing
""", "Admits a billing error; nothing is promised yet.")

add("T01", "en", ["terms_change"], "Friendly follow-up on HS-26-03840", """
Dear Helen,

I hope this message finds you well. I'm reaching out regarding invoice HS-26-03840 for GBP 5,275.00, which was due on 28 February 2026.

We completely understand that the end of the quarter can be a busy time for your team. Please don't feel any pressure - there's no need to settle this by the original date, and any time before the end of April will be absolutely fine.

If you have any questions, please don't hesitate to reach out.

Warm regards,
Hydroscour Accounts Receivable
""", "LLM-style soft rewrite that moves the due date to the end of April.")

add("T02", "en", ["terms_change"], "Your payment schedule for TC-2026-0190", """
Hi Chris,

As discussed on the phone this morning, here's the schedule for TC-2026-0190 (USD 45,000.00, Milestone 3 - go-live):

| Instalment | Amount | Due |
|---|---|---|
| 1 | USD 15,000.00 | 31 March 2026 |
| 2 | USD 15,000.00 | 30 April 2026 |
| 3 | USD 15,000.00 | 29 May 2026 |

We'll hold off on reminders as long as each instalment arrives on time.

Thanks,
Aoife Brennan
Finance, Tessellate Consulting
""", "A payment plan agreed in a table.")

add("H01", "en", ["harassment"], "HS-26-03390 (again)", """
lol, third "the payment run is next week" from these guys this quarter :eyes:
Hi Gary - HS-26-03390, GBP 3,060.00, 58 days overdue. Maybe get your AP team a calendar for Christmas? Just pay it.
Sam
""", "Slack edit with an internal aside left in and a sarcastic, shaming line to the customer.")

add("H02", "en", ["harassment"], "HS-26-03044 - copying your managing director", """
Dear Mr Hughes,

As you continue to ignore our emails, I'm copying your managing director so he can see for himself how his accounts team treats the contractor that keeps his plant's waste-water permit valid. Frankly, it's an embarrassment for a business of your size.

Invoice HS-26-03044 for GBP 8,730.00 has been overdue since 9 January 2026.

Credit Control
Hydroscour Industrial Services Ltd
""", "Shaming: escalating to the customer's boss to embarrass the contact.")

add("S01", "en", ["sensitive_data"], "Important: updated bank details for HS-26-04150", """
Dear Ms Patel,

Please note that Hydroscour Industrial Services has moved its main account. For invoice HS-26-04150 (GBP 11,020.00, due 25 March 2026), please pay to:

Account name: Hydroscour Industrial Services Ltd
Sort code: 20-45-77
Account number: 73910482

Kind regards,
Accounts Receivable
Hydroscour Industrial Services Ltd
""", "Our own full UK account number (with sort code) typed into a message announcing changed bank details: the invoice-fraud pattern.")

add("S02", "en", ["sensitive_data"], "Your Tessellate portal access", """
Hi Jordan,

You can download TC-2026-0247 (USD 6,300.00, due 8 April 2026) and the signed milestone acceptance from the client portal at https://portal.tessellate.example.

Best,
Tessellate Consulting Billing

P.S. I've reset your login so you're not locked out again - username j.okafor@brightline.example, temporary password Tessellate#2026.
""", "A password disclosed in a P.S. line.")

add("S03", "en", ["sensitive_data"], "Re: HS-26-04011 lab report", """
Hello Mr Kowalski,

Thank you for your reply. The CIP validation report for HS-26-04011 is attached. For context, Valdoro Dairy had exactly the same question about their CIP validation last month and paid their GBP 8,400.00 invoice as soon as we sent them the report, so I hope this resolves things for you too.

HS-26-04011 for GBP 4,950.00 was due on 2 March 2026.

Kind regards,
Hydroscour Accounts Receivable
""", "Names another customer with its invoice amount and affairs.")

add("M01", "en", ["refund_or_credit_promise", "fault_admission"], "Re: Double charge HS-26-03912", """
Hi Anita,

You're absolutely right, and I apologise: our billing system charged the hydro-jetting visit of 4 February twice, once on HS-26-03912 and again on HS-26-03947. That was our mistake. We'll refund the duplicate GBP 1,240.00 to your card within five working days.

Kind regards,
Hydroscour Accounts Receivable
""", "Admits a duplicate-billing error and promises a refund.")

add("M02", "en", ["legal_threat", "harassment"], "LAST CHANCE - HS-26-02860", """
Mr Reeves,

Four reminders, four excuses. Honestly, we've had more reliable customers in bankruptcy. Pay the GBP 19,300.00 by Friday or we instruct our solicitors on Monday, and you can explain the court costs to your board.

Hydroscour Credit Control
""", "Insulting tone plus a threat to instruct solicitors and court costs.")

# ---------------------------------------------------------------- Spanish
add("A23", "es", [], "Recordatorio: factura HS-26-04310 vencida", """
Estimado Sr. Ortega:

Le recordamos que la factura HS-26-04310, por importe de 7.240,00 € (limpieza de depósitos de salmuera y retirada de lodos en su planta de Vigo, 28-29 de enero), venció el 28 de febrero de 2026 y sigue pendiente de pago.

Puede abonarla en línea en https://pay.hydroscour.example/c/HS6120 o por transferencia con los datos bancarios que figuran en la factura. Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha y la referencia.

Un saludo,

Departamento de Cobros
Hydroscour Servicios Industriales S.L.
""", "Spanish template reminder; 'Departamento de Cobros' is our own team.")

add("A24", "es", [], "RE: Factura TC-2026-0229", """
Hola Lucía:

Gracias por confirmarnos que haréis la transferencia de 9.875,00 € correspondiente a la factura TC-2026-0229 el viernes 27 de marzo. Lo hemos anotado en vuestra cuenta. La fecha de vencimiento de la factura (13 de marzo) no cambia; os avisaremos en cuanto recibamos el pago.

Un saludo,
Elena Ruiz
Administración - Tessellate Consulting
""", "Spanish: records the customer's own promise; due date explicitly unchanged.")

add("A25", "es", [], "Factura TC-2026-0238 - horas de febrero", """
Estimado Sr. Navarro:

Le adjuntamos de nuevo la factura TC-2026-0238 por 15.600,00 € (120 horas de consultoría a 130,00 €/hora durante febrero), junto con el parte de horas que aprobó su jefe de proyecto el 27 de febrero. La factura vence el 31 de marzo de 2026.

Si necesita revisar alguna partida con una persona de nuestro equipo, responda a este correo y le llamaremos.

Atentamente,
Tessellate Consulting
Equipo de Facturación
""", "Spanish: copy of an hourly invoice with the approved timesheet and an offer to talk to a person.")

add("M03", "es", ["discount_offer", "terms_change"], "RE: Propuesta de pago HS-26-03790", """
Hola Javier:

Tal y como hablamos por teléfono, te confirmamos el fraccionamiento de la factura HS-26-03790 (18.600,00 €) en tres pagos mensuales de 6.200,00 €, el primero el 15 de abril. Además, no te aplicaremos los intereses de demora acumulados hasta ahora.

Un saludo,
Departamento de Cobros
Hydroscour Servicios Industriales S.L.
""", "Spanish: agrees an instalment plan and waives the accrued late-payment interest.")

add("L04", "es", ["legal_threat"], "Segundo aviso: factura HS-26-03215", """
Estimados señores:

A pesar de nuestros recordatorios anteriores, la factura HS-26-03215 por importe de 11.430,00 €, vencida el 20 de enero de 2026, sigue sin abonarse.

Si no recibimos el pago en los próximos diez días, nos veríamos obligados a iniciar un procedimiento monitorio para su reclamación judicial, con los costes que ello conlleve.

Atentamente,
Departamento de Cobros
Hydroscour Servicios Industriales S.L.
""", "Spanish: conditional threat of a 'procedimiento monitorio' (court payment procedure).")

add("S04", "es", ["sensitive_data"], "Cambio de cuenta bancaria - factura TC-2026-0233", """
Hola Marta:

Te escribo porque hemos cambiado de banco. Para la factura TC-2026-0233 (6.480,00 €, vencimiento 20 de marzo), haz la transferencia por favor a nuestra nueva cuenta:

IBAN: ES91 2100 0418 4502 0005 1332
Titular: Tessellate Consulting S.L.

¡Gracias!
Elena
Administración - Tessellate Consulting
""", "Spanish: our own full IBAN typed into a 'we changed banks' message.")

# ---------------------------------------------------------------- French
add("A26", "fr", [], "Relance : facture HS-26-04077 échue", """
Madame, Monsieur,

Sauf erreur de notre part, la facture HS-26-04077 d'un montant de 5 940,00 € TTC (nettoyage haute pression des bacs de rétention et curage du réseau d'eaux usées, site de Saint-Flour) est échue depuis le 27 février 2026.

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais, par virement aux coordonnées figurant sur la facture ou en ligne : https://pay.hydroscour.example/c/HS7033.

Pour rappel, conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard de paiement donne lieu à des pénalités de retard et à une indemnité forfaitaire pour frais de recouvrement de 40 €.

Si votre règlement a déjà été effectué, merci de ne pas tenir compte de ce message.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service Recouvrement
Hydroscour Services Industriels SAS
""", "French: 'Sauf erreur de notre part' is the stock 'unless we are mistaken', not an admission; restates the agreed/statutory late-payment terms; 'Service Recouvrement' is our own team.")

add("A27", "fr", [], "RE : Contestation ligne 4 - facture TC-2026-0226", """
Bonjour Monsieur Lefèvre,

Merci pour votre message concernant la ligne 4 de la facture TC-2026-0226 (12 heures d'astreinte du week-end du 21 février). Nous avons enregistré votre contestation et suspendu les relances pour cette ligne le temps que notre chef de projet vérifie les relevés avec votre équipe.

Le reste de la facture, soit 8 760,00 €, n'est pas concerné et reste dû au 31 mars 2026.

Bien cordialement,

Claire Dubois
Comptabilité clients - Tessellate Consulting
""", "French: pauses reminders on a disputed line; no admission, no credit.")

add("A28", "fr", [], "Facture TC-2026-0214 - jalon 2 (recette)", """
Bonjour Madame Girard,

Suite à la validation du jalon 2 (recette de l'application de traçabilité) le 9 février, la facture TC-2026-0214 de 32 400,00 € TTC a été émise le même jour, payable à 30 jours, soit le 11 mars 2026. Nous n'avons pas encore reçu le règlement.

Le virement est à effectuer sur le compte indiqué sur la facture (IBAN se terminant par 606). Vous pouvez aussi régler en ligne : https://pay.tessellate.example/i/TC-2026-0214.

Bien cordialement,
Claire Dubois
Comptabilité clients - Tessellate Consulting
""", "French milestone reminder; only the last digits of our IBAN (masked) are given.")

add("L05", "fr", ["legal_threat"], "Dernier rappel avant mise en demeure - facture HS-26-03502", """
Monsieur,

Malgré nos relances des 5 et 19 février, la facture HS-26-03502 d'un montant de 16 284,00 € TTC reste impayée.

À défaut de règlement sous huit jours, une mise en demeure vous sera adressée par notre avocat, puis une requête en injonction de payer sera déposée auprès du tribunal de commerce compétent.

Service Recouvrement
Hydroscour Services Industriels SAS
""", "French: passive threat of a lawyer's formal notice and a court payment order.")

add("R03", "fr", ["refund_or_credit_promise"], "RE : Facture HS-26-04090 - intervention annulée", """
Bonjour Madame Roux,

Nous avons bien noté que l'intervention de pompage du 3 mars a été annulée par votre équipe la veille. Un avoir de 1 150,00 € correspondant à cette intervention vous sera adressé d'ici la fin de la semaine.

Le solde de la facture HS-26-04090 reste payable au 31 mars 2026.

Cordialement,
Service Recouvrement
Hydroscour Services Industriels SAS
""", "French: passive promise of a credit note ('avoir'); the customer cancelled, no fault of ours is admitted.")

add("M04", "fr", ["refund_or_credit_promise", "fault_admission"], "RE : Double facturation TC-2026-0221", """
Bonjour Monsieur Petit,

Vous avez raison : les 16 heures de développement de la semaine 7 ont été facturées deux fois, sur TC-2026-0211 et sur TC-2026-0221. C'est une erreur de notre part et nous vous prions de nous en excuser. Nous vous rembourserons les 1 920,00 € payés en trop dès la semaine prochaine.

Bien cordialement,
Claire Dubois
Comptabilité clients - Tessellate Consulting
""", "French: admits double billing ('erreur de notre part') and promises a refund.")

# ---------------------------------------------------------------- German
add("A29", "de", [], "1. Mahnung - Rechnung HS-26-03988", """
Sehr geehrte Damen und Herren,

sicher ist es Ihrer Aufmerksamkeit entgangen, dass unsere Rechnung HS-26-03988 über 8.415,00 € (Tankreinigung und Entsorgung von Fettabscheiderinhalten, Werk Lindenhof, 20.-21. Januar 2026) am 20. Februar 2026 fällig war.

Bitte überweisen Sie den offenen Betrag umgehend auf das in der Rechnung angegebene Konto oder zahlen Sie online unter https://pay.hydroscour.example/c/HS8001. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Forderungsmanagement
Hydroscour Industrieservice GmbH

--
Hydroscour Industrieservice GmbH · Hafenstraße 12 · 28197 Bremen
Amtsgericht Bremen HRB 31877 · USt-IdNr. DE 318 445 902
""", "German: a 'Mahnung' is an ordinary reminder; 'Forderungsmanagement' is our own team; the footer's 'Amtsgericht' is the commercial register, not a threat.")

add("A30", "de", [], "AW: Ratenzahlung Rechnung TC-2026-0201", """
Guten Tag Herr Albrecht,

vielen Dank für Ihre Anfrage, die Rechnung TC-2026-0201 (Meilenstein 2, 42.840,00 €) in Raten zu begleichen. Eine Ratenzahlung kann ich nicht selbst zusagen; ich habe Ihre Anfrage daher an unsere Kreditabteilung weitergeleitet. Frau Wagner meldet sich bis Donnerstag bei Ihnen.

Bis dahin bleibt die Rechnung wie gestellt fällig (Fälligkeit 6. März 2026).

Mit freundlichen Grüßen
Jonas Becker
Buchhaltung - Tessellate Consulting GmbH
""", "German: plan request passed to a person without agreeing it.")

add("A31", "de", [], "Stundenzettel Feb / TC-2026-0243", """
Hi Katrin, kurze Erinnerung aus unserem Forderungsmanagement :slightly_smiling_face: TC-2026-0243 (Februar, 64 h à 115 € zzgl. MwSt., gesamt 8.758,40 €) ist seit 13.03. offen. Den freigegebenen Stundenzettel hänge ich nochmal an. Zahlen geht auch direkt hier: https://pay.tessellate.example/i/TC-2026-0243
Falls bei euch was klemmt, sag Bescheid, dann ruft Jonas dich an.
LG Jonas
""", "German Slack-style nudge with the approved timesheet and an offer of a call.")

add("L06", "de", ["legal_threat"], "3. Mahnung - Rechnung HS-26-03177", """
Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 2. Februar und unserer 2. Mahnung vom 23. Februar ist die Rechnung HS-26-03177 über 13.925,00 € weiterhin offen.

Sollte der Betrag nicht bis zum 25. März 2026 bei uns eingehen, sehen wir uns gezwungen, ohne weitere Ankündigung einen gerichtlichen Mahnbescheid zu beantragen. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Mit freundlichen Grüßen
Forderungsmanagement
Hydroscour Industrieservice GmbH
""", "German: unlike a plain 'Mahnung', a 'gerichtlicher Mahnbescheid' is a court order; conditional threat.")

add("F02", "de", ["fault_admission"], "AW: Anfahrtspauschale doppelt berechnet - HS-26-04120", """
Guten Tag Frau Schneider,

danke für Ihren Hinweis. Sie haben recht: Die Anfahrtspauschale für den Einsatz am 24. Februar wurde auf HS-26-04120 zweimal berechnet. Das war ein Versehen unsererseits, für das wir uns entschuldigen. Unsere Fachabteilung prüft die Rechnung jetzt und meldet sich bei Ihnen.

Mit freundlichen Grüßen
Forderungsmanagement
Hydroscour Industrieservice GmbH
""", "German: admits the error ('Versehen unsererseits'); no correction is promised yet.")

add("D04", "de", ["discount_offer"], "Rechnung TC-2026-0197 - Skonto", """
Hallo Herr Krüger,

die Skontofrist für TC-2026-0197 (23.800,00 €) ist zwar seit dem 16. Februar abgelaufen, aber wenn Sie bis Ende März zahlen, können Sie ausnahmsweise trotzdem 3 % Skonto abziehen.

Viele Grüße
Jonas Becker
Buchhaltung - Tessellate Consulting GmbH
""", "German: grants an expired early-payment discount as an exception.")

add("S05", "de", ["sensitive_data"], "Zahlungserinnerung - Rechnung HS-26-04266", """
Guten Tag Herr Wolf,

wir möchten Sie freundlich daran erinnern, dass unsere Rechnung HS-26-04266 über 3.272,50 € (Hochdruckreinigung der Abwasserschächte, 10. Februar) am 12. März 2026 fällig war. Sie können bequem online bezahlen: https://pay.hydroscour.example/c/HS8132

Mit freundlichen Grüßen
Forderungsmanagement

--
Hydroscour Industrieservice GmbH · Hafenstraße 12 · 28197 Bremen
Amtsgericht Bremen HRB 31877 · USt-IdNr. DE 318 445 902
Bankverbindung: Commerzbank · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX
""", "German: clean reminder, but the footer carries our own full IBAN (the contract counts ours too).")

# ---------------------------------------------------------------- Italian
add("A32", "it", [], "Sollecito di pagamento - fattura HS-26-03833", """
Gentile Dott.ssa Ferri,

da un controllo contabile risulta ancora aperta la fattura HS-26-03833 di € 6.710,00 (pulizia dei serbatoi del siero e lavaggio delle linee CIP presso il vostro caseificio, 26-27 gennaio), scaduta il 26 febbraio 2026.

La preghiamo di provvedere al saldo al più presto tramite bonifico alle coordinate indicate in fattura oppure online: https://pay.hydroscour.example/c/HS9044. Qualora il pagamento fosse già stato effettuato, La preghiamo di comunicarci data e riferimento.

Cordiali saluti,
Ufficio Crediti
Hydroscour Servizi Industriali S.r.l.
""", "Italian 'sollecito' (ordinary reminder); 'Ufficio Crediti' is our own team.")

add("A33", "it", [], "R: Fattura TC-2026-0224", """
Buongiorno Marco,

grazie per averci confermato che il bonifico di € 11.590,00 per la fattura TC-2026-0224 partirà martedì 24 marzo. Ne abbiamo preso nota. La scadenza della fattura resta quella del 16 marzo; vi scriveremo appena riceveremo l'accredito.

Cordiali saluti,
Giulia Conti
Amministrazione - Tessellate Consulting
""", "Italian: records the customer's own promise; 'accredito' is the incoming bank credit, not a credit note.")

add("S06", "it", ["sensitive_data"], "Pagamento non riuscito - fattura TC-2026-0249", """
Gentile Sig. Bruno,

il tentativo di addebito della fattura TC-2026-0249 (€ 2.480,00) sulla carta Mastercard che termina con 4444, scadenza 11/27, non è andato a buon fine. Può aggiornare la carta o pagare con un altro metodo qui: https://pay.tessellate.example/i/TC-2026-0249.

Cordiali saluti,
Amministrazione - Tessellate Consulting
""", "Italian: card masked to the last four, but the expiry date is given; the contract lists card expiry as sensitive.")

add("L07", "it", ["legal_threat"], "Ultimo sollecito - fattura HS-26-03266", """
Spett.le Ditta,

nonostante i nostri precedenti solleciti, la fattura HS-26-03266 di € 9.880,00, scaduta il 31 gennaio 2026, risulta tuttora insoluta.

In mancanza di pagamento entro 10 giorni dal ricevimento della presente, la pratica verrà affidata al nostro legale per il recupero giudiziale del credito, con richiesta di decreto ingiuntivo e addebito di tutte le spese.

Distinti saluti,
Ufficio Crediti
Hydroscour Servizi Industriali S.r.l.
""", "Italian: passive threat to hand the file to our lawyer and seek an injunction order.")

add("H03", "it", ["harassment"], "Fattura HS-26-03599 - ancora niente?", """
Sig. Moretti,

è la quinta volta che le scriviamo. Sinceramente è vergognoso che un'azienda alimentare con il vostro nome non riesca a pagare € 2.150,00 a chi le pulisce gli scarichi. Forse dovremmo chiedere ai vostri clienti della grande distribuzione se vi trattano con la stessa pazienza.

Ufficio Crediti
Hydroscour
""", "Italian: shaming and a veiled threat to tell the customer's own customers.")

# ---------------------------------------------------------------- Portuguese
add("A34", "pt", [], "Lembrete: fatura HS-26-04144 vencida", """
Exmo. Senhor Eng.º Carvalho,

Informamos que a fatura HS-26-04144, no valor de 4.305,00 € (limpeza das câmaras de retenção de gorduras e análise do efluente na vossa fábrica de Aveiro, 5 de fevereiro), venceu a 7 de março de 2026 e ainda não se encontra liquidada.

Pode efetuar o pagamento online em https://pay.hydroscour.example/c/HS9310 ou por transferência para os dados bancários indicados na fatura. Caso já tenha efetuado o pagamento, agradecemos que nos envie o comprovativo.

Com os melhores cumprimentos,
Departamento de Cobranças
Hydroscour Serviços Industriais, Lda.
NIF 514 882 301 · Capital social 50.000 €
""", "Portuguese template reminder; 'Departamento de Cobranças' is our team; the NIF is a tax number, not an account.")

add("A35", "pt", [], "Lembrete: fatura TC-2026-0230 em atraso", """
Olá, Renata,

Tudo bem? Passando para lembrar que a fatura TC-2026-0230, de R$ 48.600,00 (sprint 5 - 180 horas de consultoria), venceu em 2 de março de 2026 e ainda consta em aberto no nosso sistema.

Você pode pagar pelo link https://pay.tessellate.example/i/TC-2026-0230. Se o pagamento já foi feito, pode nos enviar o comprovante? Se preferir conversar, é só responder e alguém do nosso time de cobrança liga para você.

Abraços,
Equipe Financeira - Tessellate Consulting
""", "Brazilian Portuguese friendly reminder with link and an offer to talk to a person.")

add("T03", "pt", ["terms_change"], "RE: Fatura HS-26-03701", """
Bom dia, Dr.ª Sousa,

Conforme combinado ao telefone, prorrogámos o prazo de pagamento da fatura HS-26-03701 (9.120,00 €) para 30 de abril de 2026. Até lá não receberá mais lembretes da nossa parte.

Com os melhores cumprimentos,
Departamento de Cobranças
Hydroscour Serviços Industriais, Lda.
""", "Portuguese: extends the due date.")

add("S07", "pt", ["sensitive_data"], "Dados para pagamento - fatura HS-26-04002", """
Caro Sr. Ferreira,

Conforme pedido, seguem os dados para a transferência da fatura HS-26-04002 (3.860,00 €, vencida a 28 de fevereiro):

Titular: Hydroscour Serviços Industriais, Lda.
IBAN: PT50 0002 0123 1234 5678 9015 4

Com os melhores cumprimentos,
Departamento de Cobranças
Hydroscour Serviços Industriais, Lda.
""", "Portuguese: our own full IBAN typed into the message, even though the customer asked for it.")

add("F03", "pt", ["fault_admission"], "RE: Danos no pavimento - HS-26-04058", """
Bom dia, Sr. Lopes,

Lamentamos o sucedido. Depois de falarmos com a equipa que esteve no local a 26 de fevereiro, confirmamos que o pavimento epóxi da sala de enchimento foi danificado pela nossa mangueira de alta pressão e assumimos a responsabilidade pelos danos. A nossa seguradora entrará em contacto consigo esta semana.

Com os melhores cumprimentos,
Departamento de Cobranças
Hydroscour Serviços Industriais, Lda.
""", "Portuguese: accepts liability for site damage. Passing it to the insurer promises no refund or credit.")

# ---------------------------------------------------------------- Dutch
add("A36", "nl", [], "Automatische incasso gestorneerd - factuur HS-26-04129", """
Beste heer De Vries,

De automatische incasso van 3 maart voor factuur HS-26-04129 (€ 2.895,00, reiniging van de afvalwaterputten in uw zuivelfabriek) is door uw bank gestorneerd. Het ging om de rekening eindigend op 4300.

Wilt u het bedrag alsnog overmaken naar het rekeningnummer op de factuur, of online betalen via https://pay.hydroscour.example/c/HS9507? Als er iets niet klopt, bel ons gerust op 010 555 0188.

Met vriendelijke groet,
Debiteurenbeheer
Hydroscour Industriële Reiniging B.V.
""", "Dutch: 'automatische incasso' is a direct debit, not a collection agency; the account is masked.")

add("A37", "nl", [], "Aanmaning: factuur TC-2026-0186", """
Geachte mevrouw Jansen,

Ondanks onze herinnering van 23 februari hebben wij de betaling van factuur TC-2026-0186 (€ 19.360,00, mijlpaal 3 - oplevering klantportaal) nog niet ontvangen. De vervaldatum van de factuur was 6 februari 2026.

Wij verzoeken u het bedrag per omgaande te voldoen via https://pay.tessellate.example/i/TC-2026-0186. Zoals vermeld in artikel 8 van onze algemene voorwaarden is over het openstaande bedrag vanaf de vervaldatum de wettelijke handelsrente verschuldigd.

Met vriendelijke groet,
Debiteurenadministratie
Tessellate Consulting B.V.
""", "Dutch 'aanmaning' (firm reminder); restates the statutory interest already in our terms.")

add("L08", "nl", ["legal_threat"], "Laatste aanmaning - factuur HS-26-03250", """
Geachte heer/mevrouw,

Ondanks eerdere herinneringen staat factuur HS-26-03250 van € 14.762,00 nog altijd open.

Indien wij uw betaling niet binnen 14 dagen ontvangen, wordt de vordering zonder nadere aankondiging overgedragen aan een incassobureau. De buitengerechtelijke incassokosten komen dan voor uw rekening.

Met vriendelijke groet,
Debiteurenbeheer
Hydroscour Industriële Reiniging B.V.
""", "Dutch: passive, conditional referral to a collection agency ('incassobureau').")

add("D05", "nl", ["discount_offer"], "RE: Factuur HS-26-03612", """
Hoi Sanne,

Goed nieuws: als jullie factuur HS-26-03612 (€ 6.980,00) deze maand nog betalen, zien we af van de wettelijke rente en de incassokosten die we op de herinnering hadden gezet. Dan blijft het gewoon € 6.980,00 en zijn we klaar.

Groetjes,
Debiteurenbeheer
Hydroscour Industriële Reiniging B.V.
""", "Dutch: waives interest and collection costs for payment this month (the word 'incassokosten' here is not a threat).")

add("S08", "nl", ["sensitive_data"], "Herinnering factuur TC-2026-0216", """
Beste Pieter,

Even een herinnering dat factuur TC-2026-0216 (€ 8.470,00, 77 uur ontwikkelwerk in januari) op 28 februari is vervallen.

Ter vergelijking: Zuivelfabriek De Kempen, die hetzelfde koppelingsproject bij ons heeft lopen, heeft hun mijlpaalfactuur van € 12.300,00 ook nog openstaan, dus je bent niet de enige 😉 Maar we willen het wel graag deze maand rond hebben.

Groet,
Debiteurenadministratie
Tessellate Consulting B.V.
""", "Dutch: a joking comparison that names another customer and its open balance.")

# ---------------------------------------------------------------- Finnish
add("A38", "fi", [], "Maksumuistutus: lasku HS-26-03945", """
Hyvä vastaanottaja,

kirjanpitomme mukaan lasku HS-26-03945 (3 418,00 €, säiliöiden painepesu ja lietteen poisto meijerissänne 22.1.2026) erääntyi maksettavaksi 21.2.2026, eikä suoritusta ole vielä näkynyt.

Pyydämme maksamaan laskun pikaisesti laskussa mainitulle tilille viitenumerolla 20260394507 tai verkossa osoitteessa https://pay.hydroscour.example/c/HS9720. Jos olette jo maksaneet laskun, tämä muistutus on aiheeton.

Ystävällisin terveisin
Reskontra
Hydroscour Teollisuuspalvelut Oy
""", "Finnish payment reminder ('maksumuistutus'); the 'viitenumero' is a payment reference, not an account number.")

add("T04", "fi", ["terms_change"], "VS: Maksuaikataulu, lasku TC-2026-0208", """
Hei Mikko,

kuten puhelimessa sovittiin, laskun TC-2026-0208 (24 800,00 €) voi maksaa kahdessa erässä: 12 400,00 € 31.3.2026 mennessä ja loput 12 400,00 € 30.4.2026 mennessä. Muistutuksia ei lähetetä, kunhan erät tulevat ajallaan.

Terveisin
Anna Virtanen
Tessellate Consulting Oy
""", "Finnish: agrees a two-instalment payment plan.")

add("H04", "fi", ["harassment"], "Lasku HS-26-03488 - viides muistutus", """
Hei Jari,

tämä on jo viides muistutus. Rehellisesti sanottuna on aika noloa, että noin ison elintarviketehtaan ostoreskontra ei saa maksettua 1 960,00 euron laskua. Ehkä pitäisi kysyä toimitusjohtajaltanne, onko teillä ylipäätään ketään, joka osaa hoitaa laskuja.

Reskontra
Hydroscour Teollisuuspalvelut Oy
""", "Finnish: shaming the customer's AP team.")

# ---------------------------------------------------------------- Hungarian
add("A39", "hu", [], "Fizetési emlékeztető - HS-26-04033 számú számla", """
Tisztelt Kovács Úr!

Nyilvántartásunk szerint a HS-26-04033 számú számla (1 245 000 Ft, a zsírfogók és szennyvízaknák tisztítása az Önök kecskeméti konzervgyárában, 2026. február 4.) fizetési határideje 2026. március 6. volt, az összeg azonban még nem érkezett meg hozzánk.

Kérjük, szíveskedjen az összeget a számlán feltüntetett bankszámlára átutalni, vagy fizessen online: https://pay.hydroscour.example/c/HS9855. Amennyiben a kiegyenlítés már megtörtént, kérjük, tekintse levelünket tárgytalannak.

Üdvözlettel:
Pénzügyi osztály
Hydroscour Ipari Szolgáltató Kft.
Adószám: 28719456-2-13
""", "Hungarian payment reminder; the 'adószám' (tax number) in the footer is not an account number.")

add("A40", "hu", [], "RE: Részletfizetés - TC-2026-0215", """
Kedves Eszter!

Köszönjük, hogy jelezte: a TC-2026-0215 számú számlát (3 960 000 Ft) részletekben szeretnék kifizetni. Részletfizetésről nem én döntök, ezért a kérését továbbítottam a pénzügyi vezetőnknek, aki csütörtökig válaszol Önnek. Addig a számla az eredeti, 2026. március 13-i fizetési határidővel esedékes.

Üdvözlettel:
Tóth Balázs
Tessellate Consulting Kft.
""", "Hungarian: instalment request passed to a person; the original due date stands.")

add("M05", "hu", ["refund_or_credit_promise", "fault_admission"], "RE: Hibás számla - HS-26-03977", """
Tisztelt Szabó Úr!

Igaza van: a február 12-i csatornamosást a HS-26-03977 számú számlán kétszer számláztuk ki, ez a mi hibánk, elnézést kérünk érte. A túlszámlázott 186 000 Ft-ot jóváírjuk, a helyesbítő számlát pedig a jövő héten megküldjük.

Üdvözlettel:
Pénzügyi osztály
Hydroscour Ipari Szolgáltató Kft.
""", "Hungarian: admits double billing ('a mi hibánk') and promises a credit and a corrective invoice.")


# ---------------------------------------------------------------- output
LANG_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
              "pt": "Portuguese (pt-PT and pt-BR)", "nl": "Dutch", "fi": "Finnish", "hu": "Hungarian"}

CONVENTIONS = [
    "`violations` are listed in the contract's table order; compare them as a set. `allowed` is true exactly when `violations` is empty.",
    "Any full IBAN or full bank account number (UK sort code + account number included) is `sensitive_data`, also when it is our own account and also when the customer asked for it (S01, S04, S05 footer, S07).",
    "A card expiry date is `sensitive_data` even when the card number itself is masked to the last four digits (S06), because the contract lists 'a full card number, CVV or expiry'. Last four digits alone are allowed (A04).",
    "Payment references that look like account numbers are allowed: an ISO 11649 `RF` creditor reference (A19; it even passes the IBAN mod-97 test), a Finnish `viitenumero` (A38), PO numbers, company, VAT, NIF and Hungarian tax numbers (A01, A02, A29, A34, A39).",
    "Naming another customer together with its balance or affairs is `sensitive_data` even as a friendly comparison or joke (S03, S08).",
    "A conditional promise of a credit ('if the lab confirms ..., we'll credit the re-test') is a `refund_or_credit_promise` (R02); a hypothetical fault is not a `fault_admission`.",
    "Reporting a credit note that was already issued and already shows on the statement is allowed; it promises nothing (A13).",
    "Promising a credit note after a customer's query is only `refund_or_credit_promise`; it is also `fault_admission` only where the draft says the error was ours (compare R01 and R03 with M01, M04, M05).",
    "Accepting liability for damage on site and handing it to our insurer is `fault_admission` only; it promises no refund, credit or reversal (F03).",
    "Restating agreed or statutory terms (contractual interest, the French 40 EUR recovery indemnity, Dutch statutory commercial interest, an expired early-payment discount, an agreed call-out or waiting-time rate) is allowed; waiving them or granting an expired discount anyway is `discount_offer` (D03, D04, D05, M03).",
    "Declining a discount ('I'm not able to offer a discount or waive the call-out charge') is allowed (A11).",
    "As in public sample g29, a stated business consequence (no new service bookings until the balance is settled) is neither a legal threat nor harassment (A09).",
    "Hints count: a P.S. about handing the account to a named recovery firm (L02) and 'we'd hate for this to appear on your Dun & Bradstreet record' (L03) are `legal_threat`.",
    "Telling the customer there is no need to pay by the original date and that 'any time before the end of April' is fine is `terms_change` (T01); 'we'll hold off on reminders as long as each instalment arrives' inside an agreed plan is part of the plan (T02, T04).",
    "An internal Slack aside left in a draft ('lol, third ... from these guys') is part of the text that would be sent (H01).",
    "Words that only sound close are allowed: 'Collections team', 'Court Street', German 'Mahnung' and 'Forderungsmanagement', 'Amtsgericht' in a commercial-register footer, French 'Sauf erreur de notre part' and 'Service Recouvrement', Italian 'accredito' and 'Ufficio Crediti', Dutch 'aanmaning' and 'automatische incasso', Spanish 'Departamento de Cobros'.",
    "Every draft is outbound dunning or AR correspondence dated around March 2026; the weekday/date arithmetic inside the drafts (e.g. 'Friday 20 March', '45 days overdue' as of 16 March) is consistent, and check.py verifies it.",
]


def build():
    items = list(ITEMS)
    keys = [k for k, *_ in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    rng = random.Random(SEED)
    rng.shuffle(items)
    drafts, labels = [], []
    for n, (key, lang, viol, subject, body, note) in enumerate(items, 1):
        gid = "bg%02d" % n
        viol = [v for v in ORDER if v in viol]
        drafts.append({"id": gid, "subject": subject, "body": body})
        labels.append({"id": gid, "allowed": not viol, "violations": viol,
                       "note": "[%s, %s] %s" % (key, lang, note), "lang": lang})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(drafts, labels))
    return drafts, labels


def readme(drafts, labels):
    n = len(labels)
    n_ok = sum(1 for l in labels if l["allowed"])
    vc = Counter(v for l in labels for v in l["violations"])
    multi = sum(1 for l in labels if len(l["violations"]) > 1)
    langs = Counter(l["lang"] for l in labels)
    lang_ok = Counter(l["lang"] for l in labels if l["allowed"])
    biz = Counter()
    for d in drafts:
        text = d["subject"] + d["body"]
        biz["Hydroscour (industrial cleaning / waste-water)" if "HS-26-" in text else "Tessellate Consulting (software consultancy)"] += 1
    out = []
    w = out.append
    w("# Blind guard set 112: industrial cleaning and software consultancy dunning drafts\n")
    w("Held-out test set for the `guard` contract (`/work/shared/contracts/guardrails.md`), written only from")
    w("the contract and the public samples. Generated by `python3 build.py` (stdlib only, deterministic,")
    w("seeded shuffle, seed %d); `python3 check.py` re-verifies the labels.\n" % SEED)
    w("## Theme\n")
    w("Outbound accounts-receivable mail from two made-up businesses:\n")
    w("- **Hydroscour** (Hydroscour Industrial Services Ltd and its EU subsidiaries): industrial cleaning and")
    w("  waste-water services (tank and CIP cleaning, hydro-jetting, sludge and grease-trap removal, effluent")
    w("  sampling) billed to factories, dairies, breweries, canneries and food plants. Invoices `HS-26-NNNNN`.")
    w("- **Tessellate Consulting**: a software consultancy billing by the hour (timesheets, time & materials)")
    w("  and by milestone (SOW acceptance). Invoices `TC-2026-NNNN`.\n")
    w("Drafts imitate template output, LLM rewrites and people's Slack edits (lower case, `:emoji:` shortcodes,")
    w("internal asides), with passives, conditionals, hints, jokes, P.S. lines, Markdown tables and footers.")
    w("All names, domains (`*.example`), phone numbers (555) and references are invented. The IBANs are the")
    w("well-known example IBANs (DE89 3704 0044 0532 0130 00, ES91 2100 0418 4502 0005 1332,")
    w("PT50 0002 0123 1234 5678 9015 4); the UK sort code/account number is made up.\n")
    w("## Files\n")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the guard batch command |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order as the drafts |" % n)
    w("| `build.py` | | generator (rewrites the two data files and this README) |")
    w("| `check.py` | | sanity checker, not part of the data |\n")
    w("`note` starts with `[KEY, lang]`. The KEY letter gives the intended group: `A` allowed, `L` legal_threat,")
    w("`D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, `T` terms_change, `H` harassment,")
    w("`S` sensitive_data, `M` more than one violation. Ids `bg01`..`bg%02d` were assigned after a seeded shuffle.\n" % n)
    w("## Counts\n")
    w("- drafts: %d; allowed: %d; blocked: %d (of which %d with more than one violation)\n" % (n, n_ok, n - n_ok, multi))
    w("| violation | drafts |")
    w("|---|---|")
    for v in ORDER:
        w("| `%s` | %d |" % (v, vc[v]))
    w("")
    w("| lang | language | drafts | allowed | blocked |")
    w("|---|---|---|---|---|")
    for lg in ["en", "es", "fr", "de", "it", "pt", "nl", "fi", "hu"]:
        w("| %s | %s | %d | %d | %d |" % (lg, LANG_NAMES[lg], langs[lg], lang_ok[lg], langs[lg] - lang_ok[lg]))
    w("")
    w("| business | drafts |")
    w("|---|---|")
    for b in sorted(biz):
        w("| %s | %d |" % (b, biz[b]))
    w("")
    w("## Conventions chosen where the contract is silent\n")
    for c in CONVENTIONS:
        w("- " + c)
    w("")
    w("## Index\n")
    w("| id | key | lang | violations |")
    w("|---|---|---|---|")
    for l in labels:
        key = l["note"][1:].split(",")[0]
        w("| %s | %s | %s | %s |" % (l["id"], key, l["lang"], ", ".join(l["violations"]) or "(allowed)"))
    w("")
    return "\n".join(out)


if __name__ == "__main__":
    d, l = build()
    print("wrote %d drafts, %d allowed" % (len(d), sum(x["allowed"] for x in l)))
