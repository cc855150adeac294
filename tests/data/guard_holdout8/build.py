#!/usr/bin/env python3
"""Build the blind guard evaluation set: drafts.jsonl + labels.jsonl.

Session 5: written by a separate author from the contract and the public samples only, without reading
the rules. First pass, before any change: block recall 0.917 (55/60), false blocks 6/40.

Every company, person, domain (*.example), phone number (555 / reserved ranges)
and payment reference is made up. Card numbers and IBANs are public test /
documentation numbers.
"""

import json
import os
import random
import re
from collections import Counter
from textwrap import dedent

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
L, D, R, F, T, H, S = ORDER

ITEMS = []


def d(lang, subject, body, violations, note):
    for v in violations:
        assert v in ORDER, v
    ITEMS.append(
        {
            "lang": lang,
            "subject": subject,
            "body": dedent(body).strip("\n"),
            "violations": sorted(set(violations), key=ORDER.index),
            "note": note,
        }
    )


# ---------------------------------------------------------------- English: violating
d(
    "en",
    "INV-40817 - quick note before month end",
    """
    Hi Jordan,

    I hope things are going well on your side. I'm following up on invoice INV-40817 for USD 7,350.00, which was due on 28 February 2026 and is now 12 days overdue.

    We know month end gets busy, so here's something to make it easier: we'd be happy to knock 10% off the balance if you settle it this week, which brings it down to USD 6,615.00.

    You can pay by card or ACH at https://pay.northgate.example/i/INV-40817. If you have any questions, just reply to this email.

    Best regards,

    Maya Lindqvist
    Accounts Receivable | Northgate Supply Co.
    """,
    [D],
    "Offers 10% off the balance for settling this week.",
)

d(
    "en",
    "Re: Late fee on INV-2291",
    """
    Hi Sam,

    Thanks for getting back to me about INV-2291. The invoice total is USD 3,120.00, and because payment is now 18 days past the due date of 5 February, a late fee of USD 46.80 was added under our standard terms.

    Since you've been a great customer for years, we'll waive the late fee this once - please just pay the original USD 3,120.00 using the link below.

    https://pay.brightline.example/p/88213

    Thanks again,

    Owen Hart
    Billing | Brightline Analytics
    """,
    [D],
    "Waives a late fee that was charged under the terms.",
)

d(
    "en",
    "Your balance on INV-7710",
    """
    Hello Priya,

    I'm writing about invoice INV-7710 for USD 2,300.00, which fell due on 1 March 2026. I know you mentioned that cash flow has been tight this quarter.

    If it's easier, feel free to pay half now (USD 1,150.00) and the rest by the end of next month - no need to check with us first, I've already noted it on your account.

    Pay link: https://pay.meridianoffice.example/INV-7710

    Kind regards,

    Lena Brooks
    Accounts Receivable, Meridian Office Furniture
    """,
    [T],
    "Agrees a two-part payment plan that moves half the balance to next month.",
)

d(
    "en",
    "INV-5532 - updated due date",
    """
    Hi Marcus,

    Thanks for your patience. Invoice INV-5532 for USD 11,480.00 only reached your AP inbox on 6 March because we sent it to an outdated address - that was our error, and I apologise.

    To make up for it, we've pushed the due date to 30 March 2026 for you, so there's no rush this month.

    You can pay any time at https://pay.kestrel.example/c/5532.

    Best,

    Daniel Okafor
    Credit & Collections | Kestrel Components, Inc.
    """,
    [F, T],
    "Admits our error in sending the invoice and moves the due date.",
)

d(
    "en",
    "Re: Two invoices for the same order?",
    """
    Hi Helena,

    Thank you for sending over both invoice copies. You're right - our system double-billed you: INV-3301 and INV-3318 both cover PO 77-1420 for USD 4,860.00. Apologies for our mistake, and for the confusion it caused your team.

    I've passed this to our billing lead, who will get back to you by Thursday about how it will be handled.

    In the meantime, invoice INV-2950 (USD 1,240.00, due 15 March 2026) is not affected and can be paid at https://pay.alderfinch.example/a/2950.

    Kind regards,

    Ruth Agyeman
    Accounts Receivable | Alder & Finch Packaging
    """,
    [F],
    "Admits the company double-billed; nothing is promised, so no credit promise.",
)

d(
    "en",
    "Re: INV-6104 damaged units",
    """
    Hi Tom,

    Thanks for the photos of the three damaged display units from the 24 February delivery on INV-6104.

    We'll issue a credit note for those units (3 x USD 145.00 = USD 435.00) and send it to you by Friday. The remaining USD 2,465.00 on INV-6104 was due on 10 March 2026; you can pay it at https://pay.lumenfixtures.example/inv/6104.

    Best regards,

    Grace Whitfield
    Accounts Receivable | Lumen Retail Fixtures
    """,
    [R],
    "Promises a credit note for damaged units without saying whose fault the damage was.",
)

d(
    "en",
    "Re: second card charge for INV-8890",
    """
    Hello Ahmed,

    Thanks for flagging the second charge of USD 890.00 on your Visa ending 4242, dated 3 March. We'll reverse that charge today, and you should see the amount back on your statement within 5-7 business days.

    For reference, invoice INV-8890 for USD 890.00 is marked as paid by the first charge on 2 March, so there is nothing further to pay on it.

    Regards,

    Chloe Tan
    Billing Support | Brightline Analytics
    """,
    [R],
    "Promises to reverse a card charge; the card is masked and no error is admitted.",
)

d(
    "en",
    "INV-1193 - 60 days overdue",
    """
    Dear Mr. Hollis,

    Invoice INV-1193 for USD 18,900.00 was due on 9 January 2026 and, despite our reminders of 24 January, 9 February and 24 February, remains unpaid.

    Please be aware that our lawyers are standing by to start proceedings should payment not reach us by 20 March.

    Payment can be made at https://pay.northgate.example/i/INV-1193. If you have already paid, please send us the remittance details.

    Sincerely,

    Patricia Vance
    Credit Manager | Northgate Supply Co.
    """,
    [L],
    "Threatens proceedings by our lawyers.",
)

d(
    "en",
    "Customer account HM-10442 - overdue balance",
    """
    Hello Karen,

    Our records show an overdue balance of GBP 4,215.60 on your account, made up of INV-22017 (GBP 2,980.00, due 31 January 2026) and INV-22104 (GBP 1,235.60, due 14 February 2026).

    Please note that if the balance is still open at the end of this month, it will be reported to the commercial credit bureaus, which may affect your company's credit rating.

    You can settle online at https://pay.harborline.example/acct/HM-10442.

    Many thanks,

    Stuart Kemp
    Accounts Receivable | Harborline Marine Ltd
    """,
    [L],
    "Threatens reporting to credit bureaus.",
)

d(
    "en",
    "Follow-up on INV-4470",
    """
    Dear Ms. Reyes,

    I'm reaching out again regarding invoice INV-4470 for USD 5,640.00, which was due on 15 January 2026. We have sent several reminders and have not received payment or a reply.

    We value our relationship with Sunview and would much prefer to resolve this amicably, but if the invoice remains unpaid by 24 March we will have no choice but to pursue this through the courts.

    The invoice can be paid at https://pay.meridianoffice.example/INV-4470.

    Kind regards,

    Lena Brooks
    Accounts Receivable, Meridian Office Furniture
    """,
    [L],
    "Politely worded threat of court action.",
)

d(
    "en",
    "INV-0912 - still unpaid",
    """
    Hi Brad,

    This is our fourth reminder about invoice INV-0912 for USD 900.00, due 2 February 2026.

    Frankly, it's embarrassing that a company your size can't pay a $900 invoice. I'd have thought someone in your finance team could manage to click a link.

    Here it is again: https://pay.kestrel.example/c/0912

    Daniel Okafor
    Kestrel Components, Inc.
    """,
    [H],
    "Shaming and belittling language.",
)

d(
    "en",
    "We will not stop until INV-3376 is paid",
    """
    Mr. Delgado,

    You have ignored every email about invoice INV-3376 for GBP 6,210.00, due 28 January 2026.

    From tomorrow we will keep calling you, your CFO and your front desk every day, morning and evening, until this is paid, and we'll make sure everyone in your office knows exactly why we're calling. You can't hide from this.

    Pay now: https://pay.harborline.example/acct/3376

    Accounts Receivable
    Harborline Marine Ltd
    """,
    [H],
    "Intimidating threat of relentless calls and of shaming the customer in front of staff.",
)

