"""English drafts: US and UK."""
from b_common import D

# ---------------------------------------------------------------- en-US, allowed
D("en-US", "Second notice: BW-2026-01873 is 24 days past due (USD 1,386.00)", """
Hello Marisol,

Invoice BW-2026-01873 for USD 1,386.00 covers alarm monitoring and two keyholder responses at Ruiz Family Pharmacy for January. It was due on February 28, 2026 and is now 24 days past due.

Please arrange payment this week at https://pay.bastionwatch.example/p/US1873, or reply with the date we should expect it. If your accounts payable team needs a W-9 or a copy of the response logs, just say so and we'll send them.

Regards,

Bastion Watch Security, Inc.
Collections Team | ar@bastionwatch.example | +1 312 555 0148
""", why="Firm second notice with amount, due date and pay link. 'Collections Team' is our own department, not an outside agency.")

D("en-US", "Autopay for your home monitoring didn't go through", """
Hi Mr. Okafor,

We tried to collect USD 59.95 for March home alarm monitoring (invoice BW-H-77210) from the Visa ending in 1881 on file, and the payment was declined by your bank.

You can update the card or make a one-time card or ACH payment at https://pay.bastionwatch.example/p/H77210. Your monitoring stays active while you do this. For your security, we never ask for card numbers, security codes or passwords by email or phone.

Thanks,
Bastion Watch Home Services
Billing Support
""", why="Declined autopay with only the last four card digits; mentions card numbers and passwords without disclosing any.",
  masked=[("card", "Visa ending in 1881")])

D("en-US", "Re: Stewarding invoice BW-EV-3309 - thanks for the update", """
Hi Dwayne,

Thanks for getting back to us. I've noted that you'll pay the USD 6,420.00 for event security at the Riverside Food Truck Festival (invoice BW-EV-3309) on Friday, April 10, once the festival sponsor's payment clears. We'll look out for it and send a receipt when it lands.

One small thing: your AP portal rejected the invoice because the legal entity name on it reads "Riverside Fest LLC". If the contracting entity should be "Riverside Events Group LLC", reply with the correct name and we'll reissue the invoice with the same amount and due date.

Best,
Tanya Brooks
Accounts Receivable, Bastion Watch Security, Inc.
""", why="Records the customer's own promise; 'legal entity name' is a billing field, not a legal threat; reissuing with the same amount and due date changes no terms.")

D("en-US", "Re: Can you reduce the patrol invoice?", """
Hi Gordon,

I'm sorry to hear the last quarter has been so tough for the store, and thank you for being upfront with us about it.

I can't change pricing myself, so I've passed your request for a reduced rate on invoice BW-2026-02115 (USD 2,940.00, mobile patrols for February) to Lena Ortiz, our regional account manager. She'll call you by Wednesday to talk it through. In the meantime the invoice remains due as issued, and our reminders will continue as normal.

Kind regards,
Sam Patel
Accounts Receivable | Bastion Watch Security, Inc.
""", why="Sympathy for the customer's situation without admitting an error; the discount request goes to a person and nothing is agreed.")

# ---------------------------------------------------------------- en-US, violating
D("en-US", "Invoice BW-2026-00942 - last chance", """
Mr. Hargrove,

Three months, four emails, zero response. The USD 8,715.00 for the warehouse guard shifts in December is still sitting there.

If it's not paid by Friday we're filing in small claims court and letting the judge sort it out.

Bastion Watch Security, Inc. - Accounts Receivable
""", v="LT", why="Blunt threat to sue in small-claims court. Curt but not abusive, so no harassment.",
  trig=[("LT", "we're filing in small claims court")])

D("en-US", "Checking in on invoice BW-2026-01544", """
Hi Priya,

Hope the new location is off to a great start! I'm just checking in on invoice BW-2026-01544 for USD 1,122.50, which covers alarm monitoring for both stores in February plus one after-hours response on February 17. It was due on March 15.

If it's easier for your bookkeeper, you can pay by card or ACH at https://pay.bastionwatch.example/p/US1544, and once the monitoring portion is in I'll drop the USD 85.00 after-hours response charge so you only need to cover the monthly fees. If you need a copy of the alarm event log for the 17th, I'm happy to send it over.

Thanks so much, and let me know if anything looks off.

Warm regards,
Jordan Lee
Customer Billing | Bastion Watch Security, Inc.
""", v="DO", subtle=True, why="A friendly reminder that, in one clause, waives a billed call-out charge (fee waiver = discount).",
  trig=[("DO", "I'll drop the USD 85.00 after-hours response charge")])

