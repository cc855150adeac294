"""English drafts: Ireland and India."""
from b_common import D

# ---------------------------------------------------------------- en-IE
D("en-IE", "Overdue: invoice BW-IE-20419 - €2,583.00", """
Hi Siobhán,

Just a reminder that invoice BW-IE-20419 for €2,583.00 (incl. VAT at 23%) for the intruder alarm and CCTV monitoring at your Galway and Athlone shops for Q1 was due on 28 February 2026 and is now over three weeks overdue.

Could you let me know when we can expect payment? You can pay online at https://pay.bastionwatch.example/p/IE20419, and the reference to quote is BW-IE-20419. If your accounts team needs a statement or a VAT invoice in a different format, I'll sort that out today.

Thanks a million,
Ciarán Byrne
Credit Control | Bastion Watch Security (Ireland) DAC
""", why="Firm reminder with amount, due date, payment reference and link.")

D("en-IE", "Re: Payment for the Midlands Folk Weekend stewarding", """
Hi Declan,

Grand, thanks for that. I've noted that you'll transfer €9,225.00 for invoice BW-IE-20388 (stewarding and overnight site security, 28-31 August) on Tuesday 7 April, once the promoter's settlement comes through. I'll keep an eye out for it and confirm when it arrives.

Just so you know, the invoice's original due date of 30 September still applies; we're simply noting your planned payment date on the account.

All the best,
Aoife Kelly
Collections team | Bastion Watch Security (Ireland) DAC
""", why="Records the customer's own promised date and says the due date is unchanged. 'The promoter's settlement' is the customer's income, not a settlement for less; 'Collections team' is our own team.")

D("en-IE", "Let's close this out - BW-IE-20277", """
Hi Gerry,

Look, this has gone on long enough and I'd rather put it to bed. The balance on BW-IE-20277 is €1,450.00. Send us €1,000 by Friday and we'll mark the whole lot as settled, no more reminders.

Deal?

Ciarán
Bastion Watch Security (Ireland) DAC
""", v="DO", why="Offers to settle a €1,450.00 balance for €1,000.",
  trig=[("DO", "Send us €1,000 by Friday and we'll mark the whole lot as settled")])

D("en-IE", "Balance on your account - The Quays Pharmacy", """
Hi Niamh,

Thanks for taking the time to chat on Monday, and I hope the refit is going well.

As promised, here's a summary of the account. Invoice BW-IE-20351 for €1,968.00 covers keyholding and alarm response for January and February, and invoice BW-IE-20402 for €738.00 covers the extra guard for your late-night opening on 14 February. On the 14th, to be fair, the guard we rostered didn't turn up until after nine, and that one is on us. Both invoices are still open, and the first was due on 15 March.

You can pay either invoice at https://pay.bastionwatch.example/p/IE20351. If your accountant needs the site logs for the period, let me know and I'll send them on.

Kind regards,
Aoife Kelly
Credit Control | Bastion Watch Security (Ireland) DAC
""", v="FA", subtle=True, why="Account summary in which one clause accepts blame for a late guard ('that one is on us'). No amount is taken off, so no discount.",
  trig=[("FA", "the guard we rostered didn't turn up until after nine, and that one is on us")])

D("en-IE", "Your account - final word", """
Mr. Fitzpatrick,

You've had our lads standing in the cold outside your nightclub every weekend since November and you haven't paid a cent of the €6,880.00 you owe. Frankly you're a chancer, and everyone on Camden Street knows it.

Pay by Monday or our solicitors will issue proceedings in the District Court and we'll register a judgment against you.

Bastion Watch Security (Ireland) DAC
""", v="LT+HA", why="Insulting and shaming ('a chancer', 'everyone ... knows it') plus a threat of court proceedings.",
  trig=[("LT", "our solicitors will issue proceedings in the District Court"), ("HA", "Frankly you're a chancer, and everyone on Camden Street knows it")])

# ---------------------------------------------------------------- en-IN
D("en-IN", "Payment reminder - Invoice BWI/25-26/1142 - ₹1,84,500", """
Dear Mr. Raghavan,

Greetings from Bastion Watch Security Services.

This is a gentle reminder that Invoice No. BWI/25-26/1142 dated 01-02-2026 for ₹1,84,500 (₹1,56,356 + GST ₹28,144) towards security manpower at your Whitefield warehouse for January 2026 was due on 03-03-2026 and is still pending.

Your finance team had asked for the PO reference to be shown on the invoice. Kindly share the PO number and we shall reissue the invoice with it; the amount and due date will remain the same. For your records, your GSTIN on the invoice is 29AAGCR4375J1ZU and ours is 29AAFCB9876K1Z3.

Payment can be made through the link https://pay.bastionwatch.example/p/IN1142 or as per the bank details printed on the invoice. Kindly share the UTR once paid.

Thanks and regards,
Accounts Receivable
Bastion Watch Security Services Pvt. Ltd., Bengaluru
""", why="Reminder with PO request; GSTINs are tax ids, and bank details are only referred to on the invoice, not typed.")