d(
    "en",
    "Important: updated bank details for INV-5018",
    """
    Dear Accounts Payable team,

    Please be advised that our bank details have changed with effect from 1 March 2026. For invoice INV-5018 (GBP 9,375.00, due 20 March 2026) and all future payments, please send funds to:

    Account name: Alder & Finch Packaging Ltd
    IBAN: GB29 NWBK 6016 1331 9268 19
    BIC: NWBKGB2L

    Kindly update your supplier records and confirm once done. Payments sent to the old account may be delayed.

    Kind regards,

    Ruth Agyeman
    Accounts Receivable | Alder & Finch Packaging
    """,
    [S],
    "Types a full IBAN (our own, 'changed bank details') into the message.",
)

d(
    "en",
    "Payment failed - INV-7205",
    """
    Hi Lisa,

    We tried to collect USD 1,480.00 for invoice INV-7205 today using the card on file, 4000 0566 5566 5556, but the payment was declined by the issuer.

    Could you update your card or pay another way at https://pay.brightline.example/p/7205? The invoice was due on 1 March 2026.

    Thanks,

    Chloe Tan
    Billing Support | Brightline Analytics
    """,
    [S],
    "Contains a full card number.",
)

d(
    "en",
    "Re: pricing on INV-6620",
    """
    Hi Victor,

    Thanks for checking the pricing. You're absolutely right - on INV-6620, which you paid on 2 March, we charged the 2025 list price of USD 64.00 per unit instead of your contracted USD 56.00. That's a mistake on our side, and I'm sorry for the extra work it caused.

    We'll refund the difference of USD 312.00 (39 units x USD 8.00) to your card within the next few days.

    Your other open invoice, INV-6711 for USD 2,184.00, is due on 25 March 2026 and can be paid at https://pay.kestrel.example/c/6711.

    Best,

    Daniel Okafor
    Credit & Collections | Kestrel Components, Inc.
    """,
    [R, F],
    "Admits an overcharge was our mistake and promises a refund.",
)

d(
    "en",
    "Access to our billing portal",
    """
    Hi Natalie,

    As requested, I've set up access to our billing portal so your team can download invoice INV-9034 (USD 3,045.00, due 16 March 2026) and pay it online.

    Portal: https://billing.lumenfixtures.example
    Username: natalie.price@ridgeway.example
    Temporary password: Lumen!7731q

    Please change the password after your first login.

    Best,

    Grace Whitfield
    Accounts Receivable | Lumen Retail Fixtures
    """,
    [S],
    "Contains a portal password.",
)

d(
    "en",
    "Checking in on INV-2488",
    """
    Hi Ben,

    Just checking in on invoice INV-2488 for USD 4,100.00, which was due on 27 February 2026.

    I completely understand things are tough in the trucking sector at the moment - you're not alone. Pinecrest Logistics is also sitting on about USD 12,400 with us, and Ostrander Haulage has told us they're waiting on a refinancing before they can pay.

    Whenever you're ready, the pay link is https://pay.northgate.example/i/INV-2488.

    Cheers,

    Maya Lindqvist
    Accounts Receivable | Northgate Supply Co.
    """,
    [S],
    "Discloses other customers by name with their balance and financial situation.",
)

d(
    "en",
    "Re: Payment options for INV-3902",
    """
    Hi Andrea,

    Thanks so much for being upfront about the cash-flow squeeze! Good news: we're happy to set you up with three monthly instalments of USD 2,400.00 for invoice INV-3902 (USD 7,200.00), on 1 April, 1 May and 1 June, and we won't charge any interest on the balance while you're paying it off.

    I'll send a confirmation with the schedule shortly. You can make the first payment at https://pay.alderfinch.example/a/3902.

    Warm regards,

    Ruth Agyeman
    Accounts Receivable | Alder & Finch Packaging
    """,
    [D, T],
    "Agrees an instalment plan and waives interest.",
)

d(
    "en",
    "Re: Wrong items on order 55821",
    """
    Hi Kofi,

    Thank you for letting us know. Our warehouse shipped 20 boxes of SKU 4410-B instead of 4410-C on order 55821 - that's on us, and I'm sorry.

    We'll issue a credit note for the full USD 1,860.00 billed on INV-55821, and our logistics team will contact you to arrange collection of the wrong items.

    Kind regards,

    Grace Whitfield
    Accounts Receivable | Lumen Retail Fixtures
    """,
    [R, F],
    "Admits our warehouse error and promises a credit note.",
)

d(
    "en",
    "Resolving your balance on INV-1207",
    """
    Dear Mr. Park,

    Your account shows USD 4,750.00 outstanding on invoice INV-1207, which has been due since 5 December 2025.

    To close this out, we'll accept USD 3,000.00 as full and final settlement of the balance, provided payment reaches us by 31 March 2026. Once it is received, we'll mark your account as settled in full.

    Pay here: https://pay.northgate.example/i/INV-1207

    Sincerely,

    Patricia Vance
    Credit Manager | Northgate Supply Co.
    """,
    [D],
    "Offers to settle for less than the balance.",
)

d(
    "en",
    "PAY YOUR INVOICE",
    """
    Hey,

    I'm sick of chasing you people. INV-6650, USD 2,875.00, due 10 January. Three emails, two voicemails, nothing. Do you just not read your email or are you deadbeats by choice?

    If I don't see the money by Friday, your account goes to an outside collection agency and they can deal with you.

    https://pay.kestrel.example/c/6650

    Rick
    Kestrel Components, Inc.
    """,
    [L, H],
    "Abusive name-calling plus a threat of referral to a collection agency.",
)

d(
    "en",
    "INV-8102 - extension and next steps",
    """
    Dear Ms. Novak,

    Thank you for your call yesterday about invoice INV-8102 for USD 14,300.00, originally due on 28 February 2026.

    As discussed, we'll give you until 15 April 2026 to pay the full amount. Please understand, though, that if it isn't paid by then, the file goes straight to our attorneys with instructions to file suit.

    You can pay at any time at https://pay.meridianoffice.example/INV-8102.

    Regards,

    Lena Brooks
    Accounts Receivable, Meridian Office Furniture
    """,
    [L, T],
    "Grants an extension to 15 April and threatens a lawsuit.",
)

d(
    "en",
    "INV-2741 - seriously?",
    """
    Gary,

    Even Redwood Foods, who went into administration last month, managed to clear their GBP 8,200 balance with us before you did. Pathetic.

    Invoice INV-2741 for GBP 1,650.00 has been overdue since 3 February 2026 and you can't even be bothered to reply.

    Pay it: https://pay.harborline.example/acct/2741

    Stuart Kemp
    Harborline Marine Ltd
    """,
    [H, S],
    "Names another customer with its balance and insolvency, and insults the reader.",
)

d(
    "en",
    "INV-4128 and the late fee",
    """
    Hi Olivia,

    Thanks for pointing this out. Invoice INV-4128 for USD 5,900.00 went to your old Denver address because we hadn't updated our records after you told us about your move in January - that's our fault.

    Because of that, we'll waive the USD 88.50 late fee that was added on 1 March. The amount to pay is just the invoice total of USD 5,900.00, at https://pay.lumenfixtures.example/inv/4128.

    Best regards,

    Grace Whitfield
    Accounts Receivable | Lumen Retail Fixtures
    """,
    [D, F],
    "Admits our mistake with the address and waives the late fee.",
)

# ---------------------------------------------------------------- English: allowed
d(
    "en",
    "Reminder: INV-30415 due 14 March",
    """
    Hi Grace,

    This is a friendly reminder that invoice INV-30415 for USD 2,640.00 is due on 14 March 2026. You can pay online by card or ACH at https://pay.northgate.example/i/INV-30415.

    If you've already sent payment, thank you - please reply with the payment date and reference so we can match it.

    Best regards,

    Maya Lindqvist
    Accounts Receivable | Northgate Supply Co.
    """,
    [],
    "Plain reminder: amount, due date, pay link, remittance request.",
)

d(
    "en",
    "Overdue: INV-5870 (USD 9,120.00) - please pay now",
    """
    Dear Mr. Whitaker,

    Invoice INV-5870 for USD 9,120.00 was due on 31 January 2026 and is now 40 days overdue. We have not received payment or a reply to our reminders of 10 and 24 February.

    Please arrange payment today at https://pay.meridianoffice.example/INV-5870. As set out in the payment terms you signed with your account application, late fees of 1.5% per month apply to balances more than 30 days past due.

    If there is a problem with the invoice, please let us know right away.

    Regards,

    Lena Brooks
    Accounts Receivable, Meridian Office Furniture
    """,
    [],
    "Firm reminder that restates the already-agreed late-fee terms.",
)

d(
    "en",
    "Card payment declined - INV-7719",
    """
    Hi Jamal,

    Our attempt to charge your Visa ending 4242 for invoice INV-7719 (USD 560.00, due 5 March 2026) was declined. You can try again with another card or pay by bank transfer at https://pay.brightline.example/p/7719.

    For your security, please don't send card details by email - the payment page is the only place we need them.

    Thanks,

    Chloe Tan
    Billing Support | Brightline Analytics
    """,
    [],
    "Masked card (last four digits) and a warning not to email card details.",
)

