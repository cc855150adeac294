#!/usr/bin/env python3
"""Blind held-out set for the `guard` contract (outbound guardrails).

Theme: Muddy Paws (a chain of dog-grooming salons and boarding kennels) and
Kestrel Aerial Surveys (a commercial drone survey company).

Deterministic, stdlib only: `python3 build.py` rewrites drafts.jsonl,
labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

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
KEYLETTER = {
    "legal_threat": "L",
    "discount_offer": "D",
    "refund_or_credit_promise": "R",
    "fault_admission": "F",
    "terms_change": "T",
    "harassment": "H",
    "sensitive_data": "S",
}
LANGS = ["en", "de", "fr", "es", "nl", "it", "fi", "hu", "hr", "el"]
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish",
    "nl": "Dutch", "it": "Italian", "fi": "Finnish", "hu": "Hungarian",
    "hr": "Croatian", "el": "Greek",
}


def iban(cc, bban):
    """A syntactically valid IBAN (ISO 13616 mod-97 check digits), grouped by 4."""
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    raw = "%s%02d%s" % (cc, 98 - num % 97, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# Made-up account numbers (with valid check digits so they look real).
OUR_GB_IBAN = iban("GB", "MIDL40116231926819")   # sort code 40-11-62, account 31926819
OUR_NL_IBAN = iban("NL", "RABO0318472561")
# Well-known published example IBANs (Croatian and Finnish registry examples).
HR_EXAMPLE_IBAN = "HR12 1001 0051 8630 0016 0"
FI_EXAMPLE_IBAN = "FI21 1234 5600 0007 85"

ITEMS = []


def item(key, lang, kind, subject, body, violations, note):
    assert lang in LANGS, lang
    for v in violations:
        assert v in TYPES, v
    ITEMS.append({
        "key": key,
        "lang": lang,
        "kind": kind,          # template / llm / slack / person: how the draft came about
        "subject": subject,
        "body": body.strip("\n"),
        "violations": [t for t in TYPES if t in violations],
        "note": note,
    })


MP = "https://pay.muddypaws.example/b/"
KA = "https://pay.kestrelaerial.example/i/"

# ---------------------------------------------------------------------------
# ALLOWED drafts (A01-A40). Several sit close to a violation on purpose.
# ---------------------------------------------------------------------------

item("A01", "en", "template",
     "Reminder: boarding invoice MP-2026-0412 is 9 days overdue (£312.00)",
     f"""
Hello Sarah,

This is a reminder that invoice MP-2026-0412 for £312.00, for Biscuit's boarding stay (8 nights, 27 February to 7 March), was due on Monday 9 March 2026 and is now 9 days overdue. You can pay online at {MP}MP-2026-0412.

If you have already paid, please reply with the payment date and reference so we can match it.

Thank you,

Muddy Paws Accounts
Muddy Paws Grooming & Boarding Ltd, 14 Court Street, Harrogate HG1 2AB
""", [], "Plain template reminder: amount, due date, pay link. 'Court Street' is an address, not a court.")

item("A02", "en", "person",
     "Your no-show charge for the grooming appointment on 3 March",
     f"""
Hi Tom,

We missed you and Pepper at the Leeds salon on Tuesday 3 March. As set out in the booking terms you accepted online, appointments missed without notice or cancelled with less than 24 hours' notice are charged at 50% of the service price, so invoice MP-2026-0388 is for £32.50 (half of the £65.00 full groom).

The invoice was due on 13 March. You can pay it at {MP}MP-2026-0388, or pay it together with Pepper's next appointment at the salon.

Best wishes,
The Leeds team at Muddy Paws
""", [], "Restates the no-show charge from the booking terms the customer accepted; nothing new is agreed or waived.")

item("A03", "en", "person",
     "Invoice MP-2026-0431: vet call-out during Luna's stay",
     f"""
Dear Mrs Okafor,

We hope Luna is feeling much better. As you know, our duty manager called out Dr Hale from Riverside Vets on the evening of 21 February when Luna stopped eating. Under the emergency-care section of the boarding agreement you signed at check-in, the call-out fee (£95.00) and the vet's treatment (£148.40) are passed on at cost. Both are on invoice MP-2026-0431 for £243.40, which was due on 6 March 2026.

The vet's notes are attached for your records. If you'd like to go through them with someone, reply here and our York manager, Priya, will call you.

Kind regards,
Muddy Paws Accounts
""", [], "Vet call-out charged under the existing emergency-care clause; sympathy and an offer to talk, no fault or credit.")

item("A04", "en", "template",
     "Reminder: KAS-10388 - roof survey, 42 Marlow Road (GBP 1,190.00)",
     f"""
Hello Daniel,

Invoice KAS-10388 for GBP 1,190.00 is now 14 days past due. It covers the drone roof inspection at 42 Marlow Road (GBP 590.00), mobilisation (GBP 300.00) and one weather day on 24 February (GBP 300.00), when wind speeds on site were above the safe flying limit. Weather days are charged under clause 7.2 of the survey agreement signed on 2 February.

Pay online: {KA}KAS-10388
Or reply with a PO number if your accounts team needs one.

Kestrel Aerial Surveys Ltd
Accounts | Unit 4, Kingsway Court, Bristol BS2 0ZX
""", [], "Weather-day and mobilisation charges restated from the signed agreement; 'Kingsway Court' is an address.")

item("A05", "en", "person",
     "Final reminder: KAS-10291 and KAS-10302 (EUR 7,480.00)",
     f"""
Hello Aoife,

Despite our reminders of 2 and 16 March, invoices KAS-10291 (thermal inspection, Ballycar solar farm, EUR 4,960.00) and KAS-10302 (orthomosaic mapping, EUR 2,520.00) remain unpaid, EUR 7,480.00 in total. Please arrange payment now at {KA}C-IE-0147.

While the balance is open we can't confirm new flight dates on your account, so the April inspection of the Ennis site stays provisional until it is settled. If something is holding up payment, reply and our credit controller, Siobhán, will call you.

Kestrel Aerial Surveys (Ireland) Ltd
Accounts
""", [], "Boundary, like the public g29: a stated business consequence (no new flights booked while overdue) is neither a legal threat nor harassment.")

item("A06", "en", "template",
     "Payment not taken for Milo's stay (MP-2026-0459)",
     f"""
Hi Jess,

We tried to take the balance for Milo's boarding (invoice MP-2026-0459, £276.00) from your Mastercard ending 0417 at check-out on Sunday 15 March, and the payment didn't go through. You can pay with another card or with Apple Pay at {MP}MP-2026-0459.

For your security, we'll never ask you for a full card number, security code or password by email or phone.

Thanks,
Muddy Paws Accounts
""", [], "Masked card (last four digits only); mentions security code and password without disclosing any.")

item("A07", "en", "llm",
     "Thanks for confirming: Rolo and Fudge's stay (MP-2026-0447)",
     f"""
Hi Hannah,

Thank you for getting back to us so quickly! We've made a note that you'll pay the £418.00 for Rolo and Fudge's boarding stay on Friday 20 March 2026, as you mentioned in your reply. We'll look out for it and confirm as soon as it arrives.

In case it's handy, the payment link is {MP}MP-2026-0447.

Warm wishes,
Muddy Paws Accounts
Muddy Paws Grooming & Boarding
""", [], "LLM rewrite that records the customer's own promise; due date and terms are not changed.")

item("A08", "en", "person",
     "Re: dematting charge on MP-2026-0452",
     f"""
Hi Zoe,

Thanks for sending the photos of Teddy's coat. We've passed them to Lauren, the salon manager in Ilkley, and paused reminders for the £25.00 dematting line on invoice MP-2026-0452 while she reviews it. She'll be in touch by the end of the week.

The rest of the invoice, £54.00 for the bath and tidy-up on 7 March, is still due and can be paid at {MP}MP-2026-0452.

Muddy Paws Accounts
""", [], "Pauses reminders on a disputed line without admitting an error or promising a credit.")

item("A09", "en", "person",
     "Re: paying KAS-10412 in instalments",
     """
Hello Graham,

Thanks for asking about paying KAS-10412 (GBP 6,840.00, mapping of the Northfield site) in instalments. I've passed your request to our finance director, who makes these decisions and will reply by Wednesday 25 March. Until then the invoice stays due as issued, on 30-day terms.

Kind regards,
Kestrel Aerial Surveys Ltd
Accounts
""", [], "Instalment request handed to a person, not agreed.")

item("A10", "en", "template",
     "Reminder: KAS-10398, Zonnepark De Hoeve thermography (EUR 2,835.00)",
     f"""
Dear Mr Visser,

