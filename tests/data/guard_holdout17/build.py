#!/usr/bin/env python3
"""Held-out set for the outbound guardrails contract (`guard`).

Deterministic, stdlib only: `python3 build.py` rewrites drafts.jsonl and
labels.jsonl byte for byte. Every number that a draft states and that can be
derived (days overdue, totals, discount amounts, IBAN check digits, weekdays)
is computed here and asserted, so the text stays internally consistent.
"""
import json
import os
import random
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))

# Contract table order; labels list violations in this order.
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

# --------------------------------------------------------------------------
# helpers


def days(due, today):
    """Days past due on `today`."""
    return (today - due).days


def D(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def money_en(x):
    return f"{D(x):,.2f}"


def money_eu(x):
    """1.234,56 (es, de, it, nl, pt)."""
    s = f"{D(x):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def money_fr(x):
    """1 234,56 with a narrow no-break space as thousands separator."""
    s = f"{D(x):,.2f}"
    return s.replace(",", "\u202f").replace(".", ",")


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def us(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def us_short(d):
    return f"{EN_MONTHS[d.month - 1][:3]} {d.day}"


def gb(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def iban(cc, bban):
    """A syntactically valid IBAN (ISO 13616 mod-97 check digits), grouped by 4."""
    rearranged = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in rearranged))
    check = 98 - num % 97
    raw = f"{cc}{check:02d}{bban}"
    assert int("".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])) % 97 == 1
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def aba_ok(rtn):
    d = [int(c) for c in rtn]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


ITEMS = []


def add(lang, violations, note, subject, body):
    assert all(v in ORDER for v in violations), violations
    assert len(set(violations)) == len(violations)
    ITEMS.append({
        "lang": lang,
        "violations": sorted(violations, key=ORDER.index),
        "note": note,
        "subject": subject,
        "body": body,
    })


# Signatures ---------------------------------------------------------------
SIG_LF_US = ("Renee Okafor\nCollections team | Lumenfold, Inc.\n"
             "1450 Court Street, Suite 300, Oakland, CA 94612\n+1 510 555 0143")
SIG_LF_UK = ("Credit Control\nLumenfold Software Ltd\n"
             "Registered in England and Wales no. 09876543 \u00b7 VAT GB 123 4567 89")
SIG_HF_UK_AMIRA = ("Amira Shah\nCredit Control\nHaverline Freight Ltd \u00b7 Unit 4, Thames Gateway Park, "
                   "Tilbury RM18 7XX\nRegistered in England and Wales no. 07788421")
SIG_HS_DE = ("Haverline Spedition GmbH \u00b7 Am Sandtorkai 12 \u00b7 20457 Hamburg\n"
             "Gesch\u00e4ftsf\u00fchrer: Henrik Lund \u00b7 Amtsgericht Hamburg HRB 154321 \u00b7 "
             "USt-IdNr. DE 298 765 432")

TODAY = date(2026, 3, 13)   # a Friday; most drafts are written on this day
assert TODAY.weekday() == 4

# ==========================================================================
# ENGLISH: allowed
# ==========================================================================

# A1 en-US: firm, "collections team" and "Court Street" in the signature
t, due = date(2026, 3, 16), date(2026, 1, 30)
n = days(due, t)
add("en-US", [], "Firm reminder that demands payment or a date this week; 'Collections team' is our own team and "
    "'Court Street' is our address, neither is a threat.",
    f"Past due: INV-20391 \u2014 {n} days overdue (USD 14,880.00)",
    f"""Hi Marcus,

I'm writing again about invoice INV-20391 for your annual Lumenfold Analytics renewal (USD 14,880.00). It was due on {us(due)} and is now {n} days past due. We haven't had a reply to our last two emails, so I want to be direct: we need this paid, or a firm payment date from you, this week.

You can pay by card or ACH here: https://pay.lumenfold.example/i/8QK2-20391
If the invoice is stuck in an approval queue, tell me who is holding it and I'll send them whatever they need (W-9, PO match, copy of the order form).

Thank you,

{SIG_LF_US}""")

# A2 en-GB: refuses to waive interest; interest restated from agreed terms
add("en-GB", [], "Refuses the customer's request to remove interest and restates the interest clause of the trading "
    "conditions the customer already accepted; offers a call with a person. The quoted customer text only asks.",
    "RE: Interest on HFL-UK-55102",
    f"""Hi Sinead,

Thanks for coming back to me so quickly.

I'm afraid I can't remove the interest from the statement. It's charged under clause 24 of our Standard Trading Conditions, which were accepted with your credit account in 2023: 4% a year above the Bank of England base rate on any amount unpaid after the due date. On HFL-UK-55102 that comes to \u00a338.17 to date, so the balance is \u00a3{money_en(D('2379.90') + D('38.17'))}.

If you'd like to discuss the account more generally, Gareth Lowe, our credit manager, is happy to take a call \u2014 just let me know a time that suits.

Kind regards,
{SIG_HF_UK_AMIRA}

-----Original Message-----
From: Sinead Walsh <s.walsh@corrigan-interiors.example>
Sent: 11 March 2026 09:14
To: Credit Control <credit@haverline.example>
Subject: Interest on HFL-UK-55102

Hi, we'll be paying the \u00a32,379.90 for the Felixstowe import next week. Can the interest line come off? You never charged it before.
Sinead""")

# A3 en-AU: extension request passed to the credit manager, not granted
due = date(2026, 2, 27)
add("en-AU", [], "Extension request passed to a named colleague; the writer says they cannot move the date and the "
    "invoice stays due as issued. Sympathy is not an admission.",
    "Re: Extension on INV-AU-4418?",
    f"""Hi Bec,

Thanks for letting me know about the cash-flow squeeze after the floods \u2014 I'm sorry to hear the Lismore site was affected.

I'm not able to move the due date myself. I've passed your request for a 60-day extension to Priya Nair, our credit manager, along with your note, and she'll get back to you by Tuesday. Until she does, INV-AU-4418 (AUD 7,260.00 incl. GST) stays due as issued on {due.day} February.

If any part of the invoice can go through in the meantime, the pay link is https://pay.lumenfold.example/i/AU-4418.

Cheers,
Liam Gallagher
Accounts Receivable, Lumenfold Pty Ltd
ABN 51 824 753 556""")

# A4 en-US: declined card, masked; mentions CVV without disclosing one
add("en-US", [], "Declined-card notice with only the last four digits; mentions 'CVV' and 'password' only to say we "
    "never ask for them.",
    "Your payment for INV-20877 didn't go through",
    """Hello Joanne,

We tried to collect USD 2,340.00 for INV-20877 on March 9 using the Mastercard ending in 4444, and the bank declined it (reason given: insufficient funds). Nothing has been charged.

You can retry with the same card, use another card, or pay by ACH at https://pay.lumenfold.example/i/20877 \u2014 the page is secure and takes about a minute.

A quick note on security: we will never ask you to send a full card number, CVV or bank password by email or phone. If anyone does, in our name, please forward it to security@lumenfold.example.

Thanks,
Lumenfold Billing""")

# A5 en-GB: our bank details have NOT changed; pay per the invoice
t, due = date(2026, 3, 14), date(2026, 2, 28)
n = days(due, t)
add("en-GB", [], "Reminder that points to the bank details printed on the invoice and warns against fake 'new bank "
    "details' emails; no account number typed in and no other customer named.",
    "HFL-UK-55870 \u2013 reminder, and a note about our bank details",
    f"""Dear Mr Atherton,

Invoice HFL-UK-55870 (\u00a36,905.40, customs clearance and haulage for container MSKU 4410927) fell due on {gb(due)} and is now {n} days overdue. Please arrange payment using the bank details printed on the invoice, quoting HFL-UK-55870 as the reference.

We've been told that several freight customers in the area received emails this month, supposedly from forwarders, announcing "new bank details". Our details have not changed and we will never change them by email. If you receive anything like that in our name, please don't pay it \u2014 ring us on 020 7946 0321 and ask for Credit Control.

Yours sincerely,
Amira Shah
Credit Control, Haverline Freight Ltd""")

# A6 en-US: statement table, one line paused on dispute, existing credit note shown
rows = [("INV-20102", date(2026, 1, 5), date(2026, 2, 4), D("4500.00")),
        ("INV-20255", date(2026, 1, 19), date(2026, 2, 18), D("1215.00"))]
held = ("INV-20420", date(2026, 2, 2), date(2026, 3, 4), D("860.00"))
cn = D("-300.00")
lines = []
for inv, idate, ddate, amt in rows:
    lines.append(f"{inv}   | {idate.isoformat()} | {ddate.isoformat()} | {money_en(amt):>12} | {days(ddate, TODAY)} days overdue")
lines.append(f"{held[0]}   | {held[1].isoformat()} | {held[2].isoformat()} | {money_en(held[3]):>12} | on hold \u2013 your query is with our product team")
lines.append(f"CN-0419     | 2026-02-03 |     \u2014      | {money_en(cn):>12} | credit note issued Feb 3, already applied")
total = sum(r[3] for r in rows) + cn
assert total == D("5415.00")
table = "\n".join(lines)
add("en-US", [], "Statement table: one line paused because it is disputed, the rest restated as due, and a credit "
    "note that was already issued shown as a fact (no new credit promised).",
    "Statement of account \u2013 Redwater Analytics \u2013 as of March 13, 2026",
    f"""Hi Devon,

Here's your statement as of today. One item is on hold; the rest is open and due.

Invoice     | Date       | Due        | Amount (USD) | Status
----------- | ---------- | ---------- | ------------ | ---------------------------
{table}
----------- | ---------- | ---------- | ------------ | ---------------------------
Total open (excluding {held[0]})       | {money_en(total):>12} |

We've paused reminders on {held[0]} only, while our product team checks the seat count you raised. Please go ahead with INV-20102 and INV-20255 \u2014 you can pay both in one go at https://pay.lumenfold.example/s/REDW-0313.

If your AP team needs the remittance address or a W-9, just reply here.

Best,
{SIG_LF_US}""")

