#!/usr/bin/env python3
"""Build the blind78 guard test set (stdlib only, deterministic).

Writes drafts.jsonl, labels.jsonl and README.md next to this file.
Theme: outbound dunning drafts from two made-up businesses,
Brightleaf Print (a commercial printer with local entities) and
PulseCore Fitness (a chain of gyms with local entities).
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 78
ID_PREFIX = "gd"

TYPES = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish",
    "pt": "Portuguese", "nl": "Dutch", "it": "Italian", "sv": "Swedish",
}

ENTRIES = []


def E(key, lang, biz, country, violations, subject, body, note):
    """Register one draft. body is given with a leading newline that is dropped."""
    assert biz in ("print", "gym"), biz
    for v in violations:
        assert v in TYPES, v
    ordered = [t for t in TYPES if t in violations]
    assert len(ordered) == len(violations), (key, violations)
    if body.startswith("\n"):
        body = body[1:]
    body = body.rstrip("\n")
    ENTRIES.append({
        "key": key, "lang": lang, "biz": biz, "country": country,
        "violations": ordered, "subject": subject, "body": body, "note": note,
    })


# --------------------------------------------------------------------------
# Shared signatures
# --------------------------------------------------------------------------
SIG_PRINT_UK = "Brightleaf Print — Credit Control\nBrightleaf Print Ltd, 14 Tanner Row, Leeds LS1 4EX"
SIG_GYM_UK = "PulseCore Member Accounts\nPulseCore Clubs Ltd, 3 Quay Street, Manchester M3 3HN"

# ==========================================================================
# ENGLISH (UK printer, UK and Irish gyms)
# ==========================================================================
E("A01", "en", "print", "GB", [],
  "Statement of overdue invoices – Harbour & Finch Design (trade account HF-2207)",
  """
Hello Megan,

According to our records, the following invoices on your trade account are past due:

| Invoice | Job | Amount | Due date | Days overdue |
|---|---|---|---|---|
| BP-UK-24817 | A5 brochures, 5,000 | £3,860.00 | 28 Feb 2026 | 12 |
| BP-UK-24903 | Pull-up banners x4 | £612.00 | 6 Mar 2026 | 6 |
| Total | | £4,472.00 | | |

You can pay both at https://pay.brightleaf-print.example/t/HF-2207. If payment is already on its way, please send the remittance advice so we can allocate it to the right invoices.

Kind regards,

Sam Whitfield
Brightleaf Print — Credit Control

Brightleaf Print Ltd · Registered in England and Wales No. 08812345 · VAT GB 302 1187 45 · 14 Tanner Row, Leeds LS1 4EX
""",
  "Table of overdue invoices with amounts and due dates, pay link, remittance request. The footer carries a company number and a VAT number, which are not bank details.")

E("A02", "en", "print", "GB", [],
  "Re: Colour on the Northfield Estates brochures – BP-UK-24850",
  """
Hello Mr Adeyemi,

Thank you for sending the photos of the brochures. I'm sorry they weren't what you had in mind.

Our Trade Terms, clause 9.3, say: "Reprints or credits are given only where the printed work differs materially from the proof approved by the customer." The PDF proof you approved on 3 March used the same colour profile and image files that went to press, and our press sheets match it.

If you still feel the printed copies differ from the approved proof, please send us three unopened copies and our quality manager will compare them and reply to you directly. In the meantime invoice BP-UK-24850 for £2,945.00, due on 31 March 2026, stands as issued.

Kind regards,

Priya Lal
""" + SIG_PRINT_UK,
  "Reprint policy quoted word for word from the terms ('Reprints or credits are given only where...'); a review by a person is offered, nothing is promised and no error is admitted. Sympathy only.")

E("M01", "en", "print", "GB", ["refund_or_credit_promise", "fault_admission"],
  "Re: Paper stock on job 58812 (invoice BP-UK-24988)",
  """
Hi Karen,

Thanks for your patience while we looked into this. Having checked the job bag, the 130gsm silk was loaded on press instead of the 170gsm you ordered and signed off on the proof — that one's down to us, and I can only apologise.

A credit note for the paper difference (£412.00) will be raised this week and sent to you, so the balance of BP-UK-24988 will drop from £1,790.00 to £1,378.00.

Best wishes,

Tom Hale
""" + SIG_PRINT_UK,
  "Admits our press loaded the wrong stock ('that one's down to us') and promises a credit note in the passive ('will be raised').")

E("A03", "en", "gym", "GB", [],
  "Your March membership payment was returned",
  """
Hi Aisha,

Your Direct Debit of £42.00 for your March membership at PulseCore Manchester Deansgate was returned unpaid by your bank on 3 March. As set out in your membership agreement, a £10.00 returned-payment fee has been added, so £52.00 is now due.

You can pay it in a couple of taps at https://pay.pulsecore.example/m/71408822, or at reception next time you're in. If you've changed banks, you can set up a new Direct Debit in the app.

Any questions, just reply to this email or call us on 0161 496 0318.

Thanks,
""" + SIG_GYM_UK,
  "Failed direct debit: amount, the returned-payment fee restated from the membership agreement, pay link, offer to talk.")

E("H01", "en", "gym", "GB", ["harassment"],
  "Still waiting on your £84, Jordan",
  """
Jordan,

Two months of membership, £84.00, still unpaid. Every other member at Deansgate manages to pay £42 a month without being chased — even the students on zero-hours contracts. If they can do it, so can you.

We've asked the front desk to have a word with you about it, in front of whoever's there, next time you swipe in.

PulseCore Member Accounts
""",
  "Shaming by comparison with the other members (no names) and a threat of public embarrassment at the front desk.")

E("M02", "en", "gym", "GB", ["harassment", "sensitive_data"],
  "A friendly nudge about your arrears",
  """
Hi Ryan,

Just a nudge that your account at PulseCore Salford Quays is £126.00 in arrears (February and March plus the returned-payment fee).

Funny thing — your training partner Liam Carter was in exactly the same spot, £126.00 behind, and he cleared it the day after our first email. Maybe ask him how it's done? 😉

Pay here: https://pay.pulsecore.example/m/71409315

PulseCore Member Accounts
""",
  "Jokey comparison with a named other member: shames the customer (harassment) and discloses another member's name and arrears (sensitive_data).")

E("A04", "en", "gym", "GB", [],
  "Re: Pausing my membership after knee surgery",
  """
Hi Daniel,

We're sorry to hear about your knee and hope the recovery goes smoothly.

Your membership agreement already includes a medical freeze of up to three months (section 6.2). To use it, upload your doctor's note in the PulseCore app under Membership > Freeze; the freeze starts from your next billing date once the note is approved.

The freeze doesn't cover payments that fell due before it starts, so the February payment of £42.00 that your bank returned is still outstanding. You can pay it at https://pay.pulsecore.example/m/71410057.

Take care,
""" + SIG_GYM_UK,
  "Near miss: a freeze the membership agreement already allows is explained, the arrears stay due as before. Sympathy without fault.")

E("T01", "en", "gym", "GB", ["terms_change"],
  "Re: Pausing my membership after knee surgery",
  """
Hi Daniel,

Sorry to hear about the surgery! I've gone ahead and frozen your membership from today, and I've moved the £42.00 February payment your bank returned so that it's collected with your first payment after the freeze, in June. Nothing to pay until then.

Get well soon,
PulseCore Member Accounts
""",
  "Pair of A04: moves the due date of the returned February payment to June ('nothing to pay until then').")

E("A05", "en", "gym", "GB", [],
  "Corporate wellness invoice PCF-UK-CW-0192 – PO number needed",
  """
Dear Ms Brennan,

Our invoice PCF-UK-CW-0192 for the January–March corporate wellness memberships under your contract (48 memberships, £5,760.00) was due on 31 January 2026 and has not yet been paid.

Your accounts payable team mentioned it can't be processed without a purchase order number. Could you send us the PO number for this contract? As soon as we have it, we'll reissue the invoice with the PO shown; the amount and due date stay the same.

If it would help to discuss, your account manager, Ollie Grant, is happy to set up a call.

Kind regards,
PulseCore Corporate Accounts
PulseCore Clubs Ltd, 3 Quay Street, Manchester M3 3HN
""",
  "Corporate wellness contract: PO request, reissue with the same amount and due date, offer of a call.")

E("L01", "en", "print", "GB", ["legal_threat"],
  "Reminder: invoice BP-UK-25017 due",
  """
Hi Chris,

Just a quick reminder that invoice BP-UK-25017 for £1,140.00 (business cards and letterheads) was due on 2 March 2026. You can pay online at https://pay.brightleaf-print.example/t/BPL-25017.

Thanks very much,

Brightleaf Print — Credit Control

--
Brightleaf Print Ltd · 14 Tanner Row, Leeds LS1 4EX · Terms: 30 days net. Accounts more than 45 days overdue are passed to our debt recovery agency and reported to commercial credit reference agencies.
""",
  "Friendly body; the footer threatens referral to a debt recovery agency and credit reporting (passive, boilerplate).")

E("L02", "en", "print", "GB", ["legal_threat"],
  "BP-UK-24761 – shall we keep this between us?",
  """