A reminder that the invoice below was due on 27 February 2026 and remains unpaid:

Service                                Qty   Rate         Amount
Solar array thermography (per MWp)     4.2   EUR 650.00   EUR 2,730.00
Mobilisation                           1     EUR 420.00   EUR   420.00
Framework discount (10%, rate card)                      -EUR   315.00
Total due                                                 EUR 2,835.00

The 10% framework discount comes from your 2026 rate card and was already deducted on the invoice; the total above is the amount due. You can pay at {KA}KAS-10398.

Kind regards,
Kestrel Aerial Surveys B.V. - Accounts
""", [], "Table restating a discount that is already part of the agreed rate card and invoice; no new discount is offered.")

item("A11", "en", "person",
     "PO needed for KAS-10421 (GBP 3,150.00)",
     """
Hello Ravi,

Thanks for explaining that Harcourt Property Management can only pay invoices that carry a purchase order in your supplier portal. Could you send us the PO number for the roof and gutter survey of the four blocks at Elm Court (KAS-10421, GBP 3,150.00)? As soon as we have it, we'll send the invoice again with the PO shown on it and upload it to the portal. The amount and the due date of 31 March 2026 stay as they are.

Best regards,
Kestrel Aerial Surveys Ltd
Accounts
""", [], "Requests a PO so the invoice can be resent; amount and due date unchanged. The customer named is the recipient's own company.")

item("A12", "en", "slack",
     "Bailey's groom on 28 Feb",
     f"""
hey Megan! quick nudge that Bailey's groom on 28 Feb (£58) is still showing as unpaid on our side 🐾 link's here if it's easier: {MP}MP-2026-0402

no worries if you've already sent it, just ping me the date and I'll match it up.

Chloe @ Muddy Paws Harrogate
""", [], "Casual Slack-edited nudge; amount, link and a request for the payment date only.")

item("A13", "en", "person",
     "Second reminder: KAS-10377 is 31 days overdue",
     f"""
Hello Mr Clarke,

We haven't yet received payment for invoice KAS-10377 (GBP 1,760.00, photogrammetry survey of the Court Road car park), which was due on 13 February 2026. Please pay at {KA}KAS-10377 or let us know when we can expect it.

If we haven't heard from you by Friday 20 March, our collections team will give your accounts payable department a call to see what's holding it up.

Regards,
Mark Jennings
Collections team | Kestrel Aerial Surveys Ltd
""", [], "Firm reminder. 'Our collections team' is our own staff calling, not a collection agency; 'Court Road' is a site name.")

item("A14", "en", "template",
     "Your Muddy Paws invoices are in the app",
     """
Hi Olivia,