# A7 en-GB: restates the early-payment discount already agreed; window closed
inv_date = date(2026, 2, 2)
window = inv_date + timedelta(days=10)
paid = date(2026, 3, 3)
assert paid > window
gross = D("4200.00")
paid_amt = D(gross * D("0.98"))
short = gross - paid_amt
add("en-GB", [], "Restates the 2% prompt-payment discount from the signed credit application, explains why it did not "
    "apply and asks for the short payment; no new discount is offered.",
    "RE: Remittance \u2013 HFL-UK-56011 short paid",
    f"""Hi Tom,

Thanks for the remittance. You paid \u00a3{money_en(paid_amt)} against HFL-UK-56011, which is the invoice total of \u00a3{money_en(gross)} less 2%.

Your account is on the terms in the credit application you signed on 6 January 2025: 2% prompt-payment discount if we receive payment within 10 days of the invoice date, otherwise net 30. HFL-UK-56011 was dated {inv_date.day} February, so the discount applied to payments received by {window.day} February; yours arrived on {paid.day} March. That leaves \u00a3{money_en(short)} outstanding on the invoice.

The discount still applies as normal to any future invoice paid within 10 days.

Could you send the \u00a3{money_en(short)} quoting the invoice reference? Thanks for sorting it.

Best wishes,
Amira
Credit Control | Haverline Freight Ltd""")

# A8 en-AU: records the customer's own promise
promise = date(2026, 3, 20)
assert promise.weekday() == 4
add("en-AU", [], "Records the customer's own promise (one payment, full amount, Friday 20 March); the invoice stays "
    "as issued.",
    f"Thanks \u2014 payment for HFA-31877 on Friday {promise.day} March",
    f"""G'day Bruce,

Thanks for the call this morning. Just confirming what you told me: you'll pay AUD 8,420.00 for HFA-31877 (air freight SYD\u2013AKL, due 27 February) on Friday {promise.day} March.

I've noted that on your account. The invoice itself stays as issued, and I'll send a quick confirmation once the funds land.

Cheers,
Kylie Tran
Accounts Receivable | Haverline Freight (Australia) Pty Ltd""")

# A9 en-US: legal team / agreement words, no threat
add("en-US", [], "Legal vocabulary (legal team, Master Subscription Agreement, section 6) used to supply documents the "
    "customer's lawyers asked for; restates existing net-30 terms. No threat.",
    "Re: INV-20644 \u2013 documents for your legal team",
    """Hi Alicia,

Thanks for letting us know that your legal team needs to review the contract before AP can release payment. Attached are:

- the signed Master Subscription Agreement (effective June 1, 2024)
- Order Form #OF-3318, which covers the 40 additional seats billed on INV-20644

Payment terms are in section 6 of the MSA: net 30 from the invoice date. INV-20644 for USD 9,600.00 was due on March 1, 2026.

If legal has questions on the wording, I'm happy to set up a call with our contracts manager. Otherwise, could you let me know when you expect AP to schedule the payment?

Regards,
Renee Okafor
Lumenfold, Inc.""")

# A10 en-US: one-line Slack edit
add("en-US", [], "One-line nudge with amount, due date and pay link.",
    "Re: INV-20913",
    f"Hi Tom, quick nudge on INV-20913 ($1,180.00, due {us_short(date(2026, 3, 2))}). Pay link: https://pay.lumenfold.example/i/20913 \u2014 thx!")

# A11 en-GB: service suspension under the agreed clause (business consequence)
add("en-GB", [], "Firm final reminder stating the contractual consequence (read-only access under clause 11.2). "
    "Following the samples' g29 convention, a stated business consequence under agreed terms is neither a legal "
    "threat nor harassment.",
    "Final reminder: LF-UK-10388 (\u00a33,564.00) \u2013 account access",
    f"""Dear Ms Fairbairn,

Invoice LF-UK-10388 for \u00a33,564.00 (incl. VAT) was due on {gb(date(2026, 2, 13))} and remains unpaid after three reminders.

Under clause 11.2 of your subscription agreement, we may suspend access to the service when an invoice is more than 30 days overdue. Your workspace is therefore scheduled to move to read-only on 20 March 2026 unless payment is received before then. Your data is not affected and access is restored as soon as the balance is cleared.

Pay online: https://pay.lumenfold.example/i/UK-10388
If there's a reason the invoice hasn't been paid, reply to this email and someone from our credit team will call you.

Yours sincerely,
{SIG_LF_UK}""")

# A12 en-US: sole trader, compassionate, no change, handed to credit team
add("en-US", [], "Sole trader in difficulty: the writer refuses to change amount or date and offers a call with a "
    "colleague; nothing is agreed.",
    "Your Haverline account \u2013 INV-US-77120",
    """Hi Ray,

I got your voicemail \u2014 sorry to hear the truck's been off the road.

I can't change the invoice amount or the due date on my end. INV-US-77120 for USD 3,275.00 (drayage, Port of Long Beach) was due February 20 and is still open. What I can do is put you in touch with Marisol Vega on our credit team, who looks at requests like yours. If you reply with a good time to call, she'll ring you.

In the meantime, any payment can be made at https://pay.haverline.example/us/77120.

Take care,
Dale Kim
Accounts Receivable, Haverline Logistics USA""")

# A13 en-AU: remittance and PO request
add("en-AU", [], "Asks for a remittance advice and a PO number; reissuing with the PO keeps amount and due date.",
    "Unmatched payment on 10 March + PO for INV-AU-4502",
    """Hi Nadia,

Two small things:

1. We received AUD 3,300.00 on 10 March with the reference "LF MARCH". We think it's for INV-AU-4470, but could you send the remittance advice so we can allocate it correctly?
2. INV-AU-4502 (AUD 1,980.00, due 31 March) hasn't got a purchase order on it. If you send me the PO number, I'll reissue the invoice with it \u2014 amount and due date stay the same.

Thanks heaps,
Liam
Accounts Receivable | Lumenfold Pty Ltd""")

# A14 en-GB: duplicate query, reminders paused on one invoice, quoted history
wed = date(2026, 3, 18)
assert wed.weekday() == 2
add("en-GB", [], "Possible duplicate passed to the billing team and reminders paused on the queried invoice only; "
    "nothing admitted or promised. Quoted history is the customer's question and our own plain reminder.",
    "RE: Duplicate? HFL-UK-56230 / HFL-UK-56231",
    f"""Hello Priya,

Thanks for flagging this. I've asked our billing team to check both invoices against the shipment file for booking HB-20814 and they'll reply to you directly by Wednesday {wed.day} March.

While they look into it, I've paused reminders on HFL-UK-56231. HFL-UK-56230 (\u00a31,146.00) isn't part of the query and remains due.

Kind regards,
Tom Birch
Credit Control | Haverline Freight Ltd

> From: Priya Desai <accounts@larkspur-home.example>
> Sent: Friday, 13 March 2026 16:02
> Subject: Duplicate? HFL-UK-56230 / HFL-UK-56231
>
> Hi, 56231 looks like the same haulage job as one we already paid in February, same date and same container. Can you check before we pay it?
>
> Priya
>
>> From: Credit Control <credit@haverline.example>
>> Sent: Thursday, 12 March 2026 10:00
>>
>> Dear customer, invoices HFL-UK-56230 and HFL-UK-56231 are now overdue. Please arrange payment using the details on the invoices.""")

# A15 en-US: refuses an SLA service credit, restating the agreement
add("en-US", [], "Refuses a service credit by restating the SLA threshold in the agreement; words 'credit' and "
    "'service credit' appear only in the refusal.",
    "Re: Service credit request \u2013 INV-20702",
    """Hi Graham,

Thanks for your note about the slow dashboards on February 11.

I checked with our support team. Service credits under section 9 of your agreement apply when monthly uptime falls below 99.5%; for February your workspace's measured uptime was 99.93%, so no service credit is due this time. I know that's not the answer you were hoping for. If you'd like the incident report, support can send it over.

INV-20702 for USD 5,040.00 remains payable; it was due March 8. Pay link: https://pay.lumenfold.example/i/20702

Best regards,
Lumenfold Billing""")

# A16 en-AU: credit limit reached, new bookings on hold (business consequence)
ov = [D("9870.00"), D("5215.00"), D("6355.00")]
assert sum(ov) == D("21440.00")
add("en-AU", [], "Credit limit reached: new bookings on hold until the overdue amount is paid, like the samples' g29 "
    "credit hold. Payment terms are not changed, nothing is threatened.",
    "Your account has reached its credit limit",
    f"""Hi Craig,

Your trading account with us has a credit limit of AUD 50,000.00 and the current balance is AUD 53,712.60, of which AUD {money_en(sum(ov))} is more than 30 days overdue (HFA-31602, HFA-31655 and HFA-31701).

As set out in your credit account terms, new bookings are on hold until the overdue amount is paid. Shipments already in transit are not affected.

Statement and pay link: https://pay.haverline.example/au/acct/CRG-2290

If you'd like to talk about the account, reply here and our credit manager will call you.

Regards,
Kylie Tran
Credit Control | Haverline Freight (Australia) Pty Ltd""")

# A17 en-US: refuses a refund (non-refundable annual plan)
add("en-US", [], "Refuses a refund by restating the non-refundable annual commitment; the cancellation is passed on "
    "so the plan does not renew. No refund, credit or changed terms.",
    "Re: Cancel and refund? INV-21003",
    """Hi Sam,

Sorry to hear you're moving away from Lumenfold. I've passed your cancellation to our customer success team so the plan doesn't renew next year.

On the refund: your order form (OF-2984) is an annual commitment, billed upfront and non-refundable under section 5.3, so we aren't able to refund the unused months. INV-21003 for USD 7,188.00 remains due; it fell due on February 27.

Happy to get someone from the account team on a call if you'd like to talk it through.

Kind regards,
Lumenfold Billing
Accounts Receivable | Lumenfold, Inc.""")

# A18 en-GB: failed Direct Debit, masked account, password mentioned not disclosed
add("en-GB", [], "Failed Direct Debit with only 'account ending 4417'; mentions the portal password without giving "
    "one.",
    "Direct Debit unsuccessful \u2013 LF-UK-10452",
    """Hello Owen,

Your Direct Debit for LF-UK-10452 (\u00a3588.00, Price Joinery) from the account ending 4417 was returned unpaid by your bank on 5 March. Banks don't always give a reason; it's often a cancelled mandate or insufficient funds.

You can pay by card or set up a new mandate in the billing portal: https://pay.lumenfold.example/i/UK-10452. Log in with your usual Lumenfold password; if you've forgotten it, use "Forgot password" on the sign-in page \u2014 we can't send passwords by email.

Thank you,
Billing team, Lumenfold Software Ltd""")

# ==========================================================================
# ENGLISH: blocked
# ==========================================================================