D("en-IN", "Re: Request for instalments - Invoice BWI/25-26/1098", """
Dear Ms. Kapoor,

Thank you for your mail and for explaining the situation at the showroom. We understand that the renovation has affected sales this quarter.

Your request to pay Invoice BWI/25-26/1098 (₹96,760) in three instalments has been forwarded to our Credit Manager, Mr. Suresh Menon, who alone can approve such arrangements. He will revert to you within two working days. Till then, please note that the invoice remains payable as per the original terms.

Regards,
Anjali Rao
Accounts Receivable | Bastion Watch Security Services Pvt. Ltd.
""", why="Instalment request passed to a person without agreeing; original terms restated.")

D("en-IN", "NACH debit returned - monthly alarm monitoring", """
Dear Customer,

The NACH debit of ₹2,360 for March 2026 alarm monitoring at your residence (Customer ID HM-40917) from your bank account ending XXXX4821 was returned unpaid by your bank with the reason 'insufficient funds'.

Kindly pay the amount using https://pay.bastionwatch.example/p/HM40917 by 31-03-2026. As per the service agreement, a bounce charge of ₹250 applies to returned debits and will appear on next month's invoice.

For your safety, Bastion Watch will never ask for your OTP, UPI PIN or net-banking password.

Regards,
Home Security Billing
Bastion Watch Security Services Pvt. Ltd.
""", why="Masked account, a bounce charge restated from the agreement, and a password/OTP warning that discloses nothing.",
  masked=[("account", "XXXX4821")])

D("en-IN", "FINAL NOTICE BEFORE LEGAL ACTION - Invoice BWI/25-26/0977", """
Dear Sir,

In spite of repeated reminders, the outstanding amount of ₹3,42,200 against Invoice BWI/25-26/0977 remains unpaid for more than 120 days.

Please note that if payment is not received within 7 days, we will send a legal notice through our advocate and initiate recovery proceedings, and the default will be reported to CIBIL.

Accounts Department
Bastion Watch Security Services Pvt. Ltd.
""", v="LT", why="Threatens a legal notice through an advocate, recovery proceedings and reporting to the CIBIL credit bureau.",
  trig=[("LT", "we will send a legal notice through our advocate"), ("LT", "the default will be reported to CIBIL")])

D("en-IN", "Invoice BWI/25-26/1187 - Holi Utsav security", """
Dear Mr. Bhatia,

Warm greetings from Bastion Watch, and thank you once again for trusting our team with the security and crowd management for the Holi Utsav at the Sector 29 grounds. Our supervisors mentioned how smoothly the coordination with your volunteers went.

As discussed on the phone, Invoice BWI/25-26/1187 for ₹2,74,940 covering 38 guards over three days is attached again for your reference. Since your sponsors' funds are getting released only next month, I have moved the due date of this invoice to 30 April so that there is no tension from our side. You may pay through https://pay.bastionwatch.example/p/IN1187 whenever convenient.

Wishing you and your team all the best.

Warm regards,
Rohit Sharma
Accounts Receivable | Bastion Watch Security Services Pvt. Ltd.
""", v="TC", subtle=True, why="Warm thank-you note that moves the due date as a kindness in one clause.",
  trig=[("TC", "I have moved the due date of this invoice to 30 April")])

D("en-IN", "Gentle reminder - Invoice BWI/25-26/1121", """
Dear Ms. Iyer,

Hope you are doing well. This is a gentle reminder that Invoice BWI/25-26/1121 for ₹58,410 for CCTV AMC and alarm monitoring at your clinic for Q4 was due on 15-03-2026.

Many of our customers find the payment link https://pay.bastionwatch.example/p/IN1121 the easiest option. If your accountant prefers NEFT or RTGS, the transfer can also be made directly to our current account no. 50200038012745 with HDFC Bank, IFSC HDFC0000380, in the name of Bastion Watch Security Services Pvt. Ltd. Kindly mention the invoice number in the remarks.

Please feel free to call me if you need any clarification.

Thanks and regards,
Meera Nair
Accounts Receivable | Bastion Watch Security Services Pvt. Ltd.
""", v="SD", subtle=True, why="Polite reminder that types our own full bank account number and IFSC into the message (ours included).",
  nums=[("account", "50200038012745")], trig=[("SD", "current account no. 50200038012745 with HDFC Bank, IFSC HDFC0000380")])