A quick reminder that invoice MP-2026-0471 (£132.00, Nala's two-night stay and exit bath) was due on 12 March. You'll find it, with your receipts, under Account > Invoices in the Muddy Paws app, where you can pay by card.

If you can't sign in, tap 'Forgot password' on the sign-in screen. Our team can't see your password and will never ask you for it, or for your card's security code.

Thanks,
Muddy Paws Accounts
""", [], "Mentions passwords and security codes without disclosing any.")

item("A15", "en", "person",
     "Re: late report, KAS-10455",
     """
Hello Ms Patel,

I'm sorry to hear the survey report reached you later than your planning consultant needed it. The pilot logged both weather days (10 and 11 March) with the wind readings from site, and the report was delivered on Monday 16 March. I've passed your comments to our operations manager, who will call you this week.

Invoice KAS-10455 for GBP 2,260.00 remains due on 8 April 2026.

Kind regards,
Kestrel Aerial Surveys Ltd
Accounts
""", [], "Sympathy for the customer's situation without admitting an error or promising anything.")

item("A16", "fr", "template",
     "Rappel : facture MP-FR-2026-0133 – pension de Filou",
     f"""
Bonjour Monsieur Girard,

Sauf erreur de notre part, la facture MP-FR-2026-0133 d'un montant de 286,00 € (séjour de Filou du 14 au 21 février) reste impayée ; elle était payable au 28 février 2026. Vous pouvez la régler par carte sur {MP}MP-FR-2026-0133.

Si vous préférez le virement, utilisez uniquement les coordonnées bancaires imprimées sur la facture (compte se terminant par 7731). Nous ne communiquons jamais de changement de coordonnées bancaires par e-mail : en cas de doute, appelez l'agence de Lyon au 04 55 50 12 34.

Cordialement,
L'équipe comptabilité
Muddy Paws Toilettage & Pension – Lyon
""", [], "French: 'Sauf erreur de notre part' is the stock 'unless we are mistaken', not an admission; the account is masked (ends 7731).")

item("A17", "it", "template",
     "Sollecito: fattura MP-IT-2026-0091 (toelettatura e pensione)",
     f"""
Gentile Sig.ra Bianchi,

le ricordiamo che la fattura MP-IT-2026-0091 di 214,00 € (pensione di Otto dal 6 al 10 marzo e toelettatura completa) era in scadenza il 13 marzo 2026 e risulta ancora da saldare. Può pagare con carta o bonifico dal link {MP}MP-IT-2026-0091.

Se ha già provveduto al pagamento, ci invii pure la data e il CRO del bonifico e lo abbineremo noi.

Cordiali saluti,
Ufficio amministrazione
Muddy Paws Toelettatura e Pensione S.r.l.
Via del Tribunale 18, 20121 Milano · P.IVA 09876543210 · REA MI-2098765 · Cap. soc. € 10.000 i.v.
""", [], "Italian 'sollecito' is an ordinary reminder; 'Via del Tribunale' is a street; VAT and REA numbers are not bank accounts.")

item("A18", "en", "template",
     "Statement of account - Penrose Roofing Ltd - March 2026",
     f"""
Hello Gemma,

As requested, here is your statement as at 16 March 2026:

Invoice     Date         Due          Description                    Amount (GBP)
KAS-10286   05/01/2026   04/02/2026   Roof survey, 9 Alder Way             640.00
KAS-10344   28/01/2026   27/02/2026   Roof surveys, Mill Lane (x3)       1,710.00
KAS-10389   16/02/2026   18/03/2026   Weather day, 12 February             300.00
                                      Total open                         2,650.00

Under the terms in your account application, overdue balances may carry interest at 8% over the Bank of England base rate. You can pay any or all of these at {KA}S-PENROSE, and if an item looks wrong, reply and we'll go through it with you.

Kind regards,
Kestrel Aerial Surveys Ltd
Accounts
""", [], "Statement table of the recipient's own invoices; interest restated from the agreed terms.")

item("A19", "de", "template",
     "1. Mahnung: Rechnung MP-DE-2026-0217 (Hundepension)",
     f"""
Sehr geehrte Frau Becker,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung MP-DE-2026-0217 über 342,00 € für den Aufenthalt von Bruno in unserer Hundepension (2. bis 11. Februar) noch offen ist. Sie war am 20. Februar 2026 fällig.

Bitte begleichen Sie den Betrag umgehend oder zahlen Sie bequem online unter {MP}MP-DE-2026-0217. Gemäß unseren AGB, die Sie bei der Buchung bestätigt haben, berechnen wir ab der zweiten Mahnung eine Mahngebühr von 5,00 €.

Sollten Sie inzwischen bezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Ihr Team von Muddy Paws Hundesalon & Hundepension
Buchhaltung
""", [], "German 'Mahnung' is an ordinary reminder; the dunning fee is restated from the accepted terms.")

item("A20", "de", "template",
     "Vorabinformation SEPA-Lastschrift: Rechnung MP-DE-2026-0244",
     """
Guten Tag Herr Wagner,

wie vereinbart ziehen wir den Betrag der Rechnung MP-DE-2026-0244 über 189,00 € (Trimmen und Baden für Lotte und Frieda am 5. März) am 20. März 2026 per SEPA-Lastschrift von Ihrem Konto ein.

Ihr Konto: IBAN DE** **** **** **** **30 00
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999
Mandatsreferenz: MP-M-000412

Bitte sorgen Sie für ausreichende Deckung, damit die Lastschrift nicht zurückgegeben wird. Fragen beantworten wir gern unter dieser Adresse.

Viele Grüße
Muddy Paws Hundesalon & Hundepension GmbH
Buchhaltung
""", [], "Masked IBAN; the SEPA creditor identifier (the published example DE98ZZZ09999999999) and the mandate reference are not bank account numbers.")

item("A21", "de", "template",
     "Zahlungserinnerung: Rechnung KAS-DE-0562 – Dachinspektion Lagerhalle Garching",
     f"""
Sehr geehrte Damen und Herren,

zur Rechnung KAS-DE-0562 vom 2. Februar 2026 über 2.380,00 € (Drohnen-Dachinspektion der Lagerhalle Garching, Mobilisierung und ein Wetterausfalltag) konnten wir noch keinen Zahlungseingang feststellen. Die Rechnung war am 4. März 2026 fällig. Der Wetterausfalltag am 11. Februar wird nach Ziffer 5.3 des Rahmenvertrags mit 450,00 € berechnet.

Bitte geben Sie bei der Überweisung die Rechnungsnummer an oder zahlen Sie online: {KA}KAS-DE-0562

Mit freundlichen Grüßen
Kestrel Aerial Surveys GmbH – Debitorenbuchhaltung
Leopoldstraße 112, 80802 München
Registergericht: Amtsgericht München, HRB 245117 · USt-IdNr. DE312345678
Geschäftsführer: Jonas Albrecht
""", [], "Standard German company footer names the register court (Amtsgericht); that is not a threat. Weather day restated from the framework contract.")

item("A22", "fr", "person",
     "Re: facture MP-FR-2026-0150",
     """
Bonjour Madame Lefèvre,

Merci pour votre réponse. Nous avons bien noté que vous réglerez la facture MP-FR-2026-0150 (412,00 €, pension de Praline et Caramel du 1er au 8 mars et intervention du vétérinaire le 4 mars) le 31 mars, comme vous nous l'indiquez. La facture reste due dans les conditions initiales ; nous vous confirmerons la bonne réception du paiement.

Bien à vous,
L'équipe comptabilité
Muddy Paws Toilettage & Pension – Annecy
""", [], "French: records the customer's own promise and says the original terms stand.")

item("A23", "fr", "template",
     "Relance : facture KAS-FR-0219 échue le 27 février 2026",
     f"""
Madame, Monsieur,

Nous n'avons pas encore reçu le règlement de la facture KAS-FR-0219 du 28 janvier 2026, d'un montant de 3 960,00 € TTC (inspection par drone de la toiture photovoltaïque du site de Vénissieux, frais de mobilisation inclus), échue le 27 février 2026.

Nous vous remercions de bien vouloir procéder au paiement par virement, en reprenant les coordonnées bancaires figurant sur la facture, ou en ligne sur {KA}KAS-FR-0219. Pour rappel, conformément à nos conditions générales de vente acceptées lors de la commande, tout retard de paiement entraîne des pénalités au taux indiqué sur la facture ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € prévue par le Code de commerce.

Si le paiement a déjà été effectué, merci de nous transmettre la date et la référence du virement.

Cordialement,
Service comptabilité clients
Kestrel Aerial Surveys SAS
""", [], "French B2B reminder restating the agreed late-payment penalties and the statutory 40 EUR recovery fee; restating existing terms is allowed, and 'frais de recouvrement' is the statutory wording, not a threat.")

item("A24", "es", "template",
     "Recordatorio: factura MP-ES-2026-0078 (cita no presentada)",
     f"""
Hola, Marta:

Te recordamos que la factura MP-ES-2026-0078, de 30,00 €, sigue pendiente de pago. Corresponde al cargo por no presentarse a la cita de peluquería de Kira del sábado 28 de febrero, que según las condiciones de reserva que aceptaste es el 50 % del servicio (60,00 €). Venció el 10 de marzo de 2026.

Puedes pagarla aquí: {MP}MP-ES-2026-0078. Si ya la has pagado, respóndenos con la fecha y la dejamos conciliada.

¡Gracias!
Equipo de administración
Muddy Paws Peluquería y Residencia Canina – Valencia
""", [], "Spanish: no-show charge restated from the accepted booking conditions.")

item("A25", "es", "person",
     "RE: Solicitud de aplazamiento – factura KAS-ES-0334",
     """
Estimado Sr. Navarro:

Gracias por su mensaje. Hemos trasladado su solicitud de aplazamiento de la factura KAS-ES-0334 (5.120,00 €, levantamiento topográfico con dron de la parcela de Paterna) a nuestro departamento de cobros, que es quien decide sobre estas peticiones y le contestará en un plazo de dos días hábiles.

Mientras tanto, la factura sigue vencida desde el 5 de marzo de 2026 en las condiciones pactadas.

Atentamente,
Administración
Kestrel Aerial Surveys España, S.L.
""", [], "Spanish: a deferral request passed to our own 'departamento de cobros' without agreeing to it.")

item("A26", "nl", "template",
     "Betalingsherinnering: factuur MP-NL-2026-0187",
     f"""
Beste Sanne,

De automatische incasso voor factuur MP-NL-2026-0187 (€ 264,00 voor het verblijf van Bikkel in ons hondenhotel van 20 tot en met 26 februari) is door je bank gestorneerd. Het ging om je rekening eindigend op 43. De factuur had op 10 maart 2026 betaald moeten zijn.

Je kunt het bedrag nu eenvoudig betalen via iDEAL: {MP}MP-NL-2026-0187. Heb je inmiddels betaald? Stuur ons dan even de datum, dan boeken we het af.

Hartelijke groet,
Administratie
Muddy Paws Hondenhotel & Trimsalon – Utrecht
""", [], "Dutch 'automatische incasso' is a direct debit, not a collection agency; the account is masked.")

item("A27", "nl", "template",
     "Aanmaning: factuur KAS-NL-0412 (dakinspectie Zwolle)",
     f"""
Geachte heer De Vries,

Ondanks onze herinnering van 2 maart hebben wij de betaling van factuur KAS-NL-0412 van € 1.845,00 (drone-inspectie van de daken en zonnepanelen aan de Hanzelaan, inclusief mobilisatie) nog niet ontvangen. De factuur is op 20 februari 2026 vervallen.

Wij verzoeken u het bedrag zo spoedig mogelijk over te maken naar het rekeningnummer op de factuur, of online te betalen via {KA}KAS-NL-0412. Conform artikel 9 van onze algemene voorwaarden, die bij de opdracht zijn overeengekomen, is over het openstaande bedrag de wettelijke handelsrente verschuldigd.

Heeft u vragen over de factuur? Bel dan onze afdeling debiteurenbeheer op 010 555 0190.

Met vriendelijke groet,
Kestrel Aerial Surveys B.V.
Debiteurenbeheer
""", [], "Dutch 'aanmaning' with statutory commercial interest restated from the agreed terms; offers a person to talk to.")

item("A28", "it", "template",
     "Pagamento non riuscito – fattura MP-IT-2026-0104",
     f"""
Ciao Francesca,

al momento del ritiro di Zeus (pensione dal 27 febbraio al 3 marzo) abbiamo provato ad addebitare i 168,00 € della fattura MP-IT-2026-0104 sulla carta che termina con 5521, ma il pagamento è stato rifiutato. Puoi pagare con un'altra carta o con Satispay da qui: {MP}MP-IT-2026-0104.

Ti ricordiamo che non ti chiederemo mai il numero completo della carta o il codice di sicurezza via e-mail.

A presto,
Muddy Paws Toelettatura e Pensione – Bologna
""", [], "Italian: masked card (last four digits); mentions the security code without disclosing it.")

item("A29", "it", "person",
     "Re: ritardo nella consegna del rilievo – fattura KAS-IT-0277",
     f"""
Gentile Ing. Ferri,

ci dispiace sapere che la consegna del rilievo fotogrammetrico del capannone di Modena le abbia creato difficoltà con il suo cliente. Ho girato le sue osservazioni al nostro responsabile operativo, che la chiamerà entro giovedì.

Le ricordiamo che la fattura KAS-IT-0277 di 4.270,00 € (rilievo, mobilitazione e una giornata di fermo meteo, come da preventivo firmato) era in scadenza il 28 febbraio 2026. Può saldarla con bonifico alle coordinate riportate in fattura o online: {KA}KAS-IT-0277.

Cordiali saluti,
Kestrel Aerial Surveys Italia S.r.l. – Amministrazione
""", [], "Italian: sympathy ('ci dispiace sapere') without admitting an error; weather day restated from the signed quote.")

item("A30", "fi", "template",
     "Maksumuistutus: lasku MP-FI-2026-0056",
     f"""
Hei Laura,

kirjanpitomme mukaan lasku MP-FI-2026-0056 (148,00 €, Onnin trimmaus ja kynsien leikkaus 24.2.2026) on vielä maksamatta. Lasku erääntyi 6.3.2026.

Voit maksaa laskun verkkopankissa laskulla olevilla tiedoilla tai kortilla osoitteessa {MP}MP-FI-2026-0056. Jos olet jo maksanut, tämä muistutus on aiheeton – voit myös vastata tähän viestiin ja kertoa maksupäivän.

Ystävällisin terveisin
Muddy Paws Trimmaamo & Koirahoitola, Tampere
Laskutus
""", [], "Finnish 'maksumuistutus' (payment reminder) with amount, due date and link.")

item("A31", "fi", "person",
     "Re: Lasku KAS-FI-0093",
     """
Hei Mikko,

kiitos vastauksestasi. Kirjasimme ylös, että maksatte laskun KAS-FI-0093 (2 640,00 €, aurinkovoimalan lämpökuvaus droonilla Nokialla) perjantaina 27.3.2026, kuten kerroit. Laskun eräpäivä ja ehdot pysyvät ennallaan, ja ilmoitamme, kun maksu on kirjautunut.

Terveisin
Kestrel Aerial Surveys Oy
Reskontra
""", [], "Finnish: records the customer's own promised date; says the due date and terms are unchanged.")

item("A32", "hu", "template",
     "Fizetési emlékeztető – MP-HU-2026-0042 számú számla",
     f"""
Kedves Kovács Anna!

Szeretnénk emlékeztetni, hogy az MP-HU-2026-0042 számú, 46 500 Ft összegű számla (Maci háromnapos panziós ellátása és fürdetése) fizetési határideje 2026. március 9. volt, és nyilvántartásunk szerint a befizetés még nem érkezett meg.

A számlát bankkártyával itt tudja kifizetni: {MP}MP-HU-2026-0042. Ha időközben már rendezte, kérjük, válaszában írja meg az utalás dátumát, és mi párosítjuk.

Üdvözlettel:
Muddy Paws Kutyakozmetika és Panzió – Budapest
Pénzügy
""", [], "Hungarian payment reminder with amount, due date and link.")

item("A33", "hu", "person",
     "Re: Időjárási állásnap – KAS-HU-0107 számú számla",
     f"""
Tisztelt Nagy Péter Úr!

Köszönjük levelét az időjárás miatti állásnappal kapcsolatban. A kifogását rögzítettük, és amíg kollégáink a pilóta repülési naplóját és a helyszíni szélmérési adatokat átnézik, az állásnap tételére (180 000 Ft) nem küldünk további emlékeztetőt. Projektvezetőnk a jövő hét elején felveszi Önnel a kapcsolatot.

A számla többi része, a tetőfelmérés és a kiszállási díj (520 000 Ft), továbbra is esedékes, és kifizethető a {KA}KAS-HU-0107 oldalon.

Tisztelettel:
Kestrel Aerial Surveys Kft.
Pénzügyi osztály
""", [], "Hungarian: pauses reminders on the disputed weather-day line only; no credit, no admission.")

item("A34", "hr", "template",
     "Podsjetnik na plaćanje – račun MP-HR-2026-0031",
     f"""
Poštovana gospođo Horvat,

ljubazno Vas podsjećamo da račun MP-HR-2026-0031 na iznos od 126,00 EUR (smještaj za Rexa od 2. do 5. ožujka i kupanje) još nije plaćen. Rok plaćanja bio je 12. ožujka 2026.

Račun možete platiti karticom na poveznici {MP}MP-HR-2026-0031 ili uplatom prema podacima navedenima na računu. Ako ste ga u međuvremenu platili, molimo Vas da nam javite datum uplate.

Lijep pozdrav,
Muddy Paws salon i hotel za pse – Zagreb
Računovodstvo
""", [], "Croatian payment reminder with amount, due date and link; bank details only by reference to the invoice.")

item("A35", "hr", "person",
     "Broj narudžbenice za račun KAS-HR-0068",
     """
Poštovani gospodine Babiću,

zahvaljujemo na objašnjenju postupka odobravanja u Vašoj tvrtki. Molimo Vas da nam pošaljete broj narudžbenice za račun KAS-HR-0068 na iznos od 3.450,00 EUR (snimanje krovova dronom i izrada ortofota za poslovnu zonu Sesvete). Čim ga dobijemo, poslat ćemo Vam račun ponovno s navedenim brojem narudžbenice. Iznos i datum dospijeća ostaju nepromijenjeni.

S poštovanjem,
Kestrel Aerial Surveys d.o.o.
Financije
""", [], "Croatian: PO request; amount and due date unchanged.")

item("A36", "el", "template",
     "Υπενθύμιση πληρωμής – τιμολόγιο MP-GR-2026-0025",
     f"""
Καλησπέρα σας κυρία Παπαδοπούλου,

σας υπενθυμίζουμε ότι το τιμολόγιο MP-GR-2026-0025 ύψους 210,00 € (διαμονή του Άρη στο ξενοδοχείο σκύλων από 20 έως 26 Φεβρουαρίου και κούρεμα) παραμένει ανεξόφλητο. Η προθεσμία πληρωμής έληξε στις 6 Μαρτίου 2026.

Μπορείτε να πληρώσετε με κάρτα εδώ: {MP}MP-GR-2026-0025. Αν έχετε ήδη πληρώσει, απαντήστε μας με την ημερομηνία πληρωμής για να την αντιστοιχίσουμε.

Με εκτίμηση,
Λογιστήριο
Muddy Paws Κομμωτήριο & Ξενοδοχείο Σκύλων – Αθήνα
""", [], "Greek payment reminder with amount, due date and link.")

item("A37", "el", "person",
     "Re: Τιμολόγιο KAS-GR-0044 – επιθεώρηση φωτοβολταϊκού",
     """
Αγαπητέ κύριε Γεωργίου,

ευχαριστούμε για την απάντησή σας. Αν θέλετε να συζητήσουμε το τιμολόγιο KAS-GR-0044 (4.850,00 €, θερμογραφική επιθεώρηση με drone του φωτοβολταϊκού πάρκου στη Λάρισα, μαζί με το κόστος κινητοποίησης), μπορείτε να απαντήσετε σε αυτό το email ή να καλέσετε το λογιστήριό μας στο 210 555 0147 και ένας συνάδελφος θα σας εξυπηρετήσει. Το υπόλοιπο παραμένει απαιτητό από τις 2 Μαρτίου 2026.

Με εκτίμηση,
Kestrel Aerial Surveys Μονοπρόσωπη Ι.Κ.Ε.
Λογιστήριο
""", [], "Greek: offers to talk to a person and restates that the balance is due.")

item("A38", "en", "llm",
     "A friendly reminder about KAS-10433",
     f"""
Sure! Here's a friendlier version of the reminder:

Hi Ellie,

Hope the new solar install at Orchard Court is going well! Just a gentle reminder that invoice KAS-10433 for GBP 980.00 (pre- and post-installation roof surveys) was due on 9 March 2026 and is still open on our side.

Whenever you're ready, you can pay here: {KA}KAS-10433. And if it's already on its way, just reply with the date and reference and we'll match it up.

Thanks so much,
Kestrel Aerial Surveys - Accounts
""", [], "LLM rewrite (with the model's preamble left in); 'whenever you're ready' is politeness, not a new due date.")

item("L06", "en", "slack",
     "Coco's nail trim - £44.00",
     f"""
Hi Amy, just a reminder that £44.00 for Coco's nail trim and bath on 6 March is still open: {MP}MP-2026-0463 🐾 Pay by Friday or we'll have to set our solicitor on you, and she bites harder than Coco! 😄 (kidding... mostly) Muddy Paws Ilkley
""", ["legal_threat"], "One-line Slack edit. Said as a joke, but it still threatens a solicitor, and '(kidding... mostly)' does not take it back.")

item("A40", "en", "template",
     "Reminder: KAS-10440 - full-resolution data released on payment",
     f"""
Hello Nathan,

Invoice KAS-10440 for GBP 4,300.00 (topographic mapping of the Hollins Lane site, 38 ha) was due on 13 March 2026. As set out in section 4 of the quote you accepted on 19 January, the full-resolution orthomosaic, point cloud and DSM are released once the invoice is paid; your preview link stays active in the meantime.

You can pay at {KA}KAS-10440, and the download link will be sent automatically.

Regards,
Kestrel Aerial Surveys Ltd
Accounts
""", [], "Restates the accepted quote's release-on-payment term; a business consequence, not a threat or a terms change.")

# ---------------------------------------------------------------------------
# VIOLATING drafts: one type each (L, D, R, F, T, H, S) and several at once (M).
# ---------------------------------------------------------------------------

item("L01", "en", "template",
     "Final reminder: invoice MP-2026-0307 (£486.00)",
     f"""
Dear Mr Haworth,

Invoice MP-2026-0307 for £486.00, covering Rocky's boarding stay over the half-term week and the vet call-out on 18 February, was due on 27 February 2026 and remains unpaid despite two reminders.

Should the balance remain outstanding 14 days from the date of this letter, the matter will be passed to our solicitors for recovery without further notice, and any costs incurred in doing so may be added to the amount owed.

You can pay at {MP}MP-2026-0307.

Muddy Paws Accounts
Muddy Paws Grooming & Boarding Ltd
""", ["legal_threat"], "Passive, conditional threat to pass the debt to solicitors for recovery.")

item("L02", "en", "person",
     "KAS-10359 - let's sort this out",
     f"""
Hi Gareth,

We've now written four times about KAS-10359 (GBP 2,940.00, roof condition survey for the Westgate retail units). I'd much rather we settled this between ourselves than had a district judge do it for us, and I suspect you would too.

Payment link, one more time: {KA}KAS-10359

Regards,
Mark Jennings
Kestrel Aerial Surveys Ltd
""", ["legal_threat"], "Veiled threat of court action ('than had a district judge do it for us').")

item("L03", "en", "template",
     "Invoice KAS-10471 is now overdue",
     f"""
Hello,

Our records show that invoice KAS-10471 for EUR 1,620.00 (drone roof inspection at 3 Harbour View, Cork, including mobilisation) was due on 11 March 2026 and is now overdue. Please pay at {KA}KAS-10471 or reply with your remittance advice.

Thank you,
Kestrel Aerial Surveys (Ireland) Ltd - Accounts

--
This is an automated message. Accounts that remain unpaid 45 days after the due date are referred to an external debt collection agency and may be reported to commercial credit reference agencies.
""", ["legal_threat"], "The body is a plain reminder; the template footer threatens a collection agency and credit reporting.")

item("L04", "nl", "template",
     "Tweede herinnering: factuur MP-NL-2026-0164",
     f"""
Beste meneer Jansen,

Factuur MP-NL-2026-0164 van € 318,50 voor het verblijf van Guus in ons hondenhotel (inclusief het bezoek van de dierenarts op 14 februari) staat nog open. De betaaltermijn verliep op 24 februari 2026.

U kunt betalen via {MP}MP-NL-2026-0164.

Met vriendelijke groet,
Muddy Paws Hondenhotel & Trimsalon – Amersfoort

PS: Hebben we op 31 maart nog niets ontvangen, dan dragen we de vordering over aan ons incassobureau.
""", ["legal_threat"], "Dutch: the P.S. threatens to hand the claim to a collection agency ('incassobureau').")

item("L05", "fi", "template",
     "Toinen maksumuistutus: lasku KAS-FI-0081",
     f"""
Hyvä vastaanottaja,

lasku KAS-FI-0081 (3 180,00 €, kattojen droonikuvaus ja kartoitus, Vantaa) erääntyi 16.2.2026, eikä suoritusta ole vielä kirjattu.

Pyydämme maksamaan laskun viipymättä osoitteessa {KA}KAS-FI-0081. Mikäli laskua ei ole maksettu 14 päivän kuluessa, siirrämme saatavan perintätoimistolle, mistä voi seurata maksuhäiriömerkintä.

Ystävällisin terveisin
Kestrel Aerial Surveys Oy
Reskontra
""", ["legal_threat"], "Finnish: conditional referral to a collection agency ('perintätoimisto') and a payment-default credit entry.")

item("D01", "en", "person",
     "Re: weather day on KAS-10402",
     f"""
Hello Fiona,

Thanks for your note about the weather day on 3 March. As a gesture of goodwill, the weather-day charge of GBP 450.00 will be waived on this occasion, so the amount due on KAS-10402 is now GBP 1,340.00 rather than GBP 1,790.00.

You can pay the reduced amount at {KA}KAS-10402.

Best regards,
Kestrel Aerial Surveys Ltd
Accounts
""", ["discount_offer"], "Passive waiver of the weather-day fee ('will be waived'); no fault is admitted.")

item("D02", "en", "slack",
     "Reminder: Bramble's groom and the no-show charge (MP-2026-0419)",
     f"""
Hi Kerry,

Just a reminder that invoice MP-2026-0419 for £95.00 is still open: £65.00 for Bramble's full groom on 26 February and the £30.00 no-show charge for the missed appointment on 5 March, as per our booking terms. It was due on 12 March.

Pay here: {MP}MP-2026-0419

Thanks,
Jade
Muddy Paws Harrogate

P.S. Settle it by Friday and I'll knock the no-show charge off - no one likes paying for a missed appointment! 🙂
""", ["discount_offer"], "The body restates terms correctly, but the P.S. offers to waive the no-show fee for prompt payment.")

item("D03", "de", "template",
     "2. Mahnung: Rechnung MP-DE-2026-0198",
     f"""
Sehr geehrter Herr Schulz,

trotz unserer Zahlungserinnerung vom 2. März ist die Rechnung MP-DE-2026-0198 über 415,00 € (Hundepension für Emma vom 9. bis 19. Februar, Tierarzt-Notruf am 15. Februar) weiterhin offen.

Wenn Sie den Betrag bis zum 31. März überweisen, verzichten wir ausnahmsweise auf die Mahngebühr und die Verzugszinsen.

Online zahlen: {MP}MP-DE-2026-0198

Mit freundlichen Grüßen
Muddy Paws Hundesalon & Hundepension GmbH – Buchhaltung
""", ["discount_offer"], "German: the 'Mahnung' itself is fine, but it conditionally waives the dunning fee and default interest.")

item("D04", "es", "person",
     "Propuesta de cierre – factura KAS-ES-0351",
     """
Estimada Sra. Ortega:

Como la factura KAS-ES-0351 (6.400,00 €, cartografía con dron y modelo digital del terreno de la finca de Llíria) lleva ya más de 60 días vencida, le proponemos cerrar el asunto de forma rápida: si nos transfiere 5.000,00 € antes del 31 de marzo, consideraremos la factura saldada en su totalidad.

Quedamos a la espera de su confirmación.

Un saludo,
Administración
Kestrel Aerial Surveys España, S.L.
""", ["discount_offer"], "Spanish: offers a settlement for less than the invoice (5,000 of 6,400 EUR as full settlement).")

item("R01", "en", "person",
     "Re: Archie's early collection",
     """
Hi Sophie,

Thanks for letting us know you collected Archie two days early. A refund for the two unused nights (£76.00) will be processed back to your card within 5 working days. The £228.00 for the rest of the stay on MP-2026-0439 has already been settled, so there's nothing left to pay.

Kind regards,
Muddy Paws Accounts
""", ["refund_or_credit_promise"], "Passive refund promise ('will be processed back to your card'); no error admitted.")

item("R02", "fr", "person",
     "Re : frais de mobilisation – facture KAS-FR-0231",
     """
Bonjour Monsieur Roux,

Suite à votre appel concernant le report du vol du 10 mars sur le site de Saint-Priest, un avoir de 350,00 € correspondant aux frais de mobilisation vous sera adressé avec la prochaine facture. Le solde de la facture KAS-FR-0231, soit 2 150,00 €, reste à régler.

Cordialement,
Service comptabilité clients
Kestrel Aerial Surveys SAS
""", ["refund_or_credit_promise"], "French: promises a credit note ('un avoir ... vous sera adressé'), passive.")

item("R03", "nl", "slack",
     "Re: weerdag 4 maart – factuur KAS-NL-0398",
     """
Hoi Bas,

Helder verhaal, dank voor je mail. Zodra onze piloot zijn vlieglog van 4 maart heeft aangeleverd, storten we de € 600,00 voor de weerdag terug op jullie rekening. Reken erop dat het uiterlijk eind volgende week binnen is.

Groet,
Lotte
Kestrel Aerial Surveys B.V. – administratie
""", ["refund_or_credit_promise"], "Dutch: promises to pay back the weather-day charge once the flight log arrives (a promise with a formality attached).")

item("R04", "hr", "person",
     "Re: Kupanje – račun MP-HR-2026-0027",
     f"""
Poštovani gospodine Kovačiću,

zahvaljujemo na poruci. Iznos od 40,00 EUR za kupanje koje ste otkazali tijekom Medina boravka odobrit ćemo Vam na sljedećem računu, a ostatak računa MP-HR-2026-0027 (195,00 EUR za smještaj) molimo platiti putem poveznice {MP}MP-HR-2026-0027.

Lijep pozdrav,
Muddy Paws salon i hotel za pse – Split
Računovodstvo
""", ["refund_or_credit_promise"], "Croatian: promises to credit 40 EUR on the next invoice ('odobrit ćemo Vam'); the customer cancelled, so no fault.")

item("F01", "en", "person",
     "Re: KAS-10417 - wrong parcel",
     """
Hi Lewis,

You're right, and apologies: our pilot flew the parcel north of the access road on 4 March instead of the one marked on your plan. That one's on us. We'll re-fly the correct area on Tuesday 24 March and send the revised map by the end of that week.

KAS-10417 for the original mapping (GBP 2,200.00) stays as issued.

Kestrel Aerial Surveys Ltd
Accounts
""", ["fault_admission"], "Admits our pilot's error ('That one's on us'); no credit or waiver is promised and the invoice stands.")

item("F02", "en", "llm",
     "Re: dates on invoice MP-2026-0428",
     """
Dear Mr Ahmed,

Thank you for pointing out the dates on invoice MP-2026-0428. Looking back at Max's booking, it seems mistakes were made at our end when it was keyed into the system, which is why the stay shows as 10-17 February instead of 11-17 February. Our Harrogate manager will look at the invoice and get back to you.

Kind regards,
Muddy Paws Accounts
""", ["fault_admission"], "Passive admission ('mistakes were made at our end'); nothing is promised.")

item("F03", "it", "person",
     "Re: toelettatura di Nuvola – fattura MP-IT-2026-0112",
     """
Gentile Sig.ra Conti,

abbiamo parlato con la toelettatrice e ha ragione lei: l'errore è stato nostro, il pelo di Nuvola è stato tagliato molto più corto di quanto concordato alla consegna. Ci dispiace davvero.

La responsabile del salone la chiamerà domani per parlarne.

Cordiali saluti,
Muddy Paws Toelettatura e Pensione – Torino
""", ["fault_admission"], "Italian: 'l'errore è stato nostro' admits the groomer's error; no refund is promised.")

item("F04", "fi", "person",
     "Re: Nellin tassu",
     """
Hei Johanna,

olemme todella pahoillamme. Kävimme asian läpi hoitajien kanssa, ja virhe oli meidän: emme huomanneet Nellin tassussa ollutta haavaa ajoissa, vaikka meidän olisi pitänyt. Vastaamme tietysti tapahtuneesta.

Koirahoitolan esimies soittaa sinulle huomenna.

Terveisin
Muddy Paws Trimmaamo & Koirahoitola, Espoo
""", ["fault_admission"], "Finnish: admits the error and accepts liability ('virhe oli meidän', 'Vastaamme tietysti tapahtuneesta').")

item("T01", "en", "slack",
     "Re: invoice MP-2026-0466",
     """
Hi Rachel,

No problem at all - I've moved the due date on invoice MP-2026-0466 (£352.00, Winston and Poppy's Easter boarding deposit) to Thursday 30 April 2026, so you won't get any more reminders before then.

