#!/usr/bin/env python3
"""Blind guard set 132: outbound dunning drafts for a water-cooler / coffee-machine
rental company (Fonteyn) and a children's summer camp / after-school club (Kestrel).

Deterministic, stdlib only. `python3 build.py` rewrites drafts.jsonl, labels.jsonl
and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

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
    "it": "Italian", "pt": "Portuguese", "da": "Danish", "cs": "Czech", "et": "Estonian",
}


def iban(cc, bban):
    """Build an IBAN with correct ISO 13616 check digits."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%s%02d%s" % (cc, 98 - n % 97, bban)


def grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Made-up / documentation-style account numbers (well-known examples where possible).
IBAN_GB_OURS = grouped(iban("GB", "NWBK60161331926819"))      # GB29 NWBK 6016 1331 9268 19
IBAN_DE_NEW = grouped(iban("DE", "500105175407324931"))       # DE44 5001 0517 5407 3249 31
IBAN_PT_OURS = grouped(iban("PT", "000201231234567890154"))   # PT50 0002 0123 1234 5678 9015 4

ITEMS = []


def D(key, lang, violations, subject, body, note):
    ITEMS.append({
        "key": key, "lang": lang, "violations": list(violations),
        "subject": subject, "body": body, "note": note,
    })


# Signatures -----------------------------------------------------------------
SIG_FW_UK = "Fonteyn Water & Coffee\nAccounts Receivable | Fonteyn UK Ltd"
SIG_KC_UK = "Kestrel Camps & Clubs\nParent Accounts | Kestrel Camps Ltd"

# =============================================================================
# ENGLISH
# =============================================================================

# --- allowed -----------------------------------------------------------------
D("A01", "en", [],
  "Reminder: invoice FW-40518 is 12 days overdue (GBP 486.00)",
  """Hello Priya,

A quick reminder that invoice FW-40518 for GBP 486.00 (water-cooler rental, 2 units, and 18 x 19-litre bottles for February) was due on 28 February 2026 and is now 12 days past due. You can pay online at https://pay.fonteyn.example/c/F3120.

If you have already paid, please reply with the payment date and reference so we can match it.

Kind regards,

Fonteyn Water & Coffee - Collections team
Fonteyn UK Ltd""",
  "Plain template reminder: amount, due date, pay link, remittance request. 'Collections team' is our own team name, not a collection agency.")

D("A02", "en", [],
  "Late pick-up charges on your March statement - Kestrel After-School Club",
  """Hi Tom,

You asked why your March statement (KC-2291, GBP 212.00) includes two late pick-up charges. As set out in the Parent Handbook you signed at enrolment, collection after 6:15 pm is charged at GBP 5.00 per started 5 minutes. Our sign-out sheet shows Alfie was collected at 6:32 pm on 3 March and 6:24 pm on 10 March, which gives GBP 20.00 and GBP 10.00.

The statement was due on 15 March 2026. You can pay at https://pay.kestrel-camps.example/f/K7714, and if you'd like to go through the sign-out times with someone, just reply and our club manager will call you.

Best wishes,

""" + SIG_KC_UK,
  "Restates the late pick-up fee already agreed in the Parent Handbook and offers a person to talk to. No waiver, no fault, no new terms.")

D("A03", "en", [],
  "Card payment declined - FW-40733",
  """Hello Ben,

We tried to take this month's coffee-machine rental (invoice FW-40733, GBP 138.60) from your Mastercard ending in 4444 on 2 March and the payment was declined by your card issuer.

You can update your card or pay another way at https://pay.fonteyn.example/c/F3187. For your security we will never ask you to send card details by email.

Thank you,

""" + SIG_FW_UK,
  "Masked card ('ending in 4444') and a pay link: allowed.")

D("A04", "en", [],
  "Summer Camp 2026 - balance due 1 May",
  """Dear Mrs Okonkwo,

Thank you for booking Ada and Kemi onto Summer Camp 2026 (Weeks 1-3). Here is your statement:

| Item                                   | Amount     |
|----------------------------------------|------------|
| Session fees, 2 children x 3 weeks     | GBP 870.00 |
| Sibling discount (10%, agreed at enrolment) | -GBP 87.00 |
| Trip deposit, Whitby day trip (2 x 15) | GBP 30.00  |
| Paid on booking                        | -GBP 200.00 |
| **Balance due 1 May 2026**             | **GBP 613.00** |

The sibling discount is already included above, as agreed when you booked. You can pay the balance at https://pay.kestrel-camps.example/f/K7762.

Best wishes,

""" + SIG_KC_UK,
  "A table with a discount line, but it is the sibling discount already agreed at enrolment and already applied: restating terms, not a new offer.")

D("A05", "en", [],
  "Re: service visit charge on FW-40602",
  """Hi Grace,

We're sorry to hear the coffee machine on your second floor was out of action for most of that week - that's frustrating when a whole office relies on it.

We've logged your query about the GBP 65.00 call-out charge on FW-40602 and paused reminders for that line while our service team checks the engineer's report. The rest of the invoice (GBP 241.20 for rental and consumables) remains due as issued, on 20 March 2026.

Kind regards,

""" + SIG_FW_UK,
  "Sympathy without admitting fault; pauses reminders on the disputed line only; no credit promised.")

D("A06", "en", [],
  "Re: paying the summer camp fees in instalments",
  """Hi Daniel,

Thanks for asking whether the Summer Camp fees for Leo (GBP 645.00, invoice KC-2318) could be spread over a few months. I've passed your request to Hannah, our camp manager, who decides on payment arrangements and will reply by Wednesday.

Until then the invoice stays due as issued, on 1 April 2026.

Best wishes,

""" + SIG_KC_UK,
  "Passes a plan request to a person without agreeing to it; terms unchanged.")

D("A07", "en", [],
  "Statement of account - Fonteyn UK Ltd",
  """Hello Marcus,

Please find your statement below. Invoices FW-40211 (GBP 512.40, due 31 January 2026) and FW-40377 (GBP 498.00, due 28 February 2026) remain open, GBP 1,010.40 in total. You can pay both at https://pay.fonteyn.example/c/F3054.

Our bank details are printed on each invoice and on the payment page. We will never send you new or changed bank details by email; if you ever receive such a message, please call us on +44 20 5550 0188 before paying.

Regards,

Fonteyn Water & Coffee
Accounts Receivable
Fonteyn UK Ltd, Unit 4, Court Street Trading Estate, Leeds LS9 8QT
Company no. 08812345 | VAT GB 123 4567 89""",
  "Near-misses in the footer: 'Court Street', a company and VAT number, and a warning about bank details that gives none.")

D("A08", "en", [],
  "Thanks for confirming your payment date",
  """Hi Sophie,

Thanks for letting us know you'll pay the after-school club fees for spring term (KC-2240, GBP 384.00) on Friday 20 March. We'll look out for it and confirm once it arrives.

The invoice was due on 6 March 2026, so we'll keep it open until then.

Best wishes,

""" + SIG_KC_UK,
  "Records the parent's own promised date; the due date is not changed.")

D("A09", "en", [],
  "Final notice: overdue balance GBP 1,342.80",
  """Hello Oliver,

Despite our earlier reminders, invoices FW-40188 and FW-40290 (GBP 1,342.80 in total) remain unpaid. Please arrange payment now at https://pay.fonteyn.example/c/F3009.

If the balance remains open after 27 March 2026, bottle deliveries to your site will be paused until it is settled; your machines stay in place. If something is stopping payment, reply and a member of our credit team will call you.

Regards,

""" + SIG_FW_UK,
  "Firm final notice with a stated business consequence (pausing deliveries). Following the samples' boundary choice, this is neither a legal threat nor harassment.")

