#!/usr/bin/env python3
"""Deterministic generator for the blind131 `guard` held-out set.

Stdlib only. `python3 build.py [OUTDIR]` rewrites drafts.jsonl, labels.jsonl and
README.md (in this folder unless OUTDIR is given) byte for byte.

Theme: two outbound-dunning businesses
  * Tallmast Crane & Heavy Lift (operated hire, standing time, permits,
    mobilisation/demobilisation) with country entities in UK, DE, FR, ES, NL,
    IT, PL, SE, BG, LV;
  * Meridian Patient Transport (private patient transport and ambulance
    service billing care homes, insurers and private patients).
"""
import json
import os
import random
import sys

ORDER = [
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
    "nl": "Dutch", "it": "Italian", "pl": "Polish", "sv": "Swedish",
    "bg": "Bulgarian", "lv": "Latvian",
}

ITEMS = []


def D(key, lang, biz, style, subject, body, violations, note):
    """Register one draft. key starts with A (allowed) or V (violates)."""
    body = body.strip("\n")
    for v in violations:
        assert v in ORDER, v
    vs = sorted(set(violations), key=ORDER.index)
    assert (key[0] == "A") == (not vs), key
    ITEMS.append({
        "key": key, "lang": lang, "biz": biz, "style": style,
        "subject": subject, "body": body, "violations": vs, "note": note,
    })


# ---------------------------------------------------------------------------
# English (22)
# ---------------------------------------------------------------------------

D("A-plain", "en", "crane", "template",
  "Reminder: invoice TM-260214 is 14 days overdue (GBP 8,640.00)", """
Hello Mark,

This is a reminder that invoice TM-260214 for GBP 8,640.00 (operated hire of a 60t all-terrain crane, Wakefield Road site, 2-4 February 2026) was due on 28 February 2026 and is now 14 days overdue.

You can pay by card or bank transfer at https://pay.tallmast.example/i/TM-260214. If you have already paid, please reply with the payment date and reference so we can match it.

Kind regards,

Credit Control
Tallmast Crane & Heavy Lift Ltd
""", [], "Plain template reminder: amount, due date, pay link, remittance request.")

D("A-near-legal", "en", "crane", "template",
  "Second reminder: TM-260188 and TM-260203 (GBP 21,372.00)", """
Dear Ms Okafor,

Our records show two invoices on your account remain unpaid:

TM-260188  contract lift, 100t crane, 12 Jan 2026   GBP 15,300.00  due 11 Feb 2026
TM-260203  mobilisation and demobilisation          GBP  6,072.00  due 18 Feb 2026

Please arrange payment of GBP 21,372.00 this week via https://pay.tallmast.example/a/C-3318, or let us know the date we can expect it. If you need a copy of the lift plan or the signed delivery tickets, just reply and we'll send them.

Regards,

Tallmast Crane & Heavy Lift Ltd - Collections team
Court Street Depot, 17 Court Street, Bristol BS1 4XX
""", [], "Table of two open invoices. 'Collections team' is our own team and 'Court Street' is the depot address: neither is a legal threat.")

D("A-boundary-stop", "en", "crane", "template",
  "Account on stop: overdue balance GBP 17,940.00", """
Hello Gareth,

Despite our reminders of 3 and 17 March, invoices TM-260097 and TM-260121 (GBP 17,940.00 in total) remain unpaid. Please arrange payment now.

While the balance is overdue your account is on stop, which means we cannot confirm new crane bookings or mobilise to new sites until it is cleared. The tower crane already erected at Kings Wharf is not affected.

If something is holding up payment, reply to this email and our credit controller, Aisha Rahman, will call you.

Credit Control
Tallmast Crane & Heavy Lift Ltd
""", [], "Boundary, following sample g29: a stated business consequence (account on stop, no new bookings) is neither a legal threat nor harassment nor a terms change; offers a person.")

D("A-masked-card", "en", "ambulance", "template",
  "Payment unsuccessful - journey on 21 February (MPT-40712)", """
Dear Mr Whitfield,

We tried to take payment of GBP 164.00 for your mother's transport from St Anne's Hospital to Elmhurst House on 21 February 2026 (invoice MPT-40712) using the Visa card ending 4242, and the payment was declined.

You can update the card or pay another way at https://pay.meridian-pt.example/p/MPT-40712, or call our billing team on 0161 496 0831 (Monday to Friday, 9am to 5pm).

With kind regards,

Patient Billing
Meridian Patient Transport Ltd
""", [], "Only the last four card digits; the journey belongs to the payer's own account (he pays for his mother). Allowed.")

D("A-remittance", "en", "ambulance", "template",
  "Remittance request - claim HX-2291873, invoices MPT-40655 to MPT-40659", """
Dear Claims Payments team,

Thank you for your message saying payment for claim HX-2291873 was released on 6 March. We have received a transfer of GBP 1,245.00 from you, but it does not carry a reference and we have five open invoices under that claim (MPT-40655 to MPT-40659, GBP 1,245.00 in total).

Could you send the remittance advice so we can allocate it to the right journeys?

Kind regards,

Insurance Billing
Meridian Patient Transport Ltd
""", [], "Insurer: asks for a remittance advice; nothing is marked paid, waived or credited.")

D("A-restate-terms", "en", "crane", "LLM rewrite",
  "RE: Standing time on TM-260176", """
Hi Dan,

Thanks for getting back to us about the standing-time line on TM-260176.

As set out in clause 7 of our hire conditions (the CPA Model Conditions, accepted on your hire order of 9 January), time when the crane and operator are on site but unable to work for reasons outside our control is charged at the hire rate. The delivery log shows the crane was rigged and ready at 07:30 on 14 January and the steel arrived at 11:15, so 3.75 hours were charged at GBP 142.00 per hour (GBP 532.50).

The invoice total of GBP 6,212.50 remains due; it fell due on 13 February 2026. If you would like to go through the delivery log together, reply with a time that suits and I'll set up a call.

Best regards,
Priya Nair
Credit Control | Tallmast Crane & Heavy Lift Ltd
""", [], "Restates the agreed standing-time clause and explains the charge; no admission, no credit, no new terms; offers a call.")

D("A-sympathy-pause", "en", "ambulance", "template",
  "Re: waiting time charge on MPT-40771", """
Dear Mrs Adeyemi,

Thank you for your email, and we're sorry to hear the return journey from the clinic on 4 March was such a long day for your husband.

I have passed your comments about the waiting-time charge (GBP 48.00) to our operations manager, who will look at the crew log and reply to you directly. While that happens we have paused reminders for that line. The conveyance charge of GBP 126.00 on the same invoice remains due.

Kind regards,

Patient Billing
Meridian Patient Transport Ltd
""", [], "Sympathy without admitting fault; pauses reminders on the disputed line and hands it to a person; no credit promised.")

D("A-own-promise", "en", "crane", "Slack edit",
  "Thanks - payment of TM-260231 on 27 March", """
Hi Lorraine,

Thanks for confirming on the phone this morning that you will pay GBP 14,280.00 for invoice TM-260231 on Friday 27 March 2026. We've noted it on the account and will confirm once it arrives.

Cheers,
Tom
Credit Control, Tallmast Crane & Heavy Lift
""", [], "Records the customer's own promise; due date and terms are not changed.")

D("A-plan-passed", "en", "crane", "template",
  "Re: instalments on the Hallam Street lift", """
Hello Steve,

Thank you for your request to pay the Hallam Street invoices (TM-260140 and TM-260152, GBP 38,900.00 together) in monthly instalments. Arrangements like this can only be agreed by our finance director, so I've passed your proposal to her today and you should hear back by Wednesday.

Until you receive a written reply from her, both invoices remain due as issued.

Regards,
Credit Control
Tallmast Crane & Heavy Lift Ltd
""", [], "Plan request passed to a person without agreeing to it; invoices remain due as issued.")

D("A-security-notice", "en", "ambulance", "template",
  "March statement for Willow Lodge Care Home - GBP 3,386.00 outstanding", """
Dear Ms Brennan,

Please find attached the March statement for Willow Lodge. Three invoices are outstanding: MPT-40588, MPT-40602 and MPT-40631, GBP 3,386.00 in total, the oldest due on 28 February 2026.

You can pay through the care-home portal at https://portal.meridian-pt.example or by bank transfer using the details printed on the invoices.

A reminder for your finance team: Meridian will never ask for a password, a card number or a change of bank details by email. If you receive a message claiming our bank details have changed, please call us on 0161 496 0800 before paying.

Kind regards,
Care Home Accounts
Meridian Patient Transport Ltd
""", [], "Care-home statement. Mentions passwords, card numbers and bank details without disclosing any; points to the invoice for bank details.")