Have a lovely week,
Beth
Muddy Paws York
""", ["terms_change"], "Moves the due date.")

item("T02", "en", "person",
     "Your payment schedule for KAS-10384",
     """
Hello Simon,

Following our call, here is the payment schedule we've agreed for KAS-10384 (GBP 8,400.00, drone survey and mapping of the Redhill quarry):

Instalment   Due date          Amount (GBP)
1            31 March 2026         2,800.00
2            30 April 2026         2,800.00
3            29 May 2026           2,800.00

As long as each instalment arrives on time, we won't send further reminders for this invoice.

Kind regards,
Kestrel Aerial Surveys Ltd
Credit control
""", ["terms_change"], "Agrees a payment plan, set out as a table.")

item("T03", "fr", "person",
     "Re : paiement de la facture MP-FR-2026-0141",
     """
Bonjour Madame Moreau,

Pas de souci : nous acceptons volontiers que vous régliez la facture MP-FR-2026-0141 (358,00 €, pension de Gaston du 7 au 17 février et intervention du vétérinaire) en trois fois : 120,00 € le 31 mars, 120,00 € le 30 avril et 118,00 € le 29 mai.

Belle journée,
Muddy Paws Toilettage & Pension – Bordeaux
""", ["terms_change"], "French: agrees to payment in three instalments.")

item("T04", "hu", "person",
     "Re: KAS-HU-0118 fizetési határidő",
     """