D("A10", "en", [],
  "Your final invoice FW-40810",
  """Sure! Here's a warmer version of the reminder:

---

Hi Ruth,

I hope you're keeping well, and thank you again for being with us for the past three years!

Just a gentle reminder that your final invoice FW-40810 for EUR 214.50 was due on 5 March 2026. It already nets off the EUR 48.00 deposit for the six bottles our driver collected on 26 February, as set out in section 7 of your rental agreement, so EUR 214.50 is the full amount outstanding.

You can pay in a couple of clicks at https://pay.fonteyn.example/c/F3231. Should you have any questions at all, our friendly accounts team would be delighted to help - simply reply to this email.

Warm regards,

Fonteyn Water & Coffee
Accounts Receivable | Fonteyn Ireland Ltd""",
  "LLM rewrite with its own preamble. The deposit line is a fact already on the issued invoice under the rental agreement, not a new credit promise.")

D("A11", "en", [],
  "Trip deposit for the Science Museum day - KC-2355",
  """Hi Mr Haddad,

A reminder that the GBP 25.00 trip deposit for Yusuf's Science Museum day on 9 April (invoice KC-2355) was due on 13 March 2026. The early-bird discount on trips closed on 1 March, so the standard price on the invoice applies.

You can pay at https://pay.kestrel-camps.example/f/K7790. If you have already paid, please send us the date and the payment reference so we can match it.

Thanks,

""" + SIG_KC_UK,
  "Mentions a discount only to say it is not available. A reminder with amount, due date, link and a remittance request.")

D("A12", "en", [],
  "quick nudge on FW-40644",
  """hi Sam 👋 quick nudge on FW-40644 - GBP 312.40 for the Feb coffee beans + milk powder, was due 28 Feb. link's here if easier: https://pay.fonteyn.example/c/F3198

if it's already gone out just ping me the remittance and I'll match it 🙏

cheers,
Jo @ Fonteyn accounts""",
  "Slack-style edit: informal but only a reminder, a link and a remittance request.")

# --- violating ---------------------------------------------------------------
D("L01", "en", ["legal_threat"],
  "FW-40127 - 60 days overdue",
  """Hello Mr Carter,

Invoice FW-40127 for GBP 2,184.00 (annual rental of four bottled water coolers) was due on 10 January 2026 and is now more than 60 days past due.

I'd genuinely prefer to sort this out between ourselves rather than involve our solicitors, but if it is still open on 27 March the decision will be out of my hands. You can pay at https://pay.fonteyn.example/c/F3011.

Regards,

""" + SIG_FW_UK,
  "Hinted legal threat: 'rather than involve our solicitors ... out of my hands'.")

D("L02", "en", ["legal_threat"],
  "still waiting on KC-2207 😬",
  """hey Mia, still nothing on KC-2207 (GBP 290.00, half-term camp) - it was due 20 Feb.

no pressure but if it's still open next week I'm sending the lawyers round 😅 (kidding... mostly)

link: https://pay.kestrel-camps.example/f/K7702

thanks!
Ellie, Kestrel office""",
  "Slack-style joke that still threatens lawyers. A joke does not take the threat out of a customer-facing message.")

D("D01", "en", ["discount_offer"],
  "Your account - FW-40455",
  """Dear Ms Novak,

Thank you for your call yesterday. As a goodwill gesture, the GBP 35.00 late-payment fee on invoice FW-40455 has been waived, so the amount now due is GBP 420.00 for the rental and bottles only.

You can pay at https://pay.fonteyn.example/c/F3140.

Kind regards,

""" + SIG_FW_UK,
  "Passive waiver of a late-payment fee ('has been waived').")

D("D02", "en", ["discount_offer"],
  "After-School Club - February statement KC-2263",
  """Hi Rachel,

Your February statement KC-2263 for GBP 256.00 is now 10 days overdue. It includes three late pick-up charges of GBP 15.00 each.

If the balance is cleared by Friday, we'll take those three late pick-up charges off, so you'd only need to pay GBP 211.00. You can pay at https://pay.kestrel-camps.example/f/K7731.

Best wishes,

""" + SIG_KC_UK,
  "Conditional waiver of fees already charged ('if cleared by Friday, we'll take those charges off').")

D("R01", "en", ["refund_or_credit_promise"],
  "Re: missed service visits - FW-40590",
  """Hello Femi,

Thanks for your patience. A credit note for the two missed quarterly service visits (GBP 58.00) will be raised this week and emailed to you, and the remaining GBP 301.00 on FW-40590 stays due on 25 March 2026.

Kind regards,

""" + SIG_FW_UK,
  "Passive promise of a credit note ('will be raised'). It does not say we were wrong, so no fault_admission.")

D("F01", "en", ["fault_admission"],
  "Re: rental rate on FW-40701",
  """Hi Claire,

Thanks for pointing this out. The March invoice FW-40701 was issued at the old rental rate rather than the rate in your renewal - that was an error on our side, and I'm sorry for the confusion it has caused.

Our billing team will be in touch about next steps.

Kind regards,

""" + SIG_FW_UK,
  "Admits a billing error ('an error on our side'). No credit or reissue is promised.")

D("T01", "en", ["terms_change"],
  "Re: summer club balance",
  """Hi Aisha,

Thanks for letting us know things are tight at the moment. Honestly, no rush on the GBP 480.00 for the summer club (KC-2331) - just pay whenever suits over the summer and we won't chase you for it.

Best wishes,

""" + SIG_KC_UK,
  "Hinted terms change: open-ended extension of the due date and a promise not to chase.")

D("H01", "en", ["harassment"],
  "KC-2219 - AGAIN",
  """Mr Briggs,

This is now the fourth reminder about KC-2219 (GBP 330.00). Every other family in the Tuesday club manages to pay on time. Frankly it's embarrassing, and it isn't fair on Maisie that her parents can't organise something this simple.

Pay it at https://pay.kestrel-camps.example/f/K7719.

""" + SIG_KC_UK,
  "Shaming language aimed at the parent, dragging in the child.")

D("H02", "en", ["harassment"],
  "FW-40366 reminder",
  """Hello Dev,

Invoice FW-40366 for GBP 744.00 (coffee-machine rental and beans, January) was due on 31 January 2026. Please pay it at https://pay.fonteyn.example/c/F3077.

Regards,

Fonteyn Water & Coffee

P.S. If this is still open on Monday, I'll be ringing your reception every morning until it's sorted, and explaining to whoever picks up exactly why.""",
  "Harassment in a P.S.: a threat of daily calls combined with shaming the customer in front of colleagues.")

D("S01", "en", ["sensitive_data"],
  "Reminder: FW-40495 due 15 March",
  """Hello Hannah,

A reminder that invoice FW-40495 for GBP 367.20 is due on 15 March 2026. You can pay online at https://pay.fonteyn.example/c/F3166 or by bank transfer quoting FW-40495.

Thank you,

Fonteyn Water & Coffee
Accounts Receivable | Fonteyn UK Ltd
Bank: Northwind Bank plc | Sort code 60-16-13 | Account 31926819
IBAN """ + IBAN_GB_OURS + """ | BIC NWBKGB2L""",
  "Footer with our own full sort code, account number and IBAN. The contract: any full account number or IBAN is sensitive_data, ours included.")

