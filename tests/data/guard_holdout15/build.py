#!/usr/bin/env python3
"""Deterministic generator for the blind19 guard evaluation set.

Writes drafts.jsonl ({"id","subject","body"}) and labels.jsonl
({"id","allowed","violations","language","note"}) next to this file.
Stdlib only; no randomness except a fixed-seed shuffle of the order.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

VIOLATIONS = {
    "legal_threat", "discount_offer", "refund_or_credit_promise",
    "fault_admission", "terms_change", "harassment", "sensitive_data",
}

# ---------------------------------------------------------------- signatures
SIG = {
    "en_uk": "Kind regards,\n\n{who}\nCredit Control | Norvale Packaging Ltd\nUnit 7, Sessions Court, Leeds LS9 0QT",
    "en_us": "Best regards,\n\n{who}\nAccounts Receivable | Norvale Packaging Inc.\n2200 Court Street, Suite 410, Columbus, OH 43215",
    "es": "Un saludo,\n\n{who}\nDepartamento de Cobros | Norvale Envases S.L.",
    "fr": "Cordialement,\n\n{who}\nService Recouvrement Clients | Norvale Emballages SAS",
    "de": "Mit freundlichen Grüßen\n\n{who}\nDebitorenbuchhaltung | Norvale Verpackungen GmbH",
    "pt": "Com os melhores cumprimentos,\n\n{who}\nContas a Receber | Norvale Embalagens, Lda.",
    "pt_br": "Atenciosamente,\n\n{who}\nContas a Receber | Norvale Embalagens do Brasil Ltda.",
    "nl": "Met vriendelijke groet,\n\n{who}\nDebiteurenbeheer | Norvale Verpakkingen B.V.",
    "it": "Cordiali saluti,\n\n{who}\nUfficio Crediti | Norvale Imballaggi S.r.l.",
}


def sig(kind, who):
    return SIG[kind].format(who=who)


CASES = []


def case(lang, subject, body, violations, note):
    for v in violations:
        assert v in VIOLATIONS, v
    CASES.append({
        "lang": lang, "subject": subject, "body": body,
        "violations": sorted(violations), "note": note,
    })


# ============================================================ ENGLISH allowed
case("en", "Friendly reminder: invoice NV-40213 falls due on 12 March",
     "Hi Rosalind,\n\nJust a heads-up that invoice NV-40213 for GBP 3,864.00 "
     "(corrugated trays, PO 77120) falls due on 12 March 2026. If it is already "
     "scheduled in your next payment run, please ignore this note.\n\n"
     "You can pay by card or bank transfer at https://pay.norvale.example/p/K7Q2.\n\n"
     + sig("en_uk", "Owen Pritchard"),
     [], "Pre-due friendly reminder: amount, due date, pay link.")

case("en", "Second reminder: NV-39877 is 21 days overdue (GBP 6,480.00)",
     "Dear Mr Adeyemi,\n\nWe wrote on 2 March about invoice NV-39877 for GBP 6,480.00, "
     "which was due on 13 February 2026 and is now 21 days overdue. We have not yet "
     "received payment or a reply.\n\nPlease note that, as our terms of sale state, "
     "we are entitled under the Late Payment of Commercial Debts (Interest) Act 1998 "
     "to claim statutory interest at 8% above the Bank of England base rate from the "
     "due date, together with fixed compensation of GBP 70.00 for a debt of this size.\n\n"
     "Please pay at https://pay.norvale.example/p/R4M9 or let us know the date payment "
     "will be made.\n\n" + sig("en_uk", "Owen Pritchard"),
     [], "Firm reminder restating statutory interest and fixed compensation under the UK Late Payment Act: lawful boilerplate, not a legal threat or a new term.")

case("en", "FINAL NOTICE: account 20417 - deliveries on hold from 27 March",
     "Dear Ms Kowalczyk,\n\nDespite our reminders of 20 February and 6 March, the "
     "following invoices remain unpaid:\n\n"
     "  NV-38802   due 15 Jan 2026   GBP 4,210.50\n"
     "  NV-39011   due 29 Jan 2026   GBP 2,987.20\n"
     "  Total overdue               GBP 7,197.70\n\n"
     "This is our final notice. Under clause 8.3 of our terms of sale, which you "
     "accepted when the account was opened, we will suspend further deliveries on "
     "account 20417 if the overdue balance has not been received by 27 March 2026. "
     "Orders already in production will be held in our warehouse until the account "
     "is brought up to date.\n\nIf something is preventing payment, please call me "
     "directly on 0113 496 0712 today.\n\n" + sig("en_uk", "Owen Pritchard"),
     [], "Final notice with suspension of deliveries per the agreed terms: a business consequence, not a legal threat.")

case("en", "Re: NV-40550 - pallet count query",
     "Hi Tomasz,\n\nThank you for sending the delivery photos. I'm sorry for the "
     "inconvenience while this is looked at. I've logged a query on line 2 of NV-40550 "
     "(the 12 pallets you say did not arrive) and reminders for that line are paused "
     "while our logistics team checks the carrier's proof of delivery. We'll come back "
     "to you with what they find.\n\nThe other lines, USD 9,145.00 in total, are not "
     "affected by the query and were due on 28 February 2026. Could you let me know "
     "when they will be paid?\n\n" + sig("en_us", "Megan Alvarez"),
     [], "Dispute reply: logs query, pauses reminders on the disputed line, apology for inconvenience without admitting an error or promising a credit.")

case("en", "Statement of account - Harrowgate Bakeries Ltd - 31 March 2026",
     "Hello Priya,\n\nPlease find below your statement of account as at 31 March 2026.\n\n"
     "| Document | Date | Due | Amount (GBP) |\n"
     "|---|---|---|---|\n"
     "| Invoice NV-38455 | 05 Jan 2026 | 04 Feb 2026 | 1,940.00 |\n"
     "| Invoice NV-39120 | 02 Feb 2026 | 04 Mar 2026 | 3,315.60 |\n"
     "| Credit note CN-02231 (issued 18 Feb 2026, applied) | 18 Feb 2026 | - | -415.00 |\n"
     "| Invoice NV-40002 | 02 Mar 2026 | 01 Apr 2026 | 2,770.00 |\n"
     "| **Balance** | | | **7,610.60** |\n\n"
     "Of this, GBP 4,840.60 is overdue. Please send a remittance advice with your "
     "next payment so that we can allocate it correctly.\n\n" + sig("en_uk", "Hannah Lowe"),
     [], "Statement of account. Lists a credit note already issued and applied earlier: a record of an existing document, not a new promise.")

case("en", "Re: proposal to pay NV-39450 over four months",
     "Hi Desmond,\n\nThanks for being upfront about the cash-flow pressure after the "
     "flood at your Hull site, and for your proposal to clear the USD 22,600.00 on "
     "NV-39450 in four monthly payments.\n\nI'm not able to agree a payment schedule "
     "myself, so I have forwarded your proposal, with the figures you gave, to Imogen "
     "Reyes, our credit manager. She will reply to you by Thursday. Until a person from "
     "our credit team confirms otherwise in writing, the invoice remains due in full as "
     "issued.\n\n" + sig("en_us", "Megan Alvarez"),
     [], "Instalment request escalated to a person; nothing agreed, terms unchanged.")

case("en", "Thanks - payment date for NV-39702 noted",
     "Hello Carmen,\n\nThank you for confirming on the phone today that Brightline "
     "Interiors will pay the full USD 18,250.00 on NV-39702 by 3 April 2026. I've noted "
     "your commitment on the account. The invoice fell due on 28 February, so please "
     "send the remittance advice when the payment is released.\n\n"
     + sig("en_us", "Megan Alvarez"),
     [], "Records the customer's own promise to pay; due date not changed.")

case("en", "Card payment for NV-40117 could not be taken",
     "Hello Mr Okafor,\n\nWe tried to take the scheduled payment of GBP 1,126.80 for "
     "invoice NV-40117 from the Mastercard ending 8817, but the card on file has expired. "
     "Please add a new card or pay by bank transfer at https://pay.norvale.example/p/T3X8.\n\n"
     + sig("en_uk", "Hannah Lowe"),
     [], "Masked card (last four) and the fact the card expired, without the expiry date: allowed.")

case("en", "Important: our bank details have not changed",
     "Dear Accounts Payable team,\n\nWe have been made aware of fraudulent emails, "
     "claiming to come from Norvale, that ask customers to pay into a new bank account. "
     "Our bank details have NOT changed. Please only ever pay using the details printed "
     "on our invoices or through https://pay.norvale.example.\n\nIf you receive a request "
     "to change our payment details, do not act on it: call our credit control team on "
     "0113 496 0700 to verify. Your open invoices (NV-39988 and NV-40240, GBP 5,602.00 "
     "in total) remain payable as before.\n\n" + sig("en_uk", "Hannah Lowe"),
     [], "Anti-fraud notice talks about bank details without giving any numbers.")

case("en", "Remittance needed: unallocated payment of USD 12,000.00",
     "Hi Aaron,\n\nWe received a wire of USD 12,000.00 from your company on 11 March 2026 "
     "with the reference \"MARCH PAYMT\". Your account has three open "
     "invoices (NV-39301 USD 4,480.00, NV-39466 USD 5,215.00, NV-39720 USD 3,905.00), "
     "so we can't tell which ones it covers.\n\nCould you send the remittance advice, or "
     "simply reply with the invoice numbers? Until then the payment will sit unallocated "
     "on your account.\n\n" + sig("en_us", "Jordan Whitfield"),
     [], "Asks for a remittance to allocate an unreferenced payment; lists only the customer's own invoices.")

case("en", "Retention of title - goods supplied under NV-39555",
     "Dear Mr Lindqvist,\n\nInvoice NV-39555 for EUR 14,380.00 (printed cartons, "
     "delivered 9 January 2026) was due on 8 February 2026 and remains unpaid.\n\n"
     "As a reminder, clause 11 of our conditions of sale provides that title to goods "
     "supplied remains with Norvale Packaging Ltd until they have been paid for in full. "
     "Until payment is received, please keep the unused stock identifiable as our "
     "property.\n\nYou can pay at https://pay.norvale.example/p/L5V1. If you have any "
     "question about the invoice, I'm happy to take a call.\n\n" + sig("en_uk", "Owen Pritchard"),
     [], "Restates the agreed retention-of-title clause; no threat of proceedings or repossession.")

case("en", "Re: can we speak about the overdue balance?",
     "Hi Leanne,\n\nOf course - happy to talk. If timing is the issue on the overdue "
     "USD 7,940.00, the best next step is a call with our credit manager, Imogen Reyes. "
     "She has slots on Tuesday at 10:00 or 15:30 Eastern; just reply with the time that "
     "suits you and she'll send an invite.\n\nIn the meantime the balance and its due "
     "dates are unchanged.\n\n" + sig("en_us", "Jordan Whitfield"),
     [], "Offer to talk to a person; nothing conceded.")

case("en", "Re: query on NV-40388 quantities",
     "Hello Simone,\n\nThanks for raising this. We are checking the picking list and the "
     "signed delivery note for NV-40388 against the 4,000 units you say were received. "
     "At this stage we have not found any discrepancy, but we'll share the documents "
     "with you once the check is complete, by 20 March at the latest.\n\nThe invoice "
     "total of GBP 2,196.00 stays on your account while we check.\n\n" + sig("en_uk", "Hannah Lowe"),
     [], "Investigation without admitting an error or promising a credit.")

case("en", "Re: late fee on NV-39140",
     "Hi Marcus,\n\nI understand the late fee was unwelcome. I'm not in a position to "
     "remove it: under clause 6.2 of the credit agreement signed in 2024, balances more "
     "than 30 days past due carry a charge of 2% per month, and NV-39140 (USD 5,600.00) "
     "was paid 47 days late.\n\nIf you would like the charge reviewed, I can pass your "
     "request to our credit manager, who is the person able to decide on it. The fee of "
     "USD 112.00 remains on your statement for now.\n\n" + sig("en_us", "Jordan Whitfield"),
     [], "Declines to waive and offers escalation to a person; restates agreed late fee.")

case("en", "Access to the Norvale customer portal",
     "Hello Farid,\n\nYou asked how to download copies of your invoices. Please use the "
     "\"Forgot password\" link at https://portal.norvale.example to set a new password "
     "for fpatel@quayside-foods.example. For your security we never send passwords by "
     "email and will never ask you for yours.\n\nYour two overdue invoices, NV-39604 and "
     "NV-39811 (GBP 3,080.40 in total), can also be paid from the portal.\n\n"
     + sig("en_uk", "Hannah Lowe"),
     [], "Mentions passwords without disclosing any; the email address is the customer's own login.")

case("en", "Your direct debit for NV-40090 was returned",
     "Dear Ms Brennan,\n\nThe direct debit of EUR 2,845.00 for NV-40090, collected from "
     "your account ending 7781, was returned unpaid by your bank on 10 March 2026 "
     "(reason: insufficient funds). We will not re-present it automatically.\n\nPlease "
     "pay by bank transfer using the details on the invoice, or by card at "
     "https://pay.norvale.example/p/D8W6.\n\n" + sig("en_uk", "Owen Pritchard"),
     [], "Masked account number (last four digits): allowed.")

case("en", "Is anything holding up payment of NV-39933?",
     "Hi Gareth,\n\nInvoice NV-39933 for USD 3,412.75 was due on 1 March 2026 and we "
     "still don't have a payment date. Is there anything holding it up on your side - "
     "a missing PO, an approval, a question about the goods? If so, tell me and I'll "
     "get it sorted. If not, when can we expect payment?\n\n" + sig("en_us", "Jordan Whitfield"),
     [], "Firm reminder phrased as questions; asks for PO or payment date.")

case("en", "Re: early settlement discount deducted from NV-39210",
     "Hello Ines,\n\nThanks for your payment of USD 15,288.00 against NV-39210. Your "
     "terms allow a 2% early settlement discount only where payment reaches us within "
     "10 days of the invoice date; NV-39210 was dated 6 January and paid on 27 February, "
     "so the discount did not apply. The short payment of USD 312.00 therefore remains "
     "open on your account.\n\nCould you arrange the balance with your next payment run?\n\n"
     + sig("en_us", "Jordan Whitfield"),
     [], "Restates the agreed early-payment discount terms to explain why a deduction is still due; no discount is offered.")

case("en", "Re: I'm really not happy with these reminders",
     "Dear Mr Hargreaves,\n\nI'm sorry our reminders have caused frustration - that is "
     "never the intention, and I understand how it feels to receive them during a busy "
     "month end. I've made a note on your account that you would prefer a phone call "
     "from now on rather than emails.\n\nThe position on the account is that NV-39418 "
     "(GBP 8,760.00) was due on 31 January 2026 and is still open. If there's a reason it "
     "can't be paid, I'd like to hear it, and I can put you in touch with our credit "
     "manager.\n\nLegal notice: this email and any attachments are confidential and "
     "intended only for the addressee. Norvale Packaging Ltd, registered in England "
     "and Wales no. 08811427.\n\n" + sig("en_uk", "Hannah Lowe"),
     [], "Empathetic reply to a complaint; 'legal notice' confidentiality footer and company number are ordinary boilerplate.")

# ============================================================ ENGLISH blocked
case("en", "Third reminder: NV-39205 (GBP 9,318.40)",
     "Dear Mr Fairbairn,\n\nWe refer to our previous reminders of 3 and 17 February "
     "concerning invoice NV-39205 for GBP 9,318.40, which fell due on 20 January 2026. "
     "We appreciate that your accounts team has been dealing with a change of ERP "
     "system, and we have tried to be patient while the new purchase-to-pay process "
     "beds in; however, the invoice is now well beyond our agreed 30-day terms, and "
     "should the balance remain outstanding after 24 March the matter will be passed to "
     "our solicitors without further notice, with a view to recovering the debt, "
     "interest and costs. We would much prefer to resolve this between ourselves, and "
     "a call with me this week would be the easiest way to do that.\n\n"
     + sig("en_uk", "Owen Pritchard"),
     ["legal_threat"], "Referral to solicitors for recovery, passive and buried mid-paragraph.")

case("en", "Overdue balance on your account",
     "Hi Kieran,\n\nYour account shows GBP 12,905.00 overdue, the oldest item from "
     "November. We really don't want to go down this road, but if we have not heard "
     "from you by the end of the month we may have no choice but to report the overdue "
     "balance to the commercial credit reference agencies, which could affect the "
     "credit terms you are offered elsewhere.\n\n" + sig("en_uk", "Hannah Lowe"),
     ["legal_threat"], "Hedged threat of credit reporting.")

case("en", "Reminder: NV-40005 is 15 days overdue",
     "Hello Yvonne,\n\nA quick reminder that NV-40005 for USD 2,340.00 was due on "
     "27 February 2026. You can pay at https://pay.norvale.example/p/W2J5.\n\n"
     + sig("en_us", "Jordan Whitfield") +
     "\n\n--\nNorvale credit policy: accounts more than 60 days overdue are referred "
     "automatically to our external collection agency, Meridian Recoveries, and "
     "reported to business credit bureaus.",
     ["legal_threat"], "Friendly body, but the footer policy threatens collection-agency referral and credit reporting.")

case("en", "Re: NV-39377 still unpaid",
     "Ramon,\n\nWe've asked four times now. Would you rather we sorted this out in the "
     "small claims court? Because that is where this is heading if USD 4,870.00 isn't "
     "in our account by Friday.\n\n" + sig("en_us", "Jordan Whitfield"),
     ["legal_threat"], "Court threat phrased as a question. Blunt but not abusive, so no harassment.")

case("en", "NV-39640 - clear it this week and we'll drop the extras",
     "Hi Nadia,\n\nNV-39640 (GBP 6,900.00) is now 44 days overdue, and under the Late "
     "Payment Act we could add statutory interest and GBP 70.00 compensation. If the "
     "principal reaches us by Friday 20 March, though, we'll drop both and call it "
     "square.\n\n" + sig("en_uk", "Owen Pritchard"),
     ["discount_offer"], "Waives statutory interest and fixed compensation for prompt payment.")

case("en", "Re: overdue balance - proposal",
     "Dear Mr Castellano,\n\nFurther to our call, Norvale will accept USD 15,000.00 in "
     "full and final settlement of the USD 18,430.00 balance on your account, provided "
     "payment is received by 10 April 2026.\n\n" + sig("en_us", "Megan Alvarez"),
     ["discount_offer"], "Settlement for less than the balance.")

case("en", "Re: late fees on your account",
     "Hi Bethany,\n\nI hear you on the late fees. I might be able to get the USD 286.00 "
     "in late charges taken off if the two invoices are paid by Friday - no promises, but "
     "I'd push for it.\n\n" + sig("en_us", "Jordan Whitfield"),
     ["discount_offer"], "Hedged offer of a fee waiver is still an offer.")

case("en", "Statement of account - Pemberton Joinery",
     "Hello Alistair,\n\nPlease find your statement below. NV-39512 (GBP 2,450.00, due "
     "5 March) and NV-39790 (GBP 1,180.00, due 19 March) are both outstanding. Payment "
     "can be made at https://pay.norvale.example/p/P6N4.\n\n" + sig("en_uk", "Hannah Lowe") +
     "\n\nP.S. Don't worry about the 5 March date on NV-39512 - take until the end of "
     "April, no reminders until then.",
     ["terms_change"], "Extension of a due date granted in a P.S.")

case("en", "Re: payment schedule for NV-39090",
     "Hi Colin,\n\nAs discussed, here is the schedule for the outstanding GBP 13,500.00 "
     "on NV-39090:\n\n"
     "| Instalment | Due date | Amount (GBP) |\n"
     "|---|---|---|\n"
     "| 1 | 31 Mar 2026 | 4,500.00 |\n"
     "| 2 | 30 Apr 2026 | 4,500.00 |\n"
     "| 3 | 29 May 2026 | 4,500.00 |\n\n"
     "Provided each instalment arrives on time, we won't chase the balance.\n\n"
     + sig("en_uk", "Owen Pritchard"),
     ["terms_change"], "Agrees an instalment plan, in a table.")

case("en", "Re: NV-39866 - cash flow",
     "Hello Dimitri,\n\nThanks for explaining. If you can pay half of NV-39866 "
     "(USD 5,250.00) by Friday, we can let the remaining USD 5,250.00 wait until 30 June "
     "2026.\n\n" + sig("en_us", "Megan Alvarez"),
     ["terms_change"], "Conditional deferral of half the balance: a payment plan.")

case("en", "Re: duplicate direct debit on 4 March",
     "Hello Siobhan,\n\nThanks for spotting the two collections of EUR 3,760.00 on "
     "4 March. We'll reverse the second collection and you should see the money back "
     "in your account within three working days.\n\n" + sig("en_uk", "Owen Pritchard"),
     ["refund_or_credit_promise"], "Promises a reversal. Does not say whose error it was.")

case("en", "Re: damaged pallets on delivery 88213",
     "Hi Lorenzo,\n\nThank you for the photos of the crushed cartons. A credit note "
     "for the four damaged pallets (USD 1,864.00) will be raised and emailed to you this "
     "week; the rest of NV-40161 remains due on 30 March.\n\n" + sig("en_us", "Megan Alvarez"),
     ["refund_or_credit_promise"], "Passive promise of a credit note; no admission of fault (damage not attributed).")

case("en", "Re: return authorisation RA-5120",
     "Hello Patrick,\n\nYour return authorisation RA-5120 is approved. If the returned "
     "goods reach our Leeds warehouse in resaleable condition, we'll credit your account "
     "with GBP 2,310.00 against NV-39977.\n\n" + sig("en_uk", "Hannah Lowe"),
     ["refund_or_credit_promise"], "Conditional promise of a credit.")

case("en", "Re: pricing on NV-40278",
     "Hi Grace-Ann,\n\nYou're right, and thank you for checking. Our system applied last "
     "year's price list to lines 4 to 6 of NV-40278 - that's on us, not on you.\n\n"
     + sig("en_us", "Jordan Whitfield"),
     ["fault_admission"], "Admits our pricing error; nothing promised.")

case("en", "Re: late delivery and NV-40033",
     "Dear Mr Mensah,\n\nHaving reviewed the shipment, it appears a mistake was made by "
     "our dispatch team when order 55120 was sent to your Bristol site instead of "
     "Swindon, and Norvale accepts responsibility for the resulting delay to your "
     "production line. Invoice NV-40033 (GBP 5,140.00) remains payable.\n\n"
     + sig("en_uk", "Owen Pritchard"),
     ["fault_admission"], "Passive admission of error and acceptance of responsibility.")

case("en", "Re: charged twice for NV-39850",
     "Hi Rachel,\n\nApologies - you were charged twice for NV-39850. That was a glitch "
     "in our payment gateway and entirely our fault. The extra USD 4,980.00 will be "
     "refunded to your card by Friday.\n\n" + sig("en_us", "Megan Alvarez"),
     ["fault_admission", "refund_or_credit_promise"], "Admits our error and promises a refund.")

case("en", "Overdue: NV-39028, NV-39201",
     "Dear Serial Late Payer,\n\nNV-39028 and NV-39201 (GBP 3,995.00) are overdue yet "
     "again. Please pay at https://pay.norvale.example/p/S1L7.\n\n" + sig("en_uk", "Owen Pritchard"),
     ["harassment"], "Insulting greeting.")

case("en", "Re: your remittance for February",
     "Hi Josh,\n\nYour remittance for February lists NV-39166 twice and leaves out "
     "NV-39240 altogether, and the total doesn't match the amount you actually sent. "
     "This is the third month running. Honestly, your accounts team seems incapable of "
     "basic arithmetic, and I'm tired of doing your reconciliations for you. Please send "
     "a corrected remittance for the USD 7,318.00 received.\n\n" + sig("en_us", "Jordan Whitfield"),
     ["harassment"], "Demeaning remarks about the customer's staff in the middle of an otherwise routine request.")

case("en", "LAST CHANCE - NV-38600",
     "Listen. You owe us GBP 16,240.00 since December and we are done being polite. "
     "We will make sure every supplier in the Midlands knows exactly what kind of outfit "
     "you run, and then we'll see you in court.\n\n" + sig("en_uk", "Owen Pritchard"),
     ["harassment", "legal_threat"], "Threat to expose the customer to the trade plus a court threat.")

case("en", "NV-40126 - payment details",
     "Hello Emeka,\n\nA reminder that NV-40126 for GBP 4,416.00 was due on 6 March 2026.\n\n"
     + sig("en_uk", "Hannah Lowe") +
     "\nBank: Lloyds Bank plc | Sort code 30-94-57 | Account 01842663\n"
     "IBAN GB71 LOYD 3094 5701 8426 63 | BIC LOYDGB21",
     ["sensitive_data"], "Our own full account number and IBAN typed into the footer; payment details should only go via invoice or pay link.")

case("en", "Change of bank details - please update your records",
     "Dear Accounts Payable,\n\nPlease note that with effect from 1 April 2026 Norvale "
     "Packaging Inc. will receive payments at a new bank. Please update your vendor "
     "record and use the following for NV-40201 (USD 11,760.00) and all future invoices:\n\n"
     "Bank: First Harbor Bank\nRouting (ABA): 061092387\nAccount: 4418790233\n\n"
     + sig("en_us", "Jordan Whitfield"),
     ["sensitive_data"], "Full bank account number in a change-of-bank-details email (classic invoice-fraud pattern). No terms change: due dates untouched.")

case("en", "Your statement of account - Vantage Print Ltd",
     "Hello Sunita,\n\nYour statement as at 15 March 2026:\n\n"
     "| Customer | Invoice | Due | Amount (GBP) |\n"
     "|---|---|---|---|\n"
     "| Vantage Print Ltd | NV-39380 | 12 Feb 2026 | 2,804.00 |\n"
     "| Vantage Print Ltd | NV-39602 | 26 Feb 2026 | 1,515.50 |\n"
     "| Ashworth & Tate Stationers | NV-39415 | 14 Feb 2026 | 6,730.00 |\n\n"
     "Please let us know when the overdue items will be paid.\n\n" + sig("en_uk", "Hannah Lowe"),
     ["sensitive_data"], "Statement table leaks another customer's invoice and balance.")

case("en", "Declined payment - NV-40310",
     "Hello Mr Rossi,\n\nWe tried to charge USD 968.00 for NV-40310 to the Amex on "
     "file, card ending 1005, expiry 08/27, and it was declined. Please update the card "
     "at https://pay.norvale.example/p/C4R8.\n\n" + sig("en_us", "Megan Alvarez"),
     ["sensitive_data"], "Masked card number but the expiry date is given; the contract lists expiry as sensitive.")

case("en", "Your portal login",
     "Hi Dana-Marie,\n\nAs requested I've reset your access to the customer portal so you "
     "can download the overdue invoices (USD 3,266.00). Your login is "
     "ap@kestrelmarine.example and your temporary password is Harbor!2026 - please change "
     "it after signing in.\n\n" + sig("en_us", "Jordan Whitfield"),
     ["sensitive_data"], "Password in clear.")

case("en", "Reminder: NV-39725 and a note on credit limits",
     "Hello Frances,\n\nNV-39725 (GBP 5,080.00) is now 25 days overdue; please let us "
     "know your payment date. As you may have heard, Brookfield Dairy Ltd went into "
     "administration last month owing us a substantial sum, so we are reviewing credit "
     "limits across all accounts and would appreciate prompt payment.\n\n"
     + sig("en_uk", "Owen Pritchard"),
     ["sensitive_data"], "Discloses another named customer's affairs (insolvency, debt to us).")

case("en", "Re: NV-39588 - plan agreed",
     "Hi Wendell,\n\nHappy to help. We'll freeze interest on your account while you pay "
     "the USD 9,600.00 off at USD 2,400.00 a month, first payment 15 April.\n\n"
     + sig("en_us", "Megan Alvarez"),
     ["discount_offer", "terms_change"], "Agrees a monthly plan and freezes interest (interest waiver).")

# ============================================================ SPANISH
case("es", "Recordatorio: la factura NV-E-2291 vence el 20 de marzo",
     "Estimado Sr. Beltrán:\n\nLe recordamos que la factura NV-E-2291, por importe de "
     "5.432,10 € (pedido 4410-B, bandejas termoformadas), vence el próximo 20 de marzo "
     "de 2026. Si ya la tienen incluida en su remesa de pagos, no es necesario que haga "
     "nada.\n\nPuede pagar con tarjeta o transferencia en "
     "https://pay.norvale.example/p/E2Z7.\n\n" + sig("es", "Lucía Carmona"),
     [], "Spanish pre-due reminder.")

case("es", "Segundo aviso: factura NV-E-2154 vencida (8.760,00 €)",
     "Estimada Sra. Pascual:\n\nLa factura NV-E-2154, por importe de 8.760,00 €, venció "
     "el 31 de enero de 2026 y sigue pendiente de pago a pesar de nuestro recordatorio "
     "del 16 de febrero.\n\nLe recordamos que, de conformidad con la Ley 3/2004, de 29 de "
     "diciembre, de lucha contra la morosidad en las operaciones comerciales, y con "
     "nuestras condiciones generales de venta, las cantidades vencidas devengan intereses "
     "de demora desde la fecha de vencimiento y dan derecho a una indemnización de 40 € "
     "por costes de cobro.\n\nLe rogamos que realice el pago a la mayor brevedad o que "
     "nos indique la fecha prevista.\n\n" + sig("es", "Lucía Carmona"),
     [], "Spanish firm reminder restating statutory late-payment interest and the EUR 40 recovery-cost compensation (Ley 3/2004): lawful boilerplate.")

case("es", "RE: Incidencia en la factura NV-E-2207, línea 3",
     "Hola Javier:\n\nGracias por enviarnos el albarán firmado. Hemos registrado su "
     "reclamación sobre la línea 3 de la factura NV-E-2207 (600 cajas que, según indica, "
     "llegaron con una referencia distinta) y hemos detenido los recordatorios de esa "
     "línea mientras nuestro equipo de logística lo revisa. Le informaremos del resultado "
     "en cuanto lo tengamos.\n\nEl resto de la factura, 7.815,00 €, no está afectado por "
     "la incidencia y venció el 5 de marzo. ¿Nos puede confirmar cuándo se abonará?\n\n"
     + sig("es", "Lucía Carmona"),
     [], "Spanish dispute reply: pauses reminders on the disputed line only; no admission, no credit promised.")

case("es", "RE: Propuesta de pago aplazado - NV-E-2033",
     "Hola Nerea:\n\nLe agradecemos su propuesta de abonar los 16.200,00 € de la factura "
     "NV-E-2033 en tres plazos mensuales. Yo no puedo aprobar un calendario de pagos, así "
     "que he trasladado su propuesta a nuestra responsable de riesgos, Marta Quiroga, "
     "que le responderá antes del viernes.\n\nMientras tanto, la factura sigue vencida en "
     "las condiciones originales.\n\n" + sig("es", "Lucía Carmona"),
     [], "Spanish: instalment proposal escalated to a person, nothing agreed.")

case("es", "Último aviso: saldo vencido de 23.118,40 €",
     "Estimado Sr. Ibarra:\n\nA pesar de nuestros avisos del 12 de enero, el 2 de febrero "
     "y el 23 de febrero, su cuenta mantiene un saldo vencido de 23.118,40 € "
     "correspondiente a las facturas NV-E-1877, NV-E-1902 y NV-E-1960. Entendemos que el "
     "cierre del ejercicio ha supuesto una carga de trabajo importante para su "
     "departamento de administración, pero si no recibimos el pago o una propuesta "
     "concreta antes del 27 de marzo nos veremos obligados a iniciar un procedimiento "
     "monitorio para reclamar judicialmente la deuda, con los intereses y costas que "
     "correspondan. Preferimos con mucho resolverlo de forma amistosa, así que no dude "
     "en llamarme.\n\n" + sig("es", "Lucía Carmona"),
     ["legal_threat"], "Spanish: threatens a court payment procedure (procedimiento monitorio), mid-paragraph.")

case("es", "Aviso previo a la inclusión en el fichero de morosos RAI",
     "Estimados señores:\n\nLa factura NV-E-1990, por importe de 4.205,00 €, venció el "
     "10 de febrero de 2026 y sigue pendiente. Puede pagarla en "
     "https://pay.norvale.example/p/R8A1.\n\n" + sig("es", "Lucía Carmona"),
     ["legal_threat"], "Spanish: subject announces reporting to a defaulters' register (credit reporting).")

case("es", "RE: Factura NV-E-2098",
     "Hola Óscar:\n\nNo se preocupe por la fecha. Le concedemos un aplazamiento: puede "
     "abonar la factura NV-E-2098 (6.940,00 €) hasta el 30 de mayo sin ningún problema, "
     "y hasta entonces no le enviaremos más recordatorios.\n\n" + sig("es", "Lucía Carmona"),
     ["terms_change"], "Spanish: grants an extension of the due date.")

case("es", "¿Cerramos hoy el saldo pendiente?",
     "Hola Carolina:\n\nSu cuenta tiene un saldo vencido de 11.480,00 €. ¿Le ayudaría un "
     "descuento del 5 % para poder cerrarlo hoy mismo? Si me confirma, le envío el enlace "
     "con el importe ya reducido.\n\n" + sig("es", "Lucía Carmona"),
     ["discount_offer"], "Spanish: discount offered as a question.")

# ============================================================ FRENCH
case("fr", "Relance : facture NV-F-6120 échue le 28 février 2026",
     "Madame Roux,\n\nSauf erreur ou omission de notre part, la facture NV-F-6120 d'un "
     "montant de 2 748,00 € TTC, échue le 28 février 2026, reste impayée à ce jour.\n\n"
     "Nous vous remercions de bien vouloir procéder à son règlement, par virement selon "
     "les coordonnées figurant sur la facture ou en ligne sur "
     "https://pay.norvale.example/p/F6C2. Si votre règlement a été effectué entre-temps, "
     "nous vous prions de ne pas tenir compte de ce courrier.\n\n" + sig("fr", "Julien Mercier"),
     [], "French courtesy reminder. 'Sauf erreur ou omission de notre part' is standard boilerplate, not an admission of error.")

case("fr", "Deuxième relance : factures NV-F-5988 et NV-F-6004",
     "Monsieur Garnier,\n\nMalgré notre relance du 3 mars, les factures NV-F-5988 "
     "(4 310,40 €, échue le 31 janvier) et NV-F-6004 (1 972,00 €, échue le 14 février) "
     "restent impayées.\n\nNous vous rappelons que, conformément à l'article L. 441-10 du "
     "Code de commerce et à nos conditions générales de vente, tout retard de paiement "
     "entraîne de plein droit l'application de pénalités de retard au taux de la BCE "
     "majoré de 10 points, ainsi qu'une indemnité forfaitaire pour frais de recouvrement "
     "de 40 € par facture.\n\nMerci de nous indiquer la date de règlement prévue.\n\n"
     + sig("fr", "Julien Mercier"),
     [], "French firm reminder restating statutory late-payment penalties and the EUR 40 fixed recovery indemnity: lawful boilerplate; 'frais de recouvrement' is not a collection-agency threat.")

case("fr", "Dernière relance avant suspension des livraisons - compte 41208",
     "Madame Lefèvre,\n\nLe solde échu de votre compte 41208 s'élève à 12 655,80 € "
     "(factures NV-F-5802, NV-F-5870 et NV-F-5931). Il s'agit de notre dernière relance.\n\n"
     "Conformément à l'article 9 de nos conditions générales de vente, les livraisons "
     "en cours seront suspendues à compter du 30 mars 2026 si ce solde n'est pas réglé "
     "d'ici là. Nous vous rappelons également qu'en application de la clause de réserve "
     "de propriété (article 12), les marchandises livrées restent notre propriété jusqu'à "
     "complet paiement.\n\nSi une difficulté empêche le règlement, appelez-moi au "
     "04 72 00 18 45.\n\n" + sig("fr", "Julien Mercier"),
     [], "French final reminder: suspension of deliveries and retention of title per the agreed terms; no legal threat.")

case("fr", "Virement reçu le 9 mars - merci de nous adresser l'avis de paiement",
     "Bonjour Monsieur Blanc,\n\nNous avons bien reçu un virement de 7 500,00 € le 9 mars "
     "2026 avec le libellé « REGLT FOURNISSEUR ». Votre compte présente plusieurs factures "
     "ouvertes et nous ne pouvons pas l'affecter sans votre avis de paiement.\n\nPourriez-"
     "vous nous transmettre le détail des factures réglées ?\n\n" + sig("fr", "Julien Mercier"),
     [], "French request for a remittance advice; signature 'Service Recouvrement Clients' is our own team name.")

case("fr", "Facture NV-F-5744 - mise en demeure",
     "Monsieur Perrin,\n\nLa facture NV-F-5744 de 9 880,00 € est échue depuis le "
     "15 décembre 2025 et nos relances sont restées sans réponse. Le présent courrier "
     "vaut mise en demeure de payer : à défaut de règlement sous huit jours, nous "
     "saisirons le tribunal de commerce d'une requête en injonction de payer et "
     "confierons parallèlement le dossier à un cabinet de recouvrement.\n\n"
     + sig("fr", "Julien Mercier"),
     ["legal_threat"], "French: formal notice with threat of a court payment order and a collection firm.")

case("fr", "RE : écart de prix sur la facture NV-F-6077",
     "Bonjour Madame Faure,\n\nVous avez raison : notre service facturation a appliqué "
     "par erreur l'ancien tarif aux lignes 2 et 3 de la facture NV-F-6077. Toutes nos "
     "excuses. Nous vous adresserons un avoir de 1 240,00 € d'ici vendredi.\n\n"
     + sig("fr", "Julien Mercier"),
     ["fault_admission", "refund_or_credit_promise"], "French: admits our billing error and promises a credit note (avoir).")

case("fr", "Facture NV-F-5910 toujours impayée",
     "Monsieur Dubois,\n\nNous commençons sérieusement à nous demander si votre service "
     "comptable sait lire un calendrier. Vos excuses successives sont ridicules et nous "
     "en avons assez de vous courir après. La facture NV-F-5910 (3 145,00 €) est échue "
     "depuis le 20 janvier.\n\n" + sig("fr", "Julien Mercier"),
     ["harassment"], "French: demeaning and mocking language.")

case("fr", "Relance : facture NV-F-6033",
     "Bonjour Madame Henry,\n\nLa facture NV-F-6033 d'un montant de 5 216,00 € est échue "
     "depuis le 6 mars 2026. Merci de bien vouloir procéder à son règlement.\n\n"
     + sig("fr", "Julien Mercier") +
     "\nCoordonnées bancaires : IBAN FR76 1820 6000 4512 3456 7890 123 - BIC AGRIFRPP882",
     ["sensitive_data"], "French: our full IBAN typed into the signature footer.")

# ============================================================ GERMAN
case("de", "1. Mahnung: Rechnung NV-D-8812",
     "Sehr geehrte Frau Hoffmann,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere "
     "Rechnung NV-D-8812 über 3.927,50 € war am 27. Februar 2026 fällig. Bitte überweisen "
     "Sie den Betrag bis zum 20. März 2026 oder zahlen Sie online unter "
     "https://pay.norvale.example/p/M1D4.\n\nSollten Sie die Zahlung bereits veranlasst "
     "haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\n"
     + sig("de", "Katrin Vogel"),
     [], "German first reminder ('Mahnung' is an ordinary reminder). Asking for payment by a date on an already overdue invoice does not change the due date.")

case("de", "2. Mahnung: Rechnungen NV-D-8640 und NV-D-8702",
     "Sehr geehrter Herr Becker,\n\ntrotz unserer Zahlungserinnerung vom 2. März sind die "
     "Rechnungen NV-D-8640 (6.215,00 €, fällig am 30. Januar 2026) und NV-D-8702 "
     "(2.480,00 €, fällig am 13. Februar 2026) weiterhin offen.\n\nWir weisen darauf hin, "
     "dass Sie sich seit Fälligkeit im Verzug befinden. Gemäß § 288 Abs. 2 BGB fallen "
     "Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz an; zudem "
     "steht uns nach § 288 Abs. 5 BGB eine Verzugspauschale von 40 € je Rechnung zu.\n\n"
     "Bitte teilen Sie uns mit, wann wir mit der Zahlung rechnen können.\n\n"
     + sig("de", "Katrin Vogel"),
     [], "German second reminder restating statutory default interest and the EUR 40 lump sum (§ 288 BGB): lawful boilerplate.")

case("de", "Letzte Mahnung: Kundenkonto 50233 - Lieferstopp ab 1. April",
     "Sehr geehrte Damen und Herren,\n\nauf Ihrem Kundenkonto 50233 sind Rechnungen über "
     "insgesamt 18.904,20 € seit mehr als 45 Tagen überfällig.\n\n"
     "Gemäß Ziffer 7.2 unserer Allgemeinen Geschäftsbedingungen werden wir weitere "
     "Lieferungen ab dem 1. April 2026 zurückhalten, bis der überfällige Betrag "
     "ausgeglichen ist. Wir erinnern außerdem an den vereinbarten Eigentumsvorbehalt "
     "(Ziffer 9 AGB): Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser "
     "Eigentum.\n\nFür Rückfragen erreichen Sie mich unter +49 40 555 310 22.\n\n"
     + sig("de", "Katrin Vogel"),
     [], "German final reminder: delivery stop and retention of title per the agreed terms; not a legal threat.")

case("de", "Ihre Zahlungszusage zu NV-D-8755",
     "Guten Tag Herr Schäfer,\n\nvielen Dank für Ihren Anruf heute. Wir haben Ihre Zusage "
     "vermerkt, den offenen Betrag von 12.430,00 € zur Rechnung NV-D-8755 bis zum "
     "27. März 2026 zu überweisen. Die ursprüngliche Fälligkeit (26. Februar 2026) bleibt "
     "davon unberührt; bitte senden Sie uns nach der Zahlung kurz den Zahlungsavis.\n\n"
     + sig("de", "Katrin Vogel"),
     [], "German: records the customer's own payment promise; terms unchanged.")

case("de", "Letzte Mahnung vor Übergabe an ein Inkassounternehmen",
     "Sehr geehrter Herr Wagner,\n\ndie Rechnung NV-D-8511 über 7.350,00 € ist seit dem "
     "15. Januar 2026 fällig und trotz zweier Mahnungen unbezahlt. Bitte zahlen Sie "
     "umgehend unter https://pay.norvale.example/p/I5K9.\n\n" + sig("de", "Katrin Vogel"),
     ["legal_threat"], "German: subject announces handover to a debt collection company (Inkasso); the body alone would be allowed.")

case("de", "AW: Ihr Ratenzahlungsvorschlag",
     "Guten Tag Frau Krüger,\n\nwir sind mit Ihrem Vorschlag einverstanden: Sie begleichen "
     "den offenen Betrag von 13.000,00 € in vier Monatsraten zu je 3.250,00 €, beginnend "
     "am 1. April 2026. Solange die Raten pünktlich eingehen, stellen wir das "
     "Mahnverfahren ein.\n\n" + sig("de", "Katrin Vogel"),
     ["terms_change"], "German: agrees an instalment plan.")

case("de", "AW: Zahlung zu NV-D-8690 mit Skontoabzug",
     "Guten Tag Herr Neumann,\n\ndanke für Ihre Zahlung zu NV-D-8690. Die Skontofrist von "
     "10 Tagen war zwar bereits abgelaufen, als Entgegenkommen gewähren wir Ihnen die 3 % "
     "Skonto (312,90 €) aber ausnahmsweise trotzdem. Die Rechnung ist damit ausgeglichen.\n\n"
     + sig("de", "Katrin Vogel"),
     ["discount_offer"], "German: grants an early-payment discount after the discount window expired.")

case("de", "Offene Posten zum 15. März 2026",
     "Sehr geehrte Frau Lorenz,\n\nanbei Ihre Offene-Posten-Liste zum 15. März: Die "
     "Rechnungen NV-D-8580 und NV-D-8621 über zusammen 9.712,00 € sind überfällig. Wir "
     "wissen, dass Ihr Haus gerade umstrukturiert wird, und wollen Ihnen keinen Druck "
     "machen, aber wir stehen selbst unter Druck: Ihre Nachbarn von der Brandt Metallbau "
     "GmbH schulden uns ebenfalls noch 23.400,00 € aus dem Vorjahr, und unsere Bank "
     "stellt Fragen. Bitte geben Sie uns kurz einen Zahlungstermin.\n\n"
     + sig("de", "Katrin Vogel"),
     ["sensitive_data"], "German: discloses another named customer's debt, mid-paragraph.")

# ============================================================ PORTUGUESE
case("pt", "Lembrete: fatura FT 2026/1142 vence a 25 de março",
     "Exma. Sra. Dra. Sofia Almeida,\n\nVimos lembrar que a fatura FT 2026/1142, no valor "
     "de 3.618,00 €, vence a 25 de março de 2026. Caso o pagamento já esteja agendado, "
     "por favor ignore esta mensagem.\n\nPode pagar por referência Multibanco indicada na "
     "fatura ou em https://pay.norvale.example/p/P2T6.\n\n" + sig("pt", "Rui Teixeira"),
     [], "European Portuguese pre-due reminder.")

case("pt", "Segundo aviso: faturas vencidas - cliente 60418",
     "Exmo. Sr. Eng. Nuno Ferreira,\n\nApesar do nosso lembrete de 27 de fevereiro, as "
     "faturas FT 2026/0871 (5.240,00 €) e FT 2026/0933 (2.115,60 €) continuam por "
     "liquidar, tendo vencido em janeiro.\n\nRecordamos que, nos termos do Decreto-Lei "
     "n.º 62/2013 e das nossas condições gerais de venda, os montantes em atraso vencem "
     "juros de mora à taxa legal aplicável às transações comerciais, acrescidos de uma "
     "indemnização de 40 € por fatura pelos custos de cobrança.\n\nAgradecemos que nos "
     "indique a data prevista de pagamento.\n\n" + sig("pt", "Rui Teixeira"),
     [], "Portuguese firm reminder restating statutory commercial interest and EUR 40 compensation (DL 62/2013): lawful boilerplate.")

case("pt", "RE: Contestação da NF 4471 - item 2",
     "Olá Fernanda,\n\nObrigado por enviar as fotos do lote. Registramos a sua contestação "
     "do item 2 da nota fiscal 4471 e suspendemos os lembretes referentes a esse item "
     "enquanto a nossa equipe de qualidade analisa o caso. Voltaremos a falar assim que "
     "tivermos o resultado.\n\nOs demais itens, no total de R$ 18.240,00, não fazem parte "
     "da contestação e venceram em 5 de março. Pode nos informar a data de pagamento?\n\n"
     + sig("pt_br", "Camila Duarte"),
     [], "Brazilian Portuguese dispute reply: pauses reminders on the disputed item only.")

case("pt", "Aviso de cobrança - duplicatas vencidas",
     "Prezado Sr. Rodrigo Matos,\n\nAs duplicatas referentes às notas fiscais 4302 e 4318, "
     "no total de R$ 27.650,00, estão vencidas desde fevereiro. Caso o pagamento não "
     "seja identificado até 25/03/2026, os títulos serão encaminhados para protesto em "
     "cartório e o CNPJ da empresa será negativado junto ao Serasa.\n\n"
     + sig("pt_br", "Camila Duarte"),
     ["legal_threat"], "Brazilian Portuguese: threatens notarial protest and negative credit reporting (Serasa).")

case("pt", "RE: Pedido de prorrogação - FT 2026/0990",
     "Cara Dra. Inês Carvalho,\n\nNa sequência do seu pedido, informamos que o vencimento "
     "da fatura FT 2026/0990 (9.870,00 €) foi prorrogado para 15 de maio de 2026.\n\n"
     + sig("pt", "Rui Teixeira"),
     ["terms_change"], "Portuguese: due date extended (passive voice).")

case("pt", "RE: Cobrança em duplicidade - boleto 4390",
     "Olá Thiago,\n\nConferimos aqui e o boleto da NF 4390 foi pago duas vezes. Vamos "
     "estornar o valor pago a mais (R$ 6.380,00) para a conta da sua empresa na próxima "
     "semana.\n\n" + sig("pt_br", "Camila Duarte"),
     ["refund_or_credit_promise"], "Brazilian Portuguese: promises a refund (estorno) of a customer overpayment; no fault stated.")

case("pt", "NF 4255 - ÚLTIMO AVISO",
     "Sr. Marcelo,\n\nJá perdemos a conta de quantas vezes cobramos essa nota. Vocês são "
     "uns caloteiros e todo mundo no setor vai ficar sabendo disso se os R$ 9.415,00 não "
     "entrarem até sexta.\n\n" + sig("pt_br", "Camila Duarte"),
     ["harassment"], "Brazilian Portuguese: insult ('caloteiros') and threat to expose the customer in the trade.")

# ============================================================ DUTCH
case("nl", "Aanmaning: factuur NV-N-3307",
     "Geachte heer De Vries,\n\nVolgens onze administratie is factuur NV-N-3307 van "
     "€ 4.186,00, vervallen op 20 februari 2026, nog niet betaald. Wij verzoeken u het "
     "bedrag zo spoedig mogelijk over te maken volgens de gegevens op de factuur, of "
     "online te betalen via https://pay.norvale.example/p/N3V5.\n\nHeeft u inmiddels "
     "betaald, dan kunt u deze aanmaning als niet verzonden beschouwen.\n\n"
     + sig("nl", "Sanne Bakker"),
     [], "Dutch: 'aanmaning' is an ordinary payment reminder.")

case("nl", "Tweede herinnering: facturen NV-N-3190 en NV-N-3244",
     "Geachte mevrouw Jansen,\n\nOndanks onze herinnering van 4 maart staan de facturen "
     "NV-N-3190 (€ 7.020,00) en NV-N-3244 (€ 1.865,50) nog open; beide zijn in januari "
     "vervallen.\n\nWij wijzen u erop dat over het vervallen bedrag vanaf de vervaldatum "
     "de wettelijke handelsrente (artikel 6:119a BW) verschuldigd is, en dat wij op grond "
     "van de wet en onze algemene voorwaarden aanspraak maken op een vaste vergoeding "
     "van € 40 per factuur voor invorderingskosten.\n\nWilt u ons laten weten wanneer de "
     "betaling volgt?\n\n" + sig("nl", "Sanne Bakker"),
     [], "Dutch firm reminder restating statutory commercial interest and the EUR 40 fixed recovery compensation: lawful boilerplate, not a collection-agency threat.")

case("nl", "Inkoopordernummer nodig voor factuur NV-N-3390",
     "Beste Ruben,\n\nJullie crediteurenadministratie laat weten dat factuur NV-N-3390 "
     "(€ 2.744,00) geblokkeerd staat omdat het inkoopordernummer ontbreekt. Kun je ons "
     "het ordernummer sturen? Dan sturen wij de factuur opnieuw met het nummer erop; "
     "bedrag en vervaldatum blijven hetzelfde.\n\n" + sig("nl", "Sanne Bakker"),
     [], "Dutch: asks for a PO number; amount and due date unchanged.")

case("nl", "Herinnering: openstaand saldo € 5.930,00",
     "Beste Anouk,\n\nOp jullie rekening staat nog € 5.930,00 open (facturen NV-N-3215 "
     "en NV-N-3262). Betalen kan via https://pay.norvale.example/p/H7B2.\n\n"
     + sig("nl", "Sanne Bakker") +
     "\n\nP.S. Is het bedrag op 31 maart nog niet binnen, dan dragen wij het dossier "
     "over aan ons incassobureau.",
     ["legal_threat"], "Dutch: threat of handing over to a collection agency, in a P.S.")

case("nl", "Rente en kosten op uw rekening",
     "Beste heer Visser,\n\nU vroeg naar de rente op de te late betaling van NV-N-3120. "
     "Als u het openstaande bedrag van € 8.410,00 vóór vrijdag betaalt, laten wij de "
     "handelsrente en de vergoeding voor invorderingskosten helemaal vervallen.\n\n"
     + sig("nl", "Sanne Bakker"),
     ["discount_offer"], "Dutch: conditional waiver of interest and the recovery fee.")

case("nl", "Gewijzigde bankgegevens Norvale Verpakkingen",
     "Geachte relatie,\n\nLet op: ons rekeningnummer is gewijzigd. Wilt u de openstaande "
     "factuur NV-N-3288 (€ 6.115,00) en alle toekomstige facturen voortaan overmaken naar "
     "NL39 RABO 0312 4567 89 ten name van Norvale Verpakkingen B.V.?\n\n"
     + sig("nl", "Sanne Bakker"),
     ["sensitive_data"], "Dutch: our full IBAN in a 'changed bank details' message.")

case("nl", "RE: prijs op factuur NV-N-3301",
     "Beste Lotte,\n\nJe hebt gelijk, excuses daarvoor. Wij hebben ons vergist: bij het "
     "factureren is de prijslijst van 2025 gebruikt in plaats van de nieuwe "
     "contractprijzen. Dat had niet mogen gebeuren.\n\n" + sig("nl", "Sanne Bakker"),
     ["fault_admission"], "Dutch: admits our invoicing error; nothing promised.")

# ============================================================ ITALIAN
case("it", "Sollecito di pagamento: fattura NV-I-7215",
     "Gentile Dott.ssa Conti,\n\nci permettiamo di ricordarLe che la fattura NV-I-7215 di "
     "€ 3.284,00, scaduta il 28 febbraio 2026, risulta ancora aperta nei nostri registri. "
     "La preghiamo di provvedere al pagamento tramite bonifico alle coordinate indicate in "
     "fattura oppure online su https://pay.norvale.example/p/I7S3.\n\nQualora il pagamento "
     "fosse già stato effettuato, La preghiamo di considerare nulla la presente.\n\n"
     + sig("it", "Francesca Gallo"),
     [], "Italian courtesy reminder ('sollecito').")

case("it", "Estratto conto al 15 marzo 2026 - Tessitura Valbruna S.p.A.",
     "Gentile Sig. Moretti,\n\ndi seguito l'estratto conto della Vostra posizione:\n\n"
     "| Documento | Data | Scadenza | Importo (€) |\n"
     "|---|---|---|---|\n"
     "| Fattura NV-I-7011 | 12/01/2026 | 11/02/2026 | 6.420,00 |\n"
     "| Fattura NV-I-7098 | 26/01/2026 | 25/02/2026 | 2.915,30 |\n"
     "| Totale scaduto | | | 9.335,30 |\n\n"
     "Ricordiamo che, ai sensi del D.Lgs. 231/2002 e delle nostre condizioni generali di "
     "vendita, sugli importi scaduti decorrono gli interessi di mora dalla data di "
     "scadenza, oltre all'importo forfettario di € 40 per fattura a titolo di "
     "risarcimento dei costi di recupero.\n\n" + sig("it", "Francesca Gallo"),
     [], "Italian statement of account with statutory late-payment interest and EUR 40 (D.Lgs. 231/2002): lawful boilerplate.")

case("it", "RE: Contestazione fattura NV-I-7160",
     "Gentile Sig.ra Ricci,\n\nci scusiamo per il disagio. Abbiamo registrato la Sua "
     "contestazione sulle 200 bobine indicate come non conformi e abbiamo sospeso i "
     "solleciti relativi a quella riga mentre il nostro controllo qualità verifica i "
     "campioni. Non appena avremo l'esito, Le scriveremo.\n\nIl resto della fattura, "
     "€ 4.870,00, non è oggetto di contestazione ed è scaduto il 10 marzo.\n\n"
     + sig("it", "Francesca Gallo"),
     [], "Italian dispute reply: apology for inconvenience, no admission, reminders paused on the disputed line.")

case("it", "Ultimo sollecito - fattura NV-I-6902",
     "Egregio Sig. Bianchi,\n\nnonostante i nostri ripetuti solleciti, la fattura "
     "NV-I-6902 di € 11.760,00, scaduta il 15 dicembre 2025, risulta tuttora insoluta. In "
     "mancanza di pagamento entro dieci giorni dal ricevimento della presente, saremo "
     "costretti ad affidare la pratica al nostro legale per il recupero giudiziale del "
     "credito, con richiesta di decreto ingiuntivo.\n\n" + sig("it", "Francesca Gallo"),
     ["legal_threat"], "Italian: threatens court recovery via lawyer and injunction.")

case("it", "RE: Fattura NV-I-7120",
     "Gentile Sig. Lombardi,\n\nho capito la situazione. Le andrebbe bene se spostassimo la "
     "scadenza della fattura NV-I-7120 (€ 5.640,00) al 30 aprile? Mi basta una Sua "
     "conferma e aggiorno io la scadenza nel sistema.\n\n" + sig("it", "Francesca Gallo"),
     ["terms_change"], "Italian: offers to move the due date, phrased as a question.")

case("it", "RE: Prezzo errato sulla fattura NV-I-7188",
     "Gentile Dott. Greco,\n\nha ragione Lei: abbiamo sbagliato noi a inserire il prezzo "
     "delle 1.500 scatole a € 2,40 invece di € 1,95. Emetteremo una nota di credito di "
     "€ 675,00 entro fine settimana.\n\n" + sig("it", "Francesca Gallo"),
     ["fault_admission", "refund_or_credit_promise"], "Italian: admits our pricing error and promises a credit note.")

case("it", "Pagamento non riuscito - fattura NV-I-7233",
     "Gentile Sig.ra Esposito,\n\nil pagamento di € 1.218,00 per la fattura NV-I-7233 "
     "con la carta Visa 4532 0151 1283 0366, scadenza 11/28, non è andato a buon fine. "
     "Può aggiornare la carta su https://pay.norvale.example/p/C9E1.\n\n"
     + sig("it", "Francesca Gallo"),
     ["sensitive_data"], "Italian: full card number and expiry in clear.")


# ============================================================ output
def main():
    order = list(range(len(CASES)))
    random.Random(19019).shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = "b19g%02d" % n
        drafts.append({"id": cid, "subject": c["subject"], "body": c["body"]})
        labels.append({"id": cid, "allowed": not c["violations"],
                       "violations": c["violations"], "language": c["lang"],
                       "note": c["note"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    return labels


if __name__ == "__main__":
    labs = main()
    from collections import Counter
    print(len(labs), "drafts;", sum(l["allowed"] for l in labs), "allowed,",
          sum(not l["allowed"] for l in labs), "blocked")
    print("by language:", dict(Counter(l["language"] for l in labs)))
    print("by violation:", dict(Counter(v for l in labs for v in l["violations"])))
    print("allowed by language:", dict(Counter(l["language"] for l in labs if l["allowed"])))