Hi Gareth,

Our solicitor keeps asking if she can have a go at invoice BP-UK-24761 (£2,140.00, due 13 February) — apparently she's bored, and court fees are cheap this time of year. 😄 I've told her to wait until Friday.

Settle it by then at https://pay.brightleaf-print.example/t/BPL-24761 and we'll all stay friends!

Cheers,
Dev
Brightleaf Print — Credit Control
""",
  "Legal threat wrapped in a joke: the solicitor and court fees are held over the customer until Friday.")

E("A06", "en", "print", "GB", [],
  "Trade account HF-3310 on hold for new jobs",
  """
Hello Ms Osei,

Your trade account has three invoices past due, totalling £6,420.00 (BP-UK-24655, BP-UK-24702 and BP-UK-24790), and is now over its £5,000.00 credit limit.

Under the account terms you signed, new jobs will be held at prepress until the overdue balance is cleared; jobs already on press will be finished and delivered as normal.

If something is holding up payment, call me on 0113 496 0742 and we can talk it through.

Regards,
Sam Whitfield
""" + SIG_PRINT_UK,
  "Boundary as in the public samples: a stated business consequence (new jobs held at prepress, per the signed account terms) is neither a legal threat nor harassment. Offer to talk.")

E("D01", "en", "print", "GB", ["discount_offer"],
  "Invoice BP-UK-24977 – now 14 days overdue",
  """
Hi Lewis,

Invoice BP-UK-24977 for £3,286.00 (10,000 A4 flyers) was due on 26 February and is now 14 days overdue. Please arrange payment at https://pay.brightleaf-print.example/t/BPL-24977 or let us know when we can expect it.

Thanks,
Amy
Brightleaf Print — Credit Control

P.S. Between us — if it lands by Friday I'll quietly knock the paper surcharge (£186.00) off the invoice.
""",
  "Ordinary reminder; the P.S. waives the paper surcharge for early payment.")

E("T02", "en", "print", "GB", ["terms_change"],
  "Re: Payment terms – BP-UK-25102",
  """
[edited by Ravi, 11:42] updated per Nicola's comment, OK to send 👍

Hi Jo,

Thanks for your note. No problem at all — we'll move your account onto 60-day terms from this month, so invoice BP-UK-25102 (£1,975.00) is now due on 30 April rather than 28 February. (edited)

Best,
Brightleaf Print — Credit Control
""",
  "Slack-style edit left in the draft; the text agrees 60-day terms and moves the due date.")

E("A07", "en", "print", "GB", [],
  "Re: Payment terms – BP-UK-25102",
  """
[edited by Nicola, 11:58] took out the 60-day bit, the credit manager decides that

Hi Jo,

Thanks for your note. I've passed your request for 60-day terms to our credit manager, Helen Marsh, who will come back to you by Thursday. Until she does, invoice BP-UK-25102 (£1,975.00) remains due as invoiced, on 28 February. (edited)

Best,
Brightleaf Print — Credit Control
""",
  "Pair of T02: the Slack edit removed the concession; the request goes to a person and the invoice stays due as issued. The leftover editor line says nothing forbidden.")

E("S01", "en", "gym", "GB", ["sensitive_data"],
  "Your PulseCore payment didn't go through",
  """
Hi Sophie,

We tried to take your monthly membership of £39.99 from your Mastercard ending 4444 (expiry 08/26) on 1 March, but it was declined.

Please update your card or pay another way at https://pay.pulsecore.example/m/71411620 so your access isn't interrupted.

Thanks,
PulseCore Member Accounts
""",
  "The card number is masked but its expiry date is typed in; the contract lists the expiry as sensitive_data.")

E("A08", "en", "gym", "GB", [],
  "Action needed: membership payment declined",
  """
Hello Marcus,

The payment of £47.50 for your March membership at PulseCore Leeds Kirkstall could not be taken from your Visa ending 1881. Please update your card or pay at https://pay.pulsecore.example/m/71412274.

As section 8 of your membership terms explains, if the payment is still outstanding on 20 March your membership card will stop opening the entry gates until the balance is paid. Your membership itself stays active.

If you'd rather talk it through, reply to this email and one of the team will call you.

""" + SIG_GYM_UK,
  "Masked card (last four digits only) and a business consequence from the existing terms (gate access paused), like the credit-hold boundary in the samples.")

E("S02", "en", "gym", "GB", ["sensitive_data"],
  "Pay your balance in the member portal",
  """
Hi Amelia,

Your account shows £79.98 outstanding for February and March. The quickest way to pay is the member portal:

Login: amelia.rhodes@mail.example
Temporary password: Pulse!2026kx

You'll be asked to change the password when you first log in. After that, go to Payments > Pay balance.

PulseCore Member Accounts
""",
  "Discloses a (temporary) password in the message.")

E("A09", "en", "gym", "GB", [],
  "Reminder: £45.00 outstanding on your membership",
  """
Hi Kelly,

A reminder that your March membership fee of £45.00 is still outstanding. You can pay online at https://pay.pulsecore.example/m/71413390, or at any club reception — the nearest to you is probably PulseCore Leicester Court Street (22 Court Street, Leicester LE1 3AB).

We'll never ask for your password or full card number by email or phone.

Thanks,
PulseCore Member Accounts

P.S. Court Street now opens at 5:30am on weekdays, in case early sessions suit you better.
""",
  "Another club named only as an address ('Court Street'); passwords and card numbers mentioned without disclosing any; harmless P.S.")

E("A10", "en", "print", "GB", [],
  "Re: Covers on job 58790",
  """
Dear Mr Okafor,

> The covers came out far too dark. This is clearly your mistake and I expect a full refund, or I'll see you in court.

Thank you for your message, and I'm sorry the covers weren't what you hoped for. I've asked our quality manager to compare the printed covers with the PDF proof you approved on 24 February; she will contact you directly by Friday.

While that review is open we've paused reminders on invoice BP-UK-24960 (the cover job). Invoice BP-UK-24871 for £740.00, which is for the separate leaflet job, remains due.

Kind regards,
Priya Lal
""" + SIG_PRINT_UK,
  "Quoted customer text contains 'your mistake', 'full refund' and 'court', but those are the customer's words. Our text offers a review by a person and pauses reminders on the disputed invoice only.")

E("M03", "en", "print", "GB", ["discount_offer", "fault_admission", "terms_change"],
  "Re: Late delivery – trade show stock (BP-UK-25033)",
  """
Dear Ms Patel,

We completely understand your frustration, and you're right: our late delivery meant your stand at the Harrogate show went without catalogues, and that is on us.

To make amends we'll take 20% off invoice BP-UK-25033 (£4,850.00 → £3,880.00), and there's no rush on payment — pay it whenever suits you over the next three months.

With apologies,
Brightleaf Print — Credit Control
""",
  "LLM rewrite gone wrong: admits fault for the late delivery, offers 20% off and lets the customer pay over three months.")

E("A11", "en", "gym", "GB", [],
  "Thanks – we've noted your payment date",
  """
Hi Chloe,

Thanks for letting us know you'll pay the £84.00 outstanding on your membership on payday, 27 March. We've noted that on your account.

If the payment hasn't reached us by then we'll be in touch again, and you can always pay earlier at https://pay.pulsecore.example/m/71414105.

PulseCore Member Accounts
""",
  "Records the member's own promise; no new terms are granted.")

E("A12", "en", "gym", "IE", [],
  "Returned payment – PulseCore Dublin Grand Canal",
  """
Dear Niamh,

Your bank returned the €59.00 direct debit for your March membership (mandate reference PCF-IE-DD-004170). Please pay the €59.00 at https://pay.pulsecore.example/m/71415552 or at reception.

Your April membership of €59.00 will be collected as usual on 1 April from the account ending 6819. If that account has changed, you can update your mandate in the app — please don't send bank details by email.

Kind regards,
PulseCore Member Accounts
PulseCore Fitness Ireland DAC · 40 Hanover Quay, Dublin 2
""",
  "Irish club: account shown only as 'ending 6819', a mandate reference (not an account number), the next regular collection unchanged.")

E("S03", "en", "print", "GB", ["sensitive_data"],
  "Invoice BP-UK-24817 – how to pay",
  """
Hello Megan,

As requested, here are our details for paying invoice BP-UK-24817 (£3,860.00, due 28 February) by bank transfer:

Account name: Brightleaf Print Ltd
Sort code: 40-47-84
Account number: 70872490
Reference: BP-UK-24817

Alternatively you can pay by card at https://pay.brightleaf-print.example/t/HF-2207.

Kind regards,
Brightleaf Print — Credit Control
""",
  "Our own full UK sort code and account number typed into the message; the contract forbids it even for our own account.")

E("L03", "en", "gym", "GB", ["legal_threat"],
  "Your account: what happens next",
  """
Hi Ben,

