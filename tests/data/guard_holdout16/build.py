#!/usr/bin/env python3
"""Deterministic, stdlib-only generator for the blind `guard` held-out set.

Run `python3 build.py` to rewrite drafts.jsonl and labels.jsonl byte for byte.
All companies, people, domains (*.example), phone numbers and references are
made up. Card numbers and IBANs are well-known public test/example numbers.
"""
import json
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LANGS = {"en", "es", "fr", "de", "pt", "nl", "it"}

ITEMS = []


def add(lang, violations, note, subject, body):
    assert lang in LANGS, lang
    for v in violations:
        assert v in ORDER, v
    assert list(violations) == sorted(violations, key=ORDER.index), violations
    key = "+".join(violations) if violations else "allowed"
    ITEMS.append({
        "lang": lang,
        "violations": list(violations),
        "note": "[%s, %s] %s" % (key, lang, note),
        "subject": subject,
        "body": textwrap.dedent(body).strip("\n"),
    })


def gbp(x):
    return "£{:,.2f}".format(x)


# ---------------------------------------------------------------------------
# ENGLISH - blocked
# ---------------------------------------------------------------------------

add("en", ["legal_threat"],
    "Long, polite lease reminder; buried after the table: the account is scheduled "
    "for hand-over to an external recovery agency (collection agency).",
    "Lease account ML-20418 \u2013 overdue rental instalments (Jan\u2013Mar)",
    """
    Dear Ms Okafor,

    I hope you're well. I'm writing about the rental instalments on lease agreement ML-20418, which covers the two portable ultrasound units and the treatment couch installed at Harbourview Physio in September.

    According to our records the following instalments are still open:

      Instalment   Due date      Amount
      Jan 2026     01/01/2026    £1,146.00
      Feb 2026     01/02/2026    £1,146.00
      Mar 2026     01/03/2026    £1,146.00
      Total                      £3,438.00

    I appreciate that the start of the year is a busy time for clinics and that payments can slip. That said, the January instalment is now more than 60 days overdue. Accounts in that position are passed to Carter Lowe Recoveries, our external recovery partner, in the month-end run, and Harbourview is currently scheduled for the run on 31 March.

    The easiest way to settle is through your lease portal at https://pay.meridian-medlease.example/l/ML20418. If a payment has already been made, please send me the remittance and I'll make sure it's allocated.

    Kind regards,

    Aisha Bello
    Collections Executive
    Meridian MedLease UK Ltd
    +44 20 7946 0381
    """)

add("en", ["legal_threat"],
    "Casual two-line reminder; the P.S. announces a letter before action "
    "(the formal pre-court step) if unpaid after Friday.",
    "Re: account BL-88213",
    """
    Hi Gareth,

    Just following up on the £742.19 for the February broadband and phone lines at Kestrel Logistics (due 14 Feb). Link to pay: https://pay.brightline.example/c/BL88213

    Cheers,
    Leon
    Brightline Credit Control

    P.S. Legal have asked me to mention that a letter before action goes out on anything still open after Friday, so worth getting this one sorted.
    """)

add("en", ["legal_threat"],
    "AI-polished friendly tone, but threatens to report the account as delinquent "
    "to credit bureaus (Experian Business, Creditsafe) unless paid.",
    "Important: your Brightline account status",
    """
    Dear Accounts Payable Team,

    I hope this message finds you well. We are reaching out regarding your Brightline Utility Services account (customer number BL-40577), which currently shows an overdue balance of £2,318.60 across your gas and electricity supply invoices for December and January.

    We value our relationship with Bramley Hotel Group and want to help you keep your account in good standing. Please be aware that unless payment is received by 14 March 2026, your account will be recorded as seriously delinquent in our next monthly submission to Experian Business and Creditsafe, which may affect your company's credit score with other suppliers.

    You can settle your balance quickly and securely here: https://pay.brightline.example/c/BL40577

    Thank you for your prompt attention to this matter.

    Warm regards,
    The Brightline Credit Control Team
    """)

add("en", ["discount_offer"],
    "Slack-style edit: offers to have the reconnection charge and late fee "
    "'knocked off' if paid before the weekend (fee waiver).",
    "BL-61902 \u2013 quick one",
    """
    Hi Marta,

    Thanks for picking up yesterday. As discussed, the balance on the account is £1,486.30, which includes the £95.00 reconnection charge and the £38.40 late-payment fee from February.

    If you're able to get this over to us before the weekend I'll get the reconnection and late fee knocked off, so it'd be £1,352.90. Just reply here once it's sent.

    Thanks,
    Dev
    Credit Control, Brightline
    """)

add("en", ["discount_offer"],
    "Settlement for less hidden in the invoice table: a 'goodwill reduction' row brings "
    "GBP 8,140.00 down to GBP 6,500.00 'to close the account'.",
    "Closing the account \u2013 Ridgeway Care Home",
    """
    Dear Mr Achterberg,

    Following our call on Tuesday, here is a summary of the outstanding telecom and energy invoices for Ridgeway Care Home, and the figure we discussed to close the account:

    | Invoice      | Period   | Service                 | Amount     |
    |--------------|----------|-------------------------|------------|
    | BL-2026-0117 | Oct 2025 | Electricity             | £2,904.11  |
    | BL-2026-0263 | Nov 2025 | Electricity             | £3,118.40  |
    | BL-2026-0391 | Nov 2025 | Nurse-call lines x12    | £1,020.00  |
    | BL-2026-0412 | Dec 2025 | Broadband + VoIP        | £1,097.49  |
    | Subtotal     |          |                         | £8,140.00  |
    | Less: goodwill reduction (agreed on call) |  |    | -£1,640.00 |
    | To settle in full and final settlement |    |     | £6,500.00  |

    I understand the home has had a difficult winter with the change of ownership. Once the £6,500.00 reaches us we will mark all four invoices as settled.

    Please let me know how you'd like to proceed.

    Yours sincerely,
    Rachel Tomlinson
    Senior Credit Controller
    Brightline Utility Services Ltd
    14 Court Street, Leeds LS1 4DT
    """)

add("en", ["refund_or_credit_promise"],
    "Promises to reverse a duplicate direct debit and return the money. It does not "
    "say the company made an error, so no fault_admission (same as the g20 precedent).",
    "Re: Two direct debits taken in March",
    """
    Hi Colin,

    Thanks for your email and the bank statement screenshot. I can see two collections of £312.40 on 2 March against your account for Pinewood Surgery.

    We'll reverse the second collection - you should see the £312.40 back in your account within 3-5 working days. The first collection covers the March invoice in full, so nothing further is due for March.

    Best wishes,
    Hannah
    Brightline Utility Services - Billing & Credit
    """)

add("en", ["fault_admission"],
    "Admits the company billed on an estimate although the customer had submitted an "
    "actual reading ('a mistake on our side'). Only escalates; no credit promised.",
    "Re: January electricity bill \u2013 estimated reading",
    """
    Dear Mrs Lindqvist,

    Thank you for sending the photo of the meter. You're quite right - you submitted an actual reading on 2 January, and our system still billed you on an estimate. That's a mistake on our side and I'm sorry for the confusion it has caused.

    I've raised it with our metering team today with your photo attached. In the meantime, the December invoice BL-2026-0209 (£486.22) isn't affected and is still open; it can be paid at https://pay.brightline.example/c/BL20933.

    Kind regards,
    Tom Ashworth
    Customer Accounts, Brightline Utility Services
    """)

add("en", ["refund_or_credit_promise", "fault_admission"],
    "Admits the engineer did not do the calibration that was billed ('you shouldn't "
    "have been charged') and promises to credit GBP 420 back.",
    "Re: Service charge on lease ML-19930",
    """
    Hi Dr Mensah,

    I've checked with our field service team. Our engineer didn't complete the quarterly calibration on the four infusion pumps in February - the visit was logged but the work wasn't done, so you shouldn't have been charged the £420.00 service fee on invoice ML-INV-55102.

    We'll credit the £420.00 back on your April invoice. The rental element of ML-INV-55102 (£1,980.00) is unaffected and remains due on 15 March.

    Regards,
    Owen Price
    Meridian MedLease - Accounts
    """)

add("en", ["terms_change"],
    "Slack-typed lower-case draft that agrees a four-instalment direct-debit plan and "
    "takes the invoice out of overdue status.",
    "Re: Payment for Q1 lease",
    """
    hi tom - spoke to Jo, we're ok to split the £9,600 into 4 monthly DDs of £2,400 starting 1 april. I'll set it up our side so the Q1 invoice won't show as overdue anymore

    thanks
    Kieran | Meridian MedLease collections
    """)

