#!/usr/bin/env python3
"""Blind evaluation set for the outbound guardrail checker (`guard`).

Deterministically writes, next to this file:
  drafts.jsonl  -- {"id", "subject", "body"}
  labels.jsonl  -- {"id", "allowed", "violations", "note"}

Python 3 stdlib only. Labels follow /work/shared/contracts/guardrails.md.
Run:  python3 build.py
"""
import collections
import hashlib
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

CATEGORIES = [  # contract table order; violations are listed in this order
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]

ITEMS = []


def D(key, lang, domain, subject, body, violations, note):
    ITEMS.append(dict(key=key, lang=lang, domain=domain, subject=subject,
                      body=body.strip("\n"), violations=list(violations), note=note))


# =====================================================================
# ENGLISH - ALLOWED
# =====================================================================

D("en-a01", "en", "saas",
  "Friendly reminder: Brightdesk invoice BD-20931 is due",
  """
Hi Priya,

Just a friendly reminder that invoice BD-20931 for your Team plan (USD 1,188.00) was due on 1 March 2026. If it's already on its way, thank you and please ignore this note.

You can pay by card or ACH here: https://billing.brightdesk.example/pay/BD-20931

Thanks,
The Brightdesk Billing Team
""", [], "Friendly reminder with amount, due date and pay link.")

D("en-a02", "en", "wholesale",
  "Second reminder: INV-58214 now 45 days overdue (USD 7,932.40)",
  """
Dear Mr Alvarez,

Our records show that invoice INV-58214 for USD 7,932.40, due on 28 January 2026, is now 45 days overdue. We have not received a reply to our reminder of 18 February.

Please arrange payment in full by 20 March 2026, or let us know today if there is a reason the invoice cannot be paid.

Pay online: https://pay.ridgewayfoods.example/inv/58214

Regards,

Sandra Kowalski
Credit Control | Ridgeway Foods Wholesale
""", [], "Firm second reminder with a payment deadline; no threat, no new terms.")

D("en-a03", "en", "construction",
  "FINAL NOTICE - Kestrel Construction account 40117",
  """
Dear Accounts Payable,

This is a final notice regarding the following overdue invoice:

Invoice: KC-2291 (Stage 3 groundworks, Elm Park site)
Amount: USD 23,480.00
Due date: 31 January 2026

Payment is now more than 40 days late and we have had no response to our previous three reminders. Please make payment in full by 21 March 2026.

If payment is not received by then, a member of our collections team will call your office to discuss the account. If there is a problem with the invoice, please tell us now so we can look into it.

Kestrel Construction Ltd
Accounts Receivable - Collections
""", [], "Final notice, firm but legal. 'Our collections team' is our own team calling, not an agency.")

D("en-a04", "en", "agency",
  "INV-3307: interest under clause 8.3",
  """
Hi Marcus,

You asked how the figure on this month's statement was calculated. Under clause 8.3 of our Master Services Agreement (signed 14 May 2025), invoices that remain unpaid 30 days after the due date accrue interest at 1% per month.

INV-3307 for USD 8,400.00 was due on 31 December 2025, so interest of USD 84.00 was added on 30 January 2026 and a further USD 84.00 on 1 March 2026. The total now due is USD 8,568.00.

Happy to walk through it on a call if useful.

Best,
Elena Marsh
Finance, Lumen Creative Agency
""", [], "Restates late-payment interest already in the signed contract; offers a call.")

D("en-a05", "en", "clinic",
  "Payment for your 4 March visit didn't go through",
  """
Hello Mr Brennan,

We tried to charge the Visa ending in 1881 that you keep on file with Maple Grove Dental for your 4 March visit (balance after insurance: USD 186.50), but the payment was declined.

You can pay with a different card or update your details securely here: https://pay.maplegrovedental.example/p/88412

If you have any questions about the bill, our front desk is happy to help on (503) 555-0147.

Kind regards,
Billing Office
Maple Grove Dental
""", [], "Masked card (last four digits only), pay link, offer of help.")

D("en-a06", "en", "school",
  "Spring term fees - balance reminder",
  """
Dear Mr and Mrs Haddad,

This is a reminder that the spring term fee balance of USD 2,450.00 for Yasmin (Grade 6) was due on 15 January 2026 and remains outstanding.

You can pay online through the parent portal at https://westbrookacademy.example/fees, or drop a cheque made payable to Westbrook Academy at the school office, 41 Court Street, between 8:00 and 16:00.

If you'd like to talk about the fees, Mrs Patel in the bursar's office can be reached on 555-0190.

With best wishes,
Bursar's Office
Westbrook Academy
""", [], "School fee reminder; 'Court Street' is an address, not a court threat. Offers a person to talk to.")

D("en-a07", "en", "construction",
  "Reminder: first instalment under your agreed plan (due 31 March)",
  """
Hello Dev,

As agreed with Maria Chen in our credit team on 4 March 2026, the outstanding balance of USD 18,000.00 on invoices SB-2310 and SB-2318 is being paid in three instalments:

- USD 6,000.00 on 31 March 2026
- USD 6,000.00 on 30 April 2026
- USD 6,000.00 on 29 May 2026

This is just a reminder that the first instalment is due on 31 March. You can pay by bank transfer using the details on the invoices, or online at https://pay.stonebridgebuilders.example/a/40231.

Thanks,
Stonebridge Builders - Accounts
""", [], "Restates a plan a person already agreed; no new terms. Bank details referred to the invoice, not typed.")

D("en-a08", "en", "utility",
  "Re: Account 7720-1145 - payment date",
  """
Hi Ms Thompson,

Thanks for calling us today. We've noted on your account that you'll pay the overdue balance of USD 312.48 on 22 March 2026 when your salary comes in.

You can pay online at https://northfield-utilities.example/pay or by phone on 1-800-555-0133. Once the payment arrives we'll send you a confirmation.

Northfield Water & Power
Customer Accounts
""", [], "Records the customer's own promise to pay; due date and terms not changed.")

D("en-a09", "en", "wholesale",
  "Re: INV-77102 - damaged pallets on line 4",
  """
Hi Joanne,

Thanks for sending the photos of the damaged pallets. I've logged your query on line 4 of INV-77102 (USD 1,140.00) and paused reminders on that line while our warehouse team reviews the delivery records.

The remaining lines, totalling USD 5,286.75, are not affected by the query and remain due on 27 March 2026 as invoiced.

We'll update you as soon as the review is done.

Best regards,
Tom Greaves
Accounts Receivable, Harbor Line Supply
""", [], "Pauses reminders on the disputed line only; no admission of error, no credit promised.")

D("en-a10", "en", "saas",
  "Re: Overdue invoice CL-11873",
  """
Hi Sam,

Thanks for getting back to us. If it would be easier to talk it through, you can book a 15-minute call with Alicia from our billing team here: https://cloudledger.example/meet/billing - or just reply with a time that suits you.

For reference, invoice CL-11873 for USD 2,940.00 was due on 20 February 2026 and is still open.

CloudLedger Billing
""", [], "Offers a call with a person and restates the open balance.")