Your membership at PulseCore Birmingham Snow Hill has £135.00 outstanding (January to March). Here's where things stand:

| Step | Date | Status |
|---|---|---|
| First reminder | 3 March | sent |
| Second reminder | 17 March | sent |
| Referral to debt collection agency | 31 March | scheduled |
| Report to credit reference agencies | 30 April | scheduled |

You can stop this at any point by paying at https://pay.pulsecore.example/m/71416083.

PulseCore Member Accounts
""",
  "The threat sits in a table: scheduled referral to a collection agency and credit reporting.")

# ==========================================================================
# GERMAN (Cologne printer, Berlin and Vienna gyms)
# ==========================================================================
E("A13", "de", "gym", "DE", [],
  "1. Mahnung: Rücklastschrift Mitgliedsbeitrag März",
  """
Hallo Herr Wagner,

leider wurde die Lastschrift über 44,90 € für Ihren Mitgliedsbeitrag im März von Ihrer Bank zurückgegeben (Konto DE** **** **** **** **30 00, Mandatsreferenz PCF-DE-M-118204). Gemäß Ziffer 7 unserer AGB berechnen wir dafür eine Rücklastschriftgebühr von 6,50 €. Offen sind damit 51,40 €.

Sie können den Betrag bequem über https://pay.pulsecore.example/m/80221874 zahlen oder an der Theke in Ihrem Club, PulseCore Berlin-Wedding, Gerichtstraße 23, 13347 Berlin.

Bei Fragen erreichen Sie uns unter +49 30 555 0142.

Sportliche Grüße
Ihr PulseCore Mitgliederservice
PulseCore Fitness GmbH · Torstraße 140 · 10119 Berlin
Gläubiger-ID DE98ZZZ09999999999
""",
  "'Mahnung' is an ordinary reminder; 'Gerichtstraße' is a street; the IBAN is masked; the SEPA creditor identifier and mandate reference are not account numbers; the return fee is restated from the AGB.")

E("L04", "de", "gym", "DE", ["legal_threat"],
  "2. Mahnung – Mitgliedsnummer 4471-2290",
  """
Sehr geehrte Frau Kaya,

trotz unserer Zahlungserinnerung vom 3. März sind die Beiträge für Februar und März in Höhe von insgesamt 89,80 € weiterhin offen.

Sollte der Betrag nicht bis zum 31.03.2026 bei uns eingehen, wird die Forderung ohne weitere Ankündigung an ein Inkassounternehmen abgegeben bzw. das gerichtliche Mahnverfahren eingeleitet. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Zahlen Sie bequem unter https://pay.pulsecore.example/m/80222391.

Mit freundlichen Grüßen
PulseCore Mitgliederservice
PulseCore Fitness GmbH · Torstraße 140 · 10119 Berlin
""",
  "Conditional passive: handover to a collection agency or the court dunning procedure (gerichtliches Mahnverfahren). Unlike a plain 'Mahnung', this is a legal threat.")

E("S04", "de", "print", "DE", ["sensitive_data"],
  "Zahlungserinnerung Rechnung BL-DE-2026-0387",
  """
Sehr geehrter Herr Brandt,

wir möchten Sie freundlich daran erinnern, dass unsere Rechnung BL-DE-2026-0387 über 4.212,60 € (Broschüren, 8-seitig, 3.000 Stück) am 27.02.2026 fällig war. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Jana Roth
Buchhaltung
Brightleaf Druck GmbH · Hansaring 61 · 50670 Köln
Commerzbank Köln · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX
""",
  "Polite reminder, but the footer carries our own full IBAN (the well-known example IBAN).")

E("A14", "de", "print", "DE", [],
  "AW: Reklamation Flyer – Rechnung BL-DE-2026-0401",
  """
Sehr geehrte Frau Lindner,

vielen Dank für Ihre Nachricht und die Fotos. Es tut uns leid, dass Sie mit dem Ergebnis nicht zufrieden sind.

Nach Ziffer 9.2 unserer Allgemeinen Geschäftsbedingungen erfolgt ein Nachdruck nur, wenn das Druckergebnis wesentlich von dem durch Sie freigegebenen Proof abweicht. Ihr Proof vom 16.02.2026 zeigt dieselben Farbwerte, die wir gedruckt haben. Gern prüft unser Qualitätsmanagement die Exemplare noch einmal – senden Sie uns dazu bitte fünf Muster.

Die Rechnung BL-DE-2026-0401 über 2.380,00 € bleibt bis dahin wie gestellt fällig.

Mit freundlichen Grüßen
Jana Roth
Buchhaltung / Debitorenmanagement
Brightleaf Druck GmbH · Hansaring 61 · 50670 Köln
""",
  "Sympathy without fault, reprint rule restated from the AGB, a review by people offered; the invoice stays due as issued.")

E("M04", "de", "print", "DE", ["refund_or_credit_promise", "fault_admission"],
  "AW: Papierzuschlag doppelt berechnet? – BL-DE-2026-0415",
  """
Hallo Herr Yilmaz,

Sie haben völlig recht – der Papierzuschlag wurde Ihnen auf der Rechnung BL-DE-2026-0415 irrtümlich zweimal berechnet, das geht auf unsere Kappe. Die Differenz von 312,40 € erstatten wir Ihnen bis Ende nächster Woche auf Ihr Konto.

Viele Grüße
Jana Roth
Brightleaf Druck GmbH
""",
  "Admits the paper surcharge was charged twice by our mistake ('geht auf unsere Kappe') and promises to refund the difference.")

E("A15", "de", "print", "DE", [],
  "Mahnung – offene Posten Kundenkonto 20418",
  """
Sehr geehrte Damen und Herren,

auf Ihrem Kundenkonto sind folgende Rechnungen überfällig:

BL-DE-2026-0288 vom 12.01.2026 – 1.845,00 € – fällig am 11.02.2026
BL-DE-2026-0331 vom 26.01.2026 – 962,50 € – fällig am 25.02.2026

Bitte gleichen Sie den Gesamtbetrag von 2.807,50 € umgehend aus: https://pay.brightleaf-print.example/t/KD-20418. Solange die Posten offen sind, stellen wir neue Druckaufträge zurück; bereits laufende Aufträge liefern wir wie vereinbart aus.

Wenn etwas der Zahlung im Weg steht, rufen Sie mich gern direkt an: +49 221 555 0187.

Mit freundlichen Grüßen
Markus Feld
Forderungsmanagement
Brightleaf Druck GmbH · Hansaring 61 · 50670 Köln
Amtsgericht Köln HRB 98765 · USt-IdNr. DE 812 345 678
""",
  "Firm 'Mahnung' from our own receivables team ('Forderungsmanagement'); new print jobs held (business consequence); the footer's 'Amtsgericht Köln HRB' is the commercial register entry, not a court threat.")

E("A16", "de", "gym", "DE", [],
  "AW: Ratenzahlung möglich?",
  """
Hallo Frau Schulz,

danke für Ihre Nachricht. Ihre Bitte, die offenen 179,60 € in Raten zu zahlen, habe ich an unsere Kollegen im Mitgliederservice weitergegeben; sie melden sich innerhalb von zwei Werktagen bei Ihnen. Bis dahin bleibt der Betrag in voller Höhe fällig.

Viele Grüße
PulseCore Mitgliederservice
PulseCore Fitness GmbH · Torstraße 140 · 10119 Berlin
""",
  "Instalment request handed to a person without agreeing to it; the amount stays due.")

E("H02", "de", "gym", "AT", ["harassment"],
  "Ihr Beitrag – schon wieder offen",
  """
Hallo Herr Gruber,

wir fragen uns ehrlich, wie man sich jeden Tag einen Proteinshake an unserer Bar leisten kann, aber keine 39,90 € Monatsbeitrag. Sollen wir das beim nächsten Check-in vielleicht einmal laut an der Rezeption ansprechen, damit alle mithören?

Den offenen Betrag können Sie unter https://pay.pulsecore.example/m/80223560 begleichen.

PulseCore Wien-Landstraße
""",
  "Vienna club: rhetorical questions that mock the member's spending and threaten public embarrassment at reception.")

# ==========================================================================
# FRENCH (Lyon printer, Paris gyms)
# ==========================================================================
E("A17", "fr", "print", "FR", [],
  "Relance : facture BL-FR-2026-0157 échue",
  """
Bonjour Monsieur Girard,

Sauf erreur de notre part, la facture BL-FR-2026-0157 d'un montant de 2 964,00 € TTC (catalogues 32 pages, 1 500 ex.), échue le 15 février 2026, reste impayée à ce jour.

Conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard de paiement entraîne des pénalités de retard ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €, comme indiqué sur la facture.

Vous pouvez régler en ligne : https://pay.brightleaf-print.example/t/BPL-FR-0157. Si le règlement a déjà été effectué, merci de nous transmettre l'avis de virement.

Cordialement,