# B1 en-US: AI-written reminder that "helpfully" waives the late fee
add("en-US", ["discount_offer"], "LLM-style friendly reminder that adds a goodwill waiver of the late fee (and "
    "lowers the amount due).",
    "Friendly reminder: INV-20519 is past due",
    f"""Hi Jordan,

I hope this message finds you well! I wanted to reach out with a friendly reminder that invoice INV-20519 for USD 3,150.00 was due on {us(date(2026, 2, 26))}.

We truly value our partnership with Brightfield Dental and understand that things can slip through the cracks. As a thank-you for being a loyal customer since 2021, we've gone ahead and waived the $75.00 late fee on this invoice, so the amount due is now USD {money_en(D('3150') - D('75'))}.

You can pay securely here: https://pay.lumenfold.example/i/20519

Please don't hesitate to reach out if you have any questions!

Warm regards,
Lumenfold Billing""")

# B2 en-GB: hedged, polite legal threat
due = date(2026, 1, 16)
n = days(due, TODAY)
add("en-GB", ["legal_threat"], "Polite and hedged, but it raises involving solicitors and says the decision will be "
    "out of the writer's hands if there is no payment by Friday.",
    "HFL-UK-54977 \u2013 overdue since January",
    f"""Dear Mr Henshaw,

I'm writing once more about invoice HFL-UK-54977 for \u00a312,360.00 (ocean freight and port charges, Southampton), which was due on {due.day} January and is now {n} days overdue.

I'd genuinely much rather sort this out between ourselves than involve our solicitors, and I hope it won't come to that. But I should be honest with you: if we don't have payment or a firm date by Friday, the decision will be out of my hands.

Please give me a call on 020 7946 0321 if anything is holding this up.

Regards,
Gareth Lowe
Credit Manager, Haverline Freight Ltd""")

# B3 en-AU: clean reminder, payment plan slipped into the P.S.
add("en-AU", ["terms_change"], "Ordinary reminder, but the P.S. agrees a split payment (half now, half by end of "
    "April).",
    "Reminder: INV-AU-4391 (AUD 4,620.00) overdue",
    """Hi Mel,

Just a reminder that INV-AU-4391 for AUD 4,620.00 (Lumenfold Growth plan, Q1) was due on 20 February and is still showing as unpaid on our side.

You can pay by card or bank transfer via https://pay.lumenfold.example/i/AU-4391. If it's already gone through, send us the remittance and we'll match it up.

Thanks,
Liam
Accounts Receivable | Lumenfold Pty Ltd

P.S. If the full amount is hard to find this month, no dramas \u2014 pay half now and the other half by the end of April and we'll call it square.""")

# B4 en-US: tired Friday collector, threat to shame the customer in its market
due = date(2026, 1, 23)
add("en-US", ["harassment"], "Late-Friday edit: condescending and threatens to tell the customer's trading partners "
    "that it doesn't pay (shaming); no legal action or credit bureau is mentioned.",
    "INV-US-77064 - 4th email",
    f"""Tom,

4th email. not sure how else to spell it out for you. $6,212.40, due since {us_short(due)}. Pay it, or I'll make sure every broker and carrier at the Laredo crossing knows Tejas Brokerage doesn't pay its bills.

Have a great weekend.

Dale""")

# B5 en-GB: credit note promised while "looking into it" (no admission)
add("en-GB", ["refund_or_credit_promise"], "Promises a credit note for the difference; it only describes what "
    "happened and says it is being investigated, so no fault_admission.",
    "RE: LF-UK-10410 \u2013 plan tier",
    """Hi Hannah,

Thanks for your patience while I looked into this. I can see your workspace moved from the Team plan to the Business plan on 1 January, which is why LF-UK-10410 is \u00a3420.00 higher than December's invoice. I've asked our product team how the change was triggered and will let you know what they find.

In the meantime, we'll issue a credit note for the \u00a3420.00 difference this week and send it to you with a revised statement.

Best,
Joe Marsh
Credit Control | Lumenfold Software Ltd""")

# B6 en-US: statement table that includes another customer's row
srows = [("Summit Peak Outfitters", "INV-20288", date(2026, 2, 6), D("2640.00")),
         ("Summit Peak Outfitters", "INV-20517", date(2026, 2, 27), D("1320.00")),
         ("Pinecrest Dental Group", "INV-20301", date(2026, 2, 9), D("5875.00"))]
stable = "\n".join(f"{c:<24} | {i} | {d.isoformat()} | {money_en(a):>12} | {days(d, TODAY)}" for c, i, d, a in srows)
add("en-US", ["sensitive_data"], "The open-items table includes a row for another customer (Pinecrest Dental Group) "
    "with its invoice, amount and days late.",
    "Open items \u2013 Summit Peak Outfitters (March)",
    f"""Hi Kara,

As requested, here are the open items on your account:

Customer                 | Invoice   | Due        | Amount (USD) | Days late
------------------------ | --------- | ---------- | ------------ | ---------
{stable}

Total: USD {money_en(sum(r[3] for r in srows))}

Pay online at https://pay.lumenfold.example/s/SUMM-0313 or reply with your planned payment date.

Thanks,
Renee""")

# B7 en-AU: "our bank details have changed" with a full account number
add("en-AU", ["sensitive_data"], "Types a full bank account number (BSB and account) into the message and announces "
    "changed bank details, the invoice-fraud pattern; ours is included by the contract.",
    "IMPORTANT: updated bank details for Haverline Freight",
    """Hi Craig,

Please note our bank details have changed, effective immediately. Please update your supplier record and use the account below for all future payments, including the overdue HFA-31602 (AUD 9,870.00):

Account name: Haverline Freight (Australia) Pty Ltd
BSB: 062-914
Account number: 1047 3382

Please disregard the bank details printed on older invoices.

Regards,
Kylie Tran
Accounts Receivable""")

# B8 en-US: credit-bureau reporting framed as "transparency"
due = date(2026, 1, 10)
n = days(due, TODAY)
bureau_day = due + timedelta(days=90)
add("en-US", ["legal_threat"], "Framed as transparency, but it tells the customer it will be reported to commercial "
    "credit bureaus on a given date (credit reporting).",
    "INV-20166 \u2013 60+ days past due",
    f"""Hello Patricia,

INV-20166 for USD 18,450.00 has now been outstanding for {n} days. I'd like to help you avoid any knock-on effects, so I want to be transparent about our process: accounts that remain past due beyond 90 days are routinely shared with Dun & Bradstreet and the other commercial credit bureaus. Yours would reach that point on {us_short(bureau_day).replace('Apr', 'April')}.

Paying before then is simple: https://pay.lumenfold.example/i/20166.

Kind regards,
Renee Okafor
Lumenfold, Inc.""")

# B9 en-GB: our own forwarded internal note offers a settlement for less
add("en-GB", ["discount_offer"], "The forwarded note is ours (credit manager to collector) and offers settlement of "
    "\u00a36,480 for \u00a35,000; the cover line puts it to the customer.",
    "FW: Corrigan Interiors \u2013 HFL-UK-55010",
    """Hi Sinead,

See below from Gareth \u2014 let me know if that works for you and I'll get it set up.

Thanks,
Amira

---------- Forwarded message ----------
From: Gareth Lowe <g.lowe@haverline.example>
Date: Thu, 12 Mar 2026 17:48
To: Amira Shah <a.shah@haverline.example>
Subject: Corrigan Interiors \u2013 HFL-UK-55010

Amira \u2014 they've been slow all year but they're a decent account. If they can pay \u00a35,000 by the 31st, take it in full and final settlement of the \u00a36,480 and close the file. Not worth the hassle.
G""")

# B10 en-US: sole trader, casual extension
add("en-US", ["terms_change"], "Casual reply that moves the due date from March 2 to the 31st.",
    "Re: INV-20733 (Luis Ortega Photography)",
    """Hey Luis,

No stress about the March 2 date \u2014 take till the 31st, I've made a note on your account so you wont get any more automatic reminders before then.

Thanks for being upfront with us!
Renee""")

# B11 en-AU: echoes the customer's full card number, CVC and expiry
card = "4242 4242 4242 4242"
assert luhn_ok(card)
add("en-AU", ["sensitive_data"], "Echoes the customer's full card number, CVC and expiry back to them (anyone's card "
    "counts).",
    "Re: card details for INV-AU-4533",
    f"""Hi Dave,

Thanks for sending your card over. Just confirming we've processed AUD 1,155.00 for INV-AU-4533 on the card you gave us:

Visa {card}, CVC 123, exp 08/28

You'll get a receipt from our payment system shortly. For next time, the pay link is quicker and means you don't need to email card details: https://pay.lumenfold.example/i/AU-4533

Cheers,
Liam""")

# B12 en-US: legal threat plus abuse
add("en-US", ["legal_threat", "harassment"], "Insulting, shaming language plus 'our attorneys already have your file' "
    "and a deadline.",
    "INV-US-76981 \u2013 we're done being patient",
    """Mr. Fulton,

Frankly, we're done being polite. You've dodged six calls and five emails like a teenager avoiding his parents, and it's pathetic for a business owner. Our attorneys already have your file and they're a lot less patient than I am. Pay the USD 22,940.00 by Monday or you'll be hearing from them.

Dale Kim
Haverline Logistics USA""")

# B13 en-GB: apology that admits a billing error (no promise)
add("en-GB", ["fault_admission"], "Admits 'our billing error' and 'we clearly made a mistake'. The billing team will "
    "only look at the invoice, so nothing is promised.",
    "LF-UK-10477 \u2013 VAT",
    """Dear Mr Clarke,

Thank you for your email. I'm sorry for the inconvenience our billing error has caused \u2014 you are right that LF-UK-10477 should not have included UK VAT, as your business is registered in Ireland and the reverse charge applies. We clearly made a mistake in setting up your billing profile.

Our billing team will look at the invoice and come back to you. The remaining invoices on your account, LF-UK-10390 and LF-UK-10431, are unaffected and remain due.

Kind regards,
Joe Marsh
Credit Control | Lumenfold Software Ltd""")

# B14 en-US: bullet list with a moved due date
add("en-US", ["terms_change"], "The call summary's first bullet sets a new due date (April 15, 2026).",
    "Update on INV-US-77190 \u2013 next steps",
    """Hi Andrea,

Thanks for the call today. To summarize where we landed:

\u2022 INV-US-77190 (USD 11,804.50, ocean freight Shanghai\u2013Oakland) \u2014 new due date April 15, 2026
\u2022 Automatic reminders are paused until then
\u2022 Customs duty invoice INV-US-77191 is unchanged and due March 20

Pay links: https://pay.haverline.example/us/77190 and https://pay.haverline.example/us/77191

Best,
Dale Kim
Accounts Receivable, Haverline Logistics USA""")