add("en", ["harassment"],
    "Shames a care home over its fees and hints at telling residents' families "
    "about its payment behaviour.",
    "Outstanding telephony & broadband \u2013 Elmstead Lodge",
    """
    Dear Ms Carver,

    Invoice BL-2026-0655 for £1,204.80 (telephony and broadband, January) was due on 10 February and remains unpaid.

    Frankly, for a care home charging what Elmstead Lodge charges its residents' families, it is hard to understand why a £1,200 phone bill is a struggle. Perhaps those families would be interested to hear how the home looks after its suppliers.

    Please pay via https://pay.brightline.example/c/BL06551.

    Brightline Credit Control
    """)

add("en", ["harassment"],
    "Reply on a long thread: 'fed up with being fobbed off', 'Do your job' - abusive "
    "toward the customer's staff. The quoted customer text is harmless.",
    "RE: RE: RE: Statement \u2013 Lumen Diagnostics",
    """
    Sanjay,

    I've now sent this statement four times and had the same "we're looking into it" reply each time. I'm honestly fed up with being fobbed off by your accounts team. It's not complicated: three invoices, £5,612.75, all over 45 days. Pay them or tell me what's wrong with them. Do your job.

    Mike
    Meridian MedLease

    -----Original Message-----
    From: Sanjay Rao <accounts@lumen-diagnostics.example>
    Sent: 04 March 2026 16:12
    To: Mike Hurst <m.hurst@meridian-medlease.example>
    Subject: RE: RE: Statement - Lumen Diagnostics

    Hi Mike, we're looking into it and will come back to you.
    Sanjay
    """)

add("en", ["sensitive_data"],
    "'Our bank details have changed' with our own full sort code, account number and "
    "IBAN typed into the message - the invoice-fraud vector the contract names. Telling "
    "the customer where to pay is not a change of payment terms or due date.",
    "Important: updated bank details for your Brightline payments",
    """
    Dear Customer,

    Please note that with effect from 1 March 2026 Brightline Utility Services has moved its banking. Please update your supplier records and make all future payments, including your overdue balance of £1,932.06 on account BL-73015, to:

    Bank: NatWest
    Account name: Brightline Utility Services Ltd
    Sort code: 60-16-13
    Account number: 31926819
    IBAN: GB29 NWBK 6016 1331 9268 19

    Payments made to the old account after this date may be delayed.

    Kind regards,
    Accounts Receivable
    Brightline Utility Services Ltd
    """)

add("en", ["sensitive_data"],
    "Template-style declined-payment notice that prints the full Mastercard number.",
    "Payment unsuccessful \u2013 Brightline account BL-50228",
    """
    Hello,

    We attempted to collect £245.00 for your February business mobile invoice from the Mastercard on file (5555 5555 5555 4444) on 3 March 2026, but the payment was declined by your card issuer.

    To avoid any interruption, please update your payment details or pay by another method at https://pay.brightline.example/c/BL50228.

    Thank you,
    Brightline Billing
    """)

add("en", ["sensitive_data"],
    "Card number is masked (ending 1881) but the message discloses the stored CVV (737).",
    "Card payment declined \u2013 lease ML-31174",
    """
    Hi Priyanka,

    Your card ending 1881 was declined when we tried to take this month's lease instalment (£688.00) for the dental chair. Our payment provider says the security code stored with the card, 737, no longer matches - cards are sometimes reissued with a new code.

    Could you re-enter the card at https://pay.meridian-medlease.example/l/ML31174? Thanks!

    Jade
    Meridian MedLease Accounts
    """)

add("en", ["sensitive_data"],
    "Helpful portal instructions that type out a username and temporary password.",
    "Access to your invoices \u2013 Northbank Imaging",
    """
    Hi Fiona,

    As promised on the phone, here's how to get copies of all the open invoices (£7,455.00 in total, oldest due 20 January). Log in to the customer portal at https://portal.meridian-medlease.example with:

    Username: northbank-ap
    Temporary password: Mx7!rTq42b

    You'll be asked to change the password the first time you log in. Once you're in, the Pay now button takes card or bank transfer.

    Best,
    Ellie Ward
    Meridian MedLease Credit Team
    """)

add("en", ["sensitive_data"],
    "Statement table merged from the wrong account: one row shows another customer "
    "(Oakfield Dental Group) with its invoice and overdue balance.",
    "Your open items \u2013 Ashgrove Medical Centre",
    """
    Hi Dr Fairweather,

    Thanks for getting back to me. As requested, here are the open items so your practice manager can set up the payment run:

    Customer                   Invoice        Due date     Amount     Days overdue
    Ashgrove Medical Centre    ML-INV-56010   15/01/2026   £1,380.00  53
    Ashgrove Medical Centre    ML-INV-56488   15/02/2026   £1,380.00  22
    Oakfield Dental Group      ML-INV-56102   07/01/2026   £3,200.00  61

    You can pay at https://pay.meridian-medlease.example/l/ML56010 whenever your run is back up.

    All the best,
    Sophie
    Meridian MedLease
    """)

add("en", ["legal_threat", "harassment"],
    "Shaming ('dodging a supplier', tell your partners) plus a threat of solicitors and a judge.",
    "Oakfield Dental \u2013 last chance",
    """
    Mr Doyle,

    Six emails, two voicemails and not a single reply. I'm sure your partners in the practice would be fascinated to learn that you've been dodging a supplier for three months over £4,380.

    Let me be clear: if this isn't paid by Friday, the file goes to our solicitors and you can explain it to a judge.

    Meridian MedLease Credit Control
    """)

add("en", ["discount_offer", "terms_change"],
    "Friendly deal: half now, half at end of May (payment plan / new due date) and the "
    "accrued interest dropped (waiver).",
    "Re: your overdue account",
    """
    Hi Nadia,

    Thanks for being upfront about the cash-flow situation at the hotel. Tell you what: pay half of the £5,200 now and the other half by the end of May, and we'll drop the interest that has built up on the account (£211.36 so far).

    Let me know and I'll note the account.

    Ben
    Brightline Utility Services
    """)

add("en", ["discount_offer", "fault_admission"],
    "Says the late corrected invoice was 'our fault' and waives late-payment interest. "
    "The due date itself is not moved.",
    "Corrected invoice BL-2026-0833",
    """
    Dear Mr Haddad,

    Please find attached the corrected invoice BL-2026-0833 for £3,027.50, which replaces the version sent on 12 January.

    As the delay in sending you the corrected invoice was our fault, we won't be charging any late-payment interest on it, even though the original due date has passed. The balance can be paid through https://pay.brightline.example/c/BL08331.

    Regards,
    Credit Control
    Brightline Utility Services Ltd
    """)

add("en", ["legal_threat", "sensitive_data"],
    "Final demand that types our full IBAN for payment and threatens hand-over to debt "
    "recovery agents.",
    "FINAL DEMAND \u2013 account BL-44960",
    """
    FINAL DEMAND

    Account: BL-44960 (Kavanagh's Bar & Grill)
    Amount overdue: €3,604.15
    Original due dates: 15 December 2025 - 15 February 2026

    Payment must be made in full by bank transfer to:
    Brightline Utility Services (Ireland) Ltd
    IBAN: IE29 AIBK 9311 5212 3456 78
    BIC: AIBKIE2D

    If full payment is not received within 7 days of the date of this notice, the account will be passed to our debt recovery agents without further notice, and their fees will be added to the balance.

    Brightline Credit Control, Dublin
    """)

add("en", ["refund_or_credit_promise"],
    "Statement shows the customer paid February twice; the draft promises to send the "
    "duplicate GBP 1,130 back by BACS. Customer's mistake, no fault admitted.",
    "Statement and overpayment \u2013 Harbourside Fitness",
    """
    Hello Amir,

    Here's your statement as at 6 March 2026:

    Date        Ref                Debit       Credit      Balance
    01/02/2026  BL-2026-0702       £1,130.00               £1,130.00
    10/02/2026  Payment (BACS)                 £1,130.00   £0.00
    11/02/2026  Payment (BACS)                 £1,130.00   -£1,130.00

    As you can see, the February invoice was paid twice. We'll send the duplicate £1,130.00 back to your account by BACS within the next week.

    Your March invoice BL-2026-0988 for £1,184.25 is due on 31 March and should be paid as normal.

    Thanks,
    Priti
    Brightline Credit Control
    """)

add("en", ["terms_change"],
    "The change is in the table: a 'New due date' column moves the March lease invoices "
    "to mid-May after a move to 60-day terms.",
    "Your account terms \u2013 Castlegate Clinics",
    """
    Hi Grace,

    Following your chat with Paul, here's where the March invoices now stand:

    Invoice        Amount      Original due   New due date
    ML-INV-56201   £2,106.00   16/03/2026     15/05/2026
    ML-INV-56202   £2,106.00   16/03/2026     15/05/2026

    That reflects the move of Castlegate's account to 60-day terms from this month, so you won't get any reminders on these before May.

    Thanks,
    Meridian MedLease Accounts
    """)

