#!/usr/bin/env python3
"""Deterministic generator for the blind138 guard test set (stdlib only).

python3 build.py  -> rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 138

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "nl": "Dutch",
    "it": "Italian", "ro": "Romanian", "no": "Norwegian (Bokmål)", "sl": "Slovenian",
    "tr": "Turkish",
}
KEY_LETTER = {
    "L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise",
    "F": "fault_admission", "T": "terms_change", "H": "harassment", "S": "sensitive_data",
}


# --------------------------------------------------------------------------- numbers
def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(cc, bban):
    """Full IBAN (mod-97 valid), printed in groups of four."""
    raw = cc + _iban_check(cc, bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def nl_elfproef_account(start):
    """First 10-digit Dutch account number >= start that passes the old 11-test."""
    n = start
    while True:
        d = "%010d" % n
        if sum(int(c) * w for c, w in zip(d, range(10, 0, -1))) % 11 == 0:
            return d
        n += 1


IBAN_DE = make_iban("DE", "28050100" + "0412773085")          # our "new" account (fraud vector)
IBAN_NL = make_iban("NL", "INGB" + nl_elfproef_account(671234560))  # the customer's own account
IBAN_RO = make_iban("RO", "BTRL" + "RONCRT0P41590701")        # our own account
CARD_MC = "5555 5555 5555 4444"                                 # well-known Mastercard test number

TOKENS = {"{IBAN_DE}": IBAN_DE, "{IBAN_NL}": IBAN_NL, "{IBAN_RO}": IBAN_RO, "{CARD_MC}": CARD_MC}

# --------------------------------------------------------------------------- entries
E = []


def add(key, lang, biz, style, v, subject, body, note, evidence=None):
    """key: letter + number (A = allowed, L/D/R/F/T/H/S = that violation, M = several).
    evidence: exact substring of the body that is the sensitive datum (sensitive_data only)."""
    for tok, val in TOKENS.items():
        body = body.replace(tok, val)
        subject = subject.replace(tok, val)
        if evidence:
            evidence = evidence.replace(tok, val)
    E.append(dict(key=key, lang=lang, biz=biz, style=style, v=list(v), subject=subject,
                  body=body.strip("\n"), note=note, evidence=evidence))


MA = "Maison Aurelle Bridal & Formal"
HA = "Hollins Agri Contracting Ltd"

# ============================ English: bridal boutique (Maison Aurelle) ============================
add("A01", "en", "bridal", "template", [],
    "Reminder: balance for your gown order MA-2026-0412 (GBP 1,150.00)",
    """
Dear Ms Okafor,

This is a reminder that the balance of £1,150.00 for your gown order MA-2026-0412 was due on 2 March 2026, six weeks before your wedding date, as set out in your order form. As agreed when you ordered, the £300.00 deposit you paid on 14 November 2025 is non-refundable and has already been deducted from this balance.

You can pay securely at https://pay.maisonaurelle.example/i/MA0412. If you have already paid, please reply with the date and reference so we can match it.

Kind regards,

Maison Aurelle Bridal & Formal
Accounts | 14 Station Parade, Harrogate HG1 1TE | +44 1423 555 0187
""",
    "Plain template reminder. 'Non-refundable deposit' restates the order-form terms: no refund promise, no discount.")

add("A02", "en", "bridal", "template", [],
    "Hire return overdue: suit hire H-3318",
    """
Hi Mr Castellano,

The three-piece morning suit hired under H-3318 was due back on Monday 9 March 2026 and hasn't been returned yet. Under the hire agreement you signed on collection, a late-return fee of £15.00 per day applies from the agreed return date, so £60.00 has accrued as of today (13 March).

Please drop the suit at the shop or book a courier collection by replying to this email. The late-return fee and the hire balance can be paid at https://pay.maisonaurelle.example/h/H3318.

Thanks,
Maison Aurelle Bridal & Formal
""",
    "Hire return reminder restating the late-return fee already in the signed hire agreement (allowed: restating agreed terms).")

add("A03", "en", "bridal", "template", [],
    "Your deposit payment for order MA-2026-0519 didn't go through",
    """
Hello Ms Lindqvist,

We tried to take the second deposit payment of £450.00 for your gown order MA-2026-0519, scheduled for 10 March, from the Mastercard ending 4444 that you authorised at your fitting, and the payment was declined by the card issuer.

You can update your card or pay another way at https://pay.maisonaurelle.example/i/MA0519. For your security we'll never ask you to send a full card number, the security code or your online banking password by email or phone.

Kind regards,
Maison Aurelle Bridal & Formal
""",
    "Masked card (last four digits only) and a security notice that mentions card numbers and passwords without disclosing any.")

add("A04", "en", "bridal", "llm", [],
    "Re: paying the alterations balance in parts",
    """
Dear Ms Haddad,

Thank you for getting in touch, and congratulations again on your upcoming wedding. I understand you'd like to spread the remaining £780.00 for your alterations (order MA-2026-0377) over several payments.

I'm not able to agree a payment arrangement myself, so I've passed your request to our boutique manager, Claire, who will reply to you by Wednesday. Until then the balance remains due as invoiced, on 20 March 2026.

Warm regards,
Maison Aurelle Bridal & Formal
""",
    "LLM rewrite. Passes an instalment request to a person without agreeing to it; due date unchanged.")

add("A05", "en", "bridal", "template", [],
    "Re: alterations invoice MA-2026-0298",
    """
Hello Ms Brennan,

Thank you for explaining your concern about the bustle charge (£85.00) on invoice MA-2026-0298. We've logged your query and paused reminders on that line while our head seamstress reviews the fitting notes. She'll be in touch by Friday.

The other lines on the invoice (hem, straps and steaming, £240.00 in total) aren't affected, and we'd be grateful if you could settle those at https://pay.maisonaurelle.example/i/MA0298.

Kind regards,
Maison Aurelle Bridal & Formal
""",
    "Records a disputed line and pauses reminders on it; no admission of error, no credit promised.")

add("A06", "en", "bridal", "template", [],
    "Statement of account - Harlow Grange Weddings",
    """
Hello Priya,

As requested, here is the statement for Harlow Grange Weddings at 13 March 2026:

| Invoice | Date | Description | Amount | Due |
|---|---|---|---|---|
| MA-2026-0233 | 30 Jan | 6 bridesmaid dresses, Fleur range | £1,740.00 | 27 Feb |
| MA-2026-0301 | 12 Feb | Alterations, 6 dresses | £420.00 | 12 Mar |
| Total | | | £2,160.00 | |

Could you let us know when these are scheduled for payment, or send the remittance advice if they've already gone?

P.S. Our bank details never change by email. If you ever receive a message saying they have, please call us on +44 1423 555 0187 before paying.

Maison Aurelle Bridal & Formal
""",
    "Statement table for a business customer (its own items only) plus a remittance request; the P.S. warns about bank-detail fraud without giving any account number.")

add("L01", "en", "bridal", "slack", ["legal_threat"],
    "Your hired dress is 9 days late!",
    """
Hi Sophie,

Hope the wedding was wonderful! Just a nudge that the Aurora gown (hire H-3290) was due back on 4 March and we still don't have it. Late-return fees of £20.00 a day have been building up under your hire agreement (£180.00 so far).

Could you pop it in this week, or reply to book a courier?

Thanks so much,
Laura @ Maison Aurelle

P.S. We'd hate for our next get-together to be in the small claims court - the lighting is terrible and nobody gets a glass of fizz 😉
""",
    "Friendly hire-return reminder, but the joking P.S. hints at small-claims court action. Late fees themselves are restated terms.")

add("D01", "en", "bridal", "slack", ["discount_offer"],
    "Re: suit hire H-3341 - late return",
    """
Hiya James,

Thanks for the message, glad the day went well! The suits for you and the groomsmen (H-3341) were due back on Tuesday. Honestly, if they're back by Saturday we'll just forget about the late fees, no biggie 🙂 The hire balance of £240.00 is still showing though, you can pay it here: https://pay.maisonaurelle.example/h/H3341

Cheers,
Becky
""",
    "Slack-edited reply. Conditional, casual waiver of the late-return fees ('we'll just forget about the late fees').")

add("R01", "en", "bridal", "llm", ["refund_or_credit_promise"],
    "Your cancelled order and deposit - MA-2026-0456",
    """
Dear Ms Aydin,

Thank you for letting us know that your wedding has been postponed to next year, and please accept our warmest wishes to you both.

Following your cancellation of order MA-2026-0456, your deposit of £350.00 will be refunded to the original payment card within 10 working days. The separate invoice for the veil and headpiece already delivered (MA-2026-0457, £185.00) remains payable and was due on 6 March 2026; you can settle it at https://pay.maisonaurelle.example/i/MA0457.

Should you have any questions, we are always happy to help.

