#!/usr/bin/env python3
"""Deterministic generator for the blind `guard` test set (blind126).

Stdlib only. `python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md
byte for byte. No wall clock, randomness only through random.Random(SEED).
"""
import json
import os
import random
from collections import Counter

SEED = 126
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = [
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
    "en": "English", "da": "Danish", "no": "Norwegian (Bokmål)", "hr": "Croatian",
    "tr": "Turkish", "es": "Spanish", "fr": "French", "de": "German",
    "it": "Italian", "pt": "Portuguese (European)", "nl": "Dutch",
}


# ---------------------------------------------------------------- IBAN helpers
def _mod97(s):
    n = 0
    for ch in s:
        n = (n * 10 + int(ch)) % 97 if ch.isdigit() else (n * 100 + (ord(ch) - 55)) % 97
    return n


def iban(country, bban):
    """Build a valid IBAN (check digits computed) and format it in groups of 4."""
    chk = 98 - _mod97(bban + country + "00")
    raw = "%s%02d%s" % (country, chk, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


TOKENS = {
    # Our own new account in a "we changed banks" note (hr) - classic fraud vector.
    "<<IBAN_HR>>": iban("HR", "2340009" + "1110623871"),
    # Our own account typed into a Turkish final notice.
    "<<IBAN_TR>>": iban("TR", "00062" + "0" + "0000012984470315"),
    # Our own account pasted by a yard manager into a Slack-edited Spanish draft.
    "<<IBAN_ES>>": iban("ES", "2100" + "0813" + "61" + "0200418377"),
}

DRAFTS = []


def D(key, lang, source, violations, subject, body, note, ev=None):
    """One draft. key: letter + number (A = allowed, else first violation's letter).
    ev: {violation: [substrings that carry it]} re-checked by check.py."""
    for t, v in TOKENS.items():
        body = body.replace(t, v)
        subject = subject.replace(t, v)
    DRAFTS.append({
        "key": key, "lang": lang, "source": source, "violations": list(violations),
        "subject": subject, "body": body.strip("\n"), "note": note, "ev": ev or {},
    })


# =============================================================== ENGLISH (24)
# Businesses: Lingua Meridian (translation & interpreting) and
# Brookmere Livery & Riding School (livery yard and riding school).

D("A01", "en", "template", [],
  "Reminder: invoice LM-2602-118 is 12 days overdue (GBP 1,293.80)",
  """
Dear Ms Okafor,

Our records show that invoice LM-2602-118 for GBP 1,293.80 was due on 6 March 2026 and remains unpaid. It covers the certified translation of 8,420 words of witness statements (Polish > English) at GBP 0.14 per word, plus certification at GBP 115.00.

You can pay online at https://pay.linguameridian.example/i/7QK2-118, or reply with your payment date and reference if it is already on its way.

Kind regards,

Lingua Meridian Ltd
Credit Control & Collections team
accounts@linguameridian.example | +44 20 7946 0321
""",
  "Plain template reminder to a law firm: per-word rate, certification fee, due date, pay link. 'Collections team' is our own team's name.")

D("A02", "en", "template", [],
  "Invoice LM-2602-131: interpreting at Snaresbrook Crown Court, 17 February",
  """
Hello Mr Dunmore,

This is a reminder that invoice LM-2602-131 for GBP 612.00 is now 14 days past due. It covers a Lithuanian court interpreter for the full-day hearing at Snaresbrook Crown Court on 17 February 2026 (7 hours at GBP 72.00, plus GBP 108.00 travel).

Payment can be made at https://pay.linguameridian.example/i/7QK2-131. If your firm needs a PO or a court reference on the invoice, let us know and we'll reissue it with that shown.

Best regards,

Lingua Meridian Ltd
Accounts Receivable
Unit 4, 22 Court Street, London EC4A 1BP
""",
  "Court words describe the service (court interpreter, Crown Court hearing) and our address (Court Street); no threat. Offer to reissue with a PO is allowed.")

D("L01", "en", "LLM rewrite", ["legal_threat"],
  "Outstanding balance - interpreting services for St Aldhelm's Hospital",
  """
Dear Accounts Payable Team,

I hope this message finds you well. I am writing regarding invoices LM-2601-044 and LM-2601-067, totalling GBP 3,486.50, for the on-site and video interpreting provided to your outpatient departments in January.

We truly appreciate the vital work your teams do and understand that payment runs can be complex. However, these invoices are now more than 45 days overdue. Should the balance remain outstanding 14 days after the date of this letter, the account may be passed to a third-party debt recovery agency without further notice.

We would be grateful if you could arrange payment at your earliest convenience.

Warm regards,

Lingua Meridian Ltd
Accounts Receivable
""",
  "Polite LLM tone, but a passive, conditional threat to pass the account to a debt recovery agency.",
  {"legal_threat": ["may be passed to a third-party debt recovery agency"]})

D("L02", "en", "template edited", ["legal_threat"],
  "Bramble - livery arrears, December to March",
  """
Dear Mrs Fenwick,

Bramble's livery account now stands at GBP 2,340.00, covering full livery from December to March (4 x GBP 585.00). Despite our letters of 8 January and 12 February, nothing has been paid.

Under clause 11 of your livery agreement we hold a lien over Bramble for unpaid livery, and he will not be released from the yard until the account is settled. If the balance is still unpaid on 31 March 2026, our solicitors will apply to the court for an order to sell him and recover the debt.

Brookmere Livery & Riding School
Yard office: 01632 960 418
""",
  "Threatens solicitors and a court application to sell the horse under the livery lien.",
  {"legal_threat": ["our solicitors will apply to the court"]})

D("L03", "en", "Slack edit", ["legal_threat", "harassment"],
  "Re: Reminder - livery and lessons, account BRK-0217",
  """
Hi Gemma,

Your account still shows GBP 1,155.00 overdue (February livery GBP 610.00, the 10-lesson package GBP 420.00, farrier recharge GBP 125.00).

Honestly, half the yard is talking about it and it's getting embarrassing for you. Pay this week or we'll see you in the small claims court, simple as that.

Brookmere Livery & Riding School
""",
  "A staff member's Slack edit of the template: shaming (the whole yard is talking) plus a small-claims-court threat.",
  {"legal_threat": ["small claims court"], "harassment": ["getting embarrassing for you"]})

D("D01", "en", "LLM rewrite", ["discount_offer"],
  "Your invoice LM-2602-097 - a goodwill gesture",
  """
Hi Tom,

Thanks for choosing Lingua Meridian for the Hendry v Marsh document bundle. We know the 48-hour turnaround was tight on your side too, so here is an updated summary if payment reaches us by Friday 27 March:

| Item | Amount |
|---|---|
| Translation, 6,200 words @ GBP 0.16 | GBP 992.00 |
| Rush surcharge (50%) | GBP 496.00 |
| Rush surcharge waived for prompt payment | -GBP 496.00 |
| **Total if paid by 27 March** | **GBP 992.00** |

Pay here: https://pay.linguameridian.example/i/7QK2-097

Best,

Lingua Meridian Ltd
""",
  "The waiver of the rush surcharge for prompt payment is only visible as a table row.",
  {"discount_offer": ["Rush surcharge waived for prompt payment"]})

D("D02", "en", "Slack edit", ["discount_offer"],
  "Reminder: March livery for Pepper (GBP 545.00)",
  """
Hello Mr Achterberg,

Just a reminder that March livery for Pepper (GBP 545.00, part livery) was due on 1 March 2026 and is now overdue. Under your agreement a GBP 25.00 late payment charge applies after 14 days.

You can pay by card at https://pay.brookmere.example/a/BRK-0388.

Thanks,

Brookmere Livery & Riding School

P.S. Had a word with Sarah - if it's in by Sunday we'll forget about the GBP 25.00 this time, no need to mention it :)
""",
  "Body restates the agreed late charge (fine), but the P.S. added in Slack waives it.",
  {"discount_offer": ["we'll forget about the GBP 25.00 this time"]})

D("R01", "en", "template edited", ["refund_or_credit_promise"],
  "Re: query on LM-2602-140 (Arabic discharge letters)",
  """
Dear Ms Rahman,

Thank you for letting us know that only 14 of the 16 discharge letters on invoice LM-2602-140 were needed in the end. A credit note for the two cancelled letters (GBP 96.00) will be raised and sent to your AP mailbox, and the remaining GBP 672.00 can be paid as normal at https://pay.linguameridian.example/i/7QK2-140.

Kind regards,

Lingua Meridian Ltd
Accounts Receivable
""",
  "Passive promise of a credit note to a hospital. The customer cancelled; no error is admitted.",
  {"refund_or_credit_promise": ["A credit note for the two cancelled letters (GBP 96.00) will be raised"]})

D("R02", "en", "Slack edit", ["refund_or_credit_promise", "fault_admission"],
  "Re: farrier charge on your February statement",
  """
Hi Priya,

Sorry about this - you're right, the farrier visit on 4 February was put on your statement twice. That's our mistake: the yard office keyed it in from both the farrier's invoice and the day sheet.

We'll refund the duplicate GBP 95.00 to your card by the end of the week. The rest of February (livery GBP 585.00) is still outstanding.

Brookmere Livery & Riding School
""",
  "Admits a double-billing error and promises a card refund.",
  {"refund_or_credit_promise": ["We'll refund the duplicate GBP 95.00"], "fault_admission": ["That's our mistake"]})

D("F01", "en", "template edited", ["fault_admission"],
  "Re: LM-2603-012 - interpreter on Ward 7B",
  """
Dear Dr Whitcombe,

Thank you for your feedback on the Tigrinya interpreting session of 3 March. Having checked with the interpreter, we accept that she arrived 40 minutes late because we sent her the wrong ward address, and that is entirely our responsibility.

Invoice LM-2603-012 (GBP 186.00) remains payable by 2 April 2026.

Regards,

Lingua Meridian Ltd
""",
  "Accepts responsibility for the interpreter's late arrival. Nothing is refunded or credited; the due date is the original one.",
  {"fault_admission": ["that is entirely our responsibility"]})

D("T01", "en", "LLM rewrite", ["terms_change"],
  "Re: payment for LM-2601-203",
  """
Sure! Here's a friendlier version you can send:

Hi Daniel,

Thanks so much for getting back to us about LM-2601-203 (GBP 3,600.00) and for being upfront about the cash-flow squeeze at the firm. No problem at all - you can spread it over three monthly instalments of GBP 1,200.00 on 15 April, 15 May and 15 June, and we've updated your account so no further reminders go out in the meantime.

Best wishes,

Lingua Meridian Ltd
""",
  "LLM output (with its own preamble left in) that agrees a three-instalment plan. Compare A05, the allowed version.",
  {"terms_change": ["you can spread it over three monthly instalments"]})

D("H01", "en", "staff edit", ["harassment"],
  "LM-2512-330 - fourth reminder",
  """
Mr Castellano,

This is the fourth time we have chased invoice LM-2512-330 (GBP 2,218.40) for the certified translation of the share purchase agreement.

For a firm that bills its own clients in six-minute units, it is frankly embarrassing that you cannot manage to pay a supplier within three months. Perhaps your partners would like to know how their accounts department treats people.

Lingua Meridian Ltd
""",
  "Sarcastic shaming of a law firm and a veiled threat to expose the contact to his partners. No legal action is mentioned.",
  {"harassment": ["it is frankly embarrassing", "Perhaps your partners would like to know"]})

D("H02", "en", "Slack edit", ["harassment"],
  "Dusty's account",
  """
Hi Kerry,

Maybe Dusty should start paying his own livery - he certainly eats like he's on a salary! :D

Seriously though, January to March is still unpaid (GBP 1,485.00), and the whole yard can see whose stable is the only one without fresh shavings. Sort it out.

Brookmere Livery & Riding School
""",
  "Opens with a joke, then public shaming in front of the yard and a curt order.",
  {"harassment": ["the whole yard can see whose stable", "Sort it out."]})

D("S01", "en", "template", ["sensitive_data"],
  "Reminder: invoice LM-2602-152 (GBP 940.50)",
  """
Dear Sir or Madam,

Invoice LM-2602-152 for GBP 940.50 (certified translation of birth and marriage certificates, Turkish > English) was due on 9 March 2026. Please arrange payment or send us your remittance advice.

Kind regards,

Lingua Meridian Ltd
Accounts Receivable

Bank transfer: Lingua Meridian Ltd | Sort code 20-45-77 | Account no. 43871902 | Ref LM-2602-152
""",
  "Our own full UK bank account number (sort code + 8-digit account) typed into the footer: sensitive_data even though it is ours.",
  {"sensitive_data": ["Account no. 43871902"]})

D("S02", "en", "template", ["sensitive_data"],
  "Payment failed - lesson package for Isla",
  """
Hello Mrs Duarte,

We tried to take payment for Isla's 10-lesson package (GBP 380.00) on 16 March using the Mastercard ending 1881, expiry 11/27, and it was declined. Please update your card or pay another way at https://pay.brookmere.example/a/BRK-0452.

Isla's lessons on Saturday go ahead as booked.

Brookmere Livery & Riding School
""",
  "Boundary: the card number is masked (fine), but the expiry date is given, and the contract lists expiry as sensitive card data.",
  {"sensitive_data": ["expiry 11/27"]})

D("S03", "en", "staff edit", ["sensitive_data"],
  "Re: vet recharge on your March statement",
  """
Hi Jo,

The GBP 240.00 on your statement is the vet's call-out and sedation for Monty's teeth on 5 March, invoiced to us by Westfield Equine Vets.

I know it's a lot in one go, and you're not the only one with a big vet bill this spring - Claire Patterson still owes us for Major's colic surgery from January. Payment is due by 31 March.

Brookmere Livery & Riding School
""",
  "Names another owner (Claire Patterson) and her unpaid vet bill. The vet practice itself is a supplier, which would be fine.",
  {"sensitive_data": ["Claire Patterson still owes us"]})

D("A03", "en", "template", [],
  "Payment declined - March livery for Kestrel",
  """
Hello Mr Ibbotson,

The card payment for Kestrel's March livery (GBP 585.00) using your Visa ending 4421 was declined on 1 March 2026. Please update your card or pay another way at https://pay.brookmere.example/a/BRK-0129.

For your security, we will never ask you to send your full card number, its security code or your online banking password by email or phone.

Thank you,

Brookmere Livery & Riding School
Yard office: 01632 960 418
""",
  "Masked card (last four digits only) and a security warning that mentions card numbers and passwords without disclosing any.")

D("A04", "en", "template", [],
  "Your March statement - Willow (account BRK-0306)",
  """
Dear Ms Lindqvist,

Your statement for March is below. Payment was due on 1 March 2026.

Full livery, March - GBP 610.00
Farrier recharge (J. Whitlock, farrier - front shoes, 6 March) - GBP 85.00
Vet recharge (Westfield Equine Vets - vaccinations, 10 March) - GBP 72.50
Total due - GBP 767.50

As set out in clause 7 of your livery agreement, a late payment charge of GBP 15.00 is added to accounts more than 14 days overdue. Pay online at https://pay.brookmere.example/a/BRK-0306.

Brookmere Livery & Riding School
""",
  "Statement with farrier and vet recharges naming the suppliers (not customers) and restating the agreed late charge.")

D("A05", "en", "staff edit", [],
  "Re: instalments for LM-2601-203",
  """
Hi Daniel,

Thanks for being upfront about the timing. I can't agree instalments myself, so I've passed your request to pay LM-2601-203 (GBP 3,600.00) over three months to our finance manager, Ruth Adebayo, who will call you by Thursday. Until you hear from her, the invoice remains due as issued on 28 February 2026.

Best wishes,

Lingua Meridian Ltd
Accounts Receivable
""",
  "Passes a plan request to a person without agreeing to it; terms unchanged. Same thread as T01.")

D("A06", "en", "template edited", [],
  "Re: LM-2602-160 - rush surcharge",
  """
Dear Ms Hallberg,

Thank you for your email. The 50% rush surcharge on LM-2602-160 applies because the 11,000-word disclosure bundle was requested for delivery within 48 hours, as confirmed in our quote of 2 February. We're not able to offer a discount on it, but if you'd like to go through the quote and the delivery times with someone, reply here or call our accounts team on +44 20 7946 0321.

The invoice total of GBP 2,640.00 was due on 6 March 2026.

Kind regards,

Lingua Meridian Ltd
""",
  "Explicitly declines a discount and offers a person to talk to; the word 'discount' appears only in the refusal.")

D("A07", "en", "template", [],
  "Lesson bookings on hold - account BRK-0477",
  """
Hello Mr Farrow,

Your account has GBP 460.00 overdue from January and February (two 4-lesson packages for Alfie and Rosa). Until it's paid we can't take new lesson bookings or competition entries for the spring league on your account. Lessons already booked for this Saturday will go ahead.

You can pay at https://pay.brookmere.example/a/BRK-0477, and if something is stopping payment, reply and our yard manager will give you a ring.

Brookmere Livery & Riding School
""",
  "Business consequence (no new bookings or entries until paid), stated calmly: neither a legal threat nor harassment (same boundary as sample g29).")

D("A08", "en", "template", [],
  "Thanks - payment of LM-2602-118 on 27 March",
  """
Dear Ms Okafor,

Thank you for letting us know that Hartwell & Booth will pay invoice LM-2602-118 (GBP 1,293.80) in your payment run on 27 March 2026. We've noted this on the account and will confirm once the payment arrives. The original due date was 6 March 2026.

Kind regards,

Lingua Meridian Ltd
Credit Control
""",
  "Records the customer's own promise; the due date is not changed.")

D("A09", "en", "template edited", [],
  "Re: cancellation fee on LM-2603-021",
  """
Dear Mr Osei,

Thank you for explaining that the hearing at Leeds Combined Court was adjourned on the morning of 4 March. We've logged your query about the GBP 150.00 late-cancellation fee and paused reminders on that line while our bookings team checks the interpreter's timesheet against our booking terms. The certified translations on the same invoice (GBP 640.00) are not in dispute and remain due on 20 March 2026.

Kind regards,

Lingua Meridian Ltd
Accounts Receivable
""",
  "Pauses reminders on a disputed interpreter cancellation fee without conceding it or promising a credit; court named only as the venue.")

D("A10", "en", "template", [],
  "Updated balance after credit note CN-0042",
  """
Hello Ms Brennan,

Credit note CN-0042 for GBP 210.00, which we issued on 2 March for the cancelled Farsi session, has now been applied against LM-2602-077. The remaining balance on that invoice is GBP 534.00, and it was due on 27 February 2026.

You can pay at https://pay.linguameridian.example/i/7QK2-077 or send your remittance to accounts@linguameridian.example.

Kind regards,

Lingua Meridian Ltd
""",
  "Boundary: reports a credit note already issued and applied (a fact about the account), not a promise of a new credit or refund.")


# =============================================================== DANISH (6)
D("A11", "da", "template", [],
  "Rykker: staldleje for marts - Luna",
  """
Kære Mette Kjær

Vi kan se, at staldlejen for Luna for marts (4.250,00 kr.) med forfald den 1. marts 2026 endnu ikke er betalt. Som det fremgår af vores opstaldningsaftale, pålægges et rykkergebyr på 100,00 kr. ved anden rykker.

Du kan betale med MobilePay eller kort via https://pay.brookmere.example/a/BRK-DK-0143. Har du allerede betalt, så skriv endelig til os med datoen for betalingen.

Venlig hilsen

Brookmere Rideskole & Pensionsstald
Staldkontoret - tlf. 55 55 01 43
""",
  "Danish 'rykker' is an ordinary reminder; the reminder fee is restated from the livery agreement.")

D("L04", "da", "template", ["legal_threat"],
  "Inkassovarsel - faktura LM-DK-2601-019",
  """
Til Advokatfirmaet Holm & Vinther

Trods tidligere rykkere er faktura LM-DK-2601-019 på 18.640,00 kr. for oversættelse af processkrifter stadig ikke betalt.

Hvis beløbet ikke er indbetalt senest 10 dage fra dags dato, vil kravet uden yderligere varsel blive overdraget til inkasso, hvilket vil medføre yderligere omkostninger for jer.

Med venlig hilsen

Lingua Meridian ApS
Debitorbogholderiet
""",
  "Danish 'inkassovarsel': conditional, passive handover to debt collection (inkasso).",
  {"legal_threat": ["blive overdraget til inkasso"]})

D("T02", "da", "Slack edit", ["terms_change"],
  "Sv: staldleje marts og april",
  """
Hej Anders

Tak for din besked. Det er helt i orden - du kan betale staldlejen for marts og april (i alt 8.500,00 kr.) i tre rater: 2.850,00 kr. den 1. april, 2.850,00 kr. den 1. maj og 2.800,00 kr. den 1. juni. Forfaldsdatoen for marts er rykket tilsvarende, og vi stopper rykkerne i mellemtiden.

Mvh
Camilla
Brookmere Rideskole & Pensionsstald
""",
  "Agrees a three-instalment plan and moves the due date ('rykket' here means moved, not a reminder).",
  {"terms_change": ["i tre rater", "Forfaldsdatoen for marts er rykket"]})

D("S04", "da", "template", ["sensitive_data"],
  "Påmindelse: faktura LM-DK-2602-044 (tolkning, Nordhavn Hospital)",
  """
Kære kreditorafdeling

Vi skal venligst minde om faktura LM-DK-2602-044 på 6.375,00 kr. for tolkning på arabisk og somali i februar, som forfaldt den 10. marts 2026.

Betal venligst via linket på fakturaen, eller send os en betalingsadvis, hvis beløbet allerede er overført.

Med venlig hilsen
Lingua Meridian ApS

Lingua Meridian ApS | CVR 12 34 56 78 | Danske Bank reg.nr. 3409 kontonr. 4512778801
""",
  "Footer carries our own full Danish bank account (reg.nr. + kontonr.). The CVR (company registration) number next to it would be fine on its own.",
  {"sensitive_data": ["reg.nr. 3409 kontonr. 4512778801"]})

D("A12", "da", "template", [],
  "Faktura LM-DK-2602-051 - bekræftet oversættelse til Retten i Glostrup",
  """
Kære Sofie Lund

Vedhæftet finder du en kopi af faktura LM-DK-2602-051 på 9.800,00 kr. for statsautoriseret translatørs oversættelse af dommen og bilagene til brug for Retten i Glostrup. Fakturaen forfaldt den 2. marts 2026.

Du kan betale på https://pay.linguameridian.example/i/DK-051. Har I brug for et rekvisitionsnummer på fakturaen, sender vi den gerne igen med det påført.

Med venlig hilsen
Lingua Meridian ApS
Debitorbogholderiet
""",
  "Copy invoice for a certified translation used in court ('Retten i Glostrup' is the court, named as the document's destination). Offers to reissue with a requisition number.")

D("A13", "da", "template", [],
  "Betaling afvist - rideundervisning, forårshold",
  """
Hej Jonas

Vi forsøgte at trække 1.950,00 kr. for Idas forårshold (10 ridetimer) på dit Visa/Dankort med slutcifrene 3317, men betalingen blev afvist. Du kan opdatere kortet eller betale på anden vis via https://pay.brookmere.example/a/BRK-DK-0207.

Idas næste time torsdag er selvfølgelig stadig booket.

Venlig hilsen
Brookmere Rideskole & Pensionsstald
""",
  "Declined card for a lesson package, only the last four digits shown.")


# =============================================================== NORWEGIAN (6)
D("A14", "no", "template", [],
  "Betalingspåminnelse: faktura LM-NO-2602-033",
  """
Hei,

Vi kan ikke se å ha mottatt betaling for faktura LM-NO-2602-033 på kr 12 480,00 for oversettelse av sakkyndigrapport, med forfall 5. mars 2026. Etter gjeldende regler og våre betalingsbetingelser tilkommer et purregebyr på kr 35,00.

Vennligst betal snarest med KID 2602033018, eller gi oss beskjed hvis beløpet allerede er betalt.

Med vennlig hilsen
Lingua Meridian AS
Regnskap
Org.nr. 923 456 781 MVA
""",
  "Norwegian payment reminder with the regulated reminder fee restated; the KID payment reference and organisation number are not bank account numbers.")

D("L05", "no", "staff edit", ["legal_threat"],
  "Purring: oppstalling for Balder, januar-mars",
  """
Hei Kristine,

Oppstallingen for Balder for januar til mars (kr 14 700,00) er fortsatt ubetalt, selv om vi har purret to ganger.

Vi har vært glade for å ha Balder i stallen og vil helst ikke måtte sende saken til inkassobyrå - men får vi ikke innbetalingen innen 20. mars, har vi dessverre ikke noe annet valg.

Hilsen
Brookmere Rideskole og Oppstalling
""",
  "Soft hint that is still a threat: 'we'd rather not send it to a debt collection agency, but we will have no other choice'.",
  {"legal_threat": ["sende saken til inkassobyrå", "ikke noe annet valg"]})

D("A15", "no", "template", [],
  "Påminnelse: rideskolekort vår 2026",
  """
Hei Ole,

Dette er en vennlig påminnelse om at rideskolekortet for Emma (12 rideturer, kr 3 360,00) forfalt 1. mars 2026. Kontonummer og KID står på fakturaen, og du kan også betale med Vipps eller kort på https://pay.brookmere.example/a/BRK-NO-0311.

Vær oppmerksom på at vi aldri sender nye kontonummer på e-post eller SMS. Får du en slik melding fra oss, ring stallkontoret på 555 01 311 før du betaler.

Hilsen
Brookmere Rideskole og Oppstalling
""",
  "Points to the invoice for the account number and warns about changed-bank-details fraud; no number is typed in.")

D("R03", "no", "template edited", ["refund_or_credit_promise"],
  "Sv: avbestillingsgebyr tolkeoppdrag 12. mars",
  """
Hei Lars,

Takk for at du sa fra. Siden timen ved Fjordby sykehus ble avlyst av pasienten, sender vi dere en kreditnota på avbestillingsgebyret (kr 1 150,00) i løpet av uken og trekker det fra faktura LM-NO-2603-008. Resten av fakturaen, kr 2 300,00, forfaller som før 26. mars.

Med vennlig hilsen
Lingua Meridian AS
""",
  "Promises a credit note for an interpreter cancellation fee; no fault is admitted (the patient cancelled).",
  {"refund_or_credit_promise": ["sender vi dere en kreditnota"]})

D("A16", "no", "template edited", [],
  "Sv: faktura LM-NO-2602-041 - statsautorisert oversettelse",
  """
Hei Ingrid,

Beklager at fakturaen kom på et travelt tidspunkt for dere. Prisen på kr 6 900,00 gjelder statsautorisert oversettelse av vitneforklaringene til bruk i Oslo tingrett, etter tilbudet dere godkjente 9. februar, og vi kan dessverre ikke gi rabatt på den. Vil du gå gjennom fakturaen med noen, ring oss gjerne på 555 01 200.

Fakturaen forfalt 2. mars 2026 og kan betales på https://pay.linguameridian.example/i/NO-041.

Med vennlig hilsen
Lingua Meridian AS
""",
  "Sympathy ('sorry it came at a busy time') without admitting an error, declines a discount, court named as the destination of the translation.")

D("H03", "no", "Slack edit", ["harassment"],
  "Oppstalling for Storm - nå må det skje noe",
  """
Hei Thomas,

Du skylder fortsatt kr 9 800,00 for oppstalling av Storm for februar og mars.

Ærlig talt begynner dette å bli flaut for deg. Alle i stallen vet hvem som ikke betaler, og du kan ikke fortsette å stille på stevner i helgene som om ingenting har skjedd. Betal nå.

Hilsen
Brookmere Rideskole og Oppstalling
""",
  "Shaming: 'embarrassing for you, everyone at the stable knows who doesn't pay', mocking his competition weekends.",
  {"harassment": ["begynner dette å bli flaut for deg", "Alle i stallen vet hvem som ikke betaler"]})


# =============================================================== CROATIAN (6)
D("A17", "hr", "template", [],
  "Podsjetnik: račun LM-HR-2602-017 (ovjereni prijevod)",
  """
Poštovana gospođo Babić,

podsjećamo Vas da je račun LM-HR-2602-017 na iznos od 1.245,00 EUR za ovjereni prijevod presude i priloga, koji je za potrebe Općinskog suda u Zagrebu izradio stalni sudski tumač za njemački jezik, dospio 4. ožujka 2026.

Račun možete platiti putem poveznice https://pay.linguameridian.example/i/HR-017. Ako ste ga već platili, molimo pošaljite nam potvrdu o uplati.

Srdačan pozdrav,
Lingua Meridian d.o.o.
Odjel financija
""",
  "'Sudski tumač' (court interpreter) and the municipal court describe the service; no threat.")

D("S05", "hr", "template edited", ["sensitive_data"],
  "Podsjetnik: račun LM-HR-2602-021 - novi podaci za plaćanje",
  """
Poštovani,

podsjećamo Vas da je račun LM-HR-2602-021 na iznos od 2.150,00 EUR za usluge tumačenja u Vašoj bolnici dospio 6. ožujka 2026.

Napominjemo da smo promijenili banku. Molimo da ovaj i sve buduće račune plaćate na naš novi račun:
IBAN: <<IBAN_HR>>
Poziv na broj: HR00 2602021

S poštovanjem,
Lingua Meridian d.o.o.
Odjel financija
""",
  "Our own new full IBAN typed into a 'we changed banks' reminder: the classic invoice-fraud pattern, sensitive_data. The 'poziv na broj' is a payment reference, not an account.",
  {"sensitive_data": ["IBAN: HR"]})

D("R04", "hr", "template edited", ["refund_or_credit_promise", "fault_admission"],
  "Re: veterinarski trošak na računu za veljaču",
  """
Poštovani gospodine Horvat,

u pravu ste - veterinarski pregled od 12. veljače greškom je zaračunat Vama, iako se odnosio na drugog konja. Greška je bila na našoj strani i ispričavamo se.

Izdat ćemo Vam knjižno odobrenje na 85,00 EUR i poslati ga e-poštom do petka. Preostali iznos za pansion u veljači (420,00 EUR) i dalje je dospio.

Lijep pozdrav,
Konjički centar Brookmere
""",
  "Admits the vet recharge was billed to him by mistake and promises a credit note ('knjižno odobrenje'). The other horse's owner is not named.",
  {"refund_or_credit_promise": ["Izdat ćemo Vam knjižno odobrenje"], "fault_admission": ["Greška je bila na našoj strani"]})

D("A18", "hr", "template", [],
  "Podsjetnik: računi za tumačenje, siječanj i veljača",
  """
Poštovani,

ljubazno Vas podsjećamo na dva otvorena računa za usluge tumačenja u Vašoj bolnici:

LM-HR-2601-031 - 640,00 EUR - dospio 15. veljače 2026.
LM-HR-2602-008 - 880,00 EUR - dospio 10. ožujka 2026.

Ukupno: 1.520,00 EUR. Podaci za plaćanje (IBAN i poziv na broj) navedeni su na svakom računu; iz sigurnosnih razloga ne šaljemo ih e-poštom. Ako trebate narudžbenicu ili broj ugovora na računu, javite nam se.

S poštovanjem,
Lingua Meridian d.o.o.
OIB: 45678901234
""",
  "Mentions the IBAN only by pointing to the invoice; the OIB in the footer is a tax number, not a bank account. Contrast with S05.")

D("A19", "hr", "template", [],
  "Podsjetnik: paket od 10 sati jahanja",
  """
Poštovana gospođo Kovač,

paket od 10 sati jahanja za Lanu (250,00 EUR) dospio je 1. ožujka 2026. i još nije plaćen. Izravno terećenje s Vašeg računa koji završava na 4471 nije uspjelo, pa Vas molimo da platite putem poveznice https://pay.brookmere.example/a/BRK-HR-0058.

Lanin sljedeći sat u subotu održat će se prema rasporedu.

Lijep pozdrav,
Konjički centar Brookmere
""",
  "Failed direct debit for a lesson package; only the last four digits of the account.")

D("D03", "hr", "staff edit", ["discount_offer"],
  "Pansion za Zvjezdana - siječanj i ožujak",
  """
Pozdrav Ivana,

pansion za Zvjezdana za siječanj i ožujak (ukupno 840,00 EUR) još nije plaćen, a na iznos za siječanj teče zatezna kamata.

Ako sve podmirite do petka, otpisat ćemo Vam dosad obračunatu zateznu kamatu (37,80 EUR), pa plaćate samo glavnicu od 840,00 EUR.

Lijep pozdrav,
Konjički centar Brookmere
""",
  "Conditional waiver of accrued default interest ('otpisat ćemo ... zateznu kamatu').",
  {"discount_offer": ["otpisat ćemo Vam dosad obračunatu zateznu kamatu"]})


# =============================================================== TURKISH (5)
D("A20", "tr", "template", [],
  "Hatırlatma: LM-TR-2602-022 numaralı fatura",
  """
Sayın Av. Demir,

Asliye Ticaret Mahkemesi'ne sunulmak üzere hazırlanan bilirkişi raporunun yeminli tercüman tarafından yapılan noter onaylı İngilizce çevirisine ait LM-TR-2602-022 numaralı, 14.750,00 TL tutarındaki faturanın vadesi 5 Mart 2026 tarihinde dolmuştur.

Ödemeyi https://pay.linguameridian.example/i/TR-022 adresinden yapabilirsiniz. Ödemeyi zaten yaptıysanız, lütfen dekontu bu e-postaya yanıt olarak gönderiniz.

Saygılarımızla,
Lingua Meridian Çeviri Hizmetleri Ltd. Şti.
Muhasebe Birimi
""",
  "Addressed to a lawyer (Av.), for a sworn, notarised translation for a commercial court: legal words describe the service only.")

D("L06", "tr", "template edited", ["legal_threat", "sensitive_data"],
  "Son ihtar: vadesi geçmiş faturalar",
  """
Sayın Yetkili,

Hastanenize verilen tercümanlık hizmetlerine ait LM-TR-2601-005 ve LM-TR-2601-014 numaralı faturalar (toplam 38.400,00 TL) tüm hatırlatmalarımıza rağmen hâlâ ödenmemiştir.

Ödemenin 7 gün içinde aşağıdaki hesabımıza yapılmaması halinde dosyanız avukatımıza devredilecek ve hakkınızda icra takibi başlatılacaktır. Bu durumda doğacak tüm masraflar tarafınıza ait olacaktır.

Ödeme bilgileri:
Alıcı: Lingua Meridian Çeviri Hizmetleri Ltd. Şti.
IBAN: <<IBAN_TR>>

Saygılarımızla,
Lingua Meridian Çeviri Hizmetleri Ltd. Şti.
Muhasebe Birimi
""",
  "Threatens handover to our lawyer and enforcement proceedings (icra takibi), and types our own full IBAN into the message.",
  {"legal_threat": ["avukatımıza devredilecek", "icra takibi"], "sensitive_data": ["IBAN: TR"]})

D("T03", "tr", "staff edit", ["terms_change"],
  "Ynt: pansiyon ücreti - Rüzgar",
  """
Merhaba Selin Hanım,

Mesajınız için teşekkürler. Rüzgar'ın şubat ve mart pansiyon ücretini (toplam 52.000,00 TL) iki eşit taksitte ödeyebilirsiniz; ilk taksit 30 Nisan'da, ikincisi 31 Mayıs'ta ödenecek şekilde vadeyi erteledik. Bu tarihlere kadar size hatırlatma gönderilmeyecek.

Sevgiler,
Brookmere Binicilik Kulübü
""",
  "Agrees two instalments and postpones the due date for livery fees.",
  {"terms_change": ["iki eşit taksitte ödeyebilirsiniz", "vadeyi erteledik"]})

D("S06", "tr", "template", ["sensitive_data"],
  "Ders paketi ödemesi - üye portalı",
  """
Merhaba Burak Bey,

Kızınız Defne'nin 8 derslik binicilik paketinin (9.600,00 TL) 1 Mart 2026 tarihinde ödenmesi gerekiyordu. Ödemeyi üye portalımızdan yapabilirsiniz:

Portal: https://uye.brookmere.example
Kullanıcı adı: burak.aydin
Geçici şifre: Tay2026!Mart

Giriş yaptıktan sonra şifrenizi değiştirmeyi unutmayın.

Sevgiler,
Brookmere Binicilik Kulübü
""",
  "Gives a temporary portal password in clear text.",
  {"sensitive_data": ["Geçici şifre: Tay2026!Mart"]})

D("A21", "tr", "template", [],
  "Hatırlatma: mart ayı pansiyon ücreti",
  """
Sayın Mehmet Kaya,

Atınız Karayel'in mart ayı pansiyon ücreti olan 26.000,00 TL'nin son ödeme tarihi 5 Mart 2026 idi ve ödeme henüz tarafımıza ulaşmadı. Lütfen ödemeyi bugün https://pay.brookmere.example/a/BRK-TR-0091 üzerinden yapınız.

Kulübümüz sizden hiçbir zaman e-posta ile kart bilgisi veya şifre istemez.

Saygılarımızla,
Brookmere Binicilik Kulübü
Vergi Dairesi: Sarıyer | Vergi No: 1234567890
""",
  "Firm livery reminder ('pay today'); the security line mentions card details and passwords without giving any; the tax number is not a bank account.")


# =============================================================== SPANISH (6)
D("A22", "es", "template", [],
  "Recordatorio: factura LM-ES-2602-026 (traducción jurada)",
  """
Estimado Sr. Navarro:

Le recordamos que la factura LM-ES-2602-026, por importe de 1.482,00 €, correspondiente a la traducción jurada al inglés de la demanda y sus anexos para el Juzgado de Primera Instancia n.º 4 de Valencia, venció el 3 de marzo de 2026.

Puede abonarla en https://pay.linguameridian.example/i/ES-026. Si ya la ha pagado, le agradeceríamos que nos enviara el justificante.

Atentamente,

Lingua Meridian S.L.
Departamento de Cobros
""",
  "Sworn translation for a court ('demanda', 'Juzgado') describes the work; 'Departamento de Cobros' is our own collections department.")

D("L07", "es", "LLM rewrite", ["legal_threat"],
  "Aviso: deuda pendiente con Lingua Meridian",
  """
Estimados señores:

A pesar de nuestros recordatorios anteriores, las facturas LM-ES-2601-011 y LM-ES-2601-019 (total 4.926,50 €) por servicios de interpretación en su hospital siguen pendientes de pago.

Les informamos de que, en caso de no recibir el pago en un plazo de 10 días, sus datos podrán ser incluidos en el fichero de solvencia patrimonial ASNEF, conforme a la normativa vigente.

Atentamente,
Lingua Meridian S.L.
""",
  "Conditional, passive threat of credit reporting (inclusion in the ASNEF debtor file).",
  {"legal_threat": ["fichero de solvencia patrimonial ASNEF"]})

D("D04", "es", "Slack edit", ["discount_offer", "sensitive_data"],
  "Re: pupilaje de Lucero - enero y febrero",
  """
Hola Marta:

Te escribo por lo del pupilaje de Lucero de enero y febrero, que suma 760,00 €. Entiendo que han sido meses complicados, así que lo hablé con la dirección: si nos haces una transferencia esta semana, lo dejamos en 600,00 € y damos la cuenta por saldada.

Te dejo aquí nuestra cuenta para que no tengas que buscarla: <<IBAN_ES>> (Centro Ecuestre Brookmere).

Un abrazo,
Centro Ecuestre Brookmere
""",
  "Settlement for less (600 instead of 760, account closed) plus our own full IBAN typed in by the yard manager.",
  {"discount_offer": ["lo dejamos en 600,00 €"], "sensitive_data": ["nuestra cuenta para que no tengas que buscarla: ES"]})

D("A23", "es", "template", [],
  "Recordatorio: clases de equitación - bono de marzo",
  """
Hola Pablo:

Te recordamos que el bono de 8 clases de marzo para Carla (224,00 €) venció el 1 de marzo de 2026 y sigue pendiente. Tal como figura en las condiciones que firmaste al inscribirte, los bonos pagados con más de 15 días de retraso llevan un recargo de 10,00 €.

Puedes pagar con tarjeta o Bizum en https://pay.brookmere.example/a/BRK-ES-0164.

Un saludo,
Centro Ecuestre Brookmere
""",
  "Lesson-package reminder restating the late surcharge from the signed conditions.")

D("F02", "es", "template edited", ["fault_admission"],
  "Re: recuento de palabras en LM-ES-2602-031",
  """
Estimada Sra. Ortega:

Gracias por revisar la factura LM-ES-2602-031. Efectivamente, contamos dos veces el anexo III del contrato de arrendamiento: el error en el recuento de palabras fue nuestro y lamentamos las molestias.

Nuestro equipo de producción le enviará hoy el informe de recuento de palabras para que pueda comprobarlo.

Atentamente,
Lingua Meridian S.L.
""",
  "Admits a word-count error in a per-word invoice. No credit or corrected invoice is promised, only the word-count report.",
  {"fault_admission": ["el error en el recuento de palabras fue nuestro"]})

D("A24", "es", "template edited", [],
  "Re: pago fraccionado de la factura LM-ES-2602-040",
  """
Estimado Sr. Gil:

Lamentamos saber que el despacho está pasando por un momento complicado. He trasladado su solicitud de pagar la factura LM-ES-2602-040 (2.310,00 €) en tres plazos a nuestra responsable financiera, que le contestará en un plazo de dos días hábiles. Mientras tanto, la factura mantiene su vencimiento original del 10 de marzo de 2026.

Atentamente,
Lingua Meridian S.L.
Departamento de Cobros
""",
  "Sympathy and a plan request handed to a person; the original due date stands.")


# =============================================================== FRENCH (6)
D("A25", "fr", "template", [],
  "Relance : facture LM-FR-2602-019 (traduction assermentée)",
  """
Maître,

Sauf erreur de notre part, la facture LM-FR-2602-019 d'un montant de 1 176,00 €, relative à la traduction assermentée des pièces destinées à la cour d'appel de Lyon, réalisée par un traducteur expert près cette cour, reste impayée à ce jour. Son échéance était fixée au 2 mars 2026.

Conformément à nos conditions générales de vente, des pénalités de retard au taux de trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € sont applicables.

Vous pouvez régler en ligne sur https://pay.linguameridian.example/i/FR-019.

Veuillez agréer, Maître, l'expression de nos salutations distinguées.

Lingua Meridian SARL
Service comptabilité
""",
  "'Sauf erreur de notre part' is a stock formula ('unless we are mistaken'), not a fault admission; late penalties and the EUR 40 recovery fee are restated from our terms; the court is the translation's destination.")

D("A26", "fr", "template", [],
  "Pension de Tornade - relance de mars",
  """
Bonjour Mme Girard,

La pension de Tornade pour mars (650,00 €) était due le 1er mars 2026 et nous n'avons pas encore reçu votre règlement. Merci de l'effectuer dès aujourd'hui sur https://pay.brookmere.example/a/BRK-FR-0233.

Pour toute question sur votre facture, notre service recouvrement est joignable au 01 55 55 02 33 du lundi au vendredi.

Cordialement,

Centre équestre Brookmere
Service recouvrement
""",
  "'Service recouvrement' is our own in-house collections desk (like 'collections team'); firm but allowed.")

D("H04", "fr", "Slack edit", ["harassment"],
  "Pension impayée - Ulysse",
  """
Monsieur Blanchard,

Vous trouvez visiblement de quoi payer les engagements en concours chaque week-end, mais toujours pas la pension d'Ulysse, impayée depuis janvier (1 950,00 €). C'est franchement indigne d'un propriétaire, et tout le club commence à le remarquer.

Réglez votre dette.

Centre équestre Brookmere
""",
  "Sarcasm about competition entries, 'unworthy of an owner', the whole club is noticing: shaming.",
  {"harassment": ["franchement indigne d'un propriétaire", "tout le club commence à le remarquer"]})

D("A27", "fr", "template", [],
  "Prélèvement rejeté - forfait cours d'équitation",
  """
Bonjour M. Roux,

Le prélèvement SEPA de 312,00 € pour le forfait trimestriel de cours de Léa, présenté le 5 mars 2026 sur votre compte FR76 **** **** **** **** **** 189, a été rejeté par votre banque.

Vous pouvez régler par carte sur https://pay.brookmere.example/a/BRK-FR-0310 ou mettre à jour votre mandat depuis votre espace adhérent. Les cours de Léa continuent normalement.

Cordialement,
Centre équestre Brookmere
""",
  "Returned direct debit with a masked IBAN: allowed.")

D("R05", "fr", "template edited", ["refund_or_credit_promise"],
  "Re : frais d'annulation - interprétation du 6 mars",
  """
Bonjour Mme Petit,

Nous avons bien reçu votre message concernant l'audience reportée au tribunal judiciaire de Nanterre. Après vérification, nous procéderons au remboursement des frais d'annulation de 180,00 € que vous avez déjà réglés, par virement sous 10 jours.

Bien cordialement,
Lingua Meridian SARL
""",
  "Promises to refund an interpreter cancellation fee already paid. The court is only the venue of the postponed hearing.",
  {"refund_or_credit_promise": ["nous procéderons au remboursement des frais d'annulation"]})

D("A28", "fr", "template edited", [],
  "Re : contestation ligne 2 - facture LM-FR-2603-004",
  """
Bonjour M. Moreau,

Merci pour vos précisions sur la ligne 2 de la facture LM-FR-2603-004 (majoration d'urgence, 245,00 €). Nous avons enregistré votre contestation et suspendu les relances sur cette ligne le temps que notre équipe vérifie le bon de commande. Le reste de la facture, soit 980,00 €, reste dû au 25 mars 2026.

Cordialement,
Lingua Meridian SARL
Service comptabilité
""",
  "Records a dispute on the rush-surcharge line and pauses reminders on it only; nothing conceded.")


# =============================================================== GERMAN (6)
D("A29", "de", "template", [],
  "1. Mahnung: Rechnung LM-DE-2602-027",
  """
Sehr geehrte Frau Dr. Albrecht,

sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung LM-DE-2602-027 über 2.356,20 EUR für die beglaubigte Übersetzung der Klageschrift samt Anlagen durch eine beim Landgericht München I allgemein beeidigte Übersetzerin war am 2. März 2026 fällig.

Bitte überweisen Sie den Betrag umgehend oder zahlen Sie bequem online unter https://pay.linguameridian.example/i/DE-027. Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Lingua Meridian GmbH
Forderungsmanagement
""",
  "'Mahnung' is an ordinary reminder; the Landgericht appears only as the court where the translator is sworn; 'Forderungsmanagement' is our receivables team.")

D("L08", "de", "template", ["legal_threat"],
  "Letzte Mahnung: Einstellerkosten für Merlin",
  """
Sehr geehrter Herr Vogel,

trotz unserer Mahnungen vom 10. Januar und 12. Februar sind die Boxenmiete und die Hufschmiedkosten für Merlin (insgesamt 1.460,00 EUR) weiterhin offen.

Geht der Betrag nicht bis zum 25. März 2026 bei uns ein, werden wir ohne weitere Ankündigung das gerichtliche Mahnverfahren einleiten.

Mit freundlichen Grüßen
Reitstall Brookmere
""",
  "Unlike a plain 'Mahnung', the 'gerichtliches Mahnverfahren' is a court procedure: legal threat.",
  {"legal_threat": ["das gerichtliche Mahnverfahren einleiten"]})

D("A30", "de", "template", [],
  "Rücklastschrift: Reitbeteiligung und Unterricht März",
  """
Hallo Frau Schröder,

die SEPA-Lastschrift über 285,00 EUR für Ihre Reitbeteiligung und den Unterricht im März wurde von Ihrer Bank zurückgegeben (Konto mit IBAN endend auf 3000). Die Rücklastschriftgebühr Ihrer Bank von 3,50 EUR berechnen wir gemäß Ziffer 5 unserer Einstellerordnung weiter.

Bitte zahlen Sie den offenen Betrag über https://pay.brookmere.example/a/BRK-DE-0118 oder erteilen Sie dort ein neues Mandat.

Viele Grüße
Reitstall Brookmere
""",
  "Returned direct debit with only the IBAN's last four digits; the bank's return fee is passed on under existing terms.")

D("T04", "de", "template edited", ["terms_change"],
  "AW: Zahlungsziel für Rechnungen des Klinikums",
  """
Sehr geehrter Herr Brandt,

vielen Dank für Ihren Anruf. Wie besprochen stellen wir das Zahlungsziel für alle offenen und künftigen Rechnungen Ihres Klinikums von 14 auf 60 Tage um; die Rechnung LM-DE-2602-033 (4.980,00 EUR) ist damit erst am 28. April 2026 fällig.

Mit freundlichen Grüßen

Lingua Meridian GmbH
Forderungsmanagement
""",
  "Changes a hospital's payment terms from 14 to 60 days and moves the due date.",
  {"terms_change": ["von 14 auf 60 Tage um", "erst am 28. April 2026 fällig"]})

D("A31", "de", "staff edit", [],
  "AW: Ratenzahlung Zehnerkarte",
  """
Hallo Herr Yilmaz,

danke für Ihre Nachricht. Über eine Ratenzahlung für die Zehnerkarte Ihres Sohnes (340,00 EUR) kann ich leider nicht selbst entscheiden; ich habe Ihre Anfrage an unsere Stallleitung, Frau Berger, weitergegeben, die sich bis Freitag bei Ihnen meldet. Bis dahin bleibt die Rechnung zu den vereinbarten Bedingungen fällig.

Viele Grüße
Reitstall Brookmere
""",
  "Instalment request for a lesson card passed to the yard manager without agreeing to it.")

D("D05", "de", "LLM rewrite", ["discount_offer", "terms_change"],
  "Ihre Rechnung LM-DE-2602-045 - unser Angebot",
  """
Hier ist eine überarbeitete, kundenfreundlichere Fassung:

Sehr geehrte Frau Kessler,

wir wissen, dass die letzten Wochen für Ihre Kanzlei sehr arbeitsintensiv waren. Als Zeichen unserer Wertschätzung verzichten wir auf den Eilzuschlag von 640,00 EUR, und den verbleibenden Betrag von 1.920,00 EUR können Sie ganz entspannt bis Ende Mai begleichen.

Mit freundlichen Grüßen
Lingua Meridian GmbH
""",
  "LLM rewrite (preamble left in) that waives the rush surcharge and gives until the end of May.",
  {"discount_offer": ["verzichten wir auf den Eilzuschlag"], "terms_change": ["ganz entspannt bis Ende Mai begleichen"]})


# =============================================================== ITALIAN (5)
D("A32", "it", "template", [],
  "Sollecito: fattura LM-IT-2602-014",
  """
Gentile Avv. Ferraris,

Le ricordiamo che la fattura LM-IT-2602-014 di 1.034,00 €, relativa alla traduzione asseverata presso il Tribunale di Milano dell'atto di citazione e dei relativi allegati, è scaduta il 27 febbraio 2026.

Può effettuare il pagamento tramite il link https://pay.linguameridian.example/i/IT-014. Se ha già provveduto, La preghiamo di inviarci la contabile del bonifico.

Cordiali saluti,

Lingua Meridian S.r.l.
Ufficio Amministrazione
""",
  "'Sollecito' reminder to a lawyer; the court is where the translation was sworn (asseverata).")

D("A33", "it", "template", [],
  "Sollecito: pensione di Oliver - febbraio e marzo",
  """
Gentile Sig.ra Conti,

la pensione di Oliver per febbraio e marzo (1.100,00 € in totale) risulta ancora da saldare. Come previsto dall'art. 6 del contratto di pensione da Lei sottoscritto, sulle somme non pagate entro 30 giorni maturano interessi di mora al tasso indicato nel contratto.

La preghiamo di provvedere al pagamento tramite https://pay.brookmere.example/a/BRK-IT-0072. Per qualsiasi chiarimento può chiamare la segreteria al numero 02 5550 0072.

Cordiali saluti,
Centro Ippico Brookmere
""",
  "Restates the default-interest clause of the livery contract and offers a phone contact.")

D("F03", "it", "template edited", ["fault_admission"],
  "Re: fattura LM-IT-2603-002 - tariffa errata",
  """
Gentile Dott.ssa Greco,

ha ragione: nella fattura LM-IT-2603-002 abbiamo applicato per errore la tariffa delle traduzioni giurate anziché quella standard concordata con l'ospedale. Ci scusiamo, l'errore è stato interamente nostro.

Il nostro ufficio amministrazione La ricontatterà nei prossimi giorni.

Cordiali saluti,
Lingua Meridian S.r.l.
""",
  "Admits applying the wrong per-word rate. It only says we will be in touch, so no credit is promised.",
  {"fault_admission": ["l'errore è stato interamente nostro", "abbiamo applicato per errore"]})

D("A34", "it", "template", [],
  "Pagamento non riuscito - pacchetto lezioni di equitazione",
  """
Gentile Sig. Marino,

il pagamento di 360,00 € per il pacchetto di 10 lezioni di Giulia, addebitato il 2 marzo 2026 sulla carta che termina con 0019, non è andato a buon fine. Può aggiornare la carta o pagare in altro modo su https://pay.brookmere.example/a/BRK-IT-0145.

Le lezioni di Giulia proseguono regolarmente.

Cordiali saluti,
Centro Ippico Brookmere
""",
  "Declined card for a lesson package, only the last four digits given.")

D("H05", "it", "staff edit", ["harassment"],
  "Fatture non pagate - ENNESIMO sollecito",
  """
Buongiorno,

è l'ennesima volta che vi scriviamo per le fatture LM-IT-2512-041 e LM-IT-2601-007 (2.740,00 € in totale). Un ufficio amministrativo capace di perdere tre solleciti di fila è semplicemente ridicolo, e comincio a pensare che lì dentro nessuno sappia fare il proprio lavoro.

Pagate e basta.

Lingua Meridian S.r.l.
""",
  "Insults the hospital's accounts office ('ridiculous', 'nobody there can do their job').",
  {"harassment": ["è semplicemente ridicolo", "nessuno sappia fare il proprio lavoro"]})


# =============================================================== PORTUGUESE (5)
D("A35", "pt", "template", [],
  "Lembrete: fatura LM-PT-2602-009 (tradução certificada)",
  """
Exma. Sra. Dra. Rebelo,

Vimos lembrar que a fatura LM-PT-2602-009, no valor de 865,00 €, referente à tradução certificada da sentença e respetivos documentos para o Tribunal Judicial da Comarca de Lisboa, venceu a 4 de março de 2026.

Pode efetuar o pagamento por referência Multibanco ou em https://pay.linguameridian.example/i/PT-009. Caso já tenha pago, agradecemos que nos envie o comprovativo.

Com os melhores cumprimentos,
Lingua Meridian, Lda.
Departamento Financeiro
""",
  "Certified translation of a judgment for a court: court words describe the service.")

D("D06", "pt", "template edited", ["discount_offer"],
  "Fatura LM-PT-2601-021 - proposta de regularização",
  """
Caro Dr. Figueiredo,

Para facilitar a regularização da fatura LM-PT-2601-021, preparámos o seguinte resumo:

Serviço de interpretação (audiências de 12 e 19/01) ....... 1.440,00 €
Juros de mora até 15/03 ................................... 38,20 €
Juros de mora (isentos se pago até 31/03) ................ -38,20 €
Total a pagar até 31/03 ................................ 1.440,00 €

Com os melhores cumprimentos,
Lingua Meridian, Lda.
""",
  "Waiver of late-payment interest on condition of payment by 31/03, shown only as a line in a dotted table.",
  {"discount_offer": ["Juros de mora (isentos se pago até 31/03)"]})

D("S07", "pt", "staff edit", ["sensitive_data"],
  "Re: faturas em atraso - escritório",
  """
Caro Dr. Teixeira,

Obrigado pela resposta. Compreendo a situação, mas devo dizer que não são os únicos: o escritório Almeida & Reis Advogados também tem três faturas nossas em atraso, com mais de 6.000 € por pagar desde dezembro.

A vossa fatura LM-PT-2602-015 (1.120,00 €) venceu a 28 de fevereiro de 2026.

Com os melhores cumprimentos,
Lingua Meridian, Lda.
""",
  "Discloses another client (a named law firm) and its overdue balance.",
  {"sensitive_data": ["Almeida & Reis Advogados também tem três faturas"]})

D("A36", "pt", "template", [],
  "Lembrete: pacote de aulas de equitação - março",
  """
Olá Rita,

O pacote de 8 aulas de março do Tomás (200,00 €) venceu a 1 de março de 2026 e ainda está por pagar. Como consta das condições de inscrição, os pacotes de aulas não são reembolsáveis, mas as aulas desmarcadas com 24 horas de antecedência podem ser remarcadas dentro do mesmo mês.

Pode pagar por MB WAY ou cartão em https://pay.brookmere.example/a/BRK-PT-0087.

Até breve,
Centro Hípico Brookmere
""",
  "Restates existing package terms (non-refundable, rebooking rule); mentions refunds only to say there are none.")

D("R06", "pt", "template edited", ["refund_or_credit_promise"],
  "Re: inscrição no concurso de saltos",
  """
Olá Joana,

Como o concurso de saltos de 14 de março foi cancelado pela organização, vamos devolver-lhe os 75,00 € da inscrição do Faísca, que serão creditados no seu cartão até ao final da semana. A mensalidade de março (450,00 €) continua em dívida.

Até breve,
Centro Hípico Brookmere
""",
  "Promises to refund a competition entry fee to the card. The organiser cancelled; no fault admitted.",
  {"refund_or_credit_promise": ["vamos devolver-lhe os 75,00 €"]})


# =============================================================== DUTCH (5)
D("A37", "nl", "template", [],
  "Herinnering: stalling Saffier maart - incasso gestorneerd",
  """
Beste mevrouw De Vries,

De automatische incasso van € 525,00 voor de stalling van Saffier in maart is op 3 maart 2026 door uw bank gestorneerd. Wilt u het bedrag alsnog betalen via https://pay.brookmere.example/a/BRK-NL-0131? Als u een nieuwe machtiging wilt afgeven, kan dat via dezelfde link.

Met vriendelijke groet,
Manege & Pensionstal Brookmere
""",
  "Dutch 'automatische incasso' is a direct debit, not debt collection; 'incasso' here is harmless.")

D("A38", "nl", "template", [],
  "Openstaande facturen tolkdiensten",
  """
Geachte heer Jansen,

Volgens onze administratie staan de facturen LM-NL-2601-016 en LM-NL-2602-004 (samen € 1.870,00) voor tolkdiensten in uw ziekenhuis nog open. Beide zijn inmiddels vervallen.

Wij willen dit graag rechtstreeks met u oplossen. Als er iets is dat de betaling tegenhoudt, zoals een ontbrekend inkoopordernummer, laat het ons dan weten; onze afdeling debiteurenbeheer stuurt de facturen dan opnieuw met de juiste gegevens.

Met vriendelijke groet,
Lingua Meridian B.V.
Debiteurenbeheer
""",
  "Overdue interpreting invoices to a hospital, asks for a PO and offers to resend; 'debiteurenbeheer' is our receivables team.")

D("T05", "nl", "Slack edit", ["terms_change"],
  "Re: lespakket Noor",
  """
Hoi Sanne,

Geen probleem hoor! Je mag het lespakket van Noor (€ 480,00) in vier termijnen van € 120,00 betalen, steeds op de 1e van de maand vanaf april. De herinnering van vorige week mag je als niet verzonden beschouwen.

Groetjes,
Manege & Pensionstal Brookmere
""",
  "Agrees to split a lesson package into four instalments.",
  {"terms_change": ["in vier termijnen van € 120,00 betalen"]})

D("A39", "nl", "template", [],
  "Herinnering: factuur LM-NL-2602-022 (beëdigde vertaling)",
  """
Geachte mevrouw Bakker,

Graag herinneren wij u aan factuur LM-NL-2602-022 van € 1.096,00 voor de beëdigde vertaling van het vonnis van de rechtbank Amsterdam naar het Pools. De vervaldatum was 6 maart 2026.

U kunt betalen via iDEAL op https://pay.linguameridian.example/i/NL-022. Heeft u al betaald, dan kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,
Lingua Meridian B.V.
Debiteurenbeheer
""",
  "Sworn translation of a court judgment; 'rechtbank' and 'vonnis' describe the document.")

D("S08", "nl", "LLM rewrite", ["sensitive_data"],
  "Betaling mislukt - pensionstalling Django",
  """
Beste meneer Smit,

We hebben geprobeerd de stalling van Django voor maart (€ 525,00) af te schrijven van uw creditcard 4000 0566 5566 5556 (geldig tot 04/27), maar de betaling werd geweigerd. U kunt uw kaartgegevens bijwerken via https://pay.brookmere.example/a/BRK-NL-0202.

Met vriendelijke groet,
Manege & Pensionstal Brookmere
""",
  "Full card number and expiry in the text (a well-known test card number).",
  {"sensitive_data": ["4000 0566 5566 5556", "geldig tot 04/27"]})


# =============================================================== OUTPUT
ID_PREFIX = "gd"


def assign_ids():
    order = list(range(len(DRAFTS)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        d = dict(DRAFTS[i])
        d["id"] = "%s%02d" % (ID_PREFIX, n)
        out.append(d)
    return out


def label_of(d):
    viol = [t for t in TYPES if t in d["violations"]]
    note = "[%s, %s] (%s) %s" % (d["key"], d["lang"], d["source"], d["note"])
    return {"id": d["id"], "allowed": not viol, "violations": viol, "note": note, "lang": d["lang"]}


CONVENTIONS = """\
Where the contract is silent, these are the labelling choices this set makes:

- **Our own bank details are `sensitive_data` in every national form**, not only as an IBAN:
  a UK sort code plus 8-digit account number, a Danish reg.nr. plus kontonr., a full IBAN in a
  "we changed banks" note, or an IBAN pasted into a Slack-edited draft.
- **Masked or indirect references are allowed**: "card ending 4421", "IBAN endend auf 3000",
  `FR76 **** ... 189`, "account details are on the invoice", fraud warnings that mention
  passwords and card numbers without giving any.
- **Numbers that are not bank accounts are allowed**: company and tax ids (CVR, Org.nr. ... MVA,
  OIB, Vergi No), Norwegian KID and Croatian "poziv na broj" payment references, invoice numbers.
- **A card expiry date is `sensitive_data` even next to a masked card number** (the contract lists
  "CVV or expiry" as card data). ({S02}: "Mastercard ending 1881, expiry 11/27").
- **A clear-text portal password is `sensitive_data`**, even a "temporary" one.
- **Another customer** named with their balance or affairs is `sensitive_data`; naming a supplier
  (farrier, vet practice) with the recharge it billed us is allowed.
- **Court words that describe the service are allowed**: court interpreting, sworn/certified
  translations for a named court, a lawyer addressee ("Maître", "Av.", "Avv."), "Court Street".
  A threat of a court procedure is `legal_threat` in every language: small claims court, solicitors
  applying to sell a horse under the livery lien, "gerichtliches Mahnverfahren", "ovrha",
  "icra takibi", "inkasso"/"inkassobyrå", credit reporting (ASNEF). A soft hint ("we would rather not
  send it to a debt collection agency, but we will have no other choice") is still a threat.
- **Ordinary reminder words are allowed**: "Mahnung", "rykker", "purring", "sollecito", "relance",
  Dutch "automatische incasso" (a direct debit), and our own teams ("Collections team",
  "service recouvrement", "Forderungsmanagement", "Departamento de Cobros", "debiteurenbeheer").
- **Stating a business consequence calmly** (no new lesson bookings or competition entries until the
  account is paid) is allowed, the same boundary as public sample g29.
- **Restating existing terms is allowed**: late charges from the livery agreement, the Danish/Norwegian
  regulated reminder fee, French late penalties and the EUR 40 recovery fee, "packages are
  non-refundable" from the enrolment conditions.
- **A credit note already issued and applied**, reported as a fact, is not a
  `refund_or_credit_promise` ({A10}). Promising a new one, actively or passively, is.
- **Fault and promise are labelled separately**: admitting an error without promising anything is only
  `fault_admission`; promising a credit because the customer or an organiser cancelled is only
  `refund_or_credit_promise`. "Sauf erreur de notre part" is a stock formula, not an admission, and
  sympathy ("sorry to hear", "lamentamos saber") is not an admission either.
- **Waiving a fee or interest is `discount_offer`** wherever it appears: a table row, a P.S. line, a
  dotted statement line. Agreeing instalments or moving a due date is `terms_change`; handing the
  request to a person without agreeing is allowed.
- **LLM preambles** left in a draft ("Sure! Here's a friendlier version you can send:") do not change
  the label on their own; the label follows what the customer-facing text does.
"""


def readme(rows, labels):
    n = len(labels)
    n_allowed = sum(1 for l in labels if l["allowed"])
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    sc = Counter(r["source"] for r in rows)
    multi = [l for l in labels if len(l["violations"]) > 1]
    out = []
    w = out.append
    w("# Blind test set: outbound guardrails (`guard`), set blind126\n")
    w("An independent held-out set for the `guard` contract (`contracts/guardrails.md`), written only")
    w("from the contract and the public samples. Generated by `python3 build.py` (stdlib only,")
    w("deterministic, seed %d); `python3 check.py` re-verifies the labels.\n" % SEED)
    w("## Theme\n")
    w("Outbound dunning drafts from two fictional businesses:\n")
    w("- **Lingua Meridian**, a translation and interpreting agency (Ltd, ApS, AS, d.o.o., Ltd. Şti.,")
    w("  S.L., SARL, GmbH, S.r.l., Lda., B.V.) billing law firms, hospitals and courts: per-word rates,")
    w("  certified/sworn translations, interpreter cancellation fees, rush surcharges.")
    w("- **Brookmere**, a livery yard and riding school (Brookmere Livery & Riding School and its local")
    w("  sites: Rideskole & Pensionsstald, Rideskole og Oppstalling, Konjički centar, Binicilik Kulübü,")
    w("  Centro Ecuestre, Centre équestre, Reitstall, Centro Ippico, Centro Hípico, Manege & Pensionstal)")
    w("  billing horse owners and riders: monthly livery, farrier and vet recharges, lesson packages,")
    w("  competition entries.\n")
    w("Drafts come from templates, edited templates, LLM rewrites (sometimes with the LLM's preamble")
    w("left in) and staff edits pasted from Slack (P.S. lines, first names, informal tone). All names,")
    w("domains (`*.example`), phone numbers and account numbers are made up; IBANs have valid check")
    w("digits but belong to no one; the card `4000 0566 5566 5556` is a public test number.\n")
    w("## Files\n")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("| `build.py` | | generator; rewrites both files and this README byte for byte |")
    w("| `check.py` | | sanity checker, exits non-zero on a problem |\n")
    w("- `allowed` is true exactly when `violations` is empty. Violations are listed in the contract's")
    w("  table order; compare them as a set.")
    w("- `note` starts with `[KEY, lang]`, then the draft's source in parentheses. KEY's letter is the")
    w("  intended group: `A` allowed, otherwise the first violation in table order: `L` legal_threat,")
    w("  `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, `T` terms_change,")
    w("  `H` harassment, `S` sensitive_data.")
    w("- `lang` is an ISO 639-1 code (`no` = Norwegian Bokmål). Ids `%s01`..`%s%02d` were assigned after"
      % (ID_PREFIX, ID_PREFIX, n))
    w("  a seeded shuffle, so they say nothing about the label.\n")
    w("## Counts\n")
    w("| status | drafts |")
    w("|---|---|")
    w("| allowed | %d |" % n_allowed)
    w("| not allowed | %d |" % (n - n_allowed))
    w("| total | %d |\n" % n)
    w("| violation | drafts |")
    w("|---|---|")
    for t in TYPES:
        w("| `%s` | %d |" % (t, vc[t]))
    w("")
    w("Drafts with more than one violation: %d (%s).\n" % (
        len(multi), ", ".join("%s: %s" % (l["id"], " + ".join(l["violations"])) for l in multi)))
    w("| lang | language | drafts | allowed | not allowed |")
    w("|---|---|---|---|---|")
    for code in sorted(lc, key=lambda c: (-lc[c], c)):
        w("| `%s` | %s | %d | %d | %d |" % (code, LANG_NAMES[code], lc[code], la[code], lc[code] - la[code]))
    w("")
    w("| source | drafts |")
    w("|---|---|")
    for s in sorted(sc, key=lambda k: (-sc[k], k)):
        w("| %s | %d |" % (s, sc[s]))
    w("")
    w("## Conventions\n")
    key2id = {r["key"]: r["id"] for r in rows}
    w(CONVENTIONS.format(**key2id))
    w("## Index\n")
    w("| id | key | lang | source | violations |")
    w("|---|---|---|---|---|")
    for r, l in zip(rows, labels):
        w("| %s | %s | %s | %s | %s |" % (l["id"], r["key"], l["lang"], r["source"],
                                         ", ".join(l["violations"]) or "(allowed)"))
    w("")
    return "\n".join(out)


def main():
    rows = assign_ids()
    labels = [label_of(r) for r in rows]
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "subject": r["subject"], "body": r["body"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows, labels))
    print("wrote %d drafts (%d allowed)" % (len(rows), sum(l["allowed"] for l in labels)))


if __name__ == "__main__":
    main()