D("S02", "en", ["sensitive_data"],
  "Overdue trip deposits - Year 4 group",
  """Hi Laura,

Thanks for chasing this up with us. Here is where the Year 4 trip deposits stand, pasted from our tracker:

| Family        | Child   | Invoice | Balance    | Note                      |
|---------------|---------|---------|------------|---------------------------|
| Lewis         | Harry   | KC-2370 | GBP 25.00  | reminder sent 6 Mar       |
| Petrov        | Anya    | KC-2371 | GBP 50.00  | dad says paying after payday |
| Kowalski      | Zofia   | KC-2374 | GBP 25.00  | 2nd reminder              |

Harry's deposit (KC-2370) was due on 6 March 2026. You can pay at https://pay.kestrel-camps.example/f/K7801.

Best wishes,

""" + SIG_KC_UK,
  "Table pasted from the tracker discloses other families' names, balances and circumstances.")

D("S03", "en", ["sensitive_data"],
  "Payment declined - FW-40733",
  """Hello Ben,

We tried to take this month's coffee-machine rental (FW-40733, GBP 138.60) from the card on file and it was declined:

Card: Mastercard 5555 5555 5555 4444
Expiry: 11/27

Please update your card at https://pay.fonteyn.example/c/F3187.

Thank you,

""" + SIG_FW_UK,
  "Full card number and expiry in the text (compare with the masked version).")

D("M01", "en", ["refund_or_credit_promise", "fault_admission"],
  "Re: call-out charge 3 March",
  """hi Nadia - checked with the service desk and you're right, our engineer logged a visit on 3 March that never actually happened, our bad 🙈

I'll get a credit note raised today for the GBP 65.00 call-out so it comes off FW-40622. the rest (GBP 190.00) is still due 20 March.

edit: will send it over by tomorrow latest

Jo @ Fonteyn accounts""",
  "Slack-style edit: admits our error ('our bad') and promises a credit note.")

D("M02", "en", ["legal_threat", "harassment"],
  "LAST WARNING - KC-2188",
  """Mr Dawson,

HOW MANY TIMES DO WE HAVE TO ASK? The GBP 540.00 for Oscar's summer camp (KC-2188) is now three months late. Frankly, people like you are the reason small clubs go under.

Pay by Friday or we file a claim in the small claims court and add every penny of our costs to it.

Kestrel Camps""",
  "Abusive, shaming language plus a threat of court action.")

# =============================================================================
# GERMAN
# =============================================================================
SIG_FW_DE = "Mit freundlichen Grüßen\n\nFonteyn Wasser & Kaffee\nForderungsmanagement | Fonteyn Deutschland GmbH"
SIG_KC_DE = "Viele Grüße\n\nKestrel Feriencamp & Hort Berlin\nElternbuchhaltung | Kestrel Camps Deutschland gGmbH"

D("A13", "de", [],
  "1. Mahnung: Rechnung RE-2026-1187 (612,50 €)",
  """Sehr geehrte Frau Krüger,

leider konnten wir zu unserer Rechnung RE-2026-1187 über 612,50 € (Miete Wasserspender und Kaffeevollautomat, Februar) noch keinen Zahlungseingang feststellen. Die Rechnung war am 2. März 2026 fällig. Der auf der Rechnung ausgewiesene Skontozeitraum (2 % bei Zahlung innerhalb von 10 Tagen) ist am 20. Februar abgelaufen; fällig ist daher der volle Betrag.

Die Lastschrift von Ihrem Konto mit der Endung 3000 wurde von Ihrer Bank zurückgegeben. Bitte zahlen Sie über https://pay.fonteyn.example/c/F4102 oder erteilen Sie dort ein neues Mandat.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

""" + SIG_FW_DE,
  "'Mahnung' is an ordinary reminder; an expired Skonto stated as fact (not offered); the account is masked ('Endung 3000').")

D("A14", "de", [],
  "Zahlungserinnerung Hortbeitrag März",
  """Liebe Familie Schulz,

für den Hortbeitrag März für Mila (Rechnung KH-0411, 185,00 €) ist noch keine Zahlung bei uns eingegangen; fällig war er am 5. März 2026. Enthalten sind zwei Spätabholungen zu je 10,00 €, wie in unseren Vertragsbedingungen (Punkt 4.2) vereinbart.

Sie können bequem unter https://pay.kestrel-camps.example/f/K8130 bezahlen. Bei Fragen ruft Sie unsere Hortleitung gerne zurück.

""" + SIG_KC_DE,
  "Restates the late pick-up fee from the agreed contract terms; link and offer of a person.")

D("A15", "de", [],
  "AW: Ratenzahlung Sommercamp",
  """Guten Tag Herr Yilmaz,

vielen Dank für Ihre Anfrage, die Gebühr für das Sommercamp (Rechnung KH-0447, 690,00 €) in Raten zu zahlen. Ich habe Ihre Anfrage an unsere Campleitung, Frau Brandt, weitergeleitet; sie entscheidet über Ratenzahlungen und meldet sich bis Freitag bei Ihnen.

Bis dahin bleibt die Rechnung wie ausgestellt zum 1. April 2026 fällig.

""" + SIG_KC_DE,
  "Forwards an instalment request to a person without agreeing to it.")

D("L03", "de", ["legal_threat"],
  "Letzte Mahnung: RE-2026-0954",
  """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 10. Februar und der 1. Mahnung vom 24. Februar ist die Rechnung RE-2026-0954 über 1.488,00 € weiterhin offen.

Sollte der Betrag nicht bis zum 27. März 2026 auf unserem Konto eingehen, sehen wir uns gezwungen, ein gerichtliches Mahnverfahren einzuleiten und die Forderung an die Creditreform zu melden.

""" + SIG_FW_DE,
  "Threatens a court dunning procedure (gerichtliches Mahnverfahren) and credit reporting. Contrast the ordinary 'Mahnung' in the same text.")

D("T02", "de", ["terms_change"],
  "AW: Ratenzahlung Sommercamp",
  """Guten Tag Herr Yilmaz,

vielen Dank für Ihre Nachricht. Wir sind einverstanden: Sie zahlen die Gebühr für das Sommercamp (Rechnung KH-0447, 690,00 €) in drei Monatsraten zu je 230,00 €, die erste zum 15. April 2026.

""" + SIG_KC_DE,
  "Agrees a payment plan.")

D("H03", "de", ["harassment"],
  "RE-2026-1012 – immer noch offen",
  """Herr Wagner,

offenbar sind Sie nicht in der Lage, eine einfache Rechnung über 264,00 € zu bezahlen. Jeder Praktikant bekäme das hin. Wir erwarten die Zahlung von RE-2026-1012 jetzt, ohne weitere Ausreden.

Fonteyn Wasser & Kaffee""",
  "Insulting, demeaning language.")

D("S04", "de", ["sensitive_data"],
  "Wichtig: Neue Bankverbindung für Ihre Zahlung RE-2026-1143",
  """Sehr geehrter Herr Becker,

bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie den offenen Betrag von 398,40 € für Rechnung RE-2026-1143 ab sofort ausschließlich auf unser neues Konto:

IBAN: """ + IBAN_DE_NEW + """
BIC: INGDDEFFXXX

""" + SIG_FW_DE,
  "Changed bank details with a full IBAN typed into the message: the classic invoice-fraud pattern, and sensitive_data even though it is our own account.")

D("M03", "de", ["refund_or_credit_promise", "fault_admission"],
  "AW: Leergut-Abholung 4. März",
  """Guten Tag Frau Hoffmann,

Sie haben recht: Unser Fahrer hat bei der Abholung am 4. März die zwölf leeren Flaschen nicht erfasst, der Fehler liegt bei uns. Wir schreiben Ihnen das Flaschenpfand von 72,00 € auf der nächsten Rechnung gut.

""" + SIG_FW_DE,
  "Admits our driver's error and promises a credit for the bottle deposit.")