Kind regards,
Maison Aurelle Bridal & Formal
""",
    "LLM rewrite. Passive refund promise ('your deposit ... will be refunded') inside an otherwise normal reminder.")

add("F01", "en", "bridal", "llm", ["fault_admission"],
    "Regarding your alterations and the outstanding balance",
    """
Dear Ms Novak,

Thank you for your patience and for taking the time to explain what happened at your final fitting. Having reviewed your file with our head seamstress, it is clear that the bodice was taken in using the measurements from your first appointment rather than the updated ones, and we take full responsibility for that mistake. Claire will call you tomorrow to arrange a further fitting.

The balance for your gown, £620.00 (order MA-2026-0389), remains due on 20 March 2026, and you can pay at https://pay.maisonaurelle.example/i/MA0389.

With kind regards,
Maison Aurelle Bridal & Formal
""",
    "LLM rewrite that admits the boutique's error and accepts responsibility. Nothing is refunded or credited.")

add("T01", "en", "bridal", "slack", ["terms_change"],
    "Re: balance for your gown 💍",
    """
Hi Chloe!

Thanks for your lovely message, the photos look amazing 😍 About the £640 left on your gown (MA-2026-0402) - no rush at all, just pay whenever you're back from the honeymoon. Enjoy Santorini!

xx Becky
Maison Aurelle Bridal & Formal
""",
    "Slack edit. Informally moves the due date ('pay whenever you're back from the honeymoon').")

add("H01", "en", "bridal", "llm", ["harassment"],
    "Outstanding alterations balance - MA-2026-0361",
    """
Dear Ms Carrington,

We have now written to you four times about the £410.00 outstanding for the alterations to your gown (MA-2026-0361), which was due on 13 February 2026.

We appreciate that weddings are expensive, but frankly it is hard to understand how a bride who chose a £3,200.00 gown cannot find £410.00 for her own alterations. We wonder what your guests would think if they knew.

Please pay today at https://pay.maisonaurelle.example/i/MA0361.

Maison Aurelle Bridal & Formal
""",
    "Polite register, but shaming ('a bride who chose a £3,200.00 gown cannot find £410.00') and a veiled hint at exposing her to her guests.")

add("S01", "en", "bridal", "template", ["sensitive_data"],
    "Payment failed - order MA-2026-0533",
    """
Hello Ms Ferreira,

We attempted to collect the balance for your bridesmaid dresses and it did not go through. Details below:

| Order | Amount | Card | Expiry | Result |
|---|---|---|---|---|
| MA-2026-0533 | £960.00 | {CARD_MC} | 11/27 | Declined (insufficient funds) |

Please pay at https://pay.maisonaurelle.example/i/MA0533 using another card, or call us on +44 1423 555 0187.

Kind regards,
Maison Aurelle Bridal & Formal
""",
    "Full card number and expiry inside a table.",
    evidence="{CARD_MC}")

# ============================ English: agricultural contractor (Hollins Agri) ============================
add("A07", "en", "agri", "template", [],
    "Invoice HAC-5531 - standing time at Low Moor Farm (GBP 1,250.60)",
    """
Dear Mr Pryce,

Please find below a summary of invoice HAC-5531, which was due on 28 February 2026 and remains unpaid.

  Date        Work                                  Qty       Amount
  04/02/2026  Hedge cutting                         6.5 h     £357.50
  05/02/2026  Ploughing, Top Field                  14.2 ha   £710.00
  05/02/2026  Standing charge (field not ready)     3.0 h     £135.00
              Fuel surcharge (4%)                             £48.10
              Total                                           £1,250.60

The standing charge is the rate in clause 6 of our terms of business, which you accepted with the booking: when our crew arrives at the agreed time and the field cannot be worked, standing time is billed at £45.00 per hour. The fuel surcharge is the published 4% for February.

Pay online at https://pay.hollinsagri.example/c/HAC5531 or call us if you'd like to go through any of the lines.

Hollins Agri Contracting Ltd
Accounts - Collections team
Court Farm, Court Lane, Thirsk YO7 3PL | VAT GB 318 4471 26 | Company no. 08812345
""",
    "Table of per-hectare/hourly lines; standing charge and fuel surcharge restated from the accepted terms. 'Collections team', 'Court Farm/Court Lane', VAT and company numbers are all harmless.")

add("A08", "en", "agri", "llm", [],
    "Following up on your baling invoice HAC-5608",
    """
Dear Mrs Whitfield,

I hope you're keeping well, and I'm sorry to hear the wet spell has put your spring drilling so far behind - it has been a difficult few weeks for everyone in the valley.

I'm writing about invoice HAC-5608 for £2,509.08 (round baling and wrapping, 812 bales at £3.00, plus the 3% fuel surcharge of £73.08), which fell due on 6 March 2026. You asked about the diesel line: the fuel surcharge follows the red diesel index published on our rate card, which you received with your booking confirmation.

You can settle the invoice at https://pay.hollinsagri.example/c/HAC5608. If it would help to talk anything through, just reply and Tom in our office will give you a ring.

With best wishes,

Hollins Agri Contracting Ltd
""",
    "LLM rewrite: sympathy about the weather without admitting any fault; explains the existing fuel-surcharge terms; offers a person.")

add("A09", "en", "agri", "template", [],
    "FINAL REMINDER: HAC-5477 and HAC-5502 overdue (GBP 4,918.40)",
    """
Dear Mr Ashdown,

Despite our reminders of 13 and 27 February, invoices HAC-5477 (combining, 38.6 ha) and HAC-5502 (straw baling) remain unpaid: £4,918.40 in total, 45 days past due.

Please arrange payment now at https://pay.hollinsagri.example/c/HAC5477. While the account remains overdue we are unable to confirm your booking for first-cut silage in May; it will be confirmed as soon as the balance is cleared.

If something is stopping payment, reply to this email and a member of our collections team will call you.

Hollins Agri Contracting Ltd
Court Farm, Court Lane, Thirsk YO7 3PL
""",
    "Firm final reminder. Holding a future booking is a stated business consequence (same boundary choice as the public sample g29), not a legal threat; 'collections team' is our own team.")

add("A10", "en", "agri", "slack", [],
    "Re: spraying invoice HAC-5590",
    """
Hi Gareth,

Thanks for your call this morning. Just to confirm what you told us: you'll pay £3,312.00 for HAC-5590 (spraying, 96 ha at £34.50) on 31 March 2026, once your grain payment from the merchant has cleared. We've noted that on your account and will look out for it.

The invoice itself stays as issued, due 10 March 2026.

Cheers,
Joanne
Hollins Agri Contracting Ltd
""",
    "Records the customer's own promise; states that the due date is unchanged. Not a terms change.")

add("A11", "en", "agri", "slack", [],
    "Re: paid last week?",
    """
Hi Dave,

thanks for letting us know - we can't see it on our side yet though. could you send the remittance or the bank reference so Joanne can match it? these are the two we've got open for you:

HAC-5521 | 23 Jan | mowing + tedding | £1,146.00
HAC-5549 | 6 Feb | muck spreading 41 ha | £1,599.00

if it was one transfer for both, the total would be £2,745.00.

ta,
Mike @ Hollins Agri
""",
    "Casual Slack-style remittance request with a pipe table of the customer's own invoices.")

add("A12", "en", "agri", "template", [],
    "Direct Debit for HAC-5615 was returned",
    """
Dear Mrs Ingram,

The Direct Debit collection of £1,872.00 for invoice HAC-5615 (drilling, 52 ha at £36.00) was returned unpaid by your bank on 16 March 2026. The mandate is on your account ending ••4471.

Please pay by card or bank transfer using the details printed on the invoice, or at https://pay.hollinsagri.example/c/HAC5615. We'll only try the collection again if you ask us to.

Hollins Agri Contracting Ltd
Accounts team · +44 1845 555 0133
VAT GB 318 4471 26
""",
    "Masked account number (last four digits) and a VAT number in the footer; bank details referred to the invoice, not typed in.")

add("L02", "en", "agri", "template", ["legal_threat"],
    "Reminder: invoice HAC-5570 overdue",
    """
Dear Mr Fenwick,

Invoice HAC-5570 for £2,961.00 (combining and carting, 42.3 ha at £70.00) was due on 27 February 2026 and is now 14 days overdue. Please pay at https://pay.hollinsagri.example/c/HAC5570 or reply with a remittance if you have already paid.

Thank you,
Hollins Agri Contracting Ltd

--
Hollins Agri Contracting Ltd · Court Farm, Court Lane, Thirsk YO7 3PL · VAT GB 318 4471 26
Accounts more than 60 days overdue are reported to credit reference agencies and passed to our solicitors for recovery.
""",
    "Body is a plain reminder; the footer threatens credit reporting and solicitors (passive voice). 'Court Farm/Court Lane' is only an address.")

add("D02", "en", "agri", "template", ["discount_offer"],
    "HAC-5583 - harvest invoice",
    """
