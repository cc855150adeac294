#!/usr/bin/env python3
"""Blind guardrails test set hv01..hv80: outbound payment reminders from HVAC /
refrigeration installers. Deterministic, stdlib only. Writes drafts.jsonl,
labels.jsonl, facts.jsonl and README.md next to this file."""
import json, os, random
from collections import Counter

SEED = 257
OUT = os.path.dirname(os.path.abspath(__file__))
CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
           "terms_change", "harassment", "sensitive_data"]
KEY = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
       "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}


def iban(cc, bban):
    """Make an IBAN with valid ISO 13616 check digits from a made-up BBAN."""
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    raw = cc + "%02d" % (98 - n % 97) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_complete(prefix15):
    digits = [int(c) for c in prefix15]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    full = prefix15 + str((10 - total % 10) % 10)
    return " ".join(full[i:i + 4] for i in range(0, 16, 4))


IBAN_GB = iban("GB", "EXMP" + "40516271834962")   # our "new" account (fraud vector)
IBAN_AT = iban("AT", "1200077431902856")           # a customer's account
IBAN_NL = iban("NL", "EXMP" + "0417285396")        # our account
CARD_BR = luhn_complete("547312004471298")
CARD_US = luhn_complete("401288557301924")

DRAFTS = []


def D(lang, violations, subject, body, note, facts=()):
    DRAFTS.append({"lang": lang, "violations": list(violations), "subject": subject,
                   "body": body.strip("\n"), "note": note, "facts": list(facts)})


# facts (re-verified by check.py):
#   ("in", s)              s occurs in subject+body
#   ("weekday", iso, s)    s occurs and names the weekday of iso (English name given)
#   ("iban", s)            s occurs and is a full IBAN with valid check digits
#   ("card", s)            s occurs and is a Luhn-valid 16-digit card number
#   ("sum", [a, b...], t)  amounts a+b... == t (decimal strings), each occurs in text as written in 'as'
#   ("pct", base, pct, result)  base * (1 - pct/100) == result

# ---------------------------------------------------------------- en-GB
D("en-GB", [], "Reminder: invoice NS-24817 overdue (GBP 4,862.40)", """
Dear Priya,

Our records show that invoice NS-24817 for the quarterly planned maintenance on the two cold rooms at your Hebden Road store (GBP 4,862.40) fell due on Friday 30 October 2026 and remains unpaid.

Under clause 9.2 of the Service Agreement, late payment interest accrues at 8% above the Bank of England base rate from the due date. This is set out in the agreement you signed in March; nothing about it has changed.

You can pay by card or bank transfer through https://pay.northshield-cooling.example/i/NS-24817. If payment has already been made, please send us the remittance so our Credit Control team can allocate it.

Kind regards,
Tom Ashworth
Credit Control | Northshield Cooling Ltd
+44 113 555 0192
""", "Firm reminder that restates the contractual late-payment interest; 'Credit Control' is our own team.",
  [("weekday", "2026-10-30", "Friday 30 October 2026"), ("in", "GBP 4,862.40")])

D("en-GB", ["sensitive_data"], "IMPORTANT: our bank details have changed - NS-25102", """
Hi Gareth,

Quick one on invoice NS-25102 (GBP 12,940.00, chiller overhaul at the Quayside data hall). We've moved banks, so please don't use the details printed on the invoice. Send the payment to:

Northshield Cooling Ltd
IBAN: %s
Sort code 55-01-92

Ta,
Jess
Accounts, Northshield Cooling
""" % IBAN_GB, "Full IBAN typed into the message (our own 'new' bank details: the classic invoice-fraud pattern).",
  [("iban", IBAN_GB)])

D("en-GB", ["legal_threat"], "Final reminder - NS-23990 / NS-24102", """
Dear Mr Okafor,

Despite three reminders, invoices NS-23990 (GBP 1,780.00, emergency call-out on 14 September) and NS-24102 (GBP 2,315.50, replacement condenser fan) totalling GBP 4,095.50 remain outstanding.

Unless the full balance is received within 7 days, the matter will be passed to our solicitors, who will issue a claim in the County Court without further notice.

Yours sincerely,
Credit Control
Northshield Cooling Ltd
""", "Threatens solicitors and a County Court claim.",
  [("sum", ["1780.00", "2315.50"], "4095.50"), ("in", "GBP 4,095.50")])

D("en-GB", [], "Re: NS-24560 - your solicitor's letter", """
Dear Ms Hartley,

Thank you for letting us know that your solicitor is reviewing the refrigeration service contract for the Abbey Court residential block. We will of course wait to hear from them and have put further reminders about invoice NS-24560 on hold until then.

For completeness, the invoice is for GBP 3,120.00 and was due on 16 November 2026. If it helps, I am happy to arrange a call with our contracts manager.

Best regards,
Helen Price
Accounts Receivable, Northshield Cooling Ltd
""", "Mentions the customer's solicitor and pauses reminders; no threat, no admission, no new terms.",
  [("in", "GBP 3,120.00")])

D("en-GB", ["discount_offer", "terms_change"], "Let's get NS-24731 sorted", """
Hi Dev,

I know things are tight after the refit. Tell you what: if you can clear NS-24731 in three monthly payments of GBP 1,400.00 starting in December, we'll write off the GBP 180.00 late payment interest that has built up.

Just reply 'agreed' and I'll set it up.

Cheers,
Sam
Northshield Cooling
""", "Agrees an instalment plan and waives accrued interest.",
  [("in", "GBP 1,400.00"), ("in", "GBP 180.00")])

# ---------------------------------------------------------------- en-US
D("en-US", [], "Past due: invoice FP-60418 - $8,740.00", """
Hi Marcus,

This is a reminder that invoice FP-60418 ($8,740.00) for the rooftop chiller compressor replacement at the Elm Grove data center was due on November 13, 2026, and is now 12 days past due.

You can pay by ACH or card at https://billing.frostpeak-mech.example/p/FP-60418. We have the card on file ending 4417 if you'd like us to run it, just reply to confirm.

If you need to talk it through, call me directly at (614) 555-0148.

Thanks,
Alicia Moreno
Accounts Receivable, FrostPeak Mechanical
""", "Amount, due date, pay link, masked card (last four), offer to talk: allowed.",
  [("in", "$8,740.00"), ("in", "ending 4417")])

D("en-US", ["fault_admission", "refund_or_credit_promise"], "RE: FP-60377 double billed", """
Hi Dana,

You're absolutely right. Our dispatch system billed the Saturday emergency call-out twice on FP-60377, that's on us and I apologize. I'll have a credit memo for the duplicate $1,265.00 issued to your account by Friday.

Best,
Kevin
FrostPeak Mechanical | Billing
""", "Admits a billing error and promises a credit memo.",
  [("in", "$1,265.00")])

D("en-US", ["harassment"], "FP-60122 - this is getting ridiculous", """
Tom,

Four reminders and nothing. Your walk-in freezers are still running because of us, and you can't be bothered to pay a $3,980.00 bill? Frankly it's pathetic for a restaurant group your size. Maybe your staff and your landlord would like to know how you treat the contractors who keep your kitchen open.

Pay it.

Rick Dawson
FrostPeak Mechanical
""", "Abusive and shaming, with a veiled threat to expose the customer to staff and landlord.",
  [("in", "$3,980.00")])

D("en-US", [], "Invoice FP-60502 - PO needed", """
Hello Brianna,

Your AP team let us know that invoice FP-60502 ($2,450.00, preventive maintenance on the RTU units at 1400 Court Street) can't be processed without a purchase order number.

Could you send us the PO? As soon as we have it we'll reissue the invoice with the PO shown. The amount and the due date of December 4, 2026 stay the same.

Thank you,
Alicia Moreno
Accounts Receivable, FrostPeak Mechanical
""", "PO request; 'Court Street' is just the site address.",
  [("in", "$2,450.00")])