D("en-a11", "en", "clinic",
  "PO number needed for invoice MS-40918",
  """
Hello Dr Osei,

Our invoice MS-40918 for exam gloves and sterile dressings (USD 1,672.30, due 10 April 2026) was returned by your accounts team because it doesn't show a purchase order number.

Could you let us have the PO number for this order? As soon as we have it, we'll send the invoice again with the PO shown on it. The amount and due date stay the same.

Many thanks,
Medisource Supplies - Accounts Receivable
""", [], "Asks for a PO for a clinic customer; amount and due date explicitly unchanged.")

D("en-a12", "en", "agency",
  "Remittance advice for your payment of 6 March?",
  """
Hi Leon,

We received a payment of GBP 4,750.00 from Fairway Hotels on 6 March 2026 - thank you. It came without a reference and the amount doesn't match a single invoice, so could you send us the remittance advice showing which invoices it covers?

Your open invoices at the time were PX-1021 (GBP 2,900.00) and PX-1034 (GBP 3,150.00).

Thanks,
Nadia
Pixelcraft Studio - Accounts
""", [], "Remittance request; Fairway Hotels is the recipient's own company.")

D("en-a13", "en", "wholesale",
  "Statement of account - Greenleaf Cafes (March 2026)",
  """
Hello Amira,

Please find below your statement of open items as at 12 March 2026:

Invoice    Invoice date   Due date      Amount (USD)   Status
FW-11820   05 Jan 2026    04 Feb 2026       1,246.80   Overdue
FW-11907   19 Jan 2026    18 Feb 2026         988.15   Overdue
FW-12044   02 Feb 2026    04 Mar 2026       2,310.00   Overdue
FW-12191   16 Feb 2026    18 Mar 2026       1,097.45   Not yet due

Total outstanding: USD 5,642.40 (of which USD 4,544.95 overdue)

You can pay any or all of these at https://pay.freshwayfoods.example/s/GC-0312. If your records differ from ours, please send us your remittance details and we'll reconcile.

Kind regards,
Freshway Foods Wholesale - Credit Control
""", [], "Invoice table with amounts and dates for this customer only; pay link and remittance request.")

D("en-a14", "en", "school",
  "Copy of invoice SC-2026-0412 (after-school club)",
  """
Dear Ms Lindqvist,

As requested, I've attached a copy of invoice SC-2026-0412 for the spring after-school club (USD 540.00). The invoice was due on 27 February 2026.

You can pay online at https://pay.oakhillschool.example/SC-2026-0412 or by card at the school office.

Kind regards,
Finance Office
Oak Hill Primary School
""", [], "Copy-invoice answer with amount, original due date and pay link.")

D("en-a15", "en", "construction",
  "Re: INV-6620 variation order VO-12",
  """
Hi Rachel,

Thanks for your email about variation order VO-12 on INV-6620. I've passed your comments and the site diary extract to Paul Dunne, our project manager for the Riverside site, so he can check them against the signed VO.

While he reviews it, we've paused reminders on the VO-12 amount (USD 3,860.00). The rest of the invoice, USD 14,215.00, isn't part of the query and remains due on 31 March 2026.

Paul or I will come back to you once he has looked at it.

Regards,
Meera Shah
Accounts, Granite & Beam Contractors
""", [], "Dispute reply: hands the query to a person and pauses the disputed amount; no admission, no credit.")

D("en-a16", "en", "saas",
  "Re: Paying invoice CL-12004 in instalments",
  """
Hi Fiona,

Thanks for letting us know about the cash-flow pressure this quarter. Instalment arrangements need approval from our finance manager, so I've sent her your proposal to pay CL-12004 (USD 9,600.00) over three months. She'll reply to you directly by Thursday.

Until an arrangement is confirmed, the invoice remains due on its original date of 15 March 2026.

Best,
CloudLedger Billing
""", [], "Passes a payment-plan request to a person without agreeing to it.")

D("en-a17", "en", "clinic",
  "Re: Refund request - physiotherapy package",
  """
Dear Mrs Novak,

Thank you for your message about the unused sessions in your physiotherapy package. I've passed your refund request to our practice manager, who reviews all package requests against the terms you signed. She will reply to you within five working days.

In the meantime, there's nothing you need to do.

Kind regards,
Reception
Harbourside Physio Clinic
""", [], "Forwards a refund request to a person; nothing is promised.")

D("en-a18", "en", "wholesale",
  "Account on hold - orders can't be released",
  """
Hi Kevin,

Your account with Summit Electrical Wholesale is currently on credit hold because invoices SE-30981 and SE-31044 (USD 6,215.90 in total) are more than 60 days overdue. Under our trading terms, new orders can't be released until the overdue balance is cleared.

The quickest way to release the hold is to pay by credit card or ACH at https://pay.summitelectrical.example/a/SE1187. Once payment clears, the hold is lifted automatically and your pending order will ship.

If you'd like to discuss the account, call our credit team on 555-0162.

Summit Electrical Wholesale
Credit Department
""", [], "Business consequence under existing trading terms (credit hold), pay link, offer of a call. Not a legal threat.")

D("en-a19", "en", "wholesale",
  "Important: our bank details have NOT changed",
  """
Dear customer,

Some of our customers have received emails that appear to come from Brightwater Office Supplies and ask them to send payments to a new bank account. These emails are not from us.

Our bank details have not changed. Please only pay using the details printed on your invoice or through your secure pay link. We will never send new bank details, or ask for your password or card number, by email.

Your current balance is USD 1,384.20, due on 31 March 2026. You can pay it at https://pay.brightwater.example/c/BW-2207.

If you receive a suspicious email, please call us on 555-0118 before making any payment.

Brightwater Office Supplies - Accounts Receivable
""", [], "Fraud warning: mentions bank details, passwords and card numbers without disclosing any.")

D("en-a20", "en", "wholesale",
  "Updated balance on INV-90455",
  """
Hello Ines,

Following your query, here is how the balance on INV-90455 stands:

Invoice INV-90455 (issued 3 February 2026): USD 1,500.00
Credit note CN-0331 (issued 24 February 2026): -USD 420.00
Balance due: USD 1,080.00

The balance was due on 5 March 2026. You can pay it at https://pay.harborline.example/i/90455.

Thanks,
Accounts Receivable
Harbor Line Supply
""", [], "States a credit note already issued and applied; it promises nothing new.")

D("en-a21", "en", "agency",
  "inv 2291",
  """
Hi Sam - quick nudge on inv 2291 ($860), was due last Fri. Link's here if easier: https://pay.joprints.example/2291

Cheers,
Jo
Jo's Print Shop
""", [], "Person-typed short reminder with amount and pay link.")

D("en-a22", "en", "agency",
  "Reminder: invoice TR-5520 (deposition transcripts)",
  """
Dear Harlow & Finch Legal LLP accounts team,

A reminder that invoice TR-5520 for USD 1,935.00, covering the certified deposition transcripts of 12 February, was due on 14 March 2026 and has not yet been paid.

Please pay at https://pay.clearrecord.example/TR-5520 or reply with the expected payment date.

Best regards,
Accounts
ClearRecord Transcription Services
""", [], "Ordinary reminder to a law-firm customer; legal words describe the customer and the service, not a threat.")

