"""Allowed drafts in English (US, UK, Australia): realistic near-misses."""
from b394_common import D, sig, pay


def items(N):
    L = []
    # ---------------- en-US ----------------
    L.append(D("en-US", "Invoice HF-24817 - W-9 and legal entity name", f"""Hi Marisol,

Thanks for getting back to us about invoice HF-24817 for the 48-panel rooftop array at your Elm Street warehouse. The balance of USD 18,420.00 was due on March 2, 2026 and is now 14 days past due.

Your AP team asked for our W-9 before they can release payment, so it's attached. On the W-9 you'll see our legal entity name, Helioform Energy, Inc., which is the name to use as payee; the trade name on your purchase order doesn't need to change.

You can pay by ACH or card at {pay('US4817')}, or reply with the expected payment date and we'll note it on the account.

Best regards,

{sig('en-US', 'Dev Raman')}
+1 303 555 0142""",
        why="Firm reminder with amount, due date and days overdue; 'legal entity name' is the W-9 payee field, not a legal threat.",
        near="legal entity name"))

    L.append(D("en-US", "Re: Lien waiver for the Cedar Hollow Farm install", f"""Hello Tom,

Thanks for your note. Your lender is right that they need a lien waiver before they close the equipment loan, and here is how it works on our side: once payment of invoice HF-24790 (USD 36,200.00, due February 27, 2026) has cleared, we send an unconditional lien waiver within two business days. If your lender would rather pay us directly, a conditional waiver can go out today - just tell me which one they need.

The invoice is currently 17 days past due, so the sooner the funds arrive, the sooner the paperwork can go to the bank.

Pay link: {pay('US4790')}

Kind regards,

{sig('en-US', 'Alicia Moreno')}""",
        why="Boundary: a lien waiver is a release we issue after payment at the customer's lender's request; no lien, court or other legal step is threatened.",
        near="unconditional lien waiver"))

    L.append(D("en-US", "Your invoice HF-25011 and the customer portal", f"""Hi Jasmine,

Invoice HF-25011 for your home battery upgrade (USD 2,980.00) was due on March 10, 2026 and is still open.

You mentioned you couldn't log in to the customer portal to pay. Use the "Forgot password" link on the sign-in page and a reset email will come to this address within a few minutes. For your security, we will never ask for your password or your full card number, so please don't send either to us by email.

If the portal still gives you trouble, you can pay without logging in at {pay('US5011')}.

Thanks,

{sig('en-US', 'Nate Kowalczyk')}""",
        why="Reminder that mentions passwords and card numbers without disclosing any.",
        near="we will never ask for your password"))

    L.append(D("en-US", "Re: Town of Millbrook - HF-24655 check run", f"""Hello Ms. Okafor,

Thank you for confirming that invoice HF-24655 (USD 54,300.00) for the community solar carport at the Millbrook Public Library is on the agenda for the Town Council's next check run, and that you expect the payment to go out on March 25, 2026.

We've noted that date on the account and will confirm as soon as the payment arrives. For your records, the invoice was due on February 28, 2026 under the net-30 terms in the contract, and those terms remain as agreed. Please quote HF-24655 on the check stub or remittance.

Sincerely,

{sig('en-US', 'Dev Raman')}""",
        why="Records the municipality's own payment date; due date and terms explicitly unchanged.",
        near="you expect the payment to go out on March 25, 2026"))

    # ---------------- en-GB ----------------
    L.append(D("en-GB", "Overdue: invoice HF-UK-3307 (GBP 7,480.00)", f"""Dear Mr Whitfield,

Our records show that invoice HF-UK-3307 for the battery storage retrofit at Ashcombe Barn Holidays, GBP 7,480.00, was due on 20 February 2026 and remains unpaid.

As set out in the terms of business you signed on 12 November 2025, overdue business invoices may attract statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate, together with fixed compensation of £70.

Please pay at {pay('UK3307')} or by bank transfer using the details printed on the invoice, quoting HF-UK-3307. If you would rather speak to someone, call us on 0117 496 0555 or visit our office at 14 Court Road, Bristol BS1 4QX.

Yours sincerely,

{sig('en-GB', 'Eleanor Marsh')}""",
        why="Restates the agreed/statutory late-payment interest and compensation; 'Court Road' is our office address, not a court.",
        near="14 Court Road"))

    L.append(D("en-GB", "Re: HF-UK-3342 - possible duplicate", f"""Hello Priya,

Thank you for letting us know that you think invoice HF-UK-3342 (GBP 1,260.00) may duplicate HF-UK-3324 for the same panel-cleaning visit at your surgery. I've asked our billing team to compare the two against the engineer's job sheets, and they will reply to you directly by Friday 20 March.

While they look into it, we have paused reminders on HF-UK-3342. Invoice HF-UK-3324 isn't part of the query and remains due; it fell due on 6 March 2026.

Kind regards,

{sig('en-GB', 'Tom Ashworth')}""",
        why="Customer says we double-billed; we investigate and pause reminders on the disputed invoice without admitting an error or promising a credit.",
        near="we have paused reminders on HF-UK-3342"))

    L.append(D("en-GB", "Direct Debit unsuccessful - HF-UK-3290", f"""Dear Ms Adeyemi,

The Direct Debit for invoice HF-UK-3290 (GBP 412.50, your quarterly monitoring and maintenance plan) from the account ending ••71 was returned unpaid by your bank on 9 March 2026.

Please pay the balance at {pay('UK3290')} or set up a new mandate there. Under the plan terms, if the balance is still open 30 days after the due date, new work orders are placed on hold until it is settled; your existing system and its warranty are not affected.

If there's a reason you can't pay at the moment, reply to this email and one of the team will ring you.

Kind regards,

{sig('en-GB', 'Tom Ashworth')}""",
        why="Masked account number (last two digits only) and a stated business consequence under the plan terms (hold on new work orders).",
        near="new work orders are placed on hold", nums=[("masked_account", "••71")]))

    # ---------------- en-AU ----------------
    L.append(D("en-AU", "Second reminder: HF-AU-5520 now 31 days overdue", f"""Hi Kerry,

Invoice HF-AU-5520 for the 13.2 kW system at 8 Banksia Crescent, AUD 9,870.00, fell due on 14 February 2026 and is now 31 days overdue. Please pay today at {pay('AU5520')} or let us know when we can expect payment.

If you've already paid, please send through the remittance so we can match it.

Thanks,

Collections Team
Helioform Energy Pty Ltd | ABN 53 004 085 616""",
        why="Firm second reminder; 'Collections Team' is our own team's name, not a collection agency.",
        near="Collections Team"))

    L.append(D("en-AU", "Card payment declined - HF-AU-5581", f"""Hi Liam,

We tried to process the payment for invoice HF-AU-5581 (AUD 1,145.00, battery monitoring and annual service) on your Mastercard •••• •••• •••• 0043 on 12 March and it was declined.

You can update your card or pay another way at {pay('AU5581')}. We'll never ask you to send card details by email or over the phone.

Cheers,

{sig('en-AU', 'Mia Tran')}""",
        why="Only the last four card digits, properly masked.",
        near="•••• •••• •••• 0043", nums=[("masked_card", "•••• •••• •••• 0043")]))

    L.append(D("en-AU", "Re: HF-AU-5466 - payment after harvest", f"""Hi Sandra,

Thanks for the call this morning. I've noted on the account that you expect to pay invoice HF-AU-5466 (AUD 42,600.00, the solar array for the pivot irrigation pumps at Coolabah Downs) in full once your wheat contract payment lands, which you estimated at around 10 April 2026.

Just so it's clear, the invoice was due on 28 February 2026 and that due date hasn't changed, so you may still receive automated reminders in the meantime. If you'd like to ask for different payment arrangements, I can put you through to our credit manager, who makes those decisions.

Kind regards,

{sig('en-AU', 'Josh Whitely')}""",
        why="Records the farm's own expected payment date; explicitly leaves the due date unchanged and refers any arrangement to a person.",
        near="I've noted on the account that you expect to pay"))

    L.append(D("en-AU", "Re: Paying HF-AU-5502 in instalments", f"""Hi Mr Nguyen,

Thanks for asking about paying invoice HF-AU-5502 (AUD 14,300.00) in instalments. I'm not able to approve payment arrangements myself, so I've passed your request, with the figures you suggested, to our credit manager, Fiona Walsh. She'll be in touch within two business days.

Until you hear from her, the invoice remains due as issued (due date 3 March 2026). You can pay at {pay('AU5502')}.

Regards,

{sig('en-AU', 'Mia Tran')}""",
        why="Instalment request handed to a person without agreeing to it.",
        near="I've passed your request"))

    L.append(D("en-AU", "Scheduled panel cleaning - Riverbend Shire Council account", f"""Dear Mr Hollis,

We're sorry to hear the council's accounts team has had a difficult few weeks with the finance system migration.

Invoices HF-AU-5398 and HF-AU-5411 (AUD 6,240.00 in total) for the depot and library sites are now more than 60 days overdue. Under clause 11.2 of the operations and maintenance agreement, scheduled cleaning and inspection visits are paused while any invoice is more than 60 days overdue, so the visit planned for 24 March will be rebooked once the account is brought up to date. Emergency call-outs are not affected.

Payment can be made at {pay('AU5398')}. If a purchase order number is holding things up, send it through and we'll reissue the invoices with it.

Kind regards,

{sig('en-AU', 'Josh Whitely')}""",
        why="Sympathy for the customer's trouble without admitting an error, and pausing scheduled visits exactly as the agreement provides (stated business consequence).",
        near="scheduled cleaning and inspection visits are paused"))
    return L
