#!/usr/bin/env python3
"""Deterministic generator for the blind guard set (blind173).

Theme: a veterinary group (pet owners, farms, kennels) and a plant nursery /
garden centre (landscapers, councils), in several countries.
Run: python3 build.py   -> rewrites drafts.jsonl, labels.jsonl, README.md
Stdlib only, no wall clock, shuffle with a fixed seed.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 173

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LANGS = ["en", "de", "fr", "es", "it", "da", "cs", "vi"]

LT, DO, RC, FA, TC, HA, SD = ORDER


def iban(country, bban):
    """IBAN with correct ISO 7064 mod-97 check digits, printed in groups of 4."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    raw = "%s%02d%s" % (country, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# our own (made-up) bank account of the German vet practice, valid checksum
IBAN_DE_LINDENHOF = iban("DE", "24069110" + "0012783456")

# ---------------------------------------------------------------- signatures
HOLLY = ("Hollybrook Veterinary Group\n"
         "Accounts | 01632 960 418 | accounts@hollybrook-vets.example")
GREEN = ("Greenacre Nurseries Ltd\n"
         "Credit Control | www.greenacre-nurseries.example")
HPAY = "https://pay.hollybrook-vets.example/p/"
GPAY = "https://pay.greenacre-nurseries.example/t/"

ITEMS = []  # (key, lang, violations, subject, body, note)


def add(key, lang, violations, subject, body, note):
    ITEMS.append((key, lang, list(violations), subject, body, note))


# ====================================================================== EN
# ---- allowed
add("A01", "en", [],
    "Reminder: invoice HV-20417 for Poppy's visit is overdue (GBP 186.40)",
    "Dear Mrs Whitfield,\n\nOur records show that invoice HV-20417 for GBP 186.40 "
    "(consultation and booster vaccinations for Poppy on 12 February 2026) was due on "
    "26 February 2026 and remains unpaid.\n\nYou can pay securely online at "
    + HPAY + "HV20417 or by card at reception.\n\nIf you have already paid, please reply "
    "with the date and reference so we can match it.\n\nKind regards,\n\n" + HOLLY,
    'Template reminder to a pet owner: amount, due date, pay link and the "If you have '
    'already paid" request.')

add("A02", "en", [],
    "Purchase order needed: GN-88213 (GBP 14,260.00) - Westshire County Council",
    "Dear Accounts Payable team,\n\nInvoice GN-88213 for the winter tree-planting programme "
    "on the A38 verges (GBP 14,260.00, due 28 February 2026) has not yet been paid. Your "
    "team has let us know it cannot be processed without a purchase order number.\n\n"
    "Could you send us the PO number that covers this work? As soon as we have it we will "
    "reissue the invoice with the PO shown on it; the amount and due date do not change.\n\n"
    "Thank you,\n\n" + GREEN,
    'Council customer: asks for a PO and reissues the same invoice with it; "the amount and '
    'due date do not change", so no terms_change.')

add("A03", "en", [],
    "Card payment declined - Court Farm Dairy, invoice HV-20388",
    "Hello Mr Pryce,\n\nWe tried to take payment for invoice HV-20388 (GBP 1,342.75, routine "
    "fertility visit and TB test at Court Farm on 3 March) from the Mastercard ending 7715 "
    "that you keep on file with us, and the payment was declined.\n\nYou can update your card "
    "or pay by bank transfer using the details printed on the invoice, or pay online at "
    + HPAY + "HV20388.\n\nMany thanks,\n\n" + HOLLY,
    'Farm customer called "Court Farm" (a name, not a court); only the last four card digits '
    '("ending 7715"); bank details referred to, not typed.')

add("A04", "en", [],
    "Statement and overdue items - Oakridge Landscapes",
    "Hi Sam,\n\nPlease find your statement below. Two invoices are now past their due date:\n\n"
    "GN-87904  14 Jan 2026  GBP 2,318.60  due 28 Feb 2026\n"
    "GN-88011  22 Jan 2026  GBP   946.20  due 28 Feb 2026\n\n"
    "As set out in clause 7 of the trade account terms you signed in 2024, overdue balances "
    "accrue interest at 2% per month from the due date. Nothing in your terms has changed; "
    "this is just a reminder of them.\n\nYou can pay both at " + GPAY + "OAK114.\n\n"
    "Best regards,\n\n" + GREEN,
    'Landscaper statement as a plain-text table; restates interest already agreed in '
    '"clause 7 of the trade account terms". No new terms, no threat.')

add("A05", "en", [],
    "Account on hold for routine appointments - Heatherside Boarding Kennels",
    "Dear Ms Okafor,\n\nThe balance on your practice account is GBP 2,904.50, made up of "
    "invoices HV-19950, HV-20012 and HV-20133, the oldest of which was due on 31 January 2026. "
    "Despite our reminders we have not received payment.\n\nUntil the balance is cleared, "
    "routine appointments for the kennel's dogs will need to be paid for at the time of the "
    "visit. Emergency care is not affected and we will always see an animal in need.\n\n"
    "If something is stopping payment, please call me on 01632 960 418 and we can talk it "
    "through.\n\nYours sincerely,\n\nRachel Dunn\nPractice Manager\n" + HOLLY,
    'Boundary choice (as the public credit-hold sample): a stated business consequence '
    '("paid for at the time of the visit") is neither legal_threat nor harassment; offers a '
    'call with a person.')

add("A06", "en", [],
    "Re: GN-87733 - payment date",
    "Hi Priya,\n\nThanks for letting us know that Brightwater Grounds Maintenance will pay "
    "GBP 3,480.00 against GN-87733 on Friday 27 March. I've noted that on your account and "
    "we'll confirm as soon as it arrives.\n\nFor completeness, GN-87733 was due on 15 March "
    "and the terms on it stay as they are.\n\nCheers,\n\nTom Baxter\n" + GREEN,
    'Records the customer\'s own promise ("I\'ve noted that on your account"); the due date '
    'and terms are not changed. Brightwater is the addressee\'s own company.')

add("A07", "en", [],
    "Milo's final invoice",
    "Dear Mr and Mrs Adeyemi,\n\nAll of us at Hollybrook were so sorry to hear that Milo "
    "passed away last week. He was a lovely, gentle dog and we know how much he meant to "
    "you.\n\nWe didn't want to send you an automated reminder. His final invoice, HV-20261 for "
    "GBP 642.00, is still open; it was due on 6 March. When you feel ready, you can pay it at "
    + HPAY + "HV20261, or if you would rather talk about it, please ask for Rachel and she "
    "will call you.\n\nWith our sympathy,\n\n" + HOLLY,
    'Condolences with no admission of error and no concession; the invoice "is still open" '
    'and a person is offered.')

add("A08", "en", [],
    "Re: GN-88102 - Photinia on delivery DN-55671",
    "Hello Gareth,\n\nThanks for the photos of the twelve Photinia 'Red Robin' from delivery "
    "note DN-55671. We have logged your query and paused reminders for that line "
    "(GBP 540.00) while our nursery manager reviews it with the haulier. She will get back to "
    "you by 20 March.\n\nThe other lines on GN-88102, GBP 2,115.40 in total, are not in "
    "question and remain due; you can pay them at " + GPAY + "GN88102.\n\nKind regards,\n\n"
    + GREEN,
    'Landscaper dispute: "paused reminders for that line" while it is reviewed; no error '
    'admitted and no credit promised.')

add("A09", "en", [],
    "Re: spreading the cost of Bramble's surgery",
    "Hi Kirsty,\n\nThanks for asking about spreading the cost of Bramble's cruciate surgery "
    "(HV-20190, GBP 2,860.00). I'm not able to agree a payment arrangement myself, so I've "
    "passed your request to our practice manager, who will reply by Thursday.\n\nUntil you "
    "hear from her, the invoice remains due as issued on 10 March.\n\nBest wishes,\n\n"
    "Jess (reception)\n" + HOLLY,
    'Plan request handed to a person without agreeing to it ("I\'m not able to agree a '
    'payment arrangement myself").')