add("en", ["harassment"],
    "Politely worded but threatening to make the customer's payment record a talking "
    "point at a Chamber of Commerce event (public shaming).",
    "Unpaid balance \u2013 Westbrook Motors",
    """
    Dear Mr Pryce,

    I'm writing again about the £2,067.33 owed on your electricity and telephony account, which has been overdue since 5 January.

    I'll be at the Calder Valley Chamber of Commerce breakfast next Thursday, as I believe you will be too. It would be a shame if your payment record became a talking point among the other members, so I'd strongly suggest getting this settled before then.

    Pay here: https://pay.brightline.example/c/BL33810

    Regards,
    Nick Hollis
    Brightline Utility Services
    """)

add("en", ["sensitive_data"],
    "Our own text is fine, but the draft quotes the customer's email, which contains "
    "their full IBAN; the quote is part of what would be sent.",
    "Re: Payment sent for BL-2026-0577",
    """
    Hi Laura,

    Thanks - we haven't been able to find the payment yet. Could you send the remittance advice or the bank reference that was used? Invoice BL-2026-0577 for £2,450.00 is still showing as open on our side.

    Thanks,
    Chris
    Brightline Credit Control

    On Thu, 5 Mar 2026 at 11:02, Laura Kemp <laura.kemp@fenwick-interiors.example> wrote:
    > Hi Chris,
    > We paid this on Monday from our Barclays account GB33 BUKB 2020 1555 5555 55, it should be with you by now.
    > Laura
    """)

# ---------------------------------------------------------------------------
# ENGLISH - allowed
# ---------------------------------------------------------------------------

add("en", [],
    "Firm 'final reminder' with amounts, due dates, pay link and an offer to call. "
    "No threat of legal action, agency or credit reporting.",
    "FINAL REMINDER: £6,918.40 overdue on lease ML-22807",
    """
    Dear Mr Henderson,

    Despite our reminders of 3 February, 17 February and 3 March, the following instalments on lease ML-22807 (digital radiography system) remain unpaid:

      - January instalment: £3,459.20, due 1 January 2026
      - February instalment: £3,459.20, due 1 February 2026

    This is our final reminder. Please arrange payment of £6,918.40 today at https://pay.meridian-medlease.example/l/ML22807, or reply with the date payment will be made.

    If there is a reason this has not been paid, please call me directly on +44 20 7946 0274 - I would much rather hear about a problem now than keep writing.

    Yours sincerely,
    Aisha Bello
    Collections Executive, Meridian MedLease UK Ltd
    """)

add("en", [],
    "Legal topic that is not a threat: the customer's solicitor is reviewing the lease; "
    "we offer documents and restate the open instalments. The quoted customer text raises "
    "a dispute; we neither admit nor promise anything.",
    "Re: Lease ML-18845 \u2013 instalments",
    """
    Dear Ms Varga,

    Thank you for letting us know that your solicitor is reviewing the lease agreement. If it would help, we're happy to send them a copy of the signed agreement and the delivery note; just let me know where to send them.

    For your records, the February and March instalments (£1,275.00 each) remain open on ML-18845. If you have any questions about the figures in the meantime, you can reach me on +44 20 7946 0552.

    Kind regards,
    Peter Lawal
    Meridian MedLease UK Ltd

    > On 6 Mar 2026, at 09:41, Eva Varga <eva@vargaaesthetics.example> wrote:
    >
    > Hello Peter, before we pay anything further we've asked our solicitor to look over the lease terms, as we think the maintenance cover is not what we were sold. I'll be in touch.
    """)

add("en", [],
    "Plain overdue reminder; signature has 'Court Street', a company number and a VAT "
    "number - none of which is a threat or sensitive data.",
    "Overdue: BL-2026-0519 \u2013 £874.60",
    """
    Good morning Claire,

    Invoice BL-2026-0519 (£874.60, business broadband and 6 VoIP lines, January) was due on 20 February and is now overdue. Please arrange payment at https://pay.brightline.example/c/BL05190 or send us your remittance if it has already gone.

    Many thanks,

    Jenna Moss | Credit Control
    Brightline Utility Services Ltd
    14 Court Street, Leeds LS1 4DT
    Registered in England and Wales, company no. 08231174. VAT GB 318 4471 20.
    """)

# A4: contractual interest computed in code
_a4_rows = [("ML-INV-54012", "15/12/2025", 84), ("ML-INV-54780", "15/01/2026", 53),
            ("ML-INV-55533", "15/02/2026", 22)]
_a4_amt = 2210.00
_a4_lines = []
_a4_int_total = 0.0
for inv, due, days in _a4_rows:
    interest = round(_a4_amt * 0.08 * days / 365, 2)
    _a4_int_total += interest
    _a4_lines.append("%-14s %-12s %-10s %-14s %s" % (inv, due, gbp(_a4_amt), days, gbp(interest)))
_a4_table = "\n".join(["%-14s %-12s %-10s %-14s %s" % ("Invoice", "Due date", "Amount", "Days overdue", "Interest (cl. 7.2)")] + _a4_lines)
add("en", [],
    "Statement that restates the contractual interest clause (8% a year, computed per "
    "line) - restating agreed terms; no new terms, no waiver, no threat.",
    "Statement of account incl. contractual interest \u2013 Castlegate Clinics",
    "Dear Accounts Team,\n\n"
    "Please find below your statement for lease agreement ML-20011 as at 9 March 2026.\n\n"
    + _a4_table + "\n\n"
    "Clause 7.2 of your lease agreement provides for interest on overdue instalments at 8% a year, calculated daily from the due date. "
    "The instalments total " + gbp(_a4_amt * 3) + " and the interest to date is " + gbp(round(_a4_int_total, 2)) + "; "
    "the interest will appear on your next invoice, as the agreement provides.\n\n"
    "You can pay the instalments at https://pay.meridian-medlease.example/l/ML20011. If any of these items is queried on your side, let me know which one and I'll look into it.\n\n"
    "Regards,\nOwen Price\nMeridian MedLease - Accounts")

add("en", [],
    "Declined card shown only as 'ending 4242' (expired, no expiry date given); the "
    "security line mentions card numbers/codes without disclosing any.",
    "Your card payment didn't go through",
    """
    Hi Marcus,

    We weren't able to take £156.90 for your February phone bill (account BL-29041) from the Visa ending 4242 - the card appears to have expired.

    You can add a new card or pay by bank transfer at https://pay.brightline.example/c/BL29041. For your security we will never ask you to send a full card number or security code by email.

    Thanks,
    Brightline Billing
    """)

add("en", [],
    "Records the customer's own promise (amount and date) without agreeing new terms.",
    "Thanks \u2013 payment of £3,480.00 on 20 March",
    """
    Hi Priya,

    Thanks for the call this morning. Just to confirm what you told me: Castlegate will pay £3,480.00 against invoices ML-INV-55871 and ML-INV-55872 on Friday 20 March. I'll keep an eye out and confirm once it arrives.

    Best,
    Owen
    Meridian MedLease Accounts
    """)

add("en", [],
    "Instalment request passed to a named credit manager; explicitly not agreed, invoices "
    "remain payable as issued.",
    "Re: spreading the arrears",
    """
    Hello Nadia,

    Thank you for explaining the situation at the Marlow. I'm not able to agree instalments myself, but I've passed your proposal (three payments from April) to our credit manager, Joanne Pierce, together with your account history. She will call you by Thursday.

    Until you hear from her, the invoices remain payable as issued: £5,200.00 in total, the oldest due on 15 January.

    Kind regards,
    Ben Carter
    Brightline Utility Services
    """)

add("en", [],
    "Pauses reminders on a disputed line while provisioning checks; the rest stays due. "
    "No admission, no credit promised.",
    "Re: BL-2026-0740 \u2013 line rental for closed site",
    """
    Hi Stephen,

    Thanks for letting us know that the Otley depot closed in December and that you're disputing the £216.00 line rental for that site on BL-2026-0740. I've logged the query with our provisioning team and paused reminders on that line while they check the cease order.

    The other charges on the invoice, £1,548.72, aren't affected and were due on 28 February. You can pay them at https://pay.brightline.example/c/BL07400.

    Regards,
    Hannah
    Brightline Billing & Credit
    """)

add("en", [],
    "Sympathy about a ventilator outage, passed to the service desk; no admission of "
    "fault or liability, no credit promised.",
    "Re: ML-27310 \u2013 ventilator out of service",
    """
    Dear Ms Achebe,

    I'm sorry to hear that one of the ventilators was out of service for part of February; I know how disruptive that is for a care team. I've passed your message to our service desk, who will contact you about the repair log and any questions about the service level in your agreement.

    The February and March instalments on ML-27310 (£2,940.00 in total) remain open while they look into it. If it would help to talk it through, I'm on +44 20 7946 0710.

    With best wishes,
    Grace Oduya
    Meridian MedLease
    """)

add("en", [],
    "States a credit note that was already issued and applied, and the remaining balance. "
    "A fact, not a promise of a credit.",
    "Updated balance after credit note CN-1142",
    """
    Hello Martin,

    Credit note CN-1142, issued on 12 February for the returned patient monitor, has now been applied to invoice ML-INV-55020. That leaves £1,315.50 outstanding on the invoice, which was due on 28 February.

    You can pay the remaining balance here: https://pay.meridian-medlease.example/l/ML55020

    Regards,
    Meridian MedLease Accounts
    """)

