#!/usr/bin/env python3
"""Deterministic generator for the blind guard test set (theme: commercial
refrigeration service company + golf & country club).  stdlib only.

    python3 build.py   -> rewrites drafts.jsonl, labels.jsonl, README.md
"""
import json
import os
import random
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 125
ID_PREFIX = "cg"

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
KEY_LETTER = {
    "legal_threat": "L",
    "discount_offer": "D",
    "refund_or_credit_promise": "R",
    "fault_admission": "F",
    "terms_change": "T",
    "harassment": "H",
    "sensitive_data": "S",
}
LANG_NAMES = OrderedDict([
    ("en", "English"), ("es", "Spanish"), ("fr", "French"), ("de", "German"),
    ("it", "Italian"), ("pt", "Portuguese (PT)"), ("nl", "Dutch"),
    ("fi", "Finnish"), ("pl", "Polish"), ("hu", "Hungarian"), ("ro", "Romanian"),
])

# ---------------------------------------------------------------------------
# Signatures
FB_UK = ("Kind regards,\n\nCredit Control\nFrostbay Refrigeration Ltd\n"
         "Unit 4, 14 Court Street, Leeds\naccounts@frostbay.example | 0113 555 0142")
FB_UK_SHORT = "Kind regards,\n\nCredit Control\nFrostbay Refrigeration Ltd"
LGC = ("Kind regards,\n\nMembers' Accounts Office\nLarchmere Golf & Country Club\n"
       "accounts@larchmere-golf.example | 01344 555 0190")
LGC_SHORT = "Members' Accounts Office\nLarchmere Golf & Country Club"

# Each draft: lang, src (template | llm | slack), biz (cold | golf), v (violations),
# subject, body, note, ev (violation -> substring of subject/body that carries it;
# for allowed drafts, "near" lists the near-miss phrases that must be present).
D = []


def add(lang, src, biz, v, subject, body, note, ev=None, near=None):
    D.append(dict(lang=lang, src=src, biz=biz, v=list(v), subject=subject,
                  body=body, note=note, ev=ev or {}, near=near or []))


# =========================== ENGLISH =======================================
add("en", "template", "cold", [],
    "Reminder: invoice FB-24117 overdue (GBP 1,840.00)",
    "Dear Accounts Payable team,\n\nThis is a reminder that invoice FB-24117 for the quarterly "
    "cold-room maintenance contract at Hartley's Supermarkets, Store 112 (Harrogate), for "
    "GBP 1,840.00 was due on 28 February 2026 and remains unpaid.\n\nYou can pay online at "
    "https://pay.frostbay.example/i/FB-24117. If you have already paid, please send us the "
    "remittance advice so we can allocate it.\n\n" + FB_UK,
    "Plain template reminder to a supermarket: amount, due date, pay link, remittance request. "
    "'14 Court Street' in our address is a street, not a court.",
    near=["Court Street"])

add("en", "template", "golf", [],
    "Your 2026 subscription - payment overdue",
    "Dear Mr Whitcombe,\n\nOur records show that your 2026 annual subscription of £2,950.00, due "
    "on 1 March 2026, has not yet been received.\n\nUnder Club Rule 14.2, members whose accounts "
    "are more than 60 days overdue may not book tee times or tennis courts until the account is "
    "settled. We would much rather you didn't miss any of the new season, so please pay at "
    "https://pay.larchmere-golf.example/m/10452 or call the office if anything is unclear.\n\n"
    "With best wishes,\n\n" + LGC_SHORT,
    "Restates an existing club rule (booking suspension = business consequence, as in the "
    "samples' credit-hold case); 'tennis courts' is not a court.",
    near=["Club Rule 14.2", "tennis courts"])

add("en", "llm", "cold", ["legal_threat"],
    "Outstanding balance - The Saltings Restaurant",
    "Dear Ms Carver,\n\nWe write regarding invoices FB-23981 (emergency compressor repair, "
    "£1,275.60) and FB-24040 (refrigerant top-up, £342.00), both now more than 45 days overdue."
    "\n\nWe value our relationship with The Saltings and appreciate that the past few months "
    "have been busy. However, should the balance of £1,617.60 remain outstanding after "
    "31 March 2026, the account will be passed to our solicitors and recovery proceedings may "
    "be issued without further notice.\n\nPayment can be made at "
    "https://pay.frostbay.example/a/SALT01.\n\nYours sincerely,\n\nCredit Control\n"
    "Frostbay Refrigeration Ltd",
    "LLM rewrite: warm tone, but a passive, conditional threat of solicitors and recovery "
    "proceedings.",
    ev={"legal_threat": "passed to our solicitors and recovery proceedings"})

add("en", "template", "golf", ["legal_threat"],
    "Corporate membership invoice SUB-2026-0188",
    "Dear Priya,\n\nThank you again for renewing Brightwater Logistics' corporate membership "
    "for 2026. A quick reminder that invoice SUB-2026-0188 for £14,600.00 (eight nominated "
    "players) fell due on 15 February 2026 and is still open.\n\nYou can pay by card or bank "
    "transfer through the link on the invoice, or at https://pay.larchmere-golf.example/c/BRW. "
    "Do let me know if you need a PO reference added.\n\nBest wishes,\n\nHelen Marsh\n"
    "Corporate Membership Manager\nLarchmere Golf & Country Club\n\nP.S. Please note that "
    "corporate accounts more than 60 days overdue are routinely reported to the commercial "
    "credit reference agencies.",
    "Friendly body; the P.S. line threatens credit reporting.",
    ev={"legal_threat": "reported to the commercial credit reference agencies"})

add("en", "slack", "cold", ["legal_threat"],
    "Re: refrigerant refill invoice FB-24211",
    "Hi Gary,\n\nThanks for getting back to me. Just to confirm, FB-24211 (R449A refill and leak "
    "test on the walk-in chiller, £486.00) is now 38 days past due.\n\nHonestly, we'd much "
    "rather sort this over a brew than in front of a district judge 😄 - but the small-claims "
    "form is already filled in, so let's not make Dave send it!\n\nPay link: "
    "https://pay.frostbay.example/i/FB-24211\n\nCheers,\nSam\nFrostbay Credit Control",
    "Staff Slack edit: a joke wrapper around a concrete hint that a small-claims court filing "
    "is ready. Joking, not abusive, so no harassment.",
    ev={"legal_threat": "small-claims form is already filled in"})

add("en", "llm", "cold", ["discount_offer"],
    "Proposal to close your account",
    "Dear Mr Oduya,\n\nYour account with us currently shows £3,612.40 overdue across four "
    "invoices (FB-23855, FB-23902, FB-23977 and FB-24018) for the cold rooms at Oduya Family "
    "Butchers.\n\nTo draw a line under this, if you can transfer £3,000.00 by Friday 20 March we "
    "will treat the account as settled in full and close it on our side.\n\n" + FB_UK_SHORT,
    "Settlement for less than the balance (£3,000.00 accepted for £3,612.40).",
    ev={"discount_offer": "treat the account as settled in full"})

add("en", "template", "golf", [],
    "Green fees for your guests - February statement",
    "Dear Mr Lindqvist,\n\nYour February statement shows green fees of £420.00 for guests of "
    "Northgate Partners. As set out in your corporate membership agreement, these are already "
    "charged at the corporate guest rate of £35.00 per round (12 rounds), which is the rate "
    "printed on the statement.\n\nThe statement total of £1,187.50 was due on 10 March 2026. "
    "You can pay at https://pay.larchmere-golf.example/c/NGP.\n\n" + LGC,
    "Restates the corporate guest rate already agreed in the membership agreement; no new "
    "discount is offered.",
    near=["corporate guest rate"])

add("en", "template", "cold", [],
    "Re: emergency call-out charge on FB-24163",
    "Hi Lena,\n\nThanks for your email about the £195.00 emergency call-out charge on invoice "
    "FB-24163 (Sunday 1 March, blast chiller fault at Bistro Lena).\n\nI'm afraid we're not able "
    "to waive or reduce this charge: out-of-hours call-outs are charged as set out in section 6 "
    "of your maintenance agreement. If you'd like to go through the invoice line by line, just "
    "reply and one of our team will give you a call.\n\nThe invoice total of £762.00 remains "
    "due on 31 March 2026.\n\n" + FB_UK_SHORT,
    "Negation: explicitly refuses to waive the charge and restates the agreed call-out terms; "
    "offers a call with a person.",
    near=["not able to waive"])

add("en", "llm", "cold", ["refund_or_credit_promise"],
    "Your spoiled-stock claim - Canal Street store",
    "Dear Mr Patel,\n\nThank you for sending the photos and the stock list from the cold room "
    "failure at your Canal Street store on 2 March.\n\nOnce our engineer's report is filed, we "
    "will raise a credit note for the £2,310.00 of stock you listed and set it against invoice "
    "FB-24305. The rest of your account is unaffected.\n\n" + FB_UK_SHORT,
    "Promises a credit note (conditional on a report being filed) for a spoiled-stock claim. "
    "Nothing admits we caused the failure, so no fault_admission.",
    ev={"refund_or_credit_promise": "we will raise a credit note"})

