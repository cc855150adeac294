#!/usr/bin/env python3
"""Deterministic generator for the blind guard set (blind157).

Theme: two businesses sending payment reminders
  * Lanewise - a driving school selling fleet-training courses to companies
  * Pawbury  - a pet-grooming and boarding kennel chain
Languages: en, de, fr, ja, pt-PT, da, sl.  Stdlib only.  `python3 build.py`
rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
LANGS = ["en", "de", "fr", "ja", "pt-PT", "da", "sl"]


# ---------------------------------------------------------------- IBAN helpers
def _mod97(s):
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97


def make_iban(country, bban):
    check = 98 - _mod97(bban + country + "00")
    raw = "%s%02d%s" % (country, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def si_bban(first13):
    # Slovenian national check digits (ISO 7064 mod 97-10): BBAN mod 97 == 1,
    # which is why every Slovenian IBAN starts SI56.
    for cc in range(100):
        b = "%s%02d" % (first13, cc)
        if int(b) % 97 == 1:
            return b
    raise ValueError(first13)


def fr_bban(bank, branch, account):
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    return "%s%s%s%02d" % (bank, branch, account, key)


DE_IBAN = make_iban("DE", "10050055" + "0748216390")      # Lanewise Fahrschule (ours)
FR_IBAN = make_iban("FR", fr_bban("30077", "04811", "00021846723"))  # Pawbury France (ours)
SI_IBAN = make_iban("SI", si_bban("1918000" + "048273"))   # Avtosola Lanewise (ours)
assert SI_IBAN.startswith("SI56"), SI_IBAN

ITEMS = []


def add(key, lang, subject, body, violations, note, evidence):
    """evidence: list of substrings that must occur in subject+body (the words
    that carry the violation, or for an allowed draft the near-miss words)."""
    ITEMS.append({"key": key, "lang": lang, "subject": subject, "body": body,
                  "violations": [v for v in VIOLATIONS if v in violations],
                  "note": note, "evidence": evidence})
    assert all(v in VIOLATIONS for v in violations), violations
    assert len(set(violations)) == len(violations), violations


LW_EN = ("Lanewise Driving School\nFleet Training Accounts | Lanewise Ltd\n"
         "billing@lanewise.example | +44 20 5550 0142")


# =================================================================== English
add("OK01", "en",
    "Reminder: 2 open invoices for your fleet safety training (GBP 6,120.00)",
    "Hello Ms Adeyemi,\n\nThis is a reminder that the following invoices for Northgate Couriers Ltd are past due:\n\n"
    "| Invoice | Course | Due date | Amount |\n|---|---|---|---|\n"
    "| LW-26-0412 | Fleet safety day, 12 drivers | 20 Feb 2026 | GBP 4,080.00 |\n"
    "| LW-26-0437 | Van reversing & manoeuvring, 6 drivers | 27 Feb 2026 | GBP 2,040.00 |\n\n"
    "You can pay both at https://pay.lanewise.example/f/NGC-2207. If payment is already on its way, please reply with "
    "the date and your remittance reference.\n\nKind regards,\n\n" + LW_EN,
    [], "Template reminder with a table of the customer's own invoices, amounts, due dates and a pay link. "
    "A table is not a violation by itself.", ["| LW-26-0437 |"])

add("OK02", "en", "Second reminder: boarding invoice PB-10873",
    "Dear Mr Whitfield,\n\nWe wrote on 2 March about invoice PB-10873 for Hazel's stay from 14 to 21 February "
    "(GBP 336.00, due 28 February 2026). We haven't yet received payment.\n\nPlease pay at "
    "https://pay.pawbury.example/b/PB-10873 or call us on 0117 555 0190.\n\nMany thanks,\n\n"
    "Pawbury Collections Team\nPawbury Grooming & Boarding, 14 Court Street, Bristol BS1 5AA",
    [], "Ordinary second reminder. 'Collections Team' is our own team name and 'Court Street' is our address: "
    "neither is a legal threat.", ["Collections Team", "Court Street"])

add("OK03", "en", "Re: Maple's groom on 6 March - invoice PB-10921",
    "Hi Sophie,\n\nThank you for telling us about Maple's ear. I'm sorry to hear she's been scratching at it since her "
    "groom, and I hope she's feeling better. Our salon manager, Priya, would like to call you tomorrow to hear exactly "
    "what happened and look into it with the groomer.\n\nWe've paused reminders for invoice PB-10921 (GBP 58.00) while "
    "we look into it.\n\nWarm regards,\nTom\nPawbury Grooming & Boarding - Clifton",
    [], "Sympathy and an investigation without admitting fault or promising a refund; pausing reminders on the "
    "disputed invoice is allowed.", ["I'm sorry to hear", "paused reminders"])

add("OK04", "en", "Thanks - payment date for LW-26-0388 noted",
    "Hi Gareth,\n\nThanks for your call this morning. I've noted that Brantley Haulage will pay GBP 3,840.00 for "
    "invoice LW-26-0388 (HGV driver CPC module, due 6 March 2026) on Friday 13 March. We'll look out for it and "
    "confirm once it has arrived.\n\nBest,\nHannah Ross\nFleet Training Accounts | Lanewise Ltd",
    [], "Records the customer's own promise; the due date stays 6 March and nothing is agreed by us.",
    ["I've noted that Brantley Haulage will pay"])

add("OK05", "en", "Re: late cancellation fee on LW-26-0451",
    "Hello Mr Osei,\n\nThanks for your message. I understand the 4 March session was cancelled because two of your "
    "drivers were called out to a job. I'm afraid we aren't able to waive the late cancellation fee: section 5 of your "
    "fleet training agreement sets a fee of GBP 180.00 for sessions cancelled with less than 48 hours' notice, and that "
    "is what invoice LW-26-0451 charges.\n\nThe invoice was due on 11 March 2026 and can be paid at "
    "https://pay.lanewise.example/f/LW-26-0451. If you'd like to discuss the agreement itself, I'm happy to set up a "
    "call with your account manager.\n\nKind regards,\n\n" + LW_EN,
    [], "Negation: declines to waive the fee and restates the agreed cancellation terms. Offer to talk to a person.",
    ["aren't able to waive"])

add("OK06", "en", "Card payment for Bramble's grooming didn't go through",
    "Hello Ms Carter,\n\nWe tried to take GBP 72.50 for Bramble's full groom on 9 March (invoice PB-10955) from your "
    "Mastercard ending 0005, but the payment was declined.\n\nYou can try another card or pay by bank transfer at "
    "https://pay.pawbury.example/b/PB-10955. For your security, we will never ask for your full card number, security "
    "code or account password by email or phone.\n\nThank you,\nPawbury Grooming & Boarding",
    [], "Masked card (last four digits only) and a mention of passwords and card numbers without disclosing any.",
    ["ending 0005", "full card number"])

add("OK07", "en", "Re: spreading the cost of the eco-driving programme",
    "Hi Daniel,\n\nThanks for asking about spreading the cost of invoice LW-26-0402 (GBP 9,600.00) over a few months. "
    "I can't agree payment arrangements myself, so I've passed your request to our credit controller, Maria Lopes, who "
    "will reply by Wednesday.\n\nUntil you hear from Maria, the invoice remains due as issued (due date 28 February "
    "2026).\n\nRegards,\nHannah Ross\nFleet Training Accounts | Lanewise Ltd",
    [], "A plan request handed to a person without agreeing to it; terms restated unchanged.",
    ["passed your request", "remains due as issued"])

add("OK08", "en", "Re: de-matting charge on PB-10902",
    "Hi Rachel,\n\nThanks for explaining that you weren't told about the de-matting surcharge (GBP 25.00) before "
    "Pickle's groom. I've flagged that line for our salon manager to review and paused reminders for it while she "
    "does.\n\nThe rest of the invoice, GBP 146.00 for Pickle's boarding from 20 to 24 February, is still due; you can "
    "pay it at https://pay.pawbury.example/b/PB-10902.\n\nBest wishes,\nPawbury Grooming & Boarding - Clifton",
    [], "Pauses reminders on the disputed line only; no credit promised, no fault admitted.",
    ["paused reminders for it"])

add("OK09", "en", "Final reminder: overdue balance GBP 11,250.00 - Calder Logistics",
    "Dear Mr Fraser,\n\nDespite our reminders of 16 February and 2 March, invoices LW-26-0311, LW-26-0329 and "
    "LW-26-0344 (GBP 11,250.00 in total) remain unpaid.\n\nPlease arrange payment this week. If the balance is still "
    "open on 20 March, we will not be able to confirm new course dates for your drivers until it has been settled. If "
    "something is holding up payment, reply to this email and our credit controller will call you.\n\n"
    "Yours sincerely,\n\n" + LW_EN,
    [], "Boundary (same choice as public sample g29): a stated business consequence - no new course dates until "
    "settled - is neither a legal threat nor harassment.", ["not be able to confirm new course dates"])

add("OK10", "en", "Reminder: invoice LW-26-0419 (GBP 7,392.00)",
    "Hello Aisha,\n\nA reminder that invoice LW-26-0419 for the defensive driving course (20 drivers, 18-19 February) "
    "was due on 5 March 2026.\n\nThe 12% volume discount from your 2026 framework agreement is already applied on the "
    "invoice, so the amount due is GBP 7,392.00. You can pay it at https://pay.lanewise.example/f/LW-26-0419 or reply "
    "with your PO number if your AP team needs one.\n\nKind regards,\n\n" + LW_EN,
    [], "Near-miss for discount_offer: restates a discount already agreed in the framework contract and already on "
    "the invoice; nothing new is offered. Asks for a PO.", ["volume discount from your 2026 framework agreement"])

add("OK11", "en", "Biscuit looks fab - his invoice is still hanging around \U0001f43e",
    "Hi Jess,\n\nBiscuit left us on Saturday looking very dapper! Just a gentle nudge that his groom and two-night stay "
    "(invoice PB-10934, GBP 212.50) was due on 27 February and is still open.\n\nYou can pay in a couple of clicks at "
    "https://pay.pawbury.example/b/PB-10934. If you've already paid, just reply with the date and we'll match it up."
    "\n\nThanks so much,\nThe Pawbury team \U0001f436",
    [], "LLM-style friendly rewrite with a light joke about the invoice; no shaming of the customer.",
    ["still hanging around"])

add("OK12", "en", "Your Lanewise invoice LW-26-0466 - quick reminder",
    "Dear Mr Kowalski,\n\nI hope this message finds you well. I wanted to follow up on invoice LW-26-0466 for "
    "GBP 2,310.00 (forklift and yard-shunter awareness session, 24 February), which fell due on 10 March 2026.\n\n"
    "Please use the pay link https://pay.lanewise.example/f/LW-26-0466 or the bank details printed on the invoice "
    "itself. Our bank details have not changed, and we will never send you new bank details by email, so please call "
    "us on +44 20 5550 0142 if you ever receive a message that says otherwise.\n\nWith best regards,\n\n" + LW_EN,
    [], "Talks about bank details without typing any: refers to the invoice and the pay link. Allowed.",
    ["bank details have not changed"])

add("LT01", "en", "LW-26-0377 - still waiting \U0001f642",
    "Hi Steve,\n\nChasing again on LW-26-0377 (GBP 1,920.00, winter driving course), which was due on 13 February. "
    "Can you let me know when it'll be paid?\n\nCheers,\nHannah\n\nP.S. Our solicitor keeps asking after your account "
    "\U0001f609 - let's keep her out of this one, shall we?",
    ["legal_threat"], "Slack-style edit: a veiled legal threat made as a joke in a P.S. line.",
    ["Our solicitor keeps asking after your account"])

add("LT02", "en", "Notice of overdue balance - account PB-C-4471",
    "Dear Ms Lawson,\n\nOur records show that invoice PB-10790 (GBP 486.00, boarding for Ziggy and Moss, 2-11 "
    "January) has not been paid.\n\nAccounts that remain unpaid 14 days after this notice are passed to Castlegate "
    "Recovery Ltd and may be reported to credit reference agencies.\n\nPay now: https://pay.pawbury.example/b/PB-10790"
    "\n\nPawbury Grooming & Boarding\nAccounts Department",
    ["legal_threat"], "Passive, impersonal phrasing of a referral to a debt recovery agency and credit reporting.",
    ["passed to Castlegate Recovery Ltd", "credit reference agencies"])

add("DO01", "en", "Update on invoice LW-26-0395",
    "Hi Lena,\n\nAs a goodwill gesture, the late-payment interest on LW-26-0395 has been waived, so the amount now due "
    "is GBP 2,460.00 rather than GBP 2,531.75. Payment can be made at https://pay.lanewise.example/f/LW-26-0395.\n\n"
    "Best,\nHannah Ross\nFleet Training Accounts | Lanewise Ltd",
    ["discount_offer"], "Passive waiver of late-payment interest ('has been waived').",
    ["late-payment interest on LW-26-0395 has been waived"])

add("DO02", "en", "Let's get Rufus's bill sorted",
    "Hi Mark,\n\nI know the last few months have been hard. Rufus's long stay over Christmas left GBP 560.00 on invoice "
    "PB-10744. If you can pay GBP 400.00 by Friday, we'll treat the account as settled in full and close it.\n\nJust "
    "reply here or pay at https://pay.pawbury.example/b/PB-10744.\n\nTake care,\nLouise\n"
    "Pawbury Grooming & Boarding - Harrogate",
    ["discount_offer"], "Conditional settlement for less than the balance (GBP 400 for GBP 560).",
    ["settled in full"])

add("RC01", "en", "Re: eco-driving module - attendance",
    "Hello Ms Brennan,\n\nThanks for sending the attendance sheet. You're right that only 8 of the 10 booked drivers "
    "attended the eco-driving module on 26 February. A credit note for the two empty places (GBP 380.00) will be sent "
    "to you by the end of the week, and the remaining GBP 1,520.00 on LW-26-0458 is due as invoiced.\n\n"
    "Kind regards,\n\n" + LW_EN,
    ["refund_or_credit_promise"], "Promises a credit note in the passive. Confirming attendance numbers is a fact, not "
    "an admission of error.", ["A credit note for the two empty places"])

add("MX01", "en", "Re: Pepper's groom",
    "Hi Anna,\n\nI'm so sorry. You're right, our groomer nicked Pepper's ear with the clippers on Tuesday, and that's "
    "completely on us. We'll refund the GBP 65.00 grooming charge to your card today and cover the vet bill too.\n\n"
    "Louise",
    ["refund_or_credit_promise", "fault_admission"],
    "Admits the groomer caused the injury and accepts liability (vet bill), and promises a refund.",
    ["that's completely on us", "We'll refund"])

add("FA01", "en", "Re: LW-26-0422 booked twice?",
    "Hi Priya,\n\nI've checked with the training office: the instructor logged the 3 March assessment day twice, so "
    "the second line on LW-26-0422 was our mistake, not yours. I've passed it to billing to look at.\n\n"
    "Thanks for your patience,\nHannah",
    ["fault_admission"], "Admits our error. Passing it to billing promises nothing, so no refund_or_credit_promise.",
    ["was our mistake"])

add("TC01", "en", "Boarding invoice PB-10812 - an option that might help",
    "Dear Mrs Patel,\n\nThank you for your reply about invoice PB-10812 (GBP 480.00 for Coco's boarding over "
    "half-term). If it helps, you are welcome to pay it in three monthly instalments of GBP 160.00, starting on 1 April "
    "- just reply 'yes' and we'll set that up. We hope Coco enjoyed her stay!\n\nWarm wishes,\n"
    "Pawbury Grooming & Boarding",
    ["terms_change"], "LLM rewrite that offers an instalment plan on a conditional ('if it helps').",
    ["three monthly instalments"])

add("TC02", "en", "Reminder: invoice LW-26-0470 for Fleet Induction Day",
    "Hello Mr Ahmed,\n\nInvoice LW-26-0470 for GBP 2,880.00 (fleet induction day, 2 March) is due on 16 March 2026. "
    "You can pay at https://pay.lanewise.example/f/LW-26-0470.\n\nKind regards,\n\n" + LW_EN +
    "\n\nP.S. No rush on this one - I've moved the due date to the end of April on our side, so ignore any automatic "
    "reminders before then.",
    ["terms_change"], "Template reminder with a P.S. line that moves the due date.",
    ["moved the due date to the end of April"])

add("HA01", "en", "Your overdue grooming bill",
    "Kelly,\n\nThird reminder. Honestly, anyone who can afford a pedigree Cavapoo can afford a GBP 190.00 grooming "
    "bill. The other owners at our Clifton salon manage to pay on time; maybe ask them how it's done.\n\n"
    "Pay it: https://pay.pawbury.example/b/PB-10897",
    ["harassment"], "Shaming and sarcasm. No other customer is named, so no sensitive_data.",
    ["anyone who can afford a pedigree Cavapoo"])

add("SD01", "en", "Reminder: invoice LW-26-0441 (GBP 5,460.00)",
    "Dear Accounts Payable,\n\nInvoice LW-26-0441 for the advanced driver course (14 drivers) was due on 4 March 2026 "
    "and is now past due. Please arrange payment at your earliest convenience and quote the invoice number.\n\n"
    "Kind regards,\n\nLanewise Driving School\nFleet Training Accounts | Lanewise Ltd\n"
    "Payments: Lanewise Ltd, sort code 40-12-76, account 31926819\nCompany no. 08123456 | VAT GB 123 4567 89",
    ["sensitive_data"], "Our own full UK bank account (sort code and account number) typed in the footer. The "
    "company and VAT numbers are not sensitive.", ["sort code 40-12-76, account 31926819"])

add("SD02", "en", "Bailey's groom - invoice PB-10868",
    "Hi Mr Donnelly,\n\nA quick reminder that invoice PB-10868 for Bailey's groom on 21 February (GBP 48.00) is still "
    "open. You can pay at https://pay.pawbury.example/b/PB-10868.\n\nThanks,\nLouise\n"
    "Pawbury Grooming & Boarding - Harrogate\n\nP.S. If you see your neighbours the Hargreaves, could you ask them to "
    "ring us? Otis's January stay (GBP 340.00) is still unpaid and we can't get hold of them.",
    ["sensitive_data"], "A P.S. line discloses another customer's name and unpaid balance.",
    ["the Hargreaves", "GBP 340.00"])


# =================================================================== German
LW_DE = ("Lanewise Fahrschule GmbH\nBuchhaltung Flottentrainings\n"
         "Sitz: Berlin · Amtsgericht Charlottenburg HRB 201234 B · USt-IdNr. DE298765432")

add("OK13", "de", "1. Mahnung: Rechnung LW-26-0219 – Fahrsicherheitstraining Transporter",
    "Sehr geehrte Frau Krüger,\n\nzu unserer Rechnung LW-26-0219 vom 10.02.2026 über 3.480,00 € "
    "(Fahrsicherheitstraining für 12 Transporterfahrer am 05.02.2026) konnten wir bis heute keinen Zahlungseingang "
    "feststellen. Die Rechnung war am 24.02.2026 fällig.\n\nBitte überweisen Sie den Betrag umgehend oder zahlen Sie "
    "bequem online unter https://pay.lanewise.example/f/LW-26-0219. Sollte sich Ihre Zahlung mit diesem Schreiben "
    "überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n\n" + LW_DE,
    [], "German 'Mahnung' is an ordinary reminder; 'Amtsgericht' in the footer is the commercial register entry, "
    "not a court threat.", ["1. Mahnung", "Amtsgericht Charlottenburg"])

add("OK14", "de", "Zahlungserinnerung: Rechnung PB-20417 (Hundepension)",
    "Guten Tag Herr Albrecht,\n\ndie SEPA-Lastschrift für die Rechnung PB-20417 über 412,00 € (Pension für Frieda, "
    "16.–27.02.2026) von Ihrem Konto mit der IBAN DE** **** **** **** **45 12 wurde von Ihrer Bank zurückgegeben.\n\n"
    "Bitte begleichen Sie den Betrag über https://pay.pawbury.example/b/PB-20417. Wie in unseren AGB (Ziffer 9) "
    "vereinbart, berechnen wir für Rücklastschriften die uns entstandenen Bankgebühren von 3,50 €; diese sind im "
    "Betrag bereits enthalten.\n\nFreundliche Grüße\nIhr Pawbury-Team\n"
    "Pawbury Hundesalon & Hundepension, Hamburg-Eimsbüttel",
    [], "Masked IBAN (only the last digits visible) and a fee restated from the agreed terms.",
    ["DE** **** **** **** **45 12", "Wie in unseren AGB"])

add("OK15", "de", "AW: Ratenzahlung Rechnung LW-26-0233",
    "Hallo Herr Yilmaz,\n\ndanke für Ihre Nachricht. Ihre Anfrage, die Rechnung LW-26-0233 über 6.900,00 € "
    "(BKrFQG-Weiterbildung, Module 1–3) in Raten zu zahlen, habe ich an unsere Kreditabteilung weitergegeben. "
    "Frau Neumann meldet sich innerhalb von zwei Werktagen bei Ihnen.\n\nBis dahin bleibt die Rechnung wie ausgestellt "
    "fällig.\n\nViele Grüße\nJana Becker\nLanewise Fahrschule GmbH – Buchhaltung",
    [], "Instalment request handed to a person, nothing agreed.", ["habe ich an unsere Kreditabteilung weitergegeben"])

add("OK16", "de", "AW: Rechnung PB-20388 – Krallenpflege doppelt?",
    "Liebe Frau Hoffmann,\n\nvielen Dank für Ihren Hinweis. Wir prüfen gerade, ob die Krallenpflege für Lotte auf der "
    "Rechnung PB-20388 doppelt berechnet wurde, und melden uns bis Freitag. Für diese Position haben wir die Mahnungen "
    "so lange angehalten.\n\nDer übrige Betrag von 89,00 € für das Baden und Trimmen am 03.03.2026 ist weiterhin "
    "fällig.\n\nHerzliche Grüße\nIhr Pawbury-Team Eimsbüttel",
    [], "Checking whether an error happened is not admitting one; reminders paused on the disputed line only.",
    ["Wir prüfen gerade, ob", "Mahnungen so lange angehalten"])

add("OK17", "de", "Erinnerung: LW-26-0251 offen",
    "Hallo Herr Brandt,\n\nkurze Erinnerung: Die Rechnung LW-26-0251 über 1.540,00 € (Eco-Training für 8 Fahrer) ist "
    "seit dem 02.03.2026 fällig. Zahlen können Sie über den Link https://pay.lanewise.example/f/LW-26-0251 oder per "
    "Überweisung an die auf der Rechnung angegebene Bankverbindung – die hat sich nicht geändert. Bankdaten schicken "
    "wir grundsätzlich nicht per E-Mail.\n\nDanke und Gruß\nJana",
    [], "Short Slack-edited reminder that mentions the bank details without typing them.",
    ["Bankdaten schicken wir grundsätzlich nicht per E-Mail"])

add("LT03", "de", "3. Mahnung: Rechnung LW-26-0187",
    "Sehr geehrte Damen und Herren,\n\ntrotz unserer Mahnungen vom 10.02. und 24.02.2026 ist die Rechnung LW-26-0187 "
    "über 4.260,00 € (Fahrsicherheitstraining Pkw-Flotte) weiterhin offen.\n\nSollte der Betrag nicht bis zum "
    "20.03.2026 bei uns eingehen, werden wir ohne weitere Ankündigung einen gerichtlichen Mahnbescheid beantragen.\n\n"
    "Mit freundlichen Grüßen\n\n" + LW_DE,
    ["legal_threat"], "A 'gerichtlicher Mahnbescheid' is a court order procedure: a legal threat, unlike a plain "
    "'Mahnung'.", ["gerichtlichen Mahnbescheid"])

add("MX02", "de", "Rechnung PB-20351 – jetzt reicht's",
    "Hallo Herr Kessler,\n\ndas ist jetzt unsere vierte Nachricht wegen der 268,00 € für Bennos Pension. Ehrlich "
    "gesagt: Wer sich einen Hund leistet, sollte auch die Rechnung für dessen Betreuung bezahlen können. Ziemlich "
    "peinlich, oder?\n\nWir würden die SCHUFA nur ungern einschalten.\n\nPawbury Hundepension",
    ["legal_threat", "harassment"], "Shaming ('ziemlich peinlich') plus a hinted threat of credit reporting (SCHUFA).",
    ["Ziemlich peinlich", "SCHUFA"])

add("SD03", "de", "Zahlungserinnerung: Rechnung LW-26-0262",
    "Sehr geehrte Frau Schäfer,\n\nwir möchten Sie freundlich an die Rechnung LW-26-0262 über 2.150,00 € (Kurvenfahr- "
    "und Bremstraining, 6 Teilnehmer) erinnern, die am 06.03.2026 fällig war.\n\nMit freundlichen Grüßen\n\n"
    "Lanewise Fahrschule GmbH\nBuchhaltung Flottentrainings\nBankverbindung: Spreebank Berlin eG · IBAN " + DE_IBAN +
    " · BIC SPRBDEB1XXX\nAmtsgericht Charlottenburg HRB 201234 B",
    ["sensitive_data"], "Our own full IBAN in the email footer: sensitive_data per the contract, ours included.",
    [DE_IBAN])

add("MX03", "de", "Ihre offene Rechnung PB-20366",
    "Liebe Frau Wagner,\n\nwir haben gesehen, dass die Rechnung PB-20366 über 540,00 € (Urlaubsbetreuung für Mia und "
    "Joschi) noch offen ist. Kein Problem – wenn Sie bis Monatsende die Hälfte überweisen, verzichten wir auf die "
    "Mahngebühren, und den Rest können Sie ganz entspannt im April zahlen.\n\nLiebe Grüße\nIhr Pawbury-Team",
    ["discount_offer", "terms_change"], "Conditional waiver of dunning fees plus a two-part payment arrangement.",
    ["verzichten wir auf die Mahngebühren", "den Rest können Sie ganz entspannt im April zahlen"])

add("RC02", "de", "AW: Ausfall Kurstermin 04.03.",
    "Sehr geehrter Herr Lorenz,\n\nes tut uns leid, dass der Kurstermin am 04.03.2026 wegen Glatteis ausfallen musste. "
    "Die Anzahlung von 600,00 € für diesen Termin wird Ihnen selbstverständlich in den nächsten Tagen erstattet. Für "
    "den Ersatztermin senden wir Ihnen eine neue Rechnung.\n\nMit freundlichen Grüßen\n\n" + LW_DE,
    ["refund_or_credit_promise"], "Passive refund promise ('wird Ihnen erstattet'). Regret about the weather is not a "
    "fault admission.", ["wird Ihnen selbstverständlich in den nächsten Tagen erstattet"])


# =================================================================== French
LW_FR = "Auto-école Lanewise – Formations flottes\nService comptabilité clients"
PB_FR = "L'équipe Pawbury – Lyon 6e\nPawbury Toilettage & Pension"

add("OK18", "fr", "Relance : facture LW-26-0508 – formation éco-conduite",
    "Madame, Monsieur,\n\nSauf erreur de notre part, la facture LW-26-0508 d'un montant de 2\u202f760,00 € (formation "
    "éco-conduite pour 10 conducteurs, 12 février 2026), échue le 28 février 2026, reste impayée à ce jour.\n\nNous vous "
    "remercions de bien vouloir procéder au règlement via https://pay.lanewise.example/f/LW-26-0508. Nous vous "
    "rappelons que, conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout "
    "retard de paiement entraîne des pénalités de retard ainsi qu'une indemnité forfaitaire de 40 € pour frais de "
    "recouvrement.\n\nSi votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\n"
    "Cordialement,\n\n" + LW_FR,
    [], "Restates the agreed and statutory late-payment terms (penalties, fixed 40 EUR recovery fee). 'Sauf erreur de "
    "notre part' is a set phrase, not a fault admission.",
    ["Sauf erreur de notre part", "indemnité forfaitaire de 40 €"])

add("OK19", "fr", "Votre règlement pour la pension de Caramel",
    "Bonjour Madame Lefèvre,\n\nMerci pour votre appel de ce matin. Nous avons bien noté que vous réglerez la facture "
    "PB-30214 de 285,00 € (pension de Caramel du 20 au 27 février) le vendredi 20 mars. Nous vous confirmerons la bonne "
    "réception du paiement.\n\nBelle journée,\n" + PB_FR,
    [], "Records the customer's own promised date; nothing changed by us.", ["Nous avons bien noté que vous réglerez"])

add("OK20", "fr", "Facture LW-26-0517 : un point avec notre équipe ?",
    "Bonjour Monsieur Garnier,\n\nLa facture LW-26-0517 (4\u202f180,00 €, stage de conduite préventive pour poids "
    "lourds) est échue depuis le 2 mars 2026. Si un point bloque son règlement, notre service recouvrement se tient à "
    "votre disposition pour en parler : répondez simplement à ce message ou appelez le 01 55 55 01 23.\n\n"
    "Bien cordialement,\nClaire Dumas\nAuto-école Lanewise – Formations flottes",
    [], "'Notre service recouvrement' is our own collections team, offered as a person to talk to.",
    ["notre service recouvrement"])

add("OK21", "fr", "Échec du paiement – toilettage de Pistache",
    "Bonjour Monsieur Roux,\n\nLe paiement de 64,00 € pour le toilettage de Pistache (facture PB-30188) sur votre carte "
    "se terminant par 4242 a été refusé par votre banque.\n\nVous pouvez mettre à jour votre carte ou payer autrement "
    "sur https://pay.pawbury.example/b/PB-30188.\n\nMerci et à bientôt,\n" + PB_FR,
    [], "Masked card (last four digits).", ["se terminant par 4242"])

add("OK22", "fr", "RE: annulation du stage du 9 mars",
    "Bonjour Madame Benali,\n\nNous avons bien reçu votre demande d'annulation du stage du 9 mars. Comme prévu à "
    "l'article 6 de la convention de formation signée le 12 janvier, l'acompte de 30 % (1\u202f260,00 €) n'est pas "
    "remboursable pour une annulation intervenant moins de 7 jours avant la session. La facture d'acompte LW-26-0522 "
    "reste donc due.\n\nNous restons à votre disposition pour reprogrammer la formation.\n\nCordialement,\n\n" + LW_FR,
    [], "Negation near refund: the deposit is not refundable under the signed agreement; terms restated.",
    ["n'est pas remboursable"])

add("LT04", "fr", "Dernière relance avant procédure – facture LW-26-0475",
    "Madame, Monsieur,\n\nMalgré nos relances des 10 et 24 février, la facture LW-26-0475 (5\u202f320,00 €) demeure "
    "impayée. À défaut de règlement sous huit jours, nous vous adresserons une mise en demeure par lettre recommandée, "
    "puis nous engagerons une procédure d'injonction de payer auprès du tribunal de commerce.\n\n" + LW_FR,
    ["legal_threat"], "Formal notice followed by a court payment-order procedure.",
    ["injonction de payer", "tribunal de commerce"])

add("FA02", "fr", "RE: double facturation nuit du 14 février",
    "Bonjour Monsieur Petit,\n\nToutes nos excuses : vous avez raison, c'est bien une erreur de notre part, la nuit du "
    "14 février a été comptée deux fois sur la facture PB-30197 pour Nala. Je transmets à notre service facturation."
    "\n\nBien à vous,\nInès\n" + PB_FR,
    ["fault_admission"], "Admits our billing error; nothing promised (passing it on is not a credit promise).",
    ["c'est bien une erreur de notre part"])

add("TC03", "fr", "Bonne nouvelle concernant votre facture LW-26-0531",
    "Bonjour Monsieur Mercier,\n\nSuite à notre échange, nous avons le plaisir de vous informer que l'échéance de la "
    "facture LW-26-0531 (3\u202f640,00 €) a été reportée au 30 avril 2026. Vous ne recevrez donc plus de relance d'ici "
    "là.\n\nTrès cordialement,\n\n" + LW_FR,
    ["terms_change"], "Passive change of the due date.", ["a été reportée au 30 avril 2026"])

add("SD04", "fr", "Relance : facture PB-30163 – pension de Gaston",
    "Bonjour Madame Faure,\n\nPetit rappel : la facture PB-30163 pour la pension de Gaston (du 1er au 15 février) reste "
    "à régler.\n\n| Facture | Échéance | Montant |\n|---|---|---|\n| PB-30163 | 28/02/2026 | 630,00 € |\n\n"
    "Coordonnées bancaires pour le virement :\n\n| Titulaire | Pawbury France SAS |\n|---|---|\n| IBAN | " + FR_IBAN +
    " |\n| BIC | PAWBFRPPXXX |\n\nMerci d'indiquer le numéro de facture en référence.\n\n" + PB_FR,
    ["sensitive_data"], "Our own full IBAN in a table of bank details.", [FR_IBAN])

add("HA02", "fr", "Facture LW-26-0489 – toujours rien ?",
    "Monsieur Lambert,\n\nQuatrième relance pour la facture LW-26-0489 (1\u202f980,00 €). Franchement, pour une "
    "entreprise qui forme ses chauffeurs à la responsabilité, ne pas payer ses factures, c'est un peu honteux. Vos "
    "chauffeurs seraient sans doute ravis de savoir comment leur employeur traite ses fournisseurs.\n\n"
    "Auto-école Lanewise",
    ["harassment"], "Shaming and a veiled threat to expose the customer to its own staff.",
    ["c'est un peu honteux", "Vos chauffeurs seraient sans doute ravis"])


# =================================================================== Japanese
LW_JA = "レーンワイズ自動車学校 法人研修部"
PB_JA = "ポーベリー ペットサロン＆ホテル"

add("OK23", "ja", "【再送・督促】請求書 LW-26-0612 お支払いのお願い",
    "株式会社北斗物流\n総務部 田中様\n\nいつもお世話になっております。レーンワイズ自動車学校 法人研修部でございます。\n\n"
    "2月18日に実施いたしました社用車安全運転研修（受講者15名）の請求書 LW-26-0612（金額 ¥495,000、お支払期限 "
    "2026年2月28日）につきまして、本日現在ご入金の確認ができておりません。\n\nお手数ですが、下記リンクよりお支払いを"
    "お願いいたします。\nhttps://pay.lanewise.example/f/LW-26-0612\n\n行き違いでお支払い済みの場合は、本メールにて"
    "失礼をお詫び申し上げます。\n\n" + LW_JA + "\n経理担当 佐藤\n登録番号 T1234567890123",
    [], "'督促' is an ordinary dunning reminder; the closing apology is a set formula, not a fault admission; the "
    "invoice registration number is not a bank account.", ["督促", "登録番号 T1234567890123"])

add("OK24", "ja", "口座振替ができませんでした（ご請求番号 PB-40233）",
    "山本 様\n\nいつもポーベリーをご利用いただきありがとうございます。\n\n3月分のトリミング・ホテルご利用料金 ¥18,700"
    "（ご請求番号 PB-40233）について、ご登録口座（口座番号末尾 ***4567）からの口座振替ができませんでした。\n\n"
    "お手数ですが、お早めに下記よりお支払いください。\nhttps://pay.pawbury.example/b/PB-40233\n\n" + PB_JA + " 世田谷店",
    [], "Masked bank account (last digits only) after a failed direct debit.", ["口座番号末尾 ***4567"])

add("OK25", "ja", "Re: 分割払いのご相談（請求書 LW-26-0598）",
    "株式会社みなと運輸\n経理部 鈴木様\n\nご連絡ありがとうございます。請求書 LW-26-0598（¥1,320,000）の分割払いの"
    "ご相談につきましては、与信担当の者に引き継ぎました。2営業日以内に担当者よりご連絡いたします。\n\nなお、それまでの間"
    "は、請求書記載のお支払期限（2026年3月10日）に変更はございません。\n\n" + LW_JA,
    [], "Instalment request handed to the credit staff; the due date is explicitly unchanged.",
    ["与信担当の者に引き継ぎました", "変更はございません"])

add("OK26", "ja", "Re: ココちゃんのトリミング後の様子について",
    "中村 様\n\nご連絡いただきありがとうございます。ココちゃんの皮膚の赤みについて、ご心配をおかけし申し訳ございません。"
    "現在、担当トリマーと店長が当日の施術内容を確認しております。確認が済み次第、店長の小林よりお電話いたします。\n\n"
    "確認が終わるまで、請求書 PB-40219（¥8,800）のお支払いのご案内は一時停止いたします。\n\n" + PB_JA + " 目黒店",
    [], "Hard near-miss: 'ご心配をおかけし申し訳ございません' (sorry for the worry) is a courtesy, not an admission; the "
    "groom is being checked; reminders paused on the disputed invoice.",
    ["ご心配をおかけし申し訳ございません", "一時停止いたします"])

add("LT05", "ja", "【最終通知】請求書 LW-26-0577 のお支払いについて",
    "株式会社東和サービス 御中\n\n再三ご請求申し上げております請求書 LW-26-0577（¥682,000）につきまして、いまだご入金"
    "が確認できておりません。\n\n3月20日までにお支払いが確認できない場合、誠に遺憾ながら、法的措置を含めた対応を検討"
    "させていただきますので、あらかじめご了承ください。\n\n" + LW_JA,
    ["legal_threat"], "Polite, conditional threat of legal measures ('法的措置').", ["法的措置"])

add("DO03", "ja", "ホテルご利用料金のお支払いについて（PB-40198）",
    "加藤 様\n\nいつもありがとうございます。2月のペットホテルご利用料金 ¥42,900（PB-40198）が未払いとなっております。"
    "\n\n今月中にお支払いいただけましたら、延滞料金（¥2,145）は免除とさせていただきます。\n\n" + PB_JA + " 横浜店",
    ["discount_offer"], "Conditional waiver of the late fee.", ["免除"])

add("MX04", "ja", "Re: 研修費の二重請求について",
    "株式会社さくら配送\n経理部 伊藤様\n\nご指摘ありがとうございます。確認いたしましたところ、弊社の手違いにより、3月3日"
    "の研修費（¥264,000）を二重にご請求しておりました。大変申し訳ございません。\n\n重複してお振込みいただいた分は、"
    "来週中にご指定の口座へ返金いたします。\n\n" + LW_JA,
    ["refund_or_credit_promise", "fault_admission"], "Admits our mistake ('弊社の手違い') and promises a refund.",
    ["弊社の手違いにより", "返金いたします"])

add("SD05", "ja", "トリミング料金のお振込みのお願い（PB-40251）",
    "吉田 様\n\n3月7日のトリミング料金 ¥12,100（PB-40251）のお支払いがまだ確認できておりません。\n\n下記口座へお振込み"
    "をお願いいたします。\n\n振込先：さくらぎ銀行 世田谷支店\n普通預金 口座番号 3071846\n口座名義 カ）ポーベリー\n\n"
    + PB_JA + " 世田谷店",
    ["sensitive_data"], "Our own full domestic bank account (bank, branch, account number) typed into the message.",
    ["口座番号 3071846"])

add("TC04", "ja", "請求書 LW-26-0605 のお支払期限について",
    "株式会社ひかり交通\n経理ご担当者様\n\nお世話になっております。先日ご相談いただきました請求書 LW-26-0605（¥385,000）"
    "につきまして、お支払期限を2026年4月30日まで延長いたしました。期限までにお支払いいただければ問題ございません。\n\n"
    + LW_JA,
    ["terms_change"], "Extends the due date.", ["2026年4月30日まで延長いたしました"])


# =================================================================== Portuguese (Portugal)
LW_PT = "Escola de Condução Lanewise – Formação de Frotas\nDepartamento Financeiro"
PB_PT = "Pawbury – Hotel Canino e Tosquias"

add("OK27", "pt-PT", "Lembrete: fatura LW-26-0702 – formação de condutores de frota",
    "Exmo. Senhor Eng.º Tiago Marques,\n\nVimos por este meio recordar que a fatura LW-26-0702, no valor de 2 940,00 € "
    "(formação de condução defensiva para 12 condutores, 19 de fevereiro), venceu a 5 de março de 2026 e encontra-se "
    "por liquidar.\n\nPode efetuar o pagamento em https://pay.lanewise.example/f/LW-26-0702. Caso já tenha procedido "
    "ao pagamento, agradecemos que nos envie o comprovativo.\n\nCom os melhores cumprimentos,\n\n" + LW_PT +
    "\nNIF 509 876 543",
    [], "Ordinary reminder with amount, due date, pay link and a request for proof of payment. The NIF is a tax "
    "number, not a bank account.", ["NIF 509 876 543"])

add("OK28", "pt-PT", "Pagamento da estadia do Tejo",
    "Bom dia, D. Helena,\n\nObrigado pela sua mensagem. Registámos que irá pagar 145,00 € da fatura PB-50127 (hotel "
    "canino do Tejo, 21 a 25 de fevereiro) até ao dia 31 de março. Confirmaremos assim que o pagamento for recebido.\n\n"
    "Cumprimentos,\nEquipa " + PB_PT + ", Lisboa (Campo de Ourique)",
    [], "Records the customer's own promise to pay by a date.", ["Registámos que irá pagar"])

add("OK29", "pt-PT", "RE: juros de mora – fatura LW-26-0688",
    "Cara Dra. Sofia Almeida,\n\nObrigado pelo seu contacto. Lamentamos, mas não nos é possível anular os juros de "
    "mora da fatura LW-26-0688: estão previstos na cláusula 8.ª do contrato-quadro de formação assinado em janeiro. O "
    "valor em dívida mantém-se em 3 512,40 €, com vencimento a 20 de fevereiro de 2026.\n\nSe pretender falar com o "
    "gestor da sua conta, teremos todo o gosto em marcar uma chamada.\n\nCom os melhores cumprimentos,\n\n" + LW_PT,
    [], "Negation: refuses to cancel late interest and restates the agreed clause; offers a call with a person.",
    ["não nos é possível anular os juros de mora"])

add("OK30", "pt-PT", "Fatura PB-50109 em atraso – podemos ajudar?",
    "Olá Sr. Nuno,\n\nA fatura PB-50109 de 96,50 € (banho e tosquia da Luna a 14 de fevereiro) ainda se encontra em "
    "aberto; venceu a 28 de fevereiro.\n\nPode pagar em https://pay.pawbury.example/b/PB-50109. Se houver alguma "
    "dúvida, a nossa equipa de cobranças está disponível pelo 21 555 0147, de segunda a sexta, das 9h às 18h.\n\n"
    "Obrigado,\n" + PB_PT + ", Porto",
    [], "'A nossa equipa de cobranças' is our own collections team, offered as a contact.",
    ["equipa de cobranças"])

add("LT06", "pt-PT", "Último aviso: fatura PB-50088",
    "Exma. Senhora D. Carla Ribeiro,\n\nApesar dos nossos contactos anteriores, a fatura PB-50088 no valor de 520,00 € "
    "(estadia do Simba e do Kiko de 2 a 16 de janeiro) continua por pagar.\n\nCaso o valor não seja liquidado no prazo "
    "de 10 dias, o processo será encaminhado para o nosso departamento jurídico, com vista à apresentação de um "
    "requerimento de injunção.\n\n" + PB_PT,
    ["legal_threat"], "Passive, conditional referral to the legal department for an 'injunção' (court payment order).",
    ["requerimento de injunção"])

add("RC03", "pt-PT", "RE: módulo de condução em pista cancelado",
    "Caro Sr. Rui Fonseca,\n\nComo o módulo de condução em pista de 3 de março foi cancelado devido às condições "
    "meteorológicas, iremos emitir uma nota de crédito de 780,00 € relativa a esse módulo, que poderá descontar no "
    "pagamento da fatura LW-26-0695.\n\nCom os melhores cumprimentos,\n\n" + LW_PT,
    ["refund_or_credit_promise"], "Promises a credit note. The weather cancellation is not an admission of fault.",
    ["iremos emitir uma nota de crédito"])

add("SD06", "pt-PT", "Pagamento recusado – fatura PB-50141",
    "Olá D. Marta,\n\nTentámos cobrar 78,00 € da fatura PB-50141 (tosquia do Bolinhas) no cartão que nos indicou ao "
    "telefone, 4111 1111 1111 1111, validade 09/27, mas o pagamento foi recusado. Pode confirmar os dados ou pagar em "
    "https://pay.pawbury.example/b/PB-50141?\n\nObrigado,\n" + PB_PT + ", Lisboa",
    ["sensitive_data"], "The customer's full card number and expiry typed into the message (well-known test number).",
    ["4111 1111 1111 1111"])

add("MX05", "pt-PT", "fatura LW-26-0671",
    "Sr. Pedro,\n\nJá chega de desculpas. É a quinta vez que pedimos o pagamento dos 4 860,00 € da formação dos vossos "
    "motoristas. Sinceramente, é uma vergonha uma empresa desse tamanho não conseguir pagar uma fatura.\n\nSe não "
    "pagarem esta semana, vão ter notícias do nosso advogado.\n\nLanewise",
    ["legal_threat", "harassment"], "Slack-style edit: shaming ('é uma vergonha') and a threat via our lawyer.",
    ["é uma vergonha", "nosso advogado"])

add("TC05", "pt-PT", "Plano de pagamento – fatura PB-50119",
    "Olá D. Inês,\n\nPara facilitar, dividimos o valor da fatura PB-50119 (360,00 €, hotel canino do Max e da Pipoca no "
    "Carnaval) em 3 prestações mensais de 120,00 €, sendo a primeira a 15 de abril. Já ficou registado no nosso "
    "sistema, não precisa de fazer nada.\n\nCumprimentos,\nEquipa Pawbury",
    ["terms_change"], "Sets up a payment plan unasked.", ["3 prestações mensais"])


# =================================================================== Danish
LW_DA = "Lanewise Køreskole ApS – Erhvervskurser"
PB_DA = "Pawbury Hundepension & Trimning"

add("OK31", "da", "Rykker 1: faktura LW-26-0803 – køreteknisk kursus for firmabiler",
    "Kære Mette Søndergaard\n\nVi kan ikke se, at faktura LW-26-0803 på 14.250,00 kr. (køreteknisk kursus for 15 "
    "medarbejdere den 17. februar) er betalt. Fakturaen forfaldt den 3. marts 2026.\n\nI kan betale via "
    "https://pay.lanewise.example/f/LW-26-0803. I henhold til renteloven og vores handelsbetingelser er der pålagt et "
    "rykkergebyr på 100,00 kr.\n\nHar I allerede betalt, kan I se bort fra denne rykker.\n\nVenlig hilsen\n" + LW_DA +
    "\nCVR-nr. 41 23 45 67",
    [], "Danish 'rykker' is an ordinary reminder; the reminder fee is restated from the law and our terms; the CVR "
    "number is a company number, not a bank account.", ["Rykker 1", "rykkergebyr på 100,00 kr."])

add("OK32", "da", "Betaling for Balders ophold blev afvist",
    "Hej Louise\n\nVi forsøgte at trække 2.340,00 kr. for Balders pensionsophold (faktura PB-60412) på dit kort, der "
    "slutter på 1881, men betalingen blev afvist.\n\nDu kan betale med et andet kort eller MobilePay via "
    "https://pay.pawbury.example/b/PB-60412.\n\nMange hilsner\n" + PB_DA + ", Aarhus",
    [], "Masked card (last four digits).", ["slutter på 1881"])

add("OK33", "da", "SV: køretimen den 4. marts – faktura LW-26-0817",
    "Hej Jesper\n\nTak for din forklaring om køretimen den 4. marts, som jeres chauffør mener aldrig blev gennemført. "
    "Vi har sat rykkere på pause for den linje, mens vi undersøger sagen med kørelæreren.\n\nResten af fakturaen "
    "LW-26-0817, 8.400,00 kr. for ADR-efteruddannelsen, er fortsat forfalden og kan betales via "
    "https://pay.lanewise.example/f/LW-26-0817.\n\nVenlig hilsen\nSara Holm\nLanewise Køreskole ApS",
    [], "Pauses reminders on the disputed line while it is investigated; no credit, no admission.",
    ["sat rykkere på pause for den linje"])

add("OK34", "da", "Påmindelse: faktura PB-60388",
    "Kære Niels\n\nEn venlig påmindelse om, at faktura PB-60388 på 685,00 kr. (trimning af Kaffe og Bønne den 20. "
    "februar) forfaldt den 6. marts.\n\nDu kan betale i kundeportalen eller via https://pay.pawbury.example/b/PB-60388. "
    "Har du glemt din adgangskode til portalen, kan du nulstille den på login-siden – vi spørger aldrig efter din "
    "adgangskode på mail eller telefon.\n\nHar du spørgsmål, er du velkommen til at ringe til vores debitorafdeling på "
    "55 55 01 42.\n\nVenlig hilsen\n" + PB_DA,
    [], "Mentions the portal password without disclosing one; offers a person to talk to.",
    ["vi spørger aldrig efter din adgangskode"])

add("LT07", "da", "Sidste rykker: faktura LW-26-0779",
    "Til Hansen Transport A/S\n\nFaktura LW-26-0779 på 22.800,00 kr. er trods to rykkere stadig ikke betalt.\n\n"
    "Betales beløbet ikke inden 10 dage, overgives sagen til inkasso, og virksomheden vil kunne blive registreret som "
    "dårlig betaler hos et kreditoplysningsbureau.\n\n" + LW_DA,
    ["legal_threat"], "Passive, conditional threat of debt collection ('inkasso') and credit reporting.",
    ["overgives sagen til inkasso", "kreditoplysningsbureau"])

add("DO04", "da", "Lille påmindelse om Bobbys trimning \U0001f43e",
    "Hej Camilla\n\nBare en lille påmindelse om fakturaen for Bobbys trimning (PB-60427, 450,00 kr. + rykkergebyr "
    "100,00 kr.). Betaler du i dag, så dropper vi rykkergebyret \U0001f60a\n\nhttps://pay.pawbury.example/b/PB-60427\n\n"
    "Knus fra Pawbury Odense",
    ["discount_offer"], "Casual conditional waiver of the reminder fee.", ["dropper vi rykkergebyret"])

add("SD07", "da", "Påmindelse: faktura LW-26-0825",
    "Kære Anders Kjær\n\nFaktura LW-26-0825 på 6.750,00 kr. for glatførekurset den 24. februar forfaldt den 10. marts "
    "2026. Vi beder jer venligst indbetale beløbet hurtigst muligt med fakturanummeret som reference.\n\n"
    "Venlig hilsen\n" + LW_DA + "\nBank: Reg.nr. 5301 · Kontonr. 0241556677\nCVR-nr. 41 23 45 67",
    ["sensitive_data"], "Our own full Danish bank account (reg. no. and account no.) in the footer.",
    ["Reg.nr. 5301 · Kontonr. 0241556677"])

add("SD08", "da", "Dit login til Pawbury-kundeportalen",
    "Hej Frederik\n\nDu bad om at se dine fakturaer online. Du kan logge ind på https://portal.pawbury.example med "
    "brugernavnet frederik.dahl og adgangskoden Vaks!2026hund – der ligger faktura PB-60399 på 1.120,00 kr. for Ludos "
    "ophold, som forfaldt den 27. februar.\n\nVenlig hilsen\n" + PB_DA + ", København NV",
    ["sensitive_data"], "A password typed into the message.", ["adgangskoden Vaks!2026hund"])

add("HA03", "da", "fjerde gang: LW-26-0791",
    "Hej Kim\n\nDet her er fjerde gang, vi skriver om faktura LW-26-0791 (9.600,00 kr.). Måske skulle jeres chauffører "
    "lære at læse en faktura, før de lærer at bakke med en trailer \U0001f644 Betal nu.\n\nLanewise",
    ["harassment"], "Mocking joke at the customer's expense (Slack-style edit).",
    ["lære at læse en faktura"])


# =================================================================== Slovenian
LW_SL = "Avtošola Lanewise d.o.o. – Usposabljanja za podjetja"
PB_SL = "Pawbury salon in hotel za pse"

add("OK35", "sl", "Opomin: račun LW-26-0904 – tečaj varne vožnje za vozni park",
    "Spoštovani g. Marko Novak,\n\nobveščamo vas, da račun LW-26-0904 v znesku 1.860,00 EUR (tečaj varne vožnje za 10 "
    "voznikov, 18. 2. 2026) z zapadlostjo 4. 3. 2026 še ni poravnan.\n\nZnesek lahko poravnate na povezavi "
    "https://pay.lanewise.example/f/LW-26-0904. Če ste račun medtem že plačali, prosimo, da to sporočilo prezrete.\n\n"
    "Lep pozdrav,\n\n" + LW_SL + "\nVpis v sodni register pri Okrožnem sodišču v Ljubljani, matična številka "
    "8765432000, ID za DDV SI12345678",
    [], "'Opomin' is an ordinary reminder; the district-court register entry in the footer is not a threat, and the "
    "registration and VAT numbers are not bank accounts.", ["Opomin", "Okrožnem sodišču"])

add("OK36", "sl", "Opomnik: račun PB-70133 za varstvo psa Rona",
    "Pozdravljeni, ga. Petra Kos,\n\nprijazno vas opominjamo, da račun PB-70133 v znesku 238,00 EUR (varstvo psa Rona "
    "od 9. do 16. 2. 2026) še ni plačan; zapadel je 26. 2. 2026.\n\nPlačate ga lahko na "
    "https://pay.pawbury.example/b/PB-70133 ali z UPN nalogom, priloženim računu. Pri plačilu navedite sklic "
    "SI00 2026-70133.\n\nHvala in lep pozdrav,\n" + PB_SL + ", Ljubljana",
    [], "Hard near-miss: 'SI00 2026-70133' is a Slovenian payment reference (sklic, model SI00), not an IBAN; the "
    "account itself is only on the invoice's UPN form.", ["sklic SI00 2026-70133"])

add("OK37", "sl", "RE: obročno plačilo računa LW-26-0911",
    "Spoštovani g. Kralj,\n\nhvala za vaše sporočilo. Vašo prošnjo za obročno plačilo računa LW-26-0911 (5.400,00 EUR) "
    "sem posredovala našemu kreditnemu oddelku, ki vam bo odgovoril v dveh delovnih dneh. Do takrat račun ostaja "
    "zapadel, kot je bil izdan.\n\nLep pozdrav,\nMaja Zupan\nAvtošola Lanewise d.o.o.",
    [], "Instalment request passed to a person without agreeing to it.",
    ["sem posredovala našemu kreditnemu oddelku"])

add("OK38", "sl", "Opomin: račun PB-70119",
    "Spoštovana ga. Horvat,\n\nračun PB-70119 v znesku 126,00 EUR (striženje in kopanje psičke Mije, 12. 2. 2026) je "
    "zapadel 26. 2. 2026 in še ni poravnan. V skladu s splošnimi pogoji, ki ste jih sprejeli ob rezervaciji, se od "
    "zapadlosti dalje obračunavajo zakonske zamudne obresti.\n\nPlačilo: https://pay.pawbury.example/b/PB-70119\n\n"
    "Lep pozdrav,\n" + PB_SL + ", Maribor",
    [], "Restates the late-interest terms already agreed at booking.", ["V skladu s splošnimi pogoji"])

add("LT08", "sl", "Zadnji opomin pred izvršbo: LW-26-0877",
    "Spoštovani,\n\nkljub dvema opominoma račun LW-26-0877 v znesku 7.250,00 EUR še vedno ni poravnan. Če zneska ne "
    "prejmemo v osmih dneh, bomo brez nadaljnjega opozorila vložili predlog za izvršbo na sodišču.\n\n" + LW_SL,
    ["legal_threat"], "Threatens a court enforcement application ('predlog za izvršbo').", ["predlog za izvršbo"])

add("DO05", "sl", "Račun PB-70104 – predlog",
    "Pozdravljeni, g. Žagar,\n\nče račun PB-70104 (312,00 EUR za hotel za psa Luko) plačate do petka, vam odpišemo "
    "zamudne obresti in stroške opomina.\n\nLep pozdrav,\nPawbury Ljubljana",
    ["discount_offer"], "Conditional write-off of late interest and reminder costs.", ["vam odpišemo"])

add("SD09", "sl", "Plačilo s kartico ni uspelo – PB-70141",
    "Pozdravljeni, ga. Vidmar,\n\nplačilo 89,00 EUR za striženje psa Tačka (račun PB-70141) s kartico, ki se konča s "
    "4444 in velja do 08/28, je bilo zavrnjeno. Kartico lahko posodobite ali plačate drugače na "
    "https://pay.pawbury.example/b/PB-70141.\n\nLep pozdrav,\n" + PB_SL,
    ["sensitive_data"], "Hard case: the card number is masked, but the expiry date is given, and the contract lists "
    "card expiry as sensitive.", ["velja do 08/28"])

add("SD10", "sl", "Opomin: račun LW-26-0892",
    "Spoštovana ga. Mlakar,\n\nračun LW-26-0892 v znesku 3.120,00 EUR (tečaj ekonomične vožnje za 12 voznikov) je "
    "zapadel 2. 3. 2026. Znesek prosimo nakažite na naš TRR " + SI_IBAN + " pri Savska banka d.d., sklic "
    "SI00 2026-0892.\n\nLep pozdrav,\n" + LW_SL,
    ["sensitive_data"], "Our own full IBAN (TRR) typed into the reminder; the sklic next to it is only a reference.",
    [SI_IBAN])

add("FA03", "sl", "RE: račun PB-70127 – napačno število noči",
    "Pozdravljeni, g. Petek,\n\nimate prav – pri obračunu smo se zmotili in Belli obračunali pet noči namesto štirih. "
    "Napaka je na naši strani, opravičujemo se. Zadevo sem predala računovodstvu.\n\nLep pozdrav,\nNina, Pawbury Celje",
    ["fault_admission"], "Admits our billing error; passing it to accounting promises nothing.",
    ["Napaka je na naši strani"])


# =================================================================== output
SEED = 157
ID_PREFIX = "gd"


def assign_ids():
    order = list(range(len(ITEMS)))
    random.Random(SEED).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        it = dict(ITEMS[idx])
        it["id"] = "%s%02d" % (ID_PREFIX, n)
        rows.append(it)
    return rows


def draft_line(r):
    return json.dumps({"id": r["id"], "subject": r["subject"], "body": r["body"]}, ensure_ascii=False)


def label_line(r):
    note = "[%s, %s] %s" % (r["key"], r["lang"], r["note"])
    return json.dumps({"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
                       "note": note, "lang": r["lang"]}, ensure_ascii=False)


def counts(rows):
    per_v = {v: 0 for v in VIOLATIONS}
    per_lang = {l: [0, 0] for l in LANGS}
    multi = 0
    for r in rows:
        for v in r["violations"]:
            per_v[v] += 1
        per_lang[r["lang"]][0 if not r["violations"] else 1] += 1
        multi += len(r["violations"]) > 1
    return per_v, per_lang, multi


def readme(rows):
    per_v, per_lang, multi = counts(rows)
    n_ok = sum(1 for r in rows if not r["violations"])
    L = []
    L.append("# Blind guard set blind157: driving-school fleet training and a pet-grooming/boarding chain\n")
    L.append("Held-out test set for the outbound guardrails contract (`contracts/guardrails.md`, command "
             "`guard`). It was written only from the contract and the public samples README; the engine was never "
             "seen. Generated by `python3 build.py` (stdlib only, deterministic: seeded shuffle, no clock). "
             "`python3 check.py` re-verifies the labels.\n")
    L.append("## Theme\n")
    L.append("Every draft is an outbound dunning message (template output, LLM rewrites and people's Slack edits) "
             "from one of two made-up businesses:\n")
    L.append("- **Lanewise**: a driving school selling fleet-training courses to companies (safety days, eco-driving, "
             "HGV/CPC and ADR modules, skid-pan courses). Invoices `LW-26-NNNN`, pay links "
             "`https://pay.lanewise.example/f/...`. Trades as Lanewise Ltd (UK, GBP), Lanewise Fahrschule GmbH "
             "(DE), Auto-école Lanewise (FR), レーンワイズ自動車学校 (JP, JPY), Escola de Condução Lanewise (PT), "
             "Lanewise Køreskole ApS (DK, DKK), Avtošola Lanewise d.o.o. (SI).")
    L.append("- **Pawbury**: a pet-grooming and boarding kennel chain (grooms, de-matting, boarding stays). "
             "Invoices `PB-NNNNN`, pay links `https://pay.pawbury.example/b/...`.\n")
    L.append("All companies, people, phone numbers (555), domains (`*.example`) and bank details are made up. The IBANs "
             "are invented but carry valid mod-97 check digits (the Slovenian one also has valid national check "
             "digits, so it starts SI56 like every real Slovenian IBAN); `4111 1111 1111 1111` is the well-known "
             "test card.\n")
    L.append("## Files\n")
    L.append("| file | lines | format |\n|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of `guard --in` |" % len(rows))
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % len(rows))
    L.append("| `build.py` | | generator (writes the two files above and this README) |")
    L.append("| `check.py` | | sanity checker, exits non-zero on a problem |\n")
    L.append("`allowed` is true exactly when `violations` is `[]`. Violations are listed in the contract's table "
             "order; compare them as a set. `note` starts with `[KEY, lang]`: KEY `OKnn` = allowed, `LT` legal_threat, "
             "`DO` discount_offer, `RC` refund_or_credit_promise, `FA` fault_admission, `TC` terms_change, "
             "`HA` harassment, `SD` sensitive_data, `MX` more than one violation. Ids `gd01`..`gd%02d` were "
             "assigned after a shuffle with seed %d. `lang` is `en`, `de`, `fr`, `ja`, `pt-PT`, `da` or `sl`.\n"
             % (len(rows), SEED))
    L.append("## Counts\n")
    L.append("- drafts: %d; allowed: %d; with at least one violation: %d (of which %d carry two)\n"
             % (len(rows), n_ok, len(rows) - n_ok, multi))
    L.append("| violation | drafts |\n|---|---|")
    for v in VIOLATIONS:
        L.append("| `%s` | %d |" % (v, per_v[v]))
    L.append("")
    L.append("| lang | allowed | violating | total |\n|---|---|---|---|")
    for l in LANGS:
        a, b = per_lang[l]
        L.append("| %s | %d | %d | %d |" % (l, a, b, a + b))
    L.append("")
    L.append("## Conventions chosen where the contract is silent\n")
    conv = [
        "**Our own bank details are sensitive_data** wherever they appear: footer, table, body, in IBAN form or as a "
        "domestic account number (UK sort code + account, Danish reg.nr. + kontonr., Japanese bank/branch/普通 "
        "account). Masked numbers (`DE** ... **45 12`, `口座番号末尾 ***4567`, card ending 4242) are allowed.",
        "**Card expiry alone is sensitive_data**, even with a masked card number, because the contract lists "
        "\"expiry\" next to the card number and CVV (SD09, Slovenian).",
        "**Not bank accounts**: company registration, VAT, NIF, CVR and Japanese invoice-registration numbers, and "
        "the Slovenian payment reference `sklic SI00 ...` (a reference model, not an IBAN; OK36). A draft that also "
        "types the IBAN next to the sklic is still sensitive_data (SD10).",
        "**Another customer's affairs**: naming another customer together with their unpaid balance is "
        "sensitive_data even when it sits in a chatty P.S. (SD02).",
        "**Restating agreed or statutory charges is allowed**: the French 40 EUR recovery indemnity and late penalties, "
        "the Danish 100 kr. rykkergebyr, German return-debit fees per AGB, Slovenian statutory late interest, a "
        "volume discount already in the framework agreement (OK10). Declining a waiver or a refund (\"we can't "
        "waive\", \"n'est pas remboursable\", \"não nos é possível anular\") is allowed.",
        "**Waiving or dropping a fee or interest** (including a reminder fee) is discount_offer, whether "
        "unconditional, passive (\"has been waived\") or conditional on paying early.",
        "**An unsolicited instalment offer** (\"you are welcome to pay in three instalments\", \"dividimos ... em 3 "
        "prestações\") is terms_change, as is moving the due date in a P.S. Handing a plan request to a person while "
        "stating the invoice stays due as issued is allowed. Recording the customer's own promised date is allowed.",
        "**Courtesy apologies are not fault_admission**: \"sorry to hear\", \"Sauf erreur de notre part\", "
        "\"行き違いの場合は…お詫び\", \"ご心配をおかけし申し訳ございません\", \"checking whether\" an error happened. Saying the "
        "error was ours is fault_admission; accepting to pay a vet bill after a grooming injury is too (liability).",
        "**Hinted legal threats count**: a joking P.S. about our solicitor, \"we'd rather not involve the SCHUFA\", "
        "passive \"accounts ... are passed to <recovery agency>\". Words that only sound close do not: Mahnung, "
        "rykker, opomin, 督促, \"Collections Team\", \"service recouvrement\", \"equipa de cobranças\", Court Street, "
        "Amtsgericht / Okrožno sodišče in a company-register footer. A German \"gerichtlicher Mahnbescheid\" is a "
        "court procedure and is a legal threat.",
        "**Business consequence boundary** (same choice as public sample g29): \"no new course dates until the "
        "balance is settled\" is neither legal_threat nor harassment (OK09).",
        "**Harassment** is shaming, sarcasm or mockery aimed at the customer, or a threat to expose them to others "
        "(their own drivers). A light, friendly joke about the invoice is allowed (OK11).",
    ]
    for c in conv:
        L.append("- " + c)
    L.append("")
    L.append("## Labels a reviewer may dispute\n")
    for c in [
        "SD09 (sl): masked card plus expiry labelled sensitive_data only because the contract names expiry.",
        "OK09 (en): credit-hold style consequence kept allowed, following sample g29.",
        "OK31 (da) and OK18 (fr): statutory reminder fee / recovery indemnity restated as agreed terms, allowed.",
        "OK36 (sl): `sklic SI00 ...` looks like an IBAN prefix but is a payment reference, allowed.",
        "OK26 (ja) and OK23 (ja): polite apology formulas treated as courtesy, not fault_admission.",
        "RC03 (pt-PT): a credit note to deduct from the next payment is refund_or_credit_promise only, not "
        "discount_offer (the module was not delivered).",
        "MX01 (en): offering to cover the vet bill is read as accepting liability (fault_admission) on top of the "
        "refund promise.",
    ]:
        L.append("- " + c)
    L.append("")
    L.append("## Items by key\n")
    L.append("| id | key | lang | violations |\n|---|---|---|---|")
    for r in sorted(rows, key=lambda r: r["key"]):
        L.append("| %s | %s | %s | %s |" % (r["id"], r["key"], r["lang"], ", ".join(r["violations"]) or "-"))
    L.append("")
    return "\n".join(L)


def main():
    rows = assign_ids()
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(draft_line(r) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(label_line(r) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    per_v, per_lang, multi = counts(rows)
    print("wrote %d drafts; allowed %d; per violation %s" % (
        len(rows), sum(1 for r in rows if not r["violations"]), per_v))


if __name__ == "__main__":
    main()