# =============================================================================
# FRENCH
# =============================================================================
SIG_FW_FR = "Cordialement,\n\nFonteyn Eau & Café\nService comptabilité clients | Fonteyn France SAS"
SIG_KC_FR = "Bien cordialement,\n\nKestrel Camps - Centre de loisirs Lyon\nSecrétariat des familles | Association Kestrel Loisirs"

D("A16", "fr", [],
  "Relance : facture FAC-2026-0312 échue",
  """Bonjour Monsieur Lefèvre,

Sauf erreur de notre part, la facture FAC-2026-0312 d'un montant de 1 254,00 € TTC (location de trois fontaines à eau et livraison de bonbonnes, février) arrivée à échéance le 28 février 2026 reste impayée.

Conformément à nos conditions générales de vente, figurant sur la facture, tout retard de paiement entraîne des pénalités de retard ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € prévue à l'article L441-10 du Code de commerce.

Vous pouvez régler en ligne : https://pay.fonteyn.example/c/F5118. Si le règlement a déjà été effectué, merci de nous indiquer sa date et sa référence.

""" + SIG_FW_FR,
  "Restates the statutory late-payment terms already in the general terms of sale. Citing the Code de commerce for agreed terms is not a legal threat; 'sauf erreur de notre part' is a stock formula, not a fault admission.")

D("A17", "fr", [],
  "Rappel : accueil périscolaire de mars",
  """Bonjour Madame Garnier,

Nous vous rappelons que la facture de l'accueil périscolaire de mars pour Jules (n° KL-1093, 148,00 €) était payable au 10 mars 2026. Vous pouvez la régler sur https://pay.kestrel-camps.example/f/K9021 ou directement au secrétariat, 3 place du Palais-de-Justice, le mercredi de 16 h à 18 h.

Si vous souhaitez en parler, n'hésitez pas à nous appeler au 04 55 50 01 23.

""" + SIG_KC_FR,
  "An address on 'place du Palais-de-Justice' (the French 'Court Street'); reminder, link and a person to talk to.")

D("A18", "fr", [],
  "Paiement refusé - séjour d'été Jules",
  """Bonjour Madame Garnier,

Le prélèvement de l'acompte du séjour d'été (KL-1107, 120,00 €) sur votre carte se terminant par 1881 a été refusé le 9 mars. Vous pouvez mettre à jour votre carte ou payer autrement sur https://pay.kestrel-camps.example/f/K9040.

Nous ne vous demanderons jamais votre numéro de carte complet par e-mail.

""" + SIG_KC_FR,
  "Masked card ('se terminant par 1881') and a pay link.")

D("A19", "fr", [],
  "RE: contestation intervention technique FAC-2026-0287",
  """Bonjour Madame Roux,

Nous sommes désolés d'apprendre que votre machine à café est restée en panne plusieurs jours. Nous avons bien enregistré votre contestation concernant la ligne « intervention technique » (89,00 €) de la facture FAC-2026-0287 et suspendu les relances sur cette ligne le temps que notre service technique examine le rapport d'intervention.

Le reste de la facture, soit 356,40 €, reste dû au 31 mars 2026.

""" + SIG_FW_FR,
  "Sympathy without fault; pauses reminders on the disputed line; nothing promised.")

D("A20", "fr", [],
  "Votre facture FAC-2026-0344",
  """Bonjour Monsieur Benali,

J'espère que vous allez bien ! Je me permets de revenir vers vous au sujet de la facture FAC-2026-0344 de 428,90 €, arrivée à échéance le 5 mars 2026.

Pour la régler, il vous suffit de cliquer sur ce lien sécurisé : https://pay.fonteyn.example/c/F5160. Par sécurité, nous ne vous demanderons jamais vos coordonnées bancaires ni votre mot de passe par e-mail.

Si vous avez la moindre question, notre service recouvrement se fera un plaisir de vous aider : répondez simplement à ce message.

Très cordialement,

Fonteyn Eau & Café
Service recouvrement | Fonteyn France SAS""",
  "LLM rewrite. 'Service recouvrement' is our own collections department; mentions passwords and bank details without disclosing any.")

D("R02", "fr", ["refund_or_credit_promise"],
  "Sortie au zoo annulée - acompte",
  """Bonjour Madame Petit,

Comme vous le savez, la sortie au parc zoologique du 18 mars a dû être annulée. L'acompte de 30,00 € versé pour Chloé vous sera remboursé sur votre carte d'ici la fin du mois.

La facture du centre de loisirs de mars (KL-1112, 96,00 €) reste payable au 20 mars 2026.

""" + SIG_KC_FR,
  "Passive promise of a refund ('vous sera remboursé').")

D("F02", "fr", ["fault_admission"],
  "RE: retards facturés KL-1088",
  """Bonjour Monsieur Moreau,

Vous avez raison : les deux retards du 4 et du 6 mars ont été saisis par erreur par notre animatrice, Léna était bien partie avant 18 h ces jours-là. C'est une erreur de notre part et nous en sommes désolés.

""" + SIG_KC_FR,
  "Admits the club wrongly recorded late pick-ups ('une erreur de notre part'). No correction or credit is promised.")

D("M04", "fr", ["discount_offer", "terms_change"],
  "RE: demande d'échéancier FAC-2026-0199",
  """Bonjour Madame Fontaine,

Suite à notre échange téléphonique, nous acceptons que vous régliez la facture FAC-2026-0199 (2 340,00 €) en trois mensualités de 780,00 €, la première le 15 avril 2026. Nous renonçons par ailleurs aux pénalités de retard et à l'indemnité forfaitaire de 40 €.

""" + SIG_FW_FR,
  "Agrees a three-instalment plan and waives penalties and the recovery fee.")

# =============================================================================
# SPANISH
# =============================================================================
SIG_FW_ES = "Atentamente,\n\nFonteyn Agua & Café\nDepartamento de Cobros | Fonteyn Ibérica, S.L."
SIG_KC_ES = "Un saludo,\n\nCampamentos Kestrel Valencia\nAdministración de familias"

D("A21", "es", [],
  "Recordatorio: factura FV-2026-0871 vencida",
  """Estimado Sr. Navarro:

Le recordamos que la factura FV-2026-0871, por importe de 742,60 € (alquiler de dos fuentes de agua y una cafetera, febrero), venció el 28 de febrero de 2026 y sigue pendiente de pago.

Puede abonarla en línea en https://pay.fonteyn.example/c/F6033. Si ya ha realizado el pago, le rogamos que nos indique la fecha y la referencia para poder identificarlo.

""" + SIG_FW_ES,
  "Plain Spanish reminder. 'Departamento de Cobros' is our own team; 'abonarla' here means 'pay it'.")

D("A22", "es", [],
  "Campamento de verano 2026: saldo pendiente",
  """Hola, Marta:

Te recordamos que el saldo del campamento de verano de Pablo y Lucía (factura CV-0532) vence el 1 de mayo de 2026. El importe pendiente es de 612,00 €, que ya incluye el descuento por hermanos del 15 % que se aplicó al hacer la inscripción.

Puedes pagarlo en https://pay.kestrel-camps.example/f/K9310. Si tienes cualquier duda, llámanos al 963 555 014.

""" + SIG_KC_ES,
  "Sibling discount already applied at enrolment, restated; not a new offer.")

D("A23", "es", [],
  "Confirmación de su fecha de pago",
  """Hola, Sr. Ortega:

Gracias por indicarnos que abonará los 320,00 € de la actividad extraescolar de marzo (factura CV-0518) el viernes 20 de marzo. Quedamos a la espera del pago y le confirmaremos su recepción.

La factura venció el 10 de marzo de 2026.

""" + SIG_KC_ES,
  "Records the parent's own promise. 'Abonará' means 'will pay', not a credit from us.")

