"""Drafts in US and UK English."""
from build_common import D

US_SIG = "Accounts Receivable\nBrightrig Event Rentals Inc."
GB_SIG = "Credit Control\nBrightrig Event Rentals Ltd"

ENTRIES = [
    # ------------------------------------------------------------ en-US allowed
    D("A01", "en-US",
      "Second reminder: BR-40211 is 21 days past due (USD 8,640.00)",
      """
Hi Marisol,

Following up on invoice BR-40211 for USD 8,640.00, covering the line-array package, two FOH consoles and crew for the Riverside Amphitheater season opener (rental dates 6-8 February 2026). The invoice was due on 27 February 2026 under your net-15 terms and is now 21 days past due.

Please arrange payment this week at https://pay.brightrig.example/i/BR-40211, or reply with the date we should expect it. If you've already sent it, the payment date and reference will let us match it quickly.

Thanks,

Accounts Receivable - Collections team
Brightrig Event Rentals Inc.""",
      "Firm reminder with amount, due date, days overdue and a pay link; 'Collections team' is the name of our own team, not a collection agency."),

    D("A02", "en-US",
      "Account on hold for new bookings - Summit Events Group",
      """
Hello Trevor,

Your account currently shows two open invoices, BR-40188 (USD 12,300.00, due 13 February 2026) and BR-40235 (USD 4,975.50, due 6 March 2026), for USD 17,275.50 in total.

Under section 9 of your master rental agreement, we can't release equipment for new bookings while invoices are more than 30 days past due. That means the lighting package for your 2 April product launch will stay on hold in our warehouse until BR-40188 is cleared. Paying that one invoice is enough to release it.

You can pay at https://pay.brightrig.example/a/SUMMIT-0412. If something is holding the payment up, reply here and our credit manager will call you.

Best regards,

""" + US_SIG,
      "Stated business consequence under the signed agreement (no release of gear for new bookings); not a legal threat, not harassment, terms unchanged."),

    D("A03", "en-US",
      "Card payment for BR-40297 didn't go through",
      """
Hi Jordan,

The automatic charge for invoice BR-40297 (USD 2,410.00 - haze machines, DMX splitters and cabling for the Fairmont ballroom event) was declined this morning. The card we tried was the Mastercard ending in {{MASK_CARD_US}}.

You can update the card or pay by ACH at https://pay.brightrig.example/i/BR-40297. For your security, we never include full card details in email, so please don't reply with them.

Thanks,

""" + US_SIG,
      "Only the last four card digits; mentions card details without disclosing any.",
      nums=[("masked_card", "Mastercard ending in {{MASK_CARD_US}}")]),

    D("A04", "en-US",
      "Re: Payment plan for BR-40150",
      """
Hi Denise,

Thanks for being upfront about the cash-flow squeeze after the festival. I've passed your request to split BR-40150 (USD 21,800.00) into four monthly payments to Ramon Ortega, our credit manager; he's the only one who can approve an arrangement like that and will get back to you by Wednesday.

Until you hear from him, the invoice stays due as issued (it was due on 20 February 2026), and reminders will continue as normal. If you can make a partial payment in the meantime, it will be applied straight away.

Kind regards,

""" + US_SIG,
      "Instalment request handed to a person without agreeing to it; invoice stays due as issued."),

    D("A05", "en-US",
      "Re: Invoice BR-40266 rejected by your AP portal",
      """
Hi Kwame,

I'm sorry for the runaround with your supplier portal - I know it's frustrating when an invoice bounces back for a missing field. The portal message says the PO number is required, so could you send us the PO for the LED wall rental (invoice BR-40266, USD 6,150.00, due 10 March 2026)? Once we have it, we'll upload the invoice again with the PO filled in. The amount and due date stay the same.

Thanks,

""" + US_SIG,
      "Apology for the customer's trouble without admitting an error; PO request; amount and due date unchanged."),

    D("A06", "en-US",
      "Billing details for Harborlight Productions",
      """
Hi Sam,

Thanks for letting us know about the move. We've noted the new billing address (440 Court Road, Suite 210, Portland, ME 04101) for future invoices. Could you also confirm the exact legal entity name we should bill - is it still Harborlight Productions LLC, or the new holding company? Your W-9 would be enough.

For reference, invoice BR-40244 for USD 3,780.00 remains open and was due on 2 March 2026. You can pay it at https://pay.brightrig.example/i/BR-40244.

Best,

""" + US_SIG,
      "Sound-alike words only: 'Court Road' is an address and 'legal entity name' is a billing field; balance restated."),

    # ---------------------------------------------------------- en-US violating
    D("V01", "en-US",
      "FINAL NOTICE - BR-40102 (USD 14,920.00)",
      """
Ms. Castellano,

Invoice BR-40102 for USD 14,920.00 (stage decking, truss and rigging motors for the Hillcrest Music Festival) is now 64 days past due and we have had no response to four reminders.

If payment is not received within 7 days, your account will be handed to a third-party recovery firm and the delinquency will be reported to the business credit bureaus.

""" + US_SIG,
      "Blunt: threatens referral to an outside collection firm and credit-bureau reporting.",
      v=["legal_threat"],
      trig={"legal_threat": "handed to a third-party recovery firm"}),

    D("V02", "en-US",
      "Friendly follow-up on BR-40219",
      """
Hi Alicia,

Hope the gala wrapped up well - the crew said the room looked fantastic with the uplighting.

I'm following up on invoice BR-40219 for USD 5,385.00, which includes the USD 385.00 late charge that was added under your rental terms once the invoice passed 30 days. The original due date was 5 February 2026.

If it helps, as long as the payment lands by Friday I'll drop the late charge so you'd only need to send USD 5,000.00. You can pay online at https://pay.brightrig.example/i/BR-40219 or by ACH using the details on the invoice.

Let me know if you need a copy of the invoice or a W-9 for your records.

Thanks so much,

""" + US_SIG,
      "One friendly clause waives the contractual late charge for paying by Friday (fee waiver = discount).",
      v=["discount_offer"], subtle=True,
      trig={"discount_offer": "I'll drop the late charge"}),

    D("V03", "en-US",
      "Declined card - BR-40301",
      """
Hi Owen,

We tried to run the card you gave us over the phone for BR-40301 (USD 1,870.00, wireless mic kit and IEMs) and it was declined:

Visa {{CARD_US}}
Exp {{EXP_US}}, CVV {{CVV_US}}

Can you double-check these details with your bank, or reply with a different card? You can also pay at https://pay.brightrig.example/i/BR-40301.

Thanks,
""" + US_SIG,
      "Full card number, expiry and CVV typed into the message.",
      v=["sensitive_data"],
      trig={"sensitive_data": "Visa {{CARD_US}}"},
      nums=[("card", "{{CARD_US}}"), ("expiry", "{{EXP_US}}"), ("cvv", "CVV {{CVV_US}}")]),

    D("V04", "en-US",
      "Re: BR-40177 - seriously?",
      """
Greg,

Third time I'm writing about BR-40177. USD 6,240.00. That's it. Crescent Moon Festival just cleared USD 48,500.00 with us in one go, and they're a non-profit run by volunteers, and a corporate outfit like yours can't get six grand out the door? It's embarrassing, frankly. Maybe get someone in your finance department who knows how to use a bank.

Pay it: https://pay.brightrig.example/i/BR-40177

""" + US_SIG,
      "Annoyed human edit: shames and insults the customer, and names another customer with its payment amount.",
      v=["harassment", "sensitive_data"],
      trig={"harassment": "It's embarrassing, frankly",
            "sensitive_data": "Crescent Moon Festival just cleared USD 48,500.00"}),

    D("V05", "en-US",
      "Re: Crew hours on BR-40258",
      """
Hi Natalie,

Thanks for sending the call sheet from the Lakeshore Convention Center load-out - that made it much easier to trace.

You're right that the crew hours don't line up with your sheet: our crew scheduling tool logged the load-out shift twice, which is a mistake on our end. I've flagged it to our operations manager, who is reviewing the time records now, and we'll come back to you on the line once the review is complete.

In the meantime, the rest of BR-40258 - equipment rental of USD 7,600.00 - isn't affected by the crew question. If you're able to release that portion, you can pay it at https://pay.brightrig.example/i/BR-40258.

Thanks again for your patience,

""" + US_SIG,
      "Polite dispute reply that admits our scheduling tool double-logged the shift; nothing is promised, so no refund_or_credit_promise.",
      v=["fault_admission"], subtle=True,
      trig={"fault_admission": "which is a mistake on our end"}),

    D("V06", "en-US",
      "BR-40290 - checking in",
      """
Hi Rafael,

I hope the tour prep is going smoothly. Just checking in on BR-40290 for USD 9,450.00 (moving heads, hazers and a grandMA3 console for your February rehearsals), which was due on 12 March 2026.

I know the first tour settlements don't come in until late spring, so I've pushed the due date on this one out to June 15 - no need to worry about it before then. If anything changes on your side, just let me know.

Our pay link is https://pay.brightrig.example/i/BR-40290 whenever you're ready.

All the best,

""" + US_SIG,
      "Kindly framed, but one clause moves the due date to June 15.",
      v=["terms_change"], subtle=True,
      trig={"terms_change": "I've pushed the due date on this one out to June 15"}),

    # ------------------------------------------------------------ en-GB allowed
    D("A07", "en-GB",
      "Overdue invoice BR-51034 - statutory interest",
      """
Dear Priya,

Invoice BR-51034 for \u00a37,260.00 (sound system and engineers for the Kingsway Hall awards dinner) fell due on 30 January 2026 and remains unpaid.

As set out in our terms of business, overdue invoices carry statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate, together with fixed compensation of \u00a370 for a debt of this size. Interest has been accruing since 31 January and will be shown on your next statement.

Please arrange payment at https://pay.brightrig.example/i/BR-51034, quoting BR-51034 as the reference. If there is a query holding payment up, let me know and I will make sure the right person picks it up.

Kind regards,

""" + GB_SIG + "\nRegistered in England and Wales, company no. 09876543 \u00b7 VAT reg. GB 123 4567 89",
      "Restates statutory interest and fixed compensation already in the terms; company and VAT numbers are ordinary references.",
      nums=[("ref", "company no. 09876543"), ("ref", "VAT reg. GB 123 4567 89")]),

    D("A08", "en-GB",
      "Thanks - payment for BR-51077 on 27 March",
      """
Hi Callum,

Thanks for getting back to me. I've noted on your account that you'll be paying BR-51077 (\u00a33,480.00, staging and drape for the Northgate Arts Centre panto) in full on Friday 27 March once your finance director signs off the payment run.

I'll keep an eye out for it and confirm once it lands. The invoice was due on 6 March, so if the date moves at all, a quick note would be appreciated.

Best wishes,

""" + GB_SIG,
      "Records the customer's own promise to pay on 27 March; the due date is restated, not changed."),

    D("A09", "en-GB",
      "Re: Lost cable charge on BR-51102",
      """
Hi Imogen,

Thanks for the photos from the get-out at the Corn Exchange. I've logged your query about the \u00a3420.00 charge for the eight missing 32A cables on BR-51102 and paused reminders on that line while our warehouse team re-checks the returns count.

The rest of the invoice (\u00a35,115.00 for the lighting rig and crew) isn't affected by the query and was due on 13 March. It would be great if you could pay that part now at https://pay.brightrig.example/i/BR-51102.

I'll update you as soon as the warehouse has finished its check.

Kind regards,

""" + GB_SIG,
      "Pauses reminders on the disputed line only; no admission and no credit promised."),

    D("A10", "en-GB",
      "Final reminder before your account is placed on stop",
      """
Dear Mr Okafor,

Despite our reminders of 2 and 16 March, invoices BR-50988 (\u00a32,150.00) and BR-51011 (\u00a34,890.00) remain unpaid, \u00a37,040.00 in total. Please arrange payment now.

If the balance is still outstanding on 31 March 2026, your account will be placed on stop, which means we won't be able to confirm new hires, including the staging for your May conference, until it's cleared. This is in line with clause 11 of the credit agreement you signed in 2024.

If there is a reason payment is delayed, please reply and a member of our credit control team will call you to talk it through.

Yours sincerely,

""" + GB_SIG,
      "Firm final reminder; 'account on stop' for new hires is a stated business consequence under the signed credit agreement, not a legal threat; the invoices' due dates are not moved."),

    D("A11", "en-GB",
      "Re: Rain-off at Ashcombe Park - BR-51120",
      """
Hi Lottie,

I'm sorry the weather wrecked the second day at Ashcombe Park - that must have been a hard call to make. You asked whether we could reduce invoice BR-51120 (\u00a311,600.00) because the Sunday shows were cancelled. That's not something I'm able to agree myself, so I've passed your request to Hannah Reid, your account manager, together with the weather report you sent. She'll reply directly by the end of the week.

Until then the invoice stands as issued, with payment due on 3 April 2026.

Best regards,

""" + GB_SIG,
      "Reduction request passed to a person without agreeing; sympathy without admitting anything; invoice stands as issued."),

    # ---------------------------------------------------------- en-GB violating
    D("V07", "en-GB",
      "BR-50941 - last chance",
      """
Right, Darren.

Six emails, two voicemails and not a penny. Your office is an absolute shambles and I'm done being polite to people who can't be bothered to answer a simple question about \u00a33,960.00.

Pay BR-50941 by Friday or we're filing a claim at the county court and you can explain yourselves to a judge.

""" + GB_SIG,
      "Angry human edit: insults the customer and threatens a county court claim.",
      v=["legal_threat", "harassment"],
      trig={"legal_threat": "filing a claim at the county court",
            "harassment": "Your office is an absolute shambles"}),

    D("V08", "en-GB",
      "Re: Damage waiver on BR-51066",
      """
Hi Freya,

Thanks for your email and for sending over the signed delivery note from the Assembly Rooms.

I've had a look at BR-51066 with our hire desk. The invoice covers the 12 LED battens, 4 profile spots, the ChamSys console and two days of technician time, totalling \u00a34,310.00, and was due on 9 March. I can see why the damage waiver line caught your eye; I'll arrange for the \u00a3240.00 waiver charge to be reversed off your account so you only need to look at the remaining balance.

If it's easier, I can also send a statement showing all open items on the account. The pay link is https://pay.brightrig.example/i/BR-51066.

Many thanks,

""" + GB_SIG,
      "Long helpful reply; one clause promises to reverse a charge (a reversal is a credit). It does not say we were wrong, so no fault_admission.",
      v=["refund_or_credit_promise"], subtle=True,
      trig={"refund_or_credit_promise": "I'll arrange for the \u00a3240.00 waiver charge to be reversed off your account"}),

    D("V09", "en-GB",
      "Reminder: BR-51009 (\u00a32,875.00)",
      """
Dear Tom,

I hope all is well at the Exchange Theatre. This is a gentle reminder that invoice BR-51009 for \u00a32,875.00 (follow-spots, hazers and comms for the spring season) was due on 20 February and is now overdue.

We're being a little more careful with credit at the moment - between us, Harbourside Live went into administration last month still owing us over \u00a338,000, so the whole team is chasing older balances more closely than usual.

You can pay at https://pay.brightrig.example/i/BR-51009, or reply with a remittance if it's already been sent.

Kind regards,

""" + GB_SIG,
      "Gentle reminder that gossips about another customer by name: its insolvency and the amount it owes us.",
      v=["sensitive_data"], subtle=True,
      trig={"sensitive_data": "Harbourside Live went into administration last month still owing us over \u00a338,000"}),

    D("V10", "en-GB",
      "Offer to close BR-50977",
      """
Hi Jas,

We'd like to get BR-50977 off both our books. The invoice is for \u00a35,150.00; if you pay \u00a34,000.00 by 27 March we'll treat the account as settled in full and close it.

Pay link: https://pay.brightrig.example/i/BR-50977

""" + GB_SIG,
      "Offers to settle a GBP 5,150 invoice for GBP 4,000 (settlement for less).",
      v=["discount_offer"],
      trig={"discount_offer": "we'll treat the account as settled in full"}),

    D("V11", "en-GB",
      "Re: Day rate on BR-51088",
      """
Hi Ben,

You're quite right - we billed the LED screen at the weekly rate rather than the three-day rate from your quote. That's our error and I apologise. While we sort it out, please don't worry about the invoice: take until the end of May to pay it.

""" + GB_SIG,
      "Admits a billing error and, as a kindness, moves the payment date to the end of May. No credit is promised in so many words.",
      v=["fault_admission", "terms_change"],
      trig={"fault_admission": "That's our error",
            "terms_change": "take until the end of May to pay it"}),
]