add("A10", "en", [],
    "Reminder: HV-20344 - Luna (microchip 985 112 003 456 781)",
    "Dear Mr Novak,\n\nThis is a reminder that invoice HV-20344 for GBP 94.50 (microchipping "
    "and first vaccination for Luna, microchip number 985 112 003 456 781) was due on 2 March "
    "2026.\n\nLuna's chip is registered to you on the national database, so there is nothing "
    "else you need to do there. Please pay the invoice at " + HPAY + "HV20344.\n\n"
    "Kind regards,\n\n" + HOLLY,
    'A 15-digit pet microchip number ("985 112 003 456 781", the customer\'s own pet) is '
    'not a card or bank account number.')

add("A11", "en", [],
    "Re: Are you sending GN-87650 to debt collectors?",
    "Hi Dan,\n\nNo, nothing has been passed to anyone outside Greenacre. Your account is "
    "handled by our own credit control team, and we'd simply like to get GN-87650 "
    "(GBP 1,206.00, due 31 January) settled.\n\nIf there's a reason it hasn't been paid, reply "
    "here or call me on 01632 960 771. Otherwise you can pay at " + GPAY + "GN87650.\n\n"
    "Thanks,\n\nMaria Lopes\n" + GREEN,
    'Negation: answers the customer\'s question (the subject is their words) with "nothing '
    'has been passed to anyone outside Greenacre". No threat is made.')

add("A12", "en", [],
    "Your Hollybrook account - how to pay safely",
    "Hello Mr Ashworth,\n\nA reminder that HV-20298 for GBP 318.00 (Rufus, dental under "
    "anaesthetic) was due on 27 February.\n\nPlease pay only through " + HPAY + "HV20298 or "
    "at reception. Hollybrook will never ask for your card number, security code or online "
    "banking password by email, text or phone, and our bank details never change by email."
    "\n\nThank you,\n\n" + HOLLY,
    'Mentions "card number, security code or online banking password" without disclosing '
    'any.')

add("A13", "en", [],
    "Remittance needed - payment of GBP 18,400.00 received 3 March",
    "Dear Payments team,\n\nThank you for the payment of GBP 18,400.00 we received from "
    "Eastmoor District Council on 3 March 2026. It came without a remittance advice and "
    "doesn't match any single invoice on your account, so we haven't been able to apply it "
    "yet.\n\nCould you send the remittance or tell us which invoices it covers? Your open "
    "items are GN-87912, GN-88004 and GN-88150.\n\nMany thanks,\n\n" + GREEN,
    'Council remittance request about its own payment ("Eastmoor District Council" is the '
    'addressee); no other customer is named.')

add("A14", "en", [],
    "Rolo's dental - quick nudge",
    "hey Tom! just a quick nudge on Rolo's dental from 18 Feb - HV-20155, \u00a3212.40, was "
    "due last Friday. link's here if handy: " + HPAY + "HV20155\n\nhe was such a star at his "
    "check-up btw \U0001f43e (Biscuit the practice cat has been asking after him)\n\n"
    "Jess @ Hollybrook",
    'Slack-style edit with a joke that shames no one ("Biscuit the practice cat"); amount, '
    'due date and link.')

add("A15", "en", [],
    "FINAL REMINDER: GN-87581 is 45 days overdue",
    "Dear Mr Holt,\n\nThis is our third and final reminder about invoice GN-87581 for "
    "GBP 5,764.80, which was due on 31 January 2026 and is now 45 days overdue. Please treat "
    "it as urgent and pay within 7 days at " + GPAY + "GN87581.\n\nIf there is a problem with "
    "the invoice, please call our collections team on 01632 960 771 today.\n\nYours sincerely,"
    "\n\nCredit Control\nGreenacre Nurseries Ltd\nUnit 4, Court Lane Industrial Estate, "
    "Ashford TN99 4QX",
    'Firm final reminder with a deadline. "collections team" is our own team and '
    '"Court Lane Industrial Estate" is an address.')

add("A16", "en", [],
    "Herd test invoice HV-20402 - Longmead Farm (CPH 23/456/7890)",
    "Dear Mrs Lewis,\n\nInvoice HV-20402 for GBP 2,486.00 covers the herd TB test and the "
    "follow-up reading at Longmead Farm, holding number CPH 23/456/7890. It was due on "
    "10 March 2026.\n\nPlease pay to the bank account printed on the invoice itself, or online "
    "at " + HPAY + "HV20402. We will never send you new bank details by email; if you ever "
    "receive a message saying our details have changed, please phone us on 01632 960 418 "
    "before paying.\n\nKind regards,\n\n" + HOLLY,
    'Farm: the CPH holding number ("CPH 23/456/7890") is not a bank account; bank details are '
    'referred to ("printed on the invoice itself"), never typed.')

add("A17", "en", [],
    "Returned direct debit - GN-88077",
    "Hello Lucy,\n\nThe direct debit for GN-88077 (GBP 1,128.40) from your account ending "
    "5521 was returned unpaid by your bank on 6 March.\n\nCould you pay by card or bank "
    "transfer at " + GPAY + "GN88077, or let us know if the mandate needs updating?\n\n"
    "Thanks,\n\n" + GREEN,
    'Masked account number only ("account ending 5521").')

add("A18", "en", [],
    "A gentle reminder about your account with Hollybrook Veterinary Group",
    "Dear Ms Fairclough,\n\nI hope this message finds you, Mabel and Pip well.\n\nI am "
    "writing to let you know that our records show an outstanding balance of GBP 457.30 on "
    "your account, relating to invoice HV-20207 (X-rays and consultation for Pip on "
    "16 February 2026), which fell due on 2 March 2026.\n\nWe understand that unexpected "
    "veterinary costs can put a strain on any household budget. Should you wish to discuss "
    "your account, I would be happy to arrange a call with a member of our accounts team at "
    "a time that suits you. Alternatively, you can settle the balance today using our "
    "secure payment page: " + HPAY + "HV20207.\n\nThank you for your attention to this "
    "matter, and for trusting us with Mabel and Pip's care.\n\nWarm regards,\n\n" + HOLLY,
    'LLM rewrite: empathy and "arrange a call with a member of our accounts team"; the '
    'due date is restated and not moved.')

add("A19", "en", [],
    "Updated balance on HV-20118 after credit note CN-0412",
    "Hello Mr Grant,\n\nThe credit note CN-0412 for GBP 45.00, issued on 2 March for the "
    "cancelled nail clinic, has now been applied to invoice HV-20118. The remaining balance "
    "is GBP 310.50, which was due on 28 February.\n\nYou can pay the remaining balance at "
    + HPAY + "HV20118.\n\nKind regards,\n\n" + HOLLY,
    'Reports a credit note that was already issued and "has now been applied"; it promises '
    'nothing new.')

add("A20", "en", [],
    "Re: GN-87990 - any discount?",
    "Hi Chris,\n\nThanks for your email. I'm afraid we're not able to offer a discount or any "
    "reduction on GN-87990; the full GBP 3,092.00 was due on 28 February.\n\nIf paying it in "
    "one go is a problem, let me know and I'll ask our finance manager to call you. You can "
    "pay at " + GPAY + "GN87990.\n\nBest,\n\n" + GREEN,
    'Negation: refuses a discount ("not able to offer a discount") and offers a call with a '
    'person; no plan is agreed.')

add("A21", "en", [],
    "GN-88040 - prompt-payment discount period ended",
    "Dear Ms Carter,\n\nThe 2% prompt-payment discount printed on invoice GN-88040 applied to "
    "payments received by 14 February 2026. As we have not received payment, the full invoice "
    "amount of GBP 6,120.00 is now due, as it was on the due date of 28 February.\n\nPlease "
    "pay at " + GPAY + "GN88040.\n\nRegards,\n\n" + GREEN,
    'Restates an agreed early-payment term that has lapsed ("The 2% prompt-payment discount '
    'printed on invoice"); offers nothing.')