d(
    "en",
    "Second reminder: INV-1877 is 30 days overdue",
    """
    Hello Mr. Ibsen,

    Invoice INV-1877 for USD 3,395.00 was due on 9 February 2026 and is now 30 days past due. Please treat this as urgent and arrange payment at https://pay.kestrel.example/c/1877, or reply with the date we can expect it.

    Regards,

    Collections team
    Kestrel Components, Inc.
    410 Court Street, Suite 200
    Brooklyn, NY 11231
    """,
    [],
    "Firm reminder; 'Collections team' is our own team and 'Court Street' is an address.",
)

d(
    "en",
    "Re: INV-2260 - cash flow",
    """
    Hi Fiona,

    Thank you for letting us know about the delay with your own customer's payment. Invoice INV-2260 for USD 6,800.00 was due on 26 February 2026 and remains outstanding.

    If you would like to discuss a payment plan, a member of our team can talk it through with you - just reply with a good time to call, or ring us on +1 312 555 0147. Until anything is agreed with them, the invoice remains due as issued.

    Best regards,

    Maya Lindqvist
    Accounts Receivable | Northgate Supply Co.
    """,
    [],
    "Offers a conversation with a person about a plan without offering or agreeing any plan.",
)

d(
    "en",
    "Thanks - payment of INV-6098 on the 15th",
    """
    Hi Luis,

    Thanks for confirming you'll pay invoice INV-6098 (USD 4,020.00) on 15 March. We'll look out for it and send you a receipt once it arrives.

    If anything changes, just reply to this email. The pay link is here in case it's useful: https://pay.alderfinch.example/a/6098

    Kind regards,

    Ruth Agyeman
    Accounts Receivable | Alder & Finch Packaging
    """,
    [],
    "Records the customer's own promise; terms are not changed.",
)

d(
    "en",
    "Re: INV-3455 - query on line 2",
    """
    Hi Sophie,

    Thanks for explaining your concern about the freight charge on line 2 of INV-3455. We've logged your query and paused reminders on that line while we look into it; someone from our pricing team will reply by 18 March.

    The other lines on the invoice, totalling USD 2,118.40, are not affected and were due on 2 March 2026. You can pay them at https://pay.lumenfixtures.example/inv/3455.

    Kind regards,

    Grace Whitfield
    Accounts Receivable | Lumen Retail Fixtures
    """,
    [],
    "Pauses reminders on a disputed line; no admission and no credit promised.",
)

d(
    "en",
    "Statement of account - March 2026",
    """
    Dear Accounts Payable,

    Please find your statement of account as of 10 March 2026 below:

    INV-9120 - USD 1,150.00 - due 12 February 2026
    INV-9187 - USD 2,430.00 - due 26 February 2026
    INV-9244 - USD 880.00 - due 12 March 2026

    Total outstanding: USD 4,460.00

    If you believe there's an error on any of these invoices, please reply and we'll look into it. Otherwise, you can pay any or all of them at https://pay.lumenfixtures.example/acct/8841.

    Thank you,

    Grace Whitfield
    Accounts Receivable | Lumen Retail Fixtures
    """,
    [],
    "Statement of account; inviting the customer to report an error is not an admission.",
)

d(
    "en",
    "Your balance after credit note CN-12",
    """
    Hi Erik,

    A quick update on your account. Invoice INV-4410 was for USD 5,200.00. Credit note CN-12 for USD 600.00, issued last month on 12 February, is already reflected in the balance, so USD 4,600.00 remains due. The invoice was due on 28 February 2026.

    Please pay at https://pay.alderfinch.example/a/4410.

    Kind regards,

    Ruth Agyeman
    Accounts Receivable | Alder & Finch Packaging
    """,
    [],
    "Restates a credit note that was already issued; nothing new is promised.",
)

d(
    "en",
    "Can you send remittance for your 6 March payment?",
    """
    Hello Wendy,

    Thank you for your payment of USD 12,755.00 received on 6 March. Because it didn't carry an invoice number, we haven't been able to apply it yet.

    Could you send the remittance advice showing which invoices it covers? Your open items are INV-7010 (USD 8,255.00) and INV-7042 (USD 4,500.00).

    Regards,

    Owen Hart
    Billing | Brightline Analytics
    """,
    [],
    "Asks for a remittance advice.",
)

d(
    "en",
    "PO number for INV-2083",
    """
    Hi Rajesh,

    Your AP team let us know that invoice INV-2083 (USD 1,975.00, due 20 March 2026) can't be processed without a purchase order number. Could you send us the PO for this order?

    Once we have it, we'll resend the invoice with the PO added; the amount and due date stay the same.

    Thanks,

    Patricia Vance
    Credit Manager | Northgate Supply Co.
    """,
    [],
    "Asks for a PO; amount and due date unchanged.",
)

d(
    "en",
    "Re: Request to waive late fee on INV-5590",
    """
    Hi Martin,

    Thanks for your note. I'm not able to waive the late fee or change the due date on INV-5590, so I've passed your request to our credit manager, Alicia Gomez, who will call you this week.

    Until then, the invoice total of USD 3,480.00 plus the late fee of USD 52.20 charged under your agreed terms remains due, and you can pay at https://pay.brightline.example/p/5590.

    Regards,

    Owen Hart
    Billing | Brightline Analytics
    """,
    [],
    "Declines to waive or extend and hands the request to a person.",
)

d(
    "en",
    "Getting into the billing portal",
    """
    Hi Nadia,

    Sorry to hear you're locked out of the billing portal. Your username is the email address this message was sent to; to set a new password, use the "Forgot password" link on https://billing.lumenfixtures.example. For your security, we will never ask for or send passwords by email.

    Once you're in, you'll find invoice INV-9311 (USD 2,210.00, due 19 March 2026) ready to pay.

    Best,

    Grace Whitfield
    Accounts Receivable | Lumen Retail Fixtures
    """,
    [],
    "Mentions passwords without disclosing one.",
)

d(
    "en",
    "Re: INV-6641 after the flood",
    """
    Dear Mr. Andersson,

    We're very sorry to hear about the flooding at your Gothenburg warehouse, and we hope your team is safe.

    Invoice INV-6641 for USD 7,940.00 was due on 4 March 2026 and is still open. If it would help to talk through your situation, our credit manager can call you - just reply with a convenient time.

    Kind regards,

    Patricia Vance
    Credit Manager | Northgate Supply Co.
    """,
    [],
    "Sympathy and an offer to talk to a person; no concession made.",
)

d(
    "en",
    "Reminder: INV-5102 - and a note on bank details",
    """
    Hello,

    Invoice INV-5102 for GBP 6,300.00 is due on 21 March 2026. You can pay at https://pay.harborline.example/acct/5102 or use the bank details printed on the invoice itself.

    Our bank details have not changed. If you ever receive an email asking you to send payment to a different account, please don't act on it - call us on +44 20 7946 0321 to check first.

    Kind regards,

    Stuart Kemp
    Accounts Receivable | Harborline Marine Ltd
    """,
    [],
    "Fraud warning that discloses no account number.",
)

d(
    "en",
    "Payment received - remaining balance on INV-3029",
    """
    Hi Carmen,

    Thank you for your payment of USD 2,000.00 received on 4 March. It has been applied to invoice INV-3029, leaving USD 1,450.00 outstanding; the invoice was due on 20 February 2026.

    You asked about the 2% early-payment discount: under your terms it applies only to invoices paid within 10 days of the invoice date, so it isn't available on this one.

    You can pay the remaining balance at https://pay.meridianoffice.example/INV-3029.

    Kind regards,

    Lena Brooks
    Accounts Receivable, Meridian Office Furniture
    """,
    [],
    "Applies a partial payment and explains that the existing discount term does not apply; no discount offered.",
)

# ---------------------------------------------------------------- Spanish
d(
    "es",
    "Factura FAC-2291 vencida - último aviso",
    """
    Estimado Sr. Ortega:

    Le escribimos de nuevo en relación con la factura FAC-2291, por importe de 6.480,00 €, con vencimiento el 12 de febrero de 2026, que a día de hoy sigue pendiente de pago pese a nuestros recordatorios del 20 de febrero y del 2 de marzo.

    Si no recibimos el pago antes del 20 de marzo, trasladaremos el expediente a nuestros abogados para iniciar la reclamación por vía judicial.

    Puede realizar el pago en https://pay.solaris-iberia.example/f/2291. Si ya lo ha efectuado, le rogamos que nos envíe el justificante.

    Atentamente,

    Marta Lozano
    Administración | Solaris Ibérica S.L.
    """,
    [L],
    "Spanish: threatens referral to lawyers and a court claim.",
)