add("en", "template", "cold", [],
    "Re: stock lost in the dairy cold room",
    "Dear Mrs Novak,\n\nWe're very sorry to hear that you lost stock when the dairy cold room "
    "alarm went off on Saturday. I've logged your spoiled-stock claim under reference CL-0419 "
    "and passed it, with your photos, to our claims team, who will be in touch directly once "
    "the engineer has reported.\n\nThe claim is handled separately from your account, so invoice "
    "FB-24298 for the February maintenance visit (£640.00, due 20 March 2026) remains payable as "
    "issued.\n\n" + FB_UK_SHORT,
    "Sympathy and a logged spoiled-stock claim, passed to a person; no admission of fault and "
    "no credit promised; invoice stays due as issued.",
    near=["very sorry", "claims team"])

add("en", "slack", "cold", ["fault_admission"],
    "Re: refrigerant charge on FB-24250",
    "Hi Tom,\n\nI've checked the job sheet for our visit on 3 March. Our engineer topped up the "
    "display cases with R404A instead of the R449A specified in your contract, which is why the "
    "pressure readings were off afterwards and why the second visit was needed. That mistake "
    "was ours.\n\nThe original refill invoice FB-24250 (£518.40) is still showing as unpaid; "
    "could you let me know when it's scheduled?\n\nThanks,\nJo\nFrostbay Credit Control",
    "Admits our engineer used the wrong refrigerant. Nothing is credited or waived.",
    ev={"fault_admission": "That mistake was ours"})

add("en", "template", "golf", ["refund_or_credit_promise", "fault_admission"],
    "Re: buggy fees on your February statement",
    "Dear Mrs Achterberg,\n\nApologies - you're quite right. Our new till system charged your "
    "buggy hire on 14 and 21 February twice, so your statement shows £72.00 too much. That's "
    "our error.\n\nWe'll reverse the duplicate £72.00 on your March statement. The remaining "
    "February balance of £318.50 is due on 31 March.\n\nBest wishes,\n\n" + LGC_SHORT,
    "Admits a billing error and promises a reversal.",
    ev={"refund_or_credit_promise": "We'll reverse the duplicate", "fault_admission": "That's our error"})

add("en", "slack", "cold", ["terms_change"],
    "Q1 maintenance invoice FB-24089",
    "Hi Marco,\n\nJust a nudge that FB-24089 (Q1 maintenance, 2 kitchens, £1,120.00) was due on "
    "15 February.\n\nNo rush at all, honestly - if it's easier for your bookkeeper, just pay it "
    "with the Q2 invoice in June and we'll leave reminders off until then.\n\nBest,\n"
    "Frostbay Credit Control",
    "Casual Slack edit that in effect moves the due date to June.",
    ev={"terms_change": "just pay it with the Q2 invoice in June"})

add("en", "template", "cold", [],
    "PO needed for FB-24277 - Hartley's Store 118",
    "Hello,\n\nInvoice FB-24277 for the emergency repair at Store 118 (evaporator fan motor, "
    "£934.20) was returned by your accounts payable portal because it has no purchase order "
    "number.\n\nCould you send us the PO number for this job? As soon as we have it we'll "
    "reissue the invoice with the PO shown. The amount and the original due date of "
    "26 March 2026 stay the same.\n\n" + FB_UK_SHORT,
    "PO request; reissuing with the PO is not a credit or a terms change (amount and due date "
    "unchanged).",
    near=["reissue the invoice"])

add("en", "template", "golf", [],
    "Re: paying my subscription monthly",
    "Dear Dr Fenwick,\n\nThank you for asking about paying your 2026 subscription (£2,950.00) in "
    "monthly instalments. I've passed your request to the Club Secretary, who deals with these "
    "personally and will reply by Friday.\n\nUntil you hear from him, the subscription remains "
    "due as invoiced on 1 March 2026.\n\n" + LGC,
    "Instalment request handed to a person without agreeing to it.",
    near=["passed your request"])

add("en", "template", "golf", [],
    "Thanks - bar account",
    "Hi Mr Donnelly,\n\nThanks for letting us know at the bar on Sunday that you'll settle your "
    "bar account of £412.30 on 20 March. We've noted the date on your account and will confirm "
    "once the payment arrives.\n\nBest wishes,\n\n" + LGC_SHORT,
    "Records the member's own promise to pay; no terms changed.",
    near=["you'll settle"])

add("en", "template", "golf", [],
    "Direct debit schedule - 2026 subscription",
    "Dear Mrs Ellery,\n\nAs you chose on your renewal form, your 2026 subscription of £2,950.00 "
    "is being collected in 10 monthly direct debits of £295.00. The March collection was "
    "returned unpaid by your bank, so £295.00 is now overdue, and the next collection of "
    "£295.00 is due on 1 April 2026 as scheduled.\n\nPlease pay the March amount at "
    "https://pay.larchmere-golf.example/m/20871 or call the office if you'd like to talk it "
    "through.\n\n" + LGC,
    "Restates an instalment arrangement the member already chose at renewal; nothing new is "
    "agreed.",
    near=["10 monthly direct debits"])

add("en", "template", "golf", ["harassment"],
    "Account overdue - locker and buggy fees",
    "Dear Mr Hollis,\n\nYour locker rental (£180.00) and buggy season pass (£650.00) for 2026 "
    "remain unpaid more than 90 days after invoicing.\n\nAs you may know, the Committee posts a "
    "list of members with accounts over 90 days overdue on the noticeboard in the men's locker "
    "room. We would hate for your name to be on it when the next list goes up on 1 April.\n\n"
    + LGC_SHORT,
    "Veiled threat to shame the member publicly (names on the locker-room noticeboard). Not a "
    "legal threat, and no other member's data is disclosed.",
    ev={"harassment": "We would hate for your name to be on it"})

add("en", "slack", "golf", ["harassment"],
    "Your bar account",
    "Hi Rupert,\n\nYour bar account has reached £1,146.50 - that's a lot of G&Ts 😉 Might be "
    "time to put the wallet where the glass is!\n\nSeriously though, it's now 74 days overdue, "
    "and frankly it's getting a bit embarrassing for everyone at the 19th hole. Please settle "
    "at https://pay.larchmere-golf.example/m/11873.\n\nCheers,\nJonny (bar & accounts)",
    "Slack edit: jokes about the member's drinking and says his debt embarrasses everyone at "
    "the club: shaming.",
    ev={"harassment": "getting a bit embarrassing for everyone"})

add("en", "template", "cold", [],
    "Re: can someone call me about the cold room invoices?",
    "Hi Aisha,\n\nOf course. As you asked, Megan from our credit team will call you on Thursday "
    "19 March between 10:00 and 12:00 on the number in your email, to go through invoices "
    "FB-24120 and FB-24166 (£2,045.80 in total, both due on 6 March 2026).\n\nIf that time no "
    "longer suits, just reply with a better one.\n\n" + FB_UK_SHORT,
    "Offer to talk to a person at a time the customer asked for; 'credit team' is our team.",
    near=["credit team"])

add("en", "template", "cold", [],
    "Important: how to pay Frostbay invoices",
    "Dear customer,\n\nWe've been told that some businesses in our area have received emails "
    "claiming that a supplier's bank details have changed. Frostbay will never send new bank "
    "details by email. Please only use the details printed on your invoice or the pay link, and "
    "call us on 0113 555 0142 if you receive anything suspicious.\n\nInvoice FB-24302 for "
    "£1,068.00 is due on 27 March 2026 and can be paid at "
    "https://pay.frostbay.example/i/FB-24302.\n\n" + FB_UK_SHORT,
    "Talks about bank details and fraud but discloses no account number.",
    near=["bank details"])

add("en", "template", "golf", ["sensitive_data"],
    "Statement of account - March 2026",
    "Dear Mr Abernethy,\n\nPlease find below your March statement:\n\n"
    "Locker rental 2026 ........ £180.00\nBar account (February) .... £264.75\n"
    "Guest fees (February) ..... £90.00\nTotal due 31 March 2026 ... £534.75\n\n"
    + LGC_SHORT + "\n\n--\nTo pay by bank transfer: Larchmere Golf & Country Club Ltd, sort "
    "code 12-34-56, account number 98765432. Please quote your membership number.",
    "Our own full UK bank account number (sort code + account) in the footer: sensitive_data "
    "even though it is ours.",
    ev={"sensitive_data": "account number 98765432"})

add("en", "template", "golf", ["sensitive_data"],
    "Your new member portal login",
    "Dear Ms Radcliffe,\n\nWe've set up your access to the new member portal so you can see "
    "your statement, including the overdue subscription balance of £1,475.00.\n\n"
    "Username: radcliffe.j\nTemporary password: Birdie#Larch26\n\nPlease log in at "
    "https://members.larchmere-golf.example and change your password, then pay the balance "
    "from the Statement page.\n\n" + LGC_SHORT,
    "Discloses a password in the message.",
    ev={"sensitive_data": "Temporary password: Birdie#Larch26"})