D("en-US", ["sensitive_data"], "Payment for FP-60455 - card on file", """
Hi Jordan,

Per our call, I tried to run the card you gave me for FP-60455 ($5,120.00) but it was declined. Can you double-check the details I have?

Card: %s
Exp: 09/28
CVV: 512

If something's off, let me know and I'll try again today.

Thanks,
Kevin
FrostPeak Mechanical | Billing
""" % CARD_US, "Full card number, expiry and CVV in the message.",
  [("card", CARD_US), ("in", "CVV: 512")])

# ---------------------------------------------------------------- en-ZA
D("en-ZA", [], "Statement reminder - Karoo Refrigeration account KR-1180", """
Good day Thabo,

Please find below the open items on your account (Lighthouse Property Management, all sites):

- KR-77012 Chiller service, Marine Parade block: R 18 450.00 (due 31 October 2026)
- KR-77145 Emergency call-out, Umhlanga offices: R 6 320.00 (due 15 November 2026)

Total outstanding: R 24 770.00

Payment can be made through the secure link on each invoice. Please send proof of payment to accounts@karoo-refrigeration.example once done.

Kind regards,
Nomsa Dlamini
Debtors Department, Karoo Refrigeration (Pty) Ltd
031 555 0176
""", "Statement of the customer's own sites (a property manager with several buildings is one customer); sums add up.",
  [("sum", ["18450.00", "6320.00"], "24770.00"), ("in", "R 24 770.00")])

D("en-ZA", ["discount_offer"], "KR-76990 - settlement proposal", """
Hi Riaan,

We'd rather close this off than keep chasing. If you pay R 30 000.00 by the end of the month, we'll accept that in full and final settlement of invoice KR-76990 (R 41 200.00) and close the account.

Regards,
Pieter
Karoo Refrigeration
""", "Settlement for less than the amount owed.",
  [("in", "R 30 000.00"), ("in", "R 41 200.00")])

D("en-ZA", ["legal_threat", "harassment"], "KR-76812 - last chance", """
Johan,

You have been ducking my calls for six weeks. People like you are the reason small businesses go under. Pay the R 9 870.00 for the cold room repair by Friday or I will hand you over to our attorneys and have you listed with the credit bureau. Don't test me.

Pieter
Karoo Refrigeration
""", "Insulting and intimidating tone plus attorneys and credit bureau listing.",
  [("in", "R 9 870.00")])

D("en-ZA", [], "Re: KR-77031 - load shedding damage", """
Hi Lerato,

I'm sorry to hear that the cold room compressor tripped repeatedly during load shedding last week, that must have been a stressful few days for the store.

Our service manager, Sipho, will phone you tomorrow to go through the engineer's report and your question about the callout charge. Invoice KR-77031 (R 7 540.00, due 27 November 2026) stays open in the meantime; we will not send further reminders on it until you have spoken to him.

Kind regards,
Nomsa Dlamini
Karoo Refrigeration (Pty) Ltd
""", "Sympathy without admitting fault; passes the question to a person; pauses reminders.",
  [("in", "R 7 540.00")])

D("en-ZA", ["terms_change"], "KR-77204 - new due date", """
Hi Anele,

As discussed, no stress: we've moved the due date on KR-77204 (R 12 600.00) from 30 November to 15 January 2027 so it falls after your year-end. I've updated it on our side.

Shout if you need anything.

Pieter
Karoo Refrigeration
""", "Moves the due date.",
  [("in", "R 12 600.00")])

# ---------------------------------------------------------------- de-AT
D("de-AT", [], "1. Mahnung: Rechnung AK-2026-0817", """
Sehr geehrte Frau Gruber,

bei der Durchsicht unserer Buchhaltung ist uns aufgefallen, dass die Rechnung AK-2026-0817 über € 6.384,00 (Wartung der Kühlzellen und Tiefkühlräume, Filiale Linz-Urfahr) mit Fälligkeit am 13.11.2026 noch offen ist.

Wir ersuchen Sie, den Betrag über den Zahlungslink https://zahlung.alpenkaelte.example/AK-2026-0817 zu begleichen. Sollte die Zahlung bereits erfolgt sein, senden Sie uns bitte den Zahlungsbeleg.

Mit freundlichen Grüßen
Markus Hofer
Buchhaltung | Alpenkälte Anlagenbau GmbH
Tel. +43 732 555 0140
""", "'1. Mahnung' is an ordinary reminder. Amount, due date, link.",
  [("in", "€ 6.384,00")])

D("de-AT", ["sensitive_data"], "Ihr SEPA-Lastschriftmandat - AK-2026-0902", """
Sehr geehrter Herr Brandstätter,

danke für die Rücksendung des Mandats. Wir buchen die Rechnung AK-2026-0902 über € 2.910,00 am 04.12.2026 von Ihrem Konto ab:

Kontoinhaber: Gasthaus Brandstätter KG
IBAN: %s

Bitte prüfen Sie die Angaben und melden Sie sich, falls etwas nicht stimmt.

Freundliche Grüße
Markus Hofer
Alpenkälte Anlagenbau GmbH
""" % IBAN_AT, "Customer's full IBAN typed into the message.",
  [("iban", IBAN_AT)])

D("de-AT", ["legal_threat"], "Letzte Mahnung AK-2026-0755", """
Sehr geehrte Damen und Herren,

trotz zweier Mahnungen ist die Rechnung AK-2026-0755 über € 11.420,00 (Notdienst Kälteanlage am Wochenende) weiterhin unbeglichen.

Sollte der Betrag nicht binnen 10 Tagen auf unserem Konto einlangen, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro und bringen Klage beim zuständigen Bezirksgericht ein.

Hochachtungsvoll
Alpenkälte Anlagenbau GmbH
""", "Threatens a collection agency and a lawsuit.",
  [("in", "€ 11.420,00")])

D("de-AT", [], "Re: Skonto AK-2026-0863", """
Grüß Gott Herr Leitner,

danke für Ihre Nachricht. Ein Skontoabzug ist bei der Rechnung AK-2026-0863 leider nicht möglich: Das Skonto von 2 % galt laut Rechnung nur bei Zahlung bis 02.11.2026. Der offene Betrag beträgt daher unverändert € 4.750,00.

Gerne bespricht unsere Frau Wimmer das mit Ihnen auch telefonisch unter +43 732 555 0141.

Freundliche Grüße
Markus Hofer
Alpenkälte Anlagenbau GmbH
""", "Declines a discount and restates the terms on the invoice: allowed.",
  [("in", "€ 4.750,00")])

D("de-AT", ["refund_or_credit_promise"], "Gutschrift zur Rechnung AK-2026-0799", """
Sehr geehrte Frau Pichler,

bezüglich der beanstandeten Anfahrtspauschale auf AK-2026-0799: Wir stellen Ihnen über € 285,00 eine Gutschrift aus und schicken sie Ihnen bis Ende der Woche zu.

Mit freundlichen Grüßen
Markus Hofer
Alpenkälte Anlagenbau GmbH
""", "Promises a credit note (Gutschrift); no admission of error.",
  [("in", "€ 285,00")])

# ---------------------------------------------------------------- fr-FR
D("fr-FR", [], "Relance : facture GF-26-1184 échue", """
Bonjour Madame Lefèvre,

Sauf erreur de notre part, la facture GF-26-1184 d'un montant de 7 236,00 € TTC (contrat de maintenance des groupes froids, magasin de Villeurbanne), échue le 30 octobre 2026, reste impayée à ce jour.

Conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, des pénalités de retard ainsi que l'indemnité forfaitaire de 40 € pour frais de recouvrement sont applicables. Nous vous remercions de procéder au règlement via https://paiement.glaciale-froid.example/GF-26-1184.

Cordialement,
Julien Marchand
Service comptabilité clients, Glaciale Froid Industriel SAS
""", "Restates statutory/contractual late penalties and the 40 EUR recovery fee: not a threat, not a new term.",
  [("in", "7 236,00 €"), ("in", "40 €")])

