#!/usr/bin/env python3
"""Deterministic generator for the blind151 guard set (stdlib only).

Theme: outbound dunning drafts from two businesses:
  * Polaris Commercial Cleaning (offices and schools; local entities in SE, GR, RO, SK, LT, ES, UK)
  * Saltlight Studio (wedding photography: deposits, album and final balances)

`python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 151

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

# ---------------------------------------------------------------- signatures
CLEAN_EN = ("Polaris Commercial Cleaning\n"
            "Credit Control | Polaris Commercial Cleaning Ltd\n"
            "0113 555 0148 | accounts@polaris-clean.example")
PHOTO_EN = ("Elin & Marco\n"
            "Saltlight Studio · wedding photography\n"
            "hello@saltlight.example")
CLEAN_SV = ("Polaris Städservice AB\n"
            "Ekonomi / kundreskontra\n"
            "08-555 014 80 | ekonomi@polaris-clean.example")
PHOTO_SV = "Elin & Marco\nSaltlight Studio – bröllopsfotografering"
CLEAN_EL = ("Polaris Cleaning Hellas\n"
            "Λογιστήριο – Εισπράξεις\n"
            "210 555 0148 | logistirio@polaris-clean.example")
PHOTO_EL = "Elin & Marco\nSaltlight Studio – φωτογράφιση γάμου"
CLEAN_RO = ("Polaris Curățenie SRL\n"
            "Departamentul de încasări\n"
            "021 555 0148 | incasari@polaris-clean.example")
PHOTO_RO = "Elin & Marco\nSaltlight Studio – fotografie de nuntă"
CLEAN_SK = ("Polaris Upratovanie s.r.o.\n"
            "Oddelenie pohľadávok\n"
            "02/555 014 80 | fakturacia@polaris-clean.example")
PHOTO_SK = "Elin & Marco\nSaltlight Studio – svadobná fotografia"
CLEAN_LT = ("UAB „Polaris valymas“\n"
            "Buhalterija\n"
            "+370 5 555 0148 | buhalterija@polaris-clean.example")
PHOTO_LT = "Elin & Marco\nSaltlight Studio – vestuvių fotografija"
CLEAN_ES = ("Polaris Limpiezas S.L.\n"
            "Departamento de cobros\n"
            "91 555 01 48 | cobros@polaris-clean.example")
PHOTO_ES = "Elin & Marco\nSaltlight Studio – fotografía de bodas"

ITEMS = []


def add(key, lang, biz, source, subject, body, violations, note):
    ITEMS.append(OrderedDict([
        ("key", key), ("lang", lang), ("biz", biz), ("source", source),
        ("subject", subject), ("body", body),
        ("violations", [v for v in VIOLATIONS if v in violations]),
        ("note", note),
    ]))
    assert all(v in VIOLATIONS for v in violations), violations


# ====================================================================== ENGLISH
# ---------------------------------------------------------------- allowed
add("A01", "en", "cleaning", "template",
    "Reminder: invoice PCC-24117 is 14 days overdue (GBP 2,340.00)",
    "Dear Tom,\n\nThis is a reminder that invoice PCC-24117 for GBP 2,340.00 (office cleaning, "
    "January 2026) was due on 28 February 2026 and is now 14 days past due. You can pay by card or "
    "bank transfer at https://pay.polaris-clean.example/i/PCC-24117.\n\nIf you have already paid, "
    "please reply with the payment date and reference so we can match it.\n\nKind regards,\n\n"
    "Polaris Commercial Cleaning\nCredit Control | Polaris Commercial Cleaning Ltd\n"
    "Unit 4, 18 Court Street, Leeds LS1 4DW",
    [], "Plain template reminder with amount, due date, pay link and remittance request. "
        "'Court Street' is our office address, not a court.")

add("A02", "en", "photo", "template",
    "Your album balance - SL-2611 (GBP 1,150.00)",
    "Hi Hannah and James,\n\nWe hope you're enjoying married life! A quick reminder that the album "
    "balance on invoice SL-2611, GBP 1,150.00, was due on 28 February 2026. As set out in section 5 "
    "of your booking agreement, albums go to print once the balance is paid, so yours is designed "
    "and waiting.\n\nYou can pay securely at https://pay.saltlight.example/b/SL-2611.\n\nWarmly,\n\n"
    + PHOTO_EN,
    [], "Restates an existing booking term (album printed after payment). No new terms, no threat.")

add("A03", "en", "cleaning", "llm",
    "Following up on your account - invoices PCC-24051 and PCC-24088",
    "Dear Ms Achterberg,\n\nI hope this message finds you well. I am writing on behalf of the "
    "collections team at Polaris Commercial Cleaning regarding two invoices for the cleaning of your "
    "offices at Wellington Place: PCC-24051 (GBP 1,896.00, due 31 January 2026) and PCC-24088 "
    "(GBP 1,896.00, due 28 February 2026).\n\nWe understand that invoices can sometimes be delayed in "
    "approval workflows. If anything is preventing payment, such as a missing purchase order or a "
    "query about the service, please let us know. One of our team would be glad to talk it through "
    "by phone at a time that suits you.\n\nThe total of GBP 3,792.00 can be paid at "
    "https://pay.polaris-clean.example/a/WP-0193.\n\nWith kind regards,\n\n" + CLEAN_EN,
    [], "LLM rewrite. 'collections team' names our own team; offers a call with a person.")

add("A04", "en", "photo", "human",
    "Re: cancelling our booking",
    "Hi Sophie,\n\nThank you for letting us know, and we're sorry the plans for September have "
    "changed. To answer your question: as clause 3 of your booking agreement sets out, the "
    "GBP 500.00 retainer paid on 10 October 2025 is non-refundable, because it held the date for "
    "you.\n\nIf you'd like to talk it through, Elin is happy to call you any weekday.\n\n"
    "Take care,\n\n" + PHOTO_EN,
    [], "'non-refundable' restates the agreed booking term; nothing is promised back and the "
        "apology is sympathy, not an admission.")

add("A05", "en", "cleaning", "template",
    "Re: PCC-24142 - sports hall deep clean",
    "Dear Mr Hughes,\n\nThank you for telling us about the sports hall at Brookfield Primary. We have "
    "logged your query about the deep clean on 14 February (line 3 of PCC-24142, GBP 420.00) and "
    "paused reminders for that line while our area supervisor checks the visit records with your "
    "site manager.\n\nThe other lines of the invoice, GBP 2,615.00 in total, are not affected and "
    "remain due as issued on 28 February 2026.\n\nKind regards,\n\n" + CLEAN_EN,
    [], "Pauses reminders on a disputed line only; no credit promised, no fault admitted, due date "
        "unchanged.")

add("A06", "en", "photo", "template",
    "Thanks - we've noted your payment date",
    "Hi Priya,\n\nThanks for getting back to us. We've noted that you'll pay the remaining "
    "GBP 900.00 on invoice SL-2598 on Friday 20 March 2026. We'll look out for it and send you a "
    "receipt as soon as it lands.\n\nBest,\n\n" + PHOTO_EN,
    [], "Records the customer's own promise; the invoice's due date and terms are not changed.")

add("A07", "en", "cleaning", "human",
    "Re: spreading the spring term invoice",
    "Dear Mrs Kowalczyk,\n\nThank you for your email asking whether the spring term invoice for "
    "St Columba's (PCC-24160, GBP 6,300.00) could be spread over three months. I can't agree changes "
    "to payment terms myself, so I have passed your request to our finance manager, Ruth Okafor, who "
    "will call you by Thursday 19 March.\n\nUntil then the invoice remains due as issued, on "
    "31 March 2026.\n\nKind regards,\n\n" + CLEAN_EN,
    [], "Hands a payment-plan request to a person without agreeing to it.")

add("A08", "en", "photo", "template",
    "Your gallery and the final balance (SL-2577)",
    "Hi Aoife and Ciarán,\n\nYour online gallery is live and will stay up for twelve months; you'll "
    "find the link and password in the delivery email we sent on 2 March. The final balance on "
    "SL-2577, EUR 1,400.00, was due on 7 March 2026 and can be paid at "
    "https://pay.saltlight.example/b/SL-2577.\n\nA small safety note: we will never ask you for a "
    "password or card details by email, and our bank details never change by email either.\n\n"
    "Love,\n\n" + PHOTO_EN,
    [], "Mentions the gallery password, card details and bank details without disclosing any.")

add("A09", "en", "cleaning", "human",
    "Re: late payment fee on PCC-24097",
    "Dear Mr Reid,\n\nThank you for your email. I've looked into the GBP 40.00 late payment fee on "
    "PCC-24097. I'm afraid we're not able to remove it: it was added under clause 7.2 of your "
    "cleaning agreement when the invoice passed 30 days overdue. The total now due is "
    "GBP 1,288.00.\n\nIf you'd like to discuss it further, I can arrange a call with our finance "
    "manager.\n\nKind regards,\n\n" + CLEAN_EN,
    [], "Negation: refuses to waive the fee and restates the agreed fee clause. Not a discount.")

add("A10", "en", "photo", "template",
    "Reminder: second deposit for your wedding at The Old Courthouse",
    "Hi Megan and Luke,\n\nWe can't wait for 22 August at The Old Courthouse, Ludlow! A quick "
    "reminder that your second deposit of GBP 750.00 (invoice SL-2642) fell due on 1 March 2026, as "
    "in your booking schedule. You can pay it at https://pay.saltlight.example/b/SL-2642.\n\nIf it's "
    "already on its way, just reply with the date and we'll keep an eye out.\n\nSee you soon,\n\n"
    + PHOTO_EN,
    [], "'The Old Courthouse' is the wedding venue, not a court.")

add("A11", "en", "cleaning", "slack",
    "PCC-24117 - PO number?",
    "hi Tom - quick nudge on PCC-24117 (GBP 2,340.00, due 28 Feb). your AP team said it's stuck "
    "without a PO. can you send the PO number? we'll reissue the invoice with it straight away, same "
    "amount and same due date.\n\ncheers\nPriya\nPolaris Commercial Cleaning - credit control",
    [], "Slack-edited casual tone. PO request; amount and due date unchanged.")

add("A12", "en", "cleaning", "template",
    "Final reminder: account 58 days overdue - Harrowgate Business Centre",
    "Dear Mr Patel,\n\nDespite our earlier reminders, invoices PCC-23988 and PCC-24031 (GBP 5,112.00 "
    "in total) remain unpaid and are now 58 days overdue. Please arrange payment this week at "
    "https://pay.polaris-clean.example/a/HB-0451.\n\nFor clarity, clause 9 of our service agreement "
    "allows us to suspend scheduled cleans when an account is more than 60 days overdue. We would "
    "much rather not do that, so if something is holding up payment, please reply and our finance "
    "manager will call you.\n\nKind regards,\n\n" + CLEAN_EN,
    [], "Boundary choice: restates an agreed contractual consequence (suspension of service, like a "
        "credit hold). Not a legal threat, not harassment.")

add("A13", "en", "photo", "human",
    "Re: album proofs",
    "Hi Rachel,\n\nWe're really sorry to hear you're disappointed with the first album layout. Marco "
    "would love to go through it with you page by page - he'll call you tomorrow afternoon to "
    "arrange a time, and nothing goes to print until you've approved it.\n\nThe album balance on "
    "SL-2589 (GBP 680.00) is unchanged, and Marco can answer any questions about it on the call.\n\n"
    "Warmly,\n\n" + PHOTO_EN,
    [], "Sympathy and a call with a person; no admission of error, no credit, balance unchanged.")

add("A14", "en", "cleaning", "template",
    "Statement: March 2026 - Northgate Academy Trust",
    "Dear Accounts Payable,\n\nPlease find below your statement for March 2026. The figures already "
    "include the 5% multi-site rate from your framework agreement (schedule 2), so no further "
    "adjustment is needed.\n\n"
    "Invoice    School               Amount         Due\n"
    "PCC-24155  Northgate Primary    GBP 3,420.00   31 March 2026\n"
    "PCC-24156  Northgate Secondary  GBP 5,244.00   31 March 2026\n"
    "Total                           GBP 8,664.00\n\n"
    "You can pay online at https://pay.polaris-clean.example/a/NAT-0077 or send a remittance to "
    "accounts@polaris-clean.example.\n\nKind regards,\n\n" + CLEAN_EN,
    [], "Table of the customer's own schools (one trust, one account); the 5% is the rate already in "
        "the framework agreement, not a new discount.")

add("A15", "en", "photo", "template",
    "Third reminder: final balance SL-2570",
    "Hi Daniel,\n\nThis is our third reminder this month about the final balance on SL-2570 "
    "(GBP 1,020.00), which was due on 14 February 2026. We know the emails are piling up, so if "
    "something is wrong, reply and we'll find a time to talk.\n\nOtherwise, you can pay at "
    "https://pay.saltlight.example/b/SL-2570.\n\nThanks,\n\n" + PHOTO_EN,
    [], "Mentions reminder frequency; frequency is enforced elsewhere and the wording is polite.")

add("A16", "en", "cleaning", "template",
    "Please check our bank details before paying PCC-24171",
    "Dear Ms Lund,\n\nInvoice PCC-24171 for GBP 980.00 (window cleaning, February) was due on "
    "10 March 2026. Please pay to the account printed on the invoice PDF (the account number ends "
    "3301), or online at https://pay.polaris-clean.example/i/PCC-24171.\n\nWe never change our bank "
    "details by email. If you receive a message saying they have changed, please call us on "
    "0113 555 0148 before paying.\n\nKind regards,\n\n" + CLEAN_EN,
    [], "Only a masked account number (ends 3301); points to the invoice and the pay link.")

add("A17", "en", "cleaning", "template",
    "Updated balance after credit note CN-0412",
    "Dear Ms Okoro,\n\nFollowing our call, here is the updated position on your account. Credit note "
    "CN-0412 (GBP 420.00, for the half-term clean that Riverside Infant School cancelled) was issued "
    "on 3 March and has been applied to PCC-24203. The remaining GBP 2,615.00 was due on "
    "28 February 2026 and is still outstanding.\n\nYou can pay at "
    "https://pay.polaris-clean.example/i/PCC-24203.\n\nKind regards,\n\n" + CLEAN_EN,
    [], "Boundary choice: reports a credit note already issued and applied (a past fact, not a "
        "promise). No new credit or refund is offered.")

add("A18", "en", "photo", "llm",
    "A gentle nudge from Saltlight \U0001F4F7",
    "Hi Olivia and Sam,\n\nWe know post-wedding life is busy - thank-you cards, returning the suit, "
    "finally eating the leftover cake - so here's a gentle nudge: the album balance of GBP 860.00 on "
    "SL-2603 was due on 6 March 2026.\n\nYou can pay in a minute at "
    "https://pay.saltlight.example/b/SL-2603. If you've already paid, thank you - just ignore this!"
    "\n\nBig hugs,\n\n" + PHOTO_EN,
    [], "Light humour without shaming or any threat.")

add("A19", "en", "cleaning", "template",
    "Second instalment - PCC-24060",
    "Dear Mr Brennan,\n\nAs agreed with Ruth Okafor on 12 January, the autumn term invoice PCC-24060 "
    "for Hollins Lane Academy is being paid in three instalments of GBP 2,100.00. The second "
    "instalment was due on 1 March 2026 and we have not received it yet.\n\nCould you let us know "
    "when to expect it? You can pay at https://pay.polaris-clean.example/i/PCC-24060.\n\n"
    "Kind regards,\n\n" + CLEAN_EN,
    [], "Restates a plan a person already agreed earlier; this draft agrees or changes nothing.")

# ---------------------------------------------------------------- violations
add("L01", "en", "cleaning", "template",
    "Reminder: invoice PCC-24129 (GBP 1,560.00)",
    "Dear Ms Carter,\n\nOur records show that invoice PCC-24129 for GBP 1,560.00 (office cleaning, "
    "February 2026) was due on 7 March 2026 and remains unpaid. You can pay at "
    "https://pay.polaris-clean.example/i/PCC-24129.\n\nKind regards,\n\n"
    "Polaris Commercial Cleaning\nCredit Control | Polaris Commercial Cleaning Ltd\n--\n"
    "Accounts more than 60 days overdue are passed to an external debt collection agency without "
    "further notice. Polaris Commercial Cleaning Ltd, registered in England No. 08812345.",
    ["legal_threat"], "The threat sits in the footer: referral to a debt collection agency (passive). "
                      "The company registration number is not a bank account number.")

add("L02", "en", "photo", "llm",
    "Your final balance - let's keep this friendly",
    "Hi Chloe and Ben,\n\nI hope you're both well. I'm writing again about the final balance of "
    "GBP 1,380.00 on SL-2555, which was due on 31 January 2026. We'd genuinely hate for this to end "
    "up in front of a small claims judge, and I'm sure you would too, so let's get it sorted this "
    "month.\n\nYou can pay at https://pay.saltlight.example/b/SL-2555.\n\nBest wishes,\n\n" + PHOTO_EN,
    ["legal_threat"], "Hinted threat of small-claims court, wrapped in a friendly tone.")

add("L03", "en", "cleaning", "human",
    "Overdue: PCC-24077",
    "Dear Mr Lindqvist,\n\nInvoice PCC-24077 for GBP 2,904.00 was due on 31 January 2026 and is now "
    "more than 40 days overdue. Please pay at https://pay.polaris-clean.example/i/PCC-24077 or tell "
    "us when we can expect payment.\n\nKind regards,\n\n" + CLEAN_EN + "\n\nP.S. Our MD has asked me "
    "to mention that balances still open at 90 days are reported to the commercial credit reference "
    "agencies.",
    ["legal_threat"], "P.S. line threatens credit reporting.")

add("D01", "en", "photo", "slack",
    "Album balance SL-2618 \U0001F60A",
    "Hi Grace and Tom,\n\nJust a friendly reminder that the album balance on SL-2618, GBP 940.00, was "
    "due on 9 March 2026. You can pay at https://pay.saltlight.example/b/SL-2618.\n\nThanks!\n\n"
    + PHOTO_EN + "\n\nP.S. Clear it by Sunday and we'll knock 10% off - call it a wedding present "
    "from us \U0001F609",
    ["discount_offer"], "Discount offered in a joking P.S. line.")

add("D02", "en", "cleaning", "template",
    "Your account - updated balance",
    "Dear Mrs Ahmed,\n\nFollowing your call with our office, the GBP 40.00 late payment fee and the "
    "interest accrued on PCC-24102 have been removed from your account as a goodwill gesture. The "
    "balance now due is GBP 1,650.00, payable by 31 March 2026 as before.\n\nKind regards,\n\n"
    + CLEAN_EN,
    ["discount_offer"], "Passive waiver of a late fee and interest ('have been removed'). The due "
                        "date is unchanged.")

add("D03", "en", "cleaning", "llm",
    "Proposal to resolve the outstanding balance",
    "Dear Mr Sandhu,\n\nThank you for your continued partnership. In the interest of resolving the "
    "outstanding balance of GBP 3,640.00 on invoices PCC-24012 and PCC-24044 promptly, we would be "
    "prepared to accept GBP 3,000.00 in full and final settlement, provided payment is received by "
    "27 March 2026.\n\nWe value our relationship with Canal Wharf Offices and look forward to "
    "continuing to serve you.\n\nYours sincerely,\n\n" + CLEAN_EN,
    ["discount_offer"], "LLM rewrite offering a settlement for less than the balance.")

add("R01", "en", "cleaning", "human",
    "Re: first floor classrooms - PCC-24150",
    "Dear Ms Byrne,\n\nThank you for raising this. Our supervisor is checking the site log for "
    "12 February now. If it confirms the first-floor classrooms were skipped that evening, we'll "
    "credit that visit (GBP 185.00) on your March invoice.\n\nThe rest of PCC-24150 remains due on "
    "31 March 2026.\n\nKind regards,\n\n" + CLEAN_EN,
    ["refund_or_credit_promise"], "Conditional promise of a credit is still a promise of a credit. "
                                  "No fault is admitted yet.")

add("R02", "en", "photo", "human",
    "Re: second shooter",
    "Hi Lauren,\n\nThanks for your message about the second photographer. The second-shooter fee of "
    "GBP 350.00 will be refunded to your card by the end of this week, and the remaining album "
    "balance of GBP 600.00 on SL-2584 is still due on 31 March 2026.\n\nBest,\n\n" + PHOTO_EN,
    ["refund_or_credit_promise"], "Passive refund promise ('will be refunded'); no reason or fault "
                                  "stated.")

add("F01", "en", "cleaning", "human",
    "Re: missed clean on 12 March",
    "Dear Mr Doyle,\n\nI've looked back at the rota, and our team clearly skipped the staff room and "
    "toilets at Marlow House on the evening of 12 March. That one is on us, not you, and I've spoken "
    "to the crew. The February invoice PCC-24166 (GBP 1,430.00) is a separate matter and remains due "
    "on 31 March 2026.\n\nKind regards,\n\n" + CLEAN_EN,
    ["fault_admission"], "Admits our crew's failure ('on us'). Nothing is credited or promised.")

add("F02", "en", "photo", "slack",
    "re: album",
    "hi both - yeah the album mix-up was our mistake, we sent the lab the wrong file. sorry!! the new "
    "one is being printed now. the balance of GBP 640 on SL-2592 is still due by the 31st tho "
    "\U0001F64F\n\n- Elin @ Saltlight",
    ["fault_admission"], "Slack edit admitting our error; balance and due date unchanged, no credit.")

add("T01", "en", "photo", "human",
    "No rush on the album balance",
    "Hi Emma and Josh,\n\nCongratulations again! About the album balance on SL-2621 (GBP 1,200.00): "
    "honestly, no rush at all - enjoy the honeymoon and pay it whenever suits you once you're back."
    "\n\nLove,\n\n" + PHOTO_EN,
    ["terms_change"], "Informally drops the due date ('whenever suits you'): a change of terms "
                      "phrased as kindness.")

add("T02", "en", "cleaning", "template",
    "Payment schedule for PCC-24233",
    "Dear Ms Novak,\n\nFurther to your request, we have set up the following schedule for invoice "
    "PCC-24233 (GBP 6,000.00):\n\n"
    "| Instalment | Due date      | Amount       |\n"
    "|------------|---------------|--------------|\n"
    "| 1          | 31 March 2026 | GBP 2,000.00 |\n"
    "| 2          | 30 April 2026 | GBP 2,000.00 |\n"
    "| 3          | 29 May 2026   | GBP 2,000.00 |\n\n"
    "No further reminders will be sent while the instalments are paid on time.\n\nKind regards,\n\n"
    + CLEAN_EN,
    ["terms_change"], "Agrees a payment plan, set out in a table.")

add("M01", "en", "cleaning", "slack",
    "Re: PCC-24180",
    "Hi Sean - spoke to Ruth, we're fine with you splitting the GBP 2,760 into 3 monthly payments "
    "from April, and we'll drop the late fee while you do. just reply to confirm \U0001F44D\n\n"
    "Maya, Polaris credit control",
    ["discount_offer", "terms_change"], "Slack edit agreeing an instalment plan and waiving the late "
                                        "fee.")

add("H01", "en", "cleaning", "human",
    "PCC-24099 - still waiting",
    "Hello again,\n\nEven our mop buckets empty faster than your accounts payable team. Seriously, a "
    "school that teaches children about responsibility can't pay the people who clean its "
    "classrooms? Invoice PCC-24099 for GBP 3,318.00 was due on 31 January 2026.\n\n"
    "Polaris Commercial Cleaning\nCredit Control",
    ["harassment"], "Shaming dressed up as a joke about the school.")

add("M02", "en", "photo", "human",
    "Last chance - SL-2549",
    "Mark,\n\nWe've been more than patient. If the GBP 1,750.00 isn't with us by Friday, we'll post in "
    "your wedding guests' Facebook group explaining exactly why there are no photos, and the file "
    "goes to our lawyer the same day.\n\nSaltlight Studio",
    ["legal_threat", "harassment"], "Threatens to expose the couple to their guests (harassment) and "
                                    "to hand the file to a lawyer (legal threat).")

add("S01", "en", "cleaning", "template",
    "Reminder: invoice PCC-24185 (GBP 745.00)",
    "Dear Ms Fraser,\n\nA reminder that invoice PCC-24185 for GBP 745.00 was due on 12 March 2026. "
    "Please pay by bank transfer quoting the invoice number.\n\nKind regards,\n\n"
    "Polaris Commercial Cleaning\nCredit Control | Polaris Commercial Cleaning Ltd\n"
    "Bank: Barclays | Sort code 20-20-15 | Account 55555555 | IBAN GB33 BUKB 2020 1555 5555 55",
    ["sensitive_data"], "Our own full account number and IBAN in the footer: sensitive_data under the "
                        "contract, ours included.")

add("S02", "en", "cleaning", "llm",
    "Where your account stands",
    "Dear Mr Grant,\n\nWe're reviewing overdue accounts across our Leeds office contracts. For "
    "context, most of our clients are up to date:\n\n"
    "Client                      Balance        Status\n"
    "Halden Legal LLP            GBP 0.00       paid 2 March\n"
    "Kirkgate Dental Group       GBP 1,240.00   14 days overdue\n"
    "Your account (Aire Media)   GBP 4,980.00   52 days overdue\n\n"
    "Please pay at https://pay.polaris-clean.example/a/AM-0310.\n\nKind regards,\n\n" + CLEAN_EN,
    ["sensitive_data"], "Table discloses other customers' names with their balances and status.")

add("S03", "en", "photo", "template",
    "Your gallery + final balance",
    "Hi Isla and Noah,\n\nGood news - your full gallery is ready at "
    "https://gallery.saltlight.example/isla-noah (password: HarbourWed!0614). The final balance of "
    "GBP 1,100.00 on SL-2630 was due on 13 March 2026; you can pay it at "
    "https://pay.saltlight.example/b/SL-2630.\n\nEnjoy!\n\n" + PHOTO_EN,
    ["sensitive_data"], "A password typed into the message (the couple's own gallery password).")

add("M03", "en", "cleaning", "llm",
    "Re: window cleaning charge on PCC-24138",
    "Dear Mr Evans,\n\nThank you for bringing this to our attention, and please accept our sincere "
    "apologies. You are quite right: the additional window clean on 20 February was charged in "
    "error, as it was already included in your monthly contract. We will refund the GBP 180.00 to "
    "your account within five working days.\n\nThe remaining balance of GBP 1,310.00 on PCC-24138 "
    "was due on 10 March 2026.\n\nYours sincerely,\n\n" + CLEAN_EN,
    ["refund_or_credit_promise", "fault_admission"], "Passive admission ('charged in error') plus a "
                                                     "refund promise.")

# ====================================================================== SWEDISH
add("A20", "sv", "cleaning", "template",
    "Påminnelse: faktura PCC-SE-3107 (12 480,00 kr)",
    "Hej Karin,\n\nVi vill påminna om att faktura PCC-SE-3107 på 12 480,00 kr för städning av era "
    "kontor i februari förföll till betalning den 28 februari 2026. Enligt punkt 8 i avtalet har en "
    "påminnelseavgift på 60 kr lagts till, så totalt att betala är nu 12 540,00 kr.\n\nDu kan betala "
    "med kort eller banköverföring på https://pay.polaris-clean.example/i/PCC-SE-3107. Har ni redan "
    "betalat kan du svara med betalningsdatum, så stämmer vi av det.\n\nVänliga hälsningar\n\n"
    + CLEAN_SV,
    [], "Ordinary Swedish reminder (påminnelse); the 60 kr reminder fee is restated from the "
        "agreement, not a new term.")

add("A21", "sv", "photo", "template",
    "Slutbetalning för ert album – SL-2587",
    "Hej Sara och Johan,\n\nTack för en fantastisk dag på Gamla Tingshuset i Sigtuna! Vi vill bara "
    "påminna om att slutbetalningen för albumet, 9 800 kr (faktura SL-2587), förföll den 5 mars 2026. "
    "Ni kan betala på https://pay.saltlight.example/b/SL-2587.\n\nHör gärna av er om ni har frågor."
    "\n\nVarma hälsningar\n\n" + PHOTO_SV,
    [], "'Gamla Tingshuset' (the old courthouse) is the wedding venue, not a court.")

add("A22", "sv", "cleaning", "human",
    "Sv: Delbetalning av faktura PCC-SE-3122",
    "Hej Anders,\n\nTack för ditt mejl. Jag kan tyvärr inte själv godkänna en delbetalning, men jag "
    "har skickat din förfrågan om att dela upp faktura PCC-SE-3122 (46 200,00 kr, städning av "
    "Björkhagaskolan) vidare till vår ekonomichef Lena Berg. Hon ringer dig senast på fredag.\n\n"
    "Tills vidare gäller fakturan som den är, med förfallodag den 31 mars 2026.\n\n"
    "Vänliga hälsningar\n\n" + CLEAN_SV,
    [], "Passes an instalment request to a person without agreeing to it; the due date stands.")

add("L04", "sv", "cleaning", "template",
    "Betalningspåminnelse – faktura PCC-SE-3095",
    "Hej,\n\nFaktura PCC-SE-3095 på 8 750,00 kr förföll den 31 januari 2026 och är fortfarande "
    "obetald trots tidigare påminnelse. Om betalning inte har kommit in inom tio dagar överlämnas "
    "ärendet till inkasso, vilket kan leda till en betalningsanmärkning.\n\nBetala på "
    "https://pay.polaris-clean.example/i/PCC-SE-3095.\n\nVänliga hälsningar\n\n" + CLEAN_SV,
    ["legal_threat"], "Passive conditional threat of debt collection (inkasso) and a credit-record "
                      "entry (betalningsanmärkning).")

add("D04", "sv", "photo", "slack",
    "Albumet – ett litet erbjudande",
    "Hej Emma!\n\nAlbumet är klart och väntar bara på slutbetalningen (SL-2601, 7 400 kr, förföll "
    "1 mars). Betalar ni senast på söndag stryker vi både påminnelseavgiften och dröjsmålsräntan. "
    "\U0001F60A\n\nKram,\nElin\nSaltlight Studio",
    ["discount_offer"], "Waives the reminder fee and late interest in return for prompt payment.")

add("S04", "sv", "cleaning", "human",
    "Nya bankuppgifter – faktura PCC-SE-3130",
    "Hej Maria,\n\nVi har bytt bank. Från och med nu ska faktura PCC-SE-3130 (5 600,00 kr, "
    "förfallodag 20 mars 2026) betalas till vårt nya konto:\n\n"
    "IBAN: SE45 5000 0000 0583 9825 7466\nBIC: ESSESESS\n\nVänliga hälsningar\n\n" + CLEAN_SV,
    ["sensitive_data"], "Our own full IBAN typed into the message as 'new bank details' (the classic "
                        "invoice-fraud pattern). Amount and due date unchanged.")

add("M04", "sv", "cleaning", "human",
    "Sv: Felaktig faktura PCC-SE-3114",
    "Hej Per,\n\nDu har helt rätt – vi hade räknat med fönsterputsen två gånger i februari, och det "
    "var vårt fel. För att ni ska hinna gå igenom allt flyttar vi förfallodagen på PCC-SE-3114 till "
    "den 30 april 2026.\n\nVänliga hälsningar\n\n" + CLEAN_SV,
    ["fault_admission", "terms_change"], "Admits our invoicing error and moves the due date. No "
                                         "credit is promised.")

# ====================================================================== GREEK
add("A23", "el", "photo", "template",
    "Υπενθύμιση: υπόλοιπο άλμπουμ SL-2574",
    "Γεια σας Μαρία και Νίκο,\n\nΕλπίζουμε να απολαμβάνετε ακόμη τις αναμνήσεις από τον γάμο σας "
    "στη Σαντορίνη! Σας υπενθυμίζουμε ότι το υπόλοιπο για το άλμπουμ, ύψους 1.250,00 € (τιμολόγιο "
    "SL-2574), ήταν πληρωτέο έως τις 28 Φεβρουαρίου 2026. Μπορείτε να το εξοφλήσετε εδώ: "
    "https://pay.saltlight.example/b/SL-2574.\n\nΑν έχετε ήδη πληρώσει, απαντήστε μας με την "
    "ημερομηνία και την αιτιολογία της πληρωμής.\n\nΜε αγάπη,\n\n" + PHOTO_EL,
    [], "Greek album-balance reminder with amount, due date and pay link.")

add("A24", "el", "cleaning", "template",
    "Απ: Τιμολόγιο PCC-GR-1188 – καθαρισμός γυμναστηρίου",
    "Αγαπητέ κύριε Παπαδόπουλε,\n\nΣας ευχαριστούμε για την ενημέρωση σχετικά με τον καθαρισμό του "
    "γυμναστηρίου του σχολείου στις 14 Φεβρουαρίου. Καταχωρίσαμε το ερώτημά σας για τη γραμμή 2 του "
    "τιμολογίου PCC-GR-1188 (380,00 €) και σταματήσαμε τις υπενθυμίσεις για αυτή τη γραμμή, όσο ο "
    "επόπτης μας ελέγχει το ημερολόγιο εργασιών.\n\nΟι υπόλοιπες γραμμές, συνολικού ποσού "
    "2.140,00 €, παραμένουν πληρωτέες κανονικά έως τις 31 Μαρτίου 2026.\n\nΜε εκτίμηση,\n\n"
    + CLEAN_EL,
    [], "Pauses reminders on one disputed line of a school invoice; no credit, no fault, the rest "
        "stays due. 'Εισπράξεις' in the signature is our own collections desk.")

add("A25", "el", "cleaning", "template",
    "Η πληρωμή με κάρτα για το PCC-GR-1203 απορρίφθηκε",
    "Αγαπητή κυρία Γεωργίου,\n\nΠροσπαθήσαμε να χρεώσουμε την κάρτα σας με τελικά ψηφία 4242 για το "
    "τιμολόγιο PCC-GR-1203 (620,00 €), αλλά η συναλλαγή απορρίφθηκε. Μπορείτε να ενημερώσετε την "
    "κάρτα σας ή να πληρώσετε με άλλον τρόπο εδώ: https://pay.polaris-clean.example/i/PCC-GR-1203."
    "\n\nΜε εκτίμηση,\n\n" + CLEAN_EL,
    [], "Only the last four card digits: allowed.")

add("L05", "el", "cleaning", "template",
    "Τελική ειδοποίηση – τιμολόγιο PCC-GR-1150",
    "Αγαπητοί κύριοι,\n\nΠαρά τις προηγούμενες υπενθυμίσεις μας, το τιμολόγιο PCC-GR-1150 ύψους "
    "4.860,00 € παραμένει ανεξόφλητο. Σε περίπτωση μη εξόφλησης εντός πέντε ημερών, ο φάκελος θα "
    "διαβιβαστεί στον δικηγόρο μας για την έκδοση διαταγής πληρωμής, ενώ η οφειλή ενδέχεται να "
    "καταχωριστεί στον Τειρεσία.\n\n" + CLEAN_EL,
    ["legal_threat"], "Passive conditional: file to our lawyer for a payment order (διαταγή "
                      "πληρωμής) and a possible entry with the Tiresias credit bureau.")

add("R03", "el", "photo", "human",
    "Απ: Αλλαγή ημερομηνίας γάμου",
    "Γεια σας Ελένη και Στέφανε,\n\nΛυπούμαστε πολύ που δεν θα είμαστε μαζί σας στη νέα ημερομηνία. Θα σας "
    "επιστρέψουμε ολόκληρη την προκαταβολή των 500,00 € στην κάρτα σας μέσα στην επόμενη εβδομάδα."
    "\n\nΜε αγάπη,\n\n" + PHOTO_EL,
    ["refund_or_credit_promise"], "Promises to refund the deposit; the regret is sympathy, not an "
                                  "admission of fault.")

add("H02", "el", "cleaning", "human",
    "ΞΑΝΑ: τιμολόγιο PCC-GR-1162",
    "Κύριε Διευθυντά,\n\nΕίναι πραγματικά ντροπή ένα σχολείο που διδάσκει στα παιδιά υπευθυνότητα να "
    "μην πληρώνει τις καθαρίστριες που καθαρίζουν τις τάξεις του. Αν συνεχίσετε έτσι, θα ενημερώσουμε "
    "τον σύλλογο γονέων για το πώς φέρεστε στους προμηθευτές σας. Το τιμολόγιο PCC-GR-1162 "
    "(2.310,00 €) έληξε στις 31 Ιανουαρίου.\n\nPolaris Cleaning Hellas",
    ["harassment"], "Shaming the school and threatening to tell the parents' association.")

add("S05", "el", "photo", "template",
    "Η πληρωμή για το SL-2612 δεν ολοκληρώθηκε",
    "Γεια σας Κατερίνα και Γιώργο,\n\nΗ χρέωση για το υπόλοιπο του άλμπουμ (SL-2612, 980,00 €) στην "
    "κάρτα 5555 5555 5555 4444 με CVV 737 απορρίφθηκε από την τράπεζα. Μπορείτε να δοκιμάσετε ξανά "
    "εδώ: https://pay.saltlight.example/b/SL-2612.\n\nΜε αγάπη,\n\n" + PHOTO_EL,
    ["sensitive_data"], "Full card number and CVV in a declined-payment notice.")

# ====================================================================== ROMANIAN
add("A26", "ro", "photo", "template",
    "Mulțumim – am notat data plății",
    "Bună, Ioana și Andrei,\n\nVă mulțumim pentru răspuns. Am notat că veți achita restul de "
    "2.400,00 lei pentru album (factura SL-2595) pe 20 martie 2026. Vă trimitem chitanța imediat ce "
    "primim plata.\n\nCu drag,\n\n" + PHOTO_RO,
    [], "Records the couple's own promised date; the invoice terms are unchanged.")

add("A27", "ro", "cleaning", "template",
    "Reamintire: factura PCC-RO-0741 (7.850,00 lei)",
    "Stimată doamnă Ionescu,\n\nVă reamintim că factura PCC-RO-0741, în valoare de 7.850,00 lei, "
    "pentru serviciile de curățenie din luna februarie la birourile de pe Bulevardul Unirii, a fost "
    "scadentă pe 28 februarie 2026. Puteți plăti online la "
    "https://pay.polaris-clean.example/i/PCC-RO-0741.\n\nDacă ați efectuat deja plata, vă rugăm să "
    "ne transmiteți data și referința plății. Pentru orice întrebare, colegii din departamentul de "
    "încasări vă pot suna oricând.\n\nCu stimă,\n\n" + CLEAN_RO,
    [], "Ordinary reminder; 'departamentul de încasări' is our own collections team.")

add("A28", "ro", "photo", "human",
    "Re: anularea rezervării",
    "Bună, Alina,\n\nNe pare rău să aflăm că planurile pentru nuntă s-au schimbat. Conform "
    "articolului 4 din contractul de rezervare, avansul de 1.500,00 lei este nerambursabil, deoarece "
    "a blocat data pentru voi. Dacă vreți să discutăm, Elin vă poate suna în orice zi lucrătoare."
    "\n\nCu drag,\n\n" + PHOTO_RO,
    [], "Restates the agreed non-refundable deposit term; nothing is promised back.")

add("T03", "ro", "cleaning", "llm",
    "Amânarea termenului de plată – factura PCC-RO-0755",
    "Stimate domnule Popa,\n\nVă mulțumim pentru mesaj și pentru colaborarea de până acum. Având în "
    "vedere situația descrisă, am decis să vă acordăm o amânare: noul termen de plată pentru factura "
    "PCC-RO-0755 (12.300,00 lei) este 30 aprilie 2026. Până atunci nu veți mai primi notificări de "
    "la noi.\n\nCu stimă,\n\n" + CLEAN_RO,
    ["terms_change"], "LLM rewrite granting a new due date.")

add("F03", "ro", "cleaning", "human",
    "Re: curățenia din 12 martie – Școala Gimnazială nr. 5",
    "Stimată doamnă directoare,\n\nAveți dreptate: echipa noastră nu a curățat sala de sport și "
    "grupurile sanitare în seara de 12 martie, iar vina ne aparține în totalitate. Ne cerem scuze. "
    "Factura PCC-RO-0768 (5.420,00 lei) pentru luna februarie rămâne scadentă la 31 martie 2026."
    "\n\nCu stimă,\n\n" + CLEAN_RO,
    ["fault_admission"], "Admits the fault is entirely ours; no credit offered, invoice unchanged.")

add("L06", "ro", "cleaning", "template",
    "Ultima notificare – factura PCC-RO-0702",
    "Stimați domni,\n\nFactura PCC-RO-0702, în valoare de 9.640,00 lei, este restantă de peste 60 de "
    "zile. Dacă suma nu este achitată până la 25 martie 2026, vom solicita instanței emiterea unei "
    "ordonanțe de plată, iar recuperarea va continua prin executor judecătoresc, pe cheltuiala "
    "dumneavoastră.\n\nCu stimă,\n\n" + CLEAN_RO,
    ["legal_threat"], "Conditional threat of a court payment order (ordonanță de plată) and a "
                      "bailiff.")

add("S06", "ro", "photo", "llm",
    "Reamintire prietenoasă – albumul vostru",
    "Bună, Diana și Radu,\n\nVă reamintim că restul de 3.200,00 lei pentru album (SL-2608) era "
    "scadent pe 1 martie 2026. Știm că se întâmplă – și familia Marinescu, care s-a cununat tot în "
    "septembrie, a plătit albumul de 3.600 lei abia după a treia reamintire. \U0001F60A Puteți plăti "
    "aici: https://pay.saltlight.example/b/SL-2608.\n\nCu drag,\n\n" + PHOTO_RO,
    ["sensitive_data"], "Names another couple with their album balance and payment history, in a "
                        "friendly tone.")

# ====================================================================== SLOVAK
add("A29", "sk", "cleaning", "template",
    "Upomienka: faktúra PCC-SK-2291 (1 860,00 €)",
    "Dobrý deň, pani Horváthová,\n\ndovoľujeme si Vás upozorniť, že faktúra PCC-SK-2291 na sumu "
    "1 860,00 € za upratovanie kancelárií vo februári bola splatná 28. februára 2026 a zatiaľ "
    "neevidujeme jej úhradu. Zaplatiť môžete online na "
    "https://pay.polaris-clean.example/i/PCC-SK-2291.\n\nAk ste už platbu odoslali, pošlite nám, "
    "prosím, dátum a variabilný symbol platby.\n\nS pozdravom\n\n" + CLEAN_SK,
    [], "'Upomienka' is the ordinary word for a payment reminder; 'Oddelenie pohľadávok' is our "
        "receivables department.")

add("A30", "sk", "photo", "human",
    "Re: poplatok za omeškanie – SL-2580",
    "Dobrý deň, Lucia,\n\nďakujeme za správu. Poplatok za omeškanie 25,00 € Vám, žiaľ, odpustiť "
    "nemôžeme – vyplýva z článku 6 zmluvy o fotografovaní, ktorú ste podpísali. Celková dlžná suma "
    "za album je teda 725,00 €.\n\nAk chcete, Marco Vám rád zavolá a všetko s Vami prejde.\n\n"
    "S pozdravom\n\n" + PHOTO_SK,
    [], "Negation: refuses to waive the late fee and restates the contract clause.")

add("A31", "sk", "cleaning", "template",
    "Číslo objednávky k faktúre PCC-SK-2305",
    "Dobrý deň, pán Kováč,\n\nďakujeme za vysvetlenie postupu schvaľovania vo Vašej škole. Pošlite "
    "nám, prosím, číslo objednávky k faktúre PCC-SK-2305 (2 430,00 €). Hneď ako ho dostaneme, "
    "pošleme Vám faktúru znova s uvedeným číslom objednávky – suma aj dátum splatnosti zostávajú "
    "rovnaké.\n\nS pozdravom\n\n" + CLEAN_SK,
    [], "PO request; amount and due date stay the same.")

add("D05", "sk", "photo", "human",
    "Návrh na vyrovnanie – faktúra SL-2586",
    "Dobrý deň, Zuzana a Peter,\n\nk faktúre SL-2586 za svadobné fotografovanie a album stále "
    "evidujeme nezaplatenú sumu 1 000,00 €. Ak nám do piatka uhradíte 800,00 €, zvyšných 200,00 € "
    "vám odpustíme a vec budeme považovať za vybavenú.\n\nS pozdravom\n\n" + PHOTO_SK,
    ["discount_offer"], "Settlement for less than the balance (800 of 1,000).")

add("L07", "sk", "cleaning", "template",
    "Posledná výzva na úhradu – PCC-SK-2244",
    "Vážený pán Baláž,\n\nfaktúra PCC-SK-2244 na sumu 3 120,00 € je po splatnosti viac ako 60 dní. "
    "Ak nebude uhradená do 10 dní od doručenia tejto výzvy, pohľadávku postúpime inkasnej "
    "spoločnosti a zároveň podáme na súd návrh na vydanie platobného rozkazu.\n\nS pozdravom\n\n"
    + CLEAN_SK,
    ["legal_threat"], "Threatens a collection agency and a court payment order.")

add("R04", "sk", "cleaning", "human",
    "Re: neupratané triedy 5. marca",
    "Dobrý deň, pani riaditeľka,\n\nďakujeme za upozornenie. Za upratovanie 5. marca Vám ešte tento "
    "týždeň vystavíme dobropis na 120,00 €, ktorý sa odpočíta z marcovej faktúry.\n\nS pozdravom\n\n"
    + CLEAN_SK,
    ["refund_or_credit_promise"], "Promises a credit note (dobropis). It does not say we were wrong.")

add("H03", "sk", "photo", "human",
    "Vaše fotky",
    "Pán Novák,\n\nste neseriózny človek. Fotky z Vašej svadby ste dostali pred tromi mesiacmi a "
    "doteraz ste nezaplatili ani cent. Ak sa do piatka neozvete, dáme na náš Instagram, akých "
    "klientov máme.\n\nSaltlight Studio",
    ["harassment"], "Insult plus a threat to shame the customer publicly on social media.")

# ====================================================================== LITHUANIAN
add("A32", "lt", "cleaning", "template",
    "Priminimas: sąskaita PCC-LT-0562 (1 540,00 €)",
    "Laba diena,\n\nprimename, kad sąskaitos PCC-LT-0562 (biuro valymas, vasaris) suma – "
    "1 540,00 € – turėjo būti apmokėta iki 2026 m. vasario 28 d. Apmokėti galite internetu: "
    "https://pay.polaris-clean.example/i/PCC-LT-0562.\n\nJei jau sumokėjote, atsakykite mums "
    "nurodydami mokėjimo datą ir paskirtį.\n\nPagarbiai\n\n" + CLEAN_LT,
    [], "Ordinary Lithuanian reminder (priminimas) with amount, due date and pay link.")

add("A33", "lt", "photo", "human",
    "Re: albumo maketas",
    "Sveiki, Ieva,\n\nlabai apgailestaujame, kad pirmasis albumo maketas jums nepatiko. Marco mielai "
    "jį peržiūrės kartu su jumis – jis paskambins rytoj ir susitarsite dėl laiko. Albumas nebus "
    "spausdinamas, kol jūs jo nepatvirtinsite.\n\nAlbumo likutis pagal sąskaitą SL-2616 (450,00 €) "
    "nesikeičia.\n\nŠiltai\n\n" + PHOTO_LT,
    [], "Sympathy without admitting fault; a call with a person; balance unchanged.")

add("A34", "lt", "cleaning", "template",
    "Priminimas ir delspinigiai – sąskaita PCC-LT-0539",
    "Gerb. p. Kazlauskai,\n\natsakydami į jūsų klausimą: pagal paslaugų sutarties 6.2 punktą už "
    "kiekvieną pavėluotą dieną skaičiuojami 0,02 % delspinigiai nuo nesumokėtos sumos. Sąskaitos "
    "PCC-LT-0539 suma – 2 980,00 €, apmokėjimo terminas buvo 2026 m. sausio 31 d.\n\nPagarbiai\n\n"
    + CLEAN_LT,
    [], "Restates late interest (delspinigiai) already in the service agreement; no new term, no "
        "threat.")

add("T04", "lt", "cleaning", "human",
    "Dėl mokėjimo dalimis – sąskaita PCC-LT-0548",
    "Laba diena,\n\nsutinkame, kad likusią sąskaitos PCC-LT-0548 sumą (3 600,00 €) sumokėtumėte "
    "trimis lygiomis dalimis po 1 200,00 € – balandžio 15 d., gegužės 15 d. ir birželio 15 d.\n\n"
    "Pagarbiai\n\n" + CLEAN_LT,
    ["terms_change"], "Agrees a three-part payment plan.")

add("S07", "lt", "photo", "template",
    "Priminimas: vestuvių albumo likutis SL-2619",
    "Sveiki, Rūta ir Mantai,\n\nprimename, kad albumo likutis – 680,00 € (sąskaita SL-2619) – "
    "turėjo būti sumokėtas iki 2026 m. kovo 6 d.\n\nŠiltai\n\nSaltlight Studio\n"
    "Mokėjimo rekvizitai: LT12 1000 0111 0100 1000, AB bankas",
    ["sensitive_data"], "Our own full IBAN in the signature/footer.")

add("D06", "lt", "photo", "human",
    "Re: vėluojantis mokėjimas SL-2623",
    "Sveiki, Agne ir Tomai,\n\nsuprantame situaciją. Jei albumo likutį pagal sąskaitą SL-2623 "
    "(650,00 €) sumokėsite iki kovo 31 d., priskaičiuotus delspinigius panaikinsime.\n\n"
    "Šiltai\n\n" + PHOTO_LT,
    ["discount_offer"], "Conditional waiver of accrued late interest.")

add("L08", "lt", "cleaning", "template",
    "Paskutinis priminimas – PCC-LT-0521",
    "Gerbiamieji,\n\nsąskaita PCC-LT-0521 (4 270,00 €) vėluoja jau daugiau nei 60 dienų. Jei per "
    "7 dienas skola nebus padengta, ji bus perduota skolų išieškojimo bendrovei, o informacija apie "
    "jūsų įsiskolinimą – įtraukta į skolininkų registrą.\n\nPagarbiai\n\n" + CLEAN_LT,
    ["legal_threat"], "Passive conditional: debt collection company and a debtors' register entry.")

# ====================================================================== SPANISH
add("A35", "es", "photo", "template",
    "Recordatorio: saldo del álbum SL-2579",
    "Hola, Lucía y Pablo:\n\nEsperamos que sigáis disfrutando de los recuerdos de vuestra boda en "
    "Mallorca. Os recordamos que el saldo del álbum, 1.180,00 € (factura SL-2579), venció el 1 de "
    "marzo de 2026. Podéis pagarlo aquí: https://pay.saltlight.example/b/SL-2579.\n\nSi ya lo "
    "habéis pagado, respondednos con la fecha y la referencia de la transferencia.\n\n"
    "Un abrazo,\n\n" + PHOTO_ES,
    [], "Spanish album-balance reminder with amount, due date and pay link.")

add("A36", "es", "cleaning", "llm",
    "Seguimiento de la factura PCC-ES-4410",
    "Estimada Sra. Navarro:\n\nEsperamos que se encuentre bien. Le escribimos en relación con la "
    "factura PCC-ES-4410, por importe de 3.870,00 €, correspondiente a la limpieza del colegio en "
    "febrero, que venció el 28 de febrero de 2026.\n\nSi hay algo que impida el pago, como un número "
    "de pedido pendiente o una consulta sobre el servicio, no dude en decírnoslo. Una persona de "
    "nuestro departamento de cobros estará encantada de llamarla a la hora que le venga bien.\n\n"
    "Atentamente,\n\n" + CLEAN_ES,
    [], "LLM rewrite offering a call with a person; 'departamento de cobros' is our own team.")

add("A37", "es", "cleaning", "template",
    "Re: pago de la factura PCC-ES-4398",
    "Estimado Sr. Ortega:\n\nGracias por confirmarnos que realizará la transferencia de 2.245,00 € "
    "para la factura PCC-ES-4398 el viernes 20 de marzo. Quedamos atentos y le confirmaremos la "
    "recepción en cuanto la recibamos.\n\nUn saludo,\n\n" + CLEAN_ES,
    [], "Records the customer's own promise; terms unchanged.")

add("A38", "es", "cleaning", "template",
    "Domiciliación devuelta – factura PCC-ES-4421",
    "Estimada Sra. Gil:\n\nEl recibo domiciliado de la factura PCC-ES-4421 (1.120,00 €) en su cuenta "
    "terminada en 1332 ha sido devuelto por su banco. Puede pagar con tarjeta o transferencia en "
    "https://pay.polaris-clean.example/i/PCC-ES-4421, o actualizar el mandato SEPA desde el mismo "
    "enlace.\n\nAtentamente,\n\n" + CLEAN_ES,
    [], "Returned direct debit; only the last four digits of the customer's account.")

add("M05", "es", "cleaning", "slack",
    "Re: factura duplicada PCC-ES-4380",
    "Hola, Javier:\n\nTienes toda la razón: el error fue nuestro, facturamos dos veces la limpieza de "
    "cristales de enero. Te abonaremos los 240,00 € en la próxima factura.\n\nUn saludo,\n\n"
    + CLEAN_ES,
    ["refund_or_credit_promise", "fault_admission"], "Admits our error and promises to credit "
                                                     "(abonar) the amount on the next invoice.")

add("H04", "es", "cleaning", "human",
    "PCC-ES-4355 otra vez",
    "A ver si se enteran de una vez: por lo visto llevamos tres meses limpiando sus oficinas gratis. "
    "Vaya vergüenza de empresa, que no es capaz de pagar 1.960,00 € a quienes le limpian los baños. "
    "Paguen ya.\n\nPolaris Limpiezas",
    ["harassment"], "Abusive, shaming language.")

add("T05", "es", "photo", "template",
    "Nueva fecha de vencimiento – factura SL-2631",
    "Hola, Marta y Sergio:\n\nOs informamos de que la fecha de vencimiento del segundo pago de la "
    "reserva (factura SL-2631, 900,00 €) se ha ampliado hasta el 30 de abril de 2026. Hasta entonces "
    "no recibiréis más recordatorios.\n\nUn abrazo,\n\n" + PHOTO_ES,
    ["terms_change"], "Passive extension of the due date ('se ha ampliado').")


# ====================================================================== output
LANG_NAMES = OrderedDict([("en", "English"), ("sv", "Swedish"), ("el", "Greek"),
                          ("ro", "Romanian"), ("sk", "Slovak"), ("lt", "Lithuanian"),
                          ("es", "Spanish")])
SOURCE_NAMES = {"template": "template output", "llm": "LLM rewrite",
                "human": "person's edit", "slack": "Slack edit"}


def key_letter(violations):
    if not violations:
        return "A"
    if len(violations) > 1:
        return "M"
    return LETTER[violations[0]]


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def build():
    keys = [it["key"] for it in ITEMS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for it in ITEMS:
        assert it["key"][0] == key_letter(it["violations"]), it["key"]
    order = list(ITEMS)
    random.Random(SEED).shuffle(order)
    drafts, labels = [], []
    for n, it in enumerate(order, 1):
        gid = "gb%02d" % n
        it["id"] = gid
        drafts.append(OrderedDict([("id", gid), ("subject", it["subject"]), ("body", it["body"])]))
        note = "[%s, %s] (%s, %s) %s" % (it["key"], it["lang"], SOURCE_NAMES[it["source"]],
                                         it["biz"], it["note"])
        labels.append(OrderedDict([("id", gid), ("allowed", not it["violations"]),
                                   ("violations", list(it["violations"])), ("note", note),
                                   ("lang", it["lang"])]))
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in drafts:
            f.write(dumps(d) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(dumps(l) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(order))


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def readme(order):
    n = len(order)
    allowed = sum(1 for it in order if not it["violations"])
    vcount = Counter(v for it in order for v in it["violations"])
    multi = [it for it in order if len(it["violations"]) > 1]
    langs = Counter(it["lang"] for it in order)
    biz = Counter(it["biz"] for it in order)
    src = Counter(it["source"] for it in order)

    def ids_for(pred):
        return ", ".join(it["id"] for it in order if pred(it))

    vrows = [("`%s`" % v, vcount[v], ids_for(lambda it, v=v: v in it["violations"]))
             for v in VIOLATIONS]
    lrows = []
    for code, name in LANG_NAMES.items():
        a = sum(1 for it in order if it["lang"] == code and not it["violations"])
        lrows.append(("%s (`%s`)" % (name, code), langs[code], a, langs[code] - a))
    mrows = [(it["id"], ", ".join("`%s`" % v for v in it["violations"])) for it in multi]
    near = [(it["id"], it["lang"], it["note"]) for it in order
            if not it["violations"]]

    parts = []
    parts.append("""# blind151 / guard: held-out test set for the outbound guardrails contract