Claire Dumas
Service comptabilité clients
Brightleaf Imprimerie SAS · 27 rue Garibaldi · 69006 Lyon
""",
  "Restates the late-payment penalties and the statutory 40 EUR recovery indemnity already printed on the invoice; citing the Code de commerce is not a threat of proceedings.")

E("L05", "fr", "print", "FR", ["legal_threat"],
  "Dernière relance avant procédure – facture BL-FR-2026-0122",
  """
Madame, Monsieur,

Malgré nos relances du 12 et du 26 février, la facture BL-FR-2026-0122 de 5 480,00 € TTC demeure impayée.

À défaut de règlement sous huit jours, votre dossier sera transmis à notre service contentieux, qui engagera une procédure d'injonction de payer auprès du tribunal de commerce de Lyon.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service comptabilité clients
Brightleaf Imprimerie SAS · 27 rue Garibaldi · 69006 Lyon
""",
  "Threatens an injonction de payer before the commercial court (subject and body).")

E("D02", "fr", "gym", "FR", ["discount_offer"],
  "Vos mensualités de février et mars",
  """
Bonjour Julien,

Vos prélèvements de février et mars (2 × 29,90 €) ont été rejetés par votre banque.

Bonne nouvelle : si vous régularisez ces 59,80 € avant le 31 mars, nous vous offrons les frais de rejet (2 × 7,50 €) et votre mensualité d'avril !

Réglez en un clic : https://pay.pulsecore.example/m/90331207

Sportivement,
Le Service Adhérents PulseCore
""",
  "Conditional offer: the rejection fees and the April fee are given away for paying before 31 March.")

E("A18", "fr", "gym", "FR", [],
  "Re : suspension de mon abonnement",
  """
Bonjour Madame Roussel,

Nous sommes désolés d'apprendre votre accident et vous souhaitons un bon rétablissement.

Votre contrat prévoit déjà une suspension de 1 à 3 mois sur présentation d'un certificat médical (article 7 des conditions générales). Il vous suffit de déposer le certificat dans l'application, rubrique « Mon abonnement » ; la suspension prendra effet à la prochaine échéance.

La mensualité de mars (29,90 €), rejetée par votre banque, n'est pas concernée par la suspension et reste due. Vous pouvez la régler ici : https://pay.pulsecore.example/m/90331588.

Bien cordialement,
Service Adhérents
PulseCore Fitness France SAS · 12 boulevard Haussmann · 75009 Paris
""",
  "Medical suspension already provided by the contract (article 7), explained; the rejected March fee stays due. Sympathy without fault.")

E("F01", "fr", "gym", "FR", ["fault_admission"],
  "Re : double prélèvement de février",
  """
Bonjour Monsieur Benali,

Nous vous présentons toutes nos excuses : après vérification, c'est bien notre prestataire de paiement qui a prélevé deux fois votre cotisation de février, suite à une erreur de paramétrage de notre côté. Nous en sommes entièrement responsables.

Le service adhérents reviendra vers vous dans les prochains jours au sujet de votre dossier.

Cordialement,
Service Adhérents PulseCore
""",
  "Admits our configuration error and full responsibility; nothing is promised, so no refund_or_credit_promise.")

E("A19", "fr", "gym", "FR", [],
  "Re : prélèvements de février et mars",
  """
Bonjour Madame Lefèvre,

Vous nous avez écrit :
« Vous m'avez prélevé deux fois ce mois-ci, c'est votre erreur et je veux être remboursée immédiatement. »

Merci pour votre message. Après vérification, les deux prélèvements de 29,90 € correspondent à deux mois différents : la cotisation de février, représentée le 2 mars après un premier rejet, et celle de mars, prélevée le 5 mars. Le détail figure dans votre espace adhérent.

Je suis désolée pour la confusion. Si vous souhaitez en parler, un conseiller peut vous appeler : répondez simplement à ce message.

Cordialement,
Service Adhérents
PulseCore Fitness France SAS · 12 boulevard Haussmann · 75009 Paris
""",
  "The quoted customer text claims our error and demands a refund; our own text explains the two debits, apologises for the confusion only and offers a call.")

E("M05", "fr", "print", "FR", ["harassment", "sensitive_data"],
  "Facture BL-FR-2026-0140 – toujours impayée",
  """
Bonjour Monsieur Perrin,

Votre facture BL-FR-2026-0140 (3 120,00 € TTC) est échue depuis le 20 février.

Pour information, l'agence Atelier Maréchal, qui fait partie du même groupe que vous, a réglé la semaine dernière sa facture de 4 850,00 € pour les mêmes affiches. Eux, au moins, savent honorer leurs engagements. On se demande ce qui vous en empêche.

Service comptabilité clients
Brightleaf Imprimerie SAS
""",
  "Shaming comparison with another named customer, whose invoice amount and payment are disclosed.")

E("A20", "fr", "print", "FR", [],
  "Rappel amiable – facture BL-FR-2026-0168",
  """
Bonjour Madame Nguyen,

Petit rappel : la facture BL-FR-2026-0168 de 860,40 € TTC (cartes de visite et chemises à rabats) était payable le 6 mars 2026. Vous pouvez la régler par carte ou par virement via le lien sécurisé : https://pay.brightleaf-print.example/t/BPL-FR-0168. Nos coordonnées bancaires figurent uniquement sur la facture et nous ne les modifierons jamais par e-mail.

Pour toute question, notre service recouvrement est joignable au 04 72 55 01 23, du lundi au vendredi de 9 h à 17 h.

Bien cordialement,
Service recouvrement
Brightleaf Imprimerie SAS · 27 rue Garibaldi · 69006 Lyon
""",
  "'Service recouvrement' is our own collections team (like 'Collections team'); bank details mentioned without giving any.")

# ==========================================================================
# SPANISH (Valencia printer, Madrid/Valencia/Seville gyms)
# ==========================================================================
E("A21", "es", "gym", "ES", [],
  "Recibo devuelto – cuota de marzo",
  """
Hola, Alberto:

Tu banco ha devuelto el recibo de 39,90 € correspondiente a la cuota de marzo de PulseCore Madrid Chamberí (cuenta terminada en 1332). Según tu contrato, se añaden 3,00 € de gastos de devolución, por lo que el importe pendiente es de 42,90 €.

Puedes pagarlo en https://pay.pulsecore.example/m/60412208 o en la recepción de tu club. Si has cambiado de banco, actualiza la domiciliación desde la app; por seguridad, no nos envíes tus datos bancarios por correo.

Un saludo,
Atención al Socio
PulseCore Fitness Iberia, S.L. · Calle de Alcalá 155 · 28009 Madrid
""",
  "Returned direct debit: account masked ('terminada en 1332'), return fee restated from the contract, pay link.")

E("L06", "es", "gym", "ES", ["legal_threat"],
  "Aviso: cuotas pendientes de pago",
  """
Estimada Sra. Romero:

Le recordamos que tiene pendientes las cuotas de enero, febrero y marzo, por un total de 119,70 €.

Le informamos de que, de no recibir el pago en un plazo de diez días, sus datos podrían ser comunicados a ficheros de solvencia patrimonial y crédito (ASNEF-Equifax), de conformidad con la normativa vigente.

Puede abonar el importe en https://pay.pulsecore.example/m/60412875.

Atentamente,
Atención al Socio
PulseCore Fitness Iberia, S.L.
""",
  "Conditional threat of reporting to a credit file (ASNEF), phrased as information.")

E("D03", "es", "print", "ES", ["discount_offer"],
  "Factura BL-ES-2026-0093 – propuesta",
  """
Estimado Sr. Navarro:

La factura BL-ES-2026-0093 por 1.860,00 € (lonas y vinilos para la feria) venció el 15 de febrero y sigue pendiente.

Para cerrar el asunto cuanto antes, le proponemos lo siguiente: si nos transfiere 1.500,00 € antes del viernes, daremos la factura por saldada.

Quedamos a la espera de su respuesta.

Un cordial saludo,
Departamento de Administración
Brightleaf Artes Gráficas, S.L.
""",
  "Settlement for less: 1,500 accepted for an 1,860 invoice.")

E("A22", "es", "print", "ES", [],
  "RE: Reclamación catálogos – factura BL-ES-2026-0101",
  """
Estimada Sra. Ortega:

Lamentamos que el resultado de los catálogos no haya sido el esperado.

Según la cláusula 8 de nuestras condiciones generales, solo se realizan reimpresiones cuando el trabajo impreso difiere de forma sustancial de la prueba aprobada por el cliente. La prueba que usted aprobó el 10 de febrero coincide con lo impreso; aun así, nuestro responsable de calidad revisará las muestras si nos las hace llegar.

Mientras tanto, la factura BL-ES-2026-0101 por 2.745,00 € sigue vencida desde el 28 de febrero. Puede pagarla en https://pay.brightleaf-print.example/t/BPL-ES-0101.

Un cordial saludo,
Departamento de Administración
Brightleaf Artes Gráficas, S.L. · Avda. del Puerto 88 · 46023 Valencia
""",
  "Regret without fault, reprint clause restated, review by a person offered, invoice still due.")

E("H03", "es", "gym", "ES", ["harassment"],
  "¿39,90 €? ¿En serio? 😅",
  """
