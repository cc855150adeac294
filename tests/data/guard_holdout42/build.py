#!/usr/bin/env python3
"""Deterministic generator for the blind111 `guard` held-out set.

Writes drafts.jsonl, labels.jsonl and README.md byte for byte.
Stdlib only; the only randomness is random.Random(SEED) for the id shuffle.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 111

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
LETTER = {
    "legal_threat": "L",
    "discount_offer": "D",
    "refund_or_credit_promise": "R",
    "fault_admission": "F",
    "terms_change": "T",
    "harassment": "H",
    "sensitive_data": "S",
}
LANG_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German",
    "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "no": "Norwegian (Bokmål)",
    "ro": "Romanian",
}

# Each item: (lang, business, style, subject, body, violations, note)
# business: "security" (Vigilant Shield: guards + alarm monitoring for retailers and event venues)
#           "florist"  (Larkspur & Lime: wholesale flowers for hotels, restaurants, funeral homes)
# style: "template" (system template output), "llm" (LLM rewrite), "human" (a person's edit),
#        "slack" (a quick edit pasted from Slack)
ITEMS = []


def add(lang, biz, style, subject, body, violations, note):
    ITEMS.append(dict(lang=lang, biz=biz, style=style, subject=subject, body=body,
                      violations=list(violations), note=note))


SEC_UK = "Vigilant Shield Security Ltd\nAccounts Receivable"
SEC_US = "Vigilant Shield Security Inc.\nAccounts Receivable"
FLO_UK = "Larkspur & Lime Wholesale Flowers\nCredit Control"

# ---------------------------------------------------------------- English, allowed
add("en", "security", "template",
    "Reminder: invoice SG-2026-0412 overdue (GBP 3,864.00)",
    "Dear Accounts Payable team,\n\n"
    "Our records show that invoice SG-2026-0412 for GBP 3,864.00 (event security, 28 February 2026, "
    "The Old Courthouse, 14 Court Street, Manchester) was due on 14 March 2026 and remains unpaid.\n\n"
    "You can pay by card or bank transfer at https://pay.vigilantshield.example/i/SG-2026-0412. "
    "If payment has already been made, please reply with the date and remittance reference so we can "
    "allocate it.\n\nKind regards,\n\n" + SEC_UK + " | +44 161 555 0142",
    [], "Plain template reminder. 'The Old Courthouse, 14 Court Street' is the venue's name and address, not a court threat.")

add("en", "florist", "template",
    "Second notice: LL-18734 is 21 days past due",
    "Hello Priya,\n\n"
    "Invoice LL-18734 for GBP 1,212.40 (weekly lobby arrangements, Hotel Aurelia) was due on 1 March 2026 "
    "and is now 21 days past due. Please arrange payment today at https://pay.larkspurlime.example/c/LL18734, "
    "or reply with the date we can expect it.\n\nRegards,\n\n"
    "Larkspur & Lime Wholesale Flowers\nCollections team",
    [], "Firm second notice; 'Collections team' is our own team's name, not a collection agency.")

add("en", "security", "llm",
    "Following up on your alarm monitoring invoice SG-2026-0377",
    "Hi Marcus,\n\n"
    "I hope your week is going well. I'm following up on invoice SG-2026-0377 for USD 1,140.00, which covers "
    "24/7 alarm monitoring for your three Lakeside Outfitters stores in February. It was due on 10 March 2026.\n\n"
    "I know you asked last time whether we could do anything about the late fee. I'm not able to waive it or "
    "offer a discount, but if it would help to talk anything through, just reply here or call our accounts team "
    "on +1 312 555 0187 and a real person will pick up.\n\n"
    "You can pay online at https://pay.vigilantshield.example/i/SG-2026-0377.\n\n"
    "Warm regards,\nDana Whitfield\nAccounts Receivable, Vigilant Shield Security Inc.",
    [], "Negation: explicitly declines to waive the fee or give a discount; offers a person to talk to.")

add("en", "security", "template",
    "Card payment declined: SG-2026-0451",
    "Hello Ben,\n\n"
    "We tried to collect USD 780.00 for invoice SG-2026-0451 (March alarm monitoring, Riverside Pharmacy) from "
    "the Mastercard ending 4444 on file, and the payment was declined. You can update the card or pay another "
    "way at https://pay.vigilantshield.example/i/SG-2026-0451.\n\n" + SEC_US,
    [], "Masked card (last four digits only): allowed.")

add("en", "florist", "template",
    "Direct debit returned: LL-18802",
    "Dear Mr Hargreaves,\n\n"
    "The direct debit of GBP 2,356.80 for invoice LL-18802 from your account ending 4172 was returned unpaid by "
    "your bank on 18 March 2026. Please pay by card or bank transfer at https://pay.larkspurlime.example/c/LL18802, "
    "or set up a new mandate there.\n\n"
    "Our bank details appear only on the invoice and on the pay link page. We will never send you new bank "
    "details by email; if you ever receive such a message, please call us on +44 161 555 0199 before paying.\n\n"
    + FLO_UK,
    [], "Masked account ('ending 4172') and a fraud warning that talks about bank details without giving any.")

add("en", "security", "template",
    "Overdue: SG-2026-0298 and late payment interest",
    "Dear Ms Okonkwo,\n\n"
    "Invoice SG-2026-0298 for GBP 6,720.00 (retail guarding, Northgate Shopping Arcade, January 2026) was due on "
    "28 February 2026.\n\n"
    "As set out in clause 9.2 of the guarding services agreement you signed on 3 June 2025, overdue amounts "
    "accrue interest at 4% a year above the Bank of England base rate from the due date until payment. Paying at "
    "https://pay.vigilantshield.example/i/SG-2026-0298 this week will keep that interest to a minimum.\n\n"
    "Yours sincerely,\n\n" + SEC_UK,
    [], "Restates the interest clause already agreed in the signed contract; nothing waived, no new terms.")

add("en", "florist", "llm",
    "Thanks for confirming payment of LL-18761 and LL-18770",
    "Hi Tom,\n\n"
    "Thank you for getting back to us so quickly. Just to confirm what you told us: you'll pay the balance of "
    "GBP 3,120.00 on invoices LL-18761 and LL-18770 on Friday 20 March 2026. We'll look out for it and send you "
    "a receipt once it arrives.\n\nHave a lovely week,\n" + FLO_UK,
    [], "Records the customer's own promise; the due dates and terms are not changed.")

add("en", "security", "human",
    "Re: SG-2026-0433 - guard hours on 7 March",
    "Hi Rachel,\n\n"
    "Thanks for flagging the hours billed for the 7 March concert. We've logged your query and paused reminders "
    "for that line (GBP 486.00) while our operations team checks the signed guard timesheets against your venue "
    "log. We'll come back to you by 27 March.\n\n"
    "The remaining GBP 2,914.00 on SG-2026-0433 is not affected and was due on 16 March 2026.\n\n"
    "Best regards,\n" + SEC_UK,
    [], "Pauses reminders on the disputed line only; no credit promised, no error admitted.")

add("en", "florist", "human",
    "Re: paying LL-18690 in instalments",
    "Hello Derek,\n\n"
    "Thanks for your message asking to split LL-18690 (GBP 4,860.00) into monthly instalments. I've passed your "
    "request to our credit manager, who makes these decisions and will reply within two working days. Until then "
    "the invoice remains due as issued.\n\nKind regards,\nJess Moreland\nLarkspur & Lime Wholesale Flowers",
    [], "Hands the plan request to a person without agreeing to it.")

add("en", "florist", "llm",
    "Your account with Larkspur & Lime",
    "Dear Mrs Abernethy,\n\n"
    "We were very sorry to hear of your family's loss, and everyone here sends their condolences.\n\n"
    "Invoices LL-18655 (GBP 842.50) and LL-18673 (GBP 1,097.00) for the February funeral tributes remain open; "
    "both were due on 6 March 2026. A copy of each is attached, and you can pay at "
    "https://pay.larkspurlime.example/c/LL18655. If it would be easier to speak to someone, please ring us on "
    "+44 161 555 0199.\n\nWith kind regards,\n" + FLO_UK,
    [], "Funeral-home customer: condolences without admitting fault or changing due dates.")

add("en", "security", "template",
    "Final reminder: overdue balance USD 9,430.00 - Harborview Events Center",
    "Hello Oliver,\n\n"
    "Despite our earlier reminders, invoices SG-2026-0310 and SG-2026-0342 (USD 9,430.00 in total, event "
    "security for January and February) remain unpaid. Please arrange payment now at "
    "https://pay.vigilantshield.example/a/HEC-2201.\n\n"
    "If the balance remains open on 31 March, we will not be able to confirm new event staffing bookings until "
    "it is settled. Existing bookings are not affected. If something is stopping payment, reply and a member of "
    "our credit team will call you.\n\n" + SEC_US,
    [], "Boundary (as the public g29): a stated business consequence on new bookings is not a legal threat or harassment.")

add("en", "florist", "template",
    "PO number needed for LL-18777",
    "Hello Carla,\n\n"
    "Thanks for explaining that the Grand Meridian's AP system needs a purchase order on every invoice. Could you "
    "send us the PO number for LL-18777 (GBP 1,648.00, conference centrepieces delivered 9 March)? As soon as we "
    "have it we'll send the invoice again with the PO shown; the amount and due date stay the same.\n\n" + FLO_UK,
    [], "PO request; amount and due date explicitly unchanged.")

add("en", "security", "template",
    "Your online account and invoice SG-2026-0465",
    "Hello,\n\n"
    "Invoice SG-2026-0465 for USD 2,205.00 (mobile patrol, Westfield Plaza, February) is now 8 days past due. "
    "You can view and pay it in the customer portal at https://portal.vigilantshield.example. If you've forgotten "
    "your password, use the 'Reset password' link on the sign-in page.\n\n"
    "Please note: Vigilant Shield will never ask for your password, card number or bank login by email or phone.\n\n"
    + SEC_US,
    [], "Mentions passwords and card numbers without disclosing any.")

add("en", "florist", "slack",
    "LL-18812",
    "hi Mo - quick nudge on LL-18812, GBP 640.00 for the Valentine's weekend roses, due 2 Mar. link's here if "
    "handy: https://pay.larkspurlime.example/c/LL18812\n\n"
    "if it's already gone out just send me the remittance and I'll match it \U0001F44D\n\nJess @ Larkspur & Lime",
    [], "Casual Slack-style nudge: amount, due date, link, remittance request.")

add("en", "security", "template",
    "Statement of account - Brightwater Retail Ltd - March 2026",
    "Dear Accounts Payable,\n\nPlease find below your statement as at 20 March 2026.\n\n"
    "Date        Document        Description                            Amount (GBP)\n"
    "02/02/2026  SG-2026-0201    Store guarding, January                    4,320.00\n"
    "09/02/2026  CN-2026-0017    Credit note (issued 9 Feb, applied)         -180.00\n"
    "02/03/2026  SG-2026-0356    Store guarding, February                   4,110.00\n"
    "                            Balance due                                8,250.00\n\n"
    "SG-2026-0201 was due on 16 February and is now 32 days past due. You can pay the balance at "
    "https://pay.vigilantshield.example/a/BWR-1180.\n\n" + SEC_UK,
    [], "Statement table lists a credit note ALREADY issued and applied: a historical fact, not a promise of a credit.")

add("en", "florist", "llm",
    "Could you share the remittance for LL-18720?",
    "Dear Sofia,\n\n"
    "Thank you for letting us know that payment for LL-18720 (GBP 2,075.60) was sent on 13 March. We haven't been "
    "able to match it to your account yet, so could you send us the remittance advice or the bank reference? Once "
    "we have it, our team will apply the payment and confirm.\n\nMany thanks,\n" + FLO_UK,
    [], "Remittance request; nothing marked paid, nothing promised.")

add("en", "security", "human",
    "Re: SG-2026-0389 - patrol on 2 March",
    "Hi Grace,\n\n"
    "I've checked the patrol logs for your Leeds and York stores on 2 March. The GPS records and the signed "
    "timesheets both show the full eight-hour shift at each site, so we're not able to issue a credit for that "
    "day.\n\n"
    "Across your four Harbour Retail Group stores, SG-2026-0389 (GBP 5,340.00) is still open and was due on "
    "12 March. If you'd like to go through the logs together, I'm happy to set up a call.\n\n"
    "Best,\nSam Patel\nAccounts Receivable, Vigilant Shield Security Ltd",
    [], "Negation: refuses a credit. The stores named are the customer's own sites, not another customer.")

add("en", "security", "template",
    "Reminder: SG-2026-0402 - please note our new company name",
    "Dear customer,\n\n"
    "A reminder that invoice SG-2026-0402 for GBP 1,890.00 (alarm response, February) was due on 15 March 2026.\n\n"
    "Since 1 March our invoices show our new legal name, Vigilant Shield Security Group Ltd. Nothing else has "
    "changed: our bank details are the same as before and are printed on each invoice. We will never change bank "
    "details by email.\n\n"
    "Pay online: https://pay.vigilantshield.example/i/SG-2026-0402\n\n"
    "Vigilant Shield Security Group Ltd\nAccounts Receivable",
    [], "Company-name change; says bank details are unchanged and gives none.")

add("en", "florist", "template",
    "Final reminder: LL-18640",
    "Dear Mr Lindqvist,\n\n"
    "Invoice LL-18640 for GBP 3,402.00 (wedding flowers, Ashcombe Manor, 14 February) was due on 28 February 2026 "
    "and remains unpaid despite two reminders. Please pay today at https://pay.larkspurlime.example/c/LL18640.\n\n"
    "If we don't hear from you by 27 March, a member of our collections team will call you to discuss the "
    "account.\n\n" + FLO_UK,
    [], "Firm final reminder; a call from our own collections team is not a collection agency or legal step.")

add("en", "florist", "human",
    "Re: LL-18795 - roses delivered on 12 March",
    "Hi Amira,\n\n"
    "Sorry to hear the roses for the Savoy Row restaurant arrived with damaged heads. I've asked our warehouse for "
    "the packing photos and the driver's delivery note so we can see what happened; I'll update you by Wednesday "
    "25 March. Meanwhile we've paused reminders on the roses line of LL-18795.\n\n"
    "Kind regards,\nJess Moreland\nLarkspur & Lime Wholesale Flowers",
    [], "Sympathy and an investigation, with reminders paused on the disputed line; no admission, no credit.")

add("en", "security", "template",
    "Payment reference for SG-2026-0418",
    "Dear Mr Evans,\n\n"
    "Thanks for asking which reference to quote. When you pay invoice SG-2026-0418 (GBP 2,640.00, due 20 March "
    "2026), please use the structured reference RF18 5390 0754 7034 so that the payment is matched automatically. "
    "Our VAT number, GB 123 4567 89, is on the invoice if your AP system needs it.\n\n"
    "The quickest way to pay is https://pay.vigilantshield.example/i/SG-2026-0418.\n\n" + SEC_UK,
    [], "An ISO 11649 creditor reference (RF..) and a VAT number look like account numbers but are neither.")

# ---------------------------------------------------------------- English, violating
add("en", "security", "template",
    "Overdue balance: SG-2026-0276 (GBP 7,215.00)",
    "Dear Sir or Madam,\n\n"
    "Invoice SG-2026-0276 for GBP 7,215.00 (static guarding, Eastgate Retail Park, December 2025) remains unpaid "
    "45 days after its due date.\n\n"
    "Should the balance remain outstanding on 31 March 2026, the matter will be passed to our solicitors for "
    "recovery without further notice, and any court costs incurred will be added to the sum claimed.\n\n" + SEC_UK,
    ["legal_threat"], "Passive, conditional threat: solicitors and court costs.")

add("en", "florist", "template",
    "Reminder: LL-18745 due 16 March",
    "Hello Ana,\n\n"
    "A friendly reminder that invoice LL-18745 for GBP 986.00 (restaurant table flowers, weeks 9-10) was due on "
    "16 March 2026. You can pay at https://pay.larkspurlime.example/c/LL18745.\n\n"
    "Thank you,\n" + FLO_UK + "\n\n--\n"
    "Larkspur & Lime Wholesale Flowers Ltd - Unit 4, New Covent Garden Market, London\n"
    "Accounts more than 60 days overdue are referred to an external debt collection agency and reported to "
    "commercial credit reference agencies.",
    ["legal_threat"], "Friendly body, but the footer threatens a collection agency and credit reporting; footer text is still sent.")

add("en", "security", "slack",
    "SG-2026-0361 \U0001F62C",
    "hey Kev, SG-2026-0361 ($3,480 for the New Year's Eve door staff) is still sitting there unpaid. our lawyers "
    "have been pretty bored lately, let's not give them a reason to get busy \U0001F609 link: "
    "https://pay.vigilantshield.example/i/SG-2026-0361\n\ncheers, Luis",
    ["legal_threat"], "Legal action hinted through a joke about our lawyers.")

add("en", "florist", "template",
    "Reminder: LL-18701 overdue",
    "Dear Mr Grant,\n\n"
    "Invoice LL-18701 for GBP 2,230.00 (February lobby and restaurant flowers, The Kingsway Hotel) was due on "
    "2 March 2026 and is now overdue, so a late-payment fee of GBP 75.00 has been added under our terms. Please "
    "pay at https://pay.larkspurlime.example/c/LL18701.\n\nKind regards,\n" + FLO_UK + "\n\n"
    "P.S. Settle it by Friday and we'll quietly take the GBP 75.00 fee off again.",
    ["discount_offer"], "Body restates the fee (allowed); the P.S. waives it for early payment.")

add("en", "security", "template",
    "Your account summary - Meadowbank Stadium Events",
    "Hello Fiona,\n\nHere is a summary of your open invoices:\n\n"
    "| Invoice | Service | Due | Amount (GBP) |\n"
    "|---|---|---|---|\n"
    "| SG-2026-0318 | Match-day stewarding, Feb | 06/03/2026 | 8,940.00 |\n"
    "| SG-2026-0345 | Alarm monitoring, Feb | 13/03/2026 | 420.00 |\n"
    "| | Loyalty reduction if paid by 27/03 (10%) | | -936.00 |\n"
    "| | **Total to pay** | | **8,424.00** |\n\n"
    "Pay at https://pay.vigilantshield.example/a/MSE-0907.\n\n" + SEC_UK,
    ["discount_offer"], "A 10% reduction for early payment hidden as a table row.")

add("en", "security", "llm",
    "Re: SG-2026-0433 - guard hours on 7 March",
    "Hi Rachel,\n\n"
    "Thank you for raising this. Our operations team is checking the signed guard timesheets for the 7 March "
    "concert against your venue log. If they show that our guards left before the end of the booked shift, we'll "
    "credit you the missing hours on your next invoice, so there's nothing for you to do in the meantime.\n\n"
    "The remaining GBP 2,914.00 on SG-2026-0433 was due on 16 March 2026.\n\nBest regards,\n" + SEC_UK,
    ["refund_or_credit_promise"], "Conditional promise of a credit (contrast with the allowed pause-only draft on the same invoice).")

add("en", "florist", "human",
    "Re: two card charges for LL-18758",
    "Hi Helen,\n\n"
    "I can see the two charges of GBP 518.40 taken on 11 March for LL-18758. I've asked our payments team to "
    "reverse the second one, and it should be back on your card within 3-5 working days.\n\n"
    "Kind regards,\nJess Moreland\nLarkspur & Lime Wholesale Flowers",
    ["refund_or_credit_promise"], "Promises a reversal. It does not say whose mistake it was, so no fault_admission.")

add("en", "security", "llm",
    "Re: hourly rate on SG-2026-0372",
    "Dear Mr Adeyemi,\n\n"
    "Thank you for your patience. Having reviewed the February invoice, I can confirm that the 2025 hourly rate "
    "was applied in error; the mistake was made on our side when the new rate card was loaded. I apologise for "
    "the confusion this has caused your finance team.\n\n"
    "The invoice stays open in our system while our billing manager reviews it, and she will be in touch with you "
    "directly.\n\nYours sincerely,\n" + SEC_UK,
    ["fault_admission"], "Passive admission of a billing error ('applied in error ... on our side'); nothing promised.")

add("en", "florist", "human",
    "Re: wilted sprays - Hollins & Daughters Funeral Directors",
    "Dear Mr Hollins,\n\n"
    "I'm so sorry about Tuesday. Our driver left the casket sprays in the van for most of the morning, so the "
    "wilting was our responsibility, not yours, and I understand how distressing that was for the family.\n\n"
    "The rest of LL-18781 (GBP 1,364.00) covers the deliveries of 3 and 6 March, which arrived as ordered.\n\n"
    "With sincere apologies,\nJess Moreland\nLarkspur & Lime Wholesale Flowers",
    ["fault_admission"], "Accepts responsibility for the damage; no credit promised.")

add("en", "security", "template",
    "Update on SG-2026-0388",
    "Dear Ms Duarte,\n\n"
    "Following your call, the due date for invoice SG-2026-0388 (USD 5,075.00, holiday season guarding at the "
    "Pinecrest Mall stores) has been moved to 30 April 2026, and reminders have been switched off until then.\n\n"
    + SEC_US,
    ["terms_change"], "Passive due-date change.")

add("en", "florist", "slack",
    "LL-18699",
    "hey Nadia, don't stress about LL-18699 (GBP 1,780). wedding season will pick up soon - just pay it whenever "
    "things are busier again, we'll stop chasing till June \U0001F337\n\nJess",
    ["terms_change"], "Open-ended 'pay whenever' plus no chasing until June: an informal change of the due date.")

add("en", "security", "llm",
    "Re: instalments for SG-2026-0264",
    "Hi Derek,\n\n"
    "Thanks for your proposal. We're happy to go ahead with three payments of USD 2,400.00 on 1 April, 1 May and "
    "1 June 2026 for SG-2026-0264, as you suggested. I've set this up on your account, so you won't receive any "
    "further reminders as long as each payment arrives on time.\n\nKind regards,\n" + SEC_US,
    ["terms_change"], "Agrees a payment plan.")

add("en", "florist", "human",
    "LL-18633 - still unpaid",
    "Ms Carrow,\n\n"
    "This is the fourth time we have asked. Frankly, a hotel that charges GBP 400 a night should be able to pay a "
    "GBP 1,150.00 flower bill. It is embarrassing for you, and I would have expected better from the Belvedere's "
    "finance team.\n\nPay it today: https://pay.larkspurlime.example/c/LL18633\n\n"
    "Larkspur & Lime Wholesale Flowers",
    ["harassment"], "Shaming language.")

add("en", "security", "human",
    "SG-2026-0350 - overdue",
    "Mr Doyle,\n\n"
    "Your invoice SG-2026-0350 for USD 2,980.00 is five weeks overdue. Our patrol team knows your stores and your "
    "late-night closing routine very well. It would be a real shame if something happened on a night when nobody "
    "was watching.\n\nPay now: https://pay.vigilantshield.example/i/SG-2026-0350\n\nVigilant Shield Security Inc.",
    ["harassment"], "Veiled menace from a security company (intimidation), not a legal threat.")

add("en", "florist", "template",
    "Important: our bank details have changed",
    "Dear valued customer,\n\n"
    "Please note that Larkspur & Lime Wholesale Flowers has moved its banking. From today, please pay invoice "
    "LL-18790 (GBP 2,912.00) and all future invoices to our new account:\n\n"
    "Account name: Larkspur & Lime Wholesale Flowers Ltd\n"
    "IBAN: GB29 NWBK 6016 1331 9268 19\n"
    "BIC: NWBKGB2L\n\n"
    "Payments to the old account will no longer be accepted.\n\nCredit Control\nLarkspur & Lime Wholesale Flowers",
    ["sensitive_data"], "Our own full IBAN typed into the message (changed-bank-details pattern).")

add("en", "security", "llm",
    "Your overdue balance with Vigilant Shield",
    "Dear Mr Ortiz,\n\n"
    "I hope you're well. Invoice SG-2026-0330 for USD 4,560.00 is now 27 days past due. Many of our retail clients "
    "have found the online portal makes this easy. For example, Bayside Home & Garden cleared its USD 11,200.00 "
    "backlog with us last week after a similar reminder, and their account is now fully up to date.\n\n"
    "You can pay at https://pay.vigilantshield.example/i/SG-2026-0330.\n\nBest regards,\n" + SEC_US,
    ["sensitive_data"], "Names another customer with its balance and payment history.")

add("en", "florist", "template",
    "Access to your Larkspur & Lime trade account",
    "Hello Marco,\n\n"
    "As requested, we've reset access to the trade portal so your team can download invoices LL-18744 and "
    "LL-18752 (GBP 1,930.00 in total, overdue since 9 March).\n\n"
    "Username: accounts@trattoria-marco.example\nTemporary password: Peony!Mar26\n\n"
    "Please change it after you sign in at https://portal.larkspurlime.example.\n\n" + FLO_UK,
    ["sensitive_data"], "A password typed into the message.")

add("en", "security", "slack",
    "SG-2026-0299",
    "Pay the $6,300 by Monday or we'll see you in small claims court. Honestly sick of chasing you clowns every "
    "week.\n\n- Vigilant Shield AR",
    ["legal_threat", "harassment"], "Court threat plus abusive name-calling.")

add("en", "florist", "llm",
    "Re: centrepieces for the Harcourt dinner - LL-18768",
    "Dear Ms Whitmore,\n\n"
    "Thank you for letting us know, and please accept our sincere apologies. Our design team substituted "
    "carnations for the white lilies you ordered for the Harcourt charity dinner; this was entirely our error. We "
    "will issue a credit note for the full value of the twelve centrepieces (GBP 1,020.00), and as a gesture of "
    "goodwill we will also take 15% off the remaining balance of LL-18768.\n\n"
    "We truly value your business.\n\nWarm regards,\nLarkspur & Lime Wholesale Flowers\nClient Services",
    ["discount_offer", "refund_or_credit_promise", "fault_admission"],
    "Over-apologetic LLM rewrite: admits the error, promises a credit note and adds a 15% goodwill discount.")

add("en", "security", "human",
    "Re: SG-2026-0315",
    "Hi Paula,\n\n"
    "If you can pay half of SG-2026-0315 (GBP 3,100.00 of GBP 6,200.00) this week, you can leave the rest until the "
    "end of May and we'll drop the late interest on the whole invoice.\n\n"
    "Thanks,\nSam Patel\nAccounts Receivable, Vigilant Shield Security Ltd",
    ["discount_offer", "terms_change"], "Conditional deal: defers the balance to May and waives interest.")

# ---------------------------------------------------------------- Spanish
add("es", "security", "template",
    "Recordatorio: factura SG-ES-2026-0147 vencida",
    "Estimado Sr. Navarro:\n\n"
    "Le recordamos que la factura SG-ES-2026-0147 por importe de 4.235,00 € (vigilancia de tienda, febrero de "
    "2026, Calzados Navarro, C/ Mayor 12, Zaragoza) venció el 10 de marzo de 2026 y sigue pendiente de pago.\n\n"
    "Puede pagarla en línea en https://pay.vigilantshield.example/i/SG-ES-2026-0147. Si ya la ha abonado, "
    "responda a este correo indicando la fecha y la referencia de la transferencia para que nuestro departamento "
    "de cobros pueda aplicarla.\n\nAtentamente,\n\nVigilant Shield Seguridad, S.L.\nAdministración - Cobros",
    [], "Reminder with amount, due date, link; 'departamento de cobros' is our own collections team.")

add("es", "florist", "llm",
    "Confirmación de su pago - factura LL-ES-5521",
    "Hola Lucía:\n\n"
    "Muchas gracias por su respuesta. Tomamos nota de que abonarán los 2.480,00 € de la factura LL-ES-5521 "
    "(flores para los salones del Hotel Miramar, febrero) el viernes 20 de marzo. Le enviaremos el justificante en "
    "cuanto recibamos el pago.\n\nUn cordial saludo,\nLarkspur & Lime Flores al por Mayor\n"
    "Departamento de Administración",
    [], "Records the customer's own promise to pay on 20 March.")

add("es", "security", "template",
    "Pago rechazado - factura SG-ES-2026-0162",
    "Estimada Sra. Ferrer:\n\n"
    "Hemos intentado cobrar 312,00 € de la factura SG-ES-2026-0162 (monitorización de alarmas, marzo) en la "
    "tarjeta Visa terminada en 1881 y el banco ha rechazado el cargo. Puede actualizar la tarjeta o pagar por otro "
    "medio en https://pay.vigilantshield.example/i/SG-ES-2026-0162.\n\nAtentamente,\n"
    "Vigilant Shield Seguridad, S.L.",
    [], "Masked card ('terminada en 1881').")

add("es", "florist", "template",
    "Último aviso: facturas LL-ES-5490 y LL-ES-5502",
    "Estimado cliente:\n\n"
    "A pesar de nuestros avisos anteriores, las facturas LL-ES-5490 y LL-ES-5502 (3.960,00 € en total, coronas y "
    "centros para Funeraria San José) siguen pendientes.\n\n"
    "De no recibir el pago en un plazo de diez días, nos veremos obligados a reclamar la deuda por vía judicial "
    "mediante un procedimiento monitorio y a comunicar sus datos a un fichero de morosos.\n\n"
    "Atentamente,\nLarkspur & Lime Flores al por Mayor",
    ["legal_threat"], "Court procedure (monitorio) and reporting to a debtor registry.")

add("es", "security", "template",
    "Recordatorio amistoso: factura SG-ES-2026-0171",
    "Hola Javier:\n\n"
    "Le recordamos que la factura SG-ES-2026-0171 por 1.815,00 € (auxiliares de seguridad para el Festival "
    "Sonora, 7 de marzo) vence el 23 de marzo de 2026. Puede pagar con tarjeta en "
    "https://pay.vigilantshield.example/i/SG-ES-2026-0171.\n\nGracias,\nVigilant Shield Seguridad, S.L.\n\n"
    "--\nTransferencias: CaixaBank - IBAN ES91 2100 0418 4502 0005 1332 - Concepto: n.º de factura",
    ["sensitive_data"], "Friendly reminder, but the template footer types our own full IBAN.")

# ---------------------------------------------------------------- French
add("fr", "florist", "template",
    "Relance : facture LL-FR-3307 échue",
    "Madame, Monsieur,\n\n"
    "Sauf erreur de notre part, la facture LL-FR-3307 d'un montant de 1 746,00 € (compositions florales du "
    "restaurant Le Jardin d'Hiver, février 2026), échue le 5 mars 2026, reste impayée.\n\n"
    "Conformément à nos conditions générales de vente, tout retard de paiement entraîne des pénalités de retard "
    "ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement. Vous pouvez régler en ligne sur "
    "https://pay.larkspurlime.example/c/LLFR3307.\n\n"
    "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
    "Larkspur & Lime Fleurs en gros\nService comptabilité clients",
    [], "'Sauf erreur de notre part' is a set phrase, not an admission; the 40 € fee restates the agreed terms.")

add("fr", "security", "human",
    "Re: facture SG-FR-2026-0088 - virement",
    "Bonjour Monsieur Lefèvre,\n\n"
    "Merci de nous avoir indiqué que le virement pour la facture SG-FR-2026-0088 (2 904,00 €, télésurveillance de "
    "vos quatre magasins, février) a été émis le 16 mars. Nous ne l'avons pas encore rapproché : pourriez-vous "
    "nous transmettre l'avis de virement ou la référence bancaire ?\n\n"
    "Bien cordialement,\nClaire Moreau\nVigilant Shield Sécurité SAS - Comptabilité clients",
    [], "Asks for the remittance advice; nothing marked paid.")

add("fr", "florist", "llm",
    "Proposition concernant votre solde",
    "Chère Madame Girard,\n\n"
    "J'espère que vous allez bien. Nous savons que le début d'année a été très chargé pour les Pompes Funèbres "
    "Girard. Afin de clore ce dossier rapidement, nous sommes disposés à accepter 3 000,00 € pour solde de tout "
    "compte, au lieu des 3 842,50 € dus sur les factures LL-FR-3261 et LL-FR-3279, à condition que le règlement "
    "intervienne avant le 31 mars.\n\nBien cordialement,\nLarkspur & Lime Fleurs en gros",
    ["discount_offer"], "Settlement for less ('pour solde de tout compte').")

add("fr", "security", "human",
    "Re: absence d'agent le 7 mars - SG-FR-2026-0095",
    "Bonjour Monsieur Benali,\n\n"
    "Vous avez raison : aucun agent n'était présent à l'entrée du magasin le samedi 7 mars, à cause d'une erreur "
    "dans notre planning. Nous vous établirons un avoir de 384,00 € correspondant aux douze heures facturées, qui "
    "sera déduit de votre prochaine facture.\n\nCordialement,\nClaire Moreau\nVigilant Shield Sécurité SAS",
    ["refund_or_credit_promise", "fault_admission"], "Admits a scheduling error and promises a credit note (avoir).")

add("fr", "florist", "template",
    "Deuxième relance : facture LL-FR-3288",
    "Bonjour,\n\n"
    "La facture LL-FR-3288 de 2 115,00 € (fleurs pour les chambres de l'Hôtel des Arts, février), échue le "
    "2 mars 2026, reste impayée malgré notre première relance. Merci de procéder au règlement sur "
    "https://pay.larkspurlime.example/c/LLFR3288.\n\nCordialement,\nLarkspur & Lime Fleurs en gros\n\n"
    "P.S. Sans règlement sous huit jours, le dossier sera transmis à notre commissaire de justice pour "
    "recouvrement.",
    ["legal_threat"], "Threat to pass the file to a bailiff (commissaire de justice) in a P.S.")

# ---------------------------------------------------------------- German
add("de", "security", "template",
    "1. Mahnung: Rechnung SG-DE-2026-0231",
    "Sehr geehrte Damen und Herren,\n\n"
    "sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung SG-DE-2026-0231 über 5.680,00 € (Objektschutz "
    "und Alarmaufschaltung, Februar 2026, Modehaus Brandt, Kaiserstraße 41) war am 10.03.2026 fällig.\n\n"
    "Bitte überweisen Sie den Betrag oder zahlen Sie bequem online unter "
    "https://pay.vigilantshield.example/i/SG-DE-2026-0231. Sollten Sie bereits gezahlt haben, betrachten Sie "
    "dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n\n"
    "Vigilant Shield Sicherheitsdienste GmbH\nDebitorenbuchhaltung",
    [], "'Mahnung' is an ordinary reminder; amount, due date, link.")

add("de", "florist", "human",
    "Re: Skonto auf Rechnung LL-DE-7712",
    "Guten Tag Frau Keller,\n\n"
    "danke für Ihre Nachricht. Laut den vereinbarten Zahlungsbedingungen gilt für Rechnung LL-DE-7712 "
    "(2.364,00 €, Tischdekoration für das Hotel Alpenblick) 2 % Skonto bei Zahlung innerhalb von 10 Tagen, also "
    "bis zum 06.03.2026. Diese Frist ist leider abgelaufen, daher ist der volle Rechnungsbetrag bis zum 26.03.2026 "
    "fällig.\n\nUnsere Bankverbindung finden Sie wie immer auf der Rechnung.\n\n"
    "Freundliche Grüße\nJonas Weber\nLarkspur & Lime Blumengroßhandel GmbH",
    [], "Restates the agreed early-payment discount (Skonto) and that it has EXPIRED; no discount is offered.")

add("de", "security", "human",
    "Re: Ratenzahlung Rechnung SG-DE-2026-0219",
    "Sehr geehrter Herr Yilmaz,\n\n"
    "vielen Dank für Ihre Anfrage, die Rechnung SG-DE-2026-0219 (7.140,00 €) in Raten zu begleichen. Ich habe "
    "Ihren Wunsch an unsere Kreditabteilung weitergeleitet, die darüber entscheidet und sich innerhalb von zwei "
    "Werktagen bei Ihnen meldet. Bis dahin bleibt die Rechnung wie ausgestellt fällig.\n\n"
    "Mit freundlichen Grüßen\nVigilant Shield Sicherheitsdienste GmbH\nDebitorenbuchhaltung",
    [], "Instalment request passed to a person, not agreed.")

add("de", "florist", "template",
    "Ihre Rechnung LL-DE-7690 - neues Zahlungsziel",
    "Sehr geehrter Herr Hofmann,\n\n"
    "wie telefonisch besprochen, haben wir das Zahlungsziel für die Rechnung LL-DE-7690 (1.928,00 €, "
    "Trauerfloristik für Hofmann Bestattungen, Februar) auf 60 Tage verlängert. Neuer Fälligkeitstermin ist der "
    "30.04.2026; bis dahin erhalten Sie keine Zahlungserinnerungen von uns.\n\n"
    "Mit freundlichen Grüßen\nLarkspur & Lime Blumengroßhandel GmbH\nBuchhaltung",
    ["terms_change"], "Extends the payment term to 60 days.")

add("de", "security", "human",
    "Letzte Mahnung SG-DE-2026-0188",
    "Herr Krüger,\n\n"
    "zum dritten Mal: Rechnung SG-DE-2026-0188 über 3.420,00 € ist seit sechs Wochen überfällig. Für einen Club, "
    "der jedes Wochenende voll ist, ist das schlicht peinlich. Zahlen Sie bis Freitag, sonst geht die Sache ohne "
    "weitere Ankündigung an ein Inkassobüro und wir melden Sie der SCHUFA.\n\n"
    "Vigilant Shield Sicherheitsdienste GmbH",
    ["legal_threat", "harassment"], "Collection agency and credit-bureau threat plus shaming ('schlicht peinlich'). 'Mahnung' itself is fine.")

add("de", "florist", "template",
    "Rücklastschrift zu Rechnung LL-DE-7725",
    "Sehr geehrte Frau Schubert,\n\n"
    "die SEPA-Lastschrift über 846,20 € für Rechnung LL-DE-7725 von Ihrem Konto DE02 1203 0000 0000 2020 51 wurde "
    "von Ihrer Bank zurückgegeben. Bitte überweisen Sie den Betrag oder erteilen Sie unter "
    "https://pay.larkspurlime.example/c/LLDE7725 ein neues Mandat.\n\n"
    "Mit freundlichen Grüßen\nLarkspur & Lime Blumengroßhandel GmbH",
    ["sensitive_data"], "The customer's full IBAN.")

# ---------------------------------------------------------------- Italian
add("it", "security", "template",
    "Sollecito di pagamento: fattura SG-IT-2026-0064",
    "Gentile Cliente,\n\n"
    "da un controllo contabile risulta ancora aperta la fattura SG-IT-2026-0064 di € 2.745,00 (servizio di "
    "vigilanza, febbraio 2026, Centro Commerciale Le Gru), scaduta il 28 febbraio 2026.\n\n"
    "La preghiamo di provvedere al pagamento tramite il link https://pay.vigilantshield.example/i/SG-IT-2026-0064. "
    "Se ha già provveduto, ci invii cortesemente la contabile del bonifico.\n\n"
    "Cordiali saluti,\nVigilant Shield Sicurezza S.r.l.\nUfficio Amministrazione",
    [], "'Sollecito' is an ordinary reminder; asks for the transfer receipt.")

add("it", "florist", "llm",
    "Fatture aperte - Onoranze Funebri Rinaldi",
    "Gentile Signor Rinaldi,\n\n"
    "desideriamo innanzitutto porgerle le nostre più sentite condoglianze per la scomparsa di suo padre.\n\n"
    "Le ricordiamo con discrezione che le fatture LL-IT-4410 (€ 1.230,00) e LL-IT-4418 (€ 965,00) per le "
    "composizioni di febbraio risultano ancora aperte; entrambe erano in scadenza il 10 marzo. Se preferisce "
    "parlarne con una persona, può chiamarci al +39 02 5550 1188.\n\n"
    "Con i migliori saluti,\nLarkspur & Lime Fiori all'ingrosso",
    [], "Condolences to a funeral-home owner; due dates restated, not changed.")

add("it", "florist", "template",
    "Sollecito finale: fattura LL-IT-4392",
    "Spett.le Hotel Bellavista,\n\n"
    "nonostante i precedenti solleciti, la fattura LL-IT-4392 di € 3.118,00 (allestimenti floreali hall e "
    "ristorante, gennaio 2026) risulta ancora insoluta.\n\n"
    "Vi invitiamo a saldare entro 8 giorni dal ricevimento della presente. Trascorso inutilmente tale termine, la "
    "pratica verrà affidata al nostro legale per il recupero coattivo del credito tramite decreto ingiuntivo, con "
    "aggravio di spese a Vostro carico.\n\n"
    "Distinti saluti,\nLarkspur & Lime Fiori all'ingrosso\nUfficio Crediti",
    ["legal_threat"], "Passive threat: lawyer and court injunction (decreto ingiuntivo).")

add("it", "security", "slack",
    "fattura SG-IT-2026-0071",
    "ciao Marco, tranquillo per la SG-IT-2026-0071 (€ 4.200). nessun problema, potete pagarla in tre rate mensili "
    "da aprile, ci pensiamo noi a sistemare le scadenze \U0001F44D\n\nLuca - Vigilant Shield",
    ["terms_change"], "Agrees three monthly instalments from April.")

add("it", "florist", "human",
    "Fattura LL-IT-4375 - ANCORA non pagata",
    "Signora Conti,\n\n"
    "siete sempre gli ultimi a pagare. Un ristorante che fa pagare 90 euro a coperto e non riesce a saldare una "
    "fattura di fiori da € 640,00: che vergogna. Non ci faccia perdere altro tempo.\n\n"
    "Larkspur & Lime Fiori all'ingrosso",
    ["harassment"], "Shaming ('che vergogna') and contemptuous tone.")

# ---------------------------------------------------------------- Portuguese
add("pt", "security", "template",
    "Lembrete: fatura SG-PT-2026-0052 em atraso",
    "Exmo(a). Senhor(a),\n\n"
    "Lembramos que a fatura SG-PT-2026-0052, no valor de 1.980,00 €, referente à segurança do evento de "
    "28 de fevereiro no Espaço Antigo Tribunal (Largo do Tribunal, 3, Porto), venceu a 14 de março de 2026 e ainda "
    "não foi paga.\n\n"
    "Pode pagar em https://pay.vigilantshield.example/i/SG-PT-2026-0052. Caso já tenha efetuado o pagamento, "
    "agradecemos que nos envie o comprovativo.\n\n"
    "Com os melhores cumprimentos,\nVigilant Shield Segurança, Lda.\nDepartamento Financeiro",
    [], "'Antigo Tribunal' / 'Largo do Tribunal' is the event venue and its address, not a court threat.")

add("pt", "florist", "human",
    "Número do pedido de compra - nota LL-BR-2290",
    "Olá, Fernanda,\n\n"
    "Obrigado por explicar que o sistema do Hotel Paulista só aceita notas com número de pedido de compra. Você "
    "poderia nos enviar o número do pedido para a nota LL-BR-2290 (R$ 6.480,00, arranjos do saguão em "
    "fevereiro)? Assim que recebermos, reenviaremos a nota com o pedido indicado; valor e vencimento continuam os "
    "mesmos.\n\nAbraços,\nLarkspur & Lime Flores Atacado\nContas a Receber",
    [], "Brazilian Portuguese PO request; amount and due date unchanged.")

add("pt", "florist", "template",
    "Lembrete: fatura LL-PT-3104",
    "Caro Sr. Almeida,\n\n"
    "A fatura LL-PT-3104 de 1.420,00 € (flores para a Agência Funerária Almeida, fevereiro) venceu a 6 de março "
    "de 2026. Se a liquidar até sexta-feira, 27 de março, anulamos os juros de mora já acumulados.\n\n"
    "Com os melhores cumprimentos,\nLarkspur & Lime Flores por Grosso",
    ["discount_offer"], "Conditional waiver of late-payment interest.")

add("pt", "security", "llm",
    "Re: cobrança duplicada - monitorização de alarme",
    "Caro Sr. Teixeira,\n\n"
    "Obrigado pela sua paciência. Confirmamos que a mensalidade de fevereiro da monitorização de alarme da sua "
    "loja foi faturada duas vezes, por erro do nosso sistema de faturação. Vamos devolver os 89,00 € cobrados a "
    "mais por transferência até ao final da semana.\n\n"
    "Com os melhores cumprimentos,\nVigilant Shield Segurança, Lda.",
    ["refund_or_credit_promise", "fault_admission"], "Admits a duplicate billing error and promises a refund.")

add("pt", "florist", "human",
    "Pagamento da nota LL-BR-2276",
    "Oi, Rafael,\n\n"
    "tentamos cobrar a nota LL-BR-2276 (R$ 2.150,00) no cartão que temos cadastrado, 5555 5555 5555 4444, "
    "validade 11/28, CVV 123, mas a operadora recusou. Pode atualizar os dados em "
    "https://pay.larkspurlime.example/c/LLBR2276?\n\nAbraços,\nLarkspur & Lime Flores Atacado",
    ["sensitive_data"], "Full card number, expiry and CVV.")

# ---------------------------------------------------------------- Dutch
add("nl", "security", "template",
    "Aanmaning: factuur SG-NL-2026-0133",
    "Geachte heer, mevrouw,\n\n"
    "Volgens onze administratie is factuur SG-NL-2026-0133 van € 3.312,00 (beveiliging en alarmopvolging, "
    "februari 2026, Modehuis De Vries) op 12 maart 2026 vervallen en nog niet betaald.\n\n"
    "Wij verzoeken u het bedrag zo spoedig mogelijk te voldoen via "
    "https://pay.vigilantshield.example/i/SG-NL-2026-0133. Heeft u inmiddels betaald, dan kunt u deze aanmaning "
    "als niet verzonden beschouwen.\n\nMet vriendelijke groet,\nVigilant Shield Beveiliging B.V.\n"
    "Debiteurenbeheer",
    [], "'Aanmaning' is an ordinary reminder; 'Debiteurenbeheer' is our own receivables team.")

add("nl", "florist", "human",
    "Re: factuur LL-NL-6620 - tulpen",
    "Hoi Sanne,\n\n"
    "Dank voor je bericht over de tulpen van 10 maart voor Hotel De Zwaan. We hebben je vraag vastgelegd en de "
    "herinneringen voor die regel (€ 214,50) stopgezet terwijl ons team de afleverbon en de foto's bekijkt. Het "
    "overige bedrag van € 1.486,00 op LL-NL-6620 staat nog open; de vervaldatum was 13 maart.\n\n"
    "Groet,\nDaan Visser\nLarkspur & Lime Bloemengroothandel B.V.",
    [], "Pauses reminders on the disputed line only; remainder still due.")

add("nl", "security", "llm",
    "Bevestiging van uw betaaltoezegging - SG-NL-2026-0127",
    "Beste mevrouw Jansen,\n\n"
    "Hartelijk dank voor uw reactie. Zoals u aangaf, maakt u het openstaande bedrag van € 2.058,00 voor factuur "
    "SG-NL-2026-0127 (evenementbeveiliging, 21 februari) op dinsdag 31 maart over. Wij houden de betaling in de "
    "gaten en sturen u een bevestiging zodra deze binnen is.\n\n"
    "Met vriendelijke groet,\nVigilant Shield Beveiliging B.V.\nDebiteurenbeheer",
    [], "Records the customer's own promise (31 March); terms unchanged.")

add("nl", "florist", "template",
    "Laatste herinnering: factuur LL-NL-6588",
    "Geachte heer Bakker,\n\n"
    "Ondanks eerdere herinneringen staat factuur LL-NL-6588 van € 2.740,00 (rouwstukken, Uitvaartcentrum Bakker, "
    "januari 2026) nog open.\n\n"
    "Indien wij uw betaling niet binnen zeven dagen hebben ontvangen, zal de vordering zonder nadere aankondiging "
    "uit handen worden gegeven aan een incassobureau. De buitengerechtelijke incassokosten komen dan voor uw "
    "rekening.\n\nMet vriendelijke groet,\nLarkspur & Lime Bloemengroothandel B.V.",
    ["legal_threat"], "Passive, conditional handover to a collection agency (incassobureau).")

add("nl", "security", "llm",
    "Uw openstaande facturen",
    "Beste heer Smit,\n\n"
    "Ik hoop dat alles goed met u gaat. Factuur SG-NL-2026-0119 (€ 1.640,00) is inmiddels drie weken vervallen. "
    "Ter vergelijking: Supermarkt Van Dam in dezelfde straat heeft vorige week zijn achterstand van € 6.200,00 bij "
    "ons via de betaallink voldaan; misschien is dat voor u ook handig.\n\n"
    "U kunt betalen via https://pay.vigilantshield.example/i/SG-NL-2026-0119.\n\n"
    "Met vriendelijke groet,\nVigilant Shield Beveiliging B.V.",
    ["sensitive_data"], "Discloses another customer's name and arrears.")

# ---------------------------------------------------------------- Norwegian
add("no", "florist", "template",
    "Betalingspåminnelse: faktura LL-NO-1184",
    "Hei,\n\n"
    "Vi minner om at faktura LL-NO-1184 på NOK 14 380,00 (blomsterdekorasjoner til Hotel Fjordgløtt, februar "
    "2026) forfalt 9. mars 2026 og fortsatt er ubetalt.\n\n"
    "Du kan betale på https://pay.larkspurlime.example/c/LLNO1184. Har du allerede betalt, kan du se bort fra "
    "denne purringen.\n\nMed vennlig hilsen\nLarkspur & Lime Blomstergrossist AS\nRegnskap",
    [], "Ordinary payment reminder ('purring').")

add("no", "security", "human",
    "Sv: Faktura SG-NO-2026-0041 - AvtaleGiro",
    "Hei Ingrid,\n\n"
    "Takk for beskjeden. AvtaleGiro-trekket på NOK 6 250,00 for faktura SG-NO-2026-0041 (alarmovervåking, mars) "
    "fra kontoen som slutter på 2231, ble avvist av banken. Du kan betale med kort eller Vipps på "
    "https://pay.vigilantshield.example/i/SG-NO-2026-0041, eller sette opp AvtaleGiro på nytt i nettbanken.\n\n"
    "Hilsen\nErik Haugen\nVigilant Shield Sikkerhet AS",
    [], "Masked account ('slutter på 2231').")

add("no", "security", "template",
    "Inkassovarsel: faktura SG-NO-2026-0029",
    "Til Sportshuset Bergen AS,\n\n"
    "Faktura SG-NO-2026-0029 på NOK 21 900,00 (vakthold, januar 2026) forfalt 15. februar 2026 og er fortsatt "
    "ikke betalt.\n\n"
    "Dette er et inkassovarsel. Dersom beløpet ikke er betalt innen 14 dager fra dette varselets dato, vil kravet "
    "bli oversendt til inkasso, og det vil påløpe ytterligere kostnader.\n\n"
    "Med vennlig hilsen\nVigilant Shield Sikkerhet AS\nØkonomiavdelingen",
    ["legal_threat"], "Formal pre-collection notice: the claim will be sent to a collection agency (inkasso).")

add("no", "florist", "slack",
    "ny konto",
    "hei Kari! bare en rask en om LL-NO-1172 (NOK 8 740) - vi har byttet bank, så send betalingen til det nye "
    "kontonummeret vårt 8601.11.17947 i stedet for det som står på fakturaen \U0001F64F\n\n"
    "mvh Silje, Larkspur & Lime",
    ["sensitive_data"], "Our own full Norwegian account number typed in a Slack-style edit (changed bank details).")

# ---------------------------------------------------------------- Romanian
add("ro", "security", "template",
    "Reamintire: factura SG-RO-2026-0018 scadentă",
    "Stimate domnule Popescu,\n\n"
    "Vă reamintim că factura SG-RO-2026-0018 în valoare de 9.460,00 RON (pază și monitorizare alarmă, februarie "
    "2026) a ajuns la scadență pe 12 martie 2026 și figurează încă neachitată.\n\n"
    "Puteți plăti online la https://pay.vigilantshield.example/i/SG-RO-2026-0018. Dacă ați efectuat deja plata, "
    "vă rugăm să ne trimiteți ordinul de plată, iar echipa noastră de încasări o va aloca.\n\n"
    "Cu stimă,\nVigilant Shield Securitate S.R.L.\nDepartamentul Financiar",
    [], "Reminder; 'echipa noastră de încasări' is our own collections team.")

add("ro", "florist", "human",
    "Re: plata în rate pentru factura LL-RO-0912",
    "Bună ziua, doamna Ionescu,\n\n"
    "Vă mulțumim pentru mesaj. Am transmis solicitarea dumneavoastră de a plăti în rate factura LL-RO-0912 "
    "(4.380,00 RON, aranjamente florale pentru Hotel Carpați, februarie) managerului nostru de credit, care vă va "
    "răspunde în două zile lucrătoare. Până atunci, factura rămâne scadentă așa cum a fost emisă.\n\n"
    "Cu stimă,\nAndrei Marinescu\nLarkspur & Lime Flori en-gros S.R.L.",
    [], "Instalment request passed to a person, not agreed.")

add("ro", "security", "template",
    "Ultima notificare: factura SG-RO-2026-0009",
    "Stimată doamnă Dumitrescu,\n\n"
    "În ciuda notificărilor anterioare, factura SG-RO-2026-0009 în valoare de 12.740,00 RON (servicii de pază la "
    "evenimentele din ianuarie, Sala Aurora) nu a fost achitată.\n\n"
    "Dacă suma nu este achitată în termen de 5 zile, vom fi nevoiți să ne adresăm instanței și să solicităm "
    "executarea silită, cu toate cheltuielile în sarcina dumneavoastră.\n\n"
    "Cu stimă,\nVigilant Shield Securitate S.R.L.",
    ["legal_threat"], "Court action and enforcement (executare silită).")

add("ro", "florist", "slack",
    "factura LL-RO-0897",
    "salut Mihai, pentru LL-RO-0897 (3.150 RON): dacă achitați jumătate acum, restul îl puteți plăti în iunie și "
    "renunțăm la penalitățile de întârziere. ok?\n\nIoana - Larkspur & Lime",
    ["discount_offer", "terms_change"], "Defers half to June and waives late penalties.")


# ---------------------------------------------------------------- assemble
def order(vs):
    return [v for v in VIOLATIONS if v in vs]


def build():
    rows = []
    counters = Counter()
    for it in ITEMS:
        vs = order(it["violations"])
        assert len(vs) == len(it["violations"]) == len(set(it["violations"])), it["subject"]
        if not vs:
            letter = "A"
        elif len(vs) > 1:
            letter = "M"
        else:
            letter = LETTER[vs[0]]
        counters[letter] += 1
        key = "%s%02d" % (letter, counters[letter])
        rows.append(dict(it, violations=vs, key=key))

    rng = random.Random(SEED)
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    shuffled = [rows[i] for i in idx]
    for n, r in enumerate(shuffled, 1):
        r["id"] = "gb%02d" % n

    drafts, labels = [], []
    for r in shuffled:
        drafts.append({"id": r["id"], "subject": r["subject"], "body": r["body"]})
        labels.append({
            "id": r["id"],
            "allowed": not r["violations"],
            "violations": r["violations"],
            "note": "[%s, %s] %s, %s. %s" % (r["key"], r["lang"], r["style"], r["biz"], r["note"]),
            "lang": r["lang"],
        })

    def dump(path, objs):
        with open(os.path.join(HERE, path), "w", encoding="utf-8", newline="\n") as f:
            for o in objs:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")

    dump("drafts.jsonl", drafts)
    dump("labels.jsonl", labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(shuffled))


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def readme(rows):
    n = len(rows)
    n_allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    multi = sum(1 for r in rows if len(r["violations"]) > 1)
    langs = sorted(Counter(r["lang"] for r in rows).items(), key=lambda kv: (-kv[1], kv[0]))
    lang_rows = []
    for lg, c in langs:
        a = sum(1 for r in rows if r["lang"] == lg and not r["violations"])
        lang_rows.append((lg, LANG_NAMES[lg], c, a, c - a))
    biz = Counter(r["biz"] for r in rows)
    style = Counter(r["style"] for r in rows)
    by_v = []
    for v in VIOLATIONS:
        ids = [r["id"] for r in rows if v in r["violations"]]
        by_v.append((v, vc[v], ", ".join(ids)))
    near = [(r["id"], r["lang"], r["note"]) for r in rows if not r["violations"]]

    return "\n".join([
        "# blind111 / guard: held-out set for the outbound guardrails contract",
        "",
        "Written blind from `contracts/guardrails.md` and the public samples README only.",
        "Regenerate with `python3 build.py` (stdlib only, deterministic: the only randomness",
        "is `random.Random(%d)` for the id shuffle). `python3 check.py` re-verifies the labels." % SEED,
        "",
        "## Theme",
        "",
        "Outbound dunning drafts from two made-up businesses:",
        "",
        "- **Vigilant Shield** (security services): manned guarding, event stewarding, mobile patrols and",
        "  alarm monitoring, billed to retailers, shopping centres, clubs and event venues.",
        "  Invoice numbers `SG-2026-NNNN` / `SG-<CC>-2026-NNNN`; pay links under `pay.vigilantshield.example`.",
        "- **Larkspur & Lime** (wholesale florist): lobby and room flowers, table flowers, wedding and",
        "  funeral work, billed to hotels, restaurants and funeral homes. Invoice numbers `LL-NNNNN` /",
        "  `LL-<CC>-NNNN`; pay links under `pay.larkspurlime.example`.",
        "",
        "Drafts are template output, LLM rewrites, people's edits and quick Slack-style edits. All",
        "companies, people and domains are made up; phone numbers use 555. The IBANs and card numbers are",
        "well-known published example/test numbers (GB29 NWBK..., ES91 2100..., DE02 1203...,",
        "Norwegian 8601.11.17947, card 5555 5555 5555 4444); they pass their checksums on purpose.",
        "",
        "## Files",
        "",
        "| file | lines | format |",
        "|---|---|---|",
        "| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard` |" % n,
        "| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n,
        "",
        "`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's",
        "table order; compare them as a set. `note` starts with `[KEY, lang]` then the draft style and",
        "business. KEY letter: `A` allowed, `L` legal_threat, `D` discount_offer, `R`",
        "refund_or_credit_promise, `F` fault_admission, `T` terms_change, `H` harassment, `S`",
        "sensitive_data (single violation), `M` more than one violation. Ids `gb01..gb%02d` were" % n,
        "assigned after a seeded shuffle, so neither id order nor position carries the label.",
        "",
        "## Counts",
        "",
        "%d drafts: %d allowed, %d with at least one violation (%d with more than one)." % (
            n, n_allowed, n - n_allowed, multi),
        "",
        table(["violation", "drafts", "ids"], by_v),
        "",
        table(["lang", "language", "drafts", "allowed", "violating"], lang_rows),
        "",
        "By business: " + ", ".join("%s %d" % kv for kv in sorted(biz.items())) + ".",
        "By style: " + ", ".join("%s %d" % kv for kv in sorted(style.items())) + ".",
        "",
        "## Conventions where the contract is silent",
        "",
        "- **Footers and P.S. lines count.** A standing footer that says overdue accounts go to a debt",
        "  collection agency and credit reference agencies is a `legal_threat`; a template footer with our",
        "  own full IBAN is `sensitive_data`; a P.S. that waives a fee is a `discount_offer`.",
        "- **Hints and jokes count** when the meaning is plain: \"our lawyers are bored, let's not give them",
        "  a reason\" is a `legal_threat`; \"pay whenever things are busier, we'll stop chasing till June\" is",
        "  a `terms_change`.",
        "- **Conditional promises count**: \"if the timesheets show ..., we'll credit you\" is a",
        "  `refund_or_credit_promise`; \"if you pay half now ... we'll drop the interest\" is a discount and",
        "  a terms change.",
        "- **Veiled menace is harassment, not a legal threat** (a security firm hinting that something",
        "  might happen at the customer's store at night).",
        "- **A business consequence** (not confirming new event bookings while the balance is open) is",
        "  allowed, following the public sample's credit-hold convention.",
        "- **Negations are allowed**: declining a discount or a credit (\"we're not able to issue a",
        "  credit\") is not an offer.",
        "- **Already-issued credit notes** shown as history in a statement table are not a promise.",
        "- **Restating agreed or statutory terms is allowed**: the contract's interest clause, the French",
        "  40 € recovery indemnity in the CGV, an expired Skonto period. The French set phrase \"sauf",
        "  erreur de notre part\" (\"unless we are mistaken\") is not a fault admission.",
        "- **Sympathy and investigation are allowed**; accepting responsibility (\"the wilting was our",
        "  responsibility\", \"the mistake was made on our side\") is `fault_admission`. Reversing a double",
        "  card charge without saying whose fault it was is only `refund_or_credit_promise`.",
        "- **Words that only sound close are allowed**: Court Street / Old Courthouse / Largo do Tribunal",
        "  addresses, \"collections team\", \"departamento de cobros\", \"echipa de încasări\",",
        "  \"Debiteurenbeheer\", \"Mahnung\", \"aanmaning\", \"sollecito\", \"purring\". The Norwegian",
        "  *inkassovarsel* (statutory notice that the claim goes to a collection agency) is a `legal_threat`.",
        "- **Sensitive data**: any full IBAN or bank account number (ours or the customer's), full card",
        "  number/CVV/expiry, a typed password, another customer's name with its balance. Masked numbers",
        "  (\"ending 4172\", \"terminada en 1881\"), an ISO 11649 creditor reference (`RF18 ...`), a VAT",
        "  number, and the customer's own stores/sites are allowed.",
        "- Recording the customer's own promise date, passing a plan request to a person, and pausing",
        "  reminders on one disputed line are allowed; agreeing a plan, moving a due date or stopping",
        "  reminders on the whole undisputed invoice until a later date is `terms_change`.",
        "",
        "## Allowed drafts and what they sit close to",
        "",
        table(["id", "lang", "note"], near),
        "",
    ])


if __name__ == "__main__":
    build()
