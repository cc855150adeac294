"""Allowed drafts, part A (English)."""
from build_common import D, B, NUM, PAY

L = "en-US"
D(L, "Reminder: invoice INV-26-0418 is 9 days overdue ($4,280.00)",
  B(L, "Hello Dr. Okafor,",
    ["This is a reminder that invoice INV-26-0418 for $4,280.00 (six zirconia crowns and two implant abutments, case BW-7713) was due on March 2, 2026 and is now 9 days past due.",
     "You can pay online at " + PAY + "BW7713, by ACH or by card.",
     "If you have already paid, please reply with the payment date and the remittance reference so we can match it to the invoice."],
    "Thank you,"),
  why="Plain reminder: amount, due date, pay link, remittance request.")

D(L, "Second notice: INV-26-0291 is 45 days past due",
  B(L, "Hello,",
    ["Invoice INV-26-0291 for $7,915.40 (intraoral scanner tips, impression material and nitrile gloves for Lakeshore Pediatric Dentistry) was due on January 26, 2026 and is now 45 days past due. We have not received a reply to our first notice.",
     "Please arrange payment today at " + PAY + "LP2291, or reply with the date we can expect it."],
    "Regards,\n\nThe Alveo collections team"),
  why="Firm second notice; 'collections team' is our own team's name, not a collection agency.")

D(L, "Overdue balance and lab case scheduling - Prairie Orthodontics",
  B(L, "Hi Melissa,",
    ["Your account currently shows $12,640.00 overdue across INV-26-0133 and INV-26-0187 (clear aligner series and retainers), the older one now 52 days past due.",
     "Under the credit terms in your account agreement, accounts more than 45 days overdue are placed on credit hold, which means we can accept new lab cases only on prepayment until the overdue balance is cleared. Cases already in production will be finished and shipped as normal.",
     "You can pay at " + PAY + "PO0133. If something is holding up payment, reply here and our credit manager, Tom Reyes, will call you."],
    "Best regards,"),
  why="States an agreed business consequence (credit hold on new cases) without any legal threat.")

D(L, "Card payment declined for INV-26-0502",
  B(L, "Hello Ben,",
    ["We tried to charge the Visa ending in " + NUM["mask_card_us"] + " on file for invoice INV-26-0502 ($1,186.25, autoclave pouches and burs) and the payment was declined by the card issuer.",
     "You can update the card or pay another way at " + PAY + "HV0502. For your security we never ask for full card details by email."],
    "Thanks,"),
  why="Only the last four digits of the card.",
  nums=[{"kind": "masked", "value": "ending in " + NUM["mask_card_us"]}])

D(L, "Re: late fee on INV-26-0077",
  B(L, "Hi Tina,",
    ["To answer your question about the charge on your statement: the Alveo trade account terms you signed in 2024 provide that balances more than 30 days past due accrue a late charge of 1.5% per month. INV-26-0077 for $3,050.00 was due on January 15, 2026, so the February late charge of $45.75 appears on the statement as described in those terms.",
     "The full terms are on the back of every invoice and in the customer portal. Please let me know if you would like me to send a copy."],
    "Kind regards,"),
  why="Restates the late charge already agreed in the account terms; nothing new is offered or threatened.")

D(L, "Thanks for confirming payment of INV-26-0355",
  B(L, "Hi Carlos,",
    ["Thanks for letting us know that Summit Smiles will send the $2,734.80 for INV-26-0355 by ACH on Friday, March 20. We have noted that on your account and will confirm once the payment arrives.",
     "The invoice stays due as issued in the meantime, so you may still see it on your statement until the payment posts."],
    "Best,"),
  why="Records the customer's own promise; no change to the due date.")

D(L, "PO and remittance for INV-26-0460 - School of Dental Medicine",
  B(L, "Dear Ms. Whitfield,",
    ["Thank you for your message about invoice INV-26-0460 ($18,320.00, simulation lab typodonts and handpieces for the pre-clinical course). Your procurement office asked us to quote the university purchase order on the invoice.",
     "Could you send us the PO number? As soon as we have it, we will reissue the invoice with the PO shown and the same amount and due date (March 31, 2026).",
     "If a payment has already been released, a copy of the remittance advice showing our payment reference " + NUM["rf_ref"] + " would help us apply it."],
    "Sincerely,"),
  why="Asks for a PO and a remittance; the RF creditor reference passes mod-97 but is a payment reference, not an account number.",
  nums=[{"kind": "rf_reference", "value": NUM["rf_ref"]}])

L = "en-GB"
D(L, "Overdue invoice ADL-UK-55102 and statutory interest",
  B(L, "Dear Mr Patel,",
    ["Invoice ADL-UK-55102 for £2,946.00 (bridge framework and two Emax veneers, case 88120) fell due on 6 February 2026 and remains unpaid.",
     "As set out in our terms of trade, overdue invoices carry interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate, together with the fixed compensation of £70 that the Act provides for a debt of this size. Both will be shown on your next statement.",
     "You can pay by card or bank transfer at " + PAY + "UK55102. If you believe anything on the invoice is wrong, please tell me and I will look into it."],
    "Yours sincerely,"),
  why="Restates statutory interest and compensation already in the terms; no threat of proceedings.")

D(L, "Invoices to reissue - please confirm your legal entity name",
  B(L, "Hello Aisha,",
    ["Thank you for letting us know that the practice has incorporated. So that we can reissue INV-26-3170 and INV-26-3181 (£1,412.60 in total) correctly, could you confirm the exact legal entity name and the Companies House number?",
     "Please also confirm the delivery address: we currently hold 27 Court Road, Eltham, and you mentioned that the surgery may be moving.",
     "The amounts and due dates (20 March 2026) will stay the same on the reissued invoices."],
    "Many thanks,"),
  why="Near-miss words only: 'legal entity name' and 'Court Road'. No legal threat.")

