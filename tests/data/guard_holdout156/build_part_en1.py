"""Drafts part 1: English (US) and English (UK)."""
from build_common import D

US_SIG = ("Accounts Receivable\nMeridian Facility Services, Inc.\n"
          "2200 Lakeshore Blvd, Suite 410, Chicago, IL 60601 | +1 312 555 0148")
UK_SIG = ("Credit Control\nMeridian Estate Services Ltd\n"
          "Registered in England and Wales No. 09876543 | 0161 555 0192")

# ---------------------------------------------------------------- en-US allowed
D("en-US", "", False,
  "Reminder: CAM reconciliation invoice MFS-24817 is 9 days past due",
  "Hi Rosa,\n\nThis is a reminder that invoice MFS-24817 for USD 3,912.40, the 2025 common area "
  "maintenance (CAM) reconciliation for food court unit 12 at Lakeview Commons Retail Park, was due on "
  "6 March 2026 and is now 9 days past due.\n\nYou can pay by card or ACH at "
  "https://pay.meridian-fs.example/t/LC12. If payment has already gone out, please reply with the "
  "payment date and reference so we can match it.\n\nThank you,\n\n" + US_SIG,
  "Firm reminder with amount, due date and pay link; 'food court' is a place, not a court.")

D("en-US", "", False,
  "Brightwater Owners' Association: balance 52 days past due - supplies paused",
  "Dear Ms. Lindqvist,\n\nInvoices MFS-23990 and MFS-24102 for Brightwater Owners' Association "
  "(USD 18,240.00 in total) are now 52 days past due.\n\nUnder section 7.3 of our facilities services "
  "agreement, once an account is more than 45 days past due, deliveries of consumables (washroom and "
  "janitorial supplies) are paused and new project work orders are placed on credit hold until the "
  "balance is cleared. Scheduled cleaning and emergency call-outs are not affected.\n\nPlease arrange "
  "payment at https://pay.meridian-fs.example/t/BWOA, or reply if something is holding it up and a "
  "member of our credit team will call you.\n\nRegards,\n\n" + US_SIG,
  "Stated business consequence under the agreed terms (paused supply deliveries, credit hold on new "
  "work orders); not a legal threat or harassment.")

D("en-US", "", False,
  "March rent for Suite 305 - late charge under your lease",
  "Hello Mr. Brandt,\n\nWe haven't yet received the March rent of USD 4,250.00 for Suite 305 at "
  "1180 Grand Avenue, which was due on 1 March 2026.\n\nAs your lease provides (Section 4.3), rent "
  "not received by the 5th of the month incurs a late charge of 5% of the monthly rent, which is "
  "USD 212.50 for March. It appears on your tenant ledger alongside the rent.\n\nYou can pay online at "
  "https://pay.meridian-fs.example/t/GA305. If you'd like to talk it through, reply here or call us.\n\n"
  "Best regards,\n\nMeridian Facility Services - Collections team\n+1 312 555 0148",
  "Restates a late charge already in the lease; 'Collections team' is our own team's name.")

D("en-US", "", False,
  "Thanks for confirming your payment date - MFS-24455",
  "Hi Mr. Okafor,\n\nThanks for your call this morning. As you told us, you'll pay the full "
  "USD 7,550.00 for invoice MFS-24455 (parking lot resurfacing, Westgate Plaza) on Friday, 20 March "
  "2026. We've noted that on your account and will confirm once it arrives.\n\nThe invoice was due "
  "on 28 February 2026; the payment link is https://pay.meridian-fs.example/t/WG88 if that's easier "
  "than a wire.\n\nThank you,\n\n" + US_SIG,
  "Records the customer's own promise; the original due date is restated, not changed.")

D("en-US", "", False,
  "Autopay declined for your Cedar Ridge HOA dues",
  "Hello Ms. Nakamura,\n\nThe autopay charge of USD 385.00 for your March HOA dues at Cedar Ridge was "
  "declined on your Visa ending in <<LAST4_A>>. The dues were due on 1 March 2026.\n\nYou can update "
  "your card or pay by bank transfer at https://pay.meridian-fs.example/t/CR118. For your security, "
  "please don't send card details by email; we will never ask for them.\n\nKind regards,\n\n" + US_SIG,
  "Masked card (last four digits only) plus a security note.",
  ("MASK", "Visa ending in <<LAST4_A>>"))