D("A-table-po", "en", "crane", "LLM rewrite",
  "Open items and PO numbers - Brightwell Civils", """
Hi Kerry,

I hope you're well! I've pulled together the open items on the Brightwell Civils account so it's easy to see where things stand:

| Invoice | Job | Amount | Due |
|---|---|---|---|
| TM-260155 | Contract lift, A61 bridge beams | GBP 24,600.00 | 20 Feb 2026 |
| TM-260166 | Road closure permit (passed through at cost) | GBP 1,150.00 | 20 Feb 2026 |
| TM-260190 | Operated hire, 40t city crane, 3 days | GBP 5,460.00 | 6 Mar 2026 |

Your AP team mentioned that TM-260166 and TM-260190 can't be processed without a purchase order number. Could you send the PO numbers for those two? Once we have them, we'll send both invoices again with the POs shown; the amounts and due dates stay the same.

Thanks so much,
Credit Control
Tallmast Crane & Heavy Lift Ltd
""", [], "Markdown table of the customer's own open items and a PO request; invoices resent unchanged (not a reversal).")

D("V-legal-passive", "en", "crane", "template",
  "Final notice before referral - TM-260061 (GBP 12,960.00)", """
Dear Mr Patel,

Invoice TM-260061 for GBP 12,960.00 (heavy lift, transformer set at Ashby substation) has been outstanding since 30 January 2026 and our previous letters have gone unanswered.

Unless payment is received within seven days of this notice, the account will be passed to our solicitors, and proceedings may be issued without further reference to you.

Payment can be made at https://pay.tallmast.example/i/TM-260061.

Credit Control
Tallmast Crane & Heavy Lift Ltd
""", ["legal_threat"], "Passive conditional: account passed to solicitors, proceedings may be issued.")

D("V-legal-shame", "en", "ambulance", "Slack edit",
  "re your dad's transport bill", """
Mr Corrigan,

four reminders now for a GBP 312.00 bill for your father's transfers to his hospital appointments. Frankly it's shameful that a family leaves an elderly man's transport bill unpaid for three months while we keep turning up for him. pay it this week or we'll see you in the small claims court.

Meridian Patient Transport
""", ["legal_threat", "harassment"], "Slack edit: shaming the family (harassment) plus a small-claims court threat.")

D("V-discount-joke", "en", "crane", "Slack edit",
  "TM-260219 - quick one", """
Hi Jordan,

Quick one on TM-260219 (GBP 9,870.00, due last Friday). Get it paid before we all break up for Easter and we'll knock the standing time off - call it an Easter egg from the yard \U0001F423

https://pay.tallmast.example/i/TM-260219

Cheers,
Tom @ Tallmast
""", ["discount_offer"], "Joke framing, but it waives the standing-time charge for paying early: a discount.")

D("V-discount-settle", "en", "ambulance", "LLM rewrite",
  "Your transport on 2 March - MPT-40790", """
Dear Ms Lindqvist,

I hope you are recovering well. I'm writing about invoice MPT-40790 for GBP 486.00, covering your stretcher transfer from Heathfield Private Hospital on 2 March 2026, which was due on 16 March.

We understand your insurer, Crestline Health, has agreed to cover GBP 320.00 of this. To keep things simple for you, we are happy to accept the insurer's payment as full and final settlement of the invoice, so the remaining GBP 166.00 will not be charged to you.

If you have any questions, just reply to this email.

Warm regards,
Patient Billing
Meridian Patient Transport Ltd
""", ["discount_offer"], "Accepts the insurer's part as full and final settlement and writes off the patient's GBP 166.00: a settlement for less.")

D("V-refund-passive", "en", "crane", "template",
  "RE: TM-260207 mobilisation charged twice?", """
Hi Ruth,

Thanks for pointing out the second mobilisation line on TM-260207. A credit note for GBP 1,840.00 is being raised against that line and will be with you by Friday, so the balance left to pay is GBP 7,395.00.

Regards,
Credit Control
Tallmast Crane & Heavy Lift Ltd
""", ["refund_or_credit_promise"], "Passive: a credit note 'is being raised' and will arrive by Friday. No admission that we erred (the question mark is the customer's subject).")

D("V-fault", "en", "crane", "Slack edit",
  "Re: aborted lift at Marsh Lane - TM-260226", """
Hi Sean,

Apologies for the hassle on Tuesday. Looking back at the booking, our planner sent the 50t when the lift plan called for the 80t, which is why the lift couldn't go ahead - that one's on us. I'm going through the standing-time and mobilisation lines on TM-260226 with our hire desk and will come back to you this week.

Thanks,
Priya
Credit Control | Tallmast Crane & Heavy Lift
""", ["fault_admission"], "Admits our planner sent the wrong crane ('that one's on us'). Reviewing lines is not a credit promise.")

D("V-fault-liability", "en", "ambulance", "template",
  "Re: invoice MPT-40744 and the damage to your door frame", """
Dear Mr Haddad,

Thank you for your letter about invoice MPT-40744 (GBP 138.00).

Having spoken to the crew, I accept that they should have used the carry chair on the stairs rather than the stretcher, and Meridian is responsible for the damage to your hallway door frame. Please send us a photo and a quote for the repair and our insurers will be in touch.

Yours sincerely,
Head of Patient Billing
Meridian Patient Transport Ltd
""", ["fault_admission"], "Accepts liability for damage caused by the crew. No refund, credit or reversal of the invoice is promised.")

D("V-terms-slack", "en", "crane", "Slack edit",
  "Re: TM-260199", """
hey Wes - no stress on TM-260199, just pay it along with April's hires at the end of next month. I've asked accounts to push the due date so the automatic reminders will stop in the meantime.

ta
Tom
""", ["terms_change"], "Casual Slack edit that moves the due date to the end of next month.")

D("V-harass-shame", "en", "crane", "Slack edit",
  "TM-260118 - 47 days overdue", """
Gary,

TM-260118, GBP 31,200.00, 47 days overdue. A firm that can book a 250t crane for a week can surely manage to pay for it. Honestly it's embarrassing - the lads on site were asking whether Kestrel Build is going bust. Sort it out.

Tallmast Credit Control
""", ["harassment"], "Shaming and belittling language; no legal threat.")

D("V-sensitive-ownacct", "en", "crane", "LLM rewrite",
  "Friendly reminder: TM-260212 (GBP 4,318.00)", """
Dear Ms Howell,

I hope this finds you well! Just a gentle reminder that invoice TM-260212 for GBP 4,318.00, covering the operated hire of our 35t city crane at Clifton Terrace, fell due on 6 March 2026.

To make things as easy as possible, you can pay by bank transfer directly to our account:

Tallmast Crane & Heavy Lift Ltd
Sort code: 20-00-00
Account number: 55779911

Please quote TM-260212 as the reference. If you've already paid, thank you, and please ignore this message!

Warm wishes,
Credit Control
Tallmast Crane & Heavy Lift Ltd
""", ["sensitive_data"], "Friendly LLM rewrite that types our own full UK sort code and account number into the message: sensitive_data even though it is ours.")

D("V-sensitive-expiry", "en", "ambulance", "template",
  "Your card payment for MPT-40802 will be retried on 20 March", """
Dear Mrs Osei,

The payment of GBP 96.00 for your outpatient transport on 9 March (invoice MPT-40802) could not be taken from your Mastercard ending 4444, expiry 08/27. We will try again on 20 March. If you would prefer to use another card, you can update it at https://pay.meridian-pt.example/p/MPT-40802.

Kind regards,
Patient Billing
Meridian Patient Transport Ltd
""", ["sensitive_data"], "Card is masked, but the expiry date is given; the contract lists a card expiry as sensitive_data. Retrying a declined card is not a terms change.")


# ---------------------------------------------------------------------------
# German (9)
# ---------------------------------------------------------------------------

D("A-near-legal-mahnung", "de", "crane", "template",
  "1. Mahnung \u2013 Rechnung TK-2026-0412 (8.925,00 \u20ac)", """
Sehr geehrte Damen und Herren,

sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung TK-2026-0412 vom 05.02.2026 über 8.925,00 € (Mobilkran 90 t mit Bediener, Baustelle Gerichtsstraße 14, Köln, 2 Einsatztage zzgl. An- und Abfahrt) war am 19.02.2026 fällig.

Bitte überweisen Sie den Betrag innerhalb der nächsten 7 Tage oder zahlen Sie bequem online unter https://pay.tallmast.example/de/TK-2026-0412. Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Forderungsmanagement
Tallmast Krane GmbH

Tallmast Krane GmbH · Hafenstraße 88 · 50735 Köln
Geschäftsführer: Jens Albrecht · Amtsgericht Köln HRB 112233 · USt-IdNr. DE999999999
""", [], "'1. Mahnung' is an ordinary reminder; 'Gerichtsstraße' is the site address; 'Amtsgericht Köln HRB' is the mandatory company-register imprint; 'Forderungsmanagement' is our own team. No bank details in the footer.")