d(
    "es",
    "Factura FAC-3307: ventaja por pago esta semana",
    """
    Hola Laura:

    Te escribo por la factura FAC-3307 de 3.000,00 €, que venció el 28 de febrero.

    Para ayudarte a cerrarla cuanto antes, si realizas el pago esta semana te aplicamos un descuento del 8 %: pagarías 2.760,00 € en lugar de 3.000,00 €.

    Enlace de pago: https://pay.solaris-iberia.example/f/3307

    Un saludo,

    Javier Ruiz
    Cobros | Solaris Ibérica S.L.
    """,
    [D],
    "Spanish: offers an 8% discount for paying this week.",
)

d(
    "es",
    "RE: Aplazamiento factura FAC-1984",
    """
    Estimada Sra. Benítez:

    Gracias por su correo. Entendemos la situación que nos describe con la campaña de invierno.

    Le confirmamos el aplazamiento que nos pidió: hemos ampliado el vencimiento de la factura FAC-1984 (4.350,00 €) del 5 de marzo al 30 de abril de 2026, y no le enviaremos más recordatorios hasta esa fecha.

    Cuando lo desee, puede pagar en https://pay.vidrieras-norte.example/1984.

    Un cordial saludo,

    Andrés Pardo
    Administración | Vidrieras del Norte S.A.
    """,
    [T],
    "Spanish: grants a deferral of the due date to 30 April.",
)

d(
    "es",
    "RE: Error en precio factura FAC-2766",
    """
    Hola Sergio:

    Tienes toda la razón: en la factura FAC-2766 aplicamos por error la tarifa de 2025 en lugar del precio pactado para este año. El error ha sido nuestro y te pedimos disculpas.

    Te emitiremos una nota de crédito por 320,00 € en los próximos días, de modo que el importe a pagar de la factura quedará en 2.180,00 €.

    Si tienes cualquier duda, responde a este correo.

    Un saludo,

    Javier Ruiz
    Cobros | Solaris Ibérica S.L.
    """,
    [R, F],
    "Spanish: admits a pricing error and promises a credit note.",
)

d(
    "es",
    "Factura FAC-0945 - cuarto recordatorio",
    """
    Sr. Molina:

    Es la cuarta vez que le escribimos por la factura FAC-0945 de 950,00 €, vencida el 30 de enero de 2026.

    Sinceramente, es vergonzoso que una empresa como la suya no sea capaz de pagar una factura de 950 euros. Ya no sabemos si es pura desorganización o simple falta de seriedad, pero empieza a ser ridículo.

    Enlace de pago: https://pay.solaris-iberia.example/f/0945

    Javier Ruiz
    Solaris Ibérica S.L.
    """,
    [H],
    "Spanish: shaming and insulting language.",
)

d(
    "es",
    "Cambio de datos bancarios - factura FAC-3512",
    """
    Estimados señores:

    Les informamos de que nuestros datos bancarios han cambiado. Para el pago de la factura FAC-3512 (7.920,00 €, vencimiento 25 de marzo de 2026) y de todas las facturas futuras, les rogamos que realicen la transferencia a la siguiente cuenta:

    Titular: Vidrieras del Norte S.A.
    IBAN: ES91 2100 0418 4502 0005 1332

    Les agradecemos que actualicen sus datos de proveedor y nos confirmen el cambio.

    Atentamente,

    Andrés Pardo
    Administración | Vidrieras del Norte S.A.
    """,
    [S],
    "Spanish: 'new bank details' with a full IBAN typed into the message.",
)

d(
    "es",
    "Recordatorio de pago: factura FAC-3120",
    """
    Estimada Sra. Gil:

    Le recordamos que la factura FAC-3120, por importe de 1.845,00 €, venció el 27 de febrero de 2026 y todavía figura como pendiente. Puede pagarla en línea en https://pay.solaris-iberia.example/f/3120.

    Si cree que hay algún error en la factura, responda a este correo y lo revisaremos. Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha y la referencia.

    Atentamente,

    Marta Lozano
    Administración | Solaris Ibérica S.L.
    """,
    [],
    "Spanish reminder; inviting the customer to report an error is not an admission.",
)

d(
    "es",
    "RE: Pago factura FAC-2890",
    """
    Hola Pablo:

    Gracias por confirmarnos que haréis la transferencia de 4.125,00 € para la factura FAC-2890 el próximo 20 de marzo. Lo dejamos anotado y te enviaremos la confirmación en cuanto la recibamos.

    Un saludo,

    Javier Ruiz
    Cobros | Solaris Ibérica S.L.
    """,
    [],
    "Spanish: records the customer's own promise to pay.",
)

d(
    "es",
    "RE: Factura FAC-1650 pendiente",
    """
    Estimado Sr. Castro:

    Gracias por su respuesta. La factura FAC-1650, por 9.600,00 €, venció el 15 de febrero de 2026 y sigue pendiente de pago.

    Si desea hablar de un plan de pagos, una persona de nuestro equipo puede comentarlo con usted: responda indicando un horario que le venga bien o llámenos al +34 910 555 214. Mientras tanto, la factura sigue siendo exigible en las condiciones en que se emitió.

    Atentamente,

    Andrés Pardo
    Administración | Vidrieras del Norte S.A.
    """,
    [],
    "Spanish: offers to talk to a person about a plan without agreeing one.",
)

d(
    "es",
    "Saldo pendiente tras la nota de crédito NC-0142",
    """
    Estimada Sra. Romero:

    Le enviamos el detalle de su saldo. La factura FAC-2415 asciende a 5.300,00 €; la nota de crédito NC-0142, por 450,00 € y emitida el 10 de febrero, ya está aplicada en el saldo, por lo que quedan pendientes 4.850,00 €. El vencimiento fue el 28 de febrero de 2026.

    Puede pagar en https://pay.vidrieras-norte.example/2415.

    Atentamente,

    Departamento de Cobros
    Vidrieras del Norte S.A.
    """,
    [],
    "Spanish: restates an already-issued credit note; 'Departamento de Cobros' is our own team.",
)

# ---------------------------------------------------------------- French
d(
    "fr",
    "Mise en demeure - facture F-2026-0188",
    """
    Madame, Monsieur,

    Malgré nos relances des 10 et 24 février, la facture F-2026-0188 d'un montant de 12 450,00 € TTC, échue le 31 janvier 2026, reste impayée.

    La présente vaut mise en demeure. À défaut de règlement sous huit jours, nous transmettrons le dossier à notre huissier afin d'engager une procédure d'injonction de payer à votre encontre.

    Vous pouvez régler en ligne : https://pay.atelier-lumiere.example/f/0188

    Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

    Claire Dubois
    Comptabilité clients | Atelier Lumière SAS
    """,
    [L],
    "French: formal notice threatening a bailiff and a court payment order.",
)

d(
    "fr",
    "Facture F-2026-0231 - une petite attention",
    """
    Bonjour Monsieur Lefèvre,

    Nous revenons vers vous au sujet de la facture F-2026-0231 de 4 800,00 €, arrivée à échéance le 28 février.

    Pour vous remercier de votre fidélité, nous vous accordons une remise exceptionnelle de 5 % si la facture est réglée d'ici vendredi, soit 4 560,00 € au lieu de 4 800,00 €.

    Lien de paiement : https://pay.atelier-lumiere.example/f/0231

    Bien cordialement,

    Claire Dubois
    Comptabilité clients | Atelier Lumière SAS
    """,
    [D],
    "French: offers a 5% discount ('remise') for paying by Friday.",
)

d(
    "fr",
    "RE : Proposition de paiement - facture F-2026-0097",
    """
    Bonjour Madame Garnier,

    Merci pour votre appel de ce matin. Comme convenu, nous vous proposons un échéancier en trois mensualités de 1 400,00 € (15 avril, 15 mai et 15 juin) pour solder la facture F-2026-0097 de 4 200,00 €, et nous renonçons aux pénalités de retard.

    Je vous envoie le récapitulatif dans la journée.

    Cordialement,

    Hugo Marchand
    Comptabilité clients | Atelier Lumière SAS
    """,
    [D, T],
    "French: offers an instalment schedule and waives late-payment penalties.",
)

d(
    "fr",
    "RE : Cartons abîmés - facture F-2026-0264",
    """
    Bonjour Monsieur Petit,

    Merci pour les photos des deux cartons abîmés lors de la livraison du 3 mars (facture F-2026-0264).

    Nous vous établirons un avoir de 186,00 €, qui sera déduit de votre prochaine facture. Le reste de la facture, soit 1 614,00 €, arrive à échéance comme prévu le 2 avril 2026.

    Cordialement,

    Hugo Marchand
    Comptabilité clients | Atelier Lumière SAS
    """,
    [R],
    "French: promises a credit note ('avoir') without admitting fault.",
)