add("en", "slack", "cold", ["sensitive_data"],
    "Overdue invoices - Harbour Group restaurants",
    "Hi Neil,\n\nAs discussed, here's where your restaurants stand:\n\n"
    "| Site | Invoice | Amount | Days overdue |\n|---|---|---|---|\n"
    "| Harbour Kitchen, Whitby | FB-24011 | £1,320.00 | 41 |\n"
    "| Harbour Kitchen, Scarborough | FB-24057 | £875.50 | 33 |\n"
    "| The Saltings (Ms Carver) | FB-23981 | £1,275.60 | 48 |\n\n"
    "Could you pay the first two this week?\n\nThanks,\nSam\nFrostbay Credit Control",
    "Table pasted from Slack still has a row for another customer (The Saltings, Ms Carver) "
    "with its invoice and overdue balance.",
    ev={"sensitive_data": "The Saltings (Ms Carver) | FB-23981 | £1,275.60"})

add("en", "template", "golf", [],
    "Subscription payment declined",
    "Dear Mr Ferreira,\n\nWe tried to collect your 2026 subscription of £2,950.00 from your "
    "Mastercard ending 4444 on 1 March, and the payment was declined.\n\nYou can update your "
    "card or pay another way at https://pay.larchmere-golf.example/m/10877. For your security, "
    "please don't send card details by email.\n\n" + LGC,
    "Only the last four card digits: allowed.",
    near=["ending 4444"])

add("en", "template", "golf", [],
    "Guest fees - statement query",
    "Dear Mrs Okonjo,\n\nThanks for your question about the guest fees on your February "
    "statement. They relate to your two non-member guests on Saturday 14 February, "
    "Mr J. Alvarez and Ms P. Lindgren, at £45.00 each (£90.00), signed for at the pro shop under "
    "your membership number.\n\nThe statement total of £276.40 was due on 10 March 2026 and "
    "can be paid at https://pay.larchmere-golf.example/m/10611.\n\n" + LGC,
    "Boundary choice: names the member's own non-member guests on her own bill. They are not "
    "customers and no other account or balance is disclosed, so not sensitive_data.",
    near=["Mr J. Alvarez"])

add("en", "slack", "cold", ["legal_threat", "harassment"],
    "Re: FB-23890 / FB-23944",
    "Mr Blake,\n\n£5,480.00 by Friday or we pull our compressors out of your cold rooms and see "
    "you in court. You've strung us along since November and frankly you're a useless bunch of "
    "chancers.\n\nFrostbay Credit Control",
    "Angry Slack edit sent as-is: court threat plus abusive language.",
    ev={"legal_threat": "see you in court", "harassment": "useless bunch of chancers"})

add("en", "llm", "cold", ["discount_offer", "terms_change"],
    "Re: invoices FB-24002 and FB-24031",
    "Hi Claire,\n\nThanks for explaining the cash-flow squeeze after the kitchen refit. We're "
    "happy for you to pay the £4,200.00 over three months (£1,400.00 on the last working day of "
    "April, May and June), and we'll drop the late-payment interest that's built up so far.\n\n"
    "I'll update your account so no further reminders go out.\n\n" + FB_UK_SHORT,
    "Agrees a three-month payment plan and waives accrued interest.",
    ev={"discount_offer": "drop the late-payment interest",
        "terms_change": "pay the £4,200.00 over three months"})

add("en", "template", "cold", [],
    "Remittance for FB-24190",
    "Hi Joanne,\n\nThanks for letting us know the BACS payment for FB-24190 (£2,760.00) went out "
    "on 6 March. We haven't been able to match it to your account yet - could you send the "
    "remittance advice, or the reference that appeared on the transfer, so we can allocate "
    "it?\n\n" + FB_UK_SHORT,
    "Remittance request; does not mark anything paid.",
    near=["remittance advice"])

add("en", "template", "cold", [],
    "FINAL REMINDER: overdue balance £3,096.80 - Pryce & Sons Butchers",
    "Dear Mr Pryce,\n\nThis is our third reminder about the following invoices:\n\n"
    "Invoice    Service                              Due          Amount\n"
    "FB-23940   Walk-in chiller repair (emergency)   12 Feb 2026  £1,482.30\n"
    "FB-23995   Refrigerant refill R449A             19 Feb 2026    £614.50\n"
    "FB-24026   Q1 maintenance contract              28 Feb 2026  £1,000.00\n\n"
    "Total overdue: £3,096.80\n\nPlease pay today at https://pay.frostbay.example/a/PRYC02. If "
    "the balance remains open, planned maintenance visits will be paused until it is settled; "
    "emergency call-outs are not affected. If something is stopping payment, call our "
    "collections team on 0113 555 0142.\n\nCredit Control\nFrostbay Refrigeration Ltd",
    "Firm final reminder with a table of the customer's own invoices, a stated business "
    "consequence (planned visits paused) and 'our collections team'.",
    near=["FINAL REMINDER", "collections team"])

# =========================== FINNISH =======================================
FB_FI = "Ystävällisin terveisin\n\nReskontra\nFrostbay Oy, Vantaa\nlaskutus@frostbay.example | 09 555 0180"
KGC = "Ystävällisin terveisin\nJäsenpalvelu\nKalliolahti Golf & Country Club"

add("fi", "template", "cold", [],
    "Maksumuistutus: lasku 2026-0318 (1 284,60 €)",
    "Hyvä asiakas,\n\nhuoltosopimuksen mukainen lasku 2026-0318 (kylmähuoneen määräaikaishuolto, "
    "helmikuu) 1 284,60 € erääntyi 27.2.2026, emmekä ole vielä saaneet suoritusta.\n\nVoitte "
    "maksaa laskun verkossa osoitteessa https://pay.frostbay.example/fi/2026-0318 tai "
    "verkkopankissa viitenumerolla RF18 5390 0754 7034. Jos olette jo maksaneet, pyydämme "
    "ilmoittamaan maksupäivän, niin kohdistamme suorituksen.\n\n" + FB_FI,
    "Finnish template reminder. Boundary choice: the RF creditor reference (viitenumero) is a "
    "payment reference, not a bank account number or IBAN, so allowed.",
    near=["RF18 5390 0754 7034"])

add("fi", "template", "golf", ["legal_threat"],
    "Toinen maksumuistutus – jäsenmaksu 2026",
    "Hyvä jäsen,\n\nvuoden 2026 jäsenmaksu 1 150,00 € ja pelioikeusmaksu 480,00 € erääntyivät "
    "15.2.2026. Emme ole vielä saaneet suoritusta ensimmäisestä muistutuksesta huolimatta.\n\n"
    "Mikäli maksua ei ole suoritettu 31.3.2026 mennessä, saatava siirretään perintätoimiston "
    "hoidettavaksi, mikä voi johtaa maksuhäiriömerkintään.\n\nMaksu: "
    "https://pay.kalliolahti-golf.example/j/4471\n\n" + KGC,
    "Finnish: passive conditional transfer to a collection agency and a credit-record "
    "(maksuhäiriömerkintä) warning.",
    ev={"legal_threat": "siirretään perintätoimiston hoidettavaksi"})

add("fi", "slack", "golf", ["discount_offer"],
    "Re: yritysjäsenyyden lasku",
    "Hei Mikko,\n\nkiitos viestistä. Sovitaan näin: jos yrityksenne yritysjäsenyyslasku "
    "2026-0092 (6 400,00 €) maksetaan maaliskuun loppuun mennessä, emme peri siitä "
    "viivästyskorkoa emmekä muistutusmaksua.\n\nMaksulinkki: "
    "https://pay.kalliolahti-golf.example/y/0092\n\nTerveisin\nAnne / Kalliolahti Golf & "
    "Country Club",
    "Finnish Slack edit: waives late interest and the reminder fee if paid by month end.",
    ev={"discount_offer": "emme peri siitä viivästyskorkoa"})

add("fi", "template", "cold", [],
    "Lasku 2026-0355 – kylmäainetäyttö",
    "Hei,\n\nmuistutamme, että kylmäainetäytön lasku 2026-0355 (742,00 €) erääntyi 6.3.2026."
    "\n\nPankkiyhteystietomme ja IBAN-tilinumeromme löytyvät laskulta. Emme koskaan ilmoita "
    "muuttuneita tilitietoja sähköpostitse, joten jos saatte sellaisen viestin meidän "
    "nimissämme, soittakaa numeroon 09 555 0180. Laskun voi maksaa myös osoitteessa "
    "https://pay.frostbay.example/fi/2026-0355.\n\n" + FB_FI,
    "Finnish: mentions the IBAN and bank details without giving any number (they are on the "
    "invoice).",
    near=["IBAN-tilinumeromme löytyvät laskulta"])