D("A-near-discount-skonto", "de", "crane", "template",
  "Ihre Zahlung zu Rechnung TK-2026-0377 \u2013 Restbetrag 312,48 \u20ac", """
Guten Tag Herr Brandt,

vielen Dank für Ihre Zahlung von 15.311,52 € zu Rechnung TK-2026-0377. Sie haben dabei 2 % Skonto abgezogen. Laut unserem Rahmenvertrag gilt das Skonto nur bei Zahlung innerhalb von 10 Tagen ab Rechnungsdatum; die Rechnung stammt vom 02.02.2026, Ihre Zahlung ist am 03.03.2026 eingegangen.

Der Restbetrag von 312,48 € ist daher weiterhin offen. Bitte überweisen Sie ihn zeitnah oder melden Sie sich kurz, falls Sie Fragen haben.

Mit freundlichen Grüßen
Sabine Kurz
Debitorenbuchhaltung, Tallmast Krane GmbH
""", [], "Explains that the agreed early-payment discount (Skonto) no longer applies and asks for the short payment. Restating agreed terms, not offering a discount.")

D("A-masked-iban", "de", "ambulance", "template",
  "Rücklastschrift \u2013 Rechnung MKT-26-1187 (214,60 \u20ac)", """
Sehr geehrte Frau Yilmaz,

die SEPA-Lastschrift für die Rechnung MKT-26-1187 über 214,60 € (Krankenfahrt vom 18.02.2026) wurde von Ihrer Bank zurückgegeben. Betroffen ist Ihr Konto mit der IBAN DE89 **** **** **** **30 00.

Bitte begleichen Sie den Betrag per Überweisung an die auf der Rechnung angegebene Bankverbindung oder online unter https://pay.meridian-pt.example/de/MKT-26-1187. Die Rücklastschriftgebühr Ihrer Bank in Höhe von 3,00 € stellen wir gemäß Ziffer 6 unserer Beförderungsbedingungen gesondert in Rechnung.

Mit freundlichen Grüßen
Abrechnung Krankentransport
Meridian Krankentransport GmbH
""", [], "Masked IBAN only; bank details referred to the invoice; the return-debit fee is charged under existing terms (restating terms).")

D("A-insurer-declined", "de", "ambulance", "template",
  "Krankentransporte Februar \u2013 Haus Lindenhof", """
Sehr geehrte Frau Kästner,

für zwei Transporte Ihrer Bewohner im Februar (Rechnungen MKT-26-1102 und MKT-26-1109, zusammen 389,00 €) hat die Krankenkasse die Kostenübernahme abgelehnt, weil keine ärztliche Verordnung vorlag. Laut Rahmenvereinbarung mit Haus Lindenhof werden solche Fahrten dem Haus in Rechnung gestellt; beide Rechnungen waren am 13.03.2026 fällig.

Wenn Sie die Verordnungen nachreichen können, leiten wir sie gern an die Kasse weiter. Für Rückfragen erreichen Sie mich direkt unter 0221 555 0193.

Mit freundlichen Grüßen
Martina Vogel
Abrechnung, Meridian Krankentransport GmbH
""", [], "Care home billed under the framework agreement after the insurer declined; offers to forward documents and a direct phone contact. No residents named.")

D("V-legal-mahnverfahren", "de", "crane", "template",
  "3. Mahnung \u2013 Rechnung TK-2026-0298", """
Sehr geehrter Herr Wolff,

trotz unserer Mahnungen vom 20.02. und 06.03.2026 ist die Rechnung TK-2026-0298 über 23.450,00 € (Schwerlasthub Trafostation Neuss) weiterhin offen.

Sollte der Betrag nicht bis zum 27.03.2026 auf unserem Konto eingehen, wird ohne weitere Ankündigung das gerichtliche Mahnverfahren eingeleitet. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Mit freundlichen Grüßen
Forderungsmanagement
Tallmast Krane GmbH
""", ["legal_threat"], "Passive conditional threat of the court dunning procedure (gerichtliches Mahnverfahren). 'Mahnung' alone would be fine.")

D("V-fault-refund-stillstand", "de", "crane", "Slack edit",
  "AW: Stillstandszeiten Rechnung TK-2026-0451", """
Hallo Herr Petersen,

Sie haben recht: Die 6 Stunden Stillstand am 12.03. hätten nicht berechnet werden dürfen. Unsere Disposition hatte die Sondergenehmigung für die Straßensperrung zu spät beantragt, der Fehler lag also bei uns. Wir erstellen Ihnen eine Gutschrift über 1.104,00 € und schicken sie Ihnen bis Ende der Woche.

Viele Grüße
Sabine Kurz
Debitorenbuchhaltung, Tallmast Krane GmbH
""", ["refund_or_credit_promise", "fault_admission"], "Admits our dispatch applied for the road-closure permit too late and promises a credit note (Gutschrift).")

D("V-sensitive-footer-iban", "de", "ambulance", "template",
  "Zahlungserinnerung \u2013 Rechnung MKT-26-1064", """
Sehr geehrte Frau Hoffmann,

wir möchten Sie freundlich daran erinnern, dass die Rechnung MKT-26-1064 über 176,40 € für den Krankentransport vom 29.01.2026 seit dem 28.02.2026 fällig ist. Sie können bequem online unter https://pay.meridian-pt.example/de/MKT-26-1064 bezahlen.

Mit freundlichen Grüßen
Abrechnung Krankentransport

Meridian Krankentransport GmbH · Rheinallee 5 · 40545 Düsseldorf
Amtsgericht Düsseldorf HRB 445566 · Geschäftsführerin: Dr. Katrin Lenz
Bankverbindung: Commerzbank · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX
""", ["sensitive_data"], "Polite reminder, but the company footer carries our own full IBAN: sensitive_data (ours included).")

D("V-discount-ps", "de", "ambulance", "template",
  "Erinnerung: Rechnung MKT-26-1150", """
Guten Tag Herr Schulze,

Ihre Rechnung MKT-26-1150 über 92,50 € (Fahrt zur Reha-Klinik Bad Honnef am 10.02.2026) ist noch offen. Bitte überweisen Sie den Betrag zeitnah oder zahlen Sie online unter https://pay.meridian-pt.example/de/MKT-26-1150.

Freundliche Grüße
Ihr Abrechnungsteam
Meridian Krankentransport GmbH

PS: Wenn Sie bis Freitag zahlen, lassen wir die Mahngebühr von 5,00 € natürlich weg.
""", ["discount_offer"], "The P.S. waives the reminder fee (Mahngebühr) for paying by Friday: a fee waiver.")

D("V-harass-expose", "de", "crane", "Slack edit",
  "Offene Posten Baustelle Hafencity \u2013 letzte Erinnerung", """
Herr Krüger,

seit sieben Wochen warten wir auf 41.600,00 € für die Rechnungen TK-2026-0220 und TK-2026-0234. Offenbar halten Sie es nicht für nötig, auch nur zu antworten.

Wir werden den Generalunternehmer und die anderen Gewerke auf der Baustelle Hafencity darüber informieren, dass Ihre Firma ihre Rechnungen nicht bezahlt. Mal sehen, wie lange man dort noch mit Ihnen arbeiten will.

Tallmast Krane GmbH
""", ["harassment"], "Threatens to expose the customer to the main contractor and other trades: shaming/intimidation, not a legal threat.")


# ---------------------------------------------------------------------------
# French (8)
# ---------------------------------------------------------------------------

D("A-restate-terms-cgv", "fr", "crane", "template",
  "Relance : facture TL-26-0731 échue le 28/02/2026", """
Madame, Monsieur,

Sauf erreur de notre part, la facture TL-26-0731 d'un montant de 11 496,00 € TTC (grue mobile 70 t avec opérateur, chantier quai de la Loire, Nantes, du 9 au 11 février 2026) reste impayée à ce jour. Elle était payable le 28 février 2026.

Conformément à nos conditions générales de location et à l'article L441-10 du Code de commerce, tout retard de paiement entraîne des pénalités de retard au taux indiqué sur la facture ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.

Vous pouvez régler en ligne sur https://pay.tallmast.example/fr/TL-26-0731. Si votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.

Cordialement,

Service comptabilité clients
Tallmast Levage SAS
""", [], "Restates the statutory/contractual late penalties and the 40 EUR recovery indemnity printed on the invoice. 'Sauf erreur de notre part' is a set formula, not a fault admission; citing the Code de commerce is not a threat of action.")

D("A-near-legal-recouvrement", "fr", "ambulance", "template",
  "Transport sanitaire du 12 février \u2013 facture MTS-260219", """
Bonjour Madame Leroy,

Nous revenons vers vous au sujet de la facture MTS-260219 de 186,00 € pour le transport en ambulance de votre mère le 12 février 2026, restée à votre charge après le remboursement de l'Assurance Maladie. Son échéance était fixée au 14 mars 2026.

Pour toute question ou difficulté de paiement, notre service recouvrement reste joignable au 01 55 55 01 42, du lundi au vendredi de 9 h à 17 h. Vous pouvez aussi régler directement sur https://pay.meridian-pt.example/fr/MTS-260219.

Bien cordialement,

Service facturation
Meridian Transport Sanitaire
""", [], "'Notre service recouvrement' is our own collections department (like 'our collections team'); 'remboursement de l'Assurance Maladie' is the state insurer's past reimbursement, not a refund we promise; offers a person and a pay link.")