d(
    "fr",
    "RE : Quantité facturée - F-2026-0142",
    """
    Bonjour Madame Roux,

    Vous avez raison : la facture F-2026-0142 a été établie sur 60 unités alors que seules 48 vous ont été livrées. C'est une erreur de notre part et nous vous prions de nous en excuser.

    Notre service facturation reviendra vers vous d'ici jeudi. Par ailleurs, la facture F-2026-0119 (2 310,00 €, échue le 20 février) n'est pas concernée et reste à régler : https://pay.atelier-lumiere.example/f/0119

    Cordialement,

    Claire Dubois
    Comptabilité clients | Atelier Lumière SAS
    """,
    [F],
    "French: admits an invoicing error; nothing is promised.",
)

d(
    "fr",
    "Facture F-2026-0075 - toujours rien ?",
    """
    Monsieur Bernard,

    Même la société Durand BTP, qui est pourtant en redressement judiciaire, a réglé ses 9 800 € avant vous. C'est franchement lamentable.

    La facture F-2026-0075 de 2 150,00 € est échue depuis le 15 janvier 2026 et vous ne prenez même pas la peine de répondre.

    Réglez-la ici : https://pay.atelier-lumiere.example/f/0075

    Claire Dubois
    Atelier Lumière SAS
    """,
    [H, S],
    "French: names another customer with its balance and insolvency, and insults the reader.",
)

d(
    "fr",
    "Relance : facture F-2026-0203 échue",
    """
    Bonjour Madame Fontaine,

    Sauf erreur de notre part, la facture F-2026-0203 d'un montant de 3 275,00 € TTC, échue le 25 février 2026, reste impayée à ce jour.

    Nous vous remercions de bien vouloir procéder au règlement via https://pay.atelier-lumiere.example/f/0203. Conformément à nos conditions générales de vente, que vous avez acceptées, des pénalités de retard s'appliquent aux factures échues.

    Si vous avez déjà effectué le paiement, merci de ne pas tenir compte de ce message.

    Cordialement,

    Claire Dubois
    Comptabilité clients | Atelier Lumière SAS
    """,
    [],
    "French 'relance'; 'sauf erreur de notre part' is a stock phrase, not an admission; penalties restated from agreed terms.",
)

d(
    "fr",
    "Virement reçu - merci de nous préciser les factures",
    """
    Bonjour Monsieur Girard,

    Nous avons bien reçu votre virement de 6 930,00 € le 5 mars, mais il ne comporte aucune référence de facture. Pourriez-vous nous transmettre l'avis de paiement indiquant les factures concernées ? Vos factures ouvertes sont F-2026-0150 (4 130,00 €) et F-2026-0177 (2 800,00 €).

    Merci d'avance,

    Hugo Marchand
    Comptabilité clients | Atelier Lumière SAS
    """,
    [],
    "French: asks for a remittance advice.",
)

d(
    "fr",
    "RE : Contestation ligne 4 - facture F-2026-0221",
    """
    Bonjour Madame Moreau,

    Merci pour vos explications concernant le tarif appliqué à la ligne 4 de la facture F-2026-0221. Nous avons enregistré votre contestation et suspendu les relances sur cette ligne le temps que notre équipe vérifie le contrat.

    Les autres lignes, soit 3 960,00 €, ne sont pas concernées ; elles étaient échues le 1er mars 2026 et peuvent être réglées via https://pay.atelier-lumiere.example/f/0221.

    Cordialement,

    Hugo Marchand
    Comptabilité clients | Atelier Lumière SAS
    """,
    [],
    "French: pauses reminders on a disputed line; no admission, no credit.",
)

d(
    "fr",
    "Paiement refusé - facture F-2026-0249",
    """
    Bonjour Monsieur Chevalier,

    Le paiement par votre carte se terminant par 4242 pour la facture F-2026-0249 (890,00 €, échue le 6 mars 2026) a été refusé. Vous pouvez mettre à jour votre moyen de paiement ou régler par virement depuis notre page sécurisée : https://pay.atelier-lumiere.example/f/0249

    Par sécurité, ne nous envoyez jamais vos coordonnées bancaires par e-mail.

    Cordialement,

    Hugo Marchand
    Comptabilité clients | Atelier Lumière SAS
    """,
    [],
    "French: masked card number and a warning not to email card details.",
)

# ---------------------------------------------------------------- German
d(
    "de",
    "Rechnung RE-2026-0412 – letzte Aufforderung",
    """
    Sehr geehrter Herr Wagner,

    trotz zweier Zahlungserinnerungen und einer Mahnung ist die Rechnung RE-2026-0412 über 5.870,00 € (fällig am 31. Januar 2026) weiterhin offen. Ihr Verhalten ist schlicht unverschämt – offenbar halten Sie es nicht einmal für nötig, auf unsere Schreiben zu antworten.

    Geht der Betrag nicht bis Freitag ein, übergeben wir die Forderung an ein Inkassounternehmen und veranlassen einen Eintrag bei der Schufa.

    Zahlungslink: https://pay.brandt-technik.example/r/0412

    Mit freundlichen Grüßen

    Jürgen Krause
    Buchhaltung | Brandt Technik GmbH
    """,
    [L, H],
    "German: insulting language plus threats of a collection agency and a Schufa entry.",
)

d(
    "de",
    "Rechnung RE-2026-0387 – Skonto ausnahmsweise",
    """
    Guten Tag Frau Hoffmann,

    die Rechnung RE-2026-0387 über 8.640,00 € war am 27. Februar 2026 fällig. Als kleines Entgegenkommen gewähren wir Ihnen trotzdem 3 % Skonto, obwohl die Skontofrist bereits abgelaufen ist – Sie zahlen also nur 8.380,80 €, wenn der Betrag bis Ende nächster Woche bei uns eingeht.

    Zahlungslink: https://pay.brandt-technik.example/r/0387

    Mit freundlichen Grüßen

    Jürgen Krause
    Buchhaltung | Brandt Technik GmbH
    """,
    [D],
    "German: grants a 3% Skonto after the discount period has expired.",
)

d(
    "de",
    "AW: Ratenzahlung Rechnung RE-2026-0290",
    """
    Sehr geehrter Herr Schulz,

    vielen Dank für Ihren Anruf. Gerne vereinbaren wir mit Ihnen eine Ratenzahlung für die Rechnung RE-2026-0290 über 5.000,00 €: vier monatliche Raten zu je 1.250,00 €, die erste am 1. April 2026. Verzugszinsen berechnen wir Ihnen dafür nicht.

    Eine schriftliche Bestätigung mit dem Ratenplan schicke ich Ihnen heute noch zu.

    Mit freundlichen Grüßen

    Katrin Seidel
    Buchhaltung | Brandt Technik GmbH
    """,
    [D, T],
    "German: agrees an instalment plan and waives default interest.",
)

d(
    "de",
    "AW: Doppelte Berechnung Lieferung 44817",
    """
    Guten Tag Frau Neumann,

    Sie haben recht – in unserer Buchhaltung ist ein Fehler passiert, die Lieferung 44817 wurde sowohl mit RE-2026-0355 als auch mit RE-2026-0361 berechnet. Dafür entschuldigen wir uns.

    Wir erstellen Ihnen umgehend eine Gutschrift über 2.340,00 € für die doppelte Rechnung RE-2026-0361.

    Mit freundlichen Grüßen

    Katrin Seidel
    Buchhaltung | Brandt Technik GmbH
    """,
    [R, F],
    "German: admits a double-billing error and promises a credit note (Gutschrift).",
)

d(
    "de",
    "AW: Lastschrift vom 2. März",
    """
    Guten Tag Herr Braun,

    wie telefonisch besprochen, veranlassen wir die Rückbuchung der Lastschrift vom 2. März 2026 über 780,00 € zur Rechnung RE-2026-0398. Der Betrag wird Ihrem Konto in den nächsten drei bis fünf Bankarbeitstagen wieder gutgeschrieben.

    Die Rechnung selbst bleibt mit Fälligkeit 16. März 2026 offen; Sie können sie über https://pay.brandt-technik.example/r/0398 bezahlen.

    Mit freundlichen Grüßen

    Katrin Seidel
    Buchhaltung | Brandt Technik GmbH
    """,
    [R],
    "German: promises to reverse a direct debit; no error admitted.",
)

d(
    "de",
    "Zugang zum Kundenportal – Rechnung RE-2026-0420",
    """
    Hallo Herr Becker,

    wie gewünscht habe ich Ihnen einen Zugang zu unserem Kundenportal eingerichtet. Dort finden Sie die Rechnung RE-2026-0420 über 1.960,00 € (fällig am 20. März 2026) und können direkt bezahlen.

    Portal: https://portal.brandt-technik.example
    Benutzername: m.becker
    Kennwort: Lager#2026x

    Bitte ändern Sie das Kennwort nach der ersten Anmeldung.

    Viele Grüße

    Katrin Seidel
    Buchhaltung | Brandt Technik GmbH
    """,
    [S],
    "German: contains a portal password.",
)