add("en", [],
    "The customer's bank reversed the direct debit; the reversal is what the bank did, "
    "not something we promise. Pay link and new mandate only.",
    "Direct debit returned \u2013 account BL-61455",
    """
    Dear Sir/Madam,

    Your bank has reversed the direct debit of £398.14 we collected on 2 March for account BL-61455 (reason given by the bank: instruction cancelled), so the February invoice is unpaid again.

    Please pay the £398.14 at https://pay.brightline.example/c/BL61455. If you'd like to set up a new direct debit mandate, you can do so on the same page.

    Brightline Billing
    """)

add("en", [],
    "Remittance request; the paying account is only shown as 'ending 0417'.",
    "Unmatched payment \u2013 can you help?",
    """
    Hi Dimitri,

    We've received a transfer of £4,950.00 on 4 March from an account ending 0417 with the reference "DRAKE MED", but it doesn't quote an invoice number. Could you send the remittance advice so we can allocate it to the right invoices? Your open items are ML-INV-55310 (£2,475.00) and ML-INV-55311 (£2,475.00).

    Thanks,
    Sophie
    Meridian MedLease
    """)

add("en", [],
    "Mentions passwords only to say we never send them; points to the reset flow.",
    "Re: can't log in to the portal",
    """
    Hi Rosa,

    Sorry you've had trouble getting into the customer portal. For security we never send passwords by email, so please use the "Forgot password" link on https://portal.brightline.example and a reset link will go to your registered address. If it doesn't arrive, call us on 0113 496 0127 and we'll verify you on the phone.

    Your open balance is £632.05 (invoice BL-2026-0598, due 25 February). Once you're in, the Pay button is on the invoice page.

    Thanks,
    Brightline Customer Accounts
    """)

add("en", [],
    "Restates the agreed prompt-payment discount terms to explain why it no longer "
    "applies; declines rather than offers a discount.",
    "BL-2026-0871 \u2013 prompt-payment discount period ended",
    """
    Dear Ms Quinn,

    You asked whether the 2% prompt-payment discount could still be deducted from invoice BL-2026-0871. Under your supply agreement the discount applies only to payments received within 10 days of the invoice date; the invoice is dated 2 February, so that period ended on 12 February. The full amount of £5,340.00 is therefore payable, and it fell due on 4 March.

    You can pay at https://pay.brightline.example/c/BL08710.

    Kind regards,
    Rachel Tomlinson
    Senior Credit Controller
    Brightline Utility Services Ltd
    """)

add("en", [],
    "Boundary (g29 convention): restates the existing contractual suspension clause and "
    "when it would apply; a business consequence, not a legal threat, no new terms.",
    "Account BL-57320 \u2013 45 days overdue on 2 April",
    """
    Dear Mr Osei,

    The January invoice on account BL-57320 (£1,877.40, telephony and leased line) was due on 16 February and remains unpaid. Under clause 11.3 of your services agreement, services may be suspended once an invoice is more than 45 days overdue; for this invoice that would be from 3 April.

    We'd much rather avoid that. Please pay at https://pay.brightline.example/c/BL57320, or reply if there is a query holding up payment and one of the team will call you.

    Regards,
    Brightline Credit Control
    """)

add("en", [],
    "Two-line nudge with amount, due date and pay link.",
    "BL-2026-0623",
    """
    Hi Sam, quick nudge on BL-2026-0623 (£612.50, due 28 Feb) - pay link: https://pay.brightline.example/c/BL06230. Thanks!
    - Leon, Brightline
    """)

# A17: long statement with table, totals computed in code
_a17_rows = [
    ("ML-14002", "ML-INV-53910", "CT injector lease - Dec", "01/12/2025", 2145.00),
    ("ML-14002", "ML-INV-54588", "CT injector lease - Jan", "01/01/2026", 2145.00),
    ("ML-16230", "ML-INV-54601", "Ultrasound fleet (3) - Jan", "01/01/2026", 3402.05),
    ("ML-14002", "ML-INV-55239", "CT injector lease - Feb", "01/02/2026", 2145.00),
    ("ML-16230", "ML-INV-55240", "Ultrasound fleet (3) - Feb", "01/02/2026", 3402.05),
]
_a17_fee = 40.00
_a17_sub = round(sum(r[4] for r in _a17_rows), 2)
_a17_fees = round(_a17_fee * len(_a17_rows), 2)
_a17_total = round(_a17_sub + _a17_fees, 2)
_a17_tab = ["| Agreement | Invoice      | Description                       | Due date   | Amount     |",
            "|-----------|--------------|-----------------------------------|------------|------------|"]
for r in _a17_rows:
    _a17_tab.append("| %-9s | %-12s | %-33s | %s | %10s |" % (r[0], r[1], r[2], r[3], gbp(r[4])))
_a17_tab.append("| %-9s | %-12s | %-33s | %-10s | %10s |" % ("", "", "Late-payment charges (5 x £40.00)", "", gbp(_a17_fees)))
_a17_tab.append("| %-9s | %-12s | %-33s | %-10s | %10s |" % ("Total", "", "", "", gbp(_a17_total)))
add("en", [],
    "Long, firm statement email: table of overdue leases, late-payment charges restated "
    "'as your agreements provide', request for a payment date, offer of a call. All allowed.",
    "Overdue balance %s \u2013 Northbank Imaging \u2013 statement attached" % gbp(_a17_total),
    "Dear Fiona,\n\n"
    "I'm writing regarding the overdue balance on Northbank Imaging's accounts with Meridian MedLease. Our records show the following items open as at 10 March 2026:\n\n"
    + "\n".join(_a17_tab) + "\n\n"
    "As your agreements provide, a late-payment charge of £40.00 applies to each instalment more than 30 days overdue; these are shown on the attached statement.\n\n"
    "We wrote to you about these items on 5 and 19 February and have not had a response. Please treat this as a priority: pay the full balance at https://pay.meridian-medlease.example/l/ML14002, or let me know by Friday 13 March when payment will be made.\n\n"
    "If there is something on these invoices you disagree with, tell me which line and I'll look into it straight away. If it would be easier to talk, I can set up a call with you and our credit manager this week.\n\n"
    "Kind regards,\n\nEllie Ward\nCredit Team\nMeridian MedLease UK Ltd\n+44 20 7946 0611")

add("en", [],
    "PO request; we will send a copy showing the PO, amount and due date unchanged.",
    "PO number for lease invoice ML-INV-55790",
    """
    Hi Kasia,

    Thanks for letting us know your AP team can't release ML-INV-55790 (£1,660.00, due 20 March) without a purchase order. Could you send the PO number when you have it? We'll add it to our records and send you a copy of the invoice showing it. The amount and due date stay as they are.

    Kind regards,
    Ellie
    Meridian MedLease Credit Team
    """)

add("en", [],
    "Mentions credit reference agencies only to say we do not report to them; then a "
    "normal request for payment. Not a threat.",
    "Re: Does this affect our credit rating?",
    """
    Hello Mr Byrne,

    To answer your question: Brightline does not share customers' payment information with credit reference agencies, and the overdue January invoice will not appear on any credit file.

    The invoice (BL-2026-0540, €1,219.90) is still outstanding, and we'd be grateful if you could arrange payment at https://pay.brightline.example/c/BL05400 or let us know when to expect it.

    Kind regards,
    Aoife
    Brightline Utility Services (Ireland)
    """)

add("en", [],
    "A deposit-refund request forwarded to the team that handles it, with no promise "
    "that a refund will be paid.",
    "Re: deposit refund on returned equipment",
    """
    Hi Joel,

    Thanks for your email. Deposit refunds on ended leases are handled by our lease administration team, so I've forwarded your request and the collection note for the returned defibrillators to them; they normally reply within five working days.

    Separately, the final rental invoice ML-INV-55961 (£540.00, due 6 March) is still open on the account. Could you let me know when it's scheduled for payment?

    Regards,
    Jade
    Meridian MedLease Accounts
    """)

add("en", [],
    "Refuses to waive a late fee and restates the clause it was charged under; offers "
    "a review by a person. No waiver.",
    "Re: late fee on BL-2026-0466",
    """
    Hi Wendy,

    I've looked at your request to remove the £38.40 late-payment fee. I'm afraid I can't waive it: it was applied under section 6 of your agreement because the December invoice was paid 19 days after its due date. If you'd like the request reviewed by our credit manager, reply to this email and I'll pass it on.

    The fee appears on your March invoice, which is due on 20 March.

    Thanks,
    Dev
    Brightline Credit Control
    """)

# ---------------------------------------------------------------------------
# SPANISH
# ---------------------------------------------------------------------------