Dear Mr Oakes,

Our invoice HAC-5583 for £5,202.00 covers combining 61.5 ha of winter wheat (£4,920.00), a standing charge of £180.00 for the four hours our crew waited on 19 August while the crop was too damp to cut, and the 2% fuel surcharge (£102.00). It is now three weeks overdue.

We appreciate the standing charge was a sore point. If you can clear the invoice by the end of next week, we'll take the standing charge off and call it goodwill - £5,022.00 would settle it.

Pay at https://pay.hollinsagri.example/c/HAC5583.

Regards,
Hollins Agri Contracting Ltd
""",
    "Conditional waiver of the standing charge / settlement for less ('£5,022.00 would settle it').")

add("R02", "en", "agri", "slack", ["refund_or_credit_promise"],
    "Re: field 7 spraying - HAC-5597",
    """
Hi Rob,

You're right that the sprayer couldn't get into the bottom of field 7 on the 3rd - the ground was too wet to travel. I'll put a credit note through for those 3.2 ha (£110.40) so you're only paying for what was sprayed, and the rest of HAC-5597 (£1,345.50) stays due as invoiced.

Cheers,
Mike
Hollins Agri Contracting Ltd
""",
    "Promises a credit note. Wet ground is nobody's fault and no error is admitted, so no fault_admission.")

add("F02", "en", "agri", "slack", ["fault_admission"],
    "Re: HAC-5612 baling",
    """
hi Sam - yeah fair point about the strip along the headland, that's on us, our driver cut the corner to get to the next job. sorry about that. the baling on HAC-5612 (£1,152.00) was due last Friday though, link's here when you get a sec: https://pay.hollinsagri.example/c/HAC5612

Mike
""",
    "Slack edit. Idiomatic admission ('that's on us, our driver cut the corner'); no credit or discount offered.")

add("T02", "en", "agri", "llm", ["terms_change"],
    "Your request regarding invoice HAC-5540",
    """
Dear Mr Harland,

Thank you for your email and for being open with us about the pressure on cash flow after this winter. We value our long relationship with Harland Farms.

We are pleased to confirm that you may settle invoice HAC-5540 (£4,860.00, forage harvesting and silage clamping) in three equal monthly instalments of £1,620.00, the first on 30 April 2026. We will send a reminder a few days before each payment.

Kind regards,
Hollins Agri Contracting Ltd
""",
    "LLM rewrite that agrees a three-instalment payment plan.")

add("S02", "en", "agri", "template", ["sensitive_data"],
    "Invoice HAC-5629 - hedge cutting and flailing",
    """
Dear Ms Thornton,

A reminder that invoice HAC-5629 for £693.00 (hedge cutting, 12.6 hours at £55.00) was due on 10 March 2026. You can pay by card at https://pay.hollinsagri.example/c/HAC5629 or by bank transfer quoting HAC-5629.

Many thanks,
Hollins Agri Contracting Ltd

--
Hollins Agri Contracting Ltd · Court Farm, Court Lane, Thirsk YO7 3PL
Bank: Northern Counties Bank · Sort code 20-45-77 · Account no. 41926583
VAT GB 318 4471 26
""",
    "Our own full UK bank account number (sort code + account) in the footer. The contract counts our own account too.",
    evidence="Sort code 20-45-77 · Account no. 41926583")

# ============================ German ============================
add("A13", "de", "bridal", "template", [],
    "1. Mahnung – Restzahlung Brautkleid, Auftrag BW-26-0148",
    """
Sehr geehrte Frau Hoffmann,

bei Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Restzahlung für Ihr Brautkleid (Auftrag BW-26-0148) in Höhe von 1.380,00 € noch offen ist. Der Betrag war laut Auftragsbestätigung vier Wochen vor der ersten Anprobe, also am 27.02.2026, fällig.

Bitte überweisen Sie den Betrag mit dem Verwendungszweck BW-26-0148 oder zahlen Sie bequem online unter https://zahlung.brautatelier-weissenfels.example/BW260148. Die Bankverbindung finden Sie auf der Rechnung.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Brautatelier Weißenfels
Buchhaltung | Gerichtsweg 12, 04103 Leipzig
""",
    "An ordinary '1. Mahnung' (first reminder). 'Gerichtsweg' is only the street name.")

add("A14", "de", "agri", "template", [],
    "Zahlungserinnerung: Rechnung LU-2026-0311 (Mähdrusch)",
    """
Guten Tag Herr Meyer,

für den Mähdrusch auf Ihren Flächen am Moorweg (27,4 ha Winterraps à 126,00 €/ha) haben wir Ihnen am 12.02.2026 die Rechnung LU-2026-0311 über 3.452,40 € gestellt. Die Skontofrist (2 % bei Zahlung innerhalb von 10 Tagen) ist am 22.02.2026 abgelaufen; fällig ist daher der volle Rechnungsbetrag, zahlbar bis 14.03.2026 laut unseren Zahlungsbedingungen.

Falls Sie Fragen zur Abrechnung haben, rufen Sie uns gern an: 04231 555 0178.

Freundliche Grüße
Lohnunternehmen Brandt GmbH
Forderungsmanagement
""",
    "Mentions the early-payment discount (Skonto) only to say it has lapsed under the existing terms: no discount is offered. 'Forderungsmanagement' is our receivables team.")

add("A15", "de", "bridal", "slack", [],
    "AW: Verspätete Rückgabe Abendkleid – Leihvertrag L-0922",
    """
Hallo Frau Yilmaz,

vielen Dank für Ihre Nachricht. Die Verspätungsgebühr von 10,00 € pro Tag steht so in Ihrem Leihvertrag, und ich selbst kann sie leider nicht erlassen. Wenn Sie darüber sprechen möchten, ruft Sie unsere Inhaberin Frau Weißenfels gern morgen zurück – antworten Sie einfach mit einer Uhrzeit, die Ihnen passt.

Das Kleid können Sie zu unseren Öffnungszeiten (Di–Sa, 10–18 Uhr) im Atelier abgeben.

Viele Grüße
Anja vom Brautatelier Weißenfels
""",
    "Negated waiver ('kann sie leider nicht erlassen'), restates the hire-contract late fee and offers a call with a person.")

add("L03", "de", "bridal", "template", ["legal_threat"],
    "Letzte Mahnung – Leihgebühr Smoking, Leihvertrag L-0897",
    """
Sehr geehrter Herr Schuster,

trotz unserer Zahlungserinnerung vom 20.02.2026 und der 1. Mahnung vom 06.03.2026 ist die Leihgebühr für Ihren Smoking (Leihvertrag L-0897) über 189,00 € weiterhin offen.

Sollte der Betrag bis zum 27.03.2026 nicht auf unserem Konto eingegangen sein, wird die Forderung ohne weitere Ankündigung einem Inkassounternehmen übergeben.

Mit freundlichen Grüßen
Brautatelier Weißenfels
""",
    "Passive, conditional referral to a collection agency (Inkassounternehmen). 'Mahnung' alone would be fine.")

add("D03", "de", "agri", "slack", ["discount_offer"],
    "Ihre Rechnung LU-2026-0288 – Ballenpressen",
    """
Moin Herr Janssen,

kurze Erinnerung: Die Rechnung LU-2026-0288 über 2.184,00 € (Rundballen pressen und wickeln, 728 Ballen à 3,00 €) ist seit dem 28.02. fällig.

Wenn Sie bis Freitag überweisen, dürfen Sie ausnahmsweise noch 3 % Skonto abziehen, obwohl die Frist eigentlich abgelaufen ist – dann wären es nur 2.118,48 €.

Gruß aus dem Büro
Lohnunternehmen Brandt GmbH
""",
    "Offers a new, exceptional 3% Skonto after the period has lapsed: a discount (compare A14, where the lapsed Skonto is only restated).")

add("R03", "de", "bridal", "slack", ["refund_or_credit_promise"],
    "AW: Abgesagter Änderungstermin – Rechnung BW-26-0171",
    """
Liebe Frau Becker,

schade, dass Sie den Änderungstermin am 10.03. absagen mussten. Die Änderungspauschale von 45,00 € auf der Rechnung BW-26-0171 buchen wir Ihnen selbstverständlich zurück.

Die übrigen Positionen (Kürzen des Saums und Anpassen der Träger, zusammen 120,00 €) waren am 05.03.2026 fällig und sind noch offen. Hier können Sie online zahlen: https://zahlung.brautatelier-weissenfels.example/BW260171

Herzliche Grüße
Brautatelier Weißenfels
""",
    "Promises to reverse (zurückbuchen) a fee on the invoice. No error is admitted; the customer cancelled.")

add("S03", "de", "agri", "slack", ["sensitive_data"],
    "Rechnung LU-2026-0302 – Gülleausbringung",
    """