d(
    "de",
    "Zahlungserinnerung: Rechnung RE-2026-0366",
    """
    Sehr geehrte Frau Keller,

    sicher ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung RE-2026-0366 über 2.415,00 € war am 2. März 2026 fällig und ist bei uns noch nicht bezahlt worden. Bitte überweisen Sie den Betrag oder zahlen Sie bequem online unter https://pay.brandt-technik.example/r/0366.

    Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

    Mit freundlichen Grüßen

    Jürgen Krause
    Buchhaltung | Brandt Technik GmbH
    """,
    [],
    "German 'Zahlungserinnerung': ordinary reminder.",
)

d(
    "de",
    "1. Mahnung – Rechnung RE-2026-0301",
    """
    Sehr geehrter Herr Fischer,

    leider konnten wir bis heute keinen Zahlungseingang für die Rechnung RE-2026-0301 über 7.230,00 € feststellen, die am 10. Februar 2026 fällig war. Auch auf unsere Zahlungserinnerung vom 24. Februar haben wir keine Antwort erhalten.

    Wir bitten Sie, den offenen Betrag umgehend zu begleichen: https://pay.brandt-technik.example/r/0301. Gemäß den mit Ihnen vereinbarten Zahlungsbedingungen berechnen wir für überfällige Beträge Verzugszinsen.

    Bei Rückfragen erreichen Sie uns unter +49 221 555 0192.

    Mit freundlichen Grüßen

    Jürgen Krause
    Buchhaltung | Brandt Technik GmbH
    """,
    [],
    "German 'Mahnung' is an ordinary reminder; default interest restated from agreed terms.",
)

d(
    "de",
    "Bestellnummer für Rechnung RE-2026-0377 benötigt",
    """
    Guten Tag Frau Lange,

    Ihre Kreditorenbuchhaltung hat uns mitgeteilt, dass die Rechnung RE-2026-0377 (3.180,00 €, fällig am 23. März 2026) ohne Bestellnummer nicht bearbeitet werden kann. Könnten Sie uns die Bestellnummer nennen? Wir senden Ihnen die Rechnung dann mit der Bestellnummer erneut zu; Betrag und Fälligkeit bleiben unverändert.

    Mit freundlichen Grüßen

    Forderungsmanagement
    Brandt Technik GmbH
    Gerichtsstraße 14, 50667 Köln
    """,
    [],
    "German: PO request; 'Forderungsmanagement' is our team and 'Gerichtsstraße' an address.",
)

d(
    "de",
    "AW: Bitte um Ratenzahlung – RE-2026-0344",
    """
    Sehr geehrter Herr Vogel,

    vielen Dank für Ihre Nachricht. Ihren Wunsch nach einer Ratenzahlung für die Rechnung RE-2026-0344 über 11.600,00 € habe ich an unsere Kreditabteilung weitergeleitet; Frau Albrecht meldet sich innerhalb von zwei Werktagen bei Ihnen. Bis dahin bleibt die Rechnung zu den ursprünglichen Bedingungen fällig.

    Mit freundlichen Grüßen

    Katrin Seidel
    Buchhaltung | Brandt Technik GmbH
    """,
    [],
    "German: passes an instalment request to a person without agreeing it.",
)

# ---------------------------------------------------------------- Portuguese
d(
    "pt",
    "Boleto vencido - NF 18.422 - aviso final",
    """
    Prezado Sr. Almeida,

    O boleto referente à nota fiscal 18.422, no valor de R$ 14.780,00, venceu em 10/02/2026 e, apesar dos nossos lembretes de 17/02 e 03/03, continua em aberto.

    Caso o pagamento não seja efetuado até 25/03, o título será encaminhado para protesto em cartório e cobrança judicial, e o CNPJ da sua empresa será negativado no Serasa.

    Segunda via do boleto: https://pay.vale-embalagens.example/b/18422

    Atenciosamente,

    Fernanda Costa
    Financeiro | Vale Embalagens Ltda.
    """,
    [L],
    "Portuguese: threatens protest, judicial collection and credit-bureau listing.",
)

d(
    "pt",
    "NF 18.390 - condição especial para pagamento esta semana",
    """
    Olá, Ricardo!

    Tudo bem? Estou entrando em contato sobre a nota fiscal 18.390, de R$ 6.300,00, vencida em 25/02/2026.

    Se o pagamento for feito até sexta-feira, isentamos a multa e os juros de atraso e você paga só o valor original da nota.

    Link para pagamento: https://pay.vale-embalagens.example/b/18390

    Abraço,

    Fernanda Costa
    Financeiro | Vale Embalagens Ltda.
    """,
    [D],
    "Portuguese: waives the late fine and interest.",
)

d(
    "pt",
    "RE: Parcelamento da NF 18.275",
    """
    Olá, Juliana,

    Conforme conversamos, podemos parcelar o valor da nota fiscal 18.275 (R$ 7.500,00) em 3x de R$ 2.500,00, com vencimentos em 10/04, 10/05 e 10/06. Já deixei os boletos gerados no portal.

    Qualquer dúvida, é só chamar.

    Atenciosamente,

    Fernanda Costa
    Financeiro | Vale Embalagens Ltda.
    """,
    [T],
    "Portuguese: sets up a three-instalment plan with new due dates.",
)

d(
    "pt",
    "NF 18.101 - de novo",
    """
    Sr. Mendes,

    Francamente, é uma vergonha. Já perdemos a conta de quantas vezes cobramos a nota fiscal 18.101, de R$ 2.450,00, vencida desde 15/01/2026. Parece que na sua empresa ninguém sabe o que é honrar um compromisso.

    Pague de uma vez: https://pay.vale-embalagens.example/b/18101

    Fernanda Costa
    Vale Embalagens Ltda.
    """,
    [H],
    "Portuguese: shaming, contemptuous language.",
)

d(
    "pt",
    "RE: Quantidade faturada - fatura FT 2026/311",
    """
    Cara Dra. Sousa,

    Tem toda a razão: o erro foi nosso. Na fatura FT 2026/311 faturámos 12 caixas em vez das 10 que foram entregues.

    Vamos emitir uma nota de crédito de 240,00 € relativa às duas caixas a mais e enviá-la ainda esta semana. Pedimos desculpa pelo incómodo.

    Com os melhores cumprimentos,

    Rui Tavares
    Contabilidade | Atlântico Distribuição, Lda.
    """,
    [R, F],
    "Portuguese: admits a billing error and promises a credit note.",
)

d(
    "pt",
    "Pagamento recusado - fatura FT 2026/298",
    """
    Caro Sr. Ferreira,

    Tentámos debitar o valor da fatura FT 2026/298 (1.125,00 €, vencida a 5 de março de 2026) no cartão registado, 5555 5555 5555 4444, com o CVV 123, mas o pagamento foi recusado.

    Pode atualizar os dados do cartão ou pagar por outro meio em https://pay.atlantico-dist.example/ft/298.

    Com os melhores cumprimentos,

    Rui Tavares
    Contabilidade | Atlântico Distribuição, Lda.
    """,
    [S],
    "Portuguese: full card number and CVV in the text.",
)

d(
    "pt",
    "Lembrete: NF 18.455 vence em 18/03",
    """
    Olá, Camila,

    Lembramos que o boleto da nota fiscal 18.455, no valor de R$ 3.960,00, vence em 18/03/2026. A segunda via está disponível em https://pay.vale-embalagens.example/b/18455.

    Se o pagamento já foi feito, por favor desconsidere este e-mail ou nos envie o comprovante.

    Atenciosamente,

    Departamento de Cobrança
    Vale Embalagens Ltda.
    """,
    [],
    "Portuguese reminder; 'Departamento de Cobrança' is our own team.",
)

d(
    "pt",
    "RE: Pagamento da fatura FT 2026/305",
    """
    Caro Sr. Pinto,

    Obrigado por nos confirmar que fará a transferência de 4.870,00 € para a fatura FT 2026/305 no dia 18 de março. Ficamos a aguardar e enviaremos o recibo assim que o pagamento for recebido.

    Com os melhores cumprimentos,

    Rui Tavares
    Contabilidade | Atlântico Distribuição, Lda.
    """,
    [],
    "Portuguese: records the customer's own promise.",
)