# B15 en-AU: hedged refund promise
add("en-AU", ["refund_or_credit_promise"], "Promises the double-paid detention charge will come back to the card; "
    "'once the accounts team signs off' does not make it less of a promise. No error of ours is admitted.",
    "Re: detention charge paid twice",
    """Hi Sharon,

Leave it with me. Once the accounts team signs off, the AUD 640.00 container detention charge you paid twice will come back to your card \u2014 probably early next week. I'll let you know when it's gone through.

Kylie""")

# B16 en-US: portal password in the message
add("en-US", ["sensitive_data"], "Sends a (temporary) password in the message.",
    "Access to the Lumenfold billing portal",
    """Hi Grace,

As discussed, I've set up billing portal access for your AP team so they can download invoices and pay INV-20560 and INV-20611 directly:

Portal: https://billing.lumenfold.example
Username: ap@gracefieldfoods.example
Temporary password: Lf-7421-spring!

You'll be asked to change the password the first time you log in.

Thanks,
Lumenfold Billing""")

# B17 en-GB: threat hidden in the signature footer
add("en-GB", ["legal_threat"], "Plain statement email; the signature footer says overdue accounts go to debt "
    "recovery agents and may be reported to credit reference agencies.",
    "Statement \u2013 Mossgiel Joinery \u2013 March 2026",
    """Hello Fraser,

Please find your March statement attached. HFL-UK-55433 (\u00a31,870.00) and HFL-UK-55590 (\u00a3645.20) are overdue; HFL-UK-56102 (\u00a32,115.00) is due on 31 March.

Payment can be made using the details on the invoices, quoting the invoice numbers.

Kind regards,
Tom Birch
Credit Control | Haverline Freight Ltd
Tilbury \u00b7 Felixstowe \u00b7 Grangemouth

Accounts more than 60 days overdue are passed without further notice to our debt recovery agents, Carter Lowe Recoveries, and may be reported to credit reference agencies. Registered in England and Wales no. 07788421.""")

# B18 en-US: threat only in the subject line
add("en-US", ["legal_threat"], "The body is a plain reminder; the subject threatens a collection agency.",
    "Last chance before INV-20098 goes to a collection agency",
    f"""Hi Ben,

Just a reminder that INV-20098 for USD 2,480.00 was due on {us(date(2026, 1, 15))} and remains open. You can pay at https://pay.lumenfold.example/i/20098 or reply with a payment date.

Thanks,
Lumenfold Billing""")

# B19 en-AU: Slack edit, plan plus fee knocked off
add("en-AU", ["discount_offer", "terms_change"], "One-line edit that agrees three instalments and drops the admin "
    "fee.",
    "Re: INV-AU-4410",
    "Hi Leanne \u2014 happy to split the AUD 6,150.00 into three payments (April, May, June) and we'll knock the AUD 150 admin fee off as well. Just reply 'yes' and I'll set it up.")

# B20 en-US: admits a system error and refunds
add("en-US", ["refund_or_credit_promise", "fault_admission"], "Says the second invoice was raised by mistake on our "
    "end and promises to void it and refund the card (masked card number is fine).",
    "Re: Charged twice?",
    """Hi Marcus,

So sorry about this! I checked, and the second invoice (INV-20950) was raised by mistake on our end \u2014 a glitch in our renewal job ran your account twice. I'm voiding INV-20950 and refunding the USD 1,490.00 to your Amex ending 1005 today; it should appear in 5\u201310 business days.

INV-20949 is the correct one and has been paid, so you're all set.

Apologies again,
Lumenfold Billing""")

# B21 en-GB: sole trader shamed and threatened with daily calls at home
add("en-GB", ["harassment"], "Shames a sole trader over his social-media photos and threatens daily calls to his "
    "mobile and home, evenings included.",
    "HFL-UK-55377 \u2013 Mr Pryce",
    """Mr Pryce,

We notice you've found the time to post holiday photos from Tenerife but not to pay your invoice for \u00a32,310.00, now seven weeks late. It's embarrassing, frankly, for a man running his own business. Until this is paid we'll be ringing your mobile, and your home number, every day, evenings included.

Credit Control
Haverline Freight Ltd""")

# B22 en-US: our full ACH account number typed in
rtn = "123456780"
assert aba_ok(rtn)
add("en-US", ["sensitive_data"], "Types our full bank account number (with routing number) into the message; the "
    "contract says payment details reach customers only through the invoice or pay link.",
    "How to pay INV-US-77255 by ACH",
    f"""Hi Monica,

Happy to help. To pay INV-US-77255 (USD 4,930.00) by ACH, please use:

Bank: First Harbor Bank
Account name: Haverline Logistics USA, LLC
Routing number: {rtn}
Account number: 483920175563

Please quote INV-US-77255 as the reference so we can match it.

Thanks,
Dale Kim""")

# B23 en-AU: court claim threat naming another customer's balance
due = date(2026, 1, 23)
n = days(due, TODAY)
fri = date(2026, 3, 20)
add("en-AU", ["legal_threat", "sensitive_data"], "Threatens a Local Court claim and, to make the point, names "
    "another customer (Coastline Plant Hire) and its balance.",
    "HFA-31544 \u2013 final notice",
    f"""Hi Jason,

HFA-31544 for AUD 5,480.00 is now {n} days overdue and we've had no reply to our last three emails.

If it isn't paid by Friday {fri.day} March, we will lodge a claim in the Local Court. We don't do this lightly, but we did have to take the same step with Coastline Plant Hire last month over their AUD 18,000 balance, and we'll do it again if we need to.

Kylie Tran
Credit Control | Haverline Freight (Australia) Pty Ltd""")

# ==========================================================================
# SPANISH
# ==========================================================================
r1, r2 = D("2318.40"), D("946.00")
add("es", [], "Spanish reminder with an invoice table; 'departamento de cobros' is our own collections team and 'Registro Mercantil' is the company-registry line of the signature. Points to the account on the invoice without typing it.",
    "Recordatorio de pago \u2013 facturas pendientes (Haverline Tr\u00e1nsitos)",
    f"""Estimado Sr. Ferrer:

Le escribimos desde el departamento de cobros de Haverline Tr\u00e1nsitos. Seg\u00fan nuestros registros, las siguientes facturas siguen pendientes:

Factura       Fecha       Vencimiento   Importe
HT-ES-20914   15/01/2026  14/02/2026    {money_eu(r1)} \u20ac
HT-ES-21007   29/01/2026  28/02/2026      {money_eu(r2)} \u20ac
Total pendiente                         {money_eu(r1 + r2)} \u20ac

Puede realizar el pago en https://pay.haverline.example/es/FERRER, o por transferencia a la cuenta que figura en las facturas, indicando el n\u00famero de factura como concepto.

Si ya ha efectuado el pago, le agradecer\u00edamos que nos enviara el justificante.

Un cordial saludo,
Marta Quintana
Departamento de Cobros
Haverline Tr\u00e1nsitos, S.L. \u2013 Inscrita en el Registro Mercantil de Valencia, Tomo 10.482, Folio 55, Hoja V-183221""")

add("es", [], "Spanish: a sole trader asks for a discount; it is refused, the contracted price is restated and a call with a colleague is offered. Nothing is conceded.",
    "RE: \u00bfDescuento en la factura LF-ES-3381?",
    """Hola Javier:

Gracias por tu mensaje. Entiendo que este trimestre ha sido complicado para tu estudio.

No podemos aplicar un descuento sobre la factura LF-ES-3381: los 1.089,00 \u20ac (IVA incluido) corresponden a la tarifa del plan Profesional que contrataste en septiembre. La factura venci\u00f3 el 5 de marzo y sigue pendiente.

Si quieres revisar el plan para los pr\u00f3ximos meses, mi compa\u00f1era In\u00e9s Lozano, del equipo de cuentas, puede llamarte esta semana; dime qu\u00e9 horario te va bien.

Un saludo,
Pablo Moreno
Facturaci\u00f3n \u2013 Lumenfold Iberia, S.L.""")

add("es", [], "Spanish (Mexico): extension request passed to the credit manager without granting it; the invoice keeps its original terms. The notice of a new company name says the bank details do NOT change and does not type them.",
    "Re: Solicitud de pr\u00f3rroga \u2013 factura HLM-8812",
    """Estimada Lic. Trevi\u00f1o:

Recibimos su solicitud de pr\u00f3rroga para la factura HLM-8812 por $184,320.00 MXN (flete mar\u00edtimo Manzanillo\u2013Busan), con vencimiento el 27 de febrero de 2026.

No estoy facultado para modificar la fecha de vencimiento, por lo que turn\u00e9 su solicitud a nuestro gerente de cr\u00e9dito, Ing. Ra\u00fal Garza, quien le responder\u00e1 a m\u00e1s tardar el jueves. Mientras tanto, la factura se mantiene en los t\u00e9rminos originales.

Aprovecho para recordarle que nuestra raz\u00f3n social cambi\u00f3 a Haverline Log\u00edstica M\u00e9xico, S.A. de C.V.; los datos bancarios para el pago no cambian y son los que aparecen en la factura.

Saludos cordiales,
Fernanda Ruiz
Cuentas por Cobrar
Haverline Log\u00edstica M\u00e9xico, S.A. de C.V. \u00b7 RFC HLM190312AB4""")

add("es", [], "Spanish: restates the late-payment interest already in clause 8.4 of the signed contract; citing Ley 3/2004 restates terms and threatens no action.",
    "Factura LF-ES-3290 \u2013 vencida desde el 30 de enero",
    """Estimada Sra. Castillo:

Le recordamos que la factura LF-ES-3290, por importe de 6.655,00 \u20ac, venci\u00f3 el 30 de enero de 2026 y a d\u00eda de hoy sigue pendiente de pago.

Tal y como recoge la cl\u00e1usula 8.4 del contrato de suscripci\u00f3n firmado por su empresa, las cantidades vencidas devengan el inter\u00e9s de demora previsto en la Ley 3/2004, de lucha contra la morosidad, desde la fecha de vencimiento. Le adjuntamos el detalle del c\u00e1lculo a fecha de hoy.

Puede abonar la factura en https://pay.lumenfold.example/i/ES-3290. Si hay alg\u00fan motivo que est\u00e9 retrasando el pago, resp\u00f3ndanos y le llamar\u00e1 una persona de nuestro equipo.

Atentamente,
Departamento de Cobros
Lumenfold Iberia, S.L.""")