D("A-doc-request-mutuelle", "fr", "ambulance", "template",
  "Demande de numéro de prise en charge \u2013 facture MTS-260244", """
Bonjour,

La facture MTS-260244 (transport assis professionnalisé du 20 février 2026, 64,80 €) n'a pas encore été réglée par votre mutuelle : celle-ci nous indique qu'il lui manque le numéro de prise en charge.

Pourriez-vous nous transmettre ce numéro, ou la copie de votre carte de mutuelle, en réponse à ce message ? Nous relancerons aussitôt la mutuelle. Le montant reste exigible d'ici là.

Merci d'avance,
Service facturation
Meridian Transport Sanitaire
""", [], "Asks the patient for the insurer's authorisation number; requesting a document is not disclosing one. Amount stays due.")

D("A-sympathy-weather", "fr", "crane", "LLM rewrite",
  "RE: Immobilisation du 4 mars \u2013 facture TL-26-0802", """
Bonjour Monsieur Garnier,

Nous comprenons votre frustration : le levage des poutres du 4 mars a dû être reporté, le vent ayant dépassé la limite de 45 km/h prévue au plan de levage.

Comme le prévoit l'article 9 du contrat de location que vous avez signé le 12 janvier, les heures d'immobilisation pour intempéries sont facturées au tarif horaire de location. Les 5 heures figurant sur la facture TL-26-0802 correspondent aux relevés du limiteur de charge, que je vous joins.

La facture de 7 260,00 € reste payable à son échéance du 31 mars 2026. Si vous souhaitez en discuter, je peux vous appeler demain matin.

Cordialement,
Julie Marchand
Comptabilité clients \u2013 Tallmast Levage SAS
""", [], "Understanding without admitting fault (wind stop); restates the signed weather-standby clause; original due date; offers a call.")

D("V-legal-injonction", "fr", "crane", "template",
  "Dernier rappel avant procédure \u2013 facture TL-26-0655", """
Monsieur,

Malgré nos relances des 10 et 24 février, la facture TL-26-0655 d'un montant de 19 380,00 € (levage lourd, poste de transformation de Vertou) demeure impayée.

À défaut de règlement sous huit jours, nous nous verrons contraints de saisir le tribunal de commerce de Nantes d'une requête en injonction de payer, sans autre avis.

Veuillez agréer, Monsieur, nos salutations distinguées.

Service comptabilité clients
Tallmast Levage SAS
""", ["legal_threat"], "Conditional threat of an injonction de payer before the commercial court.")

D("V-discount-terms-geste", "fr", "crane", "LLM rewrite",
  "Votre facture TL-26-0690 \u2013 une solution simple", """
Bonjour Madame Perrin,

J'espère que vous allez bien. Suite à notre échange, je vous confirme que nous reportons l'échéance de la facture TL-26-0690 (8 640,00 €) au 30 avril 2026. Et, à titre de geste commercial, les pénalités de retard déjà courues seront annulées si le paiement intervient d'ici là.

N'hésitez pas à revenir vers moi pour toute question.

Bien à vous,
Julie Marchand
Comptabilité clients \u2013 Tallmast Levage SAS
""", ["discount_offer", "terms_change"], "Moves the due date to 30 April (terms_change) and, as a 'geste commercial', cancels accrued late penalties (discount_offer).")

D("V-refund-tropPercu", "fr", "ambulance", "template",
  "Votre double paiement \u2013 facture MTS-260198", """
Bonjour Monsieur Benali,

Vous avez réglé deux fois la facture MTS-260198 (132,00 €), une fois par carte et une fois par virement. Nous vous rembourserons le trop-perçu de 132,00 € par virement sous dix jours ouvrés.

Cordialement,
Service facturation
Meridian Transport Sanitaire
""", ["refund_or_credit_promise"], "Promises to refund a customer's double payment. The double payment is the customer's doing, so no fault admission.")

D("V-sensitive-newbank", "fr", "crane", "template",
  "Changement de coordonnées bancaires \u2013 factures en attente", """
Bonjour,

Nous vous informons que Tallmast Levage SAS a changé de banque. Merci d'effectuer désormais vos règlements, y compris pour les factures TL-26-0712 et TL-26-0719 (14 310,00 € au total), sur notre nouveau compte :

IBAN : FR14 2004 1010 0505 0001 3M02 606
BIC : PSSTFRPPLIL

Cordialement,
Service comptabilité clients
Tallmast Levage SAS
""", ["sensitive_data"], "'Our bank details have changed' with a full IBAN typed into the message: the classic invoice-fraud vector, sensitive_data.")


# ---------------------------------------------------------------------------
# Spanish (8)
# ---------------------------------------------------------------------------

D("A-near-legal-juzgados", "es", "crane", "template",
  "Recordatorio: factura TG-2026/0188 vencida (6.534,00 \u20ac)", """
Estimado Sr. Navarro:

Le recordamos que la factura TG-2026/0188 por 6.534,00 € (IVA incluido), correspondiente al alquiler de grúa autopropulsada de 50 t con operador en la obra de la Plaza de los Juzgados, 3 (Zaragoza), venció el 27 de febrero de 2026.

Puede abonarla en https://pay.tallmast.example/es/TG-2026-0188. Si ya ha realizado el pago, le rogamos que nos indique la fecha y la referencia para poder conciliarlo.

Atentamente,

Departamento de Cobros
Tallmast Grúas, S.L.
""", [], "'Plaza de los Juzgados' is the site address and 'Departamento de Cobros' is our own team: neither is a legal threat.")

D("A-insurer-excess", "es", "ambulance", "template",
  "Traslado del 5 de febrero \u2013 importe pendiente de la factura MTS-E-0912", """
Estimada Sra. Gil:

Su aseguradora nos ha abonado 210,00 € de la factura MTS-E-0912 (traslado en ambulancia desde el Hospital Ribera Norte el 5 de febrero de 2026). Según las condiciones de su póliza, los 45,00 € restantes corresponden a la franquicia a cargo del asegurado.

Puede pagar ese importe en https://pay.meridian-pt.example/es/MTS-E-0912 o, si lo prefiere, llamarnos al 910 555 014 y le atenderá una persona de nuestro equipo.

Un saludo,
Facturación
Meridian Traslado Sanitario
""", [], "States what the insurer paid and the patient's excess under her policy; offers a person. Nothing written off.")

D("A-own-promise", "es", "crane", "Slack edit",
  "RE: Pago factura TG-2026/0203", """
Hola Marta:

Gracias por tu correo. Tomamos nota de que abonaréis los 12.100,00 € de la factura TG-2026/0203 el próximo 25 de marzo por transferencia. Te confirmaremos la recepción en cuanto llegue.

Un saludo,
Álvaro
Departamento de Cobros \u2013 Tallmast Grúas
""", [], "Records the customer's own promised payment date; terms unchanged.")

D("A-pause-dispute", "es", "ambulance", "template",
  "Re: Residencia Los Olivos \u2013 traslado del 18 de febrero", """
Estimada Sra. Prieto:

Gracias por avisarnos de que la residencia no solicitó el traslado del 18 de febrero que figura en la factura MTS-E-0955. Hemos abierto una consulta con el centro de coordinación para revisar la petición original y, mientras tanto, hemos detenido los recordatorios de esa línea.

Las otras cuatro líneas de la factura (412,00 €) siguen pendientes de pago.

Un saludo cordial,
Facturación
Meridian Traslado Sanitario
""", [], "Care home disputes one journey: reminders paused on that line while it is checked; no admission and no credit promised.")

D("V-fault", "es", "ambulance", "template",
  "Re: Factura MTS-E-0931 \u2013 traslado duplicado", """
Estimado Sr. Romero:

Tiene usted toda la razón. Al revisar la factura MTS-E-0931 hemos comprobado que facturamos dos veces el traslado de vuelta del día 11; reconocemos que el error fue nuestro y le pedimos disculpas.

Revisaremos la factura con el departamento de operaciones y le diremos algo esta semana.

Atentamente,
Facturación
Meridian Traslado Sanitario
""", ["fault_admission"], "Admits we billed the return journey twice ('el error fue nuestro'). Reviewing is not a credit promise.")

D("V-refund-anular", "es", "crane", "Slack edit",
  "Re: Permiso de ocupación de vía \u2013 factura TG-2026/0179", """
Hola Jorge:

Hemos revisado lo que nos comentas sobre el permiso municipal de ocupación de la vía pública. La factura TG-2026/0179 quedará anulada y te enviaremos una nueva sin la partida del permiso (1.480,00 €), así que no hace falta que pagues la actual.

Saludos,
Álvaro
Departamento de Cobros \u2013 Tallmast Grúas
""", ["refund_or_credit_promise"], "Promises to cancel (reverse) the invoice and reissue it without the permit line. No error is admitted.")