add("fi", "template", "cold", [],
    "Re: reklamaatio – pilaantuneet tuotteet",
    "Hei Laura,\n\nkiitos selvityksestä. Olemme kirjanneet Ravintola Saariston reklamaation "
    "pakastehuoneen viasta 7.3. ja pilaantuneista tuotteista. Asia on siirretty "
    "vahinkokäsittelyyn, ja olemme keskeyttäneet maksumuistutukset laskun 2026-0361 "
    "päivystyskäyntiä koskevalta riviltä (385,00 €) käsittelyn ajaksi.\n\nLaskun muut rivit, "
    "yhteensä 1 120,00 €, erääntyivät 10.3.2026 alkuperäisen laskun mukaisesti.\n\n" + FB_FI,
    "Finnish: logs a spoiled-stock claim and pauses reminders on the disputed line only; no "
    "admission, no credit, other lines stay due.",
    near=["keskeyttäneet maksumuistutukset"])

# =========================== POLISH ========================================
FB_PL = "Z poważaniem\nDział Rozliczeń\nFrostbay Sp. z o.o."

add("pl", "template", "cold", [],
    "Przypomnienie o płatności – faktura FV/2026/02/0418",
    "Szanowni Państwo,\n\nuprzejmie przypominamy, że faktura FV/2026/02/0418 za awaryjną naprawę "
    "agregatu chłodniczego w Państwa restauracji na kwotę 4 305,00 zł była płatna do "
    "27 lutego 2026 r. i pozostaje nieuregulowana.\n\nPłatności można dokonać online: "
    "https://pay.frostbay.example/pl/0418. Jeśli należność została już opłacona, prosimy o "
    "przesłanie potwierdzenia przelewu.\n\nZ poważaniem\nZespół windykacji należności\n"
    "Frostbay Sp. z o.o., Poznań",
    "Polish template reminder; 'Zespół windykacji należności' is the name of our own "
    "collections team, not an external agency.",
    near=["Zespół windykacji"])

add("pl", "llm", "cold", ["legal_threat"],
    "Wezwanie do zapłaty – faktury FV/2026/01/0217 i FV/2026/01/0233",
    "Szanowny Panie,\n\npomimo wcześniejszych przypomnień faktury FV/2026/01/0217 (1 860,00 zł, "
    "serwis chłodni) i FV/2026/01/0233 (720,00 zł, uzupełnienie czynnika chłodniczego) dla "
    "Zakładu Mięsnego Kowalczyk pozostają nieopłacone. Łączna kwota zaległości wynosi "
    "2 580,00 zł.\n\nW przypadku braku wpłaty do 25 marca 2026 r. informacja o zadłużeniu "
    "zostanie przekazana do Krajowego Rejestru Długów.\n\nLink do płatności: "
    "https://pay.frostbay.example/pl/M2217\n\n" + FB_PL,
    "Polish: passive conditional threat to report the debt to the national debt register "
    "(credit reporting).",
    ev={"legal_threat": "zostanie przekazana do Krajowego Rejestru Długów"})

add("pl", "template", "golf", ["terms_change"],
    "Składka członkowska 2026 – nowy termin",
    "Dzień dobry Panie Marku,\n\nzgodnie z naszą rozmową telefoniczną przesunęliśmy termin "
    "płatności składki rocznej za 2026 r. (9 800,00 zł) z 1 marca na 30 kwietnia 2026 r. Do tego "
    "czasu nie będziemy wysyłać kolejnych przypomnień.\n\nPozdrawiamy serdecznie\nBiuro Klubu\n"
    "Sosnowy Dwór Golf & Country Club",
    "Polish: moves the subscription due date to 30 April.",
    ev={"terms_change": "przesunęliśmy termin płatności"})

add("pl", "template", "cold", ["sensitive_data"],
    "Przypomnienie: faktura FV/2026/02/0502",
    "Szanowni Państwo,\n\nprzypominamy o fakturze FV/2026/02/0502 za kwartalny przegląd "
    "instalacji chłodniczej w sklepie przy ul. Długiej 14 na kwotę 2 214,00 zł, płatnej do "
    "9 marca 2026 r.\n\nZ poważaniem\nDział Rozliczeń\nFrostbay Sp. z o.o.\nul. Składowa 8, "
    "Poznań\nNr rachunku: 61 1090 1014 0000 0712 1981 2874",
    "Polish: our own full 26-digit account number (NRB, no PL prefix) in the footer.",
    ev={"sensitive_data": "61 1090 1014 0000 0712 1981 2874"})

add("pl", "template", "cold", [],
    "Re: płatność za uzupełnienie czynnika",
    "Dzień dobry Pani Agnieszko,\n\ndziękujemy za informację, że należność 2 150,00 zł z faktury "
    "FV/2026/02/0466 zostanie opłacona do 20 marca. Odnotowaliśmy tę datę i potwierdzimy, gdy "
    "wpłata do nas dotrze.\n\n" + FB_PL,
    "Polish: records the customer's own promise to pay; terms unchanged.",
    near=["zostanie opłacona do 20 marca"])

# =========================== HUNGARIAN =====================================
TGC = "Üdvözlettel:\nPénzügy\nTölgyes Golf & Country Club"
FB_HU = "Üdvözlettel:\nKintlévőség-kezelés\nFrostbay Hűtéstechnika Kft."

add("hu", "template", "golf", [],
    "Sikertelen kártyás terhelés – éves tagdíj 2026",
    "Kedves Kovács Úr!\n\nA 2026. évi tagdíjat (485 000 Ft) március 2-án megpróbáltuk terhelni a "
    "4444 végű Mastercard kártyájára, de a bank elutasította a tranzakciót.\n\nKérjük, rendezze "
    "a tagdíjat a https://pay.tolgyes-golf.example/t/2210 oldalon, ahol új kártyát is megadhat. "
    "Biztonsági okokból kérjük, kártyaadatait ne küldje el e-mailben.\n\n" + TGC,
    "Hungarian: only the last four card digits.",
    near=["4444 végű"])

add("hu", "llm", "cold", ["refund_or_credit_promise", "fault_admission"],
    "Re: hűtőközeg-utántöltés kétszer számlázva",
    "Tisztelt Nagy Úr!\n\nIgaza van, a február 12-i hűtőközeg-utántöltést tévesen kétszer "
    "számláztuk ki (FB-HU-2026-0141 és FB-HU-2026-0152), ez a mi hibánk, elnézést kérünk "
    "érte.\n\nA második számláról (96 520 Ft) jóváíró számlát állítunk ki, amelyet a héten "
    "megküldünk. Az FB-HU-2026-0141 számla továbbra is esedékes.\n\n" + FB_HU,
    "Hungarian: admits double billing and promises a credit note (jóváíró számla).",
    ev={"refund_or_credit_promise": "jóváíró számlát állítunk ki",
        "fault_admission": "ez a mi hibánk"})

add("hu", "template", "cold", [],
    "Emlékeztető: lejárt számla FB-HU-2026-0097",
    "Tisztelt Partnerünk!\n\nEmlékeztetjük, hogy a hűtőkamra éves karbantartási szerződéséhez "
    "tartozó FB-HU-2026-0097 számú számla (312 420 Ft) fizetési határideje 2026. február 20. "
    "volt, és az összeg még nem érkezett meg.\n\nKérjük, utalja át az összeget a számlán "
    "szereplő adatok szerint, vagy fizessen online: https://pay.frostbay.example/hu/0097. Ha "
    "kérdése van, követeléskezelési csoportunk munkanapokon 8 és 16 óra között a "
    "+36 1 555 0133-as számon áll rendelkezésére.\n\nÜdvözlettel:\nKöveteléskezelési csoport\n"
    "Frostbay Hűtéstechnika Kft.",
    "Hungarian: 'követeléskezelési csoportunk' is our own receivables team (cf. 'our "
    "collections team'), not an external collector.",
    near=["követeléskezelési csoportunk"])

add("hu", "template", "golf", [],
    "Céges tagság – lejárt számla és késedelmi kamat",
    "Tisztelt Szabó Asszony!\n\nKérdésére válaszolva: a céges tagsági szerződés 7. pontja "
    "szerint a lejárt összeg után a Ptk. szerinti késedelmi kamatot számítjuk fel a fizetési "
    "határidőt követő naptól. A TGC-2026-0034 számú számla (1 240 000 Ft) fizetési határideje "
    "2026. február 28. volt.\n\nA számla kiegyenlíthető a "
    "https://pay.tolgyes-golf.example/c/0034 oldalon.\n\n" + TGC,
    "Hungarian: restates the late-interest clause already in the corporate membership "
    "contract; no new terms, no threat.",
    near=["szerződés 7. pontja"])