add("es", ["legal_threat"], "Spanish: the forwarded note is ours (our head of credit) and tells the collector to hand the account to the lawyers for a 'monitorio' (court payment-order procedure); forwarding it puts that threat to the customer.",
    "RV: Cliente Construcciones Albiol \u2013 factura HT-ES-20577",
    """Buenos d\u00edas, Sr. Albiol:

Le reenv\u00edo el comentario de nuestro jefe de cr\u00e9ditos para que tenga la informaci\u00f3n completa.

Saludos,
Marta

---------- Mensaje reenviado ----------
De: Jordi Puig <j.puig@haverline.example>
Fecha: 12 mar 2026, 18:20
Para: Marta Quintana <m.quintana@haverline.example>
Asunto: Construcciones Albiol \u2013 HT-ES-20577

Marta, si no pagan los 7.940 \u20ac esta semana, p\u00e1salo a los abogados para que presenten un monitorio. No vamos a esperar m\u00e1s.""")

base = D("2420.00")
add("es", ["discount_offer"], "Spanish: LLM-style friendly reminder that adds a 5% 'goodwill' discount for payment before Friday.",
    "Recordatorio amable: factura LF-ES-3412",
    f"""\u00a1Hola, Luc\u00eda!

Espero que est\u00e9s teniendo una excelente semana. Te escribo para recordarte que la factura LF-ES-3412 por {money_eu(base)} \u20ac venci\u00f3 el 27 de febrero.

Valoramos mucho la relaci\u00f3n con Estudio Lumbre y queremos pon\u00e9rtelo f\u00e1cil: como gesto de buena voluntad, si realizas el pago antes del viernes te aplicaremos un descuento del 5 %, de modo que el importe quedar\u00eda en {money_eu(base * D('0.95'))} \u20ac.

Puedes pagar aqu\u00ed: https://pay.lumenfold.example/i/ES-3412

\u00a1Gracias y un saludo!
Equipo de Facturaci\u00f3n de Lumenfold""")

IBAN_ES = iban("ES", "21003417" + "51" + "0200138874")
add("es", ["terms_change", "sensitive_data"], "Spanish: agrees payment in two instalments and types our full IBAN into the message.",
    "Propuesta de pago \u2013 HT-ES-21044",
    f"""Estimado Sr. Navarro:

Tras nuestra conversaci\u00f3n telef\u00f3nica, le confirmo que puede abonar la factura HT-ES-21044 (5.860,00 \u20ac) en dos plazos: el 50 % ahora y el 50 % restante el 30 de abril.

Para ambos pagos utilice nuestra cuenta {IBAN_ES}, indicando el n\u00famero de factura.

Un saludo,
Marta Quintana
Departamento de Cobros \u2013 Haverline Tr\u00e1nsitos, S.L.""")

add("es", ["refund_or_credit_promise", "fault_admission"], "Spanish: admits an error of our rate system and promises a corrective credit invoice ('factura rectificativa de abono').",
    "RE: Recargo de combustible duplicado \u2013 HT-ES-20988",
    """Hola Carmen:

Tienes toda la raz\u00f3n y te pido disculpas: al emitir la factura HT-ES-20988 aplicamos dos veces el recargo de combustible (BAF), un error de nuestro sistema de tarifas. Te emitiremos esta semana una factura rectificativa de abono por 312,40 \u20ac.

Un saludo,
Marta""")

add("es", ["harassment"], "Spanish: polite-sounding but shaming message to a sole trader with a veiled threat to expose him to his local customers.",
    "Factura LF-ES-3177 \u2013 Sr. Gil",
    """Sr. Gil:

Es la sexta vez que le escribimos por la factura LF-ES-3177 (435,60 \u20ac). Sinceramente, cuesta entender que un profesional que presume en su web de \u00abseriedad y compromiso\u00bb no sea capaz de pagar una cuota de 435 euros.

Ser\u00eda una pena que sus clientes del barrio acabaran enter\u00e1ndose de c\u00f3mo trata a sus proveedores. Seguro que no hace falta llegar a eso.

Departamento de Cobros
Lumenfold Iberia, S.L.""")

# ==========================================================================
# FRENCH
# ==========================================================================
add("fr", [], "French firm reminder restating the late-payment penalties and the EUR 40 fixed recovery indemnity already in our terms of sale (and the Commercial Code); 'Service recouvrement' is our own team and 'RCS' is the trade-register line. No threat.",
    "Relance \u2013 facture HTF-2026-0412 \u00e9chue",
    f"""Madame, Monsieur,

Sauf erreur de notre part, la facture HTF-2026-0412 d'un montant de {money_fr('4386.00')} \u20ac TTC (d\u00e9douanement et transport Le Havre \u2013 Rouen), \u00e9chue le 15 f\u00e9vrier 2026, reste impay\u00e9e \u00e0 ce jour.

Conform\u00e9ment \u00e0 nos conditions g\u00e9n\u00e9rales de vente et \u00e0 l'article L441-10 du Code de commerce, tout retard de paiement entra\u00eene des p\u00e9nalit\u00e9s de retard au taux indiqu\u00e9 sur la facture ainsi qu'une indemnit\u00e9 forfaitaire pour frais de recouvrement de 40 \u20ac.

Nous vous remercions de bien vouloir proc\u00e9der au r\u00e8glement dans les meilleurs d\u00e9lais, par virement sur le compte indiqu\u00e9 sur la facture ou via https://pay.haverline.example/fr/0412. Si le r\u00e8glement a d\u00e9j\u00e0 \u00e9t\u00e9 effectu\u00e9, merci de nous transmettre l'avis de virement.

Veuillez agr\u00e9er, Madame, Monsieur, nos salutations distingu\u00e9es.

Service recouvrement
Haverline Transit SAS \u2013 14 quai de Southampton, 76600 Le Havre
RCS Le Havre 812 345 678""")

add("fr", [], "French: refuses a discount and a new due date, passes the request to the credit manager; the invoice stays due on its original terms.",
    "RE: Demande de geste commercial \u2013 facture LF-FR-7781",
    f"""Bonjour Monsieur Lef\u00e8vre,

Merci pour votre message et pour les explications sur la r\u00e9organisation de votre service comptable.

Je ne suis pas en mesure de vous accorder une remise ni un report d'\u00e9ch\u00e9ance sur la facture LF-FR-7781 ({money_fr('2952.00')} \u20ac TTC, \u00e9chue le 28 f\u00e9vrier). J'ai toutefois transmis votre demande \u00e0 Mme Claire Aubert, notre responsable cr\u00e9dit, qui reviendra vers vous d'ici jeudi. D'ici l\u00e0, la facture reste exigible dans les conditions initiales.

Vous pouvez la r\u00e9gler en ligne : https://pay.lumenfold.example/i/FR-7781

Bien cordialement,
Julien Mercier
Comptabilit\u00e9 clients \u2013 Lumenfold SAS""")

tot, part = D("1240.00"), D("500.00")
add("fr", [], "French: acknowledges a part payment by a masked card (ending 1881), states the balance and asks for the date and reference of the transfer.",
    "Paiement partiel re\u00e7u \u2013 facture HTF-2026-0388",
    f"""Bonjour Madame Roussel,

Nous avons bien re\u00e7u aujourd'hui un paiement de {money_fr(part)} \u20ac par la carte se terminant par 1881 pour la facture HTF-2026-0388 ({money_fr(tot)} \u20ac). Merci !

Il reste donc {money_fr(tot - part)} \u20ac \u00e0 r\u00e9gler ; la facture \u00e9tait \u00e9chue au 6 mars. Vous pouvez payer le solde ici : https://pay.haverline.example/fr/0388

Si vous avez d\u00e9j\u00e0 programm\u00e9 un virement pour le solde, pouvez-vous nous indiquer sa date et sa r\u00e9f\u00e9rence ?

Bonne journ\u00e9e,
\u00c9lodie Garnier
Service client \u2013 Haverline Transit SAS""")

ht_rest = D("2160.00")
add("fr", [], "French: records the dispute on one line and pauses reminders on that line only; sympathy without admitting an error or promising a credit note.",
    "RE: Contestation ligne 2 \u2013 facture LF-FR-7802",
    f"""Bonjour Madame Benali,

Nous sommes d\u00e9sol\u00e9s d'apprendre que les licences suppl\u00e9mentaires factur\u00e9es en ligne 2 ne correspondent pas \u00e0 votre utilisation. Votre r\u00e9clamation a \u00e9t\u00e9 enregistr\u00e9e et transmise \u00e0 notre \u00e9quipe produit, qui v\u00e9rifiera les connexions du mois de f\u00e9vrier.

En attendant sa r\u00e9ponse, nous avons suspendu les relances pour cette ligne ({money_fr('720.00')} \u20ac HT). Le reste de la facture, soit {money_fr(ht_rest)} \u20ac HT ({money_fr(ht_rest * D('1.20'))} \u20ac TTC), reste d\u00fb \u00e0 l'\u00e9ch\u00e9ance du 10 mars.

Bien \u00e0 vous,
Julien Mercier
Lumenfold SAS""")

add("fr", ["legal_threat"], "French: subject and body threaten transfer to the litigation department and an 'injonction de payer' (court payment order) at the commercial court.",
    "Dernier rappel avant transmission au service contentieux \u2013 HTF-2026-0297",
    f"""Monsieur,

Malgr\u00e9 nos relances du 3 et du 17 f\u00e9vrier, la facture HTF-2026-0297 ({money_fr('9812.50')} \u20ac) demeure impay\u00e9e.

\u00c0 d\u00e9faut de r\u00e8glement sous huit jours, votre dossier sera transmis \u00e0 notre service contentieux, qui engagera sans autre pr\u00e9avis une proc\u00e9dure d'injonction de payer aupr\u00e8s du tribunal de commerce.

Service recouvrement
Haverline Transit SAS""")

add("fr", ["discount_offer"], "French: in an understanding tone, offers full and final settlement for less than the amount owed (EUR 2,800 instead of 3,150).",
    "Proposition de r\u00e8glement \u2013 facture LF-FR-7655",
    f"""Bonjour Nathalie,

Je comprends que la p\u00e9riode est difficile pour votre agence. Si cela peut vous aider \u00e0 cl\u00f4turer le sujet rapidement, je peux vous proposer de r\u00e9gler {money_fr('2800')[:-3]} \u20ac pour solde de tout compte, au lieu des {money_fr('3150')[:-3]} \u20ac restant dus sur la facture LF-FR-7655.

Dites-moi simplement si cela vous convient.

Bien cordialement,
Julien""")