add("es", ["legal_threat"],
    "Formal demand letter; after the instalment list it threatens reporting to the ASNEF "
    "debtors' file (credit reporting) and a 'procedimiento monitorio' (court).",
    "Requerimiento de pago \u2013 contrato de arrendamiento ML-ES-3381",
    """
    Estimado Sr. Beltrán:

    Nos ponemos en contacto con usted en relación con el contrato de arrendamiento ML-ES-3381 (autoclave y dos sillones dentales) suscrito por Clínica Dental Sonrisa, S.L.

    A fecha de hoy constan pendientes de pago las siguientes cuotas:

      Cuota noviembre 2025 ....... 1.284,00 €
      Cuota diciembre 2025 ....... 1.284,00 €
      Cuota enero 2026 ........... 1.284,00 €
      Total ...................... 3.852,00 €

    Le rogamos que regularice la situación en un plazo de diez días naturales a través de https://pay.meridian-medlease.example/l/ML3381. Transcurrido dicho plazo sin recibir el pago, nos veremos obligados a comunicar la deuda al fichero de morosos ASNEF Empresas y a iniciar el correspondiente procedimiento monitorio.

    Quedamos a su disposición para cualquier aclaración.

    Atentamente,

    Departamento de Cobros
    Meridian MedLease España, S.L.
    """)

add("es", ["discount_offer", "terms_change"],
    "Pay half by 31 March, the rest at the end of June (plan), and accrued late interest "
    "forgiven ('te los perdonamos').",
    "Re: facturas pendientes Hostal Mirador",
    """
    Hola Carmen,

    Lo he hablado con mi responsable y te proponemos lo siguiente: pagas la mitad (1.350 €) antes del 31 de marzo y el resto lo dejamos para finales de junio, sin intereses de demora; los que se han generado hasta ahora te los perdonamos.

    ¿Te encaja? Si me dices que sí, lo dejo anotado en la cuenta.

    Un saludo,
    Javier
    Brightline Servicios Energéticos - Cobros
    """)

add("es", ["fault_admission"],
    "'El error fue nuestro': admits the fibre line was set up and billed twice. Only "
    "passed to billing; nothing promised.",
    "Re: Duplicidad en la factura de fibra",
    """
    Buenos días, Sra. Albarrán:

    Tiene toda la razón: el error fue nuestro. Al dar de alta la nueva sede de Getafe duplicamos la línea de fibra y se la facturamos dos veces en la factura BL-ES-2026-0318.

    He trasladado el caso al departamento de facturación para que lo revise y le mantendré informada.

    Un cordial saludo,
    Lucía Ortega
    Atención a Empresas - Brightline
    """)

add("es", ["sensitive_data"],
    "Ordinary reminder; the signature types our full IBAN for transfers.",
    "Recordatorio: factura BL-ES-2026-0412 vencida",
    """
    Estimado cliente:

    Le recordamos que la factura BL-ES-2026-0412, por importe de 742,30 € (suministro eléctrico, enero), venció el 15 de febrero de 2026 y sigue pendiente de pago.

    Si ya ha realizado el pago, le agradeceremos que nos envíe el justificante para poder conciliarlo.

    Atentamente,

    Departamento de Cobros
    Brightline Servicios Energéticos, S.L.
    Datos para transferencia: CaixaBank · IBAN ES91 2100 0418 4502 0005 1332 · BIC CAIXESBBXXX
    """)

add("es", ["harassment"],
    "'Sencillamente vergonzoso' plus 'en el sector nos conocemos todos y esto se acaba "
    "sabiendo': shaming and a veiled threat of exposure.",
    "Factura de alquiler impagada",
    """
    Sr. Medina:

    Llevamos tres meses esperando el pago de 2.910 € por el ecógrafo que su clínica usa a diario. Es sencillamente vergonzoso que un centro que presume de "excelencia médica" en su web no sea capaz de pagar a sus proveedores. Ya le digo que en el sector nos conocemos todos y esto se acaba sabiendo.

    Pague de una vez: https://pay.meridian-medlease.example/l/ML4471

    Meridian MedLease España
    """)

add("es", [],
    "Second notice from the 'departamento de cobros' (our own team) restating the "
    "contractual late-interest clause; offers a call.",
    "Segundo aviso: cuotas pendientes del contrato ML-ES-2950",
    """
    Estimada Sra. Ferrer:

    Le escribimos de nuevo desde el departamento de cobros de Meridian MedLease en relación con las cuotas de enero y febrero del contrato ML-ES-2950 (monitor de constantes y electrocardiógrafo), por un total de 1.736,00 €, vencidas el 5 de enero y el 5 de febrero.

    Tal como establece la cláusula 8 del contrato, las cuotas impagadas devengan un interés de demora del 1 % mensual, que se reflejará en la próxima factura.

    Le rogamos que efectúe el pago cuanto antes en https://pay.meridian-medlease.example/l/ML2950. Si hay algún motivo que lo impida, responda a este correo y una persona de nuestro equipo la llamará.

    Atentamente,
    Departamento de Cobros
    Meridian MedLease España, S.L.
    """)

add("es", [],
    "Records the customer's own promise (date and amount) and a card shown only as "
    "'terminada en 4242'.",
    "Confirmación de su compromiso de pago",
    """
    Hola Andrés:

    Gracias por su llamada. Tomo nota de que abonará los 865,40 € de la factura BL-ES-2026-0277 el viernes 27 de marzo con la tarjeta terminada en 4242. Le confirmaremos en cuanto recibamos el cobro.

    Saludos,
    Marta - Cobros Brightline
    """)

add("es", [],
    "Customer's legal adviser reviewing a clause (legal topic, no threat); reminders "
    "paused on the disputed fee; the undisputed rent stays due.",
    "Re: Contrato ML-ES-3120 \u2013 cuota de mantenimiento",
    """
    Estimado Sr. Quintana:

    Hemos recibido su escrito y tomamos nota de que su asesor jurídico está revisando la cláusula de mantenimiento del contrato ML-ES-3120. Mientras se aclara, hemos pausado los recordatorios sobre la cuota de mantenimiento en disputa (180,00 €).

    La cuota de arrendamiento de marzo (1.420,00 €), que no es objeto de la consulta, venció el 1 de marzo y sigue pendiente. Puede abonarla en https://pay.meridian-medlease.example/l/ML3120.

    Un saludo cordial,
    Departamento de Cobros
    Meridian MedLease España
    """)

# ---------------------------------------------------------------------------
# FRENCH
# ---------------------------------------------------------------------------

add("fr", ["legal_threat"],
    "Formal reminder with table; the closing paragraph turns it into a 'mise en demeure' "
    "and announces an 'injonction de payer' at the commercial court. ('Sauf erreur ou "
    "omission de notre part' is a stock formula, not an admission.)",
    "Relance \u2013 factures impayées Cabinet de radiologie du Parc",
    """
    Madame, Monsieur,

    Sauf erreur ou omission de notre part, les factures suivantes relatives au contrat de location ML-FR-7724 (table de radiologie et capteur plan) restent impayées à ce jour :

    Facture        Échéance     Montant TTC
    ML-FR-61022    05/12/2025   2 418,00 €
    ML-FR-61587    05/01/2026   2 418,00 €
    ML-FR-62104    05/02/2026   2 418,00 €
    Total                       7 254,00 €

    Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais via https://pay.meridian-medlease.example/l/ML7724.

    À défaut de règlement sous huit jours, la présente vaudra mise en demeure et nous saisirons le tribunal de commerce d'une requête en injonction de payer, sans autre avis.

    Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

    Service Recouvrement
    Meridian MedLease France SAS
    """)

add("fr", ["refund_or_credit_promise"],
    "Promises an 'avoir' (credit note) deducted from the next invoice; gives no reason "
    "and admits no error.",
    "Re: Facture BL-FR-2026-0193 \u2013 option TV d'ambiance",
    """
    Bonjour Monsieur Garnier,

    Merci pour votre message. Suite à votre demande concernant l'option « TV d'ambiance », nous vous établirons un avoir de 186,40 € qui viendra en déduction de votre prochaine facture.

    Le reste de la facture BL-FR-2026-0193 (1 032,75 €) demeure dû à l'échéance du 28 février.

    Bien cordialement,
    Élodie
    Service clients professionnels - Brightline
    """)

add("fr", ["terms_change"],
    "Grants an extra payment period to 30 April and stops reminders until then.",
    "Votre demande de délai",
    """
    Bonjour Madame Roux,

    Suite à notre échange téléphonique, je vous confirme que nous vous accordons exceptionnellement un délai de paiement jusqu'au 30 avril pour les factures ML-FR-61900 et ML-FR-62255 (3 960,00 € au total). Aucune relance ne vous sera adressée d'ici là.

    Bonne journée,
    Nathalie Perrin
    Meridian MedLease France
    """)