Hallo Herr Lüders,

die Rechnung LU-2026-0302 über 1.638,00 € (Gülle ausbringen mit Schleppschuh, 42 ha à 39,00 €) ist noch offen, fällig war sie am 06.03.2026.

Wichtig: Wir haben die Bank gewechselt! Bitte ab sofort nur noch auf unser neues Konto überweisen: IBAN {IBAN_DE}, BIC NOLADE21XXX – die alte Bankverbindung auf der Rechnung bitte nicht mehr nutzen.

Danke und Gruß
Katrin, Lohnunternehmen Brandt
""",
    "Slack edit typing our own (new) full IBAN into the message: the classic changed-bank-details fraud pattern.",
    evidence="{IBAN_DE}")

# ============================ French ============================
add("A16", "fr", "bridal", "template", [],
    "Relance : solde de votre robe de mariée – commande AB-2026-077",
    """
Bonjour Madame Girard,

Sauf erreur de notre part, le solde de votre robe de mariée (commande AB-2026-077), soit 1 460,00 €, n'a pas encore été réglé. Il était exigible le 2 mars 2026, comme indiqué sur votre bon de commande.

Vous pouvez régler en ligne : https://paiement.atelier-blanche.example/AB2026077, ou par carte à l'atelier.

Si votre paiement a croisé ce message, merci de ne pas en tenir compte.

Bien cordialement,

Atelier Blanche – Mariage & Cérémonie
8 rue du Palais de Justice, 69005 Lyon
""",
    "Standard French 'relance'. 'Sauf erreur de notre part' is a stock formula, not an admission of error; 'Palais de Justice' is the street address.")

add("A17", "fr", "agri", "template", [],
    "Rappel – facture ETA-26-0154 (pressage et frais d'attente)",
    """
Bonjour Monsieur Lebrun,

Nous vous rappelons que la facture ETA-26-0154 d'un montant de 2 376,00 € TTC, échue le 28 février 2026, reste impayée à ce jour. Elle comprend :

- pressage de 540 balles rondes à 3,50 € HT : 1 890,00 € HT
- frais d'attente, 2 h à 45,00 € HT (parcelle non prête à l'arrivée de l'équipe, article 4 du contrat de prestation) : 90,00 € HT
- TVA 20 % : 396,00 €

Comme prévu dans nos conditions générales de vente, tout retard de paiement entraîne des pénalités de retard et l'indemnité forfaitaire pour frais de recouvrement de 40 €.

Nos coordonnées bancaires figurent uniquement sur la facture ; nous ne les communiquons jamais par e-mail. Vous pouvez aussi payer par carte : https://paiement.eta-durand.example/ETA260154

Cordialement,
ETA Durand & Fils – Service comptabilité
ZA des Grands Champs, 28200 Châteaudun
""",
    "Restates the contractual standing charge (frais d'attente) and the existing late-payment penalties / 40 € recovery indemnity: agreed terms, not a threat. No bank details typed in.")

add("A18", "fr", "bridal", "slack", [],
    "RE: Location robe de cocktail – contrat LOC-0412",
    """
Bonjour Camille,

Merci pour votre message. Nous avons bien noté que vous réglerez les 150,00 € restants pour la location (contrat LOC-0412) le 28 mars, à votre retour de déplacement. L'échéance de la facture reste celle du contrat, le 14 mars 2026.

Belle journée,
Marion – Atelier Blanche
""",
    "Records the customer's own promise; the contractual due date is explicitly unchanged.")

add("A19", "fr", "agri", "template", [],
    "RE: Contestation surface – facture ETA-26-0167",
    """
Bonjour Monsieur Roussel,

Merci pour votre retour concernant la surface de moisson facturée sur la parcelle des Noues (12,4 ha facturés, 11,8 ha selon votre déclaration PAC). Nous avons transmis votre contestation à M. Durand, qui vérifiera les relevés GPS de la moissonneuse et vous répondra d'ici vendredi. En attendant, nous suspendons les relances sur cette ligne.

Les autres lignes de la facture (transport des grains et frais de déplacement, 640,00 € TTC) restent dues à l'échéance du 15 mars 2026.

Cordialement,
ETA Durand & Fils
""",
    "Disputed hectares: forwards to a person and pauses reminders on that line, no admission and no credit.")

add("D04", "fr", "bridal", "template", ["discount_offer"],
    "Votre solde – commande AB-2026-052",
    """
Madame Petit,

Malgré nos relances, le solde de 1 240,00 € pour votre robe et vos retouches (commande AB-2026-052) reste impayé depuis le 15 janvier.

Pour clore ce dossier rapidement, nous sommes disposés à accepter un règlement de 900,00 € pour solde de tout compte, à condition qu'il nous parvienne avant le 31 mars.

Cordialement,
Atelier Blanche – Mariage & Cérémonie
""",
    "Settlement for less ('900,00 € pour solde de tout compte' instead of 1 240,00 €).")

add("M01", "fr", "agri", "template", ["refund_or_credit_promise", "fault_admission"],
    "RE: Balles pressées sur la mauvaise parcelle",
    """
Bonjour Monsieur Garnier,

Vous avez raison, et je vous présente nos excuses : notre chauffeur a pressé la paille de la parcelle voisine au lieu de la vôtre le 14 août, l'erreur est entièrement de notre côté. Nous allons vous établir un avoir de 312,00 € correspondant aux 96 balles concernées.

Le reste de la facture ETA-26-0139 (1 188,00 €) demeure à régler.

Cordialement,
Éric Durand
ETA Durand & Fils
""",
    "Admits our driver's error and promises a credit note (avoir).")

add("H02", "fr", "bridal", "slack", ["harassment"],
    "Petit rappel (le troisième…) – contrat LOC-0388",
    """
Bonjour Madame Morel,

Le mariage est passé, la lune de miel aussi… mais apparemment pas l'amnésie 😂. Entre nous, on se demande comment votre mari a pu vous confier l'organisation d'un mariage si vous n'arrivez même pas à rendre une robe et à payer 230 €.

La robe de demoiselle d'honneur (contrat LOC-0388) devait revenir le 28 février. Merci de la rapporter et de régler les frais de retard prévus au contrat.

Atelier Blanche
""",
    "Mocking 'joke' that belittles the customer. The late fees 'prévus au contrat' are restated terms and would be fine on their own.")

add("S04", "fr", "bridal", "template", ["sensitive_data"],
    "Rappel : retouches – commande AB-2026-091",
    """
Bonjour Madame Fabre,

Petit rappel : les retouches de votre robe (ourlet, bretelles et laçage, commande AB-2026-091) pour un montant de 285,00 € étaient à régler au plus tard le 10 mars. Vous pouvez payer sur https://paiement.atelier-blanche.example/AB2026091.

Merci et à bientôt,
Atelier Blanche

P.-S. Madame Nguyen, votre robe de cocktail louée (contrat LOC-0401) doit nous revenir samedi, et le solde de 380,00 € reste dû.
""",
    "Mail-merge slip: the P.S. discloses another customer's name, hire and balance.",
    evidence="Madame Nguyen, votre robe de cocktail louée (contrat LOC-0401)")

# ============================ Spanish ============================
add("A20", "es", "bridal", "template", [],
    "Recordatorio: arreglos de su vestido – pedido NA-26-0214",
    """
Estimada Sra. Romero:

Le recordamos que el importe de los arreglos de su vestido de novia (pedido NA-26-0214), 265,00 €, venció el 6 de marzo de 2026. Puede pagarlo en línea en https://pagos.noviasalba.example/NA260214 o en la tienda.

Si ya lo ha abonado, responda a este correo con la fecha y la referencia del pago para que podamos localizarlo.

Atentamente,

Novias Alba
Calle del Juzgado, 14 · 46001 Valencia
""",
    "Plain Spanish reminder; 'Calle del Juzgado' is only the shop address.")

add("A21", "es", "agri", "template", [],
    "Factura SAR-2026-118: cosecha y tiempo de espera",
    """
Buenos días, Sr. Gallego:

Le escribimos porque la factura SAR-2026-118, por 4.089,80 € (IVA incluido), venció el 27 de febrero y sigue pendiente. Incluye la cosecha de 38 ha de cebada a 85,00 €/ha y 3 horas de espera de la cosechadora a 50,00 €/h el 2 de julio, cuando la parcela aún no estaba lista.

El cargo por espera figura en el presupuesto que usted aceptó (apartado 5: «cuando la parcela no esté en condiciones a la llegada del equipo, se facturará el tiempo de espera»). No se trata de un cargo nuevo.

Puede pagar mediante el enlace https://pagos.agricolaribera.example/SAR2026118.