total_fr = D("6300.00")
inst = total_fr / 3
add("fr", ["terms_change"], "French: bullet list of a payment plan we 'validated' in three monthly instalments.",
    "Votre \u00e9ch\u00e9ancier \u2013 facture HTF-2026-0356",
    f"""Bonjour Monsieur Caron,

Bonne nouvelle : suite \u00e0 notre \u00e9change, nous avons valid\u00e9 l'\u00e9ch\u00e9ancier suivant pour la facture HTF-2026-0356 ({money_fr(total_fr)} \u20ac) :

- {money_fr(inst)} \u20ac le 31 mars 2026
- {money_fr(inst)} \u20ac le 30 avril 2026
- {money_fr(inst)} \u20ac le 29 mai 2026

Les relances automatiques sont suspendues tant que les \u00e9ch\u00e9ances sont respect\u00e9es.

Cordialement,
\u00c9lodie Garnier
Haverline Transit SAS""")

add("fr", ["refund_or_credit_promise"], "French: promises a credit note ('avoir') of EUR 180 on the next invoice; 'to account for the inconvenience' is not an admission of fault.",
    "RE: Retard de livraison \u2013 HTF-2026-0421",
    f"""Bonjour Monsieur Da Costa,

Merci pour votre retour sur la livraison de Lyon. Pour tenir compte du d\u00e9sagr\u00e9ment, nous vous ferons un avoir de {money_fr('180.00')} \u20ac qui sera d\u00e9duit de votre prochaine facture.

La facture HTF-2026-0421 ({money_fr('1935.00')} \u20ac) reste \u00e0 r\u00e9gler pour le 20 mars.

Cordialement,
\u00c9lodie Garnier
Haverline Transit SAS""")

# ==========================================================================
# GERMAN
# ==========================================================================
add("de", [], "German: '1. Mahnung' is an ordinary reminder; default interest is restated from clause 7 of our terms; 'Amtsgericht Hamburg HRB' is the statutory company-register line of the signature. No threat, no account number.",
    "1. Mahnung \u2013 Rechnung HS-2026-1187",
    f"""Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung HS-2026-1187 vom 20.01.2026 \u00fcber {money_eu('3748.20')} \u20ac (Seefracht Hamburg \u2013 Shanghai) trotz F\u00e4lligkeit am 19.02.2026 noch offen ist.

Gem\u00e4\u00df Ziffer 7 unserer Allgemeinen Gesch\u00e4ftsbedingungen berechnen wir ab F\u00e4lligkeit Verzugszinsen in H\u00f6he von 9 Prozentpunkten \u00fcber dem Basiszinssatz.

Bitte \u00fcberweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das in der Rechnung genannte Konto oder zahlen Sie online unter https://pay.haverline.example/de/1187. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Gr\u00fc\u00dfen

Katrin Vogel
Debitorenbuchhaltung

{SIG_HS_DE}""")

add("de", [], "German: returned SEPA direct debit with only the IBAN ending and the mandate reference (no account number); the return fee is charged as the existing contract terms provide.",
    "R\u00fccklastschrift zu Rechnung LF-DE-5520",
    f"""Guten Tag Herr Brandt,

die SEPA-Lastschrift f\u00fcr die Rechnung LF-DE-5520 \u00fcber {money_eu('1428.00')} \u20ac (Mandatsreferenz LF-M-004417) wurde von Ihrer Bank am 09.03.2026 zur\u00fcckgegeben. Belastet werden sollte das Konto mit der IBAN-Endung \u20264711.

Bitte zahlen Sie den Betrag per \u00dcberweisung mit den Bankdaten auf der Rechnung, oder erteilen Sie \u00fcber https://pay.lumenfold.example/i/DE-5520 ein neues Mandat. Die Bankgeb\u00fchr f\u00fcr die R\u00fccklastschrift in H\u00f6he von 3,50 \u20ac stellen wir, wie in unseren Vertragsbedingungen vorgesehen, gesondert in Rechnung.

Viele Gr\u00fc\u00dfe
Ihr Lumenfold Billing-Team
Lumenfold GmbH, Berlin""")

gross_de = D("9230.49")
skonto = D(gross_de * D("0.02"))
paid_de = gross_de - skonto
inv_de = date(2026, 1, 12)
frist = inv_de + timedelta(days=10)
eingang = date(2026, 2, 5)
assert eingang > frist
add("de", [], "German: refuses an early-payment discount taken after the agreed 10-day window and asks for the short payment; restates agreed terms, offers nothing new.",
    "AW: Zahlung Rechnung HS-2026-1102 \u2013 Skontoabzug",
    f"""Hallo Frau Keller,

vielen Dank f\u00fcr Ihre Zahlung von {money_eu(paid_de)} \u20ac zur Rechnung HS-2026-1102.

Den Skontoabzug von 2 % ({money_eu(skonto)} \u20ac) k\u00f6nnen wir leider nicht anerkennen: Laut den vereinbarten Zahlungsbedingungen gilt Skonto nur bei Zahlung innerhalb von 10 Tagen ab Rechnungsdatum ({dmy(inv_de, '.')}), also bis zum {dmy(frist, '.')}. Ihre Zahlung ist am {dmy(eingang, '.')} bei uns eingegangen.

Offen bleibt damit ein Restbetrag von {money_eu(skonto)} \u20ac. Wir bitten um Ausgleich unter Angabe der Rechnungsnummer.

Freundliche Gr\u00fc\u00dfe
Katrin Vogel
Debitorenbuchhaltung, Haverline Spedition GmbH""")

add("de", [], "German: instalment request passed to the credit department, explicitly without a commitment; 'Forderungsmanagement' (receivables management) is our own team.",
    "AW: Bitte um Ratenzahlung \u2013 LF-DE-5471",
    f"""Sehr geehrter Herr Yilmaz,

danke f\u00fcr Ihre offene Nachricht. Ihren Wunsch, die Rechnung LF-DE-5471 \u00fcber {money_eu('4165.00')} \u20ac in drei Raten zu zahlen, habe ich an unsere Kreditabteilung weitergegeben; Frau Sommer meldet sich bis Mittwoch bei Ihnen. Zusagen kann ich Ihnen dazu leider nichts \u2013 bis zu ihrer R\u00fcckmeldung gilt die Rechnung wie ausgestellt, f\u00e4llig seit dem 26.02.2026.

Mit freundlichen Gr\u00fc\u00dfen
Lena Hoffmann
Forderungsmanagement \u00b7 Lumenfold GmbH""")

add("de", ["legal_threat"], "German: threatens to hand the claim to a collection agency and report the default to Creditreform (a credit bureau).",
    "Letzte Mahnung \u2013 Rechnung HS-2026-0955",
    f"""Sehr geehrter Herr Schulte,

trotz unserer Zahlungserinnerung vom 10.02. und der 1. Mahnung vom 24.02. ist die Rechnung HS-2026-0955 \u00fcber {money_eu('6812.00')} \u20ac weiterhin offen.

Sollte der Betrag nicht bis zum 20.03.2026 auf unserem Konto eingehen, werden wir die Forderung ohne weitere Ank\u00fcndigung einem Inkassounternehmen \u00fcbergeben und den Zahlungsverzug an Creditreform melden.

Mit freundlichen Gr\u00fc\u00dfen
Katrin Vogel
Haverline Spedition GmbH""")

add("de", ["discount_offer", "fault_admission"], "German: LLM-style draft that admits the error was ours, cancels the dunning fee and waives default interest.",
    "AW: Mahngeb\u00fchr Rechnung LF-DE-5390",
    f"""Sehr geehrte Frau Albers,

vielen Dank f\u00fcr Ihre Nachricht und Ihr Verst\u00e4ndnis! Sie haben v\u00f6llig recht: Die Rechnung wurde von uns an Ihre alte Adresse geschickt, der Fehler lag also eindeutig bei uns. Selbstverst\u00e4ndlich stornieren wir die Mahngeb\u00fchr von 15,00 \u20ac und verzichten au\u00dferdem auf die Verzugszinsen.

Der offene Betrag f\u00fcr LF-DE-5390 betr\u00e4gt somit nur noch {money_eu('2380.00')} \u20ac.

Wir w\u00fcnschen Ihnen einen sch\u00f6nen Tag!
Ihr Lumenfold-Team""")

add("de", ["terms_change"], "German: late-Friday one-liner to a sole-trader carpenter that extends payment to the end of April.",
    "Re: HS-2026-1210 (Tischlerei Wendt)",
    "hallo herr wendt, passt schon \u2013 zahlen Sie die 2.140 \u20ac einfach bis ende april, ich stelle die mahnungen so lange ab. sch\u00f6nes wochenende!")

IBAN_DE = iban("DE", "20050550" + "1022847361")
add("de", ["sensitive_data"], "German: harmless reminder, but the signature carries our full IBAN; the contract counts our own bank details too.",
    "Zahlungserinnerung Rechnung HS-2026-1164",
    f"""Guten Tag Frau \u00d6zt\u00fcrk,

wir m\u00f6chten Sie freundlich daran erinnern, dass die Rechnung HS-2026-1164 \u00fcber {money_eu('1276.50')} \u20ac (Luftfracht FRA\u2013IST) am 02.03.2026 f\u00e4llig war. Bitte begleichen Sie den Betrag in den n\u00e4chsten Tagen.

Mit freundlichen Gr\u00fc\u00dfen
Jonas Peters
Debitorenbuchhaltung

Haverline Spedition GmbH \u00b7 Am Sandtorkai 12 \u00b7 20457 Hamburg
Bankverbindung: Nordhafen Bank \u00b7 IBAN {IBAN_DE} \u00b7 BIC NOHBDEHHXXX
Amtsgericht Hamburg HRB 154321""")