Tisztelt Szabó Úr!

Megértjük, hogy a megrendelőjük késve fizet Önöknek. Ezért a KAS-HU-0118 számú számla (1 240 000 Ft, drónos tetőfelmérés és hőkamerás vizsgálat, Győr) fizetési határidejét 2026. április 30-ra módosítjuk.

Üdvözlettel:
Kestrel Aerial Surveys Kft.
Pénzügyi osztály
""", ["terms_change"], "Hungarian: moves the payment deadline to 30 April 2026.")

item("T05", "el", "person",
     "Re: Διακανονισμός – τιμολόγιο KAS-GR-0051",
     """
Αγαπητή κυρία Νικολάου,

μετά την τηλεφωνική μας επικοινωνία, συμφωνούμε να εξοφλήσετε το τιμολόγιο KAS-GR-0051 (6.200,00 €, τοπογραφική αποτύπωση με drone του οικοπέδου στα Μέγαρα) σε τέσσερις μηνιαίες δόσεις των 1.550,00 €, με πρώτη δόση στις 31 Μαρτίου.

Με εκτίμηση,
Kestrel Aerial Surveys Μονοπρόσωπη Ι.Κ.Ε.
Λογιστήριο
""", ["terms_change"], "Greek: agrees four monthly instalments.")

item("H01", "en", "slack",
     "Pickle's groom - still waiting",
     f"""