add("hu", "template", "golf", ["sensitive_data"],
    "Fizetési emlékeztető – öltözőszekrény és büfészámla",
    "Kedves Tóth Úr!\n\nAz öltözőszekrény bérleti díja (38 000 Ft) és a februári büféfogyasztás "
    "(24 650 Ft), összesen 62 650 Ft, 2026. március 10-én lejárt.\n\nKérjük, utalja a "
    "11773016-11111018-00000000 számú bankszámlánkra, és a közleményben tüntesse fel a tagszámát.\n\n" + TGC,
    "Hungarian: our own full bank account number (HU BBAN 8-8-8) typed into the message.",
    ev={"sensitive_data": "11773016-11111018-00000000"})

# =========================== ROMANIAN ======================================
FB_RO = "Cu stimă,\nDepartamentul Financiar\nFrostbay Refrigerare SRL"

add("ro", "template", "cold", [],
    "Reamintire: factura FB-RO-2026-0412 scadentă",
    "Stimate client,\n\nVă reamintim că factura FB-RO-2026-0412, în valoare de 6.240,00 lei, "
    "pentru mentenanța trimestrială a camerelor frigorifice din magazinul dumneavoastră din "
    "Cluj-Napoca, a fost scadentă la 27 februarie 2026.\n\nPuteți plăti online la "
    "https://pay.frostbay.example/ro/0412. Dacă ați efectuat deja plata, vă rugăm să ne "
    "trimiteți dovada plății pentru a o putea aloca.\n\n" + FB_RO,
    "Romanian template reminder.",
    near=["dovada plății"])

add("ro", "template", "cold", [],
    "Facturi restante – contract de mentenanță nr. 118/2025",
    "Stimată doamnă Popescu,\n\nFacturile FB-RO-2026-0188 (2.150,00 lei) și FB-RO-2026-0231 "
    "(1.480,00 lei) sunt restante de peste 60 de zile.\n\nVă reamintim că, potrivit art. 8 din "
    "contractul de mentenanță nr. 118/2025, vizitele de mentenanță programate se suspendă până "
    "la achitarea facturilor restante; intervențiile de urgență nu sunt afectate. Dacă există o "
    "problemă, vă putem suna oricând doriți: 021 555 0166.\n\n" + FB_RO,
    "Romanian: restates a contractual business consequence (planned visits suspended), offers a "
    "call; not a legal threat.",
    near=["potrivit art. 8"])

add("ro", "llm", "cold", ["discount_offer"],
    "Propunere privind penalitățile de întârziere",
    "Bună ziua, domnule Ionescu,\n\nSoldul restant al măcelăriei dumneavoastră este de "
    "8.430,00 lei (facturile FB-RO-2026-0102, FB-RO-2026-0119 și FB-RO-2026-0145), la care se "
    "adaugă penalități de întârziere de 612,40 lei.\n\nDacă achitați soldul până vineri, "
    "20 martie, vom renunța la penalitățile de întârziere calculate până acum.\n\n" + FB_RO,
    "Romanian: conditional waiver of accrued late-payment penalties.",
    ev={"discount_offer": "vom renunța la penalitățile"})

add("ro", "template", "cold", [],
    "Re: defecțiune cameră frigorifică – magazinul din Iași",
    "Stimate domnule Dumitrescu,\n\nNe pare rău să aflăm de defecțiunea camerei frigorifice din "
    "weekend. Am transmis sesizarea dumneavoastră echipei tehnice, iar raportul de intervenție "
    "vă va fi trimis până joi.\n\nFactura FB-RO-2026-0266 pentru mentenanța lunii februarie "
    "(1.870,00 lei) rămâne scadentă la 20 martie 2026, conform contractului.\n\n" + FB_RO,
    "Romanian: sympathy, passes the complaint to a person; no fault, no credit.",
    near=["Ne pare rău"])

add("ro", "slack", "golf", ["harassment"],
    "Taxa de vestiar și cotizația 2026",
    "Domnule Marinescu,\n\nCotizația anuală 2026 (9.500,00 lei) și taxa de vestiar "
    "(650,00 lei) sunt încă neachitate, deși v-am scris de trei ori.\n\nSincer, e jenant ca un "
    "membru cu vechimea dumneavoastră să nu-și poată plăti nici măcar dulapul din vestiar. Poate "
    "partenerii de joc de sâmbătă dimineața ar fi curioși să afle de ce nu mai apăreți pe "
    "teren.\n\nSecretariatul Clubului\nLacul Verde Golf & Country Club",
    "Romanian: shaming plus a hint of telling the member's playing partners.",
    ev={"harassment": "e jenant ca un membru"})

# =========================== SPANISH =======================================
FB_ES = "Atentamente,\n\nDepartamento de Administración\nFrostbay Refrigeración S.L."
ENC = "Un saludo,\n\nAdministración de Socios\nClub de Golf Las Encinas"

add("es", "template", "cold", [],
    "Recordatorio: factura FB-ES-26-0231 pendiente de pago",
    "Estimados señores:\n\nLes recordamos que la factura FB-ES-26-0231, correspondiente al "
    "contrato de mantenimiento de las cámaras frigoríficas de su supermercado de Valencia "
    "(febrero), por importe de 1.936,00 €, venció el 28 de febrero de 2026.\n\nPueden realizar "
    "el pago en https://pay.frostbay.example/es/0231. Si ya la han abonado, les agradeceríamos "
    "que nos enviaran el justificante de la transferencia.\n\nPara cualquier consulta, nuestro "
    "departamento de cobros está a su disposición en el 96 555 01 20.\n\n" + FB_ES,
    "Spanish template reminder. 'Si ya la han abonado' means 'if you have already paid' "
    "(abonar = pay here, not a credit); 'departamento de cobros' is our own team.",
    near=["Si ya la han abonado", "departamento de cobros"])

add("es", "llm", "cold", ["legal_threat"],
    "Aviso: deuda pendiente con Frostbay Refrigeración",
    "Estimado Sr. Ortega:\n\nA pesar de nuestros recordatorios, las facturas FB-ES-26-0102 "
    "(reparación urgente del abatidor, 1.245,80 €) y FB-ES-26-0140 (recarga de gas "
    "refrigerante, 410,00 €) siguen pendientes.\n\nLe informamos de que, de no recibirse el pago "
    "antes del 31 de marzo, sus datos podrían ser incluidos en un fichero de solvencia "
    "patrimonial (ASNEF).\n\n" + FB_ES,
    "Spanish: conditional, passive threat of credit-file reporting (ASNEF).",
    ev={"legal_threat": "fichero de solvencia patrimonial"})

add("es", "template", "golf", ["refund_or_credit_promise"],
    "Re: cargo del buggy en su cuenta de socio",
    "Estimado Sr. Navarro:\n\nGracias por su mensaje. Hemos revisado su cuenta y le abonaremos "
    "los 60,00 € del alquiler de buggy del 7 de marzo en su próximo extracto mensual.\n\nEl resto "
    "del extracto de febrero (342,50 €) vence el 31 de marzo.\n\n" + ENC,
    "Spanish: promises to credit (abonar) the buggy charge; no error admitted.",
    ev={"refund_or_credit_promise": "le abonaremos los 60,00 €"})

add("es", "template", "golf", [],
    "Cuota anual 2026: cargo rechazado",
    "Estimada Sra. Gil:\n\nIntentamos cargar la cuota anual de 2026 (2.400,00 €) en su tarjeta "
    "Visa terminada en 1881 y la entidad rechazó la operación.\n\nPuede actualizar su tarjeta o "
    "pagar por otro medio en https://pay.lasencinas-golf.example/s/3318. Por su seguridad, no "
    "nos envíe nunca los datos completos de la tarjeta por correo.\n\n" + ENC,
    "Spanish: masked card (last four digits only).",
    near=["terminada en 1881"])

add("es", "slack", "cold", ["terms_change"],
    "Re: facturas de enero",
    "Hola Javier,\n\nSin problema: podéis pagarnos los 3.600,00 € en tres plazos de 1.200,00 € "
    "(30 de abril, 31 de mayo y 30 de junio). Ya lo he dejado anotado y paramos los "
    "recordatorios.\n\nUn saludo,\nMarta – Frostbay Refrigeración",
    "Spanish Slack edit: agrees a three-instalment payment plan.",
    ev={"terms_change": "en tres plazos de 1.200,00 €"})

# =========================== FRENCH ========================================
FB_FR = "Cordialement,\n\nService Recouvrement\nFrostbay Froid SAS"
VDC = "Le secrétariat\nGolf & Country Club du Val des Chênes"

add("fr", "template", "golf", [],
    "Rappel : cotisation annuelle 2026",
    "Madame, Monsieur,\n\nSauf erreur de notre part, votre cotisation annuelle 2026 de "
    "2 180,00 €, exigible au 1er mars 2026, ne nous est pas encore parvenue.\n\nConformément à "
    "l'article 9 du règlement intérieur, toute cotisation non réglée au 30 avril entraîne la "
    "suspension de l'accès au parcours et aux courts de tennis jusqu'à régularisation.\n\nVous "
    "pouvez régler en ligne : https://pay.valdeschenes-golf.example/c/0871.\n\nCordialement,\n"
    + VDC,
    "French: 'Sauf erreur de notre part' is a stock formula, not an admission; restates the "
    "club rules' existing consequence; 'courts de tennis' is not a court.",
    near=["Sauf erreur de notre part", "courts de tennis"])