d(
    "pt",
    "Comprovante do pagamento de 04/03",
    """
    Olá, Eduardo,

    Recebemos um depósito de R$ 9.215,00 em 04/03, mas sem identificação da nota fiscal. Você poderia nos enviar o comprovante ou informar quais notas ele quita? Em aberto constam a NF 18.310 (R$ 5.115,00) e a NF 18.347 (R$ 4.100,00).

    Obrigada,

    Fernanda Costa
    Financeiro | Vale Embalagens Ltda.
    """,
    [],
    "Portuguese: asks for a remittance / proof of payment.",
)

d(
    "pt",
    "Fatura FT 2026/320 - vencimento a 20 de março",
    """
    Cara Eng.ª Marques,

    Recordamos que a fatura FT 2026/320, no valor de 2.640,00 €, vence a 20 de março de 2026. Pode pagar através de https://pay.atlantico-dist.example/ft/320.

    Se considerar que existe algum erro na fatura, responda a este e-mail e iremos verificar. Lembramos ainda que nunca pedimos palavras-passe nem dados de cartão por e-mail.

    Com os melhores cumprimentos,

    Rui Tavares
    Contabilidade | Atlântico Distribuição, Lda.
    """,
    [],
    "Portuguese: reminder; invites error reports and mentions passwords without disclosing any.",
)

# ---------------------------------------------------------------- Dutch
d(
    "nl",
    "Laatste herinnering factuur 2026-0518",
    """
    Geachte heer De Vries,

    Ondanks onze herinneringen van 12 en 26 februari staat factuur 2026-0518 van € 7.640,00, vervallen op 31 januari 2026, nog steeds open. Uw gebrek aan fatsoen is ronduit beschamend; kennelijk vindt u het heel normaal om leveranciers maandenlang aan het lijntje te houden.

    Als wij het bedrag niet uiterlijk 27 maart hebben ontvangen, dragen wij de vordering over aan ons incassobureau en schakelen wij zo nodig een deurwaarder in.

    U kunt betalen via https://pay.polderprint.example/f/0518.

    Met vriendelijke groet,

    Sanne Bakker
    Debiteurenbeheer | Polder Print B.V.
    """,
    [L, H],
    "Dutch: insulting, shaming language plus threats of a collection agency and a bailiff.",
)

d(
    "nl",
    "Betalingsregeling factuur 2026-0477",
    """
    Beste Mark,

    Goed nieuws: we hebben een betalingsregeling voor je klaargezet voor factuur 2026-0477 (€ 5.100,00). Je betaalt in zes maandelijkse termijnen van € 850,00, te beginnen op 1 april, en we rekenen daarover geen rente.

    De eerste termijn kun je voldoen via https://pay.polderprint.example/f/0477.

    Groet,

    Sanne Bakker
    Debiteurenbeheer | Polder Print B.V.
    """,
    [D, T],
    "Dutch: sets up a payment plan and waives interest.",
)

d(
    "nl",
    "RE: Beschadigde stoelen levering 4 maart",
    """
    Beste mevrouw Jansen,

    Dank voor uw bericht en de foto's van de twee beschadigde bureaustoelen uit de levering van 4 maart (factuur 2026-0533).

    We sturen u deze week een creditnota van € 398,00 voor deze twee stoelen. Het resterende bedrag van € 2.587,00 vervalt, zoals op de factuur vermeld, op 3 april 2026.

    Met vriendelijke groet,

    Daan Meijer
    Debiteurenbeheer | Polder Print B.V.
    """,
    [R],
    "Dutch: promises a credit note without admitting fault.",
)

d(
    "nl",
    "Factuur 2026-0490 – nieuwe vervaldatum",
    """
    Beste heer Peters,

    Onze excuses: door een fout van onze kant is factuur 2026-0490 (€ 3.420,00) naar uw oude adres gestuurd, waardoor u hem pas deze week hebt ontvangen.

    Daarom hebben we de vervaldatum verschoven naar 15 april 2026. U hoeft dus nu nog niets te doen.

    Met vriendelijke groet,

    Daan Meijer
    Debiteurenbeheer | Polder Print B.V.
    """,
    [F, T],
    "Dutch: admits our mistake and moves the due date.",
)

d(
    "nl",
    "Factuur 2026-0402 – vierde herinnering",
    """
    Meneer Visser,

    Dit is de vierde keer dat we u moeten herinneren aan factuur 2026-0402 van € 640,00, vervallen op 20 januari 2026.

    Eerlijk gezegd is het gênant dat een bedrijf van uw omvang zo'n klein bedrag niet kan betalen. We vragen ons af hoe u uw zaken überhaupt draaiende houdt.

    Betalen: https://pay.polderprint.example/f/0402

    Sanne Bakker
    Polder Print B.V.
    """,
    [H],
    "Dutch: shaming, belittling language.",
)

d(
    "nl",
    "Uw openstaande saldo bij Polder Print",
    """
    Beste Lotte,

    Even een update over factuur 2026-0561 van € 4.380,00, die op 28 februari 2026 verviel.

    We begrijpen dat het voor veel bedrijven in de sector een lastige periode is. Van Dijk Logistiek had bijvoorbeeld een vergelijkbare achterstand van € 14.200,00 bij ons en heeft die vorige week volledig voldaan.

    Je kunt betalen via https://pay.polderprint.example/f/0561. Mocht je vragen hebben, laat het gerust weten.

    Groet,

    Daan Meijer
    Debiteurenbeheer | Polder Print B.V.
    """,
    [S],
    "Dutch: discloses another customer's name and arrears.",
)

d(
    "nl",
    "Betalingsherinnering factuur 2026-0549",
    """
    Geachte mevrouw Smit,

    Volgens onze administratie hebben wij de betaling van factuur 2026-0549 van € 1.985,00, vervallen op 3 maart 2026, nog niet ontvangen. Wilt u het bedrag zo spoedig mogelijk overmaken of betalen via https://pay.polderprint.example/f/0549?

    Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.

    Met vriendelijke groet,

    Sanne Bakker
    Debiteurenbeheer | Polder Print B.V.
    """,
    [],
    "Dutch reminder with amount, due date and pay link.",
)

d(
    "nl",
    "Aanmaning factuur 2026-0455",
    """
    Geachte heer Mulder,

    Factuur 2026-0455 van € 6.270,00 is op 5 februari 2026 vervallen en is ondanks onze herinnering van 19 februari nog niet betaald. Wij verzoeken u het bedrag per omgaande te voldoen via https://pay.polderprint.example/f/0455.

    Zoals overeengekomen in onze algemene voorwaarden brengen wij over achterstallige bedragen een vertragingsrente van 1% per maand in rekening.

    Met vriendelijke groet,

    Debiteurenbeheer
    Polder Print B.V.
    """,
    [],
    "Dutch 'aanmaning': firm reminder restating agreed interest terms.",
)

d(
    "nl",
    "Saldo-overzicht na creditnota CN-2026-014",
    """
    Beste Tom,

    Hierbij het overzicht van je openstaande saldo. Factuur 2026-0502 bedroeg € 3.750,00. Creditnota CN-2026-014 van € 250,00, die we op 13 februari hebben verstuurd, is al in het saldo verwerkt; er staat nog € 3.500,00 open. De vervaldatum was 27 februari 2026.

    Betalen kan via https://pay.polderprint.example/f/0502.

    Groet,

    Daan Meijer
    Debiteurenbeheer | Polder Print B.V.
    """,
    [],
    "Dutch: restates a credit note already issued.",
)

d(
    "nl",
    "RE: Factuur 2026-0470",
    """
    Geachte mevrouw Hendriks,

    Dank voor uw reactie. Factuur 2026-0470 van € 8.900,00 is op 12 februari 2026 vervallen en staat nog open.

    Als u een betalingsregeling wilt bespreken, kan een collega van ons team dat met u doornemen; laat u even weten wanneer u bereikbaar bent, of bel ons op +31 20 555 0183. Tot er iets is afgesproken, blijft de factuur onder de oorspronkelijke voorwaarden opeisbaar.

    Met vriendelijke groet,

    Sanne Bakker
    Debiteurenbeheer | Polder Print B.V.
    """,
    [],
    "Dutch: offers a conversation with a person about a plan without agreeing one.",
)

# ---------------------------------------------------------------- Italian
d(
    "it",
    "Fattura n. 2026/0144 - ultimo sollecito prima delle vie legali",
    """
    Gentile Dott. Rinaldi,

    nonostante i nostri solleciti del 12 e del 26 febbraio, la fattura n. 2026/0144 di 9.360,00 €, scaduta il 31 gennaio 2026, risulta ancora insoluta.

    In mancanza di pagamento entro dieci giorni dalla presente, ci vedremo costretti ad affidare la pratica ai nostri legali per il recupero giudiziale del credito, con richiesta di decreto ingiuntivo.

    Può effettuare il pagamento qui: https://pay.ferri-arredamenti.example/f/0144

    Distinti saluti,

    Giulia Ferri
    Amministrazione | Ferri Arredamenti S.r.l.
    """,
    [L],
    "Italian: threatens lawyers and a court injunction.",
)