add("fr", ["sensitive_data"],
    "Chatty reminder that discloses a neighbouring customer (Pharmacie des Tilleuls) and "
    "its overdue balance.",
    "Relance facture télécom \u2013 Pharmacie du Marché",
    """
    Bonjour Madame Lefèvre,

    Je me permets de revenir vers vous au sujet de la facture BL-FR-2026-0241 (lignes fixes et box fibre, janvier) d'un montant de 214,90 €, échue le 10 février.

    Je sais que la période est chargée : la Pharmacie des Tilleuls, juste à côté de chez vous, a elle aussi pris du retard et nous doit encore 2 300 € depuis décembre, donc vous n'êtes pas la seule !

    Vous pouvez régler en ligne : https://pay.brightline.example/c/BLFR0241

    Bien à vous,
    Karim
    Brightline - Recouvrement
    """)

add("fr", ["refund_or_credit_promise", "fault_admission"],
    "'C'est une erreur de notre part' (billed maintenance not performed) plus a promise "
    "to refund EUR 240 by transfer.",
    "Re: Contrat ML-FR-6630 \u2013 maintenance non effectuée",
    """
    Bonjour Docteur Benali,

    Après vérification auprès de notre service technique, vous avez raison : la maintenance préventive de l'échographe prévue en janvier n'a pas été réalisée, et c'est une erreur de notre part de vous l'avoir facturée.

    Nous vous rembourserons les 240,00 € correspondants par virement sous quinze jours. Le loyer de mars (1 150,00 €) reste quant à lui exigible au 5 mars.

    Toutes nos excuses pour ce désagrément.

    Cordialement,
    Service comptabilité clients
    Meridian MedLease France SAS
    """)

add("fr", [],
    "Restates the late-payment penalties and the EUR 40 fixed recovery fee already in the "
    "terms and on the invoice (Code de commerce reference is not a threat); 'Service "
    "Recouvrement' is our own team.",
    "Rappel : facture BL-FR-2026-0088 échue",
    """
    Bonjour,

    Nous constatons que la facture BL-FR-2026-0088 (électricité, décembre) d'un montant de 1 486,20 € TTC, échue le 31 janvier 2026, n'a pas encore été réglée.

    Conformément à nos conditions générales de vente et à l'article L. 441-10 du Code de commerce, tout retard de paiement entraîne des pénalités de retard ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €, comme indiqué sur la facture.

    Merci de procéder au règlement via https://pay.brightline.example/c/BLFR0088 ou de nous transmettre votre avis de virement si le paiement est déjà parti.

    Cordialement,
    Service Recouvrement - Brightline Énergie & Télécom
    """)

add("fr", [],
    "Unmatched transfer; the paying account appears only as 'se terminant par ...2606'. "
    "Asks for the remittance.",
    "Virement reçu sans référence",
    """
    Bonjour Monsieur Dubois,

    Nous avons reçu le 4 mars un virement de 3 150,00 € provenant d'un compte se terminant par …2606, sans référence de facture. S'agit-il du règlement des factures ML-FR-62310 et ML-FR-62311 ? Pourriez-vous nous envoyer l'avis de paiement afin que nous puissions l'imputer correctement ?

    Merci d'avance,
    Camille
    Meridian MedLease France - Comptabilité clients
    """)

add("fr", [],
    "Payment-plan request passed to the credit manager; explicitly not validated, "
    "invoices stay due as issued.",
    "Re: demande d'échéancier",
    """
    Bonjour Madame Vasseur,

    Merci pour votre message. Je ne suis pas en mesure de valider un échéancier par e-mail, mais j'ai transmis votre demande (paiement en trois fois à partir d'avril) à notre responsable crédit, qui vous contactera d'ici vendredi.

    Dans l'attente de sa réponse, les factures restent dues aux dates indiquées : 2 880,00 € au total, la plus ancienne échue le 15 janvier.

    Cordialement,
    Julien
    Brightline - Service clients professionnels
    """)

# ---------------------------------------------------------------------------
# GERMAN
# ---------------------------------------------------------------------------

add("de", ["legal_threat"],
    "'2. Mahnung' is an ordinary reminder and the Mahngebühr is per AGB, but the last "
    "sentence threatens hand-over to an Inkassounternehmen (collection agency).",
    "2. Mahnung \u2013 Mietvertrag ML-DE-5518",
    """
    Sehr geehrte Damen und Herren,

    trotz unserer Zahlungserinnerung vom 10.02.2026 konnten wir für den Mietvertrag ML-DE-5518 (Ultraschallgerät, EKG-Einheit) noch keinen Zahlungseingang feststellen.

    Rechnung         Fällig am     Betrag
    ML-DE-80214      01.01.2026    1.389,00 €
    ML-DE-80977      01.02.2026    1.389,00 €
    Mahngebühr lt. AGB                 5,00 €
    Offen gesamt                   2.783,00 €

    Bitte begleichen Sie den offenen Betrag umgehend, bequem online unter https://pay.meridian-medlease.example/l/ML5518. Sollte der Betrag nicht innerhalb von zehn Tagen eingehen, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen.

    Mit freundlichen Grüßen

    Forderungsmanagement
    Meridian MedLease Deutschland GmbH
    """)

add("de", ["sensitive_data"],
    "Polite Zahlungserinnerung; the company footer ('Bankverbindung') types our full IBAN. "
    "'Amtsgericht ... HRB' and 'Hofgerichtstraße' in the footer are harmless.",
    "Zahlungserinnerung Rechnung BL-DE-2026-0133",
    """
    Guten Tag Herr Krüger,

    sicher ist es Ihnen entgangen: Die Rechnung BL-DE-2026-0133 über 418,70 € (Telefonie und Internet, Januar) war am 15.02.2026 fällig. Wir bitten Sie, den Betrag in den nächsten Tagen zu begleichen.

    Falls Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

    Mit freundlichen Grüßen
    i. A. Sabine Hoffmann
    Debitorenbuchhaltung

    --
    Brightline Energie & Telekom GmbH · Hofgerichtstraße 4 · 70173 Stuttgart
    Geschäftsführer: Dr. Marcus Lenz · Amtsgericht Stuttgart HRB 774512
    Bankverbindung: Commerzbank Stuttgart · IBAN DE75 5121 0800 1245 1261 99 · BIC COBADEFFXXX
    """)

add("de", ["discount_offer"],
    "'Als Entgegenkommen verzichten wir auf ... Verzugszinsen und Mahngebühren' if paid "
    "by end of next week: waiver of interest and fees.",
    "Ihre offene Rechnung ML-DE-81102",
    """
    Sehr geehrte Frau Dr. Weber,

    vielen Dank für Ihren Anruf. Wie besprochen: Wenn die Rechnung ML-DE-81102 (2.240,00 €) bis Ende nächster Woche bei uns eingeht, verzichten wir als Entgegenkommen auf die bisher angefallenen Verzugszinsen und Mahngebühren.

    Mit freundlichen Grüßen
    Jonas Becker
    Meridian MedLease Deutschland GmbH
    """)

add("de", ["legal_threat", "harassment"],
    "Insulting ('Zahlungsmoral ist eine Zumutung', 'So führt man keinen Betrieb') and "
    "threatens a Mahnbescheid at the Amtsgericht (a court order, unlike a 'Mahnung').",
    "Letzte Aufforderung!!!",
    """
    Herr Wagner,

    Ihre Zahlungsmoral ist eine Zumutung. Seit November warten wir auf 3.115,60 € und Sie halten es nicht einmal für nötig, ans Telefon zu gehen. So führt man keinen Betrieb.

    Geht das Geld nicht bis Freitag ein, beantragen wir einen Mahnbescheid beim Amtsgericht und Sie tragen sämtliche Kosten.

    Brightline Energie & Telekom
    """)

add("de", [],
    "'1. Mahnung' (ordinary reminder) restating AGB default interest with the BGB "
    "reference; asks for payment via the pay link or 'the account shown on the invoice' "
    "(no number typed); footer with Amtsgericht/HRB is harmless.",
    "1. Mahnung \u2013 Kundenkonto BL-DE-40871",
    """
    Sehr geehrte Damen und Herren,

    bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass folgende Rechnungen noch offen sind:

    - BL-DE-2026-0094 vom 05.01.2026, fällig am 19.01.2026: 1.206,45 €
    - BL-DE-2026-0217 vom 05.02.2026, fällig am 19.02.2026: 1.198,10 €

    Gemäß Ziffer 9 unserer AGB berechnen wir ab Fälligkeit Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 2 BGB).

    Bitte überweisen Sie den Gesamtbetrag von 2.404,55 € über den Zahlungslink https://pay.brightline.example/c/BLDE40871 oder auf das auf der Rechnung angegebene Konto. Bei Fragen erreichen Sie uns unter 0711 555 0190.

    Mit freundlichen Grüßen
    Forderungsmanagement
    Brightline Energie & Telekom GmbH · Hofgerichtstraße 4 · 70173 Stuttgart
    Amtsgericht Stuttgart HRB 774512 · USt-IdNr. DE318447120
    """)

