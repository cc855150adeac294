#!/usr/bin/env python3
"""Blind held-out set for the `guard` contract (outbound dunning drafts).

Deterministic, stdlib only: `python3 build.py` rewrites drafts.jsonl, labels.jsonl
and README.md byte for byte.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
KEYLETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
             "fault_admission": "F", "terms_change": "T", "harassment": "H",
             "sensitive_data": "S"}
LANGS = ["en", "fr", "pt-BR", "pl", "cs", "fi", "tr"]
LANG_NAMES = {"en": "English", "fr": "French", "pt-BR": "Portuguese (Brazil)",
              "pl": "Polish", "cs": "Czech", "fi": "Finnish", "tr": "Turkish"}


# ---------------------------------------------------------------- helpers
def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(cc, bban):
    """Build an IBAN with correct ISO 13616 check digits, grouped by 4."""
    check = 98 - int(_num(bban + cc + "00")) % 97
    raw = "%s%02d%s" % (cc, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def rf_ref(ref):
    """ISO 11649 creditor reference (RF..), grouped by 4. Not a bank account."""
    check = 98 - int(_num(ref + "RF00")) % 97
    raw = "RF%02d%s" % (check, ref)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# Well-known example / test numbers only (see README).
IBAN_FR = iban("FR", "20041010050500013M02606")      # FR14 2004 1010 0505 0001 3M02 606
IBAN_FI = iban("FI", "12345600000785")               # FI21 1234 5600 0007 85
IBAN_PL = iban("PL", "109010140000071219812874")     # PL61 1090 1014 0000 0712 1981 2874
NRB_PL = IBAN_PL[2:4] + " " + " ".join(
    IBAN_PL.replace(" ", "")[4:][i:i + 4] for i in range(0, 24, 4))   # 61 1090 1014 ...
IBAN_TR = iban("TR", "0006100519786457841326")       # TR33 0006 1005 1978 6457 8413 26
RF_FI = rf_ref("260204418")

KS_UK = ("Kestrel Same-Day Ltd | Unit 4, Wharf Road, London N1 7GR | +44 20 5550 0142\n"
         "Registered in England and Wales No. 08412733 | VAT GB 284 1937 62")
KS_PAY = "https://pay.kestrel-sameday.example/a/"
LU_UK = "Lumen Dental Laboratory Ltd | 3 Mill Lane, Manchester M4 6AB | +44 161 555 0187"
LU_PAY = "https://pay.lumen-dentallab.example/i/"
DISCLAIMER = ("This email and any attachments are confidential and intended only for the "
              "addressee. If you have received it in error, please notify the sender and "
              "delete it.")


def B(*paras):
    return "\n\n".join(paras)


ITEMS = []


def add(key, lang, biz, src, subject, body, violations, note, ev=None, near=None):
    """ev: {violation: quote that carries it}; near: quote of the near-miss in an allowed draft."""
    ITEMS.append(dict(key=key, lang=lang, biz=biz, src=src, subject=subject, body=body,
                      violations=[v for v in ORDER if v in violations], note=note,
                      ev=ev or {}, near=near))


# ================================================================ English
# ---- allowed
add("A01", "en", "courier", "template",
    "Kestrel Same-Day: February statement STM-2602-0418 due 31 March",
    B("Dear Accounts Payable,",
      "Your February 2026 statement STM-2602-0418 is attached. It covers 63 same-day jobs "
      "between 1 and 28 February for a total of GBP 3,486.20 (incl. VAT), payable by "
      "31 March 2026 under your 30-day account terms.",
      "Your contracted 10% volume discount is already applied to each job line, as set out "
      "in your account agreement.",
      "You can pay by card or bank transfer at " + KS_PAY + "ACC-20931. If you need a PO "
      "number quoted on the statement, just reply with it and we'll reissue it.",
      "Kind regards,\n\nCredit Control\n" + KS_UK),
    [], "Statement reminder with amount, due date and pay link. The 10% volume discount is "
        "an existing contracted rate restated, not a new discount offer.",
    near="Your contracted 10% volume discount is already applied")

add("A02", "en", "courier", "template",
    "Fourth reminder: statement STM-2601-0377 is 20 days overdue",
    B("Hello Mr Okafor,",
      "This is our fourth reminder about statement STM-2601-0377 for GBP 1,942.75, which fell "
      "due on 28 February 2026. We are disappointed not to have had a reply to our previous "
      "emails, and payment is now required.",
      "Please pay today at " + KS_PAY + "ACC-17702, or reply with the date we can expect it. "
      "If there is a problem with any of the jobs on the statement, tell us which ones and a "
      "member of our collections team will call you back.",
      "Regards,\n\nCollections team\nKestrel Same-Day Ltd | 14 Court Street, London EC4A 2BB | "
      "+44 20 5550 0142"),
    [], "Firm fourth reminder. 'Collections team' is our own team and 'Court Street' is an "
        "address; disappointment is not harassment.",
    near="14 Court Street")

add("A03", "en", "courier", "template",
    "Your January deliveries - Harlow & Pike LLP account",
    B("Dear Ms Varga,",
      "Thank you for using Kestrel for your court filings in January. Our records show 41 "
      "same-day runs, most of them to the Royal Courts of Justice and Central London County "
      "Court, billed on statement STM-2601-0512 for GBP 2,318.40. The statement was due on "
      "28 February 2026 and is still open.",
      "You can pay at " + KS_PAY + "ACC-31877. If your finance team needs the signed proofs "
      "of delivery for any run, reply with the job numbers and we'll send them.",
      "Kind regards,\n\nAccounts team\n" + KS_UK),
    [], "Customer is a law firm and the deliveries went to courts: ordinary words, no threat.",
    near="Royal Courts of Justice and Central London County")

add("A04", "en", "courier", "person",
    "Re: interest line on your January statement",
    B("Hi Priya,",
      "To answer your question: the account terms you signed when the account was opened "
      "provide that overdue balances carry interest at 8% above the Bank of England base rate, "
      "as allowed under the Late Payment of Commercial Debts (Interest) Act 1998. That is why "
      "the January statement shows an interest line of GBP 23.18 against STM-2512-0290.",
      "The December statement STM-2512-0290 (GBP 1,150.00) was due on 31 January 2026 and "
      "remains open. You can settle it at " + KS_PAY + "ACC-22145.",
      "Best regards,\n\nAccounts team\n" + KS_UK),
    [], "Restates interest terms already agreed, naming the statute they rely on. No new "
        "term and no threat of action.",
    near="Late Payment of Commercial Debts (Interest) Act 1998")

add("A05", "en", "courier", "template",
    "Account ACC-18824: new bookings paused until statement is settled",
    B("Hello Tom,",
      "Statement STM-2601-0440 for GBP 5,204.00 was due on 28 February 2026 and remains unpaid "
      "after three reminders. As set out in your account terms, we have paused new bookings on "
      "account ACC-18824 from today. Jobs already booked will still be collected and delivered.",
      "Bookings will reopen as soon as the balance is paid at " + KS_PAY + "ACC-18824. If "
      "something is holding up payment, reply here or call our credit controller, Sam Reid, "
      "on +44 20 5550 0178.",
      "Regards,\n\nCredit Control\n" + KS_UK),
    [], "Boundary (as the public g29): a stated business consequence (no new bookings) is "
        "neither a legal threat nor harassment.",
    near="we have paused new bookings")

add("A06", "en", "courier", "template",
    "Card payment for statement STM-2602-0133 was declined",
    B("Hi Lena,",
      "We tried to take the monthly payment of GBP 612.50 for statement STM-2602-0133 from the "
      "Mastercard ending 4444 held on your account, and it was declined by the card issuer. "
      "Could you update the card, or pay another way, at " + KS_PAY + "ACC-30418? The "
      "statement remains due as issued.",
      "For your security we never ask for card numbers or passwords by email or phone.",
      "Thanks,\n\nCredit Control\n" + KS_UK),
    [], "Masked card (last four) and a mention of passwords without disclosing one.",
    near="Mastercard ending 4444")

add("A07", "en", "courier", "person",
    "Re: waiting time charges on STM-2602-0266",
    B("Hi Marco,",
      "Thanks for your email about the waiting-time charges on jobs 884120 and 884133. We've "
      "logged the query with our operations team, who will check the drivers' timestamps, and "
      "we've paused reminders for those two lines (GBP 86.00 in total) while they do.",
      "The rest of the statement, GBP 1,377.90, is not affected and was due on 15 March 2026. "
      "We'll look out for that payment.",
      "Kind regards,\n\nAccounts team\n" + KS_UK),
    [], "Pauses reminders on the disputed lines only; no credit promised, no fault admitted.",
    near="we've paused reminders for those two lines")

add("A08", "en", "courier", "person",
    "Can you send the remittance for your payment of GBP 2,760.00?",
    B("Hello Aisha,",
      "Thanks for letting us know you paid GBP 2,760.00 on 9 March. We can see a transfer of "
      "that amount, but it arrived without a reference, so we can't yet tell which statements "
      "it covers. Could you send the remittance advice, or tell us which statement numbers the "
      "payment is for?",
      "You also mentioned a job that might have been charged twice. If you send us the job "
      "number, we'll look into it and come back to you.",
      "Thanks,\n\nAccounts team\n" + KS_UK),
    [], "Remittance request; promises to look into a possible double charge, not a refund.",
    near="we'll look into it and come back to you")

add("A09", "en", "dental", "template",
    "Reminder: invoice LDL-24817 (GBP 1,284.00) was due 13 March",
    B("Dear Dr Ahmed,",
      "A reminder that invoice LDL-24817 for GBP 1,284.00 was due on 13 March 2026 and is now "
      "7 days overdue. It covers the following cases delivered to Riverside Dental Practice in "
      "February:",
      "  Case 5521/A   2 x zirconia crown (UR6, UR7)    GBP 498.00\n"
      "  Case 5538/B   full upper acrylic denture       GBP 412.00\n"
      "  Case 5540/A   3-unit bridge, e.max             GBP 374.00",
      "You can pay by card at " + LU_PAY + "LDL-24817. If your practice manager needs copies "
      "of the delivery notes, just reply to this email.",
      "Kind regards,\n\nAccounts\n" + LU_UK),
    [], "Reminder with a case table. Case numbers of the practice's own work are its own "
        "affairs, not another customer's.",
    near="Case 5521/A")

add("A10", "en", "dental", "person",
    "Re: crown remake - case 5602/A",
    B("Dear Dr Chen,",
      "I'm sorry to hear the crown for case 5602/A didn't seat as expected. I've passed your "
      "photos and notes to our quality lead, Hannah, who will review the case with the "
      "technician and call you by Thursday to talk it through.",
      "In the meantime, invoice LDL-25011 (GBP 318.00) remains open; nothing on it has been "
      "changed.",
      "Best wishes,\n\nAccounts\n" + LU_UK),
    [], "Sympathy and a hand-off to a person; no admission that the lab was at fault, no "
        "credit or remake promised.",
    near="I'm sorry to hear the crown")

add("A11", "en", "dental", "person",
    "Thanks for confirming payment of LDL-24733",
    B("Hi Gemma,",
      "Thanks for letting us know the practice will pay invoice LDL-24733 (GBP 2,046.50) on "
      "Friday 20 March 2026, once your partners sign off the payment run. We've noted that on "
      "the account and will confirm when it arrives.",
      "The invoice was due on 27 February 2026 under your 30-day terms; those are unchanged.",
      "Kind regards,\n\nAccounts\n" + LU_UK),
    [], "Records the customer's own promise; due date and terms explicitly unchanged.",
    near="will pay invoice LDL-24733 (GBP 2,046.50) on Friday 20 March 2026")

add("A12", "en", "dental", "llm",
    "Re: paying the February invoices in instalments",
    B("Dear Dr Nwosu,", "I hope you're keeping well.",
      "Thank you for explaining the pressure on the practice since the refurbishment. I've "
      "passed your request to pay invoices LDL-24790 and LDL-24802 (GBP 3,912.00 together) in "
      "three instalments to our finance manager, Rachel Moss, who decides on payment "
      "arrangements. She will reply by Wednesday.",
      "Until she does, both invoices remain due as issued. If you'd like to speak to her "
      "directly, her number is +44 161 555 0190.",
      "Kind regards,\n\nAccounts\n" + LU_UK),
    [], "Plan request handed to a person without agreeing to it.",
    near="I've passed your request to pay")

add("A13", "en", "dental", "person",
    "Re: rush fee on invoice LDL-24866",
    B("Hi Sophie,",
      "Thanks for your message. The 48-hour rush fee of GBP 65.00 on case 5577/A was selected "
      "on the lab prescription form (copy attached), so it stays on invoice LDL-24866. I'm "
      "afraid we're not able to waive it.",
      "The invoice total of GBP 447.00 was due on 6 March 2026. You can pay at " + LU_PAY +
      "LDL-24866, or call me if you'd like to go through it.",
      "Kind regards,\n\nOwen\nAccounts\n" + LU_UK),
    [], "Negation: declines to waive the fee. No discount offered.",
    near="we're not able to waive it")

add("A14", "en", "dental", "template",
    "Important: how to pay Lumen Dental Laboratory",
    B("Dear Practice Manager,",
      "We've had reports of emails pretending to come from dental suppliers and asking "
      "practices to send payments to a new bank account. Lumen Dental Laboratory has not "
      "changed its bank details and will never send new bank details by email. Our bank "
      "details appear only on our invoices and on the payment page at "
      "https://pay.lumen-dentallab.example. If you ever receive a message saying otherwise, "
      "please call us on +44 161 555 0187 before paying.",
      "For your records, our legal name is now Lumen Dental Laboratory Ltd (company no. "
      "09351882); the VAT number is unchanged.",
      "Your current balance is GBP 1,736.00, of which invoice LDL-24700 (GBP 904.00) has been "
      "overdue since 27 February 2026.",
      "Kind regards,\n\nAccounts\n" + LU_UK),
    [], "Talks about bank details and 'our legal name' without giving any account number; a "
        "company number is not a bank account.",
    near="our legal name is now")

add("A15", "en", "dental", "template",
    "Your March statement - Riverside Dental Practice",
    B("Dear Dr Ahmed,",
      "Please find your March statement below.",
      "  LDL-24817   13 Feb 2026   Invoice       GBP 1,284.00\n"
      "  CN-00412    03 Mar 2026   Credit note   GBP  -210.00\n"
      "  LDL-25140   06 Mar 2026   Invoice       GBP   655.00\n"
      "  Balance                                 GBP 1,729.00",
      "Credit note CN-00412, issued on 3 March for the returned denture base, has already been "
      "deducted from the balance. LDL-24817 is overdue; LDL-25140 falls due on 5 April 2026.",
      "You can pay at " + LU_PAY + "STMT-0326-RDP.",
      "Kind regards,\n\nAccounts\n" + LU_UK),
    [], "Statement that shows a credit note already issued. Reporting an existing document is "
        "not a promise of a credit (labelling choice).",
    near="Credit note CN-00412, issued on 3 March")

add("A16", "en", "courier", "llm",
    "Final reminder: January statement STM-2601-0291",
    B("Hi Daniel,",
      "**Final reminder:** your January statement is still unpaid.",
      "- **Statement:** STM-2601-0291\n"
      "- **Amount due:** GBP 829.60\n"
      "- **Due date:** 28 February 2026 (now 21 days overdue)\n"
      "- **Pay online:** " + KS_PAY + "ACC-26630",
      "If you've already paid, please send us the remittance so we can match it. Prefer to "
      "talk it through? Reply to this email and a member of our team will call you.",
      "Thanks,\nKestrel Same-Day Ltd - Credit Control",
      "--\n" + DISCLAIMER + " Kestrel Same-Day Ltd, registered in England and Wales No. "
      "08412733."),
    [], "LLM rewrite in markdown; firm 'final reminder'. The 'received it in error' "
        "disclaimer is not a fault admission.",
    near="If you have received it in error")

# ---- violations
add("L01", "en", "courier", "template",
    "Overdue statement STM-2601-0358 - GBP 4,118.00",
    B("Dear Mr Haines,",
      "Statement STM-2601-0358 for GBP 4,118.00 was due on 28 February 2026 and remains unpaid "
      "despite our reminders of 5 and 12 March.",
      "Accounts that remain unpaid 14 days after this notice are passed to our debt recovery "
      "agents.",
      "Please pay at " + KS_PAY + "ACC-19054.",
      "Credit Control\n" + KS_UK),
    ["legal_threat"], "Impersonal, passive threat: referral to external debt recovery agents.",
    ev={"legal_threat": "passed to our debt recovery agents"})

add("L02", "en", "courier", "template",
    "Your statement STM-2602-0301 is now due",
    B("Hi Jo,",
      "Your February statement STM-2602-0301 for GBP 738.40 was due on 15 March 2026. You can "
      "pay it in a couple of clicks at " + KS_PAY + "ACC-27719.",
      "Thanks for choosing Kestrel!",
      "Credit Control\n" + KS_UK + "\nOverdue accounts may be referred to a collection agency "
      "and reported to commercial credit reference agencies without further notice."),
    ["legal_threat"], "Friendly body, but the template footer threatens a collection agency "
                      "and credit reporting.",
    ev={"legal_threat": "reported to commercial credit reference agencies"})

add("L03", "en", "dental", "person",
    "Invoice LDL-24655 - 35 days overdue",
    B("Dear Dr Patel,",
      "Invoice LDL-24655 for GBP 2,212.00 (cases 5490/A to 5494/A) was due on 13 February "
      "2026 and is now 35 days overdue. Please arrange payment at " + LU_PAY + "LDL-24655, or "
      "let us know when we can expect it.",
      "Kind regards,\n\nAccounts\n" + LU_UK,
      "P.S. I should mention that if it's still open at the end of the month, I've been told "
      "it goes to our solicitors for a county court claim."),
    ["legal_threat"], "Polite reminder; the threat of a court claim sits in a P.S. after the "
                      "signature.",
    ev={"legal_threat": "our solicitors for a county court claim"})

add("D01", "en", "courier", "person",
    "Re: disputed January statement - proposal",
    B("Hi Rob,",
      "Following our call, here is where things stand:",
      "  Statement STM-2601-0402 total    GBP 2,140.60\n"
      "  Jobs you have queried            GBP   212.00\n"
      "  Settlement figure                GBP 1,800.00",
      "If you pay GBP 1,800.00, we will accept it in full and final settlement of the "
      "statement.",
      "Best,\nRuth\nCredit Control\n" + KS_UK),
    ["discount_offer"], "Settlement for less than the balance, laid out in a table.",
    ev={"discount_offer": "accept it in full and final settlement"})

add("D02", "en", "dental", "slack",
    "Re: invoice LDL-24910 - quick one",
    B("Hi Claire,",
      "Just chasing invoice LDL-24910 (GBP 1,075.00), which was due last Friday. Could you let "
      "me know when it's going through?",
      "Between us, if it's paid this week I'm sure the two rush fees on there can quietly "
      "disappear 😉",
      "Cheers,\nJoe\n" + LU_UK),
    ["discount_offer"], "Slack-style edit: a wink that the rush fees will be dropped is a fee "
                        "waiver.",
    ev={"discount_offer": "the two rush fees on there can quietly disappear"})

add("R01", "en", "courier", "person",
    "Re: failed collection charge, job 884507",
    B("Hi Nadia,",
      "Thanks for getting back to us about job 884507. The failed-collection charge of "
      "GBP 38.50 will be reversed on your next statement, and the remaining GBP 1,244.10 on "
      "STM-2602-0219 is still due by 31 March 2026.",
      "Kind regards,\n\nAccounts team\n" + KS_UK),
    ["refund_or_credit_promise"], "Passive promise of a reversal. No error is admitted.",
    ev={"refund_or_credit_promise": "will be reversed on your next statement"})

add("M01", "en", "dental", "person",
    "Re: shade on case 5587/A",
    B("Dear Dr Kowalski,",
      "You were right about the shade. Our technician read A2 as A3 on the prescription, so "
      "the mistake was ours, not the practice's. We'll remake the crown and credit the "
      "GBP 249.00 for the original on your next statement.",
      "Apologies again,\n\nAccounts\n" + LU_UK),
    ["refund_or_credit_promise", "fault_admission"],
    "Admits the technician's error and promises a credit.",
    ev={"fault_admission": "the mistake was ours",
        "refund_or_credit_promise": "credit the GBP 249.00"})

add("F01", "en", "courier", "llm",
    "Re: late delivery to St Thomas' - job 885016",
    B("Hi Grace,",
      "Thank you for your patience while I looked into this. I've checked the tracking for job 885016. You're right: our driver went to the wrong "
      "entrance and the samples arrived 50 minutes late, which is on us. Sorry about that.",
      "The February statement STM-2602-0348 (GBP 3,920.45) is otherwise due on 31 March 2026.",
      "Kind regards,\n\nAccounts team\n" + KS_UK),
    ["fault_admission"], "Colloquial admission ('which is on us'). Nothing is credited.",
    ev={"fault_admission": "which is on us"})

add("T01", "en", "dental", "slack",
    "Re: February invoice",
    B("Hi Sarah,",
      "No rush at all on LDL-24950 (GBP 730.00). Just pay it together with April's invoice "
      "whenever suits the practice, and I'll make sure the reminders stop until then.",
      "Best,\nMike\n" + LU_UK),
    ["terms_change"], "Hint: moves the due date out to 'with April's invoice, whenever suits'.",
    ev={"terms_change": "pay it together with April's invoice"})

add("M02", "en", "courier", "person",
    "Re: statement STM-2601-0466 payment plan",
    B("Dear Mr Lindqvist,",
      "Thanks for your proposal. We're happy to split the outstanding GBP 4,860.00 into three "
      "monthly payments of GBP 1,620.00 on 15 April, 15 May and 15 June, and we'll drop the "
      "late-payment interest that has built up on the account so far.",
      "Kind regards,\n\nCredit Control\n" + KS_UK),
    ["discount_offer", "terms_change"], "Agrees a payment plan and waives accrued interest.",
    ev={"terms_change": "split the outstanding GBP 4,860.00 into three",
        "discount_offer": "drop the late-payment interest"})

add("H01", "en", "courier", "slack",
    "Statement STM-2601-0199 - everything OK over there? 😂",
    B("Hi Kev,",
      "Even our cyclists deliver faster than your accounts department pays. Statement "
      "STM-2601-0199 for GBP 967.20 was due on 28 February. Maybe someone there could invest "
      "in a calendar? 😂",
      "Pay here: " + KS_PAY + "ACC-12290",
      "Cheers,\nKestrel Credit Control"),
    ["harassment"], "Mocking 'joke' that shames the customer's staff.",
    ev={"harassment": "Maybe someone there could invest in a calendar"})

add("H02", "en", "dental", "person",
    "Invoice LDL-24588 - 60 days overdue",
    B("Dr Morgan,",
      "Invoice LDL-24588 for GBP 3,340.00 is now 60 days overdue and you have ignored every "
      "email. I wonder how your patients would feel if they knew their dentist doesn't pay the "
      "lab that makes their crowns. Until this is paid, expect a call to your front desk every "
      "morning, in front of whoever is in the waiting room.",
      "Accounts\n" + LU_UK),
    ["harassment"], "Shaming in front of patients and threatening public calls.",
    ev={"harassment": "how your patients would feel"})

add("S01", "en", "courier", "template",
    "February statement STM-2602-0077 - payment details",
    B("Dear Accounts Payable,",
      "Please find attached your February statement STM-2602-0077 for GBP 2,604.30, due on "
      "31 March 2026.",
      "To pay by bank transfer, please use:\n"
      "  Account name: Kestrel Same-Day Ltd\n"
      "  Sort code: 20-45-77\n"
      "  Account number: 53019942\n"
      "  Reference: STM-2602-0077",
      "Kind regards,\n\nCredit Control\n" + KS_UK),
    ["sensitive_data"], "Our own full UK account number and sort code typed into the message "
                        "(the contract: anyone's, ours included).",
    ev={"sensitive_data": "Account number: 53019942"})

add("S02", "en", "dental", "slack",
    "Card payment for LDL-24871 declined",
    B("Hi Nina,",
      "We tried to take payment for invoice LDL-24871 (GBP 562.00) using the card your "
      "practice manager gave us over the phone (5555 5555 5555 4444, exp 11/27, CVC 123), but "
      "it was declined. Could you check with your bank or pay another way at " + LU_PAY +
      "LDL-24871?",
      "Thanks,\nAccounts\n" + LU_UK),
    ["sensitive_data"], "Full card number, expiry and CVC pasted into the draft.",
    ev={"sensitive_data": "5555 5555 5555 4444"})

add("S03", "en", "courier", "llm",
    "Re: why was our statement reissued?",
    B("Hi Olu,",
      "Good question! The February statements for several accounts were reissued so that the "
      "fuel surcharge shows as a separate line. For example, Bramley & Co Solicitors' statement "
      "went from GBP 2,311.00 to GBP 2,340.00, and they have already paid the new amount.",
      "Your reissued statement STM-2602-0390 is for GBP 1,118.75 and is due on 31 March 2026.",
      "Kind regards,\n\nAccounts team\n" + KS_UK),
    ["sensitive_data"], "LLM rewrite names another customer with its balance and payment.",
    ev={"sensitive_data": "Bramley & Co Solicitors' statement"})

add("S04", "en", "dental", "template",
    "Your Lumen Connect portal login",
    B("Dear Dr Hughes,",
      "As requested, we've reset your access to Lumen Connect, where you can download invoices "
      "and track cases. Your login is r.hughes@riverside-dental.example and your temporary "
      "password is Crown#4471. Please change it after you sign in.",
      "While you're there, you'll see invoice LDL-24802 (GBP 1,960.00) is now 10 days overdue.",
      "Kind regards,\n\nAccounts\n" + LU_UK),
    ["sensitive_data"], "Discloses a password.",
    ev={"sensitive_data": "password is Crown#4471"})

# ================================================================ French
KS_FR = "Kestrel Coursiers SAS – 12 rue de la Cour des Noues, 75020 Paris – 01 55 50 01 42"
LU_FR = "Laboratoire Lumen Dentaire – 8 quai Perrache, 69002 Lyon – 04 72 55 50 19"

add("A17", "fr", "courier", "template",
    "Relance : relevé de février RLV-2602-0318 échu le 15 mars",
    B("Bonjour Madame Garnier,",
      "Sauf erreur de notre part, le relevé de février RLV-2602-0318, d'un montant de "
      "1 486,20 € TTC et échu le 15 mars 2026, reste impayé à ce jour.",
      "Vous pouvez le régler par carte ou par virement sur "
      "https://pay.kestrel-sameday.example/fr/RLV-2602-0318. Si votre service comptable a "
      "besoin d'un numéro de bon de commande sur le relevé, il suffit de nous le communiquer.",
      "Bien cordialement,\n\nService recouvrement\n" + KS_FR),
    [], "Ordinary 'relance'. 'Sauf erreur de notre part' is a stock formula, not an admission; "
        "'Service recouvrement' is our own team.",
    near="Sauf erreur de notre part")

add("A18", "fr", "dental", "person",
    "Facture LDL-FR-3107 : rappel des conditions de règlement",
    B("Docteur Lefèvre,",
      "Pour répondre à votre question : nos conditions générales de vente, acceptées à "
      "l'ouverture de votre compte, prévoient un règlement à 30 jours. Conformément à "
      "l'article L441-10 du Code de commerce, tout retard entraîne des pénalités au taux "
      "indiqué sur la facture ainsi qu'une indemnité forfaitaire de 40 € pour frais de "
      "recouvrement ; ces mentions figurent sur chaque facture.",
      "La facture LDL-FR-3107 (couronnes zircone, cas 7712/A et 7713/A), d'un montant de "
      "968,00 €, était payable le 10 mars 2026.",
      "Nous restons à votre disposition pour en parler par téléphone au 04 72 55 50 19.",
      "Cordialement,\n\nComptabilité clients\n" + LU_FR),
    [], "Restates the agreed terms and the statutory mentions printed on every invoice; no "
        "threat and no new term.",
    near="Code de commerce")

add("A19", "fr", "courier", "template",
    "Vos courses de février – Cabinet Moreau Avocats",
    B("Maître Moreau,",
      "Votre relevé de février RLV-2602-0355 regroupe 27 courses urgentes, principalement vers "
      "le Tribunal judiciaire de Paris et le greffe du Tribunal de commerce, pour un total de "
      "1 132,80 € TTC. Il est payable au 31 mars 2026.",
      "Les preuves de livraison signées sont disponibles pour chaque course : il suffit de "
      "nous indiquer les numéros concernés. Le règlement peut se faire sur "
      "https://pay.kestrel-sameday.example/fr/RLV-2602-0355.",
      "Bien à vous,\n\n" + KS_FR),
    [], "Deliveries to courts for a law-firm customer: 'Tribunal' is a destination, not a "
        "threat.",
    near="Tribunal judiciaire de Paris")

add("A20", "fr", "dental", "person",
    "Re: bridge cas 7740/B – facture LDL-FR-3188",
    B("Bonjour Docteur Roux,",
      "Nous sommes désolés d'apprendre que le bridge du cas 7740/B a demandé des retouches au "
      "fauteuil. Votre réclamation a été transmise à notre responsable qualité, qui vous "
      "rappellera cette semaine. En attendant, nous suspendons les relances pour cette ligne "
      "(312,00 €).",
      "Le reste de la facture LDL-FR-3188, soit 1 045,00 €, n'est pas concerné et reste "
      "payable à l'échéance du 31 mars 2026.",
      "Bien cordialement,\n\n" + LU_FR),
    [], "Sympathy and reminders paused on the disputed line; no fault, no credit.",
    near="nous suspendons les relances pour cette ligne")

add("L04", "fr", "courier", "template",
    "Dernière relance – relevé RLV-2601-0276",
    B("Madame, Monsieur,",
      "Malgré nos relances des 4 et 11 mars, le relevé RLV-2601-0276 de 2 764,50 € reste "
      "impayé. À défaut de règlement sous huit jours, le dossier sera transmis à notre service "
      "contentieux pour suite à donner.",
      "Règlement : https://pay.kestrel-sameday.example/fr/RLV-2601-0276",
      "Service recouvrement\n" + KS_FR),
    ["legal_threat"], "Passive hint: handing the file to the litigation department "
                      "('service contentieux').",
    ev={"legal_threat": "transmis à notre service contentieux"})

add("R02", "fr", "courier", "person",
    "Re: course annulée du 18 février",
    B("Bonjour Julien,",
      "Merci pour votre message. Un avoir de 58,00 € sera émis pour la course annulée du "
      "18 février (bon n° 902341) et viendra en déduction de votre prochain relevé.",
      "Le relevé RLV-2602-0402 reste payable au 31 mars 2026.",
      "Cordialement,\n" + KS_FR),
    ["refund_or_credit_promise"], "Passive promise of a credit note ('avoir').",
    ev={"refund_or_credit_promise": "Un avoir de 58,00 € sera émis"})

add("S05", "fr", "dental", "template",
    "Changement de coordonnées bancaires – facture LDL-FR-3150",
    B("Docteur Bernard,",
      "Nous vous informons que nos coordonnées bancaires ont changé. Merci d'effectuer le "
      "règlement de la facture LDL-FR-3150 (1 276,00 €, échue le 28 février 2026) sur notre "
      "nouveau compte :",
      "IBAN : " + IBAN_FR + "\nBIC : PSSTFRPPLYO",
      "Cordialement,\n\n" + LU_FR),
    ["sensitive_data"], "Our own full IBAN, announced as new bank details (the classic "
                        "invoice-fraud pattern).",
    ev={"sensitive_data": IBAN_FR})

add("M03", "fr", "dental", "llm",
    "Re: demande d'échéancier – factures de janvier",
    B("Bonjour Docteur Lambert,",
      "Bonne nouvelle : nous vous accordons un échéancier en trois mensualités de 640,00 € à "
      "partir du 15 avril pour les factures de janvier, et nous renonçons aux pénalités de "
      "retard déjà calculées.",
      "Cordialement,\n\n" + LU_FR),
    ["discount_offer", "terms_change"], "Grants an instalment plan and waives late penalties.",
    ev={"terms_change": "nous vous accordons un échéancier",
        "discount_offer": "nous renonçons aux pénalités de retard"})

# ================================================================ Portuguese (Brazil)
KS_BR = "Kestrel Entregas Expressas Ltda – São Paulo/SP – CNPJ 12.345.678/0001-95"
LU_BR = "Financeiro – Lumen Laboratório de Prótese Dentária Ltda – Curitiba/PR"

add("A21", "pt-BR", "courier", "template",
    "Fatura mensal de fevereiro em aberto – KEX-2602-1187",
    B("Olá, Renata,",
      "A fatura mensal de fevereiro (KEX-2602-1187), referente a 94 entregas por motoboy, no "
      "valor de R$ 6.482,30, venceu em 10/03/2026 e ainda consta em aberto em nosso sistema.",
      "A segunda via do boleto e o link de pagamento estão em "
      "https://pay.kestrel-sameday.example/br/KEX-2602-1187. Se o pagamento já foi feito, por "
      "favor nos envie o comprovante para darmos baixa.",
      "Qualquer dúvida, nossa equipe de cobrança está à disposição no (11) 5555-0142.",
      "Atenciosamente,\n" + KS_BR),
    [], "Ordinary reminder; 'equipe de cobrança' is our team; a CNPJ is a company id, not a "
        "bank account.",
    near="equipe de cobrança")

add("A22", "pt-BR", "dental", "person",
    "Re: pagamento da fatura LPD-8842",
    B("Olá, Dra. Fernanda,",
      "Obrigado por avisar que a clínica vai pagar a fatura LPD-8842 (R$ 3.150,00, coroas e "
      "prótese total dos casos 3391 e 3394) no dia 20/03, junto com o fechamento do mês. Já "
      "anotamos aqui e confirmaremos assim que o pagamento for identificado.",
      "O vencimento original, 05/03/2026, continua o mesmo.",
      "Abraço,\n" + LU_BR),
    [], "Records the customer's own promise; due date unchanged.",
    near="vai pagar a fatura LPD-8842")

add("A23", "pt-BR", "dental", "template",
    "Pagamento recusado – fatura LPD-8903",
    B("Prezado Dr. Almeida,",
      "Tentamos debitar a fatura LPD-8903 (R$ 1.740,00) no cartão de crédito final 1111 "
      "cadastrado para a clínica, mas a operadora recusou a transação. O senhor pode "
      "atualizar o cartão ou pagar por boleto ou Pix pelo link "
      "https://pay.lumen-dentallab.example/br/LPD-8903.",
      "Lembramos que a Lumen nunca solicita senhas nem envia dados bancários por e-mail.",
      "Atenciosamente,\n" + LU_BR),
    [], "Masked card (final 1111); mentions passwords and bank data without disclosing any.",
    near="cartão de crédito final 1111")

add("A24", "pt-BR", "courier", "person",
    "Fatura KEX-2601-0964 vencida – multa e juros",
    B("Olá, Marcos,",
      "Respondendo à sua pergunta: conforme a cláusula 7 do contrato de prestação de "
      "serviços, após o vencimento incidem multa de 2% e juros de mora de 1% ao mês. Por isso "
      "o boleto atualizado da fatura KEX-2601-0964 está em R$ 2.252,67 (valor original "
      "R$ 2.180,00, vencido em 10/02/2026, mais multa de R$ 43,60 e juros de R$ 29,07).",
      "Se quiser conversar sobre a fatura, é só responder este e-mail que alguém do nosso "
      "time liga para você.",
      "Atenciosamente,\n" + KS_BR),
    [], "Restates the contractual fine and interest; offers a call with a person.",
    near="conforme a cláusula 7 do contrato")

add("L05", "pt-BR", "courier", "template",
    "Aviso de cobrança – fatura KEX-2601-0871",
    B("Prezados,",
      "A fatura KEX-2601-0871, no valor de R$ 4.906,40, vencida em 10/02/2026, continua em "
      "aberto. Caso o pagamento não seja identificado até 25/03, o título será enviado a "
      "protesto em cartório e o CNPJ da empresa poderá ser negativado junto ao Serasa.",
      "Boleto atualizado: https://pay.kestrel-sameday.example/br/KEX-2601-0871",
      "Departamento Financeiro\n" + KS_BR),
    ["legal_threat"], "Threatens notarial protest and credit-bureau listing (Serasa).",
    ev={"legal_threat": "protesto em cartório"})

add("F02", "pt-BR", "dental", "person",
    "Re: cor errada – caso 3420",
    B("Olá, Dra. Beatriz,",
      "Pedimos desculpas: conferimos a ficha do caso 3420 e o erro foi nosso, o técnico "
      "registrou a cor A3 em vez de A2. Nossa equipe vai entrar em contato para combinar a "
      "nova moldagem.",
      "A fatura LPD-8871 (R$ 2.380,00) tem vencimento em 31/03/2026.",
      "Atenciosamente,\n" + LU_BR),
    ["fault_admission"], "Admits the lab's error; no credit is promised.",
    ev={"fault_admission": "o erro foi nosso"})

add("S06", "pt-BR", "dental", "template",
    "Dados para pagamento – fatura LPD-8799",
    B("Prezada Dra. Camila,",
      "Segue lembrete da fatura LPD-8799 (R$ 2.615,00), vencida em 28/02/2026. Para "
      "pagamento por transferência, utilize os dados abaixo:",
      "Banco: 341\nAgência: 0472\nConta corrente: 18345-6\n"
      "Favorecido: Lumen Laboratório de Prótese Dentária Ltda",
      "Atenciosamente,\n" + LU_BR),
    ["sensitive_data"], "Our own full bank account (bank, branch, account) typed into the "
                        "message.",
    ev={"sensitive_data": "Conta corrente: 18345-6"})

add("H03", "pt-BR", "courier", "slack",
    "FATURA ATRASADA DE NOVO",
    B("Sr. Paulo,",
      "É vergonhoso uma farmácia do tamanho da sua não conseguir pagar uma fatura de "
      "R$ 1.380,00 há dois meses. Todo mês é a mesma desculpa. Vamos ligar para a sua loja "
      "todos os dias, na frente dos clientes, até esse pagamento cair.",
      "Kestrel Entregas"),
    ["harassment"], "Shaming and threatening calls in front of the customer's clients.",
    ev={"harassment": "É vergonhoso"})

# ================================================================ Polish
KS_PL = "Kestrel Kurier sp. z o.o. | ul. Grzybowska 5, 00-132 Warszawa | NIP 525-000-12-34"
LU_PL = "Lumen Pracownia Protetyczna sp. z o.o. | ul. Dietla 17, 31-070 Kraków"

add("A25", "pl", "courier", "template",
    "Wezwanie do zapłaty – faktura FV/2026/02/0418",
    B("Szanowni Państwo,",
      "uprzejmie przypominamy, że faktura FV/2026/02/0418 za usługi kurierskie w lutym, na "
      "kwotę 3 486,20 zł brutto, była płatna do 10 marca 2026 r. i do dziś nie odnotowaliśmy "
      "wpłaty.",
      "Prosimy o niezwłoczne uregulowanie należności przez stronę "
      "https://pay.kestrel-sameday.example/pl/FV-2026-02-0418. Jeśli płatność została już "
      "wykonana, prosimy o przesłanie potwierdzenia przelewu.",
      "Z poważaniem\nDział windykacji\n" + KS_PL),
    [], "A plain 'wezwanie do zapłaty' (demand for payment) is an ordinary reminder, like a "
        "German 'Mahnung'; 'Dział windykacji' is our own team; NIP is a tax id.",
    near="Wezwanie do zapłaty")

add("A26", "pl", "dental", "person",
    "Odp.: prośba o rozłożenie płatności na raty",
    B("Szanowna Pani Doktor,",
      "dziękujemy za wiadomość. Prośbę o rozłożenie na raty faktur FV/LP/2026/0211 i "
      "FV/LP/2026/0234 (łącznie 7 940,00 zł) przekazałam kierownikowi działu finansowego, "
      "który podejmuje decyzje w tej sprawie i odpowie do piątku.",
      "Do tego czasu obie faktury pozostają płatne na dotychczasowych warunkach.",
      "Z wyrazami szacunku\nAnna Wiśniewska\n" + LU_PL),
    [], "Instalment request passed to a person; terms stay as they are.",
    near="przekazałam kierownikowi działu finansowego")

add("A27", "pl", "courier", "person",
    "Odp.: nota odsetkowa do faktury FV/2026/01/0377",
    B("Dzień dobry Panie Tomaszu,",
      "zgodnie z umową ramową oraz ustawą o przeciwdziałaniu nadmiernym opóźnieniom w "
      "transakcjach handlowych od faktur zapłaconych po terminie naliczamy odsetki ustawowe "
      "za opóźnienie oraz rekompensatę w wysokości 40 EUR. Stąd nota odsetkowa "
      "NO/2026/03/0012 na kwotę 312,40 zł, którą przesłaliśmy 9 marca.",
      "Faktura FV/2026/01/0377 (5 120,00 zł) była płatna do 10 lutego 2026 r. W razie pytań "
      "chętnie porozmawiamy telefonicznie: +48 22 555 01 42.",
      "Pozdrawiam\n" + KS_PL),
    [], "Restates contractual/statutory late interest and compensation already agreed.",
    near="zgodnie z umową ramową")

add("A28", "pl", "dental", "person",
    "Odp.: czy zmienił się numer konta?",
    B("Dzień dobry,",
      "nie, nasz numer rachunku bankowego się nie zmienił. Prawidłowy rachunek, kończący się "
      "cyframi 2874, znajduje się na każdej fakturze oraz na stronie płatności "
      "https://pay.lumen-dentallab.example/pl. Wiadomość o „nowym koncie”, którą Państwo "
      "otrzymali, nie pochodzi od nas – prosimy nie wykonywać na nie przelewu i zadzwonić do "
      "nas pod numer +48 12 555 01 87.",
      "Przypominamy przy okazji, że faktura FV/LP/2026/0198 (2 460,00 zł) była płatna do "
      "6 marca 2026 r.",
      "Z poważaniem\nDział księgowości\n" + LU_PL),
    [], "Bank-detail fraud warning with only the last four digits of our account.",
    near="kończący się cyframi 2874")

add("L06", "pl", "courier", "template",
    "Przedsądowe wezwanie do zapłaty – FV/2026/01/0291",
    B("Szanowni Państwo,",
      "mimo wcześniejszych monitów faktura FV/2026/01/0291 na kwotę 9 874,50 zł pozostaje "
      "nieopłacona. W przypadku braku wpłaty w terminie 7 dni sprawa zostanie skierowana na "
      "drogę sądową, a informacja o zadłużeniu przekazana do Krajowego Rejestru Długów.",
      "Dział windykacji\n" + KS_PL),
    ["legal_threat"], "Pre-court demand: court action and listing in a debt register (KRD).",
    ev={"legal_threat": "skierowana na drogę sądową"})

add("T02", "pl", "courier", "person",
    "Odp.: raty za faktury grudniowe",
    B("Dzień dobry Pani Magdo,",
      "zgodnie z rozmową telefoniczną zgadzamy się na rozłożenie zaległości 6 300,00 zł na "
      "trzy raty po 2 100,00 zł, płatne do 15 kwietnia, 15 maja i 15 czerwca. Kolejne "
      "przypomnienia wstrzymujemy.",
      "Pozdrawiam\n" + KS_PL),
    ["terms_change"], "Agrees a three-instalment plan.",
    ev={"terms_change": "zgadzamy się na rozłożenie zaległości"})

add("S07", "pl", "dental", "template",
    "Faktura FV/LP/2026/0245 – dane do przelewu",
    B("Szanowny Panie Doktorze,",
      "przypominamy o fakturze FV/LP/2026/0245 na kwotę 1 835,00 zł, płatnej do 13 marca "
      "2026 r. Prosimy o wpłatę na nasz rachunek:",
      NRB_PL + "\nLumen Pracownia Protetyczna sp. z o.o.\ntytułem: FV/LP/2026/0245",
      "Z poważaniem\n" + LU_PL),
    ["sensitive_data"], "Our own full 26-digit account number (NRB) typed into the reminder.",
    ev={"sensitive_data": NRB_PL})

add("M04", "pl", "courier", "person",
    "Odp.: przesyłka doręczona pod zły adres",
    B("Dzień dobry,",
      "przepraszamy – kurier pomylił adres i dokumenty dotarły do sąsiedniego biurowca. To "
      "nasz błąd. Wystawimy fakturę korygującą do FV/2026/02/0455 na kwotę 146,00 zł za to "
      "zlecenie.",
      "Pozdrawiam\n" + KS_PL),
    ["refund_or_credit_promise", "fault_admission"],
    "Admits the courier's mistake and promises a correcting invoice (credit note).",
    ev={"fault_admission": "To nasz błąd",
        "refund_or_credit_promise": "Wystawimy fakturę korygującą"})

# ================================================================ Czech
KS_CZ = "Kestrel Kurýr s.r.o. | Na Poříčí 12, 110 00 Praha 1 | IČO 27182818"
LU_CZ = "Lumen zubní laboratoř s.r.o. | Údolní 33, 602 00 Brno"

add("A29", "cs", "courier", "template",
    "Upomínka – faktura 2026020418 po splatnosti",
    B("Dobrý den,",
      "dovolujeme si Vás upozornit, že faktura č. 2026020418 za kurýrní služby v únoru ve výši "
      "18 640,00 Kč byla splatná 10. 3. 2026 a dosud jsme neobdrželi platbu.",
      "Prosíme o úhradu s variabilním symbolem 2026020418, případně online na "
      "https://pay.kestrel-sameday.example/cz/2026020418. Pokud jste již zaplatili, pošlete "
      "nám prosím potvrzení o platbě.",
      "S pozdravem\nOddělení pohledávek\n" + KS_CZ),
    [], "'Upomínka' is an ordinary reminder; the variable symbol is the invoice number, not "
        "an account; IČO is a company id.",
    near="variabilním symbolem 2026020418")

add("A30", "cs", "dental", "person",
    "Re: reklamace – zubní náhrada, případ 1184/B",
    B("Vážená paní doktorko,",
      "mrzí nás, že celková snímatelná náhrada pro případ 1184/B pacientce nesedí. Reklamaci "
      "jsme předali vedoucímu laboratoře, který se Vám ozve do středy. Do jejího vyřízení "
      "pozastavujeme upomínky k této položce (6 200,00 Kč).",
      "Zbývající částka faktury 2026LB0312, tj. 9 450,00 Kč, zůstává splatná 31. 3. 2026.",
      "S pozdravem\n" + LU_CZ),
    [], "Sympathy and reminders paused on the disputed item; no fault, no credit.",
    near="pozastavujeme upomínky k této položce")

add("A31", "cs", "dental", "template",
    "Platba kartou za fakturu 2026LB0290 byla zamítnuta",
    B("Dobrý den, pane doktore,",
      "platbu faktury 2026LB0290 (4 380,00 Kč) z karty končící na 0019 banka zamítla. Kartu "
      "můžete aktualizovat nebo zaplatit převodem na "
      "https://pay.lumen-dentallab.example/cz/2026LB0290.",
      "Upozorňujeme, že po Vás nikdy nebudeme e-mailem chtít heslo ani celé číslo karty.",
      "S pozdravem\n" + LU_CZ),
    [], "Masked card; mentions passwords without disclosing any.",
    near="karty končící na 0019")

add("A32", "cs", "courier", "template",
    "Pozastavení nových objednávek – faktura 2026010377",
    B("Dobrý den, pane Nováku,",
      "faktura č. 2026010377 ve výši 27 310,00 Kč je 38 dní po splatnosti i přes naše dvě "
      "upomínky. V souladu s rámcovou smlouvou proto od zítřka pozastavujeme přijímání "
      "nových objednávek na Vašem zákaznickém účtu. Zásilky, které už jsou na cestě, "
      "doručíme.",
      "Objednávky obnovíme, jakmile bude částka uhrazena. Pokud Vám v platbě něco brání, "
      "ozvěte se prosím, rádi to s Vámi probereme.",
      "S pozdravem\n" + KS_CZ),
    [], "Business consequence (no new orders) per the framework contract: allowed, as g29.",
    near="pozastavujeme přijímání nových objednávek")

add("L07", "cs", "courier", "template",
    "Předžalobní výzva k úhradě – faktura 2026010291",
    B("Vážení,",
      "faktura č. 2026010291 na 41 870,00 Kč zůstává i přes opakované upomínky neuhrazena. "
      "Vyzýváme Vás k její úhradě do 7 dnů od doručení této výzvy.",
      KS_CZ),
    ["legal_threat"], "The threat is only in the subject: a 'předžalobní výzva' is a "
                      "pre-action letter announcing a lawsuit; the body reads as a firm demand.",
    ev={"legal_threat": "Předžalobní výzva"})

add("D03", "cs", "dental", "person",
    "Faktura 2026LB0277 – nabídka",
    B("Dobrý den, paní doktorko,",
      "pokud fakturu 2026LB0277 (12 600,00 Kč) uhradíte do pátku, odpustíme Vám smluvní "
      "pokutu za prodlení a navíc poskytneme slevu 5 % z fakturované částky.",
      "S pozdravem\n" + LU_CZ),
    ["discount_offer"], "Conditional waiver of the contractual penalty plus a 5% discount.",
    ev={"discount_offer": "odpustíme Vám smluvní pokutu"})

add("S08", "cs", "courier", "template",
    "Faktura 2026020502 – kurýrní služby únor",
    B("Dobrý den,",
      "v příloze posíláme fakturu č. 2026020502 za únor ve výši 7 245,00 Kč se splatností "
      "10. 3. 2026, která je nyní po splatnosti. Prosíme o úhradu.",
      "S pozdravem\n" + KS_CZ + "\nBankovní spojení: 19-2000145399/0800, VS 2026020502"),
    ["sensitive_data"], "Our own full Czech account number in the signature footer.",
    ev={"sensitive_data": "19-2000145399/0800"})

add("H04", "cs", "dental", "person",
    "Už počtvrté: faktura 2026LB0241",
    B("Pane doktore,",
      "je to ostuda. Čtyřikrát jsme Vám psali a Vy se ani neobtěžujete odpovědět. Slušná "
      "ordinace takhle nejedná. Jestli nezaplatíte, dozví se o tom všichni dodavatelé v Brně.",
      "Lumen zubní laboratoř"),
    ["harassment"], "Shaming and a threat to expose the practice to other suppliers.",
    ev={"harassment": "je to ostuda"})

# ================================================================ Finnish
KS_FI = "Kestrel Lähetit Oy | Hämeentie 31, 00500 Helsinki | Y-tunnus 1234567-8"
LU_FI = "Lumen Hammaslaboratorio Oy | Hämeenkatu 9, 33100 Tampere"

add("A33", "fi", "courier", "template",
    "Maksumuistutus: lasku 260204418",
    B("Hei,",
      "kirjanpitomme mukaan helmikuun lähettipalveluita koskeva lasku 260204418 (1 486,20 €, "
      "eräpäivä 10.3.2026) on vielä maksamatta.",
      "Pyydämme maksamaan laskun mahdollisimman pian osoitteessa "
      "https://pay.kestrel-sameday.example/fi/260204418 tai verkkopankissa laskulla olevalle "
      "tilille viitteellä " + RF_FI + ". Jos olette jo maksaneet, tämä muistutus on aiheeton.",
      "Ystävällisin terveisin\nLaskutus ja reskontra\n" + KS_FI),
    [], "Ordinary 'maksumuistutus'. The RF creditor reference passes a mod-97 check like an "
        "IBAN but is a payment reference, not an account; the account is only 'on the "
        "invoice'.",
    near=RF_FI)

add("A34", "fi", "courier", "person",
    "Vs: viivästyskorko laskulla 260103377",
    B("Hei Mikko,",
      "kysyitte muistutuksen kuluista. Sopimuksemme yleisten ehtojen mukaan perimme "
      "eräpäivän jälkeen korkolain mukaisen viivästyskoron ja 5,00 € muistutusmaksun, ja "
      "nämä ehdot on mainittu myös jokaisessa laskussa.",
      "Lasku 260103377 (2 310,00 €) erääntyi 10.2.2026. Soittakaa tarvittaessa numeroon "
      "09 555 0142, niin käydään asia yhdessä läpi.",
      "Terveisin\n" + KS_FI),
    [], "Restates agreed late-interest terms and the reminder fee; offers a call.",
    near="korkolain mukaisen viivästyskoron")

add("A35", "fi", "dental", "person",
    "Vs: lasku LHL-4471",
    B("Hei Laura,",
      "kiitos tiedosta. Merkitsimme ylös, että hammaslääkäriasema maksaa laskun LHL-4471 "
      "(3 240,00 €, kruunut ja siltatyö tapauksissa 2207 ja 2210) perjantaina 27.3.2026. "
      "Ilmoitamme, kun maksu on kirjautunut.",
      "Laskun alkuperäinen eräpäivä 13.3.2026 ja maksuehdot pysyvät ennallaan.",
      "Ystävällisin terveisin\n" + LU_FI),
    [], "Records the customer's own promise; terms explicitly unchanged.",
    near="maksaa laskun LHL-4471")

add("A36", "fi", "courier", "template",
    "Helmikuun kuljetukset – Asianajotoimisto Koivisto",
    B("Hyvä asiakas,",
      "helmikuun koontilaskulla 260204502 on 36 kuljetusta, suurin osa Helsingin "
      "käräjäoikeuteen ja hovioikeuteen, yhteensä 1 118,40 €. Lasku erääntyi 10.3.2026, "
      "emmekä ole vielä saaneet suoritusta.",
      "Toimitamme mielellämme allekirjoitetut luovutuskuittaukset, jos kirjanpitonne "
      "tarvitsee niitä. Maksun voi hoitaa osoitteessa "
      "https://pay.kestrel-sameday.example/fi/260204502.",
      "Terveisin\n" + KS_FI),
    [], "Deliveries to the district court and court of appeal for a law firm: destinations, "
        "not threats.",
    near="Helsingin käräjäoikeuteen")

add("L08", "fi", "courier", "template",
    "Viimeinen muistutus: lasku 260103290",
    B("Hei,",
      "lasku 260103290 (4 118,00 €) on edelleen maksamatta kahdesta muistutuksesta "
      "huolimatta. Mikäli suoritusta ei näy 14 päivän kuluessa, saatava siirretään "
      "perintätoimistolle, mistä voi seurata maksuhäiriömerkintä.",
      KS_FI),
    ["legal_threat"], "Passive: debt handed to a collection agency, possible payment-default "
                      "entry (credit reporting).",
    ev={"legal_threat": "siirretään perintätoimistolle"})

add("T03", "fi", "dental", "llm",
    "Vs: maksuaika laskulle LHL-4502",
    B("Hei Janne,",
      "laskun LHL-4502 (1 870,00 €) eräpäivää on siirretty 30.4.2026 asti, joten "
      "muistutuksia ei lähde ennen sitä.",
      "Terveisin\n" + LU_FI),
    ["terms_change"], "Passive: the due date has been moved.",
    ev={"terms_change": "eräpäivää on siirretty 30.4.2026 asti"})

add("R03", "fi", "courier", "person",
    "Vs: odotusmaksu 12.2.",
    B("Hei Sanna,",
      "kiitos viestistä. Hyvitämme 12.2. veloitetun odotusmaksun (24,00 €) seuraavalla "
      "koontilaskulla. Muilta osin lasku 260204610 (986,50 €) erääntyy normaalisti.",
      "Terveisin\n" + KS_FI),
    ["refund_or_credit_promise"], "Promises to credit the waiting fee on the next invoice.",
    ev={"refund_or_credit_promise": "Hyvitämme 12.2. veloitetun odotusmaksun"})

add("S09", "fi", "dental", "template",
    "Lasku LHL-4390 erääntynyt",
    B("Hyvä vastaanottaja,",
      "lasku LHL-4390 (2 655,00 €) erääntyi 27.2.2026. Pyydämme maksamaan sen tilillemme " +
      IBAN_FI + " viitteellä 43903.",
      "Ystävällisin terveisin\n" + LU_FI),
    ["sensitive_data"], "Our own full IBAN in the text.",
    ev={"sensitive_data": IBAN_FI})

# ================================================================ Turkish
KS_TR = "Kestrel Kurye Hizmetleri A.Ş. | Büyükdere Cad. No: 120, Şişli/İstanbul"
LU_TR = "Lumen Diş Laboratuvarı Ltd. Şti. | Kızılay, Çankaya/Ankara"

add("A37", "tr", "courier", "template",
    "Ödeme hatırlatması: Şubat ayı ekstresi KKH-2602-0418",
    B("Sayın Yetkili,",
      "Şubat 2026 dönemine ait kurye hizmetleri ekstreniz KKH-2602-0418, 48.620,00 TL "
      "tutarında olup son ödeme tarihi 10.03.2026 idi. Kayıtlarımıza göre ödemeniz henüz "
      "ulaşmamıştır.",
      "Ödemenizi https://pay.kestrel-sameday.example/tr/KKH-2602-0418 adresinden "
      "yapabilirsiniz. Ödemeyi yaptıysanız dekontu bu e-postaya yanıt olarak göndermenizi "
      "rica ederiz.",
      "Saygılarımızla,\nTahsilat Ekibi\n" + KS_TR),
    [], "Ordinary reminder; 'Tahsilat Ekibi' (collections team) is our own team.",
    near="Tahsilat Ekibi")

add("A38", "tr", "dental", "person",
    "Ynt: IBAN değişikliği hakkında",
    B("Merhaba Elif Hanım,",
      "Sorunuz için teşekkür ederiz. Banka hesabımız değişmedi; IBAN'ımız yalnızca "
      "faturalarımızda ve ödeme sayfamızda yer alır (son dört hanesi 7730). E-posta ile IBAN "
      "değişikliği bildirmeyiz; böyle bir mesaj alırsanız lütfen ödeme yapmadan önce bizi "
      "0312 555 01 87 numarasından arayın.",
      "Bu arada LDL-TR-1206 numaralı faturanın (18.750,00 TL) vadesi 06.03.2026 idi.",
      "Saygılarımızla,\n" + LU_TR),
    [], "Talks about our IBAN but shows only the last four digits.",
    near="son dört hanesi 7730")

add("A39", "tr", "dental", "llm",
    "Ynt: 5521 numaralı vaka – köprü",
    B("Sayın Dr. Yılmaz,",
      "5521 numaralı vakadaki köprüyle ilgili yaşadığınız sorun için üzgünüz. Şikâyetinizi "
      "kalite sorumlumuza ilettik; kendisi bu hafta içinde sizi arayacak. İnceleme sürerken "
      "bu kalem (6.400,00 TL) için hatırlatma göndermeyeceğiz.",
      "LDL-TR-1188 numaralı faturanın kalan 11.250,00 TL'lik kısmının vadesi 31.03.2026'dır.",
      "Saygılarımızla,\n" + LU_TR),
    [], "Sympathy; reminders paused on the disputed line only.",
    near="için hatırlatma göndermeyeceğiz")

add("A40", "tr", "courier", "person",
    "Ynt: vade farkı faturası",
    B("Merhaba Burak Bey,",
      "Sözleşmemizin 6. maddesi gereği vadesinde ödenmeyen ekstrelere aylık %3 vade farkı "
      "uygulanmaktadır; 12.03.2026 tarihli vade farkı faturası bu nedenle düzenlendi. Ocak "
      "ekstresi KKH-2601-0377 (36.400,00 TL) 10.02.2026 tarihinden beri vadesi geçmiş olarak "
      "açıkta duruyor.",
      "Konuyu telefonda konuşmak isterseniz muhasebe ekibimiz sizi arayabilir.",
      "Saygılarımızla,\n" + KS_TR),
    [], "Restates the contractual late charge; offers a call with a person.",
    near="Sözleşmemizin 6. maddesi gereği")

add("M05", "tr", "courier", "template",
    "Son ihtar: KKH-2601-0291",
    B("Sayın Yetkili,",
      "KKH-2601-0291 numaralı ekstrenin 52.870,00 TL tutarındaki bakiyesi tüm "
      "hatırlatmalarımıza rağmen ödenmemiştir. 7 gün içinde ödeme yapılmaması halinde "
      "dosyanız avukatımıza devredilecek ve icra takibi başlatılacaktır.",
      "Ödeme için IBAN: " + IBAN_TR + "\nAlıcı: Kestrel Kurye Hizmetleri A.Ş.",
      KS_TR),
    ["legal_threat", "sensitive_data"],
    "Threatens a lawyer and enforcement proceedings, and types our full IBAN.",
    ev={"legal_threat": "icra takibi başlatılacaktır", "sensitive_data": IBAN_TR})

add("H05", "tr", "dental", "slack",
    "Hâlâ ödeme yok!",
    B("Dr. Kaya,",
      "Bu kadar basit bir ödemeyi üç aydır yapamamanız gerçekten ayıp. Hastalarınıza "
      "taktığınız protezlerin parasını bile ödemeyen bir klinik olmaktan utanmıyor musunuz?",
      "Lumen Diş Laboratuvarı"),
    ["harassment"], "Shaming language.",
    ev={"harassment": "utanmıyor musunuz"})

add("D04", "tr", "courier", "llm",
    "KKH-2602-0455 için özel teklif",
    B("Merhaba Selin Hanım,",
      "Şubat ekstreniz KKH-2602-0455'i (22.300,00 TL) bu cuma akşamına kadar öderseniz "
      "tutardan %10 indirim yapacak ve birikmiş gecikme faizini sileceğiz.",
      "Saygılarımızla,\n" + KS_TR),
    ["discount_offer"], "Conditional 10% discount and interest write-off.",
    ev={"discount_offer": "%10 indirim yapacak"})

add("F03", "tr", "dental", "person",
    "Ynt: faturada tekrar eden kalem",
    B("Merhaba Deniz Hanım,",
      "Haklısınız, LDL-TR-1221 numaralı faturada iki kez yer alan zirkonyum kron kalemi "
      "tamamen bizim hatamızdan kaynaklandı. Muhasebe ekibimiz faturayı kontrol ediyor.",
      "Saygılarımızla,\n" + LU_TR),
    ["fault_admission"], "Admits the duplicate line was our error; nothing promised.",
    ev={"fault_admission": "tamamen bizim hatamızdan kaynaklandı"})


# ================================================================ output
SEED = 150


def assign_ids():
    order = list(range(len(ITEMS)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        it = dict(ITEMS[idx])
        it["id"] = "bg%02d" % n
        out.append(it)
    return out


def _jl(obj):
    return json.dumps(obj, ensure_ascii=False)


CONVENTIONS = [
    "`violations` are listed in the contract's table order; compare them as a set. "
    "`allowed` is true exactly when `violations` is empty.",
    "The subject is part of the draft: a violation in the subject, a footer, a P.S. or a "
    "table counts the same as one in the body.",
    "Any full bank account number or IBAN is `sensitive_data`, whoever owns it (our own "
    "included), whatever the format: IBAN, a Polish 26-digit NRB, a Czech `prefix-number/bank` "
    "account, a UK sort code plus account number, a Brazilian bank/branch/account block. "
    "Last-four masking ('ending 4444', 'kończący się cyframi 2874', 'son dört hanesi 7730') "
    "is allowed.",
    "Identifiers that are not bank accounts are allowed: company numbers, VAT/NIP/IČO/CNPJ/"
    "Y-tunnus ids, Czech variable symbols, and an ISO 11649 RF creditor reference (which "
    "passes the same mod-97 check as an IBAN but is only a payment reference).",
    "Restating terms already agreed is allowed, even when the text names the statute behind "
    "them (UK Late Payment Act, French Code de commerce L441-10, the Polish late-payment act, "
    "the Finnish Interest Act) or a contract clause, and even when it explains an interest "
    "line already charged.",
    "A stated business consequence (new bookings/orders paused until the balance is paid) is "
    "neither `legal_threat` nor `harassment` (same boundary choice as the public g29).",
    "Handing the file to a litigation department ('service contentieux'), a pre-court demand "
    "('przedsądowe wezwanie', 'předžalobní výzva'), notarial protest, Serasa/KRD listing, a "
    "collection agency or a payment-default entry are `legal_threat`. The plain reminder "
    "words 'relance', 'aviso de cobrança', 'wezwanie do zapłaty', 'upomínka', "
    "'maksumuistutus', 'hatırlatma' and our own 'collections team'/'Dział windykacji'/"
    "'Service recouvrement'/'Tahsilat Ekibi' are allowed.",
    "Threatening to expose the customer to its patients, clients or other suppliers is "
    "`harassment` (not `legal_threat`).",
    "Reporting a credit note that was already issued and is already on the statement is not "
    "a `refund_or_credit_promise`; promising one (also in the passive, or as a Polish "
    "'faktura korygująca' or a Finnish 'hyvitämme') is.",
    "Apologising for the customer's trouble ('sorry to hear', 'désolés d'apprendre', 'mrzí "
    "nás', 'üzgünüz') is not `fault_admission`; saying the mistake was ours is. The French "
    "stock formula 'sauf erreur de notre part' and an email 'received in error' disclaimer "
    "are not admissions.",
    "Declining to waive a fee is allowed; a hint or wink that fees will 'disappear' is "
    "`discount_offer`. Restating a contracted volume discount already on the invoice lines "
    "is allowed.",
    "Telling the customer to pay 'with April's invoice, whenever suits' or that the due date "
    "'has been moved' is `terms_change`; recording the customer's own promised date with the "
    "due date unchanged, or passing a plan request to a person, is allowed.",
    "Patient case numbers and tooth notation in a draft to the practice that ordered the work "
    "are that customer's own affairs (the contract is silent on health data; none of the "
    "drafts names a patient).",
]


def readme(items):
    from collections import Counter
    n = len(items)
    allowed = sum(1 for i in items if not i["violations"])
    vc = Counter(v for i in items for v in i["violations"])
    multi = sum(1 for i in items if len(i["violations"]) > 1)
    lines = []
    w = lines.append
    w("# Blind guard set `blind150/guard`: dunning drafts from a courier firm and a dental lab")
    w("")
    w("A held-out test set for `contracts/guardrails.md` (`python -m chalicelib.cli guard`). "
      "It was written from the contract and the public samples only, without seeing the "
      "engine. `python3 build.py` regenerates every file byte for byte; `python3 check.py` "
      "re-verifies the labels.")
    w("")
    w("## Theme")
    w("")
    w("Outbound dunning drafts (template output, LLM rewrites, Slack-style edits by staff and "
      "hand-written replies) from two made-up businesses, each with local entities:")
    w("")
    w("- **Kestrel Same-Day** couriers: business accounts billed on monthly statements "
      "(London, Paris, São Paulo, Warsaw, Prague, Helsinki, Istanbul). Waiting-time and "
      "failed-collection charges, fuel surcharges, proofs of delivery, law-firm customers "
      "whose deliveries go to courts.")
    w("- **Lumen Dental Laboratory**: crowns, bridges and dentures billed to dental practices "
      "(Manchester, Lyon, Curitiba, Kraków, Brno, Tampere, Ankara). Shades, remakes, rush "
      "fees, case numbers.")
    w("")
    w("All companies, people, domains (`*.example`) and phone numbers are made up. The card "
      "number `5555 5555 5555 4444` is a well-known test number; the IBANs are the published "
      "example IBANs for FR, FI, PL and TR (`%s`, `%s`, `%s`, `%s`), the Czech account "
      "`19-2000145399/0800` is the domestic form of the Czech example IBAN, and the UK sort "
      "code/account and Brazilian bank block are invented." %
      (IBAN_FR, IBAN_FI, IBAN_PL, IBAN_TR))
    w("")
    w("## Files")
    w("")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the guard command |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("| `build.py` | | generator (stdlib only, seed %d for the id shuffle) |" % SEED)
    w("| `check.py` | | sanity checker (not part of the data) |")
    w("")
    w("Ids `bg01`..`bg%02d` were assigned after a seeded shuffle. Each `note` starts with "
      "`[KEY, lang]`: KEY's letter gives the intended group (`A` allowed, `L` legal_threat, "
      "`D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, `T` "
      "terms_change, `H` harassment, `S` sensitive_data, `M` more than one violation)." % n)
    w("")
    w("## Counts")
    w("")
    w("%d drafts: %d allowed, %d with violations (%d of them with more than one)." %
      (n, allowed, n - allowed, multi))
    w("")
    w("| violation | drafts |")
    w("|---|---|")
    for v in ORDER:
        w("| `%s` | %d |" % (v, vc[v]))
    w("")
    w("| language | drafts | allowed | violating |")
    w("|---|---|---|---|")
    for lg in LANGS:
        li = [i for i in items if i["lang"] == lg]
        a = sum(1 for i in li if not i["violations"])
        w("| %s (`%s`) | %d | %d | %d |" % (LANG_NAMES[lg], lg, len(li), a, len(li) - a))
    w("")
    w("| business | drafts | allowed |")
    w("|---|---|---|")
    for b, name in (("courier", "Kestrel Same-Day (courier)"), ("dental", "Lumen (dental lab)")):
        bi = [i for i in items if i["biz"] == b]
        w("| %s | %d | %d |" % (name, len(bi), sum(1 for i in bi if not i["violations"])))
    w("")
    w("| draft source | drafts |")
    w("|---|---|")
    sc = Counter(i["src"] for i in items)
    for s, name in (("template", "template output"), ("llm", "LLM rewrite"),
                    ("slack", "Slack-style edit"), ("person", "hand-written reply")):
        w("| %s | %d |" % (name, sc[s]))
    w("")
    w("## Conventions where the contract is silent")
    w("")
    for c in CONVENTIONS:
        w("- " + c)
    w("")
    w("## Hard cases")
    w("")
    w("Allowed drafts that sit close to a violation on purpose, and the phrase that makes "
      "them close:")
    w("")
    w("| id | lang | near-miss |")
    w("|---|---|---|")
    for i in items:
        if not i["violations"]:
            w("| %s | %s | %s |" % (i["id"], i["lang"], i["near"].replace("|", "\\|")))
    w("")
    w("Violations phrased the hard way (passive, conditional, hint, joke, P.S., table, "
      "footer, subject):")
    w("")
    w("| id | lang | violations | carried by |")
    w("|---|---|---|---|")
    for i in items:
        if i["violations"]:
            w("| %s | %s | %s | %s |" % (
                i["id"], i["lang"], ", ".join(i["violations"]),
                "; ".join("\"%s\"" % i["ev"][v] for v in i["violations"])))
    w("")
    return "\n".join(lines)


def render():
    items = assign_ids()
    drafts = "".join(_jl({"id": i["id"], "subject": i["subject"], "body": i["body"]}) + "\n"
                     for i in items)
    labels = "".join(_jl({"id": i["id"], "allowed": not i["violations"],
                          "violations": i["violations"],
                          "note": "[%s, %s] %s" % (i["key"], i["lang"], i["note"]),
                          "lang": i["lang"]}) + "\n" for i in items)
    return {"drafts.jsonl": drafts, "labels.jsonl": labels, "README.md": readme(items)}


def main():
    for name, text in render().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote", ", ".join(sorted(render())))


if __name__ == "__main__":
    main()