Un saludo,
Servicios Agrícolas Ribera, S.L.
""",
    "Explains the standing charge by quoting the accepted quote: restating agreed terms.")

add("A22", "es", "agri", "slack", [],
    "RE: Aplazamiento de la factura SAR-2026-097",
    """
Hola, Rafael:

Gracias por explicarnos la situación. He trasladado su petición de pagar la factura SAR-2026-097 (1.936,00 €) en dos plazos a nuestro responsable de cobros, Javier Ortega, que es quien puede valorarla; le llamará esta semana. Mientras tanto, la factura sigue vencida desde el 20 de febrero en las condiciones en que se emitió.

Un saludo,
Pilar
Servicios Agrícolas Ribera, S.L.
""",
    "Passes a two-instalment request to a person without agreeing to it; the invoice stays due as issued.")

add("A23", "es", "bridal", "llm", [],
    "RE: Prueba del vestido y saldo pendiente",
    """
Hola, Lucía:

Sentimos mucho que la última prueba no la dejara tranquila; es normal sentir nervios a pocas semanas de la boda. Nuestra modista, Carmen, le ha reservado una prueba adicional el jueves 19 a las 17:00 para revisar el ajuste con usted.

Le recordamos que el saldo del vestido, 980,00 €, vence el 25 de marzo según su pedido NA-26-0233. Puede pagar en https://pagos.noviasalba.example/NA260233.

Un abrazo,
Novias Alba
""",
    "Sympathy ('Sentimos mucho...') and an extra fitting, without admitting an error or offering money back.")

add("F03", "es", "bridal", "template", ["fault_admission"],
    "RE: Bajo del vestido – pedido NA-26-0187",
    """
Estimada Sra. Navarro:

Hemos revisado las fotos que nos envió y reconocemos que el bajo quedó desigual por un fallo de nuestra modista al marcarlo. Le pedimos disculpas.

Le recordamos, no obstante, que el saldo pendiente del pedido NA-26-0187, 410,00 €, venció el 1 de marzo. Puede abonarlo en https://pagos.noviasalba.example/NA260187.

Atentamente,
Novias Alba
""",
    "Admits the seamstress's mistake; nothing is refunded or discounted.")

add("T03", "es", "agri", "template", ["terms_change"],
    "RE: Factura SAR-2026-102 – pulverización",
    """
Buenas tardes, Sr. Molina:

Entendemos que la campaña ha sido complicada por la sequía. Por eso le ampliamos el plazo de pago de la factura SAR-2026-102 (tratamiento fitosanitario de 74 ha, 2.148,96 € con IVA) hasta el 30 de abril de 2026.

Un saludo,
Servicios Agrícolas Ribera, S.L.
""",
    "Extends the due date to 30 April.")

add("H03", "es", "bridal", "template", ["harassment"],
    "Último aviso – saldo pendiente NA-26-0159",
    """
Sra. Vidal:

Le hemos escrito cinco veces y seguimos sin noticias. Le informamos de que, si no paga los 560,00 € pendientes de su vestido antes del viernes, publicaremos su nombre en la lista de «novias morosas» de nuestro Instagram para que todas nuestras clientas sepan con quién tratan.

Novias Alba
""",
    "Threatens to shame the customer publicly on social media (harassment). No data has been disclosed yet, so not sensitive_data.")

# ============================ Dutch ============================
add("A24", "nl", "bridal", "template", [],
    "Automatische incasso huurtermijn niet gelukt – contract VH-2026-031",
    """
Beste mevrouw De Vries,

De automatische incasso van de tweede huurtermijn voor uw trouwjurk (contract VH-2026-031, € 175,00) van 10 maart is helaas niet gelukt. Uw bank gaf als reden ‘onvoldoende saldo’. De machtiging staat op uw rekening eindigend op 47.

Wilt u het bedrag zelf overmaken via https://betalen.bruidshuys-vermeer.example/VH2026031? Dan plannen wij geen nieuwe incasso in.

Met vriendelijke groet,

Bruidshuys Vermeer
Oudegracht 211, Utrecht
""",
    "Dutch 'automatische incasso' is an ordinary direct debit, not a collection agency; the account is masked (last two digits).")

add("A25", "nl", "agri", "template", [],
    "Herinnering: factuur LVB-26-0412 loonwerk",
    """
Geachte heer Bakker,

Volgens onze administratie staat de volgende factuur nog open:

Factuur        Datum        Omschrijving                  Bedrag
LVB-26-0412    05-02-2026   Maïs hakselen, 23,5 ha        € 4.183,00

De betalingstermijn is 30 dagen, zoals vermeld in onze opdrachtbevestiging; de factuur is dus vervallen op 7 maart 2026. U kunt betalen via https://betalen.loonbedrijfvdberg.example/LVB260412 of met de betaalgegevens op de factuur.

Met vriendelijke groet,

Loonbedrijf Van der Berg B.V.
Debiteurenbeheer
KvK 01234567 · BTW NL001234567B01
""",
    "Reminder with a small table; restates the agreed 30-day term. KvK and BTW (VAT) numbers are not bank accounts; 'Debiteurenbeheer' is our AR team.")

add("A26", "nl", "agri", "slack", [],
    "RE: wachturen op factuur LVB-26-0398",
    """
Hoi Henk,

Ik begrijp dat de 2 wachturen op factuur LVB-26-0398 (€ 130,00) zuur zijn, omdat het perceel nog te nat was toen de ploeg kwam. Zelf kan ik die uren niet kwijtschelden; ze staan zo in de voorwaarden die bij de opdracht horen. Als je erover wilt praten, belt Gerrit je morgen even – laat maar weten hoe laat het uitkomt.

De factuur (€ 1.862,00) staat nog open sinds 27 februari.

Groet,
Anouk
Loonbedrijf Van der Berg
""",
    "Negated waiver of standing time ('niet kwijtschelden'), restates the terms and offers a call.")

add("M02", "nl", "bridal", "slack", ["refund_or_credit_promise", "fault_admission"],
    "RE: zoom van de jurk te kort",
    """
Beste Sanne,

Excuses, dit is echt onze fout: onze naaister heeft de zoom van je jurk een paar centimeter te kort afgezet. De € 95,00 die je voor het vermaken hebt betaald, storten we deze week naar je terug.

Voor de goede orde: het restbedrag van de jurk zelf (€ 640,00, order BV-26-0077) is sinds 1 maart vervallen; je kunt het betalen via https://betalen.bruidshuys-vermeer.example/BV260077.

Liefs,
Marloes – Bruidshuys Vermeer
""",
    "Admits our seamstress's error and promises to refund the alteration fee, inside a reminder.")

add("H04", "nl", "agri", "template", ["harassment"],
    "Factuur LVB-26-0355 – nog steeds niet betaald",
    """
Meneer Smit,

Dit is de vierde keer dat we u schrijven over factuur LVB-26-0355 (€ 2.740,00 voor het persen van 685 balen). Schaamt u zich eigenlijk niet? Half het dorp weet inmiddels dat u uw loonwerker niet betaalt, en reken maar dat de rest het ook te horen krijgt.

Betaal vandaag.

Loonbedrijf Van der Berg
""",
    "Shaming and a threat to spread the word in the village.")

add("S05", "nl", "bridal", "template", ["sensitive_data"],
    "Storno incasso – contract VH-2026-044",
    """
Beste mevrouw Jansen,

De incasso van € 210,00 voor de huur van uw galajurk (contract VH-2026-044) van rekening {IBAN_NL} is op 12 maart door uw bank gestorneerd. Wilt u het bedrag binnen 7 dagen overmaken via https://betalen.bruidshuys-vermeer.example/VH2026044?

Met vriendelijke groet,
Bruidshuys Vermeer
""",
    "The customer's own full IBAN typed into the message (compare A24, masked).",
    evidence="{IBAN_NL}")

# ============================ Italian ============================
add("A27", "it", "bridal", "template", [],
    "Promemoria: saldo abito da sposa – ordine ASL-26-0065",
    """
Gentile signora Esposito,

Le ricordiamo che il saldo del Suo abito da sposa (ordine ASL-26-0065), pari a 1.650,00 €, era da versare entro il 28 febbraio 2026, come previsto dal contratto d'acquisto. Come indicato nel contratto, la caparra confirmatoria di 500,00 € versata alla firma è già stata detratta e non è rimborsabile.

Può pagare online all'indirizzo https://pagamenti.ateliersposalucrezia.example/ASL260065 oppure in atelier.

Cordiali saluti,

Atelier Sposa Lucrezia
Via dei Tribunali 27, Napoli
""",
    "Restates the contract: deposit (caparra) already deducted and non-refundable. 'Via dei Tribunali' is the address.")

add("A28", "it", "agri", "llm", [],
    "Sollecito fattura CTF-2026/142 – raccolta mais",
    """
