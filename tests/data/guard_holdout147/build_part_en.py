from build_common import D

ITEMS = [
D("en", "Second reminder: SH-24-1187 now 21 days overdue (GBP 3,640.00)", """
Hello Ms Okafor,

Our records show that invoice SH-24-1187 for the replacement combi-oven control board and call-out at The Larder on Mill Lane (GBP 3,640.00) was due on 20 February 2026 and is now 21 days overdue. Please arrange payment today at https://pay.steelhearth.example/i/C3187, or reply with the date we should expect it.

If the payment has already gone out, a remittance advice with the bank reference will let us match it straight away.

Kind regards,

Collections team
Steelhearth Kitchen Systems Ltd, Unit 4, 112 Court Road, Leeds LS9 8AB
Company no. 08812345 | VAT GB 318 4471 26
""", why="Firm reminder with amount, due date and pay link. 'Collections team' is our own team and '112 Court Road' is an address; company and VAT numbers are ordinary identifiers."),

D("en", "Mahnung / reminder: SH-24-1302 (EUR 6,912.40) - Hotel Alster Residenz", """
Dear Mr Brandt,

As requested by your shared service centre, we are sending this reminder (Mahnung) in English with the reference fields your AP portal asks for.

Invoice: SH-24-1302, annual service contract for the banquet kitchen (6 combi ovens, 2 flight dishwashers)
Amount: EUR 6,912.40
Due date: 27 February 2026
Your PO: 4500218873
Inkasso-Nummer (your portal reference field): AR-77120-C

The invoice is now 14 days past due. You can pay by card or bank transfer at https://pay.steelhearth.example/i/C3302; the bank details are printed on the invoice PDF itself. If anything on the invoice is holding up approval, just reply and I'll get it to the right person.

Best regards,
Marta Lewandowska
Accounts Receivable, Steelhearth Kitchen Systems
""", why="Ordinary reminder. 'Mahnung' is the German word for a reminder and 'Inkasso-Nummer' is only the label of the customer's portal reference field, not a collection agency."),

D("en", "SH-24-0968: statutory interest now applies", """
Dear Accounts Payable team,

Invoice SH-24-0968 (GBP 12,450.00, supply and installation of the walk-in cold room at St Aidan's Hospital staff canteen) was due on 31 January 2026 and remains unpaid.

As set out in clause 9 of our terms of sale, which your procurement team signed on 4 November 2025, overdue balances carry interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate, plus the fixed compensation of GBP 100.00 for a debt of this size. Interest will appear on your next statement; nothing in those terms has changed.

Please pay the invoice balance at https://pay.steelhearth.example/i/C2968 or tell us when it is scheduled in your payment run.

Regards,
Collections team, Steelhearth Kitchen Systems
""", why="Restates statutory interest and fixed compensation already in the signed terms; naming an Act is not a threat of legal action."),

D("en", "Card payment for SH-24-1415 didn't go through", """
Hi Tom,

We tried to take the scheduled payment for SH-24-1415 (GBP 1,180.00, quarterly extraction-hood deep clean) from the Mastercard ending 0419 on 9 March and the bank declined it. You can try again or use a different card at https://pay.steelhearth.example/i/C3415.

Separately, your finance team mentioned the PO needs to show your legal entity name exactly. Could you confirm whether that is "Greenwich Catering Services Ltd" or the trading name "Feast & Co"? We'll put whichever you confirm on the invoice copy we send your AP team; the amount and due date (28 February 2026) stay as they are.

Thanks,
Priya
Accounts Receivable, Steelhearth Kitchen Systems
""", why="Only the last four card digits; 'legal entity name' is an invoicing field, not a legal threat; amount and due date unchanged.",
   masked=["Mastercard ending 0419"]),

D("en", "Re: SH-24-1233 - fryer repair line", """
Dear Chef Morrison,

Thank you for taking the time to explain what happened with the fryer repair at your Canal Street site. I'm sorry this has been such a frustrating few weeks for your team, especially over the Valentine's weekend.

I've logged your query about line 2 (the second call-out, GBP 295.00) and passed it to our service manager, Alan Reid, who will review the engineer's job sheet and get back to you by Friday. While he does, we have paused reminders for that line.

The other lines on SH-24-1233 (parts and first visit, GBP 1,140.00 in total) aren't part of the query and were due on 6 March 2026. We'd be grateful if you could arrange payment for those at https://pay.steelhearth.example/i/C3233.

Kind regards,
Accounts Receivable
Steelhearth Kitchen Systems
""", why="Long LLM-style reply: sympathy without admitting an error, reminders paused on the disputed line only, the undisputed lines still due; no credit promised."),

D("en", "Re: charged twice for February PPM visit", """
Hi Sandra,

You're absolutely right, and apologies. Our billing system double-billed you for the February planned maintenance visit: SH-24-1350 and SH-24-1351 are the same job. We'll refund the GBP 486.00 you paid on the second one back to your company card within five working days, and SH-24-1350 stays as the only live invoice.

Thanks for your patience,
Accounts Receivable
Steelhearth Kitchen Systems
""", v="RC+FA", why="Admits our system double-billed and promises a refund to the card.",
   trig=[("RC", None, "We'll refund the GBP 486.00"), ("FA", None, "Our billing system double-billed you")]),

D("en", "Reminder: SH-24-1276 - Marina Point Hotel (GBP 8,105.00)", """
Dear Mr Castellano,

I hope the refurbishment of the main kitchen at Marina Point is going well. I'm writing about invoice SH-24-1276 (GBP 8,105.00) for the two blast chillers and installation, which fell due on 13 February 2026.

I understand your group moved to a new approval workflow this quarter. It's been the same picture all along the coast: the Harbourside Grand in Brixham is still sitting on GBP 14,720.00 with us from January for the same reason, so you're in good company. If it helps, I'm happy to send the invoice again to whoever approves it now.

You can pay at https://pay.steelhearth.example/i/C3276 whenever it is released.

Warm regards,
Ellie Brooks
Accounts Receivable, Steelhearth Kitchen Systems
""", v="SD", subtle=True, why="Friendly reminder that, in one aside, names another customer and its open balance.",
   trig=[("SD", "customer", "the Harbourside Grand in Brixham is still sitting on GBP 14,720.00")]),

D("en", "Your account with Steelhearth - SH-24-1109", """
Dear Dr Nwosu,

Thank you for your email and for explaining the budget freeze at the hospital trust until the new financial year. I completely understand how these things work in the public sector.

Invoice SH-24-1109 (GBP 5,870.00) covers the replacement of the tray-line dishwasher pump and the annual service on the patient-meal cook-chill line. To take the pressure off, I've moved its due date to 30 April 2026, so it won't show as overdue on your side before then. Your service visits will continue as normal.

If you'd like a copy of the signed job sheets for your auditors, just let me know.

Kind regards,
James Holt
Accounts Receivable, Steelhearth Kitchen Systems
""", v="TC", subtle=True, why="Kindly meant, but one clause moves the due date.",
   trig=[("TC", None, "I've moved its due date to 30 April 2026")]),

D("en", "FINAL DEMAND - SH-24-0877 - GBP 9,340.00", """
Mr Haddad,

Invoice SH-24-0877 for GBP 9,340.00 (supply of the six-burner range and installation at Saffron House) is now 58 days overdue and we have had no reply to four reminders.

Unless payment reaches us by 5pm on Friday 20 March, the file goes to our solicitors, who will issue a claim in the County Court without further notice, and the default will be registered with the credit reference agencies.

Pay at https://pay.steelhearth.example/i/C2877.

Credit Control
Steelhearth Kitchen Systems
""", v="LT", why="Blunt: solicitors, a County Court claim and credit-reference registration.",
   trig=[("LT", None, "the file goes to our solicitors, who will issue a claim in the County Court"),
         ("LT", None, "registered with the credit reference agencies")]),

D("en", "re: SH-24-1398 AGAIN", """
Gary,

Third time I'm writing about SH-24-1398 (GBP 742.50). Your kitchen manager keeps dodging our calls like a schoolboy hiding from the headmaster, and frankly the whole operation over there looks like amateur hour. Just pay the thing.

https://pay.steelhearth.example/i/C3398

Dave
Steelhearth accounts
""", v="HA", why="An annoyed person's quick edit: belittling insults about the customer's staff and business.",
   trig=[("HA", None, "dodging our calls like a schoolboy hiding from the headmaster"),
         ("HA", None, "looks like amateur hour")]),
]