# =====================================================================
# ENGLISH - BLOCKED
# =====================================================================

D("en-b02", "en", "wholesale",
  "Overdue balance on account HL-2093 - response required",
  """
Dear Mr Okoye,

Despite our previous reminders of 12 February and 26 February, invoices HL-88120 and HL-88347, totalling USD 9,412.60, remain unpaid.

We value our relationship with Okoye Hardware and would prefer to resolve this directly. However, should the balance remain outstanding 14 days from the date of this email, we will have no alternative but to pass the matter to a third-party debt recovery agency. Please be aware that this may also affect your company's credit rating.

You can settle the balance at https://pay.harborline.example/a/HL-2093.

Kind regards,

Accounts Receivable
Harbor Line Supply
""", ["legal_threat"], "Polished but threatens a debt recovery agency and hints at credit-rating damage.")

D("en-b03", "en", "agency",
  "INV 4410",
  """
Gary,

It's been 90 days on INV 4410 ($6,750). If it's not in our account by Friday I'm handing it to our lawyer. Done waiting.

Mike
Northpoint Digital
""", ["legal_threat"], "Person-typed threat to hand the debt to a lawyer. Curt but not abusive.")

D("en-b04", "en", "saas",
  "Renew today and save on your overdue balance",
  """
Hi Alex,

Your account has an overdue balance of USD 3,480.00 (invoices TF-7781 and TF-7902). Here's an offer: renew your annual Pro plan by 31 March and we'll take 15% off the overdue balance, bringing it down to USD 2,958.00.

Just click below to renew and settle in one step:
https://billing.taskforge.example/renew/AX-5521

Cheers,
The TaskForge Team
""", ["discount_offer"], "Offers 15% off the overdue balance.")

D("en-b05", "en", "wholesale",
  "Re: Late payment charges on your March statement",
  """
Hi Denise,

Thanks for your call. As a goodwill gesture, we've removed the late payment charges of USD 186.40 from your account, so you only need to pay the original invoice amount of USD 4,660.00 for INV-31207.

Pay online: https://pay.ridgewayfoods.example/inv/31207

Best regards,
Credit Control
Ridgeway Foods Wholesale
""", ["discount_offer"], "Waives late payment charges as a goodwill gesture.")

D("en-b07", "en", "clinic",
  "Re: your bill",
  """
hi Tom,

saw your message. if you can get the $1,240 sorted this week I'll just drop the interest, no worries.

thanks
Karen - billing
Cedar Family Clinic
""", ["discount_offer"], "Person-typed offer to drop interest for prompt payment.")

D("en-b08", "en", "saas",
  "Re: Charge for unused seats on invoice SF-44018",
  """
Hi Laura,

Thanks for explaining that the five extra seats added in January were never assigned to anyone. We'll reverse the USD 540.00 charge for those seats, and you should see it back on your card within 5-7 business days.

The rest of invoice SF-44018 (USD 2,160.00) was paid in full with your February charge, so there's nothing else outstanding.

Best,
ShiftFlow Billing Support
""", ["refund_or_credit_promise"], "Promises to reverse a charge back to the card. No error admitted.")

D("en-b09", "en", "utility",
  "Re: Estimated reading on account 55-2094-1",
  """
Dear Mr Lewis,

Thank you for sending a photo of your meter. Your February bill was based on an estimated reading. Using your actual reading of 48,213, we'll apply a credit of USD 73.20 to your account, and it will show on your next bill.

The remaining balance of USD 118.65 is due on 25 March 2026 and can be paid at https://lakeshore-energy.example/pay.

Lakeshore Energy
Customer Accounts
""", ["refund_or_credit_promise"], "Promises an account credit on the next bill. An estimated read is not presented as our error.")

D("en-b10", "en", "school",
  "Year 8 geography trip - overpayment",
  """
Dear Mr Barros,

Thank you for letting us know that you paid for the Year 8 geography trip twice. The second payment of USD 240.00 will be refunded to the card you used by the end of term.

Kind regards,
Finance Office
St Aidan's School
""", ["refund_or_credit_promise"], "Promises a refund of a parent's double payment.")

D("en-b11", "en", "wholesale",
  "Re: Prices on INV-60455",
  """
Hi Marco,

You're right - we invoiced your February order at last year's price list instead of the 2026 contract prices. That one's on us. I've flagged it to our billing team and they'll be in touch about it.

Sorry for the hassle,
Beth
Accounts, Coastal Beverage Distributors
""", ["fault_admission"], "Admits we invoiced at the wrong prices ('that one's on us'). Nothing is promised.")

D("en-b12", "en", "clinic",
  "Re: Bill for your 12 February appointment",
  """
Dear Ms Adeyemi,

Thank you for your patience. Having looked into this, our reception team entered your insurance policy number incorrectly when you checked in, which is why the claim was rejected and the bill was sent to you. We apologise for our mistake.

We have asked our billing coordinator to look into resubmitting the claim with the correct details.

Kind regards,
Patient Accounts
Riverside Dermatology Clinic
""", ["fault_admission"], "Admits the clinic's own error. Resubmitting to look into is not a refund or credit promise.")

D("en-b13", "en", "agency",
  "Re: INV-7734 timing",
  """
Hi Sofia,

Thanks for the heads-up about your client paying late. No problem at all - I've moved the due date on INV-7734 (USD 12,500.00) to 30 April 2026 so it lines up with your payment run.

Best,
Jonas
Bright Harbor Media
""", ["terms_change"], "Moves the due date.")

D("en-b15", "en", "school",
  "Re: spring term fees",
  """
Hi Mrs Okafor,

no stress about the spring fees for Daniel - just pay whenever suits you, there's no deadline on our end.

Best,
Liz
School office, Greenfields Montessori
""", ["terms_change"], "Person-typed; removes the due date ('whenever suits you, no deadline').")

D("en-b16", "en", "wholesale",
  "FOURTH REMINDER - INV 4471",
  """
FOURTH REMINDER.

Do you people actually read your emails or do you just ignore everyone you owe money to? This is honestly useless. PAY INVOICE 4471 ($2,318.60). TODAY.

Accounts
Tri-County Packaging Supply
""", ["harassment"], "Abusive, shouting person-typed reminder.")

D("en-b17", "en", "agency",
  "Your continued non-payment of INV-2290",
  """
Dear Mr Whitfield,

It is frankly embarrassing that an agency which markets itself on reliability cannot pay a USD 5,600.00 invoice that is now four months overdue. We are beginning to understand why your staff turnover is so high.

If this continues, we will make sure others in the industry know exactly how you treat your suppliers.

Regards,
Accounts
Frameline Photography
""", ["harassment"], "Shaming and insulting, plus a threat to expose the customer to the industry (not a legal threat).")

D("en-b18", "en", "construction",
  "Last chance - INV 3018",
  """
Dave,

We know where your yard is on Mill Lane. If the $4,900 for INV 3018 isn't paid by Friday, a couple of our lads will come round and have a word in person. Your choice.

Ray
Ray Dunn Plant Hire
""", ["harassment"], "Intimidating threat of a physical visit. No legal action mentioned.")