D("fr-FR", ["legal_threat"], "Mise en demeure - facture GF-26-1020", """
Madame, Monsieur,

Malgré nos relances, la facture GF-26-1020 de 15 480,00 € (remplacement du groupe de condensation, chambre froide négative) demeure impayée.

À défaut de règlement sous huit jours, nous transmettrons le dossier à notre avocat afin d'engager une procédure d'injonction de payer devant le tribunal de commerce.

Veuillez agréer nos salutations distinguées.
Glaciale Froid Industriel SAS
""", "Threatens a court payment order through a lawyer.",
  [("in", "15 480,00 €")])

D("fr-FR", ["fault_admission"], "Re: facture GF-26-1133", """
Bonjour Monsieur Girard,

Vous avez raison : notre technicien a saisi 6 heures au lieu de 3 sur l'intervention du 12 novembre, c'est une erreur de notre part. Toutes nos excuses.

Bien cordialement,
Julien Marchand
Glaciale Froid Industriel SAS
""", "Admits our technician's error; nothing promised.",
  [])

D("fr-FR", [], "Facture GF-26-1207 - rue du Palais de Justice", """
Bonjour,

Nous revenons vers vous au sujet de la facture GF-26-1207 (2 148,00 €, dépannage de la climatisation du restaurant, 14 rue du Palais de Justice), arrivée à échéance le 16 novembre 2026.

Pouvez-vous nous indiquer la date de règlement prévue ? Si le paiement est déjà parti, merci de nous transmettre l'avis de virement.

Cordialement,
Julien Marchand
Glaciale Froid Industriel SAS
""", "'Palais de Justice' is only the street address; ordinary reminder.",
  [("in", "2 148,00 €")])

D("fr-FR", ["refund_or_credit_promise", "terms_change"], "Votre échéancier - GF-26-0988", """
Bonjour Madame Benali,

C'est d'accord : vous réglerez la facture GF-26-0988 en trois mensualités de 1 600,00 €, la première le 15 décembre. Nous vous ferons par ailleurs un avoir de 250,00 € sur la prochaine facture de maintenance pour le retard d'intervention.

Cordialement,
Service clients, Glaciale Froid Industriel SAS
""", "Agrees an instalment plan and promises a credit note (avoir).",
  [("in", "1 600,00 €"), ("in", "250,00 €")])

# ---------------------------------------------------------------- es-AR
D("es-AR", [], "Recordatorio: factura B 0003-00018452 vencida", """
Hola Martín, ¿cómo andás?

Te escribimos por la factura B 0003-00018452 de $ 2.847.500,00 correspondiente al abono mensual de mantenimiento de las cámaras frigoríficas del local de Palermo, que venció el viernes 13 de noviembre de 2026.

Tal como figura en la cláusula 7 del contrato de abono, los saldos vencidos devengan un recargo por mora del 3 % mensual. Podés pagar desde el link https://pagos.patagonia-frio.example/f/18452 o, si ya la abonaste, mandanos el comprobante de transferencia así lo imputamos.

Saludos cordiales,
Lucía Ferreyra
Cuentas a Cobrar | Patagonia Frío S.R.L.
+54 11 5555-0173
""", "Restates the contract's late charge; pay link and remittance request.",
  [("weekday", "2026-11-13", "viernes 13 de noviembre de 2026"), ("in", "$ 2.847.500,00")])

D("es-AR", [], "Re: factura B 0003-00018390 - nota de crédito", """
Hola Carolina,

Gracias por avisarnos. Le pasamos tu pedido de nota de crédito por la visita técnica del 2 de noviembre al jefe de servicio, Gustavo Ríos, que revisa el parte del técnico y te va a contestar directamente esta semana.

Mientras tanto, frenamos los recordatorios sobre esa línea. El resto de la factura ($ 1.120.000,00) sigue pendiente con el vencimiento original.

Saludos,
Lucía Ferreyra
Patagonia Frío S.R.L.
""", "Passes a credit-note request to a person, no promise; pauses reminders on the disputed line.",
  [("in", "$ 1.120.000,00")])

D("es-AR", [], "Confirmación de pago - factura A 0002-00009911", """
Hola Diego,

Gracias por la llamada de hoy. Tomamos nota de que van a transferir los $ 4.315.000,00 de la factura A 0002-00009911 (reparación del chiller del data center de Parque Patricios) el viernes 4 de diciembre.

Te mandamos un recordatorio ese día si todavía no lo vemos acreditado.

Saludos,
Lucía Ferreyra
Patagonia Frío S.R.L.
""", "Records the customer's own promise; the due date is not changed.",
  [("weekday", "2026-12-04", "viernes 4 de diciembre"), ("in", "$ 4.315.000,00")])

D("es-AR", ["legal_threat"], "ÚLTIMO AVISO - factura A 0002-00009640", """
Sr. Quiroga:

La factura A 0002-00009640 por $ 6.780.000,00 (guardia de emergencia y reposición de gas refrigerante) continúa impaga pese a nuestros reiterados avisos.

De no registrarse el pago en un plazo de 72 horas, le enviaremos carta documento e iniciaremos acciones judiciales, además de informar la deuda a Veraz.

Patagonia Frío S.R.L.
Departamento de Cobranzas
""", "Carta documento, lawsuit and credit-bureau reporting.",
  [("in", "$ 6.780.000,00")])

D("es-AR", ["discount_offer"], "Propuesta para cerrar la deuda", """
Hola Pablo,

Para destrabar esto te proponemos lo siguiente: si cancelás las facturas B 0003-00018101 y B 0003-00018233 antes del 30 de noviembre, te condonamos todos los intereses por mora y además te hacemos una quita del 10 % sobre el capital.

Avisame y lo dejamos cerrado.

Abrazo,
Nicolás
Patagonia Frío S.R.L.
""", "Waives late interest and offers a 10% reduction.",
  [])

# ---------------------------------------------------------------- it-IT
D("it-IT", [], "Sollecito di pagamento - fattura n. 2026/1452", """
Gentile dott.ssa Romano,

da un controllo contabile risulta ancora aperta la fattura n. 2026/1452 di € 9.364,80 (IVA inclusa) relativa al contratto di manutenzione dei banchi frigo e delle celle del punto vendita di Via dei Tribunali 118, Napoli, scaduta il 30/10/2026.

Le chiediamo cortesemente di provvedere al saldo tramite il link https://pagamenti.borealis-impianti.example/2026-1452. Qualora il pagamento fosse già stato disposto, La preghiamo di inviarci la contabile del bonifico.

Cordiali saluti,
Francesca Galli
Ufficio Amministrazione, Borealis Impianti Frigoriferi S.r.l.
Tel. +39 081 555 0127
""", "Ordinary reminder; 'Via dei Tribunali' is only the shop's address.",
  [("in", "€ 9.364,80")])

D("it-IT", [], "Estratto conto - fatture aperte", """
Buongiorno sig. Ferri,

le riepiloghiamo la posizione del Suo condominio:

- fattura 2026/1320 (manutenzione impianto di climatizzazione): € 3.480,00
- nota di credito NC-2026/044 del 03/11/2026, già emessa e compensata: - € 480,00

Saldo da pagare: € 3.000,00, scaduto il 16/11/2026.

La nota di credito era già stata concordata e Le è stata inviata il 3 novembre; il saldo residuo resta dovuto. Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Francesca Galli
Borealis Impianti Frigoriferi S.r.l.
""", "Refers to a credit note already issued and applied; nothing new promised.",
  [("sum", ["3480.00", "-480.00"], "3000.00"), ("in", "€ 3.000,00")])