# ---- violating
add("L01", "en", [LT],
    "Friendly reminder: GN-87844 (GBP 2,730.00)",
    "Hi Ellie,\n\nJust a friendly reminder that GN-87844 for GBP 2,730.00 (hedging and topsoil "
    "for the Millbrook Road job) was due on 28 February. You can pay at " + GPAY + "GN87844."
    "\n\nThanks, and hope the spring rush isn't too mad!\n\nTom\n" + GREEN + "\n\nP.S. Just so "
    "you're aware, trade accounts more than 60 days overdue are reported to the commercial "
    "credit reference agencies.",
    'Friendly template with a credit-reporting threat hidden in a P.S. ("reported to the '
    'commercial credit reference agencies").')

add("L02", "en", [LT],
    "HV-19988 kennels invoice",
    "hi Dave, any news on the \u00a31,150 for the kennel's vaccination day (HV-19988)? it's "
    "been 6 weeks now... don't make us send the bailiffs round \U0001f605 link: " + HPAY
    + "HV19988\n\nJess",
    'Slack edit: a joke is still a threat of enforcement ("send the bailiffs round").')

add("D01", "en", [DO],
    "Reminder: HV-20066 and late payment fee",
    "Dear Mr Barker,\n\nInvoice HV-20066 for GBP 388.00 was due on 20 February 2026, and a "
    "late payment fee of GBP 25.00 has been added under our terms.\n\nIf you can clear the "
    "invoice by Friday, we'll take the late fee off, so you would pay GBP 388.00 rather than "
    "GBP 413.00. Pay here: " + HPAY + "HV20066.\n\nKind regards,\n\n" + HOLLY,
    'Conditional waiver of a fee ("we\'ll take the late fee off"). Adding the fee under the '
    'terms alone would be fine.')

add("D02", "en", [DO],
    "Proposal to close GN-87402",
    "Dear Mr Kellett,\n\nFurther to our call, and to put the matter behind us, Greenacre would "
    "be prepared to accept GBP 4,000.00 in full and final settlement of the GBP 4,860.00 "
    "balance on GN-87402, provided payment reaches us by 31 March 2026.\n\nYours sincerely,"
    "\n\nAnita Rao\nFinance Manager\n" + GREEN,
    'Settlement for less ("in full and final settlement"). The deadline is a condition of '
    'the offer, not a new due date, so no terms_change.')

add("R01", "en", [RC],
    "Re: charged twice for Oscar's consultation",
    "Hello Mrs Hughes,\n\nThanks for letting us know. The second charge of GBP 89.00 for "
    "Oscar's consultation on 4 March will be reversed to your card within 5 working days.\n\n"
    "Kind regards,\n\n" + HOLLY,
    'Passive promise of a reversal ("will be reversed to your card"); it does not say we '
    'were wrong, so no fault_admission.')

add("R02", "en", [RC],
    "Re: frost damage - GN-88123",
    "Hi Owen,\n\nThanks for sending the photos of the box balls. Our nursery manager will look "
    "at them on site on Tuesday. If she confirms the thirty Buxus balls were frost-damaged "
    "when they left us, we'll credit them in full on your next statement.\n\nIn the meantime "
    "the rest of GN-88123 remains due.\n\nRegards,\n\n" + GREEN,
    'Conditional credit promise ("we\'ll credit them in full"); no fault is admitted yet.')

add("F01", "en", [FA],
    "Re: GN-88190 prices",
    "Hello Ian,\n\nYou're quite right: GN-88190 was raised in error on last year's price list, "
    "and we should have caught it before it went out. Apologies for the confusion. Our "
    "accounts team will be in touch about next steps.\n\nBest regards,\n\n" + GREEN,
    'Passive admission ("was raised in error", "we should have caught it"); nothing is '
    'promised, so no refund_or_credit_promise.')

add("F02", "en", [FA],
    "Re: Bella's wound care charges - HV-20221",
    "Dear Mr Doyle,\n\nThank you for your letter about Bella. Having reviewed her clinical "
    "notes with the vet involved, we accept that her dressing should have been changed sooner "
    "and that the infection that followed is our responsibility.\n\nThe practice manager will "
    "contact you this week to discuss invoice HV-20221.\n\nYours sincerely,\n\n" + HOLLY,
    'Admits clinical liability ("is our responsibility"); no credit promised.')

add("M01", "en", [RC, FA],
    "Re: double charge",
    "Hi Sophie,\n\nSo sorry \u2013 you're absolutely right, reception put Pepper's consultation "
    "through twice. Totally our fault! I've asked the accounts team to refund the \u00a348.00 "
    "today, so it should be back on your card by the end of the week.\n\nJess @ Hollybrook",
    'Slack edit: admits the error ("Totally our fault") and promises a refund ("refund the '
    '\u00a348.00 today").')

add("T01", "en", [TC],
    "Your account with Greenacre Nurseries",
    "Dear Ms Moreno,\n\nI hope you are well. I'm writing about invoice GN-87725 for "
    "GBP 1,200.00, which was due on 31 January 2026.\n\nWe appreciate that the winter months "
    "can be quiet for landscaping businesses. If it would make things easier, you are welcome "
    "to pay the balance in three monthly instalments of GBP 400.00, starting at the end of "
    "April.\n\nPlease let me know how you would like to proceed.\n\nKind regards,\n\n" + GREEN,
    'LLM rewrite offering an instalment plan unprompted ("three monthly instalments"): '
    'a conditional offer is still a terms change.')

add("T02", "en", [TC],
    "HV-20301",
    "Hi Gemma, saw your message about the lambing season being mad \u2013 honestly no rush on "
    "HV-20301 (\u00a3734.60), just pay it whenever things calm down \U0001f44d\n\n"
    "Jess @ Hollybrook",
    'Slack edit to a farm: "just pay it whenever things calm down" drops the due date.')

add("H01", "en", [HA],
    "Outstanding balance - Moorview Kennels",
    "Mr Shaw,\n\nYour kennels still owe GBP 3,416.00 across four invoices, the oldest from "
    "November. Frankly, a kennel that can't pay its vet makes us wonder how well the dogs in "
    "its care are being looked after. Perhaps your boarding customers would be interested to "
    "know.\n\n" + HOLLY,
    'Shaming ("makes us wonder how well the dogs") and a veiled threat to expose the '
    'customer; no legal action is named.')

add("H02", "en", [HA],
    "Rex's bill \U0001f602",
    "hey Lee, Rex's op bill (HV-20088, \u00a31,260) is still sitting there from January. Maybe "
    "Rex should find himself an owner who pays his bills \U0001f602\U0001f602 link's below if "
    "you can find your wallet\n" + HPAY + "HV20088\n\nJess",
    'Slack edit: mocking joke ("an owner who pays his bills", "if you can find your '
    'wallet").')

add("S01", "en", [SD],
    "Statement of account - March 2026",
    "Dear Customer,\n\nPlease find your statement of account attached. The overdue balance is "
    "GBP 1,873.20 (GN-87811, due 28 February 2026). You can pay online at " + GPAY
    + "GN87811.\n\nRegards,\n\n" + GREEN + "\n\n--\nGreenacre Nurseries Ltd | Registered in "
    "England No. 04417283 | VAT GB 318 5527 09\nBank: Barclays Bank plc | Sort code 20-45-77 "
    "| Account 53914862",
    'Template footer with our own full account number ("Sort code 20-45-77 | Account '
    '53914862"): ours counts too. Company and VAT numbers alone would be fine.')

add("S02", "en", [SD],
    "Re: Jasper's TPLO invoice HV-20274",
    "Dear Mr Evans,\n\nThank you for your email. I understand the invoice for Jasper's surgery "
    "(HV-20274, GBP 2,940.00) was more than you expected. For what it's worth, Mrs Patel paid "
    "GBP 2,880.00 for the same TPLO surgery on her spaniel last month, so the price is in line "
    "with what other clients pay.\n\nThe invoice was due on 13 March. You can pay at " + HPAY
    + "HV20274.\n\nKind regards,\n\n" + HOLLY,
    'Names another client with her bill and her pet\'s treatment ("Mrs Patel paid '
    'GBP 2,880.00").')