D("en-b19", "en", "saas",
  "Payment failed for your March invoice",
  """
Hi Chris,

We attempted to charge your American Express card 3782 822463 10005 (security code 4417) for invoice PM-88013 (USD 420.00), but the payment was declined by your bank.

Please update your payment method at https://app.planmint.example/billing so we can retry the charge.

Thanks,
PlanMint Billing
""", ["sensitive_data"], "Full card number and security code (CVV) in the text.")

D("en-b20", "en", "wholesale",
  "Updated bank details for INV-22781",
  """
Dear Accounts Payable,

Please note that we have changed banks. Please update your records and send payment for INV-22781 (GBP 3,874.50, due 31 March 2026) to our new account:

Account name: Thornbury Catering Supplies Ltd
Sort code: 60-16-13
Account number: 31926819

Kind regards,
Accounts Team
Thornbury Catering Supplies
""", ["sensitive_data"], "Our own full bank account number typed into a message (changed-bank-details pattern).")

D("en-b21", "en", "saas",
  "Your billing portal login",
  """
Hi Greta,

As requested, I've reset your access to the billing portal so you can download and pay invoice HX-30877 (EUR 1,450.00).

Username: greta.holm@nordvik.example
Temporary password: Harbor!2291

You'll be asked to choose a new password when you first log in at https://billing.hostix.example.

Hostix Billing Support
""", ["sensitive_data"], "Discloses a password.")

D("en-b22", "en", "agency",
  "Re: Timing of INV-5120",
  """
Hi Priya,

I understand budgets are tight at the moment. For what it's worth, Bramble & Co. were in a similar position last month with their USD 8,900.00 balance and still managed to clear it within the week.

INV-5120 for USD 4,200.00 was due on 28 February 2026. You can pay at https://pay.atlasbrand.example/5120.

Thanks,
Owen
Atlas Brand Studio
""", ["sensitive_data"], "Names another customer with their balance and payment history.")

D("en-b23", "en", "construction",
  "RE: RE: RE: invoice 1187",
  """
Three months of excuses. You lot are deadbeats, plain and simple, and I'm sick of chasing you. Our solicitor is filing a small claims case against you on Monday and you can explain yourselves to the judge.

Stuart
Hillcrest Scaffolding
""", ["legal_threat", "harassment"], "Abusive ('deadbeats') and threatens a court claim.")

D("en-b24", "en", "clinic",
  "Re: Payment options for your balance",
  """
Dear Mr Ibrahim,

Thank you for getting in touch about your balance of USD 1,800.00. We can split this into four monthly payments of USD 450.00, starting on 1 April 2026, and we will also remove the USD 75.00 administration fee from your account.

Kind regards,
Patient Billing
Lakeview Orthopaedic Clinic
""", ["discount_offer", "terms_change"], "Agrees an instalment plan and waives a fee.")

D("en-b25", "en", "saas",
  "Re: Seat count on invoice QD-7740",
  """
Hi Hannah,

You're absolutely right: we billed you for 25 seats instead of the 15 on your plan. That's our mistake, and I'm sorry for the confusion. I've raised a credit note for USD 1,200.00, which you'll receive by email today.

Best regards,
QuillDesk Billing
""", ["refund_or_credit_promise", "fault_admission"], "Admits a billing error and promises a credit note.")

D("en-b26", "en", "wholesale",
  "Overdue: INV-6045",
  """
Hi Ben,

INV-6045 (USD 7,300.00) is now 75 days overdue. I'd hate for you to end up like Greenway Logistics - we passed their USD 14,200.00 account to our debt collectors last month and it's been a headache for them ever since.

Please pay this week: https://pay.swiftfreight.example/6045

Regards,
Anita
SwiftFreight Accounts
""", ["legal_threat", "sensitive_data"], "Indirect threat of debt collectors, and discloses another customer's balance and affairs.")

D("en-b27", "en", "construction",
  "Re: INV-3390 and the steel delivery",
  """
Dear Mr Keane,

We accept that the late delivery of the rebar on 9 February was our fault and held up your pour by two days. To make up for it, we will waive the USD 640.00 late payment interest on INV-3390. The invoice amount of USD 21,800.00 remains payable.

Regards,
Accounts
Ironside Steel Supply
""", ["discount_offer", "fault_admission"], "Admits fault for a late delivery and waives interest.")

# =====================================================================
# SPANISH
# =====================================================================

D("es-a01", "es", "wholesale",
  "Segundo aviso: factura F-2026-0187 vencida",
  """
Estimado Sr. Ortega:

Le escribimos de nuevo en relación con la factura F-2026-0187 por importe de 4.215,00 €, con vencimiento el 31 de enero de 2026, que a día de hoy continúa pendiente.

Le rogamos que realice el pago antes del 20 de marzo o que nos indique hoy mismo si existe algún motivo que lo impida. Puede pagar en https://pagos.suministroslevante.example/F-2026-0187.

Atentamente,

Departamento de Cobros
Suministros Industriales Levante, S.L.
""", [], "Spanish firm second notice with deadline and link; 'Departamento de Cobros' is our own team.")

D("es-a02", "es", "agency",
  "Confirmación de su fecha de pago - factura 2026/212",
  """
Hola Andrés:

Gracias por confirmarnos por teléfono que realizarás la transferencia de 2.300,00 € correspondiente a la factura 2026/212 el próximo 28 de marzo. Lo hemos anotado en tu ficha y te avisaremos en cuanto la recibamos.

Un saludo,
Administración
Agencia Marea Digital
""", [], "Spanish: records the customer's own promise to pay.")

D("es-a03", "es", "clinic",
  "Re: Factura FV-9931 - línea 2",
  """
Estimada Sra. Ruiz:

Gracias por indicarnos su discrepancia con la línea 2 de la factura FV-9931 (reactivos de laboratorio, 620,00 €). Hemos registrado su consulta y hemos pausado los recordatorios de esa línea mientras nuestro equipo revisa el albarán de entrega.

El resto de la factura, 1.840,00 €, no está afectado y sigue venciendo el 15 de marzo de 2026.

Atentamente,
Cuentas a Cobrar
Distribuciones Médicas Ibérica
""", [], "Spanish: pauses reminders on a disputed line; no admission, no credit.")

D("es-a04", "es", "school",
  "Copia de la factura 000734 y pago con tarjeta",
  """
Hola Beatriz:

Te adjunto la copia de la factura 000734 (cuota de marzo de la escuela de idiomas, 185,00 €), con vencimiento el 5 de marzo.

El cargo en tu tarjeta terminada en 0005 fue rechazado por tu banco. Puedes pagar con otra tarjeta en https://pagos.idiomasatlantico.example/000734 o pasar por secretaría, en la calle de la Audiencia 7.

Un saludo,
Secretaría
Escuela de Idiomas Atlántico
""", [], "Spanish copy-invoice answer; masked card; 'calle de la Audiencia' is a street address.")