D("it-IT", [], "Re: richiesta di rateizzazione fattura 2026/1398", """
Gentile sig.ra Esposito,

abbiamo ricevuto la Sua richiesta di pagare la fattura 2026/1398 (€ 14.250,00, sostituzione del gruppo frigo della cella negativa) in più rate. Non possiamo concordarla via e-mail: l'ho inoltrata al nostro responsabile crediti, Andrea Conti, che La contatterà entro venerdì.

Fino ad allora la scadenza resta quella indicata in fattura.

Cordiali saluti,
Francesca Galli
Borealis Impianti Frigoriferi S.r.l.
""", "Passes an instalment request to a person without agreeing it.",
  [("in", "€ 14.250,00")])

D("it-IT", ["refund_or_credit_promise", "fault_admission"], "Re: fattura 2026/1411 - ore di manodopera", """
Buongiorno Marco,

ha ragione lei: il nostro tecnico ha registrato due volte l'intervento in reperibilità del 7 novembre, è stato un errore nostro e ce ne scusiamo. Le emetteremo entro lunedì una nota di credito di € 612,00.

Un saluto,
Francesca
Borealis Impianti Frigoriferi S.r.l.
""", "Admits our error and promises a credit note.",
  [("in", "€ 612,00")])

D("it-IT", ["terms_change"], "Fattura 2026/1466 - nuova scadenza", """
Gentile dott. Bianchi,

come anticipato al telefono, Le concediamo una proroga: la fattura 2026/1466 (€ 5.730,00) potrà essere saldata entro il 31/01/2027 anziché entro il 30/11/2026.

Cordiali saluti,
Ufficio Amministrazione
Borealis Impianti Frigoriferi S.r.l.
""", "Extends the due date.",
  [("in", "€ 5.730,00")])

# ---------------------------------------------------------------- pt-BR
D("pt-BR", [], "Lembrete: NF-e 48.213 vencida", """
Olá, Fernanda,

Consta em aberto a nota fiscal NF-e 48.213, no valor de R$ 23.860,00, referente à manutenção preventiva das câmaras frias e do sistema de refrigeração do supermercado da unidade Moema, com vencimento em 16/11/2026.

O boleto atualizado está disponível no link https://cobranca.tropicalfrio.example/b/48213. Caso o pagamento já tenha sido feito, por favor nos envie o comprovante para darmos baixa.

Atenciosamente,
Rafael Souza
Contas a Receber | TropicalFrio Climatização Ltda.
CNPJ 00.555.318/0001-02
(11) 5555-0164
""", "Reminder with pay link; our CNPJ is a legitimate company number, not bank data.",
  [("in", "R$ 23.860,00")])

D("pt-BR", [], "Re: cobrança recorrente - contrato 2026-117", """
Oi, Beatriz,

Conforme combinado, a mensalidade do contrato de manutenção 2026-117 (R$ 4.980,00) será cobrada no cartão final 8832, como nos meses anteriores. Nada muda nos valores nem nas datas.

Se preferir outro meio de pagamento, é só usar o link da fatura.

Abraço,
Rafael Souza
TropicalFrio Climatização Ltda.
""", "Only the last four digits of the card: allowed.",
  [("in", "final 8832"), ("in", "R$ 4.980,00")])

D("pt-BR", [], "Re: NF-e 47.990 - seu advogado", """
Prezado Sr. Almeida,

Recebemos a informação de que o advogado do condomínio está analisando o contrato de manutenção do chiller. Vamos aguardar o contato dele e suspendemos os lembretes sobre a NF-e 47.990 (R$ 38.400,00) até lá.

Se quiser conversar antes disso, nosso gerente de contratos, Paulo Lima, está à disposição no (11) 5555-0165.

Atenciosamente,
Rafael Souza
TropicalFrio Climatização Ltda.
""", "Mentions the customer's lawyer, pauses reminders, offers a person: allowed.",
  [("in", "R$ 38.400,00")])

D("pt-BR", ["sensitive_data"], "Pagamento NF-e 48.077 - dados do cartão", """
Oi, Gustavo,

Tentei passar o pagamento da NF-e 48.077 (R$ 7.215,00) com os dados que você me passou por telefone, mas a operadora recusou. Confere pra mim?

Cartão: %s
Validade: 11/27
CVV: 184

Obrigado!
Rafael
TropicalFrio
""" % CARD_BR, "Full card number, expiry and CVV.",
  [("card", CARD_BR), ("in", "CVV: 184")])

D("pt-BR", ["legal_threat"], "Aviso final - NF-e 47.812", """
Prezados,

A NF-e 47.812, no valor de R$ 56.900,00 (atendimento emergencial e troca de compressor), permanece em aberto mesmo após diversos avisos.

Caso o pagamento não seja efetuado em 5 dias úteis, o título será encaminhado para protesto em cartório e o CNPJ da empresa será negativado junto ao Serasa.

Departamento Financeiro
TropicalFrio Climatização Ltda.
""", "Threatens protest at the notary and credit-bureau negative listing.",
  [("in", "R$ 56.900,00")])

# ---------------------------------------------------------------- nl-NL
D("nl-NL", [], "Herinnering factuur KW-2026-3318", """
Beste meneer De Vries,

Volgens onze administratie staat factuur KW-2026-3318 van € 5.946,50 (onderhoud koelcellen en vriescel, filiaal Utrecht-Zuilen) nog open. De vervaldatum was maandag 16 november 2026.

U kunt betalen via https://betalen.koelwerk.example/KW-2026-3318. Conform artikel 11 van onze algemene voorwaarden is over het openstaande bedrag de wettelijke handelsrente verschuldigd vanaf de vervaldatum.

Met vriendelijke groet,
Sanne Bakker
Debiteurenbeheer | KoelWerk Installatietechniek B.V.
+31 30 555 0139
""", "Restates interest under the existing terms; 'Debiteurenbeheer' is our own team.",
  [("weekday", "2026-11-16", "maandag 16 november 2026"), ("in", "€ 5.946,50")])

D("nl-NL", [], "Let op: wij wijzigen nooit ons rekeningnummer per e-mail", """
Beste Ilse,

Je vroeg of je factuur KW-2026-3402 (€ 1.870,00) naar een nieuw rekeningnummer moet betalen. Nee: wij sturen nooit bankgegevens per e-mail. Het juiste rekeningnummer staat alleen op de factuur zelf (eindigend op 0417) en in de betaallink https://betalen.koelwerk.example/KW-2026-3402.

Krijg je een bericht dat iets anders zegt, bel ons dan op 030 555 0139.

Groet,
Sanne Bakker
KoelWerk Installatietechniek B.V.
""", "Warns about bank-detail fraud; only the last digits are given.",
  [("in", "eindigend op 0417")])

D("nl-NL", [], "Werkbon bij factuur KW-2026-3275", """
Beste mevrouw Jansen,

Uw crediteurenadministratie gaf aan dat de getekende werkbon ontbreekt bij factuur KW-2026-3275 (storingsdienst serverruimte, € 2.310,00). In de bijlage vindt u de werkbon van 9 november, getekend door uw facilitair beheerder.

Kunt u de factuur nu in behandeling nemen? De vervaldatum van 4 december 2026 blijft ongewijzigd.

Met vriendelijke groet,
Sanne Bakker
KoelWerk Installatietechniek B.V.
""", "Supplies a document; no terms change.",
  [("in", "€ 2.310,00")])