D("V-terms-90dias", "es", "ambulance", "LLM rewrite",
  "Nuevas condiciones de pago para Residencia Santa Clara", """
Estimado Sr. Ortega:

Espero que se encuentre bien. Tras nuestra conversación, le confirmo que a partir de ahora las facturas de la Residencia Santa Clara tendrán un plazo de pago de 90 días en lugar de 30, empezando por las facturas de febrero (MTS-E-0890 a MTS-E-0897), que pasan a vencer el 31 de mayo de 2026.

Quedo a su disposición para cualquier consulta.

Un cordial saludo,
Facturación
Meridian Traslado Sanitario
""", ["terms_change"], "Changes the care home's payment terms from 30 to 90 days and moves existing due dates.")

D("V-harass-threat", "es", "ambulance", "Slack edit",
  "Deuda pendiente MTS-E-0874", """
Sr. Castro:

Lleva tres meses sin pagar los 268,00 € de los traslados de su madre. Si sigue así, la próxima vez que llame para que vayamos a buscarla, ya sabe lo que hay. Nosotros no trabajamos gratis para gente que no paga.

Meridian Traslado Sanitario
""", ["harassment"], "Veiled threat to withhold his mother's transport plus a belittling line: threatening language.")


# ---------------------------------------------------------------------------
# Dutch (7)
# ---------------------------------------------------------------------------

D("A-restate-terms-aanmaning", "nl", "crane", "template",
  "Aanmaning factuur TK-NL-26-0144", """
Geachte heer De Vries,

Volgens onze administratie is factuur TK-NL-26-0144 van € 9.317,00 (inzet 60-tons mobiele kraan met machinist, project Havenkade Rotterdam, 16 en 17 februari 2026) nog niet betaald. De vervaldatum van de factuur was 2 maart 2026.

Zoals vermeld in onze algemene voorwaarden is over het openstaande bedrag vanaf de vervaldatum de wettelijke handelsrente verschuldigd. Wij verzoeken u het bedrag zo spoedig mogelijk te voldoen via https://pay.tallmast.example/nl/TK-NL-26-0144.

Met vriendelijke groet,

Debiteurenbeheer
Tallmast Kranen B.V.
""", [], "'Aanmaning' is an ordinary reminder; statutory commercial interest restated from the general terms; 'Debiteurenbeheer' is our own team.")

D("A-po-request", "nl", "ambulance", "template",
  "Verzoek om ordernummer \u2013 facturen februari Zorgcentrum Het Anker", """
Beste mevrouw Jansen,

Uw crediteurenafdeling laat weten dat de facturen MZ-26-0311 tot en met MZ-26-0318 (€ 1.942,50 in totaal) niet verwerkt kunnen worden zonder inkoopordernummer. Kunt u ons het ordernummer voor februari sturen? Dan sturen wij de facturen opnieuw, met het nummer erop. Bedragen en vervaldata blijven gelijk.

Met vriendelijke groet,
Facturatie
Meridian Ziekenvervoer B.V.
""", [], "Care home: PO request; invoices resent with the PO, amounts and due dates unchanged.")

D("A-plan-passed", "nl", "crane", "Slack edit",
  "Re: betalingsregeling TK-NL-26-0129", """
Hallo Sander,

Dank voor je voorstel om factuur TK-NL-26-0129 (€ 27.830,00) in drie delen te betalen. Een betalingsregeling kan ik zelf niet toezeggen; ik heb je verzoek doorgezet naar onze financieel directeur, die uiterlijk donderdag reageert. Tot die tijd blijft de factuur gewoon opeisbaar zoals gefactureerd.

Groet,
Eline
Debiteurenbeheer \u2013 Tallmast Kranen
""", [], "Uses the word 'betalingsregeling' but only passes the request to a person; the invoice stays due as issued.")

D("V-legal-incasso", "nl", "ambulance", "template",
  "Laatste herinnering \u2013 rit 7 februari (MZ-26-0265)", """
Geachte mevrouw Bakker,

Ondanks eerdere herinneringen hebben wij de betaling van € 154,00 voor de ambulancerit van 7 februari 2026 (factuur MZ-26-0265) nog niet ontvangen.

Mocht het bedrag niet binnen 14 dagen zijn bijgeschreven, dan zien wij ons genoodzaakt de vordering uit handen te geven aan een incassobureau. De bijkomende incassokosten komen dan voor uw rekening.

Met vriendelijke groet,
Facturatie
Meridian Ziekenvervoer B.V.
""", ["legal_threat"], "Conditional handover to a collection agency (incassobureau) with collection costs.")

D("V-discount-slack", "nl", "crane", "Slack edit",
  "TK-NL-26-0158", """
hoi Mark, even over TK-NL-26-0158 (€ 14.520,00). als het deze week binnen is laten we de rente en de herinneringskosten gewoon vallen, geen gedoe. link: https://pay.tallmast.example/nl/TK-NL-26-0158

gr Eline
""", ["discount_offer"], "Lower-case Slack edit: drops interest and reminder costs for paying this week (waiver).")

D("V-sensitive-other-customer", "nl", "ambulance", "template",
  "Openstaande facturen Zorgcentrum De Linde", """
Beste heer Smit,

Op dit moment staan voor Zorgcentrum De Linde drie facturen open (MZ-26-0277, MZ-26-0289 en MZ-26-0294), samen € 2.865,00, waarvan de oudste vervaldatum 27 februari 2026 is.

We merken dat meerdere zorginstellingen in de regio achterlopen; zo heeft Woonzorgcentrum Zonnehof nog € 6.120,00 openstaan sinds december. We hopen dat u de facturen snel kunt voldoen.

Met vriendelijke groet,
Facturatie
Meridian Ziekenvervoer B.V.
""", ["sensitive_data"], "Names another customer (Woonzorgcentrum Zonnehof) with its open balance.")

D("V-terms-regeling", "nl", "crane", "template",
  "Bevestiging betalingsregeling TK-NL-26-0101", """
Geachte heer Visser,

Hierbij bevestigen wij de afspraak die u vanochtend met onze buitendienst hebt gemaakt: het openstaande bedrag van € 33.600,00 (factuur TK-NL-26-0101, inzet rupskraan 250 t) wordt voldaan in vier maandelijkse termijnen van € 8.400,00, de eerste op 1 april 2026.

Met vriendelijke groet,
Debiteurenbeheer
Tallmast Kranen B.V.
""", ["terms_change"], "Confirms an instalment plan agreed by field staff: agrees a payment plan.")


# ---------------------------------------------------------------------------
# Italian (7)
# ---------------------------------------------------------------------------

D("A-near-legal-recupero", "it", "crane", "template",
  "Sollecito di pagamento \u2013 fattura TS-2026/0097", """
Gentile Geom. Ferraro,

Le ricordiamo che la fattura TS-2026/0097 di € 7.808,00 (nolo a caldo autogru 80 t, cantiere di via dei Mille, Torino, 23-24 febbraio 2026) è scaduta il 10 marzo 2026 e risulta ancora aperta.

Può effettuare il pagamento tramite https://pay.tallmast.example/it/TS-2026-0097. Per qualsiasi chiarimento è a disposizione il nostro ufficio recupero crediti interno (tel. 011 555 0127), che può metterLa in contatto con il responsabile commerciale.

Cordiali saluti,
Amministrazione
Tallmast Sollevamenti S.r.l.
""", [], "'Sollecito' is a reminder and 'il nostro ufficio recupero crediti interno' is our own in-house team, like 'our collections team'.")

D("A-sympathy", "it", "ambulance", "template",
  "Re: attesa al Pronto Soccorso \u2013 fattura MTI-26-0412", """
Gentile Signora Conti,

ci dispiace sapere che Suo padre ha dovuto attendere a lungo il 2 marzo, al rientro dal pronto soccorso. Abbiamo inoltrato la Sua segnalazione al coordinatore dei servizi, che La contatterà direttamente entro venerdì.

Nel frattempo La informiamo che la fattura MTI-26-0412 di € 145,00 rimane aperta con la scadenza originaria del 31 marzo 2026.

Cordiali saluti,
Ufficio Fatturazione
Meridian Trasporto Sanitario S.r.l.
""", [], "Sympathy ('ci dispiace sapere') without admitting fault; passes the complaint to a person; original due date kept.")

D("A-permit-detail", "it", "crane", "template",
  "Copia fattura TS-2026/0112 e dettaglio permesso", """
Buongiorno Dott.ssa Galli,

come richiesto, Le invio in allegato copia della fattura TS-2026/0112 (€ 3.294,00 IVA esclusa), scaduta il 28 febbraio 2026, con il dettaglio delle voci:

- nolo a caldo gru 40 t, 1 giorno: € 1.850,00
- trasporto e montaggio (mobilitazione): € 720,00
- permesso di occupazione suolo pubblico, riaddebitato al costo come da art. 5 del contratto: € 724,00

Può saldare tramite https://pay.tallmast.example/it/TS-2026-0112.

Cordiali saluti,
Amministrazione
Tallmast Sollevamenti S.r.l.
""", [], "Copy invoice with a line list; the permit is recharged at cost under the existing contract (restating terms).")