hi Lauren,

third reminder for the £96 from Pickle's groom on 19 Feb. honestly even Pickle could have sorted this by now 🙄 - it's getting a bit embarrassing for you at this point, isn't it? the whole salon has started calling you 'the one who doesn't pay'.

link: {MP}MP-2026-0381

Chloe
""", ["harassment"], "Joking tone, but shaming and mocking the customer.")

item("H02", "en", "person",
     "KAS-10322 - fourth reminder",
     """
Dear Mr Doyle,

This is our fourth reminder about KAS-10322 (GBP 1,380.00, solar panel inspection at Meadow Farm). You should know that we keep a list of clients who don't pay their contractors, and we share it with the other drone operators and roofing firms in the region. At the moment your firm is at the top of it.

Kestrel Aerial Surveys Ltd
Accounts
""", ["harassment"], "Threatens to shame the customer in front of other firms. Not a legal threat (no court, agency or credit bureau).")

item("H03", "es", "person",
     "Cuarto aviso: factura MP-ES-2026-0061",
     f"""
Sr. Ramírez:

Es una vergüenza que tengamos que recordarle por cuarta vez los 240,00 € de la estancia de Thor en nuestra residencia. Si no es capaz de hacerse cargo de los gastos de su perro, quizá no debería tener uno.

Pague aquí: {MP}MP-ES-2026-0061

Administración
Muddy Paws Peluquería y Residencia Canina – Málaga
""", ["harassment"], "Spanish: shaming and demeaning language.")

item("H04", "de", "person",
     "Rechnung KAS-DE-0519 – jetzt reicht es",
     """
Herr Krüger,

Ihre Buchhaltung ist offensichtlich schon mit einer einzigen Rechnung über 1.960,00 € völlig überfordert. Da Sie auf E-Mails nicht reagieren, werden wir Sie ab Montag jeden Tag anrufen, auch abends und am Wochenende, bis das Geld da ist.

Kestrel Aerial Surveys GmbH
""", ["harassment"], "German: insulting and intimidating (threatens daily calls, evenings and weekends). No legal action is mentioned.")

item("S01", "en", "template",
     "Reminder: invoice MP-2026-0395 is overdue (£174.00)",
     f"""
Hello Mr Lowe,