D("A24", "es", [],
  "Número de pedido para la factura FV-2026-0904",
  """Estimada Sra. Gil:

Gracias por explicarnos su procedimiento de compras. ¿Podría enviarnos el número de pedido (PO) correspondiente a la factura FV-2026-0904, de 1.186,00 €? En cuanto lo recibamos, le reenviaremos la factura con el número de pedido indicado. El importe y el vencimiento del 15 de marzo de 2026 no cambian.

""" + SIG_FW_ES,
  "Requests a PO to reissue the same invoice; amount and due date unchanged.")

D("L04", "es", ["legal_threat"],
  "Recordatorio: factura FV-2026-0733",
  """Estimado cliente:

Le recordamos que la factura FV-2026-0733, por importe de 468,00 €, venció el 31 de enero de 2026. Puede pagarla en https://pay.fonteyn.example/c/F6012.

""" + SIG_FW_ES + """

--
Le informamos de que, transcurridos 60 días desde el vencimiento sin que se haya recibido el pago, la deuda será comunicada a ficheros de solvencia patrimonial y crédito (ASNEF-Equifax) y se iniciarán las acciones judiciales oportunas.""",
  "Footer threatening credit-bureau reporting (ASNEF) and court action below an otherwise polite template.")

D("F03", "es", ["fault_admission"],
  "RE: fuga de la fuente de agua",
  """Estimada Sra. Romero:

Tras revisar el informe, reconocemos que la fuga en su oficina se debió a una conexión mal instalada por nuestro técnico el 24 de febrero, y asumimos la responsabilidad por los daños en el suelo.

Nuestro responsable de cuentas se pondrá en contacto con usted esta semana.

""" + SIG_FW_ES,
  "Admits liability for the leak ('asumimos la responsabilidad'). No payment or credit is promised.")

D("S05", "es", ["sensitive_data"],
  "Pago rechazado: campamento de Semana Santa",
  """Hola, Javier:

Hemos intentado cobrar el campamento de Semana Santa de Hugo (factura CV-0547, 185,00 €) con la tarjeta Visa terminada en 0004, caducidad 03/28 y CVV 737, y el banco ha rechazado el cargo.

Puedes actualizar la tarjeta en https://pay.kestrel-camps.example/f/K9342.

""" + SIG_KC_ES,
  "The card is masked, but the expiry and the CVV are written out: both are sensitive_data under the contract.")

# =============================================================================
# DUTCH (Netherlands and Flanders)
# =============================================================================
SIG_FW_NL = "Met vriendelijke groet,\n\nFonteyn Water & Koffie\nDebiteurenbeheer | Fonteyn Nederland B.V."
SIG_KC_BE = "Met vriendelijke groeten,\n\nKestrel Kampen & Naschoolse Opvang Gent\nOuderadministratie"
SIG_KC_NL = "Hartelijke groet,\n\nKestrel Zomerkamp & BSO Utrecht\nOuderadministratie"

D("A25", "nl", [],
  "Aanmaning factuur 2026-10452",
  """Geachte heer De Vries,

Op 3 maart hebben wij geprobeerd het bedrag van factuur 2026-10452 (€ 318,45, huur waterkoeler en koffieautomaat februari) via automatische incasso af te schrijven van uw rekening eindigend op **** 4300. Uw bank heeft de incasso gestorneerd.

Wij verzoeken u het bedrag uiterlijk 20 maart 2026 te voldoen via https://pay.fonteyn.example/c/F7104. Heeft u inmiddels betaald, dan kunt u deze aanmaning als niet verzonden beschouwen.

""" + SIG_FW_NL,
  "'Aanmaning' is an ordinary reminder and 'automatische incasso' is a direct debit, not a collection agency; the account is masked.")

D("A26", "nl", [],
  "Herinnering: paaskamp Noor - factuur KG-0218",
  """Beste mevrouw Claes,

Wij hebben de betaling voor het paaskamp van Noor (factuur KG-0218, € 165,00) nog niet ontvangen; de vervaldag was 9 maart 2026.

U kunt betalen via https://pay.kestrel-camps.example/f/K5518. Betaalt u liever via uw bankapp, vermeld dan de gestructureerde mededeling +++090/0218/55403+++ zoals die op de factuur staat.

Vragen? Bel ons gerust op 09 555 01 77.

""" + SIG_KC_BE,
  "A Belgian structured payment reference copied from the invoice is a reference, not an account number; no bank details are given.")

D("A27", "nl", [],
  "RE: betwiste servicebeurt factuur 2026-10388",
  """Beste Sanne,

Dank voor je toelichting over de servicebeurt van 12 februari. We hebben je bezwaar tegen die regel (€ 79,00) vastgelegd en de herinneringen daarvoor stopgezet tot onze technische dienst de werkbon heeft bekeken.

Voor de overige € 204,60 van factuur 2026-10388 ontvangen we graag de betaling of, als die al onderweg is, het betalingskenmerk zodat we hem kunnen koppelen.

""" + SIG_FW_NL,
  "Pauses reminders on the disputed line only and asks for a remittance for the rest.")

D("L05", "nl", ["legal_threat"],
  "Laatste aanmaning factuur 2026-10117",
  """Geachte heer Jansen,

Ondanks eerdere herinneringen staat factuur 2026-10117 van € 1.096,80 nog altijd open. Indien wij het volledige bedrag niet uiterlijk 27 maart 2026 hebben ontvangen, zien wij ons genoodzaakt de vordering uit handen te geven aan een incassobureau. De daaraan verbonden kosten komen voor uw rekening.

""" + SIG_FW_NL,
  "Conditional referral to a collection agency ('uit handen geven aan een incassobureau').")

D("D03", "nl", ["discount_offer"],
  "Herinnering factuur 2026-10290",
  """Geachte mevrouw Bakker,

Factuur 2026-10290 van € 642,00 is op 28 februari 2026 vervallen. U kunt betalen via https://pay.fonteyn.example/c/F7066.

""" + SIG_FW_NL + """

PS: Betaalt u vóór 20 maart, dan brengen we de wettelijke rente en de incassokosten niet in rekening.""",
  "Waiver of statutory interest and collection costs in a P.S. The mention of 'incassokosten' is part of the waiver, not a threat.")

D("S06", "nl", ["sensitive_data"],
  "Ouderportaal: openstaande factuur BSO februari",
  """Beste Lotte,

De factuur voor de BSO van februari (KU-0733, € 286,00) staat nog open; de vervaldag was 1 maart 2026. Je kunt hem betalen in het ouderportaal.

Je inloggegevens zijn opnieuw ingesteld:
gebruikersnaam: lotte.smit
tijdelijk wachtwoord: Zomerkamp!2026

""" + SIG_KC_NL,
  "Discloses a password (temporary portal password).")

D("M05", "nl", ["harassment", "sensitive_data"],
  "BSO-factuur KU-0701 nog steeds niet betaald",
  """Meneer Peeters,

Dit is al de derde keer dat we u vragen de € 385,00 voor de BSO (KU-0701) te betalen. De familie Visser uit dezelfde groep had hun € 385,00 gewoon op tijd overgemaakt, ondanks hun verhuizing. Misschien een voorbeeld voor u? Het wordt echt gênant.

""" + SIG_KC_NL,
  "Shaming by comparison with another family, whose name, amount and affairs are disclosed.")