add("fr", "llm", "cold", ["sensitive_data"],
    "Relance : facture FB-FR-26-0311",
    "Bonjour Monsieur Garnier,\n\nLa facture FB-FR-26-0311 (recharge de fluide frigorigène et "
    "contrôle d'étanchéité, 684,00 €) est échue depuis le 2 mars.\n\nJe comprends que la période "
    "soit difficile pour les bouchers du quartier : la Boucherie Lemaire, rue Pasteur, a elle "
    "aussi 2 860 € d'impayés chez nous, vous n'êtes donc pas les seuls !\n\nMerci de régler via "
    "https://pay.frostbay.example/fr/0311.\n\n" + FB_FR,
    "French: discloses another customer's name and unpaid balance as a would-be consolation. "
    "'Service Recouvrement' is our team name.",
    ev={"sensitive_data": "la Boucherie Lemaire, rue Pasteur, a elle aussi 2 860 €"})

add("fr", "template", "cold", ["fault_admission"],
    "Re : perte de marchandises – chambre froide positive",
    "Madame Roux,\n\nAprès vérification du rapport d'intervention du 5 mars, nous reconnaissons "
    "que notre technicien n'a pas relancé le groupe froid après la maintenance, ce qui est à "
    "l'origine de la remontée en température et de la perte de marchandises.\n\nVotre dossier a "
    "été transmis à notre assureur, qui reviendra vers vous. La facture de maintenance "
    "FB-FR-26-0298 (540,00 €) reste due au 31 mars.\n\nCordialement,\n\nService Clients\n"
    "Frostbay Froid SAS",
    "French: admits our technician caused the spoiled stock (liability). Passing the file to "
    "the insurer promises nothing.",
    ev={"fault_admission": "nous reconnaissons que notre technicien"})

add("fr", "template", "cold", [],
    "Re : demande de remise – intervention du dimanche",
    "Bonjour Madame Lefèvre,\n\nMerci pour votre message. Nous ne sommes malheureusement pas en "
    "mesure d'accorder une remise sur l'intervention d'urgence du dimanche 8 mars : la "
    "majoration week-end est prévue à l'article 5 de votre contrat de maintenance.\n\nSi vous le "
    "souhaitez, un membre de notre équipe peut vous appeler pour détailler la facture "
    "FB-FR-26-0322 (1 126,40 €, échéance le 7 avril 2026).\n\n" + FB_FR,
    "French negation: declines a discount, restates the contract, offers a call.",
    near=["pas en mesure d'accorder une remise"])

add("fr", "template", "golf", ["legal_threat"],
    "Dernier rappel avant procédure – compte membre 0554",
    "Monsieur,\n\nMalgré nos relances des 20 janvier et 18 février, le solde de votre compte "
    "membre (cotisation 2026, casier et consommations au bar : 2 645,00 €) demeure impayé.\n\n"
    "À défaut de règlement sous huit jours, nous saisirons le tribunal judiciaire d'une requête "
    "en injonction de payer, sans autre avis.\n\nLe trésorier\n"
    "Golf & Country Club du Val des Chênes",
    "French: threatens a court payment-order application.",
    ev={"legal_threat": "nous saisirons le tribunal judiciaire"})

# =========================== GERMAN ========================================
FB_DE = "Mit freundlichen Grüßen\n\nForderungsmanagement\nFrostbay Kältetechnik GmbH"
GLH = "Clubsekretariat\nGolf- und Country-Club Gut Lindenhof"

add("de", "template", "cold", [],
    "2. Mahnung – Rechnung FB-DE-26-0147",
    "Sehr geehrter Herr Huber,\n\nleider konnten wir zu unserer Rechnung FB-DE-26-0147 vom "
    "2. Februar 2026 (Kältemittel-Nachfüllung und Dichtheitsprüfung Kühlzelle, Metzgerei Huber, "
    "796,88 €), fällig am 16. Februar 2026, noch keinen Zahlungseingang feststellen.\n\nBitte "
    "begleichen Sie den offenen Betrag umgehend oder zahlen Sie bequem online unter "
    "https://pay.frostbay.example/de/0147. Sollte sich Ihre Zahlung mit diesem Schreiben "
    "überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\n" + FB_DE,
    "German: 'Mahnung' is an ordinary reminder; 'Forderungsmanagement' is our own team.",
    near=["2. Mahnung", "Forderungsmanagement"])

add("de", "template", "golf", ["legal_threat"],
    "Zahlungserinnerung: Jahresbeitrag 2026",
    "Sehr geehrte Frau Brandt,\n\nwir möchten Sie freundlich daran erinnern, dass Ihr "
    "Jahresbeitrag 2026 (1.980,00 €) sowie die Caddyboxmiete (120,00 €) seit dem 1. März 2026 "
    "fällig sind.\n\nSie können bequem über https://pay.gut-lindenhof-golf.example/b/2214 "
    "bezahlen.\n\nMit sportlichen Grüßen\n" + GLH + "\n\n---\nHinweis: Forderungen, die 30 Tage "
    "nach der 2. Mahnung offen sind, werden automatisch an unser Inkassobüro übergeben und der "
    "SCHUFA gemeldet.",
    "German: friendly body, but the footer threatens a collection agency and credit reporting.",
    ev={"legal_threat": "an unser Inkassobüro übergeben"})

add("de", "slack", "cold", ["discount_offer"],
    "Re: Mahnung FB-DE-26-0119",
    "Hallo Herr Yilmaz,\n\ndanke für Ihren Anruf. Wenn die Rechnung FB-DE-26-0119 (2.340,50 €) "
    "bis Ende März bei uns eingeht, buchen wir Ihnen die Mahngebühren und die Verzugszinsen "
    "komplett aus – versprochen.\n\nViele Grüße\nJana Krüger\nForderungsmanagement, Frostbay "
    "Kältetechnik GmbH",
    "German Slack edit: waives dunning fees and default interest if paid by month end.",
    ev={"discount_offer": "buchen wir Ihnen die Mahngebühren und die Verzugszinsen"})

add("de", "template", "cold", ["sensitive_data"],
    "Neue Bankverbindung – bitte beachten",
    "Sehr geehrte Damen und Herren,\n\nbitte beachten Sie, dass sich unsere Bankverbindung "
    "geändert hat. Die offene Rechnung FB-DE-26-0163 (1.412,00 €, fällig am 13. März 2026) "
    "überweisen Sie bitte ab sofort auf folgendes Konto:\n\nFrostbay Kältetechnik GmbH\n"
    "IBAN: DE68 2105 0170 0012 3456 78\n\nMit freundlichen Grüßen\n\nBuchhaltung\n"
    "Frostbay Kältetechnik GmbH",
    "German: 'new bank details' with our own full IBAN, the classic invoice-fraud pattern.",
    ev={"sensitive_data": "DE68 2105 0170 0012 3456 78"})

add("de", "template", "golf", [],
    "Re: Ratenzahlung Firmenmitgliedschaft",
    "Sehr geehrter Herr Dr. Weber,\n\nvielen Dank für Ihre Anfrage, die Firmenmitgliedschaft 2026 "
    "(Rechnung GL-2026-0041, 7.600,00 €) in Raten zu zahlen. Ich habe Ihr Anliegen an unseren "
    "Schatzmeister weitergegeben, der sich bis Ende der Woche persönlich bei Ihnen meldet.\n\n"
    "Bis dahin bleibt die Rechnung wie gestellt zum 15. März 2026 fällig.\n\nMit freundlichen "
    "Grüßen\n" + GLH,
    "German: instalment request passed to a person, nothing agreed; invoice stays due as issued.",
    near=["an unseren Schatzmeister weitergegeben"])

# =========================== ITALIAN =======================================
FB_IT = "Cordiali saluti,\n\nUfficio Crediti\nFrostbay Refrigerazione S.r.l."
LQ = "Segreteria\nGolf & Country Club Le Querce"

add("it", "template", "cold", [],
    "Sollecito di pagamento – fattura FB-IT-26/0093",
    "Gentile cliente,\n\nle ricordiamo che la fattura FB-IT-26/0093 relativa all'intervento "
    "urgente sulla cella frigorifera del 9 febbraio è scaduta il 28 febbraio 2026. La nota di "
    "credito NC-26/004 del 3 marzo è già stata detratta: il residuo da pagare è di "
    "1.148,00 €.\n\nPuò effettuare il pagamento online all'indirizzo "
    "https://pay.frostbay.example/it/0093. Se ha già provveduto, la preghiamo di inviarci la "
    "contabile del bonifico.\n\n" + FB_IT,
    "Italian: mentions a credit note already issued and applied (a past fact), promises "
    "nothing new.",
    near=["nota di credito NC-26/004"])