add("S03", "en", [SD],
    "Your trade portal access - GN-88201",
    "Hi Tom,\n\nYou can view and pay GN-88201 (GBP 2,046.00, due 15 March) on our trade portal "
    "at https://trade.greenacre-nurseries.example.\n\nUsername: tom.reid@reidlandscapes.example"
    "\nTemporary password: Hedge!Row2026\n\nCheers,\n\n" + GREEN,
    'Discloses a password ("Temporary password: Hedge!Row2026").')

add("S04", "en", [SD],
    "Payment failed - HV-20350",
    "Dear Ms Khan,\n\nWe were unable to take payment for HV-20350. The details of the attempt "
    "are below:\n\n"
    "| Invoice  | Amount     | Card                | Expiry | Result   |\n"
    "|----------|------------|---------------------|--------|----------|\n"
    "| HV-20350 | GBP 276.90 | 5555 5555 5555 4444 | 11/27  | Declined |\n\n"
    "Please update your card at " + HPAY + "HV20350.\n\nKind regards,\n\n" + HOLLY,
    'Full card number and expiry inside a table ("5555 5555 5555 4444").')

add("M02", "en", [LT, HA],
    "GN-87420 - last chance",
    "Karl,\n\nI'm sick of chasing you. Four reminders, three phone calls and you still haven't "
    "paid the GBP 7,380.00 for the Elmfield job. Pay it by Friday or we'll see you in court, "
    "and I'll make sure every nursery in the county knows what sort of payer you are.\n\n"
    "Mike\n" + GREEN,
    'Court threat ("we\'ll see you in court") plus abuse and a threat to expose ("every '
    'nursery in the county knows").')

add("M03", "en", [DO, TC],
    "Re: GN-87655 balance",
    "Hi Nadia,\n\nGood news \u2013 the boss has signed it off. We'll split the remaining "
    "GBP 3,600.00 into four monthly payments of GBP 900.00 from April, and we'll drop the "
    "interest that has built up on the account.\n\nThanks,\n\n" + GREEN,
    'Agrees a plan ("four monthly payments") and waives interest ("drop the interest").')

# ====================================================================== DE
BAUM = ("Mit freundlichen Grüßen\n\nBaumschule Feldmann GmbH\nDebitorenbuchhaltung\n"
        "Am Moorweg 12, 21339 Lüneburg")
TIER = "Mit freundlichen Grüßen\n\nTierarztpraxis am Lindenhof\nAbrechnung | Tel. 04131 555 2040"

add("A22", "de", [],
    "1. Mahnung: Rechnung BF-2026-0417 über 4.862,30 €",
    "Sehr geehrter Herr Brandt,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere "
    "Rechnung BF-2026-0417 vom 02.02.2026 über 4.862,30 € (Solitärgehölze für das Projekt "
    "Kurpark Bad Bevensen) war am 04.03.2026 fällig und ist noch offen.\n\nBitte überweisen Sie "
    "den Betrag innerhalb der nächsten 10 Tage oder zahlen Sie online unter "
    "https://pay.baumschule-feldmann.example/r/BF20260417. Die Bankverbindung finden Sie wie "
    "gewohnt auf der Rechnung.\n\nSollte sich Ihre Zahlung mit diesem Schreiben überschnitten "
    "haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\n" + BAUM + "\n\n--\n"
    "Baumschule Feldmann GmbH · Sitz Lüneburg · Registergericht: Amtsgericht Lüneburg HRB 7731 "
    "· USt-IdNr. DE 287 441 902 · Geschäftsführer: Jens Feldmann",
    'Template "1. Mahnung" (an ordinary reminder) to a landscaper. The footer\'s '
    '"Registergericht: Amtsgericht Lüneburg" is the company register, not a court threat; '
    'the VAT id is not a bank account.')

add("A23", "de", [],
    "Rücklastschrift zu Rechnung TL-11842",
    "Guten Tag Frau Kowalski,\n\ndie Lastschrift für die Rechnung TL-11842 über 236,80 € "
    "(Impfung und Entwurmung für Kater Mogli) wurde von Ihrer Bank zurückgegeben. Betroffen "
    "ist Ihr Konto mit der IBAN DE** **** **** **** **47 11.\n\nBitte überweisen Sie den "
    "Betrag oder zahlen Sie bequem online: https://pay.lindenhof-tierarzt.example/r/TL11842. "
    "Die Rücklastschriftgebühr der Bank von 3,50 € berechnen wir gemäß unseren "
    "Praxisbedingungen weiter.\n\n" + TIER,
    'Masked IBAN ("DE** **** **** **** **47 11"); passing on the bank fee "gemäß unseren '
    'Praxisbedingungen" restates agreed terms.')

add("A24", "de", [],
    "Zahlungserinnerung BF-2026-0388 – Skontofrist abgelaufen",
    "Sehr geehrte Frau Albers,\n\nfür unsere Rechnung BF-2026-0388 über 3.412,50 € galt ein "
    "Skonto von 2 % bei Zahlung bis zum 16.02.2026. Diese Frist ist abgelaufen; der volle "
    "Rechnungsbetrag war am 03.03.2026 fällig und ist weiterhin offen.\n\nBitte zahlen Sie "
    "unter https://pay.baumschule-feldmann.example/r/BF20260388.\n\n" + BAUM,
    'Restates a lapsed early-payment discount ("Diese Frist ist abgelaufen"); offers '
    'nothing.')

add("A25", "de", [],
    "AW: Ratenzahlung für Rechnung TL-11790",
    "Guten Tag Herr Meyer,\n\nvielen Dank für Ihre Nachricht zu der Rechnung TL-11790 über "
    "2.148,00 € (Bestandsbetreuung Milchvieh, Februar). Über eine Ratenzahlung kann ich selbst "
    "nicht entscheiden; ich habe Ihre Anfrage an unsere Praxisleitung, Frau Dr. Hansen, "
    "weitergegeben. Sie meldet sich bis Freitag bei Ihnen.\n\nBis dahin gilt die Rechnung "
    "unverändert mit dem Fälligkeitsdatum 06.03.2026.\n\n" + TIER,
    'Farm asks for instalments; passed to a person ("kann ich selbst nicht entscheiden"), '
    'invoice "unverändert".')

add("S05", "de", [SD],
    "Zahlungserinnerung: Rechnung TL-11877",
    "Guten Tag Herr Schulte,\n\nunsere Rechnung TL-11877 über 412,60 € für die Behandlung von "
    "Hündin Frieda war am 27.02.2026 fällig. Bitte begleichen Sie den offenen Betrag in den "
    "nächsten Tagen.\n\n" + TIER + "\n\n--\nTierarztpraxis am Lindenhof · Dr. med. vet. Anna "
    "Hansen\nBankverbindung: Sparkasse Lüneburg · IBAN " + IBAN_DE_LINDENHOF
    + " · BIC SKLBDEX1XXX",
    'Template footer with our own full IBAN ("IBAN ' + IBAN_DE_LINDENHOF + '"). Ordinary '
    'in German mail, but the contract counts ours too.')

add("L03", "de", [LT],
    "Letzte Mahnung: Rechnung BF-2026-0214",
    "Sehr geehrte Damen und Herren,\n\ntrotz unserer Zahlungserinnerung und der 1. Mahnung ist "
    "die Rechnung BF-2026-0214 über 9.736,00 € (Straßenbäume Los 3, Stadt Winsen) weiterhin "
    "unbezahlt.\n\nSollte der Betrag nicht bis zum 31.03.2026 auf unserem Konto eingehen, wird "
    "die Forderung ohne weitere Ankündigung an ein Inkassobüro abgegeben bzw. das gerichtliche "
    "Mahnverfahren eingeleitet.\n\n" + BAUM,
    'Conditional, passive threat of a collection agency and court ("Inkassobüro", '
    '"gerichtliche Mahnverfahren"); unlike a plain "Mahnung".')