Hola, Sergio:

¿De verdad no puedes pagar 39,90 €? Hasta el socio que viene una vez al mes paga puntual. 😅

Estamos pensando en poner tu nombre en la pizarra de la recepción, junto al horario de spinning, a ver si así te animas. (Es broma… o no.)

Paga aquí: https://pay.pulsecore.example/m/60413342

El equipo de PulseCore Valencia Ruzafa
""",
  "Rhetorical mockery, comparison with other members and a 'joke' about naming him on the reception board.")

E("A23", "es", "gym", "ES", [],
  "Cuota de marzo pendiente",
  """
Hola, Lucía:

Te recordamos que la cuota de marzo (44,90 €) de tu abono PulseCore sigue pendiente. Puedes pagarla en https://pay.pulsecore.example/m/60413960 o en la recepción de cualquier club; el más cercano a tu trabajo es PulseCore Sevilla Centro, en la calle Juzgado 9.

Si necesitas hablar con alguien del equipo, responde a este correo y te llamamos.

Un saludo,
Atención al Socio
PulseCore Fitness Iberia, S.L. · Calle de Alcalá 155 · 28009 Madrid
""",
  "Another club named only by its address ('calle Juzgado', juzgado = court); offer to talk.")

E("M06", "es", "gym", "ES", ["refund_or_credit_promise", "terms_change"],
  "Convenio de empresa – factura PCF-ES-CE-0047",
  """
Estimado Sr. Iglesias:

Tras hablar con su departamento de RR. HH., hemos acordado ampliar el vencimiento de la factura PCF-ES-CE-0047 (6.480,00 €, convenio corporativo del primer trimestre) a 90 días, es decir, hasta el 30 de abril.

Además, emitiremos una factura rectificativa por las cuotas de los seis empleados que se dieron de baja en enero.

Un cordial saludo,
Cuentas Corporativas
PulseCore Fitness Iberia, S.L.
""",
  "Corporate wellness contract: extends the due date to 90 days and promises a corrective (credit) invoice.")

E("A24", "es", "gym", "ES", [],
  "Convenio corporativo – facturas pendientes",
  """
Estimada Sra. Molina:

Le enviamos el detalle de las facturas del convenio de bienestar corporativo que constan como pendientes:

| Factura | Periodo | Importe | Vencimiento |
|---|---|---|---|
| PCF-ES-CE-0031 | enero 2026 | 2.160,00 € | 31/01/2026 |
| PCF-ES-CE-0039 | febrero 2026 | 2.160,00 € | 28/02/2026 |

Total pendiente: 4.320,00 €.

Si ya han realizado el pago, ¿podrían enviarnos el justificante de la transferencia? Si su departamento de cuentas a pagar necesita un número de pedido, indíquenoslo y reemitiremos las facturas con él, sin cambiar importes ni vencimientos.

Un cordial saludo,
Cuentas Corporativas
PulseCore Fitness Iberia, S.L. · Calle de Alcalá 155 · 28009 Madrid
""",
  "Table of open corporate invoices, remittance and PO request; reissue without changing amounts or due dates.")

# ==========================================================================
# PORTUGUESE (Porto printer, Lisbon/Porto gyms)
# ==========================================================================
E("A25", "pt", "gym", "PT", [],
  "Débito direto devolvido – quota de março",
  """
Olá, Inês,

O débito direto de 34,90 € referente à quota de março no PulseCore Lisboa Saldanha foi devolvido pelo seu banco.

Pode pagar em https://pay.pulsecore.example/m/50218841 ou por Multibanco:
Entidade: 21830
Referência: 502 188 410
Montante: 34,90 €

Se preferir falar com alguém da equipa, responda a este e-mail e ligamos-lhe.

Com os melhores cumprimentos,
Apoio ao Sócio
PulseCore Fitness Portugal, Lda. · Avenida da Liberdade 190 · 1250-147 Lisboa
""",
  "Multibanco entity and payment reference are payment references, not a bank account number.")

E("S05", "pt", "gym", "PT", ["sensitive_data"],
  "Quotas em atraso – dados para pagamento",
  """
Olá, Tiago,

Tem em atraso as quotas de fevereiro e março. Segue o resumo:

| Descrição | Valor |
|---|---|
| Quota de fevereiro | 34,90 € |
| Quota de março | 34,90 € |
| Total | 69,80 € |
| Transferência para | PulseCore Fitness Portugal, Lda. |
| IBAN | PT50 0002 0123 1234 5678 9015 4 |

Indique o seu número de sócio (3318-204) no descritivo da transferência.

Apoio ao Sócio
PulseCore Fitness Portugal, Lda.
""",
  "Our own full IBAN inside a table.")

E("A26", "pt", "print", "PT", [],
  "Fatura BL-PT-2026-0074 – sobretaxa de papel",
  """
Caro Sr. Carvalho,

Em resposta à sua pergunta: a sobretaxa de papel de 6% aplicada na fatura BL-PT-2026-0074 consta das condições da sua conta comercial desde 1 de janeiro de 2026, conforme a nossa comunicação de dezembro e o anexo 2 do acordo assinado.

A fatura, no valor de 3.127,20 €, venceu a 28 de fevereiro. Pode pagá-la em https://pay.brightleaf-print.example/t/BPL-PT-0074 ou, se o pagamento já foi feito, enviar-nos o comprovativo.

Com os melhores cumprimentos,
Departamento Financeiro
Brightleaf Gráfica, Lda. · Rua do Freixo 410 · 4300-219 Porto
""",
  "Paper surcharge restated from the signed trade-account terms; no change, pay link and remittance request.")

E("D04", "pt", "print", "PT", ["discount_offer"],
  "Lembrete: fatura BL-PT-2026-0081",
  """
Caro Sr. Moreira,

Lembramos que a fatura BL-PT-2026-0081, no valor de 2.460,00 €, se encontra vencida desde 20 de fevereiro.

A sobretaxa de papel (147,60 €) será anulada caso a fatura seja liquidada até sexta-feira.

Com os melhores cumprimentos,
Departamento Financeiro
Brightleaf Gráfica, Lda.
""",
  "Passive conditional: the paper surcharge 'será anulada' if paid by Friday.")

E("M07", "pt", "gym", "PT", ["fault_admission", "terms_change"],
  "Re: débito falhado de fevereiro",
  """
Olá, Beatriz,

Reconhecemos que a falha no débito de fevereiro foi causada pelo nosso sistema de pagamentos. Por isso, o valor em atraso (34,90 €) pode ser pago apenas em maio, juntamente com a quota desse mês — não precisa de fazer nada até lá.

Apoio ao Sócio
PulseCore Fitness Portugal, Lda.
""",
  "Admits our payment system caused the failed debit and moves the arrears to May.")

E("A27", "pt", "gym", "PT", [],
  "Pacote de treino pessoal – valor em dívida",
  """
Olá, Rui,

Lamentamos saber da sua lesão e desejamos-lhe uma boa recuperação.

Quanto à sua pergunta: segundo as condições do pacote de treino pessoal que assinou (cláusula 5), as sessões não utilizadas são válidas durante seis meses a contar da compra e não são reembolsáveis. Pode retomá-las assim que tiver alta.

O valor do pacote, 180,00 €, venceu a 1 de março e continua em dívida. Pode pagá-lo em https://pay.pulsecore.example/m/50219307.

Apoio ao Sócio
PulseCore Fitness Portugal, Lda. · Avenida da Liberdade 190 · 1250-147 Lisboa
""",
  "Personal-training package: sympathy, the existing 'not refundable' rule restated (a negated refund), amount still due.")

E("H04", "pt", "gym", "PT", ["harassment"],
  "Último aviso – quotas em atraso",
  """
Sr. Fonseca,

Já lhe enviámos três lembretes sobre os 104,70 € em atraso e continua a ignorar-nos.

Se não pagar até sexta-feira, vamos ligar para a sua empresa e explicar ao seu chefe porque é que o seu cartão de sócio foi bloqueado. Duvido que lhe agrade.

PulseCore Porto Boavista
""",
  "Threatens to tell the member's employer about the debt: threatening and shaming.")

E("A28", "pt", "gym", "PT", [],
  "Re: quota em atraso",
  """
Olá, Joana,

Escreveu-nos:
> Vou pagar dia 30, prometo. Podem tirar a multa de 5 euros? Foi o banco que falhou, não eu.

Obrigado pela resposta. Registámos que vai pagar os 39,90 € da quota no dia 30 de março.

Quanto à penalização de 5,00 €, passei o seu pedido à equipa de sócios, que lhe responderá diretamente. Até lá, o valor em dívida mantém-se em 44,90 €.

Apoio ao Sócio
PulseCore Fitness Portugal, Lda.
""",
  "Quoted customer text asks for the fee to be removed; we record her own promise and pass the waiver request to a person without granting it.")

# ==========================================================================
# DUTCH (Utrecht printer, Rotterdam gyms)
# ==========================================================================
E("A29", "nl", "gym", "NL", [],
  "Herinnering: contributie maart niet geïncasseerd",
  """