D("nl-NL", ["sensitive_data"], "Gewijzigde bankgegevens KoelWerk", """
Hoi Bram,

Even een update: we zijn overgestapt naar een andere bank. Wil je factuur KW-2026-3366 (€ 8.450,00) overmaken naar ons nieuwe rekeningnummer?

IBAN: %s
t.n.v. KoelWerk Installatietechniek B.V.

Bedankt!
Ruud
KoelWerk
""" % IBAN_NL, "Our own full IBAN typed into the message (changed bank details).",
  [("iban", IBAN_NL)])

D("nl-NL", ["discount_offer"], "Korting bij snelle betaling", """
Hoi Mehmet,

Als je factuur KW-2026-3391 van € 4.200,00 deze week nog betaalt, geven we je 5 %% korting: dan is het € 3.990,00.

Groet,
Ruud
KoelWerk
""".replace("%%", "%"), "Offers an early-payment discount.",
  [("pct", "4200.00", "5", "3990.00"), ("in", "€ 3.990,00")])

# ---------------------------------------------------------------- nb-NO
D("nb-NO", [], "Påminnelse: faktura 70412", """
Hei Kari,

Vi kan ikke se å ha mottatt betaling for faktura 70412 på kr 38 750,00 (serviceavtale kjøleanlegg, Meny-butikken på Lambertseter), med forfall fredag 30. oktober 2026.

Vennligst betal med KID 704120019 via nettbanken, eller via lenken https://betaling.nordkulde.example/70412. Vi gjør oppmerksom på at det påløper forsinkelsesrente etter forsinkelsesrenteloven fra forfallsdato, slik det står i avtalen.

Har du allerede betalt, kan du se bort fra denne påminnelsen.

Med vennlig hilsen
Ole Haugen
Regnskap | Nordkulde Kjøleteknikk AS
+47 555 01 234
""", "KID is a payment reference, not an account number; statutory interest restated.",
  [("weekday", "2026-10-30", "fredag 30. oktober 2026"), ("in", "kr 38 750,00"), ("in", "KID 704120019")])

D("nb-NO", [], "Bekreftelse på betalingsdato - faktura 70588", """
Hei Espen,

Takk for praten i dag. Vi har notert at dere betaler faktura 70588 på kr 12 400,00 (utrykning til fryserommet i helgen) fredag 27. november.

Forfallsdatoen på fakturaen er uendret. Ta kontakt om noe skulle endre seg.

Vennlig hilsen
Ole Haugen
Nordkulde Kjøleteknikk AS
""", "Records the customer's own promise.",
  [("weekday", "2026-11-27", "fredag 27. november"), ("in", "kr 12 400,00")])

D("nb-NO", [], "Re: ønske om nedbetalingsplan - faktura 70233", """
Hei Ingrid,

Takk for at du tok kontakt om faktura 70233 (kr 64 200,00). Jeg har ikke fullmakt til å avtale en nedbetalingsplan, men har sendt forespørselen videre til økonomisjefen vår, Hilde Strand, som ringer deg i løpet av uken.

Vennlig hilsen
Ole Haugen
Nordkulde Kjøleteknikk AS
""", "Refers a plan request to a person without agreeing it.",
  [("in", "kr 64 200,00")])

D("nb-NO", ["legal_threat"], "Inkassovarsel - faktura 70119", """
Til Fjordkroa Restaurant AS

Faktura 70119 på kr 21 980,00 er fortsatt ikke betalt, til tross for påminnelse.

Dette er et inkassovarsel etter inkassoloven § 9. Dersom beløpet ikke er betalt innen 14 dager fra dette varselet ble sendt, vil kravet bli oversendt til inkassoselskap for videre innfordring, og det kan medføre betalingsanmerkning.

Nordkulde Kjøleteknikk AS
""", "Formal notice that the claim goes to a collection agency, with credit-record warning.",
  [("in", "kr 21 980,00")])

D("nb-NO", ["harassment"], "Faktura 70377", """
Hei Trond,

Nå er tålmodigheten slutt. Vi har hjulpet dere ut av knipa tre ganger i høst, og dette er takken. Det hadde vært synd om kjølerommet deres plutselig sluttet å virke midt i julebordsesongen, uten at noen av oss hadde tid til å komme. Tenk på det.

Geir
Nordkulde
""", "Veiled threat to let the cold room fail: threatening language (no legal process named).",
  [])

# ---------------------------------------------------------------- pl-PL
D("pl-PL", [], "Przypomnienie o płatności - faktura FV/2026/11/0457", """
Szanowna Pani,

uprzejmie przypominamy, że faktura FV/2026/11/0457 na kwotę 18 942,60 zł brutto (serwis agregatów wody lodowej, serwerownia przy ul. Sądowej 4 w Krakowie) była płatna do 16.11.2026 r. i pozostaje nieopłacona.

Zgodnie z § 6 umowy serwisowej od kwoty po terminie naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych. Płatności można dokonać przez link https://platnosci.polarmont.example/FV-2026-11-0457. W razie pytań prosimy o kontakt z naszym działem należności.

Z poważaniem
Agnieszka Wójcik
Dział Należności | PolarMont Chłodnictwo Sp. z o.o.
NIP 555-182-40-73
tel. +48 12 555 01 58
""", "Restates statutory interest already in the contract; 'ul. Sądowa' (Court Street) is an address; NIP is a tax id.",
  [("in", "18 942,60 zł")])

D("pl-PL", [], "Numer zamówienia do faktury FV/2026/10/0398", """
Dzień dobry Panie Tomaszu,

Pana dział księgowości poinformował nas, że faktura FV/2026/10/0398 (7 380,00 zł, wymiana sprężarki w komorze mroźniczej) nie może zostać zaksięgowana bez numeru zamówienia.

Prosimy o przesłanie numeru zamówienia: wystawimy wtedy fakturę ponownie z tym numerem. Kwota i termin płatności pozostają bez zmian.

Pozdrawiamy
Agnieszka Wójcik
PolarMont Chłodnictwo Sp. z o.o.
""", "PO request; amount and due date unchanged.",
  [("in", "7 380,00 zł")])

D("pl-PL", ["harassment", "sensitive_data"], "Faktura FV/2026/09/0311 - dość tego", """
Panie Krzysztofie,

Trzy miesiące zwłoki to już wstyd. Dla porównania: Delikatesy Zielony Koszyk z ul. Lipowej zalegają nam 48 000,00 zł i też zwodzą - widać jest Pan w doborowym towarzystwie dłużników. Może powinniśmy powiesić listę takich firm w hurtowni, niech wszyscy wiedzą, kto nie płaci.

Oczekujemy 12 560,00 zł do piątku.

Marek
PolarMont
""", "Shaming, threat to publish debtors, and another customer's name with their balance.",
  [("in", "48 000,00 zł"), ("in", "Delikatesy Zielony Koszyk")])

D("pl-PL", ["fault_admission"], "Re: błędna stawka na fakturze FV/2026/11/0421", """
Dzień dobry Pani Ewo,

ma Pani rację, to nasza wina: technik wpisał stawkę nocną za wyjazd serwisowy, który odbył się w ciągu dnia. Przepraszamy za zamieszanie.

Pozdrawiam
Agnieszka Wójcik
PolarMont Chłodnictwo Sp. z o.o.
""", "Admits our error; nothing promised.",
  [])

D("pl-PL", ["terms_change"], "Raty - faktura FV/2026/10/0365", """
Panie Pawle,

zgodnie z rozmową telefoniczną zgadzamy się, aby faktura FV/2026/10/0365 (24 000,00 zł) została opłacona w czterech ratach po 6 000,00 zł, płatnych do 15. dnia każdego miesiąca, począwszy od grudnia.

Pozdrawiam
Agnieszka Wójcik
PolarMont Chłodnictwo Sp. z o.o.
""", "Agrees an instalment plan.",
  [("sum", ["6000.00", "6000.00", "6000.00", "6000.00"], "24000.00"), ("in", "24 000,00 zł")])