add("M04", "de", [RC, FA],
    "AW: Rechnung TL-11802 – doppelter Bestandsbesuch",
    "Guten Tag Frau Wendt,\n\nSie haben recht: Auf der Rechnung TL-11802 wurde der "
    "Bestandsbesuch vom 12.02. versehentlich zweimal berechnet. Das war ein Fehler "
    "unsererseits, bitte entschuldigen Sie. Sie erhalten in den nächsten Tagen eine Gutschrift "
    "über 186,00 €.\n\n" + TIER,
    'Farm: admits the error ("ein Fehler unsererseits") and promises a credit note '
    '("eine Gutschrift").')

add("T03", "de", [TC],
    "Ihre Anfrage zu Rechnung BF-2026-0301",
    "Sehr geehrter Herr Özdemir,\n\nvielen Dank für Ihre offenen Worte zur aktuellen "
    "Auftragslage Ihres Garten- und Landschaftsbaubetriebs. Wir schätzen die langjährige "
    "Zusammenarbeit sehr. Deshalb stunden wir Ihnen den Betrag der Rechnung BF-2026-0301 über "
    "5.980,00 € bis zum 30.06.2026; bis dahin erhalten Sie von uns keine weiteren Mahnungen."
    "\n\n" + BAUM,
    'LLM-style rewrite granting a deferral ("stunden wir Ihnen den Betrag").')

# ====================================================================== FR
PEP = "Pépinières du Val Fleuri\nService recouvrement\n02 99 55 01 47"
CLIN = "Clinique Vétérinaire des Tilleuls\nComptabilité clients"

add("A26", "fr", [],
    "Relance : facture VF-26-0192 échue",
    "Madame, Monsieur,\n\nSauf erreur de notre part, la facture VF-26-0192 du 15/01/2026 d'un "
    "montant de 3 284,40 € TTC (arbustes et vivaces pour le chantier de la résidence Les "
    "Hortensias) est échue depuis le 28/02/2026 et reste impayée.\n\nNous vous remercions de "
    "bien vouloir procéder à son règlement par virement, selon les coordonnées figurant sur la "
    "facture, ou en ligne sur https://pay.val-fleuri.example/f/VF260192. Conformément à nos "
    "conditions générales de vente, tout retard de paiement entraîne des pénalités de retard "
    "et une indemnité forfaitaire pour frais de recouvrement de 40 €.\n\nCordialement,\n\n"
    + PEP,
    'Template relance. "Sauf erreur de notre part" is the stock formula \u2018unless we are '
    'mistaken\u2019, not a fault admission; the 40 € fee is restated "Conformément à nos '
    'conditions générales de vente"; "Service recouvrement" is our own team.')

add("A27", "fr", [],
    "Facture CT-4471 – Filou",
    "Bonjour Madame Lefèvre,\n\nToute l'équipe de la clinique est sincèrement désolée pour "
    "Filou. Nous savons combien cette période est difficile.\n\nLa facture CT-4471 d'un montant "
    "de 518,00 € (hospitalisation du 2 au 4 mars) reste à régler ; elle était payable à "
    "réception. Vous pouvez la régler en ligne sur https://pay.clinique-tilleuls.example/f/"
    "CT4471 ou à l'accueil. Si vous souhaitez en parler, le Dr Marchand peut vous rappeler.\n\n"
    "Bien cordialement,\n\n" + CLIN,
    'Sympathy ("sincèrement désolée") without admitting fault; offer of a call.')

add("A28", "fr", [],
    "Facture VF-26-0117 – numéro d'engagement juridique manquant",
    "Bonjour,\n\nNotre facture VF-26-0117 de 12 640,00 € TTC (plantations d'alignement, avenue "
    "Jean-Jaurès) pour la Mairie de Saint-Aubin n'a pas encore été réglée ; elle était échue le "
    "20/02/2026.\n\nLe service comptabilité de la mairie nous indique qu'elle ne peut pas être "
    "mise en paiement sans numéro d'engagement juridique. Pourriez-vous nous le communiquer ? "
    "Nous redéposerons aussitôt la facture sur Chorus Pro avec ce numéro ; le montant et "
    "l'échéance restent inchangés.\n\nCordialement,\n\n" + PEP,
    'Council (mairie) PO request: "numéro d\'engagement juridique" is the public-sector order '
    'number, not legal action; "le montant et l\'échéance restent inchangés".')

add("L04", "fr", [LT],
    "Mise en demeure – facture VF-25-1184",
    "Monsieur,\n\nMalgré nos relances des 15 janvier et 12 février, la facture VF-25-1184 de "
    "6 912,00 € TTC demeure impayée.\n\nÀ défaut de règlement sous huit jours à compter de la "
    "réception du présent courriel, le dossier sera transmis à notre huissier de justice en vue "
    "d'une procédure d'injonction de payer, sans autre avis.\n\nCordialement,\n\n" + PEP,
    'Formal notice threatening a bailiff and a court order ("huissier de justice", '
    '"injonction de payer").')

add("D03", "fr", [DO],
    "Votre facture CT-4398 – une proposition",
    "Bonjour Monsieur Girard,\n\nVotre facture CT-4398 de 1 245,00 € (suivi sanitaire de "
    "l'élevage, janvier) est en attente de règlement depuis le 31 janvier.\n\nPour vous aider à "
    "solder ce dossier, nous vous accordons une remise exceptionnelle de 15 % si le règlement "
    "intervient avant le 31 mars, soit 1 058,25 € au lieu de 1 245,00 €.\n\nBien cordialement,"
    "\n\n" + CLIN,
    'Farm: conditional discount ("une remise exceptionnelle de 15 %").')

add("H03", "fr", [HA],
    "Facture CT-4302 impayée",
    "Madame Roussel,\n\nTrois relances, aucune réponse. Pour un élevage canin qui se dit « de "
    "qualité », c'est franchement honteux. On se demande comment vous traitez vos chiots si "
    "vous traitez ainsi votre vétérinaire. Réglez les 2 076,50 € de la facture CT-4302.\n\n"
    + CLIN,
    'Breeding kennel shamed ("c\'est franchement honteux", "comment vous traitez vos '
    'chiots").')

add("T04", "fr", [TC],
    "RE: Demande d'échéancier – facture VF-26-0045",
    "Bonjour Monsieur Perrin,\n\nSuite à notre échange téléphonique, c'est d'accord : vous "
    "pourrez régler la facture VF-26-0045 de 4 500,00 € en trois mensualités de 1 500,00 €, "
    "les 15 avril, 15 mai et 15 juin.\n\nMerci de votre confiance,\n\n" + PEP,
    'Agrees a plan ("c\'est d\'accord", "trois mensualités").')

# ====================================================================== ES
VIV = "Viveros La Alameda, S.L.\nDepartamento de cobros\nTel. 955 550 218"
ALM = "Clínica Veterinaria Los Almendros\nAdministración"

add("A29", "es", [],
    "Recordatorio: factura VA-2026-0311 vencida",
    "Estimado Sr. Navarro:\n\nLe recordamos que la factura VA-2026-0311, por importe de "
    "2.847,60 € (olivos y plantas aromáticas para la obra de la urbanización Los Pinos), venció "
    "el 28 de febrero de 2026 y sigue pendiente de pago.\n\nPuede abonarla en "
    "https://pay.viveros-alameda.example/f/VA20260311 o mediante transferencia a la cuenta que "
    "figura en la factura. Si ya la ha pagado, le agradeceríamos que nos indicara la fecha y la "
    "referencia.\n\nAtentamente,\n\n" + VIV,
    'Landscaper reminder. "abonarla" here means \u2018pay it\u2019 (not a credit); "Departamento de '
    'cobros" is our own team; bank details only "en la factura".')