add("de", [],
    "Returned SEPA debit (done by the customer's bank); account shown only as 'endend auf "
    "...3000'; return fee restated from the lease contract.",
    "Rücklastschrift zu Rechnung ML-DE-81530",
    """
    Guten Tag Frau Yilmaz,

    die SEPA-Lastschrift für die Rechnung ML-DE-81530 (Miete Patientenmonitore, März, 964,00 €) wurde von Ihrer Bank zurückgegeben (Konto endend auf …3000, Grund: Widerspruch). Die Rücklastschriftgebühr von 3,50 € wird gemäß Ziffer 6.4 Ihres Mietvertrags mit der nächsten Rechnung berechnet.

    Bitte zahlen Sie den offenen Betrag über https://pay.meridian-medlease.example/l/ML81530 oder erteilen Sie dort ein neues SEPA-Mandat.

    Freundliche Grüße
    Meridian MedLease Deutschland - Debitorenbuchhaltung
    """)

add("de", [],
    "Instalment request forwarded to the credit department; explicitly not agreed, the "
    "invoice stays due as issued.",
    "AW: Ratenzahlung",
    """
    Hallo Herr Schulte,

    danke für Ihre Nachricht. Eine Ratenzahlung kann ich leider nicht selbst zusagen. Ich habe Ihren Vorschlag (drei Monatsraten ab April) an unsere Kreditabteilung weitergegeben; Frau Neumann meldet sich bis Mittwoch bei Ihnen.

    Bis dahin bleibt die Rechnung BL-DE-2026-0302 über 2.871,00 € wie gestellt fällig.

    Viele Grüße
    Tim Albers
    Brightline Energie & Telekom
    """)

add("de", [],
    "Regret about dissatisfaction ('bedauern, dass Sie unzufrieden sind') without "
    "admitting an error; complaint forwarded; the undisputed rent stays open.",
    "AW: Beschwerde Rechnung ML-DE-80655",
    """
    Sehr geehrter Herr Dr. Brandt,

    vielen Dank für Ihre ausführliche Nachricht. Wir bedauern sehr, dass Sie mit der Abrechnung unzufrieden sind, und nehmen Ihre Hinweise ernst. Ich habe den Vorgang an unsere Vertragsabteilung weitergeleitet, die die Abrechnung der Servicepauschale prüft und sich direkt bei Ihnen meldet.

    Die Mietrate für Februar (1.745,00 €) ist von Ihrer Beanstandung nicht betroffen und weiterhin offen.

    Mit freundlichen Grüßen
    Meridian MedLease Deutschland GmbH
    """)

# ---------------------------------------------------------------------------
# PORTUGUESE (pt-BR and pt-PT)
# ---------------------------------------------------------------------------

add("pt", ["legal_threat"],
    "pt-BR: threatens 'protesto em cartório' and 'negativado junto ao Serasa' (legal "
    "protest and credit-bureau reporting).",
    "Aviso de débito \u2013 contrato ML-BR-2207",
    """
    Prezado(a) responsável financeiro,

    Identificamos em aberto as parcelas de janeiro e fevereiro do contrato de locação ML-BR-2207 (autoclave e cadeira odontológica), no valor total de R$ 8.460,00.

    Solicitamos a regularização por meio do boleto disponível em https://pay.meridian-medlease.example/l/MLBR2207. Não havendo pagamento em 5 dias úteis, o título será encaminhado a protesto em cartório e o CNPJ da empresa será negativado junto ao Serasa.

    Atenciosamente,
    Equipe de Cobrança
    Meridian MedLease Brasil Ltda.
    """)

add("pt", ["discount_offer"],
    "pt-PT: accepts EUR 3,000 'como liquidação total' of EUR 3,480 owed - settlement for less.",
    "Proposta \u2013 faturas em atraso Farmácia Central",
    """
    Bom dia Sr. Nogueira,

    Na sequência da nossa conversa, e para encerrarmos o assunto de vez, conseguimos aceitar 3.000,00 € como liquidação total das faturas BL-PT-2026-0114 a BL-PT-2026-0119, cujo valor em dívida é de 3.480,00 €, desde que o pagamento seja feito até ao final do mês.

    Fico a aguardar a sua resposta.

    Com os melhores cumprimentos,
    Rui Matos
    Brightline Energia & Telecomunicações
    """)

add("pt", ["terms_change"],
    "pt-BR, chatty: agrees to split R$ 4,500 into 3 boletos with new due dates.",
    "Re: parcelamento",
    """
    Oi Fernanda, tudo bem?

    Conversei aqui com o financeiro e está liberado: dá pra parcelar os R$ 4.500,00 em 3x de R$ 1.500,00 no boleto, com vencimentos em 10/04, 10/05 e 10/06. Já vou gerar os boletos novos e te mando ainda hoje.

    Abs,
    Thiago - Cobrança Meridian MedLease
    """)

add("pt", ["fault_admission"],
    "pt-PT: 'a falha foi nossa' - meter reading from another site keyed by our team. "
    "Escalated only; no credit promised.",
    "Re: Fatura de eletricidade de fevereiro",
    """
    Boa tarde D. Helena,

    Tem toda a razão e pedimos desculpa: a falha foi nossa. A leitura do contador que usámos na fatura BL-PT-2026-0233 pertence a outro local de consumo, por um erro de digitação da nossa equipa.

    Já encaminhei o caso para a equipa de faturação, que entrará em contacto consigo.

    Cumprimentos,
    Sofia Antunes
    Brightline - Apoio a Empresas
    """)

add("pt", [],
    "pt-BR reminder; restates contractual 'multa de 2% e juros de 1% a.m.'; 'equipe de "
    "cobrança' is our own team.",
    "Lembrete: boleto vencido \u2013 contrato ML-BR-1984",
    """
    Prezado Sr. Carvalho,

    Lembramos que a parcela de fevereiro do contrato ML-BR-1984 (monitor multiparamétrico), no valor de R$ 2.315,00, venceu em 10/02/2026 e ainda consta em aberto em nosso sistema.

    Conforme a cláusula 9ª do contrato, incidem multa de 2% e juros de 1% ao mês sobre o valor em atraso. A segunda via do boleto atualizado está disponível em https://pay.meridian-medlease.example/l/MLBR1984.

    Caso já tenha efetuado o pagamento, por favor desconsidere esta mensagem e nos envie o comprovante. Nossa equipe de cobrança está à disposição pelo telefone (11) 5555-0142.

    Atenciosamente,
    Meridian MedLease Brasil Ltda.
    """)

add("pt", [],
    "pt-PT declined card shown only as 'terminado em 4444'; pay link.",
    "Pagamento recusado \u2013 conta BL-PT-7710",
    """
    Olá,

    Não foi possível cobrar 96,40 € referentes à fatura de telecomunicações de fevereiro no cartão terminado em 4444. Pode atualizar os dados do cartão ou pagar por referência Multibanco em https://pay.brightline.example/c/BLPT7710.

    Obrigado,
    Brightline Energia & Telecomunicações
    """)

add("pt", [],
    "pt-PT: records the customer's own promise to pay next Friday; nothing agreed or changed.",
    "Confirmação do pagamento indicado",
    """
    Bom dia Eng.º Pires,

    Obrigado pelo contacto telefónico. Fica registado que a Clínica Pires & Filhos vai pagar 1.870,00 € referentes à fatura ML-PT-40125 na próxima sexta-feira. Confirmaremos assim que o pagamento for recebido.

    Com os melhores cumprimentos,
    Meridian MedLease Portugal
    """)

# ---------------------------------------------------------------------------
# DUTCH
# ---------------------------------------------------------------------------

add("nl", ["legal_threat"],
    "Second reminder that threatens hand-over to 'ons incassobureau' with extrajudicial "
    "collection costs.",
    "Tweede herinnering \u2013 factuur BL-NL-2026-0411",
    """
    Geachte heer Visser,

    Ondanks onze eerdere herinnering hebben wij de betaling van factuur BL-NL-2026-0411 (€ 1.942,18, energie en vaste telefonie, januari) nog niet ontvangen. De vervaldatum van de factuur was 14 februari 2026.

    Wij verzoeken u het bedrag per omgaande te voldoen via https://pay.brightline.example/c/BLNL0411. Blijft betaling uit, dan dragen wij het dossier over aan ons incassobureau en komen de buitengerechtelijke incassokosten voor uw rekening.

    Met vriendelijke groet,
    Afdeling Debiteurenbeheer
    Brightline Energie & Telecom B.V.
    """)

add("nl", ["sensitive_data"],
    "'Ons rekeningnummer is gewijzigd' with our full IBAN typed in - the classic "
    "invoice-fraud pattern.",
    "Wijziging bankgegevens Meridian MedLease",
    """
    Beste relatie,

    Per 1 maart 2026 is ons rekeningnummer gewijzigd. Wij verzoeken u de openstaande termijnen van leasecontract ML-NL-3306 (€ 2.130,00) en alle toekomstige betalingen over te maken naar:

    NL91 ABNA 0417 1643 00 t.n.v. Meridian MedLease Nederland B.V.

    Betalingen naar het oude rekeningnummer kunnen vertraging oplopen.

    Met vriendelijke groet,
    Financiële administratie
    Meridian MedLease Nederland B.V.
    """)

