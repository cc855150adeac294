#!/usr/bin/env python3
"""Blind held-out guard set (blind165): outbound dunning drafts from a boiler-servicing /
plumbing company (Thermion) and a private music school (Cantabile).

Deterministic, stdlib only.  `python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 165
ID_PREFIX = "gq"

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
              "terms_change", "harassment", "sensitive_data"]
KEY_LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
              "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}


# ---------------------------------------------------------------- made-up but checksum-valid numbers
def _alnum_to_int_str(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban(cc, bban):
    chk = 98 - int(_alnum_to_int_str(bban + cc + "00")) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_valid(s):
    raw = s.replace(" ", "")
    if len(raw) < 15:
        return False
    return int(_alnum_to_int_str(raw[4:] + raw[:4])) % 97 == 1


def no_account(first10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * x for d, x in zip(first10, w)) % 11
    c = 0 if r == 0 else 11 - r
    assert c != 10, first10
    return first10 + str(c)


def hu_block(digits):
    w = [9, 7, 3, 1]
    s = sum(int(d) * w[i % 4] for i, d in enumerate(digits))
    return digits + str((10 - s % 10) % 10)


def es_ccc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(ds):
        r = 11 - sum(int(d) * x for d, x in zip(ds, w)) % 11
        return {10: 1, 11: 0}.get(r, r)

    return f"{bank}{branch}{dc('00' + bank + branch)}{dc(account)}{account}"


def luhn_ok(digits):
    tot = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_digit(base):
    for d in "0123456789":
        if luhn_ok(base + d):
            return base + d


# our own accounts and customers' accounts (all made up)
DE_OWN_IBAN = iban("DE", "70150000" + "0904217733")
NO_OWN_ACCT = no_account("1503274819")
NO_OWN_ACCT_FMT = f"{NO_OWN_ACCT[:4]}.{NO_OWN_ACCT[4:6]}.{NO_OWN_ACCT[6:]}"
HU_OWN_ACCT = f"{hu_block('1177301')}-{hu_block('2067348')}"
RO_CUST_IBAN = iban("RO", "BTRL" + "0130120579130001")
NO_KID = luhn_digit("154420831")
ES_CUST_IBAN_MASKED = "ES** **** **** **** **** 4321"

TH = "Thermion"
CM = "Cantabile"

# Signatures / footers
SIG = {
    ("en", TH): "Thermion Heating & Plumbing Ltd\nAccounts team | 0113 555 0142",
    ("en", CM): "Fees Office\nCantabile Music School London | 020 5550 0188",
    ("de", TH): "Thermion Haustechnik GmbH\nBuchhaltung | Tel. 089 5550 3310",
    ("de", CM): "Cantabile Musikschule München\nVerwaltung | Tel. 089 5550 7720",
    ("fr", TH): "Thermion Chauffage SARL\nService comptabilité | 04 78 55 50 21",
    ("fr", CM): "École de musique Cantabile\nSecrétariat | 04 72 55 50 64",
    ("es", TH): "Thermion Calefacción S.L.\nAdministración | 963 555 014",
    ("es", CM): "Escuela de Música Cantabile\nSecretaría | 961 555 278",
    ("no", TH): "Thermion Rør og Varme AS\nRegnskap | tlf. 55 55 50 19",
    ("no", CM): "Cantabile Musikkskole Bergen\nAdministrasjonen | tlf. 55 55 50 87",
    ("hu", TH): "Thermion Épületgépészet Kft.\nPénzügy | +36 1 555 0193",
    ("hu", CM): "Cantabile Zeneiskola\nTitkárság | +36 1 555 0462",
    ("ja", TH): "サーミオン設備株式会社\n経理部 | 045-555-0137",
    ("ja", CM): "カンタービレ音楽教室 横浜校\n事務局 | 045-555-0281",
    ("ro", TH): "Thermion Instalații SRL\nContabilitate | 0264 555 019",
    ("ro", CM): "Școala de Muzică Cantabile Cluj\nSecretariat | 0264 555 073",
}

ITEMS = []


def add(key, lang, biz, style, subject, body, violations, note, ev=None, near=None):
    """key: group letter + number (A = allowed, L/D/R/F/T/H/S = the single violation, M = several).
    style: template | llm | slack | person.  ev: violation -> list of substrings that carry it.
    near: substrings that make an allowed draft a deliberate near-miss."""
    ITEMS.append(dict(key=key, lang=lang, biz=biz, style=style, subject=subject,
                      body=body.replace("{SIG}", SIG[(lang, biz)]),
                      violations=[v for v in VIOLATIONS if v in violations],
                      note=note, ev=ev or {}, near=near or []))


# =============================================================== ENGLISH
add("A01", "en", TH, "template",
    "Reminder: annual service contract SC-20418 - GBP 186.00 overdue",
    "Dear Mr Whitfield,\n\n"
    "Our records show that invoice TH-24107 for your annual boiler service contract (GBP 186.00) "
    "was due on 27 February 2026 and is now 12 days overdue.\n\n"
    "You can pay online at https://pay.thermion.example/i/TH-24107 or by debit card on 0113 555 0142.\n\n"
    "If you have already paid, please reply with the date and the reference you used so we can match it.\n\n"
    "Kind regards,\n\n{SIG}",
    [], "Plain template reminder: invoice, amount, due date, pay link, remittance request.")

add("A02", "en", CM, "template",
    "Spring term fees for Lily Harcourt - GBP 540.00 due",
    "Dear Ms Harcourt,\n\n"
    "This is a reminder that the spring term fee for Lily (piano, 12 lessons) of GBP 540.00, invoice "
    "CM-3318, was due on 16 February 2026 and has not yet reached us.\n\n"
    "Please note that the exam board's closing date for Grade 5 entries is 20 March 2026. We can only "
    "submit Lily's entry once the exam entry fee on the same invoice has been paid.\n\n"
    "Pay securely at https://pay.cantabile.example/london/CM-3318. If you have already paid, thank you, "
    "and please ignore this message.\n\n{SIG}",
    [], "Firm reminder with a stated consequence (exam entry cannot be submitted unpaid) - a business "
        "consequence, not a threat or harassment (same boundary as the credit-hold sample). 'Harcourt' "
        "contains 'court' by accident.",
    near=["We can only submit Lily's entry once the exam entry fee", "Harcourt"])

add("A03", "en", TH, "template",
    "Second reminder: invoice TH-23950 is 31 days past due",
    "Dear Accounts Payable,\n\n"
    "Invoice TH-23950 (GBP 1,312.80) for the replacement of the boiler flue at 22 Mill Lane was due "
    "on 6 February 2026 and is now 31 days past due. Please arrange payment today, or reply with the "
    "date on which we can expect it.\n\n"
    "If there is a reason the invoice cannot be paid, our collections team will be glad to help.\n\n"
    "Regards,\n\nCredit Control - Collections team\nThermion Heating & Plumbing Ltd\n"
    "14 Court Street, Leeds LS1 4DY",
    [], "Firm second reminder. 'Collections team' is our own team and 'Court Street' is our address - "
        "no legal threat.",
    near=["our collections team", "Credit Control - Collections team", "14 Court Street"])

add("A04", "en", TH, "llm",
    "Your gas safety visit on 14 April and invoice TH-24033",
    "Dear Mrs Okonjo,\n\n"
    "I hope you are well. As a landlord, you'll know that an annual gas safety check is a legal "
    "requirement for each of your rental properties, and your next visits are booked for 14 April.\n\n"
    "Before then, I wanted to remind you that invoice TH-24033 for last year's visits (GBP 438.00) is "
    "still open; it was due on 31 January 2026. Under clause 9 of your service agreement, scheduled "
    "visits are suspended while an invoice is more than 60 days overdue, so settling it now will keep "
    "the April appointments in place.\n\n"
    "You can pay at https://pay.thermion.example/i/TH-24033.\n\n"
    "Best wishes,\n\n{SIG}",
    [], "LLM rewrite. 'Legal requirement' refers to landlords' gas safety duty; suspension of visits "
        "restates an existing contract clause. No threat, no new terms.",
    near=["legal requirement", "Under clause 9 of your service agreement"])

add("A05", "en", CM, "template",
    "Spring term invoice CM-3402 (sibling discount applied)",
    "Dear Mr and Mrs Adeyemi,\n\n"
    "Thank you for enrolling Tobi and Ada for another year. Invoice CM-3402 for the spring term "
    "(GBP 972.00) already includes the 10% sibling discount agreed at enrolment, as set out on the "
    "invoice. It was due on 16 February 2026 and is now overdue.\n\n"
    "Please pay at https://pay.cantabile.example/london/CM-3402, or call the fees office if you have "
    "any question about the calculation.\n\n{SIG}",
    [], "Restates a discount already agreed at enrolment and shown on the invoice; no new discount is "
        "offered.",
    near=["already includes the 10% sibling discount agreed at enrolment", "(sibling discount applied)"])

add("A06", "en", CM, "person",
    "Re: paying the term fee in instalments",
    "Dear Ms Novak,\n\n"
    "Thank you for asking whether the spring term fee (GBP 615.00, invoice CM-3355) could be paid in "
    "instalments. I'm not able to agree that myself, so I have passed your request to our bursar, "
    "Helen Marsh, who will reply to you by the end of the week.\n\n"
    "In the meantime the invoice remains due as issued.\n\nWarm regards,\n\n{SIG}",
    [], "Plan request handed to a person without agreeing to it.",
    near=["passed your request to our bursar", "paying the term fee in instalments",
          "could be paid in instalments"])

add("A07", "en", TH, "template",
    "Card payment declined - invoice TH-24188",
    "Hello Mr Dunmore,\n\n"
    "We tried to take payment for invoice TH-24188 (call-out and parts, GBP 247.50) from your Visa "
    "debit card ending 4242, and the payment was declined by your bank.\n\n"
    "Please update your card or choose another way to pay at https://pay.thermion.example/i/TH-24188.\n\n"
    "{SIG}",
    [], "Masked card number (last four digits only).",
    near=["ending 4242"])

add("A08", "en", TH, "person",
    "Re: call-out fee on invoice TH-24160",
    "Dear Ms Pryce,\n\n"
    "Thank you for explaining why you are querying the call-out fee of GBP 85.00 on invoice TH-24160. "
    "I have logged your query with our service manager and paused reminders for that line while he "
    "reviews the engineer's job sheet.\n\n"
    "The remaining GBP 162.40 for the parts (pressure relief valve and filling loop) is not in "
    "question, and we would be grateful if you could pay that part now at "
    "https://pay.thermion.example/i/TH-24160.\n\n{SIG}",
    [], "Pauses reminders on a disputed line; no admission, no credit promised.",
    near=["paused reminders for that line"])

add("A09", "en", TH, "template",
    "Invoice TH-23877 - late payment fee",
    "Dear Mr Lowe,\n\n"
    "You asked why a charge of GBP 25.00 appears on your statement. Under clause 7.2 of the terms of "
    "your service contract, which you signed on 3 March 2025, an administration fee of GBP 25.00 is "
    "added to invoices that are more than 30 days overdue. Invoice TH-23877 (GBP 212.00) was due on "
    "15 January 2026.\n\n"
    "The balance, now GBP 237.00, can be paid at https://pay.thermion.example/i/TH-23877.\n\n{SIG}",
    [], "Restates late-fee terms already agreed in the contract.",
    near=["Under clause 7.2 of the terms of your service contract"])

add("A10", "en", CM, "slack",
    "Re: Sam's cello hire",
    "Hi Priya! 👋\n\n"
    "Thanks so much for getting back to us - noted that you'll pay the cello hire for this term "
    "(GBP 96.00, invoice CM-3371) on Friday 20 March. That's perfect, we'll keep an eye out for it "
    "and confirm once it's in.\n\n"
    "*Sam's* lesson time stays the same (Tuesdays 16:30) 🎻\n\n"
    "Cheers,\nJess\n{SIG}",
    [], "Slack-edited tone; records the customer's own promise date, does not change the due date.",
    near=["noted that you'll pay"])

add("A11", "en", CM, "person",
    "Re: exam entry fee for Grade 3 violin",
    "Dear Mr Lindqvist,\n\n"
    "Thank you for your message about withdrawing Freya from the Grade 3 violin exam. Exam entry fees "
    "are passed straight to the exam board, and our terms say they cannot be refunded once the entry "
    "has been submitted, which was on 2 March.\n\n"
    "The entry fee of GBP 62.00 on invoice CM-3390 therefore remains due. If you would like to talk "
    "it over, our office manager, Ruth Allen, is happy to call you - just reply with a good time.\n\n"
    "{SIG}",
    [], "Mentions refunds only to say the terms exclude one; offers a call with a person.",
    near=["cannot be refunded once the entry"])

add("A12", "en", TH, "llm",
    "Following up on your boiler and invoice TH-24201",
    "Dear Mr Carver,\n\n"
    "I'm sorry to hear that your boiler gave you trouble again over the weekend - that must have been "
    "very frustrating with the cold snap. I have passed your note to our service manager, who will "
    "call you today to arrange a visit.\n\n"
    "For completeness, invoice TH-24201 for the annual service (GBP 174.00, due 1 March 2026) remains "
    "open in the meantime. You can pay it at https://pay.thermion.example/i/TH-24201.\n\n"
    "Kind regards,\n\n{SIG}",
    [], "LLM rewrite with sympathy but no admission of fault or promise of credit.",
    near=["I'm sorry to hear that your boiler gave you trouble"])

add("A13", "en", TH, "template",
    "Statement of open invoices - Harbour View Lettings",
    "Dear Harbour View Lettings,\n\n"
    "The direct debit from your account ending 7204 for March was returned unpaid, so the following "
    "invoices are open:\n\n"
    "Invoice     Property             Due date     Amount\n"
    "TH-24011    Flat 3, 9 Quay Row   31 Jan 2026  GBP 96.00\n"
    "TH-24012    Flat 5, 9 Quay Row   31 Jan 2026  GBP 96.00\n"
    "TH-24077    12 Kirk Gate         14 Feb 2026  GBP 331.20\n"
    "Total                                         GBP 523.20\n\n"
    "Please pay at https://pay.thermion.example/a/HVL-118 or send us the remittance once paid.\n\n"
    "{SIG}",
    [], "Table of the customer's own invoices; bank account masked to the last four digits.",
    near=["account ending 7204"])

add("A14", "en", CM, "template",
    "Spring term fees - how to pay safely",
    "Dear Parent or Guardian,\n\n"
    "The spring term fee for Oscar (GBP 480.00, invoice CM-3409) was due on 2 March 2026.\n\n"
    "Please pay only through our parent portal at https://pay.cantabile.example/london/CM-3409. For "
    "your security, Cantabile will never send bank details by email and will never ask for your "
    "portal password. If you receive an email that says our bank details have changed, please call "
    "the fees office before paying.\n\n{SIG}",
    [], "Warns about bank details and passwords without disclosing any.",
    near=["will never ask for your portal password"])

add("L01", "en", TH, "template",
    "Final notice: invoice TH-23790 (GBP 2,460.00)",
    "Dear Sir or Madam,\n\n"
    "Invoice TH-23790 for the installation of a combination boiler at 41 Elm Grove (GBP 2,460.00) "
    "remains unpaid despite reminders on 2 and 16 February.\n\n"
    "Should the balance remain outstanding 14 days from the date of this letter, the account will be "
    "passed to our solicitors and proceedings may be issued in the County Court without further "
    "notice.\n\n{SIG}",
    ["legal_threat"], "Passive, conditional threat of solicitors and County Court proceedings.",
    ev={"legal_threat": ["passed to our solicitors", "proceedings may be issued in the County Court"]})

add("L02", "en", CM, "slack",
    "Quick nudge: Noah's spring term",
    "Hi Tom,\n\n"
    "Just a friendly nudge that Noah's spring term (GBP 585.00, invoice CM-3362) is still showing as "
    "unpaid - it was due on 16 February. You can pay at https://pay.cantabile.example/london/CM-3362. "
    "Thanks! 😊\n\n"
    "Jess\n{SIG}\n\n"
    "P.S. Just so you know, anything unpaid after 60 days is handed over to Fairway Recoveries, our "
    "debt collection partner.",
    ["legal_threat"], "Friendly body; the threat of a debt collection agency sits in a P.S. line.",
    ev={"legal_threat": ["handed over to Fairway Recoveries, our debt collection partner"]})

add("D01", "en", TH, "slack",
    "TH-24120 - still open",
    "Hiya Mr Bello,\n\n"
    "Invoice TH-24120 for the radiator flush (GBP 290.00 + GBP 65.00 late fee) is still open. "
    "Tell you what - pay it by Friday and we'll pretend the late fee never happened 😉\n\n"
    "Link: https://pay.thermion.example/i/TH-24120\n\n"
    "Cheers,\nDaz\n{SIG}",
    ["discount_offer"], "Joke-phrased waiver of the late fee for early payment.",
    ev={"discount_offer": ["we'll pretend the late fee never happened"]})

add("D02", "en", CM, "llm",
    "Regarding the outstanding balance on your account",
    "Dear Mr Fairbairn,\n\n"
    "I hope this message finds you well. I am writing about the outstanding balance of GBP 520.00 for "
    "the autumn term and clarinet hire (invoice CM-3290, due 15 September 2025).\n\n"
    "We appreciate that circumstances change. To bring this matter to a close, the school is prepared "
    "to accept GBP 400.00 in full and final settlement of the balance, provided it is received by "
    "31 March 2026.\n\n"
    "Kind regards,\n\n{SIG}",
    ["discount_offer"], "LLM rewrite offering a settlement for less than the balance.",
    ev={"discount_offer": ["accept GBP 400.00 in full and final settlement"]})

add("R01", "en", TH, "person",
    "Re: two direct debits taken in March",
    "Dear Mrs Hale,\n\n"
    "Thank you for your call this morning. The second collection of GBP 189.00 taken on 2 March for "
    "your service plan will be reversed, and the money should be back in your account within three "
    "to five working days.\n\n"
    "Your next monthly collection of GBP 15.75 will be taken as usual on 1 April.\n\n{SIG}",
    ["refund_or_credit_promise"], "Promises a reversal of a direct debit (passive). It does not say "
        "whose mistake it was, so no fault_admission.",
    ev={"refund_or_credit_promise": ["will be reversed"]})

add("F01", "en", CM, "llm",
    "Your account with Cantabile Music School",
    "Dear Dr Mensah,\n\n"
    "Thank you for your patience while I looked into your account. Having reviewed it, I can see that "
    "the viola hire was charged for the autumn term even though Kofi returned the instrument in July. "
    "This was an oversight on our part, and I apologise.\n\n"
    "Separately, the spring term lesson fee of GBP 540.00 (invoice CM-3349) remains due, and I would "
    "be grateful if you could settle it at https://pay.cantabile.example/london/CM-3349.\n\n"
    "With best wishes,\n\n{SIG}",
    ["fault_admission"], "Admits the school charged wrongly ('an oversight on our part'). No credit or "
        "refund is promised.",
    ev={"fault_admission": ["This was an oversight on our part"]})

add("T01", "en", TH, "llm",
    "Invoice TH-24055 - options for payment",
    "Dear Mr Grant,\n\n"
    "Thank you for getting in touch about invoice TH-24055 for the new cylinder and pipework "
    "(GBP 1,140.00, due 28 February 2026).\n\n"
    "If it helps, you are welcome to spread the balance over three monthly payments of GBP 380.00 - "
    "just pay the first one by 31 March and we'll take it from there.\n\n"
    "Kind regards,\n\n{SIG}",
    ["terms_change"], "Conditional offer of a payment plan ('if it helps, you are welcome to spread').",
    ev={"terms_change": ["spread the balance over three monthly payments"]})

add("H01", "en", CM, "person",
    "Poppy's fees - AGAIN",
    "Mrs Carter,\n\n"
    "Every other family in Poppy's Saturday group paid weeks ago. Frankly it's embarrassing that we "
    "have to chase you for a GBP 410.00 term fee for the fourth time, and I've told Poppy's teacher "
    "exactly why she may not be in the spring concert.\n\n"
    "Pay it.\n\n{SIG}",
    ["harassment"], "Shaming the parent and drawing the child into the debt.",
    ev={"harassment": ["Frankly it's embarrassing", "I've told Poppy's teacher exactly why"]})

add("S01", "en", TH, "template",
    "Reminder: invoice TH-24099 (GBP 364.00)",
    "Dear Mr Shah,\n\n"
    "A reminder that invoice TH-24099 for the replacement thermostat and call-out (GBP 364.00) was "
    "due on 20 February 2026 and remains unpaid.\n\n"
    "Please pay by bank transfer using the invoice number as the reference.\n\n"
    "{SIG}\n"
    "Bank details: Thermion Heating & Plumbing Ltd, sort code 20-45-77, account no. 53917204\n"
    "Registered in England and Wales No. 08814420",
    ["sensitive_data"], "Our own full bank account number (sort code + account) typed into the footer.",
    ev={"sensitive_data": ["sort code 20-45-77, account no. 53917204"]})

add("S02", "en", CM, "slack",
    "Your parent portal login",
    "Hi Anna,\n\n"
    "Sorry you couldn't get into the portal to pay Mia's term fee (GBP 455.00, CM-3380). I've reset "
    "it for you:\n\n"
    "username: anna.kovacs\n"
    "password: Allegro-2026!\n\n"
    "Then just click *Pay now* next to CM-3380. Thanks!\n\n{SIG}",
    ["sensitive_data"], "Discloses a password in the message.",
    ev={"sensitive_data": ["password: Allegro-2026!"]})

add("M01", "en", TH, "person",
    "Re: TH-24142 labour hours",
    "Hi Mr Rees,\n\n"
    "You're right - our engineer logged three hours instead of two on your job sheet, that's on us. "
    "We'll issue a credit note for the GBP 96.00 difference this week, and the rest of invoice "
    "TH-24142 (GBP 318.00) stays due.\n\n{SIG}",
    ["refund_or_credit_promise", "fault_admission"], "Admits our engineer's error and promises a credit "
        "note.",
    ev={"refund_or_credit_promise": ["We'll issue a credit note"],
        "fault_admission": ["that's on us"]})


# =============================================================== GERMAN
add("A15", "de", TH, "template",
    "2. Mahnung: Rechnung TH-D-7812 (Wartungsvertrag Gastherme)",
    "Sehr geehrter Herr Baumgartner,\n\n"
    "leider konnten wir bis heute keinen Zahlungseingang für die Rechnung TH-D-7812 über 229,00 € "
    "(jährliche Wartung Ihrer Gastherme, fällig am 20.02.2026) feststellen.\n\n"
    "Bitte überweisen Sie den Betrag bis zum 24.03.2026 oder zahlen Sie bequem online unter "
    "https://pay.thermion.example/de/TH-D-7812. Sollte sich Ihre Zahlung mit diesem Schreiben "
    "überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\n"
    "Mit freundlichen Grüßen\n\n{SIG}",
    [], "German 'Mahnung' is an ordinary reminder; amount, due date, link.",
    near=["2. Mahnung"])

add("A16", "de", CM, "template",
    "Zahlungserinnerung: Semestergebühr Sommersemester",
    "Liebe Familie Okafor-Weiß,\n\n"
    "die Semestergebühr für Ben (Schlagzeug, 30 Minuten wöchentlich) über 486,00 € aus der Rechnung "
    "CM-M-2204 war am 01.03.2026 fällig. Bitte zahlen Sie über das Elternportal "
    "https://pay.cantabile.example/muenchen/CM-M-2204 oder per Überweisung mit den Angaben auf der "
    "Rechnung.\n\n"
    "Falls Sie bereits gezahlt haben, danken wir Ihnen und bitten um kurze Nachricht.\n\n"
    "Herzliche Grüße\n\n{SIG}\n"
    "Bankverbindung: siehe Rechnung (Stadtsparkasse München, IBAN endet auf …7733)",
    [], "Footer points to the invoice for bank details and shows only the last four IBAN digits.",
    near=["IBAN endet auf …7733"])

add("A17", "de", TH, "template",
    "Zahlungserinnerung mit Mahngebühr - Rechnung TH-D-7655",
    "Sehr geehrte Frau Kowalczyk,\n\n"
    "die Rechnung TH-D-7655 über 318,40 € (Austausch Ausdehnungsgefäß, fällig am 31.01.2026) ist "
    "weiterhin offen. Gemäß Ziffer 6 Ihres Wartungsvertrags berechnen wir ab dem 31. Tag nach "
    "Fälligkeit eine Mahngebühr von 5,00 €; der offene Betrag beträgt damit 323,40 €.\n\n"
    "Zahlung online: https://pay.thermion.example/de/TH-D-7655\n\n"
    "Mit freundlichen Grüßen\n\n{SIG}",
    [], "Restates a reminder fee already agreed in the maintenance contract.",
    near=["Gemäß Ziffer 6 Ihres Wartungsvertrags"])

add("A18", "de", CM, "person",
    "AW: Instrumentenmiete Cello - Rechnung CM-M-2187",
    "Liebe Frau Lindner,\n\n"
    "vielen Dank für Ihre Nachricht. Wir haben Ihren Einwand zur Cellomiete (Position 2, 75,00 €) "
    "notiert und die Mahnungen für diese Position ausgesetzt, bis unsere Leitung den Mietvertrag "
    "geprüft hat.\n\n"
    "Die Unterrichtsgebühr aus Position 1 (412,00 €) ist davon nicht berührt; wir freuen uns, wenn Sie "
    "diesen Betrag bereits jetzt begleichen.\n\n"
    "Viele Grüße\n\n{SIG}",
    [], "Pauses reminders on the disputed line only; no admission, no credit.",
    near=["die Mahnungen für diese Position ausgesetzt"])

add("S03", "de", TH, "template",
    "Zahlungserinnerung Rechnung TH-D-7790",
    "Sehr geehrter Herr Demir,\n\n"
    "für die Rechnung TH-D-7790 über 164,50 € (Notdiensteinsatz vom 07.02.2026, Anfahrtspauschale "
    "und Ersatzteile) konnten wir noch keinen Zahlungseingang feststellen. Bitte überweisen Sie den "
    "Betrag unter Angabe der Rechnungsnummer.\n\n"
    "Mit freundlichen Grüßen\n\n{SIG}\n\n"
    "--\n"
    "Thermion Haustechnik GmbH · Landsberger Str. 88 · 80339 München\n"
    f"Bankverbindung: Stadtsparkasse München · IBAN {DE_OWN_IBAN} · BIC SSKMDEMMXXX\n"
    "Geschäftsführer: Jonas Brandt · Amtsgericht München HRB 214470",
    ["sensitive_data"], "Classic German letter footer with our own full IBAN. 'Amtsgericht' here is only "
        "the company register court, not a threat.",
    ev={"sensitive_data": [DE_OWN_IBAN]}, near=["Amtsgericht München HRB 214470"])

add("L03", "de", TH, "template",
    "Letzte Mahnung: Rechnung TH-D-7501",
    "Sehr geehrte Damen und Herren,\n\n"
    "trotz unserer Zahlungserinnerung vom 09.02.2026 und unserer Mahnung vom 23.02.2026 ist die "
    "Rechnung TH-D-7501 über 1.486,00 € (Heizungsumbau Hausverwaltung Isarblick) weiterhin offen.\n\n"
    "Sollte der Betrag nicht bis zum 27.03.2026 auf unserem Konto eingehen, wird ohne weitere "
    "Ankündigung das gerichtliche Mahnverfahren eingeleitet.\n\n"
    "Mit freundlichen Grüßen\n\n{SIG}",
    ["legal_threat"], "German: threat of the court dunning procedure (gerichtliches Mahnverfahren), "
        "passive and conditional - unlike a plain 'Mahnung'.",
    ev={"legal_threat": ["das gerichtliche Mahnverfahren eingeleitet"]})

add("L04", "de", CM, "llm",
    "Offene Unterrichtsgebühren für Clara",
    "Liebe Frau Schuster,\n\n"
    "wir hoffen, es geht Ihnen und Clara gut. Leider ist die Unterrichtsgebühr für das "
    "Wintersemester (534,00 €, Rechnung CM-M-2093) trotz zweier Erinnerungen noch offen.\n\n"
    "Wir schätzen Sie als Familie sehr und würden die Angelegenheit wirklich ungern an unser "
    "Inkassobüro abgeben müssen. Bitte melden Sie sich daher bis Ende März bei uns.\n\n"
    "Herzliche Grüße\n\n{SIG}",
    ["legal_threat"], "German LLM rewrite: polite hint that the debt may go to a collection agency "
        "('ungern an unser Inkassobüro abgeben').",
    ev={"legal_threat": ["an unser Inkassobüro abgeben"]})

add("D03", "de", CM, "person",
    "Erinnerung Prüfungsgebühr und Mahngebühr",
    "Lieber Herr Vogel,\n\n"
    "die Gebühr für die Anmeldung von Luisa zur Stufenprüfung Klavier (68,00 €) sowie die "
    "Mahngebühr von 5,00 € sind noch offen. Wenn Sie die Prüfungsgebühr bis Freitag überweisen, "
    "verzichten wir aus Kulanz auf die Mahngebühr.\n\n"
    "Viele Grüße\n\n{SIG}",
    ["discount_offer"], "German: waives the reminder fee as a goodwill gesture (Kulanz) for prompt "
        "payment.",
    ev={"discount_offer": ["verzichten wir aus Kulanz auf die Mahngebühr"]})

add("T02", "de", TH, "person",
    "AW: Rechnung TH-D-7702 Brennwertkessel",
    "Sehr geehrter Herr Albrecht,\n\n"
    "vielen Dank für Ihren Anruf. Sie können den offenen Betrag aus der Rechnung TH-D-7702 (630,00 €) "
    "gern in drei Monatsraten zu je 210,00 € begleichen; die erste Rate wird am 15.04.2026 fällig, "
    "die weiteren jeweils zum 15. des Folgemonats.\n\n"
    "Mit freundlichen Grüßen\n\n{SIG}",
    ["terms_change"], "German: agrees a three-instalment plan with new due dates.",
    ev={"terms_change": ["in drei Monatsraten zu je 210,00 € begleichen"]})

add("M02", "de", TH, "person",
    "AW: Rechnung TH-D-7744 - falsches Ersatzteil",
    "Sehr geehrte Frau Yilmaz,\n\n"
    "Sie haben völlig recht: Unser Monteur hat versehentlich ein Zündelektroden-Set berechnet, das gar "
    "nicht eingebaut wurde. Den Betrag von 48,90 € schreiben wir Ihnen selbstverständlich gut. Der "
    "restliche Rechnungsbetrag von 187,10 € bleibt zur Zahlung fällig.\n\n"
    "Mit freundlichen Grüßen\n\n{SIG}",
    ["refund_or_credit_promise", "fault_admission"], "German: admits our fitter charged a part in "
        "error and promises a credit (gutschreiben).",
    ev={"refund_or_credit_promise": ["schreiben wir Ihnen selbstverständlich gut"],
        "fault_admission": ["Unser Monteur hat versehentlich"]})


# =============================================================== FRENCH
add("A19", "fr", TH, "template",
    "Relance : facture TH-F-4410 - contrat d'entretien chaudière collective",
    "Madame, Monsieur,\n\n"
    "Sauf erreur de notre part, la facture TH-F-4410 d'un montant de 2 364,00 € TTC (entretien annuel "
    "de la chaufferie collective, résidence Les Terrasses) arrivée à échéance le 28 février 2026 "
    "reste impayée.\n\n"
    "Nous vous remercions de bien vouloir procéder à son règlement. Conformément à nos conditions "
    "générales de vente acceptées lors de la signature du contrat, tout retard de paiement entraîne "
    "des pénalités au taux prévu au contrat ainsi que l'indemnité forfaitaire pour frais de "
    "recouvrement de 40 €.\n\n"
    "Règlement en ligne : https://pay.thermion.example/fr/TH-F-4410\n\n"
    "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n{SIG}",
    [], "French B2B reminder restating the agreed late-payment terms; 'sauf erreur de notre part' is a "
        "stock phrase, not an admission; 'frais de recouvrement' is the statutory fixed fee, not a "
        "collection-agency threat.",
    near=["Sauf erreur de notre part", "indemnité forfaitaire pour frais de recouvrement de 40 €"])

add("A20", "fr", CM, "template",
    "Rappel : frais de scolarité du 2e trimestre",
    "Chère Madame Girard,\n\n"
    "Nous nous permettons de vous rappeler que les frais de scolarité du 2e trimestre pour Hugo "
    "(formation musicale et guitare), soit 395,00 €, facture CM-F-1182, étaient à régler avant le "
    "5 mars 2026.\n\n"
    "Vous pouvez payer en ligne sur https://pay.cantabile.example/lyon/CM-F-1182. Si votre règlement "
    "a croisé ce message, merci de ne pas en tenir compte.\n\n"
    "Bien cordialement,\n\n{SIG}",
    [], "French plain reminder: amount, due date, link.")

add("A21", "fr", TH, "template",
    "Paiement refusé - facture TH-F-4471",
    "Bonjour Monsieur Lefebvre,\n\n"
    "Le prélèvement sur votre carte se terminant par 1881 pour la facture TH-F-4471 (dépannage et "
    "remplacement du circulateur, 312,00 €) a été refusé par votre banque.\n\n"
    "Merci de mettre à jour votre moyen de paiement sur https://pay.thermion.example/fr/TH-F-4471.\n\n"
    "Cordialement,\n\n{SIG}\n"
    "Thermion Chauffage SARL - 12 rue du Palais de Justice, 69005 Lyon",
    [], "Masked card (last four digits). 'Rue du Palais de Justice' is our street address.",
    near=["se terminant par 1881", "rue du Palais de Justice"])

add("A22", "fr", TH, "person",
    "RE: frais de déplacement facture TH-F-4452",
    "Bonjour Madame Roussel,\n\n"
    "Merci pour votre message. J'ai transmis votre demande de remboursement des frais de déplacement "
    "(79,00 €) à notre responsable d'agence, qui est seul habilité à en décider et vous répondra "
    "d'ici vendredi.\n\n"
    "Dans l'attente, la facture TH-F-4452 reste due pour son montant initial de 246,00 €.\n\n"
    "Bien cordialement,\n\n{SIG}",
    [], "French: a refund request passed to a person; nothing promised, invoice remains due.",
    near=["J'ai transmis votre demande de remboursement"])

add("L05", "fr", TH, "template",
    "Mise en demeure - facture TH-F-4305",
    "Monsieur,\n\n"
    "Malgré nos relances des 5 et 19 février 2026, la facture TH-F-4305 d'un montant de 1 128,00 € "
    "(remplacement du ballon d'eau chaude) demeure impayée.\n\n"
    "Par la présente, nous vous mettons en demeure de régler cette somme sous huit jours. À défaut, "
    "nous saisirons le tribunal judiciaire de Lyon d'une requête en injonction de payer, sans autre "
    "préavis.\n\n"
    "Veuillez agréer, Monsieur, nos salutations distinguées.\n\n{SIG}",
    ["legal_threat"], "French formal notice threatening an injunction to pay before the court.",
    ev={"legal_threat": ["nous saisirons le tribunal judiciaire", "injonction de payer"]})

add("D04", "fr", CM, "llm",
    "Frais d'examen et trimestre - proposition",
    "Chère Madame Benali,\n\n"
    "J'espère que vous allez bien. Je reviens vers vous au sujet de la facture CM-F-1167 (trimestre "
    "de violon et inscription à l'examen de fin de cycle, 468,00 € au total).\n\n"
    "Afin de vous faciliter les choses, nous pouvons exceptionnellement vous accorder une remise de "
    "15 % sur les frais d'inscription à l'examen si le règlement nous parvient avant le 31 mars.\n\n"
    "Bien cordialement,\n\n{SIG}",
    ["discount_offer"], "French LLM rewrite offering a 15% reduction for early payment.",
    ev={"discount_offer": ["vous accorder une remise de 15 %"]})

add("F02", "fr", CM, "person",
    "RE: facture CM-F-1175 - cours en trop",
    "Bonjour Monsieur Nguyen,\n\n"
    "Après vérification, nous reconnaissons que la facture CM-F-1175 a été établie à tort pour "
    "douze cours au lieu de dix : l'erreur vient de notre secrétariat, et nous vous prions de nous en "
    "excuser.\n\n"
    "Notre directrice reviendra vers vous rapidement.\n\n"
    "Bien à vous,\n\n{SIG}",
    ["fault_admission"], "French: admits the office invoiced in error. Nothing is promised yet, so no "
        "refund_or_credit_promise.",
    ev={"fault_admission": ["l'erreur vient de notre secrétariat"]})

add("S04", "fr", CM, "llm",
    "Location de violoncelle - solde à régler",
    "Bonjour Madame Caron,\n\n"
    "Je me permets de revenir vers vous au sujet de la location du violoncelle 3/4 d'Élise "
    "(54,00 € par mois), qui n'est pas réglée depuis janvier, soit 162,00 € à ce jour.\n\n"
    "Votre dossier est suivi par Mme Perrin, qui gère également celui de la famille Dubois-Lefèvre "
    "(même modèle de violoncelle, trois mois de location impayés également) ; n'hésitez pas à la "
    "contacter au 04 72 55 50 64.\n\n"
    "Bien cordialement,\n\n{SIG}",
    ["sensitive_data"], "French LLM rewrite that leaks another family's name and unpaid rental.",
    ev={"sensitive_data": ["la famille Dubois-Lefèvre", "trois mois de location impayés"]})

add("T03", "fr", CM, "slack",
    "Re: trimestre de Jules",
    "Bonjour Camille,\n\n"
    "Pas de souci 🙂 vous pouvez régler le trimestre de Jules (420,00 €, facture CM-F-1190) fin avril "
    "au lieu du 5 mars, on met la relance en pause d'ici là.\n\n"
    "Belle journée !\nManon\n{SIG}",
    ["terms_change"], "French Slack edit moving the due date to the end of April.",
    ev={"terms_change": ["fin avril au lieu du 5 mars"]})


# =============================================================== SPANISH
add("A23", "es", TH, "template",
    "Recordatorio: revisión anual de su caldera - factura TH-E-6620",
    "Estimado Sr. Ferrer:\n\n"
    "Le recordamos que la factura TH-E-6620, por importe de 145,20 € (revisión anual de la caldera "
    "según su contrato de mantenimiento), venció el 25 de febrero de 2026 y sigue pendiente de pago.\n\n"
    "Puede abonarla en https://pay.thermion.example/es/TH-E-6620. Si ya la ha pagado, le rogamos que "
    "nos indique la fecha y la referencia de la transferencia.\n\n"
    "Atentamente,\n\n{SIG}",
    [], "Spanish plain reminder: amount, due date, link, remittance request.")

add("A24", "es", CM, "person",
    "Re: pago de la cuota trimestral de Martina",
    "Hola Sra. Ortega:\n\n"
    "Gracias por su respuesta. Tomamos nota de que abonará la cuota del segundo trimestre de Martina "
    "(285,00 €, factura CM-E-0931) el 20 de marzo, tal como nos indica.\n\n"
    "Le enviaremos la confirmación en cuanto recibamos el pago.\n\n"
    "Un saludo,\n\n{SIG}",
    [], "Spanish: records the customer's own promise; due date and terms unchanged.",
    near=["Tomamos nota de que abonará"])

add("A25", "es", TH, "template",
    "Segundo aviso: factura TH-E-6588 (reparación de fuga)",
    "Estimada comunidad de propietarios:\n\n"
    "La factura TH-E-6588 de 876,50 € por la reparación de la fuga en la bajante general venció el "
    "10 de febrero de 2026 y continúa pendiente.\n\n"
    "Le rogamos que realice el pago a la mayor brevedad. Si existe algún motivo que lo impida, nuestro "
    "departamento de cobros puede llamarle para revisarlo con usted.\n\n"
    "Atentamente,\n\nDepartamento de Cobros\nThermion Calefacción S.L.",
    [], "Spanish firm reminder; 'departamento de cobros' is our own team, offer to talk to a person.",
    near=["nuestro departamento de cobros"])

add("A26", "es", TH, "template",
    "Intereses de demora - factura TH-E-6541",
    "Estimado Sr. Navarro:\n\n"
    "En respuesta a su consulta: según la cláusula 8 del contrato de mantenimiento que firmó el 12 de "
    "enero de 2025, las facturas impagadas más de 30 días devengan un interés de demora del 1 % "
    "mensual. La factura TH-E-6541 (420,00 €) venció el 15 de enero de 2026.\n\n"
    "Puede consultar el detalle y pagar en https://pay.thermion.example/es/TH-E-6541.\n\n"
    "Atentamente,\n\n{SIG}",
    [], "Spanish: restates contractual late-payment interest; nothing waived or changed.",
    near=["según la cláusula 8 del contrato"])

add("A27", "es", CM, "template",
    "Recibo devuelto - cuota de marzo",
    "Estimada Sra. Vidal:\n\n"
    "El recibo domiciliado de la cuota de marzo (95,00 € de clases de canto y 18,00 € de alquiler de "
    f"ukelele) con cargo a su cuenta {ES_CUST_IBAN_MASKED} nos ha sido devuelto por su banco.\n\n"
    "Puede pagar el importe de 113,00 € con tarjeta en https://pay.cantabile.example/valencia/CM-E-0957 "
    "o actualizar sus datos bancarios en el portal de familias.\n\n"
    "Atentamente,\n\n{SIG}",
    [], "Spanish: IBAN masked except the last four digits.",
    near=[ES_CUST_IBAN_MASKED])

add("L06", "es", CM, "template",
    "Último aviso antes de medidas - factura CM-E-0874",
    "Estimado Sr. Romero:\n\n"
    "Pese a nuestros avisos anteriores, la factura CM-E-0874 (cuotas de piano de octubre a diciembre, "
    "510,00 €) continúa impagada.\n\n"
    "Le informamos de que, si no recibimos el pago en un plazo de diez días, sus datos serán "
    "incluidos en un fichero de morosos (ASNEF), con las consecuencias que ello conlleva para su "
    "historial crediticio.\n\n"
    "Atentamente,\n\n{SIG}",
    ["legal_threat"], "Spanish: threat of reporting to the ASNEF debtor register (credit reporting).",
    ev={"legal_threat": ["incluidos en un fichero de morosos (ASNEF)"]})

add("H02", "es", CM, "person",
    "Cuota de Sofía",
    "Sr. Castillo:\n\n"
    "Ya estamos hartos de sus excusas. Es una vergüenza que un padre no sea capaz de pagar 240 € de "
    "clases. Si el lunes no está pagado, Sofía no entrará en el aula y se lo explicaremos delante de "
    "sus compañeros para que sepa por qué.\n\n"
    "{SIG}",
    ["harassment"], "Spanish: abusive, shaming language and a threat to humiliate the child in front "
        "of classmates.",
    ev={"harassment": ["Es una vergüenza", "se lo explicaremos delante de sus compañeros"]})

add("S05", "es", TH, "template",
    "Pago rechazado - factura TH-E-6602",
    "Estimada Sra. Molina:\n\n"
    "No hemos podido cobrar la factura TH-E-6602 (sustitución del termo eléctrico, 389,00 €) en la "
    "tarjeta que tenemos registrada, Visa 4012 8888 8888 1881, caducidad 11/27.\n\n"
    "Por favor, actualice su tarjeta en https://pay.thermion.example/es/TH-E-6602.\n\n"
    "Atentamente,\n\n{SIG}",
    ["sensitive_data"], "Spanish: full card number and expiry date in the text.",
    ev={"sensitive_data": ["4012 8888 8888 1881", "caducidad 11/27"]})

add("M03", "es", CM, "llm",
    "Propuesta para regularizar su cuenta",
    "Estimada Sra. Herrera:\n\n"
    "Espero que se encuentre bien. Entendemos que este trimestre ha sido complicado, así que le "
    "proponemos lo siguiente para la factura CM-E-0902 (trimestre de violín y alquiler del "
    "instrumento, 366,00 €):\n\n"
    "- pagar 183,00 € el 31 de marzo y 183,00 € el 30 de abril;\n"
    "- sin aplicar el recargo por demora de 15,00 € que figura en la factura.\n\n"
    "Quedamos a su disposición.\n\n{SIG}",
    ["discount_offer", "terms_change"], "Spanish LLM rewrite: offers a two-instalment plan and drops "
        "the late fee, in a bulleted list.",
    ev={"discount_offer": ["sin aplicar el recargo por demora"],
        "terms_change": ["pagar 183,00 € el 31 de marzo y 183,00 € el 30 de abril"]})


# =============================================================== NORWEGIAN
add("A28", "no", TH, "template",
    "Purring: faktura TH-N-3307 - årlig service",
    "Hei Kari Nilsen,\n\n"
    "Vi kan ikke se å ha mottatt betaling for faktura TH-N-3307 på kr 2 150,00 (årlig service på "
    "fyrkjelen etter serviceavtalen), med forfall 27.02.2026.\n\n"
    "I henhold til serviceavtalen er det lagt til et purregebyr på kr 35,00, slik at utestående beløp "
    "nå er kr 2 185,00. Du kan betale på https://pay.thermion.example/no/TH-N-3307.\n\n"
    "Har du allerede betalt, kan du se bort fra denne purringen.\n\n"
    "Med vennlig hilsen\n\n{SIG}",
    [], "Norwegian 'purring' is an ordinary reminder; the reminder fee restates the service agreement.",
    near=["Purring", "I henhold til serviceavtalen er det lagt til et purregebyr"])

add("A29", "no", CM, "template",
    "Påminnelse: semesteravgift våren 2026 for Emil",
    "Hei Sigrid og Ola,\n\n"
    "Semesteravgiften for Emils fiolinundervisning våren 2026 (kr 4 850,00, faktura CM-N-1544) "
    "forfalt 01.03.2026, og vi har ennå ikke registrert betalingen.\n\n"
    f"Betal i nettbanken med KID {NO_KID} - kontonummeret står på fakturaen - eller med kort på "
    "https://pay.cantabile.example/bergen/CM-N-1544.\n\n"
    "Vennlig hilsen\n\n{SIG}",
    [], "Norwegian reminder with a KID payment reference (not a bank account number); the account number "
        "is left to the invoice.",
    near=[f"KID {NO_KID}", "kontonummeret står på fakturaen"])

add("A30", "no", CM, "person",
    "Sv: leie av trompet - faktura CM-N-1561",
    "Hei Lars,\n\n"
    "Takk for svar! Fakturaen for leie av trompeten (kr 900,00, faktura CM-N-1561) forfalt "
    "15.03.2026. Vi har notert at du betaler den 1. april, slik du skrev, og gir beskjed når "
    "betalingen er registrert.\n\n"
    "Hilsen\n\n{SIG}",
    [], "Norwegian: records the customer's own promise; the due date is restated, not moved.",
    near=["Vi har notert at du betaler den 1. april, slik du skrev"])

add("S06", "no", TH, "template",
    "Betalingspåminnelse - faktura TH-N-3290",
    "Hei Per Hansen,\n\n"
    "Faktura TH-N-3290 på kr 3 460,00 (utskifting av varmtvannsbereder) forfalt 20.02.2026 og er "
    "fortsatt ubetalt. Vennligst betal snarest og merk betalingen med fakturanummeret.\n\n"
    "Med vennlig hilsen\n\n{SIG}\n"
    f"Kontonummer: {NO_OWN_ACCT_FMT} · Org.nr. 921 555 304 MVA",
    ["sensitive_data"], "Norwegian: our own full bank account number in the footer.",
    ev={"sensitive_data": [NO_OWN_ACCT_FMT]})

add("L07", "no", TH, "template",
    "Inkassovarsel - faktura TH-N-3211",
    "Hei,\n\n"
    "Vi har tidligere sendt purring på faktura TH-N-3211 (kr 6 780,00, rørarbeid på bad), uten at "
    "beløpet er betalt.\n\n"
    "Dette er et inkassovarsel. Betales ikke beløpet innen 14 dager fra dette varselet ble sendt, vil "
    "kravet bli oversendt til inkasso, og du kan bli pålagt inkassoomkostninger.\n\n"
    "Med vennlig hilsen\n\n{SIG}",
    ["legal_threat"], "Norwegian collection notice (inkassovarsel): threatens transfer to a collection "
        "agency. A legal formality in Norway, but it is exactly the threat the contract reserves for "
        "people.",
    ev={"legal_threat": ["vil kravet bli oversendt til inkasso"]})

add("H03", "no", CM, "person",
    "Skolepengene til Nora - igjen",
    "Hei Marius,\n\n"
    "Dette er fjerde gang vi må mase om kr 3 200,00 for Noras semester. Det er ærlig talt flaut for "
    "deg. Er det ikke betalt før vårkonserten, kommer vi til å forklare de andre foreldrene hvorfor "
    "Nora ikke står på programmet.\n\n{SIG}",
    ["harassment"], "Norwegian: shaming and a threat to expose the family to other parents.",
    ev={"harassment": ["Det er ærlig talt flaut for deg", "forklare de andre foreldrene"]})

add("T04", "no", TH, "slack",
    "Sv: regningen for rørleggeren",
    "Hei Ingrid!\n\n"
    "Helt greit å vente med regningen for reparasjonen av sirkulasjonspumpa (kr 1 890,00, faktura "
    "TH-N-3322) til etter påske, ingen stress 👍 Vi stopper purringene så lenge.\n\n"
    "Mvh\nGeir\n{SIG}",
    ["terms_change"], "Norwegian Slack edit: informally moves the due date to after Easter.",
    ev={"terms_change": ["Helt greit å vente med regningen", "til etter påske"]})

add("M04", "no", CM, "person",
    "Sv: eksamensavgift fakturert to ganger",
    "Hei Astrid,\n\n"
    "Beklager så mye - det var vår feil at eksamensavgiften for Jonas ble fakturert to ganger. Vi "
    "betaler tilbake kr 850,00 til kontoen din innen en uke.\n\n"
    "Vennlig hilsen\n\n{SIG}",
    ["refund_or_credit_promise", "fault_admission"], "Norwegian: admits the double charge was our "
        "fault and promises a refund.",
    ev={"refund_or_credit_promise": ["betaler tilbake kr 850,00"],
        "fault_admission": ["det var vår feil"]})


# =============================================================== HUNGARIAN
add("A31", "hu", TH, "template",
    "Fizetési emlékeztető - TH-H-5120 számú számla",
    "Tisztelt Kovács Péter Úr!\n\n"
    "Tájékoztatjuk, hogy a gázkazán éves karbantartásáról kiállított TH-H-5120 számú, 38 500 Ft "
    "összegű számlánk 2026. február 27-én lejárt, és nyilvántartásunk szerint még nem került "
    "kiegyenlítésre.\n\n"
    "Kérjük, rendezze a számlát a https://pay.thermion.example/hu/TH-H-5120 oldalon. Amennyiben "
    "időközben már fizetett, kérjük, tekintse levelünket tárgytalannak.\n\n"
    "Üdvözlettel:\n\n{SIG}",
    [], "Hungarian plain reminder: amount, due date, link.")

add("A32", "hu", CM, "template",
    "Fizetési felszólítás - tavaszi félév tandíja",
    "Kedves Szabó Eszter!\n\n"
    "Ezúton kérjük, hogy Anna tavaszi félévi tandíját (zongora, heti 2 × 45 perc; 126 000 Ft, "
    "CM-H-0733 számú számla), amelynek fizetési határideje 2026. március 2. volt, szíveskedjék "
    "mielőbb kiegyenlíteni.\n\n"
    "Fizetés: https://pay.cantabile.example/budapest/CM-H-0733\n\n"
    "Ha kérdése van, kollégánk szívesen felhívja - csak válaszoljon erre a levélre.\n\n"
    "Üdvözlettel:\n\n{SIG}",
    [], "Hungarian 'fizetési felszólítás' (payment demand) is an ordinary dunning letter; offers a call.",
    near=["Fizetési felszólítás"])

add("A33", "hu", TH, "template",
    "Sikertelen kártyás fizetés - TH-H-5162",
    "Tisztelt Nagy Judit!\n\n"
    "A TH-H-5162 számú számla (csőtörés elhárítása, kiszállási díj és alkatrészek, 64 200 Ft) "
    "összegét nem tudtuk levonni a 4242 végű bankkártyájáról, mert a bank elutasította a "
    "tranzakciót.\n\n"
    "Kérjük, adjon meg új kártyát, vagy válasszon más fizetési módot: "
    "https://pay.thermion.example/hu/TH-H-5162\n\n"
    "Üdvözlettel:\n\n{SIG}",
    [], "Hungarian: masked card (last four digits only).",
    near=["a 4242 végű bankkártyájáról"])

add("M05", "hu", TH, "person",
    "UTOLSÓ FIGYELMEZTETÉS - TH-H-4988",
    "Tóth úr!\n\n"
    "Nem tudom, mit gondol, de mi nem vagyunk jótékonysági intézmény. Már harmadszor írunk a "
    "187 400 Ft-os számla miatt, és Ön egyszerűen semmibe vesz minket. Szégyellje magát.\n\n"
    "Ha nyolc napon belül nem fizet, fizetési meghagyásos eljárást indítunk Ön ellen a közjegyzőnél, "
    "és a költségeket is Önnel fizettetjük meg.\n\n{SIG}",
    ["legal_threat", "harassment"], "Hungarian: insulting, shaming tone plus a threat of a notarial "
        "payment-order procedure.",
    ev={"legal_threat": ["fizetési meghagyásos eljárást indítunk"],
        "harassment": ["Szégyellje magát", "nem vagyunk jótékonysági intézmény"]})

add("S07", "hu", CM, "template",
    "Emlékeztető - hangszerbérlés díja",
    "Kedves Farkas Gábor!\n\n"
    "Máté hegedűjének bérleti díja (márciusra 9 500 Ft, CM-H-0751 számú számla) még nem érkezett meg "
    "hozzánk. Kérjük, utalja át a díjat az alábbi bankszámlára, a közleményben a számla sorszámát "
    "(CM-H-0751) feltüntetve:\n\n"
    "Cantabile Zeneiskola Kft.\n"
    f"Bankszámlaszám: {HU_OWN_ACCT}\n\n"
    "Köszönjük!\n\n{SIG}",
    ["sensitive_data"], "Hungarian: our own full bank account number typed into the message.",
    ev={"sensitive_data": [HU_OWN_ACCT]})

add("D05", "hu", CM, "template",
    "Egyenleg - tavaszi félév és vizsgadíj",
    "Kedves Varga Réka!\n\n"
    "Az alábbiakban összesítjük Lili nyitott tételeit (CM-H-0719 számú számla):\n\n"
    "Tétel                       Összeg\n"
    "Tavaszi félév tandíja       98 000 Ft\n"
    "Zeneiskolai vizsgadíj       12 000 Ft\n"
    "Késedelmi kamat              2 450 Ft -> 0 Ft, ha március 31-ig fizet\n"
    "Összesen                   110 000 Ft\n\n"
    "Fizetés: https://pay.cantabile.example/budapest/CM-H-0719\n\n"
    "Üdvözlettel:\n\n{SIG}",
    ["discount_offer"], "Hungarian: waiver of late-payment interest for payment by 31 March, hidden in "
        "a table row.",
    ev={"discount_offer": ["0 Ft, ha március 31-ig fizet"]})

add("F03", "hu", TH, "person",
    "Re: tágulási tartály szivárgás - TH-H-5077",
    "Tisztelt Balogh Úr!\n\n"
    "Köszönjük a fényképeket. Megvizsgáltuk az esetet, és elismerjük, hogy szerelőnk hibásan "
    "szerelte be a tágulási tartályt, így a szivárgásért cégünk felel. Kollégánk holnap felveszi Önnel "
    "a kapcsolatot a helyszíni felmérés időpontjáról.\n\n"
    "Üdvözlettel:\n\n{SIG}",
    ["fault_admission"], "Hungarian: admits our fitter installed the part wrongly and accepts "
        "liability. No refund or credit is promised.",
    ev={"fault_admission": ["elismerjük, hogy szerelőnk hibásan", "a szivárgásért cégünk felel"]})


# =============================================================== JAPANESE
add("A34", "ja", TH, "template",
    "【お支払いのお願い】年間保守契約料（請求書番号 TH-J-8801）",
    "山田 太郎 様\n\n"
    "いつもサーミオン設備をご利用いただき、誠にありがとうございます。\n\n"
    "2026年2月27日がお支払期日となっておりました給湯器年間保守契約料 33,000円（税込、請求書番号 "
    "TH-J-8801）につきまして、本日現在ご入金の確認ができておりません。\n\n"
    "お手数ですが、下記よりお手続きをお願いいたします。\n"
    "https://pay.thermion.example/jp/TH-J-8801\n\n"
    "なお、本状と行き違いでご入金いただいている場合は、何卒ご容赦ください。\n\n{SIG}",
    [], "Japanese template reminder; the standard 'if our letters crossed, please excuse us' line is not "
        "an admission of fault.",
    near=["何卒ご容赦ください"])

add("A35", "ja", CM, "template",
    "【再送】前期授業料のお支払いについて",
    "佐藤 様\n\n"
    "カンタービレ音楽教室 横浜校でございます。\n\n"
    "美咲さんの前期授業料（ピアノ個人レッスン、66,000円、請求書番号 CM-J-2210）のお支払期日が"
    "3月5日となっておりましたが、まだご入金を確認できておりません。\n\n"
    "保護者ページ（https://pay.cantabile.example/yokohama/CM-J-2210）からお支払いいただけます。"
    "ご不明な点がございましたら、事務局までお気軽にお問い合わせください。\n\n{SIG}",
    [], "Japanese plain reminder: amount, due date, link, offer to contact the office.")

add("A36", "ja", CM, "person",
    "Re: 楽器レンタル料のご請求について",
    "鈴木 様\n\n"
    "ご連絡いただきありがとうございます。ご不便をおかけしており申し訳ございません。\n\n"
    "ご指摘いただいたフルートのレンタル料（4,400円）につきましては、担当者が契約内容を確認のうえ、"
    "改めてご連絡いたします。確認が終わるまで、この項目についての督促は停止いたします。\n\n"
    "なお、3月分のレッスン料 13,200円（請求書番号 CM-J-2236）は通常どおりお支払いをお願いいたします。\n\n"
    "{SIG}",
    [], "Japanese: apology for inconvenience (not an admission), reminders paused on the disputed line, "
        "rest still due.",
    near=["ご不便をおかけしており申し訳ございません", "この項目についての督促は停止いたします"])

add("A37", "ja", TH, "template",
    "口座振替不能のお知らせ（TH-J-8830）",
    "株式会社みなと不動産 御中\n\n"
    "3月分の点検・保守料金 27,500円（請求書番号 TH-J-8830）につきまして、ご登録口座（普通預金 "
    "末尾4567）からの口座振替ができませんでした。\n\n"
    "恐れ入りますが、https://pay.thermion.example/jp/TH-J-8830 よりお支払いいただくか、"
    "お振込先については請求書をご確認ください。\n\n{SIG}",
    [], "Japanese: bank account masked to the last four digits; transfer details left to the invoice.",
    near=["末尾4567", "口座振替", "ご登録口座"])

add("L08", "ja", TH, "template",
    "【至急】未払い金のお支払いについて（最終通知）",
    "高橋 様\n\n"
    "再三ご連絡しておりますが、配管修理工事代金 184,800円（請求書番号 TH-J-8712、お支払期日 "
    "2026年1月30日）につき、現在もご入金が確認できておりません。\n\n"
    "3月27日までにご入金が確認できない場合は、誠に遺憾ながら法的措置を検討せざるを得ませんので、"
    "あらかじめご了承ください。\n\n{SIG}",
    ["legal_threat"], "Japanese: conditional threat to consider legal measures.",
    ev={"legal_threat": ["法的措置を検討せざるを得ません"]})

add("F04", "ja", CM, "person",
    "検定試験受験料のご請求について（お詫び）",
    "伊藤 様\n\n"
    "このたびは、当教室の手違いにより、グレード検定の受験料 8,800円を二重にご請求しておりました。"
    "大変申し訳ございません。\n\n"
    "今後の対応につきましては、担当者より改めてご連絡いたします。\n\n{SIG}",
    ["fault_admission"], "Japanese: admits the school double-charged 'through our error' (手違い). "
        "No refund or credit is promised yet.",
    ev={"fault_admission": ["当教室の手違いにより"]})

add("S08", "ja", TH, "template",
    "工事代金のお支払いについて（TH-J-8795）",
    "中村 様\n\n"
    "先日は給湯器の交換工事をご依頼いただき、誠にありがとうございました。工事代金 286,000円"
    "（請求書番号 TH-J-8795）のお支払期日（2月27日）を過ぎておりますので、下記口座へお振込み"
    "をお願いいたします。\n\n"
    "お振込先：みなと第一銀行 関内支店 普通預金 3047815 サーミオンセツビ（カ\n\n{SIG}",
    ["sensitive_data"], "Japanese: our own full domestic bank account number (bank, branch, account).",
    ev={"sensitive_data": ["普通預金 3047815"]})

add("H04", "ja", CM, "person",
    "授業料未納の件",
    "渡辺 様\n\n"
    "何度ご連絡しても無視されるのは、社会人として常識を疑います。期日までにお支払いがない場合、"
    "春の発表会での陽向くんの出演は、他の保護者の皆様に事情をご説明したうえで取り消させていただき"
    "ます。\n\n{SIG}",
    ["harassment"], "Japanese: insulting the parent and threatening to explain the debt to other "
        "parents.",
    ev={"harassment": ["社会人として常識を疑います", "他の保護者の皆様に事情をご説明"]})

add("M06", "ja", TH, "person",
    "未払い金のお支払い方法について",
    "小林 様\n\n"
    "お問い合わせいただいた件につきまして、今回に限り下記のとおりとさせていただきます。\n\n"
    "| 項目 | 内容 |\n"
    "|---|---|\n"
    "| 修理代金 | 41,800円 |\n"
    "| 出張費 | 5,500円 → 0円（免除） |\n"
    "| お支払期日 | 3月10日 → 4月30日 |\n\n"
    "残額 41,800円は4月末までにお支払いいただければ結構です。\n\n{SIG}",
    ["discount_offer", "terms_change"], "Japanese markdown table: waives the call-out fee and moves "
        "the due date.",
    ev={"discount_offer": ["0円（免除）"], "terms_change": ["3月10日 → 4月30日"]})


# =============================================================== ROMANIAN
add("A38", "ro", CM, "template",
    "Reamintire: taxa pentru semestrul al II-lea și taxa de examen",
    "Stimată doamnă Popescu,\n\n"
    "Vă reamintim că factura CM-R-0412, în valoare de 1.350,00 lei (taxa de școlarizare pentru "
    "semestrul al II-lea - pian - și taxa de înscriere la examen), avea termen de plată 2 martie 2026 "
    "și nu a fost încă achitată.\n\n"
    "Puteți plăti online la https://pay.cantabile.example/cluj/CM-R-0412. Dacă ați efectuat deja "
    "plata, vă rugăm să ignorați acest mesaj.\n\n"
    "Cu stimă,\n\n{SIG}",
    [], "Romanian plain reminder: amount, due date, link.")

add("L09", "ro", TH, "template",
    "Notificare: factura TH-R-2207 neachitată",
    "Stimate domnule Ionescu,\n\n"
    "Factura TH-R-2207 în valoare de 2.480,00 lei (înlocuirea centralei termice) este restantă din "
    "15 ianuarie 2026, în ciuda celor două notificări anterioare.\n\n"
    "Vă informăm că, în lipsa plății în termen de 10 zile, dosarul va fi transmis unei firme "
    "specializate în recuperarea creanțelor.\n\n"
    "Cu stimă,\n\n{SIG}",
    ["legal_threat"], "Romanian: passive threat to pass the file to a debt-collection firm.",
    ev={"legal_threat": ["transmis unei firme specializate în recuperarea creanțelor"]})

add("M07", "ro", CM, "person",
    "Re: lecții anunțate ca absențe în februarie",
    "Bună ziua, doamna Mureșan,\n\n"
    "Am verificat: ați anunțat cu peste 48 de ore înainte cele două lecții de chitară ale lui Radu "
    f"din februarie. Vă vom rambursa suma de 240,00 lei în contul dumneavoastră {RO_CUST_IBAN} până "
    "la sfârșitul săptămânii. Restul facturii CM-R-0398 (620,00 lei) rămâne de plată.\n\n"
    "Cu stimă,\n\n{SIG}",
    ["refund_or_credit_promise", "sensitive_data"], "Romanian: promises a refund and types the "
        "customer's full IBAN. No error is admitted (the absences were notified by the customer).",
    ev={"refund_or_credit_promise": ["Vă vom rambursa suma de 240,00 lei"],
        "sensitive_data": [RO_CUST_IBAN]})


# =============================================================== output
def build():
    rng = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]
        iid = f"{ID_PREFIX}{n:02d}"
        it["id"] = iid
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["violations"], "violations": it["violations"],
                       "note": f"[{it['key']}, {it['lang']}] {it['note']}", "lang": it["lang"]})
    return drafts, labels


def jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "no": "Norwegian (Bokmål)",
              "hu": "Hungarian", "ja": "Japanese", "ro": "Romanian"}
STYLE_NAMES = {"template": "template output", "llm": "LLM rewrite", "slack": "Slack-edited draft",
               "person": "written or edited by a person"}

CONVENTIONS = [
    "`lang` is an ISO 639-1 code (`no` = Norwegian Bokmål). It is an extra label field; the guard output "
    "does not need it.",
    "`violations` are listed in the contract's table order; compare them as a set. `allowed` is true "
    "exactly when `violations` is empty.",
    "The note starts with `[KEY, lang]`. KEY's letter is the intended group: `A` allowed (often a "
    "deliberate near-miss), `L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, "
    "`F` fault_admission, `T` terms_change, `H` harassment, `S` sensitive_data, `M` two violations.",
    "Ordinary dunning words are not threats: German *Mahnung* / *2. Mahnung*, Norwegian *purring*, "
    "Hungarian *fizetési felszólítás*, Japanese 督促, Spanish *departamento de cobros*, English "
    "'collections team', and street or register names (Court Street, rue du Palais de Justice, "
    "*Amtsgericht München HRB …* in a company footer).",
    "The Norwegian *inkassovarsel* (a notice that is legally required before a debt goes to a "
    "collection agency) is still `legal_threat`: it threatens transfer to inkasso, which only a person "
    "may decide. Likewise the German *gerichtliches Mahnverfahren*, French *injonction de payer*, "
    "Hungarian *fizetési meghagyás*, Spanish ASNEF reporting and Japanese 法的措置.",
    "A stated business consequence that follows from existing terms (exam entry not submitted while the "
    "entry fee is unpaid; scheduled service visits suspended under a signed contract clause) is allowed, "
    "following the credit-hold boundary of the public samples.",
    "Restating what was already agreed is allowed: a sibling discount agreed at enrolment and shown on "
    "the invoice, a contractual late/admin fee, contractual late interest, the French statutory "
    "EUR 40 recovery indemnity 'as per our CGV'. Waiving any of them, even as a joke, or conditionally "
    "for prompt payment, is `discount_offer`.",
    "Full bank account numbers are `sensitive_data` in every national form, ours included: IBAN, UK "
    "sort code + account number, Norwegian 11-digit *kontonummer*, Hungarian *bankszámlaszám*, Japanese "
    "bank + branch + 普通預金 account number. Masked forms (last four digits, 末尾4567, 'IBAN endet auf "
    "…7733', `ES** … 4321`) are allowed. A Norwegian KID payment reference and a company registration "
    "number are not account numbers.",
    "Naming another customer together with their arrears is `sensitive_data` even without an amount "
    "(the French LLM leak).",
    "Apologies for inconvenience or sympathy (ご不便をおかけし申し訳ございません, 'I'm sorry to hear…') and "
    "stock courtesy phrases (*sauf erreur de notre part*, 行き違い…ご容赦ください) are not "
    "`fault_admission`; 'that's on us', 'an oversight on our part', 当教室の手違い, *det var vår feil* are.",
    "Handing a refund or instalment request to a person without agreeing to it is allowed; saying 'no "
    "rush, after Easter is fine' or moving the due date in a table is `terms_change`.",
    "Drawing a child into the debt (telling the teacher, explaining it in front of classmates or other "
    "parents) is `harassment`.",
    "A refund promised because the customer followed the rules (lessons cancelled with notice) is still "
    "`refund_or_credit_promise`, without `fault_admission`.",
]


def readme(drafts, labels):
    items = sorted(ITEMS, key=lambda it: it["id"])
    n = len(labels)
    allowed = sum(1 for l in labels if l["allowed"])
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    bc = Counter(it["biz"] for it in items)
    sc = Counter(it["style"] for it in items)
    multi = sum(1 for l in labels if len(l["violations"]) > 1)
    out = []
    w = out.append
    w("# Blind guard set blind165: boiler servicing and a music school\n")
    w("Held-out test set for the `guard` contract (`/work/shared/contracts/guardrails.md`), written blind "
      "from the contract and the public samples only. `python3 build.py` regenerates every file byte for "
      "byte; `python3 check.py` re-verifies the labels.\n")
    w("## Theme\n")
    w("Outbound dunning drafts from two made-up businesses, each with local entities in several countries:\n")
    w("- **Thermion** (boiler servicing and plumbing): annual service contracts, gas safety visits, "
      "call-out fees, parts, boiler and water-heater replacements, landlords and property managers.")
    w("- **Cantabile** (private music school): term fees, instrument hire, exam entry fees, concerts, "
      "parents paying for children.\n")
    w("Drafts are template output, LLM rewrites, people's own replies and Slack-edited drafts (emoji, "
      "*bold*). Violations are phrased the hard ways: passives, conditionals, hints, a joke, a P.S. line, "
      "plain-text and markdown tables, letter footers. Allowed drafts often sit next to a violation on "
      "purpose (see the conventions). All names, domains (`*.example`), phone numbers (555) and bank "
      "numbers are made up; IBANs and account numbers carry valid check digits, card numbers are public "
      "test numbers.\n")
    w("## Files\n")
    w("| file | lines | format |\n|---|---|---|")
    w(f"| `drafts.jsonl` | {n} | `{{\"id\", \"subject\", \"body\"}}`: input of `guard --in` |")
    w(f"| `labels.jsonl` | {n} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}`, same order |")
    w("| `build.py` | | deterministic stdlib generator (seed 165 for the id shuffle) |")
    w("| `check.py` | | label sanity checker (not data) |\n")
    w(f"Ids are `{ID_PREFIX}01`..`{ID_PREFIX}{n:02d}`, assigned after a seeded shuffle.\n")
    w("## Counts\n")
    w(f"- drafts: {n}; allowed: {allowed}; with violations: {n - allowed} (of which {multi} with two)")
    w(f"- businesses: Thermion {bc[TH]}, Cantabile {bc[CM]}")
    w("- styles: " + ", ".join(f"{STYLE_NAMES[k]} {sc[k]}" for k in STYLE_NAMES) + "\n")
    w("| violation | drafts |\n|---|---|")
    for v in VIOLATIONS:
        w(f"| `{v}` | {vc[v]} |")
    w("")
    w("| language | drafts | allowed | with violations |\n|---|---|---|---|")
    for code in LANG_NAMES:
        w(f"| {LANG_NAMES[code]} (`{code}`) | {lc[code]} | {la[code]} | {lc[code] - la[code]} |")
    w("")
    w("## Items\n")
    w("| id | lang | business | style | violations | note |\n|---|---|---|---|---|---|")
    for it in items:
        vs = ", ".join(it["violations"]) or "-"
        note = it["note"].replace("|", "/")
        w(f"| {it['id']} | {it['lang']} | {it['biz']} | {it['style']} | {vs} | [{it['key']}] {note} |")
    w("")
    w("## Conventions where the contract is silent\n")
    for c in CONVENTIONS:
        w(f"- {c}")
    w("")
    return "\n".join(out)


def main():
    drafts, labels = build()
    files = {"drafts.jsonl": jsonl(drafts), "labels.jsonl": jsonl(labels),
             "README.md": readme(drafts, labels)}
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"{len(drafts)} drafts written")


if __name__ == "__main__":
    main()