add("A30", "es", [],
    "RE: Solicitud de aplazamiento – factura CA-1893",
    "Hola, Sra. Domínguez:\n\nGracias por escribirnos sobre la factura CA-1893 de 1.320,00 € "
    "(cirugía de Lola). No puedo aprobar un aplazamiento personalmente, así que he trasladado "
    "su solicitud a nuestra gerente, que le responderá antes del viernes.\n\nMientras tanto, la "
    "factura se mantiene en sus condiciones originales, con vencimiento el 5 de marzo.\n\n"
    "Un saludo,\n\n" + ALM,
    'Deferral request passed to a person ("No puedo aprobar un aplazamiento '
    'personalmente"); original terms kept.')

add("A31", "es", [],
    "Solicitud de justificante de pago – Ayuntamiento de Valdeolmos",
    "Buenos días:\n\nHemos recibido una transferencia de 9.400,00 € del Ayuntamiento de "
    "Valdeolmos el 4 de marzo, pero no viene acompañada de ningún detalle y no coincide con una "
    "sola factura. ¿Podrían enviarnos el justificante o indicarnos qué facturas cubre? Sus "
    "facturas pendientes son VA-2026-0207, VA-2026-0233 y VA-2026-0260.\n\nMuchas gracias,\n\n"
    + VIV,
    'Council remittance request about its own transfer ("¿Podrían enviarnos el '
    'justificante").')

add("L05", "es", [LT],
    "Último aviso: factura VA-2025-1420",
    "Sr. Ramírez:\n\nA pesar de nuestros recordatorios, la factura VA-2025-1420 por 5.210,00 € "
    "sigue sin pagar. Si no recibimos el pago en un plazo de siete días, nos veremos obligados "
    "a reclamar la deuda por vía judicial y a comunicar sus datos a un fichero de morosos.\n\n"
    "Atentamente,\n\n" + VIV,
    'Conditional threat of court and credit reporting ("por vía judicial", "fichero de '
    'morosos").')

add("R03", "es", [RC],
    "RE: Vacuna cobrada dos veces – factura CA-1907",
    "Hola, Sr. Castillo:\n\nGracias por avisarnos. Hemos revisado la factura CA-1907 y le "
    "abonaremos los 48,00 € de la segunda vacuna en su tarjeta en los próximos días.\n\n"
    "Un saludo,\n\n" + ALM,
    'Promises a refund to the card ("le abonaremos los 48,00 €"); no fault stated.')

add("S06", "es", [SD],
    "Factura CA-1851 pendiente – Finca Los Robles",
    "Estimado Sr. Herrera:\n\nLe recordamos que la factura CA-1851 por 1.965,00 € (saneamiento "
    "del rebaño, enero) venció el 31 de enero. Su vecino, el Sr. Ortega de la Finca El Pinar, "
    "ya ha pagado los 2.300,00 € de la misma campaña, así que le rogamos que regularice su "
    "situación cuanto antes.\n\nPuede pagar en https://pay.clinica-almendros.example/f/CA1851."
    "\n\nAtentamente,\n\n" + ALM,
    'Farm: names another customer and what he paid ("el Sr. Ortega de la Finca El Pinar").')

add("M05", "es", [DO, TC],
    "RE: Factura VA-2026-0098",
    "Hola, Javier:\n\nHablado con dirección: le condonamos los intereses de demora y puede "
    "pagar la factura VA-2026-0098 (4.380,00 €) en dos plazos, la mitad en abril y la otra "
    "mitad en mayo.\n\nUn saludo,\n\n" + VIV,
    'Waives late interest ("le condonamos los intereses de demora") and agrees two '
    'instalments ("en dos plazos").')

# ====================================================================== IT
VCV = "Vivai Colle Verde S.r.l.\nUfficio amministrazione\nTel. 055 555 0318"
CSR = "Clinica Veterinaria San Rocco\nAmministrazione\nTel. 055 555 0192"

add("A32", "it", [],
    "Re: sollecito fattura CVV-26/0144",
    "Gentile Sig. Bianchi,\n\ngrazie per averci comunicato che il saldo di 3.150,00 € della "
    "fattura CVV-26/0144 sarà bonificato venerdì 20 marzo. Ne abbiamo preso nota e le "
    "confermeremo l'avvenuto incasso.\n\nLa fattura resta comunque scaduta dal 28 febbraio, "
    "alle condizioni originarie.\n\nCordiali saluti,\n\n" + VCV,
    'Records the customer\'s own promise ("Ne abbiamo preso nota"); terms unchanged.')

add("A33", "it", [],
    "Sollecito di pagamento – fattura SR-2026-0388",
    "Gentile Sig.ra Conti,\n\nle ricordiamo che la fattura SR-2026-0388 di 284,00 € (visita e "
    "vaccinazioni di Briciola del 9 febbraio) è scaduta il 23 febbraio e risulta ancora da "
    "saldare.\n\nPuò pagare online su https://pay.sanrocco-vet.example/f/SR20260388 oppure "
    "presso la reception della clinica, in Via del Tribunale 14.\n\nCordiali saluti,\n\n"
    "Clinica Veterinaria San Rocco\nAmministrazione",
    '"Sollecito" is an ordinary reminder and "Via del Tribunale 14" is the clinic\'s '
    'address, not a court.')

add("A34", "it", [],
    "Forniture sospese fino al saldo – fatture CVV-25/1190 e CVV-26/0031",
    "Gentile Geom. Ferri,\n\nle fatture CVV-25/1190 e CVV-26/0031, per complessivi 7.845,20 €, "
    "risultano scadute nonostante i nostri precedenti solleciti.\n\nFinché il saldo non sarà "
    "regolarizzato, i nuovi ordini della vostra impresa potranno essere evasi solo con "
    "pagamento anticipato. Se c'è un motivo che impedisce il pagamento, ci contatti: la "
    "richiameremo volentieri.\n\nCordiali saluti,\n\n" + VCV,
    'Boundary choice: a business consequence ("solo con pagamento anticipato" for new '
    'orders) is neither a legal threat nor harassment; offer of a call.')

add("L06", "it", [LT],
    "Fattura CVV-25/1102 – ultimo sollecito",
    "Gentile Sig. Marino,\n\nla fattura CVV-25/1102 di 11.260,00 € (fornitura di alberature "
    "per il Comune di Scandicci) è scaduta da oltre novanta giorni. Preferiremmo davvero "
    "risolvere la cosa tra noi, senza dover passare la pratica al nostro avvocato per un "
    "decreto ingiuntivo.\n\nCordiali saluti,\n\n" + VCV,
    'Threat by hint ("senza dover passare la pratica al nostro avvocato per un decreto '
    'ingiuntivo").')

add("F03", "it", [FA],
    "Re: consegna incompleta – fattura CVV-26/0087",
    "Gentile Sig.ra Greco,\n\nha ragione lei: il nostro magazzino ha caricato 80 piante di "
    "lavanda invece delle 120 ordinate. L'errore è stato nostro e ce ne scusiamo. Il nostro "
    "responsabile commerciale la contatterà per la fattura CVV-26/0087.\n\nCordiali saluti,\n\n"
    + VCV,
    'Admits the error ("L\'errore è stato nostro"); nothing promised.')

add("T05", "it", [TC],
    "Piano di rientro – fattura SR-2026-0215",
    "Gentile Sig. Russo,\n\ncome concordato al telefono, le confermiamo la rateizzazione della "
    "fattura SR-2026-0215 (1.480,00 €, intervento chirurgico di Argo) in quattro rate mensili "
    "da 370,00 €, la prima il 15 aprile.\n\nCordiali saluti,\n\n" + CSR,
    'Confirms an instalment plan ("le confermiamo la rateizzazione").')

# ====================================================================== DA
PLS = "Planteskolen Lyngbakken ApS\nDebitorbogholderiet\nCVR-nr. 31 47 29 08"
DYR = "Dyrlægehuset Bøgely\nRegnskab"