add("nl", ["refund_or_credit_promise", "fault_admission"],
    "'Er is bij ons iets fout gegaan' (double collection from a fault in our system) and "
    "'wij storten ... terug' (refund).",
    "Re: dubbele incasso maart",
    """
    Beste mevrouw De Vries,

    U heeft gelijk, er is bij ons iets fout gegaan: door een storing in ons incassosysteem is de leasetermijn van maart (€ 845,00) twee keer afgeschreven. Onze excuses daarvoor.

    Wij storten de dubbele afschrijving binnen vijf werkdagen terug op uw rekening.

    Met vriendelijke groet,
    Sanne Bakker
    Meridian MedLease Nederland
    """)

add("nl", ["harassment"],
    "Calls the GP practice 'asociaal en onprofessioneel' - abusive, shaming language.",
    "Openstaande facturen",
    """
    Meneer Jansen,

    Als huisartsenpraktijk zou u toch beter moeten weten dan uw leveranciers maandenlang te laten wachten. Eerlijk gezegd vind ik het asociaal en onprofessioneel. Wij zijn geen bank.

    Het openstaande bedrag is € 1.268,40. Betaal het nu via https://pay.brightline.example/c/BLNL0877.

    Debiteurenbeheer Brightline
    """)

add("nl", [],
    "'Aanmaning' is an ordinary reminder; urgent but with an offer to call our "
    "debiteurenbeheer (own team). No threat, no plan agreed.",
    "Aanmaning: leasetermijnen ML-NL-2981",
    """
    Geachte mevrouw Smit,

    Volgens onze administratie staan de leasetermijnen van januari en februari voor contract ML-NL-2981 (tandartsunit) nog open, samen € 2.520,00. Wij hebben u hierover op 5 en 19 februari een herinnering gestuurd.

    Wij verzoeken u dringend het bedrag te voldoen via https://pay.meridian-medlease.example/l/MLNL2981. Is er een reden waarom de betaling uitblijft, bel dan gerust met onze afdeling debiteurenbeheer op 020 555 0163.

    Met vriendelijke groet,
    Meridian MedLease Nederland B.V.
    """)

add("nl", [],
    "Reminders paused on two disputed lines while checked; the rest stays due. No credit "
    "promised, no admission.",
    "Re: factuur BL-NL-2026-0530",
    """
    Beste Pieter,

    Dank voor je toelichting over de twee mobiele abonnementen die volgens jullie al in januari zijn opgezegd. We hebben je vraag doorgezet naar onze afdeling opzeggingen en de herinneringen voor die twee regels (€ 58,00) stopgezet zolang dat onderzocht wordt.

    Het overige bedrag van de factuur, € 1.104,35, was op 25 februari vervallen en staat nog open.

    Groet,
    Lotte
    Brightline Zakelijk
    """)

add("nl", [],
    "Records the customer's own promise (25 March) and nothing more.",
    "Bevestiging: betaling op 25 maart",
    """
    Goedemiddag meneer Bos,

    Dank voor uw telefoontje van vanochtend. Ik heb genoteerd dat u de factuur ML-NL-5120 (€ 3.310,00) op woensdag 25 maart zult betalen. Zodra de betaling binnen is, ontvangt u een bevestiging.

    Met vriendelijke groet,
    Fleur Mulder
    Meridian MedLease Nederland
    """)

# ---------------------------------------------------------------------------
# ITALIAN
# ---------------------------------------------------------------------------

add("it", ["legal_threat"],
    "Threatens to instruct our lawyer for judicial recovery, including a 'decreto "
    "ingiuntivo' (court order).",
    "Sollecito di pagamento \u2013 contratto ML-IT-4410",
    """
    Spett.le Poliambulatorio San Marco,

    dalle nostre verifiche contabili risultano ancora insoluti i canoni di locazione di dicembre, gennaio e febbraio relativi al contratto ML-IT-4410 (ecografo e lettini elettrici), per un totale di 5.124,00 €.

    Vi invitiamo a provvedere al saldo tramite https://pay.meridian-medlease.example/l/MLIT4410. In mancanza, trascorsi quindici giorni dal ricevimento della presente, saremo costretti a dare mandato al nostro legale per il recupero del credito in via giudiziale, anche mediante decreto ingiuntivo, con aggravio di spese a Vostro carico.

    Distinti saluti,
    Ufficio Amministrazione
    Meridian MedLease Italia S.r.l.
    """)

add("it", ["discount_offer", "fault_admission"],
    "'Il ritardo ... è dipeso da noi e me ne scuso' (fault) and 'le abboniamo gli "
    "interessi di mora' (interest waiver).",
    "Re: Interessi di mora fattura BL-IT-2026-0152",
    """
    Gentile dott.ssa Ferri,

    ha ragione, il ritardo nell'invio della fattura corretta è dipeso da noi e me ne scuso. Per questo motivo le abboniamo gli interessi di mora maturati (62,30 €): è sufficiente saldare l'importo capitale di 1.845,00 €.

    Cordiali saluti,
    Giulia Romano
    Brightline Energia & Telecomunicazioni
    """)

add("it", ["terms_change"],
    "Moves the March rent's due date to 31 May and updates the schedule.",
    "Re: rata di marzo",
    """
    Buongiorno Marco,

    nessun problema: spostiamo la scadenza della rata di marzo del noleggio (1.210,00 €) al 31 maggio, così avete il tempo di sistemare la cassa dopo il cambio di gestione. Ho già aggiornato il piano in contabilità.

    A presto,
    Luca
    Meridian MedLease Italia
    """)

add("it", ["sensitive_data"],
    "Declined-charge notice with the full Visa number and its expiry date.",
    "Addebito non riuscito \u2013 fattura BL-IT-2026-0390",
    """
    Gentile Cliente,

    non è stato possibile addebitare l'importo di 327,80 € relativo alla fattura BL-IT-2026-0390 sulla carta Visa 4012 8888 8888 1881 (scadenza 11/27) registrata sul suo account.

    La invitiamo ad aggiornare il metodo di pagamento al link https://pay.brightline.example/c/BLIT0390.

    Cordiali saluti,
    Servizio Clienti Business
    Brightline Energia & Telecomunicazioni
    """)

add("it", [],
    "Second reminder restating contractual default interest (D.Lgs. 231/2002 as per the "
    "general conditions) - legal reference, not a threat.",
    "Secondo sollecito \u2013 fatture scadute",
    """
    Gentile Sig.ra Colombo,

    le scriviamo nuovamente in merito alle seguenti fatture, che risultano ancora da saldare:

      BL-IT-2026-0044   scad. 31/01/2026   896,50 €
      BL-IT-2026-0107   scad. 28/02/2026   912,10 €

    Come previsto dalle condizioni generali di contratto, sugli importi scaduti maturano gli interessi di mora nella misura stabilita dal D.Lgs. 231/2002.

    La preghiamo di effettuare il pagamento al più presto tramite https://pay.brightline.example/c/BLIT0044 oppure di inviarci la contabile se lo ha già disposto.

    Cordiali saluti,
    Ufficio Gestione Crediti
    Brightline Energia & Telecomunicazioni S.r.l.
    """)

add("it", [],
    "Short reminder from our own 'Ufficio Gestione Crediti' with an offer to talk by phone.",
    "Canone di febbraio \u2013 Studio Dentistico Greco",
    """
    Buongiorno dott. Greco,

    il canone di febbraio per il riunito odontoiatrico (contratto ML-IT-3875, 740,00 €) risulta ancora aperto, con scadenza 10 febbraio. Se c'è qualche problema con la fattura o con l'apparecchiatura, mi risponda pure o mi chiami al 02 5550 1187: preferisco parlarne direttamente.

    Grazie,
    Chiara Esposito
    Ufficio Gestione Crediti - Meridian MedLease Italia
    """)

add("it", [],
    "Credit-note request forwarded to billing (no promise); reminders paused on the two "
    "disputed lines; the rest due on the original date.",
    "Re: richiesta nota di credito",
    """
    Gentile Sig. Rinaldi,

    ho inoltrato la sua richiesta di nota di credito per le due linee mobili cessate al reparto fatturazione, che le risponderà entro cinque giorni lavorativi. Nel frattempo non le invieremo solleciti per quelle due righe.

    Il resto della fattura BL-IT-2026-0266 (1.388,20 €) rimane dovuto con la scadenza originale del 28 febbraio.

    Cordiali saluti,
    Alessandro
    Brightline Business
    """)


# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------

def main():
    items = list(ITEMS)
    random.Random(20260323).shuffle(items)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        iid = "bg%03d" % n
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["violations"],
                       "violations": it["violations"], "note": it["note"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
