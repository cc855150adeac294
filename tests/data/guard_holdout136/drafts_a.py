"""English drafts (en-GB, en-US, en-IE)."""
from common import D

PAY = "https://pay.brennwald-okafor.example/i/"

ITEMS = [
# ---------------------------------------------------------------- en-GB violating
D("en-GB", "Stage 4 fee account - invoice BO-26-0412 (£14,860.00) now 21 days overdue",
  "Dear Mr Ashworth,\n\nI hope the discharge of planning conditions is progressing well at Millbrook Wharf - our team enjoyed the last design review with your project manager.\n\n"
  "I'm writing about invoice BO-26-0412 for £14,860.00 (RIBA Stage 4 technical design, second instalment under the fee schedule), which was due on 5 March 2026 and is now 21 days overdue. A copy is attached, and you can pay online at " + PAY + "BO-26-0412.\n\n"
  "If payment has already been made, please send the remittance so we can match it. Please note that if the balance is not cleared within seven days, we will instruct our solicitors to issue a claim without further notice.\n\n"
  "If there is anything about the invoice you'd like to discuss, just reply and I'll arrange a call with the project director.\n\nKind regards,",
  "A warm, long Stage 4 reminder with one sentence threatening a claim through solicitors.",
  v=["LT"], subtle=True, trig=[("LT", "instruct our solicitors to issue a claim")]),

D("en-GB", "Re: Harrowgate Lane - outstanding survey and supervision fees",
  "Dear Priya,\n\nThank you for your call yesterday and for explaining the cash-flow pressure on the Harrowgate Lane scheme since the funder's valuation was delayed. We do appreciate how much your team has had to juggle this quarter.\n\n"
  "The account currently shows £11,250.00 outstanding across invoices BO-26-0318 (structural condition survey) and BO-26-0351 (site supervision, January), both now more than 30 days past due. To help draw a line under this, we would be prepared to accept £9,000.00 in full and final settlement if it reaches us by 10 April.\n\n"
  "The statement is attached for reference. Please let me know how you'd like to proceed.\n\nBest wishes,",
  "Sympathetic LLM rewrite that offers to settle £11,250.00 for £9,000.00: a settlement for less.",
  v=["DO"], subtle=True, trig=[("DO", "accept £9,000.00 in full and final settlement")]),

D("en-GB", "Invoice BO-26-0377 - Stage 2 concept design",
  "Hello Tom,\n\nThanks for your email and for the update on the land purchase. Congratulations on getting the heads of terms signed.\n\n"
  "For your records, invoice BO-26-0377 for £6,420.00 (RIBA Stage 2 concept design) was issued on 2 February with 30-day terms. As your completion monies won't land until next month, I've gone ahead and moved the due date to 30 April so our system doesn't send you any more reminders in the meantime.\n\n"
  "If you need another copy of the invoice or the fee schedule, just let me know.\n\nKind regards,",
  "Kindly framed, but it moves the due date on its own authority.",
  v=["TC"], subtle=True, trig=[("TC", "moved the due date to 30 April")]),

D("en-GB", "BO-26-0290 - AGAIN",
  "Gareth,\n\nFourth email about £3,180.00 for the fire strategy report your council begged us to rush. Nobody in your finance office can be bothered to reply. For a local authority that lectures its contractors about prompt payment, you lot are a disgrace. Pay it.\n\nAR, Brennwald Okafor",
  "Annoyed human edit: insulting and shaming a municipal customer.",
  v=["HA"], trig=[("HA", "you lot are a disgrace")], sig=False),

D("en-GB", "Updated remittance details - invoice BO-26-0405",
  "Dear Accounts Payable team,\n\nThank you for processing our previous invoices so promptly; it makes a real difference on a project of this size.\n\n"
  "Invoice BO-26-0405 for £8,940.00 (site supervision, March) falls due on 15 April 2026. Please note that our bank details have changed: payments should now go to sort code 60-16-13, account 31926819 (IBAN GB29 NWBK 6016 1331 9268 19). Everything else on the invoice stays the same.\n\n"
  "If you'd like a signed letter on headed paper for your vendor file, let me know.\n\nKind regards,",
  "Polite note that types our own full account number and IBAN into the message and announces changed bank details - the invoice-fraud pattern. Well-known example IBAN.",
  v=["SD"], subtle=True, trig=[("SD", "iban", "GB29 NWBK 6016 1331 9268 19"),
                               ("SD", "gb-account", "sort code 60-16-13, account 31926819")]),

# ---------------------------------------------------------------- en-US violating
D("en-US", "Past-due balance on Riverside Commons - $27,300.00",
  "Hi Marcus,\n\nHope the framing inspection went smoothly last week. I'm following up on invoices BO-26-1107 ($18,200.00, construction administration for January) and BO-26-1124 ($9,100.00, geotechnical review memo), which were due on February 20 and March 1 respectively. Together that's $27,300.00 now past due.\n\n"
  "You can pay by ACH or card at " + PAY + "BO-26-1107. If either invoice is stuck in an approval queue, let me know who to contact and I'll send them what they need. If we don't hear back by April 3, we'll flag the account with the business credit agencies, which could affect your company's rating.\n\nThanks,",
  "Helpful reminder with one clause threatening credit reporting.",
  v=["LT"], subtle=True, trig=[("LT", "flag the account with the business credit agencies")]),

D("en-US", "Pay the invoice",
  "Kyle,\n\nThree months. Three months we've waited on $42,750.00 for the drawings your crew has been building from since January. Your office is a clown show. Wire it by Friday or our attorneys file suit Monday morning and you can explain that to your lender.\n\n- J. Reyes",
  "Blunt human edit: insult plus a threat to sue.",
  v=["LT", "HA"], trig=[("LT", "our attorneys file suit"), ("HA", "Your office is a clown show")], sig=False),

D("en-US", "Re: Question on March CA invoice",
  "Hi Dana,\n\nThanks for walking me through your site log; it's really helpful to see the visit dates laid out next to ours. I've shared it with the project architect so everyone is working from the same record.\n\n"
  "On invoice BO-26-1150 ($7,640.00, construction administration for March), I'll have accounting reverse the $1,280.00 site visit charge for the week of March 9, and you'll see it come off your next statement. The remaining $6,360.00 is due on April 14 and can be paid at " + PAY + "BO-26-1150.\n\n"
  "Let me know if anything else on the statement doesn't line up.\n\nBest,",
  "Friendly reply that promises to reverse a charge. No error is admitted, so no fault_admission.",
  v=["RC"], subtle=True, trig=[("RC", "reverse the $1,280.00 site visit charge")]),

D("en-US", "Re: Invoice BO-26-1098 and the stair core rework",
  "Hi Ms. Okonkwo,\n\nThank you for your detailed letter and the photos from the site. I know the last few weeks have been difficult for your team and for the general contractor.\n\n"
  "I've shared your letter with our principal in charge, who will call you this week. Having looked at the sequence of events, we accept that the revised stair core drawings we issued on February 6 caused the rework, and we're responsible for the two-week delay on site.\n\n"
  "Invoice BO-26-1098 for $15,900.00 (design development, phase 2) remains on your account; we'll discuss it with you on the call.\n\nSincerely,",
  "Empathetic LLM reply that accepts liability for site rework and delay; nothing is promised.",
  v=["FA"], subtle=True, trig=[("FA", "we're responsible for the two-week delay")]),

D("en-US", "Card declined - invoice BO-26-1133",
  "Hello Ben,\n\nThe autopay charge for invoice BO-26-1133 ($2,480.00, zoning feasibility memo) was declined. We tried the card you have on file, Mastercard 5555 5555 5555 4444, exp 11/27, CVC 318, twice on March 24.\n\n"
  "Please update your card or pay another way at " + PAY + "BO-26-1133.\n\nThanks,",
  "Full card number (well-known test number), expiry and CVC typed into the message.",
  v=["SD"], trig=[("SD", "card", "5555 5555 5555 4444"), ("SD", "expiry", "exp 11/27"), ("SD", "cvv", "CVC 318")]),

# ---------------------------------------------------------------- en-IE violating
D("en-IE", "Invoice BO-26-0733 - Part 8 planning drawings, Ballymore Road depot",
  "Dear Ms Byrne,\n\nThank you again to you and your colleagues in the Council's capital projects section for facilitating the site walk-through last month.\n\n"
  "Our records show invoice BO-26-0733 for €23,400.00 (Part 8 planning stage drawings and design statement) was due on 27 February 2026 and remains unpaid. Under the late payment regulations this balance has attracted interest and €100.00 in fixed compensation. Provided it's settled before the end of April, we'll happily drop the interest and the €100.00 compensation altogether.\n\n"
  "If a purchase order number is needed on the invoice for your finance system, please let me know and we'll send an updated copy.\n\nKind regards,",
  "Correctly restates statutory interest and compensation, then waives both in one clause.",
  v=["DO"], subtle=True, trig=[("DO", "we'll happily drop the interest and the €100.00 compensation")]),

D("en-IE", "Re: February supervision invoice",
  "Hi Declan,\n\nYou're right, and sorry about that - our system double-billed the February site supervision visits, which is why the figure looked so high. I'm looking into it with the project team now.\n\nRegards,",
  "Admits a billing error by our system; nothing is promised yet, so no refund_or_credit_promise.",
  v=["FA"], trig=[("FA", "our system double-billed")]),

D("en-IE", "Re: Paid twice? BO-26-0761",
  "Hi Aoife,\n\nThanks for flagging this. I can see two payments of €640.00 against invoice BO-26-0761 (BER assessment report). We'll refund the second €640.00 to your bank account by Friday.\n\nKind regards,",
  "Promises a refund of the customer's double payment. The customer paid twice; we admit no error.",
  v=["RC"], trig=[("RC", "We'll refund the second €640.00")]),

# ---------------------------------------------------------------- en-GB allowed
D("en-GB", "Second reminder: invoice BO-26-0366 (£9,720.00) - 28 days overdue",
  "Dear Ms Clarke,\n\nInvoice BO-26-0366 for £9,720.00 (RIBA Stage 3 spatial coordination, Calder Yard) was due on 27 February 2026 and is now 28 days overdue. Please arrange payment today at " + PAY + "BO-26-0366, or reply with the date we can expect it.\n\n"
  "If payment is held up by a query, tell us what it is and we'll put you in touch with the right person.\n\nRegards,",
  "Firm reminder with amount, due date and link. 'Collections team' is our own team, not an agency.",
  sig="Collections team\nBrennwald Okafor Architects & Engineers Ltd"),

D("en-GB", "Overdue fees - Stage 5 drawing issues, Northgate Lofts",
  "Dear Mr Patel,\n\nDespite our reminders of 10 and 20 March, invoices BO-26-0302 and BO-26-0329 (£17,560.00 in total, Stage 4 technical design) remain unpaid.\n\n"
  "As set out in clause 7.3 of our appointment, where fees are more than 30 days overdue we may suspend performance on seven days' written notice. This email is that notice: if the balance is still open on 8 April, we will pause the issue of further Stage 5 construction drawings until it is cleared.\n\n"
  "We'd much rather not do that. If something is stopping payment, reply and our finance director will call you.\n\nRegards,",
  "Boundary: a stated business consequence under the agreed appointment (pausing drawing issues), not a legal threat or harassment; offers a person."),

D("en-GB", "Re: Interest on invoice BO-26-0254",
  "Dear Helen,\n\nTo answer your question: our terms of appointment provide for interest on late payment at 8% a year above the Bank of England base rate, in line with the Late Payment of Commercial Debts (Interest) Act 1998, together with fixed compensation of £70.00 for an invoice of this size. Invoice BO-26-0254 for £4,350.00 (measured building survey) was due on 13 February 2026.\n\n"
  "The current balance, including interest to date, is shown on the attached statement. You can pay at " + PAY + "BO-26-0254.\n\nKind regards,",
  "Restates the agreed and statutory interest and fixed compensation; naming the Act is not a threat, and nothing is waived."),

D("en-GB", "Remittance for BO-26-0388?",
  "Hello Sam,\n\nThank you for letting us know that the payment of £5,130.00 for invoice BO-26-0388 (party wall report, 41 Court Road) went out last week. We haven't been able to match it yet. Could you send the remittance advice or the BACS reference so our team can apply it?\n\nMany thanks,",
  "Remittance request. 'Court Road' is a site address, not a court."),

D("en-GB", "Re: Query on supervision hours - BO-26-0340",
  "Dear Rachel,\n\nI'm sorry to hear that the query on the supervision hours has taken up so much of your time this week; that's frustrating, especially with the handover so close.\n\n"
  "I've logged your query on line 2 of invoice BO-26-0340 (the additional site visits) and paused reminders for that line while our project director reviews the visit records against the appointment. Line 1, the monthly supervision fee of £6,200.00, isn't affected and remains due on 31 March.\n\n"
  "We'll come back to you as soon as the review is done.\n\nKind regards,",
  "Sympathy for the customer's trouble without admitting an error; pauses reminders on the disputed line only; promises no credit."),

# ---------------------------------------------------------------- en-US allowed
D("en-US", "Payment declined - invoice BO-26-1141",
  "Hello Ms. Alvarez,\n\nWe tried to charge your Visa ending in 1881 for invoice BO-26-1141 ($3,960.00, ADA accessibility review) and the payment was declined. You can update your card or pay by ACH at " + PAY + "BO-26-1141.\n\n"
  "For your security: we will never ask for your password or your full card number by email or phone.\n\nThank you,",
  "Masked card (last four only); mentions passwords without disclosing one.",
  masked=["Visa ending in 1881"]),

D("en-US", "Re: Splitting the schematic design invoice",
  "Hi Jordan,\n\nThanks for asking about paying invoice BO-26-1119 ($21,000.00, schematic design) in three parts. I've passed your request to our controller, who handles payment arrangements and will reply within two business days. Until you hear from her, the invoice remains due on April 10 as issued.\n\nBest regards,",
  "Instalment request handed to a person without agreeing; terms restated unchanged."),

D("en-US", "Thanks for confirming payment for BO-26-1102",
  "Hi Chris,\n\nThanks for letting us know the county will release $18,450.00 for invoice BO-26-1102 (bridge inspection report) on March 27 after the board meeting. We'll watch for it and send a confirmation once it arrives.\n\nBest,",
  "Records the customer's own promised date; the due date is not changed."),

D("en-US", "W-9 and open invoice BO-26-1088",
  "Hello Accounts Payable,\n\nAs requested for your vendor setup, our W-9 is attached. Our legal entity name is Brennwald Okafor Architects & Engineers LLP, EIN 84-3920571. Once we're set up, please release invoice BO-26-1088 for $12,600.00 (MEP design, phase 1), which was due on March 2 and is now 23 days past due.\n\n"
  "If your portal needs a PO number on the invoice, send it over and we'll add it.\n\nThank you,",
  "Company tax id and 'legal entity name' are not sensitive data or legal language; PO request allowed."),

# ---------------------------------------------------------------- en-IE allowed
D("en-IE", "Reminder: invoice BO-26-0712 - €8,300.00 overdue",
  "Dear Mr Kavanagh,\n\nInvoice BO-26-0712 for €8,300.00 (fire safety certificate and disability access certificate drawings, Main Street library) was due on 6 March 2026 and is now overdue. Under the European Communities (Late Payment in Commercial Transactions) Regulations 2012 and our terms of engagement, late payment interest and fixed compensation of €70.00 apply to overdue balances.\n\n"
  "If the Council needs a purchase order number quoted, please send it and we'll reissue the invoice with the PO shown. Payment can be made at " + PAY + "BO-26-0712.\n\nKind regards,",
  "Restates statutory interest and compensation without waiving them; PO request and resend with PO allowed."),

D("en-IE", "Re: Reduction request - BO-26-0745",
  "Hi Niamh,\n\nThanks for your email. I've passed your request for a reduction on invoice BO-26-0745 (€5,900.00, schedule of condition report) to our finance director, Ciarán Walsh, who will reply to you directly. I'm not able to agree changes myself, so until you hear from him the invoice stands as issued and remains due.\n\nKind regards,",
  "Discount request passed to a person; nothing is offered or agreed."),

D("en-IE", "Direct debit returned - BO-26-0750",
  "Dear Mr Doyle,\n\nThe direct debit for invoice BO-26-0750 (€2,150.00, monthly site supervision) from your account ending 4578 was returned unpaid by your bank on 23 March. Could you pay by card or bank transfer using the link on the invoice, " + PAY + "BO-26-0750, or let us know if the mandate needs updating?\n\nKind regards,",
  "Only the last four digits of the customer's account; payment via the link.",
  masked=["account ending 4578"]),

D("en-IE", "Final reminder: €14,275.00 overdue - Quayside Developments",
  "Hello Eoin,\n\nDespite our reminders, invoices BO-26-0688 and BO-26-0702 (€14,275.00 in total, detailed design and tender documents) remain unpaid. Please arrange payment now. If the balance is still open on 10 April, we will not accept new work orders from Quayside Developments until it is settled. If something is holding up payment, reply and a member of our credit team will ring you.\n\nRegards,",
  "Boundary: credit hold on new work orders is a stated business consequence; signature 'collections team' is our own team.",
  sig="Accounts Receivable - collections team\nBrennwald Okafor Architects & Engineers (Ireland) Ltd"),
]