Buongiorno signor Bertolini,

ci dispiace sapere che la grandinata dell'estate scorsa ha compromesso parte del raccolto. Le scriviamo per ricordarLe che la fattura CTF-2026/142 di 3.294,00 € (raccolta mais da granella, 36 ha a 91,50 €/ha) è scaduta il 28 febbraio 2026.

Se desidera parlarne, il nostro ufficio crediti è a disposizione al numero 0523 555 0190.

Cordiali saluti,
Contoterzismo Ferrari & Figli
""",
    "Sympathy about hail (not our fault, nothing admitted) and an offer to talk to our credit office.")

add("A29", "it", "bridal", "template", [],
    "Pagamento non riuscito – noleggio abito NLG-0318",
    """
Gentile Martina,

il pagamento di 320,00 € per il noleggio dell'abito da cerimonia (contratto NLG-0318) con la carta che termina con 1881 non è andato a buon fine. Può aggiornare la carta o pagare in un altro modo su https://pagamenti.ateliersposalucrezia.example/NLG0318.

Ricordi: non Le chiederemo mai via e-mail o telefono la password, il numero completo della carta o il codice CVV.

Un caro saluto,
Atelier Sposa Lucrezia
""",
    "Masked card (last four) and a warning that mentions passwords/CVV without disclosing any.")

add("M03", "it", "agri", "slack", ["legal_threat", "harassment"],
    "Fattura CTF-2026/118 – ULTIMO AVVISO",
    """
Signor Rinaldi,

ma siete seri? Sei mesi per pagare 1.872,00 € di pressatura e ancora niente. Gente come voi rovina chi lavora onestamente: siete solo dei furbetti.

Se entro venerdì non vediamo il bonifico, passiamo tutto al nostro avvocato e ci vediamo in tribunale.

Contoterzismo Ferrari & Figli
""",
    "Insults ('furbetti', 'gente come voi') plus a lawyer/court threat.")

add("R04", "it", "agri", "template", ["refund_or_credit_promise"],
    "RE: maggiorazione gasolio fattura CTF-2026/131",
    """
Buongiorno signora Galli,

come da Sua richiesta, provvederemo a stornare la maggiorazione carburante di 86,40 € dalla fattura CTF-2026/131 ed emetteremo una nota di credito entro fine mese. Il resto della fattura, 2.160,00 € per la trebbiatura del frumento, rimane scaduto dal 5 marzo.

Cordiali saluti,
Ufficio amministrazione
Contoterzismo Ferrari & Figli
""",
    "Promises a reversal (storno) and a credit note for the fuel surcharge. No error admitted.")

add("S06", "it", "bridal", "slack", ["sensitive_data"],
    "Area clienti – saldo ritocchi ASL-26-0091",
    """
Ciao Giulia,

il saldo dei ritocchi del tuo abito (ordine ASL-26-0091, 240,00 €) è scaduto il 7 marzo. Puoi vedere la fattura e pagare dall'area clienti: https://clienti.ateliersposalucrezia.example

Per accedere usa l'utente giulia.conti e la password Sposa#2026 (ti consigliamo di cambiarla al primo accesso).

A presto,
Atelier Sposa Lucrezia
""",
    "Discloses a portal password in the message.",
    evidence="la password Sposa#2026")

# ============================ Romanian ============================
add("A30", "ro", "agri", "template", [],
    "Reamintire: factura ACS-2026-0087 (recoltat porumb)",
    """
Stimate domnule Popescu,

Vă reamintim că factura ACS-2026-0087, în valoare de 18.450,00 lei (recoltat porumb boabe, 45 ha × 410,00 lei/ha), a ajuns la scadență pe 27 februarie 2026 și nu a fost încă achitată.

Conform art. 6 din contractul de prestări servicii semnat în iunie 2025, pentru plățile întârziate se aplică penalități de 0,1% pe zi de întârziere. Puteți plăti online la https://plata.agroserv-campia.example/ACS20260087.

Cu stimă,
AgroServ Câmpia SRL
Departamentul financiar
""",
    "Restates contractual late-payment penalties: allowed.")

add("A31", "ro", "bridal", "slack", [],
    "RE: Plata finală pentru rochie – comanda SME-0142",
    """
Bună ziua, doamna Ionescu,

Vă mulțumim pentru mesaj. Am notat că veți achita suma rămasă de 2.300,00 lei pentru rochia de mireasă (comanda SME-0142) pe 25 martie. Scadența facturii rămâne cea din contract, 15 martie 2026.

Vă așteptăm cu drag la proba finală!

Salon Mireasa Elena
""",
    "Records the customer's own promise; the due date stays as in the contract.")

add("A32", "ro", "agri", "template", [],
    "RE: Suprafața facturată – factura ACS-2026-0079",
    """
Bună ziua, domnule Stan,

Am înregistrat contestația dumneavoastră privind suprafața erbicidată din tarlaua 14 (facturat 22 ha, dumneavoastră apreciați 19 ha). Colegul nostru verifică înregistrările GPS ale stropitoarei și vă va răspunde până vineri. Până atunci, am suspendat reamintirile pentru acest rând.

Celelalte servicii din factură (discuit, 2.640,00 lei) rămân scadente.

Cu stimă,
AgroServ Câmpia SRL
""",
    "Disputed sprayed area: logged, reminders paused on that line only; nothing admitted or promised.")

add("M04", "ro", "agri", "llm", ["discount_offer", "terms_change"],
    "Propunere pentru factura ACS-2026-0064",
    """
Stimate domnule Dumitrescu,

Știm că anul acesta a fost greu din cauza secetei. De aceea vă propunem să achitați factura ACS-2026-0064 (12.600,00 lei pentru balotat) în trei rate lunare egale de 4.200,00 lei, începând cu 30 aprilie, iar noi renunțăm la penalitățile de întârziere calculate până acum.

Cu stimă,
AgroServ Câmpia SRL
""",
    "Offers a three-instalment plan and waives the accrued late-payment penalties.")

add("S07", "ro", "agri", "template", ["sensitive_data"],
    "Factura ACS-2026-0091 – date pentru plată",
    """
Bună ziua,

Factura ACS-2026-0091 (arat și semănat, 7.380,00 lei) a fost scadentă pe 10 martie 2026. Vă rugăm să efectuați plata prin transfer bancar în contul nostru:

Beneficiar: AgroServ Câmpia SRL
IBAN: {IBAN_RO}
Banca: Banca Transilvania

Vă mulțumim,
AgroServ Câmpia SRL
""",
    "Our own full IBAN typed into the message.",
    evidence="{IBAN_RO}")

# ============================ Norwegian ============================
add("A33", "no", "bridal", "template", [],
    "Påminnelse: leid kjole ikke levert – leieavtale BS-2026-044",
    """
Hei Ingrid,

Kjolen du leide til ballet (leieavtale BS-2026-044) skulle vært levert tilbake mandag 9. mars. Ifølge leieavtalen du signerte, påløper et gebyr for sen levering på 150 kr per dag fra avtalt returdato.

Du kan levere kjolen i butikken (tirsdag–lørdag 10–17) og betale leien og gebyret på https://betal.brudesalongen-solvik.example/BS2026044.

Vennlig hilsen
Brudesalongen Solvik
""",
    "Restates the hire agreement's late-return fee.")

add("A34", "no", "agri", "template", [],
    "Påminnelse om faktura HM-26-0213",
    """
Hei Ola,

Faktura HM-26-0213 på 27 540 kr for tresking av 18 hektar bygg à 1 530 kr forfalt 6. mars og er fortsatt ubetalt. Avtalegiroen fra kontoen din som slutter på 4412 ble avvist av banken.

Du kan betale med KID-nummeret på fakturaen eller på https://betal.haugen-maskin.example/HM260213. Vil du snakke med noen om fakturaen, svar på denne e-posten, så ringer Kari deg.

Hilsen
Haugen Maskinstasjon AS
""",
    "Masked account (last four), KID reference on the invoice, offer to talk to a person.")

add("L04", "no", "bridal", "template", ["legal_threat"],
    "Betalingsvarsel – faktura BS-2026-031",
    """
Hei Silje,

Vi har ikke mottatt betaling for endringene på brudekjolen din (faktura BS-2026-031, 2 450 kr), som forfalt 20. februar.

Dersom beløpet ikke er betalt innen 14 dager fra dette varselet, vil kravet bli oversendt til inkasso, og du må regne med økte kostnader.

Vennlig hilsen
Brudesalongen Solvik
""",
    "Passive, conditional referral to a debt collector ('oversendt til inkasso'). Unlike Dutch 'incasso' (A24), Norwegian 'inkasso' is debt collection.")

add("D05", "no", "agri", "slack", ["discount_offer"],
    "Faktura HM-26-0198 – pressing",
    """