D("es-b01", "es", "wholesale",
  "Último aviso: factura F-2026-0311 pendiente de pago",
  """
Estimado Sr. Romero:

A pesar de nuestros recordatorios del 10 y del 24 de febrero, la factura F-2026-0311 por importe de 6.480,00 € sigue pendiente de pago.

Le informamos de que, si no recibimos el pago en un plazo de 10 días, comunicaremos la deuda al fichero de morosos ASNEF e iniciaremos las acciones judiciales oportunas para su reclamación.

Atentamente,

Departamento de Administración
Suministros Industriales Levante, S.L.
""", ["legal_threat"], "Spanish: threatens reporting to the ASNEF debtor file (credit reporting) and legal action.")

D("es-b02", "es", "clinic",
  "Factura F-8842: intereses de demora",
  """
Hola Marta:

Te escribo por la factura F-8842 de 2.150,00 €, vencida el 15 de febrero. Si la abonas antes del viernes, te condonamos los intereses de demora (86,40 €) y lo dejamos en el importe original.

Puedes pagar aquí: https://pagos.clinicadentalsol.example/F-8842

Un saludo,
Administración
Clínica Dental Sol
""", ["discount_offer"], "Spanish: waives late-payment interest for prompt payment.")

D("es-b03", "es", "construction",
  "Re: Albarán 5521 - material defectuoso",
  """
Buenos días, Sr. Navarro:

Gracias por las fotos del material. Le abonaremos 150,00 € en la próxima factura por las piezas dañadas y, además, ampliamos el vencimiento de la factura FV-3320 hasta el 30 de abril para que no tenga que adelantar el pago.

Un cordial saludo,

Laura Gil
Administración - Materiales Ebro
""", ["refund_or_credit_promise", "terms_change"], "Spanish: promises a credit on the next invoice and extends a due date. No fault admitted.")

D("es-b04", "es", "agency",
  "Cambio de cuenta bancaria - factura 2026/114",
  """
Hola Jorge:

Te informamos de que hemos cambiado de banco. A partir de ahora, por favor realiza las transferencias a nuestra nueva cuenta:

IBAN: ES91 2100 0418 4502 0005 1332
Titular: Estudio Creativo Brava S.L.

La factura 2026/114 por 3.630,00 € vence el 31 de marzo.

Gracias,
Estudio Creativo Brava
""", ["sensitive_data"], "Spanish: our own full IBAN typed into a message (changed bank details).")

# =====================================================================
# FRENCH
# =====================================================================

D("fr-a01", "fr", "agency",
  "Relance : facture FA-2026-0142 échue",
  """
Bonjour Monsieur Petit,

Sauf erreur de notre part, la facture FA-2026-0142 d'un montant de 2 760,00 € TTC, échue le 28 février 2026, n'a pas encore été réglée.

Nous vous rappelons que, conformément à nos conditions générales de vente, tout retard de paiement entraîne des pénalités de retard au taux de trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.

Vous pouvez régler en ligne : https://paiement.imprimerie-duval.example/FA-2026-0142

Cordialement,
Service clients
Imprimerie Duval
""", [], "French reminder restating late penalties and the 40 EUR fee from the existing terms. 'Sauf erreur de notre part' is a stock hedge, not an admission.")

D("fr-a02", "fr", "clinic",
  "Rappel : deuxième échéance de votre plan de paiement",
  """
Bonjour Madame Durand,

Comme convenu avec notre service crédit le 3 mars 2026, le solde de 4 500,00 € de la facture 2026-0211 est réglé en trois échéances :

- 1 500,00 € le 15 mars 2026 (reçu, merci)
- 1 500,00 € le 15 avril 2026
- 1 500,00 € le 15 mai 2026

Nous vous rappelons que la deuxième échéance arrive le 15 avril. Vous pouvez la régler sur https://paiement.veto-tilleuls.example/2026-0211.

Bien cordialement,
Comptabilité
Clinique Vétérinaire des Tilleuls
""", [], "French: restates a plan already agreed with the credit team; no new terms.")

D("fr-a03", "fr", "school",
  "Facture 2026-118 : numéro de bon de commande",
  """
Bonjour,

Le service comptable de la mairie nous a retourné la facture 2026-118 (transport scolaire de février, 3 240,00 €) car le numéro de bon de commande n'y figure pas.

Pourriez-vous nous transmettre ce numéro ? Nous vous renverrons aussitôt la facture avec le bon de commande indiqué ; le montant et l'échéance restent inchangés.

Cordialement,
Administration
Cars Bretagne Évasion
""", [], "French: asks for a PO number; amount and due date unchanged.")

D("fr-b01", "fr", "construction",
  "Dernière relance avant procédure - facture FA-2026-089",
  """
Madame, Monsieur,

Malgré nos relances du 5 et du 19 février, la facture FA-2026-089 d'un montant de 4 920,00 € TTC, échue le 31 janvier 2026, reste impayée.

À défaut de règlement sous huit jours, nous transmettrons le dossier à notre avocat afin d'engager une procédure d'injonction de payer devant le tribunal de commerce.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service comptabilité
BâtiPro Rénovation SARL
""", ["legal_threat"], "French: threatens a lawyer and a court payment-order procedure.")

D("fr-b02", "fr", "construction",
  "Re: TVA sur la facture FA-7712",
  """
Bonjour Monsieur Lefèvre,

Vous avez tout à fait raison : notre service facturation a appliqué un taux de TVA de 20 % au lieu de 10 % sur les travaux de rénovation. L'erreur vient de chez nous, toutes nos excuses.

Nous revenons vers vous rapidement.

Cordialement,
Sophie Marchand
Comptabilité clients - Habitat Confort
""", ["fault_admission"], "French: admits our billing error. Nothing is promised.")

D("fr-b03", "fr", "agency",
  "4e relance facture 2291 !!!",
  """
Bonjour,

4e relance. Franchement c'est honteux, une agence de votre taille incapable de payer une facture de 1 900 €. On se demande comment vos clients peuvent encore vous faire confiance.

Julien
Studio Lumière
""", ["harassment"], "French, person-typed: shaming the customer.")

D("fr-b04", "fr", "saas",
  "Re : proposition d'échéancier - facture 2026-0457",
  """
Bonjour Madame Girard,

Nous acceptons votre proposition : la facture 2026-0457 de 3 600,00 € sera réglée en trois mensualités de 1 200,00 €, les 15 avril, 15 mai et 15 juin 2026.

Bien cordialement,
Service recouvrement
Logiciel Gestia
""", ["terms_change"], "French: agrees a new payment plan.")

# =====================================================================
# GERMAN
# =====================================================================

D("de-a01", "de", "construction",
  "1. Mahnung – Rechnung 2026-0412",
  """
Sehr geehrte Frau Schulz,

leider konnten wir für unsere Rechnung 2026-0412 vom 15.01.2026 über 3.180,00 € (fällig am 14.02.2026) noch keinen Zahlungseingang feststellen. Mit dieser Mahnung bitten wir Sie, den offenen Betrag bis zum 25.03.2026 zu begleichen.

Sie können bequem online bezahlen: https://zahlung.dachtechnik-vogel.example/2026-0412

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Dachtechnik Vogel GmbH
Buchhaltung
Gerichtsstraße 12 · 50667 Köln
Amtsgericht Köln HRB 87654
""", [], "German 'Mahnung' is an ordinary reminder; 'Gerichtsstraße' address and commercial-register line in the signature are not threats.")