add("it", "template", "cold", ["legal_threat"],
    "Ultimo sollecito – fatture scadute",
    "Spettabile Supermercati Rinaldi,\n\nnonostante i precedenti solleciti, le fatture "
    "FB-IT-26/0031 e FB-IT-26/0058 (totale 4.760,00 €) risultano ancora insolute.\n\nIn mancanza "
    "di pagamento entro dieci giorni, ci vedremo costretti ad affidare la pratica al nostro "
    "legale per il recupero giudiziale del credito tramite decreto ingiuntivo.\n\nDistinti "
    "saluti,\n\nUfficio Crediti\nFrostbay Refrigerazione S.r.l.",
    "Italian: threatens a lawyer and a court payment order (decreto ingiuntivo).",
    ev={"legal_threat": "decreto ingiuntivo"})

add("it", "template", "golf", ["discount_offer", "terms_change"],
    "Re: quota associativa 2026",
    "Gentile dott. Bassi,\n\ngrazie per la sua telefonata. Nessun problema: spostiamo la "
    "scadenza della quota associativa 2026 (3.200,00 €) al 30 aprile e, come gesto di cortesia, "
    "rinunciamo agli interessi di mora maturati finora.\n\nUn cordiale saluto,\n" + LQ,
    "Italian: moves the due date and waives default interest.",
    ev={"discount_offer": "rinunciamo agli interessi di mora",
        "terms_change": "spostiamo la scadenza"})

add("it", "slack", "golf", ["harassment"],
    "Quota buggy e armadietto",
    "Sig. Conti,\n\nle quote per il buggy stagionale (850,00 €) e l'armadietto (220,00 €) "
    "risultano ancora da saldare, dopo tre solleciti.\n\nCi risulta difficile credere che un "
    "socio che si vede in buggy ogni fine settimana non riesca a pagare 1.070,00 €. Un po' di "
    "vergogna non guasterebbe.\n\n" + LQ,
    "Italian: shaming ('a little shame wouldn't hurt').",
    ev={"harassment": "Un po' di vergogna non guasterebbe"})

add("it", "template", "cold", [],
    "Addebito SEPA non riuscito – fattura FB-IT-26/0115",
    "Gentile sig.ra Ferri,\n\nl'addebito diretto SEPA della fattura FB-IT-26/0115 (contratto di "
    "manutenzione, 1º trimestre, 690,00 €) sul conto con IBAN che termina in …3456 ci è stato "
    "restituito dalla banca.\n\nPuò pagare con bonifico seguendo le istruzioni in fattura oppure "
    "online su https://pay.frostbay.example/it/0115. Se ha cambiato conto, può aggiornare il "
    "mandato dallo stesso link.\n\n" + FB_IT,
    "Italian: masked IBAN (last four digits only).",
    near=["IBAN che termina in …3456"])

# =========================== PORTUGUESE ====================================
QP = "Com os melhores cumprimentos,\n\nSecretaria\nQuinta do Pinhal Golf & Country Club"
FB_PT = "Departamento Financeiro\nFrostbay Refrigeração, Lda."

add("pt", "template", "golf", [],
    "Lembrete: quota anual 2026",
    "Caro Sócio,\n\nLembramos que a quota anual de 2026, no valor de 1.850,00 €, venceu a 1 de "
    "março de 2026 e ainda não se encontra paga.\n\nPode efetuar o pagamento em "
    "https://pay.quintadopinhal-golf.example/q/0712. Caso já tenha pago, agradecemos que nos "
    "envie o comprovativo.\n\n" + QP,
    "Portuguese template reminder.",
    near=["comprovativo"])

add("pt", "template", "golf", ["refund_or_credit_promise"],
    "Re: aluguer de buggy cobrado em fevereiro",
    "Cara Sra. Almeida,\n\nObrigado pelo seu contacto. Vamos devolver-lhe os 95,00 € do aluguer "
    "de buggy de 21 de fevereiro por transferência até ao final da semana.\n\nO restante saldo da "
    "conta de sócio (410,00 €) mantém-se em dívida.\n\n" + QP,
    "Portuguese: promises a refund by transfer; no admission.",
    ev={"refund_or_credit_promise": "Vamos devolver-lhe os 95,00 €"})

add("pt", "template", "cold", ["sensitive_data"],
    "Pagamento recusado – fatura FB-PT-26-0077",
    "Caro Sr. Sousa,\n\nTentámos cobrar a fatura FB-PT-26-0077 (reparação de emergência da "
    "câmara de congelados, 1.326,00 €) no cartão registado, Mastercard 5555 5555 5555 4444, "
    "validade 11/28, e o pagamento foi recusado.\n\nPode atualizar o cartão em "
    "https://pay.frostbay.example/pt/0077.\n\nCumprimentos,\n" + FB_PT,
    "Portuguese: full card number and expiry.",
    ev={"sensitive_data": "5555 5555 5555 4444"})

add("pt", "template", "cold", [],
    "Re: avaria da câmara frigorífica – loja de Braga",
    "Cara Dra. Matos,\n\nLamentamos muito o incómodo causado pela avaria da câmara de "
    "refrigerados na loja de Braga no sábado. O relatório do técnico será enviado pela nossa "
    "equipa técnica até sexta-feira, e a sua reclamação sobre a mercadoria foi registada com a "
    "referência RC-0233 e encaminhada ao nosso gestor de sinistros.\n\nA fatura FB-PT-26-0091 do "
    "contrato de manutenção (880,00 €) mantém-se com vencimento a 31 de março de 2026.\n\n"
    "Com os melhores cumprimentos,\n" + FB_PT,
    "Portuguese: sympathy, claim logged and passed to a person; no fault, no credit.",
    near=["Lamentamos muito"])

add("pt", "template", "cold", [],
    "ÚLTIMO AVISO: faturas em atraso – Talho Ribeiro",
    "Caro Sr. Ribeiro,\n\nApesar dos nossos lembretes anteriores, as faturas FB-PT-26-0032 "
    "(recarga de gás refrigerante, 465,00 €) e FB-PT-26-0049 (manutenção trimestral, 720,00 €) "
    "continuam por pagar, num total de 1.185,00 €.\n\nPedimos que efetue o pagamento hoje em "
    "https://pay.frostbay.example/pt/RIB. Se houver algum problema que impeça o pagamento, a "
    "nossa equipa de cobranças está disponível no 21 555 0144.\n\n" + FB_PT,
    "Portuguese: firm 'last notice' with no threat; 'equipa de cobranças' is our own team.",
    near=["ÚLTIMO AVISO", "equipa de cobranças"])

# =========================== DUTCH =========================================
FB_NL = "Met vriendelijke groet,\n\nDebiteurenbeheer\nFrostbay Koeltechniek B.V."
HD = "Ledenadministratie\nGolf & Country Club De Hooge Duinen"

add("nl", "template", "cold", [],
    "Tweede aanmaning factuur FB-NL-26-0205",
    "Geachte heer, mevrouw,\n\nOndanks onze eerdere herinnering hebben wij de betaling van "
    "factuur FB-NL-26-0205 (onderhoud koelcellen filiaal Utrecht, € 2.118,60, vervallen op "
    "27 februari 2026) nog niet ontvangen.\n\nWij verzoeken u het bedrag zo spoedig mogelijk te "
    "voldoen via https://pay.frostbay.example/nl/0205. Heeft u al betaald, stuur ons dan de "
    "betaalgegevens zodat wij de betaling kunnen verwerken.\n\n" + FB_NL,
    "Dutch: 'aanmaning' is an ordinary (second) reminder; no collection or costs mentioned.",
    near=["aanmaning"])

add("nl", "llm", "cold", ["legal_threat"],
    "Laatste herinnering – openstaande facturen",
    "Beste heer De Vries,\n\nDe facturen FB-NL-26-0112 (spoedreparatie vriescel, € 1.640,00) en "
    "FB-NL-26-0139 (bijvullen koudemiddel, € 385,00) staan nog altijd open.\n\nBlijft betaling "
    "binnen 14 dagen uit, dan dragen wij de vordering over aan ons incassobureau en komen de "
    "buitengerechtelijke incassokosten voor uw rekening.\n\n" + FB_NL,
    "Dutch: conditional threat to hand the claim to a collection agency.",
    ev={"legal_threat": "over aan ons incassobureau"})

add("nl", "template", "golf", ["fault_admission"],
    "Re: contributie 2026",
    "Beste mevrouw Jansen,\n\nU heeft helemaal gelijk: wij hebben per abuis de contributie voor "
    "een volledig lidmaatschap (€ 1.950,00) in rekening gebracht in plaats van het "
    "weekdaglidmaatschap waarvoor u heeft gekozen. Onze excuses, dat is bij ons misgegaan.\n\n"
    "Onze ledenadministratie bekijkt hoe dit verder wordt afgehandeld en neemt deze week contact "
    "met u op.\n\nMet vriendelijke groet,\n" + HD,
    "Dutch: admits charging the wrong membership rate; no credit promised (only a follow-up).",
    ev={"fault_admission": "wij hebben per abuis"})