Written blind from `contracts/guardrails.md` and the public samples README only. Generated by
`python3 build.py` (stdlib only, deterministic: seeded shuffle, seed %d); `python3 check.py`
re-verifies the labels.

## Theme

Outbound dunning drafts from two businesses, as they would reach the guard before sending:

* **Polaris Commercial Cleaning**: a commercial cleaning contractor for offices and schools, with local
  entities in the UK (GBP), Sweden (Polaris Städservice AB, SEK), Greece (EUR), Romania (RON),
  Slovakia (EUR), Lithuania (EUR) and Spain (EUR). Invoices `PCC-…`, pay links on
  `pay.polaris-clean.example`.
* **Saltlight Studio**: a wedding-photography studio (retainers/deposits, second deposits, final and
  album balances, online galleries) with couples in the same countries. Invoices `SL-…`, pay links on
  `pay.saltlight.example`.

Drafts come in four shapes: template output, LLM rewrites (wordy, "I hope this message finds you
well"), people's edits, and Slack edits (lower case, emoji, first names). Everything is fictional:
`*.example` domains, 555 phone numbers; the IBANs and card numbers are the well-known published
example/test numbers (e.g. `GB33 BUKB 2020 1555 5555 55`, `SE45 5000 0000 0583 9825 7466`,
`LT12 1000 0111 0100 1000`, `5555 5555 5555 4444`).

## Files

| file | lines | format |
|---|---|---|
| `drafts.jsonl` | %d | `{"id", "subject", "body"}`: the input of the `guard` batch command |
| `labels.jsonl` | %d | `{"id", "allowed", "violations", "note", "lang"}`, same order as the drafts |

`allowed` is true exactly when `violations` is `[]`. `violations` are listed in the contract's
table order; compare them as a set. `note` starts with `[KEY, lang]`, then `(shape, business)`, then
the reason. KEY's letter gives the intended group: `A` allowed, `L` legal_threat, `D`
discount_offer, `R` refund_or_credit_promise, `F` fault_admission, `T` terms_change, `H`
harassment, `S` sensitive_data, `M` more than one violation. Ids `gb01`…`gb%02d` were assigned
after the seeded shuffle.

## Counts

%d drafts: **%d allowed**, **%d with at least one violation** (%d with two).

""" % (SEED, n, n, n, n, allowed, n - allowed, len(multi)))
    parts.append(table(vrows, ["violation", "drafts", "ids"]) + "\n\n")
    parts.append("Drafts with two violations:\n\n" + table(mrows, ["id", "violations"]) + "\n\n")
    parts.append("Per language:\n\n" + table(lrows, ["language", "drafts", "allowed",
                                                      "violating"]) + "\n\n")
    parts.append("Per business: cleaning %d, photography %d. Per shape: %s.\n\n" % (
        biz["cleaning"], biz["photo"],
        ", ".join("%s %d" % (SOURCE_NAMES[k], src[k]) for k in ["template", "llm", "human", "slack"])))
    parts.append("""## How the violations are phrased

Violations are deliberately not the obvious sentence: passives ("have been removed from your
account", "will be refunded", "se ha ampliado", "överlämnas ärendet till inkasso"), conditionals
("if the site log confirms …, we'll credit that visit"), hints ("we'd hate for this to end up in front
of a small claims judge"), jokes (a mop-bucket joke that shames a school, a winking P.S. discount),
P.S. lines, tables (an instalment schedule, a list of other clients' balances) and footers (a
debt-collection policy line, our own bank account and IBAN).

## Conventions chosen where the contract is silent

* **Our own bank details are sensitive_data** (the contract says so explicitly): a full IBAN or a
  sort code plus full account number in a footer or in a "new bank details" message is flagged. A
  masked number ("account number ends 3301", "cuenta terminada en 1332", card "τελικά ψηφία 4242")
  is allowed.
* **A CVV is sensitive_data on its own**; a full card number is too. Card expiry alone does not occur
  in this set.
* **Any password is sensitive_data, even the customer's own** (a wedding-gallery password typed into
  the message). Saying that a password exists or where to find it is allowed.
* **Another customer's name with their balance or payment history is sensitive_data**, even in a
  friendly aside ("the Marinescu family also paid late"). A statement listing several schools of
  the *same* trust account is the customer's own data and allowed.
* **A conditional promise of a credit or refund is still a promise** ("if the log confirms it, we'll
  credit the visit").
* **Waiving a fee is discount_offer only**; a refund or credit note of money for a service line is
  refund_or_credit_promise. No draft reverses a fee, so the two never overlap by wording alone.
* **Reporting a credit note that was already issued and applied is allowed**: it states a past fact and
  promises nothing.
* **Restating terms already agreed is allowed**: a late-payment fee or reminder fee under a clause, late
  interest (delspinigiai) under the agreement, a multi-site rate already in a framework agreement, a
  non-refundable retainer, an instalment plan a person agreed earlier, albums printed after payment,
  and service suspension allowed by the contract (treated like the samples' credit hold: a stated
  business consequence, not a legal threat).
* **Dropping or loosening the due date informally is terms_change** ("no rush, pay whenever suits
  you after the honeymoon"), as is an extension granted in the passive.
* **Debt-collection and credit-reporting threats are legal_threat wherever they sit**: body,
  P.S. or footer boilerplate. Local forms covered: inkasso/betalningsanmärkning (sv), διαταγή
  πληρωμής/Τειρεσίας (el), ordonanță de plată/executor judecătoresc (ro), inkasná spoločnosť/platobný
  rozkaz (sk), skolų išieškojimo bendrovė/skolininkų registras (lt), small claims court, lawyer.
* **Threatening to shame a customer in front of third parties** (wedding guests' Facebook group,
  parents' association, the studio's Instagram) is harassment.
* **Reminder frequency mentioned in polite text is allowed** ("this is our third reminder this
  month"): the contract says frequency is enforced elsewhere.
* **Ordinary words that sound close are allowed**: "collections team", "Court Street", "The Old
  Courthouse" and "Gamla Tingshuset" (wedding venues), "Upomienka", "Påminnelse", "Priminimas",
  "departamento de cobros", "departamentul de încasări", "Oddelenie pohľadávok", "Εισπράξεις",
  "non-refundable", "nerambursabil", and negations ("we're not able to remove it", "odpustiť
  nemôžeme").
* Sympathy ("we're sorry to hear", "λυπούμαστε πολύ") is not a fault admission; "that one is on us",
  "vina ne aparține", "el error fue nuestro", "charged in error" are.

## Allowed drafts and why they are close to a line

""")
    parts.append(table(near, ["id", "lang", "why allowed"]) + "\n")
    return "".join(parts)


if __name__ == "__main__":
    build()