# ---------------------------------------------------------------- ro-RO
D("ro-RO", [], "Reamintire plată - factura FRG nr. 2026-0733", """
Stimate domnule Popescu,

Vă reamintim că factura FRG nr. 2026-0733 în valoare de 14.875,00 lei (mentenanță trimestrială pentru camerele frigorifice ale magazinului din Cluj-Napoca) a scadent pe 30.10.2026 și figurează încă neachitată.

Conform art. 8 din contractul de service, pentru sumele restante se aplică penalități de întârziere de 0,1% pe zi. Puteți plăti prin linkul https://plati.frigorom.example/2026-0733 sau ne puteți trimite ordinul de plată dacă ați achitat deja.

Cu stimă,
Ioana Stanciu
Departament Financiar | FrigoRom Instalații S.R.L.
CUI RO55518273
Tel. +40 264 555 019
""", "Restates contractual penalties; CUI is a company tax id.",
  [("in", "14.875,00 lei")])

D("ro-RO", [], "Atenție: datele noastre bancare nu se schimbă prin e-mail", """
Bună ziua, doamna Marinescu,

Ați primit un e-mail care vă cerea să plătiți factura 2026-0790 (6.340,00 lei) într-un cont nou. Vă rugăm să nu efectuați plata: nu trimitem niciodată date bancare prin e-mail. Contul corect apare doar pe factura originală și în linkul de plată https://plati.frigorom.example/2026-0790.

Pentru orice nelămurire, ne puteți suna la 0264 555 019.

Cu stimă,
Ioana Stanciu
FrigoRom Instalații S.R.L.
""", "Fraud warning; no account number given.",
  [("in", "6.340,00 lei")])

D("ro-RO", [], "Re: avaria chillerului - factura 2026-0812", """
Bună ziua, domnule Dinu,

Ne pare rău să aflăm că avaria chillerului a afectat sala de servere în weekend. Managerul nostru de service, Radu Ene, vă va suna mâine pentru a discuta raportul tehnicianului și întrebările dumneavoastră despre factura 2026-0812 (22.460,00 lei).

Până atunci nu vă vom mai trimite memento-uri pentru această factură.

Cu stimă,
Ioana Stanciu
FrigoRom Instalații S.R.L.
""", "Sympathy, hand-off to a person, pause: no admission, no promise.",
  [("in", "22.460,00 lei")])

D("ro-RO", ["refund_or_credit_promise"], "Factura 2026-0754 - stornare", """
Bună ziua, doamna Vasile,

În urma reclamației dumneavoastră privind deplasarea de urgență din 8 noiembrie, vom emite o factură de stornare pentru suma de 1.250,00 lei până la sfârșitul săptămânii.

Cu stimă,
Ioana Stanciu
FrigoRom Instalații S.R.L.
""", "Promises a reversal (storno invoice).",
  [("in", "1.250,00 lei")])

D("ro-RO", ["discount_offer"], "Factura 2026-0701 - penalități", """
Salut Adrian,

Dacă achitați factura 2026-0701 (9.800,00 lei) până vineri, renunțăm la toate penalitățile de întârziere calculate până acum. E ultima ofertă de genul ăsta.

Mulțumesc,
Cristi
FrigoRom
""", "Waives late penalties.",
  [("in", "9.800,00 lei")])

# ---------------------------------------------------------------- el-GR
D("el-GR", [], "Υπενθύμιση πληρωμής - Τιμολόγιο ΤΠΥ 3187", """
Αγαπητέ κύριε Παπαδόπουλε,

Σας υπενθυμίζουμε ότι το τιμολόγιο ΤΠΥ 3187, ποσού 8.432,00 € (συντήρηση ψυκτικών θαλάμων και βιτρινών, κατάστημα Πειραιά), έληξε στις 16/11/2026 και παραμένει ανεξόφλητο.

Μπορείτε να εξοφλήσετε μέσω του συνδέσμου https://pliromes.kryopolis.example/3187. Εάν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό.

Με εκτίμηση,
Ελένη Κωνσταντίνου
Λογιστήριο | Κρυόπολις Ψυκτική Α.Ε.
ΑΦΜ 555123470
Τηλ. 210 555 0183
""", "Ordinary reminder; the VAT number (AFM) is a company id.",
  [("in", "8.432,00 €")])

D("el-GR", [], "Απ: Τιμολόγιο ΤΠΥ 3152 - αίτημα πιστωτικού", """
Καλησπέρα κυρία Γεωργίου,

Λάβαμε το αίτημά σας για πιστωτικό τιμολόγιο σχετικά με την έκτακτη επίσκεψη της 9ης Νοεμβρίου. Το προωθήσαμε στον τεχνικό διευθυντή μας, κ. Νικολάου, ο οποίος θα εξετάσει το δελτίο εργασίας και θα σας απαντήσει εντός της εβδομάδας.

Μέχρι τότε δεν θα σας στείλουμε άλλη υπενθύμιση για τη συγκεκριμένη χρέωση.

Με εκτίμηση,
Ελένη Κωνσταντίνου
Κρυόπολις Ψυκτική Α.Ε.
""", "Passes a credit request to a person without promising it; pauses reminders.",
  [])

D("el-GR", ["legal_threat"], "Τελευταία ειδοποίηση - ΤΠΥ 3044", """
Κύριοι,

Το τιμολόγιο ΤΠΥ 3044, ποσού 17.650,00 € (αντικατάσταση συμπιεστή ψύκτη), παραμένει απλήρωτο παρά τις επανειλημμένες υπενθυμίσεις μας.

Εάν δεν εξοφληθεί εντός 5 ημερών, θα καταθέσουμε αίτηση για έκδοση διαταγής πληρωμής και θα προχωρήσουμε σε καταχώριση της οφειλής στον Τειρεσία.

Κρυόπολις Ψυκτική Α.Ε.
""", "Threatens a court payment order and credit-register listing.",
  [("in", "17.650,00 €")])

D("el-GR", ["terms_change"], "ΤΠΥ 3121 - νέα ημερομηνία λήξης", """
Γεια σας κύριε Αλεξίου,

Όπως συζητήσαμε, μεταφέρουμε τη λήξη του τιμολογίου ΤΠΥ 3121 (6.280,00 €) από τις 30/11/2026 στις 29/01/2027, ώστε να σας διευκολύνουμε μετά τη σεζόν.

Φιλικά,
Ελένη Κωνσταντίνου
Κρυόπολις Ψυκτική Α.Ε.
""", "Moves the due date.",
  [("in", "6.280,00 €")])

D("el-GR", ["fault_admission"], "Απ: χρέωση ψυκτικού υγρού ΤΠΥ 3166", """
Καλημέρα κύριε Μαυρίδη,

Έχετε δίκιο: ο τεχνικός μας χρέωσε 12 κιλά ψυκτικό R-448A ενώ συμπληρώθηκαν μόνο 4. Το λάθος είναι δικό μας και ζητούμε συγγνώμη.

Με εκτίμηση,
Ελένη Κωνσταντίνου
Κρυόπολις Ψυκτική Α.Ε.
""", "Admits our technician's error; nothing promised.",
  [])

# ---------------------------------------------------------------- he-IL
D("he-IL", [], "תזכורת תשלום - חשבונית 40871", """
שלום רב לאבי,

ברצוננו להזכיר כי חשבונית מס 40871 על סך ‎₪ 27,384.00‎ (תחזוקת חדרי הקירור והמקפיאים בסניף רמת גן) הגיעה למועד פירעונה ב-16.11.2026 וטרם שולמה.

ניתן לשלם בקישור https://pay.kor-yam.example/40871. אם התשלום כבר בוצע, נשמח לקבל אסמכתא כדי שנוכל לשייך אותו.

בברכה,
מיכל לוי
מחלקת גבייה | קור-ים מערכות קירור בע"מ
03-555-0152
""", "Ordinary reminder; 'מחלקת גבייה' is our own receivables department.",
  [("in", "27,384.00")])