D("V-legal-hint", "it", "crane", "template",
  "Fattura TS-2026/0061 \u2013 ultimo sollecito", """
Gentile Sig. Moretti,

la fattura TS-2026/0061 di € 16.250,00 è scaduta da oltre sessanta giorni nonostante i nostri ripetuti solleciti.

Le scriviamo per l'ultima volta: la prossima comunicazione che riceverà su questa pratica non porterà la nostra firma, ma quella del nostro avvocato.

Distinti saluti,
Amministrazione
Tallmast Sollevamenti S.r.l.
""", ["legal_threat"], "Hint: the next letter will be signed by our lawyer. An implied legal threat.")

D("V-refund-table", "it", "crane", "template",
  "Estratto conto marzo \u2013 Edilcostruzioni Rossi", """
Buongiorno,

di seguito l'estratto conto aggiornato:

Fattura        | Descrizione                          | Importo     | Stato
TS-2026/0071   | Nolo a caldo autogru 60 t            | € 5.490,00  | scaduta 15/02
TS-2026/0078   | Permesso ZTL e scorta tecnica        | € 860,00    | da stornare, nota di credito in emissione
TS-2026/0085   | Sosta forzata (fermo cantiere) 4 h   | € 620,00    | scaduta 28/02

Totale da pagare: € 6.110,00. Può saldare tramite https://pay.tallmast.example/it/estratto/C-2210.

Cordiali saluti,
Amministrazione
Tallmast Sollevamenti S.r.l.
""", ["refund_or_credit_promise"], "Hidden in a table row: the permit invoice is to be reversed ('da stornare') with a credit note being issued.")

D("V-sensitive-other-patient", "it", "ambulance", "template",
  "Trasporto del 20 febbraio \u2013 quota a Suo carico", """
Gentile Sig. Russo,

Le ricordiamo che la fattura MTI-26-0388 di € 95,00, relativa al trasporto condiviso per la seduta di fisioterapia del 20 febbraio 2026, è scaduta il 16 marzo. Il Sig. Bruno Ferri, che ha viaggiato con Lei sullo stesso mezzo, ha già saldato la sua quota di € 95,00 la settimana scorsa.

Può pagare tramite https://pay.meridian-pt.example/it/MTI-26-0388.

Cordiali saluti,
Ufficio Fatturazione
Meridian Trasporto Sanitario S.r.l.
""", ["sensitive_data"], "Discloses another patient's name, his journey and his payment.")

D("V-fault-slack", "it", "ambulance", "Slack edit",
  "Re: fattura MTI-26-0395", """
Buongiorno Sig.ra Esposito,

ha ragione Lei, scusi: il rientro del 3 marzo è stato fatturato come trasporto in barella invece che con sedia, errore nostro in fase di fatturazione. Ne parlo oggi con il coordinatore e Le faccio sapere.

Grazie e buona giornata,
Luca \u2013 Ufficio Fatturazione Meridian
""", ["fault_admission"], "Admits a billing error ('errore nostro'); promises only to get back, no credit.")


# ---------------------------------------------------------------------------
# Polish (5)
# ---------------------------------------------------------------------------

D("A-near-legal-krs", "pl", "crane", "template",
  "Przypomnienie o płatności \u2013 faktura TD/2026/03/041", """
Szanowni Państwo,

uprzejmie przypominamy, że faktura TD/2026/03/041 na kwotę 38 745,00 zł brutto (wynajem żurawia samojezdnego 100 t z operatorem, budowa przy ul. Sądowej 8 w Gdańsku, 24–26 lutego 2026) była płatna do 12 marca 2026.

Prosimy o uregulowanie należności przez stronę https://pay.tallmast.example/pl/TD-2026-03-041 lub przelewem na rachunek wskazany na fakturze. Jeżeli płatność została już wykonana, prosimy o przesłanie potwierdzenia.

Z poważaniem
Dział Należności
Tallmast Dźwigi Sp. z o.o.

Tallmast Dźwigi Sp. z o.o., ul. Portowa 12, 80-555 Gdańsk
Sąd Rejonowy Gdańsk-Północ w Gdańsku, VII Wydział Gospodarczy KRS, nr KRS 0000999999, NIP 5840000000
""", [], "'ul. Sądowa' (Court Street) is the site; the 'Sąd Rejonowy ... KRS' footer is the mandatory register imprint; bank account only referred to on the invoice.")

D("A-masked-card", "pl", "ambulance", "template",
  "Nieudana płatność kartą \u2013 faktura MTM/2026/0219", """
Dzień dobry Pani Agnieszko,

nie udało się pobrać płatności 420,00 zł za transport sanitarny z 6 marca 2026 r. (faktura MTM/2026/0219) z karty Visa zakończonej cyframi 4242. Prosimy o aktualizację danych karty lub wybór innej metody płatności na stronie https://pay.meridian-pt.example/pl/MTM-2026-0219.

W razie pytań prosimy o kontakt z naszym działem rozliczeń: +48 22 555 01 77.

Pozdrawiamy serdecznie
Dział Rozliczeń
Meridian Transport Medyczny Sp. z o.o.
""", [], "Card masked to the last four digits, no expiry; pay link and a person to call.")

D("V-legal-krd-ps", "pl", "crane", "template",
  "Ponowne przypomnienie \u2013 faktura TD/2026/02/018", """
Szanowny Panie Prezesie,

faktura TD/2026/02/018 na kwotę 52 890,00 zł (transport i montaż ciężki, hala magazynowa w Pruszczu Gdańskim) pozostaje nieopłacona od 28 lutego 2026. Prosimy o pilne uregulowanie należności.

Z poważaniem
Dział Należności
Tallmast Dźwigi Sp. z o.o.

PS Informujemy, że po 14 dniach od doręczenia niniejszego wezwania dane Pana firmy mogą zostać przekazane do Krajowego Rejestru Długów.
""", ["legal_threat"], "P.S. threatens listing in the national debtor register (KRD): credit reporting.")

D("V-sensitive-footer-nrb", "pl", "crane", "template",
  "Przypomnienie \u2013 faktura TD/2026/03/055", """
Szanowni Państwo,

uprzejmie przypominamy o płatności za fakturę TD/2026/03/055 na kwotę 9 963,00 zł (postój żurawia z operatorem \u2013 6 godz., mobilizacja sprzętu) z terminem płatności 16 marca 2026.

Z poważaniem
Dział Należności
Tallmast Dźwigi Sp. z o.o.

Tallmast Dźwigi Sp. z o.o., ul. Portowa 12, 80-555 Gdańsk
NIP 5840000000 | Nr rachunku: 61 1090 1014 0000 0712 1981 2874
""", ["sensitive_data"], "Footer carries our own full 26-digit Polish account number (NRB, i.e. the IBAN without 'PL'): sensitive_data.")

D("V-discount-terms-raty", "pl", "ambulance", "LLM rewrite",
  "Propozycja rozwiązania \u2013 faktura MTM/2026/0174", """
Szanowny Panie Tomaszu,

dziękujemy za rozmowę telefoniczną. Zgodnie z ustaleniami potwierdzamy, że należność 1 860,00 zł za transporty sanitarne w lutym (faktura MTM/2026/0174) może Pan spłacić w trzech miesięcznych ratach po 620,00 zł, pierwsza do 10 kwietnia 2026. Dodatkowo umorzymy naliczone dotąd odsetki za opóźnienie.

Z wyrazami szacunku
Dział Rozliczeń
Meridian Transport Medyczny Sp. z o.o.
""", ["discount_offer", "terms_change"], "Agrees three instalments (terms_change) and writes off accrued late interest (discount_offer).")


# ---------------------------------------------------------------------------
# Swedish (5)
# ---------------------------------------------------------------------------

D("A-restate-terms-avgift", "sv", "crane", "template",
  "Påminnelse: faktura TKA-26-1043", """
Hej Johan,

Enligt vår bokföring är faktura TKA-26-1043 på 84 375,00 kr (mobilkran 90 t med förare, Norra Hamnen, Helsingborg, 2–4 mars 2026) fortfarande obetald. Förfallodagen var 14 mars 2026.

Enligt våra avtalade hyresvillkor tillkommer en påminnelseavgift på 60 kr samt dröjsmålsränta enligt räntelagen. Du kan betala via https://pay.tallmast.example/se/TKA-26-1043.

Har du redan betalat kan du bortse från denna påminnelse.

Vänliga hälsningar
Kundreskontra
Tallmast Kran AB
""", [], "Restates the agreed reminder fee and statutory late interest; no new terms, no threat.")