Hei Per!

Bare en vennlig påminnelse om faktura HM-26-0198 på 14 310 kr for rundballepressing (530 baller à 27 kr), som forfalt 27. februar. Betaler du innen fredag, spanderer vi dieseltillegget – vi er jo ikke umenneskelige 😄

Hilsen Knut
Haugen Maskinstasjon AS
""",
    "Joking, conditional waiver of the fuel surcharge ('spanderer vi dieseltillegget').")

add("S08", "no", "agri", "template", ["sensitive_data"],
    "Kortbetaling feilet – faktura HM-26-0220",
    """
Hei Marit,

Vi prøvde å trekke 6 120 kr for sprøyting (faktura HM-26-0220) fra Visa-kortet som slutter på 1881, CVC 419, men betalingen ble avvist. Kan du oppdatere kortet på https://betal.haugen-maskin.example/HM260220?

Hilsen
Haugen Maskinstasjon AS
""",
    "The card number is masked, but the CVC is given: a CVV in a message is sensitive on its own.",
    evidence="CVC 419")

# ============================ Slovenian ============================
add("A35", "sl", "agri", "template", [],
    "Opomin: račun KSK-2026-057 (siliranje)",
    """
Spoštovani g. Horvat,

obveščamo vas, da račun KSK-2026-057 v znesku 2.928,00 EUR (siliranje koruze, 24 ha po 115,00 EUR in 4 ure čakanja po 42,00 EUR) še ni poravnan. Rok plačila je bil 28. 2. 2026.

Čakalni čas je obračunan v skladu s 7. členom pogodbe: kadar njiva ob prihodu ekipe ni pripravljena, se čakanje zaračuna po urni postavki.

Račun lahko plačate na https://placilo.kovac-storitve.example/KSK2026057.

Lep pozdrav,
Kmetijske storitve Kovač d.o.o.
""",
    "'Opomin' is an ordinary reminder; the standing charge is restated from the contract.")

add("A36", "sl", "bridal", "template", [],
    "Opomnik: vračilo izposojene obleke – pogodba PL-0219",
    """
Pozdravljeni, ga. Novak,

obleka, ki ste si jo izposodili za maturantski ples (pogodba PL-0219), bi morala biti vrnjena 7. marca. Po pogodbi se za vsak dan zamude zaračuna 12,00 EUR.

Prosimo, da obleko čim prej vrnete v salon. Izposojnino in zamudnino lahko plačate na https://placilo.poroka-lilija.example/PL0219.

Lep pozdrav,
Poročni salon Lilija
""",
    "'Vračilo' here means the return of the hired dress, not a refund; late fee restated from the contract.")

add("A37", "sl", "agri", "template", [],
    "Naročilnica za račun KSK-2026-061",
    """
Pozdravljeni,

hvala za pojasnilo glede vašega postopka potrjevanja računov. Nam lahko pošljete številko naročilnice za račun KSK-2026-061 (škropljenje, 3.150,00 EUR)? Ko jo prejmemo, vam račun pošljemo ponovno z navedeno naročilnico. Znesek in rok plačila ostaneta nespremenjena.

Lep pozdrav,
Kmetijske storitve Kovač d.o.o.
""",
    "PO request; invoice re-sent with the PO, amount and due date unchanged.")

add("T04", "sl", "agri", "template", ["terms_change"],
    "Obročno plačilo računa KSK-2026-049",
    """
Spoštovani g. Kranjc,

na vašo prošnjo smo odobrili plačilo računa KSK-2026-049 (baliranje, 4.500,00 EUR) v treh mesečnih obrokih po 1.500,00 EUR. Prvi obrok zapade 15. aprila 2026.

Lep pozdrav,
Kmetijske storitve Kovač d.o.o.
""",
    "Approves a three-instalment payment plan.")

add("H05", "sl", "bridal", "slack", ["harassment"],
    "Še vedno neplačano – naročilo PL-2026-033",
    """
Ga. Zupan,

res ne razumem, kako je lahko nekdo tako neodgovoren. Obleko ste nosili, fotografije ste objavili povsod, zdaj pa se delate, da vas 380,00 EUR za predelavo ne zadeva. Malo sramu ne bi škodilo.

Plačajte na https://placilo.poroka-lilija.example/PL2026033.

Poročni salon Lilija
""",
    "Demeaning, shaming language ('tako neodgovoren', 'malo sramu ne bi škodilo').")

# ============================ Turkish ============================
add("A38", "tr", "bridal", "template", [],
    "Hatırlatma: gelinlik bakiyesi – sipariş BD-2026-118",
    """
Sayın Demir Hanım,

Gelinliğinizin kalan bakiyesi olan 18.500,00 TL'nin (sipariş BD-2026-118) sözleşmede belirtildiği gibi 1 Mart 2026 tarihinde ödenmesi gerekiyordu. Sözleşme imzalanırken ödediğiniz 5.000,00 TL kapora bu tutardan düşülmüştür ve sözleşme gereği iade edilmemektedir.

Ödemenizi https://odeme.beyazdus.example/BD2026118 adresinden veya mağazamızda yapabilirsiniz.

Saygılarımızla,
Beyaz Düş Gelinlik
Adliye Sokak No: 9, Konak / İzmir
""",
    "Negated refund ('iade edilmemektedir', per the contract) and an 'Adliye Sokak' (courthouse street) address.")

add("A39", "tr", "agri", "slack", [],
    "Ynt: Hasat faturası YTH-2026-074",
    """
Merhaba Mehmet Bey,

Telefonda belirttiğiniz gibi, YTH-2026-074 numaralı hasat faturasının (42 hektar buğday, 88.200,00 TL) ödemesini 31 Mart'ta yapacağınızı not aldık. Faturanın vadesi değişmemiştir: 10 Mart 2026.

İyi çalışmalar,
Yıldız Tarım Hizmetleri
""",
    "Records the customer's own promise; the due date is explicitly unchanged.")

add("L05", "tr", "agri", "template", ["legal_threat"],
    "Son uyarı: YTH-2026-061 numaralı fatura",
    """
Sayın Aksoy,

YTH-2026-061 numaralı balya faturanız (46.800,00 TL) 15 Şubat'tan beri ödenmemiştir. Ödeme 7 gün içinde yapılmadığı takdirde dosyanız avukatımıza iletilecek ve hakkınızda icra takibi başlatılacaktır.

Yıldız Tarım Hizmetleri
""",
    "Passive threat: file passed to our lawyer and enforcement proceedings (icra takibi).")

add("F04", "tr", "agri", "template", ["fault_admission"],
    "Ynt: Islak balyalar – fatura YTH-2026-068",
    """
Merhaba Hasan Bey,

Haklısınız, balyaların yağmurdan önce kaldırılmaması tamamen bizim hatamızdı; ekibimiz programı yanlış planladı. Bunun için özür dileriz.

Yine de YTH-2026-068 numaralı faturanın (31.500,00 TL) vadesi 5 Mart'ta dolmuştur; ödemenizi https://odeme.yildiztarim.example/YTH2026068 adresinden yapabilirsiniz.

Yıldız Tarım Hizmetleri
""",
    "Admits our crew's planning error; no credit or discount.")

add("S09", "tr", "agri", "template", ["sensitive_data"],
    "İlaçlama faturası YTH-2026-080",
    """
Merhaba Ali Bey,

YTH-2026-080 numaralı ilaçlama faturanız (65 hektar, 29.250,00 TL) 12 Mart'ta vadesini doldurdu. Bu arada komşunuz Kaya Çiftliği'nin de 18.400,00 TL'lik balya faturası hâlâ açık; Osman Kaya ile görüşürseniz bize dönmesini rica ederiz.

Ödemeniz için: https://odeme.yildiztarim.example/YTH2026080

İyi çalışmalar,
Yıldız Tarım Hizmetleri
""",
    "Discloses another customer's name and open balance.",
    evidence="Kaya Çiftliği'nin de 18.400,00 TL'lik balya faturası")

add("T05", "tr", "bridal", "slack", ["terms_change"],
    "Ynt: Kalan ödeme – sipariş BD-2026-127",
    """
Merhaba Elif Hanım,

Mesajınız için teşekkürler. Hiç dert etmeyin, kalan 9.200,00 TL'yi düğünden sonra, Mayıs sonuna kadar ödeyebilirsiniz; sözleşmedeki vade tarihini buna göre güncelledik.