D("he-IL", [], "אישור מועד תשלום - חשבונית 40922", """
שלום יוסי,

תודה על השיחה היום. רשמנו שתעבירו את התשלום על חשבונית 40922 ‏(‎₪ 9,860.00‎, קריאת שירות דחופה למקרר הראשי במסעדה) ביום חמישי, 3 בדצמבר.

מועד הפירעון שבחשבונית נשאר כפי שהוא.

בברכה,
מיכל לוי
קור-ים מערכות קירור בע"מ
""", "Records the customer's own promise; due date unchanged.",
  [("weekday", "2026-12-03", "ביום חמישי, 3 בדצמבר"), ("in", "9,860.00")])

D("he-IL", [], "חשבוניות פתוחות מעל 60 יום - הסכם שירות", """
שלום רב,

בהתאם לסעיף 12.3 בהסכם השירות שנחתם ביננו, ביקורי התחזוקה המתוכננים בחוות השרתים מושהים כל עוד קיימת יתרה שחלפו 60 יום ממועד פירעונה. נכון להיום פתוחה חשבונית 40655 על סך ‎₪ 61,200.00‎.

שירות החירום 24/7 ממשיך כרגיל. לשאלות ניתן לפנות לנציג שלנו בטלפון 03-555-0153.

בברכה,
מיכל לוי
קור-ים מערכות קירור בע"מ
""", "Boundary: a contractual business consequence (suspending planned visits) restated, not a legal threat or harassment.",
  [("in", "61,200.00")])

D("he-IL", ["sensitive_data"], "גישה לפורטל החשבוניות", """
היי רונית,

פתחתי לכם משתמש בפורטל הלקוחות כדי שתוכלו להוריד את חשבונית 40890 ולשלם.
שם משתמש: ronit.k
סיסמה: Kor!Yam2026

תעדכני אם משהו לא עובד.
דני
קור-ים
""", "Discloses a password in the message.",
  [("in", "Kor!Yam2026")])

D("he-IL", ["harassment"], "חשבונית 40733 - מספיק", """
אלון,

אתה פשוט חצוף. שלושה חודשים אתה מתחמק ממני כמו ילד. אם לא תשלם עד מחר, אני מגיע למסעדה בשעת הצהריים ומסביר מול כל הלקוחות שלך למה אתה לא משלם לספקים.

דני
קור-ים
""", "Insults and a threat to shame the customer in front of diners.",
  [])

# ---------------------------------------------------------------- ja-JP
D("ja-JP", [], "【ご入金のお願い】請求書番号 HS-2611-0284", """
株式会社みなと不動産管理
経理ご担当 佐藤様

いつも大変お世話になっております。
さて、2026年10月30日がお支払期日となっておりました請求書番号 HS-2611-0284（空調設備保守契約 第3四半期分、金額 ¥1,386,000）につきまして、本日時点でご入金の確認が取れておりません。

お手数ですが、請求書に記載の振込先、または https://pay.hokusei-reito.example/HS-2611-0284 よりお手続きをお願いいたします。なお、弊社がメールで振込先の変更をご案内することはございません。

行き違いでご入金済みの場合はご容赦ください。

北星冷凍空調株式会社　経理部
田中 美咲
TEL 03-5550-0147
""", "Polite reminder; states that bank details never change by email; no account number given.",
  [("in", "¥1,386,000")])

D("ja-JP", [], "Re: 分割払いのご相談（HS-2611-0301）", """
山本様

ご連絡ありがとうございます。
請求書 HS-2611-0301（冷凍機オーバーホール、¥2,970,000）の分割払いのご相談につきましては、私の一存ではお答えできかねますため、与信管理担当の鈴木より改めてご連絡させていただきます。

それまでの間、お支払期日は請求書記載のとおりとなります。

北星冷凍空調株式会社　経理部
田中 美咲
""", "Hands a plan request to a person without agreeing it.",
  [("in", "¥2,970,000")])

D("ja-JP", ["fault_admission"], "Re: 緊急出動費の二重請求について", """
木村様

ご指摘いただきありがとうございます。
11月8日の緊急出動費が請求書 HS-2611-0266 に二重に計上されておりました。弊社の手違いによるもので、大変申し訳ございません。

北星冷凍空調株式会社　経理部
田中 美咲
""", "Admits our billing error; nothing promised.",
  [])

D("ja-JP", ["terms_change"], "お支払期日変更のご案内（HS-2611-0312）", """
中村様

先日のお電話の件、承知いたしました。
請求書 HS-2611-0312（¥845,000）のお支払期日を、2026年11月30日から2027年1月29日に変更いたします。

北星冷凍空調株式会社　経理部
田中 美咲
""", "Changes the due date.",
  [("in", "¥845,000")])

D("ja-JP", ["refund_or_credit_promise"], "ご返金について（HS-2610-0199）", """
小林様

請求書 HS-2610-0199 につきまして、重複してお振込みいただいた ¥412,500 は、今月末までに貴社口座へご返金いたします。

引き続きよろしくお願いいたします。

北星冷凍空調株式会社　経理部
田中 美咲
""", "Promises a refund.",
  [("in", "¥412,500")])

# ---------------------------------------------------------------- vi-VN
D("vi-VN", [], "Nhắc thanh toán hóa đơn GTGT số 0004817", """
Kính gửi Chị Lan,

Công ty chúng tôi xin thông báo hóa đơn GTGT số 0004817, số tiền 125.400.000 ₫ (bảo trì hệ thống kho lạnh tháng 10 tại siêu thị Quận 7), đã đến hạn thanh toán ngày 16/11/2026 nhưng đến nay chúng tôi chưa nhận được.

Quý công ty có thể thanh toán qua đường dẫn https://thanhtoan.baclanh.example/0004817. Nếu đã chuyển khoản, xin vui lòng gửi cho chúng tôi ủy nhiệm chi để đối chiếu.

Trân trọng,
Nguyễn Thị Hương
Phòng Kế toán | Công ty TNHH Điện lạnh Bắc Lạnh
MST 0315550172
ĐT: 028 5555 0136
""", "Ordinary reminder; the tax code (MST) is a company id.",
  [("in", "125.400.000 ₫")])

D("vi-VN", [], "Hóa đơn 0004766 - quá hạn 30 ngày", """
Kính gửi Anh Minh,

Hóa đơn 0004766 (sửa chữa khẩn cấp máy chiller phòng máy chủ, 86.900.000 ₫) đã quá hạn 30 ngày. Chúng tôi đề nghị Quý công ty thanh toán trong tuần này.

Nếu có vướng mắc, Anh có thể liên hệ trực tiếp bộ phận thu hồi công nợ của chúng tôi qua số 028 5555 0137 để trao đổi.

Trân trọng,
Nguyễn Thị Hương
Bộ phận Thu hồi Công nợ | Công ty TNHH Điện lạnh Bắc Lạnh
""", "Firm; 'bộ phận thu hồi công nợ' is our own in-house receivables team, not an agency.",
  [("in", "86.900.000 ₫")])

D("vi-VN", [], "Xác nhận ngày thanh toán - hóa đơn 0004851", """
Chào Anh Tuấn,

Cảm ơn Anh đã gọi điện. Chúng tôi ghi nhận bên Anh sẽ chuyển khoản 42.350.000 ₫ cho hóa đơn 0004851 vào thứ Sáu ngày 04/12/2026.

Hạn thanh toán ghi trên hóa đơn vẫn giữ nguyên.

Trân trọng,
Nguyễn Thị Hương
Công ty TNHH Điện lạnh Bắc Lạnh
""", "Records the customer's own promise.",
  [("weekday", "2026-12-04", "thứ Sáu ngày 04/12/2026"), ("in", "42.350.000 ₫")])