D(L, "Re: paying INV-26-3066 in instalments",
  B(L, "Dear Dr Hughes,",
    ["Thank you for explaining the situation at the practice and for asking rather than letting the invoice run on. I have passed your request to pay INV-26-3066 (£6,180.00) in three monthly instalments to our credit manager, Rachel Dunn, who makes these decisions and will reply to you within two working days.",
     "I am not able to agree a plan myself, so until you hear from Rachel the invoice remains due as issued, on 13 March 2026."],
    "Kind regards,"),
  why="Passes the plan request to a person without agreeing to it.")

D(L, "Re: flood at the Harrogate surgery",
  B(L, "Dear Fiona,",
    ["I am very sorry to hear about the flood at the surgery and the disruption to your patients this week. I hope the clean-up goes smoothly.",
     "The balance of £3,228.40 on INV-26-3012 and INV-26-3049 remains open, and you can pay at " + PAY + "UK3012 whenever you are ready, or call me on +44 161 555 0172 if it would help to talk."],
    "With best wishes,"),
  why="Sympathy for the customer's trouble; no admission of error, no change of terms.")

L = "en-IE"
D(L, "Re: shade on crown, INV-IE-20714",
  B(L, "Hi Niamh,",
    ["Thanks for sending the photos of the crown on line 2 of INV-IE-20714. I've logged your query with the lab manager, who will compare them with the shade prescription and come back to you by Thursday.",
     "While that review is under way we've paused reminders for line 2 (€385.00). The other lines, €1,942.50 in total, were due on 27 February 2026 and are not affected, so please go ahead and pay those at " + PAY + "IE20714."],
    "Kind regards,"),
  why="Pauses reminders on the disputed line only; no credit promised, no fault admitted.")

D(L, "Direct debit returned - INV-IE-20655",
  B(L, "Dear Mr Brennan,",
    ["The direct debit for INV-IE-20655 (€2,310.00) from your account ending " + NUM["mask_ie"] + " was returned unpaid by your bank on 9 March 2026.",
     "Could you please pay by card or bank transfer using the pay link " + PAY + "IE20655, or update the mandate there? Our bank details are printed on the invoice itself; we never send or change them by email."],
    "Many thanks,"),
  why="Masked account number only; points to the invoice for bank details.",
  nums=[{"kind": "masked", "value": "ending " + NUM["mask_ie"]}])

L = "en-AU"
D(L, "Reminder: tax invoice 260417 overdue - Westmead Hospital Dental Clinic",
  B(L, "Hello Accounts Payable team,",
    ["Tax invoice 260417 (A$9,874.30 incl. GST; sterilisation wraps, prophy paste and 40 night guards for the special needs clinic) was due on 28 February 2026 and is now 12 days overdue.",
     "Our ABN is 51 824 753 556 and your purchase order 4500118273 is quoted on the invoice. Please pay via " + PAY + "AU260417 or send us the remittance if it has already been processed."],
    "Thank you,"),
  why="Reminder with ABN and PO references; no sensitive numbers.")

D(L, "Consumables orders paused - account 40911",
  B(L, "Hi Jason,",
    ["Following our reminders of 2 and 16 February, A$5,602.15 on invoices 260122 and 260139 is still outstanding.",
     "As clause 7 of the trade account terms provides, we have paused dispatch of new consumables orders on account 40911 until the overdue amount is paid. Lab work already in progress is not affected.",
     "Once the payment is received, dispatch resumes the same day. You can pay at " + PAY + "AU40911, and if you'd like to talk it through, call me on +61 2 5550 1184."],
    "Cheers,"),
  why="Pauses deliveries per the agreed terms: a stated business consequence, not a threat.")

D(L, "Re: early-payment discount on invoice 260301",
  B(L, "Hi Priya,",
    ["Thanks for your email. I've passed your question about a discount for paying invoice 260301 (A$3,145.50) early on to our accounts manager, Daniel Cho. Pricing and discounts are his decision, so I can't agree anything myself.",
     "Daniel will get back to you this week. In the meantime the invoice remains payable in full by 31 March 2026."],
    "Kind regards,"),
  why="Passes a discount request to a person without agreeing to it.")

L = "en-US"
D(L, "Your Alveo invoices - how to pay safely",
  B(L, "Hello Dana,",
    ["A reminder that INV-26-0512 for $2,205.00 (implant components, case RT-4420) is past due since March 4, 2026. You can pay securely at " + PAY + "RT4420.",
     "We have seen fake emails going to dental offices that ask staff to 'confirm' a portal password or change a supplier's bank details. Alveo will never ask for your password or card number by email, and we never change our bank details in a message. If you get such a request, please call us on +1 312 555 0148."],
    "Thanks,"),
  why="Mentions passwords and bank details without disclosing any.")

D(L, "Our new legal entity name - invoices unchanged",
  B(L, "Hello Raymond,",
    ["From April 1, 2026 our invoices will show our new legal entity name, Alveo Dental Inc. (formerly Alveo Dental Supply Co.). Nothing else changes: your account number, prices and payment terms stay the same, and the payment details are the ones printed on each invoice.",
     "While I have you: INV-26-0388 for $1,672.90 was due on March 6, 2026. You can pay it at " + PAY + "RM0388."],
    "Best regards,"),
  why="'Legal entity name' is a near-miss; no threat and no bank details typed in.")