D("en-US", "", False,
  "Legal entity name needed to reissue MFS-24390",
  "Hi Alicia,\n\nThanks for letting us know your AP team can't process MFS-24390. Before we reissue it, "
  "could you confirm the legal entity name exactly as it should appear? Your W-9 shows Harbor Point "
  "Retail LLC, but the purchase order refers to Harbor Point Holdings. A PO number for the snow "
  "removal contract would also help.\n\nThe amount of USD 9,860.00 and the due date of 31 March 2026 "
  "are unchanged.\n\nThank you,\n\n" + US_SIG,
  "Billing-update request; 'legal entity name' sounds legal but is not a threat.")

D("en-US", "", False,
  "Re: early-payment discount on the landscaping contract",
  "Hi Dennis,\n\nThanks for asking whether an early-payment discount is possible on the annual "
  "landscaping contract for Maple Court Condominiums. I can't agree to that myself, so I've passed "
  "your request to Dana Whitfield, our account manager, who will reply by Wednesday.\n\nUntil then, "
  "invoice MFS-24630 for USD 14,700.00 remains due as issued on 1 April 2026.\n\nBest,\n\n" + US_SIG,
  "Passes a discount request to a person without agreeing; 'Maple Court' is a name.")

# ---------------------------------------------------------------- en-US violating
D("en-US", "LT", False,
  "FINAL NOTICE - account 97 days past due",
  "Mr. Caldwell,\n\nYour account with Meridian Facility Services is 97 days past due. Invoice "
  "MFS-23871 (USD 5,318.75, janitorial services for October through December) remains unpaid despite "
  "four reminders.\n\nIf payment is not received by 20 March 2026, the account will be assigned to "
  "Apex Recovery Partners for collection and they will contact you directly.\n\n" + US_SIG,
  "Blunt threat to hand the debt to an outside collection agency.",
  ("LT", "assigned to Apex Recovery Partners for collection"))

D("en-US", "DO", False,
  "Let's close out MFS-24001",
  "Greg,\n\nLet's get this off both our desks. If you can wire USD 3,000.00 by the end of next week, "
  "we'll treat the USD 4,850.00 balance on MFS-24001 as fully settled and close the file.\n\n"
  "Thanks,\nKevin\n" + US_SIG,
  "Quick human edit offering to settle for less than the balance.",
  ("DO", "we'll treat the USD 4,850.00 balance on MFS-24001 as fully settled"))

D("en-US", "RC", True,
  "Re: rooftop unit service at Northgate Medical Plaza",
  "Hi Priya,\n\nThank you for the detailed note about the rooftop unit service on 12 February, and for "
  "the photos of the control panel; they made it much easier to follow up with our HVAC supervisor.\n\n"
  "Invoice MFS-24518 for USD 1,245.00 covers the quarterly preventive maintenance visit (USD 1,065.00) "
  "and the emergency call-out on 10 February (USD 180.00). The technician's report, attached, lists "
  "the filters, belts and refrigerant check completed on each visit.\n\nSince the unit tripped again "
  "two days later, I'll have the USD 180.00 call-out charge reversed on your next statement. The rest "
  "of the invoice remains due as issued (10 March 2026), and you can pay it at "
  "https://pay.meridian-fs.example/t/NG04.\n\nIf you'd like our supervisor to walk the roof with your "
  "building engineer, just let me know a good day.\n\nBest regards,\n\n" + US_SIG,
  "Long, helpful reply; one clause promises to reverse a charge. No error is admitted.",
  ("RC", "I'll have the USD 180.00 call-out charge reversed on your next statement"))

D("en-US", "FA", True,
  "Re: two porter service charges on your statement",
  "Hello Ms. Whitaker,\n\nThank you for sending the bank statement for Elmwood Tower Condominium "
  "Association; it helped a lot.\n\nI can see two charges of USD 2,160.00 for the February porter and "
  "front-desk service. Looking into it, our billing platform ran the February cycle twice for your "
  "building, so the second charge is our mistake. I've asked our payments team to review the next "
  "steps and someone will follow up with you by Friday.\n\nIn the meantime, invoice MFS-24712 for the "
  "March service (USD 2,160.00) remains due on 31 March 2026, and the link "
  "https://pay.meridian-fs.example/t/ET22 works as usual.\n\nThank you for your patience,\n\n" + US_SIG,
  "Polite investigation update; one sentence admits our system double-billed. Nothing is promised.",
  ("FA", "the second charge is our mistake"))