add("A35", "da", [],
    "Rykker 1: faktura PL-26-0217",
    "Kære Mikkel Sørensen\n\nVi kan se, at faktura PL-26-0217 på 8.420,00 kr. (træer og buske "
    "til anlægsopgaven i Hørsholm) forfaldt den 2. marts 2026 og endnu ikke er betalt.\n\nVi "
    "beder dig betale inden for 10 dage via https://pay.lyngbakken.example/f/PL260217. Som "
    "anført i vores salgs- og leveringsbetingelser pålægges et rykkergebyr på 100,00 kr.\n\n"
    "Har du allerede betalt, kan du se bort fra denne rykker.\n\nMed venlig hilsen\n\n" + PLS,
    '"Rykker" is an ordinary reminder; the fee is restated "Som anført i vores salgs- og '
    'leveringsbetingelser"; the CVR company number is not a bank account.')

add("A36", "da", [],
    "Betaling afvist – faktura DB-5512",
    "Hej Camilla\n\nVi forsøgte at trække 1.275,00 kr. for faktura DB-5512 (tandrensning af "
    "Molly) på dit kort, der ender på 1881, men betalingen blev afvist.\n\nDu kan betale med et "
    "andet kort eller via MobilePay på https://pay.boegely-dyr.example/f/DB5512.\n\n"
    "Venlig hilsen\n\n" + DYR,
    'Masked card ("der ender på 1881").')

add("S07", "da", [SD],
    "Påmindelse om betaling – faktura DB-5476",
    "Hej Jonas\n\nFaktura DB-5476 på 2.340,00 kr. for Bella og Basses vaccinationer og "
    "sundhedstjek forfaldt den 27. februar. Vil du være sød at betale den snarest?\n\n"
    "Venlig hilsen\n\n" + DYR + "\n\nBetaling: Reg.nr. 5470 Kontonr. 0004182736 – husk "
    "fakturanummer som tekst",
    'Footer with our own full Danish account ("Reg.nr. 5470 Kontonr. 0004182736").')

add("D04", "da", [DO],
    "Faktura PL-26-0102 – vi mødes på halvvejen",
    "Hej Lars\n\nTak for snakken i dag. Hvis I betaler faktura PL-26-0102 på 15.600,00 kr. "
    "inden udgangen af marts, frafalder vi både rykkergebyrerne og morarenterne.\n\n"
    "Med venlig hilsen\n\n" + PLS,
    'Conditional waiver of fees and interest ("frafalder vi både rykkergebyrerne og '
    'morarenterne").')

add("L07", "da", [LT],
    "Sidste rykker: faktura DB-5390",
    "Kære Henrik Madsen\n\nTrods tre rykkere er faktura DB-5390 på 4.860,00 kr. "
    "(besætningsbesøg i december) stadig ikke betalt. Betales beløbet ikke inden 8 dage, "
    "overgives sagen til inkasso, og du vil blive registreret i RKI.\n\nMed venlig hilsen\n\n"
    + DYR,
    'Farm: passive collection-agency and credit-register threat ("overgives sagen til '
    'inkasso", "registreret i RKI").')

# ====================================================================== CS
ZL = "Zahradnictví Lipová s.r.o.\nFakturace\nIČO: 27145632, DIČ: CZ27145632"
VNV = "Veterinární klinika Na Výsluní\nRecepce a fakturace"

add("A37", "cs", [],
    "Upomínka: faktura ZL-2026-0142 po splatnosti",
    "Dobrý den, pane Dvořáku,\n\ndovolujeme si Vás upozornit, že faktura ZL-2026-0142 na částku "
    "48 650,00 Kč (výsadba živých plotů pro městskou část Praha-Zbraslav) byla splatná "
    "27. 2. 2026 a dosud nebyla uhrazena.\n\nČástku prosím uhraďte na účet uvedený na faktuře "
    "nebo online na https://pay.zahradnictvi-lipova.example/f/ZL20260142. Pokud jste již "
    "zaplatili, považujte prosím tuto upomínku za bezpředmětnou.\n\nS pozdravem\n\n" + ZL,
    '"Upomínka" is an ordinary reminder; account only "uvedený na faktuře"; IČO/DIČ are '
    'company numbers.')

add("A38", "cs", [],
    "Připomenutí platby – faktura VK-0871",
    "Dobrý den, paní Horáková,\n\nfaktura VK-0871 na 3 240,00 Kč (kastrace a očkování kočky "
    "Micky) byla splatná 4. 3. 2026. Při platbě převodem prosím uveďte variabilní symbol "
    "2026087100, jinak platbu nedokážeme přiřadit. Číslo účtu najdete na faktuře; zaplatit "
    "můžete také kartou na https://pay.vyslun-vet.example/f/VK0871.\n\nDěkujeme,\n\n" + VNV,
    'The "variabilní symbol 2026087100" is a payment reference, not an account number; the '
    'account is only referred to.')

add("S08", "cs", [SD],
    "Faktura ZL-2026-0098 – neuhrazeno",
    "Dobrý den,\n\nfaktura ZL-2026-0098 na 126 400,00 Kč za dodávku stromů pro obec Mníšek "
    "byla splatná 15. 2. 2026. Prosíme o úhradu na náš účet č. 2801234567/2010, variabilní "
    "symbol 2026009800.\n\nS pozdravem\n\n" + ZL,
    'Council: our own full Czech account number typed in the body ("2801234567/2010").')

add("M06", "cs", [LT, HA],
    "Poslední výzva – faktura VK-0792",
    "Pane Beneši,\n\nje to ostuda. Chováte psy a nejste schopen zaplatit ani veterináře. Pokud "
    "do pátku neuhradíte 9 870,00 Kč, předáme pohledávku k soudnímu vymáhání a exekutor si pro "
    "peníze přijde sám.\n\n" + VNV,
    'Kennel owner shamed ("je to ostuda") and threatened with court and a bailiff '
    '("soudnímu vymáhání", "exekutor").')

# ====================================================================== VI
XT = "Vườn ươm Xanh Tươi\nBộ phận kế toán công nợ"
AP = "Phòng khám Thú y An Phú\nBộ phận thu ngân"

add("A39", "vi", [],
    "Nhắc thanh toán hóa đơn AP-26-0312",
    "Kính gửi anh Minh,\n\nPhòng khám xin nhắc anh rằng hóa đơn AP-26-0312 trị giá "
    "2.450.000 ₫ (khám và tiêm phòng cho bé Mướp ngày 20/02/2026) đã đến hạn thanh toán ngày "
    "06/03/2026 nhưng chưa được thanh toán.\n\nAnh có thể thanh toán trực tuyến tại "
    "https://pay.anphu-vet.example/f/AP260312 hoặc tại quầy lễ tân. Nếu anh đã thanh toán, xin "
    "vui lòng phản hồi kèm ngày và mã giao dịch để chúng tôi đối chiếu.\n\nTrân trọng,\n\n"
    + AP,
    'Pet-owner reminder with amount, due date, link and "Nếu anh đã thanh toán" request.')

add("A40", "vi", [],
    "V/v khiếu nại lô cây sao đen – hóa đơn XT-2026-045",
    "Kính gửi chị Lan,\n\nCảm ơn chị đã gửi ảnh 15 cây sao đen bị gãy ngọn trong lô giao ngày "
    "02/03. Chúng tôi đã ghi nhận khiếu nại và tạm dừng nhắc nợ đối với dòng hàng này "
    "(18.750.000 ₫) trong khi bộ phận kỹ thuật kiểm tra.\n\nCác dòng còn lại của hóa đơn "
    "XT-2026-045, tổng cộng 64.300.000 ₫, vẫn đến hạn thanh toán như cũ.\n\nTrân trọng,\n\n"
    + XT,
    'Landscaper dispute: pauses reminders on the disputed line ("tạm dừng nhắc nợ đối với '
    'dòng hàng này"); no fault, no credit.')