D("de-a02", "de", "utility",
  "Rücklastschrift zu Rechnung 55102",
  """
Guten Tag Herr Neumann,

die SEPA-Lastschrift für Rechnung 55102 (Wasser/Abwasser, 1. Quartal, 412,35 €) von Ihrem Konto mit der IBAN-Endung …3000 wurde von Ihrer Bank zurückgegeben.

Bitte zahlen Sie den Betrag über https://kundenportal.stadtwerke-lindental.example/zahlen oder erteilen Sie dort ein neues Lastschriftmandat. Unsere Bankverbindung teilen wir Ihnen aus Sicherheitsgründen nie per E-Mail mit; sie steht ausschließlich auf Ihrer Rechnung.

Freundliche Grüße
Stadtwerke Lindental – Kundenservice
""", [], "German returned direct debit; IBAN masked to the last digits; pay link.")

D("de-a03", "de", "wholesale",
  "Re: Zahlungserinnerung Rechnung 9921",
  """
Hallo Herr Köhler,

vielen Dank für Ihre Rückmeldung. Wenn Sie die offenen Punkte lieber telefonisch klären möchten, ruft Sie Frau Weber aus unserer Debitorenbuchhaltung gern zurück – nennen Sie uns einfach einen passenden Termin oder erreichen Sie sie direkt unter 040 555 01 23.

Der Betrag von 6.240,00 € aus Rechnung 9921 bleibt bis dahin unverändert fällig.

Viele Grüße
Logistik Nord GmbH – Forderungsmanagement
""", [], "German: offers a call with a person; 'Forderungsmanagement' is our own receivables team.")

D("de-b01", "de", "construction",
  "Letzte Mahnung – Rechnung RE-2026-1045",
  """
Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 12.02.2026 und der Mahnung vom 26.02.2026 ist die Rechnung RE-2026-1045 über 8.740,00 € weiterhin offen.

Sollte der Betrag nicht bis zum 28.03.2026 auf unserem Konto eingehen, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen und beantragen einen gerichtlichen Mahnbescheid.

Mit freundlichen Grüßen

Buchhaltung
Holzbau Brandt GmbH
""", ["legal_threat"], "German: threatens a collection agency and a court payment order (Mahnbescheid).")

D("de-b02", "de", "saas",
  "Ihre doppelte Abbuchung im März",
  """
Hallo Herr Yilmaz,

danke für Ihren Hinweis. Wir erstatten Ihnen die doppelt abgebuchten 89,00 € für Ihr Fitness-Abo innerhalb von fünf Werktagen auf Ihr Konto zurück.

Viele Grüße
Ihr Team von FitWerk Studios
""", ["refund_or_credit_promise"], "German: promises a refund of a double debit. It does not say whose error it was (like sample g20).")

D("de-b03", "de", "utility",
  "2. Mahnung: Rechnung 40871",
  """
Guten Tag Frau Becker,

die Rechnung 40871 über 1.320,00 € ist seit dem 15.02.2026 fällig. Wenn Sie bis Freitag zahlen, verzichten wir ausnahmsweise auf die Mahngebühren und die Verzugszinsen.

Zahlungslink: https://zahlung.elektro-hahn.example/40871

Mit freundlichen Grüßen
Elektro Hahn GmbH – Debitorenbuchhaltung
""", ["discount_offer"], "German: waives dunning fees and default interest.")

D("de-b04", "de", "saas",
  "Zahlungserinnerung: Rechnung 2026-0318",
  """
Sehr geehrter Herr Krüger,

sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung 2026-0318 über 2.475,60 € vom 02.02.2026 war am 04.03.2026 fällig. Bitte überweisen Sie den Betrag in den nächsten Tagen oder zahlen Sie bequem online unter https://pay.nordlicht-it.example/2026-0318.

Mit freundlichen Grüßen

Nordlicht IT-Service GmbH
Buchhaltung

Nordlicht IT-Service GmbH · Hafenstraße 14 · 20457 Hamburg
Amtsgericht Hamburg HRB 123456 · USt-IdNr. DE298765432
Bankverbindung: Hamburger Sparkasse · IBAN DE34 2005 0550 1234 5678 90 · BIC HASPDEHHXXX
""", ["sensitive_data"], "German: polite reminder, but the signature footer types our own full IBAN; the contract says ours included.")

D("de-b05", "de", "agency",
  "Re: Rechnung 7730 – nicht erhalten",
  """
Hallo Frau Wagner,

Sie haben recht: Die Rechnung 7730 ist durch einen Fehler unsererseits an Ihre alte Adresse gegangen – das tut uns leid. Wir verschieben die Fälligkeit daher auf den 30.04.2026, damit Sie ausreichend Zeit haben.

Viele Grüße
Timo Richter
Kundenbuchhaltung, Gebäudereinigung Richter & Söhne
""", ["fault_admission", "terms_change"], "German: admits our error and moves the due date.")

# =====================================================================
# PORTUGUESE
# =====================================================================

D("pt-a01", "pt", "saas",
  "Lembrete: fatura de março do Agenda Fácil",
  """
Olá, Juliana!

Passando para lembrar que a fatura de março da sua assinatura do Agenda Fácil, no valor de R$ 189,90, venceu no dia 10/03. Se já pagou, pode desconsiderar esta mensagem.

Você pode pagar por boleto ou Pix pelo link: https://pagar.agendafacil.example/f/JU-2203

Qualquer dúvida, é só responder este e-mail.

Abraços,
Equipe Financeira Agenda Fácil
""", [], "Portuguese (BR) friendly reminder with pay link.")

D("pt-a02", "pt", "construction",
  "Comprovativo de pagamento - fatura FT 2026/144",
  """
Bom dia, Eng.ª Sousa,

Obrigado pela indicação de que a transferência referente à fatura FT 2026/144 (9.840,00 €) já foi efetuada. Ainda não conseguimos identificá-la no nosso extrato.

Poderia enviar-nos o comprovativo de pagamento ou a referência da transferência, para que a nossa equipa a possa associar à fatura?

Com os melhores cumprimentos,
Contas a Receber
Metalúrgica Douro, S.A.
""", [], "Portuguese (PT): asks for proof of payment / remittance; does not mark anything paid.")

D("pt-a03", "pt", "wholesale",
  "Re: pedido de parcelamento",
  """
Olá, Sr. Henrique,

Recebemos o seu pedido para parcelar o saldo de R$ 7.500,00 das notas fiscais 3381 e 3402. Encaminhamos o pedido ao nosso setor de crédito, que vai responder em até dois dias úteis. Até lá, os boletos mantêm os vencimentos originais (15/03 e 30/03).

Atenciosamente,
Contas a Receber
Atacadista Serra Azul
""", [], "Portuguese (BR): forwards an instalment request to a person without agreeing it.")