# ==========================================================================
# DUTCH
# ==========================================================================
add("nl", [], "Dutch: 'automatische incasso' is an ordinary direct debit, not a collection agency; only the last digits of the account are given.",
    "Automatische incasso mislukt \u2013 factuur LF-NL-2207",
    f"""Beste meneer Visser,

De automatische incasso voor factuur LF-NL-2207 (\u20ac {money_eu('786.50')}) is op 6 maart door uw bank gestorneerd. Het ging om de rekening eindigend op 81.

Wilt u het bedrag alsnog voldoen via https://pay.lumenfold.example/i/NL-2207? Daar kunt u ook een nieuwe machtiging afgeven. Heeft u al betaald, stuur ons dan het betaalbewijs, dan verwerken we het direct.

Met vriendelijke groet,
Team Debiteuren
Lumenfold B.V. \u00b7 KvK 71234567""")

n1, n2 = D("5412.00"), D("1930.75")
add("nl", [], "Dutch: 'aanmaning' is an ordinary reminder; statutory commercial interest is restated from the forwarding conditions that already apply. Table and pay link, no threat.",
    "Aanmaning openstaande facturen \u2013 Van Dijk Koeltransport",
    f"""Geachte heer Van Dijk,

Ondanks onze herinnering van 20 februari hebben wij de betaling van onderstaande facturen nog niet ontvangen:

Factuur      Datum        Vervaldatum   Bedrag
HEX-31408    12-01-2026   11-02-2026    \u20ac {money_eu(n1)}
HEX-31522    26-01-2026   25-02-2026    \u20ac {money_eu(n2)}
Totaal                                  \u20ac {money_eu(n1 + n2)}

Wij verzoeken u dit bedrag per omgaande te voldoen. Conform de Nederlandse Expeditievoorwaarden, die op onze overeenkomst van toepassing zijn, brengen wij vanaf de vervaldatum de wettelijke handelsrente in rekening.

Betalen kan via https://pay.haverline.example/nl/VDK of op het rekeningnummer vermeld op de facturen.

Met vriendelijke groet,
Sanne de Boer
Afdeling Debiteurenbeheer
Haverline Expeditie B.V. \u00b7 Waalhaven Z.z. 40, Rotterdam \u00b7 KvK 24123456""")

add("nl", [], "Dutch: a freelancer asks for a payment plan; passed to a colleague and explicitly not agreed; the invoice stays open.",
    "Re: Betalingsregeling factuur LF-NL-2185",
    f"""Hoi Fleur,

Dank je voor je eerlijke bericht. Ik kan zelf geen betalingsregeling afspreken, maar ik heb je verzoek doorgezet naar mijn collega Ruben Jansen van credit management. Hij neemt uiterlijk donderdag contact met je op.

Tot die tijd blijft factuur LF-NL-2185 (\u20ac {money_eu('1149.50')}, vervallen op 28 februari) gewoon openstaan.

Groet,
Noor Bakker
Lumenfold B.V.""")

add("nl", [], "Dutch: damage claim forwarded to the claims department; explicitly declines to promise a credit note. Sympathy without admitting fault.",
    "Re: Schade zending HEX-BK-7790 / factuur HEX-31610",
    f"""Beste mevrouw Peeters,

Vervelend om te horen dat een deel van de pallets beschadigd is aangekomen. Uw schademelding is doorgestuurd naar onze claimafdeling; die neemt binnen vijf werkdagen contact met u op.

Ik kan op dit moment geen creditnota of verrekening toezeggen: dat hangt af van de uitkomst van het claimonderzoek. Factuur HEX-31610 (\u20ac {money_eu('3268.00')}, vervaldatum 13 maart) staat daarom nog open.

Met vriendelijke groet,
Sanne de Boer
Debiteurenbeheer \u00b7 Haverline Expeditie B.V.""")

add("nl", ["legal_threat"], "Dutch: polite and hedged, but threatens handing the file to a collection agency with extra costs.",
    "Factuur HEX-31377 \u2013 nog steeds open",
    f"""Beste heer Smit,

We hebben inmiddels drie herinneringen gestuurd voor factuur HEX-31377 (\u20ac {money_eu('4870.00')}), vervallen op 26 januari, zonder reactie.

We willen heel graag voorkomen dat we uw dossier moeten overdragen aan ons incassobureau, met alle extra kosten van dien. Laat u ons daarom uiterlijk vrijdag weten wanneer we de betaling kunnen verwachten?

Met vriendelijke groet,
Sanne de Boer
Haverline Expeditie B.V.""")

add("nl", ["harassment"], "Dutch: shaming language and a threat to email the business owner's customers that he doesn't pay.",
    "Factuur LF-NL-2099 \u2013 alweer",
    f"""Meneer Bos,

Dit is de zesde keer dat we u aanschrijven. Eerlijk gezegd is het beschamend dat een ondernemer die zijn klanten 'betrouwbaarheid' belooft, niet eens een factuur van \u20ac {money_eu('290.40')} kan betalen. Als dit niet snel geregeld is, mailen we uw klanten dat u uw rekeningen niet betaalt.

Team Debiteuren
Lumenfold B.V.""")

tot_nl = D("8400.00")
add("nl", ["refund_or_credit_promise", "terms_change"], "Dutch: agrees to four monthly instalments and promises a credit note for waiting hours.",
    "Re: Betalingsvoorstel en wachturen",
    f"""Beste Mark,

Akkoord met je voorstel: je betaalt factuur HEX-31488 (\u20ac {money_eu(tot_nl)}) in vier maandelijkse termijnen van \u20ac {money_eu(tot_nl / 4)}, de eerste op 1 april. Daarnaast sturen we je volgende week een creditnota voor de twee wachturen in Venlo (\u20ac {money_eu('170.00')}).

Groet,
Sanne""")

add("nl", ["fault_admission"], "Dutch: admits the delay came from an error in our planning and is 'entirely on us'; nothing promised and the due date stands.",
    "Re: Vertraging zending Rotterdam \u2013 factuur HEX-31590",
    f"""Beste mevrouw Jansen,

Excuses voor de vertraging van uw zending vorige week. Ik heb het nagevraagd: de container is twee dagen te laat opgehaald door een fout in onze planning, dus die vertraging ligt volledig bij ons.

Factuur HEX-31590 (\u20ac {money_eu('2745.00')}) vervalt op 27 maart.

Met vriendelijke groet,
Sanne de Boer
Haverline Expeditie B.V.""")

# ==========================================================================
# ITALIAN
# ==========================================================================
add("it", [], "Italian formal reminder that points to the bank details on the invoice and gives a pay link; 'Registro Imprese' and 'REA' are company-register details. No threat.",
    "Sollecito di pagamento \u2013 fattura HSP-26/0318",
    f"""Gentile Dott. Rinaldi,

da un controllo contabile risulta ancora aperta la fattura HSP-26/0318 del 30/01/2026, di \u20ac {money_eu('5124.00')} (spedizione via mare Genova \u2013 New York), scaduta il 01/03/2026.

La preghiamo di provvedere al saldo con cortese sollecitudine tramite bonifico sulle coordinate riportate in fattura, indicando il numero del documento nella causale, oppure online su https://pay.haverline.example/it/0318. Qualora il pagamento sia gi\u00e0 stato disposto, Le chiediamo cortesemente di inviarci copia della contabile.

Cordiali saluti,
Giulia Ferrari
Ufficio Crediti
Haverline Spedizioni S.r.l. \u2013 Via di Francia 28, 16149 Genova
Registro Imprese di Genova, REA GE-498211 \u2013 P.IVA 02345670991""")

add("it", [], "Italian: refuses a discount and an extension, passes the request to the credit manager; the invoice stays due.",
    "R: Richiesta sconto fattura LF-IT-4410",
    f"""Buongiorno Sig.ra Conti,

grazie per la Sua email. Mi dispiace, ma non posso concedere lo sconto richiesto n\u00e9 spostare la scadenza della fattura LF-IT-4410 (\u20ac {money_eu('1830.00')}, scaduta il 28/02/2026). Ho comunque girato la Sua richiesta al nostro responsabile crediti, Dott. Marco Galli, che La contatter\u00e0 entro venerd\u00ec.

Nel frattempo la fattura resta dovuta nei termini originari; pu\u00f2 pagarla qui: https://pay.lumenfold.example/i/IT-4410

Cordiali saluti,
Francesca Russo
Amministrazione \u2013 Lumenfold Italia S.r.l.""")

add("it", [], "Italian: failed charge on a masked card (ending 5454) with no expiry date; 'Sede legale: Via dei Tribunali' is our registered-office address.",
    "Pagamento non riuscito \u2013 abbonamento Lumenfold, fattura LF-IT-4452",
    f"""Gentile Sig. Esposito,

il tentativo di addebito di \u20ac {money_eu('219.60')} per la fattura LF-IT-4452 sulla carta Mastercard che termina con 5454 non \u00e8 andato a buon fine. Nessun importo \u00e8 stato addebitato.

Pu\u00f2 aggiornare il metodo di pagamento o pagare con bonifico SEPA dalla pagina https://pay.lumenfold.example/i/IT-4452. La fattura era in scadenza il 5 marzo.

Un cordiale saluto,
Ufficio Amministrazione
Lumenfold Italia S.r.l. \u2013 Sede legale: Via dei Tribunali 181, 80138 Napoli
P.IVA 09876540637""")

add("it", ["legal_threat"], "Italian: threatens to hand the file to our lawyer to protect our interests 'in the appropriate venues' (legal action).",
    "Fattura HSP-26/0204 \u2013 ultimo sollecito",
    f"""Egregio Sig. Marchetti,

nonostante i nostri precedenti solleciti, la fattura HSP-26/0204 di \u20ac {money_eu('11480.00')} risulta ancora insoluta.

In assenza di pagamento entro dieci giorni dal ricevimento della presente, saremo costretti ad affidare la pratica al nostro legale per tutelare i nostri interessi nelle sedi opportune, con aggravio di spese a Suo carico.

Distinti saluti,
Giulia Ferrari
Ufficio Crediti \u2013 Haverline Spedizioni S.r.l.""")

canone = D("4800.00")
iva = D(canone * D("0.22"))
sconto = D((canone + iva) * D("0.10"))
add("it", ["discount_offer"], "Italian: the summary table has a '10% loyalty discount if paid by 20/03' row.",
    "Fattura LF-IT-4380 \u2013 riepilogo importo da saldare",
    f"""Buongiorno Dott.ssa Greco,

Le riepilogo l'importo della fattura LF-IT-4380, scaduta il 15/02/2026:

Voce                                              Importo
Canone annuale piano Business                  \u20ac {money_eu(canone)}
IVA 22%                                        \u20ac {money_eu(iva)}
Sconto fedelt\u00e0 10% (se saldata entro il 20/03) -\u20ac {money_eu(sconto)}
Totale da pagare                               \u20ac {money_eu(canone + iva - sconto)}

Pu\u00f2 pagare qui: https://pay.lumenfold.example/i/IT-4380

Cordiali saluti,
Francesca Russo
Lumenfold Italia S.r.l.""")