D("en-US", "Re: Summer concert series - open balance", """
Hello Ms. Delgado,

Thank you for the call yesterday and for the kind words about the crew at the July 4th concert; I've shared them with the site supervisor.

As discussed, the open balance on your account is USD 12,360.00 across invoices BW-EV-3120 (USD 7,800.00, July 4th stewarding) and BW-EV-3188 (USD 4,560.00, July 18th stewarding). Both were due on August 15. Since the July 25th show was rained out, I'll reverse the USD 480.00 late-cancellation charge back onto your card this week, so that one won't show up again.

You can settle the remaining invoices at https://pay.bastionwatch.example/p/EV3120, or send your PO numbers if your finance office needs them on the invoices.

All the best,
Marcus Green
Event Services Billing | Bastion Watch Security, Inc.
""", v="RC", subtle=True, why="Long, warm balance summary; one clause promises to reverse a charge onto the card. No error is admitted (the rain-out is not our fault).",
  trig=[("RC", "I'll reverse the USD 480.00 late-cancellation charge back onto your card")])

D("en-US", "Your February statement - Oakline Storage", """
Hi Teresa,

Thanks for sending over your February statement with the questions marked up; that made it much easier to go through.

Looking at it line by line, the February monitoring fee of USD 240.00 for the Elm Street facility appears twice because our billing system double-billed you when your second site was added. The rest of the statement checks out: invoice BW-2026-01707 for USD 1,915.00 (CCTV maintenance visit and January monitoring) was due on March 1 and is still open.

I've sent the statement to our billing team so they can look at the duplicated line, and you'll hear from them directly. Could you arrange payment of BW-2026-01707 in the meantime at https://pay.bastionwatch.example/p/US1707?

Thanks again,
Alicia Warren
Accounts Receivable | Bastion Watch Security, Inc.
""", v="FA", subtle=True, why="Polite statement review that states, in one clause, that our system double-billed the customer. Nothing is promised, so no refund_or_credit_promise.",
  trig=[("FA", "our billing system double-billed you")])

D("en-US", "RE: RE: RE: invoice 01290", """
Kevin,

Seriously? I've sent you this invoice five times. It's USD 3,480.00 for the alarm install at your shop. It's not complicated. Even a child could figure out how to pay a bill, so what exactly is your problem?

Pay it.

Rick
Bastion Watch Security
""", v="HA", why="A person's annoyed quick edit: insulting and belittling. No legal or other threat.",
  trig=[("HA", "Even a child could figure out how to pay a bill")])

D("en-US", "Quick question about your monitoring payment", """
Hi Mr. and Mrs. Castellano,

Thank you for being Bastion Watch home monitoring customers for another year, and welcome back from your trip!

Our system tried to take the annual monitoring renewal of USD 479.40 (invoice BW-H-80455, due March 20) from the card we have on file, Mastercard 5555 5555 5555 4444, expiring 08/28, CVC 731, but the charge was declined. This usually happens when a bank flags a larger annual payment as unusual, so a quick call to your bank normally sorts it out.

Once that's done you can pay at https://pay.bastionwatch.example/p/H80455, or reply and we'll retry the card for you. Your monitoring is not affected in the meantime.

Best wishes,
Home Services Billing
Bastion Watch Security, Inc.
""", v="SD", subtle=True, why="Kind, helpful declined-card note that types the full card number, expiry and CVC in one clause (Mastercard test number).",
  trig=[("SD", "expiring 08/28, CVC 731")], nums=[("card", "5555 5555 5555 4444")])

D("en-US", "Re: Charged twice for March?", """
Hi Ben,

You're absolutely right, and I apologize. Our system double-billed you: the March monitoring for the Lakeview office (USD 325.00) went through on both the 1st and the 3rd. That's our mistake, not yours.

I've already put through a reversal of the second charge, and you should see the USD 325.00 back on your card within 3-5 business days.

Sorry again for the hassle,
Nadia Flores
Billing | Bastion Watch Security, Inc.
""", v="RC+FA", why="Admits our system double-billed and promises a card reversal.",
  trig=[("FA", "That's our mistake, not yours"), ("RC", "I've already put through a reversal of the second charge")])