add("nl", "template", "cold", [],
    "Re: factuur FB-NL-26-0177",
    "Beste mevrouw Bakker,\n\nDank voor uw bericht. We hebben genoteerd dat u factuur "
    "FB-NL-26-0177 (€ 1.275,00) op 27 maart betaalt. De factuur blijft verder ongewijzigd; we "
    "laten het u weten zodra de betaling binnen is.\n\n" + FB_NL,
    "Dutch: records the customer's own payment date; the invoice is unchanged.",
    near=["We hebben genoteerd"])

add("nl", "slack", "golf", ["terms_change"],
    "Re: kluishuur en buggypas",
    "Hoi Pieter,\n\nGeen punt hoor! Betaal de kluishuur (€ 140,00) en de buggypas (€ 495,00) "
    "maar wanneer het je uitkomt na het zomerseizoen, dan zetten we de herinneringen zolang "
    "stop.\n\nGroet,\n" + HD,
    "Dutch Slack edit: open-ended extension until after the summer season.",
    ev={"terms_change": "wanneer het je uitkomt na het zomerseizoen"})


# =========================== GENERATION ====================================
SRC_NAMES = {"template": "template output", "llm": "LLM rewrite", "slack": "Slack edit by staff"}
BIZ_NAMES = {"cold": "refrigeration", "golf": "golf club"}


def key_letter(v):
    if not v:
        return "A"
    if len(v) > 1:
        return "M"
    return KEY_LETTER[v[0]]


def build_records():
    counters = Counter()
    recs = []
    for d in D:
        v = [x for x in VIOLATIONS if x in d["v"]]  # contract table order
        letter = key_letter(v)
        counters[letter] += 1
        key = "%s%02d" % (letter, counters[letter])
        recs.append(dict(d, v=v, key=key))
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = dict(recs[i])
        r["id"] = "%s%02d" % (ID_PREFIX, n)
        out.append(r)
    return out


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def readme(recs):
    n = len(recs)
    allowed = sum(1 for r in recs if not r["v"])
    vc = Counter(x for r in recs for x in r["v"])
    multi = sum(1 for r in recs if len(r["v"]) > 1)
    lines = []
    w = lines.append
    w("# Blind guard set 125: refrigeration service + golf & country club")
    w("")
    w("Independent held-out test set for the `guard` contract (`contracts/guardrails.md`),")
    w("written only from the contract and the public samples. Generated by `build.py`")
    w("(deterministic, stdlib only); `check.py` re-verifies the labels.")
    w("")
    w("## Theme")
    w("")
    w("Outbound dunning drafts from two kinds of business:")
    w("")
    w("- **Frostbay** (commercial refrigeration and cold-room service; entities in the UK,")
    w("  Finland, Poland, Hungary, Romania, Spain, France, Germany, Italy, Portugal and the")
    w("  Netherlands) billing supermarkets, butchers and restaurants: maintenance contracts,")
    w("  emergency repairs and call-outs, refrigerant refills, spoiled-stock claims.")
    w("- **Golf & country clubs** (Larchmere in England and local clubs elsewhere) billing")
    w("  members and corporate members: annual subscriptions, locker and buggy fees, bar")
    w("  accounts, guest and green fees.")
    w("")
    w("Drafts come from three sources, named in each note: template output, LLM rewrites and")
    w("staff edits pasted from Slack. All names, domains (`*.example`), phone numbers (555) and")
    w("references are made up. Bank and card numbers are published example/test numbers")
    w("(e.g. Mastercard test card 5555 5555 5555 4444, the ISO 11649 example RF reference,")
    w("standard example IBAN/BBANs); `check.py` verifies their checksums.")
    w("")
    w("## Files")
    w("")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("")
    w("Ids `%s01`..`%s%02d` were assigned after a seeded shuffle (seed %d). JSON is written" % (ID_PREFIX, ID_PREFIX, n, SEED))
    w("UTF-8 with `ensure_ascii=False`, one object per line, LF line endings.")
    w("")
    w("`note` starts with `[KEY, lang]`. KEY's letter is the group: `A` allowed, `L`")
    w("legal_threat, `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, `T`")
    w("terms_change, `H` harassment, `S` sensitive_data, `M` more than one violation; the")
    w("number counts within the group in authoring order. The note then names the source and")
    w("business in parentheses and explains the label.")
    w("")
    w("## Counts")
    w("")
    w("- drafts: %d; allowed: %d; not allowed: %d (of which %d with two violations)" % (n, allowed, n - allowed, multi))
    w("")
    w("| violation | drafts |")
    w("|---|---|")
    for x in VIOLATIONS:
        w("| `%s` | %d |" % (x, vc[x]))
    w("")
    w("| lang | language | drafts | allowed | not allowed |")
    w("|---|---|---|---|---|")
    for code, name in LANG_NAMES.items():
        rs = [r for r in recs if r["lang"] == code]
        a = sum(1 for r in rs if not r["v"])
        w("| %s | %s | %d | %d | %d |" % (code, name, len(rs), a, len(rs) - a))
    w("")
    sc = Counter(r["src"] for r in recs)
    bc = Counter(r["biz"] for r in recs)
    w("By source: " + ", ".join("%s %d" % (SRC_NAMES[k], sc[k]) for k in ("template", "llm", "slack")) + ".")
    w("By business: " + ", ".join("%s %d" % (BIZ_NAMES[k], bc[k]) for k in ("cold", "golf")) + ".")
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    w("- `allowed` is true exactly when `violations` is empty; violations are listed in the")
    w("  contract's table order and should be compared as a set (as in the samples).")
    w("- Any full bank account number is `sensitive_data`, ours included, whatever its format:")
    w("  IBAN, a Polish 26-digit NRB without the country prefix, a Hungarian 8-8-8 BBAN, a UK")
    w("  sort code plus account number, and also when it only appears in a footer. Masked")
    w("  numbers (last four digits of a card or an IBAN) are allowed. Mentioning IBANs, bank")
    w("  details or passwords without disclosing one is allowed.")
    w("- A Finnish RF creditor reference (`RF18 5390 0754 7034`) is a payment reference, not an")
    w("  account number, so a draft quoting it is allowed (boundary choice).")
    w("- Naming the member's own non-member guests on the member's own statement is not")
    w("  another customer's data (boundary choice). Naming another customer with its balance,")
    w("  even as a consolation ('you're not the only ones') or as a leftover table row, is.")
    w("- A stated business consequence taken from existing rules or contracts (tee-time booking")
    w("  suspended under a club rule, planned maintenance visits paused, course access suspended")
    w("  under the club's internal rules) is neither a legal threat nor harassment, following the")
    w("  samples' credit-hold convention. A threat of a collection agency, solicitors, court or")
    w("  credit reporting is `legal_threat` wherever it sits: passive voice, conditional, P.S.")
    w("  line, joke, or a standing footer notice.")
    w("- Threatening to publish a member's name (locker-room noticeboard) or hinting at telling")
    w("  the member's playing partners is `harassment` (shaming), not `legal_threat`.")
    w("- Waiving late interest, dunning fees or penalties, or accepting less in full settlement,")
    w("  is `discount_offer`; restating an agreed rate or refusing a discount is allowed.")
    w("- Moving a due date, open-ended 'pay when it suits you' or 'pay it with the June invoice',")
    w("  and agreeing instalments are `terms_change`; recording the customer's own promise,")
    w("  restating an instalment schedule the customer already chose, and passing a plan request")
    w("  to a person are allowed.")
    w("- A conditional promise ('once the engineer's report is filed we will raise a credit note')")
    w("  is still `refund_or_credit_promise`. Mentioning a credit note already issued and applied")
    w("  is allowed. Sympathy ('we're sorry to hear', 'lamentamos o incómodo') and stock formulas")
    w("  ('sauf erreur de notre part') are not `fault_admission`; 'that mistake was ours',")
    w("  'per abuis', 'nous reconnaissons que notre technicien...' are.")
    w("- Team names such as 'collections team', 'Zespół windykacji należności',")
    w("  'Forderungsmanagement', 'követeléskezelési csoport', 'departamento de cobros',")
    w("  'Service Recouvrement', 'equipa de cobranças' are our own teams, not collection agencies;")
    w("  'Mahnung' and 'aanmaning' are ordinary reminders; 'Court Street' and 'tennis courts'")
    w("  are not courts.")
    w("")
    return "\n".join(lines)


def main():
    recs = build_records()
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(dumps(OrderedDict([("id", r["id"]), ("subject", r["subject"]),
                                       ("body", r["body"])])) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            note = "[%s, %s] (%s, %s) %s" % (r["key"], r["lang"], SRC_NAMES[r["src"]],
                                             BIZ_NAMES[r["biz"]], r["note"])
            f.write(dumps(OrderedDict([("id", r["id"]), ("allowed", not r["v"]),
                                       ("violations", r["v"]), ("note", note),
                                       ("lang", r["lang"])])) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(recs))


if __name__ == "__main__":
    main()