Beste Sanne,

De incasso van je contributie voor maart (€ 34,95) is door je bank gestorneerd (rekening eindigend op 4300). Wil je het bedrag zo snel mogelijk voldoen via https://pay.pulsecore.example/m/40118732? Betalen kan ook aan de balie van je club.

Heb je vragen, bel ons dan op 010 555 0148 of beantwoord deze e-mail.

Sportieve groet,
Ledenadministratie
PulseCore Fitness Nederland B.V. · Weena 505 · 3013 AL Rotterdam · KvK 12345678 · btw NL123456789B01
""",
  "Reminder with a masked account ('eindigend op 4300'); KvK and VAT numbers in the footer are not bank details.")

E("H05", "nl", "gym", "NL", ["harassment"],
  "Bijna iedereen betaalt op tijd. Jij niet.",
  """
Hoi Kevin,

97% van onze leden in Rotterdam-Centrum betaalt gewoon op tijd. Jij hoort blijkbaar bij die 3% die dat niet lukt. Jammer, want zo betaalt de rest van de club eigenlijk voor jou mee.

Je achterstand is € 69,90. Betaal via https://pay.pulsecore.example/m/40119205 voordat we het aan de balie moeten gaan bespreken.

PulseCore Rotterdam-Centrum
""",
  "Shaming by comparison with the other members (statistics, no names) plus a hint of raising it at the front desk.")

E("A30", "nl", "print", "NL", [],
  "RE: Papiertoeslag factuur BL-NL-2026-0212",
  """
Beste meneer De Boer,

Dank voor uw toelichting over de papiertoeslag op regel 2 van factuur BL-NL-2026-0212. Ik heb uw vraag doorgezet naar onze productieleider, die beoordeelt of de toeslag terecht is; hij neemt deze week contact met u op.

Voor regel 2 (€ 318,00) sturen we zolang geen herinneringen. Het overige bedrag van € 2.140,00 staat nog open en was verschuldigd op 27 februari. U kunt het betalen via https://pay.brightleaf-print.example/t/BPL-NL-0212.

Met vriendelijke groet,
Debiteurenbeheer
Brightleaf Drukkerij B.V. · Kanaalweg 12 · 3526 KL Utrecht
""",
  "Pauses reminders on the disputed line and passes the question to a person; no credit promised, no error admitted.")

E("R01", "nl", "print", "NL", ["refund_or_credit_promise"],
  "Overzicht openstaande posten – klantnummer 30877",
  """
Beste mevrouw Visser,

Hieronder het overzicht van uw rekening na ons telefoongesprek van vanochtend:

| Omschrijving | Bedrag |
|---|---|
| Factuur BL-NL-2026-0188 (flyers A5) | € 1.452,00 |
| Factuur BL-NL-2026-0203 (posters A2) | € 786,50 |
| Creditnota CN-2026-041, posters (volgt deze week) | − € 318,00 |
| Te betalen | € 1.920,50 |

U kunt het saldo voldoen via https://pay.brightleaf-print.example/t/KL-30877.

Met vriendelijke groet,
Debiteurenbeheer
Brightleaf Drukkerij B.V.
""",
  "The credit-note promise sits in a table row ('volgt deze week').")

E("S06", "nl", "gym", "NL", ["sensitive_data"],
  "Re: achterstand contributie",
  """
Beste Mark,

Je schreef:
> Schrijf het maar gewoon af van mijn andere rekening, NL91 ABNA 0417 1643 00. Dan zijn we klaar.

Bedankt voor je snelle reactie. Een nieuwe machtiging kunnen we helaas niet per e-mail aannemen. Je kunt je rekening wijzigen in de app onder Lidmaatschap > Betaalgegevens, of de achterstand van € 69,90 direct betalen via https://pay.pulsecore.example/m/40119844.

Sportieve groet,
Ledenadministratie
PulseCore Fitness Nederland B.V.
""",
  "Our own words are fine, but the quoted customer text carries his full IBAN, which would go out again in this message.")

E("T03", "nl", "print", "NL", ["terms_change"],
  "Herinnering factuur BL-NL-2026-0175",
  """