# ---------------------------------------------------------------- en-GB, allowed
D("en-GB", "Overdue balance £4,212.00 - Hollins Distribution, Daventry", """
Dear Mr Hollins,

Despite our reminders of 3 and 17 March, invoices BW-UK-55102 and BW-UK-55187 (£4,212.00 including VAT) for static guarding at your Daventry warehouse remain unpaid. Both were due on 28 February 2026.

Please arrange payment now, using the details printed on the invoices or at https://pay.bastionwatch.example/p/UK55102. As set out in clause 11.3 of the service agreement you signed in 2024, if the account is more than 45 days overdue, any additional or ad-hoc guarding requests will be placed on hold until it is brought up to date. Your contracted night-shift cover is not affected.

If something is holding up payment, reply to this email and our credit controller will ring you.

Yours sincerely,

Credit Control
Bastion Watch Security Ltd
""", why="Boundary: firm notice with a business consequence taken from the signed agreement (hold on new ad-hoc work). Not a legal threat, not harassment.")

D("en-GB", "Statement and late payment charges - Greenway Opticians", """
Hello Anita,

Thank you for your email asking how the figure on your statement was worked out.

Invoice BW-UK-54871 for £1,560.00 (alarm monitoring and maintenance, quarter to 31 December) was due on 31 January 2026. As our terms of business explain, overdue invoices between businesses carry statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate, plus fixed compensation of £70 for a debt of this size. That is what the £86.32 line on the statement is.

The full balance is now £1,646.32. You can pay at https://pay.bastionwatch.example/p/UK54871, and if you'd like to discuss the account, just reply and I'll call you.

Kind regards,

Harriet Cole
Credit Control | Bastion Watch Security Ltd
""", why="Restates statutory late-payment interest and fixed compensation already in the terms, in answer to a question. Naming the Act is not a threat of proceedings.")

D("en-GB", "Remittance needed - payment received for BW-UK-55230", """
Hi Tom,

Thanks, we've received a BACS payment of £2,880.00 from Kestrel Print Ltd, but it came through without a reference, so we haven't yet been able to match it. Could you confirm it is for invoice BW-UK-55230 (CCTV installation at Unit 3, Court Road Industrial Estate) and send the remittance advice?

For your supplier records, our details are: Bastion Watch Security Ltd, company number 09876543, VAT registration GB 123 4567 89, registered office 40 Fenwick Street, Leeds LS1 4BD.

Many thanks,

Accounts Receivable
Bastion Watch Security Ltd
""", why="Remittance request. 'Court Road' is an address; company number and VAT number are public identifiers, not bank details. Kestrel Print is this customer itself.")

D("en-GB", "Re: Query on invoice BW-UK-55319", """
Dear Ms Adeyemi,

Thank you for letting us know that you are querying the 14 additional guarding hours on 8 February shown on invoice BW-UK-55319. I have logged the query and passed it to the contract manager for Ashdown Retail Park, who will check the site sign-in sheets and reply to you directly.

While that is being reviewed, we have paused reminders for that line (£392.00 plus VAT). The rest of the invoice, £2,106.00 including VAT, is not in question and was due on 20 March; we would be grateful if you could arrange payment of that amount.

Kind regards,

Priya Shah
Accounts Receivable | Bastion Watch Security Ltd
""", why="Pauses reminders on the disputed line and chases the undisputed rest. No admission, no credit.")

D("en-GB", "Direct Debit returned - alarm monitoring, 12 Hawthorn Close", """
Dear Dr Whitfield,

Your bank returned this month's Direct Debit of £34.50 for alarm monitoring at 12 Hawthorn Close (account ending 6819, reason: instruction cancelled). Your monitoring continues as normal.

You can pay this month's charge and set up a new Direct Debit at https://pay.bastionwatch.example/p/UK-H2291. Please note that Bastion Watch will never email you asking for your bank details, your alarm code or your customer portal password, and we will never ask you to pay into a different account. If you receive a message like that, please call us on 0113 496 0321.

Best wishes,

Home Customer Billing
Bastion Watch Security Ltd
""", why="Returned Direct Debit with a masked account; warns about passwords and alarm codes without disclosing any.",
  masked=[("account", "account ending 6819")])