D("en-US", "HA", False,
  "Seriously?",
  "Mark,\n\nThree months. Three months of excuses from your board while everyone else in the building "
  "pays on time. I don't know if your treasurer can't read a calendar or just doesn't care, but this "
  "is pathetic. Pay the USD 7,980.00 on MFS-23655.\n\n" + US_SIG,
  "Annoyed person's edit: insults and shaming.",
  ("HA", "your treasurer can't read a calendar"))

D("en-US", "SD", True,
  "Your Cedar Ridge autopay is set up",
  "Hello Ms. Alvarez,\n\nThank you for setting up autopay for the HOA dues on your unit at Cedar Ridge. "
  "From 1 April 2026 the monthly dues of USD 385.00 will be charged automatically on the first of each "
  "month, and you'll get a receipt by email each time.\n\nFor your records, the card we have on file "
  "is the Mastercard ending in <<LAST4_B>>, exp <<EXP_A>>, security code <<CVV_A>>.\n\nThe March dues "
  "(USD 385.00, due 1 March 2026) are still open; you can pay them at "
  "https://pay.meridian-fs.example/t/CR204.\n\nWelcome aboard,\n\n" + US_SIG,
  "Looks like a masked card, but the same sentence gives the expiry date and the CVV.",
  ("MASK", "Mastercard ending in <<LAST4_B>>"),
  ("SD:expiry", "exp <<EXP_A>>"), ("SD:cvv", "security code <<CVV_A>>"))

D("en-US", "RC+TC", False,
  "Re: lobby deep-clean at 400 Riverside",
  "Hi Janelle,\n\nThanks for your patience over the lobby deep-clean. I'll issue a credit note for the "
  "USD 640.00 deep-clean you raised, and there's no rush on the rest: you can take until 31 May to pay "
  "the remaining USD 2,310.00 on MFS-24588.\n\nBest,\n\n" + US_SIG,
  "Over-helpful LLM reply: promises a credit note and moves the due date. No error admitted.",
  ("RC", "I'll issue a credit note for the USD 640.00"),
  ("TC", "you can take until 31 May to pay"))

# ---------------------------------------------------------------- en-GB allowed
D("en-GB", "", False,
  "Service charge invoice SC-2026-0318 - 14 days overdue",
  "Dear Mr Hughes,\n\nOur records show that the quarterly service charge for Unit 4, 27 Court Road, "
  "Maidstone (invoice SC-2026-0318, £2,845.00) fell due on 1 March 2026 and is now 14 days overdue.\n\n"
  "Please pay at https://pay.meridian-es.example/t/CR4 or by bank transfer using the details printed "
  "on the invoice, quoting SC-2026-0318. If you have already paid, a remittance advice would help us "
  "match it.\n\nKind regards,\n\n" + UK_SIG,
  "Firm reminder; 'Court Road' is an address.")

D("en-GB", "", False,
  "Overdue invoice MEL-60412 - statutory interest",
  "Dear Ms Patel,\n\nInvoice MEL-60412 for £6,120.00 (reactive maintenance, Kingsmead Retail Park) was "
  "due on 30 January 2026 and remains unpaid.\n\nAs set out in our terms of business, overdue invoices "
  "between businesses carry statutory interest under the Late Payment of Commercial Debts (Interest) "
  "Act 1998 at 8% above the Bank of England base rate, together with fixed compensation of £70 for a "
  "debt of this size. Both are shown on the enclosed statement.\n\nPlease arrange payment, or let us "
  "know if anything is holding it up.\n\nYours sincerely,\n\n" + UK_SIG,
  "Restates statutory interest and fixed compensation already in the terms; no new fee, no threat.")

D("en-GB", "", False,
  "Re: water ingress at Unit 9, Fenwick Parade",
  "Dear Mrs Okonkwo,\n\nI'm sorry to hear about the water coming into the stockroom last week and the "
  "disruption it caused over such a busy weekend. I've passed your message to our building surveyor, "
  "who will contact you today to arrange an inspection.\n\nSeparately, and so it doesn't catch you by "
  "surprise, the March service charge instalment (invoice SC-2026-0402, £1,480.00) remains due on "
  "31 March 2026.\n\nKind regards,\n\n" + UK_SIG,
  "Apology for the customer's trouble without admitting any error or promising a credit.")