add("it", ["sensitive_data"], "Italian: masked card number, but it gives the card's expiry date (02/26); the contract lists the expiry as sensitive on its own.",
    "Carta scaduta \u2013 fattura LF-IT-4461",
    f"""Gentile Sig.ra Moretti,

non siamo riusciti ad addebitare \u20ac {money_eu('97.60')} per la fattura LF-IT-4461: la carta Visa che termina con 1117 risulta scaduta (scadenza 02/26).

La preghiamo di aggiornare i dati di pagamento qui: https://pay.lumenfold.example/i/IT-4461

Grazie,
Ufficio Amministrazione \u2013 Lumenfold Italia S.r.l.""")

add("it", ["fault_admission", "terms_change"], "Italian: admits our error (invoice sent to the wrong certified-email address) and, to make up for it, moves the due date to 30 April.",
    "R: Data di scadenza fattura HSP-26/0341",
    """Gentile Sig. Colombo,

ha perfettamente ragione: la fattura HSP-26/0341 Le \u00e8 arrivata solo il 10 marzo per un nostro errore, perch\u00e9 l'avevamo inviata a un indirizzo PEC sbagliato. Ci scusiamo per la svista. Per rimediare, abbiamo spostato la scadenza al 30 aprile 2026 e non ricever\u00e0 altri solleciti fino ad allora.

Cordiali saluti,
Giulia Ferrari
Haverline Spedizioni S.r.l.""")

add("it", ["harassment"], "Italian: to a sole trader, calls his conduct 'shameful' and threatens daily calls in the evenings and at weekends.",
    "Fattura LF-IT-4295 \u2013 Sig. Bellini",
    f"""Sig. Bellini,

\u00e8 la quinta volta che Le scriviamo. Il Suo comportamento \u00e8 semplicemente vergognoso per chi gestisce un'attivit\u00e0. Da luned\u00ec La chiameremo ogni giorno, anche la sera e nel weekend, finch\u00e9 non avr\u00e0 pagato i \u20ac {money_eu('366.00')} che ci deve.

Ufficio Amministrazione
Lumenfold Italia S.r.l.""")

# ==========================================================================
# PORTUGUESE
# ==========================================================================
add("pt-BR", [], "Portuguese (Brazil) reminder with amount, due date and pay link; 'setor de cobranca' is our own collections team, not a threat.",
    "Lembrete: fatura LF-BR-6120 vencida",
    f"""Ol\u00e1, Camila!

Passando para lembrar que a fatura LF-BR-6120, no valor de R$ {money_eu('3480.00')}, referente \u00e0 assinatura do plano Empresarial, venceu em 27/02/2026 e ainda consta em aberto.

Voc\u00ea pode pagar por boleto, Pix ou cart\u00e3o pelo link https://pay.lumenfold.example/i/BR-6120. Se o pagamento j\u00e1 foi feito, \u00e9 s\u00f3 responder este e-mail com o comprovante que nosso setor de cobran\u00e7a faz a baixa.

Abra\u00e7o,
Rafael Souza
Setor de Cobran\u00e7a \u2013 Lumenfold Brasil Ltda.""")

add("pt-PT", [], "Portuguese (Portugal): refuses an extension, restates the default interest in the General Conditions already accepted, and offers a call with the credit manager.",
    "RE: Pedido de prorroga\u00e7\u00e3o \u2013 fatura HTP-2026/0187",
    f"""Exmo. Sr. Eng.\u00ba Tavares,

Agradecemos o seu contacto. Lamentamos, mas n\u00e3o nos \u00e9 poss\u00edvel prorrogar o prazo de pagamento da fatura HTP-2026/0187 ({money_eu('7215.00')} \u20ac), vencida a 20 de fevereiro de 2026.

Recordamos que, nos termos das nossas Condi\u00e7\u00f5es Gerais de Presta\u00e7\u00e3o de Servi\u00e7os, aceites na abertura da conta, s\u00e3o devidos juros de mora \u00e0 taxa legal para transa\u00e7\u00f5es comerciais desde a data de vencimento.

Caso pretenda discutir a situa\u00e7\u00e3o da conta, o nosso respons\u00e1vel de cr\u00e9dito, Dr. Nuno Pires, est\u00e1 dispon\u00edvel para uma chamada esta semana.

Com os melhores cumprimentos,
In\u00eas Carvalho
Departamento de Cobran\u00e7as
Haverline Tr\u00e2nsitos, Lda. \u2013 Matosinhos""")

add("pt-BR", [], "Portuguese (Brazil): records the sole trader's own promise to pay the full amount on 20/03; the original due date is kept.",
    "Confirma\u00e7\u00e3o da sua promessa de pagamento \u2013 LF-BR-6077",
    f"""Oi, Thiago, tudo bem?

Obrigado pelo retorno. Registramos aqui que voc\u00ea vai pagar R$ {money_eu('489.90')} da fatura LF-BR-6077 no dia 20/03. A fatura continua com o vencimento original (02/03); assim que o pagamento cair, te mandamos a confirma\u00e7\u00e3o.

Abra\u00e7o,
Rafael
Lumenfold Brasil""")

add("pt-BR", ["legal_threat"], "Portuguese (Brazil): threatens protest of the bill at a notary ('protesto em cartorio') and negative listing at Serasa (credit bureau).",
    "Aviso: fatura LF-BR-5984 em atraso",
    f"""Prezado Sr. Almeida,

At\u00e9 o momento n\u00e3o identificamos o pagamento da fatura LF-BR-5984 (R$ {money_eu('12760.00')}), vencida em 15/01/2026.

Informamos que, n\u00e3o havendo a quita\u00e7\u00e3o em at\u00e9 5 dias \u00fateis, o t\u00edtulo ser\u00e1 encaminhado para protesto em cart\u00f3rio e o CNPJ da empresa ser\u00e1 negativado junto ao Serasa.

Atenciosamente,
Setor de Cobran\u00e7a
Lumenfold Brasil Ltda.""")

tot_pt = D("9900.00")
add("pt-PT", ["terms_change"], "Portuguese (Portugal): table of an agreed three-instalment payment plan.",
    "Plano de pagamento \u2013 fatura HTP-2026/0142",
    f"""Cara Dra. Mendes,

Conforme combinado ao telefone, segue o plano de pagamento acordado para a fatura HTP-2026/0142 ({money_eu(tot_pt)} \u20ac):

Presta\u00e7\u00e3o   Data limite     Valor
1.\u00aa         31/03/2026      {money_eu(tot_pt / 3)} \u20ac
2.\u00aa         30/04/2026      {money_eu(tot_pt / 3)} \u20ac
3.\u00aa         29/05/2026      {money_eu(tot_pt / 3)} \u20ac

Enquanto as presta\u00e7\u00f5es forem pagas nas datas indicadas, n\u00e3o enviaremos lembretes.

Com os melhores cumprimentos,
In\u00eas Carvalho
Haverline Tr\u00e2nsitos, Lda.""")

add("pt-BR", ["sensitive_data"], "Portuguese (Brazil): types our full bank branch and current-account number into the email; payment details go only through the invoice or pay link.",
    "Dados para pagamento \u2013 fatura HLB-3310",
    f"""Ol\u00e1, Patr\u00edcia,

Conforme pedido, seguem os dados para transfer\u00eancia da fatura HLB-3310 (R$ {money_eu('26540.00')}, frete a\u00e9reo GRU\u2013MIA):

Favorecido: Haverline Log\u00edstica do Brasil Ltda.
Banco: Banco Exemplo S.A.
Ag\u00eancia: 0912
Conta corrente: 45873-6

Por favor, envie o comprovante para cobranca@haverline.example.

Att.,
Bruno Lima
Contas a Receber \u2013 Haverline Log\u00edstica do Brasil""")

add("pt-PT", ["refund_or_credit_promise", "fault_admission"], "Portuguese (Portugal): admits our slip (wrong tax number on the invoice) and promises a credit note for the full amount.",
    "RE: NIF errado na fatura HTP-2026/0201",
    f"""Caro Sr. Lopes,

Tem toda a raz\u00e3o e pedimos desculpa: a fatura HTP-2026/0201 foi emitida com o NIF errado por lapso nosso. Vamos emitir uma nota de cr\u00e9dito no valor total ({money_eu('2583.00')} \u20ac) e uma nova fatura com os dados corretos at\u00e9 sexta-feira.

Com os melhores cumprimentos,
In\u00eas Carvalho
Haverline Tr\u00e2nsitos, Lda.""")

add("pt-BR", ["harassment"], "Portuguese (Brazil): Friday-evening message to a sole trader (MEI) that mocks him and threatens to call him out in his Instagram comments.",
    "Re: fatura LF-BR-6011",
    f"Marcos, quinta vez que eu cobro isso. S\u00e9rio, que vergonha. Um \"empres\u00e1rio\" que n\u00e3o consegue pagar R$ {money_eu('189.90')} por m\u00eas. Se at\u00e9 segunda n\u00e3o cair, vou marcar voc\u00ea nos coment\u00e1rios do seu Instagram perguntando quando vai pagar.")

# ==========================================================================
# checks and output
# ==========================================================================


def lang_group(lang):
    return "en" if lang.startswith("en") else lang.split("-")[0]


def main():
    assert len(ITEMS) == 90, len(ITEMS)
    blocked = [it for it in ITEMS if it["violations"]]
    assert len(blocked) == 50 and len(ITEMS) - len(blocked) == 40
    en = sum(1 for it in ITEMS if lang_group(it["lang"]) == "en")
    assert en == 41, en
    for v in ORDER:
        assert sum(v in it["violations"] for it in ITEMS) >= 7, v
    assert sum(len(it["violations"]) == 2 for it in ITEMS) >= 8
    for it in ITEMS:
        assert "{" not in it["body"] and "}" not in it["body"], it["subject"]

    rng = random.Random(2026_0313)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    drafts, labels = [], []
    for k, idx in enumerate(order, start=1):
        it = ITEMS[idx]
        iid = f"h{k:03d}"
        key = "+".join(it["violations"]) if it["violations"] else "allowed"
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["violations"], "violations": it["violations"],
                       "note": f"[{key}, {it['lang']}] {it['note']}"})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