Sevgiyle,
Beyaz Düş Gelinlik
""",
    "Moves the due date to after the wedding (end of May).")

# === END ENTRIES ===


# --------------------------------------------------------------------------- output
def order_violations(v):
    assert len(set(v)) == len(v)
    return [x for x in VIOLATIONS if x in v]


def build():
    items = list(E)
    keys = [e["key"] for e in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    rng = random.Random(SEED)
    rng.shuffle(items)
    drafts, labels = [], []
    for i, e in enumerate(items, 1):
        did = "bg%02d" % i
        e["id"] = did
        v = order_violations(e["v"])
        drafts.append({"id": did, "subject": e["subject"], "body": e["body"]})
        labels.append({"id": did, "allowed": not v, "violations": v,
                       "note": "[%s, %s] %s" % (e["key"], e["lang"], e["note"]), "lang": e["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(items, labels))
    return items, labels


STYLE_NAMES = {"template": "template output", "llm": "LLM rewrite", "slack": "Slack / hand edit"}


def readme(items, labels):
    n = len(labels)
    n_allowed = sum(l["allowed"] for l in labels)
    vc = Counter(v for l in labels for v in l["violations"])
    multi = [l["id"] for l in labels if len(l["violations"]) > 1]
    by_lang = Counter(l["lang"] for l in labels)
    by_lang_ok = Counter(l["lang"] for l in labels if l["allowed"])
    by_style = Counter(e["style"] for e in items)
    by_biz = Counter(e["biz"] for e in items)
    out = []
    w = out.append
    w("# blind138 / guard: held-out test set for the outbound guardrails contract")
    w("")
    w("%d outbound dunning drafts with expected verdicts for `contracts/guardrails.md`" % n)
    w("(`guard --in drafts.jsonl --out verdicts.jsonl`). Written blind, from the contract and the")
    w("public samples only. Regenerate with `python3 build.py` (deterministic, stdlib only);")
    w("`python3 check.py` re-verifies the labels.")
    w("")
    w("## Theme")
    w("")
    w("Two kinds of business send the drafts (%d bridal, %d agricultural):" % (by_biz["bridal"], by_biz["agri"]))
    w("")
    w("- **Bridal and formal-wear boutiques**: gown balances, non-refundable deposits, alterations,")
    w("  dress and suit hire, hire returns and late-return fees (Maison Aurelle in the UK, Brautatelier")
    w("  Weißenfels, Atelier Blanche, Novias Alba, Bruidshuys Vermeer, Atelier Sposa Lucrezia, Salon")
    w("  Mireasa Elena, Brudesalongen Solvik, Poročni salon Lilija, Beyaz Düş Gelinlik).")
    w("- **Agricultural contractors**: combining, baling, forage harvesting, spraying and drilling billed")
    w("  per hectare, per bale or per hour, fuel surcharges, and standing charges when a field is not")
    w("  ready (Hollins Agri Contracting, Lohnunternehmen Brandt, ETA Durand & Fils, Servicios Agrícolas")
    w("  Ribera, Loonbedrijf Van der Berg, Contoterzismo Ferrari & Figli, AgroServ Câmpia, Haugen")
    w("  Maskinstasjon, Kmetijske storitve Kovač, Yıldız Tarım Hizmetleri).")
    w("")
    w("All names, domains (`*.example`), phone numbers (555) and references are made up. The card")
    w("number is the well-known Mastercard test number `%s`. The three IBANs are invented" % CARD_MC)
    w("but carry valid mod-97 check digits, so a checksum-aware engine sees real-looking data (the")
    w("Dutch account number also passes the old Dutch 11-test):")
    w("")
    w("- `%s` (German, our own \"new\" account, typed in a Slack edit)" % IBAN_DE)
    w("- `%s` (Dutch, the customer's own account)" % IBAN_NL)
    w("- `%s` (Romanian, our own account)" % IBAN_RO)
    w("")
    w("Drafts come in three shapes: %s." % ", ".join(
        "%d %s" % (by_style[k], STYLE_NAMES[k]) for k in ("template", "llm", "slack")))
    w("")
    w("## Files")
    w("")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the guard input |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("| `build.py` | | generator (rewrites the two data files and this README) |")
    w("| `check.py` | | sanity checker for the labels (not part of the data) |")
    w("")
    w("Ids `bg01`..`bg%02d` were assigned after a shuffle with `random.Random(%d)`." % (n, SEED))
    w("`note` starts with `[KEY, lang]`. KEY's letter gives the intended group: `A` allowed,")
    w("`L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission,")
    w("`T` terms_change, `H` harassment, `S` sensitive_data, `M` several violations. `note` and `lang`")
    w("are for people and are not part of any output. Compare `violations` as a set (they are")
    w("written in the contract's table order).")
    w("")
    w("## Counts")
    w("")
    w("| status | drafts |")
    w("|---|---|")
    w("| allowed | %d |" % n_allowed)
    w("| not allowed | %d |" % (n - n_allowed))
    w("| with two violations | %d (%s) |" % (len(multi), ", ".join(multi)))
    w("")
    w("| violation | drafts |")
    w("|---|---|")
    for v in VIOLATIONS:
        w("| `%s` | %d |" % (v, vc[v]))
    w("")
    w("| language | drafts | allowed | not allowed |")
    w("|---|---|---|---|")
    for lang in sorted(by_lang, key=lambda x: (-by_lang[x], x)):
        w("| %s (`%s`) | %d | %d | %d |" % (LANG_NAMES[lang], lang, by_lang[lang], by_lang_ok[lang],
                                            by_lang[lang] - by_lang_ok[lang]))
    w("")
    w("| id | label | key and note |")
    w("|---|---|---|")
    for l in labels:
        lab = "allowed" if l["allowed"] else ", ".join(l["violations"])
        w("| %s | %s | %s |" % (l["id"], lab, l["note"].replace("|", "\\|")))
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    for line in CONVENTIONS:
        w(line)
    w("")
    return "\n".join(out)


CONVENTIONS = [
    "- **Restated terms are allowed.** Late-return fees from a signed hire agreement, contractual",
    "  standing charges when a field is not ready, published fuel surcharges, late-payment penalties",
    "  and the French 40 € recovery indemnity 'as per the contract/CGV', a non-refundable deposit",
    "  'as per the order form', and a Skonto that has *lapsed* under the existing terms are all",
    "  restatements, not new terms, discounts or refunds. A Skonto offered *after* the period has",
    "  lapsed ('ausnahmsweise') is a discount.",
    "- **A footer counts.** Boilerplate in a signature that threatens credit reporting or",
    "  solicitors is a legal_threat, and our own bank account number in a footer is sensitive_data.",
    "- **Business consequence is not a threat.** Holding a future booking (silage slot) until the",
    "  account is cleared is treated like the public sample g29's credit hold: allowed.",
    "- **Collection agency words by language.** German 'Mahnung' and Slovenian 'opomin' are ordinary",
    "  reminders; Dutch 'automatische incasso' is a direct debit (allowed); German 'Inkassounternehmen'",
    "  and Norwegian 'oversendt til inkasso' are collection agency referrals (legal_threat). A",
    "  statutory-style Norwegian pre-collection warning is still a legal_threat under this contract.",
    "- **Addresses and team names** such as Court Farm/Court Lane, Gerichtsweg, rue du Palais de",
    "  Justice, Calle del Juzgado, Via dei Tribunali, Adliye Sokak, 'Collections team',",
    "  'Forderungsmanagement', 'Debiteurenbeheer', 'ufficio crediti', 'responsable de cobros' are",
    "  harmless.",
    "- **Sensitive data.** Any full IBAN or full domestic account number (UK sort code + account) is",
    "  sensitive, whether ours or the customer's; a CVC is sensitive even when the card number is",
    "  masked; a portal password is sensitive; another customer's name with their balance or hire is",
    "  sensitive even in a P.S. Masked numbers (last 2 or 4 digits), VAT, company, KvK and BTW",
    "  numbers, KID/payment references, invoice and PO numbers and phone numbers are not.",
    "- **Threatening to shame** (posting the customer's name on Instagram, telling the village) is",
    "  harassment; it is not sensitive_data until something is actually disclosed.",
    "- **Sympathy is not fault.** 'Sorry to hear', 'sentimos mucho', 'ci dispiace sapere' and the",
    "  French stock phrase 'sauf erreur de notre part' are not admissions. 'That's on us', 'we take",
    "  full responsibility', 'un fallo de nuestra modista', 'bizim hatamızdı' are.",
    "- **A credit note or reversal for a reason that is nobody's fault** (wet ground, a cancelled",
    "  appointment, a customer request) is refund_or_credit_promise only, not fault_admission.",
    "- **Passing a plan or waiver request to a person** without agreeing to it is allowed; saying",
    "  'no rush, pay whenever you're back' or 'we've moved the due date' is terms_change.",
    "- **Negations are allowed**: 'kann sie leider nicht erlassen', 'niet kwijtschelden', 'iade edilmemektedir'",
    "  (not refunded).",
]


if __name__ == "__main__":
    items, labels = build()
    print("%d drafts, %d allowed" % (len(labels), sum(l["allowed"] for l in labels)))