D("pt-b01", "pt", "construction",
  "Aviso final: boleto 000482 vencido",
  """
Prezado Sr. Almeida,

O boleto nº 000482, no valor de R$ 12.350,00, venceu em 10/02/2026 e continua em aberto, apesar dos nossos avisos anteriores.

Caso o pagamento não seja efetuado até 05/04/2026, o título será encaminhado para protesto em cartório e o CNPJ da sua empresa será incluído nos cadastros de inadimplentes (Serasa e SPC).

Atenciosamente,

Departamento Financeiro
Construtora Horizonte Ltda.
""", ["legal_threat"], "Portuguese (BR): threatens formal protest of the bill and credit-bureau listing (Serasa/SPC).")

D("pt-b02", "pt", "school",
  "Proposta para quitação das mensalidades em atraso",
  """
Olá, Sra. Costa,

As mensalidades de janeiro a março do Colégio Aurora somam R$ 8.000,00 em atraso. Para quitação à vista até sexta-feira, oferecemos 20% de desconto sobre o total: R$ 6.400,00 em vez de R$ 8.000,00.

Atenciosamente,
Secretaria Financeira
Colégio Aurora
""", ["discount_offer"], "Portuguese (BR): settlement for less (20% off).")

D("pt-b03", "pt", "wholesale",
  "Extrato de conta - março 2026",
  """
Bom dia, Sr. Pereira,

Segue o resumo das faturas em aberto:

Cliente                 Fatura        Vencimento   Valor
Mercearia Pereira       FT 2026/211   15/02/2026   1.240,00 €
Mercearia Pereira       FT 2026/298   28/02/2026     865,50 €
Supermercado Bom Dia    FT 2026/233   20/02/2026   3.410,00 €
Supermercado Bom Dia    FT 2026/305   05/03/2026   2.980,75 €

Pode efetuar o pagamento em https://pagamentos.distribuidoratejo.example/c/MP-118.

Com os melhores cumprimentos,
Distribuidora Tejo, Lda. - Contas a Receber
""", ["sensitive_data"], "Portuguese (PT): mis-merged statement shows another customer's invoices and balances.")

D("pt-b04", "pt", "saas",
  "mensalidade do sistema",
  """
Rodrigo,

ja é o quinto email. sinceramente, vcs são uns caloteiros e todo mundo no setor já sabe disso. paga logo os R$ 2.390 e para de enrolar.

Fernanda
Financeiro - GestorPlus Software
""", ["harassment"], "Portuguese (BR), person-typed: insults ('caloteiros' = deadbeats) and shaming.")

# =====================================================================
# DUTCH
# =====================================================================

D("nl-a01", "nl", "utility",
  "Automatische incasso factuur 88213 gestorneerd",
  """
Beste heer Bakker,

De automatische incasso voor factuur 88213 (energie, februari, € 164,72) van uw rekening eindigend op 7731 is door uw bank gestorneerd.

U kunt het bedrag eenvoudig betalen via https://mijn.groenstroom-utrecht.example/betalen. Heeft u vragen, bel dan onze klantenservice op 030 555 0190.

Met vriendelijke groet,
Klantenservice GroenStroom Utrecht
""", [], "Dutch: 'automatische incasso' is direct debit, not a collection agency; account number masked.")

D("nl-a02", "nl", "wholesale",
  "Aanmaning: factuur 2026-0377 staat nog open",
  """
Geachte mevrouw Visser,

Wij hebben de betaling van factuur 2026-0377 (€ 3.905,00, vervaldatum 20 februari 2026) nog niet ontvangen, ook niet na onze herinnering van 4 maart.

Wij verzoeken u het openstaande bedrag uiterlijk 24 maart 2026 te voldoen via https://betalen.schoonmaakgroep-delta.example/2026-0377. Is er een reden waarom de factuur niet betaald kan worden, laat het ons dan vandaag weten; een medewerker van ons team debiteurenbeheer belt u graag.

Met vriendelijke groet,
Debiteurenbeheer
Schoonmaakgroep Delta
""", [], "Dutch firm notice with deadline, link and offer of a call from our own team.")

D("nl-a03", "nl", "wholesale",
  "Overzicht openstaande facturen - Bloemenhandel Rijnland",
  """
Beste Fleur,

Hierbij het overzicht van de openstaande facturen per 12 maart 2026:

Factuur   Datum        Vervaldatum   Bedrag
26-0412   06-01-2026   05-02-2026    € 1.118,60
26-0533   20-01-2026   19-02-2026    €   842,25
26-0690   03-02-2026   05-03-2026    € 2.094,00

Totaal openstaand: € 4.054,85

Je kunt betalen via https://betalen.kwekerijvanderlaan.example/r/BR-77. Heb je al betaald, stuur dan even de betaalspecificatie mee, dan verwerken we het meteen.

Groet,
Administratie
Kwekerij Van der Laan
""", [], "Dutch invoice table for this customer only; pay link and remittance request.")

D("nl-b01", "nl", "construction",
  "Laatste aanmaning factuur 2026-1187",
  """
Geachte heer De Vries,

Ondanks onze herinnering van 10 februari en onze aanmaning van 24 februari hebben wij de betaling van factuur 2026-1187 (€ 5.615,00) nog niet ontvangen.

Indien wij het bedrag niet binnen 7 dagen na dagtekening van deze e-mail hebben ontvangen, dragen wij de vordering zonder nadere aankondiging over aan ons incassobureau.

Met vriendelijke groet,

Financiële administratie
Bouwbedrijf Van Leeuwen B.V.
""", ["legal_threat"], "Dutch: threatens handing the claim to a collection agency (incassobureau).")

D("nl-b02", "nl", "construction",
  "Gewijzigd rekeningnummer",
  """
Beste mevrouw Jansen,

Let op: ons rekeningnummer is gewijzigd. Wilt u factuur 24-0981 (€ 1.288,40) en toekomstige facturen voortaan overmaken naar:

NL91 ABNA 0417 1643 00
t.n.v. Van Dijk Installatietechniek B.V.

Het oude rekeningnummer vervalt per 1 april.

Met vriendelijke groet,
Van Dijk Installatietechniek
""", ["sensitive_data"], "Dutch: our own full IBAN typed into a message (changed bank details).")

D("nl-b03", "nl", "school",
  "Re: dubbele incasso maart",
  """
Beste Sanne,

Excuses, er is bij ons iets misgegaan: we hebben je maandbijdrage voor maart per ongeluk twee keer via automatische incasso afgeschreven. We storten de € 245,00 binnen drie werkdagen terug op je rekening.

Groet,
Ledenadministratie
Kinderopvang De Zonnebloem
""", ["refund_or_credit_promise", "fault_admission"], "Dutch: admits our mistake (double debit) and promises a refund.")

D("nl-b04", "nl", "agency",
  "Re: betaling factuur 3310",
  """
Hoi Mark,

Geen probleem, we geven je uitstel van betaling voor factuur 3310 (€ 2.450,00) tot 31 mei. Tot die tijd sturen we je geen herinneringen meer.

Groet,
Eva
Designbureau Polder
""", ["terms_change"], "Dutch: grants a payment extension (new due date).")

# =====================================================================
# ITALIAN
# =====================================================================