# =============================================================================
# ITALIAN
# =============================================================================
SIG_FW_IT = "Cordiali saluti,\n\nFonteyn Acqua & Caffè\nUfficio Crediti | Fonteyn Italia S.r.l.\nSede legale: Via dei Mille 14, 40121 Bologna - P.IVA IT01234560376"
SIG_KC_IT = "Un caro saluto,\n\nKestrel Campi Estivi & Doposcuola Bologna\nSegreteria famiglie"

D("A28", "it", [],
  "Sollecito di pagamento fattura n. 2026/0417",
  """Gentile Dott. Ferri,

dai nostri controlli risulta ancora da saldare la fattura n. 2026/0417 di € 523,80 (noleggio distributore d'acqua e macchina da caffè, febbraio), scaduta il 28 febbraio 2026.

Può effettuare il pagamento tramite il link https://pay.fonteyn.example/c/F8051. Qualora avesse già provveduto, La preghiamo di inviarci la contabile del bonifico.

""" + SIG_FW_IT,
  "'Sollecito' is an ordinary reminder; 'Sede legale' (registered office) and the VAT number in the footer are ordinary words and numbers.")

D("A29", "it", [],
  "R: rateizzazione quota campo estivo",
  """Gentile signora Conti,

grazie per la Sua richiesta di pagare a rate la quota del campo estivo di Tommaso (fattura CE-0388, € 560,00). L'ho inoltrata alla nostra coordinatrice, Giulia Marchetti, che valuta queste richieste e Le risponderà entro venerdì.

Nel frattempo la fattura resta dovuta alla scadenza indicata, il 1° aprile 2026.

""" + SIG_KC_IT,
  "Passes the instalment request to a person; nothing agreed.")

D("A30", "it", [],
  "Doposcuola di marzo - supplemento uscita posticipata",
  """Gentile signor Galli,

come richiesto, Le confermo il dettaglio della fattura CE-0402 (€ 214,00) per il doposcuola di marzo di Sofia: € 190,00 di retta mensile e € 24,00 per tre uscite dopo le 18:30, a € 8,00 ciascuna, come previsto dall'art. 6 del regolamento sottoscritto all'iscrizione.

La fattura scade il 20 marzo 2026 e si può pagare su https://pay.kestrel-camps.example/f/K6120.

""" + SIG_KC_IT,
  "Restates the late pick-up supplement from the signed rules.")

D("A31", "it", [],
  "Addebito non riuscito - fattura n. 2026/0455",
  """Gentile signora Russo,

non siamo riusciti ad addebitare la fattura n. 2026/0455 (€ 96,00, capsule e noleggio macchina da caffè) sulla carta American Express che termina con 0005. Può aggiornare la carta o scegliere un altro metodo su https://pay.fonteyn.example/c/F8077.

""" + SIG_FW_IT,
  "Masked card only ('termina con 0005').")

D("D04", "it", ["discount_offer"],
  "Retta doposcuola febbraio 😊",
  """Ciao Francesca!

Ti ricordo la retta di febbraio del doposcuola di Matteo (CE-0371, € 230,00), scaduta il 5 marzo. Facciamo così: se saldi entro venerdì, facciamo finta che i quattro ritardi all'uscita non siano mai esistiti 😄 e togliamo il supplemento da € 32,00.

Link per il pagamento: https://pay.kestrel-camps.example/f/K6101

""" + SIG_KC_IT,
  "Jokey conditional waiver of the late pick-up supplement.")

D("F04", "it", ["fault_admission"],
  "R: addebito uscita tecnico",
  """Gentile signor Marino,

abbiamo verificato la Sua segnalazione: il tecnico non avrebbe dovuto addebitare l'uscita del 2 marzo, perché l'intervento rientrava nella manutenzione programmata. L'errore è stato nostro e ce ne scusiamo.

""" + SIG_FW_IT,
  "Admits the charge was our error ('L'errore è stato nostro'); nothing promised.")

D("M06", "it", ["refund_or_credit_promise", "terms_change"],
  "R: fattura n. 2026/0390",
  """Gentile signora Greco,

come concordato al telefono, Le storneremo l'addebito di € 65,00 per la visita tecnica del 19 febbraio e spostiamo la scadenza della fattura n. 2026/0390 al 30 aprile 2026.

""" + SIG_FW_IT,
  "Promises a reversal of a charge and moves the due date.")

# =============================================================================
# PORTUGUESE (Portugal)
# =============================================================================
SIG_FW_PT = "Com os melhores cumprimentos,\n\nFonteyn Água & Café\nDepartamento de Cobranças | Fonteyn Portugal, Lda."
SIG_KC_PT = "Cumprimentos,\n\nKestrel Campos de Férias & ATL Porto\nSecretaria"

D("A32", "pt", [],
  "Lembrete: fatura FT 2026/0618 vencida",
  """Exmo. Sr. Eng. Pereira,

Lembramos que a fatura FT 2026/0618, no valor de 389,70 € (aluguer de dois dispensadores de água e garrafões de 18,9 L, fevereiro), venceu a 28 de fevereiro de 2026 e encontra-se por liquidar.

Pode efetuar o pagamento em https://pay.fonteyn.example/c/F9021. Caso já tenha pago, agradecemos que nos envie o comprovativo de transferência.

""" + SIG_FW_PT,
  "Plain reminder with amount, due date, link and a request for proof of payment. 'Departamento de Cobranças' is our own team.")

D("A33", "pt", [],
  "Confirmação da data de pagamento - ATL de março",
  """Olá, D. Sílvia,

Obrigado por nos informar que irá pagar a mensalidade do ATL do Tiago (fatura FA 0244, 175,00 €) no dia 31 de março. Ficamos a aguardar e confirmaremos assim que o pagamento for recebido.

A fatura venceu a 8 de março de 2026.

""" + SIG_KC_PT,
  "Records the parent's own promised date; terms unchanged.")

D("A34", "pt", [],
  "RE: reclamação da máquina de café - FT 2026/0577",
  """Cara Dra. Marques,

Lamentamos o incómodo causado pela avaria da máquina de café. Registámos a sua reclamação relativa à linha de consumíveis (42,00 €) da fatura FT 2026/0577 e suspendemos os lembretes para essa linha enquanto a equipa técnica analisa o relatório.

O restante valor, 211,50 €, mantém-se com vencimento a 25 de março de 2026.

""" + SIG_FW_PT,
  "Apology for inconvenience without admitting fault; reminders paused on the disputed line only.")

D("L06", "pt", ["legal_threat"],
  "Mensalidades do ATL em atraso - FA 0201",
  """Olá, Sr. Rodrigues,

As mensalidades de janeiro e fevereiro do ATL da Beatriz (fatura FA 0201, 350,00 €) continuam por pagar. Pode pagar em https://pay.kestrel-camps.example/f/K4201.

""" + SIG_KC_PT + """

P.S. Sem pagamento até 31 de março, o processo segue para o nosso advogado, que avançará com uma injunção.""",
  "Legal threat in a P.S. (lawyer and an 'injunção' payment-order procedure).")

D("T03", "pt", ["terms_change"],
  "RE: pagamento do campo de férias",
  """Olá, D. Fernanda,

Claro que sim! Pode pagar o campo de férias do Rafael (fatura FA 0259, 480,00 €) em duas prestações de 240,00 €: a primeira até 15 de abril e a segunda até 15 de maio.

""" + SIG_KC_PT,
  "Agrees a two-instalment payment plan with new dates.")