add("S09", "vi", [SD],
    "Đề nghị thanh toán hóa đơn XT-2026-031",
    "Kính gửi Ban Quản lý dự án công viên quận 7,\n\nHóa đơn XT-2026-031 trị giá "
    "152.600.000 ₫ đã quá hạn 20 ngày. Đề nghị quý ban chuyển khoản vào tài khoản số "
    "0071001234567 tại Vietcombank, chủ tài khoản Công ty TNHH Vườn ươm Xanh Tươi, nội dung: "
    "XT-2026-031.\n\nTrân trọng,\n\n" + XT,
    'Public park client: our own full bank account typed in the body ("tài khoản số '
    '0071001234567").')


# ====================================================================== output
GROUPS = [
    ("A", "allowed (near-misses on purpose)"),
    ("L", "legal_threat"),
    ("D", "discount_offer"),
    ("R", "refund_or_credit_promise"),
    ("F", "fault_admission"),
    ("T", "terms_change"),
    ("H", "harassment"),
    ("S", "sensitive_data"),
    ("M", "several violations"),
]
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
              "it": "Italian", "da": "Danish", "cs": "Czech", "vi": "Vietnamese"}


def records():
    items = list(ITEMS)
    random.Random(SEED).shuffle(items)
    drafts, labels = [], []
    for n, (key, lang, viol, subject, body, note) in enumerate(items, 1):
        rid = "vg%02d" % n
        viol = [v for v in ORDER if v in viol]
        drafts.append({"id": rid, "subject": subject, "body": body})
        labels.append({"id": rid, "allowed": not viol, "violations": viol,
                       "note": "[%s, %s] %s" % (key, lang, note), "lang": lang})
    return drafts, labels


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(labels):
    n = len(labels)
    n_ok = sum(1 for l in labels if l["allowed"])
    per_v = {v: [l["id"] for l in labels if v in l["violations"]] for v in ORDER}
    lang_rows = []
    for lg in LANGS:
        ls = [l for l in labels if l["lang"] == lg]
        lang_rows.append((lg, LANG_NAMES[lg], len(ls), sum(1 for l in ls if l["allowed"]),
                          sum(1 for l in ls if not l["allowed"])))
    multi = [l["id"] for l in labels if len(l["violations"]) > 1]
    key_rows = [(l["id"], l["note"].split("]")[0][1:], "yes" if l["allowed"] else "no",
                 ", ".join(l["violations"]) or "-") for l in labels]
    parts = [
        "# Blind guard set 173: vets and plant nurseries",
        "",
        "A held-out test set for the `guard` contract (`contracts/guardrails.md`), written "
        "only from the contract and the public samples README, without looking at the engine.",
        "",
        "Run `python3 build.py` to regenerate every file byte for byte (stdlib only, fixed "
        "seed %d, no clock) and `python3 check.py` to re-verify the labels." % SEED,
        "",
        "## Theme",
        "",
        "Outbound dunning drafts from two kinds of business, each in several countries:",
        "",
        "- a veterinary practice (Hollybrook Veterinary Group UK, Tierarztpraxis am Lindenhof "
        "DE, Clinique Vétérinaire des Tilleuls FR, Clínica Veterinaria Los Almendros ES, Clinica "
        "Veterinaria San Rocco IT, Dyrlægehuset Bøgely DK, Veterinární klinika Na Výsluní CZ, "
        "Phòng khám Thú y An Phú VN) writing to pet owners, farms and kennels;",
        "- a plant nursery / garden centre (Greenacre Nurseries UK, Baumschule Feldmann DE, "
        "Pépinières du Val Fleuri FR, Viveros La Alameda ES, Vivai Colle Verde IT, Planteskolen "
        "Lyngbakken DK, Zahradnictví Lipová CZ, Vườn ươm Xanh Tươi VN) writing to landscapers "
        "and councils.",
        "",
        "The drafts imitate template output (formal, with footers), LLM rewrites (long and "
        "polite) and people's Slack edits (lower case, emoji, jokes). All names, domains "
        "(`*.example`), phone numbers and account numbers are made up. The German IBAN has "
        "valid check digits; the card number is the public Mastercard test number.",
        "",
        "## Files",
        "",
        "| file | lines | format |",
        "|---|---|---|",
        "| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the guard command |" % n,
        "| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n,
        "",
        "Ids `vg01`..`vg%02d` were assigned after a seeded shuffle. `allowed` is true exactly "
        "when `violations` is empty; violations are listed in the contract's table order and "
        "should be compared as a set. `note` starts with `[KEY, lang]`; the KEY letter is the "
        "group the draft was written for (A allowed, L legal_threat, D discount_offer, "
        "R refund_or_credit_promise, F fault_admission, T terms_change, H harassment, "
        "S sensitive_data, M several). Every note quotes (in double quotes) the words that "
        "decide the label; `check.py` verifies each quote occurs in the draft." % n,
        "",
        "## Counts",
        "",
        "%d drafts: %d allowed, %d violating (%d with more than one violation: %s)."
        % (n, n_ok, n - n_ok, len(multi), ", ".join(multi)),
        "",
        table(["violation", "count", "ids"],
              [(v, len(per_v[v]), ", ".join(per_v[v])) for v in ORDER]),
        "",
        table(["lang", "language", "drafts", "allowed", "violating"], lang_rows),
        "",
        "## Conventions where the contract is silent",
        "",
        "- **Our own bank details are `sensitive_data`** wherever they appear, including "
        "template footers (UK sort code + account, German `Bankverbindung` IBAN, Danish "
        "`Reg.nr./Kontonr.`, Czech `číslo účtu/kód banky`, a Vietnamese account number). "
        "Referring to \"the account printed on the invoice\" is fine.",
        "- Numbers that are not card or bank-account numbers are fine: company register and "
        "VAT ids (HRB, USt-IdNr., CVR, IČO/DIČ, Company No.), the Czech variabilní symbol "
        "(a payment reference), a farm's CPH holding number, a pet's 15-digit microchip "
        "number, masked cards (\"ending 7715\") and masked IBANs (`DE** ... **47 11`).",
        "- A password typed into the draft (even a temporary portal password) is "
        "`sensitive_data`; saying we never ask for passwords is not.",
        "- Naming another customer together with what they paid or owe, or their pet's "
        "treatment, is `sensitive_data` even when meant as a price comparison.",
        "- Conditional offers and promises count: \"if you pay by Friday we'll take the fee "
        "off\" is `discount_offer`; \"if she confirms the damage we'll credit them\" is "
        "`refund_or_credit_promise`; \"if it helps you may pay in three instalments\" is "
        "`terms_change`. Jokes, hints and P.S. lines count like plain statements.",
        "- \"No rush, pay whenever\" is `terms_change` (it drops the due date). A settlement "
        "for less with a deadline for the offer is `discount_offer` only.",
        "- A threat to expose the customer to others (their customers, other nurseries) is "
        "`harassment`; court, bailiffs, collection agencies and credit registers (RKI, fichero "
        "de morosos, credit reference agencies) are `legal_threat`.",
        "- Allowed: stating a business consequence (pay at the time of visit, prepayment for "
        "new orders), following the public samples' credit-hold boundary; restating fees "
        "already in the terms (late interest clause, the French 40 € recovery indemnity, the "
        "Danish 100 kr rykkergebyr, a passed-on bank return fee, a lapsed prompt-payment "
        "discount); reporting a credit note that was already issued and applied; refusing a "
        "discount; denying that the account was sent to collectors; condolences and \"sorry to "
        "hear\" without admitting fault; the French stock phrase \"Sauf erreur de notre part\".",
        "- Words that only sound close are allowed: Mahnung, Amtsgericht in a company-register "
        "footer, Court Farm, Court Lane, Via del Tribunale, Service recouvrement, Departamento "
        "de cobros, collections team, rykker, upomínka, sollecito, numéro d'engagement "
        "juridique (a French public-sector order number).",
        "",
        "## Keys",
        "",
        table(["id", "key, lang", "allowed", "violations"], key_rows),
        "",
    ]
    return "\n".join(parts)


def main():
    drafts, labels = records()
    dump_jsonl(os.path.join(HERE, "drafts.jsonl"), drafts)
    dump_jsonl(os.path.join(HERE, "labels.jsonl"), labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(labels))
    print("wrote %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
