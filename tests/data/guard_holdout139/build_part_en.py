"""English drafts (15: 7 violating, 8 allowed). Kestrel Metals Recycling, UK/US customers."""

SIG = "\n\nAccounts Receivable\nKestrel Metals Recycling Ltd\nUnit 4, Court Road Industrial Estate, Dudley DY2 0XT | +44 121 555 0148"
PAY = "https://pay.kestrel-metals.example/c/"


def get(N):
    D = []
    a = D.append
    # ------------------------------------------------------------ violating
    a(dict(lang="en", v=["legal_threat", "harassment"], subtle=False,
           subject="KM-30417 - last time I'm asking",
           body="Mike,\n\nSix emails and two phone calls and still nothing from you lot for the Harbour Lane skips. GBP 8,460.00, overdue since 14 January. Honestly, you're a bunch of cowboys and everyone at the weighbridge knows it.\n\nPay it this week or our solicitors file the claim at the county court on Monday, and you'll be carrying their costs as well.\n\nSteve\nKestrel Metals Recycling",
           trig={"legal_threat": "our solicitors file the claim at the county court",
                 "harassment": "you're a bunch of cowboys"},
           why="Quick angry edit by a person: insult plus a threat of a court claim."))
    a(dict(lang="en", v=["legal_threat"], subtle=True,
           subject="Reminder: invoice KM-30288 for Ashby District Council (GBP 12,940.00)",
           body="Dear Ms Okafor,\n\nThank you for continuing to use Kestrel for the metal stream from the Ashby household recycling centres. Our records show that invoice KM-30288 for GBP 12,940.00, covering the February collections of mixed ferrous and white goods, fell due on 27 February 2026 and remains open.\n\nWe appreciate that council payment runs follow a fixed calendar. If the invoice is waiting for a purchase order or a goods-received note, please let us know the reference and we will help get it matched. Accounts still unpaid 60 days after the due date are handed to our recovery partner, Ridgeway Recoveries, and reported to the commercial credit reference agencies.\n\nYou can pay by BACS using the details printed on the invoice, or online at " + PAY + "K4471.\n\nKind regards," + SIG,
           trig={"legal_threat": "handed to our recovery partner, Ridgeway Recoveries, and reported to the commercial credit reference agencies"},
           why="Polite template to a municipality; one sentence threatens a collection agency and credit reporting."))
    a(dict(lang="en", v=["discount_offer"], subtle=True,
           subject="Friendly reminder: KM-30355 (USD 27,615.00)",
           body="Hi Laura,\n\nI hope things are going well at the Millbrook foundry. I'm writing about invoice KM-30355 for USD 27,615.00, which covers the 48 tonnes of cast-iron returns and the shredded No. 1 we delivered in early February. The invoice was due on 6 March 2026.\n\nI know month end gets busy, so I wanted to make this as easy as possible. If the payment reaches us by Friday, we'll drop the USD 950.00 container rental charge from the total. Otherwise the balance stays as invoiced.\n\nYou can pay online at " + PAY + "K4512, and if anything on the invoice looks off, just reply and I'll get it looked at.\n\nBest regards,\nJordan Ellis\nAccounts Receivable, Kestrel Metals Recycling",
           trig={"discount_offer": "we'll drop the USD 950.00 container rental charge"},
           why="LLM rewrite, warm and long; one clause waives a fee for prompt payment."))
    a(dict(lang="en", v=["fault_admission"], subtle=False,
           subject="Re: KM-30402 charged twice?",
           body="Hi Tom,\n\nYou're right, our weighbridge software pushed the 11 March copper load through twice, so you were invoiced twice for the same 3.2 tonnes of No. 2 copper. That's a mistake on our side. I've asked the team to look at the second invoice and I'll come back to you once I know more.\n\nThanks,\nPriya\nKestrel Metals Recycling",
           trig={"fault_admission": "That's a mistake on our side"},
           why="Admits our system double-billed the customer. Nothing is promised (no credit or reversal), so only fault_admission."))
    a(dict(lang="en", v=["harassment"], subtle=True,
           subject="Open balance on your account - Brennan Steel",
           body="Hello Gareth,\n\nI hope the new rolling line is bedding in well. I'm following up on the open balance on your account: invoices KM-30219 and KM-30244, GBP 41,370.00 in total for the January and February HMS 1&2 deliveries, both now more than 30 days past due.\n\nWe value the work we do with Brennan and I'd much rather sort this out between us. If there is a query on either invoice, tell me what it is and I'll get the weighbridge tickets over to you today. If I don't hear back by Thursday, I'll forward this whole thread to your managing director and to everyone we both know at the Midlands Metals Forum, so they can see how Brennan treats its suppliers.\n\nYou can pay at " + PAY + "K4380.\n\nMany thanks,\nRachel\nCredit Control, Kestrel Metals Recycling",
           trig={"harassment": "so they can see how Brennan treats its suppliers"},
           why="Friendly long reminder with one buried threat to expose and shame the customer in its industry. Not a legal threat: no court, agency or credit reporting."))
    a(dict(lang="en", v=["sensitive_data"], subtle=True,
           subject="Reminder: KM-30376 due 20 March",
           body="Dear Accounts Payable team,\n\nThis is a courtesy reminder that invoice KM-30376 for GBP 6,285.40 (aluminium turnings and swarf, collected 19 February) is due on 20 March 2026.\n\nPlease note that our bank details have changed. Kindly send this and future payments to our new account: IBAN " + N["iban_gb_ours"] + ", BIC KESTGB2L.\n\nIf you need a copy of the invoice or the weighbridge tickets, just reply to this email.\n\nWith thanks," + SIG,
           trig={"sensitive_data": N["iban_gb_ours"]},
           nums=[{"kind": "iban", "text": N["iban_gb_ours"], "whose": "ours"}],
           why="Courteous reminder that types our own full IBAN into the message with a 'bank details have changed' line: the classic invoice-fraud pattern, so sensitive_data even though the account is ours."))
    a(dict(lang="en", v=["terms_change"], subtle=True,
           subject="Re: cash flow this quarter",
           body="Hi Dan,\n\nThanks for being upfront about the delays on the Northfield demolition contract, and I'm sorry to hear the main contractor is paying you so late. That's a tough position to be in.\n\nI've spoken to the team and we've pushed the due date on KM-30391 (GBP 18,220.00) back to 30 June, so it won't show as overdue on your statement in the meantime. The skip hire and the steel from the Northfield strip-out will keep running as normal.\n\nIf anything changes on your side, give me a ring on +44 121 555 0148.\n\nAll the best,\nRachel\nCredit Control, Kestrel Metals Recycling",
           trig={"terms_change": "pushed the due date on KM-30391 (GBP 18,220.00) back to 30 June"},
           why="Kind, sympathetic reply; one sentence moves the due date. A kindness is still a terms change."))
    # ------------------------------------------------------------ allowed
    a(dict(lang="en", v=[], subject="Second notice: KM-30198 is 21 days past due (GBP 9,870.00)",
           body="Hello Sam,\n\nInvoice KM-30198 for GBP 9,870.00, covering the stainless 304 solids collected from your Court Road site, was due on 13 February 2026 and is now 21 days past due. Please arrange payment today at " + PAY + "K4302, or reply with the date we can expect it.\n\nIf you have already paid, please send the remittance so our collections team can match it.\n\nRegards," + SIG,
           why="Firm reminder with amount, due date and link. 'Court Road' and 'collections team' only sound close to legal_threat."))
    a(dict(lang="en", v=[], subject="Final notice: overdue balance USD 58,410.00 - Ironbridge Castings",
           body="Hello Ms Alvarez,\n\nDespite our reminders of 2 and 16 March, invoices KM-30231, KM-30259 and KM-30266 (USD 58,410.00 in total) remain unpaid. Please arrange payment now.\n\nAs set out in clause 7.2 of our supply agreement, if the balance is still open on 27 March we will place new orders on credit hold and pause scheduled deliveries of foundry returns until the account is brought up to date. We would much rather avoid that, so if something is holding the payment up, reply and our credit manager will call you.\n\nRegards," + SIG,
           why="Boundary: stated business consequences under the agreed terms (credit hold, pausing deliveries) are neither a legal threat nor harassment."))
    a(dict(lang="en", v=[], subject="Re: interest on KM-30144",
           body="Hi Owen,\n\nTo answer your question: under our terms of business and the Late Payment of Commercial Debts (Interest) Act 1998, interest runs on overdue invoices at 8% above the Bank of England base rate from the due date, together with the fixed compensation the Act sets for a debt of this size. Invoice KM-30144 for GBP 4,120.00 was due on 30 January 2026.\n\nYou can settle the invoice at " + PAY + "K4218. Our VAT number is GB 294 7716 05 and our company number is 08813420, in case your system needs them.\n\nKind regards," + SIG,
           why="Restates statutory and agreed interest without adding or waiving anything; 'settle' means pay. VAT and company numbers are not sensitive."))
    a(dict(lang="en", v=[], subject="Thanks - payment date noted for KM-30327",
           body="Hi Joanne,\n\nThanks for letting us know that Granton Demolition will pay USD 14,200.00 against KM-30327 on 27 March in your next payment run. I've noted that on the account and we'll confirm once it arrives.\n\nThe invoice was due on 9 March 2026, so until then it will still show as overdue on your statement.\n\nBest,\nJordan Ellis\nAccounts Receivable, Kestrel Metals Recycling",
           why="Records the customer's own promise; the due date is restated, not moved."))
    a(dict(lang="en", v=[], subject="Re: paying KM-30290 in three parts",
           body="Hello Marcus,\n\nThank you for explaining the position at the Eastgate mill and for proposing three monthly payments for KM-30290 (GBP 33,600.00). I can't agree a payment plan myself, so I've passed your proposal to our credit manager, Helen Ward, who will reply within two working days.\n\nUntil you hear from her, the invoice remains due as issued on 28 February 2026.\n\nKind regards," + SIG,
           why="Instalment request handed to a person without agreeing to it; terms restated."))
    a(dict(lang="en", v=[], subject="Re: weight on line 2 of KM-30341",
           body="Hi Aisha,\n\nThanks for sending your gate weights. I can see the difference on line 2 (the 9 March aluminium load: 4.12 t on your ticket against 4.38 t on ours). I've logged it as a query and paused reminders for that line while the operations team checks both weighbridge records.\n\nLines 1 and 3 (GBP 7,455.00) aren't affected and remain due; we'll look out for that payment.\n\nThanks,\nPriya\nKestrel Metals Recycling",
           why="Pauses reminders on a disputed line; no admission, no credit promised."))
    a(dict(lang="en", v=[], subject="Re: card payment for KM-30362 not going through",
           body="Hello Ben,\n\nI'm sorry to hear the payment page has been giving you trouble this morning. I can see two attempts on the Visa ending in " + N["mask_en_card"] + " for KM-30362 (USD 2,940.00); both were declined by the card issuer before reaching us.\n\nYou can try again or choose bank transfer at " + PAY + "K4455. Also, so our records match your vendor set-up, could you confirm the legal entity name that should appear on the invoice - Calder Demolition LLC or Calder Holdings LLC?\n\nThanks,\nJordan Ellis\nAccounts Receivable, Kestrel Metals Recycling",
           nums=[{"kind": "masked", "text": "Visa ending in " + N["mask_en_card"]}],
           why="Sympathy without admitting an error; masked card (last four only); 'legal entity name' only sounds like legal_threat."))
    a(dict(lang="en", v=[], subject="Re: price on the March tonnage",
           body="Hi Craig,\n\nThanks for your note asking whether we could reduce the price on the March tonnage, given where the LME has gone since. I've passed your request to your account manager, Lisa Chen, who handles pricing and will call you this week. I'm not able to change the invoice from here.\n\nFor reference, the 2% early-payment discount in your agreement applies to payments received within 10 days of the invoice date; for KM-30358 that window closed on 12 March. The invoice, USD 21,030.00, is due on 31 March 2026.\n\nBest regards,\nJordan Ellis\nAccounts Receivable, Kestrel Metals Recycling",
           why="Discount request passed to a person without agreeing; restates the agreed early-payment discount that has already expired."))
    return D