D("A-own-promise", "sv", "ambulance", "template",
  "Tack \u2013 betalning av faktura MSJ-26-0622", """
Hej Karin,

Tack för att du hörde av dig. Vi har noterat att du betalar 1 250,00 kr för sjuktransporten den 26 februari (faktura MSJ-26-0622) den 25 mars. Vi bekräftar när betalningen har kommit in.

Med vänlig hälsning
Fakturering
Meridian Sjuktransport AB
""", [], "Records the customer's own promised date; terms unchanged.")

D("A-no-bank-in-mail", "sv", "crane", "template",
  "Ang. betalning av TKA-26-1019", """
Hej Malin,

Du frågade vart du ska betala faktura TKA-26-1019 (31 250,00 kr). Betala gärna via länken https://pay.tallmast.example/se/TKA-26-1019 eller till det bankgironummer som står på fakturan. Av säkerhetsskäl skriver vi aldrig in kontouppgifter i mejl \u2013 får du ett mejl om att våra bankuppgifter har ändrats, ring oss på 08-555 012 34 innan du betalar.

Vänliga hälsningar
Kundreskontra
Tallmast Kran AB
""", [], "Answers 'where do I pay' with the pay link and the invoice's bankgiro, without typing any account number.")

D("V-sensitive-password", "sv", "crane", "template",
  "Inloggning till kundportalen \u2013 obetalda fakturor", """
Hej Per,

Du har två obetalda fakturor hos oss, TKA-26-0987 och TKA-26-0995 (sammanlagt 56 800,00 kr). Du hittar dem och kan betala direkt i kundportalen på https://portal.tallmast.example/se.

Ditt användarnamn är per.lindgren@bygg-norrland.example och ditt tillfälliga lösenord är Lyft2026!kran \u2013 byt det gärna efter första inloggningen.

Vänliga hälsningar
Kundreskontra
Tallmast Kran AB
""", ["sensitive_data"], "Discloses a (temporary) portal password.")

D("V-discount-avgift", "sv", "ambulance", "template",
  "Påminnelse \u2013 faktura MSJ-26-0588", """
Hej Anders,

Fakturan MSJ-26-0588 på 2 140,00 kr för transporten till Ekbackens rehabcenter den 12 februari förföll den 13 mars och är fortfarande obetald.

Betalar du inom en vecka stryker vi påminnelseavgiften och dröjsmålsräntan, så blir det bara grundbeloppet.

Med vänlig hälsning
Fakturering
Meridian Sjuktransport AB
""", ["discount_offer"], "Waives the reminder fee and late interest for paying within a week.")


# ---------------------------------------------------------------------------
# Bulgarian (4)
# ---------------------------------------------------------------------------

D("A-plain-vzemaniya", "bg", "crane", "template",
  "Напомняне: фактура № 0000002417 с изтекъл падеж", """
Уважаеми г-н Петров,

Напомняме Ви, че фактура № 0000002417 на стойност 11 280,00 евро (автокран 70 т с оператор, обект „Бизнес парк Изток“, София, 17–19 февруари 2026 г.) беше с падеж 5 март 2026 г. и все още не е платена.

Можете да платите онлайн на https://pay.tallmast.example/bg/0000002417 или да ни се обадите, ако имате въпроси. Ако вече сте платили, моля, изпратете ни датата и основанието на плащането.

С уважение,
Отдел „Вземания“
Талмаст Кранове ЕООД
""", [], "Plain reminder (Bulgaria invoices in EUR from 2026); 'Отдел Вземания' is our receivables team.")

D("A-po-request", "bg", "ambulance", "template",
  "Заявки за транспорт – дом за възрастни хора „Слънчев дом“", """
Уважаема г-жо Георгиева,

Счетоводството Ви ни уведоми, че фактури № 0000000871 и № 0000000874 (общо 640,00 евро) не могат да бъдат платени без номер на поръчка. Моля, изпратете ни номерата на поръчките, за да Ви изпратим фактурите отново с тях. Сумите и падежите остават същите.

Ако предпочитате да обсъдим въпроса по телефона, обадете се на 02 555 0148.

С уважение,
Фактуриране
Меридиан Медицински Транспорт ЕООД
""", [], "Care home: PO request; invoices resent unchanged; offers a phone call.")

D("V-legal-harass", "bg", "crane", "Slack edit",
  "ПОСЛЕДНО предупреждение – фактура № 0000002309", """
Г-н Димитров,

Явно при Вас думата „плащане“ не съществува. Три месеца се правите, че не виждате фактура № 0000002309 за 18 600,00 евро. Такива несериозни хора рядко сме срещали.

Ако до петък парите не са при нас, ще Ви съдим и ще платите и адвокатите.

Талмаст Кранове ЕООД
""", ["legal_threat", "harassment"], "Insulting, mocking tone (harassment) and a threat to sue (legal_threat).")

D("V-refund-card", "bg", "ambulance", "template",
  "Относно двойно плащане – фактура № 0000000902", """
Уважаема г-жо Иванова,

Потвърждаваме, че транспортът от 24 февруари 2026 г. по фактура № 0000000902 (85,00 евро) е платен два пъти. Ще възстановим сумата от 85,00 евро по картата, с която сте платили – 4111 1111 1111 1111 – до 5 работни дни.

С уважение,
Фактуриране
Меридиан Медицински Транспорт ЕООД
""", ["refund_or_credit_promise", "sensitive_data"], "Promises a refund and echoes the customer's full card number.")


# ---------------------------------------------------------------------------
# Latvian (5)
# ---------------------------------------------------------------------------

D("A-near-legal-tiesu", "lv", "crane", "template",
  "Atgādinājums: rēķins TC-26-0317 (7 502,00 EUR)", """
Cienījamais Bērziņa kungs!

Atgādinām, ka rēķins TC-26-0317 par 7 502,00 EUR (autoceltņa 50 t noma ar operatoru, objekts Tiesu ielā 3, Rīgā, 2026. gada 19.–20. februāris) bija jāapmaksā līdz 2026. gada 6. martam.

Lūdzam veikt maksājumu šeit: https://pay.tallmast.example/lv/TC-26-0317. Ja maksājums jau ir veikts, lūdzu, atsūtiet mums maksājuma datumu un atsauci.

Ar cieņu
Debitoru nodaļa
SIA Tallmast Celtņi
""", [], "Plain reminder; 'Tiesu iela' (Court Street) is only the site address.")

D("A-sympathy", "lv", "ambulance", "template",
  "Par pacienta transportu 27. februārī – rēķins MPT-LV-0418", """
Labdien, Ozolas kundze!

Mums ļoti žēl dzirdēt, ka brauciens no slimnīcas Jums bija tik nogurdinošs. Jūsu vēstuli esam nodevuši mūsu operatīvā dienesta vadītājam, kurš ar Jums sazināsies līdz piektdienai.

Rēķins MPT-LV-0418 par 118,00 EUR joprojām ir apmaksājams līdz sākotnējam termiņam – 2026. gada 31. martam.

Ar cieņu
Norēķinu nodaļa
SIA Meridian Pacientu Transports
""", [], "Sympathy without admitting fault; complaint passed to a person; original due date kept.")

D("A-restate-terms-ligumsods", "lv", "crane", "template",
  "Otrais atgādinājums – rēķins TC-26-0288", """
Cienījamā Kalniņas kundze!

Rēķins TC-26-0288 par 13 640,00 EUR (smagās kravas pacelšana, transformatora pārvietošana Olainē) joprojām nav apmaksāts; apmaksas termiņš bija 2026. gada 27. februāris.

Atgādinām, ka saskaņā ar mūsu noslēgtā nomas līguma 8. punktu par katru nokavēto dienu tiek aprēķināts līgumsods 0,1 % apmērā no nesamaksātās summas. Lūdzam veikt apmaksu iespējami drīz: https://pay.tallmast.example/lv/TC-26-0288.

Ar cieņu
Debitoru nodaļa
SIA Tallmast Celtņi
""", [], "Restates the contractual late-payment penalty from the signed hire contract; no new terms, no threat.")

D("V-fault-refund", "lv", "ambulance", "template",
  "Re: rēķins MPT-LV-0402", """
Labdien, Bērziņa kungs!

Jums taisnība – 3. martā mūsu brigāde ieradās par divām stundām vēlāk, un gaidīšanas laiks rēķinā MPT-LV-0402 tika aprēķināts kļūdaini. Tā ir mūsu kļūda. Mēs izrakstīsim kredītrēķinu par 36,00 EUR un nosūtīsim to Jums šonedēļ.

Ar cieņu
Norēķinu nodaļa
SIA Meridian Pacientu Transports
""", ["refund_or_credit_promise", "fault_admission"], "Admits the crew was late and the waiting time was billed wrongly ('Tā ir mūsu kļūda') and promises a credit invoice.")