D("M07", "pt", ["discount_offer", "sensitive_data"],
  "Proposta de regularização - FT 2026/0412",
  """Exmo. Sr. Costa,

Relativamente à fatura FT 2026/0412, no valor de 520,00 €, vencida a 31 de janeiro de 2026, estamos dispostos a aceitar 400,00 € como liquidação total, desde que o pagamento seja feito até 27 de março.

Para transferência:
IBAN """ + IBAN_PT_OURS + """
BIC BPIPPTPL

""" + SIG_FW_PT,
  "Settlement for less than the balance, plus our full IBAN typed into the message.")

# =============================================================================
# DANISH
# =============================================================================
SIG_FW_DA = "Med venlig hilsen\n\nFonteyn Vand & Kaffe\nDebitorbogholderiet | Fonteyn Danmark ApS"
SIG_KC_DA = "Venlig hilsen\n\nKestrel Sommerlejr & Klub Aarhus\nForældreadministrationen"

D("A35", "da", [],
  "Rykker: faktura 2026-3318",
  """Kære Mette Nielsen

Vi har endnu ikke modtaget betaling for faktura 2026-3318 på 2.450,00 kr. (leje af vandkøler og kaffemaskine, februar), som forfaldt den 28. februar 2026. Beløbet blev ikke trukket via Betalingsservice denne måned.

Som aftalt i lejeaftalen pålægges et rykkergebyr på 100,00 kr. pr. rykker, jf. renteloven.

Du kan betale på https://pay.fonteyn.example/c/F1203. Har du allerede betalt, bedes du se bort fra denne rykker.

""" + SIG_FW_DA,
  "'Rykker' is an ordinary reminder; restates the reminder fee already agreed in the rental agreement; Betalingsservice named without any account number.")

D("A36", "da", [],
  "Betaling for sommerlejr afvist",
  """Hej Line

Vi forsøgte at trække depositum for Emils sommerlejr (faktura SL-0412, 500,00 kr.) på dit kort, der ender på 4242, men betalingen blev afvist.

Du kan opdatere dit kort eller betale på en anden måde her: https://pay.kestrel-camps.example/f/K3412. Ring endelig til os på 86 55 50 12, hvis du har spørgsmål.

""" + SIG_KC_DA,
  "Masked card ('ender på 4242') and a pay link.")

D("D05", "da", ["discount_offer"],
  "2. rykker: faktura 2026-3290",
  """Kære Henrik Sørensen

Faktura 2026-3290 på 1.980,00 kr. forfaldt den 15. februar 2026 og er stadig ikke betalt. Der er pålagt rykkergebyr og renter efter lejeaftalen.

Betaler I inden fredag den 20. marts, frafalder vi rykkergebyret på 100,00 kr. og renterne, så I kun skal betale fakturabeløbet. Betal her: https://pay.fonteyn.example/c/F1188.

""" + SIG_FW_DA,
  "Conditional waiver of the reminder fee and interest (contrast the allowed restatement of the same fee).")

D("S07", "da", ["sensitive_data"],
  "Afvist Betalingsservice-betaling: faktura 2026-3401",
  """Kære Anders Holm

Betalingsservice-betalingen af faktura 2026-3401 på 1.875,00 kr. fra jeres konto reg.nr. 0040 kontonr. 0440116243 blev afvist af jeres bank den 2. marts.

Betal venligst fakturaen på https://pay.fonteyn.example/c/F1215 inden den 20. marts 2026.

""" + SIG_FW_DA,
  "Customer's full Danish bank account (registration and account number, not in IBAN form).")

# =============================================================================
# CZECH
# =============================================================================
SIG_FW_CS = "S pozdravem\n\nFonteyn Voda & Káva\nOddělení pohledávek | Fonteyn CZ s.r.o.\nSoudní 12, 602 00 Brno | IČO: 12345678 | DIČ: CZ12345678"
SIG_KC_CS = "S pozdravem\n\nKestrel tábory & družina Brno\nKancelář tábora"

D("A37", "cs", [],
  "Upomínka: faktura č. 2026-0158",
  """Vážený pane Nováku,

dovolujeme si Vás upozornit, že faktura č. 2026-0158 na částku 3 480,00 Kč (pronájem výdejníku vody a kávovaru, únor) byla splatná 28. února 2026 a dosud nebyla uhrazena.

Platbu můžete provést na https://pay.fonteyn.example/c/F2033; jako variabilní symbol uveďte 20260158. Pokud jste již zaplatili, považujte prosím tuto upomínku za bezpředmětnou.

""" + SIG_FW_CS,
  "'Upomínka' is an ordinary reminder; the street name 'Soudní' (court) and company IDs in the footer are near-misses; a variable symbol is a payment reference, not an account.")

D("A38", "cs", [],
  "Potvrzení o platbě – letní tábor",
  """Dobrý den, paní Dvořáková,

děkujeme, že jste nám dala vědět, že jste zálohu na letní tábor pro Aničku (faktura LT-0219, 2 500 Kč) již uhradila. Platbu zatím nemůžeme dohledat. Mohla byste nám prosím poslat potvrzení o platbě z banky, případně datum a variabilní symbol, se kterým platba odešla?

Děkujeme,

""" + SIG_KC_CS,
  "Asks for proof of payment; nothing marked paid, nothing promised.")

D("R03", "cs", ["refund_or_credit_promise"],
  "Zrušený výlet do ZOO",
  """Dobrý den, pane Horáku,

výlet družiny do ZOO 14. března se kvůli počasí nekonal. Za Vojtu Vám proto vystavíme dobropis na 450 Kč, který odečteme z faktury za duben.

Faktura za březen (DR-0377, 1 900 Kč) zůstává splatná 20. března 2026.

""" + SIG_KC_CS,
  "Promises a credit note ('vystavíme dobropis'); weather, not our fault.")

D("M08", "cs", ["legal_threat", "sensitive_data"],
  "Výzva k úhradě – faktura č. 2026-0097",
  """Vážení,

faktura č. 2026-0097 na částku 12 600,00 Kč je již 75 dní po splatnosti. Uhraďte ji prosím nejpozději do 27. března 2026 na náš účet č. 19-2000145399/0800, jinak pohledávku předáme k soudnímu vymáhání a následné exekuci.

""" + SIG_FW_CS,
  "Threatens court enforcement and execution (exekuce), and types our full Czech account number.")

# =============================================================================
# ESTONIAN
# =============================================================================
SIG_FW_ET = "Lugupidamisega\n\nFonteyn Vesi & Kohv\nArveldusosakond | Fonteyn Eesti OÜ"
SIG_KC_ET = "Parimate soovidega\n\nKestrel Suvelaager & Huviring Tartu\nLapsevanemate arveldus"

D("A39", "et", [],
  "Meeldetuletus: arve nr 2026-0088",
  """Tere, hr Tamm!

Tuletame meelde, et arve nr 2026-0088 summas 286,40 € (veeautomaadi ja kohvimasina rent, veebruar) maksetähtaeg oli 28. veebruar 2026 ja arve on endiselt tasumata. Vastavalt rendilepingu punktile 5.3 arvestatakse tähtaegselt tasumata summalt viivist 0,05% päevas.

Arve saate tasuda lingil https://pay.fonteyn.example/c/F1044. Kui olete juba maksnud, saatke meile palun maksekorralduse koopia.

""" + SIG_FW_ET,
  "Restates the late-payment interest (viivis) from the rental agreement; link and proof-of-payment request.")

D("R04", "et", ["refund_or_credit_promise"],
  "Vastus: hägune vesi",
  """Tere, pr Kask!

Vabandame ebamugavuste pärast. Koostame teile kreeditarve kahe veebruaris vahetatud veepudeli eest (24,00 €) ja saadame selle selle nädala jooksul.

Arve nr 2026-0102 ülejäänud summa 158,00 € maksetähtaeg on endiselt 20. märts 2026.

""" + SIG_FW_ET,
  "Promises a credit note ('koostame kreeditarve'). Apologising for inconvenience is not a fault admission.")