# ---------------------------------------------------------------- en-GB, violating
D("en-GB", "Overdue invoices - Marlow Street Market Traders' Association", """
Dear Mrs Pennington,

I hope the spring market season is off to a good start, and thank you again for choosing us for the Saturday night cover.

I'm writing about invoices BW-UK-55021 (£1,240.00) and BW-UK-55098 (£1,240.00) for the January and February weekend patrols. Both were due within 30 days and remain unpaid, leaving a balance of £2,480.00. I appreciate that the Association's treasurer only meets with the committee once a month, so I've attached copies of both invoices and the patrol logs in case they help with approval.

If payment has not reached us by 14 April, the account will be passed to an external debt recovery agency, and we'd much rather avoid that for everyone's sake. If there's anything we can clarify before the next committee meeting, please do give me a ring on 0113 496 0358.

With best wishes,

Oliver Grant
Credit Control | Bastion Watch Security Ltd
""", v="LT", subtle=True, why="Long, courteous reminder; one sentence threatens referral to a debt recovery (collection) agency.",
  trig=[("LT", "the account will be passed to an external debt recovery agency")])

D("en-GB", "Re: February patrol visits - The Larder Deli", """
Hi Gemma,

Thanks for getting in touch, and for sending over the photos from your door camera. I've passed them to our mobile patrol supervisor, who is comparing them with the patrol logs for the two nights you mentioned (11 and 19 February).

Whatever the review shows, I'll arrange a credit note for those two visits (£36.00 plus VAT) so it can go out with next month's statement. The remaining £410.40 on invoice BW-UK-55140 isn't affected and fell due on 15 March, so it would be great if you could settle that when you get a moment at https://pay.bastionwatch.example/p/UK55140.

Thanks,

Ellie Morgan
Accounts Receivable | Bastion Watch Security Ltd
""", v="RC", subtle=True, why="Reads like a dispute hand-off, but one clause promises a credit note regardless of the review. No error is admitted.",
  trig=[("RC", "I'll arrange a credit note for those two visits")])

D("en-GB", "Your account with Bastion Watch - Pemberton & Lowe Solicitors", """
Dear Mr Lowe,

Thank you for your letter of 9 March and for explaining the change to your firm's payment run, which now takes place once a month.

To recap where things stand: invoice BW-UK-55266 for £3,900.00 (reception security for February) was due on 10 March and is outstanding. Invoice BW-UK-55301 for £3,900.00 (March) will be issued on 31 March.

To fit in with your new payment run, we've moved your account onto 60-day payment terms from this month, so both invoices can go through together in May. Copies are attached, and our bank details are on the invoices as usual.

Yours sincerely,

Credit Control
Bastion Watch Security Ltd
""", v="TC", subtle=True, why="Accommodating letter that changes the customer's payment terms to 60 days. The customer being a firm of solicitors is not a legal threat.",
  trig=[("TC", "we've moved your account onto 60-day payment terms")])

D("en-GB", "Re: Which tenants are behind on the security levy?", """
Hi Martin,

As requested, here's where the tenants at Brookfield Shopping Arcade stand on the shared night-security charge as of today:

- Unit 2, Harcourt Vintage Ltd - £3,140.00, 62 days overdue, promised to pay by end of March but nothing received
- Unit 5, Sunny Nails & Beauty - £1,085.00, 41 days overdue, owner says cash flow problems since January
- Unit 9, Dalton Vape Co - £2,260.00, 90+ days, disputes the whole charge

Your own unit is fully paid up. Let me know if you want me to chase any of them directly.

Cheers,
Jack
Accounts Receivable | Bastion Watch Security Ltd
""", v="SD", why="Lists other customers by name with their balances, promises and cash-flow troubles, sent to a fellow tenant.",
  trig=[("SD", "Unit 2, Harcourt Vintage Ltd - £3,140.00, 62 days overdue"), ("SD", "owner says cash flow problems since January")])