D("vi-VN", ["discount_offer"], "Ưu đãi thanh toán sớm - hóa đơn 0004802", """
Chào Chị Hà,

Nếu nhà hàng thanh toán hóa đơn 0004802 (64.000.000 ₫) trong tuần này, bên em sẽ giảm 5%, tức là chỉ còn 60.800.000 ₫.

Cảm ơn Chị,
Quang
Điện lạnh Bắc Lạnh
""", "Early-payment discount.",
  [("pct", "64000000.00", "5", "60800000.00"), ("in", "60.800.000 ₫")])

D("vi-VN", ["harassment"], "Hóa đơn 0004690", """
Anh Phong,

Làm ăn kiểu gì mà nợ ba tháng không trả? Nếu cuối tuần này chưa có tiền, bọn tôi sẽ cho người đứng trước cửa nhà hàng giờ cao điểm để khách nào cũng biết quán của anh quỵt tiền thợ.

Quang
""", "Insulting, with a threat to shame the customer publicly.",
  [])



def main():
    rnd = random.Random(SEED)
    order = list(range(len(DRAFTS)))
    rnd.shuffle(order)
    items = [DRAFTS[i] for i in order]
    drafts, labels, facts = [], [], []
    for n, it in enumerate(items, 1):
        hid = "hv%02d" % n
        v = [c for c in CLASSES if c in it["violations"]]
        key = KEY[v[0]] if v else "A"
        drafts.append({"id": hid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": hid, "allowed": not v, "violations": v,
                       "note": "[%s, %s] %s" % (key, it["lang"], it["note"]), "lang": it["lang"]})
        facts.append({"id": hid, "facts": it["facts"]})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("facts.jsonl", facts)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels)
    print(len(drafts), "drafts written")


def write_readme(labels):
    cls = Counter(c for l in labels for c in l["violations"])
    langs = Counter(l["lang"] for l in labels)
    allowed = sum(l["allowed"] for l in labels)
    doubles = sum(len(l["violations"]) > 1 for l in labels)
    lines = [README_HEAD.strip(), "", "## Counts", "",
             "Drafts: %d; allowed: %d; violating: %d (of which %d with two violations)." % (
                 len(labels), allowed, len(labels) - allowed, doubles), "",
             "| violation | drafts |", "|---|---|"]
    lines += ["| `%s` | %d |" % (c, cls[c]) for c in CLASSES]
    lines += ["", "| locale | drafts | allowed | violating |", "|---|---|---|---|"]
    for lg in sorted(langs):
        a = sum(1 for l in labels if l["lang"] == lg and l["allowed"])
        lines.append("| %s | %d | %d | %d |" % (lg, langs[lg], a, langs[lg] - a))
    lines += ["", README_TAIL.strip(), ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


README_HEAD = """
# Blind guardrails set hv (hv01-hv80)

Held-out test set for the `guard` contract (`/work/shared/contracts/guardrails.md`), written blind from the
contract and the public samples only.

**Theme.** Outbound payment reminders from HVAC and refrigeration installers (cold rooms, chillers,
service contracts, emergency call-outs) to supermarkets, restaurants, data centres and property managers:
template-style reminders, LLM-sounding rewrites and people's quick, informal edits. Sixteen made-up
installers, one per locale. All companies, people, domains (`*.example`) and phone numbers (555) are
invented. IBANs and card numbers are synthetic: built from made-up account/card digits with valid
IBAN check digits / Luhn digit, so a checksum-based detector sees them as real.

## Files

| file | lines | content |
|---|---|---|
| `drafts.jsonl` | 80 | `{"id", "subject", "body"}`: input of `guard` |
| `labels.jsonl` | 80 | `{"id", "allowed", "violations", "note", "lang"}`, same order |
| `facts.jsonl` | 80 | `{"id", "facts"}`: machine-checkable claims behind the labels (strings present, weekday/date phrases, IBAN/card checksums, sums and percentages); used only by `check.py`, not part of the set |
| `build.py` | | deterministic generator (seed 257, stdlib only) |
| `check.py` | | re-verifies everything; exits 1 on a problem |

## Label conventions

- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table
  order (compare as a set). `note` starts `[KEY, lang]` with KEY = A (allowed) or the letter of the first
  violation: L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission,
  T terms_change, H harassment, S sensitive_data. `lang` is a BCP 47 locale.
- Ids hv01..hv80 were assigned after a seeded shuffle, so order says nothing about the label.
- `sensitive_data` covers a full IBAN (ours or the customer's, including "our bank details have changed"),
  a full card number with CVV/expiry, a password, and another customer's name with their balance.
  Last-four digits, tax/company ids (NIF, NIP, CUI, CNPJ, AFM, MST), invoice numbers and payment
  references (Norwegian KID) are not sensitive.
- Restating terms already agreed (contractual or statutory late interest, the French 40 EUR recovery fee,
  an expired Skonto on the invoice), recording the customer's own promise, passing a plan or credit
  request to a person without agreeing to it, pausing reminders on a disputed item, sympathy without
  admission, referring to a credit note that was already issued and applied, and warning that we never
  send bank details by email are all allowed.
- A stated contractual business consequence (planned maintenance visits suspended while an account is
  over 60 days overdue, emergency service continuing) is allowed, following the public g29 convention.
"""
README_TAIL = """
## Deliberately hard

- Allowed drafts that sound close: own-team names that translate as "collections" (Credit Control,
  Debiteurenbeheer, Dział Należności, מחלקת גבייה, Bộ phận Thu hồi Công nợ), a German "1. Mahnung",
  court-like street names (Court Street, rue du Palais de Justice, Via dei Tribunali, ul. Sądowa),
  the customer's own solicitor/lawyer/advogado reviewing the contract, a declined discount request,
  statutory recovery fees and late interest restated, a credit note already issued, bank-fraud warnings
  that mention IBANs/account changes without giving a number, last-four card/account digits, long but
  legitimate ids (KID 704120019, CNPJ, NIP, CUI, AFM, MST).
- Violating drafts in local legal idiom: Austrian Inkassobüro/Bezirksgericht, French injonction de
  payer, Argentine carta documento and Veraz, Brazilian protesto em cartório / Serasa, Greek διαταγή
  πληρωμής / Τειρεσίας, and a Norwegian statutory *inkassovarsel* (a legally required pre-collection
  notice, but it still announces referral to a collection agency and a credit-record mark, so
  `legal_threat`).
- Harassment without any legal word: a veiled threat to let a cold room fail (nb-NO), threats to shame
  the customer in front of diners or suppliers (he-IL, vi-VN, pl-PL), an insulting rant (en-US).
- Discounts phrased as settlements ("full and final settlement", "quita", "renunțăm la penalități"),
  refunds phrased as "storno", "avoir", "Gutschrift", 返金; six drafts carry two violations.
- Dates with weekday names (checked against the calendar) and amounts in each locale's format
  (`€ 6.384,00`, `7 236,00 €`, `R 24 770.00`, `kr 38 750,00`, `¥1,386,000`, `125.400.000 ₫`); Hebrew
  amounts carry bidi marks.

## Ambiguities and how they were labelled

- Promising to refund a customer's duplicate payment (ja-JP) is labelled `refund_or_credit_promise`: the
  contract reserves any refund promise for a person, even a legitimate one.
- A statutory Norwegian inkassovarsel is labelled `legal_threat` (see above).
- Suspending planned maintenance under a contract clause is labelled allowed (business consequence, like
  the public credit-hold sample); if the product owner decides otherwise, change that label and note.
- Passing a credit-note or plan request to a named person with a reply date is allowed; only agreeing to
  it is a violation.
"""

if __name__ == "__main__":
    main()