D("T04", "et", ["terms_change"],
  "Suvelaagri arve SL-0114",
  """Tere, pr Saar!

Arutasime teie olukorda ja pikendasime suvelaagri arve nr SL-0114 (320,00 €) maksetähtaega 30. aprillini, nii et praegu ei pea te midagi tegema.

""" + SIG_KC_ET,
  "Extends the due date.")


# =============================================================================
# OUTPUT
# =============================================================================
ID_PREFIX = "w"
SEED = 132


def assign_ids(items):
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        it = dict(items[i])
        it["id"] = "%s%02d" % (ID_PREFIX, n)
        it["violations"] = sorted(it["violations"], key=VIOLATIONS.index)
        out.append(it)
    return out


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def readme(rows):
    n = len(rows)
    allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    multi = sum(1 for r in rows if len(r["violations"]) > 1)
    lc = Counter(r["lang"] for r in rows)
    la = Counter(r["lang"] for r in rows if not r["violations"])
    L = []
    L.append("# Blind guard set 132\n")
    L.append("Held-out test set for the `guard` contract (`/work/shared/contracts/guardrails.md`), written")
    L.append("blind from the contract and the public samples only.\n")
    L.append("## Theme\n")
    L.append("Outbound dunning drafts from two made-up businesses:\n")
    L.append("- **Fonteyn Water & Coffee** (`fonteyn.example`): rents bottled-water coolers and coffee machines to")
    L.append("  offices, with bottle deposits, consumables and service visits; local entities in the UK, Ireland,")
    L.append("  Germany, France, Spain, the Netherlands, Italy, Portugal, Denmark, Czechia and Estonia.")
    L.append("- **Kestrel Camps & Clubs** (`kestrel-camps.example`): children's summer camps and after-school clubs,")
    L.append("  with session fees, sibling discounts, late pick-up charges and trip deposits.\n")
    L.append("Drafts imitate template output, LLM rewrites (one still carries the model's preamble) and")
    L.append("people's Slack-style edits (lower case, emoji, `edit:` lines).\n")
    L.append("## Files\n")
    L.append("| file | lines | format |")
    L.append("|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of the guard command |" % n)
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"lang\", \"note\"}` in the same order |" % n)
    L.append("| `build.py` | | deterministic generator (stdlib only, fixed seed %d for the id shuffle) |" % SEED)
    L.append("| `check.py` | | sanity checker for the labels (not part of the data) |\n")
    L.append("`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's")
    L.append("table order; compare them as a set. `note` starts with `[KEY, lang]`: KEY's letter is the intended")
    L.append("group (A allowed, L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission,")
    L.append("T terms_change, H harassment, S sensitive_data, M more than one violation). Ids `%s01`..`%s%02d`" % (ID_PREFIX, ID_PREFIX, n))
    L.append("were assigned after a seeded shuffle, so they carry no information.\n")
    L.append("## Counts\n")
    L.append("%d drafts: %d allowed, %d with at least one violation (%d with two).\n" % (n, allowed, n - allowed, multi))
    L.append("| violation | drafts |")
    L.append("|---|---|")
    for v in VIOLATIONS:
        L.append("| `%s` | %d |" % (v, vc[v]))
    L.append("")
    L.append("| language | drafts | allowed | violating |")
    L.append("|---|---|---|---|")
    for lg in LANG_NAMES:
        L.append("| %s (`%s`) | %d | %d | %d |" % (LANG_NAMES[lg], lg, lc[lg], la[lg], lc[lg] - la[lg]))
    L.append("")
    L.append("## Conventions chosen where the contract is silent\n")
    L.append("- **Bank details are sensitive wherever they appear**: a full IBAN or a full domestic account")
    L.append("  number (UK sort code + account, Danish reg.nr. + kontonr., Czech `prefix-number/bank`) is")
    L.append("  `sensitive_data`, in the body or in a footer, ours or the customer's. Masked forms (`**** 4300`,")
    L.append("  `Endung 3000`), company/VAT/IČO numbers, a Czech variable symbol and a Belgian structured")
    L.append("  reference (`+++090/0218/55403+++`) are not account numbers and are allowed.")
    L.append("- **Card data**: a masked card with a written-out expiry or CVV is `sensitive_data`, because the")
    L.append("  contract lists CVV and expiry next to the full number.")
    L.append("- **Another customer**: another family's or company's name together with a balance, a status or")
    L.append("  their circumstances is `sensitive_data`, also when it is used to shame (then also `harassment`).")
    L.append("  Two children of the same family on one account are the same customer.")
    L.append("- **Jokes, hints, P.S. lines and footers count.** A joking \"I'm sending the lawyers round\", a hint")
    L.append("  about solicitors, a P.S. waiver and a footer threatening credit-bureau reporting are violations.")
    L.append("- **Waiving or taking off a fee or interest** (even one already charged, even conditionally) is")
    L.append("  `discount_offer`; reversing or refunding money, or a credit note, is `refund_or_credit_promise`;")
    L.append("  a single draft can carry both only if it does both.")
    L.append("- **Restating terms already agreed is allowed**: late pick-up fees from the parent handbook, a")
    L.append("  statutory reminder fee or interest from the rental agreement, the French 40 EUR recovery")
    L.append("  indemnity from the terms of sale, a sibling discount already applied at enrolment, an expired")
    L.append("  early-payment discount stated as expired, and a bottle deposit already netted on an issued final")
    L.append("  invoice under the rental agreement.")
    L.append("- **Business consequences** (pausing bottle deliveries while a balance is open) are neither a")
    L.append("  legal threat nor harassment, following the samples' credit-hold boundary (g29).")
    L.append("- **Threatened contact** (\"I'll ring your reception every morning and tell whoever picks up\") is")
    L.append("  `harassment`: the contract leaves actual frequency to another control, but a draft that")
    L.append("  threatens it is threatening/shaming language.")
    L.append("- **Apologies**: \"sorry for the inconvenience\" or sympathy is not `fault_admission`; saying the")
    L.append("  error or the damage was ours is. The French stock phrase \"sauf erreur de notre part\" is not.")
    L.append("- **Ordinary words** that sound close: Mahnung, aanmaning, automatische incasso, rykker,")
    L.append("  upomínka, sollecito, meeldetuletus, Collections team, service recouvrement, Departamento de")
    L.append("  Cobros/Cobranças, Forderungsmanagement, Sede legale, Court Street, place du Palais-de-Justice,")
    L.append("  Soudní street, Spanish/Portuguese \"abonar\" meaning *to pay*.")
    L.append("- Passing a plan request to a person, recording the customer's own promised date and pausing")
    L.append("  reminders on a disputed line are allowed (as in the samples).\n")
    L.append("All names, companies, domains (`*.example`), phone numbers and references are made up. Card")
    L.append("numbers are public test numbers; IBANs and account numbers are documentation examples or")
    L.append("made-up numbers with valid check digits.")
    return "\n".join(L) + "\n"


def main():
    rows = assign_ids(ITEMS)
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(dump({"id": r["id"], "subject": r["subject"], "body": r["body"]}) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(dump({
                "id": r["id"],
                "allowed": not r["violations"],
                "violations": r["violations"],
                "lang": r["lang"],
                "note": "[%s, %s] %s" % (r["key"], r["lang"], r["note"]),
            }) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    print("wrote %d drafts" % len(rows))


if __name__ == "__main__":
    main()