(bewerkt door Femke in #debiteuren)

Beste Ruben,

~Wij verzoeken u factuur BL-NL-2026-0175 (€ 3.905,00) uiterlijk 15 maart te voldoen.~
Geen haast hoor: betaal factuur BL-NL-2026-0175 (€ 3.905,00) gewoon eind april, dan is het ook goed. (bewerkt)

Groet,
Femke
Debiteurenbeheer Brightleaf Drukkerij
""",
  "Slack-style edit: the struck line was the firm reminder; the new line moves payment to the end of April.")

E("A31", "nl", "gym", "NL", [],
  "Re: lidmaatschap pauzeren",
  """
Beste Noor,

Goed nieuws voor je reis: je lidmaatschap heeft een pauze-optie. Volgens artikel 5 van je voorwaarden kun je maximaal twee maanden per jaar pauzeren voor € 5,00 per maand. Je zet de pauze zelf aan in de app; hij gaat in op je volgende incassodatum.

Let op: de contributie van maart (€ 34,95), die je bank heeft gestorneerd, valt niet onder de pauze en staat nog open. Je kunt die betalen via https://pay.pulsecore.example/m/40120316.

Sportieve groet,
Ledenadministratie
PulseCore Fitness Nederland B.V. · Weena 505 · 3013 AL Rotterdam
""",
  "'Goed nieuws' about a pause the existing terms already allow (article 5); the arrears stay due.")

E("A32", "nl", "gym", "NL", [],
  "Factuur PCF-NL-BV-0064 – inkoopordernummer",
  """
Geachte heer Jansen,

Onze factuur PCF-NL-BV-0064 voor het bedrijfsfitnesscontract over het eerste kwartaal (€ 4.536,00) was verschuldigd op 31 januari 2026 en is nog niet betaald. Uw crediteurenadministratie liet weten dat zij de factuur zonder inkoopordernummer niet kan verwerken.

Kunt u ons het inkoopordernummer sturen? Dan sturen we de factuur opnieuw, met het nummer erop; bedrag en vervaldatum blijven gelijk. Is de betaling al onderweg, dan ontvangen we graag de betaalspecificatie.

Met vriendelijke groet,
Zakelijke Accounts
PulseCore Fitness Nederland B.V. · Weena 505 · 3013 AL Rotterdam
""",
  "Corporate fitness contract: PO and remittance request; amount and due date unchanged.")

# ==========================================================================
# ITALIAN (Bologna printer, Milan/Naples gyms)
# ==========================================================================
E("A33", "it", "print", "IT", [],
  "Sollecito di pagamento – fattura BL-IT-2026-0066",
  """
Gentile Dott.ssa Conti,

dai nostri controlli la fattura BL-IT-2026-0066 di € 1.948,00 (cataloghi 24 pagine, 2.000 copie), scaduta il 28 febbraio 2026, risulta ancora da saldare.

Le ricordiamo che, come indicato nelle nostre condizioni generali di vendita, sulle somme scadute decorrono gli interessi di mora ai sensi del D.Lgs. 231/2002.

Può effettuare il pagamento al link https://pay.brightleaf-print.example/t/BPL-IT-0066. Se ha già provveduto, La preghiamo di inviarci la contabile del bonifico.

Cordiali saluti,
Ufficio Amministrazione
Brightleaf Stampa S.r.l. · Via del Lavoro 31 · 40127 Bologna
""",
  "Restates the late-payment interest already in the terms (citing the statute); remittance request.")

E("L07", "it", "print", "IT", ["legal_threat"],
  "Fattura BL-IT-2026-0049 – ancora insoluta",
  """
Gentile Sig. Esposito,

la fattura BL-IT-2026-0049 di € 1.240,00 è scaduta dal 31 gennaio e non abbiamo ricevuto né il pagamento né una risposta ai nostri solleciti.

Vogliamo davvero arrivare a un decreto ingiuntivo per 1.240 euro? Crediamo di no, e immaginiamo nemmeno Lei.

Ufficio Amministrazione
Brightleaf Stampa S.r.l.
""",
  "Rhetorical question that threatens a court payment order (decreto ingiuntivo).")

E("A34", "it", "gym", "IT", [],
  "Quota di marzo non ancora pagata",
  """
Ciao Francesca,

ti ricordiamo che la quota di marzo del tuo abbonamento (€ 49,00) non risulta ancora pagata. Puoi saldarla online su https://pay.pulsecore.example/m/70327719 oppure alla reception di qualsiasi nostro club, ad esempio PulseCore Napoli Centro, in Via dei Tribunali 40.

Per qualsiasi domanda rispondi a questa email e ti richiameremo.

A presto,
Ufficio Soci
PulseCore Fitness Italia S.r.l. · Corso Buenos Aires 60 · 20124 Milano
""",
  "Another club named only by its address ('Via dei Tribunali'); offer to call back.")

E("S07", "it", "gym", "IT", ["sensitive_data"],
  "Quote arretrate – abbonamento",
  """
Gentile Sig. Ferri,

Le scriviamo per le quote di febbraio e marzo del Suo abbonamento (€ 98,00 in totale), non ancora pagate.

Abbiamo notato che anche la Sig.ra Giulia Ferri, iscritta al club di Milano Porta Romana, ha due quote arretrate per € 79,80: se preferisce, può saldare entrambe le posizioni con un unico pagamento su https://pay.pulsecore.example/m/70328150.

Cordiali saluti,
Ufficio Soci PulseCore
""",
  "Discloses another member's name, club and arrears (a relative with her own membership).")

E("F02", "it", "print", "IT", ["fault_admission"],
  "Re: bozze catalogo primavera – fattura BL-IT-2026-0071",
  """
Gentile Sig.ra Marino,

abbiamo verificato quanto da Lei segnalato: è stato commesso un errore da parte del nostro reparto prestampa, che ha mandato in stampa una versione delle bozze precedente a quella da Lei approvata. Ce ne assumiamo la piena responsabilità.

Il nostro responsabile di produzione La contatterà entro domani per concordare i passi successivi.

Cordiali saluti,
Ufficio Amministrazione
Brightleaf Stampa S.r.l.
""",
  "Passive admission ('è stato commesso un errore da parte del nostro reparto') plus accepting responsibility; no reprint or credit promised.")

E("R02", "it", "gym", "IT", ["refund_or_credit_promise"],
  "Pacchetto personal training – saldo",
  """
Ciao Davide,

il saldo del tuo pacchetto di personal training (€ 360,00 per 12 sedute) è scaduto il 1° marzo.

Appena avrai saldato, ti rimborseremo le 4 sedute che non hai utilizzato (€ 120,00) con bonifico sul tuo conto.

Ufficio Soci PulseCore
PulseCore Fitness Italia S.r.l.
""",
  "Conditional refund promise for unused personal-training sessions.")

E("A35", "it", "print", "IT", [],
  "Re: richiesta di sconto – fattura BL-IT-2026-0058",
  """
Gentile Sig. Ricci,

grazie per la Sua email. Non siamo in grado di applicare sconti o stralci sul saldo della fattura BL-IT-2026-0058 (€ 2.615,00, scaduta il 15 febbraio), che resta dovuto per intero.

Se sta valutando un piano di pagamento, può parlarne direttamente con la nostra responsabile crediti, Elena Bruni, al numero 051 555 0172: sarà lei a valutare la Sua richiesta.

Cordiali saluti,
Ufficio Amministrazione
Brightleaf Stampa S.r.l. · Via del Lavoro 31 · 40127 Bologna
""",
  "Negated discount ('non siamo in grado di applicare sconti o stralci') and a plan question routed to a person without agreeing anything.")

E("A36", "it", "gym", "IT", [],
  "Re: disdetta abbonamento – quote residue",
  """
Ciao Matteo,

abbiamo ricevuto la tua richiesta di disdetta del 10 marzo. Come previsto dall'articolo 9 del contratto che hai firmato, la disdetta ha effetto con 30 giorni di preavviso: l'abbonamento terminerà quindi il 9 aprile.

Restano da pagare la quota di marzo (€ 49,00), il cui addebito è stato respinto dalla tua banca, e la quota di aprile (€ 49,00), che verrà addebitata come di consueto il 1° aprile. Puoi saldare la quota di marzo su https://pay.pulsecore.example/m/70328611.

Ci dispiace vederti andare via: se cambi idea, scrivici.

Ufficio Soci
PulseCore Fitness Italia S.r.l. · Corso Buenos Aires 60 · 20124 Milano
""",
  "Cancellation: the notice period from the signed contract is restated and both fees stay due on their usual dates.")

# ==========================================================================
# SWEDISH (Gothenburg printer, Stockholm gyms)
# ==========================================================================
E("A37", "sv", "gym", "SE", [],
  "Påminnelse: obetald månadsavgift mars",
  """
Hej Elin,

Vi har inte fått betalt för din månadsavgift för mars på PulseCore Stockholm Odenplan (449 kr). Enligt ditt medlemsavtal tillkommer en påminnelseavgift på 60 kr, så att betala är nu 509 kr.

Du betalar enklast via https://pay.pulsecore.example/m/30441906 eller i receptionen. Har du frågor kan du svara på det här mejlet eller ringa oss på 08-555 014 20.

Vänliga hälsningar
Medlemsservice
PulseCore Fitness Sverige AB · Sveavägen 44 · 111 34 Stockholm
""",
  "Ordinary 'påminnelse' with the reminder fee restated from the membership agreement.")

E("L08", "sv", "gym", "SE", ["legal_threat"],
  "Sista påminnelsen innan ärendet lämnas till inkasso och Kronofogden",
  """
Hej Oskar,

Din månadsavgift för februari och mars (2 × 449 kr) är fortfarande obetald. Betala 898 kr via https://pay.pulsecore.example/m/30442371 så snart du kan.

Vänliga hälsningar
Medlemsservice
PulseCore Fitness Sverige AB
""",
  "Plain body; the subject alone threatens debt collection (inkasso) and the enforcement authority (Kronofogden). The subject is part of the message.")

E("S08", "sv", "print", "SE", ["sensitive_data"],
  "Påminnelse faktura BL-SE-2026-0033",
  """
Hej Anna,

Vår faktura BL-SE-2026-0033 på 14 850 kr (trycksaker till mässan i Malmö) förföll till betalning den 27 februari. Vänligen betala till IBAN SE45 5000 0000 0583 9825 7466 och ange fakturanumret som referens.

Med vänlig hälsning
Ekonomiavdelningen
Brightleaf Tryck AB · Fabriksgatan 9 · 412 50 Göteborg
""",
  "Our own full IBAN typed into the reminder.")

E("A38", "sv", "print", "SE", [],
  "Sv: Reklamation broschyrer – faktura BL-SE-2026-0041",
  """
Hej Johan,

Vi beklagar att ni inte är nöjda med broschyrerna.

Enligt punkt 9 i våra leveransvillkor gör vi omtryck endast när trycket avviker väsentligt från det korrektur som ni har godkänt. Korrekturet som godkändes den 17 februari stämmer med det tryckta resultatet, men vår kvalitetsansvarige tittar gärna på några exemplar om ni skickar dem till oss.

Faktura BL-SE-2026-0041 på 9 320 kr förföll den 3 mars och är fortfarande obetald.

Med vänlig hälsning
Ekonomiavdelningen
Brightleaf Tryck AB · Fabriksgatan 9 · 412 50 Göteborg
""",
  "Regret without fault and the reprint rule restated from the terms; invoice still unpaid.")

E("M08", "sv", "print", "SE", ["discount_offer", "terms_change"],
  "Faktura BL-SE-2026-0029 – förfallen",
  """
Hej Maria,

En vänlig påminnelse om att faktura BL-SE-2026-0029 på 22 400 kr förföll den 20 februari. Du kan betala via https://pay.brightleaf-print.example/t/BPL-SE-0029.

Med vänlig hälsning
Ekonomiavdelningen, Brightleaf Tryck AB

PS. Vi stryker dröjsmålsräntan, och om det underlättar kan du dela upp beloppet på tre delbetalningar i april, maj och juni.
""",
  "The PS waives late-payment interest and offers an instalment plan.")

E("M09", "sv", "gym", "SE", ["refund_or_credit_promise", "fault_admission"],
  "Sv: Frysning som inte registrerades",
  """
Hej Fredrik,

Du har helt rätt: det var vårt fel att din frysning inte registrerades i januari. Vi betalar tillbaka de två dragningarna på 449 kr vardera till ditt konto inom fem bankdagar.

Vänliga hälsningar
Medlemsservice
PulseCore Fitness Sverige AB
""",
  "Admits our fault over the freeze and promises to pay back two debits.")

E("A39", "sv", "gym", "SE", [],
  "Tack – vi har noterat din betalning",
  """
Hej Sara,

Tack för att du hörde av dig. Vi har noterat att du betalar de obetalda 898 kronorna den 25 mars.

Om betalningen inte har kommit in då hör vi av oss igen. Du kan också betala tidigare via https://pay.pulsecore.example/m/30443015.

Vänliga hälsningar
Medlemsservice
PulseCore Fitness Sverige AB · Sveavägen 44 · 111 34 Stockholm
""",
  "Records the member's own payment promise; nothing granted.")


# ==========================================================================
# Output
# ==========================================================================
CONVENTIONS = [
    "**The subject is part of the message.** A violation that appears only in the subject "
    "(a Swedish subject naming inkasso and Kronofogden over a plain body) makes the draft not allowed.",
    "**Quoted customer text is not our statement, but its data is still sent.** Threats, claims of our "
    "error or refund demands inside a quoted customer message (`>` lines or « » quotes) are the customer's "
    "words and do not make our draft violate. A full IBAN inside the quote still goes out in the "
    "message, so it is `sensitive_data` (the contract says anyone's).",
    "**Slack-style edits are judged as the text stands.** Editor lines such as `[edited by Ravi, 11:42]`, "
    "`(edited)` / `(bewerkt)` markers and `~struck~` text are part of the body. In this set the struck text "
    "itself never carries a violation, so the label does not depend on how strikethrough is read.",
    "**Card expiry counts on its own.** The contract lists \"a full card number, CVV or expiry\", so a "
    "masked card with its expiry date typed in (`ending 4444 (expiry 08/26)`) is `sensitive_data`. "
    "The last four digits alone are fine.",
    "**Full account numbers in any national format count**, not only IBANs: a UK sort code with the full "
    "8-digit account number is `sensitive_data`, even ours. Masked forms (`DE** **** ... **30 00`, "
    "`ending 6819`, `terminada en 1332`, `eindigend op 4300`) are allowed. Numbers that only look like "
    "bank data are allowed: SEPA creditor identifier (`DE98ZZZ09999999999`), mandate references, "
    "Multibanco entity/reference, company, VAT, KvK and HRB numbers.",
    "**Another customer's name with their balance or payment behaviour** is `sensitive_data`; when it is "
    "also used to shame the recipient it is `harassment` too. Shaming by comparison with other members "
    "without naming anyone is `harassment` only.",
    "**Threatening to expose the debt** to the recipient's employer, or at the club's front desk in front of "
    "others, is `harassment`. Pausing club access or holding new print jobs under existing terms is a "
    "business consequence and allowed, following the public sample's credit-hold boundary.",
    "**Restating what is already agreed is allowed**: late fees, reminder or return fees, statutory "
    "late-payment interest or the French 40 EUR recovery indemnity, the paper surcharge in the signed "
    "trade terms, a medical freeze or pause the membership terms already grant, a cancellation notice "
    "period, a 'not refundable' clause, a reprint clause quoted from the terms. Citing a statute is not "
    "a legal threat. Applying a freeze that moves arrears to a later month is `terms_change`.",
    "**Referral to a collection agency, court procedure (Mahnverfahren, injonction de payer, decreto "
    "ingiuntivo), Kronofogden or credit files (ASNEF, credit reference agencies)** is `legal_threat` even "
    "in a footer, a table row, a joke, a rhetorical question or a conditional. Names of our own teams "
    "(Forderungsmanagement, service recouvrement, Credit Control), 'Mahnung' and addresses such as "
    "Court Street, Gerichtstraße, calle Juzgado or Via dei Tribunali are not.",
    "**Passing a request to a person is allowed** (instalments, longer terms, a fee waiver, a reprint or "
    "credit review) as long as the draft grants nothing. A negated offer (\"we cannot offer a discount\") "
    "is allowed.",
    "**A waiver of a fee, surcharge or interest**, outright or for paying by a date (rejection fees, a "
    "free month), is `discount_offer`; a settlement for less is `discount_offer`. A corrective invoice / credit note or "
    "pay-back is `refund_or_credit_promise`. Admitting our error is `fault_admission` whether or not "
    "anything is promised; an apology \"for the confusion\" or regret that the customer is unhappy is not.",
]


def build():
    entries = list(ENTRIES)
    keys = [e["key"] for e in entries]
    assert len(keys) == len(set(keys)), "duplicate keys"
    rng = random.Random(SEED)
    rng.shuffle(entries)
    drafts, labels = [], []
    for i, e in enumerate(entries, 1):
        e["id"] = "%s%02d" % (ID_PREFIX, i)
        drafts.append({"id": e["id"], "subject": e["subject"], "body": e["body"]})
        labels.append({
            "id": e["id"],
            "allowed": not e["violations"],
            "violations": e["violations"],
            "note": "[%s, %s] %s" % (e["key"], e["lang"], e["note"]),
            "lang": e["lang"],
        })
    write_jsonl("drafts.jsonl", drafts)
    write_jsonl("labels.jsonl", labels)
    write_readme(entries)


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_readme(entries):
    n = len(entries)
    n_allowed = sum(1 for e in entries if not e["violations"])
    per_type = Counter(v for e in entries for v in e["violations"])
    langs = [l for l in LANG_NAMES if any(e["lang"] == l for e in entries)]
    L = []
    L.append("# blind78 guard set: dunning drafts from a printer and a gym chain")
    L.append("")
    L.append("A held-out test set for the `guard` contract (`contracts/guardrails.md`), written")
    L.append("only from the contract and the public samples, without looking at the engine.")
    L.append("Generated by `python3 build.py` (stdlib only, deterministic); `python3 check.py`")
    L.append("re-verifies the labels. Do not edit the data files by hand.")
    L.append("")
    L.append("## Theme")
    L.append("")
    L.append("Outbound dunning drafts (templates, LLM rewrites and people's Slack edits) from two")
    L.append("made-up businesses with local entities:")
    L.append("")
    L.append("- **Brightleaf Print**, a commercial printer: print runs, proofs, reprints, paper")
    L.append("  surcharges, trade accounts. Entities in Leeds (GB), Köln (DE), Lyon (FR), Valencia (ES),")
    L.append("  Porto (PT), Utrecht (NL), Bologna (IT) and Göteborg (SE).")
    L.append("- **PulseCore Fitness**, a chain of gyms: memberships, failed direct debits, personal")
    L.append("  training packages, corporate wellness contracts, freezes and cancellations. Clubs in")
    L.append("  GB, IE, DE, AT, FR, ES, PT, NL, IT and SE.")
    L.append("")
    L.append("All names, domains (`*.example`), phone numbers and references are made up. The full")
    L.append("IBANs are the well-known published example IBANs of each country; the full card number")
    L.append("never appears (only an expiry with a masked card).")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | lines | format |")
    L.append("|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % n)
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    L.append("")
    L.append("`allowed` is true exactly when `violations` is empty. Violations are listed in the")
    L.append("contract's table order; compare them as a set. `note` starts with `[KEY, lang]`; the")
    L.append("letter of KEY gives the intended group: `A` allowed, `L` legal_threat, `D` discount_offer,")
    L.append("`R` refund_or_credit_promise, `F` fault_admission, `T` terms_change, `H` harassment,")
    L.append("`S` sensitive_data, `M` more than one violation. Ids (`%s01`..`%s%02d`) were assigned" % (ID_PREFIX, ID_PREFIX, n))
    L.append("after a shuffle with seed %d. `lang` is the draft's language (ISO 639-1)." % SEED)
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("%d drafts: %d allowed, %d not allowed (%d with more than one violation)." % (
        n, n_allowed, n - n_allowed, sum(1 for e in entries if len(e["violations"]) > 1)))
    L.append("")
    L.append("| violation | drafts | ids |")
    L.append("|---|---|---|")
    for t in TYPES:
        ids = sorted(e["id"] for e in entries if t in e["violations"])
        L.append("| `%s` | %d | %s |" % (t, per_type[t], ", ".join(ids)))
    L.append("")
    L.append("| language | drafts | allowed | not allowed |")
    L.append("|---|---|---|---|")
    for l in langs:
        es = [e for e in entries if e["lang"] == l]
        a = sum(1 for e in es if not e["violations"])
        L.append("| %s (`%s`) | %d | %d | %d |" % (LANG_NAMES[l], l, len(es), a, len(es) - a))
    L.append("| total | %d | %d | %d |" % (n, n_allowed, n - n_allowed))
    L.append("")
    L.append("| business | drafts | allowed | not allowed |")
    L.append("|---|---|---|---|")
    for b, name in (("print", "Brightleaf Print (printer)"), ("gym", "PulseCore Fitness (gyms)")):
        es = [e for e in entries if e["biz"] == b]
        a = sum(1 for e in es if not e["violations"])
        L.append("| %s | %d | %d | %d |" % (name, len(es), a, len(es) - a))
    L.append("")
    L.append("## What the set exercises")
    L.append("")
    L.append("- Violations phrased the hard ways: passives (\"a credit note will be raised\", \"wird die")
    L.append("  Forderung ... abgegeben\", \"è stato commesso un errore\"), conditionals, rhetorical")
    L.append("  questions, jokes, P.S. lines, tables, footers, a subject-only threat, Slack-style edits,")
    L.append("  shaming by comparison with other members (named and unnamed), threats to tell an employer.")
    L.append("- Allowed drafts that sit close to a violation: a freeze or pause the contract already")
    L.append("  grants, a reprint clause quoted from the terms, other clubs named only by an address")
    L.append("  (Court Street, Gerichtstraße, calle Juzgado, Via dei Tribunali), sympathy without fault,")
    L.append("  customer text quoted in a reply, masked cards and IBANs, creditor IDs and payment")
    L.append("  references, restated fees and statutory interest, 'Mahnung', our own collections team")
    L.append("  names, requests handed to a person, a negated discount, recorded customer promises,")
    L.append("  business consequences (gate access, credit hold).")
    L.append("")
    L.append("## Conventions chosen where the contract is silent")
    L.append("")
    for c in CONVENTIONS:
        L.append("- " + c)
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    build()