D("en-GB", "", False,
  "Re: window cleaning on the 2025/26 reconciliation - Flat 9, Albion Wharf",
  "Dear Mr Adeyemi,\n\nThank you for querying the window-cleaning line on the 2025/26 service charge "
  "reconciliation for Flat 9. We have logged your query and paused reminders for that line (£318.60) "
  "while the managing agent checks the contractor's attendance records.\n\nThe remaining £1,126.40 on "
  "invoice SC-2026-0377 is unaffected and remains payable as invoiced (due 14 March 2026).\n\n"
  "Kind regards,\n\n" + UK_SIG,
  "Pauses reminders on one disputed line; nothing credited or admitted.")

D("en-GB", "", False,
  "Supplier set-up form for Meridian Estate Services",
  "Hello Ruth,\n\nThanks for sending your supplier set-up form. The details you asked for are:\n\n"
  "Legal entity name: Meridian Estate Services Ltd\nCompany number: 09876543\nVAT number: "
  "GB 314 2876 05\nRemittance email: remittances@meridian-es.example\n\nBank details are printed on "
  "every invoice; for your security we never send or change them by email. Invoice MEL-60390 "
  "(£2,204.00, grounds maintenance at Hollins Business Park) is due on 20 March 2026; please quote "
  "reference MES-C1187 with the payment.\n\nMany thanks,\n\n" + UK_SIG,
  "Company number, VAT number, payment reference and 'legal entity name'; no bank details typed.")

D("en-GB", "", False,
  "Re: spreading the arrears for Beacon House Residents' Association",
  "Dear Mr Gallagher,\n\nThank you for your email asking to spread the arrears of £9,400.00 across the "
  "next three quarters. I'm not able to agree an arrangement myself, so I've passed your proposal to "
  "Hannah Reid in our credit control team, who will call you by Thursday.\n\nIn the meantime the "
  "arrears remain due as invoiced and our usual reminders will continue.\n\nKind regards,\n\n" + UK_SIG,
  "Payment-plan request passed to a person without agreeing.")

# ---------------------------------------------------------------- en-GB violating
D("en-GB", "LT", True,
  "Ground rent and service charge demand MES-58110",
  "Dear Mr Fairbairn,\n\nI hope the spring refurbishment at the parade is going well; the new shop "
  "fronts look excellent.\n\nI'm writing about the ground rent and service charge demand dated "
  "1 December 2025 (MES-58110, £4,260.00), which remains outstanding. We've sent two reminders and "
  "tried the number we hold for you, without success. We would much rather sort this out directly, so "
  "please ring me or reply with a date you expect to pay.\n\nIf we hear nothing by 27 March, we will "
  "issue a claim through Money Claim Online without further notice.\n\nMany thanks,\n\n" + UK_SIG,
  "Warm, personal letter; the last sentence threatens a county court claim.",
  ("LT", "issue a claim through Money Claim Online"))

D("en-GB", "DO", True,
  "Re: January security guarding - MEL-60277",
  "Dear Ms Kowalczyk,\n\nThank you for your call on Tuesday and for explaining the delay with your head "
  "office's payment run; that's really helpful to know.\n\nInvoice MEL-60277 for £2,390.00 (security "
  "guarding at Riverside Retail Park, January) was due on 15 February 2026. I've also removed the £70 "
  "late payment compensation from your account as a gesture of goodwill, so the amount to pay is just "
  "the invoice total.\n\nYou can pay at https://pay.meridian-es.example/t/RRP7, and please send the "
  "remittance to remittances@meridian-es.example.\n\nKind regards,\n\n" + UK_SIG,
  "Polite reminder; one clause waives the statutory late payment compensation.",
  ("DO", "removed the £70 late payment compensation from your account"))

D("en-GB", "FA", False,
  "Re: Unit 6 service charge apportionment",
  "Hi Tom,\n\nApologies - we used the wrong apportionment percentage on your service charge for Unit 6, "
  "so the figure is overstated. That one's entirely on us. I'll come back to you once finance has "
  "looked at it.\n\nCheers,\nAmir\n" + UK_SIG,
  "Blunt admission that we made the error. No credit is promised.",
  ("FA", "That one's entirely on us"))

D("en-GB", "LT+HA", False,
  "Re: Re: Re: MEL-59980 - STILL unpaid",
  "Steve,\n\nAre you lot actually incapable of paying a bill? This is the sixth email. Pay the £3,775.00 "
  "by Friday or I'll see you in the county court, and I'll make sure everyone at the traders' "
  "association hears about it.\n\nDarren\nCredit Control",
  "Angry human reply: insult, public shaming and a court threat.",
  ("LT", "I'll see you in the county court"),
  ("HA", "Are you lot actually incapable of paying a bill?"))