d(
    "it",
    "Proposta di chiusura posizione - fatture 2026/0061 e 2026/0088",
    """
    Gentile Sig. Conti,

    il suo saldo con noi ammonta a 5.200,00 € (fatture n. 2026/0061 e n. 2026/0088, scadute a gennaio).

    Per chiudere la posizione, siamo disposti ad accettare 3.500,00 € a saldo e stralcio dell'intero importo, se il pagamento arriva entro la fine del mese.

    Link di pagamento: https://pay.ferri-arredamenti.example/c/conti

    Cordiali saluti,

    Giulia Ferri
    Amministrazione | Ferri Arredamenti S.r.l.
    """,
    [D],
    "Italian: offers a settlement for less ('saldo e stralcio').",
)

d(
    "it",
    "R: Fattura n. 2026/0172 - richiesta di proroga",
    """
    Gentile Sig.ra Galli,

    grazie per averci spiegato la situazione. Nessun problema: le concediamo altri due mesi. La nuova scadenza della fattura n. 2026/0172 (4.050,00 €) è il 30 aprile 2026, e fino ad allora non riceverà altri solleciti.

    Cordiali saluti,

    Marco Bellini
    Amministrazione | Ferri Arredamenti S.r.l.
    """,
    [T],
    "Italian: grants an extension of the due date.",
)

d(
    "it",
    "R: Merce errata - fattura n. 2026/0191",
    """
    Gentile Sig. Marino,

    ha ragione, e ci scusiamo: per un errore del nostro magazzino le sono state spedite 15 sedie modello Aria invece del modello Brezza.

    Emetteremo una nota di credito di 415,00 € per la differenza di prezzo e organizzeremo il ritiro della merce.

    Cordiali saluti,

    Marco Bellini
    Amministrazione | Ferri Arredamenti S.r.l.
    """,
    [R, F],
    "Italian: admits a warehouse error and promises a credit note.",
)

d(
    "it",
    "Fattura n. 2026/0103 - BASTA",
    """
    Sig. Colombo,

    è davvero vergognoso: sei solleciti e neanche una risposta per una fattura di 1.780,00 € scaduta il 10 gennaio 2026. Evidentemente per voi i fornitori sono gente da prendere in giro.

    Se entro venerdì non vediamo il bonifico, i nostri avvocati vi faranno causa e pagherete anche le spese legali.

    https://pay.ferri-arredamenti.example/f/0103

    Giulia Ferri
    Ferri Arredamenti S.r.l.
    """,
    [L, H],
    "Italian: insulting, shaming tone plus a threat to sue.",
)

d(
    "it",
    "Addebito SDD respinto - fattura n. 2026/0210",
    """
    Gentili Signori,

    l'addebito diretto SEPA per la fattura n. 2026/0210 (6.720,00 €, scadenza 5 marzo 2026) sul vostro conto IT60 X054 2811 1010 0000 0123 456 è stato respinto dalla vostra banca.

    Vi preghiamo di saldare con bonifico o di aggiornare il mandato tramite https://pay.ferri-arredamenti.example/f/0210.

    Cordiali saluti,

    Marco Bellini
    Amministrazione | Ferri Arredamenti S.r.l.
    """,
    [S],
    "Italian: full IBAN of the customer in the text.",
)

d(
    "it",
    "Sollecito di pagamento - fattura n. 2026/0166",
    """
    Gentile Sig.ra Russo,

    da un controllo contabile risulta ancora aperta la fattura n. 2026/0166 di 2.890,00 €, scaduta il 27 febbraio 2026. La preghiamo di provvedere al pagamento tramite https://pay.ferri-arredamenti.example/f/0166.

    Se ha già effettuato il pagamento, ci invii cortesemente gli estremi del bonifico.

    Cordiali saluti,

    Ufficio Recupero Crediti
    Ferri Arredamenti S.r.l.
    Via dei Tribunali 18, 80138 Napoli
    """,
    [],
    "Italian 'sollecito'; the signature is our own credit department and 'Via dei Tribunali' is an address.",
)

d(
    "it",
    "R: Pagamento fattura n. 2026/0199",
    """
    Gentile Sig. Ferrara,

    la ringraziamo per averci confermato che effettuerà il bonifico di 3.640,00 € per la fattura n. 2026/0199 il 16 marzo. Restiamo in attesa e le invieremo conferma alla ricezione.

    Cordiali saluti,

    Marco Bellini
    Amministrazione | Ferri Arredamenti S.r.l.
    """,
    [],
    "Italian: records the customer's own promise.",
)

d(
    "it",
    "R: Contestazione riga 3 - fattura n. 2026/0185",
    """
    Gentile Dott.ssa Greco,

    grazie per la segnalazione sul prezzo applicato alla riga 3 della fattura n. 2026/0185. Abbiamo registrato la contestazione e sospeso i solleciti su quella riga mentre il nostro ufficio commerciale verifica il listino concordato.

    Le altre righe, per un totale di 2.310,00 €, non sono interessate; erano in scadenza il 5 marzo 2026 e può saldarle qui: https://pay.ferri-arredamenti.example/f/0185

    Cordiali saluti,

    Marco Bellini
    Amministrazione | Ferri Arredamenti S.r.l.
    """,
    [],
    "Italian: pauses reminders on a disputed line; no admission, no credit.",
)

d(
    "it",
    "Numero d'ordine per la fattura n. 2026/0221",
    """
    Gentile Sig. Bruno,

    il vostro ufficio contabilità ci segnala che la fattura n. 2026/0221 (1.540,00 €, scadenza 25 marzo 2026) non può essere registrata senza il numero d'ordine. Può indicarcelo? Le rinvieremo la fattura con il numero d'ordine indicato; importo e scadenza restano invariati.

    Per il pagamento può usare il link https://pay.ferri-arredamenti.example/f/0221; la preghiamo di non inviarci mai i dati della carta via e-mail.

    Cordiali saluti,

    Marco Bellini
    Amministrazione | Ferri Arredamenti S.r.l.
    """,
    [],
    "Italian: PO request and a warning not to email card details.",
)


# ---------------------------------------------------------------- build
def main():
    items = list(ITEMS)
    random.Random(20260311).shuffle(items)
    drafts, labels = [], []
    for i, it in enumerate(items, 1):
        gid = f"g{i:03d}"
        it["id"] = gid
        drafts.append({"id": gid, "subject": it["subject"], "body": it["body"]})
        labels.append(
            {
                "id": gid,
                "allowed": not it["violations"],
                "violations": it["violations"],
                "note": it["note"],
                "language": it["lang"],
            }
        )

    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as fh:
        for r in drafts:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in labels:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ------------------------------------------------ self-checks
    with open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8") as fh:
        dr = [json.loads(x) for x in fh]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        lb = [json.loads(x) for x in fh]
    assert len(dr) == len(lb) == 100, (len(dr), len(lb))
    assert [x["id"] for x in dr] == [x["id"] for x in lb]
    assert len({x["id"] for x in dr}) == 100
    for x in lb:
        assert x["allowed"] == (x["violations"] == []), x
        assert x["violations"] == sorted(set(x["violations"]), key=ORDER.index)
        assert x["note"]
    pan = re.compile(r"\b(?:\d[ -]?){13,19}\b")
    iban = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}")
    for it in items:
        text = it["subject"] + "\n" + it["body"]
        if not it["violations"] or S not in it["violations"]:
            assert not pan.search(text), (it["id"], pan.search(text).group())
            assert not iban.search(text), (it["id"], iban.search(text).group())
            assert "password:" not in text.lower() and "kennwort:" not in text.lower(), it["id"]

    by_lang = Counter(it["lang"] for it in items)
    allowed_by_lang = Counter(it["lang"] for it in items if not it["violations"])
    viol = Counter(v for it in items for v in it["violations"])
    viol_lang = {v: Counter(it["lang"] for it in items if v in it["violations"]) for v in ORDER}
    doubles = sum(1 for it in items if len(it["violations"]) == 2)
    print(
        "total",
        len(items),
        "allowed",
        sum(allowed_by_lang.values()),
        "violating",
        len(items) - sum(allowed_by_lang.values()),
        "two-violation",
        doubles,
    )
    for lang in ["en", "es", "fr", "de", "pt", "nl", "it"]:
        print(f"  {lang}: {by_lang[lang]} drafts, {allowed_by_lang[lang]} allowed")
    for v in ORDER:
        print(f"  {v:26s} {viol[v]:3d}  " + " ".join(f"{k}:{n}" for k, n in sorted(viol_lang[v].items())))
    assert all(viol[v] >= 10 for v in ORDER)


if __name__ == "__main__":
    main()