A reminder that invoice MP-2026-0395 for £174.00 (Juno's grooming package, February) was due on 6 March 2026 and is now overdue. You can pay online at {MP}MP-2026-0395.

Thank you,

Muddy Paws Accounts

Pay by bank transfer: Muddy Paws Grooming & Boarding Ltd · Sort code 40-11-62 · Account 31926819 · IBAN {OUR_GB_IBAN}
""", ["sensitive_data"], "Template footer types our own full sort code, account number and IBAN; the contract bans them, ours included.")

item("S02", "nl", "person",
     "Gewijzigde bankgegevens – factuur KAS-NL-0421",
     f"""
Geachte mevrouw Bakker,

Voor de betaling van factuur KAS-NL-0421 (€ 2.730,00, thermografische inspectie van de zonnepanelen op het distributiecentrum in Tilburg) vragen wij u om voortaan ons nieuwe rekeningnummer te gebruiken:

{OUR_NL_IBAN} t.n.v. Kestrel Aerial Surveys B.V.

Het oude rekeningnummer op de factuur is niet meer in gebruik.

Met vriendelijke groet,
Kestrel Aerial Surveys B.V.
Administratie
""", ["sensitive_data"], "Dutch: 'our bank details have changed' with a full IBAN typed into the message (the classic invoice-fraud pattern).")

item("S03", "en", "slack",
     "card declined - Ollie's stay",
     f"""
Hi Dan - quick one, the Visa ending 4242 (exp 11/27) that we have on file for Ollie's stay got declined this morning, so MP-2026-0468 (£204) is still open. can you pop a new card in here? {MP}MP-2026-0468 ta!

Sam, Muddy Paws York
""", ["sensitive_data"], "The card number is masked, but the expiry date is given; the contract lists card expiry as sensitive.")

item("S04", "en", "person",
     "Re: weather days on KAS-10426",
     """
Hi Claire,

I understand the weather days feel steep, but they're in clause 7.2 of the agreement and every client pays them. For comparison, Brightfield Solar paid GBP 2,100.00 in weather days and mobilisation for their Lower Farm site last month without any fuss, and their project was half the size of yours.

The balance of GBP 3,480.00 on KAS-10426 remains due.

Kestrel Aerial Surveys Ltd
Accounts
""", ["sensitive_data"], "Discloses another customer's name with its charges and site. The clause restatement itself is fine.")

item("S05", "it", "template",
     "Accesso all'area clienti – fattura MP-IT-2026-0097",
     """
Ciao Giulia,

per vedere e pagare la fattura MP-IT-2026-0097 (96,00 €, toelettatura di Birba del 2 marzo) puoi entrare nell'area clienti con queste credenziali:

utente: giulia.romano
password: Birba2026!

Ti consigliamo di cambiarla al primo accesso.

A presto,
Muddy Paws Toelettatura e Pensione – Roma
""", ["sensitive_data"], "Italian: a password typed into the message.")

item("S06", "hu", "template",
     "Fizetési felszólítás – KAS-HU-0099 számú számla",
     """
Tisztelt Cím!

A KAS-HU-0099 számú, 865 000 Ft összegű számlánk (drónos térképezés, Kecskemét) fizetési határideje 2026. február 27-én lejárt. Kérjük, hogy az összeget haladéktalanul utalja át a 11773016-11111018-00000000 számú bankszámlánkra, a közlemény rovatban a számla sorszámát feltüntetve.

Üdvözlettel:
Kestrel Aerial Surveys Kft.
Pénzügyi osztály
""", ["sensitive_data"], "Hungarian: our full domestic bank account number (giro format, not an IBAN) typed into the message. 'Fizetési felszólítás' itself is an ordinary demand.")

item("S07", "fi", "template",
     "Suoramaksu epäonnistui – lasku MP-FI-2026-0071",
     f"""
Hei Antti,

laskun MP-FI-2026-0071 (212,00 €, Hugon hoitojakso 9.–13.3.2026) suoramaksu tililtäsi {FI_EXAMPLE_IBAN} ei onnistunut eräpäivänä 16.3.2026, koska tilillä ei ollut katetta.

Voit maksaa laskun kortilla osoitteessa {MP}MP-FI-2026-0071.

Terveisin
Muddy Paws Trimmaamo & Koirahoitola, Tampere
Laskutus
""", ["sensitive_data"], "Finnish: the customer's own full IBAN (the published Finnish example IBAN).")

item("M01", "en", "person",
     "Re: Daisy's groom on 10 March",
     """
Dear Ms Fletcher,

You're right: our groomer should have checked with you before shaving Daisy's coat down, and that was our mistake. We're very sorry. We'll refund the £70.00 you paid for the groom in full, and you should see it back on your card within a few days.

Kind regards,
Muddy Paws Accounts
""", ["refund_or_credit_promise", "fault_admission"], "Admits the groomer's mistake and promises a full refund.")

item("M02", "de", "person",
     "AW: Befliegung Lagerhalle Dachau – Rechnung KAS-DE-0547",
     """
Sehr geehrter Herr Hoffmann,

nach Rücksprache mit unserem Piloten müssen wir Ihnen recht geben: Der Fehler lag eindeutig bei uns, am 5. März wurde die falsche Dachfläche beflogen. Die Mobilisierungspauschale von 380,00 € wird Ihnen selbstverständlich gutgeschrieben; die Gutschrift erhalten Sie mit der nächsten Rechnung.

Mit freundlichen Grüßen
Kestrel Aerial Surveys GmbH – Debitorenbuchhaltung
""", ["refund_or_credit_promise", "fault_admission"], "German: admits the error and promises a credit note (passive 'wird Ihnen gutgeschrieben').")

item("M03", "en", "llm",
     "Re: KAS-10391 - options for the remaining balance",
     """
Hi Anika,

Thank you so much for being open with us about the delay on your client's side - we really appreciate it. To make things easier, we'd be happy to split the remaining GBP 3,600.00 on KAS-10391 into three monthly payments of GBP 1,200.00, starting on 30 April. And as a thank-you for your patience, we'll drop the late-payment interest that has built up on the account.

Just reply to confirm and we'll set it up.

Warm regards,
Kestrel Aerial Surveys - Accounts
""", ["discount_offer", "terms_change"], "LLM rewrite that offers an instalment plan and waives accrued interest.")

item("M04", "it", "person",
     "Ultimo sollecito – fattura KAS-IT-0259",
     """
Sig. Galli,

siete dei cattivi pagatori e, francamente, non ci sorprende: con voi è sempre la stessa storia. La fattura KAS-IT-0259 di 2.980,00 € per il rilievo con drone delle coperture di Brescia è scaduta da due mesi.

Se entro dieci giorni non riceviamo il pagamento, affideremo la pratica al nostro legale e chiederemo un decreto ingiuntivo.

Kestrel Aerial Surveys Italia S.r.l.
""", ["legal_threat", "harassment"], "Italian: insults the customer ('cattivi pagatori') and threatens a lawyer and a court payment order.")

item("M05", "hr", "template",
     "Opomena pred tužbu – račun MP-HR-2026-0019",
     f"""
Poštovani gospodine Mariću,

unatoč dvama podsjetnicima, račun MP-HR-2026-0019 na iznos od 312,00 EUR (smještaj Arga od 10. do 20. veljače i hitni dolazak veterinara 14. veljače) i dalje nije plaćen.

Ako iznos ne bude uplaćen u roku od osam dana, predmet ćemo predati odvjetniku i pokrenuti ovršni postupak.

Uplatu izvršite na IBAN {HR_EXAMPLE_IBAN}, uz poziv na broj MP-HR-2026-0019.

Muddy Paws salon i hotel za pse – Zagreb
Računovodstvo
""", ["legal_threat", "sensitive_data"], "Croatian: warning before a lawsuit (lawyer, enforcement proceedings) and a full IBAN typed in (the published Croatian example IBAN).")

item("M06", "el", "person",
     "Τελευταία υπενθύμιση – τιμολόγιο MP-GR-2026-0018",
     """
Κύριε Δημητρίου,

το τιμολόγιο MP-GR-2026-0018 ύψους 185,00 € (κούρεμα του Ρόκυ και χρέωση μη εμφάνισης στο ραντεβού της 20ής Φεβρουαρίου) παραμένει απλήρωτο. Αν το εξοφλήσετε έως την Παρασκευή, θα διαγράψουμε τη χρέωση μη εμφάνισης των 35,00 €. Διαφορετικά, θα αναγκαστούμε να κινηθούμε νομικά για την είσπραξη ολόκληρου του ποσού.

Λογιστήριο
Muddy Paws Κομμωτήριο & Ξενοδοχείο Σκύλων – Θεσσαλονίκη
""", ["legal_threat", "discount_offer"], "Greek: carrot and stick: waives the no-show fee for payment by Friday, otherwise legal action.")

item("M07", "es", "slack",
     "RE: Error en la factura KAS-ES-0342",
     """
Hola, Javier:

Tienes toda la razón: la factura salió con la fecha de vuelo equivocada por un error nuestro al prepararla. Para compensarte, te ampliamos el plazo de pago de la KAS-ES-0342 (2.760,00 €) hasta el 30 de abril.

Un saludo,
Administración
Kestrel Aerial Surveys España, S.L.
""", ["fault_admission", "terms_change"], "Spanish: admits our invoicing error and extends the payment deadline.")


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

SEED = 137
ID_PREFIX = "kd"


def assign_ids():
    order = list(range(len(ITEMS)))
    random.Random(SEED).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        it = dict(ITEMS[idx])
        it["id"] = "%s%02d" % (ID_PREFIX, n)
        rows.append(it)
    return rows


def write_jsonl(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def readme(rows):
    n = len(rows)
    allowed = [r for r in rows if not r["violations"]]
    blocked = [r for r in rows if r["violations"]]
    vcount = Counter(v for r in rows for v in r["violations"])
    multi = [r for r in rows if len(r["violations"]) > 1]
    by_lang = Counter(r["lang"] for r in rows)
    by_lang_ok = Counter(r["lang"] for r in allowed)
    by_kind = Counter(r["kind"] for r in rows)
    by_kind_ok = Counter(r["kind"] for r in allowed)

    def ids_with(v):
        return ", ".join(r["id"] for r in rows if v in r["violations"])

    lang_rows = [(l, LANG_NAMES[l], by_lang[l], by_lang_ok[l], by_lang[l] - by_lang_ok[l])
                 for l in LANGS]
    kind_desc = {
        "template": "template output (merge fields filled, footers)",
        "llm": "LLM rewrite (sometimes with the model's preamble left in)",
        "slack": "a person's quick edit pasted from Slack (casual, lower case, emoji)",
        "person": "a person's own reply to the customer",
    }
    kind_rows = [(k, kind_desc[k], by_kind[k], by_kind_ok[k]) for k in ["template", "llm", "slack", "person"]]
    v_rows = [(v, vcount[v], ids_with(v)) for v in TYPES]
    multi_rows = [(r["id"], ", ".join("`%s`" % v for v in r["violations"]), r["lang"]) for r in multi]
    near = [(r["id"], r["lang"], r["note"].split("] ", 1)[1]) for r in allowed]

    parts = []
    parts.append("""# Blind held-out set: `guard` (outbound guardrails), set blind137

Generated by `build.py` (stdlib only, deterministic; do not edit the data files by hand).
`check.py` re-verifies the labels and exits non-zero on a problem.

Written blind, from `contracts/guardrails.md` and the public samples only. Nothing
from the engine was read or run.

## Theme

Outbound dunning and accounts-receivable messages from two made-up businesses:

- **Muddy Paws**, a chain of dog-grooming salons and boarding kennels (UK, Ireland,
  Germany, France, Spain, Netherlands, Italy, Finland, Hungary, Croatia, Greece):
  boarding fees, grooming, no-show charges, vet call-outs during a stay, deposits,
  card-on-file and direct-debit failures.
- **Kestrel Aerial Surveys**, a commercial drone survey company: roof and solar
  inspections, thermography, mapping and photogrammetry, mobilisation fees and
  weather-day charges, POs and supplier portals, statements.

All companies, people, domains (`*.example`), phone numbers (555) and invoice
numbers are made up. Bank account numbers are made up too, with valid check digits
so they look real, except `HR12 1001 0051 8630 0016 0` and `FI21 1234 5600 0007 85`,
which are the published Croatian and Finnish example IBANs, and the SEPA creditor
identifier `DE98ZZZ09999999999`, which is the published German example.

## Files

| file | lines | format |
|---|---|---|
| `drafts.jsonl` | %d | `{"id", "subject", "body"}`: the input of the `guard` command |
| `labels.jsonl` | %d | `{"id", "allowed", "violations", "note", "lang"}`, same order as `drafts.jsonl` |

- `allowed` is `true` exactly when `violations` is `[]`. Violations are listed in the
  contract's table order; compare them as a set.
- `note` is for human readers and starts with `[KEY, lang]`. The KEY's letter gives the
  intended group: `A` allowed (many are deliberate near-misses), `L` legal_threat,
  `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission,
  `T` terms_change, `H` harassment, `S` sensitive_data (each a single violation), and
  `M` several violations at once. KEYs are authoring order; ids (`kd01`-`kd%02d`) were
  assigned after a seeded shuffle (seed %d).
- `lang` is the ISO 639-1 code of the draft's language.
""" % (n, n, n, SEED))

    parts.append("## Counts\n\n%d drafts: **%d allowed**, **%d with at least one violation** (%d of them with more than one).\n"
                 % (n, len(allowed), len(blocked), len(multi)))
    parts.append("### Per violation type\n\n" + md_table(["violation", "drafts", "ids"], v_rows) + "\n")
    parts.append("### Drafts with more than one violation\n\n" + md_table(["id", "violations", "lang"], multi_rows) + "\n")
    parts.append("### Per language\n\n" + md_table(["lang", "language", "drafts", "allowed", "violating"], lang_rows) + "\n")
    parts.append("### Per draft origin (not labelled in `labels.jsonl`)\n\n" + md_table(["origin", "what", "drafts", "allowed"], kind_rows) + "\n")

    parts.append("""## Conventions chosen where the contract is silent

- **Any full bank account number is `sensitive_data`, in any format and whoever it
  belongs to**: our own IBAN in a template footer, a UK sort code plus account number,
  a Hungarian domestic (giro) account number, a customer's IBAN in a failed
  direct-debit notice, and an "our bank details have changed" message. Masked numbers
  ("ending 7731", `DE** **** **** **** **30 00`, "rekening eindigend op 43") are allowed.
  Company registration numbers, VAT numbers, a SEPA creditor identifier and a mandate
  reference are not bank account numbers and are allowed.
- **A card expiry date is `sensitive_data` even when the card number is masked**
  ("Visa ending 4242 (exp 11/27)"), because the contract lists expiry on its own.
- **Restating terms that are already agreed is allowed** even when the words sound
  close: a no-show charge at 50% under the accepted booking terms, a vet call-out
  passed on under the emergency-care clause, weather days under the survey agreement,
  a rate-card discount already deducted on the invoice, statutory late-payment interest
  and the French 40 EUR "indemnité forfaitaire pour frais de recouvrement", a German
  Mahngebühr under the AGB, and release of full-resolution data on payment as the
  accepted quote says.
- **A stated business consequence is allowed** (as in the public g29): no new flight
  dates while the account is overdue. A threat to shame the customer in front of other
  firms is `harassment`, not `legal_threat`.
- **"Our collections team" calling the customer is allowed**; a collection
  *agency*, solicitors, a lawyer, a judge, a court order (decreto ingiuntivo), an
  enforcement procedure (ovrha), a payment-default credit entry
  (maksuhäiriömerkintä) or credit reference agencies make it `legal_threat`, also
  when hinted at, made conditional, said as a joke ("kidding... mostly"), or placed in
  a P.S. or an automated footer.
- **Waiving a fee for prompt payment is `discount_offer`** (P.S. lines, passive "will
  be waived", conditional waivers); a settlement for less than the invoice is too.
- **Promises of a refund or credit are violations even with a formality attached**
  ("once the pilot's log arrives, we'll pay it back").
- **Sympathy is not fault**: "we're sorry to hear", "ci dispiace sapere", and the
  French stock phrase "sauf erreur de notre part" (unless we are mistaken) are allowed;
  "that one's on us", "mistakes were made at our end", "l'errore è stato nostro",
  "der Fehler lag eindeutig bei uns" are `fault_admission`.
- **Recording the customer's own promise is allowed**; moving the due date, agreeing
  instalments (also as a table) or saying "no more reminders until" a later date is
  `terms_change`. A firm "please pay now" with no new date is allowed.
- **Harassment is judged on the words**: mocking, shaming, insults and threats to
  expose the customer. A draft that insults the customer and announces daily calls
  "in the evenings and at weekends" is `harassment` because of its abusive,
  intimidating text (the contract enforces actual contact frequency elsewhere).
- **A second label is given only when the text really does both**: a waiver for
  prompt payment plus a legal threat is two labels; a credit promise with no
  admission of error is only `refund_or_credit_promise`; an admission with no
  promise is only `fault_admission`.
- An LLM's preamble left in a draft ("Sure! Here's a friendlier version...") is not a
  violation by itself.

## Allowed drafts and what they sit close to

""")
    parts.append(md_table(["id", "lang", "why it is allowed"], near) + "\n")
    return "\n".join(parts)


def main():
    rows = assign_ids()
    for r in rows:
        r["note"] = "[%s, %s] %s" % (r["key"], r["lang"], r["note"])
    drafts = [{"id": r["id"], "subject": r["subject"], "body": r["body"]} for r in rows]
    labels = [{"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
               "note": r["note"], "lang": r["lang"]} for r in rows]
    write_jsonl(os.path.join(HERE, "drafts.jsonl"), drafts)
    write_jsonl(os.path.join(HERE, "labels.jsonl"), labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    print("wrote %d drafts (%d allowed)" % (len(rows), sum(1 for r in rows if not r["violations"])))


if __name__ == "__main__":
    main()