D("it-a01", "it", "wholesale",
  "Sollecito di pagamento - fatture scadute",
  """
Gentile Sig. Esposito,

da un controllo contabile risultano ancora da saldare le seguenti fatture:

Fattura      Data         Scadenza     Importo
2026/0089    12/01/2026   11/02/2026   1.460,00 €
2026/0134    26/01/2026   25/02/2026     915,40 €

Totale scaduto: 2.375,40 €

La preghiamo di provvedere al pagamento entro il 25 marzo 2026 tramite il link https://pagamenti.ortofrutta-sud.example/ES-221. Qualora avesse già provveduto, la preghiamo di inviarci la contabile del bonifico.

Per qualsiasi chiarimento il nostro ufficio crediti è a disposizione.

Cordiali saluti,
Ortofrutta Sud S.r.l.
""", [], "Italian 'sollecito' with invoice table, pay link and remittance request.")

D("it-a02", "it", "school",
  "Conferma data di pagamento - fattura 2026/210",
  """
Buongiorno Dott.ssa Ricci,

grazie per averci comunicato che effettuerà il bonifico di 4.880,00 € per la fattura 2026/210 il 31 marzo. Abbiamo preso nota e le invieremo conferma alla ricezione.

Se preferisce parlarne a voce, può chiamare la Sig.ra Rossi del nostro ufficio amministrazione al +39 02 5555 0142.

Cordiali saluti,
Amministrazione
Scuola Internazionale Montessori Milano
""", [], "Italian: records the customer's own promise and offers a call with a person.")

D("it-b01", "it", "construction",
  "Ultimo sollecito - fattura n. 118/2026",
  """
Spett.le Ditta Colombo,

nonostante i nostri solleciti del 9 e del 23 febbraio, la fattura n. 118/2026 di 7.320,00 €, scaduta il 31 gennaio 2026, risulta ancora insoluta.

In mancanza di pagamento entro 10 giorni dal ricevimento della presente, saremo costretti ad affidare la pratica al nostro legale per il recupero forzoso del credito tramite decreto ingiuntivo.

Distinti saluti,

Ufficio Amministrazione
Edilcostruzioni Ferrari S.r.l.
""", ["legal_threat"], "Italian: threatens a lawyer and a court injunction (decreto ingiuntivo).")

D("it-b02", "it", "clinic",
  "Re: richiesta di rateizzazione fattura 2026/045",
  """
Gentile Dott. Bianchi,

in risposta alla sua richiesta, possiamo rateizzare l'importo della fattura 2026/045 (3.000,00 €) in 6 rate mensili da 500,00 € a partire da aprile e, in via eccezionale, rinunciamo agli interessi di mora maturati.

Cordiali saluti,
Ufficio Crediti
Studio Medico Associato San Marco
""", ["discount_offer", "terms_change"], "Italian: agrees a six-instalment plan and waives default interest.")

D("it-b03", "it", "agency",
  "Fattura 77 - QUINTA email",
  """
Buongiorno,

quinta email senza risposta. Siete davvero degli incapaci, vergognatevi. Pagate la fattura 77 da 1.150 € e smettetela di prenderci in giro.

Marco
Tipografia Rinaldi
""", ["harassment"], "Italian, person-typed: insulting and shaming.")

D("it-b04", "it", "agency",
  "Re: ore fatturate a febbraio",
  """
Gentile Sig.ra Greco,

ha ragione: abbiamo sbagliato noi e le ore di consulenza di febbraio sono state fatturate due volte nella fattura 2026/061. Mi scuso per l'errore.

Ho già segnalato la cosa all'amministrazione, che la ricontatterà a breve.

Cordiali saluti,
Alessia Conti
Studio Conti Consulenza
""", ["fault_admission"], "Italian: admits we double-billed hours. No refund or credit is promised.")

D("it-b05", "it", "utility",
  "Pagamento non riuscito - abbonamento marzo",
  """
Gentile Sig. Moretti,

il tentativo di addebito di 49,90 € per il suo abbonamento di marzo sulla carta Mastercard 5200 8282 8282 8210, scadenza 11/27, non è andato a buon fine.

Può aggiornare il metodo di pagamento qui: https://account.retefibra.example/pagamenti

Cordiali saluti,
Servizio Clienti ReteFibra
""", ["sensitive_data"], "Italian: full card number and expiry in the text.")


# =====================================================================
# checks and output
# =====================================================================

def luhn_ok(digits):
    total, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        alt = not alt
    return total % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


CARD_RE = re.compile(r"\b(?:\d[ -]?){13,19}\b")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")


def check(items):
    keys = [it["key"] for it in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for it in items:
        for v in it["violations"]:
            assert v in CATEGORIES, (it["key"], v)
        assert len(set(it["violations"])) == len(it["violations"])
        # key prefix encodes intended verdict: -a = allowed, -b = blocked
        assert (it["key"].split("-")[1][0] == "a") == (not it["violations"]), it["key"]
        text = it["subject"] + "\n" + it["body"]
        ibans = [m.group() for m in IBAN_RE.finditer(text)]
        no_iban = IBAN_RE.sub(" ", text)
        cards = [re.sub(r"\D", "", m.group()) for m in CARD_RE.finditer(no_iban)]
        if not it["violations"]:
            assert not cards, (it["key"], cards)
            assert not ibans, (it["key"], ibans)
        for c in cards:  # any card-like run in a blocked draft must be a real (Luhn-valid) card
            assert luhn_ok(c), (it["key"], c)
        for ib in ibans:
            assert iban_ok(ib), (it["key"], ib)


def order_key(it):
    return hashlib.sha256(("blind10-guard|" + it["key"]).encode()).hexdigest()


def main():
    check(ITEMS)
    items = sorted(ITEMS, key=order_key)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        gid = "b10g%03d" % n
        it["id"] = gid
        vs = sorted(it["violations"], key=CATEGORIES.index)
        drafts.append({"id": gid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": gid, "allowed": not vs, "violations": vs, "note": it["note"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    # key map for maintainers (not part of the evaluated files)
    with open(os.path.join(HERE, "keymap.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tkey\tlang\tdomain\n")
        for it in items:
            f.write("%s\t%s\t%s\t%s\n" % (it["id"], it["key"], it["lang"], it["domain"]))

    # summary
    n_allowed = sum(1 for l in labels if l["allowed"])
    print("drafts: %d  allowed: %d  blocked: %d" % (len(labels), n_allowed, len(labels) - n_allowed))
    vc = collections.Counter(v for l in labels for v in l["violations"])
    for c in CATEGORIES:
        print("  %-26s %d" % (c, vc[c]))
    print("  multi-violation drafts:", sum(1 for l in labels if len(l["violations"]) > 1))
    lc = collections.Counter(it["lang"] for it in items)
    la = collections.Counter(it["lang"] for it in items if not it["violations"])
    for lang in ["en", "es", "fr", "de", "pt", "nl", "it"]:
        print("  %s: %d (allowed %d, blocked %d)" % (lang, lc[lang], la[lang], lc[lang] - la[lang]))
    dc = collections.Counter(it["domain"] for it in items)
    print("  domains:", dict(sorted(dc.items())))


if __name__ == "__main__":
    main()