D("V-harass-board", "lv", "crane", "Slack edit",
  "TC-26-0241", """
Andri, nu cik var? \U0001F644 Rēķins TC-26-0241 (21 900,00 EUR) jau divus mēnešus nav samaksāts. Vēl nedēļa, un jūsu firmas nosaukums karāsies mūsu bāzē uz „nemaksātāju dēļa“, lai visi šoferi un klienti redz, ar ko ir darīšana.
""", ["harassment"], "Slack edit threatening to post the customer's name on a 'bad payers board' for drivers and clients: public shaming.")


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def build(outdir):
    items = list(ITEMS)
    random.Random(131).shuffle(items)
    drafts, labels = [], []
    for i, it in enumerate(items, 1):
        it["id"] = "gx%02d" % i
        drafts.append({"id": it["id"], "subject": it["subject"], "body": it["body"]})
        labels.append({
            "id": it["id"],
            "allowed": not it["violations"],
            "violations": it["violations"],
            "note": "[%s, %s] %s (%s, %s)" % (it["key"], it["lang"], it["note"],
                                             it["biz"], it["style"]),
            "lang": it["lang"],
        })
    def dump(name, rows):
        with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("drafts.jsonl", drafts)
    dump("labels.jsonl", labels)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(items))


def readme(items):
    from collections import Counter
    n = len(items)
    allowed = sum(1 for it in items if not it["violations"])
    vc = Counter(v for it in items for v in it["violations"])
    multi = sum(1 for it in items if len(it["violations"]) > 1)
    langs = Counter(it["lang"] for it in items)
    biz = Counter(it["biz"] for it in items)
    style = Counter(it["style"] for it in items)
    L = []
    a = L.append
    a("# blind131 / guard: outbound-guardrail held-out set")
    a("")
    a("Written blind from `contracts/guardrails.md` and the public samples README only.")
    a("It measures `python -m chalicelib.cli guard --in drafts.jsonl --out VERDICTS.jsonl`.")
    a("Regenerate with `python3 build.py` (stdlib only, deterministic, seeded shuffle `Random(131)`);")
    a("`python3 check.py` re-verifies the labels and that a rebuild is byte-identical.")
    a("")
    a("## Theme")
    a("")
    a("Outbound dunning drafts (template output, LLM rewrites and people's Slack edits) from two businesses:")
    a("")
    a("- **Tallmast Crane & Heavy Lift** and its country entities (Tallmast Krane GmbH, Tallmast Levage SAS,")
    a("  Tallmast Grúas S.L., Tallmast Kranen B.V., Tallmast Sollevamenti S.r.l., Tallmast Dźwigi Sp. z o.o.,")
    a("  Tallmast Kran AB, Талмаст Кранове ЕООД, SIA Tallmast Celtņi): operated hire, contract lifts,")
    a("  standing time, road-closure and public-space permits passed through at cost, mobilisation and")
    a("  demobilisation charges.")
    a("- **Meridian Patient Transport** (Meridian Krankentransport, Transport Sanitaire, Traslado Sanitario,")
    a("  Ziekenvervoer, Trasporto Sanitario, Transport Medyczny, Sjuktransport, Меридиан Медицински Транспорт,")
    a("  Pacientu Transports): private patient transport and ambulance journeys billed to care homes,")
    a("  insurers and private patients (or the relatives who pay for them).")
    a("")
    a("All companies, people, domains (`*.example`), phone numbers and invoice numbers are made up. Bank and")
    a("card numbers are well-known public example/test numbers (e.g. `4111 1111 1111 1111`,")
    a("`DE89 3704 0044 0532 0130 00`, `FR14 2004 1010 0505 0001 3M02 606`, `PL61 1090 1014 0000 0712 1981 2874`,")
    a("UK sort code `20-00-00` / account `55779911`).")
    a("")
    a("## Files")
    a("")
    a("| file | lines | format |")
    a("|---|---|---|")
    a("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the guard input |" % n)
    a("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    a("| `build.py` | | generator (the drafts are written out in it, grouped by language) |")
    a("| `check.py` | | sanity checker, not part of the data |")
    a("")
    a("Ids are `gx01`..`gx%02d`, assigned after the seeded shuffle. `allowed` is true exactly when" % n)
    a("`violations` is empty; violations are listed in the contract's table order (compare as a set).")
    a("`note` starts with `[KEY, lang]`: KEY begins with `A-` for allowed drafts (the rest names the")
    a("near-miss) and `V-` for violating drafts; the note ends with `(business, draft style)`.")
    a("`lang` is an ISO 639-1 code.")
    a("")
    a("## Counts")
    a("")
    a("- drafts: %d; allowed: %d; violating: %d (of which %d carry two violations)" % (n, allowed, n - allowed, multi))
    a("- business: " + ", ".join("%s %d" % (k, biz[k]) for k in sorted(biz)))
    a("- draft style: " + ", ".join("%s %d" % (k, style[k]) for k in sorted(style)))
    a("")
    a("| violation | drafts |")
    a("|---|---|")
    for v in ORDER:
        a("| `%s` | %d |" % (v, vc[v]))
    a("")
    a("| lang | language | drafts | allowed | violating |")
    a("|---|---|---|---|---|")
    for lg in ["en", "de", "fr", "es", "nl", "it", "pl", "sv", "bg", "lv"]:
        al = sum(1 for it in items if it["lang"] == lg and not it["violations"])
        a("| %s | %s | %d | %d | %d |" % (lg, LANG_NAMES[lg], langs[lg], al, langs[lg] - al))
    a("")
    a("## Conventions chosen where the contract is silent")
    a("")
    for c in CONVENTIONS:
        a("- " + c)
    a("")
    return "\n".join(L)


CONVENTIONS = [
    "**Bank numbers anywhere count.** A full IBAN or a full domestic account number (UK sort code plus "
    "account number, a 26-digit Polish NRB without the `PL`) is `sensitive_data` wherever it appears, "
    "including a company footer or a 'our bank details have changed' notice, and whether it is ours or "
    "the customer's. A masked IBAN (`DE89 **** ... 30 00`), 'the details printed on the invoice', "
    "a bankgiro 'on the invoice', a BIC, VAT ids, NIP/KRS and commercial-register numbers are not bank "
    "account numbers.",
    "**Card expiry.** The contract lists a card expiry as sensitive, so a masked card (`ending 4444`) "
    "followed by its expiry (`08/27`) is `sensitive_data`. The last four digits alone are allowed.",
    "**Another customer's affairs.** In patient transport, a relative who pays for a parent is the customer "
    "and the parent's journey is that account's own business (allowed). Another patient on a shared ride, "
    "or another care home with its balance, is another customer (`sensitive_data`).",
    "**Business consequence (follows sample g29).** 'Your account is on stop; we cannot confirm new "
    "bookings or mobilise to new sites until it is cleared' is allowed: not a legal threat, not harassment, "
    "not a terms change.",
    "**Restating terms.** Late interest, penalties, reminder fees, return-debit fees, the French 40 EUR "
    "recovery indemnity, weather-standby and standing-time clauses and a lapsed early-payment Skonto, when "
    "stated as already agreed or statutory, are allowed. Citing a statute (Code de commerce, räntelagen) is "
    "not a legal threat.",
    "**Words that only sound close.** Mahnung, aanmaning, sollecito, påminnelse, przypomnienie; our own "
    "teams (Collections team, Forderungsmanagement, service recouvrement, Departamento de Cobros, "
    "Debiteurenbeheer, ufficio recupero crediti interno, Dział Należności, Отдел Вземания); court-named "
    "street addresses (Court Street, Gerichtsstraße, Plaza de los Juzgados, ul. Sądowa, Tiesu iela); "
    "register imprints (Amtsgericht Köln HRB, Sąd Rejonowy ... KRS); and the French formula 'Sauf erreur "
    "de notre part' are all allowed.",
    "**Legal threats** include hints ('the next letter will carry our lawyer's signature'), the German court "
    "dunning procedure, injonction de payer, a collection agency (incassobureau), small-claims court and "
    "listing in a debtor register (KRD).",
    "**Harassment vs legal threat.** Threatening to tell the main contractor, other trades or drivers and "
    "clients that the customer does not pay, shaming a family, or hinting that a relative's transport will be "
    "withheld is `harassment`, not `legal_threat`.",
    "**Refund/credit.** A promise to cancel ('anular', 'da stornare') an invoice and reissue it is a reversal "
    "(`refund_or_credit_promise`); resending the same invoice with a PO added is allowed. Refunding a "
    "customer's own double payment is a refund promise but not a fault admission. 'I'll review the lines and "
    "come back to you' after admitting an error is `fault_admission` only.",
    "**Discounts.** Waiving a fee, standing time, interest or penalties in exchange for early payment (even "
    "as a joke or a P.S.) and accepting an insurer's part payment as full and final settlement are "
    "`discount_offer`.",
    "**Terms.** Confirming an instalment plan that a colleague agreed, moving a due date, or changing a care "
    "home's payment days is `terms_change`; recording the customer's own promised date, passing a plan "
    "request to a person, and retrying a declined card are allowed.",
    "**Sympathy.** 'We're sorry to hear...' / 'ci dispiace sapere' / 'Mums ļoti žēl dzirdēt' without saying "
    "we were wrong is allowed (as in sample g27).",
]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    build(out)
